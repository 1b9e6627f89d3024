import Foundation

/// A region's dialling rules, as libphonenumber's metadata gives them: enough to turn a number
/// as people write it into E.164. Every region libphonenumber knows is in `all`, generated into
/// `PhoneRegionTable.swift` by `scripts/gen-phone-regions`.
public struct PhoneRegion: Sendable, Hashable {
  /// ISO 3166-1 alpha-2, upper case (`DE`); `001` for non-geographic codes (`+800`).
  public var code: String
  /// Digits of the country calling code (`49`).
  public var callingCode: String
  /// Dialled before a national number and dropped in E.164 (`0`); empty where the country
  /// keeps it (Italy) or has none (Spain).
  public var trunkPrefix: String
  /// The pattern of what is dialled before a calling code instead of `+` (`00`, `011`,
  /// `0[09]` in Mexico), anchored at the start of the number.
  public var internationalPrefix: String
  /// The pattern libphonenumber strips from the start of a national number (the trunk
  /// prefix, and in some regions a carrier code); empty when nothing is stripped.
  public var nationalPrefixForParsing: String
  /// What replaces the stripped prefix (`9$1` in Argentina); empty when nothing does.
  public var nationalPrefixTransform: String
  /// The lengths a national number (without calling code or trunk prefix) can have.
  public var possibleLengths: [Int]
  /// Lengths only dialable inside an area (a number without its area code).
  public var localOnlyLengths: [Int]
  /// The pattern every national number of the region matches (libphonenumber's general
  /// description); empty when unknown.
  public var nationalNumberPattern: String

  public init(
    code: String, callingCode: String, trunkPrefix: String, internationalPrefix: String,
    nationalPrefixForParsing: String? = nil, nationalPrefixTransform: String = "",
    possibleLengths: [Int] = Array(4...15), localOnlyLengths: [Int] = [],
    nationalNumberPattern: String = ""
  ) {
    self.code = code
    self.callingCode = callingCode
    self.trunkPrefix = trunkPrefix
    self.internationalPrefix = internationalPrefix
    self.nationalPrefixForParsing = nationalPrefixForParsing ?? trunkPrefix
    self.nationalPrefixTransform = nationalPrefixTransform
    self.possibleLengths = possibleLengths
    self.localOnlyLengths = localOnlyLengths
    self.nationalNumberPattern = nationalNumberPattern
  }

  /// The region with this ISO code, in any case; nil when libphonenumber does not know it.
  public static func named(_ code: String) -> PhoneRegion? {
    let upper = code.uppercased()
    guard upper != "001" else { return nil }
    return byCode[upper]
  }

  /// The region an international number (`+4915…`) belongs to, by its calling code. Codes
  /// shared by several regions (1, 7, 44) name libphonenumber's main region for the code.
  public static func of(international number: String) -> PhoneRegion? {
    guard number.hasPrefix("+") else { return nil }
    return callingCode(of: number.dropFirst())?.region
  }

  /// The calling code a run of digits starts with (libphonenumber tries one, two, then three
  /// digits) and the main region of that code.
  static func callingCode(of digits: Substring) -> (code: String, region: PhoneRegion)? {
    for length in 1...3 where digits.count > length {
      let prefix = String(digits.prefix(length))
      if let region = byCallingCode[prefix] { return (prefix, region) }
    }
    return nil
  }

  /// libphonenumber's main region for a calling code (US for 1, AU for 61).
  static func main(callingCode: String) -> PhoneRegion? { byCallingCode[callingCode] }

  /// Every region of the table, main regions of a shared calling code first.
  public static let all: [PhoneRegion] = table.split(separator: "\n").compactMap(parse)

  private static let byCode: [String: PhoneRegion] = Dictionary(
    all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

  private static let byCallingCode: [String: PhoneRegion] = Dictionary(
    all.map { ($0.callingCode, $0) }, uniquingKeysWith: { first, _ in first })

  private static func parse(_ line: Substring) -> PhoneRegion? {
    let fields = line.split(separator: " ").map { $0 == "-" ? "" : String($0) }
    guard fields.count == 9 else { return nil }
    func lengths(_ text: String) -> [Int] { text.split(separator: ",").compactMap { Int($0) } }
    return PhoneRegion(
      code: fields[0], callingCode: fields[1], trunkPrefix: fields[2],
      internationalPrefix: fields[5], nationalPrefixForParsing: fields[3],
      nationalPrefixTransform: fields[4], possibleLengths: lengths(fields[6]),
      localOnlyLengths: lengths(fields[7]), nationalNumberPattern: fields[8])
  }
}

extension PhoneNumber {
  /// E.164 (`+4915123456789`) when the text is an international number, or a national one
  /// and the region is known; otherwise what `normalize(_:)` gives.
  ///
  /// The rules are libphonenumber's parsing (see `PhoneNumberParser`): numbers dialled with
  /// the region's international prefix (`0049…`, `011 49…`) lose it, national numbers lose
  /// their trunk prefix and gain the calling code. A number whose national part cannot have
  /// that length (a short code, a local number without its area code) stays as written.
  public static func normalize(_ text: String, region: PhoneRegion?) -> String? {
    // One slash after the area code is how German numbers are written (`030/1234567`);
    // more are a date.
    let slashes = text.utf8.filter { $0 == 0x2F }.count
    let unslashed = slashes == 1 ? text.replacingOccurrences(of: "/", with: " ") : text
    guard let plain = normalize(unslashed) else { return nil }
    return PhoneNumberParser.e164(plain, home: region) ?? plain
  }

  /// A number `normalize(_:)` left national, in E.164 for this home region; nil when it
  /// cannot be placed (too short, a local number, an unknown calling code).
  public static func e164(national plain: String, region: PhoneRegion) -> String? {
    PhoneNumberParser.e164(plain, home: region)
  }
}
