#include "ingest/extractor.h"

#include <algorithm>

#include "core/text.h"
#include "ingest/english.h"
#include "ingest/japanese.h"

namespace labwatch {
namespace {

// The canonical name of a known org or person; the name as written otherwise.
std::string Canonical(const Gazetteer& gazetteer, const std::string& name, NameKind kind) {
  if (name.empty()) return name;
  const NameEntry* entry = gazetteer.Lookup(name);
  return entry && entry->kind == kind ? entry->canonical : name;
}

// The company an org rolls up to: Google DeepMind -> Google.
std::string CompanyOf(const Gazetteer& gazetteer, const std::string& org) {
  const NameEntry* entry = gazetteer.Lookup(org);
  if (!entry || entry->kind != NameKind::kOrg) return FoldKey(org);
  return FoldKey(entry->company.empty() ? entry->canonical : entry->company);
}

}  // namespace

std::string_view FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kDeparture: return "departure";
    case FactKind::kJoin: return "join";
    case FactKind::kFounded: return "founded";
    case FactKind::kRelease: return "release";
    case FactKind::kDelay: return "delay";
  }
  return "";
}

std::vector<ExtractedFact> Extractor::Extract(const Article& article, Date today) const {
  ArticleContext context{article, *gazetteer_, SplitSentences(article.text), gazetteer_->Find(article.text),
                         article.published ? DateOf(*article.published) : today};
  std::vector<ExtractedFact> raw =
      LooksJapanese(article.text) ? ExtractJapanese(context) : ExtractEnglish(context);

  std::vector<ExtractedFact> facts;
  for (auto& fact : raw) {
    fact.person = Canonical(*gazetteer_, fact.person, NameKind::kPerson);
    fact.org = Canonical(*gazetteer_, fact.org, NameKind::kOrg);
    fact.other_org = Canonical(*gazetteer_, fact.other_org, NameKind::kOrg);
    // A move between units of one company is not a departure.
    if ((fact.kind == FactKind::kDeparture || fact.kind == FactKind::kJoin) && !fact.other_org.empty() &&
        CompanyOf(*gazetteer_, fact.org) == CompanyOf(*gazetteer_, fact.other_org))
      continue;
    auto same = std::find_if(facts.begin(), facts.end(), [&](const ExtractedFact& f) {
      return f.kind == fact.kind && FoldKey(f.person) == FoldKey(fact.person) && FoldKey(f.org) == FoldKey(fact.org) &&
             FoldKey(f.model) == FoldKey(fact.model);
    });
    if (same != facts.end()) {
      same->confidence = std::max(same->confidence, fact.confidence);
      if (!same->date && fact.date) same->date = fact.date;
      if (same->other_org.empty()) same->other_org = fact.other_org;
      if (same->role.empty()) same->role = fact.role;
      continue;
    }
    facts.push_back(std::move(fact));
  }
  return facts;
}

}  // namespace labwatch
