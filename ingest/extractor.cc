#include "ingest/extractor.h"

#include <absl/container/flat_hash_map.h>
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/text.h"
#include "ingest/english.h"
#include "ingest/fold.h"
#include "ingest/japanese.h"

namespace labwatch {
namespace {

// An article's facts name the same few people and orgs again and again;
// each name is folded and looked up once per article, and the key folded
// for the lookup is the one Fold returns (a name asked both ways was folded
// twice, in two maps).
class NameCache {
 public:
  explicit NameCache(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // FoldKey(name).
  const std::string& Fold(const std::string& name) { return Of(name).key; }
  // Gazetteer::Lookup(name).
  const NameEntry* Lookup(const std::string& name) { return Of(name).entry; }

 private:
  struct Known {
    std::string key;
    const NameEntry* entry = nullptr;
  };
  const Known& Of(const std::string& name) {
    auto [it, inserted] = known_.try_emplace(name);
    if (inserted) {
      it->second.key = FoldKey(name);
      it->second.entry = gazetteer_.LookupKey(it->second.key);
    }
    return it->second;
  }

  const Gazetteer& gazetteer_;
  std::unordered_map<std::string, Known> known_;
};

// The canonical name of a known org or person; the name as written otherwise.
std::string Canonical(NameCache& names, const std::string& name, NameKind kind) {
  if (name.empty()) return name;
  const NameEntry* entry = names.Lookup(name);
  return entry && entry->kind == kind ? entry->canonical : name;
}

// The company a unit rolls up to (Google DeepMind -> Google); "" when `org`
// is not a known unit.
std::string CompanyOf(NameCache& names, const std::string& org) {
  const NameEntry* entry = names.Lookup(org);
  return entry && entry->kind == NameKind::kOrg ? entry->company : "";
}

// Two facts are one if they agree on these, folded.
struct FactIdentity {
  FactKind kind;
  std::string person, org, model;
  bool operator==(const FactIdentity&) const = default;
  template <typename H>
  friend H AbslHashValue(H h, const FactIdentity& id) {
    return H::combine(std::move(h), id.kind, id.person, id.org, id.model);
  }
};

std::string CompanyKey(NameCache& names, const std::string& org) {
  std::string company = CompanyOf(names, org);
  return names.Fold(company.empty() ? org : company);
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

size_t ExtractedLength(std::string_view text) { return CutNear(text, 0, kMaxArticleBytes); }

std::vector<ExtractedFact> Extractor::Extract(const Article& whole, Date today) const {
  // A prefix of the text: offsets into it are offsets into the whole.
  std::optional<Article> clipped;
  if (size_t length = ExtractedLength(whole.text); length < whole.text.size()) {
    clipped.emplace(whole);
    clipped->text.resize(length);
  }
  const Article& article = clipped ? *clipped : whole;
  // The English rules read a lowered copy of the text; one pass makes it
  // and sees whether the text is Japanese (LooksJapanese), which most are
  // not.
  bool japanese = false;
  std::string lowered = LoweredAsciiCopy(article.text, &japanese);
  // Most feed entries are not about the labs: an English one without a
  // trigger word is not split into sentences nor searched for names.
  EnglishTriggers triggers;
  if (!japanese) {
    triggers = FindEnglishTriggersInLowered(std::move(lowered));
    if (triggers.stems.empty()) return {};
  }
  ArticleContext context{article, *gazetteer_, SplitSentences(article.text), gazetteer_->Find(article.text),
                         article.published ? DateOf(*article.published) : today};
  std::vector<ExtractedFact> raw = japanese ? ExtractJapanese(context) : ExtractEnglish(context, std::move(triggers));

  std::vector<ExtractedFact> facts;
  // Where in `facts` each identity is, folded once. A map, not a search of
  // the facts so far: a page naming 40,000 moves took 9 s that way.
  absl::flat_hash_map<FactIdentity, size_t> identities;
  NameCache names(*gazetteer_);
  for (auto& fact : raw) {
    fact.person = Canonical(names, fact.person, NameKind::kPerson);
    fact.org = Canonical(names, fact.org, NameKind::kOrg);
    fact.other_org = Canonical(names, fact.other_org, NameKind::kOrg);
    fact.company = CompanyOf(names, fact.org);
    fact.other_company = CompanyOf(names, fact.other_org);
    // A move between units of one company is not a departure.
    if ((fact.kind == FactKind::kDeparture || fact.kind == FactKind::kJoin) && !fact.other_org.empty() &&
        CompanyKey(names, fact.org) == CompanyKey(names, fact.other_org))
      continue;
    FactIdentity identity{fact.kind, names.Fold(fact.person), names.Fold(fact.org), names.Fold(fact.model)};
    auto [found, added] = identities.try_emplace(std::move(identity), facts.size());
    if (!added) {
      ExtractedFact* same = &facts[found->second];
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
