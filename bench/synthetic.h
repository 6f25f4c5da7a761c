// bench/synthetic.h
//
// Synthetic events for the benchmarks: a deterministic stream of events
// over kPeople people and kOrgs orgs, the mix a busy news feed would
// extract:
//
//   35% PersonJoined, 35% PersonDeparted  (with evidence: the sentence and a
//       confidence; a role one time in three), each moving a person from the
//       org the generator last put them at to another one;
//   20% AffiliationAsserted               (the person's current org);
//   10% ModelReleased                     (with evidence).
//
// Encoded (EncodeEvent) they average about 345 bytes, 251 to 531: the
// envelope alone (id, type, times, source URL) is about 190 bytes, so an
// event with an evidence sentence cannot get much closer to 300.
//
// The stream opens with one CohortDefined, kCohortName at CohortOrg() with
// kCohortSize members (people 0..13), and an AffiliationAsserted at that
// org for each member, so `labwatch cohort bench-cohort` has an answer.
//
// Ids are 16 hex digits of a hash of the index (random order, as feed ids
// are); recorded_at starts at 2021-01-01 and advances 30 s per event. The
// same seed gives the same events, so two stores fed by two generators hold
// identical logs.

#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/event.h"

namespace labwatch::bench {

inline constexpr int kPeople = 20000;
inline constexpr int kOrgs = 200;
inline constexpr int kCohortSize = 14;
inline constexpr char kCohortName[] = "bench-cohort";
inline constexpr int kCohortOrg = 7;

// "Kalo Mirader": unique for 0 <= i < 65536.
std::string PersonName(int i);
// "Deep Labs", "Nova Research": unique for 0 <= i < 200.
std::string OrgName(int i);
inline std::string CohortOrg() { return OrgName(kCohortOrg); }

class EventGenerator {
 public:
  explicit EventGenerator(std::uint64_t seed = 1);

  // Replaces the contents of `out` with the next `count` events.
  void Next(size_t count, std::vector<Event>* out);

  // How many events were generated so far.
  std::uint64_t generated() const { return index_; }

 private:
  Event Make();
  std::uint64_t Random();
  int RandomOrgOtherThan(int org);

  std::uint64_t seed_;
  std::uint64_t rng_;
  std::uint64_t index_ = 0;
  std::vector<int> current_org_;  // by person: where the last event put them
};

}  // namespace labwatch::bench
