// ingest/english.h
//
// The extraction rules for English text. See ingest/extractor.h for the
// contract and docs/extraction.md for the rules. Pure and thread-safe.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extractor.h"

namespace labwatch {

// Where the trigger words the English rules start from (their stems, in
// any case) occur in an article's whole text, and the text they were
// found in: the article's with its ASCII letters lowered, which the rules
// need too (lowering it twice was a pass over every triggered article).
struct EnglishTriggers {
  std::string lowered;      // LowerAsciiLetters of the text, at the same offsets
  std::vector<Span> stems;  // byte offsets, in no promised order
};

// No stems means ExtractEnglish finds nothing, so the caller need not split
// the text into sentences or look for names. Cheap: one Hyperscan pass.
EnglishTriggers FindEnglishTriggers(std::string_view text);
// The same, given only `lowered`, LoweredAsciiCopy(text) (ingest/fold.h),
// which becomes the result's `lowered`.
EnglishTriggers FindEnglishTriggersInLowered(std::string lowered);
inline std::vector<Span> EnglishTriggerStems(std::string_view text) { return FindEnglishTriggers(text).stems; }

// `triggers` are FindEnglishTriggers(article.article.text); only the
// sentences with a stem get the rules.
std::vector<ExtractedFact> ExtractEnglish(const ArticleContext& article, EnglishTriggers triggers);

}  // namespace labwatch
