// Features: the numeric views of a report as numpy arrays (sentence and
// paragraph feature matrices, the document profile, the per-unit columns
// rhetor.to_pandas reads) and cosine_similarity.
#include <pybind11/numpy.h>

#include "core.hpp"

namespace rhetor_py {
namespace {

using namespace py::literals;

// Feature matrices go to numpy without a copy: the Eigen matrix is moved to the
// heap and owned by a capsule that numpy keeps as the array's base.

py::array_t<float> to_numpy(rhetor::FeatureMatrix&& matrix) {
  auto* owned = new rhetor::FeatureMatrix(std::move(matrix));
  py::capsule base(owned, [](void* p) { delete static_cast<rhetor::FeatureMatrix*>(p); });
  const auto rows = static_cast<py::ssize_t>(owned->rows());
  const auto cols = static_cast<py::ssize_t>(rows == 0 ? rhetor::kFeatureCount : owned->cols());
  const auto item = static_cast<py::ssize_t>(sizeof(float));
  return py::array_t<float>({rows, cols}, {cols * item, item}, owned->data(), base);
}

py::array_t<float> to_numpy(Eigen::RowVectorXf&& row) {
  auto* owned = new Eigen::RowVectorXf(std::move(row));
  py::capsule base(owned, [](void* p) { delete static_cast<Eigen::RowVectorXf*>(p); });
  return py::array_t<float>({static_cast<py::ssize_t>(owned->size())}, {static_cast<py::ssize_t>(sizeof(float))},
                            owned->data(), base);
}

// Per-unit numbers of a report as numpy columns, for DataFrames: no Python
// object per match or sentence is created. level: document, paragraph, sentence.
py::dict unit_table(ReportHandle& r, const std::string& level) {
  const auto& names = *r.category_names();
  const std::size_t ncat = names.size();
  using Column = py::array_t<std::int64_t>;
  auto column = [](std::size_t n) { return Column(static_cast<py::ssize_t>(n)); };
  auto fill_counts = [ncat](std::int64_t* row, const rhetor::Scores& s) {
    for (std::size_t c = 0; c < ncat; ++c) row[c] = c < s.by_category.size() ? s.by_category[c].count : 0;
  };
  py::dict out;
  if (level == "document") {
    Column paragraphs = column(1), sentences = column(1), matches = column(1), attributions = column(1);
    Column counts({py::ssize_t(1), static_cast<py::ssize_t>(ncat)});
    paragraphs.mutable_at(0) = static_cast<std::int64_t>(r.report.paragraphs().size());
    sentences.mutable_at(0) = static_cast<std::int64_t>(r.report.sentences().size());
    matches.mutable_at(0) = static_cast<std::int64_t>(r.report.matches().size());
    attributions.mutable_at(0) = r.report.document().attributions;
    fill_counts(counts.mutable_data(), r.report.document());
    out["paragraphs"] = paragraphs;
    out["sentences"] = sentences;
    out["matches"] = matches;
    out["attributions"] = attributions;
    out["counts"] = counts;
  } else if (level == "paragraph") {
    const auto ps = r.report.paragraphs();
    const std::size_t n = ps.size();
    Column index = column(n), start = column(n), end = column(n), sentences = column(n), matches = column(n),
           attributions = column(n);
    Column counts({static_cast<py::ssize_t>(n), static_cast<py::ssize_t>(ncat)});
    auto* cm = counts.mutable_data();
    for (std::size_t i = 0; i < n; ++i) {
      const auto& p = ps[i];
      index.mutable_at(i) = static_cast<std::int64_t>(i);
      start.mutable_at(i) = static_cast<std::int64_t>(r.cp(p.span.begin));
      end.mutable_at(i) = static_cast<std::int64_t>(r.cp(p.span.end));
      sentences.mutable_at(i) = p.sentence_count;
      matches.mutable_at(i) = p.match_count;
      attributions.mutable_at(i) = p.scores.attributions;
      fill_counts(cm + i * ncat, p.scores);
    }
    out["paragraph"] = index;
    out["start"] = start;
    out["end"] = end;
    out["sentences"] = sentences;
    out["matches"] = matches;
    out["attributions"] = attributions;
    out["counts"] = counts;
  } else if (level == "sentence") {
    const auto ss = r.report.sentences();
    const std::size_t n = ss.size();
    Column paragraph = column(n), index = column(n), start = column(n), end = column(n), matches = column(n),
           attributions = column(n);
    Column counts({static_cast<py::ssize_t>(n), static_cast<py::ssize_t>(ncat)});
    auto* cm = counts.mutable_data();
    for (std::size_t i = 0; i < n; ++i) {
      const auto& s = ss[i];
      paragraph.mutable_at(i) = s.paragraph;
      index.mutable_at(i) = static_cast<std::int64_t>(i);
      start.mutable_at(i) = static_cast<std::int64_t>(r.cp(s.span.begin));
      end.mutable_at(i) = static_cast<std::int64_t>(r.cp(s.span.end));
      matches.mutable_at(i) = s.match_count;
      attributions.mutable_at(i) = s.scores.attributions;
      fill_counts(cm + i * ncat, s.scores);
    }
    out["paragraph"] = paragraph;
    out["sentence"] = index;
    out["start"] = start;
    out["end"] = end;
    out["matches"] = matches;
    out["attributions"] = attributions;
    out["counts"] = counts;
  } else {
    throw py::value_error("level must be 'document', 'paragraph' or 'sentence', not '" + level + "'");
  }
  return out;
}

py::list feature_name_list() {
  py::list out;
  for (std::string_view n : rhetor::feature_names()) out.append(py::str(n.data(), n.size()));
  return out;
}

}  // namespace

void bind_features(py::module_& m, ReportClass& report) {
  report.def_property_readonly("feature_names", [](const ReportHandle&) { return feature_name_list(); })
      .def("sentence_features", [](const ReportHandle& r) { return to_numpy(rhetor::sentence_features(r.report)); },
           "float32 array (sentences, len(feature_names)); no copy of the C++ matrix.")
      .def("paragraph_features", [](const ReportHandle& r) { return to_numpy(rhetor::paragraph_features(r.report)); },
           "float32 array (paragraphs, len(feature_names)).")
      .def("document_profile", [](const ReportHandle& r) { return to_numpy(rhetor::document_profile(r.report)); },
           "float32 array (len(feature_names),): the document's feature row.")
      .def("_unit_table", &unit_table, "level"_a,
           "Internal (used by rhetor.to_pandas): per-unit int64 numpy columns and a counts matrix.");
  m.def("feature_names", &feature_name_list, "The feature column names, in order.");
  m.def(
      "cosine_similarity",
      [](const py::array_t<float, py::array::c_style | py::array::forcecast>& a,
         const py::array_t<float, py::array::c_style | py::array::forcecast>& b) {
        if (a.ndim() != 1 || b.ndim() != 1 || a.shape(0) != b.shape(0))
          throw py::value_error("cosine_similarity needs two 1-D arrays of the same length");
        Eigen::RowVectorXf x = Eigen::Map<const Eigen::RowVectorXf>(a.data(), a.shape(0));
        Eigen::RowVectorXf y = Eigen::Map<const Eigen::RowVectorXf>(b.data(), b.shape(0));
        return rhetor::cosine_similarity(x, y);
      },
      "a"_a, "b"_a, "Cosine similarity of two profiles; 0 when either is all zeros.");
}

}  // namespace rhetor_py
