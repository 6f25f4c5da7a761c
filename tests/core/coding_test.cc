// tests/core/coding_test.cc

#include "core/coding.h"
#include "core/fact.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace labwatch {
namespace {

TEST(Coding, VarintsOfEveryLengthReadBackAndTakeTheirBytes) {
  std::vector<std::uint64_t> values{0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 1ull << 35, (1ull << 56) - 1,
                                    std::numeric_limits<std::uint64_t>::max()};
  std::vector<size_t> lengths{1, 1, 1, 2, 2, 3, 6, 8, 10};
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    size_t before = out.size();
    PutVarint(&out, values[i]);
    EXPECT_EQ(out.size() - before, lengths[i]) << values[i];
  }
  ByteReader in(out);
  for (std::uint64_t value : values) EXPECT_EQ(in.Varint(), value);
  EXPECT_TRUE(in.ok());
  EXPECT_TRUE(in.done());
}

TEST(Coding, SignedVarintsAndStringsReadBack) {
  std::string out;
  for (std::int64_t v : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{63}, std::int64_t{-64},
                         std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()})
    PutSignedVarint(&out, v);
  PutString(&out, "");
  PutString(&out, std::string(200, 'x'));
  ByteReader in(out);
  EXPECT_EQ(in.SignedVarint(), 0);
  EXPECT_EQ(in.SignedVarint(), -1);
  EXPECT_EQ(in.SignedVarint(), 63);
  EXPECT_EQ(in.SignedVarint(), -64);
  EXPECT_EQ(in.SignedVarint(), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(in.SignedVarint(), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(in.String(), "");
  EXPECT_EQ(in.String(), std::string(200, 'x'));
  EXPECT_TRUE(in.ok() && in.done());
}

TEST(Coding, Fixed64IsEightLittleEndianBytesAndFailsWhenCutShort) {
  std::string out;
  PutFixed64(&out, 0x0102030405060708ull);
  ASSERT_EQ(out, std::string("\x08\x07\x06\x05\x04\x03\x02\x01", 8));
  double confidence = 0.9;
  std::uint64_t bits;
  std::memcpy(&bits, &confidence, sizeof bits);
  PutFixed64(&out, bits);
  ByteReader in(out);
  EXPECT_EQ(in.Fixed64(), 0x0102030405060708ull);
  EXPECT_EQ(in.Fixed64(), bits);
  EXPECT_TRUE(in.ok() && in.done());

  ByteReader cut(std::string_view(out).substr(0, 7));
  EXPECT_EQ(cut.Fixed64(), 0u);
  EXPECT_FALSE(cut.ok());
  EXPECT_EQ(cut.Varint(), 0u);  // every read after a failure fails
}

}  // namespace
}  // namespace labwatch

namespace labwatch {
namespace {

TEST(Coding, EncodeDateWritesTheThreeVarintsAndReadsBack) {
  // A record's bytes must not change with the fast path: the same three
  // varints, at every precision, on both sides of one- and two-byte years.
  for (int year : {-70, -1, 0, 1, 63, 64, 1999, 2025, 8191, 8192, 9999, 32767}) {
    for (Date date : {Date::Year(year), Date::Month(year, 1), Date::Month(year, 12), Date::Day(year, 2, 28),
                      Date::Day(year, 12, 31)}) {
      std::string expected;
      PutSignedVarint(&expected, date.year());
      PutVarint(&expected, date.month());
      PutVarint(&expected, date.day());
      std::string encoded = "x";
      EncodeDate(&encoded, date);
      EXPECT_EQ(encoded, "x" + expected) << date.ToString();
      ByteReader in(std::string_view(encoded).substr(1));
      EXPECT_EQ(DecodeDate(in), date);
      EXPECT_TRUE(in.ok() && in.done());
    }
  }
}

}  // namespace
}  // namespace labwatch
