// ingest/fold.h
//
// Text folded for matching, with a map back to the original bytes: NFKC,
// Latin accents removed, lower case. Names are matched in folded text and
// reported (evidence offsets, display names) in the original.
//
// Pure and thread-safe.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace labwatch {

struct FoldedText {
  std::string text;
  // origin[i]: the byte of the original text that folded byte i came from;
  // origin[text.size()] is the original's size.
  std::vector<std::uint32_t> origin;

  // The original byte range of folded bytes [start, end).
  std::uint32_t OriginalStart(size_t start) const { return origin[start]; }
  std::uint32_t OriginalEnd(size_t end) const { return origin[end]; }
};

// Folds `text`. ASCII, kana and CJK take fast paths; other letters go
// through ICU one code point at a time.
FoldedText FoldForMatching(std::string_view text);

// Lowers the ASCII letters A to Z of `text[begin, end)` in place and leaves
// every other byte (all of UTF-8's multi-byte sequences) as it is. Eight
// bytes at a time: whole articles are lowered this way.
void LowerAsciiLetters(std::string& text, size_t begin, size_t end);
inline void LowerAsciiLetters(std::string& text) { LowerAsciiLetters(text, 0, text.size()); }

}  // namespace labwatch
