// core/roster.h
//
// The roster projection: for each person, every fact about where they
// worked (joins, departures, affiliations, foundings), with sources, plus
// the aliases that EntitiesMerged events made. Who works where, now or on
// any date, is derived from these facts by DeriveHistory (core/history.h),
// so a retraction or a merge changes the answer without rewriting history.
//
// Records: "p/<person key>" (PersonRecord), "a/<person key>" (the person it
// was merged into), "o/<org key>" (the org name it was merged into). Keys
// are FoldKey()s of names.

#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/fact.h"
#include "core/projection.h"

namespace labwatch {

enum class MoveKind : std::uint8_t { kJoined = 0, kDeparted = 1, kAffiliated = 2, kFounded = 3 };

struct PersonFact : FactBase {
  MoveKind kind = MoveKind::kJoined;
  std::string org;
  std::string other_org;  // from_org of a join, to_org of a departure
  std::string role;
  std::optional<Date> announced;
  std::string company;        // when `org` is a unit: the company it counts for
  std::string other_company;  // likewise for `other_org`
};

struct PersonRecord {
  std::string name;               // display name, as first seen (or merged into)
  std::vector<PersonFact> facts;  // by sequence

  void Encode(std::string* out) const;
  bool Decode(std::string_view bytes);
  void ForEachFact(const std::function<void(FactBase&)>& fn) {
    for (auto& fact : facts) fn(fact);
  }
};

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

 private:
  std::map<std::string, std::string> canonical_;  // fold key -> display name
};

class RosterProjection final : public Projection {
 public:
  std::string_view Name() const override { return "roster"; }
  std::uint32_t Version() const override { return 3; }
  void Apply(Sequence seq, const Event& event) override;
  void TakeChanges(std::vector<StateChange>* out) override;
  Result<void> Load(std::string_view key, std::string_view value) override;
  std::vector<std::pair<std::string, std::string>> Snapshot() const override;

  // The record `name` resolves to (following merges); nullptr if unknown.
  const PersonRecord* FindPerson(std::string_view name) const;
  // The person key `name` resolves to.
  std::string ResolvePerson(std::string_view name) const;
  const std::map<std::string, PersonRecord>& people() const { return people_.records(); }
  OrgNames org_names() const;

 private:
  void AddFact(const std::string& person, PersonFact fact);
  void MergePeople(const std::string& from, const std::string& into);
  void MergeOrgs(const std::string& from, const std::string& into);

  RecordTable<PersonRecord> people_{"p"};
  RecordTable<MergedName> person_aliases_{"a"};
  RecordTable<MergedName> org_aliases_{"o"};
};

}  // namespace labwatch
