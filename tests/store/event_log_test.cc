#include <gtest/gtest.h>

#include <rocksdb/db.h>

#include "core/event_codec.h"
#include "core/event_record.h"
#include "store/rocksdb_event_log.h"
#include "tests/core/builders.h"
#include "tests/test_util.h"

namespace labwatch {
namespace {

using namespace labwatch::testing;

std::vector<std::string> ReadIds(const EventLog& log, Sequence after = 0) {
  std::vector<std::string> ids;
  auto read = log.ReadFrom(after, [&](Sequence seq, const Result<Event>& event) {
    ids.push_back(std::to_string(seq) + ":" + (event ? event->id : "corrupt"));
    return true;
  });
  EXPECT_TRUE(read);
  return ids;
}

// Runs each test against the memory log and the RocksDB log.
class EventLogTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    if (GetParam()) {
      auto log = OpenRocksDbEventLog(dir_.path() + "/log", OpenMode::kWriter);
      ASSERT_TRUE(log) << log.error().message;
      log_ = std::move(*log);
    } else {
      log_ = NewMemoryEventLog();
    }
  }
  TempDir dir_;
  std::unique_ptr<EventLog> log_;
};

TEST_P(EventLogTest, AssignsSequencesFromOne) {
  auto seqs = log_->Append({Joined("a", "P", "X", "2020"), Joined("b", "P", "Y", "2021")});
  ASSERT_TRUE(seqs);
  EXPECT_EQ(*seqs, (std::vector<Sequence>{1, 2}));
  EXPECT_EQ(*log_->LastSequence(), 2u);
  EXPECT_EQ(ReadIds(*log_), (std::vector<std::string>{"1:a", "2:b"}));
  EXPECT_EQ(ReadIds(*log_, 1), (std::vector<std::string>{"2:b"}));
}

TEST_P(EventLogTest, SkipsIdsAlreadyRecordedOrRepeatedInTheBatch) {
  ASSERT_TRUE(log_->Append({Joined("a", "P", "X", "2020")}));
  auto seqs = log_->Append({Joined("a", "P", "X", "2020"), Joined("b", "P", "Y", "2021"), Joined("b", "Q", "Z", "2022")});
  ASSERT_TRUE(seqs);
  EXPECT_EQ(*seqs, (std::vector<Sequence>{0, 2, 0}));
  EXPECT_EQ(ReadIds(*log_), (std::vector<std::string>{"1:a", "2:b"}));
  auto all_old = log_->Append({Joined("a", "P", "X", "2020")});
  EXPECT_EQ(*all_old, (std::vector<Sequence>{0}));
  EXPECT_EQ(*log_->LastSequence(), 2u);
}

TEST_P(EventLogTest, RejectsAnEmptyIdAndAppendsNothing) {
  auto seqs = log_->Append({Joined("a", "P", "X", "2020"), Joined("", "P", "Y", "2021")});
  ASSERT_FALSE(seqs);
  EXPECT_EQ(seqs.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(*log_->LastSequence(), 0u);
}

TEST_P(EventLogTest, FindsSequencesById) {
  ASSERT_TRUE(log_->Append({Joined("a", "P", "X", "2020"), Joined("b", "P", "Y", "2021")}));
  EXPECT_EQ(*log_->Find("b"), 2u);
  auto missing = log_->Find("zz");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_P(EventLogTest, ReadsOneEventById) {
  ASSERT_TRUE(log_->Append({Joined("a", "P", "X", "2020"), Joined("b", "Q", "Y", "2021")}));
  auto event = ReadEvent(*log_, "b");
  ASSERT_TRUE(event) << event.error().message;
  EXPECT_EQ(std::get<PersonMoved>(event->data).person, "Q");
  auto missing = ReadEvent(*log_, "zz");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_P(EventLogTest, StopsReadingWhenTheVisitorSaysSo) {
  ASSERT_TRUE(log_->Append({Joined("a", "P", "X", "2020"), Joined("b", "P", "Y", "2021"), Joined("c", "P", "Z", "2022")}));
  int visited = 0;
  auto last = log_->ReadFrom(0, [&](Sequence, const Result<Event>&) { return ++visited < 2; });
  EXPECT_EQ(*last, 2u);
  EXPECT_EQ(visited, 2);
}

TEST_P(EventLogTest, StoresEventsExactly) {
  Event event = Joined("a", "Timothée", "Mistral AI", "2023-04", "Meta");
  event.causation = "article-9";
  ASSERT_TRUE(log_->Append({event}));
  std::optional<Event> read;
  ASSERT_TRUE(log_->ReadFrom(0, [&](Sequence, const Result<Event>& e) { read = *e; return true; }));
  EXPECT_EQ(*read, event);
}

INSTANTIATE_TEST_SUITE_P(MemoryAndRocksDb, EventLogTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& param) { return param.param ? "RocksDb" : "Memory"; });

TEST(RocksDbEventLog, KeepsEventsAcrossReopen) {
  TempDir dir;
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE(log);
    ASSERT_TRUE((*log)->Append({Joined("a", "P", "X", "2020"), Joined("b", "P", "Y", "2021")}));
  }
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(log);
  EXPECT_EQ(*(*log)->LastSequence(), 2u);
  EXPECT_EQ(*(*log)->Append({Joined("a", "P", "X", "2020"), Joined("c", "P", "Z", "2022")}),
            (std::vector<Sequence>{0, 3}));
}

TEST(RocksDbEventLog, SecondWriterIsToldTheDatabaseIsInUse) {
  TempDir dir;
  auto first = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(first);
  auto second = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(second.error().message.find("in use by another process"), std::string::npos) << second.error().message;
}

TEST(RocksDbEventLog, ReaderSeesWhatTheWriterAppendedBeforeItOpened) {
  TempDir dir;
  auto writer = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(writer);
  ASSERT_TRUE((*writer)->Append({Joined("a", "P", "X", "2020")}));
  auto reader = OpenRocksDbEventLog(dir.path(), OpenMode::kReader);
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ(ReadIds(**reader), (std::vector<std::string>{"1:a"}));
  EXPECT_EQ(*(*reader)->Find("a"), 1u);
}

TEST(RocksDbEventLog, ReaderOfAMissingDatabaseGetsNotFound) {
  TempDir dir;
  auto reader = OpenRocksDbEventLog(dir.path() + "/nothing", OpenMode::kReader);
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::kNotFound);
}

TEST(RocksDbEventLog, ReportsACorruptRecordBySequenceAndReadsOn) {
  TempDir dir;
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append({Joined("a", "P", "X", "2020"), Joined("b", "P", "Y", "2021"), Joined("c", "P", "Z", "2022")}));
  }
  {
    // Damage event 2 behind the log's back.
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    std::vector<rocksdb::ColumnFamilyDescriptor> families = {
        {"default", {}}, {"ids", {}}, {"meta", {}}};
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::Options(), dir.path(), families, &handles, &raw).ok());
    std::string key("\0\0\0\0\0\0\0\2", 8);
    ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), handles[0], key, "{\"id\":\"b\",broken").ok());
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(log);
  std::vector<std::string> seen;
  auto last = (*log)->ReadFrom(0, [&](Sequence seq, const Result<Event>& event) {
    seen.push_back(std::to_string(seq) + (event ? ":" + event->id : ":" + event.error().message.substr(0, 7)));
    return true;
  });
  ASSERT_TRUE(last);
  EXPECT_EQ(*last, 3u);
  EXPECT_EQ(seen, (std::vector<std::string>{"1:a", "2:event 2", "3:c"}));
}

TEST(RocksDbEventLog, ReadsJsonRecordsOfEarlierVersionsBesideBinaryOnes) {
  TempDir dir;
  std::vector<Event> events = {Joined("a", "P", "X", "2020"), Departed("b", "P", "X", "2021", "Y"),
                               Joined("c", "P", "Z", "2022")};
  ASSERT_TRUE((*OpenRocksDbEventLog(dir.path(), OpenMode::kWriter))->Append(events));
  {
    // Event 2 as a log written before the binary form holds it.
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    std::vector<rocksdb::ColumnFamilyDescriptor> families = {{"default", {}}, {"ids", {}}, {"meta", {}}};
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::Options(), dir.path(), families, &handles, &raw).ok());
    std::string key("\0\0\0\0\0\0\0\2", 8);
    std::string stored;
    ASSERT_TRUE(raw->Get(rocksdb::ReadOptions(), handles[0], key, &stored).ok());
    EXPECT_EQ(stored.front(), kBinaryRecordMarker);
    ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), handles[0], key, EncodeEvent(events[1])).ok());
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(log);
  std::vector<Event> read;
  ASSERT_TRUE((*log)->ReadFrom(0, [&](Sequence, const Result<Event>& event) {
    EXPECT_TRUE(event) << event.error().message;
    if (event) read.push_back(*event);
    return true;
  }));
  EXPECT_EQ(read, events);
  ASSERT_TRUE((*log)->Append({Joined("d", "Q", "X", "2023")}));
  EXPECT_EQ(*(*log)->LastSequence(), 4u);
}

}  // namespace
}  // namespace labwatch
