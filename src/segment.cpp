// The fast segmenter: a byte-table scanner for ASCII with ICU character
// properties for everything else, plus rhetor's paragraph and sentence rules.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

#include "normalize.hpp"
#include "rhetor/error.hpp"
#include "rhetor/segment.hpp"
#include "rhetor/unicode.hpp"
#include "scan.hpp"
#include "segment_rules.hpp"

namespace rhetor {
namespace detail {

namespace {
constexpr std::array<std::uint8_t, 256> make_ascii_class() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t k = kOther;
    if (c >= 0x80) k = kHigh;
    else if (c == '\n') k = kNewline;
    else if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') k = kSpace;
    else if (c >= 'a' && c <= 'z') k = kLower;
    else if (c >= 'A' && c <= 'Z') k = kUpper;
    else if (c >= '0' && c <= '9') k = kDigit;
    else if (c > 0x20 && c < 0x7F) k = kPunct;
    else k = kPunct;  // control characters (NUL included) are one-character symbols
    t[c] = k;
  }
  return t;
}
constexpr auto kClassTable = make_ascii_class();
}  // namespace

const std::uint8_t kAsciiClass[256] = {
#define R(i) kClassTable[i]
#define R8(i) R(i), R(i + 1), R(i + 2), R(i + 3), R(i + 4), R(i + 5), R(i + 6), R(i + 7)
#define R64(i) R8(i), R8(i + 8), R8(i + 16), R8(i + 24), R8(i + 32), R8(i + 40), R8(i + 48), R8(i + 56)
    R64(0), R64(64), R64(128), R64(192)
#undef R64
#undef R8
#undef R
};

bool is_word_codepoint(char32_t cp) noexcept {
  if (cp == 0xFFFD) return false;
  if (u_isalnum(static_cast<UChar32>(cp))) return true;
  const auto type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK ||
         cp == 0x00AD /* soft hyphen */;
}
bool is_space_codepoint(char32_t cp) noexcept {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x200B || cp == 0xFEFF;
}
bool is_upper_codepoint(char32_t cp) noexcept {
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool is_lower_codepoint(char32_t cp) noexcept { return u_islower(static_cast<UChar32>(cp)); }

int quote_kind(char32_t cp) noexcept {
  switch (cp) {
    case U'\u201C': case U'\u00AB': case U'\u201E': case U'\u2039': case U'\u300C': case U'\u300E': return 1;
    case U'\u201D': case U'\u00BB': case U'\u203A': case U'\u300D': case U'\u300F': return 2;
    case U'\u2018': case U'\u2019': case U'\u201A': return 3;
    default: return 0;
  }
}

namespace {
bool iequals_ascii(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x + 32);
    if (x != y) return false;
  }
  return true;
}
template <std::size_t N>
bool in_list(std::string_view word, const std::array<std::string_view, N>& list) noexcept {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return iequals_ascii(word, w); });
}
constexpr std::array<std::string_view, 58> kTitles = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm",
    "cmdr", "cdr", "rev", "hon", "sen", "rep", "reps", "gov", "pres", "supt", "insp", "det", "st",
    "mt", "ft", "messrs", "mme", "mlle", "vs", "cf", "approx", "dept", "fig", "figs", "vol", "op",
    "ch", "sec", "art", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "esq"};
constexpr std::array<std::string_view, 44> kStarters = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "but", "and", "however", "in", "on", "at", "there", "his", "her", "its", "their",
    "our", "what", "when", "why", "how", "if", "as", "after", "before", "meanwhile", "yet", "so",
    "for", "while", "officials", "many", "some", "most", "both"};
}  // namespace

// Up to 8 bytes as one integer, ASCII-lowercased (the short lists below compare as integers).
constexpr std::uint64_t pack_lower(std::string_view w) noexcept {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < w.size() && i < 8; ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    v |= static_cast<std::uint64_t>(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
  }
  return v;
}
constexpr auto kPackedTitles = [] {  // sorted, for binary search
  std::array<std::uint64_t, kTitles.size()> p{};
  for (std::size_t i = 0; i < kTitles.size(); ++i) p[i] = pack_lower(kTitles[i]);
  std::sort(p.begin(), p.end());
  return p;
}();
static_assert(std::all_of(kTitles.begin(), kTitles.end(), [](std::string_view t) { return t.size() <= 8; }));

bool is_title_abbreviation(std::string_view word) noexcept {
  // "No." is a title only before a number; callers pass the following token separately,
  // so keep it here and let the sentence splitter check the digit case.
  if (word.size() > 8 || word.empty()) return false;  // every title has 1..8 bytes
  const std::uint64_t w = pack_lower(word);
  return std::binary_search(kPackedTitles.begin(), kPackedTitles.end(), w);
}
bool is_sentence_starter(std::string_view word) noexcept { return in_list(word, kStarters); }

bool is_initialism(std::string_view t) noexcept {
  if (t.size() < 4 || t.back() != '.') return false;
  for (std::size_t i = 0; i < t.size(); i += 2) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (!(kAsciiClass[c] == kLower || kAsciiClass[c] == kUpper)) return false;
    if (i + 1 >= t.size() || t[i + 1] != '.') return false;
  }
  return true;
}

bool starts_upper(std::string_view text, const Token& t) noexcept {
  unsigned char c = static_cast<unsigned char>(text[t.span().begin]);
  if (c < 0x80) return kAsciiClass[c] == kUpper;
  std::size_t len;
  return is_upper_codepoint(decode_utf8(text, t.span().begin, len));
}
bool starts_lower(std::string_view text, const Token& t) noexcept {
  unsigned char c = static_cast<unsigned char>(text[t.span().begin]);
  if (c < 0x80) return kAsciiClass[c] == kLower;
  std::size_t len;
  return is_lower_codepoint(decode_utf8(text, t.span().begin, len));
}

// ---------------------------------------------------------------------------
// Tokenizer: the shared scanner (scan.hpp), collecting Tokens.

void tokenize_range(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Token>& out,
                    int* open_single_state) {
  scan_tokens(text, begin, end, [&out](Span span, TokenKind kind, bool) { out.push_back({span, kind}); },
              open_single_state);
}

std::vector<Span> split_paragraphs(std::string_view text) {
  std::vector<Span> out;
  const std::uint32_t n = static_cast<std::uint32_t>(text.size());
  std::uint32_t para_start = 0;
  std::uint32_t i = 0;
  auto flush = [&](std::uint32_t b, std::uint32_t e) {
    while (b < e && (kAsciiClass[static_cast<unsigned char>(text[b])] == kSpace ||
                     kAsciiClass[static_cast<unsigned char>(text[b])] == kNewline)) ++b;
    while (e > b && (kAsciiClass[static_cast<unsigned char>(text[e - 1])] == kSpace ||
                     kAsciiClass[static_cast<unsigned char>(text[e - 1])] == kNewline)) --e;
    if (e > b) out.push_back({b, e});
  };
  while (i < n) {
    const void* nl = std::memchr(text.data() + i, '\n', n - i);
    if (!nl) break;
    std::uint32_t p = static_cast<std::uint32_t>(static_cast<const char*>(nl) - text.data());
    // Is the next line blank (only spaces/tabs/CR until the next newline or end)?
    std::uint32_t j = p + 1;
    while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j >= n || text[j] == '\n') {
      flush(para_start, p);
      while (j < n && kAsciiClass[static_cast<unsigned char>(text[j])] >= kSpace &&
             kAsciiClass[static_cast<unsigned char>(text[j])] <= kNewline) ++j;
      para_start = j;
      i = j;
    } else {
      i = p + 1;
    }
  }
  flush(para_start, n);
  return out;
}

namespace {
bool is_terminal(std::string_view tok) noexcept {
  if (tok.size() == 1) return tok[0] == '.' || tok[0] == '!' || tok[0] == '?';  // most punctuation
  if (tok == "." || tok == "!" || tok == "?" || tok == "\u2026" || tok == "\u203C" || tok == "\u2047" ||
      tok == "\u2048" || tok == "\u2049" || tok == "\uFF01" || tok == "\uFF1F" || tok == "\u3002")
    return true;
  return tok.size() >= 3 && tok[0] == '.' && tok[1] == '.';
}
bool is_closer(const Token& t, std::string_view tok) noexcept {
  return t.kind == TokenKind::close_quote || tok == ")" || tok == "]" || tok == "}";
}
bool is_opener(const Token& t, std::string_view tok) noexcept {
  return t.kind == TokenKind::open_quote || tok == "(" || tok == "[" || tok == "\u2014" || tok == "-";
}
bool has_newline(std::string_view text, std::uint32_t b, std::uint32_t e) noexcept {
  if (e <= b) return false;  // adjacent tokens
  if (e - b == 1) return text[b] == '\n';
  return std::memchr(text.data() + b, '\n', e - b) != nullptr ||
         (std::memchr(text.data() + b, 0xE2, e - b) != nullptr &&
          text.substr(b, e - b).find("\u2028") != std::string_view::npos);
}
}  // namespace

void split_sentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                     std::uint32_t last, std::vector<SentenceSpan>& out) {
  auto tok = [&](std::uint32_t k) {  // spans lie inside text: no bounds check needed
    return std::string_view(text.data() + tokens[k].span().begin, tokens[k].span().size());
  };
  std::uint32_t start = first;
  auto emit = [&](std::uint32_t end_tok) {  // sentence = tokens [start, end_tok)
    if (end_tok > start)
      out.push_back({{tokens[start].span().begin, tokens[end_tok - 1].span().end}, start, end_tok - start});
    start = end_tok;
  };
  for (std::uint32_t k = first; k < last; ++k) {
    const Token& t = tokens[k];
    const std::string_view s = tok(k);
    std::uint32_t next = k + 1;
    bool candidate = false;
    if (t.kind == TokenKind::punct && is_terminal(s)) {
      // absorb closing quotes/brackets and further terminals: ?!" ).
      while (next < last && (is_closer(tokens[next], tok(next)) || (tokens[next].kind == TokenKind::punct && is_terminal(tok(next)))) &&
             tokens[next].span().begin == tokens[next - 1].span().end)
        ++next;
      candidate = true;
      if (s == "." && k > start) {
        const std::string_view prev = tok(k - 1);
        const bool attached = tokens[k - 1].span().end == t.span().begin;
        if (attached && is_title_abbreviation(prev)) {
          // "No. 5" is a title, "said no." is not.
          if (!((prev == "no" || prev == "No" || prev == "nos") && !(next < last && tokens[next].kind == TokenKind::number)))
            candidate = false;
        }
        if (attached && prev.size() == 1 && starts_upper(text, tokens[k - 1]) && tokens[k - 1].kind == TokenKind::word)
          candidate = false;  // an initial: "J. Smith"
      }
    } else if (t.kind == TokenKind::word && s.size() >= 4 && s.back() == '.' && is_initialism(s)) {
      // U.S. / e.g.: a break only when a clear sentence starter follows.
      candidate = next < last && tokens[next].kind == TokenKind::word && starts_upper(text, tokens[next]) &&
                  is_sentence_starter(tok(next)) && !(s == "e.g." || s == "i.e." || s == "E.g." || s == "I.e.");
      if (candidate && next < last) {
        emit(next);
        k = next - 1;
        continue;
      }
      candidate = false;
    }
    if (candidate) {
      if (next >= last) { emit(last); k = last; break; }
      const Token& n = tokens[next];
      const bool gap = n.span().begin > tokens[next - 1].span().end;
      const bool starts = starts_upper(text, n) || n.kind == TokenKind::number || is_opener(n, tok(next)) ||
                          (!starts_lower(text, n) && n.kind != TokenKind::punct);
      // "— Acme Inc. (@acme) May 5, 2017": a post signature's handle in parentheses goes on the sentence
      const bool handle = tok(next) == "(" && next + 1 < last && tok(next + 1) == "@";
      if (gap && starts && !handle) {
        emit(next);
        k = next - 1;
        continue;
      }
      // The terminals absorbed above would each absorb the same run and reach the
      // same verdict: skip them, so that "!!!!..." is one pass, not quadratic.
      k = next - 1;
    }
    // A single newline ends a sentence unless the next line starts lowercase, is
    // a post signature's handle ("— Mr Alex ???\n(@alex) May 5, 2017") or the line
    // ends in a title ("— Sec.\nKirstjen Nielsen (@SecNielsen)"; as the ICU path).
    if (k + 1 < last && has_newline(text, t.span().end, tokens[k + 1].span().begin) && !starts_lower(text, tokens[k + 1]) &&
        !(tok(k + 1) == "(" && k + 2 < last && tok(k + 2) == "@") &&
        !(s == "." && k > start && tokens[k - 1].span().end == t.span().begin && is_title_abbreviation(tok(k - 1)) &&
          tok(k - 1) != "no" && tok(k - 1) != "No" && tok(k - 1) != "nos"))
      emit(k + 1);
  }
  emit(last);
}

}  // namespace detail

void tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) throw InputError("input of 4 GiB or more");
  detail::tokenize_range(text, 0, static_cast<std::uint32_t>(text.size()), out);
}

Segmentation segment_icu(std::string_view text);  // segment_icu.cpp

Segmentation segment(std::string_view text, Segmenter how) {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) throw InputError("input of 4 GiB or more");
  if (how == Segmenter::icu) return segment_icu(text);
  Segmentation seg;
  seg.tokens.reserve(text.size() / 5 + 16);
  for (Span p : detail::split_paragraphs(text)) {
    const auto first_tok = static_cast<std::uint32_t>(seg.tokens.size());
    detail::tokenize_range(text, p.begin, p.end, seg.tokens);
    const auto first_sent = static_cast<std::uint32_t>(seg.sentences.size());
    detail::split_sentences(text, seg.tokens, first_tok, static_cast<std::uint32_t>(seg.tokens.size()), seg.sentences);
    seg.paragraphs.push_back({p, first_sent, static_cast<std::uint32_t>(seg.sentences.size()) - first_sent});
  }
  return seg;
}

}  // namespace rhetor
