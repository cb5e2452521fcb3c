// Attribution: a cue with its source, speaker and content parts. Its repr is
// in rhetor/_protocols.py.
#include "core.hpp"

namespace rhetor_py {

const py::object& ReportHandle::attribution_tuple() {
  if (attributions) return attributions;
  const auto as = report.attributions();
  py::tuple out(as.size());
  for (std::size_t i = 0; i < as.size(); ++i) {
    const rhetor::Attribution& a = as[i];
    PyAttribution pa;
    pa.cue = span(a.cue);
    if (a.source) pa.source = span(*a.source);
    if (a.speaker) pa.speaker = span(*a.speaker);
    if (a.content) pa.content = span(*a.content);
    py::tuple parts(a.contents.size());
    for (std::size_t c = 0; c < a.contents.size(); ++c) parts[c] = py::cast(span(a.contents[c]));
    pa.contents = std::move(parts);
    pa.anonymous = a.anonymous;
    pa.nested = a.nested;
    pa.cue_match = a.cue_match;
    pa.sentence = a.sentence;
    pa.paragraph = a.paragraph;
    out[i] = py::cast(std::move(pa));
  }
  attributions = std::move(out);
  return attributions;
}

void bind_attribution(py::module_& m) {
  py::class_<PyAttribution>(m, "Attribution", "One attribution event: a cue and, where found, its source and content.")
      .def_readonly("cue", &PyAttribution::cue)
      .def_readonly("source", &PyAttribution::source, "Who the text credits (a name, a role, a pronoun), or None.")
      .def_readonly("speaker", &PyAttribution::speaker, "The named mention the source refers to, or None.")
      .def_readonly("content", &PyAttribution::content, "Extent of the content, first part to last, or None.")
      .def_readonly("contents", &PyAttribution::contents, "Every part of the content, in text order.")
      .def_readonly("anonymous", &PyAttribution::anonymous, "The source names nobody.")
      .def_readonly("nested", &PyAttribution::nested, "The cue is inside a quotation.")
      .def_readonly("cue_match", &PyAttribution::cue_match, "Index of the cue in Report.matches.")
      .def_readonly("sentence", &PyAttribution::sentence)
      .def_readonly("paragraph", &PyAttribution::paragraph);
}

}  // namespace rhetor_py
