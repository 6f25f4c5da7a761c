#include "core/fact.h"

#include <algorithm>
#include <cstring>

namespace labwatch {

Date FactBase::FirstReported() const {
  Timestamp first = sources.empty() ? Timestamp{} : sources.front().recorded_at;
  for (const auto& s : sources) first = std::min(first, s.recorded_at);
  return DateOf(first);
}

void EncodeDate(std::string* out, const Date& date) {
  PutSignedVarint(out, date.year());
  PutVarint(out, date.month());
  PutVarint(out, date.day());
}

Date DecodeDate(ByteReader& in) {
  auto year = static_cast<int>(in.SignedVarint());
  auto month = static_cast<unsigned>(in.Varint());
  auto day = static_cast<unsigned>(in.Varint());
  if (month == 0) return Date::Year(year);
  if (day == 0) return Date::Month(year, month);
  return Date::Day(year, month, day);
}

void FactBase::EncodeBase(std::string* out) const {
  PutString(out, id);
  PutVarint(out, seq);
  EncodeDate(out, date);
  PutVarint(out, dated);
  std::uint64_t bits;
  std::memcpy(&bits, &confidence, sizeof bits);
  PutVarint(out, bits);
  PutVarint(out, sources.size());
  for (const auto& s : sources) {
    PutString(out, s.event_id);
    PutString(out, s.source);
    PutString(out, s.url);
    PutSignedVarint(out, s.recorded_at.time_since_epoch().count());
  }
  PutVarint(out, retracted);
  PutString(out, retraction);
}

void FactBase::DecodeBase(ByteReader& in) {
  id = in.String();
  seq = in.Varint();
  date = DecodeDate(in);
  dated = in.Bool();
  std::uint64_t bits = in.Varint();
  std::memcpy(&confidence, &bits, sizeof bits);
  std::uint64_t count = in.Varint();
  sources.clear();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    Source s;
    s.event_id = in.String();
    s.source = in.String();
    s.url = in.String();
    s.recorded_at = Timestamp(std::chrono::seconds(in.SignedVarint()));
    sources.push_back(std::move(s));
  }
  retracted = in.Bool();
  retraction = in.String();
}

FactBase FactFromEvent(Sequence seq, const Event& event, const std::optional<Evidence>& evidence) {
  FactBase fact;
  fact.id = event.id;
  fact.seq = seq;
  fact.date = event.EffectiveDate();
  fact.dated = event.occurred_at.has_value();
  if (evidence && evidence->confidence) fact.confidence = *evidence->confidence;
  std::string url = evidence ? evidence->url : std::string();
  fact.sources.push_back(Source{event.id, event.source, std::move(url), event.recorded_at});
  return fact;
}

bool ByDateThenSequence(const FactBase& a, const FactBase& b) {
  auto ka = a.date.SortKey(), kb = b.date.SortKey();
  return ka != kb ? ka < kb : a.seq < b.seq;
}

}  // namespace labwatch
