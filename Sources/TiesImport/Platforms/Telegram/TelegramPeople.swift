import TiesCore

/// The identities of one Telegram file, found from raw bytes: a peer id is parsed and looked
/// up without building a `String`, and a sender's name is decoded only when it is new for
/// that peer (names change over time; the export writes the current one on every message).
struct TelegramPeople {
  private var byPeer: [TelegramPeer: Int] = [:]
  private var nameBytes: [Int: [UInt8]] = [:]
  private var byName: [[UInt8]: Int] = [:]
  /// Deleted accounts without an id get identities of their own chat only.
  let scope: String

  init(scope: String) { self.scope = scope }

  /// The identity of a peer, its display name added when the raw name is new for it.
  mutating func identity(
    _ peer: TelegramPeer, name raw: UnsafeBufferPointer<UInt8>?, in sink: inout FileSink
  ) -> Int {
    let index: Int
    if let known = byPeer[peer] {
      index = known
    } else {
      index = sink.identity(peer.key)
      byPeer[peer] = index
    }
    if let raw, !raw.isEmpty, !TelegramBytes.equal(raw, nameBytes[index] ?? []) {
      nameBytes[index] = Array(raw)
      let name = JSONScanner.decode(raw)
      if !NameNormalizer.isPlaceholder(name) { sink.displayName(name, to: index) }
    }
    return index
  }

  /// The identity of a peer with a name known as a `String` (contacts, the profile).
  mutating func identity(
    _ peer: TelegramPeer, displayName name: String?, in sink: inout FileSink
  )
    -> Int
  {
    let index = byPeer[peer] ?? sink.identity(peer.key)
    byPeer[peer] = index
    if let name, !NameNormalizer.isPlaceholder(name) { sink.displayName(name, to: index) }
    return index
  }

  /// A sender known by name only (exports without `from_id`, HTML pages).
  mutating func identity(name raw: UnsafeBufferPointer<UInt8>, in sink: inout FileSink)
    -> Int?
  {
    if let known = byName[Array(raw)] { return known }
    let name = JSONScanner.decode(raw).trimmingWhitespace()
    let index = identity(named: name, in: &sink)
    byName[Array(raw)] = index
    return index
  }

  /// A sender known by a decoded name.
  func identity(named name: String, in sink: inout FileSink) -> Int {
    if NameNormalizer.isPlaceholder(name) {
      let label = name.isEmpty ? "Deleted Account" : name
      return sink.identity(
        IdentityKey(platform: .telegram, kind: .name, value: "\(label) (\(scope))"), name: label,
        placeholder: true)
    }
    return sink.identity(IdentityKey(platform: .telegram, kind: .name, value: name), name: name)
  }
}
