#include "bench/bench_util.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <stdlib.h>
#include <time.h>

namespace labwatch::bench {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

namespace {

double CpuClock(clockid_t clock) {
  timespec ts{};
  if (clock_gettime(clock, &ts) != 0) return 0;
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

double ThreadCpuNow() { return CpuClock(CLOCK_THREAD_CPUTIME_ID); }
double ProcessCpuNow() { return CpuClock(CLOCK_PROCESS_CPUTIME_ID); }

Stopwatch::Stopwatch(bool whole_process)
    : whole_process_(whole_process), wall_(Now()), cpu_(whole_process ? ProcessCpuNow() : ThreadCpuNow()) {}

Timing Stopwatch::Elapsed() const {
  return {Now() - wall_, (whole_process_ ? ProcessCpuNow() : ThreadCpuNow()) - cpu_};
}

Timing Median(const std::vector<Timing>& timings) {
  std::vector<double> walls, cpus;
  for (const auto& t : timings) {
    walls.push_back(t.wall);
    cpus.push_back(t.cpu);
  }
  return {Median(walls), Median(cpus)};
}

std::string Runs(const std::vector<Timing>& timings) {
  std::string out;
  for (const auto& t : timings) {
    char text[48];
    std::snprintf(text, sizeof text, "%s%.3f/%.3f", out.empty() ? "" : " ", t.wall, t.cpu);
    out += text;
  }
  return out + " s wall/cpu";
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  if (!(in >> one >> five >> fifteen)) return "?";
  return one + " " + five + " " + fifteen;
}

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double Percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto rank = static_cast<size_t>(std::ceil(fraction * static_cast<double>(values.size())));
  return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

std::string WithCommas(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string Rate(double count, double seconds) {
  if (seconds <= 0) return "n/a";
  return WithCommas(static_cast<std::uint64_t>(count / seconds + 0.5)) + " events/s";
}

std::string Megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

std::uint64_t DirectorySize(const std::string& path) {
  std::error_code ec;
  std::uint64_t total = 0;
  for (std::filesystem::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) {
      auto size = it->file_size(size_ec);
      if (!size_ec) total += size;
    }
  }
  return total;
}

std::string Runs(const std::vector<double>& seconds) {
  std::string out;
  for (double s : seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%s%.3f", out.empty() ? "" : " ", s);
    out += text;
  }
  return out + " s";
}

ScratchDir::ScratchDir(const std::string& prefix) {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/" + prefix + "-XXXXXX";
  if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
}

ScratchDir::~ScratchDir() {
  if (path_.empty() || keep_) return;
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace labwatch::bench
