#include "sense_rules.hpp"

#include <algorithm>

#include "compiled_lexicon.hpp"
#include "rhetor/report.hpp"

namespace rhetor::detail {

namespace {

const LexiconEntry* entry_of(const CompiledLexicon& lex, const RawMatch& m) {
  return m.entry ? &lex.lexicon.entries()[m.entry->entry] : nullptr;
}

bool capitalized_word(const Scratch& s, std::uint32_t k) {
  return (s.info[k].flags & (kFlagCap | kFlagWord)) == (kFlagCap | kFlagWord);
}

// Headlines and titles capitalize every word: there capitals say nothing about
// names. Counted once per sentence, when a match first asks (a sentence may be
// a whole document: asking per match would be quadratic).
class TitleCase {
 public:
  TitleCase(std::uint32_t begin, std::uint32_t end, const Scratch& s) : begin_(begin), end_(end), s_(s) {}
  bool operator()() {
    if (known_ < 0) {
      std::uint32_t words = 0, capitalized = 0;
      for (std::uint32_t k = begin_; k < end_; ++k)
        if (s_.info[k].flags & kFlagWord) {
          ++words;
          capitalized += capitalized_word(s_, k);
        }
      known_ = words >= 4 && capitalized * 5 >= words * 3;
    }
    return known_ != 0;
  }

 private:
  std::uint32_t begin_, end_;
  const Scratch& s_;
  int known_ = -1;
};

// An acronym ("RINO") is a label, not part of a name.
bool all_caps(std::string_view text, const Token& t) {
  const std::string_view w = text.substr(t.span().begin, t.span().size());
  return w.size() > 1 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A one-word loaded match that could be part of a name: capitalized (not an
// acronym), with a capitalized word right before or after it, in a sentence
// that is not in title case. Multiword entries are phrases chosen as loaded
// ("Kavanaugh Derangement Syndrome"), not words caught inside a name.
bool name_candidate(std::string_view text, const LexiconEntry& e, const RawMatch& m, std::uint32_t begin,
                    std::uint32_t end, const Scratch& s, TitleCase& title_case) {
  if (m.category != kLoaded || e.case_sensitive || m.end != m.begin + 1) return false;
  if (!capitalized_word(s, m.begin) || all_caps(text, s.tokens[m.begin])) return false;
  const bool next_to_capital =
      (m.begin > begin && capitalized_word(s, m.begin - 1)) || (m.end < end && capitalized_word(s, m.end));
  return next_to_capital && !title_case();
}

bool propn(const Scratch& s, std::uint32_t k) { return s.tokens[k].pos == Upos::PROPN; }

// The match is tagged PROPN and a capitalized neighbour is a name word too:
// tagged PROPN, or capitalized although it does not open the sentence (the
// tagger often calls the first word of "the Daily Beast" an adjective).
bool inside_name(const RawMatch& m, std::uint32_t begin, std::uint32_t end, const Scratch& s) {
  if (!propn(s, m.begin)) return false;
  auto name_word = [&](std::uint32_t k) { return capitalized_word(s, k) && (propn(s, k) || k > begin); };
  return (m.begin > begin && name_word(m.begin - 1)) || (m.end < end && name_word(m.end));
}

}  // namespace

bool sense_needs_tags(const CompiledLexicon& lex, std::string_view text, std::uint32_t begin, std::uint32_t end, const Scratch& s) {
  TitleCase title_case(begin, end, s);
  for (const RawMatch& m : s.matches) {
    const LexiconEntry* e = entry_of(lex, m);
    if (e && (e->pos_allowed || name_candidate(text, *e, m, begin, end, s, title_case))) return true;
  }
  return false;
}

void apply_sense_rules(const CompiledLexicon& lex, std::string_view text, std::uint32_t begin, std::uint32_t end, Scratch& s) {
  TitleCase title_case(begin, end, s);
  auto pos_allows = [&](const LexiconEntry& e, const RawMatch& m) {
    return !e.pos_allowed || (e.pos_allowed & (1u << static_cast<unsigned>(s.tokens[m.begin].pos)));
  };
  auto rejected = [&](RawMatch& m) {
    const LexiconEntry* e = entry_of(lex, m);
    if (!e) return false;
    if (!pos_allows(*e, m)) {
      // Another entry of the same form whose @pos allows the tag ("lie/lies @!pos=VERB"
      // and "lie/lies @pos=VERB @next=to"), with its own constraints holding.
      const CompiledEntry* alt = m.entry;
      while ((alt = same_form_alternative(lex, s, alt, m, begin, end)))
        if (pos_allows(lex.lexicon.entries()[alt->entry], m) &&
            window_constraints_hold(lex, s, alt->entry, m.begin, m.end, begin, end))
          break;
      if (!alt) return true;
      if (m.entry->weight != 0) m.weight = m.weight / m.entry->weight * alt->weight;  // keeps the context's factor
      m.entry = alt;
      e = entry_of(lex, m);
    }
    return name_candidate(text, *e, m, begin, end, s, title_case) && inside_name(m, begin, end, s);
  };
  std::size_t kept = 0;
  for (RawMatch& m : s.matches)
    if (!rejected(m)) s.matches[kept++] = m;
  s.matches.resize(kept);
}

}  // namespace rhetor::detail
