#include "ingest/byte_pairs.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace labwatch {
namespace {

TEST(BytePairs, MayContainEveryWordOfTheText) {
  const std::string text = "同社は新モデルの公開を延期する予定はないと発表した";
  BytePairs pairs(text);
  // Every substring that starts and ends on a character boundary.
  for (size_t start = 0; start < text.size(); start += 3)
    for (size_t end = start + 3; end <= text.size(); end += 3)
      EXPECT_TRUE(pairs.MayContain(std::string_view(text).substr(start, end - start))) << start << " " << end;
}

TEST(BytePairs, RulesOutWordsWhosePairIsMissing) {
  BytePairs pairs("同社は新モデルの公開を延期する");
  EXPECT_FALSE(pairs.MayContain("退社"));
  EXPECT_FALSE(pairs.MayContain("予定はな"));
  EXPECT_FALSE(pairs.MayContain("つもり"));
  EXPECT_FALSE(BytePairs("").MayContain("する"));
  // ASCII: "xyz" needs the pair "yz".
  EXPECT_FALSE(BytePairs("yxzy").MayContain("xyz"));
  EXPECT_TRUE(BytePairs("ayz").MayContain("xyz"));
}

TEST(BytePairs, ShortWordsAreNeverRuledOut) {
  BytePairs pairs("abc");
  EXPECT_TRUE(pairs.MayContain(""));
  EXPECT_TRUE(pairs.MayContain("q"));
  EXPECT_TRUE(pairs.MayContain("qq"));
}

TEST(BytePairs, APartOfTheTextAnswersWithTheWholesPairs) {
  std::string_view text = "延期する予定はない";
  BytePairs whole(text);
  std::string_view part = text.substr(0, 12);  // 延期する
  EXPECT_TRUE(whole.MayContain(part));
  EXPECT_TRUE(whole.MayContain("はない"));
}

}  // namespace
}  // namespace labwatch
