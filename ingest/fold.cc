#include "ingest/fold.h"

#include <unicode/utf8.h>

#include "core/text.h"

namespace labwatch {
namespace {

// Code points that fold to themselves: kana, CJK ideographs and their
// punctuation, which is most of a Japanese article.
bool FoldsToItself(UChar32 c) {
  return (c >= 0x3000 && c <= 0x30FF && c != 0x3000) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0x3400 && c <= 0x4DBF);
}

}  // namespace

FoldedText FoldForMatching(std::string_view text) {
  FoldedText folded;
  folded.text.reserve(text.size());
  folded.origin.reserve(text.size() + 1);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    uint8_t byte = bytes[i];
    if (byte < 0x80) {
      folded.text.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : static_cast<char>(byte));
      folded.origin.push_back(static_cast<std::uint32_t>(start));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    std::string piece;
    if (c < 0) {
      piece = " ";
    } else if (c == 0x3000 || c == 0x00A0) {
      piece = " ";  // ideographic and no-break spaces
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      // Full-width ASCII: Ｍｅｔａ -> meta.
      char ascii = static_cast<char>(c - 0xFEE0);
      piece.assign(1, ascii >= 'A' && ascii <= 'Z' ? static_cast<char>(ascii + 32) : ascii);
    } else if (FoldsToItself(c)) {
      piece.assign(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else {
      piece = FoldKey(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      if (piece.empty()) piece = " ";
    }
    for (char ch : piece) {
      folded.text.push_back(ch);
      folded.origin.push_back(static_cast<std::uint32_t>(start));
    }
  }
  folded.origin.push_back(static_cast<std::uint32_t>(text.size()));
  return folded;
}

}  // namespace labwatch
