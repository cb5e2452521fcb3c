// bindings/python/src/module.cpp: rhetor._core, the pybind11 shim over the C++ library.
//
// Thin on purpose (re2's python/_re2.cc is the model): arguments are converted
// while the GIL is held, the GIL is released for the analysis itself, and the
// results become Python objects lazily, on first access, with the GIL held.
//
// Offsets handed to Python are code point offsets (Python string indices), so
// `text[m.start:m.end] == m.text` holds for any text. The library works in
// bytes; every Report carries a rhetor::CodepointIndex over its own copy of the
// text to convert them.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rhetor/rhetor.hpp"

namespace py = pybind11;
using namespace py::literals;

namespace {

// ---------------------------------------------------------------------------
// Exceptions: rhetor.Error (a RuntimeError) and its subclasses. The types are
// created once and live as long as the process (the module holds a reference
// too), so the translator can use them without touching any Python state.

PyObject* g_error = nullptr;
PyObject* g_lexicon_error = nullptr;
PyObject* g_analyzer_error = nullptr;
PyObject* g_input_error = nullptr;

PyObject* new_exception_type(py::module_& m, const char* name, const char* doc, PyObject* base) {
  const std::string qualified = std::string("rhetor.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, base, nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(type));  // the module takes its own reference
  return type;
}

PyObject* decode_replace(std::string_view s) {
  return PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
}

void set_error(PyObject* type, const char* what) {
  PyObject* msg = decode_replace(what);
  if (msg == nullptr) return;  // the decoding error is set instead
  PyErr_SetObject(type, msg);
  Py_DECREF(msg);
}

void set_lexicon_error(const rhetor::LexiconError& e) {
  PyObject* msg = decode_replace(e.what());
  if (msg == nullptr) return;
  PyObject* exc = PyObject_CallFunctionObjArgs(g_lexicon_error, msg, nullptr);
  Py_DECREF(msg);
  if (exc == nullptr) return;
  auto set = [exc](const char* attr, PyObject* value) {
    if (value == nullptr) {
      PyErr_Clear();
      return;
    }
    if (PyObject_SetAttrString(exc, attr, value) != 0) PyErr_Clear();
    Py_DECREF(value);
  };
  const std::string& file = e.file();
  set("file", PyUnicode_DecodeFSDefaultAndSize(file.data(), static_cast<Py_ssize_t>(file.size())));
  set("line", PyLong_FromSize_t(e.line()));
  set("column", PyLong_FromSize_t(e.column()));
  set("message", decode_replace(e.message()));
  set("offending_text", decode_replace(e.offending_text()));
  PyErr_SetObject(g_lexicon_error, exc);
  Py_DECREF(exc);
}

void translate_exception(std::exception_ptr p) {
  try {
    if (p) std::rethrow_exception(p);
  } catch (const rhetor::LexiconError& e) {
    set_lexicon_error(e);
  } catch (const rhetor::AnalyzerError& e) {
    set_error(g_analyzer_error, e.what());
  } catch (const rhetor::InputError& e) {
    set_error(g_input_error, e.what());
  } catch (const rhetor::Error& e) {
    set_error(g_error, e.what());
  }
  // Anything else propagates to pybind11's own translators.
}

// ---------------------------------------------------------------------------
// Inputs.

// A float32 weight as the double with the same shortest decimal form (0.7f -> 0.7,
// not 0.699999988079071), which is what a Python user wrote in the lexicon.
double shortest(float f) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, f);
  double d = f;
  if (r.ec == std::errc()) std::from_chars(buf, r.ptr, d);
  return d;
}

std::string type_name(py::handle obj) { return py::str(py::type::of(obj).attr("__name__")).cast<std::string>(); }

// A UTF-8 view of a `str` or `bytes` argument, without copying. For a str it
// points into the object's cached UTF-8 form, which lives as long as the object:
// keep a reference while the view is in use (then the GIL may be released).
std::string_view utf8_view(py::handle obj, const char* what) {
  if (PyUnicode_Check(obj.ptr())) {
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(obj.ptr(), &n);  // UnicodeEncodeError on lone surrogates
    if (p == nullptr) throw py::error_already_set();
    return {p, static_cast<std::size_t>(n)};
  }
  if (PyBytes_Check(obj.ptr())) {
    char* p = nullptr;
    Py_ssize_t n = 0;
    if (PyBytes_AsStringAndSize(obj.ptr(), &p, &n) != 0) throw py::error_already_set();
    return {p, static_cast<std::size_t>(n)};
  }
  throw py::type_error(std::string(what) + " must be str or bytes, not " + type_name(obj));
}

// A filesystem path (str, bytes or os.PathLike) as the bytes the OS sees.
std::string fs_path(py::handle obj) {
  py::object encoded = py::module_::import("os").attr("fsencode")(obj);
  return encoded.cast<std::string>();
}

rhetor::Segmenter parse_segmenter(const std::string& name) {
  if (name == "fast") return rhetor::Segmenter::fast;
  if (name == "icu") return rhetor::Segmenter::icu;
  throw py::value_error("segmenter must be 'fast' or 'icu', not '" + name + "'");
}

const char* segmenter_name(rhetor::Segmenter s) { return s == rhetor::Segmenter::icu ? "icu" : "fast"; }

// ---------------------------------------------------------------------------
// Python-side value types. They hold no reference to their Report, so the
// Report's caches (which hold them) form no reference cycle.

using Names = std::shared_ptr<const std::vector<std::string>>;

struct PyScores {
  rhetor::Scores scores;
  Names names;

  rhetor::CategoryId id(py::handle key) const {
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
  const rhetor::CategoryScore& at(py::handle key) const { return scores.by_category.at(id(key)); }
};

py::dict density_dict(const rhetor::Scores& s, const std::vector<std::string>& names) {
  py::dict d;
  for (std::size_t c = 0; c < names.size() && c < s.by_category.size(); ++c)
    d[py::str(names[c])] = s.density(static_cast<rhetor::CategoryId>(c));
  return d;
}

py::dict category_score_dict(const rhetor::CategoryScore& c) {
  return py::dict("count"_a = c.count, "weight"_a = c.weight, "author_count"_a = c.author_count,
                  "quoted_count"_a = c.quoted_count, "author_weight"_a = c.author_weight,
                  "quoted_weight"_a = c.quoted_weight);
}

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
  bool scare_quote = false, negated = false, intensified = false;
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

// ---------------------------------------------------------------------------
// The Report as Python sees it: the C++ Report, a code point index over its
// text, and the Python views built from it on first access. Held by shared_ptr
// and never moved, so `index` (a view of report.text()) stays valid.

// An Analyzer that remembers the lexicons it was built from, so that it pickles
// (and so does a Report: it is rebuilt by analyzing its text again).
struct PyAnalyzer : rhetor::Analyzer {
  PyAnalyzer(rhetor::Analyzer a, std::optional<std::vector<rhetor::Lexicon>> l)
      : rhetor::Analyzer(std::move(a)), lexicons(std::move(l)) {}
  std::optional<std::vector<rhetor::Lexicon>> lexicons;  // nullopt: the default English pack
};

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

  py::str str(std::string_view bytes) const {
    if (valid_utf8) return py::str(bytes.data(), bytes.size());
    const std::string repaired = rhetor::to_valid_utf8(bytes);  // one U+FFFD per ill-formed byte
    return py::str(repaired.data(), repaired.size());
  }
  py::str str(rhetor::Span s) const { return str(report.text(s)); }
  TextSpan span(rhetor::Span s) const { return TextSpan{cp(s.begin), cp(s.end), str(s)}; }

  const Names& category_names() {
    if (!names) {
      auto cats = report.category_names();
      names = std::make_shared<const std::vector<std::string>>(cats.begin(), cats.end());
      for (const auto& n : *names) name_objects.emplace_back(n);
    }
    return names;
  }
  PyScores scores(const rhetor::Scores& s) { return PyScores{s, category_names()}; }

  const py::object& text() {
    if (!text_obj) text_obj = str(std::string_view(report.text()));
    return text_obj;
  }

  const py::object& match_tuple() {
    if (matches) return matches;
    category_names();
    const py::str author("author"), quoted("quoted");
    const auto ms = report.matches();
    py::tuple out(ms.size());
    // One set of Python objects per lexicon entry, shared by all its matches.
    struct EntryObjects { py::object pattern, origin; py::tuple tags; };
    std::unordered_map<const rhetor::LexiconEntry*, EntryObjects> per_entry;
    for (std::size_t i = 0; i < ms.size(); ++i) {
      const rhetor::Match& m = ms[i];
      PyMatch pm;
      pm.category = m.category < name_objects.size() ? py::object(name_objects[m.category])
                                                     : py::object(py::str(m.category_name.data(), m.category_name.size()));
      pm.start = cp(m.span.begin);
      pm.end = cp(m.span.end);
      pm.text = str(m.span);
      if (m.entry != nullptr) {
        auto [it, fresh] = per_entry.try_emplace(m.entry);
        if (fresh) {
          it->second.pattern = py::str(m.entry->pattern);
          it->second.origin = py::str(m.entry->origin);
          py::tuple tags(m.entry->tags.size());
          for (std::size_t t = 0; t < m.entry->tags.size(); ++t) tags[t] = py::str(m.entry->tags[t]);
          it->second.tags = std::move(tags);
        }
        pm.entry = it->second.pattern;
        pm.origin = it->second.origin;
        pm.tags = it->second.tags;
      } else {
        pm.entry = py::none();
        pm.origin = py::none();
        pm.tags = py::tuple(0);
      }
      pm.weight = shortest(m.weight);
      pm.voice = m.voice == rhetor::Voice::quoted ? quoted : author;
      pm.scare_quote = m.scare_quote;
      pm.negated = m.negated;
      pm.intensified = m.intensified;
      pm.sentence = m.sentence;
      pm.paragraph = m.paragraph;
      out[i] = py::cast(std::move(pm));
    }
    matches = std::move(out);
    return matches;
  }

  const py::object& attribution_tuple() {
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

  const py::object& token_tuple() {
    if (tokens) return tokens;
    static constexpr const char* kKinds[] = {"word", "number", "clitic", "punct", "open_quote", "close_quote", "invalid"};
    static constexpr const char* kChunks[] = {"O", "B", "I"};
    std::vector<py::str> kinds, tags, chunks;
    for (const char* k : kKinds) kinds.emplace_back(k);
    for (int t = 0; t < rhetor::kUposCount; ++t) {
      const auto name = rhetor::to_string(static_cast<rhetor::Upos>(t));
      tags.emplace_back(name.data(), name.size());
    }
    for (const char* c : kChunks) chunks.emplace_back(c);
    const auto ts = report.tokens();
    py::tuple out(ts.size());
    for (std::size_t i = 0; i < ts.size(); ++i) {
      const rhetor::Token& t = ts[i];
      out[i] = py::cast(PyToken{cp(t.span.begin), cp(t.span.end), str(t.span), kinds[static_cast<std::size_t>(t.kind)],
                                tags[static_cast<std::size_t>(t.pos)], chunks[static_cast<std::size_t>(t.chunk)]});
    }
    tokens = std::move(out);
    return tokens;
  }

  const py::object& quote_tuple() {
    if (quotes) return quotes;
    const auto qs = report.quotes();
    py::tuple out(qs.size());
    for (std::size_t i = 0; i < qs.size(); ++i) {
      const rhetor::Quote& q = qs[i];
      out[i] = py::cast(PyQuote{cp(q.span.begin), cp(q.span.end), str(q.span), q.paragraph, q.word_tokens, q.scare,
                                std::string(rhetor::to_string(q.kind))});
    }
    quotes = std::move(out);
    return quotes;
  }

  static py::tuple slice(const py::object& tuple, std::uint32_t first, std::uint32_t count) {
    const auto n = PyTuple_GET_SIZE(tuple.ptr());
    const Py_ssize_t lo = std::min<Py_ssize_t>(first, n), hi = std::min<Py_ssize_t>(Py_ssize_t(first) + count, n);
    return py::reinterpret_steal<py::tuple>(PyTuple_GetSlice(tuple.ptr(), lo, hi));
  }

  const py::object& sentence_tuple() {
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

  const py::object& paragraph_tuple() {
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
};

using ReportPtr = std::shared_ptr<ReportHandle>;

py::list as_list(const py::object& tuple) { return py::list(tuple); }

// ---------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------
// Analyzer construction and batch analysis.

rhetor::AnalyzerOptions make_options(const std::string& segmenter, unsigned negation_window, float intensifier_factor,
                                     unsigned scare_quote_max_tokens, bool tag_all) {
  rhetor::AnalyzerOptions o;
  o.segmenter = parse_segmenter(segmenter);
  o.negation_window = negation_window;
  if (!(intensifier_factor > 0.0f) || !std::isfinite(intensifier_factor))
    throw py::value_error("intensifier_factor must be a positive number, not " + std::to_string(intensifier_factor));
  o.intensifier_factor = intensifier_factor;
  o.scare_quote_max_tokens = scare_quote_max_tokens;
  o.tag_all = tag_all;
  return o;
}

bool is_path_like(py::handle obj) {
  return PyUnicode_Check(obj.ptr()) || PyBytes_Check(obj.ptr()) || py::hasattr(obj, "__fspath__");
}

std::shared_ptr<PyAnalyzer> make_analyzer(const py::object& lexicons, const std::string& segmenter,
                                                unsigned negation_window, float intensifier_factor,
                                                unsigned scare_quote_max_tokens, bool tag_all) {
  const auto options = make_options(segmenter, negation_window, intensifier_factor, scare_quote_max_tokens, tag_all);
  if (lexicons.is_none()) {
    py::gil_scoped_release nogil;
    return std::make_shared<PyAnalyzer>(rhetor::Analyzer(rhetor::Lexicon::english(), options), std::nullopt);
  }
  // One path or Lexicon, or an iterable of them (a bare str is one path, not characters).
  std::vector<py::object> items;
  if (is_path_like(lexicons) || py::isinstance<rhetor::Lexicon>(lexicons)) {
    items.push_back(lexicons);
  } else {
    for (py::handle item : lexicons) items.push_back(py::reinterpret_borrow<py::object>(item));
  }
  if (items.empty()) throw py::value_error("lexicons is empty: pass None for the default English pack");
  std::vector<rhetor::Lexicon> loaded(items.size());
  std::vector<std::optional<std::string>> paths(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (py::isinstance<rhetor::Lexicon>(items[i])) {
      loaded[i] = items[i].cast<const rhetor::Lexicon&>();
    } else if (is_path_like(items[i])) {
      paths[i] = fs_path(items[i]);
    } else {
      throw py::type_error("lexicons must hold paths (str or os.PathLike) or rhetor.Lexicon objects, not " +
                           type_name(items[i]));
    }
  }
  py::gil_scoped_release nogil;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (paths[i]) loaded[i] = rhetor::Lexicon::load(*paths[i]);
  rhetor::Analyzer analyzer(std::span<const rhetor::Lexicon>(loaded), options);
  return std::make_shared<PyAnalyzer>(std::move(analyzer), std::move(loaded));
}

ReportPtr analyze_one(const std::shared_ptr<PyAnalyzer>& analyzer, const py::object& text) {
  const std::string_view view = utf8_view(text, "text");  // `text` stays referenced by the caller's frame
  py::gil_scoped_release nogil;
  return std::make_shared<ReportHandle>(analyzer->analyze(view), analyzer);
}

py::list analyze_many(const std::shared_ptr<PyAnalyzer>& analyzer, const py::iterable& texts,
                      std::optional<long> threads) {
  if (threads && *threads < 0)
    throw py::value_error("threads must be None, 0 (all cores) or a positive count, not " + std::to_string(*threads));
  if (PyUnicode_Check(texts.ptr()) || PyBytes_Check(texts.ptr()))
    throw py::type_error("texts must be an iterable of str or bytes, not a single " + type_name(texts) +
                         " (use analyze() for one text)");
  // Convert with the GIL held: views into the str objects, which `keep` holds.
  std::vector<py::object> keep;
  std::vector<std::string_view> views;
  for (py::handle t : texts) {
    keep.push_back(py::reinterpret_borrow<py::object>(t));
    views.push_back(utf8_view(t, "every text"));
  }
  const std::size_t n = views.size();
  std::size_t workers = threads && *threads > 0 ? static_cast<std::size_t>(*threads)
                                                : std::max(1u, std::thread::hardware_concurrency());
  workers = std::max<std::size_t>(1, std::min(workers, n));

  std::vector<ReportPtr> reports(n);
  std::vector<std::exception_ptr> errors(n);
  {
    py::gil_scoped_release nogil;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    auto work = [&] {
      while (!failed.load(std::memory_order_relaxed)) {
        const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
        if (i >= n) break;
        try {
          reports[i] = std::make_shared<ReportHandle>(analyzer->analyze(views[i]), analyzer);
        } catch (...) {
          errors[i] = std::current_exception();
          failed.store(true, std::memory_order_relaxed);
        }
      }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    try {
      for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(work);
    } catch (const std::system_error&) {
      // Fewer threads than asked for: the ones we have (and this one) do the work.
    }
    work();
    for (auto& thread : pool) thread.join();
  }
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);  // the first failure in input order
  py::list out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = py::cast(std::move(reports[i]));
  return out;
}

py::dict score_sentence(const PyAnalyzer& analyzer, const py::object& sentence) {
  const std::string_view view = utf8_view(sentence, "sentence");
  rhetor::SentenceScore s;
  analyzer.score_sentence(view, s);
  const auto names = analyzer.category_names();
  py::dict count, weight, density;
  for (std::size_t c = 0; c < names.size() && c < rhetor::kMaxCategories; ++c) {
    py::str name(names[c]);
    count[name] = s.count[c];
    weight[name] = shortest(s.weight[c]);
    density[name] = s.density(static_cast<rhetor::CategoryId>(c));
  }
  return py::dict("tokens"_a = s.tokens, "matches"_a = s.matches, "count"_a = count, "weight"_a = weight,
                  "density"_a = density, "loaded_author"_a = s.loaded_author, "loaded_quoted"_a = s.loaded_quoted);
}

// ---------------------------------------------------------------------------
// Lexicon pickling: a Lexicon is plain data (manifest + entries), so its state
// is exactly that. This lets rhetor.dask ship Lexicon objects to workers.

const char* where_name(rhetor::Constraint::Where w) {
  static const char* const names[] = {"next", "prev", "after", "before"};
  return names[static_cast<int>(w)];
}

py::tuple entry_state(const rhetor::LexiconEntry& e) {
  py::list constraints;
  for (const auto& c : e.constraints) constraints.append(py::make_tuple(where_name(c.where), c.negated, c.words));
  return py::make_tuple(e.category, e.pattern, e.weight, e.tags, e.case_sensitive, constraints, e.origin, e.pos_allowed);
}

rhetor::Constraint constraint_from(const std::string& where, bool negated, std::vector<std::string> words) {
  rhetor::Constraint c;
  if (where == "next") c.where = rhetor::Constraint::Where::next;
  else if (where == "prev") c.where = rhetor::Constraint::Where::prev;
  else if (where == "after") c.where = rhetor::Constraint::Where::after;
  else if (where == "before") c.where = rhetor::Constraint::Where::before;
  else throw py::value_error("Constraint.where must be 'next', 'prev', 'after' or 'before', not '" + where + "'");
  c.negated = negated;
  c.words = std::move(words);
  return c;
}

rhetor::LexiconEntry entry_from_state(const py::tuple& t) {
  if (t.size() != 7 && t.size() != 8) throw py::value_error("bad LexiconEntry state");
  rhetor::LexiconEntry e;
  e.category = t[0].cast<std::string>();
  e.pattern = t[1].cast<std::string>();
  e.weight = t[2].cast<float>();
  e.tags = t[3].cast<std::vector<std::string>>();
  e.case_sensitive = t[4].cast<bool>();
  for (py::handle c : t[5]) {
    auto ct = c.cast<py::tuple>();
    e.constraints.push_back(
        constraint_from(ct[0].cast<std::string>(), ct[1].cast<bool>(), ct[2].cast<std::vector<std::string>>()));
  }
  e.origin = t[6].cast<std::string>();
  if (t.size() == 8) e.pos_allowed = t[7].cast<std::uint32_t>();
  return e;
}

py::tuple lexicon_state(const rhetor::Lexicon& lex) {
  const auto& m = lex.manifest();
  py::list entries;
  for (const auto& e : lex.entries()) entries.append(entry_state(e));
  return py::make_tuple(py::make_tuple(m.name, m.version, m.language, m.licence, m.description, m.files), entries);
}

rhetor::Lexicon lexicon_from_state(const py::tuple& state) {
  if (state.size() != 2) throw py::value_error("bad Lexicon state");
  rhetor::Lexicon lex;
  auto m = state[0].cast<py::tuple>();
  auto& manifest = lex.manifest();
  manifest.name = m[0].cast<std::string>();
  manifest.version = m[1].cast<std::string>();
  manifest.language = m[2].cast<std::string>();
  manifest.licence = m[3].cast<std::string>();
  manifest.description = m[4].cast<std::string>();
  manifest.files = m[5].cast<std::vector<std::string>>();
  for (py::handle e : state[1]) lex.add(entry_from_state(e.cast<py::tuple>()));
  return lex;
}

std::string repr_of(const py::object& o) { return py::repr(o).cast<std::string>(); }

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() =
      "rhetor._core: the compiled core of rhetor. Import `rhetor` instead; it re-exports everything here.";
  m.attr("__version__") = rhetor::version_string;
  m.attr("FEATURE_COUNT") = rhetor::kFeatureCount;

  // --- errors
  g_error = new_exception_type(m, "Error", "Base of every error raised by rhetor (a RuntimeError).",
                               PyExc_RuntimeError);
  g_lexicon_error = new_exception_type(
      m, "LexiconError",
      "A lexicon file, pack or string could not be read or parsed.\n\n"
      "str(e) is 'file:line:column: message: \"text\"'; the parts are in the attributes\n"
      "file, line, column (1-based, 0 when unknown), message and offending_text.",
      g_error);
  for (const char* attr : {"file", "message", "offending_text"})
    PyObject_SetAttrString(g_lexicon_error, attr, py::str("").ptr());
  for (const char* attr : {"line", "column"}) PyObject_SetAttrString(g_lexicon_error, attr, py::int_(0).ptr());
  g_analyzer_error = new_exception_type(
      m, "AnalyzerError", "An Analyzer could not be built from the given lexicons (e.g. too many categories).",
      g_error);
  g_input_error = new_exception_type(
      m, "InputError", "Input that cannot be processed at all (e.g. 4 GiB or more). Invalid UTF-8 is not an error.",
      g_error);
  py::register_exception_translator(&translate_exception);

  // --- lexicons
  py::class_<rhetor::Constraint>(m, "Constraint", "A context constraint on the token before or after a match.")
      .def(py::init(&constraint_from), "where"_a, "negated"_a = false, "words"_a = std::vector<std::string>{})
      .def_property(
          "where", [](const rhetor::Constraint& c) { return where_name(c.where); },
          [](rhetor::Constraint& c, const std::string& w) { c.where = constraint_from(w, false, {}).where; })
      .def_readwrite("negated", &rhetor::Constraint::negated)
      .def_readwrite("words", &rhetor::Constraint::words)
      .def("__repr__", [](const rhetor::Constraint& c) {
        std::string s = c.negated ? "@!" : "@";
        s += std::string(where_name(c.where)) + "=";
        for (std::size_t i = 0; i < c.words.size(); ++i) s += (i ? "|" : "") + c.words[i];
        return "<Constraint " + s + ">";
      });

  py::class_<rhetor::LexiconEntry>(m, "LexiconEntry", "One lexicon entry as written.")
      .def(py::init([](std::string category, std::string pattern, float weight, std::vector<std::string> tags,
                       bool case_sensitive, std::vector<rhetor::Constraint> constraints, std::string origin) {
             rhetor::LexiconEntry e;
             e.category = std::move(category);
             e.pattern = std::move(pattern);
             e.weight = weight;
             e.tags = std::move(tags);
             e.case_sensitive = case_sensitive;
             e.constraints = std::move(constraints);
             e.origin = std::move(origin);
             return e;
           }),
           "category"_a, "pattern"_a, "weight"_a = 1.0f, "tags"_a = std::vector<std::string>{},
           "case_sensitive"_a = false, "constraints"_a = std::vector<rhetor::Constraint>{}, "origin"_a = "")
      .def_readwrite("category", &rhetor::LexiconEntry::category)
      .def_readwrite("pattern", &rhetor::LexiconEntry::pattern)
      .def_readwrite("weight", &rhetor::LexiconEntry::weight)
      .def_readwrite("tags", &rhetor::LexiconEntry::tags)
      .def_readwrite("case_sensitive", &rhetor::LexiconEntry::case_sensitive)
      .def_readwrite("pos_allowed", &rhetor::LexiconEntry::pos_allowed,
                     "@pos/@!pos: bit (1 << UPOS index) per allowed tag of the first token; 0: any")
      .def_readwrite("constraints", &rhetor::LexiconEntry::constraints)
      .def_readwrite("origin", &rhetor::LexiconEntry::origin)
      .def("expansions", &rhetor::LexiconEntry::expansions,
           "Every concrete word sequence the pattern stands for (alternatives expanded).")
      .def(py::pickle([](const rhetor::LexiconEntry& e) { return entry_state(e); }, &entry_from_state))
      .def("__repr__", [](const rhetor::LexiconEntry& e) {
        return "<LexiconEntry [" + e.category + "] " + repr_of(py::str(e.pattern)) + " =" +
               repr_of(py::float_(e.weight)) + (e.origin.empty() ? "" : " at " + e.origin) + ">";
      });

  py::class_<rhetor::Manifest>(m, "Manifest", "Pack metadata (manifest.txt).")
      .def_readwrite("name", &rhetor::Manifest::name)
      .def_readwrite("version", &rhetor::Manifest::version)
      .def_readwrite("language", &rhetor::Manifest::language)
      .def_readwrite("licence", &rhetor::Manifest::licence)
      .def_readwrite("description", &rhetor::Manifest::description)
      .def_readwrite("files", &rhetor::Manifest::files)
      .def("__repr__", [](const rhetor::Manifest& mf) {
        return "<Manifest " + repr_of(py::str(mf.name)) + " " + repr_of(py::str(mf.version)) + ">";
      });

  py::class_<rhetor::LexiconIssue>(m, "LexiconIssue", "A problem found by Lexicon.check().")
      .def_property_readonly("kind",
                             [](const rhetor::LexiconIssue& i) {
                               switch (i.kind) {
                                 case rhetor::LexiconIssue::Kind::duplicate: return "duplicate";
                                 case rhetor::LexiconIssue::Kind::conflict: return "conflict";
                                 default: return "unmatchable";
                               }
                             })
      .def_readonly("origin", &rhetor::LexiconIssue::origin)
      .def_readonly("message", &rhetor::LexiconIssue::message)
      .def("__repr__", [](const rhetor::LexiconIssue& i) { return "<LexiconIssue " + i.origin + ": " + i.message + ">"; });

  py::class_<rhetor::Lexicon>(m, "Lexicon",
                              "Curated lexicon data (a manifest and entries). Build an Analyzer from one or more.")
      .def(py::init<>(), "An empty lexicon.")
      .def_static("english", []() { return rhetor::Lexicon::english(); },
                  "A copy of the default English pack compiled into the library.")
      .def_static(
          "load", [](const py::object& path) {
            const std::string p = fs_path(path);
            py::gil_scoped_release nogil;
            return rhetor::Lexicon::load(p);
          },
          "path"_a, "Loads a .lex file, a .dic file or a pack directory (auto-detected).\n"
                    "Raises rhetor.LexiconError with file, line and column.")
      .def_static(
          "from_file", [](const py::object& path) { return rhetor::Lexicon::from_file(fs_path(path)); }, "path"_a)
      .def_static(
          "from_directory", [](const py::object& path) { return rhetor::Lexicon::from_directory(fs_path(path)); },
          "path"_a)
      .def_static(
          "from_string",
          [](const py::object& text, const std::string& name) {
            return rhetor::Lexicon::from_string(utf8_view(text, "text"), name);
          },
          "text"_a, "name"_a = "<string>", "Parses .lex text; `name` is used in error messages and as the origin.")
      .def_static(
          "from_dic_string",
          [](const py::object& text, const std::string& name) {
            return rhetor::Lexicon::from_dic_string(utf8_view(text, "text"), name);
          },
          "text"_a, "name"_a = "<string>", "Parses LIWC-style .dic text.")
      .def(
          "merge",
          [](py::object self, const rhetor::Lexicon& other) {
            self.cast<rhetor::Lexicon&>().merge(other);
            return self;
          },
          "other"_a, "Appends other's entries (in place) and returns self.")
      .def("add", &rhetor::Lexicon::add, "entry"_a)
      .def_property_readonly("entries", &rhetor::Lexicon::entries, "The entries (copies), in order.")
      .def_property(
          "manifest", [](const rhetor::Lexicon& l) { return l.manifest(); },
          [](rhetor::Lexicon& l, const rhetor::Manifest& mf) { l.manifest() = mf; })
      .def("check", [](const rhetor::Lexicon& l) { return rhetor::check_lexicon(l); },
           "Duplicate, conflicting and unmatchable entries.")
      .def(
          "stats",
          [](const rhetor::Lexicon& l) {
            const auto s = rhetor::lexicon_stats(l);
            auto rows = [](const std::vector<rhetor::LexiconStats::Row>& rs) {
              py::list out;
              for (const auto& r : rs)
                out.append(py::dict("category"_a = r.category, "tag"_a = r.tag, "entries"_a = r.entries,
                                    "forms"_a = r.forms, "multiword"_a = r.multiword));
              return out;
            };
            return py::dict("entries"_a = s.entries, "forms"_a = s.forms, "multiword_forms"_a = s.multiword_forms,
                            "wildcard_forms"_a = s.wildcard_forms, "by_category"_a = rows(s.by_category),
                            "by_tag"_a = rows(s.by_tag));
          },
          "Counts by category and tag (what `rhetor lexicon stats` prints).")
      .def("__len__", &rhetor::Lexicon::size)
      .def(py::pickle(&lexicon_state, &lexicon_from_state))
      .def("__repr__", [](const rhetor::Lexicon& l) {
        return "<Lexicon " + repr_of(py::str(l.manifest().name)) + " with " + std::to_string(l.size()) + " entries>";
      });

  // --- report pieces
  py::class_<rhetor::CategoryScore>(m, "CategoryScore", "Count and summed weight of one category, split by voice.")
      .def_readonly("count", &rhetor::CategoryScore::count)
      .def_readonly("weight", &rhetor::CategoryScore::weight)
      .def_readonly("author_count", &rhetor::CategoryScore::author_count)
      .def_readonly("quoted_count", &rhetor::CategoryScore::quoted_count)
      .def_readonly("author_weight", &rhetor::CategoryScore::author_weight)
      .def_readonly("quoted_weight", &rhetor::CategoryScore::quoted_weight)
      .def("to_dict", &category_score_dict)
      .def("__repr__", [](const rhetor::CategoryScore& c) {
        return "CategoryScore(count=" + std::to_string(c.count) + ", weight=" + repr_of(py::float_(c.weight)) +
               ", author_count=" + std::to_string(c.author_count) + ", quoted_count=" + std::to_string(c.quoted_count) +
               ")";
      });

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
      .def("__getitem__", [](const PyScores& s, py::handle c) { return s.at(c); })
      .def("__len__", [](const PyScores& s) { return s.names->size(); })
      .def("__iter__", [](const PyScores& s) { return py::iter(py::cast(*s.names)); })
      .def("__contains__",
           [](const PyScores& s, py::handle c) {
             if (!PyUnicode_Check(c.ptr())) return false;
             const auto name = c.cast<std::string>();
             return std::find(s.names->begin(), s.names->end(), name) != s.names->end();
           })
      .def("keys", [](const PyScores& s) { return *s.names; })
      .def("values",
           [](const PyScores& s) {
             return std::vector<rhetor::CategoryScore>(s.scores.by_category.begin(),
                                                       s.scores.by_category.begin() +
                                                           std::min(s.names->size(), s.scores.by_category.size()));
           })
      .def("items",
           [](const PyScores& s) {
             py::list out;
             for (std::size_t c = 0; c < s.names->size() && c < s.scores.by_category.size(); ++c)
               out.append(py::make_tuple((*s.names)[c], s.scores.by_category[c]));
             return out;
           })
      .def("get",
           [](const PyScores& s, py::handle c, py::object fallback) -> py::object {
             if (!PyUnicode_Check(c.ptr())) return fallback;
             const auto name = c.cast<std::string>();
             for (std::size_t i = 0; i < s.names->size(); ++i)
               if ((*s.names)[i] == name) return py::cast(s.scores.by_category.at(i));
             return fallback;
           },
           "category"_a, "default"_a = py::none())
      .def("to_dict",
           [](const PyScores& s) {
             py::dict cats;
             for (std::size_t c = 0; c < s.names->size() && c < s.scores.by_category.size(); ++c)
               cats[py::str((*s.names)[c])] = category_score_dict(s.scores.by_category[c]);
             return py::dict("tokens"_a = s.scores.tokens, "attributions"_a = s.scores.attributions,
                             "quoted_tokens"_a = s.scores.quoted_tokens, "scare_quotes"_a = s.scores.scare_quotes,
                             "negated"_a = s.scores.negated, "intensified"_a = s.scores.intensified,
                             "categories"_a = cats);
           },
           "Plain dict: unit totals and {category: {count, weight, ...}}.")
      .def("__repr__", [](const PyScores& s) {
        std::string out = "<Scores tokens=" + std::to_string(s.scores.tokens);
        for (std::size_t c = 0; c < s.names->size() && c < s.scores.by_category.size(); ++c)
          out += " " + (*s.names)[c] + "=" + std::to_string(s.scores.by_category[c].count);
        return out + ">";
      });

  py::class_<TextSpan>(m, "TextSpan", "A stretch of the text: [start, end) in code points, and the text itself.")
      .def_readonly("start", &TextSpan::start)
      .def_readonly("end", &TextSpan::end)
      .def_readonly("text", &TextSpan::text)
      .def("__eq__",
           [](const TextSpan& a, py::object b) {
             if (!py::isinstance<TextSpan>(b)) return false;
             const auto& o = b.cast<const TextSpan&>();
             return a.start == o.start && a.end == o.end && a.text.equal(o.text);
           })
      .def("__repr__", [](const TextSpan& s) {
        return "TextSpan(start=" + std::to_string(s.start) + ", end=" + std::to_string(s.end) +
               ", text=" + repr_of(s.text) + ")";
      });

  py::class_<PyMatch>(m, "Match", "One scored match. start/end are Python string indices into the text.")
      .def_readonly("category", &PyMatch::category)
      .def_readonly("start", &PyMatch::start)
      .def_readonly("end", &PyMatch::end)
      .def_readonly("text", &PyMatch::text)
      .def_readonly("entry", &PyMatch::entry, "The lexicon pattern that matched; None for rule-made cues.")
      .def_readonly("origin", &PyMatch::origin, "'file:line' of the entry; None for rule-made cues.")
      .def_readonly("weight", &PyMatch::weight)
      .def_readonly("voice", &PyMatch::voice, "'author' or 'quoted'.")
      .def_readonly("tags", &PyMatch::tags)
      .def_readonly("scare_quote", &PyMatch::scare_quote)
      .def_readonly("negated", &PyMatch::negated)
      .def_readonly("intensified", &PyMatch::intensified)
      .def_readonly("sentence", &PyMatch::sentence)
      .def_readonly("paragraph", &PyMatch::paragraph)
      .def("to_dict",
           [](const PyMatch& mt) {
             return py::dict("category"_a = mt.category, "start"_a = mt.start, "end"_a = mt.end, "text"_a = mt.text,
                             "entry"_a = mt.entry, "weight"_a = mt.weight, "voice"_a = mt.voice,
                             "sentence"_a = mt.sentence, "paragraph"_a = mt.paragraph, "tags"_a = py::list(mt.tags),
                             "scare_quote"_a = mt.scare_quote, "negated"_a = mt.negated,
                             "intensified"_a = mt.intensified);
           })
      .def("__repr__", [](const PyMatch& mt) {
        return "Match(category=" + repr_of(mt.category) + ", start=" + std::to_string(mt.start) +
               ", end=" + std::to_string(mt.end) + ", text=" + repr_of(mt.text) +
               ", weight=" + repr_of(py::float_(mt.weight)) + ", voice=" + repr_of(mt.voice) + ")";
      });

  py::class_<PyToken>(m, "Token", "A token: [start, end) in code points, its text, kind, UPOS tag and NP chunk.")
      .def_readonly("start", &PyToken::start)
      .def_readonly("end", &PyToken::end)
      .def_readonly("text", &PyToken::text)
      .def_readonly("kind", &PyToken::kind, "word, number, clitic, punct, open_quote, close_quote or invalid.")
      .def_readonly("pos", &PyToken::pos, "UPOS tag (NOUN, VERB, ...); X where the sentence was not tagged.")
      .def_readonly("chunk", &PyToken::chunk, "Base noun-phrase chunk label: B, I or O.")
      .def("__repr__", [](const PyToken& t) {
        return "Token(" + py::repr(t.text).cast<std::string>() + ", " + t.pos.cast<std::string>() + ")";
      });

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
      .def_readonly("paragraph", &PyAttribution::paragraph)
      .def("__repr__", [](const PyAttribution& a) {
        return "Attribution(cue=" + repr_of(a.cue.text) +
               ", source=" + (a.source ? repr_of(a.source->text) : std::string("None")) +
               ", content=" + (a.content ? repr_of(a.content->text) : std::string("None")) + ")";
      });

  py::class_<PyQuote>(m, "Quote", "A stretch of text between quotation marks (marks included).")
      .def_readonly("start", &PyQuote::start)
      .def_readonly("end", &PyQuote::end)
      .def_readonly("text", &PyQuote::text)
      .def_readonly("paragraph", &PyQuote::paragraph)
      .def_readonly("word_tokens", &PyQuote::word_tokens)
      .def_readonly("scare", &PyQuote::scare)
      .def_readonly("kind", &PyQuote::kind, "marks (between quotation marks) or so-called (the words after so-called).")
      .def("__repr__", [](const PyQuote& q) {
        return "Quote(start=" + std::to_string(q.start) + ", end=" + std::to_string(q.end) +
               ", text=" + repr_of(q.text) + (q.scare ? ", scare=True)" : ")");
      });

  py::class_<PySentence>(m, "Sentence")
      .def_readonly("index", &PySentence::index)
      .def_readonly("paragraph", &PySentence::paragraph)
      .def_readonly("start", &PySentence::start)
      .def_readonly("end", &PySentence::end)
      .def_readonly("text", &PySentence::text)
      .def_readonly("tokens", &PySentence::tokens, "Word tokens in the sentence.")
      .def_property_readonly("matches", [](const PySentence& s) { return as_list(s.matches); })
      .def_readonly("scores", &PySentence::scores)
      .def_property_readonly("density", [](const PySentence& s) { return density_dict(s.scores.scores, *s.scores.names); })
      .def("__repr__", [](const PySentence& s) {
        return "<Sentence " + std::to_string(s.index) + " [" + std::to_string(s.start) + ":" + std::to_string(s.end) +
               "] " + std::to_string(PyTuple_GET_SIZE(s.matches.ptr())) + " matches>";
      });

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
                    "Attribution events per 100 word tokens.")
      .def("__repr__", [](const PyParagraph& p) {
        return "<Paragraph " + std::to_string(p.index) + " [" + std::to_string(p.start) + ":" + std::to_string(p.end) +
               "] " + std::to_string(PyTuple_GET_SIZE(p.sentences.ptr())) + " sentences, " +
               std::to_string(PyTuple_GET_SIZE(p.matches.ptr())) + " matches>";
      });

  py::class_<ReportHandle, ReportPtr>(m, "Report",
                                      "What an analysis found. Offsets are Python string indices into .text.")
      .def_property_readonly("text", [](ReportHandle& r) { return r.text(); })
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
      .def_property_readonly("feature_names", [](const ReportHandle&) { return feature_name_list(); })
      .def("sentence_features", [](const ReportHandle& r) { return to_numpy(rhetor::sentence_features(r.report)); },
           "float32 array (sentences, len(feature_names)); no copy of the C++ matrix.")
      .def("paragraph_features", [](const ReportHandle& r) { return to_numpy(rhetor::paragraph_features(r.report)); },
           "float32 array (paragraphs, len(feature_names)).")
      .def("document_profile", [](const ReportHandle& r) { return to_numpy(rhetor::document_profile(r.report)); },
           "float32 array (len(feature_names),): the document's feature row.")
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
      .def(
          "to_dict",
          [](const ReportHandle& r, py::object id, bool include_paragraphs) {
            rhetor::JsonOptions o;
            o.include_paragraphs = include_paragraphs;
            py::object d = py::module_::import("json").attr("loads")(rhetor::to_json(r.report, o));
            if (id.is_none()) return d;
            py::dict out;
            out["id"] = id;  // first, as in the CLI's output
            for (auto item : d.cast<py::dict>()) out[item.first] = item.second;
            return py::object(out);
          },
          py::kw_only(), "id"_a = py::none(), "include_paragraphs"_a = true,
          "The same structure as the CLI's JSON output, as Python objects.")
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
      .def("_unit_table", &unit_table, "level"_a,
           "Internal (used by rhetor.to_pandas): per-unit int64 numpy columns and a counts matrix.")
      .def("__repr__", [](const ReportHandle& r) {
        return "<Report: " + std::to_string(r.report.paragraphs().size()) + " paragraphs, " +
               std::to_string(r.report.sentences().size()) + " sentences, " +
               std::to_string(r.report.matches().size()) + " matches, " +
               std::to_string(r.report.attributions().size()) + " attributions>";
      });

  // --- the analyzer
  py::class_<PyAnalyzer, std::shared_ptr<PyAnalyzer>>(
      m, "Analyzer",
      "The compiled, immutable scoring engine. Build once, share freely (also across threads).\n\n"
      "Analyzer() uses the default English pack. Analyzer(lexicons=[...]) uses the given\n"
      "lexicons instead (merged in order): each item is a path (str or os.PathLike) to a .lex\n"
      "file, a .dic file or a pack directory, or a rhetor.Lexicon. To extend the default pack,\n"
      "pass rhetor.Lexicon.english() as the first item.")
      .def(py::init(&make_analyzer), "lexicons"_a = py::none(), py::kw_only(), "segmenter"_a = "fast",
           "negation_window"_a = 3u, "intensifier_factor"_a = 1.5f, "scare_quote_max_tokens"_a = 4u,
           "tag_all"_a = false)
      .def(py::pickle(
          [](const PyAnalyzer& a) {
            const auto& o = a.options();
            return py::make_tuple(a.lexicons ? py::cast(*a.lexicons) : py::none(), segmenter_name(o.segmenter),
                                  o.negation_window, o.intensifier_factor, o.scare_quote_max_tokens, o.tag_all);
          },
          [](const py::tuple& t) {
            return make_analyzer(t[0], t[1].cast<std::string>(), t[2].cast<unsigned>(), t[3].cast<float>(),
                                 t[4].cast<unsigned>(), t[5].cast<bool>());
          }))
      .def("analyze", &analyze_one, "text"_a,
           "Full analysis of one text (str, or UTF-8 bytes). Releases the GIL while it runs.")
      .def("analyze_many", &analyze_many, "texts"_a, py::kw_only(), "threads"_a = py::none(),
           "Analyzes every text on `threads` C++ threads (None or 0: all cores) with the GIL\n"
           "released; returns the Reports in input order.")
      .def("score_sentence", &score_sentence, "sentence"_a,
           "The hot path: scores one sentence (no splitting, no attribution linking). Returns\n"
           "{'tokens', 'matches', 'count': {cat: n}, 'weight': {cat: w}, 'density': {cat: d},\n"
           " 'loaded_author', 'loaded_quoted'}.")
      .def_property_readonly("categories",
                             [](const PyAnalyzer& a) {
                               auto names = a.category_names();
                               return std::vector<std::string>(names.begin(), names.end());
                             },
                             "Scored category names, indexed by category id.")
      .def("category_id", [](const PyAnalyzer& a, const std::string& name) { return a.category_id(name); },
           "name"_a, "The id of a category, or -1.")
      .def_property_readonly("compiled_forms", [](const PyAnalyzer& a) { return a.compiled_forms(); })
      .def_property_readonly("options",
                             [](const PyAnalyzer& a) {
                               const auto& o = a.options();
                               return py::dict("segmenter"_a = segmenter_name(o.segmenter),
                                               "negation_window"_a = o.negation_window,
                                               "intensifier_factor"_a = o.intensifier_factor,
                                               "scare_quote_max_tokens"_a = o.scare_quote_max_tokens,
                                               "tag_all"_a = o.tag_all);
                             })
      .def("__repr__", [](const PyAnalyzer& a) {
        return "<rhetor.Analyzer: " + std::to_string(a.category_names().size()) + " categories, " +
               std::to_string(a.compiled_forms()) + " compiled forms>";
      });

  // --- free functions
  m.def("feature_names", &feature_name_list, "The feature column names, in order.");
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
