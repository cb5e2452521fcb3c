// rhetor/json.hpp: the JSON contract, parsed back with nlohmann_json. Offsets
// are code points: codepoints(text)[start:end] == text field.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/json.hpp>
#include <rhetor/unicode.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "test_support.hpp"

namespace {

using nlohmann::json;
using rhetor::Analyzer;
using rhetor::Lexicon;

constexpr const char* kLex = R"(
[intensifier]
utterly
[hedge]
perhaps
[booster]
certainly
[loaded]
corrupt =2
regime
junta =1.5
café
[attribution]
said
[fear]
catastrophe
)";

const Analyzer& analyzer() {
  static const Analyzer a(Lexicon::from_string(kLex, "json.lex"));
  return a;
}

// Code points under rhetor's one-byte-one-U+FFFD rule.
std::u32string codepoints(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    out.push_back(rhetor::decode_utf8(s, i, len));
    i += len;
  }
  return out;
}

std::string utf8(std::u32string_view cps) {
  std::string out;
  for (char32_t c : cps) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::string slice(const std::u32string& cps, const json& obj) {
  const auto start = obj.at("start").get<std::size_t>();
  const auto end = obj.at("end").get<std::size_t>();
  EXPECT_LE(start, end);
  EXPECT_LE(end, cps.size());
  if (start > end || end > cps.size()) return "<out of range>";
  return utf8(std::u32string_view(cps).substr(start, end - start));
}

json parse(const rhetor::Report& r, const rhetor::JsonOptions& o = {}) {
  const std::string s = rhetor::to_json(r, o);
  EXPECT_TRUE(json::accept(s)) << s;
  return json::parse(s);
}

TEST(JsonContract, TopLevelShape) {
  const auto r = analyzer().analyze("The corrupt regime fell, he said. Perhaps.\n\nCertainly a catastrophe.");
  const json j = parse(r);
  ASSERT_TRUE(j.is_object());
  EXPECT_FALSE(j.contains("id"));
  for (const char* k : {"matches", "attributions", "quotes", "paragraphs"}) {
    ASSERT_TRUE(j.contains(k)) << k;
    EXPECT_TRUE(j[k].is_array()) << k;
  }
  ASSERT_TRUE(j.contains("document"));
  EXPECT_TRUE(j["document"].is_object());
  EXPECT_EQ(j["matches"].size(), r.matches().size());
  EXPECT_EQ(j["attributions"].size(), r.attributions().size());
  EXPECT_EQ(j["paragraphs"].size(), 2u);
}

TEST(JsonContract, MatchFields) {
  const std::string text = "An utterly corrupt regime. Perhaps.";
  const auto r = analyzer().analyze(text);
  const json j = parse(r);
  ASSERT_EQ(j["matches"].size(), 3u);
  const json& m = j["matches"][0];
  for (const char* k : {"category", "start", "end", "text", "entry", "weight", "voice", "sentence", "paragraph",
                        "tags", "scare_quote", "negated", "intensified"})
    EXPECT_TRUE(m.contains(k)) << "match lacks \"" << k << "\": " << m.dump();
  EXPECT_EQ(m["category"], "loaded");
  EXPECT_EQ(m["start"], 11);
  EXPECT_EQ(m["end"], 18);
  EXPECT_EQ(m["text"], "corrupt");
  EXPECT_EQ(m["entry"], "corrupt");
  EXPECT_DOUBLE_EQ(m["weight"].get<double>(), 3.0);
  EXPECT_EQ(m["voice"], "author");
  EXPECT_EQ(m["intensified"], true);
  EXPECT_EQ(m["negated"], false);
  EXPECT_EQ(m["sentence"], 0);
  EXPECT_EQ(m["paragraph"], 0);
  EXPECT_TRUE(m["tags"].is_array());
  EXPECT_EQ(j["matches"][2]["category"], "hedge");
  EXPECT_EQ(j["matches"][2]["sentence"], 1);
}

TEST(JsonContract, AttributionFieldsAndNulls) {
  const std::string text = "The minister said that the regime fell. \u201CNo,\u201D said.";
  const auto r = analyzer().analyze(text);
  const json j = parse(r);
  const auto cps = codepoints(text);
  ASSERT_EQ(j["attributions"].size(), 2u);
  const json& a = j["attributions"][0];
  ASSERT_TRUE(a.contains("cue"));
  EXPECT_EQ(slice(cps, a["cue"]), "said");
  EXPECT_EQ(a["cue"]["text"], "said");
  ASSERT_TRUE(a["source"].is_object());
  EXPECT_EQ(a["source"]["text"], "The minister");
  EXPECT_EQ(slice(cps, a["source"]), "The minister");
  ASSERT_TRUE(a["content"].is_object());
  EXPECT_EQ(slice(cps, a["content"]), a["content"]["text"].get<std::string>());
  EXPECT_EQ(a["sentence"], 0);
  EXPECT_EQ(a["paragraph"], 0);
  const json& b = j["attributions"][1];
  ASSERT_TRUE(b.contains("source"));
  EXPECT_TRUE(b["source"].is_null()) << b.dump();
}

TEST(JsonContract, ParagraphsSentencesScoresDensity) {
  const std::string text = "The corrupt regime fell. Perhaps a junta.\n\nCertainly a catastrophe.";
  const auto r = analyzer().analyze(text);
  const json j = parse(r);
  const auto cps = codepoints(text);
  ASSERT_EQ(j["paragraphs"].size(), 2u);
  const json& p = j["paragraphs"][0];
  for (const char* k : {"start", "end", "tokens", "sentences", "scores", "density", "attribution"})
    EXPECT_TRUE(p.contains(k)) << "paragraph lacks \"" << k << "\"";
  EXPECT_EQ(slice(cps, p), "The corrupt regime fell. Perhaps a junta.");
  EXPECT_EQ(p["tokens"], 7);
  ASSERT_EQ(p["sentences"].size(), 2u);
  EXPECT_EQ(slice(cps, p["sentences"][1]), "Perhaps a junta.");
  EXPECT_EQ(p["sentences"][0]["tokens"], 4);
  // scores: category -> weight sum; density: count per 100 tokens
  EXPECT_DOUBLE_EQ(p["scores"]["loaded"].get<double>(), 4.5);  // 2 + 1 + 1.5
  EXPECT_DOUBLE_EQ(p["scores"]["hedge"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(p["scores"]["booster"].get<double>(), 0.0);
  EXPECT_TRUE(p["scores"].contains("attribution"));
  EXPECT_TRUE(p["scores"].contains("fear"));
  EXPECT_NEAR(p["density"]["loaded"].get<double>(), 100.0 * 3 / 7, 1e-9);
  EXPECT_DOUBLE_EQ(p["sentences"][0]["scores"]["loaded"].get<double>(), 3.0);
  const json& p2 = j["paragraphs"][1];
  EXPECT_DOUBLE_EQ(p2["scores"]["fear"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(p2["scores"]["booster"].get<double>(), 1.0);
  const json& d = j["document"];
  EXPECT_EQ(d["start"], 0);
  EXPECT_EQ(d["end"], cps.size());
  EXPECT_EQ(d["tokens"], 10);
  EXPECT_EQ(d["paragraphs"], 2);
  EXPECT_EQ(d["sentences"], 3);
  EXPECT_DOUBLE_EQ(d["scores"]["loaded"].get<double>(), 4.5);
  EXPECT_NEAR(d["density"]["loaded"].get<double>(), 30.0, 1e-9);
}

TEST(JsonContract, VoiceAndScareQuote) {
  const auto r = analyzer().analyze("The so-called \u201Cregime\u201D fell.");
  const json j = parse(r);
  ASSERT_EQ(j["matches"].size(), 1u);
  EXPECT_EQ(j["matches"][0]["voice"], "quoted");
  EXPECT_EQ(j["matches"][0]["scare_quote"], true);
  ASSERT_EQ(j["quotes"].size(), 1u);
  EXPECT_EQ(j["quotes"][0]["scare"], true);
  EXPECT_EQ(j["quotes"][0]["text"], "\u201Cregime\u201D");
}

TEST(JsonContract, OffsetsAreCodepointsForNonAsciiText) {
  // Curly quotes, accents (composed and decomposed), CJK, emoji (4 bytes, 2 UTF-16 units).
  const std::string text =
      "\U0001F600\U0001F4A5 \u4E2D\u6587 caf\u00E9 \u201CThe corrupt regime,\u201D he said. "
      "A cafe\u0301 junta \U0001F1FA\U0001F1E6 fell \u2014 perhaps.\n\n"
      "\u00AB\u00A0junta\u00A0\u00BB, \u2018regime\u2019 and \u4E2D corrupt \U0001F600 catastrophe.";
  const auto r = analyzer().analyze(text);
  const json j = parse(r);
  const auto cps = codepoints(text);
  ASSERT_GE(j["matches"].size(), 9u);
  for (const auto& m : j["matches"]) EXPECT_EQ(slice(cps, m), m["text"].get<std::string>()) << m.dump();
  for (const auto& a : j["attributions"]) {
    EXPECT_EQ(slice(cps, a["cue"]), a["cue"]["text"].get<std::string>());
    if (!a["source"].is_null()) EXPECT_EQ(slice(cps, a["source"]), a["source"]["text"].get<std::string>());
    if (!a["content"].is_null()) EXPECT_EQ(slice(cps, a["content"]), a["content"]["text"].get<std::string>());
  }
  for (const auto& q : j["quotes"]) EXPECT_EQ(slice(cps, q), q["text"].get<std::string>());
  // paragraph and sentence spans slice to the byte spans of the Report
  for (std::size_t i = 0; i < r.paragraphs().size(); ++i)
    EXPECT_EQ(slice(cps, j["paragraphs"][i]), std::string(r.text(r.paragraphs()[i].span)));
  EXPECT_EQ(j["document"]["end"], cps.size());
  // the accented matches are there
  bool composed = false, decomposed = false;
  for (const auto& m : j["matches"]) {
    composed |= m["text"] == "caf\u00E9";
    decomposed |= m["text"] == "cafe\u0301";
  }
  EXPECT_TRUE(composed);
  EXPECT_TRUE(decomposed);
}

TEST(JsonContract, InvalidUtf8CountsOneCodepointPerBadByte) {
  const std::string text = "\xFF\xFE corrupt \xE2\x80 regime \xC3 ok.";
  const auto r = analyzer().analyze(text);
  const std::string s = rhetor::to_json(r);
  EXPECT_TRUE(rhetor::is_valid_utf8(s));
  const json j = json::parse(s);
  const auto repaired = codepoints(rhetor::to_valid_utf8(text));
  ASSERT_EQ(j["matches"].size(), 2u);
  for (const auto& m : j["matches"]) EXPECT_EQ(slice(repaired, m), m["text"].get<std::string>());
  EXPECT_EQ(j["document"]["end"], rhetor::count_codepoints(text));
}

TEST(JsonOptionsTest, IdCompactAndIndent) {
  const auto r = analyzer().analyze("A corrupt regime.");
  rhetor::JsonOptions o;
  o.id = "doc-\u00E9\"1";
  const std::string s = rhetor::to_json(r, o);
  EXPECT_EQ(s.rfind("{\"id\":", 0), 0u) << "id must come first: " << s.substr(0, 40);
  const json j = json::parse(s);
  EXPECT_EQ(j["id"], "doc-\u00E9\"1");
  EXPECT_EQ(s.find('\n'), std::string::npos);  // one line by default

  o.include_paragraphs = false;
  const json compact = json::parse(rhetor::to_json(r, o));
  EXPECT_FALSE(compact.contains("paragraphs"));
  EXPECT_TRUE(compact.contains("matches"));
  EXPECT_TRUE(compact.contains("attributions"));
  EXPECT_TRUE(compact.contains("document"));

  rhetor::JsonOptions pretty;
  pretty.indent = 2;
  const std::string ps = rhetor::to_json(r, pretty);
  EXPECT_NE(ps.find("\n  \"matches\""), std::string::npos) << ps.substr(0, 80);
  EXPECT_EQ(json::parse(ps), json::parse(rhetor::to_json(r)));

  std::string appended = "PREFIX";
  rhetor::write_json(r, appended);
  EXPECT_EQ(appended, "PREFIX" + rhetor::to_json(r));
}

TEST(JsonStrings, Escaping) {
  std::string out;
  rhetor::append_json_string(out, std::string("a\"b\\c\n\r\t\x01\x7F", 11) + std::string(1, '\0') + "\xC3\xA9\xFF");
  const json j = json::parse(out);
  EXPECT_EQ(j.get<std::string>(), std::string("a\"b\\c\n\r\t\x01\x7F", 11) + std::string(1, '\0') + "\xC3\xA9\xEF\xBF\xBD");
  EXPECT_EQ(out.find('\0'), std::string::npos);
  EXPECT_EQ(out.find('\x01'), std::string::npos);
}

TEST(JsonStrings, EmptyReport) {
  const auto r = analyzer().analyze("");
  const json j = parse(r);
  EXPECT_TRUE(j["matches"].empty());
  EXPECT_TRUE(j["paragraphs"].empty());
  EXPECT_EQ(j["document"]["end"], 0);
  EXPECT_EQ(j["document"]["tokens"], 0);
  EXPECT_DOUBLE_EQ(j["document"]["density"]["loaded"].get<double>(), 0.0);
}

TEST(JsonDefaultPack, SampleOpEdRoundTrips) {
  const std::string text = rhetor::test::read_repo("examples/sample-op-ed.txt");
  const auto r = Analyzer().analyze(text);
  const json j = parse(r);
  const auto cps = codepoints(text);
  EXPECT_EQ(j["matches"].size(), r.matches().size());
  for (const auto& m : j["matches"]) EXPECT_EQ(slice(cps, m), m["text"].get<std::string>());
}

}  // namespace
