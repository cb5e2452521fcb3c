// Speaker resolution (src/speakers.cpp) with the default English pack. More
// speaker cases, with the sources they start from, are in attribution_test.cpp.
// Texts are our own.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>

#include <string>
#include <vector>

namespace {

const rhetor::Analyzer& english() {
  static const rhetor::Analyzer a;
  return a;
}

// The speaker of each attribution whose source is `source`, in order ("<null>" when unresolved).
std::vector<std::string> speakers_of(std::string_view text, std::string_view source) {
  const auto r = english().analyze(text);
  std::vector<std::string> out;
  for (const auto& a : r.attributions())
    if (a.source && r.text(*a.source) == source) out.push_back(a.speaker ? std::string(r.text(*a.speaker)) : "<null>");
  return out;
}

using Strings = std::vector<std::string>;

TEST(RoleSpeaker, APluralRoleIsNoOnePerson) {
  EXPECT_EQ(speakers_of("He thanked the doctors at Mayo Clinic. The doctors say he is recovering well.", "The doctors"),
            (Strings{"<null>"}));
}

TEST(RoleSpeaker, TheRoleAfterAPossessiveIsNotThePossessor) {
  // the senator's doctors are not the senator; the senator's spokeswoman is the one named so
  const std::string text =
      "Senator Ann Ruiz was treated on Friday. The senator's spokeswoman, Beth Cole, spoke later. "
      "The senator's doctors say she is well. The senator's spokeswoman said the office would reopen.";
  EXPECT_EQ(speakers_of(text, "The senator's doctors"), (Strings{"<null>"}));
  EXPECT_EQ(speakers_of(text, "The senator's spokeswoman"), (Strings{"Beth Cole"}));
}

TEST(RoleSpeaker, ASingularDefiniteRoleStillResolves) {
  EXPECT_EQ(speakers_of("The spokeswoman, Beth Cole, arrived at noon. The spokeswoman said the office was closed.",
                        "The spokeswoman"),
            (Strings{"Beth Cole"}));
}

TEST(RelativeSpeaker, TheNameBeforeADashAppositive) {
  EXPECT_EQ(speakers_of("Senator Tim Scott \u2013 the only black Republican \u2013 who told CNN the remark is toxic, spoke.", "who"),
            (Strings{"Tim Scott"}));
}

TEST(InstitutionSpeaker, AnInstitutionsNameGoesOnAcrossOf) {
  EXPECT_EQ(speakers_of("The National Council of Rural Mayors said the plan would fail.", "The National Council of Rural Mayors"),
            (Strings{"National Council of Rural Mayors"}));
  EXPECT_EQ(speakers_of("The Department of Coastal Affairs said the beach was closed.", "The Department of Coastal Affairs"),
            (Strings{"Department of Coastal Affairs"}));
}

TEST(InstitutionSpeaker, AnInstitutionIsNoHe) {
  // "he" is the person named after the institution spoke, not the institution
  EXPECT_EQ(speakers_of("The Western Conference of Pastors criticized Mark Olsen days after he accused the clergy of greed.",
                        "he"),
            (Strings{"Mark Olsen"}));
  EXPECT_EQ(speakers_of("Dana Ortiz left early. The Harbor Authority said the port was open. He said the ships were late.",
                        "He"),
            (Strings{"Dana Ortiz"}));
}

TEST(RoleSpeaker, TheOfficeAfterRoleOfIsNoPartOfTheName) {
  EXPECT_EQ(speakers_of("Secretary of State Paula Grant said the talks went well.", "Secretary of State Paula Grant"),
            (Strings{"Paula Grant"}));
  EXPECT_EQ(speakers_of("Secretary of Homeland Security Carl B. Ruiz said the border was calm. He said more.", "He"),
            (Strings{"Carl B. Ruiz"}));
}

TEST(InstitutionSpeaker, ANewsConferenceIsNoInstitution) {
  EXPECT_EQ(speakers_of("Mr. Lee's news conference, held downtown, signaled that the talks had failed.", "Mr. Lee's news conference, held downtown"),
            (Strings{"<null>"}));
}

TEST(PronounSpeaker, SheIsNotSomeoneTheTextCalledHe) {
  // the salient speaker was "he": "she" goes to the woman named before
  const std::string text =
      "Dale Brandt spoke first. He said the agency was in tatters. Thank God we have Ann Ruiz Lee as a voice "
      "of calm. \u201cWhen you attack the agents, you are losing,\u201d she tweeted.";
  EXPECT_EQ(speakers_of(text, "she"), (Strings{"Ann Ruiz Lee"}));
  EXPECT_EQ(speakers_of(text, "He"), (Strings{"Dale Brandt"}));
}

TEST(PronounSpeaker, AnHonorificTellsTheGender) {
  const std::string text = "Mrs. Dana Ortiz said the plan was sound. Carl Brandt, the treasurer, arrived late. He said it was not.";
  EXPECT_EQ(speakers_of(text, "He"), (Strings{"Carl Brandt"}));
  const std::string text2 = "Mr. Carl Brandt said the plan was sound. \u201cIt is not,\u201d she said.";
  EXPECT_EQ(speakers_of(text2, "she"), (Strings{"<null>"}));
}

TEST(PronounSpeaker, ASurnameTheTextGaveInFullIsAPerson) {
  // "Brandt" alone is a person once the text named "Carl Brandt" (in a tagged sentence), even if he never spoke
  const std::string text =
      "The mayor told Carl Brandt the plan was dead. Later the agent Dana Ortiz left the team. "
      "Brandt is now cooperating with the inquiry. He said he knows plenty.";
  EXPECT_EQ(speakers_of(text, "He"), (Strings{"Brandt"}));
}

TEST(NameSpeaker, LowerCaseParticlesInsideAName) {
  EXPECT_EQ(speakers_of("Mike de la Rocha said the speech was moving.", "Mike de la Rocha"), (Strings{"Mike de la Rocha"}));
  EXPECT_EQ(speakers_of("\u201cWe won,\u201d said Anna von der Brink.", "Anna von der Brink"), (Strings{"Anna von der Brink"}));
}

}  // namespace
