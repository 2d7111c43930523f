# Signalements de compte (menace de diffuser des images) et signalement au point de contact
# (photos d'un enfant). Variables : voir en/situations.ftl.

subject-account = Signalement d'un compte qui menace de diffuser des images intimes – { $platform }
intro-account = { $by ->
    [representative] Le compte ci-dessous menace de diffuser { $kind ->
        [fake] des images à caractère sexuel représentant { $victim }, créées ou modifiées sans son consentement,
       *[real] des images intimes de { $victim }
    } si { $victim } ne paie pas ou n'envoie pas d'autres images.
   *[self] Le compte ci-dessous menace de diffuser { $kind ->
        [fake] des images à caractère sexuel me représentant, créées ou modifiées sans mon consentement,
       *[real] des images intimes de moi
    } si je ne paie pas ou n'envoie pas d'autres images.
} C'est du chantage (sextorsion), et c'est contraire à vos règles.
account-heading = Le compte :
account-line = { $handle } sur { $platform }
account-ask = Merci de suspendre ce compte, de l'empêcher de diffuser les images sur votre service et de conserver ses données au cas où la police les demanderait.
account-step-paste = Là où le signalement demande des détails, collez le texte ci-dessous.
account-step-block = Ensuite, bloquez le compte. Ne supprimez pas la conversation.
account-warning-evidence = Avant de signaler ou de bloquer : gardez des captures d'écran des messages, du nom et du lien du compte, et de toute demande d'argent. Ne payez pas, n'envoyez rien de plus et ne supprimez pas la conversation.

hotline-subject = Signalement : photos d'un enfant prises et publiées en ligne sans autorisation
hotline-intro = { $by ->
    [representative] Je vous écris au nom du parent ou de la personne qui a la garde d'un enfant.
   *[self] Je suis le parent ou la personne qui a la garde d'un enfant.
} Des photos de l'enfant ont été prises sans autorisation là où elles avaient été publiées, puis mises sur les pages ci-dessous. Je n'ai téléchargé ni gardé aucune de ces images.
hotline-urls = Les pages :
hotline-ask = Merci de vérifier ces pages et de faire retirer les images. Vous pouvez me contacter si vous avez besoin de plus d'informations.
hotline-contact = Contact : { $name }, { $email }
hotline-note-links-only = N'envoyez que les liens. Ne téléchargez pas les photos, n'en faites pas de capture d'écran et ne les transférez à personne : le point de signalement n'en a pas besoin.
hotline-note-anonymous = Vous pouvez aussi faire ce signalement sans donner votre nom : retirez la ligne de contact.
hotline-note-none-known = Reclaim ne connaît pas encore de point de signalement pour votre pays. La police peut recevoir ce signalement.
hotline-note-police = Vous pouvez aussi le signaler à la police. Si un enfant est en danger maintenant, appelez le 112.
