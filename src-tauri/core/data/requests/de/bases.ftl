# What each legal basis means, one message per basis (`basis-<id>`, the id from
# legal_bases.toml with dashes). Its value tells the person, on the Requests screen,
# what the basis does for her; its `.letter` attribute (where the basis has one) is the
# sentence that names it in a request. A new basis = its entry in legal_bases.toml and
# one message here in every language.

basis-platform-policy = Die eigenen Regeln der Website verbieten es, intime Bilder ohne Einwilligung zu teilen.
    .name = Die eigenen Regeln des Dienstes zu intimen Bildern, die ohne Einwilligung geteilt wurden

basis-dsa-art16 = Europäisches Recht (Gesetz über digitale Dienste, Art. 16) verpflichtet die Website, Ihre Meldung zu prüfen und zügig zu entscheiden.
    .letter = Dies ist eine Meldung nach Artikel 16 des Gesetzes über digitale Dienste (Verordnung (EU) 2022/2065).
    .name = Gesetz über digitale Dienste (Verordnung (EU) 2022/2065), Artikel 16: Meldung rechtswidriger Inhalte

basis-gdpr-art17 = Der Datenschutz (DSGVO, Art. 17) gibt Ihnen das Recht, Ihre Bilder löschen zu lassen; die Website muss innerhalb eines Monats antworten.
    .letter = Dies ist ein Antrag auf Löschung nach Artikel 17 der Datenschutz-Grundverordnung (Verordnung (EU) 2016/679).
    .name = Datenschutz-Grundverordnung (Verordnung (EU) 2016/679), Artikel 17: Recht auf Löschung

basis-gdpr-art17-delisting = Das Datenschutzrecht (DSGVO, Art. 17) erlaubt Ihnen, eine Suchmaschine zu bitten, keine Links zu sexuellen Bildern von Ihnen mehr zu zeigen; sie muss innerhalb eines Monats antworten.
    .letter = Dies ist ein Antrag nach Artikel 17 der Datenschutz-Grundverordnung (Verordnung (EU) 2016/679). Der Gerichtshof der EU hat entschieden, dass eine Suchmaschine solche Ergebnisse entfernen muss (C-131/12, Google Spain) und dass sie dies bei besonderen Kategorien von Daten nur ablehnen darf, wenn der Link für die Informationsfreiheit der Öffentlichkeit unbedingt erforderlich ist (C-136/17, GC u. a.).
    .name = Datenschutz-Grundverordnung, Artikel 17: Entfernung aus den Suchergebnissen

basis-us-take-it-down-act = US-Recht (TAKE IT DOWN Act): Seit dem 19. Mai 2026 müssen die erfassten Websites sie so schnell wie möglich entfernen, spätestens 48 Stunden nach einem gültigen Antrag.
    .letter = Dies ist ein Löschantrag nach dem TAKE IT DOWN Act (47 U.S.C. § 223a). Bei einem gültigen Antrag verlangt das Gesetz von einer erfassten Plattform, die Inhalte so schnell wie möglich, spätestens aber innerhalb von 48 Stunden, zu entfernen und sich in angemessener Weise um die Entfernung bekannter identischer Kopien zu bemühen.
    .name = TAKE IT DOWN Act (Vereinigte Staaten), 47 U.S.C. § 223a

basis-dmca-512c3 = US-Urheberrecht (DMCA): nur für Fotos oder Videos, die Sie selbst aufgenommen haben. Ihr Name und Ihre Adresse werden an die Person weitergegeben, die sie hochgeladen hat.
    .letter = Dies ist eine Mitteilung nach dem Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
    .name = Digital Millennium Copyright Act (Vereinigte Staaten), 17 U.S.C. § 512(c)(3): Urheberrechtsmeldung

basis-google-ncei = Googles Richtlinie entfernt intime Bilder, die ohne Einwilligung geteilt wurden, aus den Suchergebnissen.
    .name = Die Richtlinie der Google-Suche zu expliziten oder intimen Bildern, die ohne Einwilligung geteilt wurden

basis-be-criminal-code-371-1 = In Belgien war dies zu der Zeit, als die Bilder verbreitet wurden, eine Straftat (Strafgesetzbuch, Art. 371/1).
    .letter = In Belgien, { lives-in }, ist die Verbreitung sexueller Bilder einer Person ohne deren Einwilligung eine Straftat (Strafgesetzbuch, Artikel 371/1).

basis-be-criminal-code-417-9 = In Belgien ist es eine Straftat, intime Bilder ohne Einwilligung zu teilen (Strafgesetzbuch).
    .letter = In Belgien, { lives-in }, ist die Verbreitung sexueller Bilder einer Person ohne deren Einwilligung eine Straftat (Strafgesetzbuch, Artikel 417/9 und 417/10).

basis-be-criminal-code-417-8 = In Belgien ist es eine Straftat, jemanden ohne Einwilligung nackt oder sexuell zu filmen oder zu zeigen, auch mit gefälschten Bildern (Strafgesetzbuch, Art. 417/8).
    .letter = In Belgien, { lives-in }, ist dies eine Straftat: Die Gerichte haben die Bestimmung über Voyeurismus auf sexuelle Deepfakes angewandt (Strafgesetzbuch, Artikel 417/8).

basis-be-criminal-code-2024 = In Belgien macht das neue Strafgesetzbuch (2024) das Verbreiten sexueller Bilder ohne Einwilligung strafbar.
    .letter = In Belgien, { lives-in }, ist die Verbreitung sexueller Inhalte einer Person ohne deren Einwilligung eine Straftat (Strafgesetzbuch, Buch II: nicht einvernehmliche Verbreitung sexueller Inhalte).

basis-fr-code-penal-226-2-1 = In Frankreich ist das Verbreiten sexueller Bilder einer Person ohne deren Zustimmung eine Straftat (Code pénal, Art. 226-2-1).
    .letter = In Frankreich, { lives-in }, ist die Verbreitung sexueller Bilder einer Person ohne deren Zustimmung eine Straftat (Code pénal, Artikel 226-2-1).

basis-fr-code-penal-226-8-1 = In Frankreich ist das Verbreiten einer sexuellen Montage oder eines mit KI erzeugten sexuellen Bildes einer Person ohne Einwilligung eine Straftat (Code pénal, Art. 226-8-1).
    .letter = In Frankreich, { lives-in }, ist die Verbreitung einer sexuellen Montage oder von KI-erzeugten sexuellen Inhalten, die eine Person zeigen, ohne deren Einwilligung eine Straftat (Code pénal, Artikel 226-8-1).

basis-nl-sr-sexual-images = In den Niederlanden ist das Veröffentlichen sexueller Bilder einer Person ohne Einwilligung strafbar (Wetboek van Strafrecht).
    .letter = In den Niederlanden, { lives-in }, ist die Veröffentlichung sexueller Bilder einer Person ohne deren Einwilligung eine Straftat (Wetboek van Strafrecht: misbruik van seksueel beeldmateriaal).

basis-de-stgb-201a = In Deutschland ist das Verbreiten intimer Bilder einer Person ohne Einwilligung eine Straftat (StGB § 201a).
    .letter = In Deutschland, { lives-in }, ist es strafbar, solche Bilder ohne Einwilligung Dritten zugänglich zu machen (Strafgesetzbuch, § 201a).

basis-gdpr-art9 = Das Datenschutzrecht (DSGVO, Art. 9) schützt Bilder Ihres Sexuallebens besonders: Niemand darf sie ohne Ihre Einwilligung veröffentlichen.
    .letter = { sex-life-start }: Es sind besondere Kategorien personenbezogener Daten (Artikel 9 Absatz 1 der Datenschutz-Grundverordnung), und ihre Veröffentlichung ohne ausdrückliche Einwilligung ist rechtswidrig.

basis-be-court-fast-procedure = In Belgien kann ein Gericht die Entfernung innerhalb von sechs Stunden anordnen.

basis-stopncii = StopNCII hilft teilnehmenden Websites, Ihre Bilder zu sperren, ohne dass die Bilder Ihr Gerät verlassen.

basis-ncmec-take-it-down = Take It Down hilft, Bilder zu entfernen, die vor dem 18. Lebensjahr entstanden sind.
