# Libellés du rapport de preuves (PDF). Les placeables ne reçoivent que des données.

doc-title = Rapport de preuves, dossier { $code }
doc-subtitle = Préparé avec Reclaim { $version } le { $date }
footer = Dossier { $code } · page { $page } sur { $total }
yes = oui
no = non
none = aucun
not-recorded = non enregistré

summary-heading = Résumé
summary-intro = Ce rapport reprend, pour un cas de diffusion non consentie d'images intimes, chaque adresse où les images ont été trouvées, les preuves conservées, les demandes envoyées et les réponses reçues. Il ne contient pas les images.
summary-case = Dossier
summary-created = Dossier ouvert le
summary-prepared-by = Préparé par
summary-description = Ce qui s'est passé, selon la personne
summary-counts = Contenu
summary-count-urls = Adresses (URL) : { $n }
summary-count-evidence = Fichiers de preuve : { $n }
summary-count-images = Images identifiées par leurs empreintes : { $n }
summary-count-requests = Demandes : { $n }
summary-custody = Journal de la chaîne de conservation
summary-custody-ok = intact ({ $n } entrées, chaque lien vérifié)
summary-custody-broken = NON intact : { $problems }
summary-evidence-changed = Fichier de preuve dont le contenu ne correspond plus à l'empreinte relevée à la capture : { $name }
summary-images-included = La personne a choisi d'inclure les images elles-mêmes dans le dossier (répertoire images/).
summary-images-excluded = Les images elles-mêmes ne sont pas incluses ; elles ne sont identifiées que par leurs empreintes.

timeline-heading = Chronologie
timeline-intro = Tous les événements, du plus ancien au plus récent. Heures en UTC.
ev-case-created = Dossier ouvert
ev-url-captured = Adresse enregistrée
ev-url-checked = Adresse vérifiée : { $state }
ev-url-not-checked = Adresse non vérifiée : la vérification n'a pas pu dire si elle est encore en ligne (pas de réponse, ou le site a refusé de répondre)
ev-evidence-captured = Fichier de preuve ajouté
ev-image-added = Empreinte d'image calculée
ev-request-sent = Demande envoyée à { $to }
ev-request-status = Demande à { $to } : { $state }

urls-heading = Adresses où les images ont été trouvées
urls-intro = Chaque adresse telle qu'elle a été enregistrée. Les adresses longues continuent à la ligne suivante sans aucun caractère ajouté.
url-item = Adresse { $n }
url-platform = Plateforme
url-captured-utc = Enregistrée (UTC)
url-captured-local = Enregistrée (heure locale de l'appareil)
url-status = Dernier état connu
url-status-never = non vérifiée
url-status-not-told = Vérification du { $at } : impossible de dire si elle est encore en ligne
url-note = Remarque
state-found = relevée, pas vérifiée
state-online = toujours en ligne
state-removed = retirée
state-unreachable = non vérifiée : la vérification n'a pas pu dire si elle est encore en ligne
state-not_checked = non vérifiée : la vérification n'a pas pu dire si elle est encore en ligne
state-came_back = de nouveau en ligne après retrait

evidence-heading = Fichiers de preuve
evidence-intro = Captures d'écran, documents et copies des images trouvées sur l'appareil, conservés comme preuves, chacun avec l'empreinte SHA-256 de ses octets exacts. Les fichiers se trouvent dans le répertoire evidence/ du dossier.
evidence-item = Preuve { $n }
evidence-kind = Type
kind-screenshot = capture d'écran
kind-document = document
kind-image = image personnelle
kind-correspondence = correspondance
kind-other = autre
kind-found_copy = copie d'une image, trouvée sur l'appareil
evidence-name = Nom de fichier d'origine
evidence-path = Fichier dans le dossier
evidence-captured = Capturé (UTC)
evidence-size = Taille
evidence-size-bytes = { $n } octets
evidence-source = Montre l'adresse
evidence-found-at = Trouvée à l'adresse
evidence-found-on = Trouvée sur
evidence-note = Remarque
evidence-mismatch = Attention : ces octets ne correspondent pas à l'empreinte SHA-256 relevée à la capture ({ $hash }).

images-heading = Empreintes des images
images-intro = Les images de la personne sont identifiées par des empreintes calculées sur son propre appareil : SHA-256 (fichier exact) et PDQ (perceptuelle, retrouve les copies visuellement semblables). Les images ne sont pas reproduites ici.
image-item = { $label }
image-added = Empreinte calculée (UTC)
image-pdq-quality = Qualité PDQ
image-included = Fichier image inclus dans le dossier

requests-heading = Demandes envoyées
requests-intro = Chaque demande de retrait : quand elle a été envoyée, à qui, sur quelle base légale, et ce qui a été répondu.
request-item = Demande { $n } : { $platform }
request-to = Destinataire
request-address = Adresse utilisée
request-channel = Canal
request-basis = Base légale
request-sent = Envoyée (UTC)
request-not-sent = non envoyée
request-reference = Référence
request-urls = Adresses concernées
request-history = Historique
request-answers = Réponses
request-answer-from = De { $from }, reçue le { $at }
request-no-answer = Aucune réponse enregistrée.
rstate-draft = brouillon
rstate-sent = envoyée
rstate-acknowledged = accusé de réception
rstate-removed = contenu retiré
rstate-refused = refusée
rstate-no_answer = pas de réponse
rstate-came_back = contenu revenu en ligne

custody-heading = Journal de la chaîne de conservation
custody-intro = Chaque événement du dossier, tel qu'écrit au moment où il s'est produit. Chaque entrée porte l'empreinte SHA-256 de la précédente : une modification, une suppression ou un ajout se voit.
custody-time-stamped = Horodaté le { $time } par { $tsa } (le premier horodatage qui couvre cette entrée)
custody-not-time-stamped = Pas encore horodaté
custody-anchor = Horodatage par { $tsa } le { $time }, qui couvre les entrées 1 à { $seq } (le jeton lui-même est dans custody.jsonl)
custody-said-evidence-removed = La personne a retiré ce fichier de preuve du dossier. Son fichier a été supprimé ; cette entrée garde seulement qu'il a existé et l'empreinte SHA-256 qu'il avait ({ $sha256 }).
custody-said-fingerprint-removed = La personne a retiré du dossier cette empreinte (les empreintes d'une de ses images). Elle ne sert plus à trouver des copies, ni dans les demandes, ni dans ce rapport.
custody-said-url-removed = La personne a retiré ce lien du dossier. Il n'est plus dans les demandes ni dans la liste des liens de ce rapport.
custody-said-url-corrects = Ce lien corrige { $replaces }, qui avait été mal tapé.
custody-said-evidence-note-changed = La note de ce fichier de preuve a été corrigée (ancienne et nouvelle note ci-dessus).
custody-said-request-sent-undone = Cette demande avait été marquée comme envoyée par erreur. Elle est revenue à « pas envoyée ».
custody-said-ticket-removed = Le numéro de ticket { $ticket } a été retiré de cette demande.
custody-said-ticket-corrects = Ce numéro de ticket corrige { $replaces }, qui avait été mal tapé.
custody-said-reason = Raison donnée : { $reason }
custody-reason-corrected = mal tapé, corrigé
custody-reason-minor = la personne sur les images avait moins de 18 ans ; Reclaim ne garde jamais de telles images

verify-heading = Comment vérifier ce dossier
verify-intro = Ce rapport est un des fichiers d'un dossier de preuves. Chacun peut vérifier qu'aucun fichier n'a été modifié depuis sa création :
verify-step-sha256 = 1. Dans le répertoire du dossier, lancer : sha256sum -c manifest.sha256 (chaque ligne doit indiquer OK). Sous Windows : Get-FileHash -Algorithm SHA256 sur chaque fichier, à comparer avec manifest.sha256.
verify-step-cli = 2. Ou, avec Reclaim : reclaim-cli bundle verify RÉPERTOIRE --tsa-root RACINE.pem. Cette commande vérifie chaque empreinte et chaque taille, la chaîne du journal, que chaque preuve, adresse et date de capture correspond à ce que le journal a enregistré, ainsi que la signature et l'autorité de l'horodatage ; elle nomme tout ce qui ne correspond pas et dit ce qui est prouvé.
verify-step-custody = 3. Le journal (custody.jsonl) : l'empreinte de chaque ligne est le SHA-256 des octets reclaim-custody-v1 suivis, pour chaque champ seq (en décimal), at, action, subject, details, prev_hash dans cet ordre, de la longueur du champ en octets sur 8 octets gros-boutistes puis du champ lui-même en UTF-8 ; prev_hash est l'empreinte de la ligne précédente (64 zéros pour la première).
verify-step-timestamp = 4. Si le dossier contient manifest.tsr, c'est un jeton d'horodatage RFC 3161 portant sur le SHA-256 de manifest.sha256 ; il peut aussi être vérifié avec : openssl ts -verify -data manifest.sha256 -in manifest.tsr -CAfile (certificat de l'autorité).
verify-manifest = manifest.json liste chaque fichier avec son SHA-256, sa taille et sa date de capture, et chaque adresse telle qu'enregistrée.
verify-privacy = Seule l'empreinte de manifest.sha256 est envoyée à une autorité d'horodatage, jamais une image ni l'empreinte d'une image.
verify-proves = Ce que prouve une vérification. Avec un horodatage valide (manifest.tsr) : aucun fichier n'a changé depuis l'heure qu'il indique, et l'autorité qu'il nomme garantit cette heure ; cela ne prouve ni qui a créé les fichiers ni que leur contenu est vrai. Sans horodatage valide : seulement que les fichiers concordent entre eux et avec le journal (cohérence interne seulement) ; une personne qui les aurait tous réécrits ensemble ne serait pas détectée, et rien ne montre quand ils ont été créés.
verify-this-timestamped = Ce dossier a été créé avec une demande d'horodatage : manifest.tsr doit s'y trouver. S'il manque, le dossier a été modifié.
verify-this-not-timestamped = Ce dossier a été créé sans horodatage. Sauf si manifest.tsr a été ajouté ensuite, une vérification peut seulement montrer sa cohérence interne.
proof-timestamped = Inchangé depuis le { $time }, horodaté par { $tsa } (signature valide ; l'autorité remonte à la racine de confiance { $root }).
proof-timestamped-unanchored = Inchangé depuis le { $time }, horodaté par { $tsa } : la signature est valide, mais le signataire n'a pas été vérifié auprès d'une racine de confiance (indiquez-en une avec --tsa-root) ; cela repose donc sur le certificat contenu dans le jeton.
proof-consistent-only = Cohérence interne seulement (pas d'horodatage) : les fichiers concordent entre eux et avec le journal, mais rien ne montre quand ils ont été créés ni qu'ils n'ont pas été réécrits ensemble.
proof-records = { $stamped } des { $total } entrées du journal ont été horodatées au moment où elles ont été faites (par { $tsa }) : chacune existait, telle qu'enregistrée, au plus tard à l'heure indiquée pour elle.
proof-not-proven = Rien n'est prouvé : { $count ->
    [one] un problème a été trouvé.
   *[other] { $count } problèmes ont été trouvés.
}

# How a request was sent.
channel-form = formulaire en ligne
channel-email = e-mail
channel-in_app = dans l’application ou sur le site
channel-find_contact = recherche du bon contact
channel-letter = lettre

captures-heading = Pages gardées comme preuves
captures-intro = Chaque page a été récupérée une fois, à la demande de la personne : seulement le texte de la page, sans exécuter ses scripts ni charger ses images. L'adresse demandée, chaque redirection, les en-têtes de la réponse, l'adresse du serveur et les certificats TLS sont dans le fichier d'enregistrement ; la page elle-même est dans le fichier de la page.
capture-item = Page { $n }
capture-url = Adresse demandée
capture-final-url = Adresse finale
capture-time = Récupérée (UTC)
capture-status = Statut de la réponse
capture-server-ip = Adresse du serveur (celle du proxy, s'il y en avait un)
capture-body-not-kept = La réponse n'était pas une page de texte (par exemple une image) : seule son empreinte SHA-256 a été gardée, jamais son contenu.
capture-truncated = La page faisait plus de 10 Mio : seuls ses 10 premiers Mio ont été gardés et hachés.
capture-files = Fichiers dans le dossier
capture-time-stamp = Horodatage
