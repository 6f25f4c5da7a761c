#include "core/event_log.h"

#include <string>

#include "core/event_record.h"

namespace labwatch {

Result<Sequence> EventLog::ReadFrom(Sequence after,
                                    const std::function<bool(Sequence, Result<Event>&)>& visit) const {
  return ReadRecords(after, [&](Sequence seq, std::string_view record) {
    auto event = DecodeRecord(record);
    if (!event) event = WithContext(event.error(), "event " + std::to_string(seq));
    return visit(seq, event);
  });
}

Result<Event> ReadEvent(const EventLog& log, std::string_view id) {
  auto seq = log.Find(id);
  if (!seq) return tl::unexpected(seq.error());
  std::optional<Result<Event>> found;
  auto read = log.ReadFrom(*seq - 1, [&](Sequence, const Result<Event>& event) {
    found = event;
    return false;
  });
  if (!read) return tl::unexpected(read.error());
  if (!found) return MakeError(ErrorCode::kNotFound, "no event " + std::string(id));
  return std::move(*found);
}

}  // namespace labwatch
