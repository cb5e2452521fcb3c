// rhetor/unicode.hpp: UTF-8 helpers shared by the library, the CLI and the bindings.
//
// rhetor never rejects or rewrites its input. Offsets in the C++ API are byte
// offsets into the exact bytes you passed. Ill-formed UTF-8 is read as U+FFFD
// *one byte at a time*: every byte that does not start a well-formed sequence
// is one replacement character, forms a one-byte punctuation token of its own
// and never matches a lexicon entry. Code point offsets (JSON, Python) count
// each such byte as one code point, and `to_valid_utf8` writes one U+FFFD for it,
// so code point offsets into the repaired string stay consistent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rhetor {

/// True when `text` is well-formed UTF-8 (no surrogates, no overlongs, <= U+10FFFF).
bool is_valid_utf8(std::string_view text) noexcept;

/// Decodes the code point at `pos` (which must be < text.size()). Returns the code
/// point and sets `length` to the bytes it occupies; an ill-formed byte decodes
/// as U+FFFD with length 1.
char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length) noexcept;

/// `text` with every ill-formed byte replaced by U+FFFD (see above). Identity for valid text.
std::string to_valid_utf8(std::string_view text);

/// Number of code points in `text` under the one-byte-one-U+FFFD rule.
std::size_t count_codepoints(std::string_view text) noexcept;

/// Converts byte offsets into code point offsets in O(log n + 64) per query, with
/// one checkpoint every 64 bytes. Byte offsets that fall inside a sequence are
/// rounded down to the sequence start.
///
///   rhetor::CodepointIndex idx(text);
///   std::size_t cp = idx.to_codepoint(match.span.begin);
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  std::size_t to_codepoint(std::size_t byte_offset) const noexcept;
  std::size_t size_codepoints() const noexcept { return total_; }

 private:
  std::string_view text_;
  bool ascii_ = false;
  std::vector<std::uint32_t> byte_at_;  // checkpoint byte offsets (sequence starts)
  std::vector<std::uint32_t> cp_at_;    // code point index at each checkpoint
  std::size_t total_ = 0;
};

}  // namespace rhetor
