// Source and content linking for attribution cues. The rules are deliberately
// simple and explainable (no parser): a source is the noun phrase before the
// cue ("the secretary general of the military organization Jens Stoltenberg
// highlighted"), or after it in inverted and prepositional forms ("..., said
// the minister", "according to officials"); content is the quotation or the
// clause the cue introduces.
#include "attribution.hpp"

#include <algorithm>
#include <array>

namespace rhetor::detail {
namespace {

template <std::size_t N>
bool in(std::string_view w, const std::array<std::string_view, N>& list) noexcept {
  return std::find(list.begin(), list.end(), w) != list.end();
}

constexpr std::array<std::string_view, 12> kPronouns = {"he", "she", "they", "we", "i", "you", "it", "who",
                                                        "someone", "somebody", "everyone", "nobody"};
// Words that may sit between a source and its cue ("he also said", "officials have repeatedly warned").
constexpr std::array<std::string_view, 44> kBetween = {
    "also", "has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "will", "would",
    "could", "can", "may", "might", "should", "shall", "must", "later", "then", "recently", "previously",
    "once", "already", "further", "never", "not", "n't", "did", "does", "do", "'s", "'ve", "'d", "'ll",
    "'re", "'m", "often", "always", "still", "just", "even"};
// Words that end a noun phrase when walking away from the cue.
constexpr std::array<std::string_view, 40> kBoundary = {
    "that", "which", "whom", "whose", "and", "but", "or", "because", "as", "when", "while", "if",
    "though", "although", "since", "after", "before", "where", "so", "than", "then", "what", "how",
    "why", "whether", "until", "unless", "to", "with", "by", "about", "into", "against", "during",
    "under", "between", "without", "nor", "yet", "said"};
constexpr std::array<std::string_view, 6> kDeterminers = {"the", "a", "an", "this", "that", "these"};
constexpr std::size_t kMaxSourceTokens = 12;

bool is_lower_adverb(std::string_view key, const Token& t, std::string_view text) noexcept {
  return key.size() > 4 && key.substr(key.size() - 2) == "ly" && text[t.span.begin] >= 'a' && text[t.span.begin] <= 'z';
}

bool is_punct(const Scratch& s, std::uint32_t k) noexcept { return (s.info[k].flags & kFlagPunct) != 0; }

// Content end: the sentence end minus terminal punctuation and closing marks.
std::uint32_t trim_end(const Scratch& s, std::uint32_t b, std::uint32_t e) noexcept {
  while (e > b && is_punct(s, e - 1)) --e;
  return e;
}

Span span_of(const Scratch& s, std::uint32_t b, std::uint32_t e) noexcept {
  return {s.tokens[b].span.begin, s.tokens[e - 1].span.end};
}

}  // namespace

void link_attributions(std::string_view text, const Scratch& s, std::uint32_t sb, std::uint32_t se,
                       const QuoteIndex& quotes, std::span<const Cue> cues, std::uint32_t sentence,
                       std::uint32_t paragraph, std::vector<Attribution>& out) {
  auto key = [&](std::uint32_t k) { return s.key(k); };
  auto is_cue_token = [&](std::uint32_t k) {
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) { return k >= c.begin && k < c.end; });
  };
  auto quote_content = [&](const QuoteRegion& q) -> std::optional<Span> {
    if (q.close <= q.open + 1) return std::nullopt;  // the tokens strictly between the marks
    return span_of(s, q.open + 1, q.close);
  };
  // What a source or cue at token p reports when it comes last: the quotation
  // that ends right before p ("“...,” said X"), else, with `clause`, the clause
  // before a comma ("Prices will rise, he said.").
  auto content_before = [&](std::uint32_t p, bool clause) -> std::optional<Span> {
    std::uint32_t q_end = p - 1;
    while (q_end > sb && key(q_end) == ",") --q_end;
    if (const QuoteRegion* q = quotes.ending_at(q_end)) return quote_content(*q);
    if (s.tokens[q_end].kind == TokenKind::close_quote) return std::nullopt;  // an unmatched mark
    if (clause && p > sb + 1 && key(p - 1) == ",") return span_of(s, sb, p - 1);
    return std::nullopt;
  };
  // Noun phrase rightwards from k (inverted and prepositional sources).
  auto np_after = [&](std::uint32_t k) -> std::pair<std::uint32_t, std::uint32_t> {
    std::uint32_t b = k;
    while (b < se && key(b) == ",") ++b;
    if (b >= se || is_punct(s, b)) return {b, b};
    if (in(key(b), kPronouns)) return {b, b + 1};
    std::uint32_t e = b;
    while (e < se && !is_punct(s, e) && e - b < kMaxSourceTokens && !is_cue_token(e) &&
           !(e > b && in(key(e), kBoundary)))
      ++e;
    return {b, e};
  };
  auto is_preposition = [&](std::uint32_t k) {
    const std::string_view w = key(k);
    return w == "of" || w == "in" || w == "at" || w == "for" || w == "on" || w == "during" || w == "after" ||
           w == "before" || w == "from" || w == "with";
  };
  // Noun phrase leftwards ending before k: the cue's subject.
  auto np_before_simple = [&](std::uint32_t k) -> std::pair<std::uint32_t, std::uint32_t> {
    std::uint32_t e = k;
    while (e > sb && (in(key(e - 1), kBetween) || is_lower_adverb(key(e - 1), s.tokens[e - 1], text))) --e;
    if (e == sb || is_punct(s, e - 1)) return {e, e};
    if (in(key(e - 1), kPronouns)) return {e - 1, e};
    std::uint32_t b = e;
    while (b > sb && !is_punct(s, b - 1) && e - b < kMaxSourceTokens && !is_cue_token(b - 1) &&
           !in(key(b - 1), kBoundary) && !in(key(b - 1), kPronouns))
      --b;
    return {b, e};
  };
  // The sentence's leading noun phrase: capitalized words, determiners and
  // possessives ("The judge rubbed his chin, and then said ...").
  auto sentence_subject = [&]() -> std::pair<std::uint32_t, std::uint32_t> {
    std::uint32_t b = sb;
    while (b < se && is_punct(s, b)) ++b;
    if (b < se && in(key(b), kPronouns)) return {b, b + 1};
    std::uint32_t e = b;
    while (e < se && e - b < 6 && !is_punct(s, e) &&
           ((s.info[e].flags & kFlagCap) || in(key(e), kDeterminers) || key(e) == "'s" || (e > b && key(e) == "of")))
      ++e;
    while (e > b && (key(e - 1) == "of" || in(key(e - 1), kDeterminers))) --e;
    return {b, e};
  };
  auto np_before = [&](std::uint32_t k) -> std::pair<std::uint32_t, std::uint32_t> {
    auto np = np_before_simple(k);
    // "..., and in a statement credited": a leading prepositional phrase is an
    // adverbial, not the subject: look further left, once.
    if (np.second > np.first && is_preposition(np.first)) np = np_before_simple(np.first);
    if (np.second > np.first && is_preposition(np.first)) np = {np.first, np.first};
    if (np.second > np.first && !(np.second - np.first == 1 && key(np.first) == "who")) return np;
    std::uint32_t e = np.first;  // where the walk stopped
    // "the staff association, which urged": the antecedent before ", which/who".
    if (e > sb + 1 && (key(e - 1) == "which" || key(e - 1) == "who") && key(e - 2) == ",") {
      std::uint32_t b = e - 2;
      while (b > sb && !is_punct(s, b - 1) && (e - 2) - b < kMaxSourceTokens && !in(key(b - 1), kBoundary)) --b;
      if (b < e - 2) return {b, e - 2};
    }
    // Appositive: "Jeff Weaver, Sanders' campaign manager, said": the head is the
    // first comma-delimited chunk of the clause.
    if (e > sb && key(e - 1) == ",") {
      std::uint32_t b = e - 1;
      while (b > sb && b + 30 > e && s.tokens[b - 1].kind != TokenKind::close_quote &&
             s.tokens[b - 1].kind != TokenKind::open_quote && key(b - 1) != ";" && key(b - 1) != ":" &&
             key(b - 1) != "." && !is_cue_token(b - 1))
        --b;
      std::uint32_t h = b;
      while (h < e && key(h) != ",") ++h;
      if (h > b && h - b <= kMaxSourceTokens && !is_preposition(b) && !in(key(b), kBoundary)) return {b, h};
    }
    // "X thanked Miami and said": fall back to the sentence subject.
    if (e > sb && (key(e - 1) == "and" || key(e - 1) == "but" || key(e - 1) == "then")) return sentence_subject();
    return {e, e};
  };
  // Inverted order needs a short phrase that closes the clause: "..., said the minister."
  auto inverted_source = [&](std::uint32_t k) -> std::pair<std::uint32_t, std::uint32_t> {
    auto np = np_after(k);
    if (np.second == np.first || np.second - np.first > 8) return {k, k};
    if (np.second < se && !is_punct(s, np.second)) return {k, k};  // "said he voted": a clause, not a source
    return np;
  };

  for (const Cue& c : cues) {
    Attribution a;
    a.cue = span_of(s, c.begin, c.end);
    a.cue_match = c.match;
    a.sentence = sentence;
    a.paragraph = paragraph;

    const std::string_view last = key(c.end - 1);
    // "according to X", "reported by X", "per X": the source follows. ("appears to" is no such cue.)
    const bool prepositional =
        !c.rule_made && (last == "by" || last == "from" || last == "per" ||
                         (last == "to" && (key(c.begin) == "according" || key(c.begin) == "attributed")));
    // Right after a quotation or a comma ('' is a closing quote in some sources).
    const bool after_quote_or_comma =
        c.begin > sb && (s.tokens[c.begin - 1].kind == TokenKind::close_quote || key(c.begin - 1) == "," ||
                         key(c.begin - 1) == "'");
    const bool after_quote = after_quote_or_comma && key(c.begin - 1) != ",";
    std::pair<std::uint32_t, std::uint32_t> src{0, 0};
    bool source_after = false;
    if (prepositional) {
      src = np_after(c.end);
      source_after = true;
    } else if (c.rule_made) {
      src = np_before(c.begin);  // "Danilov: “...”"
    } else {
      const bool gerund = last.size() > 4 && last.substr(last.size() - 3) == "ing";
      if (after_quote_or_comma && !gerund && c.end < se && !is_punct(s, c.end)) {
        const std::string_view nk = key(c.end);
        if (after_quote || (s.info[c.end].flags & kFlagCap) || in(nk, kDeterminers) || in(nk, kPronouns)) {
          src = inverted_source(c.end);
          source_after = src.second > src.first;
        }
      }
      // Passive: "was derided by Armin Laschet".
      if (!source_after && c.end + 1 < se && key(c.end) == "by") {
        src = np_after(c.end + 1);
        source_after = src.second > src.first;
      }
      if (!source_after) src = np_before(c.begin);
      // "Cruz said ..., hinting at": a participle takes the subject of the clause before it.
      if (src.first == src.second && gerund) {
        if (!out.empty() && out.back().sentence == sentence && out.back().source) {
          a.source = out.back().source;
        } else {
          src = sentence_subject();
        }
      }
      if (src.first == src.second && c.end < se && !source_after && c.begin == sb) {
        src = np_after(c.end);  // "Said the minister: ..."
        source_after = true;
      }
    }
    if (src.second > src.first && !a.source) a.source = span_of(s, src.first, src.second);

    // Content.
    std::uint32_t k = source_after ? std::max(src.second, c.end) : c.end;
    while (k < se && (key(k) == "," || key(k) == ":")) ++k;
    // A quotation right after the cue, or after a short object and a colon
    // ("told reporters: “...”").
    for (std::uint32_t q = k; q < se && q < k + 5 && !a.content; ++q) {
      if (s.tokens[q].kind == TokenKind::open_quote) {
        if (q == k || key(q - 1) == ":")
          if (const QuoteRegion* region = quotes.starting_at(q)) a.content = quote_content(*region);
        break;
      }
      if (is_punct(s, q) && key(q) != ":") break;
    }
    // Inverted order: the cue follows the content ("“...,” said X").
    if (!a.content && after_quote_or_comma) a.content = content_before(c.begin, !prepositional);
    // The source and cue close the sentence ("Prices will rise, he said.").
    if (!a.content && !source_after && src.second > src.first && trim_end(s, c.end, se) == c.end &&
        src.first > sb + 1 && (key(src.first - 1) == "," || s.tokens[src.first - 1].kind == TokenKind::close_quote))
      a.content = content_before(src.first, true);
    if (!a.content) {
      if (k < se && key(k) == "that") ++k;
      const std::uint32_t e = trim_end(s, k, se);
      if (e > k) {
        a.content = span_of(s, k, e);
      } else if (prepositional && c.begin > sb) {
        const std::uint32_t e2 = trim_end(s, sb, c.begin);
        if (e2 > sb) a.content = span_of(s, sb, e2);  // "..., according to officials."
      }
    }
    out.push_back(a);
  }
}

}  // namespace rhetor::detail
