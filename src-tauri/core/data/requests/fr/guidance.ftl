# Ce que la personne lit à côté d'une demande (français) : étapes, avertissements, services.

warning-dmca = Une notification DMCA, avec votre nom et vos coordonnées, peut être transmise à la personne qui a mis le contenu en ligne, et de nombreux services publient aussi les notifications dans la base Lumen (lumendatabase.org). Cette personne peut envoyer une contre-notification, et le contenu peut alors revenir en ligne après 10 à 14 jours ouvrables, sauf si vous saisissez un tribunal aux États-Unis. N'utilisez cette voie que pour des photos ou vidéos que vous avez prises vous-même.
warning-take-it-down-us = Ce formulaire peut être réservé aux personnes qui vivent aux États-Unis. S'il refuse votre demande, utilisez l'autre voie de la plateforme.

warning-forwarding = Ce service transmet souvent les plaintes à la personne qui gère le site, avec le nom et l'adresse e-mail de l'expéditeur. Utilisez une adresse e-mail qui n'en dit pas plus sur vous que nécessaire (une nouvelle adresse convient), et cochez « ne pas transmettre mes coordonnées » si le formulaire le propose.
warning-check-address = Reclaim n'a pas pu confirmer cette adresse auprès d'une source officielle. Vérifiez-la sur le site du service avant d'envoyer.
reason-delisting = Ajouté par Reclaim : les moteurs de recherche peuvent encore montrer ces pages, et leurs images, même si le site ne réagit pas. Vous pouvez désactiver cette option.

steps-in-app-1 = Ouvrez { $platform } et allez au contenu (publication, message, photo ou profil).
steps-in-app-2 = Ouvrez son menu (souvent « … » ou un appui long) et choisissez « Signaler ».
steps-in-app-3 = Choisissez l'option sur la nudité ou les images intimes diffusées sans consentement.
steps-in-app-4 = S'il y a une zone de texte, collez-y le texte ci-dessous.
steps-in-app-5 = Notez le numéro de signalement que vous recevez, et la date.

steps-find-contact-1 = Regardez en bas de { $host } s'il y a un lien comme « Contact », « Retrait de contenu », « DMCA », « Signaler » ou « DSA ». S'il y a un formulaire, utilisez-le avec le texte ci-dessous.
steps-find-contact-2 = Sinon, trouvez l'hébergeur : appuyez sur « Trouver qui héberge ce site » sur cette carte (une recherche sur { $host }). Elle donne l'adresse e-mail « abuse » de l'hébergeur, et Reclaim y adresse alors votre demande.
steps-find-contact-3 = Si le site passe par Cloudflare, utilisez le formulaire d'abus de Cloudflare (catégorie « Non-Consensual Sexually Explicit Imagery ») : il transmet le signalement et vous indique qui est l'hébergeur.
steps-find-contact-4 = Vous pouvez aussi demander au bureau d'enregistrement du nom de domaine (même recherche) d'agir.
steps-find-contact-5 = Demandez aux moteurs de recherche de retirer les pages de leurs résultats, même si le site ne répond pas.

service-stopncii = StopNCII.org (pour les adultes) crée une empreinte numérique (hash) de vos images sur votre appareil ; les images elles-mêmes ne sont jamais envoyées. Les plateformes partenaires utilisent ces empreintes pour trouver et bloquer les copies. Aucune lettre n'est nécessaire. Gardez votre numéro de dossier et votre code PIN : ils ne peuvent pas être récupérés.
service-take-it-down = Take It Down (géré par le NCMEC) est destiné aux images prises avant vos 18 ans. Il crée une empreinte (hash) des images sur votre appareil ; les images ne sont jamais envoyées. Les plateformes partenaires l'utilisent pour trouver et retirer les copies. En Belgique, Child Focus (116 000) peut vous aider. Gardez votre numéro de dossier.
case-number-label = Numéro de dossier
