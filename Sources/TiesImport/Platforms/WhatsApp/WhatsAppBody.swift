/// What the text after the sender of a WhatsApp record is.
enum WhatsAppBodyKind: UInt8 {
  case text
  case media
  case deleted
  /// "You deleted this message": only the owner's own messages read so.
  case deletedByOwner
  case missedVoiceCall
  case missedVideoCall
  /// A notice the app writes under the chat's name (encryption, security code changes).
  case notice
  /// A line with no sender: group events, "You created group", the Android notice.
  case system
}

/// Recognizes placeholders by their exact, localized wording, on raw bytes: this runs once
/// per message of files with millions of them, so the phrase tables live in an instance the
/// parser keeps rather than in statics checked on every call. A class, so that calling it
/// passes one reference: as a struct of eight tables, its 320 bytes were copied per record.
final class WhatsAppBody: Sendable {
  /// - Parameters:
  ///   - body: the text after `sender: `, with leading direction marks removed.
  ///   - marked: the body began with U+200E, as iOS writes generated text.
  ///   - early: the record is among the first of its file, where notices stand.
  func classify(_ body: UnsafeBufferPointer<UInt8>, marked: Bool, early: Bool)
    -> WhatsAppBodyKind
  {
    guard let first = body.first, let last = body.last else { return .text }
    if first == 0x3C, last == 0x3E { return .media }  // <Media omitted>, <attached: x>
    // "Missed voice call" alone, or followed by a comma ("…, tap to call back"): a message
    // that merely starts with those words is a message.
    if missedVoice.isPrefix(of: body, endingAt: [0x2C]) { return .missedVoiceCall }
    if missedVideo.isPrefix(of: body, endingAt: [0x2C]) { return .missedVideoCall }
    if deletedByOwner.matchesWhole(body) { return .deletedByOwner }
    if deleted.matchesWhole(body) { return .deleted }
    if nullText.matchesWhole(body) { return .media }  // a view-once photo, as Android writes it
    if attachedSuffixes.isSuffix(of: body) { return .media }
    // iOS marks its generated text with U+200E: "‎image omitted" is a placeholder, a message
    // that ends in "omitted" is not.
    if marked, omittedSuffixes.isSuffix(of: body) { return .media }
    if early || marked, noticeOpenings.isPrefix(of: body) { return .notice }
    return .text
  }

  private let nullText = BytePhrases(["null"])
  private let missedVoice = BytePhrases([
    "Missed voice call", "Missed group voice call", "Verpasster Sprachanruf",
    "Verpasster Gruppen-Sprachanruf", "Appel vocal manqué", "Llamada perdida",
    "Llamada de voz perdida", "Chamada de voz perdida", "Gemiste spraakoproep",
    "Chiamata vocale persa", "Пропущенный аудиозвонок", "Пропущенный звонок",
  ])
  private let missedVideo = BytePhrases([
    "Missed video call", "Missed group video call", "Verpasster Videoanruf",
    "Verpasster Gruppen-Videoanruf", "Appel vidéo manqué", "Videollamada perdida",
    "Chamada de vídeo perdida", "Gemiste video-oproep", "Videochiamata persa",
    "Пропущенный видеозвонок",
  ])
  private let deleted = BytePhrases([
    "This message was deleted", "This message was deleted.", "Diese Nachricht wurde gelöscht.",
    "Diese Nachricht wurde gelöscht", "Ce message a été supprimé", "Ce message a été supprimé.",
    "Se eliminó este mensaje.", "Dit bericht is verwijderd", "Это сообщение удалено",
    "Данное сообщение удалено.", "Данное сообщение удалено",
    "Questo messaggio è stato eliminato",
  ])
  private let deletedByOwner = BytePhrases([
    "You deleted this message", "You deleted this message.", "Du hast diese Nachricht gelöscht.",
    "Du hast diese Nachricht gelöscht", "Vous avez supprimé ce message",
    "Vous avez supprimé ce message.", "Eliminaste este mensaje.", "Je hebt dit bericht verwijderd",
    "Вы удалили это сообщение", "Вы удалили это сообщение.", "Hai eliminato questo messaggio",
  ])
  private let omittedSuffixes = BytePhrases([
    " omitted", " weggelassen", " absente", " omis", " отсутствует", " omitido", " omessa",
    " omesso", " weggelaten",
  ])
  private let attachedSuffixes = BytePhrases([
    "(file attached)", "(Datei angehängt)", "(bestand bijgevoegd)", "(archivo adjunto)",
    "(fichier joint)", "(arquivo anexado)", "(файл добавлен)",
  ])
  /// How the app's own notices begin: end-to-end encryption and security-code changes.
  private let noticeOpenings = BytePhrases([
    "Messages and calls are end-to-end encrypted",
    "Messages to this chat and calls are now secured with end-to-end encryption",
    "Messages you send to this chat and calls are now secured with end-to-end encryption",
    "Messages you send to this group are now secured with end-to-end encryption",
    "Your security code with", "This chat is with a business account",
    "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt", "Deine Sicherheitsnummer für",
    "Les messages et les appels sont chiffrés de bout en bout", "Votre code de sécurité avec",
    "Сообщения и звонки защищены сквозным шифрованием", "Ваш код безопасности",
    "Los mensajes y las llamadas están cifrados de extremo a extremo",
    "Tu código de seguridad con",
    "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
    "Seu código de segurança com", "I messaggi e le chiamate sono crittografati end-to-end",
    "Il tuo codice di sicurezza con", "Berichten en oproepen worden end-to-end versleuteld",
    "Je beveiligingscode met", "Mesajlar ve aramalar uçtan uca şifrelidir",
    "الرسائل والمكالمات مشفرة تمامًا بين الطرفين",
    "Pesan dan panggilan terenkripsi secara end-to-end",
  ])
}
