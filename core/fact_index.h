// core/fact_index.h
//
// The "facts" projection: every fact that can be reported more than once
// (departures, joins, foundings, releases, delays), filed under its identity
// key, so a second article about a known fact becomes a FactCorroborated of
// it instead of a second fact. Records: "k/<identity key>", the facts with
// that key in log order (usually one; more when the same move happens again
// years later, as with people who return). A record keeps each fact's id,
// date and retraction, not its sources: that is all finding one needs.
//
// Keys come from names as recorded, folded: extraction resolves names to
// canonical entities before it writes a fact, so the key never depends on
// today's configuration.

#pragma once

#include <string>
#include <vector>

#include "core/catalog.h"

namespace labwatch {

// "departure|<person>|<org>", "founded|<person>|<org>",
// "release|<org>|<model>": fold keys; model names also ignore spaces,
// hyphens and underscores ("Llama 4 Scout" = "llama-4-scout").
std::string FactIdentity(std::string_view kind, std::string_view first, std::string_view second);

struct FactKeyRecord {
  std::vector<FactBase> facts;

  void Encode(std::string* out) const;
  bool Decode(std::string_view bytes);
  void ForEachFact(const std::function<void(FactBase&)>& fn) {
    for (auto& f : facts) fn(f);
  }
};

class FactIndexProjection final : public TableProjection<FactKeyRecord> {
 public:
  FactIndexProjection() : TableProjection("k") {}
  std::string_view Name() const override { return "facts"; }
  std::uint32_t Version() const override { return 3; }
  void Apply(Sequence seq, const Event& event) override;

  // The fact in force with `identity` whose date is within `window_days` of
  // `date`, closest first; nullptr if none.
  const FactBase* Find(const std::string& identity, const Date& date, int window_days) const;
};

}  // namespace labwatch
