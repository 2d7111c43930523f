# Letters and form texts for removal requests (English).
# Plain, factual, kind; never blame the person. Variables: $platform, $host, $name,
# $email, $country, $description.

subject-notice = Removal request: intimate images shared without consent on { $platform }
subject-gdpr = Request for erasure of personal data (GDPR Article 17) – { $platform }
subject-dmca = DMCA notice: removal of my photos or videos on { $platform }
subject-take-it-down = TAKE IT DOWN Act removal request – { $platform }
subject-google = Request to remove intimate images of me from Google Search
subject-host = Removal request: intimate images shared without consent on { $host }

greeting = Hello,

intro-notice = I am asking you to remove the content at the addresses below from { $platform }. It shows me in intimate images that were shared without my consent.
intro-host = I am writing to you as the operator or hosting provider of { $host }. A page there shows me in intimate images that were shared without my consent. Please remove it, or pass this request on to the person who runs the site.
intro-gdpr = I am asking { $platform } to erase personal data about me: intimate images of me, shown at the addresses below.
intro-dmca = I took the photos or videos at the addresses below myself, and they were posted on { $platform } without my permission. I ask you to remove them.
intro-google = I am asking Google to remove the results below from Google Search. They show intimate images of me that were shared without my consent.
intro-in-app = These images show me and were shared without my consent. Please remove them.

legal-dsa = This is a notice under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065).
legal-take-it-down = This is a removal request under the TAKE IT DOWN Act (47 U.S.C. § 223a). The law asks you to remove the content within 48 hours and to remove identical copies you know of.
legal-dmca = This is a notice under the Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
legal-gdpr = This is a request under Article 17 of the General Data Protection Regulation (Regulation (EU) 2016/679).

urls-heading = Exact addresses (URLs) of the content:

element-explanation = Why this content must be removed: it shows me nude or in a sexual situation, and I did not agree to it being shared. Sharing intimate images of a person without consent is against your rules and is illegal content.
element-explanation-be = In Belgium, where I live, sharing sexual images of a person without consent is a criminal offence (Criminal Code, articles 417/9 and 417/10).
element-notifier-name = Name: { $name }
element-notifier-email = E-mail: { $email }
element-bona-fide = I state in good faith that the information and statements in this notice are accurate and complete.
element-signature = Signature: { $name }
element-non-consent = I state in good faith that these images were published without my consent.
element-contact = Contact information: { $name }, { $email }
element-copyrighted-work = The work: photos or videos I took myself and of which I own the copyright ({ $description }).
element-unauthorised-use = I have a good-faith belief that this use is not authorised by me, my agent or the law.
element-perjury = The information in this notice is accurate and, under penalty of perjury, I am the owner of the rights in these photos or videos.
element-erasure-ground = Grounds: I have not consented to this processing (Article 17(1)(b)) and it is unlawful (Article 17(1)(d)). These images reveal my sex life, which is special-category data (Article 9).
element-other-controllers = As the content was made public, please also inform other controllers that process it that I ask them to erase any links to it, copies or reproductions (Article 17(2)).
element-one-month = Please reply within one month of receiving this request (Article 12(3)).
element-complaint-right = If the data are not erased, I may lodge a complaint with the data protection authority (Article 77).
element-country = Country of residence: { $country }
element-depicted = I am the person shown in these images.

closing = Please confirm that you received this request, and let me know what you decide. Thank you.
closing-in-app = Thank you.
sign-off = Kind regards,

country-be = Belgium
country-fr = France
country-nl = Netherlands
country-de = Germany
country-lu = Luxembourg
