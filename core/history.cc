#include "core/history.h"

#include <algorithm>
#include <array>

#include "core/text.h"

namespace labwatch {
namespace {

// An org as a fact names it: the company it counts for, and the unit.
struct OrgRef {
  std::string_view org;
  std::string_view unit;
};

OrgRef MainOrg(const PersonFact& fact) {
  if (fact.company.empty()) return {fact.org, ""};
  return {fact.company, fact.org};
}

OrgRef OtherOrg(const PersonFact& fact) {
  if (fact.other_company.empty()) return {fact.other_org, ""};
  return {fact.other_company, fact.other_org};
}

class HistoryBuilder {
 public:
  // `facts`: how many facts will be taken. Most open a stint: room for them
  // all at once, not a vector grown and moved five times over (a commit
  // derives the history of every person it changed).
  HistoryBuilder(const OrgNames& orgs, size_t facts, HistoryDetail detail)
      : orgs_(orgs), full_(detail == HistoryDetail::kFull) {
    history_.stints.reserve(facts + 1);
  }

  void Join(const PersonFact& fact, const OrgRef& org) {
    std::string key = Key(org.org);
    if (Stint* open = Open(); open && open->org_key == key) {
      Note(*open, fact);
      if (full_ && !fact.role.empty() && fact.kind != MoveKind::kDeparted) open->role = fact.role;
      if (full_ && !org.unit.empty()) open->unit.assign(org.unit);
      open->founder |= fact.kind == MoveKind::kFounded;
      return;
    }
    OrgRef from = OtherOrg(fact);
    if (Stint* open = Open()) {
      Close(*open, fact);
    } else if (fact.kind == MoveKind::kJoined && !from.org.empty() && !LastAt(Key(from.org))) {
      // "joined B from A": A is a stint we had not heard of.
      Stint previous;
      previous.org = orgs_.Canonical(from.org);
      previous.org_key = FoldKey(previous.org);
      if (full_) previous.unit.assign(from.unit);
      previous.end = fact.date;
      previous.end_fact = &fact;
      Note(previous, fact);
      history_.stints.push_back(std::move(previous));
    }
    Stint stint;
    stint.org = CanonicalOrg(org.org);
    stint.org_key = std::move(key);
    if (full_) stint.unit.assign(org.unit);
    // A departure's role was held at the org left, not at the next one.
    if (full_ && fact.kind != MoveKind::kDeparted) stint.role = fact.role;
    stint.start = fact.date;
    stint.founder = fact.kind == MoveKind::kFounded;
    stint.start_fact = &fact;
    Note(stint, fact);
    history_.stints.push_back(std::move(stint));
    history_.current = history_.stints.size() - 1;
  }

  void Depart(const PersonFact& fact) {
    OrgRef left = MainOrg(fact);
    std::string key = Key(left.org);
    if (Stint* open = Open(); open && open->org_key == key) {
      Close(*open, fact);
    } else if (Stint* earlier = LastAt(key)) {
      // Already known to have left (say, a founding elsewhere came first):
      // one more report of the same departure.
      Note(*earlier, fact);
    } else {
      Stint stint;
      stint.org = CanonicalOrg(left.org);
      stint.org_key = std::move(key);
      if (full_) stint.unit.assign(left.unit);
      if (full_) stint.role = fact.role;
      stint.end = fact.date;
      stint.end_fact = &fact;
      Note(stint, fact);
      // It ended no later than the open stint began, as far as we know.
      auto at = history_.current ? history_.stints.begin() + static_cast<long>(*history_.current)
                                 : history_.stints.end();
      history_.stints.insert(at, std::move(stint));
      if (history_.current) ++*history_.current;
    }
    OrgRef next = OtherOrg(fact);
    if (!next.org.empty()) Join(fact, next);
  }

  // A departure from the open stint, announced by `as_of` but effective later.
  void Announce(const PersonFact& fact) {
    if (Stint* open = Open(); open && open->org_key == Key(MainOrg(fact).org)) {
      open->leaving = fact.date;
      Note(*open, fact);
    }
  }

  History Take() { return std::move(history_); }

 private:
  Stint* Open() { return history_.current ? &history_.stints[*history_.current] : nullptr; }

  // orgs_.Key(name), remembered for the last few names: a person's facts
  // name the same orgs again and again (a join, then the departure), and a
  // commit derives the history of everyone it changed.
  const std::string& Key(std::string_view name) {
    for (size_t i = 0; i < std::min(next_key_, recent_keys_.size()); ++i)
      if (recent_keys_[i].first == name) return recent_keys_[i].second;
    auto& slot = recent_keys_[next_key_++ % recent_keys_.size()];
    slot.first = name;
    slot.second = orgs_.Key(name);
    return slot.second;
  }

  // The latest stint at the org whose key is `key`.
  Stint* LastAt(const std::string& key) {
    for (auto it = history_.stints.rbegin(); it != history_.stints.rend(); ++it)
      if (it->org_key == key) return &*it;
    return nullptr;
  }

  // `fact` supports `stint`: kept with the full detail.
  void Note(Stint& stint, const PersonFact& fact) {
    if (full_) stint.facts.push_back(&fact);
  }

  // The display name of the org named `name`; with spans only, needed
  // (by the stint index) only when some org was merged.
  std::string CanonicalOrg(std::string_view name) const {
    return full_ || !orgs_.none_merged() ? orgs_.Canonical(name) : std::string();
  }

  void Close(Stint& stint, const PersonFact& fact) {
    if (full_ && stint.role.empty() && fact.kind == MoveKind::kDeparted) stint.role = fact.role;
    stint.end = fact.date;
    stint.end_fact = &fact;
    Note(stint, fact);
    stint.leaving.reset();
    history_.current.reset();
  }

  const OrgNames& orgs_;
  const bool full_;  // HistoryDetail::kFull
  History history_;
  // Names are views of the facts', which outlive the builder.
  std::array<std::pair<std::string_view, std::string>, 4> recent_keys_;
  size_t next_key_ = 0;  // how many were remembered; the next goes at this modulo 4
};

}  // namespace

History DeriveHistory(const PersonRecord& person, const OrgNames& orgs, const Date& as_of,
                      double min_confidence, HistoryDetail detail) {
  // In the order of ByDateThenSequence, sorted by the keys copied out: a
  // comparison through the pointers read two facts from memory and worked
  // out two dates' days, and a commit sorts the facts of everyone.
  struct Taken {
    std::int32_t day;
    Sequence seq;
    const PersonFact* fact;
  };
  std::vector<Taken> taken;
  std::vector<const PersonFact*> announced;
  const std::int32_t last_day = as_of.SortKey();
  for (auto it = person.facts.begin(); it != person.facts.end(); ++it) {
    PrefetchAhead(it, person.facts.end());
    const PersonFact& fact = *it;
    if (fact.retracted || fact.Confidence() < min_confidence) continue;
    if (std::int32_t day = fact.date.SortKey(); day <= last_day) {
      taken.push_back({day, fact.seq, &fact});
    } else if (fact.kind == MoveKind::kDeparted && fact.announced && fact.announced->SortKey() <= last_day) {
      announced.push_back(&fact);
    }
  }
  std::stable_sort(taken.begin(), taken.end(), [](const Taken& a, const Taken& b) {
    return a.day != b.day ? a.day < b.day : a.seq < b.seq;
  });
  std::vector<const PersonFact*> facts(taken.size());
  for (size_t i = 0; i < taken.size(); ++i) facts[i] = taken[i].fact;
  HistoryBuilder builder(orgs, facts.size(), detail);
  for (const PersonFact* fact : facts) {
    if (fact->kind == MoveKind::kDeparted) {
      builder.Depart(*fact);
    } else {
      builder.Join(*fact, MainOrg(*fact));
    }
  }
  for (const PersonFact* fact : announced) builder.Announce(*fact);
  return builder.Take();
}

}  // namespace labwatch
