# Der nächste Schritt nach einer Ablehnung, ohne Antwort oder wenn Bilder zurück sind (Deutsch).

escalation-dsa_internal_complaint = Bitten Sie die Plattform über ihr internes Beschwerdesystem, ihre Entscheidung zu überprüfen (Gesetz über digitale Dienste, Artikel 20). Das ist kostenlos und mindestens sechs Monate nach der Entscheidung möglich.
escalation-out_of_court_body = Legen Sie den Streit einer zertifizierten außergerichtlichen Streitbeilegungsstelle vor (Gesetz über digitale Dienste, Artikel 21). Sie entscheidet innerhalb von 90 Tagen; der Gang zum Gericht bleibt möglich.
escalation-bipt_complaint = Beschweren Sie sich beim BIPT, der belgischen Aufsichtsbehörde für Online-Plattformen, dass die Plattform auf Ihre Meldung nicht reagiert oder sie abgelehnt hat. Das BIPT beurteilt die Bilder nicht; es prüft, ob die Plattform die Regeln einhält.
escalation-gdpr_erasure_request = Schicken Sie dem Datenschutzbeauftragten der Plattform einen Antrag auf Löschung Ihrer Daten (DSGVO, Artikel 17). Er muss innerhalb eines Monats antworten.
escalation-dpa_complaint = Reichen Sie Beschwerde bei der Datenschutzbehörde ein (in Belgien: die Datenschutzbehörde, APD / GBA). Das ist möglich, wenn Ihr Löschantrag abgelehnt wird oder nach einem Monat unbeantwortet bleibt (DSGVO, Artikel 77).
escalation-report_again = Die Bilder sind wieder online: Melden Sie die neuen Adressen der Plattform und behalten Sie die alten in Ihrer Liste. StopNCII oder Take It Down können Partnerplattformen helfen, Kopien zu sperren.
escalation-iefh_support = Wenden Sie sich an das Institut für die Gleichstellung von Frauen und Männern (0800 12 800, kostenlos). Es kann Sie beraten und, mit Ihrer Zustimmung, für Sie handeln.
escalation-police_complaint = Sie können bei der Polizei Anzeige erstatten. In Belgien ist die Verbreitung sexueller Bilder einer Person ohne deren Einwilligung eine Straftat. Nehmen Sie die Liste der Adressen und Ihre Beweismappe mit.
escalation-prosecutor_removal_order = Der Prokurator des Königs kann anordnen, dass die Inhalte entfernt oder unzugänglich gemacht werden (Strafprozessgesetzbuch, Artikel 39bis).
escalation-court_fast_procedure = Ein Anwalt kann beim Präsidenten des Gerichts erster Instanz eine dringende Anordnung beantragen: Wer die Bilder verbreitet hat und der Anbieter müssen sie innerhalb von 6 Stunden nach Zustellung entfernen.

# Der fertige Brief für die interne Beschwerde (DSA Art. 20), in der Sprache der
# Anfrage, auf die er folgt. Quelle: Verordnung (EU) 2022/2065, Art. 20 Abs. 1, 4 und 5
# (escalation.toml, Schritt dsa_internal_complaint; geprüft am 2026-11-23).
complaint-reference = {" "}(Ihr Aktenzeichen: { $reference })
complaint-dsa_complaint-subject = Beschwerde gegen Ihre Entscheidung zu meiner Meldung vom { $sent_on }
complaint-dsa_complaint-greeting = { greeting }
complaint-dsa_complaint-intro = Am { $sent_on } habe ich { $service } sexuelle Bilder von mir gemeldet, die ohne meine Einwilligung geteilt wurden{ $reference }. Sie haben entschieden, sie nicht zu entfernen.
complaint-dsa_complaint-review = Ich lege gegen diese Entscheidung Beschwerde über Ihr internes Beschwerdemanagementsystem ein, nach Artikel 20 des Gesetzes über digitale Dienste (Verordnung (EU) 2022/2065). Bitte überprüfen Sie Ihre Entscheidung und entfernen Sie die Inhalte unter diesen Adressen oder sperren Sie den Zugang dazu:
complaint-dsa_complaint-ask = Diese Bilder ohne meine Einwilligung zu teilen ist rechtswidrig und verstößt gegen Ihre eigenen Regeln. Bitte senden Sie mir Ihre begründete Entscheidung unverzüglich und nennen Sie mir die anderen Rechtsbehelfe, die mir offenstehen.
