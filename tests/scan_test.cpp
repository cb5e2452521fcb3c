// The fused scan (src/scan.hpp, detail::scan_sentence) against the general path:
//  - the scanner's ASCII fast path yields the same tokens as the full rules alone;
//  - the hot path's one-pass preparation (score_sentence) yields the same tokens,
//    keys, flags, symbols and start list as tokenize + prepare_tokens (analyze),
// on every sentence of examples/ and of ../shared/eval/dev when present, and on
// random strings of the bytes the rules treat specially (16-byte window edges,
// invalid UTF-8, NUL, curly apostrophes and quotes).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <memory>
#include <random>
#include <sstream>

#include "compiled_lexicon.hpp"
#include "matcher.hpp"
#include "rhetor/rhetor.hpp"
#include "scan.hpp"
#include "test_support.hpp"

namespace {

using rhetor::Span;
using rhetor::Token;
using rhetor::TokenKind;

struct Scanned {
  Span span;
  TokenKind kind;
  bool ascii;
  bool operator==(const Scanned&) const = default;
};

template <bool kFast>
std::vector<Scanned> scan(std::string_view text) {
  std::vector<Scanned> out;
  rhetor::detail::scan_tokens<kFast>(text, 0, static_cast<std::uint32_t>(text.size()),
                                     [&](Span s, TokenKind k, bool a) { out.push_back({s, k, a}); }, nullptr);
  return out;
}

std::string describe(std::string_view text, const std::vector<Scanned>& tokens) {
  std::ostringstream os;
  for (const Scanned& t : tokens)
    os << '[' << text.substr(t.span.begin, t.span.size()) << "|" << int(t.kind) << (t.ascii ? "a" : "") << ']';
  return os.str();
}

// Tokens and preparation of one sentence by both paths, compared field by field.
void expect_paths_agree(const rhetor::detail::CompiledLexicon& lex, std::string_view sentence) {
  using rhetor::detail::Scratch;
  static thread_local Scratch fused, general;
  const std::uint32_t n = rhetor::detail::scan_sentence(lex, sentence, fused);
  rhetor::tokenize(sentence, general.tokens);
  rhetor::detail::prepare_tokens(lex, sentence, general);
  ASSERT_EQ(n, general.tokens.size()) << sentence;
  for (std::uint32_t k = 0; k < n; ++k) {
    const Token& a = fused.tokens[k];
    const Token& b = general.tokens[k];
    ASSERT_TRUE(a.span() == b.span() && a.kind == b.kind) << "token " << k << " of: " << sentence;
    const auto& x = fused.info[k];
    const auto& y = general.info[k];
    ASSERT_EQ(x.flags, y.flags) << "token " << k << " of: " << sentence;
    ASSERT_EQ(fused.key(k), general.key(k)) << "token " << k << " of: " << sentence;
    ASSERT_EQ(x.nsym, y.nsym) << "token " << k << " of: " << sentence;
    for (int s = 0; s < x.nsym; ++s) ASSERT_EQ(fused.symbols(k)[s], general.symbols(k)[s]) << "token " << k << " of: " << sentence;
  }
  ASSERT_EQ(fused.start_tokens, general.start_tokens) << sentence;
  ASSERT_EQ(fused.quote_positions, general.quote_positions) << sentence;
  ASSERT_EQ(fused.word_tokens, general.word_tokens) << sentence;
  ASSERT_EQ(fused.colon_tokens, general.colon_tokens) << sentence;
  // compact_keys (analyze, after matching) frees the key arena: every key reads the same after it.
  std::vector<std::string> keys;
  for (std::uint32_t k = 0; k < n; ++k) keys.emplace_back(general.key(k));
  rhetor::detail::compact_keys(sentence, general);
  for (std::uint32_t k = 0; k < n; ++k) ASSERT_EQ(general.key(k), keys[k]) << "token " << k << " of: " << sentence;
}

std::vector<std::string> corpus_texts(bool& shared_present) {
  std::vector<std::string> texts{rhetor::test::read_repo("examples/sample-op-ed.txt")};
  shared_present = false;
  for (const char* name : {"ptc-train.jsonl", "polnear-train.jsonl", "babe-sg1.jsonl", "checkthat-subj-train.jsonl",
                           "semeval19hp-train.jsonl", "szeged-wiki.jsonl"}) {
    const auto file = rhetor::test::read_shared(std::string("eval/dev/") + name);
    if (!file) continue;
    shared_present = true;
    std::istringstream in(*file);
    std::string line;
    while (std::getline(in, line)) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"]);
    }
  }
  return texts;
}

const rhetor::detail::CompiledLexicon& english() {
  static const rhetor::detail::CompiledLexicon lex(rhetor::Lexicon::english(), rhetor::AnalyzerOptions{});
  return lex;
}

// Strings of the bytes and sequences the rules look at, of every length up to 70
// (the fast path works in 16-byte windows and hands the last 15 bytes over).
std::vector<std::string> random_texts() {
  static const char* const kPieces[] = {"a", "B", "z", "7", "0", " ", "  ", ".", ",", ":", "/", "-", "'", "\"", "`",
                                        "n't", "'s", "U.S.", "...", "(", "!", "\n", "\t", "\x00", "\xFF", "\xC3\xA9",
                                        "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x90", "\xE2\x80\x94",
                                        "said", "Trump", "very", "likely", "so-called", "1,200.50", "10:30", "May"};
  std::mt19937 rng(10);
  std::vector<std::string> out;
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const std::size_t len = rng() % 71;
    while (s.size() < len) {
      const char* p = kPieces[rng() % std::size(kPieces)];
      s += p[0] == '\0' ? std::string(1, '\0') : std::string(p);
    }
    out.push_back(std::move(s));
  }
  return out;
}

// A copy of `text` in a heap block of exactly its size, so that AddressSanitizer
// reports any read past its end (a std::string keeps a readable NUL there).
struct ExactCopy {
  explicit ExactCopy(std::string_view text) : bytes(new char[text.size() ? text.size() : 1]), size(text.size()) {
    std::copy(text.begin(), text.end(), bytes.get());
  }
  std::string_view view() const { return {bytes.get(), size}; }
  std::unique_ptr<char[]> bytes;
  std::size_t size;
};

TEST(ScanFastPath, SameTokensAsTheFullRules) {
  bool shared = false;
  std::vector<std::string> texts = corpus_texts(shared);
  for (std::string& t : random_texts()) texts.push_back(std::move(t));
  std::size_t tokens = 0;
  for (const std::string& stored : texts) {
    const ExactCopy copy(stored);
    const std::string_view text = copy.view();
    const auto fast = scan<true>(text);
    const auto full = scan<false>(text);
    ASSERT_EQ(fast, full) << "fast: " << describe(text, fast) << "\nfull: " << describe(text, full);
    tokens += fast.size();
  }
  RecordProperty("tokens", static_cast<int>(tokens));
  if (!shared) GTEST_SKIP() << "../shared/eval/dev absent: compared examples/ and random strings only";
}

TEST(FusedScan, EqualsTheGeneralPathOnEverySentence) {
  bool shared = false;
  const std::vector<std::string> texts = corpus_texts(shared);
  const auto& lex = english();
  std::size_t sentences = 0;
  for (const std::string& text : texts) {
    const rhetor::Segmentation seg = rhetor::segment(text);
    for (const rhetor::SentenceSpan& s : seg.sentences) {
      expect_paths_agree(lex, std::string_view(text).substr(s.span.begin, s.span.size()));
      if (HasFatalFailure()) return;
      ++sentences;
    }
    expect_paths_agree(lex, text);  // whole documents too: newlines, paragraphs, long inputs
    if (HasFatalFailure()) return;
  }
  RecordProperty("sentences", static_cast<int>(sentences));
  if (!shared) GTEST_SKIP() << "../shared/eval/dev absent: compared the sentences of examples/ only";
}

TEST(FusedScan, EqualsTheGeneralPathOnHostileStrings) {
  const auto& lex = english();
  for (const std::string& text : random_texts()) {
    expect_paths_agree(lex, ExactCopy(text).view());
    if (HasFatalFailure()) return;
  }
}

TEST(FusedScan, HotPathScoresEqualAnalyzeOnEverySentence) {
  bool shared = false;
  const std::vector<std::string> texts = corpus_texts(shared);
  const rhetor::Analyzer analyzer;
  std::size_t compared = 0;
  for (std::size_t d = 0; d < texts.size() && compared < 20000; ++d) {
    const rhetor::Report r = analyzer.analyze(texts[d]);
    for (const rhetor::Sentence& s : r.sentences()) {
      const rhetor::SentenceScore hot = analyzer.score_sentence(r.text(s.span));
      // Matching does not look across sentences; quotations and attributions do,
      // so voice and attribution cues are left out of this comparison.
      for (std::size_t c = 0; c < analyzer.category_names().size(); ++c) {
        if (c == rhetor::kAttribution) continue;
        ASSERT_EQ(hot.count[c], s.scores.by_category[c].count) << analyzer.category_names()[c] << ": " << r.text(s.span);
      }
      ASSERT_EQ(hot.tokens, s.scores.tokens) << r.text(s.span);
      ++compared;
    }
  }
  if (!shared) GTEST_SKIP() << "../shared/eval/dev absent: compared the sentences of examples/ only";
}

}  // namespace
