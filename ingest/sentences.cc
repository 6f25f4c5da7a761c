#include "ingest/sentences.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace labwatch {

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
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  breaker->setText(utext, status);
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
    size_t s = static_cast<size_t>(start), e = static_cast<size_t>(end);
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    while (s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r')) ++s;
    if (e > s) spans.push_back({s, e});
  }
  breaker->setText(icu::UnicodeString());  // drop the pointer into `text`
  utext_close(utext);
  return spans;
}

bool LooksJapanese(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)) return true;
  }
  return false;
}

}  // namespace labwatch
