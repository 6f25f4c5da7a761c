#include "ingest/sentences.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "ingest/utf8.h"

namespace labwatch {
namespace {

// Whether the eight bytes of `text` from `i` on exist and are all ASCII.
bool AllAscii8(std::string_view text, size_t i) {
  if (i + 8 > text.size()) return false;
  uint64_t word;
  std::memcpy(&word, text.data() + i, 8);
  return (word & 0x8080808080808080ull) == 0;
}

// `text` as UTF-16, with the byte offset in `text` of each UTF-16 unit and
// of the end. ICU breaks UTF-16 several times faster than UTF-8 read through
// UText. False if `text` is not valid UTF-8; ICU's handling of ill-formed
// bytes is then left to ICU.
bool ToUtf16(std::string_view text, std::u16string& units, std::vector<size_t>& byte_of_unit) {
  // A UTF-8 byte never makes more than one UTF-16 unit.
  units.resize(text.size());
  byte_of_unit.resize(text.size() + 1);
  size_t count = 0;
  for (size_t i = 0, size = 0; i < text.size(); i += size) {
    if (AllAscii8(text, i)) {
      // Eight ASCII bytes, eight units: most of an English article.
      for (size_t k = 0; k < 8; ++k) {
        units[count] = static_cast<char16_t>(text[i + k]);
        byte_of_unit[count++] = i + k;
      }
      size = 8;
      continue;
    }
    int32_t c = Utf8At(text, i, &size);
    if (c < 0) return false;
    if (U_IS_BMP(c)) {
      units[count] = static_cast<char16_t>(c);
      byte_of_unit[count++] = i;
    } else {
      units[count] = U16_LEAD(c);
      byte_of_unit[count++] = i;
      units[count] = U16_TRAIL(c);
      byte_of_unit[count++] = i;
    }
  }
  units.resize(count);
  byte_of_unit[count] = text.size();
  byte_of_unit.resize(count + 1);
  return true;
}

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The length in bytes of the opening bracket or quote that ends at `end`,
// or 0.
size_t OpeningBracketBefore(std::string_view text, size_t end) {
  static constexpr std::string_view kOpening[] = {"「", "『", "（", "【", "〈", "《", "“", "("};
  for (std::string_view open : kOpening)
    if (end >= open.size() && text.substr(end - open.size(), open.size()) == open) return open.size();
  return 0;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> spans;
  UErrorCode status = U_ZERO_ERROR;
  // Breaking is not thread-safe per instance; one per thread, reused.
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale english("en");
    std::unique_ptr<icu::BreakIterator> plain(icu::BreakIterator::createSentenceInstance(english, error));
    // The filter keeps "Dr. Adeyemi" and "Mr. Altman" in one sentence.
    // Debian's ICU data has no abbreviation lists, so we give ours.
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> filter(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(error));
    for (const char* abbreviation : {"Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.",
                                     "Sr.", "St.", "U.S.", "U.K.", "No.", "vs.", "e.g.", "i.e.", "Gen.", "Sen.",
                                     "Rep.", "Gov.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.",
                                     "Nov.", "Dec.", "approx.", "Fig.", "Ph.D.", "Bros."})
      if (filter) filter->suppressBreakAfter(icu::UnicodeString(abbreviation), error);
    if (U_FAILURE(error) || !plain || !filter) return plain;
    std::unique_ptr<icu::BreakIterator> filtered(filter->wrapIteratorWithFilter(plain.release(), error));
    return U_FAILURE(error) ? nullptr : std::move(filtered);
  }();
  if (!breaker || U_FAILURE(status)) {
    spans.push_back({0, text.size()});
    return spans;
  }
  // Reused across calls: converting is cheap, allocating is not.
  thread_local std::u16string units;
  thread_local std::vector<size_t> byte_of_unit;
  bool utf16 = ToUtf16(text, units, byte_of_unit);
  UText* utext = utf16 ? utext_openUChars(nullptr, units.data(), static_cast<int64_t>(units.size()), &status)
                       : utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  // Boundaries are UTF-16 offsets in `units`, or byte offsets in `text`.
  auto byte_offset = [&](int32_t boundary) {
    return utf16 ? byte_of_unit[static_cast<size_t>(boundary)] : static_cast<size_t>(boundary);
  };
  breaker->setText(utext, status);
  int32_t start = breaker->first();
  size_t carried = byte_offset(start);  // where the next sentence starts
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
    size_t s = carried, e = byte_offset(end);
    while (e > s && IsBlank(text[e - 1])) --e;
    // ICU ends "公開した。「Kumo-2」は…" after the 「: an opening bracket
    // belongs to the sentence it opens.
    carried = byte_offset(end);
    while (size_t length = OpeningBracketBefore(text, e)) {
      if (e - length <= s) break;
      e -= length;
      carried = e;
    }
    while (e > s && IsBlank(text[e - 1])) --e;
    while (s < e && IsBlank(text[s])) ++s;
    if (e > s) spans.push_back({s, e});
  }
  breaker->setText(icu::UnicodeString());  // drop the pointer into the text
  utext_close(utext);
  return spans;
}

bool LooksJapanese(std::string_view text) {
  // Kana (U+3040 to U+30FF) and these kanji (U+4E00 to U+9FFF) are encoded
  // with a lead byte of E3 to E9, which is never a continuation byte: only
  // those bytes need decoding, and the rest (all of an English article) is
  // skipped a byte at a time.
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  for (size_t i = 0; i < text.size(); ++i) {
    while (AllAscii8(text, i)) i += 8;
    if (i >= text.size()) break;
    if (bytes[i] < 0xE3 || bytes[i] > 0xE9) continue;
    size_t size = 0;
    int32_t c = Utf8At(text, i, &size);
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)) return true;
  }
  return false;
}

}  // namespace labwatch
