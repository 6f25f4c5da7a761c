#include "ingest/gazetteer.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ingest/fold.h"
#include "ingest/literal_matcher.h"
#include "ingest/sentences.h"

namespace labwatch {
namespace {

Gazetteer Build() {
  auto gazetteer = Gazetteer::Build({{"Meta", NameKind::kOrg, "Meta", "", true},
                                     {"Meta Platforms", NameKind::kOrg, "Meta", "", false},
                                     {"メタ", NameKind::kOrg, "Meta", "", false},
                                     {"Google DeepMind", NameKind::kOrg, "Google DeepMind", "Google", false},
                                     {"Timothée Lacroix", NameKind::kPerson, "Timothée Lacroix", "", false}});
  EXPECT_TRUE(gazetteer);
  return std::move(*gazetteer);
}

std::string Render(std::string_view text, const std::vector<Gazetteer::Match>& matches) {
  std::string out;
  // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, wrongly) about
  // a chain of + here.
  for (const auto& m : matches) {
    out += '[';
    out += text.substr(m.start, m.end - m.start);
    out += '=';
    out += m.entry->canonical;
    out += ']';
  }
  return out;
}

TEST(Gazetteer, FindsTheLongestNamesAtWordBoundaries) {
  Gazetteer g = Build();
  std::string text = "Meta Platforms hired from Google DeepMind; metadata and Metaverse are not Meta.";
  EXPECT_EQ(Render(text, g.Find(text)), "[Meta Platforms=Meta][Google DeepMind=Google DeepMind][Meta=Meta]");
}

TEST(Gazetteer, MatchesWithoutCaseOrAccentsAndReportsOriginalOffsets) {
  Gazetteer g = Build();
  std::string text = "Après TIMOTHEE LACROIX, ＭＥＴＡ.";
  EXPECT_EQ(Render(text, g.Find(text)), "[TIMOTHEE LACROIX=Timothée Lacroix][ＭＥＴＡ=Meta]");
}

TEST(Gazetteer, DoesNotCutKatakanaWords) {
  Gazetteer g = Build();
  std::string text = "米メタは、メタバース事業を縮小した。";
  EXPECT_EQ(Render(text, g.Find(text)), "[メタ=Meta]");
}

TEST(Gazetteer, FindsAOneLetterNameOnlyAsAWord) {
  // "H" lies inside most words of English; next to a fold (ＡＩ, ’, “) the
  // boundary is the original code point's, not the folded byte's.
  auto built = Gazetteer::Build({{"H", NameKind::kOrg, "H", "", false}});
  ASSERT_TRUE(built);
  std::string text = "The chip: H said, “H” and H’s lab; ＡH, HＡ and Hé are not it, nor h_ or 9h, but (h) is.";
  EXPECT_EQ(Render(text, built->Find(text)), "[H=H][H=H][H=H][h=H]");
}

TEST(Gazetteer, LooksUpAliasesByFoldKey) {
  Gazetteer g = Build();
  ASSERT_NE(g.Lookup("google deepmind"), nullptr);
  EXPECT_EQ(g.Lookup("google deepmind")->company, "Google");
  EXPECT_EQ(g.Lookup("Timothee Lacroix")->kind, NameKind::kPerson);
  EXPECT_EQ(g.Lookup("OpenAI"), nullptr);
}

TEST(Gazetteer, LooksUpAFoldedKeyAsLookupDoes) {
  Gazetteer g = Build();
  EXPECT_EQ(g.LookupKey("google deepmind"), g.Lookup("Google DeepMind"));
  EXPECT_EQ(g.LookupKey("timothee lacroix"), g.Lookup("Timothée Lacroix"));
  EXPECT_EQ(g.LookupKey("Google DeepMind"), nullptr);  // not a key: keys are folded
  EXPECT_EQ(g.LookupKey(""), nullptr);
}

// Origin(i) of every folded byte i, and of the end.
std::vector<std::uint32_t> Origins(const FoldedText& folded) {
  std::vector<std::uint32_t> origins;
  for (size_t i = 0; i <= folded.text.size(); ++i) origins.push_back(folded.Origin(i));
  return origins;
}

TEST(FoldForMatching, MapsEveryFoldedByteBackToItsCodePoint) {
  std::string text = "Rozière ＡＩ";
  FoldedText folded = FoldForMatching(text);
  EXPECT_EQ(folded.text, "roziere ai");
  EXPECT_EQ(folded.OriginalStart(4), 4u);   // "e" of "è" starts at byte 4
  EXPECT_EQ(folded.OriginalStart(5), 6u);   // "r" after the two-byte "è"
  EXPECT_EQ(folded.OriginalEnd(folded.text.size()), text.size());
}

TEST(FoldForMatching, MapsEachByteOfAnAsciiRunToItself) {
  // ASCII runs of every length from 0 to 39 between two-byte "é"s: runs
  // shorter than sixteen bytes, and runs ending at each lane of one.
  for (size_t length = 0; length < 40; ++length) {
    std::string run;
    for (size_t k = 0; k < length; ++k) run += static_cast<char>('A' + k);
    std::string text = "é" + run + "é" + run;
    FoldedText folded = FoldForMatching(text);
    ASSERT_EQ(folded.text.size(), text.size() - 2) << length;
    std::vector<std::uint32_t> expected;
    expected.push_back(0);  // "e" of the first "é"
    for (size_t k = 0; k < length; ++k) expected.push_back(static_cast<std::uint32_t>(2 + k));
    expected.push_back(static_cast<std::uint32_t>(2 + length));
    for (size_t k = 0; k < length; ++k) expected.push_back(static_cast<std::uint32_t>(4 + length + k));
    expected.push_back(static_cast<std::uint32_t>(text.size()));
    EXPECT_EQ(Origins(folded), expected) << length;
  }
}

TEST(FoldForMatching, FoldsARepeatedCodePointAsFoldKeyDoesEachTime) {
  // Code points outside the fast paths are folded once per thread and
  // remembered: "…" expands, "’" stays, "Ⅻ" folds to "xii".
  std::string text = "“Ⅻ…” it’s Ⅻ… it’s";
  std::string expected = FoldForMatching(text).text;
  EXPECT_EQ(expected, "“xii...” it’s xii... it’s");
  for (int round = 0; round < 3; ++round) EXPECT_EQ(FoldForMatching(text).text, expected);
  EXPECT_EQ(Origins(FoldForMatching("…")), (std::vector<std::uint32_t>{0, 0, 0, 3}));
}

TEST(FoldForMatching, MapsEachByteOfAKanaRunToItsCodePoint) {
  // A kana run copied whole, after ASCII and before a full-width letter
  // folded on its own: each of a kana's three bytes comes from its first.
  std::string text = "A メタＡ";
  FoldedText folded = FoldForMatching(text);
  EXPECT_EQ(folded.text, "a メタa");
  EXPECT_EQ(Origins(folded), (std::vector<std::uint32_t>{0, 1, 2, 2, 2, 5, 5, 5, 8, 11}));
}

// Every occurrence of `byte` but those after or before an ASCII word byte
// of the same ASCII run, found one byte at a time.
std::vector<size_t> SingleByteCandidatesSlowly(const FoldedText& folded, char byte) {
  auto word = [](char b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'; };
  // Whether bytes i - 1 and i are of one ASCII run: byte i is in a copied
  // piece, and not its first byte.
  auto one_run = [&](size_t i) {
    size_t k = 0;
    while (k + 1 < folded.pieces.size() && folded.pieces[k + 1].folded <= i) ++k;
    return folded.pieces[k].copied && folded.pieces[k].folded < i;
  };
  const std::string& text = folded.text;
  std::vector<size_t> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != byte) continue;
    if (i > 0 && word(text[i - 1]) && one_run(i)) continue;
    if (i + 1 < text.size() && word(text[i + 1]) && one_run(i + 1)) continue;
    out.push_back(i);
  }
  return out;
}

TEST(SingleByteCandidates, AgreesWithAByteByByteScanAtEveryOffset) {
  std::string base =
      "H raised; the H team, h. (H) Hh ЁH éh Ｈh ｈ H_H 9h -h ’H “H” H- hЁ hé hＨ h™ ™h hh h9 h_ he ";
  for (size_t from = 0; from < base.size(); ++from) {
    // Every suffix, so the sixteen-byte steps meet each byte at each lane.
    std::string text = base.substr(from) + base;
    FoldedText folded = FoldForMatching(text);
    std::vector<size_t> fast = SingleByteCandidates(folded, 'h');
    std::sort(fast.begin(), fast.end());
    EXPECT_EQ(fast, SingleByteCandidatesSlowly(folded, 'h')) << text;
  }
  EXPECT_TRUE(SingleByteCandidates(FoldForMatching(""), 'h').empty());
}

TEST(Gazetteer, FindsAOneLetterNameBesideOtherNames) {
  // A one-byte alias is found apart from the others; where two entries
  // match the same bytes ("Mistral") all are scanned at once.
  auto built = Gazetteer::Build({{"H", NameKind::kOrg, "H Company", "", true},
                                 {"Hugging Face", NameKind::kOrg, "Hugging Face", "", false},
                                 {"Mistral", NameKind::kOrg, "Mistral AI", "", false},
                                 {"Mistral", NameKind::kModel, "Mistral", "Mistral AI", false}});
  ASSERT_TRUE(built);
  std::string text = "H hired the Hugging Face team; Ｈ, H's and éH, but not the, HH or h2. Mistral H";
  EXPECT_EQ(Render(text, built->Find(text)),
            "[H=H Company][Hugging Face=Hugging Face][Ｈ=H Company][H=H Company][Mistral=Mistral AI][H=H Company]");
}

TEST(LiteralMatcher, ScanWhileStopsWhenTheCallbackSaysSo) {
  auto matcher = LiteralMatcher::Build({"ab", "", "cd"});
  ASSERT_TRUE(matcher);
  std::vector<std::string> seen;
  auto record = [&](std::uint32_t id, size_t start, size_t end) {
    seen.push_back(std::to_string(id) + ":" + std::to_string(start) + "-" + std::to_string(end));
  };
  EXPECT_TRUE(matcher->ScanWhile("ab cd ab", [&](std::uint32_t id, size_t start, size_t end) {
    record(id, start, end);
    return true;
  }));
  EXPECT_EQ(seen, (std::vector<std::string>{"0:0-2", "2:3-5", "0:6-8"}));
  seen.clear();
  EXPECT_FALSE(matcher->ScanWhile("ab cd ab", [&](std::uint32_t id, size_t start, size_t end) {
    record(id, start, end);
    return id != 2;
  }));
  EXPECT_EQ(seen, (std::vector<std::string>{"0:0-2", "2:3-5"}));
  EXPECT_TRUE(matcher->ScanWhile("", [](std::uint32_t, size_t, size_t) { return false; }));
}

TEST(FoldForMatching, MapsNothingForEmptyText) {
  FoldedText folded = FoldForMatching("");
  EXPECT_EQ(folded.text, "");
  EXPECT_EQ(Origins(folded), (std::vector<std::uint32_t>{0}));
}

TEST(LowerAsciiLetters, LowersOnlyTheLettersAToZ) {
  // Every byte value, at every offset of a sixteen-byte vector, of an
  // eight-byte word and in the tail.
  std::string all;
  for (int round = 0; round < 3; ++round)
    for (int byte = 0; byte < 256; ++byte) all.push_back(static_cast<char>(byte));
  all += "XYZ";
  std::string expected = all;
  for (char& c : expected)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (size_t begin = 0; begin < 17; ++begin) {
    for (size_t end = all.size() - 24; end <= all.size(); ++end) {
      std::string lowered = all;
      LowerAsciiLetters(lowered, begin, end);
      EXPECT_EQ(lowered.substr(begin, end - begin), expected.substr(begin, end - begin));
      EXPECT_EQ(lowered.substr(0, begin), all.substr(0, begin));
      EXPECT_EQ(lowered.substr(end), all.substr(end));
    }
  }
  std::string text = "Ｍｅｔａ’s AI@[`{ Zed";
  LowerAsciiLetters(text);
  EXPECT_EQ(text, "Ｍｅｔａ’s ai@[`{ zed");
}

TEST(LoweredAsciiCopy, LowersACopyAsLowerAsciiLettersDoes) {
  // Every byte value at every offset of a sixteen-byte vector, and every
  // length, shorter than a vector or not.
  std::string all;
  for (int round = 0; round < 2; ++round)
    for (int byte = 0; byte < 256; ++byte) all.push_back(static_cast<char>(byte));
  for (size_t begin = 0; begin < 17; ++begin)
    for (size_t end : {begin, begin + 1, begin + 15, begin + 16, begin + 17, begin + 40, all.size()}) {
      std::string text = all.substr(begin, end - begin);
      std::string expected = text;
      LowerAsciiLetters(expected);
      EXPECT_EQ(LoweredAsciiCopy(text), expected) << begin << " " << end;
    }
}

// LooksJapanese, as LoweredAsciiCopy tells it, after checking that its
// copy is lowered and that LooksJapanese agrees.
bool LooksJapaneseInCopy(std::string_view text) {
  bool japanese = false;
  std::string lowered(text);
  LowerAsciiLetters(lowered);
  EXPECT_EQ(LoweredAsciiCopy(text, &japanese), lowered);
  EXPECT_EQ(japanese, LooksJapanese(text)) << text;
  return japanese;
}

TEST(LooksJapanese, FindsKanaOrKanjiAfterOtherMultiByteText) {
  EXPECT_TRUE(LooksJapanese("Café “Ｍｅｔａ” — 東"));
  EXPECT_TRUE(LooksJapanese("\xE3\x81\x82"));           // あ
  EXPECT_FALSE(LooksJapanese("\xE3\x81"));               // cut short
  EXPECT_FALSE(LooksJapanese("Café “Ｍｅｔａ” — ★ 한"));  // full-width Latin, a star, Hangul
  EXPECT_FALSE(LooksJapanese(""));
  for (const char* text : {"Café “Ｍｅｔａ” — 東", "\xE3\x81\x82", "\xE3\x81", "Café “Ｍｅｔａ” — ★ 한", ""})
    LooksJapaneseInCopy(text);
}

// Past the first seventeen bytes the text is scanned sixteen bytes at a
// time: a kanji is found at every position of a longer text whose other
// multi-byte characters (dashes, quotes, 「」 and Hangul, some with a lead
// byte of E3 to E9) are none of kana or kanji, and a kanji cut short is not.
TEST(LooksJapanese, FindsAKanjiAnywhereInALongerText) {
  std::string base = "An English text \u2014 \u201Cquoted\u201D, Caf\u00E9, \u300Cbracketed\u300D, \u2605 and \uD55C. ";
  std::string text = base + base + base;
  ASSERT_FALSE(LooksJapanese(text));
  for (size_t at = 0; at <= text.size(); ++at) {
    if (at < text.size() && (static_cast<uint8_t>(text[at]) & 0xC0) == 0x80) continue;  // inside a character
    EXPECT_TRUE(LooksJapanese(text.substr(0, at) + "\u6771" + text.substr(at))) << at;  // 東
    EXPECT_FALSE(LooksJapanese(text.substr(0, at) + "\xE6\x9D")) << at;                  // 東 cut short
    EXPECT_TRUE(LooksJapaneseInCopy(text.substr(0, at) + "\u6771" + text.substr(at))) << at;
    EXPECT_FALSE(LooksJapaneseInCopy(text.substr(0, at) + "\xE6\x9D")) << at;
    EXPECT_TRUE(LooksJapaneseInCopy(text.substr(0, at % 20) + "\u6771")) << at;  // shorter texts too
  }
}

TEST(SplitSentences, AnOpeningBracketStartsTheNextSentence) {
  std::string text = "Kumo Labsは10日、新モデルを公開した。「Kumo-2」は高速だという。";
  auto spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start), "Kumo Labsは10日、新モデルを公開した。");
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "「Kumo-2」は高速だという。");
}

TEST(SplitSentences, KeepsAbbreviationsAndSplitsJapanese) {
  std::string english = "Dr. Adeyemi joins from Verdant Robotics. She starts Monday.";
  auto spans = SplitSentences(english);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(english.substr(spans[0].start, spans[0].end - spans[0].start), "Dr. Adeyemi joins from Verdant Robotics.");
  std::string japanese = "ピノー氏は退社した。後任は未定だ。";
  EXPECT_EQ(SplitSentences(japanese).size(), 2u);
  EXPECT_TRUE(LooksJapanese(japanese));
  EXPECT_FALSE(LooksJapanese(english));
}

}  // namespace
}  // namespace labwatch
