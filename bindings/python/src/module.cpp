// bindings/python/src/module.cpp: rhetor._core, the pybind11 shim over the C++
// library. Each bound concept has its own file (see core.hpp); this one only
// registers them, in an order where every type exists before a signature names it.
#include "core.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() =
      "rhetor._core: the compiled core of rhetor. Import `rhetor` instead; it re-exports everything here.";
  m.attr("__version__") = rhetor::version_string;
  m.attr("FEATURE_COUNT") = rhetor::kFeatureCount;

  using namespace rhetor_py;
  bind_errors(m);
  bind_lexicon(m);
  bind_scores(m);
  bind_matches(m);
  bind_tokens(m);
  bind_attribution(m);
  bind_quotes(m);
  ReportClass report = bind_report(m);
  bind_features(m, report);
  bind_analyzer(m);
}
