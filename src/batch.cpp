#include "rhetor/batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>

#include "rhetor/analyzer.hpp"
#include "rhetor/report.hpp"

namespace rhetor {
namespace detail {
namespace {

// The state every thread of one batch shares, guarded by `mutex_`.
// Items are numbered in read order; item k lives in slot k % window from its
// read until the consumer has had it.
class Engine {
 public:
  Engine(BatchSlots& slots, std::size_t window, std::size_t max_bytes)
      : slots_(slots), window_(window), max_bytes_(max_bytes), done_(window, 0), bytes_(window, 0) {}

  // A worker: read the next item (one reader at a time, which keeps the input
  // order), process it, mark it done; until the input ends or the batch stops.
  // `read` runs outside `mutex_`: a read that blocks (a pipe waiting for its
  // writer) must not keep finished items from reaching the consumer.
  void work() {
    for (;;) {
      std::unique_lock reading(read_mutex_);
      std::unique_lock lock(mutex_);
      space_.wait(lock, [&] { return stopped_ || at_end_ || has_room(); });
      if (stopped_ || at_end_) return;
      // Only this reader moves next_read_, and the consumer only makes room: the slot stays free.
      const std::size_t index = next_read_, slot = index % window_;
      lock.unlock();
      std::size_t bytes = 0;
      bool got = false;
      std::exception_ptr error;
      try {
        got = slots_.read(slot, bytes);
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      if (!got) {
        read_error_ = error;
        at_end_ = true;
        space_.notify_all();  // the other workers leave too
        ready_.notify_one();
        return;
      }
      ++next_read_;
      bytes_[slot] = bytes;
      in_flight_bytes_ += bytes;
      lock.unlock();
      reading.unlock();
      slots_.work(slot);
      lock.lock();
      done_[slot] = 1;
      if (index == next_consume_) ready_.notify_one();
    }
  }

  // The consumer, on the calling thread: every item in order as it becomes done.
  void consume() {
    std::unique_lock lock(mutex_);
    for (;;) {
      const std::size_t slot = next_consume_ % window_;
      if (!next_is_done(slot)) {
        if (next_consume_ == next_read_ && at_end_) return;
        lock.unlock();
        slots_.idle();
        lock.lock();
        ready_.wait(lock, [&] { return next_is_done(slot) || (next_consume_ == next_read_ && at_end_); });
        continue;
      }
      lock.unlock();
      slots_.consume(slot, next_consume_);
      lock.lock();
      done_[slot] = 0;
      in_flight_bytes_ -= bytes_[slot];
      bytes_[slot] = 0;
      ++next_consume_;
      space_.notify_all();  // room by count and by bytes: more than one worker may go on
    }
  }

  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    space_.notify_all();
  }

  std::exception_ptr read_error() const { return read_error_; }

 private:
  bool has_room() const noexcept {
    const std::size_t in_flight = next_read_ - next_consume_;
    return in_flight < window_ && (in_flight == 0 || in_flight_bytes_ < max_bytes_);
  }
  bool next_is_done(std::size_t slot) const noexcept { return next_consume_ < next_read_ && done_[slot]; }

  BatchSlots& slots_;
  const std::size_t window_, max_bytes_;
  std::mutex read_mutex_;  // held by the one worker reading
  std::mutex mutex_;
  std::condition_variable space_;  // workers wait for room in the window
  std::condition_variable ready_;  // the consumer waits for the next item in order
  std::vector<char> done_;
  std::vector<std::size_t> bytes_;
  std::size_t next_read_ = 0, next_consume_ = 0, in_flight_bytes_ = 0;
  bool at_end_ = false, stopped_ = false;
  std::exception_ptr read_error_;
};

// One thread, no locks: read, work, consume, one item after the other.
void run_serial(BatchSlots& slots) {
  std::size_t bytes = 0;
  for (std::size_t index = 0; slots.read(0, bytes); ++index) {
    slots.work(0);
    slots.consume(0, index);
  }
}

}  // namespace

std::size_t batch_window(const BatchOptions& options) noexcept {
  if (options.max_in_flight) return options.max_in_flight;
  return rhetor::batch_threads(options) == 1 ? 1 : std::size_t{16} * rhetor::batch_threads(options);
}

void run_batch(BatchSlots& slots, const BatchOptions& options) {
  const unsigned threads = rhetor::batch_threads(options);
  if (threads == 1) return run_serial(slots);
  Engine engine(slots, batch_window(options), options.max_in_flight_bytes);
  std::vector<std::jthread> workers;
  workers.reserve(threads);
  try {
    for (unsigned t = 0; t < threads; ++t) workers.emplace_back([&engine] { engine.work(); });
  } catch (const std::system_error&) {
    // Fewer threads than asked for: the ones started do the work.
  }
  if (workers.empty()) return run_serial(slots);
  try {
    engine.consume();
  } catch (...) {
    engine.stop();
    workers.clear();  // joins: each worker finishes its current item first
    throw;
  }
  workers.clear();
  if (const std::exception_ptr e = engine.read_error()) std::rethrow_exception(e);
}

}  // namespace detail

unsigned batch_threads(const BatchOptions& options) noexcept {
  return options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
}

std::vector<Report> analyze_many(const Analyzer& analyzer, std::span<const std::string_view> texts,
                                 const BatchOptions& options) {
  std::vector<Report> reports;
  reports.reserve(texts.size());
  std::size_t next = 0;
  run_batch<std::string_view, Report>(
      {.read = [&](std::string_view& text) { return next < texts.size() ? (text = texts[next++], true) : false; },
       .work = [&](std::string_view& text) { return analyzer.analyze(text); },
       .consume = [&](std::string_view&, BatchOutcome<Report>& outcome) { reports.push_back(std::move(outcome.get())); },
       .bytes = {},
       .idle = {}},
      options);
  return reports;
}

}  // namespace rhetor
