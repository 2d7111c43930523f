# Reclaim — English. Plain, calm, never blaming.

app-name = Reclaim
skip-to-content = Skip to the main content
language-name = English
language-label = Language
quick-exit = Quick exit
quick-exit-hint = Press Esc at any time: the window disappears at once and Reclaim goes back to its first screen.

safety-title = You are not alone. We will take this one step at a time.
safety-intro = Reclaim helps you ask each website to remove images that were shared without your consent, keep a record of every answer and, if you want to, prepare a complete file for the police.
safety-never-title = What Reclaim never does
safety-never-upload = Your images never leave this computer. Nothing is uploaded.
safety-never-show = Reclaim never shows you an image unless you ask to see it.
safety-never-track = No account, no advertising, no tracking.
safety-never-readable = What you record is encrypted on this computer and locked when you leave.
safety-device-title = Is this computer safe to use?
safety-device-text = If someone who might hurt you can use this computer or knows its password, use a device only you can reach if you can. You can leave at any moment with Quick exit.
safety-emergency = In immediate danger? Call 112 or the police on 101.
helplines-title = You can talk to someone
helplines-loading = Loading the helplines…
helpline-free = Free
helpline-call = Call { $phone }
helpline-email = E-mail { $email }
helpline-languages = Languages: { $languages }
helpline-hours-always = Day and night, every day
helpline-hours-office_hours = Office hours
helpline-hours-weekdays = Weekdays
helpline-hours-see_source = See their website for opening hours
helpline-purpose-ncii_support = Help with images shared without consent: removal, your rights, a complaint
helpline-purpose-minors = For anyone under 18, and the adults helping them
helpline-purpose-listening = Someone to talk to, anonymously
helpline-purpose-violence = Any form of violence, online too
helpline-purpose-sexual_violence = Sexual violence
helpline-purpose-emergency = Immediate danger
safety-start = Start when you are ready
safety-start-hint = You can stop at any moment and come back later.
safety-talk-first = Would you like to talk to someone first? See who you can call.

age-title = One question first
age-question = Was the person in the images under 18 when they were taken?
age-why = We ask because images of someone under 18 are handled differently, by specialised services, and Reclaim never stores them.
age-under = Yes, under 18
age-adult = No, 18 or older
age-unsure = I am not sure
back = Back

# The under-18 route. Facts (numbers, addresses) come from src/lib/minorServices.ts with their
# sources (Child Focus: igvm-iefh.belgium.be/uk/node/53209, childfocus.be/en/report-child-pornography;
# Take It Down: takeitdown.ncmec.org/faq/), checked 2026-11-29.
minor-title = Help for images taken before 18
minor-unsure = You are not sure, and that is all right. Reclaim takes the safer way: it stores no image. The services below can look at the links and tell you what they can do.
minor-intro = If the person in the images was under 18 when they were taken, specialised services can act faster and further than a request from this app. This is true even if that person is an adult today.
minor-now-title = What you can do now
minor-child-focus = Child Focus: call { $phone } (free, day and night) or write to { $email }. They help young people and the adults around them, and can have images removed.
minor-report = Report the links to Child Focus at { $site }. You can do it without giving your name. Their team checks the links and works with the police to have the images removed.
minor-take-it-down = Take It Down ({ $site }): a free service. It makes a fingerprint of the images on your own device and shares only that fingerprint with the platforms that take part, so they can find and remove copies. It is also for adults, about images taken before 18. Use it only with images that are already on your device: do not download them for it.
minor-young-title = If you are under 18 today
minor-young-text = If you can, talk to an adult you trust: a parent, a teacher, a youth worker. You can also call Child Focus together. None of this is your fault.
minor-adult-title = If you are 18 or older today
minor-adult-text = Child Focus's reporting point and Take It Down are there for you too: images taken before 18 stay images of a young person, whatever your age today. None of this is your fault.
minor-never-title = What never to do
minor-never-save = Do not save or download the images, not even as proof.
minor-never-forward = Do not forward or share them, not even with someone who wants to help.
minor-never-screenshot = Do not take screenshots of them.
minor-never-why = You do not need the images: the links (web addresses) are enough for these services. Keeping or sending these images can be against the law, even with good intentions.
minor-reclaim-title = What Reclaim can still do
minor-reclaim-text = Reclaim can keep the links where you saw the images, in a locked and encrypted case on this computer, ready for Child Focus or the police. It never keeps the images or screenshots of them.
minor-links = Keep the links, without images
minor-not-alone = You are not alone. You can ask someone you trust to sit with you.
case-minor-note = This case keeps links only. Reclaim never stores the images or screenshots of them.

path-title = What happens next
path-intro = Here is the whole path. You choose how far to go, and you can stop at any step.
path-step-case = Create your case: a locked, encrypted space on this computer.
path-step-links = Where are the images? Paste the links where you saw them.
path-step-images = Your images: Reclaim makes fingerprints of them here, on this computer.
path-step-copies = Find copies in a folder of downloaded files.
path-step-requests = Ask each website to remove them, with everything the law requires.
path-step-followup = Follow up until they are gone.
path-step-file = A complete file for the police or a lawyer, if you want one.
path-continue = Create or open your case

case-title = Your case
case-intro = Everything you record is kept in a case: locked, encrypted, and only on this computer.
case-existing-title = Open a case
case-code = Case { $code }
case-last-opened = Last opened { $when }
case-never-opened = Not opened yet
case-passphrase = Passphrase
case-unlock = Open
case-unlock-keyring = Open with this computer's password store
case-new-title = Start a new case
case-label = A name for this case, only you will see it
case-contact-name = Your name as it should appear in requests (you can add it later)
case-contact-email = An e-mail address for the answers (you can add it later)
case-passphrase-new = Choose a passphrase of at least { $min } characters
case-passphrase-confirm = The same passphrase again
case-passphrase-mismatch = The two passphrases are not the same.
case-passphrase-help = Keep it somewhere safe. Without it nobody, not even Reclaim, can open the case.
case-use-keyring = Also open it with this computer's password store, without typing the passphrase
case-keyring-warning = If you tick this, anyone who can use this computer while you are logged in can open the case without the passphrase. Only tick it if nobody else uses your account on this computer.
case-passphrase-show = Show passphrase
case-passphrase-hide = Hide passphrase
case-strength-too-short = Still too short.
case-strength-weak = Easy to guess: names, dates, common words or patterns are tried first. A sentence of four or five words nobody would link to you is better.
case-strength-fair = Hard to guess. A few more words make it stronger.
case-strength-strong = Very hard to guess. Good choice.
case-keyring-unavailable = This computer's password store is not available, so the passphrase is the only key.
case-create = Create the case
case-working = One moment…
case-open-title = Your case is open
case-open-code = Case code: { $code }
case-report-previous = Last opened: { $when }
case-report-failed = { $count ->
    [one] One wrong passphrase was tried since then.
   *[other] { $count } wrong passphrases were tried since then.
}
case-report-none = No wrong passphrase was tried since then.
case-report-record-removed = The record of wrong passphrases for this case was deleted since you last opened it ({ $when }). Someone may have tried passphrases and hidden it.
case-report-record-changed = The record of wrong passphrases for this case was changed since you last opened it ({ $when }). The number above may not be right: someone may have tried passphrases.
case-report-restored = Part of this case was damaged on this computer. Reclaim opened its backup from { $when }. Anything you added or changed after that time may be missing. Please check your case.
case-lock = Lock now
case-continue = Continue: where are the images?

links-title = Where are the images?
links-intro = Paste every link where you know the images are, one per line or all together. Each is kept exactly as you give it: it is evidence. Nothing is opened or sent.
links-paste-label = Links
links-check = Check the links
links-checked-title = { $count ->
    [one] One link can be kept
   *[other] { $count } links can be kept
}
links-save = { $count ->
    [one] Keep this link in the case
   *[other] Keep these { $count } links in the case
}
links-draft-back = The links you pasted before are still here. They are not kept in your case yet: check them, then keep them.
links-saved-title = Links in your case
links-none-saved = No link yet.
links-platform-unknown = A site Reclaim does not know yet
links-kind-post = a post, photo or video
links-kind-profile = a profile
links-kind-group = a group, channel or shared folder
links-kind-direct_file = the image or video file itself
links-kind-search_result = a page of search results
links-kind-short_link = a short link
links-kind-unknown = a page
links-reject-no_url_found = No web address was found on this line.
links-reject-unsupported_scheme = This is not a web address (it should start with https:// or http://).
links-reject-credentials_in_url = This address hides the real site behind a name and an @ sign, a common trick. Please check where it really leads.
links-reject-too_long = This address is longer than 8,000 characters.
links-reject-control_characters = This address contains hidden control characters.
links-reject-bidi_characters = This address contains characters that can disguise it by reversing the text.
links-reject-invisible_characters_in_host = The site name contains invisible characters.
links-reject-invalid_host = The site name is not valid.
links-reject-invalid_url = This is not a valid web address.
links-warning-scheme_added = No https:// was given, so it was added.
links-warning-international_host = The site name has non-Latin letters; it is also shown in its technical form.
links-warning-mixed_scripts = The site name mixes alphabets: it may imitate another site.
links-warning-lookalike_characters = The site name uses letters that only look Latin: it may imitate another site.
links-warning-imitates_known_site = This site name only looks like { $site }: it is a different site, maybe a fake copy.
links-warning-invisible_characters = Invisible characters were found in the address and are shown encoded.
links-warning-ip_address_host = The site is given by a number (an IP address) rather than a name.
links-warning-short_link = A short link: where it leads is not known without opening it.
links-warning-direct_file = This is the address of the file itself; if you can, also add the page that shows it.
links-warning-possible_duplicate = This looks like the same page as a link above.

steps-label = Steps of your case
steps-current = Step { $number } of { $total }: { $step }
step-case = Your case
step-links = Where are the images?
next-step = Next: { $step }
continue-later = Continue later
continue-later-done = Your case is locked. Everything you recorded is kept safely. Come back whenever you are ready. You can close Reclaim now.
auto-lock-warning = { $seconds ->
    [one] To keep your case safe, it will lock in one second.
   *[other] To keep your case safe, it will lock in { $seconds } seconds.
} Nothing you recorded will be lost.
auto-lock-stay = I'm still here
auto-locked = Your case was locked after a while without activity, to keep it safe. Everything you recorded is kept. Open it again when you are ready.
window-title-neutral-word = Notes
window-title-neutral = Call this window “{ $word }” instead of “Reclaim” (in the taskbar and the window list)
window-title-failed = The window title could not be changed. Quick exit still works as usual.

# Opening a hand-over file from another Reclaim.
handover-import-title = Open a hand-over file from another computer
handover-import-intro = A counsellor or you yourself may have saved this case on another computer as a hand-over file. You need the passphrase that locks that file.
handover-import-pick = Choose the hand-over file
handover-import-picked = File: { $name }
handover-import-passphrase = The passphrase of the hand-over file
handover-import-open = Open the case here

# "What is happening?" (after Safety first) and the emergency screen.
situation-title = What is happening?
situation-intro = Tell us what brings you here. Reclaim then shows the steps that fit. You can choose more than one, and change it later.
situation-legend = Choose what applies
situation-shared = My intimate images were shared without my consent
situation-threatened = Someone threatens to share my images (for example, unless I pay or send more)
situation-fake = Someone made fake sexual images of me (with AI or by editing)
situation-child_photos = Photos of my child were taken and posted somewhere else
situation-dont_know_where = I think my images are online, but I don't know where
situation-live_now = Someone is being made to stream or film live, right now
situation-later = You can change this later. None of this is your fault.
situation-continue = Continue
emergency-title = Call for help now
emergency-112 = Emergency: call { $phone }
emergency-101 = Police: call { $phone }
emergency-child-focus = If a child is involved: Child Focus, { $phone } (free, day and night)
emergency-later = When everyone is safe, Reclaim can help with the rest.
step-emergency = Emergency
step-threat = The threat
step-search = Where could they be?
step-hotline = Report to the hotline
path-step-emergency = Call for help now: the emergency numbers.
path-step-threat = What to do now about the threat, and keeping it as evidence.
path-step-search = What you can do to find them without uploading anything.
path-step-hotline = A short report with the links for the hotline.
