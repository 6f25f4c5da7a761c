#include "core/inline_string.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace labwatch {
namespace {

const std::string kFactId = "fact-0123456789abcdef";           // 21 bytes: inline
const std::string kLongest = std::string(InlineString::kInline, 'x');  // 31 bytes: still inline
const std::string kLong = "an imported event's id longer than thirty-one bytes";

TEST(InlineString, HoldsTextsUpToItsCapacityInsideAndLongerOnesOnTheHeap) {
  InlineString empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.view(), "");
  EXPECT_FALSE(empty.on_heap());

  InlineString id = kFactId;
  EXPECT_EQ(id.view(), kFactId);
  EXPECT_EQ(id.size(), kFactId.size());
  EXPECT_FALSE(id.on_heap());
  EXPECT_EQ(static_cast<const void*>(id.data()), static_cast<const void*>(&id));  // its own bytes

  InlineString longest = kLongest;
  EXPECT_EQ(longest.view(), kLongest);
  EXPECT_FALSE(longest.on_heap());

  InlineString long_one = kLong;
  EXPECT_EQ(long_one.view(), kLong);
  EXPECT_TRUE(long_one.on_heap());
  EXPECT_EQ(long_one.str(), kLong);
}

TEST(InlineString, CopiesAndMovesKeepTheTextAndLeaveTheSourceEmptyOnlyWhenMoved) {
  for (const std::string& text : {kFactId, kLongest, kLong}) {
    InlineString original = text;
    InlineString copy = original;
    EXPECT_EQ(copy, original);
    EXPECT_EQ(original.view(), text);
    if (original.on_heap()) {
      EXPECT_NE(copy.data(), original.data());  // its own block
    }

    InlineString moved = std::move(original);
    EXPECT_EQ(moved.view(), text);
    EXPECT_TRUE(original.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty, by contract

    InlineString assigned = "something else entirely, longer than the inline room";
    assigned = std::move(moved);
    EXPECT_EQ(assigned.view(), text);
    assigned = copy;
    EXPECT_EQ(assigned.view(), text);
  }
}

TEST(InlineString, AssignsAcrossInlineAndHeapEitherWay) {
  InlineString s = kFactId;
  s = kLong;
  EXPECT_EQ(s.view(), kLong);
  EXPECT_TRUE(s.on_heap());
  s = kFactId;
  EXPECT_EQ(s.view(), kFactId);
  EXPECT_FALSE(s.on_heap());
  s = std::string_view();
  EXPECT_TRUE(s.empty());
  s = kLong;
  s.clear();
  EXPECT_TRUE(s.empty());
  EXPECT_FALSE(s.on_heap());
}

TEST(InlineString, AssignsAPartOfItself) {
  InlineString inline_text = kFactId;
  inline_text = inline_text.view().substr(5);
  EXPECT_EQ(inline_text.view(), "0123456789abcdef");

  InlineString heap_text = kLong;
  heap_text = heap_text.view().substr(3);  // still long: a new block, then the old one freed
  EXPECT_EQ(heap_text.view(), kLong.substr(3));
  heap_text = heap_text.view().substr(0, 8);  // short: back inside
  EXPECT_EQ(heap_text.view(), kLong.substr(3, 8));
  EXPECT_FALSE(heap_text.on_heap());

  InlineString self = kLong;
  InlineString& same = self;
  self = same;
  EXPECT_EQ(self.view(), kLong);
}

TEST(InlineString, ComparesOrdersHashesAndPrintsAsItsText) {
  InlineString a = "fact-a", b = "fact-b";
  EXPECT_EQ(a, "fact-a");
  EXPECT_EQ(a, std::string("fact-a"));
  EXPECT_EQ(a, std::string_view("fact-a"));
  EXPECT_NE(a, b);
  EXPECT_LT(a, b);
  std::set<InlineString> sorted = {InlineString(kLong), b, a};
  std::vector<std::string> order;
  for (const auto& s : sorted) order.push_back(s.str());
  EXPECT_EQ(order, (std::vector<std::string>{kLong, "fact-a", "fact-b"}));
  EXPECT_EQ(std::hash<InlineString>()(a), std::hash<std::string_view>()("fact-a"));
  std::ostringstream out;
  out << a << '|' << InlineString(kLong);
  EXPECT_EQ(out.str(), "fact-a|" + kLong);
}

TEST(InlineString, HoldsAnyBytes) {
  std::string bytes("a\0b\xff", 4);  // a NUL, and the byte that marks the heap in the last slot
  InlineString s = bytes;
  EXPECT_EQ(s.view(), bytes);
  std::string full(InlineString::kInline, '\xff');
  InlineString t = full;
  EXPECT_FALSE(t.on_heap());
  EXPECT_EQ(t.view(), full);
}

}  // namespace
}  // namespace labwatch
