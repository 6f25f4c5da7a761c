// cli/render.h
//
// Output for people and for programs: aligned text tables (CJK-aware), CSV
// (RFC 4180) for spreadsheets, and the JSON documents whose schema
// docs/cli-json.md fixes. Rendering only: no I/O but the stream it is given.

#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/views.h"

namespace labwatch {

enum class Format { kText, kJson, kCsv };

// A table with a header row. Text output pads every column but the last to
// its widest cell; CSV quotes cells that need it.
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }
  void Print(std::ostream& out, Format format) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// "2023-04", or "2023-04*" when the date is the report's, not a stated one.
std::string DateCell(const std::optional<Date>& date, bool stated);
// The source to show: its URL when known, else its name.
std::string SourceCell(const Provenance& provenance);

nlohmann::json ToJson(const Provenance& provenance);
nlohmann::json ToJson(const RosterRow& row);
nlohmann::json ToJson(const CohortView& view);
nlohmann::json ToJson(const LandscapeView& view);
nlohmann::json ToJson(const ModelRow& row);
nlohmann::json ToJson(const PersonRecord& person, const History& history);

void PrintRoster(const std::vector<RosterRow>& rows, const Date& as_of, Format format, std::ostream& out);
void PrintCohort(const CohortView& view, Format format, std::ostream& out);
void PrintLandscape(const LandscapeView& view, Format format, std::ostream& out);
void PrintModels(const std::vector<ModelRow>& rows, Format format, std::ostream& out);
void PrintPerson(const PersonRecord& person, const History& history, const Date& as_of, Format format,
                 std::ostream& out);

}  // namespace labwatch
