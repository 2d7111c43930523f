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
error-internal = Un problème est survenu dans Reclaim. Ce que vous avez saisi est conservé.
error-too_many_attempts = Plusieurs essais n'ont pas ouvert le dossier. Attendez un instant avant de réessayer.
error-timeout = L'autre côté n'a pas répondu à temps. Vous pourrez réessayer plus tard.
error-address_refused = Reclaim ne contacte pas cette adresse, pour protéger votre propre réseau.
error-empty_file = Ce fichier est vide : il n'y a rien à lire.
error-truncated = Ce fichier est incomplet, peut-être un téléchargement ou une copie interrompus.
error-heic_unsupported = Cette photo d'iPhone (HEIC) ne peut pas être lue ici. Exportez-la en JPEG (« Le plus compatible ») et ajoutez cette copie.
error-low_quality = Cette image a trop peu de détails pour être comparée de façon fiable : elle n'a pas été comparée.
