// tests/ingest/sentences_test.cc: our sentence splitter must end sentences
// exactly where ICU does, on every article we have and on made-up text full
// of the cases that trip splitters up.

#include "ingest/sentences.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace labwatch {
namespace {

std::vector<std::string> SentencesOf(std::string_view text) {
  std::vector<std::string> sentences;
  for (Span span : SplitSentences(text)) sentences.emplace_back(text.substr(span.start, span.end - span.start));
  return sentences;
}

// Checks `text` with both splitters; returns whether ours answered.
bool ExpectSameEnds(const std::string& text) {
  std::optional<std::vector<size_t>> ours = SentenceEndsWithoutIcu(text);
  if (!ours) return false;
  EXPECT_EQ(*ours, IcuSentenceEnds(text)) << "text: " << nlohmann::json(text).dump();
  return true;
}

// The titles and texts of the articles of a JSON-lines file.
std::vector<std::string> ArticleTexts(const std::filesystem::path& path) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    nlohmann::json article = nlohmann::json::parse(line);
    for (const char* field : {"title", "text"})
      if (article.contains(field) && article[field].is_string()) texts.push_back(article[field].get<std::string>());
  }
  return texts;
}

TEST(SplitSentences, KeepsAbbreviationsInsideSentences) {
  EXPECT_EQ(SentencesOf("Dr. Adeyemi left Kintyre AI Inc. on Monday. She joined Mr. Ito's lab."),
            (std::vector<std::string>{"Dr. Adeyemi left Kintyre AI Inc. on Monday.", "She joined Mr. Ito's lab."}));
}

TEST(SplitSentences, EndsAfterClosingQuotesAndBeforeParagraphs) {
  EXPECT_EQ(SentencesOf("\"We are done.\" Then she left!\nNext (really) came 3.5 and e.g. more?"),
            (std::vector<std::string>{"\"We are done.\"", "Then she left!", "Next (really) came 3.5 and e.g. more?"}));
}

TEST(SentenceEndsWithoutIcu, LeavesJapaneseToIcu) {
  EXPECT_FALSE(SentenceEndsWithoutIcu("ミライ知能は新モデルを公開した。").has_value());
}

TEST(SentenceEndsWithoutIcu, LeavesCombiningMarksToIcu) {
  EXPECT_FALSE(SentenceEndsWithoutIcu("Cafe\xCC\x81. Next.").has_value());
}

TEST(SentenceEndsWithoutIcu, LeavesIllFormedUtf8ToIcu) {
  EXPECT_FALSE(SentenceEndsWithoutIcu("Broken \xE3\x81 text.").has_value());
}

TEST(SentenceEndsWithoutIcu, AnswersForLatinText) {
  EXPECT_EQ(SentenceEndsWithoutIcu("Zoë joined. Café “Mistral” left—again.").value(), (std::vector<size_t>{13, 46}));
}

TEST(SentenceEndsWithoutIcu, AgreesWithIcuOnEveryArticleSet) {
  std::filesystem::path data = LABWATCH_TEST_DATA;
  std::vector<std::filesystem::path> sets = {std::filesystem::path(LABWATCH_SHARED_DIR) / "eval/extraction/dev.jsonl"};
  for (const auto& entry : std::filesystem::directory_iterator(data))
    if (entry.path().extension() == ".jsonl") sets.push_back(entry.path());
  size_t answered = 0, texts = 0;
  for (const auto& set : sets) {
    if (!std::filesystem::exists(set)) continue;  // the shared dev set, outside a full checkout
    for (const std::string& text : ArticleTexts(set)) {
      ++texts;
      answered += ExpectSameEnds(text);
    }
  }
  // Most articles are English: a splitter that gave up on everything would
  // pass the loop above.
  EXPECT_GT(texts, 200u);
  EXPECT_GT(answered * 2, texts);
}

// Plain ASCII is skipped sixteen and eight bytes at a time: a terminator,
// line break or non-ASCII character at any offset of such a block must
// still be seen.
TEST(SentenceEndsWithoutIcu, SeesAStopAtEveryOffsetOfPlainText) {
  const std::string plain = "the lab said it would ship the model soon and then stop there";
  for (std::string_view stop : {". Then", "! Then", "? Then", "\nThen", "\r\nThen", "\xE2\x80\x9D. Then", "é. Then"}) {
    for (size_t at = 0; at <= plain.size(); ++at) {
      std::string text = plain.substr(0, at) + std::string(stop) + plain.substr(at);
      EXPECT_TRUE(ExpectSameEnds(text)) << "text: " << text;
      ASSERT_FALSE(SentenceEndsWithoutIcu(text)->empty()) << "text: " << text;
    }
  }
}

TEST(SentenceEndsWithoutIcu, AgreesWithIcuOnTrickyPieces) {
  // clang-format off
  static const std::vector<std::string> kPieces = {
      "U.S.", "U.K.", "Dr.", "Mr.", "Mrs.", "XDr.", "e.g.", "i.e.", "Ph.D.", "Ph.", "Inc.", "Co.", "Sept.", "No.",
      "no.", "vs.", ".\"", ".'", "...", "3.5", "1.", "7", ")", "(", "]", "[", "\"", "'", "\n", "\n\n", "\r\n", "\r",
      "\t", "\x0b", "\x0c", "\x01", "?!", "?", "!", ".", ",", ";", ":", "-", " ", " ", " ", "  ", "the", "The",
      "a", "A", "smith", "Smith", "OpenAI", "GPT-5", "#", "%", "&", "*", "/", "’", "‘", "“", "”", "—", "–", "…",
      "é", "É", "ß", "€", "д", "Д", "Ω", "ω", "ﬁ", "\xC2\xA0", "\xE2\x80\xAF", "。", "U.", "e.", "😀",
      // Left to ICU: an emoji modifier (Extend), NEL and U+2028 (Sep), a soft hyphen (Format).
      "👍🏽", "\xC2\x85", "\xE2\x80\xA8", "\xC2\xAD"};
  // clang-format on
  std::mt19937 random(20261127);  // fixed: the same texts on every run
  size_t answered = 0;
  for (int n = 0; n < 100000; ++n) {
    std::string text;
    for (size_t count = 1 + random() % 24; count > 0; --count) text += kPieces[random() % kPieces.size()];
    answered += ExpectSameEnds(text);
    if (HasFailure()) break;  // one text is enough to see what went wrong
  }
  EXPECT_GT(answered, 50000u);
}

// ---- Run-on text -------------------------------------------------------------

// Every span of `text` is at most kMaxSentenceBytes, starts on a code
// point, and the spans, in order, hold every non-blank byte of `text`.
void ExpectCutIntoPieces(const std::string& text) {
  std::vector<Span> spans = SplitSentences(text);
  ASSERT_GT(spans.size(), 1u);
  size_t covered = 0;
  for (Span span : spans) {
    EXPECT_LE(span.end - span.start, kMaxSentenceBytes);
    EXPECT_GE(span.start, covered);
    for (size_t i = covered; i < span.start; ++i)
      EXPECT_TRUE(text[i] == ' ' || text[i] == '\n') << "byte " << i << " left out";
    EXPECT_NE(static_cast<unsigned char>(text[span.start]) & 0xC0, 0x80) << "span at " << span.start;
    covered = span.end;
  }
  EXPECT_EQ(covered, text.size());
}

TEST(SplitSentences, CutsARunOnWithoutFullStopsAtBlanks) {
  // A table or a navigation list scraped without full stops: 60 KB.
  std::string text;
  for (int i = 0; text.size() < 60000; ++i) text += "Column " + std::to_string(i) + " value ";
  text.pop_back();
  ExpectCutIntoPieces(text);
  for (Span span : SplitSentences(text)) {
    // At a blank: no word is cut in two.
    EXPECT_TRUE(span.end == text.size() || text[span.end] == ' ');
    EXPECT_TRUE(span.start == 0 || text[span.start - 1] == ' ');
  }
}

TEST(SplitSentences, CutsAJapaneseRunOnAfterACommaElseAtACodePoint) {
  std::string with_commas;
  while (with_commas.size() < 20000) with_commas += "研究者が相次いで退社し、";
  ExpectCutIntoPieces(with_commas);
  for (Span span : SplitSentences(with_commas)) EXPECT_TRUE(with_commas.substr(0, span.end).ends_with("、"));

  std::string without;
  while (without.size() < 20000) without += "あいうえおかきくけこ";
  ExpectCutIntoPieces(without);
}

TEST(SplitSentences, LeavesASentenceUnderTheLimitWhole) {
  std::string sentence = "Lars Moen, who";
  while (sentence.size() < kMaxSentenceBytes - 200) sentence += " spent years building the lab, and";
  sentence += " has resigned.";
  ASSERT_LE(sentence.size(), kMaxSentenceBytes);
  EXPECT_EQ(SentencesOf(sentence + " He joined Spruce AI."),
            (std::vector<std::string>{sentence, "He joined Spruce AI."}));
}

}  // namespace
}  // namespace labwatch
