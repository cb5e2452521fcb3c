// rhetor/report.hpp: what an analysis found, with every score traceable to spans.
//
//   rhetor::Analyzer analyzer;                       // default English pack
//   rhetor::Report report = analyzer.analyze(text);
//   for (const auto& p : report.paragraphs())
//     for (const auto& s : report.sentences_of(p))
//       for (const auto& m : report.matches_of(s))
//         std::cout << m.category << " " << report.text(m.span) << "\n";
//
// Offsets are byte offsets into the analyzed text (the Report keeps a copy).
// Matches, sentences and paragraphs are stored flat, in text order; the
// `*_of` accessors return contiguous sub-ranges.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/lexicon.hpp"
#include "rhetor/segment.hpp"

namespace rhetor {

namespace detail { struct CompiledLexicon; }

/// Whose words a match is in: the author's own voice, or inside quotation marks.
enum class Voice : std::uint8_t { author, quoted };
std::string_view to_string(Voice v) noexcept;

/// Index of a category in `Report::category_names()` / `Analyzer::category_names()`.
/// The first four are always loaded, hedge, booster, attribution.
using CategoryId = std::uint16_t;
inline constexpr CategoryId kLoaded = 0, kHedge = 1, kBooster = 2, kAttribution = 3;

struct Match {
  CategoryId category = 0;
  std::string_view category_name;     ///< valid while the Report (or Analyzer) lives
  const LexiconEntry* entry = nullptr;///< the entry that matched; null for rule-made cues (colon quotes)
  Span span;                          ///< bytes [begin, end)
  float weight = 1.0f;                ///< entry weight after context rules
  Voice voice = Voice::author;
  bool scare_quote = false;           ///< inside a short unattributed quotation
  bool negated = false;               ///< a booster flipped to hedge by a preceding negator
  bool intensified = false;           ///< a loaded match raised by a preceding intensifier
  bool attributed = false;            ///< inside an attribution's content (quoted or reported speech): the source's words
  std::uint32_t sentence = 0, paragraph = 0;
  std::uint32_t first_token = 0, token_count = 0;  ///< in Report::tokens()
};

/// One attribution event: a cue, and where found, its source, the speaker the
/// source refers to, and the content (one or more parts).
struct Attribution {
  Span cue;
  std::optional<Span> source;         ///< who the text credits: a name, a role phrase, a pronoun
  std::optional<Span> speaker;        ///< the named mention `source` refers to (itself when it names someone)
  std::optional<Span> content;        ///< the main quote or reported clause
  std::vector<Span> contents;         ///< every part of the content in text order (includes `content`)
  bool anonymous = false;             ///< the source names nobody ("officials", "a source close to the probe")
  bool nested = false;                ///< the cue sits inside a quotation (the speaker is the quoted person)
  std::uint32_t cue_match = 0;        ///< index into Report::matches()
  std::uint32_t sentence = 0, paragraph = 0;
};

/// How a quotation is marked: between quotation marks, or by "so-called" and
/// the like before the words it distances.
enum class QuoteKind : std::uint8_t { marks, so_called };
std::string_view to_string(QuoteKind k) noexcept;

/// A stretch of text between quotation marks (marks included), or the words
/// after "so-called" (kind so_called, always a scare quote).
struct Quote {
  Span span;
  std::uint32_t paragraph = 0;
  std::uint32_t word_tokens = 0;
  bool scare = false;                 ///< short and not the content of an attribution: distancing use
  QuoteKind kind = QuoteKind::marks;
};

/// Count and summed weight for one category, split by voice.
struct CategoryScore {
  std::uint32_t count = 0;
  double weight = 0;
  std::uint32_t author_count = 0, quoted_count = 0;
  double author_weight = 0, quoted_weight = 0;
};

/// The CategoryScore of each category of a unit, indexed by CategoryId, read like
/// a `std::vector<CategoryScore>` of `size()` elements (`[]`, `at`, iteration).
/// Only the categories with matches are stored (a sentence mostly has none or
/// one, and a vector of every category per sentence was a fifth of the memory
/// of a huge document's Report); the others read as a zero CategoryScore. The
/// non-const `operator[]` stores the category it is asked for.
class CategoryScores {
 public:
  class const_iterator;

  CategoryScores() = default;
  explicit CategoryScores(std::size_t n) : size_(static_cast<std::uint32_t>(n)) {}
  CategoryScores(const CategoryScores& o);
  CategoryScores& operator=(const CategoryScores& o);
  CategoryScores(CategoryScores&& o) noexcept
      : entries_(std::move(o.entries_)), size_(o.size_), used_(o.used_), capacity_(o.capacity_) {
    o.size_ = o.used_ = o.capacity_ = 0;
  }
  CategoryScores& operator=(CategoryScores&& o) noexcept;

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  /// `c`'s scores; a zero CategoryScore for a category without matches. c < size().
  const CategoryScore& operator[](std::size_t c) const noexcept {
    const Entry* e = find(c);
    return e ? e->score : kZero;
  }
  /// `c`'s scores, stored (zero) first if absent. c < size().
  CategoryScore& operator[](std::size_t c);
  /// As `[]`, throwing std::out_of_range for c >= size().
  const CategoryScore& at(std::size_t c) const;
  /// `n` categories, all zero (`value` other than zero is stored for each).
  void assign(std::size_t n, const CategoryScore& value = {});
  void clear() noexcept { assign(0); }

  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;

 private:
  struct Entry {
    CategoryId category;
    CategoryScore score;
  };
  static constexpr CategoryScore kZero{};
  const Entry* find(std::size_t c) const noexcept;

  std::unique_ptr<Entry[]> entries_;  // sorted by category
  std::uint32_t size_ = 0;
  std::uint16_t used_ = 0, capacity_ = 0;  // at most 65535 categories (kMaxCategories is 128)
};

/// Iterates every category in id order, the absent ones as zero scores.
class CategoryScores::const_iterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = CategoryScore;
  using difference_type = std::ptrdiff_t;
  using pointer = const CategoryScore*;
  using reference = const CategoryScore&;

  const_iterator() = default;
  reference operator*() const noexcept { return (*scores_)[c_]; }
  pointer operator->() const noexcept { return &(*scores_)[c_]; }
  const_iterator& operator++() noexcept { return ++c_, *this; }
  const_iterator operator++(int) noexcept { const_iterator t = *this; ++c_; return t; }
  friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept { return a.c_ == b.c_; }

 private:
  friend class CategoryScores;
  const_iterator(const CategoryScores* s, std::size_t c) : scores_(s), c_(c) {}
  const CategoryScores* scores_ = nullptr;
  std::size_t c_ = 0;
};

inline CategoryScores::const_iterator CategoryScores::begin() const noexcept { return {this, 0}; }
inline CategoryScores::const_iterator CategoryScores::end() const noexcept { return {this, size_}; }

/// Scores of a unit (sentence, paragraph, document). Density = count per 100 tokens.
struct Scores {
  std::uint32_t tokens = 0;           ///< word tokens (words, numbers, clitics)
  CategoryScores by_category;         ///< indexed by CategoryId
  std::uint32_t attributions = 0;     ///< attribution events
  std::uint32_t anonymous = 0;        ///< attribution events whose source names nobody
  std::uint32_t quoted_tokens = 0;    ///< word tokens inside quotation marks
  std::uint32_t scare_quotes = 0;
  std::uint32_t negated = 0, intensified = 0;

  double density(CategoryId c) const noexcept {
    return tokens ? 100.0 * by_category[c].count / tokens : 0.0;
  }
  double weight_density(CategoryId c) const noexcept {
    return tokens ? 100.0 * by_category[c].weight / tokens : 0.0;
  }
  double quoted_share() const noexcept { return tokens ? double(quoted_tokens) / tokens : 0.0; }
  /// Anonymous attribution events / events (0 without events).
  double anonymous_share() const noexcept { return attributions ? double(anonymous) / attributions : 0.0; }
};

struct Sentence {
  Span span;
  std::uint32_t paragraph = 0;
  std::uint32_t first_token = 0, token_count = 0;
  std::uint32_t first_match = 0, match_count = 0;
  Scores scores;
};

struct Paragraph {
  Span span;
  std::uint32_t first_sentence = 0, sentence_count = 0;
  std::uint32_t first_match = 0, match_count = 0;
  std::uint32_t first_attribution = 0, attribution_count = 0;
  Scores scores;
  /// Attribution events per sentence (0 for a paragraph without sentences).
  double attributions_per_sentence() const noexcept {
    return sentence_count ? double(scores.attributions) / sentence_count : 0.0;
  }
  /// Attribution events per 100 word tokens.
  double attribution_density() const noexcept {
    return scores.tokens ? 100.0 * scores.attributions / scores.tokens : 0.0;
  }
};

class Report {
 public:
  const std::string& text() const noexcept { return text_; }
  std::string_view text(Span s) const noexcept { return std::string_view(text_).substr(s.begin, s.size()); }

  std::span<const Paragraph> paragraphs() const noexcept { return paragraphs_; }
  std::span<const Sentence> sentences() const noexcept { return sentences_; }
  std::span<const Match> matches() const noexcept { return matches_; }
  std::span<const Attribution> attributions() const noexcept { return attributions_; }
  std::span<const Quote> quotes() const noexcept { return quotes_; }
  std::span<const Token> tokens() const noexcept { return tokens_; }

  std::span<const Sentence> sentences_of(const Paragraph& p) const noexcept {
    return std::span<const Sentence>(sentences_).subspan(p.first_sentence, p.sentence_count);
  }
  std::span<const Match> matches_of(const Sentence& s) const noexcept {
    return std::span<const Match>(matches_).subspan(s.first_match, s.match_count);
  }
  std::span<const Match> matches_of(const Paragraph& p) const noexcept {
    return std::span<const Match>(matches_).subspan(p.first_match, p.match_count);
  }
  std::span<const Attribution> attributions_of(const Paragraph& p) const noexcept {
    return std::span<const Attribution>(attributions_).subspan(p.first_attribution, p.attribution_count);
  }

  /// Whole-document summary.
  const Scores& document() const noexcept { return document_; }
  /// Category names, indexed by CategoryId (scored categories only).
  std::span<const std::string> category_names() const noexcept;
  /// CategoryId of `name`, or -1.
  int category_id(std::string_view name) const noexcept;

 private:
  friend class Analyzer;
  friend struct ReportBuilder;
  std::shared_ptr<const detail::CompiledLexicon> lexicon_;  // keeps entries and names alive
  std::string text_;
  std::vector<Token> tokens_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Match> matches_;
  std::vector<Attribution> attributions_;
  std::vector<Quote> quotes_;
  Scores document_;
};

}  // namespace rhetor
