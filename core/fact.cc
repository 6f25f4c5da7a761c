#include "core/fact.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "core/text.h"

namespace labwatch {

Date FactBase::FirstReported() const {
  Timestamp first = sources.empty() ? Timestamp{} : sources.front().recorded_at;
  for (const auto& s : sources) first = std::min(first, s.recorded_at);
  return DateOf(first);
}

std::string Source::Site() const {
  std::string_view rest = url;
  if (auto scheme = rest.find("://"); scheme != std::string_view::npos) {
    rest.remove_prefix(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (auto at = rest.find('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
    rest = rest.substr(0, rest.find(':'));
    std::string host = FoldKey(rest);
    if (host.starts_with("www.")) host.erase(0, 4);
    if (!host.empty()) return host;
  }
  return FoldKey(source);
}

double FactBase::Confidence() const {
  if (sources.size() == 1) return std::clamp(sources.front().confidence, 0.0, 1.0);  // most facts
  std::map<std::string, double> best;
  for (const auto& s : sources) {
    double& site = best[s.Site()];
    site = std::max(site, std::clamp(s.confidence, 0.0, 1.0));
  }
  double doubt = 1.0;
  for (const auto& [site, confidence] : best) doubt *= 1.0 - confidence;
  return best.empty() ? 0.0 : 1.0 - doubt;
}

void EncodeDate(std::string* out, const Date& date) {
  // The three varints of a common date (a year from 0 to 8191, a month
  // and a day) fit in four bytes: written whole, appended once.
  auto zigzag = static_cast<std::uint64_t>(date.year()) << 1 ^ static_cast<std::uint64_t>(date.year() < 0 ? -1 : 0);
  if (zigzag >= (1u << 14)) {
    PutSignedVarint(out, date.year());
    PutVarint(out, date.month());
    PutVarint(out, date.day());
    return;
  }
  char bytes[4];
  size_t n = 0;
  if (zigzag >= 0x80) {
    bytes[n++] = static_cast<char>(zigzag | 0x80);
    zigzag >>= 7;
  }
  bytes[n++] = static_cast<char>(zigzag);
  bytes[n++] = static_cast<char>(date.month());  // under 13
  bytes[n++] = static_cast<char>(date.day());    // under 32
  out->append(bytes, n);
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
  PutVarint(out, sources.size());
  for (const auto& s : sources) {
    // The first report is usually the fact's own event: empty then.
    PutString(out, EventOf(s) == id ? std::string_view() : std::string_view(s.event_id));
    PutString(out, s.source);
    PutString(out, s.url);
    PutSignedVarint(out, s.recorded_at.time_since_epoch().count());
    std::uint64_t bits;
    std::memcpy(&bits, &s.confidence, sizeof bits);
    PutFixed64(out, bits);
  }
  PutVarint(out, retracted);
  PutString(out, retraction);
}

void FactBase::DecodeBase(ByteReader& in) {
  id = in.String();
  seq = in.Varint();
  date = DecodeDate(in);
  dated = in.Bool();
  std::uint64_t count = in.Varint();
  sources.clear();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    Source s;
    s.event_id = in.String();
    s.source = in.String();
    s.url = in.String();
    s.recorded_at = Timestamp(std::chrono::seconds(in.SignedVarint()));
    std::uint64_t bits = in.Fixed64();
    std::memcpy(&s.confidence, &bits, sizeof bits);
    sources.push_back(std::move(s));
  }
  retracted = in.Bool();
  retraction = in.String();
}

void FillFromEvent(FactBase& fact, Sequence seq, const Event& event, const std::optional<Evidence>& evidence) {
  fact.id = event.id;
  fact.seq = seq;
  fact.date = event.EffectiveDate();
  fact.dated = event.occurred_at.has_value() && !(evidence && evidence->date_stated == false);
  Source& source = fact.sources.emplace_back();
  source.source = event.source;
  source.recorded_at = event.recorded_at;
  if (evidence) {
    source.url = evidence->url;
    if (evidence->confidence) source.confidence = *evidence->confidence;
    if (evidence->reported_at) source.recorded_at = *evidence->reported_at;
  }
}

bool ByDateThenSequence(const FactBase& a, const FactBase& b) {
  auto ka = a.date.SortKey(), kb = b.date.SortKey();
  return ka != kb ? ka < kb : a.seq < b.seq;
}

}  // namespace labwatch
