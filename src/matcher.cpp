#include "matcher.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

#include "normalize.hpp"
#include "rhetor/report.hpp"
#include "scan.hpp"
#include "segment_rules.hpp"

namespace rhetor::detail {

constexpr std::size_t kFoldedCacheSize = 4096;

namespace {
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// ASCII A-Z -> a-z in each byte of `x`; other bytes unchanged.
inline std::uint64_t fold_ascii8(std::uint64_t x) noexcept {
  const std::uint64_t heptets = x & ~kHighBits;
  const std::uint64_t ge_a = heptets + 0x3F3F3F3F3F3F3F3Full;  // high bit: byte >= 'A'
  const std::uint64_t gt_z = heptets + 0x2525252525252525ull;  // high bit: byte > 'Z'
  return x | ((ge_a & ~gt_z & ~x & kHighBits) >> 2);           // + 0x20 on A-Z
}

// Up to 8 bytes of text at p (text_end - p of them when fewer are left), zero-extended:
// one load except in the last 8 bytes of the text, which may be the end of a mapping.
inline std::uint64_t load_upto8(const char* p, const char* text_end) noexcept {
  if (text_end - p >= 8) return hashing::load8(p);
  std::uint64_t w = 0;
  __builtin_memcpy(&w, p, static_cast<std::size_t>(text_end - p));
  return w;
}

// Every byte of text[span] is below 0x80 (for tokens the scanner did not hand
// over itself): 8 bytes a load, the last load masked to the token.
bool span_is_ascii(std::string_view text, Span span) noexcept {
  const char* p = text.data() + span.begin;
  const char* const e = text.data() + span.end;
  const char* const text_end = text.data() + text.size();
  for (; e - p > 8; p += 8)
    if (hashing::load8(p) & kHighBits) return false;
  return !(hashing::low_bytes(load_upto8(p, text_end), static_cast<std::size_t>(e - p)) & kHighBits);
}

// Returns the key of a non-ASCII token, appended to s.appended_key_bytes for token k (memoized:
// see Scratch::folded_cache). Cached keys carry their kKeyPadding bytes, so each
// is appended in one step.
__attribute__((noinline)) std::string_view append_folded_key(std::string_view word, std::uint32_t k, Scratch& s) {
  auto it = s.folded_cache.find(word);
  if (it == s.folded_cache.end()) {
    if (s.folded_cache.size() >= kFoldedCacheSize) s.folded_cache.clear();
    normalize_word(word, s.tmp, true);
    s.tmp.append(kKeyPadding, '\0');
    it = s.folded_cache.emplace(std::string(word), s.tmp).first;
  }
  const std::string& padded = it->second;
  const auto offset = static_cast<std::uint32_t>(s.appended_key_bytes.size());
  const auto length = static_cast<std::uint32_t>(padded.size() - kKeyPadding);
  s.appended_keys.push_back({k, offset, length});
  s.appended_key_bytes += padded;
  return {s.appended_key_bytes.data() + offset, length};
}

// The out-of-line rest of a token's lookup: @case variants, wildcard prefixes, non-ASCII keys.
__attribute__((noinline)) void lookup_symbols(const CompiledLexicon& lex, std::string_view text, Scratch& s,
                                              Span span, std::string_view key, TokenInfo& ti) {
  auto word = [&] { return text.substr(span.begin, span.size()); };
  std::uint32_t sym[kMaxSymbols];
  const int n = lex.symbols_padded(key, word, s.tmp2, sym);
  ti.nsym = static_cast<std::uint8_t>(n);
  if (n == 1) {
    ti.sym_or_index = sym[0];
  } else if (n > 1) {
    ti.sym_or_index = static_cast<std::uint32_t>(s.more_symbols.size());
    s.more_symbols.insert(s.more_symbols.end(), sym, sym + n);
  }
}

// Some symbol of syms[0..n) is the first word of a form.
bool any_starts(const CompiledLexicon& lex, const std::uint32_t* syms, int n) noexcept {
  for (int y = 0; y < n; ++y)
    if (lex.root_child(syms[y])) return true;
  return false;
}

class TokenPreparer {
 public:
  TokenPreparer(const CompiledLexicon& lex, std::string_view text, Scratch& s) : lex_(&lex), text_(text), s_(&s) {
    s.keys.resize(text.size() + kKeyPadding);
    keys_ = s.keys.data();
    s.appended_keys.clear();
    s.appended_key_bytes.clear();
    s.more_symbols.clear();
    s.quote_positions.clear();
  }
  /// Stores the token counts in the scratch.
  void finish() const {
    s_->word_tokens = words_;
    s_->quote_tokens = static_cast<std::uint32_t>(s_->quote_positions.size());
    s_->colon_tokens = colons_;
    s_->start_tokens = starts_;
  }

  /// kFromScanner: the token comes from scan_tokens (see the folding below).
  template <bool kFromScanner>
  __attribute__((always_inline)) void prepare(std::uint32_t k, Span span, TokenKind kind, bool ascii,
                                              TokenInfo& ti) {
    const CompiledLexicon& lex = *lex_;
    const char* const word = text_.data() + span.begin;
    const unsigned char c0 = static_cast<unsigned char>(*word);
    ti.key_place = KeyPlace::at_span;
    // Words (most tokens) take a compare and branch, not the switch's jump table.
    if (kind == TokenKind::word || kind == TokenKind::clitic) {
      ti.flags = kFlagWord;
      if (c0 < 0x80 ? (kAsciiClass[c0] == kUpper) : starts_upper(text_, Token{span, kind})) ti.flags |= kFlagCap;
      ++words_;
    } else switch (kind) {
      case TokenKind::number: ti.flags = kFlagWord | kFlagNum; ++words_; break;
      case TokenKind::open_quote:
      case TokenKind::close_quote:
        ti.flags = kFlagQuote | kFlagPunct;
        s_->quote_positions.push_back(k);
        break;
      case TokenKind::invalid:  // U+FFFD never matches
        ti.flags = kFlagPunct;
        ti.key_place = KeyPlace::none;
        ti.nsym = 0;
        return;
      default:
        ti.flags = kFlagPunct;
        if (c0 == ':') { ti.flags |= kFlagColon; ++colons_; }
        break;
    }
    if (ascii) {
      const char* const text_end = text_.data() + text_.size();
      char* const key = keys_ + span.begin;
      // The scanner's words are letters, digits and - ' . , / : (all with bit 0x20
      // set but A-Z), so setting that bit folds them, and its other ASCII tokens hold
      // no letter; tokens from elsewhere (ICU's words may hold _ or @) fold exactly.
      // Bytes loaded past the token are masked off or rewritten by later tokens.
      auto fold = [&](std::uint64_t x) {
        if constexpr (kFromScanner) return (ti.flags & kFlagWord) ? x | 0x2020202020202020ull : x;
        else return fold_ascii8(x);
      };
      const std::uint64_t folded = fold(load_upto8(word, text_end));
      __builtin_memcpy(key, &folded, 8);  // the arena has kKeyPadding bytes after the text's region
      for (std::uint32_t i = 8; i < span.size(); i += 8) {  // long words: the rest, 8 bytes at a time
        const std::uint64_t more = fold(load_upto8(word + i, text_end));
        __builtin_memcpy(key + i, &more, 8);
      }
      const std::uint32_t sym =
          span.size() == 1 ? lex.byte_symbols[static_cast<unsigned char>(folded)]
                           : lex.vocab.find_padded_head({key, span.size()},
                                                        hashing::low_bytes(folded, span.size() < 8 ? span.size() : 8));
      ti.sym_or_index = sym;
      ti.nsym = sym != 0;
      // An @case variant or a wildcard prefix: the out-of-line general lookup.
      if ((sym && lex.has_case_variant[sym]) || lex.prefixes.may_match_padded(key))
        lookup_symbols(lex, text_, *s_, span, {key, span.size()}, ti);
    } else {
      ti.key_place = KeyPlace::appended;
      const std::string_view key = append_folded_key({word, span.size()}, k, *s_);
      lookup_symbols(lex, text_, *s_, span, key, ti);
    }
    // Whether a form can start here (match_sentence skips the other tokens outright).
    if (ti.nsym == 1 ? lex.root_child(ti.sym_or_index) != 0 : ti.nsym > 1 && any_starts(lex, s_->symbols(ti), ti.nsym)) {
      ti.flags |= kFlagStarts;
      ++starts_;
    }
  }

 private:
  const CompiledLexicon* lex_;
  std::string_view text_;
  Scratch* s_;
  char* keys_;
  std::uint32_t words_ = 0, colons_ = 0, starts_ = 0;
};

// The hot path's sink for scan_tokens: each token is written into vectors sized
// ahead (news text has about one token per 5 bytes) and prepared at once. The
// vectors only grow: they would be zero-filled again after a shrink.
struct HotPathSink {
  TokenPreparer prep;
  Scratch* s;
  Token* tokens;
  TokenInfo* info;
  std::uint32_t n, capacity;

  __attribute__((always_inline)) void operator()(Span span, TokenKind kind, bool ascii) {
    if (n == capacity) [[unlikely]] grow();
    tokens[n] = Token{span, kind};
    prep.prepare<true>(n, span, kind, ascii, info[n]);
    ++n;
  }
  __attribute__((noinline)) void grow() {
    capacity *= 2;
    s->tokens.resize(capacity);
    s->info.resize(capacity);
    tokens = s->tokens.data();
    info = s->info.data();
  }
};
}  // namespace

void prepare_tokens(const CompiledLexicon& lex, std::string_view text, Scratch& s, bool from_scanner) {
  const std::size_t n = s.tokens.size();
  s.info.resize(n);
  TokenPreparer prep(lex, text, s);
  for (std::uint32_t k = 0; k < n; ++k) {
    const Token& t = s.tokens[k];
    const bool ascii = span_is_ascii(text, t.span());
    if (from_scanner) prep.prepare<true>(k, t.span(), t.kind, ascii, s.info[k]);
    else prep.prepare<false>(k, t.span(), t.kind, ascii, s.info[k]);
  }
  prep.finish();
}

std::uint32_t scan_sentence(const CompiledLexicon& lex, std::string_view sentence, Scratch& s) {
  const std::size_t capacity = std::max(s.tokens.size(), sentence.size() / 4 + 16);
  if (s.tokens.size() < capacity) s.tokens.resize(capacity);
  if (s.info.size() < capacity) s.info.resize(capacity);
  HotPathSink sink{TokenPreparer(lex, sentence, s), &s, s.tokens.data(), s.info.data(), 0,
                   static_cast<std::uint32_t>(capacity)};
  sink = scan_tokens(sentence, 0, static_cast<std::uint32_t>(sentence.size()), sink, nullptr);
  sink.prep.finish();
  return sink.n;
}

namespace {

// memcmp(a, b, n) == 0 inline: keys are short, a call costs more than the bytes.
bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
  for (; n >= 8; a += 8, b += 8, n -= 8)
    if (hashing::load8(a) != hashing::load8(b)) return false;
  for (; n; ++a, ++b, --n)
    if (*a != *b) return false;
  return true;
}

}  // namespace

void compact_keys(std::string_view text, Scratch& s) {
  const auto n = static_cast<std::uint32_t>(s.tokens.size());
  // Pass 1 decides each ASCII key's place (its own text, or folded: it had capitals) and
  // counts the folded bytes, to size them exactly; pass 2 copies them from the arena.
  std::size_t length = 0;
  for (std::uint32_t k = 0; k < n; ++k) {
    TokenInfo& ti = s.info[k];
    if (ti.key_place != KeyPlace::at_span) continue;
    const Span span = s.tokens[k].span();
    if (same_bytes(s.keys.data() + span.begin, text.data() + span.begin, span.size())) {
      ti.key_place = KeyPlace::in_text;
    } else {
      ti.key_place = KeyPlace::folded;
      length += span.size();
    }
  }
  s.folded_bytes.clear();
  s.folded_bytes.reserve(length);
  s.folded_bits.assign((n + 63) / 64, 0);
  s.folded_block_offsets.assign((n + Scratch::kFoldedBlock - 1) / Scratch::kFoldedBlock, 0);
  for (std::uint32_t k = 0; k < n; ++k) {
    if (k % Scratch::kFoldedBlock == 0)
      s.folded_block_offsets[k / Scratch::kFoldedBlock] = static_cast<std::uint32_t>(s.folded_bytes.size());
    if (s.info[k].key_place != KeyPlace::folded) continue;
    const Span span = s.tokens[k].span();
    s.folded_bytes.append(s.keys.data() + span.begin, span.size());
    s.folded_bits[k / 64] |= std::uint64_t{1} << (k % 64);
  }
  if (s.keys.capacity() > (std::size_t{1} << 20)) {  // a large input's arena goes now (a small one's is reused)
    std::string(kKeyPadding, '\0').swap(s.keys);
    s.grew_large = true;
  } else {
    s.keys.assign(kKeyPadding, '\0');
  }
  s.text = text.data();
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

bool constraints_hold(const CompiledLexicon& lex, const Scratch& s, std::uint32_t entry, std::uint32_t begin,
                      std::uint32_t end, std::uint32_t range_begin, std::uint32_t range_end) noexcept {
  for (const CompiledConstraint& c : lex.constraints[entry]) {
    const bool exists = c.next ? end < range_end : begin > range_begin;
    const std::uint32_t k = c.next ? end : begin - 1;
    if (token_in(lex, s, k, exists, c) == c.negated) return false;
  }
  return true;
}

bool window_constraints_hold(const CompiledLexicon& lex, const Scratch& s, std::uint32_t entry, std::uint32_t begin,
                             std::uint32_t end, std::uint32_t range_begin, std::uint32_t range_end) noexcept {
  for (const CompiledConstraint& c : lex.window_constraints[entry]) {
    bool found = false;
    std::uint32_t from =
        c.next ? end : (begin >= range_begin + kConstraintWindow ? begin - kConstraintWindow : range_begin);
    // @clause-before: only the tokens after the nearest quotation mark, colon, semicolon or
    // comma; a comma right after a listed word ("she said, her boss told her") does not cut it
    if (c.clause)
      for (std::uint32_t k = begin; k > from; --k) {
        const std::string_view key = s.key(k - 1);
        const bool comma = key == "," && !(k - 1 > range_begin && token_in(lex, s, k - 2, true, c));
        if ((s.info[k - 1].flags & kFlagQuote) || comma || key == ":" || key == ";") {
          from = k;
          break;
        }
      }
    const std::uint32_t to = c.next ? std::min(range_end, end + kConstraintWindow) : begin;
    for (std::uint32_t k = from; k < to && !found; ++k) found = token_in(lex, s, k, true, c);
    if (!found && c.end) found = c.next ? to == range_end : from == range_begin;  // <end>: the sentence ends in the window
    if (found == c.negated) return false;
  }
  return true;
}

const CompiledEntry* same_form_alternative(const CompiledLexicon& lex, const Scratch& s, const CompiledEntry* ce,
                                           const RawMatch& m, std::uint32_t range_begin,
                                           std::uint32_t range_end) noexcept {
  const auto a = static_cast<std::uint32_t>(ce - lex.accepts.data());
  // The node whose accept range holds `a`: the last one that begins at or before it.
  const auto node_end = std::upper_bound(lex.accept_begin.begin(), lex.accept_begin.end(), a);
  for (std::uint32_t k = a + 1; k < *node_end; ++k) {
    const CompiledEntry& alt = lex.accepts[k];
    if (alt.category != ce->category) continue;
    if (alt.constrained && !constraints_hold(lex, s, alt.entry, m.begin, m.end, range_begin, range_end)) continue;
    return &alt;
  }
  return nullptr;
}

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
  // Only tokens that start some form (kFlagStarts) can begin a match. A flag, not
  // a list of their positions: that was 4 bytes for a third of the tokens.
  for (std::uint32_t i = begin; i < end; ++i) {
    const TokenInfo& first = info[i];
    if (!(first.flags & kFlagStarts)) continue;
    s.touched.clear();  // lanes with a match starting at i, in first-match order
    // Walk the trie from the root over tokens i, i+1, ... following every symbol of each token.
    std::uint32_t* frontier = frontier_a;
    std::uint32_t* next = frontier_b;
    int nf = 0;
    const std::uint32_t* const first_syms = s.symbols(first);
    for (int y = 0; y < first.nsym; ++y) {
      if (const std::uint32_t child = lex.root_child(first_syms[y])) {
        frontier[nf++] = child;
        accept(child, i, i + 1);
      }
    }
    for (std::uint32_t j = i + 1; j < end && nf > 0; ++j) {
      const TokenInfo& ti = info[j];
      int nn = 0;
      if (ti.nsym == 1) {  // most tokens: one symbol, in the TokenInfo itself
        for (int f = 0; f < nf; ++f) {
          if (const std::uint32_t child = lex.edges.find(frontier[f], ti.sym_or_index)) {
            if (nn < 16) next[nn++] = child;
            accept(child, i, j + 1);
          }
        }
      } else if (ti.nsym > 1) {
        const std::uint32_t* const syms = s.symbols(ti);
        for (int f = 0; f < nf; ++f) {
          for (int y = 0; y < ti.nsym; ++y) {
            if (const std::uint32_t child = lex.edges.find(frontier[f], syms[y])) {
              if (nn < 16) next[nn++] = child;
              accept(child, i, j + 1);
            }
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
         held(s.rule_index) + held(s.quote_positions) + held(s.appended_keys) + held(s.appended_key_bytes) +
         held(s.folded_bytes) + held(s.folded_bits) + held(s.folded_block_offsets) +
         held(s.more_symbols) + folded;
}

void release_if_above(Scratch& s, std::size_t bound) noexcept {
  if (!s.grew_large && capacity_bytes(s) <= bound) return;
  // Destroyed and built anew, not assigned: a std::string move-assigned from an
  // empty one keeps its own buffer. A default Scratch allocates nothing.
  std::destroy_at(&s);
  std::construct_at(&s);
}

}  // namespace rhetor::detail
