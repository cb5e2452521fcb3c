// Internal: the scoring stage. Sums matches into sentence, paragraph and
// document Scores (counts, weights, voices, rule flags).
#pragma once

#include "rhetor/report.hpp"

namespace rhetor::detail {

/// Adds one match to a unit's scores.
void add_match(Scores& into, const Match& m) noexcept;
/// Adds a smaller unit's scores (a sentence's to its paragraph, a paragraph's to the document).
void add_scores(Scores& into, const Scores& from) noexcept;

}  // namespace rhetor::detail
