#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs that have their own main (SwiftPM gives every executable
/// target a `<module>_main` entry point, so libFuzzer's own main is not used).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
