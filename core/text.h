// core/text.h
//
// Text helpers shared by projections and output. Names are matched by a
// fold key: NFKC-normalized, accents removed, case-folded, white space
// collapsed, so "Timothée  Lacroix" and "timothee lacroix" are one person.
// Japanese script is kept as it is (NFKC turns half-width katakana into
// full-width); aliases across scripts are the entity configuration's job.
//
// Pure and thread-safe.

#pragma once

#include <string>
#include <string_view>

namespace labwatch {

// The match key of a name. ASCII names take a fast path.
std::string FoldKey(std::string_view name);

// Columns `text` takes in a terminal: East Asian wide characters count two,
// combining marks zero.
int DisplayWidth(std::string_view text);

// Appends `text`, each byte that starts no well-formed sequence replaced by
// U+FFFD: what every string of a stored event is (see core/json_writer.h).
void AppendValidUtf8(std::string_view text, std::string* out);

}  // namespace labwatch
