<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>AgentDialog</name>
    <message>
        <source>Field agent</source>
        <translation>العون الميداني</translation>
    </message>
    <message>
        <source>Your name is recorded with every registration and change made in this session.</source>
        <translation>يسجل اسمك مع كل تسجيل وكل تعديل يتم في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>أدخل اسمك.</translation>
    </message>
    <message>
        <source>Agent &amp;name</source>
        <translation>&amp;اسم العون</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Expected</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>حضر دون تسجيل مسبق</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>غير مطبوعة</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Craft</source>
        <translation>الحرفة</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>لائحة الخطوات</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Questions pending</source>
        <translation>أسئلة ناقصة</translation>
    </message>
    <message>
        <source>Checklist not printed</source>
        <translation>لائحة غير مطبوعة</translation>
    </message>
    <message>
        <source>Expected, not arrived</source>
        <translation>منتظرون لم يحضروا بعد</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <source>Open at the desk</source>
        <translation>فتح في مكتب التسجيل</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>AttendeeFormView</name>
    <message>
        <source>Attendee</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic</source>
        <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>الاسم بالحروف ال&amp;لاتينية</translation>
    </message>
    <message>
        <source>&amp;CIN</source>
        <translation>رقم البطاقة ال&amp;وطنية</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>اله&amp;اتف</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>سنة الا&amp;زدياد</translation>
    </message>
    <message>
        <source>C&amp;raft</source>
        <translation>الح&amp;رفة</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>الإ&amp;قليم</translation>
    </message>
    <message>
        <source>Co&amp;mmune</source>
        <translation>الج&amp;ماعة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>e.g. JA123456</source>
        <translation>مثال: JA123456</translation>
    </message>
    <message>
        <source>e.g. 0612345678</source>
        <translation>مثال: 0612345678</translation>
    </message>
    <message>
        <source>e.g. 1980</source>
        <translation>مثال: 1980</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>The attendee agrees to the processing of these data</source>
        <translation>يوافق المشارك على معالجة هذه المعطيات</translation>
    </message>
    <message>
        <source>Read to the attendee: the chamber keeps these details to follow up your file (crafts register, health insurance); they are not shared for any other purpose.</source>
        <translation>اقرأ على المشارك: تحتفظ الغرفة بهذه المعطيات لتتبع ملفك (السجل الوطني للصناعة التقليدية والتغطية الصحية)، ولا تستعمل لأي غرض آخر.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Search by CIN, phone or name, in Arabic or Latin letters (Ctrl+F)</source>
        <translation>ابحث برقم البطاقة الوطنية أو الهاتف أو الاسم، بالعربية أو بالحروف اللاتينية (Ctrl+F)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation>تسجيل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print checklist (Ctrl+P)</source>
        <translation>طباعة اللائحة (Ctrl+P)</translation>
    </message>
</context>
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
    <name>FileActions</name>
    <message>
        <source>Select the session to import the list into (or create one first).</source>
        <translation>اختر الجلسة التي تستورد إليها اللائحة (أو أنشئ جلسة أولا).</translation>
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
        <translation>جار استيراد %1…</translation>
    </message>
    <message>
        <source>Save the attendee first (Ctrl+S), then print.</source>
        <translation>احفظ المشارك أولا (Ctrl+S)، ثم اطبع.</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>حفظ اللائحة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export attendance sheet</source>
        <translation>تصدير لائحة الحضور</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جار كتابة %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>ملخص الجلسة</translation>
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
        <source>Close session</source>
        <translation>إغلاق الجلسة</translation>
    </message>
    <message>
        <source>Mark this session as closed? Registrations stay; the day is over.</source>
        <translation>هل تريد إغلاق هذه الجلسة؟ تبقى التسجيلات محفوظة، وينتهي اليوم.</translation>
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
    <name>OutcomesView</name>
    <message>
        <source>Checklist preview</source>
        <translation>معاينة لائحة الخطوات</translation>
    </message>
    <message>
        <source>Answer the questions to see the outcomes.</source>
        <translation>أجب عن الأسئلة لتظهر النتائج.</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>قيم محسوبة</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Print the checklist</source>
        <translation>طباعة لائحة الخطوات</translation>
    </message>
    <message>
        <source>The checklist was sent to the printer.</source>
        <translation>أرسلت اللائحة إلى الطابعة.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Preparing the checklists…</source>
        <translation>جار تحضير اللوائح…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was recorded as printed.</source>
        <translation>ألغيت الطباعة، ولم يسجل أي شيء كمطبوع.</translation>
    </message>
    <message>
        <source>%1 checklists printed.</source>
        <translation>طبعت %1 لائحة.</translation>
    </message>
    <message>
        <source>Every checklist of this session is already printed.</source>
        <translation>كل لوائح هذه الجلسة مطبوعة من قبل.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Open a session to see its questions.</source>
        <translation>افتح جلسة لتظهر أسئلتها.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>%1 found. Down arrow to choose, Enter to open or check in.</source>
        <translation>عدد النتائج: %1. السهم السفلي للاختيار، ومفتاح الإدخال للفتح أو لتسجيل الحضور.</translation>
    </message>
    <message>
        <source>Nobody found: Ctrl+N registers a new walk-in.</source>
        <translation>لا أحد: Ctrl+N لتسجيل مشارك جديد.</translation>
    </message>
    <message>
        <source>Not checked in: consent is needed.</source>
        <translation>لم يسجل الحضور: الموافقة ضرورية.</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>سجل حضور %1.</translation>
    </message>
    <message>
        <source>Check in %1?

The attendee agrees that the chamber keeps these details to follow up the file (crafts register, health insurance).</source>
        <translation>تسجيل حضور %1؟

يوافق المشارك على أن تحتفظ الغرفة بهذه المعطيات لتتبع ملفه (السجل الوطني للصناعة التقليدية والتغطية الصحية).</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>تسجيل جديد</translation>
    </message>
    <message>
        <source>New registration from an earlier session</source>
        <translation>تسجيل جديد انطلاقا من جلسة سابقة</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>لم يتم الحفظ: صحح الخانات المشار إليها بالأحمر.</translation>
    </message>
    <message>
        <source>The details were saved, but some answers were refused: correct them.</source>
        <translation>حفظت المعطيات، لكن بعض الأجوبة رفضت: صححها.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Recovered what was being typed before the application stopped. Check and save.</source>
        <translation>استرجعت المعطيات التي كانت تكتب قبل توقف البرنامج. تحقق منها ثم احفظ.</translation>
    </message>
</context>
<context>
    <name>RepeatGroup</name>
    <message>
        <source>Person %1</source>
        <translation>الشخص %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>حذف الشخص %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Registered here</source>
        <translation>مسجل في هذه الجلسة</translation>
    </message>
    <message>
        <source>Pre-registered: Enter to check in</source>
        <translation>مسجل مسبقا: مفتاح الإدخال لتسجيل الحضور</translation>
    </message>
    <message>
        <source>Known from %1, %2</source>
        <translation>معروف من جلسة %1، %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
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
    <name>SessionScreen</name>
    <message>
        <source>Registration desk (Ctrl+D)</source>
        <translation>مكتب التسجيل (Ctrl+D)</translation>
    </message>
    <message>
        <source>Attendance list (Ctrl+L)</source>
        <translation>لائحة الحضور (Ctrl+L)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>العون: %1</translation>
    </message>
    <message>
        <source>Present: %1 · questions pending: %2 · not printed: %3 · expected: %4</source>
        <translation>الحاضرون: %1 · أسئلة ناقصة: %2 · لوائح غير مطبوعة: %3 · منتظرون: %4</translation>
    </message>
    <message>
        <source>Delete attendee</source>
        <translation>حذف المشارك</translation>
    </message>
    <message>
        <source>Delete %1 from this session? This cannot be undone here.</source>
        <translation>حذف %1 من هذه الجلسة؟ لا يمكن التراجع عن ذلك هنا.</translation>
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
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <source>&amp;Attendee</source>
        <translation>ال&amp;مشارك</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>ال&amp;وثائق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ال&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
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
        <source>&amp;Open session</source>
        <translation>&amp;فتح الجلسة</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;تعديل الجلسة…</translation>
    </message>
    <message>
        <source>&amp;Import pre-registration list…</source>
        <translation>&amp;استيراد لائحة التسجيل المسبق…</translation>
    </message>
    <message>
        <source>Mark session &amp;closed</source>
        <translation>إ&amp;غلاق الجلسة</translation>
    </message>
    <message>
        <source>&amp;Back to the session list</source>
        <translation>ال&amp;رجوع إلى لائحة الجلسات</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>ال&amp;بحث عن شخص</translation>
    </message>
    <message>
        <source>&amp;New walk-in</source>
        <translation>تسجيل &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Check in / open the selected person</source>
        <translation>تسجيل ال&amp;حضور / فتح الشخص المختار</translation>
    </message>
    <message>
        <source>&amp;Save attendee and answers</source>
        <translation>&amp;حفظ المشارك وأجوبته</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>&amp;طباعة لائحة الخطوات…</translation>
    </message>
    <message>
        <source>Save checklist as P&amp;DF…</source>
        <translation>حفظ اللائحة كملف PDF…</translation>
    </message>
    <message>
        <source>&amp;Delete attendee…</source>
        <translation>&amp;حذف المشارك…</translation>
    </message>
    <message>
        <source>Print all &amp;unprinted checklists…</source>
        <translation>طباعة كل اللوائح &amp;غير المطبوعة…</translation>
    </message>
    <message>
        <source>&amp;Export attendance sheet (PDF, CSV, XLSX)…</source>
        <translation>&amp;تصدير لائحة الحضور (PDF، CSV، XLSX)…</translation>
    </message>
    <message>
        <source>Session &amp;summary (PDF)…</source>
        <translation>&amp;ملخص الجلسة (PDF)…</translation>
    </message>
    <message>
        <source>Registration &amp;desk</source>
        <translation>&amp;مكتب التسجيل</translation>
    </message>
    <message>
        <source>&amp;Attendance list</source>
        <translation>&amp;لائحة الحضور</translation>
    </message>
    <message>
        <source>&amp;About fieldapp</source>
        <translation>&amp;حول fieldapp</translation>
    </message>
</context>
</TS>
