## Garder une copie d'une page comme preuve (un lien enregistré) et horodater

capture-keep = Garder une copie de cette page comme preuve
capture-working = Copie en cours…
capture-warning = Reclaim va demander cette page une fois au site. Le site verra l'adresse internet de votre ordinateur (adresse IP). S'il appartient peut-être à la personne qui a partagé les images, vous pouvez d'abord utiliser Tor ou un VPN, ou demander à un·e intervenant·e de le faire depuis son ordinateur. Rien de la page n'est affiché, aucune image n'est chargée et aucun script n'est exécuté. Seul le texte de la page est gardé, chiffré dans votre dossier, avec l'heure et son empreinte.
capture-confirm = Garder une copie maintenant
capture-cancel = Pas maintenant
capture-kept-line = Copie gardée le { $when } · réponse { $status } · empreinte (SHA-256) { $hash }…
capture-not-a-page = Cette adresse ne menait pas à une page de texte (peut-être une image). Seule son empreinte a été gardée, pas le contenu.
capture-time-stamp-later = L'horodatage n'a pas pu être fait maintenant. Votre copie est en sécurité ; le prochain horodatage la couvrira.
time-stamping-title = Horodater mes enregistrements
time-stamping-intro = Chaque fois que vous enregistrez quelque chose (un lien, une capture d'écran, une demande envoyée, une copie de page), un service d'horodatage indépendant peut confirmer quand cela a été enregistré. Votre dossier a ainsi plus de poids pour la police ou un·e avocat·e. C'est désactivé tant que vous ne l'activez pas.
time-stamping-what-leaves = Seule une empreinte (SHA-256) du registre de votre dossier quitte cet ordinateur. Elle ne révèle rien de votre dossier. Le service voit votre adresse internet (adresse IP).
time-stamping-authority = Service d'horodatage
time-stamping-free = gratuit
time-stamping-cost-unknown = prix non indiqué
time-stamping-unverified = adresse non confirmée par le service lui-même
time-stamping-turn-on = Activer l'horodatage
time-stamping-turn-off = Désactiver l'horodatage
time-stamping-on = Vos enregistrements sont horodatés par { $name }.
time-stamping-last = Dernier horodatage : { $when }.
time-stamping-failed = Le dernier horodatage n'a pas pu être fait (peut-être êtes-vous hors ligne). Rien n'est perdu : le prochain le couvrira.
