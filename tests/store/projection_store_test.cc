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

// Everything stored, checkpoints included, and how many table files hold it.
struct Stored {
  std::map<std::string, std::string> records;
  size_t table_files = 0;
};

Stored ReadAll(const std::string& path) {
  Stored stored;
  rocksdb::DB* raw = nullptr;
  auto status = rocksdb::DB::OpenForReadOnly(rocksdb::Options(), path, &raw);
  EXPECT_TRUE(status.ok()) << status.ToString();
  std::unique_ptr<rocksdb::DB> db(raw);
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions()));
  for (it->SeekToFirst(); it->Valid(); it->Next()) stored.records[it->key().ToString()] = it->value().ToString();
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
  EXPECT_EQ(batched.records.count("_meta/cohort"), 1u);
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

}  // namespace
}  // namespace labwatch
