#include "ingest/record.h"

#include <gtest/gtest.h>

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

// Folds a plan's events into `known`, as the Database would.
void Fold(FactIndexProjection& known, const ArticlePlan& plan, Sequence& seq, RosterProjection* roster = nullptr) {
  for (const auto& event : plan.events) {
    known.Apply(++seq, event);
    if (roster) roster->Apply(seq, event);
  }
}

TEST(PlanArticle, RecordsTheArticleThenEachNewFactCausedByIt) {
  FactIndexProjection known;
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
  FactIndexProjection known;
  Article article = MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z");
  ArticlePlan first = PlanArticle(article, {Departure()}, known, At("2025-02-12T00:00:00Z"), {});
  ArticlePlan again = PlanArticle(article, {Departure()}, known, At("2025-03-01T00:00:00Z"), {});
  ASSERT_EQ(first.events.size(), again.events.size());
  for (size_t i = 0; i < first.events.size(); ++i) EXPECT_EQ(first.events[i].id, again.events[i].id);
}

TEST(PlanArticle, ASecondOutletWithinTheWindowCorroboratesTheKnownFact) {
  FactIndexProjection known;
  RosterProjection roster;
  Sequence seq = 0;
  ArticlePlan first = PlanArticle(MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z"),
                                  {Departure(0.6)}, known, At("2025-02-12T00:00:00Z"), {});
  Fold(known, first, seq, &roster);
  ArticlePlan second = PlanArticle(MakeArticle("https://b.example/2", "B Daily", "2025-02-13T09:00:00Z"),
                                   {Departure(0.6)}, known, At("2025-02-14T00:00:00Z"), {});
  ASSERT_EQ(second.events.size(), 2u);
  EXPECT_EQ(second.corroborations, 1u);
  const auto& corroboration = std::get<FactCorroborated>(second.events[1].data);
  EXPECT_EQ(corroboration.id, first.events[1].id);
  EXPECT_EQ(corroboration.source, "B Daily");
  EXPECT_EQ(corroboration.url, "https://b.example/2");
  Fold(known, second, seq, &roster);
  const FactBase* known_fact =
      known.Find(FactIdentity("departure", "priya raman", "NEBULA LABS"), Date::Day(2025, 2, 11), 180);
  ASSERT_NE(known_fact, nullptr);
  EXPECT_EQ(known_fact->id, first.events[1].id);
  const PersonRecord* person = roster.FindPerson("Priya Raman");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->facts.size(), 1u);
  const FactBase* fact = &person->facts[0];
  EXPECT_EQ(fact->sources.size(), 2u);
  EXPECT_NEAR(fact->Confidence(), 1 - 0.4 * 0.4, 1e-9);  // two independent sites
}

TEST(PlanArticle, MoreArticlesFromOneSiteDoNotRaiseConfidence) {
  FactIndexProjection known;
  RosterProjection roster;
  Sequence seq = 0;
  Fold(known, PlanArticle(MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z"), {Departure(0.6)},
                          known, At("2025-02-12T00:00:00Z"), {}), seq, &roster);
  Fold(known, PlanArticle(MakeArticle("https://www.a.example/3", "A Wire", "2025-02-12T09:00:00Z"), {Departure(0.6)},
                          known, At("2025-02-13T00:00:00Z"), {}), seq, &roster);
  const PersonRecord* person = roster.FindPerson("Priya Raman");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->facts.size(), 1u);
  const FactBase* fact = &person->facts[0];
  EXPECT_EQ(fact->sources.size(), 2u);
  EXPECT_NEAR(fact->Confidence(), 0.6, 1e-9);
}

TEST(PlanArticle, OutsideTheWindowTheSameMoveIsANewFact) {
  FactIndexProjection known;
  Sequence seq = 0;
  Fold(known, PlanArticle(MakeArticle("https://a.example/1", "A Wire", "2021-02-11T09:00:00Z"), {Departure()},
                          known, At("2021-02-12T00:00:00Z"), {}), seq);
  ArticlePlan later = PlanArticle(MakeArticle("https://a.example/9", "A Wire", "2025-02-11T09:00:00Z"), {Departure()},
                                  known, At("2025-02-12T00:00:00Z"), {});
  EXPECT_EQ(later.new_facts, 1u);
  EXPECT_EQ(later.corroborations, 0u);
  ArticlePlan narrow = PlanArticle(MakeArticle("https://c.example/9", "C", "2021-03-01T09:00:00Z"), {Departure()},
                                   known, At("2021-03-02T00:00:00Z"), {.window_days = 7});
  EXPECT_EQ(narrow.new_facts, 1u);
}

TEST(PlanArticle, AnArticleRecordedBeforeAddsNothingNew) {
  FactIndexProjection known;
  Sequence seq = 0;
  Article article = MakeArticle("https://a.example/1", "A Wire", "2025-02-11T09:00:00Z");
  Fold(known, PlanArticle(article, {Departure()}, known, At("2025-02-12T00:00:00Z"), {}), seq);
  ArticlePlan again = PlanArticle(article, {Departure()}, known, At("2025-02-20T00:00:00Z"), {});
  EXPECT_EQ(again.events.size(), 1u);  // the article, which the log skips by id
  EXPECT_EQ(again.new_facts + again.corroborations, 0u);
}

TEST(PlanArticle, ModelNamesMatchIgnoringSpacesAndHyphens) {
  FactIndexProjection known;
  Sequence seq = 0;
  Fold(known, PlanArticle(MakeArticle("https://a.example/1", "A", "2025-02-11T09:00:00Z"), {Release("Orbit 2 Pro")},
                          known, At("2025-02-12T00:00:00Z"), {}), seq);
  ArticlePlan other = PlanArticle(MakeArticle("https://b.example/1", "B", "2025-02-12T09:00:00Z"),
                                  {Release("orbit-2-pro")}, known, At("2025-02-13T00:00:00Z"), {});
  EXPECT_EQ(other.corroborations, 1u);
}

}  // namespace
}  // namespace labwatch
