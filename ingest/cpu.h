// ingest/cpu.h
//
// Whether the text scans (ingest/fold.cc, ingest/sentences.cc,
// ingest/gazetteer.cc) take thirty-two bytes at a time with AVX2, or
// sixteen with SSE2, which every x86-64 processor has. Asked once per
// process from the processor; each scan gives the same answer either way.
//
// Tests turn AVX2 off to run the SSE2 code on a machine that has AVX2, and
// compare the answers (tests/ingest/cpu_paths_test.cc).

#pragma once

namespace labwatch {

// Whether to use AVX2: the processor has it, unless turned off for tests.
bool UseAvx2();

// For tests: `false` makes UseAvx2 answer false; `true` restores the
// processor's answer. Not thread-safe against scans in other threads.
void SetAvx2ForTesting(bool allowed);

}  // namespace labwatch
