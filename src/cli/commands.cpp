#include "commands.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "rhetor/rhetor.hpp"

namespace rhetor::cli {
namespace {

bool read_all(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "cannot read " + path + ": is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = "cannot read " + path;
    return false;
  }
  out = ss.str();
  return true;
}

}  // namespace

Analyzer make_analyzer(const AnalyzeOptions& o) {
  std::vector<Lexicon> packs;
  if (!o.no_default_lexicon) packs.push_back(Lexicon::english());
  for (const auto& p : o.lexicons) packs.push_back(Lexicon::load(p));
  if (packs.empty()) throw Error("--no-default-lexicon needs at least one --lexicon");
  AnalyzerOptions ao;
  ao.segmenter = o.segmenter == "icu" ? Segmenter::icu : Segmenter::fast;
  return Analyzer(std::span<const Lexicon>(packs), ao);
}

namespace {

std::string shorten(std::string_view s, std::size_t max) {
  std::string t;
  for (char c : s) t += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
  if (t.size() > max) {
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    t = t.substr(0, cut) + "...";
  }
  return t;
}

// Writes `text` wrapped at `width` columns, the first line after `lead`, the
// others indented to match (words are never split).
void print_wrapped(std::ostream& out, const std::string& lead, const std::string& text, std::size_t width) {
  std::size_t col = lead.size();
  out << lead;
  std::size_t i = 0;
  bool first = true;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    const std::size_t len = j - i;
    if (!first && col + 1 + len > width) {
      out << '\n' << std::string(lead.size(), ' ');
      col = lead.size();
      first = true;
    }
    if (!first) { out << ' '; ++col; }
    out << text.substr(i, len);
    col += len;
    first = false;
    i = j + 1;
  }
  out << '\n';
}

void print_table(const std::string& name, const Report& r, std::ostream& out) {
  const Scores& d = r.document();
  out << "== " << name << ": " << r.paragraphs().size() << " paragraphs, " << r.sentences().size() << " sentences, "
      << d.tokens << " tokens\n";
  auto names = r.category_names();
  out << "\n  para  sent  tokens  loaded(author/quoted)  hedge  booster  attrib  attr/sent  attr/100tok  quoted%\n";
  std::size_t pi = 0;
  auto row = [&](const std::string& label, const Scores& s, std::uint32_t sentences) {
    const auto& L = s.by_category[kLoaded];
    char buf[256];
    std::snprintf(buf, sizeof buf, "  %-5s %5u %7u  %6u (%u/%u)%*s %6u %8u %7u %10.2f %12.2f %8.1f\n", label.c_str(),
                  sentences, s.tokens, L.count, L.author_count, L.quoted_count, 8, "", s.by_category[kHedge].count,
                  s.by_category[kBooster].count, s.attributions, sentences ? double(s.attributions) / sentences : 0.0,
                  s.tokens ? 100.0 * s.attributions / s.tokens : 0.0, 100.0 * s.quoted_share());
    out << buf;
  };
  for (const Paragraph& p : r.paragraphs()) row(std::to_string(++pi), p.scores, p.sentence_count);
  row("all", d, static_cast<std::uint32_t>(r.sentences().size()));
  if (names.size() > 4) {
    out << "\n  extra categories:";
    for (std::size_t c = 4; c < names.size(); ++c) out << "  " << names[c] << "=" << d.by_category[c].count;
    out << "\n";
  }
  out << "\n  matches (paragraph.sentence  category  voice  text  [entry #tags]):\n";
  for (const Match& m : r.matches()) {
    const Sentence& s = r.sentences()[m.sentence];
    out << "  " << std::setw(3) << (m.paragraph + 1) << "." << std::left << std::setw(3)
        << (m.sentence - r.paragraphs()[m.paragraph].first_sentence + 1) << std::right << "  " << std::left
        << std::setw(12) << m.category_name << std::setw(7) << to_string(m.voice) << std::right << "  \""
        << shorten(r.text(m.span), 60) << "\"";
    if (m.entry) {
      out << "  [" << m.entry->pattern;
      for (const auto& t : m.entry->tags) out << " #" << t;
      out << "]";
    } else {
      out << "  [colon quote]";
    }
    if (m.negated) out << " negated";
    if (m.intensified) out << " intensified";
    if (m.scare_quote) out << " scare-quote";
    if (m.weight != 1.0f) out << " w=" << m.weight;
    out << "\n";
    (void)s;
  }
  if (!r.attributions().empty()) {
    out << "\n  attributions:\n";
    for (const Attribution& a : r.attributions()) {
      out << "  " << std::setw(3) << (a.paragraph + 1) << "  cue " << shorten(r.text(a.cue), 60)
          << (a.nested ? "  (nested)" : "") << "\n";
      out << "       source  " << (a.source ? shorten(r.text(*a.source), 200) : std::string("-"));
      if (a.speaker && !(a.source && *a.speaker == *a.source)) out << "  -> speaker " << shorten(r.text(*a.speaker), 80);
      out << (a.anonymous ? "  [anonymous]" : "") << "\n";
      for (const Span& part : a.contents) print_wrapped(out, "       content ", shorten(r.text(part), 100000), 100);
      if (a.contents.empty()) out << "       content -\n";
    }
  }
  // Quotations no attribution claims (and that are not scare quotes): whose words are they?
  std::vector<bool> claimed(r.quotes().size(), false);
  for (const Attribution& a : r.attributions())
    for (const Span& part : a.contents)
      for (std::size_t q = 0; q < r.quotes().size(); ++q)
        if (r.quotes()[q].span.begin >= part.begin && r.quotes()[q].span.end <= part.end) claimed[q] = true;
  bool header = false;
  for (std::size_t q = 0; q < r.quotes().size(); ++q) {
    if (claimed[q] || r.quotes()[q].scare) continue;
    if (!header) out << "\n  quotations without a speaker:\n";
    header = true;
    print_wrapped(out, "  " + std::to_string(r.quotes()[q].paragraph + 1) + "  ", shorten(r.text(r.quotes()[q].span), 100000), 100);
  }
  out << "\n";
}

// JSONL input: the record's id is echoed exactly as given (any JSON value), first.
std::string json_line(const Report& r, const std::string* raw_id, bool compact, int indent) {
  JsonOptions jo;
  jo.include_paragraphs = !compact;
  jo.indent = indent;
  std::string body = to_json(r, jo);
  if (!raw_id) return body;
  // splice the id (raw JSON, echoed exactly as given) in first place
  return "{\"id\":" + *raw_id + "," + body.substr(1);
}

// One JSONL record: parse, analyze, format. Errors become an error object so
// that the output keeps one line per input line.
struct Job {
  std::size_t line_no = 0;
  std::string line;
  std::string output;
  std::string error;
};

void run_job(const Analyzer& analyzer, Job& job, bool compact) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(job.line);
  } catch (const nlohmann::json::parse_error& e) {
    job.error = "malformed JSON: " + std::string(e.what());
    return;
  }
  if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
    job.error = "expected an object with a string \"text\"";
    return;
  }
  const std::string& text = j["text"].get_ref<const std::string&>();
  std::string raw_id;
  if (j.contains("id")) raw_id = j["id"].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  try {
    Report r = analyzer.analyze(text);
    job.output = json_line(r, j.contains("id") ? &raw_id : nullptr, compact, -1);
  } catch (const std::exception& e) {
    job.error = e.what();
  }
}

int analyze_jsonl(const Analyzer& analyzer, const AnalyzeOptions& o, const std::string& name, std::istream& in,
                  std::ostream& out, std::ostream& err) {
  int status = kOk;
  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<Job> batch;
  std::size_t line_no = 0;
  auto flush = [&] {
    if (batch.empty()) return;
    if (threads == 1 || batch.size() == 1) {
      for (Job& j : batch) run_job(analyzer, j, o.compact);
    } else {
      std::vector<std::thread> pool;
      std::atomic<std::size_t> next{0};
      for (unsigned t = 0; t < std::min<std::size_t>(threads, batch.size()); ++t)
        pool.emplace_back([&] {
          for (std::size_t i; (i = next++) < batch.size();) run_job(analyzer, batch[i], o.compact);
        });
      for (auto& th : pool) th.join();
    }
    for (Job& j : batch) {
      if (!j.error.empty()) {
        err << "rhetor: " << name << ":" << j.line_no << ": " << j.error << "\n";
        std::string e = "{\"error\":";
        append_json_string(e, j.error);
        e += ",\"line\":" + std::to_string(j.line_no) + "}";
        out << e << "\n";
        status = kInputError;
      } else {
        out << j.output << "\n";
      }
    }
    batch.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    batch.push_back({line_no, std::move(line), {}, {}});
    if (batch.size() >= 256) flush();
  }
  flush();
  return status;
}

}  // namespace

int analyze(const AnalyzeOptions& o, std::ostream& out, std::ostream& err) {
  Analyzer analyzer = make_analyzer(o);
  std::vector<std::string> inputs = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
  int status = kOk;
  if (o.input_format == "jsonl") {
    for (const auto& path : inputs) {
      if (path == "-") {
        status = std::max(status, analyze_jsonl(analyzer, o, "<stdin>", std::cin, out, err));
        continue;
      }
      std::error_code ec;
      std::ifstream in(path, std::ios::binary);
      if (!in || std::filesystem::is_directory(path, ec)) {
        err << "rhetor: cannot open " << path << ": "
            << (std::filesystem::is_directory(path, ec) ? "is a directory" : std::strerror(errno)) << "\n";
        status = kInputError;
        continue;
      }
      status = std::max(status, analyze_jsonl(analyzer, o, path, in, out, err));
    }
    return status;
  }
  const bool array = o.format == "json" && inputs.size() > 1;
  if (array) out << "[\n";
  bool first = true;
  for (const auto& path : inputs) {
    std::string text, error;
    if (!read_all(path, text, error)) {
      err << "rhetor: " << error << "\n";
      status = kInputError;
      continue;
    }
    Report r = analyzer.analyze(text);
    const std::string name = path == "-" ? "<stdin>" : path;
    JsonOptions jo;
    jo.id = name;
    jo.include_paragraphs = !o.compact;
    if (o.format == "table") {
      print_table(name, r, out);
    } else if (o.format == "jsonl") {
      out << to_json(r, jo) << "\n";
    } else {
      jo.indent = 2;
      if (!first) out << ",\n";
      out << to_json(r, jo);
      if (!array) out << "\n";
    }
    first = false;
  }
  if (array) out << "\n]\n";
  return status;
}

int lexicon_check(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  int status = kOk;
  for (const auto& path : paths) {
    Lexicon lex;
    try {
      lex = Lexicon::load(path);
    } catch (const LexiconError& e) {
      err << e.what() << "\n";
      status = kUsageError;
      continue;
    }
    auto issues = check_lexicon(lex);
    std::size_t problems = 0;
    for (const auto& i : issues) {
      const char* kind = i.kind == LexiconIssue::Kind::duplicate ? "duplicate"
                         : i.kind == LexiconIssue::Kind::conflict ? "conflict" : "unmatchable";
      out << i.origin << ": " << kind << ": " << i.message << "\n";
      ++problems;
    }
    try {
      Analyzer a(lex);
      out << path << ": " << lex.size() << " entries, " << a.compiled_forms() << " forms, " << problems
          << " problem(s)\n";
    } catch (const Error& e) {
      err << path << ": " << e.what() << "\n";
      status = kUsageError;
    }
    if (problems) status = std::max(status, static_cast<int>(kInputError));
  }
  return status;
}

int lexicon_stats(const std::vector<std::string>& paths, std::ostream& out, std::ostream& /*err*/) {
  Lexicon lex;
  if (paths.empty()) lex = Lexicon::english();
  for (const auto& p : paths) lex.merge(Lexicon::load(p));
  LexiconStats st = lexicon_stats(lex);
  out << "entries " << st.entries << ", forms " << st.forms << ", multiword forms " << st.multiword_forms << " ("
      << std::fixed << std::setprecision(1) << (st.forms ? 100.0 * st.multiword_forms / st.forms : 0.0)
      << "%), wildcard forms " << st.wildcard_forms << "\n\n";
  out << std::left << std::setw(16) << "category" << std::setw(24) << "tag" << std::right << std::setw(9) << "entries"
      << std::setw(9) << "forms" << std::setw(11) << "multiword" << "\n";
  auto row = [&](const LexiconStats::Row& r) {
    out << std::left << std::setw(16) << r.category << std::setw(24) << (r.tag.empty() ? "(all)" : "#" + r.tag)
        << std::right << std::setw(9) << r.entries << std::setw(9) << r.forms << std::setw(11) << r.multiword << "\n";
  };
  for (const auto& c : st.by_category) {
    row(c);
    for (const auto& t : st.by_tag)
      if (t.category == c.category) row(t);
  }
  return kOk;
}

}  // namespace rhetor::cli
