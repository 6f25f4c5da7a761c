#include "core/roster.h"

#include <algorithm>
#include <future>
#include <iterator>
#include <thread>

#include "core/history.h"
#include "core/text.h"

namespace labwatch {
namespace {

// Changed people from which TakeChanges encodes their records on a thread
// of their own: below it, starting the thread costs more than it saves.
constexpr size_t kEncodeBesideAt = 1000;

}  // namespace

void PersonRecord::Encode(std::string* out) const {
  out->reserve(out->size() + 160 * facts.size());  // about what a fact takes
  PutString(out, name);
  PutVarint(out, facts.size());
  for (auto it = facts.begin(); it != facts.end(); ++it) {
    PrefetchAhead(it, facts.end());
    const PersonFact& fact = *it;
    fact.EncodeBase(out);
    PutVarint(out, static_cast<std::uint64_t>(fact.kind));
    PutString(out, fact.org);
    PutString(out, fact.other_org);
    PutString(out, fact.role);
    PutVarint(out, fact.announced.has_value());
    if (fact.announced) EncodeDate(out, *fact.announced);
    PutString(out, fact.company);
    PutString(out, fact.other_company);
  }
}

bool PersonRecord::Decode(std::string_view bytes) {
  ByteReader in(bytes);
  name = in.String();
  std::uint64_t count = in.Varint();
  facts.clear();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    PersonFact fact;
    fact.DecodeBase(in);
    std::uint64_t kind = in.Varint();
    if (kind > static_cast<std::uint64_t>(MoveKind::kFounded)) return false;
    fact.kind = static_cast<MoveKind>(kind);
    fact.org = in.String();
    fact.other_org = in.String();
    fact.role = in.String();
    if (in.Bool()) fact.announced = DecodeDate(in);
    fact.company = in.String();
    fact.other_company = in.String();
    facts.push_back(std::move(fact));
  }
  return in.ok() && in.done();
}

void PrefetchFacts(const PersonRecord& person) {
  for (const PersonFact& fact : person.facts) {
    __builtin_prefetch(fact.sources.data());
    __builtin_prefetch(fact.id.data());
  }
}

bool StintSpan::Holds(const Date& day) const {
  return (!start || start->SortKey() <= day.SortKey()) && (!end || day.SortKey() <= end->SortKey());
}

void StintIndex::Encode(std::string* out) const {
  PutVarint(out, spans.size());
  for (const auto& span : spans) {
    PutVarint(out, (span.start ? 1 : 0) | (span.end ? 2 : 0));
    if (span.start) EncodeDate(out, *span.start);
    if (span.end) EncodeDate(out, *span.end);
  }
}

bool StintIndex::Decode(std::string_view bytes) {
  ByteReader in(bytes);
  std::uint64_t count = in.Varint();
  spans.clear();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    std::uint64_t present = in.Varint();
    StintSpan span;
    if (present & 1) span.start = DecodeDate(in);
    if (present & 2) span.end = DecodeDate(in);
    spans.push_back(span);
  }
  return in.ok() && in.done();
}

bool StintIndex::HoldsDay(const Date& day) const {
  return std::any_of(spans.begin(), spans.end(), [&](const StintSpan& span) { return span.Holds(day); });
}

std::string StintIndexPrefix(std::string_view org_key) {
  std::string prefix = "n/";
  prefix.append(org_key);
  prefix.push_back('\0');
  return prefix;
}

std::string StintIndexKey(std::string_view org_key, std::string_view person_key) {
  return StintIndexPrefix(org_key).append(person_key);
}

bool MergedName::Decode(std::string_view bytes) {
  ByteReader in(bytes);
  target = in.String();
  return in.ok() && in.done();
}

std::string OrgNames::Canonical(std::string_view name) const {
  if (canonical_.empty()) return std::string(name);  // no org was ever merged
  auto it = canonical_.find(FoldKey(name));
  return it == canonical_.end() ? std::string(name) : it->second;
}

std::string OrgNames::Key(std::string_view name) const {
  if (canonical_.empty()) return FoldKey(name);  // no org was ever merged
  return FoldKey(Canonical(name));
}

std::string RosterProjection::ResolvePerson(std::string_view name) const { return ResolveKey(FoldKey(name)); }

const std::string& RosterProjection::ResolveKey(const std::string& key) const {
  // Merges keep aliases pointing at their final target, so one step suffices.
  if (const MergedName* alias = person_aliases_.Find(key)) return alias->target;
  return key;
}

const PersonRecord* RosterProjection::FindPerson(std::string_view name) const {
  return people_.Find(ResolvePerson(name));
}

OrgNames RosterProjection::org_names() const {
  std::map<std::string, std::string> canonical;
  for (const auto& [key, alias] : org_aliases_.records()) canonical[key] = alias.target;
  return OrgNames(std::move(canonical));
}

void RosterProjection::AddFact(PreparedFacts::Item& item, Sequence seq, const Event& event) {
  PersonRecord& record = people_.TouchOwning(ResolveKey(item.key), event.id);
  if (record.name.empty()) record.name = item.person;
  // A founder named twice in one event: facts of one event are the last
  // ones added. Only a founding names several people; for any other event
  // this would be a wait for memory: the person's last fact was written
  // long ago, and a rebuild spent a tenth of the roster's fold here.
  if (event.type == EventType::kOrgFounded)
    for (auto it = record.facts.rbegin(); it != record.facts.rend() && it->seq == seq; ++it)
      if (it->id == event.id) return;
  record.facts.push_back(std::move(item.fact));
}

void RosterProjection::MergePeople(const std::string& from_name, const std::string& into_name) {
  std::string from = ResolvePerson(from_name);
  std::string into = ResolvePerson(into_name);
  if (from == into) return;
  if (const PersonRecord* source = people_.Find(from)) {
    PersonRecord moved = *source;
    for (const auto& fact : moved.facts) people_.Disown(fact.id, from);
    people_.Erase(from);
    PersonRecord& target = people_.Touch(into);
    if (target.name.empty()) target.name = into_name;
    for (auto& fact : moved.facts) {
      people_.TouchOwning(into, fact.id);
      bool present = std::any_of(target.facts.begin(), target.facts.end(),
                                 [&](const PersonFact& f) { return f.id == fact.id; });
      if (!present) target.facts.push_back(std::move(fact));
    }
    std::sort(target.facts.begin(), target.facts.end(),
              [](const PersonFact& a, const PersonFact& b) { return a.seq < b.seq; });
  }
  // Keep every alias one step from its final target.
  std::vector<std::string> redirected;
  for (const auto& [key, alias] : person_aliases_.records())
    if (alias.target == from) redirected.push_back(key);
  for (const auto& key : redirected) person_aliases_.Touch(key).target = into;
  person_aliases_.Touch(from).target = into;
}

void RosterProjection::MergeOrgs(const std::string& from_name, const std::string& into_name) {
  std::string into = org_names().Canonical(into_name);
  std::string from_key = FoldKey(from_name);
  if (from_key == FoldKey(into)) return;
  // Names merged into `from` before now follow it into `into`.
  std::vector<std::string> redirected;
  for (const auto& [key, alias] : org_aliases_.records())
    if (FoldKey(alias.target) == from_key) redirected.push_back(key);
  for (const auto& key : redirected) org_aliases_.Touch(key).target = into;
  org_aliases_.Touch(from_key).target = into;
  reindex_everyone_ = true;
}

void RosterProjection::Apply(Sequence seq, const Event& event) {
  Prepare(seq, event, scratch_);
  ApplyPrepared(seq, event, scratch_);
}

void RosterProjection::Prepare(Sequence seq, const Event& event, Prepared& prepared) const {
  auto& items = static_cast<PreparedFacts&>(prepared).items;
  items.clear();
  auto add = [&](const std::string& person, const std::optional<Evidence>& evidence) -> PersonFact& {
    PreparedFacts::Item& item = items.emplace_back();
    item.person = person;
    item.key = FoldKey(person);
    FillFromEvent(item.fact, seq, event, evidence);
    return item.fact;
  };
  switch (event.type) {
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined: {
      const auto& d = std::get<PersonMoved>(event.data);
      PersonFact& fact = add(d.person, d.evidence);
      fact.kind = event.type == EventType::kPersonDeparted ? MoveKind::kDeparted : MoveKind::kJoined;
      fact.org = d.org;
      fact.other_org = d.other_org;
      fact.role = d.role;
      fact.announced = d.announced;
      fact.company = d.company;
      fact.other_company = d.other_company;
      break;
    }
    case EventType::kAffiliationAsserted: {
      const auto& d = std::get<AffiliationAsserted>(event.data);
      PersonFact& fact = add(d.person, std::nullopt);
      fact.kind = MoveKind::kAffiliated;
      if (d.since) {
        fact.date = *d.since;
        fact.dated = true;
      }
      fact.org = d.org;
      fact.role = d.role;
      fact.company = d.company;
      break;
    }
    case EventType::kOrgFounded: {
      const auto& d = std::get<OrgFounded>(event.data);
      for (const auto& founder : d.founders) {
        PersonFact& fact = add(founder, d.evidence);
        fact.kind = MoveKind::kFounded;
        fact.org = d.org;
        fact.company = d.company;
      }
      break;
    }
    default:
      break;
  }
}

void RosterProjection::ApplyPrepared(Sequence seq, const Event& event, Prepared& prepared) {
  switch (event.type) {
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined:
    case EventType::kAffiliationAsserted:
    case EventType::kOrgFounded:
      for (auto& item : static_cast<PreparedFacts&>(prepared).items) AddFact(item, seq, event);
      break;
    case EventType::kEntitiesMerged: {
      const auto& d = std::get<EntitiesMerged>(event.data);
      if (d.kind == EntityKind::kPerson) {
        MergePeople(d.from, d.into);
      } else {
        MergeOrgs(d.from, d.into);
      }
      break;
    }
    case EventType::kFactCorroborated:
    case EventType::kFactRetracted:
      people_.ApplyToFact(event);
      break;
    default:
      break;
  }
}

std::map<std::string, StintIndex> RosterProjection::IndexPerson(const PersonRecord& person, const OrgNames& orgs) {
  // Every stint, however it ends: as of the end of time.
  History history = DeriveHistory(person, orgs, Date::Day(9999, 12, 31), kIndexedConfidence, HistoryDetail::kSpans);
  std::map<std::string, StintIndex> by_org;
  // A stint's org_key is the key of the name its fact gave; with no merges
  // that is the key of its org's display name too, already folded.
  for (const Stint& stint : history.stints)
    by_org[orgs.none_merged() ? stint.org_key : orgs.Key(stint.org)].spans.push_back({stint.start, stint.end});
  return by_org;
}

namespace {

// One person's stint index record for one org: the org (an id of the
// share's, see IndexShare) and the value in the share's `values`, or a
// deletion.
struct IndexChange {
  std::string_view person_key;
  std::size_t offset = 0;  // in IndexShare::values, which may pass 4 GiB
  std::uint32_t org = 0;
  std::uint32_t size = 0;
  bool deleted = false;
};

}  // namespace

// What one share of a commit's people leaves for the rest to write: its
// stint index changes person by person (in key order), and each reindexed
// person's org keys now. A rebuild at 1M events makes two million changes:
// flat, with their values back to back in one string, rather than a string
// each in a vector per org, which had the commit threads filling some 200 MB
// of fresh pages.
struct RosterProjection::IndexShare {
  std::vector<IndexChange> changes;
  std::string values;
  std::vector<std::string_view> org_keys;  // by id; views of `org_ids`' keys
  absl::node_hash_map<std::string, std::uint32_t> org_ids;
  std::vector<std::pair<std::string_view, std::vector<std::string>>> indexed;

  std::uint32_t OrgId(const std::string& org_key) {
    auto [it, inserted] = org_ids.try_emplace(org_key, static_cast<std::uint32_t>(org_keys.size()));
    if (inserted) org_keys.emplace_back(it->first);
    return it->second;
  }
};

void RosterProjection::WriteShare(std::span<const RecordTable<PersonRecord>::Change> people,
                                  std::span<const std::string> reindexed, const OrgNames& orgs, RecordSink& sink,
                                  IndexShare& share) const {
  // Person by person, in key order, the record and then its index: both
  // read every fact, and the second reads them from the cache. Reading a
  // million facts twice, each a cache miss, had cost as much as encoding.
  std::string key, value;
  size_t i = 0, j = 0;
  while (i < people.size() || j < reindexed.size()) {
    std::string_view person_key = j == reindexed.size() || (i < people.size() && people[i].key < reindexed[j])
                                      ? people[i].key
                                      : std::string_view(reindexed[j]);
    const PersonRecord* person = nullptr;
    bool changed = i < people.size() && people[i].key == person_key;
    if (changed) {
      if (i + 1 < people.size() && people[i + 1].record) PrefetchFacts(*people[i + 1].record);
      person = people[i].record;
      people_.WriteOne(person_key, person, sink, key, value);
      ++i;
    }
    if (j == reindexed.size() || reindexed[j] != person_key) continue;
    ++j;
    if (!changed) person = people_.Find(std::string(person_key));
    std::vector<std::string> now;
    if (person) {
      for (auto& [org_key, spans] : IndexPerson(*person, orgs)) {
        const size_t offset = share.values.size();
        spans.Encode(&share.values);
        share.changes.push_back(
            {person_key, offset, share.OrgId(org_key), static_cast<std::uint32_t>(share.values.size() - offset)});
        now.push_back(org_key);
      }
    }
    if (auto before = indexed_orgs_.find(std::string(person_key)); before != indexed_orgs_.end())
      for (const auto& org_key : before->second)
        if (std::find(now.begin(), now.end(), org_key) == now.end())
          share.changes.push_back({person_key, 0, share.OrgId(org_key), 0, true});
    share.indexed.emplace_back(person_key, std::move(now));
  }
}

void RosterProjection::WriteChanges(RecordRuns& runs) {
  std::vector<std::string> reindexed;  // whose stint index to bring up to date
  if (reindex_everyone_) {
    for (const auto& [key, person] : people_.records()) reindexed.push_back(key);
    for (const auto& [key, orgs] : indexed_orgs_)
      if (!people_.Find(key)) reindexed.push_back(key);
  } else {
    reindexed = people_.ChangedKeys();
  }
  std::sort(reindexed.begin(), reindexed.end());
  reindexed.erase(std::unique(reindexed.begin(), reindexed.end()), reindexed.end());
  reindex_everyone_ = false;
  const auto people = people_.TakeSortedChanges();
  const OrgNames orgs = org_names();

  // Tags in key order: a/, n/, o/ in one or two runs, p/ in one or two more.
  // After a large fold the people are shared out in two halves at a person
  // key, the second encoded and indexed on a thread of its own: both only
  // read the records.
  RecordSink& front = runs.Run("");
  std::span<const RecordTable<PersonRecord>::Change> first_people(people), second_people;
  std::span<const std::string> first_reindexed(reindexed), second_reindexed;
  RecordSink* second_sink = nullptr;
  RecordSink& first_sink = runs.Run("p/");
  if (people.size() >= kEncodeBesideAt && std::thread::hardware_concurrency() > 1) {
    std::string_view middle = people[people.size() / 2].key;
    if (middle > people.front().key) {
      auto split_people = std::lower_bound(people.begin(), people.end(), middle,
                                           [](const auto& change, std::string_view key) { return change.key < key; });
      auto split_reindexed = std::lower_bound(reindexed.begin(), reindexed.end(), middle);
      first_people = {people.begin(), split_people};
      second_people = {split_people, people.end()};
      first_reindexed = {reindexed.begin(), split_reindexed};
      second_reindexed = {split_reindexed, reindexed.end()};
      second_sink = &runs.Run("p/" + std::string(middle));
    }
  }
  IndexShare first, second;
  std::future<void> beside;
  if (second_sink)
    beside = std::async(std::launch::async,
                        [&] { WriteShare(second_people, second_reindexed, orgs, *second_sink, second); });
  WriteShare(first_people, first_reindexed, orgs, first_sink, first);
  if (beside.valid()) beside.get();

  // The index in key order: by org, and within an org the first share's
  // people (in key order) before the second's. A counting sort by the
  // org's rank among every org key of both shares.
  std::vector<std::string_view> org_keys;
  for (const IndexShare* share : {&first, &second})
    org_keys.insert(org_keys.end(), share->org_keys.begin(), share->org_keys.end());
  std::sort(org_keys.begin(), org_keys.end());
  org_keys.erase(std::unique(org_keys.begin(), org_keys.end()), org_keys.end());
  auto ranks_of = [&](const IndexShare& share) {
    std::vector<std::uint32_t> ranks;
    for (std::string_view key : share.org_keys)
      ranks.push_back(static_cast<std::uint32_t>(std::lower_bound(org_keys.begin(), org_keys.end(), key) -
                                                 org_keys.begin()));
    return ranks;
  };
  const std::vector<std::uint32_t> first_ranks = ranks_of(first), second_ranks = ranks_of(second);
  std::vector<size_t> starts(org_keys.size() + 1, 0);  // where each org's changes begin
  for (const auto& change : first.changes) ++starts[first_ranks[change.org] + 1];
  for (const auto& change : second.changes) ++starts[second_ranks[change.org] + 1];
  for (size_t i = 1; i < starts.size(); ++i) starts[i] += starts[i - 1];
  struct Placed {
    const IndexChange* change;
    const IndexShare* share;
  };
  std::vector<Placed> ordered(starts.back());
  {
    std::vector<size_t> next(starts.begin(), starts.end() - 1);
    for (const auto& change : first.changes) ordered[next[first_ranks[change.org]]++] = {&change, &first};
    for (const auto& change : second.changes) ordered[next[second_ranks[change.org]]++] = {&change, &second};
  }
  auto write_index = [&](size_t begin_org, size_t end_org, RecordSink& sink) {
    std::string key;
    for (size_t org = begin_org; org < end_org; ++org) {
      key = StintIndexPrefix(org_keys[org]);
      const size_t prefix = key.size();
      for (size_t i = starts[org]; i < starts[org + 1]; ++i) {
        const auto& [change, share] = ordered[i];
        key.resize(prefix);
        key.append(change->person_key);
        if (change->deleted) {
          sink.Delete(key);
        } else {
          sink.Put(key, std::string_view(share->values).substr(change->offset, change->size));
        }
      }
    }
  };
  // A rebuild's index is larger than its people (an entry per person and
  // org): its later orgs, and the org aliases after them, go into a run of
  // their own on another thread.
  const size_t records = ordered.size();
  size_t later = org_keys.size();
  if (second_sink && records >= kEncodeBesideAt) {
    later = 0;
    while (later < org_keys.size() && starts[later] < records / 2) ++later;
    if (later == 0) later = org_keys.size();
  }
  if (later == org_keys.size()) {
    person_aliases_.WriteChanges(front);
    write_index(0, org_keys.size(), front);
    org_aliases_.WriteChanges(front);
  } else {
    RecordSink& rest = runs.Run(StintIndexPrefix(org_keys[later]));
    auto written = std::async(std::launch::async, [&] {
      write_index(later, org_keys.size(), rest);
      org_aliases_.WriteChanges(rest);
    });
    person_aliases_.WriteChanges(front);
    write_index(0, later, front);
    written.get();
  }
  for (IndexShare* share : {&first, &second}) {
    for (auto& [person_key, now] : share->indexed) {
      if (now.empty()) {
        indexed_orgs_.erase(std::string(person_key));
      } else {
        indexed_orgs_[std::string(person_key)] = std::move(now);
      }
    }
  }
}

Result<void> RosterProjection::Load(std::string_view key, std::string_view value) {
  if (key.starts_with("n/")) {
    size_t separator = key.find('\0');
    StintIndex index;
    if (separator == std::string_view::npos || !index.Decode(value))
      return MakeError(ErrorCode::kCorruption, "roster: stint index record n/" +
                                                   std::string(key.substr(2, separator - 2)) +
                                                   " does not decode (run `labwatch rebuild roster`)");
    indexed_orgs_[std::string(key.substr(separator + 1))].emplace_back(key.substr(2, separator - 2));
    return {};
  }
  if (people_.Claims(key)) return people_.Load(key, value);
  if (person_aliases_.Claims(key)) return person_aliases_.Load(key, value);
  if (org_aliases_.Claims(key)) return org_aliases_.Load(key, value);
  return MakeError(ErrorCode::kCorruption, "roster: unknown record " + std::string(key));
}

std::vector<std::pair<std::string, std::string>> RosterProjection::Snapshot() const {
  std::vector<std::pair<std::string, std::string>> out;
  person_aliases_.Snapshot(&out);
  org_aliases_.Snapshot(&out);
  people_.Snapshot(&out);
  // The index as a fresh fold would write it, so that Verify checks it.
  OrgNames orgs = org_names();
  for (const auto& [key, person] : people_.records()) {
    for (const auto& [org_key, spans] : IndexPerson(person, orgs)) {
      std::string value;
      spans.Encode(&value);
      out.emplace_back(StintIndexKey(org_key, key), std::move(value));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace labwatch
