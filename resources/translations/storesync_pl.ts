<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unavailable</source>
        <translation>niedostępne</translation>
    </message>
    <message>
        <source>About StoreSync</source>
        <translation>O programie StoreSync</translation>
    </message>
    <message>
        <source>Keeps the stock and orders of several online stores in step, from the system tray.</source>
        <translation>Utrzymuje zgodność stanów magazynowych i zamówień wielu sklepów internetowych, z zasobnika systemowego.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Wersja:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Dzienniki:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Pęk kluczy:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Środowisko:</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Coś poszło nie tak; szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Synchronizuj wszystko teraz</translation>
    </message>
    <message>
        <source>There is nothing to sync yet: add a store first.</source>
        <translation>Nie ma jeszcze czego synchronizować: najpierw dodaj sklep.</translation>
    </message>
    <message>
        <source>Could not preview the push</source>
        <translation>Nie udało się pokazać podglądu wysyłki</translation>
    </message>
    <message>
        <source>Could not start the push</source>
        <translation>Nie udało się rozpocząć wysyłki</translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation>Nie udało się wstrzymać</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>Nie udało się wznowić</translation>
    </message>
    <message>
        <source>Could not pause all</source>
        <translation>Nie udało się wstrzymać wszystkiego</translation>
    </message>
    <message>
        <source>Could not resume all</source>
        <translation>Nie udało się wznowić wszystkiego</translation>
    </message>
    <message>
        <source>Could not add the demo stores</source>
        <translation>Nie udało się dodać sklepów demonstracyjnych</translation>
    </message>
    <message>
        <source>Store editor</source>
        <translation>Edytor sklepu</translation>
    </message>
    <message>
        <source>The store editor is not available in this build.</source>
        <translation>Edytor sklepu nie jest dostępny w tej wersji.</translation>
    </message>
    <message>
        <source>Connecting to a server is not available in this build.</source>
        <translation>Łączenie z serwerem nie jest dostępne w tej wersji.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>The settings dialog is not available in this build.</source>
        <translation>Okno ustawień nie jest dostępne w tej wersji.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
    <message>
        <source>Could not open a file manager. The data folder is {path}</source>
        <translation>Nie udało się otworzyć menedżera plików. Folder danych to {path}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Nieaktualne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Brak zadań</translation>
    </message>
    <message>
        <source>Last run {when}</source>
        <translation>Ostatni przebieg {when}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>nic nie zaplanowano</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>następny {when}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln pozycja</numerusform>
            <numerusform>%Ln pozycje</numerusform>
            <numerusform>%Ln pozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low</source>
        <translation>
            <numerusform>%Ln niski</numerusform>
            <numerusform>%Ln niskie</numerusform>
            <numerusform>%Ln niskich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 24 h</source>
        <translation>
            <numerusform>%Ln błąd w 24 h</numerusform>
            <numerusform>%Ln błędy w 24 h</numerusform>
            <numerusform>%Ln błędów w 24 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Charts need PySide6-Addons, which this installation lacks; the table has the same data.</source>
        <translation>Wykresy wymagają pakietu PySide6-Addons, którego brak w tej instalacji; tabela zawiera te same dane.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <source>only for a server with a certificate of its own</source>
        <translation>tylko dla serwera z własnym certyfikatem</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Plik certyfikatu:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Nie udało się połączyć: {reason}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Wyeksportowano %Ln przebieg do {path}</numerusform>
            <numerusform>Wyeksportowano %Ln przebiegi do {path}</numerusform>
            <numerusform>Wyeksportowano %Ln przebiegów do {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%Ln sync(s) were cut off when StoreSync last stopped; the history marks them interrupted.</source>
        <translation>
            <numerusform>%Ln synchronizacja została przerwana przy ostatnim zamknięciu StoreSync; historia oznacza ją jako przerwaną.</numerusform>
            <numerusform>%Ln synchronizacje zostały przerwane przy ostatnim zamknięciu StoreSync; historia oznacza je jako przerwane.</numerusform>
            <numerusform>%Ln synchronizacji zostało przerwanych przy ostatnim zamknięciu StoreSync; historia oznacza je jako przerwane.</numerusform>
        </translation>
    </message>
    <message>
        <source>StoreSync keeps running</source>
        <translation>StoreSync nadal działa</translation>
    </message>
    <message>
        <source>Your stores keep syncing in the background. Open StoreSync from this icon; choose Quit in its menu to stop. You can change this in Settings.</source>
        <translation>Twoje sklepy są nadal synchronizowane w tle. Otwórz StoreSync z tej ikony; aby zakończyć, wybierz Zakończ w jej menu. Możesz to zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Could not save a setting</source>
        <translation>Nie udało się zapisać ustawienia</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No stores yet</source>
        <translation>Brak sklepów</translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, BaseLinker, Amazon or any JSON API store, and StoreSync keeps its stock and orders in step on the schedule you choose.
Not ready yet? The demo stores run on this computer and show how it works.</source>
        <translation>Połącz sklep Shopify, WooCommerce, BaseLinker, Amazon lub dowolny sklep z API JSON, a StoreSync będzie utrzymywać zgodność jego stanów i zamówień według wybranego harmonogramu.
Jeszcze nie teraz? Sklepy demonstracyjne działają na tym komputerze i pokazują, jak to działa.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Dodaj sklep</translation>
    </message>
    <message>
        <source>Try the demo stores</source>
        <translation>Wypróbuj sklepy demonstracyjne</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong ({kind}). StoreSync keeps running; the details were written to the log.</source>
        <translation>Wystąpił nieoczekiwany błąd ({kind}). StoreSync działa dalej; szczegóły zapisano w dzienniku.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min temu</numerusform>
            <numerusform>%Ln min temu</numerusform>
            <numerusform>%Ln min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln godz. temu</numerusform>
            <numerusform>%Ln godz. temu</numerusform>
            <numerusform>%Ln godz. temu</numerusform>
        </translation>
    </message>
    <message>
        <source>in {s} s</source>
        <translation>za {s} s</translation>
    </message>
    <message>
        <source>in {m} min {s} s</source>
        <translation>za {m} min {s} s</translation>
    </message>
    <message>
        <source>in {h} h {m} min</source>
        <translation>za {h} godz. {m} min</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nie zaplanowano</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} godz. {m} min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetched</source>
        <translation>
            <numerusform>pobrano %Ln</numerusform>
            <numerusform>pobrano %Ln</numerusform>
            <numerusform>pobrano %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nowy</numerusform>
            <numerusform>%Ln nowe</numerusform>
            <numerusform>%Ln nowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln zaktualizowany</numerusform>
            <numerusform>%Ln zaktualizowane</numerusform>
            <numerusform>%Ln zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln usunięty</numerusform>
            <numerusform>%Ln usunięte</numerusform>
            <numerusform>%Ln usuniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln nieudany</numerusform>
            <numerusform>%Ln nieudane</numerusform>
            <numerusform>%Ln nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (not stock)</source>
        <translation>
            <numerusform>%Ln pominięty (nie towar)</numerusform>
            <numerusform>%Ln pominięte (nie towar)</numerusform>
            <numerusform>%Ln pominiętych (nie towar)</numerusform>
        </translation>
    </message>
    <message>
        <source>page {p} · {n}</source>
        <translation>strona {p} · {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln pozycja</numerusform>
            <numerusform>%Ln pozycje</numerusform>
            <numerusform>%Ln pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Stock push</source>
        <translation>Wysyłka stanów</translation>
    </message>
    <message>
        <source>Low-stock check</source>
        <translation>Kontrola niskich stanów</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Porządkowanie</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Przesyłki</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Według harmonogramu</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Nadrabianie</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Pierwsza synchronizacja</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Wiersz poleceń</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Udane</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Częściowe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Przerwane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Wszystko w porządku</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>A sync failed</source>
        <translation>Synchronizacja nie powiodła się</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>All stores</source>
        <translation>Wszystkie sklepy</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (usunięty)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>sklep</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any time</source>
        <translation>Dowolny czas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ostatnie 24 godziny</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Filter history by store</source>
        <translation>Filtruj historię według sklepu</translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation>Filtruj historię według zadania</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Wszystkie zadania</translation>
    </message>
    <message>
        <source>Filter history by result</source>
        <translation>Filtruj historię według wyniku</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Wszystkie wyniki</translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation>Filtruj historię według daty</translation>
    </message>
    <message>
        <source>Run details…</source>
        <translation>Szczegóły przebiegu…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Historia synchronizacji</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln przebieg</numerusform>
            <numerusform>%Ln przebiegi</numerusform>
            <numerusform>%Ln przebiegów</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Wyeksportowano %Ln przebieg do {path}</numerusform>
            <numerusform>Wyeksportowano %Ln przebiegi do {path}</numerusform>
            <numerusform>Wyeksportowano %Ln przebiegów do {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation>Nie udało się wyeksportować historii</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnio widziany</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>Not read yet: scroll on to load more</source>
        <translation>Jeszcze nie wczytano: przewiń dalej, aby wczytać więcej</translation>
    </message>
    <message>
        <source> — low stock</source>
        <translation> — niski stan</translation>
    </message>
    <message>
        <source>Last seen {when}</source>
        <translation>Ostatnio widziany {when}</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Search SKU or name</source>
        <translation>Szukaj SKU lub nazwy</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>Szukaj w magazynie</translation>
    </message>
    <message>
        <source>SKU history…</source>
        <translation>Historia SKU…</translation>
    </message>
    <message>
        <source>History of the selected SKU</source>
        <translation>Historia wybranego SKU</translation>
    </message>
    <message>
        <source>Import thresholds…</source>
        <translation>Importuj progi…</translation>
    </message>
    <message>
        <source>Low-stock thresholds per SKU from a CSV file: sku,threshold</source>
        <translation>Progi niskiego stanu dla SKU z pliku CSV: sku,threshold</translation>
    </message>
    <message>
        <source>Inventory across stores</source>
        <translation>Magazyn we wszystkich sklepach</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %Ln or fewer in stock</source>
        <translation>
            <numerusform>Wyróżnione: %Ln sztuka lub mniej w magazynie</numerusform>
            <numerusform>Wyróżnione: %Ln sztuki lub mniej w magazynie</numerusform>
            <numerusform>Wyróżnione: %Ln sztuk lub mniej w magazynie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln SKU(s) with a threshold of their own)</source>
        <translation>
            <numerusform> (%Ln SKU z własnym progiem)</numerusform>
            <numerusform> (%Ln SKU z własnym progiem)</numerusform>
            <numerusform> (%Ln SKU z własnym progiem)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the inventory: {reason}</source>
        <translation>Nie udało się odczytać stanów magazynowych: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store item(s)</source>
        <translation>
            <numerusform>%Ln pozycja sklepu</numerusform>
            <numerusform>%Ln pozycje sklepów</numerusform>
            <numerusform>%Ln pozycji sklepów</numerusform>
        </translation>
    </message>
    <message>
        <source>Import low-stock thresholds</source>
        <translation>Importuj progi niskiego stanu</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Nie udało się odczytać {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemsChangedChart</name>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Pozycje zmienione w przebiegu</translation>
    </message>
    <message>
        <source>The runs could not be read: {error}</source>
        <translation>Nie udało się odczytać przebiegów: {error}</translation>
    </message>
    <message>
        <source>No stock run yet.</source>
        <translation>Jeszcze nie było przebiegu stanów.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>Zmienione pozycje</translation>
    </message>
</context>
<context>
    <name>JobScheduleDialog</name>
    <message>
        <source>Edit schedule: {job}</source>
        <translation>Edytuj harmonogram: {job}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Could not save the schedule: {reason}</source>
        <translation>Nie udało się zapisać harmonogramu: {reason}</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Idle</source>
        <translation>Bezczynne</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Udane</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Częściowe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Przerwane</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Ograniczone limitem</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Nieaktualne</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Wszystkie sklepy</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>All stores</source>
        <translation>Wszystkie sklepy</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Lowest level shown</source>
        <translation>Najniższy pokazywany poziom</translation>
    </message>
    <message>
        <source>{level} and above</source>
        <translation>{level} i wyższe</translation>
    </message>
    <message>
        <source>Filter log by store</source>
        <translation>Filtruj dziennik według sklepu</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Przebieg nr</translation>
    </message>
    <message>
        <source>Filter log by run number</source>
        <translation>Filtruj dziennik według numeru przebiegu</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Szukaj w dzienniku</translation>
    </message>
    <message>
        <source>Pause autoscroll</source>
        <translation>Wstrzymaj przewijanie</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Wiersze dziennika</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new</source>
        <translation>
            <numerusform>Wstrzymano — %Ln nowy</numerusform>
            <numerusform>Wstrzymano — %Ln nowe</numerusform>
            <numerusform>Wstrzymano — %Ln nowych</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Eksportuj dziennik</translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation>Tekst (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log line(s) to {path}</source>
        <translation>
            <numerusform>Wyeksportowano %Ln wiersz dziennika do {path}</numerusform>
            <numerusform>Wyeksportowano %Ln wiersze dziennika do {path}</numerusform>
            <numerusform>Wyeksportowano %Ln wierszy dziennika do {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the log</source>
        <translation>Nie udało się wyeksportować dziennika</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Panels</source>
        <translation>Panele</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>P&amp;odsumowanie</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Sklepy</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Nadchodzące</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Magazyn</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>&amp;Zamówienia</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Dziennik</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Dodaj sklep…</translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation>&amp;Synchronizuj wszystko teraz</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>&amp;Wstrzymaj wszystko</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otwórz &amp;folder danych</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Połącz z serwerem…</translation>
    </message>
    <message>
        <source>&amp;About StoreSync</source>
        <translation>&amp;O programie StoreSync</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronizacja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln w toku</numerusform>
            <numerusform>%Ln w toku</numerusform>
            <numerusform>%Ln w toku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln czeka</numerusform>
            <numerusform>%Ln czekają</numerusform>
            <numerusform>%Ln czeka</numerusform>
        </translation>
    </message>
    <message>
        <source>No run scheduled</source>
        <translation>Brak zaplanowanych przebiegów</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Następny: {store} {when}</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>&amp;Wznów wszystko</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>Baza danych była uszkodzona</translation>
    </message>
    <message>
        <source>StoreSync found its database damaged ({reason}) and started a new one. The old file was kept at:
{path}

Stores and settings need to be added again.</source>
        <translation>StoreSync wykrył uszkodzenie bazy danych ({reason}) i założył nową. Stary plik zachowano w:
{path}

Sklepy i ustawienia trzeba dodać ponownie.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>all stores</source>
        <translation>wszystkie sklepy</translation>
    </message>
    <message>
        <source>A store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>{name} failed</source>
        <translation>{name}: niepowodzenie</translation>
    </message>
    <message>
        <source>{name} works again</source>
        <translation>{name} znów działa</translation>
    </message>
    <message>
        <source>The last run ended {status}.</source>
        <translation>Ostatni przebieg zakończył się: {status}.</translation>
    </message>
    <message>
        <source>{name} paused itself</source>
        <translation>{name} wstrzymało się samo</translation>
    </message>
    <message>
        <source>{store} needs attention</source>
        <translation>{store} wymaga uwagi</translation>
    </message>
    <message>
        <source>{store}: stock data is stale</source>
        <translation>{store}: dane o stanach są nieaktualne</translation>
    </message>
    <message>
        <source>Low stock in {store}</source>
        <translation>Niski stan w {store}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> i %Ln inny</numerusform>
            <numerusform> i %Ln inne</numerusform>
            <numerusform> i %Ln innych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) at or below their low-stock threshold: {skus}</source>
        <translation>
            <numerusform>%Ln SKU na progu niskiego stanu lub poniżej: {skus}</numerusform>
            <numerusform>%Ln SKU na progu niskiego stanu lub poniżej: {skus}</numerusform>
            <numerusform>%Ln SKU na progu niskiego stanu lub poniżej: {skus}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Order {number} — {store}</source>
        <translation>Zamówienie {number} — {store}</translation>
    </message>
    <message>
        <source>{status} (the store says “{remote}”)</source>
        <translation>{status} (sklep podaje „{remote}”)</translation>
    </message>
    <message>
        <source>Placed {time} · total {total} {currency}</source>
        <translation>Złożone {time} · razem {total} {currency}</translation>
    </message>
    <message>
        <source>Ships to {country}</source>
        <translation>Wysyłka do: {country}</translation>
    </message>
    <message>
        <source>Tracking number {tracking}</source>
        <translation>Numer przesyłki {tracking}</translation>
    </message>
    <message>
        <source>Status history of this order</source>
        <translation>Historia stanów tego zamówienia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Zgłoszone przez</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Ich słowami</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Filter orders by store</source>
        <translation>Filtruj zamówienia według sklepu</translation>
    </message>
    <message>
        <source>Filter orders by status</source>
        <translation>Filtruj zamówienia według stanu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <source>Filter orders by date</source>
        <translation>Filtruj zamówienia według daty</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Dowolna data</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ostatnie 24 godziny</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Order details…</source>
        <translation>Szczegóły zamówienia…</translation>
    </message>
    <message>
        <source>Orders of every store</source>
        <translation>Zamówienia ze wszystkich sklepów</translation>
    </message>
    <message>
        <source>Could not read the orders: {reason}</source>
        <translation>Nie udało się odczytać zamówień: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln zamówienie</numerusform>
            <numerusform>%Ln zamówienia</numerusform>
            <numerusform>%Ln zamówień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overall state</source>
        <translation>Stan ogólny</translation>
    </message>
    <message>
        <source>Today&apos;s totals</source>
        <translation>Dzisiejsze sumy</translation>
    </message>
    <message>
        <source>Stores at a glance</source>
        <translation>Sklepy w skrócie</translation>
    </message>
    <message>
        <source>No stores yet</source>
        <translation>Brak sklepów</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) need attention</source>
        <translation>
            <numerusform>%Ln sklep wymaga uwagi</numerusform>
            <numerusform>%Ln sklepy wymagają uwagi</numerusform>
            <numerusform>%Ln sklepów wymaga uwagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing is paused</source>
        <translation>Synchronizacja jest wstrzymana</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) have not synced for a while</source>
        <translation>
            <numerusform>%Ln sklep od dawna się nie synchronizował</numerusform>
            <numerusform>%Ln sklepy od dawna się nie synchronizowały</numerusform>
            <numerusform>%Ln sklepów od dawna się nie synchronizowało</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step, next sync {time}</source>
        <translation>
            <numerusform>Sklep zgodny (%Ln), następna synchronizacja {time}</numerusform>
            <numerusform>Wszystkie %Ln sklepy zgodne, następna synchronizacja {time}</numerusform>
            <numerusform>Wszystkie %Ln sklepów zgodnych, następna synchronizacja {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step</source>
        <translation>
            <numerusform>Sklep zgodny (%Ln)</numerusform>
            <numerusform>Wszystkie %Ln sklepy zgodne</numerusform>
            <numerusform>Wszystkie %Ln sklepów zgodnych</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: {reason}</source>
        <translation>Nie udało się odczytać danych: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln run(s)</source>
        <translation>
            <numerusform>Dziś: %Ln przebieg</numerusform>
            <numerusform>Dziś: %Ln przebiegi</numerusform>
            <numerusform>Dziś: %Ln przebiegów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>%Ln pozycja zmieniona</numerusform>
            <numerusform>%Ln pozycje zmienione</numerusform>
            <numerusform>%Ln pozycji zmienionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported</source>
        <translation>
            <numerusform>%Ln zamówienie zaimportowane</numerusform>
            <numerusform>%Ln zamówienia zaimportowane</numerusform>
            <numerusform>%Ln zamówień zaimportowanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Pobrane</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Śledzenie</translation>
    </message>
</context>
<context>
    <name>PlatformFields</name>
    <message>
        <source>Shop address</source>
        <translation>Adres sklepu</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify address, e.g. my-shop.myshopify.com.</source>
        <translation>Adres Twojego sklepu w domenie myshopify, np. my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Wersja API</translation>
    </message>
    <message>
        <source>The Shopify API version to use. Keep the default unless support tells you otherwise.</source>
        <translation>Wersja API Shopify, której StoreSync używa. Zostaw domyślną, chyba że pomoc techniczna zaleci inną.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>The Shopify location whose stock is synced. Leave empty to use every location.</source>
        <translation>Lokalizacja Shopify, której stany są synchronizowane. Zostaw puste, aby użyć wszystkich lokalizacji.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Token dostępu Admin API</translation>
    </message>
    <message>
        <source>From Settings &gt; Apps &gt; Develop apps &gt; your app &gt; API credentials (starts with shpat_).</source>
        <translation>Z Settings &gt; Apps &gt; Develop apps &gt; Twoja aplikacja &gt; API credentials (zaczyna się od shpat_).</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Statusy zamówień</translation>
    </message>
    <message>
        <source>How this store&apos;s order statuses read in StoreSync: one &apos;store status = ours&apos; per line; ours is one of pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</source>
        <translation>Jak statusy zamówień tego sklepu brzmią w StoreSync: jeden wiersz &apos;status sklepu = nasz status&apos; na status; nasz to jeden z: pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</translation>
    </message>
    <message>
        <source>The address of your WordPress site, e.g. https://shop.example.com.</source>
        <translation>Adres Twojej witryny WordPress, np. https://shop.example.com.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Klucz klienta</translation>
    </message>
    <message>
        <source>From WooCommerce &gt; Settings &gt; Advanced &gt; REST API (starts with ck_). Needs Read/Write access.</source>
        <translation>Z WooCommerce &gt; Ustawienia &gt; Zaawansowane &gt; REST API (zaczyna się od ck_). Wymaga uprawnień Odczyt/Zapis.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Sekret klienta</translation>
    </message>
    <message>
        <source>Shown next to the consumer key (starts with cs_).</source>
        <translation>Widoczny obok klucza klienta (zaczyna się od cs_).</translation>
    </message>
    <message>
        <source>How to send the key</source>
        <translation>Sposób wysyłania klucza</translation>
    </message>
    <message>
        <source>Keep &apos;basic&apos;. Choose &apos;query&apos; only if the connection test says the consumer key is missing (some hosts strip the login header).</source>
        <translation>Zostaw &apos;basic&apos;. Wybierz &apos;query&apos; tylko wtedy, gdy test połączenia zgłasza brak klucza klienta (niektóre serwery usuwają nagłówek logowania).</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>basic</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>ID katalogu</translation>
    </message>
    <message>
        <source>The BaseLinker catalog (inventory) to sync.</source>
        <translation>Katalog BaseLinkera (inventory), który jest synchronizowany.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <source>The warehouse whose stock is synced, e.g. bl_123. Warehouses of external shops are read-only.</source>
        <translation>Magazyn, którego stany są synchronizowane, np. bl_123. Magazyny sklepów zewnętrznych są tylko do odczytu.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>From BaseLinker &gt; My account &gt; API.</source>
        <translation>Z BaseLinkera &gt; Moje konto &gt; API.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where your seller account lives: na (Americas), eu (Europe, Middle East, India), fe (Far East).</source>
        <translation>Gdzie jest Twoje konto sprzedawcy: na (Ameryki), eu (Europa, Bliski Wschód, Indie), fe (Daleki Wschód).</translation>
    </message>
    <message>
        <source>na</source>
        <translation>na</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>eu</translation>
    </message>
    <message>
        <source>fe</source>
        <translation>fe</translation>
    </message>
    <message>
        <source>Marketplace ID</source>
        <translation>ID rynku (marketplace)</translation>
    </message>
    <message>
        <source>The marketplace to read, e.g. A1PA6795UKMFR9 for Germany.</source>
        <translation>Rynek, z którego StoreSync czyta, np. A1PA6795UKMFR9 dla Niemiec.</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>ID klienta LWA</translation>
    </message>
    <message>
        <source>From Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</source>
        <translation>Z Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</translation>
    </message>
    <message>
        <source>LWA client secret</source>
        <translation>Sekret klienta LWA</translation>
    </message>
    <message>
        <source>Shown next to the client ID.</source>
        <translation>Widoczny obok ID klienta.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token odświeżania</translation>
    </message>
    <message>
        <source>Created when you authorise the app for your seller account.</source>
        <translation>Powstaje, gdy autoryzujesz aplikację dla swojego konta sprzedawcy.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adres API</translation>
    </message>
    <message>
        <source>The start of every address, e.g. https://erp.example.com/api.</source>
        <translation>Początek każdego adresu, np. https://erp.example.com/api.</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Metoda logowania</translation>
    </message>
    <message>
        <source>How the API checks who you are: none, a bearer token, a custom header, a user name and password (basic), a key in the address (query) or in the request body (body), a login request that returns a token (login), OAuth2 client credentials (oauth2), or the user name, password and user token posted as a form with every request (form).</source>
        <translation>Jak API sprawdza, kim jesteś: brak, token typu bearer (bearer), własny nagłówek (header), nazwa użytkownika i hasło (basic), klucz w adresie (query) lub w treści żądania (body), żądanie logowania zwracające token (login), dane uwierzytelniające klienta OAuth2 (oauth2) albo nazwa użytkownika, hasło i token użytkownika wysyłane jako formularz z każdym żądaniem (form).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>bearer</source>
        <translation>bearer</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>oauth2</source>
        <translation>oauth2</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>Key field in the body</source>
        <translation>Pole klucza w treści</translation>
    </message>
    <message>
        <source>For the &apos;body&apos; login, or a token sent in the body: the field&apos;s (dotted) name, e.g. api_key.</source>
        <translation>Dla logowania &apos;body&apos; lub tokenu wysyłanego w treści: nazwa pola (z kropkami), np. api_key.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nazwa nagłówka</translation>
    </message>
    <message>
        <source>For the &apos;header&apos; login: the header&apos;s name, e.g. X-Api-Key.</source>
        <translation>Dla logowania &apos;header&apos;: nazwa nagłówka, np. X-Api-Key.</translation>
    </message>
    <message>
        <source>Key parameter name</source>
        <translation>Nazwa parametru klucza</translation>
    </message>
    <message>
        <source>For the &apos;query&apos; login: the parameter&apos;s name, e.g. api_key.</source>
        <translation>Dla logowania &apos;query&apos;: nazwa parametru, np. api_key.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>For the &apos;basic&apos;, &apos;login&apos; and &apos;form&apos; logins.</source>
        <translation>Dla logowania &apos;basic&apos;, &apos;login&apos; i &apos;form&apos;.</translation>
    </message>
    <message>
        <source>Token, key or password</source>
        <translation>Token, klucz lub hasło</translation>
    </message>
    <message>
        <source>The value the login method sends.</source>
        <translation>Wartość, którą wysyła metoda logowania.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Token użytkownika</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: the account&apos;s password.</source>
        <translation>Dla kroku &apos;login&apos; lub logowania &apos;form&apos;: hasło konta.</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: a token the vendor issues to your account, if it asks for one.</source>
        <translation>Dla kroku &apos;login&apos; lub logowania &apos;form&apos;: token, który dostawca wydaje Twojemu kontu, jeśli go wymaga.</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>ID klienta OAuth2</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client ID the vendor gave you.</source>
        <translation>Dla &apos;oauth2&apos;: ID klienta otrzymane od dostawcy.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Sekret klienta</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client secret.</source>
        <translation>Dla &apos;oauth2&apos;: sekret klienta.</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Adres logowania</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: the path (or address) that gives a token, e.g. /auth/token.</source>
        <translation>Dla &apos;login&apos; i &apos;oauth2&apos;: ścieżka (lub adres), która wydaje token, np. /auth/token.</translation>
    </message>
    <message>
        <source>Login request</source>
        <translation>Żądanie logowania</translation>
    </message>
    <message>
        <source>For &apos;login&apos;: the JSON sent; {username}, {password}, {user_token} and {secret} are filled in from the store&apos;s settings and keychain.</source>
        <translation>Dla &apos;login&apos;: wysyłany JSON; {username}, {password}, {user_token} i {secret} są uzupełniane z ustawień sklepu i pęku kluczy.</translation>
    </message>
    <message>
        <source>Token in the login answer</source>
        <translation>Token w odpowiedzi logowania</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: dotted path to the token, e.g. access_token.</source>
        <translation>Dla &apos;login&apos; i &apos;oauth2&apos;: ścieżka z kropkami do tokenu, np. access_token.</translation>
    </message>
    <message>
        <source>Token lifetime in the answer</source>
        <translation>Czas ważności tokenu w odpowiedzi</translation>
    </message>
    <message>
        <source>Dotted path to the token&apos;s lifetime in seconds, e.g. expires_in; empty: kept until refused.</source>
        <translation>Ścieżka z kropkami do czasu ważności tokenu w sekundach, np. expires_in; puste: używany, dopóki nie zostanie odrzucony.</translation>
    </message>
    <message>
        <source>How to send the token</source>
        <translation>Sposób wysyłania tokenu</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: as a bearer token, in the header named above, in the address parameter named above, or in the request body field named above.</source>
        <translation>Dla &apos;login&apos; i &apos;oauth2&apos;: jako token typu bearer, w nagłówku podanym wyżej, w parametrze adresu podanym wyżej albo w polu treści żądania podanym wyżej.</translation>
    </message>
    <message>
        <source>OAuth2 scope</source>
        <translation>Zakres OAuth2</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the scope to ask for, if the API wants one.</source>
        <translation>Dla &apos;oauth2&apos;: zakres, o który trzeba poprosić, jeśli API go wymaga.</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Metoda żądania</translation>
    </message>
    <message>
        <source>GET for most APIs; POST for APIs that take the request as a JSON body (RPC-style ERPs).</source>
        <translation>GET dla większości API; POST dla API, które przyjmują żądanie jako treść JSON (systemy ERP w stylu RPC).</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>POST</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Treść żądania</translation>
    </message>
    <message>
        <source>For POST: the JSON sent with every list request; page, cursor and changed-since values are placed in it under their parameter names (a dotted name places them inside an object).</source>
        <translation>Dla POST: JSON wysyłany z każdym żądaniem listy; wartości strony, kursora i „zmienione od” trafiają do niego pod nazwami swoich parametrów (nazwa z kropkami umieszcza je wewnątrz obiektu).</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Dodatkowe nagłówki</translation>
    </message>
    <message>
        <source>Optional: headers sent with every request, as a JSON object, e.g. {&quot;Accept-Language&quot;: &quot;en&quot;}.</source>
        <translation>Opcjonalnie: nagłówki wysyłane z każdym żądaniem, jako obiekt JSON, np. {&quot;Accept-Language&quot;: &quot;en&quot;}.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Tempo żądań</translation>
    </message>
    <message>
        <source>Optional: the most requests StoreSync sends, e.g. 5/s or 100/min.</source>
        <translation>Opcjonalnie: największa liczba żądań, jaką wysyła StoreSync, np. 5/s lub 100/min.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Równoczesne żądania</translation>
    </message>
    <message>
        <source>The most requests on the wire at once, for all this store&apos;s jobs together. 2: the next page is asked for while this one is stored; 1: one request at a time.</source>
        <translation>Największa liczba żądań w toku naraz, łącznie dla wszystkich zadań tego sklepu. 2: następna strona jest pobierana, gdy bieżąca jest zapisywana; 1: jedno żądanie naraz.</translation>
    </message>
    <message>
        <source>Success in the answer</source>
        <translation>Sukces w odpowiedzi</translation>
    </message>
    <message>
        <source>Optional, for APIs that answer 200 even when a call fails and say so in the body: dotted path to the value that tells, e.g. status_code or isError. Every answer is checked: reads, the login and writes.</source>
        <translation>Opcjonalnie, dla API, które odpowiadają 200 nawet wtedy, gdy wywołanie się nie powiedzie, i mówią o tym w treści: ścieżka z kropkami do wartości, która o tym informuje, np. status_code lub isError. Sprawdzana jest każda odpowiedź: odczyty, logowanie i zapisy.</translation>
    </message>
    <message>
        <source>Success value</source>
        <translation>Wartość sukcesu</translation>
    </message>
    <message>
        <source>The value at that path that means success, e.g. R200, or false for an isError flag; several separated by commas. Any other value fails the call.</source>
        <translation>Wartość pod tą ścieżką, która oznacza sukces, np. R200, albo false dla flagi isError; kilka rozdzielonych przecinkami. Każda inna wartość oznacza nieudane wywołanie.</translation>
    </message>
    <message>
        <source>API&apos;s error message</source>
        <translation>Komunikat błędu API</translation>
    </message>
    <message>
        <source>Dotted path to the API&apos;s own message in a failing answer, e.g. msg or messages; it is shown with the store&apos;s name.</source>
        <translation>Ścieżka z kropkami do własnego komunikatu API w odpowiedzi z błędem, np. msg lub messages; jest pokazywany z nazwą sklepu.</translation>
    </message>
    <message>
        <source>Values for refused credentials</source>
        <translation>Wartości odrzuconych danych logowania</translation>
    </message>
    <message>
        <source>Optional: values at the success path that mean the credentials were refused, e.g. R401; reported as a credentials problem (a login token is renewed once first).</source>
        <translation>Opcjonalnie: wartości pod ścieżką sukcesu, które oznaczają odrzucenie danych logowania, np. R401; zgłaszane jako problem z danymi logowania (najpierw token logowania jest raz odnawiany).</translation>
    </message>
    <message>
        <source>Stock endpoint</source>
        <translation>Endpoint stanów</translation>
    </message>
    <message>
        <source>The path that lists your products, e.g. /products or stock/list.</source>
        <translation>Ścieżka, która zwraca listę Twoich produktów, np. /products lub stock/list.</translation>
    </message>
    <message>
        <source>Where the list is</source>
        <translation>Gdzie jest lista</translation>
    </message>
    <message>
        <source>Dotted path to the product list in the answer, e.g. data.items; empty if it is the list.</source>
        <translation>Ścieżka z kropkami do listy produktów w odpowiedzi, np. data.items; puste, jeśli odpowiedź jest listą.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Stronicowanie</translation>
    </message>
    <message>
        <source>How the API splits long lists: none, page numbers, offset and limit, a cursor in the answer (a token, or a whole address), a next-page address in the answer, the next page&apos;s number in the answer, or a Link header.</source>
        <translation>Jak API dzieli długie listy: brak, numery stron, przesunięcie i limit, kursor w odpowiedzi (token albo cały adres), adres następnej strony w odpowiedzi, numer następnej strony w odpowiedzi albo nagłówek Link.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <source>cursor_body</source>
        <translation>cursor_body</translation>
    </message>
    <message>
        <source>next_url_body</source>
        <translation>next_url_body</translation>
    </message>
    <message>
        <source>next_page_body</source>
        <translation>next_page_body</translation>
    </message>
    <message>
        <source>link_header</source>
        <translation>link_header</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>Parametr strony</translation>
    </message>
    <message>
        <source>Name of the page-number parameter.</source>
        <translation>Nazwa parametru numeru strony.</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Parametr rozmiaru strony</translation>
    </message>
    <message>
        <source>Name of the page-size parameter; empty to not send one.</source>
        <translation>Nazwa parametru rozmiaru strony; puste, aby go nie wysyłać.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Rozmiar strony</translation>
    </message>
    <message>
        <source>How many records to ask for per page.</source>
        <translation>Ile rekordów pobierać na stronę.</translation>
    </message>
    <message>
        <source>Total pages header</source>
        <translation>Nagłówek liczby stron</translation>
    </message>
    <message>
        <source>Header that tells how many pages there are.</source>
        <translation>Nagłówek, który podaje, ile jest stron.</translation>
    </message>
    <message>
        <source>Total pages in the answer</source>
        <translation>Liczba stron w odpowiedzi</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of pages inside the answer, e.g. meta.total_pages.</source>
        <translation>Opcjonalnie: ścieżka z kropkami do liczby stron w odpowiedzi, np. meta.total_pages.</translation>
    </message>
    <message>
        <source>Total records in the answer</source>
        <translation>Liczba rekordów w odpowiedzi</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of records in the whole list, e.g. count or meta.total; pages stop once that many are read.</source>
        <translation>Opcjonalnie: ścieżka z kropkami do liczby rekordów całej listy, np. count lub meta.total; pobieranie stron kończy się po odczytaniu tylu rekordów.</translation>
    </message>
    <message>
        <source>Total records header</source>
        <translation>Nagłówek liczby rekordów</translation>
    </message>
    <message>
        <source>Optional: header that tells how many records the whole list has, e.g. X-Total-Count.</source>
        <translation>Opcjonalnie: nagłówek, który podaje, ile rekordów ma cała lista, np. X-Total-Count.</translation>
    </message>
    <message>
        <source>Next page number in the answer</source>
        <translation>Numer następnej strony w odpowiedzi</translation>
    </message>
    <message>
        <source>For next-page-number pages: dotted path to it, e.g. meta.next_page; the list ends when it is empty.</source>
        <translation>Dla stron z numerem następnej strony: ścieżka z kropkami do niego, np. meta.next_page; lista kończy się, gdy jest pusty.</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Parametr przesunięcia</translation>
    </message>
    <message>
        <source>For offset pages: the offset parameter&apos;s name.</source>
        <translation>Dla stron z przesunięciem: nazwa parametru przesunięcia.</translation>
    </message>
    <message>
        <source>Limit parameter</source>
        <translation>Parametr limitu</translation>
    </message>
    <message>
        <source>For offset pages: the limit parameter&apos;s name.</source>
        <translation>Dla stron z przesunięciem: nazwa parametru limitu.</translation>
    </message>
    <message>
        <source>Cursor in the answer</source>
        <translation>Kursor w odpowiedzi</translation>
    </message>
    <message>
        <source>For cursor pages: dotted path to the next cursor.</source>
        <translation>Dla stron z kursorem: ścieżka z kropkami do następnego kursora.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Parametr kursora</translation>
    </message>
    <message>
        <source>For cursor pages: the parameter that sends the cursor back.</source>
        <translation>Dla stron z kursorem: parametr, który odsyła kursor.</translation>
    </message>
    <message>
        <source>Next page address in the answer</source>
        <translation>Adres następnej strony w odpowiedzi</translation>
    </message>
    <message>
        <source>For next-address pages: dotted path to it.</source>
        <translation>Dla stron z adresem następnej strony: ścieżka z kropkami do niego.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Mapowanie pól</translation>
    </message>
    <message>
        <source>Where each value is inside a record (dotted paths): sku, name, quantity, price, updated_at, and optionally location. Quantity may add several fields: stock.shop + stock.depot.</source>
        <translation>Gdzie w rekordzie jest każda wartość (ścieżki z kropkami): sku, name, quantity, price, updated_at i opcjonalnie location. Ilość może sumować kilka pól: stock.shop + stock.depot.</translation>
    </message>
    <message>
        <source>Records to skip</source>
        <translation>Pomijane rekordy</translation>
    </message>
    <message>
        <source>Optional: records that are not stock, skipped (not failed), e.g. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; skips a missing or empty value, &quot;!product&quot; anything but product.</source>
        <translation>Opcjonalnie: rekordy, które nie są stanami, pomijane (nie liczone jako błędy), np. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; pomija brakującą lub pustą wartość, &quot;!product&quot; wszystko oprócz product.</translation>
    </message>
    <message>
        <source>Nested stock records</source>
        <translation>Zagnieżdżone rekordy stanów</translation>
    </message>
    <message>
        <source>Optional: dotted path to a list inside each record with one stock record per element (e.g. per warehouse); values missing from an element come from its record (or parent.x).</source>
        <translation>Opcjonalnie: ścieżka z kropkami do listy wewnątrz każdego rekordu, z jednym rekordem stanu na element (np. na magazyn); wartości, których brak w elemencie, pochodzą z jego rekordu (lub parent.x).</translation>
    </message>
    <message>
        <source>Quantity per location</source>
        <translation>Ilość na lokalizację</translation>
    </message>
    <message>
        <source>Optional: one quantity field per location, e.g. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; the item&apos;s quantity is their sum.</source>
        <translation>Opcjonalnie: jedno pole ilości na lokalizację, np. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; ilość pozycji to ich suma.</translation>
    </message>
    <message>
        <source>Second endpoint</source>
        <translation>Drugi endpoint</translation>
    </message>
    <message>
        <source>Optional: a path whose records are joined to the stock records by a key; their values are read as join.x in the field mapping.</source>
        <translation>Opcjonalnie: ścieżka, której rekordy są łączone z rekordami stanów po kluczu; ich wartości odczytuje się jako join.x w mapowaniu pól.</translation>
    </message>
    <message>
        <source>Where its list is</source>
        <translation>Gdzie jest jego lista</translation>
    </message>
    <message>
        <source>Dotted path to the second endpoint&apos;s list in its answer; empty if it is the list.</source>
        <translation>Ścieżka z kropkami do listy drugiego endpointu w jego odpowiedzi; puste, jeśli odpowiedź jest listą.</translation>
    </message>
    <message>
        <source>Its key</source>
        <translation>Jego klucz</translation>
    </message>
    <message>
        <source>The key in the second endpoint&apos;s records, e.g. product_id.</source>
        <translation>Klucz w rekordach drugiego endpointu, np. product_id.</translation>
    </message>
    <message>
        <source>Matched with</source>
        <translation>Dopasowany do</translation>
    </message>
    <message>
        <source>The key in the stock records it matches, e.g. id.</source>
        <translation>Klucz w rekordach stanów, do którego jest dopasowywany, np. id.</translation>
    </message>
    <message>
        <source>Changed-since parameter</source>
        <translation>Parametr „zmienione od”</translation>
    </message>
    <message>
        <source>Optional: parameter that asks only for orders changed since the last sync.</source>
        <translation>Opcjonalnie: parametr, który prosi tylko o zamówienia zmienione od ostatniej synchronizacji.</translation>
    </message>
    <message>
        <source>Changed-since format</source>
        <translation>Format „zmienione od”</translation>
    </message>
    <message>
        <source>How the API wants that time: iso (2026-03-01T10:00:00+00:00), unix (seconds), unix_ms (milliseconds) or datetime (2026-03-01 10:00:00, UTC).</source>
        <translation>W jakiej postaci API oczekuje tego czasu: iso (2026-03-01T10:00:00+00:00), unix (sekundy), unix_ms (milisekundy) lub datetime (2026-03-01 10:00:00, UTC).</translation>
    </message>
    <message>
        <source>iso</source>
        <translation>iso</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>unix_ms</source>
        <translation>unix_ms</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>datetime</translation>
    </message>
    <message>
        <source>Orders endpoint</source>
        <translation>Endpoint zamówień</translation>
    </message>
    <message>
        <source>Optional: the path that lists orders.</source>
        <translation>Opcjonalnie: ścieżka, która zwraca listę zamówień.</translation>
    </message>
    <message>
        <source>Where the order list is</source>
        <translation>Gdzie jest lista zamówień</translation>
    </message>
    <message>
        <source>Dotted path to the order list in the answer, e.g. orders; empty if it is the list.</source>
        <translation>Ścieżka z kropkami do listy zamówień w odpowiedzi, np. orders; puste, jeśli odpowiedź jest listą.</translation>
    </message>
    <message>
        <source>Order field mapping</source>
        <translation>Mapowanie pól zamówienia</translation>
    </message>
    <message>
        <source>Where each order value is (dotted paths): id, number, status, total, currency, created_at, updated_at, customer_country (e.g. shipping.country) and tracking.</source>
        <translation>Gdzie jest każda wartość zamówienia (ścieżki z kropkami): id, number, status, total, currency, created_at, updated_at, customer_country (np. shipping.country) i tracking.</translation>
    </message>
    <message>
        <source>Shipments endpoint</source>
        <translation>Endpoint przesyłek</translation>
    </message>
    <message>
        <source>For a courier: the path that lists shipments, e.g. /parcels. Its statuses move the orders of the store named below on (the Shipments job).</source>
        <translation>Dla kuriera: ścieżka, która zwraca listę przesyłek, np. /parcels. Ich statusy przesuwają dalej zamówienia sklepu podanego niżej (zadanie Przesyłki).</translation>
    </message>
    <message>
        <source>Where the shipment list is</source>
        <translation>Gdzie jest lista przesyłek</translation>
    </message>
    <message>
        <source>Dotted path to the shipment list in the answer, e.g. parcels; empty if it is the list.</source>
        <translation>Ścieżka z kropkami do listy przesyłek w odpowiedzi, np. parcels; puste, jeśli odpowiedź jest listą.</translation>
    </message>
    <message>
        <source>Shipment field mapping</source>
        <translation>Mapowanie pól przesyłki</translation>
    </message>
    <message>
        <source>Where each shipment value is (dotted paths): reference (the order it carries), status, tracking and updated_at. Its statuses read as ours through the order statuses below.</source>
        <translation>Gdzie jest każda wartość przesyłki (ścieżki z kropkami): reference (zamówienie, które przewozi), status, tracking i updated_at. Jej statusy są przekładane na nasze przez statusy zamówień poniżej.</translation>
    </message>
    <message>
        <source>Orders it follows</source>
        <translation>Śledzone zamówienia</translation>
    </message>
    <message>
        <source>For a courier: the name of the store whose orders its shipments move on.</source>
        <translation>Dla kuriera: nazwa sklepu, którego zamówienia przesuwają dalej jego przesyłki.</translation>
    </message>
    <message>
        <source>Matched with the order&apos;s</source>
        <translation>Dopasowanie do zamówienia po</translation>
    </message>
    <message>
        <source>What a shipment&apos;s reference is in that store: the order number, or the store&apos;s id for it.</source>
        <translation>Czym jest odniesienie przesyłki w tamtym sklepie: numerem zamówienia albo identyfikatorem, który nadał mu sklep.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numer</translation>
    </message>
    <message>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <source>Write statuses back</source>
        <translation>Zapisuj statusy z powrotem</translation>
    </message>
    <message>
        <source>yes: each status a shipment moves an order to is also written to the order&apos;s own store, through that store&apos;s order status write below.</source>
        <translation>tak: każdy status, na który przesyłka przestawia zamówienie, jest też zapisywany w sklepie tego zamówienia, przez zapis statusu zamówienia tamtego sklepu (poniżej).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Order status write endpoint</source>
        <translation>Endpoint zapisu statusu zamówienia</translation>
    </message>
    <message>
        <source>Optional: the path an order&apos;s new status is written to; it may hold {id} or {number}, e.g. orders/{id}/status.</source>
        <translation>Opcjonalnie: ścieżka, pod którą zapisywany jest nowy status zamówienia; może zawierać {id} lub {number}, np. orders/{id}/status.</translation>
    </message>
    <message>
        <source>Order status write method</source>
        <translation>Metoda zapisu statusu zamówienia</translation>
    </message>
    <message>
        <source>The HTTP method of an order status write.</source>
        <translation>Metoda HTTP zapisu statusu zamówienia.</translation>
    </message>
    <message>
        <source>PUT</source>
        <translation>PUT</translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation>PATCH</translation>
    </message>
    <message>
        <source>Order status write body</source>
        <translation>Treść zapisu statusu zamówienia</translation>
    </message>
    <message>
        <source>JSON template of the body: {status} is the store&apos;s own name for the status (from the order statuses below), {tracking}, {number} and {id} are the order&apos;s.</source>
        <translation>Szablon JSON treści: {status} to własna nazwa statusu w sklepie (ze statusów zamówień poniżej), {tracking}, {number} i {id} pochodzą z zamówienia.</translation>
    </message>
    <message>
        <source>Order status write accepted codes</source>
        <translation>Akceptowane kody zapisu statusu zamówienia</translation>
    </message>
    <message>
        <source>The status codes that count as written, e.g. 200,204; empty: any 2xx.</source>
        <translation>Kody statusu, które oznaczają zapis, np. 200,204; puste: dowolny 2xx.</translation>
    </message>
    <message>
        <source>Where the written status is</source>
        <translation>Gdzie jest zapisany status</translation>
    </message>
    <message>
        <source>Optional: path to the order&apos;s status in the answer, e.g. order.status; it must read as the status sent. Empty: an accepted status code counts as written.</source>
        <translation>Opcjonalnie: ścieżka do statusu zamówienia w odpowiedzi, np. order.status; musi brzmieć jak wysłany status. Puste: akceptowany kod statusu oznacza zapis.</translation>
    </message>
    <message>
        <source>Stock update endpoint</source>
        <translation>Endpoint aktualizacji stanów</translation>
    </message>
    <message>
        <source>Optional: the path stock is written to; per item it may hold {sku} or {id}, e.g. products/{id}/stock.</source>
        <translation>Opcjonalnie: ścieżka, pod którą zapisywane są stany; przy zapisie pojedynczym może zawierać {sku} lub {id}, np. products/{id}/stock.</translation>
    </message>
    <message>
        <source>Stock write style</source>
        <translation>Sposób zapisu stanów</translation>
    </message>
    <message>
        <source>batch: one request carries many items; per_item: one request per SKU.</source>
        <translation>zbiorczo: jedno żądanie niesie wiele pozycji; pojedynczo: jedno żądanie na SKU.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>zbiorczo</translation>
    </message>
    <message>
        <source>per_item</source>
        <translation>pojedynczo</translation>
    </message>
    <message>
        <source>Stock write method</source>
        <translation>Metoda zapisu stanów</translation>
    </message>
    <message>
        <source>The HTTP method of a stock write.</source>
        <translation>Metoda HTTP zapisu stanów.</translation>
    </message>
    <message>
        <source>Stock write body</source>
        <translation>Treść zapisu stanów</translation>
    </message>
    <message>
        <source>JSON template of the body: in a batch &quot;{items}&quot; is where the list goes (default {&quot;items&quot;: &quot;{items}&quot;}); per item e.g. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</source>
        <translation>Szablon JSON treści: przy zapisie zbiorczym &quot;{items}&quot; wskazuje miejsce listy (domyślnie {&quot;items&quot;: &quot;{items}&quot;}); przy pojedynczym np. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</translation>
    </message>
    <message>
        <source>Stock write item</source>
        <translation>Pozycja zapisu stanów</translation>
    </message>
    <message>
        <source>JSON template of one item of a batch (default {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</source>
        <translation>Szablon JSON jednej pozycji zapisu zbiorczego (domyślnie {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</translation>
    </message>
    <message>
        <source>Accepted status codes</source>
        <translation>Akceptowane kody statusu</translation>
    </message>
    <message>
        <source>The status codes that count as accepted, e.g. 200,201; empty: any 2xx.</source>
        <translation>Kody statusu, które oznaczają przyjęcie, np. 200,201; puste: dowolny 2xx.</translation>
    </message>
    <message>
        <source>Where the write result is</source>
        <translation>Gdzie jest wynik zapisu</translation>
    </message>
    <message>
        <source>Batch: path to the per-item results ({sku, ok, error}); per item: path to the quantity the answer shows. Empty: the answer says nothing per item, so StoreSync reads the SKUs back.</source>
        <translation>Zbiorczo: ścieżka do wyników poszczególnych pozycji ({sku, ok, error}); pojedynczo: ścieżka do ilości, którą pokazuje odpowiedź. Puste: odpowiedź nic nie mówi o pozycjach, więc StoreSync odczytuje SKU ponownie.</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>The first %Ln item(s) as StoreSync reads them.</source>
        <translation>
            <numerusform>Pierwsza %Ln pozycja tak, jak odczytuje ją StoreSync.</numerusform>
            <numerusform>Pierwsze %Ln pozycje tak, jak odczytuje je StoreSync.</numerusform>
            <numerusform>Pierwszych %Ln pozycji tak, jak odczytuje je StoreSync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushPreview</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation>SKU źródła</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>Cel teraz</translation>
    </message>
    <message>
        <source>Target after</source>
        <translation>Cel potem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Preview push to {store}</source>
        <translation>Podgląd wysyłki do {store}</translation>
    </message>
    <message>
        <source>{w} to write, {u} unchanged, {s} skipped. Rules apply in this order: {order}.</source>
        <translation>{w} do zapisania, {u} bez zmian, {s} pominiętych. Reguły stosowane są w kolejności: {order}.</translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation>Plan wysyłki</translation>
    </message>
    <message>
        <source>Only on the source</source>
        <translation>Tylko w źródle</translation>
    </message>
    <message>
        <source>Only on the target</source>
        <translation>Tylko w celu</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Zduplikowane</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}: {n}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Unmatched SKUs ({n})</source>
        <translation>Niedopasowane SKU ({n})</translation>
    </message>
    <message>
        <source>Push these changes</source>
        <translation>Wyślij te zmiany</translation>
    </message>
    <message>
        <source>Export plan CSV…</source>
        <translation>Eksportuj plan do CSV…</translation>
    </message>
    <message>
        <source>Export unmatched CSV…</source>
        <translation>Eksportuj niedopasowane do CSV…</translation>
    </message>
    <message>
        <source>Export SKU pairs to fill in…</source>
        <translation>Eksportuj pary SKU do uzupełnienia…</translation>
    </message>
    <message>
        <source>The SKUs only on the source, each with an empty target SKU: fill them in, then import the file with Import SKU pairs in the store&apos;s push rules.</source>
        <translation>SKU występujące tylko w źródle, każde z pustym SKU celu: uzupełnij je, a potem zaimportuj plik przez Importuj pary SKU w regułach wysyłki sklepu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Import SKU pairs (CSV)…</source>
        <translation>Importuj pary SKU (CSV)…</translation>
    </message>
    <message>
        <source>Rules apply in this order: {order}.</source>
        <translation>Reguły stosowane są w kolejności: {order}.</translation>
    </message>
    <message>
        <source>Keep back</source>
        <translation>Zatrzymaj w rezerwie</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation>SKU źródła</translation>
    </message>
    <message>
        <source>Show %</source>
        <translation>Pokaż %</translation>
    </message>
    <message>
        <source>Show 0 below</source>
        <translation>Pokaż 0 poniżej</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Najwyżej</translation>
    </message>
    <message>
        <source>Per-SKU buffer rules</source>
        <translation>Reguły bufora dla SKU</translation>
    </message>
    <message>
        <source>Add a SKU rule</source>
        <translation>Dodaj regułę SKU</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: enter the source SKU.</source>
        <translation>Reguła SKU {row}: wpisz SKU źródła.</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: {sku} has a rule already.</source>
        <translation>Reguła SKU {row}: {sku} ma już regułę.</translation>
    </message>
    <message>
        <source>Per-SKU rule for {sku}: {reason}</source>
        <translation>Reguła SKU dla {sku}: {reason}</translation>
    </message>
    <message>
        <source>{what} must be a whole number of 0 or more, not {text!r}.</source>
        <translation>{what} musi być liczbą całkowitą 0 lub większą, a nie {text!r}.</translation>
    </message>
    <message>
        <source>Per-SKU rules (each replaces the rule above for its SKU):</source>
        <translation>Reguły dla SKU (każda zastępuje regułę powyżej dla swojego SKU):</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>Usuń przedrostek</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>Usuń przyrostek</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>Dodaj przedrostek</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>Dodaj przyrostek</translation>
    </message>
    <message>
        <source>SKU pairs</source>
        <translation>Pary SKU</translation>
    </message>
    <message>
        <source>The file could not be read as text.</source>
        <translation>Nie udało się odczytać pliku jako tekstu.</translation>
    </message>
    <message>
        <source>Import SKU pairs</source>
        <translation>Importuj pary SKU</translation>
    </message>
</context>
<context>
    <name>PushRulesForm</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln para</numerusform>
            <numerusform>%Ln pary</numerusform>
            <numerusform>%Ln par</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuantityChart</name>
    <message>
        <source>Quantity over time</source>
        <translation>Ilość w czasie</translation>
    </message>
</context>
<context>
    <name>RemoveStore</name>
    <message>
        <source>A sync of &apos;{name}&apos; is running. Remove the store once it has finished.</source>
        <translation>Trwa synchronizacja „{name}”. Usuń sklep po jej zakończeniu.</translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: {reason}</source>
        <translation>Nie udało się usunąć jego wpisów z pęku kluczy: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>Usunięto „{name}”. Jego historia synchronizacji zostaje przez najwyżej %Ln dzień, aż usunie ją retencja.</numerusform>
            <numerusform>Usunięto „{name}”. Jego historia synchronizacji zostaje przez najwyżej %Ln dni, aż usunie ją retencja.</numerusform>
            <numerusform>Usunięto „{name}”. Jego historia synchronizacji zostaje przez najwyżej %Ln dni, aż usunie ją retencja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>Usuń sklep</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;?</source>
        <translation>Usunąć „{name}”?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>The store could not be removed: {reason}</source>
        <translation>Nie udało się usunąć sklepu: {reason}</translation>
    </message>
    <message>
        <source>The store could not be removed; the log has the details.</source>
        <translation>Nie udało się usunąć sklepu; szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>RemoveStoreDialog</name>
    <message numerus="yes">
        <source>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>StoreSync przestanie go synchronizować i usunie jego zapisane sekrety z pęku kluczy. Jego historia synchronizacji zostaje przez najwyżej %Ln dzień, aż usunie ją retencja.</numerusform>
            <numerusform>StoreSync przestanie go synchronizować i usunie jego zapisane sekrety z pęku kluczy. Jego historia synchronizacji zostaje przez najwyżej %Ln dni, aż usunie ją retencja.</numerusform>
            <numerusform>StoreSync przestanie go synchronizować i usunie jego zapisane sekrety z pęku kluczy. Jego historia synchronizacji zostaje przez najwyżej %Ln dni, aż usunie ją retencja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestRateChart</name>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Requests over the run</source>
        <translation>Żądania w trakcie przebiegu</translation>
    </message>
    <message>
        <source>The requests of this run could not be read: {error}</source>
        <translation>Nie można odczytać żądań tego przebiegu: {error}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <source>“Slow down” answers (429)</source>
        <translation>Odpowiedzi „zwolnij” (429)</translation>
    </message>
    <message>
        <source>Seconds waiting on rate limits</source>
        <translation>Sekundy oczekiwania na limity zapytań</translation>
    </message>
    <message>
        <source>Seconds since the run started</source>
        <translation>Sekundy od początku przebiegu</translation>
    </message>
    <message>
        <source>Per {seconds} s</source>
        <translation>Na {seconds} s</translation>
    </message>
    <message>
        <source>Seconds waiting</source>
        <translation>Sekundy oczekiwania</translation>
    </message>
    <message>
        <source>Requests: {requests} · “Slow down” answers: {throttled} · Waiting on rate limits: {waited} s</source>
        <translation>Żądania: {requests} · Odpowiedzi „zwolnij”: {throttled} · Oczekiwanie na limity zapytań: {waited} s</translation>
    </message>
</context>
<context>
    <name>RunDetail</name>
    <message>
        <source>Run {id} — {store}</source>
        <translation>Przebieg {id} — {store}</translation>
    </message>
    <message>
        <source>Started {start}, took {took}</source>
        <translation>Rozpoczęto {start}, trwał {took}</translation>
    </message>
    <message>
        <source>Log lines of this run</source>
        <translation>Wiersze dziennika tego przebiegu</translation>
    </message>
    <message>
        <source>No log lines were kept for this run.</source>
        <translation>Dla tego przebiegu nie zachowano wierszy dziennika.</translation>
    </message>
    <message>
        <source>SKUs changed by this run</source>
        <translation>SKU zmienione w tym przebiegu</translation>
    </message>
    <message>
        <source>Reading the run&apos;s log…</source>
        <translation>Odczytuję dziennik przebiegu…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>an answer this version cannot show</source>
        <translation>odpowiedź, której ta wersja nie umie pokazać</translation>
    </message>
    <message>
        <source>Could not read the run: {reason}</source>
        <translation>Nie udało się odczytać przebiegu: {reason}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>Log ({n})</source>
        <translation>Dziennik ({n})</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Zmiany ({n})</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Timeline of runs</source>
        <translation>Oś czasu przebiegów</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>The timeline could not be read: {error}</source>
        <translation>Nie udało się odczytać osi czasu: {error}</translation>
    </message>
    <message>
        <source>No runs to show for these filters.</source>
        <translation>Brak przebiegów dla tych filtrów.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more store(s) in the table</source>
        <translation>
            <numerusform>i jeszcze %Ln sklep w tabeli</numerusform>
            <numerusform>i jeszcze %Ln sklepy w tabeli</numerusform>
            <numerusform>i jeszcze %Ln sklepów w tabeli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>System time zone</source>
        <translation>Systemowa strefa czasowa</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Co N minut</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Co N godzin</translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation>Codziennie o</translation>
    </message>
    <message>
        <source>Weekly on</source>
        <translation>Co tydzień w</translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation>Zaawansowane (cron)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>pon.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>wt.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>śr.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>czw.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pt.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sob.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>niedz.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation>Minuty między przebiegami</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Godziny między przebiegami</translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation>Godzina codziennego przebiegu</translation>
    </message>
    <message>
        <source>Run on {day}</source>
        <translation>Uruchamiaj w {day}</translation>
    </message>
    <message>
        <source>Weekly run time</source>
        <translation>Godzina cotygodniowego przebiegu</translation>
    </message>
    <message>
        <source>at</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Wyrażenie cron</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week (mon-sun).</source>
        <translation>Pięć pól: minuta, godzina, dzień miesiąca, miesiąc, dzień tygodnia (mon-sun).</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Tylko między</translation>
    </message>
    <message>
        <source>Limit to active hours</source>
        <translation>Ogranicz do godzin aktywności</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation>Początek godzin aktywności</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation>Koniec godzin aktywności</translation>
    </message>
    <message>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Schedule in words</source>
        <translation>Harmonogram słownie</translation>
    </message>
    <message>
        <source>Next run times</source>
        <translation>Najbliższe przebiegi</translation>
    </message>
    <message>
        <source>What is wrong with the schedule</source>
        <translation>Co jest nie tak z harmonogramem</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Godziny aktywności</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone StoreSync knows. Pick one from the list, e.g. Europe/Warsaw.</source>
        <translation>„{zone}” nie jest strefą czasową znaną StoreSync. Wybierz jedną z listy, np. Europe/Warsaw.</translation>
    </message>
    <message>
        <source>This schedule never runs: widen the active hours or pick other days.</source>
        <translation>Ten harmonogram nigdy się nie uruchomi: poszerz godziny aktywności lub wybierz inne dni.</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Najbliższe przebiegi:</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <source>{schedule}, {zone}</source>
        <translation>{schedule}, {zone}</translation>
    </message>
    <message>
        <source>{every} from {start} to {end}</source>
        <translation>{every} od {start} do {end}</translation>
    </message>
    <message>
        <source>Daily at {time}</source>
        <translation>Codziennie o {time}</translation>
    </message>
    <message>
        <source>Weekly on {days} at {time}</source>
        <translation>Co tydzień: {days} o {time}</translation>
    </message>
    <message>
        <source>Cron: {expression}</source>
        <translation>Cron: {expression}</translation>
    </message>
    <message>
        <source>{cron} ({reading})</source>
        <translation>{cron} ({reading})</translation>
    </message>
    <message>
        <source>{schedule}, only from {start} to {end}</source>
        <translation>{schedule}, tylko od {start} do {end}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Co godzinę</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Co minutę</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Co %n dzień</numerusform>
            <numerusform>Co %n dni</numerusform>
            <numerusform>Co %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Co %n godzinę</numerusform>
            <numerusform>Co %n godziny</numerusform>
            <numerusform>Co %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Co %n minutę</numerusform>
            <numerusform>Co %n minuty</numerusform>
            <numerusform>Co %n minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>StoreSync – server {address}</source>
        <translation>StoreSync – serwer {address}</translation>
    </message>
    <message>
        <source>Stores and jobs on the server</source>
        <translation>Sklepy i zadania na serwerze</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>Edytuj harmonogram…</translation>
    </message>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>{what} – niepowodzenie: {reason}</translation>
    </message>
    <message>
        <source>Not connected: {reason}. Connect again with the server&apos;s token.</source>
        <translation>Brak połączenia: {reason}. Połącz się ponownie, podając token serwera.</translation>
    </message>
    <message>
        <source>Not connected ({reason}); trying again…</source>
        <translation>Brak połączenia ({reason}); ponawiam próbę…</translation>
    </message>
    <message>
        <source>Not connected; trying again…</source>
        <translation>Brak połączenia; ponawiam próbę…</translation>
    </message>
    <message>
        <source>No worker is running: queued runs wait until one starts</source>
        <translation>Żaden proces roboczy nie działa: zakolejkowane synchronizacje czekają, aż któryś wystartuje</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>an unexpected problem (the log has the details)</source>
        <translation>nieoczekiwany problem (szczegóły w dzienniku)</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Dni przechowywania</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>Utwórz kopię zapasową...</translation>
    </message>
    <message>
        <source>Export history (CSV)...</source>
        <translation>Eksportuj historię (CSV)...</translation>
    </message>
    <message>
        <source>Backup and export result</source>
        <translation>Wynik kopii zapasowej i eksportu</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Przechowuj historię przez</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Utwórz kopię zapasową bazy danych</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>Baza danych SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Export the sync history</source>
        <translation>Eksportuj historię synchronizacji</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Tworzenie kopii zapasowej...</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Kopia zapasowa nie powiodła się: {reason}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Kopię zapasową zapisano w {path}</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Eksportowanie...</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Eksport nie powiódł się: {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Start StoreSync when I log in</source>
        <translation>Uruchamiaj StoreSync po zalogowaniu</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Uruchamiaj zminimalizowany do zasobnika</translation>
    </message>
    <message>
        <source>Closing the window keeps StoreSync running in the tray</source>
        <translation>Zamknięcie okna pozostawia StoreSync działający w zasobniku</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systemowy ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect when StoreSync restarts.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu StoreSync.</translation>
    </message>
    <message>
        <source>Runs at the same time, at most</source>
        <translation>Przebiegi jednocześnie, najwyżej</translation>
    </message>
    <message>
        <source>Maximum concurrent runs</source>
        <translation>Maksymalna liczba jednoczesnych przebiegów</translation>
    </message>
    <message>
        <source>Retries after a network error</source>
        <translation>Ponowienia po błędzie sieci</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>Liczba ponowień</translation>
    </message>
    <message>
        <source>Wait for a store&apos;s answer</source>
        <translation>Czekaj na odpowiedź sklepu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Limit czasu żądania</translation>
    </message>
    <message>
        <source>Give up on one request after</source>
        <translation>Zrezygnuj z jednego żądania po</translation>
    </message>
    <message>
        <source>Request deadline, retries included</source>
        <translation>Termin żądania, łącznie z ponowieniami</translation>
    </message>
    <message>
        <source>Pages per read, at most</source>
        <translation>Stron na odczyt, najwyżej</translation>
    </message>
    <message>
        <source>Stop a run after</source>
        <translation>Zatrzymaj przebieg po</translation>
    </message>
    <message>
        <source>Run timeout</source>
        <translation>Limit czasu przebiegu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Catch up runs missed while StoreSync was closed or the computer slept</source>
        <translation>Nadrabiaj przebiegi pominięte, gdy StoreSync był zamknięty lub komputer uśpiony</translation>
    </message>
    <message>
        <source>Show a notification when</source>
        <translation>Pokaż powiadomienie, gdy</translation>
    </message>
    <message>
        <source>a job keeps failing or pauses itself (how often: the Alerts tab)</source>
        <translation>zadanie ciągle się nie udaje lub samo się wstrzymuje (jak często: karta Alerty)</translation>
    </message>
    <message>
        <source>a store needs your attention or its data is stale</source>
        <translation>sklep wymaga Twojej uwagi lub jego dane są nieaktualne</translation>
    </message>
    <message>
        <source>a failing store works again</source>
        <translation>sklep z błędami znów działa</translation>
    </message>
    <message>
        <source>a job keeps failing</source>
        <translation>zadanie ciągle się nie udaje</translation>
    </message>
    <message>
        <source>it works again</source>
        <translation>znów działa</translation>
    </message>
    <message>
        <source>a job paused itself</source>
        <translation>zadanie samo się wstrzymało</translation>
    </message>
    <message>
        <source>a store needs attention</source>
        <translation>sklep wymaga uwagi</translation>
    </message>
    <message>
        <source>stock runs low</source>
        <translation>kończy się towar</translation>
    </message>
    <message>
        <source>a store&apos;s data is stale</source>
        <translation>dane sklepu są nieaktualne</translation>
    </message>
    <message>
        <source>Warn when a job failed this many runs in a row</source>
        <translation>Ostrzegaj, gdy zadanie nie uda się tyle razy z rzędu</translation>
    </message>
    <message>
        <source>Warn after failed runs</source>
        <translation>Ostrzeż po nieudanych przebiegach</translation>
    </message>
    <message>
        <source>Pause a job after this many failed runs in a row</source>
        <translation>Wstrzymaj zadanie po tylu nieudanych przebiegach z rzędu</translation>
    </message>
    <message>
        <source>Pause after failed runs</source>
        <translation>Wstrzymaj po nieudanych przebiegach</translation>
    </message>
    <message>
        <source>0 turns the warning or the pause off. A paused job says why until you resume it.</source>
        <translation>0 wyłącza ostrzeżenie lub wstrzymanie. Wstrzymane zadanie pokazuje powód, dopóki go nie wznowisz.</translation>
    </message>
    <message>
        <source>A store&apos;s data is stale when its last good read is older than</source>
        <translation>Dane sklepu są nieaktualne, gdy ostatni udany odczyt jest starszy niż</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation>Nieaktualne po godzinach</translation>
    </message>
    <message>
        <source>Failures and stale data</source>
        <translation>Błędy i nieaktualne dane</translation>
    </message>
    <message>
        <source>Send alerts by email</source>
        <translation>Wysyłaj alerty e-mailem</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (zwykle port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (zwykle port 465)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nazwa użytkownika SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Hasło SMTP</translation>
    </message>
    <message>
        <source>kept in the keychain; leave empty to keep it</source>
        <translation>przechowywane w pęku kluczy; zostaw puste, aby zachować</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>addresses, separated by commas</source>
        <translation>adresy oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Send when</source>
        <translation>Wysyłaj, gdy</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Wyślij testowy e-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send alerts to a webhook</source>
        <translation>Wysyłaj alerty do webhooka</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Adres URL webhooka</translation>
    </message>
    <message>
        <source>https://…, kept in the keychain; leave empty to keep it</source>
        <translation>https://…, przechowywany w pęku kluczy; zostaw puste, aby zachować</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>StoreSync JSON</source>
        <translation>JSON StoreSync</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Zgodny ze Slackiem</translation>
    </message>
    <message>
        <source>Send a test to the webhook</source>
        <translation>Wyślij test do webhooka</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Alerts are sent by the StoreSync that owns this data folder.</source>
        <translation>Alerty wysyła StoreSync, do którego należy ten folder danych.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Not sent: the settings could not be saved.</source>
        <translation>Nie wysłano: nie udało się zapisać ustawień.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nie wysłano: {reason}</translation>
    </message>
    <message>
        <source>Test sent. Check that it arrived.</source>
        <translation>Wysłano test. Sprawdź, czy dotarł.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Jeszcze nic nie wysłano.</translation>
    </message>
    <message>
        <source>Last delivery worked ({when}).</source>
        <translation>Ostatnie doręczenie się udało ({when}).</translation>
    </message>
    <message>
        <source>Last delivery failed ({when}): {reason}</source>
        <translation>Ostatnie doręczenie się nie udało ({when}): {reason}</translation>
    </message>
    <message>
        <source>Low stock means at most</source>
        <translation>Niski stan to najwyżej</translation>
    </message>
    <message>
        <source>Low stock threshold</source>
        <translation>Próg niskiego stanu</translation>
    </message>
    <message>
        <source> items</source>
        <translation> szt.</translation>
    </message>
    <message>
        <source>Quiet hours: no notifications between</source>
        <translation>Godziny ciszy: bez powiadomień między</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Początek godzin ciszy</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Koniec godzin ciszy</translation>
    </message>
    <message>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved; the log has the details.</source>
        <translation>Nie udało się zapisać ustawień; szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
</context>
<context>
    <name>SkuHistory</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Było</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jest</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>read</source>
        <translation>odczyt</translation>
    </message>
    <message>
        <source>{state} push ({rule})</source>
        <translation>wysyłka {state} ({rule})</translation>
    </message>
    <message>
        <source>History of {sku}</source>
        <translation>Historia {sku}</translation>
    </message>
    <message>
        <source>Quantity of {sku} per store</source>
        <translation>Ilość {sku} w poszczególnych sklepach</translation>
    </message>
    <message>
        <source>Changes of {sku}</source>
        <translation>Zmiany {sku}</translation>
    </message>
    <message>
        <source>No recorded change of this SKU yet.</source>
        <translation>Brak jeszcze zapisanych zmian tego SKU.</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>StoreSync could not start</source>
        <translation>Nie udało się uruchomić StoreSync</translation>
    </message>
    <message>
        <source>Why StoreSync could not start</source>
        <translation>Dlaczego nie udało się uruchomić StoreSync</translation>
    </message>
</context>
<context>
    <name>StoreDetail</name>
    <message>
        <source>Store: {name}</source>
        <translation>Sklep: {name}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Włączony:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Sekrety przechowywane w:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Połączenie:</translation>
    </message>
    <message>
        <source>Jobs of this store</source>
        <translation>Zadania tego sklepu</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Następny przebieg</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <source>Run whose requests are shown</source>
        <translation>Przebieg, którego żądania są pokazane</translation>
    </message>
    <message>
        <source>Recent runs of this store</source>
        <translation>Ostatnie przebiegi tego sklepu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Jeszcze nie było przebiegu.</translation>
    </message>
    <message>
        <source>Edit store…</source>
        <translation>Edytuj sklep…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Ostatnie przebiegi</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Przebieg:</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Pozycje zmienione w przebiegu</translation>
    </message>
    <message>
        <source>Requests in a run</source>
        <translation>Żądania w przebiegu</translation>
    </message>
    <message>
        <source>This run is still going: its requests are shown when it ends.</source>
        <translation>Ten przebieg wciąż trwa: jego żądania pojawią się, gdy się zakończy.</translation>
    </message>
    <message>
        <source>No requests recorded for this run: it made none, or ran before StoreSync counted them.</source>
        <translation>Dla tego przebiegu nie zapisano żądań: nie wysłał żadnego albo odbył się, zanim StoreSync zaczął je liczyć.</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>Wymaga uwagi: {reason}</translation>
    </message>
    <message>
        <source>Rate-limited by the store: {message}</source>
        <translation>Ograniczony limitem przez sklep: {message}</translation>
    </message>
    <message>
        <source>Last run failed: {error}</source>
        <translation>Ostatni przebieg nie powiódł się: {error}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie synchronizowano</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Connection failed: {error}</source>
        <translation>Połączenie nie powiodło się: {error}</translation>
    </message>
</context>
<context>
    <name>StoreEditor</name>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>Podgląd rekordów</translation>
    </message>
    <message>
        <source>Fetch the first records with these settings, without saving.</source>
        <translation>Pobierz pierwsze rekordy z tymi ustawieniami, bez zapisywania.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Wynik sprawdzenia połączenia</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>Podgląd pierwszych rekordów</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Sprawdzanie połączenia...</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Nie udało się połączyć: {reason}</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log has the details.</source>
        <translation>Sprawdzenie nieoczekiwanie się nie powiodło; szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>Connected: {answer}</source>
        <translation>Połączono: {answer}</translation>
    </message>
    <message>
        <source>Fetching the first records...</source>
        <translation>Pobieranie pierwszych rekordów...</translation>
    </message>
    <message>
        <source>Could not read the records: {reason}</source>
        <translation>Nie udało się odczytać rekordów: {reason}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly; the log has the details.</source>
        <translation>Podgląd nieoczekiwanie się nie powiódł; szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>Fails: {reason}</source>
        <translation>Błąd: {reason}</translation>
    </message>
    <message>
        <source>The API answered, but no records were found at that place.</source>
        <translation>API odpowiedziało, ale w tym miejscu nie znaleziono rekordów.</translation>
    </message>
    <message>
        <source>On the pages read: {items} to store, {skipped} skipped as not stock, {failed} failed.</source>
        <translation>Na odczytanych stronach: do zapisania {items}, pominięte jako nie towar {skipped}, nieudane {failed}.</translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation>Pominięte: {reasons}</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(sekret)</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Zapisano w pęku kluczy; wpisz, aby zastąpić</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <source>{label}: {key}</source>
        <translation>{label}: {key}</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}: {error}</translation>
    </message>
    <message>
        <source>{label}: not valid JSON (line {line}, column {column}).</source>
        <translation>{label}: nieprawidłowy JSON (wiersz {line}, kolumna {column}).</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, such as {{&quot;key&quot;: &quot;value&quot;}}.</source>
        <translation>{label} musi być obiektem JSON, np. {{&quot;key&quot;: &quot;value&quot;}}.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcjonalne)</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} jest wymagane.</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>Importuj ustawienia wstępne…</translation>
    </message>
    <message>
        <source>Fill this form from a preset file; the secret is not in it.</source>
        <translation>Wypełnij formularz z pliku ustawień wstępnych; sekretu w nim nie ma.</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>Eksportuj ustawienia wstępne…</translation>
    </message>
    <message>
        <source>Save these settings, without the secret, as a preset file.</source>
        <translation>Zapisz te ustawienia, bez sekretu, jako plik ustawień wstępnych.</translation>
    </message>
    <message>
        <source>Presets shipped with StoreSync</source>
        <translation>Ustawienia wstępne dostarczane ze StoreSync</translation>
    </message>
    <message>
        <source>Fill this form for an API whose vendor documents it publicly.</source>
        <translation>Wypełnij formularz dla API, które dostawca publicznie dokumentuje.</translation>
    </message>
    <message>
        <source>Start from a shipped preset…</source>
        <translation>Zacznij od dostarczonych ustawień…</translation>
    </message>
    <message>
        <source>Preset result</source>
        <translation>Wynik ustawień wstępnych</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Importuj ustawienia wstępne</translation>
    </message>
    <message>
        <source>Export a preset</source>
        <translation>Eksportuj ustawienia wstępne</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>ustawienia</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>Nie zaimportowano {file}: {reason}</translation>
    </message>
    <message>
        <source>Filled the form from {file}. Presets never hold a secret: type it yourself.</source>
        <translation>Wypełniono formularz z {file}. Ustawienia wstępne nigdy nie zawierają sekretu: wpisz go sam.</translation>
    </message>
    <message>
        <source>Filled the form for {preset}. Type your API address and secret yourself.</source>
        <translation>Wypełniono formularz dla {preset}. Adres API i sekret wpisz sam.</translation>
    </message>
    <message>
        <source>The preset was not saved ({reason}).</source>
        <translation>Nie zapisano ustawień wstępnych ({reason}).</translation>
    </message>
    <message>
        <source>Saved the settings, without the secret, to {file}.</source>
        <translation>Zapisano ustawienia, bez sekretu, w {file}.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Dodaj sklep</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edytuj {name}</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nazwa sklepu</translation>
    </message>
    <message>
        <source>e.g. Main shop</source>
        <translation>np. Sklep główny</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Sync this store on its schedules</source>
        <translation>Synchronizuj ten sklep według jego harmonogramów</translation>
    </message>
    <message>
        <source>Turn off to keep the store and its history without syncing it.</source>
        <translation>Wyłącz, aby zachować sklep i jego historię bez synchronizowania.</translation>
    </message>
    <message>
        <source>Run a first sync after saving</source>
        <translation>Uruchom pierwszą synchronizację po zapisaniu</translation>
    </message>
    <message>
        <source>Sync now after saving</source>
        <translation>Synchronizuj teraz po zapisaniu</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Co synchronizować</translation>
    </message>
    <message>
        <source>Why the store cannot be saved</source>
        <translation>Dlaczego nie można zapisać sklepu</translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation>systemowy pęk kluczy</translation>
    </message>
    <message>
        <source>Fields marked {mark} are secrets: they are saved in {backend}, never in StoreSync&apos;s database, logs or exports.</source>
        <translation>Pola oznaczone {mark} są sekretami: zapisuje się je w {backend}, nigdy w bazie danych, dziennikach ani eksportach StoreSync.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>Nadaj sklepowi nazwę.</translation>
    </message>
    <message>
        <source>Another store is already called &apos;{name}&apos;.</source>
        <translation>Inny sklep nazywa się już „{name}”.</translation>
    </message>
    <message>
        <source>Nothing was saved, because the keychain refused the secrets. Your input is still here.</source>
        <translation>Niczego nie zapisano, bo pęk kluczy odrzucił sekrety. Wprowadzone dane nadal tu są.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Nie udało się zapisać: {reason}</translation>
    </message>
    <message>
        <source>Could not save the store; the log has the details.</source>
        <translation>Nie udało się zapisać sklepu; szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>Sync stock</source>
        <translation>Synchronizuj stany</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importuj zamówienia</translation>
    </message>
    <message>
        <source>Copy stock from another store into this one</source>
        <translation>Kopiuj stany z innego sklepu do tego</translation>
    </message>
    <message>
        <source>Check for low stock</source>
        <translation>Sprawdzaj niskie stany</translation>
    </message>
    <message>
        <source>Follow shipment statuses into another store&apos;s orders</source>
        <translation>Przenoś stany przesyłek do zamówień innego sklepu</translation>
    </message>
    <message>
        <source>Store to copy stock from</source>
        <translation>Sklep, z którego kopiować stany</translation>
    </message>
    <message>
        <source>Choose a store...</source>
        <translation>Wybierz sklep...</translation>
    </message>
    <message>
        <source>Copy from</source>
        <translation>Kopiuj z</translation>
    </message>
    <message>
        <source>There is no other store to copy stock from yet.</source>
        <translation>Nie ma jeszcze innego sklepu, z którego można kopiować stany.</translation>
    </message>
    <message>
        <source>Choose the store to copy stock from.</source>
        <translation>Wybierz sklep, z którego kopiować stany.</translation>
    </message>
</context>
<context>
    <name>StoreStatusModel</name>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Ostatni przebieg</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Następny przebieg</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <source>{status} · resumes {countdown}</source>
        <translation>{status} · wznowienie {countdown}</translation>
    </message>
    <message>
        <source>Waiting in the server&apos;s queue until a worker is free</source>
        <translation>Czeka w kolejce serwera, aż zwolni się proces roboczy</translation>
    </message>
    <message>
        <source>Waiting for another run to end: as many runs are in progress as Settings → Sync allows at the same time</source>
        <translation>Czeka na koniec innego przebiegu: trwa tyle przebiegów naraz, ile pozwalają Ustawienia → Synchronizacja</translation>
    </message>
    <message>
        <source>{store}: stale data ({reason})</source>
        <translation>{store}: nieaktualne dane ({reason})</translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Preview push</source>
        <translation>Podgląd wysyłki</translation>
    </message>
    <message>
        <source>Sync {store} now</source>
        <translation>Synchronizuj {store} teraz</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Edit {store}</source>
        <translation>Edytuj {store}</translation>
    </message>
    <message>
        <source>Preview the push to {store}</source>
        <translation>Podgląd wysyłki do {store}</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtruj według stanu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Filtruj według platformy</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Wszystkie platformy</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>Synchronizuj zaznaczone</translation>
    </message>
    <message>
        <source>Pause selected</source>
        <translation>Wstrzymaj zaznaczone</translation>
    </message>
    <message>
        <source>Resume selected</source>
        <translation>Wznów zaznaczone</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Stores and jobs</source>
        <translation>Sklepy i zadania</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Server {address}: {state}</source>
        <translation>Serwer {address}: {state}</translation>
    </message>
    <message>
        <source>Last: {store} {status} {when}</source>
        <translation>Ostatni: {store} {status} {when}</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Następny: {store} {when}</translation>
    </message>
    <message>
        <source>Open StoreSync</source>
        <translation>Otwórz StoreSync</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Synchronizuj wszystko teraz</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Wznów wszystko</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Wstrzymaj wszystko</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming runs</source>
        <translation>Nadchodzące przebiegi</translation>
    </message>
    <message>
        <source>Paused jobs and jobs without a schedule are not listed.</source>
        <translation>Wstrzymane zadania i zadania bez harmonogramu nie są wymienione.</translation>
    </message>
</context>
</TS>
