// store/projection_store.h
//
// Persisted projection state: a RocksDB database beside the log holding
// each projection's records under "<projection>/<record key>" and its
// checkpoint under "_meta/<projection>" (the projection's code version and
// the sequence of the last event folded in). Records and checkpoints are
// written in one WriteBatch, so after a crash the stored state is exactly
// the fold of the log up to the checkpoint.
//
// A large commit (a rebuild's, say) is written as a table file and
// ingested instead: one atomic step that skips the write-ahead log and the
// memtable, which would otherwise copy and sort every record twice more.
// The file's range deletions drop the old records of the projections it
// replaces (they cover what was stored before, not the file's own keys).
//
// Queries read records here and never open the log's files.

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event_log.h"
#include "core/fact.h"
#include "store/rocksdb_util.h"

namespace labwatch {

struct Checkpoint {
  std::uint32_t version = 0;
  Sequence seq = 0;
};

// One projection's part of a Commit.
struct ProjectionUpdate {
  std::string projection;
  Checkpoint checkpoint;
  bool replace = false;  // drop every stored record of the projection first
  std::vector<StateChange> changes;
};

// Commits of at least this many changes are ingested as a table file.
inline constexpr size_t kIngestAt = 20000;

class ProjectionStore {
 public:
  static Result<std::unique_ptr<ProjectionStore>> Open(const std::string& path, OpenMode mode,
                                                       bool sync = true, size_t ingest_at = kIngestAt);

  // nullopt when the projection was never written.
  Result<std::optional<Checkpoint>> ReadCheckpoint(std::string_view projection) const;

  // Writes all updates in one atomic batch.
  Result<void> Commit(const std::vector<ProjectionUpdate>& updates);

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
  ProjectionStore(std::unique_ptr<RocksHandle> handle, bool sync, size_t ingest_at)
      : handle_(std::move(handle)), sync_(sync), ingest_at_(ingest_at) {}

  Result<void> Write(const std::vector<ProjectionUpdate>& updates);
  // Writes `batch` (synced when sync_); `what` names the step in an error.
  Result<void> WriteSynced(rocksdb::WriteBatch& batch, const std::string& what);
  Result<void> Ingest(const std::vector<ProjectionUpdate>& updates);

  std::unique_ptr<RocksHandle> handle_;
  bool sync_;
  size_t ingest_at_;
};

}  // namespace labwatch
