// Internal: token ranges shared by the pipeline stages.
#pragma once

#include <cstdint>

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

}  // namespace rhetor::detail
