#include "commands.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "input.hpp"
#include "jsonl.hpp"
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
  // Fixed-width columns, each as wide as its header, so rows line up whatever the counts.
  auto row = [&](const std::string& label, const Scores& s, std::uint32_t sentences) {
    const auto& L = s.by_category[kLoaded];
    char loaded[64];
    std::snprintf(loaded, sizeof loaded, "%u (%u/%u)", L.count, L.author_count, L.quoted_count);
    char buf[256];
    std::snprintf(buf, sizeof buf, "  %-4s %5u %7u  %21s %6u %8u %7u %10.2f %12.2f %8.1f\n", label.c_str(), sentences,
                  s.tokens, loaded, s.by_category[kHedge].count, s.by_category[kBooster].count, s.attributions,
                  sentences ? double(s.attributions) / sentences : 0.0, s.tokens ? 100.0 * s.attributions / s.tokens : 0.0,
                  100.0 * s.quoted_share());
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
  // (content parts sorted, then one sweep with the quotations, which come in text order)
  std::vector<Span> parts;
  for (const Attribution& a : r.attributions()) parts.insert(parts.end(), a.contents.begin(), a.contents.end());
  std::sort(parts.begin(), parts.end(), [](Span x, Span y) { return x.begin < y.begin; });
  bool header = false;
  std::size_t part_i = 0;
  std::uint32_t covered_until = 0;  // the furthest end of the parts that start at or before the quotation
  for (std::size_t q = 0; q < r.quotes().size(); ++q) {
    const Span qs = r.quotes()[q].span;
    for (; part_i < parts.size() && parts[part_i].begin <= qs.begin; ++part_i) covered_until = std::max(covered_until, parts[part_i].end);
    if (covered_until >= qs.end || r.quotes()[q].scare) continue;
    if (!header) out << "\n  quotations without a speaker:\n";
    header = true;
    print_wrapped(out, "  " + std::to_string(r.quotes()[q].paragraph + 1) + "  ", shorten(r.text(r.quotes()[q].span), 100000), 100);
  }
  out << "\n";
}

// JSONL input: lines are answered on `threads` threads by the batch engine
// (parsing, analysis and JSON all in parallel) and written in input order as
// soon as the next one is ready, so output line N answers input line N.
int analyze_jsonl(const Analyzer& analyzer, const AnalyzeOptions& o, const std::string& name, int fd,
                  std::ostream& out, std::ostream& err) {
  int status = kOk;
  const RecordOptions ro{o.compact, o.text_key, o.id_key};
  struct Line {
    std::size_t number = 0;
    std::string text;
    bool too_long = false;
  };
  LineSource source(fd, o.max_line_bytes);
  std::size_t lines_read = 0;
  BatchOptions bo;
  bo.threads = o.threads;
  bo.max_in_flight_bytes = std::size_t{16} << 20;  // a few huge lines do not pile up in memory
  run_batch<Line, RecordAnswer>(
      {.read =
           [&](Line& l) {
             if (!source.next(l.text, l.too_long)) return false;
             l.number = ++lines_read;
             return true;
           },
       .work =
           [&](Line& l) {
             if (!l.too_long) return answer_record(analyzer, l.text, l.number, ro);
             RecordAnswer a;
             a.error = "line longer than " + std::to_string(o.max_line_bytes) + " bytes (--max-line-bytes)";
             a.json = error_object(a.error, l.number);
             return a;
           },
       .consume =
           [&](Line& l, BatchOutcome<RecordAnswer>& outcome) {
             const RecordAnswer& a = outcome.get();  // answer_record never throws
             if (!a.error.empty()) {
               err << "rhetor: " << name << ":" << l.number << ": " << a.error << "\n";
               status = kInputError;
             }
             errno = 0;
             if (a.json.empty())  // formatting the error itself ran out of memory
               out << "{\"error\":\"out of memory\",\"line\":" << l.number << "}\n";
             else
               out << a.json << "\n";
             if (!out) check_output(out);  // errno still names the failed write
           },
       .bytes = [](const Line& l) { return l.text.size(); },
       // Written lines go out whenever every line read so far is answered (the next
       // read may wait for a pipe's writer), so output streams.
       .idle = [&] { check_output(out); }},
      bo);
  check_output(out);
  if (source.read_error()) {
    err << "rhetor: cannot read " << name << ": " << std::strerror(source.read_error()) << "\n";
    status = kInputError;
  }
  return status;
}

// Text input in UTF-16/32 (with a BOM) is converted to UTF-8; offsets then refer to the UTF-8 text.
void convert_to_utf8(std::string& text) {
  const Bom bom = detect_bom(text);
  if (bom != Bom::none && bom != Bom::utf8) text = utf8_from_utf16_or_32(text, bom);
}

}  // namespace

void check_output(std::ostream& out) {
  if (out) {
    errno = 0;
    out.flush();
  }
  if (!out) throw OutputError(std::string("cannot write output: ") + (errno ? std::strerror(errno) : "stream error"));
}

int analyze(const AnalyzeOptions& o, std::ostream& out, std::ostream& err) {
  Analyzer analyzer = make_analyzer(o);
  std::vector<std::string> inputs = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
  int status = kOk;
  if (o.input_format == "jsonl") {
    for (const auto& path : inputs) {
      if (path == "-") {
        status = std::max(status, analyze_jsonl(analyzer, o, "<stdin>", STDIN_FILENO, out, err));
        continue;
      }
      std::error_code ec;
      if (std::filesystem::is_directory(path, ec)) {
        err << "rhetor: cannot open " << path << ": is a directory\n";
        status = kInputError;
        continue;
      }
      const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        err << "rhetor: cannot open " << path << ": " << std::strerror(errno) << "\n";
        status = kInputError;
        continue;
      }
      try {
        status = std::max(status, analyze_jsonl(analyzer, o, path, fd, out, err));
      } catch (...) {
        ::close(fd);
        throw;
      }
      ::close(fd);
    }
    return status;
  }
  // Text inputs: read one after the other, analyzed and formatted on `threads`
  // threads by the batch engine, written in input order. -f json: always one
  // array with a report per input.
  struct Document {
    std::string name, text, error;
  };
  struct Answer {
    std::string output, error;
  };
  std::size_t next_input = 0;
  bool first = true;
  BatchOptions bo;
  bo.threads = o.threads;
  if (o.format == "json") out << "[\n";
  run_batch<Document, Answer>(
      {.read =
           [&](Document& d) {
             if (next_input == inputs.size()) return false;
             const std::string& path = inputs[next_input++];
             d.name = path == "-" ? "<stdin>" : path;
             d.text.clear();
             d.error.clear();
             if (!read_all(path, d.text, d.error)) d.text.clear();
             return true;
           },
       .work =
           [&](Document& d) {
             Answer a;
             if (!d.error.empty()) {
               a.error = d.error;
               return a;
             }
             try {
               convert_to_utf8(d.text);
               const Report r = analyzer.analyze(d.text);
               std::string().swap(d.text);  // the report holds its own copy
               JsonOptions jo;
               jo.id = d.name;
               jo.include_paragraphs = !o.compact;
               if (o.format == "table") {
                 std::ostringstream table;
                 print_table(d.name, r, table);
                 a.output = std::move(table).str();
               } else {
                 jo.indent = o.format == "json" ? 2 : -1;
                 a.output = to_json(r, jo);
               }
             } catch (const std::bad_alloc&) {
               a.output.clear();
               a.error = d.name + ": out of memory";
             } catch (const InputError& e) {
               a.output.clear();
               a.error = d.name + ": " + e.what();
             }
             return a;
           },
       .consume =
           [&](Document&, BatchOutcome<Answer>& outcome) {
             const Answer& a = outcome.get();  // work turns its failures into errors
             if (!a.error.empty()) {
               err << "rhetor: " << a.error << "\n";
               status = kInputError;
               return;
             }
             if (o.format == "jsonl") {
               out << a.output << "\n";
             } else if (o.format == "json") {
               if (!first) out << ",\n";
               out << a.output;
               first = false;
             } else {
               out << a.output;
             }
             check_output(out);
           },
       .bytes = [](const Document& d) { return d.text.size(); },
       .idle = [&] { check_output(out); }},
      bo);
  if (o.format == "json") out << (first ? "]\n" : "\n]\n");
  check_output(out);
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
