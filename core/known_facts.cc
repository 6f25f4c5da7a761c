#include "core/known_facts.h"

#include <cstdlib>

#include "core/text.h"

namespace labwatch {
namespace {

// Appends the fold key of a model name without spaces, hyphens and
// underscores.
void AppendModelKey(std::string* key, std::string_view model) {
  for (char c : FoldKey(model))
    if (c != ' ' && c != '-' && c != '_') key->push_back(c);
}

std::string ModelKey(std::string_view model) {
  std::string key;
  AppendModelKey(&key, model);
  return key;
}

// Of `facts`, the one in force that `matches` and is closest to `date`
// within `window_days`.
template <typename Facts, typename Matches>
const FactBase* Closest(const Facts& facts, const Date& date, int window_days, Matches matches) {
  const FactBase* best = nullptr;
  int best_distance = window_days + 1;
  for (const auto& fact : facts) {
    if (fact.retracted || !matches(fact)) continue;
    int distance = std::abs(fact.date.SortKey() - date.SortKey());
    if (distance < best_distance) {
      best = &fact;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

std::string FactIdentity(std::string_view kind, std::string_view first, std::string_view second) {
  std::string key;
  key.reserve(kind.size() + first.size() + second.size() + 2);
  key.append(kind).push_back('|');
  key.append(FoldKey(first)).push_back('|');
  if (kind == "release" || kind == "delay") {
    AppendModelKey(&key, second);
  } else {
    key.append(FoldKey(second));
  }
  return key;
}

const FactBase* KnownFacts::Find(EventType type, std::string_view first, std::string_view second, const Date& date,
                                 int window_days) const {
  switch (type) {
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined:
    case EventType::kOrgFounded: {
      const PersonRecord* person = roster_.FindPerson(first);
      if (!person) return nullptr;
      MoveKind kind = type == EventType::kPersonDeparted ? MoveKind::kDeparted
                      : type == EventType::kPersonJoined ? MoveKind::kJoined
                                                         : MoveKind::kFounded;
      std::string org = FoldKey(second);
      return Closest(person->facts, date, window_days,
                     [&](const PersonFact& fact) { return fact.kind == kind && FoldKey(fact.org) == org; });
    }
    case EventType::kModelReleased:
    case EventType::kModelDelayed: {
      auto record = models_.records().find(FoldKey(first));
      if (record == models_.records().end()) return nullptr;
      bool released = type == EventType::kModelReleased;
      std::string model = ModelKey(second);
      return Closest(record->second.facts, date, window_days,
                     [&](const ModelFact& fact) { return fact.released == released && ModelKey(fact.model) == model; });
    }
    default:
      return nullptr;
  }
}

}  // namespace labwatch
