#include "ingest/literal_matcher.h"

#include <algorithm>
#include <atomic>

#include <hs/hs.h>

namespace labwatch {

struct LiteralMatcher::Database {
  hs_database_t* db = nullptr;
  // Tells databases apart for the per-thread scratch (an address may be reused).
  std::uint64_t serial = 0;
  ~Database() { hs_free_database(db); }
};

namespace {
std::atomic<std::uint64_t> next_serial{1};
}  // namespace

LiteralMatcher::~LiteralMatcher() = default;
LiteralMatcher::LiteralMatcher(LiteralMatcher&&) noexcept = default;
LiteralMatcher& LiteralMatcher::operator=(LiteralMatcher&&) noexcept = default;

Result<LiteralMatcher> LiteralMatcher::Build(const std::vector<std::string>& literals) {
  LiteralMatcher matcher;
  matcher.database_ = std::make_unique<Database>();
  matcher.database_->serial = next_serial++;
  std::vector<const char*> expressions;
  std::vector<size_t> lengths;
  std::vector<unsigned> ids, flags;
  for (size_t i = 0; i < literals.size(); ++i) {
    matcher.lengths_.push_back(static_cast<std::uint32_t>(literals[i].size()));
    if (literals[i].empty()) continue;
    expressions.push_back(literals[i].data());
    lengths.push_back(literals[i].size());
    ids.push_back(static_cast<unsigned>(i));
    flags.push_back(0);
  }
  if (expressions.empty()) return matcher;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                           &matcher.database_->db, &error) != HS_SUCCESS) {
    std::string message = error && error->message ? error->message : "unknown error";
    hs_free_compile_error(error);
    return MakeError(ErrorCode::kInvalidArgument, "cannot compile " + std::to_string(expressions.size()) +
                                                      " names for matching: " + message);
  }
  return matcher;
}

namespace {

// This thread's scratch, ready for `database`; nullptr if Hyperscan could
// not allocate it.
//
// hs_alloc_scratch costs tens of microseconds even when the scratch fits,
// more than scanning an article: call it only for a database this thread
// has not scanned with yet. A scratch grown for several databases serves
// each of them, so the extractor's word lists and the gazetteer share one.
hs_scratch_t* ScratchFor(const hs_database_t* database, std::uint64_t serial) {
  thread_local hs_scratch_t* scratch = nullptr;
  thread_local std::vector<std::uint64_t> prepared_for;
  // The database scanned last, most often the one asked for again (an
  // article's text and then its title): no search of `prepared_for`.
  thread_local std::uint64_t last = 0;
  if (serial == last) return scratch;
  if (std::find(prepared_for.begin(), prepared_for.end(), serial) == prepared_for.end()) {
    if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) return nullptr;
    prepared_for.push_back(serial);
  }
  last = serial;
  return scratch;
}

}  // namespace

bool LiteralMatcher::ScanWith(std::string_view text, Callback callback, void* match) const {
  if (!database_ || !database_->db || text.empty()) return true;
  hs_scratch_t* scratch = ScratchFor(database_->db, database_->serial);
  if (!scratch) return true;
  struct Context {
    const std::uint32_t* lengths;
    Callback callback;
    void* match;
  } context{lengths_.data(), callback, match};
  hs_error_t result = hs_scan(
      database_->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
      [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* user) -> int {
        auto* c = static_cast<Context*>(user);
        size_t end = static_cast<size_t>(to);
        return c->callback(c->match, id, end - c->lengths[id], end) ? 0 : 1;
      },
      &context);
  return result != HS_SCAN_TERMINATED;
}

}  // namespace labwatch
