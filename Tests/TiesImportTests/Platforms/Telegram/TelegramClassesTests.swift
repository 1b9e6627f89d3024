import Testing

@testable import TiesImport

/// The one-pass class set must answer as `HTMLClassTokens` does, token by token.
struct TelegramClassesTests {
  @Test(arguments: [
    "message default clearfix joined", "message service", "  text\tbold\n",
    "pull_right date details",
    "media_call success", "from_name", "messages defaults", "text_", "", " ", "body details",
    "forwarded body", "reply_to details", "page_header", "status details", "Text", "message\u{301}",
  ])
  func agreesWithTheTokenScanner(value: String) {
    let checks: [(StaticString, TelegramClasses)] = [
      ("message", .message), ("default", .default), ("service", .service), ("joined", .joined),
      ("page_header", .pageHeader), ("text", .text), ("forwarded", .forwarded),
      ("reply_to", .replyTo), ("from_name", .fromName), ("date", .date),
      ("media_call", .mediaCall), ("status", .status), ("body", .body),
    ]
    var bytes = Array(value.utf8)
    bytes.append(0)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let set = TelegramClasses(base)
      let tokens = HTMLClassTokens(base)
      for (name, member) in checks {
        #expect(set.contains(member) == tokens.contains(name), "\(value): \(name)")
      }
    }
  }
}
