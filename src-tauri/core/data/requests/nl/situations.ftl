# Meldingen van accounts (dreigen beelden te verspreiden) en de melding bij het meldpunt
# (foto's van een kind). Variabelen: zie en/situations.ftl.

subject-account = Melding van een account dat dreigt intieme beelden te verspreiden – { $platform }
intro-account = { $by ->
    [representative] Het account hieronder dreigt { $kind ->
        [fake] seksuele beelden van { $victim } die zonder toestemming van { $victim } gemaakt of bewerkt zijn
       *[real] intieme beelden van { $victim }
    } te verspreiden als { $victim } niet betaalt of meer stuurt.
   *[self] Het account hieronder dreigt { $kind ->
        [fake] seksuele beelden van mij die zonder mijn toestemming gemaakt of bewerkt zijn
       *[real] intieme beelden van mij
    } te verspreiden als ik niet betaal of meer stuur.
} Dit is afpersing (sextortion), en het is tegen uw regels.
account-heading = Het account:
account-line = { $handle } op { $platform }
account-ask = Schort dit account op, voorkom dat het de beelden op uw dienst verspreidt en bewaar de gegevens ervan voor het geval de politie erom vraagt.
account-step-paste = Waar de melding om details vraagt, plak je de tekst hieronder.
account-step-block = Blokkeer daarna het account. Verwijder het gesprek niet.
account-warning-evidence = Voordat je meldt of blokkeert: bewaar screenshots van de berichten, van de naam en de link van het account, en van elke vraag om geld. Betaal niet, stuur niets meer en verwijder het gesprek niet.

hotline-subject = Melding: foto's van een kind zonder toestemming genomen en online gezet
hotline-intro = { $by ->
    [representative] Ik schrijf namens de ouder of verzorger van een kind.
   *[self] Ik ben de ouder of verzorger van een kind.
} Foto's van het kind zijn zonder toestemming weggehaald waar ze gepost waren en op de pagina's hieronder gezet. Ik heb geen van de beelden gedownload of bewaard.
hotline-urls = De pagina's:
hotline-ask = Kijk deze pagina's alstublieft na en laat de beelden verwijderen. U kunt contact met mij opnemen als u meer informatie nodig hebt.
hotline-contact = Contact: { $name }, { $email }
hotline-note-links-only = Stuur alleen de links. Download de foto's niet, maak er geen screenshot van en stuur ze naar niemand door: het meldpunt heeft ze niet nodig.
hotline-note-anonymous = Je kunt deze melding ook zonder je naam doen: laat dan de contactregel weg.
hotline-note-none-known = Reclaim kent nog geen meldpunt voor je land. De politie kan deze melding aannemen.
hotline-note-police = Je kunt het ook bij de politie melden. Is een kind nu in gevaar, bel dan 112.
