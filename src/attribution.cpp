// Source and content linking for attribution cues, on part-of-speech tags and
// quotation regions. Every rule is local and explainable:
//
// - source: the subject noun phrase before the cue (auxiliaries, adverbs and
//   negation skipped), with its appositives, parentheticals, prepositional
//   and relative post-modifiers ("Sen. Ann Ruiz (D-Ohio)", "The spokeswoman,
//   Ms. Lena Hart,", "Chief Hall with the city police"); after the cue for
//   inverted order ("..., said a source close to the probe"), prepositional
//   cues ("according to X") and passives ("was criticized by X");
// - content: the quotation right after the cue (past an addressee: "told
//   reporters: “...”"), else the quotation right before the source and cue
//   ("“...,” she said in an interview"), else the clause after the cue, bounded
//   by the next cue, a semicolon or the sentence, else the clause before
//   ("Prices will rise, he said"); then quotations that continue the same
//   voice in the following sentences, and block quotations after a colon.
// Bounds: every walk is limited by the sentence (or the paragraph for
// continuations) and by kMaxPhrase tokens, and each quotation joins at most one
// attribution, so linking is linear in the input and so is its output.
#include "attribution.hpp"

#include "embedded_posts.hpp"

#include <algorithm>

namespace rhetor::detail {
namespace {

constexpr std::uint32_t kMaxPhrase = 24;       // tokens in a source noun phrase
constexpr std::uint32_t kMaxModifier = 40;     // tokens in an appositive or relative clause
constexpr std::uint32_t kMaxAdjunct = 12;      // tokens between a cue and a "that" ("said in a statement that")
constexpr int kMaxQuotedParagraphs = 8;         // paragraphs a quotation left open may run on into
constexpr std::uint32_t kMaxColonName = 6;     // tokens of a name before a colon cue ("Gov. Mary Fallin:")
constexpr std::uint32_t kMaxTitle = 6;           // tokens of a quoted title inside a clause (“The View”)
constexpr std::uint32_t kMaxQuotedFragment = 4;  // tokens inside a quoted word or two the clause goes on after
constexpr std::uint32_t kMaxAdjunctPhrase = 8;   // a prepositional adjunct between commas ("Blunt, after a long pause, said")
constexpr std::uint32_t kMaxParenthetical = 12;  // tokens inside parentheses a content keeps ("(DACA)")
// Tokens in a reported clause: longer ones are cut (99.9% of annotated news
// contents are shorter). Keeps linking and its output linear on any input.
constexpr std::uint32_t kMaxClause = 120;

class Linker {
 public:
  explicit Linker(const LinkInput& in)
      : in_(in), cue_at_(in.s.tokens.size() + 1, false), sentence_has_cue_(in.sentences.size(), 0),
        inner_quote_(in.cues.size(), -1) {
    for (std::size_t c = 0; c < in.cues.size(); ++c) {
      for (std::uint32_t k = in.cues[c].begin; k < in.cues[c].end; ++k) cue_at_[k] = true;
      if (!in.quoted(in.cues[c].begin)) sentence_has_cue_[in.cues[c].sentence] = 1;  // a cue of the author's text
    }
    // The innermost quotation around each cue's first token: one sweep over the
    // tokens, quotations by opening mark (nested or disjoint), cues by first token.
    std::vector<std::uint32_t> by_begin(in.cues.size());
    for (std::uint32_t c = 0; c < by_begin.size(); ++c) by_begin[c] = c;
    std::stable_sort(by_begin.begin(), by_begin.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return in.cues[a].begin < in.cues[b].begin; });
    std::vector<std::int32_t> open;
    std::size_t next = 0, next_cue = 0;
    const auto& q = in.quotes.quotes;
    for (std::uint32_t k = 0; k < in.s.tokens.size() && next_cue < by_begin.size(); ++k) {
      while (!open.empty() && q[static_cast<std::size_t>(open.back())].close <= k) open.pop_back();
      for (; next_cue < by_begin.size() && in.cues[by_begin[next_cue]].begin == k; ++next_cue)
        if (!open.empty()) inner_quote_[by_begin[next_cue]] = open.back();
      while (next < q.size() && q[next].open == k) open.push_back(static_cast<std::int32_t>(next++));
    }
  }

  std::vector<LinkedAttribution> run() {
    std::vector<LinkedAttribution> out;
    out.reserve(in_.cues.size());
    std::uint32_t previous_post_end = 0;
    for (std::size_t c = 0; c < in_.cues.size(); ++c) {
      const Cue& cue = in_.cues[c];
      if (is_post_signature(in_, cue)) {  // "... — Paul Ryan (@SpeakerRyan) July 5, 2016"
        if (auto post = link_embedded_post(in_, cue, previous_post_end)) out.push_back(std::move(*post));
        continue;
      }
      if (!cue.rule_made && (is_naming(cue) || is_prenominal(cue) || is_topic_colon(cue) ||
                             (lone_preposition(cue) && !evidence_phrase_after(cue))))
        continue;
      // "His final assessment: “It’s not quite optimistic,” he said.": the colon is no event of its own
      if (cue.end == cue.begin + 1 && key(cue.begin) == ":" && cue.end < in_.sentences[cue.sentence].end)
        if (const QuoteRegion* q = in_.quotes.starting_at(cue.end); q && quote_has_own_cue(*q, in_.sentences[cue.sentence].end))
          continue;
      LinkedAttribution a = link(cue, out);
      if (phone_call(a) || self_report(a)) continue;
      out.push_back(std::move(a));
    }
    end_relative_contents_at_their_main_cue(out);
    follow_quotations(out);
    for (LinkedAttribution& a : out) claim_quotations(a);
    return out;
  }

  // "Democrats who oppose the bill said it would fail": a cue inside the source of the
  // next attribution of its sentence (a restrictive relative clause) reports no further
  // than that source ("the bill", not "the bill said it would fail").
  void end_relative_contents_at_their_main_cue(std::vector<LinkedAttribution>& out) const {
    for (std::size_t i = 0; i + 1 < out.size(); ++i) {
      LinkedAttribution& inner = out[i];
      const LinkedAttribution& main = out[i + 1];
      if (main.cue.sentence != inner.cue.sentence || main.source.empty() || inner.contents.size() != 1) continue;
      if (!(inner.source.e == inner.source.b + 1 && relative(inner.source.b))) continue;  // its source is "who"/"that"
      if (!(main.source.b < inner.cue.begin && inner.cue.end <= main.source.e && main.source.e == main.cue.begin)) continue;
      TokenRange& r = inner.contents[0];
      if (r.b < main.source.e && r.e > main.source.e) r.e = main.source.e;
    }
  }

 private:
  const LinkInput& in_;
  std::vector<bool> cue_at_;  // by token: a cue covers it (a bit a token: 50 MB inputs have ~10M tokens)
  std::vector<std::uint8_t> quote_used_;  // by quotation: already the content of an attribution
  std::vector<std::uint8_t> sentence_has_cue_;
  std::vector<std::int32_t> inner_quote_;  // by cue: the innermost quotation strictly around its first token, or -1

  // --- token predicates ----------------------------------------------------
  std::string_view key(std::uint32_t k) const noexcept { return in_.key(k); }
  Upos pos(std::uint32_t k) const noexcept { return in_.pos(k); }
  bool is_cue(std::uint32_t k) const noexcept { return cue_at_[k]; }
  // The dash of an embedded post's signature ends the post's clauses.
  bool post_signature_at(std::uint32_t k) const noexcept { return is_cue(k) && in_.punct(k) && key(k) != ":"; }
  bool open_quote(std::uint32_t k) const noexcept { return in_.s.tokens[k].kind == TokenKind::open_quote; }
  bool close_quote(std::uint32_t k) const noexcept { return in_.s.tokens[k].kind == TokenKind::close_quote; }
  bool nominal(std::uint32_t k) const noexcept {
    return one_of(pos(k), {Upos::NOUN, Upos::PROPN, Upos::PRON, Upos::NUM}) || capitalized_name_part(k) ||
           standalone_quantifier(k) || role_word(k) || apostrophe_name(k);
  }
  // A capitalized word after a proper noun that the tagger took for an
  // adjective or a noun: the end of a name ("Chad Sweet").
  bool capitalized_name_part(std::uint32_t k) const noexcept {
    return (k > 0 && (in_.s.info[k].flags & kFlagCap) && one_of(pos(k), {Upos::ADJ, Upos::NOUN, Upos::VERB}) &&
            (pos(k - 1) == Upos::PROPN || close_quote(k - 1))) ||  // or right after a quotation: "“...,” Bright said"
           modal_first_name(k) || name_between_quote_and_cue(k);
  }
  bool modal_first_name(std::uint32_t k) const noexcept { return in_.modal_first_name(k); }
  // "“...,” Young said", "“...,” From said": a capitalized word between a closing
  // quotation mark and a cue is the speaker's name whatever the tagger made of it.
  bool name_between_quote_and_cue(std::uint32_t k) const noexcept {
    return k > 0 && k + 1 < in_.s.tokens.size() && (in_.s.info[k].flags & kFlagCap) && close_quote(k - 1) &&
           is_cue(k + 1) && !one_of(pos(k), {Upos::PRON, Upos::DET, Upos::CCONJ, Upos::SCONJ, Upos::PUNCT, Upos::NUM});
  }
  // "O'Malley/INTJ, who ...": a capitalized word with an apostrophe inside is a name whatever its tag.
  bool apostrophe_name(std::uint32_t k) const noexcept {
    return (in_.s.info[k].flags & kFlagCap) && one_of(pos(k), {Upos::INTJ, Upos::X, Upos::ADJ, Upos::VERB}) &&
           apostrophe_inside(key(k));
  }
  // A role noun whatever its tag: "A campaign spokeswoman/ADJ disputed", "said Virginia delegate/VERB Beau Correll".
  bool role_word(std::uint32_t k) const noexcept {
    return (in_.classes(k) & kClassRole) && !in_.punct(k) && !one_of(pos(k), {Upos::AUX, Upos::PRON, Upos::DET});
  }
  // Tokens inside a noun phrase: "the former U.S. envoy's top aide".
  bool np_token(std::uint32_t k) const noexcept {
    if (one_of(pos(k), {Upos::DET, Upos::ADJ, Upos::NOUN, Upos::PROPN, Upos::NUM})) return true;
    if (role_word(k) || apostrophe_name(k) || modal_first_name(k)) return true;
    if (name_between_quote_and_cue(k)) return true;
    if (pos(k) == Upos::PRON) return !subject_pronoun(k);  // possessives and objects: "his aide"
    if (pos(k) == Upos::PART) return key(k) == "'s" || key(k) == "'";
    // a plural possessive the tagger took for punctuation: "Fox News’ Sean Hannity"
    if (key(k) == "'" && !open_quote(k) && !close_quote(k) && k > 0 && one_of(pos(k - 1), {Upos::NOUN, Upos::PROPN}) &&
        key(k - 1).ends_with("s"))
      return true;
    return joiner(k);
  }
  // "-", "&", "/" and the period of an abbreviation ("Mr . Comey", "J . Smith")
  // inside a noun phrase: only between two words of it.
  bool joiner(std::uint32_t k) const noexcept {
    const std::string_view w = key(k);
    if (!(w == "-" || w == "&" || w == "/" || w == ".")) return false;
    if (k == 0 || k + 1 >= in_.s.tokens.size()) return false;
    auto word_of_np = [&](std::uint32_t t) {
      return one_of(pos(t), {Upos::DET, Upos::ADJ, Upos::NOUN, Upos::PROPN, Upos::NUM});
    };
    if (w == ".") return (in_.classes(k - 1) & kClassHonorific || key(k - 1).size() == 1) && pos(k + 1) == Upos::PROPN;
    return word_of_np(k - 1) && word_of_np(k + 1);
  }
  bool relative(std::uint32_t k) const noexcept { return (in_.classes(k) & kClassRelative) != 0; }
  bool complementizer(std::uint32_t k) const noexcept { return (in_.classes(k) & kClassComplementizer) != 0; }
  // An appositive holds no verb of its own, except inside a relative clause
  // ("the conservative icon who founded the Institute"); a relative clause may.
  // `after_name`: an appositive after an inverted source ("said Rick Hohl, a donor
  // involved in the effort") may hold a reduced relative; before a verb it would
  // be a clause ("In interviews, the justice sounded off on Trump, saying").
  bool modifier_between(std::uint32_t b, std::uint32_t e, bool after_name = false) const noexcept {
    if (b >= e) return false;
    // a relative clause after its preposition: ", with whom Comey shared a memo,"
    if (b + 1 < e && pos(b) == Upos::ADP && relative(b + 1)) return true;
    if (!modifier_start(b)) return adverbial_between(b, e) || participial_between(b, e) || adjunct_phrase_between(b, e);
    for (std::uint32_t k = b; k < e; ++k) {
      if (relative(k)) return true;
      // a verb right after a determiner is the tagger's mistake for a noun: "a cook at the Taj";
      // a gerund inside a compound: "the platform drafting committee"
      // ("a major U.S. banking regulator")
      // (or a coordinated one: "a business information and consulting company")
      if (pos(k) == Upos::VERB && key(k).ends_with("ing") && k > b && k + 1 < e &&
          one_of(pos(k - 1), {Upos::NOUN, Upos::PROPN, Upos::ADJ, Upos::CCONJ}) && one_of(pos(k + 1), {Upos::NOUN, Upos::PROPN}))
        continue;  // ("Time's Assistant Managing/VERB Editor")
      // "a Ukrainian-American then working for the State Department": a participle after a
      // time adverb after the appositive's noun is a reduced relative
      if (pos(k) == Upos::VERB && (key(k).ends_with("ing") || key(k).ends_with("ed")) && k > b + 1 &&
          pos(k - 1) == Upos::ADV && (in_.classes(k - 1) & kClassClauseAdjunct || key(k - 1) == "then" || key(k - 1) == "now") &&
          one_of(pos(k - 2), {Upos::NOUN, Upos::PROPN}))
        continue;
      if (k == b && prenominal_verb(k)) continue;
      // a participle after a noun is a reduced relative: "the super PAC connected to the union"
      if (one_of(pos(k), {Upos::VERB, Upos::AUX}) && !(k > b && pos(k - 1) == Upos::DET) &&
          !(after_name && k > b && pos(k) == Upos::VERB && key(k).ends_with("ed") &&
            one_of(pos(k - 1), {Upos::NOUN, Upos::PROPN}) && k + 1 < e && pos(k + 1) == Upos::ADP) &&
          // ... or "-ing": "press secretary for the committee organizing the convention"
          !(after_name && k > b && pos(k) == Upos::VERB && key(k).ends_with("ing") && pos(k - 1) == Upos::NOUN))
        return false;
    }
    return true;
  }
  // The relative pronoun that opens a relative clause ending at the comma c
  // ("Crawford, who recalled taking ..., said"): the nearest ", who/which" after
  // a noun phrase, within two modifier lengths and the clause (no semicolon); 0 if none.
  // `last`: the modifier's last token (c, or the closing mark after it: "a “sociopath,” said").
  std::uint32_t relative_clause_start(std::uint32_t c, std::uint32_t sb, std::uint32_t last) const noexcept {
    for (std::uint32_t r = c; r > sb + 2 && c - r < 2 * kMaxModifier;) {
      --r;
      if (key(r) == ";" || key(r) == ":") return 0;
      // (after its preposition: "Richman, with whom Comey shared a memo, said")
      const std::uint32_t o = relative(r) && r > sb + 3 && pos(r - 1) == Upos::ADP && key(r - 2) == "," ? r - 1 : r;
      if (relative(r) && key(o - 1) == "," && (nominal(o - 2) || key(o - 2) == ")")) {
        // inside one quotation or outside all, and not ended before c by the main verb ("Khan, who is Muslim, also decried")
        int depth = 0;  // quotations inside it are whole
        for (std::uint32_t t = r + 1; t <= last; ++t) {
          if (open_quote(t)) ++depth;
          else if (close_quote(t) && depth-- == 0) return 0;
        }
        if (depth != 0 || in_.quoted(r) != in_.quoted(last + 1)) return 0;
        return relative_clause_end({r, r + 1}, sb, r + 1, c) == c ? o : 0;
      }
    }
    return 0;
  }
  // "Yost noticed the keychain and called them.": "call" with an object pronoun
  // (and an adjunct) as its whole content names nothing; it is a telephone call.
  bool phone_call(const LinkedAttribution& a) const noexcept {
    if (!(in_.classes(a.cue.begin) & kClassNamingVerb) || !key(a.cue.begin).starts_with("call") ||
        a.cue.end - a.cue.begin != 1 || a.contents.size() != 1)
      return false;
    // "Then, last week, Eric Trump called.": nothing after the cue but the sentence's end
    const TokenRange& r = a.contents[0];
    if (r.e <= a.cue.begin && trim_punct_end(a.cue.end, in_.sentences[a.cue.sentence].end) == a.cue.end) return true;
    // (or an object pronoun and an adjunct: "called him on Monday", not "called him a liar")
    if (!(pos(r.b) == Upos::PRON && !subject_pronoun(r.b) &&
          (r.e - r.b == 1 || pos(r.b + 1) == Upos::ADP || (in_.classes(r.b + 1) & kClassClauseAdjunct))))
      return false;
    // (not before a colon or a quotation: "Cruz called them on it: “...”")
    const std::uint32_t se = in_.sentences[a.cue.sentence].end;
    for (std::uint32_t k = r.e; k < se; ++k)
      if (key(k) == ":" || open_quote(k)) return false;
    return true;
  }
  // "“I think we can win,” she said", "“As I said, you know, ...”": a cue inside a
  // quotation whose source is the quoted speaker (first person), the listener
  // (second person), a bare "it", or nobody restates what the quotation
  // already attributes: the quoted speaker's own framing, not a report of the
  // text. (Nested cues with a third person or a name as source are kept.)
  bool self_report(const LinkedAttribution& a) const noexcept {
    if (!a.nested || a.cue.rule_made) return false;
    // (right after a closing mark the cue is the outer one: "“..., 'Well done,' ” said X")
    // (or after a closing mark taken for an opening one: "“It's unusual,“ said X", "...,'' said X")
    const std::uint32_t b = a.cue.begin;
    if (b > 0 && close_quote(b - 1)) return false;
    if (b > 1 && open_quote(b - 1) &&
        (key(b - 2) == "," || key(b - 2) == "." || key(b - 2) == "?" || key(b - 2) == "!"))
      return false;
    if (a.source_head.empty()) return true;
    if (a.source_head.e - a.source_head.b != 1 || pos(a.source_head.b) != Upos::PRON) return false;
    const std::uint32_t cls = in_.classes(a.source_head.b);
    if (cls & kClassFirstPerson) return true;
    // ("Democrats that said": a relative "that" stands for its antecedent)
    return (cls & kClassSubjectPronoun) &&
           !(cls & (kClassPersonPronoun | kClassGroupPronoun | kClassRelative | kClassComplementizer));
  }
  // The relative pronoun "who"/"which" of a restrictive relative clause (no
  // comma before it) that the phrase at b ends: none of a comma, quotation,
  // colon, semicolon or cue between them; 0 if none.
  std::uint32_t restrictive_relative_before(std::uint32_t b, std::uint32_t sb) const noexcept {
    for (std::uint32_t r = b; r > sb + 1 && b - r < kMaxModifier;) {
      --r;
      if (is_cue(r)) {  // a cue that is the relative clause's own verb: "economists who favor X agree"
        std::uint32_t v = r;
        while (v > sb + 1 && one_of(pos(v - 1), {Upos::AUX, Upos::ADV, Upos::PART})) --v;
        return v > sb + 1 && relative(v - 1) && pos(v - 1) == Upos::PRON && key(v - 2) != "," ? v - 1 : 0;
      }
      if (key(r) == "," || key(r) == ";" || key(r) == ":" || open_quote(r) || close_quote(r)) return 0;
      // (a clause of its own in between: "... as a number of writers suggested", "than most people imagined")
      if (pos(r) == Upos::SCONJ || (in_.classes(r) & kClassParentheticalAs) || key(r) == "than") return 0;
      if (relative(r)) return key(r - 1) != "," && pos(r) == Upos::PRON ? r : 0;
    }
    return 0;
  }
  // "this past week", "last month", "that night" ending at e: a determiner other
  // than an article or an adjective, and a time word (class-clause-adjunct); e if none.
  std::uint32_t bare_time_phrase_start(std::uint32_t e, std::uint32_t sb) const noexcept {
    if (e <= sb + 1 || !(in_.classes(e - 1) & kClassClauseAdjunct) || !one_of(pos(e - 1), {Upos::NOUN, Upos::PROPN}))
      return e;
    std::uint32_t t = e - 1;
    while (t > sb && e - t < 4 && pos(t - 1) == Upos::ADJ) --t;
    if (t > sb && pos(t - 1) == Upos::DET && !(in_.classes(t - 1) & kClassArticle)) return t - 1;
    return t < e - 1 ? t : e;  // ("last month")
  }
  // A cue that opens a participle phrase after a comma ("The bill, outlined in
  // a release, also calls for"): a modifier of the subject, not its verb.
  bool participle_after_comma(std::uint32_t k, std::uint32_t sb) const noexcept {
    return k > sb + 1 && key(k - 1) == "," && verb_participle(k);
  }
  // A verb in "-ed" or "-ing" (a participle, or a past tense the tagger cannot tell from one).
  bool verb_participle(std::uint32_t k) const noexcept {
    return pos(k) == Upos::VERB && (key(k).ends_with("ed") || key(k).ends_with("ing"));
  }
  // ", however,", ", almost unilaterally,": adverbs between a subject and its verb.
  bool adverbial_between(std::uint32_t b, std::uint32_t e) const noexcept {
    if (e - b > 3) return false;
    for (std::uint32_t k = b; k < e; ++k)
      if (pos(k) != Upos::ADV && !(k + 1 == e && k > b && pos(k) == Upos::NUM)) return false;  // ", then 38,"
    return true;
  }
  bool all_propn(std::uint32_t b, std::uint32_t e) const noexcept {
    for (std::uint32_t k = b; k < e; ++k)
      if (pos(k) != Upos::PROPN) return false;
    return true;
  }
  // A noun phrase at b headed by an occasion of speech ("a recent interview", "his weekly briefing").
  bool speech_event_phrase(std::uint32_t b, std::uint32_t e) const noexcept {
    for (std::uint32_t k = b; k < e && k - b < 4 && np_token(k); ++k)
      if ((in_.classes(k) & kClassSpeechEvent) && pos(k) == Upos::NOUN) return true;
    return false;
  }
  // ", after a long pause,", ", in a statement,", ", for example,": a short
  // prepositional adjunct between a subject and its verb (no verb, no cue inside).
  bool adjunct_phrase_between(std::uint32_t b, std::uint32_t e) const noexcept {
    while (b < e && pos(b) == Upos::ADV) ++b;  // ", particularly in the closing days,"
    // (not "Or, as Tom Ridge, a former secretary, put it": "as" opens the cue's own
    // clause; ", as well as her campaign," is an adjunct)
    if (b >= e || e - b > kMaxAdjunctPhrase || pos(b) != Upos::ADP || (in_.classes(b) & kClassSourcePreposition) ||
        ((in_.classes(b) & kClassParentheticalAs) && !(b + 1 < e && key(b + 1) == "well") && !(b > 0 && key(b - 1) == "well")))
      return false;
    for (std::uint32_t k = b; k < e; ++k) {
      // (a participle after a noun modifies it: ", in the wake of a poll showing X,")
      // (or a participle as an adjective: "in a look at the waning days of the campaign")
      if (k > b && verb_participle(k) && one_of(pos(k - 1), {Upos::NOUN, Upos::DET}) && k + 1 < e && pos(k + 1) == Upos::NOUN)
        continue;
      if (k > b && verb_participle(k) && pos(k - 1) == Upos::NOUN)
        continue;
      if (is_cue(k) || one_of(pos(k), {Upos::VERB, Upos::AUX}) || relative(k) || in_.punct(k)) return false;
    }
    return true;
  }
  // ", facing a stiff reelection challenge,", ", speaking on condition of
  // anonymity,", ", asked about the deaths,": a participle phrase between a
  // subject and its verb. It must not hold a cue (that one would be the verb),
  // except the participle itself: "The bill, outlined in a release, also calls for".
  bool participial_between(std::uint32_t b, std::uint32_t e) const noexcept {
    if (!verb_participle(b)) return false;
    for (std::uint32_t k = b; k < e; ++k)
      if ((is_cue(k) && k != b) || pos(k) == Upos::AUX || relative(k) || complementizer(k)) return false;
    return true;
  }
  // An adjective after a noun that takes a complement: "people familiar (with)", "a source close (to)".
  bool postmodifier(std::uint32_t k) const noexcept {
    return k > 0 && pos(k) == Upos::ADJ && one_of(pos(k - 1), {Upos::NOUN, Upos::PROPN});
  }
  // A preposition inside a source noun phrase ("Joel Pollak of Breitbart", "a
  // professor at Yale"), not one that opens a time adjunct ("on Saturday", "in 2016").
  bool linking_preposition(std::uint32_t k) const noexcept {
    if (!(in_.classes(k) & kClassNpPreposition)) return false;
    if (k + 1 >= in_.s.tokens.size()) return true;
    // ("the former secretary of State": "of" links even an institution; "in Congress" does not)
    if (key(k) == "of") return !(in_.classes(k + 1) & kClassClauseAdjunct) && pos(k + 1) != Upos::NUM;
    return !(in_.classes(k + 1) & (kClassClauseAdjunct | kClassNotName)) && pos(k + 1) != Upos::NUM;
  }
  bool subject_pronoun(std::uint32_t k) const noexcept { return (in_.classes(k) & kClassSubjectPronoun) != 0; }
  bool quantifier(std::uint32_t k) const noexcept {
    return (in_.classes(k) & kClassQuantifier) && !one_of(pos(k), {Upos::NOUN, Upos::PROPN});
  }
  // "Many spoke", "both oppose": a quantifier standing alone before the verb (not "a few hints")
  bool standalone_quantifier(std::uint32_t k) const noexcept {
    return quantifier(k) && k + 1 < in_.s.tokens.size() && one_of(pos(k + 1), {Upos::VERB, Upos::AUX, Upos::ADV, Upos::PART});
  }
  // Auxiliaries, adverbs and negation between a subject and its verb: "he has also repeatedly said".
  bool verb_group(std::uint32_t k) const noexcept {
    if (name_between_quote_and_cue(k)) return false;  // "“...,” Young/AUX said"
    // "have both argued" (the tagger may take "have" for a verb there)
    if (k > 0 && quantifier(k) && (pos(k - 1) == Upos::AUX || (pos(k - 1) == Upos::VERB && k + 1 < in_.s.tokens.size() &&
                                                               pos(k + 1) == Upos::VERB)))
      return true;
    // (not a quantifier the tagger took for an adverb: "Nearly half said")
    if (one_of(pos(k), {Upos::AUX, Upos::ADV}))
      return !(in_.classes(k) & kClassVagueSource) &&
             !(pos(k) == Upos::ADV && (in_.classes(k) & kClassQuantifier) &&  // (floating: "Richards and Menendez both")
               !(k > 0 && one_of(pos(k - 1), {Upos::NOUN, Upos::PROPN, Upos::PRON})));
    return pos(k) == Upos::PART && !key(k).starts_with("'");  // not, n't, to; not the possessive 's
  }
  std::uint32_t trim_punct_end(std::uint32_t b, std::uint32_t e) const noexcept {
    while (e > b && in_.punct(e - 1) && !close_quote(e - 1) && !closes_paren_inside(b, e - 1)) --e;
    return e;
  }
  // ")" at k closes a "(" opened in [b, k) ("... Childhood Arrivals (DACA)"): it stays.
  // (a few words back at most: the search stays linear)
  bool closes_paren_inside(std::uint32_t b, std::uint32_t k) const noexcept {
    if (key(k) != ")") return false;
    for (std::uint32_t o = k; o > b && k - o < kMaxParenthetical; --o)
      if (key(o - 1) == "(") return true;
      else if (key(o - 1) == ")") return false;
    return false;
  }

  // --- noun phrases ----------------------------------------------------------
  // Core noun phrase ending at e (exclusive), no further left than lo.
  std::uint32_t np_core_left(std::uint32_t e, std::uint32_t lo) const noexcept {
    if (e <= lo) return e;
    if (pos(e - 1) == Upos::PRON && subject_pronoun(e - 1)) return e - 1;  // "he", "who"
    if (standalone_quantifier(e - 1)) {
      if (e - 1 > lo && pos(e - 2) == Upos::PRON && subject_pronoun(e - 2)) return e - 2;  // "they all"
      if (e - 1 > lo && pos(e - 2) == Upos::ADV && (e - 2 == lo || !np_token(e - 3))) return e - 2;  // "Nearly half"
      if (e - 1 == lo || !np_token(e - 2)) return e - 1;                                   // "Many", "both"
    }
    std::uint32_t b = e;
    while (b > lo && e - b < kMaxPhrase) {
      const std::uint32_t t = b - 1;
      // "the 21 pages Trump wants": a name (alone up to the verb) after a plural
      // common noun starts a clause of its own ("nuclear experts David Albright and ..." does not)
      const bool clause_start = b < e && all_propn(b, e) && pos(t) == Upos::NOUN &&
                                !(in_.s.info[t].flags & kFlagCap) && key(t).size() > 3 && key(t).ends_with("s") &&
                                key(t).find('-') == std::string_view::npos && !(in_.s.info[b].flags & kFlagQuoted) &&
                                !(in_.classes(b) & (kClassClauseAdjunct | kClassNotName));
      // "a move the White House said was ...": a determiner after a noun starts a clause's subject
      const bool det_after_noun = b < e && pos(b) == Upos::DET && (in_.classes(b) & kClassArticle) && pos(t) == Upos::NOUN;
      // "of registered/VERB voters": a participle before the noun, after a determiner or preposition
      // (or opening the sentence, capitalized: "Seasoned/VERB reporters say")
      const bool prenominal_participle =
          b < e && pos(t) == Upos::VERB && key(t).ends_with("ed") && !is_cue(t) && pos(b) == Upos::NOUN &&
          ((t > lo && one_of(pos(t - 1), {Upos::ADP, Upos::DET, Upos::NUM, Upos::ADJ})) ||
           (t == lo && (in_.s.info[t].flags & kFlagCap)));
      // "Mike de la Rocha": a lower-case name particle between two parts of a name
      const bool name_particle = b < e && t > lo && (in_.classes(t) & kClassNameParticle) &&
                                 !(in_.s.info[t].flags & kFlagCap) &&
                                 (pos(b) == Upos::PROPN || (in_.classes(b) & kClassNameParticle)) &&
                                 (pos(t - 1) == Upos::PROPN || (in_.classes(t - 1) & kClassNameParticle));
      if ((np_token(t) || prenominal_participle || name_particle) && !(pos(t) == Upos::PRON && subject_pronoun(t)) &&
          !clause_start && !det_after_noun) {
        --b;
      } else if (b == e && t > lo && name_suffix_period(t)) {
        --b;  // the period of a name's suffix: "Joseph R. Biden Jr. said"
      } else if (key(t) == ")" ) {  // a parenthetical inside or after the name: "Ann Ruiz (D-Ohio)"
        std::uint32_t o = t;
        while (o > lo && t - o < 12 && key(o) != "(") --o;
        if (key(o) != "(" || o == lo) break;
        b = o;
      } else if (b < e && t > lo && np_token(b) &&
                 (((linking_preposition(t) || pos(t) == Upos::CCONJ) && nominal(t - 1)) ||
                  (pos(t) == Upos::ADP && postmodifier(t - 1)))) {
        --b;  // "the secretary general of the military organization Jens Stoltenberg", "Smith and Jones"
        if (postmodifier(t - 1)) --b;  // "people familiar with the matter", "a source close to the probe"
      } else {
        break;
      }
    }
    while (b < e && (pos(b) == Upos::ADP || pos(b) == Upos::CCONJ || pos(b) == Upos::SCONJ || key(b) == "'s" ||
                     in_.punct(b)) && !name_between_quote_and_cue(b))
      ++b;
    // "One in three said": a proportion
    if (b < e && b >= lo + 2 && pos(b) == Upos::NUM && key(b - 1) == "in" && pos(b - 2) == Upos::NUM) b -= 2;
    // "Most of Delaware's top brass", "several of them", "two of the senators": a quantity of a group
    if (b < e && b >= lo + 2 && key(b - 1) == "of" && (quantifier(b - 2) || pos(b - 2) == Upos::NUM ||
                                                      (in_.classes(b - 2) & kClassQuantifier))) {
      b -= 2;
      // "52 percent of registered voters", "a majority of them": the number or article before the quantity
      if (b > lo && (in_.classes(b) & kClassQuantifier) && (pos(b - 1) == Upos::NUM || (in_.classes(b - 1) & kClassArticle))) --b;
    }
    return b;
  }

  // The subject of a verb at k: [b, e) with its head [hb, he). Walks over a
  // trailing appositive or relative clause between commas ("X, a former
  // governor, said"; "X, who ran in 2016, said").
  // `across_relative`: the modifier may be a relative clause holding cues,
  // quotations and commas of its own (for a finite cue's subject only).
  bool subject_before(std::uint32_t k, std::uint32_t sb, TokenRange& full, TokenRange& head,
                      bool across_relative = false) const {
    std::uint32_t e = k;
    while (e > sb && verb_group(e - 1)) --e;
    // "I'm here today to announce": a time word between a verb group and the cue is no subject
    while (e > sb + 1 && (in_.classes(e - 1) & kClassClauseAdjunct) && pos(e - 1) != Upos::PROPN &&
           verb_group(e - 2) && !verb_group(e - 1)) {
      e -= 1;
      while (e > sb && verb_group(e - 1)) --e;
    }
    if (e == sb) return false;
    // "Republican figures — whose party was once respected — both suggested": a floating
    // quantifier after the subject's modifier; the subject is before it
    // (after a dash only: ", some are saying", "On Social Security, both oppose" have it as their subject)
    if (e > sb + 2 && (in_.classes(e - 1) & kClassQuantifier) && (key(e - 2) == "-" || key(e - 2) == "--"))
      --e;
    // "Reince Priebus, the GOP chairman, this past week announced": a time phrase
    // without a preposition between the subject and its verb
    if (const std::uint32_t t = bare_time_phrase_start(e, sb);
        t < e && t > sb + 1 && (key(t - 1) == "," || key(t - 1) == ")" || nominal(t - 1)))
      e = t;
    std::uint32_t core_end = e;
    // Modifiers between commas, nearest the verb first: "Sen. Lindsey Graham,
    // R-S.C., a long-shot presidential candidate, said" (at most three). An
    // adverbial or participial one (", however,", ", facing a challenge,") is
    // not part of the source; an appositive or relative clause is.
    std::uint32_t full_end = e;
    // "Humphrey, who calls Trump a “sociopath,” said": the comma inside a closing quotation mark
    const bool quoted_comma =
        across_relative && e - 1 > sb + 1 && close_quote(e - 1) && key(e - 2) == "," && relative_clause_start(e - 2, sb, e - 1) != 0;
    // "Deborah Reynolds - Santilli's girlfriend and co-host - told": an appositive between dashes
    auto dash = [&](std::uint32_t t) { return key(t) == "-" || key(t) == "--"; };
    // ("-- whose husband signed the act --": a dash typed as two hyphens; a relative clause inside may hold a cue)
    if (e - 1 > sb + 2 && dash(e - 1)) {
      std::uint32_t close = e - 1;
      while (close > sb + 1 && dash(close - 1)) --close;
      std::uint32_t o = close;
      bool cue_inside = false;
      while (o > sb && close - o < kMaxModifier && !dash(o - 1) && !open_quote(o - 1) && !close_quote(o - 1) &&
             key(o - 1) != ";" && key(o - 1) != ":") {
        cue_inside |= is_cue(o - 1);
        --o;
      }
      std::uint32_t open = o;
      while (open > sb + 1 && dash(open - 1)) --open;
      if (open < o && open > sb && o < close && (!cue_inside || relative(o)) && modifier_between(o, close) &&
          nominal(open - 1))
        core_end = open;
    }
    std::uint32_t core_lo = sb;               // how far left the core noun phrase may reach
    TokenRange last_nominal_modifier;         // the outermost modifier that is no adverbial
    bool promoted = false;                    // ... became the core (after an opening adjunct)
    if (core_end == e && ((key(e - 1) == "," && e - 1 > sb) || quoted_comma)) {
      std::uint32_t c = quoted_comma ? e - 2 : e - 1;  // the comma that closes the modifier
      for (int step = 0; step < 3; ++step) {
        std::uint32_t o = c;
        while (o > sb && c - o < kMaxModifier && key(o - 1) != "," && !open_quote(o - 1) && !close_quote(o - 1) &&
               key(o - 1) != ";" && key(o - 1) != ":" && !(is_cue(o - 1) && !participle_after_comma(o - 1, sb)))
          --o;
        // "O'Donnell, who said in an interview that he ..., recalled": a relative
        // clause may hold cues, quotations and commas of its own
        if (across_relative && (!(o > sb + 1 && key(o - 1) == ",") || !modifier_between(o, c)))
          if (const std::uint32_t r = relative_clause_start(c, sb, quoted_comma && c == e - 2 ? e - 1 : c); r != 0) o = r;
        // "Saul Anuzis, a top adviser to the campaign who has long dismissed attempts to
        // unhorse Trump, floated": an appositive whose relative clause holds a cue
        if (across_relative && o > sb && is_cue(o - 1) && !(o > sb + 1 && key(o - 1) == ",")) {
          std::uint32_t a = o - 1;
          bool relative_seen = false;
          while (a > sb && c - a < kMaxModifier && key(a - 1) != "," && !open_quote(a - 1) && !close_quote(a - 1) &&
                 key(a - 1) != ";" && key(a - 1) != ":") {
            --a;
            relative_seen |= relative(a);
          }
          if (relative_seen && a > sb + 1 && key(a - 1) == "," && modifier_start(a)) o = a;
        }
        if (!(o > sb + 1 && key(o - 1) == "," && o < c && modifier_between(o, c))) {
          if (step == 0) return false;  // "..., he said": no modifier right before the cue
          break;
        }
        const bool adverbial = adverbial_between(o, c) || participial_between(o, c) || adjunct_phrase_between(o, c);
        if (full_end == c + 1 && adverbial) full_end = o;
        if (!adverbial) last_nominal_modifier = {o, c};
        core_end = o - 1;
        c = o - 1;
      }
      // "In addition to the probe, the inspector general, Steve Linick, indicated", "With
      // links since the 1990s, Clinton, who ..., told": the stretch before the modifiers
      // opens with a preposition, an opening adjunct: the outermost nominal modifier is the subject
      std::uint32_t seg = core_end;
      while (seg > sb && key(seg - 1) != ",") --seg;
      // (the sentence's own opening, not a quotation's: "“... If he doesn't ...!” the nominee, X, tweeted";
      // not "Ms. Epstein, along with ..., wrote"; a named or determined phrase: not "about two-thirds, 67 percent")
      const std::uint32_t m = last_nominal_modifier.b;
      // (not "As Akhil Amar, a professor, put it": "as" opens the cue's own clause)
      if (!last_nominal_modifier.empty() && seg < core_end && seg == sb && !in_.quoted(seg) &&
          one_of(pos(seg), {Upos::ADP, Upos::SCONJ}) && !(in_.classes(seg) & kClassParentheticalAs) &&
          (one_of(pos(m), {Upos::DET, Upos::PROPN}) || (in_.classes(m) & (kClassHonorific | kClassRole)))) {
        core_end = last_nominal_modifier.e;
        core_lo = last_nominal_modifier.b;
        promoted = true;
      }
    }
    // "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed": a time adjunct between the subject and its verb
    if (core_end == e) {
      std::uint32_t t = core_end;
      bool time_word = false;  // (not "One in three said": numbers alone are no time)
      while (t > sb && core_end - t < 3 && ((in_.classes(t - 1) & kClassClauseAdjunct) || pos(t - 1) == Upos::NUM))
        time_word |= (in_.classes(--t) & kClassClauseAdjunct) != 0;
      // (a time preposition: "a poll out Monday" is the poll's modifier)
      if (time_word && t > sb + 1 && pos(t - 1) == Upos::ADP && (in_.classes(t - 1) & kClassTimePreposition) &&
          (nominal(t - 2) || key(t - 2) == ")"))
        core_end = full_end = t - 1;
    }
    std::uint32_t b = promoted ? core_lo : np_core_left(core_end, core_lo);
    // "A survey in March found", "Democrats in Congress said": the phrase found is the
    // object of a time or place adjunct that does not link ("in March"); the subject is before it
    if (!promoted && b < core_end && b > core_lo + 1 && pos(b - 1) == Upos::ADP &&
        (in_.classes(b - 1) & kClassTimePreposition) && !linking_preposition(b - 1) &&
        one_of(pos(b - 2), {Upos::NOUN, Upos::PROPN}) && !is_cue(b - 2)) {
      const std::uint32_t nb = np_core_left(b - 1, core_lo);
      if (nb < b - 1) b = nb;
    }
    if (!promoted && (b == core_end || !nominal(core_end - 1))) {
      if (!(core_end > b && (key(core_end - 1) == ")" || name_suffix_period(core_end - 1)))) return false;
    }
    b = over_reduced_modifiers(b, core_end, sb);
    // "Mr Osei in a recent interview with Radio Gold (hosted by ...) said": the
    // phrase on an occasion of speech is the cue's adjunct, the source ends before it
    for (std::uint32_t k = b + 1; k + 1 < core_end; ++k)
      if (pos(k) == Upos::ADP && speech_event_phrase(k + 1, core_end)) {
        core_end = full_end = k;
        break;
      }
    // "economists who favor consumption taxes agree", "Many of the local GOP leaders
    // who'd rather be working for Cruz said": the noun phrase found ends a
    // restrictive relative clause; its antecedent is the subject (the head)
    // (the phrase found is the object of the relative clause's verb or preposition)
    if (across_relative && core_end == e && b > sb && one_of(pos(b - 1), {Upos::VERB, Upos::ADP}) &&
        !(pos(b) == Upos::PRON && subject_pronoun(b)))
      if (const std::uint32_t r = restrictive_relative_before(b, sb); r != 0) {
        const std::uint32_t ab = np_core_left(r, sb);
        if (ab < r && nominal(r - 1)) {
          head = {ab, r};
          full = {ab, core_end};
          return true;
        }
      }
    const bool has_modifier = full_end > core_end + 1;
    core_end = without_time_tail(b, core_end);
    head = {b, core_end};
    full = {b, has_modifier ? full_end - 1 : core_end};  // the closing comma of the modifier is not the source's
    while (full.e > full.b + 1 && dash(full.e - 1)) --full.e;  // nor the closing dash
    if (quoted_comma && has_modifier && full_end == e) full.e = e;  // (its quotation's closing mark is)
    return true;
  }

  // The subject of the nearest verb left of k in its clause (not across a
  // quotation, a semicolon or another cue).
  bool governing_subject(std::uint32_t k, std::uint32_t sb, TokenRange& full, TokenRange& head) const {
    for (std::uint32_t v = k; v > sb && k - v < kMaxModifier;) {
      --v;
      // a short quoted title inside the clause: "in an interview with “The View,” remarking ..."
      if (close_quote(v)) {
        const QuoteRegion* q = in_.quotes.ending_at(v);
        if (q && q->open > sb && v - q->open <= kMaxTitle && !in_.punct(q->open - 1)) {
          v = q->open;
          continue;
        }
      }
      if (open_quote(v) || close_quote(v) || key(v) == ";" || key(v) == ":" || is_cue(v)) return false;
      if (one_of(pos(v), {Upos::VERB, Upos::AUX}) && !(key(v).size() > 4 && key(v).ends_with("ing")) &&
          !(v > sb && key(v - 1) == "to")) {  // not an infinitive: "he went to work seeking ..." 
        std::uint32_t b = v;
        while (b > sb && one_of(pos(b - 1), {Upos::AUX, Upos::ADV, Upos::PART})) --b;
        return subject_before(b, sb, full, head);
      }
    }
    return false;
  }

  // A short quotation the clause goes on after ("suggesting “Trumpization” had
  // started to seep in", "testified “thousands” of emails were kept"): a word of
  // the reported clause, not the whole of what was said.
  // (not “Cruz,” Beck joked: punctuation inside the marks ends what was said)
  bool quoted_fragment(const QuoteRegion& q, std::uint32_t se) const noexcept {
    if (!q.closed || q.close - q.open > kMaxQuotedFragment || q.close + 1 >= se) return false;
    const std::uint32_t next = q.close + 1;
    return !in_.punct(q.close - 1) && !in_.punct(next) && !is_cue(next) && !(in_.s.info[next].flags & kFlagCap) &&
           !relative(next) && pos(next) != Upos::CCONJ;
  }
  // What follows k (after a complementizer or commas) is a clause: a finite verb
  // within the next few tokens, before any punctuation.
  bool clause_follows(std::uint32_t k, std::uint32_t se) const noexcept {
    while (k < se && (key(k) == "," || key(k) == ":" || complementizer(k))) ++k;
    // it opens with its subject ("he had not ..."), not "and are steering", "wind up", "before adding"
    if (k >= se || !(np_token(k) || subject_pronoun(k))) return false;
    // (not a relative clause's verb: "..., said Ann Lee, an ally who served with him")
    for (std::uint32_t v = k; v < se && v - k < kMaxPhrase && !in_.punct(v) && !relative(v); ++v)
      if (one_of(pos(v), {Upos::VERB, Upos::AUX}) && !key(v).ends_with("ing") && !(v > k && key(v - 1) == "to") && v > k)
        return true;
    return false;
  }
  // The cue opens its sentence, after at most a preposition, a subordinator or adverbs ("Since announcing").
  // ("Whilst discussing X, asked if ...": after the comma of an opening adjunct too)
  bool opening_participle(const Cue& c, std::uint32_t sb) const noexcept {
    std::uint32_t from = sb;
    for (std::uint32_t k = c.begin; k > sb + 1 && c.begin - k < kMaxPhrase; --k)
      if (key(k - 1) == ",") {
        if (one_of(pos(sb), {Upos::ADP, Upos::SCONJ}) && !in_.quoted(k - 1)) from = k;
        break;
      }
    for (std::uint32_t k = from; k < c.begin; ++k)
      if (!in_.punct(k) && !one_of(pos(k), {Upos::ADP, Upos::SCONJ, Upos::ADV, Upos::CCONJ})) return false;
    return true;
  }
  // The subject of the first finite verb after the first comma at or after k.
  bool subject_after_comma(std::uint32_t k, std::uint32_t se, TokenRange& full, TokenRange& head) const {
    std::uint32_t comma = k;
    while (comma < se && comma - k < kMaxClause && !(key(comma) == "," && !in_.quoted(comma))) ++comma;
    if (comma >= se || key(comma) != ",") return false;
    for (std::uint32_t v = comma + 1; v < se && v - comma < kMaxClause; ++v) {
      if (open_quote(v)) return false;
      if (!one_of(pos(v), {Upos::VERB, Upos::AUX}) || key(v).ends_with("ing") || key(v - 1) == "to") continue;
      std::uint32_t b = v;
      while (b > comma + 1 && one_of(pos(b - 1), {Upos::AUX, Upos::ADV, Upos::PART})) --b;
      return subject_before(b, comma + 1, full, head);
    }
    return false;
  }

  // The comma that closes a subordinate clause opening the sentence ("As ...,",
  // "Even though ...,") when k is inside it; else se.
  std::uint32_t opening_clause_end(std::uint32_t sb, std::uint32_t k, std::uint32_t se) const noexcept {
    std::uint32_t w = sb;
    // (after a conjunction too: "And after the court refused to ..., the governor blamed")
    while (w < k && (in_.punct(w) || pos(w) == Upos::ADV || (w == sb && pos(w) == Upos::CCONJ))) ++w;
    // (not a parenthetical "As they say about him, ...": what follows its comma is
    // the content; "Even as they vowed ..." is no parenthetical)
    // "Asked if he was ever bullied, the candidate said no": an opening participle cue reports up
    // to the comma after which a clause of its own begins
    if (w == k && verb_participle(k) && is_cue(k)) {
      for (std::uint32_t e = k + 1; e + 1 < se && e - k < kMaxClause; ++e)
        if (key(e) == "," && !in_.quoted(e) && subject_then_verb(e + 1, se)) return e;
      return se;
    }
    // (a preposition the tagger gave "after"/"before" opens a clause when a subject and verb follow it)
    if (w >= k || !(pos(w) == Upos::SCONJ || (pos(w) == Upos::ADP && subject_then_verb(w + 1, se))) ||
        complementizer(w))
      return se;
    std::uint32_t comma = se;
    for (std::uint32_t e = w; e < se && e - w < kMaxClause; ++e)
      if (key(e) == "," && !in_.quoted(e)) {
        comma = e;
        break;
      }
    if (comma <= k) return se;  // k must be inside the opening clause
    // "As X put it, ...", "As the report notes, ...": a parenthetical "as" whose cue ends its
    // clause reports what follows; "As Trump was pledging to put America first during his
    // address, his adviser was texting ..." is a time clause with the cue's own complement
    // (or a quotation follows: "As they say about the doctor, “gifted hands”")
    const bool cue_ends_clause = comma <= k + 3 || (comma + 1 < se && open_quote(comma + 1));
    if ((in_.classes(w) & kClassParentheticalAs) && (w == sb || in_.punct(w - 1)) && cue_ends_clause) return se;
    return comma;
  }

  // ", saying ..." after a clause: the participle shares the subject of the
  // sentence's main clause, not of a clause inside it ("Putin came close to an
  // admission that soldiers had fought there, saying ..." -> Putin). The first
  // finite verb before k whose subject is no relative pronoun governs.
  bool main_clause_subject(std::uint32_t k, std::uint32_t sb, TokenRange& full, TokenRange& head) const {
    // an opening subordinate clause or adjunct ends at its comma: "As the votes came in, he gave ..."
    std::uint32_t from = sb;
    while (from < k && in_.punct(from)) ++from;
    if (from < k && one_of(pos(from), {Upos::SCONJ, Upos::ADP, Upos::ADV})) {
      std::uint32_t comma = from;
      while (comma < k && comma - from < kMaxClause && key(comma) != ",") ++comma;
      if (comma < k && key(comma) == ",") from = comma + 1;
    }
    for (std::uint32_t v = from; v < k && v - from < kMaxClause; ++v) {  // (bounded: linear in long sentences)
      if (open_quote(v) || key(v) == ";" || key(v) == ":" || is_cue(v)) return false;
      if (!one_of(pos(v), {Upos::VERB, Upos::AUX}) || key(v).ends_with("ing") || (v > sb && key(v - 1) == "to"))
        continue;
      std::uint32_t b = v;
      while (b > sb && one_of(pos(b - 1), {Upos::AUX, Upos::ADV, Upos::PART})) --b;
      TokenRange f, h;
      if (!subject_before(b, sb, f, h)) return false;
      if (relative(h.b)) continue;  // "Pence, who is running again, praised ...": the next verb
      if (h.e == h.b + 1 && key(h.b) == "there") continue;  // an expletive: "There have been references, such as when
      full = f;
      head = h;
      return true;
    }
    return false;
  }

  // The noun phrase found before a cue may sit inside a reduced modifier of the
  // real subject: "one of the 25 delegates selected Sunday", "A Monmouth poll out
  // Monday", "Democrats trying to regain the Senate in November". Walks back over
  // a time adjunct and a participle to the noun they modify (a few steps at most).
  std::uint32_t over_reduced_modifiers(std::uint32_t b, std::uint32_t e, std::uint32_t sb) const {
    for (int step = 0; step < 3 && b > sb; ++step) {
      std::uint32_t v = b;
      bool time_only = true;
      for (std::uint32_t k = b; k < e && time_only; ++k)
        time_only = (in_.classes(k) & kClassClauseAdjunct) || pos(k) == Upos::NUM;
      if (time_only && v > sb && one_of(pos(v - 1), {Upos::ADP, Upos::ADV}) && !is_cue(v - 1)) --v;  // "in November"
      if (v > sb && verb_participle(v - 1) && !is_cue(v - 1)) {
        --v;  // "selected Sunday", "posted on the website"
      } else if (v > sb + 2 && pos(v - 1) == Upos::VERB && pos(v - 2) == Upos::PART && verb_participle(v - 3) && !is_cue(v - 3)) {
        v -= 3;  // "trying to regain the Senate"
      } else {
        // "People briefed on the move", "an analysis going back to 1972": a
        // participle and its preposition (and particle) before the noun phrase
        std::uint32_t p = v;
        while (p > sb && v - p < 2 && one_of(pos(p - 1), {Upos::ADP, Upos::ADV}) && !is_cue(p - 1)) --p;
        if (p < v && pos(v - 1) == Upos::ADP && p > sb && verb_participle(p - 1) && !is_cue(p - 1)) v = p - 1;
      }
      if (v == b || v <= sb || !one_of(pos(v - 1), {Upos::NOUN, Upos::PROPN})) break;
      const std::uint32_t nb = np_core_left(v, sb);
      if (nb >= v) break;
      e = v;
      b = nb;
    }
    return b;
  }

  // "Trump on Tuesday dismissed ...", "Sanders Monday said": a time adjunct
  // between the subject and its verb is not part of the source.
  std::uint32_t without_time_tail(std::uint32_t b, std::uint32_t e) const noexcept {
    std::uint32_t t = e;
    while (t > b && ((in_.classes(t - 1) & kClassClauseAdjunct) || pos(t - 1) == Upos::NUM)) --t;
    if (t == e) return e;
    if (t > b && pos(t - 1) == Upos::ADP) {
      if (!(in_.classes(t - 1) & kClassNpPreposition)) return e;  // "a poll out Monday" names the poll
      if (t - 1 > b && pos(t - 2) == Upos::NUM && pos(t) == Upos::NUM) return e;  // "One in three": a proportion
      --t;
    }
    return t > b && nominal(t - 1) ? t : e;
  }

  // "Scott has freed up funds and on Monday announced ...": a cue after a
  // coordinating conjunction (past a time adjunct) shares the subject of the
  // verb before the conjunction. The conjunction's position, or k if none.
  std::uint32_t coordinated_verb_start(std::uint32_t k, std::uint32_t sb) const noexcept {
    std::uint32_t v = k;
    while (v > sb && verb_group(v - 1)) --v;
    for (int step = 0; step < 4 && v > sb && ((in_.classes(v - 1) & kClassClauseAdjunct) || pos(v - 1) == Upos::NUM ||
                                               (pos(v - 1) == Upos::ADP && v < k));
         ++step)
      --v;
    return v > sb && pos(v - 1) == Upos::CCONJ && !quantifier(v - 1) ? v - 1 : k;  // not "both oppose"
  }

  // No comma in [b, e) (the rest of a sentence: a bounded look, the clause limit).
  bool no_comma_between(std::uint32_t b, std::uint32_t e) const noexcept {
    for (std::uint32_t k = b; k < e && k - b < kMaxClause; ++k)
      if (key(k) == ",") return false;
    return true;
  }

  // The relative pronoun whose clause a coordinated verb at the conjunction k goes
  // on ("immigrants who jumped through the hoops, learned English and pledged"):
  // "who" right before a verb, with no cue, clause mark or subject pronoun
  // between it and k (a few clause lengths back at most). 0 if none.
  std::uint32_t relative_chain_start(std::uint32_t k, std::uint32_t sb) const noexcept {
    for (std::uint32_t r = k; r > sb + 1 && k - r < kMaxModifier;) {
      --r;
      if (is_cue(r) || open_quote(r) || close_quote(r) || key(r) == ";" || key(r) == ":") return 0;
      if (pos(r) == Upos::PRON && subject_pronoun(r) && !relative(r)) return 0;
      if (relative(r) && pos(r) == Upos::PRON && r + 1 < k && pos(r + 1) == Upos::VERB && nominal(r - 1)) return r;
    }
    return 0;
  }

  // An appositive ("a former governor", "Ms. Lena Hart") or a relative clause ("who ...").
  bool modifier_start(std::uint32_t k) const noexcept {
    if (relative(k)) return true;
    if (prenominal_verb(k)) return true;  // ", refugee/VERB rights program director at ...,"
    if (pos(k) == Upos::PRON && !subject_pronoun(k)) return true;  // ", his South Carolina colleague," 
    return one_of(pos(k), {Upos::DET, Upos::ADJ, Upos::NOUN, Upos::PROPN, Upos::NUM}) ||
           (in_.classes(k) & kClassHonorific);
  }

  // "Jr.", "Inc." ending a name: the period after a suffix (class-name-suffix) that follows a proper noun.
  bool name_suffix_period(std::uint32_t k) const noexcept {
    // (the word before may be a capitalized noun the tagger did not take for a name: "Brandt Tools/NOUN Inc.")
    return k > 1 && key(k) == "." && pos(k - 1) == Upos::PROPN && (in_.classes(k - 1) & kClassNameSuffix) &&
           (pos(k - 2) == Upos::PROPN || (pos(k - 2) == Upos::NOUN && (in_.s.info[k - 2].flags & kFlagCap)));
  }
  // A base-form "verb" before a noun opening a phrase is the tagger's mistake for
  // a noun modifier ("refugee/VERB rights program director").
  bool prenominal_verb(std::uint32_t k) const noexcept {
    if (pos(k) != Upos::VERB || is_cue(k) || k + 1 >= in_.s.tokens.size() || pos(k + 1) != Upos::NOUN) return false;
    const std::string_view w = key(k);
    return !w.ends_with("ing") && !w.ends_with("ed") && !w.ends_with("s");
  }
  // Noun phrase starting at b (inverted and prepositional sources), with its
  // post-modifiers up to the end of the clause.
  // `content_follows`: the clause after the source is the content ("According to
  // X, CLAUSE"), so an appositive must be closed by a comma ("According to Osei,
  // a spokesman, ..."); an unclosed one is that clause ("Osei, farmers who ...").
  bool np_right(std::uint32_t b, std::uint32_t se, TokenRange& full, TokenRange& head, bool need_clause_end,
                bool content_follows = false) const {
    while (b < se && key(b) == ",") ++b;
    // "said retired neurosurgeon Ben Carson": a participle before a noun (the tagger's verb) opens the phrase
    // (or a capitalized "-ing" title word: "said Acting/VERB Assistant Attorney General Blanco")
    const bool prenominal_participle =
        b + 1 < se && pos(b) == Upos::VERB && !is_cue(b) &&
        ((key(b).ends_with("ed") && one_of(pos(b + 1), {Upos::NOUN, Upos::PROPN})) ||
         (key(b).ends_with("ing") && (in_.s.info[b].flags & kFlagCap) && pos(b + 1) == Upos::PROPN));
    if (b >= se || !(np_token(b) || prenominal_participle || (pos(b) == Upos::PRON && subject_pronoun(b)) ||
                     (in_.classes(b) & kClassHonorific)))
      return false;
    std::uint32_t e = b + 1;
    // "said Clinton ally James Carville": a base-form "verb" between a name or
    // adjective and a name is the tagger's mistake for a noun (a role)
    auto role_verb = [&](std::uint32_t k) {
      const std::string_view w = key(k);
      return pos(k) == Upos::VERB && !is_cue(k) && k + 1 < se && pos(k + 1) == Upos::PROPN &&
             one_of(pos(k - 1), {Upos::PROPN, Upos::ADJ, Upos::NOUN}) && !(in_.s.info[k].flags & kFlagCap) &&
             !w.ends_with("s") && !w.ends_with("ed") && !w.ends_with("ing");
    };
    if (!(pos(b) == Upos::PRON && subject_pronoun(b))) {
      while (e < se && e - b < kMaxPhrase) {
        // "was told by police his server had ...": a determiner after a noun opens the next phrase
        if (one_of(pos(e), {Upos::DET, Upos::PRON}) && one_of(pos(e - 1), {Upos::NOUN, Upos::PROPN})) break;
        if ((np_token(e) && !(pos(e) == Upos::PRON && subject_pronoun(e))) || role_verb(e)) {
          ++e;
        } else if (key(e) == "(") {
          std::uint32_t c = e;
          while (c < se && c - e < 12 && key(c) != ")") ++c;
          if (c >= se || key(c) != ")") break;
          e = c + 1;
        } else if (e + 1 < se && (linking_preposition(e) || pos(e) == Upos::CCONJ || (pos(e) == Upos::ADP && postmodifier(e - 1))) &&
                   np_token(e + 1)) {
          ++e;  // "a source close to the probe", "people familiar with the matter", "author and former columnist"
        } else {
          break;
        }
      }
    }
    while (e > b + 1 && (in_.punct(e - 1) || pos(e - 1) == Upos::ADP)) --e;
    head = {b, e};
    std::uint32_t f = e;
    std::uint32_t m = f + 1;  // ", a former columnist" / ", who ..." runs to the end of the clause
    // ... and stops before ", adding that" or a quotation
    while (m < se && m - f < kMaxModifier && !open_quote(m) && key(m) != ";" &&
           !(key(m) == "," && m + 1 < se && (open_quote(m + 1) || is_cue(m + 1))) && !(content_follows && key(m) == ","))
      ++m;
    // no closing comma, or not a role, relative or determined phrase ("According to a survey, 70% of ..."): no appositive
    if (content_follows && !(m < se && key(m) == "," && f + 1 < m &&
                             (one_of(pos(f + 1), {Upos::DET, Upos::PRON}) || relative(f + 1) ||
                              (in_.classes(f + 1) & kClassRole))))
      m = f + 1;
    // "“...,” said Thomas Burke, a leader of the Coalition to Stop Trump.": after an
    // inverted source an appositive that runs to the sentence's end is the source's,
    // whatever verbs it holds (the main clause is over)
    // (not when a clause resumes after one of its commas: "..., said Marcia Smith, a vice president, Teck wants ...")
    bool final_appositive = need_clause_end && f + 2 < se && key(f) == "," &&
                            trim_punct_end(f + 1, se) == trim_punct_end(f + 1, m) && m - f > 2 &&
                            (one_of(pos(f + 1), {Upos::DET, Upos::ADJ}) || (in_.classes(f + 1) & kClassRole) ||
                             (pos(f + 1) == Upos::PRON && !subject_pronoun(f + 1)));
    for (std::uint32_t k = f + 1; final_appositive && k + 1 < m; ++k)
      if (key(k) == "," && !relative(k + 1) && subject_then_verb(k + 1, se)) final_appositive = false;
    if (f + 1 < se && key(f) == "," &&
        (final_appositive || modifier_between(f + 1, trim_punct_end(f + 1, m), /*after_name=*/true))) {
      f = trim_punct_end(e, m);
    } else if (need_clause_end && f < se && !in_.punct(f) &&
               (one_of(pos(f), {Upos::VERB, Upos::AUX}) || (e == b + 1 && subject_pronoun(b)))) {
      return false;  // "said he voted", "admitted it withheld/ADJ emails": a clause, not an inverted source
    }
    full = {b, f};
    return true;
  }

  // --- cue kinds ---------------------------------------------------------------
  // "a movement called Rise", "in a town named Hope": a participle after an
  // object or an indefinite noun phrase names, it does not attribute.
  bool is_naming(const Cue& c) const {
    if (!(in_.classes(c.begin) & kClassNamingVerb) || c.end - c.begin != 1) return false;
    const SentenceTokens& st = in_.sentences[c.sentence];
    if (c.begin == st.begin || !one_of(pos(c.begin - 1), {Upos::NOUN, Upos::PROPN})) return false;
    // "a group of rabbis called for a boycott", "And Huckabee called on ...": a naming
    // verb names with a noun phrase; before a preposition it is the phrasal verb
    if (c.end < st.end && pos(c.end) == Upos::ADP && !(in_.classes(c.end) & kClassSourcePreposition)) return false;
    const std::uint32_t b = np_core_left(c.begin, st.begin);
    const bool indefinite = (in_.classes(b) & kClassIndefinite) != 0;
    if (b == st.begin) return indefinite;
    // "On Twitter, Jeb Bush called Trump “unhinged.”": after an opening adjunct
    // (a preposition or a participle opens the sentence, no comma inside) the phrase is the subject
    if (!indefinite && key(b - 1) == "," && b - 1 > st.begin) {
      const std::uint32_t f = first_word_or_quote(st);
      bool one_phrase = f < b - 1 && (one_of(pos(f), {Upos::ADP, Upos::SCONJ}) ||
                                      (pos(f) == Upos::VERB && key(f).ends_with("ing")));
      for (std::uint32_t k = f; one_phrase && k < b - 1; ++k) one_phrase = key(k) != "," && !open_quote(k);
      if (one_phrase) return false;
      // "Last September, Beck called Palin a “clown”": a person's name after the comma is
      // the subject (a group or a thing that is named has a common noun: ", a movement called Rise")
      if (all_propn(b, c.begin) && (in_.s.info[b].flags & kFlagCap)) return false;
    }
    return indefinite || one_of(pos(b - 1), {Upos::ADP, Upos::VERB, Upos::AUX, Upos::SCONJ}) ||
           key(b - 1) == "," || open_quote(b - 1) || pos(b - 1) == Upos::CCONJ;  // to “the safe and secure shelter called the Jail”
  }

  // A colon with no quotation after it attributes only after a short name that
  // opens the sentence ("Sanders: Brexit's message could ...", "TAPPER: And ...");
  // "He represents a minority of Americans: mostly uneducated ..." lists.
  bool is_topic_colon(const Cue& c) const {
    if (c.end - c.begin != 1 || key(c.begin) != ":") return false;
    const SentenceTokens& st = in_.sentences[c.sentence];
    std::uint32_t n = c.end;
    while (n < st.end && in_.punct(n) && !open_quote(n)) ++n;
    if (n < st.end && open_quote(n)) return false;
    // "Fox News report:" ending its sentence before a block: an occasion of speech introduces it
    if (n >= st.end && c.begin > st.begin && (in_.classes(c.begin - 1) & kClassSpeechEvent)) return false;
    std::uint32_t b = st.begin;
    while (b < c.begin && in_.punct(b)) ++b;
    if (c.begin - b > kMaxColonName) return true;
    for (std::uint32_t k = b; k < c.begin; ++k)
      if (!(in_.s.info[k].flags & kFlagCap) && !in_.punct(k) && !joiner(k) && !(in_.classes(k) & kClassNpPreposition))
        return true;
    return false;
  }

  // "911 confirmed cases", "the reported deaths", "by noted US Ambassador Jane
  // Hill": a participle before its noun describes, it does not attribute.
  bool is_prenominal(const Cue& c) const {
    if (c.end - c.begin != 1 || c.begin == 0 || c.end >= in_.s.tokens.size()) return false;
    if (!key(c.begin).ends_with("ed")) return false;
    const SentenceTokens& st = in_.sentences[c.sentence];
    if (!(c.begin > st.begin && c.end < st.end && one_of(pos(c.end), {Upos::NOUN, Upos::PROPN}))) return false;
    if (one_of(pos(c.begin - 1), {Upos::DET, Upos::NUM, Upos::ADJ})) return true;
    if (key(c.begin - 1) == "'s" || key(c.begin - 1) == "'") return true;  // "the sheriff's stated conclusion"
    // "their continued march": after a possessive (or object) pronoun
    if (pos(c.begin - 1) == Upos::PRON && !subject_pronoun(c.begin - 1) && !quantifier(c.begin - 1)) return true;
    // after a preposition only ("have since denounced Trump's comments" is a verb)
    return pos(c.begin - 1) == Upos::ADP && c.begin - 1 > st.begin && !one_of(pos(c.begin - 2), {Upos::AUX, Upos::ADV}) &&
           !(c.end + 1 < st.end && pos(c.end + 1) == Upos::PART);
  }

  // "prior to the attack blamed on the gunman": a past participle right after an
  // object noun, with a preposition after it, is a reduced relative clause.
  bool reduced_relative(const Cue& c) const {
    if (c.end - c.begin != 1 || c.begin == 0 || c.end >= in_.s.tokens.size()) return false;
    const SentenceTokens& st = in_.sentences[c.sentence];
    // (only after a preposition's or a verb's object: "The agency declined to ..." is a subject and its verb)
    return c.begin > st.begin + 2 && key(c.begin).ends_with("ed") && pos(c.begin) == Upos::VERB &&
           pos(c.begin - 1) == Upos::NOUN && (in_.classes(c.begin - 2) & kClassArticle) &&
           one_of(pos(c.begin - 3), {Upos::ADP, Upos::VERB}) && c.end < st.end && pos(c.end) == Upos::ADP;
  }
  // A cue that is a preposition alone ("In a CNN poll released Monday, ..."): it
  // attributes only before a phrase headed by an evidence source.
  bool lone_preposition(const Cue& c) const noexcept {
    return c.end - c.begin == 1 && one_of(pos(c.begin), {Upos::ADP, Upos::SCONJ}) &&
           !(in_.classes(c.begin) & kClassSourcePreposition);
  }
  // The phrase after the cue, up to its comma: headed by a noun of
  // class-evidence-source ("a CNN/ORC poll", not "polling places"), before any
  // modifier ("released Monday", "of likely voters"); no finite verb or cue inside.
  bool evidence_phrase_after(const Cue& c) const noexcept {
    const std::uint32_t se = in_.sentences[c.sentence].end;
    bool evidence = false, modifier = false;
    for (std::uint32_t k = c.end; k < se && k - c.end < kMaxModifier; ++k) {
      if (key(k) == ",") return evidence;
      if (is_cue(k) || pos(k) == Upos::AUX || (in_.punct(k) && key(k) != "/" && key(k) != "-")) return false;
      if (pos(k) == Upos::VERB && !key(k).ends_with("ed")) return false;
      if (!modifier && (in_.classes(k) & kClassEvidenceSource) && one_of(pos(k), {Upos::NOUN, Upos::PROPN}) &&
          !(k + 1 < se && pos(k + 1) == Upos::NOUN))
        evidence = true;
      modifier |= one_of(pos(k), {Upos::VERB, Upos::ADP});
    }
    return false;
  }
  bool prepositional(const Cue& c) const {
    if (c.rule_made) return false;
    if (lone_preposition(c)) return true;  // "In a CNN poll, ..." (others were dropped in run())
    // "reported by X", "per X", "according to X": the cue ends in, or starts with, a source preposition
    // "(in the words of John McCain)": a cue that is a prepositional phrase ending in a preposition
    if (c.end - c.begin >= 3 && pos(c.begin) == Upos::ADP && pos(c.end - 1) == Upos::ADP) return true;
    // ("to" of "according to" may be tagged PART)
    return (one_of(pos(c.end - 1), {Upos::ADP, Upos::PART}) || c.end - c.begin == 1) &&
           ((in_.classes(c.end - 1) & kClassSourcePreposition) || (in_.classes(c.begin) & kClassSourcePreposition));
  }
  bool be_form(std::uint32_t k) const noexcept { return (in_.classes(k) & kClassBe) != 0; }
  // "Travelers are being warned": the subject of a passive cue is its addressee, not the source.
  bool passive(const Cue& c, std::uint32_t sb) const noexcept {
    if (pos(c.begin) != Upos::VERB || participle(c)) return false;
    std::uint32_t e = c.begin;  // "are (now) being warned", not "was back to explain"
    while (e > sb && pos(e - 1) == Upos::ADV) --e;
    if (!(e > sb && be_form(e - 1))) return false;
    // "He's said he'll fight", "She's said that ...": after a person pronoun 's is
    // "has", unless a passive's "to" follows ("He's said to be ill"; "It's said that" is passive)
    if (key(e - 1) == "'s" && e - 1 > sb && (in_.classes(e - 2) & kClassPersonPronoun) &&
        !(c.end < in_.sentences[c.sentence].end && key(c.end) == "to"))
      return false;
    return true;
  }
  // Where the name begins in "the number Goodell", "a tactic Senate Democrats", "This year Ortiz": a
  // determiner, a lowercase common noun that names no person or institution, and a
  // run of proper nouns to the end. r.b when the phrase is not built so.
  std::uint32_t object_relative_subject(TokenRange r) const noexcept {
    if (r.e - r.b < 3 || !one_of(pos(r.b), {Upos::DET}) || in_.quoted(r.b)) return r.b;
    const std::uint32_t noun = r.b + 1;
    // (a time is no object, but no part of the source either: "This year Camil spoke")
    constexpr std::uint32_t kNotAnObject = kClassRole | kClassNotName | kClassHonorific | kClassPeople | kClassVagueSource;
    if (pos(noun) != Upos::NOUN || (in_.s.info[noun].flags & kFlagCap) || (in_.classes(noun) & kNotAnObject)) return r.b;
    // (a name with no title in it: "the district GOP Chairman Chuck Williams" is one phrase)
    for (std::uint32_t k = noun + 1; k < r.e; ++k)
      if (pos(k) != Upos::PROPN || !(in_.s.info[k].flags & kFlagCap) ||
          (in_.classes(k) & (kClassRole | kClassHonorific | kClassNotName)))
        return r.b;
    return noun + 1;
  }

  // A finite verb in [b, e) that is no cue: a verb or auxiliary not in "-ing", not after "to", not quoted.
  bool finite_verb_between(std::uint32_t b, std::uint32_t e) const noexcept {
    for (std::uint32_t v = b; v < e; ++v)
      if (one_of(pos(v), {Upos::VERB, Upos::AUX}) && !key(v).ends_with("ing") && !(v > b && key(v - 1) == "to") &&
          !in_.quoted(v) && !is_cue(v))
        return true;
    return false;
  }

  bool participle(const Cue& c) const {
    const std::string_view w = key(c.begin);
    return w.size() > 4 && w.substr(w.size() - 3) == "ing";
  }

  // --- the quotation at or right before a token ----------------------------------
  // The quotation right after k, or after a short adjunct and a colon ("said in May: “...”").
  // `past_adjunct_comma`: also after an adjunct and its comma (for a cue group that opens its sentence).
  const QuoteRegion* quote_after(std::uint32_t k, std::uint32_t se, bool past_adjunct_comma = false) const {
    while (k < se && (key(k) == "," || key(k) == ":" || key(k) == ")")) ++k;  // "(in the words of X) “...”"
    if (k >= se) return nullptr;
    if (const QuoteRegion* q = in_.quotes.starting_at(k)) return q;
    // after a short adjunct: "saying at one point “...”" (not "said the plan was “dead”")
    // (a time or place adjunct; not a topic preposition's object: "warned of the dangers of “owners”")
    const bool adjunct = (pos(k) == Upos::ADP && !(in_.classes(k) & kClassTopicPreposition)) ||
                         (in_.classes(k) & kClassClauseAdjunct);
    for (std::uint32_t t = k; t + 1 < se && t - k < kMaxAdjunct; ++t) {
      if (key(t) == ":") return in_.quotes.starting_at(t + 1);
      // "told reporters in Nashua last week, “...”": the adjunct's comma before the
      // quotation (not a title in apposition: "said in his book, “An American Son.”")
      if (past_adjunct_comma && adjunct && t > k && key(t) == "," && t + 1 < se && open_quote(t + 1)) {
        const QuoteRegion* q = in_.quotes.starting_at(t + 1);
        return q && q->close - q->open > kMaxTitle ? q : nullptr;
      }
      // (a quotation that ends the sentence, not a title inside it: "said on “Meet the Press” that")
      if (adjunct && t > k && open_quote(t)) {
        const QuoteRegion* q = in_.quotes.starting_at(t);
        std::uint32_t after = q ? q->close + 1 : se;
        while (after < se && in_.punct(after)) ++after;
        return q && after >= se ? q : nullptr;
      }
      if (in_.punct(t) || complementizer(t) || (adjunct && one_of(pos(t), {Upos::VERB, Upos::AUX}))) break;
    }
    return nullptr;
  }
  // Nothing but an adjunct from k to the sentence's end e: "said.", "said on
  // Tuesday.", "said as he launched the process." (no quotation, no "that", no clause of its own).
  bool adjunct_to_end(std::uint32_t k, std::uint32_t e) const noexcept {
    if (k >= e) return true;
    // (", clutching the lectern": a participial phrase after a comma describes the speaker)
    if (key(k) == "," && k + 1 < e && pos(k + 1) == Upos::VERB && key(k + 1).ends_with("ing") && !is_cue(k + 1) &&
        e - k <= kMaxAdjunct) {
      for (std::uint32_t t = k + 1; t < e; ++t)
        if (open_quote(t) || is_cue(t) || key(t) == ":" || complementizer(t)) return false;
      return true;
    }
    if (!(one_of(pos(k), {Upos::ADP, Upos::SCONJ}) || (in_.classes(k) & kClassClauseAdjunct)) || complementizer(k) ||
          e - k > kMaxAdjunct)
      return false;
    for (std::uint32_t t = k; t < e; ++t)
      if (open_quote(t) || is_cue(t) || key(t) == ":") return false;
    return true;
  }
  // The closed quotation that ends right before k ("“...,” said X", "“...” X said").
  const QuoteRegion* quote_before(std::uint32_t k, std::uint32_t sb) const {
    if (k <= sb) return nullptr;
    std::uint32_t q = k - 1;
    while (q > sb && key(q) == ",") --q;
    return in_.quotes.ending_at(q);
  }
  TokenRange region(const QuoteRegion& q) const {
    return {q.open, q.closed ? q.close + 1 : q.close};
  }
  // The quotation right before k if no earlier cue has taken it.
  const QuoteRegion* free_quote_before(std::uint32_t k, std::uint32_t sb) const {
    const QuoteRegion* q = quote_before(k, sb);
    return q && !(quote_used_.size() && quote_used_[static_cast<std::size_t>(q - in_.quotes.quotes.data())]) ? q : nullptr;
  }
  // "“Change the world,” she said": a quotation followed by a cue of its own (a
  // pronoun or a name of up to three words, then the cue; or the cue first) belongs to that cue.
  bool quote_has_own_cue(const QuoteRegion& q, std::uint32_t se) const {
    if (!q.closed) return false;
    std::uint32_t k = q.close + 1;
    if (k < se && key(k) == ",") ++k;
    if (k < se && is_cue(k) && !in_.punct(k) && !key(k).ends_with("ing")) return true;  // "..., said Ann Lee" (not ", adding")
    for (std::uint32_t n = 0; n < 3 && k < se && (subject_pronoun(k) || (in_.s.info[k].flags & kFlagCap)); ++n) {
      ++k;
      if (k < se && is_cue(k) && !in_.punct(k)) return true;
      if (k > q.close + 1 && subject_pronoun(k - 1)) break;
    }
    return false;
  }
  // A name of up to three capitalized words, then a cue that ends its clause
  // within three tokens: ", Clinton told RTÉ, “...”", ", Sen. Ann Lee said."
  // (not a clause of the content: "that after the rape, Bill Clinton called her to ...").
  bool comma_name_cue(std::uint32_t k, std::uint32_t se) const noexcept {
    // (or a definite description: ", the senior official said.")
    if (k + 1 < se && (in_.classes(k) & kClassArticle)) {  // (", a Chinese official said." too)
      std::uint32_t t = k + 1;
      while (t < se && t - k <= 4 && one_of(pos(t), {Upos::ADJ, Upos::NOUN, Upos::PROPN}) && !is_cue(t)) ++t;
      if (t > k + 1 && t < se && is_cue(t) && !in_.punct(t) && (t + 1 >= se || in_.punct(t + 1))) return true;
      return false;
    }
    // (", Interior spokeswoman Nancy DiPaolo said,": a role word may sit in the name)
    for (std::uint32_t n = 0; n < 6 && k + n < se; ++n) {
      const std::uint32_t t = k + n;
      if (n > 0 && role_word(t) && !is_cue(t)) continue;
      if (n > 0 && is_cue(t) && !in_.punct(t)) {
        for (std::uint32_t u = t + 1; u <= t + 3; ++u)
          if (u >= se || key(u) == "," || key(u) == "." || key(u) == ":" || open_quote(u)) return true;
        return false;
      }
      if (!(in_.s.info[t].flags & kFlagCap) || is_cue(t) || in_.quoted(t) || !one_of(pos(t), {Upos::PROPN, Upos::NOUN}))
        if (!(key(t) == "." && n > 0)) return false;
    }
    return false;
  }
  bool taken(const QuoteRegion& q) const { return !quote_used_.empty() && quote_used_[quote_index(q)]; }
  std::size_t quote_index(const QuoteRegion& q) const noexcept {
    return static_cast<std::size_t>(&q - in_.quotes.quotes.data());
  }
  bool take(const QuoteRegion& q) {
    const std::size_t i = quote_index(q);
    if (quote_used_.empty()) quote_used_.assign(in_.quotes.quotes.size(), 0);
    if (quote_used_[i]) return false;
    quote_used_[i] = 1;
    return true;
  }

  // "Prices will rise, he said.": the clause before the comma (or closing mark)
  // that precedes the source and cue. False if there is none.
  bool clause_before(std::uint32_t start, std::uint32_t sb, LinkedAttribution& a) const {
    std::uint32_t end = start;
    while (end > sb && key(end - 1) == ",") --end;  // "..., he said" and "...,” he said"
    if (end == start && !(end > sb && close_quote(end - 1))) return false;
    std::uint32_t cb = end - std::min(end - sb, kMaxClause);
    while (cb < end && (in_.punct(cb) && !open_quote(cb))) ++cb;
    cb = after_dateline(cb, end);
    if (end <= cb) return false;
    a.contents.push_back({cb, end});
    return true;
  }

  // The opening of a clause interrupted by the cue group [start, k): it runs from
  // the sentence's first word to the comma before `start`, holds a noun phrase
  // and no cue, and `after` (the content found after the cue) resumes right after
  // the comma that closes the group. Not an opening adjunct ("In Ohio, he said, ...").
  TokenRange interrupted_clause_before(std::uint32_t start, std::uint32_t k, const SentenceTokens& st,
                                       const TokenRange& after) const noexcept {
    const std::uint32_t sb = st.begin, se = st.end;
    if (start <= sb + 1 || key(start - 1) != "," || k >= se || key(k) != ",") return {};
    if (after.b != k + 1) return {};
    const std::uint32_t fb = first_word_or_quote(st);
    if (fb + 1 >= start || start - 1 - fb > kMaxClause) return {};
    if (one_of(pos(fb), {Upos::ADP, Upos::SCONJ, Upos::ADV, Upos::CCONJ}) || open_quote(fb)) return {};
    // (nor before a quoted sentence of its own: "Cueing up a clip, Colbert quipped, “Hey, ...”")
    if (open_quote(after.b) && after.b + 1 < se && (in_.s.info[after.b + 1].flags & kFlagCap)) return {};
    bool noun = false;
    for (std::uint32_t t = fb; t + 1 < start; ++t) {
      if (is_cue(t) || key(t) == ";" || key(t) == ":" || open_quote(t) || close_quote(t)) return {};
      noun |= one_of(pos(t), {Upos::NOUN, Upos::PROPN, Upos::PRON});
    }
    if (!noun) return {};
    return {fb, start - 1};
  }

  bool has_verb(const TokenRange& r) const noexcept {
    for (std::uint32_t k = r.b; k < r.e; ++k)
      if (one_of(pos(k), {Upos::VERB, Upos::AUX})) return true;
    return false;
  }

  // "KYIV, Ukraine (Reuters) — Russian forces launched ...": a verbless lead-in
  // ending in a dash at the start of the clause is a dateline, not what was said.
  std::uint32_t after_dateline(std::uint32_t b, std::uint32_t e) const noexcept {
    for (std::uint32_t k = b; k < e && k - b < 16; ++k) {
      if (one_of(pos(k), {Upos::VERB, Upos::AUX}) || open_quote(k)) return b;
      if (k > b && (key(k) == "-" || key(k) == "--")) return k + 1 < e ? k + 1 : b;  // dashes are keyed "-"
    }
    return b;
  }

  // "Smith, who said the plan was dead, left": a cue in a relative clause between
  // commas reports up to the comma where the main clause's verb resumes.
  std::uint32_t relative_clause_end(const TokenRange& source, std::uint32_t sb, std::uint32_t b,
                                    std::uint32_t e) const noexcept {
    // (or the subject inside one: "the bill, which the Senate is expected to vote on next week, returns ...")
    const bool subject_relative = source.e - source.b == 1 && relative(source.b) && source.b > sb && key(source.b - 1) == ",";
    const bool object_relative = !source.empty() && source.b > sb + 1 && relative(source.b - 1) && key(source.b - 2) == ",";
    if (!subject_relative && !object_relative) return e;
    bool has_verb = false;  // the reported clause has its verb before the comma ("the two men, and X, must")
    for (std::uint32_t k = b; k + 1 < e; ++k) {
      has_verb |= one_of(pos(k), {Upos::VERB, Upos::AUX});
      if (key(k) != "," || in_.quoted(k)) continue;
      if (relative(k + 1)) {  // an inner relative clause: "said the plan, which passed, was dead"
        for (++k; k + 1 < e && key(k + 1) != ","; ++k) {
        }
        ++k;
        continue;
      }
      if (!has_verb) continue;
      std::uint32_t v = k + 1;
      if (pos(v) == Upos::ADV && v + 1 < e) ++v;
      if (one_of(pos(v), {Upos::VERB, Upos::AUX}) && !(key(v).size() > 4 && key(v).ends_with("ing"))) return k;
    }
    return e;
  }

  // "urged the party to unite and tried to make the case", "pledging reform and
  // trying to connect": a verb after "and" in the cue's own form, with no finite
  // verb in what was said before it, is the source's next predicate. ("said
  // prices rose and fell" has its verb: the "and" is inside what was said.)
  std::uint32_t coordinated_predicate_end(const Cue& c, std::uint32_t b, std::uint32_t e) const noexcept {
    std::uint32_t v = c.begin;
    while (v < c.end && pos(v) != Upos::VERB) ++v;
    if (v == c.end) return e;
    // the same regular form: "-ing" or "-ed" ("said prices rose and fell": the tagger may miss "rose")
    const bool ing = key(v).ends_with("ing");
    if (!ing && !key(v).ends_with("ed")) return e;
    // after "that" it is a clause; a gerund object coordinates gerunds ("for setting up X and passing Y")
    if (b == 0 || complementizer(b - 1) || pos(b) == Upos::VERB) return e;
    for (std::uint32_t k = b; k + 1 < e; ++k) {
      if (in_.quoted(k) || key(k) == ",") return e;
      const bool infinitive = k > b && key(k - 1) == "to";
      if (one_of(pos(k), {Upos::VERB, Upos::AUX}) && !infinitive && !key(k).ends_with("ing")) return e;
      if (ing && pos(k) == Upos::VERB && key(k).ends_with("ing")) return e;  // "to offer an apology for setting up X and passing Y"
      if (k > b && pos(k) == Upos::CCONJ && pos(k + 1) == Upos::VERB &&
          (ing ? key(k + 1).ends_with("ing") : key(k + 1).ends_with("ed")))
        return k;
    }
    return e;
  }

  // The clause from k: to the sentence end, the next cue introduced by a comma
  // (", adding that"), an inverted ", said X", ", according to", or a semicolon.
  std::uint32_t clause_end(std::uint32_t k, std::uint32_t se, std::uint32_t quote_close) const {
    std::uint32_t e = k;
    while (e < se && e < quote_close && e - k < kMaxClause) {
      if (key(e) == ";") break;
      if (post_signature_at(e)) break;  // "... has Tyson on his list — The Daily Beast (@thedailybeast)"
      // "She declared the need for drive: “Change the world,” she said.": the quotation is the next cue's
      if (key(e) == ":" && e + 1 < se && open_quote(e + 1))
        if (const QuoteRegion* q = in_.quotes.starting_at(e + 1); q && quote_has_own_cue(*q, se)) break;
      // (not after an adverb between commas: "said she, too, wants an inquiry")
      if (key(e) == "," && e + 1 < se && is_cue(e + 1) && !(e >= k + 2 && pos(e - 1) == Upos::ADV && key(e - 2) == ","))
        break;
      // ", while also questioning ...": a conjunction and adverbs before the next cue
      if (key(e) == "," && e + 2 < se && pos(e + 1) == Upos::SCONJ && !complementizer(e + 1) &&
          !(in_.classes(e + 1) & kClassNpPreposition)) {  // (not ", from claiming X to recounting Y")
        std::uint32_t v = e + 2;
        while (v < se && pos(v) == Upos::ADV) ++v;
        if (v < se && is_cue(v) && key(v).ends_with("ing")) break;
      }
      // ", however, appearing to ...": an adverb between commas before a participle
      if (e > k && key(e) == "," && e + 3 < se && pos(e + 1) == Upos::ADV && key(e + 2) == "," && pos(e + 3) == Upos::VERB &&
          key(e + 3).ends_with("ing") && !in_.quoted(e))
        break;
      // "... - but she also insisted": a dash before "but" and a clause
      // (or "— while his supporters have accused her": a subordinator and a clause)
      if (e > k && (key(e) == "-" || key(e) == "--" || key(e) == "\u2014" || key(e) == "\u2013") && e + 2 < se &&
          (key(e + 1) == "but" || pos(e + 1) == Upos::SCONJ) && !complementizer(e + 1) &&
          !(in_.classes(e + 1) & kClassParentheticalAs) && !in_.quoted(e) &&  // (not "- as Rubio has said -")
          subject_then_verb(e + 2, se))
        break;
      // ", but ..." and ", and he ..." / ", and has ...": a new clause or the source's next predicate
      // (not inside a quotation the content holds: "he was “concerned, and it is ...”")
      if (e > k && key(e) == "," && e + 2 < se && pos(e + 1) == Upos::CCONJ && !in_.quoted(e) &&
          (key(e + 1) == "but" ? !one_of(pos(e + 2), {Upos::VERB, Upos::AUX, Upos::SCONJ}) && key(e + 2) != "rather"
                               : one_of(pos(e + 2), {Upos::PRON, Upos::VERB, Upos::AUX})))
        break;
      if (key(e) == "," && e + 2 < se && !is_cue(e + 1) && is_cue(e + 2) && pos(e + 1) == Upos::PRON) break;  // ", he said"
      // "refused to stand for the anthem, proclaiming themselves victims": after an infinitive,
      // a trailing participle phrase is the subject's own, not what was refused or vowed
      if (e > k + 1 && key(k) == "to" && key(e) == "," && e + 1 < se && pos(e + 1) == Upos::VERB &&
          key(e + 1).ends_with("ing") && !in_.quoted(e) && no_comma_between(e + 2, se))
        break;
      if (key(e) == "," && comma_name_cue(e + 1, se)) break;  // "asked if she wanted to, Clinton told RTÉ"
      // "..., and most don't expect ...": after a clause, a new one with a subject of its own
      if (e > k && key(e) == "," && e + 2 < se && key(e + 1) == "and" && !in_.quoted(e) && has_verb({k, e}) &&
          subject_then_verb(e + 2, se))
        break;
      // "denies any wrongdoing and points out that ...": the next coordinated cue starts its own content;
      // "... and one in four said ...": so does a cue with a subject of its own; "... and who seem to ..."
      if (e > k && pos(e) == Upos::CCONJ && e + 1 < se &&
          (is_cue(e + 1) || (e + 2 < se && verb_group(e + 1) && is_cue(e + 2)) ||
           (relative(e + 1) && e + 2 < se && one_of(pos(e + 2), {Upos::VERB, Upos::AUX})) ||
           (has_verb({k, e}) && cue_after_subject(e + 1, se))))
        break;
      ++e;
    }
    return trim_punct_end(k, e);
  }

  // Where an object content [b, e) gives way to the cue's adjunct: "explained his
  // reasoning in an appearance on CBS". Only before any verb: after one, the
  // phrase belongs to what was said.
  std::uint32_t object_adjunct_start(std::uint32_t b, std::uint32_t e) const noexcept {
    if (b == 0 || complementizer(b - 1)) return e;
    for (std::uint32_t k = b; k < e; ++k) {
      if (one_of(pos(k), {Upos::VERB, Upos::AUX}) || in_.quoted(k)) return e;
      // (a time or place preposition: "her use of the email server" is no adjunct)
      if (k > b && pos(k) == Upos::ADP && (in_.classes(k) & kClassTimePreposition) && speech_event_phrase(k + 1, e))
        return k;
    }
    return e;
  }
  // A short noun phrase at b, then a verb (after auxiliaries): "most don't expect", "the Senate is holding".
  bool subject_then_verb(std::uint32_t b, std::uint32_t se) const noexcept {
    std::uint32_t t = b;
    if (t < se && pos(t) == Upos::PRON && subject_pronoun(t)) ++t;  // "he", "they"
    else
      while (t < se && t - b < 4 && (np_token(t) || quantifier(t)) && !one_of(pos(t), {Upos::VERB, Upos::AUX})) ++t;
    if (t == b || t >= se) return false;
    while (t < se && verb_group(t) && pos(t) != Upos::AUX) ++t;  // (adverbs)
    // a finite verb ("and most strength-projecting," is an adjective phrase)
    return t < se && (pos(t) == Upos::AUX || (pos(t) == Upos::VERB && !key(t).ends_with("ing")));
  }
  // A short subject at b and then a cue: "one in four said", "the mayor also said".
  bool cue_after_subject(std::uint32_t b, std::uint32_t se) const noexcept {
    std::uint32_t t = b;
    // ("a survey by the city council found": a preposition between nouns of the subject)
    while (t < se && t - b < 10 &&
           (np_token(t) || quantifier(t) || (key(t) == "in" && t > b && pos(t - 1) == Upos::NUM) ||
            (t > b && pos(t) == Upos::ADP && one_of(pos(t - 1), {Upos::NOUN, Upos::PROPN}) && t + 1 < se &&
             np_token(t + 1))) &&
           !is_cue(t))
      ++t;
    if (t == b) return false;
    while (t < se && verb_group(t) && !is_cue(t)) ++t;
    return t < se && is_cue(t) && !key(t).ends_with("ing");  // (a finite cue: not "candidates criticizing judges")
  }

  // "dismissed ideological labels altogether, a sentiment endorsed by ...",
  // "attacked Donald Trump, with whom he clashed": when what follows the cue
  // has no verb before its first comma or dash, and none right after a second
  // one (that would be "the bill, which passed, was flawed", a clause), it is
  // the cue's object and ends at that comma. After "that" it is always a clause.
  std::uint32_t object_end(std::uint32_t b, std::uint32_t e, bool after_complementizer) const noexcept {
    if (after_complementizer) return e;
    auto is_break = [&](std::uint32_t k) { return key(k) == "," || key(k) == "-" || key(k) == "--"; };
    std::uint32_t first = b;
    while (first < e && !is_break(first)) {
      if (one_of(pos(first), {Upos::VERB, Upos::AUX})) return e;
      ++first;
    }
    if (first >= e || first == b) return e;
    // a list ("trade, energy, defense and banking sanctions"): noun phrases and commas up to an "and"
    // (items with prepositions and parentheses: "four votes for Trump, 31 for Cruz and two abstentions",
    // "their average age (63), their marital status and ...")
    auto item_token = [&](std::uint32_t k) {
      return np_token(k) || key(k) == "," || pos(k) == Upos::CCONJ || (pos(k) == Upos::ADP && !relative(k)) ||
             key(k) == "(" || key(k) == ")" || key(k) == "%";
    };
    for (std::uint32_t k = first + 1; k < e && item_token(k); ++k)
      if (pos(k) == Upos::CCONJ && k + 1 < e && np_token(k + 1)) {
        std::uint32_t end = k + 1;  // the last item ends at the next break ("..., and Harold Doley, a banker")
        bool verb = false;          // (", and Sen. Ron Johnson kept asking": a clause, not a list)
        for (; end < e && !is_break(end); ++end) verb |= one_of(pos(end), {Upos::VERB, Upos::AUX});
        if (verb) break;
        return trim_punct_end(b, end);
      }
    for (std::uint32_t k = first + 1; k < e; ++k)
      if (is_break(k)) {
        std::uint32_t v = k + 1;  // (", too, wants": an adverb between commas)
        while (v < e && (pos(v) == Upos::ADV || (key(v) == "," && v > k + 1 && pos(v - 1) == Upos::ADV))) ++v;
        if (v < e && one_of(pos(v), {Upos::VERB, Upos::AUX})) return e;
        break;
      }
    return trim_punct_end(b, first);
  }

  LinkedAttribution link(const Cue& c, const std::vector<LinkedAttribution>& done) {
    LinkedAttribution a;
    TokenRange object_before;  // "the number" in "the number Goodell cited": the content, when set
    a.cue = c;
    a.nested = in_.quoted(c.begin);
    const SentenceTokens& st = in_.sentences[c.sentence];
    std::uint32_t sb = st.begin, se = st.end;
    std::uint32_t quote_close = se;  // a cue inside a quotation stays inside it
    const std::int32_t inner = inner_quote_[static_cast<std::size_t>(&c - in_.cues.data())];  // c is one of in_.cues
    if (a.nested && inner >= 0) {
      const QuoteRegion& q = in_.quotes.quotes[static_cast<std::size_t>(inner)];
      sb = std::max(sb, q.open + 1);
      quote_close = std::min(se, q.close);
      se = quote_close;
    }

    // Source.
    bool source_after = false;
    const bool after_break = c.begin > sb && (close_quote(c.begin - 1) || key(c.begin - 1) == ",");
    if (prepositional(c)) {
      source_after = np_right(c.end, se, a.source, a.source_head, false,
                              c.begin == first_word_or_quote(in_.sentences[c.sentence]));
      if (!source_after && c.end < se && pos(c.end) == Upos::VERB) {  // "according to polls/VERB": a noun there
        a.source = a.source_head = {c.end, c.end + 1};
        source_after = true;
      }
      if (source_after) {  // "according to a memo released Friday by the agency's watchdog,"
        std::uint32_t e = a.source.e;
        // ... but not into a clause: "according to polls should he alienate them, ..."
        while (e < se && e - a.source.b < kMaxModifier && key(e) != "," && key(e) != ";" && !open_quote(e) &&
               !is_cue(e) && pos(e) != Upos::AUX && !(pos(e) == Upos::PRON && subject_pronoun(e)))
          ++e;
        a.source.e = trim_punct_end(a.source.b, e);
      }
    } else if (c.rule_made) {
      subject_before(c.begin, sb, a.source, a.source_head);
    } else if (reduced_relative(c)) {
      // "the attack blamed on the gunman": agentless unless "by X" follows; the noun is no source
      if (c.end + 1 < se && key(c.end) == "by") source_after = np_right(c.end + 1, se, a.source, a.source_head, false);
    } else {
      // "X, a former governor, said" before "..., said the minister": an
      // appositive before the comma is a subject, a clause or quotation is not.
      bool subject = after_break && key(c.begin - 1) == "," &&
                     subject_before(c.begin, sb, a.source, a.source_head, !participle(c));
      // "Fiorina was upfront about her distaste for X, the front-runner, saying ...": a phrase
      // after a preposition is inside the clause (not "said X, a spokesman, referring to"): its subject speaks
      // "He attacked Donald Trump, with whom he clashed, calling him a loser": the object of
      // the cue before is no subject; that cue's source speaks (its inverted source stays one)
      if (subject && participle(c) && !done.empty() && done.back().cue.sentence == c.sentence &&
          done.back().cue.end == a.source.b && !done.back().source.empty()) {
        a.source = done.back().source;
        a.source_head = done.back().source_head;
      }
      if (subject && participle(c) && a.source.b > sb && pos(a.source.b - 1) == Upos::ADP &&
          finite_verb_between(sb, a.source.b)) {
        TokenRange full, head;
        // (an expletive subject speaks for nobody: "There was Perez, who ..., saying")
        if (main_clause_subject(c.begin, sb, full, head) &&
            !(full.e - full.b == 1 && (key(full.b) == "there" || key(full.b) == "it"))) {
          a.source = full;
          a.source_head = head;
        }
      }
      // ("So says a booming voice": an adverb alone before the cue inverts it too)
      const bool adverb_opening = c.begin == sb + 1 && pos(sb) == Upos::ADV && !(in_.s.info[sb].flags & kFlagQuoted) &&
                                  c.end < se && one_of(pos(c.end), {Upos::DET, Upos::PROPN});
      if (!subject && (after_break || c.begin == sb || adverb_opening) && !participle(c))
        source_after = np_right(c.end, se, a.source, a.source_head, true);  // "..., said the minister"
      // "“...,” said Trump in his speech": the occasion of the speech is no part of the source
      if (source_after)
        for (std::uint32_t k = a.source.b + 1; k + 1 < a.source.e; ++k)
          if (pos(k) == Upos::ADP && speech_event_phrase(k + 1, a.source.e)) {
            a.source.e = k;
            if (a.source_head.e > k) a.source_head.e = k;
            break;
          }
      // "was criticized by X"; not "remarking from New Hampshire" (a place: an active participle's source is its subject)
      // (not after a complementizer: "say that by imposing strict rules, the city ...")
      // (not after an active subject: "Mr. Trump said by telephone" names the means, not an agent)
      const bool active_subject_before =
          key(c.end) == "by" && !passive(c, sb) && !be_form(c.begin) && c.begin > sb &&  // ("was asked by")
          ((pos(c.begin - 1) == Upos::PRON && subject_pronoun(c.begin - 1)) || pos(c.begin - 1) == Upos::PROPN);
      if (!source_after && c.end + 1 < se && pos(c.end) == Upos::ADP && (in_.classes(c.end) & kClassSourcePreposition) &&
          !(participle(c) && key(c.end) != "by") && !complementizer(c.end - 1) && !active_subject_before)
        source_after = np_right(c.end + 1, se, a.source, a.source_head, false);
      const std::uint32_t conjunction = coordinated_verb_start(c.begin, sb);
      if (!subject && !source_after && conjunction < c.begin && !passive(c, sb)) {
        // "... and points out that"; "X denies it and points out": the source of that cue
        // "The ministry said its strikes hit targets and denied attacking civilians":
        // after a cue earlier in the sentence, the coordinated cue shares its source
        const bool after_cue = !done.empty() && done.back().cue.sentence == c.sentence &&
                               done.back().cue.end <= conjunction && !done.back().source.empty();
        if (after_cue) {
          a.source = done.back().source;
          a.source_head = done.back().source_head;
        } else if (const std::uint32_t r = relative_chain_start(conjunction, sb); r != 0) {
          a.source = a.source_head = {r, r + 1};  // "immigrants who jumped the hoops, learned English and pledged"
        } else if (!governing_subject(conjunction, sb, a.source, a.source_head)) {
          main_clause_subject(conjunction, sb, a.source, a.source_head);  // "they reversed, rushed in and said"
        }
      } else if (!subject && !source_after && !passive(c, sb) &&
                 !subject_before(c.begin, sb, a.source, a.source_head, !participle(c))) {
        if (participle(c) && !done.empty() && done.back().cue.sentence == c.sentence && !done.back().source.empty()) {
          // "..., adding that": the source of the cue before it in the sentence
          a.source = done.back().source;
          a.source_head = done.back().source_head;
        } else if (!(participle(c) && after_break && main_clause_subject(c.begin, sb, a.source, a.source_head))) {
          // "Rubio defended the bill, saying ...", "She delivered a forceful promise to ...":
          // the subject of the verb that governs the participle or the cue noun
          governing_subject(c.begin, sb, a.source, a.source_head);
        }
      }
    }
    // "Trump's attacks on Curiel", "the court's decision to ...": the possessor of a cue noun is its source
    if (!source_after && c.begin > sb + 1 && pos(c.begin) == Upos::NOUN && key(c.begin - 1) == "'s" &&
        one_of(pos(c.begin - 2), {Upos::NOUN, Upos::PROPN})) {
      const std::uint32_t b = np_core_left(c.begin - 1, sb);
      if (b < c.begin - 1) a.source = a.source_head = {b, c.begin};
    } else if (!source_after && c.begin > sb && pos(c.begin) == Upos::NOUN && pos(c.begin - 1) == Upos::PRON &&
               !subject_pronoun(c.begin - 1) && c.end < se && complementizer(c.end - 1)) {
      a.source = a.source_head = {c.begin - 1, c.begin};  // "seized on his statement that ...": "his"
    }
    if (!a.source.empty() && a.source.b > c.begin && !source_after) a.source = a.source_head = {};
    // "The number Goodell cited", "the photo Trump posted": a name right after a noun,
    // before the cue, is the subject of a relative clause without "that"; the noun is its object
    if (!source_after && !a.source.empty() && a.source.e == c.begin && pos(c.begin) == Upos::VERB) {
      const std::uint32_t name = object_relative_subject(a.source);
      if (name > a.source.b) {
        // ("This year Ortiz said": a time phrase before the name is an adjunct, no object)
        if (!(in_.classes(name - 1) & kClassClauseAdjunct)) object_before = {a.source.b, name};
        a.source = a.source_head = {name, a.source.e};
      }
    }
    // "Trump maintained his position: “...”": before a lone colon a clause, not a
    // noun phrase; its subject speaks
    if (!source_after && c.end == c.begin + 1 && key(c.begin) == ":" && !a.source.empty() && has_verb(a.source)) {
      TokenRange full, head;
      if (governing_subject(c.begin, sb, full, head) && full.e <= c.begin && !has_verb(head)) {
        a.source = full;
        a.source_head = head;
      }
    }
    // "Remarking upon her empathy, Starr said", "Since announcing Weld, Johnson has
    // risen": an opening participle clause shares the subject of the clause after its comma
    if (a.source.empty() && !source_after && participle(c) && opening_participle(c, sb))
      subject_after_comma(c.end, se, a.source, a.source_head);
    // "She sent a tweet saying ...", "The group released a statement saying ...": a
    // participle after a document that a verb's subject put out; that subject speaks
    if (!source_after && participle(c) && !a.source_head.empty() && a.source.e == c.begin &&
        (in_.classes(a.source_head.e - 1) & kClassSpeechEvent) && a.source.b > sb &&
        one_of(pos(a.source.b - 1), {Upos::VERB, Upos::ADV, Upos::ADP})) {
      std::uint32_t v = a.source.b;  // the verb before the object ("sent", "fired back", "put out")
      while (v > sb && one_of(pos(v - 1), {Upos::ADV, Upos::ADP}) && a.source.b - v < 3) --v;
      TokenRange full, head;
      if (v > sb && pos(v - 1) == Upos::VERB) {
        for (--v; v > sb && one_of(pos(v - 1), {Upos::AUX, Upos::ADV, Upos::PART});) --v;
        if (subject_before(v, sb, full, head)) {
          a.source = full;
          a.source_head = head;
        }
      }
    }
    // "Comey held a press conference to announce that ...": an occasion of speech
    // before an infinitive cue is its purpose's object; the one who held it speaks
    if (!source_after && !a.source_head.empty() && c.begin > sb && key(c.begin - 1) == "to" &&
        (in_.classes(a.source_head.e - 1) & kClassSpeechEvent) && pos(a.source_head.e - 1) == Upos::NOUN) {
      TokenRange full, head;
      std::uint32_t v = a.source.b;  // the verb right before the object ("held", "called")
      if (v > sb && pos(v - 1) == Upos::VERB)
        for (--v; v > sb && one_of(pos(v - 1), {Upos::AUX, Upos::ADV, Upos::PART});) --v;
      if (v < a.source.b && subject_before(v, sb, full, head)) {
        a.source = full;
        a.source_head = head;
      } else {
        a.source = a.source_head = {};
      }
    }
    // "Obama has reportedly been called": an adverb cue credits an unnamed report; the
    // clause's subject is what it reports on, not its source
    if (c.end - c.begin == 1 && pos(c.begin) == Upos::ADV) a.source = a.source_head = {};
    // "it would be fair to say that ...": an expletive "it" before an infinitive cue names no one
    if (a.source.e == a.source.b + 1 && key(a.source.b) == "it" && c.begin > sb && key(c.begin - 1) == "to") a.source = a.source_head = {};

    // Content.
    const std::uint32_t after = source_after ? std::max(a.source.e, c.end) : c.end;
    std::uint32_t k = after;
    // ("was told by police his server ...": after a passive's source no addressee follows)
    // (nor after a passive cue: in "the girl was told she was brought" the subject was the addressee)
    if ((in_.classes(c.end - 1) & kClassAddresseeVerb) && !source_after && !(in_.classes(c.begin) & kClassBe)) {
      std::uint32_t j = k;
      if (k < se && pos(k) == Upos::PRON && !(k + 1 < se && one_of(pos(k + 1), {Upos::NOUN, Upos::ADJ, Upos::PROPN}))) {
        j = k + 1;  // "told me the war was lost" (not "told by police his server had": a possessive opens a phrase)
      } else {
        while (j < se && j - k < kMaxPhrase && np_token(j) && !(j > k && pos(j) == Upos::DET)) ++j;
        // "told Chris Wallace of Fox News, “...”": a name's institution belongs to the addressee
        if (j > k && j + 1 < se && pos(j - 1) == Upos::PROPN && linking_preposition(j) && pos(j + 1) == Upos::PROPN)
          for (++j; j < se && j - k < kMaxPhrase && np_token(j); ++j) {
          }
        if (j < se && key(j) == "(" && j > k) {  // "asked Sen. Chris Murphy (D-Conn.), “...”"
          std::uint32_t c = j;
          while (c < se && c - j < 12 && key(c) != ")") ++c;
          if (c < se && key(c) == ")") j = c + 1;
        }
      }
      // (not the subject of what was said: "warned prices would rise")
      // Before a quotation that has a cue of its own ("promised quick action: “...,” he said"),
      // an object that is a thing is what was promised; a person is the addressee of no content here.
      const QuoteRegion* next_quote = j > k && j + 1 < se && key(j) == ":" ? in_.quotes.starting_at(j + 1) : nullptr;
      const bool quote_of_next_cue = next_quote && quote_has_own_cue(*next_quote, se);
      const bool person = j > k && (one_of(pos(j - 1), {Upos::PRON, Upos::PROPN}) ||
                                    (in_.classes(j - 1) & (kClassRole | kClassVagueSource)));
      if (quote_of_next_cue && person) return a;  // "He told reporters: “...,” he said."
      if (j > k && (pos(j - 1) == Upos::NOUN || pos(j - 1) == Upos::PROPN || pos(j - 1) == Upos::PRON || key(j - 1) == ")") &&
          !(j < se && pos(k) != Upos::PRON && one_of(pos(j), {Upos::AUX, Upos::VERB})) && !quote_of_next_cue)
        k = j;
    }
    const std::uint32_t start = source_after || a.source.empty() ? c.begin : std::min(a.source.b, c.begin);
    // The quotation before counts when it opens the sentence; a quoted fragment
    // inside a clause ("Gore ... “made a strategic mistake,” Lichtman said") is part of that clause.
    // "a central “pillar,” as Grover Norquist described it, of ...": a parenthetical
    // "as X said (it)" attributes the quotation (else the clause) right before it
    // ("..., as Peña Nieto said he had told Trump ...": with a clause after the cue it is no parenthetical)
    // ("as X described it,", "as Smith said in May.": no verb or quotation up to the comma)
    bool nothing_after = true;
    for (std::uint32_t t = k; t < se && key(t) != "," && nothing_after; ++t)
      nothing_after = !open_quote(t) && !one_of(pos(t), {Upos::VERB, Upos::AUX}) && !complementizer(t);
    if (nothing_after && start > sb + 1 && (in_.classes(start - 1) & kClassParentheticalAs) &&
        (key(start - 2) == "," || close_quote(start - 2))) {
      if (const QuoteRegion* q = quote_before(start - 1, sb); q && take(*q)) {
        a.contents.push_back(region(*q));
        return a;
      }
      // "But, as Mr. Sykes said, “...”": a clause before without a verb is no content
      LinkedAttribution before_as = a;
      if (clause_before(start - 1, sb, before_as) && has_verb(before_as.contents.back())) return before_as;
    }
    const QuoteRegion* before = quote_before(start, sb);
    // "“Why is he attacking me?” Trump said.": a question or exclamation mark closed
    // the sentence before the cue's; the quotation that ends it is still the content
    // (only when nothing but the source and the cue make the sentence: "Trump said.")
    if (!before && !a.nested && start == first_word_or_quote(st) && c.sentence > 0 && st.begin > 0 &&
        adjunct_to_end(std::max(c.end, a.source.e), trim_punct_end(st.begin, st.end))) {
      const SentenceTokens& prev = in_.sentences[c.sentence - 1];
      const QuoteRegion* q = in_.quotes.ending_at(st.begin - 1);
      if (q && prev.paragraph == st.paragraph && q->open >= prev.begin && q->open == first_word_or_quote(prev) &&
          free_quote_before(st.begin, prev.begin))
        before = q;
    }
    // "... promised quick action: “We will act,” he promised": a quotation after a
    // colon is a whole one, not a fragment of the clause before; when the colon's
    // cue took it already, "he" names the same speaker of the same event, which
    // gets no other content ("Trump said: “...,” the Times reported" reports the clause)
    const bool after_colon = before && before->open > sb && key(before->open - 1) == ":";
    if (after_colon && taken(*before) && !a.source.empty() && a.source.e - a.source.b == 1 &&
        (in_.classes(a.source.b) & kClassPersonPronoun)) {
      if (const QuoteRegion* q2 = quote_after(std::max(k, a.source.e), se); q2 && take(*q2))
        a.contents.push_back(region(*q2));  // its split part: "“A,” he wrote, “B.”"
      return a;
    }
    const bool whole_quotation = after_colon && !taken(*before);  // (taken: "the Times reported" the clause)
    if (before && !whole_quotation && before->open > first_word_or_quote(in_.sentences[c.sentence])) {
      // ... unless a quotation or a clause follows the cue: "Asked why, on “CBS This
      // Morning,” he said he had not ...", "Conceding ... “down the line,” Fox warned: “...”"
      if (!quote_after(k, se) && !clause_follows(k, se) && clause_before(start, sb, a)) return a;
      before = nullptr;
    }
    if (before && take(*before)) {
      a.contents.push_back(region(*before));  // "“...,” she said in an interview."
      if (const QuoteRegion* q2 = quote_after(std::max(k, a.source.e), se); q2 && take(*q2))
        a.contents.push_back(region(*q2));  // split: "“A,” he said, “B.”"
    } else if (const QuoteRegion* q = quote_after(k, se, start == first_word_or_quote(st));
               q && (!quoted_fragment(*q, se) || (in_.classes(c.end - 1) & kClassNamingVerb) || prepositional(c)) &&
               !(q->open > k && key(q->open - 1) == ":" && quote_has_own_cue(*q, se)) && take(*q)) {
      a.contents.push_back(region(*q));
    } else if (c.rule_made) {
      // a colon cue with no quotation after it in this sentence: content is what follows
    } else if (prepositional(c) && source_after) {
      // "According to X, CLAUSE." / "CLAUSE, according to X."; after the comma
      // only when the cue opens its sentence ("..., reported by X on Nov. 11, in ..." reports the clause before)
      // ("But according to X, CLAUSE": a conjunction or an adverb may come first)
      std::uint32_t opening = first_word_or_quote(in_.sentences[c.sentence]);
      while (opening < c.begin && one_of(pos(opening), {Upos::CCONJ, Upos::ADV})) ++opening;
      if (a.source.e < se && key(a.source.e) == "," && c.begin == opening) {
        const std::uint32_t b2 = a.source.e + 1, e2 = clause_end(b2, se, quote_close);
        if (e2 > b2) a.contents.push_back({b2, e2});
      } else if (a.source.e + 1 < se && key(a.source.e) == "," && start > sb + 1 && key(start - 1) == ",") {
        // "Fundraising, according to the campaign, has surged": between commas the cue
        // interrupts the clause it reports; both parts are what was reported
        if (clause_before(start, sb, a)) {
          const std::uint32_t b2 = a.source.e + 1, e2 = clause_end(b2, se, quote_close);
          if (e2 > b2 && !open_quote(b2)) a.contents.push_back({b2, e2});
        }
      } else {
        clause_before(start, sb, a);
      }
    } else {
      std::uint32_t b = k;
      while (b < se && (key(b) == "," || key(b) == ":")) ++b;
      // "..., a Chinese official said, adding that ...": a participle cue after the
      // comma reports on its own; this cue's content is the clause before
      if (b > k && b < se && is_cue(b) && key(b).ends_with("ing") && clause_before(start, sb, a)) return a;
      // "On April 3, he tweeted:" ending its sentence: what was said is the block
      // after the colon (follow_quotations), not the adjunct before the source
      if (!a.nested && b >= se && key(trim_end_keep_colon(sb, se) - 1) == ":") return a;
      // "said in a statement that ...", "said on Tuesday that ...": skip the adjunct to "that";
      // "said Tuesday the plan ...": skip the adjunct words
      bool adjunct_only = false;
      // ("saying, apparently for the first time, that ...": an adverb opens it too)
      if (b < se && !complementizer(b) &&
          (pos(b) == Upos::ADP || (in_.classes(b) & kClassClauseAdjunct) || (pos(b) == Upos::ADV && b > k))) {
        std::uint32_t t = b;
        // a quoted title may sit in the adjunct: "said on ABC's “This Week” that ..."
        // ("said in Salem, N.H., that", "said, without evidence, that": commas inside it too)
        // (but no verb after such a comma: "called for the overthrow of Assad, knowing that ...")
        bool crossed_comma = false;
        while (t < se && t - b < kMaxAdjunct && !complementizer(t) &&
               (!in_.punct(t) || open_quote(t) || close_quote(t) || key(t) == "," || joiner(t)) &&  // ("on Fox & Friends")
               !(crossed_comma && one_of(pos(t), {Upos::VERB, Upos::AUX}))) {
          crossed_comma |= key(t) == ",";
          ++t;
        }
        if (t < se && complementizer(t)) {
          b = t;
        } else if (pos(b) == Upos::ADP && (in_.classes(b) & kClassTopicPreposition) && b + 1 < se &&
                   !in_.punct(b + 1) && !free_quote_before(start, sb) &&  // ("“...,” Blunt said of Cruz": the quotation)
                   !complementizer(c.end - 1) && pos(b + 1) != Upos::NUM) {  // not "suggest that about 300 ..." 
          ++b;  // "bragged about X", "called for him to resign": the preposition's object is the content
        } else if (in_.classes(b) & kClassClauseAdjunct) {
          while (b < se && (in_.classes(b) & kClassClauseAdjunct)) ++b;
        } else if (pos(b) == Upos::ADP) {
          adjunct_only = true;  // "said in an interview", or a phrasal object: "called for X to ..."
        }  // (an adverb without a "that" after it opens the clause: "the nations, Xi said, now have ...")
      }
      if (b < se && complementizer(b)) {  // the complementizer is not part of what was said
        ++b;
        if (b + 1 < se && key(b) == "," && open_quote(b + 1)) ++b;  // nor the comma after it: "reported that, “More than half ...”"
      }
      // ", remarking from New Hampshire he did not feel ...": after a participle
      // the clause before is the main clause, never what was said; the adjunct is skipped
      if (adjunct_only && participle(c) && after_break) {
        std::uint32_t t = b;
        while (t < se && t - b < kMaxAdjunctPhrase && (pos(t) == Upos::ADP || np_token(t)) && !subject_pronoun(t)) ++t;
        if (t < se && subject_pronoun(t)) {
          b = t;
          adjunct_only = false;
        }
      }
      // "Even as they vowed to go on, the race ...": a cue in an opening subordinate clause reports up to its comma
      // ("As X puts it, CLAUSE": nothing before the comma, the clause after it is the content)
      std::uint32_t ce = opening_clause_end(sb, c.begin, se);
      if (ce <= b + 1) ce = se;
      ce = std::min(ce, relative_clause_end(a.source, sb, b, ce));
      ce = std::min(ce, coordinated_predicate_end(c, b, ce));
      // "Ruiz wrote on Twitter:" before a block: the adjunct is no content, the block is (follow_quotations)
      if (adjunct_only && !a.nested && st.end > b && key(trim_end_keep_colon(b, st.end) - 1) == ":") return a;
      // An adjunct after the cue and a clause before it: "Prices will rise, he said in an interview."
      // (a clause with a verb: "On Sunday, X called on ..." has none before X)
      LinkedAttribution with_before = a;
      const bool before_clause = adjunct_only && clause_before(start, sb, with_before) && has_verb(with_before.contents.back());
      if (before_clause) a = std::move(with_before);
      if (!before_clause) {
        const std::uint32_t e = object_adjunct_start(b, object_end(b, clause_end(b, ce, quote_close), complementizer(b - 1)));
        if (e > b) a.contents.push_back({b, e});
        else clause_before(start, sb, a);
      }
    }
    // "The nations, Xi said, now have a deal", "Its investment, Ms. Tanzer said,
    // “is a perfect example”": a cue between commas inside the clause it reports
    // splits what was said; the part before the cue is said too.
    // (its own source next to it, not one shared with the clause before: "..., Nefzi said, adding, “...”")
    const bool own_source = !a.source.empty() && (a.source.e == c.begin || (source_after && a.source.b >= c.end));
    if (a.contents.size() == 1 && !a.nested && own_source && !participle(c) && !prepositional(c)) {
      const TokenRange before = interrupted_clause_before(start, k, st, a.contents[0]);
      if (!before.empty()) a.contents.insert(a.contents.begin(), before);
    }
    // "The plan was rejected by the council", "A motion ... has since been denied":
    // what a passive cue reports on is its subject
    if (a.contents.empty() && passive(c, sb)) {
      TokenRange subject, head;
      if (subject_before(c.begin, sb, subject, head)) a.contents.push_back(subject);
    }
    // "The claims cited by the officials were false": after a participle that modifies a noun,
    // the main clause's predicate is no content; the noun is what was cited
    if (a.contents.size() == 1 && c.end - c.begin == 1 && c.begin > sb && pos(c.begin) == Upos::VERB &&
        key(c.begin).ends_with("ed") && pos(c.begin - 1) == Upos::NOUN && source_after &&
        one_of(pos(a.contents[0].b), {Upos::VERB, Upos::AUX})) {
      const std::uint32_t nb = np_core_left(c.begin, sb);
      if (nb < c.begin) a.contents.assign(1, TokenRange{nb, c.begin});
    }
    // "The number Goodell cited seems low": the noun the relative clause modifies
    // (when the main clause goes on right after the cue; "the moment Sanders announced his
    // candidacy" reports the candidacy)
    if (!object_before.empty() && c.end < in_.sentences[c.sentence].end &&
        (one_of(pos(c.end), {Upos::VERB, Upos::AUX}) || in_.punct(c.end)))
      a.contents.assign(1, object_before);
    return a;
  }

  // The last sentence of the run from `first` that stays in its paragraph and holds no cue.
  std::uint32_t cue_free_run_end(std::uint32_t first) const {
    const auto& sentences = in_.sentences;
    std::uint32_t last = first;
    while (last + 1 < sentences.size() && sentences[last + 1].paragraph == sentences[first].paragraph &&
           !has_cue(sentences[last + 1]))
      ++last;
    return last;
  }

  // "On April 2:" as a paragraph of its own, a block paragraph after it: a dated
  // label in a list of one speaker's posts or remarks (a time preposition, at
  // most kMaxColonName tokens, a final colon, no cue).
  bool dated_block_label(std::uint32_t label) const {
    const auto& sentences = in_.sentences;
    if (label + 1 >= sentences.size()) return false;
    const SentenceTokens& st = sentences[label];
    if (st.paragraph == sentences[label - 1].paragraph || sentences[label + 1].paragraph == st.paragraph) return false;
    const std::uint32_t e = trim_end_keep_colon(st.begin, st.end);
    return e - st.begin <= kMaxColonName && key(e - 1) == ":" && !has_cue(st) &&
           (in_.classes(st.begin) & kClassTimePreposition);  // (an untagged sentence: no part of speech to read)
  }

  // Quotations that continue an attribution: later quotations in the same
  // paragraph with no cue of their own, while nothing but quotations and
  // their cue sentences intervene; a block quotation after a colon that ends
  // a paragraph (the next paragraph, in marks or not).
  void follow_quotations(std::vector<LinkedAttribution>& out) {
    const auto& sentences = in_.sentences;
    for (std::size_t ai = 0; ai < out.size(); ++ai) {
      LinkedAttribution& a = out[ai];
      if (a.nested) continue;
      std::uint32_t si = a.cue.sentence;
      const std::uint32_t para = sentences[si].paragraph;
      const bool quote_based = !a.contents.empty() && open_quote(a.contents.back().b);
      const std::uint32_t se = sentences[si].end;
      const bool colon_end = key(trim_end_keep_colon(sentences[si].begin, se) - 1) == ":";
      if (colon_end && a.contents.empty()) {
        // "He said:" at the end of a sentence: the next sentence, or the next paragraph when this one ends
        const std::uint32_t ni = si + 1;
        if (ni < sentences.size() && !has_cue(sentences[ni])) {
          const bool new_para = sentences[ni].paragraph != para;
          // (the whole next paragraph is the block quotation)
          std::uint32_t last = new_para ? cue_free_run_end(ni) : ni;
          const TokenRange r{sentences[ni].begin, trim_punct_end(sentences[ni].begin, sentences[last].end)};
          if (const QuoteRegion* q = in_.quotes.starting_at(r.b); q && take(*q)) {
            a.contents.push_back(region(*q));
          } else if (!r.empty()) {
            a.contents.push_back(r);
            a.block = !in_.quoted(r.b);
            // "On April 2:" alone in a paragraph after the block: the next block is the same speaker's
            while (new_para && dated_block_label(last + 1)) {
              const std::uint32_t block = last + 2;
              if (has_cue(sentences[block]) || in_.quoted(sentences[block].begin)) break;
              last = cue_free_run_end(block);
              a.contents.push_back({sentences[block].begin, trim_punct_end(sentences[block].begin, sentences[last].end)});
            }
          }
          si = last;
        }
      }
      if (!quote_based && !(colon_end && !a.contents.empty())) continue;
      // Later sentences of the paragraph that open with a quotation and hold no cue.
      for (std::uint32_t ni = si + 1; ni < sentences.size() && sentences[ni].paragraph == para; ++ni) {
        if (has_cue(sentences[ni])) break;
        const QuoteRegion* q = in_.quotes.starting_at(first_word_or_quote(sentences[ni]));
        if (!q) {
          // inside a quotation that began earlier (a multi-sentence quotation already taken)
          if (in_.quoted(sentences[ni].begin) && a.contents.back().e > sentences[ni].begin) continue;
          break;
        }
        if (!take(*q)) break;
        a.contents.push_back(region(*q));
        while (ni + 1 < sentences.size() && sentences[ni + 1].begin < a.contents.back().e) ++ni;
      }
      follow_open_quotation(a);
    }
  }

  // A quotation left open at the end of its paragraph goes on in the next one
  // when that opens with a quotation mark (the newspaper convention for a long
  // quotation): "“We will rebuild. It will take years. ¶ “But we have no choice.”"
  void follow_open_quotation(LinkedAttribution& a) {
    const auto& sentences = in_.sentences;
    for (int step = 0; step < kMaxQuotedParagraphs && !a.contents.empty(); ++step) {
      const QuoteRegion* open = in_.quotes.starting_at(a.contents.back().b);
      if (!open || open->closed) return;
      // the first sentence after the quotation, which must start a new paragraph
      const auto next = std::lower_bound(sentences.begin(), sentences.end(), a.contents.back().e,
                                         [](const SentenceTokens& st, std::uint32_t k) { return st.begin < k; });
      if (next == sentences.end() || next == sentences.begin() || next->paragraph == std::prev(next)->paragraph) return;
      const QuoteRegion* q = in_.quotes.starting_at(first_word_or_quote(*next));
      if (!q || !take(*q)) return;
      a.contents.push_back(region(*q));
    }
  }

  // The quotations an attribution gives to its source: each that opens a part of
  // the content and, after a naming verb, any inside it ("called the
  // performance “embarrassing”": the word is the speaker's, no scare quote).
  void claim_quotations(LinkedAttribution& a) const {
    const bool naming = (in_.classes(a.cue.end - 1) & kClassNamingVerb) != 0;
    for (const TokenRange& part : a.contents)
      for (std::uint32_t k = part.b; k < (naming ? part.e : part.b + 1); ++k)
        if (const QuoteRegion* q = in_.quotes.starting_at(k))
          a.quotes.push_back(static_cast<std::uint32_t>(q - in_.quotes.quotes.data()));
  }

  std::uint32_t trim_end_keep_colon(std::uint32_t b, std::uint32_t e) const noexcept {
    while (e > b + 1 && in_.punct(e - 1) && key(e - 1) != ":") --e;
    return e;
  }
  std::uint32_t first_word_or_quote(const SentenceTokens& st) const noexcept {
    std::uint32_t k = st.begin;
    while (k < st.end && in_.punct(k) && !open_quote(k)) ++k;
    return k;
  }
  bool has_cue(const SentenceTokens& st) const noexcept {
    return sentence_has_cue_[static_cast<std::size_t>(&st - in_.sentences.data())] != 0;
  }
};

}  // namespace

std::vector<LinkedAttribution> link_attributions(const LinkInput& in) { return Linker(in).run(); }

}  // namespace rhetor::detail
