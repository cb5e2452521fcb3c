// rhetor/batch.hpp: the batch engine. Many items on N threads, results in input
// order, as soon as the next one in order is ready, with bounded memory.
//
//   // Every line of a file analyzed on 2 threads, answers written in input order:
//   std::ifstream in("corpus.txt");
//   rhetor::run_batch<std::string, std::string>(
//       {.read = [&](std::string& line) { return bool(std::getline(in, line)); },   // one thread at a time
//        .work = [&](std::string& line) { return rhetor::to_json(analyzer.analyze(line)); },  // any thread
//        .consume = [&](std::string&, rhetor::BatchOutcome<std::string>& o) { std::cout << o.get() << '\n'; }},
//       {.threads = 2});
//
//   // Or, for texts already in memory:
//   std::vector<rhetor::Report> reports = rhetor::analyze_many(analyzer, texts, {.threads = 2});
//
// How it runs: N threads (the calling thread is one of them) each pull the next
// item from `read` (lazily, one thread at a time, so `read` needs no locking of
// its own), run `work` on it concurrently with the others, and whichever thread
// finishes the next item in input order hands it, and every finished item after
// it, to `consume`. So `consume` sees the items strictly in input order, one at
// a time, but not always on the same thread. At most `max_in_flight` items are
// read but not yet consumed (the reorder window): a slow item holds back the
// output behind it, never the memory. An exception thrown by `work` is that
// item's outcome and does not stop the batch; one thrown by `read`, `consume`
// or `idle` stops it (the other threads finish their current item) and
// propagates out of run_batch.
//
// The Analyzer is immutable, so one instance serves every thread; put
// serialization (to_json, CSV rows) into `work` too, so that it runs in parallel.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "rhetor/analyzer.hpp"

namespace rhetor {

struct BatchOptions {
  /// Threads, the calling one included; 0: std::thread::hardware_concurrency().
  /// With 1 everything runs on the calling thread, one item after the other.
  unsigned threads = 0;
  /// Items read but not yet consumed, at most (the reorder window); 0: 16 per thread.
  std::size_t max_in_flight = 0;
  /// No further item is read while the items in flight hold this many bytes (as
  /// BatchJob::bytes counts them), so a run of huge items does not pile up. The
  /// item that crosses the bound is still admitted: one item is never refused.
  std::size_t max_in_flight_bytes = std::size_t{64} << 20;
};

/// What `work` made of one item: its value, or the exception it threw.
template <class Result>
struct BatchOutcome {
  std::size_t index = 0;         ///< 0-based position of the item in the input
  std::optional<Result> value;   ///< set unless `error` is
  std::exception_ptr error;      ///< what `work` threw, or null

  /// The value; rethrows the item's exception if it failed.
  Result& get() {
    if (error) std::rethrow_exception(error);
    return *value;
  }
};

/// The three steps of a batch (and two optional hooks). See the header comment.
template <class Item, class Result>
struct BatchJob {
  /// Reads the next item into its argument; false at the end of the input.
  /// Called by one thread at a time, in input order.
  std::function<bool(Item&)> read;
  /// Turns an item into its result. Called on any of the threads, concurrently.
  std::function<Result(Item&)> work;
  /// Receives each item with its outcome, in input order, one item at a time.
  std::function<void(Item&, BatchOutcome<Result>&)> consume;
  /// Optional: the memory an item holds, in bytes (for max_in_flight_bytes).
  std::function<std::size_t(const Item&)> bytes = {};
  /// Optional: called (never at the same time as `consume`) when every item
  /// read so far has been consumed, so the next read may wait for input: the
  /// moment to flush what `consume` wrote, for output that streams.
  std::function<void()> idle = {};
};

/// The number of worker threads `options` asks for, 0 resolved to the number of cores.
unsigned batch_threads(const BatchOptions& options) noexcept;

namespace detail {

/// The engine without types: items live in `window` slots that the caller
/// owns; the item numbered k uses slot k % window.
class BatchSlots {
 public:
  /// Reads the next item into `slot` and sets `bytes`; false at the end.
  virtual bool read(std::size_t slot, std::size_t& bytes) = 0;
  /// Processes `slot`; must not throw (the typed layer stores the exception).
  virtual void work(std::size_t slot) noexcept = 0;
  /// Hands the item numbered `index` (in `slot`) to the consumer and clears the slot.
  virtual void consume(std::size_t slot, std::size_t index) = 0;
  /// Everything read so far has been consumed.
  virtual void idle() = 0;

 protected:
  ~BatchSlots() = default;
};

/// The reorder window for `options`, at least 1.
std::size_t batch_window(const BatchOptions& options) noexcept;
/// Runs the batch over `slots` (batch_window(options) of them).
void run_batch(BatchSlots& slots, const BatchOptions& options);

template <class Item, class Result>
class TypedBatchSlots final : public BatchSlots {
 public:
  TypedBatchSlots(BatchJob<Item, Result>& job, std::size_t window) : job_(job), slots_(window) {}

  bool read(std::size_t slot, std::size_t& bytes) override {
    Slot& s = slots_[slot];
    if (!job_.read(s.item)) return false;
    bytes = job_.bytes ? job_.bytes(s.item) : 0;
    return true;
  }
  void work(std::size_t slot) noexcept override {
    Slot& s = slots_[slot];
    try {
      s.outcome.value.emplace(job_.work(s.item));
    } catch (...) {
      s.outcome.error = std::current_exception();
    }
  }
  void consume(std::size_t slot, std::size_t index) override {
    Slot& s = slots_[slot];
    s.outcome.index = index;
    job_.consume(s.item, s.outcome);
    // Emptied now rather than when the slot is reused, so a consumed item's memory goes at once.
    s.item = Item{};
    s.outcome = BatchOutcome<Result>{};
  }
  void idle() override {
    if (job_.idle) job_.idle();
  }

 private:
  struct Slot {
    Item item{};
    BatchOutcome<Result> outcome;
  };
  BatchJob<Item, Result>& job_;
  std::vector<Slot> slots_;
};

}  // namespace detail

/// Runs `job` (see the header comment). Returns when every item read has been
/// consumed; rethrows what `read`, `consume` or `idle` threw.
template <class Item, class Result>
void run_batch(BatchJob<Item, Result> job, const BatchOptions& options = {}) {
  detail::TypedBatchSlots<Item, Result> slots(job, detail::batch_window(options));
  detail::run_batch(slots, options);
}

/// Analyzes every text on `options.threads` threads; the reports in input order.
/// Rethrows the first failure in input order (InputError for a text of 4 GiB or
/// more, std::bad_alloc) after the texts before it have been analyzed.
std::vector<Report> analyze_many(const Analyzer& analyzer, std::span<const std::string_view> texts,
                                 const BatchOptions& options = {});

}  // namespace rhetor
