#include "ingest/english.h"

namespace labwatch {

std::vector<ExtractedFact> ExtractEnglish(const ArticleContext&) { return {}; }

}  // namespace labwatch
