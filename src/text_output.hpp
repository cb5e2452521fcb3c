// Building blocks of the output writers (JSON, CSV/TSV): an append cursor over
// a std::string, JSON string escaping, shortest number forms and byte to code
// point offsets, each with a fast path for the common case. Internal header.
#pragma once

#include <array>
#include <bit>
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
  explicit AppendCursor(std::string& out) : out_(out), used_(out.size()) {
    cur_ = out_.data() + used_;
    end_ = cur_;
  }
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
    // Geometric growth: resize() zero-fills, so each byte is filled about once and a half.
    out_.resize(used + std::max(n, used / 2 + 4096));
    cur_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }
  std::string& out_;
  std::size_t used_;
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

/// Writes `s` as the characters of a JSON string (no quotes): '"', '\\' and
/// controls escaped (\n \r \t by name, others and DEL as \u00XX), ill-formed
/// UTF-8 bytes as U+FFFD, everything else copied.
inline void write_json_chars(AppendCursor& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  constexpr std::size_t kChunk = 4096;  // room is asked per chunk: a huge string never needs 6x its size at once
  const char* data = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const std::size_t chunk_end = std::min(n, i + kChunk);
    char* p = out.room(6 * (chunk_end - i) + 8);
    while (i < chunk_end) {
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
    out.advance(p);
  }
}

inline void write_json_string(AppendCursor& out, std::string_view s) {
  out.put('"');
  write_json_chars(out, s);
  out.put('"');
}

inline void write_uint(AppendCursor& out, std::uint64_t v) {
  char* p = out.room(20);
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
/// CodepointIndex gives them, for offsets asked mostly in increasing order:
/// ASCII text needs nothing, valid UTF-8 counts lead bytes from the previous
/// offset (or from a checkpoint for a far jump), anything else asks a CodepointIndex.
class CodepointCursor {
 public:
  explicit CodepointCursor(std::string_view text) : text_(text) {
    std::size_t i = 0;
    while (i + 8 <= text.size() && !(load8(text.data() + i) & kHighs)) i += 8;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    ascii_ = i == text.size();
    if (!ascii_ && !is_valid_utf8(text)) index_.emplace(text);
  }

  std::size_t to_codepoint(std::size_t byte) {
    if (ascii_) return std::min(byte, text_.size());
    if (index_) return index_->to_codepoint(byte);
    if (byte >= text_.size()) return size_codepoints();
    // An offset inside a sequence counts as the sequence's start.
    while (byte > 0 && (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80) --byte;
    const std::size_t distance = byte > last_byte_ ? byte - last_byte_ : last_byte_ - byte;
    if (distance > kCheckpointBytes) {
      if (checkpoints_.empty()) build_checkpoints();
      const std::size_t k = byte / kCheckpointBytes;
      last_byte_ = k * kCheckpointBytes;
      last_cp_ = checkpoints_[k];
    }
    if (byte >= last_byte_) {
      last_cp_ += lead_bytes(last_byte_, byte);
    } else {
      last_cp_ -= lead_bytes(byte, last_byte_);
    }
    last_byte_ = byte;
    return last_cp_;
  }

  std::size_t size_codepoints() {
    if (ascii_) return text_.size();
    if (index_) return index_->size_codepoints();
    if (!total_) total_ = lead_bytes(0, text_.size());
    return *total_;
  }

 private:
  static constexpr std::size_t kCheckpointBytes = 1024;
  // Bytes in [begin, end) that start a code point (in valid UTF-8, all but 10xxxxxx).
  std::size_t lead_bytes(std::size_t begin, std::size_t end) const noexcept {
    const char* s = text_.data();
    std::size_t continuation = 0, i = begin;
    for (; i + 8 <= end; i += 8) {
      const std::uint64_t w = load8(s + i);
      continuation += static_cast<std::size_t>(std::popcount(w & ~(w << 1) & kHighs));
    }
    for (; i < end; ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
    return end - begin - continuation;
  }
  void build_checkpoints() {
    checkpoints_.reserve(text_.size() / kCheckpointBytes + 1);
    std::size_t cp = 0;
    for (std::size_t b = 0; b <= text_.size(); b += kCheckpointBytes) {
      checkpoints_.push_back(cp);
      cp += lead_bytes(b, std::min(text_.size(), b + kCheckpointBytes));
    }
  }

  std::string_view text_;
  bool ascii_ = false;
  std::optional<CodepointIndex> index_;  // ill-formed UTF-8 only
  std::vector<std::size_t> checkpoints_;  // code points before byte k * kCheckpointBytes
  std::size_t last_byte_ = 0, last_cp_ = 0;
  std::optional<std::size_t> total_;
};

}  // namespace rhetor::detail
