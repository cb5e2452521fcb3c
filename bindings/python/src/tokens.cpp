// Token: every token of a Report with its kind, UPOS tag and chunk label
// (Report.token_list). Its repr is in rhetor/_protocols.py.
#include "core.hpp"

namespace rhetor_py {

const py::object& ReportHandle::token_tuple() {
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
    out[i] = py::cast(PyToken{cp(t.span().begin), cp(t.span().end), str(t.span()), kinds[static_cast<std::size_t>(t.kind)],
                              tags[static_cast<std::size_t>(t.pos)], chunks[static_cast<std::size_t>(t.chunk)]});
  }
  tokens = std::move(out);
  return tokens;
}

void bind_tokens(py::module_& m) {
  py::class_<PyToken>(m, "Token", "A token: [start, end) in code points, its text, kind, UPOS tag and NP chunk.")
      .def_readonly("start", &PyToken::start)
      .def_readonly("end", &PyToken::end)
      .def_readonly("text", &PyToken::text)
      .def_readonly("kind", &PyToken::kind, "word, number, clitic, punct, open_quote, close_quote or invalid.")
      .def_readonly("pos", &PyToken::pos, "UPOS tag (NOUN, VERB, ...); X where the sentence was not tagged.")
      .def_readonly("chunk", &PyToken::chunk, "Base noun-phrase chunk label: B, I or O.");
}

}  // namespace rhetor_py
