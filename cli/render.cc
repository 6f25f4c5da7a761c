#include "cli/render.h"

#include <algorithm>

#include "core/text.h"

namespace labwatch {
namespace {

using nlohmann::json;

json DateJson(const std::optional<Date>& date) { return date ? json(date->ToString()) : json(nullptr); }
json StringOrNull(std::string_view text) { return text.empty() ? json(nullptr) : json(std::string(text)); }
json BoolOrNull(const std::optional<bool>& value) { return value ? json(*value) : json(nullptr); }

void PrintCsvCell(std::ostream& out, const std::string& cell) {
  if (cell.find_first_of(",\"\n\r") == std::string::npos) {
    out << cell;
    return;
  }
  out << '"';
  for (char c : cell) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

std::string MoveKindName(MoveKind kind) {
  switch (kind) {
    case MoveKind::kJoined: return "joined";
    case MoveKind::kDeparted: return "departed";
    case MoveKind::kAffiliated: return "affiliated";
    case MoveKind::kFounded: return "founded";
  }
  return "";
}

std::string StatusName(MemberStatus status) {
  switch (status) {
    case MemberStatus::kAtHome: return "at_home";
    case MemberStatus::kLeft: return "left";
    case MemberStatus::kUnknown: return "unknown";
  }
  return "";
}

// "Mistral AI (co-founder)", "left Meta", ...
std::string WhereCell(const RosterRow& row) {
  if (row.org.empty()) return "left " + row.last_org + ", destination unknown";
  std::string cell = row.org;
  if (!row.unit.empty() && FoldKey(row.unit) != FoldKey(row.org)) cell += " (" + row.unit + ")";
  if (row.founder) cell += " (co-founder)";
  if (row.leaving) cell += ", leaving " + row.leaving->ToString();
  return cell;
}

void Footnote(std::ostream& out, Format format, bool needed) {
  if (format == Format::kText && needed)
    out << "* no date stated: the day it was first reported\n";
}

}  // namespace

void Table::Print(std::ostream& out, Format format) const {
  if (format == Format::kCsv) {
    auto print_row = [&](const std::vector<std::string>& row) {
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) out << ',';
        PrintCsvCell(out, row[i]);
      }
      out << "\r\n";
    };
    print_row(header_);
    for (const auto& row : rows_) print_row(row);
    return;
  }
  std::vector<int> widths(header_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line.append(static_cast<size_t>(widths[i] - DisplayWidth(row[i]) + 2), ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print_row(header_);
  for (const auto& row : rows_) print_row(row);
}

std::string DateCell(const std::optional<Date>& date, bool stated) {
  if (!date) return "";
  return date->ToString() + (stated ? "" : "*");
}

std::string SourceCell(const Provenance& provenance) {
  std::string cell = provenance.url.empty() ? provenance.source : provenance.url;
  if (provenance.sources > 1) cell += " (+" + std::to_string(provenance.sources - 1) + ")";
  return cell;
}

json ToJson(const Provenance& p) {
  return json{{"fact", p.fact_id},
              {"source", p.source},
              {"url", StringOrNull(p.url)},
              {"first_reported", p.first_reported.ToString()},
              {"sources", p.sources}};
}

json ToJson(const RosterRow& row) {
  return json{{"person", row.person},
              {"org", StringOrNull(row.org)},
              {"last_org", StringOrNull(row.last_org)},
              {"unit", StringOrNull(row.unit)},
              {"role", StringOrNull(row.role)},
              {"since", DateJson(row.since)},
              {"since_stated", row.dated},
              {"founder", row.founder},
              {"leaving", DateJson(row.leaving)},
              {"provenance", ToJson(row.provenance)}};
}

json ToJson(const CohortView& view) {
  json members = json::array();
  for (const auto& member : view.members) {
    members.push_back(json{{"person", member.name},
                           {"status", StatusName(member.status)},
                           {"left_home", DateJson(member.left_home)},
                           {"left_home_stated", member.left_dated},
                           {"now", member.now ? ToJson(*member.now) : json(nullptr)}});
  }
  return json{{"cohort", view.name},
              {"org", view.org},
              {"defined_as_of", view.defined_as_of.ToString()},
              {"description", StringOrNull(view.description)},
              {"as_of", view.as_of.ToString()},
              {"at_home", view.at_home},
              {"size", view.members.size()},
              {"provenance", ToJson(view.provenance)},
              {"members", members}};
}

json ToJson(const LandscapeView& view) {
  json orgs = json::array();
  for (const auto& row : view.orgs) {
    orgs.push_back(json{{"org", row.org},
                        {"people", row.people},
                        {"tracked", row.names},
                        {"inflow", row.inflow},
                        {"outflow", row.outflow},
                        {"models_released", row.released},
                        {"models_delayed", row.delayed}});
  }
  json flows = json::array();
  for (const auto& flow : view.flows) {
    flows.push_back(json{{"from", flow.from},
                         {"to", StringOrNull(flow.to)},
                         {"count", flow.people.size()},
                         {"people", flow.people}});
  }
  json foundings = json::array();
  for (const auto& row : view.foundings) {
    json founders = json::array();
    for (const auto& f : row.founders)
      founders.push_back(json{{"person", f.person}, {"origin", StringOrNull(f.origin)}});
    foundings.push_back(json{{"org", row.org},
                             {"date", row.date.ToString()},
                             {"date_stated", row.dated},
                             {"founders", founders},
                             {"provenance", ToJson(row.provenance)}});
  }
  return json{{"as_of", view.as_of.ToString()}, {"orgs", orgs}, {"flows", flows}, {"foundings", foundings}};
}

json ToJson(const ModelRow& row) {
  return json{{"date", row.date.ToString()},
              {"date_stated", row.dated},
              {"org", row.org},
              {"unit", StringOrNull(row.unit)},
              {"model", row.model},
              {"event", row.released ? "released" : "delayed"},
              {"open_weights", BoolOrNull(row.open_weights)},
              {"reasoning", BoolOrNull(row.reasoning)},
              {"provenance", ToJson(row.provenance)}};
}

json ToJson(const PersonRecord& person, const History& history) {
  json stints = json::array();
  for (const auto& stint : history.stints) {
    json facts = json::array();
    for (const PersonFact* fact : stint.facts) facts.push_back(fact->id);
    stints.push_back(json{{"org", stint.org},
                          {"unit", StringOrNull(stint.unit)},
                          {"role", StringOrNull(stint.role)},
                          {"start", DateJson(stint.start)},
                          {"end", DateJson(stint.end)},
                          {"founder", stint.founder},
                          {"leaving", DateJson(stint.leaving)},
                          {"facts", facts}});
  }
  json facts = json::array();
  for (const auto& fact : person.facts) {
    json sources = json::array();
    for (const auto& s : fact.sources) {
      sources.push_back(json{{"event", fact.EventOf(s)},
                             {"source", s.source},
                             {"url", StringOrNull(s.url)},
                             {"reported", FormatTimestamp(s.recorded_at)}});
    }
    facts.push_back(json{{"id", fact.id},
                         {"kind", MoveKindName(fact.kind)},
                         {"org", fact.org},
                         {"other_org", StringOrNull(fact.other_org)},
                         {"company", StringOrNull(fact.company)},
                         {"role", StringOrNull(fact.role)},
                         {"date", fact.date.ToString()},
                         {"date_stated", fact.dated},
                         {"announced", DateJson(fact.announced)},
                         {"confidence", fact.Confidence()},
                         {"retracted", fact.retracted},
                         {"retraction", StringOrNull(fact.retraction)},
                         {"sources", sources}});
  }
  const Stint* current = history.Current();
  return json{{"person", person.name},
              {"org", current ? json(current->org) : json(nullptr)},
              {"history", stints},
              {"facts", facts}};
}

void PrintRoster(const std::vector<RosterRow>& rows, const Date& as_of, Format format, std::ostream& out) {
  if (format == Format::kJson) {
    json people = json::array();
    for (const auto& row : rows) people.push_back(ToJson(row));
    out << json{{"as_of", as_of.ToString()}, {"people", people}}.dump(2) << '\n';
    return;
  }
  Table table({"PERSON", "ORG", "ROLE", "SINCE", "SOURCE", "FIRST REPORTED"});
  bool unstated = false;
  for (const auto& row : rows) {
    unstated |= row.since && !row.dated;
    table.Add({row.person, WhereCell(row), row.role, DateCell(row.since, row.dated), SourceCell(row.provenance),
               row.provenance.first_reported.ToString()});
  }
  if (format == Format::kText) out << rows.size() << " people as of " << as_of.ToString() << "\n\n";
  table.Print(out, format);
  Footnote(out, format, unstated);
}

void PrintCohort(const CohortView& view, Format format, std::ostream& out) {
  if (format == Format::kJson) {
    out << ToJson(view).dump(2) << '\n';
    return;
  }
  Table table({"MEMBER", "STATUS", "NOW AT", "SINCE", "SOURCE", "FIRST REPORTED"});
  bool unstated = false;
  for (const auto& member : view.members) {
    std::string status = "unknown";
    if (member.status == MemberStatus::kAtHome) status = "at " + view.org;
    if (member.status == MemberStatus::kLeft)
      status = "left " + (member.left_home ? DateCell(member.left_home, member.left_dated) : std::string("?"));
    unstated |= member.left_home && !member.left_dated;
    if (member.now) {
      unstated |= member.now->since && !member.now->dated;
      table.Add({member.name, status, WhereCell(*member.now), DateCell(member.now->since, member.now->dated),
                 SourceCell(member.now->provenance), member.now->provenance.first_reported.ToString()});
    } else {
      table.Add({member.name, status, "", "", "", ""});
    }
  }
  if (format == Format::kText) {
    out << view.name << ": " << (view.description.empty() ? "" : view.description + ", ") << view.org
        << " as of " << view.defined_as_of.ToString() << '\n';
    out << view.at_home << " of " << view.members.size() << " still at " << view.org << " as of "
        << view.as_of.ToString() << "\n\n";
  }
  table.Print(out, format);
  Footnote(out, format, unstated);
}

void PrintLandscape(const LandscapeView& view, Format format, std::ostream& out) {
  if (format == Format::kJson) {
    out << ToJson(view).dump(2) << '\n';
    return;
  }
  if (format == Format::kCsv) {
    // One table: spreadsheets take the org summary; flows and founders are in --json.
    Table table({"ORG", "PEOPLE", "INFLOW", "OUTFLOW", "MODELS RELEASED", "MODELS DELAYED"});
    for (const auto& row : view.orgs)
      table.Add({row.org, std::to_string(row.people), std::to_string(row.inflow), std::to_string(row.outflow),
                 std::to_string(row.released), std::to_string(row.delayed)});
    table.Print(out, format);
    return;
  }
  out << "Landscape as of " << view.as_of.ToString() << "\n\n";
  Table orgs({"ORG", "PEOPLE", "IN", "OUT", "RELEASED", "DELAYED"});
  for (const auto& row : view.orgs)
    orgs.Add({row.org, std::to_string(row.people), std::to_string(row.inflow), std::to_string(row.outflow),
              std::to_string(row.released), std::to_string(row.delayed)});
  orgs.Print(out, format);
  out << "\nTalent flows\n";
  Table flows({"FROM", "TO", "COUNT", "PEOPLE"});
  for (const auto& flow : view.flows) {
    std::string people;
    for (const auto& person : flow.people) people += (people.empty() ? "" : ", ") + person;
    flows.Add({flow.from, flow.to.empty() ? "(unknown)" : flow.to, std::to_string(flow.people.size()), people});
  }
  flows.Print(out, format);
  out << "\nFoundings\n";
  Table foundings({"ORG", "FOUNDED", "FOUNDERS (FROM)", "SOURCE"});
  bool unstated = false;
  for (const auto& row : view.foundings) {
    std::string founders;
    for (const auto& f : row.founders)
      founders += (founders.empty() ? "" : ", ") + f.person + " (" + (f.origin.empty() ? "?" : f.origin) + ")";
    unstated |= !row.dated;
    foundings.Add({row.org, DateCell(row.date, row.dated), founders, SourceCell(row.provenance)});
  }
  foundings.Print(out, format);
  Footnote(out, format, unstated);
}

void PrintModels(const std::vector<ModelRow>& rows, Format format, std::ostream& out) {
  if (format == Format::kJson) {
    json models = json::array();
    for (const auto& row : rows) models.push_back(ToJson(row));
    out << json{{"models", models}}.dump(2) << '\n';
    return;
  }
  Table table({"DATE", "ORG", "MODEL", "EVENT", "WEIGHTS", "SOURCE", "FIRST REPORTED"});
  bool unstated = false;
  for (const auto& row : rows) {
    unstated |= !row.dated;
    std::string weights = row.open_weights ? (*row.open_weights ? "open" : "closed") : "";
    table.Add({DateCell(row.date, row.dated), row.unit.empty() ? row.org : row.org + " (" + row.unit + ")", row.model, row.released ? "released" : "delayed", weights,
               SourceCell(row.provenance), row.provenance.first_reported.ToString()});
  }
  table.Print(out, format);
  Footnote(out, format, unstated);
}

void PrintPerson(const PersonRecord& person, const History& history, const Date& as_of, Format format,
                 std::ostream& out) {
  if (format == Format::kJson) {
    out << ToJson(person, history).dump(2) << '\n';
    return;
  }
  if (format == Format::kText) {
    const Stint* current = history.Current();
    out << person.name << ": " << (current ? current->org : std::string("no current org on record"))
        << " as of " << as_of.ToString() << "\n\nHistory\n";
    Table stints({"ORG", "ROLE", "FROM", "TO"});
    for (const auto& stint : history.stints) {
      std::string to = stint.end ? DateCell(stint.end, stint.end_fact && stint.end_fact->dated) : "now";
      if (stint.leaving) to = "leaving " + stint.leaving->ToString();
      std::string org = stint.org;
      if (!stint.unit.empty() && FoldKey(stint.unit) != FoldKey(stint.org)) org += " (" + stint.unit + ")";
      stints.Add({org + (stint.founder ? " (co-founder)" : ""), stint.role,
                  stint.start ? DateCell(stint.start, stint.start_fact && stint.start_fact->dated) : "?", to});
    }
    stints.Print(out, format);
    out << "\nFacts\n";
  }
  Table facts({"DATE", "FACT", "ORG", "SOURCE", "FIRST REPORTED", "ID"});
  for (const auto& fact : person.facts) {
    std::string what = MoveKindName(fact.kind);
    if (!fact.other_org.empty()) what += fact.kind == MoveKind::kDeparted ? " to " + fact.other_org : " from " + fact.other_org;
    if (fact.announced) what += " (announced " + fact.announced->ToString() + ")";
    if (fact.retracted) what += " [retracted: " + fact.retraction.str() + "]";
    for (size_t i = 0; i < fact.sources.size(); ++i) {
      const Source& s = fact.sources[i];
      std::string source = s.url.empty() ? s.source.str() : s.url.str();
      if (i == 0) {
        facts.Add({DateCell(fact.date, fact.dated), what, fact.org.str(), source, DateOf(s.recorded_at).ToString(), fact.id.str()});
      } else {
        facts.Add({"", "", "", source, DateOf(s.recorded_at).ToString(), std::string(fact.EventOf(s))});
      }
    }
  }
  facts.Print(out, format);
}

}  // namespace labwatch
