#include "ingest/cpu.h"

#include <atomic>

namespace labwatch {
namespace {

std::atomic<bool> allowed{true};

}  // namespace

bool UseAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has && allowed.load(std::memory_order_relaxed);
}

void SetAvx2ForTesting(bool allow) { allowed.store(allow, std::memory_order_relaxed); }

}  // namespace labwatch
