/// Raw address bytes as a dictionary key, hashed in one call: `[UInt8]`'s own hashing feeds
/// the hasher a byte at a time, which cost more than the lookup it served (a backup looks
/// one up per message and per MMS `addr`).
struct SMSBytesKey: Hashable {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}
