<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low</source>
        <translation>
            <numerusform>%Ln low</numerusform>
            <numerusform>%Ln low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 24 h</source>
        <translation>
            <numerusform>%Ln failure in 24 h</numerusform>
            <numerusform>%Ln failures in 24 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln run to {path}</numerusform>
            <numerusform>Exported %Ln runs to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%Ln sync(s) were cut off when StoreSync last stopped; the history marks them interrupted.</source>
        <translation>
            <numerusform>%Ln sync was cut off when StoreSync last stopped; the history marks it interrupted.</numerusform>
            <numerusform>%Ln syncs were cut off when StoreSync last stopped; the history marks them interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetched</source>
        <translation>
            <numerusform>%Ln fetched</numerusform>
            <numerusform>%Ln fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (not stock)</source>
        <translation>
            <numerusform>%Ln skipped (not stock)</numerusform>
            <numerusform>%Ln skipped (not stock)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln run to {path}</numerusform>
            <numerusform>Exported %Ln runs to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message numerus="yes">
        <source>Highlighted: %Ln or fewer in stock</source>
        <translation>
            <numerusform>Highlighted: %Ln or fewer in stock</numerusform>
            <numerusform>Highlighted: %Ln or fewer in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln SKU(s) with a threshold of their own)</source>
        <translation>
            <numerusform> (%Ln SKU with a threshold of its own)</numerusform>
            <numerusform> (%Ln SKUs with a threshold of their own)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln store item(s)</source>
        <translation>
            <numerusform>%Ln store item</numerusform>
            <numerusform>%Ln store items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message numerus="yes">
        <source>Paused — %Ln new</source>
        <translation>
            <numerusform>Paused — %Ln new</numerusform>
            <numerusform>Paused — %Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log line(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln log line to {path}</numerusform>
            <numerusform>Exported %Ln log lines to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln running</numerusform>
            <numerusform>%Ln running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) at or below their low-stock threshold: {skus}</source>
        <translation>
            <numerusform>%Ln SKU at or below its low-stock threshold: {skus}</numerusform>
            <numerusform>%Ln SKUs at or below their low-stock threshold: {skus}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <source>%Ln store(s) need attention</source>
        <translation>
            <numerusform>%Ln store needs attention</numerusform>
            <numerusform>%Ln stores need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) have not synced for a while</source>
        <translation>
            <numerusform>%Ln store has not synced for a while</numerusform>
            <numerusform>%Ln stores have not synced for a while</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step, next sync {time}</source>
        <translation>
            <numerusform>The store is in step, next sync {time}</numerusform>
            <numerusform>All %Ln stores in step, next sync {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step</source>
        <translation>
            <numerusform>The store is in step</numerusform>
            <numerusform>All %Ln stores in step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln run(s)</source>
        <translation>
            <numerusform>Today: %Ln run</numerusform>
            <numerusform>Today: %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>%Ln item changed</numerusform>
            <numerusform>%Ln items changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported</source>
        <translation>
            <numerusform>%Ln order imported</numerusform>
            <numerusform>%Ln orders imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>The first %Ln item(s) as StoreSync reads them.</source>
        <translation>
            <numerusform>The first item as StoreSync reads it.</numerusform>
            <numerusform>The first %Ln items as StoreSync reads them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushRulesForm</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveStore</name>
    <message numerus="yes">
        <source>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln day, until retention removes it.</numerusform>
            <numerusform>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln days, until retention removes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveStoreDialog</name>
    <message numerus="yes">
        <source>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln day, until retention removes it.</numerusform>
            <numerusform>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln days, until retention removes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message numerus="yes">
        <source>and %Ln more store(s) in the table</source>
        <translation>
            <numerusform>and %Ln more store in the table</numerusform>
            <numerusform>and %Ln more stores in the table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
