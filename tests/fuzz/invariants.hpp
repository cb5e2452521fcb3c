// Structural invariants of a Segmentation and a Report that hold for any input.
// Shared by the fuzz targets (which abort on a violation) and the GoogleTest
// regression tests (which report it). Each check returns the first violation,
// or an empty string.
#pragma once

#include <rhetor/rhetor.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace rhetor::test {

/// Tokens ordered, non-empty and inside the text; sentences tile their
/// paragraph's tokens in order; paragraphs ordered and inside the text.
inline std::string segmentation_violation(const Segmentation& seg, std::string_view text) {
  const std::size_t n = text.size();
  std::uint32_t prev_end = 0;
  for (const Token& t : seg.tokens) {
    if (!(t.span().begin < t.span().end && t.span().end <= n)) return "token span empty or outside the text";
    if (t.span().begin < prev_end) return "tokens overlap or are out of order";
    prev_end = t.span().end;
  }
  std::uint32_t next_sentence = 0, next_token = 0, para_end = 0;
  for (const ParagraphSpan& p : seg.paragraphs) {
    if (p.span.begin < para_end || p.span.end > n || p.span.begin >= p.span.end) return "paragraph out of order";
    para_end = p.span.end;
    if (p.first_sentence != next_sentence) return "paragraphs do not tile the sentences";
    next_sentence += p.sentence_count;
    if (next_sentence > seg.sentences.size()) return "paragraph sentences beyond the end";
    for (std::uint32_t s = p.first_sentence; s < next_sentence; ++s) {
      const SentenceSpan& sp = seg.sentences[s];
      if (sp.first_token != next_token || sp.token_count == 0) return "sentences do not tile the tokens";
      next_token += sp.token_count;
      if (next_token > seg.tokens.size()) return "sentence tokens beyond the end";
      if (sp.span.begin != seg.tokens[sp.first_token].span().begin || sp.span.end != seg.tokens[next_token - 1].span().end)
        return "sentence span differs from its tokens";
      if (sp.span.begin < p.span.begin || sp.span.end > p.span.end) return "sentence outside its paragraph";
    }
  }
  if (next_sentence != seg.sentences.size()) return "sentences outside every paragraph";
  if (next_token != seg.tokens.size()) return "tokens outside every sentence";
  return {};
}

/// Spans inside the text, matches in order and inside their sentence, finite
/// scores, and to_json output that parses back with the document's code point length.
inline std::string report_violation(const Report& r, std::string_view input) {
  if (r.text() != input) return "report text differs from the input";
  const std::size_t n = input.size();
  std::uint32_t prev_end = 0;
  for (const Token& t : r.tokens()) {
    if (!(t.span().begin < t.span().end && t.span().end <= n) || t.span().begin < prev_end) return "token spans";
    prev_end = t.span().end;
  }
  for (const Sentence& s : r.sentences())
    if (s.span.end > n || s.first_token + s.token_count > r.tokens().size()) return "sentence spans";
  for (const Paragraph& p : r.paragraphs())
    if (p.span.end > n || p.first_sentence + p.sentence_count > r.sentences().size()) return "paragraph spans";
  std::uint32_t prev_begin = 0;
  for (const Match& m : r.matches()) {
    if (m.span.end > n || m.span.begin >= m.span.end) return "match span";
    if (m.span.begin < prev_begin) return "matches out of order";
    prev_begin = m.span.begin;
    if (m.first_token + m.token_count > r.tokens().size()) return "match tokens";
    if (m.sentence >= r.sentences().size() || m.paragraph >= r.paragraphs().size()) return "match sentence/paragraph";
    const Sentence& s = r.sentences()[m.sentence];
    if (m.span.begin < s.span.begin || m.span.end > s.span.end) return "match outside its sentence";
    if (!std::isfinite(m.weight)) return "match weight not finite";
  }
  for (const Attribution& a : r.attributions()) {
    if (a.cue.end > n) return "attribution cue";
    if (a.source && a.source->end > n) return "attribution source";
    if (a.content && a.content->end > n) return "attribution content";
  }
  for (const Quote& q : r.quotes())
    if (q.span.end > n) return "quote span";
  for (double v : document_profile(r))
    if (!std::isfinite(v)) return "document profile not finite";
  const std::string j = to_json(r);
  if (!is_valid_utf8(j)) return "JSON is not valid UTF-8";
  const auto doc = nlohmann::json::parse(j, nullptr, false);
  if (doc.is_discarded()) return "JSON does not parse back";
  if (doc["document"]["end"].get<std::size_t>() != count_codepoints(input)) return "JSON document end";
  if (doc["matches"].size() != r.matches().size()) return "JSON match count";
  return {};
}

}  // namespace rhetor::test
