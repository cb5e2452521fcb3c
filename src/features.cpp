#include "rhetor/features.hpp"

#include <cmath>

namespace rhetor {

const std::array<std::string_view, kFeatureCount>& feature_names() noexcept {
  static const std::array<std::string_view, kFeatureCount> names = {
      "tokens",          "loaded_density",      "loaded_author_density", "loaded_quoted_density",
      "loaded_weight_density", "hedge_density", "booster_density",       "certainty_balance",
      "attribution_density",   "quoted_share",  "scare_quotes",          "negated_boosters",
      "intensified_loaded"};
  return names;
}

Eigen::RowVectorXf features_of(const Scores& s) {
  Eigen::RowVectorXf f(static_cast<Eigen::Index>(kFeatureCount));
  const double per100 = s.tokens ? 100.0 / s.tokens : 0.0;
  const CategoryScore& loaded = s.by_category[kLoaded];
  const double hedges = s.by_category[kHedge].count, boosters = s.by_category[kBooster].count;
  f << static_cast<float>(s.tokens), static_cast<float>(loaded.count * per100),
      static_cast<float>(loaded.author_count * per100), static_cast<float>(loaded.quoted_count * per100),
      static_cast<float>(loaded.weight * per100), static_cast<float>(hedges * per100),
      static_cast<float>(boosters * per100), static_cast<float>((boosters - hedges) / (boosters + hedges + 1.0)),
      static_cast<float>(s.by_category[kAttribution].count * per100), static_cast<float>(s.quoted_share()),
      static_cast<float>(s.scare_quotes), static_cast<float>(s.negated), static_cast<float>(s.intensified);
  return f;
}

namespace {
template <typename Units>
FeatureMatrix rows_of(const Units& units) {
  FeatureMatrix m(static_cast<Eigen::Index>(units.size()), static_cast<Eigen::Index>(kFeatureCount));
  Eigen::Index i = 0;
  for (const auto& u : units) m.row(i++) = features_of(u.scores);
  return m;
}
}  // namespace

FeatureMatrix sentence_features(const Report& report) { return rows_of(report.sentences()); }
FeatureMatrix paragraph_features(const Report& report) { return rows_of(report.paragraphs()); }
Eigen::RowVectorXf document_profile(const Report& report) { return features_of(report.document()); }

double cosine_similarity(const Eigen::RowVectorXf& a, const Eigen::RowVectorXf& b) noexcept {
  const double na = a.cast<double>().norm(), nb = b.cast<double>().norm();
  if (na == 0.0 || nb == 0.0 || a.size() != b.size()) return 0.0;
  return a.cast<double>().dot(b.cast<double>()) / (na * nb);
}

ReferenceProfile::ReferenceProfile(Eigen::RowVectorXf mean, Eigen::RowVectorXf stddev)
    : mean_(std::move(mean)), stddev_(std::move(stddev)) {
  for (Eigen::Index i = 0; i < stddev_.size(); ++i)
    if (!(stddev_[i] > 0.0f)) stddev_[i] = 1.0f;  // a constant feature: z = x - mean
}

ReferenceProfile ReferenceProfile::fit(const FeatureMatrix& profiles) {
  if (profiles.rows() == 0) return ReferenceProfile(Eigen::RowVectorXf::Zero(profiles.cols()), Eigen::RowVectorXf::Ones(profiles.cols()));
  const Eigen::MatrixXd x = profiles.cast<double>();
  const Eigen::RowVectorXd mean = x.colwise().mean();
  Eigen::RowVectorXd var = (x.rowwise() - mean).array().square().colwise().sum() / static_cast<double>(x.rows());
  return ReferenceProfile(mean.cast<float>(), var.array().sqrt().matrix().cast<float>());
}

Eigen::RowVectorXf ReferenceProfile::standardize(const Eigen::RowVectorXf& p) const {
  return ((p - mean_).array() / stddev_.array()).matrix();
}

FeatureMatrix ReferenceProfile::standardize(const FeatureMatrix& rows) const {
  FeatureMatrix out = rows;
  for (Eigen::Index i = 0; i < out.rows(); ++i) out.row(i) = standardize(Eigen::RowVectorXf(rows.row(i)));
  return out;
}

}  // namespace rhetor
