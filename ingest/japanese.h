// ingest/japanese.h
//
// The extraction rules for Japanese text. See ingest/extractor.h for the
// contract and docs/extraction.md for the rules. Pure and thread-safe.

#pragma once

#include <vector>

#include "ingest/extractor.h"

namespace labwatch {

std::vector<ExtractedFact> ExtractJapanese(const ArticleContext& article);

}  // namespace labwatch
