// store/rocksdb_util.h
//
// What the RocksDB adapters share: translating rocksdb::Status into our
// Error, and opening a database as its single writer or as a reader beside
// a running writer (a RocksDB secondary instance, which needs a scratch
// directory of its own; the handle removes it on close).
//
// Only store/*.cc include this; no RocksDB type leaves store/.

#pragma once

#include <memory>
#include <string>
#include <vector>

#include <rocksdb/db.h>

#include "core/error.h"

namespace labwatch {

enum class OpenMode {
  kWriter,  // the only writer; fails with kUnavailable while another holds it
  kReader,  // reads beside a writer; sees what was written when it opened
};

// Our error for a failed `what` (e.g. "open /var/lib/labwatch/log").
Error FromStatus(const rocksdb::Status& status, const std::string& what);

// An open database with its column families, closed and (for readers) its
// scratch directory removed on destruction.
class RocksHandle {
 public:
  ~RocksHandle();
  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* family(size_t i) const { return families_[i]; }
  const std::string& path() const { return path_; }

  // Opens `path` with the column families ("default" first), each with
  // its options. kNotFound when a reader finds no database; kUnavailable
  // when another writer holds it.
  static Result<std::unique_ptr<RocksHandle>> Open(
      const std::string& path, OpenMode mode,
      const std::vector<std::pair<std::string, rocksdb::ColumnFamilyOptions>>& families,
      const rocksdb::Options& options);

 private:
  RocksHandle() = default;

  std::string path_;
  std::string scratch_;  // a reader's secondary directory
  std::vector<rocksdb::ColumnFamilyHandle*> families_;
  std::unique_ptr<rocksdb::DB> db_;
};

}  // namespace labwatch
