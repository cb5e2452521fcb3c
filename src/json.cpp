// The JSON writer: hand-rolled and append-only so that writing a report costs
// about as much as analyzing it, with no JSON library in the public interface.
#include "rhetor/json.hpp"

#include <charconv>
#include <cstdio>

#include "rhetor/unicode.hpp"

namespace rhetor {

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  static const char* hex = "0123456789abcdef";
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = decode_utf8(s, i, len);
    if (cp == U'\uFFFD' && len == 1) out += "\xEF\xBF\xBD";
    else out.append(s.data() + i, len);
    i += len;
  }
  out += '"';
}

namespace {

struct Writer {
  std::string& out;
  const Report& r;
  CodepointIndex cps;
  int indent;
  int depth = 0;

  void nl() {
    if (indent < 0) return;
    out += '\n';
    out.append(static_cast<std::size_t>(depth * indent), ' ');
  }
  void key(std::string_view k, bool first = false) {
    if (!first) out += ',';
    nl();
    append_json_string(out, k);
    out += indent < 0 ? ":" : ": ";
  }
  void num(double v) {
    char buf[32];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    out.append(buf, p);
  }
  // Weights and their sums come from float lexicon weights: print the shortest
  // float form ("0.7", "13.2"), not float-to-double noise ("0.699999988079071").
  void weight(double v) {
    char buf[32];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<float>(v));
    (void)ec;
    out.append(buf, p);
  }
  void num(std::uint64_t v) { out += std::to_string(v); }
  void open(char c) { out += c; ++depth; }
  void close(char c) { --depth; nl(); out += c; }

  void span_fields(Span s, bool with_text, bool first = true) {
    key("start", first);
    num(static_cast<std::uint64_t>(cps.to_codepoint(s.begin)));
    key("end");
    num(static_cast<std::uint64_t>(cps.to_codepoint(s.end)));
    if (with_text) {
      key("text");
      append_json_string(out, r.text(s));
    }
  }
  void span_object(const std::optional<Span>& s) {
    if (!s) { out += "null"; return; }
    open('{');
    span_fields(*s, true);
    close('}');
  }

  void scores(const Scores& s) {
    auto names = r.category_names();
    key("tokens");
    num(static_cast<std::uint64_t>(s.tokens));
    key("scores");
    open('{');
    for (std::size_t c = 0; c < names.size(); ++c) {
      key(names[c], c == 0);
      weight(s.by_category[c].weight);
    }
    close('}');
    key("counts");
    open('{');
    for (std::size_t c = 0; c < names.size(); ++c) {
      key(names[c], c == 0);
      num(static_cast<std::uint64_t>(s.by_category[c].count));
    }
    close('}');
    key("density");
    open('{');
    for (std::size_t c = 0; c < names.size(); ++c) {
      key(names[c], c == 0);
      num(s.density(static_cast<CategoryId>(c)));
    }
    close('}');
    key("loaded_by_voice");
    open('{');
    key("author", true);
    open('{');
    key("count", true);
    num(static_cast<std::uint64_t>(s.by_category[kLoaded].author_count));
    key("weight");
    weight(s.by_category[kLoaded].author_weight);
    close('}');
    key("quoted");
    open('{');
    key("count", true);
    num(static_cast<std::uint64_t>(s.by_category[kLoaded].quoted_count));
    key("weight");
    weight(s.by_category[kLoaded].quoted_weight);
    close('}');
    close('}');
  }

  void attribution_summary(const Scores& s, std::uint32_t sentences) {
    key("attribution");
    open('{');
    key("events", true);
    num(static_cast<std::uint64_t>(s.attributions));
    key("per_sentence");
    num(sentences ? double(s.attributions) / sentences : 0.0);
    key("per_100_tokens");
    num(s.tokens ? 100.0 * s.attributions / s.tokens : 0.0);
    key("quoted_share");
    num(s.quoted_share());
    key("anonymous_share");
    num(s.anonymous_share());
    key("scare_quotes");
    num(static_cast<std::uint64_t>(s.scare_quotes));
    close('}');
  }

  void sentence(const Sentence& s, bool first) {
    if (!first) out += ',';
    nl();
    open('{');
    span_fields(s.span, false);
    scores(s.scores);
    close('}');
  }

  void write(const JsonOptions& o) {
    open('{');
    bool first = true;
    if (o.id) {
      key("id", true);
      append_json_string(out, *o.id);
      first = false;
    }
    key("matches", first);
    open('[');
    for (std::size_t i = 0; i < r.matches().size(); ++i) {
      const Match& m = r.matches()[i];
      if (i) out += ',';
      nl();
      open('{');
      key("category", true);
      append_json_string(out, m.category_name);
      span_fields(m.span, false, false);
      key("text");
      append_json_string(out, r.text(m.span));
      key("entry");
      append_json_string(out, m.entry ? std::string_view(m.entry->pattern) : std::string_view(":"));
      key("tags");
      open('[');
      if (m.entry)
        for (std::size_t t = 0; t < m.entry->tags.size(); ++t) {
          if (t) out += ',';
          append_json_string(out, m.entry->tags[t]);
        }
      --depth;
      out += ']';
      key("weight");
      weight(m.weight);
      key("voice");
      append_json_string(out, to_string(m.voice));
      key("scare_quote");
      out += m.scare_quote ? "true" : "false";
      key("negated");
      out += m.negated ? "true" : "false";
      key("intensified");
      out += m.intensified ? "true" : "false";
      key("sentence");
      num(static_cast<std::uint64_t>(m.sentence));
      key("paragraph");
      num(static_cast<std::uint64_t>(m.paragraph));
      close('}');
    }
    close(']');
    key("attributions");
    open('[');
    for (std::size_t i = 0; i < r.attributions().size(); ++i) {
      const Attribution& a = r.attributions()[i];
      if (i) out += ',';
      nl();
      open('{');
      key("cue", true);
      span_object(a.cue);
      key("source");
      span_object(a.source);
      key("speaker");
      span_object(a.speaker);
      key("anonymous");
      out += a.anonymous ? "true" : "false";
      key("nested");
      out += a.nested ? "true" : "false";
      key("content");
      span_object(a.content);
      key("contents");
      open('[');
      for (std::size_t c = 0; c < a.contents.size(); ++c) {
        if (c) out += ',';
        span_object(std::optional<Span>(a.contents[c]));
      }
      close(']');
      key("sentence");
      num(static_cast<std::uint64_t>(a.sentence));
      key("paragraph");
      num(static_cast<std::uint64_t>(a.paragraph));
      close('}');
    }
    close(']');
    key("quotes");
    open('[');
    for (std::size_t i = 0; i < r.quotes().size(); ++i) {
      const Quote& q = r.quotes()[i];
      if (i) out += ',';
      nl();
      open('{');
      span_fields(q.span, true);
      key("scare");
      out += q.scare ? "true" : "false";
      key("kind");
      append_json_string(out, to_string(q.kind));
      key("paragraph");
      num(static_cast<std::uint64_t>(q.paragraph));
      close('}');
    }
    close(']');
    if (o.include_paragraphs) {
      key("paragraphs");
      open('[');
      for (std::size_t i = 0; i < r.paragraphs().size(); ++i) {
        const Paragraph& p = r.paragraphs()[i];
        if (i) out += ',';
        nl();
        open('{');
        span_fields(p.span, false);
        key("sentences");
        open('[');
        bool f = true;
        for (const Sentence& s : r.sentences_of(p)) {
          sentence(s, f);
          f = false;
        }
        close(']');
        scores(p.scores);
        attribution_summary(p.scores, p.sentence_count);
        close('}');
      }
      close(']');
    }
    key("document");
    open('{');
    key("start", true);
    num(std::uint64_t{0});
    key("end");
    num(static_cast<std::uint64_t>(cps.size_codepoints()));
    key("paragraphs");
    num(static_cast<std::uint64_t>(r.paragraphs().size()));
    key("sentences");
    num(static_cast<std::uint64_t>(r.sentences().size()));
    scores(r.document());
    attribution_summary(r.document(), static_cast<std::uint32_t>(r.sentences().size()));
    close('}');
    close('}');
  }
};

}  // namespace

void write_json(const Report& report, std::string& out, const JsonOptions& options) {
  Writer w{out, report, CodepointIndex(report.text()), options.indent};
  w.write(options);
}

std::string to_json(const Report& report, const JsonOptions& options) {
  std::string out;
  out.reserve(report.matches().size() * 200 + report.sentences().size() * 300 + 512);
  write_json(report, out, options);
  return out;
}

}  // namespace rhetor
