# The plain name of each legal basis a request rests on, as the police report shows it
# (English). The ids are those of legal_bases.toml (kind "notice").

basis-name-platform_policy = The service's own rules on intimate images shared without consent
basis-name-dsa_art16 = Digital Services Act (Regulation (EU) 2022/2065), Article 16: notice of illegal content
basis-name-gdpr_art17 = General Data Protection Regulation (Regulation (EU) 2016/679), Article 17: right to erasure
basis-name-gdpr_art17_delisting = General Data Protection Regulation, Article 17: removal from search results
basis-name-us_take_it_down_act = TAKE IT DOWN Act (United States), 47 U.S.C. § 223a
basis-name-dmca_512c3 = Digital Millennium Copyright Act (United States), 17 U.S.C. § 512(c)(3): copyright notice
basis-name-google_ncei = Google Search's policy on explicit or intimate images shared without consent
