// Internal: the context-rules stage, run on one sentence's raw matches right
// after matching. Each rule looks at a bounded window of tokens, so the stage
// is linear in the sentence length:
// - window constraints: `@after=` / `@before=` (and `@!` forms) look for a word
//   among the kConstraintWindow tokens after / before the match;
// - "May" the month: a hedge/booster match on capitalized "May" that is not
//   sentence-initial, or is followed by a number, is dropped;
// - negation: a booster within `negation_window` tokens after a negator is a
//   hedge, `negated`;
// - intensifiers: a loaded match right after an intensifier is weighted by
//   `intensifier_factor`, `intensified`;
// - "stated:": a colon cue right after another cue joins it (one event);
// - colon quotations: a colon before an opening quotation mark with no cue
//   right before it is a rule-made cue ("Danilov: “...”");
// - embedded posts: the dash of a signature "— Paul Ryan (@SpeakerRyan)" is a
//   rule-made cue (the linker reads the name as source, the post as content).
#pragma once

#include <cstdint>
#include <string_view>

#include "matcher.hpp"
#include "rhetor/report.hpp"

namespace rhetor::detail {

/// Embedded posts: the dash of a signature "— Name (@handle)" becomes a rule-made
/// attribution cue (called by apply_context_rules; exposed for its test).
void add_embedded_post_cues(std::string_view text, std::uint32_t begin, std::uint32_t end, Scratch& s);

void apply_context_rules(const CompiledLexicon& lex, std::string_view text, std::uint32_t begin, std::uint32_t end,
                         Scratch& s);

}  // namespace rhetor::detail
