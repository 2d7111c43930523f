## Bildschirmfotos zu einem gespeicherten Link („Wo sind die Bilder?“)

links-add-screenshot = Ein Bildschirmfoto hinzufügen
links-remove = Diesen Link entfernen
links-remove-question = Diesen Link aus Ihrem Fall nehmen? Er steht dann nicht mehr in Ihren Anfragen und Ihrer Akte. Der Verlauf Ihres Falls vermerkt, dass er da war, mit dem Datum. Sie können ihn später wieder hinzufügen.
links-remove-confirm = Entfernen
links-remove-cancel = Behalten
links-screenshot-hint = Ein Bildschirmfoto der Seite ist ein starker Beweis. Es wird verschlüsselt in Ihrem Fall aufbewahrt, mit seinem Fingerabdruck (SHA-256) und dem Zeitpunkt, zu dem es hinzugefügt wurde. Es wird nie gezeigt, außer Sie möchten es.
links-screenshot-added = Das Bildschirmfoto ist verschlüsselt in Ihrem Fall aufbewahrt.
links-screenshots-kept = { $count ->
    [one] Ein Bildschirmfoto aufbewahrt
   *[other] { $count } Bildschirmfotos aufbewahrt
}
screenshot-kept = Aufbewahrt am { $when }.
screenshot-sha = Fingerabdruck (SHA-256) { $hash }…
screenshot-show = Bildschirmfoto zeigen
screenshot-warning = Darauf können die Bilder zu sehen sein. Sie können es jederzeit schließen.
screenshot-show-blurred = Unscharf zeigen
screenshot-not-now = Jetzt nicht
screenshot-unblur = Scharf zeigen
screenshot-blur-again = Wieder unscharf machen
screenshot-hide = Ausblenden
screenshot-close-any-time = Sie können es jederzeit ausblenden.
screenshot-alt = Das als Beweis aufbewahrte Bildschirmfoto
screenshot-alt-blurred = Das als Beweis aufbewahrte Bildschirmfoto, unscharf
screenshot-failed = Dieses Bildschirmfoto kann gerade nicht gezeigt werden. Es bleibt in Ihrem Fall aufbewahrt.
links-minor-no-screenshots = Weil die Person auf den Bildern unter 18 war, sichert Reclaim keine Bildschirmfotos und keine Kopien dieser Seiten. Die Links reichen, um sie zu melden.
