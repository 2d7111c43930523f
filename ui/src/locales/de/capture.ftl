## Eine Kopie einer Seite als Beweis sichern (ein gespeicherter Link) und Zeitstempel

capture-keep = Eine Kopie dieser Seite als Beweis sichern
capture-working = Kopie wird gesichert…
capture-warning = Reclaim fragt diese Seite einmal bei der Website an. Die Website sieht die Internetadresse Ihres Computers (IP-Adresse). Wenn sie vielleicht der Person gehört, die die Bilder geteilt hat, können Sie zuerst Tor oder ein VPN nutzen oder eine Beratungsperson bitten, es von ihrem Computer aus zu tun. Von der Seite wird nichts angezeigt, kein Bild geladen und kein Skript ausgeführt. Nur der Text der Seite wird gesichert, verschlüsselt in Ihrem Fall, mit der Uhrzeit und seinem Fingerabdruck.
capture-confirm = Jetzt eine Kopie sichern
capture-cancel = Nicht jetzt
capture-kept-line = Kopie gesichert am { $when } · Antwort { $status } · Fingerabdruck (SHA-256) { $hash }…
capture-not-a-page = Diese Adresse führte nicht zu einer Textseite (vielleicht ein Bild). Nur ihr Fingerabdruck wurde gesichert, nicht der Inhalt.
capture-time-stamp-later = Der Zeitstempel konnte gerade nicht erstellt werden. Ihre Kopie ist sicher; der nächste Zeitstempel deckt sie mit ab.
time-stamping-title = Zeitstempel für meine Einträge
time-stamping-intro = Jedes Mal, wenn Sie etwas festhalten (einen Link, einen Screenshot, eine gesendete Anfrage, eine Kopie einer Seite), kann ein unabhängiger Zeitstempeldienst bestätigen, wann es festgehalten wurde. So hat Ihre Akte bei der Polizei oder einer Anwältin mehr Gewicht. Es ist aus, bis Sie es einschalten.
time-stamping-what-leaves = Nur ein Fingerabdruck (SHA-256) des Protokolls Ihres Falls verlässt diesen Computer. Er verrät nichts über Ihren Fall. Der Dienst sieht Ihre Internetadresse (IP-Adresse).
time-stamping-authority = Zeitstempeldienst
time-stamping-free = kostenlos
time-stamping-cost-unknown = Preis nicht angegeben
time-stamping-unverified = Adresse nicht vom Dienst selbst bestätigt
time-stamping-turn-on = Zeitstempel einschalten
time-stamping-turn-off = Zeitstempel ausschalten
time-stamping-on = Ihre Einträge erhalten Zeitstempel von { $name }.
time-stamping-last = Letzter Zeitstempel: { $when }.
time-stamping-failed = Der letzte Zeitstempel konnte nicht erstellt werden (vielleicht sind Sie offline). Es geht nichts verloren: Der nächste deckt ihn mit ab.
