#include "core/event_codec.h"

#include <gtest/gtest.h>

#include "tests/core/builders.h"

namespace labwatch {
namespace {

using testing::At;
using testing::OneOfEachType;

TEST(EventCodec, RoundTripsEveryType) {
  for (const Event& event : OneOfEachType()) {
    std::string encoded = EncodeEvent(event);
    auto decoded = DecodeEvent(encoded);
    ASSERT_TRUE(decoded) << event.type_name << ": " << decoded.error().message;
    EXPECT_EQ(*decoded, event) << encoded;
    EXPECT_EQ(EncodeEvent(*decoded), encoded);
  }
}

TEST(EventCodec, DecodingIntoAnEventThatHeldAnotherLeavesNothingOfIt) {
  // Every type after every other, and each with its optional fields both
  // present and absent: a field a refill forgot would keep the old value.
  std::vector<Event> events = OneOfEachType();
  Event bare_departure = events[1];
  auto& moved = std::get<PersonMoved>(bare_departure.data);
  moved.other_org = moved.role = moved.company = "";
  moved.announced.reset();
  moved.evidence.reset();
  bare_departure.occurred_at.reset();
  bare_departure.source = bare_departure.causation = "";
  events.push_back(bare_departure);
  Event unknown = events[2];
  unknown.type_name = "SomethingNew";
  events.push_back(*DecodeEvent(EncodeEvent(unknown)));
  for (const Event& before : events) {
    for (const Event& after : events) {
      Event event = before;
      ASSERT_TRUE(DecodeEventInto(EncodeEvent(after), event));
      EXPECT_EQ(event, *DecodeEvent(EncodeEvent(after))) << before.id << " then " << after.id;
    }
  }
  Event event = events[1];
  auto failed = DecodeEventInto(R"({"id":"x","type":"PersonJoined"})", event);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::kCorruption);
  ASSERT_TRUE(DecodeEventInto(EncodeEvent(events[3]), event)) << "a failed decode leaves the event reusable";
  EXPECT_EQ(event, events[3]);
}

TEST(EventCodec, WritesTheDocumentedEnvelope) {
  Event event = OneOfEachType()[1];
  std::string encoded;
  EncodeEvent(event, 42, &encoded);
  EXPECT_EQ(encoded.substr(0, encoded.find("\"data\"")),
            R"({"seq":42,"id":"d1","type":"PersonDeparted","v":1,"recorded_at":"2025-05-23T08:00:00Z",)"
            R"("occurred_at":"2025-05-30","source":"https://www.cnbc.com/x","causation":"a1",)");
  EXPECT_NE(encoded.find(R"("data":{"person":"Joëlle Pineau","org":"FAIR","to_org":"Cohere","company":"Meta","role":"VP",)"
                         R"("announced":"2025-04-01","evidence":{)"),
            std::string::npos)
      << encoded;
}

TEST(EventCodec, IgnoresSeqOnDecode) {
  std::string encoded;
  EncodeEvent(OneOfEachType()[2], 7, &encoded);
  auto decoded = DecodeEvent(encoded);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(EncodeEvent(*decoded).find("seq"), std::string::npos);
}

TEST(EventCodec, KeepsAnUnknownTypeWhole) {
  std::string line =
      R"({"id":"x1","type":"BoardSeatTaken","v":1,"recorded_at":"2025-01-01T00:00:00Z","occurred_at":null,)"
      R"("source":"s","causation":null,"data":{"person":"A","seats":[1,2],"nested":{"k":true}}})";
  auto decoded = DecodeEvent(line);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->type, EventType::kUnknown);
  EXPECT_EQ(decoded->type_name, "BoardSeatTaken");
  EXPECT_EQ(EncodeEvent(*decoded), line);
}

TEST(EventCodec, KeepsANewerVersionOfAKnownTypeWhole) {
  std::string line =
      R"({"id":"x2","type":"PersonDeparted","v":2,"recorded_at":"2025-01-01T00:00:00Z","occurred_at":"2025",)"
      R"("source":"s","causation":null,"data":{"who":{"name":"A"}}})";
  auto decoded = DecodeEvent(line);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->type, EventType::kUnknown);
  EXPECT_EQ(decoded->version, 2);
  EXPECT_EQ(EncodeEvent(*decoded), line);
}

TEST(EventCodec, NamesTheFieldThatIsWrong) {
  struct Case {
    std::string json;
    const char* message;
  };
  const std::string envelope = R"("v":1,"recorded_at":"2025-01-01T00:00:00Z","occurred_at":null,"source":"s",)";
  std::vector<Case> cases = {
      {"not json", "not JSON"},
      {"[1,2]", "expected a JSON object"},
      {R"({"type":"PersonJoined",)" + envelope.substr(0, 0) + R"("v":1})", "id: missing"},
      {R"({"id":"a","type":"PersonJoined",)" + envelope + R"("data":{"org":"Meta"}})", "data.person: missing"},
      {R"({"id":"a","type":"PersonJoined",)" + envelope + R"("data":{"person":5,"org":"Meta"}})",
       "data.person: expected a string"},
      {R"({"id":"a","type":"OrgFounded",)" + envelope + R"("data":{"org":"X","founders":[]}})",
       "data.founders: must not be empty"},
      {R"({"id":"a","type":"CohortDefined",)" + envelope +
           R"("data":{"name":"n","org":"o","as_of":"2023-13","members":["a"]}})",
       "data.as_of: bad date"},
      {R"({"id":"a","type":"EntitiesMerged",)" + envelope + R"("data":{"kind":"pet","from":"a","into":"b"}})",
       "data.kind: expected"},
      {R"({"id":"a","type":"PersonJoined","v":1,"recorded_at":"yesterday","source":"s","data":{}})",
       "recorded_at: bad timestamp"},
      {R"({"id":"a","type":"PersonJoined","v":0,"recorded_at":"2025-01-01T00:00:00Z","data":{}})", "v: expected"},
      {R"({"id":"a","type":"PersonJoined",)" + envelope + R"("data":{"person":"p","org":"o","evidence":{"start":"x"}}})",
       "data.evidence.start: expected an integer"},
  };
  for (const auto& c : cases) {
    auto decoded = DecodeEvent(c.json);
    ASSERT_FALSE(decoded) << c.json;
    EXPECT_EQ(decoded.error().code, ErrorCode::kCorruption);
    EXPECT_NE(decoded.error().message.find(c.message), std::string::npos)
        << c.json << " -> " << decoded.error().message;
  }
}

TEST(EventCodec, ReadsMembersInAnyOrderAndTheFirstOfDuplicates) {
  // Written by hand or by another tool: data first, keys shuffled, one key
  // twice (the first counts), a null where a field may be absent.
  auto decoded = DecodeEvent(
      R"({"data":{"evidence":{"confidence":0.5,"url":"https://x.example/a","text":"t"},"org":"Meta",)"
      R"("person":"Ada","person":"Bob","role":null},"source":"s","recorded_at":"2025-01-02T03:04:05Z",)"
      R"("v":1,"type":"PersonJoined","id":"e1","id":"e2","occurred_at":"2025-01"})");
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->id, "e1");
  EXPECT_EQ(decoded->type, EventType::kPersonJoined);
  EXPECT_EQ(decoded->occurred_at->ToString(), "2025-01");
  const auto& d = std::get<PersonMoved>(decoded->data);
  EXPECT_EQ(d.person, "Ada");
  EXPECT_EQ(d.org, "Meta");
  EXPECT_EQ(d.role, "");
  ASSERT_TRUE(d.evidence);
  EXPECT_EQ(d.evidence->url, "https://x.example/a");
  EXPECT_EQ(d.evidence->text, "t");
  EXPECT_EQ(d.evidence->confidence, 0.5);
}

TEST(EventCodec, ReplacesInvalidUtf8SoTheRecordStaysReadable) {
  Event event = OneOfEachType()[2];
  std::get<PersonMoved>(event.data).person = "Bad\xFF\xC3Name";
  auto decoded = DecodeEvent(EncodeEvent(event));
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(std::get<PersonMoved>(decoded->data).person, "Bad\xEF\xBF\xBD\xEF\xBF\xBDName");
}

TEST(EventCodec, WritesLargeWholeNumbersSoTheyReadBack) {
  // The shortest form of 2^67 has neither point nor exponent; a reader
  // takes such a number for an integer and rejects it past 64 bits.
  for (double value : {147573952589676412928.0, -1e19, 1e300, 123456789.0, 0.875}) {
    Event event = OneOfEachType()[8];
    std::get<FactCorroborated>(event.data).confidence = value;
    auto decoded = DecodeEvent(EncodeEvent(event));
    ASSERT_TRUE(decoded) << value << ": " << decoded.error().message;
    EXPECT_EQ(std::get<FactCorroborated>(decoded->data).confidence, value);
  }
}

TEST(EventCodec, EscapesControlCharacters) {
  Event event = OneOfEachType()[2];
  std::get<PersonMoved>(event.data).role = std::string("a\x01" "b\x1f", 4);
  std::string encoded = EncodeEvent(event);
  EXPECT_NE(encoded.find(R"(a\u0001b\u001f)"), std::string::npos) << encoded;
  EXPECT_EQ(std::get<PersonMoved>(DecodeEvent(encoded)->data).role, std::get<PersonMoved>(event.data).role);
}

TEST(EventCodec, EffectiveDateFallsBackToTheRecordedDay) {
  Event event = OneOfEachType()[2];
  EXPECT_EQ(event.EffectiveDate().ToString(), "2025-05-23");
  event.occurred_at = *Date::Parse("2023-04");
  EXPECT_EQ(event.EffectiveDate().ToString(), "2023-04");
}

}  // namespace
}  // namespace labwatch
