// core/views.h
//
// The answers the CLI gives, computed from projection records: a roster row
// per person, a cohort with who stayed and where the others went, the
// landscape (people per org, talent flows, founders and their origins,
// model counts) and the model timeline. All "as of" a date, which for "now"
// is today, passed in by the caller.
//
// Pure functions over records; the store reads the records they need
// (core/projection.h says which keys hold what).

#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/history.h"
#include "core/roster.h"

namespace labwatch {

// Where a row's claim comes from: the first source of the fact behind it.
struct Provenance {
  std::string fact_id;
  std::string source;
  std::string url;
  Date first_reported;
  int sources = 0;  // how many reports
};

Provenance ProvenanceOf(const FactBase& fact);

struct RosterRow {
  std::string person;
  std::string org;       // current org; "" if they left and we do not know where to
  std::string unit;      // the unit of `org` (or of `last_org`) the facts name, if any
  std::string last_org;  // when org is "": the org they left
  std::string role;
  std::optional<Date> since;  // start of the current stint (or end of the last)
  bool dated = false;         // since comes from a stated date, not a report date
  bool founder = false;
  std::optional<Date> leaving;
  Provenance provenance;
};

// The person's row as of `as_of`; nullopt if nothing is on record by then.
std::optional<RosterRow> RosterRowFor(const PersonRecord& person, const OrgNames& orgs,
                                      const Date& as_of, double min_confidence = 0.0);

enum class MemberStatus { kAtHome, kLeft, kUnknown };

struct CohortMember {
  std::string name;
  MemberStatus status = MemberStatus::kUnknown;
  std::optional<Date> left_home;  // when they left the home org
  bool left_dated = false;
  std::optional<RosterRow> now;  // where they are as of the date
};

struct CohortView {
  std::string name;
  std::string org;  // the home org, canonical
  Date defined_as_of;
  std::string description;
  Date as_of;
  int at_home = 0;
  std::vector<CohortMember> members;  // in the order defined
  Provenance provenance;
};

// `members[i]` is the record of definition.members[i], or nullptr if the
// roster knows nothing of them.
CohortView BuildCohortView(const CohortDefinition& definition,
                           const std::vector<const PersonRecord*>& members, const OrgNames& orgs,
                           const Date& as_of, double min_confidence = 0.0);

struct OrgRow {
  std::string org;
  int people = 0;   // tracked people there as of the date
  std::vector<std::string> names;  // who they are
  int inflow = 0;   // arrivals from another tracked org
  int outflow = 0;  // departures (to another org or unknown)
  int released = 0;
  int delayed = 0;
};

struct Flow {
  std::string from;
  std::string to;  // "" when unknown
  std::vector<std::string> people;
};

struct FounderOrigin {
  std::string person;
  std::string origin;  // the org they were at before; "" if unknown
};

struct FoundingRow {
  std::string org;
  Date date;
  bool dated = false;
  std::vector<FounderOrigin> founders;
  Provenance provenance;
};

struct LandscapeView {
  Date as_of;
  std::vector<OrgRow> orgs;  // most people first
  std::vector<Flow> flows;   // largest first
  std::vector<FoundingRow> foundings;  // by date
};

// Accumulates records one at a time, so a reader can stream them.
class LandscapeBuilder {
 public:
  LandscapeBuilder(OrgNames orgs, Date as_of, double min_confidence = 0.0)
      : orgs_(std::move(orgs)), as_of_(as_of), min_confidence_(min_confidence) {}

  void AddPerson(const PersonRecord& person);
  void AddFoundings(const FoundingRecord& record);
  void AddModels(const ModelRecord& record);
  LandscapeView Finish();

 private:
  OrgRow& Row(const std::string& org);

  OrgNames orgs_;
  Date as_of_;
  double min_confidence_;
  std::map<std::string, OrgRow> rows_;  // by org key
  std::map<std::pair<std::string, std::string>, Flow> flows_;
  std::map<std::string, std::vector<FounderOrigin>> origins_;  // by founding fact id
  std::vector<const Founding*> foundings_;
};

struct ModelRow {
  Date date;
  bool dated = false;
  std::string org;   // the company
  std::string unit;  // the unit that shipped it, if the facts name one
  std::string model;
  bool released = true;
  std::optional<bool> open_weights;
  std::optional<bool> reasoning;
  Provenance provenance;
};

// The releases and delays in `records` as of `as_of`, oldest first; only
// those of `org` (any name that resolves to it) unless it is empty.
std::vector<ModelRow> BuildModelTimeline(const std::vector<const ModelRecord*>& records,
                                         const OrgNames& orgs, const std::string& org,
                                         const Date& as_of, double min_confidence = 0.0);

}  // namespace labwatch
