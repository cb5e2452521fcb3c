#include "matcher.hpp"

#include <algorithm>
#include <limits>
#include <memory>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "normalize.hpp"
#include "rhetor/report.hpp"
#include "segment_rules.hpp"

namespace rhetor::detail {

namespace {
// ASCII A-Z -> a-z, sixteen (SSE2) or eight bytes at a time; other bytes are
// copied unchanged. Returns whether the text has any non-ASCII byte.
bool ascii_lowercase(std::string_view text, char* out) noexcept {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::uint64_t seen = 0;  // OR of all bytes
  std::size_t i = 0;
#ifdef __SSE2__
  __m128i seen16 = _mm_setzero_si128();
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    seen16 = _mm_or_si128(seen16, x);
    // A wrapping add moves 'A'..'Z' to the bottom of the signed bytes: one compare finds them.
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 'A'))),
                                         _mm_set1_epi8(static_cast<char>(0x80 + 26)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  }
  if (_mm_movemask_epi8(seen16)) seen = kHigh;
#endif
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t x;
    __builtin_memcpy(&x, text.data() + i, 8);
    seen |= x;
    const std::uint64_t heptets = x & ~kHigh;
    const std::uint64_t ge_a = heptets + 0x3F3F3F3F3F3F3F3Full;  // high bit: byte >= 'A'
    const std::uint64_t gt_z = heptets + 0x2525252525252525ull;  // high bit: byte > 'Z'
    const std::uint64_t upper = ge_a & ~gt_z & ~x & kHigh;
    x |= upper >> 2;                                              // + 0x20
    __builtin_memcpy(out + i, &x, 8);
  }
  for (; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    seen |= c;
    out[i] = static_cast<char>(c + ((static_cast<unsigned>(c - 'A') < 26u) << 5));
  }
  return (seen & kHigh) != 0;
}
}  // namespace

constexpr std::size_t kFoldedCacheSize = 4096;

namespace {
// Appends the normalized key of a non-ASCII token to s.keys (memoized: see Scratch::folded_cache).
// Cached keys carry their kKeyPadding zero bytes, so each is appended in one step.
__attribute__((noinline)) void append_folded_key(std::string_view word, Scratch& s, TokenInfo& ti) {
  auto it = s.folded_cache.find(word);
  if (it == s.folded_cache.end()) {
    if (s.folded_cache.size() >= kFoldedCacheSize) s.folded_cache.clear();
    normalize_word(word, s.tmp, true);
    s.tmp.append(kKeyPadding, '\0');
    it = s.folded_cache.emplace(std::string(word), s.tmp).first;
  }
  const std::string& padded = it->second;
  ti.key_offset = static_cast<std::uint32_t>(s.keys.size());
  ti.key_length = static_cast<std::uint32_t>(padded.size() - kKeyPadding);
  s.keys += padded;
}
}  // namespace

void prepare_tokens(const CompiledLexicon& lex, std::string_view text, Scratch& s) {
  const std::size_t n = s.tokens.size();
  s.info.resize(n);
  // Keys live in one arena: first the whole text ASCII-lowercased (so an ASCII
  // token's key sits at its own offset, with no per-token copy), then the
  // ICU-normalized keys of non-ASCII tokens appended after it.
  // kKeyPadding zero bytes after each region let the hash read 8 bytes at a time.
  s.keys.resize(text.size() + kKeyPadding);
  const bool any_high = ascii_lowercase(text, s.keys.data());
  // Next non-ASCII byte at or after a position: tokens come in text order, so one
  // forward-moving cursor tells which tokens need ICU normalization.
  const char* high = text.data();
  const char* const text_end = text.data() + text.size();
  auto next_high = [&](std::uint32_t from) {
    if (high < text.data() + from) high = text.data() + from;
    while (high + 8 <= text_end && !(hashing::load8(high) & 0x8080808080808080ull)) high += 8;
    while (high < text_end && static_cast<unsigned char>(*high) < 0x80) ++high;
    return static_cast<std::size_t>(high - text.data());
  };
  std::size_t high_pos = any_high ? next_high(0) : text.size();  // all-ASCII text: no token needs ICU
  const Token* const tokens = s.tokens.data();
  TokenInfo* const info = s.info.data();

  // One pass: flags, key and symbols of each token. Appending a non-ASCII key
  // may move s.keys, so `keys` is re-read after each append.
  std::uint32_t words = 0, colons = 0;
  s.quote_positions.clear();
  s.starts.clear();
  const char* keys = s.keys.data();
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = tokens[k];
    TokenInfo& ti = info[k];
    const unsigned char c0 = static_cast<unsigned char>(text[t.span.begin]);
    ti.key_offset = t.span.begin;
    ti.key_length = t.span.size();
    // Words (most tokens) take a compare and branch, not the switch's jump table.
    if (t.kind == TokenKind::word || t.kind == TokenKind::clitic) {
      ti.flags = kFlagWord;
      if (c0 < 0x80 ? (kAsciiClass[c0] == kUpper) : starts_upper(text, t)) ti.flags |= kFlagCap;
      ++words;
    } else switch (t.kind) {
      case TokenKind::number: ti.flags = kFlagWord | kFlagNum; ++words; break;
      case TokenKind::open_quote:
      case TokenKind::close_quote:
        ti.flags = kFlagQuote | kFlagPunct;
        s.quote_positions.push_back(static_cast<std::uint32_t>(k));
        break;
      case TokenKind::invalid: ti.flags = kFlagPunct; ti.key_length = 0; ti.nsym = 0; continue;  // U+FFFD never matches
      default:
        ti.flags = kFlagPunct;
        if (c0 == ':') { ti.flags |= kFlagColon; ++colons; }
        break;
    }
    if (high_pos < t.span.end) {  // holds a non-ASCII byte (the cursor is at or after t.span.begin)
      if (high_pos < t.span.begin) high_pos = next_high(t.span.begin);
      if (high_pos < t.span.end) {
        append_folded_key(text.substr(t.span.begin, t.span.size()), s, ti);
        keys = s.keys.data();
      }
    }
    // Symbols, and whether a form can start here (match_sentence skips the other tokens outright).
    auto word = [&] { return std::string_view(text.data() + t.span.begin, t.span.size()); };
    ti.nsym = static_cast<std::uint8_t>(lex.symbols_padded({keys + ti.key_offset, ti.key_length}, word, s.tmp2, ti.sym));
    for (int y = 0; y < ti.nsym; ++y) {
      if (lex.root_child(ti.sym[y])) {
        ti.flags |= kFlagStarts;
        s.starts.push_back(static_cast<std::uint32_t>(k));
        break;
      }
    }
  }
  s.word_tokens = words;
  s.quote_tokens = static_cast<std::uint32_t>(s.quote_positions.size());
  s.colon_tokens = colons;
}

// Is token k (when `exists`) one of the words or classes of `c`?
bool token_in(const CompiledLexicon& lex, const Scratch& s, std::uint32_t k, bool exists,
              const CompiledConstraint& c) noexcept {
  if (!exists) return c.end;
  const std::uint8_t f = s.info[k].flags;
  if ((c.cap && (f & kFlagCap)) || (c.quote && (f & kFlagQuote)) || (c.punct && (f & kFlagPunct))) return true;
  const std::string_view key = s.key(k);
  if (c.num && ((f & kFlagNum) || ((f & kFlagWord) && lex.number_words.find(key)))) return true;
  const std::uint64_t head = hashing::word_at<true>(key, 0);  // keys are padded
  // words are sorted by head: a class of hundreds of words costs a binary search
  auto w = std::lower_bound(c.words.begin(), c.words.end(), head,
                            [](const CompiledConstraint::Word& x, std::uint64_t h) { return x.head < h; });
  for (; w != c.words.end() && w->head == head; ++w)
    if (w->text.size() == key.size() && (key.size() <= 8 || key == w->text)) return true;
  return false;
}

namespace {

bool constraints_hold(const CompiledLexicon& lex, const Scratch& s, std::uint32_t entry, std::uint32_t begin,
                      std::uint32_t end, std::uint32_t range_begin, std::uint32_t range_end) noexcept {
  for (const CompiledConstraint& c : lex.constraints[entry]) {
    const bool exists = c.next ? end < range_end : begin > range_begin;
    const std::uint32_t k = c.next ? end : begin - 1;
    if (token_in(lex, s, k, exists, c) == c.negated) return false;
  }
  return true;
}

}  // namespace

void match_sentence(const CompiledLexicon& lex, std::uint32_t begin, std::uint32_t end,
                    Scratch& s) {
  s.matches.clear();
  s.context.clear();
  s.best.resize(lex.lanes);
  s.lane_end.assign(lex.lanes, begin);
  s.lane_start.assign(lex.lanes, std::numeric_limits<std::uint32_t>::max());
  const TokenInfo* const info = s.info.data();
  RawMatch* const best = s.best.data();

  // Forms ending at trie node `node` match tokens [i, j_end): keep the longest per lane.
  // Most nodes end no form, so that check stays inline and the rest out of line.
  auto accept_slow = [&](std::uint32_t node, std::uint32_t i, std::uint32_t j_end) __attribute__((noinline)) {
    for (std::uint32_t a = lex.accept_begin[node]; a < lex.accept_begin[node + 1]; ++a) {
      const CompiledEntry& ce = lex.accepts[a];
      if (ce.constrained && !constraints_hold(lex, s, ce.entry, i, j_end, begin, end)) continue;
      RawMatch& b = best[ce.lane];
      const bool fresh = s.lane_start[ce.lane] != i;
      if (fresh) {
        s.lane_start[ce.lane] = i;
        s.touched.push_back(ce.lane);
      }
      if (fresh || j_end > b.end) b = RawMatch{i, j_end, &ce, ce.category, ce.weight, false, false};
    }
  };
  const std::uint32_t* const accept_begin = lex.accept_begin.data();
  auto accept = [&](std::uint32_t node, std::uint32_t i, std::uint32_t j_end) {
    if (accept_begin[node] != accept_begin[node + 1]) accept_slow(node, i, j_end);
  };

  std::uint32_t frontier_a[16], frontier_b[16];
  // Only tokens that start some form (kFlagStarts, listed in s.starts) can begin a match.
  const auto first_start = std::lower_bound(s.starts.begin(), s.starts.end(), begin);
  for (auto st = first_start; st != s.starts.end() && *st < end; ++st) {
    const std::uint32_t i = *st;
    const TokenInfo& first = info[i];
    s.touched.clear();  // lanes with a match starting at i, in first-match order
    // Walk the trie from the root over tokens i, i+1, ... following every symbol of each token.
    std::uint32_t* frontier = frontier_a;
    std::uint32_t* next = frontier_b;
    int nf = 0;
    for (int y = 0; y < first.nsym; ++y) {
      if (const std::uint32_t child = lex.root_child(first.sym[y])) {
        frontier[nf++] = child;
        accept(child, i, i + 1);
      }
    }
    for (std::uint32_t j = i + 1; j < end && nf > 0; ++j) {
      const TokenInfo& ti = info[j];
      int nn = 0;
      for (int f = 0; f < nf; ++f) {
        for (int y = 0; y < ti.nsym; ++y) {
          if (const std::uint32_t child = lex.edges.find(frontier[f], ti.sym[y])) {
            if (nn < 16) next[nn++] = child;
            accept(child, i, j + 1);
          }
        }
      }
      std::swap(frontier, next);
      nf = nn;
    }
    for (std::uint16_t lane : s.touched) {
      if (s.lane_end[lane] > i) continue;  // overlaps an earlier, leftmost match of the lane
      const RawMatch& b = best[lane];
      s.lane_end[lane] = b.end;
      (b.category >= 0 ? s.matches : s.context).push_back(b);
    }
  }
}

namespace {
template <class T>
std::size_t held(const std::vector<T>& v) noexcept {
  return v.capacity() * sizeof(T);
}
std::size_t held(const std::string& v) noexcept { return v.capacity(); }
}  // namespace

std::size_t capacity_bytes(const Scratch& s) noexcept {
  std::size_t folded = 0;  // a bounded cache of short strings: counted roughly
  for (const auto& [word, key] : s.folded_cache) folded += word.capacity() + key.capacity() + 64;
  return held(s.tokens) + held(s.info) + held(s.keys) + held(s.tmp) + held(s.tmp2) + held(s.quotes) +
         held(s.matches) + held(s.context) + held(s.best) + held(s.touched) + held(s.lane_end) +
         held(s.open_stack) + held(s.open_stack_single) + held(s.lane_start) + held(s.rule_marks) +
         held(s.rule_index) + held(s.starts) + held(s.quote_positions) + folded;
}

void release_if_above(Scratch& s, std::size_t bound) noexcept {
  if (capacity_bytes(s) <= bound) return;
  // Destroyed and built anew, not assigned: a std::string move-assigned from an
  // empty one keeps its own buffer. A default Scratch allocates nothing.
  std::destroy_at(&s);
  std::construct_at(&s);
}

}  // namespace rhetor::detail
