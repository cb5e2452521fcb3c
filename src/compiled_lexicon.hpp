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
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/options.hpp"
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
inline std::uint64_t hash_u64(std::uint64_t x) noexcept { return mix(x, 0x9FB21C651E98DF25ull); }
inline std::uint64_t load8(const char* p) noexcept {
  std::uint64_t w;
  __builtin_memcpy(&w, p, 8);
  return w;
}
/// The low `n` (0..8) bytes of `w`.
inline std::uint64_t low_bytes(std::uint64_t w, std::size_t n) noexcept {
  static constexpr std::uint64_t kMask[9] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF,
                                             0xFFFFFFFFFFFFFF, ~0ull};
  return w & kMask[n];
}

/// Bytes [i, i + min(8, size - i)) of s as a little-endian word, zero-extended.
/// `padded`: s is followed by at least 8 readable bytes, so this is one load.
template <bool kPadded>
inline std::uint64_t word_at(std::string_view s, std::size_t i) noexcept {
  const std::size_t n = s.size() - i < 8 ? s.size() - i : 8;
  if constexpr (kPadded) return low_bytes(load8(s.data() + i), n);
  std::uint64_t w = 0;
  __builtin_memcpy(&w, s.data() + i, n);
  return w;
}

/// 64-bit hash of a short string (wyhash-style mixing, 8 bytes at a time); never 0.
/// `head` is word_at(s, 0), which callers need anyway for the key comparison.
template <bool kPadded>
inline std::uint64_t hash_bytes(std::string_view s, std::uint64_t head) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  if (s.size() > 8) {  // rare: long words hash every full 8-byte block, then the tail
    std::size_t i = 0;
    for (; i + 8 < s.size(); i += 8) h = mix(h ^ load8(s.data() + i), 0xA0761D6478BD642Full);
    head = word_at<kPadded>(s, i);
  }
  return mix(h ^ head, 0xE7037ED1A0B428DBull) | 1;
}
inline std::uint64_t hash_bytes(std::string_view s) noexcept { return hash_bytes<false>(s, word_at<false>(s, 0)); }
}  // namespace hashing

/// Open-addressing string -> id table with keys in one arena; lookups never allocate.
class StringTable {
 public:
  static constexpr std::uint32_t kNone = 0;
  StringTable() : tags_(16, 0), slots_(16) {}  // never empty: lookups need no emptiness check
  std::uint32_t find(std::string_view key) const noexcept { return find_head<false>(key, hashing::word_at<false>(key, 0)); }
  /// `key` must be followed by 8 readable bytes (one load for the first 8 bytes).
  std::uint32_t find_padded(std::string_view key) const noexcept {
    return find_head<true>(key, hashing::word_at<true>(key, 0));
  }
  /// Same, with `head` = the key's first 8 bytes (zero-extended), which the caller has in a register.
  std::uint32_t find_padded_head(std::string_view key, std::uint64_t head) const noexcept {
    return find_head<true>(key, head);
  }
  std::uint32_t insert(std::string_view key);  // returns the existing id or a new one (ids from 1)
  std::size_t size() const noexcept { return count_; }

 private:
  // Probing touches only the dense 4-byte tags (fits in cache); slots are read on a
  // tag hit. A slot keeps the key's first 8 bytes, so most keys compare in one step.
  struct Slot { std::uint64_t head = 0; std::uint32_t offset = 0, length = 0, id = 0; };
  template <bool kPadded>
  std::uint32_t find_head(std::string_view key, std::uint64_t head) const noexcept;
  void grow();
  std::vector<std::uint32_t> tags_;  // 0 = empty, else (hash >> 32) | 1
  std::vector<Slot> slots_;
  std::size_t mask_ = 15;            // tags_.size() - 1
  std::string arena_;
  std::size_t count_ = 0;
};

template <bool kPadded>
inline std::uint32_t StringTable::find_head(std::string_view key, std::uint64_t head) const noexcept {
  const std::uint64_t h = hashing::hash_bytes<kPadded>(key, head);
  const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32) | 1u;
  for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
    const std::uint32_t t = tags_[i];
    if (t == 0) return kNone;
    if (t != tag) continue;
    const Slot& s = slots_[i];
    if (s.head == head && s.length == key.size() &&
        (key.size() <= 8 || std::memcmp(arena_.data() + s.offset + 8, key.data() + 8, key.size() - 8) == 0))
      return s.id;
  }
}

/// Byte trie over wildcard prefixes; reports the symbol of every prefix of a key.
class PrefixTrie {
 public:
  void insert(std::string_view prefix, std::uint32_t symbol);
  /// Calls out[n++] = symbol for each wildcard prefix of `key` (at most `cap`).
  int collect(std::string_view key, std::uint32_t* out, int cap) const noexcept;
  bool empty() const noexcept { return nodes_.size() <= 1; }
  /// False when no wildcard prefix can match the key at `key` (followed by readable
  /// bytes): none starts with its first two bytes or is its first byte alone. Most
  /// tokens skip collect() this way; a false positive only costs the walk.
  bool may_match_padded(const char* key) const noexcept {
    const unsigned pair = static_cast<unsigned>(static_cast<unsigned char>(key[0])) << 8 | static_cast<unsigned char>(key[1]);
    return (pair_bits_[pair >> 6] >> (pair & 63)) & 1;
  }

 private:
  std::uint64_t pair_bits_[65536 / 64] = {};  // by first two bytes; see may_match
  struct Node { std::uint32_t first_child = 0, next_sibling = 0, symbol = 0; unsigned char byte = 0; };
  std::vector<Node> nodes_{Node{}};
  std::uint32_t root_[256] = {};  // the root's children, indexed by byte
};

/// Flat hash map (node, symbol) -> child node.
class EdgeTable {
 public:
  void build(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& edges);
  std::uint32_t find(std::uint32_t node, std::uint32_t symbol) const noexcept {
    // node ids start at 0 (root) and symbols at 1, so a key is never 0.
    const std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | symbol;
    for (std::size_t i = hashing::hash_u64(key) & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == 0) return 0;
    }
  }

 private:
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
  std::uint64_t mask_ = 0;
};

/// Category codes for context categories (negative) next to scored CategoryIds.
enum ContextCode : std::int16_t { kNegator = -1, kIntensifier = -2, kScareMarker = -3 };

/// Word classes read by the attribution linker, from the pack's [class-*]
/// sections (one bit each; a word may be in several).
enum WordClass : std::uint32_t {
  kClassRole = 1,             ///< class-role: spokesman, secretary, minister, official
  kClassHonorific = 2,        ///< class-honorific: Mr. Ms. Dr. Sen. Gen. (before a name)
  kClassPersonPronoun = 4,    ///< class-person-pronoun: he she (one person)
  kClassGroupPronoun = 8,     ///< class-group-pronoun: they
  kClassFirstPerson = 16,     ///< class-first-person: i we (the speaker inside a quotation)
  kClassAddresseeVerb = 32,   ///< class-addressee-verb: told, asked, assured (an object follows the cue)
  kClassNamingVerb = 64,      ///< class-naming-verb: called, named, dubbed ("a group called X" is no cue)
  kClassVagueSource = 128,    ///< class-vague-source: officials, sources, experts, critics (names nobody)
  kClassNotName = 256,        ///< class-not-name: capitalized heads of institutions (Council, Ministry)
  kClassClauseAdjunct = 512,  ///< class-clause-adjunct: words after a cue that are no clause (Tuesday, yesterday)
  kClassScareMarker = 1024,   ///< class-scare-marker: so-called, self-styled (the words after are a scare quote)
  kClassSubjectPronoun = 2048,   ///< class-subject-pronoun: he, she, they, who (a source of its own, never inside a phrase)
  kClassRelative = 4096,         ///< class-relative: who, which, whose (a relative clause after a noun)
  kClassNpPreposition = 8192,    ///< class-np-preposition: of, at, with ("Joel Pollak of Breitbart")
  kClassSourcePreposition = 16384,  ///< class-source-preposition: by, per, from, according (the source follows)
  kClassBe = 32768,              ///< class-be: is, was, been (a passive cue before a participle)
  kClassArticle = 65536,         ///< class-article: the, a, an (a person's name follows none)
  kClassIndefinite = 131072,     ///< class-indefinite: a, an, another ("a movement called Rise" names)
  kClassComplementizer = 262144, ///< class-complementizer: that ("said that ...": not part of the content)
  kClassParentheticalAs = 524288,  ///< class-parenthetical-as: as (", as X said," attributes what precedes)
  kClassTopicPreposition = 1048576,  ///< class-topic-preposition: about, of, against ("bragged about X": X is the content)
  kClassSpeechEvent = 2097152,  ///< class-speech-event: interview, statement, speech ("X in an interview said": an adjunct)
  kClassQuantifier = 4194304,   ///< class-quantifier: many, some, both ("Many spoke about", "they all vowed": a subject)
  kClassEvidenceSource = 8388608,  ///< class-evidence-source: poll, survey ("In a CNN poll, 50% chose ...": the poll is the source)
  kClassTimePreposition = 16777216,  ///< class-time-preposition: on, in, at ("X on Wednesday said", "in an appearance": adjuncts)
  kClassPeople = 33554432,           ///< class-people: Americans, Democrats (a group's name, never one person's)
  kClassNameSuffix = 67108864,       ///< class-name-suffix: Jr., Inc., Corp. (a period that ends a name, not a sentence)
  kClassMale = 134217728,            ///< class-male: he, Mr., spokesman (a person "he" may refer to)
  kClassFemale = 268435456,          ///< class-female: she, Mrs., spokeswoman (a person "she" may refer to)
  kClassNameParticle = 536870912,    ///< class-name-particle: de, la, von, van (lower case inside a name)
};
/// The class bits of the "class-*" category `name`, 0 if unknown.
std::uint32_t word_class_bit(std::string_view name) noexcept;

struct CompiledEntry {
  std::uint32_t entry = 0;      // index into lexicon.entries()
  std::int16_t category = 0;    // CategoryId, or a ContextCode
  std::uint16_t lane = 0;       // overlap group: hedge and booster share one
  std::uint16_t length = 0;     // tokens in this form
  float weight = 1.0f;
  bool constrained = false;     // has @next/@prev constraints (copied here to keep the hot loop in cache)
  bool case_sensitive = false;
};

/// A Constraint ready for matching: classes as flags, words with their first
/// 8 bytes as one integer (keys in Scratch::keys are padded, so one load each).
struct CompiledConstraint {
  struct Word { std::uint64_t head = 0; std::string text; };
  bool next = true, negated = false;
  bool clause = false;  // @clause-before: the window stops at a comma, colon, semicolon or quotation mark
  bool end = false, num = false, cap = false, quote = false, punct = false;  // <end> <num> <cap> <quote> <punct>
  std::vector<Word> words;
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
  std::vector<std::vector<CompiledConstraint>> constraints;  // by entry index (empty: none)
  // @after/@before by entry index; `next` says which side (judged by the context rules)
  std::vector<std::vector<CompiledConstraint>> window_constraints;

  int category_id(std::string_view name) const noexcept;
  /// Symbols of a token, given its folded key and its text as written
  /// (`scratch` holds the case-exact key when one is needed).
  int symbols(std::string_view key, std::string_view word, std::string& scratch, std::uint32_t* out) const;
  /// Same, for a key followed by 8 readable bytes (Scratch::keys). Inline: the
  /// common case is one table probe and no @case variant or wildcard to check.
  /// `word()` gives the token as written; it is only called for @case lookups.
  template <class WordFn>
  int symbols_padded(std::string_view key, WordFn&& word, std::string& scratch, std::uint32_t* out) const {
    int n = 0;
    if (const std::uint32_t s = key.size() == 1 ? byte_symbols[static_cast<unsigned char>(key[0])] : vocab.find_padded(key)) {
      out[n++] = s;
      if (has_case_variant[s]) return more_symbols(key, word(), scratch, out, n);
    }
    if (prefixes.may_match_padded(key.data())) return more_symbols(key, word(), scratch, out, n);
    return n;
  }
  /// Child of the trie root for `symbol` (0: none), without hashing.
  std::uint32_t root_child(std::uint32_t symbol) const noexcept {
    return root_children[symbol];  // sized vocab.size() + 1: every symbol has a slot
  }

  std::uint32_t byte_symbols[256] = {};      // vocab symbol of each one-byte key (punctuation: no hashing)
  std::vector<std::uint32_t> root_children;   // by symbol
  std::vector<std::uint8_t> has_case_variant; // by symbol: an @case form folds to this key
  std::vector<std::uint32_t> class_bits;      // by symbol: WordClass bits of the folded word
  /// WordClass bits of a token with symbols sym[0..n).
  std::uint32_t word_classes(const std::uint32_t* sym, int n) const noexcept {
    std::uint32_t bits = 0;
    for (int y = 0; y < n; ++y) bits |= class_bits[sym[y]];
    return bits;
  }

 private:
  /// The rest of symbols(): the @case variant of out[0] (when n == 1 and it has
  /// one), then wildcard prefixes.
  int more_symbols(std::string_view key, std::string_view word, std::string& scratch, std::uint32_t* out,
                   int n) const;
};

}  // namespace rhetor::detail
