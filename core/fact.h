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

#include <absl/container/flat_hash_set.h>
#include <absl/container/inlined_vector.h>
#include <absl/container/node_hash_map.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/coding.h"
#include "core/compact_string.h"
#include "core/event.h"
#include "core/event_log.h"
#include "core/inline_string.h"
#include "core/owner_index.h"

namespace labwatch {

// One report of a fact, in 64 bytes: it is held inside its fact (FactBase's
// `sources`), so every byte here is in every fact.
struct Source {
  // A FactCorroborated's id; empty for the fact's own event (most sources:
  // a rebuild need not copy a million ids twice). FactBase::EventOf says
  // which.
  CompactString event_id;
  InlineString source;  // outlet, URL or "manual": up to 31 bytes held inside
  CompactString url;
  Timestamp recorded_at{};  // when it was reported (published), else recorded
  double confidence = 1.0;  // of this report alone

  // Who reported it: the URL's host without "www.", else the source's fold
  // key. Reports from one site are not independent of each other.
  std::string Site() const;
  bool operator==(const Source&) const = default;
};
static_assert(sizeof(Source) <= 64, "every fact holds a source");

// A fact's sources: most facts have one, held inside the fact; a second
// (a FactCorroborated) moves them all to a heap block. Encoding a million
// facts read each one's separate source block in turn, a cache miss per
// fact (bench/README.md, "rebuild, thirteenth round").
using Sources = absl::InlinedVector<Source, 1>;

// The members are ordered so that the two flags share the padding after
// the date: 128 bytes with the first source inside (PersonFact's layout is
// explained beside it).
struct FactBase {
  InlineString id;
  Sequence seq = 0;
  Date date;           // occurred_at, else the day it was recorded
  bool dated = false;  // true when a date was stated (not the report's)
  bool retracted = false;
  Sources sources;
  CompactString retraction;  // the reason

  // The event that reported `source`, one of ours.
  std::string_view EventOf(const Source& source) const {
    return source.event_id.empty() ? std::string_view(id) : std::string_view(source.event_id);
  }
  // The day of the earliest report.
  Date FirstReported() const;
  // How sure we are: independent sites raise it. The best report of each
  // site counts once: 1 - (1 - c1)(1 - c2)... over sites.
  double Confidence() const;
  void EncodeBase(std::string* out) const;
  void DecodeBase(ByteReader& in);
};

// Fills a new fact (`fact` as default-constructed) from its event: id, seq
// and dates, and the event as its first source with the evidence's
// confidence and report date. In place: a rebuild makes a million facts.
void FillFromEvent(FactBase& fact, Sequence seq, const Event& event, const std::optional<Evidence>& evidence);

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

// Records by key, in no particular order. Nodes stay put until erased.
template <typename Record>
using RecordMap = absl::node_hash_map<std::string, Record>;

// Records of one kind, keyed by a fold key and persisted under
// "<tag>/<key>". Record must provide
//   void Encode(std::string*) const;
//   bool Decode(std::string_view);           // false if malformed
//   void ForEachFact(const std::function<void(FactBase&)>&);
template <typename Record>
class RecordTable {
 public:
  explicit RecordTable(std::string tag) : prefix_(std::move(tag) + "/") {}

  // In no particular order: sort where the order shows.
  const RecordMap<Record>& records() const { return records_; }

  const Record* Find(const std::string& key) const {
    auto it = records_.find(key);
    return it == records_.end() ? nullptr : &it->second;
  }

  // The record at `key`, created empty if absent, marked changed.
  Record& Touch(const std::string& key) {
    auto [it, inserted] = records_.try_emplace(key);
    dirty_.insert(&*it);
    return it->second;
  }

  void Erase(const std::string& key) {
    auto it = records_.find(key);
    if (it == records_.end()) return;
    dirty_.erase(&*it);
    erased_.push_back(key);
    records_.erase(it);
  }

  // Touch(key), noting that the record holds (or is about to hold) fact `id`.
  Record& TouchOwning(const std::string& key, std::string_view id) {
    auto [it, inserted] = records_.try_emplace(key);
    dirty_.insert(&*it);
    Own(id, &*it);
    return it->second;
  }

  // Forgets that the record at `key` holds fact `id`; before erasing it.
  void Disown(std::string_view id, const std::string& key) {
    auto it = records_.find(key);
    if (it != records_.end()) owners_.Remove(IdHash(id), &*it);
  }

  // Calls `update` on every fact with `id`, marking its record changed.
  // Returns false when no record holds it.
  bool UpdateFact(std::string_view id, const std::function<void(FactBase&)>& update) {
    bool found = false;
    for (Entry* entry : owners_.Find(IdHash(id))) {
      dirty_.insert(entry);
      entry->second.ForEachFact([&](FactBase& fact) {
        if (fact.id == id) {
          update(fact);
          found = true;
        }
      });
    }
    return found;
  }

  // Applies a FactCorroborated or FactRetracted if the fact is ours.
  void ApplyToFact(const Event& event) {
    if (const auto* c = std::get_if<FactCorroborated>(&event.data)) {
      UpdateFact(c->id, [&](FactBase& fact) {
        for (const auto& s : fact.sources)
          if (fact.EventOf(s) == event.id) return;
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

  // The keys changed since the last TakeSortedChanges, in no order.
  std::vector<std::string> ChangedKeys() const {
    std::vector<std::string> keys(erased_);
    for (const Entry* entry : dirty_) keys.push_back(entry->first);
    return keys;
  }

  // A changed key with its record, or nullptr for a deletion.
  struct Change {
    std::string_view key;
    const Record* record;
    auto operator<=>(const Change&) const = default;
  };

  // The changes since the last call, in key order, and forgets them. Valid
  // until the table changes again; WriteOne encodes them, so a caller may
  // share them out.
  std::vector<Change> TakeSortedChanges() {
    taken_erased_ = std::move(erased_);
    erased_.clear();
    std::vector<Change> changes;
    changes.reserve(dirty_.size() + taken_erased_.size());
    for (const Entry* entry : dirty_) changes.push_back({entry->first, &entry->second});
    for (const auto& key : taken_erased_)
      if (!records_.contains(key)) changes.push_back({key, nullptr});  // not made again since
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    dirty_.clear();
    return changes;
  }

  // Writes one change, `key` and `value` being buffers kept between calls.
  template <typename Sink>
  void WriteOne(std::string_view name, const Record* record, Sink& sink, std::string& key, std::string& value) const {
    key.assign(prefix_).append(name);
    if (record) {
      value.clear();
      record->Encode(&value);
      sink.Put(key, value);
    } else {
      sink.Delete(key);
    }
  }

  // Writes the changes since the last call into `sink`, keys prefixed, in
  // key order, and forgets them.
  template <typename Sink>
  void WriteChanges(Sink& sink) {
    std::string key, value;
    for (const auto& [name, record] : TakeSortedChanges()) WriteOne(name, record, sink, key, value);
  }

  // True if `key` (as persisted) belongs to this table; then restores it.
  bool Claims(std::string_view key) const { return key.starts_with(prefix_); }

  Result<void> Load(std::string_view key, std::string_view value) {
    Record record;
    if (!record.Decode(value))
      return MakeError(ErrorCode::kCorruption, "record " + std::string(key) + " does not decode");
    auto [it, inserted] = records_.insert_or_assign(std::string(key.substr(prefix_.size())), std::move(record));
    it->second.ForEachFact([&](FactBase& fact) { Own(fact.id, &*it); });
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
  // Facts are found by a hash of their id: a collision only makes
  // UpdateFact look at one more record, where it matches ids exactly.
  static std::uint64_t IdHash(std::string_view id) { return absl::HashOf(id); }

  using Entry = typename RecordMap<Record>::value_type;

  void Own(std::string_view id, Entry* entry) { owners_.Add(IdHash(id), entry); }

  std::string prefix_;
  // Hashed, not sorted: a rebuild finds a record per event, and a tree of
  // hundreds of thousands of keys costs a cache miss per level. The sets
  // beside it are flat: a rebuild touches every record and owns every fact.
  RecordMap<Record> records_;
  absl::flat_hash_set<Entry*> dirty_;  // entries of records_
  std::vector<std::string> erased_;
  std::vector<std::string> taken_erased_;  // the deletions TakeSortedChanges last gave out
  // Usually one record per fact; a founding names one per founder.
  OwnerIndex<Entry> owners_;
};

}  // namespace labwatch
