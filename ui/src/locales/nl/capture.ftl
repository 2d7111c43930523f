## Een kopie van een pagina bewaren als bewijs (een bewaarde link) en tijdstempels

capture-keep = Een kopie van deze pagina bewaren als bewijs
capture-working = Kopie wordt bewaard…
capture-warning = Reclaim vraagt deze pagina één keer op bij de website. De website ziet het internetadres van je computer (IP-adres). Als de website misschien van de persoon is die de beelden deelde, kun je eerst Tor of een VPN gebruiken, of een hulpverlener vragen het vanaf diens computer te doen. Niets van de pagina wordt getoond, er wordt geen afbeelding geladen en geen script uitgevoerd. Alleen de tekst van de pagina wordt bewaard, versleuteld in je dossier, met het tijdstip en de vingerafdruk.
capture-confirm = Nu een kopie bewaren
capture-cancel = Niet nu
capture-kept-line = Kopie bewaard op { $when } · antwoord { $status } · vingerafdruk (SHA-256) { $hash }…
capture-not-a-page = Dit adres leidde niet naar een tekstpagina (misschien een afbeelding). Alleen de vingerafdruk is bewaard, niet de inhoud.
capture-time-stamp-later = De tijdstempel kon nu niet gemaakt worden. Je kopie is veilig; de volgende tijdstempel dekt ze ook.
time-stamping-title = Tijdstempels op wat ik bewaar
time-stamping-intro = Telkens als je iets bewaart (een link, een schermafbeelding, een verstuurd verzoek, een kopie van een pagina), kan een onafhankelijke tijdstempeldienst bevestigen wanneer het bewaard werd. Zo staat je dossier sterker bij de politie of een advocaat. Het staat uit tot je het aanzet.
time-stamping-what-leaves = Alleen een vingerafdruk (SHA-256) van het logboek van je dossier verlaat deze computer. Die verraadt niets over je dossier. De dienst ziet je internetadres (IP-adres).
time-stamping-authority = Tijdstempeldienst
time-stamping-free = gratis
time-stamping-cost-unknown = prijs niet vermeld
time-stamping-unverified = adres niet bevestigd door de dienst zelf
time-stamping-turn-on = Tijdstempels aanzetten
time-stamping-turn-off = Tijdstempels uitzetten
time-stamping-on = Wat je bewaart krijgt een tijdstempel van { $name }.
time-stamping-last = Laatste tijdstempel: { $when }.
time-stamping-failed = De laatste tijdstempel kon niet gemaakt worden (misschien ben je offline). Er gaat niets verloren: de volgende dekt ook deze.
