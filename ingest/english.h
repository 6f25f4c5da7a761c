// ingest/english.h
//
// The extraction rules for English text. See ingest/extractor.h for the
// contract and docs/extraction.md for the rules. Pure and thread-safe.

#pragma once

#include <string_view>
#include <vector>

#include "ingest/extractor.h"

namespace labwatch {

std::vector<ExtractedFact> ExtractEnglish(const ArticleContext& article);

// False when `text`, an article's whole text, has none of the trigger words
// the English rules start from: ExtractEnglish then finds nothing in it, so
// the caller need not split it into sentences or look for names. Cheap: one
// Hyperscan pass.
bool MayHaveEnglishFacts(std::string_view text);

}  // namespace labwatch
