// ingest/literal_matcher.h
//
// Finds every occurrence of many literal strings in one pass (Hyperscan), so
// matching cost does not grow with the number of names. Literals and text
// are folded (ingest/fold.h) by the caller.
//
// Build once; Scan is thread-safe (each thread keeps its own scratch).

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
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
  // A template, not a std::function: scans are made for every article and
  // title, and a std::function of a lambda capturing more than two
  // references was an allocation each time, and an indirect call more for
  // each occurrence.
  template <typename Match>
  void Scan(std::string_view text, Match&& match) const {
    ScanWith(text, &Call<std::remove_reference_t<Match>, false>, Address(match));
  }

  // The same while `match` returns true; false if it returned false, after
  // which no more occurrences are reported.
  template <typename Match>
  bool ScanWhile(std::string_view text, Match&& match) const {
    return ScanWith(text, &Call<std::remove_reference_t<Match>, true>, Address(match));
  }

  size_t size() const { return lengths_.size(); }

 private:
  LiteralMatcher() = default;

  // Calls `match` (a Match) for an occurrence; whether to go on.
  using Callback = bool (*)(void* match, std::uint32_t id, size_t start, size_t end);
  template <typename Match, bool kAsks>
  static bool Call(void* match, std::uint32_t id, size_t start, size_t end) {
    if constexpr (kAsks) {
      return static_cast<bool>((*static_cast<Match*>(match))(id, start, end));
    } else {
      (*static_cast<Match*>(match))(id, start, end);
      return true;
    }
  }
  template <typename Match>
  static void* Address(Match& match) {
    return const_cast<void*>(static_cast<const void*>(std::addressof(match)));
  }
  // Scans `text`, calling `callback(match, ...)` for each occurrence while
  // it returns true; false if it returned false.
  bool ScanWith(std::string_view text, Callback callback, void* match) const;

  struct Database;
  std::unique_ptr<Database> database_;
  std::vector<std::uint32_t> lengths_;
};

}  // namespace labwatch
