#include "core/stable_vector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace labwatch {
namespace {

// Counts live objects, so a test sees every element destroyed exactly once.
struct Counted {
  static inline int live = 0;
  std::string value;
  explicit Counted(std::string v) : value(std::move(v)) { ++live; }
  Counted(const Counted& other) : value(other.value) { ++live; }
  Counted(Counted&& other) noexcept : value(std::move(other.value)) { ++live; }
  Counted& operator=(const Counted&) = default;
  Counted& operator=(Counted&&) = default;
  ~Counted() { --live; }
  bool operator==(const Counted&) const = default;
};

TEST(StableVector, IndexesLikeAVectorAcrossBlockEdges) {
  StableVector<std::string> stable;
  std::vector<std::string> plain;
  for (int i = 0; i < 300; ++i) {
    // Long enough to live on the heap: a moved or copied element would show.
    stable.push_back("element number " + std::to_string(i));
    plain.push_back("element number " + std::to_string(i));
    ASSERT_EQ(stable.size(), plain.size());
    ASSERT_EQ(stable.back(), plain.back());
  }
  for (size_t i = 0; i < plain.size(); ++i) ASSERT_EQ(stable[i], plain[i]) << i;
  EXPECT_EQ(std::vector<std::string>(stable.begin(), stable.end()), plain);
  EXPECT_EQ(std::vector<std::string>(stable.rbegin(), stable.rend()),
            std::vector<std::string>(plain.rbegin(), plain.rend()));
  EXPECT_EQ(std::vector<std::string>(stable.crbegin(), stable.crend()),
            std::vector<std::string>(plain.crbegin(), plain.crend()));
  EXPECT_EQ(stable.front(), plain.front());
}

TEST(StableVector, ElementsStayWhereTheyWereAsItGrows) {
  StableVector<std::string> stable;
  std::vector<const std::string*> addresses;
  std::vector<const char*> buffers;
  for (int i = 0; i < 1000; ++i) {
    const std::string& added = stable.emplace_back(40, static_cast<char>('a' + i % 26));
    addresses.push_back(&added);
    buffers.push_back(added.data());
  }
  for (size_t i = 0; i < stable.size(); ++i) {
    ASSERT_EQ(&stable[i], addresses[i]) << i;
    ASSERT_EQ(stable[i].data(), buffers[i]) << i;
  }
}

TEST(StableVector, IteratorsStepAndJumpAlike) {
  StableVector<int> stable;
  for (int i = 0; i < 200; ++i) stable.push_back(i);
  // Every step forward and back, across every block edge, against a jump.
  auto it = stable.begin();
  for (int i = 0; i < 200; ++i, ++it) {
    ASSERT_EQ(*it, i);
    ASSERT_EQ(it, stable.begin() + i);
    ASSERT_EQ(*(stable.begin() + i), i);
    ASSERT_EQ(stable.begin()[i], i);
  }
  EXPECT_EQ(it, stable.end());
  EXPECT_EQ(it - stable.begin(), 200);
  for (int i = 199; i >= 0; --i) {
    --it;
    ASSERT_EQ(*it, i);
  }
  EXPECT_EQ(it, stable.begin());
  StableVector<int>::const_iterator constant = stable.begin() + 37;
  EXPECT_EQ(*constant, 37);
  EXPECT_LT(stable.cbegin(), constant);
}

TEST(StableVector, SortsAsAVectorDoes) {
  std::mt19937 random(7);
  StableVector<int> stable;
  std::vector<int> plain;
  for (int i = 0; i < 5000; ++i) {
    int value = static_cast<int>(random() % 1000);
    stable.push_back(value);
    plain.push_back(value);
  }
  std::sort(stable.begin(), stable.end());
  std::sort(plain.begin(), plain.end());
  EXPECT_EQ(std::vector<int>(stable.begin(), stable.end()), plain);
  std::stable_sort(stable.begin(), stable.end(), std::greater<>());
  std::stable_sort(plain.begin(), plain.end(), std::greater<>());
  EXPECT_EQ(std::vector<int>(stable.begin(), stable.end()), plain);
}

TEST(StableVector, CopiesMovesAndClearsWithoutLosingOrLeakingElements) {
  Counted::live = 0;
  {
    StableVector<Counted> a;
    for (int i = 0; i < 77; ++i) a.emplace_back("c" + std::to_string(i));
    EXPECT_EQ(Counted::live, 77);

    StableVector<Counted> copy = a;
    EXPECT_EQ(Counted::live, 154);
    EXPECT_EQ(copy, a);

    StableVector<Counted> moved = std::move(copy);
    EXPECT_EQ(Counted::live, 154);
    EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
    EXPECT_EQ(moved, a);

    moved.pop_back();
    EXPECT_EQ(Counted::live, 153);
    EXPECT_EQ(moved.size(), 76u);
    EXPECT_EQ(moved.back().value, "c75");

    a.clear();
    EXPECT_EQ(Counted::live, 76);
    EXPECT_TRUE(a.empty());
    a.emplace_back("again");  // into the block clear kept
    EXPECT_EQ(a[0].value, "again");

    a = moved;
    EXPECT_EQ(Counted::live, 152);
    moved = StableVector<Counted>{Counted("x"), Counted("y")};
    EXPECT_EQ(moved.size(), 2u);
    EXPECT_EQ(moved[1].value, "y");
    EXPECT_EQ(Counted::live, 78);
  }
  EXPECT_EQ(Counted::live, 0);
}

// Throws on the copy numbered `throw_at`, counting copies from zero.
struct ThrowingCopy {
  static inline int live = 0, copies = 0, throw_at = -1;
  int value;
  explicit ThrowingCopy(int v) : value(v) { ++live; }
  ThrowingCopy(const ThrowingCopy& other) : value(other.value) {
    if (copies++ == throw_at) throw std::runtime_error("copy failed");
    ++live;
  }
  ~ThrowingCopy() { --live; }
};

TEST(StableVector, ACopyThatThrowsHalfWayLeavesNothingBehind) {
  ThrowingCopy::live = 0;
  {
    StableVector<ThrowingCopy> original;
    for (int i = 0; i < 40; ++i) original.emplace_back(i);
    ThrowingCopy::copies = 0;
    ThrowingCopy::throw_at = 25;  // in the fourth block
    EXPECT_THROW(StableVector<ThrowingCopy> copy(original), std::runtime_error);
    EXPECT_EQ(ThrowingCopy::live, 40);  // the 25 copied are destroyed
    ThrowingCopy::throw_at = -1;
  }
  EXPECT_EQ(ThrowingCopy::live, 0);
}

}  // namespace
}  // namespace labwatch
