#include <gtest/gtest.h>

#include <filesystem>

#include <rocksdb/db.h>

#include "core/coding.h"
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

// RocksDB 7.8 leaves the empty write-ahead log of every open behind until a
// flush; a writer removes those of earlier opens, and keeps every log that
// holds events.
TEST(RocksDbEventLog, ReopeningLeavesNoEmptyLogFilesBehind) {
  TempDir dir;
  auto log_files = [&](bool empty) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
      if (entry.path().extension() == ".log" && (entry.file_size() == 0) == empty) ++count;
    return count;
  };
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE(log);
    ASSERT_TRUE((*log)->Append({Joined("a", "P", "X", "2020")}));
  }
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(OpenRocksDbEventLog(dir.path(), OpenMode::kWriter));
  EXPECT_LE(log_files(/*empty=*/true), 1);
  auto reader = OpenRocksDbEventLog(dir.path(), OpenMode::kReader);
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ(ReadIds(**reader), (std::vector<std::string>{"1:a"}));
  reader->reset();
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(log);
  EXPECT_EQ(ReadIds(**log), (std::vector<std::string>{"1:a"}));
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
    // One append per event: each is a record of its own, not a page.
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    for (const Event& event : {Joined("a", "P", "X", "2020"), Joined("b", "P", "Y", "2021"), Joined("c", "P", "Z", "2022")})
      ASSERT_TRUE((*log)->Append({event}));
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
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    for (const Event& event : events) ASSERT_TRUE((*log)->Append({event}));  // records, not a page
  }
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

// The raw values of the log's events family, by key.
std::vector<std::pair<std::string, std::string>> RawEvents(const std::string& path) {
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  std::vector<rocksdb::ColumnFamilyDescriptor> families = {{"default", {}}, {"ids", {}}, {"meta", {}}};
  std::vector<std::pair<std::string, std::string>> values;
  EXPECT_TRUE(rocksdb::DB::OpenForReadOnly(rocksdb::Options(), path, families, &handles, &raw).ok());
  if (!raw) return values;
  std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator(rocksdb::ReadOptions(), handles[0]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) values.emplace_back(it->key().ToString(), it->value().ToString());
  it.reset();
  for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
  delete raw;
  return values;
}

// Rewrites one value of the events family (or the format) behind the log's back.
void PutRaw(const std::string& path, size_t family, const std::string& key, const std::string& value) {
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  std::vector<rocksdb::ColumnFamilyDescriptor> families = {{"default", {}}, {"ids", {}}, {"meta", {}}};
  ASSERT_TRUE(rocksdb::DB::Open(rocksdb::Options(), path, families, &handles, &raw).ok());
  ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), handles[family], key, value).ok());
  for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
  delete raw;
}

std::string KeyOf(Sequence seq) {
  std::string key;
  PutBigEndian64(&key, seq);
  return key;
}

std::vector<Event> ManyJoins(int count, const std::string& prefix = "e") {
  std::vector<Event> events;
  for (int i = 0; i < count; ++i) events.push_back(Joined(prefix + std::to_string(i), "P" + std::to_string(i), "X", "2020"));
  return events;
}

std::vector<std::string> ExpectedIds(const std::vector<Event>& events, Sequence after) {
  std::vector<std::string> ids;
  for (size_t i = after; i < events.size(); ++i) ids.push_back(std::to_string(i + 1) + ":" + events[i].id);
  return ids;
}

TEST(RocksDbEventLog, StoresAnAppendInPagesAndALoneEventAsItsRecord) {
  TempDir dir;
  std::vector<Event> events = ManyJoins(300);
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append(events));
    ASSERT_TRUE((*log)->Append({Joined("lone", "Q", "Y", "2021")}));
  }
  auto values = RawEvents(dir.path());
  ASSERT_EQ(values.size(), 4u);  // 128 + 128 + 44 events, then one
  EXPECT_EQ(values[0].first, KeyOf(1));
  EXPECT_EQ(values[1].first, KeyOf(129));
  EXPECT_EQ(values[2].first, KeyOf(257));
  EXPECT_EQ(values[3].first, KeyOf(301));
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(values[i].second.front(), kPageMarker);
  EXPECT_EQ(values[2].second[1], '\x2c');  // 44 records
  EXPECT_EQ(values[3].second, EncodeRecord(Joined("lone", "Q", "Y", "2021")));
}

TEST(RocksDbEventLog, ReadsFromAnyEventOfAPage) {
  TempDir dir;
  std::vector<Event> events = ManyJoins(300);
  events.push_back(Joined("lone", "Q", "Y", "2021"));
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append(std::vector<Event>(events.begin(), events.end() - 1)));
    ASSERT_TRUE((*log)->Append({events.back()}));
  }
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(log);
  EXPECT_EQ(*(*log)->LastSequence(), 301u);
  for (Sequence after : {0, 1, 2, 127, 128, 129, 200, 255, 256, 257, 299, 300, 301, 400})
    EXPECT_EQ(ReadIds(**log, after), ExpectedIds(events, std::min<Sequence>(after, 301))) << "after " << after;
  for (const char* id : {"e0", "e127", "e128", "e150", "e299", "lone"}) {
    auto event = ReadEvent(**log, id);
    ASSERT_TRUE(event) << id << ": " << event.error().message;
    EXPECT_EQ(event->id, id);
  }
  // The next append goes on after the pages, not into them.
  EXPECT_EQ(*(*log)->Append({Joined("next", "R", "Z", "2022")}), std::vector<Sequence>{302});
  auto reader = OpenRocksDbEventLog(dir.path(), OpenMode::kReader);
  ASSERT_TRUE(reader);
  EXPECT_EQ(*(*reader)->LastSequence(), 302u);
}

TEST(RocksDbEventLog, ClosesAPageOnceItHoldsThirtyTwoKilobytes) {
  TempDir dir;
  std::vector<Event> events;
  for (int i = 0; i < 20; ++i) {
    Event event = Joined("big" + std::to_string(i), "P", "X", "2020");
    event.source = std::string(10000, static_cast<char>('a' + i));
    events.push_back(std::move(event));
  }
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append(events));
  }
  auto values = RawEvents(dir.path());
  EXPECT_EQ(values.size(), 5u);  // four records of 10 KB reach 32 KB
  for (const auto& [key, value] : values) EXPECT_LT(value.size(), 45000u);
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kReader);
  std::vector<Event> read;
  ASSERT_TRUE((*log)->ReadFrom(0, [&](Sequence, const Result<Event>& event) {
    if (event) read.push_back(*event);
    return true;
  }));
  EXPECT_EQ(read, events);
}

TEST(RocksDbEventLog, ReportsEachEventOfADamagedPageAndReadsOn) {
  TempDir dir;
  std::vector<Event> events = ManyJoins(5);
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append(events));
    ASSERT_TRUE((*log)->Append({Joined("after", "Q", "Y", "2021")}));
  }
  // Cut the page in the middle of its third record.
  auto values = RawEvents(dir.path());
  ASSERT_EQ(values.size(), 2u);
  std::string page = values[0].second;
  size_t third = 2 + 2 * (1 + EncodeRecord(events[0]).size());  // marker, count, two records
  PutRaw(dir.path(), 0, values[0].first, page.substr(0, third + 5));
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(log);
  EXPECT_EQ(*(*log)->LastSequence(), 6u);
  std::vector<std::string> seen;
  auto last = (*log)->ReadFrom(0, [&](Sequence seq, const Result<Event>& event) {
    seen.push_back(std::to_string(seq) + ":" + (event ? event->id : event.error().message));
    return true;
  });
  ASSERT_TRUE(last);
  EXPECT_EQ(*last, 6u);
  const std::string damaged = "in a damaged page of records: its framing does not read";
  EXPECT_EQ(seen, (std::vector<std::string>{"1:e0", "2:e1", "3:event 3: " + damaged, "4:event 4: " + damaged,
                                            "5:event 5: " + damaged, "6:after"}));
}

TEST(RocksDbEventLog, TakesAPageWhoseCountCannotBeTrueForOneDamagedEvent) {
  TempDir dir;
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append(ManyJoins(3)));
  }
  auto values = RawEvents(dir.path());
  ASSERT_EQ(values.size(), 1u);
  std::string page = values[0].second;
  page.replace(1, 1, "\xff\xff\xff\xff\x0f");  // a count of about four billion in a page of 100 bytes
  PutRaw(dir.path(), 0, values[0].first, page);
  auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_TRUE(log);
  EXPECT_EQ(*(*log)->LastSequence(), 1u);
  EXPECT_EQ(ReadIds(**log), std::vector<std::string>{"1:corrupt"});
  EXPECT_EQ(*(*log)->Append({Joined("next", "R", "Z", "2022")}), std::vector<Sequence>{2});
}

TEST(RocksDbEventLog, OpensALogOfTheFormatBeforePagesAndMarksIt) {
  TempDir dir;
  {
    auto log = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE((*log)->Append({Joined("a", "P", "X", "2020")}));
  }
  PutRaw(dir.path(), 2, "format", "1");
  {
    auto reader = OpenRocksDbEventLog(dir.path(), OpenMode::kReader);
    ASSERT_TRUE(reader) << reader.error().message;
    EXPECT_EQ(ReadIds(**reader), std::vector<std::string>{"1:a"});
  }
  {
    auto writer = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
    ASSERT_TRUE(writer) << writer.error().message;
    ASSERT_TRUE((*writer)->Append(ManyJoins(3)));
    EXPECT_EQ(ReadIds(**writer), (std::vector<std::string>{"1:a", "2:e0", "3:e1", "4:e2"}));
  }
  PutRaw(dir.path(), 2, "format", "3");
  auto refused = OpenRocksDbEventLog(dir.path(), OpenMode::kWriter);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.error().message.find("has log format 3; this labwatch reads formats 1 and 2"), std::string::npos)
      << refused.error().message;
}

}  // namespace
}  // namespace labwatch
