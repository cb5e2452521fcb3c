#include "rhetor/table.hpp"

#include <charconv>

#include "rhetor/unicode.hpp"

namespace rhetor {
namespace {

std::string num(double v) {
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  return std::string(buf, p);
}
// Weights come from float lexicon weights: the shortest float form, as in the JSON.
std::string weight(double v) {
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<float>(v));
  (void)ec;
  return std::string(buf, p);
}
std::string flag(bool b) { return b ? "true" : "false"; }

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

void score_fields(std::vector<std::string>& f, const Scores& s) {
  f.push_back(std::to_string(s.tokens));
  for (std::size_t c = 0; c < s.by_category.size(); ++c) {
    f.push_back(std::to_string(s.by_category[c].count));
    f.push_back(weight(s.by_category[c].weight));
    f.push_back(num(s.density(static_cast<CategoryId>(c))));
  }
  const CategoryScore& l = s.by_category[kLoaded];
  f.push_back(std::to_string(l.author_count));
  f.push_back(std::to_string(l.quoted_count));
  f.push_back(weight(l.author_weight));
  f.push_back(weight(l.quoted_weight));
  f.push_back(std::to_string(s.attributions));
  f.push_back(num(s.tokens ? 100.0 * s.attributions / s.tokens : 0.0));
  f.push_back(num(s.quoted_share()));
  f.push_back(std::to_string(s.scare_quotes));
  f.push_back(std::to_string(s.negated));
  f.push_back(std::to_string(s.intensified));
}

struct Rows {
  const Report& r;
  std::string id;
  CodepointIndex cps;
  std::vector<std::vector<std::string>> rows;

  std::vector<std::string>& row() {
    rows.emplace_back();
    rows.back().push_back(id);
    return rows.back();
  }
  std::string cp(std::size_t byte) const { return std::to_string(cps.to_codepoint(byte)); }
  void span(std::vector<std::string>& f, Span s, bool with_text) {
    f.push_back(cp(s.begin));
    f.push_back(cp(s.end));
    if (with_text) f.push_back(to_valid_utf8(r.text(s)));
  }
  void optional_span(std::vector<std::string>& f, const std::optional<Span>& s) {
    if (s) return span(f, *s, true);
    f.insert(f.end(), 3, std::string());
  }

  void build(TableLevel level) {
    switch (level) {
      case TableLevel::document: {
        auto& f = row();
        f.push_back(std::to_string(r.paragraphs().size()));
        f.push_back(std::to_string(r.sentences().size()));
        score_fields(f, r.document());
        f.push_back(num(r.sentences().empty() ? 0.0 : double(r.document().attributions) / r.sentences().size()));
        break;
      }
      case TableLevel::paragraph:
        for (std::size_t i = 0; i < r.paragraphs().size(); ++i) {
          const Paragraph& p = r.paragraphs()[i];
          auto& f = row();
          f.push_back(std::to_string(i));
          span(f, p.span, false);
          f.push_back(std::to_string(p.sentence_count));
          score_fields(f, p.scores);
          f.push_back(num(p.attributions_per_sentence()));
        }
        break;
      case TableLevel::sentence:
        for (std::size_t i = 0; i < r.sentences().size(); ++i) {
          const Sentence& s = r.sentences()[i];
          auto& f = row();
          f.push_back(std::to_string(s.paragraph));
          f.push_back(std::to_string(i));
          span(f, s.span, false);
          score_fields(f, s.scores);
          f.push_back(to_valid_utf8(r.text(s.span)));
        }
        break;
      case TableLevel::match:
        for (std::size_t i = 0; i < r.matches().size(); ++i) {
          const Match& m = r.matches()[i];
          auto& f = row();
          f.push_back(std::to_string(i));
          f.push_back(std::to_string(m.paragraph));
          f.push_back(std::to_string(m.sentence));
          span(f, m.span, false);
          f.push_back(std::string(m.category_name));
          f.push_back(to_valid_utf8(r.text(m.span)));
          f.push_back(m.entry ? m.entry->pattern : ":");
          std::string tags;
          if (m.entry)
            for (const auto& t : m.entry->tags) tags += (tags.empty() ? "" : ";") + t;
          f.push_back(tags);
          f.push_back(weight(m.weight));
          f.push_back(std::string(to_string(m.voice)));
          f.push_back(flag(m.scare_quote));
          f.push_back(flag(m.negated));
          f.push_back(flag(m.intensified));
        }
        break;
      case TableLevel::attribution:
        for (std::size_t i = 0; i < r.attributions().size(); ++i) {
          const Attribution& a = r.attributions()[i];
          auto& f = row();
          f.push_back(std::to_string(i));
          f.push_back(std::to_string(a.paragraph));
          f.push_back(std::to_string(a.sentence));
          span(f, a.cue, true);
          optional_span(f, a.source);
          optional_span(f, a.speaker);
          f.push_back(flag(a.anonymous));
          f.push_back(flag(a.nested));
          optional_span(f, a.content);
          f.push_back(std::to_string(a.contents.empty() ? (a.content ? 1 : 0) : a.contents.size()));
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
  Rows rows{report, to_valid_utf8(id), CodepointIndex(report.text()), {}};
  rows.build(level);
  return std::move(rows.rows);
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
  for (const auto& row : table_rows(report, id, level)) append_table_record(out, row, delimiter);
}

}  // namespace rhetor
