#include "bench/synthetic.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <string_view>

namespace labwatch::bench {
namespace {

constexpr std::array<std::string_view, 16> kSyllables = {
    "ka", "lo", "mi", "ra", "ne", "to", "su", "vi", "da", "ye", "ri", "ba", "no", "el", "ta", "zu"};

constexpr std::array<std::string_view, 20> kOrgPrefixes = {
    "Deep",  "Open",  "Neural", "Quantum", "Bright",  "Vector",  "Tensor", "Signal", "Frontier", "Latent",
    "Cortex", "Prime", "Nova",  "Polar",   "Apex",    "Silicon", "Horizon", "Atlas", "Lumen",    "Orbit"};

constexpr std::array<std::string_view, 10> kOrgSuffixes = {
    "AI", "Labs", "Research", "Systems", "Mind", "Works", "Dynamics", "Robotics", "Compute", "Foundry"};

constexpr std::array<std::string_view, 6> kRoles = {
    "research scientist", "member of technical staff", "head of research",
    "staff engineer",     "vice president",            "chief scientist"};

constexpr std::array<std::string_view, 4> kOutlets = {"news.example.com", "wire.example.org", "ai.example.net",
                                                      "labs.example.com"};

std::uint64_t SplitMix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::string Capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// 2021-01-01T00:00:00Z.
constexpr std::int64_t kEpoch = 1609459200;

}  // namespace

std::string PersonName(int i) {
  auto digit = [&](int n) { return kSyllables[static_cast<size_t>((i >> (4 * n)) & 15)]; };
  return Capitalized(std::string(digit(0)) + std::string(digit(1))) + " " +
         Capitalized(std::string(digit(2)) + std::string(digit(3)) + "der");
}

std::string OrgName(int i) {
  return std::string(kOrgPrefixes[static_cast<size_t>(i % 20)]) + " " +
         std::string(kOrgSuffixes[static_cast<size_t>((i / 20) % 10)]);
}

EventGenerator::EventGenerator(std::uint64_t seed)
    : seed_(seed), rng_(SplitMix64(seed)), current_org_(kPeople) {
  for (int p = 0; p < kPeople; ++p) current_org_[static_cast<size_t>(p)] = static_cast<int>(Random() % kOrgs);
  for (int p = 0; p < kCohortSize; ++p) current_org_[static_cast<size_t>(p)] = kCohortOrg;
}

std::uint64_t EventGenerator::Random() {
  rng_ = SplitMix64(rng_);
  return rng_;
}

int EventGenerator::RandomOrgOtherThan(int org) {
  int other = static_cast<int>(Random() % (kOrgs - 1));
  return other >= org ? other + 1 : other;
}

void EventGenerator::Next(size_t count, std::vector<Event>* out) {
  out->clear();
  out->reserve(count);
  for (size_t i = 0; i < count; ++i) out->push_back(Make());
}

Event EventGenerator::Make() {
  const std::uint64_t index = index_++;
  char id[24];
  std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(SplitMix64(seed_ * 0x100000001b3ULL ^ index)));
  const Timestamp recorded_at{std::chrono::seconds(kEpoch + static_cast<std::int64_t>(index) * 30)};
  const Date day = DateOf(recorded_at);
  const std::string_view outlet = kOutlets[index % kOutlets.size()];
  char source[96];
  std::snprintf(source, sizeof source, "https://%.*s/a/%llu", static_cast<int>(outlet.size()), outlet.data(),
                static_cast<unsigned long long>(index));

  Event event;
  if (index == 0) {
    CohortDefined cohort;
    cohort.name = kCohortName;
    cohort.org = CohortOrg();
    cohort.as_of = day;
    for (int p = 0; p < kCohortSize; ++p) cohort.members.push_back(PersonName(p));
    cohort.description = "benchmark cohort: the first 14 synthetic people";
    event = MakeEvent(EventType::kCohortDefined, id, recorded_at, std::move(cohort));
  } else if (index <= static_cast<std::uint64_t>(kCohortSize)) {
    AffiliationAsserted affiliation;
    affiliation.person = PersonName(static_cast<int>(index - 1));
    affiliation.org = CohortOrg();
    affiliation.since = day;
    affiliation.role = std::string(kRoles[index % kRoles.size()]);
    event = MakeEvent(EventType::kAffiliationAsserted, id, recorded_at, std::move(affiliation));
  } else {
    const std::uint64_t kind = Random() % 100;
    const int person = static_cast<int>(Random() % kPeople);
    int& at = current_org_[static_cast<size_t>(person)];
    // Extractors find a role in about a third of the sentences.
    const std::uint64_t role_pick = Random() % (3 * kRoles.size());
    const std::string role = role_pick < kRoles.size() ? std::string(kRoles[role_pick]) : "";
    Evidence evidence;
    evidence.confidence = static_cast<double>(50 + Random() % 50) / 100.0;
    if (kind < 70) {
      PersonMoved move;
      move.person = PersonName(person);
      move.role = role;
      EventType type;
      if (kind < 35) {
        type = EventType::kPersonJoined;
        move.other_org = OrgName(at);
        at = RandomOrgOtherThan(at);
        move.org = OrgName(at);
        evidence.text = move.person + " has joined " + move.org + " from " + move.other_org + ".";
      } else {
        type = EventType::kPersonDeparted;
        move.org = OrgName(at);
        at = RandomOrgOtherThan(at);
        move.other_org = OrgName(at);
        evidence.text = move.person + " is leaving " + move.org + " for " + move.other_org + ".";
      }
      move.evidence = std::move(evidence);
      event = MakeEvent(type, id, recorded_at, std::move(move));
    } else if (kind < 90) {
      AffiliationAsserted affiliation;
      affiliation.person = PersonName(person);
      affiliation.org = OrgName(at);
      affiliation.since = Date::FromDays(day.FirstDay() - std::chrono::days(static_cast<int>(Random() % 700)));
      affiliation.role = role;
      event = MakeEvent(EventType::kAffiliationAsserted, id, recorded_at, std::move(affiliation));
    } else {
      const int org = static_cast<int>(Random() % kOrgs);
      ModelNews model;
      model.org = OrgName(org);
      model.model = std::string(kOrgPrefixes[static_cast<size_t>(org % 20)]) + "-" + std::to_string(index % 997);
      model.open_weights = Random() % 2 == 0;
      model.reasoning = Random() % 3 == 0;
      evidence.text = model.org + " released " + model.model + ", its new model.";
      model.evidence = std::move(evidence);
      event = MakeEvent(EventType::kModelReleased, id, recorded_at, std::move(model));
    }
  }
  event.occurred_at = Date::FromDays(day.FirstDay() - std::chrono::days(static_cast<int>(index % 5)));
  event.source = source;
  return event;
}

}  // namespace labwatch::bench
