// Internal: linking attribution cues to their source (speaker) and content.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "matcher.hpp"
#include "rhetor/report.hpp"

namespace rhetor::detail {

struct Cue {
  std::uint32_t begin = 0, end = 0;   // tokens
  std::uint32_t match = 0;            // index into Report::matches()
  bool rule_made = false;             // the colon of a colon-introduced quotation
};

/// For each cue in sentence tokens [sb, se), finds the source and the content
/// and appends an Attribution. `quotes` are the paragraph's quotations.
void link_attributions(std::string_view text, const Scratch& s, std::uint32_t sb, std::uint32_t se,
                       std::span<const QuoteRegion> quotes, std::span<const Cue> cues, std::uint32_t sentence,
                       std::uint32_t paragraph, std::vector<Attribution>& out);

}  // namespace rhetor::detail
