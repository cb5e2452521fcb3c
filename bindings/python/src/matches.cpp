// TextSpan, Match and Quote: plain values built by ReportHandle (report.cpp).
// Their reprs and Match.to_dict are in rhetor/_protocols.py.
#include <unordered_map>

#include "core.hpp"

namespace rhetor_py {

const py::object& ReportHandle::match_tuple() {
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
    pm.attributed = m.attributed;
    pm.sentence = m.sentence;
    pm.paragraph = m.paragraph;
    out[i] = py::cast(std::move(pm));
  }
  matches = std::move(out);
  return matches;
}

const py::object& ReportHandle::quote_tuple() {
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

void bind_matches(py::module_& m) {
  py::class_<TextSpan>(m, "TextSpan", "A stretch of the text: [start, end) in code points, and the text itself.")
      .def_readonly("start", &TextSpan::start)
      .def_readonly("end", &TextSpan::end)
      .def_readonly("text", &TextSpan::text)
      // Here rather than in Python: defined with the class, it also makes TextSpan unhashable.
      .def("__eq__", [](const TextSpan& a, py::object b) {
        if (!py::isinstance<TextSpan>(b)) return false;
        const auto& o = b.cast<const TextSpan&>();
        return a.start == o.start && a.end == o.end && a.text.equal(o.text);
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
      .def_readonly("attributed", &PyMatch::attributed,
                    "Inside an attribution's content (quoted or reported speech): the source's words, not the author's.")
      .def_readonly("sentence", &PyMatch::sentence)
      .def_readonly("paragraph", &PyMatch::paragraph);
}

void bind_quotes(py::module_& m) {
  py::class_<PyQuote>(m, "Quote", "A stretch of text between quotation marks (marks included).")
      .def_readonly("start", &PyQuote::start)
      .def_readonly("end", &PyQuote::end)
      .def_readonly("text", &PyQuote::text)
      .def_readonly("paragraph", &PyQuote::paragraph)
      .def_readonly("word_tokens", &PyQuote::word_tokens)
      .def_readonly("scare", &PyQuote::scare)
      .def_readonly("kind", &PyQuote::kind, "marks (between quotation marks) or so-called (the words after so-called).");
}

}  // namespace rhetor_py
