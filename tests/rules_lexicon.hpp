// A small inline lexicon for the rule and matching tests, so that they do not
// depend on the default pack; shared by analyzer_test, context_rules_test and
// quotes_test.
#pragma once

#include <rhetor/analyzer.hpp>
#include <rhetor/lexicon.hpp>
#include <rhetor/report.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace rhetor::test_rules {

using rhetor::Analyzer;
using rhetor::kBooster;
using rhetor::kHedge;
using rhetor::kLoaded;
using rhetor::kAttribution;
using rhetor::Lexicon;
using rhetor::Voice;
using Strings = std::vector<std::string>;

inline constexpr const char* kRules = R"(
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

inline const Lexicon& rules_lexicon() {
  static const Lexicon lex = Lexicon::from_string(kRules, "rules.lex");
  return lex;
}

inline const Analyzer& rules() {
  static const Analyzer a(rules_lexicon());
  return a;
}

inline Strings texts(const rhetor::Report& r, rhetor::CategoryId c) {
  Strings out;
  for (const auto& m : r.matches())
    if (m.category == c) out.emplace_back(r.text(m.span));
  return out;
}

inline const rhetor::Match* find_match(const rhetor::Report& r, std::string_view text, rhetor::CategoryId c) {
  for (const auto& m : r.matches())
    if (m.category == c && r.text(m.span) == text) return &m;
  return nullptr;
}

}  // namespace rhetor::test_rules
