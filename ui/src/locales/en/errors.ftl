# Messages for errors, one per error kind (reclaim-core's ErrorKind).

error-invalid_input = Something in what was entered is not quite right. Please check it and try again.
error-io = Reclaim could not read or write a file on this computer. Nothing else was changed.
error-unsupported_format = Reclaim cannot open this kind of file.
error-too_large = This file is too large for Reclaim to open safely.
error-corrupt = This file seems damaged, so Reclaim could not open it.
error-not_found = Reclaim could not find what it was looking for.
error-locked = The case is locked. Unlock it to continue.
error-wrong_secret = That passphrase did not open the case. Please try again.
error-keyring_unavailable = This computer's password store is not available, so a passphrase is needed.
error-busy = This case is already open in another Reclaim window.
error-network = Reclaim could not reach the network. You can try again later.
error-cancelled = Stopped, as you asked.
error-minor_images_refused = Images of someone under 18 are never stored. Child Focus (116 000) can help.
error-minor_page_capture_refused = When the person in the images was under 18, Reclaim does not fetch or keep a copy of the page: it could show them. The link stays in the case. Child Focus (116 000) can help.
error-minor_copy_refused = When the person in the images was under 18, Reclaim does not keep copies of them, not even as evidence. The file stays where it is. Child Focus (116 000) can help.
error-internal = Something went wrong inside Reclaim. What you entered is kept.
error-too_many_attempts = Several tries did not open the case. Please wait a moment before trying again.
error-timeout = The other side did not answer in time. You can try again later.
error-address_refused = Reclaim will not contact this address, to keep your own network safe.
error-empty_file = This file is empty, so there is nothing to read in it.
error-truncated = This file is incomplete, perhaps an unfinished download or copy.
error-heic_unsupported = This iPhone photo (HEIC) cannot be read here. Export it as JPEG ("Most Compatible") and add that copy instead.
error-low_quality = This image has too little detail to be compared reliably, so it was not compared.
error-text_too_long = This text is longer than Reclaim can keep. Please shorten it; nothing else was changed.
error-host_not_found = Reclaim found no address to write to about this site, so nothing was kept.
error-already_removed = This was already taken out of the case. Nothing else was changed.
error-not_marked_sent = This request is not marked as sent, so there is nothing to undo. Nothing was changed.

# The particulars of an error (reclaim-core's ErrorDetail), shown instead of the
# general sentence when the core says which field or limit it is about.
error-detail-missing = Please fill in: { $field }.
error-detail-too_long = { $field }: at most { $max } characters, please.
error-detail-too_short = { $field }: at least { $min } characters, please.
error-detail-bad_format = { $field } does not look right. It should look like this: { $expected }
error-detail-not_one_of = { $field }: please choose one of { $allowed }.
error-detail-file_too_large = This file is too large for Reclaim to open safely (at most { $megabytes } MB).
error-detail-already_recorded = { $field } is already recorded, so it was not added again.
error-detail-not_allowed_now = This step cannot follow the one before it. Nothing was changed.
error-detail-url_refused = This link was not kept. { $reason }
error-detail-damaged = { $part ->
    [key_file] The file that locks this case is damaged, and so is its copy. This is not a wrong passphrase, and no wrong try was counted. If you have a hand-over copy of the case, you can import it.
   *[database] The records of this case are damaged, and so is their backup. This is not a wrong passphrase, and no wrong try was counted. If you have a hand-over copy of the case, you can import it.
}
error-detail-wrong_workspace_passphrase = That passphrase did not open your list of cases. Please try again. Your cases are not affected.

# Names of the fields an error can point at (reclaim-core's Field).
field-name = Name
field-email = E-mail address
field-country = Country
field-language = Language
field-label = Label
field-passphrase = Passphrase
field-url = Link
field-note = Note
field-ticket = Ticket number
field-case_number = Case number
field-date = Date
field-text = Text
field-platform = Website or app
field-status = Status
field-situation = What is happening
field-kind = Kind
