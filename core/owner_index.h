// core/owner_index.h
//
// OwnerIndex: which records hold each fact, by a hash of the fact's id.
//
// A rebuild notes an owner for every fact it folds (a million at 1M events)
// but asks for the owners of a fact only when a corroboration, a retraction
// or a merge names it. A hash table pays a cache miss for every note once it
// outgrows the cache (and rehashes as it grows); this index appends notes to
// a small buffer and keeps the rest as sorted runs, merged in the manner of
// a binary counter (two runs of like size become one), so noting is an
// append and all other work streams through memory in order. Asking sorts
// the buffer into a run (or, when it holds a few notes, reads it) and
// searches each of the O(log n) runs.
//
// The trade: a lookup searches every run. bench/owner_index_bench: a million
// notes cost 0.4x the hash table's CPU with no lookup or one per 30 notes,
// 1.25x with one per 3 notes (on a shared machine, medians of 3).
//
// Notes may repeat: a pair noted twice is one owner. Removed pairs are
// marked in place and dropped by the next merge that reads them.

#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace labwatch {

template <typename Owner>
class OwnerIndex {
 public:
  // Notes that `owner` holds the fact with id hash `hash`.
  void Add(std::uint64_t hash, Owner* owner) {
    buffer_.push_back({hash, owner});
    if (buffer_.size() >= kBuffer) Flush();
  }

  // Forgets that `owner` holds the fact with id hash `hash`.
  void Remove(std::uint64_t hash, const Owner* owner) {
    FlushForLookup();
    for (auto& run : runs_)
      for (auto it = Lower(run, hash); it != run.end() && it->hash == hash; ++it)
        if (it->owner == owner) it->owner = nullptr;
    for (Note& note : buffer_)
      if (note.hash == hash && note.owner == owner) note.owner = nullptr;
  }

  // The owners of the fact with id hash `hash`, each once, in no
  // particular order.
  std::vector<Owner*> Find(std::uint64_t hash) {
    FlushForLookup();
    std::vector<Owner*> owners;
    for (const auto& run : runs_)
      for (auto it = Lower(run, hash); it != run.end() && it->hash == hash; ++it)
        if (it->owner) owners.push_back(it->owner);
    for (const Note& note : buffer_)
      if (note.hash == hash && note.owner) owners.push_back(note.owner);
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    return owners;
  }

  // How many runs the notes are kept in (for tests: O(log n)).
  size_t runs() const { return runs_.size() + (buffer_.empty() ? 0 : 1); }

 private:
  struct Note {
    std::uint64_t hash;
    Owner* owner;
    // Runs are ordered by hash alone: a removal leaves its note in place.
    bool operator<(const Note& o) const { return hash < o.hash; }
  };
  using Run = std::vector<Note>;

  // Small enough to sort in the cache.
  static constexpr size_t kBuffer = 4096;
  // A lookup reads a buffer this short rather than sort it into a run: when
  // lookups come every few notes, runs of a few notes would each cost an
  // allocation and a merge.
  static constexpr size_t kScan = 64;

  void FlushForLookup() {
    if (buffer_.size() > kScan) Flush();
  }

  // The first note of `hash` in `run` (a Run or a const Run).
  template <typename R>
  static auto Lower(R& run, std::uint64_t hash) {
    return std::lower_bound(run.begin(), run.end(), hash, [](const Note& n, std::uint64_t h) { return n.hash < h; });
  }

  // Sorts the buffer into a run, then merges while the newest run is at
  // least half the size of the one before.
  void Flush() {
    if (buffer_.empty()) return;
    // Copied out, not swapped: after a lookup the buffer holds a few notes,
    // and the buffer keeps its capacity for the next.
    Run run(buffer_.begin(), buffer_.end());
    buffer_.clear();
    std::sort(run.begin(), run.end());
    Compact(run);
    runs_.push_back(std::move(run));
    while (runs_.size() >= 2 && 2 * runs_.back().size() >= runs_[runs_.size() - 2].size()) {
      Run& older = runs_[runs_.size() - 2];
      Run merged;
      merged.reserve(older.size() + runs_.back().size());
      std::merge(older.begin(), older.end(), runs_.back().begin(), runs_.back().end(), std::back_inserter(merged));
      Compact(merged);
      runs_.pop_back();
      runs_.back() = std::move(merged);
    }
  }

  // Drops removed notes and repeats from a run. The notes of one hash are
  // few (one per record holding the fact), so each is checked against those
  // of its hash kept before it.
  static void Compact(Run& run) {
    auto out = run.begin();
    auto group = out;  // the first note kept of the current hash
    for (auto it = run.begin(); it != run.end(); ++it) {
      if (!it->owner) continue;
      if (group == out || group->hash != it->hash) group = out;
      if (std::any_of(group, out, [&](const Note& kept) { return kept.owner == it->owner; })) continue;
      *out++ = *it;
    }
    run.erase(out, run.end());
  }

  Run buffer_;
  std::vector<Run> runs_;  // sizes descending, roughly halving
};

}  // namespace labwatch
