# Le nom en clair de chaque base légale d'une demande, tel que le rapport pour la police
# l'affiche (français). Les identifiants sont ceux de legal_bases.toml (kind "notice").

basis-name-platform_policy = Les règles du service sur les images intimes partagées sans consentement
basis-name-dsa_art16 = Règlement sur les services numériques (règlement (UE) 2022/2065), article 16 : signalement d'un contenu illicite
basis-name-gdpr_art17 = Règlement général sur la protection des données (règlement (UE) 2016/679), article 17 : droit à l'effacement
basis-name-gdpr_art17_delisting = Règlement général sur la protection des données, article 17 : déréférencement des résultats de recherche
basis-name-us_take_it_down_act = TAKE IT DOWN Act (États-Unis), 47 U.S.C. § 223a
basis-name-dmca_512c3 = Digital Millennium Copyright Act (États-Unis), 17 U.S.C. § 512(c)(3) : notification pour droit d'auteur
basis-name-google_ncei = La règle de la recherche Google sur les images explicites ou intimes partagées sans consentement
