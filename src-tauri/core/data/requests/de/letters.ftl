# Briefe und Formulartexte für Löschanträge (Deutsch).
# Einfach, sachlich, freundlich; nie der Person die Schuld geben.
# Variablen: siehe en/letters.ftl ($by = self | representative, $kind = real | fake).

subject-notice = Löschantrag: intime Bilder ohne Einwilligung verbreitet auf { $platform }
subject-in-app = Löschantrag: intime Bilder ohne Einwilligung verbreitet auf { $platform }
subject-search = Antrag auf Entfernung von Suchergebnissen, die zu ohne Einwilligung verbreiteten intimen Bildern führen – { $platform }
subject-host = Löschantrag an den Hosting-Anbieter von { $host }: intime Bilder ohne Einwilligung verbreitet
subject-cdn = Missbrauchsmeldung: intime Bilder ohne Einwilligung verbreitet auf { $host }, einer Website, die Ihren Dienst nutzt
subject-registrar = Missbrauchsmeldung an den Registrar von { $host }: intime Bilder ohne Einwilligung verbreitet
subject-site = Löschantrag: intime Bilder ohne Einwilligung verbreitet auf { $host }
subject-gdpr = Antrag auf Löschung personenbezogener Daten (DSGVO, Artikel 17) – { $platform }
subject-delisting = Antrag auf Entfernung von Suchergebnissen (DSGVO, Artikel 17) – { $platform }
subject-dmca = DMCA-Mitteilung: Entfernung von Fotos oder Videos auf { $platform }
subject-take-it-down = Löschantrag nach dem TAKE IT DOWN Act – { $platform }

greeting = Sehr geehrte Damen und Herren,

images-of = { $by ->
    [representative] { $kind ->
        [fake] sexuelle Bilder von { $victim }, die ohne Einwilligung von { $victim } erstellt oder bearbeitet wurden
       *[real] intime Bilder von { $victim }, die ohne Einwilligung der abgebildeten Person verbreitet wurden
    }
   *[self] { $kind ->
        [fake] sexuelle Bilder von mir, die ohne meine Einwilligung erstellt oder bearbeitet wurden
       *[real] intime Bilder von mir, die ohne meine Einwilligung verbreitet wurden
    }
}
lives-in = { $by ->
    [representative] wo { $victim } lebt
   *[self] wo ich lebe
}

# What the images show about her sex life: real images reveal it; fakes are presented as if.
sex-life = { $by ->
    [representative] { $kind ->
        [fake] Diese Bilder sind gefälscht, werden aber als Darstellung des Sexuallebens von { $victim } ausgegeben
       *[real] Diese Bilder zeigen das Sexualleben von { $victim }
    }
   *[self] { $kind ->
        [fake] Diese Bilder sind gefälscht, werden aber als Darstellung meines Sexuallebens ausgegeben
       *[real] Diese Bilder zeigen mein Sexualleben
    }
}
sex-life-start = { $by ->
    [representative] { $kind ->
        [fake] Diese Bilder sind gefälscht, werden aber als Darstellung des Sexuallebens von { $victim } ausgegeben
       *[real] Diese Bilder zeigen das Sexualleben von { $victim }
    }
   *[self] { $kind ->
        [fake] Diese Bilder sind gefälscht, werden aber als Darstellung meines Sexuallebens ausgegeben
       *[real] Diese Bilder zeigen mein Sexualleben
    }
}

intro-notice = Ich bitte Sie, die Inhalte unter den folgenden Adressen von { $platform } zu entfernen. Es handelt sich um { images-of }.
intro-in-app = Es handelt sich um { images-of }. Bitte entfernen Sie diese Inhalte.
intro-search = Ich bitte { $platform }, die Links zu den folgenden Seiten aus den Suchergebnissen zu entfernen, auch aus der Bildersuche. Diese Seiten enthalten { images-of }.
intro-host = Ich schreibe Ihnen als Hosting-Anbieter der Website { $host }. Eine Seite dieser Website enthält { images-of }. Bitte entfernen Sie sie oder sperren Sie den Zugang, oder leiten Sie diesen Antrag sofort an Ihren Kunden weiter, der die Website betreibt.
intro-cdn = Die Website { $host } nutzt Ihren Dienst. Eine Seite dieser Website enthält { images-of }. Bitte leiten Sie diese Meldung an den Hosting-Anbieter und den Betreiber der Website weiter und teilen Sie mir mit, wer die Website hostet.
intro-registrar = Sie sind der Registrar des Domainnamens { $host }. Eine Seite dieser Website enthält { images-of }. Bitte handeln Sie nach Ihrer Missbrauchsrichtlinie: Leiten Sie diese Meldung an den Domaininhaber weiter und ergreifen Sie die Maßnahmen, die Ihre Richtlinie vorsieht.
intro-site = Ich schreibe Ihnen als Betreiber der Website { $host }. Eine Seite dieser Website enthält { images-of }. Bitte entfernen Sie sie.
intro-gdpr = Ich bitte { $platform }, personenbezogene Daten zu löschen: { images-of }, zu sehen unter den folgenden Adressen.
intro-delisting = Ich bitte { $platform }, die folgenden Seiten aus den Suchergebnissen zu entfernen. Sie enthalten { images-of }.
intro-dmca = { $by ->
    [representative] { $victim } hat die Fotos oder Videos unter den folgenden Adressen aufgenommen und besitzt das Urheberrecht daran. Sie wurden ohne Erlaubnis auf { $platform } veröffentlicht. Ich bin berechtigt, für { $victim } zu handeln, und bitte Sie, sie zu entfernen.
   *[self] Ich habe die Fotos oder Videos unter den folgenden Adressen selbst aufgenommen, und sie wurden ohne meine Erlaubnis auf { $platform } veröffentlicht. Ich bitte Sie, sie zu entfernen.
}
intro-take-it-down = Ich bitte Sie, die Inhalte unter den folgenden Adressen von { $platform } zu entfernen. Es handelt sich um { images-of }.

representative-line = Ich schreibe Ihnen im Namen und auf Wunsch von { $victim } als { $role }.
representative-line-organisation = Ich schreibe Ihnen im Namen und auf Wunsch von { $victim } als { $role } bei { $organisation }.
representative-role-counsellor = Beraterin oder Berater
representative-role-lawyer = Rechtsanwältin oder Rechtsanwalt
representative-role-institute = Beraterin oder Berater
representative-role-other = bevollmächtigte Vertretung

urls-heading = Genaue Adressen (URLs) der Inhalte:

element-explanation = Warum diese Inhalte entfernt werden müssen: { $by ->
    [representative] { $kind ->
        [fake] Diese Bilder wurden ohne Einwilligung von { $victim } erstellt oder bearbeitet, damit es so aussieht, als wäre { $victim } nackt oder in einer sexuellen Situation. Sie sind gefälscht.
       *[real] Sie zeigen { $victim } nackt oder in einer sexuellen Situation, und { $victim } hat der Verbreitung nicht zugestimmt.
    }
   *[self] { $kind ->
        [fake] Diese Bilder wurden ohne meine Einwilligung erstellt oder bearbeitet, damit es so aussieht, als wäre ich nackt oder in einer sexuellen Situation. Sie sind gefälscht.
       *[real] Sie zeigen mich nackt oder in einer sexuellen Situation, und ich habe der Verbreitung nicht zugestimmt.
    }
} Solche Bilder ohne Einwilligung zu verbreiten, verstößt gegen Ihre Regeln, und diese Inhalte sind rechtswidrig.
element-notifier-name = Name: { $name }
element-notifier-email = E-Mail: { $email }
element-bona-fide = Ich erkläre in gutem Glauben, dass die Angaben und Aussagen in dieser Meldung richtig und vollständig sind.
element-signature = Unterschrift: { $name }
element-non-consent = { $by ->
    [representative] Ich erkläre in gutem Glauben, dass diese Bilder von { $victim } ohne Einwilligung der abgebildeten Person veröffentlicht wurden.
   *[self] Ich erkläre in gutem Glauben, dass diese Bilder ohne meine Einwilligung veröffentlicht wurden.
}
element-not-paid = { $by ->
    [representative] { $victim } wird derzeit nicht für diese Inhalte bezahlt.
   *[self] Ich werde derzeit nicht für diese Inhalte bezahlt.
}
element-contact = Kontaktdaten: { $name }, { $email }
element-copyrighted-work = { $by ->
    [representative] Das Werk: Fotos oder Videos, die { $victim } aufgenommen hat und an denen { $victim } das Urheberrecht besitzt ({ $description }).
   *[self] Das Werk: Fotos oder Videos, die ich selbst aufgenommen habe und an denen ich das Urheberrecht besitze ({ $description }).
}
element-unauthorised-use = Ich bin in gutem Glauben der Ansicht, dass diese Nutzung weder vom Urheberrechtsinhaber noch von dessen Vertretung noch vom Gesetz erlaubt ist.
element-perjury = Die Angaben in dieser Mitteilung sind richtig, und unter Strafandrohung wegen Meineids erkläre ich, dass ich Inhaberin oder Inhaber der Rechte an diesen Fotos oder Videos bin oder berechtigt bin, im Namen der Rechteinhaber zu handeln.
element-erasure-ground = { $by ->
    [representative] Gründe für die Löschung: { sex-life }, eine besondere Kategorie von Daten (Artikel 9 Absatz 1). { $victim } hat nie ausdrücklich in ihre Veröffentlichung eingewilligt, und keine Ausnahme nach Artikel 9 Absatz 2 greift: Die Verarbeitung ist daher unrechtmäßig (Artikel 17 Absatz 1 Buchstabe d). Im Namen von { $victim } lege ich außerdem Widerspruch gegen die Verarbeitung ein (Artikel 21 Absatz 1); es gibt keine vorrangigen berechtigten Gründe dafür (Artikel 17 Absatz 1 Buchstabe c).
   *[self] Gründe für die Löschung: { sex-life }, eine besondere Kategorie von Daten (Artikel 9 Absatz 1). Ich habe nie ausdrücklich in ihre Veröffentlichung eingewilligt, und keine Ausnahme nach Artikel 9 Absatz 2 greift: Die Verarbeitung ist daher unrechtmäßig (Artikel 17 Absatz 1 Buchstabe d). Ich lege außerdem Widerspruch gegen die Verarbeitung ein (Artikel 21 Absatz 1); es gibt keine vorrangigen berechtigten Gründe dafür (Artikel 17 Absatz 1 Buchstabe c).
} Der Gerichtshof hat entschieden, dass der Betreiber eines Online-Marktplatzes Verantwortlicher für die sensiblen Daten in den Inhalten ist, die seine Nutzer veröffentlichen (C-492/23, Russmedia, 2. Dezember 2025).
element-other-controllers = Da die Inhalte öffentlich gemacht wurden, informieren Sie bitte auch andere Verantwortliche, die sie verarbeiten, über diesen Antrag auf Löschung aller Links zu diesen Inhalten, Kopien oder Replikationen (Artikel 17 Absatz 2).
element-one-month = Bitte antworten Sie innerhalb eines Monats nach Eingang dieses Antrags (Artikel 12 Absatz 3).
element-complaint-right = { $by ->
    [representative] Werden die Daten nicht gelöscht, kann { $victim } Beschwerde bei der Datenschutzbehörde einlegen (Artikel 77).
   *[self] Werden die Daten nicht gelöscht, kann ich Beschwerde bei der Datenschutzbehörde einlegen (Artikel 77).
}
element-country = Wohnsitzland: { $country }
element-depicted = { $by ->
    [representative] { $kind ->
        [fake] { $victim } ist die Person, die diese Bilder angeblich zeigen; ich handle mit deren Einverständnis.
       *[real] { $victim } ist die Person auf diesen Bildern; ich handle mit deren Einverständnis.
    }
   *[self] { $kind ->
        [fake] Ich bin die Person, die diese Bilder angeblich zeigen.
       *[real] Ich bin die Person auf diesen Bildern.
    }
}

closing = Bitte bestätigen Sie den Eingang dieses Antrags und teilen Sie mir Ihre Entscheidung mit. Vielen Dank.
closing-in-app = Vielen Dank.
sign-off = Mit freundlichen Grüßen

country-be = Belgien
country-fr = Frankreich
country-nl = Niederlande
country-de = Deutschland
country-lu = Luxemburg
