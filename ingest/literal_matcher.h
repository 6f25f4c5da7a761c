// ingest/literal_matcher.h
//
// Finds every occurrence of many literal strings in one pass (Hyperscan), so
// matching cost does not grow with the number of names. Literals and text
// are folded (ingest/fold.h) by the caller.
//
// Build once; Scan is thread-safe (each thread keeps its own scratch).

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace labwatch {

class LiteralMatcher {
 public:
  ~LiteralMatcher();
  LiteralMatcher(LiteralMatcher&&) noexcept;
  LiteralMatcher& operator=(LiteralMatcher&&) noexcept;

  // Compiles `literals`; a literal's id is its index. Empty literals are
  // ignored. kInvalidArgument if Hyperscan refuses them.
  static Result<LiteralMatcher> Build(const std::vector<std::string>& literals);

  // Calls `match(id, start, end)` for every occurrence, ordered by end.
  void Scan(std::string_view text,
            const std::function<void(std::uint32_t, size_t, size_t)>& match) const;

  // The same while `match` returns true; false if it returned false, after
  // which no more occurrences are reported.
  bool ScanWhile(std::string_view text,
                 const std::function<bool(std::uint32_t, size_t, size_t)>& match) const;

  size_t size() const { return lengths_.size(); }

 private:
  LiteralMatcher() = default;

  struct Database;
  std::unique_ptr<Database> database_;
  std::vector<std::uint32_t> lengths_;
};

}  // namespace labwatch
