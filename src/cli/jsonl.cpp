#include "jsonl.hpp"

#include <new>
#include <optional>
#include <vector>

#include "json_input.hpp"
#include "rhetor/rhetor.hpp"

namespace rhetor::cli {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Where each value of the top-level object is written, found by one walk over
// the bytes that builds nothing and never recurses, so it is safe on any input.
// The walk is lenient; simdjson validates the line afterwards, and the spans are
// used only for lines it accepts.
struct Layout {
  bool too_deep = false;
  std::vector<std::string_view> member_values;  // in the order written
};

Layout scan_layout(std::string_view s) {
  Layout out;
  std::size_t depth = 0;
  bool top_is_object = false;
  bool in_value = false;  // at depth 1, between ':' and the next ',' or '}'
  std::size_t value_begin = npos, value_end = 0;
  auto value_char = [&](std::size_t b, std::size_t e) {
    if (depth != 1 || !in_value) return;
    if (value_begin == npos) value_begin = b;
    value_end = e;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
      case ' ': case '\t': case '\r': case '\n':
        break;
      case '"': {
        std::size_t j = i + 1;
        while (j < s.size() && s[j] != '"') j += s[j] == '\\' ? 2 : 1;
        j = std::min(j, s.size() - 1);
        value_char(i, j + 1);
        i = j;
        break;
      }
      case '{': case '[':
        if (depth == 0) top_is_object = c == '{';
        value_char(i, i + 1);
        if (++depth > kMaxJsonDepth) {
          out.too_deep = true;
          return out;
        }
        break;
      case '}': case ']':
        if (depth == 1 && top_is_object && in_value && value_begin != npos)
          out.member_values.push_back(s.substr(value_begin, value_end - value_begin));
        if (depth == 1) in_value = false;
        if (depth > 0) --depth;
        value_char(i, i + 1);
        break;
      case ',':
        if (depth == 1 && top_is_object) {
          if (in_value && value_begin != npos) out.member_values.push_back(s.substr(value_begin, value_end - value_begin));
          in_value = false;
          value_begin = npos;
        }
        break;
      case ':':
        if (depth == 1 && top_is_object) in_value = true;
        break;
      default:
        value_char(i, i + 1);
    }
  }
  return out;
}

// What a record needs from the line: the top-level text string and which member
// is the id (the last of each wins, as before with nlohmann's parser).
struct Record {
  std::string_view text;  // in the thread's parser: valid until its next parse
  std::optional<std::size_t> id_member;  // index into Layout::member_values
};

// Parses `line` into `record`; returns the error message, empty on success.
std::string read_record(LineParser& parser, std::string_view line, const RecordOptions& o, Record& record) {
  simdjson::dom::element root;
  if (std::string error = parser.parse(line, root); !error.empty()) return cut_message(error);
  simdjson::dom::object object;
  if (root.get_object().get(object)) return "expected an object with a string \"" + o.text_key + "\"";
  bool has_text = false, text_is_string = false;
  std::size_t member = 0;
  for (const simdjson::dom::key_value_pair field : object) {
    if (field.key == o.text_key) {
      has_text = true;
      text_is_string = field.value.get_string().get(record.text) == simdjson::SUCCESS;
    }
    if (field.key == o.id_key) record.id_member = member;
    ++member;
  }
  if (!has_text || !text_is_string) return "expected an object with a string \"" + o.text_key + "\"";
  return {};
}

// Analyzes one non-blank line into `json`; returns the error message, empty on success.
std::string analyze_record(const Analyzer& analyzer, std::string_view line, const RecordOptions& o, std::string& json) {
  const Layout layout = scan_layout(line);
  if (layout.too_deep) return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  LineParser& parser = thread_line_parser();
  struct Release {
    LineParser& parser;
    ~Release() { parser.release_if_large(); }
  } release{parser};
  Record record;
  if (std::string error = read_record(parser, line, o, record); !error.empty()) return error;
  std::optional<std::string_view> raw_id;
  if (record.id_member) {
    if (*record.id_member >= layout.member_values.size()) return "internal error: id not located";
    raw_id = layout.member_values[*record.id_member];
  }
  JsonOptions jo;
  jo.include_paragraphs = !o.compact;
  const Report report = analyzer.analyze(record.text);
  if (!raw_id) {
    json.clear();
    write_json(report, json, jo);
    return {};
  }
  // The id as written, byte for byte, in first place; the report's own '{' becomes the comma after it.
  json = "{\"id\":";
  json += *raw_id;
  const std::size_t brace = json.size();
  write_json(report, json, jo);
  json[brace] = ',';
  return {};
}

bool is_blank(std::string_view line) noexcept { return line.find_first_not_of(" \t\r\n") == npos; }

}  // namespace

std::string cut_message(std::string_view s, std::size_t max) {
  const bool cut = s.size() > max;
  std::size_t n = cut ? max : s.size();
  while (cut && n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // keep UTF-8 sequences whole
  std::string t(s.substr(0, n));
  for (char& c : t)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  if (cut) t += "...";
  return t;
}

std::string error_object(std::string_view message, std::size_t line_no) {
  std::string e = "{\"error\":";
  append_json_string(e, cut_message(message));
  e += ",\"line\":" + std::to_string(line_no) + "}";
  return e;
}

RecordAnswer answer_record(const Analyzer& analyzer, std::string_view line, std::size_t line_no,
                           const RecordOptions& options) noexcept {
  RecordAnswer a;
  try {
    if (is_blank(line)) {
      a.json = "{\"line\":" + std::to_string(line_no) + ",\"skipped\":\"blank\"}";
      return a;
    }
    a.error = analyze_record(analyzer, line, options, a.json);
  } catch (const std::bad_alloc&) {
    a.error = "out of memory";  // short enough for the small-string buffer: no allocation
  } catch (const std::exception& e) {
    try {
      a.error = cut_message(e.what());
    } catch (...) {
      a.error = "error";
    }
  } catch (...) {
    a.error = "unknown error";
  }
  if (!a.error.empty()) {
    try {
      a.json = error_object(a.error, line_no);
    } catch (...) {
      a.json.clear();  // the caller writes a fixed answer
    }
  }
  return a;
}

}  // namespace rhetor::cli
