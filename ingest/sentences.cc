#include "ingest/sentences.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include <immintrin.h>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "ingest/byte_scan.h"
#include "ingest/cpu.h"
#include "ingest/utf8.h"

namespace labwatch {
namespace {

// Whether the eight bytes of `text` from `i` on exist and are all ASCII.
bool AllAscii8(std::string_view text, size_t i) {
  if (i + 8 > text.size()) return false;
  uint64_t word;
  std::memcpy(&word, text.data() + i, 8);
  return (word & 0x8080808080808080ull) == 0;
}

// `text` as UTF-16, with the byte offset in `text` of each UTF-16 unit and
// of the end. ICU breaks UTF-16 several times faster than UTF-8 read through
// UText. False if `text` is not valid UTF-8; ICU's handling of ill-formed
// bytes is then left to ICU.
bool ToUtf16(std::string_view text, std::u16string& units, std::vector<size_t>& byte_of_unit) {
  // A UTF-8 byte never makes more than one UTF-16 unit.
  units.resize(text.size());
  byte_of_unit.resize(text.size() + 1);
  size_t count = 0;
  for (size_t i = 0, size = 0; i < text.size(); i += size) {
    if (AllAscii8(text, i)) {
      // Eight ASCII bytes, eight units: most of an English article.
      for (size_t k = 0; k < 8; ++k) {
        units[count] = static_cast<char16_t>(text[i + k]);
        byte_of_unit[count++] = i + k;
      }
      size = 8;
      continue;
    }
    int32_t c = Utf8At(text, i, &size);
    if (c < 0) return false;
    if (U_IS_BMP(c)) {
      units[count] = static_cast<char16_t>(c);
      byte_of_unit[count++] = i;
    } else {
      units[count] = U16_LEAD(c);
      byte_of_unit[count++] = i;
      units[count] = U16_TRAIL(c);
      byte_of_unit[count++] = i;
    }
  }
  units.resize(count);
  byte_of_unit[count] = text.size();
  byte_of_unit.resize(count + 1);
  return true;
}

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The length in bytes of the opening bracket or quote that ends at `end`,
// or 0.
size_t OpeningBracketBefore(std::string_view text, size_t end) {
  static constexpr std::string_view kOpening[] = {"「", "『", "（", "【", "〈", "《", "“", "("};
  // Asked at every sentence end, where nearly always an ASCII byte other
  // than "(" ends the text: every other opening ends in a non-ASCII byte.
  if (end > 0 && static_cast<uint8_t>(text[end - 1]) < 0x80 && text[end - 1] != '(') return 0;
  for (std::string_view open : kOpening)
    if (end >= open.size() && text.substr(end - open.size(), open.size()) == open) return open.size();
  return 0;
}

// The abbreviations after which a sentence does not end ("Dr. Adeyemi",
// "Mr. Altman"). Debian's ICU data has no abbreviation lists, so we give
// ours, to ICU's filter and to our own splitter alike.
constexpr std::string_view kAbbreviations[] = {
    "Dr.",  "Mr.",  "Mrs.", "Ms.",  "Prof.", "Inc.", "Corp.", "Co.",  "Ltd.",  "Jr.",     "Sr.",  "St.",
    "U.S.", "U.K.", "No.",  "vs.",  "e.g.",  "i.e.", "Gen.",  "Sen.", "Rep.",  "Gov.",    "Jan.", "Feb.",
    "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",  "Dec.", "Ph.D.", "approx.", "Fig.", "Bros."};

// ICU's sentence breaker with the abbreviations, one per thread (breaking
// is not thread-safe per instance), or null if ICU fails to make one.
icu::BreakIterator* IcuBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale english("en");
    std::unique_ptr<icu::BreakIterator> plain(icu::BreakIterator::createSentenceInstance(english, error));
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> filter(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(error));
    for (std::string_view abbreviation : kAbbreviations)
      if (filter)
        filter->suppressBreakAfter(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                       abbreviation.data(), static_cast<int32_t>(abbreviation.size()))),
                                   error);
    if (U_FAILURE(error) || !plain || !filter) return plain;
    std::unique_ptr<icu::BreakIterator> filtered(filter->wrapIteratorWithFilter(plain.release(), error));
    return U_FAILURE(error) ? nullptr : std::move(filtered);
  }();
  return breaker.get();
}

// ---------------------------------------------------------------------------
// Our own splitter. ICU's breaker walks a state machine over every
// character (tens of instructions a byte of English text); this one looks
// only at terminators and line breaks, applies UAX #29's sentence rules
// there directly, and then ICU's abbreviation filter.
// It handles every character whose Sentence_Break class is one of these,
// which is all of English and European text; OLetter (kana, kanji, Thai,
// Hebrew, ...), Extend, Format and Sep are left to ICU, rather than
// carrying SB5's rule for ignoring Extend and Format.

enum class SentenceClass : uint8_t {
  kOther,
  kCr,
  kLf,
  kSp,
  kLower,
  kUpper,
  kNumeric,
  kATerm,      // .
  kSTerm,      // ? !
  kClose,      // quotes and brackets
  kSContinue,  // , - :
  kUnhandled,
};

// The class of code point `c`, from the same Unicode property data that
// ICU's rules read.
SentenceClass ClassOf(int32_t c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER:
      return SentenceClass::kOther;
    case U_SB_CR:
      return SentenceClass::kCr;
    case U_SB_LF:
      return SentenceClass::kLf;
    case U_SB_SP:
      return SentenceClass::kSp;
    case U_SB_LOWER:
      return SentenceClass::kLower;
    case U_SB_UPPER:
      return SentenceClass::kUpper;
    case U_SB_NUMERIC:
      return SentenceClass::kNumeric;
    case U_SB_ATERM:
      return SentenceClass::kATerm;
    case U_SB_STERM:
      return SentenceClass::kSTerm;
    case U_SB_CLOSE:
      return SentenceClass::kClose;
    case U_SB_SCONTINUE:
      return SentenceClass::kSContinue;
    default:
      return SentenceClass::kUnhandled;
  }
}

bool IsParaSep(SentenceClass c) { return c == SentenceClass::kCr || c == SentenceClass::kLf; }
bool IsSATerm(SentenceClass c) { return c == SentenceClass::kATerm || c == SentenceClass::kSTerm; }

// What the splitter does with each byte: most bytes need nothing; a
// terminator or a line break may end a sentence; a byte from 0x80 starts a
// character that must be decoded and classified.
enum class ByteAction : uint8_t { kPlain, kTerm, kParaSep, kDecode, kGiveUp };

struct AsciiTables {
  std::array<SentenceClass, 128> classes{};
  std::array<ByteAction, 256> actions{};
  // Whether SkipPlain may skip ASCII: true if the only ASCII bytes that
  // are not kPlain are . ! ? \n \r, as in Unicode's data today.
  bool skip_plain = true;
  // ClassOf of the code points most common past ASCII in Latin text:
  // accented letters (U+0080 to U+024F) and General Punctuation's curly
  // quotes and dashes (U+2000 to U+206F), each of which cost a look-up of
  // ICU's property data.
  std::array<SentenceClass, 0x250> latin{};
  std::array<SentenceClass, 0x70> punctuation{};

  // ClassOf(c), from the tables where they have it.
  // REQUIRES: c >= 0
  SentenceClass Of(int32_t c) const {
    if (c < 0x80) return classes[static_cast<size_t>(c)];
    if (c < 0x250) return latin[static_cast<size_t>(c)];
    if (c >= 0x2000 && c < 0x2070) return punctuation[static_cast<size_t>(c - 0x2000)];
    return ClassOf(c);
  }
};

const AsciiTables& Tables() {
  static const AsciiTables tables = [] {
    AsciiTables built;
    for (int32_t c = 0; c < 256; ++c) {
      auto i = static_cast<size_t>(c);
      if (c >= 0x80) {
        built.actions[i] = ByteAction::kDecode;
        continue;
      }
      SentenceClass sentence_class = ClassOf(c);
      built.classes[i] = sentence_class;
      built.actions[i] = sentence_class == SentenceClass::kUnhandled ? ByteAction::kGiveUp
                         : IsSATerm(sentence_class)                  ? ByteAction::kTerm
                         : IsParaSep(sentence_class)                 ? ByteAction::kParaSep
                                                                     : ByteAction::kPlain;
    }
    for (size_t c = 0; c < 128; ++c)
      if ((built.actions[c] != ByteAction::kPlain) !=
          (std::string_view(".!?\n\r").find(static_cast<char>(c)) != std::string_view::npos))
        built.skip_plain = false;
    for (int32_t c = 0; c < 0x250; ++c) built.latin[static_cast<size_t>(c)] = ClassOf(c);
    for (int32_t c = 0x2000; c < 0x2070; ++c) built.punctuation[static_cast<size_t>(c - 0x2000)] = ClassOf(c);
    return built;
  }();
  return tables;
}

// The class of the character at byte `i` of `text`, and its length in
// `*size`; kUnhandled for ill-formed UTF-8.
// REQUIRES: i < text.size()
// `tables` is Tables(), fetched once by the caller: ClassAt is asked for
// every character after a terminator, and each call of Tables() tested its
// guard again.
SentenceClass ClassAt(const AsciiTables& tables, std::string_view text, size_t i, size_t* size) {
  auto byte = static_cast<uint8_t>(text[i]);
  if (byte < 0x80) {
    *size = 1;
    return tables.classes[byte];
  }
  int32_t c = Utf8At(text, i, size);
  return c < 0 ? SentenceClass::kUnhandled : tables.Of(c);
}

// A mask with bit n set where byte n of the 16 at `bytes` is not ASCII or
// is a terminator or a line break, which may end a sentence; the other
// bytes need no look. In GCC's vector types, which compile to SSE2
// compares; PMOVMSKB gathers each lane's high bit, which the compares set
// and which a byte from 0x80 has already.
unsigned StopMask16(const char* bytes) {
  Bytes16 v;
  std::memcpy(&v, bytes, 16);
  auto stop = (Bytes16)((v == '.') | (v == '!') | (v == '?') | (v == '\n') | (v == '\r')) | v;
  return static_cast<unsigned>(_mm_movemask_epi8(reinterpret_cast<__m128i>(stop)));
}

// The first byte of `text` from `i` on that StopMask16 marks, or
// text.size(). Thirty-two bytes at a time, then sixteen, then the last
// sixteen at once (which may go over bytes before `i` again, masked off),
// so that a stop costs no byte-by-byte tail.
//
// The thirty-two at a time are one AVX2 compare each where the processor
// has AVX2 (asked once), half the instructions of SSE2's two; the text
// passes through here nearly all of it.
[[gnu::target("avx2")]] size_t SkipPlain32Avx2(const char* bytes, size_t size, size_t i) {
  using Bytes32 = std::uint8_t __attribute__((vector_size(32)));
  for (; i + 32 <= size; i += 32) {
    Bytes32 v;
    std::memcpy(&v, bytes + i, 32);
    auto stop = (Bytes32)((v == '.') | (v == '!') | (v == '?') | (v == '\n') | (v == '\r')) | v;
    auto mask = static_cast<unsigned>(_mm256_movemask_epi8(reinterpret_cast<__m256i>(stop)));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
  }
  return i;
}

size_t SkipPlain(std::string_view text, size_t i) {
  const char* bytes = text.data();
  const size_t size = text.size();
  const bool avx2 = UseAvx2();
  if (avx2) {
    // Either at a stop, or fewer than 32 bytes are left.
    i = SkipPlain32Avx2(bytes, size, i);
    if (i + 32 <= size) return i;
  }
  for (; i + 32 <= size; i += 32) {
    unsigned mask = StopMask16(bytes + i) | (StopMask16(bytes + i + 16) << 16);
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
  }
  if (i + 16 <= size) {
    if (unsigned mask = StopMask16(bytes + i); mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
    i += 16;
  }
  if (i >= size) return size;
  if (size >= 16) {
    size_t from = size - 16;
    unsigned mask = StopMask16(bytes + from) >> (i - from);
    return mask != 0 ? i + static_cast<size_t>(std::countr_zero(mask)) : size;
  }
  const AsciiTables& tables = Tables();
  while (i < size && tables.actions[static_cast<uint8_t>(bytes[i])] == ByteAction::kPlain) ++i;
  return i;
}

// SB8's look ahead from byte `i`: whether a lower-case letter comes before
// any other letter, paragraph separator or terminator ("e.g. 3 of").
bool LowerFollows(const AsciiTables& tables, std::string_view text, size_t i) {
  using enum SentenceClass;
  for (size_t size = 0; i < text.size(); i += size) {
    SentenceClass c = ClassAt(tables, text, i, &size);
    if (c == kLower) return true;
    if (c != kOther && c != kNumeric && c != kClose && c != kSp && c != kSContinue) return false;
  }
  return false;
}

// ICU's abbreviation filter keeps two lists, made once from
// kAbbreviations (as FilteredBreakIteratorBuilder::build does): the keys
// looked for before a break, and the abbreviations to read forwards. An
// abbreviation with an inner full stop ("U.S.", "Ph.D.") is keyed by its
// part up to that stop ("U.", partial) and read forwards whole, as is any
// other abbreviation that starts with such a part.
struct AbbreviationFilter {
  struct Key {
    std::string_view text;
    bool partial = false;
    // The key's bytes as the last text.size() bytes of a little-endian
    // word, and a mask of them: one compare of the eight bytes before a
    // break tests the key.
    std::uint64_t word = 0;
    std::uint64_t mask = 0;
    // Of a partial key, the abbreviations of `forwards` that the text
    // from the key can start with: those that agree with the key as far as
    // both go (a text starting "e." may read "e.g.", never "U.S.").
    std::vector<std::string_view> forwards;
  };
  // The keys by the character before their final full stop, which is
  // all that most breaks need to look at.
  std::array<std::vector<Key>, 128> keys_by_last_letter;
  std::vector<std::string_view> forwards;
};

const AbbreviationFilter& Filter() {
  static const AbbreviationFilter filter = [] {
    auto inner_stop = [](std::string_view abbreviation) -> size_t {
      size_t stop = abbreviation.find('.');
      return stop != std::string_view::npos && stop + 1 != abbreviation.size() ? stop + 1 : 0;
    };
    AbbreviationFilter built;
    std::vector<std::string_view> partial_keys;
    for (std::string_view abbreviation : kAbbreviations)
      if (size_t stop = inner_stop(abbreviation); stop > 0) {
        std::string_view key = abbreviation.substr(0, stop);
        if (std::find(partial_keys.begin(), partial_keys.end(), key) == partial_keys.end()) partial_keys.push_back(key);
      }
    auto add_key = [&](std::string_view key, bool partial) {
      // Every key is ASCII, ends with '.', has a character before it, and
      // has at most eight bytes.
      AbbreviationFilter::Key entry;
      entry.text = key;
      entry.partial = partial;
      for (size_t k = 0; k < key.size() && key.size() <= 8; ++k) {
        size_t shift = 8 * (8 - key.size() + k);
        entry.word |= std::uint64_t{static_cast<uint8_t>(key[k])} << shift;
        entry.mask |= std::uint64_t{0xFF} << shift;
      }
      built.keys_by_last_letter[static_cast<uint8_t>(key[key.size() - 2]) & 0x7F].push_back(entry);
    };
    for (std::string_view key : partial_keys) add_key(key, true);
    for (std::string_view abbreviation : kAbbreviations) {
      bool forwards = std::any_of(partial_keys.begin(), partial_keys.end(),
                                  [&](std::string_view key) { return abbreviation.starts_with(key); });
      if (forwards)
        built.forwards.push_back(abbreviation);
      else
        add_key(abbreviation, false);
    }
    for (std::vector<AbbreviationFilter::Key>& keys : built.keys_by_last_letter)
      for (AbbreviationFilter::Key& key : keys)
        if (key.partial)
          for (std::string_view abbreviation : built.forwards)
            if (abbreviation.starts_with(key.text) || key.text.starts_with(abbreviation))
              key.forwards.push_back(abbreviation);
    return built;
  }();
  return filter;
}

// Whether ICU's abbreviation filter drops the break at byte `end` of `text`
// (ICU's SimpleFilteredSentenceBreakIterator, restated). It skips one space
// before the break, then takes the longest key that ends there, with no
// check of what comes before it ("XDr." counts). A partial key counts only
// if the text from it reads a whole abbreviation of the forward list (none
// of ours is the start of another, which would need ICU's trie walk
// restated too). The abbreviations are ASCII, so bytes compare as ICU's
// code points do.
bool AbbreviationBefore(std::string_view text, size_t end) {
  // A cheap first test: every key ends with a full stop.
  size_t p = end > 0 && text[end - 1] == ' ' ? end - 1 : end;
  if (p < 2 || text[p - 1] != '.' || static_cast<uint8_t>(text[p - 2]) >= 0x80) return false;
  std::string_view before = text.substr(0, p);
  const AbbreviationFilter::Key* best = nullptr;
  // Compared from the end, inline: most keys differ in the letter before
  // the full stop, and a call to memcmp per key would cost more. Where
  // eight bytes end at the break, all of a key at once.
  std::uint64_t last8 = 0;
  if (p >= 8) std::memcpy(&last8, text.data() + p - 8, 8);
  auto ends_with = [&](const AbbreviationFilter::Key& key) {
    if (p >= 8 && key.mask != 0) return (last8 & key.mask) == key.word;
    if (key.text.size() > before.size()) return false;
    for (size_t k = 1; k <= key.text.size(); ++k)
      if (before[before.size() - k] != key.text[key.text.size() - k]) return false;
    return true;
  };
  for (const AbbreviationFilter::Key& key : Filter().keys_by_last_letter[static_cast<uint8_t>(text[p - 2])])
    if ((!best || key.text.size() > best->text.size()) && ends_with(key)) best = &key;
  if (!best) return false;
  if (!best->partial) return true;
  std::string_view rest = text.substr(p - best->text.size());
  for (std::string_view abbreviation : best->forwards)
    if (rest.starts_with(abbreviation)) return true;
  return false;
}

}  // namespace

std::optional<std::vector<size_t>> SentenceEndsWithoutIcu(std::string_view text) {
  using enum SentenceClass;
  // UAX #29 ends a sentence only after a paragraph separator (SB4) or
  // after a terminator, its closing quotes and brackets, and its spaces
  // (SB11: SATerm Close* Sp*), unless SB3 or SB6 to SB10 say otherwise. So
  // only those characters need a look; the rest is checked for classes
  // left to ICU and skipped.
  std::vector<size_t> ends;
  auto add_end = [&](size_t end) {
    if (end < text.size() && !AbbreviationBefore(text, end)) ends.push_back(end);
  };
  const AsciiTables& tables = Tables();
  for (size_t i = 0, size = 1; i < text.size(); i += size) {
    size = 1;
    // Most of the text: plain ASCII bytes skipped many at a time, to the
    // first byte that needs a look.
    if (tables.skip_plain) {
      i = SkipPlain(text, i);
      if (i >= text.size()) break;
    }
    SentenceClass term = kOther;
    switch (tables.actions[static_cast<uint8_t>(text[i])]) {
      case ByteAction::kPlain:
        continue;
      case ByteAction::kGiveUp:
        return std::nullopt;
      case ByteAction::kParaSep:
        // SB3: CR × LF; SB4: ParaSep ÷.
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) add_end(i + 1);
        continue;
      case ByteAction::kTerm:
        term = tables.classes[static_cast<uint8_t>(text[i])];
        break;
      case ByteAction::kDecode:
        term = ClassAt(tables, text, i, &size);
        if (term == kUnhandled) return std::nullopt;
        if (!IsSATerm(term)) continue;
        break;
    }
    // A terminator: decide before each character of Close* Sp* after it,
    // and before the first that follows them.
    bool letter_before = false;  // for SB7
    if (i > 0) {
      size_t back = 0;
      int32_t c = Utf8Before(text, i, &back);
      SentenceClass previous = c < 0 ? kUnhandled : tables.Of(c);
      letter_before = previous == kUpper || previous == kLower;
    }
    bool spaces = false;
    for (size_t p = i + size, next_size = 0; p < text.size(); p += next_size) {
      SentenceClass next = ClassAt(tables, text, p, &next_size);
      bool right_after = p == i + size;
      // clang-format off
      bool keep = (right_after && term == kATerm &&
                   (next == kNumeric || (next == kUpper && letter_before))) ||  // SB6: 3.5; SB7: U.S
                  next == kSContinue || IsSATerm(next) ||                        // SB8a
                  (!spaces && next == kClose) ||                                 // SB9
                  next == kSp || IsParaSep(next) ||                              // SB9, SB10
                  (term == kATerm && LowerFollows(tables, text, p));             // SB8
      // clang-format on
      if (!keep) add_end(p);  // SB11
      if (next == kSp)
        spaces = true;
      else if (spaces || next != kClose)
        break;
    }
  }
  if (!text.empty()) ends.push_back(text.size());
  return ends;
}

std::vector<size_t> IcuSentenceEnds(std::string_view text) {
  std::vector<size_t> ends;
  icu::BreakIterator* breaker = IcuBreaker();
  if (!breaker) {
    if (!text.empty()) ends.push_back(text.size());
    return ends;
  }
  UErrorCode status = U_ZERO_ERROR;
  // Reused across calls: converting is cheap, allocating is not.
  thread_local std::u16string units;
  thread_local std::vector<size_t> byte_of_unit;
  bool utf16 = ToUtf16(text, units, byte_of_unit);
  UText* utext = utf16 ? utext_openUChars(nullptr, units.data(), static_cast<int64_t>(units.size()), &status)
                       : utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    if (!text.empty()) ends.push_back(text.size());
    return ends;
  }
  breaker->setText(utext, status);
  breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; end = breaker->next())
    ends.push_back(utf16 ? byte_of_unit[static_cast<size_t>(end)] : static_cast<size_t>(end));
  breaker->setText(icu::UnicodeString());  // drop the pointer into the text
  utext_close(utext);
  return ends;
}

std::vector<Span> SplitSentences(std::string_view text) {
  std::optional<std::vector<size_t>> ours = SentenceEndsWithoutIcu(text);
  std::vector<size_t> ends = ours ? std::move(*ours) : IcuSentenceEnds(text);
  std::vector<Span> spans;
  spans.reserve(ends.size());  // one a sentence end, nearly always
  size_t carried = 0;  // where the next sentence starts
  for (size_t end : ends) {
    size_t s = carried, e = end;
    while (e > s && IsBlank(text[e - 1])) --e;
    // ICU ends "公開した。「Kumo-2」は…" after the 「: an opening bracket
    // belongs to the sentence it opens.
    carried = end;
    while (size_t length = OpeningBracketBefore(text, e)) {
      if (e - length <= s) break;
      e -= length;
      carried = e;
    }
    while (e > s && IsBlank(text[e - 1])) --e;
    while (s < e && IsBlank(text[s])) ++s;
    while (e - s > kMaxSentenceBytes) {
      size_t cut = CutNear(text, s, kMaxSentenceBytes);
      size_t piece_end = cut;
      while (piece_end > s && IsBlank(text[piece_end - 1])) --piece_end;
      if (piece_end > s) spans.push_back({s, piece_end});
      s = cut;
      while (s < e && IsBlank(text[s])) ++s;
    }
    if (e > s) spans.push_back({s, e});
  }
  return spans;
}

size_t CutNear(std::string_view text, size_t start, size_t max_bytes) {
  const size_t limit = start + max_bytes;
  if (limit >= text.size()) return text.size();
  const size_t half = start + max_bytes / 2;
  for (size_t i = limit; i > half; --i)
    if (IsBlank(text[i - 1])) return i;
  // 。 is E3 80 82, 、 is E3 80 81 and ， is EF BC 8C in UTF-8.
  for (size_t i = limit; i >= half + 3; --i) {
    std::string_view last = text.substr(i - 3, 3);
    if (last == "\xE3\x80\x82" || last == "\xE3\x80\x81" || last == "\xEF\xBC\x8C") return i;
  }
  size_t i = limit;
  while (i > start + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool LooksJapanese(std::string_view text) {
  // Kana (U+3040 to U+30FF) and these kanji (U+4E00 to U+9FFF) are encoded
  // with a lead byte of E3 to E9, which is never a continuation byte: only
  // those bytes need decoding, and the rest (all of an English article) is
  // passed sixteen bytes at a time, curly quotes and dashes included.
  auto lanes = [](Bytes16 at, Bytes16) { return static_cast<Bytes16>(at - 0xE3) <= 6; };
  auto lead = [](std::string_view s, size_t k) {
    auto byte = static_cast<uint8_t>(s[k]);
    return byte >= 0xE3 && byte <= 0xE9;
  };
  for (size_t i = SkipTo16(text, 0, lanes, lead); i < text.size(); i = SkipTo16(text, i + 1, lanes, lead)) {
    size_t size = 0;
    int32_t c = Utf8At(text, i, &size);
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)) return true;
  }
  return false;
}

}  // namespace labwatch
