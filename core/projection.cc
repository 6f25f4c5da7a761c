#include "core/projection.h"

#include <algorithm>
#include <iterator>

namespace labwatch {

void CollectedRuns::Collector::Put(std::string_view key, std::string_view value) {
  changes.push_back({std::string(key), std::string(value)});
}

void CollectedRuns::Collector::Delete(std::string_view key) { changes.push_back({std::string(key), std::nullopt}); }

RecordSink& CollectedRuns::Run(std::string_view first) { return runs_.emplace_back(first); }

void CollectedRuns::TakeInto(std::vector<StateChange>* out) {
  std::vector<Collector*> in_order;
  for (auto& run : runs_) in_order.push_back(&run);
  std::stable_sort(in_order.begin(), in_order.end(),
                   [](const Collector* a, const Collector* b) { return a->first < b->first; });
  for (Collector* run : in_order) {
    std::move(run->changes.begin(), run->changes.end(), std::back_inserter(*out));
    run->changes.clear();
  }
}

}  // namespace labwatch
