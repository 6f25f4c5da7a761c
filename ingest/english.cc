// ingest/english.cc
//
// The English rules. English news states the facts we want in a small set
// of constructions around a trigger word: a subject (a person, or an org
// for releases and hires), the trigger ("left", "joined", "co-founded",
// "released", "delayed") and an object (the org left or joined, the models
// released), plus descriptors that assert a past move ("former Google
// researcher X", "X, who previously led research at Meta") or a founding
// ("OpenAI's co-founder X").
//
// Each sentence is tokenized, then its names are found: the gazetteer's
// known names, capitalized runs classified by their shape (an org suffix
// such as "Labs" or "AI", a version number for a model, two to four
// capitalized words for a person), surnames resolved to the full name
// written elsewhere, and "the company"/"the start-up" resolved to the org
// the article is about (the first org of the title, else of the text). The
// rules then read slots around each trigger; a run whose kind is unclear
// (kName) takes the kind of the slot it fills.
//
// Reading goes in passes: the names of every sentence are found twice, so
// that what the article teaches ("Haddad" is Nadia Haddad, "Quillon" is an
// org) applies everywhere; then, in text order, the sentences with a
// trigger word get the rules, and the others only update what the article
// says about people (their org, for a later "X has resigned").
//
// Assessment (Assess) is per trigger: questions, conditions, denials,
// rumours and hedges give no fact; "will leave" is a fact announced on the
// article's day; for releases "will", plans and previews give nothing.

#include "ingest/english.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <chrono>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/text.h"
#include "ingest/byte_scan.h"
#include "ingest/fold.h"
#include "ingest/literal_matcher.h"
#include "ingest/utf8.h"
#include "ingest/word_table.h"

namespace labwatch {
namespace {

using std::string;
using std::string_view;
// A word of a literal list, as In(w, {"a", "b"}) takes it: its length is
// found at compile time. Built as string_views, the lists of the rules'
// largest functions (Read, Personnel) cost a call with a strlen per word
// at run time, where GCC had stopped inlining string_view's constructor.
struct Literal {
  template <size_t N>
  consteval Literal(const char (&literal)[N])  // implicit: In(w, {"a", "b"})
      : text(literal, std::char_traits<char>::length(literal)) {}
  string_view text;
};
using Words = std::initializer_list<Literal>;

// ---- Characters --------------------------------------------------------------

inline char32_t DecodeAt(string_view s, size_t i, size_t* size) {
  if (i >= s.size()) {
    *size = 0;
    return 0;
  }
  int32_t c = Utf8At(s, i, size);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

// ASCII, most of an English article, skips the ICU property lookups.
inline bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  auto u = static_cast<UChar32>(c);
  if (u_isalnum(u)) return true;
  int8_t type = u_charType(u);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}
// REQUIRES: c < 0x80
constexpr bool IsAsciiSpace(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);  // as u_isspace
}
bool IsSpace(char32_t c) {
  if (c < 0x80) return IsAsciiSpace(c);
  return u_isspace(static_cast<UChar32>(c)) || c == 0xA0;
}
bool IsJoiner(char32_t c) { return c == '-' || c == '.' || c == '\'' || c == 0x2019 || c == '&' || c == 0x2011; }
bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

// Word lists are scanned for every token of every sentence. Most words
// differ from the token in length or first letter, which is cheaper to test
// than calling memcmp.
[[gnu::always_inline]] inline bool SameWord(string_view a, string_view b) {
  // memcmp on b's size, which is a constant where `b` is a literal, is
  // expanded inline.
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), b.size()) == 0));
}

// Inlined, so that the lengths and first letters of a literal list are
// constants the compiler compares without loading them. That takes the
// loop unrolled too: at -O2 GCC keeps a loop over the list, and then
// writes the list's words to the stack at every call before comparing
// them (8% of the instructions of extraction went to that).
//
// Most words asked about are in no list, and the tests that turn them
// away, a branch or two per word of the list, were a twentieth of
// extraction's time. A bit for the length and first letter of each word of
// the list, found at compile time as the lengths are, turns most of them
// away with one test.
[[gnu::always_inline]] constexpr unsigned LengthAndLetterBit(string_view w) {
  return static_cast<unsigned>(w.size() * 11 + (w.empty() ? 0 : static_cast<unsigned char>(w[0]))) % 64;
}
[[gnu::always_inline]] inline bool In(string_view w, Words words) {
  uint64_t bits = 0;
#pragma GCC unroll 64
  for (const Literal& x : words) bits |= uint64_t{1} << LengthAndLetterBit(x.text);
  if ((bits >> LengthAndLetterBit(w) & 1) == 0) return false;
#pragma GCC unroll 64
  for (const Literal& x : words)
    if (SameWord(w, x.text)) return true;
  return false;
}
template <size_t N>
bool In(string_view w, const string_view (&words)[N]) {
#pragma GCC unroll 64
  for (string_view x : words)
    if (SameWord(w, x)) return true;
  return false;
}

// The length and the first, middle and last two letters: the words hashed
// are short and differ there, and hashing every byte (FNV-1a) cost more than
// the probes it saved. Only the hash changes with this; lookups still
// compare whole words.
struct WordHash {
  size_t operator()(string_view w) const {
    if (w.empty()) return 0;
    auto at = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(w[i])); };
    size_t n = w.size();
    uint64_t h = n | at(0) << 8 | at(n / 2) << 16 | at(n - 1) << 24 | at(n > 1 ? n - 2 : 0) << 32 |
                 at(n > 2 ? 1 : 0) << 40;
    h *= 0x9E3779B97F4A7C15ull;  // spreads those bits over the high ones
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

template <size_t N>
[[gnu::always_inline]] inline bool In(string_view w, const WordTable<N>& words) {
  return words.Contains(w);
}

// ---- Tokens ------------------------------------------------------------------

struct Token {
  size_t start = 0;        // byte offset in the text tokenized
  string_view text;        // as written, in the text tokenized (which outlives the token)
  string_view lower;       // ASCII letters lowered, ’ written ' (see Spellings)
  bool word = false;
  bool cap = false;        // starts with an upper-case letter
  bool digit = false;      // has a digit
  bool name_word = false;  // may be part of a name: see ClassifyNameWord
  // Whether `lower` is "the", set by Tokenize from bytes it holds already.
  // AddGenericMentions asks it of every token; comparing the spelling there
  // took a load and branches on its length and letters, mispredicted at
  // many tokens. It fits in the eight bytes the end offset took (end()),
  // so a token is still 56 bytes.
  bool the = false;
  // The index in its sentence's mentions of the mention covering it, or -1
  // (see Own). Kept in the token, in what was its padding, not in a vector
  // of the sentence: the rules ask it with the token's words, from the same
  // cache line, and a sentence allocates one vector fewer.
  int owner = -1;

  // The byte offset after it: not stored, as `text`'s size says it.
  size_t end() const { return start + text.size(); }
};
// Tokens are copied, scanned and indexed by the hundred per sentence: the
// flags and the owner live in what would be padding.
static_assert(sizeof(Token) <= 56, "a token grew past 56 bytes");

bool ClassifyNameWord(const Token& t);

string Lower(string_view s) {
  string out(s);
  bool curly = false;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    curly = curly || c == '\xE2';
  }
  if (!curly) return out;
  size_t kept = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      out[kept++] = '\'';
      i += 2;
    } else {
      out[kept++] = out[i];
    }
  }
  out.resize(kept);
  return out;
}

// Months written short, before their period.
constexpr string_view kMonthStems[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
constexpr string_view kAbbreviations[] = {"dr",  "mr", "mrs", "ms", "prof", "inc", "corp",
                                          "ltd", "co", "jr",  "sr", "st",   "vs"};

// The lower-case spellings of a text's tokens, which the tokens view: the
// text with its ASCII letters lowered once (at the same offsets), or, for
// the few tokens with a ’, a string of their own. Tokens are copied and
// compared many times over; a view costs less than a string each time.
class Spellings {
 public:
  explicit Spellings(string_view text) : Spellings(text, Lowered(text)) {}
  // REQUIRES: `lowered` is `text` with its ASCII letters lowered
  // (LowerAsciiLetters), as FindEnglishTriggers has it already.
  Spellings(string_view text, string lowered) : text_(text), lowered_(std::move(lowered)) {
    next_curly_ = lowered_.find(kCurly);
    curly_ = next_curly_ != string::npos;
  }
  static string Lowered(string_view text) {
    string lowered(text);
    LowerAsciiLetters(lowered);
    return lowered;
  }
  Spellings(const Spellings&) = delete;
  Spellings& operator=(const Spellings&) = delete;

  // The size of the text.
  size_t size() const { return text_.size(); }

  // Lower(text.substr(start, end - start)), valid as long as this object.
  // Inlined: asked once per token.
  // REQUIRES: start <= end <= text.size()
  [[gnu::always_inline]] string_view Of(size_t start, size_t end) {
    string_view lowered(lowered_.data() + start, end - start);
    if (!curly_) return lowered;
    // Tokens are asked for in text order: the next ’ at or after the last
    // start asked about answers most of them without a search. Lower
    // differs from the lowered text only at a ’: a token with another
    // character of an E2 lead byte (“, ”, —, …), as many of feed text are,
    // is viewed too, not copied.
    if (start < searched_from_) {
      if (lowered.find(kCurly) == string_view::npos) return lowered;
    } else {
      if (next_curly_ < start) next_curly_ = lowered_.find(kCurly, start);
      searched_from_ = start;
      if (next_curly_ >= end) return lowered;
    }
    return respelled_.emplace_back(Lower(text_.substr(start, end - start)));
  }

 private:
  string_view text_;
  string lowered_;
  static constexpr string_view kCurly = "\xE2\x80\x99";  // ’, which Lower writes '
  bool curly_ = false;  // whether the text has a ’ at all; most have none
  // The first ’ of lowered_ at or after searched_from_ (npos if none).
  size_t searched_from_ = 0;
  size_t next_curly_ = 0;
  std::list<string> respelled_;  // a list never moves what it holds (and allocates nothing when empty)
};

// ASCII letters and digits, 1 and 2; the bytes after which a word may go
// on, the ASCII joiners of IsJoiner and every byte of a longer sequence, 4;
// every other byte, which ends a word, 0.
constexpr std::array<uint8_t, 256> kAsciiAlnum = [] {
  std::array<uint8_t, 256> table{};
  for (int b = 'a'; b <= 'z'; ++b) table[b] = 1;
  for (int b = 'A'; b <= 'Z'; ++b) table[b] = 1;
  for (int b = '0'; b <= '9'; ++b) table[b] = 2;
  for (char b : {'-', '.', '\'', '&'}) table[static_cast<unsigned char>(b)] = 4;
  for (int b = 0x80; b < 0x100; ++b) table[b] = 4;
  return table;
}();
inline uint8_t AsciiAlnum(char b) { return kAsciiAlnum[static_cast<unsigned char>(b)]; }

#if defined(__SSE2__)
// Of the sixteen bytes at `bytes`, a bit for each ASCII letter or digit
// and a bit for each digit (bit n for byte n).
struct AlnumMasks {
  unsigned alnum;
  unsigned digit;
};
[[gnu::always_inline]] inline AlnumMasks AlnumMasks16(const char* bytes) {
  Bytes16 v;
  std::memcpy(&v, bytes, 16);
  // | 0x20 maps A-Z to a-z and no other byte into a-z; a lane below the
  // range wraps around above it.
  auto letter = static_cast<Bytes16>((v | 0x20) - 'a') <= 25;
  auto digit = static_cast<Bytes16>(v - '0') <= 9;
  using Chars16 = char __attribute__((vector_size(16)));  // what the builtin takes
  return {static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<Chars16>(letter | digit))),
          static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<Chars16>(digit)))};
}
#endif
// IsSpace of each ASCII byte, looked up for every byte between tokens.
constexpr std::array<bool, 128> kAsciiSpace = [] {
  std::array<bool, 128> table{};
  for (char32_t c = 0; c < 128; ++c) table[c] = IsAsciiSpace(c);
  return table;
}();

// out.emplace_back(), with the vector's own code inlined: in Tokenize, GCC
// called it, and the call was a fifth of a token's instructions.
[[gnu::flatten]] inline Token& AppendToken(std::vector<Token>& out) { return out.emplace_back(); }

// `spellings` are those of `text`.
// REQUIRES: end <= text.size()
std::vector<Token> Tokenize(string_view text, size_t begin, size_t end, Spellings& spellings) {
  std::vector<Token> out;
  out.reserve((end - begin) / 4 + 1);  // English averages over five bytes a token
  // MakeToken, for a token whose first code point `first` and whether it
  // has an ASCII digit are known. Inlined: it is called once per token, and
  // the call with its register saves was a fifth of its cost.
  //
  // Whether a word may be part of a name is asked of most tokens several
  // times per sentence and depends on the word alone: it is found here, for
  // the capitalized words (a token changed after `add` is no word).
  // REQUIRES: start <= stop <= end
  auto add = [&](size_t start, size_t stop, bool word, char32_t first, bool digit)
                 __attribute__((always_inline)) -> Token& {
    Token& t = AppendToken(out);
    t.start = start;
    t.text = string_view(text.data() + start, stop - start);
    t.lower = spellings.Of(start, stop);
    t.word = word;
    t.cap = word && IsUpper(first);
    t.digit = digit;
    if (t.cap) t.name_word = ClassifyNameWord(t);
    return t;
  };
  size_t i = begin;
  while (i < end) {
    size_t n = 1;
    auto lead = static_cast<unsigned char>(text[i]);
    char32_t c = lead < 0x80 ? lead : DecodeAt(text, i, &n);
    // ASCII by table: what IsSpace and IsWordChar answer for it. A run of
    // ASCII spaces is passed in one loop.
    if (lead < 0x80 ? kAsciiSpace[lead] : IsSpace(c)) {
      i += n;
      for (unsigned char b; i < end && (b = static_cast<unsigned char>(text[i])) < 0x80 && kAsciiSpace[b];) ++i;
      continue;
    }
    if (lead < 0x80 ? (AsciiAlnum(static_cast<char>(lead)) & 3) != 0 : IsWordChar(c)) {
      size_t j = i + n;
      // Whether the word has an ASCII digit: only ASCII bytes are digits,
      // and a word's joiners are not.
      uint8_t classes = c < 0x80 ? AsciiAlnum(static_cast<char>(c)) : 0;
      while (j < end) {
        // Letters and digits, most of a word: no decoding. Most words end
        // at an ASCII space or punctuation, a byte of class 0, which ends
        // the word without decoding; the class the loop stopped at says so.
        {
          const char* bytes = text.data();
          uint8_t seen = 0;
          size_t k = j;
          uint8_t stop = 0;
#if defined(__SSE2__)
          // Sixteen bytes at a time, counted to the first that is neither
          // (or to `end`), with no branch on the count: how long a word is
          // cannot be guessed, and the byte loop's exit, taken after a
          // different count at each word, was mispredicted at most words
          // (a third of Tokenize's perf samples fell just after it). The
          // bytes are loaded within the text, and counted within `end`.
          while (k + 16 <= text.size()) {
            AlnumMasks masks = AlnumMasks16(bytes + k);
            auto run = std::min<size_t>(static_cast<size_t>(std::countr_zero(~masks.alnum)), end - k);
            seen |= static_cast<uint8_t>((masks.digit & ((1u << run) - 1)) != 0 ? 2 : 0);
            k += run;
            if (run < 16) break;
          }
          // The byte loop below then stops at once, at the byte that ended
          // the letters, with its class; or goes on near the text's end.
#endif
          for (; k < end; ++k) {
            stop = AsciiAlnum(bytes[k]);
            if ((stop & 3) == 0) break;
            seen |= stop;
          }
          classes |= seen;
          j = k;
          if (j >= end || stop == 0) break;
        }
        size_t m = 0;
        char32_t d = DecodeAt(text, j, &m);
        // The loop above stopped at d: if ASCII, d is no letter or digit.
        if (d >= 0x80 && IsWordChar(d)) {
          j += m;
          continue;
        }
        if (!IsJoiner(d) || j + m >= end) break;
        size_t m2 = 0;
        char32_t e = DecodeAt(text, j + m, &m2);
        if (!IsWordChar(e)) break;
        if ((d == '\'' || d == 0x2019) && (e == 's' || e == 'S')) {
          size_t m3 = 0;
          char32_t f = j + m + m2 < end ? DecodeAt(text, j + m + m2, &m3) : 0;
          if (!IsWordChar(f)) break;  // a possessive 's
        }
        if (e < 0x80) classes |= AsciiAlnum(static_cast<char>(e));
        j += m + m2;
      }
      bool digit = (classes & 2) != 0;
      // "ex-Anthropic": the prefix is a word of its own. The check costs
      // little: "ex-" is the only word with a hyphen at byte 2. The tests
      // of this word's length and the next are made without a branch each
      // (a word of four bytes or fewer reads its last byte, never a
      // hyphen): a branch on the length, true for some words and false for
      // others, was mispredicted often; the one on both is nearly always
      // false.
      bool hyphen_at_2 = (j - i > 3) & (text[std::min(i + 2, j - 1)] == '-');
      if (hyphen_at_2 && spellings.Of(i, i + 3) == "ex-") {
        size_t m = 0;
        char32_t after = DecodeAt(text, i + 3, &m);
        // "ex-3COM": a name may begin with a digit.
        if (IsUpper(after) || (after >= '0' && after <= '9')) {
          add(i, i + 3, true, c, false);
          i += 3;
          c = after;
        }
      }
      // "Dr.", "Inc.", initials: the period belongs to the word.
      if (j < end && text[j] == '.') {
        bool initial = j - i == 1 && text[i] >= 'A' && text[i] <= 'Z';
        if (initial || In(spellings.Of(i, j), kAbbreviations)) {
          ++j;
        } else if (j - i >= 3 && j - i <= 4 && j + 2 < end && text[j + 1] == ' ' && text[j + 2] >= '0' &&
                   text[j + 2] <= '9' && In(spellings.Of(i, j), kMonthStems)) {
          // "Dec. 31", "Sept. 3": a month written short, before its day,
          // keeps its period and is read as the month (kMonthAbbreviations).
          ++j;
        }
      }
      Token& added = add(i, j, true, c, digit);
      // Its spelling is "the" if it is "the" in any case: three ASCII bytes
      // have no ’ to respell. Tested with no branch, on the first, middle
      // and last bytes, which a word of any length has; no other token is
      // spelled "the".
      size_t length = j - i;
      added.the = (length == 3) & ((c | 0x20) == 't') & ((text[i + length / 2] | 0x20) == 'h') &
                  ((text[j - 1] | 0x20) == 'e');
      // "onetime", "one-time" and "erstwhile" say what "former" says, and
      // every descriptor rule reads them so.
      bool seven_to_nine = j - i - 7 <= 2;  // j > i
      bool o_or_e = ((c | 0x20) == 'o') | ((c | 0x20) == 'e');
      if ((seven_to_nine & o_or_e) && In(added.lower, {"onetime", "one-time", "erstwhile"})) {
        added.lower = "former";
        added.name_word = false;
      }
      i = j;
      // The space after a word, as the loop's first test would pass it.
      if (i < end) i += text[i] == ' ';
      continue;
    }
    if ((c == '\'' || c == 0x2019) && i + n < end && (text[i + n] == 's' || text[i + n] == 'S')) {
      size_t m = 0;
      char32_t f = i + n + 1 < end ? DecodeAt(text, i + n + 1, &m) : 0;
      if (!IsWordChar(f) && !out.empty() && out.back().word) {
        add(i, i + n + 1, false, c, false).lower = "'s";
        i += n + 1;
        continue;
      }
    }
    // A dash typed as hyphens: "--", or a hyphen between spaces ("A - X, Y
    // and Z - have left"), reads as the em dash it stands for.
    if (c == '-') {
      size_t j = i + 1;
      while (j < end && text[j] == '-') ++j;
      bool spaced = (i == begin || text[i - 1] == ' ') && (j == end || text[j] == ' ');
      if (j - i >= 2 || spaced) {
        add(i, j, false, c, false).lower = "--";
        i = j;
        continue;
      }
    }
    // Not a word character, so not an ASCII digit; nor are the bytes of a
    // longer sequence.
    Token& t = add(i, i + n, false, c, false);
    if (c == 0x2019 || c == 0x2018) t.lower = "'";
    if (c == 0x2014 || c == 0x2013) t.lower = "--";
    i += n;
  }
  return out;
}

// ---- Lexicons ----------------------------------------------------------------

constexpr string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};
// "sept." is September too (MakeMonthNumbers).
constexpr string_view kMonthAbbreviations[] = {"jan.", "feb.", "mar.", "apr.", "may.", "jun.",
                                              "jul.", "aug.", "sep.", "oct.", "nov.", "dec."};
constexpr string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Whether `word` starts with one of the ASCII `letters`: a quick "no" for
// most words asked about a short list. Inlined, a loop over a literal
// costs less than string_view::find's call to memchr.
[[gnu::always_inline]] inline bool StartsWithOneOf(string_view word, string_view letters) {
  if (word.empty()) return false;
#pragma GCC unroll 32
  for (char letter : letters)
    if (word[0] == letter) return true;
  return false;
}

// Month and weekday names are looked up for nearly every capitalized word,
// so they are hashed once.
using WordNumbers = std::unordered_map<string_view, int, WordHash>;

WordNumbers MakeMonthNumbers() {
  WordNumbers numbers;
  int m = 1;
  for (string_view name : kMonths) numbers.emplace(name, m++);
  m = 1;
  for (string_view name : kMonthAbbreviations) numbers.emplace(name, m++);
  numbers.emplace("sept.", 9);
  return numbers;
}

// Asked of every capitalized word: most differ from all the names in length
// or first letter, which is cheaper to test than hashing.
int MonthOf(string_view lower) {
  if (lower.size() < 3 || lower.size() > 9 || !StartsWithOneOf(lower, "jfmasond")) return 0;
  static const WordNumbers kMonthNumbers = MakeMonthNumbers();
  auto it = kMonthNumbers.find(lower);
  return it == kMonthNumbers.end() ? 0 : it->second;
}
int WeekdayOf(string_view lower) {
  if (lower.size() < 6 || lower.size() > 9 || !StartsWithOneOf(lower, "mtwfs")) return 0;
  static const WordNumbers kWeekdayNumbers = [] {
    WordNumbers numbers;
    int d = 1;  // Monday = 1 ... Sunday = 7
    for (string_view name : kWeekdays) numbers.emplace(name, d++);
    return numbers;
  }();
  auto it = kWeekdayNumbers.find(lower);
  return it == kWeekdayNumbers.end() ? 0 : it->second;
}

// Capitalized words that do not begin or continue a name.
constexpr WordTable kStopCaps{
    "the",       "a",           "an",       "in",         "on",         "at",
    "of",        "for",         "to",       "by",         "with",       "and",
    "but",       "or",          "as",       "if",         "it",         "its",
    "he",        "she",         "they",     "his",        "her",        "their",
    "this",      "that",        "these",    "those",      "both",       "neither",
    "either",    "all",         "some",     "many",       "most",       "several",
    "when",      "while",       "after",    "before",     "since",      "until",
    "according", "hours",       "later",    "meanwhile",  "separately", "however",
    "also",      "then",        "now",      "today",      "yesterday",  "about",
    "under",     "over",        "despite",  "although",   "though",     "because",
    "so",        "why",         "what",     "how",        "who",        "which",
    "where",     "could",       "would",    "should",     "will",       "can",
    "no",        "not",         "only",     "even",       "perhaps",    "like",
    "unlike",    "other",       "another",  "each",       "every",      "our",
    "we",        "i",           "you",      "your",       "my",         "mr.",
    "ms.",       "mrs.",        "dr.",      "prof.",      "sir",        "senator",
    "governor",  "gov.",        "one",
    "two",       "three",       "four",     "five",       "six",        "seven",
    "eight",     "nine",        "ten",      "former",     "ex-",        "analysis",
    "update",    "exclusive",   "breaking", "there",      "here",       "is",
    "are",       "was",         "were",     "has",        "have",       "had",
    "do",        "does",        "did",      "just",       "yet",        "still",
    "once",      "last",        "next",     "earlier",    "new",        "sources",
    "people",    "read",        "more",     "see",        "why",        "inside",
    "from",      "into",        "within",   "without",    "through",    "between",
    "among",     "against",     "across",   "around",     "per",        "via",
    "than",      "whose",       "whom",     "any",        "such",       "much",
    "less",      "few",         "first",    "second",     "third",      "meet",
    "thanks",    "welcome",     "whether",  "during",     "co-founder", "cofounder",
    "founder",   "co-founders", "founders", "siblings",   "seattle",    "paris",
    "founded",   "co-founded",  "launched", "released",   "formerly",   "previously",
    "following", "asked",       "speaking", "based",      "backed",     "headquartered",
    "having",    "joining",     "leaving",  "announcing", "citing",     "amid",
    "beyond",    "currently",   "together", "instead",    "overall",    "elsewhere",
    "still",     "again",       "yes",      "ok",         "we're",      "we've",
    "we'll",     "i'm",         "i've",     "i'll",       "it's",       "they're"};

// Capitalized role words: they end a name ("Ironbark AI CEO Marcus Lee").
constexpr WordTable kRoleCaps{
    "chief",     "executive",     "officer",    "president", "vice",       "vp",         "svp",        "evp",
    "director",  "head",          "manager",    "lead",      "chair",      "chairman",   "chairwoman", "chairperson",
    "senior",    "principal",     "staff",      "engineer",  "researcher", "scientist",  "fellow",     "counsel",
    "general",   "interim",       "acting",     "ceo",       "cto",        "coo",        "cfo",        "cpo",
    "cso",       "caio",          "cro",        "cio",       "cmo",        "technology", "technical",  "operating",
    "financial", "product",       "scientific", "founding",  "professor",  "adviser",    "advisor",    "partner",
    "deputy",    "distinguished", "member",     "board",     "emeritus"};

// Words that end an org name.
constexpr WordTable kOrgSuffixes{
    "ai",         "labs",         "lab",          "inc.",      "inc",          "robotics",      "intelligence",
    "research",   "systems",      "technologies", "corp.",     "corp",         "corporation",   "ltd.",
    "ltd",        "llc",          "group",        "capital",   "ventures",     "partners",      "institute",
    "university", "networks",     "dynamics",     "computing", "software",     "foundation",    "holdings",
    "analytics",  "forum",        "studios",      "machines",  "therapeutics", "semiconductor", "semiconductors",
    "motors",     "laboratories", "laboratory",   "college",   "academy",      "bank",          "co.",
    "industries", "cloud",        "compute",      "data",      "sciences",     "automation",    "silicon",
    "bio",        "biosciences",  "health",       "energy",    "quantum",      "reasoning"};

// Two-word places that look like names.
constexpr WordTable kPlaces{
    "san francisco",  "new york",       "palo alto",      "tel aviv",    "los angeles",      "hong kong",
    "silicon valley", "united states",  "united kingdom", "san jose",    "mountain view",    "menlo park",
    "new delhi",      "abu dhabi",      "san diego",      "las vegas",   "washington dc",    "south korea",
    "north america",  "european union", "saudi arabia",   "costa rica",  "rio de janeiro",   "buenos aires",
    "sao paulo",      "são paulo",      "white house",    "wall street", "hugging face hub", "app store",
    "play store"};

// Single capitalized words that are never a name of interest.
constexpr WordTable kNotNames{"apache",    "mit",        "series",   "chatgpt",   "api",     "github copilot",
                                     "linkedin",  "x",          "us",       "u.s.",      "uk",      "u.k.",
                                     "eu",        "asia",       "africa",   "korea",     "taiwan",  "congress",
                                     "senate",    "nasdaq",     "ai",       "llm",       "llms",    "gpu",
                                     "gpus",      "agi",        "ipo",      "nyse",      "sec",     "ftc",
                                     "doj",       "covid",      "covid-19", "q1",        "q2",      "q3",
                                     "q4",        "h1",         "h2",       "h100",      "h200",    "b200",
                                     "a100",      "gb200",      "ios",      "android",   "windows", "linux",
                                     "nobel",     "turing",     "twitter",  "bloomberg", "reuters", "davos",
                                     "europe",    "america",    "china",    "india",     "japan",   "france",
                                     "germany",   "britain",    "canada",   "israel",    "london",  "beijing",
                                     "tokyo",     "hangzhou",   "shenzhen", "shanghai",  "toronto", "montreal",
                                     "singapore", "berlin",     "zurich",   "stockholm", "madrid",  "milan",
                                     "lyon",      "austin",     "denver",   "boston",    "seattle", "paris",
                                     "texas",     "california", "chinese",  "american",  "french",  "european",
                                     "british",   "german",     "japanese", "indian",    "korean"};

// Lower-case role words, for role fields and descriptor skipping.
constexpr WordTable kRoleWords{"chief",
                                      "executive",
                                      "exec",
                                      "execs",
                                      "officer",
                                      "president",
                                      "vice",
                                      "director",
                                      "head",
                                      "manager",
                                      "lead",
                                      "leader",
                                      "chair",
                                      "chairman",
                                      "senior",
                                      "principal",
                                      "staff",
                                      "engineer",
                                      "engineers",
                                      "researcher",
                                      "researchers",
                                      "professors",
                                      "scientist",
                                      "scientists",
                                      "fellow",
                                      "counsel",
                                      "general",
                                      "interim",
                                      "acting",
                                      "ceo",
                                      "cto",
                                      "coo",
                                      "cfo",
                                      "cpo",
                                      "cso",
                                      "caio",
                                      "cro",
                                      "cio",
                                      "cmo",
                                      "vp",
                                      "svp",
                                      "evp",
                                      "technology",
                                      "technical",
                                      "operating",
                                      "financial",
                                      "product",
                                      "scientific",
                                      "research",
                                      "ai",
                                      "of",
                                      "alignment",
                                      "safety",
                                      "engineering",
                                      "infrastructure",
                                      "post-training",
                                      "pretraining",
                                      "pre-training",
                                      "policy",
                                      "founding",
                                      "member",
                                      "members",
                                      "professor",
                                      "adviser",
                                      "advisor",
                                      "partner",
                                      "deputy",
                                      "distinguished",
                                      "machine",
                                      "learning",
                                      "applied",
                                      "team",
                                      "employee",
                                      "employees",
                                      "executives",
                                      "leaders",
                                      "colleague",
                                      "colleagues",
                                      "programmer",
                                      "developer",
                                      "developers",
                                      "designer",
                                      "architect",
                                      "strategist",
                                      "economist",
                                      "analyst",
                                      "chairwoman",
                                      "board",
                                      "global",
                                      "operations",
                                      "communications",
                                      "marketing",
                                      "sales",
                                      "data",
                                      "security",
                                      "perception",
                                      "robotics",
                                      "software",
                                      "hardware",
                                      "science",
                                      "-designate",
                                      "emeritus",
                                      "co-lead",
                                      "intern",
                                      "veteran",
                                      "alum",
                                      "alumnus",
                                      "alumna",
                                      "star",
                                      "top",
                                      "longtime",
                                      "long-time",
                                      "former",
                                      "ex-",
                                      "cofounder",
                                      "co-founder",
                                      "founder",
                                      "and",
                                      "generative",
                                      "frontier",
                                      "multimodal",
                                      "models",
                                      "model",
                                      "training",
                                      "evaluation",
                                      "evaluations",
                                      "pretrained",
                                      "language",
                                      "large",
                                      "open",
                                      "source",
                                      "computer",
                                      "vision",
                                      "speech",
                                      "audio",
                                      "agents",
                                      "agent",
                                      "reasoning",
                                      "memory",
                                      "compute",
                                      "lab",
                                      "labs",
                                      "revenue",
                                      "commercial",
                                      "business",
                                      "people",
                                      "legal",
                                      "strategy",
                                      "growth",
                                      "design",
                                      "information",
                                      "digital",
                                      "medical",
                                      "partnerships",
                                      "relations",
                                      "customer",
                                      "risk",
                                      "compliance",
                                      "trust",
                                      "ethics",
                                      "quality",
                                      "talent",
                                      "human",
                                      "group",
                                      "unit",
                                      "division",
                                      "superalignment",
                                      "inference",
                                      "platform",
                                      "devices",
                                      "physicist",
                                      "physicists",
                                      "mathematician",
                                      "neuroscientist",
                                      "statistician",
                                      "linguist",
                                      "roboticist",
                                      "technologist",
                                      "entrepreneur",
                                      "entrepreneurs",
                                      "chemist",
                                      "biologist",
                                      "physician",
                                      "academic",
                                      "underwriter",
                                      "consultant",
                                      "banker",
                                      "lawyer",
                                      "attorney",
                                      "accountant",
                                      "journalist",
                                      "editor",
                                      "trader"};

constexpr WordTable kAux{
    "has",        "have",       "had",        "is",          "are",      "was",          "were",         "be",
    "been",       "being",      "will",       "would",       "'s",       "also",         "recently",     "officially",
    "formally",   "quietly",    "just",       "now",         "then",     "already",      "all",          "both",
    "too",        "later",      "eventually", "finally",     "abruptly", "subsequently", "himself",      "herself",
    "themselves", "itself",     "reportedly", "effectively", "suddenly", "ultimately",   "originally",   "first",
    "initially",  "since",      "last",       "this",        "earlier",  "week",         "month",        "year",
    "today",      "yesterday",  "together",   "jointly",     "publicly", "swiftly",      "unexpectedly", "each",
    "themselves", "shortly",    "soon",       "immediately", "once",     "again",        "likewise",     "ago",
    "briefly",    "previously", "both",       "began",       "begun",    "begins",       "helped",       "helps",
    "did",        "does",       "instead"};

// ---- Mentions ----------------------------------------------------------------

// kName is a capitalized run whose kind the slot it fills decides.
enum class MKind { kPerson, kOrg, kModel, kName };

struct Mention {
  MKind kind = MKind::kName;
  // For a run FindRuns found that is still a kName: its index in the
  // sentence's runs, whose key is FoldKey(name); else -1. Learn asks the
  // key of every name run twice per pass, and folding the name each time
  // was most of the folding done. (An index, not the key: a string more
  // made every copy and sort of mentions dearer than the folding saved.)
  int run = -1;
  size_t begin = 0;  // token indices [begin, end)
  size_t end = 0;
  string name;
  const NameEntry* entry = nullptr;
  bool generic = false;             // "the company": `name` is the org it stands for
  bool titled = false;              // "Dr." before it
  bool bare_context_model = false;  // "Claude" alone: a model only in a list slot
};

struct Sentence {
  Span span;
  std::vector<Token> tok;
  std::vector<Mention> men;  // covering tokens as their `owner`s say
  bool question = false;

  size_t size() const { return tok.size(); }
  // string_view, so that comparing with a literal checks the length first.
  // Asked thousands of times per article; GCC stopped inlining them in
  // the rules' larger functions, and a call costs more than the test.
  [[gnu::always_inline]] string_view W(size_t i) const {
    return i < tok.size() ? string_view(tok[i].lower) : string_view();
  }
  [[gnu::always_inline]] bool Is(size_t i, string_view w) const { return i < tok.size() && SameWord(tok[i].lower, w); }
  [[gnu::always_inline]] const Mention* At(size_t i) const {
    if (i >= tok.size() || tok[i].owner < 0) return nullptr;
    return &men[static_cast<size_t>(tok[i].owner)];
  }
  // The mention that starts at token i.
  const Mention* StartsAt(size_t i) const {
    const Mention* m = At(i);
    return m && m->begin == i ? m : nullptr;
  }
  // The mention that ends just before token i.
  const Mention* EndsBefore(size_t i) const {
    if (i == 0) return nullptr;
    const Mention* m = At(i - 1);
    return m && m->end == i ? m : nullptr;
  }
};

bool IsPersonLike(const Mention* m) { return m && (m->kind == MKind::kPerson || m->kind == MKind::kName); }

bool IsRoleWord(string_view lower) { return In(lower, kRoleWords); }

// "X, co-founder and former CTO of A,": a role still held, joined by "and"
// before "former", says nothing against the post that is over. Where the
// descriptor starts: before that role and its article, else `b`.
size_t BeforeCurrentRole(const Sentence& s, size_t b) {
  if (b < 2 || !s.Is(b - 1, "and") || s.At(b - 2) ||
      !(IsRoleWord(s.W(b - 2)) || In(s.W(b - 2), {"co-founder", "cofounder", "founder"})))
    return b;
  b -= 2;
  while (b > 0 && In(s.W(b - 1), {"a", "an", "the"})) --b;
  return b;
}

// ---- Dates -------------------------------------------------------------------

bool ValidDay(int year, unsigned month, unsigned day) {
  return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok();
}

Date ShiftMonth(const Date& d, int delta) {
  int index = d.year() * 12 + static_cast<int>(d.month()) - 1 + delta;
  return Date::Month(index / 12, static_cast<unsigned>(index % 12 + 1));
}

std::optional<int> YearToken(const Token& t) {
  if (t.text.size() != 4 || !std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int y = std::stoi(string(t.text));
  if (y < 1950 || y > 2100) return std::nullopt;
  return y;
}
std::optional<unsigned> DayToken(const Token& t) {
  if (!t.digit) return std::nullopt;  // most tokens; the rest are read below
  string s(t.lower);
  for (string_view suffix : {"st", "nd", "rd", "th"})
    if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0)
      s.resize(s.size() - suffix.size());
  if (s.empty() || s.size() > 2 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int d = std::stoi(s);
  if (d < 1 || d > 31) return std::nullopt;
  return static_cast<unsigned>(d);
}

struct DateHit {
  Date date;
  size_t begin = 0, end = 0;  // tokens
};

// A date expression starting at token i, resolved against `pub`; `future`
// says whether the event lies ahead (for "in May" without a year).
std::optional<DateHit> DateAt(const Sentence& s, size_t i, const Date& pub, bool future) {
  if (i >= s.size()) return std::nullopt;
  string_view w = s.W(i);
  auto month_year = [&](int m, size_t next, bool strict_last) -> DateHit {
    if (next < s.size()) {
      if (auto y = YearToken(s.tok[next])) return {Date::Month(*y, static_cast<unsigned>(m)), i, next + 1};
    }
    int y = pub.year();
    auto pm = static_cast<int>(pub.month());
    if (strict_last) {
      if (m >= pm) --y;
    } else if (future) {
      if (m < pm) ++y;
    } else if (m > pm) {
      --y;
    }
    return {Date::Month(y, static_cast<unsigned>(m)), i, next};
  };
  if (w == "today") return DateHit{pub, i, i + 1};
  if (w == "yesterday") return DateHit{Date::FromDays(pub.FirstDay() - std::chrono::days(1)), i, i + 1};
  if (int wd = WeekdayOf(w)) {
    auto p = pub.FirstDay();
    int today = static_cast<int>(std::chrono::weekday(p).iso_encoding());
    int delta = future ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
    return DateHit{Date::FromDays(p + std::chrono::days(delta)), i, i + 1};
  }
  if (int m = MonthOf(w)) {
    if (w == "may" && !s.tok[i].cap) return std::nullopt;
    // "May 30", "May 30, 2025"
    if (i + 1 < s.size()) {
      if (auto d = DayToken(s.tok[i + 1])) {
        size_t next = i + 2;
        int y = pub.year();
        bool explicit_year = false;
        if (s.Is(next, ",") && next + 1 < s.size() && YearToken(s.tok[next + 1])) {
          y = *YearToken(s.tok[next + 1]);
          next += 2;
          explicit_year = true;
        } else if (next < s.size() && YearToken(s.tok[next])) {
          y = *YearToken(s.tok[next]);
          ++next;
          explicit_year = true;
        }
        if (!explicit_year) {
          auto pm = static_cast<int>(pub.month());
          auto pd = static_cast<int>(pub.day());
          if (future && (m < pm || (m == pm && static_cast<int>(*d) < pd))) ++y;
          if (!future && (m > pm || (m == pm && static_cast<int>(*d) > pd))) --y;
        }
        if (ValidDay(y, static_cast<unsigned>(m), *d))
          return DateHit{Date::Day(y, static_cast<unsigned>(m), *d), i, next};
      }
    }
    return month_year(m, i + 1, false);
  }
  if (auto d = DayToken(s.tok[i])) {  // "30 May 2025"
    if (int m = MonthOf(s.W(i + 1))) {
      DateHit h = month_year(m, i + 2, false);
      if (ValidDay(h.date.year(), static_cast<unsigned>(m), *d))
        return DateHit{Date::Day(h.date.year(), static_cast<unsigned>(m), *d), i, h.end};
    }
  }
  if (auto y = YearToken(s.tok[i])) {
    if (i > 0 && (s.Is(i - 1, "in") || s.Is(i - 1, "since") || s.Is(i - 1, "of") || s.Is(i - 1, "early") ||
                  s.Is(i - 1, "late") || s.Is(i - 1, "mid") || s.Is(i - 1, "by") || s.Is(i - 1, "until")))
      return DateHit{Date::Year(*y), i, i + 1};
    return std::nullopt;
  }
  if (w == "last" || w == "this" || w == "next" || w == "earlier" || w == "later") {
    size_t j = i + 1;
    int shift = w == "last" ? -1 : w == "next" ? 1 : 0;
    if ((w == "earlier" || w == "later") && s.Is(j, "this")) ++j;
    string_view unit = s.W(j);
    if (unit == "month") return DateHit{ShiftMonth(Date::Month(pub.year(), pub.month()), shift), i, j + 1};
    if (unit == "week") {
      // A week has no precision of its own: the month it falls in.
      Date day = Date::FromDays(pub.FirstDay() + std::chrono::days(7 * shift));
      return DateHit{Date::Month(day.year(), day.month()), i, j + 1};
    }
    if (unit == "year") return DateHit{Date::Year(pub.year() + shift), i, j + 1};
    if (int m = MonthOf(unit)) {
      if (w == "last") return month_year(m, j + 1, true);
      if (w == "this") return DateHit{Date::Month(pub.year(), static_cast<unsigned>(m)), i, j + 1};
    }
    if (int wd = WeekdayOf(unit)) {
      if (w == "last") {
        auto p = pub.FirstDay();
        int today = static_cast<int>(std::chrono::weekday(p).iso_encoding());
        int back = (today - wd + 7) % 7;
        if (back == 0) back = 7;
        return DateHit{Date::FromDays(p - std::chrono::days(back)), i, j + 1};
      }
    }
    return std::nullopt;
  }
  if (w == "end" && s.Is(i + 1, "of")) {  // "the end of May", "the end of the year"
    size_t j = i + 2;
    if (s.Is(j, "the") && s.Is(j + 1, "year")) return DateHit{Date::Month(pub.year(), 12), i, j + 2};
    if (s.Is(j, "this") && s.Is(j + 1, "year")) return DateHit{Date::Month(pub.year(), 12), i, j + 2};
    if (s.Is(j, "next") && s.Is(j + 1, "year")) return DateHit{Date::Month(pub.year() + 1, 12), i, j + 2};
    if (s.Is(j, "the") && s.Is(j + 1, "month")) return DateHit{Date::Month(pub.year(), pub.month()), i, j + 2};
    if (int m = MonthOf(s.W(j))) return month_year(m, j + 1, false);
  }
  return std::nullopt;
}

// ---- Assertion ---------------------------------------------------------------

enum class Mode { kPersonnel, kRelease, kDelay, kFounding };

struct Assessment {
  bool asserted = true;
  bool future = false;
};

// Inlined, with memcmp on the suffix's size: a constant for a literal.
[[gnu::always_inline]] inline bool EndsWith(string_view s, string_view suffix) {
  return s.size() >= suffix.size() &&
         (suffix.empty() || std::memcmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0);
}

// Whether the trigger at token t asserts the event, and whether the event
// lies ahead ("will leave", "is leaving").
Assessment Assess(const Sentence& s, size_t t, Mode mode) {
  // Each is tested on every word before a trigger.
  static constexpr WordTable kDenials{
      "if",        "whether", "unless",   "denied",   "denies",   "deny",        "denying",    "rumors",
      "rumours",   "rumor",   "rumour",   "rumored",  "rumoured", "speculation", "speculated", "hypothetically",
      "dismissed", "refuted", "rejected", "rebutted", "disputed", "denial", "incorrectly", "erroneously"};
  static constexpr WordTable kHedges{
      "could",    "may",       "might",      "should",      "considering", "considers",    "consider",
      "weighing", "mulling",   "talks",      "discussions", "negotiating", "negotiations", "likely",
      "unlikely", "possibly",  "probably",   "poised",      "preparing",   "hopes",        "hoping",
      "wants",    "trying",    "tried",      "seeks",       "seeking",     "aims",         "aiming",
      "aimed",    "intends",   "intending",  "intended",    "plans",       "planned",      "planning",
      "plan",     "expects",   "expected",   "expecting",   "never",       "not",          "no",
      "lure",     "courting",  "offered",    "offer",       "attempt",     "attempted",    "can",
      "cannot",   "refused",   "declined",   "ready",       "rather",      "instead",      "supposed",
      "hoped",    "reluctant", "threatened", "threatening", "urged"};
  Assessment a;
  if (s.question) return {false, false};
  // Sentence-wide: a denial or a condition before the trigger.
  for (size_t i = 0; i < t; ++i) {
    if (In(s.W(i), kDenials)) return {false, false};
    // A correction: "An earlier version of this article said that X had
    // left A" retracts the move.
    if (In(s.W(i), {"earlier", "previous"}) && s.Is(i + 1, "version") && s.Is(i + 2, "of")) return {false, false};
    // "pushed back on reports that it had delayed X": a rebuttal.
    if (In(s.W(i), {"pushed", "push", "pushes", "pushing"}) && s.Is(i + 1, "back") &&
        In(s.W(i + 2), {"on", "against"}))
      return {false, false};
  }
  // After it, the source: "X has left A, according to rumours", "per
  // unconfirmed reports" (not "amid speculation about a sale").
  for (size_t i = t + 2; i < s.size(); ++i) {
    if (!In(s.W(i), {"rumors", "rumours", "rumor", "rumour", "speculation", "unconfirmed", "unverified"})) continue;
    size_t source = s.Is(i - 1, "to") || s.Is(i - 1, "per") ? i - 1 : i - 2;
    if (s.Is(source, "per") || (s.Is(source, "to") && s.Is(source - 1, "according"))) return {false, false};
  }
  // Clause-local: hedges between the clause start and the trigger.
  size_t start = t;
  while (start > 0) {
    string_view w = s.W(start - 1);
    if (w == ";" || w == ":" || w == "--" || w == "," || w == "(" || w == "but" || w == "while" || w == "whereas" ||
        w == "although" || w == "." || w == "\"" || w == "\xE2\x80\x9C")
      break;
    if (t - start >= 12) break;
    --start;
  }
  for (size_t i = start; i < t; ++i) {
    string_view w = s.W(i);
    string_view next = s.W(i + 1);
    // "instead of joining" hedges; "has instead released M", right before
    // the verb, is what was done in place of something else.
    // "in May" inside a sentence is the month, not the modal.
    if (In(w, kHedges) && !(w == "instead" && i + 1 == t) && !(w == "may" && i > 0 && s.tok[i].cap))
      return {false, false};
    if (EndsWith(w, "n't")) return {false, false};
    if (w == "said" && next == "to") return {false, false};
    // "I had to say that X was going to retire": a plan or a prediction
    // as of then, not a move, unless reported as announced ("X announced
    // that she was going to retire").
    if (In(w, {"was", "were"}) && next == "going" && s.Is(i + 2, "to") && mode == Mode::kPersonnel) {
      bool reported = false, opinion = false;
      for (size_t r = 0; r < i; ++r) {
        if (In(s.W(r), {"confirmed", "confirms", "announced", "announces", "told", "said", "says"})) reported = true;
        if (In(s.W(r), {"i", "we", "predicted", "predicts", "guessed", "thought", "believed", "expected", "assumed"}))
          opinion = true;
      }
      if (!reported || opinion) return {false, false};
      a.future = true;
    }
    if (w == "would" && mode != Mode::kDelay) {
      // "Google confirmed that X would leave at the end of June": reported
      // speech of an announced move, unless a condition follows.
      bool reported = false, opinion = false;
      for (size_t r = 0; r < i; ++r) {
        if (In(s.W(r), {"confirmed", "confirms", "confirming", "announced", "announces", "announcing", "said", "says",
                        "saying", "told", "wrote", "writes", "writing"}))
          reported = true;
        // "Analysts said X would leave", "employees believed X would join":
        // a guess, not an announcement.
        if (In(s.W(r), {"analysts", "analyst", "investors", "investor", "observers", "experts", "commentators",
                        "critics", "believed", "believe", "believes", "think", "thinks", "thought", "predicted",
                        "predicts", "predict", "guessed", "bet", "suspect", "suspected", "speculate"}))
          opinion = true;
      }
      if (opinion) reported = false;
      for (size_t r = t + 1; r < s.size(); ++r)
        if (In(s.W(r), {"if", "unless"})) reported = false;
      if (mode != Mode::kPersonnel || !reported) return {false, false};
      a.future = true;
    }
    if (w == "will" || w == "'ll" || w == "shall") {
      if (mode == Mode::kRelease) return {false, false};
      a.future = true;
    }
    if (In(w, {"set", "agreed", "agrees", "due", "slated", "scheduled"}) && next == "to") {
      if (mode == Mode::kRelease) return {false, false};
      a.future = true;
    }
    if (w == "about" && next == "to") return mode == Mode::kRelease ? Assessment{false, false} : Assessment{true, true};
  }
  // "is leaving", "are joining": an announced move.
  if (mode == Mode::kPersonnel && t > 0 && EndsWith(s.W(t), "ing") && In(s.W(t - 1), {"is", "are", "'s"}))
    a.future = true;
  if (mode == Mode::kPersonnel && t > 0 && s.W(t - 1) == "to" && t >= 2 && s.W(t - 2) != "ways" && s.tok[t - 2].word &&
      !In(s.W(t - 2), {"left", "departed", "quit", "resigned", "exited", "due", "set"}) && s.At(t - 2) != nullptr)
    a.future = true;  // headline style: "X to leave Y"
  // Right after the trigger: promises and previews.
  if (mode == Mode::kRelease) {
    for (size_t i = t + 1; i < s.size() && i < t + 12; ++i) {
      string_view w = s.W(i);
      if (w == ";" || w == ".") break;
      // "launched A and said a larger system would follow later this
      // year": the promise is about another model.
      if (In(w, {"said", "says", "added", "but", "while", "whereas"}) && i > t + 1) break;
      if ((w == "early" && s.W(i + 1) == "access") || (w == "next" && s.W(i + 1) == "year") ||
          (w == "later" && s.W(i + 1) == "this") || w == "soon" || w == "upcoming" || w == "waitlist" ||
          (In(w, {"select", "selected", "limited", "trusted", "private"}) &&
           In(s.W(i + 1),
              {"partners", "customers", "testers", "users", "group", "preview", "developers", "researchers", "beta"}) &&
           // "a week after a limited preview": the preview is over.
           !In(s.W(i - 1), {"after", "following", "since"}) &&
           !(In(s.W(i - 1), {"a", "its", "the"}) && In(s.W(i - 2), {"after", "following", "since"}))))
        return {false, false};
    }
  }
  return a;
}

// ---- Reader ------------------------------------------------------------------

struct Subject {
  std::vector<string> persons;
  size_t begin = 0;  // token range of the subject phrase
  size_t end = 0;
  bool found = false;
};

// The bit of a key in a LearnedTable's filter (below): the length and the
// first, middle and last bytes, where keys differ. The same in every table,
// so a key asked of several (as Classify asks a run's) is hashed once.
size_t LearnedBit(const string& key) {
  if (key.empty()) return 0;
  auto at = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(key[i])); };
  size_t h = ((key.size() * 31 + at(0)) * 31 + at(key.size() / 2)) * 31 + at(key.size() - 1);
  return (h ^ (h >> 8)) % 256;
}

// A map or set keyed by FoldKey, with a filter of the keys it holds: most
// names a run is asked about were never learned, and the filter turns them
// away in a few instructions where the table compared them with each of
// its keys (a small std::unordered_map compares rather than hashes). Keys
// are never removed, so the filter only ever gains bits.
template <typename Table>
class LearnedTable {
 public:
  using iterator = typename Table::iterator;
  using const_iterator = typename Table::const_iterator;
  iterator find(const string& key) { return find(key, LearnedBit(key)); }
  const_iterator find(const string& key) const { return find(key, LearnedBit(key)); }
  size_t count(const string& key) const { return count(key, LearnedBit(key)); }
  // The same, given LearnedBit(key).
  iterator find(const string& key, size_t bit) { return MayHave(bit) ? table_.find(key) : table_.end(); }
  const_iterator find(const string& key, size_t bit) const { return MayHave(bit) ? table_.find(key) : table_.end(); }
  size_t count(const string& key, size_t bit) const { return MayHave(bit) ? table_.count(key) : 0; }
  iterator end() { return table_.end(); }
  const_iterator end() const { return table_.end(); }
  bool empty() const { return table_.empty(); }
  auto& operator[](const string& key) {
    Add(key);
    return table_[key];
  }
  auto insert(const string& key) {
    Add(key);
    return table_.insert(key);
  }

 private:
  bool MayHave(size_t bit) const { return (filter_[bit / 64] >> (bit % 64) & 1) != 0; }
  void Add(const string& key) {
    size_t bit = LearnedBit(key);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  uint64_t filter_[256 / 64] = {};
  Table table_;
};

class Reader {
 public:
  // `lowered` is LowerAsciiLetters of the article's text.
  Reader(const ArticleContext& article, const std::vector<Span>& stems, string lowered)
      : a_(article), stems_(stems), text_(article.article.text), spellings_(article.article.text, std::move(lowered)) {}
  std::vector<ExtractedFact> Run();

 private:
  // Building sentences.
  // A sentence with its known names and generic mentions ("the company"),
  // which depend on its tokens alone; AddRunMentions completes it.
  Sentence BuildKnown(string_view text, Span span, std::vector<Token> tokens,
                      const std::vector<Gazetteer::Match>& names);
  // Both REQUIRE the tokens' `owner` set from `s.men` (all -1 for none), and keep it so.
  void AddGazetteerMentions(Sentence& s, string_view text, const std::vector<Gazetteer::Match>& names);
  void AddGenericMentions(Sentence& s);
  // A capitalized run that may be a name, its shape read: an org, a model,
  // or a name (kName) whose kind depends on what the article teaches, with
  // its FoldKey. Runs depend on the sentence's tokens and known mentions
  // alone, so each sentence's are found once and classified in each pass.
  struct NameRun {
    Mention mention;
    string key;  // FoldKey(mention.name) for a kName, else empty
  };
  // `spellings` are those of the text `s` was tokenized from (text_).
  std::vector<NameRun> FindRuns(const Sentence& s, Spellings& spellings) const;
  // What a run is by what the article has taught so far: its kind, and the
  // name it stands for where that is not its own (nullptr), which stays
  // valid until the article teaches more. Only a kName run can be other
  // than FindRuns made it.
  struct RunClass {
    MKind kind;
    const string* name = nullptr;
  };
  RunClass Classify(const NameRun& run) const;
  // Adds `runs` (FindRuns(s)) to the mentions of `s`, each name classified
  // by what the article has taught so far.
  void AddRunMentions(Sentence& s, const std::vector<NameRun>& runs);
  // Whether AddRunMentions(s, runs) would now give `s` the mentions `men`,
  // which it gave them before (on the same known mentions): whether each
  // run is classified as there.
  bool ClassifiedAs(const std::vector<NameRun>& runs, const std::vector<Mention>& men) const;
  // Puts the mentions of `s` in text order and sets the tokens' `owner` from them.
  void Index(Sentence& s);
  // `runs` are those of `s` (FindRuns), which AddRunMentions added.
  void Learn(const Sentence& s, const std::vector<NameRun>& runs);
  // What Learn asked of what the article had taught: whether `key` was a
  // person (persons_) or else an org (orgs_), and the answer.
  struct Asked {
    bool person = false;
    // The key asked: that of the sentence's run `run`, else (-1) `key`. Most
    // keys asked are runs', and copying each cost more than the question.
    int run = -1;
    string key;
    bool known = false;
  };
  // persons_.count(key) > 0, or orgs_.count(key) > 0; noted in learn_asked_
  // if set. `run` is the index of the sentence's run whose key `key` is, or
  // -1.
  bool AskedInLearn(bool person, const string& key, int run = -1) {
    bool known = person ? persons_.count(key) > 0 : orgs_.count(key) > 0;
    if (learn_asked_) {
      if (learn_asked_->empty()) learn_asked_->reserve(4);
      learn_asked_->push_back(Asked{person, run, run >= 0 ? string() : key, known});
    }
    return known;
  }
  // AskedInLearn for mention `m` of the sentence whose runs are `runs`:
  // with its run's key, else its name folded.
  bool AskedInLearn(bool person, const Mention& m, const std::vector<NameRun>& runs) {
    return m.run >= 0 ? AskedInLearn(person, runs[static_cast<size_t>(m.run)].key, m.run)
                      : AskedInLearn(person, FoldKey(m.name));
  }
  // Whether each of `asked` has the answer it had; `runs` are those of the
  // sentence Learn asked them for.
  bool SameAnswers(const std::vector<Asked>& asked, const std::vector<NameRun>& runs) const {
    for (const auto& a : asked) {
      const string& key = a.run >= 0 ? runs[static_cast<size_t>(a.run)].key : a.key;
      if ((a.person ? persons_.count(key) > 0 : orgs_.count(key) > 0) != a.known) return false;
    }
    return true;
  }
  std::vector<Asked>* learn_asked_ = nullptr;
  // Read's list of the tokens that start a rule, kept to save allocating
  // one per sentence.
  std::vector<size_t> read_heads_;
  void ResolveGenerics(Sentence& s);

  // Names.
  void RegisterPerson(const string& name);
  // The same, given FoldKey(name).
  void RegisterPerson(const string& name, const string& key);
  // These fold the name only where the table has keys: the rules ask them
  // of many names in articles that taught no org.
  bool LearnedOrg(const string& name) const { return !orgs_.empty() && LearnedOrgKey(FoldKey(name)); }
  bool RegisteredPerson(const string& name) const { return !persons_.empty() && persons_.count(FoldKey(name)) > 0; }
  std::optional<string> ShortOrg(const string& name) const {
    if (short_orgs_.empty()) return std::nullopt;
    return ShortOrgOfKey(FoldKey(name));
  }
  // The same, given FoldKey(name): a run is asked all of these, and folding
  // it once per question cost more than the lookups.
  std::optional<string> SurnameOfKey(const string& key) const {
    const string* name = SurnameOf(key);
    return name ? std::optional<string>(*name) : std::nullopt;
  }
  // The same, nullptr for none; valid until the article teaches more.
  const string* SurnameOf(const string& key) const;
  // The same, given LearnedBit(key).
  const string* SurnameOf(const string& key, size_t bit) const;
  bool LearnedOrgKey(const string& key) const { return orgs_.count(key) > 0; }
  std::optional<string> ShortOrgOfKey(const string& key) const {
    auto it = short_orgs_.find(key);
    if (it == short_orgs_.end() || it->second.empty()) return std::nullopt;
    return it->second;
  }

  // Slots.
  struct OrgHit {
    string name;
    size_t end = 0;  // token after the org phrase
    bool generic = false;
  };
  std::optional<OrgHit> OrgAt(const Sentence& s, size_t i, bool allow_single_name = true) const;
  struct GroupSourceHit {
    string name;
    size_t from = 0;  // the "from" before the org
  };
  std::optional<GroupSourceHit> GroupSource(const Sentence& s, size_t k, size_t noun_end) const;
  bool RelativeFounding(const Sentence& s, size_t t) const;
  std::optional<string> PersonAt(const Sentence& s, size_t i) const;
  std::vector<string> GroupEndingAt(const Sentence& s, const Mention& m, size_t* begin) const;
  struct ListItem {
    string person;
    string from;  // "all from OpenAI"
  };
  std::vector<ListItem> PersonListAt(const Sentence& s, size_t i, size_t* end, size_t* last_name_end = nullptr) const;
  size_t SkipFillersBack(const Sentence& s, size_t j) const;
  size_t SkipFillersForward(const Sentence& s, size_t i) const;
  Subject PersonSubject(const Sentence& s, size_t t) const;
  std::optional<string> QuoteSpeaker(const Sentence& s, size_t t) const;
  std::optional<string> OrgSubject(const Sentence& s, size_t t, size_t* begin) const;
  std::optional<string> ResolvePronoun(const Sentence& s, size_t i) const;
  std::optional<string> NearestPersonBefore(const Sentence& s, size_t i, size_t floor = 0) const;
  std::optional<string> NearestOrgBefore(const Sentence& s, size_t i) const;
  std::optional<string> OrgBeforeSubordinateIt(const Sentence& s, size_t it) const;
  struct OwnedModel {
    string model;
    string owner;
  };
  std::optional<OwnedModel> ModelAfterModelNoun(const Sentence& s, size_t comma) const;
  // The last model named before token `i` and whose it is (its entry's
  // company, else the nearest org before it, else the article's topic).
  std::optional<OwnedModel> ModelBefore(const Sentence& s, size_t i) const;
  std::optional<string> AffiliationIn(const Sentence& s, size_t begin, size_t end) const;
  void GroupNamed(const Sentence& s);
  void EmitGroupMembers(const Sentence& s, const std::vector<ListItem>& items);
  void LastDay(const Sentence& s, size_t t);
  bool WelcomedOrJoinsUs(const Sentence& s, size_t t);
  bool OwnQuoteJoin(const Sentence& s, size_t t);
  void VariantsOf(const Sentence& s, size_t t);
  void MovedFromTo(const Sentence& s, size_t t);
  void TakesOver(const Sentence& s);
  void OutAs(const Sentence& s, size_t t);
  void CameFrom(const Sentence& s, size_t t);
  string last_founded_org_;  // the org of the last founding read
  const Sentence* next_sentence_ = nullptr;      // the one after the sentence being read, if any
  const Sentence* previous_sentence_ = nullptr;  // and the one before it
  std::optional<string> AppositiveAffiliation(const Sentence& s, size_t begin, size_t end,
                                              const string& person) const;
  std::optional<DateHit> DateNear(const Sentence& s, size_t t, size_t te, bool future) const;
  string RoleAfter(const Sentence& s, size_t i) const;
  size_t ClauseEnd(const Sentence& s, size_t i) const;

  // Rules.
  void Read(Sentence& s);
  void Personnel(const Sentence& s, size_t t, size_t te, bool departure, bool org_subject_verb);
  void Founding(const Sentence& s, size_t t, size_t te);
  void FounderNoun(const Sentence& s, size_t t);
  void CompanyLaunch(const Sentence& s, size_t t, size_t te);
  void Release(const Sentence& s, size_t t, size_t te, bool made_available);
  void Delay(const Sentence& s, size_t t, size_t te);
  std::optional<string> ReleasedFamilyOrg(const string& model) const;
  void StintOrgsAfter(const Sentence& s, size_t at, std::vector<string>* orgs) const;
  void Rescheduled(const Sentence& s);
  void Descriptors(const Sentence& s);
  void NowHeads(const Sentence& s, size_t first_fact);
  void WhomHired(const Sentence& s);
  bool ModelsDiscussed();
  void Appointment(const Sentence& s, size_t t);
  void NounDeparture(const Sentence& s, size_t t);
  void Ouster(const Sentence& s, size_t t);
  bool GroupWhoLeft(const Sentence& s, size_t t, size_t te);
  void LostTo(const Sentence& s, size_t t);
  void NewHires(const Sentence& s, size_t t);
  void NotifiedOfDecision(const Sentence& s);
  void AppointedToServe(const Sentence& s);
  // Also notes a correction's announcement (correction_).
  bool RestatesTheError(const Sentence& s);
  void NowAvailable(const Sentence& s, size_t t);
  void AsDid(const Sentence& s, size_t at, size_t first_fact);
  // `from_and_verb`: whether `s` has "from" and one of kGroupMoveVerbs.
  void GroupMove(const Sentence& s, bool from_and_verb);
  void RecordAffiliations(const Sentence& s);

  void Emit(const Sentence& s, FactKind kind, const string& person, const string& org, const string& model,
            const string& other, const string& role, std::optional<Date> date, std::optional<Date> announced,
            double confidence);

  const ArticleContext& a_;
  const std::vector<Span>& stems_;  // EnglishTriggerStems of the text
  string_view text_;
  Spellings spellings_;  // of the article's text, viewed by its tokens
  LearnedTable<std::unordered_map<string, string>> persons_;   // FoldKey(full name) -> full name
  LearnedTable<std::unordered_map<string, string>> surnames_;  // FoldKey(last word) -> full name, "" if ambiguous
  // FoldKey(first word of a person's name) -> the name, "" if two share it:
  // "Tobias" for Tobias Rehn in a post that calls him by his first name.
  LearnedTable<std::unordered_map<string, string>> given_names_;
  LearnedTable<std::unordered_set<string>> orgs_;  // FoldKey of orgs learned from context
  // FoldKey of an org's name without its suffix ("Kintyre" of "Kintyre AI")
  // -> the org, "" if two orgs share it.
  LearnedTable<std::unordered_map<string, string>> short_orgs_;
  std::unordered_map<string, string> affiliation_;  // FoldKey(person) -> org
  // The org of the last unnamed group departure ("Two researchers have quit
  // Palisade AI"), for the named departures that follow without an org.
  string group_departure_org_;
  size_t group_departure_end_ = 0;  // where its sentence ends: only the next one uses it
  // Where that group went ("... for Google DeepMind"), or the org that hired
  // an unnamed group ("B has hired three researchers from A"), for the
  // names given in the next sentence ("They are X, Y and Z").
  string group_destination_;
  // How many the group was ("three researchers"), 0 if no number was
  // given: a list of exactly that many names opening the next sentence
  // names its members.
  size_t group_count_ = 0;
  struct NamedRun {
    string name;  // "" if ambiguous
    string key;   // FoldKey(name), kept to compare with the next run of the same last word
  };
  LearnedTable<std::unordered_map<string, NamedRun>> last_words_;  // FoldKey(last word of a name run) -> the run
  // Counts the changes to what the article taught (persons_, given_names_,
  // surnames_, orgs_, short_orgs_, last_words_): where it has not moved,
  // classifying a run or learning from a sentence again gives what it gave.
  uint64_t learned_ = 0;
  string topic_;
  bool topic_from_title_ = false;
  // Where the text first names a topic taken from the text (not the
  // title): before it, the topic is no org the reader has met.
  size_t topic_named_at_ = 0;
  // Whether a word of the article shows it talks about models; found on
  // first asking (ModelsDiscussed), as few articles ever ask and the answer
  // takes a look at every token.
  std::optional<bool> models_discussed_;
  const std::vector<Sentence>* sentences_ = nullptr;  // all of the article's, for ModelsDiscussed
  string last_subject_person_;        // the first person of the last sentence that had one
  std::vector<string> last_subject_;  // the subject of the last personnel trigger in this sentence
  bool last_subject_hired_ = false;    // ... named as the object of an org's hire
  std::optional<string> last_release_org_;
  // The models the article has released so far, with their org (for
  // ReleasedFamilyOrg).
  std::vector<std::pair<string, string>> released_;
  std::optional<string> last_hiring_org_;  // the org that hired or named someone in this sentence
  struct Pending {
    string from, to;
    int ttl = 0;
  };
  std::optional<Pending> pending_;
  string welcome_org_;  // the org a post welcomed someone to: the "us" of "X joins us"
  // Whether a sentence read so far announced a correction ("An earlier
  // version of this article contained errors"): the sentences after it
  // that restate the error ("It said that X had left A") assert nothing.
  bool correction_ = false;
  std::vector<ExtractedFact> facts_;
};

// ---- Building ----------------------------------------------------------------

// Sets the tokens' `owner` from the mentions of `s`, which are in text order.
void Own(Sentence& s) {
  for (Token& t : s.tok) t.owner = -1;
  for (size_t k = 0; k < s.men.size(); ++k)
    for (size_t i = s.men[k].begin; i < s.men[k].end && i < s.tok.size(); ++i) s.tok[i].owner = static_cast<int>(k);
}

void Reader::Index(Sentence& s) {
  // No two mentions start on one token (each starts on a token no other
  // covers), so any sort gives this order. The gazetteer's mentions come
  // sorted already, and std::sort would still move each of them twice.
  auto by_begin = [](const Mention& x, const Mention& y) { return x.begin < y.begin; };
  if (!std::is_sorted(s.men.begin(), s.men.end(), by_begin)) std::sort(s.men.begin(), s.men.end(), by_begin);
  Own(s);
}

// Tokens begin to end of `s` as written in `text` (the text their offsets
// are in), spaces and all; empty if begin >= end. Joined copies it.
string_view JoinedView(const Sentence& s, size_t begin, size_t end, string_view text) {
  if (begin >= end) return {};
  return text.substr(s.tok[begin].start, s.tok[end - 1].end() - s.tok[begin].start);
}
string Joined(const Sentence& s, size_t begin, size_t end, string_view text) {
  return string(JoinedView(s, begin, end, text));
}

bool IsNameWordToken(const Token& t);

bool IsVersionToken(const Token& t) {
  if (!t.word) return false;
  if (t.digit) return true;
  return false;
}

void Reader::AddGazetteerMentions(Sentence& s, string_view text, const std::vector<Gazetteer::Match>& names) {
  // `names` are in text order and do not overlap: only those that start
  // inside the sentence can lie in it, and no two share a start.
  auto starting_at_or_after = [&](size_t offset) {
    return std::lower_bound(names.begin(), names.end(), offset,
                            [](const Gazetteer::Match& m, size_t start) { return m.start < start; });
  };
  auto first_name = starting_at_or_after(s.span.start);
  // Most sentences name nothing the gazetteer knows.
  if (first_name == names.end() || first_name->start >= s.span.end) return;
  const size_t known = s.men.size();
  std::vector<bool> taken(s.tok.size(), false);
  for (auto name = first_name; name != names.end() && name->start < s.span.end; ++name) {
    const Gazetteer::Match& m = *name;
    if (m.end > s.span.end) continue;
    size_t b = 0;
    while (b < s.tok.size() && s.tok[b].end() <= m.start) ++b;
    size_t e = b;
    while (e < s.tok.size() && s.tok[e].start < m.end) ++e;
    if (b >= e) continue;
    bool overlap = false;
    for (size_t i = b; i < e; ++i) overlap = overlap || taken[i];
    if (overlap) continue;
    const NameEntry* entry = m.entry;
    Mention men;
    men.begin = b;
    men.end = e;
    men.entry = entry;
    bool partial = s.tok[e - 1].end() > m.end || s.tok[b].start < m.start;
    char32_t first = 0;
    {
      size_t n = 0;
      first = DecodeAt(text, m.start, &n);
    }
    bool capitalized = IsUpper(first) || (first >= '0' && first <= '9');
    auto version_like = [&](size_t i) {
      if (i >= s.tok.size() || !s.tok[i].digit || YearToken(s.tok[i])) return false;
      string_view v = s.tok[i].lower;
      bool letter = std::any_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      return letter || v.find('.') != string::npos || v.size() == 1;
    };
    bool org_model = entry->kind == NameKind::kOrg && !partial &&
                     (version_like(e) || (e + 1 < s.tok.size() && IsNameWordToken(s.tok[e]) && version_like(e + 1)));
    if (entry->kind == NameKind::kModel || org_model ||
        (entry->kind == NameKind::kOrg && partial && s.tok[e - 1].digit)) {
      men.kind = MKind::kModel;
      // Extend: "Llama" + " 4 Scout", "Gemini" + " 2.0 Flash-Lite".
      size_t extra = 0;
      while (e < s.tok.size() && extra < 4) {
        const Token& t = s.tok[e];
        if (!t.word) break;
        bool ok = false;
        if (IsVersionToken(t) && !YearToken(t))
          ok = true;
        else if (t.cap && !In(t.lower, kStopCaps) && !MonthOf(t.lower) && !WeekdayOf(t.lower) &&
                 !In(t.lower, kRoleCaps) && !In(t.lower, {"ai", "api", "app", "apps", "studio", "cloud", "chat"}))
          ok = true;
        else if (In(t.lower, {"mini", "turbo", "nano", "instruct"}))
          ok = true;
        if (!ok) break;
        // A capitalized word that starts another known name ends the model.
        auto other = starting_at_or_after(t.start);
        if (other != names.end() && other->start == t.start) break;
        if (e + 1 < s.tok.size() && s.tok[e + 1].lower == "'s") break;
        ++e;
        ++extra;
      }
      men.end = e;
      men.name = Joined(s, b, e, text);
      if (entry->needs_context && extra == 0 && !s.tok[b].digit && men.name.find('-') == string::npos)
        men.bare_context_model = true;
    } else {
      if (partial) continue;
      if (entry->needs_context && !capitalized) continue;
      if (!capitalized && entry->kind == NameKind::kPerson) continue;
      men.kind = entry->kind == NameKind::kOrg ? MKind::kOrg : MKind::kPerson;
      men.name = Joined(s, b, e, text);
      if (men.kind == MKind::kPerson) RegisterPerson(entry->canonical);
    }
    for (size_t i = b; i < men.end; ++i) taken[i] = true;
    s.men.push_back(std::move(men));
  }
  if (s.men.size() != known) Index(s);
}

// "the company", "the Paris start-up", "the Hangzhou-based start-up".
void Reader::AddGenericMentions(Sentence& s) {
  // Tables, not lists: asked of each word after a "the", and a list's
  // tests branched on the word's length, which cannot be guessed.
  static constexpr WordTable kHeads{"company", "start-up",  "startup", "lab",           "laboratory", "firm",
                                    "outfit",  "developer", "maker",   "chatbot-maker", "group"};
  static constexpr WordTable kEnds{"of", "and", "to", "in", "that", "which", "who", ",", "for", "with"};
  const size_t known = s.men.size();
  const size_t n = s.size();
  // The tokens a mention may start at: a "the" no known mention covers.
  // Found for 64 tokens at a time, as the bits of a word, without a branch
  // per token; then only those are visited, in order. Owners do not change
  // in this loop (the sentence is indexed after it).
  size_t next = 0;  // a mention ends before this token
  for (size_t base = 0; base < n; base += 64) {
    const size_t count = std::min<size_t>(64, n - base);
    uint64_t starts = 0;
    for (size_t k = 0; k < count; ++k) {
      const Token& t = s.tok[base + k];
      starts |= static_cast<uint64_t>(t.the & (t.owner < 0)) << k;
    }
    for (; starts != 0; starts &= starts - 1) {
      const size_t i = base + static_cast<size_t>(std::countr_zero(starts));
      if (i < next) continue;
      // Six words: "the San Francisco-based artificial intelligence developer".
      for (size_t j = i + 1; j < n && j <= i + 6; ++j) {
        if (s.tok[j].owner >= 0 || !s.tok[j].word) break;
        string_view w = s.tok[j].lower;
        if (In(w, kHeads)) {
          if (w == "group" && j == i + 1) break;  // "the group" is too vague
          if (w == "developer" || w == "maker") {
            if (j == i + 1) break;
          }
          // "the Berlin lab Kelderhaus Systems": a descriptor of the org
          // named next, not a mention of another.
          // (Only the gazetteer's names are found yet: a capitalized name
          // word right after the head starts one.)
          if (j + 1 < n && j > i + 1 && ClassifyNameWord(s.tok[j + 1]) && s.tok[j + 1].owner < 0) break;
          if (const Mention* next_mention = s.StartsAt(j + 1); next_mention && next_mention->kind == MKind::kOrg)
            break;
          // "the company's" is fine; "the company behind X" too.
          Mention m;
          m.kind = MKind::kOrg;
          m.begin = i;
          m.end = j + 1;
          m.generic = true;
          s.men.push_back(m);
          next = j + 1;
          break;
        }
        if (In(w, kEnds)) break;
      }
    }
  }
  // Most sentences have no generic mention: their owners are set already.
  if (s.men.size() != known) Index(s);
}

// A capitalized word that is not a stop word, month, weekday or role word.
// The capitalized words ClassifyNameWord turns away: kStopCaps, what MonthOf
// and WeekdayOf know, kRoleCaps. One lookup instead of four, for every
// capitalized word.
constexpr auto kNotNameWords = UnionOf(kStopCaps, WordTable(kMonths), WordTable(kMonthAbbreviations),
                                       WordTable{"sept."}, WordTable(kWeekdays), kRoleCaps);

bool ClassifyNameWord(const Token& t) { return t.word && t.cap && !In(t.lower, kNotNameWords); }

bool IsNameWordToken(const Token& t) { return t.name_word; }

// A field written as an acronym, as in "head of AI" or "head of ML".
bool IsFieldAcronym(const Token& t) {
  return In(t.text, {"AI", "ML", "NLP", "RL", "UX", "HR"});
}

// FoldKey(t.text). A token has no spaces to collapse, so the key of a plain
// ASCII one is its lower-case spelling.
// Written into `out`, which may keep its buffer (a run's key in place).
void AssignTokenKey(string& out, const Token& t) {
  bool ascii = std::all_of(t.text.begin(), t.text.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii && t.word)
    out.assign(t.lower);
  else
    out = FoldKey(t.text);
}
string TokenKey(const Token& t) {
  string key;
  AssignTokenKey(key, t);
  return key;
}

// Lower(name), where `name` is Joined(s, i, j, text_) and `spellings` those
// of text_: the lower-case spelling of tokens i to j, viewed without a copy
// (in `storage` only where the sentence is not in text_).
string_view LowerName(const Sentence& s, size_t i, size_t j, const string& name, Spellings& spellings,
                      string* storage) {
  if (s.span.end > spellings.size()) return *storage = Lower(name);
  return spellings.Of(s.tok[i].start, s.tok[j - 1].end());
}

// "Bio-AI", "Neuro-Labs": a hyphenated word that ends in an org suffix.
bool HyphenSuffix(const Token& t) {
  size_t dash = t.lower.rfind('-');
  if (dash == string::npos || dash == 0 || dash + 1 >= t.lower.size()) return false;
  return In(string_view(t.lower).substr(dash + 1), kOrgSuffixes);
}

// Two to six upper-case letters and digits, two letters at least: "CSCO",
// "3COM", "IBM".
bool IsAcronymToken(const Token& t) {
  if (!t.word || t.text.size() < 2 || t.text.size() > 6) return false;
  int letters = 0;
  for (char c : t.text) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (!(c >= '0' && c <= '9')) return false;
  }
  return letters >= 2;
}

std::vector<Reader::NameRun> Reader::FindRuns(const Sentence& s, Spellings& spellings) const {
  // Asked of most capitalized words: tables, not lists to scan.
  static constexpr WordTable kCompanyForms{"inc.", "inc", "ltd.", "ltd", "corp.", "llc",
                                           "co.",  "plc", "gmbh", "sa",  "ag"};
  static constexpr WordTable kParticles{"de", "van", "von", "der", "den", "da",  "di",  "del", "della", "du",
                                        "le", "la",  "bin", "al",  "ibn", "ter", "dos", "das", "y"};
  static constexpr WordTable kTitles{"dr.", "prof.", "mr.", "ms.", "mrs.", "dr", "professor"};
  std::vector<NameRun> added;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    // Most tokens are neither capitalized nor a number: such a token starts
    // no run (a name word is capitalized) and is no acronym after "ex-"
    // below. One test passes them, as it does a token a mention covers.
    const Token& at = s.tok[i];
    if ((!at.cap && !at.digit) || at.owner >= 0) {
      ++i;
      continue;
    }
    // "ex-CSCO Jayla Orrin", "Ex-3COM exec X": an acronym or a ticker right
    // after "ex-" is the org left, not the first word of a name after it.
    // (s.tok[i - 1].lower is s.W(i - 1), without testing i - 1 against
    // the size again: this is asked of every capitalized token.)
    if (i > 0 && s.tok[i - 1].lower == "ex-" && IsAcronymToken(at)) {
      Mention m;
      m.begin = i;
      m.end = i + 1;
      m.kind = MKind::kOrg;
      m.name = Joined(s, i, i + 1, s.span.end > text_.size() ? string_view() : text_);
      if (added.empty()) added.reserve(8);
      added.emplace_back(std::move(m), string());
      ++i;
      continue;
    }
    if (!IsNameWordToken(at)) {
      ++i;
      continue;
    }
    size_t j = i;
    bool org = false, model = false;
    size_t words = 0;
    while (j < n && s.tok[j].owner < 0) {
      const Token& t = s.tok[j];
      if (t.word && t.cap && j > i && !In(t.lower, kRoleCaps) && (In(t.lower, kOrgSuffixes) || HyphenSuffix(t))) {
        ++j;
        org = true;
        // "LG AI Research", "Kestrel Labs Robotics": suffixes chain.
        while (j < n && s.tok[j].owner < 0 && s.tok[j].word && s.tok[j].cap && !In(s.tok[j].lower, kRoleCaps) &&
               (In(s.tok[j].lower, kOrgSuffixes) || s.tok[j].lower == "technology"))
          ++j;
        // "Allen Institute for AI", "Kestrel Institute of Technology".
        if (j + 1 < n && In(s.W(j - 1), {"institute", "university", "center", "centre", "college", "academy"}) &&
            In(s.W(j), {"for", "of"}) && s.tok[j + 1].owner < 0 && s.tok[j + 1].word && s.tok[j + 1].cap &&
            !In(s.W(j + 1), kStopCaps) && !MonthOf(s.W(j + 1)) && !WeekdayOf(s.W(j + 1))) {
          j += 2;
          while (j < n && s.tok[j].owner < 0 && IsNameWordToken(s.tok[j])) ++j;
        }
        // "Nebula Labs Inc."
        while (j < n && s.tok[j].owner < 0 &&
               In(s.W(j), kCompanyForms))
          ++j;
        break;
      }
      if (t.word && t.cap && In(t.lower, {"research", "technology"}) && j > i) {
        ++j;
        org = true;
        break;
      }
      // "Singapore-based Cinder AI": the name starts after the place.
      if (IsNameWordToken(t) && (EndsWith(t.lower, "-based") || EndsWith(t.lower, "-headquartered")) && j + 1 < n &&
          s.tok[j + 1].owner < 0 && IsNameWordToken(s.tok[j + 1])) {
        i = j + 1;
        j = i;
        words = 0;
        model = false;
        continue;
      }
      if (IsNameWordToken(t)) {
        if (t.digit) model = true;
        ++j;
        ++words;
        continue;
      }
      if (t.word && t.digit && j > i && !YearToken(t)) {
        model = true;
        ++j;
        continue;
      }
      if (j > i && In(t.lower, kParticles)) {
        // "de la Cruz", "van der Berg": particles before a capitalized word.
        size_t p = j;
        while (p < n && s.tok[p].owner < 0 && In(s.W(p), kParticles) && p < j + 3) ++p;
        if (p < n && s.tok[p].owner < 0 && IsNameWordToken(s.tok[p])) {
          j = p;
          continue;
        }
      }
      if (t.lower == "of" && j > i &&
          In(s.W(j - 1), {"university", "institute", "school", "bank", "college", "academy"}) && j + 1 < n &&
          IsNameWordToken(s.tok[j + 1])) {
        ++j;
        continue;
      }
      if (t.lower == "&" && j > i && j + 1 < n && IsNameWordToken(s.tok[j + 1])) {
        ++j;
        continue;
      }
      break;
    }
    if (j == i) {
      ++i;
      continue;
    }
    bool titled = i > 0 && In(s.W(i - 1), kTitles);
    // "San Francisco-based", "Paris-headquartered": a place describing the
    // org named or meant next, never a name itself.
    if (!org && !model && (EndsWith(s.W(j - 1), "-based") || EndsWith(s.W(j - 1), "-headquartered"))) {
      i = j;
      continue;
    }
    if (In(s.W(i), kNotNames) && !org) {
      i = j;
      continue;
    }
    // "Harbour API", "the Vanta SDK": a product to call, not a model.
    if (!org && In(s.W(j - 1), {"api", "apis", "sdk"})) {
      i = j;
      continue;
    }
    // "The Information reported": a publication, not a name.
    if (!org && !model && i > 0 && s.tok[i - 1].text == "The" && j < n &&
        In(s.W(j), {"reported", "reports", "said", "wrote", "first"})) {
      i = j;
      continue;
    }
    // "Head of Computational Biology at Genentech": a department in a
    // title; the org is the one after "at".
    if (!model && i >= 2 && s.W(i - 1) == "of" && s.tok[i - 2].cap && In(s.W(i - 2), kRoleCaps) && j < n &&
        s.W(j) == "at") {
      i = j;
      continue;
    }
    // The run is built in its place, its strings written there: a mention
    // and key built first and moved in copied each string once more (a
    // short string's move is a copy). It is taken out again where it turns
    // out no name.
    if (added.empty()) added.reserve(8);  // growing by one, two, four moved each run's strings
    NameRun& run = added.emplace_back();
    Mention& m = run.mention;
    m.begin = i;
    m.end = j;
    m.titled = titled;
    m.name.assign(JoinedView(s, i, j, s.span.end > text_.size() ? string_view() : text_));
    if (org) {
      m.kind = MKind::kOrg;
      // "Nebula Labs Inc." is Nebula Labs, and "Lumenfold Inc." Lumenfold.
      size_t last = j;
      while (last > i + 1 && In(s.W(last - 1), kCompanyForms) &&
             (In(s.W(last - 2), kOrgSuffixes) || last - 2 == i))
        --last;
      m.name.assign(JoinedView(s, i, last, text_));
    } else if (model) {
      m.kind = MKind::kModel;
      string storage;
      string_view lower = LowerName(s, i, j, m.name, spellings, &storage);
      if (lower.size() == 2 && (lower[0] == 'q' || lower[0] == 'h')) {
        added.pop_back();
        i = j;
        continue;
      }
    } else {
      // One word is its token, whose lower-case spelling was asked about
      // kNotNames above; and every place is two words or more.
      bool one_word = j == i + 1;
      if (!one_word) {
        string storage;
        string_view lower = LowerName(s, i, j, m.name, spellings, &storage);
        if (In(lower, kPlaces) || In(lower, kNotNames)) {
          added.pop_back();
          i = j;
          continue;
        }
      }
      m.kind = MKind::kName;
      if (one_word && m.name == s.tok[i].text)
        AssignTokenKey(run.key, s.tok[i]);
      else
        run.key = FoldKey(m.name);
    }
    i = j;
  }
  return added;
}

Reader::RunClass Reader::Classify(const NameRun& run) const {
  const Mention& m = run.mention;
  if (m.kind != MKind::kName) return {m.kind};
  const string& key = run.key;
  const size_t bit = LearnedBit(key);  // for every table asked below
  if (m.end - m.begin == 1) {
    if (const string* full = SurnameOf(key, bit)) return {MKind::kPerson, full};
    if (auto it = short_orgs_.find(key, bit); it != short_orgs_.end() && !it->second.empty())
      return {MKind::kOrg, &it->second};
    if (orgs_.count(key, bit) > 0) return {MKind::kOrg};
    if (auto given = given_names_.find(key, bit); given != given_names_.end() && !given->second.empty())
      return {MKind::kPerson, &given->second};
    return {MKind::kName};
  }
  if (persons_.count(key, bit) > 0) return {MKind::kPerson};
  if (auto it = short_orgs_.find(key, bit); it != short_orgs_.end() && !it->second.empty())
    return {MKind::kOrg, &it->second};
  if (orgs_.count(key, bit) > 0) return {MKind::kOrg};
  return {MKind::kName};
}

// Before the "siblings" rule below, AddRunMentions gives `s` the known
// mentions and the runs with their classes, so the same classes give the
// same list; the rule changes only a one-word kName before "and" and a
// two-word name, and on its own result it changes nothing more.
bool Reader::ClassifiedAs(const std::vector<NameRun>& runs, const std::vector<Mention>& men) const {
  size_t at = 0;
  for (const auto& run : runs) {
    while (at < men.size() && men[at].begin < run.mention.begin) ++at;
    if (at == men.size() || men[at].begin != run.mention.begin) return false;
    RunClass c = Classify(run);
    if (men[at].kind != c.kind || men[at].name != (c.name ? *c.name : run.mention.name)) return false;
  }
  return true;
}

void Reader::AddRunMentions(Sentence& s, const std::vector<NameRun>& runs) {
  // The known mentions and the runs are each in text order, and no run
  // starts on a token a known mention covers: merged, they are in the order
  // Index's sort gives (which moved every mention twice even when sorted).
  // Merged from the back, in place: no vector is made for the merge, and
  // pass 2 merges into what pass 1 grew.
  size_t known = s.men.size();
  size_t left = runs.size();  // runs not yet merged
  s.men.resize(known + left);
  for (size_t to = known + left; left > 0;) {  // the known mentions before the first run are in place
    --to;
    if (known > 0 && s.men[known - 1].begin > runs[left - 1].mention.begin) {
      s.men[to] = std::move(s.men[--known]);
      continue;
    }
    // Copied into its place and classified there: a copy moved in after
    // moved each name once more.
    Mention& m = s.men[to];
    const NameRun& run = runs[--left];
    m = run.mention;
    if (m.kind == MKind::kName) {
      RunClass c = Classify(run);
      m.kind = c.kind;
      if (c.name) m.name = *c.name;
      if (m.kind == MKind::kName) m.run = static_cast<int>(left);
    }
  }
  Own(s);
  // "siblings Dario and Daniela Amodei": the first name borrows the surname.
  for (size_t k = 0; k + 1 < s.men.size(); ++k) {
    Mention& first = s.men[k];
    const Mention& second = s.men[k + 1];
    if (first.kind != MKind::kName || first.end - first.begin != 1) continue;
    if (!s.Is(first.end, "and") || second.begin != first.end + 1) continue;
    if (!IsPersonLike(&second) || second.end - second.begin != 2) continue;
    if (first.begin > 0 && s.tok[first.begin - 1].cap) continue;
    string surname(s.tok[second.end - 1].text);
    first.name += " " + surname;
    first.kind = MKind::kPerson;
    first.run = -1;
  }
}

// `tokens` are Tokenize(text, span.start, span.end).
Sentence Reader::BuildKnown(string_view text, Span span, std::vector<Token> tokens,
                            const std::vector<Gazetteer::Match>& names) {
  Sentence s;
  s.span = span;
  s.tok = std::move(tokens);  // owned by no mention yet
  string_view body = text.substr(span.start, span.end - span.start);
  while (!body.empty() && (body.back() == '"' || body.back() == '\'' || body.back() == ')' || body.back() == ' '))
    body.remove_suffix(1);
  s.question =
      !body.empty() && (body.back() == '?' || EndsWith(body, "?\xE2\x80\x9D") || EndsWith(body, "?\xE2\x80\x99"));
  AddGazetteerMentions(s, text, names);
  AddGenericMentions(s);
  return s;
}

void Reader::RegisterPerson(const string& name) { RegisterPerson(name, FoldKey(name)); }

void Reader::RegisterPerson(const string& name, const string& key) {
  if (persons_.count(key)) return;
  persons_[key] = name;
  ++learned_;
  size_t space = name.rfind(' ');
  if (space == string::npos) return;
  string first = FoldKey(name.substr(0, name.find(' ')));
  if (auto given = given_names_.find(first); given == given_names_.end())
    given_names_[first] = name;
  else if (FoldKey(given->second) != key)
    given->second = "";
  string last = FoldKey(name.substr(space + 1));
  auto it = surnames_.find(last);
  if (it == surnames_.end()) {
    surnames_[last] = name;
  } else if (FoldKey(it->second) != key) {
    it->second = "";  // two people share it
  }
}

const string* Reader::SurnameOf(const string& key) const { return SurnameOf(key, LearnedBit(key)); }

const string* Reader::SurnameOf(const string& key, size_t bit) const {
  auto it = surnames_.find(key, bit);
  if (it != surnames_.end()) {
    if (it->second.empty()) return nullptr;
    return &it->second;
  }
  // A name written in full elsewhere in the article: "Maria Gonzalez ...
  // Gonzalez previously ran".
  auto run = last_words_.find(key, bit);
  if (run != last_words_.end() && !run->second.name.empty() && !LearnedOrgKey(run->second.key))
    return &run->second.name;
  return nullptr;
}

// The first pass: which capitalized runs are people, which are orgs.
void Reader::Learn(const Sentence& s, const std::vector<NameRun>& runs) {
  // The word lists are asked of nearly every name of every sentence, twice:
  // tables, not lists to scan.
  static constexpr WordTable kOrgHeads{
      "start-up",   "startup", "company",  "lab",        "laboratory", "firm",         "maker",        "developer",
      "provider",   "unicorn", "rival",    "non-profit", "nonprofit",  "organization", "organisation", "institute",
      "subsidiary", "spinout", "spin-off", "venture",    "business",   "platform",     "competitor"};
  static constexpr WordTable kModelHeads{"model",     "models",  "family", "version", "chatbot",
                                         "assistant", "system",  "llm",    "series",  "successor",
                                         "upgrade",   "variant", "release"};
  static constexpr WordTable kAfterOrgHead{
      "that",    "which",    "based",  "founded", "backed", "building", "developing",    "focused",
      "known",   "in",       "with",   "of",      "for",    "whose",    "specializing",  "specialising",
      "making",  "led",      "valued", "best",    "spun",   "owned",    "run",           "created",
      "started", "launched", "and",    "from",    "behind", "where",    "headquartered", "he", "funded", "financed",
      "she",     "they",     "it",     "we"};
  static constexpr WordTable kAppositiveRoles{
      "chief",      "head",      "ceo",      "cto",       "researcher", "scientist", "engineer",
      "founder",    "co-founder", "president", "director", "vice",      "who",        "whose",
      "currently",  "formerly",  "previously", "professor", "executive"};
  static constexpr WordTable kOrgBefore{"start-up", "startup", "co-founded", "cofounded", "founded", "lab", "company",
                                        "firm",     "rival",   "unicorn",    "labs",      "competitor", "subsidiary"};
  static constexpr WordTable kPersonBefore{
      "ceo",       "cto",        "executive",    "officer",     "scientist", "researcher", "engineer",
      "founder",   "co-founder", "cofounder",    "president",   "director",  "chair",      "head",
      "siblings",  "counsel",    "dr.",          "prof.",       "mr.",       "ms.",        "mrs.",
      "professor", "investor",   "entrepreneur", "hired",       "appointed", "poached",    "recruited",
      "lured",     "welcomed",   "welcomes",   "welcome",    "welcoming",  "including",    "researchers", "engineers", "scientists", "executives",
      "veteran",   "alumnus",    "alumna",       "billionaire", "magnate"};
  static constexpr WordTable kMoveBefore{"at", "joined", "join", "joins", "left", "leave", "leaving", "quit",
                                         "rejoin", "rejoined"};
  static constexpr WordTable kAuxAfter{"has",      "have",     "had",       "is",         "was",
                                       "will",     "would",    "also",      "been",       "previously",
                                       "recently", "formally", "officially"};
  static constexpr WordTable kPersonVerbs{
      "said",     "says",     "told",     "wrote",    "added",     "explained",  "argued",  "resigned",
      "resigns",  "joined",   "joins",    "joining",  "join",      "left",       "leaves",  "leaving",
      "leave",    "quit",     "quits",    "departed", "departs",   "co-founded", "founded", "stepped",
      "steps",    "step",     "stepping", "retired",  "retire",    "retiring",   "exited",  "exits",
      "defected", "rejoined", "rejoins",  "named",    "appointed", "hired",      "worked",  "led",
      "ran",      "headed",   "spent",    "becomes",  "became"};
  static constexpr WordTable kOrgVerbs{"raised",    "raises",    "released", "launched", "unveiled",
                                       "announced", "hired",     "appointed", "delayed", "delays",
                                       "postponed", "postpones", "open-sourced", "shipped"};
  static constexpr WordTable kWhichOrgVerbs{"released", "launched", "unveiled", "raised",  "hired",
                                            "poached",  "recruited", "employs", "makes",   "builds",
                                            "develops", "sells",    "open-sourced", "shipped"};
  static constexpr WordTable kOwnedByOrg{"chief", "head",  "co-founder", "co-founders", "cofounder",
                                         "founder", "founders", "ceo", "cto", "board",
                                         "president", "researchers", "engineers", "employees", "staff"};
  for (size_t k = 0; k < s.men.size(); ++k) {
    const Mention& m = s.men[k];
    if (m.kind == MKind::kOrg && !m.generic && !m.entry && m.end - m.begin >= 2 &&
        (In(s.W(m.end - 1), kOrgSuffixes) || HyphenSuffix(s.tok[m.end - 1])) && IsNameWordToken(s.tok[m.end - 2])) {
      // "Kintyre AI ... Kintyre said": the name without its suffix is the
      // org too.
      string stem = FoldKey(Joined(s, m.begin, m.end - 1, text_));
      auto it = short_orgs_.find(stem);
      if (it == short_orgs_.end()) {
        short_orgs_[stem] = m.name;
        ++learned_;
      } else if (!it->second.empty() && FoldKey(it->second) != FoldKey(m.name)) {
        it->second = "";
        ++learned_;
      }
    }
    if (m.kind != MKind::kName) continue;
    size_t b = m.begin, e = m.end;
    size_t words = e - b;
    // Appositive: "X, a start-up ..." / "X, chief scientist at ...".
    bool person = m.titled, org = false;
    if (s.Is(e, ",") || s.Is(e, "(")) {
      bool model_head = false, org_head = false, role = false;
      for (size_t i = e + 1; i < s.size() && i < e + 9; ++i) {
        string_view w = s.W(i);
        if (w == "," || w == "." || w == ";") break;
        // A relative clause is no longer the appositive's head: "X, a former
        // A executive who ran the company's unit".
        if (In(w, {"who", "whose", "which", "that"}) && i > e + 1 && !org_head) {
          if (w == "who" || w == "whose") role = true;
          break;
        }
        if (In(w, kModelHeads)) model_head = true;
        // An org head must close the appositive: "X, a Paris start-up," not
        // "X, the company raised".
        if (In(w, kOrgHeads) && (i + 1 >= s.size() || !s.tok[i + 1].word || In(s.W(i + 1), kAfterOrgHead)))
          org_head = true;
        if (i <= e + 3 && In(w, kAppositiveRoles))
          role = true;
      }
      bool determiner = In(s.W(e + 1), {"a", "an", "the", "one"});
      if (org_head && !model_head && !role && determiner) org = true;
      if (role && !model_head) person = true;
    }
    // Before: "start-up X", "company called X", "chief executive X".
    if (b > 0) {
      string_view w = s.W(b - 1);
      // A list of people: "A and X". Not "A, Quellbright's chief scientist,":
      // one word owning a company role is the appositive's org.
      size_t role_at = e + 1 + (s.Is(e + 1, "former") ? 1 : 0);
      bool owns_role = words == 1 && In(s.W(e), {"'s", "'"}) && In(s.W(role_at), kOwnedByOrg) &&
                       !(s.Is(role_at, "chief") && s.Is(role_at + 1, "of"));
      if (In(w, {"and", ","}) && b >= 2 && !(w == "," && owns_role)) {
        const Mention* prev = s.EndsBefore(b - 1);
        if (prev && (prev->kind == MKind::kPerson ||
                     (prev->kind == MKind::kName && AskedInLearn(true, *prev, runs))))
          person = true;
      }
      if (In(w, kOrgBefore) && !s.At(b - 1))
        org = true;
      // What investors hold: "our Hold rating on X", "a stake in X",
      // "shares of X". Only companies are rated, owned or traded.
      if (b >= 2 && ((w == "on" && In(s.W(b - 2), {"rating", "ratings", "coverage"})) ||
                     (w == "in" && In(s.W(b - 2), {"stake", "stakes"})) ||
                     (In(w, {"of", "in"}) && s.Is(b - 2, "shares"))))
        org = true;
      if (In(w, {"called", "named", "dubbed"}) && b >= 2 && In(s.W(b - 2), kOrgHeads)) org = true;
      // "a former Aviva underwriter": the run between "former" and a role
      // is where the role was held.
      if (In(w, {"former", "ex-"}) && words <= 3 && !m.titled && e < s.size() && IsRoleWord(s.W(e)) &&
          !In(s.W(e), {"and", "of", "former", "ex-"}))
        org = true;
      if (In(w, kPersonBefore))
        person = true;
      if (In(w, kMoveBefore) && words <= 3)
        org = org || !person;
    }
    // After: "X said", "X has resigned".
    if (e < s.size()) {
      size_t v = e;
      while (v < s.size() && v < e + 3 && In(s.W(v), kAuxAfter))
        ++v;
      string_view verb = s.W(v);
      if (In(verb, kPersonVerbs) &&
          words >= 2 && v < s.size() && !(verb == "named" && v == e) && !(verb == "hired" && v == e) &&
          !(verb == "appointed" && v == e))
        person = true;
      string_view w = s.W(e);
      // Not "Veltro, which Ada Li launched last year": a relative clause's
      // subject may be the person who started the org before "which".
      bool relative = b > 0 && In(s.W(b - 1), {"which", "that"}) && words == 2 && w == "launched";
      // "X announced her departure": only people have a his or her.
      if (In(w, {"announced", "announces"}) && In(s.W(e + 1), {"his", "her"}) && words >= 2) person = true;
      // "X announced on LinkedIn that he has joined B": only people are he or she.
      if (In(w, {"announced", "announces"}) && words >= 2)
        for (size_t x = e + 1; x + 1 < s.size() && x < e + 7 && !In(s.W(x), {",", ";", "."}); ++x)
          if (s.Is(x, "that") && In(s.W(x + 1), {"he", "she"})) person = true;
      if (In(w, kOrgVerbs) &&
          words <= 2 && !person && !relative)
        org = true;
      // "Stonebridge loses three researchers": people lose jobs, not staff.
      if (In(w, {"loses", "lost"}) && words == 1 && !person && !relative) org = true;
      // "Greyhaven, which released its Vesper-2 model": "which", not "who",
      // and a verb that only an org does.
      if (w == "," && s.Is(e + 1, "which") && In(s.W(e + 2), kWhichOrgVerbs))
        org = true;
      // "Quellbright's chief scientist": one unknown word owning a company
      // role is an org (a person's surname resolves before this).
      // "Quellbright's former head of data" too: a past holder of the role.
      size_t owned_role = e + 1 + (s.Is(e + 1, "former") ? 1 : 0);
      if (In(w, {"'s", "'"}) && words == 1 && !person && In(s.W(owned_role), kOwnedByOrg) &&
          !(s.Is(owned_role, "chief") && s.Is(owned_role + 1, "of")))  // a person's "chief of staff"
        org = true;
      // "Nimbus Reasoning chief executive Odalys Ferreira": a run before a
      // company officer's title and a person's name is the company.
      if (words <= 3 && !m.titled && !(b > 0 && In(s.W(b - 1), {"and", ","}))) {
        size_t r = e;
        if (In(w, {"chief", "co-founder", "cofounder", "founder", "president"}))
          while (r < s.size() && r < e + 4 && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps)) && !s.Is(r, "and") &&
                 !s.Is(r, "of"))
            ++r;
        else if (In(w, {"ceo", "cto", "coo", "cfo", "cso"}))
          r = e + 1;
        const Mention* named = r > e ? s.StartsAt(r) : nullptr;
        if (named && named->kind != MKind::kOrg && named->kind != MKind::kModel && named->end - named->begin >= 2 &&
            !AskedInLearn(false, *named, runs)) {
          org = true;
          person = false;
        }
      }
      // "Osterley's Brisa-4": the owner of a model.
      if (In(w, {"'s", "'"})) {
        const Mention* owned = s.StartsAt(e + 1);
        if (owned && owned->kind == MKind::kModel && !owned->bare_context_model && !owned->entry && !person)
          org = true;
      }
    }
    // FoldKey(m.name): the run's key, else folded at most once for the
    // questions below.
    std::optional<string> folded;
    auto key = [&]() -> const string& {
      if (m.run >= 0) return runs[static_cast<size_t>(m.run)].key;
      return folded ? *folded : folded.emplace(FoldKey(m.name));
    };
    if (person && words >= 2 && !org) RegisterPerson(m.name, key());
    if (org && !person && orgs_.insert(key()).second) ++learned_;
    if (words >= 2 && words <= 4 && !org && !AskedInLearn(false, key(), m.run)) {
      string last = TokenKey(s.tok[e - 1]);
      auto it = last_words_.find(last);
      if (it == last_words_.end()) {
        last_words_[last] = NamedRun{m.name, key()};
        ++learned_;
      } else if (it->second.key != key() && !(it->second.name.empty() && it->second.key.empty())) {
        it->second = NamedRun{};
        ++learned_;
      }
    }
  }
}

// "the company" stands for the org of the appositive it follows ("Mistral
// AI, the Paris start-up"), else the org the article is about.
void Reader::ResolveGenerics(Sentence& s) {
  for (auto& m : s.men) {
    if (!m.generic) continue;
    if (m.begin >= 2 && s.Is(m.begin - 1, ",")) {
      const Mention* before = s.EndsBefore(m.begin - 1);
      if (before && (before->kind == MKind::kOrg || (before->kind == MKind::kName && LearnedOrg(before->name))) &&
          !before->generic) {
        m.name = before->entry ? before->entry->canonical : before->name;
        continue;
      }
    }
    if (!topic_from_title_) {
      // A topic guessed from the text is weak (a round-up of moves): the
      // org the sentence named before is the better guess.
      for (const auto& other : s.men)
        if (other.begin < m.begin && other.kind == MKind::kOrg && !other.generic && !other.name.empty() &&
            !(other.begin > 0 && In(s.W(other.begin - 1), {"from", "to", "for", "former", "ex-"})))
          m.name = other.entry ? other.entry->canonical : other.name;
      if (!m.name.empty()) continue;
    }
    // "X and Y co-founded A last spring. X reports that the company put
    // out its first model": the company founded in the sentence before.
    if (previous_sentence_) {
      std::optional<string> founded;
      for (const auto& f : facts_)
        if (f.kind == FactKind::kFounded && f.start == previous_sentence_->span.start) {
          if (founded && FoldKey(*founded) != FoldKey(f.org)) {
            founded.reset();
            break;
          }
          founded = f.org;
        }
      if (founded && !In(s.W(m.end), {"'s", "'"})) {
        m.name = *founded;
        continue;
      }
    }
    m.name = topic_;
  }
}

// ---- Slots -------------------------------------------------------------------

// "the Berlin lab Kelderhaus Systems": "the", up to three words and a
// generic head ("lab", "company", "start-up") describe the org named right
// after; the token where it starts, else `x`.
size_t AfterOrgDescriptor(const Sentence& s, size_t i, size_t x) {
  if (!s.Is(i, "the")) return x;
  for (size_t j = i + 1; j < s.size() && j <= i + 4; ++j) {
    if (!s.tok[j].word) return x;
    if (In(s.W(j), {"lab", "company", "start-up", "startup", "firm", "laboratory"})) {
      const Mention* m = s.StartsAt(j + 1);
      return m && !m->generic && m->kind != MKind::kPerson && m->kind != MKind::kModel ? j + 1 : x;
    }
  }
  return x;
}

std::optional<Reader::OrgHit> Reader::OrgAt(const Sentence& s, size_t i, bool allow_single_name) const {
  if (!s.StartsAt(i)) i = AfterOrgDescriptor(s, i, i);
  if (s.Is(i, "the") && s.StartsAt(i + 1) && !s.StartsAt(i)) ++i;
  if (!s.StartsAt(i)) {
    // "by rival Quintessa AI", "the now-defunct Mireille AI": words that
    // only describe the org named next.
    size_t x = i;
    while (x < i + 3 && !s.At(x) &&
           In(s.W(x), {"the", "rival", "rivals", "competitor", "now-defunct", "defunct", "fledgling", "upstart",
                       "young", "little-known", "stealth", "secretive", "buzzy", "law", "firm", "consultancy",
                       "chipmaker"}))
      ++x;
    const Mention* m = s.StartsAt(x);
    if (x > i && m && (m->kind == MKind::kOrg || (m->kind == MKind::kName && LearnedOrg(m->name))) && !m->generic)
      i = x;
  }
  const Mention* m = s.StartsAt(i);
  if (!m) return std::nullopt;
  if (m->kind == MKind::kPerson || m->kind == MKind::kModel) return std::nullopt;
  if (m->kind == MKind::kName) {
    if (!allow_single_name) return std::nullopt;
    if (RegisteredPerson(m->name)) return std::nullopt;
  }
  if (m->generic && m->name.empty()) return std::nullopt;
  OrgHit hit{m->name, m->end, m->generic};
  // "Meta's FAIR lab": the more specific org; "Kyutai's research team": Kyutai.
  if (s.Is(m->end, "'s") || s.Is(m->end, "'")) {
    const Mention* next = s.StartsAt(m->end + 1);
    if (next && next->kind == MKind::kOrg && !next->generic) {
      hit.name = next->name;
      hit.end = next->end;
    } else {
      hit.end = m->end + 1;
    }
  }
  return hit;
}

std::optional<string> Reader::PersonAt(const Sentence& s, size_t i) const {
  if (In(s.W(i), {"dr.", "prof.", "mr.", "ms.", "mrs."})) ++i;
  const Mention* m = s.StartsAt(i);
  if (!IsPersonLike(m)) return std::nullopt;
  if (m->kind == MKind::kName && (LearnedOrg(m->name) || m->end - m->begin < 2)) return std::nullopt;
  return m->name;
}

// "five researchers from A" between k and noun_end: the org the group came
// from, an org by its suffix or a single name ("from Glimmerdeep"), and
// where its "from" is.
std::optional<Reader::GroupSourceHit> Reader::GroupSource(const Sentence& s, size_t k, size_t noun_end) const {
  for (size_t x = k + 1; x + 1 < noun_end; ++x) {
    if (!s.Is(x, "from")) continue;
    auto org = OrgAt(s, x + 1);
    if (org && !org->generic && !org->name.empty() && org->end == noun_end) return GroupSourceHit{org->name, x};
  }
  return std::nullopt;
}

// A plural noun for a group of people: "three engineers", "its founders".
// The number a count word before a plural names ("three researchers"), 0
// for any other word.
size_t CountWord(string_view lower) {
  static constexpr string_view kCounts[] = {"two", "three", "four", "five", "six", "seven", "eight"};
  for (size_t n = 0; n < std::size(kCounts); ++n)
    if (lower == kCounts[n]) return n + 2;
  return 0;
}

bool IsPeopleNoun(string_view w) {
  return In(w, {"engineers", "researchers", "scientists", "executives", "employees", "staff", "people", "members",
                "leaders", "founders", "co-founders", "cofounders", "veterans", "alumni", "academics", "professors"});
}

// "three researchers: A, B and C" from i: the token after the colon, where
// a short noun phrase naming people ends in one; else i.
size_t PastPeopleColon(const Sentence& s, size_t i) {
  for (size_t x = i; x < s.size() && x < i + 6; ++x) {
    if (s.Is(x, ":")) return x > i && IsPeopleNoun(s.W(x - 1)) ? x + 1 : i;
    // "by two former Google engineers, A and B".
    if (s.Is(x, ",")) return x > i && IsPeopleNoun(s.W(x - 1)) && s.StartsAt(x + 1) ? x + 1 : i;
    if (!s.tok[x].word) return i;
  }
  return i;
}

// Where the descriptor before the name at b begins: "former Nvidia
// engineer", "ex-Meta researcher", "Meta's chief scientist". b if none.
// ("and" is a role word, of "chief executive and co-founder", but here it
// joins names.)
size_t DescriptorBegin(const Sentence& s, size_t b) {
  size_t guard = 0;
  while (b > 0 && guard < 8) {
    const Mention* m = s.EndsBefore(b);
    // An org, or a name that a role word follows ("ex-Intel architect").
    if (m && ((m->kind == MKind::kOrg && !m->generic) || (m->kind == MKind::kName && IsRoleWord(s.W(m->end))))) {
      b = m->begin;
    } else if (!m && !s.Is(b - 1, "and") &&
               (In(s.W(b - 1), {"former", "ex-", "fellow", "longtime", "veteran", "'s"}) || IsRoleWord(s.W(b - 1)) ||
                (s.tok[b - 1].cap && In(s.W(b - 1), kRoleCaps)))) {
      --b;
    } else {
      break;
    }
    ++guard;
  }
  return b;
}

std::vector<string> Reader::GroupEndingAt(const Sentence& s, const Mention& m, size_t* begin) const {
  std::vector<string> group{m.name};
  size_t b = m.begin;
  while (b >= 2) {
    // "A and ex-Meta researcher B": each name may have its descriptor.
    size_t sep = DescriptorBegin(s, b);
    if (sep < 2) break;
    --sep;
    if (s.Is(sep, "and") && sep >= 1 && s.Is(sep - 1, ",")) --sep;
    if (!s.Is(sep, ",") && !s.Is(sep, "and")) break;
    const Mention* prev = s.EndsBefore(sep);
    if (!prev || !IsPersonLike(prev)) break;
    if (prev->kind == MKind::kName && (LearnedOrg(prev->name) || prev->end - prev->begin < 2)) break;
    group.insert(group.begin(), prev->name);
    b = prev->begin;
  }
  if (begin) *begin = b;
  return group;
}

// Persons listed from token i: "A, B and C", with descriptors before each
// ("former Meta researcher A") and appositives after ("A, who ..., and B").
std::vector<Reader::ListItem> Reader::PersonListAt(const Sentence& s, size_t i, size_t* end,
                                                   size_t* last_name_end) const {
  std::vector<ListItem> items;
  size_t assigned = 0;
  size_t k = i;
  while (k < s.size()) {
    // Descriptor words before a name.
    size_t guard = 0;
    while (k < s.size() && guard < 8) {
      const Mention* m = s.StartsAt(k);
      if (m &&
          (m->kind == MKind::kPerson || (m->kind == MKind::kName && m->end - m->begin >= 2 && !LearnedOrg(m->name))))
        break;
      string_view w = s.W(k);
      bool skip =
          In(w, {"former", "ex-", "siblings", "brothers", "sisters", "dr.",   "prof.",  "mr.",      "ms.",     "the",
                 "a",      "an",  "his",      "her",      "its",     "their", "fellow", "longtime", "veteran", "'s"}) ||
          IsRoleWord(w) || (m && m->kind == MKind::kOrg) || (s.tok[k].cap && In(w, kRoleCaps)) ||
          (IsPeopleNoun(w) && k > i) ||  // "former Halcyon researchers A and B"
          // An org without a suffix, known by the role after it: "ex-Halcyon engineer A".
          (m && m->kind == MKind::kName && k > i && In(s.W(k - 1), {"former", "ex-"}) &&
           (IsRoleWord(s.W(m->end)) || IsPeopleNoun(s.W(m->end)))) ||
          // "by Oxford academics A and B": one word of a place or a school
          // before a plural of people.
          (m && m->kind == MKind::kName && m->end == k + 1 && IsPeopleNoun(s.W(m->end)) &&
           PersonAt(s, m->end + 1)) ||
          // "former Google TPU engineers A and B": a product or team word
          // between the org and the role.
          (m && m->kind != MKind::kPerson && m->end == k + 1 && k > i && s.At(k - 1) &&
           s.At(k - 1)->kind == MKind::kOrg && (IsRoleWord(s.W(m->end)) || IsPeopleNoun(s.W(m->end)))) ||
          // "Aurora Robotics' former simulation lead, A": a bare apostrophe
          // after an org, and a comma between a role and the name.
          (w == "'" && k > i && s.At(k - 1) && s.At(k - 1)->kind == MKind::kOrg) ||
          (w == "," && k > i && IsRoleWord(s.W(k - 1)) && PersonAt(s, k + 1)) ||
          // "former simulation lead": a word of the field before a role.
          (!m && k > i && s.tok[k].word && !s.tok[k].cap && In(s.W(k - 1), {"former", "ex-", "'s", "'"}) &&
           IsRoleWord(s.W(k + 1)));
      if (!skip) break;
      k = m ? m->end : k + 1;
      ++guard;
    }
    auto person = PersonAt(s, k);
    if (!person) break;
    const Mention* m = s.StartsAt(In(s.W(k), {"dr.", "prof.", "mr.", "ms.", "mrs."}) ? k + 1 : k);
    items.push_back({*person, ""});
    k = m->end;
    if (last_name_end) *last_name_end = k;
    // Appositive after the name.
    if (s.Is(k, ",") && k + 1 < s.size()) {
      string_view w = s.W(k + 1);
      bool apposition = In(w, {"who", "whose", "a", "an", "the", "currently", "formerly", "previously", "its", "his",
                               "her", "now", "then", "once"}) ||
                        IsRoleWord(w) || (s.StartsAt(k + 1) && s.StartsAt(k + 1)->kind == MKind::kOrg) ||
                        (s.tok[k + 1].digit && !s.tok[k + 1].cap);
      bool next_is_person = PersonAt(s, k + 1).has_value();
      // "and" is a role word ("head of research and policy"), not here.
      if (apposition && !next_is_person && w != "all" && w != "and") {
        size_t j = k + 1;
        while (j < s.size() && !s.Is(j, ",") && !s.Is(j, ";") && !s.Is(j, ".")) ++j;
        if (j < s.size() && s.Is(j, ",")) {
          k = j;
        } else if (s.Is(j, ";") && (PersonAt(s, j + 1) || (s.Is(j + 1, "and") && PersonAt(s, j + 2)))) {
          k = j;  // "X, who led A; Y, a founding member; and Z"
        } else {
          break;  // no closing comma: the name ends the list
        }
      }
    }
    // "(all) from ORG".
    size_t f = k;
    if (s.Is(f, ",")) ++f;
    bool both = s.Is(f, "both");
    if (s.Is(f, "all") || both) ++f;
    if (s.Is(f, "from")) {
      if (auto org = OrgAt(s, f + 1)) {
        // "A, previously at X; B and C, both from Y": "both" is the last two
        // names, not A, whose appositive gave no "from".
        size_t first = both && items.size() >= assigned + 2 ? items.size() - 2 : assigned;
        for (size_t x = first; x < items.size(); ++x) items[x].from = org->name;
        assigned = items.size();
        k = org->end;
      }
    }
    if (s.Is(k, ",") && s.Is(k + 1, "and")) {
      k += 2;
      continue;
    }
    if (s.Is(k, ";") && (PersonAt(s, k + 1) || (s.Is(k + 1, "and") && PersonAt(s, k + 2)))) {
      k += s.Is(k + 1, "and") ? 2 : 1;
      continue;
    }
    if (s.Is(k, "and") || s.Is(k, ",")) {
      size_t next = k + 1;
      // Only go on if a name (or its descriptor) follows.
      if (PersonAt(s, next) || In(s.W(next), {"former", "ex-", "dr.", "co-founder", "chief"}) ||
          IsRoleWord(s.W(next))) {
        k = next;
        continue;
      }
      if (s.StartsAt(next) && s.StartsAt(next)->kind == MKind::kOrg) {
        k = next;
        continue;
      }
    }
    break;
  }
  if (end) *end = k;
  return items;
}

bool IsFiller(const Sentence& s, size_t i) {
  string_view w = s.W(i);
  if (In(w, kAux)) return true;
  if (MonthOf(w) || WeekdayOf(w)) return true;
  if (YearToken(s.tok[i]) || DayToken(s.tok[i])) return true;
  if (In(w, {"on", "in", "at"}) && i + 1 < s.size() &&
      (MonthOf(s.W(i + 1)) || WeekdayOf(s.W(i + 1)) || YearToken(s.tok[i + 1]) || s.Is(i + 1, "the")))
    return true;
  if (In(w, {"end", "of", "the", "a", "ago"}) && i + 1 < s.size() && (MonthOf(s.W(i + 1)) || s.Is(i + 1, "year")))
    return true;
  return false;
}

// The token index just past the subject end: walks back over auxiliaries,
// adverbs and dates from j (exclusive).
size_t Reader::SkipFillersBack(const Sentence& s, size_t j) const {
  size_t guard = 0;
  while (j > 0 && guard < 10 && !s.At(j - 1)) {
    // "has agreed to join": the subject is before "agreed to".
    if (s.Is(j - 1, "to") && j >= 2 &&
        In(s.W(j - 2),
           {"agreed", "agrees", "decided",   "decides",  "chose",  "chosen", "opted",    "due",     "set",
            "going",  "moving", "preparing", "expected", "poised", "plans",  "planning", "planned", "hoping",
            "hopes",  "wants",  "wanted",    "is",       "signed", "likely", "about",    "tipped",  "said"})) {
      j -= 2;
      ++guard;
      continue;
    }
    // "announced his decision to retire", "notified the board of her
    // decision to resign": the subject is before the verb that tells of
    // the decision.
    if (s.Is(j - 1, "to") && j >= 4 && s.Is(j - 2, "decision") && In(s.W(j - 3), {"his", "her", "their"})) {
      size_t x = j - 3;
      if (In(s.W(x - 1), {"announced", "announces", "confirmed", "confirms", "disclosed", "discloses"})) {
        j = x - 1;
        ++guard;
        continue;
      }
      if (s.Is(x - 1, "of")) {
        static constexpr WordTable kTold{"notified", "notifies", "informed", "informs", "advised", "advises"};
        size_t y = x - 1;
        while (y > 0 && y + 5 > x && s.tok[y - 1].word && !s.tok[y - 1].cap && !s.At(y - 1) && !In(s.W(y - 1), kTold))
          --y;
        if (y > 0 && y + 1 < x && In(s.W(y - 1), kTold)) {
          j = y - 1;
          ++guard;
          continue;
        }
      }
      break;
    }
    if (!IsFiller(s, j - 1)) break;
    // "has since left" skips "since"; "since co-founding it" does not.
    if (s.Is(j - 1, "since") && !(j >= 2 && In(s.W(j - 2), {"has", "have", "had"}))) break;
    --j;
    ++guard;
  }
  return j;
}

size_t Reader::SkipFillersForward(const Sentence& s, size_t i) const {
  size_t guard = 0;
  while (i < s.size() && guard < 8 && !s.At(i)) {
    string_view w = s.W(i);
    bool skip = In(w, {"officially", "formally", "quietly", "recently", "abruptly", "also", "now", "effectively",
                       "publicly", "finally", "reportedly", "suddenly", "quickly", "swiftly", "promptly"});
    // "was snapped up within weeks by B": how soon says nothing of where.
    if (!skip && w == "within" && In(s.W(i + 1), {"days", "weeks", "months", "hours"})) {
      i += 2;
      ++guard;
      continue;
    }
    // "before departing this spring for B": nor does a season.
    if (!skip && In(w, {"this", "last", "early", "late"}) &&
        In(s.W(i + 1), {"spring", "summer", "autumn", "fall", "winter"})) {
      i += 2;
      ++guard;
      continue;
    }
    if (!skip) {
      if (auto d = DateAt(s, i, a_.published, false)) {
        if (In(w, {"today", "yesterday"}) || WeekdayOf(w)) {
          i = d->end;
          ++guard;
          continue;
        }
      }
      if (In(w, {"on", "in", "last", "this", "earlier"}) && i + 1 < s.size()) {
        if (auto d = DateAt(s, w == "on" || w == "in" ? i + 1 : i, a_.published, false)) {
          i = d->end;
          ++guard;
          continue;
        }
      }
      break;
    }
    ++i;
    ++guard;
  }
  return i;
}

// "\"I'm thrilled to join Oskin AI,\" she wrote": a join in the person's
// own words, the quote attributed right after it. Only a first person
// stating it ("I'm", "I am"): not "I'd be thrilled to join".
bool Reader::OwnQuoteJoin(const Sentence& s, size_t t) {
  // "I'm" or "I am" right before token k.
  auto i_am_before = [&](size_t k) {
    return (k >= 1 && In(s.W(k - 1), {"i'm", "i’m"})) || (k >= 2 && s.Is(k - 1, "am") && s.Is(k - 2, "i"));
  };
  std::optional<OrgHit> org;
  if (s.Is(t, "starting")) {
    // "\"I'm starting a new position as VP of AI at Alderwick,\" she
    // wrote": the post, then the org after "at" or "with" (not "I'd be
    // starting", "I'm starting to think").
    if (!i_am_before(t) || !s.Is(t + 1, "a") || !s.Is(t + 2, "new") ||
        !In(s.W(t + 3), {"position", "role", "job", "chapter"}))
      return false;
    for (size_t x = t + 4; x < s.size() && x < t + 16 && !org; ++x) {
      if (In(s.W(x), {",", ".", ";", "\"", "”", "but", "and"})) return false;
      if (In(s.W(x), {"at", "with"})) org = OrgAt(s, x + 1);
    }
  } else {
    size_t k = t;
    if (s.Is(t, "joining")) {
      if (k < 2 || !s.Is(k - 1, "be")) return false;
      --k;
    }
    if (k < 3 || !s.Is(k - 1, "to") ||
        !In(s.W(k - 2), {"thrilled", "excited", "delighted", "happy", "proud", "honored", "honoured", "pleased"}))
      return false;
    if (!i_am_before(k - 2)) return false;
    org = OrgAt(s, t + 1);
  }
  if (!org || org->generic) return false;
  // The closing quote, then "she wrote", "said X", "X posted".
  size_t close = org->end;
  while (close < s.size() && !In(s.W(close), {"\"", "”"})) ++close;
  std::optional<string> person;
  for (size_t x = close + 1; x < s.size() && x < close + 5 && !person; ++x) {
    if (In(s.W(x), {".", ";", "\"", "“"})) break;
    if (In(s.W(x), {"he", "she"}) &&
        In(s.W(x + 1), {"said", "wrote", "posted", "says", "writes", "added", "told", "continued"}))
      person = ResolvePronoun(s, x);
    else if (const Mention* m = s.At(x); m && IsPersonLike(m) && !LearnedOrg(m->name) &&
                                         (In(s.W(x - 1), {"said", "wrote", "posted", "says", "writes", "added"}) ||
                                          In(s.W(m->end), {"said", "wrote", "posted", "says", "writes", "added"})))
      person = m->name;
  }
  if (!person) return false;
  Emit(s, FactKind::kJoin, *person, org->name, "", "", "", std::nullopt, std::nullopt, 0.7);
  return true;
}

std::optional<string> Reader::NearestPersonBefore(const Sentence& s, size_t i, size_t floor) const {
  for (size_t k = i; k > floor; --k) {
    const Mention* m = s.At(k - 1);
    if (!m) {
      if (In(s.W(k - 1), {"he", "she"})) return ResolvePronoun(s, k - 1);
      continue;
    }
    if (m->kind == MKind::kPerson || (m->kind == MKind::kName && m->end - m->begin >= 2 && !LearnedOrg(m->name)))
      return m->name;
    k = m->begin + 1;
  }
  return std::nullopt;
}

// "its coding model, Cobalt Ray," or "A's first model, M,", the comma after
// the model at token `comma`: the model between commas after a model noun,
// and its owner: the org "its"/"their" stands for (the nearest before, else
// the topic), or the org before "'s". Nullopt without an owner.
std::optional<Reader::OwnedModel> Reader::ModelAfterModelNoun(const Sentence& s, size_t comma) const {
  const Mention* m = s.EndsBefore(comma);
  if (!m || !(m->kind == MKind::kModel ||
              (m->kind == MKind::kName && !RegisteredPerson(m->name) && !LearnedOrg(m->name))))
    return std::nullopt;
  if (m->begin < 3 || !s.Is(m->begin - 1, ",")) return std::nullopt;
  // "The largest version, M,": a version of what the article last said was
  // released, so of the org that released it.
  if (In(s.W(m->begin - 2), {"version", "variant", "edition"}) && m->begin >= 4 &&
      s.Is(m->begin - 4, "the") && !s.At(m->begin - 3) && s.tok[m->begin - 3].word && !s.tok[m->begin - 3].cap) {
    if (released_.empty()) return std::nullopt;
    return OwnedModel{m->name, released_.back().second};
  }
  if (!In(s.W(m->begin - 2), {"model", "system", "chatbot", "assistant"})) return std::nullopt;
  size_t x = m->begin - 2;
  while (x > 0 && x + 6 > m->begin && s.tok[x - 1].word && !s.tok[x - 1].cap && !s.At(x - 1) &&
         !In(s.W(x - 1), {"its", "their"}))
    --x;
  std::optional<string> owner;
  if (x > 0 && In(s.W(x - 1), {"its", "their"})) {
    // "founded by former Ferrowind researchers X and Y, and its first
    // model": a past employer of people owns nothing here.
    std::optional<string> before;
    for (size_t k = x - 1; k > 0 && !before; --k) {
      const Mention* o = s.At(k - 1);
      if (!o) continue;
      k = o->begin + 1;
      if (o->kind == MKind::kOrg && !o->name.empty() && !(o->begin > 0 && In(s.W(o->begin - 1), {"former", "ex-"})))
        before = o->name;
    }
    owner = before ? before : (topic_.empty() ? std::nullopt : std::optional(topic_));
  } else if (x > 1 && s.Is(x - 1, "'s")) {
    const Mention* o = s.EndsBefore(x - 1);
    if (o && o->kind == MKind::kOrg && !o->name.empty()) owner = o->name;
  }
  if (!owner) return std::nullopt;
  return OwnedModel{m->name, *owner};
}

std::optional<string> Reader::NearestOrgBefore(const Sentence& s, size_t i) const {
  for (size_t k = i; k > 0; --k) {
    const Mention* m = s.At(k - 1);
    if (m && m->kind == MKind::kOrg && !m->name.empty()) return m->name;
    if (m) k = m->begin + 1;
  }
  return std::nullopt;
}

// "Shares of rival B rose 3% after it released M": an "it" that opens a
// clause after "after", "when", "because", "once" or "since" is the org
// named last before it in the sentence, not the article's company. Looks
// back at most 24 tokens, within the clause.
std::optional<string> Reader::OrgBeforeSubordinateIt(const Sentence& s, size_t it) const {
  if (it == 0 || !In(s.W(it - 1), {"after", "when", "because", "once", "since"})) return std::nullopt;
  for (size_t k = it - 1; k > 0 && k + 24 > it; --k) {
    if (In(s.W(k - 1), {";", ":", "\""})) break;
    const Mention* m = s.At(k - 1);
    if (!m) continue;
    if (m->kind == MKind::kOrg && !m->name.empty()) return m->name;
    k = m->begin + 1;
  }
  return std::nullopt;
}

// "he"/"she": the first person of the sentence who is not the object of a
// preposition ("X, who worked with Y, said he had quit" is X), else the
// person the last sentence was about.
std::optional<string> Reader::ResolvePronoun(const Sentence& s, size_t i) const {
  std::optional<string> fallback;
  for (size_t k = 0; k < i; ++k) {
    const Mention* m = s.At(k);
    if (!m) continue;
    k = m->end - 1;
    if (!(m->kind == MKind::kPerson || (m->kind == MKind::kName && m->end - m->begin >= 2 && !LearnedOrg(m->name))))
      continue;
    if (!fallback) fallback = m->name;
    if (m->begin > 0 && In(s.W(m->begin - 1), {"with", "by", "of", "to", "from", "for", "at", "replacing", "succeeding",
                                               "than", "like", "and"}))
      continue;
    return m->name;
  }
  if (fallback) return fallback;
  if (!last_subject_person_.empty()) return last_subject_person_;
  return std::nullopt;
}

// The persons a personnel trigger at t is about.
// The speaker of a quote that holds token t: "'...,' X wrote" after it,
// or "X said: '...'" before it.
bool IsQuoteMark(string_view token) {
  return token == "\"" || token == "\xE2\x80\x9C" || token == "\xE2\x80\x9D";
}

std::optional<string> Reader::QuoteSpeaker(const Sentence& s, size_t t) const {
  static constexpr WordTable kSpeech{"said", "says", "wrote", "writes", "posted", "posts", "told", "added", "tweeted"};
  auto quote = [&](size_t x) {
    return In(s.W(x), {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D"}) || s.tok[x].text == "\"" ||
           s.tok[x].text == "\xE2\x80\x9D" || s.tok[x].text == "\xE2\x80\x9C";
  };
  for (size_t x = t + 1; x + 1 < s.size(); ++x) {
    if (!quote(x)) continue;
    size_t y = x + 1;
    const Mention* m = s.StartsAt(y);
    auto person = [&](const Mention* p) {
      return p && IsPersonLike(p) && !(p->kind == MKind::kName && (LearnedOrg(p->name) || p->end - p->begin < 2));
    };
    if (person(m) && In(s.W(m->end), kSpeech)) return m->name;
    if (In(s.W(y), kSpeech) && person(m = s.StartsAt(y + 1))) return m->name;
    return std::nullopt;
  }
  for (size_t x = t; x > 1; --x) {
    if (!quote(x - 1)) continue;
    if (!s.Is(x - 2, ":") && !s.Is(x - 2, ",")) return std::nullopt;
    // "X wrote on Friday: '...'": a speech verb a few words before.
    size_t w = x - 2;
    while (w > 0 && w + 6 > x && !In(s.W(w), kSpeech)) --w;
    if (!In(s.W(w), kSpeech)) return std::nullopt;
    if (const Mention* m = s.EndsBefore(w); m && IsPersonLike(m) && m->end - m->begin >= 2) return m->name;
    return std::nullopt;
  }
  return std::nullopt;
}

Subject Reader::PersonSubject(const Sentence& s, size_t t) const {
  Subject out;
  if (t >= 4 && s.Is(t - 1, "to")) {
    // "X is the latest executive to leave A", "she became the third
    // researcher to join B": the subject of the copula.
    size_t x = t - 1;
    size_t guard = 0;
    bool ordinal = false;
    while (x > 0 && guard < 6 && !s.At(x - 1) && s.tok[x - 1].word && !s.tok[x - 1].cap &&
           !In(s.W(x - 1), {"is", "was", "became", "becomes"})) {
      if (In(s.W(x - 1), {"latest", "newest", "first", "second", "third", "fourth", "fifth", "sixth", "last"}))
        ordinal = true;
      --x;
      ++guard;
    }
    if (ordinal && x >= 2 && s.Is(x, "the") && In(s.W(x - 1), {"is", "was", "became", "becomes"}))
      return PersonSubject(s, x - 1);
  }
  size_t j = SkipFillersBack(s, t);
  if (j == 0) return out;
  size_t k = j - 1;
  // One person, standing for the word at `at` (a pronoun).
  auto one = [&](const auto& person, size_t at) {
    out.persons = {person};
    out.begin = at;
    out.end = at + 1;
    out.found = true;
  };
  // A first-person quote: "'I'm joining B to work on speech,' X wrote".
  {
    size_t i = k;
    if (In(s.W(i), {"am", "have"}) && i > 0) --i;
    if (s.tok[i].text == "I" || In(s.W(i), {"i'm", "i've", "i'll"})) {
      if (auto speaker = QuoteSpeaker(s, t)) {
        one(*speaker, i);
      } else if (previous_sentence_ && !s.tok.empty() && !s.tok[0].word && IsQuoteMark(s.tok[0].text)) {
        // A quote that goes on in a sentence of its own, after the one
        // that named its speaker: "'...,' X wrote. 'I'll be starting at B.'"
        if (auto earlier = QuoteSpeaker(*previous_sentence_, 0)) one(*earlier, i);
      }
      return out;
    }
  }
  auto from_mention = [&](const Mention* m) {
    if (!IsPersonLike(m)) return false;
    if (m->kind == MKind::kName && (LearnedOrg(m->name) || m->end - m->begin < 2)) return false;
    out.persons = GroupEndingAt(s, *m, &out.begin);
    out.end = m->end;
    out.found = true;
    return true;
  };
  if (const Mention* m = s.EndsBefore(k + 1)) {
    if (from_mention(m)) {
      // "A, a former Google researcher, and ex-Meta engineer B": a list
      // with appositives, which GroupEndingAt does not step over, when it
      // runs from a name earlier in the clause up to this one.
      size_t d = DescriptorBegin(s, out.begin);
      if (d < 2 || !(s.Is(d - 1, "and") || s.Is(d - 1, ","))) return out;
      size_t clause = d - 1;
      while (clause > 0 && !s.Is(clause - 1, ";") && !s.Is(clause - 1, ":")) --clause;
      for (size_t x = clause; x + 1 < d; ++x) {
        const Mention* first = s.StartsAt(x);
        if (!first || !PersonAt(s, x)) continue;
        // Not the object of a word before it ("according to A, ...").
        size_t lead = DescriptorBegin(s, x);
        if (lead > clause && !In(s.W(lead - 1), {",", "that", "--"})) {
          x = first->end - 1;
          continue;
        }
        size_t end = 0;
        auto items = PersonListAt(s, x, &end);
        if (end == out.end && items.size() > out.persons.size()) {
          out.persons.clear();
          for (const auto& item : items) out.persons.push_back(item.person);
          out.begin = x;
          break;
        }
        x = first->end - 1;
      }
      return out;
    }
    if (m->kind == MKind::kOrg) return out;
  }
  string_view w = s.W(k);
  if (w == "he" || w == "she") {
    if (auto p = ResolvePronoun(s, k)) one(*p, k);
    return out;
  }
  // "Q: You came to A from B": in an interview's question, "you" is the
  // person interviewed, the first person the article names.
  if (w == "you" && k == 2 && s.Is(0, "q") && s.Is(1, ":")) {
    for (const auto& sentence : *sentences_)
      for (const auto& m : sentence.men)
        if (m.kind == MKind::kPerson ||
            (m.kind == MKind::kName && m.end - m.begin >= 2 && !LearnedOrg(m.name) && RegisteredPerson(m.name))) {
          one(m.name, k);
          return out;
        }
    return out;
  }
  if (w == "they") {
    for (size_t x = k; x > 0; --x) {
      const Mention* m = s.At(x - 1);
      if (m && IsPersonLike(m)) {
        size_t b = 0;
        auto group = GroupEndingAt(s, *m, &b);
        if (group.size() >= 2) {
          out.persons = group;
          out.begin = k;
          out.end = k + 1;
          out.found = true;
        }
        return out;
      }
      if (m) x = m->begin + 1;
    }
    return out;
  }
  if (IsPeopleNoun(w)) {
    // "Three engineers have left X for Y this month: A, B and C": the names
    // a colon introduces, when they end the sentence and the colon ends the
    // verb's clause ("..., according to two people: A and B" names sources).
    for (size_t x = t; x < s.size() && !s.Is(x, ";") && !s.Is(x, ","); ++x) {
      if (!s.Is(x, ":")) continue;
      size_t end = 0;
      auto items = PersonListAt(s, x + 1, &end);
      if (!items.empty() && (end == s.size() || s.Is(end, "."))) {
        for (const auto& item : items) out.persons.push_back(item.person);
        out.begin = k;
        out.end = k + 1;
        out.found = true;
      }
      break;
    }
    return out;
  }
  if (w == "who" || In(w, {"after", "before", "upon", "since", "by", "while", "when"}) || w == "and") {
    // "X, who left", "after leaving", "and quit": the person before.
    if (w == "and" && !EndsWith(s.W(t), "ing")) {
      if (!last_subject_.empty()) {
        out.persons = last_subject_;
        out.begin = k;
        out.end = k;
        out.found = true;
        return out;
      }
      // "X worked on speech models at A and will join B", "The trio, X, Y
      // and Z, built A's models and will join B": the names that open the
      // sentence, when no other name comes before the "and".
      size_t x = 0;
      if (s.Is(0, "the") && In(s.W(1), {"trio", "pair", "duo", "two", "three", "four"}) && s.Is(2, ",")) x = 3;
      size_t end = 0;
      auto items = PersonListAt(s, x, &end);
      if (items.empty() || end >= k || (x > 0 && !s.Is(end, ","))) return out;
      for (size_t y = end; y < k; ++y)
        if (const Mention* m = s.At(y); (m && IsPersonLike(m)) || In(s.W(y), {"he", "she", "they", ";", ":"}))
          return out;
      for (const auto& item : items) out.persons.push_back(item.person);
      out.begin = x;
      out.end = end;
      out.found = true;
      return out;
    }
    if (w != "who" && !EndsWith(s.W(t), "ing")) return out;
    if (w == "who" && k > 0 && !s.At(k - 1) && s.tok[k - 1].word && !s.tok[k - 1].cap) {
      // "X is a lawyer who co-founded A": the noun right before "who" is
      // the predicate of a name that opens the sentence, and the relative
      // clause is X's.
      size_t a = k;
      while (a > 0 && a + 5 > k && !s.At(a - 1) && s.tok[a - 1].word && !s.tok[a - 1].cap &&
             !In(s.W(a - 1), {"a", "an", "is", "was", "who", "and", "or", "not", "no", "of", "at", "to", "for", "with",
                              "in", "from", "on", "by", "the"}))
        --a;
      if (a >= 3 && a < k && In(s.W(a - 1), {"a", "an"}) && In(s.W(a - 2), {"is", "was"})) {
        const Mention* p = s.EndsBefore(a - 2);
        if (p && p->begin == 0 && IsPersonLike(p) &&
            !(p->kind == MKind::kName && (p->end - p->begin < 2 || LearnedOrg(p->name)))) {
          out.persons = {p->name};
          out.begin = p->begin;
          out.end = p->end;
          out.found = true;
          return out;
        }
      }
    }
    for (size_t x = k; x > 0; --x) {
      if (s.Is(x - 1, ";")) break;
      const Mention* m = s.At(x - 1);
      if (m && from_mention(m)) return out;
      if (m) x = m->begin + 1;
      // "who" relates to the name it follows, through an appositive at most:
      // "Altman said employees who left" is not about Altman.
      if (!m && w == "who" && s.tok[x - 1].word && !s.tok[x - 1].cap && !IsRoleWord(s.W(x - 1)) &&
          !In(s.W(x - 1), {"a", "an", "the", "its", "his", "her", "their", "longtime", "former", "'s", "who", "two",
                           "three", "four", "both", "all"}))
        return out;
      if (!m && In(s.W(x - 1), {"he", "she"})) {
        if (auto p = ResolvePronoun(s, x - 1)) {
          out.persons = {*p};
          out.found = true;
        }
        return out;
      }
    }
    return out;
  }
  if (w == "," || w == "--" || w == ")") {
    // "X, chief scientist at Y, has resigned": the leftmost name followed by
    // a comma (or a dash, or a parenthesis) in this clause, which a
    // conjunction ends ("A, who ..., has joined B, while X, a ..., is").
    const Mention* best = nullptr;
    for (size_t x = k; x > 0; --x) {
      if (In(s.W(x - 1), {";", "that", ":", "while", "whereas", "but", "although"})) break;
      const Mention* m = s.At(x - 1);
      if (m) {
        if (IsPersonLike(m) && (s.Is(m->end, ",") || s.Is(m->end, "(") || s.Is(m->end, "--")) &&
            !(m->kind == MKind::kName && (LearnedOrg(m->name) || m->end - m->begin < 2)))
          best = m;
        x = m->begin + 1;
      }
    }
    if (!best) {
      // "X was named head of research at B, leaving A": a participle after
      // the clause of the sentence's last move takes its subject.
      if (k + 1 == t && EndsWith(s.W(t), "ing") && !last_subject_.empty() && !last_subject_hired_) {
        out.persons = last_subject_;
        out.begin = k;
        out.end = k;
        out.found = true;
      }
      return out;
    }
    // "A, a former Google researcher, and B, who led ... at Meta, founded":
    // a list of names with appositives that runs up to the verb.
    size_t end = 0, last_name_end = 0;
    auto items = PersonListAt(s, best->begin, &end, &last_name_end);
    if (items.size() >= 2 && end == k) {
      for (const auto& item : items) out.persons.push_back(item.person);
      out.begin = best->begin;
      out.end = last_name_end;
      out.found = true;
      return out;
    }
    from_mention(best);
    return out;
  }
  return out;
}

// The org that is the subject of a release, delay or hire at t.
bool IsModelWord(string_view lower);

// "In August we launched M", "Last month, we shipped M": a time phrase of
// at most three words that opens the sentence before "we" at `k`.
bool AfterOpeningTime(const Sentence& s, size_t k) {
  if (k < 2 || k > 4 || !In(s.W(0), {"in", "on", "last", "this", "earlier"})) return false;
  for (size_t x = 1; x < k; ++x)
    if (!MonthOf(s.W(x)) && !WeekdayOf(s.W(x)) && !YearToken(s.tok[x]) &&
        !In(s.W(x), {"month", "week", "year", "quarter", "spring", "summer", "autumn", "fall", "winter", ","}))
      return false;
  return true;
}

std::optional<string> Reader::OrgSubject(const Sentence& s, size_t t, size_t* begin) const {
  size_t j = SkipFillersBack(s, t);
  if (j == 0) return std::nullopt;
  size_t k = j - 1;
  if (const Mention* m = s.EndsBefore(k + 1)) {
    if (begin) *begin = m->begin;
    if (m->kind == MKind::kOrg && !m->name.empty()) return m->name;
    if (m->kind == MKind::kName && !RegisteredPerson(m->name)) return m->name;
    return std::nullopt;
  }
  string_view w = s.W(k);
  // "Today we're releasing M": a company's own post speaks for the org it
  // is about.
  if (In(w, {"are", "have"}) && k > 0 && s.Is(k - 1, "we")) w = s.W(--k);
  // Only where the sentence speaks of models: company blogs launch
  // features and services as often.
  if (In(w, {"we", "we're", "we've"}) && !topic_.empty() &&
      (k == 0 || !s.tok[k - 1].word || In(s.W(k - 1), {"today", "now", "and"}) || AfterOpeningTime(s, k)) &&
      std::any_of(s.tok.begin(), s.tok.end(), [](const Token& x) { return IsModelWord(x.lower); })) {
    if (begin) *begin = k;
    return topic_;
  }
  if (In(w, {"it", "they", "which"})) {
    if (begin) *begin = k;
    if (w == "which") return NearestOrgBefore(s, k);
    if (auto named = OrgBeforeSubordinateIt(s, k)) return named;
    if (!topic_.empty()) return topic_;
    return NearestOrgBefore(s, k);
  }
  if (w == ",") {
    for (size_t x = k; x > 0; --x) {
      if (s.Is(x - 1, ";") || s.Is(x - 1, ":")) break;
      const Mention* m = s.At(x - 1);
      if (m) {
        // An unknown single name with a "which" clause or an appositive
        // after it is an org too: "Quenby, which A launched last year, released".
        bool org_like = m->kind == MKind::kOrg ||
                        (m->kind == MKind::kName && !RegisteredPerson(m->name) && s.Is(m->end, ",") &&
                         In(s.W(m->end + 1), {"which", "the", "a", "an"}));
        if (org_like && s.Is(m->end, ",")) {
          bool first_in_clause = m->begin == 0 || In(s.W(m->begin - 1), {";", ":", "that", "--"});
          if (first_in_clause && !m->name.empty()) {
            if (begin) *begin = m->begin;
            return m->name;
          }
        }
        x = m->begin + 1;
      }
    }
  }
  return std::nullopt;
}

// The org named between begin and end: "chief scientist at Nebula Labs",
// "Meta's vice president", "its chief scientist", "the company's team".
std::optional<string> Reader::AffiliationIn(const Sentence& s, size_t begin, size_t end) const {
  for (size_t i = begin; i < end && i < s.size(); ++i) {
    const Mention* m = s.At(i);
    if (m && m->kind == MKind::kOrg && !m->name.empty()) {
      // "the speech research group at A": a unit of the org named after
      // it, not the article's company the generic noun stands for.
      if (m->generic && In(s.W(m->end), {"at", "of", "with"}) && m->end + 1 < end)
        if (auto unit_of = OrgAt(s, m->end + 1); unit_of && !unit_of->generic) return unit_of->name;
      auto hit = OrgAt(s, m->begin);
      return hit ? hit->name : m->name;
    }
    if (m) {
      i = m->end - 1;
      continue;
    }
    if (s.W(i) == "its" || s.W(i) == "their") {
      if (auto org = NearestOrgBefore(s, i)) return org;
      // "Rival B also had news. It confirmed that X, who led its data team,
      // left": the sentence's "it" is the org that opens the one before.
      if (s.Is(0, "it") && previous_sentence_)
        if (auto before = OrgAt(*previous_sentence_, 0); before && !before->generic) return before->name;
      if (!topic_.empty()) return topic_;
    }
  }
  return std::nullopt;
}

// The org of the appositive after `person`'s name between begin and end:
// "X, a senior researcher at A," and "X, A's head of data,". Not past posts
// ("a former ...") nor relative clauses, which the descriptors read.
std::optional<string> Reader::AppositiveAffiliation(const Sentence& s, size_t begin, size_t end,
                                                    const string& person) const {
  for (size_t i = begin; i < end && i < s.size(); ++i) {
    const Mention* m = s.StartsAt(i);
    if (!m || m->name != person) continue;
    size_t a = m->end;
    if (!s.Is(a, ",")) return std::nullopt;
    size_t b = a + 1;
    if (In(s.W(b), {"a", "an", "the"})) ++b;
    bool role = false;
    size_t x = b;
    for (; x < s.size() && x < b + 10 && !In(s.W(x), {",", ";", ".", "who", "whose", "which", "and"}); ++x) {
      if (In(s.W(x), {"former", "formerly", "ex-", "previously", "once"})) return std::nullopt;
      if (IsRoleWord(s.W(x)) && !s.At(x)) role = true;
    }
    if (!role) return std::nullopt;
    return AffiliationIn(s, b, x);
  }
  return std::nullopt;
}

size_t Reader::ClauseEnd(const Sentence& s, size_t i) const {
  for (size_t k = i; k < s.size(); ++k)
    if (In(s.W(k), {";", ".", "--", ":", "but", "while", "whereas"})) return k;
  return s.size();
}

std::optional<DateHit> Reader::DateNear(const Sentence& s, size_t t, size_t te, bool future) const {
  size_t stop = std::min(s.size(), te + 14);
  for (size_t i = te; i < stop; ++i) {
    if (In(s.W(i), {";", ".", "--", "while", "but"})) break;
    if (i > te && s.W(i) == "," && !(i + 1 < s.size() && YearToken(s.tok[i + 1]))) break;
    if (auto d = DateAt(s, i, a_.published, future)) {
      // "in 2017" after a join; "since" dates a state, not the move.
      if (i > 0 && s.Is(i - 1, "since")) continue;
      return d;
    }
    if (In(s.W(i), {"after", "before"}) && In(s.W(i + 1), {"nearly", "almost", "more", "about"})) break;
  }
  for (size_t back = 1; back <= 5 && back <= t; ++back) {
    size_t i = t - back;
    if (In(s.W(i), {",", ";", "that", "said", "says", "announced", "told", ":"})) break;
    if (auto d = DateAt(s, i, a_.published, future)) return d;
  }
  return std::nullopt;
}

string Reader::RoleAfter(const Sentence& s, size_t i) const {
  if (!s.Is(i, "as")) return "";
  size_t j = i + 1;
  if (In(s.W(j), {"a", "an", "the", "its", "their", "his", "her"})) ++j;
  size_t b = j;
  while (j < s.size() && j < b + 8 && !s.At(j) &&
         (IsRoleWord(s.W(j)) || (s.tok[j].cap && In(s.W(j), kRoleCaps)) || s.W(j) == "of" || s.tok[j].word)) {
    if (In(s.W(j), {"at", "for", "in", "on", "after", "and", "to", "from", "with", "when", "since", "effective"}))
      break;
    ++j;
  }
  while (j > b && s.Is(j - 1, "of")) --j;
  if (j == b) return "";
  return Joined(s, b, j, text_);
}

// ---- Emitting ----------------------------------------------------------------

void Reader::Emit(const Sentence& s, FactKind kind, const string& person, const string& org, const string& model,
                  const string& other, const string& role, std::optional<Date> date, std::optional<Date> announced,
                  double confidence) {
  if (org.empty()) return;
  string org_key = FoldKey(org);
  string person_key = FoldKey(person);
  if (kind == FactKind::kRelease || kind == FactKind::kDelay) {
    if (model.empty()) return;
  } else {
    if (person.empty() || person_key == org_key) return;
  }
  ExtractedFact f;
  f.kind = kind;
  f.person = person;
  f.org = org;
  f.model = model;
  f.other_org = FoldKey(other) == org_key ? "" : other;
  f.role = role;
  f.date = date;
  f.announced = announced;
  f.confidence = std::round(std::clamp(confidence, 0.0, 1.0) * 100) / 100;
  f.start = s.span.start;
  f.end = s.span.end;
  if (kind == FactKind::kFounded) last_founded_org_ = org;
  if (kind == FactKind::kJoin && !f.announced) affiliation_[person_key] = org;
  if (kind == FactKind::kDeparture || kind == FactKind::kFounded) affiliation_.emplace(std::move(person_key), org);
  facts_.push_back(std::move(f));
}

// ---- Personnel ---------------------------------------------------------------

struct Trigger {
  size_t t = 0;   // first token
  size_t te = 0;  // token after the trigger words
};

// Departure and join verbs, in their multi-word forms first.
bool MatchDeparture(const Sentence& s, size_t i, size_t* te) {
  string_view w = s.W(i);
  if (In(w, {"step", "steps", "stepped", "stepping"}) && s.Is(i + 1, "down")) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"stepped", "steps", "stepping", "step"}) && s.Is(i + 1, "away")) {
    *te = i + 2;
    return true;
  }
  // "walked away from A", "walked away from a decade at A": only with the
  // org named (not "walked away from the talks").
  if (In(w, {"walked", "walks", "walking", "walk"}) && s.Is(i + 1, "away") && s.Is(i + 2, "from")) {
    *te = i + 2;
    return true;
  }
  // "walked out of A for the last time": Personnel takes only a named org,
  // and an office of A only for the last time (not a protest walkout).
  if (In(w, {"walked", "walks", "walking", "walk"}) && s.Is(i + 1, "out") && s.Is(i + 2, "of")) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"strike", "strikes", "striking", "struck"}) && s.Is(i + 1, "out") && s.Is(i + 2, "on") &&
      In(s.W(i + 3), {"his", "her", "their", "its"}) && s.Is(i + 4, "own")) {
    *te = i + 5;  // "is striking out on his own"
    return true;
  }
  // "has handed in her notice at A".
  if (In(w, {"handed", "hands", "handing"}) && s.Is(i + 1, "in") && In(s.W(i + 2), {"his", "her", "their"}) &&
      s.Is(i + 3, "notice")) {
    *te = i + 4;
    return true;
  }
  // "X is no longer with A", "X is out at A": a post over (not "no longer
  // works on", not "out at the event").
  if (i > 0 && In(s.W(i - 1), {"is", "are", "was", "were"}) &&
      ((w == "no" && s.Is(i + 1, "longer") && In(s.W(i + 2), {"with", "at"})) || (w == "out" && s.Is(i + 1, "at")))) {
    const Mention* m = s.StartsAt(w == "no" ? i + 3 : i + 2);
    if (!m || m->kind != MKind::kOrg) return false;
    *te = w == "no" ? i + 3 : i + 2;  // past "with" or "at": the org is the object
    return true;
  }
  if (In(w, {"jumped", "jumps", "jumping", "jump"}) && s.Is(i + 1, "ship")) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"part", "parts", "parted", "parting"}) && In(s.W(i + 1), {"ways", "company"})) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"left",    "leave",   "leaves",   "leaving",   "depart",  "departs",  "departed",  "departing",
             "resign",  "resigns", "resigned", "resigning", "quit",    "quits",    "quitting",  "exit",
             "exits",   "exited",  "exiting",  "defect",    "defects", "defected", "defecting", "retire",
             "retires", "retired", "retiring", "decamped",  "decamps", "decamping", "decamp"})) {
    // "left" as an adjective or noun: "the left", "left-leaning".
    if (w == "left" && i > 0 && In(s.W(i - 1), {"the", "a", "on", "to", "only", "those", "who's"})) return false;
    if (w == "leave" && i > 0 && In(s.W(i - 1), {"on", "of", "parental", "medical", "maternity", "paternity", "a"}))
      return false;
    if (w == "exit" && i > 0 && In(s.W(i - 1), {"an", "the", "its", "their", "his", "her"})) return false;
    *te = i + 1;
    return true;
  }
  if (In(w, {"announced", "announces", "tendered", "submitted"}) && In(s.W(i + 1), {"his", "her", "their"}) &&
      In(s.W(i + 2), {"resignation", "departure", "retirement", "exit"})) {
    *te = i + 3;
    return true;
  }
  // Passive dismissals: "was ousted", "was forced out".
  if (In(w, {"ousted", "fired", "sacked", "dismissed"}) && i > 0 && In(s.W(i - 1), {"was", "were", "been"})) {
    *te = i + 1;
    return true;
  }
  if (In(w, {"forced", "pushed"}) && s.Is(i + 1, "out") && i > 0 && In(s.W(i - 1), {"was", "were", "been"})) {
    *te = i + 2;
    return true;
  }
  return false;
}

bool MatchJoin(const Sentence& s, size_t i, size_t* te, bool* org_subject) {
  string_view w = s.W(i);
  *org_subject = false;
  if (In(w, {"sign", "signs", "signed", "signing"}) && s.Is(i + 1, "on")) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"came", "come", "comes", "coming"}) && s.Is(i + 1, "aboard")) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"came", "come", "comes", "coming"}) && s.Is(i + 1, "on") && s.Is(i + 2, "board")) {
    *te = i + 3;
    return true;
  }
  if (In(w, {"started", "starts", "starting", "start"}) && s.Is(i + 1, "at")) {
    *te = i + 1;
    return true;
  }
  // "is starting a new chapter at B", "began a new chapter with B": only
  // with a named org (not "a new chapter in her life").
  if (In(w, {"started", "starts", "starting", "start", "began", "begins", "beginning", "begin", "opened", "opens",
             "opening", "open"}) &&
      s.Is(i + 1, "a") && s.Is(i + 2, "new") && s.Is(i + 3, "chapter") && In(s.W(i + 4), {"at", "with"})) {
    const Mention* m = s.StartsAt(i + 5);
    if (!m || m->kind != MKind::kOrg || m->generic) return false;
    *te = i + 4;
    return true;
  }
  if (In(w, {"returned", "returns", "returning", "return", "moved", "moves", "moving", "move", "went", "headed",
             "heads", "heading", "jumped", "jumps", "jumping", "jump"}) &&
      s.Is(i + 1, "to")) {
    // Only to a named org: "moved to Lisbon" is no job.
    const Mention* m = s.StartsAt(i + 2);
    if (!m || m->kind != MKind::kOrg || m->generic) return false;
    *te = i + 2;
    return true;
  }
  if (In(w, {"join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined", "rejoining"})) {
    *te = i + 1;
    return true;
  }
  // "has taken a job at B", "accepted a position at B", "will take up a
  // research post at B": a job at a named org, after at most two words that
  // say what kind ("a new teaching role at B").
  bool take = In(w, {"took", "taken", "takes", "taking", "take"});
  size_t article = take && s.Is(i + 1, "up") ? i + 2 : i + 1;
  if ((take || In(w, {"accepted", "accepts", "accepting", "accept"})) && In(s.W(article), {"a", "an"})) {
    size_t at = article + 1;
    for (size_t kind = 0; kind < 2 && at < s.size() && s.tok[at].word && !s.tok[at].cap && !s.At(at) &&
                          !In(s.W(at), {"job", "position", "role", "post"});
         ++kind)
      ++at;
    if (!In(s.W(at), {"job", "position", "role", "post"}) || !In(s.W(at + 1), {"at", "with"})) return false;
    const Mention* m = s.StartsAt(at + 2);
    if (!m || m->kind != MKind::kOrg || m->generic) return false;
    *te = at + 1;
    return true;
  }
  // "has landed at B", "has resurfaced at B": a person lands a job, a
  // product lands on a market.
  if (In(w, {"landed", "lands", "landing", "land", "resurfaced", "resurfaces", "resurfacing", "resurface"}) &&
      s.Is(i + 1, "at")) {
    const Mention* m = s.StartsAt(i + 2);
    if (!m || m->kind != MKind::kOrg || m->generic) return false;
    *te = i + 1;
    return true;
  }
  if (In(w, {"added", "adds", "welcomed", "welcomes"}) && i > 0 && !In(s.W(i - 1), {"was", "were", "been", "be"})) {
    // "Y has added X as head of research": only with a name right after.
    const Mention* m = s.StartsAt(i + 1);
    if (!m || m->kind == MKind::kOrg || m->kind == MKind::kModel) return false;
    *org_subject = true;
    *te = i + 1;
    return true;
  }
  if (In(w, {"brought", "brings", "bringing"}) && In(s.W(i + 1), {"on", "in", "aboard"})) {
    *org_subject = true;
    *te = i + 2;
    return true;
  }
  // "was snapped up by B", "B snapped up X".
  if (In(w, {"snapped", "snaps", "snapping"}) && s.Is(i + 1, "up")) {
    *org_subject = true;
    *te = i + 2;
    return true;
  }
  if (In(w, {"hired", "hires", "hire", "appointed", "appoints", "poached", "poaches", "recruited", "recruits", "named",
             "names", "lured", "lures", "tapped", "taps"})) {
    if (w == "hire" && i > 0 && In(s.W(i - 1), {"a", "new", "the", "first", "key", "latest"})) return false;
    *org_subject = true;
    *te = i + 1;
    // "was hired away by B", "lured away".
    if (s.Is(i + 1, "away") && In(w, {"hired", "poached", "lured", "recruited"})) *te = i + 2;
    return true;
  }
  return false;
}

// Whether what follows a verb with no org object leaves the org unsaid
// ("has resigned.", "joined as CTO") rather than naming something else
// ("left the meeting", "joined the call").
bool NothingObjectLike(const Sentence& s, size_t k) {
  if (k >= s.size() || !s.tok[k].word) return true;
  string_view w = s.W(k);
  if (In(w, {"as",          "in",         "on",          "after",   "to",    "for",     "with",       "effective",
             "effectively", "and",        "but",         "amid",    "over",  "citing",  "following",  "because",
             "since",       "saying",     "according",   "last",    "this",  "earlier", "next",       "later",
             "early",       "late",       "before",      "until",   "when",  "while",   "so",         "then",
             "today",       "yesterday",  "immediately", "shortly", "soon",  "weeks",   "months",     "days",
             "nearly",      "almost",     "more",        "or",      "by",    "too",     "also",       "abruptly",
             "quietly",     "officially", "recently",    "once",    "again", "instead", "altogether", "permanently",
             "entirely",    "within",     "alongside"}))
    return true;
  if (w == "at" && (s.Is(k + 1, "the") && s.Is(k + 2, "end"))) return true;
  if (MonthOf(w) || WeekdayOf(w) || YearToken(s.tok[k])) return true;
  return false;
}

bool Passive(const Sentence& s, size_t t) {
  size_t k = t;
  while (k > 0 && In(s.W(k - 1), {"also", "recently", "reportedly", "officially", "just", "now"})) --k;
  return k > 0 && In(s.W(k - 1), {"was", "were", "been", "be", "is", "are", "being", "get", "got"});
}

bool IsFoundVerb(string_view w);

// Whether the sentence, after word t, has the org founded: "X has resigned
// and co-founded a start-up, B," does not leave B.
bool FoundedLaterIn(const Sentence& s, size_t t, const string& org) {
  bool found_verb = false;
  for (size_t x = t + 1; x < s.size(); ++x) {
    if (IsFoundVerb(s.W(x))) found_verb = true;
    const Mention* m = s.StartsAt(x);
    if (found_verb && m && m->kind == MKind::kOrg && FoldKey(m->name) == FoldKey(org)) return true;
  }
  return false;
}

void Reader::Personnel(const Sentence& s, size_t t, size_t te, bool departure, bool org_subject_verb) {
  string_view verb = s.W(t);
  bool passive = org_subject_verb && Passive(s, t);
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;

  std::vector<string> persons;
  string org, other, role, dest_role;
  size_t subject_begin = t, subject_end = t;
  double confidence = 0.9;

  if (org_subject_verb && !passive) {
    // "Saltmarsh AI hired X from Y as Z", "The memo named new hires including X".
    size_t b = 0;
    auto subject = OrgSubject(s, t, &b);
    size_t k = te;
    bool hires = false;
    string group_from;  // "three researchers from Meta: A, B and C"
    if (In(s.W(k), {"one", "two", "three", "four", "five", "several", "some"}) && s.Is(k + 1, "of")) {
      // "poached two of OpenAI's infrastructure leads, A and B": they came
      // from the org the group belonged to.
      if (auto o = OrgAt(s, k + 2); o && (s.Is(o->end - 1, "'s") || s.Is(o->end - 1, "'"))) {
        size_t x = o->end;
        while (x < s.size() && x < o->end + 6 && s.tok[x].word && !s.At(x)) ++x;
        if ((s.Is(x, ",") || s.Is(x, ":")) && x > o->end && PersonAt(s, x + 1)) {
          group_from = o->name;
          k = x + 1;
        }
      }
    }
    if (In(s.W(k), {"new", "several", "three", "two", "four", "five"}) || s.Is(k, "hires")) {
      size_t x = k;
      // "hired two researchers from A, X and Y": a comma before the names.
      while (x < s.size() && x < k + 7 && !In(s.W(x), {"including", ":", ";", "."}) &&
             !(s.Is(x, ",") && PersonAt(s, x + 1)))
        ++x;
      size_t noun_end = x > k && s.Is(x - 1, ",") ? x - 1 : x;
      if (auto source = GroupSource(s, k, noun_end)) {
        group_from = source->name;
        noun_end = source->from;
      }
      if ((In(s.W(x), {"including", ":"}) || s.Is(x, ",")) &&
          (s.Is(noun_end - 1, "hires") || IsPeopleNoun(s.W(noun_end - 1)))) {
        k = x + 1;
        hires = true;
      }
    }
    if (!subject && b == 0 && last_hiring_org_ && s.Is(SkipFillersBack(s, t) - 1, "and")) {
      // "appointed X as COO and hired Y from Z": the first verb's subject.
      subject = last_hiring_org_;
    }
    if (verb == "named" && !hires && !subject) return;
    size_t end = k, name_end = k;
    auto items = PersonListAt(s, k, &end, &name_end);
    if (items.empty()) {
      // "B has hired three researchers from A to staff a lab": the names
      // may follow in the next sentence.
      if (subject && !hires && In(s.W(k), {"two", "three", "four", "five", "six", "several"})) {
        size_t x = k + 1;
        while (x < s.size() && x < k + 4 && !IsPeopleNoun(s.W(x)) && s.tok[x].word && !s.At(x)) ++x;
        if (x < s.size() && IsPeopleNoun(s.W(x)) && s.Is(x + 1, "from"))
          if (auto o = OrgAt(s, x + 2); o && !o->generic) {
            group_departure_org_ = o->name;
            group_departure_end_ = s.span.end;
            group_destination_ = *subject;
            group_count_ = CountWord(s.W(k));
          }
      }
      return;
    }
    // "named X, previously its head of research, as chief scientist": a
    // move within the org that names them, not a join. A bare "its ROLE"
    // appositive counts only when the new post follows it.
    if (items.size() == 1 && !hires && s.Is(name_end, ",") &&
        In(verb, {"named", "names", "appointed", "appoints", "tapped", "taps"})) {
      size_t a = name_end + 1;
      bool until_now = s.Is(a, "until") && s.Is(a + 1, "now");
      bool before = until_now || In(s.W(a), {"previously", "formerly", "currently", "already"});
      if (before) a += until_now ? 2 : 1;
      if (In(s.W(a), {"its", "their"})) {
        size_t r = a + 1;
        while (r < s.size() && r < a + 10 && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps))) ++r;
        if (r > a + 1 && s.Is(r, ",") && (before || In(s.W(r + 1), {"as", "to"}))) return;
      }
    }
    string target = subject ? *subject : (hires ? topic_ : "");
    if (hires && !subject) confidence = 0.75;
    if (target.empty()) return;
    role = RoleAfter(s, s.Is(end, ",") ? end + 1 : end);
    if (In(verb, {"named", "names", "appointed", "appoints", "tapped", "taps"}) && role.empty() && !hires) {
      // "named X chief scientist": a role right after the name.
      size_t r = end;
      // "named X, formerly of Y, its chief operating officer".
      if (s.Is(r, ",") && In(s.W(r + 1), {"its", "their", "as", "to"})) ++r;
      // "tapped X to lead its chip team".
      bool to_lead = s.Is(r, "to") && In(s.W(r + 1), {"lead", "run", "head", "oversee", "co-lead", "direct"});
      if (In(s.W(r), {"its", "their", "the", "as"})) ++r;
      if (In(s.W(r), {"new", "next", "first", "permanent"})) ++r;
      size_t rb = r;
      while (r < s.size() && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps)) && s.W(r) != "and") ++r;
      while (r > rb && s.Is(r - 1, "of")) --r;
      if (r == rb && !to_lead) return;
      if (r > rb) role = Joined(s, rb, r, text_);
    }
    string from = group_from;
    for (size_t x = end; x < s.size() && x < end + 10; ++x) {
      if (In(s.W(x), {";", "."})) break;
      // "appointed X as COO and hired Y from Z": Z is Y's.
      if (s.Is(x, "and") && In(s.W(x + 1), {"hired", "appointed", "named", "poached", "recruited", "tapped", "added"}))
        break;
      if (s.Is(x, "from")) {
        if (auto o = OrgAt(s, x + 1)) from = o->name;
        break;
      }
    }
    auto date = DateNear(s, t, te, as.future);
    last_hiring_org_ = target;
    for (auto& item : items) {
      // "poached X, a senior researcher at A, for its lab": X's post at A
      // is the one the hire ended (not for "named", often a board seat).
      if (item.from.empty() && from.empty() &&
          In(verb, {"hired", "hires", "poached", "poaches", "lured", "lures", "recruited", "recruits"}))
        if (auto at = AppositiveAffiliation(s, k, end, item.person); at && FoldKey(*at) != FoldKey(target))
          item.from = *at;
    }
    for (const auto& item : items) {
      string departed = item.from.empty() ? from : item.from;
      Emit(s, FactKind::kJoin, item.person, target, "", departed, role, date ? std::optional(date->date) : std::nullopt,
           std::nullopt, confidence);
      if (!departed.empty())
        Emit(s, FactKind::kDeparture, item.person, departed, "", target, "",
             date ? std::optional(date->date) : std::nullopt, std::nullopt, confidence - 0.05);
    }
    last_subject_.clear();
    for (const auto& item : items) last_subject_.push_back(item.person);
    last_subject_hired_ = true;
    return;
  }

  Subject subject = PersonSubject(s, t);
  // "Having left A in March, X joined B"; "X now leads research at B,
  // having left A in March": the person of the main clause.
  if (size_t h = SkipFillersBack(s, t); !subject.found && h > 0 && s.Is(h - 1, "having")) {
    std::optional<string> who;
    size_t at = 0;
    if (h == 1) {
      size_t c = t + 1;
      while (c < s.size() && c < t + 12 && !In(s.W(c), {",", ";", "."})) ++c;
      if (s.Is(c, ",")) {
        at = c + 1;
        who = PersonAt(s, at);
      }
    } else if (h >= 3 && s.Is(h - 2, ",")) {
      // "X, having left A, ...", else the person opening the sentence.
      const Mention* before = s.EndsBefore(h - 2);
      if (IsPersonLike(before) && (before->kind == MKind::kPerson || before->end - before->begin >= 2)) {
        at = before->begin;
        who = PersonAt(s, at);
      } else if (DescriptorBegin(s, 0) == 0) {
        who = PersonAt(s, 0);
      }
    }
    if (who) {
      subject.persons = {*who};
      subject.begin = at;
      subject.end = s.StartsAt(at) ? s.StartsAt(at)->end : at + 1;
      subject.found = true;
    }
  }
  if (!subject.found && departure && In(verb, {"part", "parts", "parted", "parting"}) &&
      s.Is(SkipFillersForward(s, te), "with")) {
    // "A parted ways with its chief scientist, X": the org's subject, the
    // person its object.
    size_t b = 0;
    auto org_subject = OrgSubject(s, t, &b);
    size_t k = SkipFillersForward(s, te) + 1;
    if (In(s.W(k), {"its", "their", "the"})) ++k;
    while (k < s.size() && k < te + 8 && (IsRoleWord(s.W(k)) || In(s.W(k), kRoleCaps)) && !PersonAt(s, k)) ++k;
    if (s.Is(k, ",")) ++k;
    auto person = PersonAt(s, k);
    if (org_subject && person) {
      auto date = DateNear(s, t, te, as.future);
      Emit(s, FactKind::kDeparture, *person, *org_subject, "", "", "",
           date ? std::optional(date->date) : std::nullopt, std::nullopt, 0.8);
    }
    return;
  }
  if (!subject.found && departure && GroupWhoLeft(s, t, te)) return;
  if (!subject.found) {
    size_t j = SkipFillersBack(s, t);
    auto group_org = departure && j > 0 && IsPeopleNoun(s.W(j - 1)) ? OrgAt(s, SkipFillersForward(s, te))
                                                                      : std::nullopt;
    if (group_org && !group_org->generic) {
      group_departure_org_ = group_org->name;
      group_departure_end_ = s.span.end;
      group_destination_.clear();
      group_count_ = 0;
      for (size_t x = j - 1; x > 0 && x + 4 > j && !group_count_; --x) group_count_ = CountWord(s.W(x - 1));
      size_t d = group_org->end;
      if (s.Is(d, "to") && In(s.W(d + 1), {"join", "rejoin"})) ++d;
      if (In(s.W(d), {"for", "to", "join", "rejoin"}))
        if (auto to = OrgAt(s, d + 1); to && !to->generic) group_destination_ = to->name;
    }
    return;
  }
  persons = subject.persons;
  subject_begin = subject.begin;
  subject_end = subject.end;
  // "we take a trip to Donut County, join the Strange Brigade, ...": a
  // name after a preposition, then a comma and the verb, is no subject
  // but the end of the verb phrase before.
  // "After a decade in Harlow County, X joined B": nor is the first name
  // of a subject list that follows a preposition and a comma.
  if (subject_begin > 0 && In(s.W(subject_begin - 1), {"to", "at", "in", "from", "with", "into", "on", "for", "of"})) {
    const Mention* first = s.StartsAt(subject_begin);
    if (first && s.Is(first->end, ",")) {
      if (persons.size() == 1 && subject_end + 1 == t) return;
      if (persons.size() > 1 && FoldKey(persons.front()) == FoldKey(first->name)) persons.erase(persons.begin());
    }
  }
  // "X, along with Y, has left A": Y moves too.
  if (s.Is(subject_end, ",") && subject_end < t) {
    size_t w = subject_end + 1;
    if ((s.Is(w, "along") || s.Is(w, "together")) && s.Is(w + 1, "with")) w += 2;
    else if (s.Is(w, "alongside")) w += 1;
    else w = 0;
    size_t end = 0;
    auto also = w ? PersonListAt(s, w, &end) : std::vector<ListItem>{};
    if (!also.empty() && s.Is(end, ",") && end < t)
      for (const auto& item : also) persons.push_back(item.person);
  }
  last_subject_ = persons;
  last_subject_hired_ = false;

  size_t k = SkipFillersForward(s, te);
  std::optional<OrgHit> object;
  if (departure) {
    if (In(verb, {"part", "parts", "parted", "parting"})) {
      if (s.Is(k, "with")) object = OrgAt(s, k + 1);
      if (!object) {
        if (auto org_before = AffiliationIn(s, 0, t)) object = OrgHit{*org_before, k, false};
      }
    } else if (In(verb, {"walked", "walks", "walking", "walk"})) {
      // "walked away from A", "from a decade at A", "from her job at A";
      // nothing else walked away from is an employer.
      object = OrgAt(s, k + 1);
      if (object && s.Is(k, "of")) {
        bool last_time = false;
        for (size_t x = object->end; x + 1 < s.size(); ++x)
          if (s.Is(x, "last") && s.Is(x + 1, "time")) last_time = true;
        if (!last_time && In(s.W(object->end), {"'s", "'"})) return;
        if (!last_time && !NothingObjectLike(s, object->end)) return;
      }
      for (size_t x = k + 1; !object && x + 1 < s.size() && x < k + 6; ++x) {
        if (!s.tok[x].word) break;
        if (In(s.W(x), {"years", "decade", "decades", "job", "post", "role", "stint", "tenure", "career", "position"}) &&
            In(s.W(x + 1), {"at", "with"}))
          object = OrgAt(s, x + 2);
      }
      if (!object || object->generic) return;
    } else if (s.Is(k, "from") || s.Is(k, "at")) {
      object = OrgAt(s, k + 1);
      // "resigned from his post as head of research at X".
      for (size_t x = k + 1; !object && x < s.size() && x < k + 10; ++x) {
        if (In(s.W(x), {",", ";", ".", "to", "and"})) break;
        if (In(s.W(x), {"at", "of", "with"})) object = OrgAt(s, x + 1);
      }
      if (object) k = object->end;
    } else if (s.Is(k, "as")) {
      // "stepped down as chief executive but will remain chairman": a new
      // role at the same org, not a departure.
      for (size_t x = k + 1; x < s.size() && !s.Is(x, ";"); ++x)
        if (In(s.W(x), {"remain", "remains", "remaining", "stay", "stays", "staying", "continue", "continues"}))
          return;
      role = RoleAfter(s, k);
      for (size_t x = k + 1; x < s.size() && x < k + 10; ++x) {
        if (In(s.W(x), {",", ";", "."})) break;
        if (In(s.W(x), {"of", "at"})) {
          object = OrgAt(s, x + 1);
          if (object) break;
        }
      }
    } else if (In(s.W(k), {"his", "her", "their"}) &&
               In(s.W(k + 1), {"position", "post", "role", "job", "seat", "positions", "posts", "roles", "jobs"})) {
      // "left his position at A", "quit her job as head of sales with A":
      // the post left, then where it was, within the clause.
      for (size_t x = k + 2; x < s.size() && x < k + 10; ++x) {
        if (In(s.W(x), {",", ";", ".", "to", "and", "for", "in"})) break;
        if (In(s.W(x), {"at", "with"})) {
          object = OrgAt(s, x + 1);
          break;
        }
      }
    } else if (!In(verb, {"defect", "defects", "defected", "defecting", "decamped", "decamps", "decamping", "decamp",
                          "jumped", "jumps", "jumping", "jump"})) {
      object = OrgAt(s, k);
    }
    if (object) k = object->end;
    // "left Microsoft, where she led Copilot research, to join B": past a
    // relative clause about the org left.
    if (object && s.Is(k, ",") && In(s.W(k + 1), {"where", "which"})) {
      for (size_t x = k + 2; x + 1 < s.size() && x < k + 20; ++x) {
        if (In(s.W(x), {";", ".", "--", "\""})) break;
        if (!s.Is(x, ",")) continue;
        if (In(s.W(x + 1), {"to", "for", "joining", "rejoining"})) k = x + 1;
        break;
      }
    }
    // Where to: "to join B", "for B", "to B".
    size_t limit = std::min(ClauseEnd(s, k), k + 12);
    for (size_t x = k; x < limit; ++x) {
      string_view w = s.W(x);
      if (w == "," && !In(s.W(x + 1), {"joining", "rejoining", "to"})) break;
      std::optional<OrgHit> dest;
      if (w == "to" && In(s.W(x + 1), {"join", "rejoin", "head", "lead", "start"})) {
        if (s.W(x + 1) == "join" || s.W(x + 1) == "rejoin") dest = OrgAt(s, x + 2);
      } else if (w == "to" && In(s.W(x + 1), {"teach", "lecture", "work"}) && s.Is(x + 2, "at") &&
                 !In(s.W(x - 1), {"plans", "plan", "hopes", "wants", "intends", "expects", "considering"})) {
        // "left Baidu in 2021 to teach at Tsinghua University".
        dest = OrgAt(s, x + 3);
      } else if (w == "to" && s.Is(x + 1, "become")) {
        // "to become a partner at Index Ventures".
        for (size_t y = x + 2; y < s.size() && y < x + 10 && !dest; ++y) {
          if (In(s.W(y), {",", ";", "."})) break;
          if (In(s.W(y), {"at", "of"})) dest = OrgAt(s, y + 1);
        }
      } else if (w == "for" && (x == k || x == SkipFillersForward(s, te))) {
        dest = OrgAt(s, x + 1);
      } else if (w == "to" && x == k &&
                 In(verb, {"defect", "defects", "defected", "defecting", "decamped", "decamps", "decamping", "decamp",
                           "left", "leaving", "jumped", "jumps", "jumping", "jump"})) {
        dest = OrgAt(s, x + 1);
      } else if ((w == "joining" || w == "rejoining") && x > k) {
        dest = OrgAt(s, x + 1);
      }
      if (dest) {
        other = dest->name;
        dest_role = RoleAfter(s, dest->end);
        break;
      }
    }
    // "quit A to start B": a founding too.
    string started;  // B, which is not the org left
    for (size_t x = k; x < limit; ++x) {
      if (!s.Is(x, "to") || !In(s.W(x + 1), {"start", "found", "co-found", "launch", "form", "create", "build"}))
        continue;
      size_t y = x + 2;
      std::optional<OrgHit> founded;
      if (s.Is(y, "the")) {
        // "to co-found the robotics start-up Quill Motion": the name after
        // a company noun, not the org "the start-up" stands for.
        auto generic = OrgAt(s, y);
        if (generic && !generic->generic) founded = generic;  // "the now-defunct Mireille AI"
        size_t z = generic && generic->generic ? generic->end : y + 1;
        while (z < s.size() && z < y + 5 && s.tok[z].word && !s.tok[z].cap &&
               !In(s.W(z - 1), {"company", "start-up", "startup", "lab", "firm", "venture"}))
          ++z;
        if (!founded && In(s.W(z - 1), {"company", "start-up", "startup", "lab", "firm", "venture"}))
          founded = OrgAt(s, z);
      } else if (In(s.W(y), {"a", "an", "his", "her", "their", "its"})) {
        for (size_t z = y + 1; z < s.size() && z < y + 6; ++z) {
          if (In(s.W(z), {"called", "named", "dubbed"})) {
            founded = OrgAt(s, z + 1);
            break;
          }
          // "to start their own company, Sableworks,".
          if (s.Is(z, ",") && In(s.W(z - 1), {"company", "start-up", "startup", "lab", "firm", "venture"})) {
            founded = OrgAt(s, z + 1);
            break;
          }
          if (!s.tok[z].word || s.At(z)) break;
        }
      } else {
        founded = OrgAt(s, y);
      }
      if (founded && !founded->generic) {
        started = founded->name;
        for (const auto& person : persons)
          Emit(s, FactKind::kFounded, person, founded->name, "", "", "", std::nullopt, std::nullopt, 0.8);
        // "left A to co-found B with former Apple engineer Y": Y too.
        if (s.Is(founded->end, "with")) {
          size_t list_end = 0;
          for (const auto& item : PersonListAt(s, founded->end + 1, &list_end))
            Emit(s, FactKind::kFounded, item.person, founded->name, "", "", "", std::nullopt, std::nullopt, 0.75);
        }
      }
      break;
    }
    // "Tarrow Labs, the start-up she left in May", "..., the start-up he
    // stepped away from": the appositive's org, which a generic head
    // right before the subject stands for.
    const Mention* head = subject_begin > 0 ? s.EndsBefore(subject_begin) : nullptr;
    bool stranded = s.Is(k, "from") && (k + 1 >= s.size() || NothingObjectLike(s, k + 1));
    if (!object && head && head->generic && !head->name.empty() && head->begin >= 2 && s.Is(head->begin - 1, ",") &&
        (stranded || NothingObjectLike(s, k)) && FoldKey(head->name) != FoldKey(other))
      object = OrgHit{head->name, k, false};
    if (object) {
      org = object->name;
    } else {
      if (other.empty() && !NothingObjectLike(s, SkipFillersForward(s, te)) &&
          !In(verb, {"part", "parts", "parted", "parting"}) && !s.Is(SkipFillersForward(s, te), "as"))
        return;
      // Not stated after the verb: the subject's appositive or its role
      // prefix, what the article said before, else the article's org.
      if (auto aff = AffiliationIn(s, subject_end, t)) org = *aff;
      if (org.empty() && subject_begin > 0) {
        // "Tencent's Hunyuan lead, Wei Chen,", "Ironbark AI CEO Marcus Lee".
        size_t floor = subject_begin > 8 ? subject_begin - 8 : 0;
        for (size_t x = subject_begin; x > floor && org.empty(); --x) {
          string_view w = s.W(x - 1);
          if (In(w, {".", ";", ":", "said", "says", "told", "and", "--"})) break;
          const Mention* m = s.At(x - 1);
          if (m && m->kind == MKind::kOrg && !m->name.empty() &&
              (s.Is(m->end, "'s") || IsRoleWord(s.W(m->end)) || In(s.W(m->end), kRoleCaps))) {
            if (!(m->begin > 0 && In(s.W(m->begin - 1), {"former", "ex-"}))) org = m->name;
          }
          if (m) x = m->begin + 1;
        }
      }
      if (org.empty() && subject_begin >= 5 && s.Is(subject_begin - 1, ",")) {
        // "Perihelion AI said its president, X, will step down": the org
        // that speaks of its own officer.
        size_t r = subject_begin - 1;
        while (r > 0 && r + 8 > subject_begin &&
               (IsRoleWord(s.W(r - 1)) || In(s.W(r - 1), kRoleCaps) || In(s.W(r - 1), {"of", "and", "longtime"})) &&
               !s.At(r - 1))
          --r;
        if (r + 1 < subject_begin && r >= 3 && In(s.W(r - 1), {"its", "their"})) {
          size_t v = r - 1;
          if (s.Is(v - 1, "that")) --v;
          if (v >= 2 && In(s.W(v - 1), {"said", "says", "announced", "announces", "confirmed", "confirms", "disclosed"}))
            if (const Mention* m = s.EndsBefore(v - 1); m && m->kind == MKind::kOrg && !m->name.empty()) org = m->name;
        }
      }
      if (org.empty() && subject_begin >= 2 && In(s.W(subject_begin - 1), {"which", "where", "that"})) {
        // "Google, which she left in 2021", "Meta, where he worked before leaving".
        size_t x = subject_begin - 1;
        if (s.Is(x - 1, ",")) --x;
        if (const Mention* m = s.EndsBefore(x); m && m->kind == MKind::kOrg && !m->name.empty()) org = m->name;
      }
      if (org.empty() && subject_begin >= 4 && s.Is(subject_begin - 1, "--")) {
        // "Three researchers who helped build Halcyon's image models -- A, B
        // and C -- have left": the org of the group's relative clause.
        size_t who = subject_begin - 1;
        while (who > 1 && who + 14 > subject_begin && !s.Is(who - 1, "who")) --who;
        if (who > 1 && s.Is(who - 1, "who") && IsPeopleNoun(s.W(who - 2))) {
          for (size_t x = who; x + 1 < subject_begin && org.empty(); ++x) {
            const Mention* m = s.At(x);
            if (!m) continue;
            bool named = m->kind == MKind::kOrg && !m->generic;
            bool owner = m->kind == MKind::kName && !RegisteredPerson(m->name) && s.Is(m->end, "'s");
            bool at = m->kind == MKind::kName && LearnedOrg(m->name) && m->begin > 0 &&
                      In(s.W(m->begin - 1), {"at", "for", "from"});
            if ((named || owner || at) && !m->name.empty()) org = m->name;
            x = m->end - 1;
          }
        }
        // "Three researchers from Corlanthe AI -- A, B and C -- have left":
        // the org the counted people come from.
        size_t dash = subject_begin - 1;
        size_t open = dash;
        while (open > 0 && open + 12 > dash && !s.Is(open - 1, "--")) --open;
        if (org.empty() && open >= 3 && s.Is(open - 1, "--") && open + 12 > dash) {
          for (size_t x = 0; x + 2 < open; ++x) {
            if (!IsPeopleNoun(s.W(x)) || !In(s.W(x + 1), {"from", "at"})) continue;
            if (auto from = OrgAt(s, x + 2); from && !from->generic && from->end + 1 == open)
              org = from->name;
          }
        }
      }
      if (org.empty() && subject_begin >= 4) {
        // "X is returning to A, a year after she left to start B": the stint
        // that ended was at the org returned to.
        std::optional<OrgHit> returned;
        bool after = false;
        for (size_t x = 0; x < subject_begin; ++x) {
          if (In(s.W(x), {";", "but", "while"})) returned.reset();
          if (In(s.W(x), {"returned", "returning", "returns", "return"}) && s.Is(x + 1, "to"))
            returned = OrgAt(s, x + 2);
          else if (In(s.W(x), {"rejoined", "rejoining", "rejoins", "rejoin"}))
            returned = OrgAt(s, x + 1);
          if (returned && s.Is(x, "after")) after = true;
        }
        if (returned && after && !returned->generic && FoldKey(returned->name) != FoldKey(other)) org = returned->name;
      }
      if (org.empty() && persons.size() == 1) {
        auto it = affiliation_.find(FoldKey(persons[0]));
        if (it != affiliation_.end() && FoldKey(it->second) != FoldKey(started)) org = it->second;
      }
      if (org.empty()) {
        // "after nearly eight years at Meta".
        for (size_t x = 0; x < s.size(); ++x) {
          if (s.Is(x, "years") || s.Is(x, "decade") || s.Is(x, "months") || s.Is(x, "stint") || s.Is(x, "tenure")) {
            if (s.Is(x + 1, "at") || s.Is(x + 1, "with")) {
              if (auto o = OrgAt(s, x + 2)) {
                if (FoldKey(o->name) != FoldKey(other)) {
                  org = o->name;
                  break;
                }
              }
            }
          }
        }
      }
      if (org.empty()) {
        // "Intel has lost another senior researcher: X departed this week
        // for B": the org that lost someone, before the colon.
        size_t colon = t;
        while (colon > 0 && !s.Is(colon - 1, ":")) --colon;
        for (size_t x = colon >= 2 ? colon - 2 : 0; colon >= 2 && x > 0; --x) {
          if (!In(s.W(x), {"lost", "loses"})) continue;
          size_t b = 0;
          if (auto from = OrgSubject(s, x, &b); from && FoldKey(*from) != FoldKey(other)) {
            org = *from;
            confidence = 0.7;
          }
          break;
        }
      }
      if (org.empty() && !group_departure_org_.empty() && FoldKey(group_departure_org_) != FoldKey(other) &&
          s.span.start >= group_departure_end_ && s.span.start - group_departure_end_ <= 2) {
        // "Two researchers have quit Palisade AI. A departed on Monday".
        org = group_departure_org_;
        confidence = 0.65;
      }
      if (org.empty() && topic_.empty()) {
        // No topic: the one org the sentence names, as where a post is held
        // ("X is the new chief executive of B, replacing Y, who stepped down
        // last month"; not "Y, who stepped down, has joined B").
        std::optional<string> only;
        bool several = false, post = false;
        for (const auto& m : s.men)
          if (m.kind == MKind::kOrg && !m.generic && !m.name.empty()) {
            if (only && FoldKey(*only) != FoldKey(m.name)) several = true;
            only = m.name;
            post = m.begin > 0 && In(s.W(m.begin - 1), {"of", "at"});
          }
        if (only && !several && post && FoldKey(*only) != FoldKey(other)) {
          org = *only;
          confidence = 0.6;
        }
      }
      // "X has left to start a new company, B": B is no org left, even as
      // the article's topic.
      if (org.empty() && !topic_.empty() && FoldKey(topic_) != FoldKey(other) && FoldKey(topic_) != FoldKey(started) &&
          !FoundedLaterIn(s, t, topic_) && s.span.start >= topic_named_at_) {
        org = topic_;
        confidence = 0.6;
      }
      if (!other.empty() && FoldKey(org) == FoldKey(other)) return;
    }
  } else {
    // Joins.
    if (s.Is(k, "with") || s.Is(k, "at")) ++k;
    if (s.Is(k, "to") && In(s.W(k + 1), {"join", "rejoin", "lead", "run", "head", "oversee"})) k += 2;
    if (s.Is(t + 1, "at")) k = t + 2;
    if (passive && s.Is(k, "by")) ++k;
    object = OrgAt(s, k);
    if (object && In(s.W(object->end), {"board", "boards", "advisory", "panel", "council"})) return;
    // "join Ryan and Vinny to discuss", "joins Ryan, Brad, and Vinny": a
    // list of bare given names is people joined, no org.
    if (const Mention* m = object ? s.StartsAt(k) : nullptr;
        m && !m->entry && !m->generic && m->kind != MKind::kPerson && m->end == m->begin + 1) {
      size_t n = m->end;
      if (s.Is(n, ",")) ++n;
      if (s.Is(n, "and")) ++n;
      const Mention* next = n > m->end ? s.StartsAt(n) : nullptr;
      if (next && !next->entry && !next->generic && next->kind != MKind::kModel && next->end == next->begin + 1) return;
    }
    if (object) {
      k = object->end;
      org = object->name;
    } else if (s.Is(k, "as")) {
      role = RoleAfter(s, k);
      for (size_t x = k + 1; x < s.size() && x < k + 10; ++x) {
        if (In(s.W(x), {",", ";", "."})) break;
        if (In(s.W(x), {"of", "at"})) {
          if (auto o = OrgAt(s, x + 1)) {
            org = o->name;
            break;
          }
        }
      }
    }
    if (passive && (In(verb, {"poached", "lured", "recruited"}) || s.Is(t + 1, "away")) && other.empty()) {
      // "X, head of research at A, was poached by B": X left A.
      if (auto aff = AffiliationIn(s, subject_end, t)) other = *aff;
      if (other.empty() && persons.size() == 1) {
        auto it = affiliation_.find(FoldKey(persons[0]));
        if (it != affiliation_.end()) other = it->second;
      }
      if (FoldKey(other) == FoldKey(org)) other.clear();
    }
    if (passive && In(verb, {"named", "appointed", "tapped"})) {
      if (org.empty()) {
        // "X has been named chief scientist of A", "was appointed head of
        // research at A": the org after the role.
        size_t r = k;
        if (In(s.W(r), {"as", "the", "a", "an"})) ++r;
        size_t rb = r;
        while (r < s.size() && r < rb + 8 && !s.At(r) && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps)) &&
               !s.Is(r, "and")) {
          if (In(s.W(r), {"of", "at"}) && r > rb) {
            if (auto o = OrgAt(s, r + 1); o && !o->generic) {
              org = o->name;
              object = o;
              role = Joined(s, rb, r, text_);
              k = o->end;
              break;
            }
          }
          ++r;
        }
        if (org.empty() && r > rb && s.Is(r, "at")) {
          if (auto o = OrgAt(s, r + 1); o && !o->generic) {
            org = o->name;
            object = o;
            role = Joined(s, rb, r, text_);
            k = o->end;
          }
        }
        // "..., where she has worked since 2019": a promotion, no join.
        if (!org.empty() && s.Is(k, ",") && s.Is(k + 1, "where") && In(s.W(k + 2), {"he", "she", "they"})) {
          size_t v = k + 3;
          if (In(s.W(v), {"has", "had", "have"})) ++v;
          if (In(s.W(v), {"worked", "been", "spent", "served", "led", "works"})) return;
        }
      }
      // "X was named chief scientist": an internal promotion unless the
      // person came from elsewhere.
      if (org.empty()) {
        size_t r = k;
        if (s.Is(r, "as")) ++r;
        if (!(IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps) || In(s.W(r), {"the", "a", "an", "its"}))) return;
        bool current = false;
        for (size_t x = subject_end; x < t; ++x)
          if (In(s.W(x), {"currently", "already", "now"})) current = true;
        if (current) return;
        if (persons.size() == 1) {
          auto it = affiliation_.find(FoldKey(persons[0]));
          if (it != affiliation_.end() && FoldKey(it->second) == FoldKey(topic_)) return;
        }
        org = topic_;
        confidence = 0.7;
      }
      if (role.empty() && !object) {
        size_t r = k;
        if (s.Is(r, "as")) ++r;
        size_t b = r;
        while (r < s.size() && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps) || s.W(r) == "of")) ++r;
        while (r > b && s.Is(r - 1, "of")) --r;
        role = Joined(s, b, r, text_);
      }
    }
    if (role.empty()) role = RoleAfter(s, k);
    // "returned to A after two years at B": B is behind them.
    for (size_t x = k; x + 3 < s.size() && x < k + 6; ++x) {
      if (!s.Is(x, "after")) continue;
      for (size_t y = x + 1; y < s.size() && y < x + 5; ++y) {
        if (In(s.W(y), {"years", "months", "decade", "stint", "tenure"}) && In(s.W(y + 1), {"at", "with"})) {
          if (auto o = OrgAt(s, y + 2)) other = o->name;
          break;
        }
      }
      break;
    }
    // "joined A from B": a departure too.
    for (size_t x = k; x < s.size() && x < k + 8; ++x) {
      if (In(s.W(x), {";", ".", ",", "and", "to"})) break;
      if (s.Is(x, "from")) {
        if (auto o = OrgAt(s, x + 1)) other = o->name;
        break;
      }
    }
    // "X, who led Pike AI's data team, has moved to B": X left Pike AI.
    if (other.empty() && !passive) {
      for (size_t x = subject_end; x + 1 < t; ++x) {
        if (!s.Is(x, "who") || !In(s.W(x + 1), {"led", "ran", "headed", "managed", "oversaw", "built", "worked",
                                                "co-led", "co-founded", "spent"}))
          continue;
        size_t y = x + 2;
        while (y < t && !In(s.W(y), {",", ";"})) ++y;
        if (auto aff = AffiliationIn(s, x + 2, y)) other = *aff;
        break;
      }
    }
    // "X, a senior engineer at A, is heading to B", "A researcher X has
    // landed at B": a move, unlike a join (an adviser keeps a post), leaves
    // the org the subject's appositive or title names.
    if (other.empty() && !passive && !org.empty() &&
        In(verb, {"moved", "moves", "moving", "move", "heading", "headed", "heads", "jumped", "jumps", "jumping",
                  "jump", "went", "landed", "lands", "landing"})) {
      if (auto aff = AffiliationIn(s, subject_end, t)) other = *aff;
      for (size_t x = subject_begin > 6 ? subject_begin - 6 : 0; other.empty() && x < subject_end; ++x) {
        const Mention* m = s.At(x);
        if (!m) continue;
        x = m->end - 1;
        if (m->kind != MKind::kOrg || m->generic || m->name.empty() ||
            (m->begin > 0 && In(s.W(m->begin - 1), {"former", "ex-"})))
          continue;
        size_t r = m->end;
        while (r < subject_end && r < m->end + 5 && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps))) ++r;
        const Mention* named = r > m->end ? s.StartsAt(r) : nullptr;
        if (named && named->kind != MKind::kOrg && named->kind != MKind::kModel) other = m->name;
      }
      if (FoldKey(other) == FoldKey(org)) other.clear();
    }
    // "Two researchers have left A. X has joined B, while Y is heading to
    // C": the next sentence's moves leave the group's org.
    if (other.empty() && !passive && !org.empty() && !group_departure_org_.empty() &&
        FoldKey(group_departure_org_) != FoldKey(org) && s.span.start >= group_departure_end_ &&
        s.span.start - group_departure_end_ <= 2 && !In(s.W(SkipFillersBack(s, t) - 1), {"who", "which", "that"})) {
      other = group_departure_org_;
      confidence = 0.6;
    }
    if (org.empty() && !NothingObjectLike(s, SkipFillersForward(s, te)) &&
        !(s.Is(SkipFillersForward(s, te), "from") && !other.empty()))
      return;
    if (org.empty()) {
      if (s.Is(SkipFillersForward(s, te), "from") && !other.empty()) {
        // "X joins from A": joins the org the article is about.
        auto subject_org = NearestOrgBefore(s, subject_begin);
        org = subject_org ? *subject_org : topic_;
      } else if (pending_ && pending_->ttl > 0) {
        org = pending_->to;
        confidence = 0.7;
      } else if (!topic_.empty() && !passive && s.span.start >= topic_named_at_) {
        org = topic_;
        confidence = 0.65;
      }
    }
  }
  // One move does not join and leave one org: "X, who ran the group,
  // has joined", where both the generic "the group" and the subjectless
  // join stand for the article's company.
  if (!org.empty() && FoldKey(other) == FoldKey(org)) other.clear();
  // "X left to join B": where they went is stated, what they left is not.
  bool join_only = departure && org.empty() && !other.empty();
  if (org.empty() && !join_only) return;
  // Present simple ("She departs Google at the end of June") reads ahead
  // when its date has no year.
  bool present = !as.future && EndsWith(verb, "s") && !In(verb, {"was", "has", "is"}) &&
                 !(t > 0 && In(s.W(t - 1), {"has", "have", "had", "was", "were"}));
  if (present) {
    auto ahead = DateNear(s, t, te, true);
    if (ahead && ahead->date.SortKey() >= a_.published.SortKey() && ahead->date.precision() != DatePrecision::kYear)
      as.future = true;
  }
  auto date = DateNear(s, t, te, as.future);
  std::optional<Date> when = date ? std::optional(date->date) : std::nullopt;
  std::optional<Date> announced = as.future ? std::optional(a_.published) : std::nullopt;
  if (!as.future && when && when->SortKey() > a_.published.SortKey() && when->precision() != DatePrecision::kYear)
    announced = a_.published;
  for (const auto& person : persons) {
    if (departure) {
      if (!join_only) Emit(s, FactKind::kDeparture, person, org, "", other, role, when, announced, confidence);
      if (!other.empty())
        Emit(s, FactKind::kJoin, person, other, "", org, dest_role, when, announced, confidence - 0.05);
    } else {
      Emit(s, FactKind::kJoin, person, org, "", other, role, when, announced, confidence);
      if (!other.empty()) Emit(s, FactKind::kDeparture, person, other, "", org, "", when, announced, confidence - 0.05);
    }
  }
}

// "Friday was my last day at A", "today is her last day at A", "X's final
// day with A": a departure. "my" is the quote's speaker, who may be named
// in the next sentence when the quote runs on ("... last day at A. I'm
// joining B," X wrote).
// A company's own post: "we're thrilled to welcome X to B as ...", "please
// join me in welcoming X to B" (a named org after "to"), and "X joins us
// from A" (us: the org the article is about).
bool Reader::WelcomedOrJoinsUs(const Sentence& s, size_t t) {
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return false;
  if (s.Is(t + 1, "us")) {
    const string& us = welcome_org_.empty() ? topic_ : welcome_org_;
    if (us.empty()) return false;
    Subject subject = PersonSubject(s, t);
    if (!subject.found) return false;
    std::optional<OrgHit> from;
    // "joins us from A", "joins us as head of safety from A": a role of a
    // few words may come first.
    size_t at = t + 2;
    if (s.Is(at, "as"))
      for (size_t x = at + 1; x < s.size() && x < at + 8 && !In(s.W(x), {",", ";", ".", "and", "after", "to"}); ++x)
        if (s.Is(x, "from")) {
          at = x;
          break;
        }
    if (s.Is(at, "from")) from = OrgAt(s, at + 1);
    if (from && (from->generic || FoldKey(from->name) == FoldKey(us))) from.reset();
    auto date = DateNear(s, t, t + 2, as.future);
    for (const auto& p : subject.persons) {
      Emit(s, FactKind::kJoin, p, us, "", from ? from->name : "", "", date ? std::optional(date->date) : std::nullopt,
           std::nullopt, 0.75);
      if (from)
        Emit(s, FactKind::kDeparture, p, from->name, "", us, "", date ? std::optional(date->date) : std::nullopt,
             std::nullopt, 0.7);
    }
    return true;
  }
  size_t end = 0;
  auto items = PersonListAt(s, t + 1, &end);
  if (items.empty() || !s.Is(end, "to")) return false;
  // Only to an org known as one: "welcomed X to Oslo" is no job.
  const Mention* named = s.StartsAt(end + 1);
  auto to = OrgAt(s, end + 1);
  if (!to || to->generic || !named || named->kind != MKind::kOrg) return false;
  welcome_org_ = to->name;
  for (const auto& item : items) {
    Emit(s, FactKind::kJoin, item.person, to->name, "", item.from, "", std::nullopt, std::nullopt, 0.75);
    if (!item.from.empty())
      Emit(s, FactKind::kDeparture, item.person, item.from, "", to->name, "", std::nullopt, std::nullopt, 0.7);
  }
  return true;
}

void Reader::LastDay(const Sentence& s, size_t t) {
  auto org = OrgAt(s, t + 3);
  if (!org || org->generic || t == 0) return;
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  std::optional<string> person;
  string_view owner = s.W(t - 1);
  if (owner == "my") {
    person = QuoteSpeaker(s, t);
    if (!person && next_sentence_) person = QuoteSpeaker(*next_sentence_, 0);
  } else if (In(owner, {"his", "her"})) {
    person = ResolvePronoun(s, t - 1);
  } else if (In(owner, {"'s", "'"})) {
    person = PersonAt(s, s.EndsBefore(t - 1) ? s.EndsBefore(t - 1)->begin : t);
  }
  if (!person) return;
  Emit(s, FactKind::kDeparture, *person, org->name, "", "", "", std::nullopt, std::nullopt, 0.75);
}

std::vector<string> ModelsAfter(const Sentence& s, size_t from, size_t limit);

// The words without which a rule Read tries after its loop over the
// triggers finds nothing, each tested where the rule starts (GroupMove
// needs "from" and one of its verbs anywhere). Read asks for all of them
// in one pass over a sentence (TailWordsOf), and calls only the rules
// whose words it has.
constexpr WordTable kTakeVerbs{"takes", "took", "take", "taking"};                     // TakesOver
constexpr WordTable kNotifiedVerbs{"notified", "informed", "advised"};               // NotifiedOfDecision
constexpr WordTable kAppointedVerbs{"appointed", "elected", "named"};                 // AppointedToServe
constexpr WordTable kRescheduledWords{"now", "instead", "until"};                    // Rescheduled
constexpr WordTable kGroupMoveVerbs{"poached", "hired", "lured", "recruited", "joined", "joining", "left"};
constexpr WordTable kVersionWords{"earlier", "previous", "original"};               // RestatesTheError

// "X, who ran product at A, takes over as chief executive of B": a post
// taken by someone from elsewhere (the sentence has them leaving another
// org) is a join; from inside, it is a promotion and no join.
void Reader::TakesOver(const Sentence& s) {
  for (size_t t = 0; t + 3 < s.size(); ++t) {
    if (!In(s.W(t), kTakeVerbs) || !s.Is(t + 1, "over") || !s.Is(t + 2, "as")) continue;
    std::optional<OrgHit> post;
    for (size_t x = t + 3; x < s.size() && x < t + 10 && !post; ++x) {
      if (In(s.W(x), {",", ";", "."})) break;
      if (In(s.W(x), {"of", "at"})) post = OrgAt(s, x + 1);
    }
    if (!post || post->generic) continue;
    Assessment as = Assess(s, t, Mode::kPersonnel);
    if (!as.asserted) continue;
    Subject subject = PersonSubject(s, t);
    for (const auto& p : subject.persons) {
      bool outsider = std::any_of(facts_.begin(), facts_.end(), [&](const ExtractedFact& f) {
        return f.kind == FactKind::kDeparture && f.start == s.span.start && f.person == p &&
               FoldKey(f.org) != FoldKey(post->name);
      });
      if (outsider) Emit(s, FactKind::kJoin, p, post->name, "", "", "", std::nullopt, std::nullopt, 0.7);
    }
  }
}

// "X came to A from B in 2022", "X, who came over from B last year,", "X
// arrives from B": a departure from B, and a join of A when it is named.
void Reader::CameFrom(const Sentence& s, size_t t) {
  size_t k = t + 1;
  std::optional<OrgHit> to;
  if (s.Is(k, "to") && s.Is(k + 1, "us") && !topic_.empty()) {
    // "who came to us from Cohere": the writer's org, that the article is
    // about (a job posting, a letter).
    to = OrgHit{topic_, k + 2, false};
    k += 2;
  } else if (s.Is(k, "to")) {
    to = OrgAt(s, k + 1);
    if (!to || to->generic) return;
    k = to->end;
  }
  if (s.Is(k, "over")) ++k;
  if (!s.Is(k, "from")) return;
  auto from = OrgAt(s, k + 1);
  if (!from || from->generic || (to && FoldKey(to->name) == FoldKey(from->name))) return;
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  Subject subject = PersonSubject(s, t);
  for (const auto& p : subject.persons) {
    Emit(s, FactKind::kDeparture, p, from->name, "", to ? to->name : "", "", std::nullopt, std::nullopt, 0.8);
    if (to) Emit(s, FactKind::kJoin, p, to->name, "", from->name, "", std::nullopt, std::nullopt, 0.8);
  }
}

// "X is out as chief executive of A": a departure.
void Reader::OutAs(const Sentence& s, size_t t) {
  std::optional<string> org;
  size_t r = t + 2;
  if (const Mention* owner = s.StartsAt(r);
      owner && owner->kind == MKind::kOrg && (s.Is(owner->end, "'s") || s.Is(owner->end, "'")))
    org = owner->name;
  for (size_t x = r; !org && x < s.size() && x < r + 8; ++x) {
    if (In(s.W(x), {",", ";", "."})) break;
    if (In(s.W(x), {"of", "at"}))
      if (auto o = OrgAt(s, x + 1)) org = o->name;
  }
  if (!org) return;
  Assessment as = Assess(s, t - 1, Mode::kPersonnel);
  if (!as.asserted) return;
  Subject subject = PersonSubject(s, t - 1);
  for (const auto& p : subject.persons)
    Emit(s, FactKind::kDeparture, p, *org, "", "", "", std::nullopt, std::nullopt, 0.8);
}

// "X moved from A to B in June": a departure and a join.
void Reader::MovedFromTo(const Sentence& s, size_t t) {
  auto from = OrgAt(s, t + 2);
  if (!from || from->generic || !s.Is(from->end, "to")) return;
  auto to = OrgAt(s, from->end + 1);
  if (!to || to->generic || FoldKey(to->name) == FoldKey(from->name)) return;
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  Subject subject = PersonSubject(s, t);
  if (!subject.found) return;
  auto date = DateNear(s, t, to->end, as.future);
  std::optional<Date> day = date ? std::optional(date->date) : std::nullopt;
  for (const auto& p : subject.persons) {
    Emit(s, FactKind::kDeparture, p, from->name, "", to->name, "", day, std::nullopt, 0.85);
    Emit(s, FactKind::kJoin, p, to->name, "", from->name, "", day, std::nullopt, 0.85);
  }
}

// "Marlin 4 comes in two versions: Marlin 4 Reef, ..., and Marlin 4 Abyss":
// the variants of a model this article has released were released too.
void Reader::VariantsOf(const Sentence& s, size_t t) {
  const Mention* family = s.EndsBefore(t);
  if (!family || family->kind != MKind::kModel) return;
  string org;
  for (const auto& f : facts_)
    if (f.kind == FactKind::kRelease && FoldKey(f.model) == FoldKey(family->name)) org = f.org;
  if (org.empty()) return;
  size_t k = t + 2;
  if (s.tok[k].digit || In(s.W(k), {"two", "three", "four", "five", "several"})) ++k;
  if (!In(s.W(k), {"versions", "sizes", "variants", "flavors", "flavours", "models", "editions", "tiers"})) return;
  if (!s.Is(k + 1, ":")) return;
  for (const auto& model : ModelsAfter(s, k + 2, s.size()))
    Emit(s, FactKind::kRelease, "", org, model, "", "", std::nullopt, std::nullopt, 0.7);
}

// "the appointment of X as chief technology officer".
void Reader::Appointment(const Sentence& s, size_t t) {
  if (!s.Is(t + 1, "of")) return;
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  auto person = PersonAt(s, t + 2);
  if (!person) return;
  auto org = NearestOrgBefore(s, t);
  string target = org ? *org : topic_;
  if (target.empty()) return;
  const Mention* m = s.StartsAt(In(s.W(t + 2), {"dr.", "prof.", "mr.", "ms.", "mrs."}) ? t + 3 : t + 2);
  string role = m ? RoleAfter(s, m->end) : "";
  auto date = DateNear(s, t, t + 1, false);
  Emit(s, FactKind::kJoin, *person, target, "", "", role, date ? std::optional(date->date) : std::nullopt, std::nullopt,
       0.85);
}

// "Four researchers who left A this year -- X, Y and Z -- have started B",
// "Those who left include X, who led ...; Y; and Z": a group that left,
// named after a dash, a colon or "include". The org is the verb's object,
// else that of an unnamed group's departure just before ("Three researchers
// have left A. Those who left include ..."). Returns whether it applied.
bool Reader::GroupWhoLeft(const Sentence& s, size_t t, size_t te) {
  size_t j = SkipFillersBack(s, t);
  if (j < 2 || !s.Is(j - 1, "who") || !(IsPeopleNoun(s.W(j - 2)) || s.Is(j - 2, "those"))) return false;
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return false;
  size_t k = SkipFillersForward(s, te);
  std::optional<OrgHit> object = s.Is(k, "from") || s.Is(k, "at") ? OrgAt(s, k + 1) : OrgAt(s, k);
  string org;
  double confidence = 0.8;
  if (object && !object->generic) {
    org = object->name;
    k = object->end;
  } else if (!group_departure_org_.empty() && s.span.start >= group_departure_end_ &&
             s.span.start - group_departure_end_ <= 2) {
    org = group_departure_org_;
    confidence = 0.7;
  }
  if (org.empty()) return false;
  std::vector<ListItem> items;
  for (size_t x = k; x < s.size() && x < k + 8; ++x) {
    if (In(s.W(x), {";", ".", ","})) break;
    if (In(s.W(x), {"include", "included", "includes", "including", "are", "were", ":", "--"})) {
      size_t end = 0;
      items = PersonListAt(s, x + 1, &end);
      // A dash opens an aside that another dash closes.
      if (s.Is(x, "--") && !s.Is(end, "--")) items.clear();
      break;
    }
  }
  if (items.empty()) return false;
  auto date = DateNear(s, t, te, as.future);
  for (const auto& item : items)
    Emit(s, FactKind::kDeparture, item.person, org, "", "", "", date ? std::optional(date->date) : std::nullopt,
         std::nullopt, confidence);
  return true;
}

// "Penumbra AI's board ousted chief executive X", "the board of A fired its
// CEO, X": the person left the org whose board or which itself acted.
void Reader::Ouster(const Sentence& s, size_t t) {
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  size_t j = SkipFillersBack(s, t);
  std::optional<string> org;
  if (j > 0 && In(s.W(j - 1), {"board", "directors", "investors", "shareholders"})) {
    size_t x = j - 1;
    if (s.Is(x, "directors") && s.Is(x - 1, "of") && s.Is(x - 2, "board")) x -= 2;
    if (x >= 2 && (s.Is(x - 1, "'s") || s.Is(x - 1, "'"))) {
      if (const Mention* m = s.EndsBefore(x - 1); m && m->kind == MKind::kOrg && !m->name.empty()) org = m->name;
    } else if (s.Is(x + 1, "of")) {
      if (auto o = OrgAt(s, x + 2); o && o->end <= t) org = o->name;
    } else if (x >= 1 && In(s.W(x - 1), {"its", "the"})) {
      org = NearestOrgBefore(s, x - 1);
      if (!org && !topic_.empty()) org = topic_;
    }
  } else {
    org = OrgSubject(s, t, nullptr);
  }
  if (!org || org->empty()) return;
  // The person, after a role: "ousted chief executive X", "fired its CEO, X".
  size_t k = t + 1;
  if (In(s.W(k), {"its", "the", "their"})) ++k;
  while (k < s.size() && k < t + 8 && !s.At(k) && (IsRoleWord(s.W(k)) || In(s.W(k), kRoleCaps))) ++k;
  if (s.Is(k, ",") && k > t + 1) ++k;
  auto person = PersonAt(s, k);
  if (!person) return;
  auto date = DateNear(s, t, t + 1, as.future);
  Emit(s, FactKind::kDeparture, *person, *org, "", "", RoleAfter(s, t + 1),
       date ? std::optional(date->date) : std::nullopt, std::nullopt, 0.85);
}

// "X's departure from Y", "the resignation of X".
void Reader::NounDeparture(const Sentence& s, size_t t) {
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  for (size_t i = 0; i < t; ++i)
    if (In(s.W(i), {"possible", "potential", "rumored", "rumoured", "expected", "planned", "imminent"})) return;
  if (t > 0 && In(s.W(t - 1), {"possible", "potential", "rumored", "rumoured", "expected", "planned", "imminent", "no",
                               "any", "a", "an"}))
    return;
  std::optional<string> person;
  string owner_org;  // "of A's head of data, X"
  size_t k = t + 1;
  if (t >= 2 && s.Is(t - 1, "'s")) {
    const Mention* m = s.EndsBefore(t - 1);
    if (m && IsPersonLike(m) && !(m->kind == MKind::kName && (m->end - m->begin < 2 || LearnedOrg(m->name)))) {
      person = m->name;
      // "A confirmed X's departure": A's.
      size_t b = 0;
      if (m->begin > 0 && In(s.W(m->begin - 1), {"confirmed", "confirms", "announced", "announces", "disclosed"}))
        if (auto subject = OrgSubject(s, m->begin - 1, &b)) owner_org = *subject;
    }
  } else {
    // "the departure last month of A's head of data, X".
    size_t of = t + 1;
    while (of < s.size() && of < t + 4 && (IsFiller(s, of) || In(s.W(of), {"last", "this", "month", "week", "year"})))
      ++of;
    if (s.Is(of, "of")) {
      // "the departure of chief scientist X": a role before the name.
      size_t titled = of + 1;
      while (titled < s.size() && titled < of + 6 && !s.At(titled) &&
             (IsRoleWord(s.W(titled)) || In(s.W(titled), kRoleCaps)) && !In(s.W(titled), {"and", "of"}))
        ++titled;
      if (titled > of + 1 && PersonAt(s, titled)) of = titled - 1;
      person = PersonAt(s, of + 1);
      if (person) {
        const Mention* m = s.StartsAt(In(s.W(of + 1), {"dr.", "prof.", "mr.", "ms.", "mrs."}) ? of + 2 : of + 1);
        k = m ? m->end : of + 2;
      } else if (auto o = OrgAt(s, of + 1); o && o->end > of + 1 && In(s.W(o->end - 1), {"'s", "'"})) {
        size_t r = o->end;
        while (r < s.size() && r < o->end + 6 && IsRoleWord(s.W(r))) ++r;
        if (r > o->end && s.Is(r, ",")) person = PersonAt(s, r + 1);
        if (person) {
          owner_org = o->name;
          const Mention* m = s.StartsAt(r + 1);
          k = m ? m->end : r + 2;
          if (s.Is(k, ",")) ++k;
        }
      }
    }
  }
  if (!person) return;
  string org = owner_org, other;
  if (s.Is(k, "from") || s.Is(k, "at")) {
    if (auto o = OrgAt(s, k + 1)) {
      org = o->name;
      k = o->end;
    }
  }
  if (s.Is(k, "to") || s.Is(k, "for")) {
    if (auto o = OrgAt(s, k + 1)) other = o->name;
  }
  if (org.empty()) {
    auto it = affiliation_.find(FoldKey(*person));
    if (it != affiliation_.end()) org = it->second;
  }
  if (org.empty()) org = topic_;
  if (org.empty()) return;
  auto date = DateNear(s, t, k, as.future);
  Emit(s, FactKind::kDeparture, *person, org, "", other, "", date ? std::optional(date->date) : std::nullopt,
       std::nullopt, 0.7);
  if (!other.empty())
    Emit(s, FactKind::kJoin, *person, other, "", org, "", date ? std::optional(date->date) : std::nullopt, std::nullopt,
         0.65);
}

// "Vortex AI has lost its head of research, Ada Li, to Nimbus Labs."
void Reader::LostTo(const Sentence& s, size_t t) {
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  size_t b = 0;
  auto from = OrgSubject(s, t, &b);
  if (!from) return;
  size_t k = t + 1;
  size_t guard = 0;
  while (k < s.size() && guard < 8 && !PersonAt(s, k) &&
         (IsRoleWord(s.W(k)) || In(s.W(k), {"its", "their", "the", "a", "an", "another", "key", ","}) ||
          In(s.W(k), kRoleCaps))) {
    ++k;
    ++guard;
  }
  size_t end = k;
  auto items = PersonListAt(s, k, &end);
  if (items.empty()) {
    // "A has lost three of its top researchers to B in the past month: X,
    // Y and Z": a group, the org it went to, then its names after a colon.
    size_t x = k;
    while (x < s.size() && x < k + 6 && s.tok[x].word && !s.At(x) && !IsPeopleNoun(s.W(x))) ++x;
    if (x >= s.size() || !IsPeopleNoun(s.W(x)) || !s.Is(x + 1, "to")) return;
    auto group_to = OrgAt(s, x + 2, true);
    if (!group_to) return;
    size_t colon = group_to->end;
    while (colon < s.size() && colon < group_to->end + 8 && s.tok[colon].word && !s.At(colon)) ++colon;
    if (!s.Is(colon, ":")) return;
    items = PersonListAt(s, colon + 1, &end);
    if (items.empty()) return;
    end = x + 1;
  }
  std::optional<OrgHit> to;
  bool to_something = false;
  for (size_t x = end; x < s.size() && x < end + 4; ++x) {
    if (s.Is(x, "to")) {
      to = OrgAt(s, x + 1);
      to_something = true;
      break;
    }
    if (!In(s.W(x), {",", "this", "week", "month", "year", "last", "on"})) break;
  }
  auto date = DateNear(s, t, t + 1, false);
  std::optional<Date> when = date ? std::optional(date->date) : std::nullopt;
  // "A has lost its chief scientist, X, who is joining B": one of its
  // officers, gone to nowhere named here ("to cancer" is no move).
  bool officer = false;
  for (size_t x = t + 1; x < k; ++x)
    if (IsRoleWord(s.W(x)) && !In(s.W(x), {"and", "of"})) officer = true;
  bool death = false;
  for (size_t x = 0; x < s.size(); ++x)
    if (In(s.W(x), {"died", "dies", "death", "passed", "illness", "killed"})) death = true;
  if (!to && !to_something && officer && !death && In(s.W(t + 1), {"its", "their"})) {
    for (const auto& item : items)
      Emit(s, FactKind::kDeparture, item.person, *from, "", "", "", when, std::nullopt, 0.75);
    return;
  }
  if (!to) return;
  for (const auto& item : items) {
    Emit(s, FactKind::kDeparture, item.person, *from, "", to->name, "", when, std::nullopt, 0.85);
    Emit(s, FactKind::kJoin, item.person, to->name, "", *from, "", when, std::nullopt, 0.85);
  }
}

// "The memo listed new recruits including A and B, both from X, and C from Y".
void Reader::NewHires(const Sentence& s, size_t t) {
  if (!(t >= 1 && s.Is(t - 1, "new")) && !(t >= 2 && s.Is(t - 2, "new"))) return;
  Assessment as = Assess(s, t, Mode::kPersonnel);
  if (!as.asserted) return;
  size_t k = t + 1;
  if (s.Is(k, ",")) ++k;
  if (s.Is(k, "such") && s.Is(k + 1, "as")) {
    k += 2;
  } else if (In(s.W(k), {"including", "include", "included", ":", "are", "were"})) {
    ++k;
  } else {
    return;
  }
  size_t end = k;
  auto items = PersonListAt(s, k, &end);
  if (items.empty()) return;
  auto before = NearestOrgBefore(s, t);
  string org = before ? *before : topic_;
  if (org.empty()) return;
  for (const auto& item : items) {
    Emit(s, FactKind::kJoin, item.person, org, "", item.from, "", std::nullopt, std::nullopt, 0.75);
    if (!item.from.empty())
      Emit(s, FactKind::kDeparture, item.person, item.from, "", org, "", std::nullopt, std::nullopt, 0.75);
  }
}

// "Helix-2 is now available on Hugging Face."
void Reader::NowAvailable(const Sentence& s, size_t t) {
  if (t < 2) return;
  size_t j = t;
  // "M is available today", "M is available from today".
  bool today = s.W(t) == "available" && (s.Is(t + 1, "today") || (s.Is(t + 1, "from") && s.Is(t + 2, "today")));
  if (!today) {
    if (!In(s.W(t - 1), {"now", "generally", "immediately", "publicly", "widely"})) return;
    j = t - 1;
    while (j > 0 && In(s.W(j - 1), {"now", "generally", "immediately", "publicly", "widely"})) --j;
  }
  if (j == 0 || !In(s.W(j - 1), {"is", "are", "became", "becomes", "became"})) return;
  Assessment as = Assess(s, j - 1, Mode::kRelease);
  if (!as.asserted) return;
  // "The company's first model, M-1, is available today": the model between
  // commas after its model noun.
  if (j >= 2 && s.Is(j - 2, ",")) {
    if (auto owned = ModelAfterModelNoun(s, j - 2)) {
      Emit(s, FactKind::kRelease, "", owned->owner, owned->model, "", "", std::nullopt, std::nullopt, 0.7);
      return;
    }
    // "M, the latest model from A, is now available": the model before the
    // appositive, the appositive's org.
    size_t c = j - 2;
    while (c > 0 && c + 10 > j && !s.Is(c - 1, ",")) --c;
    const Mention* model = c >= 2 ? s.EndsBefore(c - 1) : nullptr;
    bool model_noun = false;
    std::optional<string> from;
    for (size_t x = c; x + 2 < j; ++x) {
      model_noun = model_noun || In(s.W(x), {"model", "system", "chatbot", "assistant"});
      if (In(s.W(x), {"from", "by"}) && !from)
        if (auto o = OrgAt(s, x + 1)) from = o->name;
    }
    if (model && model->kind == MKind::kModel && !model->bare_context_model && model_noun && from) {
      Emit(s, FactKind::kRelease, "", *from, model->name, "", "", std::nullopt, std::nullopt, 0.7);
      return;
    }
  }
  std::vector<string> models;
  const Mention* first = nullptr;
  for (size_t x = j - 1; x > 0; --x) {
    const Mention* m = s.At(x - 1);
    if (m && m->kind == MKind::kModel && !m->bare_context_model) {
      models.insert(models.begin(), m->name);
      first = m;
      x = m->begin + 1;
      if (m->begin >= 1 && In(s.W(m->begin - 1), {"and", ","})) continue;
      break;
    }
    if (m) break;
    if (!In(s.W(x - 1), {"and", ","})) break;
  }
  if (models.empty()) return;
  std::optional<string> org;
  if (first->entry && !first->entry->company.empty()) org = first->entry->company;
  if (!org) org = NearestOrgBefore(s, first->begin);
  if (!org && !topic_.empty()) org = topic_;
  if (!org) return;
  for (const auto& model : models)
    Emit(s, FactKind::kRelease, "", *org, model, "", "", std::nullopt, std::nullopt, 0.7);
}

// "A and B left X to join Y, as did C from Z".
void Reader::AsDid(const Sentence& s, size_t at, size_t first_fact) {
  auto person = PersonAt(s, at + 2);
  if (!person) return;
  const Mention* m = s.StartsAt(at + 2);
  string from;
  if (m && s.Is(m->end, "from")) {
    if (auto o = OrgAt(s, m->end + 1)) from = o->name;
  }
  std::vector<ExtractedFact> copies;
  std::unordered_set<string> seen;
  for (size_t i = first_fact; i < facts_.size(); ++i) {
    const ExtractedFact& f = facts_[i];
    if (f.kind != FactKind::kDeparture && f.kind != FactKind::kJoin) continue;
    string key = string(FactKindName(f.kind)) + "|" + FoldKey(f.org);
    if (seen.count(key)) continue;
    seen.insert(key);
    ExtractedFact copy = f;
    copy.person = *person;
    copy.confidence = 0.75;
    if (f.kind == FactKind::kDeparture && !from.empty()) copy.org = from;
    if (f.kind == FactKind::kJoin && !from.empty()) copy.other_org = from;
    copies.push_back(copy);
  }
  for (auto& c : copies) facts_.push_back(std::move(c));
}

// ---- Foundings ---------------------------------------------------------------

bool IsFoundVerb(string_view w) {
  return In(w, {"founded", "co-founded", "cofounded", "co-found", "cofound", "co-founds", "founds", "co-founding",
                "cofounding"});
}

// "helped found OpenAI".
bool IsHelpedFound(const Sentence& s, size_t i) {
  return s.W(i) == "found" && i > 0 && In(s.W(i - 1), {"helped", "help", "helps", "helping"});
}

// "Corlis, the start-up that A and B started in 2024", "Y, which she set up
// last year": a verb of starting whose object is the company the relative
// clause hangs on, with people as its subject.
bool Reader::RelativeFounding(const Sentence& s, size_t t) const {
  if (s.Is(t, "set") && !s.Is(t + 1, "up")) return false;
  // "which she started working for", "that he started at": not a founding.
  if (EndsWith(s.W(t + 1), "ing") || In(s.W(t + 1), {"to", "at", "as", "with", "for", "out", "off"})) return false;
  size_t x = t;
  bool person = false;
  while (x > 0 && t - x < 12) {
    string_view w = s.W(x - 1);
    if (w == "that" || w == "which") break;
    const Mention* m = s.At(x - 1);
    if (m && IsPersonLike(m)) {
      person = true;
      x = m->begin;
      continue;
    }
    if (In(w, {"he", "she", "they"})) person = true;
    if (m || !In(w, {"and", ",", "he", "she", "they", "had", "has", "have", "jointly", "together", "first"})) return false;
    --x;
  }
  if (!person || x < 2) return false;
  size_t rel = x - 1;
  if (s.Is(rel, "which")) {
    const Mention* m = s.Is(rel - 1, ",") ? s.EndsBefore(rel - 1) : nullptr;
    return m && (m->kind == MKind::kOrg || (m->kind == MKind::kName && !RegisteredPerson(m->name)));
  }
  const Mention* m = s.At(rel - 1);
  return (m && m->kind == MKind::kOrg) ||
         In(s.W(rel - 1), {"start-up", "startup", "company", "lab", "firm", "venture", "business"});
}

void Reader::Founding(const Sentence& s, size_t t, size_t te) {
  Assessment as = Assess(s, t, Mode::kFounding);
  if (!as.asserted) return;
  // Passive: "X, founded (in 2023) by A, B and C".
  size_t k = te;
  size_t guard = 0;
  while (k < s.size() && guard < 6 && !s.Is(k, "by") && !s.At(k) &&
         (IsFiller(s, k) || In(s.W(k), {"in", "this", "spring", "summer", "fall", "autumn", "winter", "last", "early",
                                        "late", "year", "jointly", "together", "originally"}))) {
    ++k;
    ++guard;
  }
  auto date = DateNear(s, t, te, false);
  std::optional<Date> when = date ? std::optional(date->date) : std::nullopt;
  if (s.Is(k, "by")) {
    size_t end = 0, last_name_end = 0;
    size_t list = PastPeopleColon(s, k + 1);
    auto items = PersonListAt(s, list, &end, &last_name_end);
    if (items.empty()) return;
    // After a colon the names must end the sentence, not begin a clause.
    if (list != k + 1 && end < s.size() && !s.Is(end, ".")) return;
    std::optional<string> org;
    // "Tavi Robotics, a spin-out from Orla University's lab, was founded by
    // A": an appositive between commas right before the verb describes the
    // name that opens the sentence, which is the company founded (not an
    // org named inside the appositive).
    size_t v = t;
    while (v > 0 && In(s.W(v - 1), {"was", "were", "is", "are", "been", "has", "have", "had", "originally",
                                    "jointly", "also", "first"}))
      --v;
    if (v >= 5 && s.Is(v - 1, ",")) {
      size_t c = v - 1;
      while (c > 0 && c + 16 > v && !In(s.W(c - 1), {",", ";", ":", "."})) --c;
      const Mention* named = c >= 2 && s.Is(c - 1, ",") && In(s.W(c), {"a", "an", "the"}) ? s.EndsBefore(c - 1)
                                                                                          : nullptr;
      if (named && named->begin == 0 && !named->generic &&
          (named->kind == MKind::kOrg || (named->kind == MKind::kName && !RegisteredPerson(named->name)))) {
        auto hit = named->kind == MKind::kOrg ? OrgAt(s, named->begin) : std::nullopt;
        org = hit ? hit->name : named->name;
      }
    }
    for (size_t x = t; x > 0 && !org; --x) {
      if (s.Is(x - 1, ";")) break;
      const Mention* m = s.At(x - 1);
      // "Cobalt Harbor, the robotics start-up set up by A": the company
      // noun stands in apposition to the name before the comma, which is
      // the company founded, not the org the article is about.
      if (m && m->generic && m->begin >= 2 && s.Is(m->begin - 1, ",")) {
        const Mention* named = s.EndsBefore(m->begin - 1);
        if (named && (named->kind == MKind::kOrg ||
                      (named->kind == MKind::kName && !RegisteredPerson(named->name)))) {
          org = named->name;
          break;
        }
      }
      if (m && m->kind == MKind::kOrg && !m->name.empty()) {
        auto hit = OrgAt(s, m->begin);
        org = hit ? hit->name : m->name;
        break;
      }
      if (m && m->kind == MKind::kName && !RegisteredPerson(m->name) &&
          !In(s.W(m->end), {"start-up", "startup", "company", "lab", "firm", "-based", "based"})) {
        org = m->name;
        break;
      }
      if (m) x = m->begin + 1;
      if (!m && In(s.W(x - 1), {"it"})) {
        // "It was founded by A, a co-founder of Facebook, and B": "it" is
        // not the article's org where the sentence names that org as a
        // third party.
        bool third_party = false;
        for (const auto& o : s.men)
          if (o.begin > t && o.kind == MKind::kOrg && !o.generic &&
              FoldKey(o.entry ? o.entry->canonical : o.name) == FoldKey(topic_))
            third_party = true;
        if (!third_party) org = topic_;
        break;
      }
    }
    // "Founded by A and B in 2022, Fjordline ...": a date before the comma.
    size_t comma = last_name_end;
    if (t == 0)
      while (comma < s.size() && comma < last_name_end + 4 && !s.Is(comma, ",") && !s.At(comma) &&
             (s.tok[comma].digit || In(s.W(comma), {"in", "last", "this", "year", "early", "late", "spring",
                                                    "summer", "autumn", "fall", "winter"})))
        ++comma;
    if ((!org || org->empty()) && s.Is(comma, ",")) {
      // "Founded in 2021 by A and B, the company ...".
      if (auto after = OrgAt(s, comma + 1)) org = after->name;
    }
    if (!org || org->empty()) return;
    for (const auto& item : items) Emit(s, FactKind::kFounded, item.person, *org, "", "", "", when, std::nullopt, 0.9);
    return;
  }
  // "Ning is my third company, co-founded with A": the company that opens
  // the clause before the comma (the sentence, or after a comma), and the
  // people after "with" (the writer, "my", is no one named).
  if (t >= 5 && s.Is(t - 1, ",") && s.Is(te, "with") &&
      In(s.W(t - 2), {"company", "start-up", "startup", "firm", "venture", "lab"})) {
    size_t x = t - 2;
    while (x > 0 && x + 4 > t - 2 && !s.At(x - 1) && s.tok[x - 1].word && !s.tok[x - 1].cap &&
           !In(s.W(x - 1), {"is", "was", "a", "an", "the"}))
      --x;
    const Mention* head = x >= 2 && In(s.W(x - 1), {"is", "was"}) ? s.EndsBefore(x - 1) : nullptr;
    if (head && (head->begin == 0 || s.Is(head->begin - 1, ",")) && !head->generic &&
        (head->kind == MKind::kOrg || (head->kind == MKind::kName && !RegisteredPerson(head->name))) &&
        In(s.W(head->end + 1), {"my", "our"})) {
      size_t end = 0;
      for (auto& item : PersonListAt(s, te + 1, &end))
        Emit(s, FactKind::kFounded, item.person, head->name, "", "", "", when, std::nullopt, 0.85);
      return;
    }
  }
  // Active: "A co-founded X", "A, who co-founded X", "the start-up he founded".
  Subject subject = PersonSubject(s, t);
  if (!subject.found) return;
  std::optional<OrgHit> object = OrgAt(s, SkipFillersForward(s, te));
  bool named_between_commas = false;
  if (!object) {
    // "co-founded robotics start-up X", "cofounded the law firm X": a
    // company noun, after a few lower-case words of its field, then the
    // name.
    size_t y = SkipFillersForward(s, te);
    if (s.Is(y, "the")) ++y;
    size_t z = y;
    while (z < s.size() && z < y + 4 && !s.At(z) && s.tok[z].word && !s.tok[z].cap &&
           !In(s.W(z), {"with", "in", "and", "at", "by", "of", "for", "a", "an", "his", "her", "their", "it"}))
      ++z;
    if (z > y && In(s.W(z - 1), {"start-up", "startup", "company", "firm", "lab", "venture", "studio", "agency"}) &&
        s.StartsAt(z)) {
      // "law firm Munger, Tolles & Olson": a firm named after its
      // partners (a surname of someone named, too), listed with commas,
      // the last after "&".
      size_t first_end = s.StartsAt(z)->end;
      size_t e = first_end;
      while (s.Is(e, ",") && e + 1 < s.size() && s.tok[e + 1].cap && s.tok[e + 1].word) e += 2;
      if (e > first_end && s.Is(e, "&") && e + 1 < s.size() && s.tok[e + 1].cap && s.tok[e + 1].word)
        object = OrgHit{Joined(s, z, e + 2, text_), e + 2, false};
      else
        object = OrgAt(s, z);
    }
  }
  if (!object && In(s.W(SkipFillersForward(s, te)), {"a", "an", "his", "her", "their"})) {
    // "founded a new company called X".
    size_t y = SkipFillersForward(s, te);
    for (size_t z = y + 1; z < s.size() && z < y + 6; ++z)
      if (In(s.W(z), {"called", "named", "dubbed"})) {
        object = OrgAt(s, z + 1);
        break;
      }
    // "co-founded a start-up, X, with Y": the company noun, then its name
    // between commas.
    if (!object) {
      size_t z = y + 1;
      if (s.Is(z, "new")) ++z;
      if (In(s.W(z), {"start-up", "startup", "company", "firm", "lab", "venture"}) && s.Is(z + 1, ",")) {
        object = OrgAt(s, z + 2);
        if (object && !In(s.W(object->end), {",", ".", "with", "in"})) object.reset();
        named_between_commas = object.has_value();
      }
    }
    if (!object) return;
  }
  string org;
  if (object) {
    org = object->name;
  } else if (s.Is(SkipFillersForward(s, te), "it")) {
    // "since co-founding it in 2020".
    auto before = NearestOrgBefore(s, subject.begin);
    org = before ? *before : topic_;
  } else {
    // "DNNresearch, the start-up he founded": the noun phrase before.
    size_t b = subject.begin;
    size_t x = b;
    size_t guard2 = 0;
    while (x > 0 && guard2 < 6 && !s.At(x - 1) && s.tok[x - 1].word && !s.Is(x - 1, ",")) {
      --x;
      ++guard2;
    }
    if (x > 0 && s.At(x - 1) && s.At(x - 1)->generic) {
      // "the company she founded in 2019". Not what "the start-up" was
      // resolved to where a name stands in apposition before it:
      // "Fjordline, the start-up X founded after leaving A".
      const Mention* g = s.At(x - 1);
      const Mention* head = g->begin >= 2 && s.Is(g->begin - 1, ",") ? s.EndsBefore(g->begin - 1) : nullptr;
      bool appositive = head && (head->kind == MKind::kOrg || (head->kind == MKind::kName && !RegisteredPerson(head->name)));
      if (x == b && !g->name.empty() && !appositive) org = g->name;
      x = g->begin;
    }
    if (org.empty() && x >= 2 && s.Is(x - 1, ",")) {
      const Mention* m = s.EndsBefore(x - 1);
      if (m && (m->kind == MKind::kOrg || (m->kind == MKind::kName && !RegisteredPerson(m->name)))) org = m->name;
    }
  }
  if (org.empty()) return;
  std::vector<string> founders = subject.persons;
  // "co-founded X in 2019 with Y and Z".
  size_t after = object ? object->end : SkipFillersForward(s, te);
  if (named_between_commas && s.Is(after, ",") && s.Is(after + 1, "with")) ++after;  // "a start-up, X, with Y"
  if (object && s.Is(after, ",") && In(s.W(after + 1), {"a", "an", "the"})) {
    // "founded X, a start-up building agents, with Y".
    size_t c = after + 1;
    while (c < s.size() && c < after + 16 && !In(s.W(c), {",", ";", "."})) ++c;
    if (s.Is(c, ",") && s.Is(c + 1, "with")) after = c + 1;
  }
  for (size_t x = after; x < s.size() && x < after + 8; ++x) {
    if (In(s.W(x), {";", ".", ",", "after", "before", "and"})) break;
    if (s.Is(x, "with")) {
      size_t end = 0;
      for (auto& item : PersonListAt(s, x + 1, &end)) founders.push_back(item.person);
      break;
    }
  }
  for (const auto& p : founders) Emit(s, FactKind::kFounded, p, org, "", "", "", when, std::nullopt, 0.9);
}

// "OpenAI's co-founder X", "Kestrel co-founder X", "X, an OpenAI co-founder",
// "its co-founder and CTO, X", "X is a co-founder", "co-founder X".
// A lower-case word of a field right before a role word: "chip veteran",
// "robotics researcher".
bool FieldBeforeRole(const Sentence& s, size_t k) {
  return k + 1 < s.size() && !s.At(k) && s.tok[k].word && !s.tok[k].cap && !IsRoleWord(s.W(k)) &&
         IsRoleWord(s.W(k + 1)) && !In(s.W(k + 1), {"of", "and"}) && !In(s.W(k), {"the", "a", "an", "its", "their"});
}

void Reader::FounderNoun(const Sentence& s, size_t t) {
  if (s.question) return;
  string_view w = s.W(t);
  bool plural = w == "co-founders" || w == "cofounders" || w == "founders";
  string org;
  double confidence = 0.8;
  // The org: right before ("OpenAI's co-founder", "an OpenAI co-founder"),
  // "of X" after, "its" -> the sentence's org, else the article's.
  size_t b = t;
  while (b > 0 &&
         In(s.W(b - 1), {"and", "chief", "executive", "ceo", "longtime", "fellow", "original", "the", "a", "an", "its",
                         "their", "his", "her", "one", "another"}) &&
         !(s.W(b - 1) == "and" && b >= 2 && s.EndsBefore(b - 1)))
    --b;
  // "A's other co-founder", "A's two co-founders": a word between.
  size_t owned = t;
  if (owned >= 3 && In(s.W(owned - 1), {"other", "fellow", "original", "remaining", "two", "three", "four"}) &&
      s.Is(owned - 2, "'s"))
    --owned;
  if (const Mention* m = s.EndsBefore(t)) {
    if (m->kind == MKind::kOrg || (m->kind == MKind::kName && !RegisteredPerson(m->name))) {
      auto hit = OrgAt(s, m->begin);
      org = hit ? hit->name : m->name;
    }
  } else if (owned >= 2 && s.Is(owned - 1, "'s")) {
    const Mention* possessor = s.EndsBefore(owned - 1);
    if (possessor && (possessor->kind == MKind::kOrg || possessor->kind == MKind::kName)) org = possessor->name;
  }
  if (org.empty() && b >= 2 && s.Is(b - 1, "including") && s.Is(b - 2, ",")) {
    // "hired the staff of A, including co-founders X and Y": A's.
    if (const Mention* m = s.EndsBefore(b - 2); m && m->kind == MKind::kOrg && !m->name.empty()) org = m->name;
  }
  // "founder and CEO of Crate and Barrel,": two unknown single names
  // joined by "and" that end the phrase are one org's name.
  auto of_org = [&](size_t at) -> std::optional<string> {
    auto o = OrgAt(s, at);
    if (!o) return std::nullopt;
    const Mention* m = s.StartsAt(at);
    if (m && m->kind == MKind::kName && m->end == m->begin + 1 && o->end == m->end && s.Is(m->end, "and")) {
      const Mention* n = s.StartsAt(m->end + 1);
      if (n && n->kind == MKind::kName && n->end == n->begin + 1 && !LearnedOrg(n->name) &&
          !RegisteredPerson(n->name) && In(s.W(n->end), {",", ".", ";"}))
        return Joined(s, m->begin, n->end, text_);
    }
    return o->name;
  };
  if (org.empty() && s.Is(t + 1, "of")) {
    if (auto o = of_org(t + 2)) org = *o;
  }
  if (org.empty() && !plural && s.Is(t + 1, "and")) {
    // "X, the founder and chief executive of A,".
    size_t r = t + 2;
    while (r < s.size() && r < t + 6 && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps)) && !In(s.W(r), {"of", "and"}))
      ++r;
    if (r > t + 2 && s.Is(r, "of"))
      if (auto o = of_org(r + 1)) org = *o;
  }
  if (org.empty() && !plural && s.Is(t + 1, ",")) {
    // A sign-off: "-- X, CEO and co-founder, Fernhill" ends the text.
    if (auto o = OrgAt(s, t + 2); o && (o->end >= s.size() || (s.Is(o->end, ".") && o->end + 1 >= s.size())))
      org = o->name;
  }
  if (org.empty() && t >= 3 && s.Is(t - 1, "whose") && s.Is(t - 2, ",")) {
    // "Oskin AI, whose founders include A and B".
    const Mention* m = s.EndsBefore(t - 2);
    if (m && (m->kind == MKind::kOrg || (m->kind == MKind::kName && !RegisteredPerson(m->name))) && !m->name.empty())
      org = m->name;
  }
  if (org.empty()) {
    for (size_t x = b; x < t; ++x)
      if (In(s.W(x), {"its", "their"})) {
        auto o = NearestOrgBefore(s, x);
        org = o ? *o : topic_;
      }
  }
  if (org.empty() && t > 0 && In(s.W(t - 1), {"second", "third", "fourth", "fifth", "another"}) &&
      !last_founded_org_.empty()) {
    // "A third co-founder, chip veteran X,": of the company whose founders
    // were just named, which need not be the article's topic.
    org = last_founded_org_;
    confidence = 0.7;
  }
  if (org.empty()) {
    // The org named earlier in the same clause ("chief executive of X after
    // co-founder Y left"), else the article's.
    for (size_t x = b; x > 0 && org.empty(); --x) {
      if (In(s.W(x - 1), {",", ";", ":", "--"})) break;
      const Mention* m = s.At(x - 1);
      if (m && m->kind == MKind::kOrg && !m->name.empty()) org = m->name;
      if (m) x = m->begin + 1;
    }
    if (org.empty()) {
      // "Insiders, including cofounders A and B, own 10% of Yahoo's stock
      // -- not enough to block Microsoft": the company the sentence gives
      // them (a possessive after the noun) before the article's org.
      for (const auto& m : s.men)
        if (m.kind == MKind::kOrg && !m.generic && !m.name.empty() && m.begin > t &&
            (s.Is(m.end, "'s") || s.Is(m.end, "'"))) {
          org = m.name;
          break;
        }
      if (org.empty()) org = topic_;
    }
    confidence = 0.65;
  }
  if (org.empty()) return;
  // The person: a name right after ("co-founder and CTO, X"), else the name
  // this phrase describes ("X, OpenAI's co-founder", "X is a co-founder").
  std::vector<string> people;
  size_t k = t + 1;
  if (s.Is(k, "of")) {
    if (auto o = OrgAt(s, k + 1)) k = o->end;
  }
  // "its three co-founders: A, B and C", "the founders are A and B".
  bool copula = plural && In(s.W(k), {"are", "were", "include", "included", "includes"});
  bool colon = plural && s.Is(k, ":");
  if (copula || colon) ++k;
  size_t guard = 0;
  while (k < s.size() && guard < 6 &&
         (IsRoleWord(s.W(k)) || In(s.W(k), kRoleCaps) || s.Is(k, ",") || In(s.W(k), {"the", "dr.", "prof."})) &&
         !PersonAt(s, k)) {
    // "A's other co-founder, chief executive X": a role may come first.
    if (s.Is(k, ",") && !(k + 1 < s.size() && (PersonAt(s, k + 1) || IsRoleWord(s.W(k + 1)) ||
                                               In(s.W(k + 1), kRoleCaps) || FieldBeforeRole(s, k + 1))))
      break;
    // "founded by A, a co-founder of B, and C": the appositive is A's, and
    // C is the next item of the list, not a co-founder of B.
    if (s.Is(k, ",") && s.Is(k + 1, "and")) break;
    ++k;
    ++guard;
    // "chip veteran X": a word of the field before a role.
    if (FieldBeforeRole(s, k)) ++k;
  }
  if (PersonAt(s, k)) {
    size_t end = 0;
    for (auto& item : PersonListAt(s, k, &end)) {
      people.push_back(item.person);
      if (!plural) break;
    }
    // "The founders are A's former students" names no founder; after a
    // colon the names must end the sentence.
    if (copula && s.Is(end, "'s")) people.clear();
    if (colon && end < s.size() && !s.Is(end, ".")) people.clear();
  }
  if (people.empty()) {
    // Appositive or copula: "X, OpenAI's co-founder", "X, an OpenAI
    // co-founder who", "X is a co-founder".
    size_t x = b;
    if (x > 0 && s.EndsBefore(x) && s.EndsBefore(x)->kind != MKind::kPerson) x = s.EndsBefore(x)->begin;
    if (x > 0 && s.Is(x - 1, "'s")) --x, x = s.EndsBefore(x) ? s.EndsBefore(x)->begin : x;
    while (x > 0 && In(s.W(x - 1), {"a", "an", "the", "one", "is", "was", "also", "as", "and"})) --x;
    if (x > 0 && (s.Is(x - 1, ",") || s.Is(x - 1, "is") || s.Is(x - 1, "was"))) --x;
    if (const Mention* m = s.EndsBefore(x)) {
      if (IsPersonLike(m) && !(m->kind == MKind::kName && (LearnedOrg(m->name) || m->end - m->begin < 2))) {
        size_t gb = 0;
        people = plural ? GroupEndingAt(s, *m, &gb) : std::vector<string>{m->name};
      }
    } else if (x > 0 && In(s.W(x - 1), {"he", "she"})) {
      if (auto p = ResolvePronoun(s, x - 1)) people = {*p};
    }
    if (people.empty() && (s.Is(b, "is") || (b > 0 && In(s.W(b - 1), {"is", "was"})))) {
      // "... is a co-founder": the subject of the copula.
      Subject subj = PersonSubject(s, b > 0 && In(s.W(b - 1), {"is", "was"}) ? b - 1 : b);
      people = subj.persons;
    }
  }
  for (const auto& p : people) Emit(s, FactKind::kFounded, p, org, "", "", "", std::nullopt, std::nullopt, confidence);
}

// "X has launched Y, an AI company", "started a new company called Y with A and B".
void Reader::CompanyLaunch(const Sentence& s, size_t t, size_t te) {
  Assessment as = Assess(s, t, Mode::kFounding);
  if (!as.asserted) return;
  Subject subject = PersonSubject(s, t);
  if (!subject.found) return;
  size_t k = SkipFillersForward(s, te);
  std::optional<OrgHit> object;
  // "is now building a start-up, B, with Y", "is starting a robotics company
  // called B": a company being made, only where a company noun says so
  // (not "building a model called M").
  bool progressive = In(s.W(t), {"starting", "building"});
  if (progressive && !In(s.W(k), {"a", "an", "his", "her", "their"})) return;
  if (In(s.W(k), {"a", "an", "his", "her", "their"})) {
    for (size_t x = k + 1; x < s.size() && x < k + 6; ++x) {
      if (In(s.W(x), {"called", "named", "dubbed"})) {
        if (progressive && !In(s.W(x - 1), {"company", "start-up", "startup", "firm", "venture", "lab"})) break;
        object = OrgAt(s, x + 1);
        break;
      }
      // "started a company, Tern AI,": the name in apposition.
      if (s.Is(x, ",") && In(s.W(x - 1), {"company", "start-up", "startup", "firm", "venture", "lab"})) {
        if (const Mention* m = s.StartsAt(x + 1);
            m && (m->kind == MKind::kOrg || (m->kind == MKind::kName && !RegisteredPerson(m->name))) && !m->generic)
          object = OrgAt(s, x + 1);
        break;
      }
    }
  } else {
    object = OrgAt(s, k);
    if (object && !object->generic) {
      // Only a company: a known org, an org-shaped name, or one described as
      // a company.
      const Mention* m = s.StartsAt(k);
      bool company = m && m->kind == MKind::kOrg;
      if (!company && s.Is(object->end, ",")) {
        for (size_t x = object->end + 1; x < s.size() && x < object->end + 9; ++x) {
          if (In(s.W(x), {",", ".", ";"})) break;
          if (In(s.W(x), {"company", "start-up", "startup", "lab", "laboratory", "firm", "venture"})) company = true;
          if (In(s.W(x), {"model", "models", "app", "chatbot", "product", "tool", "service"})) break;
        }
      }
      if (!company) object.reset();
    } else {
      object.reset();
    }
  }
  if (!object) return;
  std::vector<string> founders = subject.persons;
  size_t after = object->end;
  for (size_t x = after; x < s.size() && x < after + 12; ++x) {
    if (In(s.W(x), {";", "."})) break;
    if (s.Is(x, "with")) {
      size_t end = 0;
      for (auto& item : PersonListAt(s, x + 1, &end)) founders.push_back(item.person);
      break;
    }
  }
  auto date = DateNear(s, t, te, false);
  for (const auto& p : founders)
    Emit(s, FactKind::kFounded, p, object->name, "", "", "", date ? std::optional(date->date) : std::nullopt,
         std::nullopt, 0.85);
}

// ---- Descriptors -------------------------------------------------------------

// "X, formerly A's VP of research, now heads B's applied research group",
// "X, formerly of A, is now at B", "..., now works at B":
// a past affiliation set against a present one is a move, so the person
// whose departure from A the sentence gave joins B. "now" must open its own
// clause after a comma, so that "X, formerly of A, said Y now leads B"
// gives nothing; a present role at A itself is no move.
void Reader::NowHeads(const Sentence& s, size_t first_fact) {
  const ExtractedFact* left = nullptr;
  size_t departures = 0;
  for (size_t k = first_fact; k < facts_.size(); ++k) {
    if (facts_[k].kind != FactKind::kDeparture) continue;
    ++departures;
    left = &facts_[k];
  }
  if (!left) return;
  // "X, who left A last year and now runs research at B": "and now" goes
  // on with a relative clause whose verb is the leaving, so the person that
  // clause hangs on joins B, whatever other departures the sentence gave
  // ("who joined A and now runs B", "who left A and now says ..." are not).
  for (size_t i = 4; i + 2 < s.size(); ++i) {
    if (!s.Is(i, "now") || !s.Is(i - 1, "and") ||
        !In(s.W(i + 1), {"heads", "leads", "runs", "directs", "oversees", "works"}))
      continue;
    size_t w = i - 1;
    while (w > 0 && i - w < 12 && !In(s.W(w - 1), {"who", ";", ".", ":", "--"})) --w;
    if (w < 3 || !s.Is(w - 1, "who") || !s.Is(w - 2, ",") || !In(s.W(w), {"left", "quit", "departed", "exited"}))
      continue;
    const Mention* head = s.EndsBefore(w - 2);
    if (!head || !IsPersonLike(head)) continue;
    auto person = PersonAt(s, head->begin);
    if (!person) continue;
    std::optional<ExtractedFact> departure;
    for (size_t k = first_fact; k < facts_.size() && !departure; ++k)
      if (facts_[k].kind == FactKind::kDeparture && facts_[k].person == *person) departure = facts_[k];
    if (!departure) continue;
    std::optional<OrgHit> joined;
    for (size_t x = i + 2; !joined && x + 1 < s.size() && x < i + 8; ++x) {
      if (In(s.W(x), {",", ";", ".", "--"})) break;
      if (In(s.W(x), {"at", "for"})) joined = OrgAt(s, x + 1);
    }
    if (!joined || joined->generic || FoldKey(joined->name) == FoldKey(departure->org)) continue;
    Emit(s, FactKind::kJoin, departure->person, joined->name, "", departure->org, "", std::nullopt, std::nullopt,
         0.7);
  }
  for (size_t i = 1; i + 3 < s.size(); ++i) {
    // "X, formerly of A, is now at B": "is now at" opening its own clause
    // after a comma, said of the person named last before it, whose
    // departure the sentence gave (one item of a list of moves may be so).
    if (!(s.Is(i, "is") && s.Is(i + 1, "now") && In(s.W(i + 2), {"at", "with"}) && s.Is(i - 1, ","))) continue;
    auto person = NearestPersonBefore(s, i);
    if (!person) break;
    std::optional<ExtractedFact> departure;
    for (size_t k = first_fact; k < facts_.size() && !departure; ++k)
      if (facts_[k].kind == FactKind::kDeparture && facts_[k].person == *person) departure = facts_[k];
    std::optional<OrgHit> joined = OrgAt(s, i + 3);
    if (!departure || !joined || joined->generic || FoldKey(joined->name) == FoldKey(departure->org)) break;
    Emit(s, FactKind::kJoin, departure->person, joined->name, "", departure->org, "", std::nullopt, std::nullopt,
         0.7);
    return;
  }
  if (departures > 1) return;  // two departures: whose present role is unclear
  for (size_t i = 1; i + 2 < s.size(); ++i) {
    if (!s.Is(i, "now") || !In(s.W(i + 1), {"heads", "leads", "runs", "directs", "oversees", "works"})) continue;
    // "now" after a comma, or right after the name of the one who left:
    // "X now leads research at B, having left A in March".
    const Mention* before = s.EndsBefore(i);
    bool mover = before && IsPersonLike(before) && PersonAt(s, before->begin) == left->person;
    if (!s.Is(i - 1, ",") && !mover) continue;
    std::optional<OrgHit> joined = OrgAt(s, i + 2);
    for (size_t x = i + 2; !joined && x + 1 < s.size() && x < i + 8; ++x) {
      if (In(s.W(x), {",", ";", ".", "--"})) break;
      if (In(s.W(x), {"at", "for"})) joined = OrgAt(s, x + 1);
    }
    if (!joined || joined->generic || FoldKey(joined->name) == FoldKey(left->org)) return;
    ExtractedFact departure = *left;  // Emit may grow facts_
    Emit(s, FactKind::kJoin, departure.person, joined->name, "", departure.org, "", std::nullopt, std::nullopt, 0.7);
    return;
  }
}

// "X, whom B recruited from A", "X, whom Y hired away from A last year":
// the hire of the name the relative clause hangs on, by the org of its
// subject (an org, or the org a person subject founded or works at), and
// the departure from the org after "from".
void Reader::WhomHired(const Sentence& s) {
  if (s.question) return;
  for (size_t i = 2; i + 2 < s.size(); ++i) {
    if (!s.Is(i, "whom") || !s.Is(i - 1, ",")) continue;
    const Mention* head = s.EndsBefore(i - 1);
    if (!head || !IsPersonLike(head)) continue;
    auto person = PersonAt(s, head->begin);
    if (!person) continue;
    const Mention* subject = s.StartsAt(i + 1);
    if (!subject) continue;
    size_t v = subject->end;
    while (v < s.size() && v < subject->end + 3 && In(s.W(v), {"had", "has", "later", "personally", "first"})) ++v;
    if (!In(s.W(v), {"recruited", "hired", "poached", "lured"})) continue;
    std::optional<string> hirer;
    if (subject->kind == MKind::kOrg && !subject->name.empty()) {
      hirer = subject->name;
    } else if (IsPersonLike(subject)) {
      auto who = PersonAt(s, subject->begin);
      if (!who) continue;
      if (auto it = affiliation_.find(FoldKey(*who)); it != affiliation_.end()) hirer = it->second;
      for (const auto& f : facts_)
        if (!hirer && f.kind == FactKind::kFounded && f.person == *who) hirer = f.org;
    }
    if (!hirer || hirer->empty()) continue;
    std::optional<string> from;
    for (size_t x = v + 1; x < s.size() && x < v + 4; ++x) {
      if (In(s.W(x), {",", ";", ".", "--"})) break;
      if (s.Is(x, "from")) {
        if (auto o = OrgAt(s, x + 1); o && !o->generic) from = o->name;
        break;
      }
    }
    if (from && FoldKey(*from) == FoldKey(*hirer)) continue;
    auto date = DateNear(s, v, v + 1, false);
    std::optional<Date> when = date ? std::optional(date->date) : std::nullopt;
    Emit(s, FactKind::kJoin, *person, *hirer, "", from.value_or(""), "", when, std::nullopt, 0.75);
    if (from) Emit(s, FactKind::kDeparture, *person, *from, "", *hirer, "", when, std::nullopt, 0.7);
    return;
  }
}

// Every word Descriptors tests the token it stands on against: at any other
// token each of its tests fails and it moves on, so it skips such a token
// after one lookup instead of some twenty comparisons, which were most of
// its time. A word added to one of those tests must be added here.
constexpr WordTable kDescriptorHeads{
    "former",   "ex-",       "until",      "before",   "prior",  "returned", "returns", "returning",
    "return",   "rejoined",  "rejoins",    "rejoining", "rejoin", "after",    "previously", "formerly",
    "recently", "alumna",    "alumnus",    "alum",     "veteran", "had",     "spent",   "who",
    "following", "cut",     "cutting"};

// "former Google researcher X", "ex-Cohere engineer X", "X, a former OpenAI
// researcher", "X, formerly vice president at Y", "X, who previously led
// research at Y", "X previously worked at Y", "X, who spent six years at Y".
void Reader::Descriptors(const Sentence& s) {
  if (s.question) return;
  for (size_t i = 0; i < s.size(); ++i) {
    string_view w = s.W(i);
    if (!kDescriptorHeads.Contains(w)) continue;
    if (w == "former" || w == "ex-") {
      size_t k = i + 1;
      auto org = OrgAt(s, k);
      if (!org) {
        // "X, a former research lead at Google DeepMind"; "a former
        // simulation lead", a word of the field before the role.
        size_t r = k;
        if (r + 1 < s.size() && !s.At(r) && s.tok[r].word && !s.tok[r].cap && !IsRoleWord(s.W(r)) &&
            IsRoleWord(s.W(r + 1)) && !In(s.W(r + 1), {"of", "and"}))
          ++r;
        while (r < s.size() && r < k + 7 && (IsRoleWord(s.W(r)) || In(s.W(r), kRoleCaps)) && !s.At(r) && s.W(r) != "of")
          ++r;
        if (r == k) continue;
        if (s.Is(r, "of") && (!s.At(r + 1) || IsFieldAcronym(s.tok[r + 1]))) {  // "head of research at X", "head of AI at X"
          ++r;
          while (r < s.size() && r < k + 10 && (!s.At(r) || IsFieldAcronym(s.tok[r])) && s.tok[r].word &&
                 (!s.tok[r].cap || IsFieldAcronym(s.tok[r])) && !In(s.W(r), {"at", "of", "with", "for"}))
            ++r;
        }
        std::optional<OrgHit> at;
        if (In(s.W(r), {"at", "of", "with", "for"})) at = OrgAt(s, r + 1);
        // "head of TPU compilers": a bare name after "of" is a field, not an org.
        bool bare_name = at && s.StartsAt(r + 1) && s.StartsAt(r + 1)->kind == MKind::kName;
        if ((!at || bare_name) && i >= 2 && (s.Is(i - 1, "'s") || s.Is(i - 1, "'"))) {
          // "X, Google's former head of compilers," / "Google's former CEO X".
          const Mention* o = s.EndsBefore(i - 1);
          if (!o || o->kind != MKind::kOrg || o->name.empty() || o->generic) continue;
          std::optional<string> person;
          if (o->begin >= 2 && s.Is(o->begin - 1, ",")) {
            if (const Mention* m = s.EndsBefore(o->begin - 1);
                IsPersonLike(m) && !(m->kind == MKind::kName && (m->end - m->begin < 2 || LearnedOrg(m->name))))
              person = m->name;
          }
          if (!person) {
            // "Google's former CEO X", "Google's former head of search, X,";
            // "Google's former chief product officer, X,", a role of several
            // lower-case words before the comma.
            size_t c = r;
            while (c < s.size() && c < r + 4 && !s.At(c) && s.tok[c].word && !s.tok[c].cap) ++c;
            if (c > r && !s.Is(c, ",")) c = r;
            person = PersonAt(s, s.Is(c, ",") ? c + 1 : c);
          }
          if (person) Emit(s, FactKind::kDeparture, *person, o->name, "", "", "", std::nullopt, std::nullopt, 0.7);
          continue;
        }
        if (!at) continue;
        size_t b = i;
        while (b > 0 && In(s.W(b - 1), {"a", "an", "the", "both", "all", "two", "three", "also"})) --b;
        b = BeforeCurrentRole(s, b);
        std::vector<string> people;
        if (b > 0 && (s.Is(b - 1, ",") || s.Is(b - 1, "--") || s.Is(b - 1, "("))) {
          if (const Mention* m = s.EndsBefore(b - 1)) {
            if (IsPersonLike(m) && !(m->kind == MKind::kName && (m->end - m->begin < 2 || LearnedOrg(m->name)))) {
              size_t gb = 0;
              people = GroupEndingAt(s, *m, &gb);
            }
          }
        } else if (b > 0 && In(s.W(b - 1), {"is", "was"})) {
          people = PersonSubject(s, b - 1).persons;
        } else if (auto p = PersonAt(s, at->end + (s.Is(at->end, ",") ? 1 : 0))) {
          people.push_back(*p);  // "the former head of X at Y, Z,"
        }
        for (const auto& p : people)
          Emit(s, FactKind::kDeparture, p, at->name, "", "", "", std::nullopt, std::nullopt, 0.7);
        continue;
      }
      k = org->end;
      // "former Google TPU engineers": one word of a product or team.
      if (const Mention* team = s.StartsAt(k); team && team->kind != MKind::kPerson && team->end == k + 1 &&
                                               (IsRoleWord(s.W(k + 1)) || IsPeopleNoun(s.W(k + 1))))
        ++k;
      size_t roles = 0;
      // "ex-CSCO Jayla Orrin and Andy B": "and" right after the org begins
      // no role; the name after it is no former employee of the org.
      while (k < s.size() && roles < 5 && (IsRoleWord(s.W(k)) || In(s.W(k), kRoleCaps)) && !PersonAt(s, k) &&
             !(roles == 0 && s.Is(k, "and"))) {
        ++k;
        ++roles;
      }
      // "former A employees, including X and Y", "former A staff such as X":
      // the people named as examples of the plural.
      size_t example = 0;
      if (k > 0 && (IsPeopleNoun(s.W(k - 1)) || (roles > 0 && EndsWith(s.W(k - 1), "s")))) {
        size_t e = s.Is(k, ",") ? k + 1 : k;
        if (s.Is(e, "including")) example = e + 1;
        if (s.Is(e, "such") && s.Is(e + 1, "as")) example = e + 2;
        if (example && !PersonAt(s, example)) example = 0;
      }
      if (roles == 0 && !PersonAt(s, k) && !example) continue;
      std::vector<string> people;
      if (example) {
        size_t end = 0;
        for (auto& item : PersonListAt(s, example, &end)) people.push_back(item.person);
      } else if (PersonAt(s, k)) {
        size_t end = 0;
        for (auto& item : PersonListAt(s, k, &end)) people.push_back(item.person);
        // "former Meta researchers A and B" lists; a singular role names one.
        if (!people.empty() && k > 0 && !EndsWith(s.W(k - 1), "s")) people.resize(1);
      } else if (s.Is(k, ",") && PersonAt(s, k + 1)) {
        // "the former OpenAI researcher, X,"; "two former Meta engineers, A and B,".
        size_t end = 0;
        for (auto& item : PersonListAt(s, k + 1, &end)) people.push_back(item.person);
        if (!EndsWith(s.W(k - 1), "s")) people.resize(1);
      } else {
        // "X, a former OpenAI researcher", "A and B, both former Meta engineers".
        size_t b = i;
        while (b > 0 && In(s.W(b - 1), {"a", "an", "the", "both", "all", "two", "three", "also"})) --b;
        // "X, a co-founder of B and a former OpenAI researcher": the second
        // half of the appositive.
        if (b > 2 && s.Is(b - 1, "and") && In(s.W(b), {"a", "an"})) {
          size_t c = b - 1;
          while (c > 0 && c + 10 > b && !In(s.W(c - 1), {",", ";", ".", "--"})) --c;
          if (c > 1 && s.Is(c - 1, ",") && In(s.W(c), {"a", "an", "the"}) && IsPersonLike(s.EndsBefore(c - 1))) b = c;
        }
        if (b > 0 && (s.Is(b - 1, ",") || s.Is(b - 1, "--") || s.Is(b - 1, "("))) {
          if (const Mention* m = s.EndsBefore(b - 1)) {
            if (IsPersonLike(m) && !(m->kind == MKind::kName && (m->end - m->begin < 2 || LearnedOrg(m->name)))) {
              size_t gb = 0;
              people = GroupEndingAt(s, *m, &gb);
              if (!In(s.W(b), {"both", "all", "two", "three"})) people = {m->name};
            }
          }
        } else if (b > 0 && In(s.W(b - 1), {"is", "was", "are", "were"})) {
          people = PersonSubject(s, b - 1).persons;
        } else if (IsPeopleNoun(s.W(k - 1))) {
          // "Three former Google researchers founded X: A, B and C".
          people = PersonSubject(s, k).persons;
        }
      }
      for (const auto& p : people)
        Emit(s, FactKind::kDeparture, p, org->name, "", "", "", std::nullopt, std::nullopt, 0.7);
      continue;
    }
    if (w == "until" && i + 1 < s.size() &&
        (In(s.W(i + 1), {"last", "recently", "earlier", "early", "late", "this"}) || MonthOf(s.W(i + 1)) ||
         YearToken(s.tok[i + 1]))) {
      // "X, who was head of product at Anthropic until last month": a post
      // held until a past day.
      size_t b = i;
      bool was = false;
      while (b > 0 && i - b < 14 && !In(s.W(b - 1), {",", ";", ".", "--", "and", "but"})) {
        --b;
        // "who oversaw Siri engineering at Apple until last year" too.
        if (In(s.W(b), {"was", "were"}) ||
            (s.Is(b, "who") && In(s.W(b + 1), {"oversaw", "led", "ran", "headed", "managed", "worked"}))) {
          was = true;
          break;
        }
      }
      // Only until a day gone: not "until 2027" in an article of 2026.
      auto until = DateAt(s, i + 1, a_.published, false);
      bool gone = until && until->date.SortKey() < a_.published.SortKey();
      // "X, who until last month ran A's applied AI lab,": the date before
      // the post's verb; the clause runs to its comma.
      size_t clause_end = i;
      if (!was && (gone || s.Is(i + 1, "recently")) && s.Is(i - 1, "who")) {
        b = i - 1;
        for (size_t x = i + 1; x < s.size() && x < i + 5 && !was; ++x)
          if (In(s.W(x), {"ran", "led", "headed", "oversaw", "managed", "worked", "was"})) was = true;
        clause_end = i + 1;
        while (was && clause_end < s.size() && clause_end < i + 16 && !In(s.W(clause_end), {",", ";", ".", "--"}))
          ++clause_end;
        if (!s.Is(clause_end, ",")) was = false;
      }
      std::optional<string> org;
      for (size_t x = b + 1; was && x < std::max(i, clause_end) && !org; ++x)
        if (In(s.W(x), {"at", "with"}))
          if (auto o = OrgAt(s, x + 1); o && o->end == std::max(i, clause_end)) org = o->name;
      // "who worked on OpenAI's agents team until June", "who until last
      // month ran A's lab": an org owning the team or lab the person ran.
      for (size_t x = b + 1; was && x < std::max(i, clause_end) && !org; ++x)
        if (x != i && s.At(x) && In(s.W(x - 1), {"on", "ran", "led", "headed", "oversaw", "managed", "in", "was"}))
          if (auto o = OrgAt(s, x); o && !o->generic && o->end > x && In(s.W(o->end - 1), {"'s", "'"}) &&
                                    s.tok[o->end].word && !s.tok[o->end].cap)
            org = o->name;
      if (!was && gone && b > 0 && s.Is(b - 1, ",") && s.EndsBefore(b - 1) && IsPersonLike(s.EndsBefore(b - 1))) {
        // "X, A's head of research until March,": an appositive post.
        bool role = false;
        for (size_t x = b; x < i; ++x) role = role || IsRoleWord(s.W(x));
        if (role) org = AffiliationIn(s, b, i);
      }
      if (!org) continue;
      auto person = NearestPersonBefore(s, b);
      if (!person) continue;
      Emit(s, FactKind::kDeparture, *person, *org, "", "", "", std::nullopt, std::nullopt, 0.7);
      // "..., is now at B": where the person went, after the clause.
      size_t c = std::max(i, clause_end);
      while (c < s.size() && c < i + 16 && !In(s.W(c), {",", ";", "."})) ++c;
      if (s.Is(c, ",") && s.Is(b - 1, ",")) {
        size_t v = c + 1;
        std::optional<OrgHit> to;
        if (s.Is(v, "is") && s.Is(v + 1, "now") && In(s.W(v + 2), {"at", "with"})) to = OrgAt(s, v + 3);
        if (s.Is(v, "now") && In(s.W(v + 1), {"works", "is"}) && In(s.W(v + 2), {"at", "for", "with"}))
          to = OrgAt(s, v + 3);
        if (to && !to->generic && FoldKey(to->name) != FoldKey(*org))
          Emit(s, FactKind::kJoin, *person, to->name, "", *org, "", std::nullopt, std::nullopt, 0.7);
      }
      continue;
    }
    if (i == 0 && (w == "before" || (w == "prior" && s.Is(1, "to"))) && s.size() > 6) {
      // "Before Microsoft, X was a researcher at the Allen Institute for
      // AI", "Prior to A, X was ...": an earlier post, over.
      size_t c = 1;
      while (c < s.size() && c < 7 && !s.Is(c, ",")) ++c;
      const Mention* p = s.Is(c, ",") ? s.StartsAt(c + 1) : nullptr;
      size_t joining = w == "prior" ? 2 : 1;
      if (p && IsPersonLike(p) && p->end - p->begin >= 2 && s.Is(joining, "joining")) {
        // "Before joining A, X spent five years at B": X joined A.
        if (auto a = OrgAt(s, joining + 1); a && !a->generic && a->end == c) {
          Assessment as = Assess(s, c + 1, Mode::kPersonnel);
          if (as.asserted) Emit(s, FactKind::kJoin, p->name, a->name, "", "", "", std::nullopt, std::nullopt, 0.7);
        }
      }
      std::optional<string> who;
      size_t verb = 0;
      if (p && IsPersonLike(p) && (p->kind == MKind::kPerson || p->end - p->begin >= 2)) {
        who = p->name;
        verb = p->end;
      } else if (s.Is(c, ",") && In(s.W(c + 1), {"she", "he"}) && !last_subject_person_.empty()) {
        // "X founded B in 2023. Before that, she was a research scientist
        // at A": the person the last sentence was about.
        who = last_subject_person_;
        verb = c + 2;
      }
      if (who && In(s.W(verb), {"was", "worked"})) {
        for (size_t x = verb + 1; x + 1 < s.size() && x < verb + 12; ++x) {
          if (In(s.W(x), {",", ";", ".", "and", "but"})) break;
          if (!In(s.W(x), {"at", "with"})) continue;
          if (auto o = OrgAt(s, x + 1))
            Emit(s, FactKind::kDeparture, *who, o->name, "", "", "", std::nullopt, std::nullopt, 0.7);
          break;
        }
      }
      continue;
    }
    if ((In(w, {"returned", "returns", "returning", "return"}) && s.Is(i + 1, "to")) ||
        In(w, {"rejoined", "rejoins", "rejoining", "rejoin"})) {
      // "X is returning to A": a stint at A ended before. Only where this
      // sentence has X joining A.
      auto back = OrgAt(s, i + (s.Is(i + 1, "to") ? 2 : 1));
      if (!back || back->generic) continue;
      std::vector<string> returning;
      for (const auto& f : facts_)
        if (f.kind == FactKind::kJoin && f.start == s.span.start && FoldKey(f.org) == FoldKey(back->name))
          returning.push_back(f.person);
      for (const auto& p : returning)
        Emit(s, FactKind::kDeparture, p, back->name, "", "", "", std::nullopt, std::nullopt, 0.6);
      continue;
    }
    if (w == "after" && In(s.W(i + 1), {"both", "they", "he", "she"}) &&
        In(s.W(i + 2), {"left", "quit", "departed"})) {
      // "X co-founded B with Y in 2019 after both left A's team": those this
      // sentence has founding or joining B left A before.
      auto left = OrgAt(s, i + 3);
      if (!left || left->generic) continue;
      std::vector<string> movers;
      if (In(s.W(i + 1), {"he", "she"})) {
        if (auto p = ResolvePronoun(s, i + 1)) movers.push_back(*p);
      } else {
        for (const auto& f : facts_)
          if ((f.kind == FactKind::kFounded || f.kind == FactKind::kJoin) && f.start == s.span.start &&
              std::find(movers.begin(), movers.end(), f.person) == movers.end())
            movers.push_back(f.person);
        if (s.Is(i + 1, "both") && movers.size() != 2) movers.clear();
      }
      for (const auto& p : movers)
        Emit(s, FactKind::kDeparture, p, left->name, "", "", "", std::nullopt, std::nullopt, 0.7);
      continue;
    }
    bool marker = false;
    bool needs_move = false;
    if (In(w, {"previously", "formerly"})) marker = true;
    if (w == "after") {
      // "joined B after three years at A": a stint that ended with a move
      // this sentence tells of (not "promoted after six years at A").
      size_t x = i + 1;
      while (x < s.size() && x < i + 4 &&
             (s.tok[x].digit || In(s.W(x), {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a",
                                            "nearly", "almost", "more", "than", "over", "several", "eleven", "twelve",
                                            "half"})))
        ++x;
      if (x > i + 1 && In(s.W(x), {"years", "year", "months", "decade", "decades"}) && In(s.W(x + 1), {"at", "with"}))
        marker = needs_move = true;
    }
    if (w == "recently" && i > 0 && In(s.W(i - 1), {"most", "until"})) marker = true;
    // "X, a 10-year veteran of A," and "X, who had been at A since 2019,"
    // said of someone this sentence moves: the stint the move ended.
    bool alumni = In(w, {"alumna", "alumnus", "alum"});
    if ((alumni || w == "veteran") && s.Is(i + 1, "of")) marker = needs_move = true;
    if (w == "had" && s.Is(i + 1, "been") && In(s.W(i + 2), {"at", "with"})) marker = needs_move = true;
    // "spent three years at A and, before that, eight at B": an earlier
    // stint, over.
    size_t from = i + 1;
    // "X, who cut her teeth at A, has joined B": where a career began, said
    // of someone this sentence moves.
    if (In(w, {"cut", "cutting"}) && In(s.W(i + 1), {"his", "her", "their"}) && s.Is(i + 2, "teeth") &&
        In(s.W(i + 3), {"at", "with"})) {
      marker = needs_move = true;
      from = i + 3;
    }
    if (w == "before" && i > 0 && s.Is(i + 1, "that")) {
      from = i + 2 + (s.Is(i + 2, ",") ? 1 : 0);
      // Not what comes first in a plan: "before that she will work at B".
      marker = true;
      for (size_t x = from; x < s.size() && x < from + 6; ++x)
        if (In(s.W(x), {"will", "would", "'ll", "plans", "is", "are"})) marker = false;
    }
    // "spent four years at A before a brief stint at B", "after a stint
    // with B": a stint is a post held and over (not in a sentence of plans:
    // "will spend a year at A before a stint at B").
    // "after stints at A and B": each org of the list, with no article.
    bool stints = false;
    if (In(w, {"before", "after", "following"}) &&
        (In(s.W(i + 1), {"a", "an", "his", "her", "their"}) || In(s.W(i + 1), {"stints", "spells"}))) {
      size_t x = In(s.W(i + 1), {"stints", "spells"}) ? i + 1 : i + 2;
      while (x < s.size() && x < i + 5 && !In(s.W(x), {"stint", "stints", "spell", "spells"}) && s.tok[x].word &&
             !s.tok[x].cap && !s.At(x))
        ++x;
      if (In(s.W(x), {"stint", "stints", "spell", "spells"}) && In(s.W(x + 1), {"at", "with"})) {
        marker = true;
        stints = true;
        from = x + 1;
        for (size_t y = 0; y < i; ++y)
          if (In(s.W(y), {"will", "would", "'ll", "plans", "planned", "may", "might", "could"})) marker = false;
      }
    }
    if (w == "spent" && i + 2 < s.size() &&
        (s.tok[i + 1].digit || In(s.W(i + 1), {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                               "a", "nearly", "almost", "more", "over", "several"})))
      marker = true;
    // "who led protein modelling at A" said of someone this sentence has
    // joining or founding another org: a post held before the move.
    if (w == "who" && In(s.W(i + 1), {"ran", "led", "headed", "managed", "oversaw", "worked"})) {
      // "who ran perception at X for five years": past and over.
      for (size_t x = i + 2; x < s.size() && x < i + 14; ++x) {
        if (In(s.W(x), {",", ";", "."})) break;
        if (s.Is(x, "for") && x + 1 < s.size() &&
            (s.tok[x + 1].digit || In(s.W(x + 1), {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                   "ten", "a", "nearly", "almost", "more", "over", "several"})))
          marker = true;
      }
      if (!marker && i > 0 && s.Is(i - 1, ",")) marker = needs_move = true;
    }
    if (!marker) continue;
    // Not "currently ... and previously": the clause's own org after the marker.
    std::optional<string> org;
    for (size_t x = from; x < s.size() && x < from + 15; ++x) {
      if (In(s.W(x), {",", ";", ".", "--", "and", "while", "but"}) && !(s.W(x) == "," && x == from)) break;
      // "A's data team", and "Orca Labs' data team" with a bare apostrophe.
      bool possessive = s.Is(x, "'s") || (s.Is(x, "'") && s.EndsBefore(x));
      if (In(s.W(x), {"at", "with", "of", "for"}) || possessive) {
        size_t y = possessive ? x : x + 1;
        if (possessive) {
          const Mention* m = s.EndsBefore(x);
          if (m && m->kind == MKind::kOrg && !m->name.empty()) {
            org = m->name;
            break;
          }
          continue;
        }
        if (auto o = OrgAt(s, y)) {
          org = o->name;
          break;
        }
      }
      const Mention* m = s.At(x);
      if (m && m->kind == MKind::kOrg && (s.Is(m->end, "'s") || s.Is(m->end, "'"))) {
        org = m->name;
        break;
      }
    }
    if (!org) continue;
    std::vector<string> orgs = {*org};
    if (stints) StintOrgsAfter(s, from, &orgs);
    // "A and B, both formerly of Google,"; "A and B, who both previously
    // worked at Google".
    // "A and B, both of whom previously worked at Google".
    size_t both = i >= 2 && In(s.W(i - 1), {"both", "all"}) ? i - 1 : 0;
    if (i >= 4 && s.Is(i - 1, "whom") && s.Is(i - 2, "of") && In(s.W(i - 3), {"both", "all"})) both = i - 3;
    size_t comma = both >= 1 && s.Is(both - 1, "who") ? both - 1 : both;
    if (both > 0 && comma >= 1 && s.Is(comma - 1, ",")) {
      if (const Mention* m = s.EndsBefore(comma - 1); m && IsPersonLike(m)) {
        size_t gb = 0;
        for (const auto& p : GroupEndingAt(s, *m, &gb))
          Emit(s, FactKind::kDeparture, p, *org, "", "", "", std::nullopt, std::nullopt, 0.7);
        continue;
      }
    }
    // An alumna of a school studied there.
    if (alumni && (org->find("University") != string::npos || org->find("College") != string::npos ||
                   org->find("School") != string::npos))
      continue;
    auto person = NearestPersonBefore(s, i);
    if (!person && (needs_move || stints) && In(w, {"after", "following"})) {
      // "After eight years at A, X is moving to B": the subject after the
      // fronted phrase.
      size_t c = i + 1;
      while (c < s.size() && c < i + 12 && !s.Is(c, ",")) ++c;
      if (s.Is(c, ",")) person = PersonAt(s, c + 1);
    }
    if (!person) continue;
    // "X was hired by B. X arrives after six years at A": an arrival verb
    // before "after" tells of the move an earlier sentence has X making.
    bool arrives = w == "after" && i > 0 && In(s.W(i - 1), {"arrives", "arrived", "comes", "came", "joins"});
    if (needs_move && !std::any_of(facts_.begin(), facts_.end(), [&](const ExtractedFact& f) {
          return (f.kind == FactKind::kJoin || f.kind == FactKind::kFounded) &&
                 (f.start == s.span.start || arrives) && f.person == *person && FoldKey(f.org) != FoldKey(*org);
        }))
      continue;
    // "X, who joined Google in 2016, previously led the company's work on
    // speech": an earlier post at the org this sentence has X joining.
    if (std::any_of(facts_.begin(), facts_.end(), [&](const ExtractedFact& f) {
          return f.kind == FactKind::kJoin && f.start == s.span.start && f.person == *person &&
                 FoldKey(f.org) == FoldKey(*org);
        }))
      continue;
    for (const auto& left : orgs)
      Emit(s, FactKind::kDeparture, *person, left, "", "", "", std::nullopt, std::nullopt, 0.7);
  }
}

// "after stints at A, B and C": the orgs listed after the first, at `at`
// ("at A" or "with A"), appended to `orgs`. A list item that is no org
// ends the list.
void Reader::StintOrgsAfter(const Sentence& s, size_t at, std::vector<string>* orgs) const {
  auto first = OrgAt(s, at + 1);
  if (!first) return;
  size_t x = first->end;
  while (x < s.size()) {
    size_t y = x;
    if (s.Is(y, ",")) ++y;
    bool last = s.Is(y, "and");
    if (last) ++y;
    if (y == x) break;
    auto next = OrgAt(s, y, false);
    if (!next || next->generic) break;
    orgs->push_back(next->name);
    x = next->end;
    if (last) break;
  }
}

// Remembers "X, chief scientist at Y" and "Y chief executive X" for later
// sentences that leave the org unsaid.
void Reader::RecordAffiliations(const Sentence& s) {
  for (const auto& m : s.men) {
    if (!IsPersonLike(&m) || (m.kind == MKind::kName && m.end - m.begin < 2)) continue;
    std::optional<string> org;
    if (s.Is(m.end, ",")) {
      size_t x = m.end + 1;
      bool role = false;
      size_t y = x;
      while (y < s.size() && y < x + 10 && !In(s.W(y), {",", ";", "."})) {
        if (IsRoleWord(s.W(y))) role = true;
        if (In(s.W(y), {"former", "formerly", "previously", "ex-", "who", "whose"})) {
          role = false;
          break;
        }
        ++y;
      }
      if (role) org = AffiliationIn(s, x, y);
    }
    if (!org && m.begin > 0) {
      size_t b = m.begin;
      while (b > 0 && (IsRoleWord(s.W(b - 1)) || In(s.W(b - 1), kRoleCaps))) --b;
      if (b < m.begin && b > 0 && !In(s.W(b - 1), {"former", "ex-"})) {
        if (s.Is(b - 1, "'s") && s.EndsBefore(b - 1) && s.EndsBefore(b - 1)->kind == MKind::kOrg)
          org = s.EndsBefore(b - 1)->name;
        else if (s.EndsBefore(b) && s.EndsBefore(b)->kind == MKind::kOrg &&
                 !(b >= 2 && In(s.W(s.EndsBefore(b)->begin - 1), {"former", "ex-"})))
          org = s.EndsBefore(b)->name;
      }
    }
    if (org && !org->empty()) affiliation_.emplace(FoldKey(m.name), *org);
  }
}

// ---- Releases and delays -----------------------------------------------------

bool IsComparison(const Sentence& s, size_t i) {
  static constexpr WordTable kComparisons{
      "than",         "beats",         "beat",       "beating",   "outperforms", "outperform",
      "outperformed", "outperforming", "rivals",     "rivaling",  "rivalling",   "matches",
      "matching",     "surpasses",     "surpassing", "trails",    "versus",      "vs",
      "vs.",          "against",       "compared",   "like",      "unlike",      "including",
      "tops",         "topped",        "topping",    "bests",     "bested",      "edges",
      "exceeds",      "exceeded",      "trounces",   "overtakes", "eclipses",    "challenges"};
  string_view w = s.W(i);
  if (In(w, kComparisons)) return w != "including";
  // "competes with A's M", "to compete head-on with A".
  if (w == "with" && i > 0) {
    size_t v = s.Is(i - 1, "head-on") || s.Is(i - 1, "directly") ? i - 1 : i;
    if (v > 0 && In(s.W(v - 1), {"compete", "competes", "competed", "competing"})) return true;
  }
  if (w == "to" && i > 0 &&
      In(s.W(i - 1), {"upgrade", "successor", "successors", "rival", "alternative", "answer", "response", "competitor",
                      "challenger", "follow-up", "sequel", "comparable", "similar", "close", "equivalent", "superior",
                      "inferior", "counterpart"}))
    return true;
  if (In(w, {"on", "from", "of"}) && i > 0 &&
      In(s.W(i - 1), {"based", "built", "trained", "distilled", "fine-tuned", "derived", "atop", "version"})) {
    return s.W(i - 1) != "version";
  }
  if (w == "replaces" || w == "replacing" || w == "succeeds" || w == "succeeding" || w == "predecessor") return true;
  return false;
}

// "a smaller sibling", "its first open model": an appositive from c to
// end that describes the thing before it and names nothing (no org, no
// model, no comparison: not "a rival to A's M").
bool PlainAppositive(const Sentence& s, size_t c, size_t end) {
  if (!In(s.W(c), {"a", "an", "its", "the", "their"}) || end <= c + 1 || end > c + 7) return false;
  for (size_t x = c; x < end; ++x)
    if (s.At(x) || !s.tok[x].word || IsComparison(s, x) ||
        In(s.W(x), {"rival", "competitor", "challenger", "answer", "alternative", "successor"}))
      return false;
  return true;
}

// "M goes GA this week", "M went generally available": a model named just
// before. "goes" only when no later time follows in the clause ("goes GA
// next month" is a plan).
bool GoesGenerallyAvailable(const Sentence& s, size_t i, size_t* te) {
  string_view w = s.W(i);
  if (!In(w, {"goes", "went"})) return false;
  size_t end = 0;
  if (s.Is(i + 1, "ga"))
    end = i + 2;
  else if (s.Is(i + 1, "generally") && s.Is(i + 2, "available"))
    end = i + 3;
  else
    return false;
  bool model_before = false;
  for (size_t x = i; x > 0 && x + 12 > i && !model_before; --x)
    model_before = s.At(x - 1) && s.At(x - 1)->kind == MKind::kModel;
  if (!model_before) return false;
  if (w == "goes")
    for (size_t x = end; x < s.size() && x < end + 8; ++x) {
      if (In(s.W(x), {",", ";", ".", "but"})) break;
      if (In(s.W(x), {"next", "later", "soon", "early", "late"}) || MonthOf(s.W(x)) || YearToken(s.tok[x]))
        return false;
    }
  *te = end;
  return true;
}

bool IsReleaseVerb(const Sentence& s, size_t i, size_t* te, bool* made_available) {
  string_view w = s.W(i);
  *made_available = false;
  if (In(w, {"put", "puts", "putting"}) && s.Is(i + 1, "out")) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"rolled", "rolls", "rolling"}) && s.Is(i + 1, "out")) {
    *te = i + 2;
    return true;
  }
  // "has put the weights of M and N on Hugging Face", "uploaded the open
  // weights for M to GitHub": open weights released; the models follow
  // "of" or "for", and a named place after "on", "onto" or "to" must come
  // later in the clause (not "put the weights of M on hold", "under
  // review").
  if (In(w, {"put", "puts", "putting", "posted", "posts", "uploaded", "uploads"})) {
    size_t x = i + 1;
    if (In(s.W(x), {"the", "its", "their"})) ++x;
    if (In(s.W(x), {"open", "full", "model"})) ++x;
    if (s.Is(x, "weights") && In(s.W(x + 1), {"of", "for"})) {
      for (size_t y = x + 2; y + 1 < s.size() && y < x + 18; ++y) {
        if (In(s.W(y), {".", ";"})) break;
        if (In(s.W(y), {"on", "onto", "to"}) && s.tok[y + 1].word && s.tok[y + 1].cap) {
          *te = x + 2;
          return true;
        }
      }
    }
  }
  // "took the wraps off M": unveiled it (not the bare "take", which follows
  // "will" or "to" in a plan).
  if (In(w, {"took", "takes", "pulled", "pulls"}) && s.Is(i + 1, "the") && In(s.W(i + 2), {"wraps", "covers"}) &&
      s.Is(i + 3, "off")) {
    *te = i + 4;
    return true;
  }
  // "quietly dropped M", "dropped a smaller sibling, M Mini": released, only
  // with a model right after or after a short noun phrase and a comma (not
  // "dropped its plans for M", "dropped support for M", "prices dropped"),
  // and not taken off a lineup ("dropped M from its API", "dropped M in
  // favour of N").
  if (In(w, {"dropped", "drops"})) {
    const Mention* model = nullptr;
    if (const Mention* m = s.StartsAt(i + 1); m && m->kind == MKind::kModel) model = m;
    if (!model && In(s.W(i + 1), {"a", "an", "its", "their"})) {
      size_t x = i + 2;
      while (x < s.size() && x < i + 5 && s.tok[x].word && !s.tok[x].cap && !s.At(x)) ++x;
      const Mention* after = s.Is(x, ",") ? s.StartsAt(x + 1) : nullptr;
      if (x > i + 2 && In(s.W(x - 1), {"model", "models", "version", "variant", "sibling", "edition"}) && after &&
          after->kind == MKind::kModel)
        model = after;
    }
    if (!model) return false;
    for (size_t x = model->end; x < s.size() && x < model->end + 6; ++x) {
      if (In(s.W(x), {".", ";"})) break;
      if (In(s.W(x), {"from", "favour", "favor"})) return false;
    }
    *te = i + 1;
    return true;
  }
  if (In(w, {"open", "opened"}) && In(s.W(i + 1), {"sourced", "-sourced"})) {
    *te = i + 2;
    return true;
  }
  if (In(w, {"released",     "releases",  "launched",  "launches",   "unveiled",   "unveils",      "open-sourced",
             "open-sources", "shipped",   "ships",     "introduced", "introduces", "debuted",      "debuts",
             "shared",       "published", "releasing", "launching",  "unveiling",  "open-sourcing"})) {
    *te = i + 1;
    return true;
  }
  // "Tern 3 bowed on Thursday": only with a model or a family as subject
  // ("bowed to pressure", "bowed out" are other verbs).
  if (In(w, {"bowed", "bows"}) && i > 0 && !In(s.W(i + 1), {"out", "to", "down", "under", "and"}) &&
      ((s.EndsBefore(i) && s.EndsBefore(i)->kind == MKind::kModel) ||
       In(s.W(i - 1), {"models", "family", "lineup", "series"}))) {
    *te = i + 1;
    return true;
  }
  // "Skiff-3 went live on Tuesday", "Skiff-3 hits general availability":
  // only with a model named before it (not "goes live next week").
  bool general_availability = In(w, {"hit", "hits", "reached", "reaches"}) && s.Is(i + 1, "general") &&
                              s.Is(i + 2, "availability");
  if ((w == "went" && s.Is(i + 1, "live")) || general_availability) {
    for (size_t x = i; x > 0 && x + 12 > i; --x)
      if (s.At(x - 1) && s.At(x - 1)->kind == MKind::kModel) {
        *te = general_availability ? i + 3 : i + 2;
        return true;
      }
    return false;
  }
  // "Skiff-3 Lite goes GA this week", "went generally available".
  if (GoesGenerallyAvailable(s, i, te)) return true;
  // "did release": the bare verb after an emphatic do.
  if (In(w, {"release", "launch", "unveil", "ship", "introduce", "open-source"}) && i > 0 &&
      In(s.W(i - 1), {"did", "does"})) {
    *te = i + 1;
    return true;
  }
  if (In(w, {"made", "makes", "making"})) {
    for (size_t x = i + 1; x < s.size() && x < i + 14; ++x) {
      if (In(s.W(x), {";", "."})) break;
      if (s.W(x) == "available" || (x > i + 1 && In(s.W(x), {"open-source", "public"}) && !s.At(x + 1)) ||
          (s.W(x) == "open" && s.Is(x + 1, "source"))) {
        *te = i + 1;
        *made_available = true;
        return true;
      }
    }
  }
  return false;
}

// A time word after "until" or "to": "early 2027", "next year", "June".
bool LaterTimeAt(const Sentence& s, size_t x) {
  string_view next = s.W(x);
  return x < s.size() &&
         (In(next, {"early", "late", "mid", "next", "later", "spring", "summer", "autumn", "fall", "winter"}) ||
          MonthOf(next) || YearToken(s.tok[x]) ||
          (next == "the" && In(s.W(x + 1), {"next", "first", "second", "third", "fourth", "end", "following",
                                            "spring", "summer", "autumn", "fall", "winter", "new"})));
}

// "won't ship M until early 2027", "would not launch this year as
// planned": a negated release that names its new time, or the plan it
// misses, is a delay. The trigger is the negation, so the hedge "not" is
// not read before it.
bool NegatedReleaseDelay(const Sentence& s, size_t i, size_t* te) {
  string_view w = s.W(i);
  size_t verb;
  if (In(w, {"won't", "wouldn't", "wont"}))
    verb = i + 1;
  else if (In(w, {"will", "would"}) && s.Is(i + 1, "not"))
    verb = i + 2;
  else
    return false;
  if (!In(s.W(verb), {"ship", "launch", "release", "debut", "arrive", "be"})) return false;
  if (s.W(verb) == "be" && !In(s.W(verb + 1), {"released", "launched", "shipped", "available"})) return false;
  bool delayed = false;
  for (size_t x = verb + 1; x + 1 < s.size() && x < verb + 16 && !delayed; ++x) {
    if (In(s.W(x), {";", ".", "but", "if", "unless"})) break;
    if (s.Is(x, "until") && LaterTimeAt(s, x + 1)) delayed = true;
    if (s.Is(x, "as") && In(s.W(x + 1), {"planned", "scheduled", "expected", "originally", "promised"})) delayed = true;
  }
  if (!delayed) return false;
  *te = s.W(verb) == "be" ? verb + 2 : verb + 1;
  return true;
}

// A modal or "to" right before the bare verb at i: "would slip", "is
// expected to slip".
bool IsModalBefore(const Sentence& s, size_t i) {
  return i > 0 && In(s.W(i - 1), {"will", "would", "could", "may", "might", "to", "did", "does"});
}

bool IsDelayVerb(const Sentence& s, size_t i, size_t* te) {
  string_view w = s.W(i);
  if (NegatedReleaseDelay(s, i, te)) return true;
  if (In(w, {"pushed", "push", "pushes", "pushing"}) && s.Is(i + 1, "back")) {
    if (In(s.W(i + 2), {"on", "against"})) return false;  // "pushed back on reports": a rebuttal
    *te = i + 2;
    return true;
  }
  if (In(w, {"pushed", "push", "pushes", "pushing"})) {
    // "pushed the launch of X back to June".
    for (size_t x = i + 2; x < s.size() && x < i + 10; ++x) {
      if (In(s.W(x), {",", ";", "."})) break;
      if (s.Is(x, "back")) {
        *te = i + 1;
        return true;
      }
    }
    // "pushed the release of its next model, Quarrel 5, to early next
    // year": the release moved to a later time, past an appositive.
    // "pushed Slate 2's debut to 2027": the same with the model as owner.
    size_t noun = i + 2;
    if (const Mention* m = s.StartsAt(i + 1);
        m && (m->kind == MKind::kModel || m->kind == MKind::kName) && s.Is(m->end, "'s"))
      noun = m->end + 1;
    // "pushed the general (public, full) release of its M model to the
    // second half of 2027": a word that says which release may come first.
    if (noun == i + 2 && In(s.W(i + 1), {"the", "its", "their"}) &&
        In(s.W(noun), {"general", "public", "full", "wide", "wider", "broad", "commercial", "planned", "official"}) &&
        In(s.W(noun + 1), {"release", "launch", "rollout", "debut"}))
      ++noun;
    // "pushed M to the second half of 2027": the model itself moved to a
    // later time (not "pushed M to the top of the chart").
    if (const Mention* m = s.StartsAt(i + 1);
        m && m->kind == MKind::kModel && s.Is(m->end, "to") && LaterTimeAt(s, m->end + 1)) {
      *te = i + 1;
      return true;
    }
    // "pushed general availability of M to next quarter": the same.
    bool general_availability = s.Is(i + 1, "general") && s.Is(i + 2, "availability");
    if ((noun > i + 2 || general_availability || In(s.W(i + 1), {"the", "its", "their"})) &&
        (general_availability || In(s.W(noun), {"release", "launch", "rollout", "debut"}))) {
      for (size_t x = noun + 1; x + 1 < s.size() && x < i + 16; ++x) {
        if (In(s.W(x), {";", ".", "--"})) break;
        if (!In(s.W(x), {"to", "into", "until"})) continue;
        string_view next = s.W(x + 1);
        if (In(next, {"early", "late", "mid", "next", "later", "spring", "summer", "autumn", "fall", "winter"}) ||
            MonthOf(next) || YearToken(s.tok[x + 1]) ||
            (next == "the" && In(s.W(x + 2), {"next", "first", "second", "third", "fourth", "end", "following"}))) {
          *te = i + 1;
          return true;
        }
      }
    }
  }
  // "has put off the launch of its next model, M, until early next year",
  // "put off M": a release put off (not "put off by the price", "put off
  // buyers", nor "put off a decision").
  if (In(w, {"put", "puts", "putting"}) && s.Is(i + 1, "off")) {
    const Mention* m = s.StartsAt(i + 2);
    bool model = m && m->kind == MKind::kModel;
    bool release_noun = In(s.W(i + 2), {"the", "its", "their"}) &&
                        In(s.W(i + 3), {"release", "launch", "rollout", "roll-out", "debut"});
    if (!model && !release_noun) return false;
    *te = i + 2;
    return true;
  }
  // "M slipped to June", "M would slip to next quarter" (not "a slip to").
  if ((In(w, {"slipped", "slips", "slipping"}) || (w == "slip" && i > 0 && IsModalBefore(s, i))) &&
      In(s.W(i + 1), {"to", "into", "until", "back"})) {
    *te = i + 1;
    return true;
  }
  // "A is holding back M", "A held back M": kept from release (not "held
  // back by chip supply", nor "holding back on hiring").
  if (In(w, {"hold", "holds", "holding", "held"}) && s.Is(i + 1, "back")) {
    if (In(s.W(i + 2), {"on", "by", "from"})) return false;
    *te = i + 2;
    return true;
  }
  if (In(w, {"delayed", "delays", "delaying", "delay", "postponed", "postpones", "postponing", "postpone"})) {
    if (w == "delay" && i > 0 && In(s.W(i - 1), {"a", "the", "another", "further", "any", "no"})) return false;
    *te = i + 1;
    return true;
  }
  return false;
}

// A word that shows a text is talking about models.
bool IsModelWord(string_view lower) {
  // Asked of every token of an article: most words start with another letter.
  if (!StartsWithOneOf(lower, "mlwoc")) return false;
  return In(lower, {"model", "models", "llm", "llms", "weights", "open-weight", "open-source", "chatbot"});
}

// REQUIRES: sentences_ is set (Run sets it before the rules run)
bool Reader::ModelsDiscussed() {
  if (!models_discussed_) {
    models_discussed_ = std::any_of(sentences_->begin(), sentences_->end(), [](const Sentence& s) {
      return std::any_of(s.tok.begin(), s.tok.end(), [](const Token& t) { return IsModelWord(t.lower); });
    });
  }
  return *models_discussed_;
}

// A model name at i in a release or delay list: a model mention, or a
// capitalized run the slot makes a model ("released Janus-Pro").
std::optional<std::pair<string, size_t>> ModelItemAt(const Sentence& s, size_t i, bool head_position) {
  const Mention* m = s.StartsAt(i);
  if (!m) return std::nullopt;
  if (m->kind == MKind::kModel) {
    if (m->bare_context_model) {
      string_view next = s.W(m->end);
      if (s.tok.size() > m->end && s.tok[m->end].word && !s.tok[m->end].cap &&
          !In(next, {"and",       "on",      "in",    "to",     "for",       "with", "at",   "as",
                     "under",     "via",     "from",  "which",  "that",      "last", "this", "today",
                     "yesterday", "earlier", "after", "before", "alongside", "plus", "or"}))
        return std::nullopt;
    }
    return std::make_pair(m->name, m->end);
  }
  if (head_position && m->kind == MKind::kName && m->end - m->begin <= 4) {
    // A name with no version number is a model only where the sentence
    // talks about models ("released Janus-Pro, an image model").
    for (const auto& t : s.tok)
      if (IsModelWord(t.lower)) return std::make_pair(m->name, m->end);
  }
  return std::nullopt;
}

// Head nouns of things made that are not models.
constexpr WordTable kHardwareNouns{"chip",   "chips",     "accelerator", "accelerators", "processor", "processors",
                                   "gpu",    "gpus",      "cpu",         "cpus",         "card",      "server",
                                   "servers", "laptop",   "phone",       "smartphone",   "tablet",    "headset",
                                   "supercomputer", "console", "wearable", "earbuds",    "router",    "sensor"};

// The models listed after a release or delay verb.
std::vector<string> ModelsAfter(const Sentence& s, size_t from, size_t limit) {
  std::vector<string> out;
  bool head = true;  // expecting a list item
  size_t lower_run = 0;
  for (size_t i = from; i < limit;) {
    string_view w = s.W(i);
    if (IsComparison(s, i)) break;
    // "launched three models -- A, B and C --": the list after the dash.
    if (w == "--" && out.empty() && i > from && IsModelWord(s.W(i - 1))) {
      head = true;
      ++i;
      continue;
    }
    // "asks about M, released in April, and whether M2 will ever ship": a
    // question or a condition ends the list.
    if (In(w, {";", ".", "--", "while", "but", "as", "because", "after", "so", "says", "said", "though", "although",
               "than", "when", "if", "whereas", "where", "before", "whether", "unless", "until"}))
      break;
    if (w == "(") {
      while (i < limit && !s.Is(i, ")")) ++i;
      ++i;
      continue;
    }
    if (auto item = ModelItemAt(s, i, head)) {
      // "open-sourced Brisa 5's smaller sibling, Brisa 5 Mini": a model
      // that owns the object is not itself released.
      if (s.Is(item->second, "'s") || s.Is(item->second, "'")) {
        i = item->second + 1;
        continue;
      }
      out.push_back(item->first);
      i = item->second;
      head = false;
      lower_run = 0;
      // An appositive: ", which ...", ", a ... model," - skip to its end.
      if (s.Is(i, ",") && i + 1 < limit &&
          (In(s.W(i + 1), {"which", "a", "an", "its", "the", "their", "who", "that", "what", "one", "both", "now"}) ||
           (s.tok[i + 1].word && !s.tok[i + 1].cap &&
            !In(s.W(i + 1), {"and", "along", "as", "plus", "including", "alongside", "together"})))) {
        size_t x = i + 1;
        // "unveiled the Basalt X2, an inference accelerator that ...": an
        // appositive "a(n) ... chip" says the name is hardware, no model.
        bool article = In(s.W(i + 1), {"a", "an"});
        bool hardware = false, model_noun = false;
        bool compared = false;
        while (x < limit && !s.Is(x, ",") && !In(s.W(x), {";", ".", "--"})) {
          if (IsComparison(s, x)) {
            compared = true;
            break;
          }
          if (In(s.W(x), {"that", "which", "for", "with", "to", "of"})) article = false;
          if (article && In(s.W(x), kHardwareNouns)) hardware = true;
          if (article && IsModelWord(s.W(x))) model_noun = true;
          ++x;
        }
        if (hardware && !model_noun) out.pop_back();
        if (compared) return out;
        i = x;
      }
      continue;
    }
    if (const Mention* m = s.StartsAt(i)) {
      if (m->kind == MKind::kOrg || m->kind == MKind::kPerson) {
        // "Google's Gemini" - an org in the object phrase ends it unless possessive.
        if (s.Is(m->end, "'s")) {
          i = m->end + 1;
          continue;
        }
        break;
      }
      i = m->end;
      continue;
    }
    if (In(w, {",", "and", ":", "including", "plus", "alongside", "with", "along", "well", "also", "or"})) {
      head = true;
      lower_run = 0;
      ++i;
      continue;
    }
    if (s.tok[i].word && !s.tok[i].cap) {
      // Determiners, adjectives and nouns: "its first open-weight model",
      // "an experimental version of".
      if (In(w, {"in",  "on", "for", "to",  "by",   "at",   "into",  "under", "over",  "through", "that", "which",
                 "who", "is", "are", "was", "were", "will", "would", "can",   "could", "has",     "have", "had"})) {
        if (In(w, {"in", "on"}) && i + 1 < limit &&
            (MonthOf(s.W(i + 1)) || WeekdayOf(s.W(i + 1)) || YearToken(s.tok[i + 1]))) {
          i += 2;
          continue;
        }
        if (In(w, {"in", "for", "on", "at", "under", "through", "into", "to", "by"})) {
          // "in December and the X model", "in two sizes, A and B": a
          // phrase to step over, not the end of the list.
          if (w == "by" || w == "to") break;
          i += 1;
          lower_run++;
          if (lower_run > 5) break;
          continue;
        }
        break;
      }
      if (w == "of" && i > 0 &&
          !In(s.W(i - 1), {"version", "versions", "family", "preview", "edition", "release", "update", "variant",
                           "variants", "sizes", "series", "weights", "code", "source", "checkpoints", "parameters"}))
        break;
      ++lower_run;
      if (lower_run > 6) break;
      ++i;
      continue;
    }
    if (s.tok[i].word && s.tok[i].cap) {
      // A capitalized non-name word ("On", "The") ends nothing.
      ++i;
      continue;
    }
    ++i;
  }
  return out;
}

void Reader::Release(const Sentence& s, size_t t, size_t te, bool made_available) {
  Assessment as = Assess(s, t, Mode::kRelease);
  if (!as.asserted) return;
  // "published the model card for M", "shared a paper on M": a document
  // about the model, not the model (not "published the weights of M").
  for (size_t x = te; x < s.size() && x < te + 4; ++x) {
    if (!s.tok[x].word || s.At(x)) break;
    if (In(s.W(x), {"card", "cards", "paper", "papers", "report", "documentation", "docs", "details", "results",
                    "benchmarks", "specs", "specifications", "roadmap", "pricing", "announcement", "teaser"}) &&
        In(s.W(x + 1), {"for", "of", "on", "about", "describing"}))
      return;
  }
  // "a paper published at CCS'19", "published in Nature": a venue, no
  // model, follows (not "published in June").
  if (s.Is(t, "published") &&
      (s.Is(te, "at") || (s.Is(te, "in") && te + 1 < s.size() && s.tok[te + 1].cap && !MonthOf(s.W(te + 1)) &&
                             !YearToken(s.tok[te + 1]))))
    return;
  size_t b = 0;
  auto org = OrgSubject(s, t, &b);
  if (org && In(s.W(b), {"it", "they"})) {
    // "it was first introduced in 2006": the pronoun is the thing
    // introduced, not who introduced what follows.
    size_t x = t;
    while (x > b + 1 && In(s.W(x - 1), {"first", "initially", "originally", "also", "officially", "just"})) --x;
    if (x > b && In(s.W(x - 1), {"was", "were", "been", "is", "are"})) org.reset();
  }
  bool coordinated = false;
  if (!org) {
    size_t j = SkipFillersBack(s, t);
    if (j > 0 && (s.Is(j - 1, "and") || s.Is(j - 1, ",")) && last_release_org_) {
      org = last_release_org_;
      coordinated = true;
    } else if (j > 0 && s.Is(j - 1, "and")) {
      // "the company raised $400 million and released X": the clause's subject.
      for (size_t x = 0; x + 1 < j; ++x) {
        if (s.Is(x, ";")) org.reset();
        const Mention* m = s.At(x);
        if (!m) continue;
        x = m->end - 1;
        if (org || m->kind != MKind::kOrg || m->name.empty()) continue;
        if (m->begin > 0 && In(s.W(m->begin - 1), {"from", "at", "with", "by", "of", "to", "for", "former", "ex-", "on",
                                                   "in", "than", "like"}))
          continue;
        if (s.Is(m->end, "'s")) continue;
        org = m->name;
      }
      coordinated = true;
    } else if (j > 0 && EndsWith(s.W(t), "ing") && In(s.W(j - 1), {"after", "before", "since", "by", "while"})) {
      // "a week after releasing X": the sentence's subject released it.
      org = last_release_org_ ? last_release_org_ : NearestOrgBefore(s, j - 1);
      coordinated = true;
    }
  }
  // "A and B launched M": a joint release, the first org's too when it
  // opens the clause (not "a rival to A and B released").
  std::optional<string> partner;
  if (org && b >= 2 && s.Is(b - 1, "and")) {
    const Mention* m = s.EndsBefore(b - 1);
    if (m && m->kind == MKind::kOrg && !m->generic && !m->name.empty() && FoldKey(m->name) != FoldKey(*org) &&
        (m->begin == 0 || In(s.W(m->begin - 1), {";", ":", "that", "--", "while"})))
      partner = m->name;
  }
  std::vector<string> models;
  size_t limit = ClauseEnd(s, te);
  if (s.Is(limit, ":")) limit = ClauseEnd(s, limit + 1);
  if (s.Is(limit, "--") && limit > te && IsModelWord(s.W(limit - 1))) limit = ClauseEnd(s, limit + 1);
  if (made_available) {
    size_t x = te;
    while (x < s.size() && !In(s.W(x), {"available", "open-source", "public", "open"})) ++x;
    models = ModelsAfter(s, te, x);
    // "made X available in three sizes, X Small and X Large".
    if (!models.empty())
      for (auto& more : ModelsAfter(s, x + 1, limit)) models.push_back(more);
  } else {
    models = ModelsAfter(s, te, limit);
  }
  // "M family launched on Thursday in three sizes: A, B and C": the models
  // after the verb are M's variants, and M, the subject, names the org.
  static constexpr string_view kIntransitive[] = {"launched", "debuted", "shipped", "launches", "debuts",
                                                  "bowed",    "bows",    "went",    "hit",
                                                  "hits",     "reached", "reaches", "goes"};
  std::vector<string> variants;
  if (!org && !models.empty() && In(s.W(t), kIntransitive)) variants.swap(models);
  if (models.empty()) {
    // "Prism-2, the open-weight model it released in June": the noun phrase
    // before the relative clause.
    size_t j = t;
    if (j > 0 && In(s.W(j - 1), {"it", "they", "which", "that"}))
      --j;
    else if (const Mention* m = s.EndsBefore(j); m && m->kind == MKind::kOrg)
      j = m->begin;
    else
      j = t;
    if (j < t) {
      size_t x = j;
      size_t guard = 0;
      while (x > 0 && guard < 6 && s.tok[x - 1].word && !s.tok[x - 1].cap && !s.At(x - 1)) {
        --x;
        ++guard;
      }
      if (x >= 2 && s.Is(x - 1, ",")) {
        // "Osprey Chat, which it made available in May": a name with no
        // version number is a thing released, a model where the article
        // talks about models.
        const Mention* m = s.EndsBefore(x - 1);
        bool thing = m && m->kind == MKind::kName && s.Is(x, "which") && ModelsDiscussed() &&
                     !RegisteredPerson(m->name) && !LearnedOrg(m->name);
        if (m && (m->kind == MKind::kModel || thing)) models.push_back(m->name);
      }
      if (!org && In(s.W(j), {"it", "they"})) org = topic_.empty() ? NearestOrgBefore(s, j) : std::optional(topic_);
    }
    // "X was released by Y".
    if (models.empty() && Passive(s, t)) {
      size_t j2 = t;
      while (j2 > 0 && In(s.W(j2 - 1), {"was", "were", "been", "is", "are", "has", "have", "had", "being", "also",
                                        "first", "officially"}))
        --j2;
      // "Lodestar-3, the latest model from Auberon Labs, was made
      // available": the model before the appositive, its org inside it.
      std::optional<string> appositive_org;
      if (j2 > 2 && s.Is(j2 - 1, ",")) {
        size_t c = j2 - 1;
        while (c > 0 && c + 12 > j2 && !In(s.W(c - 1), {",", ";", ":", "."})) --c;
        const Mention* m = c > 1 && s.Is(c - 1, ",") ? s.EndsBefore(c - 1) : nullptr;
        if (m && m->kind == MKind::kModel && !m->bare_context_model && In(s.W(c), {"the", "its", "a", "an"})) {
          for (size_t x = c; x + 1 < j2 && !appositive_org; ++x)
            if (In(s.W(x), {"from", "by", "of"}))
              if (auto o = OrgAt(s, x + 1)) appositive_org = o->name;
          if (appositive_org) j2 = c - 1;
        }
      }
      if (!appositive_org && j2 > 3 && s.Is(j2 - 1, ",")) {
        // "The company's first model, Tidewell Cirrus, was made available".
        if (auto owned = ModelAfterModelNoun(s, j2 - 1)) {
          models.push_back(owned->model);
          if (!org) org = owned->owner;
        }
      }
      if (!appositive_org && models.empty() && j2 > 4 && s.Is(j2 - 1, ",")) {
        // "A smaller sibling, M, was made available": an appositive that
        // opens the sentence and names no one's thing, so a model of the
        // article's org (not "A rival's model, M, was released").
        const Mention* m = s.EndsBefore(j2 - 1);
        if (m && m->kind == MKind::kModel && !m->bare_context_model && m->begin >= 3 && s.Is(m->begin - 1, ",") &&
            In(s.W(m->begin - 2), {"sibling", "version", "variant", "edition", "model"}) &&
            PlainAppositive(s, 0, m->begin - 1) && !s.Is(te, "by")) {
          models.push_back(m->name);
          if (!org && m->entry && !m->entry->company.empty()) org = m->entry->company;
          if (!org && !topic_.empty()) org = topic_;
        }
      }
      if (const Mention* m = s.EndsBefore(j2); models.empty() && m && m->kind == MKind::kModel) {
        if (appositive_org && !org) org = appositive_org;
        models.push_back(m->name);
        if (s.Is(te, "by")) {
          if (auto o = OrgAt(s, te + 1)) org = o->name;
        }
        if (!org && m->entry && !m->entry->company.empty()) org = m->entry->company;
        if (!org && !topic_.empty()) org = topic_;
      }
    }
    // "Quill-3, released in June, will remain available": a participle
    // between commas after the model; its org is the one after "by", the
    // model's company or the article's (not a competitor's model: "beats
    // M, released last year,").
    if (models.empty() && t >= 2 && s.Is(t - 1, ",") &&
        In(s.W(t), {"released", "launched", "unveiled", "introduced", "open-sourced", "shipped", "debuted"})) {
      const Mention* m = s.EndsBefore(t - 1);
      size_t close = t + 1;
      while (close < s.size() && close < t + 9 && !In(s.W(close), {",", ";", ".", "--"})) ++close;
      bool compared = m && m->begin > 0 && IsComparison(s, m->begin - 1);
      if (m && m->kind == MKind::kModel && !m->bare_context_model && !compared && s.Is(close, ",") &&
          !(m->begin > 0 && In(s.W(m->begin - 1), {"and", "with", "than", "to", "of", "like", "from", "against"}))) {
        std::optional<string> by;
        if (s.Is(t + 1, "by"))
          if (auto o = OrgAt(s, t + 2)) by = o->name;
        if (!s.Is(t + 1, "by") || by) {
          models.push_back(m->name);
          if (by) org = by;
          if (!org && m->entry && !m->entry->company.empty()) org = m->entry->company;
          if (!org && !topic_.empty()) org = topic_;
        }
      }
    }
    // "Vega-8 launched on Tuesday": the model is the subject.
    if (models.empty() && !org && In(s.W(t), kIntransitive)) {
      size_t subject_end = SkipFillersBack(s, t);
      // "A's M family of open-weight models bowed": the family's name.
      // "A's new M model went live" too.
      if (subject_end > 0 && In(s.W(subject_end - 1), {"models", "model", "family", "lineup", "series"})) {
        size_t x = subject_end - 1;
        while (x > 0 && x + 8 > subject_end && s.tok[x - 1].word && !s.tok[x - 1].cap && !s.At(x - 1)) --x;
        if (x > 0 && s.At(x - 1) && s.At(x - 1)->kind == MKind::kModel &&
            In(s.W(x), {"family", "lineup", "series", "models", "model"}))
          subject_end = x;
      }
      // "Skiff-3, Corvina AI's newest model, went live": the model before
      // the appositive, and the appositive's org.
      std::optional<string> appositive_org;
      if (subject_end >= 3 && s.Is(subject_end - 1, ",")) {
        size_t c = subject_end - 1;
        while (c > 0 && c + 10 > subject_end && !In(s.W(c - 1), {",", ";", ":", "."})) --c;
        // The appositive names a model of the org: "A's newest model", "the
        // latest model from A" (not "a rival to A's M").
        const Mention* before = c > 1 && s.Is(c - 1, ",") ? s.EndsBefore(c - 1) : nullptr;
        bool model_noun = false;
        for (size_t x = c; x + 1 < subject_end; ++x)
          if (In(s.W(x), {"model", "system", "chatbot", "assistant"})) model_noun = true;
        const Mention* owner = s.At(c);
        if (owner && owner->kind == MKind::kOrg && !owner->name.empty() &&
            (s.Is(owner->end, "'s") || s.Is(owner->end, "'"))) {
          appositive_org = owner->name;
        } else if (s.Is(c, "the")) {
          for (size_t x = c; x + 1 < subject_end && !appositive_org; ++x)
            if (In(s.W(x), {"from", "by"}))
              if (auto o = OrgAt(s, x + 1)) appositive_org = o->name;
        }
        if (before && before->kind == MKind::kModel && model_noun && appositive_org) {
          subject_end = c - 1;
        } else if (before && before->kind == MKind::kModel && !before->bare_context_model &&
                   PlainAppositive(s, c, subject_end - 1)) {
          // "M Lite, a smaller sibling, goes GA": the model before an
          // appositive that names no one else's thing.
          subject_end = c - 1;
          appositive_org.reset();
        } else {
          appositive_org.reset();
        }
      }
      const Mention* m = s.EndsBefore(subject_end);
      if (m && m->kind == MKind::kModel && !m->bare_context_model && appositive_org) org = appositive_org;
      if (m && m->kind == MKind::kModel && !m->bare_context_model &&
          !(m->begin > 0 && In(s.W(m->begin - 1), {"and", "with", "than", "to", "of", "like", "from"}))) {
        models.push_back(m->name);
        // "A's M", "A's new M".
        size_t owned = m->begin;
        if (owned >= 3 && In(s.W(owned - 1), {"new", "latest", "newest", "flagship", "upgraded"})) --owned;
        if (owned >= 2 && s.Is(owned - 1, "'s")) {
          if (const Mention* owner = s.EndsBefore(owned - 1); owner && owner->kind == MKind::kOrg) org = owner->name;
        }
        if (!org && m->entry && !m->entry->company.empty()) org = m->entry->company;
        if (!org && !topic_.empty()) org = topic_;
        coordinated = true;
      }
    }
  }
  if (models.empty() && !org && t >= 3 && s.Is(t - 1, ",")) {
    // "OpenAI's GPT-5, released last week, ...", "the lab's smaller Orca-5
    // Nano model, released in August,".
    size_t e = t - 1;
    if (In(s.W(e - 1), {"model", "models"}) && s.EndsBefore(e - 1)) --e;
    const Mention* m = s.EndsBefore(e);
    size_t owned = m ? m->begin : 0;
    while (owned > 0 && owned + 2 > (m ? m->begin : 0) && s.tok[owned - 1].word && !s.tok[owned - 1].cap &&
           !s.At(owned - 1) && s.W(owned - 1) != "'s")
      --owned;
    if (m && m->kind == MKind::kModel && !m->bare_context_model && owned >= 2 && s.Is(owned - 1, "'s")) {
      const Mention* owner = s.EndsBefore(owned - 1);
      if (owner && owner->kind == MKind::kOrg && !owner->name.empty()) {
        org = owner->name;
        models.push_back(m->name);
        coordinated = true;
      }
    }
  }
  if (!variants.empty()) {
    if (models.empty()) return;  // no model subject: whose variants they are is unsaid
    for (auto& variant : variants) models.push_back(std::move(variant));
  }
  if (!org || org->empty() || models.empty()) return;
  if (!coordinated) last_release_org_ = org;
  auto date = DateNear(s, t, te, false);
  std::optional<Date> when = date ? std::optional(date->date) : std::nullopt;
  for (const auto& model : models) {
    Emit(s, FactKind::kRelease, "", *org, model, "", "", when, std::nullopt, coordinated ? 0.8 : 0.9);
    released_.emplace_back(model, *org);
    if (partner) Emit(s, FactKind::kRelease, "", *partner, model, "", "", when, std::nullopt, 0.8);
  }
}

// "Orrenfell made Tiriel-3 available ... The larger Tiriel-3 Pro has been
// pushed back": the org that released a model of the same family earlier
// in the article (the same first word: Tiriel-3 Pro and Tiriel-3, Gullwing
// 400B and Gullwing 7B), if exactly one org did.
std::optional<string> Reader::ReleasedFamilyOrg(const string& model) const {
  auto family = [](const string& name) { return FoldKey(name.substr(0, name.find(' '))); };
  std::optional<string> org;
  for (const auto& [released, by] : released_) {
    if (family(released) != family(model)) continue;
    if (org && FoldKey(*org) != FoldKey(by)) return std::nullopt;
    org = by;
  }
  return org;
}

void Reader::Delay(const Sentence& s, size_t t, size_t te) {
  Assessment as = Assess(s, t, Mode::kDelay);
  if (!as.asserted) return;
  size_t b = 0;
  auto org = OrgSubject(s, t, &b);
  if (!org) {
    size_t j = SkipFillersBack(s, t);
    if (j > 0 && In(s.W(j - 1), {"and", ","})) org = last_release_org_ ? last_release_org_ : NearestOrgBefore(s, j);
  }
  size_t k = te;
  // "the release of", "the launch of its", "its next model,".
  size_t guard = 0;
  while (k < s.size() && guard < 6 && !s.At(k) &&
         In(s.W(k), {"the", "release", "launch", "rollout", "roll-out", "debut", "of", "its", "their", "planned",
                     "public", "general", "availability", "full", "next", "flagship", "upcoming", "new"})) {
    ++k;
    ++guard;
  }
  std::vector<string> models = ModelsAfter(s, k, ClauseEnd(s, k));
  // "pushed Slate 2's debut to 2027": the model owns the release noun.
  if (const Mention* m = s.StartsAt(k); models.empty() && m &&
      (m->kind == MKind::kModel || (m->kind == MKind::kName && !RegisteredPerson(m->name) && !LearnedOrg(m->name))) &&
      s.Is(m->end, "'s") && In(s.W(m->end + 1), {"release", "launch", "rollout", "debut"}))
    models.push_back(m->name);
  if (models.empty() && s.Is(k, "it")) {
    // "meant to release Thresh-R in March but delayed it": the model named
    // before in the sentence.
    for (size_t x = t; x > 0 && models.empty(); --x) {
      const Mention* m = s.At(x - 1);
      if (m && (m->kind == MKind::kModel || (m->kind == MKind::kName && m->end - m->begin == 1 &&
                                              !RegisteredPerson(m->name) && !LearnedOrg(m->name))))
        models.push_back(m->name);
      if (m) x = m->begin + 1;
    }
    if (models.empty()) return;
    if (!org) org = NearestOrgBefore(s, t);
    if (!org && !topic_.empty()) org = topic_;
  }
  if (models.empty()) {
    // "X has been delayed", "X's launch was pushed back".
    size_t j = t;
    while (j > 0 && In(s.W(j - 1), {"was", "were", "been", "is", "are", "has", "have", "had", "being", "also", "now",
                                    "again", "further", "reportedly", "be", "would", "will"}))
      --j;
    while (j > 0 && In(s.W(j - 1), {"release", "launch", "rollout", "debut"})) --j;
    if (j > 0 && s.Is(j - 1, "'s")) --j;
    // "The launch of Osterley's Brisa-4 model has been delayed".
    // "Saltfen-4 reasoning model slips": one or two lower-case words may
    // say what kind of model it is.
    bool model_noun = false;
    if (j > 1 && In(s.W(j - 1), {"model", "system", "chatbot", "assistant"})) {
      size_t kind_start = j - 1;  // the kind words, if any, start here
      while (kind_start > 0 && kind_start + 3 > j - 1 && s.tok[kind_start - 1].word && !s.tok[kind_start - 1].cap &&
             !s.At(kind_start - 1))
        --kind_start;
      if (s.EndsBefore(kind_start) && s.EndsBefore(kind_start)->kind == MKind::kModel) {
        j = kind_start;
        model_noun = true;
      }
    }
    std::optional<string> appositive_org;
    if (j > 1 && s.Is(j - 1, ",")) {
      // "The release of Nimbus-3, Stratus AI's reasoning model, has been
      // postponed": the model before the appositive, its org inside it.
      size_t c = j - 1;
      while (c > 0 && c + 14 > j && !In(s.W(c - 1), {",", ";", ":", "."})) --c;
      const Mention* m = c > 0 && s.Is(c - 1, ",") ? s.EndsBefore(c - 1) : nullptr;
      if (m && m->kind == MKind::kModel &&
          (m->begin == 0 ||
           (m->begin >= 2 && s.Is(m->begin - 1, "of") &&
            In(s.W(m->begin - 2), {"release", "launch", "rollout", "debut"})))) {
        for (size_t x = c; x + 1 < j && !appositive_org; ++x)
          if (const Mention* o = s.At(x); o && o->kind == MKind::kOrg && !o->name.empty()) appositive_org = o->name;
        if (!appositive_org) appositive_org = NearestOrgBefore(s, m->begin);
        j = c - 1;
      }
    }
    if (appositive_org && !org) org = appositive_org;
    if (j > 3 && s.Is(j - 1, ",")) {
      // "said its coding model, Cobalt Ray, would not launch as planned".
      if (auto owned = ModelAfterModelNoun(s, j - 1)) {
        models.push_back(owned->model);
        if (!org) org = owned->owner;
      }
    }
    if (const Mention* m = s.EndsBefore(j);
        models.empty() && m && (m->kind == MKind::kModel || m->kind == MKind::kName)) {
      if (m->kind == MKind::kModel || !RegisteredPerson(m->name)) {
        models.push_back(m->name);
        // The subject found was the model itself.
        if (org && FoldKey(*org) == FoldKey(m->name)) org.reset();
        // "said its text-to-video model Tableau would be delayed": the org
        // that "its" stands for.
        if (!org) {
          size_t x = m->begin;
          while (x > 0 && x + 6 > m->begin && s.tok[x - 1].word && !s.tok[x - 1].cap && !s.At(x - 1) &&
                 !In(s.W(x - 1), {"its", "their"}))
            --x;
          bool noun = x < m->begin && In(s.W(m->begin - 1), {"model", "system", "chatbot", "assistant"});
          if (noun && x > 0 && In(s.W(x - 1), {"its", "their"})) {
            auto before = NearestOrgBefore(s, x - 1);
            org = before ? before : (topic_.empty() ? std::nullopt : std::optional(topic_));
          }
        }
        if (!org && m->entry && !m->entry->company.empty()) org = m->entry->company;
        if (!org && model_noun && m->begin >= 2 && s.Is(m->begin - 1, "'s")) {
          const Mention* owner = s.EndsBefore(m->begin - 1);
          if (owner && (owner->kind == MKind::kOrg || (owner->kind == MKind::kName && LearnedOrg(owner->name))) &&
              !owner->name.empty())
            org = owner->name;
        }
        if (!org) org = NearestOrgBefore(s, m->begin);
        if (!org) org = ReleasedFamilyOrg(m->name);
        if (!org && !topic_.empty()) org = topic_;
      }
    }
  }
  if (!org || org->empty() || models.empty()) return;
  // The date of a delay is the day it was made ("on Tuesday"); a month or
  // year after the verb is the new target ("pushed back to June").
  auto date = DateNear(s, t, te, false);
  std::optional<Date> when;
  if (date && date->date.precision() == DatePrecision::kDay) when = date->date;
  for (const auto& model : models) Emit(s, FactKind::kDelay, "", *org, model, "", "", when, std::nullopt, 0.85);
}

// "Kestrel-4, which had been scheduled for March, will now be released in
// the second quarter".
// When in a year a time word falls, for comparing two: a month by its
// number, a season by its middle month, "next year" after both; 0 if none.
int TimeRank(const Sentence& s, size_t i) {
  if (int month = MonthOf(s.W(i))) return month;
  if (s.Is(i, "spring")) return 4;
  if (s.Is(i, "summer")) return 7;
  if (In(s.W(i), {"autumn", "fall"})) return 10;
  if (s.Is(i, "next") && s.Is(i + 1, "year")) return 13;
  // A quarter by its middle month; "this year" is as late as its end, so a
  // quarter that replaces it is one of next year.
  if (In(s.W(i), {"first", "second", "third", "fourth"}) && s.Is(i + 1, "quarter"))
    return s.Is(i, "first") ? 2 : s.Is(i, "second") ? 5 : s.Is(i, "third") ? 8 : 11;
  if (s.Is(i, "this") && s.Is(i + 1, "year")) return 12;
  return 0;
}

// "M would now arrive in the spring rather than in December": a later time
// that replaces an earlier one (not "in March rather than June").
bool LaterRatherThanEarlier(const Sentence& s, size_t verb) {
  int later = 0;
  for (size_t x = verb + 1; x < s.size() && x < verb + 14; ++x) {
    if ((s.Is(x, "rather") && s.Is(x + 1, "than")) || (s.Is(x, "instead") && s.Is(x + 1, "of"))) {
      size_t y = x + 2;
      while (y < s.size() && y < x + 5 && In(s.W(y), {"in", "the", "by", "early", "late", "mid"})) ++y;
      // From late in a year to early in one is into the next year.
      int earlier = TimeRank(s, y);
      return later > 0 && earlier > 0 && (later > earlier || (earlier >= 9 && later <= 6));
    }
    if (In(s.W(x), {";", ".", ",", "but"})) return false;
    if (int rank = TimeRank(s, x)) later = rank;
  }
  return false;
}

std::optional<Reader::OwnedModel> Reader::ModelBefore(const Sentence& s, size_t i) const {
  const Mention* found = nullptr;
  for (size_t x = i; x > 0 && !found; --x) {
    const Mention* m = s.At(x - 1);
    if (m && m->kind == MKind::kModel) found = m;
    if (m) x = m->begin + 1;
  }
  if (!found) return std::nullopt;
  std::optional<string> org;
  if (found->entry && !found->entry->company.empty()) org = found->entry->company;
  if (!org) org = NearestOrgBefore(s, found->begin);
  if (!org && !topic_.empty()) org = topic_;
  if (!org) return std::nullopt;
  return OwnedModel{found->name, *org};
}

// REQUIRES: `s` has one of kRescheduledWords, which both readings below
// need ("would now arrive"; "was slated for May, now ...").
void Reader::Rescheduled(const Sentence& s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    // "M would now arrive in the spring rather than in December".
    if (!In(s.W(i), {"would", "will"}) || !s.Is(i + 1, "now")) continue;
    size_t verb = i + 2;
    if (s.Is(verb, "be") && In(s.W(verb + 1), {"released", "launched", "available"})) ++verb;
    if (!In(s.W(verb), {"arrive", "ship", "launch", "debut", "come", "released", "launched", "available"})) continue;
    if (!LaterRatherThanEarlier(s, verb) || s.question) continue;
    auto model = ModelBefore(s, i);
    if (!model) continue;
    Emit(s, FactKind::kDelay, "", model->owner, model->model, "", "", std::nullopt, std::nullopt, 0.75);
    return;
  }
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (!In(s.W(i), {"scheduled", "slated", "due", "planned", "expected", "set"})) continue;
    if (!In(s.W(i + 1), {"for", "in", "to"})) continue;
    if (!In(s.W(i - 1 < s.size() ? i - 1 : 0), {"been", "was", "were", "had", "originally", "initially", "is"}))
      continue;
    bool now = false;
    for (size_t x = i + 2; x < s.size() && x < i + 16; ++x)
      if (s.Is(x, "now") || s.Is(x, "instead") || s.Is(x, "until")) now = true;
    if (!now) continue;
    auto model = ModelBefore(s, i);
    if (!model || s.question) continue;
    Emit(s, FactKind::kDelay, "", model->owner, model->model, "", "", std::nullopt, std::nullopt, 0.75);
    return;
  }
}

// "Three researchers from A have been poached by B": the people named next
// left A.
void Reader::GroupMove(const Sentence& s, bool from_and_verb) {
  if (pending_) --pending_->ttl;
  // A move needs a "from" and a verb to the new org (the loop below): most
  // sentences lack one, and are passed without their names asked whether
  // they are learned orgs (each asked folds the name).
  if (!from_and_verb) return;
  bool has_person = false;
  for (const auto& m : s.men)
    if (m.kind == MKind::kPerson || (m.kind == MKind::kName && m.end - m.begin >= 2 && !LearnedOrg(m.name)))
      has_person = true;
  if (has_person) return;
  std::optional<string> from, to;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.Is(i, "from") && i > 0 &&
        In(s.W(i - 1), {"researchers", "engineers", "employees", "staff", "scientists", "people", "executives",
                        "members", "staffers"})) {
      if (auto o = OrgAt(s, i + 1)) from = o->name;
    }
    // "B has poached three researchers from A": the names come next.
    if (In(s.W(i), {"poached", "hired", "lured", "recruited"}) && !s.Is(i + 1, "by") && !Passive(s, i)) {
      size_t b = 0;
      if (auto subject = OrgSubject(s, i, &b)) to = *subject;
    }
    if ((In(s.W(i), {"poached", "hired", "lured", "recruited"}) && s.Is(i + 1, "by")) ||
        (In(s.W(i), {"joined", "joining"})) || (In(s.W(i), {"left"}) && s.Is(i + 1, "for"))) {
      size_t k = s.Is(i + 1, "by") || s.Is(i + 1, "for") ? i + 2 : i + 1;
      if (auto o = OrgAt(s, k)) to = o->name;
    }
  }
  if (from && to && FoldKey(*from) != FoldKey(*to)) {
    if (Assess(s, s.size() ? s.size() - 1 : 0, Mode::kPersonnel).asserted) pending_ = Pending{*from, *to, 3};
  }
}

// ---- Sentences ---------------------------------------------------------------

// Every word that Read, MatchDeparture, MatchJoin, IsDelayVerb,
// IsReleaseVerb, IsFoundVerb and IsHelpedFound test at the token a rule
// starts on. Any other token starts no rule, and Read skips it without
// trying each rule's word lists in turn, which was most of its time. A word
// added to one of those tests must be added here.
constexpr WordTable kRuleHeads{
    "accept", "accepted", "accepting", "accepts", "take", "taken", "takes", "taking", "took",
    "added", "additions", "adds", "announced", "announces", "announcing", "appointed", "appointees", "appointment",
    "appoints", "arrivals", "arrived", "arrives", "as", "available", "bringing", "brings", "brought", "came", "co-found", "co-founded",
    "co-founder", "co-founders", "co-founding", "co-founds", "cofound", "cofounded", "cofounder", "cofounders",
    "cofounding", "come", "comes", "coming", "confirmed", "created", "debuted", "debuts", "decamp", "decamped", "decamping", "decamps",
    "defect", "defected", "defecting", "defects", "delay", "delayed", "delaying", "delays", "depart", "departed",
    "departing", "departs", "departure", "dismissed", "established", "establishes", "exit", "exited", "exiting",
    "exits", "final", "fired", "forced", "formed", "found", "founded", "founder", "founders", "founding", "founds", "headed", "heading", "heads",
    "hold", "holds", "holding", "held", "pulled", "pulls", "dropped", "drops",
    "hire", "hired", "hires", "hiring", "incorporated", "introduce", "introduced", "introduces", "join", "joined", "joining",
    "joins", "jump", "jumped", "jumping", "jumps", "landed", "landing", "lands", "land", "snapped", "snaps", "snapping", "resurface", "resurfaced", "began", "begins", "beginning", "begin", "opens", "opening", "resurfaces", "resurfacing", "last", "launch", "launched", "launches", "launching", "leave", "leaves", "leaving",
    "left", "loses", "losing", "lost", "lured", "lures", "made", "makes", "making", "move", "moved", "moves",
    "moving", "named", "names", "open", "out", "open-sourced", "open-sources", "open-sourcing", "opened", "ousted", "ouster",
    "part", "parted", "parting", "parts", "poached", "poaches", "postpone", "postponed", "postpones", "postponing",
    "posted", "posts", "published", "push", "pushed", "pushes", "pushing", "put", "puts", "putting", "quit", "quits", "quitting",
    "uploaded", "uploads",
    "recruited", "recruits", "rejoin", "rejoined", "rejoining", "rejoins", "release", "released", "releases", "releasing", "removed",
    "resign", "resignation", "resigned", "resigning", "resigns", "retire", "retired", "retirement", "retires",
    "retiring", "return", "returned", "returning", "returns", "rolled", "rolling", "rolls", "sacked", "set", "shared",
    "ship", "shipped", "ships", "bowed", "bows", "sign", "signed", "signing", "signings", "signs", "slip", "slipped", "slipping", "slips", "start",
    "started", "starting", "building", "starts", "step", "stepped", "stepping", "steps", "strike", "strikes", "striking", "struck", "submitted", "tapped", "taps",
    "tendered", "live", "no", "handed", "hands", "handing", "walk", "walked", "walking", "walks", "hit", "hits", "reached", "reaches", "unveil", "unveiled", "unveiling", "unveils", "welcome", "welcoming", "welcomed", "welcomes", "went", "goes", "spun", "will", "won't", "wont", "would", "wouldn't"};

// "Three researchers have left A for B. They are X, Y and Z": the
// sentence right after an unnamed group's move names its members ("They
// are", "They include", "The group -- X, Y and Z --").
void Reader::GroupNamed(const Sentence& s) {
  if (group_departure_org_.empty() || s.span.start < group_departure_end_ ||
      s.span.start - group_departure_end_ > 2)
    return;
  size_t k = 0;
  size_t end = 0;
  if (group_count_ >= 2 && PersonAt(s, 0)) {
    // "Tillbrook has hired three researchers from Larchmont. X, Y and Z
    // will work on ...": exactly as many names as the group had, opening
    // the next sentence, are its members.
    auto items = PersonListAt(s, 0, &end);
    if (items.size() != group_count_ || In(s.W(end), {",", "(", "--", ":"})) return;
    EmitGroupMembers(s, items);
    return;
  }
  if (s.Is(0, "they")) {
    k = 1;
  } else if (s.Is(0, "the") && (IsPeopleNoun(s.W(1)) || In(s.W(1), {"group", "trio", "pair", "duo", "two", "three",
                                                                    "four", "five", "hires", "recruits"}))) {
    k = 2;
  } else {
    return;
  }
  if (!In(s.W(k), {"are", "were", "include", "included", "--", ":"})) return;
  auto items = PersonListAt(s, k + 1, &end);
  if (items.size() < 2) return;
  EmitGroupMembers(s, items);
}

void Reader::EmitGroupMembers(const Sentence& s, const std::vector<ListItem>& items) {
  for (const auto& item : items) {
    Emit(s, FactKind::kDeparture, item.person, group_departure_org_, "", group_destination_, "", std::nullopt,
         std::nullopt, 0.65);
    if (!group_destination_.empty())
      Emit(s, FactKind::kJoin, item.person, group_destination_, "", group_departure_org_, "", std::nullopt,
           std::nullopt, 0.65);
  }
}

// A filing's notice of a departure: "On May 2, X notified Kestrel Data,
// Inc. (the "Company") of her decision to resign as Chief Technology
// Officer, effective June 30". X leaves the org told, or the company the
// article is about when only "the Company" or "the Board" was told. Only
// decisions to leave (resign, retire, step down, leave) count; the person
// is the name right before the verb of telling.
void Reader::NotifiedOfDecision(const Sentence& s) {
  for (size_t t = 1; t + 4 < s.size(); ++t) {
    if (!In(s.W(t), kNotifiedVerbs)) continue;
    const Mention* who = s.EndsBefore(t);
    if (!IsPersonLike(who) || LearnedOrg(who->name)) continue;
    size_t d = t + 1;
    while (d + 4 < s.size() && d < t + 16 &&
           !(s.Is(d, "of") && In(s.W(d + 1), {"his", "her", "their"}) && s.Is(d + 2, "decision") &&
             s.Is(d + 3, "to")))
      ++d;
    if (d + 4 >= s.size() || d >= t + 16) continue;
    size_t v = d + 4;
    if (!In(s.W(v), {"resign", "retire", "leave", "depart"}) &&
        !(s.Is(v, "step") && In(s.W(v + 1), {"down", "away"})))
      continue;
    string org;
    for (size_t x = t + 1; x < d && org.empty(); ++x)
      if (auto hit = OrgAt(s, x); hit && !hit->name.empty()) org = hit->generic && !topic_.empty() ? topic_ : hit->name;
    if (org.empty()) org = topic_;
    if (org.empty() || !Assess(s, t, Mode::kPersonnel).asserted) continue;
    Emit(s, FactKind::kDeparture, who->name, org, "", "", "", std::nullopt, std::nullopt, 0.75);
  }
}

// A filing's appointment: "the Board of Directors of the Company appointed
// X, age 47, to serve as Chief Technology Officer": X joins the company
// the article is about (or the org that appointed, when one is named as
// the subject). "to serve as" after the name is what makes it a post.
void Reader::AppointedToServe(const Sentence& s) {
  for (size_t t = 1; t + 4 < s.size(); ++t) {
    if (!In(s.W(t), kAppointedVerbs)) continue;
    const Mention* who = s.StartsAt(t + 1);
    if (!IsPersonLike(who) || LearnedOrg(who->name)) continue;
    size_t k = who->end;
    // ", age 47,".
    if (s.Is(k, ",") && s.Is(k + 1, "age") && s.Is(k + 3, ",")) k += 4;
    if (!(s.Is(k, "to") && s.Is(k + 1, "serve") && s.Is(k + 2, "as"))) continue;
    size_t begin = 0;
    auto subject = OrgSubject(s, t, &begin);
    string org = subject ? *subject : topic_;
    if (org.empty() || !Assess(s, t, Mode::kPersonnel).asserted) continue;
    Emit(s, FactKind::kJoin, who->name, org, "", "", "", std::nullopt, std::nullopt, 0.75);
  }
}

// A correction notice announces its errors ("An earlier version of this
// article contained several errors.") and restates each before the truth:
// "It said that X had left A; she has not", "It also said that X joined B
// from C. In fact X joined B from D". The restated error is no fact; the
// truth is said in a sentence of its own (a truth after a semicolon in the
// restating sentence is lost with it). Only a sentence that opens with the
// article as the subject of a verb of saying restates. The announcement is
// seen where a trigger stem is ("earlier version" is one); "A previous
// version ..." alone in its sentence is not read.
bool Reader::RestatesTheError(const Sentence& s) {
  if (!correction_) {
    for (size_t i = 0; i + 2 < s.size() && !correction_; ++i)
      correction_ = In(s.W(i), kVersionWords) && In(s.W(i + 1), {"version", "versions"}) &&
                    s.Is(i + 2, "of");
    return false;
  }
  // "Finally, it described ...".
  size_t k = In(s.W(0), {"finally", "also", "separately", "additionally"}) && s.Is(1, ",") ? 2 : 0;
  if (s.Is(k, "it"))
    k += 1;
  else if (s.Is(k, "the") && In(s.W(k + 1), {"article", "story", "report"}))
    k += 2;
  else
    return false;
  if (In(s.W(k), {"also", "further", "incorrectly", "wrongly", "mistakenly"})) ++k;
  return In(s.W(k), {"said", "stated", "reported", "wrote", "described", "identified", "called", "gave"});
}

// Any word that starts a rule of Read's loop (kRuleHeads), or that one of
// the rules Read tries after its loop needs (the others: without them each
// finds nothing), with which of those tables hold it: one lookup a token,
// where a word of these asked each table in turn.
constexpr WordFlags kReadWords(kRuleHeads, kDescriptorHeads, WordTable{"whom"}, kTakeVerbs, kNotifiedVerbs,
                               kAppointedVerbs, kRescheduledWords, WordTable{"from"}, kGroupMoveVerbs, kVersionWords);
// The bit of each of those tables, in the same order, and the rule after
// the loop that needs its words.
enum ReadWord : uint32_t {
  kRuleHead = 1 << 0,
  kDescriptorHead = 1 << 1,   // Descriptors
  kWhom = 1 << 2,             // WhomHired
  kTakeVerb = 1 << 3,         // TakesOver
  kNotifiedVerb = 1 << 4,     // NotifiedOfDecision
  kAppointedVerb = 1 << 5,    // AppointedToServe
  kRescheduledWord = 1 << 6,  // Rescheduled
  kFrom = 1 << 7,             // GroupMove, with a group-move verb
  kGroupMoveVerb = 1 << 8,
  kVersionWord = 1 << 9,      // RestatesTheError, before a correction is announced
};

// The ReadWord bits of all the words of `s`, which say which of the rules
// after Read's loop have their words, and (in `*heads`, in order) the
// tokens whose words start a rule of the loop: one lookup turns away most
// tokens, where the loop and this pass each looked every token up.
uint32_t TailWordsOf(const Sentence& s, std::vector<size_t>* heads) {
  heads->clear();
  uint32_t seen = 0;  // the bits of every word of `s`
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t bits = kReadWords.Of(s.tok[i].lower);
    if (bits == 0) continue;  // most tokens
    if (bits & kRuleHead) heads->push_back(i);
    seen |= bits;
  }
  return seen;
}

void Reader::Read(Sentence& s) {
  ResolveGenerics(s);
  last_subject_.clear();
  last_subject_hired_ = false;
  last_release_org_.reset();
  last_hiring_org_.reset();
  size_t first_fact = facts_.size();
  std::optional<size_t> as_did;
  // The rules read words, not mentions: which of them have their words
  // is known before any runs.
  const uint32_t words = TailWordsOf(s, &read_heads_);
  const std::vector<size_t>& heads = read_heads_;
  size_t next_head = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    // On to the next token whose word starts a rule (kRuleHeads), at or
    // after i: a rule below may have moved i past some.
    while (next_head < heads.size() && heads[next_head] < i) ++next_head;
    if (next_head == heads.size()) break;
    i = heads[next_head];
    if (s.At(i) && !s.At(i)->generic) continue;
    string_view w = s.W(i);
    size_t te = 0;
    bool made_available = false, org_subject = false;
    if (w == "as" && s.Is(i + 1, "did")) {
      as_did = i;
      continue;
    }
    // "before founding B", "after co-founding B": "founding" alone is
    // mostly an adjective ("a founding engineer").
    if (IsFoundVerb(w) || IsHelpedFound(s, i) ||
        (w == "founding" && i > 0 && In(s.W(i - 1), {"before", "after", "upon", "since", "while"}))) {
      Founding(s, i, i + 1);
      continue;
    }
    if (w == "spun" && s.Is(i + 1, "out") && i > 0 && In(s.W(i - 1), {"was", "were", "been"})) {
      // "Arcadia was spun out of Stanford's systems lab in 2021 by
      // professors X and Y": the people after "by" founded it.
      for (size_t x = i + 2; x < s.size() && x < i + 16; ++x) {
        if (In(s.W(x), {";", ".", ",", "--", "and"})) break;
        if (s.Is(x, "by")) {
          Founding(s, i, x);
          break;
        }
      }
      continue;
    }
    if (In(w, {"co-founder", "cofounder", "founder", "co-founders", "cofounders", "founders"})) {
      FounderNoun(s, i);
      continue;
    }
    if (In(w, {"started", "launched", "set", "created", "established", "formed"}) && RelativeFounding(s, i)) {
      Founding(s, i, w == "set" ? i + 2 : i + 1);
      continue;
    }
    // "X started the Oslo chip-design firm in 2017 with Y": a person
    // starting the company the article speaks of (not "the company's lab").
    if (In(w, {"started", "starts"}) && s.Is(i + 1, "the")) {
      const Mention* m = s.StartsAt(i + 1);
      bool descriptors_only = m && m->end <= m->begin + 5;
      for (size_t x = i + 2; descriptors_only && x + 1 < m->end; ++x)
        if (In(s.W(x), {"at", "the", "a", "an", "on", "from", "by", "as", "into", "its", "his", "her", "their"}))
          descriptors_only = false;
      if (descriptors_only && m->generic && m->kind == MKind::kOrg && !In(s.W(m->end), {"'s", "'"}) &&
          In(s.W(m->end - 1), {"start-up", "startup", "company", "firm", "lab", "venture", "business"})) {
        size_t before = facts_.size();
        Founding(s, i, i + 1);
        if (facts_.size() > before) continue;
      }
    }
    if (In(w, {"launched", "launches", "started", "starts", "set", "established", "establishes", "formed", "starting",
               "building"}) &&
        !s.Is(i + 1, "at")) {
      size_t end = i + 1;
      if (w == "set") {
        if (!s.Is(i + 1, "up")) continue;
        end = i + 2;
      }
      size_t before = facts_.size();
      CompanyLaunch(s, i, end);
      if (facts_.size() > before) continue;
    }
    if (In(w, {"departure", "exit", "resignation", "retirement", "ouster"}) &&
        (w != "exit" || (i > 0 && In(s.W(i - 1), {"his", "her", "their", "'s", "the"})))) {
      NounDeparture(s, i);
      continue;
    }
    // "M is now live" says what "M is now available" does.
    if (w == "available" || (w == "live" && i > 0 && s.Is(i - 1, "now"))) {
      NowAvailable(s, i);
      continue;
    }
    if (In(w, {"came", "comes", "arrives", "arrived"}) &&
        (s.Is(i + 1, "to") || s.Is(i + 1, "from") || (s.Is(i + 1, "over") && s.Is(i + 2, "from")))) {
      size_t before = facts_.size();
      CameFrom(s, i);
      if (facts_.size() > before) continue;
    }
    if (In(w, {"moved", "moves", "moving", "move", "switched", "switches", "jumped", "jumps"}) &&
        s.Is(i + 1, "from")) {
      size_t before = facts_.size();
      MovedFromTo(s, i);
      if (facts_.size() > before) continue;
    }
    if (In(w, {"comes", "come", "ships", "ship"}) && s.Is(i + 1, "in")) {
      size_t before = facts_.size();
      VariantsOf(s, i);
      if (facts_.size() > before) continue;
    }
    if (In(w, {"lost", "loses", "losing"})) {
      LostTo(s, i);
      continue;
    }
    if (In(w, {"announced", "announces", "announcing", "confirmed"}) && s.Is(i + 1, "the")) {
      size_t k = i + 2;
      if (s.Is(k, "general")) ++k;
      if (In(s.W(k), {"release", "launch", "availability", "rollout", "debut"}) && s.Is(k + 1, "of")) {
        Release(s, i, k + 2, false);
        i = k + 1;
        continue;
      }
    }
    if (w == "founding" && i > 0 && In(s.W(i - 1), {"its", "their"})) {
      // "since its founding in 2022 by academics X and Y".
      size_t k = i + 1;
      while (k < s.size() && k < i + 6 && !s.Is(k, "by") && !In(s.W(k), {",", ";", "."})) ++k;
      if (s.Is(k, "by")) {
        Founding(s, i, i + 1);
        continue;
      }
    }
    if (In(w, {"started", "set", "established", "formed", "created", "launched", "incorporated"})) {
      size_t k = w == "set" && s.Is(i + 1, "up") ? i + 2 : i + 1;
      size_t guard = 0;
      while (k < s.size() && guard < 5 && !s.Is(k, "by") && s.tok[k].word && !s.tok[k].cap && !s.At(k)) {
        ++k;
        ++guard;
      }
      if (s.Is(k, "by") && i > 0 && !In(s.W(i - 1), {"has", "have", "had"}) && (w != "set" || s.Is(i + 1, "up"))) {
        // "Brisa 4 was launched by Oskin AI": no founders, so a release.
        size_t before = facts_.size();
        Founding(s, i, w == "set" ? i + 2 : i + 1);
        if (facts_.size() > before || w != "launched") continue;
      }
    }
    if (In(w, {"hires", "recruits", "arrivals", "additions", "appointees", "signings"})) {
      size_t before = facts_.size();
      NewHires(s, i);
      if (facts_.size() > before) continue;
    }
    if (w == "appointment" || w == "hiring" || w == "hire") {
      if (s.Is(i + 1, "of")) {
        Appointment(s, i);
        continue;
      }
    }
    if (In(w, {"ousted", "fired", "sacked", "dismissed", "removed"}) && !Passive(s, i)) {
      size_t before = facts_.size();
      Ouster(s, i);
      if (facts_.size() > before) continue;
    }
    if (w == "out" && s.Is(i + 1, "as") && i > 0 && In(s.W(i - 1), {"is", "was", "are", "were"})) {
      OutAs(s, i);
      continue;
    }
    if (In(w, {"last", "final"}) && s.Is(i + 1, "day") && In(s.W(i + 2), {"at", "with"})) {
      LastDay(s, i);
      continue;
    }
    if ((In(w, {"welcome", "welcoming", "welcomes", "welcomed"}) ||
         (In(w, {"joins", "joined", "join", "joining"}) && s.Is(i + 1, "us"))) &&
        WelcomedOrJoinsUs(s, i))
      continue;
    if (In(w, {"join", "joining", "starting"}) && OwnQuoteJoin(s, i)) continue;
    if (MatchDeparture(s, i, &te)) {
      Personnel(s, i, te, true, false);
      i = te - 1;
      continue;
    }
    if (MatchJoin(s, i, &te, &org_subject)) {
      Personnel(s, i, te, false, org_subject);
      i = te - 1;
      continue;
    }
    if (IsDelayVerb(s, i, &te)) {
      Delay(s, i, te);
      i = te - 1;
      continue;
    }
    if (IsReleaseVerb(s, i, &te, &made_available)) {
      Release(s, i, te, made_available);
      i = te - 1;
      continue;
    }
  }
  if (as_did) AsDid(s, *as_did, first_fact);
  // Each rule below finds nothing in a sentence without its words, and most
  // sentences have none of them: one pass (TailWordsOf, before the loop)
  // found which rules have theirs, where each rule's own pass over the
  // tokens came to a twelfth of the instructions of extraction on feed
  // text.
  if (words & kDescriptorHead) Descriptors(s);
  NowHeads(s, first_fact);
  if (words & kWhom) WhomHired(s);
  if (words & kTakeVerb) TakesOver(s);
  if (words & kNotifiedVerb) NotifiedOfDecision(s);
  if (words & kAppointedVerb) AppointedToServe(s);
  if (words & kRescheduledWord) Rescheduled(s);
  // The cross-sentence group move: joins to B get a departure from A.
  if (pending_ && pending_->ttl > 0) {
    std::vector<ExtractedFact> extra;
    for (size_t k = first_fact; k < facts_.size(); ++k) {
      const ExtractedFact& f = facts_[k];
      if (f.kind == FactKind::kJoin && FoldKey(f.org) == FoldKey(pending_->to) && f.other_org.empty()) {
        ExtractedFact d = f;
        d.kind = FactKind::kDeparture;
        d.org = pending_->from;
        d.other_org = f.org;
        d.confidence = 0.6;
        extra.push_back(d);
      }
    }
    for (auto& d : extra) facts_.push_back(std::move(d));
  }
  GroupMove(s, (words & kFrom) && (words & kGroupMoveVerb));
  RecordAffiliations(s);
  // Until a correction is announced, RestatesTheError only looks for its
  // announcement, which needs one of its words.
  if ((correction_ || (words & kVersionWord)) && RestatesTheError(s)) facts_.resize(first_fact);
  for (size_t k = first_fact; k < facts_.size(); ++k) {
    if (!facts_[k].person.empty()) {
      last_subject_person_ = facts_[k].person;
      return;
    }
  }
  for (const auto& m : s.men) {
    if (m.kind == MKind::kPerson || (m.kind == MKind::kName && m.end - m.begin >= 2 && RegisteredPerson(m.name))) {
      last_subject_person_ = m.name;
      break;
    }
  }
}

// Only sentences with a trigger word get the full analysis: those with one
// of these stems in lower case. No stem has an apostrophe or a non-ASCII
// byte, so lowering only ASCII letters finds the same ones as Lower.
constexpr string_view kStems[] = {
    "left",        "leav",        "depart",     "resign",     "quit",          "exit",         "step",
    "part",        "jump",        "defect",     "decamp",     "retir",         "ousted",       "fired",
    "sacked",      "dismissed",   "forced out", "pushed out", "sign",          "came",         "come",
    "start",       "join",        "hire",       "hiring",     "appoint",       "poach",        "recruit",
    "named",       "names",       "lured",      "lures",      "tapped",        "taps",         "return",
    "move",        "moving",      "went",       "headed",     "heads",         "found",        "launch",
    "set up",      "establish",   "formed",     "created",    "incorporated",  "releas",       "unveil",
    "roll",        "open-sourc",  "open sourc", "opened",     "ship",          "introduc",     "debut",
    "shared",      "published",   "available",  "delay",      "postpon",       "push",         "slip",
    "scheduled",   "slated",      "due",        "planned",    "expected",      "formerly",     "previously",
    "former",      "ex-",         "spent",      "who ran",    "who led",       "who headed",   "who worked",
    "who managed", "who oversaw", "who built",  "as did",     "ouster",        "lost",         "loses",
    "losing",      "recently",    "recruits",   "arrivals",   "additions",     "signings",     "aboard",
    "on board",    "confirmed",   "announc",    "brought on", "brings on",     "brought in",   "brings in",
    "added",       "adds",        "welcome",    "step away",  "stepping away", "stepped away", "walked away", "walks away", "walking away", "walk away", "put out",
    "puts out",    "open-source", "public",       "weights of",  "weights for",       "strik",         "struck",       "until",
    "removed",     "bowed",       "bows",       "heading to",  "landed at",  "lands at",   "landing at", "resurfac",
    "spun out",    "before",      "last day",   "final day",  "out as",     "arriv",        "prior to",
    "hold back",   "holds back",  "put off",    "puts off",   "putting off",  "holding back", "held back", "wraps off",  "covers off",  "dropped",  "drops",
    "job at",      "position at", "role at",    "post at", "job with", "position with", "role with", "post with", "new chapter", "snapped up", "snaps up", "walked out", "walks out", "walking out", "walk out", "onetime", "one-time", "erstwhile", "earlier version", "incorrectly", "erroneously", "land at",   "building",   "stint",      "now live",   "general availability", "goes ga", "no longer",  "notice",     "out at"};

// The stems in one Hyperscan database, compiled on first use; none if
// Hyperscan refused them (the callers then search for each stem).
const std::optional<LiteralMatcher>& StemMatcher() {
  static const std::optional<LiteralMatcher> matcher = []() -> std::optional<LiteralMatcher> {
    auto built = LiteralMatcher::Build(std::vector<string>(std::begin(kStems), std::end(kStems)));
    if (!built) return std::nullopt;
    return std::move(*built);
  }();
  return matcher;
}

// For each of `sentences` (in text order, not overlapping), whether one of
// `stems` lies in it.
std::vector<bool> TriggeredSentences(const std::vector<Span>& stems, const std::vector<Span>& sentences) {
  std::vector<bool> triggered(sentences.size(), false);
  for (const Span& stem : stems) {
    auto after = std::upper_bound(sentences.begin(), sentences.end(), stem.start,
                                  [](size_t offset, const Span& span) { return offset < span.start; });
    if (after == sentences.begin()) continue;
    const Span& span = *(after - 1);  // the last sentence starting at or before the stem
    if (stem.end <= span.end) triggered[static_cast<size_t>(after - 1 - sentences.begin())] = true;
  }
  return triggered;
}

std::vector<ExtractedFact> Reader::Run() {
  const Article& article = a_.article;
  // Facts come only from Read, which only sentences with a trigger word get:
  // an article with none asserts nothing and needs no further reading.
  std::vector<bool> triggered = TriggeredSentences(stems_, a_.sentences);
  if (std::find(triggered.begin(), triggered.end(), true) == triggered.end()) return {};
  // The names of the title, for the topic.
  std::vector<Gazetteer::Match> title_names = a_.gazetteer.Find(article.title);
  std::vector<Sentence> sentences;
  sentences.reserve(a_.sentences.size());
  std::vector<std::vector<NameRun>> runs;  // of each sentence
  runs.reserve(a_.sentences.size());
  // Of each sentence whose mentions pass 1 completed with its runs: learned_
  // then and what Learn asked. Where nothing was learned after, passes 2
  // and 3 would classify and learn the same again; where pass 2 classifies
  // the same and Learn's questions have the same answers, pass 3 would
  // decide as pass 1 did, and what it taught again changes nothing.
  struct Classified {
    uint64_t learned = 0;
    std::vector<Asked> asked;
    bool same = false;  // pass 2 classified as pass 1 did
  };
  std::vector<Classified> classified(a_.sentences.size());
  // Pass 1: learn names. A sentence's tokens, known names, generic mentions
  // and runs do not depend on what the article teaches, so they are found
  // once, here, for both passes (registering a known person again in pass 2
  // would change nothing).
  for (size_t k = 0; k < a_.sentences.size(); ++k) {
    const Span& span = a_.sentences[k];
    sentences.push_back(BuildKnown(text_, span, Tokenize(text_, span.start, span.end, spellings_), a_.names));
    // The runs are classified with what the article has taught so far, and
    // again below where that may have changed.
    Sentence& s = sentences.back();
    runs.push_back(FindRuns(s, spellings_));
    // Without runs, AddRunMentions would change nothing: only runs are
    // kName mentions, and the known ones are indexed already.
    if (runs.back().empty()) {
      Learn(s, runs.back());
      continue;
    }
    classified[k].learned = learned_;
    AddRunMentions(s, runs.back());
    learn_asked_ = &classified[k].asked;
    Learn(s, runs.back());
    learn_asked_ = nullptr;
  }
  // Learning may have made more runs known: classify the runs again, then
  // learn once more from the completed sentences. A sentence classified
  // after the last change keeps pass 1's mentions; learning from it again,
  // while nothing has changed since, would change nothing.
  const uint64_t learned_in_pass1 = learned_;
  for (size_t k = 0; k < sentences.size(); ++k) {
    if (runs[k].empty()) continue;
    Classified& c = classified[k];
    Sentence& s = sentences[k];
    c.same = c.learned == learned_in_pass1 || ClassifiedAs(runs[k], s.men);
    if (!c.same) {
      // Back to the known mentions: no run starts on a token a known
      // mention covers, so the runs' mentions are those starting where a
      // run does.
      size_t r = 0;
      std::erase_if(s.men, [&](const Mention& m) {
        while (r < runs[k].size() && runs[k][r].mention.begin < m.begin) ++r;
        return r < runs[k].size() && runs[k][r].mention.begin == m.begin;
      });
      AddRunMentions(s, runs[k]);
    }
  }
  for (size_t k = 0; k < sentences.size(); ++k) {
    // A sentence without runs has no kName mentions, and Learn teaches
    // nothing new from its known ones after pass 1.
    if (runs[k].empty() || (classified[k].same && SameAnswers(classified[k].asked, runs[k]))) continue;
    Learn(sentences[k], runs[k]);
  }
  // The topic: the first org of the title, else of the text.
  {
    string_view title = article.title;
    Spellings title_spellings(title);
    Sentence t;
    t.span = Span{0, title.size()};
    t.tok = Tokenize(title, 0, title.size(), title_spellings);
    string_view saved = text_;
    text_ = title;
    AddGazetteerMentions(t, title, title_names);
    AddRunMentions(t, FindRuns(t, title_spellings));
    text_ = saved;
    for (const auto& m : t.men) {
      // "Former Nvidia engineers' start-up raises ...": not about Nvidia.
      if (m.begin > 0 && In(t.W(m.begin - 1), {"former", "ex-"})) continue;
      // "Ferrowind spin-out Marrowgate launches", "OpenAI rival Anthropic
      // raises ...": about the org the modifier leads to.
      if (In(t.W(m.end), {"spin-out", "spinout", "spin-off", "spinoff", "rival", "competitor", "alumni"})) continue;
      if (m.kind == MKind::kOrg || (m.kind == MKind::kName && LearnedOrg(m.name))) {
        topic_ = m.entry ? m.entry->canonical : m.name;
        break;
      }
      if (m.kind != MKind::kName) continue;
      // A short form of an org the text names in full: "Meridian" for
      // "Meridian Intelligence".
      string prefix = FoldKey(m.name) + " ";
      for (const auto& sentence : sentences) {
        for (const auto& o : sentence.men)
          if (o.kind == MKind::kOrg && !o.generic && FoldKey(o.name).compare(0, prefix.size(), prefix) == 0) {
            topic_ = o.name;
            break;
          }
        if (!topic_.empty()) break;
      }
      if (!topic_.empty()) break;
      // "Quarry's Card App Adds ...": a one-word name that opens the title
      // as the owner of its subject, that the text gives no person and
      // names no org after, is the org the article is about.
      if (m.begin == 0 && m.end == 1 && (t.Is(1, "'s") || t.Is(1, "'")) && t.size() > 2 && t.tok[2].cap) {
        topic_ = m.name;
        break;
      }
      // "Brindlecove weighs delay to Orlop 2": a one-word name that opens
      // the title as the subject of its verb, and opens a sentence of the
      // text as its subject ("Brindlecove is weighing", "Brindlecove, a
      // Tokyo start-up, said"), is the org the article is about where the
      // text names no person so ("Altman says ..." after "Sam Altman").
      if (m.begin == 0 && m.end == 1 && t.size() > 2 && t.tok[1].word && !t.tok[1].cap && EndsWith(t.W(1), "s") &&
          !RegisteredPerson(m.name) && !SurnameOf(FoldKey(m.name))) {
        for (const auto& sentence : sentences) {
          if (sentence.size() < 3 || sentence.W(0) != t.W(0)) continue;
          const Mention* opening = sentence.StartsAt(0);
          bool subject = (sentence.tok[1].word && !sentence.tok[1].cap) ||
                         (sentence.Is(1, ",") && In(sentence.W(2), {"a", "an", "the"}));
          if (subject && !(opening && opening->kind == MKind::kPerson)) {
            topic_ = m.name;
            break;
          }
        }
        if (!topic_.empty()) break;
      }
    }
  }
  topic_from_title_ = !topic_.empty();
  sentences_ = &sentences;
  if (topic_.empty()) {
    // The first org the text does not name as someone's past or next
    // employer, nor as a competitor ("matches OpenAI's GPT-5").
    auto competitor = [](const Sentence& s, const Mention& m) {
      const Mention* named = &m;
      for (int hops = 0; hops < 4; ++hops) {
        for (size_t x = named->begin; x > 0 && x + 3 > named->begin; --x)
          if (IsComparison(s, x - 1)) return true;
        // "compete with A's M and B's N": B is listed with a compared org.
        size_t b = named->begin;
        if (b < 2 || !In(s.W(b - 1), {"and", "or", ","})) return false;
        const Mention* listed = nullptr;
        for (size_t x = b - 1; x > 0 && x + 10 > b;) {
          const Mention* p = s.At(x - 1);
          if (p && p->kind == MKind::kOrg && !p->generic) {
            listed = p;
            break;
          }
          if (!(p && p->kind == MKind::kModel) && !In(s.W(x - 1), {"'s", "'"})) break;
          x = p ? p->begin : x - 1;
        }
        if (!listed) return false;
        named = listed;
      }
      return false;
    };
    for (const auto& s : sentences) {
      for (const auto& m : s.men)
        if (m.kind == MKind::kOrg && !m.generic &&
            !(m.begin > 0 && In(s.W(m.begin - 1), {"former", "ex-", "at", "from", "of", "with", "by", "to", "for",
                                                   "joined", "left", "join", "leave", "quit", "rejoined"})) &&
            !competitor(s, m)) {
          topic_ = m.entry ? m.entry->canonical : m.name;
          topic_named_at_ = s.span.start;
          break;
        }
      if (!topic_.empty()) break;
    }
  }
  // Pass 2: the rules, on the sentences with a trigger word.
  for (size_t k = 0; k < sentences.size(); ++k) {
    Sentence& s = sentences[k];
    GroupNamed(s);
    next_sentence_ = k + 1 < sentences.size() ? &sentences[k + 1] : nullptr;
    previous_sentence_ = k > 0 ? &sentences[k - 1] : nullptr;
    if (!triggered[k]) {
      RecordAffiliations(s);
      // "X spoke on Monday. He has joined B": the person a later "he" is.
      for (const auto& m : s.men)
        if (m.kind == MKind::kPerson ||
            (m.kind == MKind::kName && m.end - m.begin == 2 && !LearnedOrg(m.name))) {
          last_subject_person_ = m.name;
          break;
        }
      if (pending_) --pending_->ttl;
      continue;
    }
    Read(s);
  }
  return std::move(facts_);
}

}  // namespace

EnglishTriggers FindEnglishTriggers(string_view text) { return FindEnglishTriggersInLowered(LoweredAsciiCopy(text)); }

EnglishTriggers FindEnglishTriggersInLowered(string lowered) {
  // Lowered as Spellings lowers the text; no stem has an apostrophe or a
  // non-ASCII byte.
  EnglishTriggers triggers{std::move(lowered), {}};
  const string& lower = triggers.lowered;
  std::vector<Span>& stems = triggers.stems;
  if (const std::optional<LiteralMatcher>& matcher = StemMatcher()) {
    matcher->Scan(lower, [&](std::uint32_t, size_t start, size_t end) { stems.push_back({start, end}); });
    return triggers;
  }
  // Hyperscan refused the stems: every occurrence of each, found plainly.
  for (string_view stem : kStems)
    for (size_t at = lower.find(stem); at != string::npos; at = lower.find(stem, at + 1))
      stems.push_back({at, at + stem.size()});
  return triggers;
}

std::vector<ExtractedFact> ExtractEnglish(const ArticleContext& article, EnglishTriggers triggers) {
  return Reader(article, triggers.stems, std::move(triggers.lowered)).Run();
}

}  // namespace labwatch
