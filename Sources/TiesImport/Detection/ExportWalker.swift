import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Visits every file under the inputs once, in a fixed order, reading only a short prefix
/// of each. Symbolic links are followed, but a folder already visited is not entered again,
/// so link loops end. Zip archives are read in place as folders named after them; device
/// files, FIFOs and sockets are listed, never opened.
public struct ExportWalker {
  public static let prefixLength = 4096
  public var limits: ZipLimits

  public enum Failure: Error, Equatable, CustomStringConvertible {
    case missing(String)

    public var description: String {
      switch self {
      case .missing(let path): return "no such file or folder: '\(path)'"
      }
    }
  }

  public init(limits: ZipLimits = ZipLimits()) { self.limits = limits }

  /// The files under each input, inputs in the order given, files sorted by path inside.
  ///
  /// - Throws: `Failure.missing` when an input does not exist.
  public func walk(_ inputs: [String]) throws -> [ExportEntry] {
    var entries: [ExportEntry] = []
    var visited: Set<String> = []
    let manager = FileManager.default
    // The parts of one download given as separate archives are one input, one tree.
    var partsOf: [String: Int] = [:]
    var budgets: [Int: Int64] = [:]
    for (number, input) in inputs.enumerated() {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
        throw Failure.missing(input)
      }
      if isDirectory.boolValue {
        collect(
          directory: input, display: Self.trimmed(input), components: [], input: number,
          into: &entries, visited: &visited, budgets: &budgets)
      } else if visited.insert(Self.realPath(input)).inserted {
        let name = (input as NSString).lastPathComponent
        var group = number
        if name.lowercased().hasSuffix(".zip") {
          let key =
            (input as NSString).deletingLastPathComponent + "/"
            + ArchiveExpander.folderName(name)
          group = partsOf[key] ?? number
          partsOf[key] = group
        }
        var given = entriesOf(
          path: input, display: input, components: [name], input: group, budgets: &budgets)
        // A plain file the user named is theirs to read by content, whatever its name.
        if given.count == 1, given[0].archive == nil { given[0].namedByUser = true }
        entries.append(contentsOf: given)
      }
    }
    return entries
  }

  private func collect(
    directory: String, display: String, components: [String], input: Int,
    into entries: inout [ExportEntry], visited: inout Set<String>, budgets: inout [Int: Int64]
  ) {
    let real = Self.realPath(directory)
    guard visited.insert(real).inserted else { return }
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
    for name in names.sorted() where !Self.ignored(name) {
      let path = directory + "/" + name
      let shown = display + "/" + name
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        collect(
          directory: path, display: shown, components: components + [name], input: input,
          into: &entries, visited: &visited, budgets: &budgets)
      } else if !visited.insert(Self.realPath(path)).inserted {
        continue  // the same file reached twice (given twice, or through a link): read once
      } else {
        entries.append(
          contentsOf: entriesOf(
            path: path, display: shown, components: components + [name], input: input,
            budgets: &budgets))
      }
    }
  }

  /// The path with every symbolic link resolved, one `realpath(3)` call (Foundation's
  /// `resolvingSymlinksInPath` reads each component's link: 14 calls a file, most of the
  /// walk's time on an export of 300 files); Foundation's answer where that fails.
  static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else {
      return (path as NSString).resolvingSymlinksInPath
    }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The file, or the members of the archive it is.
  ///
  /// `budgets` holds, per input, the bytes its archives may still inflate to: the bound
  /// against zip bombs is for an input as a whole, however many archives it holds.
  func entriesOf(
    path: String, display: String, components: [String], input: Int,
    budgets: inout [Int: Int64]
  ) -> [ExportEntry] {
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
      var entry = ExportEntry(
        path: path, displayPath: display, components: components, size: 0, prefix: [],
        input: input)
      entry.problem = "not a regular file (a device, FIFO or socket): not read"
      return [entry]
    }
    let file = Self.entry(path: path, display: display, components: components, input: input)
    guard file.fileExtension == "zip" || file.prefix.starts(with: [0x50, 0x4B, 0x03, 0x04])
    else { return [file] }
    do {
      let archive = try ZipArchive(path: path, limits: limits)
      var expander = ArchiveExpander(limits: limits, budget: budgets[input])
      var entries: [ExportEntry] = []
      var folder = components
      folder[folder.count - 1] = ArchiveExpander.folderName(file.name)
      expander.expand(
        archive, display: display, components: folder, input: input, depth: 1, into: &entries)
      budgets[input] = expander.budget
      return entries
    } catch {
      var entry = file
      entry.problem = "not a readable zip archive: \(error)"
      return [entry]
    }
  }

  static func entry(path: String, display: String, components: [String], input: Int)
    -> ExportEntry
  {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return ExportEntry(
        path: path, displayPath: display, components: components, size: -1, prefix: [],
        input: input)
    }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
    try? handle.seek(toOffset: 0)
    let prefix = (try? handle.read(upToCount: prefixLength)).map { [UInt8]($0) } ?? []
    return ExportEntry(
      path: path, displayPath: display, components: components, size: size, prefix: prefix,
      input: input)
  }

  /// Folders and files that operating systems add to archives.
  static func ignored(_ name: String) -> Bool {
    name == ".DS_Store" || name == "__MACOSX" || name == "Thumbs.db" || name.hasPrefix("._")
  }

  static func trimmed(_ path: String) -> String {
    var text = path
    while text.count > 1, text.hasSuffix("/") { text.removeLast() }
    return text
  }
}
