#include "core/event_record.h"

#include <simdjson.h>

#include <chrono>
#include <cmath>
#include <cstring>

#include "core/coding.h"
#include "core/event_codec.h"
#include "core/text.h"

namespace labwatch {
namespace {

// ---- the layout ------------------------------------------------------------
//
// docs/event-format.md ("Records in the log") is the spec; in short:
//
//   record   = 0x01 type:varint v:varint id:str recorded_at:time
//              occurred_at:opt-date source:str causation:str data
//   str      = length:varint bytes (valid UTF-8; "" is absent)
//   time     = seconds since 1970-01-01T00:00:00Z, zig-zag varint
//   date     = ((year * 13 + month) * 32 + day), zig-zag varint, month and
//              day 0 where the date is less precise
//   opt-X    = 0 | 1 X          (bool: 0 absent, 1 false, 2 true)
//   double   = 8 bytes, little-endian IEEE 754
//
// The type codes never change; a type added later is written as JSON until
// a new marker byte says otherwise.

std::uint64_t TypeCode(EventType type) {
  switch (type) {
    case EventType::kArticleObserved: return 1;
    case EventType::kPersonDeparted: return 2;
    case EventType::kPersonJoined: return 3;
    case EventType::kOrgFounded: return 4;
    case EventType::kModelReleased: return 5;
    case EventType::kModelDelayed: return 6;
    case EventType::kAffiliationAsserted: return 7;
    case EventType::kCohortDefined: return 8;
    case EventType::kFactCorroborated: return 9;
    case EventType::kFactRetracted: return 10;
    case EventType::kEntitiesMerged: return 11;
    case EventType::kUnknown: break;
  }
  return 0;
}

EventType TypeOfCode(std::uint64_t code) {
  static constexpr EventType kTypes[] = {
      EventType::kUnknown,         EventType::kArticleObserved,     EventType::kPersonDeparted,
      EventType::kPersonJoined,    EventType::kOrgFounded,          EventType::kModelReleased,
      EventType::kModelDelayed,    EventType::kAffiliationAsserted, EventType::kCohortDefined,
      EventType::kFactCorroborated, EventType::kFactRetracted,      EventType::kEntitiesMerged,
  };
  return code < std::size(kTypes) ? kTypes[code] : EventType::kUnknown;
}

// The years a date or timestamp may have: what four digits can write, as in
// the JSON form, so that both forms accept the same events.
constexpr int kMaxYear = 9999;
constexpr std::int64_t kFirstSecond = -62167219200;  // 0000-01-01T00:00:00Z
constexpr std::int64_t kLastSecond = 253402300799;   // 9999-12-31T23:59:59Z

std::int64_t PackDate(const Date& date) {
  return (static_cast<std::int64_t>(date.year()) * 13 + date.month()) * 32 + date.day();
}

bool PayloadMatches(EventType type, const Payload& data) {
  switch (type) {
    case EventType::kArticleObserved: return std::holds_alternative<ArticleObserved>(data);
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined: return std::holds_alternative<PersonMoved>(data);
    case EventType::kOrgFounded: return std::holds_alternative<OrgFounded>(data);
    case EventType::kModelReleased:
    case EventType::kModelDelayed: return std::holds_alternative<ModelNews>(data);
    case EventType::kAffiliationAsserted: return std::holds_alternative<AffiliationAsserted>(data);
    case EventType::kCohortDefined: return std::holds_alternative<CohortDefined>(data);
    case EventType::kFactCorroborated: return std::holds_alternative<FactCorroborated>(data);
    case EventType::kFactRetracted: return std::holds_alternative<FactRetracted>(data);
    case EventType::kEntitiesMerged: return std::holds_alternative<EntitiesMerged>(data);
    case EventType::kUnknown: break;
  }
  return false;
}

// ---- encoding --------------------------------------------------------------

class RecordWriter {
 public:
  explicit RecordWriter(std::string* out) : out_(out) {}

  void Varint(std::uint64_t value) { PutVarint(out_, value); }

  void String(std::string_view value) {
    if (simdjson::validate_utf8(value.data(), value.size())) {
      PutString(out_, value);
      return;
    }
    std::string valid;
    AppendValidUtf8(value, &valid);
    PutString(out_, valid);
  }

  void Strings(const std::vector<std::string>& values) {
    Varint(values.size());
    for (const auto& value : values) String(value);
  }

  void Time(Timestamp t) { PutSignedVarint(out_, t.time_since_epoch().count()); }
  void Date(const labwatch::Date& date) { PutSignedVarint(out_, PackDate(date)); }

  void OptionalDate(const std::optional<labwatch::Date>& date) {
    Varint(date ? 1 : 0);
    if (date) Date(*date);
  }
  void OptionalTime(const std::optional<Timestamp>& t) {
    Varint(t ? 1 : 0);
    if (t) Time(*t);
  }
  void OptionalBool(std::optional<bool> value) { Varint(!value ? 0 : *value ? 2 : 1); }
  void OptionalInt(std::optional<std::int64_t> value) {
    Varint(value ? 1 : 0);
    if (value) PutSignedVarint(out_, *value);
  }
  // The JSON form writes a number that is not finite as null: absent.
  void OptionalDouble(std::optional<double> value) {
    bool present = value && std::isfinite(*value);
    Varint(present ? 1 : 0);
    if (!present) return;
    std::uint64_t bits = 0;
    std::memcpy(&bits, &*value, sizeof bits);
    PutFixed64(out_, bits);
  }

  void Evidence(const std::optional<labwatch::Evidence>& evidence) {
    Varint(evidence ? 1 : 0);
    if (!evidence) return;
    String(evidence->text);
    String(evidence->article);
    String(evidence->url);
    OptionalInt(evidence->start);
    OptionalInt(evidence->end);
    String(evidence->extractor);
    OptionalDouble(evidence->confidence);
    OptionalTime(evidence->reported_at);
    OptionalBool(evidence->date_stated);
  }

  void Data(EventType type, const Payload& data) {
    switch (type) {
      case EventType::kArticleObserved: {
        const auto& d = std::get<ArticleObserved>(data);
        for (const std::string* s : {&d.url, &d.guid, &d.title, &d.published, &d.source, &d.lang, &d.text, &d.text_hash})
          String(*s);
        return;
      }
      case EventType::kPersonDeparted:
      case EventType::kPersonJoined: {
        const auto& d = std::get<PersonMoved>(data);
        for (const std::string* s : {&d.person, &d.org, &d.other_org, &d.company, &d.other_company, &d.role})
          String(*s);
        OptionalDate(d.announced);
        Evidence(d.evidence);
        return;
      }
      case EventType::kOrgFounded: {
        const auto& d = std::get<OrgFounded>(data);
        String(d.org);
        Strings(d.founders);
        String(d.company);
        Evidence(d.evidence);
        return;
      }
      case EventType::kModelReleased:
      case EventType::kModelDelayed: {
        const auto& d = std::get<ModelNews>(data);
        String(d.org);
        String(d.model);
        String(d.company);
        OptionalBool(d.open_weights);
        OptionalBool(d.reasoning);
        Evidence(d.evidence);
        return;
      }
      case EventType::kAffiliationAsserted: {
        const auto& d = std::get<AffiliationAsserted>(data);
        String(d.person);
        String(d.org);
        OptionalDate(d.since);
        String(d.role);
        String(d.company);
        return;
      }
      case EventType::kCohortDefined: {
        const auto& d = std::get<CohortDefined>(data);
        String(d.name);
        String(d.org);
        Date(d.as_of);
        Strings(d.members);
        String(d.description);
        return;
      }
      case EventType::kFactCorroborated: {
        const auto& d = std::get<FactCorroborated>(data);
        String(d.id);
        String(d.article);
        String(d.source);
        String(d.url);
        OptionalDouble(d.confidence);
        OptionalTime(d.reported_at);
        return;
      }
      case EventType::kFactRetracted: {
        const auto& d = std::get<FactRetracted>(data);
        String(d.id);
        String(d.reason);
        return;
      }
      case EventType::kEntitiesMerged: {
        const auto& d = std::get<EntitiesMerged>(data);
        Varint(d.kind == EntityKind::kPerson ? 0 : 1);
        String(d.from);
        String(d.into);
        return;
      }
      case EventType::kUnknown:
        return;
    }
  }

 private:
  std::string* out_;
};

// ---- decoding --------------------------------------------------------------

// Reads the fields of a binary record in order. The first problem is kept
// (with the field's name) and every later read returns a default, so a
// decoder is a flat list of reads followed by one check, as with JSON.
class RecordReader {
 public:
  explicit RecordReader(std::string_view bytes) : at_(bytes.data()), end_(bytes.data() + bytes.size()) {}

  bool ok() const { return why_ == nullptr; }
  bool done() const { return at_ == end_; }
  std::string Error() const { return std::string(field_) + ": " + why_; }

  void Fail(const char* field, const char* why) {
    if (why_ == nullptr) {
      field_ = field;
      why_ = why;
    }
    at_ = end_;
  }

  std::uint64_t Varint(const char* field) {
    if (at_ < end_ && static_cast<unsigned char>(*at_) < 0x80) return static_cast<unsigned char>(*at_++);
    std::uint64_t value = 0;
    for (int shift = 0; shift <= 63 && at_ < end_; shift += 7) {
      auto byte = static_cast<unsigned char>(*at_++);
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return value;
    }
    Fail(field, "truncated");
    return 0;
  }

  std::int64_t SignedVarint(const char* field) {
    std::uint64_t raw = Varint(field);
    return static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
  }

  // Reads an absent/present byte: 0 or 1.
  bool Present(const char* field) {
    std::uint64_t flag = Varint(field);
    if (flag > 1) Fail(field, "malformed");
    return flag == 1;
  }

  // Valid while the record is.
  std::string_view View(const char* field, bool required) {
    std::uint64_t size = Varint(field);
    if (size > static_cast<std::uint64_t>(end_ - at_)) {
      Fail(field, "truncated");
      return {};
    }
    std::string_view value(at_, size);
    at_ += size;
    if (required && value.empty() && ok()) Fail(field, "must not be empty");
    return value;
  }

  // Cleared and appended to, keeping `out`'s buffer (see DecodeEventInto).
  void Assign(std::string& out, const char* field, bool required) {
    std::string_view value = View(field, required);
    out.clear();
    out.append(value.data(), value.size());
  }

  void Strings(std::vector<std::string>& out, const char* field) {
    std::uint64_t count = Varint(field);
    // Every string takes at least its length byte: a count past the bytes
    // left is a cut record, not a reason to allocate.
    if (count > static_cast<std::uint64_t>(end_ - at_)) Fail(field, "truncated");
    if (!ok()) {
      out.clear();
      return;
    }
    out.resize(count);
    for (auto& value : out) {
      Assign(value, field, false);
      if (value.empty() && ok()) Fail(field, "expected an array of non-empty strings");
    }
    if (out.empty() && ok()) Fail(field, "must not be empty");
  }

  Date RequiredDate(const char* field) {
    std::int64_t packed = SignedVarint(field);
    if (!ok()) return {};
    auto day = static_cast<unsigned>(packed % 32);
    auto month = static_cast<unsigned>(packed / 32 % 13);
    std::int64_t year = packed / 32 / 13;
    if (packed < 0 || year > kMaxYear || (month == 0 && day != 0)) {
      Fail(field, "malformed date");
      return {};
    }
    if (month == 0) return Date::Year(static_cast<int>(year));
    if (day == 0) return Date::Month(static_cast<int>(year), month);
    std::chrono::year_month_day ymd{std::chrono::year(static_cast<int>(year)), std::chrono::month(month),
                                    std::chrono::day(day)};
    if (!ymd.ok()) {
      Fail(field, "malformed date");
      return {};
    }
    return Date::Day(static_cast<int>(year), month, day);
  }

  std::optional<Date> OptionalDate(const char* field) {
    if (!Present(field)) return std::nullopt;
    Date date = RequiredDate(field);
    return ok() ? std::optional<Date>(date) : std::nullopt;
  }

  Timestamp Time(const char* field) {
    std::int64_t seconds = SignedVarint(field);
    if (ok() && (seconds < kFirstSecond || seconds > kLastSecond)) Fail(field, "timestamp out of range");
    return Timestamp(std::chrono::seconds(ok() ? seconds : 0));
  }

  std::optional<Timestamp> OptionalTime(const char* field) {
    if (!Present(field)) return std::nullopt;
    Timestamp t = Time(field);
    return ok() ? std::optional<Timestamp>(t) : std::nullopt;
  }

  std::optional<bool> OptionalBool(const char* field) {
    std::uint64_t value = Varint(field);
    if (value > 2) Fail(field, "malformed");
    if (value == 0 || !ok()) return std::nullopt;
    return value == 2;
  }

  std::optional<std::int64_t> OptionalInt(const char* field) {
    if (!Present(field)) return std::nullopt;
    std::int64_t value = SignedVarint(field);
    return ok() ? std::optional<std::int64_t>(value) : std::nullopt;
  }

  std::optional<double> OptionalDouble(const char* field) {
    if (!Present(field)) return std::nullopt;
    if (end_ - at_ < 8) {
      Fail(field, "truncated");
      return std::nullopt;
    }
    std::uint64_t bits = 0;
    for (int i = 7; i >= 0; --i) bits = (bits << 8) | static_cast<unsigned char>(at_[i]);
    at_ += 8;
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    if (!std::isfinite(value)) {
      Fail(field, "not a finite number");
      return std::nullopt;
    }
    return value;
  }

  void ReadEvidence(std::optional<Evidence>& out) {
    if (!Present("data.evidence")) {
      out.reset();
      return;
    }
    Evidence& e = out ? *out : out.emplace();
    Assign(e.text, "data.evidence.text", false);
    Assign(e.article, "data.evidence.article", false);
    Assign(e.url, "data.evidence.url", false);
    e.start = OptionalInt("data.evidence.start");
    e.end = OptionalInt("data.evidence.end");
    Assign(e.extractor, "data.evidence.extractor", false);
    e.confidence = OptionalDouble("data.evidence.confidence");
    e.reported_at = OptionalTime("data.evidence.reported_at");
    e.date_stated = OptionalBool("data.evidence.date_stated");
  }

 private:
  const char* at_;
  const char* end_;
  const char* field_ = "";
  const char* why_ = nullptr;
};

// The payload of type T in `data`, as it was if it held one, else a new one.
template <typename T>
T& Refill(Payload& data) {
  if (T* d = std::get_if<T>(&data)) return *d;
  return data.emplace<T>();
}

void DecodeData(EventType type, RecordReader& r, Payload& data) {
  switch (type) {
    case EventType::kArticleObserved: {
      auto& d = Refill<ArticleObserved>(data);
      r.Assign(d.url, "data.url", true);
      r.Assign(d.guid, "data.guid", false);
      r.Assign(d.title, "data.title", false);
      r.Assign(d.published, "data.published", false);
      r.Assign(d.source, "data.source", false);
      r.Assign(d.lang, "data.lang", false);
      r.Assign(d.text, "data.text", false);
      r.Assign(d.text_hash, "data.text_hash", false);
      return;
    }
    case EventType::kPersonDeparted:
    case EventType::kPersonJoined: {
      bool departed = type == EventType::kPersonDeparted;
      auto& d = Refill<PersonMoved>(data);
      r.Assign(d.person, "data.person", true);
      r.Assign(d.org, "data.org", true);
      r.Assign(d.other_org, departed ? "data.to_org" : "data.from_org", false);
      r.Assign(d.company, "data.company", false);
      r.Assign(d.other_company, departed ? "data.to_company" : "data.from_company", false);
      r.Assign(d.role, "data.role", false);
      d.announced = r.OptionalDate("data.announced");
      r.ReadEvidence(d.evidence);
      return;
    }
    case EventType::kOrgFounded: {
      auto& d = Refill<OrgFounded>(data);
      r.Assign(d.org, "data.org", true);
      r.Strings(d.founders, "data.founders");
      r.Assign(d.company, "data.company", false);
      r.ReadEvidence(d.evidence);
      return;
    }
    case EventType::kModelReleased:
    case EventType::kModelDelayed: {
      auto& d = Refill<ModelNews>(data);
      r.Assign(d.org, "data.org", true);
      r.Assign(d.model, "data.model", true);
      r.Assign(d.company, "data.company", false);
      d.open_weights = r.OptionalBool("data.open_weights");
      d.reasoning = r.OptionalBool("data.reasoning");
      r.ReadEvidence(d.evidence);
      return;
    }
    case EventType::kAffiliationAsserted: {
      auto& d = Refill<AffiliationAsserted>(data);
      r.Assign(d.person, "data.person", true);
      r.Assign(d.org, "data.org", true);
      d.since = r.OptionalDate("data.since");
      r.Assign(d.role, "data.role", false);
      r.Assign(d.company, "data.company", false);
      return;
    }
    case EventType::kCohortDefined: {
      auto& d = Refill<CohortDefined>(data);
      r.Assign(d.name, "data.name", true);
      r.Assign(d.org, "data.org", true);
      d.as_of = r.RequiredDate("data.as_of");
      r.Strings(d.members, "data.members");
      r.Assign(d.description, "data.description", false);
      return;
    }
    case EventType::kFactCorroborated: {
      auto& d = Refill<FactCorroborated>(data);
      r.Assign(d.id, "data.id", true);
      r.Assign(d.article, "data.article", false);
      r.Assign(d.source, "data.source", true);
      r.Assign(d.url, "data.url", false);
      d.confidence = r.OptionalDouble("data.confidence");
      d.reported_at = r.OptionalTime("data.reported_at");
      return;
    }
    case EventType::kFactRetracted: {
      auto& d = Refill<FactRetracted>(data);
      r.Assign(d.id, "data.id", true);
      r.Assign(d.reason, "data.reason", true);
      return;
    }
    case EventType::kEntitiesMerged: {
      auto& d = Refill<EntitiesMerged>(data);
      std::uint64_t kind = r.Varint("data.kind");
      if (kind > 1) r.Fail("data.kind", "expected person (0) or org (1)");
      d.kind = kind == 0 ? EntityKind::kPerson : EntityKind::kOrg;
      r.Assign(d.from, "data.from", true);
      r.Assign(d.into, "data.into", true);
      return;
    }
    case EventType::kUnknown:
      return;
  }
}

Result<void> DecodeBinaryInto(std::string_view record, Event& event) {
  RecordReader r(record.substr(1));
  std::uint64_t code = r.Varint("type");
  EventType type = TypeOfCode(code);
  if (r.ok() && type == EventType::kUnknown)
    return MakeError(ErrorCode::kCorruption, "type: unknown type code " + std::to_string(code));
  std::uint64_t version = r.Varint("v");
  if (r.ok() && (version < 1 || version > static_cast<std::uint64_t>(CurrentVersion(type))))
    return MakeError(ErrorCode::kCorruption,
                     "v: version " + std::to_string(version) + " of " + std::string(EventTypeName(type)) +
                         " has no binary form here");
  r.Assign(event.id, "id", true);
  event.recorded_at = r.Time("recorded_at");
  event.occurred_at = r.OptionalDate("occurred_at");
  r.Assign(event.source, "source", false);
  r.Assign(event.causation, "causation", false);
  event.type = type;
  event.type_name.assign(EventTypeName(type));
  event.version = static_cast<int>(version);
  if (r.ok()) DecodeData(type, r, event.data);
  if (r.ok() && !r.done()) r.Fail("data", "bytes left after the record's end");
  if (!r.ok()) return MakeError(ErrorCode::kCorruption, r.Error());
  return {};
}

}  // namespace

bool HasBinaryForm(const Event& event) {
  return event.type != EventType::kUnknown && event.type_name == EventTypeName(event.type) &&
         event.version >= 1 && event.version <= CurrentVersion(event.type) && PayloadMatches(event.type, event.data);
}

void EncodeRecord(const Event& event, std::string* out) {
  if (!HasBinaryForm(event)) {
    EncodeEvent(event, std::nullopt, out);
    return;
  }
  out->push_back(kBinaryRecordMarker);
  RecordWriter w(out);
  w.Varint(TypeCode(event.type));
  w.Varint(static_cast<std::uint64_t>(event.version));
  w.String(event.id);
  w.Time(event.recorded_at);
  w.OptionalDate(event.occurred_at);
  w.String(event.source);
  w.String(event.causation);
  w.Data(event.type, event.data);
}

Result<Event> DecodeRecord(std::string_view record) {
  Event event;
  if (auto decoded = DecodeRecordInto(record, event); !decoded) return tl::unexpected(decoded.error());
  return event;
}

Result<void> DecodeRecordInto(std::string_view record, Event& event) {
  if (!record.empty() && record.front() == kBinaryRecordMarker) return DecodeBinaryInto(record, event);
  if (!record.empty() && record.front() == kPageMarker)
    return MakeError(ErrorCode::kCorruption, "in a damaged page of records: its framing does not read");
  return DecodeEventInto(record, event);
}

}  // namespace labwatch
