step-images = Ihre Bilder
step-copies = Kopien finden
images-title = Ihre Bilder
images-intro = Wählen Sie Ihre Originalbilder. Reclaim erstellt hier, auf diesem Computer, von jedem einen Fingerabdruck. Nur die Fingerabdrücke werden in Ihrem Fall gespeichert; die Bilder werden weder kopiert noch angezeigt noch verschickt.
images-pick = Bilder wählen
images-working = Fingerabdrücke werden erstellt…
images-name-word = Bild
images-added = { $count ->
    [one] Ein Fingerabdruck wurde erstellt.
   *[other] { $count } Fingerabdrücke wurden erstellt.
}
images-already-kept = { $count ->
    [one] Ein Bild war schon in Ihrem Fall.
   *[other] { $count } Bilder waren schon in Ihrem Fall.
}
images-kept-title = Fingerabdrücke in Ihrem Fall
images-none = Noch keine Fingerabdrücke.
images-fingerprint-made = Fingerabdruck erstellt
images-low-quality = Dieses Bild hat wenig Details, daher sind Kopien davon vielleicht schwerer zu finden. Das ist nicht Ihre Schuld.
images-stopncii-title = StopNCII: Kopien auf großen Plattformen sperren
images-takeitdown-title = Take It Down: für Bilder, die vor Ihrem 18. Geburtstag entstanden sind
images-service-how = Das geschieht auf deren eigener Website: Sie erstellt die Fingerabdrücke in Ihrem Browser, und nur die Fingerabdrücke verlassen Ihren Computer. Reclaim lädt nichts hoch.
images-service-site = Deren Website:
images-service-history = Wenn jemand anderes den Browserverlauf dieses Computers sehen kann, nutzen Sie besser ein privates Fenster.
images-service-open = Ihre Website öffnen
images-service-open-confirm = Jetzt öffnen
images-service-open-cancel = Jetzt nicht
images-service-record = Diese Nummer speichern
images-service-pin = PIN (wenn StopNCII Ihnen eine gegeben hat)
images-service-pin-hint = StopNCII kann Ihnen die Fallnummer und die PIN nicht noch einmal schicken. Reclaim bewahrt sie in Ihrem verschlüsselten Fall auf; sie kommen nie in den Bericht für die Polizei.
images-service-pin-kept = PIN:
images-service-pin-show = PIN anzeigen
images-service-pin-hide = PIN verbergen
copies-title = Kopien finden
copies-intro = Wählen Sie einen Ordner mit gefundenen oder heruntergeladenen Dateien. Reclaim vergleicht jede Datei mit den Fingerabdrücken Ihrer Bilder, hier auf diesem Computer. Sie sehen nur Dateinamen, nie die Bilder.
copies-pick = Ordner wählen
copies-searching = Suche läuft…
copies-listing = Der Ordner wird durchgesehen…
copies-progress = { $done } von { $total } Dateien
copies-rate = { $rate } Dateien pro Sekunde
copies-time-unknown = verbleibende Zeit wird berechnet
copies-time-seconds = noch etwa { $seconds } Sekunden
copies-time-minutes = { $minutes ->
    [one] noch etwa eine Minute
   *[other] noch etwa { $minutes } Minuten
}
copies-found-so-far = { $count ->
    [one] bisher 1 Kopie gefunden
   *[other] bisher { $count } Kopien gefunden
}
copies-cancel = Suche beenden
copies-stopping = Wird beendet…
copies-found = { $count ->
    [0] Keine Kopien gefunden
    [one] 1 Kopie gefunden
   *[other] { $count } Kopien gefunden
}
copies-was-cancelled = Die Suche wurde vor dem Ende beendet.
copies-no-originals = Es gibt noch keine Fingerabdrücke zum Vergleichen. Fügen Sie zuerst Ihre Bilder hinzu.
copies-looked-at = { $count ->
    [one] 1 Datei angesehen.
   *[other] { $count } Dateien angesehen.
}
copies-in-folder = in { $folder }
copies-of = eine Kopie von { $original }
copies-same = dasselbe Bild
copies-nearly-same = fast dasselbe Bild
copies-similar = sehr ähnlich
copies-inside = in einem größeren Bild, oder zugeschnitten, gedreht oder mit Text darüber
copies-transform-rotated_90 = eine Vierteldrehung nach links
copies-transform-rotated_180 = auf den Kopf gedreht
copies-transform-rotated_270 = eine Vierteldrehung nach rechts
copies-transform-flipped = von oben nach unten gekippt
copies-transform-mirrored = gespiegelt
copies-transform-transposed = gedreht und gespiegelt
copies-transform-anti_transposed = gedreht und gespiegelt
copies-transform-cropped = an den Rändern abgeschnitten
copies-transform-original = gleich ausgerichtet
copies-unreadable = { $count ->
    [one] 1 Datei konnte nicht gelesen werden
   *[other] { $count } Dateien konnten nicht gelesen werden
}
copies-keep = Als Beweis sichern
copies-keep-intro = Reclaim sichert eine verschlüsselte Kopie dieser Datei in Ihrem Fall, mit ihrem Fingerabdruck (SHA-256), damit Sie sie später der Polizei oder einer Anwältin oder einem Anwalt geben kannst. Die Datei selbst bleibt, wo sie ist.
copies-keep-from = Wo haben Sie sie gefunden?
copies-keep-link = Unter einem Link, den Sie gespeichert haben
copies-keep-platform = Auf einer Seite oder in einer App, ohne Link (zum Beispiel in einem Chat)
copies-keep-choose-link = Welcher Link?
copies-keep-choose-platform = Welche Seite oder App?
copies-keep-choose = Auswählen…
copies-keep-no-links = Sie haben noch keine Links gespeichert. Wählen Sie stattdessen eine Seite oder App, oder speichern Sie den Link zuerst im Schritt Links.
copies-keep-note = Notiz (wenn Sie möchten)
copies-keep-note-hint = Zum Beispiel, wer sie geschickt hat oder in welcher Gruppe Sie sie gesehen haben.
copies-keep-confirm = Sichern
copies-keep-cancel = Abbrechen
copies-kept = { $tie ->
    [link] Als Beweis gesichert, gefunden unter { $where }.
   *[platform] Als Beweis gesichert, gefunden auf { $where }.
}
copies-keep-changed = Diese Datei wurde seit der Suche geändert oder verschoben. Durchsuchen Sie den Ordner noch einmal und sichern Sie sie dann.
copies-keep-minor = In diesem Fall werden Kopien nicht als Beweis gesichert, weil die Person auf den Bildern unter 18 war. Die Namen oben reichen, um sie zu melden.
