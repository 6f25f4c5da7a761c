#include "core/atom.h"

#include <absl/container/flat_hash_map.h>
#include <absl/container/node_hash_set.h>

#include <mutex>

namespace labwatch {

const std::string* Atom::Intern(std::string_view text) {
  if (text.empty()) return nullptr;
  // Each thread remembers what it has interned, so the lock is taken once
  // per thread and text; the keys view the pool's own strings.
  thread_local absl::flat_hash_map<std::string_view, const std::string*> seen;
  if (auto it = seen.find(text); it != seen.end()) return it->second;
  static std::mutex mutex;
  static auto* pool = new absl::node_hash_set<std::string>();  // never freed: atoms outlive static destructors
  const std::string* interned;
  {
    std::lock_guard lock(mutex);
    interned = &*pool->emplace(text).first;
  }
  seen.emplace(*interned, interned);
  return interned;
}

const std::string& Atom::Empty() {
  static const std::string empty;
  return empty;
}

}  // namespace labwatch
