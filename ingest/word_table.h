// ingest/word_table.h
//
// A WordTable is a fixed set of words, built at compile time, that answers
// "is this word one of them?" with one hash and, usually, one comparison.
// The English rules ask such questions of nearly every token of every
// sentence ("is the word after the name one of these 45 verbs?"); scanning
// a list costs a comparison per word of it, which for the long lists cost
// more than all the tokenizing.
//
//   static constexpr WordTable kSpeechVerbs{"said", "says", "told"};
//   if (kSpeechVerbs.Contains(word)) ...
//
// Contains(w) is exactly "w equals one of the words" (byte for byte), the
// answer a linear scan of the list gives; duplicates in the list are fine.
// Immutable, so safe to share between threads.

#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace labwatch {

template <size_t N>
class WordTable {
 public:
  template <typename... Words>
  consteval explicit WordTable(const Words&... words) {
    static_assert(sizeof...(Words) == N);
    const std::string_view list[] = {std::string_view(words)...};
    shortest_ = list[0].size();
    for (std::string_view w : list) {
      if (w.size() < shortest_) shortest_ = w.size();
      if (w.size() > longest_) longest_ = w.size();
      size_t slot = Hash(w) & kMask;
      while (slots_[slot].data() != nullptr && slots_[slot] != w) slot = (slot + 1) & kMask;
      slots_[slot] = w;
    }
  }

  constexpr bool Contains(std::string_view w) const {
    if (w.size() < shortest_ || w.size() > longest_) return false;
    for (size_t slot = Hash(w) & kMask;; slot = (slot + 1) & kMask) {
      std::string_view x = slots_[slot];
      if (x.data() == nullptr) return false;  // an empty slot: a word's data is never null
      // The first byte before the rest: memcmp on a length known only at
      // run time is a call.
      if (x.size() == w.size() && (x.empty() || (x[0] == w[0] && x == w))) return true;
    }
  }

 private:
  // At least twice as many slots as words, so that probes end soon.
  static constexpr size_t kSlots = std::bit_ceil(2 * N < 8 ? size_t{8} : 2 * N);
  static constexpr size_t kMask = kSlots - 1;

  // The length and the first, second and last bytes: the words asked about
  // are short and differ there. Only the spread over slots depends on it.
  static constexpr size_t Hash(std::string_view w) {
    if (w.empty()) return 0;
    auto at = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(w[i])); };
    size_t n = w.size();
    uint64_t h = n | at(0) << 8 | at(n - 1) << 16 | at(n > 1 ? 1 : 0) << 24;
    h *= 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> 40);
  }

  std::array<std::string_view, kSlots> slots_{};
  size_t shortest_ = 0;
  size_t longest_ = 0;
};

template <typename... Words>
WordTable(const Words&...) -> WordTable<sizeof...(Words)>;

}  // namespace labwatch
