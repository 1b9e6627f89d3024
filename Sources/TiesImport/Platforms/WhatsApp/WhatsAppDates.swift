import Foundation
import TiesCore

/// Turns the raw dates of a chat into times once the whole file has been seen, because one
/// line cannot tell 03/04 from 04/03 (formats/others.md §3.5, pitfall 5).
struct WhatsAppDates {
  /// The order used, and whether the dates alone decided it.
  var order: DateOrder
  var decided: Bool
  /// Both day-first and month-first dates occur: the file mixes formats.
  var conflicting: Bool

  init(records: [WhatsAppRecord], style: WhatsAppHeader.Style, override: DateOrder?) {
    conflicting = false
    if style.named != 0 {  // the month is a word, the day a number: nothing to infer
      order = .dmy
      decided = true
      return
    }
    if style.firstIsYear {
      order = .ymd
      decided = true
      return
    }
    if let override {
      order = override
      decided = true
      return
    }
    var firstOver12 = false
    var secondOver12 = false
    for record in records {
      if record.first > 12 { firstOver12 = true }
      if record.second > 12 { secondOver12 = true }
      if firstOver12 && secondOver12 { break }
    }
    switch (firstOver12, secondOver12) {
    case (true, false):
      order = .dmy
      decided = true
    case (false, true):
      order = .mdy
      decided = true
    case (true, true):
      conflicting = true
      decided = false
      order = Self.fewerInversions(records) ?? .dmy
    case (false, false):
      decided = false
      // Slashes with two-digit years are the US style ("1/29/18"); dots, dashes and
      // four-digit years are day-first nearly everywhere else.
      let fallback: DateOrder = style.separator == 0x2F && style.thirdDigits == 2 ? .mdy : .dmy
      order = Self.fewerInversions(records) ?? fallback
    }
  }

  private init(order: DateOrder) {
    self.order = order
    decided = true
    conflicting = false
  }

  /// The order the whole file will be read in, as soon as the records so far fix it, or nil
  /// while it is open. The style or `--date-order` fix it before any record; otherwise one
  /// field above 12 does, and the order then stands unless the other field goes above 12
  /// too (`contradicts`), which makes the file conflicting and the order a whole-file count.
  static func settled(
    style: WhatsAppHeader.Style, override: DateOrder?, firstOver12: Bool, secondOver12: Bool
  ) -> WhatsAppDates? {
    if style.named != 0 { return style.yearless ? nil : WhatsAppDates(order: .dmy) }
    if style.firstIsYear { return WhatsAppDates(order: .ymd) }
    if let override { return WhatsAppDates(order: override) }
    guard firstOver12 != secondOver12 else { return nil }
    return WhatsAppDates(order: firstOver12 ? .dmy : .mdy)
  }

  /// Whether a record proves an order settled by the dates wrong: the field read as the
  /// month is above 12. Orders fixed by the style or `--date-order` are never contradicted.
  func contradicts(_ record: WhatsAppRecord, style: WhatsAppHeader.Style, override: DateOrder?)
    -> Bool
  {
    guard style.named == 0, !style.firstIsYear, override == nil else { return false }
    return order == .dmy ? record.second > 12 : record.first > 12
  }

  /// The order under which the records run more nearly forward in time, if one does.
  static func fewerInversions(_ records: [WhatsAppRecord]) -> DateOrder? {
    var dmy = 0
    var mdy = 0
    var previousDMY = Int64.min
    var previousMDY = Int64.min
    for record in records {
      let a = Int64(record.first)
      let b = Int64(record.second)
      let c = Int64(record.third)
      let asDMY = (c * 10_000 + b * 100 + a) * 100_000 + Int64(record.secondOfDay)
      let asMDY = (c * 10_000 + a * 100 + b) * 100_000 + Int64(record.secondOfDay)
      if asDMY < previousDMY { dmy += 1 }
      if asMDY < previousMDY { mdy += 1 }
      previousDMY = asDMY
      previousMDY = asMDY
    }
    return dmy == mdy ? nil : (dmy < mdy ? .dmy : .mdy)
  }

  /// Seconds since 1970 for a record read in this order, or nil when the date does not exist.
  func time(of record: WhatsAppRecord, zone: ZoneOffsets?) -> Int64? {
    guard let midnight = localMidnight(of: record) else { return nil }
    let local = midnight + Int64(record.secondOfDay)
    return zone?.utc(fromLocal: local) ?? local
  }

  /// Seconds since 1970 of the local midnight that starts the record's day, or nil when
  /// the day does not exist.
  func localMidnight(of record: WhatsAppRecord) -> Int64? {
    var (year, month, day): (Int, Int, Int)
    switch order {
    case .dmy: (day, month, year) = (Int(record.first), Int(record.second), Int(record.third))
    case .mdy: (month, day, year) = (Int(record.first), Int(record.second), Int(record.third))
    case .ymd: (year, month, day) = (Int(record.first), Int(record.second), Int(record.third))
    }
    if year < 100 { year += 2000 }
    guard CivilTime.isValid(year: year, month: month, day: day) else { return nil }
    return CivilTime.days(year: year, month: month, day: day) * 86_400
  }
}
