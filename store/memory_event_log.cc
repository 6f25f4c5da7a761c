// The in-memory EventLog. Events are kept encoded, as the RocksDB log keeps
// them, so tests that use it also exercise the codec.

#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "core/event_record.h"
#include "core/event_log.h"

namespace labwatch {
namespace {

class MemoryEventLog final : public EventLog {
 public:
  Result<std::vector<Sequence>> Append(const std::vector<Event>& events) override {
    std::unique_lock lock(mutex_);
    for (const Event& event : events)
      if (event.id.empty()) return MakeError(ErrorCode::kInvalidArgument, "event with an empty id");
    std::vector<Sequence> sequences;
    sequences.reserve(events.size());
    for (const Event& event : events) {
      if (ids_.count(event.id)) {
        sequences.push_back(0);
        continue;
      }
      records_.push_back(EncodeRecord(event));
      ids_.emplace(event.id, records_.size());
      sequences.push_back(records_.size());
    }
    return sequences;
  }

  Result<Sequence> ReadRecords(Sequence after,
                               const std::function<bool(Sequence, std::string_view)>& visit) const override {
    std::shared_lock lock(mutex_);
    Sequence last = after;
    for (Sequence seq = after + 1; seq <= records_.size(); ++seq) {
      last = seq;
      if (!visit(seq, records_[seq - 1])) break;
    }
    return last;
  }

  Result<Sequence> LastSequence() const override {
    std::shared_lock lock(mutex_);
    return records_.size();
  }

  Result<Sequence> Find(std::string_view id) const override {
    std::shared_lock lock(mutex_);
    auto it = ids_.find(std::string(id));
    if (it == ids_.end()) return MakeError(ErrorCode::kNotFound, "no event " + std::string(id));
    return it->second;
  }

 private:
  mutable std::shared_mutex mutex_;
  std::vector<std::string> records_;
  std::unordered_map<std::string, Sequence> ids_;
};

}  // namespace

std::unique_ptr<EventLog> NewMemoryEventLog() { return std::make_unique<MemoryEventLog>(); }

}  // namespace labwatch
