// Internal: the attribution stage. Links every cue to its source and its
// content (one or more parts, followed across sentences and paragraphs), on
// part-of-speech tags and quotation regions. Speakers are resolved afterwards
// (speakers.hpp).
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "compiled_lexicon.hpp"
#include "matcher.hpp"
#include "quotes.hpp"
#include "rhetor/report.hpp"
#include "token_ranges.hpp"

namespace rhetor::detail {

/// p is one of the tags in `set` (the linker's and the speakers' tag tests).
inline bool one_of(Upos p, std::initializer_list<Upos> set) noexcept {
  return std::find(set.begin(), set.end(), p) != set.end();
}

struct Cue {
  std::uint32_t begin = 0, end = 0;   // tokens
  std::uint32_t match = 0;            // index into Report::matches()
  std::uint32_t sentence = 0;         // index into LinkInput::sentences
  bool rule_made = false;             // the colon of a colon-introduced quotation
};

/// What the linker reads: the tagged tokens, sentences, quotations and cues of a document.
struct LinkInput {
  const CompiledLexicon& lex;
  const Scratch& s;                          // tokens (with tags where needed), info, keys
  std::span<const SentenceTokens> sentences;  // document order
  const QuoteIndex& quotes;
  std::span<const Cue> cues;                  // document order
  std::string_view text = {};                 // the document (token spans index it)

  std::string_view key(std::uint32_t k) const noexcept { return s.key(k); }
  Upos pos(std::uint32_t k) const noexcept { return s.tokens[k].pos; }
  std::uint32_t classes(std::uint32_t k) const noexcept {
    return lex.word_classes(s.symbols(k), s.info[k].nsym);
  }
  bool punct(std::uint32_t k) const noexcept { return (s.info[k].flags & kFlagPunct) != 0; }
  bool quoted(std::uint32_t k) const noexcept { return (s.info[k].flags & kFlagQuoted) != 0; }
  Span span(TokenRange r) const noexcept { return {s.tokens[r.b].span().begin, s.tokens[r.e - 1].span().end}; }
  /// A first name the tagger took for a modal: "“...,” Will/AUX Estrada said" (linker and speakers).
  bool modal_first_name(std::uint32_t k) const noexcept {
    return k > 0 && k + 1 < s.tokens.size() && (s.info[k].flags & kFlagCap) && pos(k) == Upos::AUX &&
           s.tokens[k - 1].kind == TokenKind::close_quote && pos(k + 1) == Upos::PROPN;
  }
};

/// An attribution in token terms, before speakers are resolved.
struct LinkedAttribution {
  Cue cue;
  TokenRange source;                  // empty: none found
  TokenRange source_head;             // the source without appositives and relative clauses
  std::vector<TokenRange> contents;   // in text order
  bool nested = false;
  bool block = false;                 // content includes a block quotation without marks (quoted voice)
  std::vector<std::uint32_t> quotes;  // quotations that are the source's words (indices into QuoteIndex::quotes): no scare quotes
};

/// Links every cue of the document, in order.
std::vector<LinkedAttribution> link_attributions(const LinkInput& in);

}  // namespace rhetor::detail
