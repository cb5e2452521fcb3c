// Internal: the quotation stage. Finds quotations (per paragraph, as token
// regions), flags quoted tokens, and classifies short unattributed ones as
// scare quotes.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "compiled_lexicon.hpp"
#include "matcher.hpp"
#include "rhetor/report.hpp"
#include "token_ranges.hpp"

namespace rhetor::detail {

/// The document's quotations with O(1) lookup by their opening or closing
/// mark, so that linking stays linear (one 50 MB paragraph may hold a million
/// quotations).
struct QuoteIndex {
  std::span<const QuoteRegion> quotes;
  std::span<const std::int32_t> open_at;   // by token index: quotation opening there, or -1
  std::span<const std::int32_t> close_at;  // by token index: closed quotation ending there, or -1
  const QuoteRegion* starting_at(std::uint32_t k) const noexcept {
    return k < open_at.size() && open_at[k] >= 0 ? &quotes[static_cast<std::size_t>(open_at[k])] : nullptr;
  }
  const QuoteRegion* ending_at(std::uint32_t k) const noexcept {
    return k < close_at.size() && close_at[k] >= 0 ? &quotes[static_cast<std::size_t>(close_at[k])] : nullptr;
  }
};

/// Finds quotations in tokens [begin, end) (one paragraph), appends them to
/// s.quotes in order of their opening mark and flags quoted tokens.
void find_quotes(std::string_view text, std::uint32_t begin, std::uint32_t end, Scratch& s);

/// The report's quotations (in text order) and which are scare quotes:
/// - a closed quotation of 1..scare_quote_max_tokens words that no attribution
///   claims as content and that is not a quoted sentence (one ending in ? or !,
///   or starting with a capital and ending in . or ,: American punctuation
///   inside the marks, `a "religion of peace."`, stays a scare quote);
/// - the words after a class-scare-marker word ("so-called experts"): the noun
///   phrase that follows (tags), at most scare_quote_max_tokens words.
struct QuoteReport {
  std::vector<Quote> quotes;
  std::vector<std::uint32_t> scare_in_sentence;  // by sentence
  std::vector<std::uint8_t> in_scare;            // by token: inside a scare quote
};
QuoteReport report_quotes(const CompiledLexicon& lex, const Scratch& s, std::span<const SentenceTokens> sentences,
                          const QuoteIndex& quotes, std::span<const std::uint8_t> attributed);

/// Fills `open_at`/`close_at` (sized tokens + 1, -1 elsewhere) for `quotes`.
void index_quotes(std::span<const QuoteRegion> quotes, std::vector<std::int32_t>& open_at,
                  std::vector<std::int32_t>& close_at);

}  // namespace rhetor::detail
