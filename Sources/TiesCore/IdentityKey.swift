/// How stable the key of an identity is; earlier cases are more stable (DESIGN §2).
public enum IdentityKind: String, Sendable, Hashable, Comparable, Codable {
  case accountID = "id"
  case handle
  case phone
  case email
  case url
  case name

  private var rank: Int {
    switch self {
    case .accountID: return 0
    case .handle: return 1
    case .phone: return 2
    case .email: return 3
    case .url: return 4
    case .name: return 5
    }
  }

  public static func < (lhs: IdentityKind, rhs: IdentityKind) -> Bool { lhs.rank < rhs.rank }
}

/// The key that names one account or address of a person on one platform.
public struct IdentityKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var platform: Platform
  public var kind: IdentityKind
  public var value: String

  public init(platform: Platform, kind: IdentityKind, value: String) {
    self.platform = platform
    self.kind = kind
    self.value = value
  }

  /// `platform:value` for ids and handles; `platform:kind:value` keeps names, phones and
  /// e-mails apart from handles in the `identities` column.
  public var description: String {
    switch kind {
    case .accountID, .handle: return "\(platform.rawValue):\(value)"
    case .name, .phone, .email, .url: return "\(platform.rawValue):\(kind.rawValue):\(value)"
    }
  }

  public static func < (lhs: IdentityKey, rhs: IdentityKey) -> Bool {
    if lhs.platform != rhs.platform { return lhs.platform < rhs.platform }
    if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
    return lhs.value < rhs.value
  }
}
