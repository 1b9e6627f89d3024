import TiesCore

/// Turns a zip archive into entries for its members, as if it were a folder named after the
/// archive: `WhatsApp Chat - Anna.zip` reads like the folder `WhatsApp Chat - Anna/`. Zips
/// inside zips are opened in memory. Every bound of `ZipLimits` holds for one input as a
/// whole; what passes a bound becomes an entry with the reason, never a silent gap.
struct ArchiveExpander {
  let limits: ZipLimits
  /// Bytes the input's archives may still inflate to.
  private(set) var budget: Int64

  /// `budget` is what the input's earlier archives left of `limits.totalBytes`.
  init(limits: ZipLimits, budget: Int64? = nil) {
    self.limits = limits
    self.budget = budget ?? limits.totalBytes
  }

  /// The folder name an archive stands for: its name without `.zip` and without the part
  /// marker of a download split in several archives (`-part2`, `_part_3`, ` (2)`), so that
  /// the parts of one download read as one tree.
  static func folderName(_ fileName: String) -> String {
    var stem = Substring(fileName)
    if stem.lowercased().hasSuffix(".zip") { stem = stem.dropLast(4) }
    func isNumber(_ text: Substring) -> Bool {
      !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
    if stem.last == ")", let open = stem.lastIndex(of: "("), open > stem.startIndex,
      isNumber(stem[stem.index(after: open)..<stem.index(before: stem.endIndex)])
    {
      return String(stem[..<open]).trimmingWhitespace()
    }
    let digits = stem.reversed().prefix { $0.isASCII && $0.isNumber }.count
    guard digits > 0 else { return String(stem) }
    var head = stem.dropLast(digits)
    if let last = head.last, "-_ ".contains(last) { head = head.dropLast() }
    guard head.lowercased().hasSuffix("part") else { return String(stem) }
    head = head.dropLast(4)
    if let last = head.last, "-_ .".contains(last) { head = head.dropLast() }
    return head.isEmpty ? String(stem) : String(head)
  }

  mutating func expand(
    _ archive: ZipArchive, display: String, components: [String], input: Int, depth: Int,
    into entries: inout [ExportEntry]
  ) {
    let members = archive.members.filter { !$0.isDirectory }.sorted { $0.name < $1.name }
    for member in members {
      let inner = member.components
      if inner.contains(where: ExportWalker.ignored) { continue }
      let shown = display + "/" + member.name
      var entry = ExportEntry(
        path: shown, displayPath: shown, components: components + inner,
        size: Int(clamping: member.size), prefix: [], input: input)
      entry.archive = archive
      entry.member = member
      if let problem = member.problem {
        entry.problem = problem
      } else if member.size > budget {
        entry.problem =
          "the archives of this input would inflate past \(limits.totalBytes) bytes: not read"
      } else if member.name.lowercased().hasSuffix(".zip") {
        budget -= member.size
        if nested(
          archive, member, display: shown, components: components + inner, input: input,
          depth: depth, into: &entries)
        {
          continue
        }
        entry.problem =
          "zip inside a zip deeper than \(limits.nesting) levels, or larger than \(limits.nestedArchiveBytes) bytes: not read"
      } else {
        budget -= member.size
        var prefix = [UInt8](repeating: 0, count: ExportWalker.prefixLength)
        var filled = 0
        do {
          let stream = try archive.open(member)
          let (count, failure) = prefix.withUnsafeMutableBytes { stream.fill($0) }
          filled = count
          if let failure { throw failure }
        } catch {
          // A member that fails further on (a bad CRC at its end) is still offered to the
          // readers, which read it as far as it goes and say where it failed.
          if filled == 0 { entry.problem = "cannot be read from the archive: \(error)" }
        }
        entry.prefix = Array(prefix[0..<filled])
      }
      entries.append(entry)
    }
  }

  /// Opens a zip member that is itself a zip; false when it may not be opened.
  private mutating func nested(
    _ archive: ZipArchive, _ member: ZipMember, display: String, components: [String],
    input: Int, depth: Int, into entries: inout [ExportEntry]
  ) -> Bool {
    guard depth < limits.nesting, member.size <= limits.nestedArchiveBytes else { return false }
    var folder = components
    folder[folder.count - 1] = Self.folderName(folder[folder.count - 1])
    do {
      let bytes = try archive.open(member).readAll(limit: Int(limits.nestedArchiveBytes))
      let inner = try ZipArchive(bytes: bytes, limits: limits)
      expand(
        inner, display: display, components: folder, input: input, depth: depth + 1, into: &entries)
    } catch {
      var entry = ExportEntry(
        path: display, displayPath: display, components: components,
        size: Int(clamping: member.size),
        prefix: [], input: input)
      entry.problem = "not a readable zip archive: \(error)"
      entries.append(entry)
    }
    return true
  }
}
