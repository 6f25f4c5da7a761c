#include "core/sparse_string.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <utility>

namespace labwatch {
namespace {

TEST(SparseString, HoldsWhatItIsGivenAndIsEmptyWhenGivenNothing) {
  SparseString s;
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s.size(), 0u);
  EXPECT_EQ(s.view(), "");
  s = std::string("Google DeepMind");
  EXPECT_FALSE(s.empty());
  EXPECT_EQ(s.size(), 15u);
  EXPECT_EQ(s.view(), "Google DeepMind");
  EXPECT_EQ(s.str(), "Google DeepMind");
  s = "";
  EXPECT_TRUE(s.empty());
  s = std::string_view("Meta");
  EXPECT_EQ(std::string_view(s), "Meta");
}

TEST(SparseString, CopiesAreIndependentAndMovesLeaveItEmpty) {
  SparseString a = "Meta";
  SparseString b = a;
  b = "Anthropic";
  EXPECT_EQ(a, "Meta");
  EXPECT_EQ(b, "Anthropic");
  a = b;
  EXPECT_EQ(a, b);
  SparseString c = std::move(a);
  EXPECT_EQ(c, "Anthropic");
  EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
  EXPECT_FALSE(c == SparseString("Meta"));
  EXPECT_EQ(SparseString(), SparseString(""));
}

TEST(SparseString, ComparesWithEveryKindOfTextInEitherOrder) {
  const SparseString meta = "Meta";
  const std::string text = "Meta";
  const std::string_view view = "Meta";
  const char* chars = "Meta";
  EXPECT_TRUE(meta == text && text == meta);
  EXPECT_TRUE(meta == view && view == meta);
  EXPECT_TRUE(meta == chars && chars == meta);
  EXPECT_TRUE(meta != std::string_view("Met") && std::string("Metal") != meta);
  const SparseString none;
  EXPECT_TRUE(none == "" && std::string_view() == none);
  EXPECT_FALSE(none == meta || meta == none);
}

TEST(SparseString, PrintsItsText) {
  std::ostringstream out;
  out << SparseString("wrong date") << '|' << SparseString();
  EXPECT_EQ(out.str(), "wrong date|");
}

}  // namespace
}  // namespace labwatch
