# Meldungen von Konten (Drohung, Bilder zu verbreiten) und die Meldung an die
# Beschwerdestelle (Fotos eines Kindes). Variablen: siehe en/situations.ftl.

subject-account = Meldung eines Kontos, das droht, intime Bilder zu verbreiten – { $platform }
intro-account = { $by ->
    [representative] Das unten genannte Konto droht, { $kind ->
        [fake] sexuelle Bilder von { $victim }, die ohne Einwilligung von { $victim } erstellt oder bearbeitet wurden,
       *[real] intime Bilder von { $victim }
    } zu verbreiten, wenn { $victim } nicht zahlt oder mehr schickt.
   *[self] Das unten genannte Konto droht, { $kind ->
        [fake] sexuelle Bilder von mir, die ohne meine Einwilligung erstellt oder bearbeitet wurden,
       *[real] intime Bilder von mir
    } zu verbreiten, wenn ich nicht zahle oder mehr schicke.
} Das ist Erpressung (Sextortion) und verstößt gegen Ihre Regeln.
account-heading = Das Konto:
account-line = { $handle } auf { $platform }
account-ask = Bitte sperren Sie dieses Konto, verhindern Sie, dass es die Bilder auf Ihrem Dienst verbreitet, und bewahren Sie seine Daten auf, falls die Polizei danach fragt.
account-step-paste = Wo die Meldung nach Details fragt, fügen Sie den Text unten ein.
account-step-block = Blockieren Sie danach das Konto. Löschen Sie den Chat nicht.
account-warning-evidence = Bevor Sie melden oder blockieren: Machen Sie Screenshots der Nachrichten, des Namens und Links des Kontos und jeder Geldforderung. Zahlen Sie nicht, schicken Sie nichts mehr und löschen Sie den Chat nicht.

hotline-subject = Meldung: Fotos eines Kindes ohne Erlaubnis genommen und online gestellt
hotline-intro = { $by ->
    [representative] Ich schreibe im Namen eines Elternteils oder einer Betreuungsperson eines Kindes.
   *[self] Ich bin Elternteil oder Betreuungsperson eines Kindes.
} Fotos des Kindes wurden ohne Erlaubnis von dort genommen, wo sie gepostet waren, und auf die unten genannten Seiten gestellt. Ich habe keines der Bilder heruntergeladen oder aufbewahrt.
hotline-urls = Die Seiten:
hotline-ask = Bitte prüfen Sie diese Seiten und lassen Sie die Bilder entfernen. Sie können mich kontaktieren, wenn Sie mehr Informationen brauchen.
hotline-contact = Kontakt: { $name }, { $email }
hotline-note-links-only = Schicken Sie nur die Links. Laden Sie die Fotos nicht herunter, machen Sie keine Screenshots davon und leiten Sie sie an niemanden weiter: Die Beschwerdestelle braucht sie nicht.
hotline-note-anonymous = Sie können diese Meldung auch ohne Ihren Namen machen: Lassen Sie dann die Kontaktzeile weg.
hotline-note-none-known = Reclaim kennt für Ihr Land noch keine Beschwerdestelle. Die Polizei kann diese Meldung aufnehmen.
hotline-note-police = Sie können es auch der Polizei melden. Ist ein Kind jetzt in Gefahr, rufen Sie 112 an.
