import TiesCore

/// Number and field formatting that does not depend on the locale or the machine.
enum Formatting {
  /// A fixed number of decimals, rounded half away from zero.
  static func fixed(_ value: Double, _ decimals: Int = 3) -> String {
    guard value.isFinite else { return "" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int64(scaled / scale)
    let fraction = Int64(scaled) - whole * Int64(scale)
    var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
    if decimals > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return text
  }

  static func optional(_ value: Double?, _ decimals: Int = 3) -> String {
    value.map { fixed($0, decimals) } ?? ""
  }

  static func date(_ seconds: Int64?) -> String { seconds.map(CivilTime.iso8601) ?? "" }

  /// One RFC 4180 field: quoted when it holds a comma, quote or line break. A name from an
  /// untrusted export that starts like a spreadsheet formula (`=`, `@`, or `+`/`-` before a
  /// non-digit) gets a leading apostrophe, so opening the file cannot run it; phone numbers
  /// and negative numbers stay as they are.
  static func csv(_ field: String) -> String {
    var field = field
    if let first = field.unicodeScalars.first {
      let second = field.unicodeScalars.dropFirst().first
      let digitNext = second.map { ("0"..."9").contains($0) || $0 == " " } ?? false
      if first == "=" || first == "@" || ((first == "+" || first == "-") && !digitNext) {
        field = "'" + field
      }
    }
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func csvRow(_ fields: [String]) -> String {
    fields.map(csv).joined(separator: ",") + "\n"
  }

  /// Text safe inside a Markdown table cell.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
