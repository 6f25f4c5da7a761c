// core/event_record.h
//
// How the log stores an event. An event of a type and version this build
// writes is stored as a compact binary record: a marker byte, then its
// fields in a fixed order (varints, length-prefixed strings), so reading it
// back is a walk over bytes rather than a JSON parse. Any other event (an
// unknown type, a newer version, kept from an import) is stored as the JSON
// of core/event_codec.h. A reader tells the two apart by the first byte,
// so logs written before the binary form read as they always did.
//
// Both forms decode to the same Event: DecodeRecord(EncodeRecord(e)) and
// DecodeEvent(EncodeEvent(e)) agree for every e, errors included
// (tests/core/event_record_test.cc holds them to it). docs/event-format.md
// ("Records in the log") is the spec. Export and import stay JSON.
//
// Pure and thread-safe.

#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "core/event.h"

namespace labwatch {

// The first byte of a binary record. A JSON record starts with '{'.
inline constexpr char kBinaryRecordMarker = '\x01';

// The first byte of a page: the records of one append, stored together
// (store/rocksdb_event_log.cc). Never a record's: a page whose records
// cannot be cut out of it is passed on whole, and DecodeRecord says so.
inline constexpr char kPageMarker = '\x02';

// True when EncodeRecord stores `event` in binary: a known type, its own
// name, a version from 1 to the current one, and the payload of its type.
bool HasBinaryForm(const Event& event);

// Appends the stored form of `event` to `out`.
void EncodeRecord(const Event& event, std::string* out);

inline std::string EncodeRecord(const Event& event) {
  std::string out;
  EncodeRecord(event, &out);
  return out;
}

// Decodes a stored record of either form. kCorruption names the field that
// is missing, malformed or cut short ("data.person: truncated").
Result<Event> DecodeRecord(std::string_view record);

// DecodeRecord into `event`, whatever it held, keeping its strings' buffers
// (see DecodeEventInto). On an error `event` holds a partial decode.
Result<void> DecodeRecordInto(std::string_view record, Event& event);

}  // namespace labwatch
