// Building blocks of the output writers (JSON, CSV/TSV): an append cursor over
// a std::string, JSON string escaping, shortest number forms and byte to code
// point offsets, each with a fast path for the common case. Internal header.
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/unicode.hpp"

namespace rhetor::detail {

/// Appends to a std::string through a raw pointer: callers ask for room once
/// per item and then write without per-character capacity checks. The string
/// holds unwritten bytes while the cursor lives; the destructor cuts them off.
class AppendCursor {
 public:
  explicit AppendCursor(std::string& out) : out_(out), cur_(out.data() + out.size()), end_(cur_) {}
  ~AppendCursor() { out_.resize(static_cast<std::size_t>(cur_ - out_.data())); }
  AppendCursor(const AppendCursor&) = delete;
  AppendCursor& operator=(const AppendCursor&) = delete;

  /// At least `n` writable bytes at the returned pointer; pass the new end to advance().
  char* room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - cur_) < n) grow(n);
    return cur_;
  }
  void advance(char* new_cur) noexcept { cur_ = new_cur; }
  void put(char c) { *room(1) = c, ++cur_; }
  void put(std::string_view s) {
    if (s.empty()) return;  // an empty view may hold a null pointer, which memcpy must not get
    char* p = room(s.size());
    std::memcpy(p, s.data(), s.size());
    cur_ = p + s.size();
  }
  /// A string literal: its size is known at compile time, so the copy is a few moves.
  template <std::size_t N>
  void literal(const char (&s)[N]) {
    char* p = room(N - 1);
    std::memcpy(p, s, N - 1);
    cur_ = p + N - 1;
  }

 private:
  void grow(std::size_t n) {
    const std::size_t used = static_cast<std::size_t>(cur_ - out_.data());
    // resize() zero-fills what it adds (C++20 has no resize_and_overwrite): grow in
    // steps small enough that little is filled twice; the string's own capacity
    // still grows geometrically underneath.
    out_.resize(used + std::max(n, kGrowStep));
    cur_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }
  static constexpr std::size_t kGrowStep = 16384;
  std::string& out_;
  char* cur_;
  char* end_;
};

inline std::uint64_t load8(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
inline bool has_byte(std::uint64_t w, unsigned char b) noexcept {
  const std::uint64_t x = w ^ (kOnes * b);
  return ((x - kOnes) & ~x & kHighs) != 0;
}
/// Whether any of the 8 bytes must be escaped in JSON or checked as UTF-8:
/// controls, '"', '\\', DEL and every byte >= 0x80.
inline bool needs_json_attention(std::uint64_t w) noexcept {
  const bool control = ((w - kOnes * 0x20) & ~w & kHighs) != 0;
  return control || (w & kHighs) || has_byte(w, '"') || has_byte(w, '\\') || has_byte(w, 0x7F);
}

inline constexpr std::array<bool, 256> kJsonAttention = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x7F;
  return t;
}();

/// Escapes s[i, end) into `p`, which has room for 6 bytes per input byte plus 8,
/// and returns the new end: '"', '\\' and controls escaped (\n \r \t by name,
/// others and DEL as \u00XX), ill-formed UTF-8 bytes as U+FFFD, the rest copied.
/// Stops at or a few bytes past `end` (a word or a UTF-8 sequence is not split).
inline char* escape_json_chars(char* p, std::string_view s, std::size_t& i, std::size_t end) {
  static constexpr char hex[] = "0123456789abcdef";
  const char* data = s.data();
  const std::size_t n = s.size();
  while (i < end) {
    if (i + 8 <= n && !needs_json_attention(load8(data + i))) {
      std::memcpy(p, data + i, 8);
      p += 8, i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(data[i]);
    if (!kJsonAttention[c]) {
      *p++ = static_cast<char>(c), ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t len = 1;
      const char32_t cp = decode_utf8(s, i, len);
      if (cp == U'\uFFFD' && len == 1) {
        std::memcpy(p, "\xEF\xBF\xBD", 3), p += 3;
      } else {
        std::memcpy(p, data + i, len), p += len;
      }
      i += len;
      continue;
    }
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      default:
        std::memcpy(p, "u00", 3), p += 3;
        *p++ = hex[c >> 4];
        *p++ = hex[c & 15];
    }
    ++i;
  }
  return p;
}

/// Writes `s` as a JSON string literal, quotes included.
inline void write_json_string(AppendCursor& out, std::string_view s) {
  // Room is asked per chunk, so a huge string never needs six times its size at once.
  constexpr std::size_t kChunk = 4096;
  std::size_t i = 0;
  char* p = out.room(6 * std::min(s.size(), kChunk) + 10);
  *p++ = '"';
  p = escape_json_chars(p, s, i, std::min(s.size(), kChunk));
  while (i < s.size()) {
    out.advance(p);
    const std::size_t end = std::min(s.size(), i + kChunk);
    p = out.room(6 * (end - i) + 10);
    p = escape_json_chars(p, s, i, end);
  }
  *p++ = '"';
  out.advance(p);
}

inline void write_uint(AppendCursor& out, std::uint64_t v) {
  char* p = out.room(20);
  if (v < 10) {  // most counts
    *p = static_cast<char>('0' + v);
    out.advance(p + 1);
    return;
  }
  out.advance(std::to_chars(p, p + 20, v).ptr);
}

/// The shortest round-trip form, as std::to_chars(double) prints it. Small whole
/// numbers (most counts, densities and weights are 0 or 1) skip the general
/// algorithm: below 10^5 the fixed form is never longer than the exponent form.
template <class Float>
void write_shortest(AppendCursor& out, Float v) {
  char* p = out.room(32);
  if (v > -1e5 && v < 1e5 && v == static_cast<Float>(static_cast<std::int32_t>(v)) && !(v == 0 && std::signbit(v))) {
    out.advance(std::to_chars(p, p + 32, static_cast<std::int32_t>(v)).ptr);
    return;
  }
  out.advance(std::to_chars(p, p + 32, v).ptr);
}

/// Byte offsets to code point offsets (ill-formed bytes count one each), as
/// CodepointIndex gives them: ASCII text needs nothing; valid UTF-8 keeps the
/// code point count at every 32nd byte and counts lead bytes (all but 10xxxxxx)
/// in the at most four words after it; anything else asks a CodepointIndex.
class CodepointCursor {
 public:
  explicit CodepointCursor(std::string_view text) : text_(text) {
    std::size_t i = 0;
    while (i + 8 <= text.size() && !(load8(text.data() + i) & kHighs)) i += 8;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    ascii_ = i == text.size();
    if (ascii_) return;
    if (!is_valid_utf8(text)) {
      index_.emplace(text);
      return;
    }
    checkpoints_.reserve(text.size() / kBlock + 1);
    std::size_t cp = 0;
    for (std::size_t b = 0; b <= text.size(); b += kBlock) {
      checkpoints_.push_back(static_cast<std::uint32_t>(cp));
      cp += lead_bytes(b, std::min(text.size(), b + kBlock));
    }
    total_ = cp;
  }

  std::size_t to_codepoint(std::size_t byte) const noexcept {
    if (ascii_) return std::min(byte, text_.size());
    if (index_) return index_->to_codepoint(byte);
    if (byte >= text_.size()) return total_;
    // An offset inside a sequence counts as the sequence's start.
    while (byte > 0 && (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80) --byte;
    const std::size_t block = byte / kBlock;
    return checkpoints_[block] + lead_bytes(block * kBlock, byte);
  }

  std::size_t size_codepoints() const noexcept {
    if (ascii_) return text_.size();
    if (index_) return index_->size_codepoints();
    return total_;
  }

 private:
  static constexpr std::size_t kBlock = 32;
  // Bytes in [begin, end) that start a code point; `begin` is a multiple of 8.
  std::size_t lead_bytes(std::size_t begin, std::size_t end) const noexcept {
    const char* s = text_.data();
    // One bit per continuation byte moved to the byte's low end; the multiplication
    // sums the eight bytes into the top one (no popcnt on baseline x86-64).
    auto continuations = [](std::uint64_t w) {
      return static_cast<std::size_t>((((w & ~(w << 1) & kHighs) >> 7) * kOnes) >> 56);
    };
    std::size_t continuation = 0, i = begin;
    for (; i + 8 <= end; i += 8) continuation += continuations(load8(s + i));
    if (i < end) {
      if (i + 8 <= text_.size()) {  // the whole word is readable: mask off the bytes at and after `end`
        continuation += continuations(load8(s + i) & ((std::uint64_t{1} << (8 * (end - i))) - 1));
      } else {
        for (; i < end; ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
      }
    }
    return end - begin - continuation;
  }

  std::string_view text_;
  bool ascii_ = false;
  std::optional<CodepointIndex> index_;   // ill-formed UTF-8 only
  std::vector<std::uint32_t> checkpoints_;  // code points before byte k * kBlock
  std::size_t total_ = 0;
};

}  // namespace rhetor::detail
