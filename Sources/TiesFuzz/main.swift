import Foundation

#if FUZZING
  import CFuzzDriver
#endif

// ties-fuzz NAME FILE...        replays inputs through one harness (CI runs the crash corpus)
// ties-fuzz --list               names the harnesses
// ties-fuzz NAME [libFuzzer options] CORPUS   fuzzes; only in builds made by scripts/fuzz
let arguments = CommandLine.arguments
if arguments.count == 2, arguments[1] == "--list" {
  for harness in FuzzHarness.allCases { print(harness.rawValue) }
  exit(0)
}
guard arguments.count >= 2, let harness = FuzzHarness(rawValue: arguments[1]) else {
  let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
  FileHandle.standardError.write(Data("usage: ties-fuzz NAME FILE...  (NAME: \(names))\n".utf8))
  exit(64)
}

#if FUZZING
  nonisolated(unsafe) var selected = harness
  var argc = Int32(arguments.count - 1)
  // libFuzzer parses its own options after the program name; the harness name is ours.
  var argv = ([arguments[0]] + arguments.dropFirst(2)).map { strdup($0) } + [nil]
  let status = argv.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var pointer = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &pointer) { data, size in
      selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
      return 0
    }
  }
  exit(status)
#else
  for path in arguments.dropFirst(2) {
    guard let data = FileManager.default.contents(atPath: path) else {
      FileHandle.standardError.write(Data("ties-fuzz: cannot read \(path)\n".utf8))
      exit(2)
    }
    let reader = harness.run([UInt8](data))
    print("\(harness.rawValue): \(path): ok (\(reader))")
  }
#endif
