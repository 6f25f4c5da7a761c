#include "core/coding.h"

namespace labwatch {

void PutVarint(std::string* out, std::uint64_t value) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>(value | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

void PutSignedVarint(std::string* out, std::int64_t value) {
  PutVarint(out, (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}

void PutString(std::string* out, std::string_view value) {
  PutVarint(out, value.size());
  out->append(value);
}

void PutBigEndian64(std::string* out, std::uint64_t value) {
  for (int shift = 56; shift >= 0; shift -= 8) out->push_back(static_cast<char>(value >> shift));
}

std::uint64_t GetBigEndian64(std::string_view bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

std::uint64_t ByteReader::Varint() {
  std::uint64_t value = 0;
  for (int shift = 0; ok_ && shift <= 63; shift += 7) {
    if (rest_.empty()) break;
    auto byte = static_cast<unsigned char>(rest_.front());
    rest_.remove_prefix(1);
    value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if (byte < 0x80) return value;
  }
  ok_ = false;
  return 0;
}

std::int64_t ByteReader::SignedVarint() {
  std::uint64_t raw = Varint();
  return static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
}

std::string ByteReader::String() {
  std::uint64_t size = Varint();
  if (!ok_ || size > rest_.size()) {
    ok_ = false;
    return {};
  }
  std::string value(rest_.substr(0, size));
  rest_.remove_prefix(size);
  return value;
}

}  // namespace labwatch
