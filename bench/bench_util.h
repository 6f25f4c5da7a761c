// bench/bench_util.h
//
// What the benchmark mains share: a monotonic clock, medians, number
// formatting, directory sizes and scratch directories. Benchmarks print
// figures and never assert on them: the machines they run on are noisy.

#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace labwatch::bench {

// Seconds on a monotonic clock.
double Now();

// CPU seconds used so far by this thread, and by the whole process (every
// thread, RocksDB's background flushes and compactions included). On a
// shared machine CPU time says what the work cost when wall time says how
// busy the neighbours were.
double ThreadCpuNow();
double ProcessCpuNow();

// A wall and a CPU reading (the CPU of this thread or of the process).
struct Timing {
  double wall = 0;
  double cpu = 0;
};

// Starts timing now; Elapsed() is the time since.
class Stopwatch {
 public:
  explicit Stopwatch(bool whole_process = false);
  Timing Elapsed() const;

 private:
  bool whole_process_;
  double wall_;
  double cpu_;
};

// The median of the walls and, separately, of the CPUs.
Timing Median(const std::vector<Timing>& timings);

// "1.20/0.98 1.31/1.02 s" (wall/cpu) for the runs.
std::string Runs(const std::vector<Timing>& timings);

// "0.52 0.61 0.70" from /proc/loadavg, or "?".
std::string LoadAverage();

// The median (mean of the middle two for an even count); 0 for none.
double Median(std::vector<double> values);

// The value below which `fraction` of `values` fall (nearest rank).
double Percentile(std::vector<double> values, double fraction);

// "1,234,567".
std::string WithCommas(std::uint64_t n);

// "183,402 events/s" for `count` events in `seconds`.
std::string Rate(double count, double seconds);

// "12.3 MB".
std::string Megabytes(std::uint64_t bytes);

// Total size of the regular files under `path`; 0 if it does not exist.
std::uint64_t DirectorySize(const std::string& path);

// Joins "run times: 1.20 1.31 1.25 s" from seconds.
std::string Runs(const std::vector<double>& seconds);

// A directory made fresh under $TMPDIR (or /tmp) and removed, with what is
// in it, on destruction unless Keep() was called.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& prefix);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }
  bool ok() const { return !path_.empty(); }
  void Keep() { keep_ = true; }

 private:
  std::string path_;
  bool keep_ = false;
};

}  // namespace labwatch::bench
