// The ICU segmenter: ICU's word and sentence BreakIterators over the UTF-8
// text (UText, so boundaries are byte offsets), post-processed into rhetor's
// token conventions and sentence rules. It is the reference the fast path is
// tested against (tests/segment_test.cpp), and an option for users.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "normalize.hpp"
#include "rhetor/segment.hpp"
#include "segment_rules.hpp"

namespace rhetor {
namespace {

using detail::kAsciiClass;

struct UTextCloser {
  void operator()(UText* t) const noexcept { utext_close(t); }
};

std::unique_ptr<icu::BreakIterator> make_iterator(bool words) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(words ? icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status)
                                               : icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU break iterator unavailable");
  return it;
}

// Splits a word segment into word + clitic tokens ("don't" -> do n't, "NATO's" -> NATO 's).
void push_word(std::string_view text, std::uint32_t b, std::uint32_t e, std::vector<Token>& out) {
  const TokenKind kind = kAsciiClass[static_cast<unsigned char>(text[b])] == detail::kDigit ? TokenKind::number : TokenKind::word;
  // find the last apostrophe in the segment
  for (std::uint32_t i = e; i-- > b + 1;) {
    std::size_t al = 0;
    if (!detail::is_apostrophe_at(text, i, al)) continue;
    std::string suffix;
    detail::normalize_word(text.substr(i + al, e - i - al), suffix, true);
    if (suffix == "t" && i >= b + 2 && (text[i - 1] == 'n' || text[i - 1] == 'N')) {
      detail::split_long_token(text, {b, i - 1}, [&](Span piece) { out.push_back({piece, kind}); });
      out.push_back({{i - 1, e}, TokenKind::clitic});
      return;
    }
    if (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" || suffix == "m") {
      detail::split_long_token(text, {b, i}, [&](Span piece) { out.push_back({piece, kind}); });
      out.push_back({{i, e}, TokenKind::clitic});
      return;
    }
    break;
  }
  detail::split_long_token(text, {b, e}, [&](Span piece) { out.push_back({piece, kind}); });
}

bool is_joiner(std::string_view s) noexcept { return s == "-" || s == "\u2010" || s == "\u2011"; }
bool is_digit_joiner(std::string_view s) noexcept { return s == "/" || s == ":" || s == "," || s == "."; }

// "U.S" (ICU leaves the last period apart): is_initialism(word + "."), without
// copying the word; the length test first keeps a merged "U.S." from being rescanned.
bool is_initialism_but_last_period(std::string_view w) noexcept {
  if (w.size() < 3 || w.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto k = kAsciiClass[static_cast<unsigned char>(w[i])];
    if (i % 2 == 0 ? !(k == detail::kLower || k == detail::kUpper) : w[i] != '.') return false;
  }
  return true;
}

// Merges ICU's pieces of toks[from, end) back into rhetor conventions (hyphenated
// compounds, 9/11, U.S.), in place: the tokens of earlier paragraphs are not touched.
void merge_tokens(std::string_view text, std::vector<Token>& toks, std::size_t from) {
  auto str = [&](const Token& x) { return text.substr(x.span().begin, x.span().size()); };
  std::size_t kept = from;  // toks[from, kept) are the merged tokens so far; kept <= k
  for (std::size_t k = from; k < toks.size(); ++k) {
    const Token t = toks[k];
    if (kept > from) {
      Token& prev = toks[kept - 1];
      // initialism: "U.S" + "."
      if (t.kind == TokenKind::punct && str(t) == "." && prev.span().end == t.span().begin && prev.kind == TokenKind::word &&
          t.span().end - prev.span().begin <= kMaxTokenBytes && is_initialism_but_last_period(str(prev))) {
        prev.set_span({prev.span().begin, t.span().end});
        continue;
      }
      // word - word, digit / digit
      if (k + 1 < toks.size() && t.kind == TokenKind::punct && prev.span().end == t.span().begin &&
          toks[k + 1].span().begin == t.span().end && prev.kind != TokenKind::clitic && toks[k + 1].is_word() &&
          toks[k + 1].span().end - prev.span().begin <= kMaxTokenBytes) {
        const bool hyphen = is_joiner(str(t));
        const bool digits = is_digit_joiner(str(t)) && prev.kind == TokenKind::number &&
                            toks[k + 1].kind == TokenKind::number;
        if (hyphen || digits) {
          prev.set_span({prev.span().begin, toks[k + 1].span().end});
          ++k;
          continue;
        }
      }
    }
    toks[kept++] = t;
  }
  toks.resize(kept);
}

}  // namespace

Segmentation segment_icu(std::string_view text) {
  Segmentation seg;
  // Creating BreakIterators is costly: keep one pair per thread.
  thread_local std::unique_ptr<icu::BreakIterator> words = make_iterator(true);
  thread_local std::unique_ptr<icu::BreakIterator> sentences = make_iterator(false);
  for (Span p : detail::split_paragraphs(text)) {
    const std::string_view para = text.substr(p.begin, p.size());
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> ut(utext_openUTF8(nullptr, para.data(), static_cast<int64_t>(para.size()), &status));
    if (U_FAILURE(status)) throw std::runtime_error("utext_openUTF8 failed");

    const std::size_t first_tok = seg.tokens.size();
    int open_single = 0;
    words->setText(ut.get(), status);
    std::int32_t b = words->first();
    for (std::int32_t e = words->next(); e != icu::BreakIterator::DONE; b = e, e = words->next()) {
      const auto gb = p.begin + static_cast<std::uint32_t>(b), ge = p.begin + static_cast<std::uint32_t>(e);
      if (words->getRuleStatus() != UBRK_WORD_NONE) {
        push_word(text, gb, ge, seg.tokens);
      } else {
        detail::tokenize_range(text, gb, ge, seg.tokens, &open_single);  // spaces and punctuation, one token a character
      }
    }
    merge_tokens(text, seg.tokens, first_tok);

    // ICU sentences, then rhetor's corrections: no break after titles, initials and
    // initialisms unless a sentence starter follows, none before a lowercase line.
    std::vector<std::uint32_t> breaks;  // byte offsets where ICU starts a new sentence
    sentences->setText(ut.get(), status);
    for (std::int32_t s = sentences->next(); s != icu::BreakIterator::DONE; s = sentences->next())
      breaks.push_back(p.begin + static_cast<std::uint32_t>(s));

    const auto last_tok = static_cast<std::uint32_t>(seg.tokens.size());
    const auto first_sent = static_cast<std::uint32_t>(seg.sentences.size());
    std::uint32_t start = static_cast<std::uint32_t>(first_tok);
    std::size_t bi = 0;
    for (std::uint32_t k = start; k < last_tok; ++k) {
      while (bi < breaks.size() && breaks[bi] <= seg.tokens[k].span().begin) ++bi;
      const bool icu_break = k + 1 < last_tok && bi < breaks.size() && breaks[bi] <= seg.tokens[k + 1].span().begin;
      if (k + 1 >= last_tok) continue;
      const Token& t = seg.tokens[k];
      const Token& n = seg.tokens[k + 1];
      const std::string_view s = text.substr(t.span().begin, t.span().size());
      if (!icu_break) {
        // Where rhetor's rules break and ICU's do not: after an ellipsis, and
        // before a number ("It fell. 2023 was worse.").
        const bool gap = n.span().begin > t.span().end;
        const bool ellipsis = s == "\u2026" || (s.size() >= 3 && s.substr(0, 3) == "...");
        const bool terminal = s == "." || s == "!" || s == "?";
        const bool starts = detail::starts_upper(text, n) || n.kind == TokenKind::open_quote;
        if (!(gap && ((ellipsis && starts) || (terminal && n.kind == TokenKind::number)))) continue;
      }
      bool keep = true;
      if (s == "." && k > start) {
        const Token& pv = seg.tokens[k - 1];
        const std::string_view prev = text.substr(pv.span().begin, pv.span().size());
        if (pv.span().end == t.span().begin &&
            ((detail::is_title_abbreviation(prev) && !(prev == "no" || prev == "No" || prev == "nos")) ||
             (prev.size() == 1 && detail::starts_upper(text, pv))))
          keep = false;
      }
      if (t.kind == TokenKind::word && detail::is_initialism(s))
        keep = detail::is_sentence_starter(text.substr(n.span().begin, n.span().size())) &&
               !(s == "e.g." || s == "i.e." || s == "E.g." || s == "I.e.");
      if (detail::starts_lower(text, n)) keep = false;
      // "— Acme Inc. (@acme) May 5, 2017": a post signature's handle in parentheses goes on the sentence
      // (ICU's word rules keep "@acme" one token)
      if (n.span().size() == 1 && text[n.span().begin] == '(' && k + 2 < last_tok && text[seg.tokens[k + 2].span().begin] == '@')
        keep = false;
      if (keep) {
        seg.sentences.push_back({{seg.tokens[start].span().begin, t.span().end}, start, k + 1 - start});
        start = k + 1;
      }
    }
    if (last_tok > start)
      seg.sentences.push_back({{seg.tokens[start].span().begin, seg.tokens[last_tok - 1].span().end}, start, last_tok - start});
    seg.paragraphs.push_back({p, first_sent, static_cast<std::uint32_t>(seg.sentences.size()) - first_sent});
  }
  return seg;
}

}  // namespace rhetor
