/// The schema of `ties.sqlite`. The comments stay in `sqlite_master`, so `.schema` in the
/// sqlite3 shell documents every table; docs/outputs.md describes it too.
enum SQLiteSchema {
  static let version = 1

  static func people(_ columns: [PersonColumn]) -> String {
    let definitions = columns.map { column -> String in
      let type: String
      switch column.kind {
      case .text: type = "TEXT"
      case .integer, .boolean: type = "INTEGER"
      case .real: type = "REAL"
      }
      let key = column.name == "person_id" ? " PRIMARY KEY" : ""
      return "  \(column.name) \(type)\(key)"
    }
    return """
      -- One row per person but the owner, the columns of people.csv. Booleans are 0/1,
      -- times ISO 8601 UTC, lists semicolon-separated, missing values NULL.
      CREATE TABLE people (
      \(definitions.joined(separator: ",\n"))
      );
      """
  }

  static let tables = """
    CREATE TABLE settings (
      name TEXT PRIMARY KEY,  -- schema_version, generator, thresholds, span, owner
      value TEXT
    );
    CREATE TABLE files (
      file_id INTEGER PRIMARY KEY,  -- rank of the path
      path TEXT NOT NULL,  -- #input number/path inside that input
      platform TEXT,
      role TEXT NOT NULL,  -- what the file holds for its importer
      records INTEGER NOT NULL,
      status TEXT NOT NULL,  -- read, partial or skipped
      reason TEXT
    );
    CREATE TABLE identities (
      identity TEXT PRIMARY KEY,  -- platform:key as in people.identities
      platform TEXT NOT NULL,
      name TEXT NOT NULL,  -- the first display name seen
      person_id TEXT REFERENCES people(person_id),  -- NULL for the owner
      is_owner INTEGER NOT NULL
    );
    CREATE TABLE links (
      link_id INTEGER PRIMARY KEY,
      platform TEXT NOT NULL,
      kind TEXT NOT NULL,  -- follow, friend, connection, block, ...
      direction TEXT NOT NULL,  -- incoming (they link to you), outgoing, mutual
      person_id TEXT REFERENCES people(person_id),  -- NULL for the owner's own entries
      identity TEXT NOT NULL REFERENCES identities(identity),
      time TEXT,
      file_id INTEGER NOT NULL REFERENCES files(file_id),
      position INTEGER NOT NULL  -- record number in the file
    );
    CREATE TABLE monthly (
      person_id TEXT NOT NULL REFERENCES people(person_id),
      month TEXT NOT NULL,  -- YYYY-MM, UTC
      direction TEXT NOT NULL,  -- sent (by you) or received
      messages INTEGER NOT NULL,
      characters INTEGER NOT NULL,
      calls INTEGER NOT NULL,  -- missed calls included
      call_minutes REAL NOT NULL,
      conversations_opened INTEGER NOT NULL,
      PRIMARY KEY (person_id, month, direction)
    );
    CREATE TABLE totals (
      name TEXT PRIMARY KEY,  -- the totals of summary.json by path: people, per_platform.x.calls
      value INTEGER NOT NULL
    );
    CREATE TABLE diagnostics (
      diagnostic_id INTEGER PRIMARY KEY,
      severity TEXT NOT NULL,
      path TEXT NOT NULL,
      line INTEGER,
      byte_offset INTEGER,
      message TEXT NOT NULL
    );
    CREATE INDEX people_category ON people(category);
    CREATE INDEX people_status ON people(status);
    CREATE INDEX people_layer ON people(layer);
    CREATE INDEX identities_person ON identities(person_id);
    CREATE INDEX links_person ON links(person_id);
    CREATE INDEX links_platform_kind ON links(platform, kind);
    CREATE INDEX links_file ON links(file_id);
    CREATE INDEX monthly_month ON monthly(month);
    CREATE INDEX files_path ON files(path);
    -- The few who are there for you and for whom you are there.
    CREATE VIEW meaningful_core AS
      SELECT * FROM people WHERE category = 'meaningful' ORDER BY strength DESC, name, person_id;
    -- Contact that flows one way: direction says who does the reaching.
    CREATE VIEW one_sided AS
      SELECT * FROM people WHERE category = 'one-sided' ORDER BY strength DESC, name, person_id;
    -- Contact well below its own past rate.
    CREATE VIEW fading AS
      SELECT * FROM people WHERE status = 'fading' ORDER BY strength DESC, name, person_id;
    """
}
