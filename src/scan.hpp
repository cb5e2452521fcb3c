// Internal: the token scanner. One routine reads the text once and hands each
// token to a sink as it finds it: the tokenizer (segment(), tokenize()) collects
// Tokens with it, and the hot path (Analyzer::score_sentence) folds, hashes and
// looks up each token in the same step (matcher.cpp). Both take their tokens
// from this one scanner, so they cannot disagree about where a token is.
#pragma once

#include <unicode/uchar.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <array>
#include <cstdint>
#include <string_view>

#include "normalize.hpp"
#include "rhetor/segment.hpp"
#include "rhetor/unicode.hpp"
#include "segment_rules.hpp"

namespace rhetor::detail {

/// `a` equals the lowercase ASCII word `lower` ignoring ASCII case.
inline bool ascii_iequals(std::string_view a, std::string_view lower) noexcept {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char x = a[i];
    if ((x >= 'A' && x <= 'Z' ? static_cast<char>(x + 32) : x) != lower[i]) return false;
  }
  return true;
}


struct Scanner {
  std::string_view text;
  std::uint32_t end;

  // Class of the code point at i (decoding non-ASCII); sets len.
  std::uint8_t cls(std::uint32_t i, std::size_t& len) const noexcept {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) { len = 1; return kAsciiClass[c]; }
    char32_t cp = decode_utf8(text, i, len);
    if (cp == 0xFFFD && len == 1) return kOther;  // ill-formed byte
    if (is_space_codepoint(cp)) return (cp == 0x2028 || cp == 0x2029 || cp == 0x85) ? kNewline : kSpace;
    if (is_word_codepoint(cp)) return is_upper_codepoint(cp) ? kUpper : (u_isdigit(cp) ? kDigit : kLower);
    return kPunct;
  }
  bool is_word_at(std::uint32_t i) const noexcept {
    if (i >= end) return false;
    std::size_t len;
    auto k = cls(i, len);
    return k == kLower || k == kUpper || k == kDigit;
  }
  bool is_digit_at(std::uint32_t i) const noexcept {
    return i < end && kAsciiClass[static_cast<unsigned char>(text[i])] == kDigit;
  }
  bool is_letter_ascii(std::uint32_t i) const noexcept {
    if (i >= end) return false;
    auto k = kAsciiClass[static_cast<unsigned char>(text[i])];
    return k == kLower || k == kUpper;
  }
  // Unicode hyphen (U+2010, U+2011) at i; sets len.
  bool is_hyphen_at(std::uint32_t i, std::size_t& len) const noexcept {
    if (text[i] == '-') { len = 1; return true; }
    if (i + 3 <= end && static_cast<unsigned char>(text[i]) == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x90 || static_cast<unsigned char>(text[i + 2]) == 0x91)) {
      len = 3;
      return true;
    }
    return false;
  }
  // Length of a clitic ('s 're 've 'll 'd 'm) starting with the apostrophe at i
  // (apostrophe length alen), or 0.
  std::uint32_t clitic_len(std::uint32_t i, std::size_t alen) const noexcept {
    std::uint32_t j = i + static_cast<std::uint32_t>(alen);
    std::uint32_t k = j;
    while (k < end && is_letter_ascii(k) && k - j < 3) ++k;
    if (k < end && is_word_at(k)) return 0;  // longer word: O'Brien
    std::string_view suffix = text.substr(j, k - j);
    static constexpr std::array<std::string_view, 6> kClitics = {"s", "re", "ve", "ll", "d", "m"};
    for (std::string_view c : kClitics)
      if (ascii_iequals(suffix, c)) return k - i;
    return 0;
  }
};

// High bit set in each byte of `w` that is not an ASCII letter or digit (bytes
// >= 0x80 included): eight bytes classified with a few word operations.
inline std::uint64_t non_word_bytes(std::uint64_t w) noexcept {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t low7 = w & ~kHigh;  // keeps the additions below from carrying across bytes
  const std::uint64_t folded = low7 | (0x20 * kOnes);  // A-Z -> a-z
  const std::uint64_t alpha = (folded + (0x80 - 'a') * kOnes) & ~(folded + (0x80 - 'z' - 1) * kOnes);
  const std::uint64_t digit = (low7 + (0x80 - '0') * kOnes) & ~(low7 + (0x80 - '9' - 1) * kOnes);
  return ~((alpha | digit) & ~w) & kHigh;
}

#ifdef __SSE2__
// Bit b set when byte b of the 16 at p is not an ASCII letter or digit: the same
// test as non_word_bytes, on twice the bytes in fewer instructions. Each range
// check is a wrapping add that moves the range to the bottom of the signed bytes.
inline unsigned non_word_mask16(const char* p) noexcept {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));  // A-Z -> a-z
  const __m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                                       _mm_set1_epi8(static_cast<char>(0x80 + 26)));
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                       _mm_set1_epi8(static_cast<char>(0x80 + 10)));
  return ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(alpha, digit))) & 0xFFFFu;
}
#endif

// First position at or after i (and at most end) that is not an ASCII letter or digit.
inline std::uint32_t skip_ascii_word(const char* text, std::uint32_t i, std::uint32_t end) noexcept {
#ifdef __SSE2__
  for (; end - i >= 16; i += 16)
    if (const unsigned stop = non_word_mask16(text + i)) return i + static_cast<std::uint32_t>(__builtin_ctz(stop));
#endif
  for (; end - i >= 8; i += 8) {
    std::uint64_t w;
    __builtin_memcpy(&w, text + i, 8);
    if (const std::uint64_t stop = non_word_bytes(w)) return i + (static_cast<std::uint32_t>(__builtin_ctzll(stop)) >> 3);
  }
  while (i < end && !(non_word_bytes(static_cast<unsigned char>(text[i])) & 0x80)) ++i;  // the last few bytes
  return i;
}

/// Bytes after a run of ASCII letters and digits that end the word whatever
/// follows them (by the rules below): whitespace and ASCII punctuation except the
/// joiners - ' . (hyphen, apostrophe, initialism and decimal) and , / : (joiners
/// between digits only). 1: ends the word, 2: ends it between digits only.
inline constexpr auto kWordEnd = [] {
  std::array<std::uint8_t, 256> t{};
  for (int b = 0x21; b < 0x7F; ++b) {
    const bool alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    if (!alnum && b != '-' && b != '\'' && b != '.') t[b] = 1;
  }
  t[','] = t['/'] = t[':'] = 2;
  t[' '] = t['\t'] = t['\n'] = t['\r'] = t['\v'] = t['\f'] = 1;
  return t;
}();
/// ASCII punctuation that is always a one-byte punct token: not a quote mark
/// (" ' `) and not a period (which may open "...").
inline constexpr auto kPlainPunct = [] {
  std::array<std::uint8_t, 256> t{};
  for (int b = 0x21; b < 0x7F; ++b) {
    const bool alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    t[b] = !alnum && b != '"' && b != '\'' && b != '`' && b != '.';
  }
  return t;
}();

/// Scans text[begin, end) and calls `emit(Span, TokenKind, bool ascii)` for each
/// token in text order; `ascii` says that every byte of the token is below 0x80.
/// `open_single_state` carries the count of open single quotes across calls over
/// one paragraph (the ICU segmenter hands over one mark at a time).
///
/// kAsciiFastPath: most tokens are a run of ASCII letters and digits ended by a
/// space or plain punctuation, or one plain punctuation byte. Those take one
/// 16-byte classification and two table loads; everything else (and the last 15
/// bytes of the range) goes through the full rules. It yields the same tokens
/// as without it (tests/scan_test.cpp compares the two on the corpus).
///
/// The sink is taken and returned by value: a local copy lets the compiler keep
/// a small sink's state (counters, output pointers) in registers.
template <bool kAsciiFastPath = true, class Sink>
Sink scan_tokens(std::string_view text, std::uint32_t begin, std::uint32_t end, Sink emit, int* open_single_state) {
  // A run longer than a Token holds (4 MiB) goes out in pieces.
  auto put = [&emit, text](Span span, TokenKind kind, bool ascii) {
    if (span.size() <= kMaxTokenBytes) [[likely]] emit(span, kind, ascii);
    else split_long_token(text, span, [&](Span piece) { emit(piece, kind, ascii); });
  };
  Scanner sc{text, end};
  // Quote marks look one character past the range (the ICU path hands over one mark at a time).
  const Scanner look{text, static_cast<std::uint32_t>(text.size())};
  std::uint32_t i = begin;
  int local_single = 0;
  int& open_single = open_single_state ? *open_single_state : local_single;  // single quotes currently open (to tell closing ’ from apostrophes)
  while (i < end) {
#ifdef __SSE2__
    if constexpr (kAsciiFastPath) {
      if (end - i >= 16) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ') { ++i; continue; }
        const unsigned non_word = non_word_mask16(text.data() + i);
        if (!(non_word & 1)) {  // a word starts here
          const auto len = static_cast<std::uint32_t>(__builtin_ctz(non_word | 0x10000u));
          // The byte after the word, inside the 16 classified ones (len 16: a long word, full rules).
          const unsigned char d = len < 16 ? static_cast<unsigned char>(text[i + len]) : 'a';
          const std::uint8_t ends = kWordEnd[d];
          if (ends == 1 || (ends == 2 && !(kAsciiClass[static_cast<unsigned char>(text[i + len - 1])] == kDigit &&
                                          sc.is_digit_at(i + len + 1)))) {
            put(Span{i, i + len}, kAsciiClass[c] == kDigit ? TokenKind::number : TokenKind::word, true);
            i += len + (d == ' ');  // a space after the word is skipped with it
            continue;
          }
        } else if (kPlainPunct[c]) {
          put(Span{i, i + 1}, TokenKind::punct, true);
          ++i;
          continue;
        }
      }
    }
#endif
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    std::uint8_t k = c < 0x80 ? kAsciiClass[c] : sc.cls(i, len);
    if (k == kSpace || k == kNewline) { i += static_cast<std::uint32_t>(len); continue; }

    if (k == kLower || k == kUpper || k == kDigit) {
      const std::uint32_t start = i;
      const bool numeric = k == kDigit;
      bool ascii = len == 1;  // every byte of the word below 0x80: its key is folded without ICU
      i += static_cast<std::uint32_t>(len);
      bool split_nt = false, before_space = false, initialism = false;
      for (;;) {
        for (;;) {
          i = skip_ascii_word(text.data(), i, end);
          if (i >= end || static_cast<unsigned char>(text[i]) < 0x80) break;
          const std::uint8_t dk = sc.cls(i, len);
          if (dk == kLower || dk == kUpper || dk == kDigit) {
            i += static_cast<std::uint32_t>(len);
            ascii = false;
            continue;
          }
          break;
        }
        if (i >= end) break;
        const char d = text[i];
        if (d == ' ') { before_space = true; break; }  // the common case
        if (kAsciiClass[static_cast<unsigned char>(d)] == kSpace || d == '\n') break;
        // Initialisms: U.S. e.g. a.m. (an ASCII letter, then letter-period pairs)
        if (d == '.' && i == start + 1 && !numeric && i + 2 < end && sc.is_letter_ascii(i + 1) && text[i + 2] == '.') {
          initialism = true;
          break;
        }
        std::size_t jl = 1;
        // number joiners: 1,200.50  9/11  10:30
        if ((d == '.' || d == ',' || d == '/' || d == ':') && sc.is_digit_at(i + 1) && i > start &&
            kAsciiClass[static_cast<unsigned char>(text[i - 1])] == kDigit) { i += 1; continue; }
        // hyphenated compounds
        if (sc.is_hyphen_at(i, jl) && sc.is_word_at(i + static_cast<std::uint32_t>(jl))) {
          i += static_cast<std::uint32_t>(jl);
          ascii &= jl == 1;
          continue;
        }
        // apostrophes: clitics split off, n't split off, O'Brien kept whole
        if (detail::is_apostrophe_at(text, i, jl) && sc.is_word_at(i + static_cast<std::uint32_t>(jl))) {
          std::uint32_t after = i + static_cast<std::uint32_t>(jl);
          if ((text[after] == 't' || text[after] == 'T') && !sc.is_word_at(after + 1) && i - start >= 2 &&
              (text[i - 1] == 'n' || text[i - 1] == 'N')) {
            split_nt = true;
            break;
          }
          if (sc.clitic_len(i, jl) > 0) break;
          i = after;
          ascii &= jl == 1;
          continue;
        }
        break;
      }
      if (initialism) {
        std::uint32_t j = i;  // at a '.' that is followed by letter '.'
        while (j + 2 < end && text[j] == '.' && sc.is_letter_ascii(j + 1) && text[j + 2] == '.') j += 2;
        ++j;  // the final period belongs to the initialism
        put(Span{start, j}, TokenKind::word, true);  // letters and periods
        i = j;
        continue;
      }
      if (split_nt) {
        put(Span{start, i - 1}, numeric ? TokenKind::number : TokenKind::word, ascii);
        std::size_t jl = 1;
        detail::is_apostrophe_at(text, i, jl);
        std::uint32_t e = i + static_cast<std::uint32_t>(jl) + 1;
        put(Span{i - 1, e}, TokenKind::clitic, jl == 1);
        i = e;
        continue;
      }
      put(Span{start, i}, numeric ? TokenKind::number : TokenKind::word, ascii);
      if (before_space) { ++i; continue; }  // no clitic; the space is skipped here already
      // a clitic right after the word
      std::size_t al = 1;
      if (i < end && (text[i] == '\'' || static_cast<unsigned char>(text[i]) >= 0xC0) && detail::is_apostrophe_at(text, i, al)) {
        std::uint32_t cl = sc.clitic_len(i, al);
        if (cl > 0) {
          put(Span{i, i + cl}, TokenKind::clitic, al == 1);
          i += cl;
        }
      }
      continue;
    }

    if (k == kOther && c >= 0x80) {  // ill-formed byte
      put(Span{i, i + 1}, TokenKind::invalid, false);
      i += 1;
      continue;
    }

    // Punctuation and symbols: one token per character, with quotes classified.
    const std::uint32_t start = i;
    TokenKind kind = TokenKind::punct;
    const bool prev_space = start == 0 || kAsciiClass[static_cast<unsigned char>(text[start - 1])] == kSpace ||
                            kAsciiClass[static_cast<unsigned char>(text[start - 1])] == kNewline ||
                            text[start - 1] == '(' || text[start - 1] == '[';
    if (c == '"') {
      kind = prev_space ? TokenKind::open_quote : TokenKind::close_quote;
      i += 1;
    } else if ((c == '\'' || c == '`') && i + 1 < end && text[i + 1] == c &&
               !(c == '\'' && open_single > 0 && !prev_space && i + 2 < end && text[i + 2] == '\'')) {
      // ("?''' said": inside an open single quotation, the first of three marks closes it)
      // '' and `` stand for double quotation marks in some news archives and in TeX
      kind = c == '`' || prev_space ? TokenKind::open_quote : TokenKind::close_quote;
      i += 2;
    } else if (c == '\'') {
      if (prev_space && look.is_word_at(i + 1)) { kind = TokenKind::open_quote; ++open_single; }
      else if (open_single > 0 && !look.is_word_at(i + 1)) { kind = TokenKind::close_quote; --open_single; }
      i += 1;
    } else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.') {
      i += 3;  // "..." is one ellipsis token
      while (i < end && text[i] == '.') ++i;
    } else if (c < 0x80) {
      i += 1;
    } else {
      char32_t cp = decode_utf8(text, i, len);
      int q = quote_kind(cp);
      const std::uint32_t after = i + static_cast<std::uint32_t>(len);
      const bool space_after = after >= end || kAsciiClass[static_cast<unsigned char>(text[after])] == kSpace ||
                               kAsciiClass[static_cast<unsigned char>(text[after])] == kNewline ||
                               std::string_view(".,;:!?)]").find(text[after]) != std::string_view::npos;
      // A mark typed the wrong way round closes or opens by where it stands: "It's
      // unusual,“ said X" (and German „...“) closes; "”Isis declares ..." opens.
      if (q == 1) kind = !prev_space && space_after ? TokenKind::close_quote : TokenKind::open_quote;
      else if (q == 2) kind = prev_space && look.is_word_at(after) ? TokenKind::open_quote : TokenKind::close_quote;
      else if (q == 3) {
        if (cp == U'\u2018' || (cp == U'\u201A')) {
          if (look.is_word_at(i + static_cast<std::uint32_t>(len)) || prev_space) { kind = TokenKind::open_quote; ++open_single; }
        } else if (open_single > 0) {  // ’ not inside a word closes an open single quote
          kind = TokenKind::close_quote;
          --open_single;
        }
      }
      i += static_cast<std::uint32_t>(len);
    }
    put(Span{start, i}, kind, c < 0x80);
  }
  return emit;
}

}  // namespace rhetor::detail
