// bindings/python/src/core.hpp: what the files of rhetor._core share.
//
// Thin on purpose (re2's python/_re2.cc is the model): arguments are converted
// while the GIL is held, the GIL is released for the analysis itself, and the
// results become Python objects lazily, on first access, with the GIL held.
// Reprs, the mapping protocol of Scores and the to_dict methods are Python, in
// rhetor/_protocols.py; this side only converts.
//
// Offsets handed to Python are code point offsets (Python string indices), so
// `text[m.start:m.end] == m.text` holds for any text. The library works in
// bytes; every Report carries a rhetor::CodepointIndex over its own copy of the
// text to convert them.
//
// One file per bound concept: errors.cpp, lexicon.cpp, scores.cpp, matches.cpp
// (TextSpan, Match, Quote), tokens.cpp, attribution.cpp, report.cpp (Report,
// Sentence, Paragraph), features.cpp, analyzer.cpp; module.cpp calls them in order.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>  // in every file: one set of type casters for the whole module

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/rhetor.hpp"

namespace rhetor_py {

namespace py = pybind11;

// --- inputs (common.cpp) ------------------------------------------------------

/// A float32 weight as the double with the same shortest decimal form (0.7f -> 0.7,
/// not 0.699999988079071), which is what a Python user wrote in the lexicon.
double shortest(float f);
std::string type_name(py::handle obj);
/// A UTF-8 view of a `str` or `bytes` argument, without copying. For a str it
/// points into the object's cached UTF-8 form, which lives as long as the object:
/// keep a reference while the view is in use (then the GIL may be released).
std::string_view utf8_view(py::handle obj, const char* what);
/// A filesystem path (str, bytes or os.PathLike) as the bytes the OS sees.
std::string fs_path(py::handle obj);
rhetor::Segmenter parse_segmenter(const std::string& name);
const char* segmenter_name(rhetor::Segmenter s);

// --- Python-side value types --------------------------------------------------
// They hold no reference to their Report, so the Report's caches (which hold
// them) form no reference cycle.

using Names = std::shared_ptr<const std::vector<std::string>>;

struct PyScores {
  rhetor::Scores scores;
  Names names;

  /// A category by name (KeyError) or id (IndexError); TypeError for anything else.
  rhetor::CategoryId id(py::handle key) const;
  const rhetor::CategoryScore& at(py::handle key) const { return scores.by_category.at(id(key)); }
};

/// {category: matches per 100 word tokens}.
py::dict density_dict(const rhetor::Scores& s, const std::vector<std::string>& names);

struct TextSpan {
  std::size_t start = 0, end = 0;
  py::object text;
};

struct PyMatch {
  py::object category;  // shared str per category
  std::size_t start = 0, end = 0;
  py::object text;
  py::object entry, origin;  // str, or None for rule-made cues
  double weight = 1.0;
  py::object voice;     // "author" or "quoted"
  py::tuple tags;
  bool scare_quote = false, negated = false, intensified = false, attributed = false;
  std::uint32_t sentence = 0, paragraph = 0;
};

struct PyAttribution {
  TextSpan cue;
  std::optional<TextSpan> source, speaker, content;
  py::tuple contents;
  bool anonymous = false, nested = false;
  std::uint32_t cue_match = 0, sentence = 0, paragraph = 0;
};

struct PyToken {
  std::size_t start = 0, end = 0;
  py::object text, kind, pos, chunk;
};

struct PyQuote {
  std::size_t start = 0, end = 0;
  py::object text;
  std::uint32_t paragraph = 0, word_tokens = 0;
  bool scare = false;
  std::string kind;
};

struct PySentence {
  std::uint32_t index = 0, paragraph = 0, tokens = 0;
  std::size_t start = 0, end = 0;
  py::object text;
  py::tuple matches;
  PyScores scores;
};

struct PyParagraph {
  std::uint32_t index = 0, tokens = 0;
  std::size_t start = 0, end = 0;
  py::object text;
  py::tuple sentences, matches, attributions;
  PyScores scores;
  double attributions_per_sentence = 0, attribution_density = 0;
};

/// A tuple of views as the list a property returns.
inline py::list as_list(const py::object& tuple) { return py::list(tuple); }

// --- the analyzer and the report ---------------------------------------------

/// An Analyzer that remembers the lexicons it was built from, so that it pickles
/// (and so does a Report: it is rebuilt by analyzing its text again).
struct PyAnalyzer : rhetor::Analyzer {
  PyAnalyzer(rhetor::Analyzer a, std::optional<std::vector<rhetor::Lexicon>> l)
      : rhetor::Analyzer(std::move(a)), lexicons(std::move(l)) {}
  std::optional<std::vector<rhetor::Lexicon>> lexicons;  // nullopt: the default English pack
};

/// The Report as Python sees it: the C++ Report, a code point index over its
/// text, and the Python views built from it on first access (report.cpp). Held
/// by shared_ptr and never moved, so `index` (a view of report.text()) stays
/// valid. Constructing one touches no Python object, so worker threads may do it
/// without the GIL.
struct ReportHandle {
  ReportHandle(rhetor::Report&& r, std::shared_ptr<PyAnalyzer> a)
      : analyzer(std::move(a)), report(std::move(r)), index(report.text()), valid_utf8(rhetor::is_valid_utf8(report.text())) {}
  ReportHandle(const ReportHandle&) = delete;
  ReportHandle& operator=(const ReportHandle&) = delete;

  std::shared_ptr<PyAnalyzer> analyzer;  // for pickling
  rhetor::Report report;
  rhetor::CodepointIndex index;
  bool valid_utf8;

  // Built with the GIL held, on first access.
  Names names;
  std::vector<py::str> name_objects;
  py::object text_obj, matches, sentences, paragraphs, attributions, quotes, tokens;  // str / tuples

  std::size_t cp(std::uint32_t byte) const noexcept { return index.to_codepoint(byte); }
  py::str str(std::string_view bytes) const;
  py::str str(rhetor::Span s) const { return str(report.text(s)); }
  TextSpan span(rhetor::Span s) const { return TextSpan{cp(s.begin), cp(s.end), str(s)}; }

  const Names& category_names();
  PyScores scores(const rhetor::Scores& s) { return PyScores{s, category_names()}; }
  const py::object& text();
  const py::object& match_tuple();
  const py::object& attribution_tuple();
  const py::object& token_tuple();
  const py::object& quote_tuple();
  const py::object& sentence_tuple();
  const py::object& paragraph_tuple();
};

using ReportPtr = std::shared_ptr<ReportHandle>;
using ReportClass = py::class_<ReportHandle, ReportPtr>;

/// Analyzes one text (str or UTF-8 bytes) with the GIL released (analyzer.cpp).
ReportPtr analyze_one(const std::shared_ptr<PyAnalyzer>& analyzer, const py::object& text);

// --- the binders, in the order module.cpp calls them ---------------------------

void bind_errors(py::module_& m);
void bind_lexicon(py::module_& m);
void bind_scores(py::module_& m);
void bind_matches(py::module_& m);  // TextSpan, Match
void bind_tokens(py::module_& m);
void bind_attribution(py::module_& m);
void bind_quotes(py::module_& m);   // in matches.cpp
ReportClass bind_report(py::module_& m);  // Sentence, Paragraph, Report
void bind_features(py::module_& m, ReportClass& report);
void bind_analyzer(py::module_& m);

}  // namespace rhetor_py
