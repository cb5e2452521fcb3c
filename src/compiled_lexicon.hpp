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

/// Open-addressing string -> id table with keys in one arena; lookups never allocate.
class StringTable {
 public:
  static constexpr std::uint32_t kNone = 0;
  std::uint32_t find(std::string_view key) const noexcept;
  std::uint32_t insert(std::string_view key);  // returns the existing id or a new one (ids from 1)
  std::size_t size() const noexcept { return count_; }

 private:
  struct Slot { std::uint64_t hash = 0; std::uint32_t offset = 0, length = 0, id = 0; };
  void grow();
  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t count_ = 0;
};

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
  /// Symbols of a token, given its folded key and kCaseMarker + its exact form
  /// (`exact` may be empty when the lexicon has no @case entries).
  int symbols(std::string_view key, std::string_view exact, std::uint32_t* out) const noexcept;
};

}  // namespace rhetor::detail
