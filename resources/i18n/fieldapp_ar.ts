<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>The data could not be saved or read:</source>
            <translation>تعذر حفظ المعطيات أو قراءتها:</translation>
        </message>
        <message>
            <source>Something went wrong. Your saved work is safe; the details were written to the log file.</source>
            <translation>حدث خطأ. عملك المحفوظ في أمان، وقد سُجّلت التفاصيل في ملف السجل.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>تقرير الاستيراد</translation>
        </message>
        <message>
            <source>%1: %2 imported, %3 duplicates, %4 rejected rows.</source>
            <translation>%1: تم استيراد %2، و%3 مكررة، و%4 أسطر مرفوضة.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الخانة</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Duplicate: %1</source>
            <translation>مكرر: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>fieldapp — outreach days</source>
            <translation>fieldapp — الأيام التحسيسية</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;الجلسة</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>جلسة &amp;جديدة…</translation>
        </message>
        <message>
            <source>&amp;Edit session…</source>
            <translation>&amp;تعديل الجلسة…</translation>
        </message>
        <message>
            <source>&amp;Import pre-registration list…</source>
            <translation>ا&amp;ستيراد لائحة التسجيل المسبق…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;About fieldapp</source>
            <translation>&amp;حول fieldapp</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>مجلد المعطيات: %1</translation>
        </message>
        <message>
            <source>Select a session first.</source>
            <translation>اختر جلسة أولا.</translation>
        </message>
        <message>
            <source>Select the session to import the list into (or create one first).</source>
            <translation>اختر الجلسة التي ستُستورد إليها اللائحة (أو أنشئ جلسة أولا).</translation>
        </message>
        <message>
            <source>Pre-registration list</source>
            <translation>لائحة التسجيل المسبق</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد %1…</translation>
        </message>
        <message>
            <source>About fieldapp</source>
            <translation>حول fieldapp</translation>
        </message>
        <message>
            <source>fieldapp %1
Offline registration and guidance for crafts outreach days.
Data folder: %2</source>
            <translation>fieldapp %1
تسجيل وتوجيه الصناع التقليديين خلال الأيام التحسيسية، دون اتصال بالإنترنت.
مجلد المعطيات: %2</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Edit session</source>
            <translation>تعديل الجلسة</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>جلسة جديدة</translation>
        </message>
        <message>
            <source>Town where the outreach day is held</source>
            <translation>المدينة التي يُنظَّم فيها اليوم التحسيسي</translation>
        </message>
        <message>
            <source>e.g. Green March hall</source>
            <translation>مثلا: قاعة المسيرة الخضراء</translation>
        </message>
        <message>
            <source>Separate partners with commas</source>
            <translation>افصل بين الشركاء بفواصل</translation>
        </message>
        <message>
            <source>e.g. AMO, national crafts register</source>
            <translation>مثلا: التأمين الإجباري عن المرض، السجل الوطني للصناعة التقليدية</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>ال&amp;مكان</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>ال&amp;تاريخ</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>ال&amp;قاعة</translation>
        </message>
        <message>
            <source>P&amp;rovince</source>
            <translation>الإ&amp;قليم</translation>
        </message>
        <message>
            <source>P&amp;artners</source>
            <translation>ال&amp;شركاء</translation>
        </message>
        <message>
            <source>&amp;Topics</source>
            <translation>ال&amp;مواضيع</translation>
        </message>
        <message>
            <source>&amp;Form</source>
            <translation>الا&amp;ستمارة</translation>
        </message>
    </context>
    <context>
        <name>SessionListView</name>
        <message>
            <source>Outreach sessions on this laptop</source>
            <translation>الجلسات التحسيسية على هذا الحاسوب</translation>
        </message>
        <message>
            <source>No session yet. Create one with “New session” (Ctrl+N), then import the pre-registration list (Ctrl+I).</source>
            <translation>لا توجد أي جلسة بعد. أنشئ جلسة عبر «جلسة جديدة» (Ctrl+N)، ثم استورد لائحة التسجيل المسبق (Ctrl+I).</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>القاعة</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>الإقليم</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>الحاضرون</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
    </context>
</TS>