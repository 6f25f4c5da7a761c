#include "store/rocksdb_util.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <utility>

namespace labwatch {

Error FromStatus(const rocksdb::Status& status, const std::string& what) {
  ErrorCode code = ErrorCode::kIOError;
  if (status.IsCorruption()) code = ErrorCode::kCorruption;
  if (status.IsNotFound()) code = ErrorCode::kNotFound;
  if (status.IsInvalidArgument()) code = ErrorCode::kInvalidArgument;
  if (status.IsBusy() || status.IsTryAgain() || status.IsTimedOut()) code = ErrorCode::kUnavailable;
  return Error{code, what + ": " + status.ToString()};
}

namespace {

// RocksDB before 8.3 (Debian 12 has 7.8) keeps the empty write-ahead log
// each open creates until a memtable flush (facebook/rocksdb#11313), so a
// database that writers open often and write little to (the CLI's write
// commands, a restarted daemon) gathers hundreds of empty .log files, and
// GetSortedWalFiles does not list them. Removes those of earlier opens:
// RocksDB writes only to the newest log, and a reader (a secondary
// instance) takes a log gone missing as purged, as when RocksDB purges one.
void RemoveEmptyLogsOfEarlierOpens(const rocksdb::DB& db) {
  std::string wal_dir = db.GetOptions().wal_dir;
  if (wal_dir.empty()) wal_dir = db.GetName();
  std::vector<std::pair<std::uint64_t, std::filesystem::path>> empty;
  std::uint64_t newest = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(wal_dir, ec)) {
    const std::string name = entry.path().filename().string();
    std::uint64_t number = 0;
    auto [end, parsed] = std::from_chars(name.data(), name.data() + name.size(), number);
    if (parsed != std::errc() || std::string_view(end, name.data() + name.size()) != ".log") continue;
    newest = std::max(newest, number);
    std::error_code size_ec;
    if (entry.file_size(size_ec) == 0 && !size_ec) empty.emplace_back(number, entry.path());
  }
  // A log left behind is only clutter: nothing to report.
  for (const auto& [number, path] : empty)
    if (number < newest) std::filesystem::remove(path, ec);
}

}  // namespace

RocksHandle::~RocksHandle() {
  if (db_) {
    for (auto* family : families_) db_->DestroyColumnFamilyHandle(family);
    db_->Close();
    db_.reset();
  }
  if (!scratch_.empty()) {
    std::error_code ignored;  // a leftover scratch directory in /tmp harms nothing
    std::filesystem::remove_all(scratch_, ignored);
  }
}

Result<std::unique_ptr<RocksHandle>> RocksHandle::Open(
    const std::string& path, OpenMode mode,
    const std::vector<std::pair<std::string, rocksdb::ColumnFamilyOptions>>& families,
    const rocksdb::Options& options) {
  std::unique_ptr<RocksHandle> handle(new RocksHandle());
  handle->path_ = path;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& [name, family_options] : families) descriptors.emplace_back(name, family_options);
  rocksdb::DB* db = nullptr;
  rocksdb::Status status;
  if (mode == OpenMode::kWriter) {
    rocksdb::Options writer = options;
    writer.create_if_missing = true;
    writer.create_missing_column_families = true;
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) return MakeError(ErrorCode::kIOError, "create " + path + ": " + ec.message());
    status = rocksdb::DB::Open(writer, path, descriptors, &handle->families_, &db);
    if (status.IsIOError() && status.ToString().find("lock") != std::string::npos)
      return MakeError(ErrorCode::kUnavailable,
                       path + " is in use by another process (is labwatchd running?); " +
                           status.ToString());
  } else {
    std::error_code ec;
    if (!std::filesystem::exists(path + "/CURRENT", ec))
      return MakeError(ErrorCode::kNotFound, "no labwatch database at " + path);
    const char* tmp = std::getenv("TMPDIR");
    std::string scratch = std::string(tmp && *tmp ? tmp : "/tmp") + "/labwatch-reader-XXXXXX";
    if (!mkdtemp(scratch.data()))
      return MakeError(ErrorCode::kIOError, "create a scratch directory in /tmp for reading " + path);
    handle->scratch_ = scratch;
    rocksdb::Options reader = options;
    reader.max_open_files = -1;  // required of secondary instances
    // A reader is mostly a query: a process that opens, reads a few
    // records and exits. Opening every table file on RocksDB's 16 threads,
    // checking their sizes and gathering their statistics (for compactions
    // it never runs) was most of a query's time after process start, and
    // reading blocks through a mapping spares a fresh buffer per block
    // (bench/README.md, "query, process start").
    reader.max_file_opening_threads = 1;
    reader.skip_stats_update_on_db_open = true;
    reader.skip_checking_sst_file_sizes_on_db_open = true;
    reader.allow_mmap_reads = true;
    status = rocksdb::DB::OpenAsSecondary(reader, path, scratch, descriptors, &handle->families_, &db);
    if (status.ok()) status = db->TryCatchUpWithPrimary();
  }
  if (!status.ok()) {
    if (db) {
      for (auto* family : handle->families_) db->DestroyColumnFamilyHandle(family);
      handle->families_.clear();
      delete db;
    }
    return tl::unexpected(FromStatus(status, "open " + path));
  }
  handle->db_.reset(db);
  if (mode == OpenMode::kWriter) RemoveEmptyLogsOfEarlierOpens(*db);
  return handle;
}

}  // namespace labwatch
