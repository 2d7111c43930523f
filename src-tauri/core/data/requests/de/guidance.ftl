# Was die Person neben einem Antrag liest (Deutsch): Schritte, Warnungen, Dienste.

warning-dmca = Eine DMCA-Mitteilung kann mit Ihrem Namen und Ihren Kontaktdaten an die Person weitergegeben werden, die die Inhalte hochgeladen hat, und viele Dienste veröffentlichen Mitteilungen auch in der Lumen-Datenbank (lumendatabase.org). Diese Person kann eine Gegendarstellung senden, und die Inhalte können dann nach 10 bis 14 Werktagen wieder online sein, wenn Sie nicht in den USA vor Gericht gehen. Nutzen Sie diesen Weg nur für Fotos oder Videos, die Sie selbst aufgenommen haben.
warning-take-it-down-us = Dieses Formular ist möglicherweise für Menschen in den Vereinigten Staaten gedacht. Wenn es Ihren Antrag nicht annimmt, nutzen Sie den anderen Weg der Plattform.

warning-forwarding = Dieser Dienst leitet Beschwerden oft an die Person weiter, die die Website betreibt, mit Namen und E-Mail-Adresse des Absenders. Nutzen Sie eine E-Mail-Adresse, die nicht mehr über Sie verrät als nötig (eine neue Adresse ist in Ordnung), und kreuzen Sie „meine Daten nicht weitergeben“ an, wo das Formular es anbietet.
warning-check-address = Reclaim konnte diese Adresse nicht über eine offizielle Quelle bestätigen. Prüfen Sie sie vor dem Senden auf der Website des Dienstes.
reason-delisting = Von Reclaim hinzugefügt: Suchmaschinen können diese Seiten und Bilder daraus weiter anzeigen, auch wenn die Website nichts tut. Sie können das ausschalten.

steps-in-app-1 = Öffnen Sie { $platform } und gehen Sie zu dem Inhalt (Beitrag, Nachricht, Foto oder Profil).
steps-in-app-2 = Öffnen Sie das Menü (oft „…“ oder langes Drücken) und wählen Sie „Melden“.
steps-in-app-3 = Wählen Sie die Option zu Nacktheit oder intimen Bildern, die ohne Einwilligung verbreitet wurden.
steps-in-app-4 = Wenn es ein Textfeld gibt, fügen Sie dort den Text unten ein.
steps-in-app-5 = Notieren Sie die Meldungsnummer, die Sie erhalten, und das Datum.

steps-find-contact-1 = Suchen Sie unten auf { $host } nach einem Link wie „Kontakt“, „Content removal“, „DMCA“, „Melden“ oder „DSA“. Gibt es ein Formular, nutzen Sie es mit dem Text unten.
steps-find-contact-2 = Sonst finden Sie den Hosting-Anbieter: Drücken Sie auf dieser Karte „Herausfinden, wer diese Website hostet“ (eine Abfrage zu { $host }). Sie ergibt die Abuse-E-Mail-Adresse des Hosters, und Reclaim richtet Ihre Anfrage dann an diese Adresse.
steps-find-contact-3 = Läuft die Website über Cloudflare, nutzen Sie das Missbrauchsformular von Cloudflare (Kategorie „Non-Consensual Sexually Explicit Imagery“): Es leitet die Meldung weiter und nennt Ihnen den Hoster.
steps-find-contact-4 = Sie können auch die Registrierungsstelle des Domainnamens (aus derselben Abfrage) bitten, tätig zu werden.
steps-find-contact-5 = Bitten Sie Suchmaschinen, die Seiten aus ihren Ergebnissen zu entfernen, auch wenn die Website nicht antwortet.

service-stopncii = StopNCII.org (für Erwachsene) erstellt auf Ihrem Gerät einen digitalen Fingerabdruck (Hash) Ihrer Bilder; die Bilder selbst werden nie hochgeladen. Partnerplattformen nutzen die Fingerabdrücke, um Kopien zu finden und zu sperren. Ein Schreiben ist nicht nötig. Bewahren Sie Ihre Fallnummer und PIN auf: Sie können nicht wiederhergestellt werden.
service-take-it-down = Take It Down (vom NCMEC) ist für Bilder, die aufgenommen wurden, bevor Sie 18 waren. Es erstellt auf Ihrem Gerät einen Fingerabdruck (Hash) der Bilder; die Bilder werden nie hochgeladen. Partnerplattformen nutzen ihn, um Kopien zu finden und zu entfernen. In Belgien hilft Child Focus (116 000). Bewahren Sie Ihre Fallnummer auf.
case-number-label = Fallnummer
