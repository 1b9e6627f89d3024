/// How one case of `ties check` came out.
public struct CaseResult: Sendable {
  public enum Outcome: Sendable, Equatable {
    case passed
    case failed
    /// The case could not run: its input is unusable or the analysis failed.
    case broken(String)
    case updated
  }

  public var name: String
  public var outcome: Outcome
  public var differences: [OutputDifference]
  public var seconds: Double

  public init(name: String, outcome: Outcome, differences: [OutputDifference], seconds: Double) {
    self.name = name
    self.outcome = outcome
    self.differences = differences
    self.seconds = seconds
  }

  /// The readable report of the case: a status line, then one line per difference.
  public var text: String {
    switch outcome {
    case .passed: return "PASS \(name)\n"
    case .updated: return "UPDATED \(name)\n"
    case .broken(let reason): return "ERROR \(name): \(reason)\n"
    case .failed:
      return "FAIL \(name) (\(differences.count) difference\(differences.count == 1 ? "" : "s"))\n"
        + differences.map { "  " + $0.line + "\n" }.joined()
    }
  }
}
