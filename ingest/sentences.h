// ingest/sentences.h
//
// Sentence boundaries of English and Japanese text, exactly where ICU's
// sentence BreakIterator puts them with our abbreviation exceptions (so
// "Dr. Adeyemi" stays in one sentence). Text of Latin, Greek or Cyrillic
// script is split by our own statement of the same rules, several times
// faster; the rest (Japanese, for one) by ICU. Pure and thread-safe.

#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace labwatch {

struct Span {
  size_t start = 0;  // UTF-8 byte offsets
  size_t end = 0;
};

// The sentences of `text`, trailing white space trimmed, empty ones dropped.
std::vector<Span> SplitSentences(std::string_view text);

// Where the sentences of `text` end, as byte offsets, ascending; the last
// is text.size() (there are none for empty text). Blanks are not trimmed.
// IcuSentenceEnds asks ICU. SentenceEndsWithoutIcu applies UAX #29's
// sentence rules and ICU's abbreviation filter itself, and returns nullopt
// for ill-formed UTF-8 and for text with a character of a Sentence_Break
// class it leaves to ICU (OLetter, as kana and kanji are; Extend, Format,
// Sep). Where it answers, the two agree; SplitSentences uses it first, and
// tests hold it to ICU.
std::vector<size_t> IcuSentenceEnds(std::string_view text);
std::optional<std::vector<size_t>> SentenceEndsWithoutIcu(std::string_view text);

// True if `text` has kana or CJK ideographs: Japanese rules apply.
bool LooksJapanese(std::string_view text);

}  // namespace labwatch
