import TiesCore

/// What an SMS or call address names: a phone number, an e-mail address (MMS to e-mail), a
/// sender id (`AMAZON`, a short code), or no one (a hidden caller, `-1`).
enum SMSAddress {
  /// Hidden and unknown callers, all one placeholder never merged with anyone.
  static let unknown = IdentityKey(platform: .sms, kind: .accountID, value: "unknown")

  static func key(_ raw: String, region: PhoneRegion?) -> IdentityKey {
    if let phone = PhoneNumber.normalize(raw, region: region) {
      return IdentityKey(platform: .sms, kind: .phone, value: phone)
    }
    let trimmed = raw.trimmingWhitespace()
    if trimmed.isEmpty || hidden.contains(trimmed.lowercased()) { return unknown }
    if trimmed.contains("@") {
      return IdentityKey(platform: .sms, kind: .email, value: trimmed.lowercased())
    }
    return IdentityKey(platform: .sms, kind: .handle, value: trimmed)
  }

  /// What Android records for withheld, unknown and payphone numbers.
  private static let hidden: Set<String> = [
    "-1", "-2", "-3", "-4", "null", "unknown", "private", "anonymous", "insert-address-token",
  ]
}
