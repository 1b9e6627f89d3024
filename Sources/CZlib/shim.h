#ifndef TIES_CZLIB_SHIM_H
#define TIES_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro, which Swift cannot call; zip members are raw deflate (no zlib
// header), hence the negative window size.
static inline int ties_inflateInitRaw(z_streamp stream) {
  return inflateInit2(stream, -MAX_WBITS);
}

#endif
