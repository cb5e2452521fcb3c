#include "context_rules.hpp"

#include <algorithm>
#include <cstring>

namespace rhetor::detail {

// Tokens between a cue and a colon that still make one event ("added in the new interview:").
constexpr std::uint32_t kColonSameEventWindow = 5;
// Words of the name in a post's signature ("Donald J. Trump").
constexpr std::uint32_t kMaxSignatureName = 8;
// Tokens of a handle ("@Soph_Clyde_2": Soph _ Clyde _ 2; 15 characters at most).
constexpr std::uint32_t kMaxHandleTokens = 15;

namespace {

// An embedded social-media post ends in its signature: "... — Paul Ryan
// (@SpeakerRyan) July 5, 2016". The dash is a rule-made cue; the linker takes
// the name as the source and the post before it as the content.
bool embedded_post_signature(std::string_view text, std::uint32_t k, std::uint32_t end, const Scratch& s) {
  auto word = [&](std::uint32_t i) {
    const Span sp = s.tokens[i].span();
    return text.substr(sp.begin, sp.size());
  };
  const std::string_view dash = word(k);
  std::uint32_t j = k + 1;
  if (dash == "-" && j < end && word(j) == "-") ++j;  // "--"
  else if (dash != "\u2014" && dash != "\u2013" && dash != "-") return false;
  const std::uint32_t name = j;
  // The display name: words in any case, numbers and the marks people put in
  // them ("Lil Chano From 79th", "WESH 2 News", "amani."), up to the "(" of
  // the handle ("#NBC7 San Diego", "???Steff???" too); it holds a word or a number.
  bool has_word = false;
  for (; j < end && j - name < kMaxSignatureName; ++j) {
    const std::string_view w = word(j);
    if (w == "(" || w == "@" || w == "\u2014" || w == "\u2013" || (s.info[j].flags & kFlagQuote)) break;
    has_word |= (s.info[j].flags & (kFlagWord | kFlagNum)) != 0;
  }
  if (!(has_word && j > name && j + 2 < end && word(j) == "(")) return false;
  // "@acme" is one token with the ICU segmenter
  if (word(j + 1).size() > 1 && word(j + 1)[0] == '@') return word(j + 2) == ")";
  if (!(j + 3 < end && word(j + 1) == "@")) return false;
  // The handle: letters, digits and '_', which the scanner splits off ("@H_Combs": H _ Combs).
  std::uint32_t h = j + 2;
  for (; h < end && h < j + 2 + kMaxHandleTokens && ((s.info[h].flags & kFlagWord) || word(h) == "_") &&
         (h == j + 2 || s.tokens[h].span().begin == s.tokens[h - 1].span().end);
       ++h) {
  }
  return h > j + 2 && h < end && word(h) == ")" && (s.info[h - 1].flags & kFlagWord || word(h - 1) == "_");
}

}  // namespace

void add_embedded_post_cues(std::string_view text, std::uint32_t begin, std::uint32_t end, Scratch& s) {
  if (begin >= end) return;
  // A signature holds an "@handle": a sentence without '@' (nearly all) is passed
  // with one memchr over its bytes instead of a look at each of its tokens.
  const std::uint32_t first = s.tokens[begin].span().begin, last = s.tokens[end - 1].span().end;
  if (!std::memchr(text.data() + first, '@', last - first)) return;
  const std::size_t before = s.matches.size();
  for (std::uint32_t k = begin; k < end; ++k) {
    if (!(s.info[k].flags & kFlagPunct)) continue;
    const char first = text[s.tokens[k].span().begin];
    if ((first == '-' || first == '\xE2') && embedded_post_signature(text, k, end, s))
      s.matches.push_back({k, k + 1, nullptr, static_cast<std::int16_t>(kAttribution), 1.0f, false, false});
  }
  if (s.matches.size() > before)
    std::inplace_merge(s.matches.begin(), s.matches.begin() + static_cast<std::ptrdiff_t>(before), s.matches.end(),
                       [](const RawMatch& a, const RawMatch& b) { return a.begin < b.begin; });
}

void apply_context_rules(const CompiledLexicon& lex, std::string_view text, std::uint32_t begin, std::uint32_t end,
                         Scratch& s) {
  const TokenInfo* const info = s.info.data();
  // Per token of the sentence (index k - begin): what ends there. One pass over
  // the context matches fills it; each rule then reads a fixed window.
  std::vector<std::uint8_t>& ends = s.rule_marks;
  ends.assign(end - begin + 1, 0);
  constexpr std::uint8_t kNegatorEnds = 1, kIntensifierEnds = 2;
  for (const RawMatch& c : s.context)
    ends[c.end - begin] |= c.category == kNegator ? kNegatorEnds : c.category == kIntensifier ? kIntensifierEnds : 0;

  auto is_may_month = [&](const RawMatch& m) {
    if (m.end - m.begin != 1 || m.entry->case_sensitive) return false;
    const Token& t = s.tokens[m.begin];
    if (text.substr(t.span().begin, t.span().size()) != "May") return false;
    const bool initial = m.begin == begin;
    const bool number_next = m.end < end && (info[m.end].flags & kFlagNum);
    return !initial || number_next;  // "in May", "May 5"; sentence-initial "May I" stays modal
  };
  // @after / @before: one of the words within kConstraintWindow tokens after
  // (before) the match, in the sentence ("destroyed the city", "the storm, which
  // destroyed"). When they fail, another entry of the same form may hold.
  auto windows_hold = [&](RawMatch& m) {
    for (const CompiledEntry* e = m.entry; e; e = same_form_alternative(lex, s, e, m, begin, end))
      if (window_constraints_hold(lex, s, e->entry, m.begin, m.end, begin, end)) {
        if (e != m.entry) {
          m.entry = e;
          m.weight = e->weight;
        }
        return true;
      }
    return !m.entry;  // rule-made matches have no constraints
  };
  const std::uint32_t window = lex.options.negation_window;
  std::size_t out = 0;
  for (std::size_t k = 0; k < s.matches.size(); ++k) {
    RawMatch m = s.matches[k];
    if ((m.category == kHedge || m.category == kBooster) && is_may_month(m)) continue;
    if (!windows_hold(m)) continue;
    if (m.category == kBooster) {
      // a negator ending at most `window` - 1 tokens before the booster
      for (std::uint32_t d = 0; d < window && m.begin >= begin + d; ++d)
        if (ends[m.begin - d - begin] & kNegatorEnds) {
          m.category = kHedge;
          m.negated = true;
          break;
        }
    } else if (m.category == kLoaded && (ends[m.begin - begin] & kIntensifierEnds)) {
      m.weight *= lex.options.intensifier_factor;
      m.intensified = true;
    }
    s.matches[out++] = m;
  }
  s.matches.resize(out);

  add_embedded_post_cues(text, begin, end, s);

  if (s.colon_tokens == 0) return;  // the rules below are about ':' tokens
  // Attribution matches by the token they end at (index into s.matches + 1; 0: none).
  std::vector<std::uint32_t>& cue_ending = s.rule_index;
  cue_ending.assign(end - begin + 1, 0);
  // "stated:" is one attribution event: a colon cue right after another cue joins it.
  std::size_t kept = 0;
  for (std::size_t r = 0; r < s.matches.size(); ++r) {
    const RawMatch& m = s.matches[r];
    if (m.category == kAttribution && m.end == m.begin + 1 && (info[m.begin].flags & kFlagColon)) {
      if (const std::uint32_t before = cue_ending[m.begin - begin]) {
        RawMatch& b = s.matches[before - 1];
        cue_ending[b.end - begin] = 0;
        b.end = m.end;
        cue_ending[b.end - begin] = before;
        continue;
      }
      // "told reporters:", "added in the new interview:": the colon after a cue and
      // its addressee or a short adjunct is the same event
      bool same_event = false;
      for (std::uint32_t d = 1; d <= kColonSameEventWindow && m.begin >= begin + d && !same_event; ++d)
        same_event = cue_ending[m.begin - d - begin] != 0;
      if (same_event) continue;
    }
    s.matches[kept] = m;
    if (m.category == kAttribution) cue_ending[m.end - begin] = static_cast<std::uint32_t>(kept + 1);
    ++kept;
  }
  s.matches.resize(kept);

  // Colon-introduced quotation without a reporting verb: the colon is the cue
  // ("Danilov: “We will win.”"), unless a cue covers the colon or ends at most
  // kColonSameEventWindow tokens before it. Rule-made cues are merged in order afterwards.
  std::vector<std::uint8_t>& covered = s.rule_marks;
  covered.assign(end - begin + 1, 0);
  for (const RawMatch& m : s.matches)
    if (m.category == kAttribution)
      for (std::uint32_t k = m.begin; k < m.end; ++k) covered[k - begin] = 1;
  const std::size_t lexicon_matches = s.matches.size();
  for (std::uint32_t k = begin; k + 1 < end; ++k) {
    if (!(info[k].flags & kFlagColon) || s.tokens[k + 1].kind != TokenKind::open_quote) continue;
    bool has_cue = covered[k - begin] != 0;
    for (std::uint32_t d = 0; d <= kColonSameEventWindow && !has_cue && k >= begin + d; ++d)
      has_cue = cue_ending[k - d - begin] != 0;
    if (!has_cue) s.matches.push_back({k, k + 1, nullptr, static_cast<std::int16_t>(kAttribution), 1.0f, false, false});
  }
  if (s.matches.size() > lexicon_matches)
    std::inplace_merge(s.matches.begin(), s.matches.begin() + static_cast<std::ptrdiff_t>(lexicon_matches),
                       s.matches.end(), [](const RawMatch& a, const RawMatch& b) { return a.begin < b.begin; });
}

}  // namespace rhetor::detail
