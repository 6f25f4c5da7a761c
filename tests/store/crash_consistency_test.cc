// Crash consistency: the labwatch binary runs in a child process and is
// SIGKILLed at random moments while it writes, then the work is resumed.
// Afterwards the log must hold each event exactly once, in order, with
// sequences 1..N, and `labwatch verify` must pass.
//
// The random delays come from a seeded generator. The seed is printed and
// recorded as a test property; set LABWATCH_CRASH_SEED to replay a failure.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <gtest/gtest.h>

#include "core/date.h"
#include "core/event.h"
#include "core/event_codec.h"
#include "tests/test_util.h"

extern char** environ;

namespace labwatch {
namespace {

using Clock = std::chrono::steady_clock;
using Seconds = std::chrono::duration<double>;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

// One full import is 30 batches of 1000 events, each fsynced: half a second
// to a second on a small machine, so random kills land before, between and
// after batches. Each trial also exports and verifies the whole log.
constexpr int kImportEvents = 30000;
constexpr int kImportTrials = 12;
// A full rebuild of these events commits about 22,000 record changes, so
// it is written as a table file and ingested (kIngestAt); `rebuild roster`
// alone commits about 10,500, in a write batch: kills land in both.
constexpr int kRebuildTrials = 6;

// ---- the input -------------------------------------------------------------

// `count` valid events of four types with unique ids "crash-000000", ...
std::vector<Event> MakeEvents(int count) {
  static const char* const kOrgs[] = {"Meta", "Mistral AI", "Google DeepMind", "OpenAI",
                                      "Anthropic", "Kyutai", "Thinking Machines Lab", "Cohere"};
  constexpr int kOrgCount = sizeof kOrgs / sizeof kOrgs[0];
  const Timestamp base = std::chrono::sys_days{std::chrono::year{2025} / 1 / 2} + std::chrono::hours{3} +
                         std::chrono::minutes{4} + std::chrono::seconds{5};
  std::vector<Event> events;
  events.reserve(count);
  for (int i = 0; i < count; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "crash-%06d", i);
    std::string person = "Person " + std::to_string((i / 4) % 2000);
    std::string org = kOrgs[i % kOrgCount];
    std::string other = kOrgs[(i / kOrgCount + 1 + i) % kOrgCount];
    Timestamp recorded = base + std::chrono::seconds{i};
    Date day = Date::Day(2020 + i % 6, 1 + static_cast<unsigned>(i % 12), 1 + static_cast<unsigned>(i % 28));
    Event event;
    switch (i % 4) {
      case 0:
        event = MakeEvent(EventType::kPersonJoined, id, recorded,
                          PersonMoved{person, org, other, "researcher", std::nullopt, std::nullopt, "", ""});
        break;
      case 1:
        event = MakeEvent(EventType::kPersonDeparted, id, recorded,
                          PersonMoved{person, other, org, "", std::nullopt, std::nullopt, "", ""});
        break;
      case 2:
        event = MakeEvent(EventType::kModelReleased, id, recorded,
                          ModelNews{org, "Model " + std::to_string(i), i % 3 == 0, i % 5 == 0, std::nullopt, ""});
        break;
      default:
        event = MakeEvent(EventType::kAffiliationAsserted, id, recorded,
                          AffiliationAsserted{person, org, day, "engineer", ""});
        break;
    }
    if (i % 3 != 0) event.occurred_at = day;
    event.source = "crash-test";
    events.push_back(std::move(event));
  }
  return events;
}

std::string ToJsonLines(const std::vector<Event>& events) {
  std::string text;
  for (const Event& event : events) {
    EncodeEvent(event, std::nullopt, &text);
    text.push_back('\n');
  }
  return text;
}

// ---- running the binary ----------------------------------------------------

// Starts `labwatch args...` with stdout and stderr sent to the given files.
pid_t SpawnLabwatch(const std::vector<std::string>& args, const std::string& out = "/dev/null",
                    const std::string& err = "/dev/null") {
  std::vector<std::string> full = {LABWATCH_BINARY};
  full.insert(full.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : full) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return spawned == 0 ? pid : -1;
}

struct Outcome {
  bool killed = false;  // ended by SIGKILL rather than exiting
  int exit_code = -1;
};

Outcome Reap(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return {};
  }
  Outcome outcome;
  outcome.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
  return outcome;
}

// Runs to completion; the exit code, -1 if it did not exit normally.
int RunLabwatch(const std::vector<std::string>& args, const std::string& out = "/dev/null",
                const std::string& err = "/dev/null") {
  pid_t pid = SpawnLabwatch(args, out, err);
  if (pid < 0) return -1;
  return Reap(pid).exit_code;
}

// Starts the command, SIGKILLs it after `delay` and reaps it. True if the
// kill landed (the command had not finished by itself).
bool RunAndKill(const std::vector<std::string>& args, Seconds delay) {
  pid_t pid = SpawnLabwatch(args);
  if (pid < 0) {
    ADD_FAILURE() << "cannot start " << LABWATCH_BINARY;
    return false;
  }
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  Outcome outcome = Reap(pid);
  if (!outcome.killed) {
    EXPECT_EQ(outcome.exit_code, 0) << "labwatch " << args[2] << " failed before it was killed";
  }
  return outcome.killed;
}

// ---- checking the result ---------------------------------------------------

// Exports `db` and checks that it holds exactly `events`, each once, in
// their order, with sequences 1..N. Returns a description of the first
// difference, or "" when they match.
std::string CheckExport(const std::string& db, const std::string& scratch, const std::vector<Event>& events) {
  std::string path = scratch + "/export.jsonl";
  std::string err = scratch + "/export.err";
  int code = RunLabwatch({"--db", db, "export"}, path, err);
  if (code != 0) return "export exited with " + std::to_string(code) + ": " + ReadFile(err);

  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < events.size(); ++i) index.emplace(events[i].id, i);
  std::vector<int> seen(events.size(), 0);
  std::istringstream lines(ReadFile(path));
  std::string line;
  std::uint64_t expected_seq = 1;
  std::string first_problem;
  auto note = [&](const std::string& problem) {
    if (first_problem.empty()) first_problem = problem;
  };
  while (std::getline(lines, line)) {
    constexpr std::string_view kSeq = "{\"seq\":";
    std::uint64_t seq = 0;
    if (line.compare(0, kSeq.size(), kSeq) == 0) seq = std::strtoull(line.c_str() + kSeq.size(), nullptr, 10);
    if (seq != expected_seq)
      note("line " + std::to_string(expected_seq) + " has seq " + std::to_string(seq) + ": " + line);
    auto event = DecodeEvent(line);
    if (!event) {
      note("line " + std::to_string(expected_seq) + " does not decode: " + event.error().message);
    } else if (auto found = index.find(event->id); found == index.end()) {
      note("event " + event->id + " at seq " + std::to_string(seq) + " was never imported");
    } else {
      size_t i = found->second;
      std::string where = "event " + event->id + " at seq " + std::to_string(seq);
      if (++seen[i] > 1) note(where + " appears a second time");
      if (*event != events[i]) note(where + " differs from the input");
      if (i + 1 != expected_seq) note(where + " is line " + std::to_string(i + 1) + " of the input");
    }
    ++expected_seq;
  }
  std::uint64_t exported = expected_seq - 1;
  if (exported != events.size())
    note("the log holds " + std::to_string(exported) + " events, the input " + std::to_string(events.size()));
  for (size_t i = 0; i < events.size(); ++i) {
    if (seen[i] == 0) {
      note("event " + events[i].id + " is missing");
      break;
    }
  }
  return first_problem;
}

// Runs `labwatch verify`; "" when it exits 0 and reports `events` events.
std::string CheckVerify(const std::string& db, const std::string& scratch, size_t events) {
  std::string out = scratch + "/verify.out";
  std::string err = scratch + "/verify.err";
  int code = RunLabwatch({"--db", db, "verify"}, out, err);
  std::string text = ReadFile(out);
  if (code != 0) return "verify exited with " + std::to_string(code) + ":\n" + text + ReadFile(err);
  std::string expected = "ok: " + std::to_string(events) + " events";
  if (text.find(expected) == std::string::npos) return "verify did not report \"" + expected + "\":\n" + text;
  return "";
}

std::uint32_t TestSeed() {
  if (const char* text = std::getenv("LABWATCH_CRASH_SEED"); text && *text)
    return static_cast<std::uint32_t>(std::strtoul(text, nullptr, 10));
  return std::random_device{}();
}

std::uint32_t AnnounceSeed(const char* test) {
  std::uint32_t seed = TestSeed();
  ::testing::Test::RecordProperty("seed", std::to_string(seed));
  std::cout << "[   SEED   ] " << test << ": LABWATCH_CRASH_SEED=" << seed << std::endl;
  return seed;
}

// "imported 12000 new events, 18000 already recorded" -> 18000.
std::optional<size_t> AlreadyRecorded(const std::string& summary) {
  auto comma = summary.find(", ");
  if (summary.rfind("imported ", 0) != 0 || comma == std::string::npos) return std::nullopt;
  return std::strtoull(summary.c_str() + comma + 2, nullptr, 10);
}

// ---- the tests -------------------------------------------------------------

TEST(CrashConsistency, KilledImportResumesWithEachEventExactlyOnce) {
  std::uint32_t seed = AnnounceSeed("KilledImportResumesWithEachEventExactlyOnce");
  std::mt19937 random(seed);
  TempDir scratch;
  const std::vector<Event> events = MakeEvents(kImportEvents);
  for (size_t i = 0; i < 4; ++i) {
    auto decoded = DecodeEvent(EncodeEvent(events[i]));
    ASSERT_TRUE(decoded && *decoded == events[i]) << "the generated events do not round-trip";
  }
  const std::string file = scratch.path() + "/events.jsonl";
  WriteFile(file, ToJsonLines(events));

  // Uninterrupted imports: the checks pass on one, and the faster (the
  // first pays for a cold cache) bounds the random delays.
  Seconds full{1e9};
  for (int run = 0; run < 2; ++run) {
    TempDir db;
    auto started = Clock::now();
    ASSERT_EQ(RunLabwatch({"--db", db.path(), "import", file}), 0);
    full = std::min<Seconds>(full, Clock::now() - started);
    if (run > 0) continue;
    ASSERT_EQ(CheckExport(db.path(), scratch.path(), events), "");
    ASSERT_EQ(CheckVerify(db.path(), scratch.path(), events.size()), "");
  }
  ::testing::Test::RecordProperty("full_import_seconds", std::to_string(full.count()));
  std::cout << "[   INFO   ] a full import of " << events.size() << " events takes " << full.count() << " s"
            << std::endl;

  std::uniform_real_distribution<double> delay(0.0, 1.2 * full.count());
  std::bernoulli_distribution twice(0.35);
  int kills = 0, mid_import = 0;
  for (int trial = 0; trial < kImportTrials; ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial) + ", LABWATCH_CRASH_SEED=" + std::to_string(seed));
    TempDir trial_db;
    const std::vector<std::string> import = {"--db", trial_db.path(), "import", file};
    int rounds = twice(random) ? 2 : 1;
    std::string delays;
    for (int round = 0; round < rounds; ++round) {
      Seconds wait{delay(random)};
      delays += (delays.empty() ? "" : ", ") + std::to_string(wait.count()) + " s";
      if (RunAndKill(import, wait)) ++kills;
    }
    SCOPED_TRACE("killed after " + delays);

    std::string out = scratch.path() + "/resume.out";
    std::string err = scratch.path() + "/resume.err";
    ASSERT_EQ(RunLabwatch(import, out, err), 0) << ReadFile(err);
    std::string summary = ReadFile(out);
    auto present = AlreadyRecorded(summary);
    ASSERT_TRUE(present) << "unexpected import summary: " << summary;
    if (*present > 0 && *present < events.size()) ++mid_import;

    ASSERT_EQ(CheckExport(trial_db.path(), scratch.path(), events), "");
    ASSERT_EQ(CheckVerify(trial_db.path(), scratch.path(), events.size()), "");
  }
  std::cout << "[   INFO   ] " << kImportTrials << " trials, " << kills << " kills landed, " << mid_import
            << " left a partial log" << std::endl;
  // Otherwise the trials tested nothing but whole or empty imports.
  EXPECT_GT(mid_import, 0);
}

TEST(CrashConsistency, KilledRebuildLeavesProjectionsThatVerify) {
  std::uint32_t seed = AnnounceSeed("KilledRebuildLeavesProjectionsThatVerify");
  std::mt19937 random(seed);
  TempDir scratch;
  const std::vector<Event> events = MakeEvents(kImportEvents);
  const std::string file = scratch.path() + "/events.jsonl";
  WriteFile(file, ToJsonLines(events));
  TempDir db;
  ASSERT_EQ(RunLabwatch({"--db", db.path(), "import", file}), 0);

  Seconds full{1e9};
  for (int run = 0; run < 2; ++run) {
    auto started = Clock::now();
    ASSERT_EQ(RunLabwatch({"--db", db.path(), "rebuild"}), 0);
    full = std::min<Seconds>(full, Clock::now() - started);
  }
  ASSERT_EQ(CheckVerify(db.path(), scratch.path(), events.size()), "");
  std::cout << "[   INFO   ] a full rebuild takes " << full.count() << " s" << std::endl;

  static const char* const kTargets[] = {"", "roster", "cohort", "landscape", "models"};
  std::uniform_real_distribution<double> delay(0.0, 1.2 * full.count());
  std::uniform_int_distribution<int> target(0, 4);
  std::bernoulli_distribution twice(0.35);
  int kills = 0;
  for (int trial = 0; trial < kRebuildTrials; ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial) + ", LABWATCH_CRASH_SEED=" + std::to_string(seed));
    int rounds = twice(random) ? 2 : 1;
    for (int round = 0; round < rounds; ++round) {
      std::vector<std::string> rebuild = {"--db", db.path(), "rebuild"};
      if (const char* name = kTargets[target(random)]; *name) rebuild.push_back(name);
      Seconds wait{delay(random)};
      SCOPED_TRACE("killed `rebuild " + (rebuild.size() > 3 ? rebuild[3] : std::string()) + "` after " +
                   std::to_string(wait.count()) + " s");
      if (RunAndKill(rebuild, wait)) ++kills;
      // Records and checkpoints are committed in one batch, so even before
      // a writer opens again the projections are a fold of a log prefix.
      ASSERT_EQ(CheckVerify(db.path(), scratch.path(), events.size()), "");
    }
    ASSERT_EQ(RunLabwatch({"--db", db.path(), "rebuild"}), 0);
    ASSERT_EQ(CheckVerify(db.path(), scratch.path(), events.size()), "");
  }
  ASSERT_EQ(CheckExport(db.path(), scratch.path(), events), "");
  std::cout << "[   INFO   ] " << kRebuildTrials << " trials, " << kills << " kills landed" << std::endl;
}

}  // namespace
}  // namespace labwatch
