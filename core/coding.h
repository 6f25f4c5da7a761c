// core/coding.h
//
// Byte-level encoding for persisted projection state: little-endian varints
// and length-prefixed strings, as leveldb's util/coding.h. Projection state
// is a cache of the log (rebuildable at any time), so this encoding may
// change with a projection's version; the log itself is JSON
// (core/event_codec.h).

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace labwatch {

void PutVarint(std::string* out, std::uint64_t value);
void PutSignedVarint(std::string* out, std::int64_t value);  // zig-zag
void PutString(std::string* out, std::string_view value);
void PutBigEndian64(std::string* out, std::uint64_t value);  // sorts like the number
std::uint64_t GetBigEndian64(std::string_view bytes);        // REQUIRES: size() >= 8

// Reads what the Put functions wrote. After the first failure every read
// fails and ok() is false, so a decoder reads everything and checks once.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : rest_(bytes) {}

  std::uint64_t Varint();
  std::int64_t SignedVarint();
  std::string String();
  bool Bool() { return Varint() != 0; }

  bool ok() const { return ok_; }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace labwatch
