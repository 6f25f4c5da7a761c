#include "ingest/utf8.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <random>
#include <string>

namespace labwatch {
namespace {

// Strings of bytes biased towards UTF-8 lead and trail bytes, so that valid,
// truncated, overlong and surrogate sequences all come up.
std::string RandomBytes(std::mt19937& random, size_t size) {
  static const uint8_t kBytes[] = {'a',  'Z',  ' ',  0x80, 0x81, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0,
                                   0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x82, 0x83, 0xA4, 0xB8, 0x98};
  std::string bytes;
  for (size_t k = 0; k < size; ++k) bytes.push_back(static_cast<char>(kBytes[random() % sizeof(kBytes)]));
  return bytes;
}

TEST(Utf8, DecodesForwardAsIcuDoes) {
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::string s = RandomBytes(random, 1 + random() % 8);
    for (size_t i = 0; i < s.size(); ++i) {
      auto offset = static_cast<int32_t>(i);
      int32_t expected;
      U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), expected);
      size_t size = 0;
      int32_t c = Utf8At(s, i, &size);
      ASSERT_EQ(c < 0 ? -1 : c, expected < 0 ? -1 : expected);
      ASSERT_EQ(size, static_cast<size_t>(offset) - i);
    }
  }
}

TEST(Utf8, DecodesBackwardAsIcuDoes) {
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    std::string s = RandomBytes(random, 1 + random() % 8);
    for (size_t i = 1; i <= s.size(); ++i) {
      auto offset = static_cast<int32_t>(i);
      int32_t expected;
      U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, offset, expected);
      size_t size = 0;
      int32_t c = Utf8Before(s, i, &size);
      ASSERT_EQ(c < 0 ? -1 : c, expected < 0 ? -1 : expected);
      ASSERT_EQ(size, i - static_cast<size_t>(offset));
    }
  }
}

TEST(Utf8, DecodesKanaAndLatin) {
  std::string s = "aé退社";
  size_t size = 0;
  EXPECT_EQ(Utf8At(s, 1, &size), 0xE9);
  EXPECT_EQ(size, 2u);
  EXPECT_EQ(Utf8At(s, 3, &size), 0x9000);
  EXPECT_EQ(size, 3u);
  EXPECT_EQ(Utf8Before(s, s.size(), &size), 0x793E);
  EXPECT_EQ(size, 3u);
}

}  // namespace
}  // namespace labwatch
