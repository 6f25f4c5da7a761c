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

#include <bitset>
#include <cstddef>
#include <string_view>

namespace labwatch {

class BytePairs {
 public:
  explicit BytePairs(std::string_view text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) pairs_.set(Bit(text[i], text[i + 1]));
  }

  // False only if `word` occurs nowhere in the text (nor in any part of
  // it). Always true for words shorter than three bytes.
  bool MayContain(std::string_view word) const { return word.size() < 3 || pairs_[Bit(word[1], word[2])]; }

 private:
  static size_t Bit(char a, char b) {
    return (static_cast<size_t>(static_cast<unsigned char>(a) & 0x3F) << 6) |
           (static_cast<size_t>(static_cast<unsigned char>(b)) & 0x3F);
  }

  std::bitset<4096> pairs_;
};

}  // namespace labwatch
