# Reclaim — français. Simple, calme, jamais culpabilisant.

app-name = Reclaim
skip-to-content = Aller au contenu principal
language-name = Français
language-label = Langue
quick-exit = Sortie rapide
quick-exit-hint = Appuyez sur Échap à tout moment : la fenêtre disparaît aussitôt et Reclaim revient à son premier écran.

safety-title = Vous n'avez pas à affronter cela sans aide. Nous allons avancer une étape à la fois.
safety-intro = Reclaim vous aide à demander à chaque site de retirer des images partagées sans votre consentement, à garder une trace de chaque réponse et, si vous le souhaitez, à préparer un dossier complet pour la police.
safety-never-title = Ce que Reclaim ne fait jamais
safety-never-upload = Vos images ne quittent jamais cet ordinateur. Rien n'est envoyé en ligne.
safety-never-show = Reclaim ne vous montre jamais une image sans que vous le demandiez.
safety-never-track = Pas de compte, pas de publicité, pas de pistage.
safety-never-readable = Ce que vous enregistrez est chiffré sur cet ordinateur et verrouillé quand vous partez.
safety-device-title = Cet ordinateur est-il sûr ?
safety-device-text = Si une personne qui pourrait vous faire du mal utilise cet ordinateur ou connaît son mot de passe, utilisez si possible un appareil auquel personne d'autre n'a accès. Vous pouvez partir à tout moment avec la sortie rapide.
safety-emergency = En danger immédiat ? Appelez le 112 ou la police au 101.
helplines-title = Vous pouvez en parler à quelqu'un
helplines-loading = Chargement des lignes d'aide…
helpline-free = Gratuit
helpline-call = Appeler le { $phone }
helpline-email = Écrire à { $email }
helpline-languages = Langues : { $languages }
helpline-hours-always = Jour et nuit, tous les jours
helpline-hours-office_hours = Heures de bureau
helpline-hours-weekdays = En semaine
helpline-hours-see_source = Horaires sur leur site web
helpline-purpose-ncii_support = Aide pour les images diffusées sans consentement : retrait, vos droits, une plainte
helpline-purpose-minors = Pour toute personne de moins de 18 ans, et les adultes qui l'aident
helpline-purpose-listening = Quelqu'un à qui parler, anonymement
helpline-purpose-violence = Toute forme de violence, en ligne aussi
helpline-purpose-sexual_violence = Violences sexuelles
helpline-purpose-emergency = Danger immédiat
safety-start = Commencer quand vous le souhaitez
safety-start-hint = Vous pouvez vous arrêter à tout moment et reprendre plus tard.
safety-talk-first = Vous voulez d’abord parler à quelqu’un ? Voici qui appeler.

age-title = D'abord une question
age-question = La personne sur les images avait-elle moins de 18 ans quand elles ont été prises ?
age-why = Nous le demandons parce que les images d'une personne de moins de 18 ans sont traitées autrement, par des services spécialisés, et que Reclaim ne les enregistre jamais.
age-under = Oui, moins de 18 ans
age-adult = Non, 18 ans ou plus
age-unsure = Je ne sais pas
back = Retour

# The under-18 route. Facts (numbers, addresses) come from src/lib/minorServices.ts with their
# sources (Child Focus: igvm-iefh.belgium.be/uk/node/53209, childfocus.be/en/report-child-pornography;
# Take It Down: takeitdown.ncmec.org/faq/), checked 2026-11-29.
minor-title = De l'aide pour des images prises avant 18 ans
minor-unsure = Vous ne savez pas exactement, et ce n'est pas grave. Reclaim choisit la voie la plus prudente : il n'enregistre aucune image. Les services ci-dessous peuvent regarder les liens et vous dire ce qu'ils peuvent faire.
minor-intro = Si la personne sur les images avait moins de 18 ans quand elles ont été prises, des services spécialisés peuvent agir plus vite et plus loin qu'une demande envoyée avec cette application. C'est vrai même si cette personne est adulte aujourd'hui.
minor-now-title = Ce que vous pouvez faire maintenant
minor-child-focus = Child Focus : appelez le { $phone } (gratuit, jour et nuit) ou écrivez à { $email }. Ils aident les jeunes et les adultes qui les entourent, et peuvent faire retirer des images.
minor-report = Signalez les liens à Child Focus sur { $site }. Vous pouvez le faire sans donner votre nom. Leur équipe vérifie les liens et travaille avec la police pour faire retirer les images.
minor-take-it-down = Take It Down ({ $site }) : un service gratuit. Il crée une empreinte des images sur votre propre appareil et ne partage que cette empreinte avec les plateformes participantes, pour qu'elles trouvent et retirent les copies. Il est aussi ouvert aux adultes, pour des images prises avant 18 ans. Utilisez-le seulement avec des images qui sont déjà sur votre appareil : ne les téléchargez pas pour cela.
minor-young-title = Si vous avez moins de 18 ans aujourd'hui
minor-young-text = Si vous le pouvez, parlez-en à un adulte de confiance : un parent, un professeur, un éducateur. Vous pouvez aussi appeler Child Focus ensemble. Rien de tout cela n'est de votre faute.
minor-adult-title = Si vous avez 18 ans ou plus aujourd'hui
minor-adult-text = Le point de signalement de Child Focus et Take It Down sont là pour vous aussi : des images prises avant 18 ans restent des images d'une personne mineure, quel que soit votre âge aujourd'hui. Rien de tout cela n'est de votre faute.
minor-never-title = Ce qu'il ne faut jamais faire
minor-never-save = N'enregistrez pas et ne téléchargez pas les images, même comme preuve.
minor-never-forward = Ne les transférez pas et ne les partagez pas, même avec quelqu'un qui veut vous aider.
minor-never-screenshot = N'en faites pas de capture d'écran.
minor-never-why = Vous n'avez pas besoin des images : les liens (les adresses web) suffisent à ces services. Garder ou envoyer ces images peut être interdit par la loi, même avec de bonnes intentions.
minor-reclaim-title = Ce que Reclaim peut encore faire
minor-reclaim-text = Reclaim peut garder les liens où vous avez vu les images, dans un dossier verrouillé et chiffré sur cet ordinateur, prêts pour Child Focus ou la police. Il ne garde jamais les images ni des captures d'écran de celles-ci.
minor-links = Garder les liens, sans les images
minor-not-alone = Vous n'avez pas à traverser cela sans aide. Vous pouvez demander à une personne de confiance de rester à vos côtés.
case-minor-note = Ce dossier garde seulement des liens. Reclaim n'enregistre jamais les images ni des captures d'écran de celles-ci.

path-title = Ce qui vient ensuite
path-intro = Voici tout le chemin. Vous choisissez jusqu'où aller, et vous pouvez vous arrêter à chaque étape.
path-step-case = Créer votre dossier : un espace verrouillé et chiffré sur cet ordinateur.
path-step-links = Où sont les images ? Collez les liens où vous les avez vues.
path-step-images = Vos images : Reclaim en crée des empreintes ici, sur cet ordinateur.
path-step-copies = Trouver des copies dans un dossier de fichiers téléchargés.
path-step-requests = Demander à chaque site de les retirer, avec tout ce que la loi exige.
path-step-followup = Faire le suivi jusqu'à leur disparition.
path-step-file = Un dossier complet pour la police ou un avocat, si vous le souhaitez.
path-continue = Créer ou ouvrir votre dossier

case-title = Votre dossier
case-intro = Tout ce que vous enregistrez est gardé dans un dossier : verrouillé, chiffré, et uniquement sur cet ordinateur.
case-existing-title = Ouvrir un dossier
case-code = Dossier { $code }
case-last-opened = Dernière ouverture le { $when }
case-never-opened = Pas encore ouvert
case-passphrase = Phrase de passe
case-unlock = Ouvrir
case-unlock-keyring = Ouvrir avec le trousseau de cet ordinateur
case-new-title = Commencer un nouveau dossier
case-label = Un nom pour ce dossier, visible par vous seulement
case-contact-name = Votre nom tel qu'il doit apparaître dans les demandes (vous pourrez l'ajouter plus tard)
case-contact-email = Une adresse e-mail pour les réponses (vous pourrez l'ajouter plus tard)
case-passphrase-new = Choisissez une phrase de passe d'au moins { $min } caractères
case-passphrase-confirm = La même phrase de passe, une seconde fois
case-passphrase-mismatch = Les deux phrases de passe ne sont pas identiques.
case-passphrase-help = Gardez-la en lieu sûr. Sans elle, personne, pas même Reclaim, ne peut ouvrir le dossier.
case-use-keyring = L'ouvrir aussi avec le trousseau de cet ordinateur, sans taper la phrase de passe
case-keyring-warning = Si vous cochez cette case, toute personne qui peut utiliser cet ordinateur pendant que votre session est ouverte peut ouvrir le dossier sans la phrase de passe. Cochez-la seulement si personne d'autre n'utilise votre session sur cet ordinateur.
case-passphrase-show = Afficher la phrase de passe
case-passphrase-hide = Masquer la phrase de passe
case-strength-too-short = Encore trop courte.
case-strength-weak = Facile à deviner : les noms, les dates, les mots courants et les suites de touches sont essayés en premier. Une phrase de quatre ou cinq mots que personne ne relierait à vous est meilleure.
case-strength-fair = Difficile à deviner. Quelques mots de plus la rendent plus solide.
case-strength-strong = Très difficile à deviner. Bon choix.
case-keyring-unavailable = Le trousseau de cet ordinateur n'est pas disponible : la phrase de passe est la seule clé.
case-create = Créer le dossier
case-working = Un instant…
case-open-title = Votre dossier est ouvert
case-open-code = Code du dossier : { $code }
case-report-previous = Dernière ouverture : { $when }
case-report-failed = { $count ->
    [one] Une mauvaise phrase de passe a été essayée depuis.
   *[other] { $count } mauvaises phrases de passe ont été essayées depuis.
}
case-report-none = Aucune mauvaise phrase de passe n'a été essayée depuis.
case-report-record-removed = Le relevé des mauvaises phrases de passe de ce dossier a été supprimé depuis votre dernière ouverture ({ $when }). Quelqu'un a peut-être essayé des phrases de passe et l'a caché.
case-report-record-changed = Le relevé des mauvaises phrases de passe de ce dossier a été modifié depuis votre dernière ouverture ({ $when }). Le nombre ci-dessus n'est peut-être pas juste : quelqu'un a peut-être essayé des phrases de passe.
case-report-restored = Une partie de ce dossier était abîmée sur cet ordinateur. Reclaim a ouvert sa copie de sauvegarde du { $when }. Ce que vous avez ajouté ou modifié après ce moment peut manquer. Vérifiez votre dossier, s'il vous plaît.
case-lock = Verrouiller maintenant
case-continue = Continuer : où sont les images ?

links-title = Où sont les images ?
links-intro = Collez chaque lien où vous savez que les images se trouvent, un par ligne ou tous ensemble. Chacun est gardé exactement tel quel : c'est une preuve. Rien n'est ouvert ni envoyé.
links-paste-label = Liens
links-check = Vérifier les liens
links-checked-title = { $count ->
    [one] Un lien peut être gardé
   *[other] { $count } liens peuvent être gardés
}
links-save = { $count ->
    [one] Garder ce lien dans le dossier
   *[other] Garder ces { $count } liens dans le dossier
}
links-draft-back = Les liens que vous aviez collés sont toujours là. Ils ne sont pas encore gardés dans votre dossier : vérifiez-les, puis gardez-les.
links-saved-title = Liens dans votre dossier
links-none-saved = Aucun lien pour l'instant.
links-platform-unknown = Un site que Reclaim ne connaît pas encore
links-kind-post = une publication, une photo ou une vidéo
links-kind-profile = un profil
links-kind-group = un groupe, un canal ou un dossier partagé
links-kind-direct_file = le fichier image ou vidéo lui-même
links-kind-search_result = une page de résultats de recherche
links-kind-short_link = un lien raccourci
links-kind-unknown = une page
links-reject-no_url_found = Aucune adresse web n'a été trouvée sur cette ligne.
links-reject-unsupported_scheme = Ce n'est pas une adresse web (elle devrait commencer par https:// ou http://).
links-reject-credentials_in_url = Cette adresse cache le vrai site derrière un nom et un signe @, une ruse courante. Vérifiez où elle mène vraiment.
links-reject-too_long = Cette adresse dépasse 8 000 caractères.
links-reject-control_characters = Cette adresse contient des caractères de contrôle cachés.
links-reject-bidi_characters = Cette adresse contient des caractères qui peuvent la déguiser en inversant le texte.
links-reject-invisible_characters_in_host = Le nom du site contient des caractères invisibles.
links-reject-invalid_host = Le nom du site n'est pas valide.
links-reject-invalid_url = Ce n'est pas une adresse web valide.
links-warning-scheme_added = Il manquait https:// : il a été ajouté.
links-warning-international_host = Le nom du site contient des lettres non latines ; il est aussi montré sous sa forme technique.
links-warning-mixed_scripts = Le nom du site mélange des alphabets : il imite peut-être un autre site.
links-warning-lookalike_characters = Le nom du site utilise des lettres qui ressemblent seulement à des lettres latines : il imite peut-être un autre site.
links-warning-imitates_known_site = Ce nom de site ressemble seulement à { $site } : c’est un autre site, peut-être une fausse copie.
links-warning-invisible_characters = Des caractères invisibles ont été trouvés dans l'adresse et sont montrés encodés.
links-warning-ip_address_host = Le site est donné par un numéro (une adresse IP) plutôt que par un nom.
links-warning-short_link = Un lien raccourci : on ne sait pas où il mène sans l'ouvrir.
links-warning-direct_file = C'est l'adresse du fichier lui-même ; si possible, ajoutez aussi la page qui le montre.
links-warning-possible_duplicate = Cela semble être la même page qu'un lien plus haut.

steps-label = Les étapes de votre dossier
steps-current = Étape { $number } sur { $total } : { $step }
step-case = Votre dossier
step-links = Où sont les images ?
next-step = Suite : { $step }
continue-later = Continuer plus tard
continue-later-done = Votre dossier est verrouillé. Tout ce que vous avez noté est conservé en sécurité. Revenez quand vous serez prête ou prêt. Vous pouvez fermer Reclaim maintenant.
auto-lock-warning = { $seconds ->
    [one] Pour protéger votre dossier, il se verrouillera dans une seconde.
   *[other] Pour protéger votre dossier, il se verrouillera dans { $seconds } secondes.
} Rien de ce que vous avez noté ne sera perdu.
auto-lock-stay = Je suis toujours là
auto-locked = Votre dossier a été verrouillé après un moment sans activité, pour le protéger. Tout ce que vous avez noté est conservé. Rouvrez-le quand vous le souhaitez.
window-title-neutral-word = Notes
window-title-neutral = Appeler cette fenêtre « { $word } » au lieu de « Reclaim » (dans la barre des tâches et la liste des fenêtres)
window-title-failed = Le titre de la fenêtre n'a pas pu être changé. La sortie rapide fonctionne toujours.

# Opening a hand-over file from another Reclaim.
handover-import-title = Ouvrir un fichier de transmission venant d’un autre ordinateur
handover-import-intro = Une personne qui vous accompagne, ou vous-même, a peut-être enregistré ce dossier sur un autre ordinateur dans un fichier de transmission. Il vous faut la phrase de passe qui verrouille ce fichier.
handover-import-pick = Choisir le fichier de transmission
handover-import-picked = Fichier : { $name }
handover-import-passphrase = La phrase de passe du fichier de transmission
handover-import-open = Ouvrir le dossier ici

# « Que se passe-t-il ? » (après « La sécurité d'abord ») et l'écran d'urgence.
situation-title = Que se passe-t-il ?
situation-intro = Dites-nous ce qui vous amène. Reclaim vous montre ensuite les étapes qui conviennent. Vous pouvez choisir plusieurs réponses et les changer plus tard.
situation-legend = Choisissez ce qui vous concerne
situation-shared = Mes images intimes ont été diffusées sans mon accord
situation-threatened = Quelqu'un menace de diffuser mes images (par exemple si je ne paie pas ou n'envoie pas plus)
situation-fake = Quelqu'un a fabriqué de fausses images sexuelles de moi (avec l'IA ou par montage)
situation-child_photos = Des photos de mon enfant ont été prises et publiées ailleurs
situation-dont_know_where = Je pense que mes images sont en ligne, mais je ne sais pas où
situation-live_now = Quelqu'un est forcé de se filmer ou d'être filmé en direct, maintenant
situation-later = Vous pourrez changer cela plus tard. Rien de tout cela n'est de votre faute.
situation-continue = Continuer
emergency-title = Appelez à l'aide maintenant
emergency-112 = Urgences : appelez le { $phone }
emergency-101 = Police : appelez le { $phone }
emergency-child-focus = Si un enfant est concerné : Child Focus, { $phone } (gratuit, jour et nuit)
emergency-later = Quand tout le monde est en sécurité, Reclaim peut vous aider pour la suite.
step-emergency = Urgence
step-threat = La menace
step-search = Où pourraient-elles être ?
step-hotline = Signaler au point de contact
path-step-emergency = Appelez à l'aide maintenant : les numéros d'urgence.
path-step-threat = Que faire maintenant face à la menace, et la garder comme preuve.
path-step-search = Ce que vous pouvez faire pour les trouver sans rien envoyer.
path-step-hotline = Un court signalement avec les liens pour le point de contact.
