// Pattern word syntax that generates forms (src/word_forms.cpp): `lemma~adj`,
// `~verb`, `~noun`, `[a|b]?` optional slots, `[a|b]` slots, and <class-NAME>
// in constraint lists. Tested through LexiconEntry::expansions() and matching.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/error.hpp>
#include <rhetor/lexicon.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace {
using rhetor::Lexicon;

std::set<std::string> forms_of(std::string_view line) {
  const auto lex = Lexicon::from_string("[loaded]\n" + std::string(line) + "\n", "forms.lex");
  std::set<std::string> out;
  for (const auto& words : lex.entries().at(0).expansions()) {
    std::string f;
    for (const auto& w : words) f += (f.empty() ? "" : " ") + w;
    out.insert(f);
  }
  return out;
}

using Set = std::set<std::string>;

TEST(WordForms, Adjectives) {
  EXPECT_EQ(forms_of("harsh~adj"), (Set{"harsh", "harsher", "harshest", "harshly"}));
  EXPECT_EQ(forms_of("angry~adj"), (Set{"angry", "angrier", "angriest", "angrily"}));
  EXPECT_EQ(forms_of("vile~adj"), (Set{"vile", "viler", "vilest", "vilely"}));
  EXPECT_EQ(forms_of("big~adj"), (Set{"big", "bigger", "biggest", "bigly"}));
  EXPECT_EQ(forms_of("terrible~adj"), (Set{"terrible", "terribler", "terriblest", "terribly"}));
  EXPECT_EQ(forms_of("cynic~adj").count("cynically"), 1u);
}

TEST(WordForms, VerbsAndNouns) {
  EXPECT_EQ(forms_of("smear~verb"), (Set{"smear", "smears", "smeared", "smearing"}));
  EXPECT_EQ(forms_of("ban~verb"), (Set{"ban", "bans", "banned", "banning"}));
  EXPECT_EQ(forms_of("demonize~verb"), (Set{"demonize", "demonizes", "demonized", "demonizing"}));
  EXPECT_EQ(forms_of("bully~verb"), (Set{"bully", "bullies", "bullied", "bullying"}));
  EXPECT_EQ(forms_of("target~verb").count("targeted"), 1u);  // two syllables: no doubling
  EXPECT_EQ(forms_of("witch~noun"), (Set{"witch", "witches"}));
  EXPECT_EQ(forms_of("crony~noun"), (Set{"crony", "cronies"}));
  EXPECT_EQ(forms_of("lackey~noun"), (Set{"lackey", "lackeys"}));
  EXPECT_EQ(forms_of("buffoon~noun/buffoonish"), (Set{"buffoon", "buffoons", "buffoonish"}));
}

TEST(WordForms, OptionalAndRequiredSlots) {
  EXPECT_EQ(forms_of("the [hard|far|radical]? left"), (Set{"the left", "the hard left", "the far left", "the radical left"}));
  EXPECT_EQ(forms_of("a [total|complete] disgrace"), (Set{"a total disgrace", "a complete disgrace"}));
  EXPECT_EQ(forms_of("utter~adj [moral]? failure~noun").size(), 2u * 2u * 4u);
}

TEST(WordForms, MatchesInText) {
  const rhetor::Analyzer a(Lexicon::from_string("[loaded]\nthe [hard|far]? left\nharsh~adj\n", "m.lex"));
  const auto r = a.analyze("The hard left was harsher than ever.");
  std::vector<std::string> got;
  for (const auto& m : r.matches()) got.emplace_back(r.text(m.span));
  EXPECT_EQ(got, (std::vector<std::string>{"The hard left", "harsher"}));
}

TEST(WordForms, SyntaxErrorsNameTheColumn) {
  auto column_of = [](std::string_view line) -> std::size_t {
    try {
      (void)Lexicon::from_string("[loaded]\n" + std::string(line) + "\n", "e.lex");
    } catch (const rhetor::LexiconError& e) {
      EXPECT_EQ(e.line(), 2u);
      return e.column();
    }
    return 0;
  };
  EXPECT_EQ(column_of("the [hard|far left"), 5u);      // no ']'
  EXPECT_EQ(column_of("the [hard|far]! left"), 15u);   // only '?' after ']'
  EXPECT_EQ(column_of("the [hard/far]? left"), 10u);   // '|' inside [...]
  EXPECT_EQ(column_of("harsh~adjective"), 6u);         // unknown form kind
  EXPECT_EQ(column_of("the [|far]? left"), 6u);        // empty alternative
}

TEST(ClassConstraint, ExpandsThePacksClassAndChecksIt) {
  const auto lex = Lexicon::from_string(R"([class-weather]
storm/storms
weather
[loaded]
bad @!next=<class-weather>
violent @next=<class-nowhere>
)", "c.lex");
  const rhetor::Analyzer a(lex);
  EXPECT_EQ(a.analyze("The bad weather closed the roads.").matches().size(), 0u);
  EXPECT_EQ(a.analyze("It was a bad decision.").matches().size(), 1u);
  const auto issues = rhetor::check_lexicon(lex);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].origin, "c.lex:6");
  EXPECT_NE(issues[0].message.find("<class-nowhere>"), std::string::npos);
}

}  // namespace
