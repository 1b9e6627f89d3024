import Foundation

/// A country's dialling rules, enough to turn a national number into E.164: the calling
/// code, the trunk prefix dialled before national numbers and the international prefix.
public struct PhoneRegion: Sendable, Hashable {
  /// ISO 3166-1 alpha-2, upper case (`DE`).
  public var code: String
  /// Digits of the country calling code (`49`).
  public var callingCode: String
  /// Dialled before a national number and dropped in E.164 (`0`); empty where the country
  /// keeps it (Italy) or has none (Spain).
  public var trunkPrefix: String
  /// Dialled before a calling code instead of `+` (`00`, `011` in North America).
  public var internationalPrefix: String

  public init(code: String, callingCode: String, trunkPrefix: String, internationalPrefix: String) {
    self.code = code
    self.callingCode = callingCode
    self.trunkPrefix = trunkPrefix
    self.internationalPrefix = internationalPrefix
  }

  /// The region with this ISO code, in any case; nil when ties does not know it.
  public static func named(_ code: String) -> PhoneRegion? {
    let upper = code.uppercased()
    return all.first { $0.code == upper }
  }

  /// The region an international number (`+4915…`) belongs to, by its calling code. Codes
  /// shared by several countries (1, 7) name the first listed.
  public static func of(international number: String) -> PhoneRegion? {
    guard number.hasPrefix("+") else { return nil }
    let digits = number.dropFirst()
    for length in (1...3).reversed() where digits.count > length {
      let prefix = String(digits.prefix(length))
      if let region = all.first(where: { $0.callingCode == prefix }) { return region }
    }
    return nil
  }

  /// The countries known: the ones most exports come from. Others are written with `+` in
  /// any export that matters, or stay national.
  public static let all: [PhoneRegion] = [
    ("US", "1", "1", "011"), ("CA", "1", "1", "011"), ("GB", "44", "0", "00"),
    ("DE", "49", "0", "00"), ("AT", "43", "0", "00"), ("CH", "41", "0", "00"),
    ("FR", "33", "0", "00"), ("IT", "39", "", "00"), ("ES", "34", "", "00"),
    ("PT", "351", "", "00"), ("NL", "31", "0", "00"), ("BE", "32", "0", "00"),
    ("LU", "352", "", "00"), ("DK", "45", "", "00"), ("SE", "46", "0", "00"),
    ("NO", "47", "", "00"), ("FI", "358", "0", "00"), ("PL", "48", "", "00"),
    ("CZ", "420", "", "00"), ("SK", "421", "0", "00"), ("HU", "36", "06", "00"),
    ("RO", "40", "0", "00"), ("GR", "30", "", "00"), ("IE", "353", "0", "00"),
    ("RU", "7", "8", "810"), ("UA", "380", "0", "00"), ("TR", "90", "0", "00"),
    ("IL", "972", "0", "00"), ("AU", "61", "0", "0011"), ("NZ", "64", "0", "00"),
    ("IN", "91", "0", "00"), ("PK", "92", "0", "00"), ("JP", "81", "0", "010"),
    ("KR", "82", "0", "001"), ("CN", "86", "0", "00"), ("HK", "852", "", "001"),
    ("SG", "65", "", "000"), ("MY", "60", "0", "00"), ("TH", "66", "0", "001"),
    ("VN", "84", "0", "00"), ("PH", "63", "0", "00"), ("ID", "62", "0", "001"),
    ("BR", "55", "0", "0014"), ("MX", "52", "", "00"), ("AR", "54", "0", "00"),
    ("CO", "57", "", "00"), ("CL", "56", "", "00"), ("ZA", "27", "0", "00"),
    ("NG", "234", "0", "009"), ("KE", "254", "0", "000"), ("EG", "20", "0", "00"),
    ("SA", "966", "0", "00"), ("AE", "971", "0", "00"),
  ].map { PhoneRegion(code: $0, callingCode: $1, trunkPrefix: $2, internationalPrefix: $3) }
}

extension PhoneNumber {
  /// E.164 (`+4915123456789`) when the text is an international number, or a national one
  /// and the region is known; otherwise what `normalize(_:)` gives.
  ///
  /// National numbers lose the region's trunk prefix and gain its calling code; numbers
  /// dialled with the international prefix (`0049…`, `011 49…`) lose that prefix.
  public static func normalize(_ text: String, region: PhoneRegion?) -> String? {
    // One slash after the area code is how German numbers are written (`030/1234567`);
    // more are a date.
    let slashes = text.utf8.filter { $0 == 0x2F }.count
    let unslashed = slashes == 1 ? text.replacingOccurrences(of: "/", with: " ") : text
    guard let plain = normalize(unslashed) else { return nil }
    guard let region, !plain.hasPrefix("+") else { return plain }
    var digits = Substring(plain)
    if digits.hasPrefix(region.internationalPrefix),
      digits.count > region.internationalPrefix.count + 6
    {
      return "+" + digits.dropFirst(region.internationalPrefix.count)
    }
    if region.callingCode == "1", digits.count == 11, digits.hasPrefix("1") {
      return "+" + digits
    }
    if !region.trunkPrefix.isEmpty, digits.hasPrefix(region.trunkPrefix) {
      digits = digits.dropFirst(region.trunkPrefix.count)
    } else if !region.trunkPrefix.isEmpty, region.callingCode != "1" {
      // Without its trunk prefix a national number is a local one (no area code): leave it.
      return plain
    }
    guard digits.count >= 6 else { return plain }
    if region.callingCode == "1", digits.count != 10 { return plain }
    return "+" + region.callingCode + digits
  }
}
