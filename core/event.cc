#include "core/event.h"

#include <array>
#include <utility>

namespace labwatch {
namespace {

constexpr std::array<std::pair<EventType, std::string_view>, 11> kNames{{
    {EventType::kArticleObserved, "ArticleObserved"},
    {EventType::kPersonDeparted, "PersonDeparted"},
    {EventType::kPersonJoined, "PersonJoined"},
    {EventType::kOrgFounded, "OrgFounded"},
    {EventType::kModelReleased, "ModelReleased"},
    {EventType::kModelDelayed, "ModelDelayed"},
    {EventType::kAffiliationAsserted, "AffiliationAsserted"},
    {EventType::kCohortDefined, "CohortDefined"},
    {EventType::kFactCorroborated, "FactCorroborated"},
    {EventType::kFactRetracted, "FactRetracted"},
    {EventType::kEntitiesMerged, "EntitiesMerged"},
}};

}  // namespace

std::string_view EventTypeName(EventType type) {
  for (const auto& [t, name] : kNames)
    if (t == type) return name;
  return "";
}

EventType EventTypeFromName(std::string_view name) {
  for (const auto& [t, n] : kNames)
    if (n == name) return t;
  return EventType::kUnknown;
}

int CurrentVersion(EventType) { return 1; }

bool IsFact(EventType type) {
  switch (type) {
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined:
    case EventType::kOrgFounded:
    case EventType::kModelReleased:
    case EventType::kModelDelayed:
    case EventType::kAffiliationAsserted:
    case EventType::kCohortDefined:
      return true;
    default:
      return false;
  }
}

}  // namespace labwatch
