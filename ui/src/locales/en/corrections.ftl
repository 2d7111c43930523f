# Taking something out of the case, or correcting it. Every question says
# what goes and that the case's record keeps a note that it was there.

remove-cancel = Keep it
images-remove = Remove this image
images-remove-question = Take { $name } out of your case? Its fingerprint is deleted: it will no longer be used to find copies, in your requests or in your file. Your case's record keeps a note that it was there, with the date.
images-remove-confirm = Remove it
evidence-remove = Remove this file
evidence-remove-question = Take this file out of your case? The file itself is deleted from this computer, and it will not be in your file. Your case's record keeps a note that it was there, with the date and its fingerprint (SHA-256).
evidence-remove-confirm = Delete the file
evidence-note-edit = Correct the note
evidence-note-label = Note
evidence-note-save = Save the note
evidence-note-cancel = Cancel
links-correct = Correct this link
links-correct-question = Type the link as it should be. The link typed wrong leaves your case; your case's record keeps a note that it was there and that you corrected it.
links-correct-label = The right link
links-correct-confirm = Save the right link
requests-undo-sent = Not sent after all?
requests-undo-sent-question = Put this request back to "not sent"? Its deadline goes, and it no longer counts as sent. Your case's record keeps a note that it was marked as sent, and when.
requests-undo-sent-confirm = Yes, it was not sent
followup-ticket-remove = Remove the number { $ticket }
followup-ticket-remove-question = Take the number { $ticket } out of this request? Your case's record keeps a note that it was there. You can then add the right number.
followup-ticket-remove-confirm = Remove it
