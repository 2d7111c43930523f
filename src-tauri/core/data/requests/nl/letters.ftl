# Brieven en formulierteksten voor verwijderingsverzoeken (Nederlands).
# Eenvoudig, feitelijk, vriendelijk; nooit de persoon de schuld geven.
# Variabelen: zie en/letters.ftl ($by = self | representative, $kind = real | fake).

subject-notice = Verzoek tot verwijdering: intieme beelden zonder toestemming verspreid op { $platform }
subject-in-app = Verzoek tot verwijdering: intieme beelden zonder toestemming verspreid op { $platform }
subject-search = Verzoek om zoekresultaten te verwijderen die leiden naar intieme beelden die zonder toestemming zijn verspreid – { $platform }
subject-host = Verzoek tot verwijdering aan de hostingprovider van { $host }: intieme beelden zonder toestemming verspreid
subject-cdn = Misbruikmelding: intieme beelden zonder toestemming verspreid op { $host }, een site die uw dienst gebruikt
subject-registrar = Misbruikmelding aan de registrar van { $host }: intieme beelden zonder toestemming verspreid
subject-site = Verzoek tot verwijdering: intieme beelden zonder toestemming verspreid op { $host }
subject-gdpr = Verzoek tot wissing van persoonsgegevens (AVG, artikel 17) – { $platform }
subject-delisting = Verzoek om zoekresultaten te verwijderen (AVG, artikel 17) – { $platform }
subject-dmca = DMCA-kennisgeving: verwijdering van foto's of video's op { $platform }
subject-take-it-down = Verzoek tot verwijdering op grond van de TAKE IT DOWN Act – { $platform }

greeting = Geachte mevrouw, geachte heer,

images-of = { $by ->
    [representative] { $kind ->
        [fake] seksuele beelden van { $victim } die zonder toestemming van { $victim } gemaakt of bewerkt zijn
       *[real] intieme beelden van { $victim } die zonder toestemming van { $victim } zijn verspreid
    }
   *[self] { $kind ->
        [fake] seksuele beelden van mij die zonder mijn toestemming gemaakt of bewerkt zijn
       *[real] intieme beelden van mij die zonder mijn toestemming zijn verspreid
    }
}
lives-in = { $by ->
    [representative] waar { $victim } woont
   *[self] waar ik woon
}

# What the images show about her sex life: real images reveal it; fakes are presented as if.
sex-life = { $by ->
    [representative] { $kind ->
        [fake] deze beelden zijn vals, maar ze worden voorgesteld als beelden van het seksleven van { $victim }
       *[real] deze beelden tonen het seksleven van { $victim }
    }
   *[self] { $kind ->
        [fake] deze beelden zijn vals, maar ze worden voorgesteld als beelden van mijn seksleven
       *[real] deze beelden tonen mijn seksleven
    }
}
sex-life-start = { $by ->
    [representative] { $kind ->
        [fake] Deze beelden zijn vals, maar ze worden voorgesteld als beelden van het seksleven van { $victim }
       *[real] Deze beelden tonen het seksleven van { $victim }
    }
   *[self] { $kind ->
        [fake] Deze beelden zijn vals, maar ze worden voorgesteld als beelden van mijn seksleven
       *[real] Deze beelden tonen mijn seksleven
    }
}

intro-notice = Ik vraag u de inhoud op de onderstaande adressen van { $platform } te verwijderen. Het gaat om { images-of }.
intro-in-app = Het gaat om { images-of }. Verwijder deze inhoud alstublieft.
intro-search = Ik vraag { $platform } de links naar de onderstaande pagina's uit de zoekresultaten te verwijderen, ook uit de afbeeldingsresultaten. Deze pagina's bevatten { images-of }.
intro-host = Ik schrijf u als hostingprovider van de website { $host }. Een pagina op deze site bevat { images-of }. Verwijder ze alstublieft of maak ze ontoegankelijk, of stuur dit verzoek meteen door naar uw klant die de site beheert.
intro-cdn = De website { $host } gebruikt uw dienst. Een pagina op deze site bevat { images-of }. Stuur deze melding alstublieft door naar de hostingprovider en de beheerder van de site, en laat mij weten wie de site host.
intro-registrar = U bent de registrar van de domeinnaam { $host }. Een pagina op deze site bevat { images-of }. Treed alstublieft op volgens uw misbruikbeleid: stuur deze melding door naar de houder van het domein en neem de maatregelen die uw beleid voorziet.
intro-site = Ik schrijf u als beheerder van de website { $host }. Een pagina op deze site bevat { images-of }. Verwijder ze alstublieft.
intro-gdpr = Ik vraag { $platform } persoonsgegevens te wissen: { images-of }, te zien op de onderstaande adressen.
intro-delisting = Ik vraag { $platform } de onderstaande pagina's uit de zoekresultaten te verwijderen. Ze bevatten { images-of }.
intro-dmca = { $by ->
    [representative] { $victim } heeft de foto's of video's op de onderstaande adressen gemaakt en heeft er het auteursrecht op. Ze zijn zonder toestemming op { $platform } geplaatst. Ik ben gemachtigd om voor { $victim } op te treden en vraag u ze te verwijderen.
   *[self] Ik heb de foto's of video's op de onderstaande adressen zelf gemaakt, en ze zijn zonder mijn toestemming op { $platform } geplaatst. Ik vraag u ze te verwijderen.
}
intro-take-it-down = Ik vraag u de inhoud op de onderstaande adressen van { $platform } te verwijderen. Het gaat om { images-of }.

representative-line = Ik schrijf u namens { $victim }, op verzoek van { $victim }, als { $role }.
representative-line-organisation = Ik schrijf u namens { $victim }, op verzoek van { $victim }, als { $role } bij { $organisation }.
representative-role-counsellor = hulpverlener
representative-role-lawyer = advocaat
representative-role-institute = adviseur
representative-role-other = gemachtigde vertegenwoordiger

urls-heading = Exacte adressen (URL's) van de inhoud:

element-explanation = Waarom deze inhoud verwijderd moet worden: { $by ->
    [representative] { $kind ->
        [fake] deze beelden zijn zonder toestemming van { $victim } gemaakt of bewerkt, zodat het lijkt alsof { $victim } naakt is of in een seksuele situatie. Ze zijn vals.
       *[real] ze tonen { $victim } naakt of in een seksuele situatie, en { $victim } heeft niet ingestemd met de verspreiding.
    }
   *[self] { $kind ->
        [fake] deze beelden zijn zonder mijn toestemming gemaakt of bewerkt, zodat het lijkt alsof ik naakt ben of in een seksuele situatie. Ze zijn vals.
       *[real] ze tonen mij naakt of in een seksuele situatie, en ik heb niet ingestemd met de verspreiding.
    }
} Het verspreiden van zulke beelden zonder toestemming is in strijd met uw regels, en deze inhoud is onrechtmatig.
element-notifier-name = Naam: { $name }
element-notifier-email = E-mail: { $email }
element-bona-fide = Ik verklaar te goeder trouw dat de informatie en verklaringen in deze melding juist en volledig zijn.
element-signature = Handtekening: { $name }
element-non-consent = { $by ->
    [representative] Ik verklaar te goeder trouw dat deze beelden van { $victim } zonder toestemming van { $victim } zijn gepubliceerd.
   *[self] Ik verklaar te goeder trouw dat deze beelden zonder mijn toestemming zijn gepubliceerd.
}
element-not-paid = { $by ->
    [representative] { $victim } wordt op dit moment niet betaald voor deze inhoud.
   *[self] Ik word op dit moment niet betaald voor deze inhoud.
}
element-contact = Contactgegevens: { $name }, { $email }
element-copyrighted-work = { $by ->
    [representative] Het werk: foto's of video's die { $victim } zelf heeft gemaakt en waarop { $victim } het auteursrecht heeft ({ $description }).
   *[self] Het werk: foto's of video's die ik zelf heb gemaakt en waarop ik het auteursrecht heb ({ $description }).
}
element-unauthorised-use = Ik ben te goeder trouw van mening dat dit gebruik niet is toegestaan door de auteursrechthebbende, diens vertegenwoordiger of de wet.
element-perjury = De informatie in deze kennisgeving is juist en, op straffe van meineed, verklaar ik dat ik de rechthebbende van deze foto's of video's ben, of gemachtigd ben om namens de rechthebbende op te treden.
element-erasure-ground = { $by ->
    [representative] Gronden voor wissing: { sex-life }, een bijzondere categorie van gegevens (artikel 9, lid 1). { $victim } heeft nooit uitdrukkelijk toestemming gegeven voor de publicatie en geen uitzondering van artikel 9, lid 2, is van toepassing: de verwerking is dus onrechtmatig (artikel 17, lid 1, onder d)). Namens { $victim } maak ik ook bezwaar tegen de verwerking (artikel 21, lid 1); er zijn geen prevalerende dwingende gerechtvaardigde gronden voor (artikel 17, lid 1, onder c)).
   *[self] Gronden voor wissing: { sex-life }, een bijzondere categorie van gegevens (artikel 9, lid 1). Ik heb nooit uitdrukkelijk toestemming gegeven voor de publicatie en geen uitzondering van artikel 9, lid 2, is van toepassing: de verwerking is dus onrechtmatig (artikel 17, lid 1, onder d)). Ik maak ook bezwaar tegen de verwerking (artikel 21, lid 1); er zijn geen prevalerende dwingende gerechtvaardigde gronden voor (artikel 17, lid 1, onder c)).
} Het Hof van Justitie heeft geoordeeld dat de exploitant van een online marktplaats verwerkingsverantwoordelijke is voor de gevoelige gegevens in wat zijn gebruikers publiceren (C-492/23, Russmedia, 2 december 2025).
element-other-controllers = Omdat de inhoud openbaar is gemaakt, vraag ik u ook andere verwerkingsverantwoordelijken die ze verwerken op de hoogte te brengen van dit verzoek om links naar, kopieën of reproducties van deze inhoud te wissen (artikel 17, lid 2).
element-one-month = Antwoord alstublieft binnen een maand na ontvangst van dit verzoek (artikel 12, lid 3).
element-complaint-right = { $by ->
    [representative] Als de gegevens niet worden gewist, kan { $victim } een klacht indienen bij de gegevensbeschermingsautoriteit (artikel 77).
   *[self] Als de gegevens niet worden gewist, kan ik een klacht indienen bij de gegevensbeschermingsautoriteit (artikel 77).
}
element-country = Land van verblijf: { $country }
element-depicted = { $by ->
    [representative] { $kind ->
        [fake] { $victim } is de persoon die deze beelden beweren te tonen; ik treed met instemming van { $victim } op.
       *[real] { $victim } is de persoon die op deze beelden te zien is; ik treed met instemming van { $victim } op.
    }
   *[self] { $kind ->
        [fake] Ik ben de persoon die deze beelden beweren te tonen.
       *[real] Ik ben de persoon die op deze beelden te zien is.
    }
}

closing = Bevestig alstublieft dat u dit verzoek hebt ontvangen, en laat mij weten wat u beslist. Dank u.
closing-in-app = Dank u.
sign-off = Met vriendelijke groeten,

country-be = België
country-fr = Frankrijk
country-nl = Nederland
country-de = Duitsland
country-lu = Luxemburg
