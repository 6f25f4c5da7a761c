// core/event_codec.h
//
// The JSON form of an event: a compact JSON object, written by export
// (which adds "seq" in front) and stored in the log for what has no binary
// record (core/event_record.h). docs/event-format.md is the
// spec; field names and type names there never change meaning. Decoding is
// strict about the fields a known type needs and keeps an unknown type or a
// newer version whole (see core/event.h).
//
// Functions here are pure and thread-safe (each thread keeps its own parser).

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/event.h"

namespace labwatch {

// Appends `event` as one line of JSON (no newline) to `out`. With `seq`,
// writes "seq" first: the export form.
void EncodeEvent(const Event& event, std::optional<std::uint64_t> seq, std::string* out);

inline std::string EncodeEvent(const Event& event) {
  std::string out;
  EncodeEvent(event, std::nullopt, &out);
  return out;
}

// Decodes one JSON object; a "seq" member is ignored. kCorruption names the
// field that is missing or malformed ("data.person: expected a string").
Result<Event> DecodeEvent(std::string_view json);

// DecodeEvent into `event`, whatever it held: every field is assigned, and
// its strings keep their buffers, so a reader that decodes a million events
// into a few allocates little. On an error `event` holds a partial decode.
Result<void> DecodeEventInto(std::string_view json, Event& event);

}  // namespace labwatch
