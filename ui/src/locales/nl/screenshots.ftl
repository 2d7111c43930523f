## Schermafbeeldingen bij een bewaarde link ("Waar staan de beelden?")

links-add-screenshot = Een schermafbeelding toevoegen
links-remove = Deze link verwijderen
links-remove-question = Deze link uit je dossier halen? Hij staat dan niet meer in je verzoeken of je volledig dossier. De geschiedenis van je dossier houdt bij dat hij er was, met de datum. Je kunt hem later opnieuw toevoegen.
links-remove-confirm = Verwijderen
links-remove-cancel = Behouden
links-screenshot-hint = Een schermafbeelding van de pagina is sterk bewijs. Ze wordt versleuteld in je dossier bewaard, met haar vingerafdruk (SHA-256) en het tijdstip waarop ze werd toegevoegd. Ze wordt nooit getoond tenzij je erom vraagt.
links-screenshot-added = De schermafbeelding is versleuteld in je dossier bewaard.
links-screenshots-kept = { $count ->
    [one] Eén schermafbeelding bewaard
   *[other] { $count } schermafbeeldingen bewaard
}
screenshot-kept = Bewaard op { $when }.
screenshot-sha = Vingerafdruk (SHA-256) { $hash }…
screenshot-show = Schermafbeelding tonen
screenshot-warning = Hierop kunnen de beelden te zien zijn. Je kunt ze op elk moment sluiten.
screenshot-show-blurred = Wazig tonen
screenshot-not-now = Nu niet
screenshot-unblur = Scherp tonen
screenshot-blur-again = Weer wazig maken
screenshot-hide = Verbergen
screenshot-close-any-time = Je kunt ze op elk moment verbergen.
screenshot-alt = De schermafbeelding die als bewijs bewaard is
screenshot-alt-blurred = De schermafbeelding die als bewijs bewaard is, wazig
screenshot-failed = Deze schermafbeelding kan nu niet getoond worden. Ze blijft bewaard in je dossier.
links-minor-no-screenshots = Omdat de persoon op de beelden jonger was dan 18, bewaart Reclaim geen schermafbeelding of kopie van deze pagina's. De links zijn genoeg om ze te melden.
