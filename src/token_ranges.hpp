// Internal: token ranges shared by the pipeline stages.
#pragma once

#include <cstdint>
#include <string_view>

namespace rhetor::detail {

/// Tokens [b, e).
struct TokenRange {
  std::uint32_t b = 0, e = 0;
  bool empty() const noexcept { return b >= e; }
};

/// A sentence as tokens [begin, end), with its paragraph.
struct SentenceTokens {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t paragraph = 0;
};

/// "O'Malley", "D'Souza": an apostrophe inside a word (not at either end), the
/// mark of a name the tagger may give any tag. Shared by the linker and the speakers.
inline bool apostrophe_inside(std::string_view word) noexcept {
  const auto a = word.find('\'');
  return a != std::string_view::npos && a > 0 && a + 1 < word.size();
}

}  // namespace rhetor::detail
