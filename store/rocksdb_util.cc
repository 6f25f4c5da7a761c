#include "store/rocksdb_util.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace labwatch {

Error FromStatus(const rocksdb::Status& status, const std::string& what) {
  ErrorCode code = ErrorCode::kIOError;
  if (status.IsCorruption()) code = ErrorCode::kCorruption;
  if (status.IsNotFound()) code = ErrorCode::kNotFound;
  if (status.IsInvalidArgument()) code = ErrorCode::kInvalidArgument;
  if (status.IsBusy() || status.IsTryAgain() || status.IsTimedOut()) code = ErrorCode::kUnavailable;
  return Error{code, what + ": " + status.ToString()};
}

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
  return handle;
}

}  // namespace labwatch
