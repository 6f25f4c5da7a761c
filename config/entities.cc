#include "config/entities.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <unordered_set>
#include <utility>

#include <toml++/toml.h>

#include "core/text.h"

namespace labwatch {
namespace {

constexpr std::array<std::string_view, 5> kKindNames = {"lab", "big-tech", "start-up", "investor", "other"};
constexpr std::string_view kKindList = "lab, big-tech, start-up, investor, other";

constexpr std::array<std::string_view, 3> kTopLevelKeys = {"org", "person", "model"};
constexpr std::array<std::string_view, 5> kOrgKeys = {"name", "kind", "unit_of", "aliases", "ambiguous"};
constexpr std::array<std::string_view, 4> kPersonKeys = {"name", "org", "aliases", "ambiguous"};
constexpr std::array<std::string_view, 3> kModelKeys = {"org", "families", "ambiguous"};

// A string from the file and the line it was on.
struct Located {
  std::string text;
  int line = 0;
};

// The entries of one file, decoded but not yet checked against each other
// or against the entities they extend.
struct OrgEntry {
  std::string path;  // "org[2]"
  int line = 0;      // of the [[org]] header
  Located name;
  std::optional<Located> kind;
  std::optional<Located> unit_of;
  std::vector<Located> aliases;
  std::vector<Located> ambiguous;
};

struct PersonEntry {
  std::string path;
  int line = 0;
  Located name;
  std::optional<Located> org;
  std::vector<Located> aliases;
  std::vector<Located> ambiguous;
};

struct ModelEntry {
  std::string path;
  int line = 0;
  Located org;
  std::vector<Located> families;
  std::vector<Located> ambiguous;
};

struct FileEntries {
  std::vector<OrgEntry> orgs;
  std::vector<PersonEntry> people;
  std::vector<ModelEntry> models;
};

int LineOf(const toml::source_region& region) { return static_cast<int>(region.begin.line); }

std::string Join(std::span<const std::string_view> words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Turns the TOML tree of one file into entries, checking only what each
// value must look like on its own: known keys, types, non-empty names.
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  Result<FileEntries> Read(const toml::table& root) const {
    if (auto known = CheckKeys(root, kTopLevelKeys, ""); !known) return tl::unexpected(known.error());
    FileEntries file;
    auto read_all = [&](std::string_view key, auto read_one, auto& out) -> Result<void> {
      const toml::node* node = root.get(key);
      if (node == nullptr) return {};
      const toml::array* array = node->as_array();
      if (array == nullptr) {
        return Fail(LineOf(node->source()),
                    std::string(key) + ": expected an array of tables ([[" + std::string(key) + "]])");
      }
      for (std::size_t i = 0; i < array->size(); ++i) {
        const toml::node& element = *array->get(i);
        std::string path = std::string(key) + "[" + std::to_string(i) + "]";
        const toml::table* table = element.as_table();
        if (table == nullptr) return Fail(LineOf(element.source()), path + ": expected a table");
        auto entry = (this->*read_one)(*table, path);
        if (!entry) return tl::unexpected(entry.error());
        out.push_back(std::move(*entry));
      }
      return {};
    };
    if (auto r = read_all("org", &Reader::ReadOrg, file.orgs); !r) return tl::unexpected(r.error());
    if (auto r = read_all("person", &Reader::ReadPerson, file.people); !r) return tl::unexpected(r.error());
    if (auto r = read_all("model", &Reader::ReadModel, file.models); !r) return tl::unexpected(r.error());
    return file;
  }

 private:
  tl::unexpected<Error> Fail(int line, const std::string& message) const {
    return MakeError(ErrorCode::kInvalidArgument, source_ + ":" + std::to_string(line) + ": " + message);
  }

  static std::string Child(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }

  // Rejects the first (by line) key of `table` not in `allowed`.
  template <std::size_t N>
  Result<void> CheckKeys(const toml::table& table, const std::array<std::string_view, N>& allowed,
                         const std::string& path) const {
    const toml::key* unknown = nullptr;
    for (auto&& [key, node] : table) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      if (unknown == nullptr || LineOf(key.source()) < LineOf(unknown->source())) unknown = &key;
    }
    if (unknown == nullptr) return {};
    return Fail(LineOf(unknown->source()),
                Child(path, unknown->str()) + ": unknown key; expected one of " + Join(allowed));
  }

  // A string that names something: FoldKey must leave something of it.
  Result<Located> ReadName(const toml::node& node, const std::string& path) const {
    const toml::value<std::string>* value = node.as_string();
    if (value == nullptr) return Fail(LineOf(node.source()), path + ": expected a string");
    if (FoldKey(value->get()).empty()) return Fail(LineOf(node.source()), path + ": empty");
    return Located{value->get(), LineOf(node.source())};
  }

  Result<std::optional<Located>> ReadOptionalName(const toml::table& table, std::string_view key,
                                                  const std::string& path) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) return std::optional<Located>();
    auto name = ReadName(*node, Child(path, key));
    if (!name) return tl::unexpected(name.error());
    return std::optional<Located>(std::move(*name));
  }

  Result<std::vector<Located>> ReadNames(const toml::table& table, std::string_view key,
                                         const std::string& path) const {
    std::vector<Located> names;
    const toml::node* node = table.get(key);
    if (node == nullptr) return names;
    const toml::array* array = node->as_array();
    if (array == nullptr) return Fail(LineOf(node->source()), Child(path, key) + ": expected an array of strings");
    for (std::size_t i = 0; i < array->size(); ++i) {
      auto name = ReadName(*array->get(i), Child(path, key) + "[" + std::to_string(i) + "]");
      if (!name) return tl::unexpected(name.error());
      names.push_back(std::move(*name));
    }
    return names;
  }

  Result<OrgEntry> ReadOrg(const toml::table& table, const std::string& path) const {
    if (auto known = CheckKeys(table, kOrgKeys, path); !known) return tl::unexpected(known.error());
    OrgEntry entry;
    entry.path = path;
    entry.line = LineOf(table.source());
    auto name = ReadOptionalName(table, "name", path);
    if (!name) return tl::unexpected(name.error());
    if (!*name) return Fail(entry.line, path + ": missing name");
    entry.name = std::move(**name);
    auto kind = ReadOptionalName(table, "kind", path);
    if (!kind) return tl::unexpected(kind.error());
    if (*kind && std::find(kKindNames.begin(), kKindNames.end(), (*kind)->text) == kKindNames.end()) {
      return Fail((*kind)->line, Child(path, "kind") + ": expected one of " + std::string(kKindList));
    }
    entry.kind = std::move(*kind);
    auto unit_of = ReadOptionalName(table, "unit_of", path);
    if (!unit_of) return tl::unexpected(unit_of.error());
    entry.unit_of = std::move(*unit_of);
    auto aliases = ReadNames(table, "aliases", path);
    if (!aliases) return tl::unexpected(aliases.error());
    entry.aliases = std::move(*aliases);
    auto ambiguous = ReadNames(table, "ambiguous", path);
    if (!ambiguous) return tl::unexpected(ambiguous.error());
    entry.ambiguous = std::move(*ambiguous);
    return entry;
  }

  Result<PersonEntry> ReadPerson(const toml::table& table, const std::string& path) const {
    if (auto known = CheckKeys(table, kPersonKeys, path); !known) return tl::unexpected(known.error());
    PersonEntry entry;
    entry.path = path;
    entry.line = LineOf(table.source());
    auto name = ReadOptionalName(table, "name", path);
    if (!name) return tl::unexpected(name.error());
    if (!*name) return Fail(entry.line, path + ": missing name");
    entry.name = std::move(**name);
    auto org = ReadOptionalName(table, "org", path);
    if (!org) return tl::unexpected(org.error());
    entry.org = std::move(*org);
    auto aliases = ReadNames(table, "aliases", path);
    if (!aliases) return tl::unexpected(aliases.error());
    entry.aliases = std::move(*aliases);
    auto ambiguous = ReadNames(table, "ambiguous", path);
    if (!ambiguous) return tl::unexpected(ambiguous.error());
    entry.ambiguous = std::move(*ambiguous);
    return entry;
  }

  Result<ModelEntry> ReadModel(const toml::table& table, const std::string& path) const {
    if (auto known = CheckKeys(table, kModelKeys, path); !known) return tl::unexpected(known.error());
    ModelEntry entry;
    entry.path = path;
    entry.line = LineOf(table.source());
    auto org = ReadOptionalName(table, "org", path);
    if (!org) return tl::unexpected(org.error());
    if (!*org) return Fail(entry.line, path + ": missing org");
    entry.org = std::move(**org);
    auto families = ReadNames(table, "families", path);
    if (!families) return tl::unexpected(families.error());
    entry.families = std::move(*families);
    auto ambiguous = ReadNames(table, "ambiguous", path);
    if (!ambiguous) return tl::unexpected(ambiguous.error());
    entry.ambiguous = std::move(*ambiguous);
    return entry;
  }

  std::string source_;
};

// Length of the UTF-8 sequence that starts with `lead`; 1 for a stray byte,
// so that matching always makes progress.
std::size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

std::size_t NextCodePoint(std::string_view text, std::size_t at) {
  return std::min(text.size(), at + SequenceLength(static_cast<unsigned char>(text[at])));
}

// Glob match of folded strings. `*` remembers only the latest star and
// retries from one code point further on a mismatch, which is enough for
// globs (no star needs to give back what a later star took) and keeps the
// match linear in practice.
bool GlobMatch(std::string_view pattern, std::string_view text) {
  constexpr std::size_t kNone = std::string_view::npos;
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = kNone;
  std::size_t star_text = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = ++p;
      star_text = t;
    } else if (p < pattern.size() && pattern[p] == '?') {
      ++p;
      t = NextCodePoint(text, t);
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != kNone) {
      p = star;
      star_text = NextCodePoint(text, star_text);
      t = star_text;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// Code points of `pattern` that are not wildcards: how specific it is.
std::size_t LiteralLength(std::string_view pattern) {
  std::size_t length = 0;
  for (std::size_t i = 0; i < pattern.size(); i = NextCodePoint(pattern, i)) {
    if (pattern[i] != '*' && pattern[i] != '?') ++length;
  }
  return length;
}

}  // namespace

// Applies one file's entries to a vocabulary, checking every reference and
// every name against what is already there.
class EntitiesBuilder {
 public:
  EntitiesBuilder(Entities base, std::string_view source) : entities_(std::move(base)), source_(source) {}

  Result<Entities> Apply(const FileEntries& file) {
    // Orgs first, all of them, so that unit_of, a person's org and a model
    // family's org may name an org that comes later in the file.
    std::vector<std::size_t> org_indexes;
    for (const OrgEntry& entry : file.orgs) {
      auto index = AddOrg(entry);
      if (!index) return tl::unexpected(index.error());
      org_indexes.push_back(*index);
    }
    for (std::size_t i = 0; i < file.orgs.size(); ++i) {
      if (auto set = SetUnitOf(file.orgs[i], org_indexes[i]); !set) return tl::unexpected(set.error());
    }
    for (std::size_t i = 0; i < file.orgs.size(); ++i) {
      if (auto acyclic = CheckUnitCycle(file.orgs[i], org_indexes[i]); !acyclic) return tl::unexpected(acyclic.error());
    }
    for (const PersonEntry& entry : file.people) {
      if (auto added = AddPerson(entry); !added) return tl::unexpected(added.error());
    }
    for (const ModelEntry& entry : file.models) {
      if (auto added = AddModels(entry); !added) return tl::unexpected(added.error());
    }
    return std::move(entities_);
  }

 private:
  tl::unexpected<Error> Fail(int line, const std::string& message) const {
    return MakeError(ErrorCode::kInvalidArgument, Origin(line) + ": " + message);
  }

  std::string Origin(int line) const { return source_ + ":" + std::to_string(line); }

  static std::string_view TypeName(EntityType type) { return type == EntityType::kOrg ? "org" : "person"; }

  // `org "Meta"`, `person "Yann LeCun"`: how messages name an entity.
  std::string Describe(EntityType type, std::size_t index) const {
    const std::string& name = type == EntityType::kOrg ? entities_.orgs_[index].name : entities_.people_[index].name;
    return std::string(TypeName(type)) + " " + Quoted(name);
  }

  std::vector<EntityAlias>& AliasesOf(EntityType type, std::size_t index) {
    return type == EntityType::kOrg ? entities_.orgs_[index].aliases : entities_.people_[index].aliases;
  }

  // Finds the entity an entry named `name` is about: an existing one whose
  // canonical name folds like `name` (the entry extends it), or none (the
  // entry is new). `defined` holds the entities this file already defined
  // or extended, since one file may say each entity only once.
  Result<std::optional<std::size_t>> FindExisting(EntityType type, const Located& name,
                                                  const std::unordered_map<std::size_t, int>& defined) const {
    auto it = entities_.names_.find(FoldKey(name.text));
    if (it == entities_.names_.end()) return std::optional<std::size_t>();
    const Entities::Ref& ref = it->second;
    const std::string& canonical =
        ref.type == EntityType::kOrg ? entities_.orgs_[ref.index].name : entities_.people_[ref.index].name;
    if (ref.type != type || FoldKey(canonical) != it->first) {
      std::string message = std::string(TypeName(type)) + " " + Quoted(name.text) + ": " + Quoted(name.text) +
                            " is already a name of " + Describe(ref.type, ref.index) + " (" + ref.origin + ")";
      if (ref.type == type && !defined.contains(ref.index)) {
        message += "; to extend it, use its name " + Quoted(canonical);
      }
      return Fail(name.line, message);
    }
    if (auto seen = defined.find(ref.index); seen != defined.end()) {
      return Fail(name.line, Describe(type, ref.index) + " is defined twice (" + Origin(seen->second) + ")");
    }
    return std::optional<std::size_t>(ref.index);
  }

  // Gives the name `name` to the entity. A new spelling of a name it
  // already has ("Timothee" beside "Timothée") is kept too, for matchers
  // that see raw text, and needs context if that name does. A name of
  // another entity is an error naming both lines.
  Result<void> AddName(EntityType type, std::size_t index, const Located& name) {
    std::string key = FoldKey(name.text);
    auto it = entities_.names_.find(key);
    if (it != entities_.names_.end()) {
      if (it->second.type == type && it->second.index == index) {
        std::vector<EntityAlias>& aliases = AliasesOf(type, index);
        bool needs_context = false;
        for (const EntityAlias& alias : aliases) {
          if (alias.text == name.text) return {};
          if (FoldKey(alias.text) == key) needs_context = needs_context || alias.needs_context;
        }
        aliases.push_back(EntityAlias{name.text, needs_context});
        return {};
      }
      return Fail(name.line, Describe(type, index) + ": alias " + Quoted(name.text) + " is already a name of " +
                                 Describe(it->second.type, it->second.index) + " (" + it->second.origin + ")");
    }
    entities_.names_.emplace(std::move(key), Entities::Ref{type, index, Origin(name.line)});
    AliasesOf(type, index).push_back(EntityAlias{name.text, false});
    return {};
  }

  Result<void> MarkAmbiguous(EntityType type, std::size_t index, const std::vector<Located>& ambiguous) {
    for (const Located& name : ambiguous) {
      std::string key = FoldKey(name.text);
      bool found = false;
      for (EntityAlias& alias : AliasesOf(type, index)) {
        if (FoldKey(alias.text) != key) continue;
        alias.needs_context = true;
        found = true;
      }
      if (!found) {
        return Fail(name.line, Describe(type, index) + ": ambiguous " + Quoted(name.text) + " is not one of its names");
      }
    }
    return {};
  }

  // Resolves a reference to an org by any of its names.
  Result<std::size_t> ResolveOrg(const Located& reference, const std::string& who, std::string_view key) const {
    auto it = entities_.names_.find(FoldKey(reference.text));
    if (it == entities_.names_.end() || it->second.type != EntityType::kOrg) {
      return Fail(reference.line, who + ": " + std::string(key) + " " + Quoted(reference.text) + " is not a known org");
    }
    return it->second.index;
  }

  Result<std::size_t> AddOrg(const OrgEntry& entry) {
    auto existing = FindExisting(EntityType::kOrg, entry.name, org_lines_);
    if (!existing) return tl::unexpected(existing.error());
    std::size_t index;
    if (*existing) {
      index = **existing;
    } else {
      if (!entry.kind) {
        return Fail(entry.line,
                    "org " + Quoted(entry.name.text) + ": missing kind; expected one of " + std::string(kKindList));
      }
      index = entities_.orgs_.size();
      entities_.orgs_.push_back(Org{entry.name.text, OrgKind::kOther, "", {}});
      if (auto added = AddName(EntityType::kOrg, index, entry.name); !added) return tl::unexpected(added.error());
    }
    org_lines_[index] = entry.name.line;
    if (entry.kind) {
      auto kind = std::find(kKindNames.begin(), kKindNames.end(), entry.kind->text);
      entities_.orgs_[index].kind = static_cast<OrgKind>(kind - kKindNames.begin());
    }
    for (const Located& alias : entry.aliases) {
      if (auto added = AddName(EntityType::kOrg, index, alias); !added) return tl::unexpected(added.error());
    }
    if (auto marked = MarkAmbiguous(EntityType::kOrg, index, entry.ambiguous); !marked) {
      return tl::unexpected(marked.error());
    }
    return index;
  }

  Result<void> SetUnitOf(const OrgEntry& entry, std::size_t index) {
    if (!entry.unit_of) return {};
    auto parent = ResolveOrg(*entry.unit_of, Describe(EntityType::kOrg, index), "unit_of");
    if (!parent) return tl::unexpected(parent.error());
    entities_.orgs_[index].unit_of = entities_.orgs_[*parent].name;
    return {};
  }

  // The vocabulary this file extends had no cycle, so any cycle now runs
  // through an org whose unit_of this file set, and is reported there.
  Result<void> CheckUnitCycle(const OrgEntry& entry, std::size_t index) const {
    if (!entry.unit_of) return {};
    std::vector<std::size_t> chain = {index};
    std::unordered_set<std::size_t> seen = {index};
    std::size_t current = index;
    while (!entities_.orgs_[current].unit_of.empty()) {
      current = entities_.names_.at(FoldKey(entities_.orgs_[current].unit_of)).index;
      chain.push_back(current);
      if (current == index) {
        std::string path;
        for (std::size_t link : chain) path += (path.empty() ? "" : " -> ") + entities_.orgs_[link].name;
        return Fail(entry.unit_of->line, Describe(EntityType::kOrg, index) + ": unit_of " +
                                             Quoted(entry.unit_of->text) + " makes a cycle: " + path);
      }
      if (!seen.insert(current).second) break;  // a cycle further up, reported by its own entry
    }
    return {};
  }

  Result<void> AddPerson(const PersonEntry& entry) {
    auto existing = FindExisting(EntityType::kPerson, entry.name, person_lines_);
    if (!existing) return tl::unexpected(existing.error());
    std::size_t index;
    if (*existing) {
      index = **existing;
    } else {
      index = entities_.people_.size();
      entities_.people_.push_back(Person{entry.name.text, "", {}});
      if (auto added = AddName(EntityType::kPerson, index, entry.name); !added) return tl::unexpected(added.error());
    }
    person_lines_[index] = entry.name.line;
    if (entry.org) {
      auto org = ResolveOrg(*entry.org, Describe(EntityType::kPerson, index), "org");
      if (!org) return tl::unexpected(org.error());
      entities_.people_[index].org = entities_.orgs_[*org].name;
    }
    for (const Located& alias : entry.aliases) {
      if (auto added = AddName(EntityType::kPerson, index, alias); !added) return tl::unexpected(added.error());
    }
    return MarkAmbiguous(EntityType::kPerson, index, entry.ambiguous);
  }

  Result<void> AddModels(const ModelEntry& entry) {
    auto org = ResolveOrg(entry.org, entry.path, "org");
    if (!org) return tl::unexpected(org.error());
    const std::string& org_name = entities_.orgs_[*org].name;
    for (const Located& family : entry.families) {
      std::string key = FoldKey(family.text);
      auto it = entities_.patterns_.find(key);
      if (it != entities_.patterns_.end()) {
        const ModelFamily& other = entities_.models_[it->second.index];
        if (other.org == org_name) continue;
        return Fail(family.line, "model family " + Quoted(family.text) + " of org " + Quoted(org_name) +
                                     " is already a family of org " + Quoted(other.org) + " (" + it->second.origin +
                                     ")");
      }
      entities_.patterns_.emplace(key, Entities::PatternOrigin{entities_.models_.size(), Origin(family.line)});
      entities_.models_.push_back(ModelFamily{family.text, org_name, false});
      entities_.model_keys_.push_back(std::move(key));
    }
    for (const Located& family : entry.ambiguous) {
      auto it = entities_.patterns_.find(FoldKey(family.text));
      if (it == entities_.patterns_.end() || entities_.models_[it->second.index].org != org_name) {
        return Fail(family.line, entry.path + ": ambiguous " + Quoted(family.text) + " is not a model family of org " +
                                     Quoted(org_name));
      }
      entities_.models_[it->second.index].needs_context = true;
    }
    return {};
  }

  Entities entities_;
  std::string source_;
  // The line where this file names each org and person it defines or
  // extends, by index.
  std::unordered_map<std::size_t, int> org_lines_;
  std::unordered_map<std::size_t, int> person_lines_;
};

std::string_view OrgKindName(OrgKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

const Org* Entities::FindOrg(std::string_view name) const {
  auto it = names_.find(FoldKey(name));
  if (it == names_.end() || it->second.type != EntityType::kOrg) return nullptr;
  return &orgs_[it->second.index];
}

const Person* Entities::FindPerson(std::string_view name) const {
  auto it = names_.find(FoldKey(name));
  if (it == names_.end() || it->second.type != EntityType::kPerson) return nullptr;
  return &people_[it->second.index];
}

const Org* Entities::CompanyOf(std::string_view name) const {
  const Org* org = FindOrg(name);
  // Parsing rejects cycles; the bound only keeps a bug from hanging here.
  for (std::size_t steps = 0; org != nullptr && !org->unit_of.empty() && steps < orgs_.size(); ++steps) {
    org = FindOrg(org->unit_of);
  }
  return org;
}

const ModelFamily* Entities::FindModelFamily(std::string_view model_name) const {
  std::string key = FoldKey(model_name);
  const ModelFamily* best = nullptr;
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < models_.size(); ++i) {
    if (!GlobMatch(model_keys_[i], key)) continue;
    std::size_t length = LiteralLength(model_keys_[i]);
    if (best == nullptr || length > best_length) {
      best = &models_[i];
      best_length = length;
    }
  }
  return best;
}

const Org* Entities::OrgForModel(std::string_view model_name) const {
  const ModelFamily* family = FindModelFamily(model_name);
  return family == nullptr ? nullptr : FindOrg(family->org);
}

std::vector<AliasEntry> Entities::Aliases() const {
  std::vector<AliasEntry> entries;
  for (const Org& org : orgs_) {
    for (const EntityAlias& alias : org.aliases) {
      entries.push_back(AliasEntry{alias.text, EntityType::kOrg, org.name, alias.needs_context});
    }
  }
  for (const Person& person : people_) {
    for (const EntityAlias& alias : person.aliases) {
      entries.push_back(AliasEntry{alias.text, EntityType::kPerson, person.name, alias.needs_context});
    }
  }
  return entries;
}

Result<Entities> ParseEntities(std::string_view toml, std::string_view source_name) {
  return MergeEntities(Entities(), toml, source_name);
}

Result<Entities> MergeEntities(Entities base, std::string_view toml, std::string_view source_name) {
  // toml++ reports syntax errors by throwing; they are expected (a user's
  // typo), so they leave here as an Error.
  toml::table root;
  try {
    root = toml::parse(toml, source_name);
  } catch (const toml::parse_error& error) {
    return MakeError(ErrorCode::kInvalidArgument, std::string(source_name) + ":" +
                                                      std::to_string(LineOf(error.source())) + ": " +
                                                      std::string(error.description()));
  }
  auto file = Reader(source_name).Read(root);
  if (!file) return tl::unexpected(file.error());
  return EntitiesBuilder(std::move(base), source_name).Apply(*file);
}

Result<Entities> DefaultEntities() { return ParseEntities(DefaultEntitiesToml(), "entities.toml"); }

}  // namespace labwatch
