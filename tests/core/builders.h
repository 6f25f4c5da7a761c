// tests/core/builders.h: terse constructors for events in tests.

#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/fact.h"

namespace labwatch::testing {

// A projection's records in key order (projections keep them hashed).
template <typename Record>
std::map<std::string, const Record*> Sorted(const RecordMap<Record>& records) {
  std::map<std::string, const Record*> sorted;
  for (const auto& [key, record] : records) sorted.emplace(key, &record);
  return sorted;
}

inline Timestamp At(const std::string& text) { return *ParseTimestamp(text); }

inline Event Dated(Event event, const std::string& occurred) {
  if (!occurred.empty()) event.occurred_at = *Date::Parse(occurred);
  return event;
}

inline Event Joined(const std::string& id, const std::string& person, const std::string& org,
                    const std::string& date, const std::string& from = "") {
  Event e = MakeEvent(EventType::kPersonJoined, id, At("2025-06-01T00:00:00Z"),
                      PersonMoved{person, org, from, "", std::nullopt, std::nullopt, "", ""});
  e.source = "test:" + id;
  return Dated(std::move(e), date);
}

inline Event Departed(const std::string& id, const std::string& person, const std::string& org,
                      const std::string& date, const std::string& to = "") {
  Event e = MakeEvent(EventType::kPersonDeparted, id, At("2025-06-01T00:00:00Z"),
                      PersonMoved{person, org, to, "", std::nullopt, std::nullopt, "", ""});
  e.source = "test:" + id;
  return Dated(std::move(e), date);
}

inline Event Affiliated(const std::string& id, const std::string& person, const std::string& org,
                        const std::string& since) {
  std::optional<Date> date;
  if (!since.empty()) date = *Date::Parse(since);
  Event e = MakeEvent(EventType::kAffiliationAsserted, id, At("2025-06-01T00:00:00Z"),
                      AffiliationAsserted{person, org, date, "", ""});
  e.source = "test:" + id;
  return e;
}

inline Event Founded(const std::string& id, const std::string& org, std::vector<std::string> founders,
                     const std::string& date) {
  Event e = MakeEvent(EventType::kOrgFounded, id, At("2025-06-01T00:00:00Z"),
                      OrgFounded{org, std::move(founders), std::nullopt, ""});
  e.source = "test:" + id;
  return Dated(std::move(e), date);
}

inline Event Model(const std::string& id, bool released, const std::string& org, const std::string& model,
                   const std::string& date) {
  Event e = MakeEvent(released ? EventType::kModelReleased : EventType::kModelDelayed, id,
                      At("2025-06-01T00:00:00Z"), ModelNews{org, model, std::nullopt, std::nullopt, std::nullopt, ""});
  e.source = "test:" + id;
  return Dated(std::move(e), date);
}

inline Event Retracted(const std::string& id, const std::string& fact) {
  return MakeEvent(EventType::kFactRetracted, id, At("2025-07-01T00:00:00Z"), FactRetracted{fact, "wrong"});
}

inline Event Corroborated(const std::string& id, const std::string& fact, const std::string& source,
                          const std::string& when = "2025-05-01T00:00:00Z") {
  return MakeEvent(EventType::kFactCorroborated, id, At(when), FactCorroborated{fact, "", source, "", std::nullopt, std::nullopt});
}

inline Event Merged(const std::string& id, EntityKind kind, const std::string& from, const std::string& into) {
  return MakeEvent(EventType::kEntitiesMerged, id, At("2025-07-01T00:00:00Z"), EntitiesMerged{kind, from, into});
}

inline Event Cohort(const std::string& id, const std::string& name, const std::string& org,
                    const std::string& as_of, std::vector<std::string> members) {
  Event e = MakeEvent(EventType::kCohortDefined, id, At("2023-02-27T00:00:00Z"),
                      CohortDefined{name, org, *Date::Parse(as_of), std::move(members), ""});
  e.source = "test:" + id;
  return Dated(std::move(e), as_of);
}

}  // namespace labwatch::testing
