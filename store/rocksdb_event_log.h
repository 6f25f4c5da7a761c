// store/rocksdb_event_log.h
//
// The EventLog kept in RocksDB (docs/storage.md has the layout): events
// under their 8-byte big-endian sequence, and an index from event id to
// sequence written in the same WriteBatch, so an append and its idempotency
// keys are one atomic write.
//
// A writer holds the database's lock; readers open beside it as RocksDB
// secondary instances and see the log as it was when they opened.

#pragma once

#include <memory>
#include <string>

#include "core/event_log.h"
#include "store/rocksdb_util.h"

namespace labwatch {

struct LogOptions {
  bool sync = true;  // fsync the write-ahead log on every Append
  bool wal = true;   // false: faster, but a crash loses appends since the last flush
};

// Opens (a writer creates) the log at `path`. kUnavailable when another
// process writes it; kNotFound when a reader finds none; kInvalidArgument
// when it was written by a newer format.
Result<std::unique_ptr<EventLog>> OpenRocksDbEventLog(const std::string& path, OpenMode mode,
                                                      const LogOptions& options = {});

}  // namespace labwatch
