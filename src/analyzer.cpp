#include "rhetor/analyzer.hpp"

#include <algorithm>
#include <limits>

#include "attribution.hpp"
#include "compiled_lexicon.hpp"
#include "matcher.hpp"
#include "rhetor/error.hpp"
#include "segment_rules.hpp"

namespace rhetor {

namespace {

detail::Scratch& thread_scratch() {
  thread_local detail::Scratch scratch;
  return scratch;
}

Lexicon merge_all(std::span<const Lexicon> lexicons) {
  Lexicon merged;
  for (const Lexicon& l : lexicons) merged.merge(l);
  return merged;
}

void add_match(Scores& sc, const Match& m) {
  CategoryScore& c = sc.by_category[m.category];
  ++c.count;
  c.weight += m.weight;
  if (m.voice == Voice::author) {
    ++c.author_count;
    c.author_weight += m.weight;
  } else {
    ++c.quoted_count;
    c.quoted_weight += m.weight;
  }
  sc.negated += m.negated;
  sc.intensified += m.intensified;
}

void add_scores(Scores& into, const Scores& from) {
  into.tokens += from.tokens;
  for (std::size_t c = 0; c < into.by_category.size(); ++c) {
    CategoryScore& a = into.by_category[c];
    const CategoryScore& b = from.by_category[c];
    a.count += b.count;
    a.weight += b.weight;
    a.author_count += b.author_count;
    a.quoted_count += b.quoted_count;
    a.author_weight += b.author_weight;
    a.quoted_weight += b.quoted_weight;
  }
  into.attributions += from.attributions;
  into.quoted_tokens += from.quoted_tokens;
  into.scare_quotes += from.scare_quotes;
  into.negated += from.negated;
  into.intensified += from.intensified;
}

}  // namespace

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
  out = SentenceScore{};
  tokenize(sentence, s.tokens);
  detail::prepare_tokens(lex, sentence, s);
  const auto n = static_cast<std::uint32_t>(s.tokens.size());
  s.quotes.clear();
  if (s.quote_tokens) detail::find_quotes(sentence, 0, n, s);
  detail::match_sentence(lex, sentence, 0, n, s);
  out.tokens = s.word_tokens;
  for (const detail::RawMatch& m : s.matches) {
    ++out.count[static_cast<std::size_t>(m.category)];
    out.weight[static_cast<std::size_t>(m.category)] += m.weight;
    ++out.matches;
    if (m.category == kLoaded) {
      if (s.info[m.begin].flags & detail::kFlagQuoted) ++out.loaded_quoted;
      else ++out.loaded_author;
    }
  }
}

Report Analyzer::analyze(std::string_view text) const {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) throw InputError("input of 4 GiB or more");
  const detail::CompiledLexicon& lex = *lexicon_;
  detail::Scratch& s = thread_scratch();
  const std::size_t ncat = lex.categories.size();

  Report r;
  r.lexicon_ = lexicon_;
  r.text_ = std::string(text);
  Segmentation seg = segment(r.text_, lex.options.segmenter);
  s.tokens = std::move(seg.tokens);
  detail::prepare_tokens(lex, r.text_, s);
  r.document_.by_category.assign(ncat, {});
  r.sentences_.reserve(seg.sentences.size());
  r.paragraphs_.reserve(seg.paragraphs.size());

  std::vector<detail::Cue> cues;
  // Quotation marks by token index (filled per paragraph, reset after it).
  std::vector<std::int32_t> quote_open_at(s.tokens.size() + 1, -1), quote_close_at(s.tokens.size() + 1, -1);
  for (std::uint32_t pi = 0; pi < seg.paragraphs.size(); ++pi) {
    const ParagraphSpan& ps = seg.paragraphs[pi];
    Paragraph p;
    p.span = ps.span;
    p.first_sentence = static_cast<std::uint32_t>(r.sentences_.size());
    p.sentence_count = ps.sentence_count;
    p.first_match = static_cast<std::uint32_t>(r.matches_.size());
    p.first_attribution = static_cast<std::uint32_t>(r.attributions_.size());
    p.scores.by_category.assign(ncat, {});
    if (ps.sentence_count == 0) {
      r.paragraphs_.push_back(std::move(p));
      continue;
    }
    const std::uint32_t tb = seg.sentences[ps.first_sentence].first_token;
    const SentenceSpan& last = seg.sentences[ps.first_sentence + ps.sentence_count - 1];
    const std::uint32_t te = last.first_token + last.token_count;
    s.quotes.clear();
    detail::find_quotes(r.text_, tb, te, s);
    for (std::size_t qi = 0; qi < s.quotes.size(); ++qi) {
      quote_open_at[s.quotes[qi].open] = static_cast<std::int32_t>(qi);
      if (s.quotes[qi].closed) quote_close_at[s.quotes[qi].close] = static_cast<std::int32_t>(qi);
    }
    const detail::QuoteIndex quote_index{s.quotes, quote_open_at, quote_close_at};

    for (std::uint32_t si = ps.first_sentence; si < ps.first_sentence + ps.sentence_count; ++si) {
      const SentenceSpan& ss = seg.sentences[si];
      const std::uint32_t sb = ss.first_token, se = ss.first_token + ss.token_count;
      const auto sentence_index = static_cast<std::uint32_t>(r.sentences_.size());
      Sentence sent;
      sent.span = ss.span;
      sent.paragraph = pi;
      sent.first_token = sb;
      sent.token_count = ss.token_count;
      sent.first_match = static_cast<std::uint32_t>(r.matches_.size());
      sent.scores.by_category.assign(ncat, {});

      detail::match_sentence(lex, r.text_, sb, se, s);
      cues.clear();
      for (const detail::RawMatch& m : s.matches) {
        Match out;
        out.category = static_cast<CategoryId>(m.category);
        out.category_name = lex.categories[out.category];
        out.entry = m.entry ? &lex.lexicon.entries()[m.entry->entry] : nullptr;
        out.span = {s.tokens[m.begin].span.begin, s.tokens[m.end - 1].span.end};
        out.weight = m.weight;
        out.voice = (s.info[m.begin].flags & detail::kFlagQuoted) ? Voice::quoted : Voice::author;
        out.negated = m.negated;
        out.intensified = m.intensified;
        out.sentence = sentence_index;
        out.paragraph = pi;
        out.first_token = m.begin;
        out.token_count = m.end - m.begin;
        if (out.category == kAttribution)
          cues.push_back({m.begin, m.end, static_cast<std::uint32_t>(r.matches_.size()), m.entry == nullptr});
        r.matches_.push_back(out);
      }
      const std::size_t first_attr = r.attributions_.size();
      detail::link_attributions(r.text_, s, sb, se, quote_index, cues, sentence_index, pi, r.attributions_);
      sent.scores.attributions = static_cast<std::uint32_t>(r.attributions_.size() - first_attr);

      // Quotations opening in this sentence; short ones with no cue outside them are scare quotes.
      for (std::uint32_t qk = sb; qk < se; ++qk) {
        const detail::QuoteRegion* qp = quote_index.starting_at(qk);
        if (!qp) continue;
        const detail::QuoteRegion& q = *qp;
        Quote quote;
        quote.paragraph = pi;
        const std::uint32_t close_tok = q.closed ? q.close : q.close - 1;
        quote.span = {s.tokens[q.open].span.begin, s.tokens[std::min(close_tok, te - 1)].span.end};
        for (std::uint32_t k = q.open + 1; k < q.close && k < te; ++k)
          quote.word_tokens += (s.info[k].flags & detail::kFlagWord) != 0;
        const bool cue_outside = std::any_of(cues.begin(), cues.end(), [&](const detail::Cue& c) {
          return c.end <= q.open || c.begin >= q.close;
        });
        const std::uint32_t inner_last = q.close > q.open + 1 ? q.close - 1 : q.open;
        const bool ends_like_sentence = q.closed && inner_last > q.open &&
                                        (s.info[inner_last].flags & detail::kFlagPunct);
        quote.scare = q.closed && quote.word_tokens > 0 && quote.word_tokens <= lex.options.scare_quote_max_tokens &&
                      !cue_outside && !ends_like_sentence;
        if (quote.scare) {
          ++sent.scores.scare_quotes;
          for (std::size_t mi = sent.first_match; mi < r.matches_.size(); ++mi) {
            Match& m = r.matches_[mi];
            if (m.first_token > q.open && m.first_token < q.close) m.scare_quote = true;
          }
        }
        r.quotes_.push_back(quote);
      }

      sent.match_count = static_cast<std::uint32_t>(r.matches_.size()) - sent.first_match;
      for (std::uint32_t k = sb; k < se; ++k) {
        if (s.info[k].flags & detail::kFlagWord) {
          ++sent.scores.tokens;
          sent.scores.quoted_tokens += (s.info[k].flags & detail::kFlagQuoted) != 0;
        }
      }
      for (std::size_t mi = sent.first_match; mi < r.matches_.size(); ++mi) add_match(sent.scores, r.matches_[mi]);
      add_scores(p.scores, sent.scores);
      r.sentences_.push_back(std::move(sent));
    }
    for (const detail::QuoteRegion& q : s.quotes) {  // reset the index for the next paragraph
      quote_open_at[q.open] = -1;
      if (q.closed) quote_close_at[q.close] = -1;
    }
    p.match_count = static_cast<std::uint32_t>(r.matches_.size()) - p.first_match;
    p.attribution_count = static_cast<std::uint32_t>(r.attributions_.size()) - p.first_attribution;
    add_scores(r.document_, p.scores);
    r.paragraphs_.push_back(std::move(p));
  }
  r.tokens_ = std::move(s.tokens);
  s.tokens.clear();
  return r;
}

}  // namespace rhetor
