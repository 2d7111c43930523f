# Foutmeldingen, één per soort fout (ErrorKind van reclaim-core).

error-invalid_input = Er klopt iets niet helemaal in wat is ingevuld. Kijk het na en probeer opnieuw.
error-io = Reclaim kon een bestand op deze computer niet lezen of schrijven. Er is verder niets veranderd.
error-unsupported_format = Reclaim kan dit soort bestand niet openen.
error-too_large = Dit bestand is te groot om veilig te openen.
error-corrupt = Dit bestand lijkt beschadigd, daarom kon Reclaim het niet openen.
error-not_found = Reclaim kon niet vinden wat het zocht.
error-locked = Het dossier is vergrendeld. Ontgrendel het om verder te gaan.
error-wrong_secret = Met die wachtzin ging het dossier niet open. Probeer het opnieuw.
error-keyring_unavailable = De wachtwoordkluis van deze computer is niet beschikbaar, dus er is een wachtzin nodig.
error-busy = Dit dossier is al open in een ander venster van Reclaim.
error-network = Reclaim kon het netwerk niet bereiken. Je kunt het later opnieuw proberen.
error-cancelled = Gestopt, zoals je vroeg.
error-minor_images_refused = Beelden van iemand jonger dan 18 worden nooit bewaard. Child Focus (116 000) kan helpen.
error-minor_page_capture_refused = Als de persoon op de beelden jonger was dan 18, haalt Reclaim de pagina niet op en bewaart het geen kopie: die kan de persoon tonen. De link blijft in het dossier. Child Focus (116 000) kan helpen.
error-minor_copy_refused = Als de persoon op de beelden jonger was dan 18, bewaart Reclaim geen kopieën van de beelden, ook niet als bewijs. Het bestand blijft waar het is. Child Focus (116 000) kan helpen.
error-internal = Er ging iets mis in Reclaim. Wat je hebt ingevuld, blijft bewaard.
error-too_many_attempts = Het dossier ging na meerdere pogingen niet open. Wacht even voor je het opnieuw probeert.
error-timeout = De andere kant antwoordde niet op tijd. Je kunt het later opnieuw proberen.
error-address_refused = Reclaim neemt geen contact op met dit adres, om je eigen netwerk te beschermen.
error-empty_file = Dit bestand is leeg: er valt niets in te lezen.
error-truncated = Dit bestand is onvolledig, misschien een onderbroken download of kopie.
error-heic_unsupported = Deze iPhone-foto (HEIC) kan hier niet gelezen worden. Exporteer hem als JPEG ("Meest compatibel") en voeg die kopie toe.
error-low_quality = Dit beeld heeft te weinig details om betrouwbaar te vergelijken, dus het is niet vergeleken.
error-text_too_long = Deze tekst is langer dan Reclaim kan bewaren. Maak hem korter; er is verder niets veranderd.
error-host_not_found = Reclaim vond geen adres om over deze site naar te schrijven, dus er werd niets bewaard.
error-already_removed = Dit is al uit het dossier gehaald. Er is verder niets veranderd.
error-not_marked_sent = Dit verzoek staat niet als verstuurd, dus er is niets terug te draaien. Er is niets veranderd.

# The particulars of an error (reclaim-core's ErrorDetail), shown instead of the
# general sentence when the core says which field or limit it is about.
error-detail-missing = Vul dit in: { $field }.
error-detail-too_long = { $field }: maximaal { $max } tekens, alsjeblieft.
error-detail-too_short = { $field }: minstens { $min } tekens, alsjeblieft.
error-detail-bad_format = { $field } lijkt niet te kloppen. Zo zou het eruit moeten zien: { $expected }
error-detail-not_one_of = { $field }: kies uit { $allowed }.
error-detail-file_too_large = Dit bestand is te groot om veilig te openen (maximaal { $megabytes } MB).
error-detail-already_recorded = { $field } is al bewaard en werd niet opnieuw toegevoegd.
error-detail-not_allowed_now = Deze stap kan niet volgen op de vorige. Er is niets veranderd.
error-detail-url_refused = Deze link is niet bewaard. { $reason }
error-detail-damaged = { $part ->
    [key_file] Het bestand dat dit dossier afsluit is beschadigd, en de kopie ervan ook. Dit is geen verkeerde wachtzin, en er is geen poging geteld. Heb je een overdrachtskopie van het dossier, dan kun je die importeren.
   *[database] De gegevens van dit dossier zijn beschadigd, en de reservekopie ook. Dit is geen verkeerde wachtzin, en er is geen poging geteld. Heb je een overdrachtskopie van het dossier, dan kun je die importeren.
}
error-detail-wrong_workspace_passphrase = Die wachtzin opende je lijst met dossiers niet. Probeer het opnieuw. Je dossiers blijven zoals ze zijn.

# Names of the fields an error can point at (reclaim-core's Field).
field-name = Naam
field-email = E-mailadres
field-country = Land
field-language = Taal
field-label = Label
field-passphrase = Wachtzin
field-url = Link
field-note = Notitie
field-ticket = Ticketnummer
field-case_number = Dossiernummer
field-date = Datum
field-text = Tekst
field-platform = Website of app
field-status = Status
field-situation = Wat er gebeurt
field-kind = Soort
