// Internal: attribution of embedded social-media posts. A post quoted in an
// article ends in its signature, "... — Paul Ryan (@SpeakerRyan) July 5, 2016";
// the context rules make the dash a rule-made cue, and this stage links it: the
// name is the source, the post before the dash (back to the paragraph's start,
// the end of the previous signature or a markup '>', at most a tweet's length,
// not past a sentence of the author's with a cue that names the poster or ends
// a line before the post's) is the content, in quoted voice.
#pragma once

#include <cstdint>
#include <optional>

#include "attribution.hpp"
#include "matcher.hpp"

namespace rhetor::detail {

/// Is `c` the dash of a post's signature (a rule-made cue that is no colon)?
bool is_post_signature(const LinkInput& in, const Cue& c) noexcept;

/// Links the signature cue `c`; `previous_end` is the token after the previous
/// signature in the document (0: none), updated. Nullopt when no post precedes it.
std::optional<LinkedAttribution> link_embedded_post(const LinkInput& in, const Cue& c, std::uint32_t& previous_end);

/// The hot path's view of one sentence: the tokens of each post whose
/// signature is in [begin, end) (after apply_context_rules) get kFlagQuoted, as
/// analyze's linking gives them quoted voice.
void mark_posts_quoted(std::uint32_t begin, std::uint32_t end, Scratch& s);

}  // namespace rhetor::detail
