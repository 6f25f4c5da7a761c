// tests/core/owner_index_test.cc

#include "core/owner_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace labwatch {
namespace {

struct Record {
  int n = 0;
};

std::vector<Record*> Sorted(std::vector<Record*> owners) {
  std::sort(owners.begin(), owners.end());
  return owners;
}

TEST(OwnerIndex, FindsEachOwnerOnceWhateverRunItWasNotedIn) {
  Record a, b, c;
  OwnerIndex<Record> index;
  index.Add(7, &a);
  index.Add(7, &b);
  index.Add(7, &a);  // again: one owner
  index.Add(9, &c);
  EXPECT_EQ(Sorted(index.Find(7)), Sorted({&a, &b}));
  // Enough notes of other hashes to push these into older runs, then the
  // same pair noted again in a newer one.
  for (std::uint64_t h = 100; h < 100000; ++h) index.Add(h, &c);
  index.Add(7, &b);
  EXPECT_EQ(Sorted(index.Find(7)), Sorted({&a, &b}));
  EXPECT_EQ(index.Find(9), std::vector<Record*>{&c});
  EXPECT_TRUE(index.Find(8).empty());
}

TEST(OwnerIndex, RemovingAPairRemovesEveryCopyOfItAndNoOther) {
  Record a, b;
  OwnerIndex<Record> index;
  index.Add(5, &a);
  for (std::uint64_t h = 100; h < 20000; ++h) index.Add(h, &b);
  index.Add(5, &a);  // a copy in a newer run
  index.Add(5, &b);
  index.Remove(5, &a);
  EXPECT_EQ(index.Find(5), std::vector<Record*>{&b});
  // Merges that read the removed notes do not bring them back.
  for (std::uint64_t h = 20000; h < 60000; ++h) index.Add(h, &b);
  EXPECT_EQ(index.Find(5), std::vector<Record*>{&b});
  index.Remove(5, &b);
  EXPECT_TRUE(index.Find(5).empty());
  EXPECT_EQ(index.Find(19999), std::vector<Record*>{&b});
}

// Random notes, removals and lookups, against a map of sets; hashes drawn
// from a small range so that many facts share one and runs hold repeats.
// Lookups come every few notes (the buffer is read) and after bursts (it
// is sorted into runs, which merge).
TEST(OwnerIndex, AgreesWithAMapOfSetsUnderRandomUse) {
  std::vector<Record> records(50);
  OwnerIndex<Record> index;
  std::map<std::uint64_t, std::set<Record*>> model;
  std::mt19937_64 rng(42);
  for (int step = 0; step < 60000; ++step) {
    std::uint64_t hash = rng() % 5000;
    Record* owner = &records[rng() % records.size()];
    std::uint64_t dice = rng() % 100;
    if (dice == 0) {
      // A burst of notes with no lookup between: the buffer becomes runs,
      // and runs merge.
      for (int k = 0; k < 600; ++k) {
        std::uint64_t h = rng() % 5000;
        Record* o = &records[rng() % records.size()];
        index.Add(h, o);
        model[h].insert(o);
      }
    } else if (dice <= 10) {
      index.Remove(hash, owner);
      model[hash].erase(owner);
    } else if (dice <= 20) {
      const auto& expected = model[hash];
      ASSERT_EQ(Sorted(index.Find(hash)), std::vector<Record*>(expected.begin(), expected.end()))
          << "hash " << hash << " at step " << step;
    } else {
      index.Add(hash, owner);
      model[hash].insert(owner);
    }
  }
  for (const auto& [hash, owners] : model)
    ASSERT_EQ(Sorted(index.Find(hash)), std::vector<Record*>(owners.begin(), owners.end())) << "hash " << hash;
}

TEST(OwnerIndex, AMillionNotesStayInFewRuns) {
  Record a;
  OwnerIndex<Record> index;
  for (std::uint64_t h = 0; h < 1000000; ++h) index.Add(h * 0x9E3779B97F4A7C15ull, &a);
  EXPECT_LE(index.runs(), 20u);
  EXPECT_EQ(index.Find(12345 * 0x9E3779B97F4A7C15ull), std::vector<Record*>{&a});
}

}  // namespace
}  // namespace labwatch
