step-images = Je beelden
step-copies = Kopieën zoeken
images-title = Je beelden
images-intro = Kies je originele beelden. Reclaim maakt hier, op deze computer, van elk beeld een vingerafdruk. Alleen de vingerafdrukken worden in je dossier bewaard; de beelden worden niet gekopieerd, getoond of verstuurd.
images-pick = Beelden kiezen
images-working = Vingerafdrukken maken…
images-name-word = Beeld
images-added = { $count ->
    [one] Er is één vingerafdruk gemaakt.
   *[other] Er zijn { $count } vingerafdrukken gemaakt.
}
images-already-kept = { $count ->
    [one] Eén beeld zat al in je dossier.
   *[other] { $count } beelden zaten al in je dossier.
}
images-kept-title = Vingerafdrukken in je dossier
images-none = Nog geen vingerafdrukken.
images-fingerprint-made = vingerafdruk gemaakt
images-low-quality = Dit beeld heeft weinig details, dus kopieën ervan zijn misschien moeilijker te vinden. Dat is niet jouw schuld.
images-stopncii-title = StopNCII: kopieën blokkeren op grote platforms
images-takeitdown-title = Take It Down: voor beelden van voor je 18de
images-service-how = Dat doe je op hun eigen website: die maakt de vingerafdrukken in je browser en alleen de vingerafdrukken verlaten je computer. Reclaim verstuurt niets.
images-service-site = Hun website:
images-service-history = Als iemand anders de browsergeschiedenis van deze computer kan zien, gebruik je best een privévenster.
images-service-open = Hun website openen
images-service-open-confirm = Nu openen
images-service-open-cancel = Nu niet
images-service-record = Dit nummer bewaren
images-service-pin = Pincode (als StopNCII je er een gaf)
images-service-pin-hint = StopNCII kan je het dossiernummer en de pincode niet opnieuw sturen. Reclaim bewaart ze in je versleutelde dossier; ze komen nooit in het verslag voor de politie.
images-service-pin-kept = Pincode:
images-service-pin-show = Pincode tonen
images-service-pin-hide = Pincode verbergen
copies-title = Kopieën zoeken
copies-intro = Kies een map met bestanden die je gevonden of gedownload hebt. Reclaim vergelijkt elk bestand met de vingerafdrukken van je beelden, hier op deze computer. Je ziet alleen bestandsnamen, nooit de beelden.
copies-pick = Een map kiezen
copies-searching = Bezig met zoeken…
copies-listing = De map wordt doorlopen…
copies-progress = { $done } van { $total } bestanden
copies-rate = { $rate } bestanden per seconde
copies-time-unknown = resterende tijd wordt berekend
copies-time-seconds = nog ongeveer { $seconds } seconden
copies-time-minutes = { $minutes ->
    [one] nog ongeveer één minuut
   *[other] nog ongeveer { $minutes } minuten
}
copies-found-so-far = { $count ->
    [one] tot nu toe 1 kopie gevonden
   *[other] tot nu toe { $count } kopieën gevonden
}
copies-cancel = Stoppen met zoeken
copies-stopping = Bezig met stoppen…
copies-found = { $count ->
    [0] Geen kopieën gevonden
    [one] 1 kopie gevonden
   *[other] { $count } kopieën gevonden
}
copies-was-cancelled = Het zoeken is voor het einde gestopt.
copies-no-originals = Er zijn nog geen vingerafdrukken om mee te vergelijken. Voeg eerst je beelden toe.
copies-looked-at = { $count ->
    [one] 1 bestand bekeken.
   *[other] { $count } bestanden bekeken.
}
copies-in-folder = in { $folder }
copies-of = een kopie van { $original }
copies-same = hetzelfde beeld
copies-nearly-same = bijna hetzelfde beeld
copies-similar = sterk gelijkend
copies-inside = in een groter beeld, of bijgesneden, gedraaid of met tekst erover
copies-transform-rotated_90 = een kwartslag naar links gedraaid
copies-transform-rotated_180 = ondersteboven gedraaid
copies-transform-rotated_270 = een kwartslag naar rechts gedraaid
copies-transform-flipped = van boven naar onder omgeklapt
copies-transform-mirrored = gespiegeld
copies-transform-transposed = gedraaid en gespiegeld
copies-transform-anti_transposed = gedraaid en gespiegeld
copies-transform-cropped = aan de randen bijgesneden
copies-transform-original = dezelfde kant op
copies-unreadable = { $count ->
    [one] 1 bestand kon niet gelezen worden
   *[other] { $count } bestanden konden niet gelezen worden
}
copies-keep = Bewaren als bewijs
copies-keep-intro = Reclaim bewaart een versleutelde kopie van dit bestand in je dossier, met de vingerafdruk (SHA-256), zodat je die later aan de politie of een advocaat kunt geven. Het bestand zelf blijft waar het is.
copies-keep-from = Waar heb je het gevonden?
copies-keep-link = Op een link die je bewaard hebt
copies-keep-platform = Op een site of app, zonder link (bijvoorbeeld in een chat)
copies-keep-choose-link = Welke link?
copies-keep-choose-platform = Welke site of app?
copies-keep-choose = Kies…
copies-keep-no-links = Je hebt nog geen links bewaard. Kies een site of app, of bewaar eerst de link bij de stap Links.
copies-keep-note = Notitie (als je wilt)
copies-keep-note-hint = Bijvoorbeeld wie het stuurde, of in welke groep je het zag.
copies-keep-confirm = Bewaren
copies-keep-cancel = Annuleren
copies-kept = { $tie ->
    [link] Bewaard als bewijs, gevonden op { $where }.
   *[platform] Bewaard als bewijs, gevonden op { $where }.
}
copies-keep-changed = Dit bestand is veranderd of verplaatst sinds het zoeken. Zoek de map opnieuw door en bewaar het dan.
copies-keep-minor = In dit dossier worden kopieën niet als bewijs bewaard, omdat de persoon op de beelden jonger was dan 18. De namen hierboven zijn genoeg om ze te melden.
