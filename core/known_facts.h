// core/known_facts.h
//
// What makes two reports one fact, and the index ingestion asks whether a
// fact is known already, so a second article about it becomes a
// FactCorroborated instead of a second fact.
//
// The index is a view, not a projection of its own: departures, joins and
// foundings are in the roster under their person, releases and delays in
// the models projection under their org. Both hold every fact with its id,
// date and retraction, so keeping a third copy keyed by identity would only
// double what a rebuild folds and writes.

#pragma once

#include <string>
#include <string_view>

#include "core/catalog.h"
#include "core/roster.h"

namespace labwatch {

// "departure|<person>|<org>", "founded|<person>|<org>",
// "release|<org>|<model>": fold keys; model names also ignore spaces,
// hyphens and underscores ("Llama 4 Scout" = "llama-4-scout"). Fact ids are
// derived from it, so it must not change for facts already recorded.
std::string FactIdentity(std::string_view kind, std::string_view first, std::string_view second);

class KnownFacts {
 public:
  KnownFacts(const RosterProjection& roster, const ModelsProjection& models) : roster_(roster), models_(models) {}

  // The fact in force of `type` (a departure, join, founding, release or
  // delay) about `first` and `second` (person and org, or org and model)
  // whose date is within `window_days` of `date`, closest first; nullptr if
  // none. People are found through merges; orgs and models by fold key, as
  // recorded.
  const FactBase* Find(EventType type, std::string_view first, std::string_view second, const Date& date,
                       int window_days) const;

 private:
  const RosterProjection& roster_;
  const ModelsProjection& models_;
};

}  // namespace labwatch
