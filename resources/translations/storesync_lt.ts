<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unavailable</source>
        <translation>nepasiekiama</translation>
    </message>
    <message>
        <source>About StoreSync</source>
        <translation>Apie StoreSync</translation>
    </message>
    <message>
        <source>Keeps the stock and orders of several online stores in step, from the system tray.</source>
        <translation>Iš sistemos dėklo palaiko kelių internetinių parduotuvių atsargų ir užsakymų atitiktį.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versija:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Duomenų aplankas:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Duomenų bazė:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Žurnalai:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Raktinė:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Vykdymo aplinka:</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Kažkas nepavyko; išsami informacija žurnale.</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Sinchronizuoti viską dabar</translation>
    </message>
    <message>
        <source>There is nothing to sync yet: add a store first.</source>
        <translation>Kol kas nėra ką sinchronizuoti: pirmiausia pridėkite parduotuvę.</translation>
    </message>
    <message>
        <source>Could not preview the push</source>
        <translation>Nepavyko parodyti siuntimo peržiūros</translation>
    </message>
    <message>
        <source>Could not start the push</source>
        <translation>Nepavyko pradėti siuntimo</translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation>Nepavyko pristabdyti</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>Nepavyko pratęsti</translation>
    </message>
    <message>
        <source>Could not pause all</source>
        <translation>Nepavyko pristabdyti visko</translation>
    </message>
    <message>
        <source>Could not resume all</source>
        <translation>Nepavyko pratęsti visko</translation>
    </message>
    <message>
        <source>Could not add the demo stores</source>
        <translation>Nepavyko pridėti demonstracinių parduotuvių</translation>
    </message>
    <message>
        <source>Store editor</source>
        <translation>Parduotuvės redaktorius</translation>
    </message>
    <message>
        <source>The store editor is not available in this build.</source>
        <translation>Šioje versijoje parduotuvės redaktoriaus nėra.</translation>
    </message>
    <message>
        <source>Connecting to a server is not available in this build.</source>
        <translation>Prisijungimas prie serverio šioje versijoje negalimas.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Prisijungti prie serverio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>The settings dialog is not available in this build.</source>
        <translation>Šioje versijoje nustatymų lango nėra.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Atverti duomenų aplanką</translation>
    </message>
    <message>
        <source>Could not open a file manager. The data folder is {path}</source>
        <translation>Nepavyko atverti failų tvarkyklės. Duomenų aplankas: {path}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sinchronizuojama</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eilėje</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Reikia dėmesio</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Pasenę</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pristabdyta</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Nėra užduočių</translation>
    </message>
    <message>
        <source>Last run {when}</source>
        <translation>Paskutinis vykdymas {when}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pristabdyta</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>nieko nesuplanuota</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>kitas {when}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln prekė</numerusform>
            <numerusform>%Ln prekės</numerusform>
            <numerusform>%Ln prekių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low</source>
        <translation>
            <numerusform>%Ln maža</numerusform>
            <numerusform>%Ln mažos</numerusform>
            <numerusform>%Ln mažų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 24 h</source>
        <translation>
            <numerusform>%Ln klaida per 24 val.</numerusform>
            <numerusform>%Ln klaidos per 24 val.</numerusform>
            <numerusform>%Ln klaidų per 24 val.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Charts need PySide6-Addons, which this installation lacks; the table has the same data.</source>
        <translation>Diagramoms reikia PySide6-Addons, kurio šiame diegime nėra; lentelėje yra tie patys duomenys.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Prisijungti prie serverio</translation>
    </message>
    <message>
        <source>only for a server with a certificate of its own</source>
        <translation>tik serveriui su savo sertifikatu</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresas:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Prieigos raktas:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Sertifikato failas:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Jungiamasi…</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Nepavyko prisijungti: {reason}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Eksportuotas %Ln vykdymas į {path}</numerusform>
            <numerusform>Eksportuoti %Ln vykdymai į {path}</numerusform>
            <numerusform>Eksportuota %Ln vykdymų į {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%Ln sync(s) were cut off when StoreSync last stopped; the history marks them interrupted.</source>
        <translation>
            <numerusform>%Ln sinchronizavimas buvo nutrauktas, kai StoreSync paskutinį kartą sustojo; istorijoje jis pažymėtas kaip nutrauktas.</numerusform>
            <numerusform>%Ln sinchronizavimai buvo nutraukti, kai StoreSync paskutinį kartą sustojo; istorijoje jie pažymėti kaip nutraukti.</numerusform>
            <numerusform>%Ln sinchronizavimų buvo nutraukta, kai StoreSync paskutinį kartą sustojo; istorijoje jie pažymėti kaip nutraukti.</numerusform>
        </translation>
    </message>
    <message>
        <source>StoreSync keeps running</source>
        <translation>StoreSync toliau veikia</translation>
    </message>
    <message>
        <source>Your stores keep syncing in the background. Open StoreSync from this icon; choose Quit in its menu to stop. You can change this in Settings.</source>
        <translation>Jūsų parduotuvės toliau sinchronizuojamos fone. StoreSync atverkite iš šios piktogramos; norėdami sustabdyti, jos meniu pasirinkite „Baigti“. Tai galite pakeisti nustatymuose.</translation>
    </message>
    <message>
        <source>Could not save a setting</source>
        <translation>Nepavyko įrašyti nustatymo</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No stores yet</source>
        <translation>Parduotuvių dar nėra</translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, BaseLinker, Amazon or any JSON API store, and StoreSync keeps its stock and orders in step on the schedule you choose.
Not ready yet? The demo stores run on this computer and show how it works.</source>
        <translation>Prijunkite Shopify, WooCommerce, BaseLinker, Amazon ar bet kurią JSON API parduotuvę, ir StoreSync pagal jūsų pasirinktą tvarkaraštį palaikys jos atsargų ir užsakymų atitiktį.
Dar nepasiruošę? Demonstracinės parduotuvės veikia šiame kompiuteryje ir parodo, kaip tai veikia.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Pridėti parduotuvę</translation>
    </message>
    <message>
        <source>Try the demo stores</source>
        <translation>Išbandyti demonstracines parduotuves</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong ({kind}). StoreSync keeps running; the details were written to the log.</source>
        <translation>Įvyko netikėta klaida ({kind}). StoreSync toliau veikia; išsami informacija įrašyta į žurnalą.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Kažkas nepavyko</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ką tik</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>prieš %Ln min.</numerusform>
            <numerusform>prieš %Ln min.</numerusform>
            <numerusform>prieš %Ln min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>prieš %Ln val.</numerusform>
            <numerusform>prieš %Ln val.</numerusform>
            <numerusform>prieš %Ln val.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {s} s</source>
        <translation>po {s} s</translation>
    </message>
    <message>
        <source>in {m} min {s} s</source>
        <translation>po {m} min. {s} s</translation>
    </message>
    <message>
        <source>in {h} h {m} min</source>
        <translation>po {h} val. {m} min.</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nesuplanuota</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min. {s} s</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} val. {m} min.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetched</source>
        <translation>
            <numerusform>gautas %Ln</numerusform>
            <numerusform>gauti %Ln</numerusform>
            <numerusform>gauta %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln naujas</numerusform>
            <numerusform>%Ln nauji</numerusform>
            <numerusform>%Ln naujų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln atnaujintas</numerusform>
            <numerusform>%Ln atnaujinti</numerusform>
            <numerusform>%Ln atnaujintų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln pašalintas</numerusform>
            <numerusform>%Ln pašalinti</numerusform>
            <numerusform>%Ln pašalintų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln nepavykęs</numerusform>
            <numerusform>%Ln nepavykę</numerusform>
            <numerusform>%Ln nepavykusių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (not stock)</source>
        <translation>
            <numerusform>%Ln praleistas (ne atsargos)</numerusform>
            <numerusform>%Ln praleisti (ne atsargos)</numerusform>
            <numerusform>%Ln praleistų (ne atsargos)</numerusform>
        </translation>
    </message>
    <message>
        <source>page {p} · {n}</source>
        <translation>puslapis {p} · {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln prekė</numerusform>
            <numerusform>%Ln prekės</numerusform>
            <numerusform>%Ln prekių</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Atsargos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Užsakymai</translation>
    </message>
    <message>
        <source>Stock push</source>
        <translation>Atsargų siuntimas</translation>
    </message>
    <message>
        <source>Low-stock check</source>
        <translation>Mažų atsargų patikra</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Valymas</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Siuntos</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Pagal tvarkaraštį</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Rankiniu būdu</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Atsigriebimas</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Pirmasis sinchronizavimas</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Komandų eilutė</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Vykdoma</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Pavyko</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Iš dalies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Nutraukta</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Praleista</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Laukiama</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Apmokėta</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Vykdoma</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Pristatyta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atšaukta</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Grąžinti pinigai</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Sulaikyta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Viskas gerai</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sinchronizuojama</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Reikia dėmesio</translation>
    </message>
    <message>
        <source>A sync failed</source>
        <translation>Sinchronizavimas nepavyko</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pristabdyta</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>All stores</source>
        <translation>Visos parduotuvės</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (pašalinta)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>parduotuvė</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any time</source>
        <translation>Bet kada</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Paskutinės 24 valandos</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Paskutinės 7 dienos</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Paskutinės 30 dienų</translation>
    </message>
    <message>
        <source>Filter history by store</source>
        <translation>Filtruoti istoriją pagal parduotuvę</translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation>Filtruoti istoriją pagal užduotį</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Visos užduotys</translation>
    </message>
    <message>
        <source>Filter history by result</source>
        <translation>Filtruoti istoriją pagal rezultatą</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Visi rezultatai</translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation>Filtruoti istoriją pagal datą</translation>
    </message>
    <message>
        <source>Run details…</source>
        <translation>Vykdymo informacija…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuoti CSV…</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Sinchronizavimo istorija</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln vykdymas</numerusform>
            <numerusform>%Ln vykdymai</numerusform>
            <numerusform>%Ln vykdymų</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuoti istoriją</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Eksportuotas %Ln vykdymas į {path}</numerusform>
            <numerusform>Eksportuoti %Ln vykdymai į {path}</numerusform>
            <numerusform>Eksportuota %Ln vykdymų į {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation>Nepavyko eksportuoti istorijos</translation>
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
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Paskutinį kartą matyta</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>pašalinta</translation>
    </message>
    <message>
        <source>Not read yet: scroll on to load more</source>
        <translation>Dar neperskaityta: slinkite toliau, kad būtų įkelta daugiau</translation>
    </message>
    <message>
        <source> — low stock</source>
        <translation> — mažos atsargos</translation>
    </message>
    <message>
        <source>Last seen {when}</source>
        <translation>Paskutinį kartą matyta {when}</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Search SKU or name</source>
        <translation>Ieškoti SKU arba pavadinimo</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>Ieškoti atsargose</translation>
    </message>
    <message>
        <source>SKU history…</source>
        <translation>SKU istorija…</translation>
    </message>
    <message>
        <source>History of the selected SKU</source>
        <translation>Pasirinkto SKU istorija</translation>
    </message>
    <message>
        <source>Import thresholds…</source>
        <translation>Importuoti ribas…</translation>
    </message>
    <message>
        <source>Low-stock thresholds per SKU from a CSV file: sku,threshold</source>
        <translation>Mažų atsargų ribos kiekvienam SKU iš CSV failo: sku,threshold</translation>
    </message>
    <message>
        <source>Inventory across stores</source>
        <translation>Atsargos visose parduotuvėse</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %Ln or fewer in stock</source>
        <translation>
            <numerusform>Paryškinta: %Ln ar mažiau vienetų sandėlyje</numerusform>
            <numerusform>Paryškinta: %Ln ar mažiau vienetų sandėlyje</numerusform>
            <numerusform>Paryškinta: %Ln ar mažiau vienetų sandėlyje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln SKU(s) with a threshold of their own)</source>
        <translation>
            <numerusform> (%Ln SKU su savo riba)</numerusform>
            <numerusform> (%Ln SKU su savo riba)</numerusform>
            <numerusform> (%Ln SKU su savo riba)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the inventory: {reason}</source>
        <translation>Nepavyko perskaityti atsargų: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store item(s)</source>
        <translation>
            <numerusform>%Ln parduotuvės prekė</numerusform>
            <numerusform>%Ln parduotuvių prekės</numerusform>
            <numerusform>%Ln parduotuvių prekių</numerusform>
        </translation>
    </message>
    <message>
        <source>Import low-stock thresholds</source>
        <translation>Importuoti mažų atsargų ribas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV failai (*.csv);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Nepavyko perskaityti {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemsChangedChart</name>
    <message>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Per vykdymą pakeistos prekės</translation>
    </message>
    <message>
        <source>The runs could not be read: {error}</source>
        <translation>Nepavyko perskaityti vykdymų: {error}</translation>
    </message>
    <message>
        <source>No stock run yet.</source>
        <translation>Atsargų vykdymų dar nebuvo.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>Pakeistos prekės</translation>
    </message>
</context>
<context>
    <name>JobScheduleDialog</name>
    <message>
        <source>Edit schedule: {job}</source>
        <translation>Redaguoti tvarkaraštį: {job}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Išsaugoma…</translation>
    </message>
    <message>
        <source>Could not save the schedule: {reason}</source>
        <translation>Nepavyko išsaugoti tvarkaraščio: {reason}</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Idle</source>
        <translation>Laukia</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Vykdoma</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eilėje</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Pavyko</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Iš dalies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Nutraukta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pristabdyta</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Apribota sparta</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Reikia dėmesio</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Pasenę</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Visos parduotuvės</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>All stores</source>
        <translation>Visos parduotuvės</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Lowest level shown</source>
        <translation>Žemiausias rodomas lygis</translation>
    </message>
    <message>
        <source>{level} and above</source>
        <translation>{level} ir aukštesni</translation>
    </message>
    <message>
        <source>Filter log by store</source>
        <translation>Filtruoti žurnalą pagal parduotuvę</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Vykdymas Nr.</translation>
    </message>
    <message>
        <source>Filter log by run number</source>
        <translation>Filtruoti žurnalą pagal vykdymo numerį</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Ieškoti žurnale</translation>
    </message>
    <message>
        <source>Pause autoscroll</source>
        <translation>Pristabdyti automatinį slinkimą</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopijuoti</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuoti…</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Žurnalo eilutės</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new</source>
        <translation>
            <numerusform>Pristabdyta — %Ln nauja</numerusform>
            <numerusform>Pristabdyta — %Ln naujos</numerusform>
            <numerusform>Pristabdyta — %Ln naujų</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Eksportuoti žurnalą</translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation>Tekstas (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log line(s) to {path}</source>
        <translation>
            <numerusform>Eksportuota %Ln žurnalo eilutė į {path}</numerusform>
            <numerusform>Eksportuotos %Ln žurnalo eilutės į {path}</numerusform>
            <numerusform>Eksportuota %Ln žurnalo eilučių į {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the log</source>
        <translation>Nepavyko eksportuoti žurnalo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Panels</source>
        <translation>Skydeliai</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ap&amp;žvalga</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Parduotuvės</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Artėjantys</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Istorija</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>A&amp;tsargos</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>Užsa&amp;kymai</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Ž&amp;urnalas</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>Pri&amp;dėti parduotuvę…</translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation>&amp;Sinchronizuoti viską dabar</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>Pris&amp;tabdyti viską</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Nustatymai…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Atverti &amp;duomenų aplanką</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Prisijungti prie serverio…</translation>
    </message>
    <message>
        <source>&amp;About StoreSync</source>
        <translation>&amp;Apie StoreSync</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Spartieji klavišai</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinchronizavimas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Įr&amp;ankiai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Pagrindinė</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln vykdomas</numerusform>
            <numerusform>%Ln vykdomi</numerusform>
            <numerusform>%Ln vykdomų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln laukia</numerusform>
            <numerusform>%Ln laukia</numerusform>
            <numerusform>%Ln laukia</numerusform>
        </translation>
    </message>
    <message>
        <source>No run scheduled</source>
        <translation>Nesuplanuota jokių vykdymų</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Kitas: {store} {when}</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>&amp;Pratęsti viską</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>Duomenų bazė buvo sugadinta</translation>
    </message>
    <message>
        <source>StoreSync found its database damaged ({reason}) and started a new one. The old file was kept at:
{path}

Stores and settings need to be added again.</source>
        <translation>StoreSync rado sugadintą duomenų bazę ({reason}) ir sukūrė naują. Senas failas išsaugotas:
{path}

Parduotuves ir nustatymus reikia pridėti iš naujo.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A sync</source>
        <translation>Sinchronizavimas</translation>
    </message>
    <message>
        <source>all stores</source>
        <translation>visos parduotuvės</translation>
    </message>
    <message>
        <source>A store</source>
        <translation>Parduotuvė</translation>
    </message>
    <message>
        <source>{name} failed</source>
        <translation>{name}: nepavyko</translation>
    </message>
    <message>
        <source>{name} works again</source>
        <translation>{name} vėl veikia</translation>
    </message>
    <message>
        <source>The last run ended {status}.</source>
        <translation>Paskutinis vykdymas baigėsi: {status}.</translation>
    </message>
    <message>
        <source>{name} paused itself</source>
        <translation>{name} pats pristabdė</translation>
    </message>
    <message>
        <source>{store} needs attention</source>
        <translation>{store}: reikia dėmesio</translation>
    </message>
    <message>
        <source>{store}: stock data is stale</source>
        <translation>{store}: atsargų duomenys paseno</translation>
    </message>
    <message>
        <source>Low stock in {store}</source>
        <translation>Mažos atsargos: {store}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> ir dar %Ln</numerusform>
            <numerusform> ir dar %Ln</numerusform>
            <numerusform> ir dar %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) at or below their low-stock threshold: {skus}</source>
        <translation>
            <numerusform>%Ln SKU pasiekė mažų atsargų ribą ar žemiau: {skus}</numerusform>
            <numerusform>%Ln SKU pasiekė mažų atsargų ribą ar žemiau: {skus}</numerusform>
            <numerusform>%Ln SKU pasiekė mažų atsargų ribą ar žemiau: {skus}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Order {number} — {store}</source>
        <translation>Užsakymas {number} — {store}</translation>
    </message>
    <message>
        <source>{status} (the store says “{remote}”)</source>
        <translation>{status} (parduotuvė nurodo „{remote}“)</translation>
    </message>
    <message>
        <source>Placed {time} · total {total} {currency}</source>
        <translation>Pateiktas {time} · iš viso {total} {currency}</translation>
    </message>
    <message>
        <source>Ships to {country}</source>
        <translation>Siunčiama į: {country}</translation>
    </message>
    <message>
        <source>Tracking number {tracking}</source>
        <translation>Siuntos numeris {tracking}</translation>
    </message>
    <message>
        <source>Status history of this order</source>
        <translation>Šio užsakymo būsenų istorija</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Pranešė</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Jų žodžiais</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Filter orders by store</source>
        <translation>Filtruoti užsakymus pagal parduotuvę</translation>
    </message>
    <message>
        <source>Filter orders by status</source>
        <translation>Filtruoti užsakymus pagal būseną</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <source>Filter orders by date</source>
        <translation>Filtruoti užsakymus pagal datą</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Bet kuri data</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Paskutinės 24 valandos</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Paskutinės 7 dienos</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Paskutinės 30 dienų</translation>
    </message>
    <message>
        <source>Order details…</source>
        <translation>Užsakymo informacija…</translation>
    </message>
    <message>
        <source>Orders of every store</source>
        <translation>Visų parduotuvių užsakymai</translation>
    </message>
    <message>
        <source>Could not read the orders: {reason}</source>
        <translation>Nepavyko perskaityti užsakymų: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln užsakymas</numerusform>
            <numerusform>%Ln užsakymai</numerusform>
            <numerusform>%Ln užsakymų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overall state</source>
        <translation>Bendra būsena</translation>
    </message>
    <message>
        <source>Today&apos;s totals</source>
        <translation>Šiandienos sumos</translation>
    </message>
    <message>
        <source>Stores at a glance</source>
        <translation>Parduotuvės trumpai</translation>
    </message>
    <message>
        <source>No stores yet</source>
        <translation>Parduotuvių dar nėra</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) need attention</source>
        <translation>
            <numerusform>%Ln parduotuvei reikia dėmesio</numerusform>
            <numerusform>%Ln parduotuvėms reikia dėmesio</numerusform>
            <numerusform>%Ln parduotuvių reikia dėmesio</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing is paused</source>
        <translation>Sinchronizavimas pristabdytas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) have not synced for a while</source>
        <translation>
            <numerusform>%Ln parduotuvė seniai nesinchronizuota</numerusform>
            <numerusform>%Ln parduotuvės seniai nesinchronizuotos</numerusform>
            <numerusform>%Ln parduotuvių seniai nesinchronizuota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step, next sync {time}</source>
        <translation>
            <numerusform>%Ln parduotuvė suderinta, kitas sinchronizavimas {time}</numerusform>
            <numerusform>Visos %Ln parduotuvės suderintos, kitas sinchronizavimas {time}</numerusform>
            <numerusform>Visos %Ln parduotuvių suderintos, kitas sinchronizavimas {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step</source>
        <translation>
            <numerusform>%Ln parduotuvė suderinta</numerusform>
            <numerusform>Visos %Ln parduotuvės suderintos</numerusform>
            <numerusform>Visos %Ln parduotuvių suderintos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: {reason}</source>
        <translation>Nepavyko perskaityti suvestinės: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln run(s)</source>
        <translation>
            <numerusform>Šiandien: %Ln vykdymas</numerusform>
            <numerusform>Šiandien: %Ln vykdymai</numerusform>
            <numerusform>Šiandien: %Ln vykdymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>pakeista %Ln prekė</numerusform>
            <numerusform>pakeistos %Ln prekės</numerusform>
            <numerusform>pakeista %Ln prekių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported</source>
        <translation>
            <numerusform>importuotas %Ln užsakymas</numerusform>
            <numerusform>importuoti %Ln užsakymai</numerusform>
            <numerusform>importuota %Ln užsakymų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Started</source>
        <translation>Pradėta</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Parduotuvė</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trukmė</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Paleidiklis</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Gauta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atnaujinta</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nepakeista</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Praleista</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Klaida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Vykdymas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sekimas</translation>
    </message>
</context>
<context>
    <name>PlatformFields</name>
    <message>
        <source>Shop address</source>
        <translation>Parduotuvės adresas</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify address, e.g. my-shop.myshopify.com.</source>
        <translation>Jūsų parduotuvės myshopify adresas, pvz., my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API versija</translation>
    </message>
    <message>
        <source>The Shopify API version to use. Keep the default unless support tells you otherwise.</source>
        <translation>Naudojama Shopify API versija. Palikite numatytąją, nebent palaikymo tarnyba nurodytų kitaip.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>The Shopify location whose stock is synced. Leave empty to use every location.</source>
        <translation>Shopify vieta, kurios atsargos sinchronizuojamos. Palikite tuščią, kad būtų naudojamos visos vietos.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Admin API prieigos žetonas</translation>
    </message>
    <message>
        <source>From Settings &gt; Apps &gt; Develop apps &gt; your app &gt; API credentials (starts with shpat_).</source>
        <translation>Iš Settings &gt; Apps &gt; Develop apps &gt; jūsų programėlė &gt; API credentials (prasideda shpat_).</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Užsakymų būsenos</translation>
    </message>
    <message>
        <source>How this store&apos;s order statuses read in StoreSync: one &apos;store status = ours&apos; per line; ours is one of pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</source>
        <translation>Kaip šios parduotuvės užsakymų būsenos vadinamos StoreSync programoje: po vieną eilutę &apos;parduotuvės būsena = mūsų būsena&apos;; mūsų būsena yra viena iš: pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</translation>
    </message>
    <message>
        <source>The address of your WordPress site, e.g. https://shop.example.com.</source>
        <translation>Jūsų WordPress svetainės adresas, pvz., https://shop.example.com.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Vartotojo raktas</translation>
    </message>
    <message>
        <source>From WooCommerce &gt; Settings &gt; Advanced &gt; REST API (starts with ck_). Needs Read/Write access.</source>
        <translation>Iš WooCommerce &gt; Settings &gt; Advanced &gt; REST API (prasideda ck_). Reikia skaitymo ir rašymo (Read/Write) prieigos.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Vartotojo paslaptis</translation>
    </message>
    <message>
        <source>Shown next to the consumer key (starts with cs_).</source>
        <translation>Rodoma šalia vartotojo rakto (prasideda cs_).</translation>
    </message>
    <message>
        <source>How to send the key</source>
        <translation>Kaip siųsti raktą</translation>
    </message>
    <message>
        <source>Keep &apos;basic&apos;. Choose &apos;query&apos; only if the connection test says the consumer key is missing (some hosts strip the login header).</source>
        <translation>Palikite &apos;basic&apos;. Rinkitės &apos;query&apos; tik tada, kai ryšio patikra praneša, kad trūksta vartotojo rakto (kai kurie serveriai pašalina prisijungimo antraštę).</translation>
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
        <translation>Katalogo ID</translation>
    </message>
    <message>
        <source>The BaseLinker catalog (inventory) to sync.</source>
        <translation>Sinchronizuojamas BaseLinker katalogas (inventory).</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Sandėlis</translation>
    </message>
    <message>
        <source>The warehouse whose stock is synced, e.g. bl_123. Warehouses of external shops are read-only.</source>
        <translation>Sandėlis, kurio atsargos sinchronizuojamos, pvz., bl_123. Išorinių parduotuvių sandėlius galima tik skaityti.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API žetonas</translation>
    </message>
    <message>
        <source>From BaseLinker &gt; My account &gt; API.</source>
        <translation>Iš BaseLinker &gt; My account &gt; API.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regionas</translation>
    </message>
    <message>
        <source>Where your seller account lives: na (Americas), eu (Europe, Middle East, India), fe (Far East).</source>
        <translation>Kur yra jūsų pardavėjo paskyra: na (Amerikos), eu (Europa, Artimieji Rytai, Indija), fe (Tolimieji Rytai).</translation>
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
        <translation>Prekyvietės ID</translation>
    </message>
    <message>
        <source>The marketplace to read, e.g. A1PA6795UKMFR9 for Germany.</source>
        <translation>Skaitoma prekyvietė, pvz., A1PA6795UKMFR9 – Vokietija.</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>LWA kliento ID</translation>
    </message>
    <message>
        <source>From Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</source>
        <translation>Iš Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</translation>
    </message>
    <message>
        <source>LWA client secret</source>
        <translation>LWA kliento paslaptis</translation>
    </message>
    <message>
        <source>Shown next to the client ID.</source>
        <translation>Rodoma šalia kliento ID.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Atnaujinimo žetonas</translation>
    </message>
    <message>
        <source>Created when you authorise the app for your seller account.</source>
        <translation>Sukuriamas, kai suteikiate programėlei prieigą prie savo pardavėjo paskyros.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API adresas</translation>
    </message>
    <message>
        <source>The start of every address, e.g. https://erp.example.com/api.</source>
        <translation>Kiekvieno adreso pradžia, pvz., https://erp.example.com/api.</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Prisijungimo būdas</translation>
    </message>
    <message>
        <source>How the API checks who you are: none, a bearer token, a custom header, a user name and password (basic), a key in the address (query) or in the request body (body), a login request that returns a token (login), OAuth2 client credentials (oauth2), or the user name, password and user token posted as a form with every request (form).</source>
        <translation>Kaip API patikrina, kas jūs esate: nėra, bearer žetonas (bearer), savita antraštė (header), naudotojo vardas ir slaptažodis (basic), raktas adrese (query) arba užklausos turinyje (body), prisijungimo užklausa, grąžinanti žetoną (login), OAuth2 kliento prisijungimo duomenys (oauth2) arba naudotojo vardas, slaptažodis ir naudotojo žetonas, siunčiami kaip forma su kiekviena užklausa (form).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
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
        <translation>Rakto laukas turinyje</translation>
    </message>
    <message>
        <source>For the &apos;body&apos; login, or a token sent in the body: the field&apos;s (dotted) name, e.g. api_key.</source>
        <translation>Prisijungimui &apos;body&apos; arba turinyje siunčiamam žetonui: lauko pavadinimas (su taškais), pvz., api_key.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Antraštės pavadinimas</translation>
    </message>
    <message>
        <source>For the &apos;header&apos; login: the header&apos;s name, e.g. X-Api-Key.</source>
        <translation>Prisijungimui &apos;header&apos;: antraštės pavadinimas, pvz., X-Api-Key.</translation>
    </message>
    <message>
        <source>Key parameter name</source>
        <translation>Rakto parametro pavadinimas</translation>
    </message>
    <message>
        <source>For the &apos;query&apos; login: the parameter&apos;s name, e.g. api_key.</source>
        <translation>Prisijungimui &apos;query&apos;: parametro pavadinimas, pvz., api_key.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <source>For the &apos;basic&apos;, &apos;login&apos; and &apos;form&apos; logins.</source>
        <translation>Prisijungimams &apos;basic&apos;, &apos;login&apos; ir &apos;form&apos;.</translation>
    </message>
    <message>
        <source>Token, key or password</source>
        <translation>Žetonas, raktas arba slaptažodis</translation>
    </message>
    <message>
        <source>The value the login method sends.</source>
        <translation>Reikšmė, kurią siunčia prisijungimo būdas.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Naudotojo žetonas</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: the account&apos;s password.</source>
        <translation>Žingsniui &apos;login&apos; arba prisijungimui &apos;form&apos;: paskyros slaptažodis.</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: a token the vendor issues to your account, if it asks for one.</source>
        <translation>Žingsniui &apos;login&apos; arba prisijungimui &apos;form&apos;: žetonas, kurį tiekėjas išduoda jūsų paskyrai, jei jo reikalauja.</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>OAuth2 kliento ID</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client ID the vendor gave you.</source>
        <translation>Būdui &apos;oauth2&apos;: kliento ID, kurį jums davė tiekėjas.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Kliento paslaptis</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client secret.</source>
        <translation>Būdui &apos;oauth2&apos;: kliento paslaptis.</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Prisijungimo adresas</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: the path (or address) that gives a token, e.g. /auth/token.</source>
        <translation>Būdams &apos;login&apos; ir &apos;oauth2&apos;: kelias (arba adresas), kuris išduoda žetoną, pvz., /auth/token.</translation>
    </message>
    <message>
        <source>Login request</source>
        <translation>Prisijungimo užklausa</translation>
    </message>
    <message>
        <source>For &apos;login&apos;: the JSON sent; {username}, {password}, {user_token} and {secret} are filled in from the store&apos;s settings and keychain.</source>
        <translation>Būdui &apos;login&apos;: siunčiamas JSON; {username}, {password}, {user_token} ir {secret} užpildomi iš parduotuvės nustatymų ir raktinės.</translation>
    </message>
    <message>
        <source>Token in the login answer</source>
        <translation>Žetonas prisijungimo atsakyme</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: dotted path to the token, e.g. access_token.</source>
        <translation>Būdams &apos;login&apos; ir &apos;oauth2&apos;: kelias su taškais iki žetono, pvz., access_token.</translation>
    </message>
    <message>
        <source>Token lifetime in the answer</source>
        <translation>Žetono galiojimo laikas atsakyme</translation>
    </message>
    <message>
        <source>Dotted path to the token&apos;s lifetime in seconds, e.g. expires_in; empty: kept until refused.</source>
        <translation>Kelias su taškais iki žetono galiojimo laiko sekundėmis, pvz., expires_in; tuščia: naudojamas, kol bus atmestas.</translation>
    </message>
    <message>
        <source>How to send the token</source>
        <translation>Kaip siųsti žetoną</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: as a bearer token, in the header named above, in the address parameter named above, or in the request body field named above.</source>
        <translation>Būdams &apos;login&apos; ir &apos;oauth2&apos;: kaip bearer žetonas, aukščiau nurodytoje antraštėje, aukščiau nurodytame adreso parametre arba aukščiau nurodytame užklausos turinio lauke.</translation>
    </message>
    <message>
        <source>OAuth2 scope</source>
        <translation>OAuth2 apimtis</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the scope to ask for, if the API wants one.</source>
        <translation>Būdui &apos;oauth2&apos;: prašoma apimtis, jei API jos reikalauja.</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Užklausos metodas</translation>
    </message>
    <message>
        <source>GET for most APIs; POST for APIs that take the request as a JSON body (RPC-style ERPs).</source>
        <translation>GET daugumai API; POST toms API, kurios užklausą priima kaip JSON turinį (RPC tipo ERP).</translation>
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
        <translation>Užklausos turinys</translation>
    </message>
    <message>
        <source>For POST: the JSON sent with every list request; page, cursor and changed-since values are placed in it under their parameter names (a dotted name places them inside an object).</source>
        <translation>Būdui POST: JSON, siunčiamas su kiekviena sąrašo užklausa; puslapio, žymeklio ir „pakeista nuo“ reikšmės į jį įrašomos jų parametrų pavadinimais (pavadinimas su taškais jas įdeda į objektą).</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Papildomos antraštės</translation>
    </message>
    <message>
        <source>Optional: headers sent with every request, as a JSON object, e.g. {&quot;Accept-Language&quot;: &quot;en&quot;}.</source>
        <translation>Neprivaloma: antraštės, siunčiamos su kiekviena užklausa, kaip JSON objektas, pvz., {&quot;Accept-Language&quot;: &quot;en&quot;}.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Užklausų dažnis</translation>
    </message>
    <message>
        <source>Optional: the most requests StoreSync sends, e.g. 5/s or 100/min.</source>
        <translation>Neprivaloma: didžiausias užklausų skaičius, kurį siunčia StoreSync, pvz., 5/s arba 100/min.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Užklausos vienu metu</translation>
    </message>
    <message>
        <source>The most requests on the wire at once, for all this store&apos;s jobs together. 2: the next page is asked for while this one is stored; 1: one request at a time.</source>
        <translation>Didžiausias vienu metu vykdomų užklausų skaičius visoms šios parduotuvės užduotims kartu. 2: kito puslapio prašoma, kol šis saugomas; 1: po vieną užklausą.</translation>
    </message>
    <message>
        <source>Success in the answer</source>
        <translation>Sėkmė atsakyme</translation>
    </message>
    <message>
        <source>Optional, for APIs that answer 200 even when a call fails and say so in the body: dotted path to the value that tells, e.g. status_code or isError. Every answer is checked: reads, the login and writes.</source>
        <translation>Neprivaloma, toms API, kurios atsako 200 net tada, kai iškvietimas nepavyksta, ir tai nurodo turinyje: kelias su taškais iki tai nurodančios reikšmės, pvz., status_code arba isError. Tikrinamas kiekvienas atsakymas: skaitymai, prisijungimas ir rašymai.</translation>
    </message>
    <message>
        <source>Success value</source>
        <translation>Sėkmės reikšmė</translation>
    </message>
    <message>
        <source>The value at that path that means success, e.g. R200, or false for an isError flag; several separated by commas. Any other value fails the call.</source>
        <translation>Reikšmė tuo keliu, reiškianti sėkmę, pvz., R200, arba false isError vėliavėlei; kelios – atskirtos kableliais. Bet kuri kita reikšmė reiškia nesėkmingą iškvietimą.</translation>
    </message>
    <message>
        <source>API&apos;s error message</source>
        <translation>API klaidos pranešimas</translation>
    </message>
    <message>
        <source>Dotted path to the API&apos;s own message in a failing answer, e.g. msg or messages; it is shown with the store&apos;s name.</source>
        <translation>Kelias su taškais iki paties API pranešimo nesėkmingame atsakyme, pvz., msg arba messages; jis rodomas su parduotuvės pavadinimu.</translation>
    </message>
    <message>
        <source>Values for refused credentials</source>
        <translation>Atmestų prisijungimo duomenų reikšmės</translation>
    </message>
    <message>
        <source>Optional: values at the success path that mean the credentials were refused, e.g. R401; reported as a credentials problem (a login token is renewed once first).</source>
        <translation>Neprivaloma: sėkmės kelio reikšmės, reiškiančios, kad prisijungimo duomenys atmesti, pvz., R401; pranešama kaip prisijungimo duomenų problema (prieš tai prisijungimo žetonas vieną kartą atnaujinamas).</translation>
    </message>
    <message>
        <source>Stock endpoint</source>
        <translation>Atsargų galinis taškas</translation>
    </message>
    <message>
        <source>The path that lists your products, e.g. /products or stock/list.</source>
        <translation>Kelias, pateikiantis jūsų prekių sąrašą, pvz., /products arba stock/list.</translation>
    </message>
    <message>
        <source>Where the list is</source>
        <translation>Kur yra sąrašas</translation>
    </message>
    <message>
        <source>Dotted path to the product list in the answer, e.g. data.items; empty if it is the list.</source>
        <translation>Kelias su taškais iki prekių sąrašo atsakyme, pvz., data.items; tuščia, jei atsakymas yra sąrašas.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Puslapiai</translation>
    </message>
    <message>
        <source>How the API splits long lists: none, page numbers, offset and limit, a cursor in the answer (a token, or a whole address), a next-page address in the answer, the next page&apos;s number in the answer, or a Link header.</source>
        <translation>Kaip API skaido ilgus sąrašus: nėra, puslapių numeriai, poslinkis ir riba, žymeklis atsakyme (žetonas arba visas adresas), kito puslapio adresas atsakyme, kito puslapio numeris atsakyme arba Link antraštė.</translation>
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
        <translation>Puslapio parametras</translation>
    </message>
    <message>
        <source>Name of the page-number parameter.</source>
        <translation>Puslapio numerio parametro pavadinimas.</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Puslapio dydžio parametras</translation>
    </message>
    <message>
        <source>Name of the page-size parameter; empty to not send one.</source>
        <translation>Puslapio dydžio parametro pavadinimas; tuščia, kad nebūtų siunčiamas.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Puslapio dydis</translation>
    </message>
    <message>
        <source>How many records to ask for per page.</source>
        <translation>Kiek įrašų prašyti viename puslapyje.</translation>
    </message>
    <message>
        <source>Total pages header</source>
        <translation>Puslapių skaičiaus antraštė</translation>
    </message>
    <message>
        <source>Header that tells how many pages there are.</source>
        <translation>Antraštė, nurodanti, kiek yra puslapių.</translation>
    </message>
    <message>
        <source>Total pages in the answer</source>
        <translation>Puslapių skaičius atsakyme</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of pages inside the answer, e.g. meta.total_pages.</source>
        <translation>Neprivaloma: kelias su taškais iki puslapių skaičiaus atsakyme, pvz., meta.total_pages.</translation>
    </message>
    <message>
        <source>Total records in the answer</source>
        <translation>Įrašų skaičius atsakyme</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of records in the whole list, e.g. count or meta.total; pages stop once that many are read.</source>
        <translation>Neprivaloma: kelias su taškais iki viso sąrašo įrašų skaičiaus, pvz., count arba meta.total; puslapiai nebeskaitomi, kai perskaitoma tiek įrašų.</translation>
    </message>
    <message>
        <source>Total records header</source>
        <translation>Įrašų skaičiaus antraštė</translation>
    </message>
    <message>
        <source>Optional: header that tells how many records the whole list has, e.g. X-Total-Count.</source>
        <translation>Neprivaloma: antraštė, nurodanti, kiek įrašų turi visas sąrašas, pvz., X-Total-Count.</translation>
    </message>
    <message>
        <source>Next page number in the answer</source>
        <translation>Kito puslapio numeris atsakyme</translation>
    </message>
    <message>
        <source>For next-page-number pages: dotted path to it, e.g. meta.next_page; the list ends when it is empty.</source>
        <translation>Puslapiams su kito puslapio numeriu: kelias su taškais iki jo, pvz., meta.next_page; sąrašas baigiasi, kai jis tuščias.</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Poslinkio parametras</translation>
    </message>
    <message>
        <source>For offset pages: the offset parameter&apos;s name.</source>
        <translation>Puslapiams su poslinkiu: poslinkio parametro pavadinimas.</translation>
    </message>
    <message>
        <source>Limit parameter</source>
        <translation>Ribos parametras</translation>
    </message>
    <message>
        <source>For offset pages: the limit parameter&apos;s name.</source>
        <translation>Puslapiams su poslinkiu: ribos parametro pavadinimas.</translation>
    </message>
    <message>
        <source>Cursor in the answer</source>
        <translation>Žymeklis atsakyme</translation>
    </message>
    <message>
        <source>For cursor pages: dotted path to the next cursor.</source>
        <translation>Puslapiams su žymekliu: kelias su taškais iki kito žymeklio.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Žymeklio parametras</translation>
    </message>
    <message>
        <source>For cursor pages: the parameter that sends the cursor back.</source>
        <translation>Puslapiams su žymekliu: parametras, kuriuo žymeklis siunčiamas atgal.</translation>
    </message>
    <message>
        <source>Next page address in the answer</source>
        <translation>Kito puslapio adresas atsakyme</translation>
    </message>
    <message>
        <source>For next-address pages: dotted path to it.</source>
        <translation>Puslapiams su kito puslapio adresu: kelias su taškais iki jo.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Laukų susiejimas</translation>
    </message>
    <message>
        <source>Where each value is inside a record (dotted paths): sku, name, quantity, price, updated_at, and optionally location. Quantity may add several fields: stock.shop + stock.depot.</source>
        <translation>Kur įraše yra kiekviena reikšmė (keliai su taškais): sku, name, quantity, price, updated_at ir, jei reikia, location. Kiekis gali sudėti kelis laukus: stock.shop + stock.depot.</translation>
    </message>
    <message>
        <source>Records to skip</source>
        <translation>Praleidžiami įrašai</translation>
    </message>
    <message>
        <source>Optional: records that are not stock, skipped (not failed), e.g. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; skips a missing or empty value, &quot;!product&quot; anything but product.</source>
        <translation>Neprivaloma: įrašai, kurie nėra atsargos, praleidžiami (nelaikomi klaidomis), pvz., {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; praleidžia trūkstamą ar tuščią reikšmę, &quot;!product&quot; – viską, išskyrus product.</translation>
    </message>
    <message>
        <source>Nested stock records</source>
        <translation>Įdėtiniai atsargų įrašai</translation>
    </message>
    <message>
        <source>Optional: dotted path to a list inside each record with one stock record per element (e.g. per warehouse); values missing from an element come from its record (or parent.x).</source>
        <translation>Neprivaloma: kelias su taškais iki sąrašo kiekviename įraše, kurio kiekvienas elementas yra atskiras atsargų įrašas (pvz., sandėlis); elemente trūkstamos reikšmės imamos iš jo įrašo (arba parent.x).</translation>
    </message>
    <message>
        <source>Quantity per location</source>
        <translation>Kiekis pagal vietą</translation>
    </message>
    <message>
        <source>Optional: one quantity field per location, e.g. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; the item&apos;s quantity is their sum.</source>
        <translation>Neprivaloma: vienas kiekio laukas kiekvienai vietai, pvz., {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; prekės kiekis yra jų suma.</translation>
    </message>
    <message>
        <source>Second endpoint</source>
        <translation>Antrasis galinis taškas</translation>
    </message>
    <message>
        <source>Optional: a path whose records are joined to the stock records by a key; their values are read as join.x in the field mapping.</source>
        <translation>Neprivaloma: kelias, kurio įrašai pagal raktą sujungiami su atsargų įrašais; jų reikšmės laukų susiejime skaitomos kaip join.x.</translation>
    </message>
    <message>
        <source>Where its list is</source>
        <translation>Kur yra jo sąrašas</translation>
    </message>
    <message>
        <source>Dotted path to the second endpoint&apos;s list in its answer; empty if it is the list.</source>
        <translation>Kelias su taškais iki antrojo galinio taško sąrašo jo atsakyme; tuščia, jei atsakymas yra sąrašas.</translation>
    </message>
    <message>
        <source>Its key</source>
        <translation>Jo raktas</translation>
    </message>
    <message>
        <source>The key in the second endpoint&apos;s records, e.g. product_id.</source>
        <translation>Raktas antrojo galinio taško įrašuose, pvz., product_id.</translation>
    </message>
    <message>
        <source>Matched with</source>
        <translation>Susiejamas su</translation>
    </message>
    <message>
        <source>The key in the stock records it matches, e.g. id.</source>
        <translation>Atsargų įrašų raktas, su kuriuo jis susiejamas, pvz., id.</translation>
    </message>
    <message>
        <source>Changed-since parameter</source>
        <translation>Parametras „pakeista nuo“</translation>
    </message>
    <message>
        <source>Optional: parameter that asks only for orders changed since the last sync.</source>
        <translation>Neprivaloma: parametras, kuriuo prašoma tik užsakymų, pakeistų nuo paskutinės sinchronizacijos.</translation>
    </message>
    <message>
        <source>Changed-since format</source>
        <translation>Formatas „pakeista nuo“</translation>
    </message>
    <message>
        <source>How the API wants that time: iso (2026-03-01T10:00:00+00:00), unix (seconds), unix_ms (milliseconds) or datetime (2026-03-01 10:00:00, UTC).</source>
        <translation>Kokiu pavidalu API nori to laiko: iso (2026-03-01T10:00:00+00:00), unix (sekundės), unix_ms (milisekundės) arba datetime (2026-03-01 10:00:00, UTC).</translation>
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
        <translation>Užsakymų galinis taškas</translation>
    </message>
    <message>
        <source>Optional: the path that lists orders.</source>
        <translation>Neprivaloma: kelias, pateikiantis užsakymų sąrašą.</translation>
    </message>
    <message>
        <source>Where the order list is</source>
        <translation>Kur yra užsakymų sąrašas</translation>
    </message>
    <message>
        <source>Dotted path to the order list in the answer, e.g. orders; empty if it is the list.</source>
        <translation>Kelias su taškais iki užsakymų sąrašo atsakyme, pvz., orders; tuščia, jei atsakymas yra sąrašas.</translation>
    </message>
    <message>
        <source>Order field mapping</source>
        <translation>Užsakymo laukų susiejimas</translation>
    </message>
    <message>
        <source>Where each order value is (dotted paths): id, number, status, total, currency, created_at, updated_at, customer_country (e.g. shipping.country) and tracking.</source>
        <translation>Kur yra kiekviena užsakymo reikšmė (keliai su taškais): id, number, status, total, currency, created_at, updated_at, customer_country (pvz., shipping.country) ir tracking.</translation>
    </message>
    <message>
        <source>Shipments endpoint</source>
        <translation>Siuntų galinis taškas</translation>
    </message>
    <message>
        <source>For a courier: the path that lists shipments, e.g. /parcels. Its statuses move the orders of the store named below on (the Shipments job).</source>
        <translation>Kurjeriui: kelias, pateikiantis siuntų sąrašą, pvz., /parcels. Jų būsenos perkelia toliau žemiau nurodytos parduotuvės užsakymus (užduotis Siuntos).</translation>
    </message>
    <message>
        <source>Where the shipment list is</source>
        <translation>Kur yra siuntų sąrašas</translation>
    </message>
    <message>
        <source>Dotted path to the shipment list in the answer, e.g. parcels; empty if it is the list.</source>
        <translation>Kelias su taškais iki siuntų sąrašo atsakyme, pvz., parcels; tuščia, jei atsakymas yra sąrašas.</translation>
    </message>
    <message>
        <source>Shipment field mapping</source>
        <translation>Siuntos laukų susiejimas</translation>
    </message>
    <message>
        <source>Where each shipment value is (dotted paths): reference (the order it carries), status, tracking and updated_at. Its statuses read as ours through the order statuses below.</source>
        <translation>Kur yra kiekviena siuntos reikšmė (keliai su taškais): reference (užsakymas, kurį ji veža), status, tracking ir updated_at. Jos būsenos paverčiamos mūsų būsenomis pagal toliau esančias užsakymų būsenas.</translation>
    </message>
    <message>
        <source>Orders it follows</source>
        <translation>Sekami užsakymai</translation>
    </message>
    <message>
        <source>For a courier: the name of the store whose orders its shipments move on.</source>
        <translation>Kurjeriui: parduotuvės, kurios užsakymus jo siuntos perkelia toliau, pavadinimas.</translation>
    </message>
    <message>
        <source>Matched with the order&apos;s</source>
        <translation>Susiejama su užsakymo</translation>
    </message>
    <message>
        <source>What a shipment&apos;s reference is in that store: the order number, or the store&apos;s id for it.</source>
        <translation>Kas siuntos nuoroda yra toje parduotuvėje: užsakymo numeris arba parduotuvės jam suteiktas ID.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numeris</translation>
    </message>
    <message>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <source>Write statuses back</source>
        <translation>Rašyti būsenas atgal</translation>
    </message>
    <message>
        <source>yes: each status a shipment moves an order to is also written to the order&apos;s own store, through that store&apos;s order status write below.</source>
        <translation>taip: kiekviena būsena, į kurią siunta perkelia užsakymą, taip pat įrašoma į paties užsakymo parduotuvę, per tos parduotuvės užsakymo būsenos rašymą (žemiau).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>Order status write endpoint</source>
        <translation>Užsakymo būsenos rašymo galinis taškas</translation>
    </message>
    <message>
        <source>Optional: the path an order&apos;s new status is written to; it may hold {id} or {number}, e.g. orders/{id}/status.</source>
        <translation>Neprivaloma: kelias, kuriuo įrašoma nauja užsakymo būsena; jame gali būti {id} arba {number}, pvz., orders/{id}/status.</translation>
    </message>
    <message>
        <source>Order status write method</source>
        <translation>Užsakymo būsenos rašymo metodas</translation>
    </message>
    <message>
        <source>The HTTP method of an order status write.</source>
        <translation>Užsakymo būsenos rašymo HTTP metodas.</translation>
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
        <translation>Užsakymo būsenos rašymo turinys</translation>
    </message>
    <message>
        <source>JSON template of the body: {status} is the store&apos;s own name for the status (from the order statuses below), {tracking}, {number} and {id} are the order&apos;s.</source>
        <translation>JSON turinio šablonas: {status} – pačios parduotuvės būsenos pavadinimas (iš toliau esančių užsakymų būsenų), {tracking}, {number} ir {id} – užsakymo reikšmės.</translation>
    </message>
    <message>
        <source>Order status write accepted codes</source>
        <translation>Priimami užsakymo būsenos rašymo kodai</translation>
    </message>
    <message>
        <source>The status codes that count as written, e.g. 200,204; empty: any 2xx.</source>
        <translation>Būsenos kodai, reiškiantys, kad įrašyta, pvz., 200,204; tuščia: bet kuris 2xx.</translation>
    </message>
    <message>
        <source>Where the written status is</source>
        <translation>Kur yra įrašyta būsena</translation>
    </message>
    <message>
        <source>Optional: path to the order&apos;s status in the answer, e.g. order.status; it must read as the status sent. Empty: an accepted status code counts as written.</source>
        <translation>Neprivaloma: kelias iki užsakymo būsenos atsakyme, pvz., order.status; ji turi sutapti su išsiųsta būsena. Tuščia: priimtas būsenos kodas reiškia, kad įrašyta.</translation>
    </message>
    <message>
        <source>Stock update endpoint</source>
        <translation>Atsargų atnaujinimo galinis taškas</translation>
    </message>
    <message>
        <source>Optional: the path stock is written to; per item it may hold {sku} or {id}, e.g. products/{id}/stock.</source>
        <translation>Neprivaloma: kelias, kuriuo įrašomos atsargos; rašant po vieną jame gali būti {sku} arba {id}, pvz., products/{id}/stock.</translation>
    </message>
    <message>
        <source>Stock write style</source>
        <translation>Atsargų rašymo būdas</translation>
    </message>
    <message>
        <source>batch: one request carries many items; per_item: one request per SKU.</source>
        <translation>paketu: viena užklausa perduoda daug prekių; po vieną: viena užklausa kiekvienam SKU.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>paketu</translation>
    </message>
    <message>
        <source>per_item</source>
        <translation>po vieną</translation>
    </message>
    <message>
        <source>Stock write method</source>
        <translation>Atsargų rašymo metodas</translation>
    </message>
    <message>
        <source>The HTTP method of a stock write.</source>
        <translation>Atsargų rašymo HTTP metodas.</translation>
    </message>
    <message>
        <source>Stock write body</source>
        <translation>Atsargų rašymo turinys</translation>
    </message>
    <message>
        <source>JSON template of the body: in a batch &quot;{items}&quot; is where the list goes (default {&quot;items&quot;: &quot;{items}&quot;}); per item e.g. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</source>
        <translation>JSON turinio šablonas: rašant paketu &quot;{items}&quot; žymi, kur dedamas sąrašas (numatytasis {&quot;items&quot;: &quot;{items}&quot;}); rašant po vieną, pvz., {&quot;quantity&quot;: &quot;{quantity}&quot;}.</translation>
    </message>
    <message>
        <source>Stock write item</source>
        <translation>Atsargų rašymo elementas</translation>
    </message>
    <message>
        <source>JSON template of one item of a batch (default {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</source>
        <translation>Vieno paketo elemento JSON šablonas (numatytasis {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</translation>
    </message>
    <message>
        <source>Accepted status codes</source>
        <translation>Priimami būsenos kodai</translation>
    </message>
    <message>
        <source>The status codes that count as accepted, e.g. 200,201; empty: any 2xx.</source>
        <translation>Būsenos kodai, reiškiantys, kad priimta, pvz., 200,201; tuščia: bet kuris 2xx.</translation>
    </message>
    <message>
        <source>Where the write result is</source>
        <translation>Kur yra rašymo rezultatas</translation>
    </message>
    <message>
        <source>Batch: path to the per-item results ({sku, ok, error}); per item: path to the quantity the answer shows. Empty: the answer says nothing per item, so StoreSync reads the SKUs back.</source>
        <translation>Paketu: kelias iki kiekvienos prekės rezultatų ({sku, ok, error}); po vieną: kelias iki atsakyme rodomo kiekio. Tuščia: atsakymas apie prekes nieko nesako, todėl StoreSync SKU perskaito iš naujo.</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>The first %Ln item(s) as StoreSync reads them.</source>
        <translation>
            <numerusform>Pirmoji %Ln prekė, kaip ją skaito StoreSync.</numerusform>
            <numerusform>Pirmosios %Ln prekės, kaip jas skaito StoreSync.</numerusform>
            <numerusform>Pirmųjų %Ln prekių, kaip jas skaito StoreSync.</numerusform>
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
        <translation>Šaltinio SKU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Taisyklė</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>Tikslas dabar</translation>
    </message>
    <message>
        <source>Target after</source>
        <translation>Tikslas po</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>Preview push to {store}</source>
        <translation>Siuntimo į {store} peržiūra</translation>
    </message>
    <message>
        <source>{w} to write, {u} unchanged, {s} skipped. Rules apply in this order: {order}.</source>
        <translation>Rašyti: {w}, nepakeista: {u}, praleista: {s}. Taisyklės taikomos šia tvarka: {order}.</translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation>Siuntimo planas</translation>
    </message>
    <message>
        <source>Only on the source</source>
        <translation>Tik šaltinyje</translation>
    </message>
    <message>
        <source>Only on the target</source>
        <translation>Tik tiksle</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Pasikartojantys</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}: {n}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planas</translation>
    </message>
    <message>
        <source>Unmatched SKUs ({n})</source>
        <translation>Nesuderinti SKU ({n})</translation>
    </message>
    <message>
        <source>Push these changes</source>
        <translation>Siųsti šiuos pakeitimus</translation>
    </message>
    <message>
        <source>Export plan CSV…</source>
        <translation>Eksportuoti planą į CSV…</translation>
    </message>
    <message>
        <source>Export unmatched CSV…</source>
        <translation>Eksportuoti nesuderintus į CSV…</translation>
    </message>
    <message>
        <source>Export SKU pairs to fill in…</source>
        <translation>Eksportuoti SKU poras užpildyti…</translation>
    </message>
    <message>
        <source>The SKUs only on the source, each with an empty target SKU: fill them in, then import the file with Import SKU pairs in the store&apos;s push rules.</source>
        <translation>Tik šaltinyje esantys SKU, kiekvienas su tuščiu tikslo SKU: užpildykite juos, tada importuokite failą per „Importuoti SKU poras“ parduotuvės siuntimo taisyklėse.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuoti</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>be ribos</translation>
    </message>
    <message>
        <source>Import SKU pairs (CSV)…</source>
        <translation>Importuoti SKU poras (CSV)…</translation>
    </message>
    <message>
        <source>Rules apply in this order: {order}.</source>
        <translation>Taisyklės taikomos šia tvarka: {order}.</translation>
    </message>
    <message>
        <source>Keep back</source>
        <translation>Palikti rezerve</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Rodyti</translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation>Šaltinio SKU</translation>
    </message>
    <message>
        <source>Show %</source>
        <translation>Rodyti %</translation>
    </message>
    <message>
        <source>Show 0 below</source>
        <translation>Rodyti 0, kai mažiau nei</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Daugiausia</translation>
    </message>
    <message>
        <source>Per-SKU buffer rules</source>
        <translation>Buferio taisyklės kiekvienam SKU</translation>
    </message>
    <message>
        <source>Add a SKU rule</source>
        <translation>Pridėti SKU taisyklę</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Šalinti</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: enter the source SKU.</source>
        <translation>SKU taisyklė {row}: įveskite šaltinio SKU.</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: {sku} has a rule already.</source>
        <translation>SKU taisyklė {row}: {sku} jau turi taisyklę.</translation>
    </message>
    <message>
        <source>Per-SKU rule for {sku}: {reason}</source>
        <translation>SKU {sku} taisyklė: {reason}</translation>
    </message>
    <message>
        <source>{what} must be a whole number of 0 or more, not {text!r}.</source>
        <translation>{what} turi būti sveikasis skaičius, ne mažesnis nei 0, o ne {text!r}.</translation>
    </message>
    <message>
        <source>Per-SKU rules (each replaces the rule above for its SKU):</source>
        <translation>Taisyklės kiekvienam SKU (kiekviena pakeičia aukščiau esančią taisyklę savo SKU):</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>Šalinti priešdėlį</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>Šalinti priesagą</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>Pridėti priešdėlį</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>Pridėti priesagą</translation>
    </message>
    <message>
        <source>SKU pairs</source>
        <translation>SKU poros</translation>
    </message>
    <message>
        <source>The file could not be read as text.</source>
        <translation>Failo nepavyko perskaityti kaip teksto.</translation>
    </message>
    <message>
        <source>Import SKU pairs</source>
        <translation>Importuoti SKU poras</translation>
    </message>
</context>
<context>
    <name>PushRulesForm</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pora</numerusform>
            <numerusform>%Ln poros</numerusform>
            <numerusform>%Ln porų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuantityChart</name>
    <message>
        <source>Quantity over time</source>
        <translation>Kiekis laike</translation>
    </message>
</context>
<context>
    <name>RemoveStore</name>
    <message>
        <source>A sync of &apos;{name}&apos; is running. Remove the store once it has finished.</source>
        <translation>Vyksta „{name}“ sinchronizavimas. Pašalinkite parduotuvę, kai jis baigsis.</translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: {reason}</source>
        <translation>Nepavyko pašalinti jos raktinės įrašų: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>„{name}“ pašalinta. Jos sinchronizavimo istorija lieka daugiausia %Ln dieną, kol ją pašalins saugojimo taisyklė.</numerusform>
            <numerusform>„{name}“ pašalinta. Jos sinchronizavimo istorija lieka daugiausia %Ln dienas, kol ją pašalins saugojimo taisyklė.</numerusform>
            <numerusform>„{name}“ pašalinta. Jos sinchronizavimo istorija lieka daugiausia %Ln dienų, kol ją pašalins saugojimo taisyklė.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>Šalinti parduotuvę</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;?</source>
        <translation>Šalinti „{name}“?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Šalinti</translation>
    </message>
    <message>
        <source>The store could not be removed: {reason}</source>
        <translation>Parduotuvės pašalinti nepavyko: {reason}</translation>
    </message>
    <message>
        <source>The store could not be removed; the log has the details.</source>
        <translation>Parduotuvės pašalinti nepavyko; išsami informacija žurnale.</translation>
    </message>
</context>
<context>
    <name>RemoveStoreDialog</name>
    <message numerus="yes">
        <source>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>StoreSync nustos ją sinchronizuoti ir ištrins jos įrašytas paslaptis iš raktinės. Jos sinchronizavimo istorija lieka daugiausia %Ln dieną, kol ją pašalins saugojimo taisyklė.</numerusform>
            <numerusform>StoreSync nustos ją sinchronizuoti ir ištrins jos įrašytas paslaptis iš raktinės. Jos sinchronizavimo istorija lieka daugiausia %Ln dienas, kol ją pašalins saugojimo taisyklė.</numerusform>
            <numerusform>StoreSync nustos ją sinchronizuoti ir ištrins jos įrašytas paslaptis iš raktinės. Jos sinchronizavimo istorija lieka daugiausia %Ln dienų, kol ją pašalins saugojimo taisyklė.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestRateChart</name>
    <message>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message>
        <source>Requests over the run</source>
        <translation>Užklausos vykdymo metu</translation>
    </message>
    <message>
        <source>The requests of this run could not be read: {error}</source>
        <translation>Nepavyko perskaityti šio vykdymo užklausų: {error}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Užklausos</translation>
    </message>
    <message>
        <source>“Slow down” answers (429)</source>
        <translation>Atsakymai „sulėtinkite“ (429)</translation>
    </message>
    <message>
        <source>Seconds waiting on rate limits</source>
        <translation>Sekundės, laukiant dėl spartos ribų</translation>
    </message>
    <message>
        <source>Seconds since the run started</source>
        <translation>Sekundės nuo vykdymo pradžios</translation>
    </message>
    <message>
        <source>Per {seconds} s</source>
        <translation>Per {seconds} s</translation>
    </message>
    <message>
        <source>Seconds waiting</source>
        <translation>Laukimo sekundės</translation>
    </message>
    <message>
        <source>Requests: {requests} · “Slow down” answers: {throttled} · Waiting on rate limits: {waited} s</source>
        <translation>Užklausos: {requests} · Atsakymai „sulėtinkite“: {throttled} · Laukta dėl spartos ribų: {waited} s</translation>
    </message>
</context>
<context>
    <name>RunDetail</name>
    <message>
        <source>Run {id} — {store}</source>
        <translation>Vykdymas {id} — {store}</translation>
    </message>
    <message>
        <source>Started {start}, took {took}</source>
        <translation>Pradėta {start}, truko {took}</translation>
    </message>
    <message>
        <source>Log lines of this run</source>
        <translation>Šio vykdymo žurnalo eilutės</translation>
    </message>
    <message>
        <source>No log lines were kept for this run.</source>
        <translation>Šiam vykdymui žurnalo eilučių neišsaugota.</translation>
    </message>
    <message>
        <source>SKUs changed by this run</source>
        <translation>Šio vykdymo pakeisti SKU</translation>
    </message>
    <message>
        <source>Reading the run&apos;s log…</source>
        <translation>Skaitomas vykdymo žurnalas…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prieš</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Žurnalas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Pakeitimai</translation>
    </message>
    <message>
        <source>an answer this version cannot show</source>
        <translation>atsakymas, kurio ši versija negali parodyti</translation>
    </message>
    <message>
        <source>Could not read the run: {reason}</source>
        <translation>Nepavyko perskaityti vykdymo: {reason}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>pašalinta</translation>
    </message>
    <message>
        <source>Log ({n})</source>
        <translation>Žurnalas ({n})</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Pakeitimai ({n})</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Timeline of runs</source>
        <translation>Vykdymų laiko juosta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message>
        <source>The timeline could not be read: {error}</source>
        <translation>Nepavyko perskaityti laiko juostos: {error}</translation>
    </message>
    <message>
        <source>No runs to show for these filters.</source>
        <translation>Pagal šiuos filtrus vykdymų nėra.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more store(s) in the table</source>
        <translation>
            <numerusform>ir dar %Ln parduotuvė lentelėje</numerusform>
            <numerusform>ir dar %Ln parduotuvės lentelėje</numerusform>
            <numerusform>ir dar %Ln parduotuvių lentelėje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>System time zone</source>
        <translation>Sistemos laiko juosta</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Kas N minučių</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Kas N valandų</translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation>Kasdien</translation>
    </message>
    <message>
        <source>Weekly on</source>
        <translation>Kas savaitę</translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation>Išplėstinis (cron)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pr</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Tr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kt</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pn</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Š</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sk</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Kaip dažnai</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation>Minutės tarp vykdymų</translation>
    </message>
    <message>
        <source> h</source>
        <translation> val.</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Valandos tarp vykdymų</translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation>Kasdienio vykdymo laikas</translation>
    </message>
    <message>
        <source>Run on {day}</source>
        <translation>Vykdyti: {day}</translation>
    </message>
    <message>
        <source>Weekly run time</source>
        <translation>Savaitinio vykdymo laikas</translation>
    </message>
    <message>
        <source>at</source>
        <translation>laikas</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron išraiška</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week (mon-sun).</source>
        <translation>Penki laukai: minutė, valanda, mėnesio diena, mėnuo, savaitės diena (mon-sun).</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Tik tarp</translation>
    </message>
    <message>
        <source>Limit to active hours</source>
        <translation>Apriboti aktyviomis valandomis</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation>Aktyvių valandų pradžia</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation>Aktyvių valandų pabaiga</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ir</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Schedule in words</source>
        <translation>Tvarkaraštis žodžiais</translation>
    </message>
    <message>
        <source>Next run times</source>
        <translation>Artimiausi vykdymai</translation>
    </message>
    <message>
        <source>What is wrong with the schedule</source>
        <translation>Kas negerai su tvarkaraščiu</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Vykdymas</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktyvios valandos</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone StoreSync knows. Pick one from the list, e.g. Europe/Warsaw.</source>
        <translation>„{zone}“ – StoreSync nežinoma laiko juosta. Pasirinkite iš sąrašo, pvz., Europe/Vilnius.</translation>
    </message>
    <message>
        <source>This schedule never runs: widen the active hours or pick other days.</source>
        <translation>Šis tvarkaraštis niekada nebus vykdomas: išplėskite aktyvias valandas arba pasirinkite kitas dienas.</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Artimiausi vykdymai:</translation>
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
        <translation>{every} nuo {start} iki {end}</translation>
    </message>
    <message>
        <source>Daily at {time}</source>
        <translation>Kasdien {time}</translation>
    </message>
    <message>
        <source>Weekly on {days} at {time}</source>
        <translation>Kas savaitę: {days} {time}</translation>
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
        <translation>{schedule}, tik nuo {start} iki {end}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Kasdien</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Kas valandą</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Kas minutę</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Kas %n dieną</numerusform>
            <numerusform>Kas %n dienas</numerusform>
            <numerusform>Kas %n dienų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Kas %n valandą</numerusform>
            <numerusform>Kas %n valandas</numerusform>
            <numerusform>Kas %n valandų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Kas %n minutę</numerusform>
            <numerusform>Kas %n minutes</numerusform>
            <numerusform>Kas %n minučių</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>StoreSync – server {address}</source>
        <translation>StoreSync – serveris {address}</translation>
    </message>
    <message>
        <source>Stores and jobs on the server</source>
        <translation>Parduotuvės ir užduotys serveryje</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pristabdyti</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tęsti</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>Redaguoti tvarkaraštį…</translation>
    </message>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>{what} – nepavyko: {reason}</translation>
    </message>
    <message>
        <source>Not connected: {reason}. Connect again with the server&apos;s token.</source>
        <translation>Neprisijungta: {reason}. Prisijunkite iš naujo su serverio žetonu.</translation>
    </message>
    <message>
        <source>Not connected ({reason}); trying again…</source>
        <translation>Neprisijungta ({reason}); bandoma dar kartą…</translation>
    </message>
    <message>
        <source>Not connected; trying again…</source>
        <translation>Neprisijungta; bandoma dar kartą…</translation>
    </message>
    <message>
        <source>No worker is running: queued runs wait until one starts</source>
        <translation>Neveikia nė vienas darbuotojas: eilėje esantys vykdymai laukia, kol kuris nors pasileis</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>an unexpected problem (the log has the details)</source>
        <translation>netikėta problema (išsami informacija žurnale)</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Saugojimo dienos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> d.</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>Kurti atsarginę kopiją dabar...</translation>
    </message>
    <message>
        <source>Export history (CSV)...</source>
        <translation>Eksportuoti istoriją (CSV)...</translation>
    </message>
    <message>
        <source>Backup and export result</source>
        <translation>Atsarginės kopijos ir eksporto rezultatas</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Saugoti istoriją</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Kurti duomenų bazės atsarginę kopiją</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite duomenų bazė (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Export the sync history</source>
        <translation>Eksportuoti sinchronizavimo istoriją</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV failas (*.csv)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Kuriama atsarginė kopija...</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Atsarginės kopijos sukurti nepavyko: {reason}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Atsarginė kopija įrašyta: {path}</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Eksportuojama...</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Eksportuoti nepavyko: {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Bendrieji</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinchronizavimas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Pranešimai</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Įspėjimai</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <source>Start StoreSync when I log in</source>
        <translation>Paleisti StoreSync prisijungus</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Paleisti sumažintą į dėklą</translation>
    </message>
    <message>
        <source>Closing the window keeps StoreSync running in the tray</source>
        <translation>Užvėrus langą StoreSync toliau veikia dėkle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistemos ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect when StoreSync restarts.</source>
        <translation>Nauja kalba įsigalios iš naujo paleidus StoreSync.</translation>
    </message>
    <message>
        <source>Runs at the same time, at most</source>
        <translation>Daugiausia vykdymų vienu metu</translation>
    </message>
    <message>
        <source>Maximum concurrent runs</source>
        <translation>Didžiausias vienu metu vykdomų skaičius</translation>
    </message>
    <message>
        <source>Retries after a network error</source>
        <translation>Pakartojimai po tinklo klaidos</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>Pakartojimų skaičius</translation>
    </message>
    <message>
        <source>Wait for a store&apos;s answer</source>
        <translation>Laukti parduotuvės atsakymo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Užklausos laiko limitas</translation>
    </message>
    <message>
        <source>Give up on one request after</source>
        <translation>Atsisakyti užklausos po</translation>
    </message>
    <message>
        <source>Request deadline, retries included</source>
        <translation>Užklausos terminas, įskaitant pakartojimus</translation>
    </message>
    <message>
        <source>Pages per read, at most</source>
        <translation>Daugiausia puslapių vienam skaitymui</translation>
    </message>
    <message>
        <source>Stop a run after</source>
        <translation>Sustabdyti vykdymą po</translation>
    </message>
    <message>
        <source>Run timeout</source>
        <translation>Vykdymo laiko limitas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Catch up runs missed while StoreSync was closed or the computer slept</source>
        <translation>Atsigriebti už vykdymus, praleistus, kol StoreSync buvo išjungta ar kompiuteris miegojo</translation>
    </message>
    <message>
        <source>Show a notification when</source>
        <translation>Rodyti pranešimą, kai</translation>
    </message>
    <message>
        <source>a job keeps failing or pauses itself (how often: the Alerts tab)</source>
        <translation>užduotis vis nepavyksta arba pati pristabdo (kaip dažnai: kortelė „Įspėjimai“)</translation>
    </message>
    <message>
        <source>a store needs your attention or its data is stale</source>
        <translation>parduotuvei reikia jūsų dėmesio arba jos duomenys paseno</translation>
    </message>
    <message>
        <source>a failing store works again</source>
        <translation>strigusi parduotuvė vėl veikia</translation>
    </message>
    <message>
        <source>a job keeps failing</source>
        <translation>užduotis vis nepavyksta</translation>
    </message>
    <message>
        <source>it works again</source>
        <translation>vėl veikia</translation>
    </message>
    <message>
        <source>a job paused itself</source>
        <translation>užduotis pati pristabdė</translation>
    </message>
    <message>
        <source>a store needs attention</source>
        <translation>parduotuvei reikia dėmesio</translation>
    </message>
    <message>
        <source>stock runs low</source>
        <translation>baigiasi atsargos</translation>
    </message>
    <message>
        <source>a store&apos;s data is stale</source>
        <translation>parduotuvės duomenys paseno</translation>
    </message>
    <message>
        <source>Warn when a job failed this many runs in a row</source>
        <translation>Įspėti, kai užduotis nepavyksta tiek kartų iš eilės</translation>
    </message>
    <message>
        <source>Warn after failed runs</source>
        <translation>Įspėti po nepavykusių vykdymų</translation>
    </message>
    <message>
        <source>Pause a job after this many failed runs in a row</source>
        <translation>Pristabdyti užduotį po tiek nepavykusių vykdymų iš eilės</translation>
    </message>
    <message>
        <source>Pause after failed runs</source>
        <translation>Pristabdyti po nepavykusių vykdymų</translation>
    </message>
    <message>
        <source>0 turns the warning or the pause off. A paused job says why until you resume it.</source>
        <translation>0 išjungia įspėjimą arba pristabdymą. Pristabdyta užduotis rodo priežastį, kol ją pratęsite.</translation>
    </message>
    <message>
        <source>A store&apos;s data is stale when its last good read is older than</source>
        <translation>Parduotuvės duomenys pasenę, kai paskutinis sėkmingas skaitymas senesnis nei</translation>
    </message>
    <message>
        <source> h</source>
        <translation> val.</translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation>Pasenę po valandų</translation>
    </message>
    <message>
        <source>Failures and stale data</source>
        <translation>Klaidos ir pasenę duomenys</translation>
    </message>
    <message>
        <source>Send alerts by email</source>
        <translation>Siųsti įspėjimus el. paštu</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP serveris</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP prievadas</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sauga</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (dažniausiai 587 prievadas)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (dažniausiai 465 prievadas)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP naudotojo vardas</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP slaptažodis</translation>
    </message>
    <message>
        <source>kept in the keychain; leave empty to keep it</source>
        <translation>laikoma raktinėje; palikite tuščią, kad išliktų</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Siuntėjo adresas</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Gavėjai</translation>
    </message>
    <message>
        <source>addresses, separated by commas</source>
        <translation>adresai, atskirti kableliais</translation>
    </message>
    <message>
        <source>Send when</source>
        <translation>Siųsti, kai</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Siųsti bandomąjį laišką</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Send alerts to a webhook</source>
        <translation>Siųsti įspėjimus į webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>https://…, kept in the keychain; leave empty to keep it</source>
        <translation>https://…, laikomas raktinėje; palikite tuščią, kad išliktų</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>StoreSync JSON</source>
        <translation>StoreSync JSON</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Suderinamas su Slack</translation>
    </message>
    <message>
        <source>Send a test to the webhook</source>
        <translation>Siųsti bandymą į webhook</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Alerts are sent by the StoreSync that owns this data folder.</source>
        <translation>Įspėjimus siunčia StoreSync, kuriam priklauso šis duomenų aplankas.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Siunčiama…</translation>
    </message>
    <message>
        <source>Not sent: the settings could not be saved.</source>
        <translation>Neišsiųsta: nepavyko įrašyti nustatymų.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Neišsiųsta: {reason}</translation>
    </message>
    <message>
        <source>Test sent. Check that it arrived.</source>
        <translation>Bandymas išsiųstas. Patikrinkite, ar jis atėjo.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Dar nieko neišsiųsta.</translation>
    </message>
    <message>
        <source>Last delivery worked ({when}).</source>
        <translation>Paskutinis pristatymas pavyko ({when}).</translation>
    </message>
    <message>
        <source>Last delivery failed ({when}): {reason}</source>
        <translation>Paskutinis pristatymas nepavyko ({when}): {reason}</translation>
    </message>
    <message>
        <source>Low stock means at most</source>
        <translation>Mažos atsargos – daugiausia</translation>
    </message>
    <message>
        <source>Low stock threshold</source>
        <translation>Mažų atsargų riba</translation>
    </message>
    <message>
        <source> items</source>
        <translation> vnt.</translation>
    </message>
    <message>
        <source>Quiet hours: no notifications between</source>
        <translation>Tylos valandos: jokių pranešimų tarp</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Tylos valandų pradžia</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Tylos valandų pabaiga</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ir</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>Nepavyko pakeisti paleidimo prisijungus: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved; the log has the details.</source>
        <translation>Nustatymų įrašyti nepavyko; išsami informacija žurnale.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meniu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klavišai</translation>
    </message>
</context>
<context>
    <name>SkuHistory</name>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Parduotuvė</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Buvo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yra</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Vykdymas</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Kaip</translation>
    </message>
    <message>
        <source>read</source>
        <translation>nuskaityta</translation>
    </message>
    <message>
        <source>{state} push ({rule})</source>
        <translation>siuntimas {state} ({rule})</translation>
    </message>
    <message>
        <source>History of {sku}</source>
        <translation>{sku} istorija</translation>
    </message>
    <message>
        <source>Quantity of {sku} per store</source>
        <translation>{sku} kiekis parduotuvėse</translation>
    </message>
    <message>
        <source>Changes of {sku}</source>
        <translation>{sku} pakeitimai</translation>
    </message>
    <message>
        <source>No recorded change of this SKU yet.</source>
        <translation>Šio SKU pakeitimų dar neužfiksuota.</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>StoreSync could not start</source>
        <translation>StoreSync nepavyko paleisti</translation>
    </message>
    <message>
        <source>Why StoreSync could not start</source>
        <translation>Kodėl StoreSync nepavyko paleisti</translation>
    </message>
</context>
<context>
    <name>StoreDetail</name>
    <message>
        <source>Store: {name}</source>
        <translation>Parduotuvė: {name}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Įjungta:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Paslaptys laikomos:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Ryšys:</translation>
    </message>
    <message>
        <source>Jobs of this store</source>
        <translation>Šios parduotuvės užduotys</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Kitas vykdymas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tvarkaraštis</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pristabdyta</translation>
    </message>
    <message>
        <source>Run whose requests are shown</source>
        <translation>Vykdymas, kurio užklausos rodomos</translation>
    </message>
    <message>
        <source>Recent runs of this store</source>
        <translation>Naujausi šios parduotuvės vykdymai</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Pradėta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trukmė</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Paleidiklis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Vykdymų dar nebuvo.</translation>
    </message>
    <message>
        <source>Edit store…</source>
        <translation>Redaguoti parduotuvę…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Užduotys</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Naujausi vykdymai</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Vykdymas:</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Per vykdymą pakeistos prekės</translation>
    </message>
    <message>
        <source>Requests in a run</source>
        <translation>Vykdymo užklausos</translation>
    </message>
    <message>
        <source>This run is still going: its requests are shown when it ends.</source>
        <translation>Šis vykdymas dar vyksta: jo užklausos bus parodytos, kai jis baigsis.</translation>
    </message>
    <message>
        <source>No requests recorded for this run: it made none, or ran before StoreSync counted them.</source>
        <translation>Šio vykdymo užklausų neužfiksuota: jis jų nesiuntė arba vyko prieš StoreSync pradedant jas skaičiuoti.</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>Reikia dėmesio: {reason}</translation>
    </message>
    <message>
        <source>Rate-limited by the store: {message}</source>
        <translation>Parduotuvė apribojo spartą: {message}</translation>
    </message>
    <message>
        <source>Last run failed: {error}</source>
        <translation>Paskutinis vykdymas nepavyko: {error}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Veikia</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Dar nesinchronizuota</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tikrinama…</translation>
    </message>
    <message>
        <source>Connection failed: {error}</source>
        <translation>Ryšys nepavyko: {error}</translation>
    </message>
</context>
<context>
    <name>StoreEditor</name>
    <message>
        <source>Test connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>Įrašų peržiūra</translation>
    </message>
    <message>
        <source>Fetch the first records with these settings, without saving.</source>
        <translation>Gauti pirmuosius įrašus su šiais nustatymais, neįrašant.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Veikia</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ryšio patikros rezultatas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kiekis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaina</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>Pirmųjų įrašų peržiūra</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Tikrinamas ryšys...</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Nepavyko prisijungti: {reason}</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log has the details.</source>
        <translation>Patikra netikėtai nepavyko; išsami informacija žurnale.</translation>
    </message>
    <message>
        <source>Connected: {answer}</source>
        <translation>Prisijungta: {answer}</translation>
    </message>
    <message>
        <source>Fetching the first records...</source>
        <translation>Gaunami pirmieji įrašai...</translation>
    </message>
    <message>
        <source>Could not read the records: {reason}</source>
        <translation>Nepavyko perskaityti įrašų: {reason}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly; the log has the details.</source>
        <translation>Peržiūra netikėtai nepavyko; išsami informacija žurnale.</translation>
    </message>
    <message>
        <source>Fails: {reason}</source>
        <translation>Klaida: {reason}</translation>
    </message>
    <message>
        <source>The API answered, but no records were found at that place.</source>
        <translation>API atsakė, bet toje vietoje įrašų nerasta.</translation>
    </message>
    <message>
        <source>On the pages read: {items} to store, {skipped} skipped as not stock, {failed} failed.</source>
        <translation>Perskaitytuose puslapiuose: įrašyti {items}, praleista kaip ne atsargos {skipped}, nepavyko {failed}.</translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation>Praleista: {reasons}</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(paslaptis)</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Įrašyta raktinėje; įveskite, kad pakeistumėte</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} turi būti sveikasis skaičius.</translation>
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
        <translation>{label}: netinkamas JSON ({line} eilutė, {column} stulpelis).</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, such as {{&quot;key&quot;: &quot;value&quot;}}.</source>
        <translation>{label} turi būti JSON objektas, pvz., {{&quot;key&quot;: &quot;value&quot;}}.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (neprivaloma)</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} – privaloma.</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>Importuoti šabloną…</translation>
    </message>
    <message>
        <source>Fill this form from a preset file; the secret is not in it.</source>
        <translation>Užpildyti formą iš šablono failo; paslapties jame nėra.</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>Eksportuoti šabloną…</translation>
    </message>
    <message>
        <source>Save these settings, without the secret, as a preset file.</source>
        <translation>Įrašyti šiuos nustatymus be paslapties kaip šablono failą.</translation>
    </message>
    <message>
        <source>Presets shipped with StoreSync</source>
        <translation>Su StoreSync pateikiami šablonai</translation>
    </message>
    <message>
        <source>Fill this form for an API whose vendor documents it publicly.</source>
        <translation>Užpildyti formą API, kurią tiekėjas viešai dokumentuoja.</translation>
    </message>
    <message>
        <source>Start from a shipped preset…</source>
        <translation>Pradėti nuo pateikto šablono…</translation>
    </message>
    <message>
        <source>Preset result</source>
        <translation>Šablono rezultatas</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Importuoti šabloną</translation>
    </message>
    <message>
        <source>Export a preset</source>
        <translation>Eksportuoti šabloną</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>šablonas</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} neimportuotas: {reason}</translation>
    </message>
    <message>
        <source>Filled the form from {file}. Presets never hold a secret: type it yourself.</source>
        <translation>Forma užpildyta iš {file}. Šablonuose niekada nėra paslapčių: įveskite ją patys.</translation>
    </message>
    <message>
        <source>Filled the form for {preset}. Type your API address and secret yourself.</source>
        <translation>Forma užpildyta pagal {preset}. API adresą ir paslaptį įveskite patys.</translation>
    </message>
    <message>
        <source>The preset was not saved ({reason}).</source>
        <translation>Šablonas neįrašytas ({reason}).</translation>
    </message>
    <message>
        <source>Saved the settings, without the secret, to {file}.</source>
        <translation>Nustatymai be paslapties įrašyti į {file}.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Pridėti parduotuvę</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Redaguoti {name}</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Parduotuvės pavadinimas</translation>
    </message>
    <message>
        <source>e.g. Main shop</source>
        <translation>pvz., Pagrindinė parduotuvė</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Sync this store on its schedules</source>
        <translation>Sinchronizuoti šią parduotuvę pagal jos tvarkaraščius</translation>
    </message>
    <message>
        <source>Turn off to keep the store and its history without syncing it.</source>
        <translation>Išjunkite, kad parduotuvė ir jos istorija liktų, bet nebūtų sinchronizuojama.</translation>
    </message>
    <message>
        <source>Run a first sync after saving</source>
        <translation>Įrašius paleisti pirmąjį sinchronizavimą</translation>
    </message>
    <message>
        <source>Sync now after saving</source>
        <translation>Įrašius sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Ką sinchronizuoti</translation>
    </message>
    <message>
        <source>Why the store cannot be saved</source>
        <translation>Kodėl parduotuvės negalima įrašyti</translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation>sistemos raktinėje</translation>
    </message>
    <message>
        <source>Fields marked {mark} are secrets: they are saved in {backend}, never in StoreSync&apos;s database, logs or exports.</source>
        <translation>Laukai, pažymėti {mark}, yra paslaptys: jie įrašomi į {backend}, niekada ne į StoreSync duomenų bazę, žurnalus ar eksportus.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>Suteikite parduotuvei pavadinimą.</translation>
    </message>
    <message>
        <source>Another store is already called &apos;{name}&apos;.</source>
        <translation>Kita parduotuvė jau vadinasi „{name}“.</translation>
    </message>
    <message>
        <source>Nothing was saved, because the keychain refused the secrets. Your input is still here.</source>
        <translation>Nieko neįrašyta, nes raktinė atmetė paslaptis. Jūsų įvesti duomenys liko.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Nepavyko įrašyti: {reason}</translation>
    </message>
    <message>
        <source>Could not save the store; the log has the details.</source>
        <translation>Parduotuvės įrašyti nepavyko; išsami informacija žurnale.</translation>
    </message>
    <message>
        <source>Sync stock</source>
        <translation>Sinchronizuoti atsargas</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importuoti užsakymus</translation>
    </message>
    <message>
        <source>Copy stock from another store into this one</source>
        <translation>Kopijuoti atsargas iš kitos parduotuvės į šią</translation>
    </message>
    <message>
        <source>Check for low stock</source>
        <translation>Tikrinti mažas atsargas</translation>
    </message>
    <message>
        <source>Follow shipment statuses into another store&apos;s orders</source>
        <translation>Perkelti siuntų būsenas į kitos parduotuvės užsakymus</translation>
    </message>
    <message>
        <source>Store to copy stock from</source>
        <translation>Parduotuvė, iš kurios kopijuoti atsargas</translation>
    </message>
    <message>
        <source>Choose a store...</source>
        <translation>Pasirinkite parduotuvę...</translation>
    </message>
    <message>
        <source>Copy from</source>
        <translation>Kopijuoti iš</translation>
    </message>
    <message>
        <source>There is no other store to copy stock from yet.</source>
        <translation>Kol kas nėra kitos parduotuvės, iš kurios būtų galima kopijuoti atsargas.</translation>
    </message>
    <message>
        <source>Choose the store to copy stock from.</source>
        <translation>Pasirinkite parduotuvę, iš kurios kopijuoti atsargas.</translation>
    </message>
</context>
<context>
    <name>StoreStatusModel</name>
    <message>
        <source>Store</source>
        <translation>Parduotuvė</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Paskutinis vykdymas</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Kitas vykdymas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tvarkaraštis</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Veiksmai</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pristabdyta</translation>
    </message>
    <message>
        <source>{status} · resumes {countdown}</source>
        <translation>{status} · tęsiama {countdown}</translation>
    </message>
    <message>
        <source>Waiting in the server&apos;s queue until a worker is free</source>
        <translation>Laukia serverio eilėje, kol atsilaisvins darbo procesas</translation>
    </message>
    <message>
        <source>Waiting for another run to end: as many runs are in progress as Settings → Sync allows at the same time</source>
        <translation>Laukia, kol baigsis kitas vykdymas: vyksta tiek vykdymų vienu metu, kiek leidžia Nustatymai → Sinchronizavimas</translation>
    </message>
    <message>
        <source>{store}: stale data ({reason})</source>
        <translation>{store}: pasenę duomenys ({reason})</translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pristabdyti</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redaguoti</translation>
    </message>
    <message>
        <source>Preview push</source>
        <translation>Siuntimo peržiūra</translation>
    </message>
    <message>
        <source>Sync {store} now</source>
        <translation>Sinchronizuoti {store} dabar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tęsti</translation>
    </message>
    <message>
        <source>Edit {store}</source>
        <translation>Redaguoti {store}</translation>
    </message>
    <message>
        <source>Preview the push to {store}</source>
        <translation>Siuntimo į {store} peržiūra</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtruoti pagal būseną</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Filtruoti pagal platformą</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Visos platformos</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>Sinchronizuoti pažymėtas</translation>
    </message>
    <message>
        <source>Pause selected</source>
        <translation>Pristabdyti pažymėtas</translation>
    </message>
    <message>
        <source>Resume selected</source>
        <translation>Tęsti pažymėtas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Rodyti:</translation>
    </message>
    <message>
        <source>Stores and jobs</source>
        <translation>Parduotuvės ir užduotys</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Server {address}: {state}</source>
        <translation>Serveris {address}: {state}</translation>
    </message>
    <message>
        <source>Last: {store} {status} {when}</source>
        <translation>Paskutinis: {store} {status} {when}</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Kitas: {store} {when}</translation>
    </message>
    <message>
        <source>Open StoreSync</source>
        <translation>Atverti StoreSync</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Sinchronizuoti viską dabar</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tęsti viską</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pristabdyti viską</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nustatymai…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Baigti</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming runs</source>
        <translation>Artėjantys vykdymai</translation>
    </message>
    <message>
        <source>Paused jobs and jobs without a schedule are not listed.</source>
        <translation>Pristabdytos užduotys ir užduotys be tvarkaraščio nerodomos.</translation>
    </message>
</context>
</TS>
