// The searches are static inline in include/byte_scan.h; this file gives the target the
// translation unit SwiftPM builds it from.
#include "byte_scan.h"
