// The JSON writer: hand-rolled and append-only, straight into the caller's
// buffer, so that writing a report costs a fraction of analyzing it, with no
// JSON library in the public interface. The shape of the output lives in
// Writer::write; the primitives (cursor, escaping, numbers) in text_output.hpp.
#include "rhetor/json.hpp"

#include <cstring>

#include "text_output.hpp"

namespace rhetor {

void append_json_string(std::string& out, std::string_view s) {
  detail::AppendCursor cursor(out);
  detail::write_json_string(cursor, s);
}

namespace {

// Writes straight into the caller's buffer through an AppendCursor: no DOM, keys
// as compile-time literals, category names escaped once per report.
struct Writer {
  detail::AppendCursor out;
  const Report& r;
  detail::CodepointCursor cps;
  int indent;
  int depth = 0;
  std::vector<std::string> category_keys;  // "name": (or "name": with a space when indented), escaped, in category order

  Writer(std::string& buffer, const Report& report, int indent_)
      : out(buffer), r(report), cps(report.text()), indent(indent_) {
    for (const std::string& name : r.category_names()) {
      std::string k;
      append_json_string(k, name);
      k += indent < 0 ? ":" : ": ";
      category_keys.push_back(std::move(k));
    }
  }

  void nl() {
    if (indent < 0) return;
    const std::size_t spaces = static_cast<std::size_t>(depth * indent);
    char* p = out.room(spaces + 1);
    *p++ = '\n';
    std::memset(p, ' ', spaces);
    out.advance(p + spaces);
  }
  // A key known at compile time (plain ASCII, nothing to escape).
  template <std::size_t N>
  void key(const char (&k)[N], bool first = false) {
    if (indent < 0) {
      char* p = out.room(N + 3);
      if (!first) *p++ = ',';
      *p++ = '"';
      std::memcpy(p, k, N - 1);
      p += N - 1;
      *p++ = '"';
      *p++ = ':';
      out.advance(p);
      return;
    }
    if (!first) out.put(',');
    nl();
    out.put('"');
    out.literal(k);
    out.literal("\": ");
  }
  void category_key(std::size_t c) {
    if (c != 0) out.put(',');
    nl();
    out.put(category_keys[c]);
  }
  void string(std::string_view s) { detail::write_json_string(out, s); }
  void boolean(bool b) {
    if (b) out.literal("true");
    else out.literal("false");
  }
  void num(double v) { detail::write_shortest(out, v); }
  // Weights and their sums come from float lexicon weights: print the shortest
  // float form ("0.7", "13.2"), not float-to-double noise ("0.699999988079071").
  void weight(double v) { detail::write_shortest(out, static_cast<float>(v)); }
  void num(std::uint64_t v) { detail::write_uint(out, v); }
  void open(char c) { out.put(c); ++depth; }
  void close(char c) { --depth; nl(); out.put(c); }

  void span_fields(Span s, bool with_text, bool first = true) {
    key("start", first);
    num(static_cast<std::uint64_t>(cps.to_codepoint(s.begin)));
    key("end");
    num(static_cast<std::uint64_t>(cps.to_codepoint(s.end)));
    if (with_text) {
      key("text");
      string(r.text(s));
    }
  }
  void span_object(const std::optional<Span>& s) {
    if (!s) { out.literal("null"); return; }
    open('{');
    span_fields(*s, true);
    close('}');
  }

  void scores(const Scores& s) {
    const std::size_t categories = category_keys.size();
    key("tokens");
    num(static_cast<std::uint64_t>(s.tokens));
    key("scores");
    open('{');
    for (std::size_t c = 0; c < categories; ++c) {
      category_key(c);
      weight(s.by_category[c].weight);
    }
    close('}');
    key("counts");
    open('{');
    for (std::size_t c = 0; c < categories; ++c) {
      category_key(c);
      num(static_cast<std::uint64_t>(s.by_category[c].count));
    }
    close('}');
    key("density");
    open('{');
    for (std::size_t c = 0; c < categories; ++c) {
      category_key(c);
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
    if (!first) out.put(',');
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
      string(*o.id);
      first = false;
    }
    key("matches", first);
    open('[');
    for (std::size_t i = 0; i < r.matches().size(); ++i) {
      const Match& m = r.matches()[i];
      if (i) out.put(',');
      nl();
      open('{');
      key("category", true);
      string(m.category_name);
      span_fields(m.span, false, false);
      key("text");
      string(r.text(m.span));
      key("entry");
      string(m.entry ? std::string_view(m.entry->pattern) : std::string_view(":"));
      key("tags");
      open('[');
      if (m.entry)
        for (std::size_t t = 0; t < m.entry->tags.size(); ++t) {
          if (t) out.put(',');
          string(m.entry->tags[t]);
        }
      --depth;
      out.put(']');
      key("weight");
      weight(m.weight);
      key("voice");
      string(to_string(m.voice));
      key("scare_quote");
      boolean(m.scare_quote);
      key("negated");
      boolean(m.negated);
      key("intensified");
      boolean(m.intensified);
      key("attributed");
      boolean(m.attributed);
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
      if (i) out.put(',');
      nl();
      open('{');
      key("cue", true);
      span_object(a.cue);
      key("source");
      span_object(a.source);
      key("speaker");
      span_object(a.speaker);
      key("anonymous");
      boolean(a.anonymous);
      key("nested");
      boolean(a.nested);
      key("content");
      span_object(a.content);
      key("contents");
      open('[');
      for (std::size_t c = 0; c < a.contents.size(); ++c) {
        if (c) out.put(',');
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
      if (i) out.put(',');
      nl();
      open('{');
      span_fields(q.span, true);
      key("scare");
      boolean(q.scare);
      key("kind");
      string(to_string(q.kind));
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
        if (i) out.put(',');
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
  Writer w(out, report, options.indent);
  w.write(options);
}

std::string to_json(const Report& report, const JsonOptions& options) {
  std::string out;
  out.reserve(report.matches().size() * 200 + report.sentences().size() * 300 + 512);
  write_json(report, out, options);
  return out;
}

}  // namespace rhetor
