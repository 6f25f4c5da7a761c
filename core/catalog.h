// core/catalog.h
//
// The three smaller projections.
//
// cohort: named groups from CohortDefined events ("c/<name key>"), each
//   with every definition in order; the latest one not retracted is in
//   force, so a cohort can be redefined.
// landscape: OrgFounded events per org ("f/<org key>"): who founded what,
//   when. Talent flows and founders' origins are derived from the roster
//   when asked (core/views.h), so they follow merges and retractions.
// models: ModelReleased and ModelDelayed per org ("m/<org key>").
//
// Org keys are FoldKey()s of the names as written; readers resolve merged
// org names through the roster's OrgNames.

#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/atom.h"
#include "core/fact.h"
#include "core/projection.h"
#include "core/stable_vector.h"

namespace labwatch {

struct CohortDefinition : FactBase {
  std::string name;
  std::string org;
  Date as_of;
  std::vector<std::string> members;
  std::string description;
};

struct CohortRecord {
  std::vector<CohortDefinition> definitions;  // by sequence

  // The latest definition not retracted; nullptr if none.
  const CohortDefinition* InForce() const;
  void Encode(std::string* out) const;
  bool Decode(std::string_view bytes);
  void ForEachFact(const std::function<void(FactBase&)>& fn) {
    for (auto& d : definitions) fn(d);
  }
};

struct Founding : FactBase {
  std::string org;
  std::vector<std::string> founders;
  CompactString company;  // when the org founded is a unit
};

struct FoundingRecord {
  std::vector<Founding> foundings;

  void Encode(std::string* out) const;
  bool Decode(std::string_view bytes);
  void ForEachFact(const std::function<void(FactBase&)>& fn) {
    for (auto& f : foundings) fn(f);
  }
};

// The org and the model are Atoms: a log names a few hundred orgs and a
// few thousand models, each in many facts. The flags come last, together.
struct ModelFact : FactBase {
  Atom org;
  Atom model;
  CompactString company;  // when `org` is a unit: the company it ships for
  bool released = true;  // false: delayed
  std::optional<bool> open_weights;
  std::optional<bool> reasoning;
};

struct ModelRecord {
  StableVector<ModelFact> facts;  // never moved as it grows: an org's models run to hundreds

  void Encode(std::string* out) const;
  bool Decode(std::string_view bytes);
  void ForEachFact(const std::function<void(FactBase&)>& fn) {
    for (auto& f : facts) fn(f);
  }
};

// A projection made of one RecordTable.
template <typename Record>
class TableProjection : public Projection {
 public:
  TableProjection(std::string tag) : table_(std::move(tag)) {}

  void WriteChanges(RecordRuns& runs) override { table_.WriteChanges(runs.Run("")); }
  Result<void> Load(std::string_view key, std::string_view value) override {
    if (!table_.Claims(key))
      return MakeError(ErrorCode::kCorruption,
                       std::string(Name()) + ": unknown record " + std::string(key));
    return table_.Load(key, value);
  }
  std::vector<std::pair<std::string, std::string>> Snapshot() const override {
    std::vector<std::pair<std::string, std::string>> out;
    table_.Snapshot(&out);
    std::sort(out.begin(), out.end());
    return out;
  }
  // In no particular order.
  const RecordMap<Record>& records() const { return table_.records(); }

 protected:
  RecordTable<Record> table_;
};

class CohortProjection final : public TableProjection<CohortRecord> {
 public:
  CohortProjection() : TableProjection("c") {}
  std::string_view Name() const override { return "cohort"; }
  std::uint32_t Version() const override { return 5; }
  void Apply(Sequence seq, const Event& event) override;
};

class LandscapeProjection final : public TableProjection<FoundingRecord> {
 public:
  LandscapeProjection() : TableProjection("f") {}
  std::string_view Name() const override { return "landscape"; }
  std::uint32_t Version() const override { return 5; }
  void Apply(Sequence seq, const Event& event) override;
};

class ModelsProjection final : public TableProjection<ModelRecord> {
 public:
  ModelsProjection() : TableProjection("m") {}
  std::string_view Name() const override { return "models"; }
  std::uint32_t Version() const override { return 5; }
  void Apply(Sequence seq, const Event& event) override;
};

}  // namespace labwatch
