import Foundation
import TiesCore

/// One chat of a Telegram HTML export (formats/others.md §4.3): `messages.html` and the
/// pages `messages2.html`, `messages3.html`, … beside it, read in order as one chat, so that
/// who writes across all pages decides between a group and a one-to-one chat. A later page
/// is read on its own only when its first page is missing.
struct TelegramHTMLReader {
  let entry: ExportEntry
  let fileIndex: Int
  let zone: ZoneOffsets?

  /// Whether this page is read with the chat's first page instead of on its own.
  static func isReadWithFirstPage(_ entry: ExportEntry) -> Bool {
    let number = Int(entry.name.dropFirst("messages".count).dropLast(".html".count)) ?? 1
    guard number > 1 else { return false }
    // The first page reads on while the next page exists: this one only if none is missing.
    let folder = (entry.path as NSString).deletingLastPathComponent
    return (1..<number).allSatisfy { page in
      FileManager.default.fileExists(
        atPath: folder + (page == 1 ? "/messages.html" : "/messages\(page).html"))
    }
  }

  /// The first page, then `messages2.html`, `messages3.html`, … while they exist.
  private var pages: [String] {
    guard entry.name == "messages.html" else { return [entry.path] }
    let folder = (entry.path as NSString).deletingLastPathComponent
    var pages = [entry.path]
    while FileManager.default.fileExists(atPath: folder + "/messages\(pages.count + 1).html") {
      pages.append(folder + "/messages\(pages.count + 1).html")
    }
    return pages
  }

  func read(into start: InteractionGraph) -> InteractionGraph {
    var state = TelegramHTMLChat(
      path: entry.displayPath, fileIndex: fileIndex, zone: zone, graph: start,
      scope: entry.components.dropLast().joined(separator: "/"))
    for (number, page) in pages.enumerated() {
      state.startPage(number)
      let scanner = TelegramHTMLScanner { block, title in state.add(block, title: title) }
      do {
        try HTMLStream.parse(path: page, handler: scanner)
      } catch {
        state.graph.fail(fileIndex, path: entry.displayPath, offset: nil, reason: "\(error)")
        return state.graph
      }
      scanner.finish()
    }
    state.finish(pages: pages.count)
    return state.graph
  }
}
