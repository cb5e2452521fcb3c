#include "json_input.hpp"

#include <algorithm>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace rhetor::cli {
namespace {

// A number token that simdjson refuses is either malformed, out of double range
// (1e400: an error of its own) or an integer beyond 64 bits, which JSON allows
// and which is read as a double: written with ".0", simdjson reads it so in a
// copy of the line. Only lines that simdjson refuses for a number pay for this walk.
struct NumberCheck {
  std::string error;            // set when a number is malformed or out of range
  std::string without_bigints;  // the line with each integer beyond 64 bits as a double ("...123.0")
};

// Length of the longest JSON number at the start of `t` (0: none), read as a
// JSON lexer reads it: "1e400e5" is the number 1e400 followed by other bytes.
std::size_t json_number_length(std::string_view t, bool& is_integer) noexcept {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i - from;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i >= t.size()) return 0;
  if (t[i] == '0') ++i;
  else if (!digits()) return 0;
  is_integer = true;
  std::size_t end = i;
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digits()) return end;
    end = i, is_integer = false;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return end;
    end = i, is_integer = false;
  }
  return end;
}

NumberCheck check_numbers(std::string_view line) {
  NumberCheck out;
  static const locale_t c_locale = newlocale(LC_ALL_MASK, "C", locale_t{});  // '.' whatever the user's locale
  for (std::size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (c == '"') {  // skip the string
      std::size_t j = i + 1;
      while (j < line.size() && line[j] != '"') j += line[j] == '\\' ? 2 : 1;
      out.without_bigints.append(line, i, std::min(j + 1, line.size()) - i);
      i = j + 1;
      continue;
    }
    if (c != '-' && (c < '0' || c > '9')) {
      out.without_bigints += c;
      ++i;
      continue;
    }
    // A value follows ':', '[' or ',' (or opens the line); "01" or "1-2" is two numbers in a row.
    const std::size_t before = out.without_bigints.find_last_not_of(" \t\r\n");
    const bool after_separator =
        before == std::string::npos || std::string_view(":[,").find(out.without_bigints[before]) != std::string_view::npos;
    bool is_integer = false;
    const std::size_t length = after_separator ? json_number_length(line.substr(i), is_integer) : 0;
    if (length == 0) {
      out.error = "malformed JSON: invalid number at byte " + std::to_string(i + 1);
      return out;
    }
    const std::size_t j = i + length;
    const std::string token(line.substr(i, length));
    const double value = strtod_l(token.c_str(), nullptr, c_locale);
    if (value == HUGE_VAL || value == -HUGE_VAL) {
      out.error = "number out of range: number overflow parsing '" + token + "'";
      return out;
    }
    std::int64_t as_signed;
    std::uint64_t as_unsigned;
    const char* b = token.data();
    const char* e = b + token.size();
    const bool fits = std::from_chars(b, e, as_signed).ec == std::errc() ||
                      std::from_chars(b, e, as_unsigned).ec == std::errc();
    out.without_bigints += token;
    if (is_integer && !fits) out.without_bigints += ".0";
    i = j;
  }
  return out;
}

// nlohmann's number form: the shortest digits, fixed notation for decimal
// exponents -4..15 with ".0" after whole numbers, else d.ddde+NN.
void dump_double(std::string& out, double v) {
  if (v == 0) {
    out += std::signbit(v) ? "-0.0" : "0.0";
    return;
  }
  char buf[32];
  const char* end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific).ptr;
  std::string_view sci(buf, static_cast<std::size_t>(end - buf));
  if (sci.front() == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  const std::size_t e = sci.find('e');
  std::string digits(sci.substr(0, e));
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  int exponent = 0;
  std::from_chars(sci.data() + e + 1 + (sci[e + 1] == '+'), sci.data() + sci.size(), exponent);
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // digits before the decimal point
  if (k <= n && n <= 15) {
    out += digits;
    out.append(static_cast<std::size_t>(n - k), '0');
    out += ".0";
  } else if (0 < n && n <= 15) {
    out.append(digits, 0, static_cast<std::size_t>(n));
    out += '.';
    out.append(digits, static_cast<std::size_t>(n));
  } else if (-4 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += digits;
  } else {
    out += digits[0];
    if (k > 1) {
      out += '.';
      out.append(digits, 1);
    }
    out += 'e';
    const int x = n - 1;
    out += x < 0 ? '-' : '+';
    const int a = x < 0 ? -x : x;
    if (a < 10) out += '0';
    out += std::to_string(a);
  }
}

void dump_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void dump(std::string& out, simdjson::dom::element v) {
  switch (v.type()) {
    case simdjson::dom::element_type::OBJECT: {
      // nlohmann keeps an object in a std::map: keys sorted, the last duplicate wins.
      std::vector<std::pair<std::string_view, simdjson::dom::element>> members;
      const simdjson::dom::object object = v.get_object().value_unsafe();  // a local: value_unsafe() returns into a temporary
      for (const simdjson::dom::key_value_pair field : object) members.emplace_back(field.key, field.value);
      std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      out += '{';
      bool first = true;
      for (std::size_t i = 0; i < members.size(); ++i) {
        if (i + 1 < members.size() && members[i + 1].first == members[i].first) continue;
        if (!first) out += ',';
        first = false;
        dump_string(out, members[i].first);
        out += ':';
        dump(out, members[i].second);
      }
      out += '}';
      break;
    }
    case simdjson::dom::element_type::ARRAY: {
      out += '[';
      bool first = true;
      const simdjson::dom::array array = v.get_array().value_unsafe();
      for (const simdjson::dom::element item : array) {
        if (!first) out += ',';
        first = false;
        dump(out, item);
      }
      out += ']';
      break;
    }
    case simdjson::dom::element_type::STRING: dump_string(out, v.get_string().value_unsafe()); break;
    case simdjson::dom::element_type::INT64: out += std::to_string(v.get_int64().value_unsafe()); break;
    case simdjson::dom::element_type::UINT64: out += std::to_string(v.get_uint64().value_unsafe()); break;
    case simdjson::dom::element_type::DOUBLE: dump_double(out, v.get_double().value_unsafe()); break;
    case simdjson::dom::element_type::BOOL: out += v.get_bool().value_unsafe() ? "true" : "false"; break;
    case simdjson::dom::element_type::NULL_VALUE: out += "null"; break;
  }
}

}  // namespace

simdjson::error_code LineParser::parse_padded(std::string_view line, simdjson::dom::element& root) {
  padded_.assign(line);
  padded_.append(simdjson::SIMDJSON_PADDING, '\0');
  return parser_.parse(padded_.data(), line.size(), false).get(root);
}

std::string LineParser::parse(std::string_view line, simdjson::dom::element& root) {
  simdjson::error_code error = parse_padded(line, root);
  if (error == simdjson::NUMBER_ERROR) {
    const NumberCheck numbers = check_numbers(line);
    if (!numbers.error.empty()) return numbers.error;
    error = parse_padded(numbers.without_bigints, root);
  }
  if (error) return std::string("malformed JSON: ") + simdjson::error_message(error);
  return {};
}

void LineParser::release_if_large() {
  constexpr std::size_t kKeepBytes = std::size_t{8} << 20;
  if (parser_.capacity() > kKeepBytes) parser_ = simdjson::dom::parser();
  if (padded_.capacity() > kKeepBytes) std::string().swap(padded_);
}

LineParser& thread_line_parser() {
  thread_local LineParser parser;
  return parser;
}

std::string dump_json(simdjson::dom::element value) {
  std::string out;
  dump(out, value);
  return out;
}

}  // namespace rhetor::cli
