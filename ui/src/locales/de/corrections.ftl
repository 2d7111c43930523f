# Etwas aus dem Fall nehmen oder berichtigen. Jede Frage sagt, was geht, und
# dass der Verlauf des Falls vermerkt, dass es da war.

remove-cancel = Behalten
images-remove = Dieses Bild entfernen
images-remove-question = { $name } aus Ihrem Fall nehmen? Sein Fingerabdruck wird gelöscht: Er wird nicht mehr genutzt, um Kopien zu finden, und steht nicht mehr in Ihren Anfragen und Ihrer Akte. Der Verlauf Ihres Falls vermerkt, dass er da war, mit dem Datum.
images-remove-confirm = Entfernen
evidence-remove = Diese Datei entfernen
evidence-remove-question = Diese Datei aus Ihrem Fall nehmen? Die Datei selbst wird von diesem Computer gelöscht und steht nicht in Ihrer Akte. Der Verlauf Ihres Falls vermerkt, dass sie da war, mit dem Datum und ihrem Fingerabdruck (SHA-256).
evidence-remove-confirm = Datei löschen
evidence-note-edit = Notiz berichtigen
evidence-note-label = Notiz
evidence-note-save = Notiz speichern
evidence-note-cancel = Abbrechen
links-correct = Diesen Link berichtigen
links-correct-question = Geben Sie den Link so ein, wie er sein soll. Der falsch eingegebene Link verlässt Ihren Fall; der Verlauf Ihres Falls vermerkt, dass er da war und dass Sie ihn berichtigt haben.
links-correct-label = Der richtige Link
links-correct-confirm = Richtigen Link speichern
requests-undo-sent = Doch nicht gesendet?
requests-undo-sent-question = Diese Anfrage wieder auf „nicht gesendet“ setzen? Ihre Frist entfällt, und sie zählt nicht mehr als gesendet. Der Verlauf Ihres Falls vermerkt, dass sie als gesendet markiert war, und wann.
requests-undo-sent-confirm = Ja, sie wurde nicht gesendet
followup-ticket-remove = Die Nummer { $ticket } entfernen
followup-ticket-remove-question = Die Nummer { $ticket } aus dieser Anfrage nehmen? Der Verlauf Ihres Falls vermerkt, dass sie da war. Danach können Sie die richtige Nummer hinzufügen.
followup-ticket-remove-confirm = Entfernen
