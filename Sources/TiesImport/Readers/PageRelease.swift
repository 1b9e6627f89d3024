/// Hands the pages of a mapped file back to the kernel behind a scan (`JSONFile.mapped`),
/// so a file that grows with the account is read with flat resident memory. A value, not a
/// closure, so that readers can pass it into their scanner callbacks.
struct PageRelease {
  /// Nil for bytes held in memory (a zip member): there is nothing to hand back.
  let file: MappedFile?
  /// The offset in the file of the bytes the offsets given are counted from.
  var base = 0

  /// Releases the pages before `offset`; no pointer into the bytes before it may be kept.
  func callAsFunction(_ offset: Int) {
    file?.release(before: base + offset)
  }

  /// The same release for offsets counted from `offset` on (a scanner started after a
  /// JavaScript wrapper).
  func counting(from offset: Int) -> PageRelease {
    PageRelease(file: file, base: base + offset)
  }
}
