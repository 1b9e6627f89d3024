import TiesCore

/// Where one file's reader puts what it read, and how the file fared.
///
/// Every reader has one shape, `read(_ entry: ExportEntry, into sink: inout FileSink)`
/// (readers that need more, a role or a time zone, take it in their initializer): records
/// go in as values, and the file's status goes through `read(records:)`, `partial`,
/// `skipped` and `fail`, so that the common cases are one line. The pipeline merges each
/// file's sink into the run in path order; a streaming analysis can take records from the
/// sink instead without touching any reader.
public struct FileSink: Sendable {
  /// This file's part of the run.
  var graph: InteractionGraph
  /// The file's index in `graph.files`, for provenance (`SourceRef`).
  let file: Int
  /// The path diagnostics name.
  let path: String

  /// Registers the file under its recognition, with the layout the recognition named.
  init(_ entry: ExportEntry, as recognition: Recognition) {
    var graph = InteractionGraph()
    file = graph.addFile(for: entry, as: recognition)
    path = entry.displayPath
    self.graph = graph
  }

  // MARK: Outcome

  /// The file was read; this many records came from it.
  mutating func read(records: Int) {
    graph.files[file].records = records
  }

  /// Counts records read on top of those already counted.
  mutating func add(records: Int) {
    graph.files[file].records += records
  }

  /// Read up to a point, or with some records left out; the diagnostic says where and why.
  mutating func partial(_ reason: String, _ diagnostic: Diagnostic? = nil) {
    graph.mark(file, .partial(reason), diagnostic)
  }

  /// Nothing of the file is used; the diagnostic says where and why.
  mutating func skipped(_ reason: String, _ diagnostic: Diagnostic? = nil) {
    graph.mark(file, .skipped(reason), diagnostic)
  }

  /// A read that broke off: partial when records were kept before the break, else skipped.
  mutating func brokeOff(keptRecords: Bool, _ reason: String, _ diagnostic: Diagnostic? = nil) {
    graph.mark(file, .brokeOff(keptRecords: keptRecords, reason), diagnostic)
  }

  /// Skips the file and warns with the same reason, at the offset when known.
  mutating func fail(_ reason: String, offset: Int? = nil) {
    graph.fail(file, path: path, offset: offset, reason: reason)
  }

  /// A note about the file that does not change its status.
  mutating func warn(
    _ message: String, _ severity: Diagnostic.Severity = .warning, line: Int? = nil,
    offset: Int? = nil
  ) {
    graph.diagnostics.append(
      Diagnostic(severity, path: path, line: line, offset: offset, message: message))
  }

  /// Names the file in the report by what reading found (`chat (3 pages)`), in place of
  /// its role's label; report text only, never read back.
  mutating func describe(as label: String) {
    graph.files[file].role = label
  }

}
