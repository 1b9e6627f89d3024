import Foundation

/// Replaces every sensitive value in a text by its pseudonym in one pass, longest value
/// first, so a pseudonym is never scrubbed again and a name inside a longer name is not split.
public struct Scrubber: Sendable {
  public var values: [String: String]
  private let pattern: NSRegularExpression?

  public init(values: [String: String]) {
    self.values = values
    let alternatives = values.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
      .map(NSRegularExpression.escapedPattern(for:))
    pattern =
      alternatives.isEmpty
      ? nil : try? NSRegularExpression(pattern: alternatives.joined(separator: "|"))
  }

  public func apply(_ text: String) -> String {
    guard let pattern else { return text }
    let source = text as NSString
    var result = ""
    var last = 0
    for match in pattern.matches(in: text, range: NSRange(location: 0, length: source.length)) {
      result += source.substring(with: NSRange(location: last, length: match.range.location - last))
      result += values[source.substring(with: match.range)] ?? ""
      last = match.range.location + match.range.length
    }
    result += source.substring(from: last)
    return result
  }

  public func apply(_ document: CSVDocument) -> CSVDocument {
    CSVDocument(header: document.header, rows: document.rows.map { $0.map(apply) })
  }

  /// Every output of a folder, rewritten in place: text files as text, `ties.sqlite` cell by
  /// cell; any other binary file is removed rather than left unscrubbed.
  public func apply(toFolder folder: String) throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      let path = folder + "/" + name
      if name.hasSuffix(".sqlite") {
        try DatabaseScrubber.apply(self, toDatabase: path)
        continue
      }
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        try FileManager.default.removeItem(atPath: path)
        continue
      }
      try Data(apply(text).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
  }
}
