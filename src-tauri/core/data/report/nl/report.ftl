# Labels van het bewijsrapport (PDF). Placeables krijgen alleen gegevens.

doc-title = Bewijsrapport, dossier { $code }
doc-subtitle = Opgesteld met Reclaim { $version } op { $date }
footer = Dossier { $code } · pagina { $page } van { $total }
yes = ja
no = nee
none = geen
not-recorded = niet vastgelegd

summary-heading = Samenvatting
summary-intro = Dit rapport bevat, voor één geval van intieme beelden die zonder toestemming zijn verspreid, elk adres waar de beelden zijn gevonden, het bewaarde bewijs, de verstuurde verzoeken en de ontvangen antwoorden. De beelden zelf staan er niet in.
summary-case = Dossier
summary-created = Dossier geopend
summary-prepared-by = Opgesteld door
summary-description = Wat er gebeurd is, in de woorden van de persoon
summary-counts = Inhoud
summary-count-urls = Adressen (URL's): { $n }
summary-count-evidence = Bewijsbestanden: { $n }
summary-count-images = Beelden, geïdentificeerd door hun hashes: { $n }
summary-count-requests = Verzoeken: { $n }
summary-custody = Logboek van de bewijsketen
summary-custody-ok = intact ({ $n } regels, elke schakel gecontroleerd)
summary-custody-broken = NIET intact: { $problems }
summary-evidence-changed = Bewijsbestand waarvan de inhoud niet meer overeenkomt met de hash bij vastlegging: { $name }
summary-images-included = De persoon heeft ervoor gekozen de beelden zelf in de bundel op te nemen (map images/).
summary-images-excluded = De beelden zelf zijn niet opgenomen; ze worden alleen door hun hashes geïdentificeerd.

timeline-heading = Tijdlijn
timeline-intro = Alle gebeurtenissen, de oudste eerst. Tijden in UTC.
ev-case-created = Dossier geopend
ev-url-captured = Adres vastgelegd
ev-url-checked = Adres gecontroleerd: { $state }
ev-url-not-checked = Adres niet gecontroleerd: de controle kon niet zeggen of het nog online is (geen antwoord, of de site weigerde te antwoorden)
ev-evidence-captured = Bewijsbestand toegevoegd
ev-image-added = Hash van beeld berekend
ev-request-sent = Verzoek verstuurd naar { $to }
ev-request-status = Verzoek aan { $to }: { $state }

urls-heading = Adressen waar de beelden zijn gevonden
urls-intro = Elk adres precies zoals het is vastgelegd. Lange adressen lopen door op de volgende regel, zonder toegevoegd teken.
url-item = Adres { $n }
url-platform = Platform
url-captured-utc = Vastgelegd (UTC)
url-captured-local = Vastgelegd (lokale tijd van het toestel)
url-status = Laatst bekende status
url-status-never = niet gecontroleerd
url-status-not-told = Controle op { $at }: kon niet zeggen of het nog online is
url-note = Opmerking
state-found = genoteerd, niet gecontroleerd
state-online = nog online
state-removed = verwijderd
state-unreachable = niet gecontroleerd: de controle kon niet zeggen of het nog online is
state-not_checked = niet gecontroleerd: de controle kon niet zeggen of het nog online is
state-came_back = opnieuw online na verwijdering

evidence-heading = Bewijsbestanden
evidence-intro = Schermafbeeldingen, documenten en kopieën van de afbeeldingen die op het toestel zijn gevonden, als bewijs bewaard, elk met de SHA-256 van de exacte bytes. De bestanden staan in de map evidence/ van de bundel.
evidence-item = Bewijs { $n }
evidence-kind = Soort
kind-screenshot = schermafbeelding
kind-document = document
kind-image = eigen afbeelding
kind-correspondence = briefwisseling
kind-other = ander
kind-found_copy = kopie van een afbeelding, gevonden op het toestel
evidence-name = Oorspronkelijke bestandsnaam
evidence-path = Bestand in de bundel
evidence-captured = Vastgelegd (UTC)
evidence-size = Grootte
evidence-size-bytes = { $n } bytes
evidence-source = Toont het adres
evidence-found-at = Gevonden op het adres
evidence-found-on = Gevonden op
evidence-note = Opmerking
evidence-mismatch = Let op: deze bytes komen niet overeen met de SHA-256 bij vastlegging ({ $hash }).

images-heading = Hashes van de beelden
images-intro = De beelden van de persoon worden geïdentificeerd door hashes die op haar eigen toestel zijn berekend: SHA-256 (exact bestand) en PDQ (perceptueel, vindt visueel gelijkaardige kopieën). De beelden worden hier niet weergegeven.
image-item = { $label }
image-added = Hash berekend (UTC)
image-pdq-quality = PDQ-kwaliteit
image-included = Beeldbestand in de bundel opgenomen

requests-heading = Verstuurde verzoeken
requests-intro = Elk verzoek tot verwijdering: wanneer het is verstuurd, aan wie, op welke rechtsgrond, en wat er is geantwoord.
request-item = Verzoek { $n }: { $platform }
request-to = Aan
request-address = Gebruikt adres
request-channel = Kanaal
request-basis = Rechtsgrond
request-sent = Verstuurd (UTC)
request-not-sent = niet verstuurd
request-reference = Referentie
request-urls = Betrokken adressen
request-history = Statusgeschiedenis
request-answers = Antwoorden
request-answer-from = Van { $from }, ontvangen op { $at }
request-no-answer = Geen antwoord vastgelegd.
rstate-draft = concept
rstate-sent = verstuurd
rstate-acknowledged = ontvangst bevestigd
rstate-removed = inhoud verwijderd
rstate-refused = geweigerd
rstate-no_answer = geen antwoord
rstate-came_back = inhoud opnieuw online

custody-heading = Logboek van de bewijsketen
custody-intro = Elke gebeurtenis in het dossier, genoteerd op het moment zelf. Elke regel bevat de SHA-256 van de vorige, zodat een wijziging, verwijdering of toevoeging zichtbaar wordt.
custody-time-stamped = Tijdstempel { $time } door { $tsa } (de eerste tijdstempel die deze regel dekt)
custody-not-time-stamped = Nog geen tijdstempel
custody-anchor = Tijdstempel door { $tsa } op { $time }, voor de regels 1 tot en met { $seq } (het token zelf staat in custody.jsonl)
custody-said-evidence-removed = De persoon heeft dit bewijsbestand uit het dossier gehaald. Het bestand is gewist; deze regel bewaart alleen dat het bestond en de SHA-256 die het had ({ $sha256 }).
custody-said-fingerprint-removed = De persoon heeft deze vingerafdruk (de hashes van een van haar beelden) uit het dossier gehaald. Hij wordt niet meer gebruikt om kopieën te vinden, in verzoeken of in dit rapport.
custody-said-url-removed = De persoon heeft deze link uit het dossier gehaald. Hij staat niet meer in verzoeken of in de lijst met links van dit rapport.
custody-said-url-corrects = Deze link verbetert { $replaces }, die verkeerd getypt was.
custody-said-evidence-note-changed = De notitie bij dit bewijsbestand is verbeterd (oude en nieuwe notitie hierboven).
custody-said-request-sent-undone = Dit verzoek was per vergissing als verstuurd gemarkeerd. Het staat weer op niet verstuurd.
custody-said-ticket-removed = Het ticketnummer { $ticket } is uit dit verzoek gehaald.
custody-said-ticket-corrects = Dit ticketnummer verbetert { $replaces }, dat verkeerd getypt was.
custody-said-reason = Opgegeven reden: { $reason }
custody-reason-corrected = verkeerd getypt, verbeterd
custody-reason-minor = de persoon op de beelden was jonger dan 18; Reclaim bewaart zulke beelden nooit

verify-heading = Hoe deze bundel te controleren
verify-intro = Dit rapport is één bestand van een bewijsbundel. Iedereen kan nagaan dat geen enkel bestand is gewijzigd sinds de bundel is gemaakt:
verify-step-sha256 = 1. Voer in de map van de bundel uit: sha256sum -c manifest.sha256 (elke regel moet OK tonen). Onder Windows: Get-FileHash -Algorithm SHA256 op elk bestand, te vergelijken met manifest.sha256.
verify-step-cli = 2. Of, met Reclaim: reclaim-cli bundle verify MAP --tsa-root ROOT.pem. Dit controleert elke hash en grootte, de keten van het logboek, dat elk bewijsstuk, elk adres en elk tijdstip van vastlegging overeenkomt met wat het logboek vastlegde, en de handtekening en de dienst van de tijdstempel; het noemt alles wat niet klopt en zegt wat bewezen is.
verify-step-custody = 3. Het logboek (custody.jsonl): de hash van elke regel is de SHA-256 van de bytes reclaim-custody-v1, gevolgd door, voor elk veld seq (decimaal), at, action, subject, details, prev_hash in die volgorde, de lengte van het veld in bytes als getal van 8 bytes (big-endian) en dan het veld zelf in UTF-8; prev_hash is de hash van de vorige regel (64 nullen voor de eerste).
verify-step-timestamp = 4. Als de bundel manifest.tsr bevat, is dat een RFC 3161-tijdstempel over de SHA-256 van manifest.sha256; die kan ook worden gecontroleerd met: openssl ts -verify -data manifest.sha256 -in manifest.tsr -CAfile (certificaat van de tijdstempeldienst).
verify-manifest = manifest.json vermeldt elk bestand met zijn SHA-256, grootte en tijdstip van vastlegging, en elk adres precies zoals vastgelegd.
verify-privacy = Alleen de hash van manifest.sha256 wordt ooit naar een tijdstempeldienst gestuurd, nooit een beeld of de hash van een beeld.
verify-proves = Wat een controle bewijst. Met een geldige tijdstempel (manifest.tsr): geen enkel bestand is gewijzigd sinds het tijdstip erin, en de genoemde tijdstempeldienst staat in voor dat tijdstip; het bewijst niet wie de bestanden maakte of dat hun inhoud waar is. Zonder geldige tijdstempel: alleen dat de bestanden met elkaar en met het logboek overeenkomen (alleen intern consistent); wie ze allemaal samen herschreef, zou niet opvallen, en niets toont wanneer ze gemaakt zijn.
verify-this-timestamped = Deze bundel is gemaakt met een aanvraag voor een tijdstempel: manifest.tsr moet erin zitten. Ontbreekt het, dan is de bundel gewijzigd.
verify-this-not-timestamped = Deze bundel is gemaakt zonder tijdstempel. Tenzij manifest.tsr later is toegevoegd, kan een controle alleen tonen dat hij intern consistent is.
proof-timestamped = Ongewijzigd sinds { $time }, met een tijdstempel van { $tsa } (handtekening geldig; de dienst leidt naar de vertrouwde root { $root }).
proof-timestamped-unanchored = Ongewijzigd sinds { $time }, met een tijdstempel van { $tsa }: de handtekening is geldig, maar de ondertekenaar is niet gecontroleerd tegen een root die u vertrouwt (geef er een met --tsa-root); dit steunt dus op het certificaat in de tijdstempel.
proof-consistent-only = Alleen intern consistent (geen tijdstempel): de bestanden komen met elkaar en met het logboek overeen, maar niets toont wanneer ze gemaakt zijn of dat ze niet samen herschreven zijn.
proof-records = { $stamped } van de { $total } regels in het logboek kregen een tijdstempel toen ze werden gemaakt (door { $tsa }): elk ervan bestond, precies zoals vastgelegd, uiterlijk op het tijdstip dat erbij staat.
proof-not-proven = Niets is bewezen: { $count ->
    [one] er is één probleem gevonden.
   *[other] er zijn { $count } problemen gevonden.
}

# How a request was sent.
channel-form = webformulier
channel-email = e-mail
channel-in_app = in de app of op de website
channel-find_contact = zoeken wie te contacteren
channel-letter = brief

captures-heading = Pagina's bewaard als bewijs
captures-intro = Elke pagina is één keer opgehaald, op vraag van de persoon: alleen de tekst van de pagina, zonder de scripts uit te voeren of de afbeeldingen te laden. Het gevraagde adres, elke doorverwijzing, de headers van het antwoord, het adres van de server en de TLS-certificaten staan in het registratiebestand; de pagina zelf staat in het paginabestand.
capture-item = Pagina { $n }
capture-url = Gevraagd adres
capture-final-url = Eindadres
capture-time = Opgehaald (UTC)
capture-status = Status van het antwoord
capture-server-ip = Adres van de server (dat van de proxy, als er een was)
capture-body-not-kept = Het antwoord was geen tekstpagina (bijvoorbeeld een afbeelding): alleen de SHA-256 is bewaard, nooit de inhoud.
capture-truncated = De pagina was groter dan 10 MiB: alleen de eerste 10 MiB zijn bewaard en gehasht.
capture-files = Bestanden in de map
capture-time-stamp = Tijdstempel
