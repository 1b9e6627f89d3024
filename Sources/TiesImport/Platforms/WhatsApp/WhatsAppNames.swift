/// Sender labels as WhatsApp writes them.
enum WhatsAppNames {
  /// The label without invisible marks and without the `~ ` that marks a group member who
  /// is not in the exporter's address book.
  static func clean(_ label: String) -> String {
    var text = label.trimmingWhitespace()
    if text.hasPrefix("~") {
      text = String(text.dropFirst()).trimmingWhitespace()
    }
    return text
  }
}
