// core/event.h
//
// The events of the log: past-tense facts about articles, people, orgs and
// models. An Event is an envelope (id, type, schema version, when it was
// recorded, when it happened, where it came from, what caused it) around a
// typed payload. The on-disk and export encodings are in core/event_codec.h
// and docs/event-format.md.
//
// An event whose type this build does not know, or whose version is newer
// than this build writes, is kept whole (its data as raw JSON) and has
// type() == EventType::kUnknown; projections skip it and export writes it
// back unchanged.

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.h"

namespace labwatch {

// Stable names; the JSON "type" strings are the on-disk identity, never
// these numbers.
enum class EventType {
  kUnknown,
  kArticleObserved,
  kPersonDeparted,
  kPersonJoined,
  kOrgFounded,
  kModelReleased,
  kModelDelayed,
  kAffiliationAsserted,
  kCohortDefined,
  kFactCorroborated,
  kFactRetracted,
  kEntitiesMerged,
};

// "PersonDeparted", ...; "" for kUnknown.
std::string_view EventTypeName(EventType type);
// kUnknown for a name this build does not know.
EventType EventTypeFromName(std::string_view name);
// The schema version this build writes for `type` (1 for all today).
int CurrentVersion(EventType type);

// Where an extracted fact was read: the sentence and its UTF-8 byte offsets
// in the recorded article text, the extractor, and its confidence.
struct Evidence {
  std::string text;
  std::string article;  // id of the ArticleObserved event, if any
  std::string url;
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> end;
  std::string extractor;  // "manual" or "labwatch-extract/7"
  std::optional<double> confidence;
  std::optional<Timestamp> reported_at;  // when the article was published
  std::optional<bool> date_stated;       // false: occurred_at is the report's date
  bool operator==(const Evidence&) const = default;
};

struct ArticleObserved {
  std::string url;
  std::string guid;
  std::string title;
  std::string published;  // as the source gave it, normalized to RFC 3339 when parseable
  std::string source;     // the configured source that delivered it
  std::string lang;
  std::string text;
  std::string text_hash;
  bool operator==(const ArticleObserved&) const = default;
};

// PersonDeparted (other_org is "to_org") and PersonJoined ("from_org").
// `company` is set when `org` is a unit of a company (FAIR of Meta): the
// org the fact counts for. Likewise `other_company` for `other_org`.
struct PersonMoved {
  std::string person;
  std::string org;
  std::string other_org;
  std::string role;
  std::optional<Date> announced;  // when the move was announced, if not when it happened
  std::optional<Evidence> evidence;
  std::string company;
  std::string other_company;
  bool operator==(const PersonMoved&) const = default;
};

struct OrgFounded {
  std::string org;
  std::vector<std::string> founders;
  std::optional<Evidence> evidence;
  std::string company;
  bool operator==(const OrgFounded&) const = default;
};

// ModelReleased and ModelDelayed (the flags are only written for releases).
struct ModelNews {
  std::string org;
  std::string model;
  std::optional<bool> open_weights;
  std::optional<bool> reasoning;
  std::optional<Evidence> evidence;
  std::string company;
  bool operator==(const ModelNews&) const = default;
};

struct AffiliationAsserted {
  std::string person;
  std::string org;
  std::optional<Date> since;
  std::string role;
  std::string company;
  bool operator==(const AffiliationAsserted&) const = default;
};

struct CohortDefined {
  std::string name;
  std::string org;
  Date as_of;
  std::vector<std::string> members;
  std::string description;
  bool operator==(const CohortDefined&) const = default;
};

struct FactCorroborated {
  std::string id;  // the fact
  std::string article;
  std::string source;
  std::string url;
  std::optional<double> confidence;      // of this report
  std::optional<Timestamp> reported_at;  // when this report was published
  bool operator==(const FactCorroborated&) const = default;
};

struct FactRetracted {
  std::string id;
  std::string reason;
  bool operator==(const FactRetracted&) const = default;
};

enum class EntityKind { kPerson, kOrg };

struct EntitiesMerged {
  EntityKind kind = EntityKind::kPerson;
  std::string from;
  std::string into;
  bool operator==(const EntitiesMerged&) const = default;
};

// The data of an event this build cannot interpret, kept as compact JSON.
struct UnknownData {
  std::string json;
  bool operator==(const UnknownData&) const = default;
};

using Payload = std::variant<UnknownData, ArticleObserved, PersonMoved, OrgFounded, ModelNews,
                             AffiliationAsserted, CohortDefined, FactCorroborated,
                             FactRetracted, EntitiesMerged>;

struct Event {
  std::string id;  // unique; the idempotency key
  EventType type = EventType::kUnknown;
  std::string type_name;  // as written; the only name an unknown event has
  int version = 1;
  Timestamp recorded_at{};
  std::optional<Date> occurred_at;
  std::string source;     // where it came from: an URL, an outlet, "manual"
  std::string causation;  // id of the event it came from; "" for none
  Payload data;

  // The best known date of the real-world event: occurred_at, else the day
  // it was recorded. "As of" queries and conflict rules use it.
  Date EffectiveDate() const {
    return occurred_at ? *occurred_at : DateOf(recorded_at);
  }

  bool operator==(const Event&) const = default;
};

// Builds an event of a known type with its name and current version set.
template <typename T>
Event MakeEvent(EventType type, std::string id, Timestamp recorded_at, T data) {
  Event event;
  event.id = std::move(id);
  event.type = type;
  event.type_name = std::string(EventTypeName(type));
  event.version = CurrentVersion(type);
  event.recorded_at = recorded_at;
  event.data = std::move(data);
  return event;
}

// True for the types that state a fact and can be corroborated or retracted.
bool IsFact(EventType type);

}  // namespace labwatch
