// libFuzzer: the .lex and .dic parsers (first byte picks one). Any input either
// loads and compiles, or raises a LexiconError/AnalyzerError with a bounded message.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <rhetor/rhetor.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool dic = data[0] & 1;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    const rhetor::Lexicon lex = dic ? rhetor::Lexicon::from_dic_string(text, "fuzz.dic")
                                    : rhetor::Lexicon::from_string(text, "fuzz.lex");
    const rhetor::Analyzer analyzer(lex);
    (void)analyzer.analyze("It is certainly not the regime, officials said.");
  } catch (const rhetor::LexiconError& e) {
    // file:line:column: message: "excerpt" stays short whatever the line length
    if (std::strlen(e.what()) > 400) {
      std::fprintf(stderr, "unbounded lexicon error message (%zu bytes)\n", std::strlen(e.what()));
      std::abort();
    }
  } catch (const rhetor::AnalyzerError&) {
  }
  return 0;
}
