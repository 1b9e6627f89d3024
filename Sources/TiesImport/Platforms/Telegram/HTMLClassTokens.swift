/// The space-separated tokens of a `class` attribute, compared as bytes of the C string
/// libxml2 hands over, with no `String` made.
struct HTMLClassTokens {
  private let value: UnsafePointer<UInt8>

  init(_ value: UnsafePointer<UInt8>) { self.value = value }

  func contains(_ token: StaticString) -> Bool {
    let needle = token.utf8Start
    let length = token.utf8CodeUnitCount
    var start = 0
    var index = 0
    while true {
      let byte = value[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0 {
        if index - start == length {
          var same = true
          for offset in 0..<length where value[start + offset] != needle[offset] {
            same = false
            break
          }
          if same { return true }
        }
        if byte == 0 { return false }
        start = index + 1
      }
      index += 1
    }
  }

  /// Whether a NUL-terminated name is this ASCII text, ignoring case.
  static func equals(_ name: UnsafePointer<UInt8>, _ text: StaticString) -> Bool {
    let bytes = text.utf8Start
    for offset in 0..<text.utf8CodeUnitCount where name[offset] | 0x20 != bytes[offset] | 0x20 {
      return false
    }
    return name[text.utf8CodeUnitCount] == 0
  }
}
