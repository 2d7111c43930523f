# Der verständliche Name jeder Rechtsgrundlage einer Anfrage, wie der Bericht für die
# Polizei ihn zeigt (Deutsch). Die IDs sind die aus legal_bases.toml (kind "notice").

basis-name-platform_policy = Die eigenen Regeln des Dienstes zu intimen Bildern, die ohne Einwilligung geteilt wurden
basis-name-dsa_art16 = Gesetz über digitale Dienste (Verordnung (EU) 2022/2065), Artikel 16: Meldung rechtswidriger Inhalte
basis-name-gdpr_art17 = Datenschutz-Grundverordnung (Verordnung (EU) 2016/679), Artikel 17: Recht auf Löschung
basis-name-gdpr_art17_delisting = Datenschutz-Grundverordnung, Artikel 17: Entfernung aus den Suchergebnissen
basis-name-us_take_it_down_act = TAKE IT DOWN Act (Vereinigte Staaten), 47 U.S.C. § 223a
basis-name-dmca_512c3 = Digital Millennium Copyright Act (Vereinigte Staaten), 17 U.S.C. § 512(c)(3): Urheberrechtsmeldung
basis-name-google_ncei = Die Richtlinie der Google-Suche zu expliziten oder intimen Bildern, die ohne Einwilligung geteilt wurden
