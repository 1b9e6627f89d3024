import Foundation

/// libphonenumber's parsing of a number into calling code and national number, on the
/// metadata of `PhoneRegionTable.swift`, so that ties groups numbers as libphonenumber does.
///
/// Two deliberate differences, both for numbers that do not exist: a number libphonenumber
/// calls possible only locally (seven digits in North America, no area code) and a national
/// number that does not match its region's number pattern (a German `030 1234567` read in
/// the US) stay as written, where libphonenumber would still give them the calling code.
enum PhoneNumberParser {
  /// E.164 for digits `PhoneNumber.normalize(_:)` gave (`+` and digits, or national digits),
  /// nil when the number cannot be placed.
  static func e164(_ plain: String, home: PhoneRegion?) -> String? {
    if plain.hasPrefix("+") { return international(plain.dropFirst()) }
    guard let home else { return nil }
    var digits = Substring(plain)
    if let afterPrefix = strippingInternationalPrefix(digits, home) {
      return international(afterPrefix)
    }
    var region = home
    if digits.hasPrefix(home.callingCode) {
      // Digits that start with the home calling code are international when that makes
      // a possible number out of an impossible one, or the whole is too long.
      let rest = digits.dropFirst(home.callingCode.count)
      let stripped = strippingNationalPrefix(rest, home)
      if (!isViable(digits, home) && isViable(stripped, home))
        || lengthCheck(digits, home) == .tooLong
      {
        digits = rest
        region = home
      }
    }
    return national(digits, region)
  }

  private static func international(_ digits: Substring) -> String? {
    guard let (code, region) = PhoneRegion.callingCode(of: digits) else { return nil }
    return national(digits.dropFirst(code.count), region)
  }

  /// `+<calling code><national number>` once the national prefix is gone, nil when the
  /// national number cannot have its length.
  private static func national(_ digits: Substring, _ region: PhoneRegion) -> String? {
    var number = digits
    let stripped = strippingNationalPrefix(digits, region)
    switch lengthCheck(stripped, region) {
    case .tooShort, .localOnly, .invalid: break
    case .possible, .tooLong: number = stripped
    }
    // Regions that share a calling code share numbers: the main region's pattern has them all.
    let main = PhoneRegion.main(callingCode: region.callingCode) ?? region
    guard number.count >= 2, number.count <= 17, lengthCheck(number, region) == .possible,
      isViable(number, main) || isViable(number, region)
    else { return nil }
    return "+" + region.callingCode + number
  }

  /// The digits after the region's international prefix, nil when they do not start with
  /// it, or when a `0` follows it (no calling code starts with 0).
  private static func strippingInternationalPrefix(_ digits: Substring, _ region: PhoneRegion)
    -> Substring?
  {
    guard let end = prefixMatch(region.internationalPrefix, in: digits)?.range.upperBound
    else { return nil }
    let rest = digits.dropFirst(end)
    return rest.first == "0" || rest.isEmpty ? nil : rest
  }

  private static func strippingNationalPrefix(_ digits: Substring, _ region: PhoneRegion)
    -> Substring
  {
    let text = String(digits)
    guard let match = prefixMatch(region.nationalPrefixForParsing, in: digits) else {
      return digits
    }
    let viableBefore = isViable(digits, region)
    let lastGroup = match.numberOfRanges - 1
    let transform = region.nationalPrefixTransform
    let result: Substring
    if transform.isEmpty || lastGroup < 1 || match.range(at: lastGroup).location == NSNotFound {
      result = digits.dropFirst(match.range.upperBound)
    } else {
      let expression = RegexCache.shared.expression(region.nationalPrefixForParsing)
      let whole = NSRange(location: 0, length: match.range.upperBound)
      let replaced =
        expression?.replacementString(for: match, in: text, offset: 0, template: transform) ?? ""
      result = Substring(replaced + text.dropFirst(whole.length))
    }
    if viableBefore && !isViable(result, region) { return digits }
    return result
  }

  private static func prefixMatch(_ pattern: String, in digits: Substring) -> NSTextCheckingResult?
  {
    guard !pattern.isEmpty, !digits.isEmpty,
      let expression = RegexCache.shared.expression(pattern)
    else { return nil }
    let text = String(digits)
    return expression.firstMatch(
      in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count))
  }

  private enum LengthCheck { case possible, tooShort, tooLong, localOnly, invalid }

  private static func lengthCheck(_ digits: Substring, _ region: PhoneRegion) -> LengthCheck {
    let lengths = region.possibleLengths
    guard let shortest = lengths.first, let longest = lengths.last else { return .invalid }
    let count = digits.count
    if region.localOnlyLengths.contains(count) { return .localOnly }
    if count < shortest { return .tooShort }
    if count > longest { return .tooLong }
    return lengths.contains(count) ? .possible : .invalid
  }

  /// Whether the whole number matches the region's national number pattern.
  private static func isViable(_ digits: Substring, _ region: PhoneRegion) -> Bool {
    guard !region.nationalNumberPattern.isEmpty, !digits.isEmpty,
      let expression = RegexCache.shared.expression("(?:\(region.nationalNumberPattern))$")
    else { return false }
    let text = String(digits)
    return expression.firstMatch(
      in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count)) != nil
  }
}

/// Compiled patterns of the region table, shared: a phone backup asks for the same few
/// thousands of times.
final class RegexCache: @unchecked Sendable {
  static let shared = RegexCache()
  private let lock = NSLock()
  private var compiled: [String: NSRegularExpression] = [:]

  func expression(_ pattern: String) -> NSRegularExpression? {
    lock.lock()
    defer { lock.unlock() }
    if let known = compiled[pattern] { return known }
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
    compiled[pattern] = expression
    return expression
  }
}
