/// One way a produced output differs from the expected one, said by meaning: a person
/// added or gone, a field that changed from one value to another, a total that moved.
public struct OutputDifference: Sendable, Codable, Equatable {
  public enum Kind: String, Sendable, Codable {
    /// An expected file was not produced.
    case missingFile = "missing-file"
    /// A row (person, link, month) or JSON field that was not expected.
    case added
    /// An expected row or JSON field that is gone.
    case gone
    /// A row or field that is there in both with other values.
    case changed
    /// The columns of a table changed.
    case columns
    /// Lines of a text output that differ.
    case text
  }

  public var file: String
  public var kind: Kind
  /// What differs: a person id, a JSON path, a line number.
  public var key: String
  /// The old and new values, readable.
  public var detail: String

  public init(file: String, kind: Kind, key: String, detail: String) {
    self.file = file
    self.kind = kind
    self.key = key
    self.detail = detail
  }

  /// One line of the readable diff.
  public var line: String {
    switch kind {
    case .missingFile: return "\(file): not produced"
    case .added: return "\(file): + \(key) \(detail)"
    case .gone: return "\(file): - \(key) \(detail)"
    case .changed: return "\(file): ~ \(key): \(detail)"
    case .columns: return "\(file): columns \(detail)"
    case .text: return "\(file): \(key): \(detail)"
    }
  }
}
