#include "core/history.h"

#include <gtest/gtest.h>

#include "tests/core/builders.h"
#include "tests/core/render_state.h"

namespace labwatch {
namespace {

using namespace labwatch::testing;

TEST(History, FoundingElsewhereClosesTheOpenStint) {
  RosterProjection roster;
  Fold(roster, {Affiliated("a", "Guillaume Lample", "Meta", "2016"),
                Founded("f", "Mistral AI", {"Arthur Mensch", "Guillaume Lample"}, "2023-04")});
  EXPECT_EQ(HistoryOf(roster, "Guillaume Lample"), "Meta 2016..2023-04 | Mistral AI(founder) 2023-04..now");
}

TEST(History, BoomerangsGiveOneStintPerReturn) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "P", "Meta", "2018"), Departed("2", "P", "Meta", "2020-03", "Google DeepMind"),
                Joined("3", "P", "Meta", "2023-09", "Google DeepMind")});
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta 2018..2020-03 | Google DeepMind 2020-03..2023-09 | Meta 2023-09..now");
}

TEST(History, LaterOccurredAtWinsWhateverTheLogOrder) {
  RosterProjection roster;
  // Reported out of order: the 2024 move arrives before the 2022 one.
  Fold(roster, {Joined("1", "P", "Anthropic", "2024-02", "OpenAI"), Joined("2", "P", "OpenAI", "2022-01")});
  EXPECT_EQ(HistoryOf(roster, "P"), "OpenAI 2022-01..2024-02 | Anthropic 2024-02..now");
}

TEST(History, SameDateTiesGoToTheLaterSequence) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "P", "A", "2024-01-01"), Joined("2", "P", "B", "2024-01-01")});
  EXPECT_EQ(HistoryOf(roster, "P"), "A 2024-01-01..2024-01-01 | B 2024-01-01..now");
}

TEST(History, AsOfLeavesOutLaterFacts) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "P", "OpenAI", "2019"), Joined("2", "P", "Anthropic", "2021-01"),
                Joined("3", "P", "Thinking Machines Lab", "2025-02")});
  EXPECT_EQ(HistoryOf(roster, "P", "2020-06-01"), "OpenAI 2019..now");
  EXPECT_EQ(HistoryOf(roster, "P", "2021-01-01"), "OpenAI 2019..2021-01 | Anthropic 2021-01..now");
  EXPECT_EQ(HistoryOf(roster, "P", "2018-12-31"), "");
}

TEST(History, DepartureWithoutAKnownStintStartsUnknown) {
  RosterProjection roster;
  Fold(roster, {Departed("1", "P", "Meta", "2025-05", "Cohere")});
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta ?..2025-05 | Cohere 2025-05..now");
}

TEST(History, JoinFromAnUnknownOrgRecordsWhereTheyCameFrom) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "P", "Mistral AI", "2024-08", "Meta")});
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta ?..2024-08 | Mistral AI 2024-08..now");
}

TEST(History, ALaterReportOfAKnownDepartureChangesNothing) {
  RosterProjection roster;
  Fold(roster, {Affiliated("a", "P", "Meta", "2020"), Founded("f", "Mistral AI", {"P"}, "2023-04"),
                Departed("d", "P", "Meta", "2025-05")});
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta 2020..2023-04 | Mistral AI(founder) 2023-04..now");
}

TEST(History, AnnouncedDepartureShowsAsLeavingUntilItTakesEffect) {
  RosterProjection roster;
  Event departure = Departed("d", "Joelle Pineau", "Meta", "2025-05-30");
  std::get<PersonMoved>(departure.data).announced = *Date::Parse("2025-04-01");
  Fold(roster, {Affiliated("a", "Joelle Pineau", "Meta", "2017"), departure});
  EXPECT_EQ(HistoryOf(roster, "Joelle Pineau", "2025-03-15"), "Meta 2017..now");
  EXPECT_EQ(HistoryOf(roster, "Joelle Pineau", "2025-04-15"), "Meta 2017..now leaving 2025-05-30");
  EXPECT_EQ(HistoryOf(roster, "Joelle Pineau", "2025-06-01"), "Meta 2017..2025-05-30");
}

TEST(History, RetractedFactsAreLeftOut) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "P", "Meta", "2020"), Departed("2", "P", "Meta", "2024", "xAI"), Retracted("r", "2")});
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta 2020..now");
}

TEST(History, MergedOrgNamesAreOneStint) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "P", "FAIR", "2019"), Merged("m", EntityKind::kOrg, "FAIR", "Meta"),
                Joined("2", "P", "Meta", "2020", "FAIR")});
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta 2019..now");
}

TEST(History, UnitsCountForTheirCompany) {
  RosterProjection roster;
  Event fair = Joined("1", "P", "FAIR", "2017");
  std::get<PersonMoved>(fair.data).company = "Meta";
  Event msl = Joined("2", "P", "Meta Superintelligence Labs", "2025-07", "FAIR");
  std::get<PersonMoved>(msl.data).company = "Meta";
  std::get<PersonMoved>(msl.data).other_company = "Meta";
  Event gdm = Departed("3", "P", "Meta", "2026-01", "Google DeepMind");
  std::get<PersonMoved>(gdm.data).other_company = "Google";
  Fold(roster, {fair, msl, gdm});
  // One stint at Meta across its units; the move to Google DeepMind is a stint at Google.
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta 2017..2026-01 | Google 2026-01..now");
  const PersonRecord* record = roster.FindPerson("P");
  History history = DeriveHistory(*record, roster.org_names(), *Date::Parse("2025-12-01"));
  ASSERT_EQ(history.stints.size(), 1u);
  EXPECT_EQ(history.stints[0].unit, "Meta Superintelligence Labs");
  EXPECT_EQ(DeriveHistory(*record, roster.org_names(), *Date::Parse("2030-01-01")).stints[1].unit, "Google DeepMind");
}

TEST(History, DepartureRoleStaysWithTheOrgLeft) {
  RosterProjection roster;
  Event departure = Departed("d", "P", "Meta", "2025-05", "Cohere");
  std::get<PersonMoved>(departure.data).role = "head of FAIR";
  Fold(roster, {Affiliated("a", "P", "Meta", "2017"), departure});
  EXPECT_EQ(HistoryOf(roster, "P"), "Meta[head of FAIR] 2017..2025-05 | Cohere 2025-05..now");
}

// The stint index derives spans only: the same stints, without their
// details, on every history these tests build and with an org merged.
TEST(History, SpansOnlyGiveTheStintsOfTheFullHistory) {
  Event announced = Departed("d2", "Q", "Meta", "2025-05-30", "Cohere");
  std::get<PersonMoved>(announced.data).announced = *Date::Parse("2025-04-01");
  std::vector<Event> events = {
      Affiliated("a", "Guillaume Lample", "Meta", "2016"),
      Founded("f", "Mistral AI", {"Arthur Mensch", "Guillaume Lample"}, "2023-04"),
      Joined("1", "P", "Meta", "2018"), Departed("2", "P", "Meta", "2020-03", "Google DeepMind"),
      Joined("3", "P", "Meta", "2023-09", "Google DeepMind"), Departed("4", "R", "OpenAI", "2021"),
      Joined("5", "R", "Anthropic", "2024-02", "OpenAI"), Joined("6", "R", "OpenAI", "2022-01"),
      Affiliated("7", "Q", "Meta", "2017"), announced, Joined("8", "S", "FAIR", "2019"),
      Departed("9", "R", "Anthropic", "2024-06"), Departed("10", "R", "Anthropic", "2024-07")};
  for (bool merged : {false, true}) {
    RosterProjection roster;
    Fold(roster, events);
    if (merged) Fold(roster, {Merged("m", EntityKind::kOrg, "FAIR", "Meta"), Joined("11", "S", "Meta", "2020", "FAIR")});
    const OrgNames orgs = roster.org_names();
    for (const char* name : {"Guillaume Lample", "P", "Q", "R", "S"}) {
      const PersonRecord* person = roster.FindPerson(name);
      ASSERT_TRUE(person) << name;
      for (const char* as_of : {"2024-01-01", "2025-04-15", "9999-12-31"}) {
        History full = DeriveHistory(*person, orgs, *Date::Parse(as_of));
        History spans = DeriveHistory(*person, orgs, *Date::Parse(as_of), 0.0, HistoryDetail::kSpans);
        ASSERT_EQ(spans.stints.size(), full.stints.size()) << name << " " << as_of;
        EXPECT_EQ(spans.current, full.current);
        for (size_t i = 0; i < full.stints.size(); ++i) {
          const Stint& a = full.stints[i];
          const Stint& b = spans.stints[i];
          EXPECT_EQ(b.org_key, a.org_key) << name << " " << as_of << " stint " << i;
          EXPECT_EQ(b.start, a.start) << name << " " << as_of << " stint " << i;
          EXPECT_EQ(b.end, a.end) << name << " " << as_of << " stint " << i;
          EXPECT_EQ(b.founder, a.founder);
          EXPECT_EQ(b.leaving, a.leaving);
          EXPECT_EQ(b.org, merged ? a.org : "");
          EXPECT_TRUE(b.facts.empty());
          EXPECT_FALSE(a.facts.empty());
        }
      }
    }
  }
}

}  // namespace
}  // namespace labwatch
