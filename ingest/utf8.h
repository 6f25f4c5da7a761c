// ingest/utf8.h
//
// Decoding one code point of UTF-8, for the scanners of the extraction
// pipeline, which decode every character of every article several times.
// The results are those of ICU's U8_NEXT and U8_PREV; the common cases
// (ASCII, two- and three-byte sequences, which are all of Latin text, kana
// and kanji) are decoded inline and the rest is left to ICU.

#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace labwatch {

// What Utf8At and Utf8Before return for the sequences they do not decode
// inline: ICU's U8_NEXT and U8_PREV, kept out of line so that the common
// path stays small enough to inline.
int32_t Utf8AtSlow(std::string_view s, size_t i, size_t* size);
int32_t Utf8BeforeSlow(std::string_view s, size_t i, size_t* size);

// The code point starting at byte `i` of `s` and, in `*size`, its length in
// bytes; a negative value, as U8_NEXT gives, for an ill-formed sequence.
// REQUIRES: i < s.size()
[[gnu::always_inline]] inline int32_t Utf8At(std::string_view s, size_t i, size_t* size) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  uint8_t lead = bytes[i];
  if (lead < 0x80) {
    *size = 1;
    return lead;
  }
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < s.size() && (bytes[i + 1] & 0xC0) == 0x80) {
    *size = 2;
    return ((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
  }
  if ((lead & 0xF0) == 0xE0 && i + 2 < s.size() && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
    int32_t c = ((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
      *size = 3;
      return c;
    }
  }
  return Utf8AtSlow(s, i, size);
}

// The code point ending just before byte `i` of `s` and, in `*size`, its
// length in bytes; negative for an ill-formed sequence, as U8_PREV gives.
// REQUIRES: 0 < i <= s.size()
[[gnu::always_inline]] inline int32_t Utf8Before(std::string_view s, size_t i, size_t* size) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  uint8_t last = bytes[i - 1];
  if (last < 0x80) {
    *size = 1;
    return last;
  }
  if ((last & 0xC0) == 0x80 && i >= 2) {
    uint8_t before = bytes[i - 2];
    if (before >= 0xC2 && before <= 0xDF) {
      *size = 2;
      return ((before & 0x1F) << 6) | (last & 0x3F);
    }
    if ((before & 0xC0) == 0x80 && i >= 3 && (bytes[i - 3] & 0xF0) == 0xE0) {
      int32_t c = ((bytes[i - 3] & 0x0F) << 12) | ((before & 0x3F) << 6) | (last & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        *size = 3;
        return c;
      }
    }
  }
  return Utf8BeforeSlow(s, i, size);
}

}  // namespace labwatch
