## "Je dossier": voor de politie, het Instituut of een advocaat; en de overdracht

step-file = Volledig dossier
file-title = Je dossier
file-intro = Als je besluit een klacht in te dienen of advies te vragen, kun je de politie, het Instituut voor de gelijkheid van vrouwen en mannen of een advocaat één volledig dossier geven. Reclaim schrijft het in een map die jij kiest. Er wordt niets verstuurd.
file-contents-title = Wat er in het dossier zit
file-contents-report = Een verslag (pdf) dat vertelt wat er gebeurd is, in volgorde: de links, de schermafbeeldingen, de verzoeken die je verstuurde en de antwoorden.
file-contents-evidence = De bewijsbestanden: je schermafbeeldingen en documenten, precies zoals ze bewaard zijn.
file-contents-manifest = Een lijst met vingerafdrukken (SHA-256) van elk bestand, zodat iedereen kan nagaan dat er niets veranderd is.
file-contents-custody = Het logboek van elke stap in je dossier, elke regel verbonden met de vorige, zodat een gat of wijziging zichtbaar zou zijn.
file-unencrypted-warning = De map die Reclaim schrijft is niet versleuteld: wie ze kan openen, kan ze lezen. Bewaar ze op een veilig toestel, zoals een usb-stick die alleen jij gebruikt, of geef ze rechtstreeks aan wie ze nodig heeft.
file-make-title = Het dossier maken
file-include-images = Ook mijn eigen beelden in het dossier stoppen
file-include-images-off = Je eigen beelden blijven erbuiten. Hun vingerafdrukken staan altijd in het verslag, en dat is meestal genoeg.
file-include-images-warning = Je beelden worden onversleuteld naar de map gekopieerd. Doe dit alleen als de politie of je advocaat erom vraagt.
file-export = Een map kiezen en het dossier maken
file-working = Het dossier wordt gemaakt…
file-done-title = Je dossier is klaar
file-done-where = Het staat in deze map:
file-done-count = { $count ->
    [one] Er zit één bestand in.
   *[other] Er zitten { $count } bestanden in.
}
file-done-manifest = Vingerafdruk van het hele dossier (SHA-256 van de lijst met vingerafdrukken):
file-verified = Nagekeken: alle { $count } bestanden komen overeen met hun vingerafdruk. Er ontbreekt niets en er is niets veranderd.
file-not-verified = Reclaim heeft de map opnieuw gelezen en iets klopt niet. Je kunt het dossier opnieuw maken in een nieuwe map. Het gaat om deze bestanden:
file-case-problems = Het verslag vermeldt welke gegevens van je dossier niet als ongewijzigd bevestigd konden worden.
file-unencrypted-reminder = Denk eraan: deze map is niet versleuteld. Als je ze hebt overgedragen, kun je ze van deze computer verwijderen.
file-handover-title = Het dossier overdragen aan een hulpverlener
file-handover-intro = Hiermee wordt je hele dossier in één bestand geschreven, vergrendeld met een wachtzin die je nu kiest. Een hulpverlener met Reclaim kan het op haar of zijn computer openen met die wachtzin. Deel de wachtzin op een andere manier dan het bestand, bijvoorbeeld telefonisch.
file-handover-passphrase = Wachtzin voor het overdrachtsbestand
file-handover-confirm = Dezelfde wachtzin nog eens
file-handover-passphrase-hint = Minstens 8 tekens. Je mag hem plakken.
file-handover-too-short = De wachtzin moet minstens { $min } tekens hebben.
file-handover-mismatch = De twee wachtzinnen zijn niet hetzelfde. Typ ze nog eens.
file-handover-export = Een map kiezen en het overdrachtsbestand schrijven
file-handover-done = Het overdrachtsbestand is geschreven
file-handover-done-count = { $count ->
    [one] Het bevat je dossier en één bewijsbestand ({ $size } MB).
   *[other] Het bevat je dossier en { $count } bewijsbestanden ({ $size } MB).
}
file-handover-done-hint = Het kan alleen met de wachtzin geopend worden. Bewaar de wachtzin apart van het bestand.
