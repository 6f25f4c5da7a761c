#include "core/text.h"

#include <gtest/gtest.h>

namespace labwatch {
namespace {

TEST(FoldKey, IgnoresCaseAccentsAndSpacing) {
  EXPECT_EQ(FoldKey("Timothée Lacroix"), "timothee lacroix");
  EXPECT_EQ(FoldKey("  TIMOTHEE   lacroix "), "timothee lacroix");
  EXPECT_EQ(FoldKey("Joëlle Pineau"), FoldKey("Joelle Pineau"));
  EXPECT_EQ(FoldKey("Baptiste Rozière"), "baptiste roziere");
  EXPECT_NE(FoldKey("Joelle Pineau"), FoldKey("Joel Pineau"));
}

TEST(FoldKey, NormalizesCompatibilityFormsAndKeepsJapanese) {
  EXPECT_EQ(FoldKey("ＭＥＴＡ"), "meta");                  // full-width Latin
  EXPECT_EQ(FoldKey("ｼﾞｮｴﾙ・ﾋﾟﾉｰ"), FoldKey("ジョエル・ピノー"));  // half-width katakana
  EXPECT_EQ(FoldKey("ジョエル・ピノー"), "ジョエル・ピノー");
}

TEST(DisplayWidth, CountsWideCharactersTwiceAndMarksZero) {
  EXPECT_EQ(DisplayWidth("Meta"), 4);
  EXPECT_EQ(DisplayWidth("Rozière"), 7);
  EXPECT_EQ(DisplayWidth("ピノー"), 6);
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1);  // e + combining acute
}

}  // namespace
}  // namespace labwatch
