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

/// A paragraph's quotations with O(1) lookup by their opening or closing mark,
/// so that linking stays linear in the paragraph's length (one 50 MB paragraph
/// may hold a million quotations).
struct QuoteIndex {
  std::span<const QuoteRegion> quotes;
  std::span<const std::int32_t> open_at;   // by token index: quotation opening there, or -1
  std::span<const std::int32_t> close_at;  // by token index: closed quotation ending there, or -1
  const QuoteRegion* starting_at(std::uint32_t k) const noexcept {
    return k < open_at.size() && open_at[k] >= 0 ? &quotes[static_cast<std::size_t>(open_at[k])] : nullptr;
  }
  const QuoteRegion* ending_at(std::uint32_t k) const noexcept {
    return k < close_at.size() && close_at[k] >= 0 ? &quotes[static_cast<std::size_t>(close_at[k])] : nullptr;
  }
};

/// For each cue in sentence tokens [sb, se), finds the source and the content
/// and appends an Attribution.
void link_attributions(std::string_view text, const Scratch& s, std::uint32_t sb, std::uint32_t se,
                       const QuoteIndex& quotes, std::span<const Cue> cues, std::uint32_t sentence,
                       std::uint32_t paragraph, std::vector<Attribution>& out);

}  // namespace rhetor::detail
