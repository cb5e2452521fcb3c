// Internal: the quotation stage. Finds quotations (per paragraph, as token
// regions), flags quoted tokens, and classifies short unattributed ones as
// scare quotes.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "compiled_lexicon.hpp"
#include "matcher.hpp"
#include "rhetor/report.hpp"
#include "token_ranges.hpp"

namespace rhetor::detail {

/// The document's quotations with lookup by their opening or closing mark.
/// Memory is per quotation plus two bits per token, not two integers per token
/// (a 50 MB document has ~10M tokens): a bit says whether a quotation opens or
/// closes at a token, and only then a binary search finds which, so a lookup is
/// O(1) for most tokens and O(log quotations) at a mark.
struct QuoteIndex {
  std::span<const QuoteRegion> quotes;      // by opening mark (find_quotes keeps them so)
  std::span<const std::uint32_t> by_close;  // indices of the closed quotations, by closing mark
  std::span<const std::uint64_t> marks;     // bit 2k: a quotation opens at token k; bit 2k+1: one closes there
  const QuoteRegion* starting_at(std::uint32_t k) const noexcept {
    if (!has_mark(2 * std::size_t{k})) return nullptr;
    const auto it = std::lower_bound(quotes.begin(), quotes.end(), k,
                                     [](const QuoteRegion& q, std::uint32_t t) { return q.open < t; });
    return it != quotes.end() && it->open == k ? &*it : nullptr;
  }
  const QuoteRegion* ending_at(std::uint32_t k) const noexcept {
    if (!has_mark(2 * std::size_t{k} + 1)) return nullptr;
    const auto it = std::lower_bound(by_close.begin(), by_close.end(), k,
                                     [&](std::uint32_t qi, std::uint32_t t) { return quotes[qi].close < t; });
    return it != by_close.end() && quotes[*it].close == k ? &quotes[*it] : nullptr;
  }

 private:
  bool has_mark(std::size_t bit) const noexcept {
    return bit / 64 < marks.size() && ((marks[bit / 64] >> (bit % 64)) & 1);
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

/// The indices of the closed quotations of `quotes`, ordered by closing mark.
std::vector<std::uint32_t> quotes_by_close(std::span<const QuoteRegion> quotes);
/// QuoteIndex::marks for `quotes` over `tokens` tokens.
std::vector<std::uint64_t> quote_marks(std::span<const QuoteRegion> quotes, std::size_t tokens);

}  // namespace rhetor::detail
