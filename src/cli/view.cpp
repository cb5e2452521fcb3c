#include "view.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "rhetor/rhetor.hpp"

namespace rhetor::cli {
namespace {

struct Analyzed {
  std::string name;
  Report report;
};

// Analyzes every input document on a.threads threads; keeps the reports in input order.
int analyze_all(const Analyzer& analyzer, const AnalyzeOptions& a, const InputOptions& in, std::ostream& err,
                std::vector<Analyzed>& docs) {
  return process_documents<Report>(
      a.inputs, in, err, a.threads, [&](Document& d) { return analyzer.analyze(d.text); },
      [&](Document& d, Report& r) { docs.push_back({std::move(d.name), std::move(r)}); });
}

// ANSI styles per category (extras share magenta); quoted voice adds an underline.
const char* ansi(CategoryId c) {
  static constexpr const char* kStyle[] = {"1;31", "34", "33", "32"};
  return c < 4 ? kStyle[c] : "35";
}

// Terminal-safe UTF-8: ill-formed bytes become U+FFFD, control characters '?'.
void put_text(std::string& out, std::string_view s) {
  for (char c : to_valid_utf8(s)) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F ? '?' : c;
  }
}

void highlight_one(const Analyzed& d, bool colour, std::string& out) {
  const Report& r = d.report;
  const std::string_view text = r.text();
  // Innermost (shortest) match at each byte; -1: none.
  std::vector<int> at(text.size(), -1);
  for (std::size_t i = 0; i < r.matches().size(); ++i) {
    const Span s = r.matches()[i].span;
    for (std::size_t b = s.begin; b < s.end; ++b)
      if (at[b] < 0 || r.matches()[at[b]].span.size() > s.size()) at[b] = static_cast<int>(i);
  }
  out += colour ? "\033[1m== " : "== ";
  put_text(out, d.name);
  out += colour ? "\033[0m\n" : "\n";
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = b + 1;
    while (e < text.size() && at[e] == at[b]) ++e;
    if (at[b] < 0) {
      put_text(out, text.substr(b, e - b));
    } else {
      const Match& m = r.matches()[at[b]];
      if (colour) {
        out += "\033[";
        out += ansi(m.category);
        if (m.voice == Voice::quoted) out += ";4";
        out += 'm';
        if (m.negated && b == m.span.begin) out += "\xC2\xAC";
        if (m.intensified && b == m.span.begin) out += "\xE2\x96\xB2";
        put_text(out, text.substr(b, e - b));
        out += "\033[0m";
      } else {
        out += '[';
        put_text(out, text.substr(b, e - b));
        out += "]{";
        out += m.category_name;
        if (m.voice == Voice::quoted) out += ",quoted";
        if (m.negated) out += ",negated";
        if (m.intensified) out += ",intensified";
        out += '}';
      }
    }
    b = e;
  }
  if (!text.empty() && text.back() != '\n') out += '\n';
}

std::string legend(std::span<const std::string> names, bool colour) {
  std::string l;
  for (std::size_t c = 0; c < names.size(); ++c) {
    if (c) l += "  ";
    if (colour) l += std::string("\033[") + ansi(static_cast<CategoryId>(c)) + "m" + names[c] + "\033[0m";
    else l += names[c];
  }
  l += colour ? "  |  \033[4munderlined\033[0m: quoted voice  \xC2\xAC negated  \xE2\x96\xB2 intensified\n"
              : "  |  [text]{category,quoted,negated,intensified}\n";
  return l;
}

std::string pad(std::string s, std::size_t width, bool right) {
  const std::size_t n = count_codepoints(s);
  if (n >= width) return s;
  return right ? std::string(width - n, ' ') + s : s + std::string(width - n, ' ');
}

std::string short_name(std::string_view s, std::size_t max) {
  std::string v = to_valid_utf8(s);
  if (count_codepoints(v) <= max) return v;
  std::size_t cut = 0, n = 0;
  while (cut < v.size() && n < max - 1) {
    std::size_t len = 1;
    decode_utf8(v, cut, len);
    cut += len;
    ++n;
  }
  return v.substr(0, cut) + "\xE2\x80\xA6";
}

void print_matrix(std::ostream& out, const std::vector<std::string>& rows, const std::vector<std::string>& cols,
                  const std::function<std::string(std::size_t, std::size_t)>& cell) {
  std::size_t first = 8;
  for (const auto& r : rows) first = std::max(first, count_codepoints(r));
  std::vector<std::size_t> w;
  for (const auto& c : cols) w.push_back(std::max<std::size_t>(9, count_codepoints(c)));
  out << pad("", first, false);
  for (std::size_t j = 0; j < cols.size(); ++j) out << "  " << pad(cols[j], w[j], true);
  out << "\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out << pad(rows[i], first, false);
    for (std::size_t j = 0; j < cols.size(); ++j) out << "  " << pad(cell(i, j), w[j], true);
    out << "\n";
  }
}

std::string fmt(double v, int precision) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  return buf;
}

}  // namespace

int report(const AnalyzeOptions& a, const InputOptions& in, const std::string& title, std::ostream& out,
           std::ostream& err) {
  const Analyzer analyzer = make_analyzer(a);
  std::vector<Analyzed> docs;
  const int status = analyze_all(analyzer, a, in, err, docs);
  if (docs.empty()) {
    err << "rhetor: report: no document to show\n";
    return kInputError;
  }
  std::vector<NamedReport> named;
  for (const auto& d : docs) named.push_back({d.name, &d.report});
  HtmlOptions ho;
  ho.title = title;
  out << to_html(std::span<const NamedReport>(named), ho);
  return status;
}

int highlight(const AnalyzeOptions& a, const InputOptions& in, bool colour, std::ostream& out, std::ostream& err) {
  const Analyzer analyzer = make_analyzer(a);
  out << legend(analyzer.category_names(), colour);
  return process_documents<std::string>(
      a.inputs, in, err, a.threads,
      [&](Document& d) {
        std::string s;
        highlight_one({d.name, analyzer.analyze(d.text)}, colour, s);
        return s;
      },
      [&](Document&, const std::string& s) { out << s << std::flush; });
}

int analyze_table(const AnalyzeOptions& a, const InputOptions& in, const std::string& level,
                  const std::string& format, std::ostream& out, std::ostream& err) {
  const auto lv = parse_table_level(level);
  if (!lv) {
    err << "rhetor: unknown --level " << level << "\n";
    return kUsageError;
  }
  const char delim = format == "tsv" ? '\t' : ',';
  const Analyzer analyzer = make_analyzer(a);
  std::string buf;
  write_table_header(buf, *lv, analyzer.category_names(), delim);
  out << buf;
  return process_documents<std::string>(
      a.inputs, in, err, a.threads,
      [&](Document& d) {
        std::string rows;
        write_table_rows(rows, analyzer.analyze(d.text), d.name, *lv, delim);
        return rows;
      },
      [&](Document&, const std::string& rows) { out << rows; });
}

int compare(const AnalyzeOptions& a, const InputOptions& in, const std::string& reference, const std::string& format,
            std::ostream& out, std::ostream& err) {
  const Analyzer analyzer = make_analyzer(a);
  std::vector<std::string> names;
  std::vector<Eigen::RowVectorXf> profiles;
  int status = process_documents<Eigen::RowVectorXf>(
      a.inputs, in, err, a.threads, [&](Document& d) { return document_profile(analyzer.analyze(d.text)); },
      [&](Document& d, Eigen::RowVectorXf& p) {
        profiles.push_back(std::move(p));
        names.push_back(std::move(d.name));
      });
  if (profiles.size() < 2 && reference.empty()) {
    err << "rhetor: compare needs at least two documents, or --reference\n";
    return status ? status : kUsageError;
  }
  std::optional<ReferenceProfile> ref;
  std::size_t ref_docs = 0;
  if (!reference.empty()) {
    std::vector<Eigen::RowVectorXf> rows;
    InputOptions ri = in;
    ri.input_format = "jsonl";
    status = std::max(status, process_documents<Eigen::RowVectorXf>(
                                  {reference}, ri, err, a.threads,
                                  [&](Document& d) { return document_profile(analyzer.analyze(d.text)); },
                                  [&](Document&, Eigen::RowVectorXf& p) { rows.push_back(std::move(p)); }));
    if (rows.empty()) {
      err << "rhetor: --reference " << reference << ": no document\n";
      return kInputError;
    }
    FeatureMatrix m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(kFeatureCount));
    for (std::size_t i = 0; i < rows.size(); ++i) m.row(static_cast<Eigen::Index>(i)) = rows[i];
    ref = ReferenceProfile::fit(m);
    ref_docs = rows.size();
  }
  const std::size_t n = profiles.size();
  std::vector<Eigen::RowVectorXf> z;
  if (ref)
    for (const auto& p : profiles) z.push_back(ref->standardize(p));
  // Cosine of the z-scores when there is a reference; else of the raw profiles
  // without `tokens`, which would swamp the densities (length is not framing).
  std::vector<std::vector<double>> cosine(n, std::vector<double>(n));
  auto basis = [&](std::size_t i) -> Eigen::RowVectorXf {
    return ref ? z[i] : Eigen::RowVectorXf(profiles[i].tail(kFeatureCount - 1));
  };
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) cosine[i][j] = cosine_similarity(basis(i), basis(j));
  const auto& features = feature_names();

  if (format == "json") {
    nlohmann::ordered_json j;
    j["features"] = std::vector<std::string>(features.begin(), features.end());
    j["documents"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < n; ++i) {
      nlohmann::ordered_json d;
      d["id"] = to_valid_utf8(names[i]);
      for (std::size_t f = 0; f < kFeatureCount; ++f) d["profile"][features[f]] = profiles[i][f];
      if (ref)
        for (std::size_t f = 0; f < kFeatureCount; ++f) d["z"][features[f]] = z[i][f];
      j["documents"].push_back(d);
    }
    j["cosine"] = cosine;
    if (ref) {
      j["reference"]["path"] = reference;
      j["reference"]["documents"] = ref_docs;
      for (std::size_t f = 0; f < kFeatureCount; ++f) {
        j["reference"]["mean"][features[f]] = ref->mean()[f];
        j["reference"]["stddev"][features[f]] = ref->stddev()[f];
      }
    }
    out << j.dump(2) << "\n";
    return status;
  }
  std::vector<std::string> cols;
  for (const auto& nm : names) cols.push_back(short_name(nm, 16));
  std::vector<std::string> rows(features.begin(), features.end());
  out << "profiles (per 100 word tokens unless noted)\n";
  print_matrix(out, rows, cols, [&](std::size_t f, std::size_t d) {
    return f == 0 || f == 10 || f == 11 || f == 12 ? fmt(profiles[d][f], 0) : fmt(profiles[d][f], f == 9 ? 3 : 2);
  });
  if (ref) {
    out << "\nz-scores against " << reference << " (" << ref_docs << " documents)\n";
    print_matrix(out, rows, cols, [&](std::size_t f, std::size_t d) {
      const double v = z[d][f];
      return (v > 0 ? "+" : "") + fmt(v, 2);
    });
  }
  if (n > 1) {
    out << (ref ? "\ncosine similarity of the z-scores\n" : "\ncosine similarity of the profiles (without tokens)\n");
    print_matrix(out, cols, cols, [&](std::size_t i, std::size_t j) { return fmt(cosine[i][j], 3); });
  }
  return status;
}

}  // namespace rhetor::cli
