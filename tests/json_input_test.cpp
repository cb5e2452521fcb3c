// The CLI's JSON line reader (src/cli/json_input.hpp): what simdjson refuses
// but JSON allows, the errors kept apart, and ids named as before.
#include <gtest/gtest.h>

#include <string>

#include "json_input.hpp"

namespace {

using rhetor::cli::dump_json;
using rhetor::cli::thread_line_parser;

std::string error_of(std::string_view line) {
  simdjson::dom::element root;
  return thread_line_parser().parse(line, root);
}

std::string id_name(std::string_view line) {
  simdjson::dom::element root;
  EXPECT_EQ(thread_line_parser().parse(line, root), "") << line;
  return dump_json(root["id"].value_unsafe());
}

TEST(JsonInput, IntegersBeyondSixtyFourBitsAreNumbers) {
  EXPECT_EQ(error_of(R"({"id": 12345678901234567890123, "text": "a"})"), "");
  EXPECT_EQ(error_of(R"({"id": [-18446744073709551616, 18446744073709551616], "text": "a"})"), "");
  EXPECT_EQ(id_name(R"({"id": 12345678901234567890123})"), "1.2345678901234568e+22");
}

TEST(JsonInput, NumbersOutOfRangeAndMalformedAreTold) {
  EXPECT_EQ(error_of(R"({"x": 1e400})").rfind("number out of range: number overflow parsing '1e400'", 0), 0u);
  EXPECT_EQ(error_of(R"({"x": -1e400e5})").rfind("number out of range", 0), 0u);  // read as a JSON lexer reads it
  EXPECT_EQ(error_of(R"({"x": 1e-400})"), "");                                   // underflow is zero, not an error
  for (const char* bad : {R"({"x": 01})", R"({"x": 1.})", R"({"x": -})", R"({"x": 9999-99999999999999999999999})",
                          R"({"x": 1} x)", R"({"x": "\ud800"})", "{\"x\": \"\xFF\"}"})
    EXPECT_EQ(error_of(bad).rfind("malformed JSON", 0), 0u) << bad;
}

TEST(JsonInput, NonStringIdsAreNamedAsNlohmannDumpedThem) {
  EXPECT_EQ(id_name(R"({"id": 1.10})"), "1.1");
  EXPECT_EQ(id_name(R"({"id": -0.0e+5})"), "-0.0");
  EXPECT_EQ(id_name(R"({"id": 3.0})"), "3.0");
  EXPECT_EQ(id_name(R"({"id": 1e2})"), "100.0");
  EXPECT_EQ(id_name(R"({"id": 1e16})"), "1e+16");
  EXPECT_EQ(id_name(R"({"id": 0.0001})"), "0.0001");
  EXPECT_EQ(id_name(R"({"id": 0.00001})"), "1e-05");
  EXPECT_EQ(id_name(R"({"id": 7})"), "7");
  EXPECT_EQ(id_name(R"({"id": -0})"), "0");
  EXPECT_EQ(id_name(R"({"id": 1e15})"), "1e+15");
  EXPECT_EQ(id_name(R"({"id": 123456789012345.6})"), "123456789012345.6");
  EXPECT_EQ(id_name(R"({"id": 1.5e300})"), "1.5e+300");
  EXPECT_EQ(id_name(R"({"id": 5e-324})"), "5e-324");
  EXPECT_EQ(id_name(R"({"id": {"z": 1, "a": [true, null, "q\"\u0001\u007f"], "z": 2}})"),
            "{\"a\":[true,null,\"q\\\"\\u0001\x7f\"],\"z\":2}");
}

}  // namespace
