<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unavailable</source>
        <translation>nedostupno</translation>
    </message>
    <message>
        <source>About StoreSync</source>
        <translation>O programu StoreSync</translation>
    </message>
    <message>
        <source>Keeps the stock and orders of several online stores in step, from the system tray.</source>
        <translation>Usklađuje zalihe i porudžbine više onlajn prodavnica, iz sistemske trake.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Verzija:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Fascikla podataka:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza podataka:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Dnevnici:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Privezak ključeva:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Okruženje:</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Nešto nije u redu; detalji su u dnevniku.</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Sinhronizuj sve sada</translation>
    </message>
    <message>
        <source>There is nothing to sync yet: add a store first.</source>
        <translation>Još nema šta da se sinhronizuje: prvo dodajte prodavnicu.</translation>
    </message>
    <message>
        <source>Could not preview the push</source>
        <translation>Pregled slanja nije uspeo</translation>
    </message>
    <message>
        <source>Could not start the push</source>
        <translation>Slanje nije moglo da počne</translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation>Pauziranje nije uspelo</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>Nastavak nije uspeo</translation>
    </message>
    <message>
        <source>Could not pause all</source>
        <translation>Pauziranje svega nije uspelo</translation>
    </message>
    <message>
        <source>Could not resume all</source>
        <translation>Nastavak svega nije uspeo</translation>
    </message>
    <message>
        <source>Could not add the demo stores</source>
        <translation>Dodavanje demo prodavnica nije uspelo</translation>
    </message>
    <message>
        <source>Store editor</source>
        <translation>Uređivač prodavnice</translation>
    </message>
    <message>
        <source>The store editor is not available in this build.</source>
        <translation>Uređivač prodavnice nije dostupan u ovoj verziji.</translation>
    </message>
    <message>
        <source>Connecting to a server is not available in this build.</source>
        <translation>Povezivanje sa serverom nije dostupno u ovoj verziji.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Poveži se sa serverom</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>The settings dialog is not available in this build.</source>
        <translation>Prozor podešavanja nije dostupan u ovoj verziji.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otvori fasciklu podataka</translation>
    </message>
    <message>
        <source>Could not open a file manager. The data folder is {path}</source>
        <translation>Menadžer datoteka nije mogao da se otvori. Fascikla podataka je {path}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>U redu čekanja</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Potrebna pažnja</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Zastarelo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauzirano</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Nema zadataka</translation>
    </message>
    <message>
        <source>Last run {when}</source>
        <translation>Poslednje pokretanje {when}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pauzirano</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>ništa nije zakazano</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>sledeće {when}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln stavka</numerusform>
            <numerusform>%Ln stavke</numerusform>
            <numerusform>%Ln stavki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low</source>
        <translation>
            <numerusform>%Ln niska</numerusform>
            <numerusform>%Ln niske</numerusform>
            <numerusform>%Ln niskih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 24 h</source>
        <translation>
            <numerusform>%Ln greška za 24 h</numerusform>
            <numerusform>%Ln greške za 24 h</numerusform>
            <numerusform>%Ln grešaka za 24 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Charts need PySide6-Addons, which this installation lacks; the table has the same data.</source>
        <translation>Grafikonima je potreban PySide6-Addons, koji ova instalacija nema; tabela sadrži iste podatke.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Poveži se sa serverom</translation>
    </message>
    <message>
        <source>only for a server with a certificate of its own</source>
        <translation>samo za server sa sopstvenim sertifikatom</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Poveži</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Datoteka sertifikata:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Povezivanje…</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Povezivanje nije uspelo: {reason}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Izvezeno %Ln pokretanje u {path}</numerusform>
            <numerusform>Izvezena %Ln pokretanja u {path}</numerusform>
            <numerusform>Izvezeno %Ln pokretanja u {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%Ln sync(s) were cut off when StoreSync last stopped; the history marks them interrupted.</source>
        <translation>
            <numerusform>%Ln sinhronizacija je prekinuta kada se StoreSync poslednji put zaustavio; istorija je označava kao prekinutu.</numerusform>
            <numerusform>%Ln sinhronizacije su prekinute kada se StoreSync poslednji put zaustavio; istorija ih označava kao prekinute.</numerusform>
            <numerusform>%Ln sinhronizacija je prekinuto kada se StoreSync poslednji put zaustavio; istorija ih označava kao prekinute.</numerusform>
        </translation>
    </message>
    <message>
        <source>StoreSync keeps running</source>
        <translation>StoreSync nastavlja da radi</translation>
    </message>
    <message>
        <source>Your stores keep syncing in the background. Open StoreSync from this icon; choose Quit in its menu to stop. You can change this in Settings.</source>
        <translation>Vaše prodavnice se i dalje sinhronizuju u pozadini. Otvorite StoreSync preko ove ikone; za zaustavljanje izaberite Izađi u njenom meniju. Ovo možete promeniti u Podešavanjima.</translation>
    </message>
    <message>
        <source>Could not save a setting</source>
        <translation>Podešavanje nije moglo da se sačuva</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No stores yet</source>
        <translation>Još nema prodavnica</translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, BaseLinker, Amazon or any JSON API store, and StoreSync keeps its stock and orders in step on the schedule you choose.
Not ready yet? The demo stores run on this computer and show how it works.</source>
        <translation>Povežite Shopify, WooCommerce, BaseLinker, Amazon ili bilo koju prodavnicu sa JSON API-jem, i StoreSync će usklađivati njene zalihe i porudžbine po rasporedu koji izaberete.
Niste još spremni? Demo prodavnice rade na ovom računaru i pokazuju kako sve funkcioniše.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Dodaj prodavnicu</translation>
    </message>
    <message>
        <source>Try the demo stores</source>
        <translation>Isprobaj demo prodavnice</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong ({kind}). StoreSync keeps running; the details were written to the log.</source>
        <translation>Došlo je do neočekivane greške ({kind}). StoreSync nastavlja da radi; detalji su upisani u dnevnik.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Nešto nije u redu</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>nikad</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>upravo sada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>pre %Ln min</numerusform>
            <numerusform>pre %Ln min</numerusform>
            <numerusform>pre %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>pre %Ln h</numerusform>
            <numerusform>pre %Ln h</numerusform>
            <numerusform>pre %Ln h</numerusform>
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
        <translation>za {h} h {m} min</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nije zakazano</translation>
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
        <translation>{h} h {m} min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetched</source>
        <translation>
            <numerusform>preuzet %Ln</numerusform>
            <numerusform>preuzeta %Ln</numerusform>
            <numerusform>preuzeto %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nov</numerusform>
            <numerusform>%Ln nova</numerusform>
            <numerusform>%Ln novih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln ažuriran</numerusform>
            <numerusform>%Ln ažurirana</numerusform>
            <numerusform>%Ln ažuriranih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln uklonjen</numerusform>
            <numerusform>%Ln uklonjena</numerusform>
            <numerusform>%Ln uklonjenih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln neuspešan</numerusform>
            <numerusform>%Ln neuspešna</numerusform>
            <numerusform>%Ln neuspešnih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (not stock)</source>
        <translation>
            <numerusform>%Ln preskočen (nije zaliha)</numerusform>
            <numerusform>%Ln preskočena (nije zaliha)</numerusform>
            <numerusform>%Ln preskočenih (nije zaliha)</numerusform>
        </translation>
    </message>
    <message>
        <source>page {p} · {n}</source>
        <translation>strana {p} · {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln stavka</numerusform>
            <numerusform>%Ln stavke</numerusform>
            <numerusform>%Ln stavki</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Zalihe</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Porudžbine</translation>
    </message>
    <message>
        <source>Stock push</source>
        <translation>Slanje zaliha</translation>
    </message>
    <message>
        <source>Low-stock check</source>
        <translation>Provera niskih zaliha</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Čišćenje</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Pošiljke</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Po rasporedu</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ručno</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Nadoknada</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Prva sinhronizacija</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Komandna linija</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>U toku</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Uspešno</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Delimično</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Prekinuto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plaćeno</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>U obradi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Isporučeno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundirano</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zadržano</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Sve je u redu</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Potrebna pažnja</translation>
    </message>
    <message>
        <source>A sync failed</source>
        <translation>Sinhronizacija nije uspela</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauzirano</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>All stores</source>
        <translation>Sve prodavnice</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (uklonjena)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>prodavnica</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any time</source>
        <translation>Bilo kada</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Poslednja 24 sata</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Poslednjih 7 dana</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Poslednjih 30 dana</translation>
    </message>
    <message>
        <source>Filter history by store</source>
        <translation>Filtriraj istoriju po prodavnici</translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation>Filtriraj istoriju po zadatku</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Svi zadaci</translation>
    </message>
    <message>
        <source>Filter history by result</source>
        <translation>Filtriraj istoriju po rezultatu</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Svi rezultati</translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation>Filtriraj istoriju po datumu</translation>
    </message>
    <message>
        <source>Run details…</source>
        <translation>Detalji pokretanja…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Izvezi CSV…</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Istorija sinhronizacije</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln pokretanje</numerusform>
            <numerusform>%Ln pokretanja</numerusform>
            <numerusform>%Ln pokretanja</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Izvezi istoriju</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Izvezeno %Ln pokretanje u {path}</numerusform>
            <numerusform>Izvezena %Ln pokretanja u {path}</numerusform>
            <numerusform>Izvezeno %Ln pokretanja u {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation>Izvoz istorije nije uspeo</translation>
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
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Poslednji put viđeno</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>uklonjeno</translation>
    </message>
    <message>
        <source>Not read yet: scroll on to load more</source>
        <translation>Još nije učitano: skrolujte dalje za još</translation>
    </message>
    <message>
        <source> — low stock</source>
        <translation> — niske zalihe</translation>
    </message>
    <message>
        <source>Last seen {when}</source>
        <translation>Poslednji put viđeno {when}</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Search SKU or name</source>
        <translation>Traži SKU ili naziv</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>Pretraži zalihe</translation>
    </message>
    <message>
        <source>SKU history…</source>
        <translation>Istorija SKU…</translation>
    </message>
    <message>
        <source>History of the selected SKU</source>
        <translation>Istorija izabranog SKU</translation>
    </message>
    <message>
        <source>Import thresholds…</source>
        <translation>Uvezi pragove…</translation>
    </message>
    <message>
        <source>Low-stock thresholds per SKU from a CSV file: sku,threshold</source>
        <translation>Pragovi niskih zaliha po SKU iz CSV datoteke: sku,threshold</translation>
    </message>
    <message>
        <source>Inventory across stores</source>
        <translation>Zalihe u svim prodavnicama</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %Ln or fewer in stock</source>
        <translation>
            <numerusform>Istaknuto: %Ln ili manje na zalihi</numerusform>
            <numerusform>Istaknuto: %Ln ili manje na zalihi</numerusform>
            <numerusform>Istaknuto: %Ln ili manje na zalihi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln SKU(s) with a threshold of their own)</source>
        <translation>
            <numerusform> (%Ln SKU sa sopstvenim pragom)</numerusform>
            <numerusform> (%Ln SKU sa sopstvenim pragom)</numerusform>
            <numerusform> (%Ln SKU sa sopstvenim pragom)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the inventory: {reason}</source>
        <translation>Nije moguće pročitati zalihe: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store item(s)</source>
        <translation>
            <numerusform>%Ln stavka prodavnice</numerusform>
            <numerusform>%Ln stavke prodavnica</numerusform>
            <numerusform>%Ln stavki prodavnica</numerusform>
        </translation>
    </message>
    <message>
        <source>Import low-stock thresholds</source>
        <translation>Uvezi pragove niskih zaliha</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV datoteke (*.csv);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Nije moguće pročitati {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemsChangedChart</name>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Stavke izmenjene po pokretanju</translation>
    </message>
    <message>
        <source>The runs could not be read: {error}</source>
        <translation>Pokretanja nisu mogla da se pročitaju: {error}</translation>
    </message>
    <message>
        <source>No stock run yet.</source>
        <translation>Još nije bilo pokretanja zaliha.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>Izmenjene stavke</translation>
    </message>
</context>
<context>
    <name>JobScheduleDialog</name>
    <message>
        <source>Edit schedule: {job}</source>
        <translation>Uredi raspored: {job}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Čuvanje…</translation>
    </message>
    <message>
        <source>Could not save the schedule: {reason}</source>
        <translation>Nije moguće sačuvati raspored: {reason}</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Idle</source>
        <translation>Miruje</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>U toku</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>U redu čekanja</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Uspešno</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Delimično</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Prekinuto</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauzirano</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Ograničena brzina</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Potrebna pažnja</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Zastarelo</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Sve prodavnice</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>All stores</source>
        <translation>Sve prodavnice</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Lowest level shown</source>
        <translation>Najniži prikazani nivo</translation>
    </message>
    <message>
        <source>{level} and above</source>
        <translation>{level} i više</translation>
    </message>
    <message>
        <source>Filter log by store</source>
        <translation>Filtriraj dnevnik po prodavnici</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Pokretanje br.</translation>
    </message>
    <message>
        <source>Filter log by run number</source>
        <translation>Filtriraj dnevnik po broju pokretanja</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Pretraži dnevnik</translation>
    </message>
    <message>
        <source>Pause autoscroll</source>
        <translation>Pauziraj automatsko pomeranje</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Izvezi…</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Redovi dnevnika</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new</source>
        <translation>
            <numerusform>Pauzirano — %Ln nov</numerusform>
            <numerusform>Pauzirano — %Ln nova</numerusform>
            <numerusform>Pauzirano — %Ln novih</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Izvezi dnevnik</translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation>Tekst (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log line(s) to {path}</source>
        <translation>
            <numerusform>Izvezen %Ln red dnevnika u {path}</numerusform>
            <numerusform>Izvezena %Ln reda dnevnika u {path}</numerusform>
            <numerusform>Izvezeno %Ln redova dnevnika u {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the log</source>
        <translation>Izvoz dnevnika nije uspeo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Panels</source>
        <translation>Paneli</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Pr&amp;egled</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Prodavnice</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Predstojeće</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Istorija</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Zalihe</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>Po&amp;rudžbine</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Dnevnik</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Dodaj prodavnicu…</translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation>&amp;Sinhronizuj sve sada</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>Pa&amp;uziraj sve</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Po&amp;dešavanja…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otvori &amp;fasciklu podataka</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Poveži se sa serverom…</translation>
    </message>
    <message>
        <source>&amp;About StoreSync</source>
        <translation>&amp;O programu StoreSync</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Prečice na tastaturi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinhronizacija</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alatke</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Glavna</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln u toku</numerusform>
            <numerusform>%Ln u toku</numerusform>
            <numerusform>%Ln u toku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln čeka</numerusform>
            <numerusform>%Ln čekaju</numerusform>
            <numerusform>%Ln čeka</numerusform>
        </translation>
    </message>
    <message>
        <source>No run scheduled</source>
        <translation>Nema zakazanih pokretanja</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Sledeće: {store} {when}</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>&amp;Nastavi sve</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>Baza podataka je bila oštećena</translation>
    </message>
    <message>
        <source>StoreSync found its database damaged ({reason}) and started a new one. The old file was kept at:
{path}

Stores and settings need to be added again.</source>
        <translation>StoreSync je pronašao oštećenu bazu podataka ({reason}) i napravio novu. Stara datoteka je sačuvana u:
{path}

Prodavnice i podešavanja treba ponovo dodati.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A sync</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <source>all stores</source>
        <translation>sve prodavnice</translation>
    </message>
    <message>
        <source>A store</source>
        <translation>Prodavnica</translation>
    </message>
    <message>
        <source>{name} failed</source>
        <translation>{name}: neuspeh</translation>
    </message>
    <message>
        <source>{name} works again</source>
        <translation>{name} ponovo radi</translation>
    </message>
    <message>
        <source>The last run ended {status}.</source>
        <translation>Poslednje pokretanje se završilo: {status}.</translation>
    </message>
    <message>
        <source>{name} paused itself</source>
        <translation>{name} se samo pauziralo</translation>
    </message>
    <message>
        <source>{store} needs attention</source>
        <translation>{store}: potrebna pažnja</translation>
    </message>
    <message>
        <source>{store}: stock data is stale</source>
        <translation>{store}: podaci o zalihama su zastareli</translation>
    </message>
    <message>
        <source>Low stock in {store}</source>
        <translation>Niske zalihe u {store}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> i još %Ln</numerusform>
            <numerusform> i još %Ln</numerusform>
            <numerusform> i još %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) at or below their low-stock threshold: {skus}</source>
        <translation>
            <numerusform>%Ln SKU na pragu niskih zaliha ili ispod: {skus}</numerusform>
            <numerusform>%Ln SKU na pragu niskih zaliha ili ispod: {skus}</numerusform>
            <numerusform>%Ln SKU na pragu niskih zaliha ili ispod: {skus}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Order {number} — {store}</source>
        <translation>Porudžbina {number} — {store}</translation>
    </message>
    <message>
        <source>{status} (the store says “{remote}”)</source>
        <translation>{status} (prodavnica navodi „{remote}“)</translation>
    </message>
    <message>
        <source>Placed {time} · total {total} {currency}</source>
        <translation>Poručeno {time} · ukupno {total} {currency}</translation>
    </message>
    <message>
        <source>Ships to {country}</source>
        <translation>Šalje se u: {country}</translation>
    </message>
    <message>
        <source>Tracking number {tracking}</source>
        <translation>Broj za praćenje {tracking}</translation>
    </message>
    <message>
        <source>Status history of this order</source>
        <translation>Istorija statusa ove porudžbine</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Prijavio</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Njihovim rečima</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Filter orders by store</source>
        <translation>Filtriraj porudžbine po prodavnici</translation>
    </message>
    <message>
        <source>Filter orders by status</source>
        <translation>Filtriraj porudžbine po statusu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>Filter orders by date</source>
        <translation>Filtriraj porudžbine po datumu</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Bilo koji datum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Poslednja 24 sata</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Poslednjih 7 dana</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Poslednjih 30 dana</translation>
    </message>
    <message>
        <source>Order details…</source>
        <translation>Detalji porudžbine…</translation>
    </message>
    <message>
        <source>Orders of every store</source>
        <translation>Porudžbine svih prodavnica</translation>
    </message>
    <message>
        <source>Could not read the orders: {reason}</source>
        <translation>Nije moguće pročitati porudžbine: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln porudžbina</numerusform>
            <numerusform>%Ln porudžbine</numerusform>
            <numerusform>%Ln porudžbina</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overall state</source>
        <translation>Opšte stanje</translation>
    </message>
    <message>
        <source>Today&apos;s totals</source>
        <translation>Današnji zbirovi</translation>
    </message>
    <message>
        <source>Stores at a glance</source>
        <translation>Prodavnice ukratko</translation>
    </message>
    <message>
        <source>No stores yet</source>
        <translation>Još nema prodavnica</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) need attention</source>
        <translation>
            <numerusform>%Ln prodavnici je potrebna pažnja</numerusform>
            <numerusform>%Ln prodavnicama je potrebna pažnja</numerusform>
            <numerusform>%Ln prodavnica zahteva pažnju</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing is paused</source>
        <translation>Sinhronizacija je pauzirana</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) have not synced for a while</source>
        <translation>
            <numerusform>%Ln prodavnica se odavno nije sinhronizovala</numerusform>
            <numerusform>%Ln prodavnice se odavno nisu sinhronizovale</numerusform>
            <numerusform>%Ln prodavnica se odavno nije sinhronizovalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step, next sync {time}</source>
        <translation>
            <numerusform>%Ln prodavnica je usklađena, sledeća sinhronizacija {time}</numerusform>
            <numerusform>Sve %Ln prodavnice su usklađene, sledeća sinhronizacija {time}</numerusform>
            <numerusform>Svih %Ln prodavnica je usklađeno, sledeća sinhronizacija {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step</source>
        <translation>
            <numerusform>%Ln prodavnica je usklađena</numerusform>
            <numerusform>Sve %Ln prodavnice su usklađene</numerusform>
            <numerusform>Svih %Ln prodavnica je usklađeno</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: {reason}</source>
        <translation>Nije moguće pročitati pregled: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln run(s)</source>
        <translation>
            <numerusform>Danas: %Ln pokretanje</numerusform>
            <numerusform>Danas: %Ln pokretanja</numerusform>
            <numerusform>Danas: %Ln pokretanja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>izmenjena %Ln stavka</numerusform>
            <numerusform>izmenjene %Ln stavke</numerusform>
            <numerusform>izmenjeno %Ln stavki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported</source>
        <translation>
            <numerusform>uvezena %Ln porudžbina</numerusform>
            <numerusform>uvezene %Ln porudžbine</numerusform>
            <numerusform>uvezeno %Ln porudžbina</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Started</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Prodavnica</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Okidač</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Preuzeto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreirano</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ažurirano</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nepromenjeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Greška</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Pokretanje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Praćenje</translation>
    </message>
</context>
<context>
    <name>PlatformFields</name>
    <message>
        <source>Shop address</source>
        <translation>Adresa prodavnice</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify address, e.g. my-shop.myshopify.com.</source>
        <translation>Myshopify adresa vaše prodavnice, npr. my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Verzija API-ja</translation>
    </message>
    <message>
        <source>The Shopify API version to use. Keep the default unless support tells you otherwise.</source>
        <translation>Verzija Shopify API-ja koja se koristi. Zadržite podrazumevanu, osim ako vam podrška ne kaže drugačije.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>The Shopify location whose stock is synced. Leave empty to use every location.</source>
        <translation>Shopify lokacija čije se zalihe sinhronizuju. Ostavite prazno da bi se koristile sve lokacije.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Pristupni token za Admin API</translation>
    </message>
    <message>
        <source>From Settings &gt; Apps &gt; Develop apps &gt; your app &gt; API credentials (starts with shpat_).</source>
        <translation>Iz Settings &gt; Apps &gt; Develop apps &gt; vaša aplikacija &gt; API credentials (počinje sa shpat_).</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Statusi porudžbina</translation>
    </message>
    <message>
        <source>How this store&apos;s order statuses read in StoreSync: one &apos;store status = ours&apos; per line; ours is one of pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</source>
        <translation>Kako se statusi porudžbina ove prodavnice čitaju u StoreSync-u: jedan red &apos;status prodavnice = naš status&apos; po statusu; naš je jedan od: pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</translation>
    </message>
    <message>
        <source>The address of your WordPress site, e.g. https://shop.example.com.</source>
        <translation>Adresa vašeg WordPress sajta, npr. https://shop.example.com.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Korisnički ključ</translation>
    </message>
    <message>
        <source>From WooCommerce &gt; Settings &gt; Advanced &gt; REST API (starts with ck_). Needs Read/Write access.</source>
        <translation>Iz WooCommerce &gt; Settings &gt; Advanced &gt; REST API (počinje sa ck_). Potreban je pristup za čitanje i pisanje (Read/Write).</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Korisnička tajna</translation>
    </message>
    <message>
        <source>Shown next to the consumer key (starts with cs_).</source>
        <translation>Prikazuje se pored korisničkog ključa (počinje sa cs_).</translation>
    </message>
    <message>
        <source>How to send the key</source>
        <translation>Kako slati ključ</translation>
    </message>
    <message>
        <source>Keep &apos;basic&apos;. Choose &apos;query&apos; only if the connection test says the consumer key is missing (some hosts strip the login header).</source>
        <translation>Zadržite &apos;basic&apos;. Izaberite &apos;query&apos; samo ako provera veze kaže da nedostaje korisnički ključ (neki hostovi uklanjaju zaglavlje za prijavu).</translation>
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
        <translation>ID kataloga</translation>
    </message>
    <message>
        <source>The BaseLinker catalog (inventory) to sync.</source>
        <translation>BaseLinker katalog (inventory) koji se sinhronizuje.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magacin</translation>
    </message>
    <message>
        <source>The warehouse whose stock is synced, e.g. bl_123. Warehouses of external shops are read-only.</source>
        <translation>Magacin čije se zalihe sinhronizuju, npr. bl_123. Magacini spoljnih prodavnica su samo za čitanje.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>From BaseLinker &gt; My account &gt; API.</source>
        <translation>Iz BaseLinker &gt; My account &gt; API.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where your seller account lives: na (Americas), eu (Europe, Middle East, India), fe (Far East).</source>
        <translation>Gde se nalazi vaš prodavački nalog: na (Amerike), eu (Evropa, Bliski istok, Indija), fe (Daleki istok).</translation>
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
        <translation>ID tržišta</translation>
    </message>
    <message>
        <source>The marketplace to read, e.g. A1PA6795UKMFR9 for Germany.</source>
        <translation>Tržište koje se čita, npr. A1PA6795UKMFR9 za Nemačku.</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>LWA ID klijenta</translation>
    </message>
    <message>
        <source>From Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</source>
        <translation>Iz Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</translation>
    </message>
    <message>
        <source>LWA client secret</source>
        <translation>LWA tajna klijenta</translation>
    </message>
    <message>
        <source>Shown next to the client ID.</source>
        <translation>Prikazuje se pored ID-a klijenta.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token za osvežavanje</translation>
    </message>
    <message>
        <source>Created when you authorise the app for your seller account.</source>
        <translation>Nastaje kada odobrite aplikaciju za svoj prodavački nalog.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresa API-ja</translation>
    </message>
    <message>
        <source>The start of every address, e.g. https://erp.example.com/api.</source>
        <translation>Početak svake adrese, npr. https://erp.example.com/api.</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Način prijave</translation>
    </message>
    <message>
        <source>How the API checks who you are: none, a bearer token, a custom header, a user name and password (basic), a key in the address (query) or in the request body (body), a login request that returns a token (login), OAuth2 client credentials (oauth2), or the user name, password and user token posted as a form with every request (form).</source>
        <translation>Kako API proverava ko ste: nema, bearer token (bearer), prilagođeno zaglavlje (header), korisničko ime i lozinka (basic), ključ u adresi (query) ili u telu zahteva (body), zahtev za prijavu koji vraća token (login), OAuth2 akreditivi klijenta (oauth2) ili korisničko ime, lozinka i korisnički token poslati kao obrazac uz svaki zahtev (form).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
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
        <translation>Polje ključa u telu</translation>
    </message>
    <message>
        <source>For the &apos;body&apos; login, or a token sent in the body: the field&apos;s (dotted) name, e.g. api_key.</source>
        <translation>Za prijavu &apos;body&apos; ili token poslat u telu: ime polja (sa tačkama), npr. api_key.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Ime zaglavlja</translation>
    </message>
    <message>
        <source>For the &apos;header&apos; login: the header&apos;s name, e.g. X-Api-Key.</source>
        <translation>Za prijavu &apos;header&apos;: ime zaglavlja, npr. X-Api-Key.</translation>
    </message>
    <message>
        <source>Key parameter name</source>
        <translation>Ime parametra ključa</translation>
    </message>
    <message>
        <source>For the &apos;query&apos; login: the parameter&apos;s name, e.g. api_key.</source>
        <translation>Za prijavu &apos;query&apos;: ime parametra, npr. api_key.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>For the &apos;basic&apos;, &apos;login&apos; and &apos;form&apos; logins.</source>
        <translation>Za prijave &apos;basic&apos;, &apos;login&apos; i &apos;form&apos;.</translation>
    </message>
    <message>
        <source>Token, key or password</source>
        <translation>Token, ključ ili lozinka</translation>
    </message>
    <message>
        <source>The value the login method sends.</source>
        <translation>Vrednost koju šalje način prijave.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Korisnički token</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: the account&apos;s password.</source>
        <translation>Za korak &apos;login&apos; ili prijavu &apos;form&apos;: lozinka naloga.</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: a token the vendor issues to your account, if it asks for one.</source>
        <translation>Za korak &apos;login&apos; ili prijavu &apos;form&apos;: token koji dobavljač izdaje vašem nalogu, ako ga traži.</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>OAuth2 ID klijenta</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client ID the vendor gave you.</source>
        <translation>Za &apos;oauth2&apos;: ID klijenta koji vam je dao dobavljač.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Tajna klijenta</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client secret.</source>
        <translation>Za &apos;oauth2&apos;: tajna klijenta.</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Adresa za prijavu</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: the path (or address) that gives a token, e.g. /auth/token.</source>
        <translation>Za &apos;login&apos; i &apos;oauth2&apos;: putanja (ili adresa) koja izdaje token, npr. /auth/token.</translation>
    </message>
    <message>
        <source>Login request</source>
        <translation>Zahtev za prijavu</translation>
    </message>
    <message>
        <source>For &apos;login&apos;: the JSON sent; {username}, {password}, {user_token} and {secret} are filled in from the store&apos;s settings and keychain.</source>
        <translation>Za &apos;login&apos;: JSON koji se šalje; {username}, {password}, {user_token} i {secret} popunjavaju se iz podešavanja prodavnice i priveska ključeva.</translation>
    </message>
    <message>
        <source>Token in the login answer</source>
        <translation>Token u odgovoru na prijavu</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: dotted path to the token, e.g. access_token.</source>
        <translation>Za &apos;login&apos; i &apos;oauth2&apos;: putanja sa tačkama do tokena, npr. access_token.</translation>
    </message>
    <message>
        <source>Token lifetime in the answer</source>
        <translation>Trajanje tokena u odgovoru</translation>
    </message>
    <message>
        <source>Dotted path to the token&apos;s lifetime in seconds, e.g. expires_in; empty: kept until refused.</source>
        <translation>Putanja sa tačkama do trajanja tokena u sekundama, npr. expires_in; prazno: koristi se dok ne bude odbijen.</translation>
    </message>
    <message>
        <source>How to send the token</source>
        <translation>Kako slati token</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: as a bearer token, in the header named above, in the address parameter named above, or in the request body field named above.</source>
        <translation>Za &apos;login&apos; i &apos;oauth2&apos;: kao bearer token, u zaglavlju navedenom iznad, u parametru adrese navedenom iznad ili u polju tela zahteva navedenom iznad.</translation>
    </message>
    <message>
        <source>OAuth2 scope</source>
        <translation>OAuth2 opseg</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the scope to ask for, if the API wants one.</source>
        <translation>Za &apos;oauth2&apos;: opseg koji se traži, ako ga API zahteva.</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Metoda zahteva</translation>
    </message>
    <message>
        <source>GET for most APIs; POST for APIs that take the request as a JSON body (RPC-style ERPs).</source>
        <translation>GET za većinu API-ja; POST za API-je koji primaju zahtev kao JSON telo (ERP sistemi u RPC stilu).</translation>
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
        <translation>Telo zahteva</translation>
    </message>
    <message>
        <source>For POST: the JSON sent with every list request; page, cursor and changed-since values are placed in it under their parameter names (a dotted name places them inside an object).</source>
        <translation>Za POST: JSON koji se šalje uz svaki zahtev za listu; vrednosti stranice, kursora i „promenjeno od” upisuju se u njega pod imenima svojih parametara (ime sa tačkama ih stavlja unutar objekta).</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Dodatna zaglavlja</translation>
    </message>
    <message>
        <source>Optional: headers sent with every request, as a JSON object, e.g. {&quot;Accept-Language&quot;: &quot;en&quot;}.</source>
        <translation>Opciono: zaglavlja koja se šalju uz svaki zahtev, kao JSON objekat, npr. {&quot;Accept-Language&quot;: &quot;en&quot;}.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Učestalost zahteva</translation>
    </message>
    <message>
        <source>Optional: the most requests StoreSync sends, e.g. 5/s or 100/min.</source>
        <translation>Opciono: najveći broj zahteva koje StoreSync šalje, npr. 5/s ili 100/min.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Istovremeni zahtevi</translation>
    </message>
    <message>
        <source>The most requests on the wire at once, for all this store&apos;s jobs together. 2: the next page is asked for while this one is stored; 1: one request at a time.</source>
        <translation>Najveći broj zahteva u toku u isto vreme, za sve zadatke ove prodavnice zajedno. 2: sledeća stranica se traži dok se ova čuva; 1: jedan po jedan zahtev.</translation>
    </message>
    <message>
        <source>Success in the answer</source>
        <translation>Uspeh u odgovoru</translation>
    </message>
    <message>
        <source>Optional, for APIs that answer 200 even when a call fails and say so in the body: dotted path to the value that tells, e.g. status_code or isError. Every answer is checked: reads, the login and writes.</source>
        <translation>Opciono, za API-je koji odgovaraju sa 200 čak i kada poziv ne uspe i to navode u telu: putanja sa tačkama do vrednosti koja to kaže, npr. status_code ili isError. Proverava se svaki odgovor: čitanja, prijava i upisi.</translation>
    </message>
    <message>
        <source>Success value</source>
        <translation>Vrednost uspeha</translation>
    </message>
    <message>
        <source>The value at that path that means success, e.g. R200, or false for an isError flag; several separated by commas. Any other value fails the call.</source>
        <translation>Vrednost na toj putanji koja znači uspeh, npr. R200, ili false za oznaku isError; više njih odvojenih zarezima. Svaka druga vrednost znači neuspeo poziv.</translation>
    </message>
    <message>
        <source>API&apos;s error message</source>
        <translation>Poruka o grešci API-ja</translation>
    </message>
    <message>
        <source>Dotted path to the API&apos;s own message in a failing answer, e.g. msg or messages; it is shown with the store&apos;s name.</source>
        <translation>Putanja sa tačkama do sopstvene poruke API-ja u neuspešnom odgovoru, npr. msg ili messages; prikazuje se uz ime prodavnice.</translation>
    </message>
    <message>
        <source>Values for refused credentials</source>
        <translation>Vrednosti za odbijene akreditive</translation>
    </message>
    <message>
        <source>Optional: values at the success path that mean the credentials were refused, e.g. R401; reported as a credentials problem (a login token is renewed once first).</source>
        <translation>Opciono: vrednosti na putanji uspeha koje znače da su akreditivi odbijeni, npr. R401; prijavljuju se kao problem sa akreditivima (token za prijavu se prvo jednom obnovi).</translation>
    </message>
    <message>
        <source>Stock endpoint</source>
        <translation>Endpoint zaliha</translation>
    </message>
    <message>
        <source>The path that lists your products, e.g. /products or stock/list.</source>
        <translation>Putanja koja daje listu vaših proizvoda, npr. /products ili stock/list.</translation>
    </message>
    <message>
        <source>Where the list is</source>
        <translation>Gde je lista</translation>
    </message>
    <message>
        <source>Dotted path to the product list in the answer, e.g. data.items; empty if it is the list.</source>
        <translation>Putanja sa tačkama do liste proizvoda u odgovoru, npr. data.items; prazno ako je odgovor sama lista.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Stranice</translation>
    </message>
    <message>
        <source>How the API splits long lists: none, page numbers, offset and limit, a cursor in the answer (a token, or a whole address), a next-page address in the answer, the next page&apos;s number in the answer, or a Link header.</source>
        <translation>Kako API deli duge liste: nema, brojevi stranica, pomak i ograničenje, kursor u odgovoru (token ili cela adresa), adresa sledeće stranice u odgovoru, broj sledeće stranice u odgovoru ili zaglavlje Link.</translation>
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
        <translation>Parametar stranice</translation>
    </message>
    <message>
        <source>Name of the page-number parameter.</source>
        <translation>Ime parametra za broj stranice.</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Parametar veličine stranice</translation>
    </message>
    <message>
        <source>Name of the page-size parameter; empty to not send one.</source>
        <translation>Ime parametra veličine stranice; prazno da se ne šalje.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Veličina stranice</translation>
    </message>
    <message>
        <source>How many records to ask for per page.</source>
        <translation>Koliko zapisa tražiti po stranici.</translation>
    </message>
    <message>
        <source>Total pages header</source>
        <translation>Zaglavlje ukupnog broja stranica</translation>
    </message>
    <message>
        <source>Header that tells how many pages there are.</source>
        <translation>Zaglavlje koje kaže koliko ima stranica.</translation>
    </message>
    <message>
        <source>Total pages in the answer</source>
        <translation>Ukupno stranica u odgovoru</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of pages inside the answer, e.g. meta.total_pages.</source>
        <translation>Opciono: putanja sa tačkama do broja stranica u odgovoru, npr. meta.total_pages.</translation>
    </message>
    <message>
        <source>Total records in the answer</source>
        <translation>Ukupno zapisa u odgovoru</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of records in the whole list, e.g. count or meta.total; pages stop once that many are read.</source>
        <translation>Opciono: putanja sa tačkama do broja zapisa cele liste, npr. count ili meta.total; čitanje stranica staje kad se pročita toliko zapisa.</translation>
    </message>
    <message>
        <source>Total records header</source>
        <translation>Zaglavlje ukupnog broja zapisa</translation>
    </message>
    <message>
        <source>Optional: header that tells how many records the whole list has, e.g. X-Total-Count.</source>
        <translation>Opciono: zaglavlje koje kaže koliko zapisa ima cela lista, npr. X-Total-Count.</translation>
    </message>
    <message>
        <source>Next page number in the answer</source>
        <translation>Broj sledeće stranice u odgovoru</translation>
    </message>
    <message>
        <source>For next-page-number pages: dotted path to it, e.g. meta.next_page; the list ends when it is empty.</source>
        <translation>Za stranice sa brojem sledeće stranice: putanja sa tačkama do njega, npr. meta.next_page; lista se završava kada je prazan.</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Parametar pomaka</translation>
    </message>
    <message>
        <source>For offset pages: the offset parameter&apos;s name.</source>
        <translation>Za stranice sa pomakom: ime parametra pomaka.</translation>
    </message>
    <message>
        <source>Limit parameter</source>
        <translation>Parametar ograničenja</translation>
    </message>
    <message>
        <source>For offset pages: the limit parameter&apos;s name.</source>
        <translation>Za stranice sa pomakom: ime parametra ograničenja.</translation>
    </message>
    <message>
        <source>Cursor in the answer</source>
        <translation>Kursor u odgovoru</translation>
    </message>
    <message>
        <source>For cursor pages: dotted path to the next cursor.</source>
        <translation>Za stranice sa kursorom: putanja sa tačkama do sledećeg kursora.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Parametar kursora</translation>
    </message>
    <message>
        <source>For cursor pages: the parameter that sends the cursor back.</source>
        <translation>Za stranice sa kursorom: parametar kojim se kursor šalje nazad.</translation>
    </message>
    <message>
        <source>Next page address in the answer</source>
        <translation>Adresa sledeće stranice u odgovoru</translation>
    </message>
    <message>
        <source>For next-address pages: dotted path to it.</source>
        <translation>Za stranice sa adresom sledeće stranice: putanja sa tačkama do nje.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Mapiranje polja</translation>
    </message>
    <message>
        <source>Where each value is inside a record (dotted paths): sku, name, quantity, price, updated_at, and optionally location. Quantity may add several fields: stock.shop + stock.depot.</source>
        <translation>Gde se u zapisu nalazi svaka vrednost (putanje sa tačkama): sku, name, quantity, price, updated_at i opciono location. Količina može sabrati više polja: stock.shop + stock.depot.</translation>
    </message>
    <message>
        <source>Records to skip</source>
        <translation>Zapisi koji se preskaču</translation>
    </message>
    <message>
        <source>Optional: records that are not stock, skipped (not failed), e.g. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; skips a missing or empty value, &quot;!product&quot; anything but product.</source>
        <translation>Opciono: zapisi koji nisu zalihe, preskaču se (ne računaju se kao neuspeli), npr. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; preskače vrednost koja nedostaje ili je prazna, &quot;!product&quot; sve osim product.</translation>
    </message>
    <message>
        <source>Nested stock records</source>
        <translation>Ugnežđeni zapisi zaliha</translation>
    </message>
    <message>
        <source>Optional: dotted path to a list inside each record with one stock record per element (e.g. per warehouse); values missing from an element come from its record (or parent.x).</source>
        <translation>Opciono: putanja sa tačkama do liste unutar svakog zapisa, sa jednim zapisom zaliha po elementu (npr. po magacinu); vrednosti koje nedostaju u elementu uzimaju se iz njegovog zapisa (ili parent.x).</translation>
    </message>
    <message>
        <source>Quantity per location</source>
        <translation>Količina po lokaciji</translation>
    </message>
    <message>
        <source>Optional: one quantity field per location, e.g. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; the item&apos;s quantity is their sum.</source>
        <translation>Opciono: jedno polje količine po lokaciji, npr. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; količina artikla je njihov zbir.</translation>
    </message>
    <message>
        <source>Second endpoint</source>
        <translation>Drugi endpoint</translation>
    </message>
    <message>
        <source>Optional: a path whose records are joined to the stock records by a key; their values are read as join.x in the field mapping.</source>
        <translation>Opciono: putanja čiji se zapisi spajaju sa zapisima zaliha po ključu; njihove vrednosti se u mapiranju polja čitaju kao join.x.</translation>
    </message>
    <message>
        <source>Where its list is</source>
        <translation>Gde je njegova lista</translation>
    </message>
    <message>
        <source>Dotted path to the second endpoint&apos;s list in its answer; empty if it is the list.</source>
        <translation>Putanja sa tačkama do liste drugog endpointa u njegovom odgovoru; prazno ako je odgovor sama lista.</translation>
    </message>
    <message>
        <source>Its key</source>
        <translation>Njegov ključ</translation>
    </message>
    <message>
        <source>The key in the second endpoint&apos;s records, e.g. product_id.</source>
        <translation>Ključ u zapisima drugog endpointa, npr. product_id.</translation>
    </message>
    <message>
        <source>Matched with</source>
        <translation>Upoređuje se sa</translation>
    </message>
    <message>
        <source>The key in the stock records it matches, e.g. id.</source>
        <translation>Ključ u zapisima zaliha sa kojim se upoređuje, npr. id.</translation>
    </message>
    <message>
        <source>Changed-since parameter</source>
        <translation>Parametar „promenjeno od”</translation>
    </message>
    <message>
        <source>Optional: parameter that asks only for orders changed since the last sync.</source>
        <translation>Opciono: parametar kojim se traže samo porudžbine promenjene od poslednje sinhronizacije.</translation>
    </message>
    <message>
        <source>Changed-since format</source>
        <translation>Format „promenjeno od”</translation>
    </message>
    <message>
        <source>How the API wants that time: iso (2026-03-01T10:00:00+00:00), unix (seconds), unix_ms (milliseconds) or datetime (2026-03-01 10:00:00, UTC).</source>
        <translation>Kako API želi to vreme: iso (2026-03-01T10:00:00+00:00), unix (sekunde), unix_ms (milisekunde) ili datetime (2026-03-01 10:00:00, UTC).</translation>
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
        <translation>Endpoint porudžbina</translation>
    </message>
    <message>
        <source>Optional: the path that lists orders.</source>
        <translation>Opciono: putanja koja daje listu porudžbina.</translation>
    </message>
    <message>
        <source>Where the order list is</source>
        <translation>Gde je lista porudžbina</translation>
    </message>
    <message>
        <source>Dotted path to the order list in the answer, e.g. orders; empty if it is the list.</source>
        <translation>Putanja sa tačkama do liste porudžbina u odgovoru, npr. orders; prazno ako je odgovor sama lista.</translation>
    </message>
    <message>
        <source>Order field mapping</source>
        <translation>Mapiranje polja porudžbine</translation>
    </message>
    <message>
        <source>Where each order value is (dotted paths): id, number, status, total, currency, created_at, updated_at, customer_country (e.g. shipping.country) and tracking.</source>
        <translation>Gde se nalazi svaka vrednost porudžbine (putanje sa tačkama): id, number, status, total, currency, created_at, updated_at, customer_country (npr. shipping.country) i tracking.</translation>
    </message>
    <message>
        <source>Shipments endpoint</source>
        <translation>Endpoint pošiljki</translation>
    </message>
    <message>
        <source>For a courier: the path that lists shipments, e.g. /parcels. Its statuses move the orders of the store named below on (the Shipments job).</source>
        <translation>Za kurirsku službu: putanja koja daje listu pošiljki, npr. /parcels. Njihovi statusi pomeraju dalje porudžbine prodavnice navedene ispod (zadatak Pošiljke).</translation>
    </message>
    <message>
        <source>Where the shipment list is</source>
        <translation>Gde je lista pošiljki</translation>
    </message>
    <message>
        <source>Dotted path to the shipment list in the answer, e.g. parcels; empty if it is the list.</source>
        <translation>Putanja sa tačkama do liste pošiljki u odgovoru, npr. parcels; prazno ako je odgovor sama lista.</translation>
    </message>
    <message>
        <source>Shipment field mapping</source>
        <translation>Mapiranje polja pošiljke</translation>
    </message>
    <message>
        <source>Where each shipment value is (dotted paths): reference (the order it carries), status, tracking and updated_at. Its statuses read as ours through the order statuses below.</source>
        <translation>Gde se nalazi svaka vrednost pošiljke (putanje sa tačkama): reference (porudžbina koju nosi), status, tracking i updated_at. Njeni statusi se čitaju kao naši preko statusa porudžbina ispod.</translation>
    </message>
    <message>
        <source>Orders it follows</source>
        <translation>Porudžbine koje prati</translation>
    </message>
    <message>
        <source>For a courier: the name of the store whose orders its shipments move on.</source>
        <translation>Za kurirsku službu: ime prodavnice čije porudžbine njene pošiljke pomeraju dalje.</translation>
    </message>
    <message>
        <source>Matched with the order&apos;s</source>
        <translation>Upoređuje se sa porudžbinom po</translation>
    </message>
    <message>
        <source>What a shipment&apos;s reference is in that store: the order number, or the store&apos;s id for it.</source>
        <translation>Šta je referenca pošiljke u toj prodavnici: broj porudžbine ili ID koji joj je dodelila prodavnica.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>broj</translation>
    </message>
    <message>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <source>Write statuses back</source>
        <translation>Upisuj statuse nazad</translation>
    </message>
    <message>
        <source>yes: each status a shipment moves an order to is also written to the order&apos;s own store, through that store&apos;s order status write below.</source>
        <translation>da: svaki status na koji pošiljka pomeri porudžbinu upisuje se i u prodavnicu te porudžbine, preko upisa statusa porudžbine te prodavnice (ispod).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Order status write endpoint</source>
        <translation>Endpoint za upis statusa porudžbine</translation>
    </message>
    <message>
        <source>Optional: the path an order&apos;s new status is written to; it may hold {id} or {number}, e.g. orders/{id}/status.</source>
        <translation>Opciono: putanja na koju se upisuje novi status porudžbine; može sadržati {id} ili {number}, npr. orders/{id}/status.</translation>
    </message>
    <message>
        <source>Order status write method</source>
        <translation>Metoda upisa statusa porudžbine</translation>
    </message>
    <message>
        <source>The HTTP method of an order status write.</source>
        <translation>HTTP metoda upisa statusa porudžbine.</translation>
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
        <translation>Telo upisa statusa porudžbine</translation>
    </message>
    <message>
        <source>JSON template of the body: {status} is the store&apos;s own name for the status (from the order statuses below), {tracking}, {number} and {id} are the order&apos;s.</source>
        <translation>JSON šablon tela: {status} je naziv statusa u samoj prodavnici (iz statusa porudžbina ispod), {tracking}, {number} i {id} su iz porudžbine.</translation>
    </message>
    <message>
        <source>Order status write accepted codes</source>
        <translation>Prihvaćeni kodovi upisa statusa porudžbine</translation>
    </message>
    <message>
        <source>The status codes that count as written, e.g. 200,204; empty: any 2xx.</source>
        <translation>Statusni kodovi koji se računaju kao upisano, npr. 200,204; prazno: bilo koji 2xx.</translation>
    </message>
    <message>
        <source>Where the written status is</source>
        <translation>Gde je upisani status</translation>
    </message>
    <message>
        <source>Optional: path to the order&apos;s status in the answer, e.g. order.status; it must read as the status sent. Empty: an accepted status code counts as written.</source>
        <translation>Opciono: putanja do statusa porudžbine u odgovoru, npr. order.status; mora glasiti kao poslati status. Prazno: prihvaćen statusni kod se računa kao upisano.</translation>
    </message>
    <message>
        <source>Stock update endpoint</source>
        <translation>Endpoint za ažuriranje zaliha</translation>
    </message>
    <message>
        <source>Optional: the path stock is written to; per item it may hold {sku} or {id}, e.g. products/{id}/stock.</source>
        <translation>Opciono: putanja na koju se upisuju zalihe; pri pojedinačnom upisu može sadržati {sku} ili {id}, npr. products/{id}/stock.</translation>
    </message>
    <message>
        <source>Stock write style</source>
        <translation>Način upisa zaliha</translation>
    </message>
    <message>
        <source>batch: one request carries many items; per_item: one request per SKU.</source>
        <translation>paketno: jedan zahtev nosi mnogo artikala; pojedinačno: jedan zahtev po SKU.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>paketno</translation>
    </message>
    <message>
        <source>per_item</source>
        <translation>pojedinačno</translation>
    </message>
    <message>
        <source>Stock write method</source>
        <translation>Metoda upisa zaliha</translation>
    </message>
    <message>
        <source>The HTTP method of a stock write.</source>
        <translation>HTTP metoda upisa zaliha.</translation>
    </message>
    <message>
        <source>Stock write body</source>
        <translation>Telo upisa zaliha</translation>
    </message>
    <message>
        <source>JSON template of the body: in a batch &quot;{items}&quot; is where the list goes (default {&quot;items&quot;: &quot;{items}&quot;}); per item e.g. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</source>
        <translation>JSON šablon tela: pri paketnom upisu &quot;{items}&quot; označava mesto liste (podrazumevano {&quot;items&quot;: &quot;{items}&quot;}); pri pojedinačnom npr. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</translation>
    </message>
    <message>
        <source>Stock write item</source>
        <translation>Stavka upisa zaliha</translation>
    </message>
    <message>
        <source>JSON template of one item of a batch (default {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</source>
        <translation>JSON šablon jedne stavke paketa (podrazumevano {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</translation>
    </message>
    <message>
        <source>Accepted status codes</source>
        <translation>Prihvaćeni statusni kodovi</translation>
    </message>
    <message>
        <source>The status codes that count as accepted, e.g. 200,201; empty: any 2xx.</source>
        <translation>Statusni kodovi koji se računaju kao prihvaćeno, npr. 200,201; prazno: bilo koji 2xx.</translation>
    </message>
    <message>
        <source>Where the write result is</source>
        <translation>Gde je rezultat upisa</translation>
    </message>
    <message>
        <source>Batch: path to the per-item results ({sku, ok, error}); per item: path to the quantity the answer shows. Empty: the answer says nothing per item, so StoreSync reads the SKUs back.</source>
        <translation>Paketno: putanja do rezultata po stavci ({sku, ok, error}); pojedinačno: putanja do količine koju odgovor pokazuje. Prazno: odgovor ne govori ništa po stavci, pa StoreSync ponovo čita SKU-ove.</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>The first %Ln item(s) as StoreSync reads them.</source>
        <translation>
            <numerusform>Prva %Ln stavka kako je StoreSync čita.</numerusform>
            <numerusform>Prve %Ln stavke kako ih StoreSync čita.</numerusform>
            <numerusform>Prvih %Ln stavki kako ih StoreSync čita.</numerusform>
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
        <translation>SKU izvora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>Cilj sada</translation>
    </message>
    <message>
        <source>Target after</source>
        <translation>Cilj posle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Preview push to {store}</source>
        <translation>Pregled slanja u {store}</translation>
    </message>
    <message>
        <source>{w} to write, {u} unchanged, {s} skipped. Rules apply in this order: {order}.</source>
        <translation>Za upis: {w}, nepromenjeno: {u}, preskočeno: {s}. Pravila se primenjuju ovim redom: {order}.</translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation>Plan slanja</translation>
    </message>
    <message>
        <source>Only on the source</source>
        <translation>Samo u izvoru</translation>
    </message>
    <message>
        <source>Only on the target</source>
        <translation>Samo u cilju</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Duplirani</translation>
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
        <translation>Neupareni SKU ({n})</translation>
    </message>
    <message>
        <source>Push these changes</source>
        <translation>Pošalji ove izmene</translation>
    </message>
    <message>
        <source>Export plan CSV…</source>
        <translation>Izvezi plan u CSV…</translation>
    </message>
    <message>
        <source>Export unmatched CSV…</source>
        <translation>Izvezi neuparene u CSV…</translation>
    </message>
    <message>
        <source>Export SKU pairs to fill in…</source>
        <translation>Izvezi SKU parove za popunjavanje…</translation>
    </message>
    <message>
        <source>The SKUs only on the source, each with an empty target SKU: fill them in, then import the file with Import SKU pairs in the store&apos;s push rules.</source>
        <translation>SKU samo u izvoru, svaki sa praznim ciljnim SKU: popunite ih, pa uvezite datoteku preko Uvezi SKU parove u pravilima slanja prodavnice.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvezi</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>never</source>
        <translation>nikad</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>bez ograničenja</translation>
    </message>
    <message>
        <source>Import SKU pairs (CSV)…</source>
        <translation>Uvezi SKU parove (CSV)…</translation>
    </message>
    <message>
        <source>Rules apply in this order: {order}.</source>
        <translation>Pravila se primenjuju ovim redom: {order}.</translation>
    </message>
    <message>
        <source>Keep back</source>
        <translation>Zadrži u rezervi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation>SKU izvora</translation>
    </message>
    <message>
        <source>Show %</source>
        <translation>Prikaži %</translation>
    </message>
    <message>
        <source>Show 0 below</source>
        <translation>Prikaži 0 ispod</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Najviše</translation>
    </message>
    <message>
        <source>Per-SKU buffer rules</source>
        <translation>Pravila rezerve po SKU</translation>
    </message>
    <message>
        <source>Add a SKU rule</source>
        <translation>Dodaj SKU pravilo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: enter the source SKU.</source>
        <translation>SKU pravilo {row}: unesite SKU izvora.</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: {sku} has a rule already.</source>
        <translation>SKU pravilo {row}: {sku} već ima pravilo.</translation>
    </message>
    <message>
        <source>Per-SKU rule for {sku}: {reason}</source>
        <translation>SKU pravilo za {sku}: {reason}</translation>
    </message>
    <message>
        <source>{what} must be a whole number of 0 or more, not {text!r}.</source>
        <translation>{what} mora biti ceo broj 0 ili veći, a ne {text!r}.</translation>
    </message>
    <message>
        <source>Per-SKU rules (each replaces the rule above for its SKU):</source>
        <translation>Pravila po SKU (svako zamenjuje gornje pravilo za svoj SKU):</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>Ukloni prefiks</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>Ukloni sufiks</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>Dodaj prefiks</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>Dodaj sufiks</translation>
    </message>
    <message>
        <source>SKU pairs</source>
        <translation>SKU parovi</translation>
    </message>
    <message>
        <source>The file could not be read as text.</source>
        <translation>Datoteka nije mogla da se pročita kao tekst.</translation>
    </message>
    <message>
        <source>Import SKU pairs</source>
        <translation>Uvezi SKU parove</translation>
    </message>
</context>
<context>
    <name>PushRulesForm</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln par</numerusform>
            <numerusform>%Ln para</numerusform>
            <numerusform>%Ln parova</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuantityChart</name>
    <message>
        <source>Quantity over time</source>
        <translation>Količina kroz vreme</translation>
    </message>
</context>
<context>
    <name>RemoveStore</name>
    <message>
        <source>A sync of &apos;{name}&apos; is running. Remove the store once it has finished.</source>
        <translation>Sinhronizacija „{name}” je u toku. Uklonite prodavnicu kada se završi.</translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: {reason}</source>
        <translation>Njeni unosi u privesku ključeva nisu mogli da se uklone: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>„{name}” je uklonjena. Njena istorija sinhronizacije ostaje najviše %Ln dan, dok je čuvanje ne ukloni.</numerusform>
            <numerusform>„{name}” je uklonjena. Njena istorija sinhronizacije ostaje najviše %Ln dana, dok je čuvanje ne ukloni.</numerusform>
            <numerusform>„{name}” je uklonjena. Njena istorija sinhronizacije ostaje najviše %Ln dana, dok je čuvanje ne ukloni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>Ukloni prodavnicu</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;?</source>
        <translation>Ukloniti „{name}”?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>The store could not be removed: {reason}</source>
        <translation>Prodavnica nije mogla da se ukloni: {reason}</translation>
    </message>
    <message>
        <source>The store could not be removed; the log has the details.</source>
        <translation>Prodavnica nije mogla da se ukloni; detalji su u dnevniku.</translation>
    </message>
</context>
<context>
    <name>RemoveStoreDialog</name>
    <message numerus="yes">
        <source>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>StoreSync prestaje da je sinhronizuje i briše njene sačuvane tajne iz priveska ključeva. Njena istorija sinhronizacije ostaje najviše %Ln dan, dok je čuvanje ne ukloni.</numerusform>
            <numerusform>StoreSync prestaje da je sinhronizuje i briše njene sačuvane tajne iz priveska ključeva. Njena istorija sinhronizacije ostaje najviše %Ln dana, dok je čuvanje ne ukloni.</numerusform>
            <numerusform>StoreSync prestaje da je sinhronizuje i briše njene sačuvane tajne iz priveska ključeva. Njena istorija sinhronizacije ostaje najviše %Ln dana, dok je čuvanje ne ukloni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestRateChart</name>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Requests over the run</source>
        <translation>Zahtevi tokom pokretanja</translation>
    </message>
    <message>
        <source>The requests of this run could not be read: {error}</source>
        <translation>Zahtevi ovog pokretanja nisu mogli da se pročitaju: {error}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Zahtevi</translation>
    </message>
    <message>
        <source>“Slow down” answers (429)</source>
        <translation>Odgovori „usporite” (429)</translation>
    </message>
    <message>
        <source>Seconds waiting on rate limits</source>
        <translation>Sekunde čekanja zbog ograničenja brzine</translation>
    </message>
    <message>
        <source>Seconds since the run started</source>
        <translation>Sekunde od početka pokretanja</translation>
    </message>
    <message>
        <source>Per {seconds} s</source>
        <translation>Na {seconds} s</translation>
    </message>
    <message>
        <source>Seconds waiting</source>
        <translation>Sekunde čekanja</translation>
    </message>
    <message>
        <source>Requests: {requests} · “Slow down” answers: {throttled} · Waiting on rate limits: {waited} s</source>
        <translation>Zahtevi: {requests} · Odgovori „usporite”: {throttled} · Čekanje zbog ograničenja brzine: {waited} s</translation>
    </message>
</context>
<context>
    <name>RunDetail</name>
    <message>
        <source>Run {id} — {store}</source>
        <translation>Pokretanje {id} — {store}</translation>
    </message>
    <message>
        <source>Started {start}, took {took}</source>
        <translation>Počelo {start}, trajalo {took}</translation>
    </message>
    <message>
        <source>Log lines of this run</source>
        <translation>Redovi dnevnika ovog pokretanja</translation>
    </message>
    <message>
        <source>No log lines were kept for this run.</source>
        <translation>Za ovo pokretanje nisu sačuvani redovi dnevnika.</translation>
    </message>
    <message>
        <source>SKUs changed by this run</source>
        <translation>SKU izmenjeni ovim pokretanjem</translation>
    </message>
    <message>
        <source>Reading the run&apos;s log…</source>
        <translation>Čitam dnevnik izvršavanja…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Posle</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Dnevnik</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Izmene</translation>
    </message>
    <message>
        <source>an answer this version cannot show</source>
        <translation>odgovor koji ova verzija ne ume da prikaže</translation>
    </message>
    <message>
        <source>Could not read the run: {reason}</source>
        <translation>Nije moguće pročitati izvršavanje: {reason}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>uklonjeno</translation>
    </message>
    <message>
        <source>Log ({n})</source>
        <translation>Dnevnik ({n})</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Izmene ({n})</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Timeline of runs</source>
        <translation>Vremenska linija pokretanja</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>The timeline could not be read: {error}</source>
        <translation>Vremenska linija nije mogla da se pročita: {error}</translation>
    </message>
    <message>
        <source>No runs to show for these filters.</source>
        <translation>Nema pokretanja za ove filtere.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more store(s) in the table</source>
        <translation>
            <numerusform>i još %Ln prodavnica u tabeli</numerusform>
            <numerusform>i još %Ln prodavnice u tabeli</numerusform>
            <numerusform>i još %Ln prodavnica u tabeli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>System time zone</source>
        <translation>Sistemska vremenska zona</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Svakih N minuta</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Svakih N sati</translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation>Svakog dana u</translation>
    </message>
    <message>
        <source>Weekly on</source>
        <translation>Nedeljno u</translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation>Napredno (cron)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>pon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>uto</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>sre</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>čet</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pet</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>ned</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Koliko često</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation>Minuti između pokretanja</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Sati između pokretanja</translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation>Vreme dnevnog pokretanja</translation>
    </message>
    <message>
        <source>Run on {day}</source>
        <translation>Pokreni u {day}</translation>
    </message>
    <message>
        <source>Weekly run time</source>
        <translation>Vreme nedeljnog pokretanja</translation>
    </message>
    <message>
        <source>at</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron izraz</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week (mon-sun).</source>
        <translation>Pet polja: minut, sat, dan u mesecu, mesec, dan u nedelji (mon-sun).</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Samo između</translation>
    </message>
    <message>
        <source>Limit to active hours</source>
        <translation>Ograniči na aktivne sate</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation>Početak aktivnih sati</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation>Kraj aktivnih sati</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Vremenska zona</translation>
    </message>
    <message>
        <source>Schedule in words</source>
        <translation>Raspored rečima</translation>
    </message>
    <message>
        <source>Next run times</source>
        <translation>Sledeća pokretanja</translation>
    </message>
    <message>
        <source>What is wrong with the schedule</source>
        <translation>Šta nije u redu sa rasporedom</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Pokretanje</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktivni sati</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone StoreSync knows. Pick one from the list, e.g. Europe/Warsaw.</source>
        <translation>„{zone}” nije vremenska zona koju StoreSync poznaje. Izaberite jednu sa liste, npr. Europe/Belgrade.</translation>
    </message>
    <message>
        <source>This schedule never runs: widen the active hours or pick other days.</source>
        <translation>Ovaj raspored se nikada ne pokreće: proširite aktivne sate ili izaberite druge dane.</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Sledeća pokretanja:</translation>
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
        <translation>Svakog dana u {time}</translation>
    </message>
    <message>
        <source>Weekly on {days} at {time}</source>
        <translation>Nedeljno: {days} u {time}</translation>
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
        <translation>{schedule}, samo od {start} do {end}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Svakog dana</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Svakog sata</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Svakog minuta</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Svakih %n dan</numerusform>
            <numerusform>Svaka %n dana</numerusform>
            <numerusform>Svakih %n dana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Svakih %n sat</numerusform>
            <numerusform>Svaka %n sata</numerusform>
            <numerusform>Svakih %n sati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Svakih %n minut</numerusform>
            <numerusform>Svake %n minute</numerusform>
            <numerusform>Svakih %n minuta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>StoreSync – server {address}</source>
        <translation>StoreSync – server {address}</translation>
    </message>
    <message>
        <source>Stores and jobs on the server</source>
        <translation>Prodavnice i zadaci na serveru</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizuj sada</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauziraj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>Uredi raspored…</translation>
    </message>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>{what} – nije uspelo: {reason}</translation>
    </message>
    <message>
        <source>Not connected: {reason}. Connect again with the server&apos;s token.</source>
        <translation>Nije povezano: {reason}. Povežite se ponovo sa tokenom servera.</translation>
    </message>
    <message>
        <source>Not connected ({reason}); trying again…</source>
        <translation>Nije povezano ({reason}); pokušavam ponovo…</translation>
    </message>
    <message>
        <source>Not connected; trying again…</source>
        <translation>Nije povezano; pokušavam ponovo…</translation>
    </message>
    <message>
        <source>No worker is running: queued runs wait until one starts</source>
        <translation>Nijedan radnik ne radi: izvršavanja u redu čekaju da se neki pokrene</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>an unexpected problem (the log has the details)</source>
        <translation>neočekivan problem (detalji su u dnevniku)</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Dani čuvanja</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dana</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>Napravi rezervnu kopiju sada...</translation>
    </message>
    <message>
        <source>Export history (CSV)...</source>
        <translation>Izvezi istoriju (CSV)...</translation>
    </message>
    <message>
        <source>Backup and export result</source>
        <translation>Rezultat rezervne kopije i izvoza</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Čuvaj istoriju</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza podataka</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Napravi rezervnu kopiju baze podataka</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite baza podataka (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Export the sync history</source>
        <translation>Izvezi istoriju sinhronizacije</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV datoteka (*.csv)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Pravi se rezervna kopija...</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Rezervna kopija nije uspela: {reason}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Rezervna kopija sačuvana u {path}</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Izvoz u toku...</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Izvoz nije uspeo: {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Opšte</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Obaveštenja</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Podaci</translation>
    </message>
    <message>
        <source>Start StoreSync when I log in</source>
        <translation>Pokreni StoreSync kada se prijavim</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Pokreni umanjeno u sistemsku traku</translation>
    </message>
    <message>
        <source>Closing the window keeps StoreSync running in the tray</source>
        <translation>Zatvaranje prozora ostavlja StoreSync da radi u sistemskoj traci</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistemski ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect when StoreSync restarts.</source>
        <translation>Novi jezik se primenjuje nakon ponovnog pokretanja StoreSync-a.</translation>
    </message>
    <message>
        <source>Runs at the same time, at most</source>
        <translation>Najviše istovremenih pokretanja</translation>
    </message>
    <message>
        <source>Maximum concurrent runs</source>
        <translation>Najveći broj istovremenih pokretanja</translation>
    </message>
    <message>
        <source>Retries after a network error</source>
        <translation>Ponovni pokušaji posle mrežne greške</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>Broj ponovnih pokušaja</translation>
    </message>
    <message>
        <source>Wait for a store&apos;s answer</source>
        <translation>Čekaj odgovor prodavnice</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Vremensko ograničenje zahteva</translation>
    </message>
    <message>
        <source>Give up on one request after</source>
        <translation>Odustani od zahteva posle</translation>
    </message>
    <message>
        <source>Request deadline, retries included</source>
        <translation>Rok zahteva, uključujući ponovne pokušaje</translation>
    </message>
    <message>
        <source>Pages per read, at most</source>
        <translation>Najviše strana po čitanju</translation>
    </message>
    <message>
        <source>Stop a run after</source>
        <translation>Zaustavi pokretanje posle</translation>
    </message>
    <message>
        <source>Run timeout</source>
        <translation>Vremensko ograničenje pokretanja</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Catch up runs missed while StoreSync was closed or the computer slept</source>
        <translation>Nadoknadi pokretanja propuštena dok je StoreSync bio zatvoren ili je računar spavao</translation>
    </message>
    <message>
        <source>Show a notification when</source>
        <translation>Prikaži obaveštenje kada</translation>
    </message>
    <message>
        <source>a job keeps failing or pauses itself (how often: the Alerts tab)</source>
        <translation>zadatak stalno ne uspeva ili se sam pauzira (koliko često: kartica Upozorenja)</translation>
    </message>
    <message>
        <source>a store needs your attention or its data is stale</source>
        <translation>prodavnici je potrebna vaša pažnja ili su njeni podaci zastareli</translation>
    </message>
    <message>
        <source>a failing store works again</source>
        <translation>prodavnica sa greškama ponovo radi</translation>
    </message>
    <message>
        <source>a job keeps failing</source>
        <translation>zadatak stalno ne uspeva</translation>
    </message>
    <message>
        <source>it works again</source>
        <translation>ponovo radi</translation>
    </message>
    <message>
        <source>a job paused itself</source>
        <translation>zadatak se sam pauzirao</translation>
    </message>
    <message>
        <source>a store needs attention</source>
        <translation>prodavnici je potrebna pažnja</translation>
    </message>
    <message>
        <source>stock runs low</source>
        <translation>zalihe su pri kraju</translation>
    </message>
    <message>
        <source>a store&apos;s data is stale</source>
        <translation>podaci prodavnice su zastareli</translation>
    </message>
    <message>
        <source>Warn when a job failed this many runs in a row</source>
        <translation>Upozori kada zadatak ne uspe ovoliko puta zaredom</translation>
    </message>
    <message>
        <source>Warn after failed runs</source>
        <translation>Upozori posle neuspešnih pokretanja</translation>
    </message>
    <message>
        <source>Pause a job after this many failed runs in a row</source>
        <translation>Pauziraj zadatak posle ovoliko neuspešnih pokretanja zaredom</translation>
    </message>
    <message>
        <source>Pause after failed runs</source>
        <translation>Pauziraj posle neuspešnih pokretanja</translation>
    </message>
    <message>
        <source>0 turns the warning or the pause off. A paused job says why until you resume it.</source>
        <translation>0 isključuje upozorenje ili pauzu. Pauziran zadatak navodi razlog dok ga ne nastavite.</translation>
    </message>
    <message>
        <source>A store&apos;s data is stale when its last good read is older than</source>
        <translation>Podaci prodavnice su zastareli kada je poslednje uspešno čitanje starije od</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation>Zastarelo posle sati</translation>
    </message>
    <message>
        <source>Failures and stale data</source>
        <translation>Greške i zastareli podaci</translation>
    </message>
    <message>
        <source>Send alerts by email</source>
        <translation>Šalji upozorenja e-poštom</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Bezbednost</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (obično port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (obično port 465)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP korisničko ime</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP lozinka</translation>
    </message>
    <message>
        <source>kept in the keychain; leave empty to keep it</source>
        <translation>čuva se u privesku ključeva; ostavite prazno da se zadrži</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresa pošiljaoca</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Primaoci</translation>
    </message>
    <message>
        <source>addresses, separated by commas</source>
        <translation>adrese, odvojene zarezima</translation>
    </message>
    <message>
        <source>Send when</source>
        <translation>Šalji kada</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Pošalji probnu e-poruku</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Send alerts to a webhook</source>
        <translation>Šalji upozorenja na webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>https://…, kept in the keychain; leave empty to keep it</source>
        <translation>https://…, čuva se u privesku ključeva; ostavite prazno da se zadrži</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Sadržaj</translation>
    </message>
    <message>
        <source>StoreSync JSON</source>
        <translation>StoreSync JSON</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Kompatibilno sa Slack-om</translation>
    </message>
    <message>
        <source>Send a test to the webhook</source>
        <translation>Pošalji probu na webhook</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Alerts are sent by the StoreSync that owns this data folder.</source>
        <translation>Upozorenja šalje StoreSync kome pripada ova fascikla podataka.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Slanje…</translation>
    </message>
    <message>
        <source>Not sent: the settings could not be saved.</source>
        <translation>Nije poslato: podešavanja nisu mogla da se sačuvaju.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nije poslato: {reason}</translation>
    </message>
    <message>
        <source>Test sent. Check that it arrived.</source>
        <translation>Proba je poslata. Proverite da li je stigla.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Još ništa nije poslato.</translation>
    </message>
    <message>
        <source>Last delivery worked ({when}).</source>
        <translation>Poslednja isporuka je uspela ({when}).</translation>
    </message>
    <message>
        <source>Last delivery failed ({when}): {reason}</source>
        <translation>Poslednja isporuka nije uspela ({when}): {reason}</translation>
    </message>
    <message>
        <source>Low stock means at most</source>
        <translation>Niske zalihe znače najviše</translation>
    </message>
    <message>
        <source>Low stock threshold</source>
        <translation>Prag niskih zaliha</translation>
    </message>
    <message>
        <source> items</source>
        <translation> kom.</translation>
    </message>
    <message>
        <source>Quiet hours: no notifications between</source>
        <translation>Tihi sati: bez obaveštenja između</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Početak tihih sati</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Kraj tihih sati</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>Pokretanje pri prijavi nije moglo da se promeni: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved; the log has the details.</source>
        <translation>Podešavanja nisu mogla da se sačuvaju; detalji su u dnevniku.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Prečice na tastaturi</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meni</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasteri</translation>
    </message>
</context>
<context>
    <name>SkuHistory</name>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Prodavnica</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Bilo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Sada</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Pokretanje</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Kako</translation>
    </message>
    <message>
        <source>read</source>
        <translation>pročitano</translation>
    </message>
    <message>
        <source>{state} push ({rule})</source>
        <translation>slanje {state} ({rule})</translation>
    </message>
    <message>
        <source>History of {sku}</source>
        <translation>Istorija {sku}</translation>
    </message>
    <message>
        <source>Quantity of {sku} per store</source>
        <translation>Količina {sku} po prodavnici</translation>
    </message>
    <message>
        <source>Changes of {sku}</source>
        <translation>Izmene {sku}</translation>
    </message>
    <message>
        <source>No recorded change of this SKU yet.</source>
        <translation>Još nema zabeleženih izmena ovog SKU.</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>StoreSync could not start</source>
        <translation>StoreSync nije mogao da se pokrene</translation>
    </message>
    <message>
        <source>Why StoreSync could not start</source>
        <translation>Zašto StoreSync nije mogao da se pokrene</translation>
    </message>
</context>
<context>
    <name>StoreDetail</name>
    <message>
        <source>Store: {name}</source>
        <translation>Prodavnica: {name}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Uključena:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Tajne se čuvaju u:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Proveri vezu</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Veza:</translation>
    </message>
    <message>
        <source>Jobs of this store</source>
        <translation>Zadaci ove prodavnice</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Sledeće pokretanje</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Raspored</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pauzirano</translation>
    </message>
    <message>
        <source>Run whose requests are shown</source>
        <translation>Pokretanje čiji su zahtevi prikazani</translation>
    </message>
    <message>
        <source>Recent runs of this store</source>
        <translation>Nedavna pokretanja ove prodavnice</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Okidač</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Još nije bilo pokretanja.</translation>
    </message>
    <message>
        <source>Edit store…</source>
        <translation>Uredi prodavnicu…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Zadaci</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Nedavna pokretanja</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Pokretanje:</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Stavke izmenjene po pokretanju</translation>
    </message>
    <message>
        <source>Requests in a run</source>
        <translation>Zahtevi u pokretanju</translation>
    </message>
    <message>
        <source>This run is still going: its requests are shown when it ends.</source>
        <translation>Ovo pokretanje još traje: njegovi zahtevi biće prikazani kada se završi.</translation>
    </message>
    <message>
        <source>No requests recorded for this run: it made none, or ran before StoreSync counted them.</source>
        <translation>Za ovo pokretanje nisu zabeleženi zahtevi: nije ih slalo ili je bilo pre nego što ih je StoreSync počeo brojati.</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>Potrebna pažnja: {reason}</translation>
    </message>
    <message>
        <source>Rate-limited by the store: {message}</source>
        <translation>Prodavnica je ograničila brzinu: {message}</translation>
    </message>
    <message>
        <source>Last run failed: {error}</source>
        <translation>Poslednje pokretanje nije uspelo: {error}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Radi</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Još nije sinhronizovano</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Provera…</translation>
    </message>
    <message>
        <source>Connection failed: {error}</source>
        <translation>Veza nije uspela: {error}</translation>
    </message>
</context>
<context>
    <name>StoreEditor</name>
    <message>
        <source>Test connection</source>
        <translation>Proveri vezu</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>Pregled zapisa</translation>
    </message>
    <message>
        <source>Fetch the first records with these settings, without saving.</source>
        <translation>Preuzmi prve zapise sa ovim podešavanjima, bez čuvanja.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Radi</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Rezultat provere veze</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Količina</translation>
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
        <translation>Pregled prvih zapisa</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Proverava se veza...</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Povezivanje nije uspelo: {reason}</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log has the details.</source>
        <translation>Provera nije uspela neočekivano; detalji su u dnevniku.</translation>
    </message>
    <message>
        <source>Connected: {answer}</source>
        <translation>Povezano: {answer}</translation>
    </message>
    <message>
        <source>Fetching the first records...</source>
        <translation>Preuzimaju se prvi zapisi...</translation>
    </message>
    <message>
        <source>Could not read the records: {reason}</source>
        <translation>Zapisi nisu mogli da se pročitaju: {reason}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly; the log has the details.</source>
        <translation>Pregled nije uspeo neočekivano; detalji su u dnevniku.</translation>
    </message>
    <message>
        <source>Fails: {reason}</source>
        <translation>Greška: {reason}</translation>
    </message>
    <message>
        <source>The API answered, but no records were found at that place.</source>
        <translation>API je odgovorio, ali na tom mestu nisu pronađeni zapisi.</translation>
    </message>
    <message>
        <source>On the pages read: {items} to store, {skipped} skipped as not stock, {failed} failed.</source>
        <translation>Na pročitanim stranama: za čuvanje {items}, preskočeno kao nije zaliha {skipped}, neuspešno {failed}.</translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation>Preskočeno: {reasons}</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(tajna)</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Sačuvano u privesku ključeva; otkucajte za zamenu</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} mora biti ceo broj.</translation>
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
        <translation>{label}: neispravan JSON (red {line}, kolona {column}).</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, such as {{&quot;key&quot;: &quot;value&quot;}}.</source>
        <translation>{label} mora biti JSON objekat, na primer {{&quot;key&quot;: &quot;value&quot;}}.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opciono)</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} je obavezno.</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>Uvezi šablon…</translation>
    </message>
    <message>
        <source>Fill this form from a preset file; the secret is not in it.</source>
        <translation>Popuni ovaj obrazac iz datoteke šablona; tajna nije u njoj.</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>Izvezi šablon…</translation>
    </message>
    <message>
        <source>Save these settings, without the secret, as a preset file.</source>
        <translation>Sačuvaj ova podešavanja, bez tajne, kao datoteku šablona.</translation>
    </message>
    <message>
        <source>Presets shipped with StoreSync</source>
        <translation>Šabloni koji dolaze sa StoreSync-om</translation>
    </message>
    <message>
        <source>Fill this form for an API whose vendor documents it publicly.</source>
        <translation>Popuni ovaj obrazac za API koji proizvođač javno dokumentuje.</translation>
    </message>
    <message>
        <source>Start from a shipped preset…</source>
        <translation>Počni od priloženog šablona…</translation>
    </message>
    <message>
        <source>Preset result</source>
        <translation>Rezultat šablona</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Uvezi šablon</translation>
    </message>
    <message>
        <source>Export a preset</source>
        <translation>Izvezi šablon</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>šablon</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} nije uvezen: {reason}</translation>
    </message>
    <message>
        <source>Filled the form from {file}. Presets never hold a secret: type it yourself.</source>
        <translation>Obrazac je popunjen iz {file}. Šabloni nikada ne sadrže tajnu: otkucajte je sami.</translation>
    </message>
    <message>
        <source>Filled the form for {preset}. Type your API address and secret yourself.</source>
        <translation>Obrazac je popunjen za {preset}. Adresu API-ja i tajnu otkucajte sami.</translation>
    </message>
    <message>
        <source>The preset was not saved ({reason}).</source>
        <translation>Šablon nije sačuvan ({reason}).</translation>
    </message>
    <message>
        <source>Saved the settings, without the secret, to {file}.</source>
        <translation>Podešavanja su sačuvana, bez tajne, u {file}.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Dodaj prodavnicu</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Uredi {name}</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Naziv prodavnice</translation>
    </message>
    <message>
        <source>e.g. Main shop</source>
        <translation>npr. Glavna prodavnica</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Sync this store on its schedules</source>
        <translation>Sinhronizuj ovu prodavnicu po njenim rasporedima</translation>
    </message>
    <message>
        <source>Turn off to keep the store and its history without syncing it.</source>
        <translation>Isključite da biste zadržali prodavnicu i njenu istoriju bez sinhronizacije.</translation>
    </message>
    <message>
        <source>Run a first sync after saving</source>
        <translation>Pokreni prvu sinhronizaciju posle čuvanja</translation>
    </message>
    <message>
        <source>Sync now after saving</source>
        <translation>Sinhronizuj odmah posle čuvanja</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Šta sinhronizovati</translation>
    </message>
    <message>
        <source>Why the store cannot be saved</source>
        <translation>Zašto prodavnica ne može da se sačuva</translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation>sistemski privezak ključeva</translation>
    </message>
    <message>
        <source>Fields marked {mark} are secrets: they are saved in {backend}, never in StoreSync&apos;s database, logs or exports.</source>
        <translation>Polja označena sa {mark} su tajne: čuvaju se u {backend}, nikada u bazi podataka, dnevnicima ili izvozima StoreSync-a.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>Dajte prodavnici naziv.</translation>
    </message>
    <message>
        <source>Another store is already called &apos;{name}&apos;.</source>
        <translation>Druga prodavnica se već zove „{name}”.</translation>
    </message>
    <message>
        <source>Nothing was saved, because the keychain refused the secrets. Your input is still here.</source>
        <translation>Ništa nije sačuvano jer je privezak ključeva odbio tajne. Vaš unos je i dalje ovde.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Čuvanje nije uspelo: {reason}</translation>
    </message>
    <message>
        <source>Could not save the store; the log has the details.</source>
        <translation>Prodavnica nije mogla da se sačuva; detalji su u dnevniku.</translation>
    </message>
    <message>
        <source>Sync stock</source>
        <translation>Sinhronizuj zalihe</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Uvezi porudžbine</translation>
    </message>
    <message>
        <source>Copy stock from another store into this one</source>
        <translation>Kopiraj zalihe iz druge prodavnice u ovu</translation>
    </message>
    <message>
        <source>Check for low stock</source>
        <translation>Proveravaj niske zalihe</translation>
    </message>
    <message>
        <source>Follow shipment statuses into another store&apos;s orders</source>
        <translation>Prenosi statuse pošiljki u porudžbine druge prodavnice</translation>
    </message>
    <message>
        <source>Store to copy stock from</source>
        <translation>Prodavnica iz koje se kopiraju zalihe</translation>
    </message>
    <message>
        <source>Choose a store...</source>
        <translation>Izaberite prodavnicu...</translation>
    </message>
    <message>
        <source>Copy from</source>
        <translation>Kopiraj iz</translation>
    </message>
    <message>
        <source>There is no other store to copy stock from yet.</source>
        <translation>Još ne postoji druga prodavnica iz koje bi se kopirale zalihe.</translation>
    </message>
    <message>
        <source>Choose the store to copy stock from.</source>
        <translation>Izaberite prodavnicu iz koje se kopiraju zalihe.</translation>
    </message>
</context>
<context>
    <name>StoreStatusModel</name>
    <message>
        <source>Store</source>
        <translation>Prodavnica</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Poslednje pokretanje</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Sledeće pokretanje</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Raspored</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Radnje</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikad</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pauzirano</translation>
    </message>
    <message>
        <source>{status} · resumes {countdown}</source>
        <translation>{status} · nastavlja {countdown}</translation>
    </message>
    <message>
        <source>Waiting in the server&apos;s queue until a worker is free</source>
        <translation>Čeka u redu servera dok se ne oslobodi radni proces</translation>
    </message>
    <message>
        <source>Waiting for another run to end: as many runs are in progress as Settings → Sync allows at the same time</source>
        <translation>Čeka da se završi drugo pokretanje: u toku je onoliko pokretanja istovremeno koliko dozvoljavaju Podešavanja → Sinhronizacija</translation>
    </message>
    <message>
        <source>{store}: stale data ({reason})</source>
        <translation>{store}: zastareli podaci ({reason})</translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizuj sada</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauziraj</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Uredi</translation>
    </message>
    <message>
        <source>Preview push</source>
        <translation>Pregled slanja</translation>
    </message>
    <message>
        <source>Sync {store} now</source>
        <translation>Sinhronizuj {store} sada</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Edit {store}</source>
        <translation>Uredi {store}</translation>
    </message>
    <message>
        <source>Preview the push to {store}</source>
        <translation>Pregled slanja u {store}</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtriraj po statusu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Filtriraj po platformi</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Sve platforme</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>Sinhronizuj izabrano</translation>
    </message>
    <message>
        <source>Pause selected</source>
        <translation>Pauziraj izabrano</translation>
    </message>
    <message>
        <source>Resume selected</source>
        <translation>Nastavi izabrano</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Prikaži:</translation>
    </message>
    <message>
        <source>Stores and jobs</source>
        <translation>Prodavnice i zadaci</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Server {address}: {state}</source>
        <translation>Server {address}: {state}</translation>
    </message>
    <message>
        <source>Last: {store} {status} {when}</source>
        <translation>Poslednje: {store} {status} {when}</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Sledeće: {store} {when}</translation>
    </message>
    <message>
        <source>Open StoreSync</source>
        <translation>Otvori StoreSync</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Sinhronizuj sve sada</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Nastavi sve</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pauziraj sve</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizuj sada</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Podešavanja…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izađi</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming runs</source>
        <translation>Predstojeća pokretanja</translation>
    </message>
    <message>
        <source>Paused jobs and jobs without a schedule are not listed.</source>
        <translation>Pauzirani zadaci i zadaci bez rasporeda nisu navedeni.</translation>
    </message>
</context>
</TS>
