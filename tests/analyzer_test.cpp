// rhetor/analyzer.hpp: matching (longest match, lanes, wildcards, @case,
// multiword, constraints, normalization) and each context rule (negation,
// "no doubt", "May" the month, intensifiers, voice, scare quotes, colon quotes).
// Rule tests use a small inline lexicon so they do not depend on the default pack.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/lexicon.hpp>
#include <rhetor/report.hpp>

#include <string>
#include <vector>

namespace {

using rhetor::Analyzer;
using rhetor::kBooster;
using rhetor::kHedge;
using rhetor::kLoaded;
using rhetor::kAttribution;
using rhetor::Lexicon;
using rhetor::Voice;
using Strings = std::vector<std::string>;

constexpr const char* kRules = R"(
[negator]
not
no
never
n't
without
[intensifier]
utterly
very
[class-role]
spokesman
[hedge]
doubt
possible
likely
may/might
about =0.5 @next=<num>
[booster]
certain
certainly
no doubt
clearly
[loaded]
corrupt =2
regime
war machine =2
war
nazi* =2.5
puppet of the West =2.5 @case
West @case
strasse
café
pro-Kremlin =1.5
NATO's puppet =3
don’t care
[attribution]
said
wrote @next=<quote>
according to
[fear]
catastrophe
)";

const Lexicon& rules_lexicon() {
  static const Lexicon lex = Lexicon::from_string(kRules, "rules.lex");
  return lex;
}

const Analyzer& rules() {
  static const Analyzer a(rules_lexicon());
  return a;
}

Strings texts(const rhetor::Report& r, rhetor::CategoryId c) {
  Strings out;
  for (const auto& m : r.matches())
    if (m.category == c) out.emplace_back(r.text(m.span));
  return out;
}

const rhetor::Match* find_match(const rhetor::Report& r, std::string_view text, rhetor::CategoryId c) {
  for (const auto& m : r.matches())
    if (m.category == c && r.text(m.span) == text) return &m;
  return nullptr;
}

// --- construction --------------------------------------------------------------

TEST(AnalyzerBasics, CategoriesAndOptions) {
  const Analyzer& a = rules();
  const auto names = a.category_names();
  ASSERT_EQ(names.size(), 5u);  // loaded hedge booster attribution fear; context categories are not scored
  EXPECT_EQ(names[4], "fear");
  EXPECT_EQ(a.category_id("loaded"), kLoaded);
  EXPECT_EQ(a.category_id("fear"), 4);
  EXPECT_EQ(a.category_id("negator"), -1);
  EXPECT_EQ(a.category_id("nope"), -1);
  EXPECT_EQ(a.options().negation_window, 3u);
  EXPECT_FLOAT_EQ(a.options().intensifier_factor, 1.5f);
  EXPECT_GT(a.compiled_forms(), rules_lexicon().size());  // may/might expands
}

TEST(AnalyzerBasics, CopiesAndMovesShareResults) {
  Analyzer a(rules_lexicon());
  Analyzer b = a;
  Analyzer c = std::move(a);
  const auto text = "An utterly corrupt regime.";
  EXPECT_EQ(b.score_sentence(text).count[kLoaded], 2u);
  EXPECT_EQ(c.score_sentence(text).count[kLoaded], 2u);
  Analyzer d(Lexicon::from_string("[hedge]\nperhaps\n"));
  d = b;
  EXPECT_EQ(d.score_sentence(text).count[kLoaded], 2u);
}

TEST(AnalyzerBasics, ContextCategoriesAreNeverReportedAsMatches) {
  const auto r = rules().analyze("He was not utterly the spokesman.");
  for (const auto& m : r.matches()) EXPECT_LT(m.category, 5u);
  EXPECT_TRUE(texts(r, kLoaded).empty());
  EXPECT_TRUE(texts(r, kHedge).empty());
}

TEST(AnalyzerBasics, SameExtraCategoryFromTwoLexiconsIsOneColumn) {
  const std::vector<Lexicon> packs = {Lexicon::from_string("[fear]\ncatastrophe\n"),
                                      Lexicon::from_string("[fear]\ndisaster\n[anger]\noutrage\n")};
  const Analyzer a{std::span<const Lexicon>(packs)};
  ASSERT_EQ(a.category_names().size(), 6u);
  EXPECT_EQ(a.category_names()[4], "fear");
  EXPECT_EQ(a.category_names()[5], "anger");
  const auto s = a.score_sentence("A catastrophe, a disaster, an outrage.");
  EXPECT_EQ(s.count[4], 2u);
  EXPECT_EQ(s.count[5], 1u);
}

TEST(AnalyzerBasics, ExtraCategoryIsScored) {
  const auto r = rules().analyze("A catastrophe. Another catastrophe.");
  ASSERT_EQ(r.document().by_category.size(), 5u);
  EXPECT_EQ(r.document().by_category[4].count, 2u);
  EXPECT_EQ(r.category_id("fear"), 4);
  EXPECT_EQ(r.category_names()[4], "fear");
}

// --- negation ------------------------------------------------------------------

TEST(NegationRule, NotCertainIsAHedgeNotABooster) {
  const auto r = rules().analyze("It is not certain.");
  EXPECT_EQ(texts(r, kHedge), (Strings{"certain"}));
  EXPECT_TRUE(texts(r, kBooster).empty());
  const auto* m = find_match(r, "certain", kHedge);
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->negated);
  EXPECT_EQ(r.document().negated, 1u);
  const auto s = rules().score_sentence("It is not certain.");
  EXPECT_EQ(s.count[kHedge], 1u);
  EXPECT_EQ(s.count[kBooster], 0u);
}

TEST(NegationRule, PlainBoosterStaysABooster) {
  const auto r = rules().analyze("It is certain.");
  EXPECT_EQ(texts(r, kBooster), (Strings{"certain"}));
  EXPECT_FALSE(find_match(r, "certain", kBooster)->negated);
}

TEST(NegationRule, ContractedNegatorAndWindow) {
  EXPECT_EQ(rules().score_sentence("It isn't certain.").count[kHedge], 1u);
  // within 3 tokens after the negator
  EXPECT_EQ(rules().score_sentence("It is never certain.").count[kHedge], 1u);             // 1st token after
  EXPECT_EQ(rules().score_sentence("It is never quite so certain.").count[kHedge], 1u);    // 3rd token after
  EXPECT_EQ(rules().score_sentence("It is never quite as fully certain.").count[kBooster], 1u);  // 4th
  EXPECT_EQ(rules().score_sentence("It is not, in my view, certain.").count[kBooster], 1u);
  // A negator after the booster does not flip it.
  EXPECT_EQ(rules().score_sentence("Certainly not.").count[kBooster], 1u);
}

TEST(NegationRule, WindowOptionZeroDisablesNegation) {
  rhetor::AnalyzerOptions o;
  o.negation_window = 0;
  const Analyzer a(rules_lexicon(), o);
  const auto s = a.score_sentence("It is not certain.");
  EXPECT_EQ(s.count[kBooster], 1u);
  EXPECT_EQ(s.count[kHedge], 0u);
}

TEST(NegationRule, NegationDoesNotCrossSentences) {
  const auto r = rules().analyze("They said no. Certainly it works.");
  EXPECT_EQ(texts(r, kBooster), (Strings{"Certainly"}));
}

TEST(NoDoubtRule, NoDoubtBoostsAndDoubtIsNotAlsoCounted) {
  const auto r = rules().analyze("There is no doubt that it works.");
  EXPECT_EQ(texts(r, kBooster), (Strings{"no doubt"}));
  EXPECT_TRUE(texts(r, kHedge).empty()) << "\"doubt\" inside \"no doubt\" counted as a hedge";
  EXPECT_FALSE(find_match(r, "no doubt", kBooster)->negated) << "the \"no\" of \"no doubt\" negated it";
  const auto s = rules().score_sentence("There is no doubt that it works.");
  EXPECT_EQ(s.count[kBooster], 1u);
  EXPECT_EQ(s.count[kHedge], 0u);
  EXPECT_EQ(rules().score_sentence("There is some doubt.").count[kHedge], 1u);
}

// --- "May" the month ---------------------------------------------------------------

TEST(MayRule, CaseSensitiveMonthEntryStillMatches) {
  // The rule drops "May" as a hedge only; an @case "May" entry of another category is kept.
  const Analyzer a(Lexicon::from_string("[hedge]\nmay\n[date]\nMay @case\n"));
  const auto r = a.analyze("The vote is in May.");
  EXPECT_TRUE(texts(r, kHedge).empty());
  EXPECT_EQ(texts(r, static_cast<rhetor::CategoryId>(a.category_id("date"))), (Strings{"May"}));
  EXPECT_EQ(a.score_sentence("Prices may rise.").count[static_cast<std::size_t>(a.category_id("date"))], 0u);
}

TEST(MayRule, MonthIsNoHedge) {
  EXPECT_EQ(rules().score_sentence("The vote is in May.").count[kHedge], 0u);
  EXPECT_EQ(rules().score_sentence("The vote is on 5 May, they said.").count[kHedge], 0u);
  EXPECT_EQ(rules().score_sentence("May 5 was the date.").count[kHedge], 0u);
  const auto r = rules().analyze("Elections were held in May. May 9 is a holiday.");
  EXPECT_TRUE(texts(r, kHedge).empty());
}

TEST(MayRule, ModalMayIsAHedge) {
  EXPECT_EQ(rules().score_sentence("Prices may rise.").count[kHedge], 1u);
  EXPECT_EQ(rules().score_sentence("May I ask a question?").count[kHedge], 1u);
  EXPECT_EQ(rules().score_sentence("They may fail in May.").count[kHedge], 1u);
  const auto r = rules().analyze("They may fail in May.");
  ASSERT_EQ(texts(r, kHedge), (Strings{"may"}));
}

// --- intensifiers -------------------------------------------------------------------

TEST(IntensifierRule, RaisesTheLoadedWeight) {
  const auto r = rules().analyze("An utterly corrupt regime.");
  const auto* corrupt = find_match(r, "corrupt", kLoaded);
  ASSERT_NE(corrupt, nullptr);
  EXPECT_FLOAT_EQ(corrupt->weight, 3.0f);  // 2 x 1.5
  EXPECT_TRUE(corrupt->intensified);
  const auto* regime = find_match(r, "regime", kLoaded);
  ASSERT_NE(regime, nullptr);
  EXPECT_FLOAT_EQ(regime->weight, 1.0f);  // not right after an intensifier
  EXPECT_FALSE(regime->intensified);
  EXPECT_DOUBLE_EQ(r.document().by_category[kLoaded].weight, 4.0);
  EXPECT_EQ(r.document().intensified, 1u);
  const auto s = rules().score_sentence("An utterly corrupt regime.");
  EXPECT_FLOAT_EQ(s.weight[kLoaded], 4.0f);
}

TEST(IntensifierRule, OnlyRightBeforeTheMatch) {
  const auto r = rules().analyze("A corrupt regime, utterly.");
  EXPECT_FLOAT_EQ(find_match(r, "corrupt", kLoaded)->weight, 2.0f);
  const auto r2 = rules().analyze("An utterly, corrupt regime.");
  EXPECT_FLOAT_EQ(find_match(r2, "corrupt", kLoaded)->weight, 2.0f);
}

TEST(IntensifierRule, FactorOption) {
  rhetor::AnalyzerOptions o;
  o.intensifier_factor = 2.0f;
  const Analyzer a(rules_lexicon(), o);
  EXPECT_FLOAT_EQ(a.score_sentence("A very corrupt man.").weight[kLoaded], 4.0f);
}

TEST(IntensifierRule, DoesNotApplyToOtherCategories) {
  const auto r = rules().analyze("It is very likely and very certain.");
  for (const auto& m : r.matches()) {
    EXPECT_FLOAT_EQ(m.weight, 1.0f) << r.text(m.span);
    EXPECT_FALSE(m.intensified);
  }
}

// --- voice ------------------------------------------------------------------------

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
  EXPECT_DOUBLE_EQ(L.quoted_weight, 3.0);
  EXPECT_GT(r.document().quoted_tokens, 0u);
  const auto s = rules().score_sentence(text);
  EXPECT_EQ(s.loaded_author, 1u);
  EXPECT_EQ(s.loaded_quoted, 2u);
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

// --- scare quotes -------------------------------------------------------------------

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

// --- colon quotes ----------------------------------------------------------------------

TEST(ColonQuoteRule, ColonBeforeAQuotationIsAnAttributionCue) {
  const auto r = rules().analyze("Danilov: \u201CWe will win.\u201D");
  ASSERT_EQ(r.attributions().size(), 1u);
  const auto& a = r.attributions()[0];
  EXPECT_EQ(r.text(a.cue), ":");
  ASSERT_TRUE(a.source.has_value());
  EXPECT_EQ(r.text(*a.source), "Danilov");
  ASSERT_TRUE(a.content.has_value());
  EXPECT_EQ(r.text(*a.content), "We will win.");
  const auto& cue = r.matches()[a.cue_match];
  EXPECT_EQ(cue.category, kAttribution);
  EXPECT_EQ(cue.entry, nullptr);
}

TEST(ColonQuoteRule, NoExtraCueWhenAVerbIsThere) {
  const auto r = rules().analyze("Danilov said: \u201CWe will win.\u201D");
  ASSERT_EQ(r.attributions().size(), 1u);
  EXPECT_EQ(r.text(r.attributions()[0].cue), "said");
}

// --- matching ------------------------------------------------------------------------

TEST(Matching, LongestMatchWins) {
  const auto r = rules().analyze("The war machine rolled on. The war ended.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"war machine", "war"}));
  EXPECT_FLOAT_EQ(find_match(r, "war machine", kLoaded)->weight, 2.0f);
}

TEST(Matching, NoDoubleCountingWithinACategoryButAcrossCategories) {
  const Analyzer a(Lexicon::from_string(
      "[loaded]\ncorrupt regime =3\nregime\ncorrupt\n[fear]\nregime\n"));
  const auto r = a.analyze("A corrupt regime.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"corrupt regime"}));
  EXPECT_EQ(texts(r, 4), (Strings{"regime"}));  // another category may overlap
  EXPECT_EQ(r.document().by_category[kLoaded].count, 1u);
  EXPECT_DOUBLE_EQ(r.document().by_category[kLoaded].weight, 3.0);
}

TEST(Matching, LeftmostMatchWinsOverlaps) {
  const Analyzer a(Lexicon::from_string("[loaded]\nwitch hunt\nhunt for votes\n"));
  const auto r = a.analyze("A witch hunt for votes.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"witch hunt"}));
}

TEST(Matching, HedgeAndBoosterShareALane) {
  const Analyzer a(Lexicon::from_string("[hedge]\ndoubt\nclear\n[booster]\nno doubt\nit is clear\n"));
  const auto r = a.analyze("No doubt it is clear.");
  EXPECT_EQ(texts(r, kBooster), (Strings{"No doubt", "it is clear"}));
  EXPECT_TRUE(texts(r, kHedge).empty());
}

TEST(Matching, Wildcard) {
  const auto r = rules().analyze("Nazis and Nazism, NAZI symbols, a nazi, but not Anazi or Naz.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"Nazis", "Nazism", "NAZI", "nazi"}));
  for (const auto& m : r.matches()) EXPECT_FLOAT_EQ(m.weight, 2.5f);
}

TEST(Matching, WildcardInsidePhrase) {
  const Analyzer a(Lexicon::from_string("[loaded]\nwitch hunt*\n"));
  EXPECT_EQ(texts(a.analyze("Witch hunts again; a witch hunter; a witch."), kLoaded),
            (Strings{"Witch hunts", "witch hunter"}));
}

TEST(Matching, CaseSensitiveEntries) {
  const auto r = rules().analyze("A puppet of the West. A puppet of the west. The West and the west wind.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"puppet of the West", "West"}));
}

TEST(Matching, MultiwordAcrossLineBreakWithinASentence) {
  const auto r = rules().analyze("It was a war\nmachine of sorts.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"war\nmachine"}));
}

TEST(Matching, PhrasesDoNotCrossSentences) {
  const auto r = rules().analyze("It was war. Machine guns fired.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"war"}));
}

TEST(Matching, ConstraintsNextWithClassesAndWords) {
  EXPECT_EQ(rules().score_sentence("About 30 people came.").count[kHedge], 1u);
  EXPECT_EQ(rules().score_sentence("about 1,200 people").count[kHedge], 1u);
  EXPECT_EQ(rules().score_sentence("about three hundred people").count[kHedge], 1u);  // number word
  EXPECT_EQ(rules().score_sentence("It is about the war.").count[kHedge], 0u);
  EXPECT_EQ(rules().score_sentence("What was it about?").count[kHedge], 0u);  // no next token but "?"
  const auto r = rules().analyze("About 30 came.");
  EXPECT_FLOAT_EQ(find_match(r, "About", kHedge)->weight, 0.5f);
}

TEST(Matching, ConstraintQuoteClass) {
  EXPECT_EQ(rules().score_sentence("She wrote \u201Cno\u201D on it.").count[kAttribution], 1u);
  EXPECT_EQ(rules().score_sentence("She wrote \"no\" on it.").count[kAttribution], 1u);
  EXPECT_EQ(rules().score_sentence("She wrote a letter.").count[kAttribution], 0u);
}

TEST(Matching, ConstraintPrevNegatedAndEndClass) {
  const Analyzer a(Lexicon::from_string(
      "[loaded]\nregime @!prev=the|a\n[booster]\nperiod @next=<end>\n[hedge]\nsome @next=<cap>\n"));
  EXPECT_EQ(a.score_sentence("The regime fell.").count[kLoaded], 0u);
  EXPECT_EQ(a.score_sentence("Putin's regime fell.").count[kLoaded], 1u);
  EXPECT_EQ(a.score_sentence("Regime change.").count[kLoaded], 1u);  // no previous token at all
  EXPECT_EQ(a.score_sentence("It is over, period").count[kBooster], 1u);
  EXPECT_EQ(a.score_sentence("It is over, period.").count[kBooster], 0u);
  EXPECT_EQ(a.score_sentence("The period ended.").count[kBooster], 0u);
  EXPECT_EQ(a.score_sentence("Some Democrats agreed.").count[kHedge], 1u);
  EXPECT_EQ(a.score_sentence("Some people agreed.").count[kHedge], 0u);
}

TEST(Matching, ConstraintClosedWordClasses) {
  const Analyzer a(Lexicon::from_string("[attribution]\nconsidered @!prev=<be>\n[hedge]\nlikely @prev=<modal>\n"));
  EXPECT_EQ(a.score_sentence("It is considered the biggest war.").count[kAttribution], 0u);
  EXPECT_EQ(a.score_sentence("It\u2019s considered the biggest war.").count[kAttribution], 0u);
  EXPECT_EQ(a.score_sentence("They were considered heroes.").count[kAttribution], 0u);
  EXPECT_EQ(a.score_sentence("He considered the offer.").count[kAttribution], 1u);
  EXPECT_EQ(a.score_sentence("It will likely rain.").count[kHedge], 1u);
  EXPECT_EQ(a.score_sentence("It\u2019ll likely rain.").count[kHedge], 1u);
  EXPECT_EQ(a.score_sentence("It is likely to rain.").count[kHedge], 0u);
}

TEST(Matching, ConstraintPunctAndPrevEnd) {
  const Analyzer a(Lexicon::from_string("[booster]\nclearly @prev=<end>|<punct>\n"));
  EXPECT_EQ(a.score_sentence("Clearly, it works.").count[kBooster], 1u);
  EXPECT_EQ(a.score_sentence("And, clearly, it works.").count[kBooster], 1u);
  EXPECT_EQ(a.score_sentence("It clearly works.").count[kBooster], 0u);
}

// --- normalization: case folding, accents, curly forms ------------------------------------

TEST(Normalization, CaseFoldingIncludingSharpS) {
  const auto r = rules().analyze("Die Stra\u00DFe, die STRASSE, die strasse.");
  EXPECT_EQ(texts(r, kLoaded).size(), 3u);
}

TEST(Normalization, AccentsComposedAndDecomposed) {
  const auto r = rules().analyze("A caf\u00E9, a CAF\u00C9, a cafe\u0301, but a cafe.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"caf\u00E9", "CAF\u00C9", "cafe\u0301"}));
}

TEST(Normalization, CurlyApostrophesMatchAsciiEntries) {
  const auto r = rules().analyze("He is NATO\u2019s puppet. He is NATO's puppet.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"NATO\u2019s puppet", "NATO's puppet"}));
}

TEST(Normalization, AsciiTextMatchesCurlyEntries) {
  // The entry is written "don’t care" with U+2019.
  const auto r = rules().analyze("They don't care. They don\u2019t care.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"don't care", "don\u2019t care"}));
}

TEST(Normalization, UnicodeHyphensMatchAsciiHyphen) {
  const auto r = rules().analyze("A pro-Kremlin site, a pro\u2010Kremlin blog, a pro\u2011Kremlin channel.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"pro-Kremlin", "pro\u2010Kremlin", "pro\u2011Kremlin"}));
}

TEST(Normalization, NonAsciiProperNouns) {
  const Analyzer a(Lexicon::from_string("[loaded]\nzelenskyy regime\nkyiv junta\n"));
  const auto r = a.analyze("The Zelenskyy regime and the KYIV junta.");
  EXPECT_EQ(texts(r, kLoaded), (Strings{"Zelenskyy regime", "KYIV junta"}));
}

// --- score_sentence ----------------------------------------------------------------------

TEST(ScoreSentence, DocExample) {
  const auto s = rules().score_sentence("It is likely, not certain.");
  EXPECT_EQ(s.count[kHedge], 2u);
  EXPECT_EQ(s.count[kBooster], 0u);
  EXPECT_EQ(s.tokens, 5u);
  EXPECT_EQ(s.matches, 2u);
  EXPECT_DOUBLE_EQ(s.density(kHedge), 40.0);
}

TEST(ScoreSentence, OutParameterIsOverwritten) {
  rhetor::SentenceScore s;
  rules().score_sentence("A corrupt regime, a war machine, certainly.", s);
  EXPECT_EQ(s.count[kLoaded], 3u);
  rules().score_sentence("Nothing here.", s);
  EXPECT_EQ(s.count[kLoaded], 0u);
  EXPECT_EQ(s.count[kBooster], 0u);
  EXPECT_FLOAT_EQ(s.weight[kLoaded], 0.0f);
  EXPECT_EQ(s.matches, 0u);
  EXPECT_EQ(s.tokens, 2u);
  EXPECT_EQ(s.loaded_author, 0u);
}

TEST(ScoreSentence, EmptyInput) {
  const auto s = rules().score_sentence("");
  EXPECT_EQ(s.tokens, 0u);
  EXPECT_EQ(s.matches, 0u);
  EXPECT_DOUBLE_EQ(s.density(kLoaded), 0.0);
}

// --- default pack smoke tests for behaviour the issue names explicitly -------------------

TEST(DefaultPackRules, NamedExamples) {
  const Analyzer a;
  EXPECT_GE(a.score_sentence("It is likely, not certain.").count[kHedge], 2u);
  const auto nd = a.score_sentence("There is no doubt that the city needs a second crossing.");
  EXPECT_GE(nd.count[kBooster], 1u);
  const auto r = a.analyze("There is no doubt that the city needs a second crossing.");
  for (const auto& m : r.matches())
    if (m.category == kHedge) ADD_FAILURE() << "hedge in a \"no doubt\" sentence: " << r.text(m.span);
  const auto may = a.analyze("The mayor should publish the contracts in May, before the budget vote.");
  for (const auto& m : may.matches())
    EXPECT_NE(may.text(m.span), "May") << "\"May\" the month was matched as " << m.category_name;
}

}  // namespace
