# L'étape suivante après un refus, une absence de réponse ou des images revenues (français).

escalation-dsa_internal_complaint = Demandez à la plateforme de revoir sa décision via son système interne de réclamation (règlement sur les services numériques, article 20). C'est gratuit, et possible pendant au moins six mois après la décision.
escalation-out_of_court_body = Soumettez le litige à un organe de règlement extrajudiciaire des litiges certifié (règlement sur les services numériques, article 21). Il décide dans les 90 jours ; vous pouvez toujours saisir un tribunal.
escalation-bipt_complaint = Introduisez une plainte auprès de l'IBPT, le régulateur belge des plateformes en ligne, si la plateforme n'a pas donné suite à votre notification ou l'a refusée. L'IBPT ne juge pas les images ; il vérifie que la plateforme respecte les règles.
escalation-gdpr_erasure_request = Envoyez au délégué à la protection des données de la plateforme une demande d'effacement de vos données (RGPD, article 17). Il doit répondre dans un délai d'un mois.
escalation-dpa_complaint = Introduisez une plainte auprès de l'autorité de protection des données (en Belgique : l'Autorité de protection des données, APD). C'est possible si votre demande d'effacement est refusée ou reste sans réponse après un mois (RGPD, article 77).
escalation-report_again = Les images sont de nouveau en ligne : signalez les nouvelles adresses à la plateforme et gardez les anciennes dans votre liste. StopNCII ou Take It Down peuvent aider les plateformes partenaires à bloquer les copies.
escalation-iefh_support = Contactez l'Institut pour l'égalité des femmes et des hommes (0800 12 800, gratuit). Il peut vous conseiller et, avec votre accord, agir pour vous.
escalation-police_complaint = Vous pouvez porter plainte à la police. En Belgique, diffuser des images à caractère sexuel d'une personne sans son consentement est une infraction pénale. Emportez la liste des adresses et votre dossier de preuves.
escalation-prosecutor_removal_order = Le procureur du Roi peut ordonner le retrait du contenu ou le rendre inaccessible (Code d'instruction criminelle, article 39bis).
escalation-court_fast_procedure = Un avocat peut demander au président du tribunal de première instance une ordonnance urgente : la personne qui a diffusé les images et le fournisseur doivent les retirer dans les 6 heures après la signification.

# La lettre prête pour la réclamation interne (DSA art. 20), dans la langue de la
# demande qu'elle suit. Source : règlement (UE) 2022/2065, art. 20, par. 1, 4 et 5
# (escalation.toml, étape dsa_internal_complaint ; vérifié le 2026-11-23).
complaint-reference = {" "}(votre référence : { $reference })
complaint-dsa_complaint-subject = Réclamation contre votre décision sur mon signalement du { $sent_on }
complaint-dsa_complaint-greeting = { greeting }
complaint-dsa_complaint-intro = Le { $sent_on }, j'ai signalé à { $service } des images à caractère sexuel me représentant, partagées sans mon consentement{ $reference }. Vous avez décidé de ne pas les retirer.
complaint-dsa_complaint-review = J'introduis une réclamation contre cette décision via votre système interne de traitement des réclamations, en vertu de l'article 20 du règlement sur les services numériques (règlement (UE) 2022/2065). Je vous demande de revoir votre décision et de retirer le contenu, ou d'en rendre l'accès impossible, à ces adresses :
complaint-dsa_complaint-ask = Partager ces images sans mon consentement est illégal et contraire à vos propres règles. Merci de m'envoyer votre décision motivée sans retard injustifié, et de m'indiquer les autres voies de recours qui me sont ouvertes.
