// The text scans take thirty-two bytes at a time with AVX2 where the
// processor has it, and sixteen with SSE2 otherwise (ingest/cpu.h). Both
// must answer alike: here each scan reads the same texts both ways and the
// answers are compared. On a processor without AVX2 both runs take the
// SSE2 code, and the test checks nothing more than the others do.

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "ingest/cpu.h"
#include "ingest/fold.h"
#include "ingest/gazetteer.h"
#include "ingest/sentences.h"

namespace labwatch {
namespace {

// Texts of every length from 0 to 300 bytes, made of pieces that each scan
// treats apart: ASCII words and capitals, the one-letter alias "H", full
// stops and abbreviations, line breaks, curly quotes and dashes, accented
// Latin letters, kana and kanji, full-width letters.
std::vector<std::string> Texts() {
  const std::vector<std::string> pieces = {
      "Ada ",   "Quill ",   "LEFT ",    "h ",      "H ",        "the ",    "Labs",  ". ",       "Dr. ",
      "e.g. ",  "U.S. ",    "\n",       "\r\n",    "! ",        "? ",      "\xE2\x80\x99",  // ’
      "\xE2\x80\x94",                                                                       // —
      "\xE2\x80\x9C",                                                                       // “
      "Caf\xC3\xA9 ",                                                                       // Café
      "\xC3\x80",                                                                           // À
      "\xE3\x83\xA1\xE3\x82\xBF",                                                           // メタ
      "\xE9\x80\x80\xE7\xA4\xBE",                                                           // 退社
      "\xE3\x80\x82",                                                                       // 。
      "\xEF\xBC\xA1",                                                                       // Ａ
      "x9_",    "3COM ",    "(",        ") ",      "\"",        "ex-H ",   "AI",    "Zed@[`{ ", "\t"};
  std::mt19937 random(2026);
  std::vector<std::string> texts;
  for (size_t length = 0; length <= 300; ++length) {
    for (int variant = 0; variant < 3; ++variant) {
      std::string text;
      while (text.size() < length) text += pieces[random() % pieces.size()];
      texts.push_back(text);
      // Cut at `length`, often inside a code point: ill-formed UTF-8 too.
      texts.push_back(text.substr(0, length));
    }
  }
  return texts;
}

// Restores AVX2 at the end of a test, whatever happened in it.
class Sse2Only : public ::testing::Test {
 protected:
  void TearDown() override { SetAvx2ForTesting(true); }
};

TEST_F(Sse2Only, LoweredAsciiCopyAnswersAsWithAvx2) {
  for (const std::string& text : Texts()) {
    bool japanese_avx2 = false, japanese_sse2 = false;
    std::string avx2 = LoweredAsciiCopy(text, &japanese_avx2);
    SetAvx2ForTesting(false);
    std::string sse2 = LoweredAsciiCopy(text, &japanese_sse2);
    SetAvx2ForTesting(true);
    EXPECT_EQ(avx2, sse2) << text;
    EXPECT_EQ(japanese_avx2, japanese_sse2) << text;
  }
}

TEST_F(Sse2Only, FoldForMatchingAnswersAsWithAvx2) {
  for (const std::string& text : Texts()) {
    FoldedText avx2 = FoldForMatching(text);
    SetAvx2ForTesting(false);
    FoldedText sse2 = FoldForMatching(text);
    SetAvx2ForTesting(true);
    ASSERT_EQ(avx2.text, sse2.text) << text;
    for (size_t i = 0; i <= avx2.text.size(); ++i) ASSERT_EQ(avx2.Origin(i), sse2.Origin(i)) << text << " at " << i;
  }
}

TEST_F(Sse2Only, SentencesAndOneLetterCandidatesAsWithAvx2) {
  for (const std::string& text : Texts()) {
    std::vector<Span> avx2_spans = SplitSentences(text);
    FoldedText folded = FoldForMatching(text);
    std::vector<size_t> avx2_h = SingleByteCandidates(folded, 'h');
    SetAvx2ForTesting(false);
    std::vector<Span> sse2_spans = SplitSentences(text);
    std::vector<size_t> sse2_h = SingleByteCandidates(folded, 'h');
    SetAvx2ForTesting(true);
    ASSERT_EQ(avx2_spans.size(), sse2_spans.size()) << text;
    for (size_t k = 0; k < avx2_spans.size(); ++k) {
      EXPECT_EQ(avx2_spans[k].start, sse2_spans[k].start) << text;
      EXPECT_EQ(avx2_spans[k].end, sse2_spans[k].end) << text;
    }
    std::sort(avx2_h.begin(), avx2_h.end());
    std::sort(sse2_h.begin(), sse2_h.end());
    EXPECT_EQ(avx2_h, sse2_h) << text;
  }
}

TEST_F(Sse2Only, GazetteerFindsTheSameNames) {
  auto gazetteer = Gazetteer::Build({{"H", NameKind::kOrg, "H Company", "", true},
                                     {"Ada Quill", NameKind::kPerson, "Ada Quill", "", false},
                                     {"メタ", NameKind::kOrg, "Meta", "", false},
                                     {"Café Labs", NameKind::kOrg, "Café Labs", "", false}});
  ASSERT_TRUE(gazetteer);
  size_t found = 0;
  for (const std::string& text : Texts()) {
    std::vector<Gazetteer::Match> avx2 = gazetteer->Find(text);
    SetAvx2ForTesting(false);
    std::vector<Gazetteer::Match> sse2 = gazetteer->Find(text);
    SetAvx2ForTesting(true);
    ASSERT_EQ(avx2.size(), sse2.size()) << text;
    for (size_t k = 0; k < avx2.size(); ++k) {
      EXPECT_EQ(avx2[k].entry, sse2[k].entry) << text;
      EXPECT_EQ(avx2[k].start, sse2[k].start) << text;
      EXPECT_EQ(avx2[k].end, sse2[k].end) << text;
    }
    found += avx2.size();
  }
  EXPECT_GT(found, 100u);  // the texts do name them
}

}  // namespace
}  // namespace labwatch
