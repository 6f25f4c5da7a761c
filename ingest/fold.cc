#include "ingest/fold.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <unordered_map>

#include <immintrin.h>

#include <unicode/utf8.h>

#include "core/text.h"
#include "ingest/byte_scan.h"
#include "ingest/cpu.h"
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

namespace {

// Whether one of the bytes of `text` from `i` on that `leads` marks (bit n
// for byte i + n), each a byte from E3 to E9, starts a kana (U+3040 to
// U+30FF) or one of the kanji U+4E00 to U+9FFF: those are encoded with a
// lead byte of E3 to E9, which is never a continuation byte. Out of line:
// English text nearly never gets here, and the scan's loop keeps its
// registers.
[[gnu::noinline]] bool JapaneseAmong(std::string_view text, size_t i, unsigned leads) {
  for (; leads != 0; leads &= leads - 1) {
    size_t size = 0;
    int32_t c = Utf8At(text, i + static_cast<size_t>(std::countr_zero(leads)), &size);
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)) return true;
  }
  return false;
}

// LoweredAsciiCopy's loop, thirty-two bytes at a time with AVX2, from `i`
// while 32 bytes are left, into `to`; returns where it stopped. With
// `look`, also looks for kana and kanji until one is found (`*found`).
[[gnu::target("avx2")]] size_t LowerAndLook32Avx2(std::string_view text, char* to, size_t i, bool look,
                                                  bool* found) {
  using Bytes32 = std::uint8_t __attribute__((vector_size(32)));
  const size_t size = text.size();
  for (; i + 32 <= size; i += 32) {
    Bytes32 v;
    std::memcpy(&v, text.data() + i, 32);
    if (look) {
      auto lead = (Bytes32)(static_cast<Bytes32>(v - 0xE3) <= 6);
      auto leads = static_cast<unsigned>(_mm256_movemask_epi8(reinterpret_cast<__m256i>(lead)));
      if (leads != 0 && JapaneseAmong(text, i, leads)) {
        *found = true;
        look = false;
      }
    }
    v |= (Bytes32)((v - 'A') < 26) & 0x20;
    std::memcpy(to + i, &v, 32);
  }
  return i;
}

// FoldForMatching's copy of an ASCII run, thirty-two bytes at a time with
// AVX2: copies and lowers from `end` while 32 bytes are left and all are
// ASCII, each byte k to to[k]; returns where it stopped. The block that
// ends the run is stored whole, as FoldForMatching's sixteen are.
[[gnu::target("avx2")]] int32_t CopyAsciiRunAvx2(const uint8_t* bytes, int32_t length, int32_t end, char* to) {
  using Bytes32 = std::uint8_t __attribute__((vector_size(32)));
  for (; end + 32 <= length; end += 32) {
    Bytes32 v;
    std::memcpy(&v, bytes + end, 32);
    auto not_ascii = static_cast<unsigned>(_mm256_movemask_epi8(reinterpret_cast<__m256i>(v)));
    v |= (Bytes32)((v - 'A') < 26) & 0x20;
    std::memcpy(to + end, &v, 32);
    if (not_ascii != 0) return end + std::countr_zero(not_ascii);
  }
  return end;
}

}  // namespace

std::string LoweredAsciiCopy(std::string_view text, bool* japanese) {
  // Copied first, then written over: filling a new string with zeros
  // costs more than copying the text into it.
  std::string lowered(text);
  const char* from = text.data();
  char* to = lowered.data();
  const size_t size = text.size();
  // Lowers the sixteen bytes at `i`; returns a mask of those that are lead
  // bytes E3 to E9.
  auto lower16 = [&](size_t i) {
    Bytes16 v;
    std::memcpy(&v, from + i, 16);
    auto lead = (Bytes16)(static_cast<Bytes16>(v - 0xE3) <= 6);
    v |= (Bytes16)((v - 'A') < 26) & 0x20;
    std::memcpy(to + i, &v, 16);
    return static_cast<unsigned>(_mm_movemask_epi8(reinterpret_cast<__m128i>(lead)));
  };
  bool found = false;
  size_t i = 0;
  // Thirty-two bytes at a time where the processor has AVX2 (asked once),
  // then sixteen.
  const bool avx2 = UseAvx2();
  if (avx2) i = LowerAndLook32Avx2(text, to, i, japanese != nullptr, &found);
  if (japanese) {
    // Looking for kana and kanji until one is found (LooksJapanese).
    for (; i + 16 <= size && !found; i += 16)
      if (unsigned leads = lower16(i); leads != 0 && JapaneseAmong(text, i, leads)) found = true;
    *japanese = found;
  }
  for (; i + 16 <= size; i += 16) lower16(i);
  if (i == size) return lowered;
  if (size >= 16) {
    // The last sixteen bytes, some lowered and looked at already: both
    // are idempotent.
    unsigned leads = lower16(size - 16);
    if (japanese && !found && leads != 0) *japanese = JapaneseAmong(text, size - 16, leads);
    return lowered;
  }
  for (; i < size; ++i) {
    auto b = static_cast<uint8_t>(from[i]);
    to[i] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    if (japanese && !found && b >= 0xE3 && b <= 0xE9 && JapaneseAmong(text, i, 1)) *japanese = found = true;
  }
  return lowered;
}

FoldedText FoldForMatching(std::string_view text) {
  FoldedText folded;
  // The folded bytes are written in place, `used` of them so far: the
  // string is sized for the text at once (a fold is nearly always no
  // longer than the code point it folds) and grown where a fold is longer.
  // It starts as a copy of the text, which costs less than zeros.
  std::string& out = folded.text;
  out.assign(text);
  size_t used = 0;
  // An English article has a few dozen pieces (ASCII runs between curly
  // quotes and dashes): room for the first of them at once, not grown one
  // allocation at a time from one.
  folded.pieces.reserve(32);
  auto room = [&](size_t more) {
    if (used + more > out.size()) out.resize(std::max(used + more, 2 * out.size()));
  };
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    uint8_t byte = bytes[i];
    if (byte < 0x80) {
      // A run of ASCII, most of an English article, is copied and lowered
      // sixteen bytes at a time in one pass, each byte mapped to itself.
      // The sixteen bytes that end the run are stored whole; those past
      // its end are written over by what follows, or cut off at the end.
      room(static_cast<size_t>(length - i));
      char* to = out.data() + used - static_cast<size_t>(i);  // to[k] is the folded byte of bytes[k]
      int32_t end = i;
      // Thirty-two at a time first where the processor has AVX2 (asked
      // once); it stops at the run's end or where fewer are left.
      const bool avx2 = UseAvx2();
      bool at_run_end = false;
      if (avx2) {
        end = CopyAsciiRunAvx2(bytes, length, end, to);
        at_run_end = end + 32 <= length;
      }
      while (!at_run_end) {
        if (end + 16 <= length) {
          Bytes16 v;
          std::memcpy(&v, bytes + end, 16);
          auto not_ascii = static_cast<unsigned>(_mm_movemask_epi8(reinterpret_cast<__m128i>(v)));
          v |= (Bytes16)((v - 'A') < 26) & 0x20;
          std::memcpy(to + end, &v, 16);
          if (not_ascii != 0) {
            end += std::countr_zero(not_ascii);
            break;
          }
          end += 16;
          continue;
        }
        for (; end < length && bytes[end] < 0x80; ++end) {
          uint8_t b = bytes[end];
          to[end] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        break;
      }
      folded.pieces.push_back({static_cast<std::uint32_t>(used), static_cast<std::uint32_t>(i), true});
      used += static_cast<size_t>(end - i);
      i = end;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    std::string_view original = text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
    auto append = [&](std::string_view piece) {
      folded.pieces.push_back({static_cast<std::uint32_t>(used), static_cast<std::uint32_t>(start), false});
      room(piece.size());
      std::memcpy(out.data() + used, piece.data(), piece.size());
      used += piece.size();
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
      folded.pieces.push_back({static_cast<std::uint32_t>(used), static_cast<std::uint32_t>(start), true});
      auto run = static_cast<size_t>(end - start);
      room(run);
      std::memcpy(out.data() + used, bytes + start, run);
      used += run;
      i = end;
    } else {
      const std::string& piece = FoldCodePoint(original, c);
      append(piece.empty() ? std::string_view(" ") : std::string_view(piece));
    }
  }
  out.resize(used);
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
