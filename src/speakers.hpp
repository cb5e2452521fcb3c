// Internal: the speaker stage. Resolves each attribution's source to the
// named mention it refers to and flags sources that name nobody.
#pragma once

#include <vector>

#include "attribution.hpp"

namespace rhetor::detail {

/// Turns linked attributions into report Attributions (byte spans) with
/// `speaker` and `anonymous` set. Rules, in order:
/// - a source that holds a name (a run of proper nouns, honorifics and role
///   words stripped: "Sen. Ann Ruiz" -> "Ann Ruiz") is its own speaker, unless
///   its head is a vague group ("White House officials");
/// - "I"/"we" in a nested cue: the speaker of the quotation around it;
/// - "he"/"she": the nearest earlier person, an earlier speaker or a name;
/// - "who": the name right before ", who";
/// - a role ("the secretary said"): the name next to the nearest earlier
///   mention of that role ("Secretary ..., Oleksiy Danilov").
/// `anonymous`: no speaker and the source is not a pronoun (a group, a role
/// with no earlier name, "a source close to the probe"), or no source at all
/// for an impersonal cue ("it is believed", "reportedly").
std::vector<Attribution> resolve_speakers(const LinkInput& in, const std::vector<LinkedAttribution>& linked);

}  // namespace rhetor::detail
