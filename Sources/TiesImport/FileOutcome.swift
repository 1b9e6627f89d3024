import TiesCore

/// What became of a file that was not simply read whole: the status and the reason the
/// report's file list shows.
enum FileOutcome: Sendable, Hashable {
  /// Read up to a point, or with some records left out: what was read stands.
  case partial(String)
  /// Nothing of the file is used.
  case skipped(String)

  /// A read that broke off part way: partial when it kept records before the break,
  /// skipped when it kept none.
  static func brokeOff(keptRecords: Bool, _ reason: String) -> FileOutcome {
    keptRecords ? .partial(reason) : .skipped(reason)
  }
}

extension InteractionGraph {
  /// Gives a file its outcome, and the diagnostic that says where and why, in one step.
  mutating func mark(_ file: Int, _ outcome: FileOutcome, _ diagnostic: Diagnostic? = nil) {
    switch outcome {
    case .partial(let reason):
      files[file].status = .partial
      files[file].reason = reason
    case .skipped(let reason):
      files[file].status = .skipped
      files[file].reason = reason
    }
    if let diagnostic { diagnostics.append(diagnostic) }
  }

  /// Marks a file as skipped and warns with the same reason, at the offset when known.
  mutating func fail(_ file: Int, path: String, offset: Int?, reason: String) {
    mark(file, .skipped(reason), Diagnostic(path: path, offset: offset, message: reason))
  }
}
