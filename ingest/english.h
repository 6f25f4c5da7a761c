// ingest/english.h
//
// The extraction rules for English text. See ingest/extractor.h for the
// contract and docs/extraction.md for the rules. Pure and thread-safe.

#pragma once

#include <vector>

#include "ingest/extractor.h"

namespace labwatch {

std::vector<ExtractedFact> ExtractEnglish(const ArticleContext& article);

}  // namespace labwatch
