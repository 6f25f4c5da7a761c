#include "ingest/record.h"

#include <algorithm>
#include <cstdio>

#include <xxhash.h>

#include "core/text.h"

namespace labwatch {
namespace {

// What a fact is about: its event type, the name of its kind in its
// identity, and the person and org, or the org and model.
struct About {
  EventType type;
  std::string_view kind;
  std::string_view first;
  std::string_view second;
};

About AboutOf(const ExtractedFact& fact) {
  switch (fact.kind) {
    case FactKind::kDeparture: return {EventType::kPersonDeparted, "departure", fact.person, fact.org};
    case FactKind::kJoin: return {EventType::kPersonJoined, "join", fact.person, fact.org};
    case FactKind::kFounded: return {EventType::kOrgFounded, "founded", fact.person, fact.org};
    case FactKind::kRelease: return {EventType::kModelReleased, "release", fact.org, fact.model};
    case FactKind::kDelay: return {EventType::kModelDelayed, "delay", fact.org, fact.model};
  }
  return {EventType::kUnknown, "", "", ""};
}

Event FactEvent(const ExtractedFact& fact, const std::string& id, const Article& article,
                const std::string& article_id, Date published, Timestamp now) {
  Evidence evidence;
  evidence.text = article.text.substr(fact.start, fact.end - fact.start);
  evidence.article = article_id;
  evidence.url = article.url;
  evidence.start = static_cast<std::int64_t>(fact.start);
  evidence.end = static_cast<std::int64_t>(fact.end);
  evidence.extractor = std::string(Extractor::kVersion);
  evidence.confidence = fact.confidence;
  evidence.reported_at = article.published;
  evidence.date_stated = fact.date.has_value();
  Event event;
  switch (fact.kind) {
    case FactKind::kDeparture:
    case FactKind::kJoin:
      event = MakeEvent(AboutOf(fact).type, id, now,
                        PersonMoved{fact.person, fact.org, fact.other_org, fact.role, fact.announced, evidence,
                                    fact.company, fact.other_company});
      break;
    case FactKind::kFounded:
      event = MakeEvent(EventType::kOrgFounded, id, now, OrgFounded{fact.org, {fact.person}, evidence, fact.company});
      break;
    case FactKind::kRelease:
    case FactKind::kDelay:
      event = MakeEvent(AboutOf(fact).type, id, now,
                        ModelNews{fact.org, fact.model, std::nullopt, std::nullopt, evidence, fact.company});
      break;
  }
  event.occurred_at = fact.date ? *fact.date : published;
  event.source = article.source.empty() ? article.url : article.source;
  event.causation = article_id;
  return event;
}

}  // namespace

std::string ContentHash(const std::vector<std::string_view>& parts, size_t hex_digits) {
  std::string text;
  for (auto part : parts) {
    text.append(part);
    text.push_back('\0');
  }
  XXH128_hash_t hash = XXH3_128bits(text.data(), text.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return std::string(hex, std::min<size_t>(hex_digits, 32));
}

std::string ArticleEventId(const Article& article) {
  return "article-" + ContentHash({article.url.empty() ? "id" : "url", article.url.empty() ? article.id : article.url});
}

ArticlePlan PlanArticle(const Article& article, const std::vector<ExtractedFact>& facts,
                        const KnownFacts& known, Timestamp now, const RecordOptions& options,
                        const std::string& article_id) {
  ArticlePlan plan;
  plan.article_id = article_id.empty() ? ArticleEventId(article) : article_id;
  Date published = article.published ? DateOf(*article.published) : DateOf(now);
  ArticleObserved observed{article.url,
                           article.id,
                           article.title,
                           article.published ? FormatTimestamp(*article.published) : "",
                           article.source,
                           article.lang,
                           article.text,
                           "xxh3:" + ContentHash({article.text})};
  Event article_event = MakeEvent(EventType::kArticleObserved, plan.article_id, now, observed);
  article_event.source = article.source.empty() ? article.url : article.source;
  if (article.published) article_event.occurred_at = published;
  plan.events.push_back(std::move(article_event));

  for (const auto& fact : facts) {
    About about = AboutOf(fact);
    std::string identity = FactIdentity(about.kind, about.first, about.second);
    Date date = fact.date ? *fact.date : published;
    std::string id = "fact-" + ContentHash({plan.article_id, identity});
    plan.fact_ids.push_back(id);
    const FactBase* existing = known.Find(about.type, about.first, about.second, date, options.window_days);
    if (existing && existing->id == id) continue;  // this article, recorded before
    if (existing) {
      FactCorroborated corroboration{existing->id.str(), plan.article_id, plan.events.front().source, article.url,
                                     fact.confidence, article.published};
      Event event = MakeEvent(EventType::kFactCorroborated, "corroboration-" + ContentHash({existing->id, plan.article_id}),
                              now, corroboration);
      event.source = plan.events.front().source;
      event.causation = plan.article_id;
      plan.events.push_back(std::move(event));
      ++plan.corroborations;
      continue;
    }
    plan.events.push_back(FactEvent(fact, id, article, plan.article_id, published, now));
    ++plan.new_facts;
  }
  return plan;
}

}  // namespace labwatch
