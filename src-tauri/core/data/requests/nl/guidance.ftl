# Wat de persoon naast een verzoek leest (Nederlands): stappen, waarschuwingen, diensten.

warning-dmca = Een DMCA-kennisgeving kan, met je naam en contactgegevens, worden doorgestuurd naar de persoon die de inhoud heeft geplaatst, en veel diensten publiceren kennisgevingen ook in de Lumen-databank (lumendatabase.org). Die persoon kan een tegenkennisgeving sturen, en de inhoud kan dan na 10 tot 14 werkdagen terugkomen, tenzij je in de Verenigde Staten naar de rechter stapt. Gebruik dit alleen voor foto's of video's die je zelf hebt gemaakt.
warning-take-it-down-us = Dit formulier kan bedoeld zijn voor mensen in de Verenigde Staten. Als het je verzoek niet aanvaardt, gebruik dan de andere weg van het platform.

warning-forwarding = Deze dienst stuurt klachten vaak door naar wie de site beheert, met de naam en het e-mailadres van de afzender. Gebruik een e-mailadres dat niet meer over jou zegt dan nodig (een nieuw adres is prima), en vink "mijn gegevens niet doorsturen" aan als het formulier dat aanbiedt.
warning-check-address = Reclaim kon dit adres niet bevestigen via een officiële bron. Controleer het op de website van de dienst voordat je het verstuurt.
reason-delisting = Toegevoegd door Reclaim: zoekmachines kunnen deze pagina's, en beelden ervan, blijven tonen, ook als de site niets doet. Je kunt dit uitzetten.

steps-in-app-1 = Open { $platform } en ga naar de inhoud (bericht, foto, video of profiel).
steps-in-app-2 = Open het menu (vaak "…" of lang indrukken) en kies "Melden".
steps-in-app-3 = Kies de optie over naaktheid of intieme beelden die zonder toestemming zijn verspreid.
steps-in-app-4 = Als er een tekstvak is, plak daar de tekst hieronder.
steps-in-app-5 = Noteer het meldingsnummer dat je krijgt, en de datum.

steps-find-contact-1 = Kijk onderaan { $host } of er een link is zoals "Contact", "Content removal", "DMCA", "Melden" of "DSA". Is er een formulier, gebruik het dan met de tekst hieronder.
steps-find-contact-2 = Zo niet, zoek de hostingprovider: druk op deze kaart op "Zoek wie deze site host" (een opzoeking van { $host }). Je krijgt dan het abuse-e-mailadres van de host, en Reclaim richt je verzoek daarna aan dat adres.
steps-find-contact-3 = Staat de site achter Cloudflare, gebruik dan het misbruikformulier van Cloudflare (categorie "Non-Consensual Sexually Explicit Imagery"): het stuurt de melding door en vertelt je wie de host is.
steps-find-contact-4 = Je kunt ook de registrar van de domeinnaam (uit dezelfde opzoeking) vragen op te treden.
steps-find-contact-5 = Vraag zoekmachines om de pagina's uit hun resultaten te halen, ook als de site niet antwoordt.

service-stopncii = StopNCII.org (voor volwassenen) maakt op je toestel een digitale vingerafdruk (hash) van je beelden; de beelden zelf worden nooit verstuurd. Partnerplatforms gebruiken de vingerafdrukken om kopieën te vinden en te blokkeren. Een brief is niet nodig. Bewaar je dossiernummer en pincode: ze kunnen niet worden hersteld.
service-take-it-down = Take It Down (van NCMEC) is voor beelden die zijn gemaakt voordat je 18 was. Het maakt op je toestel een vingerafdruk (hash) van de beelden; de beelden worden nooit verstuurd. Partnerplatforms gebruiken die om kopieën te vinden en te verwijderen. In België kan Child Focus (116 000) helpen. Bewaar je dossiernummer.
case-number-label = Dossiernummer
