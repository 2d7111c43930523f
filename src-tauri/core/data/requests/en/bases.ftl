# What each legal basis means, one message per basis (`basis-<id>`, the id from
# legal_bases.toml with dashes). Its value tells the person, on the Requests screen,
# what the basis does for her; its `.letter` attribute (where the basis has one) is the
# sentence that names it in a request; its `.name` (notice bases) the plain name the
# police report shows (`legal::basis_name`). A new basis = its entry in legal_bases.toml and
# one message here in every language.

basis-platform-policy = The website's own rules forbid sharing intimate images without consent.
    .name = The service's own rules on intimate images shared without consent

basis-dsa-art16 = European law (Digital Services Act, art. 16) obliges the website to look at your notice and decide quickly.
    .letter = This is a notice under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065).
    .name = Digital Services Act (Regulation (EU) 2022/2065), Article 16: notice of illegal content

basis-gdpr-art17 = Data protection law (GDPR, art. 17) gives you the right to have your images erased; they must answer within a month.
    .letter = This is a request for erasure under Article 17 of the General Data Protection Regulation (Regulation (EU) 2016/679).
    .name = General Data Protection Regulation (Regulation (EU) 2016/679), Article 17: right to erasure

basis-gdpr-art17-delisting = Data protection law (GDPR, art. 17) lets you ask a search engine to stop showing links to sexual images of you; it must answer within a month.
    .letter = This is a request under Article 17 of the General Data Protection Regulation (Regulation (EU) 2016/679). The Court of Justice of the EU has held that a search engine must delist such results (C-131/12, Google Spain), and that for special-category data it may refuse only where keeping the link is strictly necessary for the public's freedom of information (C-136/17, GC and Others).
    .name = General Data Protection Regulation, Article 17: removal from search results

basis-us-take-it-down-act = US law (TAKE IT DOWN Act): since 19 May 2026, websites it covers must remove them as soon as possible, and within 48 hours of a valid request.
    .letter = This is a removal request under the TAKE IT DOWN Act (47 U.S.C. § 223a). For a valid request, the law asks a covered platform to remove the content as soon as possible, but not later than 48 hours, and to make reasonable efforts to remove any known identical copies.
    .name = TAKE IT DOWN Act (United States), 47 U.S.C. § 223a

basis-dmca-512c3 = US copyright law (DMCA): only for photos or videos you took yourself. Your name and address are passed on to the uploader.
    .letter = This is a notice under the Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
    .name = Digital Millennium Copyright Act (United States), 17 U.S.C. § 512(c)(3): copyright notice

basis-google-ncei = Google's policy removes intimate images shared without consent from its search results.
    .name = Google Search's policy on explicit or intimate images shared without consent

basis-be-criminal-code-371-1 = In Belgium, at the time the images were shared, this was a crime (Criminal Code, art. 371/1).
    .letter = In Belgium, where { lives-in }, sharing sexual images of a person without their consent is a criminal offence (Criminal Code, article 371/1).

basis-be-criminal-code-417-9 = In Belgium, sharing intimate images without consent is a crime (Criminal Code).
    .letter = In Belgium, where { lives-in }, sharing sexual images of a person without their consent is a criminal offence (Criminal Code, articles 417/9 and 417/10).

basis-be-criminal-code-417-8 = In Belgium, filming or showing someone naked or sexually without consent, fakes included, is a crime (Criminal Code, art. 417/8).
    .letter = In Belgium, where { lives-in }, this is a criminal offence: the courts have applied the voyeurism provision to sexual deepfakes (Criminal Code, article 417/8).

basis-be-criminal-code-2024 = In Belgium, the new Criminal Code (2024) makes sharing sexual images without consent a crime.
    .letter = In Belgium, where { lives-in }, sharing sexual content of a person without their consent is a criminal offence (Criminal Code, Book II: non-consensual dissemination of sexual content).

basis-fr-code-penal-226-2-1 = In France, sharing sexual images of someone without their agreement is a crime (Code pénal, art. 226-2-1).
    .letter = In France, where { lives-in }, sharing sexual images of a person without their agreement is a criminal offence (Code pénal, article 226-2-1).

basis-fr-code-penal-226-8-1 = In France, sharing a sexual montage or AI-made sexual image of someone without consent is a crime (Code pénal, art. 226-8-1).
    .letter = In France, where { lives-in }, sharing a sexual montage or AI-generated sexual content showing a person without their consent is a criminal offence (Code pénal, article 226-8-1).

basis-nl-sr-sexual-images = In the Netherlands, publishing sexual images of someone without consent is a crime (Wetboek van Strafrecht).
    .letter = In the Netherlands, where { lives-in }, publishing sexual images of a person without their consent is a criminal offence (Wetboek van Strafrecht: misbruik van seksueel beeldmateriaal).

basis-de-stgb-201a = In Germany, spreading intimate images of someone without consent is a crime (StGB § 201a).
    .letter = In Germany, where { lives-in }, making such images accessible to others without consent is a criminal offence (Strafgesetzbuch, § 201a).

basis-gdpr-art9 = Data protection law (GDPR, art. 9) gives images of your sex life special protection: nobody may publish them without your consent.
    .letter = { sex-life-start }: they are special-category personal data (Article 9(1) of the General Data Protection Regulation), and publishing them without explicit consent is unlawful.

basis-be-court-fast-procedure = In Belgium, a court can order removal within six hours.

basis-stopncii = StopNCII helps participating websites block your images, without the images ever leaving your device.

basis-ncmec-take-it-down = Take It Down helps remove images made before the age of 18.
