// Internal: how much per-thread scratch memory (matcher.hpp's Scratch, the
// tagger's buffers) a thread keeps between calls.
#pragma once

#include <cstddef>

namespace rhetor::detail {

/// Scratch buffers grow to the largest input a thread has seen; one huge input
/// would leave them (hundreds of MB) with the thread for good. Above this many
/// bytes they are released after the call that grew them.
inline constexpr std::size_t kScratchRetainBytes = std::size_t{16} << 20;

/// What the calling thread's scratch holds now, analyzer and tagger together
/// (a hook for tests: it grows with the input and shrinks back after it).
std::size_t thread_scratch_bytes() noexcept;
/// The tagger's part of it.
std::size_t tag_scratch_bytes() noexcept;

}  // namespace rhetor::detail
