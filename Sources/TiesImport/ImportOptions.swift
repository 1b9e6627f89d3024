import Foundation
import TiesCore

/// Day, month and year order of dates in text exports that do not say.
public enum DateOrder: String, Sendable, CaseIterable {
  case dmy
  case mdy
  case ymd
}

/// What the user told ties about the input.
public struct ImportOptions: Sendable {
  /// Names (or handles, or phone numbers) the owner goes by, from `--me`.
  public var me: [String]
  /// Overrides the inferred day/month order of WhatsApp dates.
  public var dateOrder: DateOrder?
  /// The zone of naive local times (WhatsApp); nil reads them as UTC.
  public var timeZone: TimeZone?
  /// How many files are read at once.
  public var jobs: Int
  /// The country of national phone numbers (SMS backups, contacts); nil infers it from the
  /// international numbers of each file.
  public var region: PhoneRegion?
  /// How many interactions a file's graph, and the run's, hold in memory before the rest go
  /// to a scratch file in `$TMPDIR` (`InteractionGraph.spillAfter`); nil keeps them all in
  /// memory. 65,536 is 2 MiB per graph: memory then grows with people and threads, not
  /// with messages.
  public var spillAfter: Int? = ImportOptions.defaultSpillAfter
  public static let defaultSpillAfter = 65_536

  public init(
    me: [String] = [], dateOrder: DateOrder? = nil, timeZone: TimeZone? = nil,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, region: PhoneRegion? = nil
  ) {
    self.region = region
    self.me = me
    self.dateOrder = dateOrder
    self.timeZone = timeZone
    self.jobs = max(1, jobs)
  }
}
