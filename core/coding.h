// core/coding.h
//
// Byte-level encoding for persisted projection state: little-endian varints
// and length-prefixed strings, as leveldb's util/coding.h. Projection state
// is a cache of the log (rebuildable at any time), so this encoding may
// change with a projection's version. The log's binary records
// (core/event_record.h) use the same varints under a spec of their own that
// never changes.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace labwatch {

// Inline: a commit encodes tens of millions of them. A value of one byte
// is a push_back; a longer one is written out whole, then appended once.
inline void PutVarint(std::string* out, std::uint64_t value) {
  if (value < 0x80) {
    out->push_back(static_cast<char>(value));
    return;
  }
  char bytes[10];
  size_t n = 0;
  while (value >= 0x80) {
    bytes[n++] = static_cast<char>(value | 0x80);
    value >>= 7;
  }
  bytes[n++] = static_cast<char>(value);
  out->append(bytes, n);
}
inline void PutSignedVarint(std::string* out, std::int64_t value) {  // zig-zag
  PutVarint(out, (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}
inline void PutString(std::string* out, std::string_view value) {
  PutVarint(out, value.size());
  out->append(value);
}
// Eight bytes, little-endian: for values whose high bits are set, such as a
// double's (a varint of 0.9's bits takes ten bytes).
void PutFixed64(std::string* out, std::uint64_t value);
void PutBigEndian64(std::string* out, std::uint64_t value);  // sorts like the number
std::uint64_t GetBigEndian64(std::string_view bytes);        // REQUIRES: size() >= 8

// Reads what the Put functions wrote. After the first failure every read
// fails and ok() is false, so a decoder reads everything and checks once.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : rest_(bytes) {}

  std::uint64_t Varint();
  std::int64_t SignedVarint();
  std::uint64_t Fixed64();
  std::string String();
  // A length-prefixed string, as String, but viewed in place.
  std::string_view View();
  // What is left to read.
  std::string_view rest() const { return rest_; }
  bool Bool() { return Varint() != 0; }

  bool ok() const { return ok_; }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace labwatch
