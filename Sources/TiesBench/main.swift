import Foundation
import TiesImport

// Benchmark hooks, kept out of the `ties` command: `scripts/bench-csv` times the CSV reader
// alone with `ties-bench scan-csv FILE`, which splits every record and field and prints the
// counts as JSON.

func scanCSV(_ file: String) throws {
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

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, arguments.first == "scan-csv", let file = arguments.last else {
  FileHandle.standardError.write(Data("usage: ties-bench scan-csv FILE\n".utf8))
  exit(64)
}
do {
  try scanCSV(file)
} catch {
  FileHandle.standardError.write(Data("ties-bench: \(error)\n".utf8))
  exit(1)
}
