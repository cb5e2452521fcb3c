// Internal: the matching stage: per-thread token preparation and trie matching
// over tokens (the hot path).
#pragma once

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

/// Zero bytes kept after every key region of Scratch::keys (see CompiledLexicon::symbols_padded).
inline constexpr std::size_t kKeyPadding = 8;

struct TokenInfo {
  std::uint32_t sym[kMaxSymbols];
  std::uint8_t nsym = 0;
  std::uint8_t flags = 0;
  std::uint32_t key_offset = 0, key_length = 0;
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
  std::vector<std::uint32_t> starts;     // kFlagStarts tokens, ascending (prepare_tokens)
  std::vector<std::uint32_t> quote_positions;  // kFlagQuote tokens, ascending (prepare_tokens)

  std::string_view key(std::uint32_t k) const noexcept {
    return std::string_view(keys).substr(info[k].key_offset, info[k].key_length);
  }
};

/// Bytes held by the buffers of `s` (capacities, not sizes).
std::size_t capacity_bytes(const Scratch& s) noexcept;
/// Frees every buffer of `s` if together they hold more than `bound` bytes.
/// Allocates nothing, so the hot path stays allocation-free.
void release_if_above(Scratch& s, std::size_t bound = kScratchRetainBytes) noexcept;
/// Fills s.info (and s.keys, s.starts and the token counts) for s.tokens.
void prepare_tokens(const CompiledLexicon& lex, std::string_view text, Scratch& s);
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

}  // namespace rhetor::detail
