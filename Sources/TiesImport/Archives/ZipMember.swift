/// One entry of a zip archive's central directory.
public struct ZipMember: Sendable, Hashable {
  /// The path inside the archive, `/`-separated, as it will be shown.
  public var name: String
  public var method: UInt16
  public var flags: UInt16
  public var crc: UInt32
  public var compressedSize: Int64
  public var size: Int64
  public var headerOffset: Int64
  public var isDirectory: Bool
  /// Why the member is not read (encrypted, unknown compression, an unsafe name, a bound),
  /// or nil when it can be.
  public var problem: String?

  /// Path components of the name.
  public var components: [String] { name.split(separator: "/").map(String.init) }

  /// The name, made safe to show and to treat as a path below the archive, or nil when it
  /// climbs out of it (`../x`), starts at a root (`/etc/x`, `C:\x`) or holds a NUL.
  static func safeName(_ raw: String) -> String? {
    let slashed = raw.replacingOccurrences(of: "\\", with: "/")
    if slashed.hasPrefix("/") || slashed.contains("\0") { return nil }
    let scalars = Array(slashed.unicodeScalars.prefix(2))
    if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return nil }
    var parts: [Substring] = []
    for part in slashed.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." { return nil }
      parts.append(part)
    }
    return parts.isEmpty ? nil : parts.joined(separator: "/")
  }
}
