// store/projection_store.h
//
// Persisted projection state: a RocksDB database beside the log holding
// each projection's records under "<projection>/<record key>" (or, after a
// rebuild through table files, its next generation's prefix,
// "<projection>~00000001/") and its checkpoint under "_meta/<projection>"
// (the projection's code version, the sequence of the last event folded in,
// and the generation). Records and checkpoints are
// written in one WriteBatch, so after a crash the stored state is exactly
// the fold of the log up to the checkpoint.
//
// A large commit (a rebuild's, say) is a TableCommit instead: each run of
// records goes into a table file as the projection encodes it, and the
// files are ingested in one atomic step that skips the write-ahead log and
// the memtable, which would otherwise copy and sort every record twice
// more. A replaced projection's records go to its next generation, so its
// files go to the bottom level and the old generation's files are deleted
// whole afterwards.
//
// Queries read records here and never open the log's files.

#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event_log.h"
#include "core/fact.h"
#include "core/projection.h"
#include "store/rocksdb_util.h"

namespace labwatch {

struct Checkpoint {
  std::uint32_t version = 0;
  Sequence seq = 0;
  // Which key range holds the records: a commit through table files that
  // replaces a projection writes the next one (set by the store).
  std::uint64_t generation = 0;
};

// One projection's part of a Commit.
struct ProjectionUpdate {
  std::string projection;
  Checkpoint checkpoint;
  bool replace = false;  // drop every stored record of the projection first
  std::vector<StateChange> changes;
};

// Commits that fold at least this many events are written as table files.
inline constexpr size_t kIngestAt = 20000;

class ProjectionStore;

// A commit written as table files, one per run of records, then ingested
// in one atomic step by Finish. Runs are filled on any threads, each run
// by one thread at a time; keys within a run ascend. Until Finish, nothing
// is stored, and destroying an unfinished commit removes its files.
class TableCommit {
 public:
  ~TableCommit();
  TableCommit(const TableCommit&) = delete;
  TableCommit& operator=(const TableCommit&) = delete;

  // Where `projection`'s changes go; thread-safe. Its checkpoint is
  // written with them.
  RecordRuns& Projection(std::string_view projection, Checkpoint checkpoint, bool replace);

  // Ingests every file. An error names the file and the record at fault;
  // then nothing was stored.
  Result<void> Finish();

 private:
  friend class ProjectionStore;
  class Run;
  class Runs;
  explicit TableCommit(ProjectionStore& store);
  std::string NextFile();

  ProjectionStore& store_;
  std::mutex mutex_;  // guards projections_ and files_
  std::vector<std::unique_ptr<Runs>> projections_;
  size_t files_ = 0;
  std::vector<std::string> written_;  // files to remove unless ingested
};

class ProjectionStore {
 public:
  static Result<std::unique_ptr<ProjectionStore>> Open(const std::string& path, OpenMode mode,
                                                       bool sync = true);

  // nullopt when the projection was never written.
  Result<std::optional<Checkpoint>> ReadCheckpoint(std::string_view projection) const;

  // Writes all updates in one atomic batch.
  Result<void> Commit(const std::vector<ProjectionUpdate>& updates);

  // A commit through table files, for large ones.
  std::unique_ptr<TableCommit> BeginTables();

  // Deletes every record and the checkpoint of `projection`, atomically:
  // for a projection this build no longer has.
  Result<void> Drop(std::string_view projection);

  // Moves what was committed from the write-ahead log into tables, so
  // readers opening next need not replay it.
  Result<void> Flush();

  // The record at `key` of `projection`; nullopt if absent.
  Result<std::optional<std::string>> Get(std::string_view projection, std::string_view key) const;

  // Calls `visit(key, value)` for each record of `projection` whose key
  // starts with `prefix`, in key order, until it returns false. Keys are
  // relative to the projection.
  Result<void> Scan(std::string_view projection, std::string_view prefix,
                    const std::function<bool(std::string_view, std::string_view)>& visit) const;

  const std::string& path() const { return handle_->path(); }

 private:
  friend class TableCommit;
  ProjectionStore(std::unique_ptr<RocksHandle> handle, bool sync) : handle_(std::move(handle)), sync_(sync) {}

  // Writes `batch` (synced when sync_); `what` names the step in an error.
  Result<void> WriteSynced(rocksdb::WriteBatch& batch, const std::string& what);

  // The generation of `projection`'s records, as its checkpoint says (0
  // without one); remembered after the first read.
  Result<std::uint64_t> Generation(std::string_view projection) const;
  void Remember(std::string_view projection, std::uint64_t generation);
  Result<std::string> RecordKey(std::string_view projection, std::string_view key) const;
  // Deletes whatever generation `generation` of `projection` holds.
  Result<void> ClearGeneration(std::string_view projection, std::uint64_t generation);
  // Deletes the records of every generation of `projection` but `kept`.
  Result<void> DropOtherGenerations(std::string_view projection, std::uint64_t kept);
  // Whether any record lies in [begin, end).
  Result<bool> Holds(const std::string& begin, const std::string& end) const;
  // DropOtherGenerations for every projection with records of a generation
  // its checkpoint no longer names (a crash came between the two steps).
  Result<void> DropStaleGenerations();

  std::unique_ptr<RocksHandle> handle_;
  bool sync_;
  mutable std::mutex mutex_;  // guards generations_: projections load on two threads
  mutable std::map<std::string, std::uint64_t, std::less<>> generations_;
};

}  // namespace labwatch
