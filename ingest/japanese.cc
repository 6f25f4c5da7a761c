#include "ingest/japanese.h"

namespace labwatch {

std::vector<ExtractedFact> ExtractJapanese(const ArticleContext&) { return {}; }

}  // namespace labwatch
