// Internal: the matching stage: per-thread token preparation and trie matching
// over tokens (the hot path).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiled_lexicon.hpp"
#include "rhetor/segment.hpp"
#include "scratch_limits.hpp"

namespace rhetor::detail {

enum TokenFlag : std::uint8_t {
  kFlagNum = 1, kFlagCap = 2, kFlagQuote = 4, kFlagPunct = 8, kFlagQuoted = 16, kFlagWord = 32,
  kFlagStarts = 64,  // a symbol of the token is the first word of some form
  kFlagColon = 128,  // the punctuation token ':'
};

/// Readable bytes kept after every key region of Scratch::keys, so that a key is read 8
/// bytes at a time (see CompiledLexicon::symbols_padded); what they hold is masked off.
inline constexpr std::size_t kKeyPadding = 8;

/// Where a token's key is (Scratch::key): no offsets per token, since an ASCII
/// token's key sits at its own span in Scratch::keys.
enum class KeyPlace : std::uint8_t {
  at_span,   ///< Scratch::keys at the token's span (ASCII tokens: the text folded)
  appended,  ///< ICU-normalized, in Scratch::appended_key_bytes (found by Scratch::appended_keys)
  none,      ///< no key (an ill-formed byte)
  in_text,   ///< the token's own bytes in the text, which are its key (after compact_keys)
  folded,    ///< Scratch::folded_bytes (an ASCII token with capitals, after compact_keys)
};

/// What matching knows of a token, 8 bytes (a 50 MB document has ~10M tokens).
/// Most tokens have at most one symbol; the few with more (an @case variant,
/// wildcard prefixes) keep them in Scratch::more_symbols. Read them with
/// Scratch::symbols().
struct TokenInfo {
  std::uint32_t sym_or_index = 0;  ///< nsym == 1: the symbol; nsym > 1: index of the nsym in more_symbols
  std::uint8_t nsym = 0;
  std::uint8_t flags = 0;
  KeyPlace key_place = KeyPlace::at_span;
};

/// Where the key of a non-ASCII token is in Scratch::appended_key_bytes.
struct AppendedKey {
  std::uint32_t token = 0, offset = 0, length = 0;
};

/// A quotation as token indices: the opening and closing mark (close == end of
/// range when the quotation is left open at the end of the paragraph).
struct QuoteRegion {
  std::uint32_t open = 0, close = 0;
  bool closed = true;
};

/// A lexicon (or rule) match over tokens [begin, end).
struct RawMatch {
  std::uint32_t begin = 0, end = 0;
  const CompiledEntry* entry = nullptr;  // null: made by a rule (colon quote)
  std::int16_t category = 0;             // CategoryId or ContextCode
  float weight = 1.0f;
  bool negated = false, intensified = false;
};

/// Reused working memory; one per thread (thread_local in analyzer.cpp).
struct Scratch {
  std::vector<Token> tokens;
  std::vector<TokenInfo> info;
  std::string keys;
  std::string tmp, tmp2;
  std::vector<QuoteRegion> quotes;
  std::vector<RawMatch> matches, context;
  std::vector<RawMatch> best;            // per lane, for the current start token
  std::vector<std::uint16_t> touched;
  std::vector<std::uint32_t> lane_end;
  std::vector<std::uint32_t> open_stack, open_stack_single;  // find_quotes: open double / single marks
  std::vector<std::uint32_t> lane_start;  // per lane: start token of its `best` (freshness check)
  std::vector<std::uint8_t> rule_marks;   // apply_context_rules: per sentence token
  std::vector<std::uint32_t> rule_index;  // apply_context_rules: per sentence token
  // Keys of non-ASCII tokens already normalized: ICU costs ~1000 instructions a
  // token and the same few recur (“ ” … accented names). Values end with the kKeyPadding
  // zero bytes. Cleared when it grows large.
  struct StringHash {
    using is_transparent = void;
    // The lexicon's short-string hash: cheaper than std::hash for these few-byte keys.
    std::size_t operator()(std::string_view v) const noexcept { return hashing::hash_bytes(v); }
  };
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> folded_cache;
  std::uint32_t word_tokens = 0;         // kFlagWord tokens, counted by prepare_tokens
  std::uint32_t quote_tokens = 0;        // kFlagQuote tokens, counted by prepare_tokens
  std::uint32_t colon_tokens = 0;        // kFlagColon tokens, counted by prepare_tokens
  std::uint32_t start_tokens = 0;        // kFlagStarts tokens, counted by prepare_tokens
  std::vector<std::uint32_t> quote_positions;  // kFlagQuote tokens, ascending (prepare_tokens)

  /// Frees the per-token buffers in the middle of a large analysis, before the
  /// Report's sentences are built, so that the peak does not hold both (after
  /// the call, release_if_above gives back everything). `keep_tokens`: analyze
  /// still moves `tokens` into its Report.
  void release_if_large(bool keep_tokens = false) {
    constexpr std::size_t kKeepTokens = std::size_t{1} << 18;  // ~5 MB of TokenInfo, ~1 MB of text
    if (info.capacity() > kKeepTokens) {
      std::vector<TokenInfo>().swap(info);
      grew_large = true;
    }
    if (!keep_tokens && tokens.capacity() > kKeepTokens) {
      std::vector<Token>().swap(tokens);
      grew_large = true;
    }
    if (keys.capacity() > 4 * kKeepTokens) {
      std::string().swap(keys);
      grew_large = true;
    }
    if (appended_key_bytes.capacity() > 4 * kKeepTokens) {
      std::string().swap(appended_key_bytes);
      grew_large = true;
    }
  }
  /// Frees the index of the quotation marks of a large analysis once matching is
  /// done: the stages after it do not read it.
  void release_matching_if_large() {
    constexpr std::size_t kKeepIndex = std::size_t{1} << 18;
    if (quote_positions.capacity() > kKeepIndex) {
      std::vector<std::uint32_t>().swap(quote_positions);
      grew_large = true;
    }
  }
  bool grew_large = false;  // release_if_large freed buffers during this call: release_if_above frees the rest

  std::vector<AppendedKey> appended_keys;  // by token, ascending (prepare_tokens, scan_sentence)
  // Their bytes, apart from `keys`: appending to the text-sized arena would copy
  // all of it when it grows (a transient of twice the text on a huge input).
  std::string appended_key_bytes;
  // After compact_keys: the text (KeyPlace::in_text), and the folded keys of the
  // KeyPlace::folded tokens end to end, found with a bit per token and the
  // offset of each block of kFoldedBlock tokens (no offset per token: ~10M
  // tokens; 16-token blocks bound the walk below at 15 tokens for 0.25 bytes a token).
  static constexpr std::uint32_t kFoldedBlock = 16;
  const char* text = nullptr;
  std::string folded_bytes;
  std::vector<std::uint64_t> folded_bits;
  std::vector<std::uint32_t> folded_block_offsets;
  std::uint32_t folded_offset(std::uint32_t k) const noexcept {
    const std::uint32_t block = k / kFoldedBlock;
    std::uint32_t offset = folded_block_offsets[block];
    const std::uint64_t in_block = folded_bits[k / 64] >> (block * kFoldedBlock % 64);
    for (std::uint64_t before = in_block & ((std::uint64_t{1} << (k % kFoldedBlock)) - 1); before; before &= before - 1)
      offset += tokens[block * kFoldedBlock + static_cast<std::uint32_t>(__builtin_ctzll(before))].span().size();
    return offset;
  }
  std::vector<std::uint32_t> more_symbols;  // symbols of the tokens that have more than one

  /// The nsym symbols of a token.
  const std::uint32_t* symbols(const TokenInfo& ti) const noexcept {
    return ti.nsym > 1 ? more_symbols.data() + ti.sym_or_index : &ti.sym_or_index;
  }
  const std::uint32_t* symbols(std::uint32_t k) const noexcept { return symbols(info[k]); }

  /// The matching key of token k (of `tokens`).
  std::string_view key(std::uint32_t k) const noexcept {
    const KeyPlace place = info[k].key_place;
    // Empty keys point into the arena too: callers read 8 bytes at a key (padded).
    const Span span = tokens[k].span();
    if (place == KeyPlace::at_span) [[likely]] return {keys.data() + span.begin, span.size()};
    if (place == KeyPlace::in_text) [[likely]] return {text + span.begin, span.size()};
    return rare_key(k);  // out of line, so that callers inline the two common places
  }
  /// key() of a folded, appended or absent key.
  [[gnu::noinline]] std::string_view rare_key(std::uint32_t k) const noexcept {
    const KeyPlace place = info[k].key_place;
    const Span span = tokens[k].span();
    if (place == KeyPlace::folded) return {folded_bytes.data() + folded_offset(k), span.size()};
    if (place == KeyPlace::none) return {keys.data(), 0};  // the arena keeps at least kKeyPadding bytes
    const auto it = std::lower_bound(appended_keys.begin(), appended_keys.end(), k,
                                     [](const AppendedKey& a, std::uint32_t t) { return a.token < t; });
    return {appended_key_bytes.data() + it->offset, it->length};
  }
};

/// Bytes held by the buffers of `s` (capacities, not sizes).
std::size_t capacity_bytes(const Scratch& s) noexcept;
/// Frees every buffer of `s` if together they hold more than `bound` bytes.
/// Allocates nothing, so the hot path stays allocation-free.
void release_if_above(Scratch& s, std::size_t bound = kScratchRetainBytes) noexcept;
/// Fills s.info (and s.keys and the token counts) for s.tokens.
/// `from_scanner`: the tokens come from the fast segmenter (scan.hpp), whose
/// ASCII words fold with one OR (see TokenPreparer::prepare).
void prepare_tokens(const CompiledLexicon& lex, std::string_view text, Scratch& s, bool from_scanner = false);
/// The hot path's fused scan: tokenizes `sentence` (scan.hpp) and prepares each
/// token as the scanner finds it, filling s.tokens and everything prepare_tokens
/// fills, in one pass over the text. Returns the number of tokens: s.tokens and
/// s.info may be longer (they only grow here, see the definition).
std::uint32_t scan_sentence(const CompiledLexicon& lex, std::string_view sentence, Scratch& s);

/// Once matching is done, gives back the text-sized key arena: a token whose key
/// is its own bytes in `text` (lowercase words, numbers, punctuation: most) reads
/// it there (KeyPlace::in_text), an ASCII token with capitals has its folded key
/// copied to folded_bytes, unpadded (the later stages read keys as string_views,
/// never 8 bytes at a time); non-ASCII keys stay where they are. `text` must
/// outlive the keys' last use.
void compact_keys(std::string_view text, Scratch& s);
/// Lexicon matches in tokens [begin, end) (one sentence), leftmost-longest per
/// lane. Results in s.matches (scored) and s.context (negators, intensifiers),
/// which apply_context_rules (context_rules.hpp) reads next.
void match_sentence(const CompiledLexicon& lex, std::uint32_t begin, std::uint32_t end,
                    Scratch& s);

struct CompiledConstraint;
/// Is token k one of the words or classes of `c`? (`exists` false: there is no
/// token, which only `<end>` accepts.) Shared by the matcher and the context rules.
bool token_in(const CompiledLexicon& lex, const Scratch& s, std::uint32_t k, bool exists,
              const CompiledConstraint& c) noexcept;

/// Do the `@next`/`@prev` constraints of `entry` hold for a match of tokens
/// [begin, end) in the sentence [range_begin, range_end)?
bool constraints_hold(const CompiledLexicon& lex, const Scratch& s, std::uint32_t entry, std::uint32_t begin,
                      std::uint32_t end, std::uint32_t range_begin, std::uint32_t range_end) noexcept;
/// Do its `@after`/`@before` windows hold (kConstraintWindow tokens, within the sentence)?
bool window_constraints_hold(const CompiledLexicon& lex, const Scratch& s, std::uint32_t entry, std::uint32_t begin,
                             std::uint32_t end, std::uint32_t range_begin, std::uint32_t range_end) noexcept;
/// The next entry after `ce` that spells the same form (same trie node) in the
/// same category and whose `@next`/`@prev` constraints hold for the match, or
/// null. Matching keeps one entry per form and lane; when a later stage rejects
/// it (a window, `@pos`), the form's other entries get their turn, so that
/// "lie/lies @!pos=VERB" and "lie/lies @pos=VERB @next=to" can split one word.
const CompiledEntry* same_form_alternative(const CompiledLexicon& lex, const Scratch& s, const CompiledEntry* ce,
                                           const RawMatch& m, std::uint32_t range_begin,
                                           std::uint32_t range_end) noexcept;

}  // namespace rhetor::detail
