#include <jemalloc/jemalloc.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace labwatch {
namespace {

std::string Option(const char* name) {
  const char* value = nullptr;
  size_t size = sizeof value;
  if (mallctl(name, &value, &size, nullptr, 0) != 0 || value == nullptr) return "(unreadable)";
  return value;
}

// A binary linked like labwatch (labwatch_malloc) runs with the options of
// core/malloc_conf.cc, unless MALLOC_CONF says otherwise.
TEST(MallocConf, BinariesAskForHugePages) {
  if (const char* env = std::getenv("MALLOC_CONF"); env != nullptr && *env != '\0')
    GTEST_SKIP() << "MALLOC_CONF is set: " << env;
  EXPECT_EQ(Option("opt.thp"), "always");
}

}  // namespace
}  // namespace labwatch
