// ingest/gazetteer.h
//
// The names the extractor knows: org and person aliases and model family
// prefixes, each with its canonical name, matched in one Hyperscan pass over
// folded text (ingest/fold.h), so adding 10,000 names costs matching time
// nothing measurable. Built from the entity configuration
// (config/entities.h) by MakeGazetteer.
//
// Immutable after Build; Find and Lookup are thread-safe.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "ingest/literal_matcher.h"

namespace labwatch {

enum class NameKind { kOrg, kPerson, kModel };

struct NameEntry {
  std::string alias;      // as configured
  NameKind kind = NameKind::kOrg;
  std::string canonical;  // the entity's name
  std::string company;    // orgs: the company a unit rolls up to ("" = itself); models: the org
  bool needs_context = false;  // a common word too ("Apple", "Claude", "o1"): only counts in context
};

class Gazetteer {
 public:
  // kInvalidArgument if the names cannot be compiled.
  static Result<Gazetteer> Build(std::vector<NameEntry> entries);

  struct Match {
    const NameEntry* entry;
    size_t start;  // byte offsets in the text given to Find
    size_t end;
  };

  // The longest matches that do not overlap, start and end at word
  // boundaries (and do not cut a katakana word), in text order.
  std::vector<Match> Find(std::string_view text) const;

  // The entry whose alias folds like `name`; nullptr if none.
  const NameEntry* Lookup(std::string_view name) const;
  // Lookup for a name already folded: `key` is FoldKey(name).
  const NameEntry* LookupKey(const std::string& key) const;

  size_t size() const { return entries_.size(); }

 private:
  Gazetteer() = default;

  std::vector<NameEntry> entries_;
  std::unordered_map<std::string, size_t> by_key_;  // FoldKey(alias) -> entry
  std::shared_ptr<LiteralMatcher> matcher_;  // every alias
  // A one-byte alias (the org "H") occurs in nearly every English word
  // with that letter, and Hyperscan reporting each occurrence was most of
  // its scan. Such aliases are found apart (`single_`: entry index and
  // folded byte), and `others_` has every other alias (ids unchanged);
  // `others_` is `matcher_` when there are none.
  struct SingleByte {
    std::uint32_t id;
    char byte;
  };
  std::vector<SingleByte> single_;
  std::shared_ptr<LiteralMatcher> others_;
  std::vector<bool> shares_alias_;  // of each entry: another folds its alias alike
};

struct FoldedText;

// The folded bytes at which a one-byte alias `byte` (ASCII) may match: each
// occurrence of `byte` but those after or before an ASCII letter, digit or
// '_' of the same ASCII run, which continue a word (Find's first two
// tests). Not in text order. Exposed for tests.
std::vector<size_t> SingleByteCandidates(const FoldedText& folded, char byte);

class Entities;

// The names of `entities`: every org and person alias, and each model
// family's literal prefix ("Llama*" -> "Llama"; "o3" as it is).
std::vector<NameEntry> GazetteerEntries(const Entities& entities);

// Gazetteer::Build(GazetteerEntries(entities)).
Result<Gazetteer> MakeGazetteer(const Entities& entities);

}  // namespace labwatch
