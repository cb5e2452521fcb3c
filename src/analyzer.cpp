#include "rhetor/analyzer.hpp"

#include <algorithm>
#include <limits>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "attribution.hpp"
#include "compiled_lexicon.hpp"
#include "context_rules.hpp"
#include "embedded_posts.hpp"
#include "matcher.hpp"
#include "rhetor/error.hpp"
#include "quotes.hpp"
#include "scores.hpp"
#include "segment_rules.hpp"
#include "sense_rules.hpp"
#include "speakers.hpp"
#include "tag_stage.hpp"

namespace rhetor {
namespace {

// Words inside what an attribution reports, in quotation marks or not ("McCain
// says such techniques are inhumane"), are the source's, not the author's: the
// match is `attributed`, and a loaded one in author voice weighs as quoted voice
// does. Contents are merged into sorted disjoint ranges, so the cost is
// O((contents + matches) log contents), not their product.
void mark_attributed(const std::vector<detail::LinkedAttribution>& linked, std::vector<Match>& matches,
                     float loaded_factor) {
  std::vector<detail::TokenRange> parts;
  for (const detail::LinkedAttribution& la : linked)
    for (const detail::TokenRange& part : la.contents)
      if (!part.empty()) parts.push_back(part);
  if (parts.empty()) return;
  std::sort(parts.begin(), parts.end(), [](const detail::TokenRange& a, const detail::TokenRange& b) { return a.b < b.b; });
  std::vector<detail::TokenRange> merged;
  for (const detail::TokenRange& part : parts)
    if (!merged.empty() && part.b <= merged.back().e) merged.back().e = std::max(merged.back().e, part.e);
    else merged.push_back(part);
  for (Match& m : matches) {
    if (m.category == kAttribution) continue;  // a cue reports; it is not reported
    const auto after = std::upper_bound(merged.begin(), merged.end(), m.first_token,
                                        [](std::uint32_t t, const detail::TokenRange& r) { return t < r.b; });
    if (after == merged.begin() || m.first_token >= std::prev(after)->e) continue;
    m.attributed = true;
    if (m.category == kLoaded && m.voice == Voice::author) m.weight *= loaded_factor;
  }
}



detail::Scratch& thread_scratch() {
  thread_local detail::Scratch scratch;
  return scratch;
}

// Gives back the scratch of a call on a huge input when the call ends, however it ends.
struct ReleaseLargeScratch {
  detail::Scratch& s;
  ~ReleaseLargeScratch() { detail::release_if_above(s); }
};

// Tokens above which analyze reserves its matches ahead (see there).
constexpr std::size_t kReserveMatchesAbove = std::size_t{1} << 18;

Lexicon merge_all(std::span<const Lexicon> lexicons) {
  Lexicon merged;
  for (const Lexicon& l : lexicons) merged.merge(l);
  return merged;
}

}  // namespace

std::size_t detail::thread_scratch_bytes() noexcept {
  return capacity_bytes(thread_scratch()) + tag_scratch_bytes();
}

Analyzer::Analyzer() : Analyzer(Lexicon::english()) {}
Analyzer::Analyzer(const Lexicon& lexicon, AnalyzerOptions options)
    : lexicon_(std::make_shared<const detail::CompiledLexicon>(lexicon, options)) {}
Analyzer::Analyzer(std::span<const Lexicon> lexicons, AnalyzerOptions options)
    : lexicon_(std::make_shared<const detail::CompiledLexicon>(merge_all(lexicons), options)) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(const Analyzer&) = default;
Analyzer& Analyzer::operator=(const Analyzer&) = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

std::span<const std::string> Analyzer::category_names() const noexcept { return lexicon_->categories; }
int Analyzer::category_id(std::string_view name) const noexcept { return lexicon_->category_id(name); }
const AnalyzerOptions& Analyzer::options() const noexcept { return lexicon_->options; }
std::size_t Analyzer::compiled_forms() const noexcept { return lexicon_->forms; }

SentenceScore Analyzer::score_sentence(std::string_view sentence) const {
  SentenceScore out;
  score_sentence(sentence, out);
  return out;
}

void Analyzer::score_sentence(std::string_view sentence, SentenceScore& out) const {
  const detail::CompiledLexicon& lex = *lexicon_;
  detail::Scratch& s = thread_scratch();
  const ReleaseLargeScratch release{s};
  out = SentenceScore{};
  if (sentence.size() >= std::numeric_limits<std::uint32_t>::max()) throw InputError("input of 4 GiB or more");
  const std::uint32_t n = detail::scan_sentence(lex, sentence, s);
  s.quotes.clear();
  if (s.quote_tokens) detail::find_quotes(sentence, 0, n, s);
  detail::match_sentence(lex, 0, n, s);
  detail::apply_context_rules(lex, sentence, 0, n, s);
  detail::mark_posts_quoted(0, n, s);  // as analyze's linking does
  if (detail::sense_needs_tags(lex, sentence, 0, n, s)) {
    detail::tag_sentence(sentence, std::span<Token>(s.tokens).first(n), false);  // s.tokens is sized past n
    detail::apply_sense_rules(lex, sentence, 0, n, s);
  }
  out.tokens = s.word_tokens;
  for (const detail::RawMatch& m : s.matches) {
    const bool quoted_loaded = m.category == kLoaded && (s.info[m.begin].flags & detail::kFlagQuoted);
    ++out.count[static_cast<std::size_t>(m.category)];
    out.weight[static_cast<std::size_t>(m.category)] += quoted_loaded ? m.weight * lex.options.quoted_loaded_factor : m.weight;
    ++out.matches;
    if (m.category == kLoaded) {
      if (quoted_loaded) ++out.loaded_quoted;
      else ++out.loaded_author;
    }
  }
}

Report Analyzer::analyze(std::string_view text) const {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) throw InputError("input of 4 GiB or more");
  const detail::CompiledLexicon& lex = *lexicon_;
  detail::Scratch& s = thread_scratch();
  const ReleaseLargeScratch release{s};
  const std::size_t ncat = lex.categories.size();

  // The analysis reads the caller's text; the Report's copy of it is made last,
  // after the per-token scratch is given back (so that the peak holds one of them).
  Report r;
  r.lexicon_ = lexicon_;

  // 1. Segment: paragraphs, sentences, tokens; keys and lexicon symbols per token.
  Segmentation seg = segment(text, lex.options.segmenter);
  s.tokens = std::move(seg.tokens);
  detail::prepare_tokens(lex, text, s, lex.options.segmenter == Segmenter::fast);
  std::vector<detail::SentenceTokens> sentences(seg.sentences.size());
  for (std::uint32_t pi = 0; pi < seg.paragraphs.size(); ++pi)
    for (std::uint32_t k = 0; k < seg.paragraphs[pi].sentence_count; ++k) {
      const SentenceSpan& ss = seg.sentences[seg.paragraphs[pi].first_sentence + k];
      sentences[seg.paragraphs[pi].first_sentence + k] = {ss.first_token, ss.first_token + ss.token_count, pi};
    }
  // A sentence's span is that of its tokens (segment() makes it so): not kept twice.
  std::vector<SentenceSpan>().swap(seg.sentences);

  // 2. Quotations, per paragraph; quoted tokens flagged.
  s.quotes.clear();
  for (const detail::SentenceTokens* p = sentences.data(); p != sentences.data() + sentences.size();) {
    const detail::SentenceTokens* q = p;
    while (q + 1 != sentences.data() + sentences.size() && q[1].paragraph == p->paragraph) ++q;
    detail::find_quotes(text, p->begin, q->end, s);
    p = q + 1;
  }
  const std::vector<std::uint32_t> quotes_by_close = detail::quotes_by_close(s.quotes);
  const std::vector<std::uint64_t> quote_marks = detail::quote_marks(s.quotes, s.tokens.size());
  const detail::QuoteIndex quotes{s.quotes, quotes_by_close, quote_marks};

  // 3. Per sentence: match, context rules, tags where a later stage reads them
  // (attribution cues, "so-called", matches judged by part of speech), sense
  // rules; attribution cues collected.
  std::vector<detail::Cue> cues;
  r.sentences_.reserve(sentences.size());
  // Matches start at tokens that start forms or at colons (rule-made cues): on a
  // large input about that many are reserved (address space only: its untouched
  // pages cost no memory), so that the vector does not grow by copies that hold
  // both arrays at once. A small input's Report keeps no such slack.
  if (s.tokens.size() > kReserveMatchesAbove) r.matches_.reserve(s.start_tokens + s.colon_tokens);
  for (std::uint32_t si = 0; si < sentences.size(); ++si) {
    const detail::SentenceTokens& st = sentences[si];
    detail::match_sentence(lex, st.begin, st.end, s);
    detail::apply_context_rules(lex, text, st.begin, st.end, s);
    bool needs_tags = lex.options.tag_all;
    for (const detail::RawMatch& m : s.matches) needs_tags |= m.category == kAttribution;
    // "so-called X": the quotation stage reads the noun phrase after the marker
    for (const detail::RawMatch& c : s.context) needs_tags |= c.category == detail::kScareMarker;
    const bool sense = detail::sense_needs_tags(lex, text, st.begin, st.end, s);
    if (needs_tags || sense)
      detail::tag_sentence(text, std::span<Token>(s.tokens).subspan(st.begin, st.end - st.begin), lex.options.tag_all);
    if (sense) detail::apply_sense_rules(lex, text, st.begin, st.end, s);
    for (const detail::RawMatch& m : s.matches) {
      Match out;
      out.category = static_cast<CategoryId>(m.category);
      out.category_name = lex.categories[out.category];
      out.entry = m.entry ? &lex.lexicon.entries()[m.entry->entry] : nullptr;
      out.span = {s.tokens[m.begin].span().begin, s.tokens[m.end - 1].span().end};
      out.weight = m.weight;
      out.voice = (s.info[m.begin].flags & detail::kFlagQuoted) ? Voice::quoted : Voice::author;
      out.negated = m.negated;
      out.intensified = m.intensified;
      out.sentence = si;
      out.paragraph = st.paragraph;
      out.first_token = m.begin;
      out.token_count = m.end - m.begin;
      if (out.category == kAttribution)
        cues.push_back({m.begin, m.end, static_cast<std::uint32_t>(r.matches_.size()), si, m.entry == nullptr});
      r.matches_.push_back(out);
    }
  }

  s.release_matching_if_large();  // the index of quotation marks: matching is done
  detail::compact_keys(text, s);   // the text-sized key arena too

  // 5. Attribution: cues linked to sources and contents, speakers resolved.
  const detail::LinkInput link{lex, s, sentences, quotes, cues, text};
  std::vector<detail::LinkedAttribution> linked = detail::link_attributions(link);
  r.attributions_ = detail::resolve_speakers(link, linked);
  // Cues the linker rejected ("a movement called Rise", "the reported deaths",
  // a colon before a list) are no attribution matches either.
  if (r.attributions_.size() < cues.size()) {
    std::vector<std::uint8_t> linked_cue(r.matches_.size(), 0);
    for (const Attribution& a : r.attributions_) linked_cue[a.cue_match] = 1;
    std::vector<std::uint32_t> new_index(r.matches_.size(), 0);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < r.matches_.size(); ++i) {
      if (r.matches_[i].category == kAttribution && !linked_cue[i]) continue;
      new_index[i] = static_cast<std::uint32_t>(kept);
      r.matches_[kept++] = r.matches_[i];
    }
    r.matches_.resize(kept);
    for (Attribution& a : r.attributions_) a.cue_match = new_index[a.cue_match];
  }
  // Block quotations without marks are quoted voice too.
  for (const detail::LinkedAttribution& la : linked)
    if (la.block)
      for (const detail::TokenRange& part : la.contents)
        for (std::uint32_t k = part.b; k < part.e; ++k) s.info[k].flags |= detail::kFlagQuoted;
  for (Match& m : r.matches_)
    if (s.info[m.first_token].flags & detail::kFlagQuoted) {
      m.voice = Voice::quoted;
      if (m.category == kLoaded) m.weight *= lex.options.quoted_loaded_factor;
    }
  mark_attributed(linked, r.matches_, lex.options.quoted_loaded_factor);

  // 6. Quotations in the report; short ones that no attribution claims are scare quotes.
  std::vector<std::uint8_t> attributed(s.quotes.size(), 0);
  for (const detail::LinkedAttribution& la : linked)
    for (const std::uint32_t q : la.quotes) attributed[q] = 1;
  std::vector<detail::LinkedAttribution>().swap(linked);  // read for the last time: not held through the rest
  std::vector<detail::Cue>().swap(cues);
  detail::QuoteReport quote_report = detail::report_quotes(lex, s, sentences, quotes, attributed);
  r.quotes_ = std::move(quote_report.quotes);
  for (Match& m : r.matches_) m.scare_quote = quote_report.in_scare[m.first_token] != 0;
  decltype(quote_report.in_scare)().swap(quote_report.in_scare);  // a byte a token, read for the last time
  const std::vector<std::uint32_t>& scare_in_sentence = quote_report.scare_in_sentence;

  // Word and quoted-word counts per sentence: the last use of the per-token
  // data, which a huge document then gives back before the Report's sentences
  // are built (the peak of memory would otherwise hold both).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> word_counts(sentences.size());
  for (std::uint32_t si = 0; si < sentences.size(); ++si)
    for (std::uint32_t k = sentences[si].begin; k < sentences[si].end; ++k)
      if (s.info[k].flags & detail::kFlagWord) {
        ++word_counts[si].first;
        word_counts[si].second += (s.info[k].flags & detail::kFlagQuoted) != 0;
      }
  s.release_if_large(/*keep_tokens=*/true);  // lowers the peak: the per-token data goes before the sentences come

  // 7. Scores: sentences, paragraphs, document.
  r.document_.by_category.assign(ncat, {});
  std::size_t mi = 0, ai = 0;
  for (std::uint32_t pi = 0; pi < seg.paragraphs.size(); ++pi) {
    const ParagraphSpan& ps = seg.paragraphs[pi];
    Paragraph p;
    p.span = ps.span;
    p.first_sentence = static_cast<std::uint32_t>(r.sentences_.size());
    p.sentence_count = ps.sentence_count;
    p.first_match = static_cast<std::uint32_t>(mi);
    p.first_attribution = static_cast<std::uint32_t>(ai);
    p.scores.by_category.assign(ncat, {});
    for (std::uint32_t si = ps.first_sentence; si < ps.first_sentence + ps.sentence_count; ++si) {
      const detail::SentenceTokens& st = sentences[si];
      Sentence sent;
      sent.span = {s.tokens[st.begin].span().begin, s.tokens[st.end - 1].span().end};
      sent.paragraph = pi;
      sent.first_token = st.begin;
      sent.token_count = st.end - st.begin;
      sent.first_match = static_cast<std::uint32_t>(mi);
      sent.scores.by_category.assign(ncat, {});
      for (; mi < r.matches_.size() && r.matches_[mi].sentence == si; ++mi) detail::add_match(sent.scores, r.matches_[mi]);
      sent.match_count = static_cast<std::uint32_t>(mi) - sent.first_match;
      for (; ai < r.attributions_.size() && r.attributions_[ai].sentence == si; ++ai) {
        ++sent.scores.attributions;
        sent.scores.anonymous += r.attributions_[ai].anonymous;
      }
      sent.scores.scare_quotes = scare_in_sentence[si];
      sent.scores.tokens += word_counts[si].first;
      sent.scores.quoted_tokens += word_counts[si].second;
      detail::add_scores(p.scores, sent.scores);
      r.sentences_.push_back(std::move(sent));
    }
    p.match_count = static_cast<std::uint32_t>(mi) - p.first_match;
    p.attribution_count = static_cast<std::uint32_t>(ai) - p.first_attribution;
    detail::add_scores(r.document_, p.scores);
    r.paragraphs_.push_back(std::move(p));
  }
  r.tokens_ = std::move(s.tokens);
  s.tokens.clear();
  // The locals' per-sentence arrays go before the copy of the text comes.
  std::vector<detail::SentenceTokens>().swap(sentences);
  std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(word_counts);
  const bool huge = s.grew_large;
  detail::release_if_above(s);  // the scratch of a huge input goes before the copy comes, not after
#if defined(__GLIBC__)
  // The pages of the heap's free holes (what the stages freed, below the mmap
  // threshold) go back too: the copy of the text does not reuse them.
  if (huge) malloc_trim(0);
#endif
  r.text_ = std::string(text);
  return r;  // ReleaseLargeScratch gives back what a huge input grew
}

}  // namespace rhetor
