// The hot paths allocate nothing in the steady state: after one warm-up call per
// thread, score_sentence and Tagger::tag make no heap allocation. A separate executable, since
// it replaces the global operator new to count allocations.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "rhetor/rhetor.hpp"

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};
}  // namespace

void* operator new(std::size_t n) {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
// Every plain form is replaced, so that memory from any of them (e.g. the nothrow
// new of std::stable_sort's temporary buffer) is released by a matching delete:
// under AddressSanitizer a half-replaced set is an alloc-dealloc mismatch.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n) { return ::operator new(n); }
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return ::operator new(n, t); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

TEST(SteadyState, ScoreSentenceDoesNotAllocate) {
  const rhetor::Analyzer analyzer;
  const std::vector<std::string> sentences = {
      "It remains to be seen whether the regime, a puppet of the West, will fall.",
      "\u201CWe will win,\u201D said the minister, who is certainly not a fascist.",
      "Officials say it is not certain; perhaps about 300 people were there in May.",
      "Caf\u00e9 owners in Kyiv told reporters: \u201CIt\u2019s obviously a disaster.\u201D",
  };
  rhetor::SentenceScore score;
  // Warm-up: grows the thread's scratch buffers to the largest sentence.
  for (const auto& s : sentences) analyzer.score_sentence(s, score);
  for (const auto& s : sentences) analyzer.score_sentence(s, score);

  allocations = 0;
  counting = true;
  std::uint32_t matches = 0;
  for (int round = 0; round < 100; ++round)
    for (const auto& s : sentences) {
      analyzer.score_sentence(s, score);
      matches += score.matches;
    }
  counting = false;
  EXPECT_GT(matches, 0u);  // the sentences do match: the loop did real work
  EXPECT_EQ(allocations.load(), 0) << "heap allocations in 400 warmed-up score_sentence calls";
}

TEST(SteadyState, TagDoesNotAllocate) {
  const rhetor::Tagger& tagger = rhetor::Tagger::english();
  const std::vector<std::string> sentences = {
      "Officials said the bridge would close on Tuesday.",
      "\u201CWe will not back down,\u201D the senator told reporters in Kyiv.",
      "According to the report, 1,200 people were evacuated from pro-Kremlin districts.",
  };
  std::vector<std::vector<rhetor::Token>> tokens(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    rhetor::tokenize(sentences[i], tokens[i]);
    tagger.tag(sentences[i], tokens[i]);  // warm-up: grows the thread's scratch
  }
  allocations = 0;
  counting = true;
  int nouns = 0;
  for (int round = 0; round < 100; ++round)
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      tagger.tag(sentences[i], tokens[i]);
      for (const rhetor::Token& t : tokens[i]) nouns += t.pos == rhetor::Upos::NOUN;
    }
  counting = false;
  EXPECT_GT(nouns, 0);  // the tagger did real work
  EXPECT_EQ(allocations.load(), 0) << "heap allocations in 300 warmed-up Tagger::tag calls";
}

TEST(SteadyState, CountingWorks) {
  // Guards the test above: the counter does see allocations.
  allocations = 0;
  counting = true;
  auto* p = new std::string(100, 'x');
  counting = false;
  delete p;
  EXPECT_GE(allocations.load(), 1);
}

}  // namespace
