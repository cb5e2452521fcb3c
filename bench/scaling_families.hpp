// Adversarial input families of issue 11, each a generator of an input of
// about `n` units. Used by the scaling check (bench/scaling.cpp) and by the
// regression tests (tests/hostile_input_test.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rhetor::scaling {

/// What runs the input: text analysis (to_json included), a lexicon parse
/// and compile, or JSONL record answers (one per line).
enum class Stage { analyze_fast, analyze_icu, lexicon_lex, lexicon_dic, jsonl };

struct Family {
  const char* name;
  Stage stage;
  std::string (*make)(std::size_t n);
  const char* owner;  ///< source file whose code the family stresses
};

inline std::string repeat(std::string_view unit, std::size_t n) {
  std::string s;
  s.reserve(unit.size() * n);
  for (std::size_t i = 0; i < n; ++i) s += unit;
  return s;
}

inline const char* kProse =
    "The regime's war machine is utterly corrupt, officials said on Monday. "
    "It remains to be seen whether the talks will succeed, according to Reuters. "
    "“We will certainly not give up,” Danilov told reporters. ";

inline std::string stripped_prose(std::size_t n) {
  std::string s;
  for (char c : repeat(kProse, n))
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ') s += c;
  return s;
}

inline std::string binary_junk(std::size_t n) {
  std::string s(n * 64, '\0');
  std::uint32_t x = 2463534242u;  // xorshift: the same bytes on every run
  for (char& c : s) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    c = static_cast<char>(x);
  }
  return s;
}

inline const std::vector<Family>& families() {
  static const std::vector<Family> all = {
      // segmentation, lexicons and JSONL (src/segment*.cpp, src/lexicon*, src/cli)
      {"prose", Stage::analyze_fast, [](std::size_t n) { return repeat(std::string(kProse) + "\n\n", n); }, "baseline"},
      {"prose_icu", Stage::analyze_icu, [](std::size_t n) { return repeat(std::string(kProse) + "\n\n", n); }, "src/segment_icu.cpp"},
      {"wow_bangs", Stage::analyze_fast, [](std::size_t n) { return "Wow" + repeat("!", 200 * n) + " and more."; }, "src/segment.cpp"},
      {"wow_bangs_icu", Stage::analyze_icu, [](std::size_t n) { return "Wow" + repeat("!", 200 * n) + " and more."; }, "src/segment_icu.cpp"},
      {"blank_paragraphs", Stage::analyze_fast, [](std::size_t n) { return repeat("a\n\n", 100 * n); }, "src/segment.cpp"},
      {"blank_paragraphs_icu", Stage::analyze_icu, [](std::size_t n) { return repeat("a\n\n", 100 * n); }, "src/segment_icu.cpp"},
      {"binary_junk", Stage::analyze_fast, binary_junk, "src/segment.cpp"},
      {"lex_entries", Stage::lexicon_lex, [](std::size_t n) {
         std::string s = "[loaded]\n";
         for (std::size_t i = 0; i < 20 * n; ++i) s += "word" + std::to_string(i) + " of/from the west =2 #x\n";
         return s;
       }, "src/lexicon_parser.cpp"},
      {"lex_long_entry", Stage::lexicon_lex, [](std::size_t n) { return "[loaded]\n" + repeat("w ", 100 * n) + "\n"; }, "src/lexicon_parser.cpp"},
      {"lex_alternatives", Stage::lexicon_lex, [](std::size_t n) { return "[loaded]\n" + repeat("a/b ", 10 * n) + "\n"; }, "src/lexicon_parser.cpp"},
      {"lex_long_error_line", Stage::lexicon_lex, [](std::size_t n) { return "[loaded]\nx =" + repeat("y", 400 * n) + "\n"; }, "src/lexicon_parser.cpp"},
      {"dic_entries", Stage::lexicon_dic, [](std::size_t n) {
         std::string s = "%\n1\tfear\n2\tanger\n%\n";
         for (std::size_t i = 0; i < 20 * n; ++i) s += "word" + std::to_string(i) + "*\t1 2\n";
         return s;
       }, "src/lexicon_parser.cpp"},
      {"jsonl_records", Stage::jsonl, [](std::size_t n) { return repeat("{\"id\":1.10,\"text\":\"It is certainly a puppet regime.\"}\n", 10 * n); }, "src/cli/jsonl.cpp"},
      {"jsonl_deep_id", Stage::jsonl, [](std::size_t n) { return "{\"id\":" + repeat("[", 300 * n) + repeat("]", 300 * n) + ",\"text\":\"a\"}\n"; }, "src/cli/jsonl.cpp"},
      {"jsonl_unterminated", Stage::jsonl, [](std::size_t n) { return "{\"text\":\"" + repeat("x", 600 * n) + "\n"; }, "src/cli/jsonl.cpp"},
      {"jsonl_big_id", Stage::jsonl, [](std::size_t n) { return "{\"id\":" + repeat("1234567890", 60 * n) + ",\"text\":\"a\"}\n"; }, "src/cli/jsonl.cpp"},
      {"jsonl_blank_lines", Stage::jsonl, [](std::size_t n) { return repeat("\n", 100 * n); }, "src/cli/jsonl.cpp"},
      // rules and attribution (the lead's files)
      {"said_chain", Stage::analyze_fast, [](std::size_t n) { return "Hart " + repeat("said ", 100 * n) + "."; }, "src/attribution.cpp"},
      {"smith_colon", Stage::analyze_fast, [](std::size_t n) { return repeat("Smith: ", 100 * n) + "yes."; }, "src/attribution.cpp"},
      {"not_certainly", Stage::analyze_fast, [](std::size_t n) { return repeat("not certainly ", 50 * n) + "."; }, "src/matcher.cpp"},
      {"utterly_corrupt", Stage::analyze_fast, [](std::size_t n) { return repeat("utterly corrupt ", 50 * n) + "."; }, "src/matcher.cpp"},
      {"colon_quotes", Stage::analyze_fast, [](std::size_t n) { return repeat("Danilov: \u201Cyes\u201D ", 50 * n); }, "src/attribution.cpp"},
      {"nested_quotes", Stage::analyze_fast, [](std::size_t n) { return repeat("\u201Ca ", 50 * n) + repeat("\u201D", 50 * n); }, "src/analyzer.cpp"},
      {"single_open_close", Stage::analyze_fast, [](std::size_t n) { return repeat("\u2018a \u201D ", 50 * n); }, "src/analyzer.cpp"},
      {"unclosed_quotes", Stage::analyze_fast, [](std::size_t n) { return repeat("\u201Cthe regime said ", 50 * n); }, "src/analyzer.cpp"},
      {"stripped_prose", Stage::analyze_fast, stripped_prose, "src/attribution.cpp"},
      // one sentence of many participle cues with no finite verb before them (main-clause subject search)
      {"participle_chain", Stage::analyze_fast, [](std::size_t n) { return "Workers" + repeat(", saying it", 50 * n) + "."; }, "src/attribution.cpp"},
      // one sentence of capitalized loaded words next to capitals (proper-name guard, title case)
      {"capitalized_loaded", Stage::analyze_fast, [](std::size_t n) { return "The " + repeat("Corrupt Smith and ", 50 * n) + "the end."; }, "src/sense_rules.cpp"},
      // paragraphs that each leave a quotation open (quotations followed across paragraphs)
      {"open_quote_paragraphs", Stage::analyze_fast, [](std::size_t n) { return "\u201CA,\u201D he said. " + repeat("\u201CB c d.\n\n", 50 * n); }, "src/attribution.cpp"},
  };
  return all;
}

}  // namespace rhetor::scaling
