// ingest/word_table.h
//
// A WordTable is a fixed set of words, built at compile time, that answers
// "is this word one of them?" with one hash and, usually, one comparison;
// a word in none of them, as most are, is turned away by one bit of a
// filter, before any comparison.
// The English rules ask such questions of nearly every token of every
// sentence ("is the word after the name one of these 45 verbs?"); scanning
// a list costs a comparison per word of it, which for the long lists cost
// more than all the tokenizing.
//
//   static constexpr WordTable kSpeechVerbs{"said", "says", "told"};
//   if (kSpeechVerbs.Contains(word)) ...
//
// UnionOf(a, b, ...) makes one table of several, to ask "is it one of
// any of these?" with one lookup.
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
    for (std::string_view w : {std::string_view(words)...}) Add(w);
  }
  // The words of a list kept as an array for other uses too.
  consteval explicit WordTable(const std::string_view (&words)[N]) {
    for (std::string_view w : words) Add(w);
  }

  constexpr bool Contains(std::string_view w) const { return SlotOf(w) != kAbsent; }

 private:
  template <size_t M>
  friend class WordTable;
  template <size_t... Ns>
  friend class WordFlags;

  static constexpr size_t kAbsent = SIZE_MAX;

  // Contains(w) for a table built at compile time: GCC 12 rejects Contains
  // here on some constants ("modification of ... is not a constant
  // expression"), as it does a range-for (see AddAll).
  consteval bool Lists(std::string_view w) const {
    for (size_t i = 0; i < slots_.size(); ++i)
      if (slots_[i].data() != nullptr && slots_[i] == w) return true;
    return false;
  }

  // The slot holding w, else kAbsent.
  constexpr size_t SlotOf(std::string_view w) const {
    if (w.size() < shortest_ || w.size() > longest_) return kAbsent;
    size_t hash = Hash(w);
    // Most words asked about are in no table: one bit, in a filter small
    // enough to stay in cache, turns away nearly all of them before a slot
    // is read.
    if ((filter_[(hash / 64) % kFilterWords] >> (hash % 64) & 1) == 0) return kAbsent;
    for (size_t slot = hash & kMask;; slot = (slot + 1) & kMask) {
      std::string_view x = slots_[slot];
      if (x.data() == nullptr) return kAbsent;  // an empty slot: a word's data is never null
      // Byte by byte, not by memcmp: on a length known only at run time it
      // is a call, which cost more than comparing the few bytes of a word.
      if (x.size() == w.size() && SameBytes(x, w)) return slot;
    }
  }
  template <size_t... Ns>
  friend consteval WordTable<(Ns + ...)> UnionOf(const WordTable<Ns>&... tables);

  consteval WordTable() = default;
  consteval void Add(std::string_view w) {
    if (w.size() < shortest_) shortest_ = w.size();
    if (w.size() > longest_) longest_ = w.size();
    size_t hash = Hash(w);
    filter_[(hash / 64) % kFilterWords] |= uint64_t{1} << (hash % 64);
    size_t slot = hash & kMask;
    while (slots_[slot].data() != nullptr && slots_[slot] != w) slot = (slot + 1) & kMask;
    slots_[slot] = w;
  }
  template <size_t M>
  consteval void AddAll(const WordTable<M>& table) {
    // Indexed: GCC 12 rejects a range-for over another constant's slots here
    // ("modification of ... is not a constant expression").
    for (size_t i = 0; i < table.slots_.size(); ++i)
      if (table.slots_[i].data() != nullptr) Add(table.slots_[i]);
  }

  // At least twice as many slots as words, so that probes end soon.
  static constexpr size_t kSlots = std::bit_ceil(2 * N < 8 ? size_t{8} : 2 * N);
  static constexpr size_t kMask = kSlots - 1;
  // Eight filter bits a slot, sixteen a word at least: about one word in
  // sixteen not in the table finds its bit set.
  static constexpr size_t kFilterWords = kSlots / 8;

  // REQUIRES: x.size() == w.size()
  static constexpr bool SameBytes(std::string_view x, std::string_view w) {
    for (size_t k = 0; k < w.size(); ++k)
      if (x[k] != w[k]) return false;
    return true;
  }

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
  std::array<std::uint64_t, kFilterWords> filter_{};  // bit Hash(w) % (64 * kFilterWords) of each word
  size_t shortest_ = SIZE_MAX;  // until a word is added
  size_t longest_ = 0;
};

// The words of all of `tables` in one table: Contains(w) is whether any of
// them contains w, with one lookup instead of one per table.
template <size_t... Ns>
consteval WordTable<(Ns + ...)> UnionOf(const WordTable<Ns>&... tables) {
  WordTable<(Ns + ...)> all;
  (all.AddAll(tables), ...);
  return all;
}

template <typename... Words>
WordTable(const Words&...) -> WordTable<sizeof...(Words)>;
template <size_t N>
WordTable(const std::string_view (&)[N]) -> WordTable<N>;

// The words of several tables, telling with one lookup which of them hold
// a word: bit k of Of(w) is set if the k-th table given holds w. For a word
// asked about several tables in turn, one lookup where asking each table
// was one each.
//
//   static constexpr WordFlags kAfterName(kAuxVerbs, kSpeechVerbs);
//   uint32_t flags = kAfterName.Of(word);
//   if (flags & 1) ...  // kAuxVerbs holds word
//
// At most 32 tables. Immutable, so safe to share between threads.
template <size_t... Ns>
class WordFlags {
 public:
  consteval explicit WordFlags(const WordTable<Ns>&... tables) : all_(UnionOf(tables...)) {
    static_assert(sizeof...(Ns) <= 32);
    for (size_t slot = 0; slot < all_.slots_.size(); ++slot) {
      std::string_view w = all_.slots_[slot];
      if (w.data() == nullptr) continue;
      uint32_t bit = 1;
      ((flags_[slot] |= tables.Lists(w) ? bit : 0, bit <<= 1), ...);
    }
  }

  // Which of the tables hold w, a bit each in the order given; 0 if none.
  constexpr uint32_t Of(std::string_view w) const {
    size_t slot = all_.SlotOf(w);
    return slot == kAbsent ? 0 : flags_[slot];
  }

 private:
  static constexpr size_t kAbsent = WordTable<(Ns + ...)>::kAbsent;
  WordTable<(Ns + ...)> all_;
  std::array<uint32_t, WordTable<(Ns + ...)>::kSlots> flags_{};
};

template <size_t... Ns>
WordFlags(const WordTable<Ns>&...) -> WordFlags<Ns...>;

}  // namespace labwatch
