// bench/owner_index_bench.cc
//
// Usage: owner_index_bench [--notes N] [--runs R]
//   defaults: --notes 1000000 --runs 5
//
// What noting a fact's owner costs a rebuild: N notes (a hash of a fact id,
// one of 20,000 records), with a lookup after every K-th note (K = none, 30
// and 3: a corroboration or retraction naming an earlier fact), through
// OwnerIndex (core/owner_index.h) and, as the baseline in the same process,
// the hash table it replaced (absl::flat_hash_map of hash -> owners). Prints
// the median CPU time of R runs of each (the calling thread's: on a shared
// machine it says what the work costs) and the ratio. Asserts nothing.

#include <absl/container/flat_hash_map.h>
#include <absl/container/inlined_vector.h>
#include <absl/hash/hash.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench/bench_util.h"
#include "core/owner_index.h"

namespace labwatch::bench {
namespace {

struct Record {
  int n = 0;
};

// Returns how many owners the lookups found, so that nothing is optimized away.
size_t RunOwnerIndex(std::vector<Record>& records, std::uint64_t notes, int every) {
  OwnerIndex<Record> index;
  size_t found = 0;
  for (std::uint64_t i = 0; i < notes; ++i) {
    index.Add(absl::HashOf(i), &records[i % records.size()]);
    if (every && i % every == 0) found += index.Find(absl::HashOf(i / 2)).size();
  }
  return found;
}

size_t RunHashTable(std::vector<Record>& records, std::uint64_t notes, int every) {
  absl::flat_hash_map<std::uint64_t, absl::InlinedVector<Record*, 1>> owners;
  size_t found = 0;
  for (std::uint64_t i = 0; i < notes; ++i) {
    auto& entries = owners[absl::HashOf(i)];
    Record* record = &records[i % records.size()];
    if (std::find(entries.begin(), entries.end(), record) == entries.end()) entries.push_back(record);
    if (every && i % every == 0)
      if (auto it = owners.find(absl::HashOf(i / 2)); it != owners.end()) found += it->second.size();
  }
  return found;
}

}  // namespace
}  // namespace labwatch::bench

int main(int argc, char** argv) {
  using namespace labwatch::bench;
  std::uint64_t notes = 1000000;
  int runs = 5;
  CLI::App app{"owner_index_bench: noting fact owners, OwnerIndex against a hash table"};
  app.add_option("--notes", notes)->check(CLI::PositiveNumber);
  app.add_option("--runs", runs)->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);

  std::vector<Record> records(20000);
  std::printf("%llu notes over %zu records, median CPU time of %d runs, load average %s\n",
              static_cast<unsigned long long>(notes), records.size(), runs, LoadAverage().c_str());
  for (int every : {0, 30, 3}) {
    std::vector<double> index_times, table_times;
    size_t index_found = 0, table_found = 0;
    for (int run = 0; run < runs; ++run) {
      Stopwatch index_watch;
      index_found = RunOwnerIndex(records, notes, every);
      index_times.push_back(index_watch.Elapsed().cpu);
      Stopwatch table_watch;
      table_found = RunHashTable(records, notes, every);
      table_times.push_back(table_watch.Elapsed().cpu);
    }
    if (index_found != table_found) {
      std::fprintf(stderr, "owner_index_bench: the two found %zu and %zu owners\n", index_found, table_found);
      return 1;
    }
    double index = Median(index_times), table = Median(table_times);
    std::printf("lookup %-12s OwnerIndex %.3f s, hash table %.3f s: %.2fx\n",
                every ? ("every " + std::to_string(every)).c_str() : "never", index, table, table / index);
  }
  return 0;
}
