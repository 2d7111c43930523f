# What the person reads next to a request (English): steps, warnings, services.

warning-dmca = A DMCA notice, with your name and contact details, may be passed on to the person who uploaded the content, and many services also publish notices in the Lumen database (lumendatabase.org). That person can send a counter-notice, and the content can then come back online after 10 to 14 business days unless you go to court in the United States. Only use it for photos or videos you took yourself.
warning-take-it-down-us = This form may be meant for people in the United States. If it does not accept your request, use the platform's other route.

warning-forwarding = This service often passes complaints on to the person who runs the site, with the name and e-mail address of the sender. Use an e-mail address that says no more about you than needed (a new address is fine), and tick "do not forward my details" where the form offers it.
warning-check-address = Reclaim could not confirm this address from an official source. Check it on the service's own website before you send.
reason-delisting = Added by Reclaim: search engines can still show these pages, and pictures from them, even when the site does not act. You can turn this off.

steps-in-app-1 = Open { $platform } and go to the content (the post, message, photo or profile).
steps-in-app-2 = Open its menu (often "…" or a long press) and choose "Report".
steps-in-app-3 = Choose the option about nudity or intimate images shared without consent.
steps-in-app-4 = Where there is a text box, paste the text below.
steps-in-app-5 = Write down any report number you receive, and the date.

steps-find-contact-1 = Look at the bottom of { $host } for a link such as "Contact", "Content removal", "DMCA", "Report" or "DSA". If there is a form, use it with the text below.
steps-find-contact-2 = Otherwise, find the hosting provider: press "Find who hosts this site" on this card (a lookup of { $host }). It gives the host's abuse e-mail address, and Reclaim then writes your request to it.
steps-find-contact-3 = If the site is behind Cloudflare, use Cloudflare's abuse form (category "Non-Consensual Sexually Explicit Imagery"): it passes the report on and tells you who the host is.
steps-find-contact-4 = You can also ask the registrar of the domain name (from the same lookup) to act.
steps-find-contact-5 = Ask search engines to remove the pages from their results, even if the site does not answer.

service-stopncii = StopNCII.org (for adults) makes a digital fingerprint (hash) of your images on your device; the images themselves are never uploaded. Partner platforms use the fingerprints to find and block copies. No request letter is needed. Keep your case number and PIN: they cannot be recovered.
service-take-it-down = Take It Down (run by NCMEC) is for images taken before you were 18. It makes a fingerprint (hash) of the images on your device; the images are never uploaded. Partner platforms use it to find and remove copies. In Belgium, Child Focus (116 000) can help. Keep your case number.
case-number-label = Case number
