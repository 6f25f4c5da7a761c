// cli/commands.h
//
// The labwatch command line, callable in-process so tests can run it
// against a temporary database and compare its output with golden files.
// main() only fills a CliContext from the process (streams, clock,
// environment) and returns RunCli's exit code.
//
// Exit codes: 0 ok, 1 not found, 2 usage, 65 bad data, 74 I/O error
// (including a database held by another writer).

#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"

namespace labwatch {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitDataError = 65;
inline constexpr int kExitIOError = 74;

struct CliContext {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  Timestamp now;           // "today" for queries and recorded_at for manual facts
  std::string default_db;  // LABWATCH_DB, else /var/lib/labwatch
};

// The exit code for an error of this kind.
int ExitCodeFor(const Error& error);

// Runs `args` (args[0] is the program name) and returns the exit code.
int RunCli(const std::vector<std::string>& args, CliContext& context);

}  // namespace labwatch
