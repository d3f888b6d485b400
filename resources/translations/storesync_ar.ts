<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>About StoreSync</source>
        <translation>حول StoreSync</translation>
    </message>
    <message>
        <source>Keeps the stock and orders of several online stores in step, from the system tray.</source>
        <translation>يُبقي مخزون عدة متاجر إلكترونية وطلباتها متوافقة، من علبة النظام.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>السجلات:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>سلسلة المفاتيح:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>بيئة التشغيل:</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>زامن الكل الآن</translation>
    </message>
    <message>
        <source>There is nothing to sync yet: add a store first.</source>
        <translation>لا يوجد ما تجب مزامنته بعد: أضف متجرًا أولًا.</translation>
    </message>
    <message>
        <source>Could not preview the push</source>
        <translation>تعذرت معاينة الإرسال</translation>
    </message>
    <message>
        <source>Could not start the push</source>
        <translation>تعذر بدء الإرسال</translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation>تعذر الإيقاف المؤقت</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>تعذر الاستئناف</translation>
    </message>
    <message>
        <source>Could not pause all</source>
        <translation>تعذر إيقاف الكل مؤقتًا</translation>
    </message>
    <message>
        <source>Could not resume all</source>
        <translation>تعذر استئناف الكل</translation>
    </message>
    <message>
        <source>Could not add the demo stores</source>
        <translation>تعذرت إضافة المتاجر التجريبية</translation>
    </message>
    <message>
        <source>Store editor</source>
        <translation>محرر المتجر</translation>
    </message>
    <message>
        <source>The store editor is not available in this build.</source>
        <translation>محرر المتجر غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Connecting to a server is not available in this build.</source>
        <translation>الاتصال بخادم غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>اتصل بخادم</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The settings dialog is not available in this build.</source>
        <translation>نافذة الإعدادات غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>افتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Could not open a file manager. The data folder is {path}</source>
        <translation>تعذر فتح مدير الملفات. مجلد البيانات هو {path}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>لا مهام</translation>
    </message>
    <message>
        <source>Last run {when}</source>
        <translation>آخر تشغيل {when}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>لا شيء مجدول</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>التالي {when}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln عنصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low</source>
        <translation>
            <numerusform>%Ln منخفض</numerusform>
            <numerusform>%Ln منخفض</numerusform>
            <numerusform>%Ln منخفض</numerusform>
            <numerusform>%Ln منخفض</numerusform>
            <numerusform>%Ln منخفض</numerusform>
            <numerusform>%Ln منخفض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 24 h</source>
        <translation>
            <numerusform>%Ln إخفاق في 24 س</numerusform>
            <numerusform>إخفاق واحد في 24 س</numerusform>
            <numerusform>إخفاقان في 24 س</numerusform>
            <numerusform>%Ln إخفاقات في 24 س</numerusform>
            <numerusform>%Ln إخفاقًا في 24 س</numerusform>
            <numerusform>%Ln إخفاق في 24 س</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Charts need PySide6-Addons, which this installation lacks; the table has the same data.</source>
        <translation>تحتاج المخططات إلى PySide6-Addons غير الموجود في هذا التثبيت؛ يحتوي الجدول على البيانات نفسها.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>اتصل بخادم</translation>
    </message>
    <message>
        <source>only for a server with a certificate of its own</source>
        <translation>فقط لخادم له شهادة خاصة به</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصل</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>الرمز المميز:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>ملف الشهادة:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>تعذر الاتصال: {reason}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>صُدِّرت %Ln عملية تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت عملية تشغيل واحدة إلى {path}</numerusform>
            <numerusform>صُدِّرت عمليتا تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln عمليات تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln عملية تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln عملية تشغيل إلى {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%Ln sync(s) were cut off when StoreSync last stopped; the history marks them interrupted.</source>
        <translation>
            <numerusform>لم تنقطع أي مزامنة عند آخر إيقاف لـ StoreSync.</numerusform>
            <numerusform>انقطعت مزامنة واحدة عند آخر إيقاف لـ StoreSync؛ يعلّمها السجل التاريخي بأنها مقطوعة.</numerusform>
            <numerusform>انقطعت مزامنتان عند آخر إيقاف لـ StoreSync؛ يعلّمهما السجل التاريخي بأنهما مقطوعتان.</numerusform>
            <numerusform>انقطعت %Ln مزامنات عند آخر إيقاف لـ StoreSync؛ يعلّمها السجل التاريخي بأنها مقطوعة.</numerusform>
            <numerusform>انقطعت %Ln مزامنة عند آخر إيقاف لـ StoreSync؛ يعلّمها السجل التاريخي بأنها مقطوعة.</numerusform>
            <numerusform>انقطعت %Ln مزامنة عند آخر إيقاف لـ StoreSync؛ يعلّمها السجل التاريخي بأنها مقطوعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>StoreSync keeps running</source>
        <translation>يستمر StoreSync في العمل</translation>
    </message>
    <message>
        <source>Your stores keep syncing in the background. Open StoreSync from this icon; choose Quit in its menu to stop. You can change this in Settings.</source>
        <translation>تستمر مزامنة متاجرك في الخلفية. افتح StoreSync من هذه الأيقونة، واختر «إنهاء» من قائمتها لإيقافه. يمكنك تغيير ذلك من الإعدادات.</translation>
    </message>
    <message>
        <source>Could not save a setting</source>
        <translation>تعذر حفظ أحد الإعدادات</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No stores yet</source>
        <translation>لا توجد متاجر بعد</translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, BaseLinker, Amazon or any JSON API store, and StoreSync keeps its stock and orders in step on the schedule you choose.
Not ready yet? The demo stores run on this computer and show how it works.</source>
        <translation>اربط متجر Shopify أو WooCommerce أو BaseLinker أو Amazon أو أي متجر بواجهة JSON API، وسيُبقي StoreSync مخزونه وطلباته متوافقة وفق الجدول الذي تختاره.
لست مستعدًا بعد؟ تعمل المتاجر التجريبية على هذا الحاسوب وتُريك كيف يعمل.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>أضف متجرًا</translation>
    </message>
    <message>
        <source>Try the demo stores</source>
        <translation>جرّب المتاجر التجريبية</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong ({kind}). StoreSync keeps running; the details were written to the log.</source>
        <translation>حدث خطأ غير متوقع ({kind}). يستمر StoreSync في العمل؛ كُتبت التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>in {s} s</source>
        <translation>خلال {s} ث</translation>
    </message>
    <message>
        <source>in {m} min {s} s</source>
        <translation>خلال {m} د {s} ث</translation>
    </message>
    <message>
        <source>in {h} h {m} min</source>
        <translation>خلال {h} س {m} د</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} ث</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} د {s} ث</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} س {m} د</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetched</source>
        <translation>
            <numerusform>جُلب %Ln</numerusform>
            <numerusform>جُلب %Ln</numerusform>
            <numerusform>جُلب %Ln</numerusform>
            <numerusform>جُلب %Ln</numerusform>
            <numerusform>جُلب %Ln</numerusform>
            <numerusform>جُلب %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln جديد</numerusform>
            <numerusform>%Ln جديد</numerusform>
            <numerusform>%Ln جديد</numerusform>
            <numerusform>%Ln جديد</numerusform>
            <numerusform>%Ln جديد</numerusform>
            <numerusform>%Ln جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln محدَّث</numerusform>
            <numerusform>%Ln محدَّث</numerusform>
            <numerusform>%Ln محدَّث</numerusform>
            <numerusform>%Ln محدَّث</numerusform>
            <numerusform>%Ln محدَّث</numerusform>
            <numerusform>%Ln محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln محذوف</numerusform>
            <numerusform>%Ln محذوف</numerusform>
            <numerusform>%Ln محذوف</numerusform>
            <numerusform>%Ln محذوف</numerusform>
            <numerusform>%Ln محذوف</numerusform>
            <numerusform>%Ln محذوف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln فاشل</numerusform>
            <numerusform>%Ln فاشل</numerusform>
            <numerusform>%Ln فاشل</numerusform>
            <numerusform>%Ln فاشل</numerusform>
            <numerusform>%Ln فاشل</numerusform>
            <numerusform>%Ln فاشل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (not stock)</source>
        <translation>
            <numerusform>%Ln متخطى (ليس مخزونًا)</numerusform>
            <numerusform>%Ln متخطى (ليس مخزونًا)</numerusform>
            <numerusform>%Ln متخطى (ليس مخزونًا)</numerusform>
            <numerusform>%Ln متخطى (ليس مخزونًا)</numerusform>
            <numerusform>%Ln متخطى (ليس مخزونًا)</numerusform>
            <numerusform>%Ln متخطى (ليس مخزونًا)</numerusform>
        </translation>
    </message>
    <message>
        <source>page {p} · {n}</source>
        <translation>الصفحة {p} · {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln عنصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Stock push</source>
        <translation>إرسال المخزون</translation>
    </message>
    <message>
        <source>Low-stock check</source>
        <translation>فحص المخزون المنخفض</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>التنظيف</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>الشحنات</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>تعويض</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>المزامنة الأولى</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مقطوع</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطى</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>قيد التجهيز</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>تم الشحن</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>كل شيء على ما يرام</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>A sync failed</source>
        <translation>فشلت مزامنة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>All stores</source>
        <translation>كل المتاجر</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (محذوف)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>متجر</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Filter history by store</source>
        <translation>صفِّ السجل التاريخي حسب المتجر</translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation>صفِّ السجل التاريخي حسب المهمة</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>كل المهام</translation>
    </message>
    <message>
        <source>Filter history by result</source>
        <translation>صفِّ السجل التاريخي حسب النتيجة</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation>صفِّ السجل التاريخي حسب التاريخ</translation>
    </message>
    <message>
        <source>Run details…</source>
        <translation>تفاصيل التشغيل…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>صدِّر CSV…</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>سجل المزامنة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln عملية تشغيل</numerusform>
            <numerusform>عملية تشغيل واحدة</numerusform>
            <numerusform>عمليتا تشغيل</numerusform>
            <numerusform>%Ln عمليات تشغيل</numerusform>
            <numerusform>%Ln عملية تشغيل</numerusform>
            <numerusform>%Ln عملية تشغيل</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>صدِّر السجل التاريخي</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>صُدِّرت %Ln عملية تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت عملية تشغيل واحدة إلى {path}</numerusform>
            <numerusform>صُدِّرت عمليتا تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln عمليات تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln عملية تشغيل إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln عملية تشغيل إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation>تعذر تصدير السجل التاريخي</translation>
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
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Not read yet: scroll on to load more</source>
        <translation>لم يُقرأ بعد: واصل التمرير لتحميل المزيد</translation>
    </message>
    <message>
        <source> — low stock</source>
        <translation> — مخزون منخفض</translation>
    </message>
    <message>
        <source>Last seen {when}</source>
        <translation>آخر ظهور {when}</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Search SKU or name</source>
        <translation>ابحث عن SKU أو اسم</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>ابحث في المخزون</translation>
    </message>
    <message>
        <source>SKU history…</source>
        <translation>سجل SKU…</translation>
    </message>
    <message>
        <source>History of the selected SKU</source>
        <translation>سجل SKU المحدد</translation>
    </message>
    <message>
        <source>Import thresholds…</source>
        <translation>استورد الحدود…</translation>
    </message>
    <message>
        <source>Low-stock thresholds per SKU from a CSV file: sku,threshold</source>
        <translation>حدود المخزون المنخفض لكل SKU من ملف CSV: ‏sku,threshold</translation>
    </message>
    <message>
        <source>Inventory across stores</source>
        <translation>المخزون في كل المتاجر</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %Ln or fewer in stock</source>
        <translation>
            <numerusform>المميَّز: %Ln أو أقل في المخزون</numerusform>
            <numerusform>المميَّز: %Ln أو أقل في المخزون</numerusform>
            <numerusform>المميَّز: %Ln أو أقل في المخزون</numerusform>
            <numerusform>المميَّز: %Ln أو أقل في المخزون</numerusform>
            <numerusform>المميَّز: %Ln أو أقل في المخزون</numerusform>
            <numerusform>المميَّز: %Ln أو أقل في المخزون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln SKU(s) with a threshold of their own)</source>
        <translation>
            <numerusform> (لا SKU بحد خاص)</numerusform>
            <numerusform> (SKU واحد بحد خاص به)</numerusform>
            <numerusform> (اثنان من SKU بحد خاص)</numerusform>
            <numerusform> (%Ln SKU بحدود خاصة)</numerusform>
            <numerusform> (%Ln SKU بحدود خاصة)</numerusform>
            <numerusform> (%Ln SKU بحدود خاصة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the inventory: {reason}</source>
        <translation>تعذرت قراءة المخزون: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store item(s)</source>
        <translation>
            <numerusform>%Ln عنصر في المتاجر</numerusform>
            <numerusform>عنصر واحد في المتاجر</numerusform>
            <numerusform>عنصران في المتاجر</numerusform>
            <numerusform>%Ln عناصر في المتاجر</numerusform>
            <numerusform>%Ln عنصرًا في المتاجر</numerusform>
            <numerusform>%Ln عنصر في المتاجر</numerusform>
        </translation>
    </message>
    <message>
        <source>Import low-stock thresholds</source>
        <translation>استورد حدود المخزون المنخفض</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV ‏(*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>تعذرت قراءة {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemsChangedChart</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>العناصر المتغيرة في كل تشغيل</translation>
    </message>
    <message>
        <source>The runs could not be read: {error}</source>
        <translation>تعذرت قراءة عمليات التشغيل: {error}</translation>
    </message>
    <message>
        <source>No stock run yet.</source>
        <translation>لا يوجد تشغيل للمخزون بعد.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>العناصر المتغيرة</translation>
    </message>
</context>
<context>
    <name>JobScheduleDialog</name>
    <message>
        <source>Edit schedule: {job}</source>
        <translation>تعديل الجدول: {job}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Could not save the schedule: {reason}</source>
        <translation>تعذّر حفظ الجدول: {reason}</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Idle</source>
        <translation>خامل</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مقطوع</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>محدود المعدل</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>كل المتاجر</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>All stores</source>
        <translation>كل المتاجر</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Lowest level shown</source>
        <translation>أدنى مستوى معروض</translation>
    </message>
    <message>
        <source>{level} and above</source>
        <translation>{level} وما فوق</translation>
    </message>
    <message>
        <source>Filter log by store</source>
        <translation>صفِّ السجل حسب المتجر</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>رقم التشغيل</translation>
    </message>
    <message>
        <source>Filter log by run number</source>
        <translation>صفِّ السجل حسب رقم التشغيل</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ابحث في السجل</translation>
    </message>
    <message>
        <source>Pause autoscroll</source>
        <translation>أوقف التمرير التلقائي</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>انسخ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدِّر…</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>أسطر السجل</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new</source>
        <translation>
            <numerusform>متوقف — لا جديد</numerusform>
            <numerusform>متوقف — سطر جديد واحد</numerusform>
            <numerusform>متوقف — سطران جديدان</numerusform>
            <numerusform>متوقف — %Ln أسطر جديدة</numerusform>
            <numerusform>متوقف — %Ln سطرًا جديدًا</numerusform>
            <numerusform>متوقف — %Ln سطر جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>صدِّر السجل</translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation>نص (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log line(s) to {path}</source>
        <translation>
            <numerusform>صُدِّر %Ln سطر من السجل إلى {path}</numerusform>
            <numerusform>صُدِّر سطر واحد من السجل إلى {path}</numerusform>
            <numerusform>صُدِّر سطران من السجل إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln أسطر من السجل إلى {path}</numerusform>
            <numerusform>صُدِّر %Ln سطرًا من السجل إلى {path}</numerusform>
            <numerusform>صُدِّر %Ln سطر من السجل إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the log</source>
        <translation>تعذر تصدير السجل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;المتاجر</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>ال&amp;قادمة</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>السجل ال&amp;تاريخي</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>ال&amp;مخزون</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>ال&amp;طلبات</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;أضف متجرًا…</translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation>&amp;زامن الكل الآن</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>أوقف الكل &amp;مؤقتًا</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>افتح مجلد ال&amp;بيانات</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>ا&amp;تصل بخادم…</translation>
    </message>
    <message>
        <source>&amp;About StoreSync</source>
        <translation>&amp;حول StoreSync</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>لا شيء قيد التشغيل</numerusform>
            <numerusform>واحدة قيد التشغيل</numerusform>
            <numerusform>اثنتان قيد التشغيل</numerusform>
            <numerusform>%Ln قيد التشغيل</numerusform>
            <numerusform>%Ln قيد التشغيل</numerusform>
            <numerusform>%Ln قيد التشغيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>لا شيء في الانتظار</numerusform>
            <numerusform>واحدة في الانتظار</numerusform>
            <numerusform>اثنتان في الانتظار</numerusform>
            <numerusform>%Ln في الانتظار</numerusform>
            <numerusform>%Ln في الانتظار</numerusform>
            <numerusform>%Ln في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>No run scheduled</source>
        <translation>لا تشغيل مجدول</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>التالي: {store} {when}</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>ا&amp;ستأنف الكل</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>كانت قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>StoreSync found its database damaged ({reason}) and started a new one. The old file was kept at:
{path}

Stores and settings need to be added again.</source>
        <translation>وجد StoreSync قاعدة بياناته تالفة ({reason}) فأنشأ قاعدة جديدة. احتُفظ بالملف القديم في:
{path}

يجب إضافة المتاجر والإعدادات من جديد.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>all stores</source>
        <translation>كل المتاجر</translation>
    </message>
    <message>
        <source>A store</source>
        <translation>متجر</translation>
    </message>
    <message>
        <source>{name} failed</source>
        <translation>فشل {name}</translation>
    </message>
    <message>
        <source>{name} works again</source>
        <translation>عاد {name} إلى العمل</translation>
    </message>
    <message>
        <source>The last run ended {status}.</source>
        <translation>انتهى آخر تشغيل بالحالة: {status}.</translation>
    </message>
    <message>
        <source>{name} paused itself</source>
        <translation>أوقف {name} نفسه مؤقتًا</translation>
    </message>
    <message>
        <source>{store} needs attention</source>
        <translation>{store} يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>{store}: stock data is stale</source>
        <translation>{store}: بيانات المخزون قديمة</translation>
    </message>
    <message>
        <source>Low stock in {store}</source>
        <translation>مخزون منخفض في {store}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> ولا شيء آخر</numerusform>
            <numerusform> وواحد آخر</numerusform>
            <numerusform> واثنان آخران</numerusform>
            <numerusform> و%Ln أخرى</numerusform>
            <numerusform> و%Ln أخرى</numerusform>
            <numerusform> و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) at or below their low-stock threshold: {skus}</source>
        <translation>
            <numerusform>%Ln SKU عند حد المخزون المنخفض أو دونه: {skus}</numerusform>
            <numerusform>SKU واحد عند حد المخزون المنخفض أو دونه: {skus}</numerusform>
            <numerusform>اثنان من SKU عند حد المخزون المنخفض أو دونه: {skus}</numerusform>
            <numerusform>%Ln SKU عند حد المخزون المنخفض أو دونه: {skus}</numerusform>
            <numerusform>%Ln SKU عند حد المخزون المنخفض أو دونه: {skus}</numerusform>
            <numerusform>%Ln SKU عند حد المخزون المنخفض أو دونه: {skus}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Order {number} — {store}</source>
        <translation>الطلب {number} — {store}</translation>
    </message>
    <message>
        <source>{status} (the store says “{remote}”)</source>
        <translation>{status} (يقول المتجر «{remote}»)</translation>
    </message>
    <message>
        <source>Placed {time} · total {total} {currency}</source>
        <translation>قُدّم في {time} · الإجمالي {total} {currency}</translation>
    </message>
    <message>
        <source>Ships to {country}</source>
        <translation>يُشحن إلى {country}</translation>
    </message>
    <message>
        <source>Tracking number {tracking}</source>
        <translation>رقم التتبع {tracking}</translation>
    </message>
    <message>
        <source>Status history of this order</source>
        <translation>سجل حالات هذا الطلب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>بكلماتهم</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Filter orders by store</source>
        <translation>صفِّ الطلبات حسب المتجر</translation>
    </message>
    <message>
        <source>Filter orders by status</source>
        <translation>صفِّ الطلبات حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Filter orders by date</source>
        <translation>صفِّ الطلبات حسب التاريخ</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Order details…</source>
        <translation>تفاصيل الطلب…</translation>
    </message>
    <message>
        <source>Orders of every store</source>
        <translation>طلبات كل المتاجر</translation>
    </message>
    <message>
        <source>Could not read the orders: {reason}</source>
        <translation>تعذرت قراءة الطلبات: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln طلب</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overall state</source>
        <translation>الحالة العامة</translation>
    </message>
    <message>
        <source>Today&apos;s totals</source>
        <translation>مجاميع اليوم</translation>
    </message>
    <message>
        <source>Stores at a glance</source>
        <translation>المتاجر في لمحة</translation>
    </message>
    <message>
        <source>No stores yet</source>
        <translation>لا توجد متاجر بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) need attention</source>
        <translation>
            <numerusform>لا متاجر تحتاج إلى انتباه</numerusform>
            <numerusform>متجر واحد يحتاج إلى انتباه</numerusform>
            <numerusform>متجران يحتاجان إلى انتباه</numerusform>
            <numerusform>%Ln متاجر تحتاج إلى انتباه</numerusform>
            <numerusform>%Ln متجرًا تحتاج إلى انتباه</numerusform>
            <numerusform>%Ln متجر تحتاج إلى انتباه</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing is paused</source>
        <translation>المزامنة متوقفة مؤقتًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) have not synced for a while</source>
        <translation>
            <numerusform>لا متاجر متأخرة في المزامنة</numerusform>
            <numerusform>متجر واحد لم يُزامَن منذ مدة</numerusform>
            <numerusform>متجران لم يُزامَنا منذ مدة</numerusform>
            <numerusform>%Ln متاجر لم تُزامَن منذ مدة</numerusform>
            <numerusform>%Ln متجرًا لم تُزامَن منذ مدة</numerusform>
            <numerusform>%Ln متجر لم تُزامَن منذ مدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step, next sync {time}</source>
        <translation>
            <numerusform>لا متاجر، المزامنة التالية {time}</numerusform>
            <numerusform>المتجر متوافق، المزامنة التالية {time}</numerusform>
            <numerusform>المتجران متوافقان، المزامنة التالية {time}</numerusform>
            <numerusform>كل المتاجر الـ %Ln متوافقة، المزامنة التالية {time}</numerusform>
            <numerusform>كل المتاجر الـ %Ln متوافقة، المزامنة التالية {time}</numerusform>
            <numerusform>كل المتاجر الـ %Ln متوافقة، المزامنة التالية {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step</source>
        <translation>
            <numerusform>لا متاجر</numerusform>
            <numerusform>المتجر متوافق</numerusform>
            <numerusform>المتجران متوافقان</numerusform>
            <numerusform>كل المتاجر الـ %Ln متوافقة</numerusform>
            <numerusform>كل المتاجر الـ %Ln متوافقة</numerusform>
            <numerusform>كل المتاجر الـ %Ln متوافقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: {reason}</source>
        <translation>تعذرت قراءة الأرقام: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln run(s)</source>
        <translation>
            <numerusform>اليوم: لا تشغيل</numerusform>
            <numerusform>اليوم: تشغيل واحد</numerusform>
            <numerusform>اليوم: تشغيلان</numerusform>
            <numerusform>اليوم: %Ln عمليات تشغيل</numerusform>
            <numerusform>اليوم: %Ln عملية تشغيل</numerusform>
            <numerusform>اليوم: %Ln عملية تشغيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>لم يتغير أي عنصر</numerusform>
            <numerusform>تغيّر عنصر واحد</numerusform>
            <numerusform>تغيّر عنصران</numerusform>
            <numerusform>تغيّرت %Ln عناصر</numerusform>
            <numerusform>تغيّر %Ln عنصرًا</numerusform>
            <numerusform>تغيّر %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي طلب</numerusform>
            <numerusform>استُورد طلب واحد</numerusform>
            <numerusform>استُورد طلبان</numerusform>
            <numerusform>استُوردت %Ln طلبات</numerusform>
            <numerusform>استُورد %Ln طلبًا</numerusform>
            <numerusform>استُورد %Ln طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>المُشغِّل</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>المجلوب</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>المُنشأ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>المحدَّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطى</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>التشغيل</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>التتبع</translation>
    </message>
</context>
<context>
    <name>PlatformFields</name>
    <message>
        <source>Shop address</source>
        <translation>عنوان المتجر</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify address, e.g. my-shop.myshopify.com.</source>
        <translation>عنوان متجرك على myshopify، مثل my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>إصدار API</translation>
    </message>
    <message>
        <source>The Shopify API version to use. Keep the default unless support tells you otherwise.</source>
        <translation>إصدار Shopify API المستخدم. أبقِ الإصدار الافتراضي ما لم يطلب منك الدعم غير ذلك.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>The Shopify location whose stock is synced. Leave empty to use every location.</source>
        <translation>موقع Shopify الذي يُزامَن مخزونه. اتركه فارغًا لاستخدام كل المواقع.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>رمز الوصول إلى Admin API</translation>
    </message>
    <message>
        <source>From Settings &gt; Apps &gt; Develop apps &gt; your app &gt; API credentials (starts with shpat_).</source>
        <translation>من Settings &gt; Apps &gt; Develop apps &gt; تطبيقك &gt; API credentials (يبدأ بـ shpat_).</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>حالات الطلبات</translation>
    </message>
    <message>
        <source>How this store&apos;s order statuses read in StoreSync: one &apos;store status = ours&apos; per line; ours is one of pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</source>
        <translation>كيف تُقرأ حالات طلبات هذا المتجر في StoreSync: سطر لكل حالة بالشكل &apos;حالة المتجر = حالتنا&apos;؛ وحالتنا واحدة من: pending، paid، processing، shipped، delivered، cancelled، refunded، on_hold، unknown.</translation>
    </message>
    <message>
        <source>The address of your WordPress site, e.g. https://shop.example.com.</source>
        <translation>عنوان موقع WordPress الخاص بك، مثل https://shop.example.com.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>مفتاح المستهلك</translation>
    </message>
    <message>
        <source>From WooCommerce &gt; Settings &gt; Advanced &gt; REST API (starts with ck_). Needs Read/Write access.</source>
        <translation>من WooCommerce &gt; Settings &gt; Advanced &gt; REST API (يبدأ بـ ck_). يحتاج إلى صلاحية القراءة والكتابة (Read/Write).</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>سر المستهلك</translation>
    </message>
    <message>
        <source>Shown next to the consumer key (starts with cs_).</source>
        <translation>يظهر بجانب مفتاح المستهلك (يبدأ بـ cs_).</translation>
    </message>
    <message>
        <source>How to send the key</source>
        <translation>طريقة إرسال المفتاح</translation>
    </message>
    <message>
        <source>Keep &apos;basic&apos;. Choose &apos;query&apos; only if the connection test says the consumer key is missing (some hosts strip the login header).</source>
        <translation>أبقِ &apos;basic&apos;. اختر &apos;query&apos; فقط إذا قال اختبار الاتصال إن مفتاح المستهلك مفقود (بعض الخوادم تحذف ترويسة تسجيل الدخول).</translation>
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
        <translation>معرّف الكتالوج</translation>
    </message>
    <message>
        <source>The BaseLinker catalog (inventory) to sync.</source>
        <translation>كتالوج BaseLinker ‏(inventory) المراد مزامنته.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>The warehouse whose stock is synced, e.g. bl_123. Warehouses of external shops are read-only.</source>
        <translation>المستودع الذي يُزامَن مخزونه، مثل bl_123. مستودعات المتاجر الخارجية للقراءة فقط.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <source>From BaseLinker &gt; My account &gt; API.</source>
        <translation>من BaseLinker &gt; My account &gt; API.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Where your seller account lives: na (Americas), eu (Europe, Middle East, India), fe (Far East).</source>
        <translation>مكان حساب البائع الخاص بك: na (الأمريكتان)، eu (أوروبا والشرق الأوسط والهند)، fe (الشرق الأقصى).</translation>
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
        <translation>معرّف السوق</translation>
    </message>
    <message>
        <source>The marketplace to read, e.g. A1PA6795UKMFR9 for Germany.</source>
        <translation>السوق المراد قراءته، مثل A1PA6795UKMFR9 لألمانيا.</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>معرّف عميل LWA</translation>
    </message>
    <message>
        <source>From Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</source>
        <translation>من Seller Central &gt; Apps &gt; Develop apps ‏(amzn1.application-oa2...).</translation>
    </message>
    <message>
        <source>LWA client secret</source>
        <translation>سر عميل LWA</translation>
    </message>
    <message>
        <source>Shown next to the client ID.</source>
        <translation>يظهر بجانب معرّف العميل.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>رمز التحديث</translation>
    </message>
    <message>
        <source>Created when you authorise the app for your seller account.</source>
        <translation>يُنشأ عندما تأذن للتطبيق بالوصول إلى حساب البائع الخاص بك.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>عنوان API</translation>
    </message>
    <message>
        <source>The start of every address, e.g. https://erp.example.com/api.</source>
        <translation>بداية كل عنوان، مثل https://erp.example.com/api.</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>طريقة تسجيل الدخول</translation>
    </message>
    <message>
        <source>How the API checks who you are: none, a bearer token, a custom header, a user name and password (basic), a key in the address (query) or in the request body (body), a login request that returns a token (login), OAuth2 client credentials (oauth2), or the user name, password and user token posted as a form with every request (form).</source>
        <translation>كيف يتحقق API من هويتك: بلا، أو رمز bearer ‏(bearer)، أو ترويسة مخصصة (header)، أو اسم مستخدم وكلمة مرور (basic)، أو مفتاح في العنوان (query) أو في متن الطلب (body)، أو طلب تسجيل دخول يعيد رمزًا (login)، أو بيانات اعتماد عميل OAuth2 ‏(oauth2)، أو اسم المستخدم وكلمة المرور ورمز المستخدم مُرسَلة كنموذج مع كل طلب (form).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بلا</translation>
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
        <translation>حقل المفتاح في المتن</translation>
    </message>
    <message>
        <source>For the &apos;body&apos; login, or a token sent in the body: the field&apos;s (dotted) name, e.g. api_key.</source>
        <translation>لتسجيل الدخول &apos;body&apos;، أو لرمز يُرسَل في المتن: اسم الحقل (بالنقاط)، مثل api_key.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>اسم الترويسة</translation>
    </message>
    <message>
        <source>For the &apos;header&apos; login: the header&apos;s name, e.g. X-Api-Key.</source>
        <translation>لتسجيل الدخول &apos;header&apos;: اسم الترويسة، مثل X-Api-Key.</translation>
    </message>
    <message>
        <source>Key parameter name</source>
        <translation>اسم معامل المفتاح</translation>
    </message>
    <message>
        <source>For the &apos;query&apos; login: the parameter&apos;s name, e.g. api_key.</source>
        <translation>لتسجيل الدخول &apos;query&apos;: اسم المعامل، مثل api_key.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>For the &apos;basic&apos;, &apos;login&apos; and &apos;form&apos; logins.</source>
        <translation>لطرق تسجيل الدخول &apos;basic&apos; و&apos;login&apos; و&apos;form&apos;.</translation>
    </message>
    <message>
        <source>Token, key or password</source>
        <translation>الرمز أو المفتاح أو كلمة المرور</translation>
    </message>
    <message>
        <source>The value the login method sends.</source>
        <translation>القيمة التي ترسلها طريقة تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>رمز المستخدم</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: the account&apos;s password.</source>
        <translation>لخطوة &apos;login&apos; أو لتسجيل الدخول &apos;form&apos;: كلمة مرور الحساب.</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: a token the vendor issues to your account, if it asks for one.</source>
        <translation>لخطوة &apos;login&apos; أو لتسجيل الدخول &apos;form&apos;: رمز يصدره المورّد لحسابك، إن كان يطلبه.</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>معرّف عميل OAuth2</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client ID the vendor gave you.</source>
        <translation>لطريقة &apos;oauth2&apos;: معرّف العميل الذي أعطاك إياه المورّد.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>سر العميل</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client secret.</source>
        <translation>لطريقة &apos;oauth2&apos;: سر العميل.</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>عنوان تسجيل الدخول</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: the path (or address) that gives a token, e.g. /auth/token.</source>
        <translation>لطريقتي &apos;login&apos; و&apos;oauth2&apos;: المسار (أو العنوان) الذي يعطي الرمز، مثل /auth/token.</translation>
    </message>
    <message>
        <source>Login request</source>
        <translation>طلب تسجيل الدخول</translation>
    </message>
    <message>
        <source>For &apos;login&apos;: the JSON sent; {username}, {password}, {user_token} and {secret} are filled in from the store&apos;s settings and keychain.</source>
        <translation>لطريقة &apos;login&apos;: JSON المُرسَل؛ تُملأ {username} و{password} و{user_token} و{secret} من إعدادات المتجر وسلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Token in the login answer</source>
        <translation>الرمز في رد تسجيل الدخول</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: dotted path to the token, e.g. access_token.</source>
        <translation>لطريقتي &apos;login&apos; و&apos;oauth2&apos;: المسار بالنقاط إلى الرمز، مثل access_token.</translation>
    </message>
    <message>
        <source>Token lifetime in the answer</source>
        <translation>مدة صلاحية الرمز في الرد</translation>
    </message>
    <message>
        <source>Dotted path to the token&apos;s lifetime in seconds, e.g. expires_in; empty: kept until refused.</source>
        <translation>المسار بالنقاط إلى مدة صلاحية الرمز بالثواني، مثل expires_in؛ فارغ: يُحتفظ به حتى يُرفض.</translation>
    </message>
    <message>
        <source>How to send the token</source>
        <translation>طريقة إرسال الرمز</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: as a bearer token, in the header named above, in the address parameter named above, or in the request body field named above.</source>
        <translation>لطريقتي &apos;login&apos; و&apos;oauth2&apos;: كرمز bearer، أو في الترويسة المسماة أعلاه، أو في معامل العنوان المسمى أعلاه، أو في حقل متن الطلب المسمى أعلاه.</translation>
    </message>
    <message>
        <source>OAuth2 scope</source>
        <translation>نطاق OAuth2</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the scope to ask for, if the API wants one.</source>
        <translation>لطريقة &apos;oauth2&apos;: النطاق المطلوب، إن كان API يطلبه.</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>طريقة الطلب</translation>
    </message>
    <message>
        <source>GET for most APIs; POST for APIs that take the request as a JSON body (RPC-style ERPs).</source>
        <translation>GET لمعظم واجهات API؛ وPOST لواجهات API التي تستقبل الطلب كمتن JSON (أنظمة ERP بأسلوب RPC).</translation>
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
        <translation>متن الطلب</translation>
    </message>
    <message>
        <source>For POST: the JSON sent with every list request; page, cursor and changed-since values are placed in it under their parameter names (a dotted name places them inside an object).</source>
        <translation>لطريقة POST: JSON المُرسَل مع كل طلب قائمة؛ توضع فيه قيم الصفحة والمؤشر و«المتغيّر منذ» تحت أسماء معاملاتها (الاسم بالنقاط يضعها داخل كائن).</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>ترويسات إضافية</translation>
    </message>
    <message>
        <source>Optional: headers sent with every request, as a JSON object, e.g. {&quot;Accept-Language&quot;: &quot;en&quot;}.</source>
        <translation>اختياري: ترويسات تُرسَل مع كل طلب، ككائن JSON، مثل {&quot;Accept-Language&quot;: &quot;en&quot;}.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>معدل الطلبات</translation>
    </message>
    <message>
        <source>Optional: the most requests StoreSync sends, e.g. 5/s or 100/min.</source>
        <translation>اختياري: أقصى عدد من الطلبات يرسله StoreSync، مثل 5/s أو 100/min.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>الطلبات المتزامنة</translation>
    </message>
    <message>
        <source>The most requests on the wire at once, for all this store&apos;s jobs together. 2: the next page is asked for while this one is stored; 1: one request at a time.</source>
        <translation>أقصى عدد من الطلبات الجارية في وقت واحد، لكل مهام هذا المتجر معًا. 2: تُطلب الصفحة التالية أثناء تخزين الحالية؛ 1: طلب واحد في كل مرة.</translation>
    </message>
    <message>
        <source>Success in the answer</source>
        <translation>النجاح في الرد</translation>
    </message>
    <message>
        <source>Optional, for APIs that answer 200 even when a call fails and say so in the body: dotted path to the value that tells, e.g. status_code or isError. Every answer is checked: reads, the login and writes.</source>
        <translation>اختياري، لواجهات API التي ترد بـ 200 حتى عند فشل الاستدعاء وتذكر ذلك في المتن: المسار بالنقاط إلى القيمة التي تبيّن ذلك، مثل status_code أو isError. يُفحص كل رد: القراءات وتسجيل الدخول والكتابات.</translation>
    </message>
    <message>
        <source>Success value</source>
        <translation>قيمة النجاح</translation>
    </message>
    <message>
        <source>The value at that path that means success, e.g. R200, or false for an isError flag; several separated by commas. Any other value fails the call.</source>
        <translation>القيمة في ذلك المسار التي تعني النجاح، مثل R200، أو false لعلامة isError؛ ويمكن ذكر عدة قيم مفصولة بفواصل. أي قيمة أخرى تُفشل الاستدعاء.</translation>
    </message>
    <message>
        <source>API&apos;s error message</source>
        <translation>رسالة خطأ API</translation>
    </message>
    <message>
        <source>Dotted path to the API&apos;s own message in a failing answer, e.g. msg or messages; it is shown with the store&apos;s name.</source>
        <translation>المسار بالنقاط إلى رسالة API نفسه في رد فاشل، مثل msg أو messages؛ وتُعرض مع اسم المتجر.</translation>
    </message>
    <message>
        <source>Values for refused credentials</source>
        <translation>قيم بيانات الاعتماد المرفوضة</translation>
    </message>
    <message>
        <source>Optional: values at the success path that mean the credentials were refused, e.g. R401; reported as a credentials problem (a login token is renewed once first).</source>
        <translation>اختياري: قيم في مسار النجاح تعني أن بيانات الاعتماد رُفضت، مثل R401؛ يُبلَّغ عنها كمشكلة في بيانات الاعتماد (يُجدَّد رمز تسجيل الدخول مرة واحدة أولًا).</translation>
    </message>
    <message>
        <source>Stock endpoint</source>
        <translation>نقطة نهاية المخزون</translation>
    </message>
    <message>
        <source>The path that lists your products, e.g. /products or stock/list.</source>
        <translation>المسار الذي يسرد منتجاتك، مثل /products أو stock/list.</translation>
    </message>
    <message>
        <source>Where the list is</source>
        <translation>موضع القائمة</translation>
    </message>
    <message>
        <source>Dotted path to the product list in the answer, e.g. data.items; empty if it is the list.</source>
        <translation>المسار بالنقاط إلى قائمة المنتجات في الرد، مثل data.items؛ فارغ إذا كان الرد هو القائمة.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>How the API splits long lists: none, page numbers, offset and limit, a cursor in the answer (a token, or a whole address), a next-page address in the answer, the next page&apos;s number in the answer, or a Link header.</source>
        <translation>كيف يقسّم API القوائم الطويلة: بلا، أو أرقام الصفحات، أو الإزاحة والحد، أو مؤشر في الرد (رمز أو عنوان كامل)، أو عنوان الصفحة التالية في الرد، أو رقم الصفحة التالية في الرد، أو ترويسة Link.</translation>
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
        <translation>معامل الصفحة</translation>
    </message>
    <message>
        <source>Name of the page-number parameter.</source>
        <translation>اسم معامل رقم الصفحة.</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>معامل حجم الصفحة</translation>
    </message>
    <message>
        <source>Name of the page-size parameter; empty to not send one.</source>
        <translation>اسم معامل حجم الصفحة؛ اتركه فارغًا لعدم إرساله.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <source>How many records to ask for per page.</source>
        <translation>عدد السجلات المطلوبة في كل صفحة.</translation>
    </message>
    <message>
        <source>Total pages header</source>
        <translation>ترويسة إجمالي الصفحات</translation>
    </message>
    <message>
        <source>Header that tells how many pages there are.</source>
        <translation>الترويسة التي تذكر عدد الصفحات.</translation>
    </message>
    <message>
        <source>Total pages in the answer</source>
        <translation>إجمالي الصفحات في الرد</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of pages inside the answer, e.g. meta.total_pages.</source>
        <translation>اختياري: المسار بالنقاط إلى عدد الصفحات داخل الرد، مثل meta.total_pages.</translation>
    </message>
    <message>
        <source>Total records in the answer</source>
        <translation>إجمالي السجلات في الرد</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of records in the whole list, e.g. count or meta.total; pages stop once that many are read.</source>
        <translation>اختياري: المسار بالنقاط إلى عدد سجلات القائمة كلها، مثل count أو meta.total؛ تتوقف قراءة الصفحات بعد قراءة هذا العدد.</translation>
    </message>
    <message>
        <source>Total records header</source>
        <translation>ترويسة إجمالي السجلات</translation>
    </message>
    <message>
        <source>Optional: header that tells how many records the whole list has, e.g. X-Total-Count.</source>
        <translation>اختياري: الترويسة التي تذكر عدد سجلات القائمة كلها، مثل X-Total-Count.</translation>
    </message>
    <message>
        <source>Next page number in the answer</source>
        <translation>رقم الصفحة التالية في الرد</translation>
    </message>
    <message>
        <source>For next-page-number pages: dotted path to it, e.g. meta.next_page; the list ends when it is empty.</source>
        <translation>لصفحات رقم الصفحة التالية: المسار بالنقاط إليه، مثل meta.next_page؛ تنتهي القائمة عندما يكون فارغًا.</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>معامل الإزاحة</translation>
    </message>
    <message>
        <source>For offset pages: the offset parameter&apos;s name.</source>
        <translation>لصفحات الإزاحة: اسم معامل الإزاحة.</translation>
    </message>
    <message>
        <source>Limit parameter</source>
        <translation>معامل الحد</translation>
    </message>
    <message>
        <source>For offset pages: the limit parameter&apos;s name.</source>
        <translation>لصفحات الإزاحة: اسم معامل الحد.</translation>
    </message>
    <message>
        <source>Cursor in the answer</source>
        <translation>المؤشر في الرد</translation>
    </message>
    <message>
        <source>For cursor pages: dotted path to the next cursor.</source>
        <translation>لصفحات المؤشر: المسار بالنقاط إلى المؤشر التالي.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>معامل المؤشر</translation>
    </message>
    <message>
        <source>For cursor pages: the parameter that sends the cursor back.</source>
        <translation>لصفحات المؤشر: المعامل الذي يعيد إرسال المؤشر.</translation>
    </message>
    <message>
        <source>Next page address in the answer</source>
        <translation>عنوان الصفحة التالية في الرد</translation>
    </message>
    <message>
        <source>For next-address pages: dotted path to it.</source>
        <translation>لصفحات العنوان التالي: المسار بالنقاط إليه.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>ربط الحقول</translation>
    </message>
    <message>
        <source>Where each value is inside a record (dotted paths): sku, name, quantity, price, updated_at, and optionally location. Quantity may add several fields: stock.shop + stock.depot.</source>
        <translation>موضع كل قيمة داخل السجل (مسارات بالنقاط): sku وname وquantity وprice وupdated_at، واختياريًا location. يمكن أن تجمع الكمية عدة حقول: stock.shop + stock.depot.</translation>
    </message>
    <message>
        <source>Records to skip</source>
        <translation>السجلات المتخطاة</translation>
    </message>
    <message>
        <source>Optional: records that are not stock, skipped (not failed), e.g. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; skips a missing or empty value, &quot;!product&quot; anything but product.</source>
        <translation>اختياري: سجلات ليست مخزونًا، تُتخطى (ولا تُعد فاشلة)، مثل {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; يتخطى القيمة المفقودة أو الفارغة، و&quot;!product&quot; أي شيء عدا product.</translation>
    </message>
    <message>
        <source>Nested stock records</source>
        <translation>سجلات مخزون متداخلة</translation>
    </message>
    <message>
        <source>Optional: dotted path to a list inside each record with one stock record per element (e.g. per warehouse); values missing from an element come from its record (or parent.x).</source>
        <translation>اختياري: المسار بالنقاط إلى قائمة داخل كل سجل فيها سجل مخزون لكل عنصر (مثلًا لكل مستودع)؛ القيم الناقصة من العنصر تؤخذ من سجله (أو parent.x).</translation>
    </message>
    <message>
        <source>Quantity per location</source>
        <translation>الكمية لكل موقع</translation>
    </message>
    <message>
        <source>Optional: one quantity field per location, e.g. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; the item&apos;s quantity is their sum.</source>
        <translation>اختياري: حقل كمية لكل موقع، مثل {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}؛ كمية الصنف هي مجموعها.</translation>
    </message>
    <message>
        <source>Second endpoint</source>
        <translation>نقطة النهاية الثانية</translation>
    </message>
    <message>
        <source>Optional: a path whose records are joined to the stock records by a key; their values are read as join.x in the field mapping.</source>
        <translation>اختياري: مسار تُضم سجلاته إلى سجلات المخزون بمفتاح؛ وتُقرأ قيمها بالشكل join.x في ربط الحقول.</translation>
    </message>
    <message>
        <source>Where its list is</source>
        <translation>موضع قائمتها</translation>
    </message>
    <message>
        <source>Dotted path to the second endpoint&apos;s list in its answer; empty if it is the list.</source>
        <translation>المسار بالنقاط إلى قائمة نقطة النهاية الثانية في ردها؛ فارغ إذا كان الرد هو القائمة.</translation>
    </message>
    <message>
        <source>Its key</source>
        <translation>مفتاحها</translation>
    </message>
    <message>
        <source>The key in the second endpoint&apos;s records, e.g. product_id.</source>
        <translation>المفتاح في سجلات نقطة النهاية الثانية، مثل product_id.</translation>
    </message>
    <message>
        <source>Matched with</source>
        <translation>يطابق</translation>
    </message>
    <message>
        <source>The key in the stock records it matches, e.g. id.</source>
        <translation>المفتاح في سجلات المخزون الذي يطابقه، مثل id.</translation>
    </message>
    <message>
        <source>Changed-since parameter</source>
        <translation>معامل «المتغيّر منذ»</translation>
    </message>
    <message>
        <source>Optional: parameter that asks only for orders changed since the last sync.</source>
        <translation>اختياري: معامل يطلب فقط الطلبات التي تغيّرت منذ آخر مزامنة.</translation>
    </message>
    <message>
        <source>Changed-since format</source>
        <translation>صيغة «المتغيّر منذ»</translation>
    </message>
    <message>
        <source>How the API wants that time: iso (2026-03-01T10:00:00+00:00), unix (seconds), unix_ms (milliseconds) or datetime (2026-03-01 10:00:00, UTC).</source>
        <translation>كيف يريد API ذلك الوقت: iso ‏(2026-03-01T10:00:00+00:00)، أو unix (بالثواني)، أو unix_ms (بالمللي ثانية)، أو datetime ‏(2026-03-01 10:00:00، UTC).</translation>
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
        <translation>نقطة نهاية الطلبات</translation>
    </message>
    <message>
        <source>Optional: the path that lists orders.</source>
        <translation>اختياري: المسار الذي يسرد الطلبات.</translation>
    </message>
    <message>
        <source>Where the order list is</source>
        <translation>موضع قائمة الطلبات</translation>
    </message>
    <message>
        <source>Dotted path to the order list in the answer, e.g. orders; empty if it is the list.</source>
        <translation>المسار بالنقاط إلى قائمة الطلبات في الرد، مثل orders؛ فارغ إذا كان الرد هو القائمة.</translation>
    </message>
    <message>
        <source>Order field mapping</source>
        <translation>ربط حقول الطلب</translation>
    </message>
    <message>
        <source>Where each order value is (dotted paths): id, number, status, total, currency, created_at, updated_at, customer_country (e.g. shipping.country) and tracking.</source>
        <translation>موضع كل قيمة من قيم الطلب (مسارات بالنقاط): id وnumber وstatus وtotal وcurrency وcreated_at وupdated_at وcustomer_country (مثل shipping.country) وtracking.</translation>
    </message>
    <message>
        <source>Shipments endpoint</source>
        <translation>نقطة نهاية الشحنات</translation>
    </message>
    <message>
        <source>For a courier: the path that lists shipments, e.g. /parcels. Its statuses move the orders of the store named below on (the Shipments job).</source>
        <translation>لشركة شحن: المسار الذي يسرد الشحنات، مثل /parcels. حالاتها تنقل طلبات المتجر المسمى أدناه إلى المرحلة التالية (مهمة الشحنات).</translation>
    </message>
    <message>
        <source>Where the shipment list is</source>
        <translation>موضع قائمة الشحنات</translation>
    </message>
    <message>
        <source>Dotted path to the shipment list in the answer, e.g. parcels; empty if it is the list.</source>
        <translation>المسار بالنقاط إلى قائمة الشحنات في الرد، مثل parcels؛ فارغ إذا كان الرد هو القائمة.</translation>
    </message>
    <message>
        <source>Shipment field mapping</source>
        <translation>ربط حقول الشحنة</translation>
    </message>
    <message>
        <source>Where each shipment value is (dotted paths): reference (the order it carries), status, tracking and updated_at. Its statuses read as ours through the order statuses below.</source>
        <translation>موضع كل قيمة من قيم الشحنة (مسارات بالنقاط): reference (الطلب الذي تحمله) وstatus وtracking وupdated_at. تُقرأ حالاتها كحالاتنا عبر حالات الطلبات أدناه.</translation>
    </message>
    <message>
        <source>Orders it follows</source>
        <translation>الطلبات التي يتابعها</translation>
    </message>
    <message>
        <source>For a courier: the name of the store whose orders its shipments move on.</source>
        <translation>لشركة شحن: اسم المتجر الذي تنقل شحناتها طلباته إلى المرحلة التالية.</translation>
    </message>
    <message>
        <source>Matched with the order&apos;s</source>
        <translation>يطابق الطلب بحسب</translation>
    </message>
    <message>
        <source>What a shipment&apos;s reference is in that store: the order number, or the store&apos;s id for it.</source>
        <translation>ما يمثّله مرجع الشحنة في ذلك المتجر: رقم الطلب، أو المعرّف الذي يعطيه المتجر له.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <source>Write statuses back</source>
        <translation>إعادة كتابة الحالات</translation>
    </message>
    <message>
        <source>yes: each status a shipment moves an order to is also written to the order&apos;s own store, through that store&apos;s order status write below.</source>
        <translation>نعم: كل حالة تنقل إليها الشحنة طلبًا تُكتب أيضًا في متجر ذلك الطلب، عبر كتابة حالة الطلب لذلك المتجر (أدناه).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Order status write endpoint</source>
        <translation>نقطة نهاية كتابة حالة الطلب</translation>
    </message>
    <message>
        <source>Optional: the path an order&apos;s new status is written to; it may hold {id} or {number}, e.g. orders/{id}/status.</source>
        <translation>اختياري: المسار الذي تُكتب إليه حالة الطلب الجديدة؛ ويمكن أن يحوي {id} أو {number}، مثل orders/{id}/status.</translation>
    </message>
    <message>
        <source>Order status write method</source>
        <translation>طريقة كتابة حالة الطلب</translation>
    </message>
    <message>
        <source>The HTTP method of an order status write.</source>
        <translation>طريقة HTTP لكتابة حالة الطلب.</translation>
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
        <translation>متن كتابة حالة الطلب</translation>
    </message>
    <message>
        <source>JSON template of the body: {status} is the store&apos;s own name for the status (from the order statuses below), {tracking}, {number} and {id} are the order&apos;s.</source>
        <translation>قالب JSON للمتن: {status} هو اسم الحالة لدى المتجر نفسه (من حالات الطلبات أدناه)، و{tracking} و{number} و{id} هي قيم الطلب.</translation>
    </message>
    <message>
        <source>Order status write accepted codes</source>
        <translation>الرموز المقبولة لكتابة حالة الطلب</translation>
    </message>
    <message>
        <source>The status codes that count as written, e.g. 200,204; empty: any 2xx.</source>
        <translation>رموز الحالة التي تُعد كتابة ناجحة، مثل 200,204؛ فارغ: أي 2xx.</translation>
    </message>
    <message>
        <source>Where the written status is</source>
        <translation>موضع الحالة المكتوبة</translation>
    </message>
    <message>
        <source>Optional: path to the order&apos;s status in the answer, e.g. order.status; it must read as the status sent. Empty: an accepted status code counts as written.</source>
        <translation>اختياري: المسار إلى حالة الطلب في الرد، مثل order.status؛ ويجب أن تطابق الحالة المُرسَلة. فارغ: رمز الحالة المقبول يُعد كتابة ناجحة.</translation>
    </message>
    <message>
        <source>Stock update endpoint</source>
        <translation>نقطة نهاية تحديث المخزون</translation>
    </message>
    <message>
        <source>Optional: the path stock is written to; per item it may hold {sku} or {id}, e.g. products/{id}/stock.</source>
        <translation>اختياري: المسار الذي يُكتب إليه المخزون؛ وعند الكتابة لكل صنف يمكن أن يحوي {sku} أو {id}، مثل products/{id}/stock.</translation>
    </message>
    <message>
        <source>Stock write style</source>
        <translation>أسلوب كتابة المخزون</translation>
    </message>
    <message>
        <source>batch: one request carries many items; per_item: one request per SKU.</source>
        <translation>دفعة: طلب واحد يحمل أصنافًا كثيرة؛ لكل صنف: طلب واحد لكل SKU.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>per_item</source>
        <translation>لكل صنف</translation>
    </message>
    <message>
        <source>Stock write method</source>
        <translation>طريقة كتابة المخزون</translation>
    </message>
    <message>
        <source>The HTTP method of a stock write.</source>
        <translation>طريقة HTTP لكتابة المخزون.</translation>
    </message>
    <message>
        <source>Stock write body</source>
        <translation>متن كتابة المخزون</translation>
    </message>
    <message>
        <source>JSON template of the body: in a batch &quot;{items}&quot; is where the list goes (default {&quot;items&quot;: &quot;{items}&quot;}); per item e.g. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</source>
        <translation>قالب JSON للمتن: في الدفعة يحدد &quot;{items}&quot; موضع القائمة (الافتراضي {&quot;items&quot;: &quot;{items}&quot;})؛ ولكل صنف مثلًا {&quot;quantity&quot;: &quot;{quantity}&quot;}.</translation>
    </message>
    <message>
        <source>Stock write item</source>
        <translation>عنصر كتابة المخزون</translation>
    </message>
    <message>
        <source>JSON template of one item of a batch (default {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</source>
        <translation>قالب JSON لعنصر واحد من الدفعة (الافتراضي {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</translation>
    </message>
    <message>
        <source>Accepted status codes</source>
        <translation>رموز الحالة المقبولة</translation>
    </message>
    <message>
        <source>The status codes that count as accepted, e.g. 200,201; empty: any 2xx.</source>
        <translation>رموز الحالة التي تُعد قبولًا، مثل 200,201؛ فارغ: أي 2xx.</translation>
    </message>
    <message>
        <source>Where the write result is</source>
        <translation>موضع نتيجة الكتابة</translation>
    </message>
    <message>
        <source>Batch: path to the per-item results ({sku, ok, error}); per item: path to the quantity the answer shows. Empty: the answer says nothing per item, so StoreSync reads the SKUs back.</source>
        <translation>الدفعة: المسار إلى نتائج كل صنف ({sku, ok, error})؛ لكل صنف: المسار إلى الكمية التي يعرضها الرد. فارغ: الرد لا يذكر شيئًا عن كل صنف، لذا يعيد StoreSync قراءة رموز SKU.</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>The first %Ln item(s) as StoreSync reads them.</source>
        <translation>
            <numerusform>لا عناصر يقرؤها StoreSync.</numerusform>
            <numerusform>العنصر الأول كما يقرؤه StoreSync.</numerusform>
            <numerusform>العنصران الأولان كما يقرؤهما StoreSync.</numerusform>
            <numerusform>أول %Ln عناصر كما يقرؤها StoreSync.</numerusform>
            <numerusform>أول %Ln عنصرًا كما يقرؤها StoreSync.</numerusform>
            <numerusform>أول %Ln عنصر كما يقرؤها StoreSync.</numerusform>
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
        <translation>SKU المصدر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>الهدف الآن</translation>
    </message>
    <message>
        <source>Target after</source>
        <translation>الهدف بعدها</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Preview push to {store}</source>
        <translation>معاينة الإرسال إلى {store}</translation>
    </message>
    <message>
        <source>{w} to write, {u} unchanged, {s} skipped. Rules apply in this order: {order}.</source>
        <translation>للكتابة: {w}، دون تغيير: {u}، متخطى: {s}. تُطبَّق القواعد بهذا الترتيب: {order}.</translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation>خطة الإرسال</translation>
    </message>
    <message>
        <source>Only on the source</source>
        <translation>في المصدر فقط</translation>
    </message>
    <message>
        <source>Only on the target</source>
        <translation>في الهدف فقط</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}: {n}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Unmatched SKUs ({n})</source>
        <translation>رموز SKU غير المطابقة ({n})</translation>
    </message>
    <message>
        <source>Push these changes</source>
        <translation>أرسل هذه التغييرات</translation>
    </message>
    <message>
        <source>Export plan CSV…</source>
        <translation>صدِّر الخطة إلى CSV…</translation>
    </message>
    <message>
        <source>Export unmatched CSV…</source>
        <translation>صدِّر غير المطابق إلى CSV…</translation>
    </message>
    <message>
        <source>Export SKU pairs to fill in…</source>
        <translation>صدِّر أزواج SKU لملئها…</translation>
    </message>
    <message>
        <source>The SKUs only on the source, each with an empty target SKU: fill them in, then import the file with Import SKU pairs in the store&apos;s push rules.</source>
        <translation>رموز SKU الموجودة في المصدر فقط، كل منها برمز SKU هدف فارغ: املأها، ثم استورد الملف عبر «استورد أزواج SKU» في قواعد الإرسال للمتجر.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صدِّر</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Import SKU pairs (CSV)…</source>
        <translation>استورد أزواج SKU ‏(CSV)…</translation>
    </message>
    <message>
        <source>Rules apply in this order: {order}.</source>
        <translation>تُطبَّق القواعد بهذا الترتيب: {order}.</translation>
    </message>
    <message>
        <source>Keep back</source>
        <translation>احتفظ احتياطيًا</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation>SKU المصدر</translation>
    </message>
    <message>
        <source>Show %</source>
        <translation>اعرض %</translation>
    </message>
    <message>
        <source>Show 0 below</source>
        <translation>اعرض 0 تحت</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>بحد أقصى</translation>
    </message>
    <message>
        <source>Per-SKU buffer rules</source>
        <translation>قواعد الاحتياطي لكل SKU</translation>
    </message>
    <message>
        <source>Add a SKU rule</source>
        <translation>أضف قاعدة SKU</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: enter the source SKU.</source>
        <translation>قاعدة SKU رقم {row}: أدخل SKU المصدر.</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: {sku} has a rule already.</source>
        <translation>قاعدة SKU رقم {row}: لـ {sku} قاعدة بالفعل.</translation>
    </message>
    <message>
        <source>Per-SKU rule for {sku}: {reason}</source>
        <translation>قاعدة SKU لـ {sku}: {reason}</translation>
    </message>
    <message>
        <source>{what} must be a whole number of 0 or more, not {text!r}.</source>
        <translation>يجب أن يكون {what} عددًا صحيحًا يساوي 0 أو أكثر، لا {text!r}.</translation>
    </message>
    <message>
        <source>Per-SKU rules (each replaces the rule above for its SKU):</source>
        <translation>قواعد لكل SKU (كل منها تحل محل القاعدة أعلاه لرمزها):</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>أزل البادئة</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>أزل اللاحقة</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>أضف بادئة</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>أضف لاحقة</translation>
    </message>
    <message>
        <source>SKU pairs</source>
        <translation>أزواج SKU</translation>
    </message>
    <message>
        <source>The file could not be read as text.</source>
        <translation>تعذرت قراءة الملف كنص.</translation>
    </message>
    <message>
        <source>Import SKU pairs</source>
        <translation>استورد أزواج SKU</translation>
    </message>
</context>
<context>
    <name>PushRulesForm</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln زوج</numerusform>
            <numerusform>زوج واحد</numerusform>
            <numerusform>زوجان</numerusform>
            <numerusform>%Ln أزواج</numerusform>
            <numerusform>%Ln زوجًا</numerusform>
            <numerusform>%Ln زوج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuantityChart</name>
    <message>
        <source>Quantity over time</source>
        <translation>الكمية عبر الزمن</translation>
    </message>
</context>
<context>
    <name>RemoveStore</name>
    <message>
        <source>A sync of &apos;{name}&apos; is running. Remove the store once it has finished.</source>
        <translation>تجري مزامنة «{name}». احذف المتجر بعد انتهائها.</translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: {reason}</source>
        <translation>تعذر حذف إدخالاته من سلسلة المفاتيح: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>حُذف «{name}». يُحذف سجل مزامنته فورًا.</numerusform>
            <numerusform>حُذف «{name}». يبقى سجل مزامنته يومًا واحدًا على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>حُذف «{name}». يبقى سجل مزامنته يومين على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>حُذف «{name}». يبقى سجل مزامنته %Ln أيام على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>حُذف «{name}». يبقى سجل مزامنته %Ln يومًا على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>حُذف «{name}». يبقى سجل مزامنته %Ln يوم على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>احذف المتجر</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;?</source>
        <translation>أتريد حذف «{name}»؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>The store could not be removed: {reason}</source>
        <translation>تعذر حذف المتجر: {reason}</translation>
    </message>
    <message>
        <source>The store could not be removed; the log has the details.</source>
        <translation>تعذر حذف المتجر؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>RemoveStoreDialog</name>
    <message numerus="yes">
        <source>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>يتوقف StoreSync عن مزامنته ويحذف أسراره المحفوظة من سلسلة المفاتيح. يُحذف سجل مزامنته فورًا.</numerusform>
            <numerusform>يتوقف StoreSync عن مزامنته ويحذف أسراره المحفوظة من سلسلة المفاتيح. يبقى سجل مزامنته يومًا واحدًا على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>يتوقف StoreSync عن مزامنته ويحذف أسراره المحفوظة من سلسلة المفاتيح. يبقى سجل مزامنته يومين على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>يتوقف StoreSync عن مزامنته ويحذف أسراره المحفوظة من سلسلة المفاتيح. يبقى سجل مزامنته %Ln أيام على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>يتوقف StoreSync عن مزامنته ويحذف أسراره المحفوظة من سلسلة المفاتيح. يبقى سجل مزامنته %Ln يومًا على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
            <numerusform>يتوقف StoreSync عن مزامنته ويحذف أسراره المحفوظة من سلسلة المفاتيح. يبقى سجل مزامنته %Ln يوم على الأكثر، حتى يحذفه الاستبقاء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestRateChart</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Requests over the run</source>
        <translation>الطلبات خلال التشغيل</translation>
    </message>
    <message>
        <source>The requests of this run could not be read: {error}</source>
        <translation>تعذرت قراءة طلبات هذا التشغيل: {error}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>“Slow down” answers (429)</source>
        <translation>ردود «أبطئ» (429)</translation>
    </message>
    <message>
        <source>Seconds waiting on rate limits</source>
        <translation>ثوانٍ من الانتظار بسبب حدود المعدل</translation>
    </message>
    <message>
        <source>Seconds since the run started</source>
        <translation>الثواني منذ بدء التشغيل</translation>
    </message>
    <message>
        <source>Per {seconds} s</source>
        <translation>لكل {seconds} ث</translation>
    </message>
    <message>
        <source>Seconds waiting</source>
        <translation>ثواني الانتظار</translation>
    </message>
    <message>
        <source>Requests: {requests} · “Slow down” answers: {throttled} · Waiting on rate limits: {waited} s</source>
        <translation>الطلبات: {requests} · ردود «أبطئ»: {throttled} · الانتظار بسبب حدود المعدل: {waited} ث</translation>
    </message>
</context>
<context>
    <name>RunDetail</name>
    <message>
        <source>Run {id} — {store}</source>
        <translation>التشغيل {id} — {store}</translation>
    </message>
    <message>
        <source>Started {start}, took {took}</source>
        <translation>بدأ {start}، واستغرق {took}</translation>
    </message>
    <message>
        <source>Log lines of this run</source>
        <translation>أسطر السجل لهذا التشغيل</translation>
    </message>
    <message>
        <source>No log lines were kept for this run.</source>
        <translation>لم تُحفظ أسطر سجل لهذا التشغيل.</translation>
    </message>
    <message>
        <source>SKUs changed by this run</source>
        <translation>رموز SKU التي غيّرها هذا التشغيل</translation>
    </message>
    <message>
        <source>Reading the run&apos;s log…</source>
        <translation>جارٍ قراءة سجل التشغيل…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>an answer this version cannot show</source>
        <translation>إجابة لا يمكن لهذا الإصدار عرضها</translation>
    </message>
    <message>
        <source>Could not read the run: {reason}</source>
        <translation>تعذّرت قراءة التشغيل: {reason}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Log ({n})</source>
        <translation>السجل ({n})</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>التغييرات ({n})</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Timeline of runs</source>
        <translation>الخط الزمني لعمليات التشغيل</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The timeline could not be read: {error}</source>
        <translation>تعذرت قراءة الخط الزمني: {error}</translation>
    </message>
    <message>
        <source>No runs to show for these filters.</source>
        <translation>لا عمليات تشغيل تطابق هذه المرشحات.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more store(s) in the table</source>
        <translation>
            <numerusform>ولا متاجر أخرى في الجدول</numerusform>
            <numerusform>ومتجر آخر في الجدول</numerusform>
            <numerusform>ومتجران آخران في الجدول</numerusform>
            <numerusform>و%Ln متاجر أخرى في الجدول</numerusform>
            <numerusform>و%Ln متجرًا آخر في الجدول</numerusform>
            <numerusform>و%Ln متجر آخر في الجدول</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>System time zone</source>
        <translation>المنطقة الزمنية للنظام</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>كل N دقيقة</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>كل N ساعة</translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation>يوميًا في</translation>
    </message>
    <message>
        <source>Weekly on</source>
        <translation>أسبوعيًا يوم</translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation>متقدم (cron)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation>الدقائق بين عمليات التشغيل</translation>
    </message>
    <message>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>الساعات بين عمليات التشغيل</translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation>وقت التشغيل اليومي</translation>
    </message>
    <message>
        <source>Run on {day}</source>
        <translation>شغّل يوم {day}</translation>
    </message>
    <message>
        <source>Weekly run time</source>
        <translation>وقت التشغيل الأسبوعي</translation>
    </message>
    <message>
        <source>at</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>تعبير cron</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week (mon-sun).</source>
        <translation>خمسة حقول: الدقيقة، الساعة، يوم الشهر، الشهر، يوم الأسبوع (mon-sun).</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>فقط بين</translation>
    </message>
    <message>
        <source>Limit to active hours</source>
        <translation>اقصر على ساعات النشاط</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation>بداية ساعات النشاط</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation>نهاية ساعات النشاط</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Schedule in words</source>
        <translation>الجدول بالكلمات</translation>
    </message>
    <message>
        <source>Next run times</source>
        <translation>أوقات التشغيل القادمة</translation>
    </message>
    <message>
        <source>What is wrong with the schedule</source>
        <translation>ما الخطأ في الجدول</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>التشغيل</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>ساعات النشاط</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone StoreSync knows. Pick one from the list, e.g. Europe/Warsaw.</source>
        <translation>«{zone}» ليست منطقة زمنية يعرفها StoreSync. اختر واحدة من القائمة، مثل Africa/Algiers.</translation>
    </message>
    <message>
        <source>This schedule never runs: widen the active hours or pick other days.</source>
        <translation>هذا الجدول لا يعمل أبدًا: وسّع ساعات النشاط أو اختر أيامًا أخرى.</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>عمليات التشغيل القادمة:</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <source>{schedule}, {zone}</source>
        <translation>{schedule}، {zone}</translation>
    </message>
    <message>
        <source>{every} from {start} to {end}</source>
        <translation>{every} من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Daily at {time}</source>
        <translation>يوميًا في {time}</translation>
    </message>
    <message>
        <source>Weekly on {days} at {time}</source>
        <translation>أسبوعيًا: {days} في {time}</translation>
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
        <translation>{schedule}، فقط من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>كل ساعة</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>كل دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>كل %n ساعة</numerusform>
            <numerusform>كل ساعة</numerusform>
            <numerusform>كل ساعتين</numerusform>
            <numerusform>كل %n ساعات</numerusform>
            <numerusform>كل %n ساعة</numerusform>
            <numerusform>كل %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>كل %n دقيقة</numerusform>
            <numerusform>كل دقيقة</numerusform>
            <numerusform>كل دقيقتين</numerusform>
            <numerusform>كل %n دقائق</numerusform>
            <numerusform>كل %n دقيقة</numerusform>
            <numerusform>كل %n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>StoreSync – server {address}</source>
        <translation>StoreSync – الخادم {address}</translation>
    </message>
    <message>
        <source>Stores and jobs on the server</source>
        <translation>المتاجر والمهام على الخادم</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>أوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استأنف</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>تعديل الجدول…</translation>
    </message>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>{what}: فشل ({reason})</translation>
    </message>
    <message>
        <source>Not connected: {reason}. Connect again with the server&apos;s token.</source>
        <translation>غير متصل: {reason}. اتصل مجددًا باستخدام رمز الخادم.</translation>
    </message>
    <message>
        <source>Not connected ({reason}); trying again…</source>
        <translation>غير متصل ({reason})؛ جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>Not connected; trying again…</source>
        <translation>غير متصل؛ تجري إعادة المحاولة…</translation>
    </message>
    <message>
        <source>No worker is running: queued runs wait until one starts</source>
        <translation>لا يعمل أي عامل: تنتظر عمليات التشغيل في الطابور حتى يبدأ أحدها</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>an unexpected problem (the log has the details)</source>
        <translation>مشكلة غير متوقعة (التفاصيل في السجل)</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>أيام الاستبقاء</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>انسخ احتياطيًا الآن...</translation>
    </message>
    <message>
        <source>Export history (CSV)...</source>
        <translation>صدِّر السجل التاريخي (CSV)...</translation>
    </message>
    <message>
        <source>Backup and export result</source>
        <translation>نتيجة النسخ الاحتياطي والتصدير</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>احتفظ بالسجل التاريخي لمدة</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>انسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>قاعدة بيانات SQLite ‏(*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Export the sync history</source>
        <translation>صدِّر سجل المزامنة</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>جارٍ النسخ الاحتياطي...</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي: {reason}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>نُسخ احتياطيًا إلى {path}</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>جارٍ التصدير...</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>فشل التصدير: {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Start StoreSync when I log in</source>
        <translation>شغّل StoreSync عند تسجيل دخولي</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>ابدأ مصغّرًا في علبة النظام</translation>
    </message>
    <message>
        <source>Closing the window keeps StoreSync running in the tray</source>
        <translation>إغلاق النافذة يُبقي StoreSync يعمل في علبة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>النظام ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect when StoreSync restarts.</source>
        <translation>تسري اللغة الجديدة عند إعادة تشغيل StoreSync.</translation>
    </message>
    <message>
        <source>Runs at the same time, at most</source>
        <translation>الحد الأقصى لعمليات التشغيل المتزامنة</translation>
    </message>
    <message>
        <source>Maximum concurrent runs</source>
        <translation>الحد الأقصى لعمليات التشغيل المتزامنة</translation>
    </message>
    <message>
        <source>Retries after a network error</source>
        <translation>إعادة المحاولة بعد خطأ في الشبكة</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>عدد المحاولات</translation>
    </message>
    <message>
        <source>Wait for a store&apos;s answer</source>
        <translation>انتظر رد المتجر</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>مهلة الطلب</translation>
    </message>
    <message>
        <source>Give up on one request after</source>
        <translation>تخلَّ عن الطلب بعد</translation>
    </message>
    <message>
        <source>Request deadline, retries included</source>
        <translation>موعد الطلب النهائي، شاملًا إعادة المحاولات</translation>
    </message>
    <message>
        <source>Pages per read, at most</source>
        <translation>الحد الأقصى للصفحات في كل قراءة</translation>
    </message>
    <message>
        <source>Stop a run after</source>
        <translation>أوقف التشغيل بعد</translation>
    </message>
    <message>
        <source>Run timeout</source>
        <translation>مهلة التشغيل</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Catch up runs missed while StoreSync was closed or the computer slept</source>
        <translation>عوِّض عمليات التشغيل الفائتة أثناء إغلاق StoreSync أو سُبات الحاسوب</translation>
    </message>
    <message>
        <source>Show a notification when</source>
        <translation>اعرض إشعارًا عندما</translation>
    </message>
    <message>
        <source>a job keeps failing or pauses itself (how often: the Alerts tab)</source>
        <translation>تفشل مهمة باستمرار أو توقف نفسها (كم مرة: تبويب التنبيهات)</translation>
    </message>
    <message>
        <source>a store needs your attention or its data is stale</source>
        <translation>يحتاج متجر إلى انتباهك أو بياناته قديمة</translation>
    </message>
    <message>
        <source>a failing store works again</source>
        <translation>يعود متجر متعثر إلى العمل</translation>
    </message>
    <message>
        <source>a job keeps failing</source>
        <translation>تفشل مهمة باستمرار</translation>
    </message>
    <message>
        <source>it works again</source>
        <translation>عادت إلى العمل</translation>
    </message>
    <message>
        <source>a job paused itself</source>
        <translation>أوقفت مهمة نفسها مؤقتًا</translation>
    </message>
    <message>
        <source>a store needs attention</source>
        <translation>يحتاج متجر إلى انتباه</translation>
    </message>
    <message>
        <source>stock runs low</source>
        <translation>ينخفض المخزون</translation>
    </message>
    <message>
        <source>a store&apos;s data is stale</source>
        <translation>بيانات متجر قديمة</translation>
    </message>
    <message>
        <source>Warn when a job failed this many runs in a row</source>
        <translation>نبّه عندما تفشل مهمة هذا العدد من المرات متتالية</translation>
    </message>
    <message>
        <source>Warn after failed runs</source>
        <translation>نبّه بعد عمليات تشغيل فاشلة</translation>
    </message>
    <message>
        <source>Pause a job after this many failed runs in a row</source>
        <translation>أوقف المهمة مؤقتًا بعد هذا العدد من عمليات التشغيل الفاشلة متتالية</translation>
    </message>
    <message>
        <source>Pause after failed runs</source>
        <translation>أوقف مؤقتًا بعد عمليات تشغيل فاشلة</translation>
    </message>
    <message>
        <source>0 turns the warning or the pause off. A paused job says why until you resume it.</source>
        <translation>القيمة 0 توقف التنبيه أو الإيقاف المؤقت. تُبيّن المهمة المتوقفة السبب حتى تستأنفها.</translation>
    </message>
    <message>
        <source>A store&apos;s data is stale when its last good read is older than</source>
        <translation>تكون بيانات المتجر قديمة عندما تكون آخر قراءة ناجحة أقدم من</translation>
    </message>
    <message>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation>قديمة بعد ساعات</translation>
    </message>
    <message>
        <source>Failures and stale data</source>
        <translation>الإخفاقات والبيانات القديمة</translation>
    </message>
    <message>
        <source>Send alerts by email</source>
        <translation>أرسل التنبيهات بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>منفذ SMTP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادة المنفذ 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (عادة المنفذ 465)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>اسم مستخدم SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
        <source>kept in the keychain; leave empty to keep it</source>
        <translation>محفوظة في سلسلة المفاتيح؛ اتركها فارغة للإبقاء عليها</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>addresses, separated by commas</source>
        <translation>عناوين مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Send when</source>
        <translation>أرسل عندما</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>أرسل بريدًا تجريبيًا</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Send alerts to a webhook</source>
        <translation>أرسل التنبيهات إلى webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>عنوان URL لـ webhook</translation>
    </message>
    <message>
        <source>https://…, kept in the keychain; leave empty to keep it</source>
        <translation>https://…، محفوظ في سلسلة المفاتيح؛ اتركه فارغًا للإبقاء عليه</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>StoreSync JSON</source>
        <translation>JSON من StoreSync</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>متوافق مع Slack</translation>
    </message>
    <message>
        <source>Send a test to the webhook</source>
        <translation>أرسل اختبارًا إلى webhook</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Alerts are sent by the StoreSync that owns this data folder.</source>
        <translation>يرسل التنبيهاتِ StoreSync الذي يملك مجلد البيانات هذا.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Not sent: the settings could not be saved.</source>
        <translation>لم يُرسل: تعذر حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>لم يُرسل: {reason}</translation>
    </message>
    <message>
        <source>Test sent. Check that it arrived.</source>
        <translation>أُرسل الاختبار. تحقق من وصوله.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>لم يُرسل شيء بعد.</translation>
    </message>
    <message>
        <source>Last delivery worked ({when}).</source>
        <translation>نجح آخر تسليم ({when}).</translation>
    </message>
    <message>
        <source>Last delivery failed ({when}): {reason}</source>
        <translation>فشل آخر تسليم ({when}): {reason}</translation>
    </message>
    <message>
        <source>Low stock means at most</source>
        <translation>المخزون المنخفض يعني بحد أقصى</translation>
    </message>
    <message>
        <source>Low stock threshold</source>
        <translation>حد المخزون المنخفض</translation>
    </message>
    <message>
        <source> items</source>
        <translation> قطعة</translation>
    </message>
    <message>
        <source>Quiet hours: no notifications between</source>
        <translation>ساعات الهدوء: لا إشعارات بين</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>بداية ساعات الهدوء</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>نهاية ساعات الهدوء</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>تعذر تغيير التشغيل عند تسجيل الدخول: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved; the log has the details.</source>
        <translation>تعذر حفظ الإعدادات؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SkuHistory</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>القديمة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديدة</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>التشغيل</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>read</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>{state} push ({rule})</source>
        <translation>إرسال {state} ({rule})</translation>
    </message>
    <message>
        <source>History of {sku}</source>
        <translation>سجل {sku}</translation>
    </message>
    <message>
        <source>Quantity of {sku} per store</source>
        <translation>كمية {sku} في كل متجر</translation>
    </message>
    <message>
        <source>Changes of {sku}</source>
        <translation>تغييرات {sku}</translation>
    </message>
    <message>
        <source>No recorded change of this SKU yet.</source>
        <translation>لا تغييرات مسجلة لهذا الـ SKU بعد.</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>StoreSync could not start</source>
        <translation>تعذر بدء StoreSync</translation>
    </message>
    <message>
        <source>Why StoreSync could not start</source>
        <translation>لماذا تعذر بدء StoreSync</translation>
    </message>
</context>
<context>
    <name>StoreDetail</name>
    <message>
        <source>Store: {name}</source>
        <translation>المتجر: {name}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>المنصة:</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>مفعَّل:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>الأسرار محفوظة في:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبر الاتصال</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>الاتصال:</translation>
    </message>
    <message>
        <source>Jobs of this store</source>
        <translation>مهام هذا المتجر</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>التشغيل التالي</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Run whose requests are shown</source>
        <translation>التشغيل المعروضة طلباته</translation>
    </message>
    <message>
        <source>Recent runs of this store</source>
        <translation>آخر عمليات التشغيل لهذا المتجر</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>المُشغِّل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>لا يوجد تشغيل بعد.</translation>
    </message>
    <message>
        <source>Edit store…</source>
        <translation>حرّر المتجر…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>آخر عمليات التشغيل</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>التشغيل:</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>العناصر المتغيرة في كل تشغيل</translation>
    </message>
    <message>
        <source>Requests in a run</source>
        <translation>الطلبات في تشغيل</translation>
    </message>
    <message>
        <source>This run is still going: its requests are shown when it ends.</source>
        <translation>هذا التشغيل ما زال جاريًا: ستظهر طلباته عند انتهائه.</translation>
    </message>
    <message>
        <source>No requests recorded for this run: it made none, or ran before StoreSync counted them.</source>
        <translation>لم تُسجَّل طلبات لهذا التشغيل: لم يرسل أي طلب، أو جرى قبل أن يبدأ StoreSync بعدّها.</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>يحتاج إلى انتباه: {reason}</translation>
    </message>
    <message>
        <source>Rate-limited by the store: {message}</source>
        <translation>حدّ المتجر من المعدل: {message}</translation>
    </message>
    <message>
        <source>Last run failed: {error}</source>
        <translation>فشل آخر تشغيل: {error}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Connection failed: {error}</source>
        <translation>فشل الاتصال: {error}</translation>
    </message>
</context>
<context>
    <name>StoreEditor</name>
    <message>
        <source>Test connection</source>
        <translation>اختبر الاتصال</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>عاين السجلات</translation>
    </message>
    <message>
        <source>Fetch the first records with these settings, without saving.</source>
        <translation>اجلب السجلات الأولى بهذه الإعدادات، دون حفظ.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>نتيجة اختبار الاتصال</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>معاينة السجلات الأولى</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>جارٍ اختبار الاتصال...</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>تعذر الاتصال: {reason}</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log has the details.</source>
        <translation>فشل الاختبار على نحو غير متوقع؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Connected: {answer}</source>
        <translation>متصل: {answer}</translation>
    </message>
    <message>
        <source>Fetching the first records...</source>
        <translation>جارٍ جلب السجلات الأولى...</translation>
    </message>
    <message>
        <source>Could not read the records: {reason}</source>
        <translation>تعذرت قراءة السجلات: {reason}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly; the log has the details.</source>
        <translation>فشلت المعاينة على نحو غير متوقع؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Fails: {reason}</source>
        <translation>يفشل: {reason}</translation>
    </message>
    <message>
        <source>The API answered, but no records were found at that place.</source>
        <translation>ردّت الواجهة البرمجية، لكن لم يُعثر على سجلات في ذلك الموضع.</translation>
    </message>
    <message>
        <source>On the pages read: {items} to store, {skipped} skipped as not stock, {failed} failed.</source>
        <translation>في الصفحات المقروءة: {items} للحفظ، و{skipped} متخطى لأنه ليس مخزونًا، و{failed} فاشل.</translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation>متخطى: {reasons}</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(سري)</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>محفوظ في سلسلة المفاتيح؛ اكتب للاستبدال</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>يجب أن يكون {label} عددًا صحيحًا.</translation>
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
        <translation>{label}: ‏JSON غير صالح (السطر {line}، العمود {column}).</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, such as {{&quot;key&quot;: &quot;value&quot;}}.</source>
        <translation>يجب أن يكون {label} كائن JSON، مثل {{&quot;key&quot;: &quot;value&quot;}}.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (اختياري)</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} مطلوب.</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>استورد إعدادًا مسبقًا…</translation>
    </message>
    <message>
        <source>Fill this form from a preset file; the secret is not in it.</source>
        <translation>املأ هذا النموذج من ملف إعداد مسبق؛ السر ليس فيه.</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>صدِّر إعدادًا مسبقًا…</translation>
    </message>
    <message>
        <source>Save these settings, without the secret, as a preset file.</source>
        <translation>احفظ هذه الإعدادات، دون السر، كملف إعداد مسبق.</translation>
    </message>
    <message>
        <source>Presets shipped with StoreSync</source>
        <translation>إعدادات مسبقة مرفقة مع StoreSync</translation>
    </message>
    <message>
        <source>Fill this form for an API whose vendor documents it publicly.</source>
        <translation>املأ هذا النموذج لواجهة برمجية يوثّقها مورّدها علنًا.</translation>
    </message>
    <message>
        <source>Start from a shipped preset…</source>
        <translation>ابدأ من إعداد مسبق مرفق…</translation>
    </message>
    <message>
        <source>Preset result</source>
        <translation>نتيجة الإعداد المسبق</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>استورد إعدادًا مسبقًا</translation>
    </message>
    <message>
        <source>Export a preset</source>
        <translation>صدِّر إعدادًا مسبقًا</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>إعداد-مسبق</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>لم يُستورد {file}: {reason}</translation>
    </message>
    <message>
        <source>Filled the form from {file}. Presets never hold a secret: type it yourself.</source>
        <translation>مُلئ النموذج من {file}. لا تحتوي الإعدادات المسبقة على أسرار أبدًا: اكتب السر بنفسك.</translation>
    </message>
    <message>
        <source>Filled the form for {preset}. Type your API address and secret yourself.</source>
        <translation>مُلئ النموذج لـ {preset}. اكتب عنوان الواجهة البرمجية والسر بنفسك.</translation>
    </message>
    <message>
        <source>The preset was not saved ({reason}).</source>
        <translation>لم يُحفظ الإعداد المسبق ({reason}).</translation>
    </message>
    <message>
        <source>Saved the settings, without the secret, to {file}.</source>
        <translation>حُفظت الإعدادات، دون السر، في {file}.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>أضف متجرًا</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>حرّر {name}</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>e.g. Main shop</source>
        <translation>مثلًا: المتجر الرئيسي</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Sync this store on its schedules</source>
        <translation>زامن هذا المتجر وفق جداوله</translation>
    </message>
    <message>
        <source>Turn off to keep the store and its history without syncing it.</source>
        <translation>أوقف هذا الخيار للإبقاء على المتجر وسجله دون مزامنته.</translation>
    </message>
    <message>
        <source>Run a first sync after saving</source>
        <translation>شغّل مزامنة أولى بعد الحفظ</translation>
    </message>
    <message>
        <source>Sync now after saving</source>
        <translation>زامن فور الحفظ</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>ما الذي تجب مزامنته</translation>
    </message>
    <message>
        <source>Why the store cannot be saved</source>
        <translation>لماذا يتعذر حفظ المتجر</translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation>سلسلة مفاتيح نظامك</translation>
    </message>
    <message>
        <source>Fields marked {mark} are secrets: they are saved in {backend}, never in StoreSync&apos;s database, logs or exports.</source>
        <translation>الحقول المعلَّمة بـ {mark} أسرار: تُحفظ في {backend}، ولا تُحفظ أبدًا في قاعدة بيانات StoreSync أو سجلاته أو صادراته.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>أعطِ المتجر اسمًا.</translation>
    </message>
    <message>
        <source>Another store is already called &apos;{name}&apos;.</source>
        <translation>يوجد متجر آخر باسم «{name}».</translation>
    </message>
    <message>
        <source>Nothing was saved, because the keychain refused the secrets. Your input is still here.</source>
        <translation>لم يُحفظ شيء لأن سلسلة المفاتيح رفضت الأسرار. ما أدخلته لا يزال هنا.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>تعذر الحفظ: {reason}</translation>
    </message>
    <message>
        <source>Could not save the store; the log has the details.</source>
        <translation>تعذر حفظ المتجر؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Sync stock</source>
        <translation>زامن المخزون</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>استورد الطلبات</translation>
    </message>
    <message>
        <source>Copy stock from another store into this one</source>
        <translation>انسخ المخزون من متجر آخر إلى هذا المتجر</translation>
    </message>
    <message>
        <source>Check for low stock</source>
        <translation>افحص المخزون المنخفض</translation>
    </message>
    <message>
        <source>Follow shipment statuses into another store&apos;s orders</source>
        <translation>انقل حالات الشحنات إلى طلبات متجر آخر</translation>
    </message>
    <message>
        <source>Store to copy stock from</source>
        <translation>المتجر الذي يُنسخ منه المخزون</translation>
    </message>
    <message>
        <source>Choose a store...</source>
        <translation>اختر متجرًا...</translation>
    </message>
    <message>
        <source>Copy from</source>
        <translation>انسخ من</translation>
    </message>
    <message>
        <source>There is no other store to copy stock from yet.</source>
        <translation>لا يوجد بعد متجر آخر يُنسخ منه المخزون.</translation>
    </message>
    <message>
        <source>Choose the store to copy stock from.</source>
        <translation>اختر المتجر الذي يُنسخ منه المخزون.</translation>
    </message>
</context>
<context>
    <name>StoreStatusModel</name>
    <message>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>آخر تشغيل</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>التشغيل التالي</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>{status} · resumes {countdown}</source>
        <translation>{status} · يُستأنف {countdown}</translation>
    </message>
    <message>
        <source>Waiting in the server&apos;s queue until a worker is free</source>
        <translation>ينتظر في قائمة انتظار الخادم حتى تتفرغ عملية عاملة</translation>
    </message>
    <message>
        <source>Waiting for another run to end: as many runs are in progress as Settings → Sync allows at the same time</source>
        <translation>ينتظر انتهاء تشغيل آخر: عدد عمليات التشغيل الجارية يساوي ما تسمح به الإعدادات ← المزامنة في وقت واحد</translation>
    </message>
    <message>
        <source>{store}: stale data ({reason})</source>
        <translation>{store}: بيانات قديمة ({reason})</translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>أوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>حرّر</translation>
    </message>
    <message>
        <source>Preview push</source>
        <translation>عاين الإرسال</translation>
    </message>
    <message>
        <source>Sync {store} now</source>
        <translation>زامن {store} الآن</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استأنف</translation>
    </message>
    <message>
        <source>Edit {store}</source>
        <translation>حرّر {store}</translation>
    </message>
    <message>
        <source>Preview the push to {store}</source>
        <translation>عاين الإرسال إلى {store}</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>صفِّ حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>صفِّ حسب المنصة</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>زامن المحدد</translation>
    </message>
    <message>
        <source>Pause selected</source>
        <translation>أوقف المحدد مؤقتًا</translation>
    </message>
    <message>
        <source>Resume selected</source>
        <translation>استأنف المحدد</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>اعرض:</translation>
    </message>
    <message>
        <source>Stores and jobs</source>
        <translation>المتاجر والمهام</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Server {address}: {state}</source>
        <translation>الخادم {address}: {state}</translation>
    </message>
    <message>
        <source>Last: {store} {status} {when}</source>
        <translation>الأخير: {store} {status} {when}</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>التالي: {store} {when}</translation>
    </message>
    <message>
        <source>Open StoreSync</source>
        <translation>افتح StoreSync</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>زامن الكل الآن</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>استأنف الكل</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>أوقف الكل مؤقتًا</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming runs</source>
        <translation>عمليات التشغيل القادمة</translation>
    </message>
    <message>
        <source>Paused jobs and jobs without a schedule are not listed.</source>
        <translation>لا تظهر المهام المتوقفة مؤقتًا والمهام التي بلا جدول.</translation>
    </message>
</context>
</TS>
