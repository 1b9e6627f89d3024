import ArgumentParser
import TiesImport

/// Times the CSV reader alone, for `scripts/bench-csv`: every record and every field of a
/// file is split, nothing else is done. Hidden from `--help`.
struct ScanCSVCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan-csv",
    abstract: "Split every record and field of a CSV file and print the counts (benchmarks).",
    shouldDisplay: false)

  @Argument(help: "The CSV file.")
  var file: String

  func run() throws {
    var reader = CSVReader(path: file)
    var records = 0
    var fields = 0
    var fieldBytes = 0
    try reader.forEachRecord { record in
      records += 1
      fields += record.count
      for index in 0..<record.count { fieldBytes += record.raw(index).count }
    }
    print(
      "{\"bytes\": \(reader.bytesRead), \"records\": \(records), \"fields\": \(fields), "
        + "\"field_bytes\": \(fieldBytes)}")
  }
}
