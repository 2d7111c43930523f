# Reclaim — Nederlands. Eenvoudig, rustig, nooit verwijtend.

app-name = Reclaim
skip-to-content = Naar de hoofdinhoud
language-name = Nederlands
language-label = Taal
quick-exit = Snel weg
quick-exit-hint = Druk op elk moment op Esc: het venster verdwijnt meteen en Reclaim gaat terug naar het eerste scherm.

safety-title = Je staat er niet alleen voor. We doen het stap voor stap.
safety-intro = Reclaim helpt je om elke website te vragen beelden te verwijderen die zonder jouw toestemming zijn gedeeld, elk antwoord bij te houden en, als je dat wilt, een volledig dossier voor de politie klaar te maken.
safety-never-title = Wat Reclaim nooit doet
safety-never-upload = Je beelden verlaten deze computer nooit. Er wordt niets geüpload.
safety-never-show = Reclaim toont je nooit een beeld tenzij je erom vraagt.
safety-never-track = Geen account, geen reclame, geen tracking.
safety-never-readable = Wat je bijhoudt, wordt versleuteld op deze computer en vergrendeld als je weggaat.
safety-device-title = Is deze computer veilig?
safety-device-text = Als iemand die je pijn zou kunnen doen deze computer gebruikt of het wachtwoord kent, gebruik dan als het kan een toestel waar alleen jij bij kunt. Met Snel weg kun je op elk moment vertrekken.
safety-emergency = In direct gevaar? Bel 112 of de politie op 101.
helplines-title = Je kunt met iemand praten
helplines-loading = Hulplijnen worden geladen…
helpline-free = Gratis
helpline-call = Bel { $phone }
helpline-email = Mail { $email }
helpline-languages = Talen: { $languages }
helpline-hours-always = Dag en nacht, elke dag
helpline-hours-office_hours = Tijdens kantooruren
helpline-hours-weekdays = Op weekdagen
helpline-hours-see_source = Openingsuren op hun website
helpline-purpose-ncii_support = Hulp bij beelden die zonder toestemming zijn gedeeld: verwijderen, je rechten, een klacht
helpline-purpose-minors = Voor iedereen jonger dan 18, en de volwassenen die helpen
helpline-purpose-listening = Iemand om mee te praten, anoniem
helpline-purpose-violence = Elke vorm van geweld, ook online
helpline-purpose-sexual_violence = Seksueel geweld
helpline-purpose-emergency = Direct gevaar
safety-start = Begin wanneer je er klaar voor bent
safety-start-hint = Je kunt op elk moment stoppen en later verdergaan.
safety-talk-first = Wil je eerst met iemand praten? Hier zie je wie je kunt bellen.

age-title = Eerst één vraag
age-question = Was de persoon op de beelden jonger dan 18 toen ze werden gemaakt?
age-why = We vragen dit omdat beelden van iemand jonger dan 18 anders worden aangepakt, door gespecialiseerde diensten, en Reclaim ze nooit bewaart.
age-under = Ja, jonger dan 18
age-adult = Nee, 18 of ouder
age-unsure = Ik weet het niet zeker
back = Terug

# The under-18 route. Facts (numbers, addresses) come from src/lib/minorServices.ts with their
# sources (Child Focus: igvm-iefh.belgium.be/uk/node/53209, childfocus.be/en/report-child-pornography;
# Take It Down: takeitdown.ncmec.org/faq/), checked 2026-11-29.
minor-title = Hulp voor beelden van vóór je 18de
minor-unsure = Je weet het niet zeker, en dat is oké. Reclaim kiest de veiligste weg: het bewaart geen enkel beeld. De diensten hieronder kunnen naar de links kijken en je zeggen wat ze kunnen doen.
minor-intro = Was de persoon op de beelden jonger dan 18 toen ze werden gemaakt? Dan kunnen gespecialiseerde diensten sneller en verder gaan dan een verzoek vanuit deze app. Dat geldt ook als die persoon nu volwassen is.
minor-now-title = Wat je nu kunt doen
minor-child-focus = Child Focus: bel { $phone } (gratis, dag en nacht) of mail naar { $email }. Zij helpen jongeren en de volwassenen rond hen, en kunnen beelden laten verwijderen.
minor-report = Meld de links bij Child Focus op { $site }. Dat kan zonder je naam te geven. Hun team bekijkt de links en werkt samen met de politie om de beelden te laten verwijderen.
minor-take-it-down = Take It Down ({ $site }): een gratis dienst. Die maakt op je eigen toestel een vingerafdruk van de beelden en deelt alleen die vingerafdruk met de platforms die meedoen, zodat ze kopieën kunnen vinden en verwijderen. Ook volwassenen kunnen het gebruiken, voor beelden van vóór hun 18de. Gebruik het alleen met beelden die al op je toestel staan: download ze er niet voor.
minor-young-title = Als je nu jonger bent dan 18
minor-young-text = Praat erover met een volwassene die je vertrouwt, als dat kan: een ouder, een leerkracht, een jeugdwerker. Je kunt Child Focus ook samen bellen. Niets hiervan is jouw schuld.
minor-adult-title = Als je nu 18 of ouder bent
minor-adult-text = Het meldpunt van Child Focus en Take It Down zijn er ook voor jou: beelden van vóór je 18de blijven beelden van een minderjarige, hoe oud je nu ook bent. Niets hiervan is jouw schuld.
minor-never-title = Wat je nooit doet
minor-never-save = Bewaar of download de beelden niet, ook niet als bewijs.
minor-never-forward = Stuur ze niet door en deel ze niet, ook niet met iemand die je wil helpen.
minor-never-screenshot = Maak er geen schermafbeeldingen van.
minor-never-why = Je hebt de beelden niet nodig: de links (webadressen) zijn genoeg voor deze diensten. Deze beelden bewaren of doorsturen kan strafbaar zijn, ook met goede bedoelingen.
minor-reclaim-title = Wat Reclaim nog kan doen
minor-reclaim-text = Reclaim kan de links waar je de beelden zag bewaren in een vergrendeld, versleuteld dossier op deze computer, klaar voor Child Focus of de politie. Het bewaart nooit de beelden of schermafbeeldingen ervan.
minor-links = Bewaar de links, zonder beelden
minor-not-alone = Je staat er niet alleen voor. Je kunt iemand die je vertrouwt vragen om bij je te zijn.
case-minor-note = Dit dossier bewaart alleen links. Reclaim bewaart nooit de beelden of schermafbeeldingen ervan.

path-title = Wat er nu komt
path-intro = Dit is de hele weg. Jij kiest hoe ver je gaat, en je kunt bij elke stap stoppen.
path-step-case = Je dossier aanmaken: een vergrendelde, versleutelde plek op deze computer.
path-step-links = Waar staan de beelden? Plak de links waar je ze gezien hebt.
path-step-images = Je beelden: Reclaim maakt er hier vingerafdrukken van, op deze computer.
path-step-copies = Kopieën zoeken in een map met gedownloade bestanden.
path-step-requests = Elke website vragen ze te verwijderen, met alles wat de wet vraagt.
path-step-followup = Opvolgen tot ze weg zijn.
path-step-file = Een volledig dossier voor de politie of een advocaat, als je dat wilt.
path-continue = Je dossier aanmaken of openen

case-title = Je dossier
case-intro = Alles wat je bijhoudt, staat in een dossier: vergrendeld, versleuteld en alleen op deze computer.
case-existing-title = Een dossier openen
case-code = Dossier { $code }
case-last-opened = Laatst geopend op { $when }
case-never-opened = Nog niet geopend
case-passphrase = Wachtzin
case-unlock = Openen
case-unlock-keyring = Openen met de wachtwoordkluis van deze computer
case-new-title = Een nieuw dossier beginnen
case-label = Een naam voor dit dossier, alleen jij ziet hem
case-contact-name = Je naam zoals die in verzoeken moet staan (kan ook later)
case-contact-email = Een e-mailadres voor de antwoorden (kan ook later)
case-passphrase-new = Kies een wachtzin van minstens { $min } tekens
case-passphrase-confirm = Dezelfde wachtzin nog eens
case-passphrase-mismatch = De twee wachtzinnen zijn niet hetzelfde.
case-passphrase-help = Bewaar hem op een veilige plek. Zonder wachtzin kan niemand het dossier openen, ook Reclaim niet.
case-use-keyring = Ook openen met de wachtwoordkluis van deze computer, zonder de wachtzin te typen
case-keyring-warning = Als je dit aanvinkt, kan iedereen die deze computer gebruikt terwijl jij aangemeld bent, het dossier openen zonder de wachtzin. Vink het alleen aan als niemand anders jouw account op deze computer gebruikt.
case-passphrase-show = Wachtzin tonen
case-passphrase-hide = Wachtzin verbergen
case-strength-too-short = Nog te kort.
case-strength-weak = Makkelijk te raden: namen, datums, gewone woorden en toetsenpatronen worden eerst geprobeerd. Een zin van vier of vijf woorden die niemand met jou zou verbinden, is beter.
case-strength-fair = Moeilijk te raden. Een paar woorden meer maken hem sterker.
case-strength-strong = Heel moeilijk te raden. Goede keuze.
case-keyring-unavailable = De wachtwoordkluis van deze computer is niet beschikbaar, dus de wachtzin is de enige sleutel.
case-create = Dossier aanmaken
case-working = Even geduld…
case-open-title = Je dossier is open
case-open-code = Dossiercode: { $code }
case-report-previous = Laatst geopend: { $when }
case-report-failed = { $count ->
    [one] Sindsdien is één keer een verkeerde wachtzin geprobeerd.
   *[other] Sindsdien is { $count } keer een verkeerde wachtzin geprobeerd.
}
case-report-none = Sindsdien is geen verkeerde wachtzin geprobeerd.
case-report-record-removed = De lijst met verkeerde wachtzinnen voor dit dossier is gewist sinds je het laatst opende ({ $when }). Misschien heeft iemand wachtzinnen geprobeerd en dat verborgen.
case-report-record-changed = De lijst met verkeerde wachtzinnen voor dit dossier is veranderd sinds je het laatst opende ({ $when }). Het getal hierboven klopt misschien niet: misschien heeft iemand wachtzinnen geprobeerd.
case-report-restored = Een deel van dit dossier was beschadigd op deze computer. Reclaim heeft de reservekopie van { $when } geopend. Wat je daarna hebt toegevoegd of veranderd, kan ontbreken. Controleer je dossier alsjeblieft.
case-lock = Nu vergrendelen
case-continue = Verder: waar staan de beelden?

links-title = Waar staan de beelden?
links-intro = Plak elke link waarvan je weet dat de beelden er staan, één per regel of allemaal samen. Elke link wordt precies bewaard zoals je hem geeft: het is bewijs. Er wordt niets geopend of verstuurd.
links-paste-label = Links
links-check = Links nakijken
links-checked-title = { $count ->
    [one] Eén link kan bewaard worden
   *[other] { $count } links kunnen bewaard worden
}
links-save = { $count ->
    [one] Deze link in het dossier bewaren
   *[other] Deze { $count } links in het dossier bewaren
}
links-draft-back = De links die je eerder plakte, staan er nog. Ze zijn nog niet bewaard in je dossier: controleer ze en bewaar ze dan.
links-saved-title = Links in je dossier
links-none-saved = Nog geen links.
links-platform-unknown = Een site die Reclaim nog niet kent
links-kind-post = een bericht, foto of video
links-kind-profile = een profiel
links-kind-group = een groep, kanaal of gedeelde map
links-kind-direct_file = het beeld- of videobestand zelf
links-kind-search_result = een pagina met zoekresultaten
links-kind-short_link = een verkorte link
links-kind-unknown = een pagina
links-reject-no_url_found = Op deze regel staat geen webadres.
links-reject-unsupported_scheme = Dit is geen webadres (het zou met https:// of http:// moeten beginnen).
links-reject-credentials_in_url = Dit adres verbergt de echte site achter een naam en een @-teken, een bekende truc. Kijk na waar het echt naartoe leidt.
links-reject-too_long = Dit adres is langer dan 8.000 tekens.
links-reject-control_characters = Dit adres bevat verborgen stuurtekens.
links-reject-bidi_characters = Dit adres bevat tekens die het kunnen vermommen door de tekst om te keren.
links-reject-invisible_characters_in_host = De naam van de site bevat onzichtbare tekens.
links-reject-invalid_host = De naam van de site is niet geldig.
links-reject-invalid_url = Dit is geen geldig webadres.
links-warning-scheme_added = Er stond geen https:// voor, dus dat is toegevoegd.
links-warning-international_host = De naam van de site heeft niet-Latijnse letters; hij wordt ook in zijn technische vorm getoond.
links-warning-mixed_scripts = De naam van de site mengt alfabetten: misschien doet hij zich voor als een andere site.
links-warning-lookalike_characters = De naam van de site gebruikt letters die alleen op Latijnse lijken: misschien doet hij zich voor als een andere site.
links-warning-imitates_known_site = Deze sitenaam lijkt alleen op { $site }: het is een andere site, misschien een valse kopie.
links-warning-invisible_characters = Er zijn onzichtbare tekens in het adres gevonden; ze worden gecodeerd getoond.
links-warning-ip_address_host = De site wordt met een nummer (een IP-adres) gegeven in plaats van met een naam.
links-warning-short_link = Een verkorte link: waar hij naartoe leidt, is niet bekend zonder hem te openen.
links-warning-direct_file = Dit is het adres van het bestand zelf; voeg als het kan ook de pagina toe waarop het staat.
links-warning-possible_duplicate = Dit lijkt dezelfde pagina als een link hierboven.

steps-label = De stappen van je dossier
steps-current = Stap { $number } van { $total }: { $step }
step-case = Je dossier
step-links = Waar staan de beelden?
next-step = Volgende: { $step }
continue-later = Later verdergaan
continue-later-done = Je dossier is vergrendeld. Alles wat je hebt vastgelegd, blijft veilig bewaard. Kom terug wanneer je er klaar voor bent. Je kunt Reclaim nu sluiten.
auto-lock-warning = { $seconds ->
    [one] Om je dossier te beschermen, wordt het over één seconde vergrendeld.
   *[other] Om je dossier te beschermen, wordt het over { $seconds } seconden vergrendeld.
} Niets van wat je hebt vastgelegd, gaat verloren.
auto-lock-stay = Ik ben er nog
auto-locked = Je dossier is vergrendeld na een tijd zonder activiteit, om het te beschermen. Alles wat je hebt vastgelegd, blijft bewaard. Open het opnieuw wanneer je wilt.
window-title-neutral-word = Notities
window-title-neutral = Dit venster „{ $word }” noemen in plaats van „Reclaim” (in de taakbalk en de vensterlijst)
window-title-failed = De venstertitel kon niet worden gewijzigd. Snel weg werkt nog altijd.

# Opening a hand-over file from another Reclaim.
handover-import-title = Een overdrachtsbestand van een andere computer openen
handover-import-intro = Een hulpverlener, of jijzelf, heeft dit dossier misschien op een andere computer bewaard als overdrachtsbestand. Je hebt de wachtzin nodig waarmee dat bestand vergrendeld is.
handover-import-pick = Kies het overdrachtsbestand
handover-import-picked = Bestand: { $name }
handover-import-passphrase = De wachtzin van het overdrachtsbestand
handover-import-open = Open het dossier hier

# "Wat is er aan de hand?" (na "Eerst veiligheid") en het noodscherm.
situation-title = Wat is er aan de hand?
situation-intro = Vertel ons wat er gebeurt. Reclaim toont dan de stappen die passen. Je kunt meer dan één antwoord kiezen en het later veranderen.
situation-legend = Kies wat voor jou geldt
situation-shared = Mijn intieme beelden zijn zonder mijn toestemming verspreid
situation-threatened = Iemand dreigt mijn beelden te verspreiden (bijvoorbeeld als ik niet betaal of meer stuur)
situation-fake = Iemand heeft valse seksuele beelden van mij gemaakt (met AI of door bewerking)
situation-child_photos = Foto's van mijn kind zijn weggenomen en ergens anders gepost
situation-dont_know_where = Ik denk dat mijn beelden online staan, maar ik weet niet waar
situation-live_now = Iemand wordt nu gedwongen om live te streamen of te filmen
situation-later = Je kunt dit later veranderen. Niets hiervan is jouw schuld.
situation-continue = Verder
emergency-title = Bel nu om hulp
emergency-112 = Noodgeval: bel { $phone }
emergency-101 = Politie: bel { $phone }
emergency-child-focus = Als het om een kind gaat: Child Focus, { $phone } (gratis, dag en nacht)
emergency-later = Als iedereen veilig is, kan Reclaim helpen met de rest.
step-emergency = Noodgeval
step-threat = De dreiging
step-search = Waar kunnen ze staan?
step-hotline = Melden bij het meldpunt
path-step-emergency = Bel nu om hulp: de noodnummers.
path-step-threat = Wat je nu doet tegen de dreiging, en hoe je die als bewijs bewaart.
path-step-search = Wat je kunt doen om ze te vinden zonder iets te uploaden.
path-step-hotline = Een korte melding met de links voor het meldpunt.
