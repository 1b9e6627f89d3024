import Testing

@testable import TiesImport

/// The creator cache answers only for the exact bytes it was told, including "no one".
struct GoogleChatCreatorsTests {
  private func bytes(_ text: String?, _ body: (UnsafeBufferPointer<UInt8>?) -> Void) {
    guard let text else { return body(nil) }
    var copy = Array(text.utf8)
    copy.withUnsafeMutableBufferPointer { body(UnsafeBufferPointer($0)) }
  }

  private func lookup(_ creators: GoogleChatCreators, _ name: String?, _ email: String?) -> Int?? {
    var found: Int??
    bytes(name) { name in
      bytes(email) { email in found = creators.sender(name: name, email: email) }
    }
    return found
  }

  private func remember(
    _ creators: inout GoogleChatCreators, _ name: String?, _ email: String?, _ sender: Int?
  ) {
    bytes(name) { name in
      bytes(email) { email in creators.remember(name: name, email: email, sender: sender) }
    }
  }

  @Test func answersForTheSameBytesOnly() {
    var creators = GoogleChatCreators()
    remember(&creators, "Ana Lima", "ana@example.com", 3)
    remember(&creators, nil, nil, nil)
    #expect(lookup(creators, "Ana Lima", "ana@example.com") == .some(3))
    #expect(lookup(creators, nil, nil) == .some(nil))
    #expect(lookup(creators, "Ana Lima", nil) == nil)
    #expect(lookup(creators, "Ana Lima", "ANA@example.com") == nil)
    #expect(lookup(creators, "Ana", "ana@example.com") == nil)
  }

  @Test func forgetsTheOldestPastEight() {
    var creators = GoogleChatCreators()
    for index in 0..<9 { remember(&creators, "P\(index)", nil, index) }
    #expect(lookup(creators, "P0", nil) == nil)
    for index in 1..<9 { #expect(lookup(creators, "P\(index)", nil) == .some(index)) }
  }
}
