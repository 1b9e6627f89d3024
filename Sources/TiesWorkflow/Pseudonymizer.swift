import CCrypto
import Foundation

/// Keyed pseudonyms for a study: HMAC-SHA256 (OpenSSL's libcrypto) of each name, handle,
/// phone number, e-mail and path under the study's key. One key gives the same pseudonym for
/// the same value in every participant's output; without the key they cannot be linked back
/// or guessed by hashing candidates. See docs/scale.md for what pseudonymized output reveals.
public struct Pseudonymizer: Sendable {
  let key: [UInt8]

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Values shorter than this are left alone: replacing two letters everywhere would wreck
  /// the outputs (docs/scale.md says so).
  static let shortestValue = 3

  public init(keyFile: String) throws {
    guard let data = FileManager.default.contents(atPath: keyFile) else {
      throw Failure(description: "\(keyFile): cannot read the key file")
    }
    guard data.count >= 16 else {
      throw Failure(
        description:
          "\(keyFile): a key needs at least 16 bytes; make one with 'head -c 32 /dev/urandom > \(keyFile)'"
      )
    }
    key = Array(data)
  }

  public init(key: [UInt8]) { self.key = key }

  /// `prefix-` and the first 16 hex digits (64 bits) of HMAC-SHA256(key, kind NUL value).
  public func pseudonym(_ value: String, kind: String) -> String {
    let message = Array((kind + "\u{0}" + value).utf8)
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    key.withUnsafeBufferPointer { keyBytes in
      message.withUnsafeBufferPointer { bytes in
        _ = HMAC(
          EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count), bytes.baseAddress,
          bytes.count, &digest, &length)
      }
    }
    return kind + "-" + digest.prefix(8).map { String(format: "%02x", $0) }.joined()
  }

  /// The replacements for one participant, from its outputs (names, identities, file paths)
  /// and its input paths.
  public func scrubber(folder: String, inputs: [String]) throws -> Scrubber {
    var values: [String: String] = [:]
    func add(_ value: String, _ kind: String) {
      guard value.count >= Self.shortestValue, values[value] == nil else { return }
      values[value] = pseudonym(value, kind: kind)
    }
    for input in inputs { addPath(input, &values) }
    for file in ["people.csv", "links.csv"] {
      guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else {
        continue
      }
      let document = CSVDocument(parsing: text)
      for record in document.records {
        if let name = record["name"] { add(name, "name") }
        // Person ids are an unkeyed hash of an identity: anyone could hash a guess and match.
        if let id = record["person_id"], id != "me" { add(id, "person") }
        for column in ["identities", "identity"] {
          for identity in (record[column] ?? "").split(separator: ";") {
            addIdentity(String(identity), add)
          }
        }
        for column in ["source", "path"] { if let path = record[column] { add(path, "path") } }
      }
    }
    if let data = FileManager.default.contents(atPath: folder + "/summary.json"),
      let object = try? JSONSerialization.jsonObject(with: data)
    {
      for (path, value) in JSONComparer.flatten(object) {
        guard value.hasPrefix("\"") else { continue }
        let text = String(value.dropFirst().dropLast())
        if path.hasSuffix(".path") || path.hasSuffix("].path") { add(text, "path") }
        if path == "owner.name" { add(text, "name") }
        if path == "owner.identities" {
          for identity in text.split(separator: ";") { addIdentity(String(identity), add) }
        }
      }
    }
    return Scrubber(values: values)
  }

  /// An identity `platform:key` or `platform:kind:value`: the key and the bare value.
  private func addIdentity(_ identity: String, _ add: (String, String) -> Void) {
    let parts = identity.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return }
    add(parts[1], "id")
    let inner = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
    if inner.count == 2 { add(inner[1], inner[0] == "name" ? "name" : "id") }
  }

  private func addPath(_ input: String, _ values: inout [String: String]) {
    for form in [input, URL(fileURLWithPath: input).standardizedFileURL.path] {
      values[form] = pseudonym(form, kind: "input")
    }
  }

  /// Input paths in free text (a failure reason) replaced by their pseudonyms.
  public func scrubPaths(_ text: String, inputs: [String]) -> String {
    var values: [String: String] = [:]
    for input in inputs { addPath(input, &values) }
    return Scrubber(values: values).apply(text)
  }
}
