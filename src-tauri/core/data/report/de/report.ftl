# Beschriftungen des Beweisberichts (PDF). Platzhalter erhalten nur Daten.

doc-title = Beweisbericht, Fall { $code }
doc-subtitle = Erstellt mit Reclaim { $version } am { $date }
footer = Fall { $code } · Seite { $page } von { $total }
yes = ja
no = nein
none = keine
not-recorded = nicht erfasst

summary-heading = Zusammenfassung
summary-intro = Dieser Bericht führt für einen Fall von ohne Einwilligung verbreiteten intimen Bildern jede Adresse auf, unter der die Bilder gefunden wurden, die gesicherten Beweise, die gesendeten Anträge und die erhaltenen Antworten. Die Bilder selbst enthält er nicht.
summary-case = Fall
summary-created = Fall eröffnet
summary-prepared-by = Erstellt von
summary-description = Was geschehen ist, in den Worten der Person
summary-counts = Inhalt
summary-count-urls = Adressen (URLs): { $n }
summary-count-evidence = Beweisdateien: { $n }
summary-count-images = Durch ihre Hashwerte identifizierte Bilder: { $n }
summary-count-requests = Anträge: { $n }
summary-custody = Protokoll der Beweiskette
summary-custody-ok = intakt ({ $n } Einträge, jedes Glied geprüft)
summary-custody-broken = NICHT intakt: { $problems }
summary-evidence-changed = Beweisdatei, deren Inhalt nicht mehr dem Hashwert bei der Sicherung entspricht: { $name }
summary-images-included = Die Person hat gewählt, die Bilder selbst in das Paket aufzunehmen (Ordner images/).
summary-images-excluded = Die Bilder selbst sind nicht enthalten; sie sind nur durch ihre Hashwerte identifiziert.

timeline-heading = Zeitleiste
timeline-intro = Alle Ereignisse, das älteste zuerst. Zeiten in UTC.
ev-case-created = Fall eröffnet
ev-url-captured = Adresse erfasst
ev-url-checked = Adresse geprüft: { $state }
ev-url-not-checked = Adresse nicht geprüft: die Prüfung konnte nicht feststellen, ob sie noch online ist (keine Antwort, oder die Seite hat die Auskunft verweigert)
ev-evidence-captured = Beweisdatei hinzugefügt
ev-image-added = Hashwert eines Bildes berechnet
ev-request-sent = Antrag gesendet an { $to }
ev-request-status = Antrag an { $to }: { $state }

urls-heading = Adressen, unter denen die Bilder gefunden wurden
urls-intro = Jede Adresse genau so, wie sie erfasst wurde. Lange Adressen werden ohne zusätzliches Zeichen in der nächsten Zeile fortgesetzt.
url-item = Adresse { $n }
url-platform = Plattform
url-captured-utc = Erfasst (UTC)
url-captured-local = Erfasst (Ortszeit des Geräts)
url-status = Zuletzt bekannter Status
url-status-never = nicht geprüft
url-status-not-told = Prüfung am { $at }: nicht feststellbar, ob sie noch online ist
url-note = Anmerkung
state-found = erfasst, nicht geprüft
state-online = noch online
state-removed = entfernt
state-unreachable = nicht geprüft: die Prüfung konnte nicht feststellen, ob sie noch online ist
state-not_checked = nicht geprüft: die Prüfung konnte nicht feststellen, ob sie noch online ist
state-came_back = nach Entfernung wieder online

evidence-heading = Beweisdateien
evidence-intro = Als Beweis gesicherte Bildschirmfotos, Dokumente und auf dem Gerät gefundene Kopien der Bilder, jeweils mit dem SHA-256 ihrer genauen Bytes. Die Dateien liegen im Ordner evidence/ des Pakets.
evidence-item = Beweis { $n }
evidence-kind = Art
kind-screenshot = Bildschirmfoto
kind-document = Dokument
kind-image = eigenes Bild
kind-correspondence = Schriftverkehr
kind-other = Sonstiges
kind-found_copy = Kopie eines Bildes, auf dem Gerät gefunden
evidence-name = Ursprünglicher Dateiname
evidence-path = Datei im Paket
evidence-captured = Gesichert (UTC)
evidence-size = Größe
evidence-size-bytes = { $n } Bytes
evidence-source = Zeigt die Adresse
evidence-found-at = Gefunden unter der Adresse
evidence-found-on = Gefunden auf
evidence-note = Anmerkung
evidence-mismatch = Achtung: Diese Bytes entsprechen nicht dem bei der Sicherung erfassten SHA-256 ({ $hash }).

images-heading = Hashwerte der Bilder
images-intro = Die Bilder der Person sind durch Hashwerte identifiziert, die auf ihrem eigenen Gerät berechnet wurden: SHA-256 (genaue Datei) und PDQ (wahrnehmungsbasiert, findet visuell ähnliche Kopien). Die Bilder werden hier nicht wiedergegeben.
image-item = { $label }
image-added = Hashwert berechnet (UTC)
image-pdq-quality = PDQ-Qualität
image-included = Bilddatei im Paket enthalten

requests-heading = Gesendete Anträge
requests-intro = Jeder Antrag auf Entfernung: wann er gesendet wurde, an wen, auf welcher Rechtsgrundlage, und was geantwortet wurde.
request-item = Antrag { $n }: { $platform }
request-to = An
request-address = Verwendete Adresse
request-channel = Weg
request-basis = Rechtsgrundlage
request-sent = Gesendet (UTC)
request-not-sent = nicht gesendet
request-reference = Aktenzeichen
request-urls = Betroffene Adressen
request-history = Statusverlauf
request-answers = Antworten
request-answer-from = Von { $from }, erhalten am { $at }
request-no-answer = Keine Antwort erfasst.
rstate-draft = Entwurf
rstate-sent = gesendet
rstate-acknowledged = Eingang bestätigt
rstate-removed = Inhalt entfernt
rstate-refused = abgelehnt
rstate-no_answer = keine Antwort
rstate-came_back = Inhalt wieder online

custody-heading = Protokoll der Beweiskette
custody-intro = Jedes Ereignis des Falls, so festgehalten, wie es geschah. Jeder Eintrag trägt den SHA-256 des vorigen, sodass eine Änderung, Löschung oder Einfügung sichtbar wird.
custody-time-stamped = Zeitstempel vom { $time } durch { $tsa } (der früheste Zeitstempel, der diesen Eintrag abdeckt)
custody-not-time-stamped = Noch kein Zeitstempel
custody-anchor = Zeitstempel durch { $tsa } am { $time } für die Einträge 1 bis { $seq } (das Token selbst steht in custody.jsonl)
custody-said-evidence-removed = Die Person hat diese Beweisdatei aus dem Fall genommen. Ihre Datei wurde gelöscht; dieser Eintrag bewahrt nur, dass es sie gab, und den SHA-256-Wert, den sie hatte ({ $sha256 }).
custody-said-fingerprint-removed = Die Person hat diesen Fingerabdruck (die Hashwerte eines ihrer Bilder) aus dem Fall genommen. Er wird nicht mehr genutzt, um Kopien zu finden, in Anfragen oder in diesem Bericht.
custody-said-url-removed = Die Person hat diesen Link aus dem Fall genommen. Er steht nicht mehr in Anfragen oder in der Linkliste dieses Berichts.
custody-said-url-corrects = Dieser Link berichtigt { $replaces }, der falsch eingegeben war.
custody-said-evidence-note-changed = Die Notiz zu dieser Beweisdatei wurde berichtigt (alte und neue Notiz oben).
custody-said-request-sent-undone = Diese Anfrage war versehentlich als gesendet markiert. Sie steht wieder auf nicht gesendet.
custody-said-ticket-removed = Die Ticketnummer { $ticket } wurde aus dieser Anfrage genommen.
custody-said-ticket-corrects = Diese Ticketnummer berichtigt { $replaces }, die falsch eingegeben war.
custody-said-reason = Angegebener Grund: { $reason }
custody-reason-corrected = falsch eingegeben, berichtigt
custody-reason-minor = die Person auf den Bildern war unter 18; Reclaim bewahrt solche Bilder nie auf

verify-heading = So prüfen Sie dieses Paket
verify-intro = Dieser Bericht ist eine Datei eines Beweispakets. Jede Person kann prüfen, dass keine Datei seit der Erstellung verändert wurde:
verify-step-sha256 = 1. Im Ordner des Pakets ausführen: sha256sum -c manifest.sha256 (jede Zeile muss OK melden). Unter Windows: Get-FileHash -Algorithm SHA256 für jede Datei, verglichen mit manifest.sha256.
verify-step-cli = 2. Oder mit Reclaim: reclaim-cli bundle verify ORDNER --tsa-root ROOT.pem. Der Befehl prüft jeden Hashwert und jede Größe, die Kette des Protokolls, dass jedes Beweisstück, jede Adresse und jeder Zeitpunkt der Sicherung dem entspricht, was das Protokoll erfasst hat, sowie Signatur und Dienst des Zeitstempels; er nennt alles, was nicht übereinstimmt, und sagt, was bewiesen ist.
verify-step-custody = 3. Das Protokoll (custody.jsonl): Der Hashwert jeder Zeile ist der SHA-256 der Bytes reclaim-custody-v1, gefolgt für jedes Feld seq (dezimal), at, action, subject, details, prev_hash in dieser Reihenfolge von der Länge des Feldes in Bytes als 8-Byte-Zahl (Big-Endian) und dann dem Feld selbst in UTF-8; prev_hash ist der Hashwert der vorigen Zeile (64 Nullen für die erste).
verify-step-timestamp = 4. Enthält das Paket manifest.tsr, ist dies ein RFC-3161-Zeitstempel über den SHA-256 von manifest.sha256; er lässt sich auch prüfen mit: openssl ts -verify -data manifest.sha256 -in manifest.tsr -CAfile (Zertifikat des Zeitstempeldienstes).
verify-manifest = manifest.json führt jede Datei mit SHA-256, Größe und Zeitpunkt der Sicherung auf, und jede Adresse genau so, wie sie erfasst wurde.
verify-privacy = Nur der Hashwert von manifest.sha256 wird je an einen Zeitstempeldienst gesendet, nie ein Bild oder der Hashwert eines Bildes.
verify-proves = Was eine Prüfung beweist. Mit einem gültigen Zeitstempel (manifest.tsr): Keine Datei wurde seit dem darin genannten Zeitpunkt verändert, und der genannte Zeitstempeldienst bürgt für diesen Zeitpunkt; das beweist weder, wer die Dateien erstellt hat, noch dass ihr Inhalt wahr ist. Ohne gültigen Zeitstempel: nur, dass die Dateien untereinander und mit dem Protokoll übereinstimmen (nur in sich stimmig); wer sie alle gemeinsam neu geschrieben hätte, fiele nicht auf, und nichts zeigt, wann sie erstellt wurden.
verify-this-timestamped = Dieses Paket wurde mit einer Anfrage für einen Zeitstempel erstellt: manifest.tsr muss darin sein. Fehlt es, wurde das Paket verändert.
verify-this-not-timestamped = Dieses Paket wurde ohne Zeitstempel erstellt. Sofern manifest.tsr nicht später hinzugefügt wurde, kann eine Prüfung nur zeigen, dass es in sich stimmig ist.
proof-timestamped = Unverändert seit { $time }, mit Zeitstempel von { $tsa } (Signatur gültig; der Dienst führt zur vertrauenswürdigen Wurzel { $root }).
proof-timestamped-unanchored = Unverändert seit { $time }, mit Zeitstempel von { $tsa }: Die Signatur ist gültig, aber der Unterzeichner wurde nicht gegen eine Wurzel geprüft, der Sie vertrauen (nennen Sie eine mit --tsa-root); das beruht also auf dem Zertifikat im Zeitstempel.
proof-consistent-only = Nur in sich stimmig (kein Zeitstempel): Die Dateien stimmen untereinander und mit dem Protokoll überein, aber nichts zeigt, wann sie erstellt wurden oder dass sie nicht gemeinsam neu geschrieben wurden.
proof-records = { $stamped } von { $total } Einträgen im Protokoll erhielten einen Zeitstempel, als sie entstanden (durch { $tsa }): jeder davon bestand genau so spätestens zu der dafür angegebenen Zeit.
proof-not-proven = Nichts ist bewiesen: { $count ->
    [one] Ein Problem wurde gefunden.
   *[other] { $count } Probleme wurden gefunden.
}

# How a request was sent.
channel-form = Webformular
channel-email = E-Mail
channel-in_app = in der App oder auf der Website
channel-find_contact = Suche nach dem richtigen Kontakt
channel-letter = Brief

captures-heading = Als Beweis gesicherte Seiten
captures-intro = Jede Seite wurde einmal abgerufen, auf Wunsch der Person: nur der Text der Seite, ohne ihre Skripte auszuführen oder ihre Bilder zu laden. Die angefragte Adresse, jede Weiterleitung, die Header der Antwort, die Adresse des Servers und die TLS-Zertifikate stehen in der Protokolldatei; die Seite selbst steht in der Seitendatei.
capture-item = Seite { $n }
capture-url = Angefragte Adresse
capture-final-url = Endadresse
capture-time = Abgerufen (UTC)
capture-status = Status der Antwort
capture-server-ip = Adresse des Servers (die des Proxys, falls einer genutzt wurde)
capture-body-not-kept = Die Antwort war keine Textseite (zum Beispiel ein Bild): nur ihr SHA-256 wurde gesichert, nie ihr Inhalt.
capture-truncated = Die Seite war größer als 10 MiB: nur die ersten 10 MiB wurden gesichert und gehasht.
capture-files = Dateien im Ordner
capture-time-stamp = Zeitstempel
