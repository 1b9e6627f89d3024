/// Bounds that keep a hostile or broken archive from exhausting memory, disk or time
/// (docs/formats.md, "Zip archives"). Members beyond them are skipped with the reason.
public struct ZipLimits: Sendable, Hashable {
  /// The largest a single member may inflate to.
  public var memberBytes: Int64
  /// The most all members of one input may inflate to together.
  public var totalBytes: Int64
  /// Inflated over compressed size beyond which a member larger than `ratioFloor` is taken
  /// for a bomb: text compresses 5–20 times, a deflate bomb over 1000 times.
  public var ratio: Int64
  public var ratioFloor: Int64
  /// A zip inside a zip is read in memory, so it must be smaller than this.
  public var nestedArchiveBytes: Int64
  /// Zips inside zips inside zips… stop at this depth.
  public var nesting: Int
  /// Central directory entries of one archive.
  public var members: Int

  public init(
    memberBytes: Int64 = 8 << 30, totalBytes: Int64 = 64 << 30, ratio: Int64 = 200,
    ratioFloor: Int64 = 64 << 20, nestedArchiveBytes: Int64 = 512 << 20, nesting: Int = 3,
    members: Int = 1_000_000
  ) {
    self.memberBytes = memberBytes
    self.totalBytes = totalBytes
    self.ratio = ratio
    self.ratioFloor = ratioFloor
    self.nestedArchiveBytes = nestedArchiveBytes
    self.nesting = nesting
    self.members = members
  }
}
