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

  // Appends the records changed since the last call (keys relative to the
  // projection) and forgets them. In key order, best: the store writes a
  // large commit as a table file, and sorts only changes out of order.
  virtual void TakeChanges(std::vector<StateChange>* out) = 0;

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
