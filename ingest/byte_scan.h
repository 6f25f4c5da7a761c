// ingest/byte_scan.h
//
// SkipTo16 finds the first byte of a text at which a test holds, sixteen
// bytes at a time where a vector form of the test can rule bytes out. The
// Japanese reader scans whole articles for the few characters that can
// start a Latin word or a katakana name; in Japanese UTF-8 nearly every
// byte is a kana or kanji byte that starts neither, and testing them one
// at a time was much of the reader's work.
//
//   size_t i = SkipTo16(text, 0, [](Bytes16 at, Bytes16) { return at == 0xE3; },
//                       [](std::string_view s, size_t k) { return s[k] == '\xE3'; });
//
// Pure and thread-safe.

#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace labwatch {

// Sixteen bytes in one of GCC's vector types, compared lane by lane (SSE2).
using Bytes16 = std::uint8_t __attribute__((vector_size(16)));

// The index of the first lane of `mask` (sixteen one-byte lanes, such as a
// comparison of Bytes16 gives) that is not zero, or 16 if none is.
template <typename Mask>
int FirstLane(Mask mask) {
  static_assert(sizeof(Mask) == 16);
  std::uint64_t low, high;
  std::memcpy(&low, &mask, 8);
  std::memcpy(&high, reinterpret_cast<const char*>(&mask) + 8, 8);
  // Little-endian: the first byte is the lowest.
  static_assert(std::endian::native == std::endian::little);
  if (low != 0) return std::countr_zero(low) / 8;
  if (high != 0) return 8 + std::countr_zero(high) / 8;
  return 16;
}

// The first index from `i` on at which `may_start(s, index)` holds, or
// s.size() (`i` if that is past the end). `lanes(at, after)` is given the sixteen bytes at some index k
// and the sixteen at k + 1, and returns a mask with a lane set for each
// byte k + n at which may_start may hold: it may set more lanes than that,
// never fewer. The last seventeen bytes or fewer are tested one by one.
template <typename Lanes, typename MayStart>
size_t SkipTo16(std::string_view s, size_t i, Lanes lanes, MayStart may_start) {
  while (i + 17 <= s.size()) {
    Bytes16 at, after;
    std::memcpy(&at, s.data() + i, 16);
    std::memcpy(&after, s.data() + i + 1, 16);
    int skip = FirstLane(lanes(at, after));
    if (skip == 16) {
      i += 16;
      continue;
    }
    i += static_cast<size_t>(skip);
    if (may_start(s, i)) return i;
    ++i;
  }
  while (i < s.size() && !may_start(s, i)) ++i;
  return i;
}

}  // namespace labwatch
