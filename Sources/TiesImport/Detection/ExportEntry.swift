/// One file met by the walker, with the first bytes that recognizers may look at: a file of
/// the file system, or a member of a zip archive read in place.
public struct ExportEntry: Sendable, Hashable {
  /// Where to open it: a file path, or for a zip member the archive's path and its name.
  public var path: String
  /// How reports name it: the input as given, joined with the path inside it.
  public var displayPath: String
  /// Path components below the input root, the file name last.
  public var components: [String]
  public var size: Int
  /// Up to `ExportWalker.prefixLength` bytes from the start of the file.
  public var prefix: [UInt8]
  /// Which input of the run the file came from.
  public var input: Int
  /// The archive holding the file, and its entry there; nil for a plain file.
  public var archive: ZipArchive?
  public var member: ZipMember?
  /// Why the file cannot be read at all (a device file, an unsafe or encrypted zip member,
  /// a bound against zip bombs), found before any reader sees it.
  public var problem: String?
  /// The file was named on the command line itself, not found in a folder or an archive:
  /// recognizers read it by its content whatever its name or extension.
  public var namedByUser = false

  public init(
    path: String, displayPath: String, components: [String], size: Int, prefix: [UInt8],
    input: Int = 0
  ) {
    self.input = input
    self.path = path
    self.displayPath = displayPath
    self.components = components
    self.size = size
    self.prefix = prefix
  }

  public var name: String { components.last ?? "" }

  /// The file's bytes from the start: the file, or the member inflated as it is read.
  public func open() throws -> ByteStream {
    if let archive, let member { return try archive.open(member) }
    return try FileByteStream(path: path)
  }

  public static func == (lhs: ExportEntry, rhs: ExportEntry) -> Bool {
    lhs.path == rhs.path && lhs.displayPath == rhs.displayPath && lhs.input == rhs.input
      && lhs.size == rhs.size && lhs.prefix == rhs.prefix && lhs.problem == rhs.problem
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(path)
    hasher.combine(displayPath)
    hasher.combine(input)
  }

  /// The lower-cased extension without the dot.
  public var fileExtension: String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  /// The name without its extensions: `message_1` of `message_1.html`.
  public var stem: String { String(name.prefix { $0 != "." }) }

  /// An HTML page by extension and first bytes.
  public var looksLikeHTML: Bool {
    (fileExtension == "html" || fileExtension == "htm")
      && (prefixContains("<html") || prefixContains("<HTML") || prefixContains("<!DOCTYPE")
        || prefixContains("<!doctype"))
  }

  /// The folder names above the file, nearest last.
  public var folders: ArraySlice<String> { components.dropLast() }

  /// The prefix as text, with a leading byte-order mark and white space dropped.
  public var prefixText: String {
    var bytes = prefix[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether the first bytes hold the text, compared as UTF-8 bytes: Foundation's
  /// `String.contains` is slow on Linux, and recognizers ask dozens of times per file.
  public func prefixContains(_ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard let first = needle.first, needle.count <= prefix.count else { return needle.isEmpty }
    var index = 0
    let last = prefix.count - needle.count
    while index <= last {
      if prefix[index] == first {
        var offset = 1
        while offset < needle.count, prefix[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      index += 1
    }
    return false
  }
}
