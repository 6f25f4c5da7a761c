// ingest/sentences.h
//
// Sentence boundaries of English and Japanese text (ICU's sentence
// BreakIterator with the standard abbreviation exceptions, so "Dr. Adeyemi"
// stays in one sentence). Pure and thread-safe.

#pragma once

#include <string_view>
#include <vector>

namespace labwatch {

struct Span {
  size_t start = 0;  // UTF-8 byte offsets
  size_t end = 0;
};

// The sentences of `text`, trailing white space trimmed, empty ones dropped.
std::vector<Span> SplitSentences(std::string_view text);

// True if `text` has kana or CJK ideographs: Japanese rules apply.
bool LooksJapanese(std::string_view text);

}  // namespace labwatch
