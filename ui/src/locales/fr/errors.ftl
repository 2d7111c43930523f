# Messages d'erreur, un par type d'erreur (ErrorKind de reclaim-core).

error-invalid_input = Quelque chose ne va pas tout à fait dans ce qui a été saisi. Vérifiez et réessayez.
error-io = Reclaim n'a pas pu lire ou écrire un fichier sur cet ordinateur. Rien d'autre n'a été modifié.
error-unsupported_format = Reclaim ne peut pas ouvrir ce type de fichier.
error-too_large = Ce fichier est trop volumineux pour que Reclaim l'ouvre en toute sécurité.
error-corrupt = Ce fichier semble endommagé : Reclaim n'a pas pu l'ouvrir.
error-not_found = Reclaim n'a pas trouvé ce qu'il cherchait.
error-locked = Le dossier est verrouillé. Déverrouillez-le pour continuer.
error-wrong_secret = Cette phrase de passe n'a pas ouvert le dossier. Réessayez.
error-keyring_unavailable = Le trousseau de mots de passe de cet ordinateur n'est pas disponible : une phrase de passe est nécessaire.
error-busy = Ce dossier est déjà ouvert dans une autre fenêtre de Reclaim.
error-network = Reclaim n'a pas pu joindre le réseau. Vous pourrez réessayer plus tard.
error-cancelled = Arrêté, comme vous l'avez demandé.
error-minor_images_refused = Les images d'une personne de moins de 18 ans ne sont jamais enregistrées. Child Focus (116 000) peut vous aider.
error-minor_page_capture_refused = Quand la personne sur les images avait moins de 18 ans, Reclaim ne récupère pas et ne garde pas de copie de la page : elle pourrait la montrer. Le lien reste dans le dossier. Child Focus (116 000) peut vous aider.
error-minor_copy_refused = Quand la personne sur les images avait moins de 18 ans, Reclaim ne garde pas de copies des images, même comme preuve. Le fichier reste où il est. Child Focus (116 000) peut vous aider.
error-internal = Un problème est survenu dans Reclaim. Ce que vous avez saisi est conservé.
error-too_many_attempts = Plusieurs essais n'ont pas ouvert le dossier. Attendez un instant avant de réessayer.
error-timeout = L'autre côté n'a pas répondu à temps. Vous pourrez réessayer plus tard.
error-address_refused = Reclaim ne contacte pas cette adresse, pour protéger votre propre réseau.
error-empty_file = Ce fichier est vide : il n'y a rien à lire.
error-truncated = Ce fichier est incomplet, peut-être un téléchargement ou une copie interrompus.
error-heic_unsupported = Cette photo d'iPhone (HEIC) ne peut pas être lue ici. Exportez-la en JPEG (« Le plus compatible ») et ajoutez cette copie.
error-low_quality = Cette image a trop peu de détails pour être comparée de façon fiable : elle n'a pas été comparée.
error-text_too_long = Ce texte est plus long que ce que Reclaim peut garder. Raccourcissez-le ; rien d’autre n’a été modifié.
error-host_not_found = Reclaim n'a trouvé aucune adresse à qui écrire pour ce site, donc rien n'a été gardé.
error-already_removed = Cet élément a déjà été retiré du dossier. Rien d’autre n’a été modifié.
error-not_marked_sent = Cette demande n’est pas marquée comme envoyée : il n’y a rien à annuler. Rien n’a été modifié.

# The particulars of an error (reclaim-core's ErrorDetail), shown instead of the
# general sentence when the core says which field or limit it is about.
error-detail-missing = Veuillez remplir : { $field }.
error-detail-too_long = { $field } : { $max } caractères au maximum, s’il vous plaît.
error-detail-too_short = { $field } : au moins { $min } caractères, s’il vous plaît.
error-detail-bad_format = { $field } ne semble pas correct. Exemple de forme attendue : { $expected }
error-detail-not_one_of = { $field } : choisissez parmi { $allowed }.
error-detail-file_too_large = Ce fichier est trop grand pour que Reclaim l’ouvre sans risque ({ $megabytes } Mo au maximum).
error-detail-already_recorded = { $field } est déjà enregistré, il n’a pas été ajouté une deuxième fois.
error-detail-not_allowed_now = Cette étape ne peut pas suivre la précédente. Rien n’a été modifié.
error-detail-url_refused = Ce lien n’a pas été gardé. { $reason }
error-detail-damaged = { $part ->
    [key_file] Le fichier qui verrouille ce dossier est abîmé, et sa copie aussi. Ce n'est pas une mauvaise phrase de passe, et aucun essai n'a été compté. Si vous avez une copie de transfert du dossier, vous pouvez l'importer.
   *[database] Les données de ce dossier sont abîmées, et leur copie de sauvegarde aussi. Ce n'est pas une mauvaise phrase de passe, et aucun essai n'a été compté. Si vous avez une copie de transfert du dossier, vous pouvez l'importer.
}
error-detail-wrong_workspace_passphrase = Cette phrase de passe n'a pas ouvert votre liste de dossiers. Réessayez, s'il vous plaît. Vos dossiers ne sont pas touchés.

# Names of the fields an error can point at (reclaim-core's Field).
field-name = Nom
field-email = Adresse e-mail
field-country = Pays
field-language = Langue
field-label = Libellé
field-passphrase = Phrase de passe
field-url = Lien
field-note = Note
field-ticket = Numéro de ticket
field-case_number = Numéro de dossier
field-date = Date
field-text = Texte
field-platform = Site ou application
field-status = Statut
field-situation = Ce qui se passe
field-kind = Type
