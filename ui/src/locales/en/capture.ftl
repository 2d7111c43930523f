## Keeping a copy of a page as evidence (a saved link) and time-stamping records

capture-keep = Keep a copy of this page as evidence
capture-working = Keeping a copy…
capture-warning = Reclaim will ask the website for this page once. The website will see your computer's internet address (IP address). If it may belong to the person who shared the images, you can use Tor or a VPN first, or ask a counsellor to do it from their computer. Nothing of the page is shown, no image is loaded and no script is run. Only the text of the page is kept, encrypted in your case, with the time and its fingerprint.
capture-confirm = Keep a copy now
capture-cancel = Not now
capture-kept-line = Copy kept on { $when } · answer { $status } · fingerprint (SHA-256) { $hash }…
capture-not-a-page = This address did not lead to a page of text (maybe a picture). Only its fingerprint was kept, not the content.
capture-time-stamp-later = The time-stamp could not be made just now. Your copy is safe; the next time-stamp will cover it.
time-stamping-title = Time-stamp my records
time-stamping-intro = Each time you record something (a link, a screenshot, a request sent, a copy of a page), an independent time-stamp service can confirm when it was recorded. This makes your file stronger for the police or a lawyer. It is off until you turn it on.
time-stamping-what-leaves = Only a fingerprint (SHA-256) of your case's record leaves this computer. It reveals nothing about your case. The service sees your internet address (IP address).
time-stamping-authority = Time-stamp service
time-stamping-free = free
time-stamping-cost-unknown = cost not stated
time-stamping-unverified = address not confirmed by the service itself
time-stamping-turn-on = Turn on time-stamps
time-stamping-turn-off = Turn off time-stamps
time-stamping-on = Your records are time-stamped by { $name }.
time-stamping-last = Last time-stamp: { $when }.
time-stamping-failed = The last time-stamp could not be made (maybe you are offline). Nothing is lost: the next one will cover it.
