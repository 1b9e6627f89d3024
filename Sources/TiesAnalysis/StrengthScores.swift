/// The components of tie strength, each between 0 and 1 (docs/metrics.md).
public struct StrengthScores: Sendable, Hashable {
  public var intensity = 0.0
  public var reciprocity = 0.0
  public var duration = 0.0
  public var recency = 0.0
  public var intimacy = 0.0

  public init() {}
}
