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
