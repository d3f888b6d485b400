<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About StoreSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the stock and orders of several online stores in step, from the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to sync yet: add a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not preview the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the demo stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store editor is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings dialog is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a file manager. The data folder is {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%Ln sync(s) were cut off when StoreSync last stopped; the history marks them interrupted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>StoreSync keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stores keep syncing in the background. Open StoreSync from this icon; choose Quit in its menu to stop. You can change this in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No stores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, BaseLinker, Amazon or any JSON API store, and StoreSync keeps its stock and orders in step on the schedule you choose.
Not ready yet? The demo stores run on this computer and show how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo stores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong ({kind}). StoreSync keeps running; the details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (not stock)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>page {p} · {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet: scroll on to load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Search SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory across stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %Ln or fewer in stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln store item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Lowest level shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter log by store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter log by run number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause autoscroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log line(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StoreSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No run scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoreSync found its database damaged ({reason}) and started a new one. The old file was kept at:
{path}

Stores and settings need to be added again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run ended {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock in {store}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) at or below {threshold}: {skus}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>The first %Ln item(s) as StoreSync reads them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushPreview</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview push to {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} to write, {u} unchanged, {s} skipped. Rules apply in this order: {order}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched SKUs ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unmatched CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SKU pairs (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules apply in this order: {order}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 0 below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SKU pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushRulesForm</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuantityChart</name>
    <message>
        <source>Charts need PySide6-Addons, which this installation lacks; the table has the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveStore</name>
    <message>
        <source>A sync of &apos;{name}&apos; is running. Remove the store once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; was removed. Its sync history stays for up to %n day(s), until retention removes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be removed; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveStoreDialog</name>
    <message numerus="yes">
        <source>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %n day(s), until retention removes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDetail</name>
    <message>
        <source>Run {id} — {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {start}, took {took}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log lines were kept for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs changed by this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>System time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week (mon-sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone StoreSync knows. Pick one from the list, e.g. Europe/Warsaw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule never runs: widen the active hours or pick other days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>an unexpected problem (the log has the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start StoreSync when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps StoreSync running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when StoreSync restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs at the same time, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum concurrent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries after a network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a store&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on one request after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request deadline, retries included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per read, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a run after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch up runs missed while StoreSync was closed or the computer slept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notification when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync fails (once per ongoing failure, not per retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failing store works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a store needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock runs low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock means at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: no notifications between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkuHistory</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} push ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of {sku} per store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded change of this SKU yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>StoreSync could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why StoreSync could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDetail</name>
    <message>
        <source>Store: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited by the store: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreEditor</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the first records with these settings, without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the first records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the records: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed unexpectedly; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered, but no records were found at that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the pages read: {items} to store, {skipped} skipped as not stock, {failed} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a JSON object, such as {{&quot;key&quot;: &quot;value&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this form from a preset file; the secret is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings, without the secret, as a preset file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled the form from {file}. Presets never hold a secret: type it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset was not saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the settings, without the secret, to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this store on its schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off to keep the store and its history without syncing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a first sync after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the store cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked {mark} are secrets: they are saved in {backend}, never in StoreSync&apos;s database, logs or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another store is already called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved, because the keychain refused the secrets. Your input is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the store; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy stock from another store into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store to copy stock from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other store to copy stock from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store to copy stock from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreStatusModel</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · resumes {countdown}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync {store} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the push to {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores and jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Last: {store} {status} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open StoreSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused jobs and jobs without a schedule are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
