# Account reports (someone threatens to share images) and the hotline report (a child's
# photos). Arguments: $platform, $handle, $name, $email (who signs), $victim, $kind
# (real | fake), $by (self | representative), $hotline.

subject-account = Report of an account that threatens to share intimate images – { $platform }
intro-account = { $by ->
    [representative] The account below is threatening to share { $kind ->
        [fake] sexual images of { $victim } that were made or edited without their consent
       *[real] intimate images of { $victim }
    } unless { $victim } pays or sends more.
   *[self] The account below is threatening to share { $kind ->
        [fake] sexual images of me that were made or edited without my consent
       *[real] intimate images of me
    } unless I pay or send more.
} This is blackmail (sextortion), and it is against your rules.
account-heading = The account:
account-line = { $handle } on { $platform }
account-ask = Please suspend this account, stop it from sharing the images on your service, and keep its data in case the police ask for it.
account-step-paste = Where the report asks for details, paste the text below.
account-step-block = Then block the account. Do not delete the conversation.
account-warning-evidence = Before you report or block: keep screenshots of the messages, of the account's name and link, and of any demand for money. Do not pay, do not send anything more, and do not delete the conversation.

hotline-subject = Report: photos of a child taken and posted online without permission
hotline-intro = { $by ->
    [representative] I am writing on behalf of the parent or carer of a child.
   *[self] I am the parent or carer of a child.
} Photos of the child were taken without permission from where they had been posted and were put on the pages below. I have not downloaded or kept any of the images.
hotline-urls = The pages:
hotline-ask = Please check these pages and have the images removed. You can contact me if you need more information.
hotline-contact = Contact: { $name }, { $email }
hotline-note-links-only = Send the links only. Do not download, screenshot or forward the photos, to anyone: the hotline does not need them.
hotline-note-anonymous = You can also make this report without your name: leave out the contact line.
hotline-note-none-known = Reclaim knows no hotline for your country yet. The police can take this report.
hotline-note-police = You can also report it to the police. If a child is in danger now, call 112.
