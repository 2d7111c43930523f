# De gewone naam van elke rechtsgrond van een verzoek, zoals het rapport voor de politie
# hem toont (Nederlands). De ids zijn die van legal_bases.toml (kind "notice").

basis-name-platform_policy = De eigen regels van de dienst over intieme beelden die zonder toestemming gedeeld zijn
basis-name-dsa_art16 = Digitaledienstenverordening (Verordening (EU) 2022/2065), artikel 16: melding van illegale inhoud
basis-name-gdpr_art17 = Algemene verordening gegevensbescherming (Verordening (EU) 2016/679), artikel 17: recht op gegevenswissing
basis-name-gdpr_art17_delisting = Algemene verordening gegevensbescherming, artikel 17: verwijdering uit zoekresultaten
basis-name-us_take_it_down_act = TAKE IT DOWN Act (Verenigde Staten), 47 U.S.C. § 223a
basis-name-dmca_512c3 = Digital Millennium Copyright Act (Verenigde Staten), 17 U.S.C. § 512(c)(3): melding over auteursrecht
basis-name-google_ncei = Het beleid van Google Zoeken over expliciete of intieme beelden die zonder toestemming gedeeld zijn
