// Internal: character classes and sentence rules shared by the fast and ICU segmenters.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "rhetor/segment.hpp"

namespace rhetor::detail {

enum CharClass : std::uint8_t { kOther = 0, kSpace, kNewline, kLower, kUpper, kDigit, kPunct, kHigh };

/// ASCII byte classes; bytes >= 0x80 are kHigh (decode and ask ICU).
extern const std::uint8_t kAsciiClass[256];

/// Non-ASCII code point classification.
bool is_word_codepoint(char32_t cp) noexcept;   // letters, digits, marks
bool is_space_codepoint(char32_t cp) noexcept;
bool is_upper_codepoint(char32_t cp) noexcept;
bool is_lower_codepoint(char32_t cp) noexcept;
/// 1 = opening quote, 2 = closing quote, 3 = ambiguous single (‘ ’ handled by caller), 0 = none.
int quote_kind(char32_t cp) noexcept;

/// "Dr", "Gen", "Mr", "Jan"...: a period after these never ends a sentence.
bool is_title_abbreviation(std::string_view word) noexcept;
/// Words that clearly start a sentence after an initialism ("U.S. The ...").
bool is_sentence_starter(std::string_view word) noexcept;
/// "U.S.", "e.g.", "a.m.": a token made of letter-period pairs.
bool is_initialism(std::string_view token) noexcept;

/// Splits text into paragraph byte ranges (blank-line separated, trimmed; empty ones dropped).
std::vector<Span> split_paragraphs(std::string_view text);

/// Sentence boundaries over tokens [first, last) of one paragraph, by rhetor's rules.
void split_sentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                     std::uint32_t last, std::vector<SentenceSpan>& out);

/// Fast tokenizer over text[begin, end), appending to `out`. `open_single_state`
/// carries the count of open single quotes across calls over one paragraph.
void tokenize_range(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Token>& out,
                    int* open_single_state = nullptr);

/// First code point of the token is uppercase / lowercase.
bool starts_upper(std::string_view text, const Token& t) noexcept;
bool starts_lower(std::string_view text, const Token& t) noexcept;

/// Calls put(piece) for the pieces of `span` of at most kMaxTokenBytes bytes,
/// each cut at a code point boundary (a Token holds no longer span).
template <class Put>
void split_long_token(std::string_view text, Span span, Put put) {
  while (span.size() > kMaxTokenBytes) {
    std::uint32_t cut = span.begin + kMaxTokenBytes;
    while (cut > span.begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    put(Span{span.begin, cut});
    span.begin = cut;
  }
  put(span);
}

}  // namespace rhetor::detail
