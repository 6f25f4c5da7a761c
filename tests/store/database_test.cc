#include "store/database.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <algorithm>
#include <filesystem>

#include "core/views.h"
#include "tests/core/builders.h"
#include "tests/test_util.h"

namespace labwatch {
namespace {

using namespace labwatch::testing;

std::vector<Event> Story() {
  return {Cohort("c", "paper", "Meta", "2023-02-27", {"A", "B"}),
          Affiliated("a1", "A", "Meta", "2019"),
          Affiliated("a2", "B", "Meta", "2019"),
          Founded("f", "Mistral AI", {"B", "M"}, "2023-04"),
          Model("r", true, "Meta", "Llama 4 Scout", "2025-04-05"),
          Corroborated("x", "f", "reuters"),
          Merged("m", EntityKind::kOrg, "FAIR", "Meta")};
}

// Every stored record of every projection, as "projection/key" lines.
std::vector<std::string> StoredKeys(const std::string& dir) {
  auto reader = Reader::Open(dir);
  EXPECT_TRUE(reader) << reader.error().message;
  std::vector<std::string> keys;
  for (const auto& p : MakeProjections()) {
    std::string name(p->Name());
    EXPECT_TRUE((*reader)->store().Scan(name, "", [&](std::string_view key, std::string_view) {
      keys.push_back(name + "/" + std::string(key));
      return true;
    }));
  }
  return keys;
}

TEST(Database, AppendFoldsIntoEveryProjectionAndPersistsIt) {
  TempDir dir;
  {
    auto db = Database::Open(dir.path());
    ASSERT_TRUE(db) << db.error().message;
    auto seqs = (*db)->Append(Story());
    ASSERT_TRUE(seqs);
    EXPECT_EQ(seqs->back(), 7u);
  }
  EXPECT_EQ(StoredKeys(dir.path()),
            (std::vector<std::string>{"roster/" + StintIndexKey("meta", "a"), "roster/" + StintIndexKey("meta", "b"),
                                      "roster/" + StintIndexKey("mistral ai", "b"),
                                      "roster/" + StintIndexKey("mistral ai", "m"), "roster/o/fair", "roster/p/a",
                                      "roster/p/b", "roster/p/m", "cohort/c/paper",
                                      "landscape/f/mistral ai", "models/m/meta"}));
  auto reader = Reader::Open(dir.path());
  ASSERT_TRUE((*reader)->CheckFresh());
  auto b = (*reader)->FindPerson("b");
  ASSERT_TRUE(b && *b);
  EXPECT_EQ((*b)->facts.size(), 2u);
  EXPECT_EQ((*b)->facts[1].sources.size(), 2u);
  EXPECT_EQ((*reader)->LoadOrgNames()->Canonical("fair"), "Meta");
}

// Names of the people at `org` on `day` at the default confidence: through
// the stint index when `indexed`, else by reading everyone.
std::vector<std::string> PeopleAt(const Reader& reader, const std::string& org, const std::string& day,
                                  bool indexed) {
  OrgNames orgs = *reader.LoadOrgNames();
  Date date = *Date::Parse(day);
  std::vector<std::string> names;
  auto visit = [&](const PersonRecord& person) {
    auto row = RosterRowFor(person, orgs, date, kIndexedConfidence);
    if (row && orgs.Key(row->org) == orgs.Key(org)) names.push_back(person.name);
  };
  auto read = indexed ? reader.ForEachPersonAt(orgs.Key(org), date, visit) : reader.ForEachPerson(visit);
  EXPECT_TRUE(read) << read.error().message;
  return names;
}

TEST(Database, TheStintIndexFindsWhoIsAtAnOrgOnAnyDate) {
  TempDir dir;
  Event doubtful = Departed("d2", "B", "X", "2022", "Z");
  Evidence weak;
  weak.confidence = 0.3;
  std::get<PersonMoved>(doubtful.data).evidence = weak;
  {
    auto db = Database::Open(dir.path());
    ASSERT_TRUE((*db)->Append({Joined("j1", "A", "X", "2019"), Departed("d1", "A", "X", "2021", "Y"),
                               Joined("j2", "A", "X", "2023"),  // back again
                               Affiliated("a1", "B", "X", "2020"), doubtful, Joined("j3", "C", "Y Labs", "2020"),
                               Departed("d3", "D", "X", "2022")}));
    // One event at a time, as the daemon appends: the index follows.
    ASSERT_TRUE((*db)->Append({Merged("m", EntityKind::kOrg, "Y Labs", "Y")}));
    ASSERT_TRUE((*db)->Append({Retracted("r", "j2")}));
  }
  auto reader = Reader::Open(dir.path());
  ASSERT_TRUE(reader);
  for (std::string org : {"X", "Y", "Y Labs", "Z"}) {
    for (std::string day : {"2018", "2019-06", "2020", "2021", "2022-06", "2023", "2030"})
      EXPECT_EQ(PeopleAt(**reader, org, day, true), PeopleAt(**reader, org, day, false)) << org << " " << day;
  }
  EXPECT_EQ(PeopleAt(**reader, "X", "2020-06", true), (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(PeopleAt(**reader, "Y", "2022", true), (std::vector<std::string>{"A", "C"}));
  // A's return was retracted; B's doubtful departure does not count.
  EXPECT_EQ(PeopleAt(**reader, "X", "2030", true), (std::vector<std::string>{"B"}));
  EXPECT_TRUE(Verify(dir.path())->ok());
}

TEST(Database, ReopeningLoadsStateAndFoldsOnFromTheCheckpoint) {
  TempDir dir;
  {
    auto db = Database::Open(dir.path());
    ASSERT_TRUE((*db)->Append(Story()));
  }
  auto db = Database::Open(dir.path());
  ASSERT_TRUE(db);
  EXPECT_EQ((*db)->opened().folded, 0u);
  EXPECT_TRUE((*db)->opened().rebuilt.empty());
  ASSERT_TRUE((*db)->Append({Joined("j", "A", "xAI", "2025-01")}));
  EXPECT_EQ((*db)->roster().FindPerson("a")->facts.size(), 2u);
}

TEST(Database, CatchesUpWithEventsAppendedBehindItsBack) {
  TempDir dir;
  { ASSERT_TRUE((*Database::Open(dir.path()))->Append(Story())); }
  {
    // As after a crash between the log write and the projection write.
    auto log = OpenRocksDbEventLog(dir.path() + "/log", OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append({Joined("j", "A", "xAI", "2025-01"), Departed("d", "B", "Mistral AI", "2025-02")}));
  }
  auto db = Database::Open(dir.path());
  ASSERT_TRUE(db);
  EXPECT_EQ((*db)->opened().folded, 2u);
  EXPECT_EQ((*db)->roster().FindPerson("b")->facts.size(), 3u);
  db->reset();
  auto report = Verify(dir.path());
  ASSERT_TRUE(report);
  EXPECT_TRUE(report->ok()) << report->problems.front();
}

TEST(Database, RebuildGivesTheSameStateAsTheLiveFold) {
  TempDir dir;
  auto db = Database::Open(dir.path());
  // Fold event by event, as the daemon does.
  for (const auto& event : Story()) ASSERT_TRUE((*db)->Append({event}));
  auto live = StoredKeys(dir.path());
  std::vector<std::pair<std::string, std::string>> live_records = (*db)->roster().Snapshot();
  auto report = (*db)->Rebuild("");
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->folded, 7u);
  EXPECT_EQ(report->rebuilt.size(), MakeProjections().size());
  EXPECT_EQ((*db)->roster().Snapshot(), live_records);
  EXPECT_EQ(StoredKeys(dir.path()), live);
  db->reset();
  EXPECT_TRUE(Verify(dir.path())->ok());
}

TEST(Database, OpenCanRebuildAProjectionInsteadOfLoadingIt) {
  TempDir dir;
  std::vector<std::string> stored;
  {
    auto db = Database::Open(dir.path());
    for (const auto& event : Story()) ASSERT_TRUE((*db)->Append({event}));
    stored = StoredKeys(dir.path());
  }
  DatabaseOptions options;
  options.rebuild = "roster";
  auto db = Database::Open(dir.path(), options);
  ASSERT_TRUE(db) << db.error().message;
  EXPECT_EQ((*db)->opened().rebuilt, (std::vector<std::string>{"roster"}));
  EXPECT_EQ((*db)->opened().folded, 7u);
  // It says how long folding and persisting took (the CLI prints both).
  EXPECT_GT((*db)->opened().fold_seconds, 0);
  EXPECT_GT((*db)->opened().persist_seconds, 0);
  EXPECT_EQ(StoredKeys(dir.path()), stored);
  db->reset();
  EXPECT_TRUE(Verify(dir.path())->ok());

  options.rebuild = "rooster";
  TempDir empty;
  auto unknown = Database::Open(empty.path() + "/db", options);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(empty.path() + "/db")) << "nothing is created for a typo";
}

TEST(Database, RebuildOfAnUnknownProjectionNamesTheKnownOnes) {
  TempDir dir;
  auto db = Database::Open(dir.path());
  auto report = (*db)->Rebuild("rooster");
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kNotFound);
  EXPECT_NE(report.error().message.find("roster, cohort, landscape, models"), std::string::npos);
}

TEST(Database, ARebuildIngestedAsATableFileStoresWhatABatchWould) {
  TempDir batch, ingest;
  DatabaseOptions ingesting;
  ingesting.ingest_at = 1;  // every commit
  for (const auto& [dir, options] : {std::pair{&batch, DatabaseOptions()}, std::pair{&ingest, ingesting}}) {
    auto db = Database::Open(dir->path(), options);
    ASSERT_TRUE(db);
    ASSERT_TRUE((*db)->Append(Story()));
    ASSERT_TRUE((*db)->Rebuild(""));
    ASSERT_TRUE((*db)->Append({Departed("d", "A", "Meta", "2024-01")}));
  }
  EXPECT_EQ(StoredKeys(ingest.path()), StoredKeys(batch.path()));
  auto report = Verify(ingest.path());
  ASSERT_TRUE(report);
  EXPECT_TRUE(report->ok()) << report->problems.front();
}

TEST(Database, AProjectionOfAnotherCodeVersionIsRebuiltByItsOwner) {
  TempDir dir;
  { ASSERT_TRUE((*Database::Open(dir.path()))->Append(Story())); }
  {
    auto store = ProjectionStore::Open(dir.path() + "/projections", OpenMode::kWriter);
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->Commit({{"models", {99, 7}, false, {{"m/stale", std::string("junk")}}}}));
  }
  {
    auto reader = Reader::Open(dir.path());
    auto fresh = (*reader)->CheckFresh();
    ASSERT_FALSE(fresh);
    EXPECT_EQ(fresh.error().code, ErrorCode::kUnavailable);
    EXPECT_NE(fresh.error().message.find("rebuild models"), std::string::npos) << fresh.error().message;
  }
  auto db = Database::Open(dir.path());
  ASSERT_TRUE(db);
  EXPECT_EQ((*db)->opened().rebuilt, std::vector<std::string>{"models"});
  db->reset();
  EXPECT_TRUE((*Reader::Open(dir.path()))->CheckFresh());
  auto keys = StoredKeys(dir.path());
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "models/m/stale"), 0);
  EXPECT_TRUE(Verify(dir.path())->ok());
}

TEST(Database, TheWriterDropsTheStateOfAProjectionThisBuildNoLongerHas) {
  TempDir dir;
  { ASSERT_TRUE((*Database::Open(dir.path()))->Append(Story())); }
  {
    // What an older build's "facts" projection left.
    auto store = ProjectionStore::Open(dir.path() + "/projections", OpenMode::kWriter);
    ASSERT_TRUE((*store)->Commit({{"facts", {3, 7}, false, {{"k/founded|b|mistral ai", std::string("x")}}}}));
  }
  auto keys_of_facts = [&] {
    auto reader = Reader::Open(dir.path());
    EXPECT_TRUE(reader);
    std::vector<std::string> keys;
    EXPECT_TRUE((*reader)->store().Scan("facts", "", [&](std::string_view key, std::string_view) {
      keys.emplace_back(key);
      return true;
    }));
    return keys;
  };
  ASSERT_EQ(keys_of_facts().size(), 1u);
  {
    auto db = Database::Open(dir.path());
    ASSERT_TRUE(db) << db.error().message;
    EXPECT_EQ((*db)->opened().dropped, std::vector<std::string>{"facts"});
    EXPECT_TRUE((*db)->opened().rebuilt.empty());  // the others are untouched
  }
  EXPECT_TRUE(keys_of_facts().empty());
  auto store = ProjectionStore::Open(dir.path() + "/projections", OpenMode::kReader);
  ASSERT_TRUE(store);
  EXPECT_FALSE(*(*store)->ReadCheckpoint("facts"));
  store->reset();
  EXPECT_TRUE((*Database::Open(dir.path()))->opened().dropped.empty());
  EXPECT_TRUE(Verify(dir.path())->ok());
}

TEST(Database, AnUndecodableProjectionRecordIsRebuiltNotFatal) {
  TempDir dir;
  { ASSERT_TRUE((*Database::Open(dir.path()))->Append(Story())); }
  {
    auto store = ProjectionStore::Open(dir.path() + "/projections", OpenMode::kWriter);
    ASSERT_TRUE((*store)->Commit({{"roster", {RosterProjection().Version(), 7}, false, {{"p/a", std::string("\xff")}}}}));
  }
  {
    auto report = Verify(dir.path());
    ASSERT_TRUE(report);
    ASSERT_FALSE(report->ok());
    EXPECT_NE(report->problems.front().find("roster: record p/a differs"), std::string::npos)
        << report->problems.front();
  }
  auto db = Database::Open(dir.path());
  ASSERT_TRUE(db);
  EXPECT_EQ((*db)->opened().rebuilt, std::vector<std::string>{"roster"});
  ASSERT_EQ((*db)->opened().skipped.size(), 1u);
  EXPECT_NE((*db)->opened().skipped[0].find("p/a"), std::string::npos);
  db->reset();
  EXPECT_TRUE(Verify(dir.path())->ok());
}

TEST(Database, SecondWriterIsRefusedWhileReadersWork) {
  TempDir dir;
  auto db = Database::Open(dir.path());
  ASSERT_TRUE((*db)->Append(Story()));
  auto second = Database::Open(dir.path());
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kUnavailable);
  auto reader = Reader::Open(dir.path());
  ASSERT_TRUE(reader) << reader.error().message;
  auto person = (*reader)->FindPerson("A");
  ASSERT_TRUE(person && *person);
  auto report = Verify(dir.path());
  ASSERT_TRUE(report);
  EXPECT_TRUE(report->ok());
}

TEST(Verify, FindsAMissingEventInTheMiddleOfTheLog) {
  TempDir dir;
  {
    // One append per event: each is a record of its own (not a page), so
    // one can be deleted.
    auto db = Database::Open(dir.path());
    for (const Event& event : Story()) ASSERT_TRUE((*db)->Append({event}));
  }
  {
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    std::vector<rocksdb::ColumnFamilyDescriptor> families = {{"default", {}}, {"ids", {}}, {"meta", {}}};
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::Options(), dir.path() + "/log", families, &handles, &raw).ok());
    ASSERT_TRUE(raw->Delete(rocksdb::WriteOptions(), handles[0], std::string("\0\0\0\0\0\0\0\3", 8)).ok());
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  auto report = Verify(dir.path());
  ASSERT_TRUE(report);
  ASSERT_FALSE(report->ok());
  EXPECT_EQ(report->problems.front(), "log: sequence 4 follows 2 (a gap)");
}

}  // namespace
}  // namespace labwatch
