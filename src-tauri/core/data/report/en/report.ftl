# Labels of the evidence report (PDF). Placeables are filled with data only.

doc-title = Evidence report, case { $code }
doc-subtitle = Prepared with Reclaim { $version } on { $date }
footer = Case { $code } · page { $page } of { $total }
yes = yes
no = no
none = none
not-recorded = not recorded

summary-heading = Summary
summary-intro = This report lists, for one case of intimate images shared without consent, every address where the images were found, the evidence kept, the requests sent and the answers received. It does not contain the images.
summary-case = Case
summary-created = Case opened
summary-prepared-by = Prepared by
summary-description = What happened, in the person's words
summary-counts = Contents
summary-count-urls = Addresses (URLs): { $n }
summary-count-evidence = Evidence files: { $n }
summary-count-images = Images identified by their hashes: { $n }
summary-count-requests = Requests: { $n }
summary-custody = Custody log
summary-custody-ok = intact ({ $n } entries, every link checked)
summary-custody-broken = NOT intact: { $problems }
summary-evidence-changed = Evidence file whose content no longer matches its hash at capture: { $name }
summary-images-included = The person chose to include the images themselves in the bundle (folder images/).
summary-images-excluded = The images themselves are not included; they are identified only by their hashes.

timeline-heading = Timeline
timeline-intro = All events, oldest first. Times in UTC.
ev-case-created = Case opened
ev-url-captured = Address recorded
ev-url-checked = Address checked: { $state }
ev-url-not-checked = Address not checked: the check could not tell whether it is still online (no answer, or the site refused to say)
ev-evidence-captured = Evidence file added
ev-image-added = Image hashed
ev-request-sent = Request sent to { $to }
ev-request-status = Request to { $to }: { $state }

urls-heading = Addresses where the images were found
urls-intro = Each address exactly as recorded. Long addresses continue on the next line without any added character.
url-item = Address { $n }
url-platform = Platform
url-captured-utc = Recorded (UTC)
url-captured-local = Recorded (local time on the device)
url-status = Last known status
url-status-never = not checked
url-status-not-told = Check on { $at }: could not tell whether it is still online
url-note = Note
state-found = recorded, not checked
state-online = still online
state-removed = removed
state-unreachable = not checked: the check could not tell whether it is still online
state-not_checked = not checked: the check could not tell whether it is still online
state-came_back = online again after removal

evidence-heading = Evidence files
evidence-intro = Screenshots, documents and copies of the images found on the device, kept as evidence, each with the SHA-256 of its exact bytes. The files are in the folder evidence/ of the bundle.
evidence-item = Evidence { $n }
evidence-kind = Kind
kind-screenshot = screenshot
kind-document = document
kind-image = own image
kind-correspondence = correspondence
kind-other = other
kind-found_copy = copy of an image, found on the device
evidence-name = Original file name
evidence-path = File in the bundle
evidence-captured = Captured (UTC)
evidence-size = Size
evidence-size-bytes = { $n } bytes
evidence-source = Shows the address
evidence-found-at = Found at the address
evidence-found-on = Found on
evidence-note = Note
evidence-mismatch = Warning: these bytes do not match the SHA-256 recorded at capture ({ $hash }).

images-heading = Image hashes
images-intro = The person's images are identified by hashes computed on her own device: SHA-256 (exact file) and PDQ (perceptual, finds visually similar copies). The images are not reproduced here.
image-item = { $label }
image-added = Hashed (UTC)
image-pdq-quality = PDQ quality
image-included = Image file included in the bundle

requests-heading = Requests sent
requests-intro = Every request to remove the content, when it was sent, to whom, on which legal basis, and what came back.
request-item = Request { $n }: { $platform }
request-to = To
request-address = Address used
request-channel = Channel
request-basis = Legal basis
request-sent = Sent (UTC)
request-not-sent = not sent
request-reference = Reference
request-urls = Addresses concerned
request-history = Status history
request-answers = Answers
request-answer-from = From { $from }, received { $at }
request-no-answer = No answer recorded.
rstate-draft = draft
rstate-sent = sent
rstate-acknowledged = acknowledged
rstate-removed = content removed
rstate-refused = refused
rstate-no_answer = no answer
rstate-came_back = content came back

custody-heading = Custody log
custody-intro = Every event in the case, as written when it happened. Each entry carries the SHA-256 of the one before it, so a change, removal or insertion shows.
custody-time-stamped = Time-stamped { $time } by { $tsa } (the earliest time-stamp covering this entry)
custody-not-time-stamped = Not time-stamped yet
custody-anchor = Time-stamp by { $tsa } at { $time }, covering entries 1 to { $seq } (the token itself is in custody.jsonl)
custody-said-evidence-removed = The person took this evidence file out of the case. Its file was deleted; this entry keeps only that it existed and the SHA-256 it had ({ $sha256 }).
custody-said-fingerprint-removed = The person took this fingerprint (the hashes of one of her images) out of the case. It is no longer used to find copies, in requests or in this report.
custody-said-url-removed = The person took this link out of the case. It is no longer in requests or in this report's list of links.
custody-said-url-corrects = This link corrects { $replaces }, which was typed wrong.
custody-said-evidence-note-changed = The note of this evidence file was corrected (old and new note above).
custody-said-request-sent-undone = This request had been marked as sent by mistake. It was put back to not sent.
custody-said-ticket-removed = The ticket number { $ticket } was taken out of this request.
custody-said-ticket-corrects = This ticket number corrects { $replaces }, which was typed wrong.
custody-said-reason = Reason given: { $reason }
custody-reason-corrected = typed wrong, corrected
custody-reason-minor = the person in the images was under 18; Reclaim never keeps such images

verify-heading = How to check this bundle
verify-intro = This report is one file of an evidence bundle. Anyone can check that no file of the bundle was changed since it was made:
verify-step-sha256 = 1. In the bundle folder, run: sha256sum -c manifest.sha256 (every line must say OK). On Windows: Get-FileHash -Algorithm SHA256 on each file, compared with manifest.sha256.
verify-step-cli = 2. Or, with Reclaim: reclaim-cli bundle verify FOLDER --tsa-root ROOT.pem. It checks every hash and size, the custody log's chain, that every evidence file, address and capture time matches what the custody log recorded, and the time-stamp's signature and authority; it names anything that does not match and says what was proven.
verify-step-custody = 3. The custody log (custody.jsonl): each line's hash is the SHA-256 of the bytes reclaim-custody-v1 followed, for each field seq (in decimal), at, action, subject, details, prev_hash in that order, by the field's length in bytes as an 8-byte big-endian number and then the field itself in UTF-8; prev_hash is the hash of the line before (64 zeros for the first).
verify-step-timestamp = 4. If the bundle holds manifest.tsr, it is an RFC 3161 time-stamp token over the SHA-256 of manifest.sha256; it can also be checked with: openssl ts -verify -data manifest.sha256 -in manifest.tsr -CAfile (the authority's certificate).
verify-manifest = manifest.json lists every file with its SHA-256, size and capture time, and every address exactly as recorded.
verify-privacy = Only the hash of manifest.sha256 is ever sent to a time-stamp authority, never an image or an image hash.
verify-proves = What a verification proves. With a valid time-stamp (manifest.tsr): every file is unchanged since the time in it, and the authority named in it vouches for that time; it does not prove who made the files or that their content is true. Without a valid time-stamp: only that the files agree with each other and with the custody log (internally consistent only); someone who rewrote them all together would not be detected, and nothing shows when they were made.
verify-this-timestamped = This bundle was made with a request for a time-stamp: manifest.tsr must be in it. If it is missing, the bundle was changed.
verify-this-not-timestamped = This bundle was made without a time-stamp. Unless manifest.tsr was added later, a verification can only show that it is internally consistent.
proof-timestamped = Unchanged since { $time }, time-stamped by { $tsa } (signature valid; the authority leads to the trusted root { $root }).
proof-timestamped-unanchored = Unchanged since { $time }, time-stamped by { $tsa }: the signature is valid, but the signer was not checked against a root you trust (name one with --tsa-root), so this rests on the certificate in the token.
proof-consistent-only = Internally consistent only (no time-stamp): the files agree with each other and with the custody log, but nothing shows when they were made or that they were not rewritten together.
proof-records = { $stamped } of the { $total } records in the custody log were time-stamped when they were made (by { $tsa }): each of them existed, exactly as recorded, no later than the time given for it.
proof-not-proven = Nothing is proven: { $count ->
    [one] one problem was found.
   *[other] { $count } problems were found.
}

# How a request was sent.
channel-form = web form
channel-email = e-mail
channel-in_app = inside the app or website
channel-find_contact = finding who to contact
channel-letter = letter

captures-heading = Pages kept as evidence
captures-intro = Each page was fetched once, at the person's request: the page's text only, without running its scripts or loading its images. The address asked, every redirect, the answer's headers, the server's address and the TLS certificates are in the record file; the page itself is in the page file.
capture-item = Page { $n }
capture-url = Address asked
capture-final-url = Final address
capture-time = Fetched (UTC)
capture-status = Answer status
capture-server-ip = Server address (the proxy's, if one was used)
capture-body-not-kept = The answer was not a text page (for example a picture): only its SHA-256 was kept, never its content.
capture-truncated = The page was longer than 10 MiB: only its first 10 MiB were kept and hashed.
capture-files = Files in the bundle
capture-time-stamp = Time-stamp
