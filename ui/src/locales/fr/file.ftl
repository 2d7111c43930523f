## « Votre dossier » : pour la police, l'Institut ou un avocat ; et la transmission

step-file = Dossier complet
file-title = Votre dossier
file-intro = Si vous décidez de porter plainte ou de demander conseil, vous pouvez remettre un dossier complet à la police, à l'Institut pour l'égalité des femmes et des hommes ou à un avocat. Reclaim l'écrit dans un dossier que vous choisissez. Rien n'est envoyé nulle part.
file-contents-title = Ce que contient le dossier
file-contents-report = Un rapport (PDF) qui raconte ce qui s'est passé, dans l'ordre : les liens, les captures d'écran, les demandes envoyées et les réponses.
file-contents-evidence = Les fichiers de preuve : vos captures d'écran et documents, tels qu'ils ont été gardés.
file-contents-manifest = La liste des empreintes (SHA-256) de chaque fichier, pour que chacun puisse vérifier que rien n'a été modifié.
file-contents-custody = Le journal de chaque étape de votre dossier, chaque entrée liée à la précédente : un trou ou une modification se verrait.
file-unencrypted-warning = Le dossier écrit par Reclaim n'est pas chiffré : toute personne qui peut l'ouvrir peut le lire. Gardez-le sur un support sûr, par exemple une clé USB que vous seule utilisez, ou remettez-le directement à la personne qui en a besoin.
file-make-title = Créer le dossier
file-include-images = Mettre aussi mes propres images dans le dossier
file-include-images-off = Vos propres images ne sont pas incluses. Leurs empreintes figurent toujours dans le rapport, ce qui suffit en général.
file-include-images-warning = Vos images seront copiées dans le dossier, sans chiffrement. Ne le faites que si la police ou votre avocat vous les demande.
file-export = Choisir un emplacement et créer le dossier
file-working = Création du dossier…
file-done-title = Votre dossier est prêt
file-done-where = Il se trouve ici :
file-done-count = { $count ->
    [one] Il contient un fichier.
   *[other] Il contient { $count } fichiers.
}
file-done-manifest = Empreinte de l'ensemble du dossier (SHA-256 de la liste des empreintes) :
file-verified = Vérifié : les { $count } fichiers correspondent à leurs empreintes. Rien ne manque, rien n'a changé.
file-not-verified = Reclaim a relu le dossier et quelque chose ne correspond pas. Vous pouvez recréer le dossier à un nouvel emplacement. Fichiers concernés :
file-case-problems = Le rapport indique quels éléments de votre dossier n'ont pas pu être confirmés comme inchangés.
file-unencrypted-reminder = Pour rappel : ce dossier n'est pas chiffré. Une fois remis, vous pouvez le supprimer de cet ordinateur.
file-handover-title = Transmettre le dossier à une intervenante
file-handover-intro = Ceci écrit tout votre dossier dans un seul fichier, verrouillé par une phrase de passe que vous choisissez maintenant. Une intervenante qui utilise Reclaim peut l'ouvrir sur son ordinateur avec cette phrase de passe. Communiquez la phrase de passe autrement que le fichier, par exemple par téléphone.
file-handover-passphrase = Phrase de passe du fichier de transmission
file-handover-confirm = La même phrase de passe, une seconde fois
file-handover-passphrase-hint = Au moins 8 caractères. Vous pouvez la coller.
file-handover-too-short = La phrase de passe doit compter au moins { $min } caractères.
file-handover-mismatch = Les deux phrases de passe ne sont pas identiques. Veuillez les saisir à nouveau.
file-handover-export = Choisir un emplacement et écrire le fichier de transmission
file-handover-done = Le fichier de transmission est écrit
file-handover-done-count = { $count ->
    [one] Il contient votre dossier et un fichier de preuve ({ $size } Mo).
   *[other] Il contient votre dossier et { $count } fichiers de preuve ({ $size } Mo).
}
file-handover-done-hint = Il ne peut être ouvert qu'avec la phrase de passe. Gardez la phrase de passe à part du fichier.
