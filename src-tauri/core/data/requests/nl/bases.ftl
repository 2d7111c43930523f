# What each legal basis means, one message per basis (`basis-<id>`, the id from
# legal_bases.toml with dashes). Its value tells the person, on the Requests screen,
# what the basis does for her; its `.letter` attribute (where the basis has one) is the
# sentence that names it in a request. A new basis = its entry in legal_bases.toml and
# one message here in every language.

basis-platform-policy = De eigen regels van de website verbieden het delen van intieme beelden zonder toestemming.
    .name = De eigen regels van de dienst over intieme beelden die zonder toestemming gedeeld zijn

basis-dsa-art16 = Europese wetgeving (digitaledienstenverordening, art. 16) verplicht de website je melding te bekijken en snel te beslissen.
    .letter = Dit is een melding op grond van artikel 16 van de digitaledienstenverordening (Verordening (EU) 2022/2065).
    .name = Digitaledienstenverordening (Verordening (EU) 2022/2065), artikel 16: melding van illegale inhoud

basis-gdpr-art17 = Gegevensbescherming (AVG, art. 17) geeft je het recht om je beelden te laten wissen; de website moet binnen een maand antwoorden.
    .letter = Dit is een verzoek tot wissing op grond van artikel 17 van de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679).
    .name = Algemene verordening gegevensbescherming (Verordening (EU) 2016/679), artikel 17: recht op gegevenswissing

basis-gdpr-art17-delisting = De privacywet (AVG, art. 17) laat je een zoekmachine vragen om geen links meer te tonen naar seksuele beelden van jou; ze moet binnen een maand antwoorden.
    .letter = Dit is een verzoek op grond van artikel 17 van de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679). Het Hof van Justitie van de EU heeft geoordeeld dat een zoekmachine zulke resultaten moet verwijderen (C-131/12, Google Spain) en dat ze dat bij bijzondere categorieën van gegevens alleen mag weigeren als de link strikt noodzakelijk is voor de vrijheid van informatie van het publiek (C-136/17, GC e.a.).
    .name = Algemene verordening gegevensbescherming, artikel 17: verwijdering uit zoekresultaten

basis-us-take-it-down-act = Amerikaanse wet (TAKE IT DOWN Act): sinds 19 mei 2026 moeten de websites waarop ze van toepassing is ze zo snel mogelijk verwijderen, en binnen 48 uur na een geldig verzoek.
    .letter = Dit is een verzoek tot verwijdering op grond van de TAKE IT DOWN Act (47 U.S.C. § 223a). Bij een geldig verzoek vraagt de wet een platform waarop ze van toepassing is de inhoud zo snel mogelijk, en uiterlijk binnen 48 uur, te verwijderen en redelijke inspanningen te leveren om bekende identieke kopieën te verwijderen.
    .name = TAKE IT DOWN Act (Verenigde Staten), 47 U.S.C. § 223a

basis-dmca-512c3 = Amerikaans auteursrecht (DMCA): alleen voor foto’s of video’s die je zelf hebt gemaakt. Je naam en adres worden doorgegeven aan wie ze heeft geplaatst.
    .letter = Dit is een kennisgeving op grond van de Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
    .name = Digital Millennium Copyright Act (Verenigde Staten), 17 U.S.C. § 512(c)(3): melding over auteursrecht

basis-google-ncei = Het beleid van Google haalt intieme beelden die zonder toestemming gedeeld zijn uit de zoekresultaten.
    .name = Het beleid van Google Zoeken over expliciete of intieme beelden die zonder toestemming gedeeld zijn

basis-be-criminal-code-371-1 = In België was dit een misdrijf op het moment dat de beelden werden verspreid (Strafwetboek, art. 371/1).
    .letter = In België, { lives-in }, is het verspreiden van seksuele beelden van iemand zonder diens toestemming een misdrijf (Strafwetboek, artikel 371/1).

basis-be-criminal-code-417-9 = In België is het delen van intieme beelden zonder toestemming een misdrijf (Strafwetboek).
    .letter = In België, { lives-in }, is het verspreiden van seksuele beelden van iemand zonder diens toestemming een misdrijf (Strafwetboek, artikelen 417/9 en 417/10).

basis-be-criminal-code-417-8 = In België is iemand zonder toestemming naakt of seksueel filmen of tonen een misdrijf, ook met vervalste beelden (Strafwetboek, art. 417/8).
    .letter = In België, { lives-in }, is dit een misdrijf: de rechtbanken hebben de bepaling over voyeurisme toegepast op seksuele deepfakes (Strafwetboek, artikel 417/8).

basis-be-criminal-code-2024 = In België maakt het nieuwe Strafwetboek (2024) het verspreiden van seksuele beelden zonder toestemming strafbaar.
    .letter = In België, { lives-in }, is het verspreiden van seksuele inhoud van iemand zonder diens toestemming een misdrijf (Strafwetboek, Boek II: niet-consensuele verspreiding van seksuele inhoud).

basis-fr-code-penal-226-2-1 = In Frankrijk is het verspreiden van seksuele beelden van iemand zonder toestemming een misdrijf (Code pénal, art. 226-2-1).
    .letter = In Frankrijk, { lives-in }, is het verspreiden van seksuele beelden van iemand zonder diens instemming een misdrijf (Code pénal, artikel 226-2-1).

basis-fr-code-penal-226-8-1 = In Frankrijk is het verspreiden van een seksuele montage of met AI gemaakt seksueel beeld van iemand zonder toestemming een misdrijf (Code pénal, art. 226-8-1).
    .letter = In Frankrijk, { lives-in }, is het verspreiden van een seksuele montage of van door AI gemaakte seksuele inhoud die iemand toont, zonder diens toestemming, een misdrijf (Code pénal, artikel 226-8-1).

basis-nl-sr-sexual-images = In Nederland is het openbaar maken van seksuele beelden van iemand zonder toestemming strafbaar (Wetboek van Strafrecht).
    .letter = In Nederland, { lives-in }, is het openbaar maken van seksuele beelden van iemand zonder diens toestemming strafbaar (Wetboek van Strafrecht: misbruik van seksueel beeldmateriaal).

basis-de-stgb-201a = In Duitsland is het verspreiden van intieme beelden van iemand zonder toestemming een misdrijf (StGB § 201a).
    .letter = In Duitsland, { lives-in }, is het zonder toestemming toegankelijk maken van zulke beelden voor anderen strafbaar (Strafgesetzbuch, § 201a).

basis-gdpr-art9 = De privacywet (AVG, art. 9) beschermt beelden van je seksleven extra: niemand mag ze zonder jouw toestemming publiceren.
    .letter = { sex-life-start }: het zijn bijzondere persoonsgegevens (artikel 9, lid 1, van de Algemene Verordening Gegevensbescherming), en ze publiceren zonder uitdrukkelijke toestemming is onrechtmatig.

basis-be-court-fast-procedure = In België kan een rechtbank de verwijdering binnen zes uur bevelen.

basis-stopncii = StopNCII helpt deelnemende websites je beelden te blokkeren, zonder dat de beelden je toestel verlaten.

basis-ncmec-take-it-down = Take It Down helpt beelden te verwijderen die gemaakt zijn vóór de leeftijd van 18 jaar.
