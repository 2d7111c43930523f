# Zu einem Fall zurückkommen, und die eigene Liste der Fälle einer Beratungsperson.

safety-continue-case = Einen begonnenen Fall öffnen
case-start-new = Doch einen neuen Fall beginnen
resume-report-label = Zum Öffnen Ihres Falls
resume-welcome-back = Willkommen zurück. Sie sind dort, wo Sie aufgehört haben: { $step }.

workspace-title = Ihre eigene Liste der Fälle
workspace-offer = Ich berate Betroffene: eine eigene Liste meiner Fälle führen
workspace-intro = Mit einer Liste sehen Sie Ihren eigenen Namen für jeden Fall, welche Anfragen überfällig sind und die nächste Frist, ohne jeden Fall zu öffnen. Die Liste ist mit einer eigenen Passphrase verschlossen und nur auf diesem Computer gespeichert, verschlüsselt.
workspace-forget-note = Wenn Sie diese Passphrase vergessen, verlieren Sie nur die Liste. Jeder Fall öffnet sich weiter mit seiner eigenen Passphrase.
workspace-passphrase-new = Wählen Sie eine Passphrase für die Liste, mindestens { $min } Zeichen (nicht die eines Falls)
workspace-passphrase = Passphrase Ihrer Liste
workspace-unlock = Meine Liste öffnen
workspace-create = Eine Liste führen
workspace-open-hint = Ihre Liste ist offen. Sie wird mit der App verschlossen, oder jetzt:
workspace-lock = Meine Liste verschließen
workspace-overdue = { $count ->
    [one] 1 Anfrage ist überfällig.
   *[other] { $count } Anfragen sind überfällig.
}
workspace-next-deadline = Nächste Frist: { $when }
workspace-no-deadline = Keine Frist offen.
workspace-last-step = Letzter Schritt: { $step }
workspace-label = Ihr Name für diesen Fall
workspace-label-change = Namen ändern
workspace-label-save = Speichern
workspace-label-cancel = Abbrechen
workspace-missing-title = Nicht mehr auf diesem Computer
workspace-missing-text = Dieser Fall steht in Ihrer Liste, ist aber nicht mehr auf diesem Computer. Vielleicht wurde er gelöscht oder verschoben.
workspace-missing-drop = Aus meiner Liste nehmen
