import Dispatch

/// Splits a run of interactions into consecutive parts by place and works on them at once,
/// one core each: for the passes over the whole run whose results can be added up.
enum RunParts {
  /// How many parts a run of `total` interactions is worth splitting into: one below
  /// `minimum`, where a second thread costs more than it saves.
  static func count(jobs: Int, total: Int, minimum: Int) -> Int {
    jobs > 1 && total >= minimum ? 2 : 1
  }

  /// `body` over the places of each of `count` parts, all at once; the results in order.
  static func map<Result>(
    count: Int, total: Int, _ body: @Sendable (Range<Int>) -> Result
  ) -> [Result] {
    let bounds = (0...count).map { total * $0 / count }
    var results = [Result?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { slots in
      let slots = Slots(buffer: slots)
      DispatchQueue.concurrentPerform(iterations: count) { part in
        slots.put(body(bounds[part]..<bounds[part + 1]), at: part)
      }
    }
    // Every slot is filled: concurrentPerform returns once each part has run.
    return results.compactMap { $0 }
  }

  /// `body` with each of `parts` and its index, all at once, each changed in place. The
  /// parts must share nothing mutable (no class instance in common): each is changed by
  /// its own thread, unchecked.
  static func update<Part>(_ parts: inout [Part], _ body: @Sendable (inout Part, Int) -> Void) {
    parts.withUnsafeMutableBufferPointer { buffer in
      let slots = Slots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: buffer.count) { index in
        body(&slots.buffer[index], index)
      }
    }
  }

  /// Slots each part fills at its own index, never two at one.
  private struct Slots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    func put<Value>(_ element: Value, at index: Int) where Element == Value? {
      buffer[index] = element
    }
  }
}
