#include "config/entities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace labwatch {
namespace {

// The default vocabulary, parsed once for the lookup tests.
const Entities& Defaults() {
  static const Entities* entities = [] {
    auto parsed = DefaultEntities();
    if (!parsed) ADD_FAILURE() << parsed.error().ToString();
    return new Entities(parsed ? std::move(*parsed) : Entities());
  }();
  return *entities;
}

Entities Parse(std::string_view toml) {
  auto parsed = ParseEntities(toml, "user.toml");
  if (!parsed) ADD_FAILURE() << parsed.error().ToString();
  return parsed ? std::move(*parsed) : Entities();
}

// The message ParseEntities fails with; "" (and a test failure) if it
// succeeds.
std::string ParseError(std::string_view toml) {
  auto parsed = ParseEntities(toml, "entities.toml");
  if (parsed) {
    ADD_FAILURE() << "parsed: " << toml;
    return "";
  }
  EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
  return parsed.error().message;
}

std::string OrgName(const Org* org) { return org == nullptr ? "(none)" : org->name; }
std::string PersonName(const Person* person) { return person == nullptr ? "(none)" : person->name; }

// "Meta,Google" -> {"Meta", "Google"}: keeps the long lists below compact.
std::vector<std::string> Split(std::string_view names) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start <= names.size();) {
    std::size_t comma = std::min(names.find(',', start), names.size());
    out.emplace_back(names.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// A small base for the merge tests, so their messages can name its lines.
constexpr std::string_view kBase = R"toml([[org]]
name = "Meta"
kind = "big-tech"
aliases = ["Facebook"]

[[org]]
name = "FAIR"
kind = "lab"
unit_of = "Meta"

[[person]]
name = "Yann LeCun"
org = "Meta"
)toml";

Entities Base() {
  auto parsed = ParseEntities(kBase, "base.toml");
  if (!parsed) ADD_FAILURE() << parsed.error().ToString();
  return parsed ? std::move(*parsed) : Entities();
}

std::string MergeError(std::string_view toml) {
  auto merged = MergeEntities(Base(), toml, "user.toml");
  if (merged) {
    ADD_FAILURE() << "merged: " << toml;
    return "";
  }
  return merged.error().message;
}

TEST(DefaultEntities, Parses) {
  auto parsed = DefaultEntities();
  ASSERT_TRUE(parsed) << parsed.error().ToString();
  EXPECT_GT(parsed->Orgs().size(), 50u);
  EXPECT_GT(parsed->People().size(), 50u);
  EXPECT_GT(parsed->ModelFamilies().size(), 50u);
}

TEST(DefaultEntities, TextIsTheShippedFile) {
  EXPECT_EQ(DefaultEntitiesToml().substr(0, 24), "# config/entities.toml\n#");
  EXPECT_NE(DefaultEntitiesToml().find("[[person]]\nname = \"Guillaume Lample\""), std::string_view::npos);
}

TEST(DefaultEntities, CoverTheLlamaAuthors) {
  constexpr std::string_view kAuthors[] = {
      "Hugo Touvron",       "Thibaut Lavril",   "Gautier Izacard", "Xavier Martinet", "Marie-Anne Lachaux",
      "Timothée Lacroix",   "Baptiste Rozière", "Naman Goyal",     "Eric Hambro",     "Faisal Azhar",
      "Aurélien Rodriguez", "Armand Joulin",    "Edouard Grave",   "Guillaume Lample"};
  for (std::string_view name : kAuthors) EXPECT_EQ(PersonName(Defaults().FindPerson(name)), name);
}

TEST(DefaultEntities, CoverTheMajorCompaniesAndLabs) {
  for (const std::string& org :
       Split("Meta,Google,OpenAI,Anthropic,Mistral AI,DeepSeek,xAI,Microsoft,Apple,Amazon,Nvidia,Cohere,Kyutai,"
             "Thinking Machines Lab,Safe Superintelligence,Alibaba,Moonshot AI,Zhipu AI,Baidu,ByteDance,Tencent,"
             "Scale AI,H Company,Hugging Face,Stability AI,Inflection AI,Character.AI,Reka,AI21 Labs,Perplexity,"
             "Adept,Sakana AI,Preferred Networks,Cerebras,Reflection AI,Periodic Labs")) {
    EXPECT_EQ(OrgName(Defaults().FindOrg(org)), org);
  }
}

TEST(DefaultEntities, CoverTheUnits) {
  for (const std::string& org : Split("FAIR,Meta Superintelligence Labs,Meta GenAI,Google DeepMind,Google Brain,"
                                      "Google Research,Microsoft Research,Microsoft AI")) {
    const Org* unit = Defaults().FindOrg(org);
    ASSERT_NE(unit, nullptr) << org;
    EXPECT_FALSE(unit->unit_of.empty()) << org;
  }
}

TEST(DefaultEntities, CoverTheProminentPeople) {
  for (const std::string& person :
       Split("Joëlle Pineau,Yann LeCun,Arthur Mensch,Alexandr Wang,Mira Murati,John Schulman,Ilya Sutskever,"
             "Sam Altman,Dario Amodei,Demis Hassabis,Mustafa Suleyman,Andrej Karpathy,Nat Friedman,Daniel Gross,"
             "Shengjia Zhao,Liang Wenfeng,Noam Shazeer,Jan Leike")) {
    EXPECT_EQ(PersonName(Defaults().FindPerson(person)), person);
  }
}

TEST(EntityLookup, IgnoresCaseAccentsAndWidth) {
  EXPECT_EQ(PersonName(Defaults().FindPerson("joelle pineau")), "Joëlle Pineau");
  EXPECT_EQ(PersonName(Defaults().FindPerson("JOËLLE  PINEAU")), "Joëlle Pineau");
  EXPECT_EQ(PersonName(Defaults().FindPerson("timothee lacroix")), "Timothée Lacroix");
  EXPECT_EQ(PersonName(Defaults().FindPerson("Baptiste Roziere")), "Baptiste Rozière");
  EXPECT_EQ(OrgName(Defaults().FindOrg("openai")), "OpenAI");
  EXPECT_EQ(OrgName(Defaults().FindOrg("ＭＥＴＡ")), "Meta");
}

TEST(EntityLookup, ResolvesAliases) {
  EXPECT_EQ(OrgName(Defaults().FindOrg("Facebook")), "Meta");
  EXPECT_EQ(OrgName(Defaults().FindOrg("Meta Platforms")), "Meta");
  EXPECT_EQ(OrgName(Defaults().FindOrg("Facebook AI Research")), "FAIR");
  EXPECT_EQ(OrgName(Defaults().FindOrg("DeepMind")), "Google DeepMind");
  EXPECT_EQ(PersonName(Defaults().FindPerson("Alexander Wang")), "Alexandr Wang");
}

TEST(EntityLookup, ResolvesKatakanaAliases) {
  EXPECT_EQ(OrgName(Defaults().FindOrg("メタ")), "Meta");
  EXPECT_EQ(OrgName(Defaults().FindOrg("メタ・プラットフォームズ")), "Meta");
  EXPECT_EQ(OrgName(Defaults().FindOrg("グーグル")), "Google");
  EXPECT_EQ(OrgName(Defaults().FindOrg("ディープマインド")), "Google DeepMind");
  EXPECT_EQ(OrgName(Defaults().FindOrg("オープンAI")), "OpenAI");
  EXPECT_EQ(OrgName(Defaults().FindOrg("マイクロソフト")), "Microsoft");
  EXPECT_EQ(OrgName(Defaults().FindOrg("エヌビディア")), "Nvidia");
  EXPECT_EQ(OrgName(Defaults().FindOrg("ミストラルAI")), "Mistral AI");
  EXPECT_EQ(OrgName(Defaults().FindOrg("アンソロピック")), "Anthropic");
  EXPECT_EQ(PersonName(Defaults().FindPerson("ジョエル・ピノー")), "Joëlle Pineau");
  EXPECT_EQ(PersonName(Defaults().FindPerson("ジョエル・ピノ")), "Joëlle Pineau");
  EXPECT_EQ(PersonName(Defaults().FindPerson("ヤン・ルカン")), "Yann LeCun");
  EXPECT_EQ(PersonName(Defaults().FindPerson("ギヨーム・ランプル")), "Guillaume Lample");
  EXPECT_EQ(PersonName(Defaults().FindPerson("ティモテ・ラクロワ")), "Timothée Lacroix");
  EXPECT_EQ(PersonName(Defaults().FindPerson("サム・アルトマン")), "Sam Altman");
}

TEST(EntityLookup, ResolvesHalfWidthKatakana) {
  EXPECT_EQ(PersonName(Defaults().FindPerson("ｼﾞｮｴﾙ・ﾋﾟﾉｰ")), "Joëlle Pineau");
  EXPECT_EQ(OrgName(Defaults().FindOrg("ｸﾞｰｸﾞﾙ")), "Google");
}

TEST(EntityLookup, KeepsOrgsAndPeopleApart) {
  EXPECT_EQ(Defaults().FindPerson("Meta"), nullptr);
  EXPECT_EQ(Defaults().FindOrg("Yann LeCun"), nullptr);
  EXPECT_EQ(Defaults().FindOrg("Metta"), nullptr);
}

TEST(EntityLookup, GivesKindAndBestKnownOrg) {
  EXPECT_EQ(Defaults().FindOrg("Meta")->kind, OrgKind::kBigTech);
  EXPECT_EQ(Defaults().FindOrg("OpenAI")->kind, OrgKind::kLab);
  EXPECT_EQ(Defaults().FindOrg("H")->kind, OrgKind::kStartUp);
  EXPECT_EQ(OrgKindName(Defaults().FindOrg("a16z")->kind), "investor");
  EXPECT_EQ(Defaults().FindPerson("Arthur Mensch")->org, "Mistral AI");
}

TEST(CompanyOf, RollsUnitsUpToTheirCompany) {
  EXPECT_EQ(Defaults().FindOrg("FAIR")->unit_of, "Meta");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("FAIR")), "Meta");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("Meta Superintelligence Labs")), "Meta");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("Google DeepMind")), "Google");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("DeepMind")), "Google");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("Google Brain")), "Google");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("Microsoft Research")), "Microsoft");
}

TEST(CompanyOf, FollowsNestedUnitsToTheTop) {
  EXPECT_EQ(Defaults().FindOrg("TBD Lab")->unit_of, "Meta Superintelligence Labs");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("TBD Lab")), "Meta");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("Qwen Team")), "Alibaba");
}

TEST(CompanyOf, GivesACompanyItselfAndNothingForStrangers) {
  EXPECT_EQ(OrgName(Defaults().CompanyOf("Meta")), "Meta");
  EXPECT_EQ(OrgName(Defaults().CompanyOf("メタ")), "Meta");
  EXPECT_EQ(Defaults().CompanyOf("Yann LeCun"), nullptr);
  EXPECT_EQ(Defaults().CompanyOf("Acme"), nullptr);
}

TEST(OrgForModel, MatchesFamilyGlobsIgnoringCase) {
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Llama 3.1 405B")), "Meta");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("LLaMA-2-70B")), "Meta");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Mixtral 8x7B")), "Mistral AI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Magistral Medium")), "Mistral AI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("DeepSeek-R1")), "DeepSeek");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("GPT-4o")), "OpenAI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("gpt-oss-120b")), "OpenAI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Gemini 2.5 Pro")), "Google");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Claude Opus 4")), "Anthropic");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Qwen3-235B")), "Alibaba");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Phi-4")), "Microsoft");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("Kimi K2")), "Moonshot AI");
}

TEST(OrgForModel, MatchesPatternsWithoutWildcardsExactly) {
  EXPECT_EQ(OrgName(Defaults().OrgForModel("o1")), "OpenAI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("O3")), "OpenAI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("o4-mini")), "OpenAI");
  EXPECT_EQ(Defaults().OrgForModel("o10"), nullptr);
  EXPECT_EQ(Defaults().OrgForModel("Phi"), nullptr);
  EXPECT_EQ(Defaults().OrgForModel("Acme-1"), nullptr);
}

TEST(OrgForModel, PrefersTheMostSpecificPattern) {
  EXPECT_EQ(OrgName(Defaults().OrgForModel("GPT-J-6B")), "EleutherAI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("GPT-NeoX-20B")), "EleutherAI");
  EXPECT_EQ(OrgName(Defaults().OrgForModel("GPT-5")), "OpenAI");
}

TEST(OrgForModel, QuestionMarkMatchesOneCharacter) {
  Entities entities = Parse(R"toml(
[[org]]
name = "Acme"
kind = "lab"
[[model]]
org = "Acme"
families = ["R?-*"]
)toml");
  EXPECT_EQ(OrgName(entities.OrgForModel("R2-D2")), "Acme");
  EXPECT_EQ(OrgName(entities.OrgForModel("Rア-1")), "Acme");  // one character, three bytes
  EXPECT_EQ(entities.OrgForModel("R22-1"), nullptr);
  EXPECT_EQ(entities.OrgForModel("R-1"), nullptr);
}

TEST(Ambiguity, MarksCommonWordNamesAsNeedingContext) {
  const Org* apple = Defaults().FindOrg("Apple");
  ASSERT_NE(apple, nullptr);
  ASSERT_EQ(apple->aliases.size(), 3u);
  EXPECT_EQ(apple->aliases[0].text, "Apple");
  EXPECT_TRUE(apple->aliases[0].needs_context);
  EXPECT_EQ(apple->aliases[1].text, "Apple Inc.");
  EXPECT_FALSE(apple->aliases[1].needs_context);
  EXPECT_EQ(apple->aliases[2].text, "アップル");
  EXPECT_FALSE(apple->aliases[2].needs_context);
}

TEST(Ambiguity, MarksCommonWordModelFamiliesAsNeedingContext) {
  EXPECT_TRUE(Defaults().FindModelFamily("Claude 3.5 Sonnet")->needs_context);
  EXPECT_TRUE(Defaults().FindModelFamily("Gemini Ultra")->needs_context);
  EXPECT_TRUE(Defaults().FindModelFamily("o1")->needs_context);
  EXPECT_TRUE(Defaults().FindModelFamily("o3")->needs_context);
  EXPECT_FALSE(Defaults().FindModelFamily("o3-mini")->needs_context);
  EXPECT_FALSE(Defaults().FindModelFamily("GPT-4")->needs_context);
  EXPECT_EQ(Defaults().FindModelFamily("Claude 3.5 Sonnet")->pattern, "Claude*");
}

TEST(Aliases, ListEveryNameWithItsEntityAndContextFlag) {
  std::string rendered;
  for (const AliasEntry& entry : Defaults().Aliases()) {
    if (entry.canonical != "Mistral AI" && entry.canonical != "Joëlle Pineau") continue;
    rendered += entry.text + (entry.type == EntityType::kOrg ? " org " : " person ") + entry.canonical +
                (entry.needs_context ? " (context)" : "") + "\n";
  }
  EXPECT_EQ(rendered,
            "Mistral AI org Mistral AI\n"
            "Mistral org Mistral AI (context)\n"
            "ミストラルAI org Mistral AI\n"
            "ミストラル org Mistral AI (context)\n"
            "Joëlle Pineau person Joëlle Pineau\n"
            "Joelle Pineau person Joëlle Pineau\n"
            "ジョエル・ピノー person Joëlle Pineau\n"
            "ジョエル・ピノ person Joëlle Pineau\n");
}

TEST(Aliases, KeepSpellingsThatFoldAlike) {
  Entities entities = Parse(R"toml(
[[org]]
name = "Apple"
kind = "big-tech"
aliases = ["APPLE", "Apple"]
ambiguous = ["apple"]
)toml");
  ASSERT_EQ(entities.Orgs().size(), 1u);
  const std::vector<EntityAlias>& aliases = entities.Orgs()[0].aliases;
  ASSERT_EQ(aliases.size(), 2u);
  EXPECT_EQ(aliases[0].text, "Apple");
  EXPECT_EQ(aliases[1].text, "APPLE");
  EXPECT_TRUE(aliases[0].needs_context);
  EXPECT_TRUE(aliases[1].needs_context);
}

TEST(ParseEntities, AcceptsReferencesToOrgsDefinedLater) {
  Entities entities = Parse(R"toml(
[[person]]
name = "Ada"
org = "Lab Two"

[[org]]
name = "Lab One"
kind = "lab"
unit_of = "lab two"

[[org]]
name = "Lab Two"
kind = "start-up"
)toml");
  EXPECT_EQ(entities.FindPerson("Ada")->org, "Lab Two");
  EXPECT_EQ(entities.FindOrg("Lab One")->unit_of, "Lab Two");
}

TEST(MergeEntities, AddsNewEntities) {
  auto merged = MergeEntities(Base(), R"toml(
[[org]]
name = "Acme AI"
kind = "start-up"
aliases = ["アクメ"]

[[org]]
name = "Meta Robotics"
kind = "lab"
unit_of = "Facebook"

[[person]]
name = "Ada Lovelace"
org = "Acme AI"

[[model]]
org = "Meta"
families = ["Llama*"]
)toml",
                              "user.toml");
  ASSERT_TRUE(merged) << merged.error().ToString();
  EXPECT_EQ(OrgName(merged->FindOrg("アクメ")), "Acme AI");
  EXPECT_EQ(merged->FindOrg("Acme AI")->kind, OrgKind::kStartUp);
  EXPECT_EQ(OrgName(merged->CompanyOf("Meta Robotics")), "Meta");
  EXPECT_EQ(merged->FindPerson("Ada Lovelace")->org, "Acme AI");
  EXPECT_EQ(OrgName(merged->OrgForModel("Llama 4")), "Meta");
  EXPECT_EQ(PersonName(merged->FindPerson("Yann LeCun")), "Yann LeCun");
}

TEST(MergeEntities, ExtendsAnEntityNamedByItsCanonicalName) {
  auto merged = MergeEntities(Base(), R"toml(
[[org]]
name = "meta"
aliases = ["Meta Inc."]
ambiguous = ["Meta"]

[[person]]
name = "Yann LeCun"
aliases = ["ヤン・ルカン"]
org = "FAIR"
)toml",
                              "user.toml");
  ASSERT_TRUE(merged) << merged.error().ToString();
  ASSERT_EQ(merged->Orgs().size(), 2u);
  const Org* meta = merged->FindOrg("Meta Inc.");
  ASSERT_NE(meta, nullptr);
  EXPECT_EQ(meta->name, "Meta");
  EXPECT_EQ(meta->kind, OrgKind::kBigTech);  // kept: the user gave none
  EXPECT_EQ(OrgName(merged->FindOrg("Facebook")), "Meta");
  EXPECT_TRUE(meta->aliases[0].needs_context);
  EXPECT_EQ(PersonName(merged->FindPerson("ヤン・ルカン")), "Yann LeCun");
  EXPECT_EQ(merged->FindPerson("Yann LeCun")->org, "FAIR");  // replaced
  EXPECT_EQ(merged->People().size(), 1u);
}

TEST(MergeEntities, ReplacesKindAndUnitOfWhenGiven) {
  auto merged = MergeEntities(Base(), R"toml(
[[org]]
name = "Acme"
kind = "big-tech"

[[org]]
name = "FAIR"
kind = "other"
unit_of = "Acme"
)toml",
                              "user.toml");
  ASSERT_TRUE(merged) << merged.error().ToString();
  EXPECT_EQ(merged->FindOrg("FAIR")->kind, OrgKind::kOther);
  EXPECT_EQ(OrgName(merged->CompanyOf("FAIR")), "Acme");
}

TEST(MergeEntities, ExtendsTheDefaults) {
  auto merged = MergeEntities(Defaults(), R"toml(
[[org]]
name = "Meta"
aliases = ["Meta Platforms, Inc."]

[[model]]
org = "Meta"
families = ["Muse*"]
)toml",
                              "/etc/labwatch/entities.toml");
  ASSERT_TRUE(merged) << merged.error().ToString();
  EXPECT_EQ(OrgName(merged->FindOrg("Meta Platforms, Inc.")), "Meta");
  EXPECT_EQ(OrgName(merged->OrgForModel("Muse Spark")), "Meta");
  EXPECT_EQ(OrgName(merged->OrgForModel("Llama 4")), "Meta");
  EXPECT_EQ(merged->Orgs().size(), Defaults().Orgs().size());
}

TEST(MergeEntities, RejectsANameOfAnotherEntityNamingBothFiles) {
  EXPECT_EQ(MergeError(R"toml(
[[org]]
name = "Acme"
kind = "lab"
aliases = ["facebook"]
)toml"),
            "user.toml:5: org \"Acme\": alias \"facebook\" is already a name of org \"Meta\" (base.toml:4)");
}

TEST(MergeEntities, RejectsAnAliasUsedAsTheNameOfAnEntry) {
  EXPECT_EQ(MergeError(R"toml(
[[org]]
name = "Facebook"
aliases = ["FB"]
)toml"),
            "user.toml:3: org \"Facebook\": \"Facebook\" is already a name of org \"Meta\" (base.toml:4); "
            "to extend it, use its name \"Meta\"");
}

TEST(MergeEntities, RejectsAUnitOfCycleThroughTheBase) {
  EXPECT_EQ(MergeError(R"toml(
[[org]]
name = "Meta"
unit_of = "FAIR"
)toml"),
            "user.toml:4: org \"Meta\": unit_of \"FAIR\" makes a cycle: Meta -> FAIR -> Meta");
}

TEST(ParseEntities, ReportsTomlSyntaxErrorsWithTheirLine) {
  std::string error = ParseError("[[org]]\nname = \"Meta\"\nkind = \n");
  EXPECT_EQ(error.rfind("entities.toml:3: ", 0), 0u) << error;
}

TEST(ParseEntities, RejectsUnknownKeysWithTheirLine) {
  EXPECT_EQ(ParseError("[[org]]\nname = \"Meta\"\nkind = \"big-tech\"\nalias = [\"Facebook\"]\n"),
            "entities.toml:4: org[0].alias: unknown key; expected one of name, kind, unit_of, aliases, ambiguous");
}

TEST(ParseEntities, RejectsUnknownTopLevelKeys) {
  EXPECT_EQ(ParseError("version = 1\n\n[[orgs]]\nname = \"Meta\"\n"),
            "entities.toml:1: version: unknown key; expected one of org, person, model");
}

TEST(ParseEntities, RejectsATableWhereAnArrayOfTablesBelongs) {
  EXPECT_EQ(ParseError("[org]\nname = \"Meta\"\n"), "entities.toml:1: org: expected an array of tables ([[org]])");
}

TEST(ParseEntities, RejectsAnUnknownKind) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "A"
kind = "lab"
[[org]]
name = "B"
kind = "lab"
[[org]]
name = "C"
kind = "startup"
)toml"),
            "entities.toml:9: org[2].kind: expected one of lab, big-tech, start-up, investor, other");
}

TEST(ParseEntities, RejectsANewOrgWithoutKind) {
  EXPECT_EQ(ParseError("[[org]]\nname = \"Acme\"\n"),
            "entities.toml:1: org \"Acme\": missing kind; expected one of lab, big-tech, start-up, investor, other");
}

TEST(ParseEntities, RejectsAnEntryWithoutName) {
  EXPECT_EQ(ParseError("[[person]]\norg = \"Meta\"\n"), "entities.toml:1: person[0]: missing name");
}

TEST(ParseEntities, RejectsAnEmptyName) {
  EXPECT_EQ(ParseError("[[org]]\nname = \"Acme\"\nkind = \"lab\"\naliases = [\"AC\", \"  \"]\n"),
            "entities.toml:4: org[0].aliases[1]: empty");
}

TEST(ParseEntities, RejectsValuesOfTheWrongType) {
  EXPECT_EQ(ParseError("[[org]]\nname = \"Acme\"\nkind = \"lab\"\naliases = \"AC\"\n"),
            "entities.toml:4: org[0].aliases: expected an array of strings");
  EXPECT_EQ(ParseError("[[org]]\nname = \"Acme\"\nkind = \"lab\"\naliases = [\"AC\",\n  7]\n"),
            "entities.toml:5: org[0].aliases[1]: expected a string");
  EXPECT_EQ(ParseError("[[org]]\nname = 3\n"), "entities.toml:2: org[0].name: expected a string");
}

TEST(ParseEntities, RejectsAnUnknownUnitOf) {
  EXPECT_EQ(ParseError(R"toml(# Meta and its units.

[[org]]
name = "Meta"
kind = "big-tech"
aliases = ["Facebook"]

[[org]]
name = "FAIR"
kind = "lab"
aliases = ["Facebook AI Research"]
unit_of = "Metta"
)toml"),
            "entities.toml:12: org \"FAIR\": unit_of \"Metta\" is not a known org");
}

TEST(ParseEntities, RejectsAUnitOfNamingAPerson) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "FAIR"
kind = "lab"
unit_of = "Yann LeCun"
[[person]]
name = "Yann LeCun"
)toml"),
            "entities.toml:4: org \"FAIR\": unit_of \"Yann LeCun\" is not a known org");
}

TEST(ParseEntities, RejectsAUnitOfCycle) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "A"
kind = "lab"
unit_of = "B"
[[org]]
name = "B"
kind = "lab"
unit_of = "C"
[[org]]
name = "C"
kind = "lab"
unit_of = "A"
)toml"),
            "entities.toml:4: org \"A\": unit_of \"B\" makes a cycle: A -> B -> C -> A");
  EXPECT_EQ(ParseError("[[org]]\nname = \"A\"\nkind = \"lab\"\nunit_of = \"a\"\n"),
            "entities.toml:4: org \"A\": unit_of \"a\" makes a cycle: A -> A");
}

TEST(ParseEntities, RejectsAPersonsUnknownOrg) {
  EXPECT_EQ(ParseError("[[person]]\nname = \"Ada\"\norg = \"Acme\"\n"),
            "entities.toml:3: person \"Ada\": org \"Acme\" is not a known org");
}

TEST(ParseEntities, RejectsAModelFamilysUnknownOrg) {
  EXPECT_EQ(ParseError("[[model]]\norg = \"Acme\"\nfamilies = [\"Acme-*\"]\n"),
            "entities.toml:2: model[0]: org \"Acme\" is not a known org");
}

TEST(ParseEntities, RejectsAModelEntryWithoutOrg) {
  EXPECT_EQ(ParseError("[[model]]\nfamilies = [\"Acme-*\"]\n"), "entities.toml:1: model[0]: missing org");
}

TEST(ParseEntities, RejectsANameGivenToTwoEntitiesNamingBothLines) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "Meta"
kind = "big-tech"
aliases = ["Facebook"]

[[org]]
name = "Facebook AI Research"
kind = "lab"
aliases = ["FACEBOOK"]
)toml"),
            "entities.toml:9: org \"Facebook AI Research\": alias \"FACEBOOK\" is already a name of org \"Meta\" "
            "(entities.toml:4)");
}

TEST(ParseEntities, RejectsANameGivenToAnOrgAndAPerson) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "Scale AI"
kind = "start-up"
aliases = ["Scale"]

[[person]]
name = "Alexandr Wang"
aliases = ["Scale"]
)toml"),
            "entities.toml:8: person \"Alexandr Wang\": alias \"Scale\" is already a name of org \"Scale AI\" "
            "(entities.toml:4)");
}

TEST(ParseEntities, RejectsAnEntityDefinedTwice) {
  EXPECT_EQ(ParseError(R"toml([[person]]
name = "Yann LeCun"

[[person]]
name = "yann lecun"
)toml"),
            "entities.toml:5: person \"Yann LeCun\" is defined twice (entities.toml:2)");
}

TEST(ParseEntities, RejectsAnAmbiguousEntryThatIsNotAName) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "Apple"
kind = "big-tech"
aliases = ["Apple Inc."]
ambiguous = ["Aple"]
)toml"),
            "entities.toml:5: org \"Apple\": ambiguous \"Aple\" is not one of its names");
}

TEST(ParseEntities, RejectsAModelFamilyClaimedByTwoOrgs) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "OpenAI"
kind = "lab"
[[org]]
name = "EleutherAI"
kind = "lab"
[[model]]
org = "OpenAI"
families = ["GPT-*"]
[[model]]
org = "EleutherAI"
families = ["GPT-J*", "gpt-*"]
)toml"),
            "entities.toml:12: model family \"gpt-*\" of org \"EleutherAI\" is already a family of org \"OpenAI\" "
            "(entities.toml:9)");
}

TEST(ParseEntities, RejectsAnAmbiguousFamilyThatIsNotListed) {
  EXPECT_EQ(ParseError(R"toml([[org]]
name = "Anthropic"
kind = "lab"
[[model]]
org = "Anthropic"
families = ["Claude*"]
ambiguous = ["Claude"]
)toml"),
            "entities.toml:7: model[0]: ambiguous \"Claude\" is not a model family of org \"Anthropic\"");
}

}  // namespace
}  // namespace labwatch
