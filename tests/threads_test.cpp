// One Analyzer shared by 8 threads gives results identical to serial runs;
// score_sentence agrees with the sentence-level counts of analyze.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/json.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "test_support.hpp"

namespace {

std::vector<std::string> corpus() {
  std::vector<std::string> texts = {
      rhetor::test::read_repo("examples/sample-op-ed.txt"),
      "It is not certain. There is no doubt that it works. The vote is in May.",
      "An utterly corrupt regime. \u201CThe junta is a war machine,\u201D he said.",
      "",
      "NATO\u2019s puppet of the West said: \u201CWe will win.\u201D\n\nPerhaps. Certainly. Obviously.",
      std::string("bad \xFF bytes \xC3 and NUL \0 here.", 29),
  };
  if (auto seed = rhetor::test::read_shared("seed/bakhmut-op-ed.txt")) texts.push_back(*seed);
  // Real records when the shared eval data is present.
  const auto dir = std::filesystem::path(RHETOR_SHARED_DIR) / "eval" / "dev";
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) {
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
      if (e.path().extension() != ".jsonl") continue;
      std::ifstream in(e.path());
      std::string line;
      for (int n = 0; n < 25 && std::getline(in, line); ++n) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"]);
      }
    }
  }
  return texts;
}

std::string fingerprint(const rhetor::Analyzer& a, const std::string& text) {
  const rhetor::Report r = a.analyze(text);
  std::string out = rhetor::to_json(r);
  // token and sentence structure too, which JSON does not carry in full
  for (const auto& t : r.tokens()) out += std::to_string(t.span().begin) + "," + std::to_string(int(t.kind)) + ";";
  // and the hot path on every sentence
  for (const auto& s : r.sentences()) {
    const auto sc = a.score_sentence(r.text(s.span));
    out += "|" + std::to_string(sc.tokens) + ":" + std::to_string(sc.matches) + ":" + std::to_string(sc.loaded_author) +
           ":" + std::to_string(sc.loaded_quoted);
    for (std::size_t c = 0; c < a.category_names().size(); ++c)
      out += "," + std::to_string(sc.count[c]) + "/" + std::to_string(sc.weight[c]);
  }
  return out;
}

void run_parallel(const rhetor::Analyzer& analyzer, const std::vector<std::string>& texts) {
  std::vector<std::string> serial;
  for (const auto& t : texts) serial.push_back(fingerprint(analyzer, t));

  constexpr int kThreads = 8;
  constexpr int kRounds = 3;  // every thread goes over the corpus, each from a different start
  std::vector<std::vector<std::string>> got(kThreads, std::vector<std::string>(texts.size() * kRounds));
  std::atomic<bool> go{false};
  std::vector<std::thread> pool;
  for (int t = 0; t < kThreads; ++t)
    pool.emplace_back([&, t] {
      while (!go.load()) std::this_thread::yield();
      for (int round = 0; round < kRounds; ++round)
        for (std::size_t k = 0; k < texts.size(); ++k) {
          const std::size_t i = (k + static_cast<std::size_t>(t) * 7 + static_cast<std::size_t>(round)) % texts.size();
          got[static_cast<std::size_t>(t)][static_cast<std::size_t>(round) * texts.size() + i] = fingerprint(analyzer, texts[i]);
        }
    });
  go = true;
  for (auto& th : pool) th.join();
  for (int t = 0; t < kThreads; ++t)
    for (int round = 0; round < kRounds; ++round)
      for (std::size_t i = 0; i < texts.size(); ++i)
        ASSERT_EQ(got[static_cast<std::size_t>(t)][static_cast<std::size_t>(round) * texts.size() + i], serial[i])
            << "thread " << t << " round " << round << " text " << i << " differs from the serial result";
}

TEST(Threads, SharedDefaultAnalyzerMatchesSerial) {
  const rhetor::Analyzer analyzer;
  run_parallel(analyzer, corpus());
}

TEST(Threads, SharedIcuAnalyzerMatchesSerial) {
  rhetor::AnalyzerOptions o;
  o.segmenter = rhetor::Segmenter::icu;
  const rhetor::Analyzer analyzer(rhetor::Lexicon::english(), o);
  auto texts = corpus();
  texts.resize(std::min<std::size_t>(texts.size(), 12));
  run_parallel(analyzer, texts);
}

TEST(Threads, AnalyzerCopiesAcrossThreads) {
  const rhetor::Analyzer base;
  const auto texts = corpus();
  const std::string expected = fingerprint(base, texts[0]);
  std::vector<std::string> got(8);
  std::vector<std::thread> pool;
  for (int t = 0; t < 8; ++t)
    pool.emplace_back([&, t] {
      const rhetor::Analyzer copy = base;  // copies share the compiled lexicon
      got[static_cast<std::size_t>(t)] = fingerprint(copy, texts[0]);
    });
  for (auto& th : pool) th.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

// --- score_sentence vs analyze ---------------------------------------------------------

void expect_agreement(const rhetor::Analyzer& a, const std::string& sentence) {
  const rhetor::Report r = a.analyze(sentence);
  ASSERT_EQ(r.sentences().size(), 1u) << "not a single sentence: " << sentence;
  const auto& s = r.sentences()[0].scores;
  const auto sc = a.score_sentence(sentence);
  EXPECT_EQ(sc.tokens, s.tokens) << sentence;
  std::uint32_t total = 0;
  for (std::size_t c = 0; c < a.category_names().size(); ++c) {
    total += sc.count[c];
    // The hot path does not link: it counts candidate cues, of which analyze
    // drops those the linker rejects ("a movement called Rise").
    if (c == rhetor::kAttribution) {
      EXPECT_GE(sc.count[c], s.by_category[c].count) << sentence;
      continue;
    }
    EXPECT_EQ(sc.count[c], s.by_category[c].count) << a.category_names()[c] << " in: " << sentence;
    // Nor does it know what an attribution reports: analyze weighs loaded words
    // there as quoted ("According to officials, it is a puppet of the West").
    if (c == rhetor::kLoaded) {
      EXPECT_LE(s.by_category[c].weight, sc.weight[c] + 1e-4) << sentence;
      continue;
    }
    EXPECT_NEAR(sc.weight[c], s.by_category[c].weight, 1e-4) << a.category_names()[c] << " in: " << sentence;
  }
  EXPECT_EQ(sc.matches, total) << sentence;
  EXPECT_EQ(sc.loaded_author, s.by_category[rhetor::kLoaded].author_count) << sentence;
  EXPECT_EQ(sc.loaded_quoted, s.by_category[rhetor::kLoaded].quoted_count) << sentence;
}

TEST(ScoreSentenceAgreement, HandMadeSentences) {
  const rhetor::Analyzer a;
  for (const char* s : {
           "It is likely, not certain.",
           "There is no doubt that the regime is utterly corrupt.",
           "The vote is in May, and it may fail.",
           "The so-called \u201Coversight committee\u201D has done little more than rubber-stamp every request.",
           "\u201CThis is a bloodbath for taxpayers,\u201D said Tom Reyes, who leads the association.",
           "The committee chair, Councillor Ruth Abara, told reporters: \u201CWe have asked every question.\u201D",
           "According to officials, it is clearly a puppet of the West.",
           "Danilov: \u201CWe will win.\u201D",
           "It remains to be seen whether Kiev's supporters in the West are reflecting, obviously.",
           "She said 'no' and he said \"yes\" and they said \u00ABnon\u00BB.",
           "Nobody is above the law pic.twitter.com/x1 \u2014 Jane Roe (@MayorRoe) May 3, 2021",  // a post: quoted voice
       })
    expect_agreement(a, s);
}

TEST(ScoreSentenceAgreement, EverySentenceOfRealText) {
  // Each sentence of the real corpus, analyzed on its own, is a single-sentence text.
  const rhetor::Analyzer a;
  std::size_t checked = 0;
  for (const auto& text : corpus()) {
    const rhetor::Report r = a.analyze(text);
    for (const auto& s : r.sentences()) {
      const std::string sentence(r.text(s.span));
      if (a.analyze(sentence).sentences().size() != 1) continue;  // e.g. a sentence holding a blank-line-free heading
      SCOPED_TRACE(sentence.substr(0, 120));
      expect_agreement(a, sentence);
      ++checked;
      if (HasFailure() && checked > 50) return;
    }
  }
  // The repository texts alone give ~30 sentences; ../shared adds hundreds.
  EXPECT_GT(checked, rhetor::test::read_shared("seed/bakhmut-op-ed.txt") ? 50u : 25u);
}

}  // namespace
