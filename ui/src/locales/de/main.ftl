# Reclaim — Deutsch. Einfach, ruhig, nie vorwurfsvoll.

app-name = Reclaim
skip-to-content = Zum Hauptinhalt springen
language-name = Deutsch
language-label = Sprache
quick-exit = Schnell weg
quick-exit-hint = Drücken Sie jederzeit Esc: Das Fenster verschwindet sofort und Reclaim kehrt zum ersten Bildschirm zurück.

safety-title = Sie sind nicht allein. Wir gehen Schritt für Schritt vor.
safety-intro = Reclaim hilft Ihnen, jede Website um die Entfernung von Bildern zu bitten, die ohne Ihre Zustimmung geteilt wurden, jede Antwort festzuhalten und, wenn Sie möchten, eine vollständige Akte für die Polizei vorzubereiten.
safety-never-title = Was Reclaim niemals tut
safety-never-upload = Ihre Bilder verlassen diesen Computer nie. Nichts wird hochgeladen.
safety-never-show = Reclaim zeigt Ihnen nie ein Bild, außer Sie möchten es sehen.
safety-never-track = Kein Konto, keine Werbung, kein Tracking.
safety-never-readable = Was Sie festhalten, wird auf diesem Computer verschlüsselt und gesperrt, wenn Sie gehen.
safety-device-title = Ist dieser Computer sicher?
safety-device-text = Wenn jemand, der Ihnen schaden könnte, diesen Computer benutzt oder sein Passwort kennt, nutzen Sie wenn möglich ein Gerät, auf das nur Sie zugreifen können. Mit „Schnell weg“ können Sie jederzeit gehen.
safety-emergency = In akuter Gefahr? Rufen Sie 112 oder die Polizei unter 101 an.
helplines-title = Sie können mit jemandem sprechen
helplines-loading = Hilfetelefone werden geladen…
helpline-free = Kostenlos
helpline-call = { $phone } anrufen
helpline-email = E-Mail an { $email }
helpline-languages = Sprachen: { $languages }
helpline-hours-always = Rund um die Uhr, jeden Tag
helpline-hours-office_hours = Zu Bürozeiten
helpline-hours-weekdays = An Werktagen
helpline-hours-see_source = Öffnungszeiten auf der Website
helpline-purpose-ncii_support = Hilfe bei ohne Zustimmung geteilten Bildern: Entfernung, Ihre Rechte, eine Anzeige
helpline-purpose-minors = Für alle unter 18 und die Erwachsenen, die ihnen helfen
helpline-purpose-listening = Jemand zum Reden, anonym
helpline-purpose-violence = Jede Form von Gewalt, auch online
helpline-purpose-sexual_violence = Sexuelle Gewalt
helpline-purpose-emergency = Akute Gefahr
safety-start = Beginnen, wenn Sie bereit sind
safety-start-hint = Sie können jederzeit aufhören und später weitermachen.
safety-talk-first = Möchten Sie zuerst mit jemandem sprechen? Hier sehen Sie, wen Sie anrufen können.

age-title = Zuerst eine Frage
age-question = War die Person auf den Bildern unter 18, als sie aufgenommen wurden?
age-why = Wir fragen, weil Bilder von Personen unter 18 anders behandelt werden, von spezialisierten Stellen, und Reclaim sie nie speichert.
age-under = Ja, unter 18
age-adult = Nein, 18 oder älter
age-unsure = Ich bin mir nicht sicher
back = Zurück

# The under-18 route. Facts (numbers, addresses) come from src/lib/minorServices.ts with their
# sources (Child Focus: igvm-iefh.belgium.be/uk/node/53209, childfocus.be/en/report-child-pornography;
# Take It Down: takeitdown.ncmec.org/faq/), checked 2026-11-29.
minor-title = Hilfe bei Bildern aus der Zeit vor 18
minor-unsure = Sie sind sich nicht sicher, und das ist in Ordnung. Reclaim geht den sichereren Weg: Es speichert kein Bild. Die Stellen unten können sich die Links ansehen und Ihnen sagen, was sie tun können.
minor-intro = War die Person auf den Bildern unter 18, als sie aufgenommen wurden? Dann können spezialisierte Stellen schneller und mehr bewirken als eine Anfrage aus dieser App. Das gilt auch, wenn diese Person heute erwachsen ist.
minor-now-title = Was Sie jetzt tun können
minor-child-focus = Child Focus: Rufen Sie { $phone } an (kostenlos, rund um die Uhr) oder schreiben Sie an { $email }. Sie helfen jungen Menschen und den Erwachsenen um sie herum und können Bilder entfernen lassen.
minor-report = Melden Sie die Links bei Child Focus auf { $site }. Das geht, ohne Ihren Namen zu nennen. Das Team prüft die Links und arbeitet mit der Polizei, damit die Bilder entfernt werden.
minor-take-it-down = Take It Down ({ $site }): ein kostenloser Dienst. Er erstellt auf Ihrem eigenen Gerät einen Fingerabdruck der Bilder und teilt nur diesen Fingerabdruck mit den teilnehmenden Plattformen, damit sie Kopien finden und entfernen können. Er ist auch für Erwachsene da, bei Bildern von vor dem 18. Geburtstag. Nutzen Sie ihn nur mit Bildern, die schon auf Ihrem Gerät sind: Laden Sie sie dafür nicht herunter.
minor-young-title = Wenn Sie heute unter 18 sind
minor-young-text = Sprechen Sie, wenn Sie können, mit einer erwachsenen Person, der Sie vertrauen: einem Elternteil, einer Lehrkraft, einer Jugendbetreuerin oder einem Jugendbetreuer. Sie können Child Focus auch zusammen anrufen. Nichts davon ist Ihre Schuld.
minor-adult-title = Wenn Sie heute 18 oder älter sind
minor-adult-text = Die Meldestelle von Child Focus und Take It Down sind auch für Sie da: Bilder von vor dem 18. Geburtstag bleiben Bilder einer minderjährigen Person, egal wie alt Sie heute sind. Nichts davon ist Ihre Schuld.
minor-never-title = Was Sie nie tun sollten
minor-never-save = Speichern oder laden Sie die Bilder nicht herunter, auch nicht als Beweis.
minor-never-forward = Leiten Sie sie nicht weiter und teilen Sie sie nicht, auch nicht mit jemandem, der helfen möchte.
minor-never-screenshot = Machen Sie keine Bildschirmfotos davon.
minor-never-why = Sie brauchen die Bilder nicht: Die Links (Webadressen) reichen diesen Stellen. Diese Bilder zu behalten oder zu senden, kann strafbar sein, auch mit guten Absichten.
minor-reclaim-title = Was Reclaim trotzdem tun kann
minor-reclaim-text = Reclaim kann die Links, unter denen Sie die Bilder gesehen haben, in einem gesperrten und verschlüsselten Fall auf diesem Computer aufbewahren, bereit für Child Focus oder die Polizei. Die Bilder oder Bildschirmfotos davon speichert es nie.
minor-links = Links aufbewahren, ohne Bilder
minor-not-alone = Sie sind damit nicht allein. Sie können eine Vertrauensperson bitten, bei Ihnen zu sein.
case-minor-note = Dieser Fall bewahrt nur Links auf. Reclaim speichert nie die Bilder oder Bildschirmfotos davon.

path-title = Wie es weitergeht
path-intro = Hier ist der ganze Weg. Sie entscheiden, wie weit Sie gehen, und können bei jedem Schritt aufhören.
path-step-case = Ihren Fall anlegen: ein gesperrter, verschlüsselter Bereich auf diesem Computer.
path-step-links = Wo sind die Bilder? Fügen Sie die Links ein, unter denen Sie sie gesehen haben.
path-step-images = Ihre Bilder: Reclaim erstellt hier, auf diesem Computer, Fingerabdrücke davon.
path-step-copies = Kopien in einem Ordner heruntergeladener Dateien finden.
path-step-requests = Jede Website um Entfernung bitten, mit allem, was das Gesetz verlangt.
path-step-followup = Nachfassen, bis sie verschwunden sind.
path-step-file = Eine vollständige Akte für die Polizei oder einen Anwalt, wenn Sie möchten.
path-continue = Ihren Fall anlegen oder öffnen

case-title = Ihr Fall
case-intro = Alles, was Sie festhalten, liegt in einem Fall: gesperrt, verschlüsselt und nur auf diesem Computer.
case-existing-title = Einen Fall öffnen
case-code = Fall { $code }
case-last-opened = Zuletzt geöffnet am { $when }
case-never-opened = Noch nicht geöffnet
case-passphrase = Passphrase
case-unlock = Öffnen
case-unlock-keyring = Mit dem Passwortspeicher dieses Computers öffnen
case-new-title = Einen neuen Fall beginnen
case-label = Ein Name für diesen Fall, nur Sie sehen ihn
case-contact-name = Ihr Name, wie er in Anfragen stehen soll (auch später möglich)
case-contact-email = Eine E-Mail-Adresse für die Antworten (auch später möglich)
case-passphrase-new = Wählen Sie eine Passphrase mit mindestens { $min } Zeichen
case-passphrase-confirm = Dieselbe Passphrase noch einmal
case-passphrase-mismatch = Die beiden Passphrasen sind nicht gleich.
case-passphrase-help = Bewahren Sie sie sicher auf. Ohne sie kann niemand den Fall öffnen, auch Reclaim nicht.
case-use-keyring = Auch mit dem Passwortspeicher dieses Computers öffnen, ohne die Passphrase einzugeben
case-keyring-warning = Wenn Sie das ankreuzen, kann jede Person, die diesen Computer benutzt, während Sie angemeldet sind, den Fall ohne die Passphrase öffnen. Kreuzen Sie es nur an, wenn niemand sonst Ihr Konto auf diesem Computer benutzt.
case-passphrase-show = Passphrase anzeigen
case-passphrase-hide = Passphrase verbergen
case-strength-too-short = Noch zu kurz.
case-strength-weak = Leicht zu erraten: Namen, Daten, häufige Wörter und Tastenmuster werden zuerst ausprobiert. Ein Satz aus vier oder fünf Wörtern, die niemand mit Ihnen verbindet, ist besser.
case-strength-fair = Schwer zu erraten. Ein paar Wörter mehr machen sie stärker.
case-strength-strong = Sehr schwer zu erraten. Gute Wahl.
case-keyring-unavailable = Der Passwortspeicher dieses Computers ist nicht verfügbar, daher ist die Passphrase der einzige Schlüssel.
case-create = Fall anlegen
case-working = Einen Moment…
case-open-title = Ihr Fall ist geöffnet
case-open-code = Fallcode: { $code }
case-report-previous = Zuletzt geöffnet: { $when }
case-report-failed = { $count ->
    [one] Seitdem wurde einmal eine falsche Passphrase versucht.
   *[other] Seitdem wurde { $count }-mal eine falsche Passphrase versucht.
}
case-report-none = Seitdem wurde keine falsche Passphrase versucht.
case-report-record-removed = Die Liste der falschen Passphrasen für diesen Fall wurde gelöscht, seit Sie ihn zuletzt geöffnet haben ({ $when }). Vielleicht hat jemand Passphrasen ausprobiert und das verborgen.
case-report-record-changed = Die Liste der falschen Passphrasen für diesen Fall wurde verändert, seit Sie ihn zuletzt geöffnet haben ({ $when }). Die Zahl oben stimmt vielleicht nicht: Vielleicht hat jemand Passphrasen ausprobiert.
case-report-restored = Ein Teil dieses Falls war auf diesem Computer beschädigt. Reclaim hat die Sicherungskopie vom { $when } geöffnet. Was Sie danach hinzugefügt oder geändert haben, kann fehlen. Bitte prüfen Sie Ihren Fall.
case-lock = Jetzt sperren
case-continue = Weiter: Wo sind die Bilder?

links-title = Wo sind die Bilder?
links-intro = Fügen Sie jeden Link ein, unter dem die Bilder zu finden sind, einen pro Zeile oder alle zusammen. Jeder wird genau so aufbewahrt, wie Sie ihn angeben: Er ist ein Beweis. Nichts wird geöffnet oder gesendet.
links-paste-label = Links
links-check = Links prüfen
links-checked-title = { $count ->
    [one] Ein Link kann aufbewahrt werden
   *[other] { $count } Links können aufbewahrt werden
}
links-save = { $count ->
    [one] Diesen Link im Fall aufbewahren
   *[other] Diese { $count } Links im Fall aufbewahren
}
links-draft-back = Die Links, die Sie vorhin eingefügt haben, sind noch da. Sie sind noch nicht in Ihrem Fall aufbewahrt: Prüfen Sie sie und bewahren Sie sie dann auf.
links-saved-title = Links in Ihrem Fall
links-none-saved = Noch kein Link.
links-platform-unknown = Eine Website, die Reclaim noch nicht kennt
links-kind-post = ein Beitrag, Foto oder Video
links-kind-profile = ein Profil
links-kind-group = eine Gruppe, ein Kanal oder ein geteilter Ordner
links-kind-direct_file = die Bild- oder Videodatei selbst
links-kind-search_result = eine Seite mit Suchergebnissen
links-kind-short_link = ein Kurzlink
links-kind-unknown = eine Seite
links-reject-no_url_found = In dieser Zeile wurde keine Webadresse gefunden.
links-reject-unsupported_scheme = Das ist keine Webadresse (sie sollte mit https:// oder http:// beginnen).
links-reject-credentials_in_url = Diese Adresse versteckt die echte Website hinter einem Namen und einem @-Zeichen, ein bekannter Trick. Bitte prüfen Sie, wohin sie wirklich führt.
links-reject-too_long = Diese Adresse ist länger als 8.000 Zeichen.
links-reject-control_characters = Diese Adresse enthält versteckte Steuerzeichen.
links-reject-bidi_characters = Diese Adresse enthält Zeichen, die sie durch Umkehren des Textes tarnen können.
links-reject-invisible_characters_in_host = Der Name der Website enthält unsichtbare Zeichen.
links-reject-invalid_host = Der Name der Website ist ungültig.
links-reject-invalid_url = Das ist keine gültige Webadresse.
links-warning-scheme_added = Es fehlte https://, es wurde ergänzt.
links-warning-international_host = Der Name der Website hat nicht-lateinische Buchstaben; er wird auch in seiner technischen Form gezeigt.
links-warning-mixed_scripts = Der Name der Website mischt Alphabete: Er ahmt vielleicht eine andere Website nach.
links-warning-lookalike_characters = Der Name der Website verwendet Buchstaben, die nur lateinisch aussehen: Er ahmt vielleicht eine andere Website nach.
links-warning-imitates_known_site = Dieser Name sieht nur aus wie { $site }: Es ist eine andere Website, vielleicht eine gefälschte Kopie.
links-warning-invisible_characters = In der Adresse wurden unsichtbare Zeichen gefunden; sie werden kodiert angezeigt.
links-warning-ip_address_host = Die Website ist mit einer Nummer (einer IP-Adresse) statt mit einem Namen angegeben.
links-warning-short_link = Ein Kurzlink: Wohin er führt, ist ohne Öffnen nicht bekannt.
links-warning-direct_file = Das ist die Adresse der Datei selbst; fügen Sie wenn möglich auch die Seite hinzu, die sie zeigt.
links-warning-possible_duplicate = Das scheint dieselbe Seite zu sein wie ein Link weiter oben.

steps-label = Die Schritte Ihres Falls
steps-current = Schritt { $number } von { $total }: { $step }
step-case = Ihr Fall
step-links = Wo sind die Bilder?
next-step = Weiter: { $step }
continue-later = Später weitermachen
continue-later-done = Ihr Fall ist gesperrt. Alles, was Sie festgehalten haben, bleibt sicher gespeichert. Kommen Sie zurück, wann immer Sie bereit sind. Sie können Reclaim jetzt schließen.
auto-lock-warning = { $seconds ->
    [one] Zum Schutz Ihres Falls wird er in einer Sekunde gesperrt.
   *[other] Zum Schutz Ihres Falls wird er in { $seconds } Sekunden gesperrt.
} Nichts, was Sie festgehalten haben, geht verloren.
auto-lock-stay = Ich bin noch da
auto-locked = Ihr Fall wurde nach einer Weile ohne Aktivität gesperrt, um ihn zu schützen. Alles, was Sie festgehalten haben, bleibt gespeichert. Öffnen Sie ihn wieder, wann immer Sie möchten.
window-title-neutral-word = Notizen
window-title-neutral = Dieses Fenster „{ $word }“ statt „Reclaim“ nennen (in der Taskleiste und der Fensterliste)
window-title-failed = Der Fenstertitel konnte nicht geändert werden. „Schnell weg“ funktioniert weiterhin.

# Opening a hand-over file from another Reclaim.
handover-import-title = Eine Übergabedatei von einem anderen Computer öffnen
handover-import-intro = Eine Beraterin, ein Berater oder Sie selbst haben diesen Fall vielleicht auf einem anderen Computer als Übergabedatei gespeichert. Sie brauchen die Passphrase, mit der diese Datei gesperrt ist.
handover-import-pick = Übergabedatei auswählen
handover-import-picked = Datei: { $name }
handover-import-passphrase = Die Passphrase der Übergabedatei
handover-import-open = Den Fall hier öffnen

# „Was ist passiert?" (nach „Sicherheit zuerst") und der Notfall-Bildschirm.
situation-title = Was ist passiert?
situation-intro = Sagen Sie uns, was Sie hierher bringt. Reclaim zeigt dann die passenden Schritte. Sie können mehr als eine Antwort wählen und sie später ändern.
situation-legend = Wählen Sie, was zutrifft
situation-shared = Meine intimen Bilder wurden ohne meine Einwilligung verbreitet
situation-threatened = Jemand droht, meine Bilder zu verbreiten (zum Beispiel, wenn ich nicht zahle oder mehr schicke)
situation-fake = Jemand hat gefälschte sexuelle Bilder von mir gemacht (mit KI oder durch Bearbeitung)
situation-child_photos = Fotos meines Kindes wurden genommen und woanders gepostet
situation-dont_know_where = Ich glaube, meine Bilder sind online, aber ich weiß nicht, wo
situation-live_now = Jemand wird gerade gezwungen, live zu streamen oder zu filmen
situation-later = Sie können das später ändern. Nichts davon ist Ihre Schuld.
situation-continue = Weiter
emergency-title = Rufen Sie jetzt Hilfe
emergency-112 = Notruf: { $phone } anrufen
emergency-101 = Polizei: { $phone } anrufen
emergency-child-focus = Wenn ein Kind betroffen ist: Child Focus, { $phone } (kostenlos, Tag und Nacht)
emergency-later = Wenn alle in Sicherheit sind, kann Reclaim beim Rest helfen.
step-emergency = Notfall
step-threat = Die Drohung
step-search = Wo könnten sie sein?
step-hotline = An die Beschwerdestelle melden
path-step-emergency = Rufen Sie jetzt Hilfe: die Notrufnummern.
path-step-threat = Was Sie jetzt gegen die Drohung tun, und wie Sie sie als Beweis aufbewahren.
path-step-search = Was Sie tun können, um sie zu finden, ohne etwas hochzuladen.
path-step-hotline = Eine kurze Meldung mit den Links für die Beschwerdestelle.
