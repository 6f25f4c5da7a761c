// ingest/japanese.cc
//
// The Japanese rules. Japanese news writes the facts we want in a handful of
// constructions: a person marked by 氏 or さん, the org they leave marked by
// を (退社), the org they join marked by に (入社), a model in 「」 marked by
// を (公開), and descriptors in front of a name (元Googleの, Meta出身の,
// Aで…を務めていた, Aの創業者の). So the rules work on a "shape" of each
// sentence: the text with every name replaced by one private-use code point
// (an org, a person or a model) and parentheticals dropped, which makes "the
// org right before を" or "the person right before が" a question about
// neighbouring code points instead of about tokenization.
//
// The file reads in this order: characters and word lists; dates; whether a
// verb is asserted (rumours, denials, plans); the Reader, which finds the
// names of a whole article (people, orgs, quoted models) and then reads its
// sentences in order, applying the descriptor, personnel, founding and
// model rules to each.
//
// Reading goes in text order, because later sentences lean on earlier ones:
// 同社 is the company being talked about, 高橋氏 is the 高橋美咲 named before,
// 同年 is the year last written, and 2017年に入社 joins the org the person
// was introduced with. Only sentences with a trigger word get the rules;
// descriptors are read wherever a person is named.
//
// Names are output as written (country prefixes like 米 and 株式会社 left
// out); the Extractor maps known ones to their canonical names.

#include "ingest/japanese.h"

#include <algorithm>
#include <bitset>
#include <chrono>
#include <cstring>
#include <map>
#include <optional>
#include <span>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <unicode/utf8.h>

#include "core/text.h"
#include "ingest/byte_pairs.h"
#include "ingest/byte_scan.h"
#include "ingest/literal_matcher.h"
#include "ingest/utf8.h"

namespace labwatch {
namespace {

using std::string_view;
using Words = std::span<const string_view>;

// ---- Characters --------------------------------------------------------------

// Every scan decodes each character of the article: inline, with the
// common sequences decoded without ICU (ingest/utf8.h).
[[gnu::always_inline]] inline char32_t DecodeAt(string_view s, size_t i, size_t* size = nullptr) {
  size_t n = 0;
  int32_t c = i < s.size() ? Utf8At(s, i, &n) : 0;
  if (size) *size = n;
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

[[gnu::always_inline]] inline char32_t DecodeBefore(string_view s, size_t i, size_t* size = nullptr) {
  size_t n = 0;
  int32_t c = i > 0 && i <= s.size() ? Utf8Before(s, i, &n) : 0;
  if (size) *size = n;
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

void AppendCodePoint(std::string& out, char32_t c) {
  uint8_t buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

size_t CodePoints(string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

bool IsKanji(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005 ||
         c == 0x3006 || c == 0x30F6;  // 々 〆 ヶ
}
bool IsHiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }
bool IsKatakana(char32_t c) {
  return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE) || (c >= 0xFF66 && c <= 0xFF9F);
}
bool IsNameDot(char32_t c) { return c == 0x30FB || c == 0xFF65 || c == 0x30A0 || c == 0xFF1D || c == '='; }

// The end of the katakana run starting at `i`, name dots between katakana
// included (ジョエル・ピノー).
size_t KatakanaRunEnd(string_view text, size_t i) {
  size_t size = 0;
  while (i < text.size()) {
    char32_t c = DecodeAt(text, i, &size);
    if (!IsKatakana(c) && !(IsNameDot(c) && IsKatakana(DecodeAt(text, i + size)))) break;
    i += size;
  }
  return i;
}
bool IsAsciiLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// The first byte from `i` on for which `may_start(s, byte)` holds, or
// s.size(). A scan that acts only at characters with certain first bytes
// skips the rest with it instead of decoding every character. Each byte
// it stops at starts a character: ASCII and lead bytes always do, even in
// ill-formed UTF-8 (U8_NEXT never takes them as continuation bytes).
template <typename MayStart>
size_t SkipTo(string_view s, size_t i, MayStart may_start) {
  while (i < s.size() && !may_start(s, i)) ++i;
  return i;
}
// Where a Latin word character (IsLatinWordChar) may start: ASCII,
// U+00C0 to U+024F (lead bytes C3 to C9), full-width forms (EF).
bool MayStartLatin(string_view s, size_t i) {
  auto b = static_cast<uint8_t>(s[i]);
  return b < 0x80 || (b >= 0xC3 && b <= 0xC9) || b == 0xEF;
}
// Where katakana (IsKatakana) may start: U+30A1 to U+30FE are E3 82 or
// E3 83, U+FF66 to U+FF9F are EF BD or EF BE. Hiragana (E3 81, E3 82) and
// kanji are mostly skipped.
bool MayStartKatakana(string_view s, size_t i) {
  auto b = static_cast<uint8_t>(s[i]);
  if ((b != 0xE3 && b != 0xEF) || i + 1 >= s.size()) return false;
  auto next = static_cast<uint8_t>(s[i + 1]);
  return b == 0xE3 ? next == 0x82 || next == 0x83 : next == 0xBD || next == 0xBE;
}
// MayStartLatin and MayStartKatakana sixteen bytes at a time (SkipTo16's
// `lanes`): exact, given the byte after each.
auto MayStartLatin16(Bytes16 at, Bytes16) { return (at < 0x80) | ((at >= 0xC3) & (at <= 0xC9)) | (at == 0xEF); }
auto MayStartKatakana16(Bytes16 at, Bytes16 after) {
  return ((at == 0xE3) & ((after == 0x82) | (after == 0x83))) | ((at == 0xEF) & ((after == 0xBD) | (after == 0xBE)));
}
// SkipTo for the scans of a whole article for these.
size_t SkipToLatin(string_view s, size_t i) { return SkipTo16(s, i, MayStartLatin16, MayStartLatin); }
size_t SkipToKatakana(string_view s, size_t i) { return SkipTo16(s, i, MayStartKatakana16, MayStartKatakana); }
bool IsLatinLetter(char32_t c) {
  return IsAsciiLetter(c) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool IsUpperLatin(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xC0 && c <= 0xDE);
}
bool IsDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
int DigitValue(char32_t c) { return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10); }
bool IsLatinWordChar(char32_t c) { return IsLatinLetter(c) || IsDigit(c); }
bool IsLatinJoiner(char32_t c) { return c == '.' || c == '-' || c == '\'' || c == '&' || c == '+' || c == 0x2019; }

// ---- Placeholders ------------------------------------------------------------

// A shape stands for each name with one private-use code point: the range
// says what it is, the offset which one.
constexpr char32_t kOrgMark = 0xE000;
constexpr char32_t kPersonMark = 0xE400;
constexpr char32_t kModelMark = 0xE800;
constexpr char32_t kMarkEnd = 0xEC00;
constexpr size_t kMarkBytes = 3;

bool IsMark(char32_t c) { return c >= kOrgMark && c < kMarkEnd; }
bool IsOrgMark(char32_t c) { return c >= kOrgMark && c < kPersonMark; }
bool IsPersonMark(char32_t c) { return c >= kPersonMark && c < kModelMark; }
bool IsModelMark(char32_t c) { return c >= kModelMark && c < kMarkEnd; }

// ---- Text helpers ------------------------------------------------------------

// The rules test word lists at every code point of an article, and nearly
// every test fails within the first bytes: comparing inline is several
// times faster than a memcmp call per word. These three are always
// inlined: japanese.cc's rule functions are large enough that GCC would
// call them out of line in many, and a call costs more than the test.
[[gnu::always_inline]] inline bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t k = 0; k < n; ++k)
    if (a[k] != b[k]) return false;
  return true;
}
[[gnu::always_inline]] inline bool StartsAt(string_view s, size_t pos, string_view word) {
  return pos <= s.size() && s.size() - pos >= word.size() && SameBytes(s.data() + pos, word.data(), word.size());
}
[[gnu::always_inline]] inline bool EndsAt(string_view s, size_t pos, string_view word) {
  return pos <= s.size() && pos >= word.size() && SameBytes(s.data() + pos - word.size(), word.data(), word.size());
}
// The length of the longest of `words` that starts at `pos`, or 0.
size_t MatchAt(string_view s, size_t pos, Words words) {
  size_t best = 0;
  for (string_view w : words)
    if (w.size() > best && StartsAt(s, pos, w)) best = w.size();
  return best;
}
// The length of the longest of `words` that ends at `pos`, or 0.
size_t MatchBefore(string_view s, size_t pos, Words words) {
  size_t best = 0;
  for (string_view w : words)
    if (w.size() > best && EndsAt(s, pos, w)) best = w.size();
  return best;
}
// s.find(word, pos). The standard find looks for the word's first byte, and
// in Japanese text nearly every character starts with one of E3 to E9: it
// stops at almost every character. The last byte of a kana or kanji is far
// more selective.
size_t Find(string_view s, string_view word, size_t pos = 0) {
  if (word.size() < 2 || pos > s.size()) return s.find(word, pos);
  const char last = word.back();
  for (size_t at = pos + word.size() - 1; at < s.size(); ++at) {
    const auto* hit = static_cast<const char*>(std::memchr(s.data() + at, last, s.size() - at));
    if (!hit) break;
    at = static_cast<size_t>(hit - s.data());
    size_t start = at + 1 - word.size();
    // Most hits of the last byte fail at the first byte compared: inline,
    // not a memcmp call per hit.
    if (SameBytes(s.data() + start, word.data(), word.size() - 1)) return start;
  }
  return string_view::npos;
}
bool Contains(string_view s, string_view word) { return Find(s, word) != string_view::npos; }
// The assessment lists are searched for in every clause around a trigger.
// Most of their words cannot occur, which the byte pairs of `s` tell
// without a search. `pairs` are those of `s` or of a text `s` is part of.
bool ContainsAny(string_view s, const BytePairs& pairs, Words words) {
  for (string_view w : words) {
    if (!pairs.MayContain(w)) continue;
    if (Contains(s, w)) return true;
  }
  return false;
}
bool ContainsAny(string_view s, Words words) { return ContainsAny(s, BytePairs(s), words); }
bool AnyOf(string_view s, Words words) { return std::find(words.begin(), words.end(), s) != words.end(); }

// Latin words compared ignoring case and width ("ＡＩ" is "AI"), folded once
// at start-up rather than on every comparison.
class FoldedWords {
 public:
  explicit FoldedWords(Words words) {
    for (string_view w : words) keys_.insert(FoldKey(w));
  }
  bool Contains(string_view s) const { return keys_.count(FoldKey(s)) > 0; }

 private:
  std::unordered_set<std::string> keys_;
};
bool AnyOfFolded(string_view s, const FoldedWords& words) { return words.Contains(s); }

// A word list tested at every code point of an article, indexed by first
// and by last code point so that only the few words that can match are
// compared.
class WordIndex {
 public:
  explicit WordIndex(Words words) {
    for (string_view w : words) {
      if (w.empty()) continue;
      char32_t first = DecodeAt(w, 0), last = DecodeBefore(w, w.size());
      by_first_[first].push_back(w);
      by_last_[last].push_back(w);
      may_start_.set(first % kFilterBits);
      first_bytes_.set(static_cast<uint8_t>(w[0]));
      may_end_.set(last % kFilterBits);
    }
    auto longest_first = [](string_view a, string_view b) { return a.size() > b.size(); };
    for (auto& [first, list] : by_first_) std::stable_sort(list.begin(), list.end(), longest_first);
    for (auto& [last, list] : by_last_) std::stable_sort(list.begin(), list.end(), longest_first);
  }
  // MatchBefore(s, pos, words): the length of the longest word ending at
  // `pos`, or 0.
  size_t MatchBefore(string_view s, size_t pos) const {
    if (pos == 0 || pos > s.size()) return 0;
    char32_t last = DecodeBefore(s, pos);
    if (!may_end_.test(last % kFilterBits)) return 0;
    auto it = by_last_.find(last);
    if (it == by_last_.end()) return 0;
    for (string_view w : it->second)
      if (EndsAt(s, pos, w)) return w.size();
    return 0;
  }
  // Whether a word may start at byte `pos` of `s`, from its first byte
  // alone: a scan skips the other bytes without decoding them.
  bool MayStartAt(string_view s, size_t pos) const { return first_bytes_.test(static_cast<uint8_t>(s[pos])); }
  // Whether a word may start with the code point `first`; if not, MatchAt
  // is 0 wherever `first` is decoded.
  bool MayStartWith(char32_t first) const { return may_start_.test(first % kFilterBits); }
  // MatchAt(s, pos, words): the length of the longest word at `pos`, or 0.
  size_t MatchAt(string_view s, size_t pos) const {
    if (pos >= s.size()) return 0;
    char32_t first = DecodeAt(s, pos);
    if (!may_start_.test(first % kFilterBits)) return 0;
    auto it = by_first_.find(first);
    if (it == by_first_.end()) return 0;
    for (string_view w : it->second)
      if (StartsAt(s, pos, w)) return w.size();
    return 0;
  }

 private:
  // Most code points start and end no word: a bit per code point modulo
  // kFilterBits says so without a hash lookup.
  static constexpr size_t kFilterBits = 4096;
  std::unordered_map<char32_t, std::vector<string_view>> by_first_;
  std::unordered_map<char32_t, std::vector<string_view>> by_last_;
  std::bitset<kFilterBits> may_start_;
  std::bitset<kFilterBits> may_end_;
  std::bitset<256> first_bytes_;
};
// Whether `s` has the topic or subject particle (は, が) that starts a new
// clause, not counting the kana inside words such as 手がけ or はじめ.
bool HasTopicParticle(string_view s) {
  // clang-format off
  static constexpr string_view kWords[] = {
      "手がけ", "手掛け", "ながら", "はじめ", "ではなく", "には", "では", "とは", "へは", "からは", "がけ", "がら",
      "さがし", "ちが", "はず"};
  // clang-format on
  for (size_t i = 0, n = 0; i < s.size(); i += n) {
    char32_t c = DecodeAt(s, i, &n);
    if (c != U'が' && c != U'は') continue;
    bool inside = false;
    for (string_view w : kWords)
      for (size_t at = s.find(w, i >= w.size() ? i - w.size() + 1 : 0); at != string_view::npos && at <= i;
           at = s.find(w, at + 1))
        if (at + w.size() > i) inside = true;
    if (!inside) return true;
  }
  return false;
}

bool HasHiragana(string_view s) {
  for (size_t i = 0, n = 0; i < s.size(); i += n)
    if (IsHiragana(DecodeAt(s, i, &n))) return true;
  return false;
}

// ---- Lexicons ----------------------------------------------------------------

// Country prefixes news puts before a foreign company: 米メタ, 仏ミストラルAI.
// clang-format off
constexpr string_view kCountryPrefixes[] = {
    "米国", "中国", "韓国", "英国", "台湾", "米", "仏", "中", "英", "独", "加", "韓", "露", "印", "豪", "伊", "蘭",
    "瑞", "星"};
// clang-format on

// Countries written in katakana: where someone comes from (イタリア出身),
// not an employer.
// clang-format off
constexpr string_view kCountryNames[] = {
    "アメリカ", "イギリス", "フランス", "ドイツ", "イタリア", "スペイン", "ポルトガル", "カナダ", "メキシコ", "ブラジル",
    "アルゼンチン", "チリ", "インド", "ロシア", "ウクライナ", "ポーランド", "オランダ", "ベルギー", "スイス",
    "オーストリア", "スウェーデン", "ノルウェー", "フィンランド", "デンマーク", "アイルランド", "ギリシャ", "トルコ",
    "イスラエル", "エジプト", "ナイジェリア", "ケニア", "オーストラリア", "ニュージーランド", "シンガポール",
    "ベトナム", "タイ", "インドネシア", "フィリピン", "マレーシア", "イラン"};
// clang-format on

// Latin words that are not names on their own.
// clang-format off
constexpr string_view kGenericLatin[] = {
    "AI", "LLM", "LLMs", "IT", "SNS", "API", "APIs", "GPU", "GPUs", "CPU", "PC", "OS", "IoT", "DX", "SaaS", "VR",
    "AR", "XR", "PR", "IR", "IPO", "AGI", "ASI", "NLP", "ML", "DL", "RL", "OSS", "EV", "TV", "Web", "web", "App",
    "MoE", "RAG", "FAQ", "URL", "PDF", "B2B", "AIGC", "TPU", "NPU", "HPC", "SDK", "UI", "UX", "Q&A", "R&D", "M&A",
    "Inc", "Inc.", "Ltd", "Ltd.", "Co.", "Corp", "Corp.", "GenAI", "CEO", "CTO", "CSO", "COO", "CFO", "CPO", "CAIO",
    "CRO", "CIO", "CMO", "VP", "SVP", "EVP", "MIT"};
// clang-format on
// clang-format off
constexpr string_view kLatinRoles[] = {
    "CEO", "CTO", "CSO", "COO", "CFO", "CPO", "CAIO", "CRO", "CIO", "CMO", "VP", "SVP", "EVP"};
// clang-format on
// clang-format off
constexpr string_view kLatinRoleWords[] = {
    "Chief", "Officer", "President", "Director", "Head", "Scientist", "Engineer", "Researcher", "Manager", "Vice",
    "Founder", "Co-founder", "Cofounder", "Fellow", "Lead", "Principal", "Senior"};
// clang-format on

// Last words of Latin org names: "Akebono Labs", "Sony AI".
// clang-format off
constexpr string_view kOrgWords[] = {
    "Labs", "Lab", "AI", "Inc", "Inc.", "Research", "Technologies", "Systems", "Robotics", "Intelligence",
    "Computing", "Networks", "Dynamics", "Group", "Capital", "Ventures", "Corp", "Corp.", "Ltd", "Studio", "Studios",
    "Works"};
// clang-format on

// Role words, for descriptors and for the role field.
// clang-format off
constexpr string_view kRoles[] = {
    "最高経営責任者", "最高技術責任者", "最高科学責任者", "最高執行責任者", "最高財務責任者", "最高製品責任者",
    "最高戦略責任者", "最高研究責任者", "最高情報責任者", "最高AI責任者", "最高ＡＩ責任者", "最高人工知能責任者",
    "最高責任者", "チーフAIサイエンティスト", "チーフサイエンティスト", "チーフ・サイエンティスト", "主任研究員",
    "上級研究員", "首席研究員", "研究員", "研究者", "研究所長", "研究部長", "研究開発部長", "研究責任者", "部長",
    "リサーチエンジニア", "リサーチサイエンティスト", "リサーチャー", "エンジニア", "サイエンティスト",
    "ディレクター", "マネージャー", "マネジャー", "責任者", "担当副社長", "副社長", "社長", "副会長", "会長",
    "代表取締役", "取締役", "執行役員", "上級副社長", "役員", "幹部", "所長", "室長", "センター長", "准教授", "教授",
    "顧問", "フェロー", "共同創業者", "創業者", "創設者", "共同設立者", "創業メンバー", "設立者", "代表", "トップ",
    "リーダー", "CEO", "CTO", "CSO", "COO", "CFO", "CPO", "CAIO", "CRO", "CIO", "VP"};
// clang-format on

// Words a kanji run before 氏 may begin with that are not part of the name:
// 会長高橋氏, 同社社長山田氏.
// clang-format off
constexpr string_view kNamePrefixes[] = {
    "同社社長", "同社会長", "同社", "元社長", "前社長", "元会長", "前会長", "副社長", "社長", "会長", "代表取締役",
    "取締役", "執行役員", "部長", "所長", "室長", "准教授", "教授", "主任研究員", "研究員", "理事長", "理事", "幹部",
    "創業者", "委員長", "議長", "顧問", "同"};
// clang-format on

// Katakana words that are never the org of a slot: チームに加わった.
// clang-format off
constexpr string_view kKatakanaNotOrgs[] = {
    "チーム", "プロジェクト", "スタートアップ", "ベンチャー", "モデル", "サービス", "ポスト", "ポジション",
    "ライバル", "グループ", "トップ", "リーダー", "メンバー", "ボード", "アドバイザー", "コンサルタント", "ラボ",
    "オフィス", "ポッドキャスト", "イベント", "カンファレンス", "プラットフォーム", "ビジネス", "ユーザー",
    "コミュニティ", "パートナー", "ライセンス", "ベンチマーク", "データ", "データセンター", "クラウド", "エッジ",
    "ジェネレーティブ", "マルチモーダル", "エージェント", "エージェンティック", "フィジカル", "ソブリン",
    "オープンソース", "オンデバイス", "オープンウェイト", "リサーチ", "フェロー", "インターン", "スタッフ",
    "ニュース", "メディア", "ブログ", "サイト", "ウェブサイト", "アプリ", "ツール", "システム", "ソフトウエア",
    "ソフトウェア", "ハードウェア", "チップ", "ロボット", "キャリア", "ファンド", "ポスト", "テック", "ビッグテック",
    "ライバル社", "ベンチャーキャピタル", "エンタープライズ", "コンシューマー", "セキュリティー", "セキュリティ",
    "インフラ", "ロボティクス", "ヘルスケア", "フィンテック", "ゲーム", "ハイテク", "トレーニング", "チーフ",
    "ファウンデーション", "ジェネラティブ", "カナダ", "アメリカ", "フランス", "ドイツ", "イギリス", "シリコンバレー",
    "サンフランシスコ", "ロンドン", "パリ", "モントリオール", "トロント", "シンガポール", "ソウル", "ニューヨーク"};
// clang-format on
// "ミサゴには、…X氏が加わった": a person (an honorific before が) joins what
// opens the sentence, which is then a company like "ミサゴに入社". `j` is
// just after the name.
bool JoinedByNamedPerson(string_view text, size_t j) {
  if (!StartsAt(text, j, "には") && !StartsAt(text, j, "に、")) return false;
  size_t end = text.find("。", j);
  string_view rest = text.substr(j, end == string_view::npos ? string_view::npos : end - j);
  static constexpr string_view kJoins[] = {"氏が加わ", "氏が入社", "氏が合流", "氏が参画", "さんが加わ",
                                           "さんが入社", "さんが合流", "さんが参画"};
  return ContainsAny(rest, kJoins);
}

// Katakana words ending in these are roles, not orgs: リサーチエンジニア.
// clang-format off
constexpr string_view kKatakanaRoleEnds[] = {
    "エンジニア", "サイエンティスト", "ディレクター", "マネージャー", "マネジャー", "リーダー", "リサーチャー",
    "アドバイザー", "コンサルタント", "デザイナー", "アナリスト", "プロデューサー"};
// clang-format on

// Kanji endings that make an org name: 東京大学, 理化学研究所.
// clang-format off
constexpr string_view kOrgSuffixes[] = {
    "大学院", "大学", "研究所", "研究機構", "機構", "製作所", "自動車", "電機", "電気", "工業", "銀行", "証券",
    "商事", "物産", "通信", "新聞社", "放送", "総研", "財団", "技研", "製薬", "重工", "電力", "電話", "研究院",
    "科学院", "病院", "省", "庁", "電算", "電工", "電子", "化学", "精機", "製鉄", "建設", "保険", "生命", "出版", "航空", "鉄道", "重工業", "商会", "興業", "印刷", "知能", "計算機", "情報システム", "音響"};
// clang-format on

// A company's legal form, written before or after its name (株式会社アマオト・
// ラボ, メバル電機株式会社, （株）ヤドカリ通信): no part of the name, which is
// what a reader and the org lists call the company.
constexpr string_view kLegalForms[] = {"株式会社", "合同会社", "有限会社", "（株）", "(株)", "㈱"};

// `name` without a legal form at either end; `name` itself when the form
// is all of it.
string_view WithoutLegalForm(string_view name) {
  if (size_t p = MatchAt(name, 0, kLegalForms); p && p < name.size()) name.remove_prefix(p);
  if (size_t p = MatchBefore(name, name.size(), kLegalForms); p && p < name.size()) name.remove_suffix(p);
  return name;
}

// Nouns that introduce an org name in brackets: 新会社「Kasumi AI」.
// clang-format off
constexpr string_view kOrgIntroducers[] = {
    "新会社", "会社", "スタートアップ", "新興企業", "企業", "子会社", "新組織", "組織", "研究所", "研究部門", "部門",
    "ラボ", "法人", "社名", "新興", "研究組織", "研究機関", "合弁会社"};
// clang-format on

// 同社 and friends: the company being talked about.
constexpr string_view kOrgAnaphors[] = {"同社",   "同研究所", "同ラボ",           "同グループ", "同組織",
                                        "同部門", "同機関",   "同スタートアップ", "同大学",     "自社"};

// The lists above that are tested at every code point or Latin word,
// prepared once.
const FoldedWords kGenericLatinFolded{kGenericLatin};
const FoldedWords kLatinRolesFolded{kLatinRoles};
const FoldedWords kLatinRoleWordsFolded{kLatinRoleWords};

// "LINEヤフー": an all-capital ASCII word of two or more letters glued
// before a katakana name is part of it (not a role such as CEO, nor a
// generic word such as AI). Where the name starts.
size_t CapitalsGluedBefore(string_view s, size_t i) {
  size_t start = i;
  while (start > 0 && s[start - 1] >= 'A' && s[start - 1] <= 'Z') --start;
  string_view caps = s.substr(start, i - start);
  if (caps.size() < 2 ||
      (start > 0 && (IsLatinWordChar(DecodeBefore(s, start)) || IsLatinJoiner(DecodeBefore(s, start)))) ||
      AnyOfFolded(caps, kLatinRoleWordsFolded) || AnyOfFolded(caps, kLatinRolesFolded) ||
      AnyOfFolded(caps, kGenericLatinFolded))
    return i;
  return start;
}
const FoldedWords kOrgWordsFolded{kOrgWords};
const WordIndex kOrgSuffixIndex{kOrgSuffixes};
const WordIndex kOrgAnaphorIndex{kOrgAnaphors};
const WordIndex kRoleIndex{kRoles};

// "クスノキAI研究所", "ミライML技研": capitals glued between a katakana name
// and a kanji org ending at `i` are part of the name (米AI研究所 is no name:
// the capitals must follow katakana). Where the name starts; i if there are
// none.
size_t KatakanaCapitalsBefore(string_view s, size_t i) {
  size_t j = i;
  while (j > 0 && s[j - 1] >= 'A' && s[j - 1] <= 'Z') --j;
  if (j == i || i - j > 4 || j == 0 || !IsKatakana(DecodeBefore(s, j))) return i;
  size_t m = 0;
  while (j > 0) {
    char32_t p = DecodeBefore(s, j, &m);
    if (!IsKatakana(p) && !IsNameDot(p)) break;
    j -= m;
  }
  return j;
}

// "AI半導体のセンリ・デバイス", "生成AI開発のX": where a sentence starts when
// a short head of the business, ending in の, opens it right before the
// name at `i` (at most 8 code points of kanji, katakana and Latin letters,
// after the text's start, 。 or によると、). i if no such head.
size_t LeadHeadStart(string_view s, size_t i) {
  if (!EndsAt(s, i, "の")) return i;
  size_t j = i - string_view("の").size();
  size_t points = 0, m = 0;
  while (j > 0 && points <= 8) {
    char32_t p = DecodeBefore(s, j, &m);
    if (!IsKanji(p) && !IsKatakana(p) && !IsLatinLetter(p)) break;
    j -= m;
    ++points;
  }
  if (points == 0 || points > 8) return i;
  if (j == 0 || EndsAt(s, j, "。") || EndsAt(s, j, "によると、")) return j;
  return i;
}

// Where a name that runs from `start` to its org ending at `suffix_at`
// really starts: after an industry head written straight before it
// (電機大手ハナミズキ電子, ベンチャー企業ヒヨクドリ音響; 通信大手の is no
// problem), which describes the company and is no part of its name.
size_t AfterIndustryHead(string_view s, size_t start, size_t suffix_at) {
  static constexpr string_view kHeads[] = {"大手", "最大手", "競合", "企業"};
  size_t cut = start;
  for (string_view head : kHeads)
    for (size_t at = s.find(head, start); at != string_view::npos && at + head.size() <= suffix_at;
         at = s.find(head, at + 3))
      if (at + head.size() < suffix_at) cut = std::max(cut, at + head.size());
  return cut;
}

// Where a name that runs from `start` to its org ending at `suffix_at`
// really starts: after a time word written straight before it
// (昨年ハクロウ技研を退社した, 今月ミサゴ電機に入社した, 翌年ウグイス電子を
// 創業した), which dates the verb
// and is no part of the name. Only when a name of two or more code points
// is left.
size_t AfterTimeWord(string_view s, size_t start, size_t suffix_at) {
  // clang-format off
  static constexpr string_view kTimeWords[] = {
      "一昨年", "昨年末", "昨年", "今年", "本年", "去年", "先月", "今月", "先週", "今週", "昨秋", "昨春", "昨夏",
      "昨冬", "今春", "今夏", "今秋", "今冬", "同年", "前年", "来年", "来月", "翌年", "翌月", "同月", "前月"};
  // clang-format on
  size_t word = MatchAt(s, start, kTimeWords);
  if (word == 0 || start + word >= suffix_at || CodePoints(s.substr(start + word, suffix_at - start - word)) < 2)
    return start;
  return start + word;
}

// "の研究部門長を経て", "の主任研究員を経て": a post at the org named just
// before, passed through on the way to a later one. Where を経て starts in
// `after` (which starts with の), or 0: the post is at most 12 code points
// of kanji, katakana or Latin capitals, with no particle or mark in it.
size_t PostBeforePassedThrough(string_view after) {
  if (!StartsAt(after, 0, "の")) return 0;
  size_t k = 3, points = 0, n = 0;
  while (k < after.size() && points <= 12) {
    if (StartsAt(after, k, "を経て")) return points > 0 ? k : 0;
    char32_t c = DecodeAt(after, k, &n);
    if (!IsKanji(c) && !IsKatakana(c) && !(c >= U'A' && c <= U'Z')) return 0;
    k += n;
    ++points;
  }
  return 0;
}

// ---- Mentions ----------------------------------------------------------------

enum class MentionKind { kOrg, kPerson, kModel };

struct Mention {
  MentionKind kind = MentionKind::kOrg;
  size_t start = 0;  // original bytes the placeholder stands for
  size_t end = 0;
  std::vector<std::string> names;          // persons: resolved full names (両氏 has two)
  bool full = false;                       // persons: written in full, not a surname
  bool anaphor = false;                    // orgs: 同社, resolved
  const NameEntry* model_entry = nullptr;  // models: the known family it starts with
  const std::string& name() const { return names.front(); }
};

// A sentence with its names replaced by placeholders.
struct Shape {
  Span span;
  std::string text;
  std::vector<Mention> marks;          // placeholder offset -> mention
  std::map<size_t, Span> appositives;  // person mark index -> its parenthetical (original bytes)
};

char32_t MarkFor(MentionKind kind, size_t index) {
  char32_t base = kind == MentionKind::kOrg ? kOrgMark : kind == MentionKind::kPerson ? kPersonMark : kModelMark;
  return base + static_cast<char32_t>(index);
}
size_t MarkIndex(char32_t c) {
  if (IsOrgMark(c)) return c - kOrgMark;
  if (IsPersonMark(c)) return c - kPersonMark;
  return c - kModelMark;
}

const Mention* MarkAt(const Shape& shape, size_t pos, char32_t* code = nullptr) {
  char32_t c = DecodeAt(shape.text, pos);
  if (code) *code = c;
  return IsMark(c) ? &shape.marks[MarkIndex(c)] : nullptr;
}
const Mention* MarkBefore(const Shape& shape, size_t pos, char32_t* code = nullptr) {
  char32_t c = DecodeBefore(shape.text, pos);
  if (code) *code = c;
  return IsMark(c) ? &shape.marks[MarkIndex(c)] : nullptr;
}

// A gap of text with no names, sentence end, particles that open another
// argument, or verb endings: what may stand between an argument and its
// verb ("5月30日付で", "最高AI責任者として", "オープンソースで").
bool ShortGap(string_view gap, size_t max_code_points = 24) {
  if (CodePoints(gap) > max_code_points) return false;
  size_t i = 0, n = 0;
  if (StartsAt(gap, 0, "、")) i = 3;
  for (; i < gap.size(); i += n) {
    char32_t c = DecodeAt(gap, i, &n);
    if (IsMark(c)) return false;
    if (c == U'を' || c == U'が' || c == U'は' || c == U'。' || c == U'、' || c == U'「' || c == U'」') return false;
  }
  static constexpr string_view kVerbEndings[] = {"した", "する", "され", "った", "ている", "ていた", "れる", "せる"};
  if (ContainsAny(gap, kVerbEndings)) return false;
  for (size_t at = gap.find("して"); at != string_view::npos; at = gap.find("して", at + 1))
    if (!EndsAt(gap, at, "と")) return false;
  return true;
}

// ---- Dates -------------------------------------------------------------------

bool ValidDay(int year, unsigned month, unsigned day) {
  return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok();
}

Date ShiftMonth(const Date& d, int delta) {
  int index = d.year() * 12 + static_cast<int>(d.month()) - 1 + delta;
  return Date::Month(index / 12, static_cast<unsigned>(index % 12 + 1));
}

// Reads a decimal number at `pos`; returns its byte length (0 if none).
size_t ReadNumber(string_view s, size_t pos, int* value) {
  size_t i = pos, n = 0;
  int v = 0, digits = 0;
  while (i < s.size()) {
    char32_t c = DecodeAt(s, i, &n);
    if (!IsDigit(c) || digits >= 4) break;
    v = v * 10 + DigitValue(c);
    ++digits;
    i += n;
  }
  if (digits == 0) return 0;
  if (pos > 0 && IsDigit(DecodeBefore(s, pos))) return 0;
  *value = v;
  return i - pos;
}

struct DateHit {
  size_t start = 0, end = 0;
  Date date;
};

// What the date scanner needs to know about the article so far.
struct DateContext {
  Date published;
  std::optional<int> last_year;  // the last year written in the article (同年)
  std::optional<Date> last_day;  // the last day written (同日)
};

// The date expressions of a sentence shape, resolved. `past` says whether
// the event they date lies before the article, which decides the year of
// "12月" read in January.
std::vector<DateHit> FindDates(string_view s, const DateContext& context, bool past) {
  std::vector<DateHit> hits;
  const Date& pub = context.published;
  const int y = pub.year();
  std::optional<int> sentence_year;
  auto month_of = [&](int year, bool explicit_year, int month) {
    Date d = Date::Month(year, static_cast<unsigned>(month));
    if (!explicit_year) {
      if (past && d.SortKey() > pub.SortKey()) d = Date::Month(year - 1, static_cast<unsigned>(month));
      if (!past && ShiftMonth(d, 2).SortKey() < pub.SortKey()) d = Date::Month(year + 1, static_cast<unsigned>(month));
    }
    return d;
  };
  // After a year (explicit or relative): 4月, 4月10日, 4月末, 春.
  auto after_year = [&](size_t i, int year, bool explicit_year, DateHit* hit) {
    int month = 0, day = 0;
    size_t n = ReadNumber(s, i, &month);
    if (n && StartsAt(s, i + n, "月") && month >= 1 && month <= 12) {
      i += n + 3;
      size_t m = ReadNumber(s, i, &day);
      if (m && StartsAt(s, i + m, "日") && ValidDay(year, static_cast<unsigned>(month), static_cast<unsigned>(day))) {
        hit->date = Date::Day(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
        hit->end = i + m + 3;
        return;
      }
      hit->date = explicit_year ? Date::Month(year, static_cast<unsigned>(month)) : month_of(year, false, month);
      hit->end = i;
      return;
    }
    hit->date = Date::Year(year);
    hit->end = i;
  };
  // Every date expression below starts with a digit or one of these, so
  // other characters are passed over without trying each expression.
  static constexpr std::u32string_view kDateStarts = U"き今先前去同年昨本来翌";
  // Bit c % 64 is set for each c of kDateStarts: a character whose bit is
  // clear is none of them, which rules out most characters with one test
  // instead of a comparison with each.
  static constexpr uint64_t kDateStartBits = [] {
    uint64_t bits = 0;
    for (char32_t c : kDateStarts) bits |= uint64_t{1} << (c % 64);
    return bits;
  }();
  auto may_start_date = [](char32_t c) {
    return IsDigit(c) || (((kDateStartBits >> (c % 64)) & 1) != 0 && kDateStarts.find(c) != std::u32string_view::npos);
  };
  size_t i = 0, n = 0;
  while (i < s.size()) {
    if (char32_t first = DecodeAt(s, i, &n); !may_start_date(first)) {
      i += n ? n : 1;
      continue;
    }
    DateHit hit;
    hit.start = i;
    int value = 0;
    static constexpr std::pair<string_view, int> kRelativeYears[] = {
        {"同年", 0}, {"今年", 0}, {"本年", 0}, {"昨年", -1}, {"去年", -1}, {"前年", -1}, {"来年", 1}, {"翌年", 1}};
    bool matched = false;
    for (const auto& [word, delta] : kRelativeYears) {
      if (!StartsAt(s, i, word)) continue;
      int base = y;
      if (word == "同年" || word == "前年" || word == "翌年")
        base = sentence_year.value_or(context.last_year.value_or(y));
      int year = base + delta;
      if (word == "昨年" && StartsAt(s, i + word.size(), "末")) {
        hit.date = Date::Month(year, 12);
        hit.end = i + word.size() + 3;
      } else {
        after_year(i + word.size(), year, true, &hit);
      }
      if (word == "同年") sentence_year = year;
      matched = true;
      break;
    }
    if (!matched) {
      static constexpr std::pair<string_view, int> kSeasons[] = {
          {"昨秋", -1}, {"昨春", -1}, {"昨夏", -1}, {"昨冬", -1}, {"今秋", 0}, {"今春", 0}, {"今夏", 0},
          {"今冬", 0},  {"年内", 0},  {"年末", 0},  {"年初", 0},  {"来春", 1}, {"来秋", 1}};
      for (const auto& [word, delta] : kSeasons) {
        if (!StartsAt(s, i, word)) continue;
        hit.date = word == "年末" ? Date::Month(y + delta, 12) : Date::Year(y + delta);
        hit.end = i + word.size();
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (StartsAt(s, i, "先月") || StartsAt(s, i, "今月") || StartsAt(s, i, "来月")) {
        int delta = StartsAt(s, i, "先月") ? -1 : StartsAt(s, i, "来月") ? 1 : 0;
        hit.date = ShiftMonth(pub, delta);
        hit.end = i + 6;
        matched = true;
      } else if (StartsAt(s, i, "本日") || StartsAt(s, i, "今日") || StartsAt(s, i, "きょう")) {
        hit.date = pub;
        hit.end = i + (StartsAt(s, i, "きょう") ? 9 : 6);
        matched = true;
      } else if (StartsAt(s, i, "昨日")) {
        hit.date = Date::FromDays(pub.FirstDay() - std::chrono::days(1));
        hit.end = i + 6;
        matched = true;
      } else if (StartsAt(s, i, "同日") || StartsAt(s, i, "同じ日")) {
        hit.date = context.last_day.value_or(pub);
        hit.end = i + (StartsAt(s, i, "同日") ? 6 : 9);
        matched = true;
      }
    }
    if (!matched && (n = ReadNumber(s, i, &value)) > 0) {
      size_t after = i + n;
      if (StartsAt(s, after, "年") && value >= 1900 && value <= 2100) {
        sentence_year = value;
        if (StartsAt(s, after + 3, "末")) {
          hit.date = Date::Month(value, 12);
          hit.end = after + 6;
        } else {
          after_year(after + 3, value, true, &hit);
        }
        matched = true;
      } else if (StartsAt(s, after, "月") && value >= 1 && value <= 12) {
        int year = sentence_year.value_or(y);
        int day = 0;
        size_t m = ReadNumber(s, after + 3, &day);
        if (m && StartsAt(s, after + 3 + m, "日") && day >= 1 && day <= 31) {
          if (!ValidDay(year, static_cast<unsigned>(value), static_cast<unsigned>(day))) {
            i += n;
            continue;
          }
          Date d = Date::Day(year, static_cast<unsigned>(value), static_cast<unsigned>(day));
          // "4月1日付で": an effective day, announced shortly before it
          // comes, so one in the next two months is this year's even in
          // the past tense (4月1日付で就任した, written on 3月31日).
          bool effective = StartsAt(s, after + 3 + m + 3, "付") && d.SortKey() <= pub.SortKey() + 62;
          if (!sentence_year && !effective) {
            if (past && d.SortKey() > pub.SortKey() + 1 &&
                ValidDay(year - 1, static_cast<unsigned>(value), static_cast<unsigned>(day)))
              d = Date::Day(year - 1, static_cast<unsigned>(value), static_cast<unsigned>(day));
            if (!past && d.SortKey() + 62 < pub.SortKey() &&
                ValidDay(year + 1, static_cast<unsigned>(value), static_cast<unsigned>(day)))
              d = Date::Day(year + 1, static_cast<unsigned>(value), static_cast<unsigned>(day));
          }
          hit.date = d;
          hit.end = after + 3 + m + 3;
        } else {
          hit.date = month_of(year, sentence_year.has_value(), value);
          hit.end = after + 3;
        }
        matched = true;
      } else if (StartsAt(s, after, "日") && value >= 1 && value <= 31 && !StartsAt(s, after, "日本") &&
                 !StartsAt(s, after, "日間")) {
        unsigned month = pub.month();
        int year = pub.year();
        if (past && static_cast<unsigned>(value) > pub.day() + 1) {
          Date prev = ShiftMonth(pub, -1);
          month = prev.month();
          year = prev.year();
        }
        if (ValidDay(year, month, static_cast<unsigned>(value))) {
          hit.date = Date::Day(year, month, static_cast<unsigned>(value));
          hit.end = after + 3;
          matched = true;
        }
      }
      if (!matched) {
        i += n;
        continue;
      }
    }
    if (matched) {
      hits.push_back(hit);
      i = std::max(hit.end, i + 1);
      continue;
    }
    DecodeAt(s, i, &n);
    i += n ? n : 1;
  }
  return hits;
}

// ---- Assertion ---------------------------------------------------------------

enum class Verb { kLeave, kMove, kEnter, kHire, kAssume, kFound };

struct Trigger {
  string_view word;
  Verb verb;
};
struct TriggerHit {
  size_t start, end;
  Verb verb;
};

constexpr Trigger kTriggers[] = {
    {"退社", Verb::kLeave},   {"退職", Verb::kLeave},     {"辞任", Verb::kLeave},     {"退任", Verb::kLeave},
    {"離れ", Verb::kLeave},   {"去っ", Verb::kLeave},     {"去る", Verb::kLeave},     {"去り", Verb::kLeave},
    {"辞め", Verb::kLeave},   {"辞し", Verb::kLeave},     {"退い", Verb::kLeave},     {"退く", Verb::kLeave},
    {"退き", Verb::kLeave},   {"引退", Verb::kLeave},     {"離脱", Verb::kLeave},     {"退陣", Verb::kLeave},
    {"独立", Verb::kLeave},   {"解雇", Verb::kLeave},     {"解任", Verb::kLeave},     {"移籍", Verb::kMove},
    {"転籍", Verb::kMove},    {"移っ", Verb::kMove},      {"移り", Verb::kMove},      {"移る", Verb::kMove},
    {"移られ", Verb::kMove},
    {"転じ", Verb::kMove},    {"転身", Verb::kMove},      {"転職", Verb::kMove},      {"鞍替え", Verb::kMove},
    {"入社", Verb::kEnter},   {"入行", Verb::kEnter},     {"入庁", Verb::kEnter},     {"入省", Verb::kEnter},
    {"参画", Verb::kEnter},   {"加わ", Verb::kEnter},     {"加入", Verb::kEnter},     {"合流", Verb::kEnter},
    {"入所", Verb::kEnter},   {"就職", Verb::kEnter},     {"迎え", Verb::kHire},      {"招聘", Verb::kHire},
    {"招へい", Verb::kHire},  {"招い", Verb::kHire},      {"招き", Verb::kHire},      {"招く", Verb::kHire},
    {"招か", Verb::kHire},    {"採用", Verb::kHire},      {"起用", Verb::kHire},      {"引き抜", Verb::kHire},
    {"獲得", Verb::kHire},    {"任命", Verb::kHire},      {"参加", Verb::kEnter},     {"復帰", Verb::kEnter},
    {"戻っ", Verb::kEnter},   {"戻り", Verb::kEnter},     {"戻る", Verb::kEnter},
    {"働き始", Verb::kEnter}, {"勤務し始", Verb::kEnter}, {"勤務を始", Verb::kEnter}, {"就任", Verb::kAssume},
    {"就い", Verb::kAssume},  {"就く", Verb::kAssume},    {"就き", Verb::kAssume},    {"共同創業", Verb::kFound},
    {"創業", Verb::kFound},   {"共同設立", Verb::kFound}, {"設立", Verb::kFound},     {"創設", Verb::kFound},
    {"創立", Verb::kFound},   {"立ち上げ", Verb::kFound}, {"立ちあげ", Verb::kFound}, {"起業", Verb::kFound},
    {"旗揚げ", Verb::kFound},
};

// Words whose presence anywhere after a trigger (up to a contrast) puts the
// whole chain before them in doubt: reports of rumours, denials,
// speculation, conditions and questions.
// clang-format off
constexpr string_view kFrameDoubts[] = {
    "否定", "事実ではない", "事実ではありません", "事実無根", "誤りだ", "誤りである", "一部報道", "との報道", "観測",
    "噂", "うわさ", "憶測", "臆測", "取り沙汰", "浮上", "見方", "可能性", "かもしれ", "だろう", "でしょう",
    "とみられ", "と見られ", "見込み", "見通し", "予想", "場合", "もし", "仮に", "との情報", "と伝えられ",
    "ささやかれ", "取りざたされ", "との声", "ことになれば", "交渉中", "協議中", "と一部で報じ", "か。", "か？",
    "のか", "ないか", "とする報道", "報道について", "報道に関して", "報道に対し", "報道を否定", "うわさ",
    "とのうわさ", "との見方", "方向で調整", "方向で最終調整", "方向で検討", "方向で協議", "ことで調整",
    "ことで最終調整", "事実はない", "事実はありません", "一部メディア", "報じたことについて", "報じたことに対し",
    "報じたことに関し"};
// clang-format on
// Words that put only the verb right before them in doubt (up to the next
// comma): plans, attempts and negotiations.
// clang-format off
constexpr string_view kLocalDoubts[] = {
    "検討", "交渉", "協議", "調整", "模索", "打診", "目指", "めざ", "狙", "図っ", "図る", "図り", "ようと", "希望",
    "意欲", "れば", "たら", "なら", "向け", "誘っ", "誘い", "期待", "望ん", "求め", "説得", "べき", "かどうか", "か悩", "か迷", "たい"};
// clang-format on
// Plans, which count for a person's move (an announced move) but not for a
// model release.
constexpr string_view kPlans[] = {"予定", "計画", "方針", "準備", "目指", "めざ", "意向", "見込み", "へ。", "へ、"};

struct Assessment {
  bool asserted = true;
  bool future = false;  // announced, not yet done
};

// The text after a trigger that belongs to its chain: up to the end of the
// sentence or a contrast (が、, ものの, 一方).
string_view ChainTail(string_view s, size_t from) {
  string_view tail = s.substr(from);
  static constexpr string_view kContrasts[] = {"が、", "ものの", "一方", "けれど", "。"};
  size_t cut = tail.size();
  for (string_view c : kContrasts) {
    size_t at = tail.find(c);
    if (at != string_view::npos && at < cut) cut = at;
  }
  return tail.substr(0, cut);
}

// The verb's own tail: up to the next comma or full stop.
string_view LocalTail(string_view s, size_t from) {
  string_view tail = s.substr(from);
  size_t cut = std::min(tail.find("、"), tail.find("。"));
  return tail.substr(0, std::min(cut, tail.size()));
}

// `pairs` are those of `local` or of a text it is part of.
bool Negated(string_view local, const BytePairs& pairs) {
  // clang-format off
  static constexpr string_view kNegatedStarts[] = {
      "しない", "せず", "しなかった", "していない", "してない", "しません", "していません", "してはいない",
      "されない", "されず", "されていない", "ない", "ず", "なかった", "ていない", "てない", "らない", "らず",
      "らなかった", "れない", "ません", "ていません", "にはならない", "に至っていない", "はしない", "はない"};
  // clang-format on
  if (MatchAt(local, 0, kNegatedStarts) && !StartsAt(local, 0, "ないか")) return true;
  // clang-format off
  static constexpr string_view kNegations[] = {
      "予定はな", "つもりはな", "ことはな", "考えはな", "計画はな", "意向はな", "事実はな", "予定はありません",
      "つもりはありません", "ことはありません", "はしていない", "には至っていない", "していない", "ていない",
      "はなく", "ではない"};
  // clang-format on
  return ContainsAny(local, pairs, kNegations);
}

// A correction quotes the error it corrects, then the truth: "X氏が…を退社
// したと報じましたが、X氏は退社しておらず", "…に入社したとしていましたが、
// 正しくは…". The trigger whose chain ends in such a report, contradicted
// after the が, is no fact. `chain` is ChainTail(s, te).
bool CorrectedReport(string_view s, size_t te, string_view chain) {
  size_t end = te + chain.size();
  if (!StartsAt(s, end, "が、")) return false;
  static constexpr string_view kReported[] = {"と報じました", "と報じた", "としていました", "としました",
                                              "と紹介しました", "と記載しました", "と掲載しました", "と伝えました"};
  if (!MatchBefore(s, end, kReported)) return false;
  static constexpr string_view kTruths[] = {"ておらず", "正しくは", "誤り", "事実と異な", "ではなく"};
  return ContainsAny(s.substr(end), kTruths);
}

// Whether the event whose trigger spans [t, te) of `s` is asserted.
// `release` applies the stricter rule for models: a plan is not a release.
Assessment Assess(string_view s, size_t t, size_t te, bool release) {
  Assessment a;
  string_view local = LocalTail(s, te);
  string_view chain = ChainTail(s, te);
  string_view before = s.substr(0, t);
  // Both tails start at `te`: the pairs of the longer answer for both, built
  // once for the five lists asked of them (each built its own before).
  BytePairs pairs(local.size() >= chain.size() ? local : chain);
  if (Negated(local, pairs)) a.asserted = false;
  if (ContainsAny(chain, pairs, kFrameDoubts)) a.asserted = false;
  if (ContainsAny(local, pairs, kLocalDoubts)) a.asserted = false;
  if (Contains(before, "もし") || Contains(before, "仮に")) a.asserted = false;
  if (CorrectedReport(s, te, chain)) a.asserted = false;
  // "X氏は退社しておらず、引き続き…": the written form of していない.
  if (StartsAt(local, 0, "しておらず") || StartsAt(local, 0, "ておらず")) a.asserted = false;
  // A move reported as future by others ("退社すると報じられた") is a rumour;
  // a past one ("退社したと報じられた") is attributed reporting.
  for (size_t at = chain.find("と報じられ"); at != string_view::npos; at = chain.find("と報じられ", at + 1))
    if (!EndsAt(chain, at, "た") && !EndsAt(chain, at, "だ")) a.asserted = false;
  // clang-format off
  static constexpr string_view kFutureStarts[] = {
      "する", "します", "へ", "予定", "の予定", "意向", "方針", "る", "く", "ことになった", "ことが決まった",
      "ことになる", "を予定", "の方針", "の意向", "すると", "することに"};
  // clang-format on
  if (MatchAt(local, 0, kFutureStarts)) a.future = true;
  // A trigger in the dictionary form is not past: "Bに移ると発表した".
  if (EndsAt(s, te, "る") || EndsAt(s, te, "く")) a.future = true;
  // A te-form ("離れて", "退社し、") takes its tense from the verb the
  // chain ends with: "同社を離れて…に復帰する".
  static constexpr string_view kTeForms[] = {"て", "して", "し", "い"};
  static constexpr string_view kFutureEnds[] = {"ると", "る予定", "る方針", "る意向", "る見通し", "ることに"};
  bool ends_future = EndsAt(chain, chain.size(), "る") && !EndsAt(chain, chain.size(), "いる") &&
                     !EndsAt(chain, chain.size(), "ある");  // 統括している is a state, not a plan
  if (MatchAt(local, 0, kTeForms) && (ContainsAny(chain, pairs, kFutureEnds) || ends_future)) a.future = true;
  if (ContainsAny(local, pairs, kPlans)) {
    a.future = true;
    if (release) a.asserted = false;
  }
  return a;
}

// ---- The reader --------------------------------------------------------------

struct Descriptor {
  // kStarted: a stint whose start is told ("2020年からAに在籍していた"), a join.
  enum Relation { kPresent, kFormer, kFounder, kStarted };
  Relation relation = kPresent;
  std::string org;
  std::string role;
  double confidence = 0.6;
};

struct OrgRef {
  std::string name;
  size_t at = 0;  // shape offset of the particle after it
  bool anaphor = false;
  std::vector<std::string> alternatives;  // 同社: what else it could mean
};

class Reader {
 public:
  explicit Reader(const ArticleContext& article) : context_(article), text_(article.article.text) {
    dates_.published = article.published;
  }

  std::vector<ExtractedFact> Run();

 private:
  // Article-wide scans.
  void FindQuotes();
  void FindPeople();
  void FindOrgs();
  void ShortOrgNames();
  std::optional<std::string> DottedOrgOpenedBy(string_view word, size_t before) const;
  std::optional<size_t> NameStartBefore(size_t pos) const;
  void AddLatinRun(size_t start, size_t end);

  // Sentences, in order.
  Shape BuildShape(Span span, bool resolve);
  void ReadSentence(size_t index);
  void EarlierCareer(const Shape& shape);
  bool CareerStep(const Shape& shape);
  void CareerLine(const Shape& shape, size_t index);
  void IssuerLine(const Shape& shape);
  void IssuerLeaving(const Shape& shape);
  bool SectionHeading(const Shape& shape);
  void SectionModels(const Shape& shape);
  void ListedPost(const Shape& shape);
  void Describe(const Shape& shape);
  // `triggers` are FindTriggers(shape.text).
  void Personnel(const Shape& shape, size_t sentence, const std::vector<TriggerHit>& triggers);
  void Founding(const Shape& shape, const std::vector<TriggerHit>& triggers);
  void Models(const Shape& shape, size_t sentence);
  void ReleasedBefore(const Shape& shape);
  void RememberModel(const Shape& shape, size_t sentence);
  void UpdateTopic(const Shape& shape);
  void NoticeArrivals(const Shape& shape);

  // Personnel moves, one trigger at a time (see Move).
  struct Move;
  void RememberGroupMove(const Shape& shape, size_t t, Verb verb);
  std::string PresentOrg(const Move& move, const std::string& name) const;
  bool StaysOn(const Shape& shape, size_t te, size_t sentence, bool post_only) const;
  void Leave(const Shape& shape, const Move& move, const std::string& name, size_t sentence);
  std::string AssumedOrg(const Shape& shape, const Move& move, const std::string& name) const;
  std::optional<OrgRef> JoinedOrg(const Shape& shape, const Move& move) const;
  void Join(const Shape& shape, const Move& move, const std::string& name);
  // Whether the article said the person left `org`.
  bool Left(const std::string& person, const std::string& org) const {
    auto it = former_orgs_.find(person);
    return it != former_orgs_.end() && std::find(it->second.begin(), it->second.end(), org) != it->second.end();
  }

  // Models.
  struct ModelVerb {
    std::optional<size_t> at;  // where the verb starts, if found
    size_t end = 0;
    bool delay = false;  // a delay verb; a release verb otherwise
  };
  ModelVerb FindModelVerb(const Shape& shape, size_t gap_start, bool nominal, size_t sentence) const;
  std::optional<std::string> MakerBefore(const Shape& shape, size_t pos) const;
  void DelayOfLastModel(const Shape& shape, size_t sentence);

  // Shape queries.
  std::vector<Descriptor> DescribeAt(const Shape& shape, size_t person_pos, size_t floor) const;
  std::vector<Descriptor> DescribeAfter(const Shape& shape, size_t person_end) const;
  std::optional<OrgRef> OrgEndingAt(const Shape& shape, size_t pos) const;
  std::optional<OrgRef> SlotBefore(const Shape& shape, size_t floor, size_t t, Words particles,
                                   size_t max_gap = 24) const;
  std::optional<OrgRef> FromBefore(const Shape& shape, size_t floor, size_t t) const;
  std::optional<std::string> SubjectOrgBefore(const Shape& shape, size_t pos) const;
  std::optional<std::string> PartnerOrgBefore(const Shape& shape, size_t pos) const;
  std::optional<size_t> SubjectPersonBefore(const Shape& shape, size_t t, size_t floor) const;
  std::optional<size_t> RelativeHead(const Shape& shape, size_t te, char32_t kind_base) const;
  // `past_clause`: the verb follows the person, so a relative clause
  // before the person may stand between the names ("X氏と、Aを退職したY氏が").
  std::vector<std::string> Group(const Shape& shape, size_t person_pos, bool past_clause = false) const;
  std::optional<Date> DateBefore(const Shape& shape, size_t t, bool past, size_t floor = 0) const;
  // FindDates(shape.text, dates_, past), found once per sentence text and
  // `past`: the rules ask for a sentence's dates several times, and dates_
  // changes only after a sentence is read (which forgets what was found).
  const std::vector<DateHit>& DatesIn(const Shape& shape, bool past) const;
  std::string RoleIn(string_view s) const;

  void Emit(FactKind kind, const std::string& person, const std::string& org, const Shape& shape, double confidence,
            std::optional<Date> date = std::nullopt, std::string role = "", std::string other_org = "",
            bool future = false, std::string model = "");

  const ArticleContext& context_;
  string_view text_;
  std::vector<Span> sentences_;
  std::vector<Span> quotes_;  // name-like 「」 (brackets included)
  std::vector<Mention> people_;
  std::vector<Mention> orgs_;
  std::vector<Mention> models_;

  DateContext dates_;
  struct FoundDates {
    bool valid = false;
    std::string text;  // the shape's text they were found in
    std::vector<DateHit> hits;
  };
  mutable FoundDates found_dates_[2];  // for past false and true
  std::string topic_org_;                 // the last org a sentence was about (Xは)
  std::string losing_org_;                // an org the article says people keep leaving (Aで退社が相次ぐ)
  std::string notice_org_;                // the company of a personnel notice (A（4月1日）▽…)
  std::string issuer_org_;                // the company a disclosure's header names (会社名　A): its 当社
  std::string writer_;                    // the writer a letter names (私こと X は)
  std::string section_org_;               // a roundup's section (■A「M」): its org and models
  std::vector<std::string> section_models_;
  std::string last_org_;                  // the last org named
  std::vector<std::string> recent_orgs_;  // orgs named, most recent first
  std::string last_person_;               // the last person a sentence was about (X氏は)
  bool previous_about_person_ = false;    // whether the sentence before was about last_person_
  std::string career_person_;             // the person whose career summary (略歴) lines are being read
  std::string career_org_;                // the org of that summary's last step, the 同社 of the next
  std::string person_topic_org_;          // this sentence: the org of its subject person
  std::string founded_topic_;             // this sentence: an org it says was set up
  std::string last_founder_org_;          // the org of the last founder descriptor
  std::string last_model_;                // the last model named, by whom, and in which sentence
  std::string last_model_org_;
  size_t last_model_sentence_ = 0;
  std::string last_release_org_;  // who released the last model, and in which sentence
  size_t last_release_sentence_ = 0;
  std::string group_from_;  // "Aの研究者3人がBに移った": A and B, for the names that follow
  std::string group_to_;
  std::map<std::string, std::string> present_org_;  // person -> where they work, as introduced
  std::map<std::string, std::string> joined_;  // person -> the first org the article has them joining
  std::map<std::string, std::vector<std::string>> former_orgs_;
  std::vector<ExtractedFact> facts_;
};

// ---- Article-wide scans -------------------------------------------------------

void Reader::FindQuotes() {
  static constexpr std::pair<string_view, string_view> kBrackets[] = {{"「", "」"}, {"『", "』"}};
  for (const auto& [open, close] : kBrackets) {
    for (size_t at = Find(text_, open); at != string_view::npos; at = Find(text_, open, at + 1)) {
      size_t inner = at + open.size();
      size_t end = Find(text_, close, inner);
      if (end == string_view::npos) continue;
      string_view content = text_.substr(inner, end - inner);
      if (content.empty() || CodePoints(content) > 40 || HasHiragana(content) || Contains(content, "。") ||
          Contains(content, "、") || Contains(content, open))
        continue;
      quotes_.push_back({at, end + close.size()});
    }
  }
  std::sort(quotes_.begin(), quotes_.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
}

// Where the name written before 氏/さん at `pos` starts.
std::optional<size_t> Reader::NameStartBefore(size_t pos) const {
  size_t n = 0;
  char32_t c = DecodeBefore(text_, pos, &n);
  size_t i = pos;
  if (c == ' ' && IsLatinLetter(DecodeBefore(text_, pos - 1))) {
    --i;
    c = DecodeBefore(text_, i, &n);
  }
  if (IsLatinLetter(c)) {
    // Latin words: keep the capitalized ones at the end, at most three.
    size_t run_end = i, j = i;
    while (j > 0) {
      char32_t p = DecodeBefore(text_, j, &n);
      if (IsLatinWordChar(p) || IsLatinJoiner(p) || (p == ' ' && j >= 2 && IsLatinWordChar(DecodeBefore(text_, j - 1))))
        j -= n;
      else
        break;
    }
    std::vector<std::pair<size_t, size_t>> words;
    for (size_t k = j; k < run_end;) {
      while (k < run_end && text_[k] == ' ') ++k;
      size_t w = k;
      while (k < run_end && text_[k] != ' ') ++k;
      if (k > w) words.push_back({w, k});
    }
    size_t start = run_end, count = 0;
    for (auto it = words.rbegin(); it != words.rend() && count < 3; ++it) {
      string_view word = text_.substr(it->first, it->second - it->first);
      bool upper = IsUpperLatin(DecodeAt(word, 0));
      bool all_caps = true;
      for (size_t k = 0, m = 0; k < word.size(); k += m)
        if (!IsUpperLatin(DecodeAt(word, k, &m)) && IsLatinLetter(DecodeAt(word, k))) all_caps = false;
      if (!upper || (all_caps && CodePoints(word) > 1) || AnyOfFolded(word, kLatinRoleWordsFolded)) break;
      start = it->first;
      ++count;
    }
    if (count == 0) return std::nullopt;
    return start;
  }
  if (IsKatakana(c) || IsNameDot(c)) {
    size_t j = i;
    while (j > 0) {
      char32_t p = DecodeBefore(text_, j, &n);
      if (IsKatakana(p) || IsNameDot(p))
        j -= n;
      else
        break;
    }
    while (j < i && IsNameDot(DecodeAt(text_, j, &n))) j += n;
    string_view name = text_.substr(j, i - j);
    if (CodePoints(name) < 2 || AnyOf(name, kKatakanaNotOrgs)) return std::nullopt;
    // A kanji family name and a given name in katakana: 高橋エレナ氏 (not
    // 社長ジョン氏, nor a name with ・, which is all katakana). The family
    // name opens after a particle or a mark, not inside a kanji word.
    if (CodePoints(name) <= 4 && name.find("・") == string_view::npos && IsKanji(DecodeBefore(text_, j))) {
      size_t k = j, kanji = 0;
      while (k > 0 && kanji < 4 && IsKanji(DecodeBefore(text_, k, &n))) {
        k -= n;
        ++kanji;
      }
      string_view family = text_.substr(k, j - k);
      static constexpr string_view kNotFamily[] = {"長", "者", "員", "官", "役", "師", "家", "手", "米", "英",
                                                   "仏", "独", "中", "韓", "元", "前", "故", "同", "社", "部"};
      if (kanji >= 1 && kanji <= 3 && !IsKanji(DecodeBefore(text_, k)) && !MatchAt(text_.substr(0, j), k, kNamePrefixes) &&
          !MatchBefore(family, family.size(), kNotFamily) && !MatchAt(family, 0, kNotFamily))
        return k;
    }
    return j;
  }
  if (IsHiragana(c)) {
    // A kanji family name and a given name in kana: 原田さくら氏.
    size_t j = i, kana = 0, kanji = 0;
    while (j > 0 && kana < 5 && IsHiragana(DecodeBefore(text_, j, &n))) {
      j -= n;
      ++kana;
    }
    while (j > 0 && kanji < 4 && IsKanji(DecodeBefore(text_, j, &n))) {
      j -= n;
      ++kanji;
    }
    if (kana < 2 || kana > 4 || kanji < 1 || kanji > 3 || IsKanji(DecodeBefore(text_, j))) return std::nullopt;
    static constexpr string_view kVerbEnds[] = {"る", "た", "て", "い", "う", "く", "す", "ない", "れ", "せ"};
    // "率いた氏" is a verb's kana after its one kanji; a family name of two
    // or three kanji before two kana is a name even when they end like a
    // verb (佐藤ゆいさん, 田中あいさん).
    if (MatchBefore(text_.substr(0, i), i, kVerbEnds) && kana <= 2 && kanji < 2) return std::nullopt;
    return j;
  }
  if (IsKanji(c)) {
    size_t j = i, count = 0;
    while (j > 0 && count < 12) {
      char32_t p = DecodeBefore(text_, j, &n);
      // ノ between kanji is part of a family name: 一ノ瀬, 三ノ輪.
      if (p == U'ノ' && count > 0 && j >= n && IsKanji(DecodeBefore(text_, j - n))) {
        j -= n;
        ++count;
        continue;
      }
      if (!IsKanji(p)) break;
      j -= n;
      ++count;
    }
    // A country or role prefix glued to the name: 会長高橋, 同社社長山田.
    for (bool stripped = true; stripped;) {
      stripped = false;
      size_t m = MatchAt(text_.substr(0, i), j, kNamePrefixes);
      if (m && CodePoints(text_.substr(j + m, i - j - m)) >= 2) {
        j += m;
        stripped = true;
      }
    }
    size_t length = CodePoints(text_.substr(j, i - j));
    if (length < 2 || length > 5) return std::nullopt;
    return j;
  }
  return std::nullopt;
}

// Where a bare kanji name of three or four code points ending at `at`
// starts, when の opens it and it is no noun (部長の, 開発担当の) and no
// post: "元A本部長の東雲亮介が当社の". nullopt if there is none.
std::optional<size_t> PressReleaseNameBefore(string_view s, size_t at) {
  size_t start = at, n = 0, count = 0;
  while (start > 0 && IsKanji(DecodeBefore(s, start, &n))) {
    start -= n;
    ++count;
  }
  if (count < 3 || count > 4 || !EndsAt(s, start, "の")) return std::nullopt;
  // clang-format off
  static constexpr string_view kNounEnds[] = {
      "部", "課", "室", "所", "事業", "開発", "研究", "技術", "担当", "部門", "本部", "法人", "会社", "社", "者",
      "長", "員", "役", "官", "家", "手", "層", "陣", "製品", "機能", "組織", "体制"};
  // clang-format on
  string_view run = s.substr(start, at - start);
  if (MatchBefore(run, run.size(), kNounEnds)) return std::nullopt;
  for (string_view role : kRoles)
    if (Contains(run, role)) return std::nullopt;
  return start;
}

void Reader::FindPeople() {
  std::vector<Mention> found;
  auto inside_quote = [&](size_t pos) {
    for (const Span& q : quotes_)
      if (pos > q.start && pos < q.end) return true;
    return false;
  };
  static constexpr string_view kSuffixes[] = {"氏", "さん", "博士", "教授"};
  for (string_view suffix : kSuffixes) {
    for (size_t at = Find(text_, suffix); at != string_view::npos; at = Find(text_, suffix, at + 1)) {
      if (suffix == "氏" && (StartsAt(text_, at + 3, "名") || StartsAt(text_, at + 3, "族"))) continue;
      // 博士 and 教授 are also plain nouns: 博士号, 教授陣, 准教授.
      if ((suffix == "博士" || suffix == "教授") &&
          (IsKanji(DecodeAt(text_, at + suffix.size())) || EndsAt(text_, at, "准") || EndsAt(text_, at, "客員")))
        continue;
      if (inside_quote(at)) continue;
      Mention m;
      m.kind = MentionKind::kPerson;
      m.end = at + suffix.size();
      if (EndsAt(text_, at, "同") || EndsAt(text_, at, "両")) {
        m.start = at - 3;
        m.names = {EndsAt(text_, at, "同") ? "同" : "両"};  // resolved below
        found.push_back(std::move(m));
        continue;
      }
      // "鶴見征四郎（つるみ・せいしろう）氏": a reading in brackets between
      // the name and its honorific.
      size_t name_end = at;
      if (EndsAt(text_, at, "）")) {
        size_t open = text_.rfind("（", at);
        bool reading = open != string_view::npos && at - open > 6 && at - open <= 3 * 24;
        for (size_t k = open + 3, n = 0; reading && k < at - 3; k += n) {
          char32_t c = DecodeAt(text_, k, &n);
          reading = IsHiragana(c) || c == 0x30FB;
        }
        if (reading) name_end = open;
      }
      auto start = NameStartBefore(name_end);
      if (!start) continue;
      m.start = *start;
      m.names = {std::string(text_.substr(*start, name_end - *start))};
      while (!m.names[0].empty() && m.names[0].back() == ' ') m.names[0].pop_back();
      found.push_back(std::move(m));
    }
  }
  // A title after the name instead of 氏: "マルコ・ベッリーニ最高経営責任者",
  // "Sam Altman CEO", "Aの松本大輔前CTO". Only full names: a katakana name
  // with its dot, two Latin words, three or four kanji after の or 、.
  // clang-format off
  static constexpr string_view kTitles[] = {
      "最高経営責任者", "最高技術責任者", "最高科学責任者", "最高執行責任者", "最高財務責任者", "最高AI責任者", "CEO",
      "CTO", "COO", "CFO", "CSO", "社長", "会長", "副社長", "主任研究員", "所長", "共同創業者"};
  // clang-format on
  for (string_view title : kTitles) {
    for (size_t at = Find(text_, title); at != string_view::npos; at = Find(text_, title, at + 1)) {
      if (inside_quote(at)) continue;
      size_t pos = at;
      if (pos > 0 && text_[pos - 1] == ' ') --pos;
      if (EndsAt(text_, pos, "前") || EndsAt(text_, pos, "元")) pos -= 3;  // 松本大輔前CTO
      char32_t c = DecodeBefore(text_, pos);
      size_t start = pos, n = 0;
      if (IsKanji(c)) {
        // A kanji name before "前CTO": bounded by の or 、 and not a noun.
        size_t count = 0;
        while (start > 0 && IsKanji(DecodeBefore(text_, start, &n))) {
          start -= n;
          ++count;
        }
        // clang-format off
        static constexpr string_view kNounEnds[] = {
            "部", "課", "室", "所", "事業", "開発", "研究", "技術", "担当", "部門", "本部", "法人", "会社", "社",
            "同社", "者", "兼", "長", "員", "役", "官", "家", "手", "人", "層", "陣"};
        // clang-format on
        string_view run = text_.substr(start, pos - start);
        if (count < 3 || count > 4 || !(EndsAt(text_, start, "の") || EndsAt(text_, start, "、")) ||
            MatchBefore(text_.substr(0, pos), pos, kNounEnds) || !RoleIn(run).empty())
          continue;
      } else if (IsKatakana(c)) {
        while (start > 0 && (IsKatakana(DecodeBefore(text_, start, &n)) || IsNameDot(DecodeBefore(text_, start))))
          start -= n ? n : 3;
        string_view name = text_.substr(start, pos - start);
        if (!Contains(name, "・") || CodePoints(name) < 4 || IsNameDot(DecodeAt(name, 0))) continue;
      } else if (IsAsciiLetter(c) && pos < at) {
        auto name_start = NameStartBefore(at);
        if (!name_start) continue;
        start = *name_start;
        string_view name = text_.substr(start, pos - start);
        if (!Contains(name, " ")) continue;
        // Given name and surname, not "Hikari Labs CEO".
        bool name_like = true;
        for (size_t k = 0; k < name.size();) {
          size_t e = std::min(name.find(' ', k), name.size());
          string_view word = name.substr(k, e - k);
          if (AnyOfFolded(word, kOrgWordsFolded) || word.size() < 2 || !IsUpperLatin(DecodeAt(word, 0)))
            name_like = false;
          for (size_t q = 1; q < word.size(); ++q)
            if (word[q] >= 'A' && word[q] <= 'Z') name_like = false;
          k = e + 1;
        }
        if (!name_like) continue;
      } else {
        continue;
      }
      Mention m;
      m.kind = MentionKind::kPerson;
      m.start = start;
      m.end = pos;
      m.names = {std::string(text_.substr(start, pos - start))};
      found.push_back(std::move(m));
    }
  }
  // A press release names its own people without 氏: "元A本部長の東雲亮介が当社の
  // CTOに就任". Three or four kanji after の, right before が当社 or は当社.
  // The name PressReleaseNameBefore finds before the subject particle at `at`.
  auto add_press_release_person = [&](size_t at) {
    if (auto start = PressReleaseNameBefore(text_, at)) {
      Mention m;
      m.kind = MentionKind::kPerson;
      m.start = *start;
      m.end = at;
      m.names = {std::string(text_.substr(*start, at - *start))};
      found.push_back(std::move(m));
    }
  };
  static constexpr string_view kOwnCompany[] = {"が当社", "は当社", "が、当社", "は、当社", "が弊社", "は弊社"};
  for (string_view own : kOwnCompany) {
    for (size_t at = Find(text_, own); at != string_view::npos; at = Find(text_, own, at + 1)) {
      if (!inside_quote(at)) add_press_release_person(at);
    }
  }
  // The same with the date first: "元A部長の真砂紗英が、11月1日付で当社の".
  for (string_view subject : {string_view("が、"), string_view("は、")}) {
    for (size_t at = Find(text_, subject); at != string_view::npos; at = Find(text_, subject, at + 1)) {
      size_t k = at + subject.size(), n = 0;
      for (size_t count = 0; k < text_.size() && count < 16; ++count) {
        char32_t c = DecodeAt(text_, k, &n);
        if (!IsDigit(c) && std::u32string_view(U"年月日付でにから").find(c) == std::u32string_view::npos) break;
        k += n;
      }
      if (k == at + subject.size() || !EndsAt(text_, k, "で") ||
          !(StartsAt(text_, k, "当社") || StartsAt(text_, k, "弊社")) || inside_quote(at))
        continue;
      add_press_release_person(at);
    }
  }
  // And as the object the company hires: "当社は元A物流企画部長の江頭美月を
  // 事業開発部長に迎えました" (a hiring verb after を, in the same sentence).
  for (string_view own : {string_view("当社は"), string_view("弊社は")}) {
    for (size_t at = Find(text_, own); at != string_view::npos; at = Find(text_, own, at + 1)) {
      size_t end = std::min(Find(text_, "。", at), text_.size());
      for (size_t wo = Find(text_, "を", at); wo < end; wo = Find(text_, "を", wo + 1)) {
        static constexpr string_view kHires[] = {"迎え", "採用", "招聘", "招へい", "起用", "任命"};
        size_t clause_end = std::min(Find(text_, "、", wo), end);
        if (ContainsAny(text_.substr(wo, clause_end - wo), kHires) && !inside_quote(wo))
          add_press_release_person(wo);
      }
    }
  }
  // A letter names its writer once, after 私こと: "私こと鴫原彩は、このたび
  // …を円満退社いたしました" (two to six kanji before は or 、).
  for (size_t at = Find(text_, "私こと"); at != string_view::npos; at = Find(text_, "私こと", at + 1)) {
    size_t k = at + string_view("私こと").size(), n = 0, count = 0;
    while (k < text_.size() && IsKanji(DecodeAt(text_, k, &n))) {
      k += n;
      ++count;
    }
    bool topic = StartsAt(text_, k, "は") || StartsAt(text_, k, "、");
    if (count < 2 || count > 6 || !topic || inside_quote(at)) continue;
    Mention m;
    m.kind = MentionKind::kPerson;
    m.start = at + string_view("私こと").size();
    m.end = k;
    m.names = {std::string(text_.substr(m.start, k - m.start))};
    m.full = true;
    if (writer_.empty()) writer_ = m.names[0];
    found.push_back(std::move(m));
  }
  for (const auto& match : context_.names) {
    if (match.entry->kind != NameKind::kPerson || inside_quote(match.start)) continue;
    Mention m;
    m.kind = MentionKind::kPerson;
    m.start = match.start;
    m.end = match.end;
    if (StartsAt(text_, m.end, "氏")) m.end += 3;
    m.names = {std::string(text_.substr(match.start, match.end - match.start))};
    m.full = true;
    found.push_back(std::move(m));
  }
  std::sort(found.begin(), found.end(),
            [](const Mention& a, const Mention& b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
  for (auto& m : found) {
    if (!people_.empty() && m.start < people_.back().end) continue;
    people_.push_back(std::move(m));
  }
  // Surnames and 同氏 resolve to the full name written before them.
  std::vector<std::string> fulls;
  std::string last;
  std::vector<std::string> recent;
  for (auto& m : people_) {
    std::string& name = m.names[0];
    if (name == "同" || name == "両") {
      if (name == "同" && !last.empty()) {
        m.names = {last};
      } else if (name == "両" && recent.size() >= 2) {
        m.names = {recent[recent.size() - 2], recent.back()};
      } else {
        m.names.clear();
      }
      continue;
    }
    // "デスモンド＝ケイ氏" after "ハーロウ・デスモンド＝ケイ氏": a double-barrelled
    // surname alone is the person named before, though it has a ＝.
    if (IsKatakana(DecodeAt(name, 0)) && !Contains(name, "・")) {
      for (auto it = fulls.rbegin(); it != fulls.rend(); ++it) {
        if (EndsAt(*it, it->size(), "・" + name)) {
          name = *it;
          break;
        }
      }
    }
    bool katakana_full = Contains(name, "・") || Contains(name, "＝") || Contains(name, "=");
    bool latin_full = Contains(name, " ");
    bool latin = IsLatinLetter(DecodeAt(name, 0));
    bool katakana = IsKatakana(DecodeAt(name, 0));
    m.full = m.full || katakana_full || latin_full || (!latin && !katakana && CodePoints(name) >= 3);
    if (!m.full || (!latin && !katakana && CodePoints(name) == 3)) {
      for (auto it = fulls.rbegin(); it != fulls.rend(); ++it) {
        const std::string& f = *it;
        if (f.size() <= name.size()) continue;
        bool same = latin      ? EndsAt(f, f.size(), " " + name)
                    : katakana ? (EndsAt(f, f.size(), "・" + name) || EndsAt(f, f.size(), "＝" + name) ||
                                  EndsAt(f, f.size(), "=" + name))
                               : StartsAt(f, 0, name);
        if (same) {
          name = f;
          m.full = true;
          break;
        }
      }
    }
    if (m.full) fulls.push_back(name);
    last = name;
    if (recent.empty() || recent.back() != name) recent.push_back(name);
  }
  std::erase_if(people_, [](const Mention& m) { return m.names.empty(); });
}

void Reader::AddLatinRun(size_t start, size_t end) {
  string_view run = text_.substr(start, end - start);
  // Split into words (at ASCII and ideographic spaces); drop role words at
  // the end ("OpenAI CEO").
  std::vector<std::pair<size_t, size_t>> words;
  auto space_at = [&](size_t k) -> size_t { return run[k] == ' ' ? 1 : StartsAt(run, k, "　") ? 3 : 0; };
  for (size_t k = 0; k < run.size();) {
    while (k < run.size() && space_at(k)) k += space_at(k);
    size_t w = k;
    while (k < run.size() && !space_at(k)) ++k;
    if (k > w) words.push_back({w, k});
  }
  while (!words.empty() &&
         AnyOfFolded(run.substr(words.back().first, words.back().second - words.back().first), kLatinRolesFolded))
    words.pop_back();
  if (words.empty()) return;
  bool generic = true, any_upper = false, has_digit = false;
  for (const auto& [a, b] : words) {
    string_view w = run.substr(a, b - a);
    if (AnyOfFolded(w, kLatinRoleWordsFolded)) return;  // "Chief AI Officer"
    if (!AnyOfFolded(w, kGenericLatinFolded)) generic = false;
    for (size_t k = 0, n = 0; k < w.size(); k += n) {
      char32_t c = DecodeAt(w, k, &n);
      if (IsUpperLatin(c)) any_upper = true;
      if (IsDigit(c)) has_digit = true;
    }
  }
  size_t s = start + words.front().first, e = start + words.back().second;
  const NameEntry* known = nullptr;
  const NameEntry* model = nullptr;
  for (const auto& match : context_.names) {
    if (match.start >= s && match.end <= e) {
      if (match.entry->kind == NameKind::kOrg && match.start == s && match.end == e) known = match.entry;
      if (match.entry->kind == NameKind::kModel && match.start == s) model = match.entry;
    }
  }
  if (generic && !known) return;
  if (!any_upper && !known && !model) return;
  if (e - s == 1 && !known) return;  // "シリーズA", "X上で"
  // "MITライセンス", "AIスタートアップ": a Latin word glued to a katakana noun.
  if (!known && IsKatakana(DecodeAt(text_, end)) && !StartsAt(text_, end, "社")) return;
  Mention m;
  m.start = s;
  m.end = e;
  m.names = {std::string(text_.substr(s, e - s))};
  string_view last_word = run.substr(words.back().first, words.back().second - words.back().first);
  if (has_digit && !known && words.size() <= 5 && !AnyOfFolded(last_word, kOrgWordsFolded)) {
    m.kind = MentionKind::kModel;
    m.model_entry = model;
    models_.push_back(std::move(m));
    return;
  }
  // A family name alone ("Claude", "Gemma") is a model; a longer name
  // that starts like one ("Sora Works") stays an org unless a release
  // construction takes it as a model.
  if (model && FoldKey(m.names[0]) == FoldKey(model->alias)) {
    m.kind = MentionKind::kModel;
    m.model_entry = model;
    models_.push_back(std::move(m));
    return;
  }
  m.kind = MentionKind::kOrg;
  m.model_entry = model;
  orgs_.push_back(std::move(m));
}

void Reader::FindOrgs() {
  auto in_person = [&](size_t a, size_t b) {
    for (const auto& p : people_)
      if (a < p.end && b > p.start) return true;
    return false;
  };
  auto quote_at = [&](size_t a, size_t b) -> const Span* {
    for (const Span& q : quotes_)
      if (a < q.end && b > q.start) return &q;
    return nullptr;
  };
  // Quotes: an org after 新会社 and the like, or a known org alone; a model otherwise.
  for (const Span& q : quotes_) {
    size_t open = 0;
    DecodeAt(text_, q.start, &open);
    size_t inner = q.start + open, inner_end = q.end - 3;
    std::string name(text_.substr(inner, inner_end - inner));
    size_t introducer = MatchBefore(text_, q.start, kOrgIntroducers);
    // "ミヤコドリ研究所「ミヤコ-13B」": 研究所 or ラボ after katakana ends
    // the name of an org, whose model the quote names.
    bool name_end = (EndsAt(text_, q.start, "研究所") || EndsAt(text_, q.start, "ラボ")) &&
                    introducer < q.start && IsKatakana(DecodeBefore(text_, q.start - introducer)) &&
                    !EndsAt(text_, q.start, "新ラボ");
    bool org = introducer > 0 && !name_end;
    // スタートアップ「株式会社アマオト・ラボ」 names the company アマオト・ラボ.
    if (org) name = std::string(WithoutLegalForm(name));
    for (const auto& match : context_.names)
      if (match.entry->kind == NameKind::kOrg && match.start == inner && match.end == inner_end) org = true;
    // Papers, reports and plans are quoted too: 論文「…」 is no model.
    // clang-format off
    static constexpr string_view kNotModels[] = {
        "論文", "報告書", "レポート", "書籍", "著書", "本", "ブログ", "記事", "声明", "白書", "指針", "ガイドライン",
        "方針", "計画", "構想", "プロジェクト", "イベント", "番組", "キャンペーン", "データセット", "ベンチマーク",
        "規約", "ポリシー", "原則", "宣言", "題", "タイトル", "スローガン", "理念", "研究", "会議", "法案", "法",
        "プログラム", "コンテスト", "大会", "講演", "ポッドキャスト", "コラム", "連載", "文書", "報告"};
    // clang-format on
    if (!org && MatchBefore(text_, q.start, kNotModels)) continue;
    Mention m;
    m.kind = org ? MentionKind::kOrg : MentionKind::kModel;
    m.start = q.start;
    m.end = q.end;
    m.names = {name};
    for (const auto& match : context_.names)
      if (match.entry->kind == NameKind::kModel && match.start == inner) m.model_entry = match.entry;
    (org ? orgs_ : models_).push_back(std::move(m));
  }
  // Latin runs: "Akebono Labs", "Meta", "Claude Opus 4.1".
  for (size_t i = SkipToLatin(text_, 0), n = 0; i < text_.size(); i = SkipToLatin(text_, i)) {
    char32_t c = DecodeAt(text_, i, &n);
    if (!IsLatinWordChar(c) ||
        (i > 0 && (IsLatinWordChar(DecodeBefore(text_, i)) || IsLatinJoiner(DecodeBefore(text_, i))))) {
      i += n;
      continue;
    }
    size_t j = i, m = 0;
    while (j < text_.size()) {
      char32_t d = DecodeAt(text_, j, &m);
      if (IsLatinWordChar(d)) {
        j += m;
      } else if (IsLatinJoiner(d) && IsLatinWordChar(DecodeAt(text_, j + m))) {
        j += m;
      } else if (d == ' ' && IsLatinWordChar(DecodeAt(text_, j + 1))) {
        j += 1;
      } else if (d == 0x3000 && DecodeBefore(text_, j) >= 0xFF10 && DecodeAt(text_, j + 3) >= 0xFF10 &&
                 IsLatinWordChar(DecodeAt(text_, j + 3))) {
        j += 3;  // "Ｓｏｒａｎｏ　Ｌａｂｓ": full-width words, an ideographic space
      } else {
        break;
      }
    }
    bool has_letter = false;
    for (size_t k = i, l = 0; k < j; k += l)
      if (IsLatinLetter(DecodeAt(text_, k, &l))) has_letter = true;
    // Katakana + AI: スケールAI, ミストラルAI, マツヨイ・AI (a name dot
    // between, after katakana).
    size_t dot = 0;
    bool dotted =
        i > 0 && IsNameDot(DecodeBefore(text_, i, &dot)) && dot < i && IsKatakana(DecodeBefore(text_, i - dot));
    if (FoldKey(text_.substr(i, j - i)) == "ai" && (dotted || IsKatakana(DecodeBefore(text_, i))) &&
        !IsKatakana(DecodeAt(text_, j))) {
      size_t k = i;
      while (k > 0) {
        char32_t p = DecodeBefore(text_, k, &m);
        if (IsKatakana(p) || IsNameDot(p))
          k -= m;
        else
          break;
      }
      string_view head = text_.substr(k, i - k);
      if (!AnyOf(head, kKatakanaNotOrgs) && !in_person(k, j)) {
        Mention org;
        org.start = k;
        org.end = j;
        org.names = {std::string(text_.substr(k, j - k))};
        orgs_.push_back(std::move(org));
      }
      i = j;
      continue;
    }
    if (has_letter && !in_person(i, j) && !quote_at(i, j)) AddLatinRun(i, j);
    i = j;
  }
  // Known names.
  for (const auto& match : context_.names) {
    if (match.entry->kind != NameKind::kOrg || in_person(match.start, match.end)) continue;
    if (const Span* q = quote_at(match.start, match.end);
        q && !(match.start == q->start + 3 && match.end == q->end - 3))
      continue;
    Mention m;
    m.start = match.start;
    m.end = match.end;
    m.names = {std::string(text_.substr(match.start, match.end - match.start))};
    orgs_.push_back(std::move(m));
  }
  // Katakana names marked as orgs by what surrounds them: 元グーグル,
  // グーグル出身, アンソロピック社, 株式会社カスミ.
  std::set<std::string> marked_katakana, marked_kanji;
  // Every occurrence of `words` in the text is an org where it stands alone:
  // not glued to the characters around it (`glued(before, after)`), not in
  // a person's name, not quoted.
  auto add_where_alone = [&](const std::set<std::string>& words, auto glued) {
    for (const std::string& word : words) {
      for (size_t at = Find(text_, word); at != string_view::npos; at = Find(text_, word, at + 1)) {
        size_t end = at + word.size();
        char32_t before = at > 0 ? DecodeBefore(text_, at) : 0;
        if (glued(before, DecodeAt(text_, end)) || in_person(at, end) || quote_at(at, end)) continue;
        Mention org;
        org.start = at;
        org.end = end;
        org.names = {word};
        orgs_.push_back(std::move(org));
      }
    }
  };
  for (size_t i = SkipToKatakana(text_, 0), n = 0; i < text_.size(); i = SkipToKatakana(text_, i)) {
    char32_t c = DecodeAt(text_, i, &n);
    if (!IsKatakana(c) || (i > 0 && (IsKatakana(DecodeBefore(text_, i)) || IsNameDot(DecodeBefore(text_, i))))) {
      i += n;
      continue;
    }
    size_t j = KatakanaRunEnd(text_, i);
    string_view word = text_.substr(i, j - i);
    // A company as the subject of the news: "ソラトス（東京・港）は", "ソラトスは27日".
    size_t after = j;
    bool located = false;
    if (StartsAt(text_, after, "（")) {
      size_t close = Find(text_, "）", after);
      if (close != string_view::npos && close - after < 40) {
        string_view inside = text_.substr(after + 3, close - after - 3);
        // clang-format off
        static constexpr string_view kPlaces[] = {
            "東京", "大阪", "京都", "名古屋", "福岡", "札幌", "横浜", "神戸", "・", "都", "市", "区", "県", "州",
            "本社"};
        // clang-format on
        located = ContainsAny(inside, kPlaces);
        after = close + 3;
      }
    }
    int day = 0;
    // "ソラトスは27日", and with its month, "ソラトスは11月2日".
    size_t day_at = after + 3;
    if (size_t month = ReadNumber(text_, day_at, &day); month > 0 && StartsAt(text_, day_at + month, "月"))
      day_at += month + string_view("月").size();
    bool dated_subject = (StartsAt(text_, after, "は") || StartsAt(text_, after, "が")) &&
                         ReadNumber(text_, day_at, &day) > 0 &&
                         StartsAt(text_, day_at + ReadNumber(text_, day_at, &day), "日");
    // "米ウインドサーフ", "AIスタートアップのウインドサーフ".
    static constexpr string_view kSingleCountries[] = {"米", "英", "仏", "独", "加", "中", "韓", "露", "豪", "印"};
    size_t country = MatchBefore(text_, i, kSingleCountries);
    bool prefixed = country && !IsKanji(DecodeBefore(text_, i - country));
    static constexpr string_view kCompanyNouns[] = {"スタートアップの", "新興企業の",       "企業の",    "子会社の",
                                                    "開発会社の",       "スタートアップ、", "新興企業、", "競合",
                                                    "競合の",           "競合他社の",       "ライバルの"};
    bool introduced = MatchBefore(text_, i, kCompanyNouns) > 0;
    // "ノビタキは、…を公開した": a name of three or more that opens the
    // article as its topic or subject, as a lead names the company in the
    // news. Later sentences open with common nouns as often (チャットボットは、).
    // "AI半導体のセンリ・デバイスは、": a short head of what the company
    // does may open the sentence before it.
    size_t opens = LeadHeadStart(text_, i);
    bool sentence_subject = opens == 0 && CodePoints(word) >= 3 && (StartsAt(text_, j, "は、") || StartsAt(text_, j, "が、"));
    // "（関係者によると、）サイバーエージェントは…X氏を採用した": the subject
    // of a sentence that hires a person.
    if (!sentence_subject && CodePoints(word) >= 3 && StartsAt(text_, j, "は") &&
        (opens == 0 || EndsAt(text_, opens, "。") || EndsAt(text_, opens, "によると、"))) {
      size_t end = std::min(Find(text_, "。", j), text_.size());
      static constexpr string_view kHires[] = {"氏を採用", "氏を迎え", "氏を起用", "氏を招"};
      sentence_subject = ContainsAny(text_.substr(j, end - j), kHires);
      // "ミサゴは2月、X氏を最高技術責任者（CTO）に起用した": a post between
      // the person and the verb, in the same clause.
      static constexpr string_view kPostHires[] = {"に起用", "に迎え", "に任命", "に招", "に抜擢", "として迎え",
                                                   "として採用", "として招", "として起用"};
      for (size_t at = Find(text_, "氏を", j); !sentence_subject && at < end; at = Find(text_, "氏を", at + 1)) {
        size_t clause_end = std::min(Find(text_, "、", at), end);
        sentence_subject = ContainsAny(text_.substr(at, clause_end - at), kPostHires);
      }
    }
    // "カササギの研究者だった", "カササギの元社員": a staff role of the name
    // (not of a unit such as オープンラボ).
    // clang-format off
    static constexpr string_view kStaffRoles[] = {
        "研究者", "研究員", "主任研究員", "上級研究員", "社員", "従業員", "幹部", "役員", "社長", "副社長", "会長",
        "最高経営責任者", "最高技術責任者", "最高執行責任者", "最高財務責任者", "チーフサイエンティスト", "CEO", "CTO",
        "COO", "CFO", "共同創業者", "創業者", "創業メンバー"};
    // "オオタカ共同創業者の", "オオタカ社長の": an officer's title right
    // after the name (a researcher's may follow a field: ディープラーニング研究者).
    static constexpr string_view kOfficers[] = {
        "共同創業者", "創業者", "社長", "副社長", "会長", "最高経営責任者", "最高技術責任者", "最高執行責任者",
        "最高財務責任者", "CEO", "CTO", "COO", "CFO"};
    // clang-format on
    size_t staff_at = j + string_view("の").size();
    if (StartsAt(text_, staff_at, "元") || StartsAt(text_, staff_at, "前")) staff_at += string_view("元").size();
    bool staff = ((StartsAt(text_, j, "の") && MatchAt(text_, staff_at, kStaffRoles) > 0) ||
                  MatchAt(text_, j, kOfficers) > 0) &&
                 !EndsAt(word, word.size(), "ラボ");
    // "ソニーで研究を率いてきた大野真司氏": a past or long post of the person
    // named right after, in one clause.
    bool post_of_person = false;
    size_t de = j;
    if (StartsAt(text_, j, "の")) {
      // "ソニーのAI部門で": through a unit of the name.
      static constexpr string_view kUnits[] = {"部門", "研究所", "事業部", "チーム", "ラボ", "センター", "本部"};
      size_t at = Find(text_, "で", j);
      string_view unit = at == string_view::npos ? string_view() : text_.substr(j + 3, at - j - 3);
      de = !unit.empty() && CodePoints(unit) <= 10 && MatchBefore(unit, unit.size(), kUnits) && !Contains(unit, "、")
               ? at
               : string_view::npos;
    }
    if (de != string_view::npos && StartsAt(text_, de, "で")) {
      size_t clause_end = std::min({Find(text_, "。", de), Find(text_, "、", de), text_.size()});
      size_t honorific = Find(text_, "氏", de);
      if (honorific != string_view::npos && honorific < clause_end &&
          CodePoints(text_.substr(de, honorific - de)) <= 40) {
        string_view clause = text_.substr(de, honorific - de);
        static constexpr string_view kPosts[] = {"ていた", "てきた", "を務めた", "に在籍", "で勤務", "を率いた"};
        post_of_person = ContainsAny(clause, kPosts);
      }
    }
    // "カタバミ物流株式会社": kanji between the katakana and 株式会社 are
    // part of the name.
    size_t tail_end = j, tail = 0;
    for (size_t m = 0; tail_end < text_.size() && tail < 4 && !StartsAt(text_, tail_end, "株式会社") &&
                       IsKanji(DecodeAt(text_, tail_end, &m));
         ++tail)
      tail_end += m;
    if (tail == 0 || !StartsAt(text_, tail_end, "株式会社")) tail_end = j;
    bool marked = tail_end > j || ((located || dated_subject || prefixed || introduced || staff || post_of_person) &&
                   CodePoints(word) >= 3) ||
                  EndsAt(text_, i, "元") || EndsAt(text_, i, "株式会社") || StartsAt(text_, j, "出身") ||
                  StartsAt(text_, j, "所属") || StartsAt(text_, j, "在籍") || sentence_subject ||
                  // "ミサゴに入社した", "ミサゴを退社": only a company is joined or left so
                  // (not "シンガポールに移った", a place).
                  (CodePoints(word) >= 3 && (StartsAt(text_, j, "に入社") || StartsAt(text_, j, "を退社") ||
                                             StartsAt(text_, j, "に転職") || StartsAt(text_, j, "へ転職") ||
                                             StartsAt(text_, j, "へ移籍") ||
                                             StartsAt(text_, j, "に移籍") || StartsAt(text_, j, "に参画") ||
                                             StartsAt(text_, j, "に合流") || JoinedByNamedPerson(text_, j))) ||
                  StartsAt(text_, j, "株式会社") || (StartsAt(text_, j, "社") && !IsKanji(DecodeAt(text_, j + 3)));
    if (marked && CodePoints(word) >= 2 && !AnyOf(word, kKatakanaNotOrgs) &&
        !MatchBefore(word, word.size(), kKatakanaRoleEnds) && !in_person(i, j) && !quote_at(i, j)) {
      Mention org;
      // "LINEヤフー": an all-capital Latin word glued before the katakana
      // is part of the name (not a role such as CEO, nor a generic AI).
      size_t start = CapitalsGluedBefore(text_, i);
      if (in_person(start, i)) start = i;
      org.start = start;
      org.end = tail_end;
      org.names = {std::string(text_.substr(start, tail_end - start))};
      orgs_.push_back(std::move(org));
      marked_katakana.insert(std::string(text_.substr(i, tail_end - i)));
    }
    i = j;
  }
  // A katakana name marked as an org once ("ソラマメ（東京・渋谷）は") is
  // that org wherever else it stands alone ("ソラマメはともに…創業した").
  add_where_alone(marked_katakana, [](char32_t before, char32_t after) {
    return IsKatakana(before) || IsNameDot(before) || IsKatakana(after) || IsNameDot(after);
  });
  // A kanji name after 元 or before 出身: 元楽天の, 東芝出身の.
  // clang-format off
  static constexpr string_view kNotEmployers[] = {
      "社員", "従業員", "同僚", "首相", "大臣", "知事", "市長", "議員", "選手", "監督", "記者", "部下", "上司",
      "幹部", "役員", "職員", "局長", "次官", "代表", "社長", "会長", "研究員", "研究者", "技術者", "教授", "同社",
      "同氏", "官僚", "所長", "部長", "課長", "室長", "理事", "検事", "判事", "学生", "院生", "国務長官", "国家",
      "政府", "大手", "日本", "米国", "中国"};
  // clang-format on
  for (size_t i = Find(text_, "元"); i != string_view::npos; i = Find(text_, "元", i + 1)) {
    if (IsKanji(DecodeBefore(text_, i))) continue;
    size_t j = i + 3, m = 0, count = 0;
    while (j < text_.size() && count < 6 && IsKanji(DecodeAt(text_, j, &m))) {
      j += m;
      ++count;
    }
    if (count < 2 || !(StartsAt(text_, j, "の") || StartsAt(text_, j, "出身"))) continue;
    string_view word = text_.substr(i + 3, j - i - 3);
    if (MatchAt(word, 0, kNotEmployers) || MatchBefore(word, word.size(), kNotEmployers) ||
        MatchBefore(word, word.size(), kRoles) || in_person(i, j))
      continue;
    Mention org;
    org.start = i + 3;
    org.end = j;
    org.names = {std::string(word)};
    orgs_.push_back(std::move(org));
  }
  // A kanji name right after a company noun, as the subject or topic:
  // "中国のAI新興、星河智能は", "スタートアップの青嵐科技が". Alone, a kanji
  // run is more often a common noun; the noun before it says it is a company.
  {
    // clang-format off
    static constexpr string_view kKanjiIntroducers[] = {
        "新興、", "新興の", "スタートアップ、", "スタートアップの", "新興企業、", "新興企業の", "開発企業の",
        "開発企業、", "開発会社の", "開発会社、", "AI企業、"};
    static constexpr string_view kSubjectParticles[] = {"は", "が", "（", "、"};
    // clang-format on
    for (string_view introducer : kKanjiIntroducers) {
      // Found by its noun, then its last character: Find looks for a word's
      // last byte, and that of "、" (E3 80 81) or "の" (E3 81 AE) stops it
      // at most hiragana. The nouns end in rarer bytes.
      string_view noun = introducer.substr(0, introducer.size() - 3);
      string_view tail = introducer.substr(noun.size());
      for (size_t at = Find(text_, noun); at != string_view::npos; at = Find(text_, noun, at + 1)) {
        if (!StartsAt(text_, at + noun.size(), tail)) continue;
        // Kanji, or katakana with a kanji tail (シンラン科技).
        size_t i = at + introducer.size(), j = i, m = 0, count = 0, kanji = 0;
        while (j < text_.size() && count < 9) {
          char32_t c = DecodeAt(text_, j, &m);
          if (IsKanji(c))
            ++kanji;
          else if (kanji > 0 || !IsKatakana(c))
            break;
          j += m;
          ++count;
        }
        if (count < 2 || kanji < 2 || kanji > 6 || !MatchAt(text_, j, kSubjectParticles)) continue;
        string_view word = text_.substr(i, j - i);
        if (MatchAt(word, 0, kNotEmployers) || MatchBefore(word, word.size(), kNotEmployers) ||
            MatchBefore(word, word.size(), kRoles) || MatchAt(word, 0, kOrgAnaphors) || in_person(i, j) ||
            quote_at(i, j))
          continue;
        Mention org;
        org.start = i;
        org.end = j;
        org.names = {std::string(word)};
        orgs_.push_back(std::move(org));
        marked_kanji.insert(std::string(word));
      }
    }
    // A kanji name that opens the article as a dated subject, as a lead
    // names the company in the news: "富士通は19日、", "富士通は11月19日、".
    {
      size_t j = 0, m = 0, count = 0;
      while (j < text_.size() && count < 7 && IsKanji(DecodeAt(text_, j, &m))) {
        j += m;
        ++count;
      }
      int day = 0;
      size_t day_at = j + string_view("は").size();
      if (size_t month = ReadNumber(text_, day_at, &day); month > 0 && StartsAt(text_, day_at + month, "月"))
        day_at += month + string_view("月").size();
      size_t digits = ReadNumber(text_, day_at, &day);
      string_view word = text_.substr(0, j);
      if (count >= 2 && count <= 6 && StartsAt(text_, j, "は") && digits > 0 &&
          StartsAt(text_, day_at + digits, "日、") && !MatchAt(word, 0, kNotEmployers) &&
          !MatchBefore(word, word.size(), kNotEmployers) && !MatchBefore(word, word.size(), kRoles) &&
          !MatchAt(word, 0, kOrgAnaphors) && !in_person(0, j)) {
        Mention org;
        org.start = 0;
        org.end = j;
        org.names = {std::string(word)};
        orgs_.push_back(std::move(org));
        marked_kanji.insert(std::string(word));
      }
    }
    // Elsewhere in the text, the same name standing alone is that org.
    add_where_alone(marked_kanji, [](char32_t before, char32_t after) {
      return IsKanji(before) || IsKatakana(before) || IsKanji(after);
    });
  }
  // A kanji name with a katakana company tail: 楽天グループは, 東西ホールディングスの,
  // 北辰システムズの.
  for (string_view tail : {string_view("グループ"), string_view("ホールディングス"), string_view("システムズ"),
                           string_view("テクノロジーズ"), string_view("ソリューションズ"),
                           string_view("ラボラトリーズ"), string_view("ロボティクス")}) {
    for (size_t at = Find(text_, tail); at != string_view::npos; at = Find(text_, tail, at + 1)) {
      size_t end = at + tail.size();
      if (IsKatakana(DecodeAt(text_, end)) || IsKatakana(DecodeBefore(text_, at))) continue;
      size_t j = at, m = 0, count = 0;
      while (j > 0 && count < 5 && IsKanji(DecodeBefore(text_, j, &m))) {
        j -= m;
        ++count;
      }
      if (count < 2 || count > 4) continue;
      string_view word = text_.substr(j, at - j);
      if (MatchAt(word, 0, kNotEmployers) || MatchBefore(word, word.size(), kNotEmployers) ||
          MatchAt(word, 0, kOrgAnaphors) || in_person(j, end) || quote_at(j, end))
        continue;
      Mention org;
      org.start = j;
      org.end = end;
      org.names = {std::string(text_.substr(j, end - j))};
      orgs_.push_back(std::move(org));
    }
  }
  // A kanji name before 出身: 楽天出身の, 三河重工出身の. Not a place one
  // comes from (京都出身) nor a school one studied at (東大出身).
  {
    // clang-format off
    static constexpr string_view kNotFormerEmployers[] = {
        "大学", "大学院", "大", "高校", "高専", "学部", "学科", "研究科", "課程", "系", "都", "道", "府", "県", "市",
        "町", "村", "区", "州", "国", "省", "地方", "東京", "大阪", "京都", "名古屋", "福岡", "横浜", "神戸", "札幌",
        "仙台", "広島", "沖縄", "北海道", "九州", "四国", "関西", "関東", "東北", "北陸", "米国", "中国", "韓国",
        "台湾", "英国", "日本", "海外", "地元", "同郷", "官僚", "軍", "業種", "業界", "他社", "文系", "理系"};
    // clang-format on
    for (size_t at = Find(text_, "出身"); at != string_view::npos; at = Find(text_, "出身", at + 1)) {
      size_t j = at, m = 0, count = 0;
      while (j > 0 && count < 7 && IsKanji(DecodeBefore(text_, j, &m))) {
        j -= m;
        ++count;
      }
      if (count < 2 || count > 6) continue;
      if (StartsAt(text_, j, "元") || StartsAt(text_, j, "前")) j += string_view("元").size();
      string_view word = text_.substr(j, at - j);
      if (CodePoints(word) < 2 || MatchAt(word, 0, kNotEmployers) || MatchBefore(word, word.size(), kNotEmployers) ||
          MatchBefore(word, word.size(), kRoles) || MatchBefore(word, word.size(), kNotFormerEmployers) ||
          AnyOf(word, kNotFormerEmployers) || MatchAt(word, 0, kOrgAnaphors) || in_person(j, at) || quote_at(j, at))
        continue;
      // A bare org noun names no org: "NTTの研究所出身".
      static constexpr string_view kBareOrgNouns[] = {"会社", "企業", "本社", "子会社", "部門", "組織", "機関"};
      if (AnyOf(word, kOrgSuffixes) || AnyOf(word, kBareOrgNouns) || EndsAt(text_, j, "の")) continue;
      Mention org;
      org.start = j;
      org.end = at;
      org.names = {std::string(word)};
      orgs_.push_back(std::move(org));
    }
  }
  // Kanji names with AI in them: 北斗AI, 北斗AIラボ.
  for (size_t at = Find(text_, "AI"); at != string_view::npos; at = Find(text_, "AI", at + 1)) {
    size_t j = at, n = 0, kanji = 0;
    while (j > 0 && IsKanji(DecodeBefore(text_, j, &n))) {
      j -= n;
      ++kanji;
    }
    if (kanji < 2 || kanji > 4) continue;
    size_t prefix = MatchAt(text_.substr(0, at), j, kCountryPrefixes);
    string_view head = text_.substr(j + prefix, at - j - prefix);
    // clang-format off
    static constexpr string_view kGenericAi[] = {
        "生成", "対話", "画像", "音声", "汎用", "自律", "医療", "産業", "独自", "最新", "会話", "言語", "推論",
        "動画", "翻訳", "検索", "基盤", "業務", "国産", "商用", "小型", "大型", "次世代", "最先端", "先端", "主要",
        "各社", "自社", "同社", "中国", "米国", "日本", "国内", "海外", "人工", "高性能", "特化", "専用", "向け",
        "企業", "生成系", "対話型", "汎用型", "基礎", "研究", "開発", "責任", "最高", "担当", "部門"};
    // clang-format on
    if (CodePoints(head) < 2 || MatchAt(head, 0, kGenericAi) || MatchBefore(head, head.size(), kGenericAi)) continue;
    size_t end = at + 2;
    static constexpr string_view kCompanyTails[] = {
        "ラボ", "ラボラトリーズ", "テクノロジーズ", "ソリューションズ", "システムズ", "ホールディングス", "研究所"};
    end += MatchAt(text_, end, kCompanyTails);
    char32_t next = DecodeAt(text_, end);
    if (IsLatinWordChar(next) || IsKatakana(next) || IsKanji(next)) continue;
    if (in_person(j, end) || quote_at(j, end)) continue;
    Mention org;
    org.start = j + prefix;
    org.end = end;
    org.names = {std::string(text_.substr(j + prefix, end - j - prefix))};
    orgs_.push_back(std::move(org));
  }
  // Kanji names with an org ending, before a particle: 東都大学で, 北斗電機に.
  auto may_start_suffix = [](string_view s, size_t i) { return kOrgSuffixIndex.MayStartAt(s, i); };
  for (size_t i = SkipTo(text_, 0, may_start_suffix), n = 0; i < text_.size();
       i = SkipTo(text_, i + n, may_start_suffix)) {
    DecodeAt(text_, i, &n);
    size_t suffix = kOrgSuffixIndex.MatchAt(text_, i);
    if (!suffix) continue;
    size_t end = i + suffix;
    char32_t next = DecodeAt(text_, end);
    // "東都大学発のスタートアップ": 発 ends the name, and so does 出身
    // (三河重工出身の).
    // A post glued to the name ends it too: 東北大学准教授の, 北斗電機社長.
    // (大学出身 says where someone studied, not worked.)
    bool school = EndsAt(text_, end, "大学") || EndsAt(text_, end, "大学院");
    bool glued = IsKanji(next) && next != U'発' && !(StartsAt(text_, end, "出身") && !school) &&
                 !MatchAt(text_, end, kRoles);
    // A department in katakana and the post after it end the name too:
    // "ウスズミ生命保険データサイエンス部長の" (not "ヨモギ銀行カード").
    bool department = false;
    if (IsKatakana(next)) {
      size_t k = KatakanaRunEnd(text_, end), count = 0, m = 0;
      while (k < text_.size() && count < 6 && IsKanji(DecodeAt(text_, k, &m))) {
        k += m;
        ++count;
      }
      department = count > 0 && MatchBefore(text_.substr(0, k), k, kRoles) > 0;
    }
    if (glued || (IsKatakana(next) && !department) || IsLatinWordChar(next)) continue;
    // ヨモギ知能 is a company, 人工知能 and 汎用人工知能 a field: 知能 ends a
    // name only after katakana or Latin letters.
    // Its name is that katakana alone (新会社ミライ知能 is ミライ知能).
    bool field_suffix = StartsAt(text_, i, "知能") && suffix == string_view("知能").size();
    if (field_suffix && IsKanji(DecodeBefore(text_, i))) continue;
    size_t j = i, m = 0;
    while (j > 0) {
      char32_t p = DecodeBefore(text_, j, &m);
      if ((IsKanji(p) && !field_suffix) || IsKatakana(p) || IsNameDot(p))
        j -= m;
      else
        break;
    }
    if (j == i) j = KatakanaCapitalsBefore(text_, i);
    size_t prefix = MatchAt(text_.substr(0, i), j, kCountryPrefixes);
    // 中央研究所 is a unit's name, not China's 央研究所.
    if (prefix && j + prefix < i && !StartsAt(text_, j, "中央")) j += prefix;
    j = AfterIndustryHead(text_, j, i);
    j = AfterTimeWord(text_, j, i);
    // "元三河重工の": 元 says the post is over; it is no part of the name.
    if (i - j > 3 && (StartsAt(text_, j, "元") || StartsAt(text_, j, "前")) && !IsKanji(DecodeBefore(text_, j)))
      j += string_view("元").size();
    // "株式会社メバル電機を退社": the legal form is kanji too, but no part of the name.
    if (size_t form = MatchAt(text_.substr(0, i), j, kLegalForms); form && j + form < i) j += form;
    // "国立研究開発法人情報知能研究機構": so is a public body's form, which
    // would otherwise read as the generic head 国立.
    static constexpr string_view kPublicForms[] = {"国立研究開発法人", "独立行政法人", "国立大学法人",
                                                   "公益財団法人",     "一般財団法人", "公益社団法人",
                                                   "一般社団法人",     "学校法人"};
    if (size_t form = MatchAt(text_.substr(0, i), j, kPublicForms); form && j + form < i) j += form;
    string_view head = text_.substr(j, i - j);
    // clang-format off
    static constexpr string_view kGenericHeads[] = {
        "国立", "私立", "公立", "有名", "名門", "各", "複数", "海外", "国内", "大手", "新興", "一流", "地方", "同",
        "研究", "他", "別の", "主要", "傘下", "系列", "米国", "欧州", "中央"};
    // clang-format on
    // "新研究所は…発足し": a prefix alone before the ending names a new or
    // this unit, no org (新日本製鉄 has more before its ending).
    static constexpr string_view kPrefixHeads[] = {"新", "当", "旧", "両", "全", "現", "本"};
    bool prefix_only = std::ranges::find(kPrefixHeads, head) != std::end(kPrefixHeads);
    if (CodePoints(head) < 1 || prefix_only || MatchAt(head, 0, kGenericHeads) || in_person(j, end) ||
        quote_at(j, end))
      continue;
    Mention org;
    org.start = j;
    org.end = end;
    org.names = {std::string(text_.substr(j, end - j))};
    orgs_.push_back(std::move(org));
    n = suffix;
  }
  // A katakana name with a company tail: ツクヨミ・ラボ, コハク・ホールディングス,
  // アオバテクノロジーズ. ラボ alone is also a unit (イノベーションラボ), and
  // テック a field (フィンテック, ヘルステック): only after a dot (ミヤマ・テック).
  {
    // clang-format off
    static constexpr string_view kKatakanaCompanyTails[] = {
        "ホールディングス", "テクノロジーズ", "テクノロジー", "ラボラトリーズ", "ソリューションズ", "システムズ",
        "ロボティクス", "インテリジェンス", "ダイナミクス", "コーポレーション", "ラボ", "テック"};
    // clang-format on
    for (size_t i = SkipToKatakana(text_, 0), n = 0; i < text_.size(); i = SkipToKatakana(text_, i + n)) {
      char32_t c = DecodeAt(text_, i, &n);
      if (!IsKatakana(c) || IsKatakana(DecodeBefore(text_, i)) || IsNameDot(DecodeBefore(text_, i))) continue;
      size_t j = KatakanaRunEnd(text_, i);
      char32_t next = DecodeAt(text_, j);
      if (IsKanji(next) || IsLatinWordChar(next)) continue;
      string_view word = text_.substr(i, j - i);
      size_t tail = MatchBefore(word, word.size(), kKatakanaCompanyTails);
      if (!tail || tail == word.size()) continue;
      size_t head_end = word.size() - tail;
      bool dotted = IsNameDot(DecodeBefore(word, head_end));
      if (EndsAt(word, word.size(), "ラボ") && !EndsAt(word, word.size(), "ラボラトリーズ") && !dotted) continue;
      if (EndsAt(word, word.size(), "テック") && !dotted) continue;
      if (CodePoints(word.substr(0, head_end)) < (dotted ? 3 : 2)) continue;
      if (AnyOf(word, kKatakanaNotOrgs) || in_person(i, j) || quote_at(i, j)) continue;
      Mention org;
      org.start = i;
      org.end = j;
      org.names = {std::string(word)};
      orgs_.push_back(std::move(org));
      n = j - i;
    }
  }
  // A katakana name with a kanji tail where only an org can stand: right
  // after 新会社 without brackets (新会社ミライ知能を), or before the で of a
  // past post (ミナト精工でAI部門を率いていた). Tails that name a unit or a
  // field (事業部, 開発) are no company.
  // clang-format off
  static constexpr string_view kUnitTails[] = {
      "部", "課", "室", "部門", "事業", "本部", "分野", "領域", "業務", "担当", "開発", "研究", "技術", "関連",
      "向け", "系", "設立", "創業", "時代", "時", "後", "前", "内", "中", "法人", "支社"};
  // clang-format on
  auto katakana_kanji_name = [&](size_t i, bool need_kanji) -> size_t {
    size_t j = i, m = 0, count = 0, kanji = 0;
    if (!IsKatakana(DecodeAt(text_, i))) return 0;
    while (j < text_.size() && count < 12) {
      char32_t c = DecodeAt(text_, j, &m);
      if (IsKanji(c)) {
        ++kanji;
      } else if (kanji > 0 || !(IsKatakana(c) || (IsNameDot(c) && IsKatakana(DecodeAt(text_, j + m))))) {
        break;
      }
      j += m;
      ++count;
    }
    if (count < 2 || (need_kanji && (kanji == 0 || kanji > 4))) return 0;
    string_view word = text_.substr(i, j - i);
    if (kanji > 0 && MatchBefore(word, word.size(), kUnitTails)) return 0;
    if (AnyOf(word, kKatakanaNotOrgs) || in_person(i, j) || quote_at(i, j)) return 0;
    return j;
  };
  for (size_t at = Find(text_, "新会社"); at != string_view::npos; at = Find(text_, "新会社", at + 1)) {
    size_t i = at + string_view("新会社").size();
    if (StartsAt(text_, i, "の")) i += string_view("の").size();
    size_t j = katakana_kanji_name(i, false);
    static constexpr string_view kParticles[] = {"を", "が", "は", "に", "と", "の", "、", "（", "。", "で"};
    if (!j || !MatchAt(text_, j, kParticles)) continue;
    Mention org;
    org.start = i;
    org.end = j;
    org.names = {std::string(text_.substr(i, j - i))};
    orgs_.push_back(std::move(org));
  }
  for (size_t at = Find(text_, "で"); at != string_view::npos; at = Find(text_, "で", at + 1)) {
    if (!IsKanji(DecodeBefore(text_, at))) continue;
    size_t i = at, m = 0;
    while (i > 0) {
      char32_t p = DecodeBefore(text_, i, &m);
      if (!IsKanji(p) && !IsKatakana(p) && !IsNameDot(p)) break;
      i -= m;
    }
    // The run must start with katakana: back to its first katakana.
    while (i < at && !IsKatakana(DecodeAt(text_, i, &m))) i += m;
    if (i >= at || katakana_kanji_name(i, true) != at) continue;
    // A past post follows in the same clause: …を率いていた, …を務めていた.
    size_t clause_end = std::min(Find(text_, "。", at), Find(text_, "、", at));
    size_t past = Find(text_, "ていた", at);
    if (past == string_view::npos || past > clause_end || CodePoints(text_.substr(at, past - at)) > 30) continue;
    Mention org;
    org.start = i;
    org.end = at;
    org.names = {std::string(text_.substr(i, at - i))};
    orgs_.push_back(std::move(org));
  }
  // Overlaps: the longest wins, then the earliest.
  std::sort(orgs_.begin(), orgs_.end(), [](const Mention& a, const Mention& b) {
    return a.end - a.start != b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start;
  });
  std::vector<Mention> kept;
  for (auto& m : orgs_) {
    bool overlaps = false;
    for (const auto& k : kept)
      if (m.start < k.end && m.end > k.start) overlaps = true;
    for (const auto& p : models_)
      if (m.start < p.end && m.end > p.start && p.end - p.start >= m.end - m.start) overlaps = true;
    if (!overlaps) kept.push_back(std::move(m));
  }
  orgs_ = std::move(kept);
  std::erase_if(models_, [&](const Mention& p) {
    for (const auto& o : orgs_)
      if (p.start < o.end && p.end > o.start) return true;
    return false;
  });
  // Country prefixes and 株式会社 belong to the placeholder, not the name;
  // 日本 before a company names its Japanese arm (日本IBM).
  for (auto& m : orgs_) {
    if (EndsAt(text_, m.start, "日本") && !IsKanji(DecodeBefore(text_, m.start - 6)) &&
        (IsLatinLetter(DecodeAt(text_, m.start)) || IsKatakana(DecodeAt(text_, m.start)))) {
      m.start -= 6;
      m.names[0] = "日本" + m.names[0];
    }
    if (EndsAt(text_, m.start, "株式会社")) m.start -= string_view("株式会社").size();
    size_t p = MatchBefore(text_, m.start, kCountryPrefixes);
    if (p && !IsKanji(DecodeBefore(text_, m.start - p))) m.start -= p;
    if (StartsAt(text_, m.end, "株式会社")) m.end += string_view("株式会社").size();
    // "マイクロソフト・リサーチ", "アマゾン ウェブ サービス ジャパン": a
    // katakana name goes on after a dot or a space.
    auto separator = [&](size_t at) -> size_t {
      char32_t c = DecodeAt(text_, at);
      size_t len = c == ' ' ? 1 : (IsNameDot(c) || c == 0x3000) ? 3 : 0;
      return len && IsKatakana(DecodeAt(text_, at + len)) ? len : 0;
    };
    if (IsKatakana(DecodeBefore(text_, m.end)) && separator(m.end)) {
      size_t j = m.end, n = 0;
      while (j < text_.size()) {
        if (size_t sep = separator(j)) {
          j += sep;
        } else if (IsKatakana(DecodeAt(text_, j, &n))) {
          j += n;
        } else {
          break;
        }
      }
      bool taken = false;
      for (const auto& person : people_)
        if (person.start < j && person.end > m.end) taken = true;
      if (!taken) {
        m.names[0] += std::string(text_.substr(m.end, j - m.end));
        m.end = j;
      }
    }
    // "アリババ集団は", "OpenAI社の": the company word belongs to the name's placeholder.
    static constexpr string_view kCompanyWords[] = {"集団", "グループ", "ホールディングス", "社"};
    if (size_t w = MatchAt(text_, m.end, kCompanyWords);
        w && !IsKanji(DecodeAt(text_, m.end + w)) && !IsKatakana(DecodeAt(text_, m.end + w)))
      m.end += w;
  }
  std::sort(orgs_.begin(), orgs_.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  std::sort(models_.begin(), models_.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  ShortOrgNames();
}

// "昨年カワハギを辞めた" after "株式会社カワハギ・システムズを退職しました": a
// katakana name without a dot that opens, before a dot, the name of an org
// written before `before` is that org in short (as "Kintyre" is Kintyre AI
// in English); not when two such orgs were written.
std::optional<std::string> Reader::DottedOrgOpenedBy(string_view word, size_t before) const {
  if (!IsKatakana(DecodeAt(word, 0)) || KatakanaRunEnd(word, 0) != word.size() || Contains(word, "・"))
    return std::nullopt;
  const std::string* full = nullptr;
  for (const auto& o : orgs_) {
    if (o.start >= before) break;
    if (o.names.size() != 1 || !StartsAt(o.names[0], 0, word) || DecodeAt(o.names[0], word.size()) != U'・') continue;
    if (full && *full != o.names[0]) return std::nullopt;
    full = &o.names[0];
  }
  if (!full) return std::nullopt;
  return *full;
}

// The orgs found with a short name take the full one.
void Reader::ShortOrgNames() {
  for (auto& m : orgs_)
    if (m.names.size() == 1)
      if (auto full = DottedOrgOpenedBy(m.names[0], m.start)) m.names[0] = *full;
}

// ---- Shapes ------------------------------------------------------------------

Shape Reader::BuildShape(Span span, bool resolve) {
  Shape shape;
  shape.span = span;
  std::vector<const Mention*> all;
  for (const auto* list : {&people_, &orgs_, &models_})
    for (const auto& m : *list)
      if (m.start >= span.start && m.end <= span.end) all.push_back(&m);
  std::sort(all.begin(), all.end(), [](const Mention* a, const Mention* b) { return a->start < b->start; });
  size_t next = 0;
  size_t i = span.start, n = 0;
  // A placeholder per name, while the range lasts (1,024 names of a kind
  // in a sentence; past that, names stay text).
  auto push = [&](Mention m) {
    size_t index = shape.marks.size();
    if (index >= kPersonMark - kOrgMark) {
      shape.text.append(text_.substr(m.start, m.end - m.start));
      return;
    }
    AppendCodePoint(shape.text, MarkFor(m.kind, index));
    shape.marks.push_back(std::move(m));
  };
  // Plain text is copied in runs, not a character at a time: text_[plain,
  // i) is plain text not yet in shape.text, appended (flush) before
  // anything else is appended or shape.text is read.
  size_t plain = i;
  auto flush = [&] { shape.text.append(text_.substr(plain, i - plain)); };
  while (i < span.end) {
    while (next < all.size() && all[next]->start < i) ++next;
    if (next < all.size() && all[next]->start == i) {
      const Mention& m = *all[next++];
      flush();
      push(m);
      // 同社 means the org in the news, not one named as a background:
      // 元Google, Meta出身.
      // Nor one named as a competitor: "競合のA", "ライバルのA".
      if (resolve && m.kind == MentionKind::kOrg && !EndsAt(text_, m.start, "元") && !StartsAt(text_, m.end, "出身") &&
          !EndsAt(text_, m.start, "競合の") && !EndsAt(text_, m.start, "競合する") &&
          !EndsAt(text_, m.start, "ライバルの")) {
        last_org_ = m.name();
        std::erase(recent_orgs_, last_org_);
        recent_orgs_.insert(recent_orgs_.begin(), last_org_);
      }
      i = plain = m.end;
      continue;
    }
    char32_t c = DecodeAt(text_, i, &n);
    if (c == U'（' || c == '(') {
      int depth = 0;
      size_t j = i, m = 0;
      for (; j < span.end; j += m) {
        char32_t d = DecodeAt(text_, j, &m);
        if (d == U'（' || d == '(') ++depth;
        if ((d == U'）' || d == ')') && --depth == 0) break;
      }
      if (j < span.end) {
        flush();
        if (MarkBefore(shape, shape.text.size()) && IsPersonMark(DecodeBefore(shape.text, shape.text.size())))
          shape.appositives[shape.marks.size() - 1] = {i + n, j};
        i = plain = j + m;
        continue;
      }
    }
    // MatchAt decodes the same `c` unless the span ends inside it; most
    // characters start no anaphor, and the filter says so without a call.
    size_t anaphor = i + n > span.end || kOrgAnaphorIndex.MayStartWith(c)
                         ? kOrgAnaphorIndex.MatchAt(text_.substr(0, span.end), i)
                         : 0;
    if (anaphor && !IsKanji(DecodeAt(text_, i + anaphor)) && resolve) {
      flush();
      plain = i;
      std::string target;
      // The org this sentence is about, else the article's, else the last named.
      for (size_t k = shape.text.size(); k > 0;) {
        size_t len = 0;
        char32_t p = DecodeBefore(shape.text, k, &len);
        k -= len;
        if (IsOrgMark(p)) {
          char32_t after = DecodeAt(shape.text, k + len);
          if (after == U'は' || after == U'が' || after == U'も') {
            target = shape.marks[MarkIndex(p)].name();
            break;
          }
        }
      }
      // 同大学 is a university, 同ラボ a lab: the last org of that kind.
      static constexpr std::pair<string_view, string_view> kKinds[] = {
          {"同大学", "大学"}, {"同研究所", "研究所"}, {"同ラボ", "ラボ"}, {"同グループ", "グループ"}};
      for (const auto& [word, ending] : kKinds) {
        if (!StartsAt(text_, i, word)) continue;
        target.clear();
        for (const auto& other : recent_orgs_)
          if (EndsAt(other, other.size(), ending) || (ending == "大学" && Contains(other, "University")) ||
              (ending == "ラボ" && Contains(other, "Lab"))) {
            target = other;
            break;
          }
        if (target.empty()) anaphor = 0;
      }
      // "同社は…" opening a sentence speaks of the company the article is
      // about, not of the last org named ("…米AWSで…を務めていたX氏が就任した。
      // 同社は4月に…を公開している").
      bool opens = anaphor && (StartsAt(text_, i + anaphor, "は") || StartsAt(text_, i + anaphor, "が")) &&
                   (i == span.start || EndsAt(text_, i, "。"));
      if (target.empty() && opens && !topic_org_.empty()) target = topic_org_;
      if (target.empty() && anaphor) target = !last_org_.empty() ? last_org_ : topic_org_;
      if (target.empty() && anaphor) {
        // The article's first sentence: "ソニーのAI部門で研究を率いてきたX氏が
        // 同社を退社する" has only the org named before in it.
        for (size_t k = shape.text.size(); k > 0 && target.empty();) {
          size_t len = 0;
          char32_t p = DecodeBefore(shape.text, k, &len);
          k -= len;
          if (IsOrgMark(p)) target = shape.marks[MarkIndex(p)].name();
        }
      }
      if (!target.empty()) {
        Mention m;
        m.kind = MentionKind::kOrg;
        m.start = i;
        m.end = i + anaphor;
        // The other orgs it could be, most likely first, for rules that
        // can rule the first out ("Aを退社して同社を創業" is not A).
        m.names = {target};
        for (const auto& other : recent_orgs_)
          if (std::find(m.names.begin(), m.names.end(), other) == m.names.end()) m.names.push_back(other);
        if (!topic_org_.empty() && std::find(m.names.begin(), m.names.end(), topic_org_) == m.names.end())
          m.names.push_back(topic_org_);
        m.anaphor = true;
        push(std::move(m));
        i = plain = i + anaphor;
        continue;
      }
    }
    // The article's own private-use characters must not pass for placeholders.
    if (IsMark(c)) {
      flush();
      AppendCodePoint(shape.text, 0xFFFD);
      i = plain = i + (n ? n : 1);
      continue;
    }
    i += n ? n : 1;
  }
  flush();
  return shape;
}

// The org named right before shape offset `pos`: a placeholder, or in a
// slot only, a katakana word or a kanji name with an org ending.
std::optional<OrgRef> Reader::OrgEndingAt(const Shape& shape, size_t pos) const {
  char32_t code = 0;
  if (const Mention* m = MarkBefore(shape, pos, &code)) {
    if (!IsOrgMark(code)) return std::nullopt;
    OrgRef ref{m->name(), pos, m->anaphor, {}};
    if (m->anaphor) ref.alternatives.assign(m->names.begin() + 1, m->names.end());
    return ref;
  }
  const std::string& s = shape.text;
  size_t n = 0;
  char32_t c = DecodeBefore(s, pos, &n);
  size_t j = pos;
  if (IsKatakana(c)) {
    while (j > 0) {
      char32_t p = DecodeBefore(s, j, &n);
      if (IsKatakana(p) || IsNameDot(p))
        j -= n;
      else
        break;
    }
    string_view word = string_view(s).substr(j, pos - j);
    // A kanji org ending after katakana: ソニーグループ is katakana; スタンフォード大学 is not here.
    if (CodePoints(word) < 2 || AnyOf(word, kKatakanaNotOrgs) || MatchBefore(word, word.size(), kKatakanaRoleEnds))
      return std::nullopt;
    if (auto full = DottedOrgOpenedBy(word, shape.span.start)) return OrgRef{*full, pos, false, {}};
    word = string_view(s).substr(CapitalsGluedBefore(s, j), pos - CapitalsGluedBefore(s, j));  // LINEヤフー
    return OrgRef{std::string(word), pos, false, {}};
  }
  if (IsKanji(c)) {
    size_t suffix = MatchBefore(s, pos, kOrgSuffixes);
    if (!suffix) return std::nullopt;
    j = pos - suffix;
    // 人工知能 is a field, not a company, and ミライ知能 is no longer for a
    // kanji word before it (as where names are found).
    bool field_suffix = EndsAt(s, pos, "知能") && suffix == string_view("知能").size();
    if (field_suffix && IsKanji(DecodeBefore(s, j))) return std::nullopt;
    while (j > 0) {
      char32_t p = DecodeBefore(s, j, &n);
      if ((IsKanji(p) && !field_suffix) || IsKatakana(p) || IsNameDot(p))
        j -= n;
      else
        break;
    }
    size_t prefix = MatchAt(s, j, kCountryPrefixes);
    if (prefix && CodePoints(string_view(s).substr(j + prefix, pos - j - prefix)) >= 3) j += prefix;
    j = AfterIndustryHead(s, j, pos - suffix);
    j = AfterTimeWord(s, j, pos - suffix);
    if (j + suffix >= pos) return std::nullopt;
    return OrgRef{std::string(string_view(s).substr(j, pos - j)), pos, false, {}};
  }
  return std::nullopt;
}

// The org marked by one of `particles` nearest before `t` (and after
// `floor`), with only a short gap between the particle and `t`.
std::optional<OrgRef> Reader::SlotBefore(const Shape& shape, size_t floor, size_t t, Words particles,
                                         size_t max_gap) const {
  const std::string& s = shape.text;
  for (size_t p = t; p > floor;) {
    size_t n = 0;
    DecodeBefore(s, p, &n);
    p -= n;
    size_t len = MatchAt(s, p, particles);
    if (!len || p + len > t) continue;
    if (!ShortGap(string_view(s).substr(p + len, t - p - len), max_gap)) {
      // Beyond a comma or another argument nothing belongs to this verb.
      string_view gap = string_view(s).substr(p + len, t - p - len);
      if (Contains(gap, "、") || Contains(gap, "。")) return std::nullopt;
      continue;
    }
    if (auto org = OrgEndingAt(shape, p)) {
      org->at = p;
      return org;
    }
  }
  return std::nullopt;
}

bool NominalChain(string_view s, size_t max_code_points);

// The org a move starts from: "AからBに移籍", "AからX氏を迎えた", in the
// same clause as the verb.
std::optional<OrgRef> Reader::FromBefore(const Shape& shape, size_t floor, size_t t) const {
  const std::string& s = shape.text;
  for (size_t at = string_view(s).substr(0, t).rfind("から"); at != string_view::npos && at > floor;
       at = at == 0 ? string_view::npos : string_view(s).substr(0, at).rfind("から")) {
    string_view between = string_view(s).substr(at + 6, t - at - 6);
    if (Contains(between, "。") || Contains(between, "、") || CodePoints(between) > 40) return std::nullopt;
    if (auto org = OrgEndingAt(shape, at)) {
      org->at = at;
      return org;
    }
    // "Aのデータ分析部門からBに移った": a move from a unit of A is a move
    // from A. The unit is a short run of nouns after の, ending in a unit
    // word; the org is looked for at most 16 code points back.
    static constexpr string_view kUnits[] = {"部門", "事業部", "本部", "研究所", "研究部", "チーム",
                                             "部署", "グループ", "研究室", "ラボ"};
    // The move must end at a name ("…から営業部門に移った" stays inside A).
    bool named_end = false;
    for (size_t k = at + 6, n = 0; k < t && !named_end; k += n) named_end = IsMark(DecodeAt(s, k, &n));
    if (named_end && MatchBefore(string_view(s).substr(0, at), at, kUnits)) {
      for (size_t k = at, n = 0; k > 0 && at - k < 48;) {
        char32_t c = DecodeBefore(s, k, &n);
        k -= n;
        if (!IsMark(c)) continue;
        string_view unit = string_view(s).substr(k + n, at - k - n);
        if (IsOrgMark(c) && StartsAt(unit, 0, "の") && NominalChain(unit.substr(3), 12) && !Contains(unit, "、"))
          if (auto org = OrgEndingAt(shape, k + n)) {
            org->at = at;
            return org;
          }
        break;
      }
    }
  }
  return std::nullopt;
}

// The org that is the subject (Xは, Xが, Xも) nearest before `pos`.
std::optional<std::string> Reader::SubjectOrgBefore(const Shape& shape, size_t pos) const {
  const std::string& s = shape.text;
  for (size_t k = pos; k > 0;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (!IsOrgMark(c)) continue;
    char32_t after = DecodeAt(s, k + n);
    // "Nebula Labsでは、…", or opening the sentence "同社では今年3月にも":
    // the org the sentence is set in.
    if (after == U'は' || after == U'が' || after == U'も' || StartsAt(s, k + n, "では、") ||
        (k == 0 && StartsAt(s, k + n, "では"))) {
      if (after == U'は' && StartsAt(s, k + n, "はじめ")) continue;
      return shape.marks[MarkIndex(c)].name();
    }
  }
  return std::nullopt;
}

// "AとBは…公開した": the org joined by と to the subject that
// SubjectOrgBefore finds, when the pair opens the sentence or a clause.
std::optional<std::string> Reader::PartnerOrgBefore(const Shape& shape, size_t pos) const {
  const std::string& s = shape.text;
  for (size_t k = pos; k > 0;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (!IsOrgMark(c)) continue;
    char32_t after = DecodeAt(s, k + n);
    if (after != U'は' && after != U'が') continue;
    if (StartsAt(s, k + n, "はじめ")) continue;
    if (!EndsAt(s, k, "と") || k < 3) return std::nullopt;
    size_t m = 0;
    char32_t partner = DecodeBefore(s, k - 3, &m);
    if (!IsOrgMark(partner) || partner == c) return std::nullopt;
    size_t start = k - 3 - m;
    if (start > 0 && !EndsAt(s, start, "、")) return std::nullopt;
    return shape.marks[MarkIndex(partner)].name();
  }
  return std::nullopt;
}

// Offset just past a person placeholder and what may follow it before its
// particle: ら, の3人, 両名.
size_t SkipPersonTail(const std::string& s, size_t pos) {
  // "X最高経営責任者は", "X会長兼社長は", "X前CTOが".
  if ((StartsAt(s, pos, "前") || StartsAt(s, pos, "元")) && kRoleIndex.MatchAt(s, pos + 3)) pos += 3;
  for (size_t title = kRoleIndex.MatchAt(s, pos); title; title = kRoleIndex.MatchAt(s, pos)) {
    pos += title;
    if (StartsAt(s, pos, "兼")) pos += 3;
  }
  if (StartsAt(s, pos, "ら")) {
    pos += 3;
    // "X氏ら約10人の技術者は": the counted group the person leads.
    size_t i = pos + (StartsAt(s, pos, "約") ? 3 : 0), n = 0;
    bool digits = false;
    while (i < s.size() && IsDigit(DecodeAt(s, i, &n))) {
      digits = true;
      i += n;
    }
    if (digits && (StartsAt(s, i, "人") || StartsAt(s, i, "名"))) {
      i += 3;
      static constexpr string_view kStaff[] = {"技術者", "研究者", "社員", "従業員", "エンジニア", "メンバー",
                                               "スタッフ", "開発者"};
      if (StartsAt(s, i, "の")) {
        if (size_t staff = MatchAt(s, i + 3, kStaff)) i += 3 + staff;
      }
      if (StartsAt(s, i, "は") || StartsAt(s, i, "が") || StartsAt(s, i, "も")) pos = i;
    }
  }
  if (StartsAt(s, pos, "本人")) pos += 6;
  if (StartsAt(s, pos, "の")) {
    size_t i = pos + 3, n = 0;
    bool digits = false;
    while (i < s.size()) {
      char32_t c = DecodeAt(s, i, &n);
      if (IsDigit(c) || c == U'二' || c == U'三' || c == U'四' || c == U'五' || c == U'両') {
        digits = true;
        i += n;
      } else {
        break;
      }
    }
    if (digits && (StartsAt(s, i, "人") || StartsAt(s, i, "名"))) pos = i + 3;
  }
  return pos;
}

// The person who does the verb at `t`: the nearest person before it marked
// as a subject (は, が, も), or in the noun form "X氏の退社".
std::optional<size_t> Reader::SubjectPersonBefore(const Shape& shape, size_t t, size_t floor) const {
  const std::string& s = shape.text;
  for (size_t k = t; k > floor;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (!IsPersonMark(c)) continue;
    size_t after = SkipPersonTail(s, k + n);
    char32_t p = DecodeAt(s, after);
    if (p == U'が') {
      // "X氏が設立したTMLに加わった": X is inside a relative clause.
      bool relative = false;
      for (size_t j = after + 3, m = 0; j < t; j += m) {
        char32_t d = DecodeAt(s, j, &m);
        if (d == U'、') break;
        if (IsMark(d) && (EndsAt(s, j, "した") || EndsAt(s, j, "した新会社") || EndsAt(s, j, "る"))) relative = true;
      }
      if (relative) continue;
    }
    if (p == U'は' || p == U'が' || p == U'も') return k;
    if (p == U'の' && after + 3 == t) return k;
    if (p == U'、' && !IsPersonMark(DecodeAt(s, after + 3))) return k;
  }
  return std::nullopt;
}

// A relative clause: "Aを退社したX氏", "X氏らが設立したB". The placeholder
// of the given kind right after the verb's attributive ending, with only a
// descriptor between.
std::optional<size_t> Reader::RelativeHead(const Shape& shape, size_t te, char32_t kind_base) const {
  const std::string& s = shape.text;
  static constexpr string_view kEndings[] = {"していた", "している", "してきた", "した", "する",
                                             "された",   "ていた",   "てきた",   "た",   "る"};
  size_t len = MatchAt(s, te, kEndings);
  if (!len) return std::nullopt;
  size_t i = te + len, n = 0, count = 0;
  while (i < s.size() && count < 16) {
    char32_t c = DecodeAt(s, i, &n);
    if (IsMark(c)) {
      if (c >= kind_base && c < kind_base + 0x400) return i;
      return std::nullopt;
    }
    // "設立したスタートアップ、Kumo Dynamics": an apposition after a company noun.
    if (c == U'、' && MatchBefore(string_view(s).substr(0, i), i, kOrgIntroducers) && IsMark(DecodeAt(s, i + n))) {
      i += n;
      continue;
    }
    if (c == U'を' || c == U'が' || c == U'は' || c == U'に' || c == U'で' || c == U'と' || c == U'、' || c == U'。' ||
        c == U'も' || IsDigit(c))
      return std::nullopt;
    i += n;
    ++count;
  }
  return std::nullopt;
}

// The topic named after the verb: "Aを退社後、Bに移った山本氏は".
std::optional<size_t> SubjectPersonAfter(const Shape& shape, size_t te) {
  const std::string& s = shape.text;
  for (size_t k = te, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (c == U'。') break;
    if (!IsPersonMark(c)) continue;
    // "X氏とY氏が": the list's particle decides.
    size_t end = k + n;
    while (true) {
      static constexpr string_view kLinks[] = {"と", "、", "や", "および", "及び"};
      size_t link = MatchAt(s, end, kLinks);
      if (!link || !IsPersonMark(DecodeAt(s, end + link))) break;
      end += link + kMarkBytes;
    }
    char32_t p = DecodeAt(s, SkipPersonTail(s, end));
    if (p == U'は' || p == U'が' || p == U'も') return k;
    char32_t before = DecodeBefore(s, k);
    if (before == U'た' || before == U'る') return k;  // the head of a later verb's relative clause
    break;
  }
  return std::nullopt;
}

// The persons listed after the one at `person_pos`: "X氏とY氏が".
std::vector<std::string> ListedAfter(const Shape& shape, size_t person_pos) {
  const std::string& s = shape.text;
  std::vector<std::string> names;
  for (size_t k = person_pos + kMarkBytes;;) {
    static constexpr string_view kLinks[] = {"と", "、", "や", "および", "及び"};
    size_t link = MatchAt(s, k, kLinks);
    if (!link) break;
    // "と妹の", "と、元OpenAIの": a short descriptor may come between.
    size_t j = k + link, n = 0, count = 0;
    while (j < s.size() && count < 12 && !IsPersonMark(DecodeAt(s, j, &n))) {
      char32_t c = DecodeAt(s, j);
      if (c == U'は' || c == U'が' || c == U'を' || c == U'に' || c == U'。' || c == U'、' || IsModelMark(c)) break;
      j += n;
      ++count;
    }
    char32_t next = DecodeAt(s, j);
    if (!IsPersonMark(next)) break;
    for (const auto& name : shape.marks[MarkIndex(next)].names) names.push_back(name);
    k = j + kMarkBytes;
  }
  return names;
}

// The person at `person_pos` and those listed with them: "A氏とB氏",
// "A氏、B氏、C氏の3人".
std::vector<std::string> Reader::Group(const Shape& shape, size_t person_pos, bool past_clause) const {
  const std::string& s = shape.text;
  std::vector<std::string> names = MarkAt(shape, person_pos)->names;
  size_t k = person_pos;
  while (k > 0) {
    // Look back for the previous person and what joins them.
    size_t j = k, n = 0, count = 0;
    std::optional<size_t> previous;
    bool crossed = false;  // a clause of the later person's own between them
    while (j > 0 && count < 30) {
      char32_t c = DecodeBefore(s, j, &n);
      j -= n;
      ++count;
      if (IsPersonMark(c)) {
        previous = j;
        break;
      }
      if (past_clause && (c == U'を' || c == U'に')) {
        crossed = true;
        continue;
      }
      if (c == U'は' || c == U'が' || c == U'を' || c == U'に' || c == U'。') break;
    }
    if (!previous) break;
    size_t link = *previous + kMarkBytes;
    if (StartsAt(s, link, "ら")) break;
    // "X氏と、Aを退職したY氏が入社する": only "と、" joins a name to one
    // that a relative clause of its own describes.
    if (crossed && !StartsAt(s, link, "と、")) break;
    if (!(StartsAt(s, link, "と") || StartsAt(s, link, "、") || StartsAt(s, link, "や") ||
          StartsAt(s, link, "および") || StartsAt(s, link, "及び")))
      break;
    const Mention* m = MarkAt(shape, *previous);
    names.insert(names.begin(), m->names.begin(), m->names.end());
    k = *previous;
  }
  return names;
}

// The date written nearest before `t` in the sentence.
const std::vector<DateHit>& Reader::DatesIn(const Shape& shape, bool past) const {
  FoundDates& found = found_dates_[past ? 1 : 0];
  if (!found.valid || found.text != shape.text) {
    found.hits = FindDates(shape.text, dates_, past);
    found.text = shape.text;
    found.valid = true;
  }
  return found.hits;
}

std::optional<Date> Reader::DateBefore(const Shape& shape, size_t t, bool past, size_t floor) const {
  std::optional<Date> best;
  for (const auto& hit : DatesIn(shape, past))
    if (hit.start >= floor && hit.end <= t) best = hit.date;
  return best;
}

std::string Reader::RoleIn(string_view s) const {
  // The role that ends last, the longest of those ending there: read from
  // the end, the first byte offset where any role ends decides.
  for (size_t end = s.size(); end > 0; --end)
    if (size_t length = kRoleIndex.MatchBefore(s, end)) return std::string(s.substr(end - length, length));
  return "";
}

// ---- Descriptors -------------------------------------------------------------

bool NominalChain(string_view s, size_t max_code_points = 30) {
  if (CodePoints(s) > max_code_points) return false;
  for (size_t i = 0, n = 0; i < s.size(); i += n) {
    char32_t c = DecodeAt(s, i, &n);
    if (IsPersonMark(c) || IsModelMark(c)) return false;
    if (c == U'を' || c == U'が' || c == U'は' || c == U'に' || c == U'。' || c == U'「') return false;
  }
  if (EndsAt(s, s.size(), "た") || (EndsAt(s, s.size(), "る") && !EndsAt(s, s.size(), "である"))) return false;
  return true;
}

// clang-format off
constexpr string_view kAffiliationVerbs[] = {
    "務め", "率い", "在籍", "勤務", "勤め", "働い", "所属", "担当", "統括", "主導", "指揮", "リード", "従事", "携わ",
    "活躍", "歴任", "研究", "開発", "経験", "手がけ", "手掛け"};
// clang-format on

// The clause after "Aで" of a past post, to the next comma; past a comma
// that only closes a duration ("Aで8年間、…に携わった後"): the post is in
// the clause after it.
string_view PostClauseAfter(string_view after) {
  string_view clause = after.substr(3);
  size_t cut = std::min({clause.find("、"), clause.find("。"), clause.size()});
  static constexpr string_view kDurations[] = {"年間", "か月間", "カ月間", "ヶ月間", "年余り", "年あまり",
                                               "年近く", "年にわたり", "年にわたって", "年以上"};
  size_t number = StartsAt(clause, 0, "約") ? 3 : 0;
  char32_t first = number < clause.size() ? DecodeAt(clause, number) : 0;
  bool counted = IsDigit(first) || std::u32string_view(U"一二三四五六七八九十数").find(first) != std::u32string_view::npos;
  if (counted && cut < clause.size() && StartsAt(clause, cut, "、") && CodePoints(clause.substr(0, cut)) <= 8 &&
      MatchBefore(clause, cut, kDurations)) {
    size_t rest = cut + 3;
    size_t next = std::min({clause.find("、", rest), clause.find("。", rest), clause.size()});
    return clause.substr(0, next);
  }
  return clause.substr(0, cut);
}

// How a stint told with its start ends.
struct Stint {
  bool ongoing = false;  // 担当している, 在籍する
  bool ended = false;    // 在籍していた, 勤務した
};

// "2020年からAに在籍していた", "2023年からはAで研究員として…を担当している":
// a stint at the org at [org_start, org_end) whose start the text states
// with から after a year or month, and an affiliation verb in the clause
// after it (up to a comma or `limit`). A student's stay (学んだ, 留学) is no
// stint; a stint told in a rumour or denial is none either. nullopt if
// there is none.
std::optional<Stint> StintFrom(string_view s, size_t org_start, size_t org_end, size_t limit) {
  static constexpr string_view kFroms[] = {"からは、", "からは", "から、", "から"};
  static constexpr string_view kStartUnits[] = {"年", "月", "年度"};
  size_t from = MatchBefore(s, org_start, kFroms);
  if (!from || !MatchBefore(s, org_start - from, kStartUnits)) return std::nullopt;
  if (!StartsAt(s, org_end, "に") && !StartsAt(s, org_end, "で")) return std::nullopt;
  string_view clause = PostClauseAfter(s.substr(org_end, limit - org_end));
  static constexpr string_view kStudies[] = {"学ん", "学び", "留学", "学生", "課程", "在学", "研修"};
  if (clause.empty() || HasTopicParticle(clause) || CodePoints(clause) > 40 ||
      !ContainsAny(clause, kAffiliationVerbs) || ContainsAny(clause, kStudies))
    return std::nullopt;
  // From the particle on, so that the clause's own words count as its tail
  // ("在籍しているとの観測", "在籍していない").
  if (!Assess(s, org_end, org_end + 3, false).asserted) return std::nullopt;
  Stint stint;
  static constexpr string_view kOngoing[] = {"ている", "ています", "る"};
  static constexpr string_view kEnded[] = {"ていた", "ていました", "た", "ました"};
  stint.ongoing = MatchBefore(clause, clause.size(), kOngoing) > 0;
  stint.ended = MatchBefore(clause, clause.size(), kEnded) > 0;
  return stint;
}

// What the words right before a person say about them: "元Googleの",
// "Meta出身の", "Aで…を務めていた", "Aの創業者で…の", "最高技術責任者の".
std::vector<Descriptor> Reader::DescribeAt(const Shape& shape, size_t person_pos, size_t floor) const {
  std::vector<Descriptor> out;
  const std::string& s = shape.text;
  size_t end = person_pos;
  if (EndsAt(s, end, "、")) end -= 3;
  size_t tried = 0;
  for (size_t k = end; k > floor && tried < 3;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (IsPersonMark(c) || c == U'。') break;
    if (!IsOrgMark(c)) continue;
    ++tried;
    const std::string& org = shape.marks[MarkIndex(c)].name();
    string_view mid = string_view(s).substr(k + n, end - k - n);
    // "米エヌビディア日本法人の元幹部": the company's Japanese arm is the
    // company.
    static constexpr string_view kArms[] = {"日本法人", "日本支社", "の日本法人"};
    if (size_t arm = MatchAt(mid, 0, kArms); arm && (StartsAt(mid, arm, "の") || StartsAt(mid, arm, "で")))
      mid = mid.substr(arm);
    bool moto = EndsAt(s, k, "元") && !IsKanji(DecodeBefore(s, k - 3));
    bool mae = EndsAt(s, k, "前") && !IsKanji(DecodeBefore(s, k - 3));
    Descriptor d;
    d.org = org;
    d.role = RoleIn(mid);
    if (StartsAt(mid, 0, "出身") || StartsAt(mid, 0, "社出身")) {
      size_t skip = StartsAt(mid, 0, "出身") ? 6 : 9;
      // A school one comes from is no employer left: 東京大学出身.
      static constexpr string_view kSchools[] = {"大学", "大学院", "高校", "高専", "University"};
      bool school = MatchBefore(org, org.size(), kSchools) || Contains(org, "University");
      // Nor is a country one was born in: イタリア出身の研究者.
      bool country = AnyOf(org, kCountryNames);
      if (!school && !country && NominalChain(mid.substr(skip))) {
        d.relation = Descriptor::kFormer;
        d.confidence = 0.6;
        out.push_back(d);
      }
      break;
    }
    // "NTTの研究所出身の": from a unit of A, so from A.
    if (StartsAt(mid, 0, "の")) {
      static constexpr string_view kUnits[] = {"研究所", "研究部門", "部門", "研究開発部門", "ラボ", "研究センター",
                                               "事業部"};
      size_t from = mid.find("出身");
      if (from != string_view::npos && from > 3) {
        string_view unit = mid.substr(3, from - 3);
        if (CodePoints(unit) <= 10 && MatchBefore(unit, unit.size(), kUnits) && NominalChain(unit) &&
            NominalChain(mid.substr(from + 6))) {
          d.relation = Descriptor::kFormer;
          d.confidence = 0.55;
          out.push_back(d);
          break;
        }
      }
    }
    // "A所属の研究者X氏": at A now.
    if (StartsAt(mid, 0, "所属") && NominalChain(mid.substr(6))) {
      d.relation = Descriptor::kPresent;
      d.confidence = 0.5;
      out.push_back(d);
      break;
    }
    // "2020年からAに在籍していたX氏": a join of A as well.
    if (StintFrom(s, k, k + n, end)) out.push_back({Descriptor::kStarted, org, "", 0.55});
    // "Aで…を務めていた", "Aに在籍していた", "AのAI部門で働いた".
    std::optional<string_view> body;
    if (StartsAt(mid, 0, "で") || StartsAt(mid, 0, "に")) {
      body = mid.substr(3);
    } else if (StartsAt(mid, 0, "の")) {
      // "Aの研究員で、現在CTOを務める": で before a comma ends a noun
      // ("being a researcher of A"); it is no place where the rest happens.
      size_t de = mid.find("で");
      if (de != string_view::npos && NominalChain(mid.substr(3, de - 3), 12) && !Contains(mid.substr(0, de), "、") &&
          !StartsAt(mid, de + 3, "、"))
        body = mid.substr(de + 3);
    }
    if (body && !HasTopicParticle(*body) && CodePoints(*body) <= 40) {
      static constexpr string_view kPast[] = {"ていた", "ていました", "た"};
      static constexpr string_view kPresent[] = {"ている", "ています", "てきた", "る"};
      if (EndsAt(*body, body->size(), "てきた")) {
        d.relation = Descriptor::kPresent;
        out.push_back(d);
        break;
      }
      bool affiliation = ContainsAny(*body, kAffiliationVerbs);
      if (affiliation && MatchBefore(*body, body->size(), kPast)) {
        d.relation = Descriptor::kFormer;
        d.confidence = 0.55;
        out.push_back(d);
        break;
      }
      if (affiliation && MatchBefore(*body, body->size(), kPresent)) {
        d.relation = Descriptor::kPresent;
        out.push_back(d);
        break;
      }
    }
    // "Aでエンジニアだった X氏": a post at A, past.
    if (body && StartsAt(mid, 0, "で")) {
      static constexpr string_view kWasAt[] = {"だった", "であった"};
      if (size_t was = MatchBefore(*body, body->size(), kWasAt)) {
        string_view post = body->substr(0, body->size() - was);
        if (!post.empty() && CodePoints(post) <= 12 && NominalChain(post) && !RoleIn(post).empty()) {
          d.relation = Descriptor::kFormer;
          d.confidence = 0.55;
          out.push_back(d);
          break;
        }
      }
    }
    // Past a clause boundary nothing describes this person.
    auto boundary = [](string_view m) { return HasTopicParticle(m) || Contains(m, "。"); };
    if (StartsAt(mid, 0, "で") || StartsAt(mid, 0, "に")) {
      if (boundary(mid)) break;
      continue;
    }
    // "Aを経て2024年にBに入社したX氏", "Aを経て現職のX氏": passed through
    // A on the way to what the clause says (not a school left).
    if (StartsAt(mid, 0, "を経て")) {
      static constexpr string_view kSchools[] = {"大学", "大学院", "高校", "高専"};
      if (!HasTopicParticle(mid) && !MatchBefore(org, org.size(), kSchools) && !Contains(org, "University")) {
        d.relation = Descriptor::kFormer;
        d.confidence = 0.55;
        out.push_back(d);
      }
      continue;
    }
    if (StartsAt(mid, 0, "を")) {
      // "FAIRを率いた": led the org.
      static constexpr string_view kLedPast[] = {"を率いた",   "を率いていた", "を統括していた",
                                                 "を統括した", "を指揮した",   "を率いてきた"};
      if (AnyOf(mid, kLedPast)) {
        d.relation = Descriptor::kFormer;
        d.confidence = 0.5;
        out.push_back(d);
      }
      continue;
    }
    // "Aの研究部門を率いるX氏": leads a unit of A now.
    static constexpr string_view kLeadsNow[] = {"を率いる", "を率いている", "を統括する", "を統括している",
                                                "を指揮する", "を指揮している"};
    if (StartsAt(mid, 0, "の")) {
      size_t wo = mid.find("を");
      if (wo != string_view::npos && AnyOf(mid.substr(wo), kLeadsNow) && NominalChain(mid.substr(3, wo - 3), 12) &&
          !Contains(mid.substr(0, wo), "、")) {
        d.relation = Descriptor::kPresent;
        d.confidence = 0.5;
        out.push_back(d);
        break;
      }
    }
    // "Oの研究者だったX氏": a past role.
    static constexpr string_view kWas[] = {"だった", "であった", "を務めた", "を務めていた"};
    if (size_t was = MatchBefore(mid, mid.size(), kWas);
        was && NominalChain(mid.substr(0, mid.size() - was)) && (StartsAt(mid, 0, "の") || moto)) {
      d.relation = Descriptor::kFormer;
      d.confidence = 0.6;
      out.push_back(d);
      break;
    }
    if (NominalChain(mid)) {
      static constexpr string_view kFounders[] = {"創業者", "創設者", "設立者", "創業メンバー"};
      if (moto || StartsAt(mid, 0, "の元") || StartsAt(mid, 0, "元") || (mae && !d.role.empty()) ||
          StartsAt(mid, 0, "の前") || StartsAt(mid, 0, "前")) {
        bool former_role = moto || mae || MatchAt(mid, StartsAt(mid, 0, "の") ? 6 : 3, kRoles) ||
                           (StartsAt(mid, 0, "元") || StartsAt(mid, 0, "の元"));
        if (former_role) {
          d.relation = Descriptor::kFormer;
          d.confidence = 0.65;
          out.push_back(d);
          break;
        }
      }
      if (ContainsAny(mid, kFounders)) {
        Descriptor f = d;
        f.relation = Descriptor::kFounder;
        f.confidence = 0.7;
        out.push_back(f);
      }
      d.relation = Descriptor::kPresent;
      out.push_back(d);
      break;
    }
    if (boundary(mid)) break;
  }
  // "元Appleのエンジニアで、現在は…": a former employer in an apposition
  // that goes on to say more.
  // "OpenAIの元研究者でAnthropicにも在籍した" names two.
  for (size_t k = end; k > floor;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (IsPersonMark(c) || c == U'。') break;
    if (!IsOrgMark(c)) continue;
    const std::string& org = shape.marks[MarkIndex(c)].name();
    bool described = std::any_of(out.begin(), out.end(), [&](const Descriptor& d) { return d.org == org; });
    string_view rest = string_view(s).substr(k + n, end - k - n);
    // "OpenAIの共同創業者で、…に移ったX氏"; "Aの共同創業者で、CTOを務めた
    // X氏", where the past post was read as a descriptor of A already.
    static constexpr string_view kFounderOf[] = {"の共同創業者で", "の創業者で",           "共同創業者で",
                                                 "創業者で",       "の共同創業者の一人で", "の創業メンバーで"};
    if (MatchAt(rest, 0, kFounderOf)) {
      if (std::none_of(out.begin(), out.end(),
                       [&](const Descriptor& d) { return d.org == org && d.relation == Descriptor::kFounder; }))
        out.push_back({Descriptor::kFounder, org, "", 0.65});
      if (!described) out.push_back({Descriptor::kPresent, org, "", 0.5});
      continue;
    }
    if (described) continue;
    bool moto = EndsAt(s, k, "元") && !IsKanji(DecodeBefore(s, k - 3));
    bool former_role = StartsAt(rest, 0, "の元") || StartsAt(rest, 0, "元") || StartsAt(rest, 0, "出身");
    size_t de = rest.find("で");
    if ((!moto && !former_role) || de == string_view::npos || de == 0) continue;
    if (NominalChain(rest.substr(0, de), 16) && !Contains(rest.substr(0, de), "、"))
      out.push_back({Descriptor::kFormer, org, RoleIn(rest.substr(0, de)), 0.6});
  }
  if (!out.empty()) return out;
  // No org: a role alone ("最高技術責任者の", "共同創業者でCEOの") places the
  // person at the org the sentence is about.
  size_t j = end, n = 0;
  while (j > floor) {
    char32_t c = DecodeBefore(s, j, &n);
    if (IsMark(c) || c == U'は' || c == U'が' || c == U'を' || c == U'に' || c == U'、' || c == U'。') break;
    j -= n;
  }
  string_view chain = string_view(s).substr(j, end - j);
  std::string role = RoleIn(chain);
  if (role.empty()) return out;
  std::optional<std::string> subject = SubjectOrgBefore(shape, j);
  static constexpr string_view kFounders[] = {"創業者", "創設者", "設立者", "創業メンバー"};
  if (ContainsAny(chain, kFounders)) {
    std::string org = subject ? *subject : !topic_org_.empty() ? topic_org_ : last_org_;
    // "同じく共同創業者のY氏": of the same org as the founder named before.
    if (EndsAt(s, j, "同じく") || StartsAt(chain, 0, "同じく"))
      org = last_founder_org_.empty() ? org : last_founder_org_;
    if (!org.empty()) out.push_back({Descriptor::kFounder, org, role, 0.65});
  }
  std::string here = subject ? *subject : topic_org_;
  if (!here.empty() && !Contains(chain, "元") && !Contains(chain, "前"))
    out.push_back({Descriptor::kPresent, here, role, subject ? 0.5 : 0.45});
  return out;
}

// What a sentence says about its topic person after the particle:
// "X氏は元Googleの研究者で", "X氏はGoogle出身", "X氏はAの共同創業者だ".
std::vector<Descriptor> Reader::DescribeAfter(const Shape& shape, size_t person_end) const {
  std::vector<Descriptor> out;
  const std::string& s = shape.text;
  size_t pos = SkipPersonTail(s, person_end);
  if (!(StartsAt(s, pos, "は") || StartsAt(s, pos, "も"))) return out;
  pos += 3;
  if (StartsAt(s, pos, "、")) pos += 3;
  size_t stop = s.find("。", pos);
  if (stop == std::string::npos) stop = s.size();
  for (size_t k = pos, n = 0; k < stop; k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (IsPersonMark(c)) break;
    std::string org;
    size_t org_start = k;
    if (IsOrgMark(c)) {
      org = shape.marks[MarkIndex(c)].name();
      // "X氏は…2020年からAに在籍していた": a join of A, and a departure when
      // the stint is told as over, however far from the name.
      if (auto stint = StintFrom(s, k, k + n, stop)) {
        out.push_back({Descriptor::kStarted, org, "", 0.55});
        if (stint->ended) out.push_back({Descriptor::kFormer, org, "", 0.5});
      }
    } else if (c == U'を' && StartsAt(s, k + 3, "経て") && !IsMark(DecodeBefore(s, k))) {
      // "X氏は、ソニーを経て…": an org no list knows, passed through.
      if (auto slot = OrgEndingAt(shape, k)) out.push_back({Descriptor::kFormer, slot->name, "", 0.55});
      continue;
    } else if ((c == U'で' || c == U'に') && !IsMark(DecodeBefore(s, k))) {
      // An org no list knows, in the slot of the work place: "テスラで".
      auto slot = OrgEndingAt(shape, k);
      if (!slot) continue;
      org = slot->name;
      org_start = k - slot->name.size();
      n = 0;
      if (org_start < pos) continue;
      string_view before = string_view(s).substr(pos, org_start - pos);
      string_view after = string_view(s).substr(k, stop - k);
      string_view clause = PostClauseAfter(after);
      static constexpr string_view kPastEnds[] = {"ていた", "ていました", "した後", "た後"};
      if (CodePoints(before) <= 20 && ContainsAny(clause, kAffiliationVerbs) &&
          MatchBefore(clause, clause.size(), kPastEnds))
        out.push_back({Descriptor::kFormer, org, RoleIn(clause), 0.5});
      n = 3;
      continue;
    } else {
      continue;
    }
    string_view before = string_view(s).substr(pos, k - pos);
    // "グーグルとOpenAIに在籍していた": what follows the last of a list of
    // orgs says it of each.
    size_t last_end = k + n;
    for (;;) {
      static constexpr string_view kLinks[] = {"と", "や", "、", "および", "及び"};
      size_t link = MatchAt(s, last_end, kLinks);
      if (!link || !IsOrgMark(DecodeAt(s, last_end + link))) break;
      last_end += link + kMarkBytes;
    }
    string_view after = string_view(s).substr(last_end, stop - last_end);
    if (EndsAt(before, before.size(), "元") && !Contains(before, "、") && CodePoints(before) <= 8) {
      out.push_back({Descriptor::kFormer, org, RoleIn(after.substr(0, std::min<size_t>(after.size(), 40))), 0.6});
      continue;
    }
    if (StartsAt(after, 0, "出身")) {
      out.push_back({Descriptor::kFormer, org, "", 0.6});
      continue;
    }
    if (StartsAt(after, 0, "を経て")) {
      out.push_back({Descriptor::kFormer, org, "", 0.6});
      continue;
    }
    if (size_t role = PostBeforePassedThrough(after)) {
      // "Aの研究部門長を経て": a post at the org, passed through.
      out.push_back({Descriptor::kFormer, org, std::string(after.substr(3, role - 3)), 0.6});
      continue;
    }
    static constexpr string_view kFounderTails[] = {"の共同創業者", "の創業者",   "の創設者", "の共同設立者",
                                                    "の設立者",     "共同創業者", "創業者"};
    if (size_t m = MatchAt(after, 0, kFounderTails)) {
      string_view rest = after.substr(m);
      if (rest.empty() || StartsAt(rest, 0, "で") || StartsAt(rest, 0, "だ") || StartsAt(rest, 0, "の一人") ||
          StartsAt(rest, 0, "。") || StartsAt(rest, 0, "、") || StartsAt(rest, 0, "として") ||
          StartsAt(rest, 0, "である"))
        out.push_back({Descriptor::kFounder, org, "", 0.65});
      continue;
    }
    // "X氏はAで…を務めていた", "X氏はAの研究員として勤務した後、".
    bool as_role = StartsAt(after, 0, "の") && Contains(after.substr(0, std::min<size_t>(after.size(), 45)), "として");
    if ((StartsAt(after, 0, "で") || StartsAt(after, 0, "に") || as_role) && CodePoints(before) <= 20) {
      string_view clause = PostClauseAfter(after);
      static constexpr string_view kPastEnds[] = {"ていた", "ていました", "した後", "た後",
                                                  "たのち", "した後に",   "た後に"};
      static constexpr string_view kPresentEnds[] = {"ている", "ています", "てきた", "る"};
      if (ContainsAny(clause, kAffiliationVerbs) && MatchBefore(clause, clause.size(), kPastEnds))
        out.push_back({Descriptor::kFormer, org, RoleIn(clause), 0.55});
      else if (ContainsAny(clause, kAffiliationVerbs) && MatchBefore(clause, clause.size(), kPresentEnds))
        out.push_back({Descriptor::kPresent, org, RoleIn(clause), 0.5});
    }
  }
  return out;
}

// ---- Emitting ----------------------------------------------------------------

void Reader::Emit(FactKind kind, const std::string& person, const std::string& org, const Shape& shape,
                  double confidence, std::optional<Date> date, std::string role, std::string other_org, bool future,
                  std::string model) {
  if (org.empty() || (kind != FactKind::kRelease && kind != FactKind::kDelay && person.empty())) return;
  if (!other_org.empty() && other_org == org) other_org.clear();
  ExtractedFact fact;
  fact.kind = kind;
  fact.person = person;
  fact.org = org;
  fact.model = std::move(model);
  fact.other_org = std::move(other_org);
  fact.role = std::move(role);
  fact.date = date;
  if (future) fact.announced = context_.published;
  fact.confidence = confidence;
  fact.start = shape.span.start;
  fact.end = shape.span.end;
  facts_.push_back(std::move(fact));
}

// Descriptors of every person in the sentence: past affiliations are
// departures, founders are foundings, present ones are remembered.
void Reader::Describe(const Shape& shape) {
  const std::string& s = shape.text;
  person_topic_org_.clear();
  // "共同創業者には、X氏とY氏が名を連ねる": founders of the org in the news.
  static constexpr string_view kFounderIntros[] = {"共同創業者には", "共同創業者として", "創業メンバーには",
                                                   "共同創業者は", "創業者には"};
  size_t intro = string_view::npos;
  for (string_view w : kFounderIntros) intro = std::min(intro, s.find(w));
  // "創業者は…X氏と…Y氏。" opening a sentence (or after 同社の): the founders
  // of the company in the news, not of an org named before it.
  for (string_view w : {string_view("創業者は"), string_view("同社の創業者は")})
    if (StartsAt(s, 0, w)) intro = 0;
  if (intro != string_view::npos && !topic_org_.empty()) {
    for (size_t k = intro, n = 0; k < s.size(); k += n) {
      char32_t c = DecodeAt(s, k, &n);
      if (c == U'。') break;
      if (IsPersonMark(c))
        for (const auto& name : shape.marks[MarkIndex(c)].names) Emit(FactKind::kFounded, name, topic_org_, shape, 0.6);
    }
  }
  std::vector<Descriptor> previous;
  size_t previous_end = 0;
  size_t floor = 0;
  for (size_t k = 0, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (!IsPersonMark(c)) continue;
    const Mention& person = shape.marks[MarkIndex(c)];
    std::vector<Descriptor> ds = DescribeAt(shape, k, floor);
    // A parenthetical right after the name: "山田氏（元Google研究員）".
    if (auto it = shape.appositives.find(MarkIndex(c)); it != shape.appositives.end()) {
      Shape inner = BuildShape(it->second, false);
      size_t at = inner.text.size();
      AppendCodePoint(inner.text, MarkFor(MentionKind::kPerson, inner.marks.size()));
      inner.marks.push_back(person);
      for (auto& d : DescribeAt(inner, at, 0))
        if (d.relation != Descriptor::kPresent) ds.push_back(d);
    }
    // "A氏とB氏" and "A氏、B氏": B shares A's descriptor when nothing of
    // its own stands between them.
    string_view link = string_view(s).substr(previous_end, k - previous_end);
    bool listed = previous_end > 0 && (link == "と" || link == "、" || link == "や" || link == "および" ||
                                       link == "及び" || link == "と、");
    if (ds.empty() && listed) ds = previous;
    // "Aの松本大輔前CTO": the title after the name says the org is past.
    if ((StartsAt(s, k + n, "前") || StartsAt(s, k + n, "元")) && MatchAt(s, k + n + 3, kRoles))
      for (auto& d : ds)
        if (d.relation == Descriptor::kPresent) {
          d.relation = Descriptor::kFormer;
          d.role = std::string(string_view(s).substr(k + n + 3, MatchAt(s, k + n + 3, kRoles)));
          d.confidence = 0.6;
        }
    for (auto& d : DescribeAfter(shape, k + n)) ds.push_back(d);
    for (const std::string& name : person.names) {
      for (const auto& d : ds) {
        switch (d.relation) {
          case Descriptor::kFormer:
            Emit(FactKind::kDeparture, name, d.org, shape, d.confidence, std::nullopt, d.role);
            former_orgs_[name].push_back(d.org);
            break;
          case Descriptor::kFounder:
            Emit(FactKind::kFounded, name, d.org, shape, d.confidence, std::nullopt, d.role);
            last_founder_org_ = d.org;
            present_org_.emplace(name, d.org);
            break;
          case Descriptor::kPresent:
            present_org_[name] = d.org;
            break;
          case Descriptor::kStarted:
            Emit(FactKind::kJoin, name, d.org, shape, d.confidence, std::nullopt, d.role);
            break;
        }
      }
    }
    // "メタのX CEOは": the person's org is what the sentence is about.
    char32_t particle = DecodeAt(s, SkipPersonTail(s, k + n));
    if (particle == U'は' || particle == U'が')
      for (const auto& d : ds)
        if (d.relation == Descriptor::kPresent && d.confidence >= 0.5 && person_topic_org_.empty())
          person_topic_org_ = d.org;
    previous = ds;
    previous_end = k + n;
    floor = k + n;
  }
}

// ---- Personnel ---------------------------------------------------------------

// What the rules know about one personnel trigger once its person is found.
struct Reader::Move {
  size_t t = 0, te = 0;  // the trigger, in the shape
  Verb verb = Verb::kLeave;
  Assessment assessment;
  size_t person_pos = 0;
  size_t floor = 0;  // the verb's own arguments come after this
  std::optional<Date> date;
  std::string role;
  std::string descriptor_org;  // the org named before the person
  bool descriptor_former = false;
  std::optional<std::string> sentence_subject;  // the org the sentence is about
  std::string group_org;                        // where the others listed with the person work
  std::string hire_org;                         // 迎え, 採用: the org that acts
  bool hire_org_assumed = false;                // hire_org is the article's org, no subject named
};

// Every trigger word, found in one pass; nullopt if Hyperscan refused them.
const std::optional<LiteralMatcher>& TriggerMatcher() {
  static const std::optional<LiteralMatcher> matcher = []() -> std::optional<LiteralMatcher> {
    std::vector<std::string> words;
    for (const auto& trigger : kTriggers) words.emplace_back(trigger.word);
    auto built = LiteralMatcher::Build(words);
    if (!built) return std::nullopt;
    return std::move(*built);
  }();
  return matcher;
}

// The triggers in a shape, longest first where they overlap (共同創業, not
// 創業), in text order.
std::vector<TriggerHit> FindTriggers(string_view s) {
  std::vector<TriggerHit> hits;
  if (const auto& matcher = TriggerMatcher()) {
    matcher->Scan(s, [&](std::uint32_t id, size_t start, size_t end) {
      hits.push_back({start, end, kTriggers[id].verb});
    });
  } else {
    for (const auto& trigger : kTriggers)
      for (size_t at = s.find(trigger.word); at != string_view::npos; at = s.find(trigger.word, at + 1))
        hits.push_back({at, at + trigger.word.size(), trigger.verb});
  }
  // The words are distinct, so no two hits share start and end: the order
  // below is total.
  std::sort(hits.begin(), hits.end(), [](const TriggerHit& a, const TriggerHit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<TriggerHit> kept;
  for (const auto& h : hits)
    if (kept.empty() || h.start >= kept.back().end) kept.push_back(h);
  return kept;
}

// Whether the join whose trigger starts at `t` returns to an org the
// person worked at before: "古巣に復帰", "古巣のAに戻る", "出戻りで入社",
// "Aに再入社" (in the clause before the trigger, after the last comma).
bool Returning(string_view s, size_t t) {
  if (EndsAt(s, t, "再")) return true;
  size_t comma = s.substr(0, t).rfind("、");
  size_t clause = comma == string_view::npos ? 0 : comma + 3;
  if (CodePoints(s.substr(clause, t - clause)) > 30) clause = t;
  static constexpr string_view kFormerHomes[] = {"古巣", "出戻り"};
  return ContainsAny(s.substr(clause, t - clause), kFormerHomes);
}

// Whether the trigger at [t, te) is a word about a move rather than the
// move: 入社式, 入社の理由, or a verb quoted with a subject of its own
// (「彼らが去るのは寂しい」).
bool NotTheEvent(string_view s, size_t t, size_t te) {
  static constexpr string_view kCompounds[] = {"式", "担当", "系", "性", "率", "的", "試験", "活動", "面接"};
  if (MatchAt(s, te, kCompounds)) return true;
  // 入行 (a bank), 入庁 and 入省 (a public office) join only after a particle
  // or a date ("銀行に入行", "2012年入庁"): in 購入行動 or 導入行程 the 入 ends
  // another word.
  static constexpr string_view kEntries[] = {"入行", "入庁", "入省"};
  static constexpr string_view kDateUnits[] = {"年", "月", "日", "度"};
  if (MatchAt(s, t, kEntries) && t > 0 && IsKanji(DecodeBefore(s, t)) && !MatchBefore(s, t, kDateUnits)) return true;
  // 戻る joins only when it returns to a former employer ("古巣に戻った");
  // "日本に戻った" is a trip, and 出戻り names the returner, not the act.
  if (StartsAt(s, t, "戻") && (EndsAt(s, t, "出") || !Returning(s, t))) return true;
  static constexpr string_view kEventNouns[] = {"予定", "意向", "方針", "見通し", "手続き", "時期", "日"};
  if (StartsAt(s, te, "の") && !MatchAt(s, te + 3, kEventNouns)) return true;
  size_t open = s.substr(0, t).rfind("「");
  if (open == string_view::npos) return false;
  size_t close = s.substr(0, t).rfind("」");
  return (close == string_view::npos || close < open) && HasTopicParticle(s.substr(open, t - open));
}

// Whether the verb at `te` modifies the noun after it ("同社を去った研究者
// について"): then it tells of that noun, not of the sentence's person.
bool ModifiesANoun(string_view s, size_t te) {
  static constexpr string_view kAttributive[] = {"した", "していた", "する", "た", "る"};
  // Nouns that say when or how sure the move is, not who made it.
  // clang-format off
  static constexpr string_view kNotHeads[] = {
      "後", "際", "時", "直後", "翌", "以降", "以来", "前", "当時", "予定", "意向", "方針", "見通し", "見込み",
      "考え", "旨", "計画", "公算", "意思", "方向", "運び", "決断", "決意", "人事"};
  // clang-format on
  size_t ending = MatchAt(s, te, kAttributive);
  if (!ending) return false;
  char32_t next = DecodeAt(s, te + ending);
  return (IsKanji(next) || IsKatakana(next)) && !MatchAt(s, te + ending, kNotHeads);
}

// Whether the noun the verb at `te` modifies is the sentence's predicate:
// "X氏は、AからBに移籍した研究者だ" says X moved.
bool PredicateNoun(string_view s, size_t te) {
  static constexpr string_view kAttributive[] = {"した", "していた", "する", "た", "る"};
  static constexpr string_view kCopulas[] = {"だ。", "である。", "です。", "だった。", "でもある。"};
  size_t pos = te + MatchAt(s, te, kAttributive);
  for (size_t count = 0; pos < s.size() && count < 8; ++count) {
    size_t n = 0;
    char32_t c = DecodeAt(s, pos, &n);
    if (!IsKanji(c) && !IsKatakana(c) && c != U'ー') break;
    pos += n;
  }
  return MatchAt(s, pos, kCopulas) > 0 || (StartsAt(s, pos, "だ") && pos + 3 == s.size()) ||
         (StartsAt(s, pos, "である") && pos + 9 == s.size());
}

// The person a verb acts on: "BはX氏を迎えた", "X氏ら複数の研究者を引き抜いた".
std::optional<size_t> ObjectPersonBefore(const Shape& shape, size_t t) {
  const std::string& s = shape.text;
  for (size_t k = t; k > 0;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (c == U'。') break;
    if (!IsPersonMark(c)) continue;
    size_t after = SkipPersonTail(s, k + n);
    // "X氏の引き抜きに成功した", "X氏の招聘を発表した": the act as a noun,
    // done or decided (not "X氏の採用を検討").
    if (StartsAt(s, after, "の") && after + 3 == t) {
      static constexpr string_view kDone[] = {"に成功", "を決定", "を決め", "を発表", "が決ま", "が決定", "を明らかに"};
      string_view local = LocalTail(s, t);
      if (ContainsAny(local.substr(0, std::min<size_t>(local.size(), 36)), kDone)) return k;
    }
    size_t wo = s.find("を", after);
    if (wo == std::string::npos || wo >= t) continue;
    string_view gap = string_view(s).substr(wo + 3, t - wo - 3);
    // "X氏を東京研究所の所長として迎える": a unit of the org, then the post.
    if (size_t m = 0; !gap.empty() && IsOrgMark(DecodeAt(gap, 0, &m)) && StartsAt(gap, m, "の") &&
                      (gap.ends_with("として") || gap.ends_with("に")))
      gap.remove_prefix(m + 3);
    if ((wo == after || (EndsAt(s, after, "ら") && NominalChain(string_view(s).substr(after, wo - after), 12))) &&
        ShortGap(gap))
      return k;
  }
  return std::nullopt;
}

// The objects listed before the one at `person_pos`, each with its own
// post: "X氏を最高科学責任者に、Y氏を副社長に迎えた" gives X.
std::vector<std::string> ObjectsListedBefore(const Shape& shape, size_t person_pos) {
  const std::string& s = shape.text;
  std::vector<std::string> names;
  size_t next = person_pos;
  for (size_t k = person_pos; k > 0;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (c == U'。' || c == U'は' || c == U'が') break;
    if (!IsPersonMark(c)) continue;
    size_t after = SkipPersonTail(s, k + n);
    if (!StartsAt(s, after, "を")) break;
    string_view between = string_view(s).substr(after + 3, next - after - 3);
    static constexpr string_view kVerbEndings[] = {"した", "する", "って", "され", "ている", "ていた"};
    if (!(Contains(between, "に、") || Contains(between, "として、")) || ContainsAny(between, kVerbEndings)) break;
    const auto& more = shape.marks[MarkIndex(c)].names;
    names.insert(names.begin(), more.begin(), more.end());
    next = k;
  }
  return names;
}

// "Aの研究者3人がBに移った", "研究者のうち数人が退社した": a move of people
// not named yet; the names may follow ("このうち、X氏は…").
void Reader::RememberGroupMove(const Shape& shape, size_t t, Verb verb) {
  const std::string& s = shape.text;
  static constexpr string_view kTo[] = {"に", "へ"};
  static constexpr string_view kObject[] = {"を"};
  if (verb == Verb::kEnter || verb == Verb::kMove) {
    auto to = SlotBefore(shape, 0, t, kTo);
    // "Lumen Dynamicsに、…研究者ら3人が合流した".
    for (size_t k = t; !to && k > 0;) {
      size_t n = 0;
      char32_t c = DecodeBefore(s, k, &n);
      k -= n;
      if (c == U'。') break;
      if (IsOrgMark(c) && (StartsAt(s, k + n, "に、") || StartsAt(s, k + n, "には")))
        to = OrgRef{shape.marks[MarkIndex(c)].name(), k + n, false, {}};
    }
    if (!to) return;
    topic_org_ = group_to_ = to->name;
    group_from_.clear();
    // "Kestrelの…研究者3人が": the org the counted people belong to.
    size_t counted = string_view(s).substr(0, t).rfind("人が");
    for (size_t k = counted == string_view::npos ? 0 : counted; k > 0;) {
      size_t n = 0;
      char32_t c = DecodeBefore(s, k, &n);
      k -= n;
      if (c == U'、' || c == U'。' || IsPersonMark(c)) break;
      if (IsOrgMark(c) && StartsAt(s, k + n, "の")) {
        group_from_ = shape.marks[MarkIndex(c)].name();
        break;
      }
    }
    if (auto from = FromBefore(shape, 0, t)) {
      // "OpenAIやグーグルから20人が": which one each came from is unknown.
      size_t start = from->at - from->name.size();
      const Mention* before = MarkBefore(shape, from->at);
      if (before) start = from->at - kMarkBytes;
      static constexpr string_view kAnd[] = {"や", "と", "、", "および"};
      bool several = MatchBefore(string_view(s).substr(0, start), start, kAnd) &&
                     IsOrgMark(DecodeBefore(s, start - MatchBefore(string_view(s).substr(0, start), start, kAnd)));
      group_from_ = several ? "" : from->name;
    }
  } else if (verb == Verb::kLeave && Contains(string_view(s).substr(0, t), "人")) {
    auto org = SlotBefore(shape, 0, t, kObject);
    auto subject = SubjectOrgBefore(shape, t);
    if (!org && !subject) return;
    group_from_ = org ? org->name : *subject;
    group_to_.clear();
  }
}

// Where the person works as far as this article has said: the org before
// their name, else what earlier sentences said; not an org they left.
std::string Reader::PresentOrg(const Move& move, const std::string& name) const {
  if (!move.descriptor_org.empty() && !move.descriptor_former && !Left(name, move.descriptor_org))
    return move.descriptor_org;
  auto it = present_org_.find(name);
  return it == present_org_.end() || Left(name, it->second) ? "" : it->second;
}

// Whether a departure from a post keeps the person at the company: "CEOを
// 退任し、会長に就く", or "同職を退いた。…会長として経営に関与する" when the
// verb named a post, not an org.
bool Reader::StaysOn(const Shape& shape, size_t te, size_t sentence, bool post_only) const {
  // clang-format off
  static constexpr string_view kStays[] = {
      "残る", "残り", "とどまる", "とどまり", "留まる", "留任", "残留", "会長に就", "取締役に就", "顧問に就",
      "会長として", "相談役に"};
  static constexpr string_view kStaysOn[] = {
      "として残る", "として残り", "として同社に残", "として経営に", "として関与", "に残る", "にとどまる",
      "に留まる", "として引き続き", "として同社に関わ", "として関わ", "同社に関わり続け"};
  // clang-format on
  if (ContainsAny(ChainTail(shape.text, te), kStays)) return true;
  if (!post_only) return false;
  for (size_t next = sentence + 1; next < sentences_.size() && next <= sentence + 2; ++next) {
    string_view text = text_.substr(sentences_[next].start, sentences_[next].end - sentences_[next].start);
    if (ContainsAny(text, kStaysOn) || (next == sentence + 1 && ContainsAny(text, kStays))) return true;
  }
  return false;
}

void Reader::Leave(const Shape& shape, const Move& move, const std::string& name, size_t sentence) {
  const std::string& s = shape.text;
  static constexpr string_view kObject[] = {"を"};
  static constexpr string_view kFrom[] = {"から"};
  size_t t = move.t;
  std::optional<OrgRef> org = SlotBefore(shape, move.floor, t, kObject);
  if (!org && (StartsAt(s, t, "離脱") || StartsAt(s, t, "独立"))) org = SlotBefore(shape, move.floor, t, kFrom);
  if (!org) {
    // "スケールAIのCEOを退いて": the org whose post was left.
    size_t wo = string_view(s).substr(0, t).rfind("を");
    if (wo != string_view::npos && wo > move.floor && ShortGap(string_view(s).substr(wo + 3, t - wo - 3))) {
      size_t role = MatchBefore(string_view(s).substr(0, wo), wo, kRoles);
      if (role && EndsAt(s, wo - role, "の") && IsOrgMark(DecodeBefore(s, wo - role - 3)))
        org = OrgEndingAt(shape, wo - role - 3);
    }
  }
  if (StartsAt(s, t, "独立") && !org) return;  // 独立 alone is not leaving anyone
  if (StaysOn(shape, move.te, sentence, !org)) return;
  std::string where = org ? org->name : "";
  double confidence = org ? 0.9 : 0.75;
  // "Aで…を率いていたX氏が同社を退社": 同社 is the person's org, unless a
  // move came between ("Bに移り、今月同社を辞めた"), or a founding ("元Aの
  // 研究員で、Bを設立したX氏が同社を離れた": 同社 is B).
  if (org && org->anaphor && !move.descriptor_org.empty()) {
    size_t from = move.person_pos < org->at ? move.person_pos : 0;
    static constexpr string_view kMoves[] = {"移り", "移っ", "移籍", "入社", "加わ", "転じ", "参画"};
    static constexpr string_view kFoundedBy[] = {"設立した", "創業した", "立ち上げた", "共同創業した"};
    bool founder = MatchBefore(string_view(s).substr(0, move.person_pos), move.person_pos, kFoundedBy) > 0;
    if (!founder && !ContainsAny(string_view(s).substr(from, org->at - from), kMoves)) where = move.descriptor_org;
  }
  if (where.empty()) where = PresentOrg(move, name);
  if (where.empty() && move.sentence_subject) where = *move.sentence_subject;
  if (where.empty()) where = move.group_org;
  if (where.empty()) {
    auto it = former_orgs_.find(name);
    if (it != former_orgs_.end() && !it->second.empty()) where = it->second.back();
  }
  if (where.empty() && !topic_org_.empty()) {
    // "前任の石原氏は退任し", "前社長の大西氏は…退任した": the predecessor
    // in a post of the company the article is about.
    size_t p = move.person_pos;
    bool predecessor = EndsAt(s, p, "前任の");
    if (!predecessor && EndsAt(s, p, "の")) {
      size_t role = MatchBefore(string_view(s).substr(0, p - 3), p - 3, kRoles);
      predecessor = role && EndsAt(s, p - 3 - role, "前");
    }
    if (predecessor) {
      where = topic_org_;
      confidence = 0.7;
    }
  }
  if (where.empty() && !notice_org_.empty()) {
    // A personnel notice is about the people of its company: "X氏は同日付
    // で退社する" with no org of its own leaves that company.
    where = notice_org_;
    confidence = 0.6;
  }
  Emit(FactKind::kDeparture, name, where, shape, confidence, move.date, move.role, "", move.assessment.future);
  if (!where.empty()) former_orgs_[name].push_back(where);
}

// The org a post is taken at ("BのCTOに就任", or the org the sentence or
// article is about), if the person is a newcomer there; "" otherwise.
std::string Reader::AssumedOrg(const Shape& shape, const Move& move, const std::string& name) const {
  const std::string& s = shape.text;
  size_t t = move.t;
  std::string org;
  // The org whose post ends at the に at `ni`: "BのCTOに".
  auto post_org = [&](size_t ni, size_t floor) {
    for (size_t k = ni; k > floor;) {
      size_t n = 0;
      char32_t c = DecodeBefore(s, k, &n);
      k -= n;
      if (c == U'、' || c == U'を' || c == U'が' || c == U'は' || IsPersonMark(c)) break;
      if (IsOrgMark(c) && StartsAt(s, k + n, "の")) {
        org = shape.marks[MarkIndex(c)].name();
        break;
      }
    }
  };
  size_t ni = string_view(s).substr(0, t).rfind("に");
  if (ni != string_view::npos && ni >= move.floor && ShortGap(string_view(s).substr(ni + 3, t - ni - 3), 6))
    post_org(ni, move.floor);
  if (org.empty() && move.person_pos < t) {
    // "BのCEOに、A出身のX氏が就任": the post put before the person, who is
    // the subject of 就任 (が right after the name and its 氏).
    size_t n = 0;
    DecodeAt(s, move.person_pos, &n);
    size_t after = move.person_pos + n;
    bool subject = StartsAt(s, after, "が") && after + 3 == t;
    size_t fronted = string_view(s).substr(0, move.person_pos).rfind("に、");
    if (subject && fronted != string_view::npos &&
        string_view(s).substr(fronted, move.person_pos - fronted).find("。") == string_view::npos)
      post_org(fronted, 0);
  }
  if (org.empty() && move.sentence_subject) org = *move.sentence_subject;
  if (org.empty()) org = topic_org_;
  if (org.empty()) return "";
  // Only a newcomer joins: someone who came from elsewhere.
  bool outsider = move.descriptor_former && move.descriptor_org != org;
  auto formers = former_orgs_.find(name);
  if (formers != former_orgs_.end())
    for (const auto& f : formers->second) outsider = outsider || f != org;
  static constexpr string_view kOutsider[] = {"外部から", "新たに", "招聘", "招へい", "迎え", "移籍", "転じ", "から"};
  if (ContainsAny(string_view(s).substr(move.floor, t - move.floor), kOutsider)) outsider = true;
  return outsider && PresentOrg(move, name) != org ? org : "";
}

// The org named for a join: "Bに入社", "Bで働き始め", "Bの新チームに加わる",
// "Bには、X氏が加わった".
std::optional<OrgRef> Reader::JoinedOrg(const Shape& shape, const Move& move) const {
  const std::string& s = shape.text;
  size_t t = move.t;
  static constexpr string_view kTo[] = {"に", "へ"};
  static constexpr string_view kAt[] = {"で"};
  if (auto to = SlotBefore(shape, move.floor, t, kTo)) return to;
  if (StartsAt(s, t, "働き始") || StartsAt(s, t, "勤務"))
    if (auto at = SlotBefore(shape, move.floor, t, kAt)) return at;
  // clang-format off
  static constexpr string_view kUnits[] = {
      "チーム", "部門", "組織", "研究所", "ラボ", "グループ", "研究室", "部署", "本部", "事業部", "子会社", "日本法人",
      "法人", "支社", "拠点", "日本支社"};
  // clang-format on
  size_t ni = string_view(s).substr(0, t).rfind("に");
  // "Bのプロダクト責任者に転身した": a move to a post names the org of the post.
  bool post = move.verb == Verb::kMove && ni != string_view::npos &&
              MatchBefore(string_view(s).substr(0, ni), ni, kRoles);
  if (ni != string_view::npos && ni > move.floor &&
      (MatchBefore(string_view(s).substr(0, ni), ni, kUnits) || post) &&
      ShortGap(string_view(s).substr(ni + 3, t - ni - 3))) {
    for (size_t k = ni; k > move.floor;) {
      size_t n = 0;
      char32_t c = DecodeBefore(s, k, &n);
      k -= n;
      if (c == U'、' || c == U'を' || c == U'が' || c == U'は' || (IsMark(c) && !IsOrgMark(c))) break;
      if (IsOrgMark(c) && StartsAt(s, k + n, "の")) return OrgRef{shape.marks[MarkIndex(c)].name(), k + n, false, {}};
    }
  }
  if (move.verb == Verb::kEnter && move.person_pos < t) {
    for (size_t k = move.person_pos; k > 0;) {
      size_t n = 0;
      char32_t c = DecodeBefore(s, k, &n);
      k -= n;
      if (c == U'。') break;
      if (IsOrgMark(c) && (StartsAt(s, k + n, "には") || StartsAt(s, k + n, "に、") || StartsAt(s, k + n, "へは")))
        return OrgRef{shape.marks[MarkIndex(c)].name(), k + n, false, {}};
    }
  }
  return std::nullopt;
}

// "Aは、音声AIチームを率いていたX氏を新設の本部長に起用する": a post (起用,
// 任命, 抜擢) given to someone the clause describes by a team or unit they
// led and no other org: a move inside A, no join. (Hiring verbs such as
// 迎え and 採用 bring someone in and are not asked.)
bool InHouseAppointment(const Shape& shape, size_t t, size_t person_pos) {
  const std::string& s = shape.text;
  static constexpr string_view kPosts[] = {"起用", "任命", "抜擢"};
  if (!MatchAt(s, t, kPosts) || person_pos >= t) return false;
  size_t clause = s.rfind("、", person_pos);
  clause = clause == std::string::npos ? 0 : clause + string_view("、").size();
  string_view before = string_view(s).substr(clause, person_pos - clause);
  static constexpr string_view kLed[] = {"率いていた", "率いる", "率いてきた", "統括していた", "統括する",
                                         "担当していた", "担当する", "担ってきた"};
  static constexpr string_view kUnits[] = {"チーム", "部門", "本部", "事業部", "グループ", "部", "室", "センター"};
  if (!ContainsAny(before, kLed) || !ContainsAny(before, kUnits)) return false;
  for (size_t k = 0, n = 0; k < before.size(); k += n)
    if (IsOrgMark(DecodeAt(before, k, &n))) return false;
  return true;
}

void Reader::Join(const Shape& shape, const Move& move, const std::string& name) {
  const std::string& s = shape.text;
  size_t t = move.t, te = move.te;
  std::optional<OrgRef> to;
  std::string to_name;
  double confidence = 0.9;
  if (move.verb == Verb::kHire) {
    to_name = move.hire_org;
    confidence = 0.8;
    // "AとBは提携した。…当社は元Aの部長のXを迎えました": no one is hired
    // away from the hirer; when the org assumed is the one the person left,
    // the hirer is the org named most recently besides it.
    if (move.hire_org_assumed && move.descriptor_former && move.descriptor_org == to_name) {
      auto other = std::find_if(recent_orgs_.begin(), recent_orgs_.end(),
                                [&](const std::string& org) { return org != to_name; });
      if (other == recent_orgs_.end()) return;
      to_name = *other;
    }
    // "Aは、同社のX氏をCTOに起用した": a post given to one of its own.
    if (!move.descriptor_org.empty() && !move.descriptor_former && move.descriptor_org == to_name) return;
    if (InHouseAppointment(shape, t, move.person_pos)) return;
  } else if (move.verb == Verb::kAssume) {
    to_name = AssumedOrg(shape, move, name);
    confidence = 0.7;
    if (to_name.empty()) return;
  } else if ((to = JoinedOrg(shape, move))) {
    to_name = to->name;
  } else if (move.verb == Verb::kEnter || StartsAt(s, te, "てきた") || StartsAt(s, te, "してきた")) {
    if (move.sentence_subject && !(move.descriptor_former && *move.sentence_subject == move.descriptor_org)) {
      // "Cohereは…X氏が入社したと発表した": the announcing org.
      to_name = *move.sentence_subject;
      confidence = 0.75;
    } else if (move.verb == Verb::kEnter) {
      // "2017年に入社": the start of where they are; an arrival without a
      // year joins the org in the news.
      bool dated_past = move.date && move.date->year() < context_.published.year();
      // "同日付で入社", "4月1日付で入社": the effective day of an announced
      // appointment, not an earlier stint.
      static constexpr string_view kEffective[] = {"日付で", "日付けで", "日付にて"};
      if (ContainsAny(string_view(s).substr(move.floor, t - move.floor), kEffective)) dated_past = false;
      auto it = present_org_.find(name);
      std::string present = !move.descriptor_org.empty() && !move.descriptor_former ? move.descriptor_org
                            : it != present_org_.end()                              ? it->second
                                                                                    : "";
      to_name = dated_past || topic_org_.empty() || Left(name, topic_org_) ? present : topic_org_;
      // "森田氏は2019年に入社していた" in the news of their departure: a
      // join in an earlier year began the stint that has just ended.
      auto formers = former_orgs_.find(name);
      if (dated_past && formers != former_orgs_.end() && !formers->second.empty()) to_name = formers->second.back();
      if (to_name.empty()) to_name = topic_org_;
      confidence = 0.65;
    }
  }
  std::optional<OrgRef> from = FromBefore(shape, 0, t);
  if (to && to->anaphor && from && to->name == from->name) {
    // "Aから同社に移籍": 同社 is not the org just left.
    to_name.clear();
    for (const auto& other : to->alternatives)
      if (other != from->name) {
        to_name = other;
        break;
      }
  }
  if (move.verb != Verb::kHire && move.verb != Verb::kAssume) {
    // "X氏は古巣に戻った": the org the article said they left.
    if (auto formers = former_orgs_.find(name);
        to_name.empty() && move.verb == Verb::kEnter && Returning(s, t) && formers != former_orgs_.end())
      for (auto it = formers->second.rbegin(); it != formers->second.rend() && to_name.empty(); ++it)
        if (*it != PresentOrg(move, name)) to_name = *it;
    if (to_name.empty() && move.verb == Verb::kEnter && !topic_org_.empty() && (from || !StartsAt(s, t, "参加")) &&
        (!from || from->name != topic_org_)) {
      // "研究チームに加わった": a team of the org the article is about.
      to_name = topic_org_;
      confidence = 0.6;
    }
    if (StartsAt(s, t, "参加") && !to && !from) return;  // 参加 alone: a meeting as likely as a company
    if (to_name.empty() && move.verb == Verb::kMove && from && !move.descriptor_org.empty() &&
        !move.descriptor_former && move.descriptor_org != from->name) {
      // "Aを率いるX氏は、2021年にBから移籍した": to where the person is now.
      to_name = move.descriptor_org;
      confidence = 0.7;
    }
    if (to_name.empty() && move.verb == Verb::kMove && from) {
      // "森田氏は2019年にAから移籍していた": to the org the article is about.
      std::string here = move.sentence_subject ? *move.sentence_subject : topic_org_;
      if (!here.empty() && here != from->name && RelativeHead(shape, te, kPersonMark) != move.person_pos) {
        to_name = here;
        confidence = 0.65;
      }
    }
  }
  if (to_name.empty()) {
    // "Aから移籍したX氏": the move is known to start at A.
    if (move.verb == Verb::kMove && from) {
      Emit(FactKind::kDeparture, name, from->name, shape, 0.8, move.date, "", "", move.assessment.future);
      former_orgs_[name].push_back(from->name);
    }
    return;
  }
  std::string from_name = from ? from->name : "";
  if (from_name.empty() && move.verb == Verb::kMove) {
    // Not an org the article has them joining: "X氏がBに就任した。X氏は…
    // Aに転じ" tells of an earlier move, which did not start at B.
    std::string present = PresentOrg(move, name);
    auto joined = joined_.find(name);
    // Unless the join came earlier in this sentence: "2012年にA銀行に入行し、
    // 2018年にBに転職した" leaves A.
    bool joined_here = std::any_of(facts_.begin(), facts_.end(), [&](const ExtractedFact& f) {
      return f.kind == FactKind::kJoin && f.person == name && f.org == present && f.start == shape.span.start;
    });
    if (present != to_name && (joined_here || !(joined != joined_.end() && joined->second == present)))
      from_name = present;
  }
  // "BはAの研究者X氏を迎え入れた": hired away from A. Not for 起用 and
  // 任命, which also name posts held beside one's own (社外取締役に任命).
  static constexpr string_view kHiredAway[] = {"迎え", "招聘", "招へい", "採用", "引き抜", "獲得"};
  static constexpr string_view kSideRoles[] = {"社外", "顧問", "アドバイザー", "兼任", "兼務", "客員", "非常勤"};
  if (from_name.empty() && move.verb == Verb::kHire && MatchAt(s, t, kHiredAway) && !ContainsAny(s, kSideRoles) &&
      !move.descriptor_org.empty() && !move.descriptor_former && move.descriptor_org != to_name) {
    std::string present = PresentOrg(move, name);
    if (present != to_name) from_name = present;
  }
  // "X氏がBに引き抜かれた": poached, so gone from where they were: the org
  // they are known at, else the org the article says people keep leaving.
  if (from_name.empty() && move.verb == Verb::kEnter && StartsAt(s, t, "引き抜") && StartsAt(s, te, "かれ")) {
    std::string present = PresentOrg(move, name);
    if (present.empty()) present = losing_org_;
    if (present != to_name) from_name = present;
  }
  if (from_name.empty() && to_name == group_to_ && !group_from_.empty() && !Left(name, group_from_))
    from_name = group_from_;
  // "2年前にBへ移った元社員のX氏が、古巣に復帰": a return to an org left
  // before, so a departure from it then, and from where they are now.
  bool returning = move.verb == Verb::kEnter && Returning(s, t);
  if (returning && from_name.empty()) {
    std::string present = PresentOrg(move, name);
    if (present != to_name) from_name = present;
  }
  if (returning && !Left(name, to_name)) Emit(FactKind::kDeparture, name, to_name, shape, 0.6);
  // "Bに共同創業者として加わった".
  static constexpr string_view kAsFounder[] = {"共同創業者として", "創業メンバーとして", "共同設立者として"};
  if (ContainsAny(string_view(s).substr(move.floor, t - move.floor), kAsFounder))
    Emit(FactKind::kFounded, name, to_name, shape, 0.7, move.date);
  Emit(FactKind::kJoin, name, to_name, shape, confidence, move.date, move.role, from_name, move.assessment.future);
  if (!from_name.empty()) {
    Emit(FactKind::kDeparture, name, from_name, shape, from ? 0.85 : 0.7, move.date, "", to_name,
         move.assessment.future);
    former_orgs_[name].push_back(from_name);
  }
  present_org_[name] = to_name;
  joined_.emplace(name, to_name);
}

void Reader::Personnel(const Shape& shape, size_t sentence, const std::vector<TriggerHit>& triggers) {
  const std::string& s = shape.text;
  // A date belongs to the verb after it, not to one past another verb:
  // "2021年にAを離れてBを共同創業したX氏が、同社を離れる".
  size_t previous_end = 0;
  for (const auto& hit : triggers) {
    size_t date_floor = previous_end;
    previous_end = hit.end;
    if (hit.verb == Verb::kFound || NotTheEvent(s, hit.start, hit.end)) continue;
    Move move;
    move.t = hit.start;
    move.te = hit.end;
    size_t t = move.t, te = move.te;
    move.assessment = Assess(s, t, te, false);
    if (!move.assessment.asserted) continue;
    bool passive =
        StartsAt(s, te, "られ") || StartsAt(s, te, "され") || StartsAt(s, te, "れ") || StartsAt(s, te, "かれ");
    move.verb = hit.verb == Verb::kHire && passive ? Verb::kEnter : hit.verb;
    // "AはX氏を解任した": the org acts, the person leaves.
    bool dismissed = (StartsAt(s, t, "解雇") || StartsAt(s, t, "解任")) && !passive;

    std::optional<size_t> person_pos;
    std::vector<std::string> objects;
    if (move.verb == Verb::kHire || dismissed) {
      person_pos = ObjectPersonBefore(shape, t);
      if (!person_pos) continue;
      objects = ObjectsListedBefore(shape, *person_pos);
      auto subject = SubjectOrgBefore(shape, *person_pos);
      if (!subject) subject = SubjectOrgBefore(shape, t);
      move.hire_org = subject ? *subject : topic_org_;
      move.hire_org_assumed = !subject;
      if (move.hire_org.empty()) continue;
      if (dismissed) {
        for (const auto& name : Group(shape, *person_pos)) {
          Emit(FactKind::kDeparture, name, move.hire_org, shape, 0.8, DateBefore(shape, t, true));
          former_orgs_[name].push_back(move.hire_org);
        }
        continue;
      }
    } else {
      person_pos = RelativeHead(shape, te, kPersonMark);
      if (!person_pos && ModifiesANoun(s, te) && !PredicateNoun(s, te)) continue;
      if (!person_pos) person_pos = SubjectPersonBefore(shape, t, 0);
      if (!person_pos) person_pos = SubjectPersonAfter(shape, te);
      if (!person_pos) {
        RememberGroupMove(shape, t, move.verb);
        continue;
      }
    }
    move.person_pos = *person_pos;
    std::vector<std::string> people = Group(shape, *person_pos, *person_pos < t && objects.empty());
    people.insert(people.begin(), objects.begin(), objects.end());
    // A relative head leads its list: "Aを離れたX氏とY氏らが".
    if (*person_pos > t)
      for (auto& name : ListedAfter(shape, *person_pos)) people.push_back(name);
    move.floor = *person_pos < t ? *person_pos + kMarkBytes : 0;
    move.date = DateBefore(shape, t, !move.assessment.future, date_floor);
    for (const auto& d : DescribeAt(shape, *person_pos, 0)) {
      if (d.relation == Descriptor::kStarted) continue;  // a start says nothing of where they are
      if (move.descriptor_org.empty() || d.relation == Descriptor::kPresent) {
        move.descriptor_org = d.org;
        move.descriptor_former = d.relation == Descriptor::kFormer;
        move.role = d.role;
      }
    }
    // "最高AI責任者として入社": the role taken.
    if (size_t at = string_view(s).substr(move.floor, t - move.floor).rfind("として"); at != string_view::npos) {
      std::string role = RoleIn(string_view(s).substr(move.floor, at));
      if (!role.empty()) move.role = role;
    }
    move.sentence_subject = SubjectOrgBefore(shape, *person_pos);
    // "AのCTO、X氏と、CFOのY氏が辞任した": Y is at A too.
    for (const std::string& name : people) {
      auto it = present_org_.find(name);
      if (move.group_org.empty() && it != present_org_.end()) move.group_org = it->second;
    }
    for (const std::string& name : people) {
      if (move.verb == Verb::kLeave)
        Leave(shape, move, name, sentence);
      else
        Join(shape, move, name);
    }
  }
}

// ---- Foundings ---------------------------------------------------------------

void Reader::Founding(const Shape& shape, const std::vector<TriggerHit>& triggers) {
  const std::string& s = shape.text;
  static constexpr string_view kObject[] = {"を"};
  for (const auto& hit : triggers) {
    if (hit.verb != Verb::kFound) continue;
    size_t t = hit.start, te = hit.end;
    // Nouns that are not the act: 創業者, 設立以来, 設立：2024年.
    // clang-format off
    static constexpr string_view kNotActs[] = {
        "者", "メンバー", "以来", "当初", "時", "期", "直後", "年", "から", "：", ":", "当時", "間もない", "まもない",
        "資金", "費用", "記念"};
    // clang-format on
    if (MatchAt(s, te, kNotActs)) continue;
    Assessment a = Assess(s, t, te, false);
    if (!a.asserted) continue;
    // The org: the object, a noun form "Aの設立", a relative head, or the topic.
    std::optional<std::string> org;
    std::optional<size_t> head_person;
    std::optional<OrgRef> object = SlotBefore(shape, 0, t, kObject);
    if (object) org = object->name;
    if (object && !object->anaphor && !a.future) founded_topic_ = object->name;
    if (!org && EndsAt(s, t, "の")) {
      char32_t code = 0;
      if (MarkBefore(shape, t - 3, &code) && IsOrgMark(code)) org = shape.marks[MarkIndex(code)].name();
    }
    if (!org) {
      if (auto head = RelativeHead(shape, te, kOrgMark)) org = MarkAt(shape, *head)->name();
    }
    if (org) head_person = RelativeHead(shape, te, kPersonMark);
    // The founders: a relative head ("Aを設立したX氏"), the subject, or the agent of a passive.
    std::optional<size_t> person_pos = head_person;
    if (!person_pos) person_pos = SubjectPersonBefore(shape, t, 0);
    if (!person_pos) {
      for (size_t k = t; k > 0;) {
        size_t n = 0;
        char32_t c = DecodeBefore(s, k, &n);
        k -= n;
        if (IsPersonMark(c) &&
            (StartsAt(s, SkipPersonTail(s, k + n), "によって") || StartsAt(s, SkipPersonTail(s, k + n), "により"))) {
          person_pos = k;
          break;
        }
      }
    }
    if (!person_pos) {
      // "同社は…X氏と2人で立ち上げた": the person the company's subject
      // founded it with, right before the verb.
      for (size_t k = t; k > 0;) {
        size_t n = 0;
        char32_t c = DecodeBefore(s, k, &n);
        k -= n;
        if (!IsPersonMark(c)) continue;
        static constexpr string_view kTogether[] = {"と2人で", "と二人で", "と3人で", "と三人で", "と共同で",
                                                    "とともに", "と共に",  "と一緒に"};
        size_t after = SkipPersonTail(s, k + n);
        size_t with = MatchAt(s, after, kTogether);
        if (with && t >= after + with && CodePoints(string_view(s).substr(after + with, t - after - with)) <= 8 &&
            !Contains(string_view(s).substr(after + with, t - after - with), "、") &&
            SubjectOrgBefore(shape, k))
          person_pos = k;
        break;
      }
    }
    if (!person_pos) continue;
    if (!org) {
      // "Sakana AIは、…X氏とY氏が設立した": the topic, before the founders.
      if (auto subject = SubjectOrgBefore(shape, *person_pos))
        org = *subject;
      else if (auto subject_after = SubjectOrgBefore(shape, t); subject_after)
        org = *subject_after;
    }
    if (!org) continue;
    std::optional<Date> date = DateBefore(shape, t, !a.future);
    std::vector<std::string> founders = Group(shape, *person_pos);
    if (*person_pos > t)
      for (auto& name : ListedAfter(shape, *person_pos)) founders.push_back(name);
    // "X氏はY氏とともに新会社を設立した": Y founded it too, when nothing
    // but the object stands between ともに and the verb.
    for (size_t k = *person_pos + kMarkBytes, n = 0; k < t; k += n) {
      char32_t c = DecodeAt(s, k, &n);
      if (!IsPersonMark(c)) continue;
      size_t after = SkipPersonTail(s, k + n);
      static constexpr string_view kWith[] = {"とともに", "と共に", "と一緒に"};
      size_t with = MatchAt(s, after, kWith);
      if (!with) continue;
      string_view gap = string_view(s).substr(after + with, t - std::min(t, after + with));
      bool person_between = false;
      for (size_t i = 0, m = 0; i < gap.size(); i += m) person_between |= IsPersonMark(DecodeAt(gap, i, &m));
      if (Contains(gap, "、") || Contains(gap, "。") || person_between || CodePoints(gap) > 30) continue;
      for (auto& name : Group(shape, k))
        if (std::find(founders.begin(), founders.end(), name) == founders.end()) founders.push_back(name);
    }
    // "Aを退社して同社を創業した": 同社 is not the org just left.
    if (object && object->anaphor && Left(founders.front(), *org)) {
      for (const auto& other : object->alternatives)
        if (!Left(founders.front(), other)) {
          org = other;
          break;
        }
    }
    // A company founded before our eyes is what the article goes on about.
    topic_org_ = *org;
    for (const std::string& name : founders) {
      if (name == *org) continue;
      Emit(FactKind::kFounded, name, *org, shape, 0.85, date, "", "", a.future);
      present_org_.emplace(name, *org);
    }
  }
}

// ---- Models ------------------------------------------------------------------

// clang-format off
constexpr string_view kReleaseVerbs[] = {
    "一般公開", "正式公開", "無償公開", "公開", "リリース", "提供開始", "オープンソース化", "発売", "投入",
    "ローンチ", "配信開始", "提供", "一般提供", "配信"};
// clang-format on
// 見送り and 凍結 shelve a model rather than delay it; held off "for now"
// (当面見送る, 一時見送る) it is a delay.
// clang-format off
constexpr string_view kDelayVerbs[] = {
    "延期", "先送り", "後ろ倒し", "遅らせ", "遅れ", "遅延", "ずれ込", "見合わせ", "当面見送", "当面は見送",
    "当分見送", "一時見送", "いったん見送", "一旦見送", "延ばし", "延ばす"};
// clang-format on
// clang-format off
// "「X」について、", "「X」については": the model as the topic of a release
// noun that follows.
constexpr string_view kModelTopics[] = {"について", "については", "に関して", "に関しては"};
constexpr string_view kReleaseNouns[] = {
    "一般公開", "正式公開", "提供開始", "一般提供", "公開", "リリース", "提供", "発売", "投入", "ローンチ", "配信",
    "導入"};
// clang-format on
// clang-format off
constexpr string_view kVariantEnds[] = {
    "版", "バージョン", "種類", "種", "つ", "プレビュー", "重み", "ウェイト", "シリーズ", "ファミリー", "API",
    "ベータ", "エディション"};
// clang-format on

// Whether the release verb ending at `after` is done (公開した, 公開し、,
// 公開。), not planned (公開する予定) or denied (公開していない).
bool ReleaseDone(string_view s, size_t after, bool today) {
  // clang-format off
  static constexpr string_view kDone[] = {
      "した", "しました", "している", "していた", "しており", "しています", "し、", "済み", "され", "。", "、",
      "を開始し", "を開始した", "を始め", "に踏み切", "にこぎつけ", "を発表した", "た", "ました", "ている",
      "ています", "ていた", "て、", "いたしました", "致しました"};
  // clang-format on
  static constexpr string_view kFuture[] = {"する",   "します", "へ",         "予定",
                                            "の予定", "を予定", "を開始する", "を開始します"};
  if (MatchAt(s, after, kFuture)) return today;
  if (MatchAt(s, after, kDone)) return true;
  return StartsAt(s, after, "し") && !StartsAt(s, after, "しない") && !StartsAt(s, after, "しな");
}

// "「X」の開発計画を見直している。公開は来年にずれ込むという": a delay in a
// sentence without a model is of the model the last sentence named.
void Reader::DelayOfLastModel(const Shape& shape, size_t sentence) {
  // Both readings below are of the model the sentence before named; most
  // sentences follow none, and searching them for the words cost more than
  // the rest of this.
  if (last_model_.empty() || last_model_sentence_ + 1 != sentence) return;
  const std::string& s = shape.text;
  // clang-format off
  static constexpr string_view kActs[] = {
      "公開は", "公開が", "公開も", "リリースは", "リリースが", "投入は", "投入が", "発売は", "発売が", "提供は",
      "提供開始は", "公開時期は"};
  // clang-format on
  for (string_view act : kActs) {
    size_t at = Find(s, act);
    if (at == std::string::npos) continue;
    size_t k = at + act.size();
    size_t n = 0;
    for (size_t count = 0; k < s.size() && count < 20 && !MatchAt(s, k, kDelayVerbs); ++count) {
      DecodeAt(s, k, &n);
      k += n;
    }
    size_t verb = MatchAt(s, k, kDelayVerbs);
    if (!verb || !ShortGap(string_view(s).substr(at + act.size(), k - at - act.size()), 20)) continue;
    Assessment a = Assess(s, k, k + verb, false);
    if (!a.asserted) continue;
    Emit(FactKind::kDelay, "", last_model_org_, shape, 0.6, std::nullopt, "", "", a.future, last_model_);
    return;
  }
  // "3月に公開予定だったが、品質改善のため1カ月遅れた": a release the
  // sentence names as planned, and a delay verb later in it.
  static constexpr string_view kPlanned[] = {"公開予定", "リリース予定", "発売予定",      "投入予定",
                                             "提供予定", "公開を予定",   "リリースを予定"};
  size_t planned = string_view::npos;
  for (string_view word : kPlanned) planned = std::min(planned, s.find(word));
  if (planned == string_view::npos) return;
  for (size_t k = planned, n = 0; k < s.size(); k += n) {
    DecodeAt(s, k, &n);
    if (size_t verb = MatchAt(s, k, kDelayVerbs)) {
      Assessment a = Assess(s, k, k + verb, false);
      if (a.asserted)
        Emit(FactKind::kDelay, "", last_model_org_, shape, 0.55, std::nullopt, "", "", a.future, last_model_);
      return;
    }
  }
}

// The release or delay verb after a model's particle, past a short gap
// ("オープンソースで", "2026年春に", "GitHubで"); 発表 only when the model
// can be had now.
Reader::ModelVerb Reader::FindModelVerb(const Shape& shape, size_t gap_start, bool nominal, size_t sentence) const {
  const std::string& s = shape.text;
  ModelVerb verb;
  // The gap so far, without the sites a model is put up on ("GitHubで").
  std::string gap;
  // A delay verb may come after a reason as long as long_delay allows
  // ("…を予定していたが、安全性の検証に時間がかかるとして来年春に延期").
  const size_t reach = nominal ? 41 : 26;
  for (size_t k = gap_start, n = 0, count = 0; k < s.size() && count < reach; k += n, ++count) {
    size_t mark = 0;
    if (IsOrgMark(DecodeAt(s, k, &mark))) {
      static constexpr string_view kOn[] = {"上で", "経由で", "で"};
      if (size_t on = MatchAt(s, k + mark, kOn)) {
        n = mark + on;
        continue;
      }
    }
    // A reason may stand between a postponed release and its verb:
    // "「X」の公開を、安全性テストを終えるため第2四半期に延期".
    bool short_gap = ShortGap(gap, 25);
    bool long_delay = nominal && CodePoints(gap) <= 40 && !Contains(gap, "。") && !Contains(gap, "「");
    if (!short_gap && !long_delay) break;
    if (!short_gap && !MatchAt(s, k, kDelayVerbs)) {
      DecodeAt(s, k, &n);
      gap.append(s, k, n);
      continue;
    }
    if (size_t m = MatchAt(s, k, kDelayVerbs)) {
      verb.at = k;
      verb.end = k + m;
      verb.delay = true;
      break;
    }
    if (nominal && StartsAt(s, k, "見送")) {
      // "「X」の公開を見送る…公開時期は未定": held back to a time not yet
      // set, the release is postponed, not shelved (here or in the next
      // sentence).
      // "年内の投入を見送り、2027年以降とする": moved to a later time.
      static constexpr string_view kLater[] = {"時期は未定", "時期は決まっていない", "時期は明らかにしていない",
                                               "時期を改めて", "時期は改めて", "改めて発表", "改めて公表",
                                               "以降とする", "以降にする", "以降とした", "以降に延ば", "以降にずれ込"};
      string_view rest = string_view(s).substr(k);
      bool later = ContainsAny(rest, kLater);
      if (!later && sentence + 1 < sentences_.size())
        later = ContainsAny(
            text_.substr(sentences_[sentence + 1].start, sentences_[sentence + 1].end - sentences_[sentence + 1].start),
            kLater);
      if (later) {
        verb.at = k;
        verb.end = k + 6;
        verb.delay = true;
      }
      break;
    }
    if (nominal) {
      // "「X」の一般向け提供に踏み切った", "公開にこぎつけた": a start
      // reached, after に.
      static constexpr string_view kStarts[] = {"開始", "始め", "始まっ", "発表", "スタート", "踏み切っ", "こぎつけ"};
      // "「X」の公開を見送ると発表": the release was shelved, what is
      // announced is not its start.
      static constexpr string_view kShelved[] = {"見送", "中止", "断念", "凍結", "取りやめ", "取り止め", "撤回"};
      if (ContainsAny(gap, kShelved)) break;
      if (size_t m = MatchAt(s, k, kStarts)) {
        verb.at = k;
        verb.end = k + m;
        break;
      }
    } else if (size_t m = MatchAt(s, k, kReleaseVerbs)) {
      verb.at = k;
      verb.end = k + m;
      if (StartsAt(s, verb.end, "を開始")) verb.end += 9;
      break;
    } else if (StartsAt(s, k, "発表")) {
      // 発表 is a release only when the model can be had now.
      // clang-format off
      static constexpr string_view kAvailable[] = {
          "利用可能", "利用できる", "使える", "提供を開始", "提供開始", "ダウンロード", "公開した", "公開し",
          "一般提供", "提供する", "提供し", "無料で", "提供を始め", "利用を始め", "使えるように", "利用が可能",
          "利用可"};
      // clang-format on
      std::string around = s;
      if (sentence + 1 < sentences_.size())
        around +=
            text_.substr(sentences_[sentence + 1].start, sentences_[sentence + 1].end - sentences_[sentence + 1].start);
      if (ContainsAny(around, kAvailable) && !ContainsAny(around, kPlans)) {
        verb.at = k;
        verb.end = k + 6;
      }
      break;
    }
    DecodeAt(s, k, &n);
    gap.append(s, k, n);
  }
  return verb;
}

// The org that released or delayed the models listed from `pos`: the
// subject before them, a possessive ("同社の「X」"), the source ("Kumo AIに
// よると"), else the org the article is about.
std::optional<std::string> Reader::MakerBefore(const Shape& shape, size_t pos) const {
  const std::string& s = shape.text;
  std::optional<std::string> org = SubjectOrgBefore(shape, pos);
  if (!org) {
    // "同社の「X」", "Nebula Labsの新モデル「X」".
    for (size_t k = pos; k > 0;) {
      size_t n = 0;
      char32_t c = DecodeBefore(s, k, &n);
      k -= n;
      if (IsMark(c)) {
        string_view between = string_view(s).substr(k + n, pos - k - n);
        if (IsOrgMark(c) && StartsAt(between, 0, "の") && NominalChain(between, 14) && !Contains(between, "、"))
          org = shape.marks[MarkIndex(c)].name();
        break;
      }
    }
  }
  if (!org) {
    // "Kumo AIによると、「X」の公開は延期された".
    for (size_t k = pos; k > 0;) {
      size_t n = 0;
      char32_t c = DecodeBefore(s, k, &n);
      k -= n;
      if (IsOrgMark(c) && (StartsAt(s, k + n, "によると") || StartsAt(s, k + n, "によれば"))) {
        org = shape.marks[MarkIndex(c)].name();
        break;
      }
    }
  }
  if (!org && !topic_org_.empty()) org = topic_org_;
  return org;
}

// "ハマナスAIが今年3月に公開した「Hama-3」は": a model after a relative
// clause in the past that has an org releasing it (not "公開する「M」", a
// plan, nor a clause of someone else: "Aが評価した「M」").
void Reader::ReleasedBefore(const Shape& shape) {
  const std::string& s = shape.text;
  static constexpr string_view kReleased[] = {"公開した", "リリースした", "発売した", "投入した",
                                              "オープンソース化した", "提供を始めた", "提供を開始した"};
  for (size_t k = 0, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (!IsModelMark(c)) continue;
    string_view before = string_view(s).substr(0, k);
    size_t verb = MatchBefore(before, before.size(), kReleased);
    size_t verb_end = before.size();
    if (!verb && EndsAt(before, before.size(), "モデル")) {
      // "公開した大規模言語モデル「M」": a few kanji or katakana before モデル.
      size_t j = before.size(), m = 0;
      for (int count = 0; j > 0 && count < 12; ++count) {
        char32_t p = DecodeBefore(before, j, &m);
        if (!IsKanji(p) && !IsKatakana(p)) break;
        j -= m;
      }
      verb = MatchBefore(before, j, kReleased);
      verb_end = j;
    }
    if (!verb) continue;
    // The org marked by が in the same clause, a short way before.
    bool found = false, subject = false;
    size_t x = verb_end - verb;
    for (size_t m = 0; x > 0;) {
      char32_t p = DecodeBefore(s, x, &m);
      if (p == U'。' || p == U'、' || p == U'は' || p == U'を' || verb_end - verb - (x - m) > 45) break;
      x -= m;
      if (IsMark(p) || p == U'が') subject = true;
      if (IsOrgMark(p) && StartsAt(s, x + m, "が")) {
        Emit(FactKind::kRelease, "", shape.marks[MarkIndex(p)].name(), shape, 0.7, std::nullopt, "", "", false,
             shape.marks[MarkIndex(c)].name());
        found = true;
        break;
      }
    }
    // A clause with no subject and no name in it, opening the sentence:
    // "7月に公開した「M」の販売が伸びた" speaks of the company the article is
    // about ("米大手が公開した「M」" has a subject that is no org: nothing).
    if (!found && !subject && x == 0 && !topic_org_.empty())
      Emit(FactKind::kRelease, "", topic_org_, shape, 0.6, std::nullopt, "", "", false,
           shape.marks[MarkIndex(c)].name());
  }
}

void Reader::Models(const Shape& shape, size_t sentence) {
  const std::string& s = shape.text;
  std::vector<size_t> models;
  for (size_t k = 0, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (IsModelMark(c) || (IsOrgMark(c) && shape.marks[MarkIndex(c)].model_entry)) models.push_back(k);
  }
  if (models.empty()) {
    DelayOfLastModel(shape, sentence);
    return;
  }
  // Asked only of sentences that name a model.
  bool today = Contains(s, "本日") || Contains(s, "きょう") || Contains(s, "今日");
  // "9月に「A」を、12月には「B」を公開した": A waits for B's verb.
  std::vector<size_t> pending;
  for (size_t first = 0; first < models.size();) {
    std::vector<size_t> carried = std::move(pending);
    pending.clear();
    // A list: 「A」と「B」, 「A」、「B」および「C」, 「A」と、小型版の「B」.
    std::vector<size_t> list = {models[first]};
    size_t last = first;
    while (last + 1 < models.size()) {
      size_t end = models[last] + kMarkBytes;
      string_view between = string_view(s).substr(end, models[last + 1] - end);
      static constexpr string_view kLinks[] = {"と", "、", "や", "および", "及び", "と、", "ならびに", "そして"};
      if (StartsAt(between, 0, "の")) {
        // "「A」の実験版と、「B」": an item with its variant.
        size_t link_at = std::min(between.find("と"), between.find("、"));
        if (link_at != string_view::npos && MatchBefore(between.substr(0, link_at), link_at, kVariantEnds) &&
            NominalChain(between.substr(0, link_at), 10))
          between = between.substr(link_at);
      }
      size_t link = MatchAt(between, 0, kLinks);
      bool adjacent = between.empty() || between == "・";
      // "「A」と、スマートフォンでも動く小型版「B」": the next item with a
      // clause of its own, ending in the noun of a variant.
      auto described_variant = [&](string_view rest) {
        if (!StartsAt(between, 0, "と")) return false;
        if (StartsAt(rest, 0, "、")) rest = rest.substr(3);
        static constexpr string_view kVariantNouns[] = {"版", "モデル", "バージョン", "エディション"};
        // Or a clause that ends by modifying the name itself: 「A」と、コード
        // 生成に特化した「B」.
        static constexpr string_view kAttributiveEnds[] = {"に特化した", "に対応した", "に最適化した", "向けの"};
        if (CodePoints(rest) > 25 ||
            !(MatchBefore(rest, rest.size(), kVariantNouns) || MatchBefore(rest, rest.size(), kAttributiveEnds)))
          return false;
        for (size_t i = 0, n = 0; i < rest.size(); i += n) {
          char32_t c = DecodeAt(rest, i, &n);
          if (IsMark(c) || c == U'を' || c == U'が' || c == U'は' || c == U'。' || c == U'「') return false;
        }
        return true;
      };
      if (!adjacent && (!link || !NominalChain(between.substr(link), 12) || Contains(between.substr(link), "、")) &&
          !(link && described_variant(between.substr(link))))
        break;
      list.push_back(models[++last]);
    }
    first = last + 1;
    size_t p = list.back() + kMarkBytes;
    static constexpr string_view kFamilyNouns[] = {"シリーズ", "ファミリー", "モデル", "モデル群"};
    p += MatchAt(s, p, kFamilyNouns);
    bool nominal = false;
    bool timed = false;  // 「X」の公開時期を: the time of the release, not the release
    std::optional<size_t> direct_delay;
    // The noun of "「X」の公開を" or "「X」について、公開を".
    std::optional<size_t> noun_at;
    if (StartsAt(s, p, "の")) {
      noun_at = p + 3;
    } else if (size_t topic = MatchAt(s, p, kModelTopics)) {
      noun_at = p + topic + (StartsAt(s, p + topic, "、") ? 3 : 0);
    } else if (StartsAt(s, p, "は当初")) {
      // "「X」は当初、年内の公開を予定していたが、…延期した": the model as
      // the topic of the release first planned; only with 当初, which
      // tells of a plan that changed.
      static constexpr string_view kOriginally[] = {"は当初、", "は当初は、", "は当初は", "は当初"};
      noun_at = p + MatchAt(s, p, kOriginally);
    }
    if (noun_at && !StartsAt(s, p, "の")) {
      // "「X」については、当初予定していた年内の公開を": the release noun
      // after a short modifier of its own, ending in の or た.
      for (size_t k = *noun_at, n = 0, count = 0; !MatchAt(s, *noun_at, kReleaseNouns) && k < s.size() && count < 16;
           k += n, ++count) {
        char32_t c = DecodeAt(s, k, &n);
        if (c == U'を' || c == U'が' || c == U'は' || c == U'。' || c == U'、' || c == U'「' || IsMark(c)) break;
        if (k > *noun_at && (EndsAt(s, k, "の") || EndsAt(s, k, "た")) && MatchAt(s, k, kReleaseNouns)) noun_at = k;
      }
      if (!MatchAt(s, *noun_at, kReleaseNouns)) continue;
    }
    if (noun_at) {
      size_t q = *noun_at;
      static constexpr string_view kManners[] = {"商用", "正式", "本格", "無償", "限定", "先行", "一般向け",
                                                 "API経由での", "API経由の", "APIでの", "API"};
      if (MatchAt(s, q + MatchAt(s, q, kManners), kReleaseNouns)) q += MatchAt(s, q, kManners);
      if (size_t noun = MatchAt(s, q, kReleaseNouns)) {
        q += noun;
        static constexpr string_view kWhen[] = {"時期", "日程", "予定日", "日"};
        size_t when = MatchAt(s, q, kWhen);
        timed = when > 0;
        q += when;
        nominal = true;
        p = q;
        if (MatchAt(s, q, kDelayVerbs)) direct_delay = q;  // 「X」の公開延期
      } else {
        // 「A」の実験版を, 「A」と「B」の2種類を.
        size_t k = q, n = 0, count = 0;
        while (k < s.size() && count < 10) {
          char32_t c = DecodeAt(s, k, &n);
          if (c == U'を' || c == U'が' || c == U'は' || c == U'も' || c == U'。' || c == U'、' || IsMark(c)) break;
          k += n;
          ++count;
        }
        string_view variant = string_view(s).substr(q, k - q);
        bool counted = !variant.empty() && IsDigit(DecodeAt(variant, 0)) &&
                       (EndsAt(variant, variant.size(), "モデル") || EndsAt(variant, variant.size(), "種"));
        // "「A Mini」と「A Pro」の2サイズで提供する", right after A was
        // released: the sizes it came in.
        static constexpr string_view kCounters[] = {"サイズ", "種類", "モデル", "種", "タイプ", "バージョン", "つ"};
        int count_value = 0;
        size_t digits = ReadNumber(s, q, &count_value);
        size_t counter = digits ? MatchAt(s, q + digits, kCounters) : 0;
        size_t after_sizes = q + digits + counter;
        static constexpr string_view kSizeEnds[] = {"で", "、", "。", "がある", "を用意", "から成る", "で構成"};
        if (counter && MatchAt(s, after_sizes, kSizeEnds) && !last_release_org_.empty() &&
            last_release_sentence_ + 1 >= sentence) {
          for (size_t at : list)
            Emit(FactKind::kRelease, "", last_release_org_, shape, 0.6, std::nullopt, "", "", false,
                 MarkAt(shape, at)->name());
          continue;
        }
        if (variant.empty() || (!MatchBefore(variant, variant.size(), kVariantEnds) && !counted)) continue;
        p = k;
      }
    }
    char32_t particle = direct_delay ? U'を' : DecodeAt(s, p);
    // "「X」の提供に踏み切った": the release noun as the goal of a start.
    if (nominal && particle == U'に' && (StartsAt(s, p + 3, "踏み切っ") || StartsAt(s, p + 3, "こぎつけ")))
      particle = U'を';
    if (particle != U'を' && particle != U'が' && particle != U'は' && particle != U'も') continue;
    if (particle == U'を' && !direct_delay && StartsAt(s, p + 3, "、") && first < models.size()) {
      string_view to_next = string_view(s).substr(p + 6, models[first] - std::min(models[first], p + 6));
      static constexpr string_view kVerbish[] = {"した", "する", "って", "され", "を", "が", "。"};
      if (models[first] > p + 6 && CodePoints(to_next) <= 15 && !ContainsAny(to_next, kVerbish)) {
        pending = carried;
        pending.insert(pending.end(), list.begin(), list.end());
        continue;
      }
    }
    size_t gap_start = direct_delay ? *direct_delay : p + 3;
    // "「X」は、Hikari Labsが昨年公開した": the model as the topic, the org as the subject.
    std::optional<std::string> agent;
    if ((particle == U'は' || particle == U'も') && !nominal) {
      size_t q = gap_start + (StartsAt(s, gap_start, "、") ? 3 : 0);
      char32_t code = 0;
      if (const Mention* m = MarkAt(shape, q, &code); m && IsOrgMark(code) && StartsAt(s, q + kMarkBytes, "が")) {
        agent = m->name();
        particle = U'を';
        gap_start = q + kMarkBytes + 3;
      }
    }
    ModelVerb verb = FindModelVerb(shape, gap_start, nominal, sentence);
    // "「M」は予定通り同日、公開した": with the model as the topic, a time
    // closed by a comma may stand before the verb.
    if (!verb.at && particle == U'は' && !nominal && !agent) {
      size_t comma = s.find("、", gap_start);
      if (comma != std::string::npos && comma > gap_start &&
          ShortGap(string_view(s).substr(gap_start, comma - gap_start), 10))
        verb = FindModelVerb(shape, comma + 3, nominal, sentence);
    }
    if (timed && particle == U'を') {
      // "11月に予定していた「X」の提供開始時期を2026年2月に変更する": the time
      // of a planned release changed to a new one is the release put off
      // (not brought forward: 前倒し, 早め, 繰り上げ).
      static constexpr string_view kChanged[] = {"に変更", "へ変更", "に変え", "へ変え"};
      static constexpr string_view kEarlier[] = {"前倒し", "早め", "早まる", "繰り上げ"};
      static constexpr string_view kPlanned[] = {"予定していた", "予定していました", "当初", "計画していた",
                                                 "以降", "来年", "延"};
      size_t k = gap_start, n = 0, count = 0;
      while (k < s.size() && count < 20 && !MatchAt(s, k, kChanged)) {
        char32_t c = DecodeAt(s, k, &n);
        if (c == U'。' || c == U'「' || IsMark(c)) break;
        k += n;
        ++count;
      }
      if (size_t changed = MatchAt(s, k, kChanged); changed && k > gap_start && !ContainsAny(s, kEarlier) &&
                                                     ContainsAny(string_view(s).substr(0, k), kPlanned)) {
        verb.at = k + 3;
        verb.end = k + changed;
        verb.delay = true;
      }
    }
    if (!verb.at) continue;
    std::optional<size_t> verb_at = verb.at;
    size_t verb_end = verb.end;
    bool delay = verb.delay, release = !verb.delay;
    // "「X」の提供開始時期を見直すと発表", "公開時期を発表した": what is
    // told is the time of the release (a plan, or a review of it), not a
    // release; only a delay verb moves it.
    if (release && timed) continue;

    // "「X」は同日から法人向けに提供を始めた": with the model as the topic,
    // only a release noun whose start is told (提供を始めた, 公開を開始した)
    // or a passive says the model was released.
    bool topic_started = particle == U'は' &&
                         (StartsAt(s, verb_end, "を始め") || StartsAt(s, verb_end, "が始まっ") || EndsAt(s, verb_end, "を開始"));
    // "テキスト生成の「M」は予定通り同日、公開した": a sentence that names no
    // org and no rival, with the model as the topic of a release done, speaks
    // of the company the article is about (MakerBefore falls back on it).
    static constexpr string_view kDoneEnds[] = {"した", "しました"};
    static constexpr string_view kRivals[] = {"他社", "競合", "ライバル"};
    bool topic_by_article_org = particle == U'は' && !agent && !topic_org_.empty() &&
                                MatchAt(s, verb_end, kDoneEnds) && !ContainsAny(s, kRivals) &&
                                std::none_of(shape.marks.begin(), shape.marks.end(),
                                             [](const Mention& m) { return m.kind == MentionKind::kOrg; });
    if (release && !nominal && particle != U'を' && particle != U'も' && !StartsAt(s, verb_end, "され") &&
        !StartsAt(s, verb_end, "済み") && !topic_started && !topic_by_article_org)
      continue;
    Assessment a = Assess(s, *verb_at, verb_end, release);
    if (!a.asserted) continue;
    if (release && !ReleaseDone(s, verb_end, today)) continue;
    std::optional<std::string> org = agent ? agent : MakerBefore(shape, list.front());
    std::optional<std::string> partner = agent || !org ? std::nullopt : PartnerOrgBefore(shape, list.front());
    if (partner && *partner == *org) partner.reset();
    list.insert(list.begin(), carried.begin(), carried.end());
    for (size_t at : list) {
      const Mention& model = *MarkAt(shape, at);
      std::string maker = org.value_or("");
      if (maker.empty() && model.model_entry) maker = model.model_entry->company;
      if (maker.empty()) continue;
      bool waited = std::find(carried.begin(), carried.end(), at) != carried.end();
      // A release is dated by what comes before its verb; a delay only by
      // the day it was announced ("29日、…延期した"), not by the dates it moves.
      std::optional<Date> date = DateBefore(shape, waited ? at : *verb_at, true);
      if (delay) {
        date = DateBefore(shape, list.front(), true);
        if (date && date->precision() != DatePrecision::kDay) date.reset();
      }
      Emit(delay ? FactKind::kDelay : FactKind::kRelease, "", maker, shape, org ? 0.85 : 0.6, date, "", "",
           delay && a.future, model.name());
      if (partner)
        Emit(delay ? FactKind::kDelay : FactKind::kRelease, "", *partner, shape, 0.8, date, "", "", delay && a.future,
             model.name());
      if (!delay) {
        last_release_org_ = maker;
        last_release_sentence_ = sentence;
      }
    }
  }
}

// ---- Sentences ---------------------------------------------------------------

// "それ以前はGoogle Brainで研究者を務めていた": a sentence without a name
// that goes on about the career of the person the last one was about.
void Reader::EarlierCareer(const Shape& shape) {
  const std::string& s = shape.text;
  static constexpr string_view kEarlier[] = {"それ以前は", "それ以前には", "以前は",    "その前は",
                                             "前職では",   "かつては",     "それまでは"};
  // "Aから5人がBに移った。このうち、X氏は…": the named are of the five.
  static constexpr string_view kOfThem[] = {"このうち", "うち", "その中で", "そのうち", "その一人", "その1人"};
  if ((!group_to_.empty() || !group_from_.empty()) && MatchAt(s, 0, kOfThem)) {
    for (size_t k = 0, n = 0; k < s.size(); k += n) {
      char32_t c = DecodeAt(s, k, &n);
      if (!IsPersonMark(c)) continue;
      char32_t after = DecodeAt(s, SkipPersonTail(s, k + n));
      if (after != U'は' && after != U'が' && after != U'も') continue;
      for (const auto& name : shape.marks[MarkIndex(c)].names) {
        if (!group_to_.empty()) Emit(FactKind::kJoin, name, group_to_, shape, 0.6, std::nullopt, "", group_from_);
        if (!group_from_.empty()) {
          Emit(FactKind::kDeparture, name, group_from_, shape, 0.55, std::nullopt, "", group_to_);
          former_orgs_[name].push_back(group_from_);
        }
      }
    }
  }
  // "Aから3人の研究者がBに移った。X氏、Y氏、Z氏の3人だ": a sentence that
  // lists exactly as many names as its count (after a lead such as
  // "移ったのは、") names the group.
  if (!group_to_.empty() || !group_from_.empty()) {
    size_t k = 0, n = 0;
    if (size_t lead = s.find("は、"); lead != string_view::npos && lead < 36) {
      bool marks = false;
      for (size_t x = 0, m = 0; x < lead; x += m) marks = marks || IsMark(DecodeAt(s, x, &m));
      if (!marks) k = lead + 6;
    }
    std::vector<std::string> names;
    size_t persons = 0;
    while (k < s.size() && IsPersonMark(DecodeAt(s, k, &n))) {
      const auto& more = shape.marks[MarkIndex(DecodeAt(s, k, &n))].names;
      names.insert(names.end(), more.begin(), more.end());
      ++persons;
      k += n;
      if (StartsAt(s, k, "、") || StartsAt(s, k, "と")) k += 3;
    }
    size_t count = 0;
    if (StartsAt(s, k, "の")) {
      static constexpr string_view kCounts[] = {"2", "3", "4", "5", "6", "２", "３", "４", "５", "６",
                                                "二", "三", "四", "五", "六"};
      for (size_t c = 0; c < std::size(kCounts); ++c)
        if (StartsAt(s, k + 3, kCounts[c]) &&
            (StartsAt(s, k + 3 + kCounts[c].size(), "人") || StartsAt(s, k + 3 + kCounts[c].size(), "名"))) {
          // Only a sentence that is the list: not "X氏とY氏の2人は残った".
          string_view rest = string_view(s).substr(k + 6 + kCounts[c].size());
          for (string_view end : {"", "。", "だ", "だ。", "です", "です。", "だった。", "だった"})
            if (rest == end) count = c % 5 + 2;
        }
    }
    if (persons >= 2 && persons == names.size() && count == persons) {
      for (const auto& name : names) {
        if (!group_to_.empty()) Emit(FactKind::kJoin, name, group_to_, shape, 0.6, std::nullopt, "", group_from_);
        if (!group_from_.empty()) {
          Emit(FactKind::kDeparture, name, group_from_, shape, 0.55, std::nullopt, "", group_to_);
          former_orgs_[name].push_back(group_from_);
        }
      }
    }
  }
  if (last_person_.empty() || !MatchAt(s, 0, kEarlier)) return;
  for (size_t k = 0, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (IsPersonMark(c)) return;
    if (!IsOrgMark(c) || !(StartsAt(s, k + n, "で") || StartsAt(s, k + n, "に"))) continue;
    string_view clause = LocalTail(s, k + n + 3);
    static constexpr string_view kPastEnds[] = {"ていた", "ていました", "た", "ました"};
    if (!ContainsAny(clause, kAffiliationVerbs) || !MatchBefore(clause, clause.size(), kPastEnds)) continue;
    const std::string& org = shape.marks[MarkIndex(c)].name();
    Emit(FactKind::kDeparture, last_person_, org, shape, 0.5, std::nullopt, RoleIn(clause));
    former_orgs_[last_person_].push_back(org);
  }
}

// "X氏は2010年にソニーに入社。2018年にミサゴに移った。": a sentence of a
// career told year by year, with no name, goes on about the person the
// sentence before was about. A move (移った, 転じた) leaves the org the
// person last joined; "2021年にAを退社し、翌年Bを創業した" leaves A and
// founds B.
bool Reader::CareerStep(const Shape& shape) {
  const std::string& s = shape.text;
  // A letter's sentences with no name are its writer's: "11月1日より、
  // 株式会社シロハラ・ラボに入社し、…勤務しております", whatever they open
  // with, unless a company is their subject or they deny or doubt.
  bool letter = !writer_.empty() && last_person_ == writer_;
  if (letter) {
    for (size_t y = 0, m = 0; y < s.size(); y += m) {
      char32_t c = DecodeAt(s, y, &m);
      if (IsOrgMark(c) && (StartsAt(s, y + m, "は") || StartsAt(s, y + m, "が"))) letter = false;
    }
    static constexpr string_view kNot[] = {"ません", "ない", "なく", "ず、", "予定", "たい"};
    if (ContainsAny(s, kNot) || ContainsAny(s, kFrameDoubts)) letter = false;
  }
  if (last_person_.empty() || (!previous_about_person_ && !letter)) return false;
  // "妻の鶴見弥生氏とともに…を設立": a person named as a partner is no
  // subject of the sentence, and founds with the person it is about.
  std::vector<std::string> partners;
  for (size_t k = 0, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (!IsPersonMark(c)) continue;
    static constexpr string_view kWith[] = {"とともに", "と共に", "と一緒に", "と共同で"};
    if (!MatchAt(s, SkipPersonTail(s, k + n), kWith)) return false;
    partners.push_back(shape.marks[MarkIndex(c)].name());
  }
  size_t k = 0, n = 0;
  while (k < s.size() && IsDigit(DecodeAt(s, k, &n))) k += n;
  // "新卒でA銀行に入行し", "大学を卒業後、Aに入社": the first step of a career.
  static constexpr string_view kCareerOpenings[] = {"その後、", "新卒で",         "新卒として", "大学卒業後",
                                                    "大学を卒業後", "大学院修了後", "大学院を修了後", "卒業後",
                                                    "同年",     "翌年"};
  if ((k == 0 || !StartsAt(s, k, "年")) && !MatchAt(s, 0, kCareerOpenings) && !letter) return false;
  // The org the person last joined or founded, for a move away from it.
  auto last_joined = [&](const std::string& next) {
    for (auto it = facts_.rbegin(); it != facts_.rend(); ++it)
      if ((it->kind == FactKind::kJoin || it->kind == FactKind::kFounded) && it->person == last_person_)
        return it->org == next ? std::string() : it->org;
    return std::string();
  };
  bool stepped = false;
  for (size_t x = 0; x < s.size(); x += n) {
    char32_t c = DecodeAt(s, x, &n);
    if (c == U'。') break;
    if (IsOrgMark(c) && StartsAt(s, x + n, "を")) {
      // "2021年にAを退社し、翌年Bを創業した": a step out of an org, or the
      // founding of one, done (し、, した); not one planned (退社する予定),
      // nor one with an org of its own as the subject ("2019年にCがBを設立した").
      bool org_subject = false;
      for (size_t y = 0, m = 0; y < x; y += m) {
        char32_t before = DecodeAt(s, y, &m);
        if (!IsOrgMark(before)) continue;
        char32_t particle = DecodeAt(s, y + m);
        org_subject = org_subject || particle == U'が' || particle == U'も' ||
                      (particle == U'は' && !StartsAt(s, y + m, "はじめ"));
      }
      if (org_subject) continue;
      size_t v = x + n + 3;
      static constexpr string_view kLeaves[] = {"退社", "退職", "離れ", "退き", "去っ", "去り"};
      static constexpr string_view kFounds[] = {"共同創業", "創業", "設立", "立ち上げ", "共同設立"};
      size_t leave = MatchAt(s, v, kLeaves);
      size_t found = leave ? 0 : MatchAt(s, v, kFounds);
      size_t verb = leave + found;
      if (!verb) continue;
      static constexpr string_view kDone[] = {"し、", "した", "。", "、", "て、", "た"};
      if (!MatchAt(s, v + verb, kDone)) continue;
      stepped = true;
      const std::string& org = shape.marks[MarkIndex(c)].name();
      if (leave) {
        Emit(FactKind::kDeparture, last_person_, org, shape, 0.5);
        former_orgs_[last_person_].push_back(org);
      } else {
        Emit(FactKind::kFounded, last_person_, org, shape, 0.5);
        for (const std::string& partner : partners)
          if (partner != last_person_) Emit(FactKind::kFounded, partner, org, shape, 0.5);
      }
      continue;
    }
    if (!IsOrgMark(c)) continue;
    // "2023年からはCで研究員として…を担当している": a stint begun at C; one
    // that goes on is the next employer, so the last one was left.
    if (auto stint = StintFrom(s, x, x + n, s.size())) {
      stepped = true;
      const std::string& org = shape.marks[MarkIndex(c)].name();
      std::string left = stint->ongoing ? last_joined(org) : "";
      Emit(FactKind::kJoin, last_person_, org, shape, 0.55, std::nullopt, "", left);
      if (!left.empty()) {
        Emit(FactKind::kDeparture, last_person_, left, shape, 0.5, std::nullopt, "", org);
        former_orgs_[last_person_].push_back(left);
      }
      continue;
    }
    if (!StartsAt(s, x + n, "に") && !StartsAt(s, x + n, "へ")) continue;
    size_t v = x + n + 3;
    static constexpr string_view kJoins[] = {"入社", "入行", "入庁", "入省", "参画", "加わ", "入っ", "入り", "入所"};
    static constexpr string_view kMoves[] = {"移っ", "移り", "移籍", "転じ", "転職"};
    bool move = MatchAt(s, v, kMoves) > 0;
    if (!move && MatchAt(s, v, kJoins) == 0) continue;
    stepped = true;
    const std::string& org = shape.marks[MarkIndex(c)].name();
    std::string left = move ? last_joined(org) : "";
    Emit(FactKind::kJoin, last_person_, org, shape, 0.55, std::nullopt, "", left);
    if (!left.empty()) {
      Emit(FactKind::kDeparture, last_person_, left, shape, 0.5, std::nullopt, "", org);
      former_orgs_[last_person_].push_back(left);
    }
  }
  return stepped;
}

// Where the step of a career summary's line begins, after its year and
// month and a space ("2018年12月　同社退社"); 0 if the line opens otherwise.
size_t CareerStepStart(string_view line) {
  size_t k = 0, n = 0, digits = 0;
  while (k < line.size() && IsDigit(DecodeAt(line, k, &n))) {
    k += n;
    ++digits;
  }
  if (digits != 4 || !StartsAt(line, k, "年")) return 0;
  k += 3;
  for (digits = 0; k < line.size() && IsDigit(DecodeAt(line, k, &n)); ++digits) k += n;
  if (digits == 0 || digits > 2 || !StartsAt(line, k, "月")) return 0;
  k += 3;
  if (StartsAt(line, k, "　")) return k + 3;
  return StartsAt(line, k, " ") ? k + 1 : 0;
}

// "マティアス・ヴェスターガード（1981年生）": a line that is only a foreign
// name in katakana (two runs or more joined by a name dot), before any
// brackets, names the person a career summary below it is of. "" if the
// line is anything else.
std::string KatakanaHolder(string_view line) {
  string_view name = line.substr(0, std::min({line.find("（"), line.find("("), line.size()}));
  while (!name.empty() && (name.back() == ' ' || name.back() == '\n' || name.back() == '\r')) name.remove_suffix(1);
  if (name.empty() || !IsKatakana(DecodeAt(name, 0)) || KatakanaRunEnd(name, 0) != name.size()) return "";
  size_t dots = 0, n = 0;
  for (size_t k = 0; k < name.size(); k += n) dots += IsNameDot(DecodeAt(name, k, &n));
  if (dots == 0 || IsNameDot(DecodeBefore(name, name.size()))) return "";
  return std::string(name);
}

// The name of the person a career summary is of, from the line above its
// steps: the last field after a full-width space, before any brackets
// ("候補者番号2　四十物麗（新任・社外）", "氏名　Henrike Obasanjo-Lund"): two to
// six kanji, or two or more capitalized Latin words. "" if it is neither.
std::string CareerHolder(string_view line) {
  size_t space = line.rfind("　");
  if (space == string_view::npos) return KatakanaHolder(line);
  string_view name = line.substr(space + 3);
  name = name.substr(0, std::min({name.find("（"), name.find("("), name.size()}));
  while (!name.empty() && (name.back() == ' ' || name.back() == '\n' || name.back() == '\r')) name.remove_suffix(1);
  size_t count = 0, n = 0;
  bool kanji = true, latin = IsUpperLatin(DecodeAt(name, 0)), space_seen = false;
  for (size_t k = 0; k < name.size(); k += n, ++count) {
    char32_t c = DecodeAt(name, k, &n);
    kanji = kanji && IsKanji(c);
    if (c == ' ') {
      space_seen = true;
      latin = latin && IsUpperLatin(DecodeAt(name, k + 1));
    } else {
      latin = latin && (IsLatinLetter(c) || c == '-' || c == '\'');
    }
  }
  if ((kanji && count >= 2 && count <= 6) || (latin && space_seen)) return std::string(name);
  return "";
}

// A career summary (略歴: a shareholders' notice on its board candidates, a
// personnel release) lists a person's steps one to a line, each after its
// year and month, below a line that names the person:
//   候補者番号2　四十物麗（新任・社外）
//   2008年9月　米Google入社
//   2018年12月　同社退社
//   2019年2月　株式会社ヨスガ・データを共同創業、代表取締役（現任）
// A step into an org (入社, 入行, 入所), out of one (退社, 退職) or its
// founding is a fact of that person; 同社 is the org of the step before.
// 当社 gives nothing: the issuer of a notice is named in its title, if at
// all, and the org a sentence was last about may be another. A post held
// ("当社AI研究所長") and the line's remarks after a comma or in brackets give
// nothing; any line that is no step ends the summary.
void Reader::CareerLine(const Shape& shape, size_t index) {
  string_view line = text_.substr(shape.span.start, shape.span.end - shape.span.start);
  size_t start = CareerStepStart(line);
  if (start == 0) {
    career_person_.clear();
    if (index + 1 < sentences_.size()) {
      Span next = sentences_[index + 1];
      if (CareerStepStart(text_.substr(next.start, next.end - next.start))) career_person_ = CareerHolder(line);
    }
    career_org_.clear();
    return;
  }
  if (career_person_.empty()) return;
  string_view step = line.substr(start);
  // "2024年1月　当社入社　執行役員CTO": the post after a space is a remark too.
  step = step.substr(0, std::min({step.find("、"), step.find("（"), step.find("\n"), step.find("。"), step.find("　"),
                                  step.size()}));
  static constexpr string_view kJoins[] = {"入社", "入行", "入所", "に入社", "に入行", "に入所"};
  static constexpr string_view kLeaves[] = {"退社", "退職", "を退社", "を退職"};
  static constexpr string_view kFounds[] = {"共同創業", "創業", "設立", "共同設立", "を共同創業", "を創業", "を設立",
                                            "を共同設立"};
  FactKind kind = FactKind::kJoin;
  size_t verb = MatchBefore(step, step.size(), kJoins);
  if (!verb && (verb = MatchBefore(step, step.size(), kLeaves))) kind = FactKind::kDeparture;
  if (!verb && (verb = MatchBefore(step, step.size(), kFounds))) kind = FactKind::kFounded;
  // "2023年12月　同社退任": leaving a post is leaving the company only when
  // the line names the company and no post ("同社取締役退任" gives nothing).
  static constexpr string_view kOwn[] = {"同社", "当社", "弊社"};
  if (!verb && EndsAt(step, step.size(), "退任") && AnyOf(step.substr(0, step.size() - 6), kOwn)) {
    verb = 6;
    kind = FactKind::kDeparture;
  }
  if (!verb) return;
  string_view named = step.substr(0, step.size() - verb);
  named = WithoutLegalForm(named);
  // "米Google入社", "独Rheinfeld Robotik入社" (not 中部電力).
  if (size_t p = MatchAt(named, 0, kCountryPrefixes); p && p < named.size() && !IsKanji(DecodeAt(named, p)))
    named.remove_prefix(p);
  std::string org;
  if (named == "同社")
    org = career_org_;
  else if (named == "当社" || named == "弊社")
    org = issuer_org_;
  else if (CodePoints(named) >= 2 && CodePoints(named) <= 30 && !AnyOf(named, kOrgAnaphors) && named != "当社" &&
           named != "弊社")
    org = std::string(named);
  if (org.empty()) return;
  Emit(kind, career_person_, org, shape, 0.55);
  if (kind == FactKind::kDeparture) former_orgs_[career_person_].push_back(org);
  career_org_ = org;
}

// A timely disclosure (適時開示) opens with its issuer: "会社名　株式会社
// ツノメドリ・ホールディングス". That company is the 当社 of its career
// summaries.
void Reader::IssuerLine(const Shape& shape) {
  string_view span = text_.substr(shape.span.start, shape.span.end - shape.span.start);
  static constexpr string_view kLabels[] = {"会社名　", "会社名 ", "会社名：", "会 社 名　"};
  size_t at = 0;
  for (; at < span.size(); at = span.find('\n', at) + 1) {
    if (MatchAt(span, at, kLabels)) break;
    if (span.find('\n', at) == string_view::npos) return;
  }
  if (at >= span.size()) return;
  string_view line = span.substr(at);
  size_t label = MatchAt(line, 0, kLabels);
  string_view name = line.substr(label);
  name = name.substr(0, std::min({name.find("\n"), name.find("（"), name.find("("), name.size()}));
  while (!name.empty() && (name.back() == ' ' || name.back() == '\r')) name.remove_suffix(1);
  name = WithoutLegalForm(name);
  if (CodePoints(name) >= 2 && CodePoints(name) <= 30 && !Contains(name, "　")) issuer_org_ = std::string(name);
}

// A disclosure names its own officers without 氏, after their post and a
// full-width space: "取締役CFO　浜岡美穂子は、…取締役を辞任し、当社を退職
// いたします". Leaving 当社 is leaving the issuer.
void Reader::IssuerLeaving(const Shape& shape) {
  if (issuer_org_.empty()) return;
  string_view line = text_.substr(shape.span.start, shape.span.end - shape.span.start);
  size_t topic = line.find("は");
  if (topic == string_view::npos || !StartsAt(line, topic + 3, "、")) return;
  string_view head = line.substr(0, topic);
  // A heading line may open the sentence: "4．取締役の辞任\n取締役CFO　…".
  if (size_t nl = head.rfind('\n'); nl != string_view::npos) head.remove_prefix(nl + 1);
  if (head.find("　") == string_view::npos) return;
  std::string name = CareerHolder(head);
  if (name.empty()) return;
  static constexpr string_view kLeaves[] = {"当社を退職", "当社を退社", "弊社を退職", "弊社を退社"};
  static constexpr string_view kNot[] = {"せず", "しない", "しません", "予定はな", "ことはな", "ものではな"};
  for (string_view leave : kLeaves) {
    size_t at = Find(line, leave);
    if (at == string_view::npos) continue;
    if (ContainsAny(line.substr(at), kNot)) return;
    Emit(FactKind::kDeparture, name, issuer_org_, shape, 0.6);
    former_orgs_[name].push_back(issuer_org_);
    return;
  }
}

// A roundup heads each section with its org and models on a line of
// their own ("■ミヤコドリ研究所「ミヤコ-13B」「ミヤコ-13B-Chat」"); the
// sentences below are about them until the next heading. Whether the
// sentence is a heading (of a section or not).
bool Reader::SectionHeading(const Shape& shape) {
  static constexpr string_view kHeadMarks[] = {"■", "□", "◆", "●", "▼"};
  const std::string& s = shape.text;
  size_t k = MatchAt(s, 0, kHeadMarks);
  if (!k) return false;
  section_org_.clear();
  section_models_.clear();
  size_t n = 0;
  char32_t c = DecodeAt(s, k, &n);
  if (!IsOrgMark(c)) return true;
  std::string org = shape.marks[MarkIndex(c)].name();
  std::vector<std::string> models;
  for (k += n; k < s.size(); k += n) {
    c = DecodeAt(s, k, &n);
    if (IsModelMark(c))
      models.push_back(shape.marks[MarkIndex(c)].name());
    else if (c != '\n' && c != ' ' && c != U'　' && c != U'、')
      return true;
  }
  if (models.empty()) return true;
  section_org_ = org;
  section_models_ = std::move(models);
  topic_org_ = section_org_;
  return true;
}

// In a roundup's section, a sentence that names no model and has no
// subject of its own says what became of the heading's models: "9月に
// 公開。", "10月にオープンソースで公開された。", "同社は…公開を来年2月に延期
// した。" Plans, promises and doubts give nothing.
void Reader::SectionModels(const Shape& shape) {
  if (section_models_.empty()) return;
  const std::string& s = shape.text;
  for (size_t k = 0, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (IsModelMark(c) || IsPersonMark(c)) return;
    if (IsOrgMark(c) && (StartsAt(s, k + n, "は") || StartsAt(s, k + n, "が")) &&
        shape.marks[MarkIndex(c)].name() != section_org_)
      return;
  }
  if (ContainsAny(s, kFrameDoubts)) return;
  // A verb of `verbs` followed by one of `done` says each heading model's `kind`.
  auto emit_on = [&](Words verbs, Words done, FactKind kind) {
    for (size_t k = 0, n = 0; k < s.size(); k += n) {
      DecodeAt(s, k, &n);
      if (size_t v = MatchAt(s, k, verbs); v && MatchAt(s, k + v, done)) {
        for (const std::string& model : section_models_)
          Emit(kind, "", section_org_, shape, 0.55, std::nullopt, "", "", false, model);
        return true;
      }
    }
    return false;
  };
  static constexpr string_view kDelayDone[] = {"した", "する", "と", "。", "し、", "られた"};
  if (emit_on(kDelayVerbs, kDelayDone, FactKind::kDelay)) return;
  static constexpr string_view kPlans[] = {"予定", "目指", "見込", "来春", "来年", "来月", "ものの", "できない",
                                           "しない", "していない", "されていない", "前に", "後に"};
  if (ContainsAny(s, kPlans)) return;
  static constexpr string_view kDone[] = {"。", "した", "された", "し、", "され、"};
  emit_on(kReleaseVerbs, kDone, FactKind::kRelease);
}

// A personnel listing (人事) gives each officer a line: the post, a
// full-width space, the name (its reading in brackets may follow), and in
// brackets after 前 the post held before:
//   取締役CTO　天羽真琴（あもう・まこと）（前ヤドカリ通信株式会社AI研究所長）
// A post before at another org is a join of the listing's company (the
// notice's, else the one the article is about) and a departure from the
// other; brackets that say the person leaves the company ("（11月30日付で
// 退任し、同日付で同社を退社）") are a departure from it. A present post
// (（現…）) or a post before inside the company gives nothing.
void Reader::ListedPost(const Shape& shape) {
  // The line, not the sentence: remarks in brackets may hold a 。
  // ("（11月30日付で退職。12月1日付で…に就任予定）").
  size_t line_start = shape.span.start;
  // "【採用】" over the lines of its posts opens the sentence of the first.
  if (StartsAt(text_, line_start, "【")) {
    size_t heading_end = text_.find("】\n", line_start);
    if (heading_end != string_view::npos && heading_end + 4 < shape.span.end &&
        text_.substr(line_start, heading_end - line_start).find("（") == string_view::npos)
      line_start = heading_end + 4;
  }
  size_t line_end = std::min(text_.find('\n', line_start), text_.size());
  string_view line = text_.substr(line_start, std::max(line_end, shape.span.end) - line_start);
  size_t open = line.find("（");
  if (open == string_view::npos) return;
  std::string name = CareerHolder(line.substr(0, open));
  const std::string& company = notice_org_.empty() ? topic_org_ : notice_org_;
  if (name.empty() || company.empty()) return;
  for (size_t at = open; StartsAt(line, at, "（");) {
    size_t close = line.find("）", at);
    if (close == string_view::npos) return;
    string_view inside = line.substr(at + 3, close - at - 3);
    if (StartsAt(inside, 0, "前")) {
      // "（前：株式会社ハシボソ・データ　主席研究員）": a colon may follow 前.
      size_t colon = StartsAt(inside, 3, "：") ? 3 : StartsAt(inside, 3, ":") ? 1 : 0;
      string_view former = inside.substr(3 + colon);
      std::string org;
      // "ヤドカリ通信株式会社AI研究所長": the name ends at its legal form.
      for (string_view form : kLegalForms)
        if (size_t p = former.find(form); org.empty() && p != string_view::npos && p > 0)
          org = std::string(former.substr(0, p));
      // "株式会社ハシボソ・データ　主席研究員": the name after the legal form
      // ends at the space before the post.
      for (string_view form : kLegalForms) {
        size_t sp = former.find("　");
        if (!org.empty() || !StartsAt(former, 0, form) || sp == string_view::npos || sp <= form.size()) continue;
        string_view named = former.substr(form.size(), sp - form.size());
        if (CodePoints(named) <= 20) org = std::string(named);
      }
      size_t from = line_start + at + 6 + colon;
      for (const auto& m : orgs_)
        if (org.empty() && m.start == from && m.end <= line_start + close) org = m.name();
      // "Kestrel Labsディレクター": Latin words glued to the post (two at
      // least: "AI研究所長" is a unit, "CTO" a post).
      if (org.empty() && IsUpperLatin(DecodeAt(former, 0))) {
        size_t k = 0, n = 0;
        while (k < former.size()) {
          char32_t c = DecodeAt(former, k, &n);
          if (!IsLatinWordChar(c) && !IsLatinJoiner(c) && c != ' ') break;
          k += n;
        }
        string_view run = former.substr(0, k);
        while (!run.empty() && run.back() == ' ') run.remove_suffix(1);
        if (Contains(run, " ")) org = std::string(run);
      }
      if (org.empty() || org == company) return;
      Emit(FactKind::kJoin, name, company, shape, 0.6, std::nullopt, "", org);
      Emit(FactKind::kDeparture, name, org, shape, 0.55, std::nullopt, "", company);
      former_orgs_[name].push_back(org);
      return;
    }
    static constexpr string_view kLeaves[] = {"退社", "退職"};
    static constexpr string_view kNot[] = {"せず", "しない", "ておらず", "予定はな"};
    if (ContainsAny(inside, kLeaves) && !ContainsAny(inside, kNot)) {
      Emit(FactKind::kDeparture, name, company, shape, 0.6);
      former_orgs_[name].push_back(company);
      // "（11月30日付で退職。12月1日付で株式会社シメ・テクノロジーズ取締役CTO
      // に就任予定）": the org of the post taken next is joined.
      size_t leave_at = std::min(Find(inside, "退社"), Find(inside, "退職"));
      size_t abs = line_start + at + 3;
      static constexpr string_view kTakes[] = {"に就任", "に入社", "に移籍", "に参画", "に転じ"};
      for (const auto& m : orgs_) {
        if (m.start < abs + leave_at || m.end > abs + inside.size() || m.name() == company) continue;
        string_view after = inside.substr(m.end - abs);
        size_t take = string_view::npos;
        for (string_view t : kTakes) take = std::min(take, Find(after, t));
        if (take == string_view::npos || take > 60 || Contains(after.substr(0, take), "、")) continue;
        Emit(FactKind::kJoin, name, m.name(), shape, 0.55, std::nullopt, "", company);
        break;
      }
      return;
    }
    at = close + 3;
  }
}

// "Aで研究者の退社が相次いでいる", "Aで人材の流出が続く": A is an org people
// keep leaving, though no subject. `at` is just after A.
bool LosingStaffAt(string_view s, size_t at) {
  if (!StartsAt(s, at, "で")) return false;
  size_t end = std::min(s.find("。", at), s.size());
  string_view clause = s.substr(at, std::min(end - at, size_t{60}));
  static constexpr string_view kLosses[] = {"退社が相次", "退職が相次", "離脱が相次", "流出が相次", "流出が続",
                                            "退社が続", "退職が続", "離職が相次", "離職が続"};
  return ContainsAny(clause, kLosses);
}

void Reader::UpdateTopic(const Shape& shape) {
  const std::string& s = shape.text;
  if (!person_topic_org_.empty()) topic_org_ = person_topic_org_;
  person_topic_org_.clear();
  for (size_t k = 0, n = 0; k < s.size(); k += n) {
    char32_t c = DecodeAt(s, k, &n);
    if (IsPersonMark(c)) {
      char32_t after = DecodeAt(s, SkipPersonTail(s, k + n));
      if (after == U'は' || after == U'が' || after == U'も') last_person_ = shape.marks[MarkIndex(c)].name();
    }
    if (!IsOrgMark(c)) continue;
    char32_t after = DecodeAt(s, k + n);
    // A personnel notice names its company once, before the list of posts
    // ("朝凪電機（4月1日）▽常務…"; the date in brackets is out of the shape).
    // A column of several companies opens each with a mark
    // ("◇朝凪電機（4月1日）…", "◇夕凪通信（…）…"): each line is a notice of
    // its own company.
    static constexpr string_view kNoticeMarks[] = {"▽", "◇", "◆"};
    bool opens = k == 0 || (k == 3 && MatchAt(s, 0, kNoticeMarks) == 3);
    bool notice = opens && ContainsAny(s, kNoticeMarks);
    if (notice && notice_org_ != shape.marks[MarkIndex(c)].name()) {
      notice_org_ = shape.marks[MarkIndex(c)].name();
      NoticeArrivals(shape);
    }
    if ((after == U'は' && !StartsAt(s, k + n, "はじめ")) || after == U'が' || after == U'も' || notice)
      topic_org_ = shape.marks[MarkIndex(c)].name();
    // A blog introducing its writers: "（株式会社）Aの研究開発チームです。",
    // "Aです。": A is the org "私たち" and "当社" are, unless one was the
    // subject before. The rest of the sentence is a few nouns and です.
    if (topic_org_.empty() && (StartsAt(s, k + n, "の") || StartsAt(s, k + n, "です"))) {
      string_view rest = string_view(s).substr(k + n);
      if (EndsAt(rest, rest.size(), "。")) rest.remove_suffix(3);
      if (EndsAt(rest, rest.size(), "です") &&
          (rest.size() == 6 || NominalChain(rest.substr(3, rest.size() - 9), 16)) && !Contains(rest, "、"))
        topic_org_ = shape.marks[MarkIndex(c)].name();
    }
    if (LosingStaffAt(s, k + n)) losing_org_ = shape.marks[MarkIndex(c)].name();
  }
  // "日本法人OpenAI Japanを設立した": the new org is what comes next.
  if (!founded_topic_.empty()) topic_org_ = founded_topic_;
  founded_topic_.clear();
}

// A personnel notice lists each post with the post held before in
// brackets, then the name: "執行役員AI推進室長（アカネ・テクノロジーAI研究部長）吉永和真".
// A former post at another company (an org or a katakana company name
// opening the brackets) is a newcomer: a join of the notice's company and a
// departure from the other. Posts inside the company ("（取締役）",
// "（AI研究所副所長）") give nothing.
void Reader::NoticeArrivals(const Shape& shape) {
  string_view r = text_.substr(shape.span.start, shape.span.end - shape.span.start);
  // clang-format off
  static constexpr string_view kTails[] = {
      "ホールディングス", "テクノロジーズ", "テクノロジー", "ラボラトリーズ", "ソリューションズ", "システムズ",
      "ロボティクス", "インテリジェンス", "ダイナミクス", "コーポレーション", "ラボ", "データ", "テック",
      "ネットワークス", "エレクトロニクス", "コミュニケーションズ", "パートナーズ"};
  // clang-format on
  // The name after the brackets that close at `close`: two to six kanji,
  // up to the next post or the end of the line; "" if there is none.
  auto name_after = [&](size_t close) -> std::string {
    size_t k = close + 3, n = 0, count = 0;
    while (k < r.size() && count < 7 && IsKanji(DecodeAt(r, k, &n))) {
      k += n;
      ++count;
    }
    if (count < 2 || count > 6) return "";
    char32_t next = DecodeAt(r, k);
    if (k < r.size() && next != U'▽' && next != U'◇' && next != U'◆' && next != U'。' && next != U'、' &&
        next != U'\n')
      return "";
    return std::string(r.substr(close + 3, k - close - 3));
  };
  for (size_t open = r.find("（"); open != string_view::npos; open = r.find("（", open + 3)) {
    size_t close = r.find("）", open);
    if (close == string_view::npos) break;
    size_t inside = open + 3;
    // "▽退任（取締役）西条遼太郎": the post left, in brackets, then the name;
    // leaves the notice's company.
    static constexpr string_view kLeft[] = {"退任", "辞任", "退職", "退社"};
    if (size_t left = MatchBefore(r, open, kLeft)) {
      static constexpr string_view kBefore[] = {"▽", "◇", "◆", "）"};
      std::string name = name_after(close);
      if (!name.empty() && MatchBefore(r, open - left, kBefore))
        Emit(FactKind::kDeparture, name, notice_org_, shape, 0.6, std::nullopt, "", "");
      continue;
    }
    std::string former;
    // A katakana company name first: in "アカネ・テクノロジーAI研究部長" the
    // capitals begin the department, not the name.
    if (IsKatakana(DecodeAt(r, inside))) {
      size_t end = KatakanaRunEnd(r, inside);
      string_view word = r.substr(inside, end - inside);
      if (MatchBefore(word, word.size(), kTails) && CodePoints(word) > 3) former = std::string(word);
    }
    for (const auto& m : orgs_)
      if (former.empty() && m.start == shape.span.start + inside && m.end <= shape.span.start + close)
        former = m.name();
    if (former.empty() || former == notice_org_) continue;
    std::string name = name_after(close);
    if (name.empty()) continue;
    Emit(FactKind::kJoin, name, notice_org_, shape, 0.6, std::nullopt, "", former);
    Emit(FactKind::kDeparture, name, former, shape, 0.55, std::nullopt, "", notice_org_);
  }
}

// Words that make a sentence worth the rules.
// clang-format off
constexpr string_view kSentenceCues[] = {
    "退", "辞", "離", "去", "移", "転", "入社", "入行", "入庁", "入省", "参画", "加わ", "加入", "合流", "入所", "就", "迎え", "招", "採用",
    "起用", "引き抜", "獲得", "創", "設立", "立ち上げ", "立ちあげ", "起業", "旗揚げ", "独立", "解雇", "解任", "任命",
    "参加", "復帰", "戻", "働き始", "勤務", "公開", "リリース", "提供", "発表", "発売", "投入", "ローンチ",
    "オープンソース化", "配信", "延期", "先送り", "後ろ倒し", "遅", "ずれ込", "見合わせ", "延ば"};
// clang-format on

// The last model a sentence names, and by whom, for the next sentence.
void Reader::RememberModel(const Shape& shape, size_t sentence) {
  const std::string& s = shape.text;
  for (size_t k = s.size(); k > 0;) {
    size_t n = 0;
    char32_t c = DecodeBefore(s, k, &n);
    k -= n;
    if (!IsModelMark(c)) continue;
    last_model_ = shape.marks[MarkIndex(c)].name();
    last_model_sentence_ = sentence;
    auto subject = SubjectOrgBefore(shape, k);
    last_model_org_ = subject ? *subject : topic_org_;
    return;
  }
}

void Reader::ReadSentence(size_t index) {
  Span span = sentences_[index];
  Shape shape = BuildShape(span, true);
  IssuerLine(shape);
  IssuerLeaving(shape);
  if (!SectionHeading(shape)) SectionModels(shape);
  CareerLine(shape, index);
  ListedPost(shape);
  EarlierCareer(shape);
  bool career_step = CareerStep(shape);
  // Descriptors ride on names; the rules need a trigger word.
  bool named = false;
  for (const auto& m : shape.marks) named = named || m.kind == MentionKind::kPerson;
  if (named) Describe(shape);
  if (ContainsAny(shape.text, kSentenceCues)) {
    std::vector<TriggerHit> triggers = FindTriggers(shape.text);
    Personnel(shape, index, triggers);
    Founding(shape, triggers);
    Models(shape, index);
    ReleasedBefore(shape);
  }
  RememberModel(shape, index);
  UpdateTopic(shape);
  previous_about_person_ = career_step;
  for (size_t k = 0, n = 0; k < shape.text.size() && !previous_about_person_; k += n) {
    char32_t c = DecodeAt(shape.text, k, &n);
    if (!IsPersonMark(c)) continue;
    char32_t after = DecodeAt(shape.text, SkipPersonTail(shape.text, k + n));
    previous_about_person_ = after == U'は' || after == U'が' || after == U'も';
    // "今回話を聞いたのは、…の小野寺翔太さん（34）。": a sentence that ends
    // in the person its のは introduces is about them.
    static constexpr string_view kEnds[] = {"", "。", "だ", "だ。", "です", "です。", "である。"};
    string_view rest = string_view(shape.text).substr(SkipPersonTail(shape.text, k + n));
    if (!previous_about_person_ && AnyOf(rest, kEnds) && Contains(string_view(shape.text).substr(0, k), "のは")) {
      previous_about_person_ = true;
      last_person_ = shape.marks[MarkIndex(c)].name();
    }
  }
  // 同年 and 同日 refer to the last year and day written.
  const std::vector<DateHit>& hits = DatesIn(shape, true);
  for (const auto& hit : hits) {
    if (Contains(string_view(shape.text).substr(hit.start, hit.end - hit.start), "年"))
      dates_.last_year = hit.date.year();
    if (hit.date.precision() == DatePrecision::kDay) dates_.last_day = hit.date;
  }
  // What was found depends on dates_.
  for (FoundDates& found : found_dates_) found.valid = false;
}

std::vector<ExtractedFact> Reader::Run() {
  FindQuotes();
  FindPeople();
  FindOrgs();
  // ICU leaves an opening bracket at the end of the sentence before it
  // ("公開した。「" + "X」と…"); give it back to the sentence it opens.
  sentences_ = context_.sentences;
  for (size_t i = 0; i + 1 < sentences_.size(); ++i) {
    static constexpr string_view kOpenings[] = {"「", "『", "（", "(", "【", "〈", "《", "“"};
    while (size_t open = MatchBefore(text_.substr(0, sentences_[i].end), sentences_[i].end, kOpenings)) {
      if (sentences_[i].end - open <= sentences_[i].start) break;
      sentences_[i].end -= open;
      sentences_[i + 1].start = sentences_[i].end;
    }
  }
  for (size_t i = 0; i < sentences_.size(); ++i) ReadSentence(i);
  return std::move(facts_);
}

}  // namespace

std::vector<ExtractedFact> ExtractJapanese(const ArticleContext& article) { return Reader(article).Run(); }

}  // namespace labwatch
