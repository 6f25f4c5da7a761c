#include "store/projection_store.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <filesystem>
#include <map>
#include <memory>

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

// Commits in which keys arrive out of order, records are deleted, and a
// projection is replaced: the same through a write batch and an ingested
// table file.
Stored CommitStory(const std::string& path, size_t ingest_at) {
  auto store = ProjectionStore::Open(path, OpenMode::kWriter, /*sync=*/false, ingest_at);
  EXPECT_TRUE(store) << store.error().message;
  auto commit = [&](std::vector<ProjectionUpdate> updates) {
    auto committed = (*store)->Commit(updates);
    EXPECT_TRUE(committed) << committed.error().message;
  };
  commit({{"roster", {4, 3}, false, {{"p/b", "B"}, {"p/a", "A"}, {std::string("n/meta\0a", 8), "span"}}},
          {"models", {1, 3}, false, {{"m/old", "x"}, {"m/kept", "y"}}}});
  commit({{"roster", {4, 5}, false, {{"p/c", "C"}, {"p/a", std::nullopt}}},
          {"models", {1, 5}, true, {{"m/new", "z"}, {"m/new2", "z"}, {"m/new3", "z"}, {"m/new4", "z"}}},
          {"cohort", {2, 5}, false, {}}});
  store->reset();
  return ReadAll(path);
}

TEST(ProjectionStore, AnIngestedCommitStoresWhatABatchWould) {
  TempDir batch, ingest, mixed;
  Stored batched = CommitStory(batch.path(), kIngestAt);
  Stored ingested = CommitStory(ingest.path(), 1);
  // The first commit (5 changes) as a batch, the second (6) ingested: its
  // range deletion must reach records still in the memtable.
  Stored batch_then_ingest = CommitStory(mixed.path(), 6);
  EXPECT_EQ(ingested.records, batched.records);
  EXPECT_EQ(batch_then_ingest.records, batched.records);
  EXPECT_EQ(batched.records.count("models/m/old"), 0u);
  EXPECT_EQ(batched.records.count("roster/p/a"), 0u);
  EXPECT_EQ(batched.records.at("roster/p/c"), "C");
  EXPECT_EQ(batched.records.count("_meta/cohort"), 1u);
  // The batches sit in the write-ahead log; the ingested commits in tables.
  EXPECT_EQ(batched.table_files, 0u);
  EXPECT_GE(ingested.table_files, 2u);
}

TEST(ProjectionStore, AFailedIngestNamesItsFileAndLeavesTheCheckpoint) {
  TempDir dir;
  auto store = ProjectionStore::Open(dir.path(), OpenMode::kWriter, false, 1);
  ASSERT_TRUE(store);
  ASSERT_TRUE((*store)->Commit({{"models", {1, 2}, false, {{"m/a", "x"}}}}));
  // Two changes with one key cannot go into a table file.
  auto failed = (*store)->Commit({{"models", {1, 9}, false, {{"m/b", "y"}, {"m/b", "z"}}}});
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message.find("ingest.sst.tmp"), std::string::npos) << failed.error().message;
  auto checkpoint = (*store)->ReadCheckpoint("models");
  ASSERT_TRUE(checkpoint && *checkpoint);
  EXPECT_EQ((*checkpoint)->seq, 2u);
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/ingest.sst.tmp"));
}

}  // namespace
}  // namespace labwatch
