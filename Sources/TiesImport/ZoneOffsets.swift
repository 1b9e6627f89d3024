import Foundation

/// UTC offsets of one zone, looked up once per local hour rather than once per message:
/// every platform whose exports write local wall times converts through it.
final class ZoneOffsets {
  private let zone: TimeZone
  private var cache: [Int64: Int64] = [:]

  init(_ zone: TimeZone) { self.zone = zone }

  /// The instant of a local wall time: the offset in force at that local hour, found by
  /// guessing with the offset at the same instant read as UTC and correcting once. Only
  /// times inside the hour a clock change skips or repeats can come out an hour off.
  func utc(fromLocal local: Int64) -> Int64 {
    let hour = local >= 0 ? local / 3600 : (local - 3599) / 3600
    if let known = cache[hour] { return local - known }
    let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
    let offset = Int64(
      zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - Int64(guess)))))
    cache[hour] = offset
    return local - offset
  }
}
