// rhetor/features.hpp: fixed, named feature vectors over a Report (Eigen).
//
//   auto X = rhetor::sentence_features(report);     // sentences x kFeatureCount, float32
//   auto p = rhetor::document_profile(report);      // one row vector
//   double sim = rhetor::cosine_similarity(p, rhetor::document_profile(other));
//   auto ref = rhetor::ReferenceProfile::fit(corpus_profiles);
//   Eigen::RowVectorXf z = ref.standardize(p);     // z-scores against the corpus
//
// The features (rows of README "Features"):
//   tokens                   word tokens in the unit
//   loaded_density           loaded matches per 100 tokens
//   loaded_author_density    ... in the author's voice
//   loaded_quoted_density    ... inside quotation marks
//   loaded_weight_density    summed loaded weight per 100 tokens
//   hedge_density            hedges per 100 tokens
//   booster_density          boosters per 100 tokens
//   certainty_balance        (boosters - hedges) / (boosters + hedges + 1)
//   attribution_density      attribution cues per 100 tokens
//   quoted_share             share of word tokens inside quotation marks
//   scare_quotes             scare quotes in the unit
//   negated_boosters         boosters turned into hedges by negation
//   intensified_loaded       loaded matches raised by an intensifier
#pragma once

#include <Eigen/Core>
#include <array>
#include <string_view>

#include "rhetor/report.hpp"

namespace rhetor {

inline constexpr std::size_t kFeatureCount = 13;

/// Row-major float matrix: rows are units, columns are features (numpy-friendly).
using FeatureMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// The feature names, in column order.
const std::array<std::string_view, kFeatureCount>& feature_names() noexcept;

/// Features of one Scores summary.
Eigen::RowVectorXf features_of(const Scores& scores);

/// One row per sentence / per paragraph.
FeatureMatrix sentence_features(const Report& report);
FeatureMatrix paragraph_features(const Report& report);
/// The document's row (features of Report::document()).
Eigen::RowVectorXf document_profile(const Report& report);

/// Cosine similarity; 0 when either vector is all zeros.
double cosine_similarity(const Eigen::RowVectorXf& a, const Eigen::RowVectorXf& b) noexcept;

/// Mean and standard deviation of a set of profiles, for z-scores.
class ReferenceProfile {
 public:
  /// `profiles`: one profile per row (at least one row). Zero deviations become 1.
  static ReferenceProfile fit(const FeatureMatrix& profiles);
  ReferenceProfile(Eigen::RowVectorXf mean, Eigen::RowVectorXf stddev);
  Eigen::RowVectorXf standardize(const Eigen::RowVectorXf& profile) const;
  FeatureMatrix standardize(const FeatureMatrix& rows) const;
  const Eigen::RowVectorXf& mean() const noexcept { return mean_; }
  const Eigen::RowVectorXf& stddev() const noexcept { return stddev_; }

 private:
  Eigen::RowVectorXf mean_, stddev_;
};

}  // namespace rhetor
