# What each legal basis means, one message per basis (`basis-<id>`, the id from
# legal_bases.toml with dashes). Its value tells the person, on the Requests screen,
# what the basis does for her; its `.letter` attribute (where the basis has one) is the
# sentence that names it in a request. A new basis = its entry in legal_bases.toml and
# one message here in every language.

basis-platform-policy = Les règles du site lui-même interdisent de partager des images intimes sans consentement.
    .name = Les règles du service sur les images intimes partagées sans consentement

basis-dsa-art16 = Le droit européen (règlement sur les services numériques, art. 16) oblige le site à examiner votre signalement et à décider rapidement.
    .letter = Ceci est une notification au titre de l'article 16 du règlement sur les services numériques (règlement (UE) 2022/2065).
    .name = Règlement sur les services numériques (règlement (UE) 2022/2065), article 16 : signalement d'un contenu illicite

basis-gdpr-art17 = La protection des données (RGPD, art. 17) vous donne le droit de faire effacer vos images ; le site doit répondre dans un délai d’un mois.
    .letter = Ceci est une demande d'effacement au titre de l'article 17 du règlement général sur la protection des données (règlement (UE) 2016/679).
    .name = Règlement général sur la protection des données (règlement (UE) 2016/679), article 17 : droit à l'effacement

basis-gdpr-art17-delisting = La loi sur la protection des données (RGPD, art. 17) vous permet de demander à un moteur de recherche de ne plus afficher de liens vers des images sexuelles de vous ; il doit répondre dans un délai d’un mois.
    .letter = Ceci est une demande au titre de l'article 17 du règlement général sur la protection des données (règlement (UE) 2016/679). La Cour de justice de l'UE a jugé qu'un moteur de recherche doit déréférencer de tels résultats (C-131/12, Google Spain) et que, pour des catégories particulières de données, il ne peut refuser que si le maintien du lien est strictement nécessaire à la liberté d'information du public (C-136/17, GC e.a.).
    .name = Règlement général sur la protection des données, article 17 : déréférencement des résultats de recherche

basis-us-take-it-down-act = Loi américaine (TAKE IT DOWN Act) : depuis le 19 mai 2026, les sites concernés doivent les retirer le plus vite possible, et au plus tard 48 heures après une demande valable.
    .letter = Ceci est une demande de retrait au titre du TAKE IT DOWN Act (47 U.S.C. § 223a). Pour une demande valable, la loi demande à une plateforme concernée de retirer le contenu dès que possible, et au plus tard dans les 48 heures, et de faire des efforts raisonnables pour retirer les copies identiques connues.
    .name = TAKE IT DOWN Act (États-Unis), 47 U.S.C. § 223a

basis-dmca-512c3 = Le droit d’auteur américain (DMCA) : uniquement pour des photos ou vidéos que vous avez prises vous-même. Votre nom et votre adresse sont transmis à la personne qui les a publiées.
    .letter = Ceci est une notification au titre du Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
    .name = Digital Millennium Copyright Act (États-Unis), 17 U.S.C. § 512(c)(3) : notification pour droit d'auteur

basis-google-ncei = La politique de Google retire de ses résultats de recherche les images intimes partagées sans consentement.
    .name = La règle de la recherche Google sur les images explicites ou intimes partagées sans consentement

basis-be-criminal-code-371-1 = En Belgique, au moment où les images ont été diffusées, c’était un délit (Code pénal, art. 371/1).
    .letter = En Belgique, { lives-in }, diffuser des images à caractère sexuel d'une personne sans son consentement est une infraction pénale (Code pénal, article 371/1).

basis-be-criminal-code-417-9 = En Belgique, partager des images intimes sans consentement est une infraction (Code pénal).
    .letter = En Belgique, { lives-in }, diffuser des images à caractère sexuel d'une personne sans son consentement est une infraction pénale (Code pénal, articles 417/9 et 417/10).

basis-be-criminal-code-417-8 = En Belgique, filmer ou montrer une personne nue ou dans un contexte sexuel sans son accord, y compris par un montage, est un délit (Code pénal, art. 417/8).
    .letter = En Belgique, { lives-in }, c'est une infraction pénale : les tribunaux ont appliqué la disposition sur le voyeurisme aux hypertrucages à caractère sexuel (Code pénal, article 417/8).

basis-be-criminal-code-2024 = En Belgique, le nouveau Code pénal (2024) fait de la diffusion d’images sexuelles sans consentement un délit.
    .letter = En Belgique, { lives-in }, diffuser des contenus à caractère sexuel d'une personne sans son consentement est une infraction pénale (Code pénal, Livre II : diffusion non consentie de contenus à caractère sexuel).

basis-fr-code-penal-226-2-1 = En France, diffuser des images sexuelles d’une personne sans son accord est un délit (Code pénal, art. 226-2-1).
    .letter = En France, { lives-in }, diffuser des images à caractère sexuel d'une personne sans son accord est un délit (Code pénal, article 226-2-1).

basis-fr-code-penal-226-8-1 = En France, diffuser un montage ou une image sexuelle créée par IA d’une personne sans son consentement est un délit (Code pénal, art. 226-8-1).
    .letter = En France, { lives-in }, diffuser sans son consentement un montage à caractère sexuel ou un contenu sexuel généré par un algorithme qui reproduit l'image d'une personne est un délit (Code pénal, article 226-8-1).

basis-nl-sr-sexual-images = Aux Pays-Bas, publier des images sexuelles d’une personne sans son consentement est un délit (Wetboek van Strafrecht).
    .letter = Aux Pays-Bas, { lives-in }, publier des images à caractère sexuel d'une personne sans son consentement est une infraction pénale (Wetboek van Strafrecht : misbruik van seksueel beeldmateriaal).

basis-de-stgb-201a = En Allemagne, diffuser des images intimes d’une personne sans son consentement est un délit (StGB § 201a).
    .letter = En Allemagne, { lives-in }, rendre de telles images accessibles à des tiers sans consentement est une infraction pénale (Strafgesetzbuch, § 201a).

basis-gdpr-art9 = La loi sur la protection des données (RGPD, art. 9) protège tout particulièrement les images de votre vie sexuelle : personne ne peut les publier sans votre consentement.
    .letter = { sex-life-start } : ce sont des données d'une catégorie particulière (article 9, paragraphe 1, du règlement général sur la protection des données), et les publier sans consentement explicite est illicite.

basis-be-court-fast-procedure = En Belgique, un tribunal peut ordonner le retrait dans les six heures.

basis-stopncii = StopNCII aide les sites participants à bloquer vos images, sans que les images quittent votre appareil.

basis-ncmec-take-it-down = Take It Down aide à retirer des images faites avant l’âge de 18 ans.
