/// How one participant of a batch run went, for the batch summary.
public struct BatchRecord: Sendable, Codable, Equatable {
  public enum Status: String, Sendable, Codable {
    case analyzed
    /// Finished by an earlier run (`--resume`).
    case skipped
    case failed
  }

  public var id: String
  public var status: Status
  public var seconds: Double
  public var reason: String?
}
