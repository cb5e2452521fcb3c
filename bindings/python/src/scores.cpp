// CategoryScore and Scores. Scores is a read-only mapping from category name
// to CategoryScore: __getitem__ (by name or id) is here, the rest of the
// mapping protocol, to_dict and the reprs are in rhetor/_protocols.py.

#include "core.hpp"

namespace rhetor_py {

using namespace py::literals;

rhetor::CategoryId PyScores::id(py::handle key) const {
  if (PyUnicode_Check(key.ptr())) {
    const std::string name = key.cast<std::string>();
    for (std::size_t i = 0; i < names->size(); ++i)
      if ((*names)[i] == name) return static_cast<rhetor::CategoryId>(i);
    throw py::key_error(name);
  }
  if (PyIndex_Check(key.ptr())) {
    const auto i = key.cast<long long>();
    if (i < 0 || static_cast<std::size_t>(i) >= names->size()) throw py::index_error("category id out of range");
    return static_cast<rhetor::CategoryId>(i);
  }
  throw py::type_error("category must be a name (str) or an id (int), not " + type_name(key));
}

py::dict density_dict(const rhetor::Scores& s, const std::vector<std::string>& names) {
  py::dict d;
  for (std::size_t c = 0; c < names.size() && c < s.by_category.size(); ++c)
    d[py::str(names[c])] = s.density(static_cast<rhetor::CategoryId>(c));
  return d;
}

void bind_scores(py::module_& m) {
  py::class_<rhetor::CategoryScore>(m, "CategoryScore", "Count and summed weight of one category, split by voice.")
      .def_readonly("count", &rhetor::CategoryScore::count)
      .def_readonly("weight", &rhetor::CategoryScore::weight)
      .def_readonly("author_count", &rhetor::CategoryScore::author_count)
      .def_readonly("quoted_count", &rhetor::CategoryScore::quoted_count)
      .def_readonly("author_weight", &rhetor::CategoryScore::author_weight)
      .def_readonly("quoted_weight", &rhetor::CategoryScore::quoted_weight);

  py::class_<PyScores>(m, "Scores",
                       "Scores of a unit (sentence, paragraph, document): a read-only mapping from category\n"
                       "name to CategoryScore, plus unit totals. Density = count per 100 word tokens.")
      .def_property_readonly("tokens", [](const PyScores& s) { return s.scores.tokens; })
      .def_property_readonly("attributions", [](const PyScores& s) { return s.scores.attributions; })
      .def_property_readonly("quoted_tokens", [](const PyScores& s) { return s.scores.quoted_tokens; })
      .def_property_readonly("scare_quotes", [](const PyScores& s) { return s.scores.scare_quotes; })
      .def_property_readonly("negated", [](const PyScores& s) { return s.scores.negated; })
      .def_property_readonly("intensified", [](const PyScores& s) { return s.scores.intensified; })
      .def_property_readonly("quoted_share", [](const PyScores& s) { return s.scores.quoted_share(); })
      .def_property_readonly("anonymous", [](const PyScores& s) { return s.scores.anonymous; },
                             "Attribution events whose source names nobody.")
      .def_property_readonly("anonymous_share", [](const PyScores& s) { return s.scores.anonymous_share(); })
      .def_property_readonly("categories", [](const PyScores& s) { return *s.names; })
      .def("density", [](const PyScores& s, py::handle c) { return s.scores.density(s.id(c)); }, "category"_a,
           "Matches of `category` per 100 word tokens.")
      .def("weight_density", [](const PyScores& s, py::handle c) { return s.scores.weight_density(s.id(c)); },
           "category"_a, "Summed weight of `category` per 100 word tokens.")
      .def("__getitem__", [](const PyScores& s, py::handle c) { return s.at(c); });
}

}  // namespace rhetor_py
