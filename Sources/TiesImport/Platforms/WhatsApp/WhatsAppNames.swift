/// Sender labels as WhatsApp writes them.
enum WhatsAppNames {
  /// The label without invisible marks and without the `~ ` that marks a group member who
  /// is not in the exporter's address book.
  ///
  /// Phone numbers arrive wrapped in directional isolates or embeddings (U+202A…U+202C,
  /// U+2066…U+2069) with no-break spaces inside: the marks go, the spaces become plain, so
  /// that the label reads as the number it is. A member shown only as `~` stays `~`: their
  /// messages count, under one label the report names.
  static func clean(_ label: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in label.unicodeScalars {
      switch scalar.value {
      case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: continue
      case 0x00A0, 0x2007, 0x202F: scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    var text = String(scalars).trimmingWhitespace()
    if text.hasPrefix("~"), text.count > 1 {
      text = String(text.dropFirst()).trimmingWhitespace()
    }
    return text
  }
}
