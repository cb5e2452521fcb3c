// The quotation stage (src/quotes.cpp): quoted voice and scare quotes.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/lexicon.hpp>
#include <rhetor/report.hpp>

#include <string>
#include <vector>

#include "rules_lexicon.hpp"

namespace {
using namespace rhetor::test_rules;

class VoiceRule : public ::testing::TestWithParam<std::pair<std::string, std::string>> {};

TEST_P(VoiceRule, TextInsideQuotationMarksIsQuoted) {
  const auto& [open, close] = GetParam();
  const std::string text = "The corrupt officials replied: " + open + "The regime is a war machine." + close;
  const auto r = rules().analyze(text);
  const auto* corrupt = find_match(r, "corrupt", kLoaded);
  const auto* regime = find_match(r, "regime", kLoaded);
  const auto* machine = find_match(r, "war machine", kLoaded);
  ASSERT_NE(corrupt, nullptr);
  ASSERT_NE(regime, nullptr);
  ASSERT_NE(machine, nullptr);
  EXPECT_EQ(corrupt->voice, Voice::author);
  EXPECT_EQ(regime->voice, Voice::quoted) << text;
  EXPECT_EQ(machine->voice, Voice::quoted) << text;
  // Reported apart: counts and weights by voice.
  const auto& L = r.document().by_category[kLoaded];
  EXPECT_EQ(L.count, 3u);
  EXPECT_EQ(L.author_count, 1u);
  EXPECT_EQ(L.quoted_count, 2u);
  EXPECT_DOUBLE_EQ(L.author_weight, 2.0);
  // Quoted loaded language frames the speaker's words, not the author's: its
  // weight is discounted by quoted_loaded_factor (count unchanged).
  const double factor = rhetor::AnalyzerOptions{}.quoted_loaded_factor;
  EXPECT_NEAR(L.quoted_weight, 3.0 * factor, 1e-6);
  EXPECT_NEAR(regime->weight, 1.0 * factor, 1e-6);
  EXPECT_GT(r.document().quoted_tokens, 0u);
  const auto s = rules().score_sentence(text);
  EXPECT_EQ(s.loaded_author, 1u);
  EXPECT_EQ(s.loaded_quoted, 2u);
  EXPECT_NEAR(s.weight[kLoaded], L.author_weight + L.quoted_weight, 1e-6);
  // factor 1: quoted and own words weigh alike
  rhetor::AnalyzerOptions same;
  same.quoted_loaded_factor = 1.0f;
  const rhetor::Analyzer alike(rules_lexicon(), same);
  EXPECT_DOUBLE_EQ(alike.analyze(text).document().by_category[kLoaded].quoted_weight, 3.0);
}

using QuotePair = std::pair<std::string, std::string>;
const QuotePair kQuotePairs[] = {{"\u201C", "\u201D"}, {"\"", "\""}, {"\u00AB", "\u00BB"}, {"\u2018", "\u2019"}};
std::string quote_style_name(const ::testing::TestParamInfo<QuotePair>& info) {
  static const char* names[] = {"curly_double", "straight_double", "guillemets", "curly_single"};
  return names[info.index];
}
INSTANTIATE_TEST_SUITE_P(QuoteStyles, VoiceRule, ::testing::ValuesIn(kQuotePairs), quote_style_name);

// The same with the ICU segmenter: voice must not depend on the segmenter.
TEST_P(VoiceRule, SameWithTheIcuSegmenter) {
  const auto& [open, close] = GetParam();
  rhetor::AnalyzerOptions o;
  o.segmenter = rhetor::Segmenter::icu;
  const Analyzer icu(rules_lexicon(), o);
  const std::string text = "The corrupt officials replied: " + open + "The regime is a war machine." + close;
  const auto r = icu.analyze(text);
  const auto* regime = find_match(r, "regime", kLoaded);
  ASSERT_NE(regime, nullptr);
  EXPECT_EQ(regime->voice, Voice::quoted) << text;
  EXPECT_EQ(find_match(r, "corrupt", kLoaded)->voice, Voice::author);
  const std::string mid = "They called it " + open + "a regime" + close + " and left it corrupt.";
  const auto r2 = icu.analyze(mid);
  ASSERT_NE(find_match(r2, "regime", kLoaded), nullptr);
  EXPECT_EQ(find_match(r2, "regime", kLoaded)->voice, Voice::quoted) << mid;
  EXPECT_EQ(find_match(r2, "corrupt", kLoaded)->voice, Voice::author) << mid;
}

TEST(VoiceRuleExtra, TextAfterTheClosingMarkIsAuthorVoiceAgain) {
  const auto r = rules().analyze("He said \u201Cregime\u201D and then called it corrupt.");
  EXPECT_EQ(find_match(r, "regime", kLoaded)->voice, Voice::quoted);
  EXPECT_EQ(find_match(r, "corrupt", kLoaded)->voice, Voice::author);
}

TEST(VoiceRuleExtra, ApostrophesAreNotQuotes) {
  const auto r = rules().analyze("The regime\u2019s corrupt allies don\u2019t care about NATO\u2019s puppet.");
  for (const auto& m : r.matches()) EXPECT_EQ(m.voice, Voice::author) << r.text(m.span);
  EXPECT_EQ(r.document().quoted_tokens, 0u);
}

TEST(VoiceRuleExtra, QuotationSpanningSentencesStaysQuoted) {
  const auto r = rules().analyze("She said: \u201CWe won. The regime fell. It was corrupt.\u201D Then she left.");
  EXPECT_EQ(find_match(r, "regime", kLoaded)->voice, Voice::quoted);
  EXPECT_EQ(find_match(r, "corrupt", kLoaded)->voice, Voice::quoted);
}

TEST(ScareQuoteRule, ShortUnattributedQuotationIsMarked) {
  const auto r = rules().analyze("The so-called \u201Cregime\u201D held a vote.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_TRUE(r.quotes()[0].scare);
  EXPECT_EQ(r.quotes()[0].word_tokens, 1u);
  EXPECT_EQ(r.text(r.quotes()[0].span), "\u201Cregime\u201D");
  const auto* m = find_match(r, "regime", kLoaded);
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->scare_quote);
  EXPECT_EQ(m->voice, Voice::quoted);
  EXPECT_EQ(r.document().scare_quotes, 1u);
}

TEST(ScareQuoteRule, StraightQuotesToo) {
  const auto r = rules().analyze("Their \"free and fair\" vote was a farce.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_TRUE(r.quotes()[0].scare);
  EXPECT_EQ(r.quotes()[0].word_tokens, 3u);
}

TEST(ScareQuoteRule, AttributedQuotationIsNotAScareQuote) {
  const auto r = rules().analyze("The spokesman said \u201Cregime\u201D twice.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_FALSE(r.quotes()[0].scare);
  EXPECT_FALSE(find_match(r, "regime", kLoaded)->scare_quote);
}

TEST(ScareQuoteRule, LongQuotationIsNotAScareQuote) {
  const auto r = rules().analyze("They called it \u201Ca regime of thieves and liars\u201D again.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_GT(r.quotes()[0].word_tokens, 4u);
  EXPECT_FALSE(r.quotes()[0].scare);
}

TEST(ScareQuoteRule, MaxTokensOption) {
  rhetor::AnalyzerOptions o;
  o.scare_quote_max_tokens = 6;
  const Analyzer a(rules_lexicon(), o);
  const auto r = a.analyze("They called it \u201Ca regime of thieves and liars\u201D again.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_TRUE(r.quotes()[0].scare);
}

TEST(ScareQuoteRule, SentenceLikeQuotationIsNotAScareQuote) {
  const auto r = rules().analyze("Someone shouted \u201CRegime out!\u201D outside.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_FALSE(r.quotes()[0].scare);
}

}  // namespace

namespace {
// Two apostrophes (and TeX `` '') are double quotation marks, as in some news archives.
TEST(QuoteMarks, DoubledApostrophesAreDoubleQuotes) {
  const auto r = rules().analyze("''The regime is a war machine,'' he said. ``Corrupt.''");
  ASSERT_EQ(r.quotes().size(), 2u);
  EXPECT_EQ(r.text(r.quotes()[0].span), "''The regime is a war machine,''");
  EXPECT_EQ(r.text(r.quotes()[1].span), "``Corrupt.''");
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded) EXPECT_EQ(m.voice, rhetor::Voice::quoted) << r.text(m.span);
  // a single apostrophe inside a word is still no quotation mark
  EXPECT_TRUE(rules().analyze("Don't say it's over.").quotes().empty());
}
}  // namespace

namespace {
const rhetor::Analyzer& english() {
  static const rhetor::Analyzer a;
  return a;
}

// Issue 8: punctuation inside the closing mark does not make a quoted sentence.
TEST(ScareQuotes, AmericanPunctuationInsideTheMarks) {
  const auto r = english().analyze("They praised a \"religion of peace.\" He said \"No more wars.\"");
  ASSERT_EQ(r.quotes().size(), 2u);
  EXPECT_TRUE(r.quotes()[0].scare);   // lowercase start: a phrase, the period is American style
  EXPECT_FALSE(r.quotes()[1].scare);  // attributed, and a capitalized quoted sentence
}

// "so-called X" is a scare quote of its own kind covering X.
TEST(ScareQuotes, SoCalledMarksTheNounPhraseAfterIt) {
  const auto r = english().analyze("The so-called peace plan failed. A self-styled guru spoke.");
  ASSERT_EQ(r.quotes().size(), 2u);
  EXPECT_EQ(r.quotes()[0].kind, rhetor::QuoteKind::so_called);
  EXPECT_EQ(r.text(r.quotes()[0].span), "peace plan");
  EXPECT_TRUE(r.quotes()[0].scare);
  EXPECT_EQ(r.text(r.quotes()[1].span), "guru");
  EXPECT_EQ(r.sentences()[0].scores.scare_quotes, 1u);
}

// Only a cue that attributes the quotation blocks it: another cue in the sentence does not.
TEST(ScareQuotes, TheWordANamingVerbAttributesIsNoScareQuote) {
  const auto r = english().analyze("The coach called the performance \"embarrassing\" and left.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_FALSE(r.quotes()[0].scare);
}

TEST(ScareQuotes, AnUnrelatedCueDoesNotBlock) {
  const auto r = english().analyze("Officials said the \"reforms\" would wait until next year.");
  ASSERT_EQ(r.quotes().size(), 1u);
  EXPECT_TRUE(r.quotes()[0].scare);
}
}  // namespace
