// rhetor/lexicon.hpp: curated lexicons (entries with categories, weights, tags).
//
// A Lexicon is plain data: a manifest and a list of entries, as parsed. It is
// compiled into a matcher when an Analyzer is built. Lexicons come from
// `.lex` files (docs/LEXICON_FORMAT.md), LIWC-style `.dic` files, pack
// directories with a `manifest.txt`, or strings:
//
//   auto lex = rhetor::Lexicon::english();                 // compiled-in default pack
//   lex.merge(rhetor::Lexicon::load("extra/newsroom.lex"));  // add your own
//   auto custom = rhetor::Lexicon::from_string("[loaded]\nwar machine =2\n", "inline");
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rhetor {

/// A context constraint on the token right before or after a match
/// (`@next=A|B`, `@!prev=A|B` in the .lex format), or on a window of
/// kConstraintWindow tokens after or before it (`@after=`, `@!before=`).
struct Constraint {
  /// clause_before: `@clause-before`, the `before` window cut at the nearest comma, colon,
  /// semicolon or quotation mark ("said Murphy, who thinks": "who" only).
  enum class Where : std::uint8_t { next, prev, after, before, clause_before };
  Where where = Where::next;
  bool negated = false;               ///< `@!next`: the token must NOT be one of `words`
  std::vector<std::string> words;     ///< normalized words and classes (<num>, <cap>, <quote>, <punct>, <end>)
};

/// One lexicon entry as written. A pattern with `a/b` alternatives is one entry.
struct LexiconEntry {
  std::string category;               ///< "loaded", "hedge", "booster", "attribution", or any other
  std::string pattern;                ///< as written, e.g. "remain/remains/remained to be seen"
  float weight = 1.0f;
  std::vector<std::string> tags;      ///< subcategories, e.g. "name-calling"
  bool case_sensitive = false;        ///< `@case`
  std::vector<Constraint> constraints;
  /// `@pos=A|B` / `@!pos=A|B`: the UPOS tags the match's first token may carry,
  /// one bit per tag (`1u << static_cast<int>(Upos::NOUN)`); 0 means any tag.
  /// Judged after tagging (the analyzer tags the sentences that need it).
  std::uint32_t pos_allowed = 0;
  std::string origin;                 ///< "file:line" where the entry was defined

  /// Every concrete word sequence the pattern stands for (`a/b` alternatives,
  /// `[a|b]?` optional words and `word~adj|~verb|~noun` forms expanded, wildcards
  /// kept as a trailing '*' on the word). Throws LexiconError when there
  /// would be more than lexicon_limits::max_forms_per_entry.
  std::vector<std::vector<std::string>> expansions() const;
};

/// Tokens a window constraint (`@after=`, `@before=`) looks at, within the sentence.
inline constexpr unsigned kConstraintWindow = 4;

/// Limits that keep loading and compiling a lexicon bounded in time and memory.
/// The parsers report each one as a LexiconError at file:line:column.
namespace lexicon_limits {
inline constexpr std::size_t max_pattern_words = 32;        ///< words in one pattern
inline constexpr std::size_t max_pattern_bytes = 1024;      ///< bytes of one pattern
inline constexpr std::size_t max_forms_per_entry = 4096;    ///< forms after expanding a/b alternatives
inline constexpr std::size_t max_forms_per_pack = 1000000;  ///< forms of all entries of one file or pack
inline constexpr double min_weight = 0.001;                 ///< weights lie in [min_weight, max_weight]
inline constexpr double max_weight = 10.0;
inline constexpr std::size_t max_quoted_bytes = 80;         ///< excerpt of the offending text in an error
}  // namespace lexicon_limits

/// Pack metadata, from `manifest.txt` (or defaults for single files and strings).
struct Manifest {
  std::string name;
  std::string version;
  std::string language;
  std::string licence;
  std::string description;
  std::vector<std::string> files;     ///< files read, in order
};

/// Categories rhetor knows. Anything else flows through as an extra score column.
namespace category {
inline constexpr std::string_view loaded = "loaded";
inline constexpr std::string_view hedge = "hedge";
inline constexpr std::string_view booster = "booster";
inline constexpr std::string_view attribution = "attribution";
/// Context categories: used by rules, never scored or reported as matches.
inline constexpr std::string_view negator = "negator";
inline constexpr std::string_view intensifier = "intensifier";
/// Word classes the attribution linker reads ("class-role", "class-honorific", ...):
/// single words, never matched or scored. See lexicons/en/README.md.
inline constexpr std::string_view word_class_prefix = "class-";
bool is_context(std::string_view name) noexcept;
}  // namespace category

class Lexicon {
 public:
  Lexicon() = default;

  /// The default English pack (lexicons/en), compiled into the library.
  static const Lexicon& english();

  /// Loads a `.lex` file, a `.dic` file, or a pack directory (auto-detected).
  /// Throws LexiconError with file:line:column on any problem.
  static Lexicon load(const std::string& path);
  static Lexicon from_file(const std::string& path);
  static Lexicon from_directory(const std::string& path);
  /// Parses `.lex` text; `name` is used in error messages and as the origin.
  static Lexicon from_string(std::string_view text, std::string_view name = "<string>");
  /// Parses LIWC-style `.dic` text.
  static Lexicon from_dic_string(std::string_view text, std::string_view name = "<string>");

  /// Appends `other`'s entries (and file list). Entries keep their origin.
  Lexicon& merge(const Lexicon& other);

  const Manifest& manifest() const noexcept { return manifest_; }
  Manifest& manifest() noexcept { return manifest_; }
  const std::vector<LexiconEntry>& entries() const noexcept { return entries_; }
  void add(LexiconEntry entry) { entries_.push_back(std::move(entry)); }
  std::size_t size() const noexcept { return entries_.size(); }

 private:
  Manifest manifest_;
  std::vector<LexiconEntry> entries_;
};

/// A problem found by `check_lexicon` (the engine of `rhetor lexicon check`).
struct LexiconIssue {
  enum class Kind : std::uint8_t { duplicate, conflict, unmatchable };
  Kind kind;
  std::string origin;                 ///< "file:line" of the later entry
  std::string message;
};

/// Duplicate entries (same words, same category), conflicting ones (same words,
/// same category, different weight or tags) and entries that can never match
/// after normalization (e.g. a pattern that tokenizes to nothing).
std::vector<LexiconIssue> check_lexicon(const Lexicon& lexicon);

/// Counts for `rhetor lexicon stats`.
struct LexiconStats {
  struct Row { std::string category, tag; std::size_t entries = 0, forms = 0, multiword = 0; };
  std::vector<Row> by_category;       ///< tag empty: category total
  std::vector<Row> by_tag;
  std::size_t entries = 0, forms = 0, multiword_forms = 0, wildcard_forms = 0;
};
LexiconStats lexicon_stats(const Lexicon& lexicon);

}  // namespace rhetor
