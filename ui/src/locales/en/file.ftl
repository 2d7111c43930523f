## "Your file": for the police, the Institute or a lawyer; and the hand-over

step-file = Your file
file-title = Your file
file-intro = If you decide to file a complaint or get advice, you can give the police, the Institute for the Equality of Women and Men, or a lawyer one complete file. Reclaim writes it into a folder you choose. Nothing is sent anywhere.
file-contents-title = What the file holds
file-contents-report = A report (PDF) that tells what happened, in order: the links, the screenshots, the requests you sent and the answers.
file-contents-evidence = The evidence files: your screenshots and documents, exactly as they were kept.
file-contents-manifest = A list of fingerprints (SHA-256) of every file, so anyone can check that nothing was changed.
file-contents-custody = The record of every step in your case, each entry linked to the one before it, so gaps or changes would show.
file-unencrypted-warning = The folder Reclaim writes is not encrypted: anyone who can open it can read it. Keep it on a safe device, such as a USB stick only you use, or give it directly to the person who needs it.
file-make-title = Make the file
file-include-images = Also put my own images in the file
file-include-images-off = Your own images are left out. Their fingerprints are always in the report, which is usually enough.
file-include-images-warning = Your images will be copied into the folder, not encrypted. Only do this if the police or your lawyer asks for them.
file-export = Choose a folder and make the file
file-working = Making the file…
file-done-title = Your file is ready
file-done-where = It is in this folder:
file-done-count = { $count ->
    [one] One file in it.
   *[other] { $count } files in it.
}
file-done-manifest = Fingerprint of the whole file (SHA-256 of the list of fingerprints):
file-verified = Checked: all { $count } files match their fingerprints. Nothing is missing or changed.
file-not-verified = Reclaim read the folder back and something does not match. You can make the file again into a new folder. These files are concerned:
file-case-problems = The report says which records of your case could not be confirmed as unchanged.
file-unencrypted-reminder = Remember: this folder is not encrypted. Once it is handed over, you can delete it from this computer.
file-handover-title = Hand the case over to a counsellor
file-handover-intro = This writes your whole case into one file, locked with a passphrase you choose now. A counsellor with Reclaim can open it on their computer with that passphrase. Share the passphrase in another way than the file, for example by phone.
file-handover-passphrase = Passphrase for the hand-over file
file-handover-confirm = The same passphrase again
file-handover-passphrase-hint = At least 8 characters. You may paste it.
file-handover-too-short = The passphrase needs at least { $min } characters.
file-handover-mismatch = The two passphrases are not the same. Please type them again.
file-handover-export = Choose a folder and write the hand-over file
file-handover-done = The hand-over file is written
file-handover-done-count = { $count ->
    [one] It holds your case and one evidence file ({ $size } MB).
   *[other] It holds your case and { $count } evidence files ({ $size } MB).
}
file-handover-done-hint = It can only be opened with the passphrase. Keep the passphrase apart from the file.
