// bench/rebuild_bench.cc
//
// Usage: rebuild_bench [--events N] [--runs R] [--memory-runs M] [--batch B]
//                      [--db DIR] [--keep] [--reuse DIR] [--labwatch BIN]
//   defaults: --events 1000000 --runs 3 --memory-runs 1 --batch 10000; the
//             database goes in a scratch directory under $TMPDIR (or /tmp).
//   --db DIR  build the database there (DIR must not exist or be empty);
//   --keep    leave the database behind for bench/query_bench.sh.
//   --reuse DIR  skip the setup: time the rebuilds on a database an earlier
//             --keep left there (the events are those of its log).
//   --labwatch BIN  the binary whose rebuild command is timed (default:
//             the labwatch of this build tree).
//   e.g. build-bench/bench/rebuild_bench --db /tmp/lw-bench --keep
//
// Builds a labwatch database of N synthetic events (bench/synthetic.h) and
// times what rebuilding the projections costs:
//
// 1. Setup (printed, not the point): Database::Open with log.sync = false,
//    log().Append in batches of B, one CatchUp to fold and persist them,
//    and closing the Database.
// 2. The command a user runs, R times: `labwatch --db DIR rebuild` as a
//    child process, start and exit included. It rebuilds every projection
//    as the database opens instead of loading it: read and decode the
//    whole log, fold every projection (the roster on a second thread),
//    persist them (one commit at the end, synced). Target: <= 2 s for 1M.
//    Then, in this process, Database::Open with default options (loads
//    every projection record) and Database::Rebuild("") R times on it,
//    which also frees the state it replaces first (no command does; the
//    tests do); its ratio to the command is printed.
// 3. The same work in memory, M times, so the persist cost is visible:
//    ReadFrom(0) alone (read + DecodeRecord); MakeProjections() folded over
//    ReadFrom(0), timing each projection's Apply on the side, with
//    TakeChanges (encoding the changed records) every commit_every events
//    and at the end, as Rebuild's commits do, counting the bytes; then
//    freeing the projections, as Rebuild frees those it replaces. This part
//    runs on one thread, so it shows what each step costs in CPU.
//
// Wall times come with CPU time (of the child for the command, of the
// whole process for Rebuild, of the calling thread for the rest): on a shared
// machine the CPU time says what the work costs, the wall time how busy the
// neighbours were. Figures are medians, with each run listed. Nothing here
// asserts a time.

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench/bench_util.h"
#include "bench/synthetic.h"
#include "core/projection.h"
#include "store/database.h"
#include "store/rocksdb_event_log.h"

namespace labwatch::bench {
namespace {

constexpr double kRebuildTarget = 2.0;  // seconds for 1M events

struct Options {
  std::uint64_t events = 1000000;
  int runs = 3;
  int memory_runs = 1;
  size_t batch = 10000;
  std::string db;
  bool keep = false;
  std::string reuse;
  std::string labwatch = LABWATCH_BINARY;  // the build's own, beside this one
};

int Fail(const Error& error) {
  std::fprintf(stderr, "rebuild_bench: %s\n", error.ToString().c_str());
  return 1;
}

// Appends the events with sync off and folds them in once.
Result<void> Setup(const std::string& dir, const Options& options) {
  DatabaseOptions setup_options;
  setup_options.log.sync = false;
  Stopwatch watch;
  auto db = Database::Open(dir, setup_options);
  if (!db) return tl::unexpected(db.error());
  EventGenerator generator;
  std::vector<Event> events;
  for (std::uint64_t done = 0; done < options.events;) {
    size_t n = static_cast<size_t>(std::min<std::uint64_t>(options.batch, options.events - done));
    generator.Next(n, &events);
    auto appended = (*db)->log().Append(events);
    if (!appended) return tl::unexpected(appended.error());
    done += n;
  }
  Timing appended = watch.Elapsed();
  auto caught_up = (*db)->CatchUp();
  if (!caught_up) return tl::unexpected(caught_up.error());
  Timing folded = watch.Elapsed();
  db->reset();
  Timing closed = watch.Elapsed();
  std::printf("setup (wall/cpu of this thread): append %s events, sync off, generation included %.2f/%.2f s;\n"
              "  CatchUp (fold + persist) %.2f/%.2f s; Database destructor %.2f/%.2f s\n",
              WithCommas(options.events).c_str(), appended.wall, appended.cpu, folded.wall - appended.wall,
              folded.cpu - appended.cpu, closed.wall - folded.wall, closed.cpu - folded.cpu);
  return {};
}

// What Rebuild does, without RocksDB: MakeProjections() folded over
// ReadFrom(0), TakeChanges of every projection every `commit_every` events
// and at the end (the records Rebuild's commits encode and write), then
// freeing the projections (as Rebuild frees the ones it replaces). Each
// projection's Apply and TakeChanges is timed on the side.
struct MemoryFold {
  Timing fold;    // ReadFrom(0) with every Apply, the commits' TakeChanges taken out
  Timing encode;  // TakeChanges at every commit
  Timing free;    // destroying the projections
  int commits = 0;
  std::vector<std::string> names;
  std::vector<double> apply;  // wall seconds in each projection's Apply
  std::vector<double> take;   // wall seconds in each projection's TakeChanges, all commits
  std::vector<std::uint64_t> records;  // records written, all commits
  std::vector<std::uint64_t> bytes;    // keys and values written, all commits
};

Result<MemoryFold> FoldInMemory(const EventLog& log, std::uint64_t expected, Sequence commit_every) {
  MemoryFold result;
  auto projections = MakeProjections();
  const size_t count = projections.size();
  for (const auto& projection : projections) result.names.emplace_back(projection->Name());
  result.apply.assign(count, 0);
  result.take.assign(count, 0);
  result.records.assign(count, 0);
  result.bytes.assign(count, 0);
  auto commit = [&]() {
    Stopwatch watch;
    for (size_t i = 0; i < count; ++i) {
      std::vector<StateChange> changes;
      double start = Now();
      projections[i]->TakeChanges(&changes);
      result.take[i] += Now() - start;
      for (const auto& change : changes)
        result.bytes[i] += change.key.size() + (change.value ? change.value->size() : 0);
      result.records[i] += changes.size();
    }
    Timing t = watch.Elapsed();
    result.encode.wall += t.wall;
    result.encode.cpu += t.cpu;
    ++result.commits;
  };

  std::uint64_t seen = 0;
  Stopwatch fold_watch;
  auto last = log.ReadFrom(0, [&](Sequence seq, const Result<Event>& event) {
    ++seen;
    if (event) {
      for (size_t i = 0; i < count; ++i) {
        double start = Now();
        projections[i]->Apply(seq, *event);
        result.apply[i] += Now() - start;
      }
    }
    if (seen % commit_every == 0) commit();
    return true;
  });
  result.fold = fold_watch.Elapsed();
  if (!last) return tl::unexpected(last.error());
  if (seen != expected)
    return MakeError(ErrorCode::kCorruption, "fold saw " + std::to_string(seen) + " events, expected " +
                                                 std::to_string(expected));
  result.fold.wall -= result.encode.wall;
  result.fold.cpu -= result.encode.cpu;
  commit();
  Stopwatch free_watch;
  projections.clear();
  result.free = free_watch.Elapsed();
  return result;
}

struct CommandRun {
  Timing timing;
  std::string said;  // the command's own line: its phases
};

// Runs `labwatch --db DIR rebuild` and waits for it: the wall time, and
// the CPU time of the child (user and system, every thread).
Result<CommandRun> RunRebuildCommand(const std::string& labwatch, const std::string& dir) {
  auto children_cpu = [] {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
  };
  const std::string command = "'" + labwatch + "' --db '" + dir + "' rebuild 2>&1";
  const double cpu_before = children_cpu();
  Stopwatch watch;  // its wall clock; the CPU is the child's
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return MakeError(ErrorCode::kIOError, "cannot run " + command);
  CommandRun run;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) run.said += buffer;
  const int status = pclose(pipe);
  run.timing.wall = watch.Elapsed().wall;
  run.timing.cpu = children_cpu() - cpu_before;
  while (!run.said.empty() && run.said.back() == '\n') run.said.pop_back();
  if (status != 0) return MakeError(ErrorCode::kIOError, command + " failed: " + run.said);
  return run;
}

int Run(const Options& options) {
  std::unique_ptr<ScratchDir> scratch;
  std::string dir = options.reuse.empty() ? options.db : options.reuse;
  std::uint64_t n = options.events;
  if (!options.reuse.empty()) {
    auto log = OpenRocksDbEventLog(dir + "/log", OpenMode::kReader);
    if (!log) return Fail(log.error());
    auto last = (*log)->LastSequence();
    if (!last) return Fail(last.error());
    n = *last;
  } else if (dir.empty()) {
    scratch = std::make_unique<ScratchDir>("labwatch-rebuild-bench");
    if (!scratch->ok()) return Fail(Error{ErrorCode::kIOError, "cannot make a scratch directory"});
    dir = scratch->path() + "/db";
    if (options.keep) scratch->Keep();
  } else {
    std::error_code ec;
    if (std::filesystem::exists(dir, ec) && !std::filesystem::is_empty(dir, ec))
      return Fail(Error{ErrorCode::kInvalidArgument, dir + " is not empty; give a new directory to --db"});
  }
  std::printf("rebuild_bench: %s events in %s, %d runs\n", WithCommas(n).c_str(), dir.c_str(), options.runs);
  std::printf("machine: %u CPUs, load average %s\n", std::thread::hardware_concurrency(), LoadAverage().c_str());
  std::fflush(stdout);

  if (options.reuse.empty()) {
    if (auto done = Setup(dir, options); !done) return Fail(done.error());
  }
  std::printf("database on disk: %s (log %s, projections %s)\n\n", Megabytes(DirectorySize(dir)).c_str(),
              Megabytes(DirectorySize(dir + "/log")).c_str(), Megabytes(DirectorySize(dir + "/projections")).c_str());

  // The target is judged on what a user runs: the `labwatch rebuild`
  // command, process start and exit included, as a child of this one.
  std::printf("%s --db %s rebuild: read + decode + fold every projection + persist, process start and\n"
              "exit included (wall, and CPU of the child: the roster folds on a thread of its own)\n",
              options.labwatch.c_str(), dir.c_str());
  std::fflush(stdout);
  std::vector<Timing> command_runs;
  for (int run = 0; run < options.runs; ++run) {
    auto t = RunRebuildCommand(options.labwatch, dir);
    if (!t) return Fail(t.error());
    command_runs.push_back(t->timing);
    std::printf("  run %d: %.3f s wall, %.3f s cpu  (load average %s)  %s\n", run + 1, t->timing.wall, t->timing.cpu,
                LoadAverage().c_str(), t->said.c_str());
    std::fflush(stdout);
  }
  const Timing command = Median(command_runs);
  std::printf("  median %.3f s wall, %.3f s cpu  %s\n", command.wall, command.cpu,
              Rate(static_cast<double>(n), command.wall).c_str());
  const double per_million = command.wall * 1e6 / static_cast<double>(n);
  std::printf("  target <= %.1f s for 1M events: %s", kRebuildTarget, per_million <= kRebuildTarget ? "met" : "MISSED");
  if (n != 1000000) std::printf(" (%.2f s scaled linearly to 1M)", per_million);
  std::printf("\n\n");

  Stopwatch open_watch;
  auto db = Database::Open(dir);
  if (!db) return Fail(db.error());
  Timing opened = open_watch.Elapsed();
  std::printf("Database::Open, default options (loads every projection record): %.3f s wall, %.3f s cpu\n",
              opened.wall, opened.cpu);
  std::printf("Database::Rebuild(\"\") on that open database: the same, and before it freeing the state\n"
              "it replaces (no command does this today; the tests do)\n");
  std::fflush(stdout);
  std::vector<Timing> rebuild_runs;
  std::vector<double> fold_phase, persist_phase;
  for (int run = 0; run < options.runs; ++run) {
    Stopwatch watch(/*whole_process=*/true);
    auto report = (*db)->Rebuild("");
    Timing t = watch.Elapsed();
    if (!report) return Fail(report.error());
    if (report->folded != n || !report->skipped.empty())
      return Fail(Error{ErrorCode::kCorruption, "rebuild folded " + std::to_string(report->folded) + " events, " +
                                                    std::to_string(report->skipped.size()) + " skipped"});
    rebuild_runs.push_back(t);
    fold_phase.push_back(report->fold_seconds);
    persist_phase.push_back(report->persist_seconds);
    std::printf("  run %d: %.3f s wall (reading and folding %.3f s, then persisting %.3f s), %.3f s cpu  %s  "
                "(load average %s)\n",
                run + 1, t.wall, report->fold_seconds, report->persist_seconds, t.cpu,
                Rate(static_cast<double>(n), t.wall).c_str(), LoadAverage().c_str());
    std::fflush(stdout);
  }
  const Timing rebuild = Median(rebuild_runs);
  std::printf("  median %.3f s wall (reading and folding %.3f s, then persisting %.3f s), %.3f s cpu  %s\n",
              rebuild.wall, Median(fold_phase), Median(persist_phase), rebuild.cpu,
              Rate(static_cast<double>(n), rebuild.wall).c_str());
  std::printf("  against labwatch rebuild: %.2fx the wall time\n\n", rebuild.wall / command.wall);

  // --memory-runs 0 skips the in-memory breakdown (it needs the time of a few rebuilds).
  if (options.memory_runs > 0) {
    const EventLog& log = (*db)->log();
    const Sequence commit_every = DatabaseOptions{}.commit_every;
    std::printf("the same in memory, no RocksDB writes (wall/cpu of this thread)\n");
    std::fflush(stdout);
    std::vector<Timing> scan_runs, fold_runs, encode_runs, free_runs;
    MemoryFold last_fold;
    for (int run = 0; run < options.memory_runs; ++run) {
      std::uint64_t seen = 0;
      Stopwatch watch;
      auto last = log.ReadFrom(0, [&](Sequence, const Result<Event>& event) {
        seen += event.has_value();
        return true;
      });
      scan_runs.push_back(watch.Elapsed());
      if (!last) return Fail(last.error());
      if (seen != n) return Fail(Error{ErrorCode::kCorruption, "scan decoded " + std::to_string(seen) + " events"});
      auto fold = FoldInMemory(log, n, commit_every);
      if (!fold) return Fail(fold.error());
      fold_runs.push_back(fold->fold);
      encode_runs.push_back(fold->encode);
      free_runs.push_back(fold->free);
      last_fold = std::move(*fold);
    }
    const Timing scan = Median(scan_runs), fold = Median(fold_runs), encode = Median(encode_runs),
                 freed = Median(free_runs);
    std::uint64_t written = 0;
    for (auto bytes : last_fold.bytes) written += bytes;
    std::printf("  ReadFrom(0), read + DecodeRecord only:         %s\n", Runs(scan_runs).c_str());
    std::printf("  ReadFrom(0) + Apply to %zu projections:          %s\n", last_fold.names.size(),
                Runs(fold_runs).c_str());
    std::printf("  TakeChanges at %d commit(s), every %s events: %s\n", last_fold.commits,
                WithCommas(commit_every).c_str(), Runs(encode_runs).c_str());
    std::printf("  freeing the projections:                       %s\n", Runs(free_runs).c_str());
    std::printf("  records the commits write: %s in all (the projections directory holds %s after the rebuilds)\n",
                Megabytes(written).c_str(), Megabytes(DirectorySize(dir + "/projections")).c_str());
    std::printf("  per projection (wall; the clock calls around each Apply add a little):\n");
    for (size_t i = 0; i < last_fold.names.size(); ++i)
      std::printf("    %-10s Apply %7.3f s   TakeChanges %6.3f s   writes %9s records, %s\n",
                  last_fold.names[i].c_str(), last_fold.apply[i], last_fold.take[i],
                  WithCommas(last_fold.records[i]).c_str(), Megabytes(last_fold.bytes[i]).c_str());

    auto line = [&](const char* what, Timing t) {
      std::printf("    %-40s %8.3f %5.0f%%\n", what, t.cpu, 100 * t.cpu / rebuild.cpu);
    };
    std::printf("  each part on one thread, against the rebuild median's CPU:   cpu s      %%\n");
    line("read + DecodeRecord", scan);
    line("fold (Apply)", {fold.wall - scan.wall, fold.cpu - scan.cpu});
    line("encode records at commits (TakeChanges)", encode);
    line("free the replaced projections", freed);
    line("rest: RocksDB writes, the roster thread", {0, rebuild.cpu - fold.cpu - encode.cpu - freed.cpu});
    std::printf("    (Rebuild folds the roster on a second thread, so its wall time is less than the sum\n"
                "     of the parts; a negative rest is within the noise of this machine)\n");
    std::printf("\n");
  }
  db->reset();

  if (options.keep) {
    std::printf("kept %s\nquery it with: bench/query_bench.sh --db %s --org \"%s\" --person \"%s\" --cohort %s\n",
                dir.c_str(), dir.c_str(), CohortOrg().c_str(), PersonName(0).c_str(), kCohortName);
  } else if (!options.db.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  return 0;
}

}  // namespace
}  // namespace labwatch::bench

int main(int argc, char** argv) {
  labwatch::bench::Options options;
  CLI::App app{"labwatch rebuild benchmark: Database::Rebuild over synthetic events"};
  app.add_option("--events", options.events, "events in the database")->check(CLI::PositiveNumber);
  app.add_option("--runs", options.runs, "timed runs of Rebuild")->check(CLI::PositiveNumber);
  app.add_option("--memory-runs", options.memory_runs, "runs of the in-memory scan and fold (0: none)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--batch", options.batch, "events per Append while building")->check(CLI::PositiveNumber);
  app.add_option("--db", options.db, "build the database in this new directory");
  app.add_flag("--keep", options.keep, "keep the database for bench/query_bench.sh");
  app.add_option("--labwatch", options.labwatch, "the labwatch binary whose rebuild command is timed")
      ->check(CLI::ExistingFile);
  app.add_option("--reuse", options.reuse, "time the rebuilds on this database, kept by an earlier run")
      ->check(CLI::ExistingDirectory)
      ->excludes("--db");
  CLI11_PARSE(app, argc, argv);
  return labwatch::bench::Run(options);
}
