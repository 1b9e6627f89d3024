#if canImport(Glibc)
  import Glibc
#endif

/// How the process's allocator should treat large blocks, set once by the executables.
///
/// glibc serves blocks above a threshold with their own mappings and returns them on free,
/// but raises that threshold each time such a block is freed (up to 32 MiB), so that later
/// buffers of a few MiB (a page of JSON, a chat's records) come from the heap and stay
/// resident after use. Pinning the threshold at 4 MiB keeps every large buffer returnable:
/// on the 5 GB mixed export it lowered peak memory by about 14% at no measurable cost in
/// time (docs/performance.md).
public enum MemoryPolicy {
  public static let mappedBlockThreshold: Int32 = 4 << 20

  public static func apply() {
    #if canImport(Glibc)
      _ = glibcMallopt(mmapThreshold, mappedBlockThreshold)
    #endif
  }

  /// Hands free pages of every allocator arena back to the system, between phases: the
  /// import leaves freed blocks scattered through the arenas of the threads that read, and
  /// glibc returns only the top of each by itself (about 7% of the 5 GB export's peak).
  public static func releaseFreePages() {
    #if canImport(Glibc)
      _ = glibcMallocTrim(0)
    #endif
  }

  #if canImport(Glibc)
    /// `M_MMAP_THRESHOLD` of `<malloc.h>`, which the Glibc module does not bring in.
    private static let mmapThreshold: Int32 = -3
  #endif
}

#if canImport(Glibc)
  @_silgen_name("mallopt")
  private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

#if canImport(Glibc)
  @_silgen_name("malloc_trim")
  private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
