#include "store/projection_store.h"

#include <rocksdb/write_batch.h>

#include "core/coding.h"

namespace labwatch {
namespace {

std::string MetaKey(std::string_view projection) { return "_meta/" + std::string(projection); }

std::string RecordKey(std::string_view projection, std::string_view key) {
  std::string out(projection);
  out.push_back('/');
  out.append(key);
  return out;
}

// The first key after every key that starts with `prefix`.
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty()) {
    auto last = static_cast<unsigned char>(prefix.back());
    if (last != 0xFF) {
      prefix.back() = static_cast<char>(last + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

}  // namespace

Result<std::unique_ptr<ProjectionStore>> ProjectionStore::Open(const std::string& path,
                                                               OpenMode mode, bool sync) {
  rocksdb::Options options;
  options.IncreaseParallelism(2);
  options.compression = rocksdb::kLZ4Compression;
  options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  options.keep_log_file_num = 3;
  // Small memtables: a reader (a secondary instance) replays whatever the
  // writer has not flushed yet, on every query.
  options.write_buffer_size = 8 << 20;
  options.max_total_wal_size = 32 << 20;
  auto handle = RocksHandle::Open(path, mode, {{"default", rocksdb::ColumnFamilyOptions(options)}}, options);
  if (!handle) return tl::unexpected(handle.error());
  return std::unique_ptr<ProjectionStore>(new ProjectionStore(std::move(*handle), sync));
}

Result<std::optional<Checkpoint>> ProjectionStore::ReadCheckpoint(std::string_view projection) const {
  std::string value;
  auto status = handle_->db()->Get(rocksdb::ReadOptions(), MetaKey(projection), &value);
  if (status.IsNotFound()) return std::optional<Checkpoint>();
  if (!status.ok()) return tl::unexpected(FromStatus(status, "read checkpoint of " + std::string(projection)));
  ByteReader in(value);
  Checkpoint checkpoint;
  checkpoint.version = static_cast<std::uint32_t>(in.Varint());
  checkpoint.seq = in.Varint();
  if (!in.ok())
    return MakeError(ErrorCode::kCorruption,
                     path() + ": checkpoint of " + std::string(projection) + " does not decode");
  return std::optional<Checkpoint>(checkpoint);
}

Result<void> ProjectionStore::Commit(const std::vector<ProjectionUpdate>& updates) {
  rocksdb::WriteBatch batch;
  for (const auto& update : updates) {
    if (update.replace) {
      std::string begin = RecordKey(update.projection, "");
      batch.DeleteRange(begin, PrefixEnd(begin));
    }
    for (const auto& change : update.changes) {
      std::string key = RecordKey(update.projection, change.key);
      if (change.value) {
        batch.Put(key, *change.value);
      } else {
        batch.Delete(key);
      }
    }
    std::string checkpoint;
    PutVarint(&checkpoint, update.checkpoint.version);
    PutVarint(&checkpoint, update.checkpoint.seq);
    batch.Put(MetaKey(update.projection), checkpoint);
  }
  rocksdb::WriteOptions write;
  write.sync = sync_;
  if (auto status = handle_->db()->Write(write, &batch); !status.ok())
    return tl::unexpected(FromStatus(status, "write projections to " + path()));
  return {};
}

Result<void> ProjectionStore::Flush() {
  rocksdb::FlushOptions flush;
  if (auto status = handle_->db()->Flush(flush); !status.ok())
    return tl::unexpected(FromStatus(status, "flush projections in " + path()));
  return {};
}

Result<std::optional<std::string>> ProjectionStore::Get(std::string_view projection,
                                                        std::string_view key) const {
  std::string value;
  auto status = handle_->db()->Get(rocksdb::ReadOptions(), RecordKey(projection, key), &value);
  if (status.IsNotFound()) return std::optional<std::string>();
  if (!status.ok()) return tl::unexpected(FromStatus(status, "read " + path()));
  return std::optional<std::string>(std::move(value));
}

Result<void> ProjectionStore::Scan(
    std::string_view projection, std::string_view prefix,
    const std::function<bool(std::string_view, std::string_view)>& visit) const {
  std::string begin = RecordKey(projection, prefix);
  std::string end = PrefixEnd(begin);
  size_t skip = projection.size() + 1;
  rocksdb::ReadOptions read;
  rocksdb::Slice upper(end);
  if (!end.empty()) read.iterate_upper_bound = &upper;
  std::unique_ptr<rocksdb::Iterator> it(handle_->db()->NewIterator(read));
  for (it->Seek(begin); it->Valid(); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    if (!visit(key.substr(skip), std::string_view(it->value().data(), it->value().size()))) break;
  }
  if (!it->status().ok()) return tl::unexpected(FromStatus(it->status(), "read " + path()));
  return {};
}

}  // namespace labwatch
