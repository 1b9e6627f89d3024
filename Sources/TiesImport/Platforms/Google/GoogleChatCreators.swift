/// The identities of a chat's last few message creators, by the raw bytes of their name and
/// email: a chat's messages come from a handful of people, and decoding, lowercasing and
/// looking up both strings for every message was most of the Google Chat reader's time.
/// Equal bytes decode to equal strings, and a creator is looked up the first time their
/// bytes are seen, so identities and their names come out as without the cache.
struct GoogleChatCreators {
  private struct Entry {
    var name: [UInt8]?
    var email: [UInt8]?
    var sender: Int?
  }

  private var entries: [Entry] = []
  private var next = 0
  private static let capacity = 8

  /// The sender remembered for these bytes: nil when none is, `.some(nil)` for a creator
  /// known to be no one (a deleted message's).
  func sender(name: UnsafeBufferPointer<UInt8>?, email: UnsafeBufferPointer<UInt8>?) -> Int?? {
    for entry in entries where Self.same(entry.email, email) && Self.same(entry.name, name) {
      return .some(entry.sender)
    }
    return nil
  }

  mutating func remember(
    name: UnsafeBufferPointer<UInt8>?, email: UnsafeBufferPointer<UInt8>?, sender: Int?
  ) {
    let entry = Entry(name: name.map(Array.init), email: email.map(Array.init), sender: sender)
    if entries.count < Self.capacity {
      entries.append(entry)
    } else {
      entries[next] = entry
      next = (next + 1) % Self.capacity
    }
  }

  private static func same(_ kept: [UInt8]?, _ raw: UnsafeBufferPointer<UInt8>?) -> Bool {
    switch (kept, raw) {
    case (nil, nil): return true
    case (let kept?, let raw?): return kept.withUnsafeBufferPointer { ByteText.equal($0, raw) }
    default: return false
    }
  }
}
