// core/roster.h
//
// The roster projection: for each person, every fact about where they
// worked (joins, departures, affiliations, foundings), with sources, plus
// the aliases that EntitiesMerged events made. Who works where, now or on
// any date, is derived from these facts by DeriveHistory (core/history.h),
// so a retraction or a merge changes the answer without rewriting history.
//
// Records: "p/<person key>" (PersonRecord), "a/<person key>" (the person it
// was merged into), "o/<org key>" (the org name it was merged into), and an
// index for "who is at ORG": "n/<org key>\0<person key>" (StintIndex), the
// spans the person spent at the org by the facts at kIndexedConfidence or
// above. Keys are FoldKey()s of names; an org key is that of the company's
// canonical name, after merges.

#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/atom.h"
#include "core/fact.h"
#include "core/projection.h"
#include "core/stable_vector.h"

namespace labwatch {

enum class MoveKind : std::uint8_t { kJoined = 0, kDeparted = 1, kAffiliated = 2, kFounded = 3 };

// 176 bytes, its first source inside (FactBase::sources): the pointers
// first, then the 6-byte announcement date and the 1-byte kind together at
// the end. A person's facts live in blocks of 2 to 32 (StableVector); a
// block of 32 takes 5,632 of jemalloc's 6,144-byte class. With the source
// in a 64-byte block of its own the fact was 128 bytes, and encoding it
// waited for a second cache line from elsewhere in the heap.
struct PersonFact : FactBase {
  Atom org;
  Atom other_org;  // from_org of a join, to_org of a departure
  Atom role;
  CompactString company;        // when `org` is a unit: the company it counts for
  CompactString other_company;  // likewise for `other_org`
  std::optional<Date> announced;
  MoveKind kind = MoveKind::kJoined;
};
static_assert(sizeof(PersonFact) <= 176, "a bigger fact is more memory in every block");

// Reading the facts from `it` on: asks the CPU to start
// loading what the next ones hold elsewhere. A fact's long strings and its
// sources past the first are separate heap blocks, and a rebuild reads a
// million facts once each, in an order unrelated to where they were
// allocated: without this, each block is a cache miss waited for in turn
// (encoding the roster's records took twice as long).
inline void PrefetchAhead(StableVector<PersonFact>::const_iterator it, StableVector<PersonFact>::const_iterator end) {
  if (end - it > 4) __builtin_prefetch(it[4].sources.data());
  if (end - it > 2) {
    const PersonFact& next = it[2];
    __builtin_prefetch(next.id.data());
    if (!next.sources.empty()) __builtin_prefetch(next.sources.front().source.data());
  }
}

struct PersonRecord;

// Asks the CPU to start loading every fact of `person` (where its id and
// its sources begin: inside the fact, or in blocks of their own when long
// or many), while the person before is encoded. A commit encodes a million facts whose blocks were allocated in
// the order of the log, scattered over the heap: with `perf`, nine tenths
// of encoding a fact was waiting for its sources. PrefetchAhead, a few facts
// ahead within one person, is too late for those.
void PrefetchFacts(const PersonRecord& person);

struct PersonRecord {
  std::string name;               // display name, as first seen (or merged into)
  StableVector<PersonFact> facts;  // by sequence; never moved as it grows

  void Encode(std::string* out) const;
  bool Decode(std::string_view bytes);
  void ForEachFact(const std::function<void(FactBase&)>& fn) {
    for (auto& fact : facts) fn(fact);
  }
};

// When a person was at one org: the start and end of each stint there, as
// DeriveHistory finds them over every fact at or above kIndexedConfidence.
// A span without a start began before anything on record; one without an
// end is still open. A stint open as of a date D at that confidence is in a
// span that holds D, so the index finds everyone at an org on any date by
// reading only the people who were ever there.
struct StintSpan {
  std::optional<Date> start;
  std::optional<Date> end;
  bool operator==(const StintSpan&) const = default;
  // start <= day <= end, by first days (inclusive: a candidate, not a verdict).
  bool Holds(const Date& day) const;
};

struct StintIndex {
  std::vector<StintSpan> spans;

  void Encode(std::string* out) const;
  bool Decode(std::string_view bytes);
  bool HoldsDay(const Date& day) const;
};

// The confidence the stint index is built at: the default threshold of the
// queries. A query at another threshold reads every person instead.
inline constexpr double kIndexedConfidence = 0.5;

// The record key of the stint index for `org_key` and `person_key`, and the
// prefix of every key for one org.
std::string StintIndexKey(std::string_view org_key, std::string_view person_key);
std::string StintIndexPrefix(std::string_view org_key);

// The target of a merged name: a person key, or an org's display name.
struct MergedName {
  std::string target;

  void Encode(std::string* out) const { PutString(out, target); }
  bool Decode(std::string_view bytes);
  void ForEachFact(const std::function<void(FactBase&)>&) {}
};

// Canonical org names after merges: "FAIR" -> "Meta" once merged.
class OrgNames {
 public:
  OrgNames() = default;
  explicit OrgNames(std::map<std::string, std::string> canonical) : canonical_(std::move(canonical)) {}

  // The display name `name` resolves to; `name` itself if never merged.
  std::string Canonical(std::string_view name) const;
  // FoldKey(Canonical(name)): equal for two names of one org.
  std::string Key(std::string_view name) const;
  // True if no org was ever merged: then Canonical(name) is `name`.
  bool none_merged() const { return canonical_.empty(); }

 private:
  std::map<std::string, std::string> canonical_;  // fold key -> display name
};

// The facts an event adds to people, made from the event alone: the first
// step of the roster's Apply (see Projection::Prepare).
struct PreparedFacts final : Projection::Prepared {
  struct Item {
    std::string person;  // as the event names them
    std::string key;     // FoldKey(person), before merges
    PersonFact fact;
  };
  std::vector<Item> items;
};

class RosterProjection final : public Projection {
 public:
  std::string_view Name() const override { return "roster"; }
  std::uint32_t Version() const override { return 6; }
  void Apply(Sequence seq, const Event& event) override;
  std::unique_ptr<Prepared> NewPrepared() const override { return std::make_unique<PreparedFacts>(); }
  void Prepare(Sequence seq, const Event& event, Prepared& prepared) const override;
  void ApplyPrepared(Sequence seq, const Event& event, Prepared& prepared) override;
  // Also brings the stint index up to date for every person changed. The
  // people ("p/...") are a run of their own.
  void WriteChanges(RecordRuns& runs) override;
  Result<void> Load(std::string_view key, std::string_view value) override;
  std::vector<std::pair<std::string, std::string>> Snapshot() const override;

  // The record `name` resolves to (following merges); nullptr if unknown.
  const PersonRecord* FindPerson(std::string_view name) const;
  // The person key `name` resolves to.
  std::string ResolvePerson(std::string_view name) const;
  // In no particular order.
  const RecordMap<PersonRecord>& people() const { return people_.records(); }
  OrgNames org_names() const;

 private:
  // Files a prepared fact at the end of its person's record, unless the
  // record holds it already (a founder named twice in one founding).
  void AddFact(PreparedFacts::Item& item, Sequence seq, const Event& event);
  // The person key `key` (a FoldKey) resolves to, following merges.
  const std::string& ResolveKey(const std::string& key) const;
  void MergePeople(const std::string& from, const std::string& into);
  void MergeOrgs(const std::string& from, const std::string& into);

  // Writes the records of `people` into `sink` and derives the stint index
  // of `reindexed` (both in key order) into `share`; changes nothing, so
  // two shares can be written at once.
  struct IndexShare;
  void WriteShare(std::span<const RecordTable<PersonRecord>::Change> people, std::span<const std::string> reindexed,
                  const OrgNames& orgs, RecordSink& sink, IndexShare& share) const;

  // The stint index of `person`: its spans by org key.
  static std::map<std::string, StintIndex> IndexPerson(const PersonRecord& person, const OrgNames& orgs);

  PreparedFacts scratch_;  // Apply's, between its two steps
  RecordTable<PersonRecord> people_{"p"};
  RecordTable<MergedName> person_aliases_{"a"};
  RecordTable<MergedName> org_aliases_{"o"};
  // The stint index is written, not held: for each person, the org keys
  // it has index records under, so a change can delete the stale ones.
  std::unordered_map<std::string, std::vector<std::string>> indexed_orgs_;
  bool reindex_everyone_ = false;  // an org merge changed org keys
};

}  // namespace labwatch
