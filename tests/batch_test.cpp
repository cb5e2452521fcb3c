// The batch engine (rhetor/batch.hpp): results in input order, a bounded
// window, per-item exceptions, streaming, and analyze_many equal to a serial
// loop. Built to run under ThreadSanitizer too (scripts/test.sh runs Batch.*):
// no sleeps, no timing assertions; uneven work comes from spinning.
#include <gtest/gtest.h>

#include <rhetor/batch.hpp>
#include <rhetor/json.hpp>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "test_support.hpp"

namespace {

// Uneven work so that items finish out of order: every seventh item is slow.
int spin(int i) {
  volatile unsigned x = 0;  // unsigned: the sum wraps, which is defined (UBSan runs this)
  const int rounds = (i % 7 == 0) ? 200000 : 1000 * (i % 5);
  for (int k = 0; k < rounds; ++k) x = x + static_cast<unsigned>(k);
  return i;
}

TEST(Batch, ResultsComeInInputOrderWhateverOrderTheyFinishIn) {
  for (unsigned threads : {1u, 2u, 4u, 8u}) {
    int next = 0;
    std::vector<int> got;
    std::vector<std::size_t> indexes;
    rhetor::run_batch<int, int>({.read = [&](int& i) { return next < 300 ? (i = next++, true) : false; },
                                 .work = [](int& i) { return spin(i) * 2; },
                                 .consume =
                                     [&](int& i, rhetor::BatchOutcome<int>& o) {
                                       EXPECT_EQ(o.get(), i * 2);
                                       got.push_back(i);
                                       indexes.push_back(o.index);
                                     }},
                                {.threads = threads});
    ASSERT_EQ(got.size(), 300u) << threads << " threads";
    for (int i = 0; i < 300; ++i) {
      EXPECT_EQ(got[static_cast<std::size_t>(i)], i);
      EXPECT_EQ(indexes[static_cast<std::size_t>(i)], static_cast<std::size_t>(i));
    }
  }
}

TEST(Batch, NoMoreThanTheWindowIsInFlight) {
  constexpr std::size_t kWindow = 5;
  int next = 0;
  std::atomic<std::size_t> consumed{0};
  std::size_t most_in_flight = 0;  // written by the reader only (one at a time)
  rhetor::run_batch<int, int>(
      {.read =
           [&](int& i) {
             if (next == 400) return false;
             // Items read before this one and not yet consumed: at most kWindow - 1.
             most_in_flight = std::max(most_in_flight, static_cast<std::size_t>(next) - consumed.load());
             i = next++;
             return true;
           },
       .work = [](int& i) { return spin(i); },
       .consume = [&](int&, rhetor::BatchOutcome<int>&) { ++consumed; }},
      {.threads = 4, .max_in_flight = kWindow});
  EXPECT_EQ(consumed.load(), 400u);
  EXPECT_LT(most_in_flight, kWindow);
}

TEST(Batch, BytesInFlightStayBelowTheBoundPlusOneItem) {
  constexpr std::size_t kBound = 1000;
  int next = 0;
  std::atomic<std::size_t> bytes_consumed{0};
  std::size_t bytes_read = 0, most_bytes_before_a_read = 0;
  rhetor::run_batch<std::string, std::size_t>(
      {.read =
           [&](std::string& s) {
             if (next == 200) return false;
             const std::size_t held = bytes_read - bytes_consumed.load();
             if (held > 0) most_bytes_before_a_read = std::max(most_bytes_before_a_read, held);
             s.assign(static_cast<std::size_t>(100 + 37 * (next % 11)), 'x');
             bytes_read += s.size();
             ++next;
             return true;
           },
       .work = [](std::string& s) { return static_cast<std::size_t>(spin(static_cast<int>(s.size()))); },
       .consume = [&](std::string&, rhetor::BatchOutcome<std::size_t>& o) { bytes_consumed += o.get(); },
       .bytes = [](const std::string& s) { return s.size(); }},
      {.threads = 4, .max_in_flight = 64, .max_in_flight_bytes = kBound});
  EXPECT_EQ(bytes_consumed.load(), bytes_read);
  EXPECT_LT(most_bytes_before_a_read, kBound);  // a read happens only below the bound
}

TEST(Batch, AnExceptionInWorkIsThatItemsOutcome) {
  for (unsigned threads : {1u, 3u}) {
    int next = 0;
    std::vector<std::string> got;
    rhetor::run_batch<int, std::string>(
        {.read = [&](int& i) { return next < 50 ? (i = next++, true) : false; },
         .work =
             [](int& i) {
               if (i % 5 == 0) throw std::runtime_error("item " + std::to_string(i));
               return std::to_string(spin(i));
             },
         .consume =
             [&](int& i, rhetor::BatchOutcome<std::string>& o) {
               if (i % 5 == 0) {
                 EXPECT_FALSE(o.value.has_value());
                 EXPECT_THROW(o.get(), std::runtime_error);
                 try {
                   std::rethrow_exception(o.error);
                 } catch (const std::runtime_error& e) {
                   got.push_back(e.what());
                 }
               } else {
                 got.push_back(o.get());
               }
             }},
        {.threads = threads});
    ASSERT_EQ(got.size(), 50u);
    EXPECT_EQ(got[0], "item 0");
    EXPECT_EQ(got[1], "1");
    EXPECT_EQ(got[45], "item 45");
  }
}

TEST(Batch, AnExceptionInConsumeStopsTheBatchAndPropagates) {
  for (unsigned threads : {1u, 4u}) {
    std::atomic<int> next{0};
    int consumed = 0;
    auto run = [&] {
      rhetor::run_batch<int, int>({.read = [&](int& i) { return next < 100000 ? (i = next++, true) : false; },
                                   .work = [](int& i) { return spin(i); },
                                   .consume =
                                       [&](int& i, rhetor::BatchOutcome<int>&) {
                                         if (i == 20) throw std::logic_error("stop");
                                         ++consumed;
                                       }},
                                  {.threads = threads, .max_in_flight = 8});
    };
    EXPECT_THROW(run(), std::logic_error);
    EXPECT_EQ(consumed, 20);
    EXPECT_LE(next.load(), 21 + 8);  // reading stopped within one window of the failure
  }
}

TEST(Batch, AnExceptionInReadEndsTheBatchAfterTheItemsBeforeIt) {
  for (unsigned threads : {1u, 4u}) {
    int next = 0;
    std::vector<int> got;
    auto run = [&] {
      rhetor::run_batch<int, int>({.read =
                                       [&](int& i) {
                                         if (next == 30) throw std::runtime_error("read failed");
                                         i = next++;
                                         return true;
                                       },
                                   .work = [](int& i) { return spin(i); },
                                   .consume = [&](int& i, rhetor::BatchOutcome<int>&) { got.push_back(i); }},
                                  {.threads = threads});
    };
    EXPECT_THROW(run(), std::runtime_error);
    ASSERT_EQ(got.size(), 30u);
    EXPECT_EQ(got.back(), 29);
  }
}

// Streaming: item 0 reaches the consumer while the reader is still blocked on
// item 1 (as when a pipe's writer waits for the answer to its first line). A
// barrier-style batch would hang here; ctest's timeout is the guard.
TEST(Batch, TheFirstResultArrivesBeforeTheInputEnds) {
  std::mutex m;
  std::condition_variable cv;
  bool first_consumed = false;
  int next = 0;
  int idles = 0;
  std::vector<int> got;
  rhetor::run_batch<int, int>({.read =
                                   [&](int& i) {
                                     if (next == 3) return false;
                                     if (next == 1) {  // wait for the consumer to have item 0
                                       std::unique_lock lock(m);
                                       cv.wait(lock, [&] { return first_consumed; });
                                     }
                                     i = next++;
                                     return true;
                                   },
                               .work = [](int& i) { return i; },
                               .consume =
                                   [&](int& i, rhetor::BatchOutcome<int>&) {
                                     got.push_back(i);
                                     std::lock_guard lock(m);
                                     first_consumed = true;
                                     cv.notify_all();
                                   },
                               .idle = [&] { ++idles; }},
                              {.threads = 2});
  EXPECT_EQ(got, (std::vector<int>{0, 1, 2}));
  EXPECT_GE(idles, 1);  // at least once: item 0 consumed while item 1 was still being read
}

TEST(Batch, OneThreadRunsOnTheCallingThread) {
  const std::thread::id caller = std::this_thread::get_id();
  int next = 0;
  rhetor::run_batch<int, std::thread::id>(
      {.read = [&](int& i) { return next < 10 ? (i = next++, true) : false; },
       .work = [](int&) { return std::this_thread::get_id(); },
       .consume = [&](int&, rhetor::BatchOutcome<std::thread::id>& o) { EXPECT_EQ(o.get(), caller); }},
      {.threads = 1});
  EXPECT_EQ(next, 10);
}

TEST(Batch, AnEmptyInputConsumesNothing) {
  int consumed = 0;
  for (unsigned threads : {1u, 4u})
    rhetor::run_batch<int, int>({.read = [](int&) { return false; },
                                 .work = [](int& i) { return i; },
                                 .consume = [&](int&, rhetor::BatchOutcome<int>&) { ++consumed; }},
                                {.threads = threads});
  EXPECT_EQ(consumed, 0);
}

TEST(Batch, AnalyzeManyEqualsASerialLoop) {
  const rhetor::Analyzer analyzer;
  std::vector<std::string> texts = {rhetor::test::read_repo("examples/sample-op-ed.txt"),
                                    "It is not certain. There is no doubt that it works.",
                                    "",
                                    "An utterly corrupt regime. \u201CThe junta is a war machine,\u201D he said.",
                                    std::string("bad \xFF bytes \xC3 and NUL \0 here.", 29)};
  for (int copy = 0; copy < 6; ++copy) texts.push_back(texts[static_cast<std::size_t>(copy % 5)] + " Perhaps.");
  std::vector<std::string_view> views(texts.begin(), texts.end());
  for (unsigned threads : {1u, 2u, 8u}) {
    const std::vector<rhetor::Report> reports = rhetor::analyze_many(analyzer, views, {.threads = threads});
    ASSERT_EQ(reports.size(), texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
      EXPECT_EQ(rhetor::to_json(reports[i]), rhetor::to_json(analyzer.analyze(texts[i]))) << "text " << i;
  }
}

}  // namespace
