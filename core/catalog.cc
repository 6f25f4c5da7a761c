#include "core/catalog.h"

#include "core/roster.h"
#include "core/text.h"

namespace labwatch {
namespace {

void PutStrings(std::string* out, const std::vector<std::string>& values) {
  PutVarint(out, values.size());
  for (const auto& value : values) PutString(out, value);
}

std::vector<std::string> GetStrings(ByteReader& in) {
  std::vector<std::string> values;
  std::uint64_t count = in.Varint();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) values.push_back(in.String());
  return values;
}

void PutOptionalBool(std::string* out, std::optional<bool> value) {
  PutVarint(out, value ? (*value ? 2 : 1) : 0);
}

std::optional<bool> GetOptionalBool(ByteReader& in) {
  std::uint64_t raw = in.Varint();
  if (raw == 0) return std::nullopt;
  return raw == 2;
}

// Encodes a list of facts: the shared part, then `extra` for each.
template <typename Facts, typename Extra>
void EncodeFacts(std::string* out, const Facts& facts, Extra extra) {
  PutVarint(out, facts.size());
  for (const auto& fact : facts) {
    fact.EncodeBase(out);
    extra(fact);
  }
}

template <typename Facts, typename Extra>
bool DecodeFacts(std::string_view bytes, Facts* facts, Extra extra) {
  ByteReader in(bytes);
  std::uint64_t count = in.Varint();
  facts->clear();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    typename Facts::value_type fact;
    fact.DecodeBase(in);
    extra(in, fact);
    facts->push_back(std::move(fact));
  }
  return in.ok() && in.done();
}

}  // namespace

const CohortDefinition* CohortRecord::InForce() const {
  for (auto it = definitions.rbegin(); it != definitions.rend(); ++it)
    if (!it->retracted) return &*it;
  return nullptr;
}

void CohortRecord::Encode(std::string* out) const {
  EncodeFacts(out, definitions, [out](const CohortDefinition& d) {
    PutString(out, d.name);
    PutString(out, d.org);
    EncodeDate(out, d.as_of);
    PutStrings(out, d.members);
    PutString(out, d.description);
  });
}

bool CohortRecord::Decode(std::string_view bytes) {
  return DecodeFacts(bytes, &definitions, [](ByteReader& in, CohortDefinition& d) {
    d.name = in.String();
    d.org = in.String();
    d.as_of = DecodeDate(in);
    d.members = GetStrings(in);
    d.description = in.String();
  });
}

void FoundingRecord::Encode(std::string* out) const {
  EncodeFacts(out, foundings, [out](const Founding& f) {
    PutString(out, f.org);
    PutStrings(out, f.founders);
    PutString(out, f.company);
  });
}

bool FoundingRecord::Decode(std::string_view bytes) {
  return DecodeFacts(bytes, &foundings, [](ByteReader& in, Founding& f) {
    f.org = in.String();
    f.founders = GetStrings(in);
    f.company = in.String();
  });
}

void ModelRecord::Encode(std::string* out) const {
  EncodeFacts(out, facts, [out](const ModelFact& f) {
    PutVarint(out, f.released);
    PutString(out, f.org);
    PutString(out, f.model);
    PutOptionalBool(out, f.open_weights);
    PutOptionalBool(out, f.reasoning);
    PutString(out, f.company);
  });
}

bool ModelRecord::Decode(std::string_view bytes) {
  return DecodeFacts(bytes, &facts, [](ByteReader& in, ModelFact& f) {
    f.released = in.Bool();
    f.org = in.String();
    f.model = in.String();
    f.open_weights = GetOptionalBool(in);
    f.reasoning = GetOptionalBool(in);
    f.company = in.String();
  });
}

void CohortProjection::Apply(Sequence seq, const Event& event) {
  if (event.type == EventType::kCohortDefined) {
    const auto& d = std::get<CohortDefined>(event.data);
    CohortDefinition definition;
    FillFromEvent(definition, seq, event, std::nullopt);
    definition.name = d.name;
    definition.org = d.org;
    definition.as_of = d.as_of;
    definition.members = d.members;
    definition.description = d.description;
    std::string key = FoldKey(d.name);
    table_.TouchOwning(key, event.id).definitions.push_back(std::move(definition));
  } else {
    table_.ApplyToFact(event);
  }
}

void LandscapeProjection::Apply(Sequence seq, const Event& event) {
  if (event.type == EventType::kOrgFounded) {
    const auto& d = std::get<OrgFounded>(event.data);
    Founding founding;
    FillFromEvent(founding, seq, event, d.evidence);
    founding.org = d.org;
    founding.founders = d.founders;
    founding.company = d.company;
    std::string key = FoldKey(d.org);
    table_.TouchOwning(key, event.id).foundings.push_back(std::move(founding));
  } else {
    table_.ApplyToFact(event);
  }
}

void ModelsProjection::Apply(Sequence seq, const Event& event) {
  if (event.type == EventType::kModelReleased || event.type == EventType::kModelDelayed) {
    const auto& d = std::get<ModelNews>(event.data);
    ModelFact fact;
    FillFromEvent(fact, seq, event, d.evidence);
    fact.released = event.type == EventType::kModelReleased;
    fact.org = d.org;
    fact.model = d.model;
    fact.open_weights = d.open_weights;
    fact.reasoning = d.reasoning;
    fact.company = d.company;
    std::string key = FoldKey(d.org);
    table_.TouchOwning(key, event.id).facts.push_back(std::move(fact));
  } else {
    table_.ApplyToFact(event);
  }
}

std::vector<std::unique_ptr<Projection>> MakeProjections() {
  std::vector<std::unique_ptr<Projection>> all;
  all.push_back(std::make_unique<RosterProjection>());
  all.push_back(std::make_unique<CohortProjection>());
  all.push_back(std::make_unique<LandscapeProjection>());
  all.push_back(std::make_unique<ModelsProjection>());
  return all;
}

std::unique_ptr<Projection> MakeProjection(std::string_view name) {
  for (auto& projection : MakeProjections())
    if (projection->Name() == name) return std::move(projection);
  return nullptr;
}

}  // namespace labwatch
