step-images = Vos images
step-copies = Trouver les copies
images-title = Vos images
images-intro = Choisissez vos images d'origine. Reclaim crée une empreinte de chacune ici, sur cet ordinateur. Seules les empreintes sont gardées dans votre dossier ; les images ne sont ni copiées, ni affichées, ni envoyées.
images-pick = Choisir des images
images-working = Création des empreintes…
images-name-word = Image
images-added = { $count ->
    [one] Une empreinte a été créée.
   *[other] { $count } empreintes ont été créées.
}
images-already-kept = { $count ->
    [one] Une image était déjà dans votre dossier.
   *[other] { $count } images étaient déjà dans votre dossier.
}
images-kept-title = Empreintes dans votre dossier
images-none = Pas encore d'empreinte.
images-fingerprint-made = empreinte créée
images-low-quality = Cette image a peu de détails : ses copies seront peut-être plus difficiles à trouver. Ce n'est pas de votre faute.
images-stopncii-title = StopNCII : bloquer les copies sur les grandes plateformes
images-takeitdown-title = Take It Down : pour les images prises avant vos 18 ans
images-service-how = Cela se fait sur leur propre site : il crée les empreintes dans votre navigateur et seules les empreintes quittent votre ordinateur. Reclaim n'envoie rien.
images-service-site = Leur site :
images-service-history = Si quelqu'un d'autre peut voir l'historique du navigateur de cet ordinateur, vous pouvez utiliser une fenêtre de navigation privée.
images-service-open = Ouvrir leur site
images-service-open-confirm = L’ouvrir maintenant
images-service-open-cancel = Pas maintenant
images-service-record = Garder ce numéro
images-service-pin = Code PIN (si StopNCII vous en a donné un)
images-service-pin-hint = StopNCII ne peut pas vous renvoyer le numéro de dossier ni le code PIN. Reclaim les garde dans votre dossier chiffré ; ils n’apparaissent jamais dans le rapport pour la police.
images-service-pin-kept = Code PIN :
images-service-pin-show = Afficher le code PIN
images-service-pin-hide = Masquer le code PIN
copies-title = Trouver les copies
copies-intro = Choisissez un dossier de fichiers trouvés ou téléchargés. Reclaim compare chaque fichier aux empreintes de vos images, ici sur cet ordinateur. Vous ne verrez que des noms de fichiers, jamais les images.
copies-pick = Choisir un dossier
copies-searching = Recherche en cours…
copies-listing = Parcours du dossier…
copies-progress = { $done } fichiers sur { $total }
copies-rate = { $rate } fichiers par seconde
copies-time-unknown = calcul du temps restant
copies-time-seconds = environ { $seconds } secondes restantes
copies-time-minutes = { $minutes ->
    [one] environ une minute restante
   *[other] environ { $minutes } minutes restantes
}
copies-found-so-far = { $count ->
    [one] 1 copie trouvée pour l'instant
   *[other] { $count } copies trouvées pour l'instant
}
copies-cancel = Arrêter la recherche
copies-stopping = Arrêt en cours…
copies-found = { $count ->
    [0] Aucune copie trouvée
    [one] 1 copie trouvée
   *[other] { $count } copies trouvées
}
copies-was-cancelled = La recherche a été arrêtée avant la fin.
copies-no-originals = Il n'y a pas encore d'empreinte à comparer. Ajoutez d'abord vos images.
copies-looked-at = { $count ->
    [one] 1 fichier examiné.
   *[other] { $count } fichiers examinés.
}
copies-in-folder = dans { $folder }
copies-of = une copie de { $original }
copies-same = la même image
copies-nearly-same = presque la même image
copies-similar = très semblable
copies-inside = dans une image plus grande, ou coupée, tournée ou recouverte de texte
copies-transform-rotated_90 = tournée d'un quart vers la gauche
copies-transform-rotated_180 = tournée à l'envers
copies-transform-rotated_270 = tournée d'un quart vers la droite
copies-transform-flipped = retournée de haut en bas
copies-transform-mirrored = en miroir
copies-transform-transposed = tournée et en miroir
copies-transform-anti_transposed = tournée et en miroir
copies-transform-cropped = coupée sur les bords
copies-transform-original = dans le même sens
copies-unreadable = { $count ->
    [one] 1 fichier n'a pas pu être lu
   *[other] { $count } fichiers n'ont pas pu être lus
}
copies-keep = Garder comme preuve
copies-keep-intro = Reclaim garde une copie chiffrée de ce fichier dans votre dossier, avec son empreinte (SHA-256), pour que vous puissiez la donner plus tard à la police ou à un avocat. Le fichier lui-même reste où il est.
copies-keep-from = Où l'avez-vous trouvé ?
copies-keep-link = À un lien que vous avez enregistré
copies-keep-platform = Sur un site ou une appli, sans lien (par exemple dans une discussion)
copies-keep-choose-link = Quel lien ?
copies-keep-choose-platform = Quel site ou quelle appli ?
copies-keep-choose = Choisir…
copies-keep-no-links = Vous n'avez pas encore enregistré de lien. Choisissez plutôt un site ou une appli, ou enregistrez d'abord le lien à l'étape Liens.
copies-keep-note = Remarque (si vous voulez)
copies-keep-note-hint = Par exemple qui l'a envoyé, ou dans quel groupe vous l'avez vu.
copies-keep-confirm = Le garder
copies-keep-cancel = Annuler
copies-kept = { $tie ->
    [link] Gardé comme preuve, trouvé à l'adresse { $where }.
   *[platform] Gardé comme preuve, trouvé sur { $where }.
}
copies-keep-changed = Ce fichier a changé ou a été déplacé depuis la recherche. Relancez la recherche, puis gardez-le.
copies-keep-minor = Dans ce dossier, les copies ne sont pas gardées comme preuves, car la personne sur les images avait moins de 18 ans. Les noms ci-dessus suffisent pour les signaler.
