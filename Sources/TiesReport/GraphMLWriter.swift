import TiesAnalysis
import TiesCore

/// `network.graphml`: the ego network for Gephi, NetworkX and Cytoscape. The owner (`me`)
/// and every person are nodes, persons carrying the people.csv columns; each person has an
/// edge to the owner weighted each way, and people who share group chats an edge weighted by
/// the groups and the messages they wrote there (GroupTies).
public struct GraphMLWriter: ReportWriter {
  public let fileName = "network.graphml"

  public init() {}

  private struct Key {
    var id: String
    var target: String
    var name: String
    var type: String
  }

  public func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    let personKeys = PersonColumns.all.filter { $0.name != "person_id" }
    header(personKeys, into: &out)
    out.write("  <graph id=\"ego\" edgedefault=\"undirected\">\n")
    nodes(context, personKeys, into: &out)
    edges(context.analysis, into: &out)
    out.write("  </graph>\n</graphml>\n")
  }

  /// The XML declaration, the root element and one key per node and edge attribute.
  private func header<Out: TextOutputStream>(_ personKeys: [PersonColumn], into out: inout Out) {
    var keys = personKeys.map { column in
      Key(id: "n_" + column.name, target: "node", name: column.name, type: Self.type(column.kind))
    }
    keys.append(Key(id: "n_is_owner", target: "node", name: "is_owner", type: "boolean"))
    keys += [
      Key(id: "e_kind", target: "edge", name: "kind", type: "string"),
      Key(id: "e_weight", target: "edge", name: "weight", type: "double"),
      Key(id: "e_from_you", target: "edge", name: "from_you", type: "int"),
      Key(id: "e_from_them", target: "edge", name: "from_them", type: "int"),
      Key(id: "e_shared_groups", target: "edge", name: "shared_groups", type: "int"),
      Key(id: "e_group_messages", target: "edge", name: "group_messages", type: "int"),
    ]
    out.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """)
    for key in keys {
      out.write("  <key id=\"\(key.id)\" for=\"\(key.target)\" attr.name=\"\(key.name)\" ")
      out.write("attr.type=\"\(key.type)\"/>\n")
    }
  }

  /// The owner, then one node per person with every people.csv column that has a value.
  private func nodes<Out: TextOutputStream>(
    _ context: ReportContext, _ personKeys: [PersonColumn], into out: inout Out
  ) {
    let analysis = context.analysis
    out.write("    <node id=\"me\">\n")
    data("n_name", analysis.owner?.name ?? "me", into: &out)
    data("n_is_owner", "true", into: &out)
    out.write("    </node>\n")
    for person in analysis.people {
      out.write("    <node id=\"\(XMLText.escape(person.person.id))\">\n")
      for column in personKeys {
        if let value = column.value(person, context), !(value.isEmpty && column.kind != .text) {
          data("n_" + column.name, value, into: &out)
        }
      }
      data("n_is_owner", "false", into: &out)
      out.write("    </node>\n")
    }
  }

  /// An edge from the owner to everyone, then one between people who share group chats.
  private func edges<Out: TextOutputStream>(_ analysis: Analysis, into out: inout Out) {
    for person in analysis.people {
      let you = person.messagesSent + person.callsPlaced
      let them = person.messagesReceived + person.callsReceived
      out.write("    <edge source=\"me\" target=\"\(XMLText.escape(person.person.id))\">\n")
      data("e_kind", "contact", into: &out)
      data("e_weight", String(you + them), into: &out)
      data("e_from_you", String(you), into: &out)
      data("e_from_them", String(them), into: &out)
      out.write("    </edge>\n")
    }
    for pair in GroupTies(analysis).pairs {
      let first = XMLText.escape(analysis.people[pair.first].person.id)
      let second = XMLText.escape(analysis.people[pair.second].person.id)
      out.write("    <edge source=\"\(first)\" target=\"\(second)\">\n")
      data("e_kind", "shared-group", into: &out)
      data("e_weight", String(pair.groups), into: &out)
      data("e_shared_groups", String(pair.groups), into: &out)
      data("e_group_messages", String(pair.messages), into: &out)
      out.write("    </edge>\n")
    }
  }

  /// One attribute of a node or edge; both sit at the same depth.
  private func data<Out: TextOutputStream>(_ key: String, _ value: String, into out: inout Out) {
    out.write("      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n")
  }

  private static func type(_ kind: PersonColumn.Kind) -> String {
    switch kind {
    case .text: return "string"
    case .integer: return "long"
    case .real: return "double"
    case .boolean: return "boolean"
    }
  }
}
