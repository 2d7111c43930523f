## „Ihre Akte“: für die Polizei, das Institut oder eine Anwältin; und die Übergabe

step-file = Ihre Akte
file-title = Ihre Akte
file-intro = Wenn Sie Anzeige erstatten oder sich beraten lassen möchten, können Sie der Polizei, dem Institut für die Gleichstellung von Frauen und Männern oder einer Anwältin bzw. einem Anwalt eine vollständige Akte geben. Reclaim schreibt sie in einen Ordner, den Sie wählen. Nichts wird irgendwohin gesendet.
file-contents-title = Was die Akte enthält
file-contents-report = Einen Bericht (PDF), der der Reihe nach festhält, was geschehen ist: die Links, die Bildschirmfotos, die gesendeten Anfragen und die Antworten.
file-contents-evidence = Die Beweisdateien: Ihre Bildschirmfotos und Dokumente, genau so, wie sie aufbewahrt wurden.
file-contents-manifest = Eine Liste der Fingerabdrücke (SHA-256) aller Dateien, damit jede Person prüfen kann, dass nichts verändert wurde.
file-contents-custody = Das Protokoll jedes Schritts in Ihrem Fall, jeder Eintrag mit dem vorherigen verknüpft, sodass Lücken oder Änderungen auffallen würden.
file-unencrypted-warning = Der Ordner, den Reclaim schreibt, ist nicht verschlüsselt: Wer ihn öffnen kann, kann ihn lesen. Bewahren Sie ihn auf einem sicheren Gerät auf, etwa einem USB-Stick, den nur Sie benutzen, oder geben Sie ihn direkt der Person, die ihn braucht.
file-make-title = Die Akte erstellen
file-include-images = Auch meine eigenen Bilder in die Akte legen
file-include-images-off = Ihre eigenen Bilder bleiben draußen. Ihre Fingerabdrücke stehen immer im Bericht, und das genügt meistens.
file-include-images-warning = Ihre Bilder werden unverschlüsselt in den Ordner kopiert. Tun Sie das nur, wenn die Polizei oder Ihre Anwältin bzw. Ihr Anwalt danach fragt.
file-export = Einen Ordner wählen und die Akte erstellen
file-working = Die Akte wird erstellt…
file-done-title = Ihre Akte ist fertig
file-done-where = Sie liegt in diesem Ordner:
file-done-count = { $count ->
    [one] Darin ist eine Datei.
   *[other] Darin sind { $count } Dateien.
}
file-done-manifest = Fingerabdruck der ganzen Akte (SHA-256 der Liste der Fingerabdrücke):
file-verified = Geprüft: Alle { $count } Dateien stimmen mit ihren Fingerabdrücken überein. Nichts fehlt, nichts wurde verändert.
file-not-verified = Reclaim hat den Ordner noch einmal gelesen, und etwas stimmt nicht. Sie können die Akte in einem neuen Ordner noch einmal erstellen. Betroffen sind diese Dateien:
file-case-problems = Der Bericht nennt, welche Einträge Ihres Falls nicht als unverändert bestätigt werden konnten.
file-unencrypted-reminder = Denken Sie daran: Dieser Ordner ist nicht verschlüsselt. Sobald Sie ihn übergeben haben, können Sie ihn von diesem Computer löschen.
file-handover-title = Den Fall an eine Beratungsstelle übergeben
file-handover-intro = Damit wird Ihr ganzer Fall in eine Datei geschrieben, gesperrt mit einer Passphrase, die Sie jetzt wählen. Eine Beraterin oder ein Berater mit Reclaim kann sie mit dieser Passphrase auf dem eigenen Computer öffnen. Teilen Sie die Passphrase auf anderem Weg mit als die Datei, zum Beispiel am Telefon.
file-handover-passphrase = Passphrase für die Übergabedatei
file-handover-confirm = Dieselbe Passphrase noch einmal
file-handover-passphrase-hint = Mindestens 8 Zeichen. Sie dürfen sie einfügen.
file-handover-too-short = Die Passphrase braucht mindestens { $min } Zeichen.
file-handover-mismatch = Die beiden Passphrasen sind nicht gleich. Bitte geben Sie sie noch einmal ein.
file-handover-export = Einen Ordner wählen und die Übergabedatei schreiben
file-handover-done = Die Übergabedatei ist geschrieben
file-handover-done-count = { $count ->
    [one] Sie enthält Ihren Fall und eine Beweisdatei ({ $size } MB).
   *[other] Sie enthält Ihren Fall und { $count } Beweisdateien ({ $size } MB).
}
file-handover-done-hint = Sie lässt sich nur mit der Passphrase öffnen. Bewahren Sie die Passphrase getrennt von der Datei auf.
