// rhetor/analyzer.hpp: the compiled, immutable, thread-safe scoring engine.
//
//   rhetor::Analyzer analyzer;                             // default English pack
//   rhetor::Report report = analyzer.analyze(article);     // paragraphs -> sentences -> matches
//   rhetor::SentenceScore s = analyzer.score_sentence("It is likely, not certain.");
//   // s.count[rhetor::kHedge] == 2
//
// Build an Analyzer once and share it: every member function is const and may be
// called from any number of threads at once. Per-call working memory lives in
// thread-local scratch buffers that are reused, so `score_sentence` allocates
// nothing once a thread has warmed up; a call on a huge input that grows them
// past 16 MiB gives them back when it ends. For many texts on several threads,
// in input order, see rhetor/batch.hpp (run_batch, analyze_many).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/lexicon.hpp"
#include "rhetor/options.hpp"
#include "rhetor/report.hpp"
#include "rhetor/segment.hpp"

namespace rhetor {



/// Result of the hot path: fixed-size, no heap memory.
struct SentenceScore {
  std::uint32_t tokens = 0;           ///< word tokens
  std::uint32_t matches = 0;          ///< scored matches, all categories
  std::array<std::uint16_t, kMaxCategories> count{};
  std::array<float, kMaxCategories> weight{};
  std::uint16_t loaded_author = 0, loaded_quoted = 0;
  double density(CategoryId c) const noexcept { return tokens ? 100.0 * count[c] / tokens : 0.0; }
};

class Analyzer {
 public:
  /// The default English pack (Lexicon::english()).
  Analyzer();
  explicit Analyzer(const Lexicon& lexicon, AnalyzerOptions options = {});
  /// Lexicons are merged in order. Throws AnalyzerError if they define more than
  /// kMaxCategories scored categories.
  explicit Analyzer(std::span<const Lexicon> lexicons, AnalyzerOptions options = {});
  ~Analyzer();
  Analyzer(const Analyzer&);
  Analyzer& operator=(const Analyzer&);
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  /// Full analysis: segmentation, matching, context rules, attribution, scores.
  /// Throws InputError only for text of 4 GiB or more.
  Report analyze(std::string_view utf8) const;

  /// The hot path: scores `sentence` as one sentence (no sentence splitting, no
  /// attribution linking; negation, intensifier, "May" and voice rules apply).
  /// Its attribution count is of candidate cues: `analyze` also drops those the
  /// linker rejects ("a movement called Rise", "the reported deaths"); every
  /// other category agrees with `analyze` on the same sentence.
  SentenceScore score_sentence(std::string_view sentence) const;
  /// Same, writing into `out` (overwritten).
  void score_sentence(std::string_view sentence, SentenceScore& out) const;

  /// Scored category names, indexed by CategoryId (loaded, hedge, booster, attribution, extras...).
  std::span<const std::string> category_names() const noexcept;
  int category_id(std::string_view name) const noexcept;
  const AnalyzerOptions& options() const noexcept;
  /// Number of compiled surface forms (after expanding alternatives).
  std::size_t compiled_forms() const noexcept;

 private:
  std::shared_ptr<const detail::CompiledLexicon> lexicon_;
};

}  // namespace rhetor
