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

// The state every thread of one batch shares, guarded by `mutex_`. Items are
// numbered in read order; item k lives in slot k % window from its read until
// it has been consumed.
//
// There is no consumer thread: the worker that finishes the next item in order
// consumes it, and every finished item after it, before it reads again. So a
// batch on N threads runs N threads (the caller is one of them), and no thread
// is woken per item just to hand a result on.
class Engine {
 public:
  Engine(BatchSlots& slots, std::size_t window, std::size_t max_bytes)
      : slots_(slots), window_(window), max_bytes_(max_bytes), done_(window, 0), bytes_(window, 0) {}

  // A worker: read the next item (one reader at a time, which keeps the input
  // order), process it, mark it done and consume what is ready; until the input
  // ends or the batch stops. `read` runs outside `mutex_`: a read that blocks (a
  // pipe waiting for its writer) must not keep finished items from being consumed.
  void work() {
    for (;;) {
      std::unique_lock reading(read_mutex_);
      std::unique_lock lock(mutex_);
      space_.wait(lock, [&] { return stopped_ || at_end_ || has_room(); });
      if (stopped_ || at_end_) return;
      // Only this reader moves next_read_, and consuming only makes room: the slot stays free.
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
        space_.notify_all();  // the other workers leave too, once their item is done
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
      consume_ready(lock);
    }
  }

  void stop_on_error() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    space_.notify_all();
  }

  // What ended the batch early, if anything: a failed consume first, then a failed read.
  std::exception_ptr error() const { return consume_error_ ? consume_error_ : read_error_; }

 private:
  // Consumes the items that are done, in order, unless another worker is
  // already at it (it will see this one too: it looks again before it stops).
  void consume_ready(std::unique_lock<std::mutex>& lock) {
    if (consuming_) return;
    consuming_ = true;
    while (!stopped_) {
      const std::size_t slot = next_consume_ % window_;
      if (next_consume_ < next_read_ && done_[slot]) {
        if (!unlocked_consumer_call(lock, [&] { slots_.consume(slot, next_consume_); })) break;
        done_[slot] = 0;
        in_flight_bytes_ -= bytes_[slot];
        bytes_[slot] = 0;
        ++next_consume_;
        space_.notify_all();  // room by count and by bytes: more than one worker may go on
        continue;
      }
      if (next_consume_ != next_read_ || idle_at_ == next_consume_) break;
      // Everything read so far is consumed: the next read may wait for input.
      idle_at_ = next_consume_;
      if (!unlocked_consumer_call(lock, [&] { slots_.idle(); })) break;
    }
    consuming_ = false;
  }

  // Runs a consumer callback without the lock; an exception from it stops the
  // batch (the first one is rethrown to the caller). Returns with the lock held.
  template <class Call>
  bool unlocked_consumer_call(std::unique_lock<std::mutex>& lock, Call&& call) {
    lock.unlock();
    try {
      call();
    } catch (...) {
      lock.lock();
      consume_error_ = std::current_exception();
      stopped_ = true;
      space_.notify_all();
      return false;
    }
    lock.lock();
    return true;
  }

  bool has_room() const noexcept {
    const std::size_t in_flight = next_read_ - next_consume_;
    return in_flight < window_ && (in_flight == 0 || in_flight_bytes_ < max_bytes_);
  }

  BatchSlots& slots_;
  const std::size_t window_, max_bytes_;
  std::mutex read_mutex_;  // held by the one worker reading
  std::mutex mutex_;
  std::condition_variable space_;  // workers wait for room in the window
  std::vector<char> done_;
  std::vector<std::size_t> bytes_;
  std::size_t next_read_ = 0, next_consume_ = 0, in_flight_bytes_ = 0;
  std::size_t idle_at_ = static_cast<std::size_t>(-1);  // next_consume_ when idle() last ran
  bool at_end_ = false, stopped_ = false, consuming_ = false;
  std::exception_ptr read_error_, consume_error_;
};

// One thread, no locks: read, work, consume, one item after the other.
void run_serial(BatchSlots& slots) {
  std::size_t bytes = 0;
  for (std::size_t index = 0; slots.read(0, bytes); ++index) {
    slots.work(0);
    slots.consume(0, index);
    slots.idle();
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
  std::vector<std::jthread> helpers;  // the calling thread is the first worker
  helpers.reserve(threads - 1);
  try {
    for (unsigned t = 1; t < threads; ++t) helpers.emplace_back([&engine] { engine.work(); });
  } catch (const std::system_error&) {
    // Fewer threads than asked for: the ones started (and this one) do the work.
  }
  try {
    engine.work();
  } catch (...) {  // a failing mutex (std::system_error): item errors never get here
    engine.stop_on_error();
    throw;
  }
  helpers.clear();  // joins
  if (const std::exception_ptr e = engine.error()) std::rethrow_exception(e);
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
       .consume = [&](std::string_view&, BatchOutcome<Report>& outcome) { reports.push_back(std::move(outcome.get())); }},
      options);
  return reports;
}

}  // namespace rhetor
