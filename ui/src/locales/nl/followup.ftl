# Stap 6: de verzoeken opvolgen.

followup-title = Opvolgen
# $shown: what the screen lists (requests sent, websites not asked yet, or both).
followup-intro = { $shown ->
    [sent] Hier staat elke website waarnaar je een verzoek verstuurd hebt: wat nu iets van je vraagt, staat bovenaan. Je kunt elk antwoord hier noteren; elke wijziging wordt met de datum bewaard.
    [not-sent] Je hebt nog geen verzoek verstuurd. Hier staan de websites van je dossier die op een verzoek wachten. Als je er een verstuurt, kun je het antwoord hier noteren; elke wijziging wordt met de datum bewaard.
   *[both] Hier staat elke website van je dossier. Eerst de verzoeken die je verstuurd hebt: wat nu iets van je vraagt, staat bovenaan. Daarna de websites die je nog niets gevraagd hebt. Je kunt elk antwoord hier noteren; elke wijziging wordt met de datum bewaard.
}
followup-none = Er is nog geen verzoek als verstuurd aangeduid. Als je er een verstuurt bij ‘Verwijdering vragen’, verschijnt het hier.
followup-status-draft = Nog niet verstuurd
followup-status-sent = Verstuurd, wacht op antwoord
followup-status-acknowledged = Ontvangen door de website
followup-status-removed = Verwijderd
followup-status-refused = Geweigerd
followup-status-no-answer = Geen antwoord op tijd
followup-status-came-back = Weer online na verwijdering
followup-overdue = Het antwoord is te laat
followup-sent = Verstuurd op
followup-deadline = Antwoord verwacht vóór
followup-tickets = Referentienummers
followup-next-title = Wat je nu kunt doen
followup-next-refused = De website heeft geweigerd. Dat is niet het einde. Dit kun je nu doen; de eerste stappen gaan het snelst.
followup-next-late = De website heeft niet op tijd geantwoord. Dit kun je nu doen; de eerste stappen gaan het snelst.
followup-change-label = Wat is er gebeurd?
followup-ticket-label = Een referentienummer toevoegen
followup-ticket-save = Toevoegen
followup-history = Wat er gebeurde, met data
followup-online-title = Staat het nog online?
followup-online-intro = Reclaim kan elke link van je dossier nakijken. Alleen het adres wordt opgevraagd: er wordt geen beeld en niets over je beelden verstuurd, en de pagina wordt niet geopend of bewaard. Er gebeurt niets tot je op de knop drukt.
followup-online-check = De links nu nakijken
followup-online-warning = Elke website ziet het internetadres van je computer (IP-adres) wanneer Reclaim haar iets vraagt. Als een website van de persoon kan zijn die de beelden heeft gedeeld, kun je eerst Tor of een VPN gebruiken, of een hulpverlener vragen om het vanaf zijn of haar computer te controleren.
followup-online-confirm = Nu controleren
followup-online-cancel = Niet nu
followup-online-checking = Bezig met nakijken…
followup-liveness-still-online = Nog online
followup-liveness-gone = Verdwenen
followup-liveness-could-not-tell = Niet gecontroleerd: Reclaim kon het niet zeggen (geen antwoord, of de website zei het niet). Dat betekent niet dat het weg is.
followup-step-phone = Telefoon: { $phone } (gratis)
followup-step-copy-email = Kopieer het e-mailadres
followup-step-copy-address = Kopieer het adres
followup-step-letter = De brief, klaar om te kopiëren
followup-step-copy-letter = Kopieer de brief
followup-step-go = Ga naar ‘{ $step }’
followup-step-copied = Gekopieerd.
followup-not-sent-title = Nog niet gevraagd
followup-not-sent-links = { $count ->
    [one] 1 link
   *[other] { $count } links
}
followup-not-sent-go = Naar het verzoek
