// core/event_log.h
//
// An EventLog is the daemon's single source of truth: an append-only,
// totally ordered sequence of events. Everything else labwatch knows (who
// works where, which models shipped) is a projection rebuilt by folding over
// this log, so this interface knows nothing about feeds or people.
//
// One thread may append while any number of threads read; implementations
// do their own locking.

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/event.h"

namespace labwatch {

// Position of an event in the log. The first event is 1; 0 means "before
// the first event", so ReadFrom(0, ...) reads everything.
using Sequence = std::uint64_t;

class EventLog {
 public:
  EventLog() = default;
  EventLog(const EventLog&) = delete;
  EventLog& operator=(const EventLog&) = delete;
  virtual ~EventLog() = default;

  // Appends the events whose ids are not yet in the log, atomically with
  // their ids: after a crash, either all of them are in the log or none are.
  // Returns, for each input event in order, its new sequence, or 0 where its
  // id was already present or came earlier in `events` (skipped, not an
  // error). kInvalidArgument for an event with an empty id; kIOError and
  // kUnavailable from the storage.
  virtual Result<std::vector<Sequence>> Append(const std::vector<Event>& events) = 0;

  // Calls `visit` on each record after `after`, oldest first, as stored
  // (an encoded event, valid during the call), until it returns false, and
  // returns the last sequence visited (`after` if none). Errors returned
  // here are storage errors only.
  virtual Result<Sequence> ReadRecords(
      Sequence after, const std::function<bool(Sequence, std::string_view)>& visit) const = 0;

  // ReadRecords, each record decoded. A record that does not decode is
  // visited as a kCorruption error naming its sequence; the reader decides
  // whether to go on. `visit` may move the event out of its argument.
  Result<Sequence> ReadFrom(Sequence after, const std::function<bool(Sequence, Result<Event>&)>& visit) const;

  // The newest sequence, or 0 for an empty log.
  virtual Result<Sequence> LastSequence() const = 0;

  // The sequence of the event with `id`; kNotFound if there is none.
  virtual Result<Sequence> Find(std::string_view id) const = 0;
};

// The event with `id`: kNotFound if there is none, kCorruption (naming its
// sequence) if its record does not decode, or the log's storage error.
Result<Event> ReadEvent(const EventLog& log, std::string_view id);

// A log kept in memory (events stored encoded, as on disk), for tests and
// dry runs. It never fails but with kInvalidArgument.
std::unique_ptr<EventLog> NewMemoryEventLog();

}  // namespace labwatch
