extension ByteStream {
  /// Reads until `buffer` is full or the stream ends, for callers that need whole blocks (a
  /// prefix to sniff, libxml2's input callback); what was read before a failure is kept.
  ///
  /// - Returns: how many bytes were read, and the failure that stopped reading, if one did.
  func fill(_ buffer: UnsafeMutableRawBufferPointer) -> (count: Int, failure: Error?) {
    var count = 0
    while count < buffer.count {
      do {
        let got = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
        if got == 0 { break }
        count += got
      } catch {
        return (count, error)
      }
    }
    return (count, nil)
  }
}
