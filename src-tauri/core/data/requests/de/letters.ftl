# Briefe und Formulartexte für Entfernungsanträge (Deutsch).
# Einfach, sachlich, freundlich; nie vorwurfsvoll gegenüber der Person.

subject-notice = Antrag auf Entfernung: intime Bilder ohne Einwilligung verbreitet auf { $platform }
subject-gdpr = Antrag auf Löschung personenbezogener Daten (DSGVO, Artikel 17) – { $platform }
subject-dmca = DMCA-Mitteilung: Entfernung meiner Fotos oder Videos auf { $platform }
subject-take-it-down = Antrag auf Entfernung nach dem TAKE IT DOWN Act – { $platform }
subject-google = Antrag auf Entfernung intimer Bilder von mir aus der Google-Suche
subject-host = Antrag auf Entfernung: intime Bilder ohne Einwilligung verbreitet auf { $host }

greeting = Guten Tag,

intro-notice = Ich bitte Sie, die Inhalte unter den folgenden Adressen von { $platform } zu entfernen. Sie zeigen mich auf intimen Bildern, die ohne meine Einwilligung verbreitet wurden.
intro-host = Ich schreibe Ihnen als Betreiber oder Hosting-Anbieter von { $host }. Eine Seite dort zeigt mich auf intimen Bildern, die ohne meine Einwilligung verbreitet wurden. Bitte entfernen Sie sie oder leiten Sie diesen Antrag an die Person weiter, die die Website betreibt.
intro-gdpr = Ich bitte { $platform }, personenbezogene Daten über mich zu löschen: intime Bilder von mir, die unter den folgenden Adressen zu sehen sind.
intro-dmca = Ich habe die Fotos oder Videos unter den folgenden Adressen selbst aufgenommen, und sie wurden ohne meine Erlaubnis auf { $platform } veröffentlicht. Ich bitte Sie, sie zu entfernen.
intro-google = Ich bitte Google, die folgenden Ergebnisse aus der Google-Suche zu entfernen. Sie zeigen intime Bilder von mir, die ohne meine Einwilligung verbreitet wurden.
intro-in-app = Diese Bilder zeigen mich und wurden ohne meine Einwilligung verbreitet. Bitte entfernen Sie sie.

legal-dsa = Dies ist eine Meldung nach Artikel 16 des Gesetzes über digitale Dienste (Verordnung (EU) 2022/2065).
legal-take-it-down = Dies ist ein Antrag auf Entfernung nach dem TAKE IT DOWN Act (47 U.S.C. § 223a). Das Gesetz verlangt, die Inhalte innerhalb von 48 Stunden zu entfernen, ebenso Ihnen bekannte identische Kopien.
legal-dmca = Dies ist eine Mitteilung nach dem Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).
legal-gdpr = Dies ist ein Antrag nach Artikel 17 der Datenschutz-Grundverordnung (Verordnung (EU) 2016/679).

urls-heading = Genaue Adressen (URLs) der Inhalte:

element-explanation = Warum diese Inhalte entfernt werden müssen: Es sind Nackt- oder sexuelle Bilder von mir, und ich habe ihrer Verbreitung nicht zugestimmt. Intime Bilder einer Person ohne Einwilligung zu verbreiten, verstößt gegen Ihre Regeln und ist ein rechtswidriger Inhalt.
element-explanation-be = In Belgien, wo ich lebe, ist die Verbreitung sexueller Bilder einer Person ohne Einwilligung eine Straftat (Strafgesetzbuch, Artikel 417/9 und 417/10).
element-notifier-name = Name: { $name }
element-notifier-email = E-Mail: { $email }
element-bona-fide = Ich erkläre in gutem Glauben, dass die Angaben und Aussagen in dieser Meldung richtig und vollständig sind.
element-signature = Unterschrift: { $name }
element-non-consent = Ich erkläre in gutem Glauben, dass diese Bilder ohne meine Einwilligung veröffentlicht wurden.
element-contact = Kontaktdaten: { $name }, { $email }
element-copyrighted-work = Das Werk: Fotos oder Videos, die ich selbst aufgenommen habe und an denen ich das Urheberrecht besitze ({ $description }).
element-unauthorised-use = Ich bin in gutem Glauben der Ansicht, dass diese Nutzung weder von mir noch von meinem Vertreter noch durch das Gesetz erlaubt ist.
element-perjury = Die Angaben in dieser Mitteilung sind richtig, und ich bin, unter Strafandrohung bei Meineid (penalty of perjury), Inhaberin oder Inhaber der Rechte an diesen Fotos oder Videos.
element-erasure-ground = Gründe: Ich habe in diese Verarbeitung nicht eingewilligt (Artikel 17 Absatz 1 Buchstabe b), und sie ist unrechtmäßig (Artikel 17 Absatz 1 Buchstabe d). Diese Bilder geben Auskunft über mein Sexualleben, eine besondere Kategorie von Daten (Artikel 9).
element-other-controllers = Da die Inhalte öffentlich gemacht wurden, bitte ich Sie, auch andere Verantwortliche, die sie verarbeiten, darüber zu informieren, dass ich die Löschung aller Links zu diesen Inhalten sowie von Kopien oder Replikationen verlange (Artikel 17 Absatz 2).
element-one-month = Bitte antworten Sie innerhalb eines Monats nach Eingang dieses Antrags (Artikel 12 Absatz 3).
element-complaint-right = Werden die Daten nicht gelöscht, kann ich Beschwerde bei der Datenschutzbehörde einlegen (Artikel 77).
element-country = Wohnsitzland: { $country }
element-depicted = Ich bin die Person, die auf diesen Bildern zu sehen ist.

closing = Bitte bestätigen Sie den Eingang dieses Antrags und teilen Sie mir Ihre Entscheidung mit. Vielen Dank.
closing-in-app = Vielen Dank.
sign-off = Mit freundlichen Grüßen

country-be = Belgien
country-fr = Frankreich
country-nl = Niederlande
country-de = Deutschland
country-lu = Luxemburg
