// Articles into the log: `labwatch add-articles`, `review` and `reextract`,
// in-process against a temporary database. The articles are Japanese
// because each construction in them is one the extractor's own tests cover.

#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/event_codec.h"
#include "ingest/extractor.h"
#include "tests/test_util.h"

namespace labwatch {
namespace {

using testing::ReadFile;
using testing::TempDir;

const std::string kArticles = std::string(LABWATCH_TEST_DATA) + "/articles-ja.jsonl";

struct Output {
  int code;
  std::string out;
  std::string err;
};

class ArticlesTest : public ::testing::Test {
 protected:
  Output Cli(std::vector<std::string> args, const std::string& input = "") {
    std::istringstream in(input);
    std::ostringstream out, err;
    CliContext context{in, out, err, *ParseTimestamp("2025-06-01T12:00:00Z"), db_.path()};
    args.insert(args.begin(), "labwatch");
    int code = RunCli(args, context);
    return {code, out.str(), err.str()};
  }
  TempDir db_;
};

TEST_F(ArticlesTest, RecordsArticlesAndTheirFactsAndCorroboratesAcrossOutlets) {
  Output added = Cli({"add-articles", kArticles});
  ASSERT_EQ(added.code, 0) << added.err;
  EXPECT_EQ(added.out, "read 3 articles (3 new): 4 new facts, 2 corroborations\n");
  Output person = Cli({"person", "森田陽介", "--json"});
  ASSERT_EQ(person.code, 0) << person.err;
  auto json = nlohmann::json::parse(person.out);
  EXPECT_EQ(json["org"], "Kumo Labs");
  // "森田氏は2019年に入社していた", after the news of the move: the start
  // of the stint at Harukaze, not a join of Kumo Labs.
  ASSERT_EQ(json["history"].size(), 2u) << person.out;
  EXPECT_EQ(json["history"][0]["org"], "Harukaze Robotics");
  EXPECT_EQ(json["history"][0]["start"], "2019");
  ASSERT_EQ(json["facts"].size(), 3u);
  for (const auto& fact : json["facts"]) {
    if (fact["date"] == "2019") continue;  // said by A Shimbun alone
    EXPECT_EQ(fact["sources"].size(), 2u) << fact.dump();  // A Shimbun and B Keizai
    EXPECT_EQ(fact["sources"][0]["url"], "https://a.example/news/1");
    EXPECT_EQ(fact["sources"][0]["reported"], "2025-03-03T09:00:00Z");
  }
  Output models = Cli({"models", "--org", "Kumo Labs"});
  EXPECT_NE(models.out.find("Kumo-2"), std::string::npos) << models.out;
  EXPECT_EQ(models.out.find("Kumo-3"), std::string::npos) << "a planned release is no release";
  EXPECT_EQ(Cli({"verify"}).code, 0);
}

TEST_F(ArticlesTest, RecordingTheSameArticlesAgainAddsNothing) {
  ASSERT_EQ(Cli({"add-articles", kArticles}).code, 0);
  Output again = Cli({"add-articles", "-"}, ReadFile(kArticles));
  EXPECT_EQ(again.out, "read 3 articles (0 new): 0 new facts, 0 corroborations\n");
}

TEST_F(ArticlesTest, FactsKeepTheirEvidenceSentenceAndOffsets) {
  ASSERT_EQ(Cli({"add-articles", kArticles}).code, 0);
  Output events = Cli({"events", "--type", "ModelReleased", "--json"});
  auto event = DecodeEvent(events.out.substr(0, events.out.find('\n')));
  ASSERT_TRUE(event) << events.out;
  const auto& data = std::get<ModelNews>(event->data);
  ASSERT_TRUE(data.evidence);
  std::string text = nlohmann::json::parse(ReadFile(kArticles).substr(ReadFile(kArticles).rfind("{\"id\":\"c1\"")))["text"];
  EXPECT_EQ(text.substr(static_cast<size_t>(*data.evidence->start),
                        static_cast<size_t>(*data.evidence->end - *data.evidence->start)),
            data.evidence->text);
  EXPECT_EQ(data.evidence->extractor, Extractor::kVersion);
  EXPECT_FALSE(event->causation.empty());
}

TEST_F(ArticlesTest, ReviewListsUncertainFactsAndRecordsTheDecision) {
  std::string single_source = ReadFile(kArticles);
  single_source = single_source.substr(single_source.find("{\"id\":\"b1\""));
  single_source = single_source.substr(0, single_source.find('\n') + 1);
  ASSERT_EQ(Cli({"add-articles", "-"}, single_source).code, 0);
  Output review = Cli({"review", "--below", "0.6", "--json"});
  ASSERT_EQ(review.code, 0) << review.err;
  auto listed = nlohmann::json::parse(review.out)["facts"];
  ASSERT_EQ(listed.size(), 1u) << review.out;  // the departure read from a descriptor
  EXPECT_LT(listed[0]["confidence"].get<double>(), 0.6);
  EXPECT_FALSE(listed[0]["evidence"].get<std::string>().empty());
  std::string id = listed[0]["id"];
  // Hidden from queries that ask for more certainty, until accepted.
  auto uncertain = nlohmann::json::parse(Cli({"person", "森田陽介", "--min-confidence", "0.6", "--json"}).out);
  EXPECT_EQ(uncertain["history"].size(), 1u) << uncertain.dump();  // only the join
  EXPECT_EQ(Cli({"review", "accept", id}).out, "accepted " + id + "\n");
  EXPECT_EQ(nlohmann::json::parse(Cli({"review", "--below", "0.6", "--json"}).out)["facts"].size(), 0u);
  auto history = nlohmann::json::parse(Cli({"person", "森田陽介", "--min-confidence", "0.6", "--json"}).out)["history"];
  EXPECT_EQ(history[0]["org"], "Harukaze Robotics");
  EXPECT_EQ(Cli({"review", "reject", id}).out, "rejected " + id + "\n");
  EXPECT_EQ(Cli({"review", "accept", "no-such-fact"}).code, 1);
}

TEST_F(ArticlesTest, ReextractFindsWhatANewVersionFindsAndRetractsWhatItNoLongerDoes) {
  ASSERT_EQ(Cli({"add-articles", kArticles}).code, 0);
  Output first = Cli({"reextract"});
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_EQ(first.out, "re-read 3 articles with " + std::string(Extractor::kVersion) + ": 0 new facts, 0 corroborations, 0 retractions\n");

  // A fact an older extractor took from the first article, which this one does not find.
  Output exported = Cli({"export"});
  std::string article_id = nlohmann::json::parse(exported.out.substr(0, exported.out.find('\n')))["id"];
  std::string stale =
      R"({"id":"fact-stale","type":"PersonJoined","v":1,"recorded_at":"2025-03-04T00:00:00Z","occurred_at":"2025-03-03",)"
      R"("source":"A Shimbun","causation":")" + article_id + R"(","data":{"person":"森田陽介","org":"Harukaze Robotics",)"
      R"("evidence":{"extractor":"labwatch-extract/0","confidence":0.6}}})";
  // And an article recorded by a version that found nothing in it.
  std::string bare = R"({"id":"article-bare","type":"ArticleObserved","v":1,"recorded_at":"2025-04-11T00:00:00Z",)"
                     R"("occurred_at":"2025-04-10","source":"D","causation":null,"data":{"url":"https://d.example/4",)"
                     R"("title":"t","published":"2025-04-10T09:00:00Z","source":"D","lang":"ja",)"
                     R"("text":"Kumo Labsは10日、画像生成モデル「Kumo Vision」を公開した。"}})";
  ASSERT_EQ(Cli({"import", "-"}, stale + "\n" + bare + "\n").code, 0);
  Output second = Cli({"reextract", "--since", "2025-03"});
  ASSERT_EQ(second.code, 0) << second.err;
  EXPECT_EQ(second.out, "re-read 4 articles with " + std::string(Extractor::kVersion) + ": 1 new facts, 0 corroborations, 1 retractions\n");
  EXPECT_NE(Cli({"models"}).out.find("Kumo Vision"), std::string::npos);
  EXPECT_NE(Cli({"events", "--type", "FactRetracted"}).out.find("fact-stale retracted: re-extraction"),
            std::string::npos);
  EXPECT_EQ(Cli({"reextract"}).out, "re-read 4 articles with " + std::string(Extractor::kVersion) + ": 0 new facts, 0 corroborations, 0 retractions\n");
  EXPECT_EQ(Cli({"verify"}).code, 0);
}

TEST_F(ArticlesTest, BadArticleLinesAreNamedAndSkipped) {
  Output added = Cli({"add-articles", "-"}, "{\"lang\":\"en\"}\nnot json\n");
  EXPECT_EQ(added.code, 65);
  EXPECT_NE(added.err.find("<stdin>:1: id: missing"), std::string::npos) << added.err;
  EXPECT_NE(added.err.find("<stdin>:2: not a JSON object"), std::string::npos) << added.err;
  // A field of the wrong type or a date that is none: named, the line skipped, the good one kept.
  Output typed = Cli({"add-articles", "-"},
                     "{\"id\":\"a\",\"text\":[\"Lars Moen has resigned from Spruce AI.\"]}\n"
                     "{\"id\":\"b\",\"published\":\"last Tuesday\",\"text\":\"x\"}\n"
                     "{\"id\":\"c\",\"lang\":null,\"title\":\"t\",\"text\":\"Ola Berg has resigned from Spruce AI.\"}\n");
  EXPECT_EQ(typed.code, 65);
  EXPECT_NE(typed.err.find("<stdin>:1: article a: text: not a string but array"), std::string::npos) << typed.err;
  EXPECT_NE(typed.err.find("<stdin>:2: article b: published: not a date or a UTC time: last Tuesday"),
            std::string::npos)
      << typed.err;
  EXPECT_EQ(typed.out, "read 1 articles (1 new): 1 new facts, 0 corroborations, 2 bad lines skipped\n");
  EXPECT_EQ(Cli({"add-articles", "--entities", "/nonexistent.toml", "-"}, "").code, 74);
}

TEST_F(ArticlesTest, AnArticleLongerThanTheExtractorReadsIsRecordedWholeWithAWarning) {
  // A move, then a page of filler past what the extractor reads, then another move.
  std::string filler;
  while (filler.size() < kMaxArticleBytes) filler += "Nothing happened here today. ";
  std::string text = "Lars Moen has resigned from Spruce AI. " + filler + "Ola Berg has resigned from Spruce AI.";
  nlohmann::json article = {{"id", "long-1"}, {"lang", "en"}, {"title", "Spruce AI"}, {"published", "2025-05-02"},
                            {"source", "Example"}, {"url", "https://example.com/long"}, {"text", text}};
  Output added = Cli({"add-articles", "-"}, article.dump() + "\n");
  ASSERT_EQ(added.code, 0) << added.err;
  EXPECT_EQ(added.out, "read 1 articles (1 new): 1 new facts, 0 corroborations\n");
  EXPECT_NE(added.err.find("article long-1: its text has " + std::to_string(text.size()) + " bytes"),
            std::string::npos)
      << added.err;
  EXPECT_EQ(Cli({"person", "Lars Moen"}).code, 0);
  EXPECT_EQ(Cli({"person", "Ola Berg"}).code, 1);
  // The whole text is in the log.
  Output events = Cli({"events", "--type", "ArticleObserved", "--json"});
  auto event = DecodeEvent(events.out.substr(0, events.out.find('\n')));
  ASSERT_TRUE(event) << events.out.substr(0, 200);
  EXPECT_EQ(std::get<ArticleObserved>(event->data).text, text);
  // Short articles get no warning.
  EXPECT_EQ(Cli({"add-articles", kArticles}).err, "");
}

}  // namespace
}  // namespace labwatch
