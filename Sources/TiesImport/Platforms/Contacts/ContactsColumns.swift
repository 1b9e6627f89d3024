import Foundation

/// Which columns of a contacts CSV hold a person's name, phone numbers and e-mail addresses,
/// read from the header: Google's two CSV flavours, Outlook's own export with its headers in
/// English, German, French, Spanish, Italian, Dutch or Portuguese, and any table whose header
/// names such columns in one of those languages.
struct ContactsColumns: Sendable, Hashable {
  var fullName: Int?
  var firstName: Int?
  var middleName: Int?
  var lastName: Int?
  var organization: Int?
  var phones: [Int] = []
  var emails: [Int] = []
  var names: [String] = []

  /// nil unless the header names a person and a way to reach them.
  init?(header: [String]) {
    names = header.map { $0.trimmingCharacters(in: .whitespaces) }
    for (index, raw) in names.enumerated() {
      let name = Self.fold(raw)
      let words = Set(name.split { !$0.isLetter }.map(String.init))
      if !words.isDisjoint(with: Self.notAValue) { continue }
      if Self.fullNames.contains(name), fullName == nil {
        fullName = index
      } else if Self.firstNames.contains(name), firstName == nil {
        firstName = index
      } else if Self.middleNames.contains(name), middleName == nil {
        middleName = index
      } else if Self.lastNames.contains(name), lastName == nil {
        lastName = index
      } else if Self.organizations.contains(name), organization == nil {
        organization = index
      } else if Self.labelColumns.contains(name) {
        // Labels and categories (Google's "* starred") say how a contact is filed, not
        // how to reach them; a star is no follow and no tie of its own.
        continue
      } else if name.contains("mail") || !words.isDisjoint(with: Self.emailWords) {
        emails.append(index)
      } else if !words.isDisjoint(with: Self.phoneWords)
        || words.contains(where: { $0.contains("telefon") || $0.contains("phone") })
      {
        // An assistant's line or a company's switchboard is shared: it would make
        // colleagues one person.
        guard words.isDisjoint(with: Self.sharedLines) else { continue }
        phones.append(index)
      }
    }
    guard fullName != nil || firstName != nil || lastName != nil,
      !phones.isEmpty || !emails.isEmpty
    else { return nil }
  }

  /// The flavour, for `ties detect` and the report: Google's, Outlook's, or the mapping
  /// chosen for any other table.
  var layout: String {
    let folded = names.map(Self.fold)
    if folded.contains(where: { $0.hasSuffix(" - value") }) { return "Google CSV" }
    if let language = Self.outlookLanguages.first(where: { folded.contains($0.key) }) {
      return "Outlook CSV (\(language.value))"
    }
    func quoted(_ indexes: [Int]) -> String {
      indexes.map { "'\(names[$0])'" }.joined(separator: ", ")
    }
    let name = [fullName, firstName, middleName, lastName].compactMap { $0 }
    var parts = ["name from \(quoted(name))"]
    if !phones.isEmpty { parts.append("phones from \(quoted(phones))") }
    if !emails.isEmpty { parts.append("e-mails from \(quoted(emails))") }
    return "contacts CSV: " + parts.joined(separator: "; ")
  }

  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .trimmingCharacters(in: .whitespaces)
  }

  /// Words of columns that describe a value rather than hold one (`E-mail 1 - Label`,
  /// `E-mail Type`, `E-mail Display Name`), and numbers nobody is reached at.
  private static let notAValue: Set<String> = [
    "type", "typ", "label", "yomi", "phonetic", "fax", "pager", "display", "angezeigter",
    "affiche", "affichage", "tipo", "etiqueta", "etichetta", "weergavenaam", "telex", "im",
    "imaddress", "notes", "notizen",
  ]
  private static let fullNames: Set<String> = [
    "name", "full name", "fullname", "display name", "contact name", "anzeigename",
    "vollstandiger name", "nom complet", "nombre completo", "nome completo", "naam",
    "volledige naam",
  ]
  private static let firstNames: Set<String> = [
    "first name", "firstname", "given name", "vorname", "prenom", "nombre", "nome",
    "primeiro nome", "voornaam",
  ]
  private static let middleNames: Set<String> = [
    "middle name", "additional name", "weitere vornamen", "deuxieme prenom", "segundo nombre",
    "secondo nome", "segundo nome", "tussenvoegsel",
  ]
  private static let lastNames: Set<String> = [
    "last name", "lastname", "family name", "surname", "nachname", "nom", "apellidos",
    "apellido", "cognome", "sobrenome", "achternaam",
  ]
  private static let organizations: Set<String> = [
    "organization name", "organization 1 - name", "company", "firma", "societe", "empresa",
    "societa", "bedrijf",
  ]
  private static let labelColumns: Set<String> = [
    "labels", "group membership", "categories", "kategorien", "categorias", "categorie",
    "categorieen",
  ]
  private static let sharedLines: Set<String> = [
    "assistant", "assistent", "assistente", "company", "firma", "societe", "empresa",
    "societa", "bedrijf",
  ]
  private static let emailWords: Set<String> = ["correo", "messagerie", "posta", "courriel"]
  private static let phoneWords: Set<String> = [
    "phone", "tel", "telefono", "telefoon", "telefone", "mobile", "mobil", "handy", "cell",
    "cellular", "movil", "celular", "cellulare", "gsm", "portable", "mobiel", "telemovel",
    "callback",
  ]
  /// Outlook writes its first e-mail column in the language of the installation.
  private static let outlookLanguages: [(key: String, value: String)] = [
    ("e-mail address", "English"), ("e-mail-adresse", "German"),
    ("adresse de messagerie", "French"), ("direccion de correo electronico", "Spanish"),
    ("indirizzo posta elettronica", "Italian"), ("e-mailadres", "Dutch"),
    ("endereco de email", "Portuguese"),
  ]
}
