#include "embedded_posts.hpp"

#include <algorithm>

namespace rhetor::detail {

namespace {

// Tokens of the date after a signature's handle ("July 5 , 2016").
constexpr std::uint32_t kMaxSignatureDate = 5;

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
  if (g.paren == g.name || g.paren + 3 >= sentence_end) return std::nullopt;
  g.after = g.paren + 4;  // past "( @ handle )"
  for (std::uint32_t d = 0; d < kMaxSignatureDate && g.after < sentence_end && s.key(g.after) != ">" &&
                            (s.info[g.after].flags & (kFlagNum | kFlagCap | kFlagPunct));
       ++d)
    ++g.after;
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
  while (b < dash && punct_not_quote(s, b, TokenKind::open_quote)) ++b;
  std::uint32_t e = dash;
  while (e > b && punct_not_quote(s, e - 1, TokenKind::close_quote)) --e;
  return {b, e};
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
  // previous signature or a sentence of the author's with a cue of its own.
  auto has_author_cue = [&](std::uint32_t sentence) {
    auto it = std::lower_bound(in.cues.begin(), in.cues.end(), sentence,
                               [](const Cue& q, std::uint32_t s) { return q.sentence < s; });
    for (; it != in.cues.end() && it->sentence == sentence; ++it)
      if (!in.quoted(it->begin) && !is_post_signature(in, *it)) return true;
    return false;
  };
  std::uint32_t si = c.sentence;
  while (si > 0 && in.sentences[si - 1].paragraph == st.paragraph && in.sentences[si - 1].end > previous_end &&
         !has_author_cue(si - 1))
    --si;
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
