# Letters and form texts for removal requests (English).
# Plain, factual, kind; never blame the person. Every message gets: $platform, $host,
# $name and $email (who signs: her, or her representative), $victim (her name), $country,
# $description, $kind (real | fake), $by (self | representative), $role, $organisation.
# Letters: subject-<letter> and intro-<letter> for each letter of services.toml and
# legal_bases.toml; a cited provision's sentence follows the explanation.

subject-notice = Removal request: intimate images shared without consent on { $platform }
subject-in-app = Removal request: intimate images shared without consent on { $platform }
subject-search = Request to remove search results that lead to intimate images shared without consent – { $platform }
subject-host = Removal request to the hosting provider of { $host }: intimate images shared without consent
subject-cdn = Abuse report: intimate images shared without consent on { $host }, a site using your service
subject-registrar = Abuse report to the registrar of { $host }: intimate images shared without consent
subject-site = Removal request: intimate images shared without consent on { $host }
subject-gdpr = Request for erasure of personal data (GDPR Article 17) – { $platform }
subject-delisting = Request to delist search results (GDPR Article 17) – { $platform }
subject-dmca = DMCA notice: removal of photos or videos on { $platform }
subject-take-it-down = TAKE IT DOWN Act removal request – { $platform }

greeting = Dear Sir or Madam,

# Shared phrases (used inside other messages).
images-of = { $by ->
    [representative] { $kind ->
        [fake] sexual images of { $victim } that were made or edited without their consent
       *[real] intimate images of { $victim } that were shared without their consent
    }
   *[self] { $kind ->
        [fake] sexual images of me that were made or edited without my consent
       *[real] intimate images of me that were shared without my consent
    }
}
lives-in = { $by ->
    [representative] { $victim } lives
   *[self] I live
}

# What the images show about her sex life: real images reveal it; fakes are presented as if.
sex-life = { $by ->
    [representative] { $kind ->
        [fake] these images are fake, but they are presented as showing the sex life of { $victim }
       *[real] these images reveal the sex life of { $victim }
    }
   *[self] { $kind ->
        [fake] these images are fake, but they are presented as showing my sex life
       *[real] these images reveal my sex life
    }
}
sex-life-start = { $by ->
    [representative] { $kind ->
        [fake] These images are fake, but they are presented as showing the sex life of { $victim }
       *[real] These images reveal the sex life of { $victim }
    }
   *[self] { $kind ->
        [fake] These images are fake, but they are presented as showing my sex life
       *[real] These images reveal my sex life
    }
}

intro-notice = I am asking you to remove the content at the addresses below from { $platform }. It contains { images-of }.
intro-in-app = This content contains { images-of }. Please remove it.
intro-search = I am asking { $platform } to remove from its search results, including image results, the links to the pages below. These pages contain { images-of }.
intro-host = I am writing to you as the hosting provider of the website { $host }. A page on this site contains { images-of }. Please remove it or disable access to it, or pass this request on at once to your customer who runs the site.
intro-cdn = The website { $host } uses your service. A page on this site contains { images-of }. Please pass this report on to the site's hosting provider and to its operator, and tell me who hosts the site.
intro-registrar = You are the registrar of the domain name { $host }. A page on this site contains { images-of }. Please act under your abuse policy: pass this report on to the domain holder and take the measures your policy provides.
intro-site = I am writing to you as the operator of the website { $host }. A page on this site contains { images-of }. Please remove it.
intro-gdpr = I am asking { $platform } to erase personal data: { images-of }, shown at the addresses below.
intro-delisting = I am asking { $platform } to delist the pages below from its search results. They contain { images-of }.
intro-dmca = { $by ->
    [representative] { $victim } took the photos or videos at the addresses below and owns their copyright. They were posted on { $platform } without permission. I am authorised to act for { $victim } and ask you to remove them.
   *[self] I took the photos or videos at the addresses below myself, and they were posted on { $platform } without my permission. I ask you to remove them.
}
intro-take-it-down = I am asking you to remove the content at the addresses below from { $platform }. It contains { images-of }.

representative-line = I am writing on behalf of { $victim }, at their request, as their { $role }.
representative-line-organisation = I am writing on behalf of { $victim }, at their request, as their { $role } at { $organisation }.
representative-role-counsellor = counsellor
representative-role-lawyer = lawyer
representative-role-institute = adviser
representative-role-other = authorised representative

urls-heading = Exact addresses (URLs) of the content:

element-explanation = Why this content must be removed: { $by ->
    [representative] { $kind ->
        [fake] these images were made or edited without the consent of { $victim }, to make it look as if { $victim } were nude or in a sexual situation. They are fake.
       *[real] it shows { $victim } nude or in a sexual situation, and they did not agree to it being shared.
    }
   *[self] { $kind ->
        [fake] these images were made or edited without my consent, to make it look as if I were nude or in a sexual situation. They are fake.
       *[real] it shows me nude or in a sexual situation, and I did not agree to it being shared.
    }
} Sharing such images without consent is against your rules, and this content is illegal.
element-notifier-name = Name: { $name }
element-notifier-email = E-mail: { $email }
element-bona-fide = I state in good faith that the information and statements in this notice are accurate and complete.
element-signature = Signature: { $name }
element-non-consent = { $by ->
    [representative] I state in good faith that these images of { $victim } were published without their consent.
   *[self] I state in good faith that these images were published without my consent.
}
element-not-paid = { $by ->
    [representative] { $victim } is not currently being paid for this content.
   *[self] I am not currently being paid for this content.
}
element-contact = Contact information: { $name }, { $email }
element-copyrighted-work = { $by ->
    [representative] The work: photos or videos that { $victim } took and of which { $victim } owns the copyright ({ $description }).
   *[self] The work: photos or videos I took myself and of which I own the copyright ({ $description }).
}
element-unauthorised-use = I have a good-faith belief that this use is not authorised by the copyright owner, their agent or the law.
element-perjury = The information in this notice is accurate and, under penalty of perjury, I am the owner of the rights in these photos or videos, or authorised to act on the owner's behalf.
element-erasure-ground = { $by ->
    [representative] Grounds for erasure: { sex-life }, which is special-category data (Article 9(1)). { $victim } never gave explicit consent to their publication and no exception of Article 9(2) applies, so the processing is unlawful (Article 17(1)(d)). On behalf of { $victim }, I also object to the processing (Article 21(1)); there are no overriding legitimate grounds for it (Article 17(1)(c)).
   *[self] Grounds for erasure: { sex-life }, which is special-category data (Article 9(1)). I never gave explicit consent to their publication and no exception of Article 9(2) applies, so the processing is unlawful (Article 17(1)(d)). I also object to the processing (Article 21(1)); there are no overriding legitimate grounds for it (Article 17(1)(c)).
} The Court of Justice has held that the operator of an online marketplace is a controller of the sensitive data in content its users publish (C-492/23, Russmedia, 2 December 2025).
element-other-controllers = As the content was made public, please also inform other controllers that process it of this request to erase any links to it, copies or reproductions (Article 17(2)).
element-one-month = Please reply within one month of receiving this request (Article 12(3)).
element-complaint-right = { $by ->
    [representative] If the data are not erased, { $victim } may lodge a complaint with the data protection authority (Article 77).
   *[self] If the data are not erased, I may lodge a complaint with the data protection authority (Article 77).
}
element-country = Country of residence: { $country }
element-depicted = { $by ->
    [representative] { $kind ->
        [fake] { $victim } is the person these images were made to show; I act for them with their agreement.
       *[real] { $victim } is the person shown in these images; I act for them with their agreement.
    }
   *[self] { $kind ->
        [fake] I am the person these images were made to show.
       *[real] I am the person shown in these images.
    }
}

closing = Please confirm that you received this request, and let me know what you decide. Thank you.
closing-in-app = Thank you.
sign-off = Yours faithfully,

country-be = Belgium
country-fr = France
country-nl = Netherlands
country-de = Germany
country-lu = Luxembourg
