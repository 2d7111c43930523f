# Coming back to a case, and the counsellor's private list of cases.

safety-continue-case = Open a case I started before
case-start-new = Start a new case instead
resume-report-label = About opening your case
resume-welcome-back = Welcome back. You are where you left off: { $step }.

workspace-title = Your private list of cases
workspace-offer = I am a counsellor: keep a private list of my cases
workspace-intro = With a list, you see your own name for each case, which requests are late and the next deadline, without opening each case. The list is locked with a passphrase of its own and is only kept on this computer, encrypted.
workspace-forget-note = If you forget this passphrase, you lose only the list. Every case still opens with its own passphrase.
workspace-passphrase-new = Choose a passphrase for the list, at least { $min } characters (not one of a case)
workspace-passphrase = Passphrase of your list
workspace-unlock = Open my list
workspace-create = Keep a list
workspace-open-hint = Your list is open. It locks with the app, or now:
workspace-lock = Lock my list
workspace-overdue = { $count ->
    [one] 1 request is late.
   *[other] { $count } requests are late.
}
workspace-next-deadline = Next deadline: { $when }
workspace-no-deadline = No deadline waiting.
workspace-last-step = Last step: { $step }
workspace-label = Your name for this case
workspace-label-change = Change the name
workspace-label-save = Save
workspace-label-cancel = Cancel
workspace-missing-title = Not on this computer any more
workspace-missing-text = This case is in your list, but it is not on this computer. It may have been removed or moved.
workspace-missing-drop = Remove it from my list
