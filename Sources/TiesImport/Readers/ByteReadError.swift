/// Why a streaming byte reader stopped: the one set of failures `ByteWindow` and the line and
/// record readers on it report, each naming the input as errors show it.
public enum ByteReadError: Error, Equatable, CustomStringConvertible {
  case cannotOpen(path: String, reason: String)
  /// `offset` is the stream's own: where in the (inflated) input reading failed.
  case readFailed(path: String, offset: Int, reason: String)
  /// A record (or line) outgrew the window's maximum; `line` is where it starts.
  case recordTooLong(path: String, line: Int, limit: Int)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "cannot open '\(path)': \(reason)"
    case .readFailed(let path, let offset, let reason):
      return "read of '\(path)' failed at byte \(offset): \(reason)"
    case .recordTooLong(_, let line, let limit):
      return "the record starting on line \(line) is longer than \(limit) bytes; reading stopped"
    }
  }
}
