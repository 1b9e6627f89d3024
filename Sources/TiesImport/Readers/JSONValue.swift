import Foundation

/// Any JSON document, for files whose shape drifts between export generations (a wrapper
/// object one year, a bare array the next): decode once, then switch on the shape.
public enum JSONValue: Sendable, Hashable, Decodable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Parses a document.
  ///
  /// - Throws: `JSONReadError` with the byte offset where the text stopped being JSON.
  public static func parse(_ data: Data) throws -> JSONValue {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch DecodingError.dataCorrupted {
      // JSONDecoder says only "not valid JSON"; JSONSerialization says why. Only on failure.
      var message = "malformed"
      do {
        _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      } catch {
        message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? message
      }
      let truncated = message.localizedCaseInsensitiveContains("end of file")
      throw JSONReadError(
        message: truncated ? "truncated: the file ends inside a value" : message,
        offset: truncated ? data.count : nil)
    }
  }

  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  public var array: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  public var object: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }

  public var int64: Int64? {
    switch self {
    case .int(let value): return value
    case .double(let value) where value.isFinite && abs(value) < 9e18: return Int64(value)
    case .string(let text): return Int64(text)
    default: return nil
    }
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }
}

/// A file that is not valid JSON, with where it broke when the parser says.
public struct JSONReadError: Error, Equatable, CustomStringConvertible {
  public var message: String
  public var offset: Int?

  public var description: String {
    "not valid JSON (\(message))"
  }
}
