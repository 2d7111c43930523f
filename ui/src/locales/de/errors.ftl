# Fehlermeldungen, eine pro Fehlerart (ErrorKind von reclaim-core).

error-invalid_input = Etwas an der Eingabe stimmt nicht ganz. Bitte prüfen Sie sie und versuchen Sie es erneut.
error-io = Reclaim konnte eine Datei auf diesem Computer nicht lesen oder schreiben. Sonst wurde nichts verändert.
error-unsupported_format = Reclaim kann diese Art von Datei nicht öffnen.
error-too_large = Diese Datei ist zu groß, um sie sicher zu öffnen.
error-corrupt = Diese Datei scheint beschädigt zu sein, deshalb konnte Reclaim sie nicht öffnen.
error-not_found = Reclaim konnte nicht finden, was es gesucht hat.
error-locked = Der Fall ist gesperrt. Entsperren Sie ihn, um weiterzumachen.
error-wrong_secret = Mit dieser Passphrase ließ sich der Fall nicht öffnen. Bitte versuchen Sie es erneut.
error-keyring_unavailable = Der Passwortspeicher dieses Computers ist nicht verfügbar, daher wird eine Passphrase benötigt.
error-busy = Dieser Fall ist bereits in einem anderen Reclaim-Fenster geöffnet.
error-network = Reclaim konnte das Netzwerk nicht erreichen. Sie können es später erneut versuchen.
error-cancelled = Angehalten, wie Sie es wollten.
error-minor_images_refused = Bilder von Personen unter 18 werden nie gespeichert. Child Focus (116 000) kann helfen.
error-minor_page_capture_refused = Wenn die Person auf den Bildern unter 18 war, ruft Reclaim die Seite nicht ab und sichert keine Kopie: Sie könnte die Person zeigen. Der Link bleibt im Fall. Child Focus (116 000) kann helfen.
error-minor_copy_refused = Wenn die Person auf den Bildern unter 18 war, sichert Reclaim keine Kopien der Bilder, auch nicht als Beweis. Die Datei bleibt, wo sie ist. Child Focus (116 000) kann helfen.
error-internal = In Reclaim ist etwas schiefgelaufen. Ihre Eingaben bleiben erhalten.
error-too_many_attempts = Mehrere Versuche haben den Fall nicht geöffnet. Bitte warten Sie kurz, bevor Sie es erneut versuchen.
error-timeout = Die Gegenseite hat nicht rechtzeitig geantwortet. Sie können es später erneut versuchen.
error-address_refused = Reclaim kontaktiert diese Adresse nicht, um Ihr eigenes Netzwerk zu schützen.
error-empty_file = Diese Datei ist leer, es gibt nichts darin zu lesen.
error-truncated = Diese Datei ist unvollständig, vielleicht ein abgebrochener Download oder eine abgebrochene Kopie.
error-heic_unsupported = Dieses iPhone-Foto (HEIC) kann hier nicht gelesen werden. Exportieren Sie es als JPEG („Maximale Kompatibilität“) und fügen Sie diese Kopie hinzu.
error-low_quality = Dieses Bild hat zu wenige Details für einen verlässlichen Vergleich und wurde daher nicht verglichen.
error-text_too_long = Dieser Text ist länger, als Reclaim aufbewahren kann. Bitte kürzen Sie ihn; sonst wurde nichts geändert.
error-host_not_found = Reclaim hat keine Adresse gefunden, an die Sie wegen dieser Website schreiben können; deshalb wurde nichts gesichert.
error-already_removed = Das wurde bereits aus dem Fall genommen. Sonst wurde nichts geändert.
error-not_marked_sent = Diese Anfrage ist nicht als gesendet markiert, es gibt also nichts rückgängig zu machen. Es wurde nichts geändert.

# The particulars of an error (reclaim-core's ErrorDetail), shown instead of the
# general sentence when the core says which field or limit it is about.
error-detail-missing = Bitte ausfüllen: { $field }.
error-detail-too_long = { $field }: höchstens { $max } Zeichen, bitte.
error-detail-too_short = { $field }: mindestens { $min } Zeichen, bitte.
error-detail-bad_format = { $field } scheint nicht zu stimmen. So sollte es aussehen: { $expected }
error-detail-not_one_of = { $field }: bitte wählen Sie aus { $allowed }.
error-detail-file_too_large = Diese Datei ist zu groß, um sie sicher zu öffnen (höchstens { $megabytes } MB).
error-detail-already_recorded = { $field } ist bereits gespeichert und wurde nicht noch einmal hinzugefügt.
error-detail-not_allowed_now = Dieser Schritt kann nicht auf den vorigen folgen. Es wurde nichts geändert.
error-detail-url_refused = Dieser Link wurde nicht gespeichert. { $reason }
error-detail-damaged = { $part ->
    [key_file] Die Datei, die diesen Fall verschließt, ist beschädigt, und ihre Kopie auch. Das ist keine falsche Passphrase, und es wurde kein Versuch gezählt. Wenn Sie eine Übergabekopie des Falls haben, können Sie sie importieren.
   *[database] Die Daten dieses Falls sind beschädigt, und ihre Sicherungskopie auch. Das ist keine falsche Passphrase, und es wurde kein Versuch gezählt. Wenn Sie eine Übergabekopie des Falls haben, können Sie sie importieren.
}
error-detail-wrong_workspace_passphrase = Diese Passphrase hat Ihre Liste der Fälle nicht geöffnet. Bitte versuchen Sie es noch einmal. Ihre Fälle sind davon nicht betroffen.

# Names of the fields an error can point at (reclaim-core's Field).
field-name = Name
field-email = E-Mail-Adresse
field-country = Land
field-language = Sprache
field-label = Bezeichnung
field-passphrase = Passphrase
field-url = Link
field-note = Notiz
field-ticket = Ticketnummer
field-case_number = Fallnummer
field-date = Datum
field-text = Text
field-platform = Website oder App
field-status = Status
field-situation = Was passiert
field-kind = Art
