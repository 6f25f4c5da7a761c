// core/json_writer.h
//
// A small streaming JSON writer for the hot paths (event encoding, export).
// simdjson, our parser, has no serializer in Debian 12's version, and
// building an nlohmann::json tree per event costs several times the encoding
// itself. Output is compact and always valid UTF-8: invalid input bytes are
// replaced by U+FFFD.
//
// Not thread-safe; one writer per output string.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace labwatch {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view value);
  void Int(std::int64_t value);
  void Double(double value);
  void Bool(bool value);
  void Null();
  // Writes `json` as a value, unchanged. REQUIRES: valid JSON.
  void Raw(std::string_view json);

  // Convenience for the common "key": "string" pair.
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }

 private:
  void BeforeValue();

  std::string* out_;
  bool need_comma_ = false;
};

// Appends `text` to `out` as a quoted JSON string.
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace labwatch
