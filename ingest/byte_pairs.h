// ingest/byte_pairs.h
//
// BytePairs is a quick "no" for substring searches in Japanese text: the
// set of pairs of adjacent bytes of a text, each byte cut to its low six
// bits. A word of three bytes or more occurs in the text only where its
// second and third bytes occur as a pair, and in UTF-8 Japanese those are
// the bytes that tell kana and kanji apart, so most words of a list are
// ruled out without a search.
//
//   BytePairs pairs(clause);
//   if (pairs.MayContain(word) && clause.find(word) != npos) ...
//
// The pairs of a text are a superset of those of any part of it, so the
// pairs built once for a text answer for each of its substrings too.

#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace labwatch {

class BytePairs {
 public:
  // Built for every clause the rules search: words set directly, without
  // std::bitset's range check per byte.
  explicit BytePairs(std::string_view text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      size_t bit = Bit(text[i], text[i + 1]);
      words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }

  // False only if `word` occurs nowhere in the text (nor in any part of
  // it). Always true for words shorter than three bytes.
  bool MayContain(std::string_view word) const {
    if (word.size() < 3) return true;
    size_t bit = Bit(word[1], word[2]);
    return (words_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  static size_t Bit(char a, char b) {
    return (static_cast<size_t>(static_cast<unsigned char>(a) & 0x3F) << 6) |
           (static_cast<size_t>(static_cast<unsigned char>(b)) & 0x3F);
  }

  std::uint64_t words_[64] = {};  // 4096 bits, one per pair
};

}  // namespace labwatch
