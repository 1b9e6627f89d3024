import Foundation

/// Month names in the languages of WhatsApp's interface, as CLDR writes them (full,
/// abbreviated, formatting and standalone forms), read from the ICU data Foundation ships so
/// that the list is sourced rather than typed. Headers like `19:23, 28 Aug 2013 - ` and
/// `18 Mar 12:14 - ` carry them.
enum MonthNames {
  /// WhatsApp's interface languages (its "App language" list) that write months in letters.
  /// English comes first: where two languages spell different months alike, it wins.
  static let locales = [
    "en", "af", "az", "bg", "ca", "cs", "da", "de", "el", "es", "et", "fa", "fi", "fil", "fr",
    "ga", "he", "hi", "hr", "hu", "id", "it", "kk", "lt", "lv", "mk", "ms", "nb", "nl", "pl",
    "pt_BR", "pt_PT", "ro", "ru", "sk", "sl", "sq", "sr_Latn", "sr", "sv", "sw", "tr", "uk",
    "uz", "vi", "ar", "bn", "gu", "kn", "ml", "mr", "pa", "ta", "te", "ur",
  ]

  /// Lower-cased name bytes to month number, built once.
  static let table: [[UInt8]: UInt8] = {
    var table: [[UInt8]: UInt8] = [:]
    for identifier in locales {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: identifier)
      let lists = [
        formatter.monthSymbols, formatter.shortMonthSymbols, formatter.standaloneMonthSymbols,
        formatter.shortStandaloneMonthSymbols,
      ]
      for list in lists {
        guard list.count == 12 else { continue }
        for (index, name) in list.enumerated() {
          var key = name.lowercased().trimmingCharacters(in: .whitespaces)
          if key.hasSuffix(".") { key.removeLast() }
          // A name made of digits ("1", "3月") is no word to look for.
          guard let first = key.unicodeScalars.first, !CharacterSet.decimalDigits.contains(first)
          else { continue }
          let bytes = Array(key.utf8)
          if table[bytes] == nil { table[bytes] = UInt8(index + 1) }
        }
      }
    }
    return table
  }()

  /// The month a word names, 1–12, or nil.
  static func month(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
    guard word.count >= 2 else { return nil }
    var key = [UInt8](word)
    if key.contains(where: { $0 >= 0x80 }) {
      key = Array(String(decoding: word, as: UTF8.self).lowercased().utf8)
    } else {
      for index in key.indices where key[index] &- 0x41 < 26 { key[index] |= 0x20 }
    }
    return table[key].map(Int.init)
  }
}
