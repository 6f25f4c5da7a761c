#include "ingest/word_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace labwatch {
namespace {

// Built at compile time (the constructor is consteval).
constexpr WordTable kVerbs{"said", "says", "told", "wrote", "added", "left", "leaves", "co-founded", "'s", ","};

TEST(WordTable, ContainsEachOfItsWords) {
  for (std::string_view w : {"said", "says", "told", "wrote", "added", "left", "leaves", "co-founded", "'s", ","})
    EXPECT_TRUE(kVerbs.Contains(w)) << w;
}

TEST(WordTable, RejectsPrefixesExtensionsAndNearMisses) {
  for (std::string_view w : {"", "s", "sai", "saidx", "Said", "tol", "toldd", "lefts", "co-founde", "s'", ";", "'",
                             "co-founded "})
    EXPECT_FALSE(kVerbs.Contains(w)) << w;
  EXPECT_FALSE(kVerbs.Contains(std::string_view("said\0", 5)));
}

TEST(WordTable, ComparesBytesNotPointers) {
  std::string copy = "wrote";
  EXPECT_TRUE(kVerbs.Contains(copy));
  copy[4] = 'a';
  EXPECT_FALSE(kVerbs.Contains(copy));
}

constexpr std::string_view kMonthList[] = {"may", "june"};

TEST(WordTable, BuildsFromAnArray) {
  constexpr WordTable kMonthTable(kMonthList);
  EXPECT_TRUE(kMonthTable.Contains("may"));
  EXPECT_TRUE(kMonthTable.Contains("june"));
  EXPECT_FALSE(kMonthTable.Contains("jun"));
}

TEST(WordTable, UnionContainsTheWordsOfEachTableAndNoOthers) {
  constexpr WordTable kShort{"a", "an"};
  constexpr auto kAll = UnionOf(kVerbs, kShort, WordTable(kMonthList), WordTable{"said", "", "tomorrow"});
  for (std::string_view w : {"said", "says", "told", "wrote", "added", "left", "leaves", "co-founded", "'s", ",",
                             "a", "an", "may", "june", "", "tomorrow"})
    EXPECT_TRUE(kAll.Contains(w)) << w;
  for (std::string_view w : {"s", "ann", "mayb", "tomorro", "tomorrows", "Said", "x"})
    EXPECT_FALSE(kAll.Contains(w)) << w;
}

TEST(WordTable, KeepsDuplicatesAndSingleWords) {
  constexpr WordTable kTwice{"still", "still", "yes"};
  EXPECT_TRUE(kTwice.Contains("still"));
  EXPECT_TRUE(kTwice.Contains("yes"));
  EXPECT_FALSE(kTwice.Contains("stil"));
  constexpr WordTable kEmpty{"", "a"};
  EXPECT_TRUE(kEmpty.Contains(""));
  EXPECT_TRUE(kEmpty.Contains("a"));
  EXPECT_FALSE(kEmpty.Contains("b"));
  constexpr WordTable kOne{"ai"};
  EXPECT_TRUE(kOne.Contains("ai"));
  EXPECT_FALSE(kOne.Contains("a"));
  EXPECT_FALSE(kOne.Contains("al"));
}

// Many words sharing their length, first, second and last bytes share a
// hash: every one of them must still be found past the others, and no other
// word may be.
constexpr WordTable kColliding{"maxa", "mbxa", "mcxa", "mdxa", "mexa", "mfxa", "mgxa", "mhxa", "mixa",
                               "mjxa", "mkxa", "mlxa", "maya", "mbya", "mcya", "mdya", "meya"};

TEST(WordTable, FindsWordsWhoseHashesCollide) {
  const std::vector<std::string> words = {"maxa", "mbxa", "mcxa", "mdxa", "mexa", "mfxa", "mgxa", "mhxa", "mixa",
                                          "mjxa", "mkxa", "mlxa", "maya", "mbya", "mcya", "mdya", "meya"};
  for (const auto& w : words) EXPECT_TRUE(kColliding.Contains(w)) << w;
  for (const char* w : {"mmxa", "maza", "mfya", "maxb", "naxa", "max", "maxaa"}) EXPECT_FALSE(kColliding.Contains(w)) << w;
}

// A word of up to five bytes of `alphabet`: with a small alphabet, many
// are near misses of the words listed in the tests.
std::string RandomWord(std::mt19937& random, std::string_view alphabet) {
  std::string w;
  size_t size = random() % 6;
  for (size_t k = 0; k < size; ++k) w.push_back(alphabet[random() % alphabet.size()]);
  return w;
}

// The answer of a linear scan, over random words of a small alphabet (so
// that many are near misses of the listed ones).
TEST(WordTable, AgreesWithScanningTheList) {
  constexpr WordTable kList{"a",    "an",   "and",  "at",   "ab",   "ba",   "bab",  "abba", "baab", "aaaa",
                            "bbbb", "abab", "aab",  "bba",  "b",    "-a",   "a-b",  "a.",   "ab.",  "b-a-b"};
  const std::vector<std::string_view> list = {"a",    "an",   "and",  "at",   "ab",   "ba",   "bab",
                                              "abba", "baab", "aaaa", "bbbb", "abab", "aab",  "bba",
                                              "b",    "-a",   "a-b",  "a.",   "ab.",  "b-a-b"};
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    std::string w = RandomWord(random, "abnt-.");
    bool listed = std::find(list.begin(), list.end(), std::string_view(w)) != list.end();
    ASSERT_EQ(kList.Contains(w), listed) << w;
  }
}

// WordFlags answers with one lookup what asking each of its tables does,
// over random words of a small alphabet, near misses and collisions too.
TEST(WordFlags, AgreesWithAskingEachTable) {
  constexpr WordTable kFirst{"a", "an", "and", "ab", "ba", "abba", "-a", "a."};
  constexpr WordTable kSecond{"and", "at", "bab", "abba", "b", "a-b"};
  constexpr WordTable kThird{"a"};
  constexpr WordFlags kAll(kFirst, kSecond, kThird, kColliding);
  std::mt19937 random(13);
  for (int round = 0; round < 20000; ++round) {
    std::string w = RandomWord(random, "abnt-.mxy");
    uint32_t expected = (kFirst.Contains(w) ? 1u : 0u) | (kSecond.Contains(w) ? 2u : 0u) |
                        (kThird.Contains(w) ? 4u : 0u) | (kColliding.Contains(w) ? 8u : 0u);
    ASSERT_EQ(kAll.Of(w), expected) << w;
  }
  EXPECT_EQ(kAll.Of("and"), 3u);
  EXPECT_EQ(kAll.Of("a"), 5u);
  EXPECT_EQ(kAll.Of("meya"), 8u);
  EXPECT_EQ(kAll.Of("abba"), 3u);
  EXPECT_EQ(kAll.Of("abb"), 0u);
}

}  // namespace
}  // namespace labwatch
