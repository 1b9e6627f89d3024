/// A way to point at identities from outside the data (people.yaml, `--me`): an account on
/// one platform, a phone number or e-mail on any platform, a name, or a person id of a report.
public enum IdentityReference: Hashable, Sendable, CustomStringConvertible {
  /// `instagram:anna.s` (an id or handle), `whatsapp:name:Anna Schmidt`, `x:id:1234`:
  /// the forms of the `identities` column. A nil kind matches an id or a handle.
  case account(Platform, IdentityKind?, String)
  /// `phone:+49 170 1234567`: the number on every platform.
  case phone(String)
  /// `email:anna@example.org`: the address on every platform, case-folded.
  case email(String)
  /// `name:Anna Schmidt`: every identity carrying this name, normalized.
  case name(String)
  /// `p3f2a1b0c9d` or `me`: a person of the report of the same input without people.yaml.
  case person(String)

  /// Reads a reference; nil when the text is none of the forms.
  public init?(parsing raw: String) {
    let text = raw.trimmingWhitespace()
    guard !text.isEmpty else { return nil }
    if text == "me" || Self.isPersonID(text) {
      self = .person(text)
      return
    }
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let head = String(text[..<colon]).lowercased()
    let rest = String(text[text.index(after: colon)...]).trimmingWhitespace()
    guard !rest.isEmpty else { return nil }
    switch head {
    case "phone":
      guard let number = PhoneNumber.normalize(rest) else { return nil }
      self = .phone(number)
    case "email": self = .email(rest.lowercased())
    case "name":
      let normalized = NameNormalizer.normalize(rest)
      guard !normalized.isEmpty else { return nil }
      self = .name(normalized)
    default:
      guard let platform = Platform(rawValue: head) else { return nil }
      self = Self.account(platform, rest)
    }
  }

  private static func account(_ platform: Platform, _ rest: String) -> IdentityReference {
    if let colon = rest.firstIndex(of: ":"),
      let kind = IdentityKind(rawValue: String(rest[..<colon]).lowercased())
    {
      var value = String(rest[rest.index(after: colon)...]).trimmingWhitespace()
      switch kind {
      case .phone: value = PhoneNumber.normalize(value) ?? value
      case .email: value = value.lowercased()
      case .name: value = NameNormalizer.normalize(value)
      case .accountID, .handle, .url: break
      }
      return .account(platform, kind, value)
    }
    return .account(platform, nil, rest)
  }

  /// `p` and ten lowercase hex digits, as PersonResolver makes them (an `x` may follow).
  private static func isPersonID(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 11, scalars[0] == "p" else { return false }
    let hex = scalars[1..<11].allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    return hex && scalars[11...].allSatisfy { $0 == "x" }
  }

  /// Whether the identity is one this reference names. Person references are matched by
  /// the resolver, which knows the people.
  public func matches(_ identity: Identity) -> Bool {
    let key = identity.key
    switch self {
    case .account(let platform, let kind, let value):
      guard key.platform == platform else { return false }
      switch kind {
      case nil:
        guard key.kind == .accountID || key.kind == .handle else { return false }
        return key.value == value || key.value.lowercased() == value.lowercased()
      case .name?:
        return key.kind == .name ? NameNormalizer.normalize(key.value) == value : false
      case .handle?, .email?:
        return key.kind == kind && key.value.lowercased() == value.lowercased()
      case let other?:
        return key.kind == other && key.value == value
      }
    case .phone(let number): return key.kind == .phone && key.value == number
    case .email(let address): return key.kind == .email && key.value.lowercased() == address
    case .name(let normalized):
      if identity.isPlaceholder { return false }
      if key.kind == .name, NameNormalizer.normalize(key.value) == normalized { return true }
      return identity.displayNames.contains { NameNormalizer.normalize($0) == normalized }
    case .person: return false
    }
  }

  public var description: String {
    switch self {
    case .account(let platform, let kind?, let value):
      return "\(platform.rawValue):\(kind.rawValue):\(value)"
    case .account(let platform, nil, let value): return "\(platform.rawValue):\(value)"
    case .phone(let number): return "phone:\(number)"
    case .email(let address): return "email:\(address)"
    case .name(let name): return "name:\(name)"
    case .person(let id): return id
    }
  }
}
