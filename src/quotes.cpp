#include "quotes.hpp"

#include <algorithm>

namespace rhetor::detail {

namespace {
constexpr std::size_t kMaxQuoteDepth = 4;  // levels of quotation within quotation that are reported

bool is_single_quote_mark(std::string_view text, const Token& t) noexcept {
  const std::string_view m = text.substr(t.span.begin, t.span.size());
  return m == "'" || m == "\u2018" || m == "\u2019" || m == "\u201A" || m == "\u2039" || m == "\u203A";
}
}  // namespace

void find_quotes(std::string_view text, std::uint32_t begin, std::uint32_t end, Scratch& s) {
  // Two stacks, single and double marks. A closer pops the innermost opener of
  // its kind and drops openers of the other kind above it (they were never
  // closed): every opener is pushed and popped once, so this is linear.
  std::vector<std::uint32_t>& doubles = s.open_stack;
  std::vector<std::uint32_t>& singles = s.open_stack_single;
  doubles.clear();
  singles.clear();
  const std::size_t first_region = s.quotes.size();
  // Only quote tokens matter: walk their positions (s.quote_positions) within [begin, end).
  const auto first_quote = std::lower_bound(s.quote_positions.begin(), s.quote_positions.end(), begin);
  for (auto qp = first_quote; qp != s.quote_positions.end() && *qp < end; ++qp) {
    const std::uint32_t k = *qp;
    const Token& t = s.tokens[k];
    const bool single = is_single_quote_mark(text, t);
    std::vector<std::uint32_t>& same = single ? singles : doubles;
    std::vector<std::uint32_t>& other = single ? doubles : singles;
    if (t.kind == TokenKind::open_quote) {
      same.push_back(k);
    } else if (t.kind == TokenKind::close_quote && !same.empty()) {
      const std::uint32_t open = same.back();
      same.pop_back();
      while (!other.empty() && other.back() > open) other.pop_back();
      // Quotations nested deeper than kMaxQuoteDepth are not reported (their text is
      // inside a reported one and quoted voice anyway): output stays linear.
      if (doubles.size() + singles.size() < kMaxQuoteDepth) s.quotes.push_back({open, k, true});
    }
  }
  // A double quotation still open at the end of the paragraph runs to its end
  // (the usual convention for quotations spanning paragraphs).
  if (!doubles.empty()) s.quotes.push_back({doubles.front(), end, false});
  std::sort(s.quotes.begin() + static_cast<std::ptrdiff_t>(first_region), s.quotes.end(),
            [](const QuoteRegion& a, const QuoteRegion& b) { return a.open < b.open; });
  // Flag quoted tokens once each: regions come by opening mark, nested ones inside outer ones.
  std::uint32_t flagged_until = 0;
  for (std::size_t r = first_region; r < s.quotes.size(); ++r) {
    for (std::uint32_t k = std::max(s.quotes[r].open + 1, flagged_until); k < s.quotes[r].close; ++k)
      s.info[k].flags |= kFlagQuoted;
    flagged_until = std::max(flagged_until, s.quotes[r].close);
  }
}

void index_quotes(std::span<const QuoteRegion> quotes, std::vector<std::int32_t>& open_at,
                  std::vector<std::int32_t>& close_at) {
  for (std::size_t qi = 0; qi < quotes.size(); ++qi) {
    open_at[quotes[qi].open] = static_cast<std::int32_t>(qi);
    if (quotes[qi].closed) close_at[quotes[qi].close] = static_cast<std::int32_t>(qi);
  }
}

}  // namespace rhetor::detail
