// rhetor/analyzer.hpp: construction, matching (longest match, lanes,
// wildcards, @case, multiword, constraints, normalization) and the hot path.
// The context rules are in context_rules_test.cpp, quotations in quotes_test.cpp.
#include <gtest/gtest.h>

#include <limits>

#include <rhetor/analyzer.hpp>
#include <rhetor/error.hpp>
#include <rhetor/lexicon.hpp>
#include <rhetor/report.hpp>

#include <rhetor/tagger.hpp>

#include <string>
#include <thread>
#include <vector>

#include "matcher.hpp"
#include "rules_lexicon.hpp"
#include "tagger_features.hpp"
#include "test_support.hpp"

namespace {
using namespace rhetor::test_rules;

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
  const auto word_classes = std::count_if(rules_lexicon().entries().begin(), rules_lexicon().entries().end(),
                                          [](const auto& e) { return e.category.starts_with("class-"); });
  EXPECT_GT(a.compiled_forms(), rules_lexicon().size() - word_classes);  // may/might expands; classes are no forms
}

TEST(AnalyzerBasics, RejectsFactorsOutOfRange) {
  for (float bad : {-1.0f, 11.0f, std::numeric_limits<float>::quiet_NaN()}) {
    rhetor::AnalyzerOptions o;
    o.quoted_loaded_factor = bad;
    EXPECT_THROW(rhetor::Analyzer(rules_lexicon(), o), rhetor::AnalyzerError) << bad;
    o = {};
    o.intensifier_factor = bad;
    EXPECT_THROW(rhetor::Analyzer(rules_lexicon(), o), rhetor::AnalyzerError) << bad;
  }
  rhetor::AnalyzerOptions zero;
  zero.quoted_loaded_factor = 0.0f;  // quoted loaded language counted, weighing nothing
  EXPECT_NO_THROW(rhetor::Analyzer(rules_lexicon(), zero));
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

namespace {
// A clitic written alone as an alternative matches the clitic token of "It's" (issue 8).
TEST(Matching, ContractedAlternativesMatch) {
  const Analyzer a(Lexicon::from_string("[booster]\nit is/'s clear that\ni am/'m convinced\nwe are/’re certain\n"));
  const auto r = a.analyze("It's clear that he lied. I’m convinced. We're certain.");
  EXPECT_EQ(texts(r, kBooster), (Strings{"It's clear that", "I’m convinced", "We're certain"}));
}

// "utterly" is an intensifier in the default pack, not also a loaded match (issue 8).
TEST(DefaultPackRules, IntensifierIsNotCountedTwice) {
  const Analyzer a;
  const auto r = a.analyze("That was utterly disgraceful.");
  const auto loaded = texts(r, kLoaded);
  ASSERT_EQ(loaded, Strings{"disgraceful"});
  for (const auto& m : r.matches())
    if (m.category == kLoaded) EXPECT_TRUE(m.intensified);
}
// --- per-thread scratch (issue 10) ----------------------------------------------
// Each check runs on a fresh thread, so that its scratch starts empty.

TEST(AnalyzerScratch, IsKeptForSmallInputsAndReleasedAfterAHugeOne) {
  using rhetor::detail::kScratchRetainBytes;
  using rhetor::detail::thread_scratch_bytes;
  const rhetor::Analyzer analyzer;
  const std::string article = rhetor::test::read_repo("examples/sample-op-ed.txt");
  std::thread([&] {
    const std::size_t article_matches = analyzer.analyze(article).matches().size();
    const std::size_t warm = thread_scratch_bytes();
    EXPECT_GT(warm, 0u);  // kept: the next article reuses it
    EXPECT_LE(warm, kScratchRetainBytes);

    std::string huge;
    // enough tokens (about one per 5-6 bytes) for their TokenInfo alone to pass the bound
    const std::size_t huge_bytes = kScratchRetainBytes / sizeof(rhetor::detail::TokenInfo) * 7;
    while (huge.size() < huge_bytes) huge += article + "\n\n";
    const rhetor::Report r = analyzer.analyze(huge);
    // The scratch holds one TokenInfo per token, so this analysis grew it past the bound...
    ASSERT_GT(r.tokens().size() * sizeof(rhetor::detail::TokenInfo), kScratchRetainBytes);
    // ...and gave all of it back when it ended (less than an article's worth is left).
    EXPECT_LT(thread_scratch_bytes(), warm);

    (void)analyzer.score_sentence(huge);  // the hot path on the same text: released too
    EXPECT_LT(thread_scratch_bytes(), warm);
    EXPECT_EQ(analyzer.analyze(article).matches().size(), article_matches);  // and works as before
  }).join();
}

TEST(AnalyzerScratch, TaggerBuffersAreReleasedAfterAHugeSentence) {
  using rhetor::detail::kScratchRetainBytes;
  std::string sentence = "The minister said that";
  while (sentence.size() < (std::size_t{3} << 20)) sentence += " the old dog barked at the quiet postman";
  std::thread([&] {
    std::vector<rhetor::Token> tokens;
    rhetor::tokenize(sentence, tokens);
    ASSERT_GT(tokens.size() * sizeof(rhetor::detail::TokenForms), kScratchRetainBytes);  // grown past the bound
    (void)rhetor::Tagger::english().tag("The minister said that the dog barked.");
    const std::size_t warm = rhetor::detail::tag_scratch_bytes();
    EXPECT_GT(warm, 0u);  // kept for the next sentence
    rhetor::Tagger::english().tag(sentence, tokens);
    EXPECT_EQ(rhetor::to_string(tokens[1].pos), "NOUN");
    EXPECT_LT(rhetor::detail::tag_scratch_bytes(), warm);  // all of it given back
  }).join();
}

}  // namespace
