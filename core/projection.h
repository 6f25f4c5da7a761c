// core/projection.h
//
// A projection is a fold over the log: Apply(seq, event) for every event in
// order, starting from empty state. Its state is persisted as keyed records
// (store/projection_store.h writes them with the projection's checkpoint in
// one batch) and restored with Load, so a reader can answer a question by
// reading a few records instead of replaying the log.
//
// Version() names the fold and the record encoding together: when either
// changes, bump it, and the owner of the database rebuilds the projection
// from the log the next time it opens it.
//
// Projections skip events they do not use, including kUnknown ones. Not
// thread-safe: one thread folds a projection at a time.

#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/event.h"
#include "core/event_log.h"
#include "core/fact.h"

namespace labwatch {

// Where a projection writes its changed records at a commit, keys relative
// to the projection: in ascending key order.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void Put(std::string_view key, std::string_view value) = 0;
  virtual void Delete(std::string_view key) = 0;
};

// The sinks of one projection's commit, one per run of keys. A run holds
// the keys from its `first` up to the next greater `first` (the run whose
// `first` is "" from the start of the projection's keys); no two runs have
// the same `first`. A projection opens its runs from the thread that called
// WriteChanges, in any order, and may fill each one on a thread of its own:
// the roster encodes its people in two halves at once.
class RecordRuns {
 public:
  virtual ~RecordRuns() = default;
  virtual RecordSink& Run(std::string_view first) = 0;
};

// RecordRuns that collect what they are given: run after run, it is what
// the projection wrote, in key order.
class CollectedRuns final : public RecordRuns {
 public:
  RecordSink& Run(std::string_view first) override;
  // Moves every run's changes into `out`, in order.
  void TakeInto(std::vector<StateChange>* out);

 private:
  class Collector final : public RecordSink {
   public:
    explicit Collector(std::string_view first) : first(first) {}
    void Put(std::string_view key, std::string_view value) override;
    void Delete(std::string_view key) override;
    std::string first;
    std::vector<StateChange> changes;
  };
  std::deque<Collector> runs_;  // a deque: a run stays put while others open
};

class Projection {
 public:
  Projection() = default;
  Projection(const Projection&) = delete;
  Projection& operator=(const Projection&) = delete;
  virtual ~Projection() = default;

  // "roster", "cohort", "landscape", "models".
  virtual std::string_view Name() const = 0;
  virtual std::uint32_t Version() const = 0;

  // REQUIRES: seq greater than that of every event applied before.
  virtual void Apply(Sequence seq, const Event& event) = 0;

  // Apply in two steps, for a projection whose Apply does much work that
  // needs nothing but the event (folding names, building facts): Prepare
  // does that work into `prepared` (from NewPrepared), and ApplyPrepared
  // the rest, taking what it needs out of `prepared`. Together they equal
  // Apply. Prepare must not read the projection: a rebuild calls it on the
  // thread that reads the log while another thread applies earlier events.
  // By default there is nothing to prepare.
  class Prepared {
   public:
    virtual ~Prepared() = default;
  };
  virtual std::unique_ptr<Prepared> NewPrepared() const { return nullptr; }
  virtual void Prepare(Sequence, const Event&, Prepared&) const {}
  virtual void ApplyPrepared(Sequence seq, const Event& event, Prepared&) { Apply(seq, event); }

  // Writes the records changed since the last call into `runs` and forgets
  // them. Large commits go straight into table files (store/
  // projection_store.h), so nothing holds a second copy of the state.
  virtual void WriteChanges(RecordRuns& runs) = 0;

  // WriteChanges, appended to `out` in key order.
  void TakeChanges(std::vector<StateChange>* out) {
    CollectedRuns runs;
    WriteChanges(runs);
    runs.TakeInto(out);
  }

  // Restores one record as TakeChanges wrote it. kCorruption if it does not
  // decode or belongs to no table.
  virtual Result<void> Load(std::string_view key, std::string_view value) = 0;

  // Every record, sorted by key: what the store holds after all changes.
  virtual std::vector<std::pair<std::string, std::string>> Snapshot() const = 0;
};

// The projections of this build, in a fixed order: roster, cohort,
// landscape, models.
std::vector<std::unique_ptr<Projection>> MakeProjections();

// A new empty projection by name; nullptr for an unknown name.
std::unique_ptr<Projection> MakeProjection(std::string_view name);

}  // namespace labwatch
