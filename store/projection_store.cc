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
                                                               bool sync) {
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
  // The writer holds the lock now: table files of a commit that a crash
  // cut short are ours to remove (they were never ingested).
  if (mode == OpenMode::kWriter) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      std::string name = entry.path().filename().string();
      if (name.starts_with("ingest-") && name.ends_with(".sst.tmp")) std::filesystem::remove(entry.path(), error);
    }
  }
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

// ---- TableCommit ----------------------------------------------------------

// One run of records: a table file of its own, opened at its first record.
class TableCommit::Run final : public RecordSink {
 public:
  Run(TableCommit& commit, std::string prefix, std::string first)
      : commit_(commit), prefix_(std::move(prefix)), first_(std::move(first)) {}

  void Put(std::string_view key, std::string_view value) override { Add(key, &value); }
  void Delete(std::string_view key) override { Add(key, nullptr); }

  const std::string& first() const { return first_; }

  // Adds the range deletion of [begin, end) and closes the file; checks
  // that every record fell in that range. The file's path, or "" if it
  // holds nothing.
  Result<std::string> Close(const std::string& begin, const std::string& end, bool replace) {
    if (status_.ok() && !last_.empty() && (first_key_ < begin || last_ >= end))
      return MakeError(ErrorCode::kInvalidArgument, "record " + (first_key_ < begin ? first_key_ : last_) +
                                                 " is outside its run of records [" + begin + ", " + end + ")");
    if (status_.ok() && replace && !writer_) status_ = Open();
    if (status_.ok() && replace) status_ = writer_->DeleteRange(begin, end);
    if (!writer_ && status_.ok()) return std::string();
    if (status_.ok()) status_ = writer_->Finish();
    if (!status_.ok()) {
      std::string what = "write projections to " + file_;
      if (!last_.empty()) what += " at record " + last_;
      return tl::unexpected(FromStatus(status_, what));
    }
    return file_;
  }

 private:
  rocksdb::Status Open() {
    file_ = commit_.NextFile();
    writer_ = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(),
                                                        commit_.store_.handle_->db()->GetOptions());
    return writer_->Open(file_);
  }

  void Add(std::string_view key, const std::string_view* value) {
    if (!status_.ok()) return;
    if (!writer_ && !(status_ = Open()).ok()) return;
    key_.assign(prefix_).append(key);
    if (first_key_.empty()) first_key_ = key_;
    status_ = value ? writer_->Put(key_, *value) : writer_->Delete(key_);
    std::swap(key_, last_);  // the last record, or the one refused
  }

  TableCommit& commit_;
  const std::string prefix_;  // "<projection>/"
  const std::string first_;   // relative to the projection
  std::string file_;
  std::unique_ptr<rocksdb::SstFileWriter> writer_;
  rocksdb::Status status_;
  std::string key_;  // a buffer
  std::string first_key_, last_;
};

// The runs of one projection.
class TableCommit::Runs final : public RecordRuns {
 public:
  Runs(TableCommit& commit, std::string_view projection, Checkpoint checkpoint, bool replace)
      : commit_(commit), projection_(projection), checkpoint_(checkpoint), replace_(replace) {}

  RecordSink& Run(std::string_view first) override {
    return *runs_.emplace_back(std::make_unique<TableCommit::Run>(commit_, RecordKey(projection_, ""),
                                                                  std::string(first)));
  }

  // Closes every run; appends the files to `files`.
  Result<void> Close(std::vector<std::string>* files) {
    auto [begin, end] = RecordRange(projection_);
    for (size_t i = 0; i < runs_.size(); ++i) {
      std::string run_begin = i == 0 ? begin : RecordKey(projection_, runs_[i]->first());
      std::string run_end = i + 1 < runs_.size() ? RecordKey(projection_, runs_[i + 1]->first()) : end;
      if (run_begin >= run_end)
        return MakeError(ErrorCode::kInvalidArgument, projection_ + ": runs of records out of order at " + run_end);
      auto file = runs_[i]->Close(run_begin, run_end, replace_);
      if (!file) return tl::unexpected(file.error());
      if (!file->empty()) files->push_back(std::move(*file));
    }
    if (replace_ && runs_.empty()) {
      Run("");
      return Close(files);
    }
    return {};
  }

  std::pair<std::string, std::string> CheckpointRecord() const {
    return {MetaKey(projection_), EncodeCheckpoint(checkpoint_)};
  }

 private:
  TableCommit& commit_;
  std::string projection_;
  Checkpoint checkpoint_;
  bool replace_;
  std::vector<std::unique_ptr<TableCommit::Run>> runs_;
};

std::unique_ptr<TableCommit> ProjectionStore::BeginTables() {
  return std::unique_ptr<TableCommit>(new TableCommit(*this));
}

TableCommit::TableCommit(ProjectionStore& store) : store_(store) {}

TableCommit::~TableCommit() {
  for (const auto& file : written_) {
    std::error_code ignored;  // a file left behind is harmless; the commit failed anyway
    std::filesystem::remove(file, ignored);
  }
}

std::string TableCommit::NextFile() {
  std::lock_guard lock(mutex_);
  std::string file = store_.path() + "/ingest-" + std::to_string(files_++) + ".sst.tmp";
  written_.push_back(file);
  return file;
}

RecordRuns& TableCommit::Projection(std::string_view projection, Checkpoint checkpoint, bool replace) {
  std::lock_guard lock(mutex_);
  return *projections_.emplace_back(std::make_unique<Runs>(*this, projection, checkpoint, replace));
}

Result<void> TableCommit::Finish() {
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> checkpoints;
  for (auto& projection : projections_) {
    if (auto closed = projection->Close(&files); !closed) return closed;
    checkpoints.push_back(projection->CheckpointRecord());
  }
  // The checkpoints ("_meta/...", before every record key) in a file of
  // their own, ingested with the records.
  std::sort(checkpoints.begin(), checkpoints.end());
  std::string meta = NextFile();
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), store_.handle_->db()->GetOptions());
  rocksdb::Status status = writer.Open(meta);
  for (const auto& [key, value] : checkpoints)
    if (status.ok()) status = writer.Put(key, value);
  if (status.ok()) status = writer.Finish();
  if (!status.ok()) return tl::unexpected(FromStatus(status, "write projections to " + meta));
  files.push_back(meta);

  rocksdb::IngestExternalFileOptions ingest;
  ingest.move_files = true;
  if (status = store_.handle_->db()->IngestExternalFile(files, ingest); !status.ok())
    return tl::unexpected(FromStatus(status, "ingest projections into " + store_.path()));
  written_.clear();  // moved into the database
  return {};
}

}  // namespace labwatch
