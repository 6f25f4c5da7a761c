// core/history.h
//
// A person's employment history as of a date, derived from their roster
// facts: a list of stints (org, role, start, end). Facts are taken in the
// order of the conflict rule (effective date, then sequence), so the later
// fact wins; retracted facts and facts dated after `as_of` are left out.
//
//   joined / founded / affiliated with O  -> a stint at O opens (closing the
//                                            open one elsewhere: people move)
//   departed from O                       -> the stint at O closes; to_org
//                                            opens the next one
//
// A departure from an org with no stint on record adds a stint with an
// unknown start. A departure announced on or before `as_of` that takes
// effect after it shows as `leaving` on the open stint.
//
// Pure; the Stints point into `person`, which must outlive the History.

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/roster.h"

namespace labwatch {

// Stints are per company: a unit (FAIR) counts for its company (Meta), so
// moving between units is no move; `unit` keeps the unit's name.
struct Stint {
  std::string org;  // canonical name of the company
  std::string org_key;  // OrgNames::Key of it
  std::string unit;  // the unit within it, if the facts name one
  std::string role;
  std::optional<Date> start;  // nullopt: started before anything on record
  std::optional<Date> end;    // nullopt: still there
  bool founder = false;
  std::optional<Date> leaving;  // announced departure effective after as_of
  const PersonFact* start_fact = nullptr;
  const PersonFact* end_fact = nullptr;
  std::vector<const PersonFact*> facts;  // every fact that supports it
};

struct History {
  std::vector<Stint> stints;  // oldest first
  std::optional<size_t> current;  // index of the open stint

  const Stint* Current() const { return current ? &stints[*current] : nullptr; }
};

// How much of each stint to fill. kSpans: the org's key, start, end,
// founder and leaving only; `org` is empty unless some org was merged, and
// role, unit and facts are left empty. The stint index needs no more, and a
// commit derives the history of every person it changed.
enum class HistoryDetail { kFull, kSpans };

// `min_confidence` leaves out facts below it (manual facts have 1.0).
History DeriveHistory(const PersonRecord& person, const OrgNames& orgs, const Date& as_of,
                      double min_confidence = 0.0, HistoryDetail detail = HistoryDetail::kFull);

}  // namespace labwatch
