import Foundation
import TiesCore

/// One chat of a Telegram HTML export (formats/others.md §4.3): `messages.html` and the
/// pages `messages2.html`, `messages3.html`, … beside it (files, or members of the same zip),
/// read in order as one chat, so that who writes across all pages decides between a group
/// and a one-to-one chat. A later page is read on its own only when a page before it is
/// missing.
struct TelegramHTMLReader {
  let zone: ZoneOffsets?

  /// 1 for `messages.html`, N for `messagesN.html`.
  static func pageNumber(_ name: String) -> Int {
    Int(name.dropFirst("messages".count).dropLast(".html".count)) ?? 1
  }

  static func pageName(_ number: Int) -> String {
    number == 1 ? "messages.html" : "messages\(number).html"
  }

  /// Whether this page is read with the chat's first page instead of on its own.
  static func isReadWithFirstPage(_ entry: ExportEntry) -> Bool {
    let number = pageNumber(entry.name)
    // Past a hundred thousand pages (a hundred million messages) the name is not the exporter's.
    guard number > 1, number <= 100_000 else { return false }
    // The first page reads on while the next page exists: this one only if none is missing.
    return (1..<number).allSatisfy { sibling(of: entry, named: pageName($0)) != nil }
  }

  /// Another file of the entry's folder, in the file system or in the entry's archive.
  static func sibling(of entry: ExportEntry, named name: String) -> ExportEntry? {
    var sibling = entry
    sibling.components[sibling.components.count - 1] = name
    sibling.displayPath = String(entry.displayPath.dropLast(entry.name.count)) + name
    if let archive = entry.archive, let member = entry.member {
      let target = String(member.name.dropLast(entry.name.count)) + name
      guard let found = archive.members.first(where: { $0.name == target && $0.problem == nil })
      else { return nil }
      sibling.member = found
      sibling.size = Int(clamping: found.size)
      return sibling
    }
    sibling.path = (entry.path as NSString).deletingLastPathComponent + "/" + name
    return FileManager.default.fileExists(atPath: sibling.path) ? sibling : nil
  }

  /// The first page, then `messages2.html`, `messages3.html`, … while they exist.
  private static func pages(from entry: ExportEntry) -> [ExportEntry] {
    var pages = [entry]
    guard pageNumber(entry.name) == 1 else { return pages }
    while let next = sibling(of: entry, named: Self.pageName(pages.count + 1)) {
      pages.append(next)
    }
    return pages
  }

  func read(_ entry: ExportEntry, into sink: inout FileSink) {
    var state = TelegramHTMLChat(
      path: entry.displayPath, zone: zone, sink: sink,
      scope: entry.components.dropLast().joined(separator: "/"))
    // The state fills the file's sink from here on; the caller's takes it back at the end.
    defer { sink = state.sink }
    let pages = Self.pages(from: entry)
    for (number, page) in pages.enumerated() {
      state.startPage(number)
      let scanner = TelegramHTMLScanner { block, title in state.add(block, title: title) }
      do {
        let tail = try HTMLStream.parse(page, handler: scanner)
        scanner.finish()
        if !MetaHTMLReader.endsLikeAPage(tail) {
          // libxml2 closes what is open at the end: only the missing </html> tells a cut page.
          state.partlyRead(page.displayPath, "the page ends before </html>: it may be truncated")
        }
      } catch HTMLStream.Failure.readFailed(_, let error) {
        scanner.finish()
        state.partlyRead(page.displayPath, "reading failed \(error)")
      } catch {
        if number == 0 {
          state.sink.fail("\(error)")
          return
        }
        state.partlyRead(page.displayPath, "\(error)")
      }
    }
    state.finish(pages: pages.count)
  }

  /// Message blocks of a page read with its first page, counted on the bytes for the file
  /// list (the blocks themselves are read with the first page).
  static func countBlocks(_ entry: ExportEntry) -> Int {
    let needle = Array("class=\"message default".utf8)
    guard
      var window = try? ByteWindow(
        ByteSource(entry: entry), capacity: 1 << 16, maximumCapacity: 1 << 16)
    else { return 0 }
    var count = 0
    // A page that fails part way counts the blocks before the failure.
    repeat {
      count += needle.withUnsafeBufferPointer { window.consumeOccurrences(of: $0) }
    } while (try? window.refill()) == true
    return count
  }
}
