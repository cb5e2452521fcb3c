#include "word_forms.hpp"

#include <algorithm>

namespace rhetor::detail {

namespace {

bool is_vowel(char c) noexcept { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }

// Final consonant doubled before a vowel suffix: one-syllable words ending in a
// single vowel and a consonant other than w, x, y ("ban" -> "banned", "big" ->
// "bigger"; not "smear", "harsh", "fix"). Longer words keep the consonant
// (American spelling: "target" -> "targeted"); write the exceptions out.
bool doubles_final_consonant(std::string_view w) noexcept {
  const std::size_t n = w.size();
  if (n < 3 || !std::all_of(w.begin(), w.end(), is_ascii_lower)) return false;
  const char last = w[n - 1];
  if (is_vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!is_vowel(w[n - 2]) || is_vowel(w[n - 3])) return false;
  // one vowel group only ("qu" counts as a consonant: "quit" -> "quitting")
  int groups = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool v = is_vowel(w[i]) && !(w[i] == 'u' && i > 0 && w[i - 1] == 'q');
    if (v && (i == 0 || !is_vowel(w[i - 1]) || (w[i - 1] == 'u' && i > 1 && w[i - 2] == 'q'))) ++groups;
  }
  return groups == 1;
}

bool ends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool consonant_y(std::string_view w) noexcept { return w.size() >= 2 && w.back() == 'y' && !is_vowel(w[w.size() - 2]); }

std::string sibilant_plural(std::string_view w) {
  std::string s(w);
  if (consonant_y(w)) return s.substr(0, s.size() - 1) + "ies";
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") || ends_with(w, "sh"))
    return s + "es";
  return s + "s";
}

// "demonize" + "ing": a silent final e goes ("agree", "free", "hoe" keep it).
std::string with_vowel_suffix(std::string_view w, std::string_view suffix) {
  std::string s(w);
  if (consonant_y(w) && suffix[0] == 'e') return s.substr(0, s.size() - 1) + "i" + std::string(suffix);
  if (w.back() == 'e' && suffix[0] == 'e') return s + std::string(suffix.substr(1));
  if (w.back() == 'e' && suffix == "ing") {
    if (ends_with(w, "ie")) return s.substr(0, s.size() - 2) + "ying";
    if (ends_with(w, "ee") || ends_with(w, "oe") || ends_with(w, "ye")) return s + "ing";
    return s.substr(0, s.size() - 1) + "ing";
  }
  if (doubles_final_consonant(w)) return s + s.back() + std::string(suffix);
  return s + std::string(suffix);
}

std::string adverb(std::string_view w) {
  std::string s(w);
  if (consonant_y(w)) return s.substr(0, s.size() - 1) + "ily";
  if (ends_with(w, "le") && w.size() > 2 && !is_vowel(w[w.size() - 3])) return s.substr(0, s.size() - 1) + "y";
  if (ends_with(w, "ic")) return s + "ally";
  if (ends_with(w, "ll")) return s + "y";
  return s + "ly";
}

}  // namespace

std::optional<FormKind> form_kind(std::string_view name) noexcept {
  if (name == "adj") return FormKind::adj;
  if (name == "verb") return FormKind::verb;
  if (name == "noun") return FormKind::noun;
  return std::nullopt;
}

std::vector<std::string> inflect(std::string_view lemma, FormKind kind) {
  std::vector<std::string> out{std::string(lemma)};
  if (lemma.empty()) return out;
  switch (kind) {
    case FormKind::noun: out.push_back(sibilant_plural(lemma)); break;
    case FormKind::verb:
      out.push_back(sibilant_plural(lemma));
      out.push_back(with_vowel_suffix(lemma, "ed"));
      out.push_back(with_vowel_suffix(lemma, "ing"));
      break;
    case FormKind::adj:
      out.push_back(with_vowel_suffix(lemma, "er"));
      out.push_back(with_vowel_suffix(lemma, "est"));
      out.push_back(adverb(lemma));
      break;
  }
  std::vector<std::string> unique;
  for (auto& f : out)
    if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(std::move(f));
  return unique;
}

std::optional<PatternItem> parse_pattern_item(std::string_view item, std::string& error, std::size_t& error_at) {
  PatternItem out;
  auto bad = [&](std::string message, std::size_t at) -> std::optional<PatternItem> {
    error = std::move(message);
    error_at = at;
    return std::nullopt;
  };
  std::string_view body = item;
  char separator = '/';
  std::size_t offset = 0;
  if (item.front() == '[') {  // a slot: [a|b|c] or [a|b|c]?
    const std::size_t close = item.find(']');
    if (close == std::string_view::npos) return bad("'[' without ']' in a pattern word", 0);
    const std::string_view after = item.substr(close + 1);
    if (!after.empty() && after != "?") return bad("only '?' may follow ']' (an optional word)", close + 1);
    out.optional = after == "?";
    body = item.substr(1, close - 1);
    offset = 1;
    separator = '|';
    if (body.find('/') != std::string_view::npos) return bad("inside [...] alternatives are separated by '|'", 1 + body.find('/'));
  } else if (item.find_first_of("[]|?") != std::string_view::npos && item.find('[') != std::string_view::npos) {
    return bad("'[' starts a slot only at the beginning of a word", item.find('['));
  }
  if (body.empty()) return bad("empty slot", offset);
  std::size_t start = 0;
  for (;;) {
    const std::size_t sep = body.find(separator, start);
    std::string_view alt = body.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start);
    if (alt.empty()) return bad(separator == '/' ? "empty alternative in '/' list" : "empty alternative in [...]", offset + start);
    const std::size_t star = alt.find('*');
    if (star != std::string_view::npos && star + 1 != alt.size())
      return bad("'*' is only allowed at the end of a word", offset + start + star);
    if (alt == "*") return bad("a wildcard needs a prefix", offset + start);
    const std::size_t tilde = alt.rfind('~');
    if (tilde != std::string_view::npos && tilde > 0) {
      const auto kind = form_kind(alt.substr(tilde + 1));
      if (!kind) return bad("unknown word form (expected ~adj, ~verb or ~noun)", offset + start + tilde);
      if (star != std::string_view::npos) return bad("a wildcard word cannot also have ~forms", offset + start + star);
      for (auto& f : inflect(alt.substr(0, tilde), *kind)) out.alternatives.push_back(std::move(f));
    } else {
      out.alternatives.emplace_back(alt);
    }
    if (sep == std::string_view::npos) break;
    start = sep + 1;
  }
  if (out.optional) out.alternatives.emplace_back();
  return out;
}

}  // namespace rhetor::detail
