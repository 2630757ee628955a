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
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>%1: a possible number, but not one the numbering plan assigns: confirm it with the person</source>
        <translation>%1: رقم ممكن لكنه غير مخصص في دليل الأرقام: تأكد منه مع الشخص</translation>
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
    <message>
        <source>Undo check-in</source>
        <translation>إلغاء تسجيل الحضور</translation>
    </message>
    <message>
        <source>The selected person did not come after all: back to expected (recorded)</source>
        <translation>الشخص المحدد لم يحضر في الواقع: يعود إلى قائمة المنتظرين (يُسجَّل ذلك)</translation>
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
    <message>
        <source>A possible number, but not one the plan assigns: confirm it with the person.</source>
        <translation>رقم ممكن لكنه غير مخصص في دليل الأرقام: تأكد منه مع الشخص.</translation>
    </message>
</context>
<context>
    <name>DamagedStartDialog</name>
    <message>
        <source>&amp;Restore the latest backup (%1)</source>
        <translation>&amp;استرجاع آخر نسخة احتياطية (%1)</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the restored one. Records saved after the backup are not in it: enter them again or import them from a bundle.</source>
        <translation>يُحتفظ بالملف التالف بجانب الملف المسترجع. السجلات المحفوظة بعد النسخة الاحتياطية ليست فيها: أدخلها من جديد أو استوردها من حزمة.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <source>Office database</source>
        <translation>قاعدة بيانات المكتب</translation>
    </message>
    <message>
        <source>This PC&apos;s own &amp;file (one clerk)</source>
        <translation>م&amp;لف هذا الحاسوب (موظف واحد)</translation>
    </message>
    <message>
        <source>A Postgre&amp;SQL server (several clerks)</source>
        <translation>خادم Postgre&amp;SQL (عدة موظفين)</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>عنوان قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;عنوان قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>No password in the URL: it goes in the PGPASSFILE file (or .pgpass) of this PC. A new setting takes effect at the next start.</source>
        <translation>لا تضع كلمة المرور في العنوان: مكانها ملف PGPASSFILE (أو .pgpass) على هذا الحاسوب. يسري الإعداد الجديد عند التشغيل المقبل.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <source>Set on this computer by the variable %1, which overrides this setting: %2. To choose here, remove the variable.</source>
        <translation>محدد على هذا الحاسوب بالمتغير ⁦%1⁩ الذي يتقدم على هذا الإعداد: ⁦%2⁩. للاختيار هنا، احذف هذا المتغير.</translation>
    </message>
    <message>
        <source>this PC&apos;s own file</source>
        <translation>ملف هذا الحاسوب</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ ⁦%1⁩…</translation>
    </message>
    <message>
        <source>Connected: %1. The database holds no office registry yet: it is made there when the office opens it.</source>
        <translation>تم الاتصال: ⁦%1⁩. لا تحتوي قاعدة البيانات بعد على سجل المكتب: يُنشأ فيها عندما يفتحها المكتب.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1, %Ln people in the registry.</source>
        <translation>
            <numerusform>تم الاتصال: ⁦%1⁩، لا أحد في السجل بعد.</numerusform>
            <numerusform>تم الاتصال: ⁦%1⁩، شخص واحد في السجل.</numerusform>
            <numerusform>تم الاتصال: ⁦%1⁩، شخصان في السجل.</numerusform>
            <numerusform>تم الاتصال: ⁦%1⁩، %Ln أشخاص في السجل.</numerusform>
            <numerusform>تم الاتصال: ⁦%1⁩، %Ln شخصا في السجل.</numerusform>
            <numerusform>تم الاتصال: ⁦%1⁩، %Ln شخص في السجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: the office registry will be in %1. Close fieldapp and start it again to use it (the office open now keeps its database until then).</source>
        <translation>تم الحفظ: سيكون سجل المكتب في ⁦%1⁩. أغلق fieldapp وشغّله من جديد لاستعماله (يحتفظ المكتب المفتوح الآن بقاعدة بياناته إلى ذلك الحين).</translation>
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
    <name>DuplicateDecisions</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>why (kept with your name)</source>
        <translation>لماذا (يُحفظ مع اسمك)</translation>
    </message>
    <message>
        <source>&amp;Merge into one person</source>
        <translation>&amp;دمج في شخص واحد</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;ليس تكرارا</translation>
    </message>
    <message>
        <source>Merged: one person now.</source>
        <translation>تم الدمج: أصبحوا شخصا واحدا.</translation>
    </message>
    <message>
        <source>Kept apart: this group is not proposed again.</source>
        <translation>أُبقوا منفصلين: لن تُقترح هذه المجموعة مرة أخرى.</translation>
    </message>
    <message>
        <source>Select a registration of the group first.</source>
        <translation>اختر أولا تسجيلا من المجموعة.</translation>
    </message>
    <message>
        <source>Say why first: the reason is kept with your name.</source>
        <translation>اذكر السبب أولا: يُحفظ السبب مع اسمك.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the office</source>
        <translation>ربط الحاسوب بالغرفة</translation>
    </message>
    <message>
        <source>This profile comes from:</source>
        <translation>ملف الإعداد هذا صادر عن:</translation>
    </message>
    <message>
        <source>Compare every group with the fingerprint the office reads out to you (or shows on its screen). Install only if they are all the same.</source>
        <translation>قارن كل مجموعة بالبصمة التي يمليها عليك مكتب الغرفة (أو يعرضها على شاشته). لا تثبّت الملف إلا إذا كانت كل المجموعات متطابقة.</translation>
    </message>
    <message>
        <source>Replace the office this laptop is enrolled with (deliver its bundles first)</source>
        <translation>استبدال الغرفة المرتبط بها هذا الحاسوب (سلّم حزمه أولا)</translation>
    </message>
    <message>
        <source>This laptop is enrolled with another office (%1).</source>
        <translation>هذا الحاسوب مرتبط بغرفة أخرى (%1).</translation>
    </message>
    <message>
        <source>&amp;Install this profile</source>
        <translation>&amp;تثبيت ملف الإعداد هذا</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>جارٍ التثبيت…</translation>
    </message>
    <message>
        <source>Enrolled with %1. Forms installed: %2. Known people: %3.</source>
        <translation>تم الربط بـ %1. الاستمارات المثبتة: %2. الأشخاص المعروفون: %3.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>محو المعطيات الشخصية</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (CIN %2) from the office registry?</source>
        <translation>هل تريد محو المعطيات الشخصية لـ %1 (رقم البطاقة %2) من سجل المكتب؟</translation>
    </message>
    <message>
        <source>Erased from every registration with this CIN: names, CIN, phone, gender, birth year, craft, place, questionnaire answers, follow-up, and the values in the audit trail. Kept: record ids, the sessions attended, when records were made and changed, and which laptop and agent wrote them, so that an older bundle cannot bring the person back. This cannot be undone; delete the person on the laptop that registered them too.</source>
        <translation>تُمحى من كل تسجيل يحمل هذا الرقم: الأسماء ورقم البطاقة والهاتف والجنس وسنة الازدياد والحرفة والمكان وأجوبة الاستمارة والتتبع وقيم سجل التغييرات. يُحتفظ بـ: معرّفات السجلات، والجلسات التي حضرها، ووقت إنشاء السجلات وتعديلها، والحاسوب والعون اللذين كتباها، حتى لا تعيد حزمة أقدم هذا الشخص. لا يمكن التراجع عن ذلك؛ احذف الشخص أيضا من الحاسوب الذي سجله.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export sync bundle</source>
        <translation>تصدير حزمة المزامنة</translation>
    </message>
    <message numerus="yes">
        <source>Everything not yet delivered to the office (%Ln records)</source>
        <translation>
            <numerusform>كل ما لم يُسلَّم بعد إلى الغرفة (%Ln سجل)</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى الغرفة (سجل واحد)</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى الغرفة (سجلان)</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى الغرفة (%Ln سجلات)</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى الغرفة (%Ln سجلا)</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى الغرفة (%Ln سجل)</numerusform>
        </translation>
    </message>
    <message>
        <source>All of one &amp;session:</source>
        <translation>كل معطيات &amp;جلسة واحدة:</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>اختيار م&amp;جلد…</translation>
    </message>
    <message>
        <source>As a &amp;file…</source>
        <translation>ك&amp;ملف…</translation>
    </message>
    <message>
        <source>&amp;Save to (USB stick):</source>
        <translation>&amp;الحفظ في (مفتاح USB):</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a chamber office yet, so a bundle cannot be encrypted. Open Settings (Ctrl+,), choose “Enrol with the office…” and install the profile the office gave you.</source>
        <translation>هذا الحاسوب غير مرتبط بعد بغرفة، لذا لا يمكن تشفير الحزمة. افتح الإعدادات (Ctrl+,)، واختر «الربط بالغرفة…» وثبّت ملف الإعداد الذي سلّمته لك الغرفة.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for: %1</source>
        <translation>تُشفَّر الحزمة لفائدة: %1</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>تمت كتابة الحزمة</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Where to save the bundle</source>
        <translation>مكان حفظ الحزمة</translation>
    </message>
    <message>
        <source>Sync bundle (*.fieldbundle)</source>
        <translation>حزمة مزامنة (*.fieldbundle)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>File: %1
Folder: %2
Bundle number: %3

Records in it:
%4

Encrypted for the office: %5

What to do next:
1. Take the USB stick to the chamber office.
2. The office imports the bundle and gives back a receipt file (%6).
3. Bring the receipt back and choose Sync → Import receipt… so these records are marked delivered. Until then they stay on this laptop as “not yet delivered”.</source>
        <translation>الملف: %1
المجلد: %2
رقم الحزمة: %3

السجلات التي تحتويها:
%4

مشفرة لفائدة الغرفة: %5

الخطوات التالية:
1. احمل مفتاح USB إلى مكتب الغرفة.
2. يستورد المكتب الحزمة ويسلّمك ملف وصل (%6).
3. أرجع الوصل واختر المزامنة ← استيراد وصل… لتُعلَّم هذه السجلات كمسلَّمة. وإلى ذلك الحين تبقى على هذا الحاسوب «غير مسلَّمة بعد».</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>    of whom present: %1 (walk-ins: %2), expected not arrived: %3, absent: %4</source>
        <translation>    منهم الحاضرون: %1 (دون تسجيل مسبق: %2)، المنتظرون الذين لم يحضروا: %3، الغائبون: %4</translation>
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
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Save &amp;follow-up</source>
        <translation>حفظ ال&amp;متابعة</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>اختر شخصا من اللائحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), first %2, last %3 in %4.</source>
        <translation>
            <numerusform>لا جلسة، الأولى %2، والأخيرة %3 في %4.</numerusform>
            <numerusform>جلسة واحدة، بتاريخ %3 في %4.</numerusform>
            <numerusform>جلستان، الأولى %2، والأخيرة %3 في %4.</numerusform>
            <numerusform>%n جلسات، الأولى %2، والأخيرة %3 في %4.</numerusform>
            <numerusform>%n جلسة، الأولى %2، والأخيرة %3 في %4.</numerusform>
            <numerusform>%n جلسة، الأولى %2، والأخيرة %3 في %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has not attended a session yet.</source>
        <translation>لم يحضر أي يوم تحسيسي بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Pre-registered for %n session(s) not attended: to call.</source>
        <translation>
            <numerusform>لم يتغيب عن أي يوم سجل فيه مسبقا.</numerusform>
            <numerusform>سجل مسبقا في يوم واحد ولم يحضره: يجب الاتصال به.</numerusform>
            <numerusform>سجل مسبقا في يومين ولم يحضرهما: يجب الاتصال به.</numerusform>
            <numerusform>سجل مسبقا في %n أيام ولم يحضرها: يجب الاتصال به.</numerusform>
            <numerusform>سجل مسبقا في %n يوما ولم يحضرها: يجب الاتصال به.</numerusform>
            <numerusform>سجل مسبقا في %n يوم ولم يحضرها: يجب الاتصال به.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sync bundles</source>
        <translation>استيراد حزم المزامنة</translation>
    </message>
    <message>
        <source>Add the bundle files from the USB stick, or drop them on this window.</source>
        <translation>أضف ملفات الحزم من مفتاح USB، أو اسحبها وأفلتها على هذه النافذة.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف من اللائحة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Sync bundles</source>
        <translation>حزم المزامنة</translation>
    </message>
    <message>
        <source>Sync bundles (*%1);;All files (*)</source>
        <translation>حزم المزامنة (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>الملف %1 من %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1: %2، %3، %4، %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln مستورَد</numerusform>
            <numerusform>مستورَد واحد</numerusform>
            <numerusform>مستورَدان</numerusform>
            <numerusform>%Ln مستورَدين</numerusform>
            <numerusform>%Ln مستورَدا</numerusform>
            <numerusform>%Ln مستورَد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln مكرر</numerusform>
            <numerusform>مكرر واحد</numerusform>
            <numerusform>مكرران</numerusform>
            <numerusform>%Ln مكررات</numerusform>
            <numerusform>%Ln مكررا</numerusform>
            <numerusform>%Ln مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected rows</source>
        <translation>
            <numerusform>%Ln سطر مرفوض</numerusform>
            <numerusform>سطر واحد مرفوض</numerusform>
            <numerusform>سطران مرفوضان</numerusform>
            <numerusform>%Ln أسطر مرفوضة</numerusform>
            <numerusform>%Ln سطرا مرفوضا</numerusform>
            <numerusform>%Ln سطر مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln تنبيه</numerusform>
            <numerusform>تنبيه واحد</numerusform>
            <numerusform>تنبيهان</numerusform>
            <numerusform>%Ln تنبيهات</numerusform>
            <numerusform>%Ln تنبيها</numerusform>
            <numerusform>%Ln تنبيه</numerusform>
        </translation>
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
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Imported, to check: %1</source>
        <translation>مستورد، للتحقق: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>&amp;Save rows to correct…</source>
        <translation>&amp;حفظ الأسطر المراد تصحيحها…</translation>
    </message>
    <message>
        <source>Save the refused and warned rows as a CSV file, with a &apos;problem&apos; column: correct them in a spreadsheet, then import the file again.</source>
        <translation>احفظ الأسطر المرفوضة والمنبَّه عليها في ملف CSV مع عمود «problem»: صححها في جدول بيانات ثم استورد الملف من جديد.</translation>
    </message>
    <message>
        <source>Save rows to correct</source>
        <translation>حفظ الأسطر المراد تصحيحها</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>تعذرت كتابة الملف (%1). اختر مجلدا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows saved to %1. Correct them, then import this file again.</source>
        <translation>
            <numerusform>حُفظ %Ln سطر في %1. صححها ثم استورد هذا الملف من جديد.</numerusform>
            <numerusform>حُفظ سطر واحد في %1. صححه ثم استورد هذا الملف من جديد.</numerusform>
            <numerusform>حُفظ سطران في %1. صححهما ثم استورد هذا الملف من جديد.</numerusform>
            <numerusform>حُفظت %Ln أسطر في %1. صححها ثم استورد هذا الملف من جديد.</numerusform>
            <numerusform>حُفظ %Ln سطرا في %1. صححها ثم استورد هذا الملف من جديد.</numerusform>
            <numerusform>حُفظ %Ln سطر في %1. صححها ثم استورد هذا الملف من جديد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محيَّن</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged records; %4 conflicts and %5 possible duplicates to review; %6 files refused.</source>
        <translation>السجلات: %1 جديد، %2 محيَّن، %3 دون تغيير؛ للمراجعة: %4 تعارض و%5 تكرار محتمل؛ الملفات المرفوضة: %6.</translation>
    </message>
    <message>
        <source>Refused: laptop %1 is not trusted by this office (fingerprint %2). Compare the fingerprint with the laptop&apos;s, then press “Trust this laptop and import again” below.</source>
        <translation>رُفض: الحاسوب %1 غير موثوق لدى المكتب (البصمة %2). قارن البصمة مع ما يظهره الحاسوب، ثم اضغط «الوثوق بهذا الحاسوب وإعادة الاستيراد» أسفله.</translation>
    </message>
    <message>
        <source>Receipt for the laptop: %1</source>
        <translation>وصل الحاسوب: %1</translation>
    </message>
    <message>
        <source>Unknown laptop: %1</source>
        <translation>حاسوب غير معروف: %1</translation>
    </message>
    <message>
        <source>This bundle claims to come from a laptop this office trusts, but it is signed with another key. It was refused; do not trust it.</source>
        <translation>تدّعي هذه الحزمة أنها صادرة عن حاسوب تثق به الغرفة، لكنها موقعة بمفتاح آخر. لقد رُفضت؛ لا تثق بها.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the laptop shows (Settings, “This laptop&apos;s key fingerprint”). Trust it only if every group is the same.</source>
        <translation>قارن هذه البصمة بالتي يعرضها الحاسوب (الإعدادات، «بصمة مفتاح هذا الحاسوب»). لا تثق به إلا إذا كانت كل المجموعات متطابقة.</translation>
    </message>
    <message>
        <source>&amp;Trust this laptop and import again</source>
        <translation>ال&amp;وثوق بهذا الحاسوب وإعادة الاستيراد</translation>
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
    <message>
        <source>fieldapp — office registry</source>
        <translation>fieldapp — سجل الغرفة</translation>
    </message>
</context>
<context>
    <name>MoveConfirmation</name>
    <message>
        <source>Move the registry</source>
        <translation>نقل السجل</translation>
    </message>
    <message>
        <source>Copy this office&apos;s registry to %1 and use it from now on?</source>
        <translation>نسخ سجل هذا المكتب إلى %1 واستعماله من الآن؟</translation>
    </message>
    <message>
        <source>Every table is copied and checked (row counts and content). The office file on this computer is left as it is. The database must be empty. Other clerks&apos; computers then use the same server; restart fieldapp after the move.</source>
        <translation>يُنسخ كل جدول ويُتحقّق منه (عدد الأسطر والمحتوى). يبقى ملف المكتب على هذا الحاسوب كما هو. يجب أن تكون قاعدة البيانات فارغة. ثم تستعمل حواسيب الموظفين الآخرين الخادم نفسه؛ أعد تشغيل fieldapp بعد النقل.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;نقل</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the registry to a PostgreSQL server</source>
        <translation>نقل السجل إلى خادم PostgreSQL</translation>
    </message>
    <message>
        <source>For several clerks at once: chamber IT creates an empty PostgreSQL database and gives you its address (the password goes in the PGPASSFILE file, never in the address). See the office guide, “PostgreSQL”.</source>
        <translation>لعدة موظفين في آن واحد: تُنشئ مصلحة المعلوميات بالغرفة قاعدة بيانات PostgreSQL فارغة وتعطيك عنوانها (توضع كلمة المرور في ملف PGPASSFILE، وليس في العنوان أبدًا). انظر دليل المكتب، «PostgreSQL».</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;نقل…</translation>
    </message>
    <message>
        <source>Copying and checking…</source>
        <translation>جارٍ النسخ والتحقق…</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables copied and checked; the office file was left untouched. The office now uses %3: restart fieldapp.</source>
        <translation>نُسخ %1 سطرًا من %2 جدولًا وتُحقّق منها؛ بقي ملف المكتب كما هو. يستعمل المكتب الآن %3: أعد تشغيل fieldapp.</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>Export the list</source>
        <translation>تصدير اللائحة</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1</source>
        <translation>
            <numerusform>لم يكتب أي شخص في %1</numerusform>
            <numerusform>كتب شخص واحد في %1</numerusform>
            <numerusform>كتب شخصان في %1</numerusform>
            <numerusform>كتب %n أشخاص في %1</numerusform>
            <numerusform>كتب %n شخصا في %1</numerusform>
            <numerusform>كتب %n شخص في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>تم حفظ المتابعة.</translation>
    </message>
</context>
<context>
    <name>OfficeTexts</name>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Told to register in the RNA, not yet registered</source>
        <translation>وُجِّه للتسجيل في السجل الوطني للصناعة التقليدية ولم يسجل بعد</translation>
    </message>
    <message>
        <source>Told to enrol in AMO, not yet enrolled</source>
        <translation>وُجِّه للانخراط في التأمين الإجباري عن المرض ولم ينخرط بعد</translation>
    </message>
    <message>
        <source>Follow-up open</source>
        <translation>متابعة مفتوحة</translation>
    </message>
    <message>
        <source>Returning (two sessions or more)</source>
        <translation>عائدون (جلستان أو أكثر)</translation>
    </message>
    <message>
        <source>Without a CIN</source>
        <translation>بدون رقم بطاقة وطنية</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>المسجلون</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <source>Printed checklists</source>
        <translation>اللوائح المطبوعة</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>سجل التعديلات</translation>
    </message>
    <message>
        <source>Decrypting and verifying</source>
        <translation>فك التشفير والتحقق</translation>
    </message>
    <message>
        <source>Checking laptop, forms and records</source>
        <translation>التحقق من الحاسوب والاستمارات والسجلات</translation>
    </message>
    <message>
        <source>Merging into the registry</source>
        <translation>الدمج في السجل</translation>
    </message>
    <message>
        <source>Writing the receipt</source>
        <translation>كتابة الوصل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Already imported, nothing changed</source>
        <translation>سبق استيراده، لم يتغير شيء</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a chamber office yet. Open Settings (Ctrl+,) and choose “Enrol with the office…” with the profile the office gave you.</source>
        <translation>هذا الحاسوب غير مرتبط بعد بغرفة. افتح الإعدادات (Ctrl+,) واختر «الربط بالغرفة…» مع ملف الإعداد الذي سلّمته لك الغرفة.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>مرفوض:</translation>
    </message>
    <message>
        <source>The file could not be read or written:</source>
        <translation>تعذرت قراءة الملف أو كتابته:</translation>
    </message>
    <message>
        <source>Pre-registered, did not come (to call)</source>
        <translation>مسجلون مسبقا لم يحضروا (للاتصال بهم)</translation>
    </message>
</context>
<context>
    <name>OfficeView</name>
    <message>
        <source>Erase this person&apos;s personal data…</source>
        <translation>محو المعطيات الشخصية لهذا الشخص…</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased from %Ln registration(s).</source>
        <translation>
            <numerusform>لم تُمح المعطيات الشخصية من أي تسجيل.</numerusform>
            <numerusform>مُحيت المعطيات الشخصية من تسجيل واحد.</numerusform>
            <numerusform>مُحيت المعطيات الشخصية من تسجيلين.</numerusform>
            <numerusform>مُحيت المعطيات الشخصية من %Ln تسجيلات.</numerusform>
            <numerusform>مُحيت المعطيات الشخصية من %Ln تسجيلا.</numerusform>
            <numerusform>مُحيت المعطيات الشخصية من %Ln تسجيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الازدياد</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Registry of people (all laptops, all sessions)</source>
        <translation>سجل الأشخاص (كل الحواسيب، كل الجلسات)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>ا&amp;ستيراد الحزم…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>E&amp;xport this list (CSV, XLSX)…</source>
        <translation>&amp;تصدير هذه اللائحة (CSV، XLSX)…</translation>
    </message>
    <message>
        <source>People (Ctrl+1)</source>
        <translation>الأشخاص (Ctrl+1)</translation>
    </message>
    <message>
        <source>Possible duplicates (Ctrl+2)</source>
        <translation>تكرارات محتملة (Ctrl+2)</translation>
    </message>
    <message>
        <source>Registrations of different people whose names look alike (in Arabic or Latin letters) with the same birth year or phone. Review them: merge them into one person, or mark them as not a duplicate. Nothing is merged automatically.</source>
        <translation>تسجيلات لأشخاص مختلفين تتشابه أسماؤهم (بالحروف العربية أو اللاتينية) ولهم نفس سنة الازدياد أو الهاتف. راجعها: ادمجها في شخص واحد أو علّمها بأنها ليست تكرارا. لا يُدمج شيء تلقائيا.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates: %1 (Ctrl+2)</source>
        <translation>تكرارات محتملة: %1 (Ctrl+2)</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Office keys passphrase</source>
        <translation>عبارة مرور مفاتيح المكتب</translation>
    </message>
    <message>
        <source>Protect the office keys</source>
        <translation>حماية مفاتيح المكتب</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أ&amp;عد كتابتها:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Protect the keys</source>
        <translation>ا&amp;حمِ المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;غيّر</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقا</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>The office keys are protected by a passphrase. Type it to import bundles and to sign receipts and profiles; it is asked once per session.</source>
        <translation>مفاتيح المكتب محمية بعبارة مرور. اكتبها لاستيراد الحزم ولتوقيع الإيصالات وملفات التعريف؛ تُطلب مرة واحدة في كل جلسة.</translation>
    </message>
    <message numerus="yes">
        <source>The office keys on this computer have no passphrase: anyone who copies the office folder can read every bundle. Choose a passphrase of at least %n characters; it will be asked when the office app starts or an import begins. Keep it safe: without it no bundle can be read.</source>
        <translation>
            <numerusform>مفاتيح المكتب على هذا الحاسوب بلا عبارة مرور: من ينسخ مجلد المكتب يستطيع قراءة كل الحزم. اختر عبارة مرور من %n حرف على الأقل؛ ستُطلب عند فتح برنامج المكتب أو عند بدء استيراد. احفظها في مكان آمن: بدونها لا تُقرأ أي حزمة.</numerusform>
            <numerusform>مفاتيح المكتب على هذا الحاسوب بلا عبارة مرور: من ينسخ مجلد المكتب يستطيع قراءة كل الحزم. اختر عبارة مرور من حرف واحد على الأقل؛ ستُطلب عند فتح برنامج المكتب أو عند بدء استيراد. احفظها في مكان آمن: بدونها لا تُقرأ أي حزمة.</numerusform>
            <numerusform>مفاتيح المكتب على هذا الحاسوب بلا عبارة مرور: من ينسخ مجلد المكتب يستطيع قراءة كل الحزم. اختر عبارة مرور من حرفين على الأقل؛ ستُطلب عند فتح برنامج المكتب أو عند بدء استيراد. احفظها في مكان آمن: بدونها لا تُقرأ أي حزمة.</numerusform>
            <numerusform>مفاتيح المكتب على هذا الحاسوب بلا عبارة مرور: من ينسخ مجلد المكتب يستطيع قراءة كل الحزم. اختر عبارة مرور من %n أحرف على الأقل؛ ستُطلب عند فتح برنامج المكتب أو عند بدء استيراد. احفظها في مكان آمن: بدونها لا تُقرأ أي حزمة.</numerusform>
            <numerusform>مفاتيح المكتب على هذا الحاسوب بلا عبارة مرور: من ينسخ مجلد المكتب يستطيع قراءة كل الحزم. اختر عبارة مرور من %n حرفا على الأقل؛ ستُطلب عند فتح برنامج المكتب أو عند بدء استيراد. احفظها في مكان آمن: بدونها لا تُقرأ أي حزمة.</numerusform>
            <numerusform>مفاتيح المكتب على هذا الحاسوب بلا عبارة مرور: من ينسخ مجلد المكتب يستطيع قراءة كل الحزم. اختر عبارة مرور من %n حرف على الأقل؛ ستُطلب عند فتح برنامج المكتب أو عند بدء استيراد. احفظها في مكان آمن: بدونها لا تُقرأ أي حزمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice. The keys stay the same: the laptops need no new enrolment.</source>
        <translation>اكتب عبارة المرور الحالية، ثم الجديدة مرتين. المفاتيح نفسها لا تتغير: الحواسيب لا تحتاج إلى تسجيل جديد.</translation>
    </message>
    <message>
        <source>Opening the keys… (a few seconds)</source>
        <translation>فتح المفاتيح… (بضع ثوان)</translation>
    </message>
    <message>
        <source>Encrypting the keys… (a few seconds)</source>
        <translation>تشفير المفاتيح… (بضع ثوان)</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <source>Not yet delivered</source>
        <translation>غير مسلَّم بعد</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Attendees not delivered</source>
        <translation>الحاضرون غير المسلَّمين</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>استيراد &amp;وصل…</translation>
    </message>
    <message>
        <source>Sessions with attendees not yet delivered:</source>
        <translation>الجلسات التي لم يُسلَّم بعد بعض حاضريها:</translation>
    </message>
    <message>
        <source>Enrolled with: %1</source>
        <translation>مرتبط بـ: %1</translation>
    </message>
    <message>
        <source>Not enrolled with a chamber office yet (Settings, Ctrl+,).</source>
        <translation>غير مرتبط بغرفة بعد (الإعدادات، Ctrl+,).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records are not yet delivered to the office.</source>
        <translation>
            <numerusform>لم يُسلَّم بعد إلى الغرفة: %Ln سجل.</numerusform>
            <numerusform>لم يُسلَّم بعد إلى الغرفة: سجل واحد.</numerusform>
            <numerusform>لم يُسلَّم بعد إلى الغرفة: سجلان.</numerusform>
            <numerusform>لم يُسلَّم بعد إلى الغرفة: %Ln سجلات.</numerusform>
            <numerusform>لم يُسلَّم بعد إلى الغرفة: %Ln سجلا.</numerusform>
            <numerusform>لم يُسلَّم بعد إلى الغرفة: %Ln سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything has been delivered to the office.</source>
        <translation>تم تسليم كل شيء إلى الغرفة.</translation>
    </message>
    <message>
        <source>Last bundle: number %1, written %2.</source>
        <translation>آخر حزمة: رقم %1، كُتبت في %2.</translation>
    </message>
    <message>
        <source>No bundle exported yet.</source>
        <translation>لم تُصدَّر أي حزمة بعد.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>آخر جلسة</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>التوجيهات</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Print the checklist</source>
        <translation>طباعة لائحة الخطوات</translation>
    </message>
    <message>
        <source>The checklist was printed to %1.</source>
        <translation>طبعت الاستمارة في الملف %1.</translation>
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
    <message numerus="yes">
        <source>%n checklist(s) printed.</source>
        <translation>
            <numerusform>لم تطبع أي استمارة.</numerusform>
            <numerusform>طبعت استمارة واحدة.</numerusform>
            <numerusform>طبعت استمارتان.</numerusform>
            <numerusform>طبعت %n استمارات.</numerusform>
            <numerusform>طبعت %n استمارة.</numerusform>
            <numerusform>طبعت %n استمارة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed, questionnaire not complete: %1</source>
        <translation>لم تطبع، الاستمارة غير مكتملة: %1</translation>
    </message>
    <message>
        <source>Every checklist of this session is already printed.</source>
        <translation>كل لوائح هذه الجلسة مطبوعة من قبل.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Write deployment profile</source>
        <translation>كتابة ملف الإعداد</translation>
    </message>
    <message>
        <source>Include the registry snapshot</source>
        <translation>تضمين نسخة من السجل</translation>
    </message>
    <message>
        <source>The snapshot lets a laptop recognise a returning artisan by CIN. It holds no names, phone numbers or CIN in clear, only keyed hashes; still, delete the profile from the stick after enrolment.</source>
        <translation>تمكّن هذه النسخة الحاسوب من التعرف على الصانع العائد برقم بطاقته. لا تحتوي على أسماء ولا أرقام هاتف ولا أرقام بطاقات بشكل واضح، بل على بصمات مشفرة فقط؛ ومع ذلك احذف الملف من المفتاح بعد الربط.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفح…</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;اسم الغرفة:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Write profile</source>
        <translation>&amp;كتابة ملف الإعداد</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>ملف الإعداد</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>ملف الإعداد (*.json)</translation>
    </message>
    <message>
        <source>Give the office name and the file to write.</source>
        <translation>أدخل اسم الغرفة والملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <source>Profile written to %1.
Fingerprint: %2
Forms: %3. Known people: %4.
On each laptop: Settings → Enrol with the office, and compare the fingerprint.</source>
        <translation>كُتب ملف الإعداد في %1.
البصمة: %2
الاستمارات: %3. الأشخاص المعروفون: %4.
على كل حاسوب: الإعدادات ← الربط بالغرفة، ثم قارن البصمة.</translation>
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
    <message numerus="yes">
        <source>%n found. Down arrow to choose, Enter to open or check in.</source>
        <translation>
            <numerusform>لا نتيجة. السهم السفلي للاختيار، ومفتاح الإدخال للفتح أو لتسجيل الحضور.</numerusform>
            <numerusform>نتيجة واحدة. السهم السفلي للاختيار، ومفتاح الإدخال للفتح أو لتسجيل الحضور.</numerusform>
            <numerusform>نتيجتان. السهم السفلي للاختيار، ومفتاح الإدخال للفتح أو لتسجيل الحضور.</numerusform>
            <numerusform>%n نتائج. السهم السفلي للاختيار، ومفتاح الإدخال للفتح أو لتسجيل الحضور.</numerusform>
            <numerusform>%n نتيجة. السهم السفلي للاختيار، ومفتاح الإدخال للفتح أو لتسجيل الحضور.</numerusform>
            <numerusform>%n نتيجة. السهم السفلي للاختيار، ومفتاح الإدخال للفتح أو لتسجيل الحضور.</numerusform>
        </translation>
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
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>What was typed for this person is not saved. Drop it and go on?</source>
        <translation>ما كُتب عن هذا الشخص غير محفوظ. هل تتخلى عنه وتتابع؟</translation>
    </message>
    <message>
        <source>New registration from an earlier session</source>
        <translation>تسجيل جديد انطلاقا من جلسة سابقة</translation>
    </message>
    <message>
        <source>Registered here as %1: F2 opens them.</source>
        <translation>مسجل هنا باسم %1: اضغط F2 لفتحه.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>لم يتم الحفظ: صحح الخانات المشار إليها بالأحمر.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Already known with this CIN: %1. F2 opens them.</source>
        <translation>شخص معروف بهذا الرقم: %1. اضغط F2 لفتحه.</translation>
    </message>
    <message numerus="yes">
        <source>Known to the office: %n session(s), the last in %1 on %2.</source>
        <translation>
            <numerusform>معروف لدى المكتب: لا جلسة، آخرها في %1 بتاريخ %2.</numerusform>
            <numerusform>معروف لدى المكتب: جلسة واحدة، آخرها في %1 بتاريخ %2.</numerusform>
            <numerusform>معروف لدى المكتب: جلستان، آخرهما في %1 بتاريخ %2.</numerusform>
            <numerusform>معروف لدى المكتب: %n جلسات، آخرها في %1 بتاريخ %2.</numerusform>
            <numerusform>معروف لدى المكتب: %n جلسة، آخرها في %1 بتاريخ %2.</numerusform>
            <numerusform>معروف لدى المكتب: %n جلسة، آخرها في %1 بتاريخ %2.</numerusform>
        </translation>
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
    <message>
        <source>Type the date as 01/08/2025, 1-8-2025 or 2025-08-01, or pick it (Alt+Down).</source>
        <translation>اكتب التاريخ هكذا 01/08/2025 أو 1-8-2025 أو 2025-08-01، أو اختره من التقويم (Alt+السهم السفلي).</translation>
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
        <source>Imported from a laptop: read-only at the office.</source>
        <translation>مستوردة من حاسوب ميداني: للاطلاع فقط في المكتب.</translation>
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
        <translation>المسجلون</translation>
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
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المنتظرون</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>حضور مباشر</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This computer is</source>
        <translation>هذا الحاسوب هو</translation>
    </message>
    <message>
        <source>A field &amp;laptop: registers attendees, exports bundles</source>
        <translation>حاسوب &amp;ميداني: يسجل الحاضرين ويصدّر الحزم</translation>
    </message>
    <message>
        <source>The chamber &amp;office: imports bundles, keeps the registry</source>
        <translation>مك&amp;تب الغرفة: يستورد الحزم ويمسك السجل</translation>
    </message>
    <message>
        <source>Enrolment with the chamber office</source>
        <translation>الربط بالغرفة</translation>
    </message>
    <message>
        <source>&amp;Enrol with the office…</source>
        <translation>ال&amp;ربط بالغرفة…</translation>
    </message>
    <message>
        <source>This laptop&apos;s key fingerprint (the office checks it):</source>
        <translation>بصمة مفتاح هذا الحاسوب (تتحقق منها الغرفة):</translation>
    </message>
    <message>
        <source>Office identity</source>
        <translation>هوية الغرفة</translation>
    </message>
    <message>
        <source>&amp;Create the office identity</source>
        <translation>إ&amp;نشاء هوية الغرفة</translation>
    </message>
    <message>
        <source>&amp;Write deployment profile…</source>
        <translation>&amp;كتابة ملف الإعداد…</translation>
    </message>
    <message>
        <source>&amp;Move the registry to a PostgreSQL server…</source>
        <translation>نقل ال&amp;سجل إلى خادم PostgreSQL…</translation>
    </message>
    <message>
        <source>Enrolled with: %1</source>
        <translation>مرتبط بـ: %1</translation>
    </message>
    <message>
        <source>Not enrolled yet: bundles cannot be exported until this laptop is enrolled.</source>
        <translation>غير مرتبط بعد: لا يمكن تصدير الحزم قبل ربط هذا الحاسوب بالغرفة.</translation>
    </message>
    <message>
        <source>This computer has no office keys yet. Create them once, on the office computer.</source>
        <translation>لا يتوفر هذا الحاسوب على مفاتيح الغرفة بعد. أنشئها مرة واحدة، على حاسوب مكتب الغرفة.</translation>
    </message>
    <message>
        <source>Office fingerprint (read it out to the laptops). Keys in %1: back this folder up.</source>
        <translation>بصمة الغرفة (أمْلِها على الحواسيب). المفاتيح في %1: احتفظ بنسخة احتياطية من هذا المجلد.</translation>
    </message>
    <message>
        <source>C&amp;hange the keys&apos; passphrase…</source>
        <translation>&amp;غيّر عبارة مرور المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;Protect the keys with a passphrase…</source>
        <translation>ا&amp;حمِ المفاتيح بعبارة مرور…</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>ملف الإعداد</translation>
    </message>
    <message>
        <source>Profile (*.json);;All files (*)</source>
        <translation>ملف الإعداد (*.json);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>SplitButton</name>
    <message>
        <source>S&amp;plit this person…</source>
        <translation>&amp;فصل هذا الشخص…</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split a person</source>
        <translation>فصل شخص</translation>
    </message>
    <message>
        <source>Tick the registrations that are another person (for example a relative who used the same CIN).</source>
        <translation>ضع علامة على التسجيلات التي تخص شخصا آخر (مثلا قريب استعمل نفس رقم البطاقة الوطنية).</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;فصل</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Receipt from the office</source>
        <translation>وصل من الغرفة</translation>
    </message>
    <message>
        <source>Receipts (*.receipt.json *.json);;All files (*)</source>
        <translation>الوصولات (*.receipt.json *.json);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Receipt for bundle %1: %Ln records marked delivered.</source>
        <translation>
            <numerusform>وصل الحزمة %1: عُلِّم %Ln سجل كمسلَّم.</numerusform>
            <numerusform>وصل الحزمة %1: عُلِّم سجل واحد كمسلَّم.</numerusform>
            <numerusform>وصل الحزمة %1: عُلِّم سجلان كمسلَّم.</numerusform>
            <numerusform>وصل الحزمة %1: عُلِّم %Ln سجلات كمسلَّم.</numerusform>
            <numerusform>وصل الحزمة %1: عُلِّم %Ln سجلا كمسلَّم.</numerusform>
            <numerusform>وصل الحزمة %1: عُلِّم %Ln سجل كمسلَّم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records were changed after the export: they stay pending and go in the next bundle.</source>
        <translation>
            <numerusform>عُدِّل %Ln سجل بعد التصدير: تبقى في الانتظار وتُضمَّن في الحزمة القادمة.</numerusform>
            <numerusform>عُدِّل سجل واحد بعد التصدير: تبقى في الانتظار وتُضمَّن في الحزمة القادمة.</numerusform>
            <numerusform>عُدِّل سجلان بعد التصدير: تبقى في الانتظار وتُضمَّن في الحزمة القادمة.</numerusform>
            <numerusform>عُدِّل %Ln سجلات بعد التصدير: تبقى في الانتظار وتُضمَّن في الحزمة القادمة.</numerusform>
            <numerusform>عُدِّل %Ln سجلا بعد التصدير: تبقى في الانتظار وتُضمَّن في الحزمة القادمة.</numerusform>
            <numerusform>عُدِّل %Ln سجل بعد التصدير: تبقى في الانتظار وتُضمَّن في الحزمة القادمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still not delivered: %Ln records.</source>
        <translation>
            <numerusform>لم يُسلَّم بعد: %Ln سجل.</numerusform>
            <numerusform>لم يُسلَّم بعد: سجل واحد.</numerusform>
            <numerusform>لم يُسلَّم بعد: سجلان.</numerusform>
            <numerusform>لم يُسلَّم بعد: %Ln سجلات.</numerusform>
            <numerusform>لم يُسلَّم بعد: %Ln سجلا.</numerusform>
            <numerusform>لم يُسلَّم بعد: %Ln سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>(This receipt had been imported before.)</source>
        <translation>(سبق استيراد هذا الوصل.)</translation>
    </message>
    <message>
        <source>Everything has been delivered to the office.</source>
        <translation>تم تسليم كل شيء إلى الغرفة.</translation>
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
        <source>S&amp;ync</source>
        <translation>ال&amp;مزامنة</translation>
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
        <source>Field &amp;sessions</source>
        <translation>ال&amp;جلسات الميدانية</translation>
    </message>
    <message>
        <source>&amp;Office registry</source>
        <translation>&amp;سجل الغرفة</translation>
    </message>
    <message>
        <source>&amp;Export sync bundle…</source>
        <translation>&amp;تصدير حزمة المزامنة…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>استيراد &amp;وصل…</translation>
    </message>
    <message>
        <source>&amp;Not yet delivered…</source>
        <translation>&amp;غير المسلَّم بعد…</translation>
    </message>
    <message>
        <source>&amp;Import bundles (office)…</source>
        <translation>ا&amp;ستيراد الحزم (الغرفة)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;About fieldapp</source>
        <translation>&amp;حول fieldapp</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <source>Office registry: PostgreSQL database %1</source>
        <translation>سجل الغرفة: قاعدة بيانات PostgreSQL %1</translation>
    </message>
    <message>
        <source>Office registry: SQLite file %1</source>
        <translation>سجل الغرفة: ملف SQLite %1</translation>
    </message>
</context>
</TS>
