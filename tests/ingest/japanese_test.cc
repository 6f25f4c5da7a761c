#include "ingest/japanese.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "ingest/extractor.h"
#include "ingest/gazetteer.h"

namespace labwatch {
namespace {

// A few known names, as config/entities.toml would give them. Everything
// else in these tests (people, start-ups, models) is invented and must be
// found without a list.
std::shared_ptr<const Gazetteer> KnownNames() {
  auto gazetteer = Gazetteer::Build({
      {"Google", NameKind::kOrg, "Google", "", false},
      {"グーグル", NameKind::kOrg, "Google", "", false},
      {"Google DeepMind", NameKind::kOrg, "Google DeepMind", "Google", false},
      {"Meta", NameKind::kOrg, "Meta", "", true},
      {"メタ", NameKind::kOrg, "Meta", "", true},
      {"OpenAI", NameKind::kOrg, "OpenAI", "", false},
      {"アンソロピック", NameKind::kOrg, "Anthropic", "", false},
      {"Llama", NameKind::kModel, "Llama", "Meta", false},
  });
  EXPECT_TRUE(gazetteer);
  return std::make_shared<const Gazetteer>(std::move(*gazetteer));
}

std::vector<ExtractedFact> Facts(const std::string& text, const std::string& published = "2025-06-20T09:00:00Z") {
  Article article;
  article.text = text;
  article.published = *ParseTimestamp(published);
  Extractor extractor(KnownNames());
  return extractor.Extract(article, Date::Day(2030, 1, 1));
}

// "departure 高橋美咲 @ Akebono Labs", "release Kumo-2 @ Kumo AI", one per
// line, sorted so that the order of the rules does not matter.
std::string Render(const std::vector<ExtractedFact>& facts) {
  std::vector<std::string> lines;
  for (const auto& f : facts) {
    std::string subject = f.kind == FactKind::kRelease || f.kind == FactKind::kDelay ? f.model : f.person;
    lines.push_back(std::string(FactKindName(f.kind)) + " " + subject + " @ " + f.org);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

std::string Extract(const std::string& text, const std::string& published = "2025-06-20T09:00:00Z") {
  return Render(Facts(text, published));
}

// The same with each fact's date and announcement.
std::string ExtractDates(const std::string& text, const std::string& published = "2025-06-20T09:00:00Z") {
  std::vector<std::string> lines;
  for (const auto& f : Facts(text, published)) {
    std::string subject = f.kind == FactKind::kRelease || f.kind == FactKind::kDelay ? f.model : f.person;
    std::string line = std::string(FactKindName(f.kind)) + " " + subject + " " + (f.date ? f.date->ToString() : "-");
    if (f.announced) line += " announced " + f.announced->ToString();
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

// ---- Personnel moves ---------------------------------------------------------

TEST(JapaneseExtraction, ShusshinMeansADeparture) {
  EXPECT_EQ(Extract("Kumo AIは2日、グーグル出身の青木隆氏が最高技術責任者として入社したと発表した。"),
            "departure 青木隆 @ Google\n"
            "join 青木隆 @ Kumo AI\n");
}

TEST(JapaneseExtraction, AnEarlierJoinAfterTheNewsOfAMoveIsAtTheOrgLeft) {
  // The tenure that ended began in 2019; the person is at the new org now.
  std::string text =
      "Akebono Labsは3日、主任研究員の高橋美咲氏が退社し、Tsubame AIに移籍したと発表した。"
      "高橋氏は2019年に入社していた。";
  EXPECT_EQ(Extract(text, "2025-03-03T09:00:00Z"),
            "departure 高橋美咲 @ Akebono Labs\n"
            "join 高橋美咲 @ Akebono Labs\n"
            "join 高橋美咲 @ Tsubame AI\n");
  // Without a move in the news, an earlier join is at the org it is about.
  EXPECT_EQ(Extract("Akebono Labsの高橋美咲氏は2019年に入社した。", "2025-03-03T09:00:00Z"),
            "join 高橋美咲 @ Akebono Labs\n");
}

TEST(JapaneseExtraction, MotoBeforeAnOrgMeansADeparture) {
  EXPECT_EQ(Extract("元Nebula Labsの研究者、加藤誠氏は「評価の仕組みが足りない」と語った。"),
            "departure 加藤誠 @ Nebula Labs\n");
}

TEST(JapaneseExtraction, FormerRoleAfterTheOrgMeansADeparture) {
  EXPECT_EQ(Extract("Orion Roboticsの元CEO、トマス・ベルグ氏は新著を出した。"),
            "departure トマス・ベルグ @ Orion Robotics\n");
}

TEST(JapaneseExtraction, PastRoleAtAnOrgBeforeTheNameMeansADeparture) {
  EXPECT_EQ(Extract("Orion Roboticsで主任研究員を務めていた森田優氏が退社した。"),
            "departure 森田優 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, PresentRoleAtAnOrgIsTheOrgLeft) {
  EXPECT_EQ(Extract("Hikari Labsで研究部長を務める森田優氏が、7月末で退社する。"), "departure 森田優 @ Hikari Labs\n");
}

TEST(JapaneseExtraction, LeavingOneOrgForAnotherGivesTwoFacts) {
  EXPECT_EQ(Extract("森田優氏は先月、Hikari Labsを退社し、Kumo AIに移籍した。"),
            "departure 森田優 @ Hikari Labs\n"
            "join 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, AffiliationBeforeAMoveIsTheOrgLeft) {
  EXPECT_EQ(Extract("Hikari Labsの研究者、森田優氏がKumo AIに移籍した。"),
            "departure 森田優 @ Hikari Labs\n"
            "join 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, MoveFromOneOrgToAnother) {
  EXPECT_EQ(Extract("森田優氏は2022年にOrion RoboticsからKumo AIに移籍した。"),
            "departure 森田優 @ Orion Robotics\n"
            "join 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, JoinVerbsTakeTheOrgMarkedByNi) {
  EXPECT_EQ(Extract("森田優氏はKumo AIに入社した。青木隆氏はOrion Roboticsに参画した。"
                    "大野舞氏もHikari Labsに加わった。"),
            "join 大野舞 @ Hikari Labs\n"
            "join 森田優 @ Kumo AI\n"
            "join 青木隆 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, TheHiringOrgIsTheSubject) {
  EXPECT_EQ(Extract("Kumo AIは、森田優氏を最高執行責任者として迎えた。Orion Roboticsは青木隆氏を招聘した。"),
            "join 森田優 @ Kumo AI\n"
            "join 青木隆 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, JoiningWithoutANamedOrgJoinsTheAnnouncingOrg) {
  EXPECT_EQ(Extract("Kumo AIは10日、Orion Roboticsで設計部門を率いた大野舞氏が入社したと発表した。"),
            "departure 大野舞 @ Orion Robotics\n"
            "join 大野舞 @ Kumo AI\n");
}

TEST(JapaneseExtraction, NoOrgInTheSentenceJoinsTheOrgThePersonWasIntroducedWith) {
  EXPECT_EQ(ExtractDates("Hikari Labsで研究部長を務める森田優氏が退社する。森田氏は2016年に入社した。"),
            "departure 森田優 - announced 2025-06-20\n"
            "join 森田優 2016\n");
}

TEST(JapaneseExtraction, RelativeClauseHeadIsWhoMoved) {
  EXPECT_EQ(Extract("Orion Roboticsを昨年退社した青木隆氏が、新たな研究所を開いた。"),
            "departure 青木隆 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, ParentheticalAfterTheNameDescribesThem) {
  EXPECT_EQ(Extract("大野舞氏（元グーグル主任研究員）がKumo AIに加わった。"),
            "departure 大野舞 @ Google\n"
            "join 大野舞 @ Kumo AI\n");
}

TEST(JapaneseExtraction, AssumingAPostIsAJoinOnlyForANewcomer) {
  EXPECT_EQ(Extract("元Meta研究員のAna Souza氏が、Kumo AIの最高技術責任者に就任した。"),
            "departure Ana Souza @ Meta\n"
            "join Ana Souza @ Kumo AI\n");
  EXPECT_EQ(Extract("Kumo AIの暫定CEOには、最高財務責任者の大野舞氏が就く。"), "");
}

TEST(JapaneseExtraction, SteppingDownButStayingIsNoDeparture) {
  EXPECT_EQ(Extract("森田優氏はKumo AIの最高経営責任者を退任し、会長に就く。"), "");
}

TEST(JapaneseExtraction, DismissalByTheOrgIsADeparture) {
  EXPECT_EQ(Extract("Orion Roboticsは、最高財務責任者の青木隆氏を解任した。"), "departure 青木隆 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, MoveStatedInANounIsNotAssertedWhenSomethingElseIsSaid) {
  EXPECT_EQ(Extract("森田優氏はKumo AIについて、多くの研究者が入社の理由に挙げる会社だと語った。"), "");
}

TEST(JapaneseExtraction, VerbInAQuoteWithItsOwnSubjectIsNotTheSpeakers) {
  EXPECT_EQ(Extract("Kumo AIの創業者、森田優氏は「彼らが去るのは寂しい」と投稿した。"), "founded 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, PersonInARelativeClauseIsNotTheSubject) {
  EXPECT_EQ(Extract("大野舞氏は、森田優氏が設立したQuill AIに共同創業者として加わった。"),
            "founded 大野舞 @ Quill AI\n"
            "founded 森田優 @ Quill AI\n"
            "join 大野舞 @ Quill AI\n");
}

TEST(JapaneseExtraction, StayingOnSaidInTheNextSentenceIsNoDeparture) {
  EXPECT_EQ(Extract("Kumo AIは、創業者の森田優氏が最高経営責任者を退任すると発表した。森田氏は顧問として残る。"),
            "founded 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, NamedMembersOfAGroupThatMovedMovedToo) {
  EXPECT_EQ(Extract("Orion Roboticsから4人の研究者がKumo AIに移った。このうち、大野舞氏は音声チームを率いる。"),
            "departure 大野舞 @ Orion Robotics\n"
            "join 大野舞 @ Kumo AI\n");
}

TEST(JapaneseExtraction, EarlierCareerWithoutANameIsThePreviousSubjects) {
  EXPECT_EQ(Extract("大野舞氏はKumo AIに入社した。それ以前はOrion Roboticsで研究員を務めていた。"),
            "departure 大野舞 @ Orion Robotics\n"
            "join 大野舞 @ Kumo AI\n");
}

TEST(JapaneseExtraction, FoundersListedAfterTheNewCompanyFoundedIt) {
  EXPECT_EQ(
      Extract("青木隆氏は新会社「Quill Reasoning」を設立した。共同創業者には、元グーグルの大野舞氏が名を連ねる。"),
      "departure 大野舞 @ Google\n"
      "founded 大野舞 @ Quill Reasoning\n"
      "founded 青木隆 @ Quill Reasoning\n");
}

TEST(JapaneseExtraction, DoushaFoundedAfterLeavingIsNotTheOrgLeft) {
  EXPECT_EQ(
      Extract("Kumo AIの青木隆CEOは6日、新モデルの計画を語った。青木氏は2022年、米グーグルを退社して同社を創業した。"),
      "departure 青木隆 @ Google\n"
      "founded 青木隆 @ Kumo AI\n");
}

TEST(JapaneseExtraction, OrgPassedThroughIsADeparture) {
  EXPECT_EQ(Extract("中川涼子氏は、カミナリ電子を経て2019年にKumo AIに入社した。"),
            "departure 中川涼子 @ カミナリ電子\n"
            "join 中川涼子 @ Kumo AI\n");
}

TEST(JapaneseExtraction, PeopleListedTogetherShareTheirOrg) {
  EXPECT_EQ(Extract("Nebula Labsの最高技術責任者、森田優氏と、最高財務責任者の大野舞氏が相次いで辞任した。"),
            "departure 大野舞 @ Nebula Labs\n"
            "departure 森田優 @ Nebula Labs\n");
}

TEST(JapaneseExtraction, SeveralHiresEachWithAPost) {
  EXPECT_EQ(Extract("Kumo AIは、森田優氏を最高科学責任者に、大野舞氏を研究担当副社長にそれぞれ迎えた。"),
            "join 大野舞 @ Kumo AI\n"
            "join 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, OneOfAGroupThatJoinedJoinedToo) {
  EXPECT_EQ(
      Extract("Lumen Dynamicsに、米OpenAIの元研究者ら3人が合流した。その一人、カーラ・ディアス氏は技術を率いる。"),
      "departure カーラ・ディアス @ OpenAI\n"
      "join カーラ・ディアス @ Lumen Dynamics\n");
}

TEST(JapaneseExtraction, GroupFromSeveralOrgsLeavesTheOriginOpen) {
  EXPECT_EQ(Extract("Kumo AIには、OpenAIやグーグルから20人が移籍した。このうち、大野舞氏は音声を担当する。"),
            "join 大野舞 @ Kumo AI\n");
}

// ---- Foundings ---------------------------------------------------------------

TEST(JapaneseExtraction, CofoundersListedTogetherFoundedTheOrg) {
  EXPECT_EQ(Extract("森田優氏と大野舞氏らが共同創業したKumo AIは、今月100億円を調達した。"),
            "founded 大野舞 @ Kumo AI\n"
            "founded 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, TheTopicOrgWasFoundedByThePeopleNamed) {
  EXPECT_EQ(Extract("Kumo AIは、元アンソロピックの研究者である森田優氏と大野舞氏が2022年に設立した。"),
            "departure 大野舞 @ Anthropic\n"
            "departure 森田優 @ Anthropic\n"
            "founded 大野舞 @ Kumo AI\n"
            "founded 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, NewCompanyInBracketsIsTheOrgFounded) {
  EXPECT_EQ(Extract("青木隆氏は、新会社「Quill Reasoning」を立ち上げた。"), "founded 青木隆 @ Quill Reasoning\n");
}

TEST(JapaneseExtraction, FounderDescriptorMeansFounded) {
  EXPECT_EQ(Extract("Kumo AIの創業者、森田優氏は「上場は急がない」と述べた。"), "founded 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, CofounderWithARoleBelongsToTheTopicOrg) {
  EXPECT_EQ(Extract("Orion Roboticsは11日、共同創業者で最高経営責任者（CEO）の青木隆氏が辞任したと発表した。"),
            "departure 青木隆 @ Orion Robotics\n"
            "founded 青木隆 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, FoundingWithoutANamedOrgIsNothing) {
  EXPECT_EQ(Extract("森田優氏は、新たなスタートアップを立ち上げる予定だ。"), "");
}

// ---- Models ------------------------------------------------------------------

TEST(JapaneseExtraction, ListedModelsAreSeparateReleases) {
  EXPECT_EQ(Extract("Kumo AIは、「Kumo-3」と「Kumo-3 Mini」を公開した。"),
            "release Kumo-3 @ Kumo AI\n"
            "release Kumo-3 Mini @ Kumo AI\n");
}

TEST(JapaneseExtraction, ReleaseOrgComesFromTheEarlierTopic) {
  EXPECT_EQ(Extract("仏ソラトスAIは今年、欧州で最も注目される新興企業となった。同年3月に「Solato-1」をリリースした。"),
            "release Solato-1 @ ソラトスAI\n");
}

TEST(JapaneseExtraction, VersionOfAModelIsAReleaseOfTheModel) {
  EXPECT_EQ(Extract("Kumo AIは、「Kumo-4」の実験版をオープンソースで公開した。"), "release Kumo-4 @ Kumo AI\n");
}

TEST(JapaneseExtraction, StartingToOfferAModelIsARelease) {
  EXPECT_EQ(Extract("Orion Roboticsは、制御モデル「Orion-RT」の提供を開始した。"),
            "release Orion-RT @ Orion Robotics\n");
}

TEST(JapaneseExtraction, AnnouncingAModelIsAReleaseOnlyIfItIsAvailable) {
  EXPECT_EQ(Extract("Kumo AIは「Kumo-8」を発表した。同日から誰でも利用できる。"), "release Kumo-8 @ Kumo AI\n");
  EXPECT_EQ(Extract("Kumo AIは「Kumo-9」を発表した。提供開始は来年を予定している。"), "");
}

TEST(JapaneseExtraction, CompetitorModelInAComparisonIsNotReleased) {
  EXPECT_EQ(Extract("Kumo AIは「Kumo-2」を公開した。米OpenAIの「GPT-9」を上回る性能だという。"),
            "release Kumo-2 @ Kumo AI\n");
}

TEST(JapaneseExtraction, PlannedReleaseIsNotARelease) {
  EXPECT_EQ(Extract("Kumo AIは「Kumo-5」を年内に公開する予定だ。"), "");
  EXPECT_EQ(Extract("Kumo AIは「Kumo-6」の来春の公開を目指す。"), "");
  EXPECT_EQ(Extract("Kumo AIは「Kumo-7」を秋に公開する計画だ。"), "");
}

TEST(JapaneseExtraction, ModelStillInTrainingIsNotReleased) {
  EXPECT_EQ(Extract("Kumo AIの次世代モデル「Kumo-10」は現在も学習中だ。"), "");
}

TEST(JapaneseExtraction, PaperInBracketsIsNotAModel) {
  EXPECT_EQ(Extract("Kumo AIは、論文「Scaling Small Models」を公開した。"), "");
}

TEST(JapaneseExtraction, PostponedModelIsADelay) {
  EXPECT_EQ(Extract("Orion Roboticsは、「Orion-2」のリリースを来年に延期すると発表した。"),
            "delay Orion-2 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, AttributedReportingOfADelayCounts) {
  EXPECT_EQ(Extract("米メタが「Llama 9」の公開を先送りしたと、米紙が関係者の話として報じた。"),
            "delay Llama 9 @ Meta\n");
}

TEST(JapaneseExtraction, UnquotedVersionedNameIsAModel) {
  EXPECT_EQ(Extract("米メタはLlama 7を公開した。"), "release Llama 7 @ Meta\n");
}

TEST(JapaneseExtraction, SizesListedAfterAReleaseAreReleasedToo) {
  EXPECT_EQ(Extract("Kumo AIは「Kumo-2」を公開した。「Kumo-2 Mini」と「Kumo-2 Max」の2サイズで提供する。"),
            "release Kumo-2 @ Kumo AI\n"
            "release Kumo-2 Max @ Kumo AI\n"
            "release Kumo-2 Mini @ Kumo AI\n");
}

TEST(JapaneseExtraction, ModelAsTopicAndOrgAsSubject) {
  EXPECT_EQ(Extract("「Kumo-16」は、Kumo AIが昨年11月に公開した。"), "release Kumo-16 @ Kumo AI\n");
}

TEST(JapaneseExtraction, SiteAModelIsPutUpOnIsNotAnArgument) {
  EXPECT_EQ(Extract("Kumo AIは「Kumo-17」をGitHubで公開した。"), "release Kumo-17 @ Kumo AI\n");
}

TEST(JapaneseExtraction, DelayOfTheModelNamedInThePreviousSentence) {
  EXPECT_EQ(
      Extract("Orion Roboticsは「Orion-9」の開発計画を見直している。関係者によると、公開は来年にずれ込むという。"),
      "delay Orion-9 @ Orion Robotics\n");
}

TEST(JapaneseExtraction, ShelvingIsNotADelay) { EXPECT_EQ(Extract("Kumo AIは「Kumo-18」の公開を見送った。"), ""); }

TEST(JapaneseExtraction, PlannedReleaseThatSlippedIsADelay) {
  EXPECT_EQ(Extract("Polaris Labsは「Polaris Nano」を公開した。3月に公開予定だったが、品質改善のため1カ月遅れた。"),
            "delay Polaris Nano @ Polaris Labs\n"
            "release Polaris Nano @ Polaris Labs\n");
}

// ---- What is not asserted ----------------------------------------------------

TEST(JapaneseExtraction, RumourIsNotAFact) {
  EXPECT_EQ(Extract("森田優氏がKumo AIに移籍するとの観測が出ている。"), "");
  EXPECT_EQ(Extract("森田優氏がHikari Labsを退社するとの一部報道があった。"), "");
  EXPECT_EQ(Extract("森田優氏はHikari Labsを退社するかもしれない。"), "");
  EXPECT_EQ(Extract("森田優氏がKumo AIに移る可能性がある。"), "");
  EXPECT_EQ(Extract("Kumo AIは森田優氏の採用を検討している。"), "");
}

TEST(JapaneseExtraction, DenialIsNotAFact) {
  EXPECT_EQ(Extract("Hikari Labsは、森田優氏が退社するとの報道について「事実ではない」と否定した。"), "");
}

TEST(JapaneseExtraction, NegationIsNotAFact) {
  EXPECT_EQ(Extract("森田優氏は「退社の予定はない」と述べた。"), "");
  EXPECT_EQ(Extract("森田優氏はKumo AIに入社していない。"), "");
}

TEST(JapaneseExtraction, HypotheticalIsNotAFact) {
  EXPECT_EQ(Extract("もしKumo AIが森田優氏を採用すれば、業界は驚くだろう。"), "");
}

TEST(JapaneseExtraction, PresentAffiliationAloneIsNoChange) {
  EXPECT_EQ(Extract("Hikari Labsの研究者、森田優氏は「推論が鍵だ」と述べた。"), "");
}

// ---- Names -------------------------------------------------------------------

TEST(JapaneseExtraction, SurnameResolvesToTheFullNameWrittenBefore) {
  EXPECT_EQ(Extract("Kumo AIは森田優氏の退任を発表した。森田氏は2019年にOrion Roboticsから移籍していた。"),
            "departure 森田優 @ Kumo AI\n"
            "departure 森田優 @ Orion Robotics\n"
            "join 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, KatakanaAndLatinNamesResolveTheirSurnames) {
  EXPECT_EQ(Extract("マルコ・ロッシ氏とPriya Raman氏は研究者だ。ロッシ氏はKumo AIに入社した。Raman氏はOrion "
                    "Roboticsに入社した。"),
            "join Priya Raman @ Orion Robotics\n"
            "join マルコ・ロッシ @ Kumo AI\n");
}

TEST(JapaneseExtraction, DoushaIsTheCompanyBeingDiscussed) {
  EXPECT_EQ(Extract("Hikari Labsは、元グーグルの大野舞氏が同社に参画したと発表した。"),
            "departure 大野舞 @ Google\n"
            "join 大野舞 @ Hikari Labs\n");
}

TEST(JapaneseExtraction, DoushaLeftIsThePersonsOwnOrg) {
  EXPECT_EQ(Extract("米メタで研究を率いる大野舞氏が、年内で同社を退社する。"), "departure 大野舞 @ Meta\n");
}

TEST(JapaneseExtraction, CountryPrefixAndKabushikiGaishaAreNotPartOfTheName) {
  EXPECT_EQ(Extract("米Nebula Labsは「Nebula-5」を公開した。株式会社Kumo AIは「Kumo-5」をリリースした。"),
            "release Kumo-5 @ Kumo AI\n"
            "release Nebula-5 @ Nebula Labs\n");
}

TEST(JapaneseExtraction, KatakanaWithAiIsAnOrg) {
  EXPECT_EQ(Extract("森田優氏は、米ソラトスAIに入社した。"), "join 森田優 @ ソラトスAI\n");
}

TEST(JapaneseExtraction, KanjiNameWithAnOrgEndingIsAnOrg) {
  EXPECT_EQ(Extract("Kumo AIは、北斗電機で研究所長を務めた森田優氏を招聘した。"),
            "departure 森田優 @ 北斗電機\n"
            "join 森田優 @ Kumo AI\n");
}

TEST(JapaneseExtraction, TitleAfterANameMakesAPerson) {
  EXPECT_EQ(Extract("伊Orion Roboticsのマルコ・ロッシ最高経営責任者は、Kumo AIに移籍した。"),
            "departure マルコ・ロッシ @ Orion Robotics\n"
            "join マルコ・ロッシ @ Kumo AI\n");
}

TEST(JapaneseExtraction, FormerTitleAfterTheNameIsADeparture) {
  EXPECT_EQ(Extract("Orion Roboticsの森田優前CTOが立ち上げた新会社Quill AIは、1日に始動した。"),
            "departure 森田優 @ Orion Robotics\n"
            "founded 森田優 @ Quill AI\n");
}

TEST(JapaneseExtraction, DoctorsAndKanaGivenNamesArePeople) {
  EXPECT_EQ(Extract("Kumo AIは、ハロルド・ウィットコム博士を迎えた。原田さくら氏もKumo AIに入社した。"),
            "join ハロルド・ウィットコム @ Kumo AI\n"
            "join 原田さくら @ Kumo AI\n");
}

TEST(JapaneseExtraction, DouDaigakuIsTheLastUniversityNamed) {
  EXPECT_EQ(Extract("北斗AIラボは、東都大学発のスタートアップで、2020年に同大学の研究者だった石井聡氏が立ち上げた。"),
            "departure 石井聡 @ 東都大学\n"
            "founded 石井聡 @ 北斗AIラボ\n");
}

TEST(JapaneseExtraction, KanjiNameAfterMotoIsAnOrg) {
  EXPECT_EQ(Extract("元楽天の技術者である池田純一氏がKumo AIに加わった。"),
            "departure 池田純一 @ 楽天\n"
            "join 池田純一 @ Kumo AI\n");
}

TEST(JapaneseExtraction, JapaneseArmKeepsNihonInItsName) {
  EXPECT_EQ(Extract("日本IBMで長くAI事業を担当した石川浩氏が、Kumo AIに移った。"),
            "departure 石川浩 @ 日本IBM\n"
            "join 石川浩 @ Kumo AI\n");
}

TEST(JapaneseExtraction, OrgAsTheSettingOfTheSentence) {
  EXPECT_EQ(Extract("Nebula Labsでは、研究担当副社長の青山由美子氏が9月末に退社した。"),
            "departure 青山由美子 @ Nebula Labs\n");
}

TEST(JapaneseExtraction, FullWidthLatinNamesAreNames) {
  EXPECT_EQ(Extract("ＡＩ新興のＳｏｒａｎｏ　Ｌａｂｓは２０日、「Ｓｏｒａｎｏ－１」を公開した。"),
            "release Ｓｏｒａｎｏ－１ @ Ｓｏｒａｎｏ　Ｌａｂｓ\n");
}

TEST(JapaneseExtraction, PrivateUseCharactersInTheTextAreNotNames) {
  EXPECT_EQ(Extract("\uE000\uE401は\uE800を公開した。森田優氏が\uE000に入社した。"), "");
}

// ---- Dates and evidence ------------------------------------------------------

TEST(JapaneseExtraction, AnnouncedMoveHasItsDateAndTheDayItWasAnnounced) {
  EXPECT_EQ(ExtractDates("Hikari Labsは、森田優氏が7月31日付で退社すると発表した。"),
            "departure 森田優 2025-07-31 announced 2025-06-20\n");
}

TEST(JapaneseExtraction, MoveAtMonthEndIsAnAnnouncedMove) {
  EXPECT_EQ(ExtractDates("森田優氏は8月末でHikari Labsを退社する予定だ。"),
            "departure 森田優 2025-08 announced 2025-06-20\n");
}

TEST(JapaneseExtraction, RelativeDatesResolveAgainstThePublicationDay) {
  EXPECT_EQ(ExtractDates("Kumo AIは19日、「Kumo-11」を公開した。"), "release Kumo-11 2025-06-19\n");
  EXPECT_EQ(ExtractDates("Kumo AIは先月、「Kumo-12」を公開した。"), "release Kumo-12 2025-05\n");
  EXPECT_EQ(ExtractDates("Kumo AIは昨秋、「Kumo-13」を公開した。"), "release Kumo-13 2024\n");
  EXPECT_EQ(ExtractDates("Kumo AIは今年2月、「Kumo-14」を公開した。"), "release Kumo-14 2025-02\n");
  EXPECT_EQ(ExtractDates("Kumo AIは12月、「Kumo-15」を公開した。"), "release Kumo-15 2024-12\n");
}

TEST(JapaneseExtraction, SameYearRefersToTheLastYearWritten) {
  EXPECT_EQ(ExtractDates("Kumo AIは2023年4月に設立された。同年9月に「Kumo-1」を、12月には「Kumo-2」を公開した。"),
            "release Kumo-1 2023-09\n"
            "release Kumo-2 2023-12\n");
}

TEST(JapaneseExtraction, EvidenceIsTheSentenceWithTheTrigger) {
  std::string first = "Kumo AIは新しい研究拠点を開いた。";
  std::string second = "森田優氏がKumo AIに入社した。";
  auto facts = Facts(first + second);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].start, first.size());
  EXPECT_EQ(facts[0].end, first.size() + second.size());
}

TEST(JapaneseExtraction, DescriptorFactsAreLessCertainThanStatedMoves) {
  auto facts = Facts("元Hikari Labsの森田優氏は、Kumo AIに入社した。");
  ASSERT_EQ(facts.size(), 2u);
  for (const auto& f : facts) {
    EXPECT_GT(f.confidence, 0.0);
    EXPECT_LE(f.confidence, 1.0);
  }
  const auto& departure = facts[0].kind == FactKind::kDeparture ? facts[0] : facts[1];
  const auto& join = facts[0].kind == FactKind::kJoin ? facts[0] : facts[1];
  EXPECT_LT(departure.confidence, join.confidence);
}

TEST(JapaneseExtraction, OpeningBracketLeftAtASentenceEndGoesWithTheNextSentence) {
  std::string first = "Kumo AIは「Kumo-2」を公開した。";
  std::string second = "「Kumo-2 Mini」と「Kumo-2 Max」の2サイズで提供する。";
  auto facts = Facts(first + second);
  ASSERT_EQ(facts.size(), 3u);
  for (const auto& f : facts) {
    if (f.model == "Kumo-2") continue;
    EXPECT_EQ(f.start, first.size()) << f.model;
    EXPECT_EQ(f.end, first.size() + second.size()) << f.model;
  }
}

// ---- Constructions added at extractor version 3 --------------------------------

TEST(JapaneseExtraction, KatakanaKanjiNameAfterShinkaishaWithoutBracketsIsTheFoundedOrg) {
  EXPECT_EQ(Extract("元OpenAIの青木健氏が、新会社ツバメ知能を設立した。"),
            "departure 青木健 @ OpenAI\nfounded 青木健 @ ツバメ知能\n");
  EXPECT_EQ(Extract("青木健氏と森下彩氏は新会社のカモメ電脳を共同創業した。"),
            "founded 森下彩 @ カモメ電脳\nfounded 青木健 @ カモメ電脳\n");
}

TEST(JapaneseExtraction, KatakanaKanjiNameBeforeTheDeOfAPastPostIsTheOrgLeft) {
  EXPECT_EQ(Extract("ヒバリ電装で自動運転の研究を率いていた青木健氏が、Kumo AIに入社した。"),
            "departure 青木健 @ ヒバリ電装\njoin 青木健 @ Kumo AI\n");
}

TEST(JapaneseExtraction, AUnitBeforeTheDeOfAPastPostIsNoOrg) {
  EXPECT_EQ(Extract("ロボット事業部で開発を率いていた青木健氏が、Kumo AIに入社した。"), "join 青木健 @ Kumo AI\n");
}

TEST(JapaneseExtraction, APresentPostGivesNoOrgFromItsDe) {
  EXPECT_EQ(Extract("ヒバリ電装で研究を率いる青木健氏は、新会社設立の計画はないと述べた。"), "");
}

TEST(JapaneseExtraction, AMoveInAPredicateNounTellsOfTheTopicPerson) {
  EXPECT_EQ(Extract("ヒバリ電機は8日、新モデルを公開した。開発を率いた青木健氏は、2022年にミドリ通信から同社に移籍した研究者だ。"),
            "departure 青木健 @ ミドリ通信\njoin 青木健 @ ヒバリ電機\n");
  EXPECT_EQ(Extract("青木健氏は、ミドリ通信を退社した研究者について語った。"), "");
}

TEST(JapaneseExtraction, KatakanaNameWithACompanyTailIsAnOrg) {
  EXPECT_EQ(Extract("ツバキ・ラボの創業者である青木健氏が講演した。"), "founded 青木健 @ ツバキ・ラボ\n");
  EXPECT_EQ(Extract("コハク・ホールディングスは、青木健氏が入社したと発表した。"), "join 青木健 @ コハク・ホールディングス\n");
  // ラボ without a dot may be a unit.
  EXPECT_EQ(Extract("オープンラボの創業者である青木健氏が講演した。"), "");
}

TEST(JapaneseExtraction, AnEffectiveDayIsNoEarlierStint) {
  EXPECT_EQ(Extract("Kumo AIは、青木健氏が4月1日付でグループの別部門に異動すると発表した。米IBM出身の村上玲奈氏が同日付で入社する。",
                    "2026-03-25T09:00:00Z"),
            "departure 村上玲奈 @ IBM\njoin 村上玲奈 @ Kumo AI\n");
}

TEST(JapaneseExtraction, APersonWhoLeadsAUnitOfAnOrgMovedThere) {
  EXPECT_EQ(Extract("ハヤブサAIの研究部門を率いる田辺修氏は、2021年にミドリ電機から移籍した。"),
            "departure 田辺修 @ ミドリ電機\njoin 田辺修 @ ハヤブサAI\n");
  EXPECT_EQ(Extract("ハヤブサAIの研究部門を率いる田辺修氏が講演した。"), "");
}

TEST(JapaneseExtraction, AMoveBeingArrangedIsNoFact) {
  EXPECT_EQ(Extract("菊池亮氏がシラサギ電機を退社し、Nimbra AIに移る方向で調整している。"), "");
  EXPECT_EQ(Extract("Nimbra AIは菊池亮氏を迎える方向で最終調整に入った。"), "");
  EXPECT_EQ(Extract("菊池亮氏はシラサギ電機を退社し、Nimbra AIに移った。"),
            "departure 菊池亮 @ シラサギ電機\njoin 菊池亮 @ Nimbra AI\n");
}

TEST(JapaneseExtraction, HoldingOffAReleaseForNowIsADelay) {
  EXPECT_EQ(Extract("Pavo Labsは「Pavo-4」の公開を当面見送ると発表した。"), "delay Pavo-4 @ Pavo Labs\n");
  EXPECT_EQ(Extract("Pavo Labsは、来月の予定だった「Pavo-4」の一般公開を一時見送った。"), "delay Pavo-4 @ Pavo Labs\n");
  EXPECT_EQ(Extract("Pavo Labsは「Pavo-4」の公開を見送った。"), "");
}

TEST(JapaneseExtraction, AnIndustryHeadIsNoPartOfTheOrgName) {
  EXPECT_EQ(Extract("通信大手アオサギ通信でAI研究所長を務めた菊池亮氏が、Nimbra AIに入社した。"),
            "departure 菊池亮 @ アオサギ通信\njoin 菊池亮 @ Nimbra AI\n");
  EXPECT_EQ(Extract("電機最大手のシラサギ電機は、菊池亮氏が退社したと発表した。"), "departure 菊池亮 @ シラサギ電機\n");
}

TEST(JapaneseExtraction, AVariantWithAClauseOfItsOwnIsListed) {
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-5」と、端末上で動く軽量版「Pavo-5 Edge」を公開した。"),
            "release Pavo-5 @ Pavo Labs\nrelease Pavo-5 Edge @ Pavo Labs\n");
  // A clause that names another maker, or ends in no variant noun, ends the list.
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-5」と、Rival AIが手がける小型版「Rival-2 Mini」を比べた結果を公開した。"), "");
  EXPECT_EQ(Extract("Pavo Labsは「Pavo-5」を公開した。「Pavo-5」と、昨年話題になった「Sable-2」を比べた。"),
            "release Pavo-5 @ Pavo Labs\n");
}

TEST(JapaneseExtraction, OneNamedWithTomoniFoundedTheCompanyToo) {
  EXPECT_EQ(Extract("菊池亮氏は、研究者の岡田純氏とともに新会社「Sable Reasoning」を設立した。"),
            "founded 岡田純 @ Sable Reasoning\nfounded 菊池亮 @ Sable Reasoning\n");
  // ともに with another verb in between is no founding together.
  EXPECT_EQ(Extract("菊池亮氏は岡田純氏とともに登壇し、新会社「Sable Reasoning」を設立したと語った。"),
            "founded 菊池亮 @ Sable Reasoning\n");
}

TEST(JapaneseExtraction, AKatakanaNameWithAStaffRoleIsAnOrg) {
  EXPECT_EQ(Extract("ヤマセミの研究者だった菊池亮氏が、Nimbra AIに入社した。"),
            "departure 菊池亮 @ ヤマセミ\njoin 菊池亮 @ Nimbra AI\n");
  EXPECT_EQ(Extract("Nimbra AIは、競合ヤマセミの元社員、菊池亮氏を採用した。"),
            "departure 菊池亮 @ ヤマセミ\njoin 菊池亮 @ Nimbra AI\n");
  // A function is no org: only the staff roles mark one.
  EXPECT_EQ(Extract("マーケティングの責任者だった菊池亮氏が、Nimbra AIに入社した。"), "join 菊池亮 @ Nimbra AI\n");
}

TEST(JapaneseExtraction, SomeoneAtAnotherOrgHiredAwayLeftIt) {
  EXPECT_EQ(Extract("Nimbra AIは、Hikari Labsの研究者の菊池亮氏をCTOとして迎え入れた。"),
            "departure 菊池亮 @ Hikari Labs\njoin 菊池亮 @ Nimbra AI\n");
  // A post held beside one's own, and an appointment by 任命, leave the person where they are.
  EXPECT_EQ(Extract("Nimbra AIは、Hikari Labsの菊池亮氏を社外取締役として迎えた。"), "join 菊池亮 @ Nimbra AI\n");
  EXPECT_EQ(Extract("Nimbra AIは、Hikari Labsの菊池亮氏を技術顧問に任命した。"), "join 菊池亮 @ Nimbra AI\n");
}

TEST(JapaneseExtraction, AnOfficersTitleRightAfterAKatakanaNameMakesItAnOrg) {
  EXPECT_EQ(Extract("ヤマセミ共同創業者の菊池亮氏は、同社を離れた。"),
            "departure 菊池亮 @ ヤマセミ\nfounded 菊池亮 @ ヤマセミ\n");
  // A field before a researcher is no org.
  EXPECT_EQ(Extract("ディープラーニング研究者の菊池亮氏が、Nimbra AIに入社した。"), "join 菊池亮 @ Nimbra AI\n");
}

TEST(JapaneseExtraction, AMoveInTheDictionaryFormIsAnnounced) {
  EXPECT_EQ(ExtractDates("Hikari Labsは、菊池亮氏が3月31日付で退社し、4月1日付でNimbra AIに移ると発表した。",
                         "2026-03-20T09:00:00Z"),
            "departure 菊池亮 2026-03-31 announced 2026-03-20\njoin 菊池亮 2026-04-01 announced 2026-03-20\n");
}

TEST(JapaneseExtraction, AnEffectiveDaySoonAfterPublicationIsThisYears) {
  EXPECT_EQ(ExtractDates("菊池亮氏は4月1日付でNimbra AIに入社した。", "2026-03-31T22:00:00Z"),
            "join 菊池亮 2026-04-01\n");
  // Without 付 a day after publication in the past tense is last year's.
  EXPECT_EQ(ExtractDates("菊池亮氏は4月20日にNimbra AIに入社した。", "2026-03-31T22:00:00Z"),
            "join 菊池亮 2025-04-20\n");
}

TEST(JapaneseExtraction, AHireAsANounDoneOrDecidedIsAMove) {
  EXPECT_EQ(Extract("Nimbra AIは菊池亮氏の引き抜きに成功した。"), "join 菊池亮 @ Nimbra AI\n");
  EXPECT_EQ(Extract("Hikari Labsは菊池亮氏の解任を発表した。"), "departure 菊池亮 @ Hikari Labs\n");
  EXPECT_EQ(Extract("Nimbra AIは菊池亮氏の採用を検討している。"), "");
  EXPECT_EQ(Extract("Nimbra AIは菊池亮氏の採用を見送った。"), "");
}

TEST(JapaneseExtraction, OfferingAModelThroughAnApiIsARelease) {
  EXPECT_EQ(Extract("Pavo Labsは「Pavo-6」のAPI提供を開始した。"), "release Pavo-6 @ Pavo Labs\n");
  EXPECT_EQ(Extract("Pavo Labsは「Pavo-6」のAPI提供を来月始める予定だ。"), "");
}

TEST(JapaneseExtraction, APostGivenToOneOfItsOwnIsNoJoin) {
  EXPECT_EQ(Extract("Nimbra AIは、同社の菊池亮氏をCTOに起用した。"), "");
  EXPECT_EQ(Extract("Nimbra AIは、Hikari Labsの菊池亮氏をCTOに起用した。"), "join 菊池亮 @ Nimbra AI\n");
}

TEST(JapaneseExtraction, AKatakanaNameWithShozokuIsWhereThePersonIs) {
  EXPECT_EQ(Extract("ノビタキ所属の研究者、菊池亮氏がNimbra AIに移籍した。"),
            "departure 菊池亮 @ ノビタキ\njoin 菊池亮 @ Nimbra AI\n");
}

TEST(JapaneseExtraction, AKatakanaNameOpeningTheArticleIsItsCompany) {
  EXPECT_EQ(Extract("ノビタキは、画像生成モデル「Nobi-2」を公開した。"), "release Nobi-2 @ ノビタキ\n");
  // Later sentences open with common nouns as often.
  EXPECT_EQ(Extract("Nimbra AIの開発体制が変わった。チャットボットは、菊池亮氏が入社してから改善した。"), "");
}

TEST(JapaneseExtraction, CapitalsGluedBeforeAKatakanaNameArePartOfIt) {
  EXPECT_EQ(Extract("森田健一氏はSBIハヤブサを退社し、Hoshiwa AIに移った。"),
            "departure 森田健一 @ SBIハヤブサ\njoin 森田健一 @ Hoshiwa AI\n");
  EXPECT_EQ(Extract("NKKツバメ出身の菊池亮氏がNimbra AIに入社した。"),
            "departure 菊池亮 @ NKKツバメ\njoin 菊池亮 @ Nimbra AI\n");
  // A generic word is no part of the name, and a plan is no move.
  EXPECT_EQ(Extract("菊池亮氏は、AIスタートアップのハヤブサに入社した。"), "join 菊池亮 @ ハヤブサ\n");
  EXPECT_EQ(Extract("菊池亮氏はSBIハヤブサへの移籍を検討している。"), "");
}

TEST(JapaneseExtraction, AKanjiOrgWithASuffixAfterMotoOrBeforeShusshin) {
  EXPECT_EQ(Extract("元三河重工の菊池亮氏がNimbra AIに入社した。"),
            "departure 菊池亮 @ 三河重工\njoin 菊池亮 @ Nimbra AI\n");
  EXPECT_EQ(Extract("三河重工出身の菊池亮氏がNimbra AIに入社した。"),
            "departure 菊池亮 @ 三河重工\njoin 菊池亮 @ Nimbra AI\n");
  // A place of birth is no employer.
  EXPECT_EQ(Extract("京都出身の菊池亮氏がNimbra AIに入社した。"), "join 菊池亮 @ Nimbra AI\n");
}

TEST(JapaneseExtraction, AKatakanaOrgMarkedOnceIsAnOrgWhereverItStandsAlone) {
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、新しいモデルを公開した。カワアイサは菊池亮氏と山口ゆかり氏が"
                    "2022年に創業した。"),
            "founded 山口ゆかり @ カワアイサ\nfounded 菊池亮 @ カワアイサ\n");
  // Not inside a longer katakana word.
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、新しいモデルを公開した。カワアイサガワは菊池亮氏が2022年に"
                    "創業した。"),
            "");
}

TEST(JapaneseExtraction, AKanjiNameAfterACompanyNounIsAnOrg) {
  EXPECT_EQ(Extract("中国のAI新興、青嵐智能は3日、推論モデル「Qinglan-R1」の提供を始めた。"),
            "release Qinglan-R1 @ 青嵐智能\n");
  EXPECT_EQ(Extract("中国のAI企業、セイラン科技は3日、新モデル「Qinglan-R1」を公開した。"),
            "release Qinglan-R1 @ セイラン科技\n");
  // The same name later, alone.
  EXPECT_EQ(Extract("中国のAI新興、青嵐智能が注目を集めている。青嵐智能は3日、新モデル「Qinglan-R1」を公開した。"),
            "release Qinglan-R1 @ 青嵐智能\n");
  // A role noun after the company noun is no name.
  EXPECT_EQ(Extract("スタートアップの研究者は、新モデル「Qinglan-R1」を公開した。"), "");
}

TEST(JapaneseExtraction, APredecessorWhoStepsDownLeavesTheArticlesOrg) {
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、菊池亮氏が社長に就いたと発表した。前社長の大西隆氏は3月末で"
                    "退任した。"),
            "departure 大西隆 @ カワアイサ\n");
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、新たな研究責任者を迎える人事を発表した。前任の大西隆氏は退任し、"
                    "自ら起業する。"),
            "departure 大西隆 @ カワアイサ\n");
}

TEST(JapaneseExtraction, AKanjiNameBeforeShusshinIsAFormerEmployer) {
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、楽天出身の菊池亮氏が入社したと発表した。"),
            "departure 菊池亮 @ 楽天\njoin 菊池亮 @ カワアイサ\n");
  // A school or a place one comes from is no employer, nor a bare org noun.
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、東京大学出身の菊池亮氏が入社したと発表した。"),
            "join 菊池亮 @ カワアイサ\n");
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、京都出身の菊池亮氏が入社したと発表した。"),
            "join 菊池亮 @ カワアイサ\n");
}

TEST(JapaneseExtraction, DoDaigakuIsTheUniversityNamedWithAPost) {
  EXPECT_EQ(Extract("カワアイサ（東京・港）は、東北大学准教授の菊池亮氏を招聘すると発表した。菊池氏は3月末で同大学を"
                    "退職する。"),
            "departure 菊池亮 @ 東北大学\njoin 菊池亮 @ カワアイサ\n");
}

TEST(JapaneseExtraction, AKatakanaSubjectDatedWithItsMonth) {
  EXPECT_EQ(Extract("カワアイサは11月2日、画像生成モデル「Kawa-1」の提供を開始した。"), "release Kawa-1 @ カワアイサ\n");
}

TEST(JapaneseExtraction, AModelAsTopicWhoseProvisionStarted) {
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、新モデルを発表した。一方、画像認識モデル「Kawa-2」は同日から"
                    "法人向けに提供を始めた。"),
            "release Kawa-2 @ カワアイサ\n");
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、新モデルを発表した。画像認識モデル「Kawa-2」は来月から提供を"
                    "始める予定だ。"),
            "");
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、新モデルを発表した。「Kawa-2」はユーザーに画像を公開した。"),
            "");
}

TEST(JapaneseExtraction, AnAppointmentAnnouncedAsAPersonnelDecision) {
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、最高執行責任者に元アクセンチュアの大野真司氏が就任する人事を"
                    "発表した。"),
            "departure 大野真司 @ アクセンチュア\njoin 大野真司 @ カワアイサ\n");
  EXPECT_EQ(Extract("AI新興のカワアイサ（東京・港）は5日、大野真司氏が就任する人事を検討していると明らかにした。"), "");
}

TEST(JapaneseExtraction, AKanjiNameWithAKatakanaCompanyTail) {
  EXPECT_EQ(Extract("東西グループは5日、AI部門を率いていた大野真司氏が退任したと発表した。"),
            "departure 大野真司 @ 東西グループ\n");
  EXPECT_EQ(Extract("同グループは5日、大野真司氏が退任したと発表した。"), "");
}

TEST(JapaneseExtraction, AKatakanaNameWherePersonNamedNextHeldAPost) {
  EXPECT_EQ(Extract("ミサゴのAI部門で研究を率いてきた大野真司氏が3月末で同社を退社することが分かった。"),
            "departure 大野真司 @ ミサゴ\n");
  EXPECT_EQ(Extract("ミサゴで研究を率いてきた大野真司氏が同社を退社した。"), "departure 大野真司 @ ミサゴ\n");
  // A katakana word before で with no post of the person: no org.
  EXPECT_EQ(Extract("クラウドで提供される大野真司氏の講座が好評だ。"), "");
}

TEST(JapaneseExtraction, FromAUnitOfAnOrgIsFromTheOrg) {
  EXPECT_EQ(Extract("AIスタートアップのシマアジ（京都市）は、NTTの研究所出身の大野真司氏が研究責任者に就任したと発表した。"),
            "departure 大野真司 @ NTT\njoin 大野真司 @ シマアジ\n");
}

TEST(JapaneseExtraction, AnEarlierMoveDidNotStartAtTheOrgJoinedNow) {
  EXPECT_EQ(Extract("AIスタートアップのシマアジ（京都市）は、NTT出身の大野真司氏が研究責任者に就任したと発表した。大野氏は"
                    "2021年に米マイクロソフトの研究部門に転じ、言語モデルを研究してきた。"),
            "departure 大野真司 @ NTT\njoin 大野真司 @ シマアジ\njoin 大野真司 @ マイクロソフト\n");
}

TEST(JapaneseExtraction, AReleaseShelvedIsNoRelease) {
  EXPECT_EQ(Extract("AI新興のミサゴ（東京・港）は、音声合成モデル「Koe-2」の公開を見送ると発表した。"), "");
  EXPECT_EQ(Extract("AI新興のミサゴ（東京・港）は、音声合成モデル「Koe-2」の投入を中止すると発表した。"), "");
  EXPECT_EQ(Extract("AI新興のミサゴ（東京・港）は、音声合成モデル「Koe-2」の提供を開始したと発表した。"),
            "release Koe-2 @ ミサゴ\n");
}

TEST(JapaneseExtraction, DoushaOpeningASentenceIsTheArticlesOrg) {
  EXPECT_EQ(Extract("生成AI開発のハヤテ（東京・中央）は10日、米アマゾンで研究者を務めていた斎藤隆之氏が最高技術責任者に"
                    "就任したと発表した。同社は今年4月に大規模言語モデル「Hayate-1」を公開している。"),
            "departure 斎藤隆之 @ アマゾン\njoin 斎藤隆之 @ ハヤテ\nrelease Hayate-1 @ ハヤテ\n");
}

TEST(JapaneseExtraction, AnOrgsJapaneseArmIsTheOrg) {
  EXPECT_EQ(Extract("AI新興のミサゴ（東京・港）は5日、米グーグル日本法人の元幹部、小林健氏を社長に招いたと発表した。"),
            "departure 小林健 @ Google\njoin 小林健 @ ミサゴ\n");
  EXPECT_EQ(Extract("米グーグル日本法人で広告事業を率いていた小林健氏がミサゴに移籍した。"),
            "departure 小林健 @ Google\njoin 小林健 @ ミサゴ\n");
}

TEST(JapaneseExtraction, AKatakanaSubjectThatHiresAPersonIsAnOrg) {
  EXPECT_EQ(Extract("関係者によると、ハマナスエージェントは大野真司氏を採用した。"), "join 大野真司 @ ハマナスエージェント\n");
  EXPECT_EQ(Extract("新規事業は好調だ。ハマナスエージェントは大野真司氏を迎えた。"),
            "join 大野真司 @ ハマナスエージェント\n");
  // A post between the person and the verb: "X氏をCTOに起用した".
  EXPECT_EQ(Extract("ハマナスは2月、米グーグル出身の大野真司氏を最高技術責任者（CTO）に任命した。"),
            "departure 大野真司 @ Google\njoin 大野真司 @ ハマナス\n");
  EXPECT_EQ(Extract("新規事業は好調だ。ハマナスは、大野真司氏を研究所長として迎えた。"), "join 大野真司 @ ハマナス\n");
  // A subject that hires no one is not marked by this rule.
  EXPECT_EQ(Extract("新規事業は好調だ。チャットボットは大野真司氏が開発した。"), "");
  EXPECT_EQ(Extract("新規事業は好調だ。ハマナスは大野真司氏を訪ねて意見を聞いた。"), "");
}

TEST(JapaneseExtraction, AKanjiNameOpeningTheArticleAsADatedSubjectIsAnOrg) {
  EXPECT_EQ(Extract("東雲電機は19日、人事を発表した。研究所の副所長だった大野真司氏は10月に退社し、楽天グループに移った。"),
            "departure 大野真司 @ 東雲電機\njoin 大野真司 @ 楽天グループ\n");
  EXPECT_EQ(Extract("東雲電機は11月19日、大野真司氏が退社したと発表した。"), "departure 大野真司 @ 東雲電機\n");
  // Not a company: 政府 is no employer here.
  EXPECT_EQ(Extract("政府は19日、人事を発表した。大野真司氏は10月に同社を退社した。"), "");
}

TEST(JapaneseExtraction, AKanaGivenNameAfterATwoKanjiFamilyName) {
  EXPECT_EQ(Extract("ハマナスAIは、東雲通信で研究をしていた佐藤ゆいさんを採用した。"),
            "departure 佐藤ゆい @ 東雲通信\njoin 佐藤ゆい @ ハマナスAI\n");
  EXPECT_EQ(Extract("東雲通信の研究者だった田中あい氏がハマナスAIに移籍した。"),
            "departure 田中あい @ 東雲通信\njoin 田中あい @ ハマナスAI\n");
  // One kanji and its kana are a verb, not a name: no person before 氏.
  EXPECT_EQ(Extract("研究を率いた氏がハマナスAIに移籍した。"), "");
}

TEST(JapaneseExtraction, AHireAsThePostOfAUnitOfTheOrg) {
  EXPECT_EQ(Extract("ハマナスAIは、米グーグルで研究者を務めた大野真司氏を東京研究所の所長として迎えると発表した。"),
            "departure 大野真司 @ Google\njoin 大野真司 @ ハマナスAI\n");
  EXPECT_EQ(Extract("ハマナスAIは、大野真司氏を京都研究所の所長に迎えた。"), "join 大野真司 @ ハマナスAI\n");
  // Only weighed: no join.
  EXPECT_EQ(Extract("ハマナスAIは、大野真司氏を東京研究所の所長として迎えることを検討している。"), "");
}

TEST(JapaneseExtraction, FoundersOpeningTheSentenceAfterTheCompanyWasSetUp) {
  EXPECT_EQ(Extract("AI新興のハマナス（東京・港）が設立された。創業者は米グーグルにいた大野真司氏と、東雲病院の医師だった"
                    "田中健氏。"),
            "departure 田中健 @ 東雲病院\nfounded 大野真司 @ ハマナス\nfounded 田中健 @ ハマナス\n");
  // The founder of another org named in the sentence: not the company's.
  EXPECT_EQ(Extract("AI新興のハマナス（東京・港）が設立された。東雲電機の創業者は大野真司氏だ。"), "");
}

TEST(JapaneseExtraction, ASentenceListingAsManyNamesAsItsCountNamesTheGroup) {
  EXPECT_EQ(Extract("ハマナスAIから3人の研究者がミサゴAIに移った。大野真司氏、田中健氏、佐藤ゆかり氏の3人だ。"),
            "departure 佐藤ゆかり @ ハマナスAI\ndeparture 大野真司 @ ハマナスAI\ndeparture 田中健 @ ハマナスAI\n"
            "join 佐藤ゆかり @ ミサゴAI\njoin 大野真司 @ ミサゴAI\njoin 田中健 @ ミサゴAI\n");
  EXPECT_EQ(Extract("ハマナスAIの研究者2人がミサゴAIに移籍した。移籍したのは、大野真司氏と田中健氏の2人。"),
            "departure 大野真司 @ ハマナスAI\ndeparture 田中健 @ ハマナスAI\njoin 大野真司 @ ミサゴAI\n"
            "join 田中健 @ ミサゴAI\n");
  // The count does not end the sentence, or no count: not the group's list.
  EXPECT_EQ(Extract("ハマナスAIから3人の研究者がミサゴAIに移った。大野真司氏と田中健氏の2人は残った。"), "");
  EXPECT_EQ(Extract("ハマナスAIから3人の研究者がミサゴAIに移った。大野真司氏と田中健氏は発表会に出席した。"), "");
}

TEST(JapaneseExtraction, AFoundingMemberOfAKatakanaName) {
  EXPECT_EQ(Extract("ミサゴの創業メンバーで、昨年同社を去った大野真司氏が、新たにハマナスAIを設立した。"),
            "departure 大野真司 @ ミサゴ\nfounded 大野真司 @ ハマナスAI\nfounded 大野真司 @ ミサゴ\n");
}

TEST(JapaneseExtraction, AKatakanaNameJoinedOrLeftIsACompany) {
  EXPECT_EQ(Extract("大野真司氏はミサゴを退社した。"), "departure 大野真司 @ ミサゴ\n");
  EXPECT_EQ(Extract("大野真司氏は昨年ミサゴに入社した。"), "join 大野真司 @ ミサゴ\n");
  // A place moved to is no employer.
  EXPECT_EQ(Extract("大野真司氏は2010年にシンガポールに移った。"), "");
}

TEST(JapaneseExtraction, ACareerToldYearByYearWithoutTheName) {
  EXPECT_EQ(Extract("大野真司氏は2010年にソニーに入社した。2015年にハマナスAIに転じ、2018年にミサゴに移籍した。"),
            "departure 大野真司 @ ソニー\ndeparture 大野真司 @ ハマナスAI\njoin 大野真司 @ ソニー\n"
            "join 大野真司 @ ハマナスAI\njoin 大野真司 @ ミサゴ\n");
  EXPECT_EQ(Extract("大野真司氏は研究者だ。2018年にミサゴに入社した。"), "join 大野真司 @ ミサゴ\n");
  // The sentence before was about an org, or names someone else: no step.
  EXPECT_EQ(Extract("ハマナスAIは成長している。2018年にソニーに入社した。"), "");
  EXPECT_EQ(Extract("大野真司氏は研究者だ。2018年に田中健氏がソニーに入社した。"), "join 田中健 @ ソニー\n");
}

TEST(JapaneseExtraction, AModelAfterAPastClauseOfAnOrgReleasingIt) {
  EXPECT_EQ(Extract("ハマナスAIが今年3月に公開した「Hama-3」は、評価が高い。"), "release Hama-3 @ ハマナスAI\n");
  EXPECT_EQ(Extract("ハマナスAIは、同社が昨年リリースした「Hama-2」の後継を開発中だ。"), "release Hama-2 @ ハマナスAI\n");
  // A release to come, or someone else's act on the model: none.
  EXPECT_EQ(Extract("ハマナスAIが公開する「Hama-4」は、来年登場する。"), "");
  EXPECT_EQ(Extract("米グーグルが評価した「Hama-3」は好調だ。"), "");
}

TEST(JapaneseExtraction, AReleaseDateMovedLaterWithNobasu) {
  EXPECT_EQ(Extract("ハマナスAIは、「Hama-4」の発売時期を来年以降に延ばすと明らかにした。"), "delay Hama-4 @ ハマナスAI\n");
  EXPECT_EQ(Extract("ハマナスAIは「Hama-4」の公開を6月に延ばした。"), "delay Hama-4 @ ハマナスAI\n");
  // Only possible, or a training run made longer: no delay.
  EXPECT_EQ(Extract("ハマナスAIは「Hama-4」の公開を延ばす可能性があると述べた。"), "");
  EXPECT_EQ(Extract("ハマナスAIは「Hama-4」の学習期間を延ばした。"), "");
}

TEST(JapaneseExtraction, DensanAndDenkoEndAnOrgName) {
  EXPECT_EQ(Extract("佐伯直人氏はクロユリ電算に入社した。"), "join 佐伯直人 @ クロユリ電算\n");
  EXPECT_EQ(Extract("クロユリ電工は20日、言語モデル「Yuri-3」を公開した。"), "release Yuri-3 @ クロユリ電工\n");
}

TEST(JapaneseExtraction, APersonLeadingACountedGroupJoins) {
  EXPECT_EQ(Extract("佐伯直人氏ら約20人の研究者はハマナスAIに合流する。"), "join 佐伯直人 @ ハマナスAI\n");
  EXPECT_EQ(Extract("佐伯直人氏ら5人はハマナスAIに入社した。"), "join 佐伯直人 @ ハマナスAI\n");
  // Reported, not asserted: nothing.
  EXPECT_EQ(Extract("佐伯直人氏ら5人がハマナスAIに合流するとの報道がある。"), "");
}

TEST(JapaneseExtraction, AnUnknownKatakanaOrgJoinedByAPersonAfterNiWa) {
  EXPECT_EQ(Extract("カワセミには、佐伯直人氏が加わった。"), "join 佐伯直人 @ カワセミ\n");
  EXPECT_EQ(Extract("カワセミに、研究者の佐伯直人さんが入社した。"), "join 佐伯直人 @ カワセミ\n");
  // A place visited, someone already there, or a report: nothing.
  EXPECT_EQ(Extract("ロンドンには、佐伯直人氏が出張した。"), "");
  EXPECT_EQ(Extract("カワセミには佐伯直人氏がいる。"), "");
  EXPECT_EQ(Extract("カワセミには、佐伯直人氏が加わるとの報道がある。"), "");
}

TEST(JapaneseExtraction, ChinouEndsAKatakanaOrgName) {
  EXPECT_EQ(Extract("元ミズナラ知能の主任研究員、佐伯直人氏がハマナスAIに入社した。"),
            "departure 佐伯直人 @ ミズナラ知能\njoin 佐伯直人 @ ハマナスAI\n");
  EXPECT_EQ(Extract("佐伯直人氏は新会社ミズナラ知能を設立した。"), "founded 佐伯直人 @ ミズナラ知能\n");
  // 人工知能 is a field, not a company.
  EXPECT_EQ(Extract("人工知能の研究者である佐伯直人氏がハマナスAIに入社した。"), "join 佐伯直人 @ ハマナスAI\n");
  EXPECT_EQ(Extract("佐伯直人氏は汎用人工知能に入社した。"), "");
}

TEST(JapaneseExtraction, AMoveToAPostAtAnOrgJoinsIt) {
  EXPECT_EQ(Extract("佐伯直人氏は、ハマナスAIのプロダクト責任者に転身した。"), "join 佐伯直人 @ ハマナスAI\n");
  EXPECT_EQ(Extract("佐伯直人氏は、ハマナスAIの研究責任者に転じた。"), "join 佐伯直人 @ ハマナスAI\n");
  // A career change with no org, or a rumour: nothing.
  EXPECT_EQ(Extract("佐伯直人氏は、研究者から起業家に転身した。"), "");
  EXPECT_EQ(Extract("佐伯直人氏がハマナスAIの研究責任者に転身するとの噂がある。"), "");
}


TEST(JapaneseExtraction, NoBetweenKanjiIsPartOfAFamilyName) {
  EXPECT_EQ(Extract("一ノ瀬大和氏はGoogleを退社し、ハマナスAIに入社した。"),
            "departure 一ノ瀬大和 @ Google\njoin 一ノ瀬大和 @ ハマナスAI\n");
  EXPECT_EQ(Extract("一ノ瀬大和氏は新会社ミズナラ知能を設立した。"), "founded 一ノ瀬大和 @ ミズナラ知能\n");
}

TEST(JapaneseExtraction, ANameJoinedToOneWithARelativeClauseOfTheirOwn) {
  EXPECT_EQ(Extract("ハマナスAIには、佐伯直人氏と、Googleを退職した高橋美咲氏が入社する。"),
            "departure 高橋美咲 @ Google\njoin 佐伯直人 @ ハマナスAI\njoin 高橋美咲 @ ハマナスAI\n");
  // A person named in the clause, not listed with the newcomer: no join.
  EXPECT_EQ(Extract("ハマナスAIでは、佐伯直人氏の後任に、Googleを退職した高橋美咲氏が入社する。"),
            "departure 高橋美咲 @ Google\njoin 高橋美咲 @ ハマナスAI\n");
}

TEST(JapaneseExtraction, TheCompanyAFounderLeavesIsTheOneFounded) {
  EXPECT_EQ(Extract("元Googleの研究員で、ハマナスAIを設立した佐伯直人氏が、同社を退任した。"),
            "departure 佐伯直人 @ Google\ndeparture 佐伯直人 @ ハマナスAI\nfounded 佐伯直人 @ ハマナスAI\n");
  // Without a founding, 同社 is still the former employer.
  EXPECT_EQ(Extract("Googleに在籍していた佐伯直人氏が同社を離れた。"), "departure 佐伯直人 @ Google\n");
}

TEST(JapaneseExtraction, AReleaseHeldBackToATimeNotYetSetIsADelay) {
  EXPECT_EQ(Extract("カワセミAIは「カワセミ4」の公開を見送ると発表した。公開時期は未定という。"),
            "delay カワセミ4 @ カワセミAI\n");
  EXPECT_EQ(Extract("カワセミAIは「カワセミ4」の公開を見送った。時期は改めて発表する。"), "delay カワセミ4 @ カワセミAI\n");
  // Shelved with no later time: no delay.
  EXPECT_EQ(Extract("カワセミAIは「カワセミ4」の公開を見送ると発表した。開発は中止する。"), "");
}

TEST(JapaneseExtraction, TwoOrgsJoinedByToReleaseAModelTogether) {
  EXPECT_EQ(Extract("カワセミAIとハマナスAIは、共同開発した「ハマナス2」を公開した。"),
            "release ハマナス2 @ カワセミAI\nrelease ハマナス2 @ ハマナスAI\n");
  // A partner in the clause, not the subject: only the subject releases.
  EXPECT_EQ(Extract("カワセミAIは、ハマナスAIと共同開発した「ハマナス2」を公開した。"), "release ハマナス2 @ カワセミAI\n");
}

TEST(JapaneseExtraction, APostFrontedBeforeThePersonWhoTakesIt) {
  EXPECT_EQ(Extract("ハマナス・グループは、子会社ハマナス・インテリジェンスの社長に、米Google出身の佐伯直人氏が就任すると発表した。"),
            "departure 佐伯直人 @ Google\njoin 佐伯直人 @ ハマナス・インテリジェンス\n");
  // No post fronted: the subject of the sentence is joined, as before.
  EXPECT_EQ(Extract("ハマナス・グループは、米Google出身の佐伯直人氏が就任すると発表した。"),
            "departure 佐伯直人 @ Google\njoin 佐伯直人 @ ハマナス・グループ\n");
}

TEST(JapaneseExtraction, CapitalsBetweenAKatakanaNameAndAKanjiOrgEnding) {
  EXPECT_EQ(Extract("ハマユウAI研究所は10日、「ハマユウ3」を公開した。"), "release ハマユウ3 @ ハマユウAI研究所\n");
  // Capitals after a country prefix make no name.
  EXPECT_EQ(Extract("米AI研究所は10日、「ハマユウ3」を公開した。"), "");
}

TEST(JapaneseExtraction, AHeadOfTheBusinessBeforeTheSubjectThatHires) {
  EXPECT_EQ(Extract("電池開発のハマユウ・エナジーは、佐伯直人氏を迎え入れた。"), "join 佐伯直人 @ ハマユウ・エナジー\n");
  // A denial by the same subject: nothing.
  EXPECT_EQ(Extract("電池開発のハマユウ・エナジーは、佐伯直人氏の退社を否定した。"), "");
}

TEST(JapaneseExtraction, APostGivenToOneWhoLedATeamOfTheSameCompany) {
  EXPECT_EQ(Extract("ハマユウAIは、検索チームを率いていた佐伯直人氏を新設の開発本部長に起用した。"), "");
  // A team at another org: a hire from there.
  EXPECT_EQ(Extract("ハマユウAIは、Googleで検索チームを率いていた佐伯直人氏を開発本部長に起用した。"),
            "departure 佐伯直人 @ Google\njoin 佐伯直人 @ ハマユウAI\n");
}

TEST(JapaneseExtraction, PoachedFromTheCompanyLosingStaff) {
  EXPECT_EQ(Extract("ハマユウ電機で技術者の流出が続いている。先月には、佐伯直人氏が米カモメAIに引き抜かれた。"),
            "departure 佐伯直人 @ ハマユウ電機\njoin 佐伯直人 @ カモメAI\n");
  // An article about the org that poaches: only the join.
  EXPECT_EQ(Extract("カモメAIは人材を集めている。佐伯直人氏もカモメAIに引き抜かれた。"), "join 佐伯直人 @ カモメAI\n");
}

TEST(JapaneseExtraction, APressReleaseNamesItsOwnPeopleWithoutShi) {
  EXPECT_EQ(Extract("株式会社ハマユウAIは、12月1日付で、元カモメ電機研究員の佐伯直人が当社の最高技術責任者（CTO）に就任することを発表いたしました。"),
            "departure 佐伯直人 @ カモメ電機\njoin 佐伯直人 @ ハマユウAI\n");
  // A noun before が当社 is no name.
  EXPECT_EQ(Extract("株式会社ハマユウAIは、新製品の開発体制が当社の強みだと発表いたしました。"), "");
}

TEST(JapaneseExtraction, ATimeWordBeforeAnOrgIsNoPartOfItsName) {
  EXPECT_EQ(Extract("昨年ミヤマ技研を退社した柘植千尋氏は、新会社「ハイタカ」を設立した。"),
            "departure 柘植千尋 @ ミヤマ技研\nfounded 柘植千尋 @ ハイタカ\n");
  EXPECT_EQ(Extract("今月ミヤマ技研に入社した柘植千尋氏が語った。"), "join 柘植千尋 @ ミヤマ技研\n");
  EXPECT_EQ(Extract("柘植千尋氏は2020年に退社し、翌年ミヤマ電子を設立した。"), "founded 柘植千尋 @ ミヤマ電子\n");
}

TEST(JapaneseExtraction, AModelAsTheTopicOfAPostponement) {
  EXPECT_EQ(Extract("Pavo Labsは、上位版の「Pavo-6 Max」については、公開を延期すると明らかにした。"),
            "delay Pavo-6 Max @ Pavo Labs\n");
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-6 Max」に関しては公開を延期した。"), "delay Pavo-6 Max @ Pavo Labs\n");
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-6 Max」については、性能を改善したと明らかにした。"), "");
}

TEST(JapaneseExtraction, TheTimeOfAReleaseIsNoRelease) {
  // A review of the start date, or its announcement, is no release.
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-6」の提供開始時期を見直すと発表した。"), "");
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-6」の公開時期を発表した。"), "");
  // Moving it is a delay; the release itself still counts.
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-6」の提供開始時期を来年に延期した。"), "delay Pavo-6 @ Pavo Labs\n");
  EXPECT_EQ(Extract("Pavo Labsは、「Pavo-6」の提供を開始した。"), "release Pavo-6 @ Pavo Labs\n");
}

TEST(JapaneseExtraction, APostAtAnOrgPassedThrough) {
  EXPECT_EQ(Extract("柘植千尋氏はミヤマAIの研究部門長を経て、2024年にハイタカ技研に入社した。"),
            "departure 柘植千尋 @ ミヤマAI\njoin 柘植千尋 @ ハイタカ技研\n");
  // Not a discussion with the org's people, nor a long clause before を経て.
  EXPECT_EQ(Extract("柘植千尋氏はミヤマAIの研究者と議論を経て、方針を決めた。"), "");
}

TEST(JapaneseExtraction, AKeisankiCompanyIsAnOrg) {
  EXPECT_EQ(Extract("柘植千尋氏は、ミヤマ計算機、ハイタカ研究所を経て、2023年にツグミAIを共同創業した。"),
            "departure 柘植千尋 @ ハイタカ研究所\ndeparture 柘植千尋 @ ミヤマ計算機\nfounded 柘植千尋 @ ツグミAI\n");
  // A computer named by its kind is no org.
  EXPECT_EQ(Extract("ツグミAIは量子計算機を開発している。"), "");
}

TEST(JapaneseExtraction, AChiefOperatingOrFinancialOfficerIsAStaffRole) {
  EXPECT_EQ(Extract("ツグミAIは、ハイタカの元COO、柘植千尋氏を招く。"),
            "departure 柘植千尋 @ ハイタカ\njoin 柘植千尋 @ ツグミAI\n");
  EXPECT_EQ(Extract("ツグミAIは、ハイタカの元最高財務責任者、柘植千尋氏を迎え入れた。"),
            "departure 柘植千尋 @ ハイタカ\njoin 柘植千尋 @ ツグミAI\n");
  // A post still held, in a partnership: nothing.
  EXPECT_EQ(Extract("ツグミAIは、ハイタカのCOO、柘植千尋氏と提携した。"), "");
}

TEST(JapaneseExtraction, ACareerStepOutOfAnOrgOrIntoAFounding) {
  EXPECT_EQ(Extract("ウグイス電子の相馬遼社長は、2012年にセッカ工業に入社した。2019年にセッカ工業を退社し、翌年ウグイス電子を"
                    "創業した。"),
            "departure 相馬遼 @ セッカ工業\nfounded 相馬遼 @ ウグイス電子\njoin 相馬遼 @ セッカ工業\n");
  // A step planned, not taken.
  EXPECT_EQ(Extract("相馬遼氏は、2012年にセッカ工業に入社した。2027年にセッカ工業を退社する予定だ。"),
            "join 相馬遼 @ セッカ工業\n");
  // No person the sentence before was about.
  EXPECT_EQ(Extract("セッカ工業は好調だ。2019年にウグイス電子を退社し、翌年ツバメAIを創業した。"), "");
  // An org of its own as the subject.
  EXPECT_EQ(Extract("相馬遼氏は2012年にセッカ工業に入社した。2019年にツバメAIがウグイス電子を設立した。"),
            "join 相馬遼 @ セッカ工業\n");
  EXPECT_EQ(Extract("相馬遼氏は2012年にセッカ工業に入社した。2019年、ツバメAIはウグイス電子を設立した。"),
            "join 相馬遼 @ セッカ工業\n");
}

TEST(JapaneseExtraction, AFounderWithAPastPostInTheSameApposition) {
  EXPECT_EQ(Extract("ツバメAIの共同創業者で、最高経営責任者（CEO）を務めた相馬遼氏が、セッカ工業に移籍した。"),
            "departure 相馬遼 @ ツバメAI\nfounded 相馬遼 @ ツバメAI\njoin 相馬遼 @ セッカ工業\n");
}

TEST(JapaneseExtraction, APostAtAnOrgThatWas) {
  EXPECT_EQ(Extract("セッカ工業には、ツバメAIで研究員だった相馬遼氏が加わった。"),
            "departure 相馬遼 @ ツバメAI\njoin 相馬遼 @ セッカ工業\n");
  // Not a post: the youngest there.
  EXPECT_EQ(Extract("セッカ工業には、ツバメAIで最年少だった相馬遼氏が加わった。"), "join 相馬遼 @ セッカ工業\n");
}

TEST(JapaneseExtraction, AReleaseItsMakerWentAheadWith) {
  EXPECT_EQ(Extract("ウグイス電子は、画像生成モデル「メジロ2」の一般向け提供に踏み切った。"),
            "release メジロ2 @ ウグイス電子\n");
  EXPECT_EQ(Extract("ウグイス電子は、「メジロ2」の公開にこぎつけた。"), "release メジロ2 @ ウグイス電子\n");
  // A release it means to go ahead with.
  EXPECT_EQ(Extract("ウグイス電子は、「メジロ3」の公開に踏み切る方針だ。"), "");
}

TEST(JapaneseExtraction, ADurationBeforeThePastPost) {
  // "Aで8年間、…に携わった後": the comma closes the duration, not the post.
  EXPECT_EQ(Extract("相馬遼氏は米Googleで8年間、検索の開発に携わった後、2020年にツバメAIに加わった。"),
            "departure 相馬遼 @ Google\njoin 相馬遼 @ ツバメAI\n");
  EXPECT_EQ(Extract("相馬遼氏はセッカ工業で約10年にわたり、研究部門を率いた後、ツバメAIを設立した。"),
            "departure 相馬遼 @ セッカ工業\nfounded 相馬遼 @ ツバメAI\n");
  // Still there: no past post.
  EXPECT_EQ(Extract("相馬遼氏はセッカ工業で8年間、研究を続けている。"), "");
}

TEST(JapaneseExtraction, AnAnswerToAReportIsNoFact) {
  // "…と報じたことについて、「そのような事実はない」": the report is denied,
  // and 同社 after it is the company that denied it.
  EXPECT_EQ(Extract("一部メディアが、ツバメAIの相馬遼氏がセッカ工業に移籍すると報じたことについて、ツバメAIは2日、"
                    "「そのような事実はない」とコメントした。相馬氏は2019年に同社を共同創業した。"),
            "founded 相馬遼 @ ツバメAI\n");
  EXPECT_EQ(Extract("ツバメAIの相馬遼氏がセッカ工業に移籍すると報じたことに対し、ツバメAIは回答を控えた。"), "");
  // A report its source stands behind is a fact.
  EXPECT_EQ(Extract("ツバメAIの相馬遼氏がセッカ工業に移籍したと、日本経済新聞が関係者の話として報じた。"),
            "departure 相馬遼 @ ツバメAI\njoin 相馬遼 @ セッカ工業\n");
}

TEST(JapaneseExtraction, AKanjiNameBeforeATailOfSystemsOrRobotics) {
  // 東雲テクノロジーズ, 白鷺ロボティクス: the kanji belong to the name.
  EXPECT_EQ(Extract("老舗の東雲テクノロジーズは3日、言語モデル「Shinonome-1」を公開した。"),
            "release Shinonome-1 @ 東雲テクノロジーズ\n");
  EXPECT_EQ(Extract("精密機器大手の白鷺ロボティクスに、ツバメAIの相馬遼氏が入社した。"),
            "join 相馬遼 @ 白鷺ロボティクス\n");
  EXPECT_EQ(Extract("システムズ開発の需要が高まっている。"), "");
}

TEST(JapaneseExtraction, AListedModelWithAClauseOfItsOwn) {
  // "「A」と、…に特化した「B」": B is listed with A.
  EXPECT_EQ(Extract("ツバメAIは4日、小型モデル「Tsubame Nano」と、スマートフォンに特化した「Tsubame Edge」を公開した。"),
            "release Tsubame Edge @ ツバメAI\nrelease Tsubame Nano @ ツバメAI\n");
}

TEST(JapaneseExtraction, AModifiedReleaseNounAfterTheModelAsTopic) {
  // "「X」については、当初予定していた秋の公開を…延期": the release noun
  // after a modifier of its own.
  EXPECT_EQ(Extract("ツバメAIは4日、「Tsubame 3」を公開した。一方、動画も扱える「Tsubame 3 Video」については、"
                    "当初予定していた秋の公開を来年に延期する。"),
            "delay Tsubame 3 Video @ ツバメAI\nrelease Tsubame 3 @ ツバメAI\n");
  // A release still being weighed is nothing.
  EXPECT_EQ(Extract("ツバメAIは4日、「Tsubame 3」を公開した。「Tsubame 3 Video」については、秋の公開を検討している。"),
            "release Tsubame 3 @ ツバメAI\n");
}

TEST(JapaneseExtraction, APersonnelNoticeNamesItsCompanyFirst) {
  // "セッカ工業（7月1日）▽…": the company of the notice is the one left.
  EXPECT_EQ(Extract("セッカ工業（7月1日）▽AI研究所長（研究開発本部長）相馬遼▽研究開発本部長（AI研究所副所長）青木隆。"
                    "AI研究所長の村井航氏は6月30日付で退社する。"),
            "departure 村井航 @ セッカ工業\n");
  // Moves between posts of the notice are no departures or joins.
  EXPECT_EQ(Extract("セッカ工業（7月1日）▽AI研究所長（研究開発本部長）相馬遼▽研究開発本部長（AI研究所副所長）青木隆。"),
            "");
}

TEST(JapaneseExtraction, ThePlannedTimeOfAReleaseChangedToANewOneIsADelay) {
  EXPECT_EQ(Extract("ツバメAIは9日、12月に予定していた「Tsubame Voice」の公開時期を来年3月に変更すると発表した。"),
            "delay Tsubame Voice @ ツバメAI\n");
  // Brought forward, or changed with no plan to compare: nothing.
  EXPECT_EQ(Extract("ツバメAIは9日、来年3月に予定していた「Tsubame Voice」の公開時期を12月に変更し、前倒しすると発表した。"),
            "");
  EXPECT_EQ(Extract("ツバメAIは9日、「Tsubame Voice」の公開時期を12月に変更すると発表した。"), "");
}

TEST(JapaneseExtraction, AKatakanaNameBeforeJohoSystemIsOneOrg) {
  EXPECT_EQ(Extract("元ヒタキ情報システムの桐生真氏がツバメAIに入社した。"),
            "departure 桐生真 @ ヒタキ情報システム\njoin 桐生真 @ ツバメAI\n");
  EXPECT_EQ(Extract("ツバメAIは社内の情報システムを刷新した。"), "");
}

TEST(JapaneseExtraction, ADepartureInAPersonnelNoticeIsFromItsCompany) {
  // "セッカ工業（7月1日）…◇…": the notice's company, with ◇ between its
  // posts and none before the first.
  EXPECT_EQ(Extract("セッカ工業（7月1日）AI研究所長（研究開発本部長）相馬遼◇退任（取締役）村井航。"
                    "村井航氏は同日付で退社する。"),
            "departure 村井航 @ セッカ工業\n");
  EXPECT_EQ(Extract("セッカ工業（7月1日）AI研究所長（研究開発本部長）相馬遼◇研究開発本部長（AI研究所副所長）青木隆。"), "");
  // Outside a notice, a departure with no org of its own names none.
  EXPECT_EQ(Extract("セッカ工業は1日、新社長を発表した。村井航氏は同日付で退社する。"), "");
}

TEST(JapaneseExtraction, AFormerPostAtAnotherCompanyInANoticeIsANewcomer) {
  // "POST（B…部長）NAME": the former post, in brackets, is at B.
  EXPECT_EQ(Extract("セッカ工業（7月1日）▽AI研究所長（ヒタキ・テクノロジーズ研究開発部長）相馬遼"
                    "▽研究開発本部長（AI研究所副所長）青木隆。"),
            "departure 相馬遼 @ ヒタキ・テクノロジーズ\njoin 相馬遼 @ セッカ工業\n");
  // A former post at the notice's own company, or none named: nothing.
  EXPECT_EQ(Extract("セッカ工業（7月1日）AI研究所長（セッカ工業研究開発部長）相馬遼◇顧問（取締役）青木隆。"), "");
}

TEST(JapaneseExtraction, AKanjiFamilyNameAndAKatakanaGivenNameAreOneName) {
  EXPECT_EQ(Extract("米グーグル出身の高橋エレナ氏がツバメAIに入社した。"),
            "departure 高橋エレナ @ Google\njoin 高橋エレナ @ ツバメAI\n");
  // A post before a katakana name is not its family name.
  EXPECT_EQ(Extract("ツバメAIは、社長ジョン氏が退任すると発表した。"), "departure ジョン @ ツバメAI\n");
}

TEST(JapaneseExtraction, AReleaseFirstPlannedThenPostponedIsADelay) {
  EXPECT_EQ(Extract("ツバメAIの「Tsubame Voice」は当初、年内の公開を予定していたが、検証のため来年春に延期した。"),
            "delay Tsubame Voice @ ツバメAI\n");
  // A longer reason between the plan and the verb.
  EXPECT_EQ(Extract("ツバメAIの「Tsubame Voice」は当初、年内の公開を予定していたが、安全性の検証に時間がかかるとして"
                    "来年春に延期した。"),
            "delay Tsubame Voice @ ツバメAI\n");
  // Released as first planned: no delay.
  EXPECT_EQ(Extract("ツバメAIの「Tsubame Voice」は当初の予定通り、年内に公開する。"), "");
}

TEST(JapaneseExtraction, APrefixAloneBeforeAnOrgEndingIsNoOrg) {
  // 新研究所 is the new unit of the company the article is about.
  EXPECT_EQ(Extract("ツバメ精機は10日、AI研究所を新設すると発表した。新研究所は技術センターを改組して発足する。"
                    "センター長の村井航氏は3月末で退社する。"),
            "departure 村井航 @ ツバメ精機\n");
  EXPECT_EQ(Extract("新日本製鉄出身の村井航氏がツバメAIに入社した。"), "departure 村井航 @ 新日本製鉄\njoin 村井航 @ ツバメAI\n");
}

TEST(JapaneseExtraction, AColumnOfSeveralNoticesOpensEachWithItsCompany) {
  // "◇A（date）…▽退任（POST）NAME": each line is a notice of its own
  // company; the post left is in brackets before the name.
  EXPECT_EQ(Extract("◇オウレン工業（4月1日）常務（取締役）水野健▽退任（取締役）高瀬亘\n"
                    "◇シャクナゲ通信（4月1日）執行役員AI本部長（ホオズキ・テック開発部長）柳田楓▽退任（執行役員）国分悠"),
            "departure 国分悠 @ シャクナゲ通信\n"
            "departure 柳田楓 @ ホオズキ・テック\n"
            "departure 高瀬亘 @ オウレン工業\n"
            "join 柳田楓 @ シャクナゲ通信\n");
  // Promotions and posts moved inside the company: nothing.
  EXPECT_EQ(Extract("◇オウレン工業（4月1日）常務（取締役）水野健▽顧問（取締役）高瀬亘\n"
                    "◇シャクナゲ通信（4月1日）執行役員AI本部長（AI本部副本部長）柳田楓"),
            "");
}

TEST(JapaneseExtraction, KatakanaAndAIWithANameDotIsAnOrg) {
  EXPECT_EQ(Extract("田村蒼氏は3月にヤマブキ・AIを退社し、ツバメAIに移った。"),
            "departure 田村蒼 @ ヤマブキ・AI\njoin 田村蒼 @ ツバメAI\n");
  // A name dot after no katakana makes no org.
  EXPECT_EQ(Extract("田村蒼氏は、生成・AIの研究を続けている。"), "");
}

TEST(JapaneseExtraction, ANounWithDeAndACommaIsNoPlaceOfWork) {
  // "元Aの研究員で、現在CTOを務めるX氏": で ends "a researcher of A"; the
  // post held now is not at A.
  EXPECT_EQ(Extract("ツバメAIでは、元ホオズキ製作所の研究員で、現在CTOを務める堀田翼氏が開発を率いる。"),
            "departure 堀田翼 @ ホオズキ製作所\n");
  // "Aの研究所で…を務める": a unit of A where the post is held now.
  EXPECT_EQ(Extract("ホオズキ製作所の研究所でCTOを務める堀田翼氏が講演した。"), "");
}

TEST(JapaneseExtraction, PassedThroughAnOrgBeforeTheNameIsADeparture) {
  EXPECT_EQ(Extract("オウレン商事を経て2023年にツバメAIに入社した秋山葵さんは、同社で営業を率いる。"),
            "departure 秋山葵 @ オウレン商事\njoin 秋山葵 @ ツバメAI\n");
  // A school passed through is no employer left.
  EXPECT_EQ(Extract("東都大学を経て2023年にツバメAIに入社した秋山葵さんは、同社で営業を率いる。"),
            "join 秋山葵 @ ツバメAI\n");
}

TEST(JapaneseExtraction, ShelvedUntilALaterTimeIsADelay) {
  EXPECT_EQ(Extract("ツバメAIは9日、音声モデル「Tsubame Voice」について年内の投入を見送り、2027年以降とすると発表した。"),
            "delay Tsubame Voice @ ツバメAI\n");
  // Shelved with no later time: nothing.
  EXPECT_EQ(Extract("ツバメAIは9日、音声モデル「Tsubame Voice」について年内の投入を見送ると発表した。"), "");
}

TEST(JapaneseExtraction, AnOrgWithDeWaOpeningASentenceIsWhereItHappens) {
  // "同社では…X氏が退社し、Bに移っている": the departure is from the org
  // the sentence opens with, not from B.
  EXPECT_EQ(Extract("ヤマブキ・AIは新モデルを発表した。同社では3月にも、開発責任者だった村瀬凛氏が退社し、"
                    "ツバメAIに移っている。"),
            "departure 村瀬凛 @ ヤマブキ・AI\njoin 村瀬凛 @ ツバメAI\n");
}

TEST(JapaneseExtraction, APressReleaseNamesItsNewcomerBeforeTheDateOfThePost) {
  EXPECT_EQ(Extract("ツバメAIは、元オウレン銀行の秋山葵が、2026年4月1日付で当社の最高データ責任者に就任したことを"
                    "お知らせします。"),
            "departure 秋山葵 @ オウレン銀行\njoin 秋山葵 @ ツバメAI\n");
  // A post noun before が is no name.
  EXPECT_EQ(Extract("ツバメAIは、元オウレン銀行の研究部長が、2026年4月1日付で当社の顧問に就任したことをお知らせします。"),
            "");
}

TEST(JapaneseExtraction, AKatakanaDepartmentAndPostEndAKanjiOrgName) {
  EXPECT_EQ(Extract("元オウレン生命保険データサイエンス部長の秋山葵氏がツバメAIに入社した。"),
            "departure 秋山葵 @ オウレン生命保険\njoin 秋山葵 @ ツバメAI\n");
  // Katakana that is no department before a post: no org cut there.
  EXPECT_EQ(Extract("オウレン銀行カードの利用が伸びた。"), "");
}

TEST(JapaneseExtraction, AMoveFromAUnitOfAnOrgIsAMoveFromTheOrg) {
  EXPECT_EQ(Extract("秋山葵さんは、オウレン製薬の研究開発部門からツバメAIに移った。"),
            "departure 秋山葵 @ オウレン製薬\njoin 秋山葵 @ ツバメAI\n");
  EXPECT_EQ(Extract("村瀬凛氏はクロガネ電機の生成AIチームからヤマブキ・AIに移籍した。"),
            "departure 村瀬凛 @ クロガネ電機\njoin 村瀬凛 @ ヤマブキ・AI\n");
  // A move between units of one company, and no unit word: no departure.
  EXPECT_EQ(Extract("秋山葵さんは、オウレン製薬の研究開発部門から営業部門に移った。").find("departure"), std::string::npos);
  EXPECT_EQ(Extract("オウレン製薬の株主からツバメAIに質問が寄せられた。"), "");
}

TEST(JapaneseExtraction, ACompetitorNamedIsNotWhatDoushaMeans) {
  // 同社 after "競合のB" is still A, the company the article is about.
  EXPECT_EQ(Extract("ヤマブキ・AIは新モデルを発表した。同社のCTOが競合のツバメAIに移籍するとの観測もある。一方、"
                    "同社で音声研究を率いていた村瀬凛氏は10月末で退社した。"),
            "departure 村瀬凛 @ ヤマブキ・AI\n");
}

TEST(JapaneseExtraction, AnIndustryOrAFieldBeforeShusshinIsNoEmployer) {
  EXPECT_EQ(Extract("ツバメAIでCTOを務める村瀬凛氏は「異業種出身者の視点は貴重だ」と話す。"), "");
  EXPECT_EQ(Extract("金融業界出身の秋山葵氏がツバメAIに入社した。"), "join 秋山葵 @ ツバメAI\n");
  // A company before 出身 still is one.
  EXPECT_EQ(Extract("クロガネ電機出身の秋山葵氏がツバメAIに入社した。"),
            "departure 秋山葵 @ クロガネ電機\njoin 秋山葵 @ ツバメAI\n");
}

TEST(JapaneseExtraction, ABlogThatIntroducesItsTeamSpeaksForItsCompany) {
  EXPECT_EQ(Extract("こんにちは、株式会社ツバメAIの研究開発チームです。私たちは本日、埋め込みモデル「Tsubame Embed」を"
                    "オープンソースで公開しました。"),
            "release Tsubame Embed @ ツバメAI\n");
  // An org that is only mentioned, in a sentence that is no introduction:
  // no company for 私たち.
  EXPECT_EQ(Extract("ツバメAIの研究開発チームが来日した。私たちは本日、埋め込みモデル「Tsubame Embed」を公開しました。"), "");
}

TEST(JapaneseExtraction, AReleaseInASubjectlessClauseIsTheArticlesCompany) {
  EXPECT_EQ(Extract("ツバメAIは28日、決算説明会を開いた。7月に公開した大規模言語モデル「Tsubame-4」の販売が伸びた。"),
            "release Tsubame-4 @ ツバメAI\n");
  // A clause with a subject that is no org, or a person, or a plan: nothing.
  EXPECT_EQ(Extract("ツバメAIは28日、決算説明会を開いた。米大手が公開した大規模言語モデル「Orca-4」を上回った。"), "");
  EXPECT_EQ(Extract("ツバメAIは28日、決算説明会を開いた。来年公開する大規模言語モデル「Tsubame-5」に期待する。"), "");
}

TEST(JapaneseExtraction, ACareerChainInSubjectlessSentencesFollowsThePersonIntroduced) {
  EXPECT_EQ(Extract("取材に応じたのは、データサイエンティストの戸川紗良さん（29）。新卒でハヤブサ銀行に入行し、融資部門で"
                    "4年間働いた後、2020年にクマタカ・ソフトへ転職した。2024年からはシギ技研で主任研究員として画像認識の"
                    "研究を率いている。"),
            "departure 戸川紗良 @ クマタカ・ソフト\n"
            "departure 戸川紗良 @ ハヤブサ銀行\n"
            "join 戸川紗良 @ クマタカ・ソフト\n"
            "join 戸川紗良 @ シギ技研\n"
            "join 戸川紗良 @ ハヤブサ銀行\n");
}

TEST(JapaneseExtraction, EnteringABankOrAnOfficeIsAJoinAndAChangeOfJobLeavesIt) {
  EXPECT_EQ(Extract("宮坂透氏は2012年にツグミ銀行に入行し、2018年にカワセミ・データに転職した。"),
            "departure 宮坂透 @ ツグミ銀行\n"
            "join 宮坂透 @ カワセミ・データ\n"
            "join 宮坂透 @ ツグミ銀行\n");
  // 入行 inside another word (購入行動) is no join.
  EXPECT_EQ(Extract("宇津木悠氏はイソシギ銀行で顧客の購入行動を分析している。"), "");
}

TEST(JapaneseExtraction, AStintToldWithItsStartIsAJoin) {
  EXPECT_EQ(Extract("ルーク・ハートリー氏は英国の大学院を修了後、2018年からクロツグミ・ラボに在籍していた。"),
            "departure ルーク・ハートリー @ クロツグミ・ラボ\n"
            "join ルーク・ハートリー @ クロツグミ・ラボ\n");
  EXPECT_EQ(Extract("2021年からシマアジ電機に在籍していた能登谷誠氏が、ミサゴAIに入社した。"),
            "departure 能登谷誠 @ シマアジ電機\n"
            "join 能登谷誠 @ シマアジ電機\n"
            "join 能登谷誠 @ ミサゴAI\n");
  // A present stint with no start, and a denied one: nothing.
  EXPECT_EQ(Extract("佐野遥氏はヤマセミ研究所に在籍している。"), "");
  EXPECT_EQ(Extract("佐野遥氏が2019年からヤマセミ研究所に在籍していたとの報道について、同氏は否定した。"), "");
}

TEST(JapaneseExtraction, AReturnToAFormerEmployerLeavesItBeforeAndTheOrgNow) {
  EXPECT_EQ(Extract("ツバメ重工は5日、3年前にカモメ通信へ移った元社員の久保田蒼氏が、4月1日付で古巣に復帰すると発表した。"),
            "departure 久保田蒼 @ カモメ通信\n"
            "departure 久保田蒼 @ ツバメ重工\n"
            "join 久保田蒼 @ カモメ通信\n"
            "join 久保田蒼 @ ツバメ重工\n");
  EXPECT_EQ(Extract("ノビタキ精機の研究員だった岩城楓氏は2022年にオオルリAIへ移籍した。岩城氏は今月、古巣のノビタキ精機に"
                    "戻った。"),
            "departure 岩城楓 @ オオルリAI\n"
            "departure 岩城楓 @ ノビタキ精機\n"
            "join 岩城楓 @ オオルリAI\n"
            "join 岩城楓 @ ノビタキ精機\n");
  // A return denied or considered, or a trip home: no return.
  EXPECT_EQ(Extract("ツバメ重工の元社員でカモメ通信に移った久保田蒼氏は、古巣に復帰する予定はないと話した。"),
            "departure 久保田蒼 @ ツバメ重工\n"
            "join 久保田蒼 @ カモメ通信\n");
  EXPECT_EQ(Extract("カモメ通信の久保田蒼氏は、古巣への復帰を検討している。"), "");
  EXPECT_EQ(Extract("カモメ通信の久保田蒼氏は先月、日本に戻った。"), "");
}

TEST(JapaneseExtraction, APressReleaseNamesTheNewcomerItHiresWithoutAnHonorific) {
  EXPECT_EQ(Extract("株式会社アトリ・データは、新たな人事を発表しました。当社は、元OpenAI研究員の桜庭真央を研究開発部長として"
                    "迎え入れました。"),
            "departure 桜庭真央 @ OpenAI\n"
            "join 桜庭真央 @ アトリ・データ\n");
  // Two companies announce together: the hirer is not the one the newcomer left.
  EXPECT_EQ(Extract("株式会社アトリ・データ（本社：東京都新宿区）とヒタキ運輸株式会社（本社：大阪市）は、資本提携を発表しました。"
                    "当社は元ヒタキ運輸配送企画部長の柊木沙耶を新規事業部長に迎えました。"),
            "departure 柊木沙耶 @ ヒタキ運輸\n"
            "join 柊木沙耶 @ アトリ・データ\n");
  // A hire planned against, a post with no name, a hire considered: no join.
  EXPECT_EQ(Extract("株式会社アトリ・データは、新たな人事を発表しました。当社は元OpenAI研究員の桜庭真央を迎える予定はありません。"),
            "departure 桜庭真央 @ OpenAI\n");
  EXPECT_EQ(Extract("株式会社アトリ・データは、新たな人事を発表しました。当社は新たな研究開発部長を迎えました。"), "");
  EXPECT_EQ(Extract("株式会社アトリ・データは、新たな人事を発表しました。当社は桜庭真央の採用を検討しています。"), "");
}

TEST(JapaneseExtraction, AModelAsTheTopicOfADoneReleaseIsTheArticlesCompanys) {
  EXPECT_EQ(Extract("キビタキAIは12日、新モデルを発表した。画像生成の「Kibi Vision 2」は同日、公開した。"),
            "release Kibi Vision 2 @ キビタキAI\n");
  // A plan, a rival's model, a release not done, a rumour: nothing.
  EXPECT_EQ(Extract("キビタキAIは12日、新モデルを発表した。「Kibi Vision 3」は来月、公開する予定だ。"), "");
  EXPECT_EQ(Extract("キビタキAIは12日、新モデルを発表した。他社の「Orca-5」は昨年、公開した。"), "");
  EXPECT_EQ(Extract("キビタキAIは12日、新モデルを発表した。「Kibi Vision 3」は同日、公開しなかった。"), "");
  EXPECT_EQ(Extract("キビタキAIは12日、新モデルを発表した。「Kibi Vision 3」は予定通り、公開したと一部で報じられた。"), "");
  // An org named as the subject releases it.
  EXPECT_EQ(Extract("キビタキAIは12日、新モデルを発表した。「Orca-5」はアオジ・ラボが昨年公開した。"),
            "release Orca-5 @ アオジ・ラボ\n");
}

TEST(JapaneseExtraction, TekkuAfterANameDotEndsACompanyName) {
  EXPECT_EQ(Extract("関係者によると、ホシガラス・テックは新モデルの公開を延期する方向で検討している。一方、関係者によると、"
                    "同社で画像研究部門を率いていた氷川柚希氏は9月末で退社した。"),
            "departure 氷川柚希 @ ホシガラス・テック\n");
  // Without a dot, テック ends a field: フィンテック is no company left.
  EXPECT_EQ(Extract("ヘルステックの研究を率いていた沢渡優氏が、ヤマガラAIに入社した。"), "join 沢渡優 @ ヤマガラAI\n");
}

TEST(JapaneseExtraction, ALegalFormIsNoPartOfACompanysName) {
  EXPECT_EQ(Extract("東都大学の岸本遥教授が、スタートアップ「株式会社ヒバリ・ラボ」を設立したと発表した。"),
            "founded 岸本遥 @ ヒバリ・ラボ\n");
  EXPECT_EQ(Extract("岡部慎吾氏は9月末で株式会社ミズナギ電子を退社した。"), "departure 岡部慎吾 @ ミズナギ電子\n");
  EXPECT_EQ(Extract("岡部慎吾氏は合同会社アオサギ技研に入社した。"), "join 岡部慎吾 @ アオサギ技研\n");
}

TEST(JapaneseExtraction, ADoubleBarrelledSurnameAloneIsThePersonNamedBefore) {
  EXPECT_EQ(Extract("米ツバメAIのクララ・ベインズ＝オド氏がグーグルに移籍した。ベインズ＝オド氏は2020年にメタを離れて"
                    "ツバメAIに加わった。"),
            "departure クララ・ベインズ＝オド @ Meta\n"
            "departure クララ・ベインズ＝オド @ ツバメAI\n"
            "join クララ・ベインズ＝オド @ Google\n"
            "join クララ・ベインズ＝オド @ ツバメAI\n");
}

TEST(JapaneseExtraction, ACorrectionRetractsTheMoveItReportedWrongly) {
  EXPECT_EQ(Extract("記事では、ミズナギ電子の岡部慎吾氏が9月末で同社を退社したと報じましたが、岡部氏は退社しておらず、"
                    "引き続き研究所長を務めています。"),
            "");
  EXPECT_EQ(Extract("記事では岡部慎吾氏がグーグルに入社したとしていましたが、正しくはメタに入社していました。"),
            "join 岡部慎吾 @ Meta\n");
  // A report that nothing contradicts is still attributed reporting.
  EXPECT_EQ(Extract("米紙は、ミズナギ電子の岡部慎吾氏が9月末で同社を退社したと報じたが、同社はコメントしていない。"),
            "departure 岡部慎吾 @ ミズナギ電子\n");
}

TEST(JapaneseExtraction, AKatakanaNameThatOpensAnOrgsDottedNameIsThatOrg) {
  EXPECT_EQ(Extract("岡部慎吾氏はミズナギ・ロボティクスに入社した。関陽菜氏は昨年ミズナギを退社した。"),
            "departure 関陽菜 @ ミズナギ・ロボティクス\njoin 岡部慎吾 @ ミズナギ・ロボティクス\n");
  EXPECT_EQ(Extract("岡部慎吾氏は株式会社ミズナギ・ロボティクスに入社した。関陽菜氏は昨年ミズナギを辞めた。"),
            "departure 関陽菜 @ ミズナギ・ロボティクス\njoin 岡部慎吾 @ ミズナギ・ロボティクス\n");
  // Two orgs that open alike: the short name stays as written.
  EXPECT_EQ(Extract("岡部慎吾氏はミズナギ・ロボティクスに入社した。関陽菜氏はミズナギ・データに入社した。田原蓮氏は昨年"
                    "ミズナギを退社した。"),
            "departure 田原蓮 @ ミズナギ\njoin 岡部慎吾 @ ミズナギ・ロボティクス\njoin 関陽菜 @ ミズナギ・データ\n");
}

TEST(JapaneseExtraction, ACareerSummaryListsAPersonsStepsOneToALine) {
  EXPECT_EQ(Extract("第3号議案　監査役1名選任の件\n"
                    "候補者番号1　駒沢千景（新任）\n"
                    "2005年4月　株式会社ハヤブサ通信入社\n"
                    "2016年3月　同社退社\n"
                    "2016年5月　英DeepWeave Ltd入社\n"
                    "2020年9月　合同会社ミサゴ・データを設立、代表社員（現任）\n"),
            "departure 駒沢千景 @ ハヤブサ通信\n"
            "founded 駒沢千景 @ ミサゴ・データ\n"
            "join 駒沢千景 @ DeepWeave Ltd\n"
            "join 駒沢千景 @ ハヤブサ通信\n");
  // Posts held, and year lines under no name: nothing.
  EXPECT_EQ(Extract("候補者番号2　Maren Holt-Ishikawa（再任）\n"
                    "2012年4月　当社AI研究所長\n"
                    "2019年6月　当社取締役（現任）\n"),
            "");
  EXPECT_EQ(Extract("沿革\n2016年5月　株式会社ハヤブサ通信入社\n"), "");
  // 当社 is the notice's issuer, which the lines do not name.
  EXPECT_EQ(Extract("候補者番号3　駒沢千景（新任）\n2012年1月　中部重工入社\n2020年4月　当社入社\n"),
            "join 駒沢千景 @ 中部重工\n");
}

TEST(JapaneseExtraction, ADisclosuresCareerSummaryOfAKatakanaNameReadsItsIssuerAsTouSha) {
  EXPECT_EQ(Extract("会社名　株式会社サンショウ・ホールディングス\n"
                    "代表者名　代表取締役社長　吉備野誠\n"
                    "3．新任取締役の略歴\n"
                    "エリーゼ・ブランシャール（1979年生）\n"
                    "2006年4月　米Intel入社\n"
                    "2015年6月　同社退社\n"
                    "2015年7月　英Hollowmere Roboticsを共同創業、CEO\n"
                    "2022年3月　同社退任\n"
                    "2022年4月　当社入社　執行役員\n"
                    "2024年3月　当社取締役（現任）\n"),
            "departure エリーゼ・ブランシャール @ Hollowmere Robotics\n"
            "departure エリーゼ・ブランシャール @ Intel\n"
            "founded エリーゼ・ブランシャール @ Hollowmere Robotics\n"
            "join エリーゼ・ブランシャール @ Intel\n"
            "join エリーゼ・ブランシャール @ サンショウ・ホールディングス\n");
  // An officer named after a post, leaving 当社: a departure from the issuer.
  EXPECT_EQ(Extract("会社名　株式会社サンショウ・ホールディングス\n"
                    "4．取締役の辞任\n"
                    "取締役CFO　駒井千登勢は、一身上の都合により3月31日付で取締役を辞任し、当社を退職いたします。\n"),
            "departure 駒井千登勢 @ サンショウ・ホールディングス\n");
  EXPECT_EQ(Extract("会社名　株式会社サンショウ・ホールディングス\n"
                    "取締役CFO　駒井千登勢は、3月31日付で取締役を辞任しますが、当社を退職することはなく、顧問として残ります。\n"),
            "");
  // A board post left, with the company staying on; 当社 with no issuer
  // named: nothing.
  EXPECT_EQ(Extract("エリーゼ・ブランシャール（1979年生）\n"
                    "2015年6月　同社取締役退任\n"
                    "2022年4月　当社入社\n"),
            "");
}

TEST(JapaneseExtraction, APersonnelListingReadsAColonAfterMaeAndRemarksOverTwoSentences) {
  EXPECT_EQ(Extract("国立研究開発法人海洋知能研究機構は、4月1日付の人事異動を下記のとおりお知らせします。\n"
                    "【採用】\n"
                    "データ基盤部長　相楽千尋（前：株式会社ヒバリ・アナリティクス　上席研究員）\n"
                    "【退職】\n"
                    "理事　白洲健吾（3月31日付で退職。4月1日付で株式会社ツグミ・ロボティクス取締役に就任予定）\n"),
            "departure 白洲健吾 @ 海洋知能研究機構\n"
            "departure 相楽千尋 @ ヒバリ・アナリティクス\n"
            "join 白洲健吾 @ ツグミ・ロボティクス\n"
            "join 相楽千尋 @ 海洋知能研究機構\n");
  // A post the remarks say is undecided, or not taken: no join.
  EXPECT_EQ(Extract("国立研究開発法人海洋知能研究機構は、4月1日付の人事異動を下記のとおりお知らせします。\n"
                    "【退職】\n"
                    "理事　白洲健吾（3月31日付で退職。株式会社ツグミ・ロボティクスへの就任が取り沙汰されたが未定）\n"),
            "departure 白洲健吾 @ 海洋知能研究機構\n");
}

TEST(JapaneseExtraction, AnObituarysCareerReadsTheNameBeforeAReadingAndAPartnerInTheFounding) {
  EXPECT_EQ(Extract("画像処理ベンチャー企業ツグミ電子の創業者である槙原修造（まきはら・しゅうぞう）氏が3日、死去した。"
                    "槙原氏は1971年にアカゲラ電機に入社し、中央研究所で画像処理の研究に従事した。"
                    "1990年に同社を退社し、妻で数学者の槙原文子氏とともに京都でツグミ電子を設立した。"),
            "departure 槙原修造 @ アカゲラ電機\n"
            "founded 槙原修造 @ ツグミ電子\n"
            "founded 槙原文子 @ ツグミ電子\n"
            "join 槙原修造 @ アカゲラ電機\n");
  // The other person as the subject: the step is theirs, not the
  // obituary's subject's.
  EXPECT_EQ(Extract("槙原修造（まきはら・しゅうぞう）氏が3日、死去した。槙原氏は1971年にアカゲラ電機に入社した。"
                    "1990年に妻の槙原文子氏がツグミ電子を設立した。"),
            "founded 槙原文子 @ ツグミ電子\n"
            "join 槙原修造 @ アカゲラ電機\n");
}

TEST(JapaneseExtraction, ACompanyFoundedWithAPersonNamesThemAFounderAndACountryIsNoEmployer) {
  EXPECT_EQ(Extract("基調講演には、春にソラマメ・ロボティクスを創業した三國谷薫氏が登壇した。"
                    "同社はスペイン出身の研究者ルシア・ガルベス氏と2人で立ち上げた。"),
            "founded ルシア・ガルベス @ ソラマメ・ロボティクス\n"
            "founded 三國谷薫 @ ソラマメ・ロボティクス\n");
  // A plan to found with someone, and a country one comes from: nothing.
  EXPECT_EQ(Extract("同社はスペイン出身の研究者ルシア・ガルベス氏と2人で新会社を立ち上げることを検討しているという。"), "");
  EXPECT_EQ(Extract("登壇したのはフランス出身の研究者ルシア・ガルベス氏だ。"), "");
}

TEST(JapaneseExtraction, AnHonorificMoveIsAMove) {
  EXPECT_EQ(Extract("ゲストの千早楓さんは、昨年ツバメ通信を辞めてヒタキ・ラボに移られました。"),
            "departure 千早楓 @ ツバメ通信\njoin 千早楓 @ ヒタキ・ラボ\n");
  // A question about a rumour: nothing.
  EXPECT_EQ(Extract("ツバメ通信の千早楓さんがヒタキ・ラボに移られるという噂は本当ですか。"), "");
}

TEST(JapaneseExtraction, ALettersWriterNamedAfterWatakushiKotoLeavesAndJoins) {
  EXPECT_EQ(Extract("拝啓　さて、私こと楢崎智也は、このたび3月31日をもちまして、株式会社カイツブリ電子を円満退社いたしました。"
                    "長年のご厚情に、心より御礼申し上げます。\n"
                    "4月1日より、株式会社オシドリ・ラボに入社し、開発部長として勤務しております。"),
            "departure 楢崎智也 @ カイツブリ電子\njoin 楢崎智也 @ オシドリ・ラボ\n");
  // A sentence with no name that denies, or has a company for its subject:
  // not the writer's step.
  EXPECT_EQ(Extract("拝啓　さて、私こと楢崎智也は、このたび在職20年を迎えました。\n"
                    "なお、株式会社オシドリ・ラボに入社するとの噂がありますが、事実ではありません。"
                    "4月1日より、オシドリ・ラボは当社に加わった技術者を増員します。"),
            "");
}

TEST(JapaneseExtraction, ARoundupsSectionHeadingNamesTheOrgAndModelsItsSentencesAreAbout) {
  EXPECT_EQ(Extract("今年登場したモデルを整理する。\n"
                    "■カワセミ研究所「カワセミ-7B」「カワセミ-7B-Instruct」\n"
                    "8月にオープンソースで公開された。商用利用も可能だ。\n"
                    "■ヨシガモAI「ヨシガモ3」\n"
                    "当初は9月の公開を予定していたが、同社は安全性評価を理由に公開を来年春に延期した。\n"),
            "delay ヨシガモ3 @ ヨシガモAI\n"
            "release カワセミ-7B @ カワセミ研究所\n"
            "release カワセミ-7B-Instruct @ カワセミ研究所\n");
  // Shown but not yet available, planned, or rumoured: nothing.
  EXPECT_EQ(Extract("■ツクシガモ電機「ツクシガモ・ビジョン」\n"
                    "10月の展示会で発表されたものの、提供開始は来春からとされ、現時点では利用できない。\n"
                    "■ヨシガモAI「ヨシガモ3」\n"
                    "年内の公開を予定している。\n"
                    "公開が延期されるとの観測も出ている。\n"),
            "");
}

TEST(JapaneseExtraction, APersonnelListingLineWithAPostBeforeElsewhereIsAMove) {
  EXPECT_EQ(Extract("株式会社ハシビロ電子（大阪市）は1日、4月1日付の役員人事を発表した。\n"
                    "【新任】\n"
                    "取締役CTO　梓川遼（あずさがわ・りょう）（前ミサゴ通信株式会社研究所長）\n"
                    "執行役員　Dana Whitcombe-Ito（前Kestrel Labsディレクター）\n"
                    "【退任】\n"
                    "取締役　真柴透（3月31日付で退任し、同日付で同社を退職）\n"),
            "departure Dana Whitcombe-Ito @ Kestrel Labs\n"
            "departure 梓川遼 @ ミサゴ通信\n"
            "departure 真柴透 @ ハシビロ電子\n"
            "join Dana Whitcombe-Ito @ ハシビロ電子\n"
            "join 梓川遼 @ ハシビロ電子\n");
  // A present post, a post before inside the company, a board post left
  // while staying on: nothing.
  EXPECT_EQ(Extract("株式会社ハシビロ電子（大阪市）は1日、4月1日付の役員人事を発表した。\n"
                    "【異動】\n"
                    "AI研究所長　梓川遼（現画像認識部長）\n"
                    "執行役員　真柴透（前AI研究所長）\n"
                    "【退任】\n"
                    "取締役　鳴海葵（退任後は顧問に就任、退社はせず）\n"),
            "");
}

}  // namespace
}  // namespace labwatch
