// Byte searches the JSON readers run over every string of a file, sixteen bytes at a time
// with SSE2 where the compiler targets it (every x86-64), a byte at a time elsewhere.
// Static inline, so that Swift inlines them into the scanner's loops: Swift's own SIMD
// types compiled these to a loop per lane, four times slower than eight-byte words.
#ifndef TIES_BYTE_SCAN_H
#define TIES_BYTE_SCAN_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The index of the first byte at or after `from` that is a quote or a backslash, or
/// `count` when there is none.
static inline size_t ties_find_quote_or_backslash(
    const uint8_t *bytes, size_t from, size_t count) {
  size_t index = from;
#if defined(__SSE2__)
  const __m128i quotes = _mm_set1_epi8('"');
  const __m128i backslashes = _mm_set1_epi8('\\');
  while (index + 16 <= count) {
    __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
    int hits = _mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(chunk, quotes), _mm_cmpeq_epi8(chunk, backslashes)));
    if (hits != 0) return index + (size_t)__builtin_ctz((unsigned)hits);
    index += 16;
  }
#endif
  for (; index < count; index++) {
    if (bytes[index] == '"' || bytes[index] == '\\') return index;
  }
  return count < from ? from : count;
}

/// The index of the first byte at or after `from` that is not ASCII or is a backslash, or
/// `count` when there is none.
static inline size_t ties_find_non_ascii_or_backslash(
    const uint8_t *bytes, size_t from, size_t count) {
  size_t index = from;
#if defined(__SSE2__)
  const __m128i backslashes = _mm_set1_epi8('\\');
  while (index + 16 <= count) {
    __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
    int hits = _mm_movemask_epi8(chunk)
        | _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, backslashes));
    if (hits != 0) return index + (size_t)__builtin_ctz((unsigned)hits);
    index += 16;
  }
#endif
  for (; index < count; index++) {
    if (bytes[index] >= 0x80 || bytes[index] == '\\') return index;
  }
  return count < from ? from : count;
}

#endif
