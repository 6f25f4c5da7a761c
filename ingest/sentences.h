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

// The longest sentence SplitSentences returns, in bytes. Real prose stays
// far below it (the longest sentence of every article set we have, real
// feed text included, is about 2 KB); a longer span is a page's run-on
// text: a table, a list or navigation without full stops. Read whole, a
// 100 KB run-on made every fact in it carry the whole run-on as evidence,
// and the rules' look-arounds cost time quadratic in its length. It is cut
// into pieces of at most this size instead.
inline constexpr size_t kMaxSentenceBytes = 4096;

// The sentences of `text`, trailing white space trimmed, empty ones dropped,
// none longer than kMaxSentenceBytes: a longer one is cut into pieces by
// CutNear.
std::vector<Span> SplitSentences(std::string_view text);

// Where to end a piece of `text` that starts at `start` and may take
// `max_bytes`: text.size() if the rest fits; else after the last blank of
// the piece's second half, else after its last 。, 、 or ， (Japanese run-ons
// have no blanks), else at its last code point boundary.
size_t CutNear(std::string_view text, size_t start, size_t max_bytes);

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

// True if `text` has kana or CJK ideographs: Japanese rules apply. The
// extractor has the answer from LoweredAsciiCopy (ingest/fold.h), in the
// pass that lowers the text; this plain scan is what tests hold it to.
bool LooksJapanese(std::string_view text);

}  // namespace labwatch
