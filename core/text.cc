#include "core/text.h"

#include <array>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace labwatch {
namespace {

// The combining diacritics that accent Latin, Greek and Cyrillic letters.
// Other marks stay: dropping the kana voicing marks (U+3099, U+309A) would
// make ジ and シ one letter.
bool IsDiacritic(UChar32 c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Lower-cases ASCII and collapses runs of white space into one space,
// dropping it at both ends.
std::string FoldAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

// The fold by the book: NFKD, diacritics dropped, case folded, NFC, white
// space collapsed.
std::string FoldByNormalizers(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return FoldAscii(name);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed = nfkd->normalize(text, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (IsDiacritic(c)) continue;
    stripped.append(u_isUWhiteSpace(c) ? UChar32(' ') : c);
  }
  stripped.foldCase();
  icu::UnicodeString composed = nfc->normalize(stripped, status);
  if (U_FAILURE(status)) return FoldAscii(name);
  std::string out;
  composed.toUTF8String(out);
  return FoldAscii(out);  // collapses the spaces; the rest is already folded
}

// The Latin-1 letters (U+00C0 to U+00FF), each folded on its own by the
// normalizers, once: é -> e, ß -> ss, Æ -> æ.
const std::string& FoldedLatin1Letter(UChar32 c) {
  static const std::array<std::string, 64> kFolded = [] {
    std::array<std::string, 64> folded;
    for (UChar32 letter = 0xC0; letter <= 0xFF; ++letter) {
      char utf8[2] = {static_cast<char>(0xC0 | (letter >> 6)), static_cast<char>(0x80 | (letter & 0x3F))};
      folded[static_cast<size_t>(letter - 0xC0)] = FoldByNormalizers(std::string_view(utf8, 2));
    }
    return folded;
  }();
  return kFolded[static_cast<size_t>(c - 0xC0)];
}

// Kana and CJK ideographs that are their own NFKC form, with no case and
// no accent to drop. (Not the kana iteration marks and ligatures such as
// ゟ and ヿ, nor the spacing voicing marks ゛ and ゜, which NFKC rewrites.)
bool FoldsToItself(UChar32 c) {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FC) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0x3400 && c <= 0x4DBF);
}

// Lowers the ASCII letters of `name` in place and returns true if it is
// ASCII without white space to collapse: no leading, trailing or doubled
// space and no other space character. Most names are; checking and lowering
// in one pass halves what FoldKey costs them. On false, `name` is garbage.
bool LowerPlainAscii(std::string& name) {
  if (!name.empty() && (name.front() == ' ' || name.back() == ' ')) return false;
  unsigned char previous = 0;
  for (char& c : name) {
    auto byte = static_cast<unsigned char>(c);
    // '\t' to '\r' are the space characters of IsSpace other than ' '.
    if (byte >= 0x80 || (byte >= '\t' && byte <= '\r') || (byte == ' ' && previous == ' ')) return false;
    previous = byte;
    if (byte >= 'A' && byte <= 'Z') c = static_cast<char>(byte + 32);
  }
  return true;
}

}  // namespace

std::string FoldKey(std::string_view name) {
  if (std::string lowered(name); LowerPlainAscii(lowered)) return lowered;
  // Names are nearly always ASCII, Latin-1 letters, kana and kanji. None of
  // these composes with a neighbour under NFC, so each folds on its own, in
  // one pass that also collapses white space as FoldAscii does; the
  // normalizers are needed only for the rest.
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  auto start_piece = [&] {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
  };
  const auto* bytes = reinterpret_cast<const uint8_t*>(name.data());
  auto length = static_cast<int32_t>(name.size());
  for (int32_t i = 0; i < length;) {
    uint8_t byte = bytes[i];
    if (byte < 0x80) {
      ++i;
      if (IsSpace(static_cast<char>(byte))) {
        pending_space = true;
        continue;
      }
      start_piece();
      out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0xC0 && c <= 0xFF) {
      start_piece();
      out += FoldedLatin1Letter(c);
    } else if (c >= 0 && FoldsToItself(c)) {
      start_piece();
      out.append(name.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else {
      return FoldByNormalizers(name);
    }
  }
  return out;
}

int DisplayWidth(std::string_view text) {
  int width = 0;
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      ++width;  // an invalid byte prints as one replacement character
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_ENCLOSING_MARK) continue;
    int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

namespace {

// Length of the well-formed UTF-8 sequence that starts at text[i] (1 to 4),
// or 0 when none does there (a stray byte, an overlong form, a surrogate,
// a code point past U+10FFFF, a sequence cut short).
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = at(i);
  size_t length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3
                  : lead >= 0xF0 && lead < 0xF5 ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k)
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  if (length == 3 && ((lead == 0xE0 && at(i + 1) < 0xA0) || (lead == 0xED && at(i + 1) >= 0xA0)))
    return 0;  // overlong or surrogate
  if (length == 4 && ((lead == 0xF0 && at(i + 1) < 0x90) || (lead == 0xF4 && at(i + 1) >= 0x90)))
    return 0;  // overlong or past U+10FFFF
  return length;
}

}  // namespace

void AppendValidUtf8(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out->append("\xEF\xBF\xBD");
      ++i;
    } else {
      out->append(text.data() + i, length);
      i += length;
    }
  }
}

}  // namespace labwatch
