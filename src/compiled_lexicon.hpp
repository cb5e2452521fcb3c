// Internal: the compiled form of a set of lexicons, shared read-only by an
// Analyzer and every Report it produced (immutable after construction).
//
// Matching works over tokens: every token's normalized key is looked up once
// in a string table (exact words), a case-exact table (@case entries) and a
// prefix trie (wildcards), giving up to kMaxSymbols symbol ids. Phrases are
// paths in a trie over symbol ids (edges in one flat hash table), so the cost
// per token depends on phrase length, not on lexicon size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/analyzer.hpp"
#include "rhetor/lexicon.hpp"

namespace rhetor::detail {

/// One token of a compiled form: its normalized key, or a prefix for `word*`.
struct FormWord {
  std::string key;
  bool prefix = false;
};
/// Tokenizes and normalizes one expansion of a pattern; empty if nothing remains.
std::vector<FormWord> compile_form(const std::vector<std::string>& words, bool case_sensitive);

namespace hashing {
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) noexcept {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}
/// 64-bit hash of a short string (wyhash-style mixing, 8 bytes at a time); never 0.
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    __builtin_memcpy(&w, s.data() + i, 8);
    h = mix(h ^ w, 0xA0761D6478BD642Full);
  }
  std::uint64_t tail = 0;
  for (std::size_t k = 0; i + k < s.size(); ++k) tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
  return mix(h ^ tail, 0xE7037ED1A0B428DBull) | 1;
}
/// The same hash for a key followed by at least 8 readable bytes: the tail is one load.
inline std::uint64_t hash_bytes_padded(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    __builtin_memcpy(&w, s.data() + i, 8);
    h = mix(h ^ w, 0xA0761D6478BD642Full);
  }
  std::uint64_t tail;
  __builtin_memcpy(&tail, s.data() + i, 8);
  const std::size_t r = s.size() - i;  // 0..7 bytes belong to the key
  tail = r ? (tail & (~0ull >> (64 - 8 * r))) : 0;
  return mix(h ^ tail, 0xE7037ED1A0B428DBull) | 1;
}
}  // namespace hashing

/// Open-addressing string -> id table with keys in one arena; lookups never allocate.
class StringTable {
 public:
  static constexpr std::uint32_t kNone = 0;
  inline std::uint32_t find(std::string_view key) const noexcept { return find_hashed(key, hashing::hash_bytes(key)); }
  /// `key` must be followed by 8 readable bytes.
  inline std::uint32_t find_padded(std::string_view key) const noexcept {
    return find_hashed(key, hashing::hash_bytes_padded(key));
  }
  inline std::uint32_t find_hashed(std::string_view key, std::uint64_t h) const noexcept;
  std::uint32_t insert(std::string_view key);  // returns the existing id or a new one (ids from 1)
  std::size_t size() const noexcept { return count_; }

 private:
  // Probing touches only the dense 4-byte tags (fits in cache); slots are read on a tag hit.
  struct Slot { std::uint32_t offset = 0, length = 0, id = 0; };
  void grow();
  std::vector<std::uint32_t> tags_;  // 0 = empty, else (hash >> 32) | 1
  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t count_ = 0;
};


inline std::uint32_t StringTable::find_hashed(std::string_view key, std::uint64_t h) const noexcept {
  if (tags_.empty()) return kNone;
  const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32) | 1u;
  const std::size_t mask = tags_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint32_t t = tags_[i];
    if (t == 0) return kNone;
    if (t == tag) {
      const Slot& s = slots_[i];
      if (s.length == key.size()) {
        const char* a = arena_.data() + s.offset;
        std::size_t k = 0;
        while (k < key.size() && a[k] == key[k]) ++k;
        if (k == key.size()) return s.id;
      }
    }
  }
}

/// Byte trie over wildcard prefixes; reports the symbol of every prefix of a key.
class PrefixTrie {
 public:
  void insert(std::string_view prefix, std::uint32_t symbol);
  /// Calls out[n++] = symbol for each wildcard prefix of `key` (at most `cap`).
  int collect(std::string_view key, std::uint32_t* out, int cap) const noexcept;
  bool empty() const noexcept { return nodes_.size() <= 1; }

 private:
  struct Node { std::uint32_t first_child = 0, next_sibling = 0, symbol = 0; unsigned char byte = 0; };
  std::vector<Node> nodes_{Node{}};
  std::uint32_t root_[256] = {};  // the root's children, indexed by byte
};

/// Flat hash map (node, symbol) -> child node.
class EdgeTable {
 public:
  void build(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& edges);
  std::uint32_t find(std::uint32_t node, std::uint32_t symbol) const noexcept;

 private:
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
  std::uint64_t mask_ = 0;
};

/// Category codes for context categories (negative) next to scored CategoryIds.
enum ContextCode : std::int16_t { kNegator = -1, kIntensifier = -2, kSource = -3 };

struct CompiledEntry {
  std::uint32_t entry = 0;      // index into lexicon.entries()
  std::int16_t category = 0;    // CategoryId, or a ContextCode
  std::uint16_t lane = 0;       // overlap group: hedge and booster share one
  std::uint16_t length = 0;     // tokens in this form
  float weight = 1.0f;
  bool constrained = false;     // has @next/@prev constraints (copied here to keep the hot loop in cache)
  bool case_sensitive = false;
};

inline constexpr int kMaxSymbols = 4;
inline constexpr char kCaseMarker = '\x02';

struct CompiledLexicon {
  CompiledLexicon(Lexicon merged, AnalyzerOptions options);

  Lexicon lexicon;
  AnalyzerOptions options;
  std::vector<std::string> categories;   // scored, by CategoryId
  std::size_t lanes = 0;
  std::size_t forms = 0;
  bool has_case_sensitive = false;
  std::size_t max_form_length = 0;

  /// One symbol space: folded keys; kCaseMarker + exact form for @case words;
  /// "\x01*" + prefix for wildcards (symbols only reached through `prefixes`).
  StringTable vocab;
  PrefixTrie prefixes;      // wildcard prefix -> symbol
  StringTable number_words; // for <num>

  EdgeTable edges;
  std::vector<std::uint32_t> accept_begin;  // per trie node, into accepts; size nodes + 1
  std::vector<CompiledEntry> accepts;

  int category_id(std::string_view name) const noexcept;
  /// Symbols of a token, given its folded key and its text as written
  /// (`scratch` holds the case-exact key when one is needed).
  int symbols(std::string_view key, std::string_view word, std::string& scratch, std::uint32_t* out) const;
  /// Same, for a key followed by 8 readable bytes (Scratch::keys).
  int symbols_padded(std::string_view key, std::string_view word, std::string& scratch, std::uint32_t* out) const;
  /// Child of the trie root for `symbol` (0: none), without hashing.
  std::uint32_t root_child(std::uint32_t symbol) const noexcept {
    return symbol < root_children.size() ? root_children[symbol] : 0;
  }

  std::vector<std::uint32_t> root_children;   // by symbol
  std::vector<std::uint8_t> has_case_variant; // by symbol: an @case form folds to this key
};

}  // namespace rhetor::detail
