#include "ingest/record.h"

#include <gtest/gtest.h>

#include <chrono>

#include "core/event_codec.h"
#include "core/roster.h"

namespace labwatch {
namespace {

Timestamp At(const char* text) { return *ParseTimestamp(text); }

Article MakeArticle(const std::string& url, const std::string& source, const char* published) {
  Article article;
  article.id = url;
  article.url = url;
  article.source = source;
  article.published = At(published);
  article.text = "Intro. Priya Raman left Nebula Labs to join Orbit AI. Outro.";
  return article;
}

ExtractedFact Departure(double confidence = 0.7) {
  ExtractedFact fact;
  fact.kind = FactKind::kDeparture;
  fact.person = "Priya Raman";
  fact.org = "Nebula Labs";
  fact.other_org = "Orbit AI";
  fact.confidence = confidence;
  fact.start = 7;
  fact.end = 53;
  return fact;
}

ExtractedFact Release(const std::string& model, std::optional<Date> date = std::nullopt) {
  ExtractedFact fact;
  fact.kind = FactKind::kRelease;
  fact.org = "Orbit AI";
  fact.model = model;
  fact.date = date;
  fact.start = 0;
  fact.end = 6;
  return fact;
}

// The projections ingestion asks, fed a plan's events as the Database
// would fold them.
struct Projections {
  RosterProjection roster;
  ModelsProjection models;
  KnownFacts known{roster, models};
  Sequence seq = 0;

  void Fold(const std::vector<Event>& events) {
    for (const auto& event : events) {
      roster.Apply(++seq, event);
      models.Apply(seq, event);
    }
  }
  void Fold(const ArticlePlan& plan) { Fold(plan.events); }

  // Plans an article published at `published` (read the next day) against
  // what is known, and folds the plan.
  ArticlePlan Record(const std::string& url, const std::vector<ExtractedFact>& facts,
                     const char* published = "2025-02-11T09:00:00Z") {
    Timestamp at = At(published);
    ArticlePlan plan = PlanArticle(MakeArticle(url, url.substr(8, 9), published), facts, known,
                                   at + std::chrono::hours(24), {});
    Fold(plan);
    return plan;
  }
};

TEST(PlanArticle, RecordsTheArticleThenEachNewFactCausedByIt) {
  Projections p;
  const KnownFacts& known = p.known;
  Article article = MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z");
  ArticlePlan plan = PlanArticle(article, {Departure(), Release("Orbit-2", Date::Month(2025, 1))}, known,
                                 At("2025-02-12T00:00:00Z"), {});
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.new_facts, 2u);
  const Event& observed = plan.events[0];
  EXPECT_EQ(observed.type, EventType::kArticleObserved);
  EXPECT_EQ(observed.id, ArticleEventId(article));
  EXPECT_EQ(observed.occurred_at->ToString(), "2025-02-11");
  const Event& departure = plan.events[1];
  EXPECT_EQ(departure.type, EventType::kPersonDeparted);
  EXPECT_EQ(departure.causation, observed.id);
  EXPECT_EQ(departure.source, "A Wire");
  EXPECT_EQ(departure.occurred_at->ToString(), "2025-02-11");  // no date stated: the article's
  const auto& moved = std::get<PersonMoved>(departure.data);
  EXPECT_EQ(moved.other_org, "Orbit AI");
  ASSERT_TRUE(moved.evidence);
  EXPECT_EQ(moved.evidence->text, "Priya Raman left Nebula Labs to join Orbit AI.");
  EXPECT_EQ(moved.evidence->article, observed.id);
  EXPECT_EQ(moved.evidence->date_stated, false);
  EXPECT_EQ(moved.evidence->extractor, Extractor::kVersion);
  EXPECT_EQ(plan.events[2].occurred_at->ToString(), "2025-01");
  // Every planned event encodes and decodes.
  for (const auto& event : plan.events) EXPECT_TRUE(DecodeEvent(EncodeEvent(event))) << event.id;
}

TEST(PlanArticle, IdsDependOnContentSoReplanningGivesTheSameEvents) {
  Projections p;
  const KnownFacts& known = p.known;
  Article article = MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z");
  ArticlePlan first = PlanArticle(article, {Departure()}, known, At("2025-02-12T00:00:00Z"), {});
  ArticlePlan again = PlanArticle(article, {Departure()}, known, At("2025-03-01T00:00:00Z"), {});
  ASSERT_EQ(first.events.size(), again.events.size());
  for (size_t i = 0; i < first.events.size(); ++i) EXPECT_EQ(first.events[i].id, again.events[i].id);
}

TEST(PlanArticle, ASecondOutletWithinTheWindowCorroboratesTheKnownFact) {
  Projections p;
  const KnownFacts& known = p.known;
  ArticlePlan first = PlanArticle(MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z"),
                                  {Departure(0.6)}, known, At("2025-02-12T00:00:00Z"), {});
  p.Fold(first);
  ArticlePlan second = PlanArticle(MakeArticle("https://b.example/2", "B Daily", "2025-02-13T09:00:00Z"),
                                   {Departure(0.6)}, known, At("2025-02-14T00:00:00Z"), {});
  ASSERT_EQ(second.events.size(), 2u);
  EXPECT_EQ(second.corroborations, 1u);
  const auto& corroboration = std::get<FactCorroborated>(second.events[1].data);
  EXPECT_EQ(corroboration.id, first.events[1].id);
  EXPECT_EQ(corroboration.source, "B Daily");
  EXPECT_EQ(corroboration.url, "https://b.example/2");
  p.Fold(second);
  const FactBase* known_fact =
      known.Find(EventType::kPersonDeparted, "priya raman", "NEBULA LABS", Date::Day(2025, 2, 11), 180);
  ASSERT_NE(known_fact, nullptr);
  EXPECT_EQ(known_fact->id, first.events[1].id);
  const PersonRecord* person = p.roster.FindPerson("Priya Raman");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->facts.size(), 1u);
  const FactBase* fact = &person->facts[0];
  EXPECT_EQ(fact->sources.size(), 2u);
  EXPECT_NEAR(fact->Confidence(), 1 - 0.4 * 0.4, 1e-9);  // two independent sites
}

TEST(PlanArticle, MoreArticlesFromOneSiteDoNotRaiseConfidence) {
  Projections p;
  const KnownFacts& known = p.known;
  p.Fold(PlanArticle(MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z"), {Departure(0.6)},
                          known, At("2025-02-12T00:00:00Z"), {}));
  p.Fold(PlanArticle(MakeArticle("https://www.a.example/3", "A Wire", "2025-02-12T09:00:00Z"), {Departure(0.6)},
                          known, At("2025-02-13T00:00:00Z"), {}));
  const PersonRecord* person = p.roster.FindPerson("Priya Raman");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->facts.size(), 1u);
  const FactBase* fact = &person->facts[0];
  EXPECT_EQ(fact->sources.size(), 2u);
  EXPECT_NEAR(fact->Confidence(), 0.6, 1e-9);
}

TEST(PlanArticle, OutsideTheWindowTheSameMoveIsANewFact) {
  Projections p;
  const KnownFacts& known = p.known;
  p.Fold(PlanArticle(MakeArticle("https://a.example/1", "A Wire", "2021-02-11T09:00:00Z"), {Departure()},
                          known, At("2021-02-12T00:00:00Z"), {}));
  ArticlePlan later = PlanArticle(MakeArticle("https://a.example/9", "A Wire", "2025-02-11T09:00:00Z"), {Departure()},
                                  known, At("2025-02-12T00:00:00Z"), {});
  EXPECT_EQ(later.new_facts, 1u);
  EXPECT_EQ(later.corroborations, 0u);
  ArticlePlan narrow = PlanArticle(MakeArticle("https://c.example/9", "C", "2021-03-01T09:00:00Z"), {Departure()},
                                   known, At("2021-03-02T00:00:00Z"), {.window_days = 7});
  EXPECT_EQ(narrow.new_facts, 1u);
}

TEST(PlanArticle, AnArticleRecordedBeforeAddsNothingNew) {
  Projections p;
  const KnownFacts& known = p.known;
  Article article = MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z");
  p.Fold(PlanArticle(article, {Departure()}, known, At("2025-02-12T00:00:00Z"), {}));
  ArticlePlan again = PlanArticle(article, {Departure()}, known, At("2025-02-20T00:00:00Z"), {});
  EXPECT_EQ(again.events.size(), 1u);  // the article, which the log skips by id
  EXPECT_EQ(again.new_facts + again.corroborations, 0u);
}

TEST(PlanArticle, ModelNamesMatchIgnoringSpacesAndHyphens) {
  Projections p;
  const KnownFacts& known = p.known;
  p.Fold(PlanArticle(MakeArticle("https://a.example/1", "A", "2025-02-11T09:00:00Z"), {Release("Orbit 2 Pro")},
                          known, At("2025-02-12T00:00:00Z"), {}));
  ArticlePlan other = PlanArticle(MakeArticle("https://b.example/1", "B", "2025-02-12T09:00:00Z"),
                                  {Release("orbit-2-pro")}, known, At("2025-02-13T00:00:00Z"), {});
  EXPECT_EQ(other.corroborations, 1u);
}

TEST(PlanArticle, AReportOfARetractedFactIsANewFact) {
  Projections p;
  ArticlePlan first = p.Record("https://a.example/1", {Departure()});
  p.Fold({MakeEvent(EventType::kFactRetracted, "retract-1", At("2025-02-13T00:00:00Z"),
                    FactRetracted{first.events[1].id, "wrong person"})});
  ArticlePlan second = p.Record("https://b.example/2", {Departure()}, "2025-02-14T09:00:00Z");
  EXPECT_EQ(second.new_facts, 1u);
  EXPECT_EQ(second.corroborations, 0u);
}

TEST(PlanArticle, ANameMergedIntoAPersonFindsThatPersonsFacts) {
  Projections p;
  ArticlePlan first = p.Record("https://a.example/1", {Departure()});
  p.Fold({MakeEvent(EventType::kEntitiesMerged, "merge-1", At("2025-02-13T00:00:00Z"),
                    EntitiesMerged{EntityKind::kPerson, "P. Raman", "Priya Raman"})});
  ExtractedFact alias = Departure();
  alias.person = "P. Raman";
  ArticlePlan second = p.Record("https://b.example/2", {alias}, "2025-02-14T09:00:00Z");
  ASSERT_EQ(second.corroborations, 1u);
  EXPECT_EQ(std::get<FactCorroborated>(second.events[1].data).id, first.events[1].id);
}

TEST(PlanArticle, FactsOfAnotherKindAreNotTheSameFact) {
  Projections p;
  p.Record("https://a.example/1", {Departure(), Release("Orbit 2")});
  ExtractedFact join = Departure();
  join.kind = FactKind::kJoin;
  ExtractedFact founded = Departure();
  founded.kind = FactKind::kFounded;
  ExtractedFact elsewhere = Departure();
  elsewhere.org = "Orbit AI";
  ExtractedFact delay = Release("Orbit 2");
  delay.kind = FactKind::kDelay;
  ArticlePlan second = p.Record("https://b.example/2", {join, founded, elsewhere, delay}, "2025-02-12T09:00:00Z");
  EXPECT_EQ(second.new_facts, 4u);
  EXPECT_EQ(second.corroborations, 0u);
  // Each of them is known once recorded.
  ArticlePlan third = p.Record("https://c.example/3", {join, founded, elsewhere, delay}, "2025-02-13T09:00:00Z");
  EXPECT_EQ(third.new_facts, 0u);
  EXPECT_EQ(third.corroborations, 4u);
}

}  // namespace
}  // namespace labwatch
