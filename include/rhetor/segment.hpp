// rhetor/segment.hpp: paragraphs, sentences and tokens with byte offsets.
//
// Rules (also in README "Segmentation"):
// - Paragraphs are separated by one or more blank lines (lines holding only
//   whitespace). A single newline inside a paragraph ends a sentence unless the
//   next line starts with a lowercase letter (hard-wrapped prose continues).
// - Sentences end at . ! ? … or "..." followed by whitespace and then an
//   uppercase letter, digit, opening quote or bracket, or the end of the text.
//   Closing quotes and brackets after the terminal stay with the sentence.
//   No break after titles (Dr. Mr. Gen. Sen. ...), single initials ("J. Smith"),
//   multi-period abbreviations (U.S., e.g., i.e.) unless a clear sentence
//   starter follows ("U.S. The"), and decimals (3.5).
// - Tokens: words (letters, digits, marks; internal hyphens keep compounds
//   together: "pro-Kremlin"), numbers (1,200.50 9/11 4.5%), clitics split
//   Penn-style ("NATO's" -> NATO 's, "don't" -> do n't, with ' or ’),
//   initialisms ("U.S."), and one token per punctuation character.
//
// Two implementations produce the same structures: `fast` (a byte-table
// scanner, the default) and `icu` (ICU's word and sentence BreakIterators
// post-processed with the rules above). tests/segment_test.cpp checks that
// they agree on real text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "rhetor/pos.hpp"

namespace rhetor {

/// A half-open byte range [begin, end) into the analyzed text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return begin == end; }
  friend bool operator==(Span a, Span b) noexcept { return a.begin == b.begin && a.end == b.end; }
};

enum class TokenKind : std::uint8_t {
  word,         ///< letters/digits/marks, possibly hyphenated or with internal apostrophes
  number,       ///< starts with a digit
  clitic,       ///< 's 're 've 'll 'd 'm n't
  punct,        ///< one punctuation or symbol character
  open_quote,   ///< “ « „ ‹ ‘ or a straight quote that opens
  close_quote,  ///< ” » › ’ or a straight quote that closes
  invalid,      ///< one ill-formed UTF-8 byte (read as U+FFFD)
};

/// The longest token: the segmenters split a longer run of word characters
/// into tokens of at most this many bytes (at code point boundaries).
inline constexpr std::uint32_t kMaxTokenBytes = (std::uint32_t{1} << 22) - 1;

/// 8 bytes (a 50 MB document has ~10M tokens): where the span begins, and its
/// length packed with the kind, the part of speech and the chunk. `span()` is a
/// function (it was a `Span` member before issue 10); kind, pos and chunk are
/// read and written as before.
struct Token {
  constexpr Token() noexcept : length_(0), chunk(Chunk::O), kind(TokenKind::word), pos(Upos::X) {}
  /// `span.size()` <= kMaxTokenBytes.
  constexpr Token(Span span, TokenKind kind = TokenKind::word) noexcept
      : begin_(span.begin), length_(span.end - span.begin), chunk(Chunk::O), kind(kind), pos(Upos::X) {}

  Span span() const noexcept { return {begin_, begin_ + length_}; }
  void set_span(Span span) noexcept { begin_ = span.begin, length_ = span.size(); }

 private:
  std::uint32_t begin_ = 0;
  std::uint32_t length_ : 22;

 public:
  Chunk chunk : 2;          ///< base noun-phrase chunk (B/I), O outside one or untagged
  TokenKind kind : 3;
  Upos pos : 5;             ///< part of speech; X where the sentence was not tagged

  bool is_word() const noexcept { return kind == TokenKind::word || kind == TokenKind::number || kind == TokenKind::clitic; }
};
static_assert(sizeof(Token) == 8);

struct SentenceSpan {
  Span span;
  std::uint32_t first_token = 0, token_count = 0;
};

struct ParagraphSpan {
  Span span;
  std::uint32_t first_sentence = 0, sentence_count = 0;
};

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<SentenceSpan> sentences;
  std::vector<ParagraphSpan> paragraphs;
};

enum class Segmenter : std::uint8_t { fast, icu };

/// Segments `text` into paragraphs, sentences and tokens. Never throws on bad
/// UTF-8 (see rhetor/unicode.hpp). Throws InputError above 4 GiB.
///
///   auto seg = rhetor::segment("Dr. Smith left. He said no.");
///   // seg.sentences.size() == 2
Segmentation segment(std::string_view text, Segmenter how = Segmenter::fast);

/// Tokens of one sentence-sized string, appended to `out` (cleared first); no
/// sentence or paragraph splitting. Reuses `out`'s capacity: no allocation in
/// the steady state.
void tokenize(std::string_view text, std::vector<Token>& out);

}  // namespace rhetor
