// Internal: the sense stage, run on one sentence's matches after context rules
// and after the sentence was tagged (only when sense_needs_tags said so):
// - `@pos` / `@!pos`: a match whose first token's UPOS tag the entry does not
//   allow is dropped ("stamp" the noun vs "stamp out");
// - proper names: a one-word loaded match, capitalized and tagged PROPN, next
//   to another capitalized PROPN word ("Beast" in "the Daily Beast", "Savage"
//   in "Michael Savage") is part of a name, not the author's loaded language,
//   and is dropped, unless the entry is `@case`, the word is an acronym
//   ("RINO"), or the sentence is in title case (a headline).
// Each rule reads a window of at most the match and one token either side.
#pragma once

#include <cstdint>
#include <string_view>

#include "matcher.hpp"

namespace rhetor::detail {

/// True when some match of the sentence can only be judged with tags.
bool sense_needs_tags(const CompiledLexicon& lex, std::string_view text, std::uint32_t begin, std::uint32_t end, const Scratch& s);

/// Drops the matches the rules above reject. The tokens must be tagged.
void apply_sense_rules(const CompiledLexicon& lex, std::string_view text, std::uint32_t begin, std::uint32_t end, Scratch& s);

}  // namespace rhetor::detail
