#include "rhetor/table.hpp"

#include "rhetor/unicode.hpp"
#include "text_output.hpp"

namespace rhetor {
namespace {

void score_columns(std::vector<std::string>& c, std::span<const std::string> categories) {
  c.push_back("tokens");
  for (const auto& name : categories) {
    c.push_back(name + "_count");
    c.push_back(name + "_weight");
    c.push_back(name + "_density");
  }
  for (const char* n : {"loaded_author_count", "loaded_quoted_count", "loaded_author_weight", "loaded_quoted_weight",
                        "attributions", "attributions_per_100_tokens", "quoted_share", "scare_quotes", "negated",
                        "intensified"})
    c.push_back(n);
}

// Rows as vectors of strings (table_rows).
struct FieldVectors {
  std::vector<std::vector<std::string>> rows;
  void begin_row() { rows.emplace_back(); }
  void end_row() {}
  void text(std::string_view s) { rows.back().emplace_back(s); }
  void uint(std::uint64_t v) { rows.back().push_back(std::to_string(v)); }
  void shortest(double v) { rows.back().push_back(format([&](detail::AppendCursor& c) { detail::write_shortest(c, v); })); }
  // Weights come from float lexicon weights: the shortest float form, as in the JSON.
  void weight(double v) {
    rows.back().push_back(format([&](detail::AppendCursor& c) { detail::write_shortest(c, static_cast<float>(v)); }));
  }
  template <class Write>
  static std::string format(Write write) {
    std::string s;
    {
      detail::AppendCursor cursor(s);
      write(cursor);
    }
    return s;
  }
};

// Records written straight into the output (write_table_rows): no field strings.
struct RecordWriter {
  detail::AppendCursor out;
  char delimiter;
  bool first = true;
  void begin_row() { first = true; }
  void end_row() {
    if (delimiter == '\t') out.put('\n');
    else out.literal("\r\n");
  }
  void separate() {
    if (!first) out.put(delimiter);
    first = false;
  }
  void text(std::string_view f) {
    separate();
    if (delimiter == '\t') {  // TSV: no quoting, separators inside a field become spaces
      char* p = out.room(f.size());
      for (const char c : f) *p++ = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
      out.advance(p);
      return;
    }
    const char specials[] = {delimiter, '"', '\r', '\n'};
    if (f.find_first_of(std::string_view(specials, 4)) == std::string_view::npos) {
      out.put(f);
      return;
    }
    char* p = out.room(2 * f.size() + 2);
    *p++ = '"';
    for (const char c : f) {
      if (c == '"') *p++ = '"';
      *p++ = c;
    }
    *p++ = '"';
    out.advance(p);
  }
  void uint(std::uint64_t v) { separate(), detail::write_uint(out, v); }
  void shortest(double v) { separate(), detail::write_shortest(out, v); }
  void weight(double v) { separate(), detail::write_shortest(out, static_cast<float>(v)); }
};

template <class Fields>
struct Rows {
  const Report& r;
  std::string id;  // valid UTF-8
  detail::CodepointCursor cps;
  Fields& f;

  void row() {
    f.begin_row();
    f.text(id);
  }
  void flag(bool b) { f.text(b ? "true" : "false"); }
  // Text fields are valid UTF-8 (ill-formed bytes as U+FFFD), converted only when they need it.
  void text(std::string_view s) {
    if (is_valid_utf8(s)) f.text(s);
    else f.text(to_valid_utf8(s));
  }
  void span(Span s, bool with_text) {
    f.uint(cps.to_codepoint(s.begin));
    f.uint(cps.to_codepoint(s.end));
    if (with_text) text(r.text(s));
  }
  void optional_span(const std::optional<Span>& s) {
    if (s) return span(*s, true);
    for (int i = 0; i < 3; ++i) f.text({});
  }
  void score_fields(const Scores& s) {
    f.uint(s.tokens);
    for (std::size_t c = 0; c < s.by_category.size(); ++c) {
      f.uint(s.by_category[c].count);
      f.weight(s.by_category[c].weight);
      f.shortest(s.density(static_cast<CategoryId>(c)));
    }
    const CategoryScore& l = s.by_category[kLoaded];
    f.uint(l.author_count);
    f.uint(l.quoted_count);
    f.weight(l.author_weight);
    f.weight(l.quoted_weight);
    f.uint(s.attributions);
    f.shortest(s.tokens ? 100.0 * s.attributions / s.tokens : 0.0);
    f.shortest(s.quoted_share());
    f.uint(s.scare_quotes);
    f.uint(s.negated);
    f.uint(s.intensified);
  }

  void build(TableLevel level) {
    switch (level) {
      case TableLevel::document:
        row();
        f.uint(r.paragraphs().size());
        f.uint(r.sentences().size());
        score_fields(r.document());
        f.shortest(r.sentences().empty() ? 0.0 : double(r.document().attributions) / r.sentences().size());
        f.end_row();
        break;
      case TableLevel::paragraph:
        for (std::size_t i = 0; i < r.paragraphs().size(); ++i) {
          const Paragraph& p = r.paragraphs()[i];
          row();
          f.uint(i);
          span(p.span, false);
          f.uint(p.sentence_count);
          score_fields(p.scores);
          f.shortest(p.attributions_per_sentence());
          f.end_row();
        }
        break;
      case TableLevel::sentence:
        for (std::size_t i = 0; i < r.sentences().size(); ++i) {
          const Sentence& s = r.sentences()[i];
          row();
          f.uint(s.paragraph);
          f.uint(i);
          span(s.span, false);
          score_fields(s.scores);
          text(r.text(s.span));
          f.end_row();
        }
        break;
      case TableLevel::match:
        for (std::size_t i = 0; i < r.matches().size(); ++i) {
          const Match& m = r.matches()[i];
          row();
          f.uint(i);
          f.uint(m.paragraph);
          f.uint(m.sentence);
          span(m.span, false);
          f.text(m.category_name);
          text(r.text(m.span));
          f.text(m.entry ? std::string_view(m.entry->pattern) : std::string_view(":"));
          std::string tags;
          if (m.entry)
            for (const auto& t : m.entry->tags) tags += (tags.empty() ? "" : ";") + t;
          f.text(tags);
          f.weight(m.weight);
          f.text(to_string(m.voice));
          flag(m.scare_quote);
          flag(m.negated);
          flag(m.intensified);
          f.end_row();
        }
        break;
      case TableLevel::attribution:
        for (std::size_t i = 0; i < r.attributions().size(); ++i) {
          const Attribution& a = r.attributions()[i];
          row();
          f.uint(i);
          f.uint(a.paragraph);
          f.uint(a.sentence);
          span(a.cue, true);
          optional_span(a.source);
          optional_span(a.speaker);
          flag(a.anonymous);
          flag(a.nested);
          optional_span(a.content);
          f.uint(a.contents.empty() ? (a.content ? 1 : 0) : a.contents.size());
          f.end_row();
        }
        break;
    }
  }
};

}  // namespace

std::optional<TableLevel> parse_table_level(std::string_view name) noexcept {
  if (name == "document") return TableLevel::document;
  if (name == "paragraph") return TableLevel::paragraph;
  if (name == "sentence") return TableLevel::sentence;
  if (name == "match") return TableLevel::match;
  if (name == "attribution") return TableLevel::attribution;
  return std::nullopt;
}

std::vector<std::string> table_columns(TableLevel level, std::span<const std::string> categories) {
  std::vector<std::string> c{"id"};
  auto add = [&](std::initializer_list<const char*> names) { c.insert(c.end(), names.begin(), names.end()); };
  switch (level) {
    case TableLevel::document:
      add({"paragraphs", "sentences"});
      score_columns(c, categories);
      add({"attributions_per_sentence"});
      break;
    case TableLevel::paragraph:
      add({"paragraph", "start", "end", "sentences"});
      score_columns(c, categories);
      add({"attributions_per_sentence"});
      break;
    case TableLevel::sentence:
      add({"paragraph", "sentence", "start", "end"});
      score_columns(c, categories);
      add({"text"});
      break;
    case TableLevel::match:
      add({"match", "paragraph", "sentence", "start", "end", "category", "text", "entry", "tags", "weight", "voice",
           "scare_quote", "negated", "intensified"});
      break;
    case TableLevel::attribution:
      add({"attribution", "paragraph", "sentence", "cue_start", "cue_end", "cue", "source_start", "source_end",
           "source", "speaker_start", "speaker_end", "speaker", "anonymous", "nested", "content_start", "content_end",
           "content", "content_parts"});
      break;
  }
  return c;
}

std::vector<std::vector<std::string>> table_rows(const Report& report, std::string_view id, TableLevel level) {
  FieldVectors fields;
  Rows<FieldVectors>{report, to_valid_utf8(id), detail::CodepointCursor(report.text()), fields}.build(level);
  return std::move(fields.rows);
}

void append_table_record(std::string& out, std::span<const std::string> fields, char delimiter) {
  const bool tsv = delimiter == '\t';
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += delimiter;
    const std::string& f = fields[i];
    if (tsv) {
      for (char c : f) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    } else if (f.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string::npos) {
      out += '"';
      for (char c : f) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    } else {
      out += f;
    }
  }
  out += tsv ? "\n" : "\r\n";
}

void write_table_header(std::string& out, TableLevel level, std::span<const std::string> categories, char delimiter) {
  append_table_record(out, table_columns(level, categories), delimiter);
}

void write_table_rows(std::string& out, const Report& report, std::string_view id, TableLevel level,
                      char delimiter) {
  RecordWriter records{detail::AppendCursor(out), delimiter};
  Rows<RecordWriter>{report, to_valid_utf8(id), detail::CodepointCursor(report.text()), records}.build(level);
}

}  // namespace rhetor
