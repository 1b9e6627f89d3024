import TiesCore

/// A file a platform will import.
public struct ClaimedFile: Sendable {
  public var entry: ExportEntry
  public var recognition: Recognition
  /// Index into `PlatformRegistry.importers`.
  public var importer: Int
}

/// A file no platform claimed, and why.
public struct UnclaimedFile: Sendable {
  public var entry: ExportEntry
  public var reason: String
  /// Worth a warning: an empty, binary or unreadable file, or a text file that looks like
  /// nothing ties reads. Media and unused JSON of a known export are listed quietly.
  public var isProblem: Bool
}

/// What a set of inputs holds, before anything is imported.
public struct DetectionResult: Sendable {
  public var claimed: [ClaimedFile] = []
  public var unclaimed: [UnclaimedFile] = []
}

/// Offers every entry to every importer and keeps the most confident claim.
public struct Detector {
  let importers: [any PlatformImporter]

  public init(importers: [any PlatformImporter] = PlatformRegistry.importers) {
    self.importers = importers
  }

  public func detect(_ entries: [ExportEntry]) -> DetectionResult {
    var result = DetectionResult()
    let context = ExportContext(entries)
    for entry in entries {
      if let problem = Self.unreadable(entry) {
        result.unclaimed.append(UnclaimedFile(entry: entry, reason: problem, isProblem: true))
        continue
      }
      var best: (Recognition, Int)?
      for (index, importer) in importers.enumerated() {
        guard let claim = importer.recognize(entry, in: context) else { continue }
        if best == nil || claim.confidence > (best?.0.confidence ?? 0) { best = (claim, index) }
      }
      if let (recognition, index) = best {
        result.claimed.append(ClaimedFile(entry: entry, recognition: recognition, importer: index))
      } else {
        result.unclaimed.append(Self.unclaimed(entry))
      }
    }
    return result
  }

  static func unreadable(_ entry: ExportEntry) -> String? {
    if let problem = entry.problem { return problem }
    if entry.size < 0 { return "cannot be opened" }
    if entry.name == "no-data.txt" { return nil }
    if entry.size == 0 { return "empty file" }
    if mediaExtensions.contains(entry.fileExtension) { return nil }
    if entry.prefix.contains(0) { return "binary file, not an export file" }
    return nil
  }

  static func unclaimed(_ entry: ExportEntry) -> UnclaimedFile {
    let ext = entry.fileExtension
    if entry.name == "no-data.txt" {
      // Meta marks an empty category of an export with this file.
      return UnclaimedFile(entry: entry, reason: "not used by ties", isProblem: false)
    }
    if mediaExtensions.contains(ext) {
      return UnclaimedFile(entry: entry, reason: "media file, not read", isProblem: false)
    }
    if ext == "txt" || ext == "csv" || ext.isEmpty {
      return UnclaimedFile(
        entry: entry, reason: "not recognized as any supported export file", isProblem: true)
    }
    return UnclaimedFile(entry: entry, reason: "not used by ties", isProblem: false)
  }

  static let mediaExtensions: Set<String> = [
    "jpg", "jpeg", "png", "gif", "webp", "heic", "bmp", "mp4", "mov", "m4v", "3gp", "webm", "avi",
    "mp3", "m4a", "aac", "opus", "ogg", "wav", "amr", "pdf", "vcf", "srt",
  ]
}
