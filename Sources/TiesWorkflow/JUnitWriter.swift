import TiesReport

/// JUnit XML of a `ties check` run, the shape CI systems (GitLab, Jenkins, GitHub reporters)
/// read: one testcase per case, a failure with the readable diff, an error when it could not run.
public enum JUnitWriter {
  public static func render(_ results: [CaseResult], suite: String = "ties check") -> String {
    let failures = results.filter { $0.outcome == .failed }.count
    let errors = results.filter {
      if case .broken = $0.outcome { return true }
      return false
    }.count
    let total = results.reduce(0) { $0 + $1.seconds }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
    xml +=
      "  <testsuite name=\"\(XMLText.escape(suite))\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(seconds(total))\">\n"
    for result in results {
      xml +=
        "    <testcase classname=\"ties.check\" name=\"\(XMLText.escape(result.name))\" time=\"\(seconds(result.seconds))\""
      switch result.outcome {
      case .passed, .updated:
        xml += "/>\n"
      case .failed:
        let message = "\(result.differences.count) differences"
        xml += ">\n      <failure message=\"\(XMLText.escape(message))\" type=\"difference\">"
        xml += XMLText.escape(result.differences.map(\.line).joined(separator: "\n"))
        xml += "</failure>\n    </testcase>\n"
      case .broken(let reason):
        xml +=
          ">\n      <error message=\"\(XMLText.escape(reason))\" type=\"unusable\"/>\n    </testcase>\n"
      }
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  static func seconds(_ value: Double) -> String {
    let millis = Int((value * 1000).rounded())
    let fraction = String(millis % 1000)
    return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
