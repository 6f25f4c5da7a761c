// core/error.h
//
// The error vocabulary of labwatch. Every function that can fail returns a
// Result<T>: either a value or an Error, which is an ErrorCode plus a
// message that names the source and place ("events.jsonl:12: data.person:
// missing"). A code exists only because some caller branches on it;
// everything else goes in the message.
//
// Result is tl::expected today. Use only what std::expected also offers
// (has_value, operator bool, value, error, operator*, and_then, or_else,
// transform) and build errors only through MakeError, so the move to
// std::expected is a one-header change.
//
// Error values are plain data: safe to copy and to pass between threads.

#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <tl/expected.hpp>

namespace labwatch {

enum class ErrorCode {
  kNotFound,         // the thing asked for does not exist
  kCorruption,       // stored or supplied bytes do not decode
  kInvalidArgument,  // the caller (or the user) asked for something malformed
  kIOError,          // the operating system or a library failed
  kConflict,         // the request clashes with what is already recorded
  kUnavailable,      // try again later: a lock is held, a server is down
};

// Returns "not found", "corruption", ... for messages.
std::string_view ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;

  // "corruption: event 12: data.person: missing"
  std::string ToString() const;
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> MakeError(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}

// Returns `error` with `context` and ": " put before its message, keeping its
// code: WithContext(e, "events.jsonl:12") gives "events.jsonl:12: <message>".
inline tl::unexpected<Error> WithContext(Error error, std::string_view context) {
  error.message = std::string(context) + ": " + error.message;
  return tl::unexpected<Error>(std::move(error));
}

}  // namespace labwatch
