// Regression tests for the adversarial inputs of issue 11: limits that must be
// reported, and structures that must stay sound. Speed is checked in
// bench/scaling.py, not here.
#include <gtest/gtest.h>

#include <rhetor/rhetor.hpp>

#include <string>

#include "fuzz/invariants.hpp"
#include "jsonl.hpp"
#include "scaling_families.hpp"

namespace {

using rhetor::Analyzer;
using rhetor::Lexicon;
using rhetor::LexiconError;
using rhetor::scaling::repeat;

// Loads `text` and returns the LexiconError it must raise.
LexiconError lexicon_error(const std::string& text, bool dic = false) {
  try {
    if (dic) Lexicon::from_dic_string(text, "t.dic");
    else Lexicon::from_string(text, "t.lex");
  } catch (const LexiconError& e) {
    return e;
  }
  ADD_FAILURE() << "no LexiconError";
  return LexiconError("", 0, 0, "");
}

TEST(LexiconLimits, FortyAlternativesAreTooManyForms) {
  const auto e = lexicon_error("[loaded]\n" + repeat("a/b ", 40) + "\n");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.column(), 49u);  // the 13th word: 2^13 forms
  EXPECT_NE(std::string(e.what()).find("more than 4096 forms"), std::string::npos) << e.what();
}

TEST(LexiconLimits, TwelveAlternativesAreFine) {
  const Lexicon lex = Lexicon::from_string("[loaded]\n" + repeat("a/b ", 12) + "\n", "t.lex");
  EXPECT_EQ(lex.entries().front().expansions().size(), 4096u);
}

TEST(LexiconLimits, FormsPerPackAreCapped) {
  std::string text = "[loaded]\n";
  for (int i = 0; i < 250; ++i) text += "w" + std::to_string(i) + " " + repeat("a/b ", 12) + "\n";
  const auto e = lexicon_error(text);
  EXPECT_EQ(e.line(), 246u);  // 245 entries x 4096 forms fit in 1,000,000
  EXPECT_NE(std::string(e.what()).find("more than 1000000 forms"), std::string::npos) << e.what();
}

TEST(LexiconLimits, TwentyThousandWordEntryIsTooLong) {
  const auto e = lexicon_error("[loaded]\n" + repeat("w ", 20000) + "\n");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.column(), 65u);  // the 33rd word
  EXPECT_NE(std::string(e.what()).find("longer than 32 words"), std::string::npos);
}

TEST(LexiconLimits, PatternBytesAreCapped) {
  const auto e = lexicon_error("[loaded]\n" + repeat("x", 2000) + "\n");
  EXPECT_NE(std::string(e.what()).find("longer than 1024 bytes"), std::string::npos);
  EXPECT_LT(std::string(e.what()).size(), 300u);
}

TEST(LexiconLimits, ErrorOnAMegabyteLineQuotesAnExcerpt) {
  const auto e = lexicon_error("[loaded]\nx =" + repeat("y", 1 << 20) + "\n");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.column(), 3u);
  EXPECT_LT(std::string(e.what()).size(), 300u);
  const auto h = lexicon_error("[loaded " + repeat("y", 1 << 20) + "\n");
  EXPECT_LT(std::string(h.what()).size(), 300u);
}

TEST(LexiconLimits, TinyWeightIsRejected) {
  const auto e = lexicon_error("[loaded]\nthug =1e-50\n");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.column(), 6u);
  EXPECT_NE(std::string(e.what()).find("[0.001, 10]"), std::string::npos);
  EXPECT_NO_THROW(Lexicon::from_string("[loaded]\nthug =0.001\n", "t.lex"));
}

TEST(LexiconLimits, DicCategoryDefinedTwice) {
  const auto e = lexicon_error("%\n1\tfear\n1\tanger\n%\nwar\t1\n", true);
  EXPECT_EQ(e.line(), 3u);
  EXPECT_EQ(e.column(), 1u);
  EXPECT_NE(std::string(e.what()).find("defined twice"), std::string::npos);
}

TEST(LexiconLimits, ProgrammaticEntryExpansionIsCapped) {
  rhetor::LexiconEntry e;
  e.category = "loaded";
  e.pattern = repeat("a/b ", 20);
  e.origin = "api";
  EXPECT_THROW(e.expansions(), LexiconError);
}

TEST(LexiconExpansions, OrderIsLastWordFastest) {
  rhetor::LexiconEntry e;
  e.pattern = "a/b c/d/e";
  const auto forms = e.expansions();
  ASSERT_EQ(forms.size(), 6u);
  EXPECT_EQ(forms[0], (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(forms[1], (std::vector<std::string>{"a", "d"}));
  EXPECT_EQ(forms[3], (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(forms[5], (std::vector<std::string>{"b", "e"}));
}

TEST(HostileSegmentation, WowAndManyBangsIsOneSentence) {
  const std::string text = "Wow" + repeat("!", 32000) + " and more.";
  for (auto how : {rhetor::Segmenter::fast, rhetor::Segmenter::icu}) {
    const auto seg = rhetor::segment(text, how);
    EXPECT_EQ(rhetor::test::segmentation_violation(seg, text), "");
    EXPECT_EQ(seg.tokens.size(), 32000u + 4u);
    if (how == rhetor::Segmenter::fast) EXPECT_EQ(seg.sentences.size(), 1u);
  }
}

TEST(HostileSegmentation, BangsBeforeANewSentenceStillBreak) {
  const auto seg = rhetor::segment("Wow!!! It works.");
  ASSERT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(seg.sentences[0].token_count, 4u);
}

TEST(HostileSegmentation, ManyTinyParagraphs) {
  const std::string text = repeat("a\n\n", 20000);
  for (auto how : {rhetor::Segmenter::fast, rhetor::Segmenter::icu}) {
    const auto seg = rhetor::segment(text, how);
    EXPECT_EQ(seg.paragraphs.size(), 20000u);
    EXPECT_EQ(rhetor::test::segmentation_violation(seg, text), "");
  }
}

TEST(HostileSegmentation, IcuMergesInEveryParagraph) {
  const std::string text = repeat("The U.S. and pro-Kremlin media on 9/11 said so.\n\n", 200);
  const auto fast = rhetor::segment(text, rhetor::Segmenter::fast);
  const auto icu = rhetor::segment(text, rhetor::Segmenter::icu);
  EXPECT_EQ(rhetor::test::segmentation_violation(icu, text), "");
  ASSERT_EQ(icu.tokens.size(), fast.tokens.size());
  for (std::size_t i = 0; i < fast.tokens.size(); ++i) ASSERT_EQ(icu.tokens[i].span(), fast.tokens[i].span()) << i;
}

// Every family of the scaling check analyzes soundly (small sizes; growth is bench/scaling.py's job).
TEST(HostileFamilies, ReportsStaySound) {
  const Analyzer fast;
  const Analyzer icu(Lexicon::english(), rhetor::AnalyzerOptions{.segmenter = rhetor::Segmenter::icu});
  for (const auto& f : rhetor::scaling::families()) {
    const std::string input = f.make(2);
    switch (f.stage) {
      case rhetor::scaling::Stage::analyze_fast:
      case rhetor::scaling::Stage::analyze_icu: {
        const auto& a = f.stage == rhetor::scaling::Stage::analyze_fast ? fast : icu;
        EXPECT_EQ(rhetor::test::report_violation(a.analyze(input), input), "") << f.name;
        break;
      }
      case rhetor::scaling::Stage::lexicon_lex:
      case rhetor::scaling::Stage::lexicon_dic:
        try {
          f.stage == rhetor::scaling::Stage::lexicon_lex ? Lexicon::from_string(input, "f.lex")
                                                         : Lexicon::from_dic_string(input, "f.dic");
        } catch (const LexiconError& e) {
          EXPECT_LT(std::string(e.what()).size(), 300u) << f.name;
        }
        break;
      case rhetor::scaling::Stage::jsonl: {
        const auto answer = rhetor::cli::answer_record(fast, input.substr(0, input.find('\n')), 1, {});
        EXPECT_LT(answer.error.size(), 400u) << f.name;
        EXPECT_FALSE(answer.json.empty()) << f.name;
        break;
      }
    }
  }
}

TEST(JsonlRecord, AnswersEveryKindOfLine) {
  const Analyzer a;
  using rhetor::cli::answer_record;
  EXPECT_EQ(answer_record(a, "  \t", 7, {}).json, R"({"line":7,"skipped":"blank"})");
  EXPECT_NE(answer_record(a, R"({"text":"a","x":1e400})", 1, {}).error.find("number out of range"), std::string::npos);
  EXPECT_EQ(answer_record(a, R"({"id":1.10,"text":"x"})", 1, {}).json.rfind(R"({"id":1.10,)", 0), 0u);
  EXPECT_EQ(answer_record(a, R"({"id":"a","text":"x","id":[1, 2]})", 1, {}).json.rfind(R"({"id":[1, 2],)", 0), 0u);
  const auto deep = answer_record(a, "{\"id\":" + repeat("[", 100000) + repeat("]", 100000) + ",\"text\":\"a\"}", 3, {});
  EXPECT_EQ(deep.json, R"({"error":"JSON nested deeper than 64 levels","line":3})");
  const auto big = answer_record(a, "{\"text\":\"" + repeat("x", 1 << 20), 4, {});
  EXPECT_LT(big.json.size(), 400u);
  EXPECT_NE(big.error.find("malformed JSON"), std::string::npos);
  EXPECT_NE(answer_record(a, R"([1,2])", 1, {}).error.find("expected an object"), std::string::npos);
}

}  // namespace
