/// A JSON value whose object keys keep the order they were written in, so that the output
/// is the same bytes every run.
indirect enum JSONText {
  case null
  case bool(Bool)
  case int(Int64)
  /// A number already formatted with fixed decimals.
  case number(String)
  case string(String)
  case array([JSONText])
  case object([(String, JSONText)])
  /// An array made one element at a time as it is written, so that a list as long as the
  /// export (every file read) is never held whole as values.
  case lazyArray(count: Int, element: (Int) -> JSONText)

  static func int(_ value: Int) -> JSONText { .int(Int64(value)) }

  static func optional(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }

  /// Pretty-printed with two-space indentation and a final newline.
  func rendered() -> String {
    var text = ""
    write(into: &text)
    return text
  }

  /// As `rendered()`, streamed into `out`.
  func write<Out: TextOutputStream>(into out: inout Out) {
    write(into: &out, indent: 0)
    out.write("\n")
  }

  /// Each member or element is written as it comes: a small one is one piece of text, a
  /// large one (the files list) is streamed through.
  private func write<Out: TextOutputStream>(into out: inout Out, indent: Int) {
    switch self {
    case .null: out.write("null")
    case .bool(let value): out.write(value ? "true" : "false")
    case .int(let value): out.write(String(value))
    case .number(let text): out.write(text)
    case .string(let text): Self.writeQuoted(text, into: &out)
    case .array(let items):
      Self.writeArray(count: items.count, element: { items[$0] }, into: &out, indent: indent)
    case .lazyArray(let count, let element):
      Self.writeArray(count: count, element: element, into: &out, indent: indent)
    case .object(let members):
      guard !members.isEmpty else {
        out.write("{}")
        return
      }
      out.write("{\n")
      for (index, (key, value)) in members.enumerated() {
        out.write(Self.margin(indent + 2))
        Self.writeQuoted(key, into: &out)
        out.write(": ")
        value.write(into: &out, indent: indent + 2)
        out.write(index + 1 < members.count ? ",\n" : "\n")
      }
      out.write(Self.margin(indent))
      out.write("}")
    }
  }

  private static func writeArray<Out: TextOutputStream>(
    count: Int, element: (Int) -> JSONText, into out: inout Out, indent: Int
  ) {
    guard count > 0 else {
      out.write("[]")
      return
    }
    out.write("[\n")
    let prefix = margin(indent + 2)
    for index in 0..<count {
      out.write(prefix)
      element(index).write(into: &out, indent: indent + 2)
      out.write(index + 1 < count ? ",\n" : "\n")
    }
    out.write(Self.margin(indent))
    out.write("]")
  }

  /// Indentation strings made once: a summary has a margin before every line.
  private static let margins = (0..<16).map { String(repeating: " ", count: 2 * $0) }

  private static func margin(_ width: Int) -> String {
    width / 2 < margins.count && width % 2 == 0
      ? margins[width / 2] : String(repeating: " ", count: width)
  }

  /// Most strings (ids, names, dates) need no escape: those are written as they are.
  private static func writeQuoted<Out: TextOutputStream>(_ text: String, into out: inout Out) {
    out.write("\"")
    var text = text
    // On the contiguous bytes, not through the `utf8` view's iterator.
    let plain = text.withUTF8 { bytes in
      !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }
    if !plain {
      var escaped = ""
      escape(text, into: &escaped)
      out.write(escaped)
    } else {
      out.write(text)
    }
    out.write("\"")
  }

  private static func escape(_ text: String, into out: inout String) {
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
  }
}
