#include <gtest/gtest.h>

#include "core/catalog.h"
#include "core/roster.h"
#include "tests/core/builders.h"
#include "tests/core/render_state.h"

namespace labwatch {
namespace {

using namespace labwatch::testing;

// "key: name [id kind org date sources=N retracted]..." for every person.
std::string RenderRoster(const RosterProjection& roster) {
  static const char* kKinds[] = {"joined", "departed", "affiliated", "founded"};
  std::string out;
  for (const auto& [key, person] : Sorted(roster.people())) {
    out += key + ": " + person->name;
    for (const auto& f : person->facts) {
      out += " [" + f.id.str() + " " + kKinds[static_cast<int>(f.kind)] + " " + f.org + " " + f.date.ToString() +
             " sources=" + std::to_string(f.sources.size()) + (f.retracted ? " retracted" : "") + "]";
    }
    out += "\n";
  }
  return out;
}

std::vector<std::string> ChangedKeys(Projection& projection) {
  std::vector<StateChange> changes;
  projection.TakeChanges(&changes);
  std::vector<std::string> keys;
  for (const auto& c : changes) keys.push_back(c.key + (c.value ? "" : " (deleted)"));
  return keys;
}

TEST(RosterProjection, FoldsFactsPerPersonWhateverTheNameSpelling) {
  RosterProjection roster;
  Fold(roster, {Affiliated("1", "Timothée Lacroix", "Meta", "2019"),
                Founded("2", "Mistral AI", {"TIMOTHEE LACROIX", "Guillaume Lample"}, "2023-04")});
  EXPECT_EQ(RenderRoster(roster),
            "guillaume lample: Guillaume Lample [2 founded Mistral AI 2023-04 sources=1]\n"
            "timothee lacroix: Timothée Lacroix [1 affiliated Meta 2019 sources=1] "
            "[2 founded Mistral AI 2023-04 sources=1]\n");
}

TEST(RosterProjection, CorroborationAddsASourceToEveryHolderOfTheFact) {
  RosterProjection roster;
  Fold(roster, {Founded("f", "Mistral AI", {"A", "B"}, "2023-04"), Corroborated("c", "f", "reuters"),
                Corroborated("c2", "unknown-fact", "reuters")});
  EXPECT_EQ(RenderRoster(roster),
            "a: A [f founded Mistral AI 2023-04 sources=2]\n"
            "b: B [f founded Mistral AI 2023-04 sources=2]\n");
  EXPECT_EQ(roster.FindPerson("a")->facts[0].sources[1].source, "reuters");
  EXPECT_EQ(roster.FindPerson("a")->facts[0].FirstReported().ToString(), "2025-05-01");
}

TEST(RosterProjection, EachSourceNamesItsEventAndARepeatedCorroborationCountsOnce) {
  RosterProjection roster;
  Fold(roster, {Founded("f", "Mistral AI", {"A"}, "2023-04"), Corroborated("c", "f", "reuters")});
  // The same event again, as a re-import might deliver it.
  roster.Apply(3, Corroborated("c", "f", "reuters"));
  const PersonFact& fact = roster.FindPerson("a")->facts[0];
  ASSERT_EQ(fact.sources.size(), 2u);
  EXPECT_EQ(fact.EventOf(fact.sources[0]), "f");
  EXPECT_EQ(fact.EventOf(fact.sources[1]), "c");
  // A record decodes to the same sources.
  std::vector<StateChange> changes;
  roster.TakeChanges(&changes);
  auto record = std::find_if(changes.begin(), changes.end(), [](const StateChange& c) { return c.key == "p/a"; });
  ASSERT_NE(record, changes.end());
  PersonRecord decoded;
  ASSERT_TRUE(decoded.Decode(*record->value));
  EXPECT_EQ(decoded.facts[0].sources, fact.sources);
  EXPECT_EQ(decoded.facts[0].EventOf(decoded.facts[0].sources[0]), "f");
}

TEST(RosterProjection, RetractionMarksTheFactButKeepsIt) {
  RosterProjection roster;
  Fold(roster, {Joined("j", "P", "xAI", "2024"), Retracted("r", "j")});
  EXPECT_EQ(RenderRoster(roster), "p: P [j joined xAI 2024 sources=1 retracted]\n");
  EXPECT_EQ(roster.FindPerson("P")->facts[0].retraction, "wrong");
}

TEST(RosterProjection, MergeMovesHistoryAndRedirectsLaterFacts) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "Joelle Pineau", "Meta", "2017"), Departed("2", "J. Pineau", "Meta", "2025-05-30"),
                Merged("m", EntityKind::kPerson, "J. Pineau", "Joelle Pineau"),
                Joined("3", "J. Pineau", "Cohere", "2025-08")});
  EXPECT_EQ(RenderRoster(roster),
            "joelle pineau: Joelle Pineau [1 joined Meta 2017 sources=1] [2 departed Meta 2025-05-30 sources=1] "
            "[3 joined Cohere 2025-08 sources=1]\n");
  EXPECT_EQ(HistoryOf(roster, "j. pineau"), "Meta 2017..2025-05-30 | Cohere 2025-08..now");
}

TEST(RosterProjection, ChainedMergesResolveInOneStep) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "A", "X", "2020"), Merged("m1", EntityKind::kPerson, "A", "B"),
                Merged("m2", EntityKind::kPerson, "B", "C"), Joined("2", "A", "Y", "2021")});
  EXPECT_EQ(roster.ResolvePerson("A"), "c");
  EXPECT_EQ(roster.ResolvePerson("B"), "c");
  EXPECT_EQ(RenderRoster(roster), "c: C [1 joined X 2020 sources=1] [2 joined Y 2021 sources=1]\n");
}

TEST(RosterProjection, RetractionFollowsAMergedFact) {
  RosterProjection roster;
  Fold(roster, {Joined("1", "A", "X", "2020"), Merged("m", EntityKind::kPerson, "A", "B"), Retracted("r", "1")});
  EXPECT_EQ(RenderRoster(roster), "b: B [1 joined X 2020 sources=1 retracted]\n");
}

TEST(RosterProjection, OrgMergesFollowEarlierMerges) {
  RosterProjection roster;
  Fold(roster, {Merged("m1", EntityKind::kOrg, "FAIR", "Facebook AI"), Merged("m2", EntityKind::kOrg, "Facebook AI", "Meta")});
  EXPECT_EQ(roster.org_names().Canonical("fair"), "Meta");
  EXPECT_EQ(roster.org_names().Canonical("Facebook AI"), "Meta");
  EXPECT_EQ(roster.org_names().Canonical("OpenAI"), "OpenAI");
}

TEST(RosterProjection, ReportsOnlyTheRecordsAnEventTouched) {
  RosterProjection roster;
  // Each person's stint index records ("n/<org>\0<person>") follow them,
  // and every change comes in key order (a/, n/, o/, p/), which lets the
  // store write a table file without sorting.
  Fold(roster, {Joined("1", "A", "X", "2020"), Joined("2", "B", "X", "2020")});
  EXPECT_EQ(ChangedKeys(roster),
            (std::vector<std::string>{StintIndexKey("x", "a"), StintIndexKey("x", "b"), "p/a", "p/b"}));
  roster.Apply(3, Joined("3", "B", "Y", "2021"));
  EXPECT_EQ(ChangedKeys(roster), (std::vector<std::string>{StintIndexKey("x", "b"), StintIndexKey("y", "b"), "p/b"}));
  roster.Apply(4, Merged("m", EntityKind::kPerson, "B", "A"));
  EXPECT_EQ(ChangedKeys(roster),
            (std::vector<std::string>{"a/b", StintIndexKey("x", "a"), StintIndexKey("x", "b") + " (deleted)",
                                      StintIndexKey("y", "a"), StintIndexKey("y", "b") + " (deleted)", "p/a",
                                      "p/b (deleted)"}));
  EXPECT_TRUE(ChangedKeys(roster).empty());
}

TEST(RosterProjection, ALargeCommitSharedOutOverTwoThreadsWritesWhatASnapshotHolds) {
  // Enough people that the commit encodes and indexes them in two halves,
  // on two threads; then merges, which delete records and index entries on
  // both sides of the split.
  RosterProjection roster;
  std::vector<Event> events;
  const int people = 3000;
  for (int i = 0; i < people; ++i) {
    std::string person = "Person " + std::to_string(i);
    std::string id = std::to_string(i);
    events.push_back(Joined("j" + id, person, "Org " + std::to_string(i % 7), "2020"));
    if (i % 3 == 0) events.push_back(Departed("d" + id, person, "Org " + std::to_string(i % 7), "2022", "Org 9"));
  }
  Fold(roster, events);
  std::map<std::string, std::string> stored;
  auto commit = [&] {
    std::vector<StateChange> changes;
    roster.TakeChanges(&changes);
    for (size_t i = 1; i < changes.size(); ++i) ASSERT_LT(changes[i - 1].key, changes[i].key);
    for (auto& change : changes) {
      if (change.value) {
        stored[change.key] = *change.value;
      } else {
        ASSERT_EQ(stored.erase(change.key), 1u) << change.key;
      }
    }
    using Records = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(Records(stored.begin(), stored.end()), roster.Snapshot());
  };
  commit();
  EXPECT_EQ(stored.count("p/person 0"), 1u);
  EXPECT_EQ(stored.count(StintIndexKey("org 9", "person 2997")), 1u);

  Sequence seq = events.size();
  for (int i = 0; i + 1 < people; i += 2)
    roster.Apply(++seq, Merged("m" + std::to_string(i), EntityKind::kPerson, "Person " + std::to_string(i + 1),
                               "Person " + std::to_string(i)));
  commit();
  EXPECT_EQ(stored.count("p/person 1"), 0u);
  EXPECT_EQ(stored.count("p/person 2998"), 1u);
  EXPECT_EQ(stored.count(StintIndexKey("org 0", "person 2999")), 0u);
}

TEST(RosterProjection, SkipsEventsItDoesNotUse) {
  RosterProjection roster;
  Event unknown = MakeEvent(EventType::kUnknown, "u", At("2025-01-01T00:00:00Z"), UnknownData{"{}"});
  unknown.type_name = "SomethingNew";
  Fold(roster, {unknown, Model("r", true, "Meta", "Llama", "2023")});
  EXPECT_TRUE(roster.people().empty());
  EXPECT_TRUE(ChangedKeys(roster).empty());
}

// Loading a snapshot gives a projection that folds on exactly as the original.
template <typename P>
void ExpectSnapshotRestores(const std::vector<Event>& before, const std::vector<Event>& after) {
  P original;
  Fold(original, before);
  P restored;
  for (const auto& [key, value] : original.Snapshot()) ASSERT_TRUE(restored.Load(key, value)) << key;
  EXPECT_EQ(restored.Snapshot(), original.Snapshot());
  Sequence seq = before.size();
  for (const auto& event : after) {
    ++seq;
    original.Apply(seq, event);
    restored.Apply(seq, event);
  }
  EXPECT_EQ(restored.Snapshot(), original.Snapshot());
}

std::vector<Event> Story() {
  return {Cohort("c", "paper", "Meta", "2023-02-27", {"A", "B"}),
          Affiliated("1", "A", "Meta", "2019"),
          Founded("2", "Mistral AI", {"A", "C"}, "2023-04"),
          Model("3", true, "Meta", "Llama 4 Scout", "2025-04-05"),
          Merged("4", EntityKind::kOrg, "FAIR", "Meta"),
          Merged("5", EntityKind::kPerson, "Al", "A")};
}

std::vector<Event> Sequel() {
  return {Corroborated("6", "2", "reuters"), Retracted("7", "3"), Model("8", false, "Meta", "Behemoth", ""),
          Retracted("9", "c"), Joined("10", "Al", "FAIR", "2025")};
}

// A rebuild prepares events ahead of applying them, on another thread:
// every event prepared before any is applied must fold as Apply does.
TEST(RosterProjection, EventsPreparedAheadFoldAsApplyFoldsThem) {
  std::vector<Event> events = Story();
  for (Event& event : Sequel()) events.push_back(std::move(event));
  events.push_back(Founded("11", "Twin Labs", {"D", "d", "E"}, "2025-06"));  // D named twice
  events.push_back(Departed("12", "Al", "Meta", "2025-07", "Twin Labs"));
  RosterProjection applied, prepared;
  std::vector<std::unique_ptr<Projection::Prepared>> ahead;
  for (size_t i = 0; i < events.size(); ++i) {
    applied.Apply(i + 1, events[i]);
    ahead.push_back(prepared.NewPrepared());
    ASSERT_TRUE(ahead.back());
    prepared.Prepare(i + 1, events[i], *ahead.back());
  }
  for (size_t i = 0; i < events.size(); ++i) prepared.ApplyPrepared(i + 1, events[i], *ahead[i]);
  EXPECT_EQ(RenderRoster(prepared), RenderRoster(applied));
  EXPECT_EQ(prepared.Snapshot(), applied.Snapshot());
  EXPECT_NE(RenderRoster(applied).find("d: D [11 founded Twin Labs 2025-06 sources=1]\n"), std::string::npos)
      << RenderRoster(applied);
}

TEST(ProjectionSnapshot, RestoresRosterState) { ExpectSnapshotRestores<RosterProjection>(Story(), Sequel()); }
TEST(ProjectionSnapshot, RestoresCohortState) { ExpectSnapshotRestores<CohortProjection>(Story(), Sequel()); }
TEST(ProjectionSnapshot, RestoresLandscapeState) { ExpectSnapshotRestores<LandscapeProjection>(Story(), Sequel()); }
TEST(ProjectionSnapshot, RestoresModelsState) { ExpectSnapshotRestores<ModelsProjection>(Story(), Sequel()); }

TEST(ProjectionSnapshot, RejectsRecordsThatDoNotDecode) {
  RosterProjection roster;
  auto loaded = roster.Load("p/x", "\xff\xff");
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kCorruption);
  EXPECT_NE(loaded.error().message.find("p/x"), std::string::npos);
  EXPECT_FALSE(roster.Load("zz/x", ""));
  CohortProjection cohort;
  EXPECT_FALSE(cohort.Load("p/x", ""));
}

TEST(CohortProjection, LatestDefinitionNotRetractedIsInForce) {
  CohortProjection cohort;
  Fold(cohort, {Cohort("c1", "Paper", "Meta", "2023-02-27", {"A"}), Cohort("c2", "paper", "Meta", "2023-02-27", {"A", "B"})});
  ASSERT_EQ(cohort.records().size(), 1u);
  const CohortRecord& record = cohort.records().at("paper");
  EXPECT_EQ(record.InForce()->members.size(), 2u);
  cohort.Apply(3, Retracted("r", "c2"));
  EXPECT_EQ(cohort.records().at("paper").InForce()->id, "c1");
  cohort.Apply(4, Retracted("r2", "c1"));
  EXPECT_EQ(cohort.records().at("paper").InForce(), nullptr);
}

TEST(ModelsProjection, KeepsReleasesAndDelaysPerOrg) {
  ModelsProjection models;
  Fold(models, {Model("1", true, "Meta", "Llama 4 Scout", "2025-04-05"), Model("2", false, "meta", "Llama 4 Behemoth", ""),
                Model("3", true, "OpenAI", "o3", "2025-04-16"), Corroborated("4", "2", "wsj"), Retracted("5", "3")});
  ASSERT_EQ(models.records().size(), 2u);
  const auto& meta = models.records().at("meta").facts;
  ASSERT_EQ(meta.size(), 2u);
  EXPECT_TRUE(meta[0].released);
  EXPECT_FALSE(meta[1].released);
  EXPECT_EQ(meta[1].sources.size(), 2u);
  EXPECT_TRUE(models.records().at("openai").facts[0].retracted);
}

TEST(Projections, ComeInAFixedOrderAndByName) {
  std::vector<std::string> names;
  for (const auto& p : MakeProjections()) names.emplace_back(p->Name());
  EXPECT_EQ(names, (std::vector<std::string>{"roster", "cohort", "landscape", "models"}));
  EXPECT_EQ(MakeProjection("models")->Name(), "models");
  EXPECT_EQ(MakeProjection("nope"), nullptr);
}

}  // namespace
}  // namespace labwatch
