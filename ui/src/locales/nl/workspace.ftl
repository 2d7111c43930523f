# Terugkomen naar een dossier, en de eigen lijst met dossiers van een hulpverlener.

safety-continue-case = Een dossier openen dat ik al begonnen ben
case-start-new = Toch een nieuw dossier beginnen
resume-report-label = Over het openen van je dossier
resume-welcome-back = Welkom terug. Je bent waar je gebleven was: { $step }.

workspace-title = Je eigen lijst met dossiers
workspace-offer = Ik ben hulpverlener: een eigen lijst van mijn dossiers bijhouden
workspace-intro = Met een lijst zie je je eigen naam voor elk dossier, welke verzoeken te laat zijn en de volgende termijn, zonder elk dossier te openen. De lijst is vergrendeld met een eigen wachtzin en staat alleen op deze computer, versleuteld.
workspace-forget-note = Vergeet je deze wachtzin, dan verlies je alleen de lijst. Elk dossier gaat nog altijd open met zijn eigen wachtzin.
workspace-passphrase-new = Kies een wachtzin voor de lijst, minstens { $min } tekens (niet die van een dossier)
workspace-passphrase = Wachtzin van je lijst
workspace-unlock = Mijn lijst openen
workspace-create = Een lijst bijhouden
workspace-open-hint = Je lijst is open. Ze wordt vergrendeld met de app, of nu:
workspace-lock = Mijn lijst vergrendelen
workspace-overdue = { $count ->
    [one] 1 verzoek is te laat.
   *[other] { $count } verzoeken zijn te laat.
}
workspace-next-deadline = Volgende termijn: { $when }
workspace-no-deadline = Geen termijn die loopt.
workspace-last-step = Laatste stap: { $step }
workspace-label = Je naam voor dit dossier
workspace-label-change = Naam wijzigen
workspace-label-save = Bewaren
workspace-label-cancel = Annuleren
workspace-missing-title = Niet meer op deze computer
workspace-missing-text = Dit dossier staat in je lijst, maar niet meer op deze computer. Misschien is het verwijderd of verplaatst.
workspace-missing-drop = Uit mijn lijst halen
