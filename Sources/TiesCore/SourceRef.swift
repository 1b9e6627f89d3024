/// Where a fact came from: a file of the run and, where cheap, a line or element index.
public struct SourceRef: Sendable, Hashable {
  /// Index into the files of the batch or graph.
  public var file: Int
  /// One-based line for text formats, zero-based element index for JSON arrays; 0 if unknown.
  public var position: Int32

  public init(file: Int, position: Int32 = 0) {
    self.file = file
    self.position = position
  }
}
