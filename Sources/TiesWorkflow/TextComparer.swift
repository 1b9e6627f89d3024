/// Compares text outputs (report.md, report.html, GraphML) line by line: the lines that are
/// only in one of them, with their numbers, up to a few, so a changed report reads at a glance.
enum TextComparer {
  static let shownLines = 12

  static func compare(file: String, expected: String, produced: String) -> [OutputDifference] {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = produced.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let remaining = Dictionary(new.map { ($0, 1) }, uniquingKeysWith: +)
    let had = Dictionary(old.map { ($0, 1) }, uniquingKeysWith: +)
    var differences: [OutputDifference] = []
    var counts = remaining
    for (index, line) in old.enumerated() {
      if let count = counts[line], count > 0 {
        counts[line] = count - 1
      } else {
        differences.append(
          OutputDifference(file: file, kind: .text, key: "line \(index + 1)", detail: "- \(line)"))
      }
    }
    counts = had
    for (index, line) in new.enumerated() {
      if let count = counts[line], count > 0 {
        counts[line] = count - 1
      } else {
        differences.append(
          OutputDifference(file: file, kind: .text, key: "line \(index + 1)", detail: "+ \(line)"))
      }
    }
    if differences.isEmpty {
      // The same lines in another order.
      for (index, pair) in zip(old, new).enumerated() where pair.0 != pair.1 {
        return [
          OutputDifference(
            file: file, kind: .text, key: "line \(index + 1)",
            detail: "order changed: - \(pair.0) + \(pair.1)")
        ]
      }
      return [
        OutputDifference(file: file, kind: .text, key: "bytes", detail: "same lines, other bytes")
      ]
    }
    if differences.count > shownLines {
      let rest = differences.count - shownLines
      differences = Array(differences.prefix(shownLines))
      differences.append(
        OutputDifference(file: file, kind: .text, key: "…", detail: "and \(rest) more lines"))
    }
    return differences
  }
}
