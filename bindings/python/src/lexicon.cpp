// Lexicons: Constraint, LexiconEntry, Manifest, LexiconIssue, Lexicon, and
// their pickling. Their reprs are in rhetor/_protocols.py.

#include "core.hpp"

namespace rhetor_py {
namespace {

using namespace py::literals;

// ---------------------------------------------------------------------------
// Lexicon pickling: a Lexicon is plain data (manifest + entries), so its state
// is exactly that. This lets rhetor.dask ship Lexicon objects to workers.

const char* where_name(rhetor::Constraint::Where w) {
  static const char* const names[] = {"next", "prev", "after", "before", "clause-before"};
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
  else if (where == "clause-before") c.where = rhetor::Constraint::Where::clause_before;
  else throw py::value_error("Constraint.where must be 'next', 'prev', 'after', 'before' or 'clause-before', not '" + where + "'");
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


}  // namespace

void bind_lexicon(py::module_& m) {
  py::class_<rhetor::Constraint>(m, "Constraint", "A context constraint on the token before or after a match.")
      .def(py::init(&constraint_from), "where"_a, "negated"_a = false, "words"_a = std::vector<std::string>{})
      .def_property(
          "where", [](const rhetor::Constraint& c) { return where_name(c.where); },
          [](rhetor::Constraint& c, const std::string& w) { c.where = constraint_from(w, false, {}).where; })
      .def_readwrite("negated", &rhetor::Constraint::negated)
      .def_readwrite("words", &rhetor::Constraint::words);

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
      .def(py::pickle([](const rhetor::LexiconEntry& e) { return entry_state(e); }, &entry_from_state));

  py::class_<rhetor::Manifest>(m, "Manifest", "Pack metadata (manifest.txt).")
      .def_readwrite("name", &rhetor::Manifest::name)
      .def_readwrite("version", &rhetor::Manifest::version)
      .def_readwrite("language", &rhetor::Manifest::language)
      .def_readwrite("licence", &rhetor::Manifest::licence)
      .def_readwrite("description", &rhetor::Manifest::description)
      .def_readwrite("files", &rhetor::Manifest::files);

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
      .def_readonly("message", &rhetor::LexiconIssue::message);

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
      .def(py::pickle(&lexicon_state, &lexicon_from_state));

}

}  // namespace rhetor_py
