#include "ingest/gazetteer.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include <immintrin.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "config/entities.h"
#include "core/text.h"
#include "ingest/byte_scan.h"
#include "ingest/cpu.h"
#include "ingest/fold.h"

namespace labwatch {
namespace {

UChar32 CodePointBefore(std::string_view text, size_t at) {
  if (at == 0) return -1;
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c;
}

UChar32 CodePointAt(std::string_view text, size_t at) {
  if (at >= text.size()) return -1;
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool IsKatakana(UChar32 c) { return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC; }
bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalnum(c) || c == '_'); }
bool IsIdeographic(UChar32 c) { return c >= 0x3040 && c <= 0x9FFF; }

// A match may not continue a word: "Meta" in "Metadata", "メタ" in "メタバース".
bool AtBoundary(UChar32 outside, UChar32 inside) {
  if (outside < 0 || inside < 0) return true;
  if (IsKatakana(inside)) return !IsKatakana(outside);
  if (IsIdeographic(inside)) return true;  // Japanese has no spaces between words
  return !IsWordChar(outside) || IsIdeographic(outside);
}

bool AsciiWordByte(char b) {  // IsWordChar, for an ASCII byte
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
}

// SingleByteCandidates' scan for `byte` between bytes that are no ASCII
// word byte, thirty-two positions at a time with AVX2, from `i` while 34
// bytes are left; returns where it stopped.
template <typename Found>
[[gnu::target("avx2")]] size_t BetweenNoWordBytesAvx2(std::string_view text, size_t i, char byte, Found& found) {
  using Bytes32 = std::uint8_t __attribute__((vector_size(32)));
  for (; i + 34 <= text.size(); i += 32) {
    Bytes32 before, at, after;
    std::memcpy(&before, text.data() + i, 32);
    std::memcpy(&at, text.data() + i + 1, 32);
    auto is_byte = (Bytes32)(at == static_cast<std::uint8_t>(byte));
    if (_mm256_movemask_epi8(reinterpret_cast<__m256i>(is_byte)) == 0) continue;
    std::memcpy(&after, text.data() + i + 2, 32);
    // Written out twice: a lambda would be compiled without AVX2.
    auto word_before = (Bytes32)(((before | 0x20) - 'a' < 26) | (before - '0' < 10) | (before == '_'));
    auto word_after = (Bytes32)(((after | 0x20) - 'a' < 26) | (after - '0' < 10) | (after == '_'));
    auto mask =
        static_cast<unsigned>(_mm256_movemask_epi8(reinterpret_cast<__m256i>(is_byte & ~word_before & ~word_after)));
    for (; mask != 0; mask &= mask - 1) found(i + static_cast<size_t>(std::countr_zero(mask)) + 1);
  }
  return i;
}

// Calls `found(at)` for each of SingleByteCandidates(folded, byte), in
// its order. Find takes them so, with no vector of them made.
template <typename Found>
void ForEachSingleByteCandidate(const FoldedText& folded, char byte, Found found) {
  const std::string& text = folded.text;
  const size_t size = text.size();
  auto word_at = [&](size_t at) { return at < size && AsciiWordByte(text[at]); };
  // Between bytes that are no ASCII word byte (or the text's ends): sixteen
  // positions at a time. Most blocks of sixteen have no `byte` at all (one
  // compare tells); the bytes beside those that do are tested as words in
  // the same vectors. Thirty-two at a time first where the processor has
  // AVX2 (asked once). Most `byte`s begin or end a word ("h" of "he" and
  // "the"): turned away here, they cost Find no call.
  if (size == 0) return;
  if (text[0] == byte && !word_at(1)) found(0);
  size_t i = 0;
  const bool avx2 = UseAvx2();
  if (avx2) i = BetweenNoWordBytesAvx2(text, i, byte, found);
  for (; i + 18 <= size; i += 16) {
    Bytes16 before, at, after;
    std::memcpy(&before, text.data() + i, 16);
    std::memcpy(&at, text.data() + i + 1, 16);
    auto is_byte = (Bytes16)(at == static_cast<std::uint8_t>(byte));
    if (_mm_movemask_epi8(reinterpret_cast<__m128i>(is_byte)) == 0) continue;
    std::memcpy(&after, text.data() + i + 2, 16);
    auto word = [](Bytes16 b) { return (Bytes16)(((b | 0x20) - 'a' < 26) | (b - '0' < 10) | (b == '_')); };
    auto mask =
        static_cast<unsigned>(_mm_movemask_epi8(reinterpret_cast<__m128i>(is_byte & ~word(before) & ~word(after))));
    for (; mask != 0; mask &= mask - 1) found(i + static_cast<size_t>(std::countr_zero(mask)) + 1);
  }
  for (; i + 1 < size; ++i)
    if (text[i + 1] == byte && !AsciiWordByte(text[i]) && !word_at(i + 2)) found(i + 1);
  // Beside an ASCII word byte, only where the two bytes are not of one
  // ASCII run: the first and last byte of each piece, and every byte of a
  // folded code point. (Those between bytes that are no word bytes were
  // found above.)
  auto between_no_word_bytes = [&](size_t at) { return (at == 0 || !AsciiWordByte(text[at - 1])) && !word_at(at + 1); };
  const std::vector<FoldedText::Piece>& pieces = folded.pieces;
  for (size_t k = 0; k < pieces.size(); ++k) {
    size_t from = pieces[k].folded;
    size_t to = k + 1 < pieces.size() ? pieces[k + 1].folded : size;
    if (from >= to) continue;
    if (!pieces[k].copied) {
      for (size_t at = from; at < to; ++at)
        if (text[at] == byte && !between_no_word_bytes(at)) found(at);
      continue;
    }
    // An ASCII run: its first byte has no byte of the run before it, its
    // last none after it; a byte inside with a word byte beside it
    // continues a word.
    if (text[from] == byte && !between_no_word_bytes(from) && !(from + 1 < to && AsciiWordByte(text[from + 1])))
      found(from);
    size_t last = to - 1;
    if (last > from && text[last] == byte && !between_no_word_bytes(last) && !AsciiWordByte(text[last - 1]))
      found(last);
  }
}

}  // namespace

std::vector<size_t> SingleByteCandidates(const FoldedText& folded, char byte) {
  std::vector<size_t> out;
  ForEachSingleByteCandidate(folded, byte, [&out](size_t at) { out.push_back(at); });
  return out;
}

Result<Gazetteer> Gazetteer::Build(std::vector<NameEntry> entries) {
  Gazetteer gazetteer;
  gazetteer.entries_ = std::move(entries);
  std::vector<std::string> literals;
  literals.reserve(gazetteer.entries_.size());
  for (size_t i = 0; i < gazetteer.entries_.size(); ++i) {
    std::string key = FoldKey(gazetteer.entries_[i].alias);
    gazetteer.by_key_.emplace(key, i);
    literals.push_back(FoldForMatching(gazetteer.entries_[i].alias).text);
  }
  auto matcher = LiteralMatcher::Build(literals);
  if (!matcher) return tl::unexpected(matcher.error());
  gazetteer.matcher_ = std::make_shared<LiteralMatcher>(std::move(*matcher));
  gazetteer.others_ = gazetteer.matcher_;
  std::unordered_map<std::string, int> uses;
  for (const std::string& literal : literals) ++uses[literal];
  gazetteer.shares_alias_.resize(literals.size());
  for (size_t i = 0; i < literals.size(); ++i) gazetteer.shares_alias_[i] = uses[literals[i]] > 1;
  // Two one-byte aliases alike would match the same bytes: then none is
  // found apart.
  bool single_shared = false;
  for (size_t i = 0; i < literals.size(); ++i) {
    if (literals[i].size() != 1 || static_cast<unsigned char>(literals[i][0]) >= 0x80) continue;
    single_shared = single_shared || gazetteer.shares_alias_[i];
    gazetteer.single_.push_back({static_cast<std::uint32_t>(i), literals[i][0]});
    literals[i].clear();  // LiteralMatcher ignores an empty literal and keeps the others' ids
  }
  if (single_shared) gazetteer.single_.clear();
  if (!gazetteer.single_.empty()) {
    auto others = LiteralMatcher::Build(literals);
    if (!others) return tl::unexpected(others.error());
    gazetteer.others_ = std::make_shared<LiteralMatcher>(std::move(*others));
  }
  return gazetteer;
}

std::vector<Gazetteer::Match> Gazetteer::Find(std::string_view text) const {
  FoldedText folded = FoldForMatching(text);
  const std::vector<FoldedText::Piece>& pieces = folded.pieces;
  // Whether folded bytes i - 1 and i were copied from one ASCII run, so that
  // the text has the same two bytes there (up to case).
  // REQUIRES: 0 < i < folded.text.size(), and byte i - 1 or i ASCII
  size_t piece = 0;  // the piece found last: matches come in text order, so it moves a step or two
  auto within_ascii_run = [&](size_t i) {
    while (piece + 1 < pieces.size() && pieces[piece + 1].folded <= i) ++piece;
    while (pieces[piece].folded > i) --piece;
    // A copied piece holding an ASCII byte is an ASCII run (kana and kanji
    // have none).
    return pieces[piece].copied && pieces[piece].folded < i;
  };
  auto ascii_word_byte = AsciiWordByte;
  std::vector<Match> candidates;
  auto consider = [&](std::uint32_t id, size_t start, size_t end) {
    // Most candidates are a short name inside a word (the org "H" in
    // "the"). Where the bytes on both sides of its start or end lie in one
    // ASCII run, the AtBoundary tests below answer from the folded bytes
    // alone: a letter, digit or '_' outside means no boundary.
    if (start > 0 && ascii_word_byte(folded.text[start - 1]) && within_ascii_run(start)) return;
    if (end < folded.text.size() && ascii_word_byte(folded.text[end]) && within_ascii_run(end)) return;
    size_t original_start = folded.OriginalStart(start);
    size_t original_end = folded.OriginalEnd(end);
    // A fold may map several bytes to one code point: only whole code points.
    if (start > 0 && folded.Origin(start - 1) == original_start) return;
    if (end < folded.text.size() && folded.Origin(end) < original_end) return;
    if (!AtBoundary(CodePointBefore(text, original_start), CodePointAt(text, original_start))) return;
    if (!AtBoundary(CodePointAt(text, original_end), CodePointBefore(text, original_end))) return;
    candidates.push_back({&entries_[id], original_start, original_end});
  };
  if (single_.empty()) {
    matcher_->Scan(folded.text, consider);
  } else {
    // Found apart, candidates come in another order than the scan of all
    // aliases at once reports them; sorted, they are in the same order all
    // the same, unless two of them have the same start and end: then
    // std::sort (not stable) orders those as the order they came in leads
    // it. Only entries with the same folded alias (an org and a model
    // family both "mistral") can match the same bytes: at the first
    // candidate of such an entry, the scan stops and the scan of all
    // aliases is made instead, as before.
    bool complete = others_->ScanWhile(folded.text, [&](std::uint32_t id, size_t start, size_t end) {
      size_t before = candidates.size();
      consider(id, start, end);
      return candidates.size() == before || !shares_alias_[id];
    });
    if (complete) {
      for (const SingleByte& single : single_)
        ForEachSingleByteCandidate(folded, single.byte, [&](size_t at) { consider(single.id, at, at + 1); });
    } else {
      candidates.clear();
      matcher_->Scan(folded.text, consider);
    }
  }
  // Longest first at each start, then greedily keep those that do not overlap.
  std::sort(candidates.begin(), candidates.end(), [](const Match& a, const Match& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Match> kept;
  for (const auto& m : candidates) {
    if (!kept.empty() && m.start < kept.back().end) {
      if (m.end - m.start > kept.back().end - kept.back().start && m.start == kept.back().start) kept.back() = m;
      continue;
    }
    kept.push_back(m);
  }
  return kept;
}

const NameEntry* Gazetteer::Lookup(std::string_view name) const { return LookupKey(FoldKey(name)); }

const NameEntry* Gazetteer::LookupKey(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &entries_[it->second];
}

std::vector<NameEntry> GazetteerEntries(const Entities& entities) {
  std::vector<NameEntry> entries;
  for (const auto& alias : entities.Aliases()) {
    NameEntry entry;
    entry.alias = alias.text;
    entry.canonical = alias.canonical;
    entry.needs_context = alias.needs_context;
    if (alias.type == EntityType::kOrg) {
      entry.kind = NameKind::kOrg;
      const Org* company = entities.CompanyOf(alias.canonical);
      if (company && company->name != alias.canonical) entry.company = company->name;
    } else {
      entry.kind = NameKind::kPerson;
    }
    entries.push_back(std::move(entry));
  }
  for (const auto& family : entities.ModelFamilies()) {
    std::string prefix = family.pattern.substr(0, family.pattern.find_first_of("*?"));
    while (!prefix.empty() && (prefix.back() == '-' || prefix.back() == ' ')) prefix.pop_back();
    if (prefix.size() < 2) continue;
    entries.push_back({prefix, NameKind::kModel, prefix, family.org, family.needs_context});
  }
  return entries;
}

Result<Gazetteer> MakeGazetteer(const Entities& entities) { return Gazetteer::Build(GazetteerEntries(entities)); }

}  // namespace labwatch
