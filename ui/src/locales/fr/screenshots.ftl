## Captures d'écran gardées pour un lien enregistré (« Où sont les images ? »)

links-add-screenshot = Ajouter une capture d'écran
links-remove = Retirer ce lien
links-remove-question = Retirer ce lien de votre dossier ? Il ne sera plus dans vos demandes ni dans votre dossier complet. L’historique de votre dossier garde une note qu’il y était, avec la date. Vous pourrez l’ajouter à nouveau plus tard.
links-remove-confirm = Le retirer
links-remove-cancel = Le garder
links-screenshot-hint = Une capture d'écran de la page est une preuve solide. Elle est gardée chiffrée dans votre dossier, avec son empreinte (SHA-256) et l'heure à laquelle elle a été ajoutée. Elle ne s'affiche jamais sans que vous le demandiez.
links-screenshot-added = La capture d'écran est gardée, chiffrée, dans votre dossier.
links-screenshots-kept = { $count ->
    [one] Une capture d'écran gardée
   *[other] { $count } captures d'écran gardées
}
screenshot-kept = Gardée le { $when }.
screenshot-sha = Empreinte (SHA-256) { $hash }…
screenshot-show = Afficher la capture
screenshot-warning = Elle peut montrer les images. Vous pouvez la fermer à tout moment.
screenshot-show-blurred = L'afficher, floutée
screenshot-not-now = Pas maintenant
screenshot-unblur = Enlever le flou
screenshot-blur-again = Flouter à nouveau
screenshot-hide = Masquer
screenshot-close-any-time = Vous pouvez la masquer à tout moment.
screenshot-alt = La capture d'écran gardée comme preuve
screenshot-alt-blurred = La capture d'écran gardée comme preuve, floutée
screenshot-failed = Cette capture ne peut pas être affichée pour le moment. Elle reste gardée dans votre dossier.
links-minor-no-screenshots = Comme la personne sur les images avait moins de 18 ans, Reclaim ne garde ni capture d'écran ni copie de ces pages. Les liens suffisent pour les signaler.
