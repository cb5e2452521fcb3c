// rhetor/options.hpp: the settings an Analyzer is compiled with.
//
//   rhetor::AnalyzerOptions o;
//   o.tag_all = true;                          // tags on every token, not only where needed
//   rhetor::Analyzer analyzer(rhetor::Lexicon::english(), o);
#pragma once

#include <cstddef>

#include "rhetor/segment.hpp"

namespace rhetor {

struct AnalyzerOptions {
  Segmenter segmenter = Segmenter::fast;
  /// A booster within this many tokens after a negator becomes a hedge ("not certain").
  unsigned negation_window = 3;
  /// Weight multiplier for a loaded match right after an intensifier ("utterly corrupt").
  float intensifier_factor = 1.5f;
  /// Weight multiplier for a loaded match in quoted voice (inside quotation
  /// marks or a block quotation). The match is still reported and counted
  /// (`loaded_quoted`); its weight says how much it frames the author's own
  /// text. 0.1 ranked hyperpartisan articles best (docs/EVALUATION.md); 1
  /// weighs quoted and own words alike.
  float quoted_loaded_factor = 0.1f;
  /// A quotation with at most this many word tokens that no attribution claims
  /// as its content is a scare quote.
  unsigned scare_quote_max_tokens = 4;
  /// Tag every sentence with parts of speech and noun-phrase chunks. Off: only
  /// the sentences that need tags (attribution cues, @pos constraints) are tagged.
  bool tag_all = false;
};

/// Maximum number of scored categories (4 core + extras) an Analyzer supports.
inline constexpr std::size_t kMaxCategories = 128;

}  // namespace rhetor
