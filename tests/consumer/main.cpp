// A program that links the installed rhetor and checks one known result.
#include <rhetor/rhetor.hpp>

#include <iostream>

int main() {
  rhetor::Analyzer analyzer;
  rhetor::SentenceScore s = analyzer.score_sentence("It remains to be seen, but it is certainly a puppet of the West.");
  const bool ok = s.count[rhetor::kHedge] >= 1 && s.count[rhetor::kBooster] >= 1 && s.count[rhetor::kLoaded] >= 1;
  std::cout << "hedge=" << s.count[rhetor::kHedge] << " booster=" << s.count[rhetor::kBooster]
            << " loaded=" << s.count[rhetor::kLoaded] << (ok ? " ok" : " FAILED") << "\n";
  return ok ? 0 : 1;
}
