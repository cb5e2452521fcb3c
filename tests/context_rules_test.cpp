// The context-rules stage (src/context_rules.cpp): negation, "no doubt",
// "May" the month, intensifiers, "stated:" and colon quotations.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/error.hpp>
#include <rhetor/lexicon.hpp>
#include <rhetor/report.hpp>

#include <string>
#include <vector>

#include "rules_lexicon.hpp"

namespace {
using namespace rhetor::test_rules;

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

TEST(ColonQuoteRule, ColonBeforeAQuotationIsAnAttributionCue) {
  const auto r = rules().analyze("Danilov: \u201CWe will win.\u201D");
  ASSERT_EQ(r.attributions().size(), 1u);
  const auto& a = r.attributions()[0];
  EXPECT_EQ(r.text(a.cue), ":");
  ASSERT_TRUE(a.source.has_value());
  EXPECT_EQ(r.text(*a.source), "Danilov");
  ASSERT_TRUE(a.content.has_value());
  EXPECT_EQ(r.text(*a.content), "\u201CWe will win.\u201D");
  const auto& cue = r.matches()[a.cue_match];
  EXPECT_EQ(cue.category, kAttribution);
  EXPECT_EQ(cue.entry, nullptr);
}

TEST(ColonQuoteRule, NoExtraCueWhenAVerbIsThere) {
  const auto r = rules().analyze("Danilov said: \u201CWe will win.\u201D");
  ASSERT_EQ(r.attributions().size(), 1u);
  EXPECT_EQ(r.text(r.attributions()[0].cue), "said");
  // a short adjunct between the verb and the colon is still one event
  const auto adjunct = rules().analyze("She said in the new interview: \u201CWe may have been visited.\u201D");
  ASSERT_EQ(adjunct.attributions().size(), 1u);
  EXPECT_EQ(adjunct.text(adjunct.attributions()[0].cue), "said");
}

}  // namespace

namespace {
// @after / @before: a word within rhetor::kConstraintWindow tokens of the match.
const rhetor::Analyzer& window_rules() {
  static const rhetor::Analyzer a(rhetor::Lexicon::from_string(R"([loaded]
destroyed @!after=homes|city @!before=storm|fire
crushed @after=dissent|opposition
)", "window.lex"));
  return a;
}

TEST(WindowConstraint, NegatedWindowsDropLiteralSenses) {
  EXPECT_EQ(window_rules().score_sentence("The quake destroyed three hundred homes.").count[kLoaded], 0u);
  EXPECT_EQ(window_rules().score_sentence("It destroyed three hundred and forty homes.").count[kLoaded], 1u);  // 5th token
  EXPECT_EQ(window_rules().score_sentence("The quake destroyed the old city.").count[kLoaded], 0u);
  EXPECT_EQ(window_rules().score_sentence("The storm, which struck at dawn, destroyed it.").count[kLoaded], 1u);  // storm too far
  EXPECT_EQ(window_rules().score_sentence("The fire quickly destroyed it.").count[kLoaded], 0u);
  EXPECT_EQ(window_rules().score_sentence("Their policies destroyed the middle class.").count[kLoaded], 1u);
}

TEST(WindowConstraint, RequiredWindowAndAnalyzeAgree) {
  EXPECT_EQ(texts(window_rules().analyze("The regime crushed all dissent."), kLoaded), (Strings{"crushed"}));
  EXPECT_TRUE(texts(window_rules().analyze("The car crushed a can."), kLoaded).empty());
}

TEST(WindowConstraint, ParsesAndNamesBadFlags) {
  const auto lex = rhetor::Lexicon::from_string("[loaded]\nx @!after=a|b @before=c\n", "w.lex");
  ASSERT_EQ(lex.entries()[0].constraints.size(), 2u);
  EXPECT_EQ(lex.entries()[0].constraints[0].where, rhetor::Constraint::Where::after);
  EXPECT_TRUE(lex.entries()[0].constraints[0].negated);
  EXPECT_EQ(lex.entries()[0].constraints[1].where, rhetor::Constraint::Where::before);
  EXPECT_THROW((void)rhetor::Lexicon::from_string("[loaded]\nx @around=a\n", "w.lex"), rhetor::LexiconError);
  const auto clause = rhetor::Lexicon::from_string("[loaded]\nx @!clause-before=a\n", "w.lex");
  EXPECT_EQ(clause.entries()[0].constraints[0].where, rhetor::Constraint::Where::clause_before);
  EXPECT_TRUE(clause.entries()[0].constraints[0].negated);
}

// @clause-before: the before window stops at the nearest quotation mark, colon, semicolon
// or comma, except a comma right after a listed word ("the critics said, ...").
const rhetor::Analyzer& clause_rules() {
  static const rhetor::Analyzer a(rhetor::Lexicon::from_string(R"([loaded]
rigged @!clause-before=said|says
)", "clause.lex"));
  return a;
}

TEST(WindowConstraint, ClauseBeforeStopsAtACommaColonOrQuotationMark) {
  auto n = [](std::string_view t) { return clause_rules().score_sentence(t).count[kLoaded]; };
  EXPECT_EQ(n("The critics said it was rigged."), 0u);
  EXPECT_EQ(n("said Ortiz, who rigged it."), 1u);             // the comma cuts the window
  EXPECT_EQ(n("He said: it was rigged."), 1u);                // so does a colon
  EXPECT_EQ(n("He said \u201Cthey rigged it.\u201D"), 1u);  // and a quotation mark
  EXPECT_EQ(n("The critics said, it was rigged."), 0u);       // not a comma right after "said"
  EXPECT_EQ(n("Reform, they said, was rigged."), 0u);
}
}  // namespace
