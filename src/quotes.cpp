#include "quotes.hpp"

#include <algorithm>

namespace rhetor::detail {

namespace {
constexpr std::size_t kMaxQuoteDepth = 4;  // levels of quotation within quotation that are reported

bool is_single_quote_mark(std::string_view text, const Token& t) noexcept {
  const std::string_view m = text.substr(t.span().begin, t.span().size());
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

std::vector<std::uint32_t> quotes_by_close(std::span<const QuoteRegion> quotes) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t qi = 0; qi < quotes.size(); ++qi)
    if (quotes[qi].closed) out.push_back(qi);
  // Closing marks are distinct tokens: a plain sort orders them.
  std::sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) { return quotes[a].close < quotes[b].close; });
  return out;
}

std::vector<std::uint64_t> quote_marks(std::span<const QuoteRegion> quotes, std::size_t tokens) {
  std::vector<std::uint64_t> bits((2 * (tokens + 1) + 63) / 64, 0);
  auto set = [&](std::size_t bit) { bits[bit / 64] |= std::uint64_t{1} << (bit % 64); };
  for (const QuoteRegion& q : quotes) {
    set(2 * std::size_t{q.open});
    if (q.closed) set(2 * std::size_t{q.close} + 1);
  }
  return bits;
}

QuoteReport report_quotes(const CompiledLexicon& lex, const Scratch& s, std::span<const SentenceTokens> sentences,
                          const QuoteIndex& quotes, std::span<const std::uint8_t> attributed) {
  QuoteReport out;
  const auto ntok = static_cast<std::uint32_t>(s.tokens.size());
  const unsigned max_words = lex.options.scare_quote_max_tokens;
  out.scare_in_sentence.assign(sentences.size(), 0);
  out.in_scare.assign(ntok + 1, 0);
  auto word = [&](std::uint32_t k) { return (s.info[k].flags & kFlagWord) != 0; };
  auto cap = [&](std::uint32_t k) { return (s.info[k].flags & kFlagCap) != 0; };
  std::uint32_t si = 0;
  for (std::size_t qi = 0; qi < quotes.quotes.size(); ++qi) {
    const QuoteRegion& q = quotes.quotes[qi];
    while (si + 1 < sentences.size() && sentences[si].end <= q.open) ++si;
    Quote quote;
    quote.paragraph = sentences[si].paragraph;
    const std::uint32_t close_tok = q.closed ? q.close : q.close - 1;
    quote.span = {s.tokens[q.open].span().begin, s.tokens[close_tok].span().end};
    std::uint32_t first_word = 0;
    for (std::uint32_t k = q.open + 1; k < q.close && quote.word_tokens <= max_words; ++k)
      if (word(k) && quote.word_tokens++ == 0) first_word = k;
    const std::uint32_t inner_last = q.close > q.open + 1 ? q.close - 1 : q.open;
    bool sentence_like = false;
    if (q.closed && inner_last > q.open && (s.info[inner_last].flags & kFlagPunct)) {
      const std::string_view p = s.key(inner_last);
      sentence_like = p == "?" || p == "!" || ((p == "." || p == ",") && quote.word_tokens > 0 && cap(first_word));
    }
    quote.scare = q.closed && quote.word_tokens > 0 && quote.word_tokens <= max_words && !attributed[qi] && !sentence_like;
    if (quote.scare) ++out.scare_in_sentence[si];
    out.quotes.push_back(quote);
  }
  // tokens inside a scare quote, flagged once each (quotations come by opening mark)
  std::uint32_t flagged_until = 0;
  for (std::size_t qi = 0; qi < quotes.quotes.size(); ++qi) {
    if (!out.quotes[qi].scare) continue;
    for (std::uint32_t k = std::max(quotes.quotes[qi].open + 1, flagged_until); k < quotes.quotes[qi].close; ++k)
      out.in_scare[k] = 1;
    flagged_until = std::max(flagged_until, quotes.quotes[qi].close);
  }
  // "so-called experts": the noun phrase after the marker (in marks, the quotation itself counts above)
  std::vector<Quote> so_called;
  for (std::uint32_t sj = 0; sj < sentences.size(); ++sj) {
    for (std::uint32_t k = sentences[sj].begin; k + 1 < sentences[sj].end; ++k) {
      if (!(lex.word_classes(s.symbols(k), s.info[k].nsym) & kClassScareMarker)) continue;
      if (s.tokens[k + 1].kind == TokenKind::open_quote || out.in_scare[k + 1]) continue;
      std::uint32_t e = k + 1, words = 0;
      auto np_word = [&](std::uint32_t t) {
        const Upos p = s.tokens[t].pos;
        return p == Upos::ADJ || p == Upos::NOUN || p == Upos::PROPN || p == Upos::NUM ||
               (p == Upos::X && word(t));  // untagged: the word right after the marker
      };
      while (e < sentences[sj].end && words < max_words && np_word(e)) {
        ++words;
        ++e;
        if (s.tokens[e - 1].pos == Upos::X) break;
      }
      // a noun phrase ends at its noun: drop trailing adjectives ("so-called experts say" keeps "experts")
      while (e > k + 1 && s.tokens[e - 1].pos == Upos::ADJ && e - 1 > k + 1) --e, --words;
      if (words == 0) continue;
      Quote quote;
      quote.kind = QuoteKind::so_called;
      quote.paragraph = sentences[sj].paragraph;
      quote.span = {s.tokens[k + 1].span().begin, s.tokens[e - 1].span().end};
      quote.word_tokens = words;
      quote.scare = true;
      for (std::uint32_t t = k + 1; t < e; ++t) out.in_scare[t] = 1;
      ++out.scare_in_sentence[sj];
      so_called.push_back(quote);
      k = e - 1;
    }
  }
  if (!so_called.empty()) {
    const auto mid = static_cast<std::ptrdiff_t>(out.quotes.size());
    out.quotes.insert(out.quotes.end(), so_called.begin(), so_called.end());
    std::inplace_merge(out.quotes.begin(), out.quotes.begin() + mid, out.quotes.end(),
                       [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  }
  return out;
}

}  // namespace rhetor::detail
