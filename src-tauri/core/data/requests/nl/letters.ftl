# Brieven en formulierteksten voor verwijderingsverzoeken (Nederlands).
# Eenvoudig, feitelijk, vriendelijk; nooit verwijtend tegenover de persoon.

subject-notice = Verzoek tot verwijdering: intieme beelden zonder toestemming verspreid op { $platform }
subject-gdpr = Verzoek tot wissing van persoonsgegevens (AVG, artikel 17) – { $platform }
subject-dmca = DMCA-kennisgeving: verwijdering van mijn foto's of video's op { $platform }
subject-take-it-down = Verzoek tot verwijdering op grond van de TAKE IT DOWN Act – { $platform }
subject-google = Verzoek om intieme beelden van mij te verwijderen uit Google Zoeken
subject-host = Verzoek tot verwijdering: intieme beelden zonder toestemming verspreid op { $host }

greeting = Goeddag,

intro-notice = Ik vraag u de inhoud op de onderstaande adressen van { $platform } te verwijderen. Het gaat om intieme beelden van mij die zonder mijn toestemming zijn verspreid.
intro-host = Ik schrijf u als beheerder of hostingprovider van { $host }. Een pagina daar toont intieme beelden van mij die zonder mijn toestemming zijn verspreid. Verwijder die alstublieft, of bezorg dit verzoek aan de persoon die de site beheert.
intro-gdpr = Ik vraag { $platform } om persoonsgegevens over mij te wissen: intieme beelden van mij, te zien op de onderstaande adressen.
intro-dmca = Ik heb de foto's of video's op de onderstaande adressen zelf gemaakt, en ze zijn zonder mijn toestemming op { $platform } geplaatst. Ik vraag u ze te verwijderen.
intro-google = Ik vraag Google om de onderstaande resultaten uit Google Zoeken te verwijderen. Ze tonen intieme beelden van mij die zonder mijn toestemming zijn verspreid.
intro-in-app = Deze beelden tonen mij en zijn zonder mijn toestemming verspreid. Verwijder ze alstublieft.

legal-dsa = Dit is een melding op grond van artikel 16 van de digitaledienstenverordening (Verordening (EU) 2022/2065).
legal-take-it-down = Dit is een verzoek tot verwijdering op grond van de TAKE IT DOWN Act (47 U.S.C. § 223a). De wet vraagt u de inhoud binnen 48 uur te verwijderen, samen met identieke kopieën die u kent.
legal-dmca = Dit is een kennisgeving op grond van de Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
legal-gdpr = Dit is een verzoek op grond van artikel 17 van de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679).

urls-heading = Exacte adressen (URL's) van de inhoud:

element-explanation = Waarom deze inhoud verwijderd moet worden: het zijn naakt- of seksuele beelden van mij, en ik heb niet ingestemd met de verspreiding ervan. Intieme beelden van iemand verspreiden zonder toestemming is in strijd met uw regels en is illegale inhoud.
element-explanation-be = In België, waar ik woon, is het verspreiden van seksuele beelden van iemand zonder toestemming een misdrijf (Strafwetboek, artikelen 417/9 en 417/10).
element-notifier-name = Naam: { $name }
element-notifier-email = E-mailadres: { $email }
element-bona-fide = Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.
element-signature = Handtekening: { $name }
element-non-consent = Ik verklaar te goeder trouw dat deze beelden zonder mijn toestemming zijn gepubliceerd.
element-contact = Contactgegevens: { $name }, { $email }
element-copyrighted-work = Het werk: foto's of video's die ik zelf heb gemaakt en waarvan ik het auteursrecht heb ({ $description }).
element-unauthorised-use = Ik ben te goeder trouw van mening dat dit gebruik niet is toegestaan door mij, mijn vertegenwoordiger of de wet.
element-perjury = De informatie in deze kennisgeving is juist en, op straffe van meineed, ik ben de rechthebbende van deze foto's of video's.
element-erasure-ground = Gronden: ik heb geen toestemming gegeven voor deze verwerking (artikel 17, lid 1, b)) en ze is onrechtmatig (artikel 17, lid 1, d)). Deze beelden onthullen mijn seksueel gedrag, een bijzondere categorie van gegevens (artikel 9).
element-other-controllers = Omdat de inhoud openbaar is gemaakt, vraag ik u ook andere verwerkingsverantwoordelijken te laten weten dat ik hen vraag elke link naar, kopie of reproductie ervan te wissen (artikel 17, lid 2).
element-one-month = Antwoord alstublieft binnen een maand na ontvangst van dit verzoek (artikel 12, lid 3).
element-complaint-right = Als de gegevens niet worden gewist, kan ik een klacht indienen bij de gegevensbeschermingsautoriteit (artikel 77).
element-country = Land van verblijf: { $country }
element-depicted = Ik ben de persoon die op deze beelden te zien is.

closing = Bevestig alstublieft dat u dit verzoek hebt ontvangen, en laat me weten wat u beslist. Dank u.
closing-in-app = Dank u.
sign-off = Met vriendelijke groet,

country-be = België
country-fr = Frankrijk
country-nl = Nederland
country-de = Duitsland
country-lu = Luxemburg
