#include "cli/commands.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include <CLI/CLI.hpp>

#include "cli/render.h"
#include "core/event_codec.h"
#include "core/history.h"
#include "core/text.h"
#include "core/views.h"
#include "config/entities.h"
#include "ingest/extractor.h"
#include "ingest/record.h"
#include "store/database.h"

namespace labwatch {
namespace {

constexpr size_t kImportBatch = 1000;

int Fail(CliContext& context, const Error& error) {
  context.err << "labwatch: " << error.message << '\n';
  return ExitCodeFor(error);
}

int Usage(CliContext& context, const std::string& message) {
  context.err << "labwatch: " << message << '\n';
  return kExitUsage;
}

// Options every query shares.
// Facts below this confidence are kept but not shown unless asked.
constexpr double kDefaultMinConfidence = kIndexedConfidence;

struct QueryOptions {
  std::string as_of;
  bool json = false;
  bool csv = false;
  double min_confidence = kDefaultMinConfidence;

  Format format() const { return json ? Format::kJson : csv ? Format::kCsv : Format::kText; }
};

void AddQueryOptions(CLI::App* command, QueryOptions* options, bool with_as_of = true) {
  if (with_as_of) command->add_option("--as-of", options->as_of, "answer as of this date (YYYY[-MM[-DD]])");
  command->add_option("--min-confidence", options->min_confidence,
                      "leave out facts less certain than this (0..1, default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  auto* json = command->add_flag("--json", options->json, "print JSON (schema: docs/cli-json.md)");
  command->add_flag("--csv", options->csv, "print CSV")->excludes(json);
}

Result<Date> AsOf(const QueryOptions& options, const CliContext& context) {
  if (options.as_of.empty()) return DateOf(context.now);
  auto date = Date::Parse(options.as_of);
  if (!date) return MakeError(ErrorCode::kInvalidArgument, "--as-of: " + date.error().message);
  return date;
}

// Opens the database for a query, refusing stale projections.
Result<std::unique_ptr<Reader>> OpenForQuery(const std::string& db) {
  auto reader = Reader::Open(db);
  if (!reader) return reader;
  if (auto fresh = (*reader)->CheckFresh(); !fresh) return tl::unexpected(fresh.error());
  return reader;
}

// Options for a write command, which exits once done.
DatabaseOptions ForOneCommand() {
  DatabaseOptions options;
  options.free_on_close = false;
  return options;
}

Result<std::unique_ptr<Database>> OpenForWriting(const std::string& db, CliContext& context) {
  auto database = Database::Open(db, ForOneCommand());
  if (!database) return database;
  const CatchUpReport& opened = (*database)->opened();
  for (const auto& skipped : opened.skipped) context.err << "labwatch: skipped " << skipped << '\n';
  for (const auto& dropped : opened.dropped)
    context.err << "labwatch: dropped the stored projection " << dropped << ", which this version no longer keeps\n";
  if (opened.folded > 0 && !opened.rebuilt.empty()) {
    std::string names;
    for (const auto& name : opened.rebuilt) names += (names.empty() ? "" : ", ") + name;
    context.err << "labwatch: rebuilt " << names << " from " << opened.folded << " events\n";
  }
  return database;
}

// A stable id for a fact typed by hand: the same command twice records it once.
std::string ManualId(std::string_view kind, const std::vector<std::string>& parts) {
  std::vector<std::string> folded;
  for (const auto& part : parts) folded.push_back(FoldKey(part));
  std::vector<std::string_view> hashed{kind};
  hashed.insert(hashed.end(), folded.begin(), folded.end());
  return "manual-" + std::string(kind) + "-" + ContentHash(hashed, 16);
}

// One line about an event, for `labwatch events`.
std::string Describe(const Event& event) {
  struct Describer {
    EventType type;
    std::string operator()(const UnknownData&) { return "(unknown to this version)"; }
    std::string operator()(const ArticleObserved& d) { return d.title.empty() ? d.url : d.title; }
    std::string operator()(const PersonMoved& d) {
      if (type == EventType::kPersonDeparted)
        return d.person + " left " + d.org + (d.other_org.empty() ? "" : " for " + d.other_org);
      return d.person + " joined " + d.org + (d.other_org.empty() ? "" : " from " + d.other_org);
    }
    std::string operator()(const OrgFounded& d) {
      std::string founders;
      for (const auto& f : d.founders) founders += (founders.empty() ? "" : ", ") + f;
      return d.org + " founded by " + founders;
    }
    std::string operator()(const ModelNews& d) {
      return d.org + (type == EventType::kModelReleased ? " released " : " delayed ") + d.model;
    }
    std::string operator()(const AffiliationAsserted& d) { return d.person + " at " + d.org; }
    std::string operator()(const CohortDefined& d) {
      return "cohort " + d.name + ": " + std::to_string(d.members.size()) + " at " + d.org;
    }
    std::string operator()(const FactCorroborated& d) { return d.id + " also reported by " + d.source; }
    std::string operator()(const FactRetracted& d) { return d.id + " retracted: " + d.reason; }
    std::string operator()(const EntitiesMerged& d) { return d.from + " is " + d.into; }
  };
  return std::visit(Describer{event.type}, event.data);
}

// Where a command reads its input: a file, or standard input for "" or "-".
struct Input {
  std::ifstream file;
  std::istream* stream = nullptr;
  std::string name;
};

Result<void> OpenInput(const std::string& path, CliContext& context, Input* input) {
  input->stream = &context.in;
  input->name = "<stdin>";
  if (path.empty() || path == "-") return {};
  input->file.open(path, std::ios::binary);
  if (!input->file) return MakeError(ErrorCode::kIOError, "cannot open " + path);
  input->stream = &input->file;
  input->name = path;
  return {};
}

// Reads `input` as JSON Lines: each non-blank line goes through `parse`;
// a line it rejects is reported as NAME:LINE: why and skipped; the others
// go to `handle`, whose error stops the reading (named NAME:LINE too).
// Returns how many lines were skipped.
template <typename Parse, typename Handle>
Result<size_t> ForEachLine(Input& input, CliContext& context, Parse parse, Handle handle) {
  size_t bad = 0, number = 0;
  std::string line;
  while (std::getline(*input.stream, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto parsed = parse(line);
    if (!parsed) {
      context.err << "labwatch: " << input.name << ":" << number << ": " << parsed.error().message << '\n';
      ++bad;
      continue;
    }
    if (auto handled = handle(std::move(*parsed)); !handled)
      return WithContext(handled.error(), input.name + ":" + std::to_string(number));
  }
  if (input.stream->bad()) return MakeError(ErrorCode::kIOError, "reading " + input.name + " failed");
  return bad;
}

// ---- queries ----------------------------------------------------------------

int RunRoster(CliContext& context, const std::string& db, const std::string& org, const QueryOptions& options) {
  auto as_of = AsOf(options, context);
  if (!as_of) return Usage(context, as_of.error().message);
  auto reader = OpenForQuery(db);
  if (!reader) return Fail(context, reader.error());
  auto orgs = (*reader)->LoadOrgNames();
  if (!orgs) return Fail(context, orgs.error());
  std::string wanted = org.empty() ? "" : orgs->Key(org);
  std::vector<RosterRow> rows;
  auto add = [&](const PersonRecord& person) {
    auto row = RosterRowFor(person, *orgs, *as_of, options.min_confidence);
    if (!row) return;
    if (!wanted.empty() && orgs->Key(row->org) != wanted) return;
    rows.push_back(std::move(*row));
  };
  // The stint index answers for one org at the default confidence; any
  // other question reads everyone.
  bool indexed = !wanted.empty() && options.min_confidence == kIndexedConfidence;
  auto scanned = indexed ? (*reader)->ForEachPersonAt(wanted, *as_of, add) : (*reader)->ForEachPerson(add);
  if (!scanned) return Fail(context, scanned.error());
  if (!wanted.empty() && rows.empty())
    return Fail(context, Error{ErrorCode::kNotFound, "nobody on record at " + org + " as of " + as_of->ToString()});
  PrintRoster(rows, *as_of, options.format(), context.out);
  return kExitOk;
}

int RunCohortList(CliContext& context, const std::string& db, const QueryOptions& options) {
  auto reader = OpenForQuery(db);
  if (!reader) return Fail(context, reader.error());
  Table table({"COHORT", "ORG", "AS OF", "MEMBERS", "DESCRIPTION"});
  nlohmann::json cohorts = nlohmann::json::array();
  auto scanned = (*reader)->ForEachCohort([&](const CohortRecord& record) {
    const CohortDefinition* d = record.InForce();
    if (!d) return;
    table.Add({d->name, d->org, d->as_of.ToString(), std::to_string(d->members.size()), d->description});
    cohorts.push_back({{"cohort", d->name},
                       {"org", d->org},
                       {"as_of", d->as_of.ToString()},
                       {"size", d->members.size()},
                       {"description", d->description}});
  });
  if (!scanned) return Fail(context, scanned.error());
  if (options.json) {
    context.out << nlohmann::json{{"cohorts", cohorts}}.dump(2) << '\n';
  } else {
    table.Print(context.out, options.format());
  }
  return kExitOk;
}

int RunCohort(CliContext& context, const std::string& db, const std::string& name, const QueryOptions& options) {
  if (name.empty()) return RunCohortList(context, db, options);
  auto as_of = AsOf(options, context);
  if (!as_of) return Usage(context, as_of.error().message);
  auto reader = OpenForQuery(db);
  if (!reader) return Fail(context, reader.error());
  auto record = (*reader)->FindCohort(name);
  if (!record) return Fail(context, record.error());
  const CohortDefinition* definition = *record ? (*record)->InForce() : nullptr;
  if (!definition)
    return Fail(context, Error{ErrorCode::kNotFound, "no cohort \"" + name + "\" (`labwatch cohort` lists them)"});
  auto orgs = (*reader)->LoadOrgNames();
  if (!orgs) return Fail(context, orgs.error());
  std::vector<std::optional<PersonRecord>> people;
  for (const auto& member : definition->members) {
    auto person = (*reader)->FindPerson(member);
    if (!person) return Fail(context, person.error());
    people.push_back(std::move(*person));
  }
  std::vector<const PersonRecord*> members;
  for (const auto& person : people) members.push_back(person ? &*person : nullptr);
  PrintCohort(BuildCohortView(*definition, members, *orgs, *as_of, options.min_confidence), options.format(),
              context.out);
  return kExitOk;
}

int RunLandscape(CliContext& context, const std::string& db, const QueryOptions& options) {
  auto as_of = AsOf(options, context);
  if (!as_of) return Usage(context, as_of.error().message);
  auto reader = OpenForQuery(db);
  if (!reader) return Fail(context, reader.error());
  auto orgs = (*reader)->LoadOrgNames();
  if (!orgs) return Fail(context, orgs.error());
  LandscapeBuilder builder(*orgs, *as_of, options.min_confidence);
  // The builder keeps pointers to foundings; keep the records alive.
  std::vector<FoundingRecord> foundings;
  Result<void> scanned = (*reader)->ForEachPerson([&](const PersonRecord& p) { builder.AddPerson(p); });
  if (scanned) scanned = (*reader)->ForEachFounding([&](const FoundingRecord& r) { foundings.push_back(r); });
  if (scanned) scanned = (*reader)->ForEachModelRecord([&](const ModelRecord& r) { builder.AddModels(r); });
  if (!scanned) return Fail(context, scanned.error());
  for (const auto& record : foundings) builder.AddFoundings(record);
  PrintLandscape(builder.Finish(), options.format(), context.out);
  return kExitOk;
}

int RunModels(CliContext& context, const std::string& db, const std::string& org, const QueryOptions& options) {
  auto as_of = AsOf(options, context);
  if (!as_of) return Usage(context, as_of.error().message);
  auto reader = OpenForQuery(db);
  if (!reader) return Fail(context, reader.error());
  auto orgs = (*reader)->LoadOrgNames();
  if (!orgs) return Fail(context, orgs.error());
  std::vector<ModelRecord> records;
  auto scanned = (*reader)->ForEachModelRecord([&](const ModelRecord& r) { records.push_back(r); });
  if (!scanned) return Fail(context, scanned.error());
  std::vector<const ModelRecord*> pointers;
  for (const auto& record : records) pointers.push_back(&record);
  auto rows = BuildModelTimeline(pointers, *orgs, org, *as_of, options.min_confidence);
  if (!org.empty() && rows.empty())
    return Fail(context, Error{ErrorCode::kNotFound, "no model releases or delays on record for " + org});
  PrintModels(rows, options.format(), context.out);
  return kExitOk;
}

int RunPerson(CliContext& context, const std::string& db, const std::string& name, const QueryOptions& options) {
  auto as_of = AsOf(options, context);
  if (!as_of) return Usage(context, as_of.error().message);
  auto reader = OpenForQuery(db);
  if (!reader) return Fail(context, reader.error());
  auto person = (*reader)->FindPerson(name);
  if (!person) return Fail(context, person.error());
  if (!*person) return Fail(context, Error{ErrorCode::kNotFound, "no person \"" + name + "\" on record"});
  auto orgs = (*reader)->LoadOrgNames();
  if (!orgs) return Fail(context, orgs.error());
  History history = DeriveHistory(**person, *orgs, *as_of, options.min_confidence);
  PrintPerson(**person, history, *as_of, options.format(), context.out);
  return kExitOk;
}

struct EventsOptions {
  std::string type;
  std::string since;
  size_t limit = 0;
  bool json = false;
};

int RunEvents(CliContext& context, const std::string& db, const EventsOptions& options) {
  Sequence after = 0;
  std::optional<Date> since_date;
  if (!options.since.empty()) {
    auto [end, ec] = std::from_chars(options.since.data(), options.since.data() + options.since.size(), after);
    if (ec != std::errc() || end != options.since.data() + options.since.size()) {
      auto date = Date::Parse(options.since);
      if (!date) return Usage(context, "--since: expected a sequence number or a date: " + date.error().message);
      since_date = *date;
      after = 0;
    } else if (after > 0) {
      --after;  // --since N includes event N
    }
  }
  if (!options.type.empty() && EventTypeFromName(options.type) == EventType::kUnknown)
    return Usage(context, "--type: unknown event type \"" + options.type + "\"");
  auto reader = Reader::Open(db);
  if (!reader) return Fail(context, reader.error());
  auto log = (*reader)->log();
  if (!log) return Fail(context, log.error());
  Table table({"SEQ", "TYPE", "OCCURRED", "RECORDED", "ID", "WHAT"});
  size_t shown = 0;
  int corrupt = 0;
  std::string line;
  auto read = (*log)->ReadFrom(after, [&](Sequence seq, const Result<Event>& event) {
    if (!event) {
      context.err << "labwatch: " << event.error().message << '\n';
      ++corrupt;
      return true;
    }
    if (!options.type.empty() && event->type_name != options.type) return true;
    if (since_date && DateOf(event->recorded_at).SortKey() < since_date->SortKey()) return true;
    if (options.json) {
      line.clear();
      EncodeEvent(*event, seq, &line);
      context.out << line << '\n';
    } else {
      table.Add({std::to_string(seq), event->type_name, event->occurred_at ? event->occurred_at->ToString() : "",
                 FormatTimestamp(event->recorded_at), event->id, Describe(*event)});
    }
    return options.limit == 0 || ++shown < options.limit;
  });
  if (!read) return Fail(context, read.error());
  if (!options.json) table.Print(context.out, Format::kText);
  return corrupt ? kExitDataError : kExitOk;
}

// ---- backup and restore -----------------------------------------------------

int RunExport(CliContext& context, const std::string& db, Sequence since) {
  auto reader = Reader::Open(db);
  if (!reader) return Fail(context, reader.error());
  auto log = (*reader)->log();
  if (!log) return Fail(context, log.error());
  int corrupt = 0;
  std::string line;
  auto read = (*log)->ReadFrom(since, [&](Sequence seq, const Result<Event>& event) {
    if (!event) {
      context.err << "labwatch: export skipped " << event.error().message << '\n';
      ++corrupt;
      return true;
    }
    line.clear();
    EncodeEvent(*event, seq, &line);
    line.push_back('\n');
    context.out.write(line.data(), static_cast<std::streamsize>(line.size()));
    return static_cast<bool>(context.out);
  });
  if (!read) return Fail(context, read.error());
  if (!context.out) return Fail(context, Error{ErrorCode::kIOError, "export: writing to standard output failed"});
  return corrupt ? kExitDataError : kExitOk;
}

int RunImport(CliContext& context, const std::string& db, const std::string& file) {
  Input input;
  if (auto opened = OpenInput(file, context, &input); !opened) return Fail(context, opened.error());
  auto database = OpenForWriting(db, context);
  if (!database) return Fail(context, database.error());
  std::vector<Event> batch;
  size_t added = 0, present = 0;
  auto flush = [&]() -> Result<void> {
    if (batch.empty()) return {};
    auto sequences = (*database)->Append(batch);
    if (!sequences) return tl::unexpected(sequences.error());
    for (Sequence seq : *sequences) ++(seq ? added : present);
    batch.clear();
    return {};
  };
  auto bad = ForEachLine(input, context, DecodeEvent, [&](Event event) -> Result<void> {
    batch.push_back(std::move(event));
    return batch.size() == kImportBatch ? flush() : Result<void>();
  });
  if (!bad) return Fail(context, bad.error());
  if (auto flushed = flush(); !flushed) return Fail(context, flushed.error());
  context.out << "imported " << added << " new events, " << present << " already recorded";
  if (*bad) context.out << ", " << *bad << " bad lines skipped";
  context.out << '\n';
  return *bad ? kExitDataError : kExitOk;
}

int RunRebuild(CliContext& context, const std::string& db, const std::string& projection) {
  auto started = std::chrono::steady_clock::now();
  // Rebuilt as the database opens, so the state about to be replaced is
  // never loaded.
  DatabaseOptions options = ForOneCommand();
  options.rebuild = projection;
  auto database = Database::Open(db, options);
  if (!database) return Fail(context, database.error());
  const CatchUpReport* report = &(*database)->opened();
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (const auto& skipped : report->skipped) context.err << "labwatch: skipped " << skipped << '\n';
  std::string names;
  for (const auto& name : report->rebuilt) names += (names.empty() ? "" : ", ") + name;
  char timing[96];
  std::snprintf(timing, sizeof timing, "%.2f s (reading and folding %.2f s, writing %.2f s)", seconds,
                report->fold_seconds, report->persist_seconds);
  context.out << "rebuilt " << names << " from " << report->folded << " events in " << timing << '\n';
  return kExitOk;
}

int RunVerify(CliContext& context, const std::string& db) {
  auto report = Verify(db);
  if (!report) return Fail(context, report.error());
  for (const auto& note : report->notes) context.out << "note: " << note << '\n';
  for (const auto& problem : report->problems) context.err << "labwatch: verify: " << problem << '\n';
  if (!report->ok()) {
    context.out << "verify failed: " << report->problems.size() << " problems in " << report->events
                << " events\n";
    return kExitDataError;
  }
  context.out << "ok: " << report->events << " events decode, sequences are continuous, ids are indexed, "
              << "projections equal a fresh rebuild\n";
  return kExitOk;
}

// ---- writing by hand ----------------------------------------------------------

int AppendManual(CliContext& context, const std::string& db, std::vector<Event> events,
                 const std::string& what) {
  auto database = OpenForWriting(db, context);
  if (!database) return Fail(context, database.error());
  auto sequences = (*database)->Append(events);
  if (!sequences) return Fail(context, sequences.error());
  if ((*sequences)[0] == 0) {
    context.out << what << " was already recorded as " << events[0].id << '\n';
  } else {
    context.out << "recorded " << what << " as " << events[0].id << " (event " << (*sequences)[0] << ")\n";
  }
  return kExitOk;
}

int RunRetract(CliContext& context, const std::string& db, const std::string& id, const std::string& reason) {
  auto database = OpenForWriting(db, context);
  if (!database) return Fail(context, database.error());
  auto target = ReadEvent((*database)->log(), id);
  if (!target) return Fail(context, target.error());
  if (!IsFact(target->type))
    return Fail(context, Error{ErrorCode::kInvalidArgument,
                               "event " + id + " is " + target->type_name + ", not a fact that can be retracted"});
  Event retraction = MakeEvent(EventType::kFactRetracted, "manual-retract-" + id, context.now,
                               FactRetracted{id, reason});
  retraction.source = "manual";
  auto sequences = (*database)->Append({retraction});
  if (!sequences) return Fail(context, sequences.error());
  if ((*sequences)[0] == 0) {
    context.out << id << " was already retracted\n";
  } else {
    context.out << "retracted " << id << " (event " << (*sequences)[0] << ")\n";
  }
  return kExitOk;
}

struct AssertOptions {
  std::string subject;  // person, or org for founded/release/delay
  std::string model;
  std::string org;
  std::string other_org;
  std::string role;
  std::string date;
  std::string announced;
  std::string source;
  std::vector<std::string> founders;
  bool open_weights = false;
  bool reasoning = false;
};

int RunAssert(CliContext& context, const std::string& db, const std::string& kind, const AssertOptions& o) {
  std::optional<Date> date, announced;
  if (!o.date.empty()) {
    auto parsed = Date::Parse(o.date);
    if (!parsed) return Usage(context, "--date: " + parsed.error().message);
    date = *parsed;
  }
  if (!o.announced.empty()) {
    auto parsed = Date::Parse(o.announced);
    if (!parsed) return Usage(context, "--announced: " + parsed.error().message);
    announced = *parsed;
  }
  Evidence evidence;
  evidence.url = o.source;
  evidence.extractor = "manual";
  std::string date_text = date ? date->ToString() : "";
  Event event;
  std::string what;
  if (kind == "departure" || kind == "join") {
    if (o.org.empty()) return Usage(context, "assert " + kind + ": --org is required");
    bool departed = kind == "departure";
    PersonMoved d{o.subject, o.org, o.other_org, o.role, announced, evidence, "", ""};
    EventType type = departed ? EventType::kPersonDeparted : EventType::kPersonJoined;
    event = MakeEvent(type, ManualId(kind, {o.subject, o.org, o.other_org, date_text}), context.now, d);
    what = o.subject + (departed ? " left " : " joined ") + o.org;
  } else if (kind == "founded") {
    if (o.founders.empty()) return Usage(context, "assert founded: --founders is required");
    std::vector<std::string> parts = o.founders;
    parts.insert(parts.begin(), o.subject);
    parts.push_back(date_text);
    event = MakeEvent(EventType::kOrgFounded, ManualId(kind, parts), context.now,
                      OrgFounded{o.subject, o.founders, evidence, ""});
    what = o.subject + " founded";
  } else {
    bool released = kind == "release";
    ModelNews d{o.subject, o.model, std::nullopt, std::nullopt, evidence, ""};
    if (released && o.open_weights) d.open_weights = true;
    if (released && o.reasoning) d.reasoning = true;
    event = MakeEvent(released ? EventType::kModelReleased : EventType::kModelDelayed,
                      ManualId(kind, {o.subject, o.model, date_text}), context.now, d);
    what = o.subject + (released ? " released " : " delayed ") + o.model;
  }
  event.occurred_at = date;
  event.source = "manual";
  return AppendManual(context, db, {event}, what);
}

int RunMerge(CliContext& context, const std::string& db, const std::string& from, const std::string& into,
             std::string kind) {
  auto database = OpenForWriting(db, context);
  if (!database) return Fail(context, database.error());
  const RosterProjection& roster = (*database)->roster();
  if (kind.empty()) {
    if (roster.FindPerson(from)) {
      kind = "person";
    } else {
      OrgNames orgs = roster.org_names();
      std::string key = orgs.Key(from);
      for (const auto& [person_key, person] : roster.people()) {
        for (const auto& fact : person.facts)
          if (orgs.Key(fact.org) == key || (!fact.other_org.empty() && orgs.Key(fact.other_org) == key)) kind = "org";
        if (!kind.empty()) break;
      }
    }
    if (kind.empty())
      return Fail(context, Error{ErrorCode::kNotFound,
                                 "\"" + from + "\" is neither a person nor an org on record; say --kind person|org"});
  }
  EntitiesMerged merge{kind == "person" ? EntityKind::kPerson : EntityKind::kOrg, from, into};
  Event event = MakeEvent(EventType::kEntitiesMerged, ManualId("merge", {kind, from, into}), context.now, merge);
  event.source = "manual";
  auto sequences = (*database)->Append({event});
  if (!sequences) return Fail(context, sequences.error());
  context.out << ((*sequences)[0] ? "merged " : "already merged: ") << kind << " " << from << " into " << into
              << '\n';
  return kExitOk;
}

int RunCohortDefine(CliContext& context, const std::string& db, const std::string& name, const std::string& org,
                    const std::string& as_of_text, const std::string& members_file, const std::string& description,
                    const std::string& source) {
  auto as_of = Date::Parse(as_of_text);
  if (!as_of) return Usage(context, "--as-of: " + as_of.error().message);
  std::ifstream file(members_file);
  if (!file) return Fail(context, Error{ErrorCode::kIOError, "cannot open " + members_file});
  std::vector<std::string> members;
  std::string line;
  while (std::getline(file, line)) {
    auto begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos || line[begin] == '#') continue;
    auto end = line.find_last_not_of(" \t\r");
    members.push_back(line.substr(begin, end - begin + 1));
  }
  if (members.empty()) return Fail(context, Error{ErrorCode::kInvalidArgument, members_file + ": no members listed"});
  std::vector<std::string> parts = members;
  parts.insert(parts.begin(), {name, org, as_of->ToString()});
  CohortDefined definition{name, org, *as_of, members, description};
  Event event = MakeEvent(EventType::kCohortDefined, ManualId("cohort", parts), context.now, definition);
  event.occurred_at = *as_of;
  event.source = source.empty() ? "manual" : source;
  std::vector<Event> events{event};
  // The definition says each member was at the org on that date.
  for (const auto& member : members) {
    Event affiliation = MakeEvent(EventType::kAffiliationAsserted,
                                  ManualId("affiliation", {member, org, as_of->ToString()}), context.now,
                                  AffiliationAsserted{member, org, std::nullopt, "", ""});
    affiliation.occurred_at = *as_of;
    affiliation.source = event.source;
    affiliation.causation = event.id;
    events.push_back(std::move(affiliation));
  }
  return AppendManual(context, db, std::move(events),
                      "cohort " + name + " (" + std::to_string(members.size()) + " members)");
}

// ---- extraction ----------------------------------------------------------------

constexpr char kSystemEntities[] = "/etc/labwatch/entities.toml";

// The built-in entities, extended by /etc/labwatch/entities.toml if present
// and by `entities_file` if given.
Result<std::shared_ptr<const Gazetteer>> LoadGazetteer(const std::string& entities_file) {
  auto entities = DefaultEntities();
  if (!entities) return tl::unexpected(entities.error());
  std::vector<std::string> files;
  if (std::ifstream(kSystemEntities).good()) files.push_back(kSystemEntities);
  if (!entities_file.empty()) files.push_back(entities_file);
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return MakeError(ErrorCode::kIOError, "cannot open " + file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto merged = MergeEntities(std::move(*entities), text, file);
    if (!merged) return tl::unexpected(merged.error());
    entities = std::move(merged);
  }
  auto gazetteer = MakeGazetteer(*entities);
  if (!gazetteer) return tl::unexpected(gazetteer.error());
  return std::make_shared<const Gazetteer>(std::move(*gazetteer));
}

// An article in the extraction contract's input form. A field may be
// absent or null (`lang` often is); one of another type, or a `published`
// that is no date or time, is an error that names it: read as empty, it
// would lose the text, or date every relative date of the article by today.
Result<Article> ParseArticle(const std::string& line) {
  auto json = nlohmann::json::parse(line, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return MakeError(ErrorCode::kCorruption, "not a JSON object");
  Article article;
  auto id = json.find("id");
  if (id == json.end() || id->is_null()) return MakeError(ErrorCode::kCorruption, "id: missing");
  article.id = id->is_string() ? id->get<std::string>() : id->dump();
  std::string published;
  for (auto [key, field] : {std::pair<const char*, std::string*>{"lang", &article.lang},
                            {"url", &article.url},
                            {"source", &article.source},
                            {"title", &article.title},
                            {"text", &article.text},
                            {"published", &published}}) {
    auto it = json.find(key);
    if (it == json.end() || it->is_null()) continue;
    if (!it->is_string())
      return MakeError(ErrorCode::kCorruption,
                       "article " + article.id + ": " + key + ": not a string but " + it->type_name());
    *field = it->get<std::string>();
  }
  if (!published.empty()) {
    if (auto timestamp = ParseTimestamp(published)) {
      article.published = *timestamp;
    } else if (auto date = Date::Parse(published)) {
      article.published = std::chrono::time_point_cast<std::chrono::seconds>(date->FirstDay());
    } else {
      return MakeError(ErrorCode::kCorruption,
                       "article " + article.id + ": published: not a date or a UTC time: " + published);
    }
  }
  return article;
}

nlohmann::json FactJson(const ExtractedFact& fact, const Article& article) {
  nlohmann::json event{{"type", FactKindName(fact.kind)}};
  if (!fact.person.empty()) event["person"] = fact.person;
  event["org"] = fact.org;
  if (!fact.model.empty()) event["model"] = fact.model;
  if (!fact.other_org.empty()) event[fact.kind == FactKind::kJoin ? "from_org" : "to_org"] = fact.other_org;
  if (!fact.role.empty()) event["role"] = fact.role;
  if (fact.date) event["date"] = fact.date->ToString();
  if (fact.announced) event["announced"] = fact.announced->ToString();
  event["confidence"] = fact.confidence;
  event["evidence"] = {{"text", article.text.substr(fact.start, fact.end - fact.start)},
                       {"start", fact.start},
                       {"end", fact.end},
                       {"extractor", Extractor::kVersion}};
  return event;
}

// Says so on stderr when the extractor reads only part of an article.
void WarnIfClipped(CliContext& context, const Article& article) {
  if (size_t read = ExtractedLength(article.text); read < article.text.size())
    context.err << "labwatch: article " << article.id << ": its text has " << article.text.size()
                << " bytes; facts are read from the first " << read << " only\n";
}

int RunExtract(CliContext& context, const std::string& entities_file) {
  auto gazetteer = LoadGazetteer(entities_file);
  if (!gazetteer) return Fail(context, gazetteer.error());
  Extractor extractor(*gazetteer);
  Input input;
  if (auto opened = OpenInput("", context, &input); !opened) return Fail(context, opened.error());
  auto bad = ForEachLine(input, context, ParseArticle, [&](const Article& article) -> Result<void> {
    WarnIfClipped(context, article);
    nlohmann::json events = nlohmann::json::array();
    for (const auto& fact : extractor.Extract(article, DateOf(context.now))) events.push_back(FactJson(fact, article));
    context.out << nlohmann::json{{"id", article.id}, {"events", events}}.dump() << '\n';
    return {};
  });
  if (!bad) return Fail(context, bad.error());
  return *bad ? kExitDataError : kExitOk;
}

struct RecordingOptions {
  std::string entities_file;
  int window_days = 180;
};

int RunAddArticles(CliContext& context, const std::string& db, const std::string& file,
                   const RecordingOptions& options) {
  Input input;
  if (auto opened = OpenInput(file, context, &input); !opened) return Fail(context, opened.error());
  auto gazetteer = LoadGazetteer(options.entities_file);
  if (!gazetteer) return Fail(context, gazetteer.error());
  Extractor extractor(*gazetteer);
  auto database = OpenForWriting(db, context);
  if (!database) return Fail(context, database.error());
  RecordOptions record_options{options.window_days};
  size_t articles = 0, new_articles = 0, facts = 0, corroborations = 0;
  auto bad = ForEachLine(input, context, ParseArticle, [&](const Article& article) -> Result<void> {
    WarnIfClipped(context, article);
    auto report = RecordArticle(**database, extractor, article, context.now, record_options);
    if (!report) return tl::unexpected(report.error());
    ++articles;
    new_articles += report->article_new;
    facts += report->new_facts;
    corroborations += report->corroborations;
    return {};
  });
  if (!bad) return Fail(context, bad.error());
  context.out << "read " << articles << " articles (" << new_articles << " new): " << facts << " new facts, "
              << corroborations << " corroborations";
  if (*bad) context.out << ", " << *bad << " bad lines skipped";
  context.out << '\n';
  return *bad ? kExitDataError : kExitOk;
}

// The Article an ArticleObserved event recorded.
Article ArticleFrom(const Event& event) {
  const auto& d = std::get<ArticleObserved>(event.data);
  Article article;
  article.id = d.guid;
  article.lang = d.lang;
  article.url = d.url;
  article.source = d.source;
  article.title = d.title;
  article.text = d.text;
  if (auto published = ParseTimestamp(d.published)) article.published = *published;
  return article;
}

int RunReextract(CliContext& context, const std::string& db, const std::string& since_text,
                 const RecordingOptions& options) {
  std::optional<Date> since;
  if (!since_text.empty()) {
    auto date = Date::Parse(since_text);
    if (!date) return Usage(context, "--since: " + date.error().message);
    since = *date;
  }
  auto gazetteer = LoadGazetteer(options.entities_file);
  if (!gazetteer) return Fail(context, gazetteer.error());
  Extractor extractor(*gazetteer);
  auto database = OpenForWriting(db, context);
  if (!database) return Fail(context, database.error());

  // One pass over the log: the articles, and the machine-extracted facts
  // each one originated (retracted ones excepted).
  std::vector<Event> articles;
  std::map<std::string, std::vector<std::string>> facts_of;  // article id -> fact ids
  std::set<std::string> retracted;
  auto read = (*database)->log().ReadFrom(0, [&](Sequence, const Result<Event>& event) {
    if (!event) return true;
    if (event->type == EventType::kArticleObserved) {
      Date day = event->EffectiveDate();
      if (!since || day.SortKey() >= since->SortKey()) articles.push_back(*event);
    } else if (event->type == EventType::kFactRetracted) {
      retracted.insert(std::get<FactRetracted>(event->data).id);
    } else if (IsFact(event->type) && !event->causation.empty() && event->id.starts_with("fact-")) {
      facts_of[event->causation].push_back(event->id);
    }
    return true;
  });
  if (!read) return Fail(context, read.error());

  size_t facts = 0, corroborations = 0, retractions = 0;
  RecordOptions record_options{options.window_days};
  for (const Event& article_event : articles) {
    Article article = ArticleFrom(article_event);
    WarnIfClipped(context, article);
    ArticlePlan plan = PlanArticle(article, extractor.Extract(article, DateOf(context.now)), KnownFactsOf(**database), context.now,
                                   record_options, article_event.id);
    // Facts this article gave before that the current extractor no longer finds.
    std::set<std::string> found(plan.fact_ids.begin(), plan.fact_ids.end());
    for (const auto& id : facts_of[article_event.id]) {
      if (retracted.count(id) || found.count(id)) continue;
      // Ids are content-derived, so a fact found again plans the same id.
      Event retraction = MakeEvent(EventType::kFactRetracted, "reextract-retract-" + id, context.now,
                                   FactRetracted{id, "re-extraction: " + std::string(Extractor::kVersion) +
                                                         " no longer finds it"});
      retraction.source = std::string(Extractor::kVersion);
      retraction.causation = article_event.id;
      plan.events.push_back(std::move(retraction));
    }
    if (plan.events.size() == 1) continue;  // nothing but the article, which is recorded
    auto sequences = (*database)->Append(plan.events);
    if (!sequences) return Fail(context, sequences.error());
    for (size_t i = 1; i < plan.events.size(); ++i) {
      if ((*sequences)[i] == 0) continue;
      EventType type = plan.events[i].type;
      ++(type == EventType::kFactRetracted ? retractions
         : type == EventType::kFactCorroborated ? corroborations : facts);
    }
  }
  context.out << "re-read " << articles.size() << " articles with " << Extractor::kVersion << ": " << facts
              << " new facts, " << corroborations << " corroborations, " << retractions << " retractions\n";
  return kExitOk;
}

// ---- review --------------------------------------------------------------------

struct ReviewRow {
  std::string id;
  double confidence;
  std::string what;
  std::string source;
};

int RunReviewList(CliContext& context, const std::string& db, double below, bool json) {
  auto reader = OpenForQuery(db);
  if (!reader) return Fail(context, reader.error());
  std::vector<ReviewRow> rows;
  std::set<std::string> seen;
  auto consider = [&](const FactBase& fact, const std::string& what) {
    if (fact.retracted || fact.Confidence() >= below || !seen.insert(fact.id.str()).second) return;
    Provenance provenance = ProvenanceOf(fact);
    rows.push_back({fact.id.str(), fact.Confidence(), what, provenance.url.empty() ? provenance.source : provenance.url});
  };
  static const char* kMoves[] = {"joined", "left", "at", "founded"};
  Result<void> scanned = (*reader)->ForEachPerson([&](const PersonRecord& person) {
    for (const auto& fact : person.facts)
      consider(fact, person.name + " " + kMoves[static_cast<int>(fact.kind)] + " " + fact.org);
  });
  if (scanned) {
    scanned = (*reader)->ForEachModelRecord([&](const ModelRecord& record) {
      for (const auto& fact : record.facts)
        consider(fact, fact.org + (fact.released ? " released " : " delayed ") + fact.model);
    });
  }
  if (!scanned) return Fail(context, scanned.error());
  // The sentence each fact was read from is in the log.
  auto log = (*reader)->log();
  if (!log) return Fail(context, log.error());
  std::map<std::string, std::string> evidence;
  for (const auto& row : rows) {
    auto event = ReadEvent(**log, row.id);
    if (!event) {
      if (event.error().code == ErrorCode::kIOError) return Fail(context, event.error());
      continue;  // no sentence to show; the fact is still listed
    }
    std::visit([&](const auto& d) {
      if constexpr (requires { d.evidence; }) {
        if (d.evidence) evidence[row.id] = d.evidence->text;
      }
    }, event->data);
  }
  if (json) {
    nlohmann::json facts = nlohmann::json::array();
    for (const auto& row : rows)
      facts.push_back({{"id", row.id}, {"confidence", row.confidence}, {"fact", row.what}, {"source", row.source},
                       {"evidence", evidence[row.id]}});
    context.out << nlohmann::json{{"below", below}, {"facts", facts}}.dump(2) << '\n';
    return kExitOk;
  }
  Table table({"ID", "CONFIDENCE", "FACT", "SOURCE", "EVIDENCE"});
  for (const auto& row : rows) {
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", row.confidence);
    table.Add({row.id, confidence, row.what, row.source, evidence[row.id]});
  }
  context.out << rows.size() << " facts below confidence " << below
              << " (accept with `labwatch review accept ID`, reject with `labwatch review reject ID`)\n\n";
  table.Print(context.out, Format::kText);
  return kExitOk;
}

int RunReviewDecision(CliContext& context, const std::string& db, bool accept, const std::string& id) {
  auto database = OpenForWriting(db, context);
  if (!database) return Fail(context, database.error());
  auto seq = (*database)->log().Find(id);
  if (!seq) return Fail(context, seq.error());
  Event decision;
  if (accept) {
    FactCorroborated review{id, "", "review", "", 1.0, std::nullopt};
    decision = MakeEvent(EventType::kFactCorroborated, "review-accept-" + id, context.now, review);
  } else {
    decision = MakeEvent(EventType::kFactRetracted, "review-reject-" + id, context.now,
                         FactRetracted{id, "rejected in review"});
  }
  decision.source = "manual";
  auto sequences = (*database)->Append({decision});
  if (!sequences) return Fail(context, sequences.error());
  context.out << ((*sequences)[0] ? (accept ? "accepted " : "rejected ") : "already decided: ") << id << '\n';
  return kExitOk;
}

}  // namespace

int ExitCodeFor(const Error& error) {
  switch (error.code) {
    case ErrorCode::kNotFound: return kExitNotFound;
    case ErrorCode::kInvalidArgument: return kExitUsage;
    case ErrorCode::kCorruption:
    case ErrorCode::kConflict: return kExitDataError;
    case ErrorCode::kIOError:
    case ErrorCode::kUnavailable: return kExitIOError;
  }
  return kExitIOError;
}

int RunCli(const std::vector<std::string>& args, CliContext& context) {
  CLI::App app{"labwatch: ask who moved where in the AI labs; maintain the labwatch database"};
  app.name("labwatch");
  app.fallthrough();
  app.require_subcommand(1);
  std::string db = context.default_db;
  app.add_option("--db", db, "database directory (default: $LABWATCH_DB or /var/lib/labwatch)");

  QueryOptions roster_options, cohort_options, landscape_options, models_options, person_options;
  std::string roster_org, models_org, cohort_name, person_name;

  auto* roster = app.add_subcommand("roster", "who works where");
  roster->add_option("--org", roster_org, "only people at this org");
  AddQueryOptions(roster, &roster_options);

  auto* cohort = app.add_subcommand("cohort", "a named group: who stayed, where the others went");
  cohort->add_option("name", cohort_name, "cohort name (omit to list cohorts)");
  AddQueryOptions(cohort, &cohort_options);
  std::string define_name, define_org, define_as_of, define_members, define_description, define_source;
  auto* define = cohort->add_subcommand("define", "define a cohort: its members were at ORG on DATE");
  define->add_option("name", define_name, "cohort name")->required();
  define->add_option("--org", define_org, "home org")->required();
  define->add_option("--as-of", define_as_of, "the date the members were at the org")->required();
  define->add_option("--members", define_members, "file with one member name per line")->required();
  define->add_option("--description", define_description, "what the group is");
  define->add_option("--source", define_source, "where the list comes from");

  auto* landscape = app.add_subcommand("landscape", "people per org, talent flows, founders, models");
  AddQueryOptions(landscape, &landscape_options);

  auto* person = app.add_subcommand("person", "one person's history with sources");
  person->add_option("name", person_name, "person")->required();
  AddQueryOptions(person, &person_options);

  auto* models = app.add_subcommand("models", "model release and delay timeline");
  models->add_option("--org", models_org, "only this org");
  AddQueryOptions(models, &models_options);

  EventsOptions events_options;
  auto* events = app.add_subcommand("events", "the event log");
  events->add_option("--type", events_options.type, "only events of this type (e.g. PersonDeparted)");
  events->add_option("--since", events_options.since, "from this sequence number, or recorded on or after this date");
  events->add_option("--limit", events_options.limit, "at most this many events");
  events->add_flag("--json", events_options.json, "print JSON Lines");

  Sequence export_since = 0;
  auto* export_command = app.add_subcommand("export", "write the log as JSON Lines to standard output");
  export_command->add_option("--since", export_since, "only events after this sequence number");

  std::string import_file;
  auto* import_command = app.add_subcommand("import", "append JSON Lines events; events already recorded are skipped");
  import_command->add_option("file", import_file, "file to read, or - for standard input");

  std::string rebuild_name;
  auto* rebuild = app.add_subcommand("rebuild", "rebuild projections from the log");
  rebuild->add_option("projection", rebuild_name, "roster, cohort, landscape or models (default: all)");

  auto* verify = app.add_subcommand("verify", "check the log and projections end to end");

  std::string retract_id, retract_reason;
  auto* retract = app.add_subcommand("retract", "retract a fact: it stays in the log but no longer counts");
  retract->add_option("id", retract_id, "event id of the fact")->required();
  retract->add_option("--reason", retract_reason, "why")->required();

  AssertOptions assert_options;
  auto* assert_command = app.add_subcommand("assert", "record a fact typed by hand (source \"manual\")");
  assert_command->require_subcommand(1);
  auto add_common = [&](CLI::App* command) {
    command->add_option("--date", assert_options.date, "when it happened (YYYY[-MM[-DD]])");
    command->add_option("--source", assert_options.source, "URL that reports it")->required();
  };
  auto* departure = assert_command->add_subcommand("departure", "PERSON left --org");
  departure->add_option("person", assert_options.subject, "person")->required();
  departure->add_option("--org", assert_options.org, "org left")->required();
  departure->add_option("--to", assert_options.other_org, "org joined next");
  departure->add_option("--role", assert_options.role, "role held");
  departure->add_option("--announced", assert_options.announced, "when it was announced, if before --date");
  add_common(departure);
  auto* join = assert_command->add_subcommand("join", "PERSON joined --org");
  join->add_option("person", assert_options.subject, "person")->required();
  join->add_option("--org", assert_options.org, "org joined")->required();
  join->add_option("--from", assert_options.other_org, "org left for it");
  join->add_option("--role", assert_options.role, "role taken");
  join->add_option("--announced", assert_options.announced, "when it was announced, if before --date");
  add_common(join);
  auto* founded = assert_command->add_subcommand("founded", "ORG was founded by --founders");
  founded->add_option("org", assert_options.subject, "org")->required();
  founded->add_option("--founders", assert_options.founders, "founders, comma-separated")->required()->delimiter(',');
  add_common(founded);
  auto* release = assert_command->add_subcommand("release", "ORG released MODEL");
  release->add_option("org", assert_options.subject, "org")->required();
  release->add_option("model", assert_options.model, "model")->required();
  release->add_flag("--open-weights", assert_options.open_weights, "weights are downloadable");
  release->add_flag("--reasoning", assert_options.reasoning, "a reasoning model");
  add_common(release);
  auto* delay = assert_command->add_subcommand("delay", "ORG delayed MODEL");
  delay->add_option("org", assert_options.subject, "org")->required();
  delay->add_option("model", assert_options.model, "model")->required();
  add_common(delay);

  std::string merge_from, merge_into, merge_kind;
  auto* merge = app.add_subcommand("merge", "two names are one person or org, history included");
  merge->add_option("name", merge_from, "the name to merge away")->required();
  merge->add_option("--into", merge_into, "the name to keep")->required();
  merge->add_option("--kind", merge_kind, "person or org (default: whichever NAME is on record as)")
      ->check(CLI::IsMember({"person", "org"}));

  std::string entities_file;
  auto* extract = app.add_subcommand("extract", "read article JSON Lines on stdin, write the facts each asserts");
  extract->add_option("--entities", entities_file, "entities file to add to the built-in ones");

  RecordingOptions recording;
  std::string articles_file;
  auto* add_articles = app.add_subcommand("add-articles", "record article JSON Lines and the facts they assert");
  add_articles->add_option("file", articles_file, "file to read, or - for standard input");
  add_articles->add_option("--entities", recording.entities_file, "entities file to add to the built-in ones");
  add_articles->add_option("--window", recording.window_days,
                           "days within which a second report of a fact is the same fact (default 180)");
  std::string reextract_since;
  auto* reextract = app.add_subcommand("reextract", "re-read recorded articles with this extractor");
  reextract->add_option("--since", reextract_since, "only articles published on or after this date");
  reextract->add_option("--entities", recording.entities_file, "entities file to add to the built-in ones");
  reextract->add_option("--window", recording.window_days, "as for add-articles");

  double review_below = kDefaultMinConfidence;
  bool review_json = false;
  std::string review_id;
  auto* review = app.add_subcommand("review", "facts below the confidence threshold, to accept or reject");
  review->add_option("--below", review_below, "list facts less certain than this (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  review->add_flag("--json", review_json, "print JSON");
  auto* accept = review->add_subcommand("accept", "confirm a fact: it counts as certain");
  accept->add_option("id", review_id, "event id of the fact")->required();
  auto* reject = review->add_subcommand("reject", "reject a fact: it is retracted");
  reject->add_option("id", review_id, "event id of the fact")->required();

  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::CallForHelp& e) {
    context.out << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      context.out << (e.get_name() == "CallForAllHelp" ? app.help("", CLI::AppFormatMode::All) : app.help());
      return kExitOk;
    }
    // Help for the subcommand that was being parsed, if any.
    context.err << "labwatch: " << e.what() << "\nRun `labwatch --help` or `labwatch COMMAND --help`.\n";
    return kExitUsage;
  }

  if (*roster) return RunRoster(context, db, roster_org, roster_options);
  if (*define) {
    return RunCohortDefine(context, db, define_name, define_org, define_as_of, define_members, define_description,
                           define_source);
  }
  if (*cohort) return RunCohort(context, db, cohort_name, cohort_options);
  if (*landscape) return RunLandscape(context, db, landscape_options);
  if (*person) return RunPerson(context, db, person_name, person_options);
  if (*models) return RunModels(context, db, models_org, models_options);
  if (*events) return RunEvents(context, db, events_options);
  if (*export_command) return RunExport(context, db, export_since);
  if (*import_command) return RunImport(context, db, import_file);
  if (*rebuild) return RunRebuild(context, db, rebuild_name);
  if (*verify) return RunVerify(context, db);
  if (*extract) return RunExtract(context, entities_file);
  if (*accept || *reject) return RunReviewDecision(context, db, static_cast<bool>(*accept), review_id);
  if (*review) return RunReviewList(context, db, review_below, review_json);
  if (*add_articles) return RunAddArticles(context, db, articles_file, recording);
  if (*reextract) return RunReextract(context, db, reextract_since, recording);
  if (*retract) return RunRetract(context, db, retract_id, retract_reason);
  if (*merge) return RunMerge(context, db, merge_from, merge_into, merge_kind);
  for (auto* kind : {departure, join, founded, release, delay})
    if (*kind) return RunAssert(context, db, kind->get_name(), assert_options);
  return Usage(context, "no command given; run `labwatch --help`");
}

}  // namespace labwatch
