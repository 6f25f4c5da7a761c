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

  // Where the folded bytes came from, in pieces: piece k covers the folded
  // bytes from pieces[k].folded up to the next piece's (or text's end).
  // Names are matched in folded text, but only the candidate matches ask
  // where a byte came from: the map is kept per piece, not written for
  // every byte of every article.
  struct Piece {
    std::uint32_t folded;    // its first folded byte
    std::uint32_t original;  // the original byte that one came from
    // Copied byte for byte (ASCII lowered, kana and kanji): folded byte i
    // came from original + (i - folded), taken back to the start of its
    // code point. Otherwise all of the piece is one folded code point.
    bool copied;
  };
  std::vector<Piece> pieces;
  std::uint32_t original_size = 0;

  // The original byte that folded byte `i` came from: the start of the
  // code point it folds. Origin(text.size()) is the original's size.
  // REQUIRES: i <= text.size()
  std::uint32_t Origin(size_t i) const;

  // The original byte range of folded bytes [start, end).
  std::uint32_t OriginalStart(size_t start) const { return Origin(start); }
  std::uint32_t OriginalEnd(size_t end) const { return Origin(end); }
};

// Folds `text`. ASCII, kana and CJK take fast paths; other letters go
// through ICU one code point at a time.
FoldedText FoldForMatching(std::string_view text);

// Lowers the ASCII letters A to Z of `text[begin, end)` in place and leaves
// every other byte (all of UTF-8's multi-byte sequences) as it is. Sixteen
// bytes at a time: whole articles are lowered this way.
void LowerAsciiLetters(std::string& text, size_t begin, size_t end);
inline void LowerAsciiLetters(std::string& text) { LowerAsciiLetters(text, 0, text.size()); }

// A copy of `text` with LowerAsciiLetters applied, copied and lowered in
// one pass rather than copied and then lowered. With `japanese`, sets
// `*japanese` to LooksJapanese(text) (ingest/sentences.h), found in the
// same pass: the extractor asks both of every article.
std::string LoweredAsciiCopy(std::string_view text, bool* japanese = nullptr);

}  // namespace labwatch
