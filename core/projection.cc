#include "core/projection.h"

#include <iterator>

namespace labwatch {

void CollectedRuns::Collector::Put(std::string_view key, std::string_view value) {
  changes.push_back({std::string(key), std::string(value)});
}

void CollectedRuns::Collector::Delete(std::string_view key) { changes.push_back({std::string(key), std::nullopt}); }

RecordSink& CollectedRuns::Run(std::string_view) { return runs_.emplace_back(); }

void CollectedRuns::TakeInto(std::vector<StateChange>* out) {
  for (auto& run : runs_) {
    std::move(run.changes.begin(), run.changes.end(), std::back_inserter(*out));
    run.changes.clear();
  }
}

}  // namespace labwatch
