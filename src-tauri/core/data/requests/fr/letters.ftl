# Lettres et textes de formulaire pour les demandes de retrait (français).
# Simple, factuel, bienveillant ; jamais de reproche à la personne.
# Variables : voir en/letters.ftl ($by = self | representative, $kind = real | fake).

subject-notice = Demande de retrait : images intimes diffusées sans consentement sur { $platform }
subject-in-app = Demande de retrait : images intimes diffusées sans consentement sur { $platform }
subject-search = Demande de suppression de résultats de recherche menant à des images intimes diffusées sans consentement – { $platform }
subject-host = Demande de retrait à l'hébergeur de { $host } : images intimes diffusées sans consentement
subject-cdn = Signalement d'abus : images intimes diffusées sans consentement sur { $host }, un site qui utilise votre service
subject-registrar = Signalement d'abus au bureau d'enregistrement de { $host } : images intimes diffusées sans consentement
subject-site = Demande de retrait : images intimes diffusées sans consentement sur { $host }
subject-gdpr = Demande d'effacement de données personnelles (RGPD, article 17) – { $platform }
subject-delisting = Demande de déréférencement (RGPD, article 17) – { $platform }
subject-dmca = Notification DMCA : retrait de photos ou vidéos sur { $platform }
subject-take-it-down = Demande de retrait au titre du TAKE IT DOWN Act – { $platform }

greeting = Madame, Monsieur,

images-of = { $by ->
    [representative] { $kind ->
        [fake] des images à caractère sexuel représentant { $victim }, créées ou modifiées sans son consentement
       *[real] des images intimes de { $victim }, diffusées sans son consentement
    }
   *[self] { $kind ->
        [fake] des images à caractère sexuel me représentant, créées ou modifiées sans mon consentement
       *[real] des images intimes de moi, diffusées sans mon consentement
    }
}
lives-in = { $by ->
    [representative] où vit { $victim }
   *[self] où je vis
}

# What the images show about her sex life: real images reveal it; fakes are presented as if.
sex-life = { $by ->
    [representative] { $kind ->
        [fake] ces images sont fausses, mais elles sont présentées comme montrant la vie sexuelle de { $victim }
       *[real] ces images révèlent la vie sexuelle de { $victim }
    }
   *[self] { $kind ->
        [fake] ces images sont fausses, mais elles sont présentées comme montrant ma vie sexuelle
       *[real] ces images révèlent ma vie sexuelle
    }
}
sex-life-start = { $by ->
    [representative] { $kind ->
        [fake] Ces images sont fausses, mais elles sont présentées comme montrant la vie sexuelle de { $victim }
       *[real] Ces images révèlent la vie sexuelle de { $victim }
    }
   *[self] { $kind ->
        [fake] Ces images sont fausses, mais elles sont présentées comme montrant ma vie sexuelle
       *[real] Ces images révèlent ma vie sexuelle
    }
}

intro-notice = Je vous demande de retirer de { $platform } le contenu qui se trouve aux adresses ci-dessous. Ce contenu comprend { images-of }.
intro-in-app = Ce contenu comprend { images-of }. Merci de le retirer.
intro-search = Je demande à { $platform } de retirer de ses résultats de recherche, y compris des résultats d'images, les liens vers les pages ci-dessous. Ces pages contiennent { images-of }.
intro-host = Je vous écris en tant qu'hébergeur du site { $host }. Une page de ce site contient { images-of }. Merci de la retirer ou d'en bloquer l'accès, ou de transmettre sans délai cette demande à votre client qui gère le site.
intro-cdn = Le site { $host } utilise votre service. Une page de ce site contient { images-of }. Merci de transmettre ce signalement à l'hébergeur du site et à son exploitant, et de m'indiquer qui héberge le site.
intro-registrar = Vous êtes le bureau d'enregistrement du nom de domaine { $host }. Une page de ce site contient { images-of }. Merci d'agir selon votre politique en matière d'abus : transmettez ce signalement au titulaire du domaine et prenez les mesures que votre politique prévoit.
intro-site = Je vous écris en tant qu'exploitant du site { $host }. Une page de ce site contient { images-of }. Merci de la retirer.
intro-gdpr = Je demande à { $platform } d'effacer des données personnelles : { images-of }, visibles aux adresses ci-dessous.
intro-delisting = Je demande à { $platform } de déréférencer de ses résultats de recherche les pages ci-dessous. Elles contiennent { images-of }.
intro-dmca = { $by ->
    [representative] { $victim } a pris les photos ou vidéos qui se trouvent aux adresses ci-dessous et en détient le droit d'auteur. Elles ont été publiées sur { $platform } sans autorisation. Je suis autorisé·e à agir pour { $victim } et je vous demande de les retirer.
   *[self] J'ai pris moi-même les photos ou vidéos qui se trouvent aux adresses ci-dessous, et elles ont été publiées sur { $platform } sans mon autorisation. Je vous demande de les retirer.
}
intro-take-it-down = Je vous demande de retirer de { $platform } le contenu qui se trouve aux adresses ci-dessous. Ce contenu comprend { images-of }.

representative-line = Je vous écris au nom de { $victim }, à sa demande, en tant que { $role }.
representative-line-organisation = Je vous écris au nom de { $victim }, à sa demande, en tant que { $role } de { $organisation }.
representative-role-counsellor = intervenant·e qui l'accompagne
representative-role-lawyer = avocat·e
representative-role-institute = conseiller·ère
representative-role-other = représentant·e autorisé·e

urls-heading = Adresses exactes (URL) du contenu :

element-explanation = Pourquoi ce contenu doit être retiré : { $by ->
    [representative] { $kind ->
        [fake] ces images ont été créées ou modifiées sans le consentement de { $victim }, pour faire croire que { $victim } est nu·e ou dans une situation sexuelle. Ce sont des faux.
       *[real] il montre { $victim } nu·e ou dans une situation sexuelle, et { $victim } n'a pas accepté qu'il soit diffusé.
    }
   *[self] { $kind ->
        [fake] ces images ont été créées ou modifiées sans mon consentement, pour faire croire que je suis nu·e ou dans une situation sexuelle. Ce sont des faux.
       *[real] il me montre nu·e ou dans une situation sexuelle, et je n'ai pas accepté qu'il soit diffusé.
    }
} Diffuser de telles images sans consentement est contraire à vos règles, et ce contenu est illicite.
element-notifier-name = Nom : { $name }
element-notifier-email = Adresse e-mail : { $email }
element-bona-fide = Je déclare de bonne foi que les informations et les affirmations contenues dans cette notification sont exactes et complètes.
element-signature = Signature : { $name }
element-non-consent = { $by ->
    [representative] Je déclare de bonne foi que ces images de { $victim } ont été publiées sans son consentement.
   *[self] Je déclare de bonne foi que ces images ont été publiées sans mon consentement.
}
element-not-paid = { $by ->
    [representative] { $victim } n'est pas rémunéré·e actuellement pour ce contenu.
   *[self] Je ne suis pas rémunéré·e actuellement pour ce contenu.
}
element-contact = Coordonnées : { $name }, { $email }
element-copyrighted-work = { $by ->
    [representative] L'œuvre : des photos ou vidéos prises par { $victim }, qui en détient le droit d'auteur ({ $description }).
   *[self] L'œuvre : des photos ou vidéos que j'ai prises moi-même et dont je détiens le droit d'auteur ({ $description }).
}
element-unauthorised-use = Je crois de bonne foi que cette utilisation n'est autorisée ni par le titulaire du droit d'auteur, ni par son représentant, ni par la loi.
element-perjury = Les informations de cette notification sont exactes et, sous peine de parjure, je suis titulaire des droits sur ces photos ou vidéos, ou autorisé·e à agir au nom du titulaire.
element-erasure-ground = { $by ->
    [representative] Motifs de l'effacement : { sex-life }, une catégorie particulière de données (article 9, paragraphe 1). { $victim } n'a jamais donné de consentement explicite à leur publication et aucune exception de l'article 9, paragraphe 2, ne s'applique : le traitement est donc illicite (article 17, paragraphe 1, point d)). Au nom de { $victim }, je m'oppose aussi à ce traitement (article 21, paragraphe 1) ; il n'existe pas de motif légitime impérieux pour le poursuivre (article 17, paragraphe 1, point c)).
   *[self] Motifs de l'effacement : { sex-life }, une catégorie particulière de données (article 9, paragraphe 1). Je n'ai jamais donné de consentement explicite à leur publication et aucune exception de l'article 9, paragraphe 2, ne s'applique : le traitement est donc illicite (article 17, paragraphe 1, point d)). Je m'oppose aussi à ce traitement (article 21, paragraphe 1) ; il n'existe pas de motif légitime impérieux pour le poursuivre (article 17, paragraphe 1, point c)).
} La Cour de justice a jugé que l'exploitant d'une place de marché en ligne est responsable du traitement des données sensibles contenues dans ce que ses utilisateurs publient (C-492/23, Russmedia, 2 décembre 2025).
element-other-controllers = Le contenu ayant été rendu public, merci d'informer aussi les autres responsables du traitement de cette demande d'effacement de tout lien vers ce contenu, de toute copie ou reproduction (article 17, paragraphe 2).
element-one-month = Merci de répondre dans un délai d'un mois à compter de la réception de cette demande (article 12, paragraphe 3).
element-complaint-right = { $by ->
    [representative] Si les données ne sont pas effacées, { $victim } peut introduire une réclamation auprès de l'autorité de protection des données (article 77).
   *[self] Si les données ne sont pas effacées, je peux introduire une réclamation auprès de l'autorité de protection des données (article 77).
}
element-country = Pays de résidence : { $country }
element-depicted = { $by ->
    [representative] { $kind ->
        [fake] { $victim } est la personne que ces images prétendent montrer ; j'agis pour { $victim } avec son accord.
       *[real] { $victim } est la personne que l'on voit sur ces images ; j'agis pour { $victim } avec son accord.
    }
   *[self] { $kind ->
        [fake] Je suis la personne que ces images prétendent montrer.
       *[real] Je suis la personne que l'on voit sur ces images.
    }
}

closing = Merci de confirmer la réception de cette demande et de me faire savoir ce que vous décidez.
closing-in-app = Merci.
sign-off = Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

country-be = Belgique
country-fr = France
country-nl = Pays-Bas
country-de = Allemagne
country-lu = Luxembourg
