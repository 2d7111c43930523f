# Schritt 6: die Anfragen nachverfolgen.

followup-title = Nachverfolgen
# $shown: what the screen lists (requests sent, websites not asked yet, or both).
followup-intro = { $shown ->
    [sent] Hier steht jede Website, an die Sie eine Anfrage gesendet haben: was Sie jetzt braucht, steht oben. Sie können jede Antwort hier festhalten; jede Änderung wird mit Datum aufbewahrt.
    [not-sent] Sie haben noch keine Anfrage gesendet. Hier stehen die Websites Ihres Falls, die auf eine warten. Wenn Sie eine senden, können Sie die Antwort hier festhalten; jede Änderung wird mit Datum aufbewahrt.
   *[both] Hier steht jede Website Ihres Falls. Zuerst die gesendeten Anfragen: was Sie jetzt braucht, steht oben. Dann die Websites, die Sie noch nicht angeschrieben haben. Sie können jede Antwort hier festhalten; jede Änderung wird mit Datum aufbewahrt.
}
followup-none = Noch keine Anfrage ist als gesendet markiert. Wenn Sie unter „Entfernung verlangen“ eine senden, erscheint sie hier.
followup-status-draft = Noch nicht gesendet
followup-status-sent = Gesendet, wartet auf Antwort
followup-status-acknowledged = Von der Website erhalten
followup-status-removed = Entfernt
followup-status-refused = Abgelehnt
followup-status-no-answer = Keine Antwort innerhalb der Frist
followup-status-came-back = Nach der Entfernung wieder online
followup-overdue = Die Antwort ist überfällig
followup-sent = Gesendet am
followup-deadline = Antwort fällig bis
followup-tickets = Referenznummern
followup-next-title = Was Sie als Nächstes tun können
followup-next-refused = Die Website hat abgelehnt. Das ist nicht das Ende. Das können Sie jetzt tun; die ersten Schritte gehen am schnellsten.
followup-next-late = Die Website hat nicht rechtzeitig geantwortet. Das können Sie jetzt tun; die ersten Schritte gehen am schnellsten.
followup-change-label = Was ist passiert?
followup-ticket-label = Eine Referenznummer hinzufügen
followup-ticket-save = Hinzufügen
followup-history = Was passiert ist, mit Datum
followup-online-title = Ist es noch online?
followup-online-intro = Reclaim kann jeden Link Ihres Falls prüfen. Nur die Adresse wird abgefragt: Es wird kein Bild und nichts über Ihre Bilder gesendet, und die Seite wird weder geöffnet noch gespeichert. Es passiert nichts, bevor Sie auf den Knopf drücken.
followup-online-check = Die Links jetzt prüfen
followup-online-warning = Jede Website sieht die Internetadresse Ihres Computers (IP-Adresse), wenn Reclaim sie fragt. Wenn eine Website der Person gehören könnte, die die Bilder geteilt hat, können Sie zuerst Tor oder ein VPN benutzen oder eine Beraterin oder einen Berater bitten, es von deren Computer aus zu prüfen.
followup-online-confirm = Jetzt prüfen
followup-online-cancel = Nicht jetzt
followup-online-checking = Wird geprüft…
followup-liveness-still-online = Noch online
followup-liveness-gone = Verschwunden
followup-liveness-could-not-tell = Nicht geprüft: Reclaim konnte es nicht feststellen (keine Antwort, oder die Website hat es nicht gesagt). Das heißt nicht, dass es weg ist.
followup-step-phone = Telefon: { $phone } (kostenlos)
followup-step-copy-email = E-Mail-Adresse kopieren
followup-step-copy-address = Adresse kopieren
followup-step-letter = Der Brief, fertig zum Kopieren
followup-step-copy-letter = Brief kopieren
followup-step-go = Zu „{ $step }“
followup-step-copied = Kopiert.
followup-not-sent-title = Noch nicht angefragt
followup-not-sent-links = { $count ->
    [one] 1 Link
   *[other] { $count } Links
}
followup-not-sent-go = Zur Anfrage
