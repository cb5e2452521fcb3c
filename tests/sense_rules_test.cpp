// The sense stage (src/sense_rules.cpp): @pos constraints judged on the
// tagger's UPOS tags, and loaded words inside proper names.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/error.hpp>
#include <rhetor/lexicon.hpp>
#include <rhetor/report.hpp>

#include <string>
#include <vector>

namespace {
using rhetor::Analyzer;
using rhetor::kLoaded;
using rhetor::Lexicon;
using Strings = std::vector<std::string>;

Strings loaded(const Analyzer& a, std::string_view text) {
  const auto r = a.analyze(text);
  Strings out;
  for (const auto& m : r.matches())
    if (m.category == kLoaded) out.emplace_back(r.text(m.span));
  return out;
}

const Analyzer& pos_rules() {
  static const Analyzer a(Lexicon::from_string(R"(
[loaded]
smear/smears/smeared @pos=VERB
stamp out @pos=VERB
thug/thugs @!pos=PROPN|VERB
beast
savage
RINO
Fourth Reich @case
)", "sense.lex"));
  return a;
}

TEST(PosConstraint, AllowsOnlyTheListedTags) {
  EXPECT_EQ(loaded(pos_rules(), "They smeared the senator in every ad."), (Strings{"smeared"}));
  EXPECT_TRUE(loaded(pos_rules(), "The smear on the glass was left by a child.").empty());
  EXPECT_EQ(loaded(pos_rules(), "They vowed to stamp out dissent."), (Strings{"stamp out"}));
}

TEST(PosConstraint, NegatedListExcludesTags) {
  EXPECT_EQ(loaded(pos_rules(), "A gang of thugs attacked the reporters."), (Strings{"thugs"}));
}

TEST(PosConstraint, HotPathAgreesWithAnalyze) {
  for (const char* s : {"They smeared the senator in every ad.", "The smear on the glass was left by a child."}) {
    const auto r = pos_rules().analyze(s);
    EXPECT_EQ(pos_rules().score_sentence(s).count[kLoaded], r.document().by_category[kLoaded].count) << s;
  }
}

// Matching keeps one entry per form; when a later stage rejects it (its @pos,
// its @after window), the next entry of the same form takes its place.
TEST(PosConstraint, SameFormEntriesSplitAWordByItsTag) {
  const Analyzer a(Lexicon::from_string(R"(
[loaded]
smear @pos=NOUN =2
smear @pos=VERB =1
[hedge]
appear @pos=VERB
)", "split.lex"));
  const auto noun = a.analyze("It was a smear.");
  ASSERT_EQ(noun.matches().size(), 1u);
  EXPECT_FLOAT_EQ(noun.matches()[0].weight, 2.0f);
  const auto verb = a.analyze("They smear him daily.");
  ASSERT_EQ(verb.matches().size(), 1u);
  EXPECT_FLOAT_EQ(verb.matches()[0].weight, 1.0f);
  EXPECT_EQ(a.score_sentence("They smear him daily.").count[kLoaded], verb.document().by_category[kLoaded].count);
}

TEST(WindowConstraint, SameFormEntryTakesOverWhenAWindowFails) {
  const Analyzer a(Lexicon::from_string(R"(
[loaded]
destroyed @!after=homes =2
destroyed @after=homes @prev=they =1
)", "window.lex"));
  const auto figurative = a.analyze("Their policies destroyed the middle class.");
  ASSERT_EQ(figurative.matches().size(), 1u);
  EXPECT_FLOAT_EQ(figurative.matches()[0].weight, 2.0f);
  const auto literal = a.analyze("They destroyed three homes.");
  ASSERT_EQ(literal.matches().size(), 1u);
  EXPECT_FLOAT_EQ(literal.matches()[0].weight, 1.0f);
  EXPECT_TRUE(a.analyze("The fire destroyed three homes.").matches().empty());
}

TEST(ProperNameGuard, LoadedWordInsideANameIsDropped) {
  EXPECT_TRUE(loaded(pos_rules(), "The story was first reported by the Daily Beast on Monday.").empty());
  EXPECT_TRUE(loaded(pos_rules(), "A caller to the Michael Savage radio show disagreed.").empty());
}

TEST(ProperNameGuard, KeepsLowercaseAcronymsCaseEntriesAndHeadlines) {
  EXPECT_EQ(loaded(pos_rules(), "He called it a savage attack on the press."), (Strings{"savage"}));
  EXPECT_EQ(loaded(pos_rules(), "Of course, RINO Senator Flake voted no."), (Strings{"RINO"}));
  EXPECT_EQ(loaded(pos_rules(), "They warned of a Fourth Reich in Europe."), (Strings{"Fourth Reich"}));
  // title case: every word capitalized, capitals say nothing about names
  EXPECT_EQ(loaded(pos_rules(), "Senator Slams Savage Attack On Free Press"), (Strings{"Savage"}));
}

TEST(PosConstraintFormat, ParsesAndRejects) {
  const auto lex = Lexicon::from_string("[loaded]\nstamp out @pos=VERB|AUX\nthug @!pos=PROPN\n", "p.lex");
  ASSERT_EQ(lex.size(), 2u);
  const auto bit = [](rhetor::Upos u) { return 1u << static_cast<unsigned>(u); };
  EXPECT_EQ(lex.entries()[0].pos_allowed, bit(rhetor::Upos::VERB) | bit(rhetor::Upos::AUX));
  EXPECT_EQ(lex.entries()[1].pos_allowed & bit(rhetor::Upos::PROPN), 0u);
  EXPECT_NE(lex.entries()[1].pos_allowed & bit(rhetor::Upos::NOUN), 0u);
  try {
    (void)Lexicon::from_string("[loaded]\nsmear @pos=VERB|VRB\n", "bad.lex");
    FAIL() << "expected a LexiconError";
  } catch (const rhetor::LexiconError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.column(), 17u);  // at "VRB"
    EXPECT_NE(std::string(e.what()).find("unknown part-of-speech tag"), std::string::npos);
  }
  EXPECT_THROW((void)Lexicon::from_string("[loaded]\nsmear @pos=VERB @pos=NOUN\n", "twice.lex"), rhetor::LexiconError);
}

TEST(PosConstraintCheck, FlagsATagTheWordNeverHas) {
  const auto lex = Lexicon::from_string("[loaded]\nthe regime @pos=VERB\nsmear @pos=VERB\n", "check.lex");
  const auto issues = rhetor::check_lexicon(lex);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].kind, rhetor::LexiconIssue::Kind::unmatchable);
  EXPECT_EQ(issues[0].origin, "check.lex:2");
  EXPECT_NE(issues[0].message.find("always DET"), std::string::npos) << issues[0].message;
}

}  // namespace

// The default pack on neutral reporting: literal senses constrained as data
// (lexicons/en/classes.lex, class-literal-context / class-literal-cause).
namespace {
const Analyzer& english() {
  static const Analyzer a;
  return a;
}

TEST(DefaultPackLiteralSenses, NeutralWireCopyHasNoLoadedLanguage) {
  for (const char* s : {
           "Bad weather delayed flights at the airport on Monday.",
           "Forecasters said a weak disturbance could bring severe flooding to the coast.",
           "The fire destroyed three homes and the storm wrecked the pier.",
           "Investigators examined the plane wreckage for a second day.",
           "The story was first reported by the Daily Beast.",
           "Violent winds toppled trees across the county.",
           "The patient suffered a severe allergic reaction and bad back pain.",
           "The bomb exploded near the market, police said.",
           "About 300 people attended the meeting.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
}

TEST(DefaultPackLiteralSenses, EvaluativeUsesStillCount) {
  EXPECT_EQ(loaded(english(), "It was a bad decision by a weak leader."), (Strings{"bad", "weak"}));
  EXPECT_EQ(loaded(english(), "Their policies destroyed the middle class."), (Strings{"destroyed"}));
  EXPECT_EQ(loaded(english(), "The stunt was a chilling display of contempt."), (Strings{"stunt", "chilling", "contempt"}));
  EXPECT_EQ(loaded(english(), "It was the harshest attack yet from the hard left."), (Strings{"harshest", "the hard left"}));
}

// Law and crime reporting names offences (class-literal-legal); movement labels are descriptive.
TEST(DefaultPackLiteralSenses, LawAndCrimeReporting) {
  for (const char* s : {
           "He spent two years in the juvenile justice system.",
           "A virtual kidnapping scam is placing more residents at risk.",
           "The scam's victims were told to wire money.",
           "Closing arguments were heard in the defamation trial on Friday.",
           "Officials warned about price gouging before the storm.",
           "Police used pepper spray and blast balls to disperse the crowd.",
           "The hall contains a massive 840,000 square feet of space.",
           "White nationalists gathered in the park on Saturday.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "His juvenile remarks are a scam."), (Strings{"juvenile", "scam"}));
  EXPECT_EQ(loaded(english(), "The senator blasted the plan."), (Strings{"blasted"}));
  EXPECT_EQ(loaded(english(), "They are supremacists."), (Strings{"supremacists"}));
}

// General evaluative vocabulary (issue 8, vocabulary session): the literal and
// technical senses of the ambiguous new entries stay at zero in neutral copy.
TEST(DefaultPackLiteralSenses, NewVocabularyLiteralSenses) {
  for (const char* s : {
           "The Yankees lefty allowed two runs over six innings.",
           "Investigators said the password was cracked by brute force.",
           "Health officials reported three new cases of swine flu.",
           "The lame duck session of Congress begins on Monday.",
           "A hot air balloon landed safely in a field near the river.",
           "Oppressive heat and humidity will linger through the weekend.",
           "Cold-blooded animals such as lizards bask in the sun.",
           "The earthquake struck at a shallow depth of 10 kilometers.",
           "Workers cleaned up a corrosive chemical spill on the highway.",
           "Late blight has damaged potato crops across the region.",
           "Oil gushed from the ruptured pipeline for two days.",
           "Brilliant sunshine is expected on Tuesday.",
           "The hotel is conveniently located near the airport.",
           "Residents were asked to leave trash cans at the curb.",
           "In spite of the rain, the parade went ahead.",
           "Bushfires ravaged large areas of New South Wales.",
           "Police said the fire was deliberately set.",
           "A man pretending to be a utility worker entered the home.",
           "The meat was declared unfit for human consumption.",
           "Rescuers continued a frantic search for survivors.",
           "Refugees are in desperate need of food and water.",
           "Relentless rain caused flooding in the valley.",
           "Stocks ended a lackluster trading session slightly lower.",
           "The couple went through an acrimonious divorce.",
           "Firefighters battled an out-of-control blaze.",
           "The train came off the rails near the station.",
           "The victim was stabbed in the back outside a bar.",
           "Millions live in abject poverty, the report said.",
           "The prickly pear cactus grows in the desert.",
           "The senator told a joke at the start of her speech.",
           "Amnesty International said the trial was unfair.",
           "The Democratic Party nominated its candidate in July.",
           "The body was found lying in a field near the road.",
           "He pleaded guilty to lying to investigators.",
           "The former aide lied to FBI agents, the indictment says.",
           "Use an abrasive pad and coarse sand to smooth the obtuse angle.",
           "The pope marked the fifth year of his pontificate.",
           "Sheep farmers said prices fell at the autumn sales.",
           "A parrot escaped from the zoo on Sunday.",
           "The striker scored twice in front of a sellout crowd.",
           "The army said it had repelled an attack on the base.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
}

TEST(DefaultPackLiteralSenses, NewVocabularyEvaluativeUses) {
  EXPECT_EQ(loaded(english(), "Lawmakers who claim to care about workers rammed through a cash grab."),
            (Strings{"claim to", "rammed through", "cash grab"}));
  EXPECT_EQ(loaded(english(), "The lefties in Congress want higher taxes."), (Strings{"lefties"}));
  EXPECT_EQ(loaded(english(), "He turned his back on voters and trotted out the same word salad."),
            (Strings{"turned his back on", "trotted out", "word salad"}));
  EXPECT_EQ(loaded(english(), "It was a masterful, brilliant speech by a mediocre, thin-skinned ideologue."),
            (Strings{"masterful", "brilliant", "mediocre", "thin-skinned", "ideologue"}));
  EXPECT_EQ(loaded(english(), "The ruling is a joke and the committee is a kangaroo court."),
            (Strings{"joke", "kangaroo court"}));
  EXPECT_EQ(loaded(english(), "He lied to the American people and is lying again."), (Strings{"lied to", "lying"}));
  EXPECT_EQ(loaded(english(), "Voters are like sheep, and the pundits keep parroting the same lines."),
            (Strings{"sheep", "parroting"}));
  EXPECT_EQ(loaded(english(), "It is an attack on the free press by a sellout."), (Strings{"attack on", "sellout"}));
}

// Wire copy (AP/Reuters political and crime reporting): computer hacks, a
// surname, claiming victory, bullying as a topic, contest losers, descriptive
// labels and the reporting idiom "drew the ire" stay at zero.
TEST(DefaultPackLiteralSenses, WireCopyLiteralSenses) {
  for (const char* s : {
           "A stunt double stood in for the actress during the press conference.",
           "Obama quickly stifled his laughter as Bush smiled.",
           "She was simply having a bad hair day.",
           "The first lady was chilling in Air Force One.",
           "Investigators did not say who was behind the hack of the party's emails.",
           "The agency tried to cover up the hacks before the vote.",
           "Gross became involved in gun safety after his brother was shot.",
           "Her campaign is already claiming victory in the state.",
           "The militants claiming allegiance to the group were killed.",
           "Delegates are awarded by proportion, so even the loser receives some.",
           "The program helps students who are bullied at school.",
           "Bullying is a growing problem in schools, the survey found.",
           "The self-described democratic socialist won the state.",
           "The far-right National Front backed the candidate.",
           "A flood of money helped pay for television ads.",
           "The plan drew the immediate ire of some lawmakers.",
           "The governor won his party's divisive primary.",
           "Fans gathered to celebrate the hometown hero.",
           "The center was hit by vandalism last year.",
           "It was the worst mass shooting in the country's history.",
           "He said a violent hit used to be considered a great tackle.",
           "The senator outlined his political agenda on Monday.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  for (const char* s : {
           "Online extremist content and extremist groups were removed from the site.",
           "Her campaign blasted out an email to supporters after an email blast.",
           "The bitter debate over the law deepened the bitterly polarized climate.",
           "The city sold plots of land, and he was charged with plotting the attacks.",
           "The governor proposed a radical overhaul of the student loan program.",
           "It was the worst recession since the 1930s and his worst showing in two years.",
           "Both sides traded accusations of sexism during the campaign.",
           "With the primary looming, the mayor stepped in.",
           "Violent crime is down, and violent clashes with the police were rare.",
           "Civilians were held by hostile governments and hostile groups.",
           "The court voted 5-3, striking down parts of the law, as striking workers marched.",
           "The man is the subject of a massive manhunt, and she holds a massive lead.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  // crime, legal and disaster reporting; "boasts" meaning "has"; a name; church teaching
  for (const char* s : {
           "The resort boasts a pool, and she boasts a roughly 45-point lead.",
           "Near the border lies one industrial park after another, wherever their allegiances lie.",
           "The shooting rampage ended within minutes.",
           "Criminal gangs and biker gangs control the port.",
           "He threatened to sue the paper for libel, and a libel suit followed.",
           "Voter intimidation and witness intimidation are crimes.",
           "He resigned over allegations of sexually inappropriate behavior.",
           "The death toll from the disaster rose to 267 as disaster relief arrived.",
           "The crush of humanity at the festival worried officials.",
           "George Soros donated to the campaign.",
           "The council defined the dogma in 1854.",
           "The economy took a turn for the worst.",
           "The court ruled that it was an unlawful search.",
           "The flag bearer held the most dangerous spot on the battlefield.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "He boasted that he crushed them, and he boasts about it."),
            (Strings{"boasted", "crushed", "boasts about"}));
  EXPECT_EQ(loaded(english(), "They lie to us, and the lies keep coming."), (Strings{"lie", "lies"}));
  EXPECT_EQ(loaded(english(), "It is a blood libel and a form of intimidation rooted in liberal dogma."),
            (Strings{"libel", "intimidation", "dogma"}));
  EXPECT_EQ(loaded(english(), "The extremist senator blasted the bitter, radical plan."),
            (Strings{"extremist", "blasted", "bitter", "radical"}));
  EXPECT_EQ(loaded(english(), "It was the worst president and a massive giveaway to hostile elites."),
            (Strings{"worst", "massive", "hostile"}));
  for (const char* s : {
           "A judge threw out their lawsuit claiming discrimination.",
           "Some marchers waved Confederate and Nazi flags.",
           "Several players were injured in a terrifying accident.",
           "The explosion terrified nearby residents.",
           "She was screaming in agony on the floor.",
           "Volunteers raised funds for victims of the bushfire catastrophe.",
           "The tax is levied on workers' gross earnings.",
           "She said she submitted a fraudulent Social Security number.",
           "Climate change contributed to drastic declines in bee populations.",
           "The study predicts more extreme rainstorms.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "His fraudulent promises were a terrifying, drastic catastrophe."),
            (Strings{"fraudulent", "terrifying", "drastic", "catastrophe"}));
  EXPECT_EQ(loaded(english(), "The gross hypocrisy of these little Nazis is agonizing."),
            (Strings{"gross", "hypocrisy", "Nazis", "agonizing"}));
  for (const char* s : {
           "He was listed in the registry of sexual predators.",
           "The agents examined a Predator drone at the border.",
           "The list ranks the best horror films of the decade.",
           "Players knelt during the anthem to protest police brutality.",
           "The rally turned violent when the groups clashed.",
           "He was arrested on suspicion of stealing a car from the lot.",
           "Protesters tried to destroy statues of Confederate leaders.",
           "The drug destroys cancer cells without harming healthy tissue.",
           "The woman was terrified for her granddaughter.",
           "Neighbors said they were stunned by the news.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "The predators in Congress want to steal the election."), (Strings{"predators", "steal"}));
  EXPECT_EQ(loaded(english(), "Their brutality stunned the nation; it terrified voters."),
            (Strings{"brutality", "stunned", "terrified"}));
  for (const char* s : {
           "The governor's blank stare stirred mockery and befuddlement online.",
           "The speaker's agenda has drawn the president's scorn.",
           "Most voters in the survey say they feel betrayed by their party.",
           "Mourners left flowers for the victims of the attack on the nightclub.",
           "Any bad blood from the last campaign was put aside.",
           "Brent crude, the international benchmark, fell 24 cents.",
           "Crude oil prices rose on Monday.",
           "Reagan did not roll back the Iron Curtain one inch.",
           "His uneven debate performance emboldened three governors seeking to stem his rise.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "He made a mockery of justice and betrayed us with contempt."),
            (Strings{"mockery", "betrayed", "contempt"}));
  EXPECT_EQ(loaded(english(), "It was a bad deal."), (Strings{"bad"}));
  EXPECT_EQ(loaded(english(), "He made crude remarks and lowered an iron curtain of censorship."),
            (Strings{"crude", "iron curtain"}));
  EXPECT_EQ(loaded(english(), "He is a party hack and a loser."), (Strings{"hack", "loser"}));
  EXPECT_EQ(loaded(english(), "The bully bullied reporters, claiming the vote was rigged."),
            (Strings{"bully", "bullied", "claiming", "rigged"}));
  EXPECT_EQ(loaded(english(), "They pushed a hidden agenda and a flood of illegal aliens."),
            (Strings{"hidden agenda", "flood of", "illegal aliens"}));
}

// Issue 8, read on mainstream SemEval articles by hand: phrasal verbs, a named
// feeling, a place name, a comic-book villain, panic as a state, the cause a
// protest names, left-handedness, a TV genre.
TEST(DefaultPackLiteralSenses, MainstreamArticleSenses) {
  for (const char* s : {
           "The coach worried that the rookie would mess up the snap.",
           "Don't mess with the settings before the update.",
           "The actress has been open about her disgust for the producer.",
           "Hikers crossed the mountains of eastern Oregon.",
           "The parade passed Lookout Mountain of Tennessee.",
           "The comic book introduced Dr. Doom in 1962.",
           "Shoppers fled in panic when the alarm went off.",
           "He had a panic attack before the exam, and panic buying emptied the shelves.",
           "Several players knelt to protest racial injustice.",
           "The march drew attention to social injustices in the city.",
           "Studies suggest that lefties are more often left-handed in sports too.",
           "The network ranked the best horror TV series of the year.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "What a mess: the plan is doomed, a sense of disgust everywhere."),
            (Strings{"mess", "doomed", "disgust"}));
  EXPECT_EQ(loaded(english(), "A mountain of lies and the injustice they suffered made the elites panic."),
            (Strings{"mountain of", "lies", "injustice", "the elites", "panic"}));
  // props and forgeries, fact-checkers' "fake news sites", climate and poverty
  // measures, literal hazards, currents, what a storm or logging destroys
  for (const char* s : {
           "For the role she wore fake teeth and a wig.",
           "He was arrested with a fake passport and stolen plates.",
           "The story first ran on one of several fake news web sites.",
           "Scientists expect more extreme weather events, and extreme poverty fell by half.",
           "Climbers are often unprepared for dangerous situations on the mountain.",
           "Workers handled dangerous chemicals without gloves.",
           "The storm drifted slowly on weak steering currents.",
           "Loggers have destroyed large areas of rainforest.",
           "The flood destroyed trees along the river.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "The fake outrage of extreme partisans is dangerous for democracy."),
            (Strings{"fake", "outrage", "extreme", "dangerous"}));
  // a team's name, rain totals, a viewer warning, a firm that goes bankrupt
  for (const char* s : {
           "The Fantastic Four returned to theaters in 2015.",
           "The storm brought extraordinary rain totals to the coast.",
           "Warning: the video contains graphic, disturbing content.",
           "If the railroads go bankrupt the insurance companies will suffer.",
           "The veteran spent months plotting to bomb a rally.",
           "The game has an unlimited ammo cheat code, and Sunday is her cheat day.",
           "A hiker's car was crushed by falling rocks.",
           "A tree crushed the shed during the night.",
           "Officials voiced fears that gangs could exploit the migrants.",
           "Prosecutors say the Mafia controls farm labor in the region.",
           "The bombing was claimed by a local militant group.",
       })
    EXPECT_TRUE(loaded(english(), s).empty()) << s;
  EXPECT_EQ(loaded(english(), "It is a disturbing, fantastic plan to bankrupt the country."),
            (Strings{"disturbing", "fantastic", "bankrupt"}));
  EXPECT_EQ(loaded(english(), "Party bosses are plotting to overturn the vote."), (Strings{"plotting"}));
  EXPECT_EQ(loaded(english(), "They cheated, and he crushed the opposition."), (Strings{"cheated", "crushed"}));
  EXPECT_EQ(loaded(english(), "That gang in the capital and these gangs of bureaucrats want more."),
            (Strings{"gang", "gangs"}));
  EXPECT_EQ(loaded(english(), "He called his rivals a mafia."), (Strings{"mafia"}));
  // the judgement spelled without its hyphen; not the singer's
  EXPECT_EQ(loaded(english(), "The ad was late and tone deaf."), (Strings{"tone deaf"}));
  EXPECT_TRUE(loaded(english(), "I'm tone deaf, so I never sing in the choir.").empty());
}

TEST(DefaultPackCategories, ApproximatorsAreNotHedges) {
  const auto r = english().analyze("About 300 people came, and it may rain.");
  const int approximator = english().category_id("approximator");
  ASSERT_GE(approximator, 0);
  std::vector<std::string> hedges, approx;
  for (const auto& m : r.matches()) {
    if (m.category == rhetor::kHedge) hedges.emplace_back(r.text(m.span));
    if (m.category == approximator) approx.emplace_back(r.text(m.span));
  }
  EXPECT_EQ(hedges, (Strings{"may"}));
  EXPECT_EQ(approx, (Strings{"About"}));
}

TEST(DefaultPackBoosters, BroadenedCertaintyPhrases) {
  for (const char* s : {"It now seems clear that he lied.", "There's little doubt about it.",
                        "It is abundantly clear that they knew.", "Of course they knew."}) {
    const auto r = english().analyze(s);
    EXPECT_EQ(r.document().by_category[rhetor::kBooster].count, 1u) << s;
  }
}
}  // namespace

namespace {
TEST(DefaultPackHedges, PurposeCouldIsNoHedge) {
  const auto r = english().analyze("They built a ramp so that it could be used by everyone. It could rain.");
  std::vector<std::string> hedges;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kHedge) hedges.emplace_back(r.text(m.span));
  EXPECT_EQ(hedges, (Strings{"could"}));
  EXPECT_EQ(r.matches().back().sentence, 1u);
}
}  // namespace

namespace {
TEST(DefaultPackHedges, LiteralAppearIsNoHedge) {
  const auto r = english().analyze("He appeared. Later the singer appeared, smiling. It appears, however, that he lied.");
  std::vector<std::string> hedges;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kHedge) hedges.emplace_back(r.text(m.span));
  EXPECT_EQ(hedges, (Strings{"It appears"}));
}
}  // namespace

namespace {
// Reported doubt is the source's, not the author's hedge; a compound names a thing.
TEST(DefaultPackHedges, ReportedQuestioningAndConspiracyTheoriesAreNoHedges) {
  const auto r = english().analyze(
      "Trump attacked the bureau, while also questioning the credibility of its probe. The conspiracy theory was "
      "posted online. Some question whether the plan works.");
  std::vector<std::string> hedges;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kHedge) hedges.emplace_back(r.text(m.span));
  EXPECT_EQ(hedges, (Strings{"question"}));
}
}  // namespace
