// ingest/record.h
//
// Turning an article and its extracted facts into events, and recording
// them. PlanArticle is pure: the ArticleObserved event, then for each fact
// either a new fact event (the article as its causation) or, when the
// projections know the same fact (same identity within the window), a
// FactCorroborated of it. Ids are derived from content, so recording the
// same article twice, or re-extracting it, adds only what is new.
//
// RecordArticle appends the plan in one atomic batch through the Database,
// which folds it into the projections (so the next article sees these facts
// as known).

#pragma once

#include <string>
#include <vector>

#include "core/event.h"
#include "core/known_facts.h"
#include "ingest/extractor.h"

namespace labwatch {

class Database;

struct RecordOptions {
  int window_days = 180;  // a known fact reported again within this is one fact
};

struct ArticlePlan {
  std::string article_id;    // the ArticleObserved event's id
  std::vector<Event> events;  // the article first
  // The id each extracted fact has as this article's own fact, whether it
  // is new, recorded before, or a corroboration: what re-extraction keeps.
  std::vector<std::string> fact_ids;
  size_t new_facts = 0;
  size_t corroborations = 0;
};

// Hex digits of a 128-bit XXH3 hash of `parts` (each followed by a NUL):
// the content-derived part of event ids.
std::string ContentHash(const std::vector<std::string_view>& parts, size_t hex_digits = 20);

// The id of an article's event: from its URL, else its own id.
std::string ArticleEventId(const Article& article);

// `article_id` is the id of the article's event when it is recorded
// already (re-extraction); empty to derive it with ArticleEventId.
ArticlePlan PlanArticle(const Article& article, const std::vector<ExtractedFact>& facts,
                        const KnownFacts& known, Timestamp now, const RecordOptions& options,
                        const std::string& article_id = "");

struct RecordReport {
  std::string article_id;
  bool article_new = false;
  size_t new_facts = 0;       // fact events appended
  size_t corroborations = 0;  // FactCorroborated appended
};

// The facts `database`'s projections know, as of what it has folded.
KnownFacts KnownFactsOf(const Database& database);

// Extracts `article`'s facts and records them with the article, atomically.
Result<RecordReport> RecordArticle(Database& database, const Extractor& extractor, const Article& article,
                                   Timestamp now, const RecordOptions& options = {});

}  // namespace labwatch
