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

// Evidence with every field set.
inline Evidence SomeEvidence() {
  Evidence e;
  e.text = "Guillaume Lample left Meta to co-found Mistral AI.";
  e.article = "article-1";
  e.url = "https://example.com/a";
  e.start = 10;
  e.end = 60;
  e.extractor = "labwatch-extract/1";
  e.confidence = 0.875;
  e.reported_at = *ParseTimestamp("2025-05-22T10:00:00Z");
  e.date_stated = false;
  return e;
}

// One event of every known type, most optional fields set.
inline std::vector<Event> OneOfEachType() {
  std::vector<Event> events;
  Timestamp t = At("2025-05-23T08:00:00Z");
  events.push_back(MakeEvent(EventType::kArticleObserved, "a1", t,
                             ArticleObserved{"https://example.com/a", "guid-1", "Title \"quoted\"",
                                             "2025-05-22T10:00:00Z", "techcrunch", "en",
                                             "Line one.\nLine two\twith tab and \\ backslash. 日本語のテキスト。",
                                             "xxh3:0123"}));
  events.push_back(MakeEvent(EventType::kPersonDeparted, "d1", t,
                             PersonMoved{"Joëlle Pineau", "FAIR", "Cohere", "VP", *Date::Parse("2025-04-01"),
                                         SomeEvidence(), "Meta", ""}));
  events.push_back(MakeEvent(EventType::kPersonJoined, "j1", t,
                             PersonMoved{"Naman Goyal", "Thinking Machines Lab", "FAIR", "", std::nullopt,
                                         std::nullopt, "", "Meta"}));
  events.push_back(MakeEvent(EventType::kOrgFounded, "f1", t,
                             OrgFounded{"Mistral AI", {"Arthur Mensch", "Guillaume Lample"}, SomeEvidence(), ""}));
  events.push_back(MakeEvent(EventType::kModelReleased, "r1", t,
                             ModelNews{"FAIR", "Llama 4 Scout", true, false, std::nullopt, "Meta"}));
  events.push_back(MakeEvent(EventType::kModelDelayed, "l1", t,
                             ModelNews{"Meta", "Llama 4 Behemoth", std::nullopt, std::nullopt, SomeEvidence(), ""}));
  events.push_back(MakeEvent(EventType::kAffiliationAsserted, "af1", t,
                             AffiliationAsserted{"Hugo Touvron", "FAIR", *Date::Parse("2023-02"), "researcher", "Meta"}));
  events.push_back(MakeEvent(EventType::kCohortDefined, "c1", t,
                             CohortDefined{"llama-paper", "Meta", *Date::Parse("2023-02-27"), {"A", "B"}, "paper"}));
  events.push_back(MakeEvent(EventType::kFactCorroborated, "fc1", t,
                             FactCorroborated{"d1", "a2", "reuters", "https://example.com/b", 0.5, *ParseTimestamp("2025-05-22T10:00:00Z")}));
  events.push_back(MakeEvent(EventType::kFactRetracted, "fr1", t, FactRetracted{"d1", "misread"}));
  events.push_back(MakeEvent(EventType::kEntitiesMerged, "m1", t,
                             EntitiesMerged{EntityKind::kOrg, "FAIR", "Meta"}));
  events[1].occurred_at = *Date::Parse("2025-05-30");
  events[1].source = "https://www.cnbc.com/x";
  events[1].causation = "a1";
  return events;
}

}  // namespace labwatch::testing
