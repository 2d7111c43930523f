# Étape 6 : le suivi des demandes.

followup-title = Suivre les demandes
# $shown: what the screen lists (requests sent, websites not asked yet, or both).
followup-intro = { $shown ->
    [sent] Voici chaque site auquel vous avez envoyé une demande : ce qui demande votre attention vient en premier. Vous pouvez noter chaque réponse ici ; chaque changement est gardé avec sa date.
    [not-sent] Vous n’avez pas encore envoyé de demande. Voici les sites de votre dossier qui en attendent une. Quand vous en envoyez une, vous pouvez noter sa réponse ici ; chaque changement est gardé avec sa date.
   *[both] Voici chaque site de votre dossier. D’abord les demandes envoyées : ce qui demande votre attention vient en premier. Ensuite les sites pas encore contactés. Vous pouvez noter chaque réponse ici ; chaque changement est gardé avec sa date.
}
followup-none = Aucune demande n’est encore marquée comme envoyée. Quand vous en envoyez une dans « Demander le retrait », elle apparaît ici.
followup-status-draft = Pas encore envoyée
followup-status-sent = Envoyée, en attente de réponse
followup-status-acknowledged = Reçue par le site
followup-status-removed = Retirée
followup-status-refused = Refusée
followup-status-no-answer = Pas de réponse dans le délai
followup-status-came-back = De nouveau en ligne après retrait
followup-overdue = La réponse est en retard
followup-sent = Envoyée le
followup-deadline = Réponse attendue avant le
followup-tickets = Numéros de référence
followup-next-title = Ce que vous pouvez faire ensuite
followup-next-refused = Le site a refusé. Ce n’est pas la fin. Voici ce que vous pouvez faire ; les premières démarches sont les plus rapides.
followup-next-late = Le site n’a pas répondu à temps. Voici ce que vous pouvez faire ; les premières démarches sont les plus rapides.
followup-change-label = Que s’est-il passé ?
followup-ticket-label = Ajouter un numéro de référence
followup-ticket-save = Ajouter
followup-history = Ce qui s’est passé, avec les dates
followup-online-title = Est-ce encore en ligne ?
followup-online-intro = Reclaim peut vérifier chaque lien de votre dossier. Seule l’adresse est demandée : aucune image ni rien sur vos images n’est envoyé, et la page n’est ni ouverte ni gardée. Rien ne se passe tant que vous n’appuyez pas sur le bouton.
followup-online-check = Vérifier les liens maintenant
followup-online-warning = Chaque site verra l’adresse internet de votre ordinateur (adresse IP) quand Reclaim l’interroge. Si un site peut appartenir à la personne qui a partagé les images, vous pouvez d’abord utiliser Tor ou un VPN, ou demander à un·e intervenant·e de vérifier depuis son ordinateur.
followup-online-confirm = Vérifier maintenant
followup-online-cancel = Pas maintenant
followup-online-checking = Vérification…
followup-liveness-still-online = Toujours en ligne
followup-liveness-gone = Disparu
followup-liveness-could-not-tell = Pas vérifié : Reclaim n’a pas pu le savoir (pas de réponse, ou le site ne l’a pas dit). Cela ne veut pas dire que c’est retiré.
followup-step-phone = Téléphone : { $phone } (gratuit)
followup-step-copy-email = Copier l’adresse e-mail
followup-step-copy-address = Copier l’adresse
followup-step-letter = La lettre, prête à copier
followup-step-copy-letter = Copier la lettre
followup-step-go = Aller à « { $step } »
followup-step-copied = Copié.
followup-not-sent-title = Pas encore demandé
followup-not-sent-links = { $count ->
    [one] 1 lien
   *[other] { $count } liens
}
followup-not-sent-go = Aller à la demande
