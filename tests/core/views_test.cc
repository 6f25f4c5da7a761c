#include "core/views.h"

#include <gtest/gtest.h>

#include "core/text.h"
#include "tests/core/builders.h"
#include "tests/core/render_state.h"

namespace labwatch {
namespace {

using namespace labwatch::testing;

struct World {
  RosterProjection roster;
  CohortProjection cohorts;
  LandscapeProjection landscape;
  ModelsProjection models;

  void Fold(const std::vector<Event>& events) {
    Sequence seq = 0;
    for (const auto& e : events) {
      ++seq;
      roster.Apply(seq, e);
      cohorts.Apply(seq, e);
      landscape.Apply(seq, e);
      models.Apply(seq, e);
    }
  }

  CohortView Cohort(const std::string& name, const std::string& as_of) {
    const CohortDefinition* d = cohorts.records().at(FoldKey(name)).InForce();
    std::vector<const PersonRecord*> members;
    for (const auto& m : d->members) members.push_back(roster.FindPerson(m));
    return BuildCohortView(*d, members, roster.org_names(), *Date::Parse(as_of));
  }

  LandscapeView Landscape(const std::string& as_of) {
    LandscapeBuilder builder(roster.org_names(), *Date::Parse(as_of));
    // In key order, as a Reader scans them.
    for (const auto& [k, p] : Sorted(roster.people())) builder.AddPerson(*p);
    for (const auto& [k, r] : Sorted(landscape.records())) builder.AddFoundings(*r);
    for (const auto& [k, r] : Sorted(models.records())) builder.AddModels(*r);
    return builder.Finish();
  }
};

// "3/4 at Meta: A=at_home B=left 2023-04 -> Mistral AI ..."
std::string Render(const CohortView& view) {
  std::string out = std::to_string(view.at_home) + "/" + std::to_string(view.members.size()) + " at " + view.org + ":";
  for (const auto& m : view.members) {
    out += " " + m.name + "=";
    out += m.status == MemberStatus::kAtHome ? "home" : m.status == MemberStatus::kLeft ? "left" : "unknown";
    if (m.left_home) out += "@" + m.left_home->ToString();
    if (m.status == MemberStatus::kLeft && m.now) out += "->" + (m.now->org.empty() ? "?" : m.now->org);
  }
  return out;
}

std::string Render(const LandscapeView& view) {
  std::string out;
  for (const auto& o : view.orgs)
    out += o.org + " people=" + std::to_string(o.people) + " in=" + std::to_string(o.inflow) + " out=" +
           std::to_string(o.outflow) + " released=" + std::to_string(o.released) + " delayed=" +
           std::to_string(o.delayed) + "\n";
  for (const auto& f : view.flows) {
    out += "flow " + f.from + " -> " + (f.to.empty() ? "?" : f.to) + ":";
    for (const auto& p : f.people) out += " " + p;
    out += "\n";
  }
  for (const auto& f : view.foundings) {
    out += "founded " + f.org + " " + f.date.ToString() + ":";
    for (const auto& p : f.founders) out += " " + p.person + "(" + (p.origin.empty() ? "?" : p.origin) + ")";
    out += "\n";
  }
  return out;
}

std::vector<Event> Story() {
  return {Cohort("c", "paper", "Meta", "2023-02-27", {"A", "B", "C", "D"}),
          Affiliated("a1", "A", "Meta", "2019"),
          Affiliated("a2", "B", "Meta", "2019"),
          Affiliated("a3", "C", "Meta", "2019"),
          Affiliated("a4", "M", "Google DeepMind", "2020"),
          Founded("f", "Mistral AI", {"M", "B"}, "2023-04"),
          Departed("d", "C", "Meta", "2024-06"),
          Joined("j", "Ex", "Meta", "2024-01", "OpenAI"),
          Model("r", true, "Meta", "Llama 4 Scout", "2025-04-05"),
          Model("l", false, "Meta", "Llama 4 Behemoth", "2025-05-15")};
}

TEST(CohortView, SaysWhoStayedAndWhereTheOthersWent) {
  World world;
  world.Fold(Story());
  EXPECT_EQ(Render(world.Cohort("paper", "2026-01-01")),
            "1/4 at Meta: A=home B=left@2023-04->Mistral AI C=left@2024-06->? D=unknown");
  EXPECT_EQ(Render(world.Cohort("PAPER", "2023-03-01")), "3/4 at Meta: A=home B=home C=home D=unknown");
}

TEST(CohortView, FollowsOrgMergesOfTheHomeOrg) {
  World world;
  auto events = Story();
  events.push_back(Merged("m", EntityKind::kOrg, "Meta", "Meta Platforms"));
  world.Fold(events);
  EXPECT_EQ(Render(world.Cohort("paper", "2023-03-01")), "3/4 at Meta Platforms: A=home B=home C=home D=unknown");
}

TEST(CohortView, RetractingADepartureBringsThemBack) {
  World world;
  auto events = Story();
  events.push_back(Retracted("r2", "d"));
  world.Fold(events);
  EXPECT_EQ(Render(world.Cohort("paper", "2026-01-01")),
            "2/4 at Meta: A=home B=left@2023-04->Mistral AI C=home D=unknown");
}

TEST(LandscapeView, CountsPeopleFlowsFoundersAndModels) {
  World world;
  world.Fold(Story());
  EXPECT_EQ(Render(world.Landscape("2026-01-01")),
            "Meta people=2 in=1 out=2 released=1 delayed=1\n"
            "Mistral AI people=2 in=2 out=0 released=0 delayed=0\n"
            "Google DeepMind people=0 in=0 out=1 released=0 delayed=0\n"
            "OpenAI people=0 in=0 out=1 released=0 delayed=0\n"
            "flow Google DeepMind -> Mistral AI: M\n"
            "flow Meta -> ?: C\n"
            "flow Meta -> Mistral AI: B\n"
            "flow OpenAI -> Meta: Ex\n"
            "founded Mistral AI 2023-04: M(Google DeepMind) B(Meta)\n");
}

TEST(LandscapeView, FoundersReportedOneAtATimeMakeOneFounding) {
  World world;
  world.Fold({Affiliated("a", "X", "OpenAI", "2018"), Founded("f1", "Nova Labs", {"X"}, "2024-03"),
              Founded("f2", "nova labs", {"Y"}, ""), Founded("f3", "Nova Labs", {"X", "Z"}, "2024")});
  std::string landscape = Render(world.Landscape("2026-01-01"));
  EXPECT_NE(landscape.find("founded Nova Labs 2024-03: X(OpenAI) Z(?) Y(?)\n"), std::string::npos) << landscape;
  EXPECT_EQ(landscape.find("founded Nova Labs", landscape.find("founded Nova Labs") + 1), std::string::npos);
}

TEST(LandscapeView, AsOfBeforeTheFoundingShowsNone) {
  World world;
  world.Fold(Story());
  EXPECT_EQ(Render(world.Landscape("2023-01-01")),
            "Meta people=3 in=0 out=0 released=0 delayed=0\n"
            "Google DeepMind people=1 in=0 out=0 released=0 delayed=0\n");
}

TEST(RosterRow, NamesTheOrgLeftWhenTheDestinationIsUnknown) {
  World world;
  world.Fold(Story());
  auto row = RosterRowFor(*world.roster.FindPerson("C"), world.roster.org_names(), *Date::Parse("2026-01-01"));
  ASSERT_TRUE(row);
  EXPECT_EQ(row->org, "");
  EXPECT_EQ(row->last_org, "Meta");
  EXPECT_EQ(row->since->ToString(), "2024-06");
  EXPECT_EQ(row->provenance.fact_id, "d");
  EXPECT_EQ(row->provenance.source, "test:d");
  EXPECT_FALSE(RosterRowFor(*world.roster.FindPerson("C"), world.roster.org_names(), *Date::Parse("2018-01-01")));
}

TEST(ModelTimeline, ListsByDateFilteredByOrgAndAsOf) {
  World world;
  auto events = Story();
  events.push_back(Model("o3", true, "OpenAI", "o3", "2025-04-16"));
  events.push_back(Merged("m", EntityKind::kOrg, "FAIR", "Meta"));
  events.push_back(Model("old", true, "FAIR", "LLaMA", "2023-02-24"));
  world.Fold(events);
  std::vector<const ModelRecord*> records;
  for (const auto& [k, r] : world.models.records()) records.push_back(&r);
  auto render = [&](const std::string& org, const std::string& as_of) {
    std::string out;
    for (const auto& row : BuildModelTimeline(records, world.roster.org_names(), org, *Date::Parse(as_of)))
      out += row.date.ToString() + " " + row.org + " " + row.model + (row.released ? " released" : " delayed") + "\n";
    return out;
  };
  EXPECT_EQ(render("", "2026-01-01"),
            "2023-02-24 Meta LLaMA released\n2025-04-05 Meta Llama 4 Scout released\n"
            "2025-04-16 OpenAI o3 released\n2025-05-15 Meta Llama 4 Behemoth delayed\n");
  EXPECT_EQ(render("meta", "2025-04-30"), "2023-02-24 Meta LLaMA released\n2025-04-05 Meta Llama 4 Scout released\n");
}

}  // namespace
}  // namespace labwatch
