# Retirer quelque chose du dossier, ou le corriger. Chaque question dit ce qui
# part et que l’historique du dossier garde une note que c’était là.

remove-cancel = Le garder
images-remove = Retirer cette image
images-remove-question = Retirer { $name } de votre dossier ? Son empreinte est effacée : elle ne servira plus à trouver des copies, ni dans vos demandes, ni dans votre dossier complet. L’historique de votre dossier garde une note qu’elle y était, avec la date.
images-remove-confirm = La retirer
evidence-remove = Retirer ce fichier
evidence-remove-question = Retirer ce fichier de votre dossier ? Le fichier lui-même est effacé de cet ordinateur et ne sera pas dans votre dossier complet. L’historique de votre dossier garde une note qu’il y était, avec la date et son empreinte (SHA-256).
evidence-remove-confirm = Effacer le fichier
evidence-note-edit = Corriger la note
evidence-note-label = Note
evidence-note-save = Enregistrer la note
evidence-note-cancel = Annuler
links-correct = Corriger ce lien
links-correct-question = Tapez le lien tel qu’il doit être. Le lien mal tapé quitte votre dossier ; l’historique de votre dossier garde une note qu’il y était et que vous l’avez corrigé.
links-correct-label = Le bon lien
links-correct-confirm = Enregistrer le bon lien
requests-undo-sent = Finalement pas envoyée ?
requests-undo-sent-question = Remettre cette demande à « pas envoyée » ? Son délai disparaît et elle ne compte plus comme envoyée. L’historique de votre dossier garde une note qu’elle a été marquée comme envoyée, et quand.
requests-undo-sent-confirm = Oui, elle n’a pas été envoyée
followup-ticket-remove = Retirer le numéro { $ticket }
followup-ticket-remove-question = Retirer le numéro { $ticket } de cette demande ? L’historique de votre dossier garde une note qu’il y était. Vous pourrez ensuite ajouter le bon numéro.
followup-ticket-remove-confirm = Le retirer
