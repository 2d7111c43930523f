# The next step after a refusal, no answer, or images that came back (English).

escalation-dsa_internal_complaint = Ask the platform to review its decision through its internal complaint system (Digital Services Act, Article 20). It is free, and open for at least six months after the decision.
escalation-out_of_court_body = Take the dispute to a certified out-of-court dispute settlement body (Digital Services Act, Article 21). It decides within 90 days; you can still go to court.
escalation-bipt_complaint = Complain to BIPT, the Belgian regulator for online platforms, that the platform did not act on your notice, or refused it. BIPT does not judge the images; it checks that the platform follows the rules.
escalation-gdpr_erasure_request = Send the platform's data protection officer a request to erase your personal data (GDPR, Article 17). It must answer within one month.
escalation-dpa_complaint = Complain to the data protection authority (in Belgium: the Data Protection Authority, APD / GBA). You can do this when your erasure request is refused or not answered within one month (GDPR, Article 77).
escalation-report_again = The images are online again: report the new addresses to the platform, and keep the old ones on your list. StopNCII or Take It Down can help partner platforms block copies.
escalation-iefh_support = Contact the Institute for the Equality of Women and Men (0800 12 800, free). It can advise you and, with your agreement, act for you.
escalation-police_complaint = You can file a complaint with the police. Sharing sexual images of a person without their consent is a criminal offence in Belgium. Bring the list of addresses and your evidence file.
escalation-prosecutor_removal_order = The public prosecutor can order the content to be removed or made inaccessible (Code of Criminal Procedure, article 39bis).
escalation-court_fast_procedure = A lawyer can ask the president of the court of first instance for an urgent order: the person who shared the images and the provider must remove them within 6 hours of being served.

# The ready letter for the internal complaint (DSA art. 20), in the language of the
# request it follows. Source: Regulation (EU) 2022/2065, art. 20(1), (4), (5)
# (escalation.toml, step dsa_internal_complaint; checked 2026-11-23).
complaint-reference = {" "}(your reference: { $reference })
complaint-dsa_complaint-subject = Complaint against your decision on my report of { $sent_on }
complaint-dsa_complaint-greeting = { greeting }
complaint-dsa_complaint-intro = On { $sent_on } I reported to { $service } sexual images of me that were shared without my consent{ $reference }. You decided not to remove them.
complaint-dsa_complaint-review = I am lodging a complaint against this decision through your internal complaint-handling system, under Article 20 of the Digital Services Act (Regulation (EU) 2022/2065). Please review your decision and remove, or disable access to, the content at these addresses:
complaint-dsa_complaint-ask = Sharing these images without my consent is illegal and against your own rules. Please send me your reasoned decision without undue delay, and tell me which other ways to seek redress are open to me.
