#include "store/projection_store.h"

#include <algorithm>
#include <filesystem>

#include <rocksdb/sst_file_writer.h>
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

// The keys of every record of `projection`: [begin, end).
std::pair<std::string, std::string> RecordRange(std::string_view projection) {
  std::string begin = RecordKey(projection, "");
  std::string end = PrefixEnd(begin);
  return {std::move(begin), std::move(end)};
}

std::string EncodeCheckpoint(const Checkpoint& checkpoint) {
  std::string out;
  PutVarint(&out, checkpoint.version);
  PutVarint(&out, checkpoint.seq);
  return out;
}

}  // namespace

Result<std::unique_ptr<ProjectionStore>> ProjectionStore::Open(const std::string& path, OpenMode mode,
                                                               bool sync, size_t ingest_at) {
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
  return std::unique_ptr<ProjectionStore>(new ProjectionStore(std::move(*handle), sync, ingest_at));
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
  size_t changes = 0;
  for (const auto& update : updates) changes += update.changes.size();
  return changes >= ingest_at_ ? Ingest(updates) : Write(updates);
}

Result<void> ProjectionStore::Write(const std::vector<ProjectionUpdate>& updates) {
  rocksdb::WriteBatch batch;
  for (const auto& update : updates) {
    if (update.replace) {
      auto [begin, end] = RecordRange(update.projection);
      batch.DeleteRange(begin, end);
    }
    for (const auto& change : update.changes) {
      std::string key = RecordKey(update.projection, change.key);
      if (change.value) {
        batch.Put(key, *change.value);
      } else {
        batch.Delete(key);
      }
    }
    batch.Put(MetaKey(update.projection), EncodeCheckpoint(update.checkpoint));
  }
  return WriteSynced(batch, "write projections to " + path());
}

Result<void> ProjectionStore::WriteSynced(rocksdb::WriteBatch& batch, const std::string& what) {
  rocksdb::WriteOptions write;
  write.sync = sync_;
  if (auto status = handle_->db()->Write(write, &batch); !status.ok()) return tl::unexpected(FromStatus(status, what));
  return {};
}

Result<void> ProjectionStore::Drop(std::string_view projection) {
  rocksdb::WriteBatch batch;
  auto [begin, end] = RecordRange(projection);
  batch.DeleteRange(begin, end);
  batch.Delete(MetaKey(projection));
  return WriteSynced(batch, "drop projection " + std::string(projection) + " in " + path());
}

Result<void> ProjectionStore::Ingest(const std::vector<ProjectionUpdate>& updates) {
  // A table file wants its keys in order: order the projections, the
  // checkpoints, and each projection's changes.
  struct Part {
    std::string key;  // the first key
    const ProjectionUpdate* update;
  };
  std::vector<Part> parts;
  std::vector<std::pair<std::string, std::string>> checkpoints;
  for (const auto& update : updates) {
    parts.push_back({RecordKey(update.projection, ""), &update});
    checkpoints.emplace_back(MetaKey(update.projection), EncodeCheckpoint(update.checkpoint));
  }
  std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.key < b.key; });
  std::sort(checkpoints.begin(), checkpoints.end());

  std::string file = path() + "/ingest.sst.tmp";
  auto fail = [&](const rocksdb::Status& status) -> Result<void> {
    std::error_code ignored;  // the status is the error to report
    std::filesystem::remove(file, ignored);
    return tl::unexpected(FromStatus(status, "write projections to " + file));
  };
  rocksdb::Options options = handle_->db()->GetOptions();
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options);
  if (auto status = writer.Open(file); !status.ok()) return fail(status);
  // A replaced projection's old records go in the same step: the file's
  // range deletion covers what is stored, not what the file itself puts.
  for (const auto& update : updates) {
    if (!update.replace) continue;
    auto [begin, end] = RecordRange(update.projection);
    if (auto status = writer.DeleteRange(begin, end); !status.ok()) return fail(status);
  }
  // Checkpoints ("_meta/...") sort before every record key.
  for (const auto& [key, value] : checkpoints)
    if (auto status = writer.Put(key, value); !status.ok()) return fail(status);
  std::string key;
  std::vector<const StateChange*> changes;
  for (const auto& part : parts) {
    changes.clear();
    for (const auto& change : part.update->changes) changes.push_back(&change);
    auto by_key = [](const StateChange* a, const StateChange* b) { return a->key < b->key; };
    if (!std::is_sorted(changes.begin(), changes.end(), by_key)) std::sort(changes.begin(), changes.end(), by_key);
    for (const StateChange* change : changes) {
      key.assign(part.key).append(change->key);
      auto status = change->value ? writer.Put(key, *change->value) : writer.Delete(key);
      if (!status.ok()) return fail(status);
    }
  }
  if (auto status = writer.Finish(); !status.ok()) return fail(status);
  rocksdb::IngestExternalFileOptions ingest;
  ingest.move_files = true;
  if (auto status = handle_->db()->IngestExternalFile({file}, ingest); !status.ok()) return fail(status);
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
