#include "core/views.h"

#include <algorithm>
#include <cstdlib>

#include "core/text.h"

namespace labwatch {

Provenance ProvenanceOf(const FactBase& fact) {
  Provenance p;
  p.fact_id = fact.id;
  if (!fact.sources.empty()) {
    p.source = fact.sources.front().source;
    p.url = fact.sources.front().url.str();
  }
  p.first_reported = fact.FirstReported();
  p.sources = static_cast<int>(fact.sources.size());
  return p;
}

std::optional<RosterRow> RosterRowFor(const PersonRecord& person, const OrgNames& orgs,
                                      const Date& as_of, double min_confidence) {
  History history = DeriveHistory(person, orgs, as_of, min_confidence);
  if (history.stints.empty()) return std::nullopt;
  RosterRow row;
  row.person = person.name;
  if (const Stint* current = history.Current()) {
    row.org = current->org;
    row.unit = current->unit;
    row.role = current->role;
    row.since = current->start;
    row.dated = current->start_fact && current->start_fact->dated;
    row.founder = current->founder;
    row.leaving = current->leaving;
    row.provenance = ProvenanceOf(*current->start_fact);
  } else {
    const Stint& last = history.stints.back();
    row.last_org = last.org;
    row.unit = last.unit;
    row.role = last.role;
    row.since = last.end;
    row.dated = last.end_fact && last.end_fact->dated;
    row.provenance = ProvenanceOf(*last.end_fact);
  }
  return row;
}

CohortView BuildCohortView(const CohortDefinition& definition,
                           const std::vector<const PersonRecord*>& members, const OrgNames& orgs,
                           const Date& as_of, double min_confidence) {
  CohortView view;
  view.name = definition.name;
  view.org = orgs.Canonical(definition.org);
  view.defined_as_of = definition.as_of;
  view.description = definition.description;
  view.as_of = as_of;
  view.provenance = ProvenanceOf(definition);
  std::string home = orgs.Key(definition.org);
  for (size_t i = 0; i < definition.members.size(); ++i) {
    CohortMember member;
    const PersonRecord* record = i < members.size() ? members[i] : nullptr;
    member.name = record ? record->name : definition.members[i];
    if (record) {
      History history = DeriveHistory(*record, orgs, as_of, min_confidence);
      member.now = RosterRowFor(*record, orgs, as_of, min_confidence);
      const Stint* current = history.Current();
      if (current && orgs.Key(current->org) == home) {
        member.status = MemberStatus::kAtHome;
      } else if (!history.stints.empty()) {
        member.status = MemberStatus::kLeft;
        for (auto it = history.stints.rbegin(); it != history.stints.rend(); ++it) {
          if (orgs.Key(it->org) == home && it->end) {
            member.left_home = it->end;
            member.left_dated = it->end_fact && it->end_fact->dated;
            break;
          }
        }
      }
    }
    if (member.status == MemberStatus::kAtHome) ++view.at_home;
    view.members.push_back(std::move(member));
  }
  return view;
}

OrgRow& LandscapeBuilder::Row(const std::string& org) {
  OrgRow& row = rows_[orgs_.Key(org)];
  if (row.org.empty()) row.org = orgs_.Canonical(org);
  return row;
}

void LandscapeBuilder::AddPerson(const PersonRecord& person) {
  History history = DeriveHistory(person, orgs_, as_of_, min_confidence_);
  const auto& stints = history.stints;
  for (size_t i = 0; i < stints.size(); ++i) {
    const Stint& stint = stints[i];
    if (!stint.end) {
      OrgRow& row = Row(stint.org);
      ++row.people;
      row.names.push_back(person.name);
    }
    if (stint.founder && stint.start_fact) {
      std::string origin = i > 0 ? stints[i - 1].org : "";
      origins_[stint.start_fact->id.str()].push_back({person.name, origin});
    }
    if (!stint.end) continue;
    std::string to = i + 1 < stints.size() ? stints[i + 1].org : "";
    ++Row(stint.org).outflow;
    if (!to.empty()) ++Row(to).inflow;
    Flow& flow = flows_[{orgs_.Key(stint.org), FoldKey(to)}];
    flow.from = stint.org;
    flow.to = to;
    flow.people.push_back(person.name);
  }
}

void LandscapeBuilder::AddFoundings(const FoundingRecord& record) {
  for (const auto& founding : record.foundings) {
    if (founding.retracted || founding.Confidence() < min_confidence_) continue;
    if (founding.date.SortKey() > as_of_.SortKey()) continue;
    foundings_.push_back(&founding);
  }
}

void LandscapeBuilder::AddModels(const ModelRecord& record) {
  for (const auto& fact : record.facts) {
    if (fact.retracted || fact.Confidence() < min_confidence_) continue;
    if (fact.date.SortKey() > as_of_.SortKey()) continue;
    OrgRow& row = fact.company.empty() ? Row(fact.org.str()) : Row(fact.company.str());
    ++(fact.released ? row.released : row.delayed);
  }
}

LandscapeView LandscapeBuilder::Finish() {
  LandscapeView view;
  view.as_of = as_of_;
  for (auto& [key, row] : rows_) view.orgs.push_back(row);
  std::stable_sort(view.orgs.begin(), view.orgs.end(), [](const OrgRow& a, const OrgRow& b) {
    if (a.people != b.people) return a.people > b.people;
    return a.inflow + a.outflow > b.inflow + b.outflow;
  });
  for (auto& [key, flow] : flows_) view.flows.push_back(flow);
  std::stable_sort(view.flows.begin(), view.flows.end(), [](const Flow& a, const Flow& b) {
    return a.people.size() > b.people.size();
  });
  std::stable_sort(foundings_.begin(), foundings_.end(), [](const Founding* a, const Founding* b) {
    return ByDateThenSequence(*a, *b);
  });
  for (const Founding* founding : foundings_) {
    std::vector<FounderOrigin> founders;
    auto it = origins_.find(founding->id.str());
    if (it != origins_.end()) founders = it->second;
    // In the order the founding named them (people merged since go last).
    auto position = [&](const FounderOrigin& f) {
      for (size_t i = 0; i < founding->founders.size(); ++i)
        if (FoldKey(founding->founders[i]) == FoldKey(f.person)) return i;
      return founding->founders.size();
    };
    std::stable_sort(founders.begin(), founders.end(),
                     [&](const FounderOrigin& a, const FounderOrigin& b) { return position(a) < position(b); });
    // Articles name founders one at a time: reports of one org's founding
    // within a year of each other are one founding, and so is an undated
    // report (its date is only when it was reported) of a known founding.
    std::string org = orgs_.Canonical(founding->org);
    auto same = std::find_if(view.foundings.begin(), view.foundings.end(), [&](const FoundingRow& row) {
      if (FoldKey(row.org) != FoldKey(org)) return false;
      int apart = founding->date.SortKey() - row.date.SortKey();
      return std::abs(apart) <= 366 || (!founding->dated && apart >= 0);
    });
    if (same == view.foundings.end()) {
      FoundingRow row;
      row.org = org;
      row.date = founding->date;
      row.dated = founding->dated;
      row.provenance = ProvenanceOf(*founding);
      view.foundings.push_back(std::move(row));
      same = view.foundings.end() - 1;
    } else if (founding->dated && (!same->dated || founding->date.precision() > same->date.precision())) {
      same->date = founding->date;  // the most precise stated date
      same->dated = true;
    }
    for (auto& founder : founders) {
      bool listed = std::any_of(same->founders.begin(), same->founders.end(),
                                [&](const FounderOrigin& f) { return FoldKey(f.person) == FoldKey(founder.person); });
      if (!listed) same->founders.push_back(std::move(founder));
    }
  }
  return view;
}

std::vector<ModelRow> BuildModelTimeline(const std::vector<const ModelRecord*>& records,
                                         const OrgNames& orgs, const std::string& org,
                                         const Date& as_of, double min_confidence) {
  std::string wanted = org.empty() ? "" : orgs.Key(org);
  std::vector<const ModelFact*> facts;
  for (const ModelRecord* record : records) {
    for (const auto& fact : record->facts) {
      if (fact.retracted || fact.Confidence() < min_confidence) continue;
      if (fact.date.SortKey() > as_of.SortKey()) continue;
      if (!wanted.empty() && orgs.Key(fact.org) != wanted &&
          (fact.company.empty() || orgs.Key(fact.company) != wanted))
        continue;
      facts.push_back(&fact);
    }
  }
  std::stable_sort(facts.begin(), facts.end(), [](const ModelFact* a, const ModelFact* b) {
    return ByDateThenSequence(*a, *b);
  });
  std::vector<ModelRow> rows;
  for (const ModelFact* fact : facts) {
    ModelRow row;
    row.date = fact->date;
    row.dated = fact->dated;
    row.org = orgs.Canonical(fact->company.empty() ? std::string_view(fact->org) : fact->company.view());
    if (!fact->company.empty()) row.unit = fact->org;
    row.model = fact->model;
    row.released = fact->released;
    row.open_weights = fact->open_weights;
    row.reasoning = fact->reasoning;
    row.provenance = ProvenanceOf(*fact);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace labwatch
