// Analyzer: construction from lexicons and options, analyze, analyze_many on
// the batch engine (rhetor/batch.hpp) with the GIL released, score_sentence,
// pickling. Its repr is in rhetor/_protocols.py.
#include <algorithm>
#include <cmath>

#include "core.hpp"

namespace rhetor_py {
namespace {

using namespace py::literals;

rhetor::AnalyzerOptions make_options(const std::string& segmenter, unsigned negation_window, float intensifier_factor,
                                     unsigned scare_quote_max_tokens, bool tag_all, float quoted_loaded_factor) {
  rhetor::AnalyzerOptions o;
  o.segmenter = parse_segmenter(segmenter);
  o.negation_window = negation_window;
  if (!(intensifier_factor > 0.0f) || !std::isfinite(intensifier_factor))
    throw py::value_error("intensifier_factor must be a positive number, not " + std::to_string(intensifier_factor));
  o.intensifier_factor = intensifier_factor;
  if (!(quoted_loaded_factor >= 0.0f && quoted_loaded_factor <= 10.0f))
    throw py::value_error("quoted_loaded_factor must be a number in [0, 10], not " + std::to_string(quoted_loaded_factor));
  o.quoted_loaded_factor = quoted_loaded_factor;
  o.scare_quote_max_tokens = scare_quote_max_tokens;
  o.tag_all = tag_all;
  return o;
}

bool is_path_like(py::handle obj) {
  return PyUnicode_Check(obj.ptr()) || PyBytes_Check(obj.ptr()) || py::hasattr(obj, "__fspath__");
}

std::shared_ptr<PyAnalyzer> make_analyzer(const py::object& lexicons, const std::string& segmenter,
                                                unsigned negation_window, float intensifier_factor,
                                                unsigned scare_quote_max_tokens, bool tag_all, float quoted_loaded_factor) {
  const auto options =
      make_options(segmenter, negation_window, intensifier_factor, scare_quote_max_tokens, tag_all, quoted_loaded_factor);
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
  rhetor::BatchOptions options;
  options.threads = threads && *threads > 0 ? static_cast<unsigned>(*threads) : 0;
  // No more workers than texts (and none at all for one text: it runs on this thread).
  options.threads = static_cast<unsigned>(
      std::clamp<std::size_t>(views.size(), 1, rhetor::batch_threads(options)));
  std::vector<ReportPtr> reports;
  reports.reserve(views.size());
  {
    // The workers analyze and wrap each report; nothing here touches a Python object.
    py::gil_scoped_release nogil;
    std::size_t next = 0;
    rhetor::run_batch<std::string_view, ReportPtr>(
        {.read = [&](std::string_view& text) { return next < views.size() ? (text = views[next++], true) : false; },
         .work = [&](std::string_view& text) { return std::make_shared<ReportHandle>(analyzer->analyze(text), analyzer); },
         // The first failure in input order is raised, once the texts before it are done.
         .consume = [&](std::string_view&, rhetor::BatchOutcome<ReportPtr>& o) { reports.push_back(std::move(o.get())); }},
        options);
  }
  py::list out(reports.size());
  for (std::size_t i = 0; i < reports.size(); ++i) out[i] = py::cast(std::move(reports[i]));
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

}  // namespace

ReportPtr analyze_one(const std::shared_ptr<PyAnalyzer>& analyzer, const py::object& text) {
  const std::string_view view = utf8_view(text, "text");  // `text` stays referenced by the caller's frame
  py::gil_scoped_release nogil;
  return std::make_shared<ReportHandle>(analyzer->analyze(view), analyzer);
}

void bind_analyzer(py::module_& m) {
  // The keyword defaults are the library's, so they are written once (options.hpp).
  const rhetor::AnalyzerOptions defaults{};
  py::class_<PyAnalyzer, std::shared_ptr<PyAnalyzer>>(
      m, "Analyzer",
      "The compiled, immutable scoring engine. Build once, share freely (also across threads).\n\n"
      "Analyzer() uses the default English pack. Analyzer(lexicons=[...]) uses the given\n"
      "lexicons instead (merged in order): each item is a path (str or os.PathLike) to a .lex\n"
      "file, a .dic file or a pack directory, or a rhetor.Lexicon. To extend the default pack,\n"
      "pass rhetor.Lexicon.english() as the first item.")
      .def(py::init(&make_analyzer), "lexicons"_a = py::none(), py::kw_only(),
           "segmenter"_a = segmenter_name(defaults.segmenter), "negation_window"_a = defaults.negation_window,
           "intensifier_factor"_a = defaults.intensifier_factor,
           "scare_quote_max_tokens"_a = defaults.scare_quote_max_tokens, "tag_all"_a = defaults.tag_all,
           "quoted_loaded_factor"_a = defaults.quoted_loaded_factor)
      .def(py::pickle(
          [](const PyAnalyzer& a) {
            const auto& o = a.options();
            return py::make_tuple(a.lexicons ? py::cast(*a.lexicons) : py::none(), segmenter_name(o.segmenter),
                                  o.negation_window, o.intensifier_factor, o.scare_quote_max_tokens, o.tag_all,
                                  o.quoted_loaded_factor);
          },
          [](const py::tuple& t) {
            return make_analyzer(t[0], t[1].cast<std::string>(), t[2].cast<unsigned>(), t[3].cast<float>(),
                                 t[4].cast<unsigned>(), t[5].cast<bool>(), t[6].cast<float>());
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
                                               "tag_all"_a = o.tag_all,
                                               "quoted_loaded_factor"_a = o.quoted_loaded_factor);
                             });
}

}  // namespace rhetor_py
