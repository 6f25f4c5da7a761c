// core/fact.h
//
// What every projection keeps about a fact: its event id and sequence, its
// effective date, its sources (the reporting event first, then each
// FactCorroborated), and whether it was retracted. Plus RecordTable, the
// keyed store of records each projection folds into, which tracks what
// changed since it was last persisted and which record holds each fact.
//
// Not thread-safe: a projection is folded by one thread.

#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <unordered_set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/coding.h"
#include "core/event.h"
#include "core/event_log.h"

namespace labwatch {

// One report of a fact.
struct Source {
  std::string event_id;  // the fact's own event, or a FactCorroborated
  std::string source;    // outlet, URL or "manual"
  std::string url;
  Timestamp recorded_at{};  // when it was reported (published), else recorded
  double confidence = 1.0;  // of this report alone

  // Who reported it: the URL's host without "www.", else the source's fold
  // key. Reports from one site are not independent of each other.
  std::string Site() const;
  bool operator==(const Source&) const = default;
};

struct FactBase {
  std::string id;
  Sequence seq = 0;
  Date date;           // occurred_at, else the day it was recorded
  bool dated = false;  // true when a date was stated (not the report's)
  std::vector<Source> sources;
  bool retracted = false;
  std::string retraction;  // the reason

  // The day of the earliest report.
  Date FirstReported() const;
  // How sure we are: independent sites raise it. The best report of each
  // site counts once: 1 - (1 - c1)(1 - c2)... over sites.
  double Confidence() const;
  void EncodeBase(std::string* out) const;
  void DecodeBase(ByteReader& in);
};

// The FactBase of a fact event: id, seq, dates, and the event as its first
// source with the evidence's confidence and report date.
FactBase FactFromEvent(Sequence seq, const Event& event, const std::optional<Evidence>& evidence);

// Orders facts as the conflict rule wants: by effective date, then sequence.
bool ByDateThenSequence(const FactBase& a, const FactBase& b);

void EncodeDate(std::string* out, const Date& date);
Date DecodeDate(ByteReader& in);

// A persisted record change: the value, or nullopt for a deletion.
struct StateChange {
  std::string key;
  std::optional<std::string> value;
  bool operator==(const StateChange&) const = default;
};

// Records of one kind, keyed by a fold key and persisted under
// "<tag>/<key>". Record must provide
//   void Encode(std::string*) const;
//   bool Decode(std::string_view);           // false if malformed
//   void ForEachFact(const std::function<void(FactBase&)>&);
template <typename Record>
class RecordTable {
 public:
  explicit RecordTable(std::string tag) : prefix_(std::move(tag) + "/") {}

  const std::map<std::string, Record>& records() const { return records_; }

  const Record* Find(const std::string& key) const {
    auto it = records_.find(key);
    return it == records_.end() ? nullptr : &it->second;
  }

  // The record at `key`, created empty if absent, marked changed.
  Record& Touch(const std::string& key) {
    dirty_.insert(key);
    return records_[key];
  }

  void Erase(const std::string& key) {
    records_.erase(key);
    dirty_.insert(key);
  }

  // Notes that the record at `key` holds fact `id`.
  void Own(const std::string& id, const std::string& key) {
    auto& keys = owners_[id];
    for (const auto& k : keys)
      if (k == key) return;
    keys.push_back(key);
  }

  void Disown(const std::string& id, const std::string& key) {
    auto it = owners_.find(id);
    if (it == owners_.end()) return;
    std::erase(it->second, key);
    if (it->second.empty()) owners_.erase(it);
  }

  // Calls `update` on every fact with `id`, marking its record changed.
  // Returns false when no record holds it.
  bool UpdateFact(const std::string& id, const std::function<void(FactBase&)>& update) {
    auto it = owners_.find(id);
    if (it == owners_.end()) return false;
    for (const auto& key : it->second) {
      Record& record = Touch(key);
      record.ForEachFact([&](FactBase& fact) {
        if (fact.id == id) update(fact);
      });
    }
    return true;
  }

  // Applies a FactCorroborated or FactRetracted if the fact is ours.
  void ApplyToFact(const Event& event) {
    if (const auto* c = std::get_if<FactCorroborated>(&event.data)) {
      UpdateFact(c->id, [&](FactBase& fact) {
        for (const auto& s : fact.sources)
          if (s.event_id == event.id) return;
        fact.sources.push_back(Source{event.id, c->source, c->url, c->reported_at.value_or(event.recorded_at),
                                      c->confidence.value_or(1.0)});
      });
    } else if (const auto* r = std::get_if<FactRetracted>(&event.data)) {
      UpdateFact(r->id, [&](FactBase& fact) {
        fact.retracted = true;
        fact.retraction = r->reason;
      });
    }
  }

  // The keys changed since the last TakeChanges, in no order.
  std::vector<std::string> ChangedKeys() const { return {dirty_.begin(), dirty_.end()}; }

  // Moves the changes since the last call into `out`, keys prefixed, in key
  // order.
  void TakeChanges(std::vector<StateChange>* out) {
    std::vector<std::string> keys(dirty_.begin(), dirty_.end());
    std::sort(keys.begin(), keys.end());
    for (const auto& key : keys) {
      auto it = records_.find(key);
      StateChange change{prefix_ + key, std::nullopt};
      if (it != records_.end()) {
        change.value.emplace();
        it->second.Encode(&*change.value);
      }
      out->push_back(std::move(change));
    }
    dirty_.clear();
  }

  // True if `key` (as persisted) belongs to this table; then restores it.
  bool Claims(std::string_view key) const { return key.starts_with(prefix_); }

  Result<void> Load(std::string_view key, std::string_view value) {
    std::string record_key(key.substr(prefix_.size()));
    Record record;
    if (!record.Decode(value))
      return MakeError(ErrorCode::kCorruption, "record " + std::string(key) + " does not decode");
    record.ForEachFact([&](FactBase& fact) { Own(fact.id, record_key); });
    records_[record_key] = std::move(record);
    return {};
  }

  void Snapshot(std::vector<std::pair<std::string, std::string>>* out) const {
    for (const auto& [key, record] : records_) {
      std::string value;
      record.Encode(&value);
      out->emplace_back(prefix_ + key, std::move(value));
    }
  }

 private:
  std::string prefix_;
  std::map<std::string, Record> records_;
  std::unordered_set<std::string> dirty_;
  std::unordered_map<std::string, std::vector<std::string>> owners_;
};

}  // namespace labwatch
