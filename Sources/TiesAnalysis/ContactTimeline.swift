/// Layer and status from when contact happened, against the export's end (DESIGN §3).
struct ContactTimeline {
  let settings: AnalysisSettings
  let end: Int64

  private static let day: Int64 = 86_400

  /// The Dunbar layer from direct contacts (conversation starts) over the last year, or over
  /// the time since the first contact when that is shorter (at least 30 days).
  func layer(directContacts: [Int64], into metrics: inout PersonMetrics) -> TieLayer {
    guard let first = directContacts.first else { return .none }
    let windowStart = max(end - 365 * Self.day, first)
    let days = max(30, Double(end - windowStart) / Double(Self.day))
    let count = directContacts.filter { $0 >= windowStart }.count
    let perYear = Double(count) * 365 / days
    metrics.contactsPerYear = perYear
    let thresholds = settings.layerContactsPerYear
    let layers: [TieLayer] = [.five, .fifteen, .fifty, .oneFifty]
    for (threshold, layer) in zip(thresholds, layers) where perYear >= threshold { return layer }
    return .beyond
  }

  /// Dormant without contact for `dormantDays`; fading when the last `fadingWindowDays`
  /// hold less than `fadingRatio` of the rate of the year before them.
  func status(contactDays: [Int64], last: Int64?) -> TieStatus {
    guard let last else { return .none }
    if end - last > Int64(settings.dormantDays) * Self.day { return .dormant }
    let windowStart = end - Int64(settings.fadingWindowDays) * Self.day
    let previousStart = windowStart - 365 * Self.day
    let recent = contactDays.filter { $0 > windowStart }.count
    let previous = contactDays.filter { $0 > previousStart && $0 <= windowStart }.count
    if previous >= settings.fadingMinimumContacts {
      let expected = Double(previous) * Double(settings.fadingWindowDays) / 365
      if Double(recent) < settings.fadingRatio * expected { return .fading }
    }
    return .active
  }
}
