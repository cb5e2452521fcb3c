#include "speakers.hpp"

#include <algorithm>

namespace rhetor::detail {
namespace {

constexpr std::uint32_t kRoleWindow = 15;       // tokens between a role word and its name
constexpr std::uint32_t kLookbackSentences = 25;  // how far back an antecedent is searched
constexpr std::uint32_t kSalientSentences = 3;     // a speaker this recent wins over names in the text
constexpr std::uint32_t kLookbackTokens = 400;      // ... and at most this many tokens back for a name
constexpr std::uint32_t kRoleLookbackTokens = 4000;  // how far back a role's earlier mention is searched
constexpr std::size_t kLookbackAttributions = 64;   // attributions searched back (the quotation around a nested cue, a surname)
constexpr std::uint32_t kSurnameLookbackTokens = 2000;  // how far back a full name is searched for a surname
constexpr std::size_t kMaxGenders = 256;            // surnames whose gender is remembered (a bounded linear search)

enum class Gender : std::uint8_t { unknown, male, female };

class SpeakerResolver {
 public:
  explicit SpeakerResolver(const LinkInput& in) : in_(in) {}

  std::vector<Attribution> run(const std::vector<LinkedAttribution>& linked) {
    std::vector<Attribution> out;
    out.reserve(linked.size());
    for (std::size_t i = 0; i < linked.size(); ++i) {
      const LinkedAttribution& la = linked[i];
      Attribution a;
      a.cue = in_.span({la.cue.begin, la.cue.end});
      a.cue_match = la.cue.match;
      a.sentence = la.cue.sentence;
      a.paragraph = in_.sentences[la.cue.sentence].paragraph;
      a.nested = la.nested;
      if (!la.source.empty()) a.source = in_.span(la.source);
      for (const TokenRange& r : la.contents) a.contents.push_back(in_.span(r));
      if (!a.contents.empty())  // the extent of the content, first part to last
        a.content = Span{a.contents.front().begin, a.contents.back().end};
      // (no source, no speaker: a head the linker found and then gave up is no one)
      const TokenRange head = la.source.empty() ? TokenRange{} : la.source_head.empty() ? la.source : la.source_head;
      TokenRange speaker;
      bool identified = false;  // a pronoun or definite description: someone, not anonymous
      // "the director of the FBI, James B. Comey": a role's appositive names the person
      if (!head.empty() && head.e < la.source.e && (classes(head_noun(head)) & kClassRole))
        speaker = last_name(head.e, la.source.e, true);
      if (!speaker.empty()) identified = true;
      if (!head.empty() && speaker.empty()) speaker = resolve(la, head, linked, identified);
      // "The spokeswoman, Ms. Lena Hart,": the name may sit in the appositive
      // (an appositive after a comma or a dash, not a place in a prepositional phrase: "organizers in Cleveland")
      if (speaker.empty() && head.e < la.source.e && !(classes(head_noun(head)) & kClassVagueSource) &&
          (in_.punct(head.e) || (head.e + 1 < la.source.e && in_.punct(head.e + 1) && in_.pos(head.e) != Upos::ADP)))
        speaker = last_name(head.e, la.source.e, false);
      if (!speaker.empty()) a.speaker = in_.span(speaker);
      if (!speaker.empty() && head.e - head.b == 1 && (classes(head.b) & kClassPersonPronoun))
        learn_gender(speaker, gender_of_word(head.b));
      else if (!speaker.empty())
        learn_gender(speaker, gender_of(speaker));  // "Mrs. Clinton said": an honorific or role before the name
      a.anonymous = speaker.empty() && (head.empty() ? impersonal(la.cue) : !identified);
      speakers_.push_back(speaker);
      // (a name quoted by a speaker is not the text's current speaker; an institution is no "he")
      if (!speaker.empty() && !la.nested && person_name(speaker)) {
        last_speaker_ = speaker;
        last_speaker_sentence_ = la.cue.sentence;
      }
      out.push_back(std::move(a));
    }
    return out;
  }

 private:
  const LinkInput& in_;
  std::vector<TokenRange> speakers_;  // by attribution, token ranges (empty: none)
  TokenRange last_speaker_{~0u, ~0u};  // the most recent resolved speaker of an outer attribution
  using NameKey = std::pair<std::string_view, std::string_view>;  // a name's first and last word
  std::vector<std::pair<NameKey, Gender>> genders_;  // names the text has called he or she
  std::uint32_t last_speaker_sentence_ = 0;

  std::string_view key(std::uint32_t k) const noexcept { return in_.key(k); }
  std::uint32_t classes(std::uint32_t k) const noexcept { return in_.classes(k); }
  bool cap(std::uint32_t k) const noexcept { return (in_.s.info[k].flags & kFlagCap) != 0; }
  bool word(std::uint32_t k) const noexcept { return (in_.s.info[k].flags & kFlagWord) != 0; }
  // Part of a name: a proper noun where tagged, a capitalized word elsewhere.
  bool name_token(std::uint32_t k) const noexcept {
    const Upos p = in_.pos(k);
    if (p == Upos::X) return word(k) && cap(k);
    if (p == Upos::AUX) return in_.modal_first_name(k);  // "“...,” Will/AUX Estrada said"
    // "O'Malley" tagged an interjection: a capitalized word with an apostrophe inside
    if (p == Upos::INTJ) return word(k) && cap(k) && apostrophe_inside(key(k));
    if (p == Upos::PROPN) return cap(k) || !word(k);
    // a capitalized word after a proper noun that the tagger took for something else ("Chad Sweet")
    return k > 0 && cap(k) && in_.pos(k - 1) == Upos::PROPN && (p == Upos::ADJ || p == Upos::NOUN || p == Upos::VERB);
  }

  bool impersonal(const Cue& c) const noexcept {
    const std::string_view w = key(c.begin);
    // "it is believed", "reportedly": the cue itself names nobody
    return (classes(c.begin) & kClassSubjectPronoun && in_.pos(c.begin) == Upos::PRON) ||
           (c.end - c.begin == 1 && w.size() > 4 && w.ends_with("ly"));
  }

  // The last name in [b, e): a run of name tokens ("Mr . Comey" keeps its
  // period), honorifics and role words stripped from its front. Empty if none,
  // or if the run ends in an institution word ("the National Security Council").
  TokenRange last_name(std::uint32_t b, std::uint32_t e, bool need_person) const noexcept {
    std::uint32_t k = e;
    while (k > b) {
      while (k > b && !name_token(k - 1)) --k;
      if (k == b) break;
      std::uint32_t r = k;
      std::uint32_t l = k;
      // ("The Red Cross": a capitalized word after an article that the tagger took for an adjective opens the name)
      // ("Mike de la Rocha": lower-case particles between capitalized parts of a name)
      while (l > b && (name_token(l - 1) || (key(l - 1) == "." && l - 1 > b && name_token(l - 2)) ||
                       ((classes(l - 1) & kClassNameParticle) && !cap(l - 1) && name_particles_follow_name(l - 1, b)) ||
                       (cap(l - 1) && word(l - 1) && in_.pos(l - 1) == Upos::ADJ && l - 1 > 0 &&
                        (classes(l - 2) & kClassArticle))))
        --l;
      // honorifics and roles are no part of the name: "Louisiana Sen. Bill Cassidy" -> "Bill Cassidy"
      std::uint32_t nb = l;
      for (std::uint32_t t = l; t + 1 < r; ++t)
        if (classes(t) & (kClassHonorific | kClassRole)) nb = t + 1;
      // nor the office after "<role> of": "Secretary of Homeland Security John F. Kelly" -> "John F. Kelly"
      if (nb == l && l >= 2 && key(l - 1) == "of" && (classes(l - 2) & (kClassRole | kClassHonorific)))
        nb = std::max(nb, last_two_words(l, r));
      while (nb < r && key(nb) == ".") ++nb;
      // "the National Security Council", "His Labor Secretary": an institution or a role, no name
      const bool institution = classes(r - 1) & (kClassNotName | kClassRole);
      // "a caravan of Central Americans": a people or a party is no person
      const bool people = need_person && (classes(r - 1) & kClassPeople);
      // "the National Security ...": a person's name follows no article
      const bool after_article = l > 0 && (classes(l - 1) & kClassArticle);
      if (nb < r && !institution && !people && !(need_person && after_article)) {
        const bool titled = nb > l || (l > b && (classes(l - 1) & (kClassHonorific | kClassRole)));
        if (!need_person || r - nb >= 2 || titled || known_surname(nb, r)) return {nb, r};
      }
      k = l;
    }
    return {};
  }

  // An institution word, a capitalized "of" ("the"), and a name to the end of h:
  // the whole capitalized run from the institution's name on. Empty otherwise
  // ("Secretary of State John Kerry" is a role, not an institution).
  TokenRange institution_name_with_of(TokenRange h) const noexcept {
    for (std::uint32_t k = h.b + 1; k + 1 < h.e; ++k) {
      if (key(k) != "of" || !name_token(k - 1) || !(classes(k - 1) & kClassNotName)) continue;
      std::uint32_t r = k + 1;
      if (classes(r) & kClassArticle) ++r;
      if (r == h.e) return {};
      for (std::uint32_t t = r; t < h.e; ++t)  // (capitalized, whatever the tag: "of Rural/ADJ Mayors")
        if (!name_token(t) && !(cap(t) && word(t))) return {};
      std::uint32_t b = k - 1;  // (a capitalized adjective after the article: "the American Federation of")
      while (b > h.b && !(classes(b - 1) & kClassArticle) && (name_token(b - 1) || (cap(b - 1) && word(b - 1)))) --b;
      return {b, h.e};
    }
    return {};
  }

  // Where the last two words of [b, r) begin, initials ("F .") riding along.
  std::uint32_t last_two_words(std::uint32_t b, std::uint32_t r) const noexcept {
    std::uint32_t words = 0, k = r;
    while (k > b && words < 2) {
      --k;
      if (key(k) != "." && key(k).size() > 1) ++words;
    }
    return k;
  }

  // --- gender: only what the text says (a pronoun resolved before, an honorific or a role) ---
  Gender gender_of_word(std::uint32_t k) const noexcept {
    const std::uint32_t c = classes(k);
    if ((c & kClassMale) && !(c & kClassFemale)) return Gender::male;
    if ((c & kClassFemale) && !(c & kClassMale)) return Gender::female;
    return Gender::unknown;
  }
  // The gender of a name: learned from earlier pronouns for that name, else told by
  // the word right before it ("Mrs. Clinton", "spokeswoman Ann Lee").
  Gender gender_of(TokenRange name) const noexcept {
    const NameKey n{key(name.b), key(name.e - 1)};
    for (const auto& [known, g] : genders_)
      if (known == n) return g;
    std::uint32_t k = name.b;
    while (k > 0 && key(k - 1) == ".") --k;
    return k > 0 ? gender_of_word(k - 1) : Gender::unknown;
  }
  bool compatible(TokenRange name, Gender want) const noexcept {
    if (want == Gender::unknown) return true;
    const Gender g = gender_of(name);
    return g == Gender::unknown || g == want;
  }
  // "He said" resolved to Donald Trump: he is "he" from now on (the first word wins).
  // (by the whole name: "Hillary Clinton" is not "Bill Clinton"; "Clinton" alone stays open)
  // (a single word may name several people: "Clinton", "Trump")
  void learn_gender(TokenRange name, Gender g) {
    if (g == Gender::unknown || name.e - name.b < 2) return;
    const NameKey n{key(name.b), key(name.e - 1)};
    for (const auto& [known, kg] : genders_)
      if (known == n) return;
    if (genders_.size() < kMaxGenders) genders_.emplace_back(n, g);
  }

  // A person, not an institution or a party, can be "he" or "she" later.
  // ("Fox News Sean Hannity" is one: two words follow the institution's name)
  bool person_name(TokenRange n) const noexcept {
    std::uint32_t after_institution = n.b;
    for (std::uint32_t k = n.b; k < n.e; ++k) {
      if (key(k) == "of") return false;
      if (classes(k) & kClassNotName) after_institution = k + 1;
    }
    if (after_institution > n.b) {
      std::uint32_t words = 0;
      for (std::uint32_t k = after_institution; k < n.e; ++k) words += key(k) != "." && key(k).size() > 1;
      if (words < 2) return false;
    }
    const std::string_view last = key(n.e - 1);
    // ("Acme Inc" is a company: a name suffix that is no honorific like "Jr")
    if ((classes(n.e - 1) & kClassNameSuffix) && !(classes(n.e - 1) & kClassHonorific)) return false;
    return !((classes(n.e - 1) & kClassPeople) && last.ends_with("s"));
  }

  // Lower-case name particles from k back, then a name token at or after b.
  bool name_particles_follow_name(std::uint32_t k, std::uint32_t b) const noexcept {
    while (k > b && (classes(k) & kClassNameParticle) && !cap(k)) --k;
    return !(classes(k) & kClassNameParticle) && name_token(k) && cap(k);
  }

  // "Trump has issued a dozen tweets": one capitalized word is a person when an
  // earlier speaker had it as surname ("Donald Trump").
  // ... or when the text named someone so in full before: "his adviser, Michael Flynn, was
  // texting ... Flynn is cooperating. He knows plenty." (a bounded look back)
  bool known_surname(std::uint32_t b, std::uint32_t e) const noexcept {
    if (e != b + 1) return false;
    for (std::size_t j = speakers_.size(); j-- > 0 && speakers_.size() - j <= kLookbackAttributions;)
      if (speakers_[j].e - speakers_[j].b >= 2 && key(speakers_[j].e - 1) == key(b)) return true;
    const std::uint32_t from = b > kSurnameLookbackTokens ? b - kSurnameLookbackTokens : 1;
    for (std::uint32_t t = b; t-- > from;)
      // (where tagged: a sentence without a cue has no tags, and "in New/X York/X" is no name)
      if (key(t) == key(b) && cap(t) && in_.pos(t) == Upos::PROPN && in_.pos(t - 1) == Upos::PROPN && cap(t - 1) &&
          !(classes(t - 1) & (kClassNotName | kClassRole | kClassHonorific)))
        return true;
    return false;
  }

  // The noun a source is about: the last noun before its first preposition or
  // post-modifying adjective ("People familiar with the matter" -> People).
  std::uint32_t head_noun(TokenRange h) const noexcept {
    std::uint32_t noun = h.e - 1;
    for (std::uint32_t k = h.b; k < h.e; ++k) {
      const Upos p = in_.pos(k);
      if (k > h.b && (p == Upos::ADP || (p == Upos::ADJ && (in_.pos(k - 1) == Upos::NOUN || in_.pos(k - 1) == Upos::PROPN))))
        break;
      if (p == Upos::NOUN || p == Upos::PROPN || p == Upos::PRON) noun = k;
    }
    return noun;
  }

  std::uint32_t first_word(std::uint32_t sentence) const noexcept {
    const SentenceTokens& st = in_.sentences[sentence];
    std::uint32_t k = st.begin;
    while (k < st.end && !word(k)) ++k;
    return k;
  }

  bool is_pronoun(TokenRange h, std::uint32_t cls) const noexcept {
    return h.e - h.b == 1 && (classes(h.b) & cls);
  }

  TokenRange resolve(const LinkedAttribution& la, TokenRange head, const std::vector<LinkedAttribution>& linked,
                     bool& identified) {
    // "Joseph R. Biden Jr.": the name before its suffix
    if (head.e - head.b >= 3 && key(head.e - 1) == "." && (classes(head.e - 2) & kClassHonorific) &&
        in_.pos(head.e - 2) == Upos::PROPN && in_.pos(head.e - 3) == Upos::PROPN)
      head.e -= 2;
    // "Acme Inc.": the name without the period of its suffix
    else if (head.e - head.b >= 3 && key(head.e - 1) == "." && (classes(head.e - 2) & kClassNameSuffix))
      head.e -= 1;
    // "Sen. Ann Ruiz (D-Ohio)": the name is before the parenthetical
    if (key(head.e - 1) == ")")
      for (std::uint32_t k = head.e - 1; k > head.b + 1; --k)
        if (key(k - 1) == "(") {
          head.e = k - 1;
          break;
        }
    // "Joel Pollak of Breitbart", "KOSA CBS 7 in Texas": the phrase before a preposition is its head
    for (std::uint32_t k = head.b + 1; k < head.e; ++k)
      if (in_.pos(k) == Upos::ADP && !cap(k)) {  // (not in a title-case headline: "Hospitals On High Alert")
        // unless the word before it is a role or an office ("Chief of Staff Dave Goldfein", "the
        // secretary general of the alliance Jens Stoltenberg"); "NATO's support for Ukraine" is no Ukraine
        std::uint32_t last = k - 1;
        if (in_.pos(last) == Upos::NUM && last > head.b) --last;  // "KOSA CBS 7 in Texas"
        // (an office "of" an institution; "organizers in Cleveland" are at a place)
        if (!(classes(last) & (kClassRole | kClassNotName | kClassHonorific)) || key(k) != "of") head.e = k;
        break;
      }
    const std::uint32_t head_classes = classes(head.e - 1) | classes(head_noun(head));
    // "The secretary said", "the lawmaker said": a definite singular description
    // refers to someone the text introduced: it is not anonymous.
    const bool article = (classes(head.b) & kClassArticle) && !(classes(head.b) & kClassIndefinite);
    const bool definite = article || (in_.pos(head.b) == Upos::DET && !(classes(head.b) & kClassIndefinite)) ||
                          in_.pos(head.b) == Upos::PRON;
    const std::string_view noun = key(head_noun(head));
    const bool singular = !(noun.ends_with("s") && !noun.ends_with("ss"));
    // A group names nobody even with a proper-noun modifier ("White House officials"),
    // unless "the" singles one out ("the lawmaker"; "nobody in the office" does not).
    // "Pajamas Media reported": a group word inside a proper name names someone
    // (but in a title-case headline every word is capitalized: "Senior Administration Officials Say").
    const bool in_name = head.e - head.b >= 2 && cap(head.e - 1) && in_.pos(head.e - 2) == Upos::PROPN &&
                         !cap(la.cue.begin);
    if ((head_classes & kClassVagueSource) && !in_name) {
      identified = article && singular;
      return {};
    }
    // A named institution is its own speaker: "the Putin government", "the Kremlin press office".
    // ("Mr. Trump's news conference" is an event, not an institution)
    if ((head_classes & kClassNotName) && !(head_classes & kClassSpeechEvent) && !name_token(head.e - 1)) {
      std::uint32_t b = head.b;  // the last conjunct: "the Wagner group and the Putin government"
      for (std::uint32_t k = head.b; k < head.e; ++k)
        if (in_.pos(k) == Upos::CCONJ) b = k + 1;
      for (std::uint32_t k = b; k < head.e; ++k)
        if (name_token(k)) return {k, head.e};
    }
    // "The U.S. Conference of Catholic Bishops", "the Department of Homeland Security":
    // an institution's name goes on across "of"
    if (TokenRange n = institution_name_with_of(head); !n.empty()) return n;
    // a name that heads the source ("a nasty Facebook message" names nobody)
    if (TokenRange n = last_name(head.b, head.e, false); !n.empty() && n.e == head.e) return n;
    // a named institution ("Fox News", "the Justice Department"): its capitalized run
    if (name_token(head.e - 1) && (classes(head.e - 1) & kClassNotName)) {
      std::uint32_t b = head.e - 1;
      while (b > head.b && name_token(b - 1) && !(classes(b - 1) & kClassArticle)) --b;
      if (head.e - b >= 2) return {b, head.e};
    }
    // ... with a number after it: "KOSA CBS 7", "Channel 4"
    if (head.e - head.b >= 2 && in_.pos(head.e - 1) == Upos::NUM)
      if (TokenRange n = last_name(head.b, head.e - 1, false); !n.empty() && n.e == head.e - 1) return {n.b, head.e};
    if (is_pronoun(head, kClassFirstPerson)) {
      identified = true;
      if (la.nested) return enclosing_speaker(la, linked);
      return {};
    }
    if (is_pronoun(head, kClassPersonPronoun)) {
      identified = true;
      // inside a quotation "he" is someone the quoted speaker named ("“President Trump has
      // vowed ... But now, he has decided”"), never the speaker himself (he says "I")
      const Gender want = gender_of_word(head.b);
      if (la.nested) return nearest_other_person_before(head.b, enclosing_speaker(la, linked), want);
      return nearest_person_before(head.b, want);
    }
    if (is_pronoun(head, kClassGroupPronoun)) {
      identified = true;
      return {};
    }
    if (head.e - head.b == 1 && (classes(head.b) & kClassRelative)) {
      identified = true;
      std::uint32_t k = head.b;
      if (k > 0 && key(k - 1) == ",") --k;
      const std::uint32_t sb = in_.sentences[la.cue.sentence].begin;
      // "Chuck Grassley (R-Iowa), who wrote", "Tim Scott – the only black Republican – who
      // told": the name before the parenthetical or the appositive between dashes
      const auto dash = [&](std::uint32_t t) { return key(t) == "-" || key(t) == "\u2013" || key(t) == "\u2014"; };
      const bool closing_dash = k > sb && dash(k - 1);
      if (k > sb && (key(k - 1) == ")" || closing_dash))
        for (std::uint32_t o = k - 2; o > sb && k - o < 12; --o)
          if (closing_dash ? dash(o) : key(o) == "(") {
            k = o;
            break;
          }
      // "the pages who ...", "any staff who endorsed": a common noun right before the
      // relative is its antecedent; a role there resolves only when it is definite
      if (k > sb && in_.pos(k - 1) == Upos::NOUN && !name_token(k - 1)) {
        std::uint32_t d = k - 1;
        while (d > sb && (in_.pos(d - 1) == Upos::NOUN || in_.pos(d - 1) == Upos::ADJ)) --d;
        if (d > sb && in_.pos(d - 1) == Upos::DET) --d;
        identified = false;
        const TokenRange r = resolve(la, {d, k}, linked, identified);
        // "Ann Lee, the lawyer who said": a definite role's name may stand right before it
        const bool definite_role = (classes(k - 1) & kClassRole) && d < k - 1 && (classes(d) & kClassArticle) &&
                                   !(classes(d) & kClassIndefinite);
        if (!r.empty() || !definite_role) return r;
      }
      return last_name(k > sb + kRoleWindow ? k - kRoleWindow : sb, k, false);
    }
    // "Fox News report:", "the Trump campaign statement": a document is its author's
    if (head.e - head.b >= 2 && (classes(head.e - 1) & kClassSpeechEvent) && name_token(head.e - 2)) {
      std::uint32_t b = head.e - 2;
      while (b > head.b && name_token(b - 1)) --b;
      return {b, head.e - 1};
    }
    // "Trump: Comey lied" (a headline): the short capitalized name before a colon cue is a name
    if (key(la.cue.begin) == ":" && la.cue.end == la.cue.begin + 1 && head.e == la.cue.begin && head.e - head.b <= 3) {
      bool all_cap = true;
      for (std::uint32_t k = head.b; k < head.e; ++k) all_cap &= cap(k) && in_.pos(k) != Upos::PRON;
      if (all_cap && !(classes(head.e - 1) & (kClassRole | kClassVagueSource))) return head;
    }
    // "Crews alleges ..." opening a sentence: the surname of a speaker named before ("Terry Crews")
    if (head.e - head.b == 1 && cap(head.b) && in_.pos(head.b) != Upos::PRON && known_surname(head.b, head.e))
      return head;
    // a capitalized head the tagger did not take for a name, not at the start of
    // its sentence: "“...,” Elhadj said", "an emotional Kimmel said"
    if (const std::uint32_t k = head.e - 1;
        cap(k) && word(k) && in_.pos(k) != Upos::PRON && !(classes(k) & (kClassNotName | kClassRole)) && k != first_word(la.cue.sentence) &&
        !(k > head.b && cap(k - 1)))  // not in a title-case run ("Hospitals On High Alert")
      return {k, k + 1};
    // "Trump said" opening a sentence, tagged as a common noun: it may be a name we cannot
    // confirm, so no speaker, but a singular capitalized word is no anonymous source
    if (head.e - head.b == 1 && cap(head.b) && word(head.b) && in_.pos(head.b) == Upos::NOUN && singular &&
        !(classes(head.b) & (kClassNotName | kClassRole | kClassVagueSource)))
      identified = true;
    if (definite && singular) identified = true;
    // A definite role resolves to the name given that role ("A Justice Department
    // spokesperson told": an indefinite role is nobody in particular)
    // (one person: "the doctors" are several; the role after a possessive: "the
    // senator's doctors" are not the senator)
    if (definite && singular) {
      std::uint32_t b = head.b;
      for (std::uint32_t k = head.b; k < head.e; ++k)
        if (key(k) == "'s" || key(k) == "'") b = k + 1;
      for (std::uint32_t k = b; k < head.e; ++k)
        if (classes(k) & kClassRole) return role_antecedent(k, la.cue.sentence);
    }
    return {};
  }

  // The speaker of the quotation that holds a nested cue.
  TokenRange enclosing_speaker(const LinkedAttribution& la, const std::vector<LinkedAttribution>& linked) const {
    for (std::size_t j = speakers_.size(); j-- > 0 && speakers_.size() - j <= kLookbackAttributions;) {
      const LinkedAttribution& outer = linked[j];
      if (outer.nested) continue;
      for (const TokenRange& r : outer.contents)
        if (r.b <= la.cue.begin && la.cue.begin < r.e) return speakers_[j];
      if (in_.sentences[outer.cue.sentence].paragraph != in_.sentences[la.cue.sentence].paragraph) break;
    }
    // not linked yet: the cue after the quotation in the same sentence is resolved later; leave it open
    return {};
  }

  // The nearest earlier mention of a person: an earlier speaker, or a name in
  // the text before (the nearest wins).
  TokenRange nearest_person_before(std::uint32_t k, Gender want) const {
    // The speaker of a recent attribution is the most salient person: "Kimmel said ... He went on".
    std::uint32_t si = sentence_of(k);
    const bool last_fits = last_speaker_.e <= k && compatible(last_speaker_, want);
    if (last_fits && si - last_speaker_sentence_ <= kSalientSentences) return last_speaker_;
    // When the salient speaker is of the other gender, a name in the text must look like a
    // person's: not the object of a preposition ("in Palo Alto", "regulating Wall Street"
    // is after a verb, but "on Wall Street" is a place), not opened by a capitalized "To".
    const bool other_gender = last_speaker_.e <= k && !last_fits;
    TokenRange best = last_fits ? last_speaker_ : TokenRange{};
    // else the nearer of that speaker and a name in the text before (outside quotations)
    // whose gender does not contradict the pronoun's
    for (std::uint32_t n = 0; n < kLookbackSentences; ++n) {
      const SentenceTokens& st = in_.sentences[si];
      const std::uint32_t window_begin = k > kLookbackTokens ? k - kLookbackTokens : 0;  // bounded search
      const std::uint32_t b = std::max(st.begin, window_begin);
      bool found = false;
      for (std::uint32_t e = std::min(k, st.end); e > b && !found;) {
        const TokenRange name = last_name(b, e, true);
        if (name.empty() || in_.quoted(name.b)) break;  // (a quoted name: the sentence before)
        const bool place_like = other_gender && ((name.b > 0 && in_.pos(name.b - 1) == Upos::ADP) ||
                                                 one_of(in_.pos(name.b), {Upos::ADP, Upos::SCONJ}) ||
                                                 (name.b > 0 && (classes(name.b - 1) & kClassArticle)));
        if (compatible(name, want) && !place_like) {
          if (best.empty() || name.b > best.b) best = name;
          found = true;
        }
        e = name.b;
      }
      if (found) break;
      if (st.begin <= window_begin) break;
      if (!best.empty() && best.b >= st.begin) break;
      if (si == 0) break;
      --si;
    }
    return best;
  }

  // The nearest name before k, quoted or not, that is not `speaker` (compared by
  // surname), within the same bounded window as nearest_person_before.
  TokenRange nearest_other_person_before(std::uint32_t k, const TokenRange& speaker, Gender want) const {
    std::uint32_t si = sentence_of(k);
    const std::uint32_t window_begin = k > kLookbackTokens ? k - kLookbackTokens : 0;
    for (std::uint32_t n = 0; n < kLookbackSentences; ++n) {
      const SentenceTokens& st = in_.sentences[si];
      const std::uint32_t b = std::max(st.begin, window_begin);
      for (std::uint32_t e = std::min(k, st.end); e > b;) {
        const TokenRange name = last_name(b, e, true);
        if (name.empty()) break;
        if ((speaker.empty() || key(name.e - 1) != key(speaker.e - 1)) && compatible(name, want)) return name;
        e = name.b;
      }
      if (st.begin <= window_begin || si == 0) break;
      --si;
    }
    return {};
  }

  // "The secretary said": the name next to the nearest earlier mention of
  // "secretary" ("Secretary of the ... Council, Oleksiy Danilov").
  TokenRange role_antecedent(std::uint32_t role, std::uint32_t sentence) const {
    const std::string_view w = key(role);
    std::uint32_t si = sentence;
    for (std::uint32_t n = 0; n < kLookbackSentences; ++n) {
      const SentenceTokens& st = in_.sentences[si];
      const std::uint32_t e = si == sentence ? role : st.end;
      const std::uint32_t window_begin = role > kRoleLookbackTokens ? role - kRoleLookbackTokens : 0;
      for (std::uint32_t k = e; k-- > std::max(st.begin, window_begin);) {
        if (key(k) != w) continue;
        const std::uint32_t after_end = std::min(st.end, k + 1 + kRoleWindow);
        if (TokenRange n1 = first_name(k + 1, after_end); !n1.empty()) return n1;
        if (TokenRange n2 = last_name(k > st.begin + kRoleWindow ? k - kRoleWindow : st.begin, k, true); !n2.empty())
          return n2;
      }
      if (si == 0 || st.begin <= window_begin) break;
      --si;
    }
    return {};
  }

  // The person's name closest after b in [b, e): the last name of the first
  // comma-delimited stretch that holds one.
  TokenRange first_name(std::uint32_t b, std::uint32_t e) const noexcept {
    // "President Donald Trump said ... James Comey": the name right after the role
    if (b < e && name_token(b)) {
      std::uint32_t r = b;
      while (r < e && name_token(r)) ++r;
      if (TokenRange n = last_name(b, r, true); !n.empty()) return n;
    }
    std::uint32_t from = b;
    for (std::uint32_t k = b; k <= e; ++k) {
      if (k == e || key(k) == "," || key(k) == ";") {
        if (TokenRange n = last_name(from, k, true); !n.empty()) return n;
        from = k + 1;
      }
    }
    return {};
  }

  std::uint32_t sentence_of(std::uint32_t k) const noexcept {
    const auto it = std::upper_bound(in_.sentences.begin(), in_.sentences.end(), k,
                                     [](std::uint32_t t, const SentenceTokens& st) { return t < st.begin; });
    return it == in_.sentences.begin() ? 0 : static_cast<std::uint32_t>(it - in_.sentences.begin() - 1);
  }
};

}  // namespace

std::vector<Attribution> resolve_speakers(const LinkInput& in, const std::vector<LinkedAttribution>& linked) {
  return SpeakerResolver(in).run(linked);
}

}  // namespace rhetor::detail
