// Internal: token normalization for matching.
#pragma once

#include <string>
#include <string_view>

namespace rhetor::detail {

/// Writes the matching key of `word` into `out` (cleared first): curly
/// apostrophes become ', Unicode hyphens and dashes inside a word become '-',
/// then NFKC (and case folding when `fold_case`). ASCII takes a table fast path.
void normalize_word(std::string_view word, std::string& out, bool fold_case);

/// True for U+2019, U+2018, U+02BC (apostrophe-like) at `s[0..]`; sets `len`.
bool is_apostrophe_at(std::string_view s, std::size_t pos, std::size_t& len) noexcept;

}  // namespace rhetor::detail
