#include "rhetor/unicode.hpp"

#include <algorithm>

namespace rhetor {
namespace {

// Length of the well-formed sequence starting at `pos`, or 0 if ill-formed
// (Unicode Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
inline std::size_t valid_sequence_length(const unsigned char* s, std::size_t avail) noexcept {
  const unsigned char b0 = s[0];
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) return 0;
  if (b0 < 0xE0) return (avail >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
  if (b0 < 0xF0) {
    if (avail < 3 || (s[2] & 0xC0) != 0x80) return 0;
    const unsigned char b1 = s[1];
    if (b0 == 0xE0) return (b1 >= 0xA0 && b1 <= 0xBF) ? 3 : 0;
    if (b0 == 0xED) return (b1 >= 0x80 && b1 <= 0x9F) ? 3 : 0;
    return (b1 & 0xC0) == 0x80 ? 3 : 0;
  }
  if (b0 < 0xF5) {
    if (avail < 4 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
    const unsigned char b1 = s[1];
    if (b0 == 0xF0) return (b1 >= 0x90 && b1 <= 0xBF) ? 4 : 0;
    if (b0 == 0xF4) return (b1 >= 0x80 && b1 <= 0x8F) ? 4 : 0;
    return (b1 & 0xC0) == 0x80 ? 4 : 0;
  }
  return 0;
}

}  // namespace

bool is_valid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0, n = text.size();
  while (i < n) {
    // Skip ASCII eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      __builtin_memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    std::size_t len = valid_sequence_length(s + i, n - i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  std::size_t len = valid_sequence_length(s, text.size() - pos);
  switch (len) {
    case 1: length = 1; return s[0];
    case 2: length = 2; return char32_t(((s[0] & 0x1F) << 6) | (s[1] & 0x3F));
    case 3: length = 3; return char32_t(((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
    case 4:
      length = 4;
      return char32_t(((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F));
    default: length = 1; return U'\uFFFD';
  }
}

std::string to_valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = valid_sequence_length(s + i, text.size() - i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.data() + i, len);
      i += len;
    }
  }
  return out;
}

std::size_t count_codepoints(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    std::size_t len = valid_sequence_length(s + i, text.size() - i);
    i += len ? len : 1;
  }
  return count;
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  ascii_ = std::none_of(s, s + text.size(), [](unsigned char c) { return c >= 0x80; });
  if (ascii_) {
    total_ = text.size();
    return;
  }
  std::size_t cp = 0, next_checkpoint = 0;
  for (std::size_t i = 0; i < text.size(); ++cp) {
    if (i >= next_checkpoint) {
      byte_at_.push_back(static_cast<std::uint32_t>(i));
      cp_at_.push_back(static_cast<std::uint32_t>(cp));
      next_checkpoint = i + 64;
    }
    std::size_t len = valid_sequence_length(s + i, text.size() - i);
    i += len ? len : 1;
  }
  total_ = cp;
}

std::size_t CodepointIndex::to_codepoint(std::size_t byte) const noexcept {
  if (ascii_) return std::min(byte, text_.size());
  if (byte >= text_.size()) return total_;
  auto it = std::upper_bound(byte_at_.begin(), byte_at_.end(), static_cast<std::uint32_t>(byte));
  std::size_t k = static_cast<std::size_t>(it - byte_at_.begin()) - 1;  // byte_at_[0] == 0
  std::size_t i = byte_at_[k], cp = cp_at_[k];
  const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
  while (i < byte) {
    std::size_t len = valid_sequence_length(s + i, text_.size() - i);
    len = len ? len : 1;
    if (i + len > byte) break;  // byte falls inside this sequence
    i += len;
    ++cp;
  }
  return cp;
}

}  // namespace rhetor
