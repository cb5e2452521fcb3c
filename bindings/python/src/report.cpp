// Report, Sentence and Paragraph: the views of a report that hold the others
// (matches, attributions, tokens are built in their own files). The reprs of
// Sentence and Paragraph and Report.to_dict are in rhetor/_protocols.py; the
// Report's repr stays here because it reads counts without building any view.
#include "core.hpp"

namespace rhetor_py {
namespace {

using namespace py::literals;

// A view of tuple[first, first + count), clamped.
py::tuple slice(const py::object& tuple, std::uint32_t first, std::uint32_t count) {
  const auto n = PyTuple_GET_SIZE(tuple.ptr());
  const Py_ssize_t lo = std::min<Py_ssize_t>(first, n), hi = std::min<Py_ssize_t>(Py_ssize_t(first) + count, n);
  return py::reinterpret_steal<py::tuple>(PyTuple_GetSlice(tuple.ptr(), lo, hi));
}

}  // namespace

py::str ReportHandle::str(std::string_view bytes) const {
  if (valid_utf8) return py::str(bytes.data(), bytes.size());
  const std::string repaired = rhetor::to_valid_utf8(bytes);  // one U+FFFD per ill-formed byte
  return py::str(repaired.data(), repaired.size());
}

const Names& ReportHandle::category_names() {
  if (!names) {
    auto cats = report.category_names();
    names = std::make_shared<const std::vector<std::string>>(cats.begin(), cats.end());
    for (const auto& n : *names) name_objects.emplace_back(n);
  }
  return names;
}

const py::object& ReportHandle::text() {
  if (!text_obj) text_obj = str(std::string_view(report.text()));
  return text_obj;
}

const py::object& ReportHandle::sentence_tuple() {
  if (sentences) return sentences;
  const py::object& ms = match_tuple();
  const auto ss = report.sentences();
  py::tuple out(ss.size());
  for (std::size_t i = 0; i < ss.size(); ++i) {
    const rhetor::Sentence& s = ss[i];
    PySentence ps;
    ps.index = static_cast<std::uint32_t>(i);
    ps.paragraph = s.paragraph;
    ps.tokens = s.token_count;
    ps.start = cp(s.span.begin);
    ps.end = cp(s.span.end);
    ps.text = str(s.span);
    ps.matches = slice(ms, s.first_match, s.match_count);
    ps.scores = scores(s.scores);
    out[i] = py::cast(std::move(ps));
  }
  sentences = std::move(out);
  return sentences;
}

const py::object& ReportHandle::paragraph_tuple() {
  if (paragraphs) return paragraphs;
  const py::object& ss = sentence_tuple();
  const py::object& ms = match_tuple();
  const py::object& as = attribution_tuple();
  const auto ps = report.paragraphs();
  py::tuple out(ps.size());
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const rhetor::Paragraph& p = ps[i];
    PyParagraph pp;
    pp.index = static_cast<std::uint32_t>(i);
    pp.tokens = p.scores.tokens;
    pp.start = cp(p.span.begin);
    pp.end = cp(p.span.end);
    pp.text = str(p.span);
    pp.sentences = slice(ss, p.first_sentence, p.sentence_count);
    pp.matches = slice(ms, p.first_match, p.match_count);
    pp.attributions = slice(as, p.first_attribution, p.attribution_count);
    pp.scores = scores(p.scores);
    pp.attributions_per_sentence = p.attributions_per_sentence();
    pp.attribution_density = p.attribution_density();
    out[i] = py::cast(std::move(pp));
  }
  paragraphs = std::move(out);
  return paragraphs;
}

ReportClass bind_report(py::module_& m) {
  py::class_<PySentence>(m, "Sentence")
      .def_readonly("index", &PySentence::index)
      .def_readonly("paragraph", &PySentence::paragraph)
      .def_readonly("start", &PySentence::start)
      .def_readonly("end", &PySentence::end)
      .def_readonly("text", &PySentence::text)
      .def_readonly("tokens", &PySentence::tokens, "Word tokens in the sentence.")
      .def_property_readonly("matches", [](const PySentence& s) { return as_list(s.matches); })
      .def_readonly("scores", &PySentence::scores)
      .def_property_readonly("density", [](const PySentence& s) { return density_dict(s.scores.scores, *s.scores.names); });

  py::class_<PyParagraph>(m, "Paragraph")
      .def_readonly("index", &PyParagraph::index)
      .def_readonly("start", &PyParagraph::start)
      .def_readonly("end", &PyParagraph::end)
      .def_readonly("text", &PyParagraph::text)
      .def_readonly("tokens", &PyParagraph::tokens, "Word tokens in the paragraph.")
      .def_property_readonly("sentences", [](const PyParagraph& p) { return as_list(p.sentences); })
      .def_property_readonly("matches", [](const PyParagraph& p) { return as_list(p.matches); })
      .def_property_readonly("attributions", [](const PyParagraph& p) { return as_list(p.attributions); })
      .def_readonly("scores", &PyParagraph::scores)
      .def_property_readonly("density", [](const PyParagraph& p) { return density_dict(p.scores.scores, *p.scores.names); })
      .def_readonly("attributions_per_sentence", &PyParagraph::attributions_per_sentence)
      .def_readonly("attribution_density", &PyParagraph::attribution_density,
                    "Attribution events per 100 word tokens.");

  ReportClass report(m, "Report", "What an analysis found. Offsets are Python string indices into .text.");
  report.def_property_readonly("text", [](ReportHandle& r) { return r.text(); })
      .def_property_readonly("matches", [](ReportHandle& r) { return as_list(r.match_tuple()); })
      .def_property_readonly("sentences", [](ReportHandle& r) { return as_list(r.sentence_tuple()); })
      .def_property_readonly("paragraphs", [](ReportHandle& r) { return as_list(r.paragraph_tuple()); })
      .def_property_readonly("attributions", [](ReportHandle& r) { return as_list(r.attribution_tuple()); })
      .def_property_readonly("quotes", [](ReportHandle& r) { return as_list(r.quote_tuple()); })
      .def_property_readonly("token_list", [](ReportHandle& r) { return as_list(r.token_tuple()); },
                             "Every token: offsets, text, kind, part of speech (UPOS; 'X' where the sentence was not "
                             "tagged) and noun-phrase chunk (B/I/O).")
      .def_property_readonly("scores", [](ReportHandle& r) { return r.scores(r.report.document()); },
                             "Whole-document Scores.")
      .def_property_readonly(
          "density", [](ReportHandle& r) { return density_dict(r.report.document(), *r.category_names()); },
          "Whole-document {category: matches per 100 word tokens}.")
      .def_property_readonly("tokens", [](const ReportHandle& r) { return r.report.document().tokens; })
      .def_property_readonly("categories", [](ReportHandle& r) { return *r.category_names(); })
      .def(
          "to_json",
          [](const ReportHandle& r, std::optional<std::string> id, std::optional<int> indent, bool include_paragraphs) {
            rhetor::JsonOptions o;
            o.id = std::move(id);
            o.indent = indent.value_or(-1);
            o.include_paragraphs = include_paragraphs;
            return rhetor::to_json(r.report, o);
          },
          py::kw_only(), "id"_a = py::none(), "indent"_a = py::none(), "include_paragraphs"_a = true,
          "The CLI's JSON for this report (code point offsets).")
      .def(py::pickle(
          [](const ReportHandle& r) {
            const std::string& t = r.report.text();
            return py::make_tuple(r.analyzer, py::bytes(t.data(), t.size()));
          },
          [](const py::tuple& t) { return analyze_one(t[0].cast<std::shared_ptr<PyAnalyzer>>(), t[1]); }))
      .def(
          "to_csv",
          [](const ReportHandle& r, const std::string& level, const std::string& id, const std::string& delimiter,
             bool header) {
            const auto lv = rhetor::parse_table_level(level);
            if (!lv) throw py::value_error("level must be document, paragraph, sentence, match or attribution");
            if (delimiter != "," && delimiter != "\t") throw py::value_error("delimiter must be ',' or '\\t'");
            std::string out;
            py::gil_scoped_release nogil;
            if (header) rhetor::write_table_header(out, *lv, r.report.category_names(), delimiter[0]);
            rhetor::write_table_rows(out, r.report, id, *lv, delimiter[0]);
            return out;
          },
          "level"_a = "document", py::kw_only(), "id"_a = "", "delimiter"_a = ",", "header"_a = true,
          "The CLI's --format csv rows (RFC 4180; delimiter '\\t': TSV) for this report, header first.")
      .def("__repr__", [](const ReportHandle& r) {
        return "<Report: " + std::to_string(r.report.paragraphs().size()) + " paragraphs, " +
               std::to_string(r.report.sentences().size()) + " sentences, " +
               std::to_string(r.report.matches().size()) + " matches, " +
               std::to_string(r.report.attributions().size()) + " attributions>";
      });
  m.def(
      "_to_html",
      [](const std::vector<ReportPtr>& reports, const std::vector<std::string>& names, const std::string& title,
         bool script) {
        if (reports.empty() || reports.size() != names.size()) throw py::value_error("one name per report, at least one");
        std::vector<rhetor::NamedReport> docs;
        for (std::size_t i = 0; i < reports.size(); ++i) docs.push_back({names[i], &reports[i]->report});
        py::gil_scoped_release nogil;
        return rhetor::to_html(std::span<const rhetor::NamedReport>(docs), {.title = title, .script = script});
      },
      "reports"_a, "names"_a, "title"_a, "script"_a, "Internal (used by rhetor.to_html).");
  return report;
}

}  // namespace rhetor_py
