import Testing
import TiesTestSupport

@testable import TiesCore

/// Packed scratch records read back exactly as written, from any place, whatever the values.
struct PackedRunTests {
  /// Interactions that jump as far as the fields allow, next to ordinary ones.
  private func interactions(_ count: Int, seed: UInt64) -> [Interaction] {
    var generator = SeededGenerator(seed: seed)
    let kinds: [InteractionKind] = [.message, .call, .reaction, .publicMention]
    let outcomes: [CallOutcome] = [.none, .completed, .missed]
    let extremes: [Int64] = [.min, .max, 0, -1, 1, Int64(Int32.min), Int64(Int32.max)]
    return (0..<count).map { index in
      let wild = index % 5 == 0
      let random = generator.next()
      return Interaction(
        time: wild
          ? extremes[index % extremes.count] : 1_700_000_000 + Int64(index * 37 + Int(random % 60)),
        thread: wild ? (random % 2 == 0 ? .max : .min) : Int32(index / 100),
        sender: Int32(truncatingIfNeeded: wild ? random : random % 3),
        kind: kinds[Int(random >> 8 % 4)], callOutcome: outcomes[Int(random >> 16 % 3)],
        length: Int32(truncatingIfNeeded: wild ? random >> 32 : random % 200),
        position: wild ? .min : Int32(index))
    }
  }

  private func packed(_ records: [Interaction], chunks: [Int], checkpointInterval: Int) throws
    -> (PackedRun<Interaction>, TemporaryStore)
  {
    let store = try TemporaryStore()
    // Something before the run, as in a file of several sorted runs.
    try [UInt8](repeating: 7, count: 13).withUnsafeBytes { try store.append($0) }
    var run = PackedRun<Interaction>(at: store.size, checkpointInterval: checkpointInterval)
    var start = 0
    for (index, size) in chunks.enumerated() {
      let end = index == chunks.count - 1 ? records.count : min(records.count, start + size)
      try records[start..<end].withUnsafeBufferPointer { try run.append($0, to: store) }
      start = end
    }
    return (run, store)
  }

  @Test(arguments: [1, 7, 4_096])
  func readsBackFromEveryPlace(_ interval: Int) throws {
    // 5,000 records in one append pass the 64 KiB the packer writes at a time.
    let records = interactions(6_000, seed: UInt64(interval))
    let (run, store) = try packed(
      records, chunks: [1, 0, 999, 5_000], checkpointInterval: interval)
    #expect(run.count == records.count)
    #expect(run.end - run.start < records.count * MemoryLayout<Interaction>.stride / 2)
    for place in stride(from: 0, through: records.count, by: interval == 1 ? 997 : 61) {
      for window in [1, 100, 1 << 16] {
        var cursor = PackedCursor(run, in: store, from: place, windowBytes: window)
        var read = [Interaction](repeating: .origin, count: records.count - place + 3)
        let count = read.withUnsafeMutableBufferPointer { cursor.read(into: $0) }
        #expect(count == records.count - place)
        // A Bool, not the arrays: a mismatch would print thousands of records.
        let same = read.prefix(count).elementsEqual(records[place...])
        #expect(same, "from \(place), window \(window)")
        #expect(cursor.next() == nil)
      }
    }
  }

  @Test func readsInPiecesAsInOne() throws {
    let records = interactions(3_000, seed: 3)
    let (run, store) = try packed(records, chunks: [3_000], checkpointInterval: 100)
    var cursor = PackedCursor(run, in: store, from: 250, windowBytes: 64)
    var read: [Interaction] = []
    var piece = [Interaction](repeating: .origin, count: 37)
    while true {
      let count = piece.withUnsafeMutableBufferPointer { cursor.read(into: $0) }
      guard count > 0 else { break }
      read.append(contentsOf: piece.prefix(count))
    }
    #expect(read == Array(records[250...]))
    #expect(cursor.remaining == 0)
  }

  @Test(arguments: [1, 5, 4_096])
  func firstIndexFindsTheFirstNotBelow(_ interval: Int) throws {
    var generator = SeededGenerator(seed: 11)
    let records = (0..<2_000).map { _ in Int64(generator.next() % 500) - 250 }.sorted()
    let store = try TemporaryStore()
    var run = PackedRun<Int64>(at: 0, checkpointInterval: interval)
    try records.withUnsafeBufferPointer { try run.append($0, to: store) }
    for lowest in [Int64.min, -251, -250, -3, 0, 17, 249, 250, .max] {
      let expected = records.firstIndex { $0 >= lowest } ?? records.count
      #expect(run.firstIndex(in: store) { $0 < lowest } == expected, "\(lowest)")
    }
  }

  @Test func anEmptyRunReadsNothing() throws {
    let store = try TemporaryStore()
    let run = PackedRun<Int64>(at: 0)
    var cursor = PackedCursor(run, in: store, from: 0, windowBytes: 16)
    #expect(cursor.next() == nil)
    #expect(run.firstIndex(in: store) { _ in true } == 0)
  }

  @Test func valuesRoundTripAtEveryWidth() {
    let values: [Int64] = [0, 1, -1, 63, 64, -64, -65, 127, 128, 1 << 20, -(1 << 35), .max, .min]
    var bytes = [UInt8](repeating: 0, count: values.count * 10 * 2)
    bytes.withUnsafeMutableBufferPointer { buffer in
      var writer = PackedBytes.Writer(buffer.baseAddress!)
      var previous: Int64 = 0
      for value in values {
        writer.delta(value, from: previous)
        writer.signed(value)
        previous = value
      }
      let written = writer.next - buffer.baseAddress!
      var reader = PackedBytes.Reader(
        UnsafePointer(buffer.baseAddress!), end: UnsafePointer(buffer.baseAddress! + written))
      previous = 0
      for value in values {
        #expect(reader.delta(from: previous) == value)
        #expect(reader.signed() == value)
        previous = value
      }
      #expect(reader.next == reader.end)
      // Past the end: zeros, not a trap.
      #expect(reader.unsigned() == 0)
      #expect(reader.byte() == 0)
    }
  }

  @Test func smallValuesTakeOneByte() {
    var bytes = [UInt8](repeating: 0, count: 8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      var writer = PackedBytes.Writer(buffer.baseAddress!)
      writer.signed(-64)
      writer.signed(63)
      writer.unsigned(127)
      #expect(writer.next - buffer.baseAddress! == 3)
    }
  }
}
