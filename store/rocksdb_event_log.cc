#include "store/rocksdb_event_log.h"

#include <algorithm>
#include <mutex>
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
constexpr char kFormat[] = "1";

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
    rocksdb::WriteBatch batch;
    std::string record;
    Sequence next = last_;
    std::vector<size_t> added;
    for (size_t i = 0; i < events.size(); ++i) {
      if (statuses[i].ok()) continue;  // already recorded
      if (!statuses[i].IsNotFound())
        return tl::unexpected(FromStatus(statuses[i], "look up event id " + events[i].id));
      if (!in_batch.insert(events[i].id).second) continue;
      sequences[i] = ++next;
      record.clear();
      EncodeRecord(events[i], &record);
      batch.Put(handle_->family(kEvents), SequenceKey(next), record);
      added.push_back(i);
    }
    if (next == last_) return sequences;
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
    for (it->Seek(SequenceKey(after + 1)); it->Valid(); it->Next()) {
      rocksdb::Slice key = it->key();
      if (key.size() != 8) {
        // Not ours; say so rather than guess a sequence.
        return MakeError(ErrorCode::kCorruption,
                         handle_->path() + ": malformed event key after event " + std::to_string(last));
      }
      Sequence seq = GetBigEndian64(std::string_view(key.data(), key.size()));
      last = seq;
      if (!visit(seq, std::string_view(it->value().data(), it->value().size()))) return last;
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
  rocksdb::ColumnFamilyOptions events(db_options);
  auto handle = RocksHandle::Open(path, mode, {{"default", events}, {"ids", ids}, {"meta", events}}, db_options);
  if (!handle) return tl::unexpected(handle.error());
  rocksdb::DB* db = (*handle)->db();

  std::string format;
  auto status = db->Get(rocksdb::ReadOptions(), (*handle)->family(kMeta), kFormatKey, &format);
  if (status.IsNotFound() && mode == OpenMode::kWriter) {
    rocksdb::WriteOptions write;
    write.sync = true;
    status = db->Put(write, (*handle)->family(kMeta), kFormatKey, kFormat);
    format.assign(kFormat);
  }
  if (!status.ok() && !status.IsNotFound())
    return tl::unexpected(FromStatus(status, "read the format of " + path));
  if (!format.empty() && format != kFormat)
    return MakeError(ErrorCode::kInvalidArgument,
                     path + " has log format " + format + "; this labwatch reads format " + kFormat);

  Sequence last = 0;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), (*handle)->family(kEvents)));
  it->SeekToLast();
  if (it->Valid() && it->key().size() == 8)
    last = GetBigEndian64(std::string_view(it->key().data(), 8));
  if (!it->status().ok()) return tl::unexpected(FromStatus(it->status(), "read " + path));
  it.reset();
  return std::unique_ptr<EventLog>(new RocksDbEventLog(std::move(*handle), options, last));
}

}  // namespace labwatch
