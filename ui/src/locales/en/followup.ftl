# Step 6: follow-up of the requests.

followup-title = Follow up
# $shown: what the screen lists (requests sent, websites not asked yet, or both).
followup-intro = { $shown ->
    [sent] Here is every website you sent a request to: what needs you now comes first. You can note each answer here; every change is kept with its date.
    [not-sent] You have not sent a request yet. Here are the websites of your case that are waiting for one. When you send one, you can note its answer here; every change is kept with its date.
   *[both] Here is every website of your case. First the requests you sent: what needs you now comes first. Then the websites you have not asked yet. You can note each answer here; every change is kept with its date.
}
followup-none = No request has been marked as sent yet. When you send one in “Ask for removal”, it appears here.
followup-status-draft = Not sent yet
followup-status-sent = Sent, waiting for an answer
followup-status-acknowledged = Received by the website
followup-status-removed = Removed
followup-status-refused = Refused
followup-status-no-answer = No answer in time
followup-status-came-back = Back online after removal
followup-overdue = The answer is late
followup-sent = Sent
followup-deadline = Answer due by
followup-tickets = Reference numbers
followup-next-title = What you can do next
followup-next-refused = The website refused. That is not the end. Here is what you can do next; the first steps are the quickest.
followup-next-late = The website has not answered in time. Here is what you can do next; the first steps are the quickest.
followup-change-label = What happened?
followup-ticket-label = Add a reference number
followup-ticket-save = Add
followup-history = What happened, with dates
followup-online-title = Is it still online?
followup-online-intro = Reclaim can check each link of your case. Only the address is asked for: no image and nothing about your images is sent, and the page is not opened or kept. Nothing happens until you press the button.
followup-online-check = Check the links now
followup-online-warning = Each website will see your computer's internet address (IP address) when Reclaim asks it. If a website may belong to the person who shared the images, you can use Tor or a VPN first, or ask a counsellor to check from their computer.
followup-online-confirm = Check now
followup-online-cancel = Not now
followup-online-checking = Checking…
followup-liveness-still-online = Still online
followup-liveness-gone = Gone
followup-liveness-could-not-tell = Not checked: Reclaim could not tell (no answer, or the website would not say). This does not mean it is gone.
followup-step-phone = Phone: { $phone } (free)
followup-step-copy-email = Copy the e-mail address
followup-step-copy-address = Copy the address
followup-step-letter = The letter, ready to copy
followup-step-copy-letter = Copy the letter
followup-step-go = Go to “{ $step }”
followup-step-copied = Copied.
followup-not-sent-title = Not asked yet
followup-not-sent-links = { $count ->
    [one] 1 link
   *[other] { $count } links
}
followup-not-sent-go = Go to the request
