// ingest/english.h
//
// The extraction rules for English text. See ingest/extractor.h for the
// contract and docs/extraction.md for the rules. Pure and thread-safe.

#pragma once

#include <string_view>
#include <vector>

#include "ingest/extractor.h"

namespace labwatch {

// Where the trigger words the English rules start from (their stems, in
// any case) occur in `text`, an article's whole text: byte offsets, in no
// promised order. None means ExtractEnglish finds nothing, so the caller
// need not split the text into sentences or look for names. Cheap: one
// Hyperscan pass.
std::vector<Span> EnglishTriggerStems(std::string_view text);

// `stems` are EnglishTriggerStems(article.article.text); only the sentences
// with one get the rules.
std::vector<ExtractedFact> ExtractEnglish(const ArticleContext& article, const std::vector<Span>& stems);

}  // namespace labwatch
