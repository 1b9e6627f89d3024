/// Text safe inside XML and HTML content and attribute values. Characters XML 1.0 forbids
/// (most control characters, lone surrogates cannot occur in Swift strings) are dropped.
public enum XMLText {
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        if value < 0x20 || value == 0xFFFE || value == 0xFFFF || (0x7F...0x9F).contains(value) {
          continue
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
