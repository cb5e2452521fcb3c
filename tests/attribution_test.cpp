// The attribution stage with the default English pack: cues, sources,
// contents (followed across sentences), speakers, anonymous and nested flags.
// Sentences are our own, built to show each error type of issue 7.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

const rhetor::Analyzer& english() {
  static const rhetor::Analyzer a;
  return a;
}

struct Linked {
  std::string cue, source, speaker, content;
  std::vector<std::string> contents;
  bool anonymous = false, nested = false;
};

std::vector<Linked> link_all(std::string_view text) {
  const auto r = english().analyze(text);
  std::vector<Linked> out;
  auto str = [&](const std::optional<rhetor::Span>& s) { return s ? std::string(r.text(*s)) : std::string("<null>"); };
  for (const auto& a : r.attributions()) {
    Linked l{std::string(r.text(a.cue)), str(a.source), str(a.speaker), str(a.content), {}, a.anonymous, a.nested};
    for (const auto& part : a.contents) l.contents.emplace_back(r.text(part));
    out.push_back(std::move(l));
  }
  return out;
}

Linked link_one(std::string_view text) {
  auto all = link_all(text);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Linked{} : all[0];
}

// 1. Content taken from the wrong side.
TEST(AttributionContent, QuotationBeforeWinsOverAnAdjunctAfter) {
  const auto l = link_one("\u201CPrices will rise,\u201D she said in an interview.");
  EXPECT_EQ(l.source, "she");
  EXPECT_EQ(l.content, "\u201CPrices will rise,\u201D");
}

TEST(AttributionContent, AddresseeIsNotTheContent) {
  const auto l = link_one("\u201CIt cost a fortune,\u201D the mayor told the local paper.");
  EXPECT_EQ(l.cue, "told");
  EXPECT_EQ(l.source, "the mayor");
  EXPECT_EQ(l.content, "\u201CIt cost a fortune,\u201D");
}

TEST(AttributionContent, ThatClauseAfterAnAdjunct) {
  const auto l = link_one("The ministry said in a statement that the talks had failed.");
  EXPECT_EQ(l.source, "The ministry");
  EXPECT_EQ(l.content, "the talks had failed");
}

// 2. Words that are not attribution.
TEST(AttributionCues, NamingSupportAndHedgesAreNoCues) {
  EXPECT_TRUE(link_all("They founded a movement called Rise in 2019.").empty());
  EXPECT_TRUE(link_all("The town is known as the gateway to the valley.").empty());
  EXPECT_TRUE(link_all("She supported the bill last year.").empty());
  EXPECT_TRUE(link_all("The plan appears to work.").empty());
  EXPECT_TRUE(link_all("It seems to be over.").empty());
  EXPECT_TRUE(link_all("He asked for money.").empty());
}

TEST(AttributionCues, NamingVerbWithASubjectStillAttributes) {
  const auto l = link_one("The senator called the vote a disgrace.");
  EXPECT_EQ(l.cue, "called");
  EXPECT_EQ(l.source, "The senator");
}

TEST(AttributionCues, PrenominalParticiplesAreNoCues) {
  EXPECT_TRUE(link_all("There are 911 confirmed cases in the region.").empty());
  EXPECT_TRUE(link_all("The reported deaths rose again.").empty());
}

TEST(AttributionSource, AgentlessPassiveHasNoSource) {
  const auto l = link_one("Travelers are being warned to keep their distance.");
  EXPECT_EQ(l.source, "<null>");  // the travelers are warned, they do not warn
  const auto l2 = link_one("The plan was criticized by Mayor Ana Soto.");
  EXPECT_EQ(l2.source, "Mayor Ana Soto");
  EXPECT_EQ(l2.speaker, "Ana Soto");
}

// 3. Multiword cue entries never swallow the source.
TEST(AttributionCues, TheCueIsTheVerbOnly) {
  const auto l = link_one("Officials said the bridge would close.");
  EXPECT_EQ(l.cue, "said");
  EXPECT_EQ(l.source, "Officials");
  EXPECT_EQ(l.content, "the bridge would close");
  const auto l2 = link_one("\u201CBy March,\u201D the report states.");
  EXPECT_EQ(l2.cue, "states");
  EXPECT_EQ(l2.source, "the report");
}

// 4. Source noun phrases kept whole.
TEST(AttributionSource, ParentheticalAppositiveInterjection) {
  const auto ruiz = link_one("Sen. Ann Ruiz (D-Ohio) said the vote was rigged.");
  EXPECT_EQ(ruiz.source, "Sen. Ann Ruiz (D-Ohio)");
  EXPECT_EQ(ruiz.speaker, "Ann Ruiz");
  const auto blackwell = link_one(
      "Morton Blackwell, the conservative icon who founded the institute in 1979, has endorsed Ann Ruiz.");
  EXPECT_EQ(blackwell.source, "Morton Blackwell, the conservative icon who founded the institute in 1979");
  EXPECT_EQ(blackwell.speaker, "Morton Blackwell");
  const auto l = link_one("The spokeswoman, Ms. Lena Hart, said the overruns were small.");
  EXPECT_EQ(l.source, "The spokeswoman, Ms. Lena Hart");
  EXPECT_EQ(l.speaker, "Lena Hart");
  EXPECT_EQ(l.content, "the overruns were small");
  EXPECT_EQ(link_one("Chief Hall with the city police said the road was closed.").source,
            "Chief Hall with the city police");
}

TEST(AttributionSource, ReducedModifiersBelongToTheSubject) {
  EXPECT_EQ(link_one("A new poll out Monday showed a close race.").source, "A new poll out Monday");
  EXPECT_EQ(link_one("One of the delegates selected Sunday signaled that he might back her.").source,
            "One of the delegates selected Sunday");
}

TEST(AttributionSource, InvertedOrder) {
  const auto l = link_one("\u201CWe are close,\u201D said a source close to the probe.");
  EXPECT_EQ(l.source, "a source close to the probe");
  EXPECT_TRUE(l.anonymous);
  const auto l2 = link_one("\u201CIt was a mistake,\u201D wrote author and former columnist Ann Lee.");
  EXPECT_EQ(l2.source, "author and former columnist Ann Lee");
  EXPECT_EQ(l2.speaker, "Ann Lee");
}

// 5. Two cues in one sentence; a cue inside a quotation.
TEST(AttributionContent, TwoCuesKeepTheirOwnContent) {
  const auto all = link_all("\u201CWaves are high,\u201D Soto told reporters, adding that the search would go on.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].cue, "told");
  EXPECT_EQ(all[0].source, "Soto");
  EXPECT_EQ(all[0].content, "\u201CWaves are high,\u201D");
  EXPECT_EQ(all[1].cue, "adding");
  EXPECT_EQ(all[1].source, "Soto");
  EXPECT_EQ(all[1].content, "the search would go on");
}

TEST(AttributionNested, CueInsideAQuotationStaysInside) {
  const auto all = link_all("Lee said: \u201CMy father told me the war was lost.\u201D The rain went on.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_FALSE(all[0].nested);
  EXPECT_TRUE(all[1].nested);
  EXPECT_EQ(all[1].source, "My father");
  EXPECT_EQ(all[1].content, "the war was lost");
}

// The quoted speaker's own "I told them", "I think", "you know", "as it says"
// restate what the quotation already attributes: no attribution of their own.
TEST(AttributionNested, FirstPersonInsideAQuotationIsNoAttributionOfItsOwn) {
  const auto all = link_all("Mayor Ana Soto said: \u201CI told them we can win.\u201D");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].cue, "said:");
  EXPECT_EQ(all[0].speaker, "Ana Soto");
  EXPECT_EQ(all[0].content, "\u201CI told them we can win.\u201D");
}

TEST(AttributionNested, SecondPersonAndSourcelessCuesInsideAQuotationAreDropped) {
  const auto a = link_all("\u201CYou know, we think the bridge will hold,\u201D the engineer said.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].cue, "said");
  EXPECT_EQ(a[0].source, "the engineer");
  const auto b = link_all("\u201CSaying no is easy,\u201D the coach said.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].cue, "said");
}

TEST(AttributionNested, ThirdPersonInsideAQuotationIsKept) {
  const auto all = link_all("The coach said: \u201CHe thinks the team is ready, and they told me so.\u201D");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_TRUE(all[1].nested);
  EXPECT_EQ(all[1].source, "He");
  EXPECT_TRUE(all[2].nested);
  EXPECT_EQ(all[2].source, "they");
}

// 6. Quotations followed across sentences and paragraphs.
TEST(AttributionContent, QuotationContinuesAfterItsCue) {
  const auto l = link_one("\u201CA storm is coming,\u201D he said. \u201CStay inside. Close the windows.\u201D");
  ASSERT_EQ(l.contents.size(), 2u);
  EXPECT_EQ(l.contents[0], "\u201CA storm is coming,\u201D");
  EXPECT_EQ(l.contents[1], "\u201CStay inside. Close the windows.\u201D");
}

TEST(AttributionContent, QuotedFragmentInsideAClauseKeepsTheClause) {
  const auto l = link_one("Gore tried to distance himself, and he \u201Cmade a strategic mistake,\u201D Lichtman said.");
  EXPECT_EQ(l.content, "Gore tried to distance himself, and he \u201Cmade a strategic mistake,\u201D");
}

TEST(AttributionContent, ACueInsideTheNextQuotationDoesNotStopIt) {
  const auto all = link_all("\u201CWe lost,\u201D said Ana Soto. \u201CThe fans want more.\u201D");
  ASSERT_GE(all.size(), 1u);
  EXPECT_EQ(all[0].contents.size(), 2u);
}

TEST(AttributionContent, ParentheticalAsXPutIt) {
  const auto l = link_one("Labor was a central \u201Cpillar,\u201D as Grover Norquist described it, of the party.");
  EXPECT_EQ(l.source, "Grover Norquist");
  EXPECT_EQ(l.content, "\u201Cpillar,\u201D");
}

TEST(AttributionContent, SplitQuotation) {
  const auto l = link_one("\u201CWe lost,\u201D the coach said, \u201Cbut we played well.\u201D");
  ASSERT_EQ(l.contents.size(), 2u);
  EXPECT_EQ(l.contents[1], "\u201Cbut we played well.\u201D");
}

TEST(AttributionContent, BlockQuotationAfterAColonIsQuotedVoice) {
  const auto text = "The minister wrote:\n\nThe regime is corrupt and the elections were a farce.\n\nOther news.";
  const auto r = english().analyze(text);
  ASSERT_EQ(r.attributions().size(), 1u);
  const auto& a = r.attributions()[0];
  ASSERT_EQ(a.contents.size(), 1u);
  EXPECT_EQ(r.text(a.contents[0]), "The regime is corrupt and the elections were a farce");
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded) EXPECT_EQ(m.voice, rhetor::Voice::quoted) << r.text(m.span);
}

// Speakers and anonymous sources.
TEST(AttributionSpeaker, PronounResolvesToTheNearestPerson) {
  const auto all = link_all(
      "Jens Stoltenberg highlighted the support. He also reaffirmed that the allies had trained soldiers.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].speaker, "Jens Stoltenberg");
  EXPECT_EQ(all[1].source, "He");
  EXPECT_EQ(all[1].speaker, "Jens Stoltenberg");
  EXPECT_FALSE(all[1].anonymous);
}

TEST(AttributionSpeaker, RoleResolvesToTheNameGivenThatRole) {
  const auto all = link_all(
      "Among the guests was the Secretary of the Security Council, Oleksiy Danilov. The secretary said he was ready.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "The secretary");
  EXPECT_EQ(all[0].speaker, "Oleksiy Danilov");
}

TEST(AttributionSpeaker, AbbreviatedMonthIsNoName) {
  const auto l = link_one("The footage was first reported by the reporter Ann Lee on Nov. 11, in an article.");
  EXPECT_EQ(l.speaker, "Ann Lee");
  // not the text after the comma (no clause of hers): a passive reports on its subject
  EXPECT_EQ(l.content, "The footage");
}

TEST(AttributionSpeaker, ARoleIsNoName) {
  EXPECT_EQ(link_one("His Labor Secretary announced the cuts.").speaker, "<null>");
}

TEST(AttributionSpeaker, CapitalizedHeadIsAName) {
  EXPECT_EQ(link_one("\u201CIt spreads,\u201D Elhadj said.").speaker, "Elhadj");
  EXPECT_EQ(link_one("Madagascar Hospitals On High Alert: \u201CNo One Is Safe\u201D").speaker, "<null>");
}

TEST(AttributionSpeaker, AnonymousAndVagueSources) {
  EXPECT_TRUE(link_one("Officials said the bridge would close.").anonymous);
  EXPECT_TRUE(link_one("People familiar with the matter said the deal was off.").anonymous);
  EXPECT_TRUE(link_one("Critics say the law is too broad.").anonymous);
  EXPECT_TRUE(link_one("White House officials said the deal was off.").anonymous);
  const auto named = link_one("Mayor Ana Soto said the road would reopen.");
  EXPECT_FALSE(named.anonymous);
  EXPECT_EQ(named.speaker, "Ana Soto");
}

}  // namespace

namespace {
TEST(AttributionSource, TimeAdjunctBeforeTheVerbIsNotTheSource) {
  const auto all = link_all("Trump on Tuesday dismissed Walker as an ineffective leader, arguing that the state was broke.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].source, "Trump");
  EXPECT_EQ(all[1].cue, "arguing");
  EXPECT_EQ(all[1].source, "Trump");
}

TEST(AttributionSource, CoordinatedCueSharesTheSubject) {
  const auto all = link_all("The Clinton campaign denies any wrongdoing and points out that Sanders signed it.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "any wrongdoing");  // the next coordinated cue starts its own content
  EXPECT_EQ(all[1].source, "The Clinton campaign");
  EXPECT_EQ(all[1].content, "Sanders signed it");
}

TEST(AttributionSource, InvertedSourceKeepsItsAppositiveBeforeAParticiple) {
  const auto all = link_all("\u201CIt is bad news,\u201D said Mark Dubowitz, executive director of the foundation, adding that talks failed.");
  ASSERT_GE(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Mark Dubowitz, executive director of the foundation");
}

TEST(AttributionContent, AnObjectEndsAtItsAppositive) {
  EXPECT_EQ(link_one("He also attacked Donald Trump, with whom he clashed at the debate.").content, "Donald Trump");
  // a subject with a parenthetical is a clause: the verb after the second comma keeps it whole
  EXPECT_EQ(link_one("She said the bill, which passed on Monday, was flawed.").content,
            "the bill, which passed on Monday, was flawed");
}
}  // namespace

namespace {
TEST(AttributionSource, ModifiersBetweenSubjectAndVerb) {
  EXPECT_EQ(link_one("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is wrong.").source,
            "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate");
  // adverbial and participial modifiers are not part of the source
  EXPECT_EQ(link_one("The two lawmakers, however, argue that there is a problem.").source, "The two lawmakers");
  EXPECT_EQ(link_one("Sen. Roy Blunt (R-Mo.), facing a stiff challenge from Jason Kander, noted that the race was close.").source,
            "Sen. Roy Blunt (R-Mo.)");
  EXPECT_EQ(link_one("People briefed on the move said it would happen soon.").source, "People briefed on the move");
}
}  // namespace

namespace {
TEST(AttributionContent, DatelineIsNotWhatWasSaid) {
  EXPECT_EQ(link_one("KYIV, Ukraine (Reuters) \u2014 Russian forces launched attacks overnight, officials said on Thursday.").content,
            "Russian forces launched attacks overnight");
}

TEST(AttributionSource, CoordinatedCueAfterAnotherCueSharesItsSource) {
  const auto all = link_all("The ministry said its strikes had hit military targets and denied attacking civilians.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "denied");
  EXPECT_EQ(all[1].source, "The ministry");
}

TEST(AttributionCue, LegalChargeIsNoCue) {
  EXPECT_TRUE(link_all("Two men were arrested. Neither has been charged.").size() <= 1u);
  EXPECT_EQ(link_all("Neither has been charged.").size(), 0u);
}
}  // namespace

namespace {
TEST(AttributionContent, QuotedTitleInTheAdjunctBeforeThat) {
  EXPECT_EQ(link_one("Sanders said on ABC's \u201CThis Week\u201D that he would take a look at the bill.").content,
            "he would take a look at the bill");
}
}  // namespace

namespace {
// A reported clause ends where ", but ..." or ", and he ..." starts the author's next clause.
TEST(AttributionContent, EndsBeforeAButOrAnAndClause) {
  EXPECT_EQ(link_one("The mayor said the repairs were on schedule, but residents remain skeptical.").content,
            "the repairs were on schedule");
  EXPECT_EQ(link_one("Ortiz said the bill was unfair, and he left the room early.").content, "the bill was unfair");
  // not inside a quotation, and not before "but that" (a second reported clause)
  EXPECT_EQ(link_one("Ortiz said he was \u201Ctired, and it is time to go.\u201D").content,
            "he was \u201Ctired, and it is time to go.\u201D");
  EXPECT_EQ(link_one("She said the plan was costly, but that it would pay off.").content,
            "the plan was costly, but that it would pay off");
}

// "called for X", "complained about X": the preposition belongs to the cue, its object is the content.
TEST(AttributionContent, ObjectOfATopicPreposition) {
  EXPECT_EQ(link_one("The senator called for an inquiry into the contracts.").content, "an inquiry into the contracts");
  EXPECT_EQ(link_one("The coach complained about the referees.").content, "the referees");
  // after a quotation the quotation is still what was said
  EXPECT_EQ(link_one("\u201CWe will be back,\u201D Moreno said of the team.").content, "\u201CWe will be back,\u201D");
}

TEST(AttributionSource, PrepositionalInterjectionIsNotTheSource) {
  const Linked l = link_one("Moreno, after a long silence, said the talks had failed.");
  EXPECT_EQ(l.source, "Moreno");
  EXPECT_EQ(l.content, "the talks had failed");
}

// ", remarking from the steps he would not resign": the participle's source is
// the main clause's subject (across a quoted title), its content what follows the adjunct.
TEST(AttributionContent, ParticipleAfterAnAdjunct) {
  const auto all = link_all("The minister left the meeting early, remarking from the steps he would not resign.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "The minister");
  EXPECT_EQ(all[0].content, "he would not resign");
  const auto titled = link_all("The actor appeared on \u201CMorning Live,\u201D adding he had no regrets.");
  ASSERT_EQ(titled.size(), 1u);
  EXPECT_EQ(titled[0].source, "The actor");
  EXPECT_EQ(titled[0].content, "he had no regrets");
}
}  // namespace

namespace {
// "According to X, CLAUSE": an appositive after X must be closed by a comma and
// be a role, a relative clause or a determined phrase; else it is the content.
TEST(AttributionSource, AccordingToStopsAtTheClause) {
  Linked l = link_one("According to Osei, farmers who were displaced by the floods have not been paid.");
  EXPECT_EQ(l.source, "Osei");
  EXPECT_EQ(l.content, "farmers who were displaced by the floods have not been paid");
  l = link_one("According to Osei, a spokesman for the ministry, the fund is empty.");
  EXPECT_EQ(l.source, "Osei, a spokesman for the ministry");
  EXPECT_EQ(l.content, "the fund is empty");
  l = link_one("According to a survey, 70% of adults need support, and 49% live with their parents.");
  EXPECT_EQ(l.source, "a survey");
  EXPECT_EQ(l.content, "70% of adults need support, and 49% live with their parents");
}

TEST(AttributionSource, OccasionOfSpeechIsAnAdjunct) {
  const Linked l = link_one("Mr Osei in a recent interview with Radio Gold hosted by Ama Boateng said the fund was empty.");
  EXPECT_EQ(l.source, "Mr Osei");
  EXPECT_EQ(l.speaker, "Osei");  // speakers are names, without the honorific
  EXPECT_EQ(link_one("The host of the show said the fund was empty.").source, "The host of the show");
}

TEST(AttributionCues, ParticipleAfterAPrepositionDescribes) {
  EXPECT_TRUE(link_all("The talks were attended by noted US Ambassador Jane Hill and two ministers.").empty());
  EXPECT_EQ(link_one("Several senators have since denounced the governor's comments.").cue, "denounced");
}
}  // namespace

namespace {
// ", saying ..." shares the subject of the sentence's main clause, not of a clause inside it.
TEST(AttributionSource, ParticipleTakesTheMainClauseSubject) {
  auto all = link_all("Rubio came close to an admission that his aides had erred, saying the review was not over.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "saying");
  EXPECT_EQ(all.back().source, "Rubio");
  all = link_all("As the results came in, the governor gave a short speech, predicting a narrow win.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().source, "the governor");
  all = link_all("Pence, who is running again, praised the plan, saying it was bold.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "saying");
  EXPECT_EQ(all.back().speaker, "Pence");
}

// The phrase before the participle's comma sits after a preposition: it is inside the
// clause, not an appositive subject; an inverted source after "said" still is one.
TEST(AttributionSource, ParticipleAfterAPrepositionalObjectTakesTheMainClauseSubject) {
  auto all = link_all("Ortiz was blunt about her dislike of Dale Brandt, the party's nominee, saying he could not win.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "saying");
  EXPECT_EQ(all.back().source, "Ortiz");
  all = link_all("\"We will win,\" said Dale Brandt, the party's nominee, referring to the vote.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "referring to");
  EXPECT_EQ(all.back().source, "Dale Brandt, the party's nominee");
}
}  // namespace

namespace {
TEST(AttributionSource, InvertedSourceKeepsAReducedRelativeAppositive) {
  const auto all = link_all("\u201CIt will pass,\u201D said Rick Alvarez, a lobbyist involved in the talks.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Rick Alvarez, a lobbyist involved in the talks");
  // before a participle cue the same shape is a clause, not an appositive
  const auto clause = link_all("In two interviews, the judge sounded off on the mayor, saying she was wrong.");
  ASSERT_FALSE(clause.empty());
  EXPECT_EQ(clause.back().source, "the judge");
}

TEST(AttributionSource, CoordinatedCueAfterAListOfVerbs) {
  const auto all = link_all("Minutes later the clerks reversed themselves, rushed everyone inside and said the count would go on.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "said");
  EXPECT_EQ(all.back().source, "the clerks");
}

TEST(AttributionSource, AdverbBeforeAPrepositionalInterjection) {
  EXPECT_EQ(link_one("Lopez, particularly in the last days of the race, has stressed that unity matters.").source, "Lopez");
}
}  // namespace

namespace {
TEST(AttributionSource, NameAfterAQuotationWhateverItsTag) {
  // "Bright" is an adjective to the tagger; after a closing quotation mark it is a name
  EXPECT_EQ(link_one("\u201CThe count was fair,\u201D Bright said.").source, "Bright");
}

TEST(AttributionSource, AppositiveShapes) {
  EXPECT_EQ(link_one("Rep. Ann Cole (D-Md.), chair of the party's platform drafting committee, said the text was final.").source,
            "Rep. Ann Cole (D-Md.), chair of the party's platform drafting committee");
  EXPECT_EQ(link_one("Mr. Sperling, then 38, said he would wait.").source, "Mr. Sperling");
}

// Quantifiers as subjects: alone ("Many", "both") or floating ("they all", "have both").
TEST(AttributionSource, QuantifierSubjects) {
  EXPECT_EQ(link_one("Many spoke about the cost of housing.").source, "Many");
  EXPECT_EQ(link_one("On taxes, both oppose the new formula.").source, "both");
  EXPECT_EQ(link_one("Ruiz and Lee have both argued that the plan fails.").source, "Ruiz and Lee");
  EXPECT_EQ(link_one("He even gave a few hints of his plans.").source, "He");  // "a few hints": a determiner
}

// A cue inside an opening subordinate clause reports up to that clause's comma.
TEST(AttributionContent, OpeningSubordinateClauseEndsAtItsComma) {
  const auto all = link_all("Even as they vowed to carry on, the race went on without them.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "they");
  EXPECT_EQ(all[0].content, "to carry on");
  // the cue after that comma, or a parenthetical "As X puts it," is not cut
  EXPECT_EQ(link_one("If he could start over, prosecutors say he would do it again.").content, "he would do it again");
  EXPECT_EQ(link_one("As one aide put it, the plan was dead on arrival.").content, "the plan was dead on arrival");
}
}  // namespace

namespace {
TEST(AttributionCues, NamingAfterCoordinatedAdjectivesOrAQuotationMark) {
  EXPECT_TRUE(link_all("Anyone with a warrant will be taken to \u201Cthe safe and secure shelter called the County Jail.\u201D").empty());
}

TEST(AttributionContent, AddresseeWithAParenthetical) {
  const Linked l = link_one("Karl asked Sen. Ana Ruiz (D-Ohio), \u201CWhy now?\u201D");
  EXPECT_EQ(l.content, "\u201CWhy now?\u201D");
}

TEST(AttributionSource, PrepositionalPhraseCue) {
  const Linked l = link_one("He holds a rally where he (in the words of Jane Hill) \u201Cfires up the crowd\u201D.");
  EXPECT_EQ(l.source, "Jane Hill");
  EXPECT_EQ(l.content, "\u201Cfires up the crowd\u201D");
  // the source after "according to" does not run into a clause
  EXPECT_EQ(link_one("The base is loyal, and according to polls should he lose them, his ratings fall.").source, "polls");
}

TEST(AttributionSource, ExpletiveItIsNoSource) {
  EXPECT_EQ(link_one("It would be fair to say that the plan failed.").source, "<null>");
  EXPECT_EQ(link_one("It said the plan failed.").source, "It");  // a referring "it" stays
}

TEST(AttributionCues, TopicShiftsAndListColonsAreNoAttributions) {
  EXPECT_TRUE(link_all("Speaking of budgets, the city spent more this year.").empty());
  EXPECT_TRUE(link_all("He represents a minority of voters: mostly older, rural and angry.").empty());
  EXPECT_EQ(link_one("Sanders: Brexit vote could help Trump.").source, "Sanders");  // a headline's speaker
}
}  // namespace

namespace {
TEST(AttributionSpeaker, SurnameOfAnEarlierSpeakerOpeningASentence) {
  const auto all = link_all("Terry Crews told the story on Twitter. Crews alleges that a producer groped him. He said he never reported it.");
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[1].speaker, "Crews");
  EXPECT_FALSE(all[1].anonymous);
  EXPECT_EQ(all[2].speaker, "Crews");  // "He": the nearest person is Crews, not the producer
}

TEST(AttributionCues, ParticipleAfterAPossessiveDescribes) {
  EXPECT_TRUE(link_all("We do not agree with the sheriff's stated conclusion.").empty());
}
}  // namespace

namespace {
TEST(AttributionSpeaker, NameBeforeAPrepositionHeadsThePhrase) {
  EXPECT_EQ(link_one("Joel Pollak of Breitbart said the poll was wrong.").speaker, "Joel Pollak");
  EXPECT_EQ(link_one("According to KOSA CBS 7 in Texas, the fire was an accident.").speaker, "KOSA CBS 7");
  // a role before the preposition: the name comes after it
  EXPECT_EQ(link_one("Later, the secretary general of the alliance Jens Stoltenberg said the talks had failed.").speaker,
            "Jens Stoltenberg");
}

TEST(AttributionSpeaker, CapitalizedAdjectiveOpensAName) {
  EXPECT_EQ(link_one("The Red Cross said it would spend more.").speaker, "Red Cross");
}
}  // namespace

namespace {
TEST(AttributionCues, RejectedCuesAreNoMatches) {
  const auto r = english().analyze("They joined a movement called Rise. The reported deaths rose. Ruiz said it would.");
  std::vector<std::string> cues;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kAttribution) cues.emplace_back(r.text(m.span));
  EXPECT_EQ(cues, std::vector<std::string>{"said"});
  ASSERT_EQ(r.attributions().size(), 1u);
  EXPECT_EQ(r.text(r.matches()[r.attributions()[0].cue_match].span), "said");  // indices stay right
  // the hot path counts the candidates
  EXPECT_EQ(english().score_sentence("They joined a movement called Rise.").count[rhetor::kAttribution], 1u);
}
}  // namespace

namespace {
// A quotation left open at a paragraph's end goes on where the next paragraph opens with a mark.
TEST(AttributionContent, OpenQuotationRunsIntoTheNextParagraph) {
  const auto all = link_all("\u201CWe will rebuild,\u201D the mayor said. \u201CIt will take years.\n\n"
                            "\u201CBut we have no choice.\u201D\n\nThe council met on Monday.");
  ASSERT_EQ(all.size(), 1u);
  ASSERT_EQ(all[0].contents.size(), 3u);
  EXPECT_EQ(all[0].contents[2], "\u201CBut we have no choice.\u201D");
  // a closed quotation does not: the next paragraph's quotation has its own cue
  const auto closed = link_all("\u201CIt will take years,\u201D the mayor said.\n\n\u201CWe have no choice,\u201D said the governor.");
  ASSERT_EQ(closed.size(), 2u);
  EXPECT_EQ(closed[0].contents.size(), 1u);
  EXPECT_EQ(closed[1].content, "\u201CWe have no choice,\u201D");
}

TEST(AttributionContent, AdjunctBeforeAColonIsNoContent) {
  const auto all = link_all("Ruiz wrote on Twitter:\n\nThe vote was rigged. We will appeal.\n\nOfficials denied it.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "The vote was rigged. We will appeal");
  // the block is the speaker's voice: its loaded word is quoted
  const auto r = english().analyze("Ruiz wrote on Twitter:\n\nThe vote was rigged by crooks.");
  bool found = false;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded) {
      found = true;
      EXPECT_EQ(m.voice, rhetor::Voice::quoted) << r.text(m.span);
    }
  EXPECT_TRUE(found);
}
}  // namespace

namespace {
// Read by hand in a wire story on border tweets: an opening adjunct before a
// final colon, a quotation whose own cue follows it, a people's name.
TEST(AttributionContent, OpeningAdjunctBeforeAFinalColonIsNoContent) {
  const auto all = link_all("On April 3, he tweeted:\n\nThe caravan must be stopped. Congress must act.\n\nAides declined to comment.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].cue, "tweeted");
  EXPECT_EQ(all[0].content, "The caravan must be stopped. Congress must act");
}

TEST(AttributionContent, DatedLabelsContinueABlockList) {
  const auto r = english().analyze(
      "On April 3, she tweeted:\n\nThe caravan must be stopped.\n\nOn April 2:\n\nAs ridiculous as it sounds, the law is "
      "a joke.\n\nRead more about it here.");
  ASSERT_EQ(r.attributions().size(), 1u);
  const auto& a = r.attributions()[0];
  ASSERT_EQ(a.contents.size(), 2u);
  EXPECT_EQ(r.text(a.contents[1]), "As ridiculous as it sounds, the law is a joke");
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded) EXPECT_EQ(m.voice, rhetor::Voice::quoted) << r.text(m.span);
  // a label with a cue of its own, or after a block that did not end its paragraph, starts nothing
  EXPECT_EQ(link_all("She tweeted:\n\nStop them.\n\nOn Monday, he said:\n\nNo.")[0].contents.size(), 1u);
}

TEST(AttributionCue, HeadlinePresentTenseTweets) {
  const auto all = link_all("Trump Tweets: 'We Will Act Today' on Border");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Trump");
  EXPECT_TRUE(link_all("His tweets were deleted on Monday.").empty());
}

TEST(AttributionContent, AQuotationAfterAColonBelongsToTheCueAfterIt) {
  // the verb before the colon reports its object; the quotation is the next cue's
  auto all = link_all("Lee promised quick action: \"We will act today,\" she said, without giving details.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "quick action");
  EXPECT_EQ(all[1].content, "\"We will act today,\"");
  // a person before the colon is the addressee of no content; a lone colon is no event
  all = link_all("He told reporters: \"We will win,\" he said.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "<null>");
  EXPECT_EQ(all[1].content, "\"We will win,\"");
  all = link_all("His final verdict: \"It is not good,\" he said.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].cue, "said");
  EXPECT_EQ(all[0].content, "\"It is not good,\"");
  all = link_all("Ann Lee fired back: \"As a guardian of the rules,\" she wrote, \"we will object.\"");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].contents, (std::vector<std::string>{"\"As a guardian of the rules,\"", "\"we will object.\""}));
  // "she" after a cue that took the quotation is the same speaker of the same event
  all = link_all("Lee said: \"We will win,\" she added, \"and soon.\"");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "\"We will win,\"");
  EXPECT_EQ(all[1].content, "\"and soon.\"");
  // a participle after the quotation is no cue of its own; another source reports the clause
  all = link_all("Ruiz fired back: \"They will lose,\" referencing the vote.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "\"They will lose,\"");
  all = link_all("Lee said: \"There will be exceptions,\" the Times reported.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].content, "Lee said: \"There will be exceptions,\"");
}

// Read by hand in an interview report: opening adjuncts before a subject with modifiers.
TEST(AttributionSource, AnOpeningAdjunctIsNoPartOfTheSubject) {
  EXPECT_EQ(link_all("With ties to Ohio since her work on the 1990s peace talks, Lee, who was praised by one critic, "
                     "told the station that she was not bitter.").back().source,
            "Lee, who was praised by one critic");
  EXPECT_EQ(link_one("In addition to the audit, the inspector general, Steve Linick, said that his work is not done.").source,
            "the inspector general, Steve Linick");
  // the phrase before the comma is the subject when the sentence opens with it
  EXPECT_EQ(link_one("Ms. Epstein, along with Judge Ann Lee and Tom Roe, a law professor, wrote an assessment.").source,
            "Ms. Epstein, along with Judge Ann Lee and Tom Roe, a law professor");
}

TEST(AttributionSpeaker, ARolesAppositiveNamesThePerson) {
  const auto a = link_one("The director of the Federal Bureau of Investigation, James B. Comey, said the messages were private.");
  EXPECT_EQ(a.speaker, "James B. Comey");
}

TEST(AttributionContent, OpeningParticipleAfterAnOpeningAdjunct) {
  const auto all = link_all("While discussing the inauguration, asked if she wanted to scream, Lee told the station, \"Oh, I did.\"");
  ASSERT_GE(all.size(), 2u);
  for (const auto& a : all) {
    if (a.cue == "asked if") {
      EXPECT_EQ(a.content, "she wanted to scream");
      EXPECT_EQ(a.source, "<null>");
      EXPECT_EQ(a.speaker, "<null>");  // no source, no speaker
    }
    if (a.cue == "told") EXPECT_EQ(a.content, "\"Oh, I did.\"");
  }
}

TEST(AttributionContent, AnAdjunctWithoutAVerbBeforeTheSourceIsNoContent) {
  EXPECT_EQ(link_one("On Sunday, Ann Lee, the front-runner, called on tech companies to act.").content,
            "on tech companies to act");
  EXPECT_EQ(link_one("Prices will rise, he said in an interview.").content, "Prices will rise");
}

TEST(AttributionCue, PhotoCreditsAreNoCue) {
  EXPECT_TRUE(link_all("Photo Credits: RTE TV").empty());
  EXPECT_EQ(link_one("Sanders credited the victory to a closed primary.").cue, "credited");
}

// Read by hand in a post on a House IT scandal.
TEST(AttributionSource, PassiveToldByASourceThenAClause) {
  const auto a = link_one("Becerra was told by police his server had major problems.");
  EXPECT_EQ(a.source, "police");
  EXPECT_EQ(a.content, "his server had major problems");
  // a possessive after "told" opens the addressee ("his supporters"), an object pronoun is one
  EXPECT_EQ(link_one("She told her husband the war was lost.").content, "the war was lost");
  EXPECT_EQ(link_one("She told me the war was lost.").content, "the war was lost");
}

TEST(AttributionContent, EndsBeforeATrailingDefiniteSourceAndCue) {
  const auto all = link_all("Authorities considered the image to be interference, the senior official said.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "the image to be interference");
  EXPECT_EQ(all[1].content, "Authorities considered the image to be interference");
}

// Read by hand against PolNeAR's gold on a convention report.
TEST(AttributionSource, RoleWordTaggedAsAVerbInsideAnInvertedSource) {
  const auto a = link_one("\"We are all props,\" said Ohio delegate Beau Correll, angered that leaders ignored them.");
  EXPECT_EQ(a.source, "Ohio delegate Beau Correll");
  EXPECT_EQ(a.speaker, "Beau Correll");
}

TEST(AttributionSource, RoleWordTaggedAsAnAdjectiveAndCoordinatedGerunds) {
  EXPECT_EQ(link_one("(A campaign spokeswoman disputed their account.)").source, "A campaign spokeswoman");
  EXPECT_EQ(link_one("Gus Ando, research director for IHS, a business information and consulting company, said "
                     "he thought the deal was sound.").source,
            "Gus Ando, research director for IHS, a business information and consulting company");
}

TEST(AttributionSource, ApostropheNamesAndParentheticalAs) {
  const auto a = link_one("O'Malley, who signed gun laws as governor, interjected: \"They have both been inconsistent.\"");
  EXPECT_EQ(a.source, "O'Malley, who signed gun laws as governor");
  EXPECT_EQ(a.speaker, "O'Malley");
  // "as" opens the cue's own clause: its subject keeps the appositive
  EXPECT_EQ(link_one("As Ann Lee, professor of law at Yale, put it, \"Senators should remember that.\"").source,
            "Ann Lee, professor of law at Yale");
}

TEST(AttributionSource, QuantitiesPollsAndComplementizers) {
  EXPECT_EQ(link_all("Still, 52 percent of registered voters say they would back it.")[0].source,
            "52 percent of registered voters");
  EXPECT_EQ(link_one("A majority of them said no.").source, "A majority of them");
  // a time phrase after the poll is no subject of its own
  EXPECT_EQ(link_all("A Times poll in December found that three times as many voters agreed.")[0].source, "A Times poll");
  // "by" after a complementizer is no agent
  const auto a = link_all("But organizers in Cleveland say that by imposing strict rules, the city is only increasing tension.")[0];
  EXPECT_EQ(a.source, "organizers in Cleveland");
  EXPECT_EQ(a.speaker, "<null>");  // a place in a prepositional phrase is no speaker
  EXPECT_TRUE(a.anonymous);
}

TEST(AttributionSource, ASubjectPronounAfterTheCueOpensTheContent) {
  const auto a = link_all("The department obfuscated facts, admitted it withheld emails, and delayed findings.")[0];
  EXPECT_EQ(a.cue, "admitted");
  EXPECT_EQ(a.source, "The department");
  EXPECT_EQ(a.content, "it withheld emails");
}

TEST(AttributionSource, GerundInsideATitleAndAConjunctionBeforeAccordingTo) {
  const auto a = link_one("Sam Jacobs, Time's Assistant Managing Editor, explained why Merkel was selected.");
  EXPECT_EQ(a.source, "Sam Jacobs, Time's Assistant Managing Editor");
  EXPECT_EQ(link_one("But according to the poll, 46 percent of voters remain undecided.").content,
            "46 percent of voters remain undecided");
}

TEST(AttributionSource, ADocumentByItsAuthor) {
  EXPECT_EQ(link_all("A survey by the city found that most residents agreed.")[0].source, "A survey by the city");
  EXPECT_EQ(link_one("The plan was criticized by the mayor.").source, "the mayor");
}

TEST(AttributionContent, AccordingToBetweenCommasInterruptsTheClause) {
  const auto a = link_one("Fundraising, according to the campaign, has surged in the same period.");
  EXPECT_EQ(a.source, "the campaign");
  EXPECT_EQ(a.contents, (std::vector<std::string>{"Fundraising", "has surged in the same period"}));
  EXPECT_EQ(link_one("Fundraising has surged, according to the campaign.").content, "Fundraising has surged");
  EXPECT_EQ(link_one("According to the campaign, fundraising has surged.").content, "fundraising has surged");
}

TEST(AttributionContent, AParticipleCueAfterTheCommaReportsOnItsOwn) {
  const auto all = link_all("Washington did not object when spending helped growth, a Chinese official said, adding that "
                            "the impact was hard to estimate.");
  ASSERT_GE(all.size(), 2u);
  const auto& said = all[all.size() - 2];
  EXPECT_EQ(said.cue, "said");
  EXPECT_EQ(said.content, "Washington did not object when spending helped growth");
  EXPECT_EQ(all.back().content, "the impact was hard to estimate");
  // a first name the tagger takes for a modal
  const auto w = link_one("\"We have to win,\" Will Estrada, the chairman, said of the encounter.");
  EXPECT_EQ(w.source, "Will Estrada, the chairman");
  EXPECT_EQ(w.speaker, "Will Estrada");
  EXPECT_EQ(w.content, "\"We have to win,\"");
}

TEST(AttributionContent, ThreeApostrophesAndAParticipleAfterTheCue) {
  // "?''' " closes the single quotation inside, then the double one (news archives' '' marks)
  const auto all = link_all("''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching the lectern.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "'What did he mean by that?'");
  EXPECT_EQ(all[1].content, "''She'd look at me and say, 'What did he mean by that?'''");
}

TEST(AttributionSource, ParticipleAfterADocumentSomeonePutOut) {
  EXPECT_EQ(link_one("She also sent a tweet saying she would act.").source, "She");
  EXPECT_EQ(link_one("His office put out a statement saying the plan was dead.").source, "His office");
  // a dash written as two hyphens around an appositive with a relative clause and a cue
  const auto all = link_all("On taxes, Mrs. Lee -- whose husband signed the act into law -- has publicly derided the plan.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().source, "Mrs. Lee -- whose husband signed the act into law");
}

TEST(AttributionContent, ARoleInsideTheTrailingNameAndCue) {
  const auto all = link_all("Asked if auditors wanted contractors to repay the money, Interior spokeswoman Nancy DiPaolo "
                            "said, \"We certainly hope so.\"");
  for (const auto& a : all)
    if (a.cue == "wanted") EXPECT_EQ(a.content, "contractors to repay the money");
  EXPECT_EQ(all.back().speaker, "Nancy DiPaolo");
}

TEST(AttributionCues, APrenominalParticipleAfterAPossessiveIsNoCue) {
  for (const auto& a : link_all("But, showing their continued march towards irrelevancy, commentators are now saying he is a victim."))
    EXPECT_NE(a.cue, "continued");
  // a quantifier pronoun is a subject: "None showed Mrs. Lee making decisions"
  bool showed = false;
  for (const auto& a : link_all("None showed Mrs. Lee making decisions for donors.")) showed |= a.cue == "showed";
  EXPECT_TRUE(showed);
}

TEST(AttributionSource, SoSaysInvertsTheSource) {
  const auto all = link_all("So says a booming voice at the end of the film.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "a booming voice at the end of the film");
  // not before a prepositional phrase: "Whenever asked about her weaknesses, they ..."
  for (const auto& a : link_all("Whenever asked about her record, they shifted topics."))
    EXPECT_NE(a.source, "about her record");
}

// Read by hand in an AP court report.
TEST(AttributionSource, TitleWordsAndPassiveTold) {
  const auto a = link_one("\"We are committed,\" said Acting Assistant Attorney General Ann Blanco.");
  EXPECT_EQ(a.source, "Acting Assistant Attorney General Ann Blanco");
  // the subject of a passive "was told" was the addressee: the clause after is what was told
  EXPECT_EQ(link_one("The girl was told she was brought to Detroit.").content, "she was brought to Detroit");
}

// Read by hand in a report on reactions to a candidate's attacks on a judge.
TEST(AttributionSource, AClauseBeforeAColonAndASentenceOpeningAdded) {
  EXPECT_EQ(link_one("Speaking to CNN, Lee maintained her position: \"He is wrong.\"").source, "Lee");
  EXPECT_EQ(link_one("Danilov: \"We will win.\"").source, "Danilov");
  const auto a = link_one("Added Arnold Schwarzenegger on Twitter, \"Judge Curiel is an American hero.\"");
  EXPECT_EQ(a.speaker, "Arnold Schwarzenegger");
  EXPECT_EQ(a.content, "\"Judge Curiel is an American hero.\"");
}

TEST(AttributionSource, FloatingQuantifierAfterADashAppositive) {
  EXPECT_EQ(link_one("Party figures — whose party was once respected — both suggested the writer be fired.").source,
            "Party figures — whose party was once respected");
  // after a comma the quantifier is the subject
  EXPECT_EQ(link_one("On taxes, both oppose the formula.").source, "both");
}

TEST(AttributionContent, ADashAndASubordinateClauseEndWhatWasSaid) {
  EXPECT_EQ(link_all("He kept pointing to his rating from the rifle association — while his supporters have "
                     "accused her of using families as props.")[0].content,
            "his rating from the rifle association");
  // a parenthetical "as X said" between dashes is no end
  EXPECT_EQ(link_all("He assured the crowd that he has big hands - as Rubio has said - and he can win.")[0].content,
            "he has big hands - as Rubio has said - and he can win");
}

TEST(AttributionSpeaker, APeopleIsNoPersonAndAKnownSurnameIs) {
  const auto all = link_all(
      "Donald Trump spoke on Monday, and aides said he was angry. A caravan of Central Americans arrived, and Trump "
      "issued a dozen tweets. He wrote: \"Stop them.\"");
  ASSERT_FALSE(all.empty());
  // "Trump" is the nearest mention of the person the text named "Donald Trump"
  EXPECT_EQ(all.back().speaker, "Trump");
}

TEST(AttributionSpeaker, NamedInstitutionsAreSpeakersNotAnonymous) {
  Linked l = link_one("Trump asked for more pages, according to Fox News.");
  EXPECT_EQ(l.speaker, "Fox News");
  EXPECT_FALSE(l.anonymous);
  l = link_one("The Justice Department said the work was on track.");
  EXPECT_EQ(l.speaker, "Justice Department");
  EXPECT_FALSE(l.anonymous);
}

TEST(AttributionSpeaker, AnIndefiniteRoleIsNobodyInParticular) {
  const auto all = link_all("Bruce Ohr, the associate deputy attorney general, said nothing. "
                            "A Justice Department spokesperson told reporters the work was on track.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].speaker, "<null>");
  EXPECT_TRUE(all[1].anonymous);
}

TEST(AttributionSource, NameAfterAPluralNounStartsARelativeClause) {
  EXPECT_EQ(link_one("The 21 pages Trump wants released are a small part.").source, "Trump");
  // not an apposition with more than a name: "nuclear experts David Albright and Ann Lee wrote"
  EXPECT_EQ(link_one("Nuclear experts David Albright and Ann Lee wrote that it was possible.").source,
            "Nuclear experts David Albright and Ann Lee");
}

TEST(AttributionContent, PluralPossessiveInTheAddressee) {
  EXPECT_EQ(link_one("Carter Page told Fox News\u2019 Sean Hannity on Monday night that the probe was stupid.").content,
            "the probe was stupid");
}
}  // namespace

namespace {
TEST(AttributionSource, FreeRelativeWhatIsNoPartOfTheSource) {
  EXPECT_EQ(link_one("That is not what the president said in May.").source, "the president");
}

TEST(AttributionSpeaker, TitledOfficeBeforeTheName) {
  const Linked l = link_one("Air Force Chief of Staff Dave Goldfein called the order unlawful.");
  EXPECT_EQ(l.speaker, "Dave Goldfein");
  EXPECT_FALSE(l.anonymous);
}
}  // namespace

namespace {
TEST(AttributionSpeaker, ANameAfterAPrepositionIsNotTheSpeaker) {
  EXPECT_EQ(link_one("NATO's support for Ukraine makes it clear that the war goes on.").speaker, "<null>");
}
}  // namespace

namespace {
TEST(AttributionSource, ReducedRelativeAfterAnObjectIsAgentless) {
  const auto all = link_all("He said they entered prior to the attack blamed on the lone gunman.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "blamed");
  EXPECT_EQ(all[1].source, "<null>");
  EXPECT_EQ(link_one("The agency declined to detail it.").source, "The agency");  // a subject and its verb
}

TEST(AttributionSpeaker, DefiniteSingularGroupWordIsNotAnonymous) {
  EXPECT_FALSE(link_one("The lawmaker said the agencies must take part.").anonymous);
  EXPECT_TRUE(link_one("The officials said it was over.").anonymous);
}
}  // namespace

namespace {
// An opening participle clause shares the subject of the clause after its comma.
TEST(AttributionSource, OpeningParticipleClause) {
  auto all = link_all("Remarking upon her empathy, Starr said the rest was unpleasant.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].cue, "Remarking");
  EXPECT_EQ(all[0].source, "Starr");
  all = link_all("Since announcing Weld as his running mate, Johnson has risen in the polls.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Johnson");
}

TEST(AttributionSource, AccordingToAWordTaggedAsAVerb) {
  // "polls" is a verb to the tagger here; after "according to" it can only be a noun
  EXPECT_EQ(link_one("Cruz had 3% support, according to polls at the time.").source, "polls at the time");
}
}  // namespace

namespace {
TEST(AttributionContent, CommasInsideTheAdjunctBeforeThat) {
  EXPECT_EQ(link_one("He told a crowd in Salem, N.H., that the plan was dead.").content, "the plan was dead");
  EXPECT_EQ(link_one("She also said, without evidence, that the count was rigged.").content, "the count was rigged");
  // a verb after the comma ends the adjunct: "knowing that" is not what was called for
  EXPECT_EQ(link_one("He openly called for the overthrow of the regime, knowing that chaos would follow.").content,
            "the overthrow of the regime");
}

// A quotation inside an opening clause does not take the content from a cue with its own clause or quotation after it.
TEST(AttributionContent, ClauseOrQuotationAfterTheCueWins) {
  auto all = link_all("Asked why during an appearance on \u201CThis Morning,\u201D Ruiz said he had not heard her say it.");
  const auto said = std::find_if(all.begin(), all.end(), [](const Linked& l) { return l.cue == "said"; });
  ASSERT_NE(said, all.end());
  EXPECT_EQ(said->content, "he had not heard her say it");
  all = link_all("Conceding that a deal was possible \u201Cdown the line,\u201D Fox warned: \u201CIt will not happen soon.\u201D");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().content, "\u201CIt will not happen soon.\u201D");
}
}  // namespace

namespace {
TEST(AttributionContent, QuestionQuotationClosingTheSentenceBefore) {
  const auto all = link_all("\u201CWhy is he attacking me?\u201D Trump said. \u201CHe has to beat seven others first.\u201D");
  ASSERT_EQ(all.size(), 1u);
  ASSERT_EQ(all[0].contents.size(), 2u);
  EXPECT_EQ(all[0].contents[0], "\u201CWhy is he attacking me?\u201D");
  // a cue with a clause of its own keeps it
  const auto own = link_all("\u201CIs it over?\u201D That question, Ruiz said, was never asked.");
  ASSERT_FALSE(own.empty());
  EXPECT_NE(own.back().content, "\u201CIs it over?\u201D");
}

TEST(AttributionContent, AdjunctsBeforeAQuotationOrAThat) {
  EXPECT_EQ(link_one("He kept on, saying at one point \u201CThe answer is not to yell.\u201D").content,
            "\u201CThe answer is not to yell.\u201D");
  EXPECT_EQ(link_one("He spoke, saying, apparently for the first time, that he would send troops.").content,
            "he would send troops");
  // a quoted title inside the adjunct is no content
  EXPECT_EQ(link_one("She said on \u201CMeet the Press\u201D that his judgment was lacking.").content,
            "his judgment was lacking");
}
}  // namespace

namespace {
TEST(AttributionContent, APassiveCueReportsOnItsSubject) {
  const Linked l = link_one("The plan was rejected by the council.");
  EXPECT_EQ(l.source, "the council");
  EXPECT_EQ(l.content, "The plan");
  EXPECT_EQ(link_one("Travelers are being warned to stay home.").content, "to stay home");  // a content of its own stays
}
}  // namespace

namespace {
TEST(AttributionContent, AQuotedWordTheClauseGoesOnAfter) {
  EXPECT_EQ(link_one("He testified \u201Cthousands\u201D of emails had not been turned over.").content,
            "\u201Cthousands\u201D of emails had not been turned over");
  // punctuation inside the marks ends what was said
  const auto all = link_all("The crowd shouted \u201CCruz,\u201D and the host laughed.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "\u201CCruz,\u201D");
}

TEST(AttributionContent, AVerblessObjectListRunsToItsLastItem) {
  const auto all = link_all("Carson dismissed criticism from Giles, Millis and Harold Doley, a banker.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "criticism from Giles, Millis and Harold Doley");
  // ", and" before a clause is no list
  EXPECT_EQ(link_one("She endorsed him, and the bad blood prevented a deal.").content, "him");
}
}  // namespace

namespace {
TEST(AttributionSource, OfLinksAnInstitutionInsideTheSource) {
  EXPECT_EQ(link_one("The former secretary of State mocked the plan.").source, "The former secretary of State");
}

TEST(AttributionSource, InvertedSourceAppositivesWithAPossessiveOrAParticiple) {
  auto all = link_all("\u201CHe is lost,\u201D said Ann Graham, his hawkish colleague and former rival.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Ann Graham, his hawkish colleague and former rival");
  all = link_all("\u201CIt will be open,\u201D said Ann Lee, press secretary for the committee organizing the event.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Ann Lee, press secretary for the committee organizing the event");
}
}  // namespace

namespace {
TEST(AttributionSource, AParticipleCueAfterTheSubjectIsItsModifier) {
  const auto all = link_all("The legislation, outlined in a release on Monday, also calls for new taxes on imports.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "calls");
  EXPECT_EQ(all[1].source, "The legislation");
}

TEST(AttributionContent, ACueInARelativeClauseReportsUpToTheMainVerb) {
  auto all = link_all("Smith, who said the plan was dead, left the room.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "the plan was dead");
  // an inner relative clause stays inside; a comma before the reported verb does not end it
  all = link_all("Smith, who said the plan, which passed, was dead, left the room.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "the plan, which passed, was dead");
  all = link_all("Ruiz, who also said that the two men, and Cruz in particular, must do more, left the room.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "the two men, and Cruz in particular, must do more");
}

TEST(AttributionContent, AsXSaidWithAClauseAfterItIsNoParenthetical) {
  EXPECT_EQ(link_one("The bickering began early, as Lopez said Mexico would not pay for a wall.").content,
            "Mexico would not pay for a wall");
  // the parenthetical reports the clause before, with or without an adjunct after the cue
  EXPECT_EQ(link_one("Prices will rise, as Smith said.").content, "Prices will rise");
  EXPECT_EQ(link_one("Prices will rise, as Smith said in May.").content, "Prices will rise");
}

TEST(AttributionSpeaker, ARelativePronounResolvesThroughTheNounBeforeIt) {
  // a common noun antecedent: nobody in particular, not the name earlier in the sentence
  auto all = link_all("Senator Ann Ruiz fired any staff who had endorsed the plan.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].source, "who");
  EXPECT_EQ(all[0].speaker, "<null>");
  EXPECT_TRUE(all[0].anonymous);
  all = link_all("Ann Lee met a lawyer who said the plan was dead.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].speaker, "<null>");
  EXPECT_TRUE(all[0].anonymous);
  // a definite role names the person in apposition; a name right before resolves as before
  EXPECT_EQ(link_one("It was Ann Lee, the lawyer who said the plan was dead.").speaker, "Ann Lee");
  EXPECT_EQ(link_one("Ann Lee, who said the plan was dead, left the room.").speaker, "Ann Lee");
}

TEST(AttributionSpeaker, AGroupWordInsideAProperNameNamesSomeone) {
  const Linked l = link_one("Pajamas Media reported: \u201CThe meeting was canceled.\u201D");
  EXPECT_EQ(l.speaker, "Pajamas Media");
  EXPECT_FALSE(l.anonymous);
  EXPECT_TRUE(link_one("White House officials said the plan was dead.").anonymous);
  EXPECT_TRUE(link_one("Senior Administration Officials Say Plan Is Dead").anonymous);  // a title-case headline
}
}  // namespace

namespace {
TEST(AttributionContent, TheAddresseeKeepsTheInstitutionOfItsName) {
  EXPECT_EQ(link_one("He told Chris Wallace of Fox News, \u201CSo, Japan has a problem.\u201D").content,
            "\u201CSo, Japan has a problem.\u201D");
}

TEST(AttributionSource, AGerundInsideAnAppositiveNounPhrase) {
  EXPECT_EQ(link_one("The FDIC, a major U.S. banking regulator which keeps data on banks, said it would act.").source,
            "The FDIC, a major U.S. banking regulator which keeps data on banks");
}
}  // namespace

namespace {
TEST(AttributionContent, ACoordinatedPredicateOfTheSourceEndsWhatWasSaid) {
  EXPECT_EQ(link_one("Bush urged the party to unite around him and tried to win over the donors.").content,
            "to unite around him");
  const auto all = link_all("Ruiz left the stage, pledging further police reform and trying to win votes.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "further police reform");
  // what was said has its own verb, or coordinates gerunds of its own: the "and" is inside it
  EXPECT_EQ(link_one("Smith warned prices would rise and fall.").content, "prices would rise and fall");
  EXPECT_EQ(link_one("Ann Lee later clarified that Ruiz misspoke and intended to say no.").content,
            "Ruiz misspoke and intended to say no");
  EXPECT_EQ(link_one("She criticized setting up a private server and passing around emails.").content,
            "setting up a private server and passing around emails");
}

TEST(AttributionContent, TheSubjectOfWhatWasSaidIsNoAddressee) {
  EXPECT_EQ(link_one("Smith warned prices would rise.").content, "prices would rise");
  EXPECT_EQ(link_one("She told reporters the war was lost.").content, "the war was lost");
}
}  // namespace

namespace {
TEST(AttributionContent, ACueBetweenCommasSplitsTheClauseItReports) {
  Linked l = link_one("The nations, Xi said, now have a deal.");
  EXPECT_EQ(l.content, "The nations, Xi said, now have a deal");
  ASSERT_EQ(l.contents.size(), 2u);
  EXPECT_EQ(l.contents[0], "The nations");
  EXPECT_EQ(l.contents[1], "now have a deal");
  l = link_one("The investment, said Ann Lee, is a perfect example of adapting.");
  ASSERT_EQ(l.contents.size(), 2u);
  EXPECT_EQ(l.contents[0], "The investment");
  // an opening adjunct is no part of what was said; a participle shares the clause of another cue
  EXPECT_EQ(link_one("In Ohio, Smith said, the mood was grim.").content, "the mood was grim");
  const auto all = link_all("Mateen left as soon as prayers were finished, Nefzi said, adding, \u201CHe was not religious.\u201D");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].content, "\u201CHe was not religious.\u201D");
}
}  // namespace

namespace {
TEST(AttributionContent, AnAdverbBetweenCommasInsideWhatWasSaid) {
  const auto all = link_all("Clinton said Wednesday she, too, wants an inquiry.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "she, too, wants an inquiry");
}
}  // namespace

namespace {
TEST(AttributionCues, TheIdiomThatSaidIsNoCue) {
  EXPECT_TRUE(link_all("That said, Cruz cannot win the nomination.").empty());
  EXPECT_TRUE(link_all("All that said, the race is open.").empty());
  // a relative "that said" before a quotation is one
  EXPECT_EQ(link_one("He carried a sign that said, \u201CWe won.\u201D").content, "\u201CWe won.\u201D");
  EXPECT_EQ(link_one("He carried a sign that said \u201CWe won.\u201D").content, "\u201CWe won.\u201D");
}
}  // namespace

namespace {
TEST(AttributionSource, QuantitiesAndProportionsOfAGroup) {
  EXPECT_EQ(link_one("Most of Delaware's top Democratic brass had endorsed her bid.").source,
            "Most of Delaware's top Democratic brass");
  EXPECT_EQ(link_one("Two of the senators said the plan was dead.").source, "Two of the senators");
  EXPECT_EQ(link_one("One in three said the party had failed them.").source, "One in three");
}

TEST(AttributionSource, ATimeAdjunctBetweenTheSourceAndItsVerb) {
  EXPECT_EQ(link_one("Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack.").source,
            "Sen. Chuck Grassley (R-Iowa)");
  EXPECT_EQ(link_one("Smith in 2016 said the party had failed.").source, "Smith");
}
}  // namespace

namespace {
TEST(AttributionCues, InAPollOpeningTheSentence) {
  const Linked l = link_one("In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton.");
  EXPECT_EQ(l.cue, "In");
  EXPECT_EQ(l.source, "an NBC News/Wall Street Journal poll released Monday");
  EXPECT_EQ(l.content, "50 percent chose Clinton");
  // no evidence source at the head of the phrase: no cue
  EXPECT_TRUE(link_all("In coming weeks, Mrs. Clinton will campaign in Ohio.").empty());
  EXPECT_TRUE(link_all("In a memo released as polls closed, the plan was dropped.").empty());
  EXPECT_TRUE(link_all("In a request about the polling places, the lawyers were quiet.").empty());
  EXPECT_TRUE(link_all("In Ohio, prices rose.").empty());
}
}  // namespace

namespace {
TEST(AttributionSource, ContractedHasIsNoPassive) {
  EXPECT_EQ(link_one("He's said he'll fight all the way.").source, "He");
  EXPECT_EQ(link_one("She's said that prices rose.").source, "She");
  EXPECT_EQ(link_one("It's said that prices rose.").source, "<null>");  // passive: nobody named
}

TEST(AttributionSource, QuantifiersTheTaggerTookForAdverbs) {
  EXPECT_EQ(link_one("Nearly half said they prefer someone else.").source, "Nearly half");
  EXPECT_EQ(link_one("Richards and Menendez both stressed that it was over.").source, "Richards and Menendez");
}

TEST(AttributionSource, AnInvertedSourceOpeningWithAParticiple) {
  const auto all = link_all("\u201CIt is over,\u201D said retired neurosurgeon Ben Carson.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].source, "retired neurosurgeon Ben Carson");
  EXPECT_EQ(all[0].speaker, "Ben Carson");
}
}  // namespace

namespace {
TEST(AttributionCues, CallingAfterAnOpeningAdjunctIsNoNaming) {
  EXPECT_EQ(link_one("On Twitter, Jeb Bush called Trump \u201Cunhinged.\u201D").source, "Jeb Bush");
  EXPECT_EQ(link_one("Speaking at a rally on Wednesday, Trump called Clinton a \u201Cliar.\u201D").source, "Trump");
  // a participle after a noun phrase in the middle of the clause still names
  EXPECT_TRUE(link_all("In Ohio, a group called the Liberty Fund met.").empty());
  EXPECT_TRUE(link_all("They met at a diner called Rosie's.").empty());
}
}  // namespace

namespace {
TEST(AttributionCues, InvertedAndParentheticalReportingForms) {
  Linked l = link_one("\u201CIt is his to lose,\u201D added a New Hampshire Democrat.");
  EXPECT_EQ(l.source, "a New Hampshire Democrat");
  EXPECT_EQ(link_one("\u201CAnybody but Trump,\u201D read one.").content, "\u201CAnybody but Trump,\u201D");
  const auto all = link_all("In several cases, tech executives say, they have been asked to keep quiet.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].source, "tech executives");
  EXPECT_EQ(link_one("Trump claims he is worth $10 billion.").content, "he is worth $10 billion");
  // idioms and questions stay out
  EXPECT_TRUE(link_all("They go to, let's say, Jeb.").empty());
  EXPECT_TRUE(link_all("What did it say.").empty());
  EXPECT_TRUE(link_all("ISIS claims the attack.").empty());
}
}  // namespace

namespace {
TEST(AttributionSource, ARelativeClauseWithCuesAndQuotationsOfItsOwn) {
  auto all = link_all("Crawford, who said in an interview that he did not sign it, recalled that the book was late.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].source, "Crawford, who said in an interview that he did not sign it");
  EXPECT_EQ(all[1].speaker, "Crawford");
  all = link_all("Humphrey, who calls Trump a \u201Csociopath,\u201D said he is wrong.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].source, "Humphrey, who calls Trump a \u201Csociopath,\u201D");
  // a relative clause that the main verb ended is no modifier of a later participle's subject
  all = link_all("Khan, who is Muslim, also decried the ban, noting he had lost a son.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "noting");
  EXPECT_EQ(all[1].speaker, "Khan");
}
}  // namespace

namespace {
TEST(AttributionSource, PartsOfTheDayInATimeAdjunct) {
  EXPECT_EQ(link_one("RNC spokesman Sean Spicer on Thursday evening said the party was fine.").source,
            "RNC spokesman Sean Spicer");
}
}  // namespace

namespace {
TEST(AttributionContent, AQuotationAfterTheAdjunctsComma) {
  EXPECT_EQ(link_all("Christie told reporters in Nashua last week, \u201CWe are going to do better here soon.\u201D")[0].content,
            "\u201CWe are going to do better here soon.\u201D");
  // a title in apposition is no content
  EXPECT_NE(link_one("Rubio said so in his 2012 book, \u201CAn American Son.\u201D").content, "\u201CAn American Son.\u201D");
}

TEST(AttributionContent, AnExclamationThatClosedTheSentenceBeforeACueWithAnAdjunct) {
  EXPECT_EQ(link_one("\u201CWe cast our votes for Ann Ruiz!\u201D Senator Bo Lee said as he opened the vote.").content,
            "\u201CWe cast our votes for Ann Ruiz!\u201D");
}
}  // namespace

namespace {
TEST(AttributionContent, ANewClauseWithASubjectOfItsOwnEndsWhatWasSaid) {
  auto all = link_all("One in three said the party did not care, and one in four said it was hostile.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "the party did not care");
  all = link_all("His leverage, they believe, is not going anywhere, and most do not expect a deal.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].contents.back(), "is not going anywhere");
  EXPECT_EQ(link_one("They oppose Donald Trump and who seem to be coalescing around Sanders.").content, "Donald Trump");
  // coordinated subjects and noun phrases stay inside
  EXPECT_EQ(link_one("He said she and her peers laughed at the club.").content, "she and her peers laughed at the club");
  EXPECT_EQ(link_all("He said he has no problem with presidents or candidates criticizing judges.")[0].content,
            "he has no problem with presidents or candidates criticizing judges");
}
}  // namespace

namespace {
TEST(AttributionContent, AnOccasionOfSpeechAfterAnObjectIsTheCuesAdjunct) {
  EXPECT_EQ(link_one("Cruz explained his reasoning in an appearance on Face the Nation.").content, "his reasoning");
  // inside the object, or after a verb, the phrase is what was said
  EXPECT_EQ(link_one("They portrayed her use of the email server as reckless.").content,
            "her use of the email server as reckless");
  EXPECT_EQ(link_one("She said she would speak in an interview on Sunday.").content,
            "she would speak in an interview on Sunday");
}
}  // namespace

namespace {
TEST(AttributionSpeaker, ARoleResolvesToTheNameRightAfterItsEarlierMention) {
  const auto all = link_all(
      "President Donald Trump said Wednesday that former FBI Director James Comey lied. \u201CHe was the best thing "
      "that ever happened to her!\u201D the president added later.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].speaker, "Donald Trump");
}

TEST(AttributionSpeaker, ARelativePronounAfterAParentheticalResolvesToTheName) {
  EXPECT_EQ(link_all("She met Chuck Grassley (R-Iowa), who wrote that the probe was flawed.")[0].speaker, "Chuck Grassley");
}

TEST(AttributionSource, ADeterminerAfterANounStartsTheSubject) {
  EXPECT_EQ(link_one("Trump fired Comey, a move the White House initially said was based on the memo.").source,
            "the White House");
}

TEST(AttributionContent, AConjunctionBeforeTheNextParticipleCueEndsWhatWasSaid) {
  const auto all = link_all("Trump said Comey lied, while also questioning the probe.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "Comey lied");
}
}  // namespace

namespace {
TEST(AttributionSpeaker, AShortNameBeforeAHeadlineColon) {
  const Linked l = link_one("Trump: Comey \u2018lied and leaked\u2019 and protected Clinton");
  EXPECT_EQ(l.speaker, "Trump");
  EXPECT_FALSE(l.anonymous);
  EXPECT_TRUE(link_one("Officials: The plan is dead").anonymous);
}

TEST(AttributionSource, AnOccasionOfSpeechBeforeAnInfinitiveCueIsNoSource) {
  EXPECT_EQ(link_one("Three days later Comey held a press conference to announce that the FBI would not act.").source,
            "Comey");
  const auto all = link_all("Ruiz called a briefing to explain the plan.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].source, "Ruiz");
}
}  // namespace

namespace {
TEST(AttributionContent, ADocumentColonEndingAParagraphIntroducesTheBlock) {
  const auto all = link_all("Fox News report:\n\nThe foundation is taking an unusual approach. It will host a digital archive.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].cue, ":");
  EXPECT_EQ(all[0].speaker, "Fox News");
  EXPECT_EQ(all[0].contents.front(), "The foundation is taking an unusual approach. It will host a digital archive");
}

TEST(AttributionContent, AnAdjunctWithAnAmpersandBeforeThat) {
  EXPECT_EQ(link_one("Tom Fitton said Wednesday on Fox & Friends that the records are federal.").content,
            "the records are federal");
}
}  // namespace

namespace {
TEST(AttributionSource, ANameBetweenAClosingQuotationAndACueWhateverItsTag) {
  // names that are also adjectives, prepositions or auxiliaries: "Young", "From", "Will"
  for (const char* name : {"Young", "From", "Will", "Long"}) {
    const std::string text = std::string("\u201CIt shows up. It is a good day,\u201D ") + name + " said.";
    const Linked l = link_one(text);
    EXPECT_EQ(l.source, name) << text;
    EXPECT_EQ(l.content, "\u201CIt shows up. It is a good day,\u201D") << text;
  }
  EXPECT_EQ(link_one("\u201CIt is good,\u201D He said.").source, "He");
}
}  // namespace

namespace {
TEST(AttributionContent, WhatARefusalRefusedIsItsContent) {
  const Linked l = link_one("Schilling, through a spokeswoman, declined to comment.");
  EXPECT_EQ(l.cue, "declined");
  EXPECT_EQ(l.source, "Schilling");
  EXPECT_EQ(l.content, "to comment");
}
}  // namespace

namespace {
TEST(AttributionContent, ClauseBoundsAfterAnOpeningParticipleADashOrAnAdverb) {
  auto all = link_all("Asked if he was ever bullied, the candidate said no.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "he was ever bullied");
  all = link_all("She explained that Comey meant her interviews - but she also insisted that all was fine.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].content, "Comey meant her interviews");
  EXPECT_EQ(link_one("He denied that waterboarding is torture, however, appearing to rely on a discredited memo.").content,
            "waterboarding is torture");
  EXPECT_EQ(link_one("The bill, which the Senate is expected to vote on next week, returns power to the states.").content,
            "vote on next week");
}
}  // namespace

namespace {
// Loaded words in what an attribution reports, quoted or not, are the source's.
TEST(AttributionVoice, ReportedLoadedLanguageIsAttributedAndWeighsAsQuoted) {
  const rhetor::Analyzer& a = english();
  const auto reported = a.analyze("McCain says such techniques are barbaric.");
  const auto own = a.analyze("Such techniques are barbaric.");
  auto loaded = [](const rhetor::Report& r) {
    for (const auto& m : r.matches())
      if (m.category == rhetor::kLoaded) return m;
    return rhetor::Match{};
  };
  ASSERT_EQ(loaded(reported).category, rhetor::kLoaded);
  ASSERT_EQ(loaded(own).category, rhetor::kLoaded);
  EXPECT_TRUE(loaded(reported).attributed);
  EXPECT_EQ(loaded(reported).voice, rhetor::Voice::author);  // no quotation marks
  EXPECT_FLOAT_EQ(loaded(reported).weight, loaded(own).weight * a.options().quoted_loaded_factor);
  EXPECT_FALSE(loaded(own).attributed);
}
}  // namespace

namespace {
TEST(AttributionSource, ATimePhraseWithoutAPrepositionBeforeTheVerb) {
  EXPECT_EQ(link_one("Reince Priebus, the GOP chairman, this past week announced a new website.").source,
            "Reince Priebus, the GOP chairman");
  EXPECT_EQ(link_one("The senator last month said the plan was dead.").source, "The senator");
}
}  // namespace

namespace {
TEST(AttributionSource, ARestrictiveRelativeClauseBeforeTheCue) {
  const Linked l = link_one("Many of the local leaders who would rather be working for Cruz said they back Trump.");
  EXPECT_EQ(l.source, "Many of the local leaders who would rather be working for Cruz");
  // a subordinate clause with a subject of its own in between is no relative clause's end
  const auto all = link_all("The list of those who should be shunned grew as a number of writers suggested it.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().source, "a number of writers");
}
}  // namespace

namespace {
TEST(AttributionSource, AppositivesBetweenDashesOrWithACueInTheirRelativeClause) {
  EXPECT_EQ(link_one("Deborah Reynolds - his girlfriend and co-host on his channel - told the Post that it was over.").source,
            "Deborah Reynolds - his girlfriend and co-host on his channel");
  const auto all = link_all(
      "Saul Anuzis, a top adviser to the campaign who has long dismissed attempts to unhorse Trump, floated the "
      "notion that a new ticket would work.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].source, "Saul Anuzis, a top adviser to the campaign who has long dismissed attempts to unhorse Trump");
  EXPECT_EQ(all[1].speaker, "Saul Anuzis");
}
}  // namespace

namespace {
TEST(AttributionSource, AsOpensTheCuesClauseAndANounModifierTaggedAsAVerb) {
  EXPECT_EQ(link_one("Or, as Tom Ridge, a former secretary, put it, the barbarians are here.").source,
            "Tom Ridge, a former secretary");
  // (", as well as ...," stays an adjunct between the subject and its verb)
  EXPECT_EQ(link_one("Mrs. Clinton herself, as well as her campaign, has always maintained that it was legal.").source,
            "Mrs. Clinton herself");
  EXPECT_EQ(link_one("\u201CIt takes time,\u201D Bill Frelick, refugee rights program director at Human Rights Watch, "
                     "said in an interview.").speaker,
            "Bill Frelick");
}
}  // namespace

namespace {
TEST(AttributionSource, ANameWithASuffix) {
  const Linked l = link_one("Vice President Joseph R. Biden Jr. said the remarks had hurt.");
  EXPECT_EQ(l.source, "Vice President Joseph R. Biden Jr.");
  EXPECT_EQ(l.speaker, "Joseph R. Biden");
  EXPECT_FALSE(l.anonymous);
}
}  // namespace

namespace {
TEST(AttributionCues, ATelephoneCallIsNoAttribution) {
  EXPECT_TRUE(link_all("Yost noticed the keychain and called them.").empty());
  EXPECT_TRUE(link_all("She called him on Monday.").empty());
  EXPECT_EQ(link_one("Trump called him a liar.").content, "him a liar");
  EXPECT_EQ(link_all("Cruz called them on it: \u201CThe questions were unfair.\u201D").size(), 1u);
}

TEST(AttributionSpeaker, ACapitalizedSingleWordSourceIsNoAnonymousSource) {
  EXPECT_FALSE(link_one("Trump called him a liar.").anonymous);
  EXPECT_TRUE(link_one("Critics said it failed.").anonymous);
}
}  // namespace

namespace {
TEST(AttributionSpeaker, APronounInsideAQuotationIsNotItsSpeaker) {
  const auto all = link_all(
      "\u201CPresident Trump has vowed to buy American steel,\u201D Rep. Mark Pocan said. \u201CBut now, he has "
      "decided that the pipeline is exempt.\u201D");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[2].cue, "decided");
  EXPECT_EQ(all[2].speaker, "Trump");
}

TEST(AttributionSource, ReportedlyCreditsAnUnnamedReport) {
  const Linked l = link_one("Former President Barack Obama has reportedly been called to serve jury duty.");
  EXPECT_EQ(l.source, "<null>");
  EXPECT_TRUE(l.anonymous);
}

TEST(AttributionContent, AnOpeningParticipleClauseIsNoPartOfAQuotedSentence) {
  EXPECT_EQ(link_one("Doing his best impression, Colbert quipped, \u201CHey, were you born in Kenya?\u201D").content,
            "\u201CHey, were you born in Kenya?\u201D");
}
// Issue 7, cue recall: mental-state verbs, evidential "found", nouns before a that-clause.
TEST(AttributionCues, FirstPersonThoughtInTheAuthorsVoice) {
  const auto l = link_one("I think the deal is dead.");
  EXPECT_EQ(l.cue, "think");
  EXPECT_EQ(l.source, "I");
  EXPECT_EQ(l.content, "the deal is dead");
  // inside a quotation it is the quoted speaker's own word
  const auto all = link_all("She said: \u201CWe know the plan will fail.\u201D");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].cue, "said:");
}

TEST(AttributionCues, ExpectAndHopeWithAClauseOrAnObject) {
  const auto e = link_one("Economists expect the bank to cut rates.");
  EXPECT_EQ(e.cue, "expect");
  EXPECT_EQ(e.source, "Economists");
  EXPECT_EQ(e.content, "the bank to cut rates");
  const auto h = link_one("Local farmers hope the rain comes soon.");
  EXPECT_EQ(h.cue, "hope");
  EXPECT_EQ(h.source, "Local farmers");
  EXPECT_EQ(h.content, "the rain comes soon");
  // a name, a noun and "cannot hope to" are no cue
  for (const char* t : {"Hope Hicks left the room.", "The only hope the town has is the river.",
                        "The island cannot hope to repay the loans."})
    for (const auto& a : link_all(t)) EXPECT_NE(a.cue, "hope") << t;
}

TEST(AttributionCues, FoundReportsAFinding) {
  const auto l = link_one("The study found no evidence of fraud.");
  EXPECT_EQ(l.cue, "found");
  EXPECT_EQ(l.source, "The study");
  EXPECT_EQ(l.content, "no evidence of fraud");
  for (const char* t : {"He found himself in a tight race.", "Ms. Lane, who helped found the group, left.",
                        "The keys were never found."})
    EXPECT_TRUE(link_all(t).empty()) << t;
}

TEST(AttributionCues, ANounOfSayingBeforeItsThatClause) {
  const auto all = link_all("Critics rejected his claim that the vote was rigged.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "claim that");
  EXPECT_EQ(all[1].source, "his");
  EXPECT_EQ(all[1].content, "the vote was rigged");
  EXPECT_EQ(link_one("Residents filed complaints that the water smelled of gas.").content, "the water smelled of gas");
}
TEST(AttributionCues, CalledAfterAnOpeningAdjunctOrBeforeAPreposition) {
  const auto l = link_one("Last week, Mayor Ruiz called the plan a disaster.");
  EXPECT_EQ(l.cue, "called");
  EXPECT_EQ(l.source, "Mayor Ruiz");
  EXPECT_EQ(l.content, "the plan a disaster");
  const auto f = link_one("A group of nurses called for a new vote.");
  EXPECT_EQ(f.source, "A group of nurses");
  EXPECT_EQ(f.content, "a new vote");
  // naming and a telephone call stay no attribution
  for (const char* t : {"The school is named for a local poet.", "Then, on Friday, Senator Mills called.",
                        "Last year, a band called Rise played in Ohio."})
    EXPECT_TRUE(link_all(t).empty()) << t;
}

TEST(AttributionCues, NotePreferAndEncourage) {
  const auto n = link_one("Experts note that the river is rising.");
  EXPECT_EQ(n.cue, "note");
  EXPECT_EQ(n.content, "the river is rising");
  EXPECT_TRUE(link_all("Note that the office is closed on Monday.").empty());
  const auto p = link_one("Most voters prefer a shorter campaign.");
  EXPECT_EQ(p.cue, "prefer");
  EXPECT_EQ(p.source, "Most voters");
  // "say they prefer": the preference is what they say
  EXPECT_EQ(link_one("Half of voters say they prefer a shorter campaign.").cue, "say");
  const auto e = link_one("The coach encouraged his players to rest.");
  EXPECT_EQ(e.cue, "encouraged");
  EXPECT_EQ(e.content, "his players to rest");
}
TEST(AttributionCues, CommitmentsViewsAndAttacks) {
  const auto a = link_one("The union agreed to end the strike.");
  EXPECT_EQ(a.cue, "agreed to");
  EXPECT_EQ(a.content, "end the strike");
  EXPECT_EQ(link_one("The governor offered to meet the protesters.").cue, "offered to");
  const auto s = link_one("Many residents see the plan as a threat.");
  EXPECT_EQ(s.cue, "see");
  EXPECT_EQ(s.source, "Many residents");
  EXPECT_EQ(s.content, "the plan as a threat");
  EXPECT_TRUE(link_all("The army renewed its attacks on the town.").empty());
}

TEST(AttributionSource, ThePossessorOfACueNoun) {
  const auto all = link_all("Critics rejected the senator\u2019s attacks on the judge.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "attacks on");
  EXPECT_EQ(all[1].source, "the senator\u2019s");
  EXPECT_EQ(all[1].content, "the judge");
  const auto c = link_all("The mayor's claim that the bridge was safe drew protests.");
  ASSERT_EQ(c.size(), 1u);  // ("protests" is a noun here)
  EXPECT_EQ(c[0].source, "The mayor's");
}
TEST(AttributionCues, IntentionsWithAnInfinitive) {
  const auto v = link_one("Democrats vow to fight the ruling.");
  EXPECT_EQ(v.cue, "vow to");
  EXPECT_EQ(v.source, "Democrats");
  EXPECT_EQ(v.content, "fight the ruling");
  EXPECT_EQ(link_one("The campaign is eager to move on.").cue, "is eager to");
}

TEST(AttributionCues, PledgedDelegatesAndAStrongShowingAreNoCues) {
  for (const char* t : {"She won more pledged delegates.", "His strong showing in Iowa surprised many.",
                        "She has 600 pledged and 40 super delegates."})
    EXPECT_TRUE(link_all(t).empty()) << t;
  EXPECT_EQ(link_one("A new poll shows the mayor ahead.").cue, "shows");
}
TEST(AttributionContent, AListObjectWithPrepositionsAndParentheses) {
  EXPECT_EQ(link_one("The chairman announced four votes for Lee, 31 for Ruiz and two abstentions, a result that "
                     "stunned the hall.").content,
            "four votes for Lee, 31 for Ruiz and two abstentions");
}

TEST(AttributionContent, AnOpeningClauseAfterAConjunction) {
  const auto all = link_all("And after the court refused to hear the case, the governor blamed the judges.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].cue, "refused");
  EXPECT_EQ(all[0].content, "to hear the case");
  EXPECT_EQ(all[1].source, "the governor");
}
TEST(AttributionSource, ARoleWordTheTaggerTookForAVerbInAnInvertedSource) {
  const auto l = link_one("\u201CIt is fine,\u201D said Republican strategist Ryan Williams.");
  EXPECT_EQ(l.source, "Republican strategist Ryan Williams");
  EXPECT_EQ(l.speaker, "Ryan Williams");
  EXPECT_EQ(link_one("\u201CIt is fine,\u201D said Clinton ally James Carville.").source, "Clinton ally James Carville");
}
TEST(AttributionCues, WritingDescribeAsBlameAndNounsOfStatement) {
  const auto w = link_one("Ms. Ruiz shared the letter online, writing that the school had failed her son.");
  EXPECT_EQ(w.cue, "writing");
  EXPECT_EQ(w.source, "Ms. Ruiz");
  EXPECT_EQ(w.content, "the school had failed her son");
  const auto d = link_one("Local officials describe the storm as the worst in decades.");
  EXPECT_EQ(d.cue, "describe");
  EXPECT_EQ(d.content, "the storm as the worst in decades");
  const auto b = link_one("Many residents blame the council for the delays.");
  EXPECT_EQ(b.cue, "blame");
  EXPECT_EQ(b.source, "Many residents");
  const auto s = link_one("Critics seized on his statement that the tax was temporary.");
  EXPECT_EQ(s.cue, "statement that");
  EXPECT_EQ(s.source, "his");
  EXPECT_EQ(s.content, "the tax was temporary");
}
TEST(AttributionCues, AskWithAnAddresseeOrAQuestion) {
  const auto a = link_one("Two senators ask the agency to review the contract.");
  EXPECT_EQ(a.cue, "ask");
  EXPECT_EQ(a.source, "Two senators");
  EXPECT_TRUE(link_all("When I ask for help, nobody comes.").empty());
}
TEST(AttributionCues, AReportersBylineIsNoAttribution) {
  EXPECT_TRUE(link_all("Ann Lee reported from Paris.").empty());
  EXPECT_EQ(link_one("The agency reported a sharp rise in claims.").cue, "reported");
}
TEST(AttributionSource, AnAppositiveEndingTheSentenceAfterAnInvertedSource) {
  const auto l = link_one("\u201CWe will win,\u201D said Ann Lee, a leader of the Coalition to Stop the Dam.");
  EXPECT_EQ(l.source, "Ann Lee, a leader of the Coalition to Stop the Dam");
  EXPECT_EQ(l.speaker, "Ann Lee");
  // a cue after the comma is no appositive
  const auto all = link_all("\u201CWe will win,\u201D said Ann Lee, adding that the vote was close.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].source, "Ann Lee");
}
TEST(AttributionCues, OppositionFavorBelievingAndLists) {
  const auto o = link_all("Critics noted the senator's opposition to the new dam.");
  ASSERT_EQ(o.size(), 2u);
  EXPECT_EQ(o[1].cue, "opposition to");
  EXPECT_EQ(o[1].source, "the senator's");
  const auto f = link_one("Most farmers favor a longer season.");
  EXPECT_EQ(f.cue, "favor");
  EXPECT_EQ(f.source, "Most farmers");
  EXPECT_EQ(link_one("The club's website lists him as a founder.").cue, "lists");
}
TEST(AttributionSource, ThePhraseBeforeATimeOrPlaceAdjunctThatDoesNotLink) {
  EXPECT_EQ(link_one("A survey in March found most voters undecided.").source, "A survey in March");
  EXPECT_EQ(link_one("Democrats in Congress said the bill was dead.").source, "Democrats in Congress");
}
TEST(AttributionContent, ACoordinatedClauseWhoseSubjectHoldsAPrepositionEndsTheContent) {
  const auto all = link_all("Critics rejected her claim that the repairs were on schedule, and a survey by the "
                            "city council found most residents unconvinced.");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].content, "her claim that the repairs were on schedule");
  EXPECT_EQ(all[1].content, "the repairs were on schedule");
}
// A finite cue of thought or wish in the complement of a verb of saying is part of what
// is reported ("said she believes ..."), not an attribution of its own; a participle
// after the clause ("said, adding ...") is.
TEST(AttributionCues, ThoughtInsideReportedSpeechIsNoCueOfItsOwn) {
  EXPECT_EQ(link_one("The mayor said she believes the count was wrong.").cue, "said");
  EXPECT_EQ(link_one("The coach told reporters he wants a new stadium.").cue, "told");
  EXPECT_EQ(link_one("The mayor believes the count was wrong.").cue, "believes");
  EXPECT_EQ(link_one("The coach wants a new stadium.").cue, "wants");
  const auto all = link_all("The mayor said the count was wrong, adding that she expects a recount.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "adding");
}
TEST(AttributionCues, RecordsShowAndANamedPlanner) {
  EXPECT_EQ(link_one("Polls in Ohio show the senator far ahead.").cue, "show");
  for (const char* t : {"She will appear on a radio show tonight.", "Voters did not show up.",
                        "His plans to widen the road failed."})
    EXPECT_TRUE(link_all(t).empty()) << t;
  const auto p = link_one("The city plans to widen the road.");
  EXPECT_EQ(p.cue, "plans to");
  EXPECT_EQ(p.source, "The city");
  // the same in the complement of another verb of saying belongs to what is reported
  EXPECT_EQ(link_one("The mayor wrote that the city plans to widen the road.").cue, "wrote");
}
TEST(AttributionCues, ThoughtInsideAnEmbeddedQuestionIsNoCueOfItsOwn) {
  EXPECT_EQ(link_one("Reporters asked whether the mayor wants a recount.").cue, "asked whether");
  EXPECT_EQ(link_one("Nobody knows whether the mayor believes the count.").cue, "knows");
}
// A plural noun subject's wish or view is a cue; a bare "they want" (mostly generic or
// quoted) is not, and neither is one inside reported speech.
TEST(AttributionCues, APluralSubjectsWishOrView) {
  const auto w = link_one("Most farmers want a longer season.");
  EXPECT_EQ(w.cue, "want");
  EXPECT_EQ(w.source, "Most farmers");
  EXPECT_TRUE(link_all("They want a longer season.").empty());
  const auto s = link_one("Local analysts see trouble ahead.");
  EXPECT_EQ(s.cue, "see");
  EXPECT_EQ(s.source, "Local analysts");
  EXPECT_EQ(link_one("Local analysts said they see trouble ahead.").cue, "said");
}
TEST(AttributionCues, APluralSubjectsKnowledgeButNotAnAcquaintance) {
  const auto k = link_one("Most reporters know the figures are soft.");
  EXPECT_EQ(k.cue, "know");
  EXPECT_EQ(k.source, "Most reporters");
  EXPECT_TRUE(link_all("Most residents know people on the council.").empty());
}
// A participle after the noun it describes names the thing posted or the people seeking,
// not a source that posts or seeks.
TEST(AttributionCues, AReducedRelativeIsNoCue) {
  const auto v = link_one("A video posted to the club's page showed the fight.");
  EXPECT_EQ(v.cue, "showed");
  EXPECT_EQ(v.source, "A video posted to the club's page");
  EXPECT_EQ(link_one("The coach posted a long apology on Facebook.").cue, "posted");
  EXPECT_TRUE(link_all("The shelter helps anyone seeking refuge from the storm.").empty());
  EXPECT_EQ(link_one("The council is seeking a new manager.").cue, "seeking");
}
// "reports" is a verb after its reporter and a noun after a preposition or a modifier.
TEST(AttributionCues, ReportsAfterAReporterNotAfterAPreposition) {
  const auto r = link_one("The city paper reports that the mayor resigned.");
  EXPECT_EQ(r.cue, "reports");
  EXPECT_EQ(r.source, "The city paper");
  EXPECT_EQ(link_one("CBS News reports that the mayor resigned.").source, "CBS News");
  for (const char* t : {"Amid reports that the mayor resigned, the council met.",
                        "The figures come from FEC reports."})
    EXPECT_TRUE(link_all(t).empty()) << t;
}
TEST(AttributionCues, CalledAsANameOrAPhoneCallIsNoCue) {
  for (const char* t : {"A new committee called Citizens First ran the ads.", "The senator called back an hour later."})
    EXPECT_TRUE(link_all(t).empty()) << t;
  EXPECT_EQ(link_one("The mayor called the plan reckless.").cue, "called");
}
TEST(AttributionCues, TellingAsAnAdjectiveOrANounIsNoCue) {
  for (const char* t : {"The empty seats were a telling sign.", "Most telling was the silence.",
                        "Her telling of the story changed."})
    EXPECT_TRUE(link_all(t).empty()) << t;
  const auto all = link_all("Lee called the board, telling members the vote was off.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "telling");
}
// Putting out a document or its contents reports it; freeing someone or launching a product does not.
TEST(AttributionCues, ReleasedOrPublishedDocuments) {
  const auto r = link_one("The agency released 400 pages of emails on Friday.");
  EXPECT_EQ(r.cue, "released");
  EXPECT_EQ(r.source, "The agency");
  EXPECT_EQ(link_one("The campaign published a memo on the race.").cue, "published");
  for (const char* t : {"The prisoner was released from jail.", "Police released the hostages at noon.",
                        "The band released a new album."})
    EXPECT_TRUE(link_all(t).empty()) << t;
}
TEST(AttributionCues, APluralSubjectsFeelingButNotACausative) {
  const auto f = link_one("Many nurses feel they are ignored.");
  EXPECT_EQ(f.cue, "feel");
  EXPECT_EQ(f.source, "Many nurses");
  EXPECT_TRUE(link_all("The ads make nurses feel uneasy.").empty());
}
TEST(AttributionCues, AFindingByAnInvestigatingBody) {
  EXPECT_EQ(link_one("The inquiry found virtually nothing new.").source, "The inquiry");
  EXPECT_EQ(link_one("A study by Media Matters found the senator on air twice as often.").source,
            "A study by Media Matters");
  EXPECT_TRUE(link_all("Lee found a way to win.").empty());
}
TEST(AttributionCues, AttackingAndComparingAsSpeech) {
  const auto a = link_one("The senator spoke for an hour, attacking Lee over the budget.");
  EXPECT_EQ(a.cue, "attacking");
  EXPECT_EQ(a.source, "The senator");
  EXPECT_EQ(link_one("She compared the plan to a tax hike.").cue, "compared");
  for (const char* t : {"The group spent $2 million on ads attacking Lee.", "Compared with last year, sales rose."})
    EXPECT_TRUE(link_all(t).empty()) << t;
}
TEST(AttributionCues, ClaimsAClauseButNotAnAttack) {
  const auto c = link_one("The city government claims the dam is safe.");
  EXPECT_EQ(c.cue, "claims");
  EXPECT_EQ(c.source, "The city government");
  EXPECT_TRUE(link_all("The militia claims the attack on the base.").empty());
}
}  // namespace

namespace {
// "Acme Inc." is one name: the period of a company suffix (class-name-suffix) does not cut the source.
TEST(AttributionSource, ACompanySuffixPeriodStaysInTheName) {
  auto all = link_all("Brandt Tools Inc. said the plant would close.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Brandt Tools Inc.");
  EXPECT_EQ(all[0].speaker, "Brandt Tools Inc");
  all = link_all("Brandt Tools Corp., the maker of drills, said the plant would close.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Brandt Tools Corp., the maker of drills");
}

// "I'm here today to announce": a time word between a verb group and the cue is no source.
TEST(AttributionSource, ATimeWordBeforeAnInfinitiveCueIsNoSource) {
  for (const auto& l : link_all("\"I'm here today to announce that the fund is closed,\" Ortiz said."))
    EXPECT_NE(l.source, "today") << l.cue;
}

// A closing parenthesis that closes one opened inside the content stays in it.
TEST(AttributionContent, AParenthesisOpenedInsideTheContentIsClosedInIt) {
  const auto all = link_all("Organizers said the city would end the Youth Jobs Program (YJP).");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "the city would end the Youth Jobs Program (YJP)");
}
}  // namespace

namespace {
// "The number Goodell cited": a relative clause without "that"; the name is the source,
// the noun it modifies what the cue reports (when the main clause goes on after the cue).
TEST(AttributionSource, TheSubjectOfARelativeClauseWithoutThat) {
  auto all = link_all("The number Ortiz cited seems low to many.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Ortiz");
  EXPECT_EQ(all[0].content, "The number");
  all = link_all("This year Ortiz said the plan would fail.");  // a time, not an object
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Ortiz");
  EXPECT_EQ(all[0].content, "the plan would fail");
  all = link_all("The district GOP Chairman Dale Brandt said the plan would fail.");  // one phrase with a title
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "The district GOP Chairman Dale Brandt");
}

// An expletive subject speaks for nobody.
TEST(AttributionSource, AParticiplesSourceIsNoExpletive) {
  const auto all = link_all("There was Ortiz, who is the loudest on stage, at the center of it, saying the vote was rigged.");
  ASSERT_FALSE(all.empty());
  EXPECT_NE(all.back().source, "There");
}
}  // namespace

namespace {
// ", with whom X shared a memo,": a relative clause after its preposition stays in the source.
TEST(AttributionSource, ARelativeClauseAfterItsPreposition) {
  const auto all = link_all("Dana Ortiz, with whom the mayor shared a draft, said the plan was wrong.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Dana Ortiz, with whom the mayor shared a draft");
  EXPECT_EQ(all[0].speaker, "Dana Ortiz");
}

// The object of the cue before a participle is no subject: that cue's source speaks.
TEST(AttributionSource, AParticipleAfterACuesObjectSharesItsSource) {
  const auto all = link_all("The governor attacked Dale Brandt, with whom she clashed in May, calling him a coward.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "calling");
  EXPECT_EQ(all.back().source, "The governor");
}

// "reported that, “...”": neither the complementizer nor its comma is reported.
TEST(AttributionContent, TheCommaAfterThatBeforeAQuotation) {
  const auto all = link_all("Ortiz reported that, \"The fund was closed in May.\"");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "\"The fund was closed in May.\"");
}
}  // namespace

namespace {
// A time clause opened by "as" ends at its comma; a parenthetical "As X put it," reports what follows.
TEST(AttributionContent, AnAsTimeClauseEndsAtItsComma) {
  auto all = link_all("As Ortiz was pledging to cut taxes during her speech, her aide was texting a lobbyist.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].cue, "pledging");
  EXPECT_EQ(all[0].content, "to cut taxes during her speech");
  all = link_all("As the audit notes, the fund was closed in May.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].content, "the fund was closed in May");
}
}  // namespace

namespace {
// "said by telephone": after an active subject, "by" names the means, not an agent.
TEST(AttributionSource, ByAfterAnActiveCueIsNoAgent) {
  auto all = link_all("Ms. Ortiz said by telephone that the plant would close.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Ms. Ortiz");
  EXPECT_EQ(all[0].content, "the plant would close");
  all = link_all("Ortiz was asked by the host whether the plant would close.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].source, "the host");
}

// A participle after a noun reports the noun when the main clause goes on after its agent.
TEST(AttributionContent, AParticipleAfterANounReportsTheNoun) {
  const auto all = link_all("The figures cited by the agency were wrong.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "cited");
  EXPECT_EQ(all.back().source, "the agency");
  EXPECT_EQ(all.back().content, "The figures");
}
}  // namespace

namespace {
// "Democrats who oppose the bill said": a cue inside a restrictive relative clause of the
// subject; the main cue's source is the whole phrase, the inner cue reports only its object.
TEST(AttributionSource, ARestrictiveRelativeClauseWithACueOfItsOwn) {
  const auto all = link_all("Farmers who oppose the tariff said it would ruin them.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].cue, "oppose");
  EXPECT_EQ(all[0].content, "the tariff");
  EXPECT_EQ(all[1].cue, "said");
  EXPECT_EQ(all[1].source, "Farmers who oppose the tariff");
  EXPECT_EQ(all[1].content, "it would ruin them");
}
}  // namespace

namespace {
// A capitalized participle opening the sentence before a noun is part of the subject.
TEST(AttributionSource, AnOpeningParticipleBeforeANounIsPartOfTheSource) {
  const auto all = link_all("Concerned parents said the school was unsafe.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Concerned parents");
}
}  // namespace

namespace {
// "said in remarks delivered to ...": the occasion of the speech is no second attribution.
TEST(AttributionCues, InRemarksAfterACueIsNoAttributionOfItsOwn) {
  const auto all = link_all("Ortiz said in remarks delivered to the delegates that she was proud.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].cue, "said");
}
}  // namespace

namespace {
// "“...,” said Trump in his speech": the occasion of the speech is no part of an inverted source.
TEST(AttributionSource, AnInvertedSourceEndsBeforeItsSpeechOccasion) {
  const auto all = link_all("\"We will win,\" said Ortiz in her speech.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Ortiz");
}

// A coordinated cue after an expletive "there" takes the subject of its own clause.
TEST(AttributionSource, NoExpletiveSubjectForACoordinatedCue) {
  const auto all = link_all("There were sharper attacks, such as when Ortiz knocked Brandt on trade and called him a moderate.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "called");
  EXPECT_EQ(all.back().source, "Ortiz");
}
}  // namespace

namespace {
// An appositive may hold a participle after a time adverb ("then working for ...").
TEST(AttributionSource, AnAppositiveWithAParticipleAfterATimeAdverb) {
  const auto all = link_all("\"See you there,\" Dana Ortiz, a lawyer then working for the city, wrote in an email.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].source, "Dana Ortiz, a lawyer then working for the city");
  EXPECT_EQ(all[0].speaker, "Dana Ortiz");
}
}  // namespace

namespace {
// A coordinated cue that goes on a relative clause takes its relative pronoun as source.
TEST(AttributionSource, ACoordinatedCueInsideARelativeClause) {
  const auto all = link_all("I met farmers who lost their crops, sold their land and pledged to fight the dam.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().cue, "pledged");
  EXPECT_EQ(all.back().source, "who");
}
}  // namespace

namespace {
// After an infinitive content, a trailing participle phrase is the subject's own.
TEST(AttributionContent, ATrailingParticipleAfterAnInfinitiveIsNotReported) {
  const auto all = link_all("The council vowed to block the tower, reversing its earlier stance.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].content, "to block the tower");
}
}  // namespace

namespace {
// Cues read against PolNeAR (issue 7, second round).
TEST(AttributionCues, DocumentStatesClaimBeforeACommaAndGoingOnSaying) {
  EXPECT_EQ(link_one("The levy ends in June, the notice states.").cue, "states");
  EXPECT_TRUE(link_all("The states sued over the levy.").empty());
  EXPECT_EQ(link_one("The levy is illegal, the farmers now claim, because it is unfair.").cue, "claim");
  EXPECT_TRUE(link_all("The farmers lay claim to the valley.").empty());
  const auto l = link_all("Ms. Ortiz continued to insist that the plant was safe.").at(0);  // "insist" is a cue too
  EXPECT_EQ(l.cue, "continued to");
  EXPECT_EQ(l.source, "Ms. Ortiz");
  EXPECT_TRUE(link_all("Ms. Ortiz continued to maintain a narrow lead.").empty());
  EXPECT_TRUE(link_all("Ms. Ortiz continued to work at the plant.").empty());
}

TEST(AttributionCues, ContinuedOnAfterAQuotationCalledOutPressedOn) {
  EXPECT_EQ(link_one("\u201CWe will rebuild,\u201D Ortiz continued on the radio.").cue, "continued");
  EXPECT_TRUE(link_all("Ortiz continued on the path to the river.").empty());
  EXPECT_EQ(link_one("The bishops called out the mayor over his remarks.").cue, "called out");
  EXPECT_EQ(link_all("The mayor was pressed on the budget by the host.").at(0).cue, "pressed");
  EXPECT_TRUE(link_all("The mayor was pressed for time.").empty());
}

TEST(AttributionCues, HeadlineLabelsAndFormFieldsAreNoSpeakers) {
  EXPECT_TRUE(link_all("EXCLUSIVE: Mayor Plans Second Bridge Over River.").empty());
  EXPECT_TRUE(link_all("Wow: Mayor Opens Bridge Two Years Early.").empty());
  EXPECT_TRUE(link_all("Name: Ana Ortiz.").empty());
}
}  // namespace

namespace {
// A thought cue reported by a verb of saying is no cue of its own, but one after a comma
// that closes the saying clause is ("said Ortiz, who thinks ..."); "she said, her boss told" stays one.
TEST(AttributionCues, AReportVerbReachesNoCueBeyondACommaOrQuotationMark) {
  const auto all = link_all("\u201CIt is over,\u201D said Ortiz, who thinks often about the plant.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].cue, "thinks");
  EXPECT_EQ(link_one("Officials said they decided to close the plant.").cue, "said");
}
}  // namespace

namespace {
// Seeking an office or work is a candidacy, not a stance ("who is seeking reelection").
TEST(AttributionCues, SeekingAnOfficeIsNoStance) {
  EXPECT_TRUE(link_all("Ortiz, who is seeking reelection, opened a school.").empty());
  EXPECT_TRUE(link_all("Ortiz sought the nomination in 2012.").empty());
  EXPECT_EQ(link_one("Ortiz is seeking to repeal the levy.").cue, "seeking");
}
}  // namespace

namespace {
// "Believe me" is an interjection, not a belief reported.
TEST(AttributionCues, BelieveMeIsAnInterjection) {
  EXPECT_TRUE(link_all("Believe me, the bridge will be built.").empty());
  EXPECT_EQ(link_one("Most farmers believe the levy is unfair.").cue, "believe");
  // "(think X)": an imperative giving an example
  EXPECT_TRUE(link_all("Some mayors (think Ortiz in 2019) built bridges.").empty());
}
}  // namespace

namespace {
// "showing respect/support": displaying a quality, not evidence that shows something.
TEST(AttributionCues, ShowingAQualityIsNoEvidence) {
  EXPECT_TRUE(link_all("The mayor kept showing respect for her rivals.").empty());
  EXPECT_EQ(link_one("The audit shows the levy was never collected.").cue, "shows");
}
}  // namespace

namespace {
// A speech act delivered or sounded: "delivered a critique of", "sounded a cautious note".
TEST(AttributionCues, DeliveredACritiqueSoundedANote) {
  EXPECT_EQ(link_one("Ortiz delivered a sharp critique of the levy.").cue, "delivered");
  EXPECT_EQ(link_one("Ortiz sounded a cautious note about the levy.").cue, "sounded");
  EXPECT_TRUE(link_all("Ortiz delivered a speech in Lyon.").empty());
  EXPECT_TRUE(link_all("The courier delivered a parcel.").empty());
}
}  // namespace
