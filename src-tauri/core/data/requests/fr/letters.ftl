# Lettres et textes de formulaire pour les demandes de retrait (français).
# Simple, factuel, bienveillant ; jamais de reproche à la personne.

subject-notice = Demande de retrait : images intimes diffusées sans consentement sur { $platform }
subject-gdpr = Demande d'effacement de données personnelles (RGPD, article 17) – { $platform }
subject-dmca = Notification DMCA : retrait de mes photos ou vidéos sur { $platform }
subject-take-it-down = Demande de retrait au titre du TAKE IT DOWN Act – { $platform }
subject-google = Demande de retrait d'images intimes de moi dans la recherche Google
subject-host = Demande de retrait : images intimes diffusées sans consentement sur { $host }

greeting = Bonjour,

intro-notice = Je vous demande de retirer de { $platform } le contenu qui se trouve aux adresses ci-dessous. Il me montre sur des images intimes diffusées sans mon consentement.
intro-host = Je vous écris en tant qu'exploitant ou hébergeur de { $host }. Une page de ce site me montre sur des images intimes diffusées sans mon consentement. Merci de la retirer, ou de transmettre cette demande à la personne qui gère le site.
intro-gdpr = Je demande à { $platform } d'effacer des données personnelles me concernant : des images intimes de moi, visibles aux adresses ci-dessous.
intro-dmca = J'ai pris moi-même les photos ou vidéos qui se trouvent aux adresses ci-dessous, et elles ont été publiées sur { $platform } sans mon autorisation. Je vous demande de les retirer.
intro-google = Je demande à Google de retirer les résultats ci-dessous de la recherche Google. Ils montrent des images intimes de moi diffusées sans mon consentement.
intro-in-app = Ces images me montrent et ont été diffusées sans mon consentement. Merci de les retirer.

legal-dsa = Ceci est une notification au titre de l'article 16 du règlement sur les services numériques (règlement (UE) 2022/2065).
legal-take-it-down = Ceci est une demande de retrait au titre du TAKE IT DOWN Act (47 U.S.C. § 223a). La loi vous demande de retirer le contenu dans les 48 heures et de retirer les copies identiques dont vous avez connaissance.
legal-dmca = Ceci est une notification au titre du Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
legal-gdpr = Ceci est une demande au titre de l'article 17 du règlement général sur la protection des données (règlement (UE) 2016/679).

urls-heading = Adresses exactes (URL) du contenu :

element-explanation = Pourquoi ce contenu doit être retiré : ce sont des images de nudité ou à caractère sexuel qui me montrent, et je n'ai pas accepté qu'elles soient diffusées. Diffuser des images intimes d'une personne sans son consentement est contraire à vos règles et constitue un contenu illicite.
element-explanation-be = En Belgique, où je vis, diffuser des images à caractère sexuel d'une personne sans son consentement est une infraction pénale (Code pénal, articles 417/9 et 417/10).
element-notifier-name = Nom : { $name }
element-notifier-email = Adresse e-mail : { $email }
element-bona-fide = Je déclare de bonne foi que les informations et les affirmations contenues dans cette notification sont exactes et complètes.
element-signature = Signature : { $name }
element-non-consent = Je déclare de bonne foi que ces images ont été publiées sans mon consentement.
element-contact = Coordonnées : { $name }, { $email }
element-copyrighted-work = L'œuvre : des photos ou vidéos que j'ai prises moi-même et dont je détiens le droit d'auteur ({ $description }).
element-unauthorised-use = Je crois de bonne foi que cette utilisation n'est autorisée ni par moi, ni par mon représentant, ni par la loi.
element-perjury = Les informations de cette notification sont exactes et, sous peine de parjure, je suis titulaire des droits sur ces photos ou vidéos.
element-erasure-ground = Motifs : je n'ai pas consenti à ce traitement (article 17, paragraphe 1, point b)) et il est illicite (article 17, paragraphe 1, point d)). Ces images révèlent ma vie sexuelle, une catégorie particulière de données (article 9).
element-other-controllers = Le contenu ayant été rendu public, merci d'informer aussi les autres responsables du traitement que je leur demande d'effacer tout lien vers ce contenu, toute copie ou reproduction (article 17, paragraphe 2).
element-one-month = Merci de répondre dans un délai d'un mois à compter de la réception de cette demande (article 12, paragraphe 3).
element-complaint-right = Si les données ne sont pas effacées, je peux introduire une réclamation auprès de l'autorité de protection des données (article 77).
element-country = Pays de résidence : { $country }
element-depicted = Je suis la personne que l'on voit sur ces images.

closing = Merci de confirmer la réception de cette demande et de me faire savoir ce que vous décidez.
closing-in-app = Merci.
sign-off = Cordialement,

country-be = Belgique
country-fr = France
country-nl = Pays-Bas
country-de = Allemagne
country-lu = Luxembourg
