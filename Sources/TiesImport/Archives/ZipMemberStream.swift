import CZlib

/// One member's bytes, inflated as they are pulled. The output is held to the size the
/// directory declares and checked against its CRC-32 at the end, so a member that lies
/// about its size can neither grow without bound nor pass as whole.
final class ZipMemberStream: ByteStream {
  private let reader: ArchiveReader
  private let member: ZipMember
  private var inputOffset: Int64
  private var inputLeft: Int64
  private var produced: Int64 = 0
  private var crc: UInt = 0
  private var finished = false
  private static let inputCapacity = 1 << 16
  /// Compressed bytes zlib reads from; owned here so it stays put between calls.
  private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: inputCapacity)
  private let stream: UnsafeMutablePointer<z_stream>?

  init(reader: ArchiveReader, member: ZipMember, dataStart: Int64) throws {
    self.reader = reader
    self.member = member
    inputOffset = dataStart
    inputLeft = member.compressedSize
    crc = crc32(0, nil, 0)
    if member.method == 8 {
      // zlib keeps a pointer back to its stream: it must not move, so it lives on the heap.
      let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
      stream.initialize(to: z_stream())
      guard ties_inflateInitRaw(stream) == Z_OK else {
        stream.deallocate()
        throw ByteStreamError(offset: 0, reason: "cannot start inflating")
      }
      self.stream = stream
    } else {
      stream = nil
    }
  }

  deinit {
    input.deallocate()
    if let stream {
      inflateEnd(stream)
      stream.deallocate()
    }
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard !finished, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    // One byte past the declared size is enough to know it lied.
    let room = Int(min(Int64(buffer.count), member.size - produced + 1))
    let count: Int
    if let stream {
      count = try inflate(stream, into: base, room: room)
    } else {
      let want = Int(min(Int64(room), inputLeft))
      count = try reader.read(
        into: UnsafeMutableRawBufferPointer(start: base, count: want), at: inputOffset)
      inputOffset += Int64(count)
      inputLeft -= Int64(count)
    }
    produced += Int64(count)
    if produced > member.size {
      finished = true
      throw ByteStreamError(
        offset: Int(member.size), reason: "inflates past its declared \(member.size) bytes")
    }
    crc = crc32(crc, base.assumingMemoryBound(to: UInt8.self), uInt(count))
    if count == 0 {
      finished = true
      guard produced == member.size else {
        throw ByteStreamError(
          offset: Int(produced), reason: "ends after \(produced) of \(member.size) bytes")
      }
      guard crc == UInt(member.crc) else {
        throw ByteStreamError(
          offset: Int(produced), reason: "CRC-32 mismatch: the member is corrupt")
      }
    }
    return count
  }

  private func inflate(
    _ stream: UnsafeMutablePointer<z_stream>, into base: UnsafeMutableRawPointer, room: Int
  )
    throws -> Int
  {
    stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
    stream.pointee.avail_out = uInt(room)
    while stream.pointee.avail_out == uInt(room) {
      if stream.pointee.avail_in == 0, inputLeft > 0 {
        let want = Int(min(Int64(Self.inputCapacity), inputLeft))
        let got = try reader.read(
          into: UnsafeMutableRawBufferPointer(start: input, count: want), at: inputOffset)
        guard got > 0 else {
          throw ByteStreamError(offset: Int(produced), reason: "the archive ends inside the member")
        }
        inputOffset += Int64(got)
        inputLeft -= Int64(got)
        stream.pointee.next_in = input
        stream.pointee.avail_in = uInt(got)
      }
      let status = CZlib.inflate(stream, Z_NO_FLUSH)
      if status == Z_STREAM_END { break }
      if status == Z_BUF_ERROR, stream.pointee.avail_in == 0, inputLeft == 0 {
        throw ByteStreamError(offset: Int(produced), reason: "the compressed data is cut short")
      }
      guard status == Z_OK || status == Z_BUF_ERROR else {
        let message = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
        throw ByteStreamError(offset: Int(produced), reason: "corrupt deflate data: \(message)")
      }
    }
    return room - Int(stream.pointee.avail_out)
  }
}
