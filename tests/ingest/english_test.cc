#include "ingest/english.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/date.h"
#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "ingest/sentences.h"

namespace labwatch {
namespace {

// Invented people and orgs throughout; the gazetteer knows only a few big
// names, as the shipped entity list would.
std::shared_ptr<const Gazetteer> Names() {
  auto gazetteer = Gazetteer::Build({
      {"Meta", NameKind::kOrg, "Meta", "", true},
      {"Meta Platforms", NameKind::kOrg, "Meta", "", false},
      {"FAIR", NameKind::kOrg, "FAIR", "Meta", true},
      {"Google", NameKind::kOrg, "Google", "", false},
      {"Google DeepMind", NameKind::kOrg, "Google DeepMind", "Google", false},
      {"DeepMind", NameKind::kOrg, "Google DeepMind", "Google", false},
      {"OpenAI", NameKind::kOrg, "OpenAI", "", false},
      {"Anthropic", NameKind::kOrg, "Anthropic", "", false},
      {"Apple", NameKind::kOrg, "Apple", "", true},
      {"Microsoft Research", NameKind::kOrg, "Microsoft Research", "Microsoft", false},
      {"Llama", NameKind::kModel, "Llama", "Meta", false},
      {"Gemini", NameKind::kModel, "Gemini", "Google", true},
      {"Claude", NameKind::kModel, "Claude", "Anthropic", true},
      {"Yann LeCun", NameKind::kPerson, "Yann LeCun", "", false},
  });
  EXPECT_TRUE(gazetteer);
  return std::make_shared<const Gazetteer>(std::move(*gazetteer));
}

// Thursday.
constexpr std::string_view kPublished = "2025-03-13T09:00:00Z";

std::vector<ExtractedFact> Facts(const std::string& text, const std::string& title = "") {
  Article article;
  article.id = "t";
  article.title = title;
  article.text = text;
  article.published = *ParseTimestamp(kPublished);
  Extractor extractor(Names());
  return extractor.Extract(article, Date::Day(2025, 3, 13));
}

std::string Line(const ExtractedFact& f) {
  std::string kind(FactKindName(f.kind));
  if (f.kind == FactKind::kRelease || f.kind == FactKind::kDelay) return kind + " " + f.org + ": " + f.model;
  return kind + " " + f.person + " @ " + f.org;
}

// The facts as sorted lines, for order-free comparison.
std::vector<std::string> Lines(const std::string& text, const std::string& title = "") {
  std::vector<std::string> out;
  for (const auto& f : Facts(text, title)) out.push_back(Line(f));
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

const ExtractedFact* Find(const std::vector<ExtractedFact>& facts, FactKind kind, const std::string& who) {
  for (const auto& f : facts)
    if (f.kind == kind && (f.person == who || f.model == who)) return &f;
  return nullptr;
}

// ---- Trigger words -------------------------------------------------------------

TEST(EnglishTriggers, ATextWithoutATriggerStemHasNoFacts) {
  std::string text = "Quarterly revenue rose at Nimbus Robotics, Yann LeCun said.";
  EXPECT_TRUE(EnglishTriggerStems(text).empty());
  EXPECT_TRUE(Facts(text).empty());
}

TEST(EnglishTriggers, StemsAreFoundInAnyCaseAndInsideWords) {
  std::string text = "Ada Quill LEFT Nimbus Robotics; the department grew.";
  std::vector<Span> stems = EnglishTriggerStems(text);
  std::vector<std::string> found;
  for (const Span& stem : stems) found.push_back(text.substr(stem.start, stem.end - stem.start));
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"LEFT", "depart", "part"}));  // "department": the rules decide
  EXPECT_TRUE(EnglishTriggerStems("").empty());
}

TEST(EnglishTriggers, KeepTheTextWithItsAsciiLettersLowered) {
  std::string text = "Ada Quill LEFT Café Nimbus \xE2\x80\x99s ÀB";
  EnglishTriggers triggers = FindEnglishTriggers(text);
  EXPECT_EQ(triggers.lowered, "ada quill left café nimbus \xE2\x80\x99s Àb");
  EXPECT_EQ(triggers.stems.size(), EnglishTriggerStems(text).size());
  EXPECT_EQ(FindEnglishTriggers("").lowered, "");
}

// ---- Tokens ------------------------------------------------------------------

// Words are read sixteen bytes at a time where sixteen bytes of the text
// are left, and byte by byte near its end. Shifted by one to forty spaces,
// each word of these sentences lies at another distance from the text's
// end and is read both ways; the facts must not change. (Long words,
// digits inside words, hyphens and "ex-": each bit the tokenizer keeps.)
TEST(EnglishTokens, TheSameFactsWhereverTheWordsFallInTheText) {
  const std::string text =
      "Former Xylographica researcher Maximiliana Oberhauser-Quist left to join Interdisciplinary Labs. "
      "Ex-Anthropic engineer Theo Grant, a onetime Quorvex AI product lead, has joined Meta. "
      "Interdisciplinary Labs released Hypertextualization7B on Monday. Woven is led by ex-3COM exec Tom Berg.";
  const V expected = Lines(text);
  ASSERT_EQ(expected, (V{"departure Maximiliana Oberhauser-Quist @ Xylographica",
                         "departure Theo Grant @ Anthropic", "departure Theo Grant @ Quorvex AI",
                         "departure Tom Berg @ 3COM",
                         "join Maximiliana Oberhauser-Quist @ Interdisciplinary Labs", "join Theo Grant @ Meta",
                         "release Interdisciplinary Labs: Hypertextualization7B"}));
  for (size_t shift = 1; shift <= 40; ++shift) EXPECT_EQ(Lines(std::string(shift, ' ') + text), expected) << shift;
}

// ---- Departures and joins ----------------------------------------------------

TEST(EnglishExtraction, UnknownPersonWithAppositiveRoleResigns) {
  EXPECT_EQ(Lines("Priya Raman, chief scientist at Nebula Labs, has resigned."),
            V{"departure Priya Raman @ Nebula Labs"});
}

TEST(EnglishExtraction, LeftAToJoinBGivesTwoFacts) {
  EXPECT_EQ(Lines("Ines Moreau left Quarry Robotics to join Tallis AI as head of post-training."),
            (V{"departure Ines Moreau @ Quarry Robotics", "join Ines Moreau @ Tallis AI"}));
}

TEST(EnglishExtraction, LeftAForB) {
  EXPECT_EQ(Lines("Bram de Vries left Ostrava Systems for Kelp Intelligence last year."),
            (V{"departure Bram de Vries @ Ostrava Systems", "join Bram de Vries @ Kelp Intelligence"}));
}

TEST(EnglishExtraction, CoordinatedSubjectsEachLeave) {
  EXPECT_EQ(Lines("Rosa Lind, Tomas Berg and Anja Holt left Meta for Fjord Labs."),
            (V{"departure Anja Holt @ Meta", "departure Rosa Lind @ Meta", "departure Tomas Berg @ Meta",
               "join Anja Holt @ Fjord Labs", "join Rosa Lind @ Fjord Labs", "join Tomas Berg @ Fjord Labs"}));
}

TEST(EnglishExtraction, SurnameResolvesToTheFullNameMentionedBefore) {
  EXPECT_EQ(Lines("Halima Yusuf, who ran evaluations at Corral AI, has stepped down. Yusuf was hired by Pinewood "
                  "Labs as chief scientist."),
            (V{"departure Halima Yusuf @ Corral AI", "join Halima Yusuf @ Pinewood Labs"}));
}

TEST(EnglishExtraction, PassiveHireByOrg) {
  EXPECT_EQ(Lines("Dr. Kwame Mensah was hired by Larkspur Research to lead its robotics group."),
            V{"join Kwame Mensah @ Larkspur Research"});
}

TEST(EnglishExtraction, OrgHiresPersonFromAnotherOrg) {
  EXPECT_EQ(Lines("Vireo AI hired Lucia Ferraro from Google DeepMind as vice president of research."),
            (V{"departure Lucia Ferraro @ Google DeepMind", "join Lucia Ferraro @ Vireo AI"}));
}

TEST(EnglishExtraction, OrgNamesPersonToRole) {
  EXPECT_EQ(Lines("Sorrel Systems named Ana Duarte its new chief operating officer on Monday."),
            V{"join Ana Duarte @ Sorrel Systems"});
}

TEST(EnglishExtraction, JoinsFromGivesDepartureAndJoin) {
  EXPECT_EQ(Lines("Marrow AI announced the appointment of Dr. Felix Aalto as chief technology officer. Dr. Aalto "
                  "joins from Kettle Robotics, where he led perception."),
            (V{"departure Felix Aalto @ Kettle Robotics", "join Felix Aalto @ Marrow AI"}));
}

TEST(EnglishExtraction, JoinedAFromB) {
  EXPECT_EQ(Lines("Oskar Lunde joined Birch Labs from Apple in 2021."),
            (V{"departure Oskar Lunde @ Apple", "join Oskar Lunde @ Birch Labs"}));
}

TEST(EnglishExtraction, RelativeClausePreviouslyLedIsADeparture) {
  EXPECT_EQ(Lines("Nadia Varga, who previously led research at Anthropic, spoke at the event."),
            V{"departure Nadia Varga @ Anthropic"});
}

TEST(EnglishExtraction, FormerOrgRoleDescriptorIsADeparture) {
  EXPECT_EQ(Lines("The fund backed former OpenAI researcher Tobias Lind and ex-Google engineer Mara Quist."),
            (V{"departure Mara Quist @ Google", "departure Tobias Lind @ OpenAI"}));
}

TEST(EnglishExtraction, AnnouncedMoveIsAFactWithMonthDateAndAnnouncedDay) {
  auto facts = Facts("Chief operating officer Elin Strand will leave Tundra AI at the end of May.");
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(Line(facts[0]), "departure Elin Strand @ Tundra AI");
  ASSERT_TRUE(facts[0].date);
  EXPECT_EQ(facts[0].date->ToString(), "2025-05");
  ASSERT_TRUE(facts[0].announced);
  EXPECT_EQ(facts[0].announced->ToString(), "2025-03-13");
}

TEST(EnglishExtraction, IsLeavingTheCompanyResolvesToTheArticleOrg) {
  EXPECT_EQ(Lines("Greta Holm, Saffron Labs' head of safety, is leaving the company, she told staff on Tuesday.",
                  "Saffron Labs loses safety chief"),
            V{"departure Greta Holm @ Saffron Labs"});
}

TEST(EnglishExtraction, DefectedToBTakesTheOrgFromTheAppositive) {
  EXPECT_EQ(Lines("Jonas Eck, who ran infrastructure at Cobalt AI for six years, has defected to Larch Systems."),
            (V{"departure Jonas Eck @ Cobalt AI", "join Jonas Eck @ Larch Systems"}));
}

TEST(EnglishExtraction, PartedWaysWithTheSubjectOrg) {
  EXPECT_EQ(Lines("Fennel Labs and its chief product officer, Idris Okoro, have parted ways."),
            V{"departure Idris Okoro @ Fennel Labs"});
}

TEST(EnglishExtraction, GerundAfterLeavingTakesTheSubjectBefore) {
  EXPECT_EQ(Lines("Paula Sands, who co-founded Juniper AI after leaving Microsoft Research in 2020, spoke."),
            (V{"departure Paula Sands @ Microsoft Research", "founded Paula Sands @ Juniper AI"}));
}

TEST(EnglishExtraction, AsDidCopiesTheMoveWithItsOwnOrigin) {
  EXPECT_EQ(Lines("Ada Brun and Leo Park left OpenAI to join Tern Labs, as did Mei Sato from Google DeepMind."),
            (V{"departure Ada Brun @ OpenAI", "departure Leo Park @ OpenAI", "departure Mei Sato @ Google DeepMind",
               "join Ada Brun @ Tern Labs", "join Leo Park @ Tern Labs", "join Mei Sato @ Tern Labs"}));
}

TEST(EnglishExtraction, NewHiresListWithFromOrigins) {
  EXPECT_EQ(Lines("Oriel AI named new hires including Sam Kirby and Lena Voss, both from Anthropic, and Ravi Menon "
                  "from Apple.",
                  "Oriel AI hires"),
            (V{"departure Lena Voss @ Anthropic", "departure Ravi Menon @ Apple", "departure Sam Kirby @ Anthropic",
               "join Lena Voss @ Oriel AI", "join Ravi Menon @ Oriel AI", "join Sam Kirby @ Oriel AI"}));
}

TEST(EnglishExtraction, OrgLostPersonToAnotherOrg) {
  EXPECT_EQ(Lines("Vortex AI has lost its head of research, Ada Li, to Nimbus Labs."),
            (V{"departure Ada Li @ Vortex AI", "join Ada Li @ Nimbus Labs"}));
}

TEST(EnglishExtraction, JumpedShipToB) {
  EXPECT_EQ(Lines("Ama Owusu, who headed manipulation research at Carbon Dynamics, has jumped ship to Brightfield "
                  "Robotics."),
            (V{"departure Ama Owusu @ Carbon Dynamics", "join Ama Owusu @ Brightfield Robotics"}));
}

TEST(EnglishExtraction, MovedToBAfterLeadingATeamAtA) {
  EXPECT_EQ(Lines("Karl Weiss, who led Pike AI's data team, has moved to Ostrava Labs."),
            (V{"departure Karl Weiss @ Pike AI", "join Karl Weiss @ Ostrava Labs"}));
}

TEST(EnglishExtraction, PoachedByBLeavesTheAppositiveOrg) {
  EXPECT_EQ(Lines("Ben Cho, head of research at Quill AI, has been poached by Nimbus Labs."),
            (V{"departure Ben Cho @ Quill AI", "join Ben Cho @ Nimbus Labs"}));
}

TEST(EnglishExtraction, NewRecruitsListJoinTheArticleOrg) {
  EXPECT_EQ(Lines("The memo listed new recruits including Wei Zhang and Lisa Park, both from Anthropic.",
                  "Sorrel Systems builds a lab"),
            (V{"departure Lisa Park @ Anthropic", "departure Wei Zhang @ Anthropic", "join Lisa Park @ Sorrel Systems",
               "join Wei Zhang @ Sorrel Systems"}));
}

TEST(EnglishExtraction, GroupPoachingGivesDeparturesToThePeopleNamedNext) {
  EXPECT_EQ(Lines("Four engineers from Orion AI's inference team have been hired by Nimbus Labs. Sofia Bianchi "
                  "started at Nimbus Labs on Monday, and Yuki Sato has agreed to join in November."),
            (V{"departure Sofia Bianchi @ Orion AI", "departure Yuki Sato @ Orion AI",
               "join Sofia Bianchi @ Nimbus Labs", "join Yuki Sato @ Nimbus Labs"}));
}

TEST(EnglishExtraction, NounDepartureOfANamedPerson) {
  EXPECT_EQ(Lines("The resignation of Omar Said from Qubit Labs surprised staff."),
            V{"departure Omar Said @ Qubit Labs"});
}

TEST(EnglishExtraction, PresentAffiliationThenNamedIsAnInternalPromotion) {
  EXPECT_TRUE(Lines("Dr. Julia Ross, currently head of interpretability, has been appointed research director.",
                    "Tidemark Research announces leadership changes")
                  .empty());
}

TEST(EnglishExtraction, LegalSuffixIsDroppedFromOrgNames) {
  EXPECT_EQ(Lines("Carla Diaz left Nebula Labs Inc. to join Orbit Systems in February."),
            (V{"departure Carla Diaz @ Nebula Labs", "join Carla Diaz @ Orbit Systems"}));
}

TEST(EnglishExtraction, NonJobObjectsGiveNothing) {
  EXPECT_TRUE(
      Lines("Arun Das joined the call from London. Lena Ruiz left the meeting early.", "Orion Labs news").empty());
  EXPECT_TRUE(Lines("Petra Vogel joined Siemens's board in May.").empty());
}

TEST(EnglishExtraction, WhoRelatesOnlyToTheNameItFollows) {
  EXPECT_TRUE(Lines("Sam Ortega said employees who left Vega AI were treated fairly.").empty());
  EXPECT_EQ(Lines("Gina Holt, who left Google in 2023, won a prize."), V{"departure Gina Holt @ Google"});
}

TEST(EnglishExtraction, PronounIsTheSentenceSubjectNotAPrepositionalObject) {
  EXPECT_EQ(Lines("Sven Olsen, who co-led the safety team with Mira Stone, announced that he had quit Cobalt AI."),
            V{"departure Sven Olsen @ Cobalt AI"});
}

TEST(EnglishExtraction, OrgAddedPersonAsRoleAndSteppingAway) {
  EXPECT_EQ(Lines("Orion Labs has added Kim Soo-jin as head of research. Lars Berg is stepping away from Vega AI."),
            (V{"departure Lars Berg @ Vega AI", "join Kim Soo-jin @ Orion Labs"}));
}

TEST(EnglishExtraction, PluralSubjectNamedByAColonListAtTheEnd) {
  EXPECT_EQ(Lines("Two scientists quit Lumen Robotics for Harbor AI last week: Dana Ruiz and Emil Novak."),
            (V{"departure Dana Ruiz @ Lumen Robotics", "departure Emil Novak @ Lumen Robotics",
               "join Dana Ruiz @ Harbor AI", "join Emil Novak @ Harbor AI"}));
  // The names must end the sentence: here they start a clause of their own.
  EXPECT_TRUE(Lines("Two scientists quit Lumen Robotics last week: Dana Ruiz and Emil Novak confirmed it.").empty());
  // The colon after another phrase of the clause introduces other people.
  EXPECT_TRUE(
      Lines("Staff have quit Lumen Robotics in numbers, according to two people: Dana Ruiz and Emil Novak.").empty());
}

TEST(EnglishExtraction, HiredGroupFromAnOrgThenItsNames) {
  EXPECT_EQ(Lines("Kiln AI hired three engineers from Apple: Rhea Soto, Yusuf Demir and Lia Brandt."),
            (V{"departure Lia Brandt @ Apple", "departure Rhea Soto @ Apple", "departure Yusuf Demir @ Apple",
               "join Lia Brandt @ Kiln AI", "join Rhea Soto @ Kiln AI", "join Yusuf Demir @ Kiln AI"}));
  EXPECT_EQ(Lines("Kiln AI has hired two scientists from Anthropic, including Rhea Soto."),
            (V{"departure Rhea Soto @ Anthropic", "join Rhea Soto @ Kiln AI"}));
}

TEST(EnglishExtraction, PluralPastDescriptorCoversEveryNameItIntroduces) {
  EXPECT_EQ(Lines("Two former Anthropic engineers, Tove Berg and Amir Sadeghi, have joined Kiln AI."),
            (V{"departure Amir Sadeghi @ Anthropic", "departure Tove Berg @ Anthropic", "join Amir Sadeghi @ Kiln AI",
               "join Tove Berg @ Kiln AI"}));
  EXPECT_EQ(Lines("Two former Anthropic engineers have joined Kiln AI: Tove Berg and Amir Sadeghi."),
            (V{"departure Amir Sadeghi @ Anthropic", "departure Tove Berg @ Anthropic", "join Amir Sadeghi @ Kiln AI",
               "join Tove Berg @ Kiln AI"}));
}

TEST(EnglishExtraction, LeftToJoinWithNoOrgLeftIsAJoin) {
  EXPECT_EQ(Lines("Pia Lund left to join Harbor AI in March."), V{"join Pia Lund @ Harbor AI"});
  EXPECT_EQ(Lines("Former Apple designer Pia Lund and ex-Anthropic engineer Theo Grant left to join Harbor AI."),
            (V{"departure Pia Lund @ Apple", "departure Theo Grant @ Anthropic", "join Pia Lund @ Harbor AI",
               "join Theo Grant @ Harbor AI"}));
}

// A name the article teaches after the sentence that uses it: the runs of
// that sentence are classified again once the whole article is read (and
// the reader keeps the first classification only where it is the same).
TEST(EnglishExtraction, ASurnameBeforeTheFullNameIsThePersonNamedLater) {
  EXPECT_EQ(Lines("Gonzalez has joined Quellbright as chief scientist. "
                  "Maria Gonzalez previously worked at Meta for a decade."),
            (V{"departure Maria Gonzalez @ Meta", "join Maria Gonzalez @ Quellbright"}));
  // The same sentences the other way round, where the first reading knows
  // the name already.
  EXPECT_EQ(Lines("Maria Gonzalez previously worked at Meta. "
                  "Gonzalez has joined Quellbright as chief scientist."),
            (V{"departure Maria Gonzalez @ Meta", "join Maria Gonzalez @ Quellbright"}));
}

TEST(EnglishExtraction, AGivenNameBeforeTheFullNameIsThePersonNamedLater) {
  EXPECT_EQ(Lines("Tobias has left Kintyre Robotics to start his own company. "
                  "Tobias Rehn said he would stay in Berlin."),
            V{"departure Tobias Rehn @ Kintyre Robotics"});
}

// ---- Foundings ---------------------------------------------------------------

TEST(EnglishExtraction, OrgFoundedByListOfPeople) {
  EXPECT_EQ(
      Lines("Quasar Labs, a Berlin start-up founded last year by Jan Olsen, Eva Marx and Tariq Aziz, raised "
            "$30 million."),
      (V{"founded Eva Marx @ Quasar Labs", "founded Jan Olsen @ Quasar Labs", "founded Tariq Aziz @ Quasar Labs"}));
}

TEST(EnglishExtraction, PossessiveCoFounderDescriptor) {
  EXPECT_EQ(Lines("Wren AI's co-founder Hana Kuroda spoke at the conference."), V{"founded Hana Kuroda @ Wren AI"});
}

TEST(EnglishExtraction, AppositiveCoFounderBeforeTheName) {
  EXPECT_EQ(Lines("Diego Salas, a Basalt Robotics co-founder, gave the keynote."),
            V{"founded Diego Salas @ Basalt Robotics"});
}

TEST(EnglishExtraction, StartedACompanyCalledXWithOthers) {
  EXPECT_EQ(
      Lines("Karin Blom has started a new company called Lumen Forge with Piet Vos and Aiko Mori."),
      (V{"founded Aiko Mori @ Lumen Forge", "founded Karin Blom @ Lumen Forge", "founded Piet Vos @ Lumen Forge"}));
}

TEST(EnglishExtraction, QuitToStartACompanyIsDepartureAndFounding) {
  EXPECT_EQ(Lines("Ilse Brandt quit Anthropic in 2023 to start Marl Labs, an interpretability lab."),
            (V{"departure Ilse Brandt @ Anthropic", "founded Ilse Brandt @ Marl Labs"}));
}

TEST(EnglishExtraction, PassiveSetUpByListOfFounders) {
  EXPECT_EQ(Lines("Gaivota AI, a Lisbon start-up set up last autumn by Rui Matos and Ines Carvalho, raised money."),
            (V{"founded Ines Carvalho @ Gaivota AI", "founded Rui Matos @ Gaivota AI"}));
}

TEST(EnglishExtraction, CoFoundingItWithAnotherPerson) {
  EXPECT_EQ(Lines("Noel Ferris had led Tapestry AI since co-founding it in 2020 with Hana Ito."),
            (V{"founded Hana Ito @ Tapestry AI", "founded Noel Ferris @ Tapestry AI"}));
}

TEST(EnglishExtraction, CoFounderInCopulaTakesTheArticleOrg) {
  EXPECT_EQ(Lines("Bo Lin, who departed OpenAI last year, is a co-founder and the chief technology officer.",
                  "Kelp Labs launches with former OpenAI staff"),
            (V{"departure Bo Lin @ OpenAI", "founded Bo Lin @ Kelp Labs"}));
}

TEST(EnglishExtraction, ParticipleFoundedByThenTheCompany) {
  EXPECT_EQ(Lines("Founded in 2021 by Clara Voss and Idris Bello, the company raised $400 million.",
                  "Why researchers keep leaving Halcyon AI"),
            (V{"founded Clara Voss @ Halcyon AI", "founded Idris Bello @ Halcyon AI"}));
}

TEST(EnglishExtraction, HelpedFoundIsAFounding) {
  EXPECT_EQ(Lines("Ivo Marsh, who helped found Anthropic, left in 2024."),
            (V{"departure Ivo Marsh @ Anthropic", "founded Ivo Marsh @ Anthropic"}));
}

TEST(EnglishExtraction, StartUpHeFoundedTakesTheAppositiveOrg) {
  EXPECT_EQ(
      Lines("Rolf Dahl joined Google in 2013 when it acquired Quillnet, the start-up he founded with two students."),
      (V{"founded Rolf Dahl @ Quillnet", "join Rolf Dahl @ Google"}));
}

TEST(EnglishExtraction, FoundersNamedByAColonList) {
  EXPECT_EQ(Lines("Marrow Labs was founded in 2022 by two engineers: Juno Park and Felix Amari."),
            (V{"founded Felix Amari @ Marrow Labs", "founded Juno Park @ Marrow Labs"}));
  EXPECT_EQ(
      Lines("Marrow Labs has three co-founders: Juno Park, Felix Amari and Rosa Lind."),
      (V{"founded Felix Amari @ Marrow Labs", "founded Juno Park @ Marrow Labs", "founded Rosa Lind @ Marrow Labs"}));
  EXPECT_EQ(Lines("Marrow Labs' founders are Juno Park and Felix Amari."),
            (V{"founded Felix Amari @ Marrow Labs", "founded Juno Park @ Marrow Labs"}));
  EXPECT_TRUE(Lines("Marrow Labs' founders are Juno Park's former students.").empty());
  // After the colon a clause of its own: no founders named.
  for (const std::string text : {"Marrow Labs was founded by two engineers: Juno Park left in 2020.",
                                 "Marrow Labs' co-founders: Juno Park left in 2020."})
    for (const auto& line : Lines(text)) EXPECT_EQ(line.find("founded"), std::string::npos) << line;
}

TEST(EnglishExtraction, CoordinatedFoundersEachWithADescriptor) {
  EXPECT_EQ(Lines("Former Stripe engineer Oona Lind and ex-Intel architect Tomas Ruiz have co-founded Sable Labs."),
            (V{"departure Oona Lind @ Stripe", "departure Tomas Ruiz @ Intel", "founded Oona Lind @ Sable Labs",
               "founded Tomas Ruiz @ Sable Labs"}));
}

TEST(EnglishExtraction, CoordinatedFoundersEachWithAnAppositive) {
  EXPECT_EQ(Lines("Ines Faro, a former Anthropic scientist, and Kwame Boateng, who ran robotics at a carmaker, "
                  "founded Tidewater Labs in 2024."),
            (V{"departure Ines Faro @ Anthropic", "founded Ines Faro @ Tidewater Labs",
               "founded Kwame Boateng @ Tidewater Labs"}));
  EXPECT_EQ(
      Lines("Ines Faro, a former Anthropic scientist, and ex-Apple designer Kwame Boateng founded Tidewater Labs."),
      (V{"departure Ines Faro @ Anthropic", "departure Kwame Boateng @ Apple", "founded Ines Faro @ Tidewater Labs",
         "founded Kwame Boateng @ Tidewater Labs"}));
  // A list after "according to" is not the subject.
  auto sources = Lines(
      "According to Ines Faro, a former Anthropic scientist, and Kwame Boateng, Lia Brandt has left "
      "Tidewater Labs.");
  EXPECT_EQ(std::count(sources.begin(), sources.end(), "departure Ines Faro @ Tidewater Labs"), 0);
  EXPECT_EQ(std::count(sources.begin(), sources.end(), "departure Lia Brandt @ Tidewater Labs"), 1);
  EXPECT_EQ(Lines("Ines Faro, a researcher, and Kwame Boateng, an engineer, have left Tidewater Labs."),
            (V{"departure Ines Faro @ Tidewater Labs", "departure Kwame Boateng @ Tidewater Labs"}));
}

// ---- Releases and delays -----------------------------------------------------

TEST(EnglishExtraction, ReleasedVariantsAreSeparateFacts) {
  EXPECT_EQ(Lines("Meta on Tuesday released Llama 5 Swift and Llama 5 Titan."),
            (V{"release Meta: Llama 5 Swift", "release Meta: Llama 5 Titan"}));
}

TEST(EnglishExtraction, OpenSourcedFamilyAndVariants) {
  EXPECT_EQ(
      Lines("Thistle AI has open-sourced Thistle-3, a family of small models, in two sizes, Thistle-3 Lite "
            "and Thistle-3 Max."),
      (V{"release Thistle AI: Thistle-3", "release Thistle AI: Thistle-3 Lite", "release Thistle AI: Thistle-3 Max"}));
}

TEST(EnglishExtraction, MadeGenerallyAvailable) {
  EXPECT_EQ(Lines("Google made Gemini 3.0 Swift generally available on Wednesday."),
            V{"release Google: Gemini 3.0 Swift"});
}

TEST(EnglishExtraction, CompetitorModelInComparisonIsNoRelease) {
  EXPECT_EQ(Lines("Osprey AI released Osprey-7, which it says outperforms Llama 4 Titan and Gemini 3.0 Swift."),
            V{"release Osprey AI: Osprey-7"});
}

TEST(EnglishExtraction, UnknownModelReleasedByTheStartUp) {
  EXPECT_EQ(Lines("The Oslo start-up released Fjell-Coder, an open coding model, on Monday.", "Norsk AI ships coder"),
            V{"release Norsk AI: Fjell-Coder"});
}

TEST(EnglishExtraction, DelayOfTheReleaseOfAModel) {
  EXPECT_EQ(Lines("Cormorant AI is delaying the release of Cormorant 4, according to people familiar with the "
                  "matter."),
            V{"delay Cormorant AI: Cormorant 4"});
}

TEST(EnglishExtraction, PassiveDelayTakesTheArticleOrg) {
  EXPECT_EQ(Lines("Larkin-2 has been pushed back to the autumn.", "Larkin AI delays its next model"),
            V{"delay Larkin AI: Larkin-2"});
}

TEST(EnglishExtraction, RescheduledModelIsADelay) {
  EXPECT_EQ(Lines("Heron Labs said Heron-5, which had been scheduled for April, will now arrive in July."),
            V{"delay Heron Labs: Heron-5"});
}

TEST(EnglishExtraction, AnnouncedReleaseOfAModel) {
  EXPECT_EQ(Lines("Helix Bio today announced the release of Helix-2, its first open model."),
            V{"release Helix Bio: Helix-2"});
}

TEST(EnglishExtraction, ModelNowAvailableIsAReleaseByTheArticleOrg) {
  EXPECT_EQ(Lines("Tern-3 is now available on Hugging Face.", "Tern AI opens its model"), V{"release Tern AI: Tern-3"});
}

TEST(EnglishExtraction, PreviewForSelectPartnersIsNoRelease) {
  EXPECT_TRUE(Lines("Cobalt AI rolled out a preview of Cobalt Vision 2 to select partners.").empty());
}

TEST(EnglishExtraction, UnnumberedNameIsAModelOnlyWhereModelsAreDiscussed) {
  EXPECT_TRUE(Lines("Nvidia launched Blackwell Ultra at its conference.").empty());
  EXPECT_EQ(Lines("Pallas AI released Pallas Canvas, an image model."), V{"release Pallas AI: Pallas Canvas"});
}

TEST(EnglishExtraction, LaunchPushedBackIsADelay) {
  EXPECT_EQ(Lines("Kite AI has pushed the launch of Kite-7 back to June. Kite-6's launch has slipped to 2026.",
                  "Kite AI delays"),
            (V{"delay Kite AI: Kite-6", "delay Kite AI: Kite-7"}));
}

TEST(EnglishExtraction, CoordinatedReleaseTakesTheClauseSubject) {
  EXPECT_EQ(Lines("Halcyon AI raised $400 million and released Halcyon-1, a coding model, in 2023."),
            V{"release Halcyon AI: Halcyon-1"});
}

TEST(EnglishExtraction, PossessiveModelWithReleasedParticiple) {
  EXPECT_EQ(Lines("Zeno AI's Zeno 5, released last week, tops the rankings."), V{"release Zeno AI: Zeno 5"});
}

TEST(EnglishExtraction, OtherReleaseWordings) {
  EXPECT_EQ(Lines("Vega-8 launched on Tuesday to strong reviews. Vega AI has made Vega-7 open source. Vega AI put out "
                  "Vega-6 Mini last month.",
                  "Vega AI ships three models"),
            (V{"release Vega AI: Vega-6 Mini", "release Vega AI: Vega-7", "release Vega AI: Vega-8"}));
}

TEST(EnglishExtraction, UnnumberedNameBeforeAReleaseRelativeClause) {
  EXPECT_EQ(Lines("Wren Labs trains its models in Lisbon. The start-up is now betting on Wren Scribe, which it "
                  "launched for schools last month."),
            V{"release Wren Labs: Wren Scribe"});
  // The same clause where nothing is about models: a product, not a model.
  EXPECT_TRUE(Lines("Corvid Systems is now betting on Corvid Glass, which it made available in April.").empty());
}

// ---- Assertion ---------------------------------------------------------------

TEST(EnglishExtraction, RumourGivesNothing) {
  EXPECT_TRUE(
      Lines("Sven Aas, chief scientist at Oakmoss AI, is in talks to join Meta, people familiar said.").empty());
  EXPECT_TRUE(Lines("Sven Aas is said to be weighing an offer and could leave Oakmoss AI.").empty());
}

TEST(EnglishExtraction, DenialAndNegationGiveNothing) {
  EXPECT_TRUE(Lines("Oakmoss AI denied that Sven Aas was leaving the company.").empty());
  EXPECT_TRUE(Lines("Sven Aas said he has no plans to leave Oakmoss AI.").empty());
}

TEST(EnglishExtraction, HypotheticalAndQuestionGiveNothing) {
  EXPECT_TRUE(Lines("If Sven Aas were to leave Oakmoss AI, the lab would struggle.").empty());
  EXPECT_TRUE(Lines("Will Sven Aas leave Oakmoss AI for Meta?").empty());
}

TEST(EnglishExtraction, PlannedReleaseGivesNothing) {
  EXPECT_TRUE(Lines("Bittern AI plans to release Bittern-2 later this year.").empty());
  EXPECT_TRUE(Lines("Bittern AI will launch Bittern-2 next year.").empty());
  EXPECT_TRUE(Lines("Bittern AI has not yet released Bittern-2.").empty());
}

TEST(EnglishExtraction, PresentAffiliationAloneIsNoChange) {
  EXPECT_TRUE(Lines("Iris Kaur, a researcher at Meta, said the benchmark was flawed.").empty());
}

TEST(EnglishExtraction, AmbiguousNamesCountOnlyInContext) {
  EXPECT_TRUE(Lines("The app topped Apple's App Store, and the Claude apps followed.").empty());
}

TEST(EnglishExtraction, AttributedReportingIsAFact) {
  EXPECT_EQ(Lines("Nils Berg has left Meta, according to two people familiar with the matter."),
            V{"departure Nils Berg @ Meta"});
}

TEST(EnglishExtraction, ModelsStillInTrainingOrComingLaterGiveNothing) {
  EXPECT_TRUE(Lines("Vega-9 is still in training.", "Vega AI update").empty());
  EXPECT_TRUE(Lines("Vega AI will follow with Vega-9 Mini in the third quarter.").empty());
  EXPECT_TRUE(Lines("Vega AI is opening early access to Vega-9 for safety researchers.").empty());
}

TEST(EnglishExtraction, PlansOfOthersAndStayingGiveNothing) {
  EXPECT_TRUE(Lines("Orion Labs is considering hiring Lena Fox.").empty());
  EXPECT_TRUE(Lines("Lena Fox remains at Vega AI.").empty());
  EXPECT_TRUE(Lines("Lena Fox could be the next to leave Vega AI.").empty());
}

// ---- Dates, roles, evidence --------------------------------------------------

TEST(EnglishExtraction, WeekdayResolvesToThePastDay) {
  auto facts = Facts("Tove Lund joined Ember Labs on Tuesday.");
  ASSERT_EQ(facts.size(), 1u);
  ASSERT_TRUE(facts[0].date);
  EXPECT_EQ(facts[0].date->ToString(), "2025-03-11");
  EXPECT_FALSE(facts[0].announced);
}

TEST(EnglishExtraction, RelativeMonthAndYearExpressions) {
  auto facts = Facts(
      "Tove Lund left Ember Labs last month. Aron Falk joined Ember Labs in February. Ida Lie joined "
      "Ember Labs in 2021. Petra Ek left Ember Labs last August. Kai Dahl joined Ember Labs earlier "
      "this month.");
  auto date = [&](const std::string& who) {
    for (const auto& f : facts)
      if (f.person == who && f.date) return f.date->ToString();
    return std::string("none");
  };
  EXPECT_EQ(date("Tove Lund"), "2025-02");
  EXPECT_EQ(date("Aron Falk"), "2025-02");
  EXPECT_EQ(date("Ida Lie"), "2021");
  EXPECT_EQ(date("Petra Ek"), "2024-08");
  EXPECT_EQ(date("Kai Dahl"), "2025-03");
}

TEST(EnglishExtraction, RoleAndOtherOrgAreFilled) {
  auto facts = Facts("Ines Moreau left Quarry Robotics to join Tallis AI as head of post-training.");
  const ExtractedFact* join = Find(facts, FactKind::kJoin, "Ines Moreau");
  ASSERT_NE(join, nullptr);
  EXPECT_EQ(join->role, "head of post-training");
  EXPECT_EQ(join->other_org, "Quarry Robotics");
  const ExtractedFact* departure = Find(facts, FactKind::kDeparture, "Ines Moreau");
  ASSERT_NE(departure, nullptr);
  EXPECT_EQ(departure->other_org, "Tallis AI");
}

TEST(EnglishExtraction, EvidenceIsTheTriggerSentence) {
  std::string text = "Spruce AI raised money. Lars Moen has resigned from Spruce AI.";
  auto facts = Facts(text);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(text.substr(facts[0].start, facts[0].end - facts[0].start), "Lars Moen has resigned from Spruce AI.");
}

TEST(EnglishExtraction, ARunOnPageIsReadInPiecesWithShortEvidence) {
  // 100 KB of scraped text without a full stop, a move in its middle.
  std::string filler;
  for (int i = 0; filler.size() < 50000; ++i) filler += "Row " + std::to_string(i) + " item ";
  std::string text = filler + "Lars Moen has resigned from Spruce AI " + filler;
  auto facts = Facts(text);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(Line(facts[0]), "departure Lars Moen @ Spruce AI");
  EXPECT_LE(facts[0].end - facts[0].start, kMaxSentenceBytes);
  EXPECT_NE(text.substr(facts[0].start, facts[0].end - facts[0].start).find("Lars Moen has resigned"),
            std::string::npos);
}

TEST(ExtractedLength, ReadsAllOfAnArticleUpToTheLimitThenStopsAtABoundary) {
  EXPECT_EQ(ExtractedLength("Lars Moen has resigned."), 23u);
  std::string english;
  while (english.size() <= kMaxArticleBytes) english += "Lars Moen has resigned from Spruce AI. ";
  size_t read = ExtractedLength(english);
  EXPECT_LE(read, kMaxArticleBytes);
  EXPECT_GT(read, kMaxArticleBytes - 64);
  EXPECT_EQ(english[read - 1], ' ');
  std::string japanese;
  while (japanese.size() <= kMaxArticleBytes) japanese += "森田氏は退社した。";
  read = ExtractedLength(japanese);
  EXPECT_LE(read, kMaxArticleBytes);
  EXPECT_TRUE(japanese.substr(0, read).ends_with("。"));
  std::string kana;
  while (kana.size() <= kMaxArticleBytes) kana += "あいうえお";
  read = ExtractedLength(kana);
  EXPECT_LE(read, kMaxArticleBytes);
  EXPECT_EQ(read % 3, 0u) << "a kana is three bytes: the cut is between two";
}

TEST(EnglishExtraction, AFactPastWhatTheExtractorReadsIsNotFound) {
  std::string filler;
  while (filler.size() < kMaxArticleBytes) filler += "Nothing happened here today. ";
  std::string text = "Lars Moen has resigned from Spruce AI. " + filler + "Ola Berg has resigned from Spruce AI.";
  auto facts = Facts(text);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(Line(facts[0]), "departure Lars Moen @ Spruce AI");
  EXPECT_EQ(text.substr(facts[0].start, facts[0].end - facts[0].start), "Lars Moen has resigned from Spruce AI.");
}

TEST(EnglishExtraction, DescriptorFactsHaveLowerConfidence) {
  auto facts = Facts("Former OpenAI researcher Tobias Lind joined Birch Labs.");
  const ExtractedFact* join = Find(facts, FactKind::kJoin, "Tobias Lind");
  const ExtractedFact* departure = Find(facts, FactKind::kDeparture, "Tobias Lind");
  ASSERT_NE(join, nullptr);
  ASSERT_NE(departure, nullptr);
  EXPECT_GT(join->confidence, departure->confidence);
  EXPECT_GE(departure->confidence, 0.0);
  EXPECT_LE(join->confidence, 1.0);
}

// ---- Constructions added at extractor version 3 --------------------------------

TEST(EnglishExtraction, WhoWasRoleAtOrgUntilAPastDayIsADeparture) {
  EXPECT_EQ(Lines("Tariq Olsen, who was chief scientist at Wrenfield AI until March, spoke at the summit."),
            V{"departure Tariq Olsen @ Wrenfield AI"});
  EXPECT_EQ(Lines("Tariq Olsen was head of data at Wrenfield AI until 2023, and then he taught."),
            V{"departure Tariq Olsen @ Wrenfield AI"});
}

TEST(EnglishExtraction, RoleHeldUntilAFutureDayIsNoDeparture) {
  EXPECT_EQ(Lines("Tariq Olsen will remain chief scientist at Wrenfield AI until 2027, the lab said."), V{});
}

TEST(EnglishExtraction, PreviouslyLedAtTheOrgJoinedInTheSameSentenceIsNoDeparture) {
  EXPECT_EQ(Lines("Ilse Brandauer, who joined Quenby Labs in 2018, previously led the company's vision team."),
            V{"join Ilse Brandauer @ Quenby Labs"});
}

TEST(EnglishExtraction, OrgPoachesSomeOfAnotherOrgsPeopleNamedAfterAComma) {
  EXPECT_EQ(Lines("Brindle AI has lured three of Anthropic's safety researchers, Ola Nwosu, Pia Kerr and Tam "
                  "Vo, the start-up said."),
            (V{"departure Ola Nwosu @ Anthropic", "departure Pia Kerr @ Anthropic", "departure Tam Vo @ Anthropic",
               "join Ola Nwosu @ Brindle AI", "join Pia Kerr @ Brindle AI", "join Tam Vo @ Brindle AI"}));
}

TEST(EnglishExtraction, NamedPersonWithAppositiveThenItsRole) {
  EXPECT_EQ(Lines("Gorse Robotics named Arjun Pillay, a longtime hardware engineer, its chief technology officer."),
            V{"join Arjun Pillay @ Gorse Robotics"});
}

TEST(EnglishExtraction, PassiveDelayOfTheReleaseOfAModelWithAnAppositive) {
  EXPECT_EQ(Lines("The launch of Tern-5, Osier AI's largest model yet, has been pushed back to the autumn."),
            V{"delay Osier AI: Tern-5"});
  EXPECT_EQ(Lines("The launch of Tern-5, Osier AI's largest model yet, could be pushed back to the autumn."), V{});
}

TEST(EnglishExtraction, PushingBackOnReportsOfADelayIsNoDelay) {
  EXPECT_EQ(Lines("Osier AI pushed back on reports that it had postponed Tern-5, its next model."), V{});
  EXPECT_EQ(Lines("Osier AI pushed back the launch of Tern-5 to June."), V{"delay Osier AI: Tern-5"});
}

TEST(EnglishExtraction, RelativeClauseWithAStartingVerbIsAFounding) {
  EXPECT_EQ(Lines("Quenby, the robotics start-up that Ilse Brandauer and Tomas Ek set up in 2022, raised money."),
            (V{"founded Ilse Brandauer @ Quenby", "founded Tomas Ek @ Quenby"}));
  EXPECT_EQ(Lines("Quenby, which Ilse Brandauer launched last year, released Quen-1 on Monday."),
            (V{"founded Ilse Brandauer @ Quenby", "release Quenby: Quen-1"}));
}

TEST(EnglishExtraction, StartedWorkingForInARelativeClauseIsNoFounding) {
  EXPECT_EQ(Lines("Quenby Labs, which Ilse Brandauer started working for in 2020, raised money."), V{});
}

TEST(EnglishExtraction, StrikingOutOnTheirOwnAfterYearsAtAnOrgIsADeparture) {
  EXPECT_EQ(Lines("After a decade at Anthropic, Mirela Dobre is striking out on her own."),
            V{"departure Mirela Dobre @ Anthropic"});
  EXPECT_EQ(Lines("After a decade at Anthropic, Mirela Dobre is not striking out on her own."), V{});
}

TEST(EnglishExtraction, FoundedWithAfterAnAppositiveOfTheNewOrg) {
  EXPECT_EQ(Lines("Mirela Dobre has co-founded Saltire Labs, a start-up making chips for robots, with ex-Apple "
                  "engineer Kai Lund."),
            (V{"departure Kai Lund @ Apple", "founded Kai Lund @ Saltire Labs", "founded Mirela Dobre @ Saltire Labs"}));
}

TEST(EnglishExtraction, UnnamedGroupDepartureGivesTheOrgOfTheNamedDeparturesThatFollow) {
  EXPECT_EQ(Lines("Three engineers have left Harrow AI since May. Nils Aas departed last week, following Eda Kaya, "
                  "who left in June to join OpenAI."),
            (V{"departure Eda Kaya @ Harrow AI", "departure Nils Aas @ Harrow AI", "join Eda Kaya @ OpenAI"}));
}

TEST(EnglishExtraction, OrgPossessiveFormerRoleIsADeparture) {
  EXPECT_EQ(Lines("Wen Oduya, Anthropic's former head of TPU compilers, has joined Dunmore Labs."),
            (V{"departure Wen Oduya @ Anthropic", "join Wen Oduya @ Dunmore Labs"}));
  EXPECT_EQ(Lines("Anthropic's former chief of staff Lio Brenner spoke at the event."),
            V{"departure Lio Brenner @ Anthropic"});
}

TEST(EnglishExtraction, PersonAnnouncingHerDepartureIsNoOrg) {
  EXPECT_EQ(Lines("Wen Oduya announced her departure from Dunmore Labs on Friday."),
            V{"departure Wen Oduya @ Dunmore Labs"});
}

TEST(EnglishExtraction, ReportedWouldLeaveIsAnAnnouncedMove) {
  EXPECT_EQ(Lines("Dunmore Labs confirmed that Wen Oduya would leave at the end of June."),
            V{"departure Wen Oduya @ Dunmore Labs"});
  EXPECT_EQ(Lines("Wen Oduya would leave Dunmore Labs if asked, analysts said."), V{});
}

TEST(EnglishExtraction, BothFormerlyOfAppliesToTheWholeGroup) {
  EXPECT_EQ(Lines("Wen Oduya and Lio Brenner, both formerly of Anthropic, launched Kestrelwood, a robotics "
                  "start-up, in May."),
            (V{"departure Lio Brenner @ Anthropic", "departure Wen Oduya @ Anthropic", "founded Lio Brenner @ Kestrelwood",
               "founded Wen Oduya @ Kestrelwood"}));
}

TEST(EnglishExtraction, FoundedByAGroupNamedAfterAComma) {
  EXPECT_EQ(Lines("Kestrelwood was founded in May by two former Anthropic engineers, Wen Oduya and Lio Brenner."),
            (V{"departure Lio Brenner @ Anthropic", "departure Wen Oduya @ Anthropic", "founded Lio Brenner @ Kestrelwood",
               "founded Wen Oduya @ Kestrelwood"}));
}

TEST(EnglishExtraction, TappedToLeadIsAJoin) {
  EXPECT_EQ(Lines("Dunmore Labs has tapped Wen Oduya, a former Anthropic engineer, to lead its chip team."),
            (V{"departure Wen Oduya @ Anthropic", "join Wen Oduya @ Dunmore Labs"}));
}

TEST(EnglishExtraction, UnnamedGroupDepartureOrgReachesOnlyTheNextSentence) {
  EXPECT_EQ(Lines("Two researchers left Harrow AI last year. Nils Aas spoke at the event. Aas later departed."), V{});
}

TEST(EnglishExtraction, JumpedToOrgFromOrgIsAJoinAndADeparture) {
  EXPECT_EQ(Lines("Nils Aas jumped to Dunmore Labs from Anthropic in January."),
            (V{"departure Nils Aas @ Anthropic", "join Nils Aas @ Dunmore Labs"}));
  EXPECT_EQ(Lines("Nils Aas jumped to the wrong conclusion."), V{});
}

TEST(EnglishExtraction, SteppingDownFromARoleWhileRemainingIsNoDeparture) {
  EXPECT_EQ(Lines("Nils Aas stepped down as chief executive of Dunmore Labs but will remain chairman."), V{});
  EXPECT_EQ(Lines("Nils Aas stepped down as chief executive of Dunmore Labs on Monday."),
            V{"departure Nils Aas @ Dunmore Labs"});
}

TEST(EnglishExtraction, ShortFormOfASuffixedOrgIsThatOrg) {
  EXPECT_EQ(Lines("Brisa Tallow joined Marlowe Robotics in 2023. Tallow previously led research at Oskin AI. "
                  "She left Oskin for Marlowe after four years."),
            (V{"departure Brisa Tallow @ Oskin AI", "join Brisa Tallow @ Marlowe Robotics"}));
  EXPECT_EQ(Lines("Petrel AI released Wren-3 on Monday. Petrel said Wren-3 beats its rivals."),
            V{"release Petrel AI: Wren-3"});
  // Two orgs share the short form: it stands for neither.
  EXPECT_EQ(Lines("Petrel AI and Petrel Robotics are unrelated. Brisa Tallow left Petrel in May."),
            V{"departure Brisa Tallow @ Petrel"});
}

TEST(EnglishExtraction, HiredAwayByARivalLeavesTheAppositiveOrg) {
  EXPECT_EQ(Lines("Brisa Tallow, head of research at Oskin AI, has been hired away by rival Marlowe Robotics."),
            (V{"departure Brisa Tallow @ Oskin AI", "join Brisa Tallow @ Marlowe Robotics"}));
  EXPECT_EQ(Lines("Brisa Tallow was lured away by the fledgling Marlowe Robotics in June."),
            V{"join Brisa Tallow @ Marlowe Robotics"});
  EXPECT_EQ(Lines("Brisa Tallow could be hired away by rival Marlowe Robotics, analysts said."), V{});
}

TEST(EnglishExtraction, EmphaticDidRelease) {
  EXPECT_EQ(Lines("Petrel AI did release Wren-3 Mini last week."), V{"release Petrel AI: Wren-3 Mini"});
  EXPECT_EQ(Lines("Petrel AI did not release Wren-3 Mini last week."), V{});
  EXPECT_EQ(Lines("The release of Wren-3 Mini drew crowds."), V{});
}

TEST(EnglishExtraction, BoardOustedItsChief) {
  EXPECT_EQ(Lines("Marlowe Robotics' board ousted chief executive Brisa Tallow on Friday."),
            V{"departure Brisa Tallow @ Marlowe Robotics"});
  EXPECT_EQ(Lines("The board of Marlowe Robotics fired its CEO, Brisa Tallow, after a dispute."),
            V{"departure Brisa Tallow @ Marlowe Robotics"});
  EXPECT_EQ(Lines("Investors wanted Marlowe Robotics' board to oust chief executive Brisa Tallow."), V{});
  EXPECT_EQ(Lines("Marlowe Robotics' board could have fired chief executive Brisa Tallow."), V{});
  EXPECT_EQ(Lines("Marlowe Robotics removed the feature on Friday."), V{});
}

TEST(EnglishExtraction, DelayedItIsTheModelNamedBefore) {
  EXPECT_EQ(Lines("Petrel AI meant to release Wren-3 in March but delayed it to add safety tests."),
            V{"delay Petrel AI: Wren-3"});
  EXPECT_EQ(Lines("Petrel AI planned a conference in March but delayed it."), V{});
}

TEST(EnglishExtraction, HiredAGroupFromAnOrgNamedAfterAComma) {
  EXPECT_EQ(Lines("Marlowe Robotics has hired two senior engineers from Oskin AI, Brisa Tallow and Nils Aas, to "
                  "open a lab in Oslo."),
            (V{"departure Brisa Tallow @ Oskin AI", "departure Nils Aas @ Oskin AI", "join Brisa Tallow @ Marlowe Robotics",
               "join Nils Aas @ Marlowe Robotics"}));
}

TEST(EnglishExtraction, CoordinatedHiringVerbKeepsItsSubject) {
  EXPECT_EQ(Lines("Marlowe Robotics said it had appointed Brisa Tallow as chief operating officer and hired Nils Aas "
                  "from Oskin AI to run sales."),
            (V{"departure Nils Aas @ Oskin AI", "join Brisa Tallow @ Marlowe Robotics", "join Nils Aas @ Marlowe Robotics"}));
  EXPECT_EQ(Lines("Nils Aas met the press and hired Brisa Tallow."), V{});
}

TEST(EnglishExtraction, AppositiveWithARelativeClauseStillNamesAPerson) {
  EXPECT_EQ(Lines("Brisa Tallow, a former Oskin executive who ran the company's cloud unit, has been tapped to lead "
                  "Petrel Arc, a new lab funded by a family office.",
                  "Former Oskin executive to lead new lab"),
            (V{"departure Brisa Tallow @ Oskin", "join Brisa Tallow @ Petrel Arc"}));
  EXPECT_EQ(Lines("Orrow, a start-up that the company's founders backed, released Wren-3."),
            V{"release Orrow: Wren-3"});
}

TEST(EnglishExtraction, OccupationBeforeEachFounderName) {
  EXPECT_EQ(Lines("Petrel Arc, which was founded last year by physicist Nils Aas and software engineer Brisa Tallow, "
                  "raised $20 million."),
            (V{"founded Brisa Tallow @ Petrel Arc", "founded Nils Aas @ Petrel Arc"}));
}

TEST(EnglishExtraction, AGroupWhoLeftNamedAfterADashOrInclude) {
  EXPECT_EQ(Lines("Three engineers who left Oskin AI this spring \u2014 Nils Aas, Brisa Tallow and Ide Varro \u2014 have "
                  "started a company, Petrel Arc, to build voice agents."),
            (V{"departure Brisa Tallow @ Oskin AI", "departure Ide Varro @ Oskin AI", "departure Nils Aas @ Oskin AI",
               "founded Brisa Tallow @ Petrel Arc", "founded Ide Varro @ Petrel Arc", "founded Nils Aas @ Petrel Arc"}));
  EXPECT_EQ(Lines("Two researchers have left Oskin AI. Those who left include Nils Aas, who led pretraining; and "
                  "Brisa Tallow, a founding member of the team."),
            (V{"departure Brisa Tallow @ Oskin AI", "departure Nils Aas @ Oskin AI"}));
  // No org for the group: nothing. A hedge: nothing.
  EXPECT_EQ(Lines("Those who left the meeting early include Nils Aas and Brisa Tallow."), V{});
  EXPECT_EQ(Lines("Researchers who may leave Oskin AI include Nils Aas and Brisa Tallow."), V{});
}

TEST(EnglishExtraction, SemicolonListOfNamesWithAppositives) {
  EXPECT_EQ(Lines("Marlowe Robotics hired Nils Aas, who led pretraining at Oskin AI; Brisa Tallow, a designer; and "
                  "Ide Varro."),
            (V{"departure Nils Aas @ Oskin AI", "join Brisa Tallow @ Marlowe Robotics",
               "join Ide Varro @ Marlowe Robotics", "join Nils Aas @ Marlowe Robotics"}));
  EXPECT_EQ(Lines("Marlowe Robotics hired Nils Aas, who led pretraining; the company also bought a building."),
            V{"join Nils Aas @ Marlowe Robotics"});
}

TEST(EnglishExtraction, StartedACompanyNamedInApposition) {
  EXPECT_EQ(Lines("Nils Aas has started a company, Petrel Arc, to build robots."), V{"founded Nils Aas @ Petrel Arc"});
  EXPECT_EQ(Lines("Nils Aas has started a company, and Brisa Tallow joined it."), V{});
}

TEST(EnglishExtraction, PassiveNamedRoleOfAnOrg) {
  EXPECT_EQ(Lines("Nils Aas has been named chief scientist of Marlowe Robotics, the company said."),
            V{"join Nils Aas @ Marlowe Robotics"});
  EXPECT_EQ(Lines("Nils Aas was appointed head of research at Marlowe Robotics on Monday."),
            V{"join Nils Aas @ Marlowe Robotics"});
  EXPECT_EQ(Lines("Nils Aas was named head of product at Marlowe Robotics, where he has worked since 2019."), V{});
  EXPECT_EQ(Lines("Nils Aas was named one of the best engineers of the year."), V{});
  EXPECT_EQ(Lines("Nils Aas could be named chief scientist of Marlowe Robotics."), V{});
}

TEST(EnglishExtraction, WouldAfterAGuessIsNoAnnouncedMove) {
  EXPECT_EQ(Lines("Analysts said Nils Aas would leave Marlowe Robotics."), V{});
  EXPECT_EQ(Lines("Two investors told reporters that Nils Aas would leave Marlowe Robotics."), V{});
  EXPECT_EQ(Lines("Some employees said they believed Nils Aas would join Oskin AI."), V{});
  EXPECT_EQ(Lines("Marlowe Robotics said Nils Aas would leave the company in June."),
            V{"departure Nils Aas @ Marlowe Robotics"});
}

TEST(EnglishExtraction, PlaceBasedAdjectiveIsNoOrg) {
  EXPECT_EQ(Lines("Petra Voss has left the San Francisco-based artificial intelligence developer to join Oskin AI.",
                  "Tarrow Labs loses research chief"),
            (V{"departure Petra Voss @ Tarrow Labs", "join Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Petra Voss, a London-based investor, said she was impressed by Oskin AI."), V{});
}

TEST(EnglishExtraction, LostAGroupToAnOrgThenItsNamesAfterAColon) {
  EXPECT_EQ(Lines("Tarrow Labs has lost two of its senior engineers to Quellbright in the past month: Petra Voss and "
                  "Nils Aas."),
            (V{"departure Nils Aas @ Tarrow Labs", "departure Petra Voss @ Tarrow Labs", "join Nils Aas @ Quellbright",
               "join Petra Voss @ Quellbright"}));
  EXPECT_EQ(Lines("Tarrow Labs has lost two of its senior engineers: Petra Voss and Nils Aas."), V{});
  EXPECT_EQ(Lines("Tarrow Labs could lose two engineers to Quellbright this year: Petra Voss and Nils Aas."), V{});
}

TEST(EnglishExtraction, PushedTheReleaseToALaterTime) {
  EXPECT_EQ(Lines("Tarrow Labs has pushed the release of its next model, Tarrow 6, to late next year."),
            V{"delay Tarrow Labs: Tarrow 6"});
  EXPECT_EQ(Lines("Tarrow Labs pushed the launch of Tarrow 6 into the second quarter."),
            V{"delay Tarrow Labs: Tarrow 6"});
  EXPECT_EQ(Lines("Tarrow Labs pushed the release of Tarrow 6 to developers through its API."), V{});
}

TEST(EnglishExtraction, OwnerOfADelayedModelWithoutASuffix) {
  EXPECT_EQ(Lines("The launch of Quellbright's Vanta-4 model has been delayed until the autumn."),
            V{"delay Quellbright: Vanta-4"});
  EXPECT_EQ(Lines("The launch of Quellbright's Vanta-4 model could be delayed until the autumn."), V{});
}

TEST(EnglishExtraction, WhichClauseWithAnOrgVerbMakesAnOrg) {
  EXPECT_EQ(Lines("Quellbright, which released its Vanta-2 model in March, has kept its team."),
            V{"release Quellbright: Vanta-2"});
  EXPECT_EQ(Lines("Quellbright, which plans to release its Vanta-2 model in March, has kept its team."), V{});
}

TEST(EnglishExtraction, FoundedByPluralDescriptorOfAnOrgWithoutSuffix) {
  EXPECT_EQ(Lines("Tarrow Labs, the start-up co-founded in 2024 by former Quellbright engineers Petra Voss and Nils "
                  "Aas, raised money."),
            (V{"departure Nils Aas @ Quellbright", "departure Petra Voss @ Quellbright", "founded Nils Aas @ Tarrow Labs",
               "founded Petra Voss @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Tarrow Labs, the start-up backed by Quellbright engineers Petra Voss and Nils Aas, raised money."),
            V{});
}

TEST(EnglishExtraction, ModelListBetweenDashes) {
  EXPECT_EQ(Lines("Tarrow Labs launched three models \u2014 Vanta-3, Vanta-3 Mini and Vanta-3 Coder \u2014 and said a "
                  "larger system, Vanta-4, would follow later this year."),
            (V{"release Tarrow Labs: Vanta-3", "release Tarrow Labs: Vanta-3 Coder", "release Tarrow Labs: Vanta-3 Mini"}));
  EXPECT_EQ(Lines("Tarrow Labs launched two systems \u2014 chosen by its users \u2014 on Tuesday."), V{});
}

TEST(EnglishExtraction, MadeAvailablePastAnAppositiveNamingItsOrg) {
  EXPECT_EQ(Lines("Vanta-3, the latest model from Tarrow Labs, was made available to developers on Wednesday, a week "
                  "after a limited preview."),
            V{"release Tarrow Labs: Vanta-3"});
  EXPECT_EQ(Lines("Vanta-3, the latest model from Tarrow Labs, was made available to a limited group of testers."), V{});
}

TEST(EnglishExtraction, LeftToStartTheirOwnCompanyNamedAfterIt) {
  EXPECT_EQ(Lines("Petra Voss has left Quellbright Labs to start her own company, Sableford, which has raised money."),
            (V{"departure Petra Voss @ Quellbright Labs", "founded Petra Voss @ Sableford"}));
  EXPECT_EQ(Lines("Petra Voss has left Quellbright Labs to start her own company, and to travel."),
            V{"departure Petra Voss @ Quellbright Labs"});
}

TEST(EnglishExtraction, DashGroupTakesTheOrgOfItsRelativeClause) {
  EXPECT_EQ(Lines("Two engineers who built Quellbright's speech models \u2014 Petra Voss and Nils Aas \u2014 have left, "
                  "according to investors including Harrow Ventures."),
            (V{"departure Nils Aas @ Quellbright", "departure Petra Voss @ Quellbright"}));
  EXPECT_EQ(Lines("Two engineers who built Quellbright's speech models \u2014 Petra Voss and Nils Aas \u2014 are said "
                  "to have left."),
            V{});
}

TEST(EnglishExtraction, OrgTypeWordsBeforeAnOrgName) {
  EXPECT_EQ(Lines("Oskin AI has hired Petra Voss. Voss joins from law firm Tarrow Partners, where she was a partner."),
            (V{"departure Petra Voss @ Tarrow Partners", "join Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Petra Voss, who advises law firm Tarrow Partners, said the deal was fair."), V{});
}

TEST(EnglishExtraction, AppositiveFormerRoleAfterABareApostrophe) {
  EXPECT_EQ(Lines("Petra Voss, Tarrow Labs' former chief scientist, has joined Oskin AI."),
            (V{"departure Petra Voss @ Tarrow Labs", "join Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Petra Voss, Tarrow Labs' chief scientist, spoke at a conference."), V{});
}

TEST(EnglishExtraction, LatestToLeaveNamesTheSubjectOfTheCopula) {
  EXPECT_EQ(Lines("Petra Voss is the latest executive to leave Tarrow Labs."), V{"departure Petra Voss @ Tarrow Labs"});
  EXPECT_EQ(Lines("Petra Voss became the third researcher to join Oskin AI this year."),
            V{"join Petra Voss @ Oskin AI"});
  EXPECT_EQ(Lines("Petra Voss could be the latest executive to leave Tarrow Labs."), V{});
  EXPECT_EQ(Lines("Petra Voss is the best person to lead Tarrow Labs."), V{});
}

TEST(EnglishExtraction, OneUnknownWordOwningACompanyRoleIsAnOrg) {
  EXPECT_EQ(Lines("Quellbright's chief scientist, Petra Voss, left in 2025."),
            V{"departure Petra Voss @ Quellbright"});
  EXPECT_EQ(Lines("Nils Aas met Voss. Voss's chief of staff, Ida Berg, left in 2025."), V{});
}

TEST(EnglishExtraction, FoundersIncludeNamesFounders) {
  EXPECT_EQ(Lines("Oskin AI, whose founders include Petra Voss and Nils Aas, raised money."),
            (V{"founded Nils Aas @ Oskin AI", "founded Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI's co-founders include Petra Voss."), V{"founded Petra Voss @ Oskin AI"});
  EXPECT_EQ(Lines("Oskin AI, whose founders may include Petra Voss, raised money."), V{});
  EXPECT_EQ(Lines("Oskin AI, whose investors include Petra Voss, raised money."), V{});
}

TEST(EnglishExtraction, DepartureInARelativeClauseOfAnAppositive) {
  // Returning to Oskin AI ended an earlier stint there too.
  EXPECT_EQ(Lines("Petra Voss returned to Oskin AI after a stint at Tarrow Labs, the start-up she left in May."),
            (V{"departure Petra Voss @ Oskin AI", "departure Petra Voss @ Tarrow Labs", "join Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Petra Voss co-founded Sableford, the start-up she stepped away from in May."),
            (V{"departure Petra Voss @ Sableford", "founded Petra Voss @ Sableford"}));
  EXPECT_EQ(Lines("Petra Voss praised Tarrow Labs, the company she may leave in May."), V{});
}

TEST(EnglishExtraction, LandedAtOrHeadingToANamedOrgIsAJoin) {
  EXPECT_EQ(Lines("Petra Voss has landed at Oskin AI, where she will run a new evaluation team."),
            V{"join Petra Voss @ Oskin AI"});
  EXPECT_EQ(Lines("Nils Aas, a senior engineer at Tarrow Labs, is heading to Oskin AI."),
            (V{"departure Nils Aas @ Tarrow Labs", "join Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Tarrow Labs researcher Nils Aas has landed at Oskin AI."),
            (V{"departure Nils Aas @ Tarrow Labs", "join Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Petra Voss is heading to Davos next week."), V{});
  EXPECT_EQ(Lines("Petra Voss could be heading to Oskin AI."), V{});
}

TEST(EnglishExtraction, DecampingToIsADepartureWithADestination) {
  EXPECT_EQ(Lines("Ida Berg, who ran inference at Tarrow Labs for three years, is decamping to Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg is said to be decamping to Oskin AI."), V{});
}

TEST(EnglishExtraction, WouldAfterAnAnnouncingOrWritingVerbIsAnAnnouncedMove) {
  EXPECT_EQ(Lines("Petra Voss posted a note on Monday announcing that she would leave Tarrow Labs in April."),
            V{"departure Petra Voss @ Tarrow Labs"});
  EXPECT_EQ(Lines("Nils Aas wrote that he would join Oskin AI in May."), V{"join Nils Aas @ Oskin AI"});
  EXPECT_EQ(Lines("Petra Voss wrote that she would leave Tarrow Labs if the board changed."), V{});
}

TEST(EnglishExtraction, NamedWithAnAppositiveOfItsOwnRoleIsNoJoin) {
  EXPECT_EQ(Lines("Oskin AI has named Ida Berg, previously its head of product, as chief operating officer."), V{});
  EXPECT_EQ(Lines("Tarrow Labs appointed Nils Aas, its director of research, as chief scientist."), V{});
  EXPECT_EQ(Lines("Oskin AI has named Ida Berg, previously a director at Quellbright Labs, as chief operating officer."),
            (V{"departure Ida Berg @ Quellbright Labs", "join Ida Berg @ Oskin AI"}));
}

TEST(EnglishExtraction, OtherCoFounderWithARoleBeforeTheName) {
  EXPECT_EQ(Lines("Tarrow Labs' other co-founder, chief scientist Ida Berg, declined to comment."),
            V{"founded Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Tarrow Labs' other investor, partner Ida Berg, declined to comment."), V{});
}

TEST(EnglishExtraction, CoFoundersIncludedInAGroupBelongToTheGroupsOrg) {
  EXPECT_EQ(Lines("Quellbright is buying the assets of Tarrow Labs, including co-founders Petra Voss and Nils Aas, "
                  "in a licensing deal."),
            (V{"founded Nils Aas @ Tarrow Labs", "founded Petra Voss @ Tarrow Labs"}));
}

TEST(EnglishExtraction, ItsModelNounBeforeADelayedModel) {
  EXPECT_EQ(Lines("Oskin AI released Brisk Chat on Monday but said its long-awaited coding model Brisk Code would be "
                  "delayed until June."),
            (V{"delay Oskin AI: Brisk Code", "release Oskin AI: Brisk Chat"}));
  EXPECT_EQ(Lines("Oskin AI said its coding model Brisk Code could be delayed."), V{});
}

TEST(EnglishExtraction, ReleasedParticipleAfterAModelNoun) {
  EXPECT_EQ(Lines("The start-up's compact Vanta-2 Mini model, released in May, runs on phones.",
                  "Tarrow Labs raises money"),
            V{"release Tarrow Labs: Vanta-2 Mini"});
  EXPECT_EQ(Lines("Tarrow Labs' Vanta-2 model, expected in May, runs on phones."), V{});
}

TEST(EnglishExtraction, BowedWithAModelSubjectIsARelease) {
  EXPECT_EQ(Lines("Tarrow Labs' Vanta-5 bowed on Tuesday."), V{"release Tarrow Labs: Vanta-5"});
  EXPECT_EQ(Lines("Tarrow Labs bowed to pressure from investors on Tuesday."), V{});
  EXPECT_EQ(Lines("Tarrow Labs' Vanta-5 bowed out of the rankings on Tuesday."), V{});
}

TEST(EnglishExtraction, FamilyLaunchedInSizesAfterAColon) {
  EXPECT_EQ(Lines("Oskin AI's Brisk 2 family launched on Monday in two sizes: Brisk 2 Mini and Brisk 2 Max."),
            (V{"release Oskin AI: Brisk 2", "release Oskin AI: Brisk 2 Max", "release Oskin AI: Brisk 2 Mini"}));
  EXPECT_EQ(Lines("Oskin AI's Brisk 2 family will launch in two sizes: Brisk 2 Mini and Brisk 2 Max."), V{});
}

TEST(EnglishExtraction, LeftToCoFoundWithAPartner) {
  EXPECT_EQ(Lines("Petra Voss left Quellbright Labs in May to co-found Sableford AI with former Oskin AI engineer Nils "
                  "Aas."),
            (V{"departure Nils Aas @ Oskin AI", "departure Petra Voss @ Quellbright Labs",
               "founded Nils Aas @ Sableford AI", "founded Petra Voss @ Sableford AI"}));
  EXPECT_EQ(Lines("Petra Voss left Quellbright Labs in May to work with Nils Aas."),
            V{"departure Petra Voss @ Quellbright Labs"});
}

// AddGenericMentions finds the "the"s of 64 tokens at a time: "the
// company" stands for the org wherever it falls, on either side of a
// multiple of 64 tokens too ("the" is token 10 + k here).
TEST(EnglishExtraction, TheCompanyAnywhereInALongSentence) {
  for (int k = 40; k <= 130; ++k) {
    std::string pad = "one";
    for (int w = 1; w < k; ++w) pad += " one";
    EXPECT_EQ(Lines("Harrow Mind chief executive Ida Berg (" + pad + ") has left the company."),
              V{"departure Ida Berg @ Harrow Mind"})
        << k;
    // Not a head word: nothing.
    EXPECT_EQ(Lines("Harrow Mind chief executive Ida Berg (" + pad + ") has left the building."), V{}) << k;
  }
}

TEST(EnglishExtraction, OfficerTitleAfterARunMakesItAnOrg) {
  EXPECT_EQ(Lines("Harrow Mind chief executive Ida Berg has left the company."), V{"departure Ida Berg @ Harrow Mind"});
  EXPECT_EQ(Lines("Stonecrop Reasoning CTO Nils Aas has resigned."), V{"departure Nils Aas @ Stonecrop Reasoning"});
  EXPECT_EQ(Lines("Harrow Mind chief executive Ida Berg said the company was hiring."), V{});
}

TEST(EnglishExtraction, AppositiveSubjectAfterAConjunctionStartsItsClause) {
  EXPECT_EQ(Lines("Petra Voss, who ran the data team, has joined Oskin AI, while Nils Aas, a senior engineer, has joined "
                  "Quellbright Labs."),
            (V{"join Nils Aas @ Quellbright Labs", "join Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Petra Voss, who ran the data team, has left Oskin AI, but Nils Aas, a senior engineer, has joined "
                  "Quellbright Labs."),
            (V{"departure Petra Voss @ Oskin AI", "join Nils Aas @ Quellbright Labs"}));
}

TEST(EnglishExtraction, TitleOrgAfterFormerIsNotTheTopic) {
  EXPECT_EQ(Lines("Petra Voss and Nils Aas set up Sableford AI in 2024 after leaving Quellbright Labs. The start-up on "
                  "Monday released Brisk-7B, a coding model.",
                  "Former Quellbright Labs engineers' Sableford AI releases a model"),
            (V{"departure Nils Aas @ Quellbright Labs", "departure Petra Voss @ Quellbright Labs",
               "founded Nils Aas @ Sableford AI", "founded Petra Voss @ Sableford AI",
               "release Sableford AI: Brisk-7B"}));
  EXPECT_EQ(Lines("The company on Monday released Brisk-7B, a coding model.", "Quellbright Labs releases a model"),
            V{"release Quellbright Labs: Brisk-7B"});
}

TEST(EnglishExtraction, DepartureOfAnOrgsOfficerNamedAfterAComma) {
  EXPECT_EQ(Lines("The move follows the departure last week of Quellbright Labs' head of policy, Ida Berg, who has not "
                  "said where she is going."),
            V{"departure Ida Berg @ Quellbright Labs"});
  EXPECT_EQ(Lines("Investors fear the possible departure of Quellbright Labs' head of policy, Ida Berg."), V{});
}

TEST(EnglishExtraction, FoundedByAnOrgsFormerFieldLeadNamedAfterAComma) {
  EXPECT_EQ(Lines("Sableford AI was founded by Tarrow Labs' former robotics lead, Nils Aas, and Petra Voss."),
            (V{"departure Nils Aas @ Tarrow Labs", "founded Nils Aas @ Sableford AI",
               "founded Petra Voss @ Sableford AI"}));
  EXPECT_EQ(Lines("Sableford AI is backed by Tarrow Labs' former robotics lead, Nils Aas, and Petra Voss."),
            V{"departure Nils Aas @ Tarrow Labs"});
}

TEST(EnglishExtraction, SerialCommaBeforeTheLastName) {
  EXPECT_EQ(Lines("Sableford AI was founded by Nils Aas, and Petra Voss."),
            (V{"founded Nils Aas @ Sableford AI", "founded Petra Voss @ Sableford AI"}));
  EXPECT_EQ(Lines("Sableford AI was founded by Nils Aas, Ida Berg, and Petra Voss."),
            (V{"founded Ida Berg @ Sableford AI", "founded Nils Aas @ Sableford AI", "founded Petra Voss @ Sableford AI"}));
}

TEST(EnglishExtraction, ReturnAfterSheLeftEndedAStintAtTheOrgReturnedTo) {
  EXPECT_EQ(Lines("Ida Berg is returning to Oskin AI, two years after she left to start Sableford AI."),
            (V{"departure Ida Berg @ Oskin AI", "founded Ida Berg @ Sableford AI", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg rejoined Oskin AI on Monday, a year after she quit to travel.",
                  "Tarrow Labs loses its chief of staff"),
            (V{"departure Ida Berg @ Oskin AI", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg is returning to Oskin AI, and Nils Aas has left to start Sableford AI.",
                  "Tarrow Labs loses its chief of staff"),
            (V{"departure Ida Berg @ Oskin AI", "departure Nils Aas @ Tarrow Labs", "founded Nils Aas @ Sableford AI",
               "join Ida Berg @ Oskin AI"}));
}

TEST(EnglishExtraction, MovesRightAfterAnUnnamedGroupDepartureLeaveTheGroupsOrg) {
  EXPECT_EQ(Lines("Two engineers have left Tarrow Labs this month. Ida Berg has joined Oskin AI, while Nils Aas, a data "
                  "lead, is heading to Quellbright Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "join Ida Berg @ Oskin AI",
               "join Nils Aas @ Quellbright Labs"}));
  EXPECT_EQ(Lines("Two engineers have left Tarrow Labs this month. Oskin AI said revenue rose. Ida Berg has joined "
                  "Oskin AI."),
            V{"join Ida Berg @ Oskin AI"});
}

TEST(EnglishExtraction, LeftToStartACompanyDidNotLeaveThatCompany) {
  EXPECT_EQ(Lines("Nils Aas has left to start Sableford AI.", "Tarrow Labs loses its chief of staff"),
            (V{"departure Nils Aas @ Tarrow Labs", "founded Nils Aas @ Sableford AI"}));
}

TEST(EnglishExtraction, LostOneOfItsOfficersWithNoDestination) {
  EXPECT_EQ(Lines("Tarrow Labs has lost its head of research, Ida Berg, who is joining Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Tarrow Labs has lost its chief scientist, Ida Berg, to cancer."), V{});
  EXPECT_EQ(Lines("Tarrow Labs has lost its chief scientist, Ida Berg, who died on Sunday."), V{});
  EXPECT_EQ(Lines("Tarrow Labs could lose its chief scientist, Ida Berg."), V{});
}

TEST(EnglishExtraction, ParticipleAfterAMoveTakesItsSubject) {
  EXPECT_EQ(Lines("Ida Berg was named head of research at Oskin AI, leaving Tarrow Labs after six years."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI hired Ida Berg as head of research, leaving Tarrow Labs without a rival."),
            V{"join Ida Berg @ Oskin AI"});
}

TEST(EnglishExtraction, RumourOrSpeculationCitedAfterTheTriggerIsNoFact) {
  EXPECT_EQ(Lines("Ida Berg has left Tarrow Labs, according to rumours on social media."), V{});
  EXPECT_EQ(Lines("Tarrow Labs has delayed Vanta-6, according to unconfirmed reports."), V{});
  EXPECT_EQ(Lines("Ida Berg has joined Oskin AI amid speculation about a sale."), V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg has left Tarrow Labs, according to two people familiar with the matter."),
            V{"departure Ida Berg @ Tarrow Labs"});
}

TEST(EnglishExtraction, CoordinatedMoveTakesTheNamesThatOpenTheSentence) {
  EXPECT_EQ(Lines("Ida Berg worked on speech models at Tarrow Labs for a decade and will join Oskin AI in May."),
            V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("The pair, Ida Berg and Nils Aas, built Tarrow Labs' speech models and have joined Oskin AI."),
            (V{"join Ida Berg @ Oskin AI", "join Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg said Nils Aas had praised Tarrow Labs and joined Oskin AI."), V{});
}

TEST(EnglishExtraction, ActiveGroupHireSetsUpTheMoveOfTheNamesThatFollow) {
  EXPECT_EQ(Lines("Oskin AI has poached two engineers from Tarrow Labs. Ida Berg and Nils Aas will join Oskin AI in May."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "join Ida Berg @ Oskin AI",
               "join Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI is said to have poached two engineers from Tarrow Labs. Ida Berg and Nils Aas will join "
                  "Oskin AI in May."),
            (V{"join Ida Berg @ Oskin AI", "join Nils Aas @ Oskin AI"}));
}

TEST(EnglishExtraction, WhoPreviouslyRanAnOrgsTeamWithABareApostrophe) {
  EXPECT_EQ(Lines("Ida Berg, who previously ran Tarrow Labs' data team, has joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, who runs Tarrow Labs' data team, has joined Oskin AI's board."), V{});
}

TEST(EnglishExtraction, OrgConfirmedSomeonesDeparture) {
  EXPECT_EQ(Lines("Tarrow Labs confirmed Ida Berg's departure on Friday.", "Oskin AI hires a new chief scientist"),
            V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Tarrow Labs denied Ida Berg's departure on Friday.", "Oskin AI hires a new chief scientist"), V{});
}

TEST(EnglishExtraction, ModelWentLiveIncludingPastAnAppositive) {
  EXPECT_EQ(Lines("Vanta-7, Tarrow Labs' newest model, went live on Tuesday."), V{"release Tarrow Labs: Vanta-7"});
  EXPECT_EQ(Lines("Vanta-7, the latest model from Tarrow Labs, launched on Tuesday."), V{"release Tarrow Labs: Vanta-7"});
  EXPECT_EQ(Lines("Tarrow Labs' new website went live on Tuesday."), V{});
  EXPECT_EQ(Lines("Vanta-7, a rival to the models of Oskin AI, launched on Tuesday."), V{});
}

TEST(EnglishExtraction, OrgNameAfterAPlaceBasedAdjectiveStartsAfterIt) {
  EXPECT_EQ(Lines("Oslo-based Tarrow AI said it had hired Ida Berg. Nils Aas, who joined Tarrow in 2023, has left."),
            (V{"departure Nils Aas @ Tarrow AI", "join Ida Berg @ Tarrow AI", "join Nils Aas @ Tarrow AI"}));
  EXPECT_EQ(Lines("Oslo-based Tarrow AI is said to be in talks to hire Ida Berg."), V{});
}

TEST(EnglishExtraction, OrgNameWithChainedOrHyphenatedSuffixes) {
  EXPECT_EQ(Lines("Ida Berg has left Kestrel AI Research to join Oskin Labs."),
            (V{"departure Ida Berg @ Kestrel AI Research", "join Ida Berg @ Oskin Labs"}));
  EXPECT_EQ(Lines("Pellucid Bio-AI was founded by Ida Berg and Nils Aas."),
            (V{"founded Ida Berg @ Pellucid Bio-AI", "founded Nils Aas @ Pellucid Bio-AI"}));
  EXPECT_EQ(Lines("Ida Berg could leave Kestrel AI Research for Oskin Labs, people said."), V{});
}

TEST(EnglishExtraction, ADepartmentInATitleIsNoOrg) {
  EXPECT_EQ(Lines("Ida Berg, formerly Head of Protein Engineering at Tarrow Labs, has joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, Director of Applied Research at Tarrow Labs, said the model was ready."), V{});
}

TEST(EnglishExtraction, APublicationOrAnApiIsNoModel) {
  EXPECT_EQ(Lines("Tarrow Labs has pushed back the release of its next coding model, Vanta, to the autumn, The "
                  "Information reported on Friday."),
            V{"delay Tarrow Labs: Vanta"});
  EXPECT_EQ(Lines("Tarrow Labs open-sourced Vanta, a small speech model, on Monday and made a bigger version, Vanta "
                  "Max, available through its Harbour API."),
            (V{"release Tarrow Labs: Vanta", "release Tarrow Labs: Vanta Max"}));
}

TEST(EnglishExtraction, LeftToTeachAtAUniversityJoinsIt) {
  EXPECT_EQ(Lines("Tarrow AI has hired Ida Berg, who left Oskin Labs in 2020 to teach at Kestrel University."),
            (V{"departure Ida Berg @ Oskin Labs", "join Ida Berg @ Kestrel University", "join Ida Berg @ Tarrow AI"}));
  EXPECT_EQ(Lines("Ida Berg left Oskin Labs and plans to teach at Kestrel University."),
            V{"departure Ida Berg @ Oskin Labs"});
}

TEST(EnglishExtraction, ShortNameOfAHyphenatedSuffixOrg) {
  EXPECT_EQ(Lines("Pellucid Bio-AI, a protein design start-up, launched on Monday. Pellucid was founded by Ida Berg."),
            V{"founded Ida Berg @ Pellucid Bio-AI"});
}

TEST(EnglishExtraction, NegatedReleaseWithANewTimeOrAMissedPlanIsADelay) {
  EXPECT_EQ(Lines("Tarrow Labs won't ship Vanta 3, its reasoning model, until late 2027, the company said."),
            V{"delay Tarrow Labs: Vanta 3"});
  EXPECT_EQ(Lines("Tarrow Labs said Vanta 3 would not launch in the spring as planned."),
            V{"delay Tarrow Labs: Vanta 3"});
  EXPECT_EQ(Lines("Tarrow Labs won't ship Vanta 3 until regulators approve it."), V{});
  EXPECT_EQ(Lines("Tarrow Labs denied that Vanta 3 would not launch as planned."), V{});
  EXPECT_EQ(Lines("Tarrow Labs will not release Vanta 3 as open weights."), V{});
}

TEST(EnglishExtraction, DelayOfAModelBetweenCommasAfterItsModelNoun) {
  EXPECT_EQ(Lines("Tarrow Labs shipped Vanta 2 on Monday. The company said its coding model, Cobalt Ray, would not "
                  "launch this year as planned."),
            (V{"delay Tarrow Labs: Cobalt Ray", "release Tarrow Labs: Vanta 2"}));
  EXPECT_EQ(Lines("Tarrow Labs shipped Vanta 2 on Monday. The company said its coding model, Cobalt Ray, would not "
                  "be delayed."),
            V{"release Tarrow Labs: Vanta 2"});
  // The owner named before "'s", as for releases.
  EXPECT_EQ(Lines("Analysts expect a busy spring. Tarrow Labs's coding model, Cobalt Ray, would not launch this "
                  "year as planned, people familiar with the matter said."),
            V{"delay Tarrow Labs: Cobalt Ray"});
}

TEST(EnglishExtraction, DestinationPastARelativeClauseAboutTheOrgLeft) {
  EXPECT_EQ(Lines("Ida Berg has stepped away from Tarrow Labs, where she led speech research for two years, to join "
                  "Oskin AI's safety team."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg has left Tarrow Labs, where she met Nils Aas, and is considering offers from Oskin AI."),
            V{"departure Ida Berg @ Tarrow Labs"});
}

TEST(EnglishExtraction, SpunOutOfByItsFounders) {
  EXPECT_EQ(Lines("Tarrow Labs was spun out of Oslo University's robotics lab in 2021 by professors Ida Berg and Nils Aas."),
            (V{"founded Ida Berg @ Tarrow Labs", "founded Nils Aas @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Tarrow Labs was founded in 2021 by professors Ida Berg and Nils Aas."),
            (V{"founded Ida Berg @ Tarrow Labs", "founded Nils Aas @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Tarrow Labs may be spun out of Oslo University by Ida Berg."), V{});
  EXPECT_EQ(Lines("Tarrow Labs was spun out of Oslo University, and Ida Berg joined it by June."), V{});
}

TEST(EnglishExtraction, PassiveReleaseOfAModelBetweenCommasAfterItsModelNoun) {
  EXPECT_EQ(Lines("Tarrow Labs raised money. The company's first model, Vanta Cirrus, was made available to banks "
                  "this week."),
            V{"release Tarrow Labs: Vanta Cirrus"});
  EXPECT_EQ(Lines("Tarrow Labs raised money. Its second model, Vanta 2, was released on Monday."),
            V{"release Tarrow Labs: Vanta 2"});
  EXPECT_EQ(Lines("Tarrow Labs raised money. Its second model, Vanta 2, is expected to be released in June."), V{});
}

TEST(EnglishExtraction, WhoLedSomethingAtAnOrgUntilAPastTime) {
  EXPECT_EQ(Lines("Ida Berg, who oversaw speech research at Tarrow Labs until last year, has started a company called "
                  "Vesper."),
            (V{"departure Ida Berg @ Tarrow Labs", "founded Ida Berg @ Vesper"}));
  EXPECT_EQ(Lines("Ida Berg, who led speech research at Tarrow Labs until March, joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, who leads speech research at Tarrow Labs, said Vesper was founded by Nils Aas."),
            V{"founded Nils Aas @ Vesper"});
}

TEST(EnglishExtraction, ANumberedGroupAppositiveWhoLeft) {
  EXPECT_EQ(Lines("Ida Berg has started a company called Vesper with Nils Aas and Oda Lie, two engineers who also left "
                  "Tarrow Labs' speech group in 2025."),
            (V{"departure Nils Aas @ Tarrow Labs", "departure Oda Lie @ Tarrow Labs", "founded Ida Berg @ Vesper",
               "founded Nils Aas @ Vesper", "founded Oda Lie @ Vesper"}));
  EXPECT_EQ(Lines("Oskin AI hired two engineers who left Tarrow Labs, Ida Berg said."), V{});
}

TEST(EnglishExtraction, FounderNamedInASignOff) {
  EXPECT_EQ(Lines("We are glad to share that Ida Berg is joining Vesper AI as our head of research. \xE2\x80\x94 Nils "
                  "Aas, CEO and co-founder, Vesper AI"),
            (V{"founded Nils Aas @ Vesper AI", "join Ida Berg @ Vesper AI"}));
  EXPECT_EQ(Lines("We are glad to share that Ida Berg is joining Vesper AI as our head of research. \xE2\x80\x94 Nils "
                  "Aas, head of people, Vesper AI"),
            V{"join Ida Berg @ Vesper AI"});
}

TEST(EnglishExtraction, FirstPersonQuoteTakesItsSpeaker) {
  EXPECT_EQ(Lines("\"I'm joining Oskin AI to work on speech,\" Ida Berg wrote on Friday."),
            V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("\"I'm leaving Tarrow Labs at the end of May,\" said Ida Berg."),
            V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Ida Berg wrote on Friday: \"I'm joining Oskin AI.\""), V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("\"I'm not joining Oskin AI,\" Ida Berg said."), V{});
  EXPECT_EQ(Lines("\"I could join Oskin AI one day,\" Ida Berg said."), V{});
}

TEST(EnglishExtraction, BeforeAnOrgSomeoneWasAtAnother) {
  EXPECT_EQ(Lines("Ida Berg has left Tarrow Labs to join Oskin AI. Before Tarrow Labs, Berg was a researcher at the "
                  "Kestrel Institute for AI."),
            (V{"departure Ida Berg @ Kestrel Institute for AI", "departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg has left Tarrow Labs to join Oskin AI. Before the move, Berg was said to be talking to "
                  "Kestrel Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
}

TEST(EnglishExtraction, AnOrgsFormerRoleOfSeveralWordsBeforeTheName) {
  EXPECT_EQ(Lines("Separately, Tarrow Labs' former chief revenue officer, Ida Berg, has joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // One unknown word owning a former role is an org too.
  EXPECT_EQ(Lines("Ida Berg, Quellmark's former head of design, joined Oskin AI in May."),
            (V{"departure Ida Berg @ Quellmark", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Separately, Tarrow Labs' chief revenue officer, Ida Berg, spoke at the event."), V{});
}

TEST(EnglishExtraction, AFormerOccupationAtAnUnknownOneWordOrg) {
  EXPECT_EQ(Lines("Oskin AI was founded last year by Nils Aas, a former Corvane underwriter."),
            (V{"departure Nils Aas @ Corvane", "founded Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI was founded last year by Nils Aas, a former underwriter."),
            V{"founded Nils Aas @ Oskin AI"});
}

TEST(EnglishExtraction, WhoBothPreviouslyWorkedAtAnOrg) {
  EXPECT_EQ(Lines("Oskin AI was started in 2024 by Ida Berg and Nils Aas, who both previously worked at Tarrow Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "founded Ida Berg @ Oskin AI",
               "founded Nils Aas @ Oskin AI"}));
}

TEST(EnglishExtraction, WhoLedSomethingAtAnOrgSaidOfSomeoneWhoMoved) {
  EXPECT_EQ(Lines("Oskin AI was co-founded by Ida Berg and Nils Aas, who led speech research at Tarrow Labs."),
            (V{"departure Nils Aas @ Tarrow Labs", "founded Ida Berg @ Oskin AI", "founded Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Nils Aas, who led speech research at Tarrow Labs, joined Oskin AI on Monday."),
            (V{"departure Nils Aas @ Tarrow Labs", "join Nils Aas @ Oskin AI"}));
  // No move in the sentence: the post may be current.
  EXPECT_EQ(Lines("Nils Aas, who led speech research at Tarrow Labs, said the model was ready."), V{});
}

TEST(EnglishExtraction, AMoveAfterYearsAtAnOrg) {
  EXPECT_EQ(Lines("Ida Berg has joined Oskin AI after six years at Tarrow Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg was promoted to chief scientist after six years at Tarrow Labs."), V{});
}

TEST(EnglishExtraction, ReturningToAnOrgEndedAnEarlierStintThere) {
  EXPECT_EQ(Lines("Ida Berg is returning to Tarrow Labs, where she worked from 2016 to 2021, after three years at "
                  "Oskin AI."),
            (V{"departure Ida Berg @ Oskin AI", "departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Ida Berg rejoined Tarrow Labs this week."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Ida Berg is not returning to Tarrow Labs, she said."), V{});
}

TEST(EnglishExtraction, HiredWithAPresentPostLeftIt) {
  EXPECT_EQ(Lines("Oskin AI has poached Ida Berg, a senior researcher at Tarrow Labs who built its speech models, for "
                  "its new lab."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI hired Ida Berg, chief scientist at Tarrow Labs, on Monday."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // A board seat is no job: nothing.
  EXPECT_EQ(Lines("Oskin AI named Ida Berg, chief scientist at Tarrow Labs, to its board."), V{});
  EXPECT_EQ(Lines("Oskin AI is in talks to hire Ida Berg, a researcher at Tarrow Labs."), V{});
}

TEST(EnglishExtraction, AnUnnamedGroupNamedInTheNextSentence) {
  EXPECT_EQ(Lines("Three engineers have left Tarrow Labs for Oskin AI. They are Ida Berg, Nils Aas and Petra Voss, "
                  "who built its compiler."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "departure Petra Voss @ Tarrow Labs",
               "join Ida Berg @ Oskin AI", "join Nils Aas @ Oskin AI", "join Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI has hired three researchers from Tarrow Labs to staff a lab in Oslo. The group \xE2\x80\x94 "
                  "Ida Berg, Nils Aas and Petra Voss \xE2\x80\x94 worked on vision models."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "departure Petra Voss @ Tarrow Labs",
               "join Ida Berg @ Oskin AI", "join Nils Aas @ Oskin AI", "join Petra Voss @ Oskin AI"}));
  // Only the sentence right after the group's move.
  EXPECT_EQ(Lines("Three engineers have left Tarrow Labs for Oskin AI. The lab is in Oslo. They are Ida Berg, Nils Aas "
                  "and Petra Voss."),
            V{});
  EXPECT_EQ(Lines("Three engineers may leave Tarrow Labs for Oskin AI. They are Ida Berg, Nils Aas and Petra Voss."),
            V{});
}

TEST(EnglishExtraction, ANegatedReleaseUntilASeasonIsADelay) {
  EXPECT_EQ(Lines("Oskin AI said on Monday that its flagship Brisa 4 model would not ship until the summer."),
            V{"delay Oskin AI: Brisa 4"});
  EXPECT_EQ(Lines("Oskin AI said its Brisa 4 model would not ship until regulators approve it."), V{});
}

TEST(EnglishExtraction, ACompanysOwnPostReleasesAsWe) {
  EXPECT_EQ(Lines("Today we're launching Brisa 4, our fastest model, together with Brisa 4 Mini. \xE2\x80\x94 The "
                  "Oskin AI team"),
            (V{"release Oskin AI: Brisa 4", "release Oskin AI: Brisa 4 Mini"}));
  EXPECT_EQ(Lines("\"We're releasing our Brisa 4 model today,\" said Ida Berg, its chief executive.",
                  "Oskin AI ships Brisa 4"),
            V{"release Oskin AI: Brisa 4"});
  // A sentence with no word of models: a product or a feature, more often.
  EXPECT_EQ(Lines("\"We're releasing Brisa 4 today,\" said Ida Berg, its chief executive.", "Oskin AI ships Brisa 4"),
            V{});
  // Not a plan.
  EXPECT_EQ(Lines("We plan to release Brisa 4 next year. \xE2\x80\x94 The Oskin AI team"), V{});
}

TEST(EnglishExtraction, AFirstNameStandsForThePersonNamedInFull) {
  EXPECT_EQ(Lines("We're delighted to welcome Tove Lind, who joins Oskin AI from Tarrow Labs. Tove previously spent "
                  "six years at Brightvale Labs."),
            (V{"departure Tove Lind @ Brightvale Labs", "departure Tove Lind @ Tarrow Labs", "join Tove Lind @ Oskin AI"}));
  // Two people share the first name: neither.
  EXPECT_EQ(Lines("Tove Lind joined Oskin AI. Tove Aas joined Tarrow Labs. Tove previously spent six years at "
                  "Brightvale Labs."),
            (V{"join Tove Aas @ Tarrow Labs", "join Tove Lind @ Oskin AI"}));
}

TEST(EnglishExtraction, ALastDayAtAnOrgIsADeparture) {
  EXPECT_EQ(Lines("\"After four great years, Friday was my last day at Tarrow Labs,\" Ida Berg wrote on Sunday."),
            V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Friday was Ida Berg's last day at Tarrow Labs."), V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Ida Berg said Friday would be her last day at Tarrow Labs."), V{"departure Ida Berg @ Tarrow Labs"});
  // The speaker named after the quote's second sentence.
  EXPECT_EQ(Lines("\"Big news: today is my last day at Tarrow Labs. I'm joining Oskin AI,\" Ida Berg wrote."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("\"It was a long last day at the conference,\" Ida Berg said."), V{});
  EXPECT_EQ(Lines("Is today my last day at Tarrow Labs? No, Ida Berg said."), V{});
}

TEST(EnglishExtraction, AQuoteGoingOnInItsOwnSentenceKeepsItsSpeaker) {
  EXPECT_EQ(Lines("\"Friday was my last day at Tarrow Labs,\" Ida Berg wrote. \"In June I'll be starting at Oskin AI.\""),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // No quote before: no speaker.
  EXPECT_EQ(Lines("Ida Berg spoke on Monday. \"I'll be starting at Oskin AI.\""), V{});
}

TEST(EnglishExtraction, AStintBeforeThatIsOver) {
  EXPECT_EQ(Lines("Ida Berg joined Oskin AI. Berg spent three years at Tarrow Labs and, before that, six at Brightvale "
                  "Labs."),
            (V{"departure Ida Berg @ Brightvale Labs", "departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg leads research at Tarrow Labs; before that she worked on speech at Oskin AI."),
            V{"departure Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg will join Tarrow Labs, and before that she will work at Oskin AI."),
            V{"join Ida Berg @ Tarrow Labs"});
}

TEST(EnglishExtraction, AThirdCoFounderOfTheCompanyJustFounded) {
  EXPECT_EQ(Lines("Oskin AI, co-founded by Ida Berg and Nils Aas, launched on Monday. A third co-founder, chip veteran "
                  "Petra Voss, was previously at Tarrow Labs.",
                  "Investors back Brightvale Labs spinout"),
            (V{"departure Petra Voss @ Tarrow Labs", "founded Ida Berg @ Oskin AI", "founded Nils Aas @ Oskin AI",
               "founded Petra Voss @ Oskin AI"}));
  // No founding read before: no org for it.
  EXPECT_EQ(Lines("A third co-founder, chip veteran Petra Voss, was previously at Tarrow Labs."),
            V{"departure Petra Voss @ Tarrow Labs"});
}

TEST(EnglishExtraction, AModelAvailableToday) {
  EXPECT_EQ(Lines("Oskin AI launched on Monday. The company's first model, Brisa-1, is available today to researchers."),
            V{"release Oskin AI: Brisa-1"});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 is available today in its app."), V{"release Oskin AI: Brisa 4"});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 will be available today."), V{});
}

TEST(EnglishExtraction, TheVariantsOfAReleasedModel) {
  EXPECT_EQ(Lines("Oskin AI released Brisa 4 on Monday. Brisa 4 comes in three sizes: Brisa 4 Mini, Brisa 4 Pro and "
                  "Brisa 4 Max."),
            (V{"release Oskin AI: Brisa 4", "release Oskin AI: Brisa 4 Max", "release Oskin AI: Brisa 4 Mini",
               "release Oskin AI: Brisa 4 Pro"}));
  // A planned model's sizes are planned too.
  EXPECT_EQ(Lines("Oskin AI plans to release Brisa 4. Brisa 4 comes in three sizes: Brisa 4 Mini, Brisa 4 Pro and "
                  "Brisa 4 Max."),
            V{});
}

TEST(EnglishExtraction, AfterBothLeftAnOrg) {
  EXPECT_EQ(Lines("Ida Berg co-founded Oskin AI with Nils Aas in 2019 after both left Tarrow Labs' speech team."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "founded Ida Berg @ Oskin AI",
               "founded Nils Aas @ Oskin AI"}));
  // "both" with one person named: not sure who.
  EXPECT_EQ(Lines("Ida Berg co-founded Oskin AI after both left Tarrow Labs."), V{"founded Ida Berg @ Oskin AI"});
}

TEST(EnglishExtraction, HeOrSheAfterASentenceWithNoTrigger) {
  EXPECT_EQ(Lines("Ida Berg spoke on Monday about her plans. She has joined Oskin AI as head of research."),
            V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg announced on LinkedIn that she has joined Oskin AI."), V{"join Ida Berg @ Oskin AI"});
}

TEST(EnglishExtraction, AfterYearsAtAnOrgFrontingTheSentence) {
  EXPECT_EQ(Lines("After eight years at Tarrow Labs, Ida Berg is moving to Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("After eight years at Tarrow Labs, Ida Berg was promoted to director."), V{});
}

TEST(EnglishExtraction, TheDepartureOfATitledPerson) {
  EXPECT_EQ(Lines("The departure of chief scientist Ida Berg from Tarrow Labs was announced on Friday."),
            V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("The possible departure of chief scientist Ida Berg from Tarrow Labs worries investors."), V{});
}

TEST(EnglishExtraction, AVeteranOrAlumnaOfAnOrgWhoMoves) {
  EXPECT_EQ(Lines("Ida Berg, a 10-year veteran of Tarrow Labs, has joined Oskin AI as chief scientist."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, an alumna of Tarrow Labs, has joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // A school one studied at, and a veteran who does not move: no departure.
  EXPECT_EQ(Lines("Ida Berg, an alumna of Stanford University, has joined Oskin AI."), V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg, a veteran of Tarrow Labs, said the model was strong."), V{});
}

TEST(EnglishExtraction, WhoHadBeenAtAnOrgAndMoves) {
  EXPECT_EQ(Lines("Ida Berg, who had been at Tarrow Labs since 2019, has joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
}

TEST(EnglishExtraction, MovedFromOneOrgToAnother) {
  EXPECT_EQ(Lines("Ida Berg moved from Tarrow Labs to Oskin AI in June."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg may move from Tarrow Labs to Oskin AI."), V{});
  EXPECT_EQ(Lines("The company moved from Tarrow Labs to Oskin AI for its cloud."), V{});
}

TEST(EnglishExtraction, AnAppositivePostHeldUntilAPastDay) {
  EXPECT_EQ(Lines("Ida Berg, Tarrow Labs' head of research until March, has joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, head of research at Tarrow Labs until 2027, spoke on Monday."), V{});
}

TEST(EnglishExtraction, TakingOverAPostFromElsewhereIsAJoin) {
  EXPECT_EQ(Lines("Nils Aas, a former Tarrow Labs executive, took over as chief executive of Oskin AI in May."),
            (V{"departure Nils Aas @ Tarrow Labs", "join Nils Aas @ Oskin AI"}));
  // From inside: a promotion. A plan: nothing.
  EXPECT_EQ(Lines("Nils Aas, Oskin AI's chief operating officer, takes over as chief executive of Oskin AI on Monday."),
            V{});
  EXPECT_EQ(Lines("Nils Aas, a former Tarrow Labs executive, may take over as chief executive of Oskin AI."),
            V{"departure Nils Aas @ Tarrow Labs"});
}

TEST(EnglishExtraction, WithNoTopicALeaverLeavesTheOnePostOrgOfTheSentence) {
  EXPECT_EQ(Lines("Nils Aas is the new chief executive of Oskin AI, replacing Ida Berg, who stepped down last month."),
            V{"departure Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg, who stepped down last month, has joined Oskin AI."), V{"join Ida Berg @ Oskin AI"});
}

TEST(EnglishExtraction, AnOrgsNewModelWentLive) {
  EXPECT_EQ(Lines("Oskin AI's new Brisa 4 model went live on Tuesday for paying customers."),
            V{"release Oskin AI: Brisa 4"});
  EXPECT_EQ(Lines("Oskin AI's Brisa 4 model goes live next week."), V{});
}

TEST(EnglishExtraction, AModelWithAnAppositiveIsNowAvailable) {
  EXPECT_EQ(Lines("Brisa 4, the latest model from Oskin AI, is now generally available."),
            V{"release Oskin AI: Brisa 4"});
  EXPECT_EQ(Lines("Brisa 4, a rival to Oskin AI's Wren model, is now generally available."), V{});
}

TEST(EnglishExtraction, FounderAndOfficerOfAnOrg) {
  EXPECT_EQ(Lines("Ida Berg, the founder and chief executive of Oskin AI, said the company would hire 40 people."),
            V{"founded Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg, co-founder and CTO of Oskin AI, has left the company."),
            (V{"departure Ida Berg @ Oskin AI", "founded Ida Berg @ Oskin AI"}));
}

TEST(EnglishExtraction, OutAsAnOfficer) {
  EXPECT_EQ(Lines("Ida Berg is out as chief executive of Oskin AI."), V{"departure Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Is Ida Berg out as chief executive of Oskin AI?"), V{});
}

TEST(EnglishExtraction, AnOrgPartedWaysWithSomeone) {
  EXPECT_EQ(Lines("Oskin AI parted ways with its chief scientist, Ida Berg, on Friday."),
            V{"departure Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Oskin AI denied it had parted ways with Ida Berg."), V{});
}

TEST(EnglishExtraction, AProductOrTeamWordBetweenAFormerOrgAndTheRole) {
  EXPECT_EQ(Lines("Oskin AI was founded in 2021 by former Google TPU engineers Ida Berg and Nils Aas."),
            (V{"departure Ida Berg @ Google", "departure Nils Aas @ Google", "founded Ida Berg @ Oskin AI",
               "founded Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, a former Google TPU engineer, joined Oskin AI."),
            (V{"departure Ida Berg @ Google", "join Ida Berg @ Oskin AI"}));
}

TEST(EnglishExtraction, ItsFoundingByNamedPeople) {
  EXPECT_EQ(Lines("Ida Berg had been with Oskin AI since its founding in 2022 by Oxford academics Nils Aas and Petra "
                  "Voss."),
            (V{"founded Nils Aas @ Oskin AI", "founded Petra Voss @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI has grown quickly since its founding in 2022."), V{});
}

TEST(EnglishExtraction, BeforeJoiningAnOrgOrPriorToIt) {
  EXPECT_EQ(Lines("Before joining Oskin AI, Ida Berg spent five years at Tarrow Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Prior to Oskin AI, Ida Berg was a researcher at Tarrow Labs."), V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Before the merger, Ida Berg was said to be talking to Tarrow Labs."), V{});
}

TEST(EnglishExtraction, CameToAnOrgFromAnother) {
  EXPECT_EQ(Lines("Ida Berg came to Oskin AI from Tarrow Labs in 2022."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // The present post set against the past one is the join (version 13).
  EXPECT_EQ(Lines("Ida Berg, who came over from Tarrow Labs last year, now runs research at Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("The idea came from Tarrow Labs."), V{});
  EXPECT_EQ(Lines("Ida Berg may come to Oskin AI from Tarrow Labs."), V{});
}

TEST(EnglishExtraction, AModelLaunchedByAnOrg) {
  EXPECT_EQ(Lines("Brisa 4 was launched by Oskin AI on Tuesday."), V{"release Oskin AI: Brisa 4"});
  // People launching an org found it.
  EXPECT_EQ(Lines("Oskin AI was launched by Ida Berg and Nils Aas in 2023."),
            (V{"founded Ida Berg @ Oskin AI", "founded Nils Aas @ Oskin AI"}));
}

TEST(EnglishExtraction, FormerHeadOfAnAcronymField) {
  EXPECT_EQ(Lines("Ida Berg, the former head of AI at Tarrow Labs, spoke on Friday."),
            V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Ida Berg, former head of ML at Tarrow Labs, spoke on Friday."),
            V{"departure Ida Berg @ Tarrow Labs"});
  // An org right after "head of" is still the org.
  EXPECT_EQ(Lines("Ida Berg, the former head of Tarrow Labs, spoke on Friday."),
            V{"departure Ida Berg @ Tarrow Labs"});
  // A present post is no change.
  EXPECT_EQ(Lines("Ida Berg, head of AI at Tarrow Labs, spoke on Friday."), V{});
}

TEST(EnglishExtraction, ArrivesAfterYearsAtAnOrgOfSomeoneHiredBefore) {
  EXPECT_EQ(Lines("Ida Berg was hired by Oskin AI in May. Berg arrives after six years at Tarrow Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // With no move told, a stint is no departure.
  EXPECT_EQ(Lines("Ida Berg was promoted in May. Berg arrives after six years at Tarrow Labs."), V{});
  EXPECT_EQ(Lines("Ida Berg, a researcher at Oskin AI, spoke. Berg was promoted after six years at Tarrow Labs."),
            V{});
}

TEST(EnglishExtraction, CoFoundedAStartUpNamedBetweenCommas) {
  EXPECT_EQ(Lines("Nils Aas has resigned and co-founded a start-up, Velloran Labs, with former Meta engineer Petra "
                  "Voss."),
            (V{"departure Petra Voss @ Meta", "founded Nils Aas @ Velloran Labs", "founded Petra Voss @ Velloran Labs"}));
  EXPECT_EQ(Lines("Nils Aas has founded a new company, Velloran, in Oslo."), V{"founded Nils Aas @ Velloran"});
  // "with Y as chief executive" after a plain name is not a co-founder.
  EXPECT_EQ(Lines("Nils Aas co-founded Velloran Labs, with Petra Voss as chief executive."),
            V{"founded Nils Aas @ Velloran Labs"});
}

TEST(EnglishExtraction, ACompetitorInAComparisonIsNotTheOrgOfACompanyPost) {
  EXPECT_EQ(Lines("Today we are releasing Brisa 4, our newest model. In our tests Brisa 4 matches OpenAI's GPT-5 on "
                  "coding. Brisa 4 is available now in the Oskin AI console."),
            V{"release Oskin AI: Brisa 4"});
  // With only the competitor named, "we" is no known org.
  EXPECT_EQ(Lines("Today we are releasing Brisa 4, our newest model. In our tests Brisa 4 beats OpenAI's GPT-5."), V{});
}

TEST(EnglishExtraction, StartedTheFirmTheArticleIsAbout) {
  EXPECT_EQ(Lines("Oskin AI is growing fast. Ida Berg started the Oslo chip-design firm in 2017 with Nils Aas."),
            (V{"founded Ida Berg @ Oskin AI", "founded Nils Aas @ Oskin AI"}));
  // Not a company she started: its lab, a year there, a guess.
  EXPECT_EQ(Lines("Oskin AI is growing fast. Ida Berg started the company's robotics lab in 2019."), V{});
  EXPECT_EQ(Lines("Oskin AI is growing fast. Ida Berg started the year at the company."), V{});
  EXPECT_EQ(Lines("Oskin AI is growing fast. Ida Berg might have started the company with Nils Aas."), V{});
}

TEST(EnglishExtraction, WouldNowArriveLaterRatherThanEarlierIsADelay) {
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 would now arrive in August rather than in June."), V{"delay Oskin AI: Brisa 4"});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 will now ship next year instead of in November."), V{"delay Oskin AI: Brisa 4"});
  // From December to the spring is into the next year.
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 would now arrive in the spring rather than in December."),
            V{"delay Oskin AI: Brisa 4"});
  // Brought forward, not a time, or only possible: no delay.
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 would now ship in March rather than June."), V{});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 would now arrive in the spring rather than as a preview."), V{});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 might now arrive in August rather than in June."), V{});
}

TEST(EnglishExtraction, AnAppositiveOwnedByOneUnknownWordAfterAName) {
  EXPECT_EQ(Lines("Ida Berg, Quellbright's chief scientist, has resigned."), V{"departure Ida Berg @ Quellbright"});
  EXPECT_EQ(Lines("Ida Berg, Quellbright's head of research, has left for Oskin AI."),
            (V{"departure Ida Berg @ Quellbright", "join Ida Berg @ Oskin AI"}));
  // A present post alone is no change; a person's chief of staff is no org.
  EXPECT_EQ(Lines("Ida Berg, Quellbright's chief scientist, said demand was cooling."), V{});
  EXPECT_EQ(Lines("Ida Berg, Nils's chief of staff, has resigned."), V{});
}

TEST(EnglishExtraction, TookAJobAtANamedOrg) {
  EXPECT_EQ(Lines("Ida Berg has taken a job at Oskin AI."), V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg left Tarrow Labs and accepted a new position at Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // Not a named org, only weighed, or denied: no join.
  EXPECT_EQ(Lines("Ida Berg took a job at the company."), V{});
  EXPECT_EQ(Lines("Ida Berg is considering taking a job at Oskin AI."), V{});
  EXPECT_EQ(Lines("Ida Berg has not accepted a position at Oskin AI."), V{});
}

TEST(EnglishExtraction, AnOrgThatLostSomeoneBeforeAColon) {
  EXPECT_EQ(Lines("Tarrow Labs has lost another senior researcher: Ida Berg departed this week for Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Tarrow Labs has lost its chief scientist: Ida Berg has resigned."),
            V{"departure Ida Berg @ Tarrow Labs"});
  // Only a possible loss, or a loss of something else by no org: nothing.
  EXPECT_EQ(Lines("Tarrow Labs may lose another researcher: Ida Berg is said to be leaving."), V{});
  EXPECT_EQ(Lines("The team lost a key game: Ida Berg has resigned."), V{});
}

TEST(EnglishExtraction, AGroupCountedThenNamedOpeningTheNextSentence) {
  EXPECT_EQ(Lines("Oskin AI has hired three engineers from Tarrow Labs. Ida Berg, Nils Aas and Tove Lund will build "
                  "its inference stack."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "departure Tove Lund @ Tarrow Labs",
               "join Ida Berg @ Oskin AI", "join Nils Aas @ Oskin AI", "join Tove Lund @ Oskin AI"}));
  EXPECT_EQ(Lines("Two senior researchers have quit Tarrow Labs for Oskin AI. Ida Berg and Nils Aas both worked on "
                  "its speech models."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "join Ida Berg @ Oskin AI",
               "join Nils Aas @ Oskin AI"}));
  // Not as many names as the group had, the names a sentence later, or
  // no move at all: nothing.
  EXPECT_EQ(Lines("Oskin AI has hired three engineers from Tarrow Labs. Ida Berg and Nils Aas welcomed them."), V{});
  EXPECT_EQ(Lines("Two senior researchers have quit Tarrow Labs for Oskin AI. The lab declined to comment. Ida Berg "
                  "and Nils Aas run it."),
            V{});
  EXPECT_EQ(Lines("Oskin AI is said to be courting three engineers at Tarrow Labs. Ida Berg, Nils Aas and Tove Lund "
                  "declined to comment."),
            V{});
}

TEST(EnglishExtraction, WhoUntilADayGoneRanAnOrgsLab) {
  EXPECT_EQ(Lines("Ida Berg, who until last month ran Tarrow Labs' robotics group, is now at Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, who worked on Tarrow Labs' speech team until January, has joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, who until recently was Tarrow Labs' chief scientist, now works at Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Ida Berg, who until last month ran the robotics lab at Tarrow Labs, is now at Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // Until a day to come, or "is now at" with no earlier post: no change.
  EXPECT_EQ(Lines("Ida Berg, who until 2027 runs Tarrow Labs' robotics group, spoke on Monday."), V{});
  EXPECT_EQ(Lines("Ida Berg is now at Oskin AI, where she leads research."), V{});
}

TEST(EnglishExtraction, BuildingOrStartingACompanyNamedAfterIt) {
  EXPECT_EQ(Lines("Ida Berg is now building a start-up, Fjordline, with Nils Aas."),
            (V{"founded Ida Berg @ Fjordline", "founded Nils Aas @ Fjordline"}));
  EXPECT_EQ(Lines("Ida Berg is starting a robotics company called Fjordline Dynamics with Nils Aas."),
            (V{"founded Ida Berg @ Fjordline Dynamics", "founded Nils Aas @ Fjordline Dynamics"}));
  // A model or a product being built, or a company only considered: no founding.
  EXPECT_EQ(Lines("Ida Berg is building a model called Fjord with Nils Aas."), V{});
  EXPECT_EQ(Lines("Ida Berg is considering starting a company called Fjordline with Nils Aas."), V{});
}

TEST(EnglishExtraction, AStintAtAnOrgIsAPostOver) {
  EXPECT_EQ(Lines("Ida Berg spent four years at Oskin AI before a brief stint at Tarrow Labs."),
            (V{"departure Ida Berg @ Oskin AI", "departure Ida Berg @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Ida Berg joined Oskin AI last year after a short stint with Tarrow Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // A stint planned or only weighed: nothing over.
  EXPECT_EQ(Lines("Ida Berg will spend a year at Oskin AI before a stint at Tarrow Labs."), V{});
  EXPECT_EQ(Lines("Ida Berg is weighing a stint at Tarrow Labs."), V{});
}

TEST(EnglishExtraction, AModelWithAReleaseParticipleBetweenCommas) {
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 is on track. Brisa 3, released in June, will remain available."),
            V{"release Oskin AI: Brisa 3"});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 is on track. Brisa 3, launched by Tarrow Labs in June, is its rival."),
            V{"release Tarrow Labs: Brisa 3"});
  // A competitor's model in a comparison, or a release still to come: none.
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 beats Gannet-5, released by Tarrow Labs last year, on coding."), V{});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 is on track. Brisa 3, expected to be released in June, is next."), V{});
}

TEST(EnglishExtraction, FormerStaffOfAnOrgNamedAsExamples) {
  EXPECT_EQ(Lines("Several former Tarrow Labs researchers, including Ida Berg and Nils Aas, have joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs", "join Ida Berg @ Oskin AI",
               "join Nils Aas @ Oskin AI"}));
  EXPECT_EQ(Lines("Former Tarrow Labs staff such as Ida Berg and Nils Aas spoke at the event."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs"}));
  // Present staff, or things, named as examples: nothing.
  EXPECT_EQ(Lines("Current Tarrow Labs researchers, including Ida Berg and Nils Aas, signed the letter."), V{});
  EXPECT_EQ(Lines("Former Tarrow Labs products, including Fjord, were retired."), V{});
}

TEST(EnglishExtraction, ACompanyPostWelcomesSomeoneWhoJoinsUsFromAnOrg) {
  EXPECT_EQ(Lines("We're thrilled to welcome Ida Berg to Oskin AI as our new head of research. Ida joins us from "
                  "Tarrow Labs, where she led the speech team."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Please join me in welcoming Ida Berg to Oskin AI."), V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg joins us from Tarrow Labs.", "Oskin AI hires a new head of research"),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // Welcomed to a place, visitors welcomed, a wish, or an "us" of no known
  // org: no join.
  EXPECT_EQ(Lines("The mayor welcomed Ida Berg to Oslo."), V{});
  EXPECT_EQ(Lines("Ida Berg welcomed visitors to Oskin AI on Monday."), V{});
  EXPECT_EQ(Lines("We would love to welcome Ida Berg to Oskin AI one day."), V{});
  EXPECT_EQ(Lines("Ida Berg joins us from Tarrow Labs."), V{});
}

TEST(EnglishExtraction, AModelNowLiveIsReleased) {
  EXPECT_EQ(Lines("Brisa 4 is now live for all users, Oskin AI said."), V{"release Oskin AI: Brisa 4"});
  // Not a model, not yet, or only to come: no release.
  EXPECT_EQ(Lines("Oskin AI said its website is now live."), V{});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 is not yet live."), V{});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 will be live next month."), V{});
}

TEST(EnglishExtraction, TheStartUpSomeoneFoundedIsTheNameInAppositionBeforeIt) {
  EXPECT_EQ(Lines("Fjordline, the start-up Ida Berg founded after leaving Oskin AI, has raised money."),
            (V{"departure Ida Berg @ Oskin AI", "founded Ida Berg @ Fjordline"}));
  // With no name before it, "the company" is the article's org.
  EXPECT_EQ(Lines("Oskin AI is growing. Ida Berg said the company she founded in 2019 would hire."),
            V{"founded Ida Berg @ Oskin AI"});
}

TEST(EnglishExtraction, FoundedByOpeningTheSentenceWithADateBeforeTheComma) {
  EXPECT_EQ(Lines("Founded by Ida Berg and Nils Aas in 2022, Fjordline builds coding agents."),
            (V{"founded Ida Berg @ Fjordline", "founded Nils Aas @ Fjordline"}));
  EXPECT_EQ(Lines("Founded by Ida Berg last year, Fjordline Labs builds coding agents."),
            V{"founded Ida Berg @ Fjordline Labs"});
  // No org after the comma: nothing.
  EXPECT_EQ(Lines("Founded by Ida Berg in 2022, the start-up builds coding agents."), V{});
}

TEST(EnglishExtraction, BeforeThatSheWasAtAnOrg) {
  EXPECT_EQ(Lines("Ida Berg founded Fjordline in 2023. Before that, she was a research scientist at Oskin AI."),
            (V{"departure Ida Berg @ Oskin AI", "founded Ida Berg @ Fjordline"}));
  // No org, or no one named before: nothing.
  EXPECT_EQ(Lines("Ida Berg spoke at the event. Before that, she was at lunch with Nils Aas."), V{});
  EXPECT_EQ(Lines("Before that, she was a research scientist at Oskin AI."), V{});
}

TEST(EnglishExtraction, AFormerPostInTheSecondHalfOfAnAppositive) {
  EXPECT_EQ(Lines("Ida Berg, a co-founder of Fjordline and a former Oskin AI researcher, said it would hire."),
            (V{"departure Ida Berg @ Oskin AI", "founded Ida Berg @ Fjordline"}));
  // A second person listed after the appositive is not its subject.
  EXPECT_EQ(Lines("Ida Berg, a Fjordline engineer, and a former Oskin AI researcher spoke on Monday."), V{});
}

TEST(EnglishExtraction, SomeoneAlongWithTheSubjectMovesToo) {
  EXPECT_EQ(Lines("Ida Berg, along with Nils Aas, has left Tarrow Labs."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Nils Aas @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Ida Berg, alongside Nils Aas and Tove Lund, will join Oskin AI in May."),
            (V{"join Ida Berg @ Oskin AI", "join Nils Aas @ Oskin AI", "join Tove Lund @ Oskin AI"}));
  // Unnamed colleagues, or a companion inside a relative clause: only the subject.
  EXPECT_EQ(Lines("Ida Berg, together with two colleagues, has left Tarrow Labs."),
            V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Ida Berg, who worked along with Nils Aas, has left Tarrow Labs."),
            V{"departure Ida Berg @ Tarrow Labs"});
}

TEST(EnglishExtraction, NoLongerWithOutAtAndHandedInHerNotice) {
  EXPECT_EQ(Lines("Ida Berg is no longer with Tarrow Labs, a spokesperson confirmed."),
            V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Tarrow Labs said Ida Berg is no longer with the company."), V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Ida Berg is out at Tarrow Labs after just eight months."), V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Ida Berg has handed in her notice at Tarrow Labs."), V{"departure Ida Berg @ Tarrow Labs"});
  // Out at an event, no longer doing a task, or denied: nothing.
  EXPECT_EQ(Lines("Ida Berg was out at the event on Monday."), V{});
  EXPECT_EQ(Lines("Ida Berg is no longer working on Fjord at Tarrow Labs."), V{});
  EXPECT_EQ(Lines("Ida Berg said she is not out at Tarrow Labs."), V{});
}

TEST(EnglishExtraction, HavingLeftAnOrgInAParticipleClause) {
  EXPECT_EQ(Lines("Having left Tarrow Labs in March, Ida Berg joined Oskin AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // Since version 14 "now leads research at B" right after the one who left
  // joins B too, as the labelling rules call for.
  EXPECT_EQ(Lines("Ida Berg now leads research at Oskin AI, having left Tarrow Labs in March."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  EXPECT_EQ(Lines("Oskin AI said Ida Berg, having left Tarrow Labs, would start in May."),
            V{"departure Ida Berg @ Tarrow Labs"});
  // Only weighed, or never: no departure.
  EXPECT_EQ(Lines("Ida Berg, having considered leaving Tarrow Labs, decided to stay."), V{});
  EXPECT_EQ(Lines("Having never left Tarrow Labs, Ida Berg runs its oldest team."), V{});
}

TEST(EnglishExtraction, AModelOwningTheReleasedOneIsNotReleased) {
  EXPECT_EQ(Lines("Oskin AI open-sourced Brisa 5's smaller sibling, Brisa 5 Mini."), V{"release Oskin AI: Brisa 5 Mini"});
  EXPECT_EQ(Lines("Oskin AI released Brisa 5's successor, Brisa 6, on Monday."), V{"release Oskin AI: Brisa 6"});
  EXPECT_EQ(Lines("Oskin AI released Brisa 5 and Brisa 5 Mini."),
            (V{"release Oskin AI: Brisa 5", "release Oskin AI: Brisa 5 Mini"}));
}

TEST(EnglishExtraction, HyphensBetweenSpacesAreADash) {
  EXPECT_EQ(Lines("Two engineers at Tarrow Labs - Ida Berg and Noor Saleh - have resigned."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Noor Saleh @ Tarrow Labs"}));
  EXPECT_EQ(Lines("Two engineers at Tarrow Labs -- Ida Berg and Noor Saleh -- have joined Oskin AI."),
            (V{"join Ida Berg @ Oskin AI", "join Noor Saleh @ Oskin AI"}));
  // A hyphen inside a name stays a hyphen.
  EXPECT_EQ(Lines("Ida Berg-Saleh has joined Oskin AI."), V{"join Ida Berg-Saleh @ Oskin AI"});
}

TEST(EnglishExtraction, LeavingToStartACompanyDoesNotLeaveIt) {
  EXPECT_EQ(Lines("Ida Berg has left to start a new company, Fjordline Systems."), V{"founded Ida Berg @ Fjordline Systems"});
  EXPECT_EQ(Lines("Ida Berg has left to start a new company, Fjordline Systems.", "Tarrow Labs loses a researcher"),
            (V{"departure Ida Berg @ Tarrow Labs", "founded Ida Berg @ Fjordline Systems"}));
}

TEST(EnglishExtraction, LeftToCoFoundTheStartUpNamedAfterACompanyNoun) {
  EXPECT_EQ(Lines("Ida Berg left Tarrow Labs in 2022 to co-found the robotics start-up Quill Motion."),
            (V{"departure Ida Berg @ Tarrow Labs", "founded Ida Berg @ Quill Motion"}));
  EXPECT_EQ(Lines("Ida Berg left Tarrow Labs to co-found the now-defunct Quill AI."),
            (V{"departure Ida Berg @ Tarrow Labs", "founded Ida Berg @ Quill AI"}));
  // A lab or office of the company: no founding.
  EXPECT_EQ(Lines("Ida Berg left Tarrow Labs to start the company's Oslo office."), V{"departure Ida Berg @ Tarrow Labs"});
  EXPECT_EQ(Lines("Ida Berg left Tarrow Labs to start the lab."), V{"departure Ida Berg @ Tarrow Labs"});
}

TEST(EnglishExtraction, ATitleOrgBeforeSpinOutOrRivalIsNotTheTopic) {
  EXPECT_EQ(Lines("The company was founded by Ida Berg.", "Tarrow Labs spin-out Quill Systems launches"),
            V{"founded Ida Berg @ Quill Systems"});
  EXPECT_EQ(Lines("The company was founded by Ida Berg.", "Tarrow Labs rival Quill Systems raises $10 million"),
            V{"founded Ida Berg @ Quill Systems"});
  // Without the modifier the title's first org stays the topic.
  EXPECT_EQ(Lines("The company was founded by Ida Berg.", "Tarrow Labs invests in Quill Systems"),
            V{"founded Ida Berg @ Tarrow Labs"});
}

TEST(EnglishExtraction, AJoinInThePersonsOwnQuote) {
  EXPECT_EQ(Lines("\"I'm thrilled to join Oskin AI,\" Ida Berg wrote on LinkedIn."), V{"join Ida Berg @ Oskin AI"});
  EXPECT_EQ(Lines("Ida Berg is leaving Tarrow Labs. “I am excited to be joining Oskin AI, where I'll work on agents,” "
                  "she wrote."),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // Only wished, or not a move: nothing.
  EXPECT_EQ(Lines("\"I'd be thrilled to join Oskin AI,\" Ida Berg said."), V{});
  EXPECT_EQ(Lines("\"We're thrilled to join forces with Oskin AI,\" Ida Berg said."), V{});
}

TEST(EnglishExtraction, ItsModelIsNotOwnedByAFormerEmployer) {
  EXPECT_EQ(Lines("Quill Systems was founded by former Tarrow Labs researchers Ida Berg and Noor Saleh, and its first "
                  "model, Quill-1, is available today."),
            (V{"departure Ida Berg @ Tarrow Labs", "departure Noor Saleh @ Tarrow Labs", "founded Ida Berg @ Quill Systems",
               "founded Noor Saleh @ Quill Systems", "release Quill Systems: Quill-1"}));
  // The org itself, not a former employer: still its owner.
  EXPECT_EQ(Lines("Tarrow Labs said on Monday that its first model, Tarrow-1, is available today."),
            V{"release Tarrow Labs: Tarrow-1"});
}

TEST(EnglishExtraction, AReasoningWordEndsAnOrgName) {
  EXPECT_EQ(Lines("Harrow Reasoning said on Friday it had raised $40 million. Harrow, which Ana Ruiz co-founded with "
                  "Omar Diallo in 2023, released its Harrow-2 model in March."),
            (V{"founded Ana Ruiz @ Harrow Reasoning", "founded Omar Diallo @ Harrow Reasoning",
               "release Harrow Reasoning: Harrow-2"}));
}

TEST(EnglishExtraction, AModelHittingGeneralAvailabilityIsReleased) {
  EXPECT_EQ(Lines("Pell Labs' Tarn 3 hits general availability on Tuesday, after a preview of the model."),
            V{"release Pell Labs: Tarn 3"});
  EXPECT_EQ(Lines("Pell Labs said Tarn 3 reached general availability this week. The model was in preview."),
            V{"release Pell Labs: Tarn 3"});
  // A plan, or something else hit: nothing.
  EXPECT_EQ(Lines("Pell Labs said Tarn 3 will hit general availability next month. The model is in preview."), V{});
  EXPECT_EQ(Lines("Pell Labs' Tarn 3 hit a record on coding benchmarks. The model is in preview."), V{});
}

TEST(EnglishExtraction, PushingAModelsDebutToALaterTimeIsADelay) {
  EXPECT_EQ(Lines("Pell Labs has pushed Tarn 3's debut to 2027, the company said. The model was due in June."),
            V{"delay Pell Labs: Tarn 3"});
  EXPECT_EQ(Lines("Pell Labs pushed Tarn 3's launch to the second half of next year. The model was due in June."),
            V{"delay Pell Labs: Tarn 3"});
  // A person's appointment moved is no model's delay.
  EXPECT_EQ(Lines("Pell Labs pushed Ana Ruiz's appointment to next year."), V{});
}

TEST(EnglishExtraction, AKindOfModelBetweenTheModelAndItsNounInADelay) {
  EXPECT_EQ(Lines("Pell Labs' Tarn-4 reasoning model slips to next quarter, according to two people."),
            V{"delay Pell Labs: Tarn-4"});
  EXPECT_EQ(Lines("Pell Labs said its Tarn-4 open coding model was delayed."), V{"delay Pell Labs: Tarn-4"});
}

TEST(EnglishExtraction, FormerlyAtOneOrgNowHeadsAnother) {
  EXPECT_EQ(Lines("Ana Ruiz, formerly Pell Labs' head of post-training, now heads Harrow AI's applied research group."),
            (V{"departure Ana Ruiz @ Pell Labs", "join Ana Ruiz @ Harrow AI"}));
  EXPECT_EQ(Lines("Ana Ruiz, who previously ran post-training at Pell Labs, now leads research at Harrow AI."),
            (V{"departure Ana Ruiz @ Pell Labs", "join Ana Ruiz @ Harrow AI"}));
  // Someone else now leads B, the same org, or no org: no join.
  EXPECT_EQ(Lines("Ana Ruiz, formerly of Pell Labs, said Omar Diallo now leads Harrow AI."),
            V{"departure Ana Ruiz @ Pell Labs"});
  EXPECT_EQ(Lines("Ana Ruiz, formerly a researcher at Pell Labs, now leads Pell Labs' safety team."),
            V{"departure Ana Ruiz @ Pell Labs"});
  EXPECT_EQ(Lines("Ana Ruiz, formerly of Pell Labs, now heads the company's Paris office."),
            V{"departure Ana Ruiz @ Pell Labs"});
}


TEST(EnglishExtraction, HoldingBackAModelIsADelay) {
  EXPECT_EQ(Lines("Pell Labs is holding back Tarn-4 after safety tests found problems."), V{"delay Pell Labs: Tarn-4"});
  EXPECT_EQ(Lines("Pell Labs held back Tarn-4, its largest model, citing safety."), V{"delay Pell Labs: Tarn-4"});
  EXPECT_EQ(Lines("Pell Labs is holding back Tarn-4 until its safety review is done."), V{"delay Pell Labs: Tarn-4"});
  // Holding back on something, or held back by something: no model kept back.
  EXPECT_EQ(Lines("Pell Labs is holding back on hiring this year."), V{});
  EXPECT_EQ(Lines("Pell Labs said growth was held back by chip supply."), V{});
}

TEST(EnglishExtraction, NowLeadsAnOrgHavingLeftAnother) {
  EXPECT_EQ(Lines("Ana Ruiz now leads research at Harrow AI, having left Pell Labs in March."),
            (V{"departure Ana Ruiz @ Pell Labs", "join Ana Ruiz @ Harrow AI"}));
  // Someone else who now leads B: no join for the one who left.
  EXPECT_EQ(Lines("Ana Ruiz left Pell Labs in March; Omar Diallo now leads research at Harrow AI."),
            V{"departure Ana Ruiz @ Pell Labs"});
}

TEST(EnglishExtraction, BeforeFoundingAnOrg) {
  EXPECT_EQ(Lines("Ana Ruiz spent six years at Pell Labs before founding Harrow AI."),
            (V{"departure Ana Ruiz @ Pell Labs", "founded Ana Ruiz @ Harrow AI"}));
  // "founding" as an adjective founds nothing.
  EXPECT_EQ(Lines("Ana Ruiz, a founding engineer at Harrow AI, spoke on Monday."), V{});
}

TEST(EnglishExtraction, TwoOrgsOpeningTheClauseReleaseAModelTogether) {
  EXPECT_EQ(Lines("Pell Labs and Harrow AI released Tarn-5, a jointly trained model."),
            (V{"release Harrow AI: Tarn-5", "release Pell Labs: Tarn-5"}));
  EXPECT_EQ(Lines("The firms said that Pell Labs and Harrow AI have launched Tarn-5."),
            (V{"release Harrow AI: Tarn-5", "release Pell Labs: Tarn-5"}));
  // The first org not opening the clause is no partner.
  EXPECT_EQ(Lines("Former staff of Pell Labs and Harrow AI released Tarn-5 on Monday."),
            V{"release Harrow AI: Tarn-5"});
}


TEST(EnglishExtraction, InsteadRightBeforeTheVerbIsWhatWasDone) {
  EXPECT_EQ(Lines("Pell Labs has instead released Tarn 2.5, an update to its current model."),
            V{"release Pell Labs: Tarn 2.5"});
  // "instead of" before the verb still hedges it.
  EXPECT_EQ(Lines("Ana Ruiz stayed at Pell Labs instead of joining Harrow AI."), V{});
}

TEST(EnglishExtraction, SomeoneWhomAnOrgOrItsFounderRecruited) {
  EXPECT_EQ(Lines("Ana Ruiz founded Harrow AI in 2024. Its first hire was Omar Diallo, whom Ruiz recruited from Pell Labs."),
            (V{"departure Omar Diallo @ Pell Labs", "founded Ana Ruiz @ Harrow AI", "join Omar Diallo @ Harrow AI"}));
  EXPECT_EQ(Lines("Omar Diallo, whom Harrow AI recruited from Pell Labs in May, leads its robotics team."),
            (V{"departure Omar Diallo @ Pell Labs", "join Omar Diallo @ Harrow AI"}));
  EXPECT_EQ(Lines("Omar Diallo, whom Harrow AI hired last year, spoke on Monday."), V{"join Omar Diallo @ Harrow AI"});
  // Someone met, not hired: nothing.
  EXPECT_EQ(Lines("Omar Diallo, whom Ruiz met at Pell Labs, spoke on Monday."), V{});
}

TEST(EnglishExtraction, AGroupHiredFromAnOrgNamedByOneWord) {
  EXPECT_EQ(Lines("Brask Labs has hired four engineers from Tollan, including Ines Calloway and Ruben Ostrowski."),
            (V{"departure Ines Calloway @ Tollan", "departure Ruben Ostrowski @ Tollan", "join Ines Calloway @ Brask Labs",
               "join Ruben Ostrowski @ Brask Labs"}));
  EXPECT_EQ(Lines("Brask Labs hired two engineers from Tollan: Ines Calloway and Ruben Ostrowski."),
            (V{"departure Ines Calloway @ Tollan", "departure Ruben Ostrowski @ Tollan", "join Ines Calloway @ Brask Labs",
               "join Ruben Ostrowski @ Brask Labs"}));
  // Talks about a hire: nothing.
  EXPECT_EQ(Lines("Brask Labs is said to be in talks to hire four engineers from Tollan, including Ines Calloway."),
            V{});
}

TEST(EnglishExtraction, AModelThatWouldSlipOrWhoseAvailabilityWasPushed) {
  EXPECT_EQ(Lines("Brask Labs said the Fenwick 3 model would slip to next quarter."), V{"delay Brask Labs: Fenwick 3"});
  EXPECT_EQ(Lines("Brask Labs has pushed general availability of Fenwick 3 to next quarter."),
            V{"delay Brask Labs: Fenwick 3"});
  // A denial, the noun "slip", and availability pushed to more users: no delay.
  EXPECT_EQ(Lines("Brask Labs denied that Fenwick 3 would slip to next quarter."), V{});
  EXPECT_EQ(Lines("Brask Labs said Fenwick 3 is expected to slip to next quarter."), V{});
  EXPECT_EQ(Lines("Analysts fear a slip to next quarter for Fenwick 3 at Brask Labs."), V{});
  EXPECT_EQ(Lines("Brask Labs pushed general availability of Fenwick 3 to more customers."), V{});
}

TEST(EnglishExtraction, AModelThatGoesGenerallyAvailable) {
  EXPECT_EQ(Lines("Brask Labs builds models. Fenwick 3 Mini, a smaller sibling, goes GA this week."),
            V{"release Brask Labs: Fenwick 3 Mini"});
  EXPECT_EQ(Lines("Brask Labs builds models. Fenwick 3 Mini went generally available on Monday."),
            V{"release Brask Labs: Fenwick 3 Mini"});
  // A later time is a plan; an appositive naming a rival's models is a comparison.
  EXPECT_EQ(Lines("Brask Labs builds models. Fenwick 3 Mini goes GA next month."), V{});
  EXPECT_EQ(Lines("Brask Labs builds models. Fenwick 3 Mini, a rival to Tollan's models, goes GA this week."), V{});
}


TEST(EnglishExtraction, APassiveDelayTakesTheOrgThatReleasedTheFamily) {
  EXPECT_EQ(Lines("Wrayburn made Cassock-2 available to developers on Monday. The larger Cassock-2 Max has been pushed back to "
                  "June."),
            (V{"delay Wrayburn: Cassock-2 Max", "release Wrayburn: Cassock-2"}));
  // A model of another family has no such org.
  EXPECT_EQ(Lines("Wrayburn made Cassock-2 available to developers on Monday. Pellam 4 has been pushed back to June."),
            V{"release Wrayburn: Cassock-2"});
}

TEST(EnglishExtraction, StintsAtSeveralOrgsAreEachOver) {
  EXPECT_EQ(Lines("After stints at Mossgiel Data and Carrow Research, Elspeth Vandermolen joined Ashgrove in 2020."),
            (V{"departure Elspeth Vandermolen @ Carrow Research", "departure Elspeth Vandermolen @ Mossgiel Data",
               "join Elspeth Vandermolen @ Ashgrove"}));
  EXPECT_EQ(Lines("Elspeth Vandermolen joined Ashgrove in 2020 following stints at Mossgiel Data, Carrow Research "
                  "and Brindle Labs."),
            (V{"departure Elspeth Vandermolen @ Brindle Labs", "departure Elspeth Vandermolen @ Carrow Research",
               "departure Elspeth Vandermolen @ Mossgiel Data", "join Elspeth Vandermolen @ Ashgrove"}));
  // A plan, and a list item that is no org.
  EXPECT_EQ(Lines("Elspeth Vandermolen will join Ashgrove after stints at Mossgiel Data and Carrow Research."),
            V{"join Elspeth Vandermolen @ Ashgrove"});
  EXPECT_EQ(Lines("After stints at Mossgiel Data and in academia, Elspeth Vandermolen joined Ashgrove."),
            (V{"departure Elspeth Vandermolen @ Mossgiel Data", "join Elspeth Vandermolen @ Ashgrove"}));
}

TEST(EnglishExtraction, AFormerPostAfterACurrentRole) {
  EXPECT_EQ(Lines("Torvald Inchcape-Moss, co-founder and former CTO of Varga Labs, now advises start-ups."),
            (V{"departure Torvald Inchcape-Moss @ Varga Labs", "founded Torvald Inchcape-Moss @ Varga Labs"}));
  // Both roles held: no departure.
  EXPECT_EQ(Lines("Torvald Inchcape-Moss, the co-founder and CTO of Varga Labs, said so."),
            V{"founded Torvald Inchcape-Moss @ Varga Labs"});
}


TEST(EnglishExtraction, FormerlyOfAIsNowAtB) {
  EXPECT_EQ(Lines("Gunnhild Oyarzabal, formerly of Pinnow Labs, is now at Hestercombe."),
            (V{"departure Gunnhild Oyarzabal @ Pinnow Labs", "join Gunnhild Oyarzabal @ Hestercombe"}));
  EXPECT_EQ(Lines("Gunnhild Oyarzabal, formerly of Pinnow Labs, now works at Hestercombe."),
            (V{"departure Gunnhild Oyarzabal @ Pinnow Labs", "join Gunnhild Oyarzabal @ Hestercombe"}));
  // One item of a list of moves.
  EXPECT_EQ(Lines("Ilse Marrak left Tollgate for Pinnow Labs; and Gunnhild Oyarzabal, formerly of Brackwater AI, is "
                  "now at Hestercombe."),
            (V{"departure Gunnhild Oyarzabal @ Brackwater AI", "departure Ilse Marrak @ Tollgate",
               "join Gunnhild Oyarzabal @ Hestercombe", "join Ilse Marrak @ Pinnow Labs"}));
  // Someone else now at B, or a present post with no past one: no join.
  EXPECT_EQ(Lines("Gunnhild Oyarzabal, formerly of Pinnow Labs, said Ilse Marrak is now at Hestercombe."),
            V{"departure Gunnhild Oyarzabal @ Pinnow Labs"});
  EXPECT_EQ(Lines("Gunnhild Oyarzabal, a researcher at Pinnow Labs, is now at Hestercombe."), V{});
}

TEST(EnglishExtraction, TakesUpAPostAtB) {
  EXPECT_EQ(Lines("Odile Brannagh has quit Pentreath Labs and will take up a research post at Kinver Systems."),
            (V{"departure Odile Brannagh @ Pentreath Labs", "join Odile Brannagh @ Kinver Systems"}));
  EXPECT_EQ(Lines("Odile Brannagh has taken a senior teaching role at Kinver Systems."),
            V{"join Odile Brannagh @ Kinver Systems"});
  // Not a post at an org, nor a stand taken.
  EXPECT_EQ(Lines("Odile Brannagh will take up a new hobby at home."), V{});
  EXPECT_EQ(Lines("Odile Brannagh took a firm position at the hearing."), V{});
}

TEST(EnglishExtraction, ResurfacedAtB) {
  EXPECT_EQ(Lines("Teodric Vallance, the former head of data at Morwenna AI, has resurfaced at Quillon."),
            (V{"departure Teodric Vallance @ Morwenna AI", "join Teodric Vallance @ Quillon"}));
  // Not a place.
  EXPECT_EQ(Lines("Teodric Vallance resurfaced at a conference in Lisbon."), V{});
}

TEST(EnglishExtraction, BothOfWhomPreviouslyWorkedAtA) {
  EXPECT_EQ(Lines("Quillon was started by Aurelie Dunstan and Hamish Trengrouse, both of whom previously worked at "
                  "Morwenna AI."),
            (V{"departure Aurelie Dunstan @ Morwenna AI", "departure Hamish Trengrouse @ Morwenna AI",
               "founded Aurelie Dunstan @ Quillon", "founded Hamish Trengrouse @ Quillon"}));
}

TEST(EnglishExtraction, CutHerTeethAtAAndASpellAtB) {
  EXPECT_EQ(Lines("Aurelie Dunstan, who cut her teeth at Morwenna AI, has joined Quillon as chief scientist."),
            (V{"departure Aurelie Dunstan @ Morwenna AI", "join Aurelie Dunstan @ Quillon"}));
  EXPECT_EQ(Lines("Hamish Trengrouse joined Quillon after a two-year spell at Morwenna AI."),
            (V{"departure Hamish Trengrouse @ Morwenna AI", "join Hamish Trengrouse @ Quillon"}));
  // No move in the sentence: where a career began says nothing of now.
  EXPECT_EQ(Lines("Aurelie Dunstan, who cut her teeth at Morwenna AI, spoke on Tuesday."), V{});
  // A spell that is no post.
  EXPECT_EQ(Lines("Hamish Trengrouse joined Quillon after a dry spell in fundraising."),
            V{"join Hamish Trengrouse @ Quillon"});
}

TEST(EnglishExtraction, TookTheWrapsOffAndDroppedAModel) {
  EXPECT_EQ(Lines("Harrowgate AI took the wraps off Merrow-3 on Monday and dropped a compact variant, Merrow-3 Nano, "
                  "the same day."),
            (V{"release Harrowgate AI: Merrow-3", "release Harrowgate AI: Merrow-3 Nano"}));
  EXPECT_EQ(Lines("Harrowgate AI dropped Merrow-3 on Monday."), V{"release Harrowgate AI: Merrow-3"});
  // Dropping something else, or a plan to unveil.
  EXPECT_EQ(Lines("Harrowgate AI dropped support for Merrow-2 on Monday."), V{});
  EXPECT_EQ(Lines("Harrowgate AI dropped its plans for Merrow-4."), V{});
  // Taken off a lineup.
  EXPECT_EQ(Lines("Harrowgate AI dropped Merrow-1 from its API on Monday."), V{});
  EXPECT_EQ(Lines("Harrowgate AI dropped an older model, Merrow-1, in favour of Merrow-3."), V{});
  EXPECT_EQ(Lines("Harrowgate AI will take the wraps off Merrow-4 next month."), V{});
}

TEST(EnglishExtraction, WalkedAwayFromA) {
  EXPECT_EQ(Lines("Maelis Harcourt has walked away from Tamsworth Labs after six years."),
            V{"departure Maelis Harcourt @ Tamsworth Labs"});
  EXPECT_EQ(Lines("When Corwin Aldane started Brisling AI in 2022, he had just walked away from a decade at Microsoft "
                  "Research."),
            (V{"departure Corwin Aldane @ Microsoft Research", "founded Corwin Aldane @ Brisling AI"}));
  EXPECT_EQ(Lines("Maelis Harcourt walked away from her job at Tamsworth Labs in March."),
            V{"departure Maelis Harcourt @ Tamsworth Labs"});
  // Walking away from something that is no employer.
  EXPECT_EQ(Lines("Maelis Harcourt walked away from the talks with Tamsworth Labs on Friday."), V{});
  EXPECT_EQ(Lines("Maelis Harcourt walked away from a deal with Tamsworth Labs."), V{});
  EXPECT_EQ(Lines("Maelis Harcourt walked away from the stage to loud applause."), V{});
}

TEST(EnglishExtraction, WhatInvestorsHoldIsAnOrg) {
  // A rating, a stake or shares are in a company, which the title is then
  // about; "the company" is that company, not the investor.
  EXPECT_EQ(Lines("Analysts at Orvane Capital cut their rating on Pellucid Vision. The company delayed Pellucid "
                  "Scout 3 on Monday.",
                  "Pellucid Vision: Scout 3 slips"),
            V{"delay Pellucid Vision: Pellucid Scout 3"});
  EXPECT_EQ(Lines("Orvane Capital has raised its stake in Pellucid Vision. The company released Pellucid Scout 2 on "
                  "Monday.",
                  "Pellucid Vision gains as Scout 2 ships"),
            V{"release Pellucid Vision: Pellucid Scout 2"});
}

TEST(EnglishExtraction, OrgsWhoseModelsOneCompetesWithAreNotTheTopic) {
  // Each org of the list after "compete with" is a competitor, not the
  // org "the company" stands for.
  EXPECT_EQ(Lines("Pellucid Scout 3 was built to compete with OpenAI's GPT-5 and Google's Gemini 2.5 Pro. The "
                  "company delayed Pellucid Scout 3 on Monday."),
            V{});
  EXPECT_EQ(Lines("Pellucid Scout 3 will compete head-on with Anthropic's Claude Opus 4, OpenAI's GPT-5 and Google's "
                  "Gemini 2.5 Pro. The company released Pellucid Scout 2 in March."),
            V{});
}

TEST(EnglishExtraction, WalkedOutOfAForTheLastTime) {
  EXPECT_EQ(Lines("Tobiah Renwick walked out of Quenby Labs in April after nine years."),
            V{"departure Tobiah Renwick @ Quenby Labs"});
  EXPECT_EQ(Lines("When Tobiah Renwick walked out of Quenby Labs' London office for the last time, he took the "
                  "recipes with him."),
            V{"departure Tobiah Renwick @ Quenby Labs"});
  // A protest, a meeting, an office left for the day: no employer left.
  EXPECT_EQ(Lines("Hundreds of staff walked out of Quenby Labs' offices on Thursday to protest the contract."), V{});
  EXPECT_EQ(Lines("Tobiah Renwick walked out of the meeting with Quenby Labs."), V{});
}

TEST(EnglishExtraction, LessCommonWordsForAJob) {
  EXPECT_EQ(Lines("Odile Marchetti has taken a job with Pelham Analytics, the firm said."),
            V{"join Odile Marchetti @ Pelham Analytics"});
  EXPECT_EQ(Lines("Odile Marchetti will resurface at Pelham Analytics in June as chief scientist."),
            V{"join Odile Marchetti @ Pelham Analytics"});
  EXPECT_EQ(Lines("Odile Marchetti wrote that she is starting a new chapter at Pelham Analytics after seven years at "
                  "Gravenor AI."),
            (V{"departure Odile Marchetti @ Gravenor AI", "join Odile Marchetti @ Pelham Analytics"}));
  EXPECT_EQ(Lines("Odile Marchetti, who ran evaluation, was snapped up within weeks by Pelham Analytics."),
            V{"join Odile Marchetti @ Pelham Analytics"});
  EXPECT_EQ(Lines("Odile Marchetti will land at Pelham Analytics in June."), V{"join Odile Marchetti @ Pelham Analytics"});
  EXPECT_EQ(Lines("Odile Marchetti began a new chapter with Pelham Analytics in May."),
            V{"join Odile Marchetti @ Pelham Analytics"});
  EXPECT_EQ(Lines("Odile Marchetti has accepted a role with Pelham Analytics."),
            V{"join Odile Marchetti @ Pelham Analytics"});
  EXPECT_EQ(Lines("Odile Marchetti was hired quickly by Pelham Analytics."), V{"join Odile Marchetti @ Pelham Analytics"});
  // A chapter that is no employer, a job with nobody named.
  EXPECT_EQ(Lines("Odile Marchetti said she is starting a new chapter in her life."), V{});
  EXPECT_EQ(Lines("Odile Marchetti has taken a job with more travel."), V{});
  EXPECT_EQ(Lines("Pelham Analytics could snap up Odile Marchetti, people close to the talks said."), V{});
}

TEST(EnglishExtraction, OnetimeAndErstwhileAreFormer) {
  EXPECT_EQ(Lines("Brightholm AI was started in 2024 by Ines Carvalho, a onetime Gravenor AI product lead."),
            (V{"departure Ines Carvalho @ Gravenor AI", "founded Ines Carvalho @ Brightholm AI"}));
  EXPECT_EQ(Lines("Erstwhile Gravenor AI researcher Ines Carvalho spoke at the event."),
            V{"departure Ines Carvalho @ Gravenor AI"});
  // Not a post: "one time" as two words.
  EXPECT_EQ(Lines("Ines Carvalho, a Gravenor AI product lead, said it happened one time."), V{});
}

TEST(EnglishExtraction, FoundedByAfterAnAppositiveNamesTheCompanyBeforeIt) {
  // "the start-up" stands for the name before the comma, not the org the
  // article is about.
  EXPECT_EQ(Lines("Pelham Analytics hired two engineers. Tarn Harbor, the mapping start-up set up last year by ex-Pelham "
                  "Analytics engineers Rui Tanaka and Ola Berg, raised $12 million."),
            (V{"departure Ola Berg @ Pelham Analytics", "departure Rui Tanaka @ Pelham Analytics",
               "founded Ola Berg @ Tarn Harbor", "founded Rui Tanaka @ Tarn Harbor"}));
}

TEST(EnglishExtraction, ACorrectionRetractsTheMoveItReports) {
  EXPECT_EQ(Lines("An earlier version of this story said that Hollis Grange had left Pelham Analytics to join Gravenor "
                  "AI."),
            V{});
  EXPECT_EQ(Lines("The report incorrectly stated that Hollis Grange had joined Gravenor AI."), V{});
  // The corrected fact still counts.
  EXPECT_EQ(Lines("It was Pelham Analytics' former head of data, Wren Ashby, who joined Gravenor AI in May."),
            (V{"departure Wren Ashby @ Pelham Analytics", "join Wren Ashby @ Gravenor AI"}));
}

TEST(EnglishExtraction, AQuarterRatherThanThisYearIsLater) {
  // "this year" runs to December: a quarter put in its place is next year's.
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 would now arrive in the second quarter rather than this year."),
            V{"delay Oskin AI: Brisa 4"});
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 would now arrive in the third quarter rather than in the first quarter."),
            V{"delay Oskin AI: Brisa 4"});
  // Brought forward: no delay.
  EXPECT_EQ(Lines("Oskin AI said Brisa 4 would now ship this year rather than next year."), V{});
}

TEST(EnglishExtraction, TheVersionNamedBetweenCommasIsOfTheLastRelease) {
  // "The largest version, M," after the article said what was released.
  EXPECT_EQ(Lines("Pelham Analytics released Pelham Lens 3 in May. The largest version, Pelham Lens 3 XL, has been "
                  "delayed.",
                  "Pelham Analytics ships Lens 3"),
            (V{"delay Pelham Analytics: Pelham Lens 3 XL", "release Pelham Analytics: Pelham Lens 3"}));
  // No release before: whose version it is stays unsaid.
  EXPECT_EQ(Lines("The largest version, Pelham Lens 3 XL, has been delayed."), V{});
}

TEST(EnglishExtraction, YouInAnInterviewQuestionIsThePersonInterviewed) {
  EXPECT_EQ(Lines("Ines Moll has led research at Tarrow Labs since 2021. We spoke to her. Q: You came to Tarrow Labs "
                  "from Microsoft. What made you leave?"),
            (V{"departure Ines Moll @ Microsoft", "join Ines Moll @ Tarrow Labs"}));
  // A question about a move, or "you" outside a question line: nothing.
  EXPECT_EQ(Lines("Ines Moll has led research at Tarrow Labs since 2021. Q: Are you leaving Tarrow Labs? A: No."), V{});
  EXPECT_EQ(Lines("Ines Moll has led research at Tarrow Labs since 2021. You joined Tarrow Labs in 2021, she said."),
            V{});
}

// Real feed text (tests/data/extraction-feeds.jsonl) put the rules in
// columns, podcasts and stock notes; each construction below gave a wrong
// fact there.

TEST(EnglishFeedText, PublishedAtAVenueIsNoRelease) {
  EXPECT_EQ(Lines("In joint work with researchers at Harrowgate Institute published at NeurIPS'24, we showed the "
                  "attack works."),
            V{});
  EXPECT_EQ(Lines("A team at Harrowgate Institute published in Vellum-7 last spring, the journal's first issue."), V{});
  // A model after the verb, or "in" a month, is still a release.
  EXPECT_EQ(Lines("Tallow Labs published Quill-3 in June, its first open-weight model."),
            V{"release Tallow Labs: Quill-3"});
  EXPECT_EQ(Lines("Tallow Labs released Quill-3 in June."), V{"release Tallow Labs: Quill-3"});
}

TEST(EnglishFeedText, APronounBeforeAPassiveReleaseVerbIsWhatWasReleased) {
  // "it was first introduced": "it" is the thing introduced, not the
  // article's org introducing what the next clause names.
  EXPECT_EQ(Lines("Vexa 6 is showing its age -- it was first introduced in 2016, and Corrant's support for Vexa 6 "
                  "ends next year.",
                  "Brisk Labs client library"),
            V{});
  EXPECT_EQ(Lines("Tallow Labs launched Quill-3 in May. It was later released to all users."),
            V{"release Tallow Labs: Quill-3"});
}

TEST(EnglishFeedText, WasGoingToIsAPlanOrAPredictionUnlessAnnounced) {
  EXPECT_EQ(Lines("Looking back, I had to say that Odile Marchetti was going to retire, and she did not.",
                  "Tallow Labs at ten"),
            V{});
  EXPECT_EQ(Lines("Odile Marchetti was going to leave Tallow Labs, analysts wrote."), V{});
  EXPECT_EQ(Lines("In 2019 I predicted that Odile Marchetti was going to leave Tallow Labs."), V{});
  // Announced, it is a move; and a plain past retirement still counts.
  EXPECT_EQ(Lines("Odile Marchetti announced that she was going to retire.", "Tallow Labs at ten"),
            V{"departure Odile Marchetti @ Tallow Labs"});
  EXPECT_EQ(Lines("Odile Marchetti retired in March.", "Tallow Labs at ten"),
            V{"departure Odile Marchetti @ Tallow Labs"});
}

TEST(EnglishFeedText, ATopicTakenFromTheTextIsNoOrgBeforeTheTextNamesIt) {
  // No org in the title: the first org of the text, named only after the
  // sentence, is no org the person was fired from.
  EXPECT_EQ(Lines("Pell Aranda was fired. Later this week I will propose the Wexley Energy Plan.", "Door number three"),
            V{});
  EXPECT_EQ(Lines("Everyone points to Pell Aranda, who rose to chief executive of Brackwater. But Aranda was fired. "
                  "Later this week I will propose the Wexley Energy Plan.",
                  "Door number three"),
            V{});
  // Named in the title, or in the text before, it still is.
  EXPECT_EQ(Lines("Pell Aranda was fired.", "Wexley Energy"), V{"departure Pell Aranda @ Wexley Energy"});
}

TEST(EnglishFeedText, JoiningAListOfGivenNamesIsNoJoin) {
  EXPECT_EQ(Lines("Tarquin Bell and Osgood Fenn join Ryan and Vinny to discuss the finer points of technology.",
                  "Podcast"),
            V{});
  EXPECT_EQ(Lines("Osgood Fenn joins Marlo, Brad, and Vinny to discuss Warhammer and much more!", "Podcast"), V{});
  // An org with a given name in it, or two known orgs, is still joined.
  EXPECT_EQ(Lines("Osgood Fenn joins Ryan Labs as head of research.", "Podcast"),
            V{"join Osgood Fenn @ Ryan Labs"});
  EXPECT_EQ(Lines("Osgood Fenn joined Anthropic and OpenAI in turn.", "Podcast"), V{"join Osgood Fenn @ Anthropic"});
}

TEST(EnglishFeedText, ANameAfterAPrepositionIsNoSubject) {
  EXPECT_EQ(Lines("This week we take a trip to Harlow County, join the Strange Brigade, and argue about Punch-Out.",
                  "Podcast"),
            V{});
  EXPECT_EQ(Lines("After a decade in Harlow County, Osgood Fenn joined Tallow Labs."),
            V{"join Osgood Fenn @ Tallow Labs"});
  EXPECT_EQ(Lines("Osgood Fenn, Bria Lund and Cato Venn joined Tallow Labs."),
            (V{"join Bria Lund @ Tallow Labs", "join Cato Venn @ Tallow Labs", "join Osgood Fenn @ Tallow Labs"}));
}

TEST(EnglishFeedText, AReturnLeavesTheOrgWorkedAtInBetween) {
  // The house rule stands: a return to A says a stint at A ended before.
  EXPECT_EQ(Lines("Trevanna Holt returned to Gullwing Labs after two years at Parlow Robotics."),
            (V{"departure Trevanna Holt @ Gullwing Labs", "departure Trevanna Holt @ Parlow Robotics",
               "join Trevanna Holt @ Gullwing Labs"}));
}

TEST(EnglishFeedText, TwoUnknownNamesJoinedByAndEndingTheOrgAreOneOrg) {
  EXPECT_EQ(Lines("Harlan Voss, founder and CEO of Spindle and Loom, says luck is the reason his store got off the "
                  "ground."),
            V{"founded Harlan Voss @ Spindle and Loom"});
  EXPECT_EQ(Lines("Harlan Voss, founder and CEO of Tallow Labs, says luck mattered."),
            V{"founded Harlan Voss @ Tallow Labs"});
  // Two orgs with names of their own stay two.
  EXPECT_EQ(Lines("Harlan Voss, co-founder of Tallow Labs and Brisk Robotics, says luck mattered."),
            V{"founded Harlan Voss @ Tallow Labs"});
}

TEST(EnglishFeedText, AnAppositiveAfterTheFirstOfTwoNamesIsThatNamesOnly) {
  EXPECT_EQ(Lines("Pellmark is a web app. It was founded by Ansel Dray, a co-founder of Meta, and Lise Moraine, an "
                  "alum of both Meta and Google.",
                  "Meta Cofounder's Startup Pellmark Launches"),
            V{"founded Ansel Dray @ Meta"});
  EXPECT_EQ(Lines("It was founded by Ansel Dray, a co-founder of Corvane, and Lise Moraine, a former Google engineer."),
            (V{"departure Lise Moraine @ Google", "founded Ansel Dray @ Corvane"}));
  // Without the comma before "and", the list is still read on.
  EXPECT_EQ(Lines("Its co-founders, Ansel Dray and Lise Moraine, left Corvane in May."),
            (V{"departure Ansel Dray @ Corvane", "departure Lise Moraine @ Corvane"}));
}

TEST(EnglishFeedText, FoundersWithoutTheirOrgTakeThePossessiveOrgNotAThirdParty) {
  EXPECT_EQ(Lines("Insiders, including cofounders Ansel Dray and Lise Moraine, own just over 10% of Anthropic's "
                  "stock -- not enough to block OpenAI.",
                  "If OpenAI goes hostile on Anthropic"),
            (V{"founded Ansel Dray @ Anthropic", "founded Lise Moraine @ Anthropic"}));
  // No possessive: the article's org, as before.
  EXPECT_EQ(Lines("Co-founder Ansel Dray said the lab would expand.", "Anthropic at ten"),
            V{"founded Ansel Dray @ Anthropic"});
}

TEST(EnglishFeedText, AndRightAfterAFormerOrgBeginsNoRole) {
  EXPECT_EQ(Lines("Players like Arista (with a formidable team lead by ex-CSCO Jayla Orrin and Andy B), Woven (lead by "
                  "Ex-3COM exec Jeff Marlow) will battle CSCO.",
                  "Predictions for 2009"),
            (V{"departure Jayla Orrin @ CSCO", "departure Jeff Marlow @ 3COM"}));
  // A role after the org still takes the people it names.
  EXPECT_EQ(Lines("Arista has a team lead by ex-Google engineers Jayla Orrin and Andy Brask."),
            (V{"departure Andy Brask @ Google", "departure Jayla Orrin @ Google"}));
}

TEST(EnglishFeedText, ASenatorsTitleIsNoPartOfTheName) {
  EXPECT_EQ(Lines("Early in 2025 we met the first-term Senator, Orla Venn. You can see how smart Senator Venn is in "
                  "her background -- for example, lecturer at Tallow University; before that, president of the Brisk "
                  "Law Review."),
            V{"departure Orla Venn @ Brisk Law Review"});
  EXPECT_EQ(Lines("Governor Orla Venn has joined Tallow Labs."), V{"join Orla Venn @ Tallow Labs"});
}

TEST(EnglishExtraction, PutOffTheLaunchOfAModelIsADelay) {
  EXPECT_EQ(Lines("Velloran Labs has put off the release of its reasoning model, Kestrin-4, until the spring."),
            V{"delay Velloran Labs: Kestrin-4"});
  EXPECT_EQ(Lines("Velloran Labs put off Kestrin-4 again, two people said."), V{"delay Velloran Labs: Kestrin-4"});
  // Put off a decision, put off by the price, or a hedge: no delay.
  EXPECT_EQ(Lines("Velloran Labs put off a decision on Kestrin-4 until June."), V{});
  EXPECT_EQ(Lines("Velloran Labs may put off the launch of Kestrin-4."), V{});
  EXPECT_EQ(Lines("Developers were put off by the price of Kestrin-4, which Velloran Labs released in May."),
            V{"release Velloran Labs: Kestrin-4"});
}

TEST(EnglishExtraction, AnOpeningAppositiveBeforeAPassiveReleaseIsAModelOfTheArticlesOrg) {
  EXPECT_EQ(Lines("Velloran Labs has delayed Kestrin-4. A lighter variant, Kestrin-4 Lite, was made available to "
                  "researchers on Tuesday."),
            (V{"delay Velloran Labs: Kestrin-4", "release Velloran Labs: Kestrin-4 Lite"}));
  // A rival's model is not the article's org's.
  EXPECT_EQ(Lines("Velloran Labs has delayed Kestrin-4. A rival's model, Ardent-2, was released on Tuesday."),
            V{"delay Velloran Labs: Kestrin-4"});
  EXPECT_EQ(Lines("Velloran Labs has delayed Kestrin-4. The rival model, Ardent-2, was released on Tuesday."),
            V{"delay Velloran Labs: Kestrin-4"});
}

TEST(EnglishExtraction, AnOrgThatSaysItsOfficerWillLeaveIsTheOrgLeft) {
  // Not the article's org (Bramblecote Analytics, named first).
  EXPECT_EQ(Lines("Bramblecote Analytics has hired a new chief scientist. Separately, Quorra Robotics said its chief "
                  "operating officer, Ines Valdemar, will step down in June."),
            V{"departure Ines Valdemar @ Quorra Robotics"});
  EXPECT_EQ(Lines("Bramblecote Analytics has hired a new chief scientist. Separately, Quorra Robotics said its chief "
                  "operating officer, Ines Valdemar, will remain in her post."),
            V{});
}

TEST(EnglishExtraction, ADecisionToLeaveThatIsAnnouncedOrToldIsADeparture) {
  EXPECT_EQ(Lines("Harlow Robotics said that its research director, Dr. Oren Falk, had informed the board of his "
                  "decision to resign, effective May 31."),
            V{"departure Oren Falk @ Harlow Robotics"});
  EXPECT_EQ(Lines("Mira Castellanos announced her decision to retire from Pellworth AI after 20 years."),
            V{"departure Mira Castellanos @ Pellworth AI"});
  // A decision reversed, not made, or not to leave: nothing.
  EXPECT_EQ(Lines("Mira Castellanos reversed her decision to retire from Pellworth AI."), V{});
  EXPECT_EQ(Lines("Mira Castellanos has not made a decision to leave Pellworth AI."), V{});
  EXPECT_EQ(Lines("Oren Falk informed the board of his decision not to resign from Harlow Robotics."), V{});
}

// Real feed text's recall: each construction below stated a fact that a
// reader takes from a captured feed article and the rules missed.

TEST(EnglishFeedRecall, LeftHisPositionAtAnOrgIsADeparture) {
  EXPECT_EQ(Lines("Daniel Okafor left his position at Brisk Robotics in May."),
            V{"departure Daniel Okafor @ Brisk Robotics"});
  EXPECT_EQ(Lines("Mira Kovacs quit her job as head of sales with Brisk Robotics last year."),
            V{"departure Mira Kovacs @ Brisk Robotics"});
  EXPECT_EQ(Lines("Tallow Labs has hired Mira Kovacs. Kovacs left her post at Brisk Robotics in May.",
                  "Tallow Labs hires Mira Kovacs"),
            (V{"departure Mira Kovacs @ Brisk Robotics", "join Mira Kovacs @ Tallow Labs"}));
  // Negated, or no org where the post was: nothing.
  EXPECT_EQ(Lines("Mira Kovacs will not leave her post at Brisk Robotics."), V{});
  EXPECT_EQ(Lines("Daniel Okafor left his position in May to travel."), V{});
}

TEST(EnglishFeedRecall, CoFoundedAFieldAndCompanyNounThenTheName) {
  EXPECT_EQ(Lines("Ana Ruiz co-founded robotics startup Brisk Robotics in 2019."),
            V{"founded Ana Ruiz @ Brisk Robotics"});
  EXPECT_EQ(Lines("Ana Ruiz cofounded the design studio Hollow Pine with Tom Berg."),
            (V{"founded Ana Ruiz @ Hollow Pine", "founded Tom Berg @ Hollow Pine"}));
  // A firm named after its partners, the last after "&".
  EXPECT_EQ(Lines("Ana Ruiz cofounded law firm Ruiz, Berg & Olson."), V{"founded Ana Ruiz @ Ruiz, Berg & Olson"});
  // No name after the company noun: nothing.
  EXPECT_EQ(Lines("Ana Ruiz co-founded the company in 2019."), V{});
  EXPECT_EQ(Lines("Ana Ruiz founded several companies in Denver."), V{});
}

TEST(EnglishFeedRecall, WhoAfterAPredicateNounIsTheSubjectsClause) {
  EXPECT_EQ(Lines("Ana Ruiz is a lawyer who cofounded Brisk Robotics."), V{"founded Ana Ruiz @ Brisk Robotics"});
  EXPECT_EQ(Lines("Ana Ruiz is an 80-something billionaire who cofounded Brisk Robotics and is a partner at "
                  "Kestrel Capital."),
            V{"founded Ana Ruiz @ Brisk Robotics"});
  // "who" of a noun that is not the subject's predicate: nothing.
  EXPECT_EQ(Lines("Ana Ruiz is a friend of an engineer who left Brisk Robotics."), V{});
  EXPECT_EQ(Lines("Ana Ruiz met a lawyer who cofounded Brisk Robotics."), V{});
}

TEST(EnglishFeedRecall, AnAcronymAfterExIsTheOrgLeft) {
  EXPECT_EQ(Lines("Woven is led by ex-3COM exec Tom Berg."), V{"departure Tom Berg @ 3COM"});
  EXPECT_EQ(Lines("Rivals include Arista (with a team led by ex-CSCO Ana Ruiz and Andy B)."),
            V{"departure Ana Ruiz @ CSCO"});
  // No person after it: nothing.
  EXPECT_EQ(Lines("The ex-NASA team is here."), V{});
  EXPECT_EQ(Lines("The ex-CSCO people are led by Ana Ruiz."), V{});
}

TEST(EnglishFeedRecall, AOneWordNameOwningTheTitlesSubjectIsTheTopic) {
  // "the company" of the text is the org of "Quarry's" in the title.
  EXPECT_EQ(Lines("Co-founded by Ana Ruiz and Tom Berg in 2019, the company is based in Denver.",
                  "Quarry\u2019s Card App Adds Payments"),
            (V{"founded Ana Ruiz @ Quarry", "founded Tom Berg @ Quarry"}));
  // A person the text names, or a possessive before a lower-case word:
  // no topic, so "the company" stands for nothing.
  EXPECT_EQ(Lines("Tom Berg spoke. Co-founded by Ana Ruiz in 2019, the company is based in Denver.",
                  "Berg\u2019s New Deal"),
            V{});
  EXPECT_EQ(Lines("Co-founded by Ana Ruiz and Tom Berg in 2019, the company is based in Denver.",
                  "Quarry\u2019s card app adds payments"),
            V{});
}

TEST(EnglishFeedRecall, MyCompanyCoFoundedWithXIsXsFounding) {
  EXPECT_EQ(Lines("For those of you new here, Odvia is my second company, cofounded with Ana Ruiz."),
            V{"founded Ana Ruiz @ Odvia"});
  EXPECT_EQ(Lines("Odvia is our first startup, co-founded with Ana Ruiz and Tom Berg in 2019."),
            (V{"founded Ana Ruiz @ Odvia", "founded Tom Berg @ Odvia"}));
  // Not the writer's own company, or no name opening the clause: nothing.
  EXPECT_EQ(Lines("Odvia is their company, co-founded with Ana Ruiz."), V{});
  EXPECT_EQ(Lines("Tom Berg, who is my friend, is the head of a company, co-founded with Ana Ruiz."), V{});
}

TEST(EnglishHeldout20, AQuestionEndsTheListOfModelsReleased) {
  EXPECT_EQ(Lines("She asks about Marl-2, the model Tavi Labs released in April, and whether Marl-3 will ever ship."),
            V{"release Tavi Labs: Marl-2"});
  EXPECT_EQ(Lines("Tavi Labs released Marl-2 in April, and Marl-3 in May."),
            (V{"release Tavi Labs: Marl-2", "release Tavi Labs: Marl-3"}));
}

TEST(EnglishHeldout20, AnAppositiveNamingHardwareIsNoModel) {
  EXPECT_EQ(Lines("Tavi Semiconductor unveiled the Kiln X3, an inference chip that runs models faster than its "
                  "predecessor."),
            V{});
  EXPECT_EQ(Lines("Tavi Semiconductor launched Kiln 3, a server accelerator, and Marl 2, a small model."),
            V{"release Tavi Semiconductor: Marl 2"});
  // A model for hardware is a model.
  EXPECT_EQ(Lines("Tavi Labs released Marl 2, a model for phones."), V{"release Tavi Labs: Marl 2"});
  EXPECT_EQ(Lines("Tavi Labs released Marl 2, a small language model tuned for its chip."),
            V{"release Tavi Labs: Marl 2"});
}

TEST(EnglishHeldout20, AMonthWrittenShortDatesTheMoveAndIsSteppedOver) {
  auto facts = Facts("Tavi Labs said Ana Ruiz will leave the company on Dec. 31 to join Orla Institute.");
  EXPECT_EQ(Lines("Tavi Labs said Ana Ruiz will leave the company on Dec. 31 to join Orla Institute."),
            (V{"departure Ana Ruiz @ Tavi Labs", "join Ana Ruiz @ Orla Institute"}));
  const ExtractedFact* left = Find(facts, FactKind::kDeparture, "Ana Ruiz");
  ASSERT_NE(left, nullptr);
  ASSERT_TRUE(left->date.has_value());
  EXPECT_EQ(left->date->ToString(), "2025-12-31");
  auto sept = Facts("Tom Berg left Tavi Labs on Sept. 3, 2024.");
  ASSERT_EQ(sept.size(), 1u);
  ASSERT_TRUE(sept[0].date.has_value());
  EXPECT_EQ(sept[0].date->ToString(), "2024-09-03");
  // A sentence that ends with the short month is still two sentences.
  EXPECT_EQ(Lines("Tom Berg spoke in Dec. Ana Ruiz left Tavi Labs."), V{"departure Ana Ruiz @ Tavi Labs"});
}

TEST(EnglishHeldout20, IAmStartingANewPositionAtBInAQuoteIsAJoin) {
  EXPECT_EQ(Lines("Ana Ruiz ran the lab. \"I'm starting a new position as head of AI at Orla Bank,\" she wrote."),
            V{"join Ana Ruiz @ Orla Bank"});
  EXPECT_EQ(Lines("\"I am starting a new role with Orla Bank,\" Ana Ruiz posted."), V{"join Ana Ruiz @ Orla Bank"});
  // Not the speaker's own move, not a new post, or no org: nothing.
  EXPECT_EQ(Lines("\"I'd be starting a new position at Orla Bank,\" Ana Ruiz said."), V{});
  EXPECT_EQ(Lines("\"I'm starting a podcast at Orla Bank,\" Ana Ruiz said."), V{});
  EXPECT_EQ(Lines("\"I'm starting a new position soon,\" Ana Ruiz said."), V{});
}

TEST(EnglishExtraction, LegalSuffixIsDroppedFromAOneWordOrgName) {
  EXPECT_EQ(Lines("Quellbright Inc. said its former chief scientist, Petra Voss, left in May."),
            V{"departure Petra Voss @ Quellbright"});
  EXPECT_EQ(Lines("Carla Diaz left Quellbright Ltd. to join Orbit Systems."),
            (V{"departure Carla Diaz @ Quellbright", "join Carla Diaz @ Orbit Systems"}));
}

TEST(EnglishExtraction, JoinsUsAsARoleFromAnOrg) {
  EXPECT_EQ(Lines("We're also thrilled to welcome Ida Berg, who joins us as head of safety from Tarrow Labs, where "
                  "she led the evaluations team.",
                  "Oskin AI hires a new head of safety"),
            (V{"departure Ida Berg @ Tarrow Labs", "join Ida Berg @ Oskin AI"}));
  // A role with no org after it, or "from" past a comma: no departure.
  EXPECT_EQ(Lines("Ida Berg joins us as head of safety, from next week.", "Oskin AI hires a new head of safety"),
            V{"join Ida Berg @ Oskin AI"});
}

TEST(EnglishExtraction, PushedTheGeneralReleaseOrTheModelToALaterTime) {
  EXPECT_EQ(Lines("Tarrow Labs has pushed the general release of its Tarrow 6 model to the second half of 2027."),
            V{"delay Tarrow Labs: Tarrow 6"});
  EXPECT_EQ(Lines("Tarrow Labs pushed Tarrow 6 to early next year."), V{"delay Tarrow Labs: Tarrow 6"});
  // Pushed to users, or to the top of a chart: no delay.
  EXPECT_EQ(Lines("Tarrow Labs pushed the general release of Tarrow 6 to all developers."), V{});
  EXPECT_EQ(Lines("Tarrow Labs pushed Tarrow 6 to the top of the leaderboard."), V{});
}

TEST(EnglishHeldout22, PuttingTheWeightsOfAModelOnAHubReleasesIt) {
  EXPECT_EQ(Lines("Tavi Labs has put the weights of Marl-70B and Marl-8B on Hugging Face."),
            (V{"release Tavi Labs: Marl-70B", "release Tavi Labs: Marl-8B"}));
  EXPECT_EQ(Lines("Tavi Labs uploaded the open weights for Marl-70B to GitHub on Monday."),
            V{"release Tavi Labs: Marl-70B"});
  // Weights put on hold or under review, or a plan: nothing.
  EXPECT_EQ(Lines("Tavi Labs has put the weights of Marl-70B on hold."), V{});
  EXPECT_EQ(Lines("Tavi Labs put the weights of Marl-70B under review."), V{});
  EXPECT_EQ(Lines("Tavi Labs plans to put the weights of Marl-70B on Hugging Face next year."), V{});
}

TEST(EnglishHeldout22, PublishingADocumentAboutAModelIsNoRelease) {
  EXPECT_EQ(Lines("Tavi Labs has published the model card for Marl 5, which is still in training."), V{});
  EXPECT_EQ(Lines("Tavi Labs shared a technical report on Marl 5 on Tuesday."), V{});
  // The model itself, or its weights: a release.
  EXPECT_EQ(Lines("Tavi Labs published Marl 5 on Tuesday."), V{"release Tavi Labs: Marl 5"});
  EXPECT_EQ(Lines("Tavi Labs released the weights of Marl 5."), V{"release Tavi Labs: Marl 5"});
}

TEST(EnglishHeldout22, AnAppositiveBeforeFoundedByDescribesTheCompanyFounded) {
  EXPECT_EQ(Lines("Tavi Robotics, a spin-out from Orla University's robotics lab, was founded by Ana Ruiz and Tom Berg."),
            (V{"founded Ana Ruiz @ Tavi Robotics", "founded Tom Berg @ Tavi Robotics"}));
  EXPECT_EQ(Lines("Tavi Robotics, the start-up that grew out of Orla University, was founded by Ana Ruiz."),
            V{"founded Ana Ruiz @ Tavi Robotics"});
  // Not founded, or no appositive: as before.
  EXPECT_EQ(Lines("Tavi Robotics, a spin-out from Orla University, was not founded by Ana Ruiz."), V{});
  EXPECT_EQ(Lines("Tavi Robotics was founded by Ana Ruiz."), V{"founded Ana Ruiz @ Tavi Robotics"});
}

TEST(EnglishHeldout22, WhoLeftAAndNowRunsResearchAtBIsAJoinOfB) {
  EXPECT_EQ(Lines("On stage were Ana Ruiz, who left Tavi Labs last year and now runs research at Orla Analytics; and "
                  "Tom Berg, a former Tavi Labs engineer."),
            (V{"departure Ana Ruiz @ Tavi Labs", "departure Tom Berg @ Tavi Labs", "join Ana Ruiz @ Orla Analytics"}));
  // Joined, not left; a present role with no org; the same org: no join.
  EXPECT_EQ(Lines("Ana Ruiz, who joined Tavi Labs last year and now runs research at Orla Analytics, spoke."),
            V{"join Ana Ruiz @ Tavi Labs"});
  EXPECT_EQ(Lines("Ana Ruiz, who left Tavi Labs last year and now says she regrets it, spoke."),
            V{"departure Ana Ruiz @ Tavi Labs"});
  EXPECT_EQ(Lines("Ana Ruiz, who left Tavi Labs last year and now runs research at Tavi Labs, spoke."),
            V{"departure Ana Ruiz @ Tavi Labs"});
}

TEST(EnglishHeldout22, BothFromNamesTheLastTwoOfAListOfHires) {
  EXPECT_EQ(Lines("Tavi Labs has hired Ana Ruiz, previously at Orla Bank; Tom Berg and Eva Lund, both from Kiln "
                  "Research."),
            (V{"departure Ana Ruiz @ Orla Bank", "departure Eva Lund @ Kiln Research",
               "departure Tom Berg @ Kiln Research", "join Ana Ruiz @ Tavi Labs", "join Eva Lund @ Tavi Labs",
               "join Tom Berg @ Tavi Labs"}));
  // "all from" is everyone listed, as before.
  EXPECT_EQ(Lines("Tavi Labs has hired Ana Ruiz, Tom Berg and Eva Lund, all from Kiln Research."),
            (V{"departure Ana Ruiz @ Kiln Research", "departure Eva Lund @ Kiln Research",
               "departure Tom Berg @ Kiln Research", "join Ana Ruiz @ Tavi Labs", "join Eva Lund @ Tavi Labs",
               "join Tom Berg @ Tavi Labs"}));
}

TEST(EnglishHeldout22, ItAfterAfterWhenOrBecauseIsTheOrgNamedBeforeIt) {
  // The title makes Halvorsen Dynamics the article's company; "it" after
  // "after", "when", "because" is the rival named in the sentence.
  const std::string title = "Halvorsen shares drop after forecast cut";
  EXPECT_EQ(Lines("Halvorsen Dynamics cut its forecast on Monday. Shares of rival Pinewick AI rose 2.1% after it "
                  "released Tarn-7B, a chat model, on Tuesday.",
                  title),
            V{"release Pinewick AI: Tarn-7B"});
  EXPECT_EQ(Lines("Halvorsen Dynamics cut its forecast. Pinewick AI gained ground in June when it launched Tarn 2.", title),
            V{"release Pinewick AI: Tarn 2"});
  EXPECT_EQ(Lines("Halvorsen Dynamics cut its forecast. Investors cheered Pinewick AI because it open-sourced Tarn-7B.",
                  title),
            V{"release Pinewick AI: Tarn-7B"});
  // A plan, or a model compared: nothing.
  EXPECT_EQ(Lines("Halvorsen Dynamics cut its forecast. Shares of rival Pinewick AI rose after it said it may release "
                  "Tarn-8B next year.",
                  title),
            V{});
  EXPECT_EQ(Lines("Halvorsen Dynamics cut its forecast. Shares of rival Pinewick AI fell after its model trailed "
                  "Tarn-7B on benchmarks.",
                  title),
            V{});
  // No subordinate clause: "it" is still the article's company.
  EXPECT_EQ(Lines("Halvorsen Dynamics cut its forecast. Rival Pinewick AI was quiet. It released Tarn-7B on Tuesday.",
                  title),
            V{"release Halvorsen Dynamics: Tarn-7B"});
}

TEST(EnglishHeldout22, MayInsideASentenceIsTheMonthNotAHedge) {
  EXPECT_EQ(Lines("Pinewick AI gained ground in May when it launched Tarn 2."), V{"release Pinewick AI: Tarn 2"});
  EXPECT_EQ(Lines("Odalys Ferro left Brackwater Systems in May."), V{"departure Odalys Ferro @ Brackwater Systems"});
  // The modal: nothing.
  EXPECT_EQ(Lines("Pinewick AI may release Tarn 2 next month."), V{});
  EXPECT_EQ(Lines("Odalys Ferro may leave Brackwater Systems."), V{});
}

TEST(EnglishHeldout23, AGroupAtAnOrgInAWhoRanClauseIsThatOrg) {
  // A start-up's hire: the join of the article's company, the departure
  // from the org of the relative clause, none from the start-up itself.
  EXPECT_EQ(Lines("Pellmark, a Lisbon start-up that builds translation models, said on Tuesday that Ines Varga, who "
                  "led the vision research group at Korrin Motors until December, has joined as head of research.",
                  "Pellmark hires Korrin research head"),
            (V{"departure Ines Varga @ Korrin Motors", "join Ines Varga @ Pellmark"}));
  EXPECT_EQ(Lines("Odalys Ferro, who ran the applied science team at Brackwater Systems, has joined Pellmark as chief "
                  "scientist.",
                  "Pellmark hires a chief scientist"),
            (V{"departure Odalys Ferro @ Brackwater Systems", "join Odalys Ferro @ Pellmark"}));
  // A post held until a past month is over, with no move told.
  EXPECT_EQ(Lines("Odalys Ferro, who ran the data team at Brackwater Systems until January, spoke at the event."),
            V{"departure Odalys Ferro @ Brackwater Systems"});
  // The company's own group: left the article's company.
  EXPECT_EQ(Lines("Pellmark confirmed the move. Odalys Ferro, who ran the company's research group, has joined Vantor "
                  "Labs.",
                  "Pellmark loses its research head"),
            (V{"departure Odalys Ferro @ Pellmark", "join Odalys Ferro @ Vantor Labs"}));
  // A present post, or someone staying: nothing.
  EXPECT_EQ(Lines("Odalys Ferro, who runs the data team at Brackwater Systems, spoke at the event."), V{});
  EXPECT_EQ(Lines("Odalys Ferro, who runs the data team at Brackwater Systems, remains at the company."), V{});
}

TEST(EnglishHeldout23, AReportedClauseAfterItDidConfirmThatIsReadOnItsOwn) {
  const std::string title = "Halvorsen Dynamics denies CTO exit";
  EXPECT_EQ(Lines("Halvorsen Dynamics denied that its chief scientist is leaving. It did confirm that Petra Lindqvist, "
                  "who headed its robotics group, left in May for Oakvale Systems.",
                  title),
            (V{"departure Petra Lindqvist @ Halvorsen Dynamics", "join Petra Lindqvist @ Oakvale Systems"}));
  EXPECT_EQ(Lines("Corvane Labs said that Mateo Ruiz, who led its speech team, has left for Quillon AI."),
            (V{"departure Mateo Ruiz @ Corvane Labs", "join Mateo Ruiz @ Quillon AI"}));
  EXPECT_EQ(Lines("Corvane Labs released a statement. It announced that Mateo Ruiz, who ran its data group, had joined "
                  "Quillon AI.",
                  "Corvane Labs loses data chief"),
            (V{"departure Mateo Ruiz @ Corvane Labs", "join Mateo Ruiz @ Quillon AI"}));
  // The title's one-word company, the subject of the text's first
  // sentence: "it" and "its" are that company, not the rival named last.
  EXPECT_EQ(Lines("Quillfeather is weighing whether to delay Sedge 3, people familiar with its plans said. It did "
                  "confirm that Nadia Orlova, who headed its data group, left last month for Pemberly Systems. "
                  "Analysts said a delay would help Pemberly's rivals.",
                  "Quillfeather weighs delay to Sedge 3"),
            (V{"departure Nadia Orlova @ Quillfeather", "join Nadia Orlova @ Pemberly Systems"}));
  // "It" opening the sentence after one that opens with another org: that
  // org.
  EXPECT_EQ(Lines("Halvorsen Dynamics cut its forecast. Pinewick AI, a rival, also had news. It confirmed that Mateo "
                  "Ruiz, who led its data team, has left for Quillon AI.",
                  "Halvorsen Dynamics cuts forecast"),
            (V{"departure Mateo Ruiz @ Pinewick AI", "join Mateo Ruiz @ Quillon AI"}));
  // A denial, someone staying, a maybe: nothing.
  EXPECT_EQ(Lines("Corvane Labs released a statement. It denied that Mateo Ruiz, who leads its speech team, is leaving "
                  "for Quillon AI.",
                  "Corvane Labs denies exit"),
            V{});
  EXPECT_EQ(Lines("Corvane Labs released a statement. It said that Mateo Ruiz, who leads its speech team, remains at "
                  "the company.",
                  "Corvane Labs denies exit"),
            V{});
  EXPECT_EQ(Lines("Corvane Labs said that Mateo Ruiz, who leads its speech team, could join Quillon AI."), V{});
}

TEST(EnglishHeldout24, ACorrectionNoticeRestatesItsErrorsBeforeTheTruth) {
  EXPECT_EQ(Lines("Correction: An earlier version of this article contained two errors. It said that Orla Venn had "
                  "left Brackwater AI; she has not. It also said that Idris Kole joined Brackwater from Meta. In fact "
                  "Kole joined Brackwater AI in May from Fennick Labs."),
            (V{"departure Idris Kole @ Fennick Labs", "join Idris Kole @ Brackwater AI"}));
  EXPECT_EQ(Lines("An earlier version of this story misspelled a name. The story also reported that Orla Venn had "
                  "joined Fennick Labs."),
            V{});
  // Without a correction, "it said" is a company speaking: a fact.
  EXPECT_EQ(Lines("Brackwater AI confirmed the news on Monday. It said that Orla Venn had left the company."),
            V{"departure Orla Venn @ Brackwater AI"});
}

TEST(EnglishHeldout24, AFilingNoticeOfADecisionToResignIsADeparture) {
  EXPECT_EQ(Lines("On May 2, 2026, Corin Vaskel notified Harwick Data, Inc. (the \"Company\") of his decision to resign "
                  "as Chief Technology Officer of the Company, effective June 30, 2026."),
            V{"departure Corin Vaskel @ Harwick Data"});
  // A decision to do something else, or a denial: nothing.
  EXPECT_EQ(Lines("On May 2, 2026, Corin Vaskel notified Harwick Data, Inc. of his decision to exercise his options."),
            V{});
  EXPECT_EQ(Lines("Harwick Data denied that Corin Vaskel had notified the board of his decision to resign."), V{});
}

TEST(EnglishHeldout24, AFilingsAppointmentToServeAsAnOfficerIsAJoin) {
  EXPECT_EQ(Lines("Harwick Data said on Monday that it had filed its annual report. On May 4, the Board of Directors of "
                  "the Company appointed Ilse Marrack, age 51, to serve as Chief Financial Officer, effective June 1."),
            V{"join Ilse Marrack @ Harwick Data"});
  EXPECT_EQ(Lines("Harwick Data expects that the Board will consider whether to appoint Ilse Marrack to serve as Chief "
                  "Financial Officer."),
            V{});
}

TEST(EnglishHeldout24, WeAfterAnOpeningTimePhraseIsTheCompanySpeaking) {
  const std::string title = "Tamsin Software Q2 earnings call: prepared remarks";
  EXPECT_EQ(Lines("In August we launched Rook 5, our fastest model yet.", title), V{"release Tamsin Software: Rook 5"});
  EXPECT_EQ(Lines("Last month, we shipped Rook 5 Mini, a smaller model.", title),
            V{"release Tamsin Software: Rook 5 Mini"});
  // A plan, and a time phrase that is not the sentence's opening: nothing.
  EXPECT_EQ(Lines("In August we plan to launch Rook 6, our next model.", title), V{});
  EXPECT_EQ(Lines("Analysts said that in August we launched too little, citing the Rook 5 model.", title), V{});
}

TEST(EnglishHeldout24, ASeasonBetweenADepartureAndForBIsNoOrg) {
  EXPECT_EQ(Lines("Ada Lin departed this spring for Caskwell Research."), V{"join Ada Lin @ Caskwell Research"});
  EXPECT_EQ(Lines("Ada Lin joined Tamsin Labs in 2022. Lin spent two years there before leaving this summer "
                  "for Caskwell Research."),
            (V{"departure Ada Lin @ Tamsin Labs", "join Ada Lin @ Caskwell Research", "join Ada Lin @ Tamsin Labs"}));
}

TEST(EnglishHeldout25, CameToUsFromIsAMoveToTheWritersOrg) {
  const std::string title = "Staff Engineer, Inference (Berlin)";
  const std::string about = "Quarrystone AI builds speech models for hospitals. ";
  EXPECT_EQ(Lines(about + "Our data team is led by Imre Vasquez-Holm, who came to us from Pendle Labs in 2023.", title),
            (V{"departure Imre Vasquez-Holm @ Pendle Labs", "join Imre Vasquez-Holm @ Quarrystone AI"}));
  // Denied: nothing.
  EXPECT_EQ(Lines(about + "Imre Vasquez-Holm denied that he came to us from Pendle Labs.", title), V{});
}

TEST(EnglishHeldout25, TheCityLabBeforeANameDescribesThatOrg) {
  const std::string about = "The petition was published by the Carrow Foundation, a policy group. ";
  EXPECT_EQ(Lines(about + "It was signed by Jonas Whitlock-Abara, a co-founder of the Lisbon lab Tessellate Systems."),
            V{"founded Jonas Whitlock-Abara @ Tessellate Systems"});
  EXPECT_EQ(Lines(about + "Mirela Ostby, co-founder of the Oslo start-up Fjordline AI, signed it too."),
            V{"founded Mirela Ostby @ Fjordline AI"});
  // "the company" with no name after it still stands for the article's org.
  EXPECT_EQ(Lines(about + "Jonas Whitlock-Abara, a co-founder of the company, signed it."),
            V{"founded Jonas Whitlock-Abara @ Carrow Foundation"});
}

TEST(EnglishHeldout25, TheCompanyAfterAFoundingIsTheOrgFounded) {
  const std::string title = "Alumni Notes: Department of Physics";
  EXPECT_EQ(Lines("Lena Marsh-Okafor and Piet Verhoeven co-founded Kestrel Dynamics in 2024. Lena writes that the "
                  "company launched its first vision model, Kestrel Eye-2, in May.",
                  title),
            (V{"founded Lena Marsh-Okafor @ Kestrel Dynamics", "founded Piet Verhoeven @ Kestrel Dynamics",
               "release Kestrel Dynamics: Kestrel Eye-2"}));
  // No founding in the sentence before: the title's org, as before.
  EXPECT_EQ(Lines("Lena Marsh-Okafor joined the faculty in 2024. She writes that the company launched Kestrel Eye-2 in "
                  "May.",
                  "Tidewater Systems: alumni notes"),
            V{"release Tidewater Systems: Kestrel Eye-2"});
}

}  // namespace
}  // namespace labwatch
