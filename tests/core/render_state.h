// tests/core/render_state.h: projection state as text, so a failing fold
// reads like a diff.

#pragma once

#include <string>
#include <vector>

#include "core/event_log.h"
#include "core/history.h"
#include "core/roster.h"

namespace labwatch::testing {

// "Meta ?..2023-04 | Mistral AI(founder) 2023-04..now"
inline std::string Render(const History& history) {
  std::string out;
  for (const auto& stint : history.stints) {
    if (!out.empty()) out += " | ";
    out += stint.org;
    if (stint.founder) out += "(founder)";
    if (!stint.role.empty()) out += "[" + stint.role + "]";
    out += " " + (stint.start ? stint.start->ToString() : "?") + ".." + (stint.end ? stint.end->ToString() : "now");
    if (stint.leaving) out += " leaving " + stint.leaving->ToString();
  }
  return out;
}

// Folds `events` (seq 1, 2, ...) into `projection`.
template <typename P>
void Fold(P& projection, const std::vector<Event>& events) {
  Sequence seq = 0;
  for (const auto& event : events) projection.Apply(++seq, event);
}

inline std::string HistoryOf(const RosterProjection& roster, const std::string& person,
                             const std::string& as_of = "2030-01-01") {
  const PersonRecord* record = roster.FindPerson(person);
  if (!record) return "(unknown)";
  return Render(DeriveHistory(*record, roster.org_names(), *Date::Parse(as_of)));
}

}  // namespace labwatch::testing
