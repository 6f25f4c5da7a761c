// store/database.h
//
// A labwatch database is a directory with two RocksDB databases: log/ (the
// event log, the truth) and projections/ (the persisted projection state,
// a cache of the log that can be rebuilt at any time).
//
// Database is the single writer: it appends to the log and folds what it
// appends into every projection, and on opening it rebuilds a projection
// whose code version changed and folds in whatever the log has beyond each
// checkpoint (after a crash, or after another tool appended). Reader answers
// queries beside a running writer. Verify checks a database end to end.

#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/event_log.h"
#include "core/projection.h"
#include "core/roster.h"
#include "store/projection_store.h"
#include "store/rocksdb_event_log.h"

namespace labwatch {

struct DatabaseOptions {
  LogOptions log;
  // Events folded between two projection commits while catching up.
  Sequence commit_every = 200000;
  // Rebuild this projection ("" for all) from the log at Open instead of
  // loading its stored state, which would only be thrown away.
  std::optional<std::string> rebuild;
  // false: closing leaves the projections' memory to the end of the
  // process, for a command that exits right after. Freeing the records of
  // a million events costs over a second. Sanitizer builds free anyway.
  bool free_on_close = true;
  // Commits that fold at least this many events are written as table
  // files and ingested (store/projection_store.h).
  size_t ingest_at = kIngestAt;
};

// What catching up did.
struct CatchUpReport {
  Sequence folded = 0;                // events read from the log
  std::vector<std::string> rebuilt;   // projections rebuilt from the start
  std::vector<std::string> skipped;   // records that did not decode, with their sequences
  std::vector<std::string> dropped;   // stored projections this build no longer has
  // Wall seconds spent reading, decoding and folding the events, and then
  // encoding and persisting the projections' changes (with the commits
  // along the way, if any).
  double fold_seconds = 0;
  double persist_seconds = 0;
};

class Database {
 public:
  ~Database();

  // Opens (creating if needed) `dir` as its only writer. kUnavailable when
  // another process holds it.
  static Result<std::unique_ptr<Database>> Open(const std::string& dir,
                                                const DatabaseOptions& options = {});

  EventLog& log() { return *log_; }
  // What Open had to do to bring the projections up to date.
  const CatchUpReport& opened() const { return opened_; }

  // Appends `events` (see EventLog::Append) and folds the new ones into
  // every projection, persisting them with their checkpoints.
  Result<std::vector<Sequence>> Append(const std::vector<Event>& events);

  // Folds every event after each projection's checkpoint into it.
  Result<CatchUpReport> CatchUp();

  // Drops the named projection ("" for all) and folds the whole log into it
  // again. kNotFound for an unknown name.
  Result<CatchUpReport> Rebuild(std::string_view name);

  const RosterProjection& roster() const;
  // The projection called `name`; nullptr for an unknown name.
  const Projection* projection(std::string_view name) const;

 private:
  struct Slot {
    std::unique_ptr<Projection> projection;
    Sequence checkpoint = 0;
    bool replace = false;  // the next commit drops its stored records first
  };

  // A projection restored from the store, or marked to be rebuilt (and why).
  struct LoadedSlot {
    Slot slot;
    bool rebuilt = false;
    std::string skipped;  // the record that did not decode, if that was why
  };

  Database() = default;
  // Deletes the stored state of projections this build no longer has.
  Result<void> DropRetiredProjections();
  static Result<LoadedSlot> LoadSlot(const ProjectionStore& store, std::unique_ptr<Projection> projection,
                                     const DatabaseOptions& options, Sequence last);
  // Persists every projection's changes with its checkpoint, atomically.
  // `events`: how many the commit folds in. After many, the roster encodes
  // on a thread of its own, and from options_.ingest_at on the records go
  // into table files.
  Result<void> Commit(Sequence events);
  class BatchFolder;
  struct EventBatch;
  // Whether the roster is worth folding and encoding on a thread of its own.
  bool TwoCores() const;
  // Folds the events of `batch` after the slot's checkpoint into it.
  static void FoldBatch(Slot& slot, EventBatch& batch);

  DatabaseOptions options_;
  std::unique_ptr<EventLog> log_;
  std::unique_ptr<ProjectionStore> store_;
  std::vector<Slot> slots_;
  CatchUpReport opened_;
};

// Reads projections beside a running writer. Records are decoded into the
// core types that core/views.h turns into answers.
class Reader {
 public:
  static Result<std::unique_ptr<Reader>> Open(const std::string& dir);

  // kUnavailable, naming the command that fixes it, when a projection was
  // built by another version of labwatch or never built.
  Result<void> CheckFresh() const;

  Result<OrgNames> LoadOrgNames() const;
  // The record `name` resolves to, following merges; nullopt if unknown.
  Result<std::optional<PersonRecord>> FindPerson(std::string_view name) const;
  Result<void> ForEachPerson(const std::function<void(const PersonRecord&)>& visit) const;
  // Every person the stint index places at the org `org_key` (an
  // OrgNames::Key) on `day`: a superset of those whose history at
  // kIndexedConfidence has them there, read without touching anyone else.
  Result<void> ForEachPersonAt(std::string_view org_key, const Date& day,
                               const std::function<void(const PersonRecord&)>& visit) const;
  Result<std::optional<CohortRecord>> FindCohort(std::string_view name) const;
  Result<void> ForEachCohort(const std::function<void(const CohortRecord&)>& visit) const;
  Result<void> ForEachFounding(const std::function<void(const FoundingRecord&)>& visit) const;
  Result<void> ForEachModelRecord(const std::function<void(const ModelRecord&)>& visit) const;

  // The log, opened as a reader on first use.
  Result<const EventLog*> log() const;

  const ProjectionStore& store() const { return *store_; }

 private:
  Reader() = default;

  std::string dir_;
  std::unique_ptr<ProjectionStore> store_;
  mutable std::unique_ptr<EventLog> log_;
};

struct VerifyReport {
  Sequence events = 0;
  std::vector<std::string> problems;  // each says what and where
  std::vector<std::string> notes;     // worth knowing, not wrong
  bool ok() const { return problems.empty(); }
};

// Checks that the log decodes end to end, its sequences run 1..N without a
// gap, every event's id indexes its sequence, and every projection equals a
// fresh fold of the log up to its checkpoint. Reads beside a writer.
Result<VerifyReport> Verify(const std::string& dir);

}  // namespace labwatch
