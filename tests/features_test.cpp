// rhetor/features.hpp: feature matrices, names, cosine similarity, z-scores.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/features.hpp>

#include <cmath>
#include <set>
#include <string>

namespace {

using rhetor::Analyzer;
using rhetor::FeatureMatrix;
using rhetor::kFeatureCount;
using rhetor::Lexicon;

constexpr const char* kLex = R"(
[negator]
not
[intensifier]
utterly
[hedge]
perhaps
may
[booster]
certainly
certain
[loaded]
corrupt =2
regime
[attribution]
said
)";

const Analyzer& analyzer() {
  static const Analyzer a(Lexicon::from_string(kLex, "features.lex"));
  return a;
}

int col(std::string_view name) {
  const auto& names = rhetor::feature_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<int>(i);
  ADD_FAILURE() << "no feature " << name;
  return 0;
}

TEST(FeatureNames, FixedOrderAndUnique) {
  const auto& names = rhetor::feature_names();
  ASSERT_EQ(names.size(), kFeatureCount);
  EXPECT_EQ(names[0], "tokens");
  EXPECT_EQ(names[1], "loaded_density");
  EXPECT_EQ(names[kFeatureCount - 1], "intensified_loaded");
  std::set<std::string_view> unique(names.begin(), names.end());
  EXPECT_EQ(unique.size(), kFeatureCount);
  for (const char* n : {"loaded_author_density", "loaded_quoted_density", "loaded_weight_density", "hedge_density",
                        "booster_density", "certainty_balance", "attribution_density", "quoted_share",
                        "scare_quotes", "negated_boosters"})
    EXPECT_NE(unique.count(n), 0u) << n;
}

TEST(FeatureShapes, RowsPerUnit) {
  const auto r = analyzer().analyze("One corrupt regime. Two.\n\nThree, perhaps. Four. Five.");
  const FeatureMatrix s = rhetor::sentence_features(r);
  EXPECT_EQ(s.rows(), 5);
  EXPECT_EQ(s.cols(), static_cast<Eigen::Index>(kFeatureCount));
  const FeatureMatrix p = rhetor::paragraph_features(r);
  EXPECT_EQ(p.rows(), 2);
  EXPECT_EQ(p.cols(), static_cast<Eigen::Index>(kFeatureCount));
  const Eigen::RowVectorXf d = rhetor::document_profile(r);
  EXPECT_EQ(d.size(), static_cast<Eigen::Index>(kFeatureCount));
  static_assert(FeatureMatrix::IsRowMajor);
  const auto empty = analyzer().analyze("");
  EXPECT_EQ(rhetor::sentence_features(empty).rows(), 0);
  EXPECT_EQ(rhetor::sentence_features(empty).cols(), static_cast<Eigen::Index>(kFeatureCount));
}

TEST(FeatureValues, HandComputedSentence) {
  // 10 word tokens: An utterly corrupt regime is not certain , he said , perhaps .
  const auto r = analyzer().analyze("An utterly corrupt regime is not certain, he said, perhaps.");
  ASSERT_EQ(r.sentences().size(), 1u);
  const Eigen::RowVectorXf f = rhetor::sentence_features(r).row(0);
  EXPECT_FLOAT_EQ(f[col("tokens")], 10.0f);
  EXPECT_FLOAT_EQ(f[col("loaded_density")], 20.0f);          // 2 / 10
  EXPECT_FLOAT_EQ(f[col("loaded_author_density")], 20.0f);
  EXPECT_FLOAT_EQ(f[col("loaded_quoted_density")], 0.0f);
  // "he said" reports the clause it interrupts: its loaded words weigh 0.1 ((3 + 1) x 0.1 / 10)
  EXPECT_FLOAT_EQ(f[col("loaded_weight_density")], 4.0f);
  EXPECT_FLOAT_EQ(f[col("hedge_density")], 20.0f);           // negated "certain" + perhaps
  EXPECT_FLOAT_EQ(f[col("booster_density")], 0.0f);
  EXPECT_FLOAT_EQ(f[col("certainty_balance")], -2.0f / 3.0f);  // (0 - 2) / (0 + 2 + 1)
  EXPECT_FLOAT_EQ(f[col("attribution_density")], 10.0f);
  EXPECT_FLOAT_EQ(f[col("quoted_share")], 0.0f);
  EXPECT_FLOAT_EQ(f[col("scare_quotes")], 0.0f);
  EXPECT_FLOAT_EQ(f[col("negated_boosters")], 1.0f);
  EXPECT_FLOAT_EQ(f[col("intensified_loaded")], 1.0f);
  // The document of a one-sentence text has the same profile.
  EXPECT_TRUE(rhetor::document_profile(r).isApprox(f));
}

TEST(FeatureValues, QuotedShareAndScareQuotes) {
  // 6 word tokens, 1 of them quoted (a scare quote)
  const auto r = analyzer().analyze("The so-called \u201Cregime\u201D is certainly here.");
  const Eigen::RowVectorXf f = rhetor::document_profile(r);
  EXPECT_FLOAT_EQ(f[col("tokens")], 6.0f);
  EXPECT_FLOAT_EQ(f[col("quoted_share")], 1.0f / 6.0f);
  EXPECT_FLOAT_EQ(f[col("scare_quotes")], 1.0f);
  EXPECT_FLOAT_EQ(f[col("loaded_quoted_density")], 100.0f / 6.0f);
  EXPECT_FLOAT_EQ(f[col("certainty_balance")], 0.5f);  // (1 - 0) / (1 + 0 + 1)
}

TEST(FeatureValues, FeaturesOfScoresMatchesMatrixRows) {
  const auto r = analyzer().analyze("A corrupt regime. Perhaps not.\n\nCertainly.");
  const FeatureMatrix s = rhetor::sentence_features(r);
  for (std::size_t i = 0; i < r.sentences().size(); ++i)
    EXPECT_TRUE(s.row(static_cast<Eigen::Index>(i)).isApprox(rhetor::features_of(r.sentences()[i].scores)));
  const FeatureMatrix p = rhetor::paragraph_features(r);
  for (std::size_t i = 0; i < r.paragraphs().size(); ++i)
    EXPECT_TRUE(p.row(static_cast<Eigen::Index>(i)).isApprox(rhetor::features_of(r.paragraphs()[i].scores)));
  // Zero tokens: densities are 0, not NaN.
  rhetor::Scores zero;
  zero.by_category.assign(4, {});
  const Eigen::RowVectorXf z = rhetor::features_of(zero);
  for (Eigen::Index i = 0; i < z.size(); ++i) EXPECT_TRUE(std::isfinite(z[i]));
  EXPECT_FLOAT_EQ(z.sum(), 0.0f);
}

TEST(CosineSimilarity, HandComputed) {
  Eigen::RowVectorXf a(3), b(3), c(3), zero = Eigen::RowVectorXf::Zero(3);
  a << 1, 0, 0;
  b << 0, 1, 0;
  c << 1, 1, 0;
  EXPECT_DOUBLE_EQ(rhetor::cosine_similarity(a, a), 1.0);
  EXPECT_DOUBLE_EQ(rhetor::cosine_similarity(a, b), 0.0);
  EXPECT_NEAR(rhetor::cosine_similarity(a, c), 1.0 / std::sqrt(2.0), 1e-12);
  EXPECT_NEAR(rhetor::cosine_similarity(a, -a), -1.0, 1e-12);
  EXPECT_NEAR(rhetor::cosine_similarity(3 * c, c), 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(rhetor::cosine_similarity(a, zero), 0.0);
  EXPECT_DOUBLE_EQ(rhetor::cosine_similarity(zero, zero), 0.0);
  Eigen::RowVectorXf shorter(2);
  shorter << 1, 0;
  EXPECT_DOUBLE_EQ(rhetor::cosine_similarity(a, shorter), 0.0);
}

TEST(CosineSimilarity, DocumentProfiles) {
  const auto r1 = analyzer().analyze("A corrupt regime, perhaps.");
  const auto r2 = analyzer().analyze("A corrupt regime, perhaps.");
  EXPECT_NEAR(rhetor::cosine_similarity(rhetor::document_profile(r1), rhetor::document_profile(r2)), 1.0, 1e-6);
}

TEST(ReferenceProfileTest, FitHandComputedMeanAndPopulationStddev) {
  FeatureMatrix x(3, 2);
  x << 1, 5,
       2, 5,
       3, 5;
  const auto ref = rhetor::ReferenceProfile::fit(x);
  EXPECT_FLOAT_EQ(ref.mean()[0], 2.0f);
  EXPECT_FLOAT_EQ(ref.mean()[1], 5.0f);
  EXPECT_FLOAT_EQ(ref.stddev()[0], std::sqrt(2.0f / 3.0f));  // population (n) deviation
  EXPECT_FLOAT_EQ(ref.stddev()[1], 1.0f);                    // zero deviation becomes 1
  Eigen::RowVectorXf p(2);
  p << 4, 7;
  const Eigen::RowVectorXf z = ref.standardize(p);
  EXPECT_NEAR(z[0], 2.0 / std::sqrt(2.0 / 3.0), 1e-5);
  EXPECT_FLOAT_EQ(z[1], 2.0f);  // x - mean for a constant feature
  const FeatureMatrix zs = ref.standardize(x);
  EXPECT_EQ(zs.rows(), 3);
  EXPECT_NEAR(zs(0, 0), -1.0 / std::sqrt(2.0 / 3.0), 1e-5);
  EXPECT_NEAR(zs(1, 0), 0.0, 1e-6);
  EXPECT_NEAR(zs.col(0).sum(), 0.0, 1e-5);
  EXPECT_FLOAT_EQ(zs(2, 1), 0.0f);
}

TEST(ReferenceProfileTest, ExplicitConstructorAndSingleRow) {
  Eigen::RowVectorXf mean(2), sd(2), p(2);
  mean << 1, 2;
  sd << 2, 0;  // a zero deviation becomes 1
  p << 5, 5;
  const rhetor::ReferenceProfile ref(mean, sd);
  EXPECT_FLOAT_EQ(ref.stddev()[1], 1.0f);
  const Eigen::RowVectorXf z = ref.standardize(p);
  EXPECT_FLOAT_EQ(z[0], 2.0f);
  EXPECT_FLOAT_EQ(z[1], 3.0f);
  FeatureMatrix one(1, 2);
  one << 3, 4;
  const auto r1 = rhetor::ReferenceProfile::fit(one);
  EXPECT_FLOAT_EQ(r1.stddev()[0], 1.0f);
  EXPECT_TRUE(r1.standardize(Eigen::RowVectorXf(one.row(0))).isZero());
}

TEST(ReferenceProfileTest, ZScoresOfRealProfiles) {
  FeatureMatrix corpus(3, static_cast<Eigen::Index>(kFeatureCount));
  corpus.row(0) = rhetor::document_profile(analyzer().analyze("A corrupt regime fell."));
  corpus.row(1) = rhetor::document_profile(analyzer().analyze("Perhaps it may rain."));
  corpus.row(2) = rhetor::document_profile(analyzer().analyze("He said it is certainly fine."));
  const auto ref = rhetor::ReferenceProfile::fit(corpus);
  const FeatureMatrix z = ref.standardize(corpus);
  for (Eigen::Index c = 0; c < z.cols(); ++c) EXPECT_NEAR(z.col(c).sum(), 0.0, 1e-4) << rhetor::feature_names()[c];
  EXPECT_GT(z(0, col("loaded_density")), 0.0f);
  EXPECT_LT(z(1, col("loaded_density")), 0.0f);
}

}  // namespace
