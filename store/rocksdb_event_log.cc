#include "store/rocksdb_event_log.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <unordered_set>

#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "core/coding.h"
#include "core/event_record.h"

namespace labwatch {
namespace {

constexpr char kFormatKey[] = "format";
// 1: one record per key. 2: a key may also hold a page of records. This
// build writes pages and reads both; a build that knows only 1 refuses a 2.
constexpr char kFormat[] = "2";
constexpr char kFormatBeforePages[] = "1";
constexpr size_t kEventBlockSize = 64 << 10;

// The records of one append go into pages: a value holding up to
// kPageRecords consecutive records (kPageMarker, a varint count of two or
// more, then each record length-prefixed) under the first one's sequence.
// Reading a log costs RocksDB about as much per key as decoding costs per
// event; a page is one key for a hundred events. A page closes once it
// holds kPageBytes, so an append of long articles does not make one huge
// value. A lone record is stored as it is, with no page around it.
constexpr size_t kPageRecords = 128;
constexpr size_t kPageBytes = 32 << 10;

using RecordVisitor = std::function<bool(Sequence, std::string_view)>;

// The number of records of a page, read from its header; nullopt if the
// header is damaged: no count, or one larger than its bytes could hold (each
// record takes two at least).
std::optional<Sequence> PageCount(std::string_view page) {
  ByteReader in(page.substr(1));
  Sequence count = in.Varint();
  if (!in.ok() || count == 0 || count > page.size() / 2) return std::nullopt;
  return count;
}

// How many sequences the value under a key holds: a page's count, else 1 (a
// record, or a page too damaged to say).
Sequence RecordsIn(std::string_view value) {
  if (value.empty() || value.front() != kPageMarker) return 1;
  return PageCount(value).value_or(1);
}

// Visits the records after `after` in the value under the key `first`,
// setting `*last` to each sequence visited; false once `visit` says stop.
// Where a page is damaged, the page itself is visited in place of each
// record it can no longer give (one, if its count is damaged), and
// DecodeRecord reports it (core/event_record.h).
bool VisitValue(Sequence first, std::string_view value, Sequence after, const RecordVisitor& visit,
                Sequence* last) {
  std::optional<Sequence> count;
  if (!value.empty() && value.front() == kPageMarker) count = PageCount(value);
  if (!count) {
    if (first <= after) return true;
    *last = first;
    return visit(first, value);
  }
  ByteReader in(value.substr(1));
  in.Varint();
  for (Sequence i = 0; i < *count; ++i) {
    std::string_view record = in.View();
    const Sequence seq = first + i;
    if (seq <= after) continue;
    *last = seq;
    if (!visit(seq, in.ok() ? record : value)) return false;
  }
  return true;
}

enum Family { kEvents = 0, kIds = 1, kMeta = 2 };

std::string SequenceKey(Sequence seq) {
  std::string key;
  PutBigEndian64(&key, seq);
  return key;
}

class RocksDbEventLog final : public EventLog {
 public:
  RocksDbEventLog(std::unique_ptr<RocksHandle> handle, LogOptions options, Sequence last)
      : handle_(std::move(handle)), options_(options), last_(last) {}

  Result<std::vector<Sequence>> Append(const std::vector<Event>& events) override {
    std::lock_guard lock(mutex_);
    std::vector<rocksdb::Slice> ids;
    ids.reserve(events.size());
    for (const Event& event : events) {
      if (event.id.empty()) return MakeError(ErrorCode::kInvalidArgument, "event with an empty id");
      ids.emplace_back(event.id);
    }
    std::vector<rocksdb::PinnableSlice> found(events.size());
    std::vector<rocksdb::Status> statuses(events.size());
    db()->MultiGet(rocksdb::ReadOptions(), handle_->family(kIds), ids.size(), ids.data(),
                   found.data(), statuses.data());

    std::vector<Sequence> sequences(events.size(), 0);
    std::unordered_set<std::string_view> in_batch;
    Sequence next = last_;
    std::vector<size_t> added;
    for (size_t i = 0; i < events.size(); ++i) {
      if (statuses[i].ok()) continue;  // already recorded
      if (!statuses[i].IsNotFound())
        return tl::unexpected(FromStatus(statuses[i], "look up event id " + events[i].id));
      if (!in_batch.insert(events[i].id).second) continue;
      sequences[i] = ++next;
      added.push_back(i);
    }
    if (next == last_) return sequences;
    rocksdb::WriteBatch batch;
    PutPages(events, added, last_ + 1, batch);
    // The ids go into the memtable's skip list in key order, each insert
    // starting from where the one before it ended.
    std::sort(added.begin(), added.end(), [&](size_t a, size_t b) { return events[a].id < events[b].id; });
    for (size_t i : added) batch.Put(handle_->family(kIds), events[i].id, SequenceKey(sequences[i]));
    rocksdb::WriteOptions write;
    write.sync = options_.sync;
    write.disableWAL = !options_.wal;
    if (auto status = db()->Write(write, &batch); !status.ok())
      return tl::unexpected(FromStatus(status, "append to " + handle_->path()));
    last_ = next;
    return sequences;
  }

  Result<Sequence> ReadRecords(Sequence after,
                               const std::function<bool(Sequence, std::string_view)>& visit) const override {
    rocksdb::ReadOptions read;
    read.readahead_size = 2 << 20;
    read.fill_cache = false;
    std::unique_ptr<rocksdb::Iterator> it(db()->NewIterator(read, handle_->family(kEvents)));
    Sequence last = after;
    // The page holding event `after + 1` is under an earlier key, if any.
    it->SeekForPrev(SequenceKey(after + 1));
    if (!it->Valid()) it->Seek(SequenceKey(after + 1));
    for (; it->Valid(); it->Next()) {
      rocksdb::Slice key = it->key();
      if (key.size() != 8) {
        // Not ours; say so rather than guess a sequence.
        return MakeError(ErrorCode::kCorruption,
                         handle_->path() + ": malformed event key after event " + std::to_string(last));
      }
      Sequence first = GetBigEndian64(std::string_view(key.data(), key.size()));
      if (!VisitValue(first, std::string_view(it->value().data(), it->value().size()), after, visit, &last))
        return last;
    }
    if (!it->status().ok()) return tl::unexpected(FromStatus(it->status(), "read " + handle_->path()));
    return last;
  }

  Result<Sequence> LastSequence() const override {
    std::lock_guard lock(mutex_);
    return last_;
  }

  Result<Sequence> Find(std::string_view id) const override {
    std::string value;
    auto status = db()->Get(rocksdb::ReadOptions(), handle_->family(kIds), id, &value);
    if (status.IsNotFound()) return MakeError(ErrorCode::kNotFound, "no event " + std::string(id));
    if (!status.ok()) return tl::unexpected(FromStatus(status, "look up event id " + std::string(id)));
    if (value.size() != 8)
      return MakeError(ErrorCode::kCorruption, "index entry of event " + std::string(id) + " is malformed");
    return GetBigEndian64(value);
  }

 private:
  rocksdb::DB* db() const { return handle_->db(); }

  // Puts the records of `events[added]` into `batch`, the first at
  // sequence `first`, in pages.
  void PutPages(const std::vector<Event>& events, const std::vector<size_t>& added, Sequence first,
                rocksdb::WriteBatch& batch) const {
    std::string body, record, header;
    for (size_t begin = 0; begin < added.size();) {
      body.clear();
      size_t end = begin;
      while (end < added.size() && end - begin < kPageRecords && body.size() < kPageBytes) {
        record.clear();
        EncodeRecord(events[added[end++]], &record);
        PutString(&body, record);
      }
      const std::string key = SequenceKey(first + begin);
      if (end - begin == 1) {
        batch.Put(handle_->family(kEvents), key, record);
      } else {
        header.assign(1, kPageMarker);
        PutVarint(&header, end - begin);
        rocksdb::Slice key_part(key);
        rocksdb::Slice value_parts[] = {header, body};
        batch.Put(handle_->family(kEvents), rocksdb::SliceParts(&key_part, 1), rocksdb::SliceParts(value_parts, 2));
      }
      begin = end;
    }
  }

  std::unique_ptr<RocksHandle> handle_;
  LogOptions options_;
  mutable std::mutex mutex_;  // serializes appends; guards last_
  Sequence last_;
};

}  // namespace

Result<std::unique_ptr<EventLog>> OpenRocksDbEventLog(const std::string& path, OpenMode mode,
                                                      const LogOptions& options) {
  rocksdb::Options db_options;
  db_options.IncreaseParallelism(2);
  db_options.compression = rocksdb::kLZ4Compression;
  rocksdb::BlockBasedTableOptions table;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  db_options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 3;
  db_options.allow_concurrent_memtable_write = false;
  db_options.max_write_buffer_number = 4;  // one writer; and the ids' hash memtable needs it

  // The id index is probed once per appended event, nearly always for an id
  // that is not there: a bloom filter on the memtable as well as on the
  // tables answers most of those probes without a search.
  rocksdb::ColumnFamilyOptions ids(db_options);
  ids.memtable_prefix_bloom_size_ratio = 0.1;
  ids.memtable_whole_key_filtering = true;
  ids.optimize_filters_for_hits = false;
  ids.prefix_extractor.reset(rocksdb::NewCappedPrefixTransform(1 << 16));
  ids.memtable_factory.reset(rocksdb::NewHashLinkListRepFactory(1 << 18));
  // Events are read in order, a whole log at a time (a rebuild), never
  // looked up one by one: large blocks, each fetched, checked and
  // decompressed once for hundreds of events, and no filter.
  rocksdb::ColumnFamilyOptions events(db_options);
  rocksdb::BlockBasedTableOptions event_table;
  event_table.block_size = kEventBlockSize;
  events.table_factory.reset(rocksdb::NewBlockBasedTableFactory(event_table));
  auto handle = RocksHandle::Open(path, mode, {{"default", events}, {"ids", ids}, {"meta", events}}, db_options);
  if (!handle) return tl::unexpected(handle.error());
  rocksdb::DB* db = (*handle)->db();

  std::string format;
  auto status = db->Get(rocksdb::ReadOptions(), (*handle)->family(kMeta), kFormatKey, &format);
  if (!status.ok() && !status.IsNotFound())
    return tl::unexpected(FromStatus(status, "read the format of " + path));
  if (!format.empty() && format != kFormat && format != kFormatBeforePages)
    return MakeError(ErrorCode::kInvalidArgument,
                     path + " has log format " + format + "; this labwatch reads formats " + kFormatBeforePages +
                         " and " + kFormat);
  // A writer may write pages: a build that reads only format 1 must refuse
  // the log from now on.
  if (format != kFormat && mode == OpenMode::kWriter) {
    rocksdb::WriteOptions write;
    write.sync = true;
    status = db->Put(write, (*handle)->family(kMeta), kFormatKey, kFormat);
    if (!status.ok()) return tl::unexpected(FromStatus(status, "write the format of " + path));
  }

  Sequence last = 0;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), (*handle)->family(kEvents)));
  it->SeekToLast();
  if (it->Valid() && it->key().size() == 8)
    last = GetBigEndian64(std::string_view(it->key().data(), 8)) + RecordsIn(it->value().ToStringView()) - 1;
  if (!it->status().ok()) return tl::unexpected(FromStatus(it->status(), "read " + path));
  it.reset();
  return std::unique_ptr<EventLog>(new RocksDbEventLog(std::move(*handle), options, last));
}

}  // namespace labwatch
