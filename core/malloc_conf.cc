// core/malloc_conf.cc
//
// jemalloc's options, compiled into every binary that allocates with it
// (labwatch_malloc in CMakeLists.txt): jemalloc reads the executable's
// `malloc_conf` when it starts, and MALLOC_CONF in the environment still
// overrides it.
//
// thp:always asks the kernel for transparent huge pages under jemalloc's
// arenas. A rebuild holds hundreds of megabytes in millions of small
// blocks; in 4 KB pages that is one page fault per 4 KB touched (112,000
// for 1M events), and on a virtual machine each fault is an exit to the
// host as well. In 2 MB pages it is a few thousand: bench/README.md,
// "rebuild, thirteenth round", has the figures, and what it costs in
// memory.

extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc's name and type
const char* malloc_conf = "thp:always";
}
