# Revenir à un dossier, et la liste privée des dossiers de qui accompagne des victimes.

safety-continue-case = Ouvrir un dossier déjà commencé
case-start-new = Commencer plutôt un nouveau dossier
resume-report-label = À propos de l'ouverture de votre dossier
resume-welcome-back = Bon retour. Vous reprenez là où vous en étiez : { $step }.

workspace-title = Votre liste privée de dossiers
workspace-offer = J'accompagne des victimes : garder une liste privée de mes dossiers
workspace-intro = Avec une liste, vous voyez votre propre nom pour chaque dossier, les demandes en retard et la prochaine échéance, sans ouvrir chaque dossier. La liste est verrouillée par sa propre phrase de passe et gardée seulement sur cet ordinateur, chiffrée.
workspace-forget-note = Si vous oubliez cette phrase de passe, vous perdez seulement la liste. Chaque dossier s'ouvre toujours avec sa propre phrase de passe.
workspace-passphrase-new = Choisissez une phrase de passe pour la liste, d'au moins { $min } caractères (pas celle d'un dossier)
workspace-passphrase = Phrase de passe de votre liste
workspace-unlock = Ouvrir ma liste
workspace-create = Garder une liste
workspace-open-hint = Votre liste est ouverte. Elle se verrouille avec l'application, ou maintenant :
workspace-lock = Verrouiller ma liste
workspace-overdue = { $count ->
    [one] 1 demande est en retard.
   *[other] { $count } demandes sont en retard.
}
workspace-next-deadline = Prochaine échéance : { $when }
workspace-no-deadline = Aucune échéance en attente.
workspace-last-step = Dernière étape : { $step }
workspace-label = Votre nom pour ce dossier
workspace-label-change = Changer le nom
workspace-label-save = Enregistrer
workspace-label-cancel = Annuler
workspace-missing-title = Plus sur cet ordinateur
workspace-missing-text = Ce dossier est dans votre liste, mais il n'est plus sur cet ordinateur. Il a peut-être été supprimé ou déplacé.
workspace-missing-drop = Le retirer de ma liste
