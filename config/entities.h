// config/entities.h
//
// The entity vocabulary the event extractor matches against: organisations
// (with the units that roll up to a company), people, and the model families
// each organisation ships. It is read from TOML text (docs/entities.md is
// the format's spec): the default file, config/entities.toml, is compiled
// into the binary, and a user's file is merged on top of it.
//
// Every name an entity goes by (its canonical name and its aliases, in any
// script) is matched by FoldKey() (core/text.h), so case, accents and width
// never matter; scripts do, which is why "メタ" is listed as an alias of
// Meta. A fold key names at most one entity, org or person. Names that are
// also common words ("Apple", "Meta", "FAIR") are marked as needing context:
// the extractor should count them only near other evidence.
//
// Parsing is pure: no file is opened, nothing is logged. Errors are
// kInvalidArgument and name the source, the line and the key:
//   entities.toml:12: org "FAIR": unit_of "Metta" is not a known org
//
// An Entities is an immutable value once built: safe to copy, and safe to
// read from any number of threads. Pointers it returns stay valid while it
// lives.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"

namespace labwatch {

// What kind of organisation an org is. The TOML spellings are the names
// OrgKindName returns.
enum class OrgKind {
  kLab,       // "lab": a research lab, or a company whose product is models
  kBigTech,   // "big-tech"
  kStartUp,   // "start-up"
  kInvestor,  // "investor"
  kOther,     // "other": universities, institutes, anything else
};

// Returns "lab", "big-tech", "start-up", "investor" or "other".
std::string_view OrgKindName(OrgKind kind);

// One name of an entity, as written in the file.
struct EntityAlias {
  std::string text;
  bool needs_context = false;  // a common word: count it only in context
};

struct Org {
  std::string name;  // canonical
  OrgKind kind = OrgKind::kOther;
  // The canonical name of the org this one is a unit of ("Meta" for
  // "FAIR"); empty for a company. Units may nest; CompanyOf follows them.
  std::string unit_of;
  // Every name, the canonical one first, each spelling once. Spellings
  // that fold alike ("Timothée", "Timothee") are all kept, for matchers
  // that work on raw text, and need context alike.
  std::vector<EntityAlias> aliases;
};

struct Person {
  std::string name;  // canonical
  // Canonical name of the org the person is best known for, or empty. A
  // hint for the extractor, not a fact about where they work now.
  std::string org;
  std::vector<EntityAlias> aliases;  // as in Org
};

// A family of model names, as a glob: `*` matches any run of characters,
// `?` any one character, anything else itself. Matching folds both sides
// with FoldKey, so "Llama*" also matches "LLaMA-2" and "llama 3.1".
struct ModelFamily {
  std::string pattern;  // as written: "Llama*"
  std::string org;      // canonical name of the org that ships it
  bool needs_context = false;
};

enum class EntityType { kOrg, kPerson };

// One entry of Entities::Aliases(): a name the extractor should look for.
struct AliasEntry {
  std::string text;  // as written: "Facebook", "メタ"
  EntityType type;
  std::string canonical;  // the org's or person's canonical name
  bool needs_context;
};

class Entities {
 public:
  // An empty vocabulary; ParseEntities fills one.
  Entities() = default;

  // The org or person `name` (any of its aliases, folded) names, or
  // nullptr. An org name gives nullptr from FindPerson and vice versa.
  const Org* FindOrg(std::string_view name) const;
  const Person* FindPerson(std::string_view name) const;

  // The company the org `name` rolls up to, following unit_of to the top:
  // "FAIR" and "Meta Superintelligence Labs" give Meta; "Meta" gives Meta.
  // nullptr if `name` is not an org.
  const Org* CompanyOf(std::string_view name) const;

  // The family `model_name` belongs to, or nullptr. When several families
  // match, the one whose pattern has the most literal (non-wildcard)
  // characters wins ("GPT-J*" over "GPT-*"), then the one listed first.
  // Tries every family: fine for the few hundred a vocabulary has.
  const ModelFamily* FindModelFamily(std::string_view model_name) const;
  // The org that ships `model_name` (FindModelFamily's org), or nullptr.
  const Org* OrgForModel(std::string_view model_name) const;

  // Every name of every org, then of every person, canonical names
  // included, in file order: what the extractor compiles into its matcher.
  std::vector<AliasEntry> Aliases() const;

  const std::vector<Org>& Orgs() const { return orgs_; }
  const std::vector<Person>& People() const { return people_; }
  const std::vector<ModelFamily>& ModelFamilies() const { return models_; }

 private:
  friend class EntitiesBuilder;  // config/entities.cc

  struct Ref {
    EntityType type;
    std::size_t index;   // into orgs_ or people_
    std::string origin;  // "entities.toml:12", where the name was given
  };
  struct PatternOrigin {
    std::size_t index;  // into models_
    std::string origin;
  };

  std::vector<Org> orgs_;
  std::vector<Person> people_;
  std::vector<ModelFamily> models_;
  std::vector<std::string> model_keys_;                      // FoldKey of each pattern
  std::unordered_map<std::string, Ref> names_;               // fold key -> entity
  std::unordered_map<std::string, PatternOrigin> patterns_;  // fold key
};

// Parses an entities file. `source_name` ("entities.toml",
// "/etc/labwatch/entities.toml") only labels error messages. Every
// reference (unit_of, a person's org, a model family's org) must name an org
// in the same text. Rejects, with kInvalidArgument: TOML syntax errors,
// unknown keys, values of the wrong type, an unknown kind, a missing name
// or kind, an entity defined twice, one fold key given to two entities
// (naming both lines), unknown or cyclic unit_of, an `ambiguous` entry that
// is not one of the entity's names, a pattern claimed by two orgs.
Result<Entities> ParseEntities(std::string_view toml, std::string_view source_name);

// Returns `base` extended by the entities file `toml`, the way a user's file
// extends the defaults: an entry whose name is an existing entity's
// canonical name extends it (its aliases and ambiguous names are added; a
// kind, unit_of or org it gives replaces the old one); any other entry is a
// new entity. [[model]] entries add families to the org they name. Nothing
// can be removed. References may name entities of `base`. The errors are ParseEntities's, and a name already given to
// another entity names both sources ("user.toml:4: ... (entities.toml:7)").
// On error nothing of `toml` is applied (`base` is taken by value).
Result<Entities> MergeEntities(Entities base, std::string_view toml, std::string_view source_name);

// The text of config/entities.toml as shipped, compiled into the binary.
std::string_view DefaultEntitiesToml();

// ParseEntities(DefaultEntitiesToml(), "entities.toml"), parsed anew on each
// call (a millisecond or two): keep the result. It fails only if the shipped
// file is broken, which the tests rule out.
Result<Entities> DefaultEntities();

}  // namespace labwatch
