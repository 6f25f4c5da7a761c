// The labwatch CLI run in-process against a temporary database, its output
// compared with golden files in tests/data/golden. Set
// LABWATCH_UPDATE_GOLDEN=1 to rewrite them after an intended change, and
// read the diff before committing.

#include "cli/commands.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "store/database.h"
#include "tests/test_util.h"

namespace labwatch {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

const std::string kData = LABWATCH_TEST_DATA;
const std::string kSeed = kData + "/seed-story.jsonl";

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  CliRun Cli(std::vector<std::string> args, const std::string& input = "") {
    std::istringstream in(input);
    std::ostringstream out, err;
    CliContext context{in, out, err, *ParseTimestamp("2026-11-27T12:00:00Z"), db_.path()};
    args.insert(args.begin(), "labwatch");
    int code = RunCli(args, context);
    return {code, out.str(), err.str()};
  }

  void ImportSeed() {
    CliRun run = Cli({"import", kSeed});
    ASSERT_EQ(run.code, 0) << run.err;
  }

  void ExpectGolden(const std::string& name, const std::string& actual) {
    std::string path = kData + "/golden/" + name;
    if (std::getenv("LABWATCH_UPDATE_GOLDEN")) WriteFile(path, actual);
    EXPECT_EQ(actual, ReadFile(path)) << "golden file " << path;
  }

  TempDir db_;
};

TEST_F(CliTest, ImportReportsNewAndKnownEvents) {
  CliRun first = Cli({"import", kSeed});
  EXPECT_EQ(first.code, 0) << first.err;
  EXPECT_EQ(first.out, "imported 34 new events, 0 already recorded\n");
  CliRun second = Cli({"import", "-"}, ReadFile(kSeed));
  EXPECT_EQ(second.code, 0);
  EXPECT_EQ(second.out, "imported 0 new events, 34 already recorded\n");
}

TEST_F(CliTest, CohortSaysThreeOfFourteenStillAtMeta) {
  ImportSeed();
  CliRun run = Cli({"cohort", "llama-paper"});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("3 of 14 still at Meta"), std::string::npos);
  ExpectGolden("cohort.txt", run.out);
}

TEST_F(CliTest, CohortAsOfThePaperSaysFourteenOfFourteen) {
  ImportSeed();
  CliRun run = Cli({"cohort", "LLaMA-Paper", "--as-of", "2023-03-01"});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("14 of 14 still at Meta as of 2023-03-01"), std::string::npos) << run.out;
}

TEST_F(CliTest, CohortJsonAndCsv) {
  ImportSeed();
  ExpectGolden("cohort.json", Cli({"cohort", "llama-paper", "--json"}).out);
  ExpectGolden("cohort.csv", Cli({"cohort", "llama-paper", "--csv"}).out);
}

TEST_F(CliTest, CohortListAndUnknownCohort) {
  ImportSeed();
  ExpectGolden("cohorts.txt", Cli({"cohort"}).out);
  CliRun missing = Cli({"cohort", "gpt-paper"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.err, "labwatch: no cohort \"gpt-paper\" (`labwatch cohort` lists them)\n");
}

TEST_F(CliTest, Landscape) {
  ImportSeed();
  ExpectGolden("landscape.txt", Cli({"landscape"}).out);
  ExpectGolden("landscape.json", Cli({"landscape", "--json"}).out);
  ExpectGolden("landscape-2023-12.txt", Cli({"landscape", "--as-of", "2023-12"}).out);
}

TEST_F(CliTest, RosterByOrg) {
  ImportSeed();
  ExpectGolden("roster-mistral.txt", Cli({"roster", "--org", "mistral ai"}).out);
  ExpectGolden("roster.csv", Cli({"roster", "--csv"}).out);
  ExpectGolden("roster-meta.json", Cli({"roster", "--org", "Meta", "--json"}).out);
  CliRun none = Cli({"roster", "--org", "Nebula Labs"});
  EXPECT_EQ(none.code, 1);
}

TEST_F(CliTest, PersonMatchesWithoutAccentsAndShowsSources) {
  ImportSeed();
  CliRun plain = Cli({"person", "joelle pineau"});
  EXPECT_EQ(plain.code, 0) << plain.err;
  EXPECT_EQ(Cli({"person", "Joëlle Pineau"}).out, plain.out);
  ExpectGolden("person-pineau.txt", plain.out);
  ExpectGolden("person-pineau.json", Cli({"person", "Joelle Pineau", "--json"}).out);
  CliRun before = Cli({"person", "Joelle Pineau", "--as-of", "2025-04-15"});
  EXPECT_NE(before.out.find("leaving 2025-05-30"), std::string::npos) << before.out;
  CliRun missing = Cli({"person", "Nobody Known"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.err, "labwatch: no person \"Nobody Known\" on record\n");
}

TEST_F(CliTest, ModelsTimeline) {
  ImportSeed();
  ExpectGolden("models.txt", Cli({"models", "--org", "Meta"}).out);
  ExpectGolden("models.json", Cli({"models", "--json"}).out);
}

TEST_F(CliTest, EventsFilteredByTypeAndLimit) {
  ImportSeed();
  ExpectGolden("events-departed.txt", Cli({"events", "--type", "PersonDeparted", "--limit", "3"}).out);
  CliRun since = Cli({"events", "--since", "2025-05-01", "--json"});
  EXPECT_EQ(since.code, 0);
  EXPECT_EQ(std::count(since.out.begin(), since.out.end(), '\n'), 8) << since.out;
  CliRun by_seq = Cli({"events", "--since", "34"});
  EXPECT_NE(by_seq.out.find("\n34 "), std::string::npos) << by_seq.out;
  EXPECT_EQ(Cli({"events", "--type", "Nonsense"}).code, 2);
}

TEST_F(CliTest, ExportThenImportRestoresTheSameLog) {
  ImportSeed();
  CliRun exported = Cli({"export"});
  ASSERT_EQ(exported.code, 0);
  EXPECT_EQ(exported.out.substr(0, 44), R"({"seq":1,"id":"seed-cohort-llama-paper","typ)");
  TempDir other;
  std::istringstream in(exported.out);
  std::ostringstream out, err;
  CliContext context{in, out, err, *ParseTimestamp("2026-11-27T12:00:00Z"), other.path()};
  ASSERT_EQ(RunCli({"labwatch", "import", "-"}, context), 0) << err.str();
  std::istringstream none;
  std::ostringstream again, again_err;
  CliContext export_context{none, again, again_err, context.now, other.path()};
  ASSERT_EQ(RunCli({"labwatch", "export"}, export_context), 0);
  EXPECT_EQ(again.str(), exported.out);
  EXPECT_EQ(Cli({"export", "--since", "33"}).out.substr(0, 10), R"({"seq":34,)");
}

TEST_F(CliTest, ImportNamesBadLinesAndKeepsTheGoodOnes) {
  std::string good = ReadFile(kSeed);
  std::string input = good.substr(0, good.find('\n') + 1) + "{not json\n\n" +
                      R"({"id":"x","type":"PersonJoined","v":1,"recorded_at":"2025-01-01T00:00:00Z","data":{"org":"Meta"}})" +
                      "\n";
  CliRun run = Cli({"import", "-"}, input);
  EXPECT_EQ(run.code, 65);
  EXPECT_EQ(run.out, "imported 1 new events, 0 already recorded, 2 bad lines skipped\n");
  EXPECT_NE(run.err.find("<stdin>:2: not JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("<stdin>:4: data.person: missing"), std::string::npos) << run.err;
  CliRun missing = Cli({"import", "/nonexistent/file.jsonl"});
  EXPECT_EQ(missing.code, 74);
  EXPECT_EQ(missing.err, "labwatch: cannot open /nonexistent/file.jsonl\n");
}

TEST_F(CliTest, AssertRetractAndMergeByHand) {
  ImportSeed();
  CliRun asserted = Cli({"assert", "departure", "Hugo Touvron", "--org", "Meta", "--to", "Nebula Labs", "--date",
                      "2026-10", "--source", "https://example.com/touvron"});
  ASSERT_EQ(asserted.code, 0) << asserted.err;
  EXPECT_NE(asserted.out.find("recorded Hugo Touvron left Meta as manual-departure-"), std::string::npos);
  CliRun again = Cli({"assert", "departure", "hugo touvron", "--org", "meta", "--to", "Nebula Labs", "--date", "2026-10",
                   "--source", "https://example.com/touvron"});
  EXPECT_NE(again.out.find("was already recorded"), std::string::npos) << again.out;
  EXPECT_NE(Cli({"cohort", "llama-paper"}).out.find("2 of 14 still at Meta"), std::string::npos);

  std::string id = asserted.out.substr(asserted.out.find("manual-departure-"));
  id = id.substr(0, id.find(' '));
  CliRun retracted = Cli({"retract", id, "--reason", "misread the article"});
  ASSERT_EQ(retracted.code, 0) << retracted.err;
  EXPECT_NE(Cli({"cohort", "llama-paper"}).out.find("3 of 14 still at Meta"), std::string::npos);
  EXPECT_NE(Cli({"person", "Hugo Touvron"}).out.find("[retracted: misread the article]"), std::string::npos);
  EXPECT_EQ(Cli({"retract", id, "--reason", "twice"}).out, id + " was already retracted\n");
  EXPECT_EQ(Cli({"retract", "no-such-event", "--reason", "x"}).code, 1);
  CliRun not_fact = Cli({"retract", "seed-pineau-departs-reuters", "--reason", "x"});
  EXPECT_EQ(not_fact.code, 2);
  EXPECT_NE(not_fact.err.find("is FactCorroborated, not a fact"), std::string::npos) << not_fact.err;

  ASSERT_EQ(Cli({"assert", "join", "G. Lample", "--org", "Mistral AI", "--role", "Chief Scientist", "--date", "2023-05",
                 "--source", "https://example.com/gl"}).code, 0);
  CliRun merged = Cli({"merge", "G. Lample", "--into", "Guillaume Lample"});
  EXPECT_EQ(merged.code, 0) << merged.err;
  EXPECT_EQ(merged.out, "merged person G. Lample into Guillaume Lample\n");
  CliRun person = Cli({"person", "g. lample"});
  EXPECT_NE(person.out.find("Guillaume Lample: Mistral AI"), std::string::npos) << person.out;
  EXPECT_NE(person.out.find("Chief Scientist"), std::string::npos) << person.out;
  CliRun org_merge = Cli({"merge", "Mistral AI", "--into", "Mistral"});
  EXPECT_EQ(org_merge.out, "merged org Mistral AI into Mistral\n");
  EXPECT_NE(Cli({"roster", "--org", "mistral"}).out.find("Baptiste Rozière"), std::string::npos);
  EXPECT_EQ(Cli({"merge", "Nobody", "--into", "Somebody"}).code, 1);
}

TEST_F(CliTest, AssertReleaseAndFounding) {
  ASSERT_EQ(Cli({"assert", "release", "Mistral AI", "Magistral Small", "--open-weights", "--reasoning", "--date",
                 "2025-06-10", "--source", "https://mistral.ai/news/magistral"}).code, 0);
  ASSERT_EQ(Cli({"assert", "founded", "Thinking Machines Lab", "--founders", "Mira Murati,John Schulman", "--date",
                 "2025-02", "--source", "https://example.com/tml"}).code, 0);
  ASSERT_EQ(Cli({"assert", "delay", "OpenAI", "open-weights model", "--source", "https://example.com/delay"}).code, 0);
  ExpectGolden("models-manual.txt", Cli({"models"}).out);
  EXPECT_NE(Cli({"landscape"}).out.find("Thinking Machines Lab  2025-02  Mira Murati (?), John Schulman (?)"),
            std::string::npos);
  EXPECT_EQ(Cli({"assert", "release", "X", "Y", "--date", "soon", "--source", "s"}).code, 2);
  EXPECT_EQ(Cli({"assert", "departure", "P", "--source", "s"}).code, 2);
}

TEST_F(CliTest, CohortDefineFromAMembersFile) {
  TempDir dir;
  WriteFile(dir.path() + "/members.txt", "# authors\nAshish Vaswani\n  Noam Shazeer  \n\nNiki Parmar\n");
  CliRun defined = Cli({"cohort", "define", "transformer-paper", "--org", "Google", "--as-of", "2017-06",
                     "--members", dir.path() + "/members.txt", "--description", "Attention Is All You Need"});
  ASSERT_EQ(defined.code, 0) << defined.err;
  ASSERT_EQ(Cli({"assert", "departure", "Noam Shazeer", "--org", "Google", "--to", "Character.AI", "--date", "2021-10",
                 "--source", "https://example.com/ns"}).code, 0);
  CliRun cohort = Cli({"cohort", "transformer-paper"});
  EXPECT_NE(cohort.out.find("2 of 3 still at Google"), std::string::npos) << cohort.out;
  EXPECT_NE(cohort.out.find("Character.AI"), std::string::npos);
  EXPECT_EQ(Cli({"cohort", "define", "x", "--org", "Y", "--as-of", "2017", "--members", "/nonexistent"}).code, 74);
}

TEST_F(CliTest, VerifyAndRebuild) {
  ImportSeed();
  CliRun verified = Cli({"verify"});
  EXPECT_EQ(verified.code, 0) << verified.err;
  EXPECT_EQ(verified.out.substr(0, 20), "ok: 34 events decode");
  CliRun rebuilt = Cli({"rebuild", "roster"});
  EXPECT_EQ(rebuilt.code, 0) << rebuilt.err;
  // "rebuilt roster from 34 events in T s (reading and folding F s, writing W s)"
  EXPECT_EQ(rebuilt.out.substr(0, 35), "rebuilt roster from 34 events in 0.") << rebuilt.out;
  EXPECT_NE(rebuilt.out.find(" s (reading and folding 0."), std::string::npos) << rebuilt.out;
  EXPECT_NE(rebuilt.out.find(" s, writing 0."), std::string::npos) << rebuilt.out;
  EXPECT_TRUE(rebuilt.out.ends_with(" s)\n")) << rebuilt.out;
  EXPECT_EQ(Cli({"rebuild", "nonsense"}).code, 1);
  ExpectGolden("cohort.txt", Cli({"cohort", "llama-paper"}).out);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Cli({}).code, 2);
  EXPECT_EQ(Cli({"frobnicate"}).code, 2);
  EXPECT_EQ(Cli({"roster", "--as-of", "last week"}).code, 2);
  EXPECT_EQ(Cli({"roster", "--json", "--csv"}).code, 2);
  CliRun help = Cli({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("cohort"), std::string::npos);
}

TEST_F(CliTest, QueriesOfAMissingDatabaseSaySo) {
  CliRun run = Cli({"--db", db_.path() + "/nothing", "roster"});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.err, "labwatch: no labwatch database at " + db_.path() + "/nothing (set --db or LABWATCH_DB)\n");
}

TEST_F(CliTest, WritesAreRefusedWhileAnotherWriterHoldsTheDatabaseButQueriesWork) {
  ImportSeed();
  auto holder = Database::Open(db_.path());
  ASSERT_TRUE(holder);
  CliRun write = Cli({"import", kSeed});
  EXPECT_EQ(write.code, 74);
  EXPECT_NE(write.err.find("is in use by another process"), std::string::npos) << write.err;
  CliRun query = Cli({"cohort", "llama-paper"});
  EXPECT_EQ(query.code, 0) << query.err;
  EXPECT_NE(query.out.find("3 of 14"), std::string::npos);
}

}  // namespace
}  // namespace labwatch
