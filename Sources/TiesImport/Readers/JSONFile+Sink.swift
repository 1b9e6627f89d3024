import Foundation
import TiesCore

/// The reader-facing form: the file and where its failure goes both come from the sink.
extension JSONFile {
  static func bytes(_ entry: ExportEntry, into sink: inout FileSink) -> Data? {
    bytes(entry, fileIndex: sink.file, into: &sink.graph)
  }

  static func load(_ entry: ExportEntry, into sink: inout FileSink) -> JSONValue? {
    load(entry, fileIndex: sink.file, into: &sink.graph)
  }
}
