step-images = Your images
step-copies = Find copies
images-title = Your images
images-intro = Choose your original images. Reclaim makes a fingerprint of each one here, on this computer. Only the fingerprints are kept in your case; the images are not copied, shown or sent anywhere.
images-pick = Choose images
images-working = Making fingerprints…
images-name-word = Image
images-added = { $count ->
    [one] One fingerprint was made.
   *[other] { $count } fingerprints were made.
}
images-already-kept = { $count ->
    [one] One image was already in your case.
   *[other] { $count } images were already in your case.
}
images-kept-title = Fingerprints in your case
images-none = No fingerprints yet.
images-fingerprint-made = fingerprint made
images-low-quality = This image has little detail, so copies of it may be harder to find. That is not your fault.
images-stopncii-title = StopNCII: block copies on big platforms
images-takeitdown-title = Take It Down: for images taken before you were 18
images-service-how = You do this on their own website: it makes the fingerprints in your browser and only the fingerprints leave your computer. Reclaim does not upload anything.
images-service-site = Their website:
images-service-history = If someone else can see this computer's browser history, you may want to use a private window.
images-service-open = Open their website
images-service-open-confirm = Open it now
images-service-open-cancel = Not now
images-service-record = Keep this number
images-service-pin = PIN (if StopNCII gave you one)
images-service-pin-hint = StopNCII cannot send you the case number or the PIN again. Reclaim keeps them in your encrypted case; they never go into the police report.
images-service-pin-kept = PIN:
images-service-pin-show = Show PIN
images-service-pin-hide = Hide PIN
copies-title = Find copies
copies-intro = Choose a folder of files you found or downloaded. Reclaim compares each file with the fingerprints of your images, here on this computer. You will only see file names, never the images.
copies-pick = Choose a folder
copies-searching = Searching…
copies-listing = Looking through the folder…
copies-progress = { $done } of { $total } files
copies-rate = { $rate } files a second
copies-time-unknown = working out the time left
copies-time-seconds = about { $seconds } seconds left
copies-time-minutes = { $minutes ->
    [one] about one minute left
   *[other] about { $minutes } minutes left
}
copies-found-so-far = { $count ->
    [one] 1 copy found so far
   *[other] { $count } copies found so far
}
copies-cancel = Stop searching
copies-stopping = Stopping…
copies-found = { $count ->
    [0] No copies found
    [one] 1 copy found
   *[other] { $count } copies found
}
copies-was-cancelled = The search was stopped before the end.
copies-no-originals = There are no fingerprints to compare with yet. Add your images first.
copies-looked-at = { $count ->
    [one] 1 file looked at.
   *[other] { $count } files looked at.
}
copies-in-folder = in { $folder }
copies-of = a copy of { $original }
copies-same = the same picture
copies-nearly-same = almost the same picture
copies-similar = very similar
copies-inside = inside a larger picture, or cut, turned or with text over it
copies-transform-rotated_90 = turned a quarter to the left
copies-transform-rotated_180 = turned upside down
copies-transform-rotated_270 = turned a quarter to the right
copies-transform-flipped = flipped top to bottom
copies-transform-mirrored = mirrored
copies-transform-transposed = turned and mirrored
copies-transform-anti_transposed = turned and mirrored
copies-transform-cropped = cut at the edges
copies-transform-original = same way up
copies-unreadable = { $count ->
    [one] 1 file could not be read
   *[other] { $count } files could not be read
}
copies-keep = Keep as evidence
copies-keep-intro = Reclaim keeps an encrypted copy of this file in your case, with its fingerprint (SHA-256), so you can give it to the police or a lawyer later. The file itself stays where it is.
copies-keep-from = Where did you find it?
copies-keep-link = At a link you saved
copies-keep-platform = On a site or app, without a link (for example in a chat)
copies-keep-choose-link = Which link?
copies-keep-choose-platform = Which site or app?
copies-keep-choose = Choose…
copies-keep-no-links = You have not saved any links yet. Choose a site or app instead, or save the link in the Links step first.
copies-keep-note = Note (if you want)
copies-keep-note-hint = For example who sent it, or in which group you saw it.
copies-keep-confirm = Keep it
copies-keep-cancel = Cancel
copies-kept = { $tie ->
    [link] Kept as evidence, found at { $where }.
   *[platform] Kept as evidence, found on { $where }.
}
copies-keep-changed = This file has changed or moved since the search. Search the folder again, then keep it.
copies-keep-minor = In this case copies are not kept as evidence, because the person in the images was under 18. The names above are enough to report them.
