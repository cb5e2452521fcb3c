#include "jsonl.hpp"

#include <new>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "rhetor/rhetor.hpp"

namespace rhetor::cli {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Where each value of the top-level object is written, found by one walk over
// the bytes that builds nothing and never recurses, so it is safe on any input.
// The walk is lenient; nlohmann's parser validates the line afterwards, and the
// spans are used only for lines it accepts.
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

// SAX handler that keeps only what a record needs: the top-level "text" string
// and which member is the "id" (the last of each wins, as in nlohmann's DOM).
class RecordSax {
 public:
  using json = nlohmann::json;
  RecordSax(std::string_view text_key, std::string_view id_key) : text_key_(text_key), id_key_(id_key) {}
  bool top_is_object = false;
  bool has_text = false;
  bool text_is_string = false;
  std::string text;
  std::optional<std::size_t> id_member;  // index into Layout::member_values
  std::string error;

  bool null() { return scalar(); }
  bool boolean(bool) { return scalar(); }
  bool number_integer(json::number_integer_t) { return scalar(); }
  bool number_unsigned(json::number_unsigned_t) { return scalar(); }
  bool number_float(json::number_float_t, const json::string_t&) { return scalar(); }
  bool binary(json::binary_t&) { return scalar(); }
  bool string(json::string_t& s) {
    if (depth_ == 1 && member_is_text_) {
      text = std::move(s);
      text_is_string = true;
    }
    return true;
  }
  bool start_object(std::size_t) {
    if (depth_ == 0) top_is_object = true;
    scalar();
    ++depth_;
    return true;
  }
  bool start_array(std::size_t) {
    scalar();
    ++depth_;
    return true;
  }
  bool end_object() { return --depth_, true; }
  bool end_array() { return --depth_, true; }
  bool key(json::string_t& k) {
    if (depth_ != 1) return true;
    member_is_text_ = k == text_key_;
    if (member_is_text_) has_text = true;
    if (k == id_key_) id_member = members_;
    ++members_;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    error = cut_message((e.id == 406 ? "number out of range: " : "malformed JSON: ") + std::string(e.what()));
    return false;
  }

 private:
  bool scalar() {  // a non-string value where "text" is expected
    if (depth_ == 1 && member_is_text_) text_is_string = false;
    return true;
  }
  std::size_t depth_ = 0;
  std::string_view text_key_, id_key_;
  std::size_t members_ = 0;
  bool member_is_text_ = false;
};

// Analyzes one non-blank line into `json`; returns the error message, empty on success.
std::string analyze_record(const Analyzer& analyzer, std::string_view line, const RecordOptions& o, std::string& json) {
  const Layout layout = scan_layout(line);
  if (layout.too_deep) return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  RecordSax sax(o.text_key, o.id_key);
  if (!nlohmann::json::sax_parse(line, &sax)) return sax.error.empty() ? "malformed JSON" : sax.error;
  if (!sax.top_is_object || !sax.has_text || !sax.text_is_string)
    return "expected an object with a string \"" + o.text_key + "\"";
  std::optional<std::string_view> raw_id;
  if (sax.id_member) {
    if (*sax.id_member >= layout.member_values.size()) return "internal error: id not located";
    raw_id = layout.member_values[*sax.id_member];
  }
  JsonOptions jo;
  jo.include_paragraphs = !o.compact;
  const Report report = analyzer.analyze(sax.text);
  std::string body = to_json(report, jo);
  if (!raw_id) {
    json = std::move(body);
    return {};
  }
  // The id as written, byte for byte, in first place.
  json.reserve(body.size() + raw_id->size() + 8);
  json = "{\"id\":";
  json += *raw_id;
  json += ',';
  json.append(body, 1);
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
