## Screenshots kept for a saved link ("Where are the images?")

links-add-screenshot = Add a screenshot
links-remove = Remove this link
links-remove-question = Take this link out of your case? It will no longer be in your requests or your file. Your case's record keeps a note that it was there, with the date. You can add it again later.
links-remove-confirm = Remove it
links-remove-cancel = Keep it
links-screenshot-hint = A screenshot of the page is strong evidence. It is kept encrypted in your case, with its fingerprint (SHA-256) and the time it was added. It is never shown unless you ask.
links-screenshot-added = The screenshot is kept, encrypted, in your case.
links-screenshots-kept = { $count ->
    [one] One screenshot kept
   *[other] { $count } screenshots kept
}
screenshot-kept = Kept on { $when }.
screenshot-sha = Fingerprint (SHA-256) { $hash }…
screenshot-show = Show screenshot
screenshot-warning = This may show the images. You can close it at any time.
screenshot-show-blurred = Show it, blurred
screenshot-not-now = Not now
screenshot-unblur = Unblur
screenshot-blur-again = Blur again
screenshot-hide = Hide
screenshot-close-any-time = You can hide it at any time.
screenshot-alt = The screenshot kept as evidence
screenshot-alt-blurred = The screenshot kept as evidence, blurred
screenshot-failed = This screenshot cannot be shown right now. It is still kept in your case.
links-minor-no-screenshots = Because the person in the images was under 18, Reclaim keeps no screenshot or copy of these pages. The links are enough to report them.
