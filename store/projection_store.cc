#include "store/projection_store.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <rocksdb/convenience.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/sst_partitioner.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "core/coding.h"

namespace labwatch {
namespace {

std::string MetaKey(std::string_view projection) { return "_meta/" + std::string(projection); }

// Where generation `generation` of `projection` keeps its records:
// "roster/" for the first, "roster~00000001/" after a rebuild through table
// files, and so on: fixed width, so that a newer generation sorts after
// every older one.
std::string GenerationPrefix(std::string_view projection, std::uint64_t generation) {
  std::string out(projection);
  if (generation > 0) {
    char digits[24];
    std::snprintf(digits, sizeof digits, "~%08llx", static_cast<unsigned long long>(generation));
    out.append(digits);
  }
  out.push_back('/');
  return out;
}

// The part of a stored key before its first '/': the projection and its
// generation ("roster~00000002"), or "_meta".
std::string_view Head(const rocksdb::Slice& key) {
  std::string_view view(key.data(), key.size());
  return view.substr(0, view.find('/'));
}

// Ends a compaction's output file where the head of the keys changes, so no
// table file spans two generations: the next generation's files, ingested
// whole, then overlap no file and go straight to the bottom level, and the
// old generation's files can be deleted whole.
class GenerationPartitioner final : public rocksdb::SstPartitioner {
 public:
  const char* Name() const override { return "labwatch.GenerationPartitioner"; }
  rocksdb::PartitionerResult ShouldPartition(const rocksdb::PartitionerRequest& request) override {
    return Head(*request.prev_user_key) == Head(*request.current_user_key) ? rocksdb::kNotRequired
                                                                            : rocksdb::kRequired;
  }
  bool CanDoTrivialMove(const rocksdb::Slice& smallest, const rocksdb::Slice& largest) override {
    return Head(smallest) == Head(largest);
  }
};

class GenerationPartitionerFactory final : public rocksdb::SstPartitionerFactory {
 public:
  const char* Name() const override { return "labwatch.GenerationPartitionerFactory"; }
  std::unique_ptr<rocksdb::SstPartitioner> CreatePartitioner(const rocksdb::SstPartitioner::Context&) const override {
    return std::make_unique<GenerationPartitioner>();
  }
};

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

// Every key that starts with `prefix`: [begin, end).
std::pair<std::string, std::string> PrefixRange(std::string prefix) {
  std::string end = PrefixEnd(prefix);
  return {std::move(prefix), std::move(end)};
}

// The key ranges of every generation of `projection` but `kept`.
std::vector<std::pair<std::string, std::string>> OtherGenerations(std::string_view projection,
                                                                  std::uint64_t kept) {
  std::vector<std::pair<std::string, std::string>> ranges;
  if (kept != 0) ranges.push_back(PrefixRange(GenerationPrefix(projection, 0)));
  auto [all_begin, all_end] = PrefixRange(std::string(projection) + "~");
  if (kept == 0) {
    ranges.emplace_back(std::move(all_begin), std::move(all_end));
  } else {
    auto [kept_begin, kept_end] = PrefixRange(GenerationPrefix(projection, kept));
    ranges.emplace_back(std::move(all_begin), std::move(kept_begin));
    ranges.emplace_back(std::move(kept_end), std::move(all_end));
  }
  return ranges;
}

std::string EncodeCheckpoint(const Checkpoint& checkpoint) {
  std::string out;
  PutVarint(&out, checkpoint.version);
  PutVarint(&out, checkpoint.seq);
  if (checkpoint.generation > 0) PutVarint(&out, checkpoint.generation);
  return out;
}

}  // namespace

Result<std::unique_ptr<ProjectionStore>> ProjectionStore::Open(const std::string& path, OpenMode mode,
                                                               bool sync) {
  rocksdb::Options options;
  options.IncreaseParallelism(2);
  // Uncompressed, in 16 KB blocks: the state is a cache of the log, and a
  // rebuild writes all of it. Under callgrind, at 200,000 events, 16 KB
  // blocks took the commit threads from 1,734 M to 1,579 M instructions (LZ4
  // set up a 16 KB table for each 4 KB block) and no compression to 1,236 M,
  // for twice the space (bench/README.md, "binary log records").
  options.compression = rocksdb::kNoCompression;
  rocksdb::BlockBasedTableOptions table;
  table.block_size = 16 << 10;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  options.keep_log_file_num = 3;
  // Small memtables: a reader (a secondary instance) replays whatever the
  // writer has not flushed yet, on every query.
  options.write_buffer_size = 8 << 20;
  options.max_total_wal_size = 32 << 20;
  options.sst_partitioner_factory = std::make_shared<GenerationPartitionerFactory>();
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
  std::unique_ptr<ProjectionStore> store(new ProjectionStore(std::move(*handle), sync));
  // Likewise the records of a generation replaced just before a crash.
  if (mode == OpenMode::kWriter) {
    if (auto dropped = store->DropStaleGenerations(); !dropped) return tl::unexpected(dropped.error());
  }
  return store;
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
  if (in.ok() && !in.done()) checkpoint.generation = in.Varint();  // absent before generations
  if (!in.ok() || !in.done())
    return MakeError(ErrorCode::kCorruption,
                     path() + ": checkpoint of " + std::string(projection) + " does not decode");
  std::lock_guard lock(mutex_);
  generations_[std::string(projection)] = checkpoint.generation;
  return std::optional<Checkpoint>(checkpoint);
}

Result<std::uint64_t> ProjectionStore::Generation(std::string_view projection) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = generations_.find(projection); it != generations_.end()) return it->second;
  }
  auto checkpoint = ReadCheckpoint(projection);
  if (!checkpoint) return tl::unexpected(checkpoint.error());
  return *checkpoint ? (*checkpoint)->generation : 0;
}

Result<std::string> ProjectionStore::RecordKey(std::string_view projection, std::string_view key) const {
  auto generation = Generation(projection);
  if (!generation) return tl::unexpected(generation.error());
  return GenerationPrefix(projection, *generation).append(key);
}

void ProjectionStore::Remember(std::string_view projection, std::uint64_t generation) {
  std::lock_guard lock(mutex_);
  generations_[std::string(projection)] = generation;
}

Result<void> ProjectionStore::ClearGeneration(std::string_view projection, std::uint64_t generation) {
  // Empty unless a commit was cut short between ingesting a generation and
  // recording it, which one atomic ingestion rules out; checked all the same.
  auto [begin, end] = PrefixRange(GenerationPrefix(projection, generation));
  auto held = Holds(begin, end);
  if (!held) return tl::unexpected(held.error());
  if (!*held) return {};
  rocksdb::WriteBatch batch;
  batch.DeleteRange(begin, end);
  return WriteSynced(batch, "clear records of " + std::string(projection) + " in " + path());
}

Result<void> ProjectionStore::DropStaleGenerations() {
  std::vector<std::pair<std::string, std::uint64_t>> current;
  {
    rocksdb::ReadOptions read;
    std::string end = PrefixEnd(MetaKey(""));
    rocksdb::Slice upper(end);
    read.iterate_upper_bound = &upper;
    std::unique_ptr<rocksdb::Iterator> it(handle_->db()->NewIterator(read));
    for (it->Seek(MetaKey("")); it->Valid(); it->Next())
      current.emplace_back(it->key().ToString().substr(MetaKey("").size()), 0);
    if (!it->status().ok()) return tl::unexpected(FromStatus(it->status(), "read " + path()));
  }
  for (auto& [projection, generation] : current) {
    auto checkpoint = ReadCheckpoint(projection);
    if (!checkpoint) return tl::unexpected(checkpoint.error());
    generation = *checkpoint ? (*checkpoint)->generation : 0;
    bool stale = false;
    for (const auto& [begin, end] : OtherGenerations(projection, generation)) {
      auto held = Holds(begin, end);
      if (!held) return tl::unexpected(held.error());
      stale |= *held;
    }
    if (stale) {
      if (auto dropped = DropOtherGenerations(projection, generation); !dropped) return dropped;
    }
  }
  return {};
}

Result<void> ProjectionStore::DropOtherGenerations(std::string_view projection, std::uint64_t kept) {
  auto ranges = OtherGenerations(projection, kept);
  // Whole table files first, which costs nothing to compact later; the range
  // deletions cover what is left (files shared with other keys, the memtable,
  // level 0). A range's end key is never a record key (it ends a prefix), so
  // files that end there are in it.
  std::vector<rocksdb::Slice> bounds;
  for (const auto& [begin, end] : ranges) {
    bounds.emplace_back(begin);
    bounds.emplace_back(end);
  }
  std::vector<rocksdb::RangePtr> files;
  for (size_t i = 0; i < bounds.size(); i += 2) files.emplace_back(&bounds[i], &bounds[i + 1]);
  auto status = rocksdb::DeleteFilesInRanges(handle_->db(), handle_->db()->DefaultColumnFamily(), files.data(),
                                             files.size(), /*include_end=*/true);
  if (!status.ok())
    return tl::unexpected(FromStatus(status, "drop old records of " + std::string(projection) + " in " + path()));
  // Range deletions only where records are left: a deletion's table file
  // spans its ranges, and one spanning the kept generation would make the
  // next compaction rewrite all of it.
  rocksdb::WriteBatch batch;
  for (const auto& [begin, end] : ranges) {
    auto held = Holds(begin, end);
    if (!held) return tl::unexpected(held.error());
    if (*held) batch.DeleteRange(begin, end);
  }
  if (batch.Count() == 0) return {};
  return WriteSynced(batch, "drop old records of " + std::string(projection) + " in " + path());
}

Result<bool> ProjectionStore::Holds(const std::string& begin, const std::string& end) const {
  rocksdb::ReadOptions read;
  rocksdb::Slice upper(end);
  if (!end.empty()) read.iterate_upper_bound = &upper;
  std::unique_ptr<rocksdb::Iterator> it(handle_->db()->NewIterator(read));
  it->Seek(begin);
  if (!it->status().ok()) return tl::unexpected(FromStatus(it->status(), "read " + path()));
  return it->Valid();
}

Result<void> ProjectionStore::Commit(const std::vector<ProjectionUpdate>& updates) {
  rocksdb::WriteBatch batch;
  for (const auto& update : updates) {
    // A batch stays in the projection's generation.
    auto generation = Generation(update.projection);
    if (!generation) return tl::unexpected(generation.error());
    const std::string prefix = GenerationPrefix(update.projection, *generation);
    if (update.replace) {
      auto [begin, end] = PrefixRange(prefix);
      batch.DeleteRange(begin, end);
    }
    std::string key;
    for (const auto& change : update.changes) {
      key.assign(prefix).append(change.key);
      if (change.value) {
        batch.Put(key, *change.value);
      } else {
        batch.Delete(key);
      }
    }
    Checkpoint checkpoint = update.checkpoint;
    checkpoint.generation = *generation;
    batch.Put(MetaKey(update.projection), EncodeCheckpoint(checkpoint));
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
  for (std::string prefix : {std::string(projection) + "/", std::string(projection) + "~"}) {
    auto [begin, end] = PrefixRange(std::move(prefix));
    batch.DeleteRange(begin, end);
  }
  batch.Delete(MetaKey(projection));
  if (auto written = WriteSynced(batch, "drop projection " + std::string(projection) + " in " + path()); !written)
    return written;
  Remember(projection, 0);
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
  auto record_key = RecordKey(projection, key);
  if (!record_key) return tl::unexpected(record_key.error());
  std::string value;
  auto status = handle_->db()->Get(rocksdb::ReadOptions(), *record_key, &value);
  if (status.IsNotFound()) return std::optional<std::string>();
  if (!status.ok()) return tl::unexpected(FromStatus(status, "read " + path()));
  return std::optional<std::string>(std::move(value));
}

Result<void> ProjectionStore::Scan(
    std::string_view projection, std::string_view prefix,
    const std::function<bool(std::string_view, std::string_view)>& visit) const {
  auto generation = Generation(projection);
  if (!generation) return tl::unexpected(generation.error());
  std::string begin = GenerationPrefix(projection, *generation);
  const size_t skip = begin.size();
  begin.append(prefix);
  std::string end = PrefixEnd(begin);
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
  Run(TableCommit& commit, std::string_view projection, std::string prefix, std::string first)
      : commit_(commit), projection_(projection), prefix_(std::move(prefix)), first_(std::move(first)) {}

  void Put(std::string_view key, std::string_view value) override { Add(key, &value); }
  void Delete(std::string_view key) override { Add(key, nullptr); }

  const std::string& first() const { return first_; }

  // Closes the file, checking that every record fell in [begin, end). The
  // file's path, or "" if it holds nothing.
  Result<std::string> Close(const std::string& begin, const std::string& end) {
    if (status_.ok() && !last_.empty() && (first_key_ < begin || last_ >= end))
      return MakeError(ErrorCode::kInvalidArgument, "record " + Shown(first_key_ < begin ? first_key_ : last_) +
                                                        " is outside its run of records [" + Shown(begin) + ", " +
                                                        Shown(end) + ")");
    if (!writer_ && status_.ok()) return std::string();
    if (status_.ok()) status_ = writer_->Finish();
    if (!status_.ok()) {
      std::string what = "write projections to " + file_;
      if (!last_.empty()) what += " at record " + Shown(last_);
      return tl::unexpected(FromStatus(status_, what));
    }
    return file_;
  }

 private:
  // A stored key as the projection knows it: "roster/p/x", whatever the
  // generation.
  std::string Shown(std::string_view key) const {
    if (!key.starts_with(prefix_)) return std::string(key);
    return projection_ + "/" + std::string(key.substr(prefix_.size()));
  }

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
  const std::string projection_;
  const std::string prefix_;  // of the generation's keys: "<projection>/", "<projection>~2/", ...
  const std::string first_;   // relative to the projection
  std::string file_;
  std::unique_ptr<rocksdb::SstFileWriter> writer_;
  rocksdb::Status status_;
  std::string key_;  // a buffer
  std::string first_key_, last_;
};

// The runs of one projection, in one generation of its records.
class TableCommit::Runs final : public RecordRuns {
 public:
  Runs(TableCommit& commit, std::string_view projection, Checkpoint checkpoint, bool replace,
       std::optional<Error> error)
      : commit_(commit),
        projection_(projection),
        prefix_(GenerationPrefix(projection, checkpoint.generation)),
        checkpoint_(checkpoint),
        replace_(replace),
        error_(std::move(error)) {}

  RecordSink& Run(std::string_view first) override {
    return *runs_.emplace_back(std::make_unique<TableCommit::Run>(commit_, projection_, prefix_, std::string(first)));
  }

  // Closes every run; appends the files to `files`.
  Result<void> Close(std::vector<std::string>* files) {
    if (error_) return tl::unexpected(*error_);
    std::stable_sort(runs_.begin(), runs_.end(), [](const auto& a, const auto& b) { return a->first() < b->first(); });
    for (size_t i = 1; i < runs_.size(); ++i)
      if (runs_[i]->first() == runs_[i - 1]->first())
        return MakeError(ErrorCode::kInvalidArgument,
                         "two runs of records begin at " + projection_ + "/" + runs_[i]->first());
    auto [begin, end] = PrefixRange(prefix_);
    for (size_t i = 0; i < runs_.size(); ++i) {
      std::string run_begin = i == 0 ? begin : prefix_ + runs_[i]->first();
      std::string run_end = i + 1 < runs_.size() ? prefix_ + runs_[i + 1]->first() : end;
      auto file = runs_[i]->Close(run_begin, run_end);
      if (!file) return tl::unexpected(file.error());
      if (!file->empty()) files->push_back(std::move(*file));
    }
    return {};
  }

  const std::string& projection() const { return projection_; }
  const Checkpoint& checkpoint() const { return checkpoint_; }
  bool replace() const { return replace_; }

 private:
  TableCommit& commit_;
  std::string projection_;
  std::string prefix_;
  Checkpoint checkpoint_;
  bool replace_;
  std::optional<Error> error_;  // from before any record: reported by Close
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
  // A replaced projection's records go to its next generation, a key range
  // nothing else holds: the files drop to the bottom of the tree, and the old
  // generation's files are deleted whole once they are in.
  std::optional<Error> error;
  auto generation = store_.Generation(projection);
  if (!generation) {
    error = generation.error();
  } else {
    checkpoint.generation = *generation + (replace ? 1 : 0);
    if (replace) {
      if (auto cleared = store_.ClearGeneration(projection, checkpoint.generation); !cleared) error = cleared.error();
    }
  }
  std::lock_guard lock(mutex_);
  return *projections_.emplace_back(std::make_unique<Runs>(*this, projection, checkpoint, replace, std::move(error)));
}

Result<void> TableCommit::Finish() {
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> checkpoints;
  for (auto& projection : projections_) {
    if (auto closed = projection->Close(&files); !closed) return closed;
    checkpoints.emplace_back(MetaKey(projection->projection()), EncodeCheckpoint(projection->checkpoint()));
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
  for (const auto& projection : projections_) {
    store_.Remember(projection->projection(), projection->checkpoint().generation);
    if (!projection->replace()) continue;
    if (auto dropped = store_.DropOtherGenerations(projection->projection(), projection->checkpoint().generation);
        !dropped)
      return dropped;
  }
  return {};
}

}  // namespace labwatch
