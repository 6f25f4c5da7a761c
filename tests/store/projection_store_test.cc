#include "store/projection_store.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <thread>

#include "tests/test_util.h"

namespace labwatch {
namespace {

using namespace labwatch::testing;

// Everything the store shows, checkpoints included ("_meta/<projection>" ->
// "version seq"), how many keys the database holds in all, and how many
// table files hold them.
struct Stored {
  std::map<std::string, std::string> records;
  size_t raw_keys = 0;
  size_t table_files = 0;
};

Stored ReadAll(const std::string& path) {
  Stored stored;
  {
    auto store = ProjectionStore::Open(path, OpenMode::kReader);
    EXPECT_TRUE(store) << store.error().message;
    for (std::string projection : {"cohort", "landscape", "models", "roster"}) {
      auto checkpoint = (*store)->ReadCheckpoint(projection);
      EXPECT_TRUE(checkpoint);
      if (!*checkpoint) continue;
      stored.records["_meta/" + projection] =
          std::to_string((*checkpoint)->version) + " " + std::to_string((*checkpoint)->seq);
      auto scanned = (*store)->Scan(projection, "", [&](std::string_view key, std::string_view value) {
        stored.records[projection + "/" + std::string(key)] = std::string(value);
        return true;
      });
      EXPECT_TRUE(scanned);
    }
  }
  rocksdb::DB* raw = nullptr;
  auto status = rocksdb::DB::OpenForReadOnly(rocksdb::Options(), path, &raw);
  EXPECT_TRUE(status.ok()) << status.ToString();
  std::unique_ptr<rocksdb::DB> db(raw);
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions()));
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++stored.raw_keys;
  std::vector<rocksdb::LiveFileMetaData> files;
  db->GetLiveFilesMetaData(&files);
  stored.table_files = files.size();
  return stored;
}

enum class Way { kBatch, kTables, kBatchThenTables };

// Writes `updates` as one TableCommit, each projection's changes in key
// order; the roster's people ("p/...") as a second run, filled on another
// thread, as the roster does.
Result<void> CommitAsTables(ProjectionStore& store, std::vector<ProjectionUpdate> updates) {
  auto commit = store.BeginTables();
  std::vector<std::thread> threads;
  for (auto& update : updates) {
    std::sort(update.changes.begin(), update.changes.end(),
              [](const StateChange& a, const StateChange& b) { return a.key < b.key; });
    RecordRuns& runs = commit->Projection(update.projection, update.checkpoint, update.replace);
    RecordSink& front = runs.Run("");
    RecordSink* people = update.projection == "roster" ? &runs.Run("p/") : nullptr;
    auto write = [](RecordSink& sink, const StateChange& change) {
      change.value ? sink.Put(change.key, *change.value) : sink.Delete(change.key);
    };
    std::vector<const StateChange*> later;
    for (const auto& change : update.changes) {
      if (people && change.key.starts_with("p/")) {
        later.push_back(&change);
      } else {
        write(front, change);
      }
    }
    if (people)
      threads.emplace_back([people, later, write] {
        for (const StateChange* change : later) write(*people, *change);
      });
  }
  for (auto& thread : threads) thread.join();
  return commit->Finish();
}

// Commits in which keys arrive out of order, records are deleted, and a
// projection is replaced: the same through a write batch and table files.
Stored CommitStory(const std::string& path, Way way) {
  auto store = ProjectionStore::Open(path, OpenMode::kWriter, /*sync=*/false);
  EXPECT_TRUE(store) << store.error().message;
  int commits = 0;
  auto commit = [&](std::vector<ProjectionUpdate> updates) {
    bool tables = way == Way::kTables || (way == Way::kBatchThenTables && commits++ > 0);
    auto committed = tables ? CommitAsTables(**store, updates) : (*store)->Commit(updates);
    EXPECT_TRUE(committed) << committed.error().message;
  };
  commit({{"roster", {4, 3}, false, {{"p/b", "B"}, {"p/a", "A"}, {std::string("n/meta\0a", 8), "span"}}},
          {"models", {1, 3}, false, {{"m/old", "x"}, {"m/kept", "y"}}},
          {"landscape", {1, 3}, false, {{"f/gone", "x"}}}});
  commit({{"roster", {4, 5}, false, {{"p/c", "C"}, {"p/a", std::nullopt}, {"a/x", "p/c"}}},
          {"models", {1, 5}, true, {{"m/new", "z"}, {"m/new2", "z"}, {"m/new3", "z"}, {"m/new4", "z"}}},
          {"landscape", {1, 5}, true, {}},
          {"cohort", {2, 5}, false, {}}});
  store->reset();
  return ReadAll(path);
}

TEST(ProjectionStore, TableFilesStoreWhatABatchWould) {
  TempDir batch, tables, mixed;
  Stored batched = CommitStory(batch.path(), Way::kBatch);
  Stored ingested = CommitStory(tables.path(), Way::kTables);
  // The second commit's range deletions must reach records still in the
  // memtable.
  Stored batch_then_tables = CommitStory(mixed.path(), Way::kBatchThenTables);
  EXPECT_EQ(ingested.records, batched.records);
  EXPECT_EQ(batch_then_tables.records, batched.records);
  EXPECT_EQ(batched.records.count("models/m/old"), 0u);
  EXPECT_EQ(batched.records.count("landscape/f/gone"), 0u);  // replaced by nothing
  EXPECT_EQ(batched.records.count("roster/p/a"), 0u);
  EXPECT_EQ(batched.records.at("roster/p/c"), "C");
  EXPECT_EQ(batched.records.at("roster/a/x"), "p/c");
  EXPECT_EQ(batched.records.at("_meta/models"), "1 5");
  EXPECT_EQ(ingested.records.at("_meta/models"), "1 5");
  EXPECT_EQ(batched.records.count("_meta/cohort"), 1u);
  // The replaced generations are gone, not merely hidden.
  EXPECT_EQ(ingested.raw_keys, ingested.records.size());
  EXPECT_EQ(batch_then_tables.raw_keys, batch_then_tables.records.size());
  // The batches sit in the write-ahead log; the table commits in tables.
  EXPECT_EQ(batched.table_files, 0u);
  EXPECT_GE(ingested.table_files, 2u);
  for (const auto& entry : std::filesystem::directory_iterator(tables.path()))
    EXPECT_FALSE(entry.path().string().ends_with(".tmp")) << entry.path();
}

TEST(ProjectionStore, AFailedTableCommitNamesItsFileAndRecordAndStoresNothing) {
  TempDir dir;
  auto store = ProjectionStore::Open(dir.path(), OpenMode::kWriter, false);
  ASSERT_TRUE(store);
  ASSERT_TRUE((*store)->Commit({{"models", {1, 2}, false, {{"m/a", "x"}}}}));
  {
    auto commit = (*store)->BeginTables();
    RecordSink& sink = commit->Projection("models", {1, 9}, true).Run("");
    sink.Put("m/c", "y");
    sink.Put("m/b", "z");  // out of order: a table file cannot take it
    auto failed = commit->Finish();
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().message.find(".sst.tmp"), std::string::npos) << failed.error().message;
    EXPECT_NE(failed.error().message.find("at record models/m/b"), std::string::npos) << failed.error().message;
  }
  auto checkpoint = (*store)->ReadCheckpoint("models");
  ASSERT_TRUE(checkpoint && *checkpoint);
  EXPECT_EQ((*checkpoint)->seq, 2u);
  auto kept = (*store)->Get("models", "m/a");
  ASSERT_TRUE(kept && *kept);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    EXPECT_FALSE(entry.path().string().ends_with(".tmp")) << entry.path();
}

TEST(ProjectionStore, TheWriterRemovesTableFilesOfACommitCutShort) {
  TempDir dir;
  { ASSERT_TRUE(ProjectionStore::Open(dir.path(), OpenMode::kWriter, false)); }
  std::string stale = dir.path() + "/ingest-3.sst.tmp";
  std::string other = dir.path() + "/notes.txt";
  for (const auto& file : {stale, other}) std::ofstream(file) << "x";
  {
    auto reader = ProjectionStore::Open(dir.path(), OpenMode::kReader);
    ASSERT_TRUE(reader) << reader.error().message;
    EXPECT_TRUE(std::filesystem::exists(stale));  // a reader leaves the writer's files alone
  }
  auto store = ProjectionStore::Open(dir.path(), OpenMode::kWriter, false);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_FALSE(std::filesystem::exists(stale));
  EXPECT_TRUE(std::filesystem::exists(other));
}

// Puts raw keys into the store's database, as a crash between ingesting a
// generation and dropping the one before would leave them.
void PutRaw(const std::string& path, const std::vector<std::pair<std::string, std::string>>& records) {
  rocksdb::DB* raw = nullptr;
  rocksdb::Options options;
  ASSERT_TRUE(rocksdb::DB::Open(options, path, &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  for (const auto& [key, value] : records) ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), key, value).ok());
}

TEST(ProjectionStore, TheWriterDropsRecordsOfGenerationsNoCheckpointNames) {
  TempDir dir;
  {
    auto store = ProjectionStore::Open(dir.path(), OpenMode::kWriter, false);
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->Commit({{"models", {1, 2}, false, {{"m/a", "old"}}}, {"roster", {4, 2}, false, {{"p/x", "X"}}}}));
    ASSERT_TRUE(CommitAsTables(**store, {{"models", {1, 3}, true, {{"m/b", "new"}}}}));
  }
  // Generation 0 of models was dropped with the commit; put some back, and
  // a generation no commit made.
  PutRaw(dir.path(), {{"models/m/a", "old"}, {"models~7/m/z", "stray"}, {"modelsx", "not ours"}});
  {
    auto reader = ProjectionStore::Open(dir.path(), OpenMode::kReader);
    ASSERT_TRUE(reader);
    auto b = (*reader)->Get("models", "m/b");
    ASSERT_TRUE(b && *b);
    EXPECT_EQ(**b, "new");
    auto a = (*reader)->Get("models", "m/a");
    ASSERT_TRUE(a);
    EXPECT_FALSE(*a);  // another generation's record is never read
  }
  { ASSERT_TRUE(ProjectionStore::Open(dir.path(), OpenMode::kWriter, false)); }
  Stored stored = ReadAll(dir.path());
  EXPECT_EQ(stored.records.at("models/m/b"), "new");
  EXPECT_EQ(stored.records.at("roster/p/x"), "X");
  EXPECT_EQ(stored.records.count("models/m/a"), 0u);
  // Left: the records shown, and the key that belongs to no projection.
  EXPECT_EQ(stored.raw_keys, stored.records.size() + 1);
}

TEST(ProjectionStore, AReplacedProjectionsTablesGoToTheBottomAndTheOldOnesAreDeletedWhole) {
  TempDir dir;
  {
    auto store = ProjectionStore::Open(dir.path(), OpenMode::kWriter, false);
    ASSERT_TRUE(store);
    for (Sequence seq : {1, 2, 3}) {
      std::vector<StateChange> people;
      for (int i = 0; i < 50; ++i) people.push_back({"p/" + std::to_string(1000 + i), std::to_string(seq)});
      ASSERT_TRUE(CommitAsTables(**store, {{"roster", {4, seq}, true, people}, {"models", {1, seq}, true, {{"m/a", "x"}}}}));
    }
  }
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::OpenForReadOnly(rocksdb::Options(), dir.path(), &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  std::vector<rocksdb::LiveFileMetaData> files;
  db->GetLiveFilesMetaData(&files);
  size_t current = 0;
  for (const auto& file : files) {
    // Nothing is left of the two replaced generations, not even a range
    // deletion: their files went whole.
    EXPECT_FALSE(file.smallestkey.starts_with("roster/") || file.smallestkey.starts_with("roster~00000001/") ||
                 file.smallestkey.starts_with("roster~00000002/"))
        << file.name << " at level " << file.level << " starts at " << file.smallestkey;
    if (file.smallestkey.starts_with("roster~00000003/")) {
      ++current;
      EXPECT_EQ(file.level, db->NumberLevels() - 1) << file.name;  // no compaction will rewrite it
    }
  }
  EXPECT_EQ(current, 1u);
  Stored stored = ReadAll(dir.path());
  EXPECT_EQ(stored.records.at("roster/p/1000"), "3");
  EXPECT_EQ(stored.raw_keys, stored.records.size());
}

TEST(ProjectionStore, ARecordOutsideItsRunIsRefused) {
  TempDir dir;
  auto store = ProjectionStore::Open(dir.path(), OpenMode::kWriter, false);
  ASSERT_TRUE(store);
  auto commit = (*store)->BeginTables();
  RecordRuns& runs = commit->Projection("roster", {4, 1}, false);
  RecordSink& front = runs.Run("");
  runs.Run("p/").Put("p/a", "A");
  front.Put("p/b", "B");  // belongs to the second run
  auto failed = commit->Finish();
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message.find("roster/p/b is outside its run"), std::string::npos)
      << failed.error().message;
  auto checkpoint = (*store)->ReadCheckpoint("roster");
  ASSERT_TRUE(checkpoint);
  EXPECT_FALSE(*checkpoint);
}

TEST(ProjectionStore, RunsOpenedInAnyOrderAreStoredInKeyOrder) {
  TempDir dir;
  auto store = ProjectionStore::Open(dir.path(), OpenMode::kWriter, false);
  ASSERT_TRUE(store);
  {
    auto commit = (*store)->BeginTables();
    RecordRuns& runs = commit->Projection("roster", {4, 1}, false);
    RecordSink& people = runs.Run("p/");
    RecordSink& front = runs.Run("");
    RecordSink& index = runs.Run("n/");  // opened last, between the others
    people.Put("p/a", "A");
    index.Put("n/x", "X");
    front.Put("a/b", "B");
    ASSERT_TRUE(commit->Finish());
  }
  std::vector<std::string> stored;
  ASSERT_TRUE((*store)->Scan("roster", "", [&](std::string_view key, std::string_view value) {
    stored.push_back(std::string(key) + "=" + std::string(value));
    return true;
  }));
  EXPECT_EQ(stored, (std::vector<std::string>{"a/b=B", "n/x=X", "p/a=A"}));

  // Two runs cannot both begin at one key: which would hold it?
  auto commit = (*store)->BeginTables();
  RecordRuns& runs = commit->Projection("roster", {4, 2}, false);
  runs.Run("p/").Put("p/a", "A2");
  runs.Run("p/");
  auto failed = commit->Finish();
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message.find("two runs of records begin at roster/p/"), std::string::npos)
      << failed.error().message;
}

}  // namespace
}  // namespace labwatch
