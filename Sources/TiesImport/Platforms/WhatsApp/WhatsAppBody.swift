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
/// parser keeps rather than in statics checked on every call.
struct WhatsAppBody: Sendable {
  /// - Parameters:
  ///   - body: the text after `sender: `, with leading direction marks removed.
  ///   - marked: the body began with U+200E, as iOS writes generated text.
  ///   - early: the record is among the first of its file, where notices stand.
  func classify(_ body: UnsafeBufferPointer<UInt8>, marked: Bool, early: Bool)
    -> WhatsAppBodyKind
  {
    guard let first = body.first, let last = body.last else { return .text }
    if first == 0x3C, last == 0x3E { return .media }  // <Media omitted>, <attached: x>
    if missedVoice.isPrefix(of: body) { return .missedVoiceCall }
    if missedVideo.isPrefix(of: body) { return .missedVideoCall }
    if deletedByOwner.matchesWhole(body) { return .deletedByOwner }
    if deleted.matchesWhole(body) { return .deleted }
    if nullText.matchesWhole(body) { return .media }  // a view-once photo, as Android writes it
    if mediaSuffixes.isSuffix(of: body) { return .media }
    if early || marked { return noticeCheck(body) }
    return .text
  }

  /// Encryption and security notices are long and say "end-to-end" in the UI language.
  private func noticeCheck(_ body: UnsafeBufferPointer<UInt8>) -> WhatsAppBodyKind {
    guard body.count >= 30, body.count < 400 else { return .text }
    return noticePhrases.isContained(in: body) ? .notice : .text
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
  private let mediaSuffixes = BytePhrases([
    " omitted", " weggelassen", " absente", " omis", " отсутствует", "(file attached)",
    "(Datei angehängt)", "(bestand bijgevoegd)", "(archivo adjunto)", "(fichier joint)",
    "(arquivo anexado)", "(файл добавлен)",
  ])
  private let noticePhrases = BytePhrases([
    "end-to-end", "Ende-zu-Ende", "de bout en bout", "сквозным шифрованием",
    "extremo a extremo", "ponta a ponta", "uçtan uca", "端到端", "エンドツーエンド",
    "مشفرة تمامًا بين الطرفين", "एंड-टू-एंड", "종단간",
    "security code", "Sicherheitsnummer", "código de seguridad", "code de sécurité",
    "код безопасности",
  ])
}
