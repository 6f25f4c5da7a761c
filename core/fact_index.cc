#include "core/fact_index.h"

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

}  // namespace

std::string FactIdentity(std::string_view kind, std::string_view first, std::string_view second) {
  // Built in place: a rebuild makes one per fact.
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

void FactKeyRecord::Encode(std::string* out) const {
  PutVarint(out, facts.size());
  for (const auto& fact : facts) fact.EncodeBase(out);
}

bool FactKeyRecord::Decode(std::string_view bytes) {
  ByteReader in(bytes);
  std::uint64_t count = in.Varint();
  facts.clear();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    FactBase fact;
    fact.DecodeBase(in);
    facts.push_back(std::move(fact));
  }
  return in.ok() && in.done();
}

void FactIndexProjection::Apply(Sequence seq, const Event& event) {
  // Finding a known fact needs its id, date and whether it was retracted;
  // its sources live in the other projections.
  auto file = [&](const std::string& identity, const std::optional<Evidence>& evidence) {
    table_.TouchOwning(identity, event.id).facts.push_back(FactHeader(seq, event, evidence));
  };
  switch (event.type) {
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined: {
      const auto& d = std::get<PersonMoved>(event.data);
      file(FactIdentity(event.type == EventType::kPersonDeparted ? "departure" : "join", d.person, d.org),
           d.evidence);
      break;
    }
    case EventType::kOrgFounded: {
      const auto& d = std::get<OrgFounded>(event.data);
      for (const auto& founder : d.founders) file(FactIdentity("founded", founder, d.org), d.evidence);
      break;
    }
    case EventType::kModelReleased:
    case EventType::kModelDelayed: {
      const auto& d = std::get<ModelNews>(event.data);
      file(FactIdentity(event.type == EventType::kModelReleased ? "release" : "delay", d.org, d.model), d.evidence);
      break;
    }
    case EventType::kFactRetracted:
      table_.ApplyToFact(event);
      break;
    default:
      break;
  }
}

const FactBase* FactIndexProjection::Find(const std::string& identity, const Date& date, int window_days) const {
  const FactKeyRecord* record = table_.Find(identity);
  if (!record) return nullptr;
  const FactBase* best = nullptr;
  int best_distance = window_days + 1;
  for (const auto& fact : record->facts) {
    if (fact.retracted) continue;
    int distance = std::abs(fact.date.SortKey() - date.SortKey());
    if (distance < best_distance) {
      best = &fact;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace labwatch
