// The sense stage (src/sense_rules.cpp): @pos constraints judged on the
// tagger's UPOS tags, and loaded words inside proper names.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/error.hpp>
#include <rhetor/lexicon.hpp>
#include <rhetor/report.hpp>

#include <string>
#include <vector>

namespace {
using rhetor::Analyzer;
using rhetor::kLoaded;
using rhetor::Lexicon;
using Strings = std::vector<std::string>;

Strings loaded(const Analyzer& a, std::string_view text) {
  const auto r = a.analyze(text);
  Strings out;
  for (const auto& m : r.matches())
    if (m.category == kLoaded) out.emplace_back(r.text(m.span));
  return out;
}

const Analyzer& pos_rules() {
  static const Analyzer a(Lexicon::from_string(R"(
[loaded]
smear/smears/smeared @pos=VERB
stamp out @pos=VERB
thug/thugs @!pos=PROPN|VERB
beast
savage
RINO
Fourth Reich @case
)", "sense.lex"));
  return a;
}

TEST(PosConstraint, AllowsOnlyTheListedTags) {
  EXPECT_EQ(loaded(pos_rules(), "They smeared the senator in every ad."), (Strings{"smeared"}));
  EXPECT_TRUE(loaded(pos_rules(), "The smear on the glass was left by a child.").empty());
  EXPECT_EQ(loaded(pos_rules(), "They vowed to stamp out dissent."), (Strings{"stamp out"}));
}

TEST(PosConstraint, NegatedListExcludesTags) {
  EXPECT_EQ(loaded(pos_rules(), "A gang of thugs attacked the reporters."), (Strings{"thugs"}));
}

TEST(PosConstraint, HotPathAgreesWithAnalyze) {
  for (const char* s : {"They smeared the senator in every ad.", "The smear on the glass was left by a child."}) {
    const auto r = pos_rules().analyze(s);
    EXPECT_EQ(pos_rules().score_sentence(s).count[kLoaded], r.document().by_category[kLoaded].count) << s;
  }
}

TEST(ProperNameGuard, LoadedWordInsideANameIsDropped) {
  EXPECT_TRUE(loaded(pos_rules(), "The story was first reported by the Daily Beast on Monday.").empty());
  EXPECT_TRUE(loaded(pos_rules(), "A caller to the Michael Savage radio show disagreed.").empty());
}

TEST(ProperNameGuard, KeepsLowercaseAcronymsCaseEntriesAndHeadlines) {
  EXPECT_EQ(loaded(pos_rules(), "He called it a savage attack on the press."), (Strings{"savage"}));
  EXPECT_EQ(loaded(pos_rules(), "Of course, RINO Senator Flake voted no."), (Strings{"RINO"}));
  EXPECT_EQ(loaded(pos_rules(), "They warned of a Fourth Reich in Europe."), (Strings{"Fourth Reich"}));
  // title case: every word capitalized, capitals say nothing about names
  EXPECT_EQ(loaded(pos_rules(), "Senator Slams Savage Attack On Free Press"), (Strings{"Savage"}));
}

TEST(PosConstraintFormat, ParsesAndRejects) {
  const auto lex = Lexicon::from_string("[loaded]\nstamp out @pos=VERB|AUX\nthug @!pos=PROPN\n", "p.lex");
  ASSERT_EQ(lex.size(), 2u);
  const auto bit = [](rhetor::Upos u) { return 1u << static_cast<unsigned>(u); };
  EXPECT_EQ(lex.entries()[0].pos_allowed, bit(rhetor::Upos::VERB) | bit(rhetor::Upos::AUX));
  EXPECT_EQ(lex.entries()[1].pos_allowed & bit(rhetor::Upos::PROPN), 0u);
  EXPECT_NE(lex.entries()[1].pos_allowed & bit(rhetor::Upos::NOUN), 0u);
  try {
    (void)Lexicon::from_string("[loaded]\nsmear @pos=VERB|VRB\n", "bad.lex");
    FAIL() << "expected a LexiconError";
  } catch (const rhetor::LexiconError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.column(), 17u);  // at "VRB"
    EXPECT_NE(std::string(e.what()).find("unknown part-of-speech tag"), std::string::npos);
  }
  EXPECT_THROW((void)Lexicon::from_string("[loaded]\nsmear @pos=VERB @pos=NOUN\n", "twice.lex"), rhetor::LexiconError);
}

TEST(PosConstraintCheck, FlagsATagTheWordNeverHas) {
  const auto lex = Lexicon::from_string("[loaded]\nthe regime @pos=VERB\nsmear @pos=VERB\n", "check.lex");
  const auto issues = rhetor::check_lexicon(lex);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].kind, rhetor::LexiconIssue::Kind::unmatchable);
  EXPECT_EQ(issues[0].origin, "check.lex:2");
  EXPECT_NE(issues[0].message.find("always DET"), std::string::npos) << issues[0].message;
}

}  // namespace

// The default pack on neutral reporting: literal senses constrained as data
// (lexicons/en/classes.lex, class-literal-context / class-literal-cause).
namespace {
const Analyzer& english() {
  static const Analyzer a;
  return a;
}

TEST(DefaultPackLiteralSenses, NeutralWireCopyHasNoLoadedLanguage) {
  for (const char* s : {
           "Bad weather delayed flights at the airport on Monday.",
           "Forecasters said a weak disturbance could bring severe flooding to the coast.",
           "The fire destroyed three homes and the storm wrecked the pier.",
           "Investigators examined the plane wreckage for a second day.",
           "The story was first reported by the Daily Beast.",
           "Violent winds toppled trees across the county.",
           "The patient suffered a severe allergic reaction and bad back pain.",
           "The bomb exploded near the market, police said.",
           "About 300 people attended the meeting.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
}

TEST(DefaultPackLiteralSenses, EvaluativeUsesStillCount) {
  EXPECT_EQ(loaded(english(), "It was a bad decision by a weak leader."), (Strings{"bad", "weak"}));
  EXPECT_EQ(loaded(english(), "Their policies destroyed the middle class."), (Strings{"destroyed"}));
  EXPECT_EQ(loaded(english(), "It was the harshest attack yet from the hard left."), (Strings{"harshest", "the hard left"}));
}

// Law and crime reporting names offences (class-literal-legal); movement labels are descriptive.
TEST(DefaultPackLiteralSenses, LawAndCrimeReporting) {
  for (const char* s : {
           "He spent two years in the juvenile justice system.",
           "A virtual kidnapping scam is placing more residents at risk.",
           "The scam's victims were told to wire money.",
           "Closing arguments were heard in the defamation trial on Friday.",
           "Officials warned about price gouging before the storm.",
           "Police used pepper spray and blast balls to disperse the crowd.",
           "The hall contains a massive 840,000 square feet of space.",
           "White nationalists gathered in the park on Saturday.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "His juvenile remarks are a scam."), (Strings{"juvenile", "scam"}));
  EXPECT_EQ(loaded(english(), "The senator blasted the plan."), (Strings{"blasted"}));
  EXPECT_EQ(loaded(english(), "They are supremacists."), (Strings{"supremacists"}));
}

TEST(DefaultPackCategories, ApproximatorsAreNotHedges) {
  const auto r = english().analyze("About 300 people came, and it may rain.");
  const int approximator = english().category_id("approximator");
  ASSERT_GE(approximator, 0);
  std::vector<std::string> hedges, approx;
  for (const auto& m : r.matches()) {
    if (m.category == rhetor::kHedge) hedges.emplace_back(r.text(m.span));
    if (m.category == approximator) approx.emplace_back(r.text(m.span));
  }
  EXPECT_EQ(hedges, (Strings{"may"}));
  EXPECT_EQ(approx, (Strings{"About"}));
}

TEST(DefaultPackBoosters, BroadenedCertaintyPhrases) {
  for (const char* s : {"It now seems clear that he lied.", "There's little doubt about it.",
                        "It is abundantly clear that they knew.", "Of course they knew."}) {
    const auto r = english().analyze(s);
    EXPECT_EQ(r.document().by_category[rhetor::kBooster].count, 1u) << s;
  }
}
}  // namespace

namespace {
TEST(DefaultPackHedges, PurposeCouldIsNoHedge) {
  const auto r = english().analyze("They built a ramp so that it could be used by everyone. It could rain.");
  std::vector<std::string> hedges;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kHedge) hedges.emplace_back(r.text(m.span));
  EXPECT_EQ(hedges, (Strings{"could"}));
  EXPECT_EQ(r.matches().back().sentence, 1u);
}
}  // namespace

namespace {
TEST(DefaultPackHedges, LiteralAppearIsNoHedge) {
  const auto r = english().analyze("He appeared. Later the singer appeared, smiling. It appears, however, that he lied.");
  std::vector<std::string> hedges;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kHedge) hedges.emplace_back(r.text(m.span));
  EXPECT_EQ(hedges, (Strings{"It appears"}));
}
}  // namespace
