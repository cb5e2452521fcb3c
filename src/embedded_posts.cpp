#include "embedded_posts.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace rhetor::detail {

namespace {

// Tokens of the date after a signature's handle ("July 5 , 2016").
constexpr std::uint32_t kMaxSignatureDate = 5;
// Tokens of a time after the date ("at 10 : 32 am").
constexpr std::uint32_t kMaxSignatureTime = 5;
// Tokens of a handle, as the context rule reads it.
constexpr std::uint32_t kMaxHandleTokens = 15;
// Bytes of a post before its signature: a tweet's 280 characters and a link
// (the longest posts in the dev corpora have ~310). Sentences further back are
// the author's, glued into the post's paragraph by the page's text extraction.
constexpr std::uint32_t kMaxPostBytes = 320;

struct Signature {
  std::uint32_t name = 0, paren = 0;  // the name's tokens: [name, paren)
  std::uint32_t after = 0;            // the token after the handle and the date
};

// The parts of the signature whose dash is token `dash` (checked by the context rule).
std::optional<Signature> signature_at(const Scratch& s, std::uint32_t dash, std::uint32_t sentence_end) {
  Signature g;
  g.name = dash + 1;
  if (g.name < sentence_end && s.key(g.name) == "-") ++g.name;  // "--"
  g.paren = g.name;
  while (g.paren < sentence_end && s.key(g.paren) != "(") ++g.paren;
  if (g.paren == g.name || g.paren + 2 >= sentence_end) return std::nullopt;
  // past "( @ handle )"; a handle with '_' is several tokens, "@handle" one with the ICU segmenter
  g.after = g.paren + 2;
  while (g.after < sentence_end && g.after < g.paren + 2 + kMaxHandleTokens && s.key(g.after) != ")") ++g.after;
  if (g.after < sentence_end && s.key(g.after) == ")") ++g.after;
  // the date ends with its year: "July 26, 2016 Mother-daughter duo ..." is the next post's
  auto is_year = [&](std::uint32_t k) {
    const std::string_view w = s.key(k);
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  for (std::uint32_t d = 0; d < kMaxSignatureDate && g.after < sentence_end && s.key(g.after) != ">" &&
                            (s.info[g.after].flags & (kFlagNum | kFlagCap | kFlagPunct));
       ++d)
    if (is_year(g.after++)) break;
  // "... June 2, 2020 at 10:32 AM": the time after the date
  if (g.after + 1 < sentence_end && s.key(g.after) == "at" && (s.info[g.after + 1].flags & kFlagNum)) {
    const std::uint32_t stop = std::min(sentence_end, g.after + 1 + kMaxSignatureTime);
    std::uint32_t k = g.after + 1;
    for (; k < stop; ++k) {
      const std::string_view w = s.key(k);
      if (!(s.info[k].flags & kFlagNum) && w != ":" && w != "am" && w != "pm" && w != "a.m." && w != "p.m.") break;
    }
    g.after = k;
  }
  return g;
}

bool punct_not_quote(const Scratch& s, std::uint32_t k, TokenKind quote) {
  return (s.info[k].flags & kFlagPunct) && s.tokens[k].kind != quote;
}

// The post's tokens between `from` and the dash: after a markup '>', without
// the punctuation at either end.
TokenRange post_text(const Scratch& s, std::uint32_t from, std::uint32_t dash) {
  std::uint32_t b = from;
  for (std::uint32_t k = from; k < dash; ++k)
    if (s.key(k) == ">") b = k + 1;  // "<tweet id=... author=...>" markup kept in the text
  // "@Theresa_May, don't ...", "#MAGA ...": a mention or a hashtag is the post's first word
  while (b < dash && punct_not_quote(s, b, TokenKind::open_quote) && s.key(b) != "@" && s.key(b) != "#") ++b;
  std::uint32_t e = dash;
  while (e > b && punct_not_quote(s, e - 1, TokenKind::close_quote)) --e;
  return {b, e};
}

// "Jr.", "Sr.", "III": no surname of a display name.
bool is_name_suffix(std::string_view w) {
  return w == "jr" || w == "jr." || w == "sr" || w == "sr." || w == "ii" || w == "iii" || w == "inc" || w == "inc.";
}

bool is_signature_match(const Scratch& s, const RawMatch& m) {
  return !m.entry && m.category == kAttribution && s.key(m.begin) != ":";
}

}  // namespace

bool is_post_signature(const LinkInput& in, const Cue& c) noexcept {
  return c.rule_made && in.key(c.begin) != ":";
}

std::optional<LinkedAttribution> link_embedded_post(const LinkInput& in, const Cue& c, std::uint32_t& previous_end) {
  const SentenceTokens& st = in.sentences[c.sentence];
  const auto g = signature_at(in.s, c.begin, st.end);
  if (!g) return std::nullopt;
  // The post: back to the paragraph's first sentence, no further than the
  // previous signature or a sentence of the author's with a cue of its own that
  // names the poster ("Ryan said on Twitter that ...") or ends on a line of its
  // own before the post's lines. A post's own reporting words ("Gen. Kelly was
  // pulled off flight, I'm told") are no author's sentence: a sentence with a cue
  // in the post's line is the post's.
  auto has_author_cue = [&](std::uint32_t sentence) {
    auto it = std::lower_bound(in.cues.begin(), in.cues.end(), sentence,
                               [](const Cue& q, std::uint32_t s) { return q.sentence < s; });
    for (; it != in.cues.end() && it->sentence == sentence; ++it)
      if (!in.quoted(it->begin) && !is_post_signature(in, *it)) return true;
    return false;
  };
  // The name's last word ("Poe" of "Sam Poe", not "Jr."), and the handle.
  std::string_view surname;
  for (std::uint32_t k = g->name; k < g->paren; ++k)
    if ((in.s.info[k].flags & kFlagWord) && !is_name_suffix(in.key(k))) surname = in.key(k);
  const std::string_view at = in.key(g->paren + 1);  // "@" then the handle, or "@handle" (ICU)
  const std::string_view handle = at == "@" ? in.key(g->paren + 2) : at.substr(1);
  auto names_poster = [&](std::uint32_t sentence) {
    bool named = false;  // after the last markup '>' ('<tweet author="Donald J. Trump">' names no one)
    for (std::uint32_t k = in.sentences[sentence].begin; k < in.sentences[sentence].end; ++k) {
      const std::string_view w = in.key(k);
      if (w == ">") named = false;
      else if ((!surname.empty() && w == surname) || (w == handle && k > 0 && in.key(k - 1) == "@") ||
               (w.size() > 1 && w[0] == '@' && w.substr(1) == handle))
        named = true;
    }
    return named;
  };
  auto line_break_before = [&](std::uint32_t sentence) {
    const std::uint32_t first = in.sentences[sentence].begin;
    if (in.text.empty() || first == 0) return false;
    const std::uint32_t a = in.s.tokens[first - 1].span().end, b = in.s.tokens[first].span().begin;
    return b > a && std::memchr(in.text.data() + a, '\n', b - a) != nullptr;
  };
  std::uint32_t si = c.sentence;
  // does the signature's own sentence hold post text before the dash?
  bool has_text = false;
  for (std::uint32_t k = std::max(st.begin, previous_end); k < c.begin && !has_text; ++k)
    has_text = !in.punct(k) || in.key(k) == "@" || in.key(k) == "#";
  const std::uint32_t dash_at = in.s.tokens[c.begin].span().begin;
  while (si > 0 && in.sentences[si - 1].paragraph == st.paragraph && in.sentences[si - 1].end > previous_end) {
    // a post is a tweet's length: the author's sentences glued before it stay the author's
    if (has_text && dash_at - in.s.tokens[in.sentences[si - 1].begin].span().begin > kMaxPostBytes) break;
    if (has_author_cue(si - 1) && (names_poster(si - 1) || (has_text && line_break_before(si)))) break;
    --si;
    has_text = true;
  }
  const TokenRange post = post_text(in.s, std::max(in.sentences[si].begin, previous_end), c.begin);
  previous_end = g->after;
  if (post.e <= post.b) return std::nullopt;

  LinkedAttribution a;
  a.cue = c;
  a.source = a.source_head = {g->name, g->paren};
  a.contents.push_back(post);
  a.block = true;  // the poster's words: quoted voice
  return a;
}

void mark_posts_quoted(std::uint32_t begin, std::uint32_t end, Scratch& s) {
  std::uint32_t previous_end = begin;
  for (const RawMatch& m : s.matches) {
    if (!is_signature_match(s, m)) continue;
    const auto g = signature_at(s, m.begin, end);
    if (!g) continue;
    const TokenRange post = post_text(s, std::max(begin, previous_end), m.begin);
    previous_end = g->after;
    for (std::uint32_t k = post.b; k < post.e; ++k) s.info[k].flags |= kFlagQuoted;
  }
}

}  // namespace rhetor::detail
