// RecordArticle: the one place an article and its facts reach the log.
// Kept apart from record.cc so the pure planning links without the store.

#include "ingest/record.h"
#include "store/database.h"

namespace labwatch {

KnownFacts KnownFactsOf(const Database& database) {
  return KnownFacts(database.roster(), *static_cast<const ModelsProjection*>(database.projection("models")));
}

Result<RecordReport> RecordArticle(Database& database, const Extractor& extractor, const Article& article,
                                   Timestamp now, const RecordOptions& options) {
  std::vector<ExtractedFact> facts = extractor.Extract(article, DateOf(now));
  ArticlePlan plan = PlanArticle(article, facts, KnownFactsOf(database), now, options);
  auto sequences = database.Append(plan.events);
  if (!sequences) return tl::unexpected(sequences.error());
  RecordReport report;
  report.article_id = plan.article_id;
  report.article_new = (*sequences)[0] != 0;
  for (size_t i = 1; i < plan.events.size(); ++i) {
    if ((*sequences)[i] == 0) continue;
    ++(plan.events[i].type == EventType::kFactCorroborated ? report.corroborations : report.new_facts);
  }
  return report;
}

}  // namespace labwatch
