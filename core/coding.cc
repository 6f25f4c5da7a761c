#include "core/coding.h"

namespace labwatch {

void PutFixed64(std::string* out, std::uint64_t value) {
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>(value >> (8 * i));
  out->append(bytes, 8);
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

std::uint64_t ByteReader::Fixed64() {
  if (!ok_ || rest_.size() < 8) {
    ok_ = false;
    return 0;
  }
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(rest_[static_cast<size_t>(i)]);
  rest_.remove_prefix(8);
  return value;
}

std::string ByteReader::String() { return std::string(View()); }

std::string_view ByteReader::View() {
  std::uint64_t size = Varint();
  if (!ok_ || size > rest_.size()) {
    ok_ = false;
    return {};
  }
  std::string_view value = rest_.substr(0, size);
  rest_.remove_prefix(size);
  return value;
}

}  // namespace labwatch
