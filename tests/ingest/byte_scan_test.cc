#include "ingest/byte_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

namespace labwatch {
namespace {

// The test SkipTo16 must agree with: an E3 byte followed by 82 or 83.
bool IsE3Pair(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xE3 && i + 1 < s.size() &&
         (static_cast<unsigned char>(s[i + 1]) == 0x82 || static_cast<unsigned char>(s[i + 1]) == 0x83);
}
size_t Scalar(std::string_view s, size_t i) {
  while (i < s.size() && !IsE3Pair(s, i)) ++i;
  return i;
}
auto Exact(Bytes16 at, Bytes16 after) { return (at == 0xE3) & ((after == 0x82) | (after == 0x83)); }
auto Superset(Bytes16 at, Bytes16) { return at == 0xE3; }

TEST(FirstLane, IsTheFirstLaneSet) {
  for (int lane = 0; lane < 16; ++lane) {
    Bytes16 v{};
    v[lane] = 1;
    if (lane < 15) v[15] = 1;
    EXPECT_EQ(FirstLane(v == 1), lane);
  }
  Bytes16 none{};
  EXPECT_EQ(FirstLane(none == 1), 16);
}

TEST(SkipTo16, AgreesWithAByteByByteScanAtEveryOffset) {
  // Texts of 0 to 69 bytes from a few byte values, so that the pairs fall
  // across the sixteen-byte windows, their edges and the tail.
  std::mt19937 random(7);
  const unsigned char kBytes[] = {0xE3, 0x82, 0x83, 0x81, 'a', 0xE3};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    size_t length = random() % 70;
    for (size_t k = 0; k < length; ++k) text.push_back(static_cast<char>(kBytes[random() % std::size(kBytes)]));
    for (size_t from = 0; from <= text.size(); ++from) {
      EXPECT_EQ(SkipTo16(text, from, Exact, IsE3Pair), Scalar(text, from)) << round << " " << from;
      EXPECT_EQ(SkipTo16(text, from, Superset, IsE3Pair), Scalar(text, from)) << round << " " << from;
    }
  }
}

TEST(SkipTo16, ReturnsTheSizeWhenNothingStarts) {
  std::string text(40, 'x');
  EXPECT_EQ(SkipTo16(text, 0, Exact, IsE3Pair), 40u);
  EXPECT_EQ(SkipTo16(std::string_view(), 0, Exact, IsE3Pair), 0u);
}

}  // namespace
}  // namespace labwatch
