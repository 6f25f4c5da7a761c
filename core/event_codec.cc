#include "core/event_codec.h"

#include <absl/container/inlined_vector.h>
#include <simdjson.h>

#include "core/json_writer.h"

namespace labwatch {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// ---- encoding -------------------------------------------------------------

void OptionalString(JsonWriter& w, std::string_view key, std::string_view value) {
  if (!value.empty()) w.Field(key, value);
}

void WriteEvidence(JsonWriter& w, const std::optional<Evidence>& evidence) {
  if (!evidence) return;
  w.Key("evidence");
  w.BeginObject();
  OptionalString(w, "text", evidence->text);
  OptionalString(w, "article", evidence->article);
  OptionalString(w, "url", evidence->url);
  if (evidence->start) { w.Key("start"); w.Int(*evidence->start); }
  if (evidence->end) { w.Key("end"); w.Int(*evidence->end); }
  OptionalString(w, "extractor", evidence->extractor);
  if (evidence->confidence) { w.Key("confidence"); w.Double(*evidence->confidence); }
  if (evidence->reported_at) w.Field("reported_at", FormatTimestamp(*evidence->reported_at));
  if (evidence->date_stated) { w.Key("date_stated"); w.Bool(*evidence->date_stated); }
  w.EndObject();
}

void WriteStrings(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  w.Key(key);
  w.BeginArray();
  for (const auto& value : values) w.String(value);
  w.EndArray();
}

void WriteOptionalBool(JsonWriter& w, std::string_view key, std::optional<bool> value) {
  if (value) { w.Key(key); w.Bool(*value); }
}

void WriteOptionalDate(JsonWriter& w, std::string_view key, const std::optional<Date>& date) {
  if (date) w.Field(key, date->ToString());
}

// One overload per payload; `type` tells the two-type payloads apart.
struct DataWriter {
  JsonWriter& w;
  EventType type;

  void operator()(const UnknownData& d) { w.Raw(d.json.empty() ? "{}" : d.json); }
  void operator()(const ArticleObserved& d) {
    w.BeginObject();
    w.Field("url", d.url);
    OptionalString(w, "guid", d.guid);
    w.Field("title", d.title);
    w.Field("published", d.published);
    w.Field("source", d.source);
    w.Field("lang", d.lang);
    w.Field("text", d.text);
    OptionalString(w, "text_hash", d.text_hash);
    w.EndObject();
  }
  void operator()(const PersonMoved& d) {
    w.BeginObject();
    w.Field("person", d.person);
    w.Field("org", d.org);
    OptionalString(w, type == EventType::kPersonDeparted ? "to_org" : "from_org", d.other_org);
    OptionalString(w, "company", d.company);
    OptionalString(w, type == EventType::kPersonDeparted ? "to_company" : "from_company", d.other_company);
    OptionalString(w, "role", d.role);
    WriteOptionalDate(w, "announced", d.announced);
    WriteEvidence(w, d.evidence);
    w.EndObject();
  }
  void operator()(const OrgFounded& d) {
    w.BeginObject();
    w.Field("org", d.org);
    WriteStrings(w, "founders", d.founders);
    OptionalString(w, "company", d.company);
    WriteEvidence(w, d.evidence);
    w.EndObject();
  }
  void operator()(const ModelNews& d) {
    w.BeginObject();
    w.Field("org", d.org);
    w.Field("model", d.model);
    OptionalString(w, "company", d.company);
    WriteOptionalBool(w, "open_weights", d.open_weights);
    WriteOptionalBool(w, "reasoning", d.reasoning);
    WriteEvidence(w, d.evidence);
    w.EndObject();
  }
  void operator()(const AffiliationAsserted& d) {
    w.BeginObject();
    w.Field("person", d.person);
    w.Field("org", d.org);
    WriteOptionalDate(w, "since", d.since);
    OptionalString(w, "role", d.role);
    OptionalString(w, "company", d.company);
    w.EndObject();
  }
  void operator()(const CohortDefined& d) {
    w.BeginObject();
    w.Field("name", d.name);
    w.Field("org", d.org);
    w.Field("as_of", d.as_of.ToString());
    WriteStrings(w, "members", d.members);
    OptionalString(w, "description", d.description);
    w.EndObject();
  }
  void operator()(const FactCorroborated& d) {
    w.BeginObject();
    w.Field("id", d.id);
    OptionalString(w, "article", d.article);
    w.Field("source", d.source);
    OptionalString(w, "url", d.url);
    if (d.confidence) { w.Key("confidence"); w.Double(*d.confidence); }
    if (d.reported_at) w.Field("reported_at", FormatTimestamp(*d.reported_at));
    w.EndObject();
  }
  void operator()(const FactRetracted& d) {
    w.BeginObject();
    w.Field("id", d.id);
    w.Field("reason", d.reason);
    w.EndObject();
  }
  void operator()(const EntitiesMerged& d) {
    w.BeginObject();
    w.Field("kind", d.kind == EntityKind::kPerson ? "person" : "org");
    w.Field("from", d.from);
    w.Field("into", d.into);
    w.EndObject();
  }
};

// ---- decoding -------------------------------------------------------------

// Reads the members of one JSON object. The first problem is kept in
// `*error` (with the member's path) and later reads return defaults, so a
// payload decoder is a flat list of reads followed by one check.
//
// The members are listed once up front: simdjson's at_key walks the object
// from its start for every key asked, and an event asks for a dozen.
class ObjectReader {
 public:
  ObjectReader(object obj, std::string_view path, std::string* error) : path_(path), error_(error) {
    for (simdjson::dom::key_value_pair member : obj) {
      // Duplicate keys: the first one counts, as at_key would have it.
      if (Lookup(member.key) == nullptr) members_.push_back({member.key, member.value});
    }
  }

  std::string String(std::string_view key, bool required) { return std::string(View(key, required)); }

  // String, into `out`: a decoder that refills one event keeps its buffers.
  // Cleared and appended to: assign() goes through _M_replace, which
  // guards against the source lying inside the string, twice the work.
  void Assign(std::string& out, std::string_view key, bool required) {
    std::string_view value = View(key, required);
    out.clear();
    out.append(value.data(), value.size());
  }

  // The string at `key`, valid while the parsed document is.
  std::string_view View(std::string_view key, bool required) {
    element value;
    if (!Find(key, required, &value)) return {};
    std::string_view text;
    if (value.get_string().get(text)) {
      Fail(key, "expected a string");
      return {};
    }
    if (required && text.empty()) Fail(key, "must not be empty");
    return text;
  }

  std::optional<Date> OptionalDate(std::string_view key) {
    std::string_view text = View(key, false);
    if (text.empty()) return std::nullopt;
    auto date = Date::Parse(text);
    if (!date) {
      Fail(key, date.error().message);
      return std::nullopt;
    }
    return *date;
  }

  Date RequiredDate(std::string_view key) {
    std::string_view text = View(key, true);
    if (text.empty()) return {};
    auto date = Date::Parse(text);
    if (!date) Fail(key, date.error().message);
    return date.value_or(Date());
  }

  std::optional<Timestamp> OptionalTimestamp(std::string_view key) {
    std::string_view text = View(key, false);
    if (text.empty()) return std::nullopt;
    auto timestamp = ParseTimestamp(text);
    if (!timestamp) {
      Fail(key, timestamp.error().message);
      return std::nullopt;
    }
    return *timestamp;
  }

  std::optional<bool> OptionalBool(std::string_view key) {
    element value;
    if (!Find(key, false, &value)) return std::nullopt;
    bool b = false;
    if (value.get_bool().get(b)) Fail(key, "expected true or false");
    return b;
  }

  std::optional<std::int64_t> OptionalInt(std::string_view key) {
    element value;
    if (!Find(key, false, &value)) return std::nullopt;
    std::int64_t i = 0;
    if (value.get_int64().get(i)) Fail(key, "expected an integer");
    return i;
  }

  std::optional<double> OptionalDouble(std::string_view key) {
    element value;
    if (!Find(key, false, &value)) return std::nullopt;
    double d = 0;
    if (value.get_double().get(d)) Fail(key, "expected a number");
    return d;
  }

  std::vector<std::string> Strings(std::string_view key, bool required) {
    element value;
    std::vector<std::string> out;
    if (!Find(key, required, &value)) return out;
    simdjson::dom::array array;
    if (value.get_array().get(array)) {
      Fail(key, "expected an array of strings");
      return out;
    }
    for (element item : array) {
      std::string_view text;
      if (item.get_string().get(text) || text.empty()) {
        Fail(key, "expected an array of non-empty strings");
        return {};
      }
      out.emplace_back(text);
    }
    if (required && out.empty()) Fail(key, "must not be empty");
    return out;
  }

  void ReadEvidence(std::optional<Evidence>& out) {
    element value;
    if (!Find("evidence", false, &value)) {
      out.reset();
      return;
    }
    object obj;
    if (value.get_object().get(obj)) {
      Fail("evidence", "expected an object");
      return;
    }
    ObjectReader r(obj, "data.evidence.", error_);
    Evidence& e = out ? *out : out.emplace();
    r.Assign(e.text, "text", false);
    r.Assign(e.article, "article", false);
    r.Assign(e.url, "url", false);
    e.start = r.OptionalInt("start");
    e.end = r.OptionalInt("end");
    r.Assign(e.extractor, "extractor", false);
    e.confidence = r.OptionalDouble("confidence");
    e.reported_at = r.OptionalTimestamp("reported_at");
    e.date_stated = r.OptionalBool("date_stated");
  }

  // The member `key`, whatever it holds; false if absent.
  bool Get(std::string_view key, element* value) const {
    const Member* member = Lookup(key);
    if (member != nullptr) *value = member->value;
    return member != nullptr;
  }

  void Fail(std::string_view key, std::string_view why) {
    if (error_->empty()) *error_ = std::string(path_) + std::string(key) + ": " + std::string(why);
  }

 private:
  struct Member {
    std::string_view key;
    element value;
  };

  const Member* Lookup(std::string_view key) const {
    for (const Member& member : members_)
      if (member.key == key) return &member;
    return nullptr;
  }

  // False when absent or null (a problem only if `required`).
  bool Find(std::string_view key, bool required, element* value) {
    if (!error_->empty()) return false;
    const Member* member = Lookup(key);
    if (member == nullptr || member->value.is_null()) {
      if (required) Fail(key, "missing");
      return false;
    }
    *value = member->value;
    return true;
  }

  absl::InlinedVector<Member, 12> members_;
  std::string_view path_;  // "data." or "data.evidence.": a literal
  std::string* error_;
};

// The payload of type T in `data`, as it was if it held one (every field is
// assigned again, keeping the strings' buffers), else a new one.
template <typename T>
T& Refill(Payload& data) {
  if (T* d = std::get_if<T>(&data)) return *d;
  return data.emplace<T>();
}

// Decodes the payload in place: a payload moved into the variant would be
// copied field by field.
void DecodeData(EventType type, ObjectReader& r, Payload& data) {
  switch (type) {
    case EventType::kArticleObserved: {
      auto& d = Refill<ArticleObserved>(data);
      r.Assign(d.url, "url", true);
      r.Assign(d.guid, "guid", false);
      r.Assign(d.title, "title", false);
      r.Assign(d.published, "published", false);
      r.Assign(d.source, "source", false);
      r.Assign(d.lang, "lang", false);
      r.Assign(d.text, "text", false);
      r.Assign(d.text_hash, "text_hash", false);
      return;
    }
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined: {
      auto& d = Refill<PersonMoved>(data);
      r.Assign(d.person, "person", true);
      r.Assign(d.org, "org", true);
      r.Assign(d.other_org, type == EventType::kPersonDeparted ? "to_org" : "from_org", false);
      r.Assign(d.company, "company", false);
      r.Assign(d.other_company, type == EventType::kPersonDeparted ? "to_company" : "from_company", false);
      r.Assign(d.role, "role", false);
      d.announced = r.OptionalDate("announced");
      r.ReadEvidence(d.evidence);
      return;
    }
    case EventType::kOrgFounded: {
      auto& d = Refill<OrgFounded>(data);
      r.Assign(d.org, "org", true);
      d.founders = r.Strings("founders", true);
      r.Assign(d.company, "company", false);
      r.ReadEvidence(d.evidence);
      return;
    }
    case EventType::kModelReleased:
    case EventType::kModelDelayed: {
      auto& d = Refill<ModelNews>(data);
      r.Assign(d.org, "org", true);
      r.Assign(d.model, "model", true);
      r.Assign(d.company, "company", false);
      d.open_weights = r.OptionalBool("open_weights");
      d.reasoning = r.OptionalBool("reasoning");
      r.ReadEvidence(d.evidence);
      return;
    }
    case EventType::kAffiliationAsserted: {
      auto& d = Refill<AffiliationAsserted>(data);
      r.Assign(d.person, "person", true);
      r.Assign(d.org, "org", true);
      d.since = r.OptionalDate("since");
      r.Assign(d.role, "role", false);
      r.Assign(d.company, "company", false);
      return;
    }
    case EventType::kCohortDefined: {
      auto& d = Refill<CohortDefined>(data);
      r.Assign(d.name, "name", true);
      r.Assign(d.org, "org", true);
      d.as_of = r.RequiredDate("as_of");
      d.members = r.Strings("members", true);
      r.Assign(d.description, "description", false);
      return;
    }
    case EventType::kFactCorroborated: {
      auto& d = Refill<FactCorroborated>(data);
      r.Assign(d.id, "id", true);
      r.Assign(d.article, "article", false);
      r.Assign(d.source, "source", true);
      r.Assign(d.url, "url", false);
      d.confidence = r.OptionalDouble("confidence");
      d.reported_at = r.OptionalTimestamp("reported_at");
      return;
    }
    case EventType::kFactRetracted: {
      auto& d = Refill<FactRetracted>(data);
      r.Assign(d.id, "id", true);
      r.Assign(d.reason, "reason", true);
      return;
    }
    case EventType::kEntitiesMerged: {
      auto& d = Refill<EntitiesMerged>(data);
      std::string_view kind = r.View("kind", true);
      if (kind == "person") {
        d.kind = EntityKind::kPerson;
      } else if (kind == "org") {
        d.kind = EntityKind::kOrg;
      } else if (!kind.empty()) {
        r.Fail("kind", "expected \"person\" or \"org\"");
      }
      r.Assign(d.from, "from", true);
      r.Assign(d.into, "into", true);
      return;
    }
    case EventType::kUnknown:
      break;
  }
  data = UnknownData{};
}

simdjson::dom::parser& ThreadParser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

}  // namespace

void EncodeEvent(const Event& event, std::optional<std::uint64_t> seq, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  if (seq) {
    w.Key("seq");
    w.Int(static_cast<std::int64_t>(*seq));
  }
  w.Field("id", event.id);
  w.Field("type", event.type_name);
  w.Key("v");
  w.Int(event.version);
  w.Field("recorded_at", FormatTimestamp(event.recorded_at));
  w.Key("occurred_at");
  if (event.occurred_at) {
    w.String(event.occurred_at->ToString());
  } else {
    w.Null();
  }
  w.Field("source", event.source);
  w.Key("causation");
  if (event.causation.empty()) {
    w.Null();
  } else {
    w.String(event.causation);
  }
  w.Key("data");
  std::visit(DataWriter{w, event.type}, event.data);
  w.EndObject();
}

Result<Event> DecodeEvent(std::string_view json) {
  Event event;
  if (auto decoded = DecodeEventInto(json, event); !decoded) return tl::unexpected(decoded.error());
  return event;
}

Result<void> DecodeEventInto(std::string_view json, Event& event) {
  element root;
  if (auto error = ThreadParser().parse(json.data(), json.size()).get(root))
    return MakeError(ErrorCode::kCorruption, std::string("not JSON: ") + simdjson::error_message(error));
  object obj;
  if (root.get_object().get(obj))
    return MakeError(ErrorCode::kCorruption, "expected a JSON object");

  std::string error;
  ObjectReader r(obj, "", &error);
  r.Assign(event.id, "id", true);
  r.Assign(event.type_name, "type", true);
  event.version = static_cast<int>(r.OptionalInt("v").value_or(0));
  if (error.empty() && event.version < 1) r.Fail("v", "expected a version >= 1");
  std::string_view recorded_at = r.View("recorded_at", true);
  event.occurred_at = r.OptionalDate("occurred_at");
  r.Assign(event.source, "source", false);
  r.Assign(event.causation, "causation", false);
  if (!error.empty()) return MakeError(ErrorCode::kCorruption, error);
  auto timestamp = ParseTimestamp(recorded_at);
  if (!timestamp) return MakeError(ErrorCode::kCorruption, "recorded_at: " + timestamp.error().message);
  event.recorded_at = *timestamp;

  element data;
  object data_object;
  if (!r.Get("data", &data) || data.get_object().get(data_object))
    return MakeError(ErrorCode::kCorruption, "data: expected an object");

  EventType type = EventTypeFromName(event.type_name);
  if (type == EventType::kUnknown || event.version > CurrentVersion(type)) {
    event.type = EventType::kUnknown;
    event.data = UnknownData{simdjson::minify(data)};
    return {};
  }
  event.type = type;
  ObjectReader data_reader(data_object, "data.", &error);
  DecodeData(type, data_reader, event.data);
  if (!error.empty()) return MakeError(ErrorCode::kCorruption, error);
  return {};
}

}  // namespace labwatch
