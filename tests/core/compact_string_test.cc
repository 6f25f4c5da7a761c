#include "core/compact_string.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <utility>

namespace labwatch {
namespace {

TEST(CompactString, HoldsWhatItIsGivenAndIsEmptyWhenGivenNothing) {
  CompactString s;
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

TEST(CompactString, CopiesAreIndependentAndMovesLeaveItEmpty) {
  CompactString a = "Meta";
  CompactString b = a;
  b = "Anthropic";
  EXPECT_EQ(a, "Meta");
  EXPECT_EQ(b, "Anthropic");
  a = b;
  EXPECT_EQ(a, b);
  CompactString c = std::move(a);
  EXPECT_EQ(c, "Anthropic");
  EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
  EXPECT_FALSE(c == CompactString("Meta"));
  EXPECT_EQ(CompactString(), CompactString(""));
}

TEST(CompactString, ComparesWithEveryKindOfTextInEitherOrder) {
  const CompactString meta = "Meta";
  const std::string text = "Meta";
  const std::string_view view = "Meta";
  const char* chars = "Meta";
  EXPECT_TRUE(meta == text && text == meta);
  EXPECT_TRUE(meta == view && view == meta);
  EXPECT_TRUE(meta == chars && chars == meta);
  EXPECT_TRUE(meta != std::string_view("Met") && std::string("Metal") != meta);
  const CompactString none;
  EXPECT_TRUE(none == "" && std::string_view() == none);
  EXPECT_FALSE(none == meta || meta == none);
}

TEST(CompactString, KeepsItsTextThroughChangesOfSize) {
  // One block holds the size and the bytes: a text of another size needs a
  // new block, one of the same size is written over the old.
  CompactString s = "https://example.com/a/1";
  s = "https://example.com/a/2";
  EXPECT_EQ(s, "https://example.com/a/2");
  EXPECT_EQ(s.size(), 23u);
  s = std::string(300, 'x');
  EXPECT_EQ(s.size(), 300u);
  EXPECT_EQ(s.view(), std::string(300, 'x'));
  s = "short";
  EXPECT_EQ(s, "short");
  // From a view of its own bytes, of the same size and of another.
  s = s.view();
  EXPECT_EQ(s, "short");
  s = s.view().substr(1);
  EXPECT_EQ(s, "hort");
  s = s.view().substr(0, 0);
  EXPECT_TRUE(s.empty());
}

TEST(CompactString, HoldsAnyByteIncludingNul) {
  const std::string text("a\0b\xff", 4);
  CompactString s = text;
  EXPECT_EQ(s.size(), 4u);
  EXPECT_EQ(s.view(), text);
}

TEST(CompactString, PrintsItsText) {
  std::ostringstream out;
  out << CompactString("wrong date") << '|' << CompactString();
  EXPECT_EQ(out.str(), "wrong date|");
}

}  // namespace
}  // namespace labwatch
