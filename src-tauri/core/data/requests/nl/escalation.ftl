# De volgende stap na een weigering, geen antwoord of beelden die terug zijn (Nederlands).

escalation-dsa_internal_complaint = Vraag het platform om zijn beslissing te herzien via zijn interne klachtensysteem (digitaledienstenverordening, artikel 20). Dat is gratis, en kan tot minstens zes maanden na de beslissing.
escalation-out_of_court_body = Leg het geschil voor aan een erkende instantie voor buitengerechtelijke geschillenbeslechting (digitaledienstenverordening, artikel 21). Die beslist binnen 90 dagen; je kunt altijd nog naar de rechter.
escalation-bipt_complaint = Dien een klacht in bij het BIPT, de Belgische toezichthouder op onlineplatforms, als het platform niet heeft gereageerd op je melding of ze heeft geweigerd. Het BIPT beoordeelt de beelden niet; het controleert of het platform de regels volgt.
escalation-gdpr_erasure_request = Stuur de functionaris voor gegevensbescherming van het platform een verzoek om je gegevens te wissen (AVG, artikel 17). Die moet binnen een maand antwoorden.
escalation-dpa_complaint = Dien een klacht in bij de gegevensbeschermingsautoriteit (in België: de Gegevensbeschermingsautoriteit, GBA). Dat kan als je verzoek tot wissing wordt geweigerd of na een maand onbeantwoord blijft (AVG, artikel 77).
escalation-report_again = De beelden staan opnieuw online: meld de nieuwe adressen aan het platform en houd de oude in je lijst. StopNCII of Take It Down kunnen partnerplatforms helpen kopieën te blokkeren.
escalation-iefh_support = Neem contact op met het Instituut voor de gelijkheid van vrouwen en mannen (0800 12 800, gratis). Het kan je advies geven en, met je akkoord, voor je optreden.
escalation-police_complaint = Je kunt klacht indienen bij de politie. In België is het verspreiden van seksuele beelden van iemand zonder diens toestemming een misdrijf. Neem de lijst met adressen en je bewijsdossier mee.
escalation-prosecutor_removal_order = De procureur des Konings kan bevelen dat de inhoud wordt verwijderd of ontoegankelijk gemaakt (Wetboek van strafvordering, artikel 39bis).
escalation-court_fast_procedure = Een advocaat kan de voorzitter van de rechtbank van eerste aanleg om een dringend bevel vragen: wie de beelden verspreidde en de provider moeten ze binnen 6 uur na betekening verwijderen.

# De kant-en-klare brief voor de interne klacht (DSA art. 20), in de taal van het
# verzoek dat eraan voorafging. Bron: Verordening (EU) 2022/2065, art. 20, leden 1, 4
# en 5 (escalation.toml, stap dsa_internal_complaint; gecontroleerd op 2026-11-23).
complaint-reference = {" "}(uw referentie: { $reference })
complaint-dsa_complaint-subject = Klacht tegen uw beslissing over mijn melding van { $sent_on }
complaint-dsa_complaint-greeting = { greeting }
complaint-dsa_complaint-intro = Op { $sent_on } heb ik bij { $service } seksuele beelden van mij gemeld die zonder mijn toestemming gedeeld zijn{ $reference }. U hebt beslist ze niet te verwijderen.
complaint-dsa_complaint-review = Ik dien tegen die beslissing een klacht in via uw interne klachtenafhandelingssysteem, op grond van artikel 20 van de digitaledienstenverordening (Verordening (EU) 2022/2065). Ik vraag u uw beslissing te herzien en de inhoud op deze adressen te verwijderen of ontoegankelijk te maken:
complaint-dsa_complaint-ask = Deze beelden zonder mijn toestemming delen is illegaal en in strijd met uw eigen regels. Stuur mij zonder onnodige vertraging uw gemotiveerde beslissing, en laat mij weten welke andere wegen ik nog heb.
