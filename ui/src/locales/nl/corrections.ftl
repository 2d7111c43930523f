# Iets uit het dossier halen, of het verbeteren. Elke vraag zegt wat verdwijnt
# en dat de geschiedenis van het dossier bijhoudt dat het er was.

remove-cancel = Behouden
images-remove = Dit beeld verwijderen
images-remove-question = { $name } uit je dossier halen? De vingerafdruk wordt gewist: hij wordt niet meer gebruikt om kopieën te vinden, in je verzoeken of in je volledig dossier. De geschiedenis van je dossier houdt bij dat hij er was, met de datum.
images-remove-confirm = Verwijderen
evidence-remove = Dit bestand verwijderen
evidence-remove-question = Dit bestand uit je dossier halen? Het bestand zelf wordt van deze computer gewist en staat niet in je volledig dossier. De geschiedenis van je dossier houdt bij dat het er was, met de datum en de vingerafdruk (SHA-256).
evidence-remove-confirm = Bestand wissen
evidence-note-edit = Notitie verbeteren
evidence-note-label = Notitie
evidence-note-save = Notitie bewaren
evidence-note-cancel = Annuleren
links-correct = Deze link verbeteren
links-correct-question = Typ de link zoals hij moet zijn. De verkeerd getypte link verdwijnt uit je dossier; de geschiedenis van je dossier houdt bij dat hij er was en dat je hem verbeterd hebt.
links-correct-label = De juiste link
links-correct-confirm = Juiste link bewaren
requests-undo-sent = Toch niet verstuurd?
requests-undo-sent-question = Dit verzoek terugzetten op "niet verstuurd"? De termijn vervalt en het telt niet meer als verstuurd. De geschiedenis van je dossier houdt bij dat het als verstuurd gemarkeerd was, en wanneer.
requests-undo-sent-confirm = Ja, het is niet verstuurd
followup-ticket-remove = Het nummer { $ticket } verwijderen
followup-ticket-remove-question = Het nummer { $ticket } uit dit verzoek halen? De geschiedenis van je dossier houdt bij dat het er was. Daarna kun je het juiste nummer toevoegen.
followup-ticket-remove-confirm = Verwijderen
