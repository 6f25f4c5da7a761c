#include "store/database.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <future>
#include <optional>
#include <semaphore>
#include <thread>
#include <utility>

#include "core/event_record.h"
#include "core/text.h"

namespace labwatch {
namespace {

std::string LogPath(const std::string& dir) { return dir + "/log"; }
std::string ProjectionsPath(const std::string& dir) { return dir + "/projections"; }

std::string ProjectionNames() {
  std::string names;
  for (const auto& p : MakeProjections()) names += (names.empty() ? "" : ", ") + std::string(p->Name());
  return names;
}

// kNotFound, naming the projections there are, unless `name` is one of them
// or "" (all of them).
Result<void> CheckProjectionName(std::string_view name) {
  if (name.empty() || MakeProjection(name)) return {};
  return MakeError(ErrorCode::kNotFound,
                   "no projection \"" + std::string(name) + "\" (there are " + ProjectionNames() + ")");
}

constexpr size_t kFoldBatch = 1024;

template <typename Record>
Result<Record> DecodeRecord(std::string_view key, std::string_view value) {
  Record record;
  if (!record.Decode(value))
    return MakeError(ErrorCode::kCorruption,
                     "projection record " + std::string(key) + " does not decode (run `labwatch rebuild`)");
  return record;
}

}  // namespace

Database::~Database() {
#if !defined(__SANITIZE_ADDRESS__)
  if (!options_.free_on_close) {
    log_.reset();
    store_.reset();
    for (auto& slot : slots_) static_cast<void>(slot.projection.release());
  }
#endif
}

Result<Database::LoadedSlot> Database::LoadSlot(const ProjectionStore& store, std::unique_ptr<Projection> projection,
                                                const DatabaseOptions& options, Sequence last) {
  LoadedSlot loaded;
  Slot& slot = loaded.slot;
  auto checkpoint = store.ReadCheckpoint(projection->Name());
  if (!checkpoint) return tl::unexpected(checkpoint.error());
  bool asked = options.rebuild && (options.rebuild->empty() || *options.rebuild == projection->Name());
  // A projection built by other code, or claiming events the log does not
  // have (the log was restored from an older copy), starts over.
  if (asked || !*checkpoint || (*checkpoint)->version != projection->Version() || (*checkpoint)->seq > last) {
    slot.replace = true;
    loaded.rebuilt = true;
  } else {
    slot.checkpoint = (*checkpoint)->seq;
    Error load_error;
    bool failed = false;
    auto scanned = store.Scan(projection->Name(), "", [&](std::string_view key, std::string_view value) {
      auto result = projection->Load(key, value);
      if (!result) {
        load_error = result.error();
        failed = true;
      }
      return !failed;
    });
    if (!scanned) return tl::unexpected(scanned.error());
    if (failed) {
      // Persisted state is a cache: rebuild it rather than refuse to start.
      projection = MakeProjection(projection->Name());
      slot.checkpoint = 0;
      slot.replace = true;
      loaded.rebuilt = true;
      loaded.skipped = load_error.message;
    }
  }
  slot.projection = std::move(projection);
  return loaded;
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& dir,
                                                 const DatabaseOptions& options) {
  if (options.rebuild) {
    if (auto known = CheckProjectionName(*options.rebuild); !known) return tl::unexpected(known.error());
  }
  std::unique_ptr<Database> db(new Database());
  db->options_ = options;
  auto log = OpenRocksDbEventLog(LogPath(dir), OpenMode::kWriter, options.log);
  if (!log) return tl::unexpected(log.error());
  db->log_ = std::move(*log);
  auto store = ProjectionStore::Open(ProjectionsPath(dir), OpenMode::kWriter, options.log.sync);
  if (!store) return tl::unexpected(store.error());
  db->store_ = std::move(*store);
  auto last = db->log_->LastSequence();
  if (!last) return tl::unexpected(last.error());
  if (auto dropped = db->DropRetiredProjections(); !dropped) return tl::unexpected(dropped.error());

  // Each projection loads on its own; the roster, the largest, on a second
  // thread when there is one.
  std::vector<std::unique_ptr<Projection>> projections = MakeProjections();
  std::vector<std::optional<Result<LoadedSlot>>> loaded(projections.size());
  auto load = [&](size_t i) { loaded[i] = LoadSlot(*db->store_, std::move(projections[i]), options, *last); };
  std::future<void> roster;
  if (std::thread::hardware_concurrency() > 1) {
    roster = std::async(std::launch::async, load, 0);
  } else {
    load(0);
  }
  for (size_t i = 1; i < projections.size(); ++i) load(i);
  if (roster.valid()) roster.get();
  for (auto& slot_result : loaded) {
    Result<LoadedSlot>& result = *slot_result;
    if (!result) return tl::unexpected(result.error());
    if (result->rebuilt) db->opened_.rebuilt.emplace_back(result->slot.projection->Name());
    if (!result->skipped.empty()) db->opened_.skipped.push_back(std::move(result->skipped));
    db->slots_.push_back(std::move(result->slot));
  }
  auto caught_up = db->CatchUp();
  if (!caught_up) return tl::unexpected(caught_up.error());
  db->opened_.folded = caught_up->folded;
  db->opened_.fold_seconds = caught_up->fold_seconds;
  db->opened_.persist_seconds = caught_up->persist_seconds;
  for (auto& skipped : caught_up->skipped) db->opened_.skipped.push_back(std::move(skipped));
  return db;
}

Result<void> Database::DropRetiredProjections() {
  // "facts": the index of known facts by identity, which the roster and
  // the models projection answer now (core/known_facts.h).
  for (std::string_view retired : {"facts"}) {
    auto checkpoint = store_->ReadCheckpoint(retired);
    if (!checkpoint) return tl::unexpected(checkpoint.error());
    if (!*checkpoint) continue;
    if (auto dropped = store_->Drop(retired); !dropped) return dropped;
    opened_.dropped.emplace_back(retired);
  }
  return {};
}

bool Database::TwoCores() const { return std::thread::hardware_concurrency() > 1 && slots_.size() > 1; }

Result<void> Database::Commit(Sequence events) {
  // After a large fold, the roster's records (and its stint index) take as
  // long to encode as all the others: on a thread of their own.
  auto for_each_slot = [&](const std::function<void(size_t)>& write) {
    std::future<void> roster;
    if (events >= kFoldBatch && TwoCores()) {
      roster = std::async(std::launch::async, write, 0);
    } else {
      write(0);
    }
    for (size_t i = 1; i < slots_.size(); ++i) write(i);
    if (roster.valid()) roster.get();
  };
  auto checkpoint = [](const Slot& slot) { return Checkpoint{slot.projection->Version(), slot.checkpoint}; };
  Result<void> committed;
  if (events >= options_.ingest_at) {
    auto commit = store_->BeginTables();
    std::vector<RecordRuns*> runs;
    for (const auto& slot : slots_)
      runs.push_back(&commit->Projection(slot.projection->Name(), checkpoint(slot), slot.replace));
    for_each_slot([&](size_t i) { slots_[i].projection->WriteChanges(*runs[i]); });
    committed = commit->Finish();
  } else {
    std::vector<ProjectionUpdate> updates(slots_.size());
    for_each_slot([&](size_t i) {
      const Slot& slot = slots_[i];
      updates[i] = {std::string(slot.projection->Name()), checkpoint(slot), slot.replace, {}};
      slot.projection->TakeChanges(&updates[i].changes);
    });
    committed = store_->Commit(updates);
  }
  if (!committed) return committed;
  for (auto& slot : slots_) slot.replace = false;
  return {};
}

// Events read from the log, folded a batch at a time. A batch is refilled
// in place: its events keep their strings' buffers for the next batch, so
// reading a million events allocates for a few thousand.
struct Database::EventBatch {
  std::vector<std::pair<Sequence, Result<Event>>> entries;
  size_t size = 0;
  // When set, each event after `prepare_after` (the projection's
  // checkpoint) is also prepared for this projection as it is decoded
  // (Projection::Prepare), into `prepared`, entry by entry.
  const Projection* preparer = nullptr;
  Sequence prepare_after = 0;
  std::vector<std::unique_ptr<Projection::Prepared>> prepared;

  auto begin() const { return entries.begin(); }
  auto end() const { return entries.begin() + static_cast<std::ptrdiff_t>(size); }

  // Decodes `record` into the next entry: the event, or the error (naming
  // the sequence, as EventLog::ReadFrom does) if it does not decode.
  const Result<Event>& Add(Sequence seq, std::string_view record) {
    if (size == entries.size()) entries.emplace_back(0, Event());
    auto& [entry_seq, event] = entries[size++];
    entry_seq = seq;
    if (!event) event = Event();
    if (auto decoded = DecodeRecordInto(record, *event); !decoded)
      event = WithContext(decoded.error(), "event " + std::to_string(seq));
    if (preparer) {
      if (prepared.size() < size) prepared.push_back(preparer->NewPrepared());
      if (event && seq > prepare_after && prepared[size - 1]) preparer->Prepare(seq, *event, *prepared[size - 1]);
    }
    return event;
  }
};

void Database::FoldBatch(Slot& slot, EventBatch& batch) {
  const bool prepared = batch.preparer == slot.projection.get();
  for (size_t i = 0; i < batch.size; ++i) {
    const auto& [seq, event] = batch.entries[i];
    if (seq <= slot.checkpoint) continue;
    if (event) {
      if (prepared && batch.prepared[i]) {
        slot.projection->ApplyPrepared(seq, *event, *batch.prepared[i]);
      } else {
        slot.projection->Apply(seq, *event);
      }
    }
    slot.checkpoint = seq;
  }
}

// Folds batches into one slot on a thread of its own, a batch at a time:
// one thread for a whole catch-up, rather than one per batch, which under
// load costs more in waiting to be scheduled than the fold itself.
class Database::BatchFolder {
 public:
  explicit BatchFolder(Slot& slot) : slot_(slot), thread_([this] { Loop(); }) {}
  ~BatchFolder() {
    Wait();
    batch_ = nullptr;  // stop
    start_.release();
    thread_.join();
  }

  // REQUIRES: Wait() since the last Start. `batch` must stay put until Wait.
  void Start(EventBatch& batch) {
    batch_ = &batch;
    busy_ = true;
    start_.release();
  }

  void Wait() {
    if (busy_) done_.acquire();
    busy_ = false;
  }

 private:
  void Loop() {
    for (;;) {
      start_.acquire();
      if (!batch_) return;
      FoldBatch(slot_, *batch_);
      done_.release();
    }
  }

  Slot& slot_;
  EventBatch* batch_ = nullptr;
  bool busy_ = false;
  std::binary_semaphore start_{0}, done_{0};
  std::thread thread_;  // last: starts once the rest is ready
};

Result<CatchUpReport> Database::CatchUp() {
  CatchUpReport report;
  auto last = log_->LastSequence();
  if (!last) return tl::unexpected(last.error());
  Sequence from = *last;
  bool replacing = false;
  for (const auto& slot : slots_) {
    from = std::min(from, slot.checkpoint);
    replacing |= slot.replace;
  }
  if (from == *last && !replacing) return report;

  using Clock = std::chrono::steady_clock;
  auto seconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  const auto fold_started = Clock::now();
  // Projections fold independently. With a second core, the first one (the
  // roster, the costliest) folds each batch on a thread of its own while
  // this thread folds the others and decodes the next batch.
  EventBatch batch, folding;  // being read; being folded by the roster thread
  std::optional<BatchFolder> roster;
  if (TwoCores()) {
    roster.emplace(slots_.front());
    // What of the roster's fold needs only the event is done here, as
    // each is decoded: the roster's thread is the slower of the two.
    batch.preparer = folding.preparer = slots_.front().projection.get();
    batch.prepare_after = folding.prepare_after = slots_.front().checkpoint;
  }
  auto wait_for_roster = [&] {
    if (roster) roster->Wait();
  };
  auto fold = [&] {
    wait_for_roster();  // done with `folding`
    std::swap(batch, folding);
    batch.size = 0;
    if (roster) {
      roster->Start(folding);
    } else {
      FoldBatch(slots_.front(), folding);
    }
    for (size_t i = 1; i < slots_.size(); ++i) FoldBatch(slots_[i], folding);
  };

  Error commit_error;
  bool failed = false;
  Sequence uncommitted = 0;  // events folded since the last commit
  batch.entries.reserve(kFoldBatch);
  auto read = log_->ReadRecords(from, [&](Sequence seq, std::string_view record) {
    if (const auto& event = batch.Add(seq, record); !event) report.skipped.push_back(event.error().message);
    if (batch.size == kFoldBatch) fold();
    // A rebuild commits once at the end: its records would otherwise be
    // encoded again at every intermediate commit.
    ++report.folded;
    if (++uncommitted == options_.commit_every && !replacing) {
      fold();
      wait_for_roster();
      const auto commit_started = Clock::now();
      auto committed = Commit(uncommitted);
      uncommitted = 0;
      report.persist_seconds += seconds_since(commit_started);
      if (!committed) {
        commit_error = committed.error();
        failed = true;
      }
    }
    return !failed;
  });
  fold();
  wait_for_roster();
  report.fold_seconds = seconds_since(fold_started) - report.persist_seconds;
  if (!read) return tl::unexpected(read.error());
  if (failed) return tl::unexpected(commit_error);
  const auto commit_started = Clock::now();
  if (auto committed = Commit(uncommitted); !committed)
    return tl::unexpected(committed.error());
  if (report.folded >= 10000) {
    if (auto flushed = store_->Flush(); !flushed) return tl::unexpected(flushed.error());
  }
  report.persist_seconds += seconds_since(commit_started);
  return report;
}

Result<std::vector<Sequence>> Database::Append(const std::vector<Event>& events) {
  auto before = log_->LastSequence();
  if (!before) return tl::unexpected(before.error());
  auto sequences = log_->Append(events);
  if (!sequences) return sequences;
  bool current = std::all_of(slots_.begin(), slots_.end(), [&](const Slot& slot) {
    return slot.checkpoint == *before && !slot.replace;
  });
  if (!current) {
    auto caught_up = CatchUp();
    if (!caught_up) return tl::unexpected(caught_up.error());
    return sequences;
  }
  // Fold the events we hold rather than read them back.
  bool appended = false;
  for (size_t i = 0; i < events.size(); ++i) {
    Sequence seq = (*sequences)[i];
    if (seq == 0) continue;
    appended = true;
    for (auto& slot : slots_) {
      slot.projection->Apply(seq, events[i]);
      slot.checkpoint = seq;
    }
  }
  if (appended) {
    if (auto committed = Commit(events.size()); !committed) return tl::unexpected(committed.error());
  }
  return sequences;
}

Result<CatchUpReport> Database::Rebuild(std::string_view name) {
  if (auto known = CheckProjectionName(name); !known) return tl::unexpected(known.error());
  // The old state is freed here, before the fold: beside it, it took a
  // core from the fold's two threads, and the fold reuses the pages freed.
  for (auto& slot : slots_) {
    if (!name.empty() && slot.projection->Name() != name) continue;
    slot.projection = MakeProjection(slot.projection->Name());
    slot.checkpoint = 0;
    slot.replace = true;
  }
  auto report = CatchUp();
  if (!report) return report;
  for (const auto& slot : slots_)
    if (name.empty() || slot.projection->Name() == name) report->rebuilt.emplace_back(slot.projection->Name());
  return report;
}

const Projection* Database::projection(std::string_view name) const {
  for (const auto& slot : slots_)
    if (slot.projection->Name() == name) return slot.projection.get();
  return nullptr;
}

const RosterProjection& Database::roster() const {
  return static_cast<const RosterProjection&>(*slots_.front().projection);
}

// ---- Reader ---------------------------------------------------------------

Result<std::unique_ptr<Reader>> Reader::Open(const std::string& dir) {
  std::unique_ptr<Reader> reader(new Reader());
  reader->dir_ = dir;
  auto store = ProjectionStore::Open(ProjectionsPath(dir), OpenMode::kReader);
  if (!store) {
    if (store.error().code == ErrorCode::kNotFound)
      return MakeError(ErrorCode::kNotFound,
                       "no labwatch database at " + dir + " (set --db or LABWATCH_DB)");
    return tl::unexpected(store.error());
  }
  reader->store_ = std::move(*store);
  return reader;
}

Result<void> Reader::CheckFresh() const {
  for (const auto& projection : MakeProjections()) {
    auto checkpoint = store_->ReadCheckpoint(projection->Name());
    if (!checkpoint) return tl::unexpected(checkpoint.error());
    std::string name(projection->Name());
    if (!*checkpoint)
      return MakeError(ErrorCode::kUnavailable,
                       "projection " + name + " in " + dir_ + " has not been built: run `labwatch --db " +
                           dir_ + " rebuild " + name + "`");
    if ((*checkpoint)->version != projection->Version())
      return MakeError(ErrorCode::kUnavailable,
                       "projection " + name + " in " + dir_ + " was built by version " +
                           std::to_string((*checkpoint)->version) + " of its code; this labwatch reads version " +
                           std::to_string(projection->Version()) + ": restart labwatchd or run `labwatch --db " +
                           dir_ + " rebuild " + name + "`");
  }
  return {};
}

Result<OrgNames> Reader::LoadOrgNames() const {
  std::map<std::string, std::string> canonical;
  Error error;
  bool failed = false;
  auto scanned = store_->Scan("roster", "o/", [&](std::string_view key, std::string_view value) {
    auto alias = DecodeRecord<MergedName>(key, value);
    if (!alias) {
      error = alias.error();
      failed = true;
      return false;
    }
    canonical[std::string(key.substr(2))] = alias->target;
    return true;
  });
  if (!scanned) return tl::unexpected(scanned.error());
  if (failed) return tl::unexpected(error);
  return OrgNames(std::move(canonical));
}

Result<std::optional<PersonRecord>> Reader::FindPerson(std::string_view name) const {
  std::string key = FoldKey(name);
  auto alias = store_->Get("roster", "a/" + key);
  if (!alias) return tl::unexpected(alias.error());
  if (*alias) {
    auto decoded = DecodeRecord<MergedName>("roster/a/" + key, **alias);
    if (!decoded) return tl::unexpected(decoded.error());
    key = decoded->target;
  }
  auto value = store_->Get("roster", "p/" + key);
  if (!value) return tl::unexpected(value.error());
  if (!*value) return std::optional<PersonRecord>();
  auto record = DecodeRecord<PersonRecord>("roster/p/" + key, **value);
  if (!record) return tl::unexpected(record.error());
  return std::optional<PersonRecord>(std::move(*record));
}

namespace {

template <typename Record>
Result<void> ScanRecords(const ProjectionStore& store, std::string_view projection,
                         std::string_view prefix, const std::function<void(const Record&)>& visit) {
  Error error;
  bool failed = false;
  auto scanned = store.Scan(projection, prefix, [&](std::string_view key, std::string_view value) {
    auto record = DecodeRecord<Record>(std::string(projection) + "/" + std::string(key), value);
    if (!record) {
      error = record.error();
      failed = true;
      return false;
    }
    visit(*record);
    return true;
  });
  if (!scanned) return scanned;
  if (failed) return tl::unexpected(error);
  return {};
}

}  // namespace

Result<void> Reader::ForEachPerson(const std::function<void(const PersonRecord&)>& visit) const {
  return ScanRecords<PersonRecord>(*store_, "roster", "p/", visit);
}

Result<void> Reader::ForEachPersonAt(std::string_view org_key, const Date& day,
                                     const std::function<void(const PersonRecord&)>& visit) const {
  std::string prefix = StintIndexPrefix(org_key);
  std::vector<std::string> people;
  Error error;
  bool failed = false;
  auto scanned = store_->Scan("roster", prefix, [&](std::string_view key, std::string_view value) {
    StintIndex index;
    if (!index.Decode(value)) {
      error = Error{ErrorCode::kCorruption, "stint index record roster/n/" + std::string(org_key) +
                                                " does not decode (run `labwatch rebuild roster`)"};
      failed = true;
      return false;
    }
    if (index.HoldsDay(day)) people.emplace_back(key.substr(prefix.size()));
    return true;
  });
  if (!scanned) return scanned;
  if (failed) return tl::unexpected(error);
  for (const auto& person_key : people) {
    auto value = store_->Get("roster", "p/" + person_key);
    if (!value) return tl::unexpected(value.error());
    if (!*value)
      return MakeError(ErrorCode::kCorruption, "stint index names " + person_key +
                                                   ", who has no roster record (run `labwatch rebuild roster`)");
    auto record = DecodeRecord<PersonRecord>("roster/p/" + person_key, **value);
    if (!record) return tl::unexpected(record.error());
    visit(*record);
  }
  return {};
}

Result<std::optional<CohortRecord>> Reader::FindCohort(std::string_view name) const {
  std::string key = "c/" + FoldKey(name);
  auto value = store_->Get("cohort", key);
  if (!value) return tl::unexpected(value.error());
  if (!*value) return std::optional<CohortRecord>();
  auto record = DecodeRecord<CohortRecord>("cohort/" + key, **value);
  if (!record) return tl::unexpected(record.error());
  return std::optional<CohortRecord>(std::move(*record));
}

Result<void> Reader::ForEachCohort(const std::function<void(const CohortRecord&)>& visit) const {
  return ScanRecords<CohortRecord>(*store_, "cohort", "c/", visit);
}

Result<void> Reader::ForEachFounding(const std::function<void(const FoundingRecord&)>& visit) const {
  return ScanRecords<FoundingRecord>(*store_, "landscape", "f/", visit);
}

Result<void> Reader::ForEachModelRecord(const std::function<void(const ModelRecord&)>& visit) const {
  return ScanRecords<ModelRecord>(*store_, "models", "m/", visit);
}

Result<const EventLog*> Reader::log() const {
  if (!log_) {
    auto log = OpenRocksDbEventLog(LogPath(dir_), OpenMode::kReader);
    if (!log) return tl::unexpected(log.error());
    log_ = std::move(*log);
  }
  return log_.get();
}

// ---- Verify ---------------------------------------------------------------

Result<VerifyReport> Verify(const std::string& dir) {
  VerifyReport report;
  // Projections first, then the log: the log we read is at least as new as
  // the checkpoints we compare against.
  auto reader = Reader::Open(dir);
  if (!reader) return tl::unexpected(reader.error());
  auto log = (*reader)->log();
  if (!log) return tl::unexpected(log.error());
  auto last = (*log)->LastSequence();
  if (!last) return tl::unexpected(last.error());

  struct Check {
    std::unique_ptr<Projection> fresh;
    std::optional<Checkpoint> stored;
  };
  std::vector<Check> checks;
  for (auto& projection : MakeProjections()) {
    auto checkpoint = (*reader)->store().ReadCheckpoint(projection->Name());
    if (!checkpoint) return tl::unexpected(checkpoint.error());
    std::string name(projection->Name());
    if (!*checkpoint) {
      report.problems.push_back("projection " + name + " has never been built (run `labwatch rebuild`)");
    } else if ((*checkpoint)->version != projection->Version()) {
      report.problems.push_back("projection " + name + " was built by code version " +
                                std::to_string((*checkpoint)->version) + ", this labwatch has " +
                                std::to_string(projection->Version()) + " (run `labwatch rebuild " + name + "`)");
    } else if ((*checkpoint)->seq > *last) {
      report.problems.push_back("projection " + name + " has folded event " +
                                std::to_string((*checkpoint)->seq) + " but the log ends at " +
                                std::to_string(*last));
    } else if ((*checkpoint)->seq < *last) {
      report.notes.push_back("projection " + name + " is " + std::to_string(*last - (*checkpoint)->seq) +
                             " events behind the log; its writer folds them in when it next opens");
    }
    checks.push_back({std::move(projection), *checkpoint});
  }

  Sequence expected = 1;
  auto read = (*log)->ReadFrom(0, [&](Sequence seq, const Result<Event>& event) {
    if (seq != expected)
      report.problems.push_back("log: sequence " + std::to_string(seq) + " follows " +
                                std::to_string(expected - 1) + " (a gap)");
    expected = seq + 1;
    ++report.events;
    if (!event) {
      report.problems.push_back("log: " + event.error().message);
    } else {
      auto indexed = (*log)->Find(event->id);
      if (!indexed || *indexed != seq)
        report.problems.push_back("log: event " + std::to_string(seq) + " (id " + event->id +
                                  ") is not indexed by its id");
    }
    for (auto& check : checks) {
      if (event && check.stored && seq <= check.stored->seq) check.fresh->Apply(seq, *event);
    }
    return true;
  });
  if (!read) return tl::unexpected(read.error());
  if (*last != report.events && report.problems.empty())
    report.problems.push_back("log: last sequence is " + std::to_string(*last) + " but it holds " +
                              std::to_string(report.events) + " events");

  for (auto& check : checks) {
    if (!check.stored || check.stored->version != check.fresh->Version() || check.stored->seq > *last)
      continue;
    std::string name(check.fresh->Name());
    auto expected_records = check.fresh->Snapshot();
    size_t i = 0;
    std::string difference;
    auto scanned = (*reader)->store().Scan(name, "", [&](std::string_view key, std::string_view value) {
      if (i >= expected_records.size() || expected_records[i].first != key) {
        difference = "stored record " + std::string(key) + " is not in a fresh rebuild";
        if (i < expected_records.size() && expected_records[i].first < key)
          difference = "record " + expected_records[i].first + " is missing";
        return false;
      }
      if (expected_records[i].second != value) {
        difference = "record " + std::string(key) + " differs from a fresh rebuild";
        return false;
      }
      ++i;
      return true;
    });
    if (!scanned) return tl::unexpected(scanned.error());
    if (difference.empty() && i < expected_records.size())
      difference = "record " + expected_records[i].first + " is missing";
    if (!difference.empty())
      report.problems.push_back("projection " + name + ": " + difference + " (run `labwatch rebuild " +
                                name + "`)");
  }
  return report;
}

}  // namespace labwatch
