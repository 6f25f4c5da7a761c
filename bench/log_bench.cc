// bench/log_bench.cc
//
// Usage: log_bench [--events N] [--batch B] [--runs R] [--scan-runs S]
//                  [--reappend K]
//   defaults: --events 1000000 --batch 1000 --runs 3 --scan-runs 3
//             --reappend 100000; scratch stores go under $TMPDIR (or /tmp)
//             and are removed at the end.
//   e.g. build-bench/bench/log_bench --events 100000   (a quick run)
//
// Measures the event log against the obvious alternative, SQLite, in one
// process on the same synthetic events (bench/synthetic.h, ~345 bytes each
// encoded; the size is printed):
//
// 1. Append with an fsync per batch of B events, idempotency check included:
//    OpenRocksDbEventLog(path, kWriter, {sync = true}) -> EventLog::Append
//    (MultiGet of the ids, one synced WriteBatch), against SQLite in WAL mode
//    with synchronous=FULL, table (seq INTEGER PRIMARY KEY, id TEXT UNIQUE,
//    body BLOB), one transaction of INSERT OR IGNORE per batch. Both encode
//    each event with EncodeRecord inside the timed section; generating the
//    events is outside it. Runs alternate which store goes first.
// 2. Re-append of K events already recorded (every one is skipped): the cost
//    of the idempotency check alone, as when a feed is fetched again.
// 3. A full scan: EventLog::ReadFrom(0, ...), which decodes every event with
//    DecodeRecord, against SELECT body ORDER BY seq with the same DecodeRecord
//    per row, so the ratio compares the storage. Decoding alone over events
//    held in memory is timed too, to show how much of a scan it is: the
//    stored binary record (DecodeRecord) against the JSON form of the same
//    events (DecodeEvent, what the log stored before), with the ratio.
//
// Figures are medians of the runs, with each run listed; the machine these
// run on is shared, so single runs mean little. Wall times come with CPU
// times (the whole process for appends, RocksDB's background threads
// included; the calling thread for scans), which a busy neighbour disturbs
// less. Nothing here asserts a time.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <sqlite3.h>

#include "bench/bench_util.h"
#include "bench/synthetic.h"
#include "core/event_codec.h"
#include "core/event_record.h"
#include "core/event_log.h"
#include "store/rocksdb_event_log.h"

namespace labwatch::bench {
namespace {

constexpr double kAppendTarget = 200000;  // events/s

using Visit = std::function<bool(Sequence, Result<Event>&)>;

// The same log kept in SQLite: what an append and a scan cost there.
class SqliteLog {
 public:
  ~SqliteLog() {
    sqlite3_finalize(insert_);
    sqlite3_close(db_);
  }

  static Result<std::unique_ptr<SqliteLog>> Open(const std::string& path) {
    std::unique_ptr<SqliteLog> log(new SqliteLog());
    if (sqlite3_open_v2(path.c_str(), &log->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
      return log->Fail("open " + path);
    for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT "
                            "NULL, body BLOB NOT NULL)"}) {
      if (auto done = log->Exec(sql); !done) return tl::unexpected(done.error());
    }
    if (sqlite3_prepare_v2(log->db_, "INSERT OR IGNORE INTO events (id, body) VALUES (?1, ?2)", -1,
                           &log->insert_, nullptr) != SQLITE_OK)
      return log->Fail("prepare insert");
    return log;
  }

  // As EventLog::Append: the new sequence of each event, 0 where its id was
  // already recorded. One transaction, so one WAL fsync at COMMIT.
  Result<std::vector<Sequence>> Append(const std::vector<Event>& events) {
    std::vector<Sequence> sequences(events.size(), 0);
    if (auto begun = Exec("BEGIN"); !begun) return tl::unexpected(begun.error());
    for (size_t i = 0; i < events.size(); ++i) {
      record_.clear();
      EncodeRecord(events[i], &record_);
      sqlite3_bind_text(insert_, 1, events[i].id.data(), static_cast<int>(events[i].id.size()), SQLITE_STATIC);
      sqlite3_bind_blob(insert_, 2, record_.data(), static_cast<int>(record_.size()), SQLITE_STATIC);
      int rc = sqlite3_step(insert_);
      sqlite3_reset(insert_);
      if (rc != SQLITE_DONE) {
        auto error = Fail("insert event " + events[i].id);
        (void)Exec("ROLLBACK");
        return error;
      }
      if (sqlite3_changes(db_) > 0) sequences[i] = static_cast<Sequence>(sqlite3_last_insert_rowid(db_));
    }
    if (auto committed = Exec("COMMIT"); !committed) return tl::unexpected(committed.error());
    return sequences;
  }

  // As EventLog::ReadFrom: every body after `after`, decoded.
  Result<Sequence> ReadFrom(Sequence after, const Visit& visit) const {
    sqlite3_stmt* select = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT seq, body FROM events WHERE seq > ?1 ORDER BY seq", -1, &select,
                           nullptr) != SQLITE_OK)
      return Fail("prepare select");
    sqlite3_bind_int64(select, 1, static_cast<sqlite3_int64>(after));
    Sequence last = after;
    int rc;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
      last = static_cast<Sequence>(sqlite3_column_int64(select, 0));
      const auto* body = static_cast<const char*>(sqlite3_column_blob(select, 1));
      auto event = DecodeRecord(std::string_view(body, static_cast<size_t>(sqlite3_column_bytes(select, 1))));
      if (!visit(last, event)) break;
    }
    sqlite3_finalize(select);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Fail("select events");
    return last;
  }

 private:
  SqliteLog() = default;

  tl::unexpected<Error> Fail(const std::string& what) const {
    return MakeError(ErrorCode::kIOError, what + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory"));
  }

  Result<void> Exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "unknown error";
      sqlite3_free(message);
      return MakeError(ErrorCode::kIOError, std::string(sql) + ": " + text);
    }
    return {};
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt* insert_ = nullptr;
  std::string record_;
};

struct Options {
  std::uint64_t events = 1000000;
  size_t batch = 1000;
  int runs = 3;
  int scan_runs = 3;
  std::uint64_t reappend = 100000;
};

using AppendFn = std::function<Result<std::vector<Sequence>>(const std::vector<Event>&)>;

// Appends the first `count` generated events in batches and returns the
// time spent inside `append` (generation excluded): wall, and CPU of the
// whole process (RocksDB's background flushes and compactions count).
// `expect_new`: every event must get a sequence; otherwise none may.
Result<Timing> TimeAppend(std::uint64_t count, size_t batch, bool expect_new, const AppendFn& append) {
  EventGenerator generator;
  std::vector<Event> events;
  Timing total;
  for (std::uint64_t done = 0; done < count;) {
    size_t n = static_cast<size_t>(std::min<std::uint64_t>(batch, count - done));
    generator.Next(n, &events);
    Stopwatch watch(/*whole_process=*/true);
    auto sequences = append(events);
    Timing t = watch.Elapsed();
    total.wall += t.wall;
    total.cpu += t.cpu;
    if (!sequences) return tl::unexpected(sequences.error());
    size_t appended = static_cast<size_t>(std::count_if(sequences->begin(), sequences->end(),
                                                        [](Sequence s) { return s != 0; }));
    if (appended != (expect_new ? n : 0))
      return MakeError(ErrorCode::kConflict, "batch at event " + std::to_string(done) + ": " +
                                                 std::to_string(appended) + " of " + std::to_string(n) +
                                                 " appended, expected " + (expect_new ? "all" : "none"));
    done += n;
  }
  return total;
}

// Scans with `read` and returns wall and this thread's CPU; checks that
// every event decoded.
Result<Timing> TimeScan(std::uint64_t expected, const std::function<Result<Sequence>(const Visit&)>& read) {
  std::uint64_t seen = 0, bad = 0;
  std::size_t checksum = 0;
  Stopwatch watch;
  auto last = read([&](Sequence, const Result<Event>& event) {
    ++seen;
    if (!event) {
      ++bad;
    } else {
      checksum += event->id.size();  // use the result so the decode counts
    }
    return true;
  });
  Timing t = watch.Elapsed();
  if (!last) return tl::unexpected(last.error());
  if (seen != expected || bad != 0 || checksum == 0)
    return MakeError(ErrorCode::kCorruption, "scan saw " + std::to_string(seen) + " events (" +
                                                 std::to_string(bad) + " undecodable), expected " +
                                                 std::to_string(expected));
  return t;
}

// One line comparing medians: rates by wall time and by CPU time.
void PrintCompare(const char* what, double count, Timing rocks, Timing sqlite) {
  std::printf("  %-24s rocksdb %s (%s per cpu-s)   sqlite %s (%s per cpu-s)\n", what,
              Rate(count, rocks.wall).c_str(), Rate(count, rocks.cpu).c_str(), Rate(count, sqlite.wall).c_str(),
              Rate(count, sqlite.cpu).c_str());
  std::printf("  %-24s ratio rocksdb/sqlite: %.2fx by wall time, %.2fx by CPU time\n", "",
              rocks.wall > 0 ? sqlite.wall / rocks.wall : 0.0, rocks.cpu > 0 ? sqlite.cpu / rocks.cpu : 0.0);
}

int Fail(const Error& error) {
  std::fprintf(stderr, "log_bench: %s\n", error.ToString().c_str());
  return 1;
}

int Run(const Options& options) {
  const std::uint64_t n = options.events;
  const double count = static_cast<double>(n);
  std::printf("log_bench: %s events, batches of %s, fsync per batch, %d append runs, %d scan runs\n",
              WithCommas(n).c_str(), WithCommas(options.batch).c_str(), options.runs, options.scan_runs);
  std::printf("machine: %u CPUs, load average %s\n", std::thread::hardware_concurrency(), LoadAverage().c_str());

  // What the events look like once stored, and decoding alone: the binary
  // record against the JSON of the same events.
  {
    const std::uint64_t sample = std::min<std::uint64_t>(n, 200000);
    EventGenerator generator;
    std::vector<Event> events;
    generator.Next(static_cast<size_t>(sample), &events);
    struct Form {
      const char* name;
      std::vector<std::string> encoded;
      std::uint64_t bytes = 0;
      Timing decode{};
    };
    Form forms[] = {{"JSON (EncodeEvent / DecodeEvent)", {}}, {"binary record (EncodeRecord / DecodeRecord)", {}}};
    for (const auto& event : events) {
      forms[0].encoded.push_back(EncodeEvent(event));
      forms[1].encoded.push_back(EncodeRecord(event));
    }
    for (Form& form : forms) {
      for (const auto& e : form.encoded) form.bytes += e.size();
      std::vector<Timing> decode_runs;
      Event event;
      for (int run = 0; run < options.scan_runs; ++run) {
        std::size_t ok = 0;
        Stopwatch watch;
        // Into one event, as a catch-up decodes (DecodeRecordInto takes either form).
        for (const auto& e : form.encoded) ok += DecodeRecordInto(e, event).has_value();
        decode_runs.push_back(watch.Elapsed());
        if (ok != form.encoded.size()) return Fail(Error{ErrorCode::kCorruption, "a synthetic event does not decode"});
      }
      form.decode = Median(decode_runs);
      std::printf("%-44s mean %.1f B an event; decoding alone, in memory: %s, %s per cpu-s (runs %s)\n", form.name,
                  static_cast<double>(form.bytes) / static_cast<double>(sample),
                  Rate(static_cast<double>(sample), form.decode.wall).c_str(),
                  Rate(static_cast<double>(sample), form.decode.cpu).c_str(), Runs(decode_runs).c_str());
    }
    std::printf("binary against JSON: %.2fx the bytes, decoding %.2fx as fast (cpu, first %s events)\n\n",
                static_cast<double>(forms[1].bytes) / static_cast<double>(forms[0].bytes),
                forms[0].decode.cpu / forms[1].decode.cpu, WithCommas(sample).c_str());
  }

  ScratchDir scratch("labwatch-log-bench");
  if (!scratch.ok()) return Fail(Error{ErrorCode::kIOError, "cannot make a scratch directory"});

  std::printf("append %s events, fsync per batch of %s, idempotency check included\n", WithCommas(n).c_str(),
              WithCommas(options.batch).c_str());
  std::printf("(wall time inside Append, and CPU of the whole process meanwhile)\n");
  std::vector<Timing> rocks_runs, sqlite_runs;
  std::uint64_t rocks_bytes = 0, sqlite_bytes = 0;
  std::string rocks_path, sqlite_path;
  for (int run = 0; run < options.runs; ++run) {
    rocks_path = scratch.path() + "/rocks-" + std::to_string(run);
    sqlite_path = scratch.path() + "/sqlite-" + std::to_string(run);
    std::filesystem::create_directories(sqlite_path);
    Timing rocks_time, sqlite_time;
    auto append_rocks = [&]() -> Result<void> {
      auto log = OpenRocksDbEventLog(rocks_path, OpenMode::kWriter, LogOptions{.sync = true, .wal = true});
      if (!log) return tl::unexpected(log.error());
      auto t = TimeAppend(n, options.batch, true, [&](const auto& events) { return (*log)->Append(events); });
      if (!t) return tl::unexpected(t.error());
      rocks_time = *t;
      return {};
    };
    auto append_sqlite = [&]() -> Result<void> {
      auto log = SqliteLog::Open(sqlite_path + "/events.db");
      if (!log) return tl::unexpected(log.error());
      auto t = TimeAppend(n, options.batch, true, [&](const auto& events) { return (*log)->Append(events); });
      if (!t) return tl::unexpected(t.error());
      sqlite_time = *t;
      return {};
    };
    // Alternate which goes first: the second one runs beside the first
    // one's leftovers (page cache writeback).
    bool rocks_first = run % 2 == 0;
    for (int step = 0; step < 2; ++step) {
      auto done = (step == 0) == rocks_first ? append_rocks() : append_sqlite();
      if (!done) return Fail(done.error());
    }
    rocks_runs.push_back(rocks_time);
    sqlite_runs.push_back(sqlite_time);
    rocks_bytes = DirectorySize(rocks_path);
    sqlite_bytes = DirectorySize(sqlite_path);
    std::printf("  run %d (%s first): rocksdb %.2f s wall %.2f s cpu %s | sqlite %.2f s wall %.2f s cpu %s\n",
                run + 1, rocks_first ? "rocksdb" : "sqlite", rocks_time.wall, rocks_time.cpu,
                Rate(count, rocks_time.wall).c_str(), sqlite_time.wall, sqlite_time.cpu,
                Rate(count, sqlite_time.wall).c_str());
    std::fflush(stdout);
    if (run + 1 < options.runs) {
      std::filesystem::remove_all(rocks_path);
      std::filesystem::remove_all(sqlite_path);
    }
  }
  const Timing rocks_append = Median(rocks_runs), sqlite_append = Median(sqlite_runs);
  PrintCompare("append, median:", count, rocks_append, sqlite_append);
  const double rocks_rate = count / rocks_append.wall;
  std::printf("  target: >= %s and ahead of SQLite: %s, %s (by wall time)\n", Rate(kAppendTarget, 1).c_str(),
              rocks_rate >= kAppendTarget ? "met" : "MISSED",
              rocks_append.wall < sqlite_append.wall ? "ahead" : "BEHIND");
  std::printf("  on disk after append: rocksdb %s, sqlite %s (%.0f and %.0f B/event)\n\n",
              Megabytes(rocks_bytes).c_str(), Megabytes(sqlite_bytes).c_str(),
              static_cast<double>(rocks_bytes) / count, static_cast<double>(sqlite_bytes) / count);
  std::fflush(stdout);

  // The last run's stores stay for the rest.
  auto rocks = OpenRocksDbEventLog(rocks_path, OpenMode::kWriter, LogOptions{.sync = true, .wal = true});
  if (!rocks) return Fail(rocks.error());
  auto sqlite = SqliteLog::Open(sqlite_path + "/events.db");
  if (!sqlite) return Fail(sqlite.error());

  const std::uint64_t again = std::min(options.reappend, n);
  if (again > 0) {
    std::printf("re-append %s events already recorded (all skipped), batches of %s\n",
                WithCommas(again).c_str(), WithCommas(options.batch).c_str());
    std::vector<Timing> rocks_again, sqlite_again;
    for (int run = 0; run < options.scan_runs; ++run) {
      auto r = TimeAppend(again, options.batch, false, [&](const auto& events) { return (*rocks)->Append(events); });
      if (!r) return Fail(r.error());
      auto s = TimeAppend(again, options.batch, false, [&](const auto& events) { return (*sqlite)->Append(events); });
      if (!s) return Fail(s.error());
      rocks_again.push_back(*r);
      sqlite_again.push_back(*s);
    }
    std::printf("  rocksdb runs %s\n  sqlite runs  %s\n", Runs(rocks_again).c_str(), Runs(sqlite_again).c_str());
    PrintCompare("re-append, median:", static_cast<double>(again), Median(rocks_again), Median(sqlite_again));
    std::printf("\n");
  }

  std::printf("full scan of %s events, each decoded with DecodeRecord (warm page cache)\n", WithCommas(n).c_str());
  std::vector<Timing> rocks_scan, sqlite_scan;
  for (int run = 0; run < options.scan_runs; ++run) {
    auto r = TimeScan(n, [&](const Visit& visit) { return (*rocks)->ReadFrom(0, visit); });
    if (!r) return Fail(r.error());
    auto s = TimeScan(n, [&](const Visit& visit) { return (*sqlite)->ReadFrom(0, visit); });
    if (!s) return Fail(s.error());
    rocks_scan.push_back(*r);
    sqlite_scan.push_back(*s);
  }
  std::printf("  rocksdb ReadFrom(0) runs %s\n  sqlite SELECT runs      %s\n", Runs(rocks_scan).c_str(),
              Runs(sqlite_scan).c_str());
  PrintCompare("scan + decode, median:", count, Median(rocks_scan), Median(sqlite_scan));
  std::printf("\nload average at the end: %s\n", LoadAverage().c_str());
  return 0;
}

}  // namespace
}  // namespace labwatch::bench

int main(int argc, char** argv) {
  labwatch::bench::Options options;
  CLI::App app{"labwatch event log benchmark: RocksDB EventLog against SQLite (WAL)"};
  app.add_option("--events", options.events, "events to append")->check(CLI::PositiveNumber);
  app.add_option("--batch", options.batch, "events per Append (one fsync each)")->check(CLI::PositiveNumber);
  app.add_option("--runs", options.runs, "append runs (fresh stores each)")->check(CLI::PositiveNumber);
  app.add_option("--scan-runs", options.scan_runs, "re-append and scan runs")->check(CLI::PositiveNumber);
  app.add_option("--reappend", options.reappend, "events to append again (0: skip)");
  CLI11_PARSE(app, argc, argv);
  return labwatch::bench::Run(options);
}
