#ifndef TIES_CFUZZDRIVER_H
#define TIES_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry point for programs that keep their own main (libclang_rt.fuzzer_no_main).
// Only `scripts/fuzz` builds link it; ordinary builds never call it.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
