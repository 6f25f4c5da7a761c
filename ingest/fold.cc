#include "ingest/fold.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include <unicode/utf8.h>

#include "core/text.h"
#include "ingest/byte_scan.h"
#include "ingest/utf8.h"

namespace labwatch {
namespace {

// Code points that fold to themselves: kana, CJK ideographs and their
// punctuation, which is most of a Japanese article.
bool FoldsToItself(UChar32 c) {
  return (c >= 0x3000 && c <= 0x30FF && c != 0x3000) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0x3400 && c <= 0x4DBF);
}

// FoldKey of the code point `c`, spelled `original`. Outside the fast paths
// FoldKey goes through ICU's normalizers, hundreds of instructions for each
// curly quote or dash of a feed's text; its answer depends on the code point
// alone, so each thread remembers it (for the first few thousand code points
// met, which bounds the memory a hostile text can take).
const std::string& FoldCodePoint(std::string_view original, UChar32 c) {
  thread_local std::unordered_map<UChar32, std::string> folded;
  thread_local std::string scratch;
  auto found = folded.find(c);
  if (found != folded.end()) return found->second;
  if (folded.size() >= 4096) return scratch = FoldKey(original);
  return folded.emplace(c, FoldKey(original)).first->second;
}

}  // namespace

void LowerAsciiLetters(std::string& text, size_t begin, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  char* bytes = text.data();
  size_t i = begin;
  // Sixteen bytes at a time in a vector (SSE2): a byte whose distance past
  // 'A' is under 26 (bytes below 'A' wrap to large distances) gets the case
  // bit.
  for (; i + 16 <= end; i += 16) {
    Bytes16 v;
    std::memcpy(&v, bytes + i, 16);
    auto upper = (Bytes16)((v - 'A') < 26);
    v |= upper & 0x20;
    std::memcpy(bytes + i, &v, 16);
  }
  // Then eight at a time in a word.
  for (; i + 8 <= end; i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes + i, 8);
    // In each byte below 0x80, adding 0x80 - 'A' sets the high bit if the
    // byte is at least 'A', and adding 0x80 - 'Z' - 1 if it is past 'Z';
    // neither sum carries into the next byte. Bytes of 0x80 and up are
    // masked out by ~word.
    uint64_t low = word & ~kHighBits;
    uint64_t at_least_a = low + (0x80 - 'A') * kOnes;
    uint64_t past_z = low + (0x80 - 'Z' - 1) * kOnes;
    uint64_t upper = at_least_a & ~past_z & ~word & kHighBits;
    word |= upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(bytes + i, &word, 8);
  }
  for (; i < end; ++i)
    if (bytes[i] >= 'A' && bytes[i] <= 'Z') bytes[i] = static_cast<char>(bytes[i] + 32);
}

FoldedText FoldForMatching(std::string_view text) {
  FoldedText folded;
  folded.text.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    uint8_t byte = bytes[i];
    if (byte < 0x80) {
      // A run of ASCII, most of an English article, is copied and lowered
      // eight bytes at a time, each byte mapped to itself.
      int32_t end = i + 1;
      for (uint64_t word; end + 8 <= length; end += 8) {
        std::memcpy(&word, bytes + end, 8);
        if (word & 0x8080808080808080ull) break;
      }
      while (end < length && bytes[end] < 0x80) ++end;
      size_t at = folded.text.size();
      auto run = static_cast<size_t>(end - i);
      folded.text.append(reinterpret_cast<const char*>(bytes + i), run);
      LowerAsciiLetters(folded.text, at, at + run);
      folded.pieces.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(i), true});
      i = end;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    std::string_view original = text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
    auto append = [&](std::string_view piece) {
      folded.pieces.push_back(
          {static_cast<std::uint32_t>(folded.text.size()), static_cast<std::uint32_t>(start), false});
      folded.text.append(piece);
    };
    if (c < 0) {
      append(" ");
    } else if (c == 0x3000 || c == 0x00A0) {
      append(" ");  // ideographic and no-break spaces
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      // Full-width ASCII: Ｍｅｔａ -> meta.
      char ascii = static_cast<char>(c - 0xFEE0);
      char lower = ascii >= 'A' && ascii <= 'Z' ? static_cast<char>(ascii + 32) : ascii;
      append(std::string_view(&lower, 1));
    } else if (FoldsToItself(c)) {
      // Kana and kanji, most of a Japanese article: the whole run is copied
      // at once, each byte mapped to the start of its code point.
      int32_t end = i;
      while (end < length) {
        size_t size = 0;
        int32_t d = Utf8At(text, static_cast<size_t>(end), &size);
        if (d < 0 || !FoldsToItself(d)) break;
        end += static_cast<int32_t>(size);
      }
      folded.pieces.push_back(
          {static_cast<std::uint32_t>(folded.text.size()), static_cast<std::uint32_t>(start), true});
      folded.text.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
      i = end;
    } else {
      const std::string& piece = FoldCodePoint(original, c);
      append(piece.empty() ? std::string_view(" ") : std::string_view(piece));
    }
  }
  folded.original_size = static_cast<std::uint32_t>(text.size());
  return folded;
}

std::uint32_t FoldedText::Origin(size_t i) const {
  if (i >= text.size()) return original_size;
  auto after = std::upper_bound(pieces.begin(), pieces.end(), i,
                                [](size_t at, const Piece& piece) { return at < piece.folded; });
  const Piece& piece = *(after - 1);  // the first piece starts at folded byte 0
  if (!piece.copied) return piece.original;
  // A copied piece has the original's bytes (lowering keeps ASCII ASCII),
  // so its own continuation bytes tell where a code point starts.
  size_t at = i;
  while (at > piece.folded && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return piece.original + static_cast<std::uint32_t>(at - piece.folded);
}

}  // namespace labwatch
