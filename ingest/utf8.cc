#include "ingest/utf8.h"

#include <unicode/utf8.h>

namespace labwatch {

int32_t Utf8AtSlow(std::string_view s, size_t i, size_t* size) {
  auto offset = static_cast<int32_t>(i);
  int32_t c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), c);
  *size = static_cast<size_t>(offset) - i;
  return c;
}

int32_t Utf8BeforeSlow(std::string_view s, size_t i, size_t* size) {
  auto offset = static_cast<int32_t>(i);
  int32_t c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, offset, c);
  *size = i - static_cast<size_t>(offset);
  return c;
}

}  // namespace labwatch
