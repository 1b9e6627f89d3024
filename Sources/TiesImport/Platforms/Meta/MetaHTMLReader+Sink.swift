import TiesCore

/// The two kinds of Meta HTML page, read the same way for Facebook and Instagram.
extension MetaHTMLReader {
  /// A thread page, keyed by where it sits.
  static func readThread(
    _ entry: ExportEntry, platform: Platform, at location: MetaThreadLocation,
    options: ImportOptions, into sink: inout FileSink
  ) {
    MetaHTMLReader(
      platform: platform, threadPlatform: location.platform, entry: entry, fileIndex: sink.file,
      zone: options.timeZone
    ).readThread(threadKey: location.key, folder: location.folder, into: &sink)
  }

  /// A relationship page: the links it lists, people named by username (Instagram) or by
  /// display name (Facebook).
  static func readLinks(
    _ entry: ExportEntry, platform: Platform, _ kind: LinkKind, _ direction: LinkDirection,
    usernames: Bool, options: ImportOptions, into sink: inout FileSink
  ) {
    MetaHTMLReader(
      platform: platform, threadPlatform: platform, entry: entry, fileIndex: sink.file,
      zone: options.timeZone
    ).readLinks(kind, direction, usernames: usernames, into: &sink)
  }
}
