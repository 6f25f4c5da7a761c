#include "core/event_record.h"

#include <gtest/gtest.h>

#include <random>

#include "core/coding.h"
#include "core/event_codec.h"
#include "tests/core/builders.h"

namespace labwatch {
namespace {

using testing::At;
using testing::OneOfEachType;

// What the JSON form makes of `event`: the stored form must agree with it.
Result<Event> ThroughJson(const Event& event) { return DecodeEvent(EncodeEvent(event)); }

void ExpectAgreement(const Event& event, const std::string& what) {
  auto json = ThroughJson(event);
  auto record = DecodeRecord(EncodeRecord(event));
  ASSERT_EQ(json.has_value(), record.has_value())
      << what << ": JSON says " << (json ? "ok" : json.error().message) << ", the record says "
      << (record ? "ok" : record.error().message) << "\n" << EncodeEvent(event);
  if (json) {
    EXPECT_EQ(*record, *json) << what;
  }
}

TEST(EventRecord, StoresEveryKnownTypeInBinaryAndReadsItBack) {
  for (const Event& event : OneOfEachType()) {
    std::string record = EncodeRecord(event);
    ASSERT_FALSE(record.empty());
    EXPECT_EQ(record.front(), kBinaryRecordMarker) << event.type_name;
    auto decoded = DecodeRecord(record);
    ASSERT_TRUE(decoded) << event.type_name << ": " << decoded.error().message;
    EXPECT_EQ(*decoded, event);
    EXPECT_LT(record.size(), EncodeEvent(event).size()) << event.type_name;
  }
}

TEST(EventRecord, StoresWhatHasNoBinaryFormAsJson) {
  Event unknown = OneOfEachType()[2];
  unknown.type_name = "BoardSeatTaken";
  Event newer = *DecodeEvent(
      R"({"id":"x2","type":"PersonDeparted","v":2,"recorded_at":"2025-01-01T00:00:00Z","occurred_at":"2025",)"
      R"("source":"s","causation":null,"data":{"who":{"name":"A"}}})");
  Event mismatched = OneOfEachType()[1];
  mismatched.data = FactRetracted{"d1", "payload of another type"};
  for (const Event& event : {*ThroughJson(unknown), newer, mismatched}) {
    EXPECT_FALSE(HasBinaryForm(event));
    std::string record = EncodeRecord(event);
    EXPECT_EQ(record, EncodeEvent(event));
    ExpectAgreement(event, record);
  }
  auto kept = DecodeRecord(EncodeRecord(newer));
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->type, EventType::kUnknown);
  EXPECT_EQ(EncodeEvent(*kept), EncodeEvent(newer)) << "kept whole for export";
}

TEST(EventRecord, AgreesWithJsonOnEdgeValues) {
  Event base = OneOfEachType()[1];
  auto moved = [&](auto change) {
    Event event = base;
    change(std::get<PersonMoved>(event.data), event);
    return event;
  };
  std::vector<std::pair<std::string, Event>> cases = {
      {"invalid UTF-8", moved([](PersonMoved& d, Event&) { d.person = "Bad\xFF\xC3Name"; })},
      {"NUL and controls", moved([](PersonMoved& d, Event&) { d.role = std::string("a\0b\x01\n", 5); })},
      {"empty person", moved([](PersonMoved& d, Event&) { d.person = ""; })},
      {"empty id", moved([](PersonMoved&, Event& e) { e.id = ""; })},
      {"year date", moved([](PersonMoved& d, Event&) { d.announced = Date::Year(2023); })},
      {"month date", moved([](PersonMoved&, Event& e) { e.occurred_at = Date::Month(2024, 2); })},
      {"leap day", moved([](PersonMoved&, Event& e) { e.occurred_at = Date::Day(2024, 2, 29); })},
      {"year 0 and 9999", moved([](PersonMoved& d, Event& e) {
         d.announced = Date::Year(0);
         e.occurred_at = Date::Day(9999, 12, 31);
       })},
      {"year past 9999", moved([](PersonMoved&, Event& e) { e.occurred_at = Date::Year(12000); })},
      {"NaN confidence", moved([](PersonMoved& d, Event&) { d.evidence->confidence = std::nan(""); })},
      {"infinite confidence", moved([](PersonMoved& d, Event&) { d.evidence->confidence = 1.0 / 0.0; })},
      {"tiny confidence", moved([](PersonMoved& d, Event&) { d.evidence->confidence = 4.9e-324; })},
      {"negative offsets", moved([](PersonMoved& d, Event&) { d.evidence->start = -5; d.evidence->end = INT64_MIN; })},
      {"empty evidence", moved([](PersonMoved& d, Event&) { d.evidence = Evidence{}; })},
      {"epoch", moved([](PersonMoved&, Event& e) { e.recorded_at = Timestamp{}; })},
      {"before 1970", moved([](PersonMoved&, Event& e) { e.recorded_at = At("1969-07-20T20:17:40Z"); })},
      {"version 0", moved([](PersonMoved&, Event& e) { e.version = 0; })},
  };
  for (const auto& [what, event] : cases) ExpectAgreement(event, what);
}

// Random events of every type, with every optional field present or not,
// awkward strings, dates of each precision and odd numbers: the two forms
// must agree on each, whether it decodes or not.
TEST(EventRecord, AgreesWithJsonOnRandomEvents) {
  std::mt19937_64 random(20261128);
  auto pick = [&](int n) { return static_cast<int>(random() % static_cast<std::uint64_t>(n)); };
  const std::vector<std::string> strings = {"", "Meta", "Joëlle Pineau", "ジョエル・ピノー", "x\xFFy", std::string("a\0b", 3),
                                            "quote \" and \\ back", "https://example.com/a?b=c", "\xE2\x80", "e\xCC\x81"};
  auto text = [&] { return strings[static_cast<size_t>(pick(static_cast<int>(strings.size())))]; };
  auto date = [&]() -> Date {
    int year = pick(3) == 0 ? pick(10001) : 1990 + pick(40);
    switch (pick(3)) {
      case 0: return Date::Year(year);
      case 1: return Date::Month(year, static_cast<unsigned>(1 + pick(12)));
      default: return Date::Day(year, static_cast<unsigned>(1 + pick(12)), static_cast<unsigned>(1 + pick(28)));
    }
  };
  auto maybe_date = [&]() -> std::optional<Date> { return pick(2) ? std::optional<Date>(date()) : std::nullopt; };
  auto maybe_bool = [&]() -> std::optional<bool> { return pick(3) == 0 ? std::nullopt : std::optional<bool>(pick(2) == 1); };
  auto number = [&]() -> std::optional<double> {
    switch (pick(5)) {
      case 0: return std::nullopt;
      case 1: return std::nan("");
      case 2: return static_cast<double>(pick(1000)) / 7.0;
      case 3: return 1.0;
      default: return std::ldexp(static_cast<double>(random() >> 11), pick(200) - 100);
    }
  };
  auto time = [&] { return Timestamp(std::chrono::seconds(static_cast<std::int64_t>(random() % 4000000000ULL) - 500000000)); };
  auto evidence = [&]() -> std::optional<Evidence> {
    if (pick(3) == 0) return std::nullopt;
    Evidence e;
    e.text = text();
    e.article = text();
    e.url = text();
    if (pick(2)) e.start = static_cast<std::int64_t>(random() >> pick(64));
    if (pick(2)) e.end = -static_cast<std::int64_t>(random() >> 1);
    e.extractor = text();
    e.confidence = number();
    if (pick(2)) e.reported_at = time();
    e.date_stated = maybe_bool();
    return e;
  };
  auto names = [&] {
    std::vector<std::string> out(static_cast<size_t>(pick(4)));
    for (auto& s : out) s = text();
    return out;
  };
  for (int i = 0; i < 3000; ++i) {
    Event event;
    event.type = static_cast<EventType>(1 + pick(11));
    event.type_name = std::string(EventTypeName(event.type));
    event.version = pick(10) == 0 ? pick(3) : 1;
    event.id = pick(20) == 0 ? "" : "e" + std::to_string(i);
    event.recorded_at = time();
    event.occurred_at = maybe_date();
    event.source = text();
    event.causation = text();
    switch (event.type) {
      case EventType::kArticleObserved:
        event.data = ArticleObserved{text(), text(), text(), text(), text(), text(), text(), text()};
        break;
      case EventType::kPersonDeparted:
      case EventType::kPersonJoined:
        event.data = PersonMoved{text(), text(), text(), text(), maybe_date(), evidence(), text(), text()};
        break;
      case EventType::kOrgFounded: event.data = OrgFounded{text(), names(), evidence(), text()}; break;
      case EventType::kModelReleased:
      case EventType::kModelDelayed:
        event.data = ModelNews{text(), text(), maybe_bool(), maybe_bool(), evidence(), text()};
        break;
      case EventType::kAffiliationAsserted:
        event.data = AffiliationAsserted{text(), text(), maybe_date(), text(), text()};
        break;
      case EventType::kCohortDefined: event.data = CohortDefined{text(), text(), date(), names(), text()}; break;
      case EventType::kFactCorroborated:
        event.data = FactCorroborated{text(), text(), text(), text(), number(),
                                      pick(2) ? std::optional<Timestamp>(time()) : std::nullopt};
        break;
      case EventType::kFactRetracted: event.data = FactRetracted{text(), text()}; break;
      case EventType::kEntitiesMerged:
        event.data = EntitiesMerged{pick(2) ? EntityKind::kPerson : EntityKind::kOrg, text(), text()};
        break;
      case EventType::kUnknown: break;
    }
    ExpectAgreement(event, "random event " + std::to_string(i) + " (" + event.type_name + ")");
    if (HasFailure()) return;
  }
}

TEST(EventRecord, DecodingIntoAnEventThatHeldAnotherLeavesNothingOfIt) {
  std::vector<Event> events = OneOfEachType();
  Event bare = events[1];
  auto& moved = std::get<PersonMoved>(bare.data);
  moved.other_org = moved.role = moved.company = "";
  moved.announced.reset();
  moved.evidence.reset();
  bare.occurred_at.reset();
  bare.source = bare.causation = "";
  events.push_back(bare);
  Event unknown = events[2];
  unknown.type_name = "SomethingNew";
  events.push_back(*ThroughJson(unknown));
  for (const Event& before : events) {
    for (const Event& after : events) {
      Event event = before;
      ASSERT_TRUE(DecodeRecordInto(EncodeRecord(after), event));
      EXPECT_EQ(event, after) << before.id << " then " << after.id;
    }
  }
}

TEST(EventRecord, EveryCutOfARecordIsAnErrorThatNamesAField) {
  for (const Event& event : OneOfEachType()) {
    std::string record = EncodeRecord(event);
    for (size_t size = 1; size < record.size(); ++size) {
      auto decoded = DecodeRecord(std::string_view(record).substr(0, size));
      ASSERT_FALSE(decoded) << event.type_name << " cut to " << size << " bytes";
      EXPECT_EQ(decoded.error().code, ErrorCode::kCorruption);
      EXPECT_NE(decoded.error().message.find(": "), std::string::npos) << decoded.error().message;
    }
    auto longer = DecodeRecord(record + "x");
    ASSERT_FALSE(longer);
    EXPECT_EQ(longer.error().message, "data: bytes left after the record's end");
  }
}

TEST(EventRecord, SurvivesEveryDamagedByte) {
  // Not every damaged record is detected (a changed letter is a changed
  // name; RocksDB's checksums guard the bytes), but none may crash or read
  // past the record: the sanitizer build runs this too.
  for (const Event& event : OneOfEachType()) {
    std::string record = EncodeRecord(event);
    for (size_t i = 1; i < record.size(); ++i) {
      for (unsigned char value : {0x00, 0x01, 0x02, 0x7F, 0x80, 0xFF}) {
        std::string damaged = record;
        damaged[i] = static_cast<char>(value);
        auto decoded = DecodeRecord(damaged);
        if (!decoded) {
          EXPECT_EQ(decoded.error().code, ErrorCode::kCorruption);
        }
      }
    }
  }
}

TEST(EventRecord, NamesWhatIsWrong) {
  auto message = [](const std::string& record) {
    auto decoded = DecodeRecord(record);
    return decoded ? std::string("decoded") : decoded.error().message;
  };
  EXPECT_EQ(message("\x01"), "type: truncated");
  EXPECT_EQ(message(std::string("\x01\x0c\x01", 3)), "type: unknown type code 12");
  EXPECT_EQ(message(std::string("\x01\x03\x02", 3)), "v: version 2 of PersonJoined has no binary form here");
  EXPECT_EQ(message(std::string("\x01\x03\x01\x00", 4)), "id: must not be empty");

  Event founded = OneOfEachType()[3];
  std::get<OrgFounded>(founded.data).founders = {"A", ""};
  EXPECT_EQ(message(EncodeRecord(founded)), "data.founders: expected an array of non-empty strings");
  // A CohortDefined whose as_of has a day but no month.
  std::string cohort("\x01\x08\x01", 3);
  PutString(&cohort, "c");
  PutSignedVarint(&cohort, 0);  // recorded_at
  cohort.append(std::string("\x00\x00\x00", 3));  // no occurred_at, source, causation
  PutString(&cohort, "n");
  PutString(&cohort, "o");
  PutSignedVarint(&cohort, (2023 * 13 + 0) * 32 + 5);
  EXPECT_EQ(message(cohort), "data.as_of: malformed date");

  // EntitiesMerged{org, "FAIR", "Meta"} ends in its kind, then two strings
  // of a length byte and four letters.
  std::string merge_record = EncodeRecord(OneOfEachType()[10]);
  size_t kind_at = merge_record.size() - 11;
  ASSERT_EQ(merge_record[kind_at], '\x01');
  merge_record[kind_at] = '\x05';
  EXPECT_EQ(message(merge_record), "data.kind: expected person (0) or org (1)");
}

TEST(EventRecord, ReadsAJsonRecordAsBefore) {
  // Logs written before the binary form hold JSON records: they still read.
  for (const Event& event : OneOfEachType()) {
    auto decoded = DecodeRecord(EncodeEvent(event));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(*decoded, event);
  }
  EXPECT_FALSE(DecodeRecord(""));
}

}  // namespace
}  // namespace labwatch
