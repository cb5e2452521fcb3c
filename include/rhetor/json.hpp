// rhetor/json.hpp: the JSON form of a Report (the CLI's --format json/jsonl,
// and Python's Report.to_dict()).
//
// Offsets in JSON are Unicode code point offsets, end exclusive (Python string
// indices), with ill-formed bytes counted as one U+FFFD each (rhetor/unicode.hpp).
//
//   std::string j = rhetor::to_json(report, {.id = "doc-1"});
//
// Shape (README "JSON"): {id?, matches:[{category,start,end,text,entry,weight,voice,
// sentence,paragraph,tags,scare_quote,negated,intensified}], attributions:[{cue:{start,end,text},
// source:{start,end,text}|null, content:{start,end,text}|null, sentence, paragraph}],
// quotes:[...], paragraphs:[{start,end,tokens,sentences:[{start,end,tokens,scores,density}],
// scores, density, attribution:{events, per_sentence, per_100_tokens, quoted_share}}],
// document:{start,end,tokens,sentences,scores,density,attribution}}
#pragma once

#include <optional>
#include <string>

#include "rhetor/report.hpp"

namespace rhetor {

struct JsonOptions {
  std::optional<std::string> id;      ///< echoed as "id" first when set (already-decoded UTF-8)
  bool include_paragraphs = true;     ///< false: only id, matches, attributions, document
  int indent = -1;                    ///< -1: one line; >= 0: pretty-printed
};

/// Appends the JSON object for `report` to `out`.
void write_json(const Report& report, std::string& out, const JsonOptions& options = {});
std::string to_json(const Report& report, const JsonOptions& options = {});

/// Appends `s` as a JSON string literal (quotes included); ill-formed bytes become U+FFFD.
void append_json_string(std::string& out, std::string_view s);

}  // namespace rhetor
