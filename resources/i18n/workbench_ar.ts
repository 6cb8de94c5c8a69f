<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_IQ">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../workbench/views/main_window.py" line="112" />
      <source>&lt;b&gt;Programme workbench&lt;/b&gt;&lt;br&gt;version %1</source>
      <translation>&lt;b&gt;منصة عمل البرامج&lt;/b&gt;&lt;br&gt;الإصدار %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="106" />
      <source>About the programme workbench</source>
      <translation>حول منصة عمل البرامج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="121" />
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="123" />
      <source>Log file</source>
      <translation>ملف السجل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="125" />
      <source>Projects, displacement sites, households, livelihood grants and infrastructure works of a country office, on this computer or the office's server.</source>
      <translation>مشاريع المكتب القُطري ومواقع النزوح والأسر ومنح سبل العيش وأعمال البنية التحتية، على هذا الحاسوب أو على خادم المكتب.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="122" />
      <source>Signed in as</source>
      <translation>المستخدم الحالي</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="57" />
      <source>%1 saved %2 on %3 while you were editing it.</source>
      <translation>حفظ %1 السجل %2 في %3 بينما كنت تعدّله.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="60" />
      <source>%1 saved %2 while you were editing it.</source>
      <translation>حفظ %1 السجل %2 بينما كنت تعدّله.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="82" />
      <source>(empty)</source>
      <translation>(فارغ)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="128" />
      <source>Choose a version of every field marked ⚠ first</source>
      <translation>اختر أولاً نسخة لكل حقل عليه العلامة ⚠</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="61" />
      <source>Choose, for each field, the version to keep. A field only one of you changed keeps that change unless you choose otherwise; fields marked ⚠ were changed by both of you.</source>
      <translation>اختر لكل حقل النسخة التي تريد الاحتفاظ بها. الحقل الذي غيّره أحدكما فقط يحتفظ بذلك التغيير ما لم تختر غير ذلك؛ الحقول التي عليها العلامة ⚠ غيّرها كلاكما.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="69" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="100" />
      <source>Keep all mine</source>
      <translation>الاحتفاظ بكل ما كتبته</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="101" />
      <source>Keep all theirs</source>
      <translation>الاحتفاظ بكل ما حفظه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="104" />
      <source>Save these</source>
      <translation>حفظ هذا الاختيار</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="71" />
      <source>Saved by %1</source>
      <translation>حفظه %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="48" />
      <source>Saved meanwhile by someone else</source>
      <translation>حفظه شخص آخر في هذه الأثناء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="70" />
      <source>Your version</source>
      <translation>نسختك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="54" />
      <source>another user</source>
      <translation>مستخدم آخر</translation>
    </message>
  </context>
  <context>
    <name>DashboardScreen</name>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="356" />
      <source>"To" is before "From": no day can fall in that period.</source>
      <translation>«إلى» قبل «من»: لا يمكن أن يقع أي يوم في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="466" />
      <source>%1 to %2</source>
      <translation>من %1 إلى %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="353" />
      <source>A date is written YYYY-MM-DD, as 2024-03-31.</source>
      <translation>يُكتب التاريخ بالشكل YYYY-MM-DD، مثل 2024-03-31.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="249" />
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="250" />
      <source>Average progress</source>
      <translation>متوسط الإنجاز</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="171" />
      <source>Dashboard</source>
      <translation>لوحة المعلومات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="405" />
      <source>Demo data not loaded</source>
      <translation>لم تُحمَّل البيانات التجريبية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="252" />
      <source>Double-click a row, or press Enter, to see its grants</source>
      <translation>انقر نقرًا مزدوجًا على صف، أو اضغط Enter، لعرض منحه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="253" />
      <source>Double-click a row, or press Enter, to see its works</source>
      <translation>انقر نقرًا مزدوجًا على صف، أو اضغط Enter، لعرض أعماله</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="382" />
      <source>Fill this database with the demo data: a made-up country office with 8 projects, about 10,000 households, 1,000 livelihood grants and 60 infrastructure works?

It is meant for looking around and training; keep your office's real records in another database.</source>
      <translation>هل تريد ملء قاعدة البيانات هذه بالبيانات التجريبية: مكتب قُطري افتراضي فيه 8 مشاريع ونحو 10,000 أسرة و1,000 منحة لسبل العيش و60 عملاً من أعمال البنية التحتية؟

هذه البيانات مخصصة للاستكشاف والتدريب؛ احفظ السجلات الفعلية لمكتبك في قاعدة بيانات أخرى.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="186" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="472" />
      <source>From the dashboard: %1</source>
      <translation>من لوحة المعلومات: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="248" />
      <source>Grants</source>
      <translation>المنح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="579" />
      <source>Grants (%1)</source>
      <translation>المنح (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="256" />
      <source>Grants by programme and status</source>
      <translation>المنح حسب البرنامج والحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="579" />
      <source>Household cash (%1)</source>
      <translation>نقد الأسر (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="646" />
      <source>Households by intention</source>
      <translation>الأسر حسب النية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="430" />
      <source>Import a workbook</source>
      <translation>استيراد مصنف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="430" />
      <source>Import a workbook from the command line:

    workbench import KIND FILE

KIND is what the file holds: locations, sites, population, households, tranches, grants, works, progress or indicators.</source>
      <translation>استورد المصنف من سطر الأوامر:

    workbench import KIND FILE

حيث KIND هو محتوى الملف: locations أو sites أو population أو households أو tranches أو grants أو works أو progress أو indicators.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="238" />
      <source>In the period: the people who left sites, the households registered, the grants applied for, the kits received and the money paid. As they stand today: sites, works, complaints and referrals.</source>
      <translation>خلال الفترة: الأشخاص الذين غادروا المواقع، والأسر المسجلة، والمنح المطلوبة، والحقائب المستلمة، والمبالغ المدفوعة. كما هي اليوم: المواقع والأعمال والشكاوى والإحالات.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="535" />
      <source>Individuals (last count of each site, per month)</source>
      <translation>الأفراد (آخر إحصاء لكل موقع، شهرياً)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="382" />
      <source>Load the demo data</source>
      <translation>تحميل البيانات التجريبية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="410" />
      <source>Loading the demo data...</source>
      <translation>جارٍ تحميل البيانات التجريبية...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="575" />
      <source>Money paid per month: grant tranches and household cash</source>
      <translation>المبالغ المدفوعة شهرياً: دفعات المنح والنقد للأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="533" />
      <source>People living in sites</source>
      <translation>الأشخاص المقيمون في المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="248" />
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="611" />
      <source>Progress %</source>
      <translation>نسبة الإنجاز (%)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="175" />
      <source>Show</source>
      <translation>عرض</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="248" />
      <location filename="../../workbench/views/dashboard.py" line="250" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="369" />
      <source>The figures could not be read: %1</source>
      <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="328" />
      <source>The whole office</source>
      <translation>المكتب بأكمله</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="186" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="359" />
      <source>Updating...</source>
      <translation>جارٍ التحديث...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="250" />
      <source>Works</source>
      <translation>الأعمال</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="257" />
      <source>Works by status</source>
      <translation>الأعمال حسب الحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="609" />
      <source>Works under way: progress (least advanced first)</source>
      <translation>الأعمال الجارية: نسبة الإنجاز (الأقل تقدماً أولاً)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="190" />
      <source>any date</source>
      <translation>أي تاريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="228" />
      <source>complaints open for more than 30 days</source>
      <translation>شكاوى مفتوحة منذ أكثر من 30 يوماً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="469" />
      <source>from %1</source>
      <translation>منذ %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="225" />
      <location filename="../../workbench/views/dashboard.py" line="652" />
      <source>households registered</source>
      <translation>أسرة مسجلة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="598" />
      <source>in each project's currency: others converted at the stored exchange rates</source>
      <translation>بعملة كل مشروع: العملات الأخرى محوّلة بأسعار الصرف المسجّلة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="227" />
      <location filename="../../workbench/views/dashboard.py" line="484" />
      <source>infrastructure works</source>
      <translation>أعمال بنية تحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="231" />
      <source>kits distributed to households</source>
      <translation>حقائب موزعة على الأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="226" />
      <location filename="../../workbench/views/dashboard.py" line="480" />
      <source>livelihood grants</source>
      <translation>منحة لسبل العيش</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="654" />
      <source>no household registered yet</source>
      <translation>لا توجد أسر مسجلة بعد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="555" />
      <source>no population counts yet</source>
      <translation>لا توجد إحصاءات سكانية بعد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="637" />
      <source>no work under way</source>
      <translation>لا توجد أعمال جارية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="600" />
      <source>nothing paid yet</source>
      <translation>لم يُدفع شيء بعد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="223" />
      <source>people supported to leave sites</source>
      <translation>شخصاً تم دعمهم لمغادرة المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="229" />
      <source>referrals open</source>
      <translation>إحالات مفتوحة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="230" />
      <source>referrals past their answer deadline</source>
      <translation>إحالات تجاوزت موعد الرد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="224" />
      <source>sites open or closing</source>
      <translation>مواقع مفتوحة أو قيد الإغلاق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="471" />
      <source>until %1</source>
      <translation>حتى %1</translation>
    </message>
  </context>
  <context>
    <name>DistributionWindow</name>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="38" />
      <source>%1 entitlements added to the list.</source>
      <translation>أضيف %1 استحقاقاً إلى القائمة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="56" />
      <source>%1 issued and not received</source>
      <translation>%1 صادرة وغير مستلمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="52" />
      <source>%1 on the list, %2 received, %3 issued from stock</source>
      <translation>%1 في القائمة، %2 مستلمة، %3 صادرة من المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="24" />
      <source>Add the households that left the site</source>
      <translation>إضافة الأسر التي غادرت الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="23" />
      <source>Add the site's present households</source>
      <translation>إضافة الأسر الموجودة في الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="46" />
      <source>Building the list...</source>
      <translation>جارٍ إعداد القائمة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="38" />
      <location filename="../../workbench/views/distribution_window.py" line="44" />
      <source>Distribution list</source>
      <translation>قائمة التوزيع</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="114" />
      <source>About 10,000 households, 1,000 livelihood grants and 60 works in DR Congo and Iraq; only while the database is empty</source>
      <translation>نحو 10,000 أسرة و1,000 منحة لسبل العيش و60 عملاً في جمهورية الكونغو الديمقراطية والعراق؛ متاح فقط ما دامت قاعدة البيانات فارغة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="121" />
      <source>Donors, locations (P-codes), logframes, users: Office set-up</source>
      <translation>الجهات المانحة والمواقع (رموز P) والأطر المنطقية والمستخدمون: إعداد المكتب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="118" />
      <source>Excel, CSV or KoboToolbox files (File &gt; Import)</source>
      <translation>ملفات Excel أو CSV أو KoboToolbox (ملف &gt; استيراد)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="116" />
      <source>Import a workbook...</source>
      <translation>استيراد مصنف...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="112" />
      <source>Load the demo data</source>
      <translation>تحميل البيانات التجريبية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="119" />
      <source>Set up the office...</source>
      <translation>إعداد المكتب...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="103" />
      <source>There are no projects or households here yet. Load the demo data to look around the workbench with a made-up country office, import your office's workbooks (projects, sites, households, grants, works), or set up the office by hand: its donors and locations first, then its projects and sites.</source>
      <translation>لا توجد مشاريع أو أسر هنا بعد. حمّل بيانات العرض لاستكشاف منصة العمل بمكتب قُطري افتراضي، أو استورد مصنفات مكتبك (المشاريع والمواقع والأسر والمنح والأشغال)، أو أعدّ المكتب يدوياً: الجهات المانحة والمواقع أولاً، ثم المشاريع والمواقع.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="100" />
      <source>This database is empty</source>
      <translation>قاعدة البيانات هذه فارغة</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../workbench/views/errors.py" line="64" />
      <source>Copied</source>
      <translation>تم النسخ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/errors.py" line="56" />
      <source>Copy details</source>
      <translation>نسخ التفاصيل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/errors.py" line="41" />
      <source>Something went wrong</source>
      <translation>حدث خطأ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/errors.py" line="44" />
      <source>The workbench met an unexpected problem: %1

Your saved records are safe and you can keep working. The details were written to %2; please send them to IT support.</source>
      <translation>واجهت منصة العمل مشكلة غير متوقعة: %1

سجلاتك المحفوظة سليمة ويمكنك متابعة العمل. كُتبت التفاصيل في %2؛ يرجى إرسالها إلى الدعم الفني لتقنية المعلومات.</translation>
    </message>
  </context>
  <context>
    <name>FigureTile</name>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="66" />
      <source>Show them in their table</source>
      <translation>عرضها في جدولها</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="282" />
      <source>%1 columns about the submission are never imported: %2.</source>
      <translation>أعمدة %1 الخاصة بالإرسال لا تُستورد أبداً: %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="259" />
      <source>%1 rows and %2 columns to read, under the headers in row %3.</source>
      <translation>عدد الصفوف المطلوب قراءتها: %1، وعدد الأعمدة: %2، تحت العناوين في الصف %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="162" />
      <source>An Excel workbook (.xlsx, .xls), a CSV file, or a KoboToolbox export. Nothing is written before the last step.</source>
      <translation>مصنف Excel (.xlsx أو .xls) أو ملف CSV أو ملف مُصدَّر من KoboToolbox. لا يُكتب أي شيء قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="175" />
      <source>Browse...</source>
      <translation>استعراض...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="161" />
      <source>Choose what to import and the file</source>
      <translation>اختر ما تريد استيراده والملف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="180" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="202" />
      <source>File to import</source>
      <translation>الملف المراد استيراده</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="270" />
      <source>Files of the ODK Central export joined to this one: %1.</source>
      <translation>ملفات تصدير ODK Central المضمومة إلى هذا الملف: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="273" />
      <source>KoboToolbox repeat groups joined to this sheet: %1.</source>
      <translation>مجموعات التكرار في KoboToolbox المدمجة مع هذه الورقة: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="222" />
      <location filename="../../workbench/views/import_wizard.py" line="244" />
      <source>Reading %1...</source>
      <translation>جارٍ قراءة %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="181" />
      <source>Sheet</source>
      <translation>الورقة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="203" />
      <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
      <translation>جداول البيانات (*.xlsx *.xls *.csv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="265" />
      <source>Text file in %1, separated by %2.</source>
      <translation>ملف نصي بترميز %1، والفاصل بين الحقول: %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="173" />
      <source>The file to import</source>
      <translation>الملف المراد استيراده</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="277" />
      <source>The members of repeat group %1 are counted by sex (%2) and age (%3).</source>
      <translation>يُعَدّ أفراد المجموعة المتكررة %1 حسب الجنس (%2) والعمر (%3).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="268" />
      <source>The row of HXL hashtags under the headers is used to recognise the columns.</source>
      <translation>يُستخدم صف وسوم HXL الموجود تحت العناوين للتعرّف على الأعمدة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="240" />
      <source>This file cannot be imported: %1</source>
      <translation>لا يمكن استيراد هذا الملف: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="169" />
      <source>What the file holds</source>
      <translation>محتوى الملف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="263" />
      <source>commas</source>
      <translation>الفاصلة (,)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="264" />
      <source>pipes</source>
      <translation>الخط العمودي (|)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="263" />
      <source>semicolons</source>
      <translation>الفاصلة المنقوطة (;)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="263" />
      <source>tabs</source>
      <translation>مسافة الجدولة (Tab)</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="811" />
      <source>%1 duplicates skipped</source>
      <translation>السجلات المكررة المتجاوَزة: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="807" />
      <source>%1 is imported.</source>
      <translation>تم استيراد %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="808" />
      <source>%1 records created</source>
      <translation>السجلات المُنشأة: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="812" />
      <source>%1 rows rejected</source>
      <translation>الصفوف المرفوضة: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="809" />
      <source>%1 updated</source>
      <translation>السجلات المحدَّثة: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="810" />
      <source>1 duplicate skipped</source>
      <translation>تم تجاوز سجل مكرر واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="808" />
      <source>1 record created</source>
      <translation>أُنشئ سجل واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="812" />
      <source>1 row rejected</source>
      <translation>رُفض صف واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="809" />
      <source>1 updated</source>
      <translation>حُدِّث سجل واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="704" />
      <source>All rows are written in one go: until the end, nothing is saved, and a cancel leaves the database as it was.</source>
      <translation>تُكتب جميع الصفوف دفعة واحدة: لا يُحفظ شيء حتى النهاية، والإلغاء يترك قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="718" />
      <source>Cancel the import</source>
      <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="790" />
      <source>Cancelling: undoing what was written...</source>
      <translation>جارٍ الإلغاء: التراجع عما كُتب...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="817" />
      <source>Each record's history names the file it came from.</source>
      <translation>يذكر سجل تغييرات كل سجل الملف الذي جاء منه.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="799" />
      <source>Everything written before the cancel was undone.</source>
      <translation>تم التراجع عن كل ما كُتب قبل الإلغاء.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="798" />
      <source>Import cancelled</source>
      <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="826" />
      <source>Import failed</source>
      <translation>فشل الاستيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="804" />
      <source>Imported</source>
      <translation>تم الاستيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="703" />
      <source>Importing</source>
      <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="834" />
      <source>Nothing was written to the database.</source>
      <translation>لم يُكتب أي شيء في قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="829" />
      <source>Nothing was written to the database: %1</source>
      <translation>لم يُكتب أي شيء في قاعدة البيانات: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="801" />
      <source>The import was cancelled. Nothing was written to the database.</source>
      <translation>أُلغي الاستيراد. لم يُكتب أي شيء في قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="805" />
      <source>The records are in the database; the open screens show them now.</source>
      <translation>السجلات موجودة الآن في قاعدة البيانات وتظهر في الشاشات المفتوحة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="815" />
      <source>The rejected rows are in %1: correct them there and import that file.</source>
      <translation>الصفوف المرفوضة موجودة في %1: صحّحها هناك ثم استورد ذلك الملف.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="763" />
      <source>Writing the rows of %1...</source>
      <translation>جارٍ كتابة صفوف %1...</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="875" />
      <source>Cancel the import</source>
      <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="24" />
      <source>Cash tranches of households</source>
      <translation>الدفعات النقدية للأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="10" />
      <source>Committees of sites</source>
      <translation>لجان المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="18" />
      <source>Community Resource Centres</source>
      <translation>مراكز الموارد المجتمعية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="10" />
      <source>Complaints and feedback of sites</source>
      <translation>الشكاوى والملاحظات في المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="20" />
      <source>Contacts of CRCs</source>
      <translation>حالات التواصل مع مراكز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="42" />
      <source>Displacement sites</source>
      <translation>مواقع النزوح</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="70" />
      <source>Distributions</source>
      <translation>التوزيعات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="10" />
      <source>Donors</source>
      <translation>الجهات المانحة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="132" />
      <source>Households</source>
      <translation>الأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="851" />
      <source>Import a spreadsheet</source>
      <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="39" />
      <source>Indicator values</source>
      <translation>قيم المؤشرات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="10" />
      <source>Infrastructure of sites</source>
      <translation>البنية التحتية للمواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="25" />
      <source>Infrastructure works</source>
      <translation>أعمال البنية التحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="28" />
      <source>Items of kit types</source>
      <translation>مواد أنواع الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="39" />
      <source>Kit types</source>
      <translation>أنواع الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="123" />
      <source>Livelihood grants (EDF, ILA, CfW)</source>
      <translation>منح سبل العيش (EDF وILA وCfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="85" />
      <source>Locations (P-codes)</source>
      <translation>المواقع الجغرافية (P-codes)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work_payment.py" line="13" />
      <source>Payments to works contractors</source>
      <translation>المدفوعات لمقاولي الأعمال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="13" />
      <source>Population counts of sites</source>
      <translation>الإحصاءات السكانية للمواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="95" />
      <source>Progress reports of works</source>
      <translation>تقارير تقدم الأعمال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="13" />
      <source>Projects</source>
      <translation>المشاريع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="114" />
      <source>Receipts of a distribution list</source>
      <translation>استلامات قائمة توزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="181" />
      <source>Referrals of CRCs</source>
      <translation>إحالات مراكز الموارد المجتمعية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="17" />
      <source>Service providers (service map)</source>
      <translation>مقدمو الخدمات (خريطة الخدمات)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="17" />
      <source>Sessions of CRCs</source>
      <translation>جلسات مراكز الموارد المجتمعية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="131" />
      <source>Stock movements of warehouses</source>
      <translation>حركات مخزون المستودعات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="876" />
      <source>Stop the import? Nothing of this file will be written.</source>
      <translation>هل تريد إيقاف الاستيراد؟ لن يُكتب أي شيء من هذا الملف.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../workbench/views/main_window.py" line="162" />
      <source>%1 (Ctrl+%2)</source>
      <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="289" />
      <source>%1 - Programme workbench</source>
      <translation>%1 - منصة عمل البرامج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="334" />
      <source>%1 already exists; open it or choose another name.</source>
      <translation>%1 موجود مسبقاً؛ افتحه أو اختر اسماً آخر.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="264" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="243" />
      <source>&amp;About</source>
      <translation>&amp;حول منصة العمل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="227" />
      <source>&amp;Backup...</source>
      <translation>&amp;نسخ احتياطي...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="215" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="235" />
      <source>&amp;Go</source>
      <translation>&amp;انتقال</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="241" />
      <source>&amp;Help</source>
      <translation>&amp;تعليمات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="223" />
      <source>&amp;Import...</source>
      <translation>&amp;استيراد...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="242" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="216" />
      <source>&amp;New database...</source>
      <translation>&amp;إنشاء قاعدة بيانات...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="217" />
      <source>&amp;Open database...</source>
      <translation>&amp;فتح قاعدة بيانات...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="233" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="220" />
      <source>&amp;Recent databases</source>
      <translation>&amp;قواعد البيانات الأخيرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="260" />
      <source>(none yet)</source>
      <translation>(لا يوجد بعد)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="418" />
      <source>Back up the database</source>
      <translation>النسخ الاحتياطي لقاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="436" />
      <source>Backed up to %1</source>
      <translation>تم النسخ الاحتياطي إلى %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="437" />
      <source>Backing up the database...</source>
      <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="424" />
      <location filename="../../workbench/views/main_window.py" line="430" />
      <source>Backup failed</source>
      <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="376" />
      <location filename="../../workbench/views/main_window.py" line="405" />
      <source>Cannot open the database</source>
      <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="230" />
      <source>Change the &amp;passphrase...</source>
      <translation>تغيير &amp;عبارة المرور...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="269" />
      <source>Ctrl+I: import a spreadsheet</source>
      <translation>Ctrl+I: استيراد جدول بيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="266" />
      <source>Ctrl+N: a new record (in a table or a record's window)</source>
      <translation>Ctrl+N: سجل جديد (في جدول أو في نافذة سجل)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="269" />
      <source>Ctrl+O: open a database</source>
      <translation>Ctrl+O: فتح قاعدة بيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="267" />
      <source>Ctrl+S: save the record</source>
      <translation>Ctrl+S: حفظ السجل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="48" />
      <source>Dashboard</source>
      <translation>لوحة المعلومات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="288" />
      <source>Database: %1</source>
      <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="52" />
      <source>Distributions</source>
      <translation>التوزيعات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="267" />
      <source>Esc: close the record's window (asks before discarding changes)</source>
      <translation>Esc: إغلاق نافذة السجل (يسأل قبل تجاهل التغييرات)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="53" />
      <source>Field sync</source>
      <translation>مزامنة الميدان</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="49" />
      <source>Households</source>
      <translation>الأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="226" />
      <source>Import households, sites, grants... from a spreadsheet</source>
      <translation>استيراد الأسر والمواقع والمنح... من جدول بيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="50" />
      <source>Infrastructure works</source>
      <translation>أعمال البنية التحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="270" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="49" />
      <source>Livelihood grants</source>
      <translation>منح سبل العيش</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="231" />
      <source>Make an office &amp;recovery key...</source>
      <translation>إنشاء مفتاح استرداد &amp;للمكتب...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="327" />
      <location filename="../../workbench/views/main_window.py" line="333" />
      <source>New database</source>
      <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="53" />
      <source>Office set-up</source>
      <translation>إعداد المكتب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="219" />
      <source>Open a &amp;server database...</source>
      <translation>&amp;ربط بقاعدة بيانات على خادم...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="344" />
      <source>Open database</source>
      <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="400" />
      <source>Opened %1</source>
      <translation>تم فتح %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="410" />
      <source>Opening %1...</source>
      <translation>جارٍ فتح %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="140" />
      <source>Programme workbench</source>
      <translation>منصة عمل البرامج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="48" />
      <source>Projects</source>
      <translation>المشاريع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="51" />
      <source>Referrals</source>
      <translation>الإحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="53" />
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="50" />
      <source>Resource centres (CRCs)</source>
      <translation>مراكز الموارد (CRC)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="51" />
      <source>Service providers</source>
      <translation>مقدمو الخدمات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="54" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="48" />
      <source>Sites</source>
      <translation>المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="52" />
      <source>Stock</source>
      <translation>المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="315" />
      <source>The passphrase of %1 is changed.</source>
      <translation>تم تغيير عبارة المرور لـ %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="345" />
      <source>Workbench databases (*.db *.sqlite);;All files (*)</source>
      <translation>قواعد بيانات منصة العمل (*.db *.sqlite);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="328" />
      <source>Workbench databases (*.db)</source>
      <translation>قواعد بيانات منصة العمل (*.db)</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="422" />
      <source>%1 of %2 columns will be imported; %3 left out.</source>
      <translation>سيُستورد %1 من أصل %2 عموداً؛ والمستبعد: %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="401" />
      <source>(none saved yet)</source>
      <translation>(لا توجد مطابقة محفوظة بعد)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="371" />
      <source>(not imported)</source>
      <translation>(لا يُستورد)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="447" />
      <source>A name to find this mapping again (for example “DTM round 12”):</source>
      <translation>اسم للعثور على هذه المطابقة لاحقاً (مثلاً «DTM round 12»):</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="359" />
      <source>Column in the file</source>
      <translation>العمود في الملف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="305" />
      <source>Columns recognised by their header or HXL hashtag are matched already; change any of them, or leave a column out.</source>
      <translation>الأعمدة التي تم التعرف عليها من عنوانها أو وسم HXL مطابَقة مسبقاً؛ يمكنك تغيير أي منها أو استبعاد عمود.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="360" />
      <source>First values</source>
      <translation>القيم الأولى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="359" />
      <source>Imported as</source>
      <translation>يُستورد بوصفه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="354" />
      <source>Match the columns of %1 to the fields of a %2</source>
      <translation>مطابقة أعمدة %1 مع حقول السجل (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="304" />
      <source>Match the file's columns to the fields</source>
      <translation>مطابقة أعمدة الملف مع الحقول</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="442" />
      <source>Not in this file: %1.</source>
      <translation>غير موجود في هذا الملف: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="446" />
      <source>Save the mapping</source>
      <translation>حفظ المطابقة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="318" />
      <source>Save this mapping as...</source>
      <translation>حفظ هذه المطابقة باسم...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="309" />
      <source>Saved mapping</source>
      <translation>مطابقة محفوظة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="387" />
      <source>The first rows of the file, numbered as in Excel</source>
      <translation>الصفوف الأولى من الملف، مرقّمة كما في Excel</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="314" />
      <source>Use it</source>
      <translation>استخدامها</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="59" />
      <source>%1 is encrypted. Type its passphrase (or the office's recovery key).</source>
      <translation>%1 مشفّرة. اكتب عبارة المرور الخاصة بها (أو مفتاح الاسترداد الخاص بالمكتب).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="228" />
      <source>A new passphrase for %1. The database itself is not rewritten; its recovery keys keep working.</source>
      <translation>عبارة مرور جديدة لـ %1. لا تُعاد كتابة قاعدة البيانات نفسها؛ وتبقى مفاتيح الاسترداد صالحة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="102" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="265" />
      <source>A passphrase must have at least %1 characters.</source>
      <translation>يجب أن تتكون عبارة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="79" />
      <source>Also make an office recovery key for the data protection officer (shown once)</source>
      <translation>إنشاء مفتاح استرداد للمكتب أيضًا لمسؤول حماية البيانات (يُعرض مرة واحدة)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="226" />
      <source>Change the passphrase</source>
      <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="58" />
      <source>Choose a passphrase for %1. It is needed to open the database; keep it safe.</source>
      <translation>اختر عبارة مرور لـ %1. ستكون لازمة لفتح قاعدة البيانات؛ احفظها في مكان آمن.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="199" />
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="238" />
      <source>Current passphrase (or recovery key):</source>
      <translation>عبارة المرور الحالية (أو مفتاح الاسترداد):</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="56" />
      <source>Encrypted database</source>
      <translation>قاعدة بيانات مشفّرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="56" />
      <source>New encrypted database</source>
      <translation>قاعدة بيانات مشفّرة جديدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="239" />
      <source>New passphrase:</source>
      <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="186" />
      <source>Office recovery key</source>
      <translation>مفتاح استرداد المكتب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="66" />
      <source>Passphrase:</source>
      <translation>عبارة المرور:</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="83" />
      <source>Remember the passphrase in the system keyring</source>
      <translation>تذكّر عبارة المرور في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="188" />
      <source>The recovery key of %1 opens it when its passphrase is forgotten. It is shown this once and stored nowhere: give it to the data protection officer, apart from the database.</source>
      <translation>مفتاح الاسترداد لـ %1 يفتحها عند نسيان عبارة المرور. يُعرض هذه المرة فقط ولا يُحفظ في أي مكان: سلّمه لمسؤول حماية البيانات، بعيدًا عن قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="70" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="240" />
      <source>The same again:</source>
      <translation>العبارة نفسها مرة أخرى:</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="105" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="269" />
      <source>The two passphrases differ; type them again.</source>
      <translation>عبارتا المرور مختلفتان؛ اكتبهما مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="115" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="275" />
      <source>Wrong passphrase; try again.</source>
      <translation>عبارة المرور خاطئة؛ حاول مرة أخرى.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../workbench/views/forms.py" line="315" />
      <source>%1 *</source>
      <translation>%1 *</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="621" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="336" />
      <source>Add a new %1 to this list</source>
      <translation>إضافة عنصر جديد (%1) إلى هذه القائمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="334" />
      <source>New...</source>
      <translation>جديد...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="435" />
      <source>None yet: New... adds one</source>
      <translation>لا يوجد بعد: جديد... يضيف واحداً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="713" />
      <source>Not saved: %1 Save again to compare the versions.</source>
      <translation>لم يُحفظ: %1 احفظ مرة أخرى لمقارنة النسختين.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="318" />
      <source>Required</source>
      <translation>مطلوب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="577" />
      <source>choose one from the list</source>
      <translation>اختر قيمة من القائمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="572" />
      <source>must be a date written as YYYY-MM-DD</source>
      <translation>يجب أن يكون تاريخاً بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="567" />
      <source>must be a number</source>
      <translation>يجب أن يكون رقماً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="564" />
      <source>must be a number: %1</source>
      <translation>يجب أن يكون رقماً: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="566" />
      <source>must be a whole number</source>
      <translation>يجب أن يكون عدداً صحيحاً</translation>
    </message>
  </context>
  <context>
    <name>RecordTableView</name>
    <message>
      <location filename="../../workbench/views/table_view.py" line="69" />
      <source>Columns</source>
      <translation>الأعمدة</translation>
    </message>
  </context>
  <context>
    <name>RecordWindow</name>
    <message>
      <location filename="../../workbench/views/record_window.py" line="314" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="361" />
      <source>%1 days past the planned end.</source>
      <translation>%1 يوماً بعد موعد الانتهاء المخطط.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="227" />
      <source>A new %1 (Ctrl+N)</source>
      <translation>إضافة %1 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="62" />
      <source>Add</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="513" />
      <source>Add a photo or document...</source>
      <translation>إضافة صورة أو مستند...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="176" />
      <source>Add household</source>
      <translation>إضافة أسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="408" />
      <source>Add indicator</source>
      <translation>إضافة مؤشر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="86" />
      <source>Add one with the button above.</source>
      <translation>أضف واحداً بالزر أعلاه.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="409" />
      <source>Add value for a period</source>
      <translation>إضافة قيمة لفترة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="528" />
      <source>Attach a photo or document</source>
      <translation>إرفاق صورة أو مستند</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="540" />
      <source>Attaching the file...</source>
      <translation>جارٍ إرفاق الملف...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="560" />
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="414" />
      <source>Budget use</source>
      <translation>استخدام الميزانية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="550" />
      <source>Cannot open</source>
      <translation>تعذّر الفتح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="243" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="560" />
      <source>Committed (grants, works, cash planned for households)</source>
      <translation>الملتزم به (المنح والأعمال والنقد المخطط للأسر)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="70" />
      <location filename="../../workbench/views/record_window.py" line="229" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="223" />
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="477" />
      <location filename="../../workbench/views/record_window.py" line="495" />
      <source>Discard changes?</source>
      <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="421" />
      <source>Documents and photos</source>
      <translation>المستندات والصور</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="233" />
      <source>Erase personal data...</source>
      <translation>محو البيانات الشخصية...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="411" />
      <source>Grants</source>
      <translation>المنح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="432" />
      <source>History</source>
      <translation>سجل التغييرات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="416" />
      <source>Households</source>
      <translation>الأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="572" />
      <source>Households departed</source>
      <translation>الأسر المغادرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="571" />
      <source>Households registered</source>
      <translation>الأسر المسجلة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="574" />
      <source>Households still present</source>
      <translation>الأسر التي ما زالت في الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="287" />
      <source>In conflict: review it on the Field sync screen</source>
      <translation>في تعارض: راجعه في شاشة مزامنة الميدان</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="577" />
      <source>Intention: %1</source>
      <translation>النية: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="409" />
      <source>Logframe</source>
      <translation>الإطار المنطقي</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="226" />
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="312" />
      <source>New %1</source>
      <translation>إضافة %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="369" />
      <source>No cash tranche yet.</source>
      <translation>لا توجد دفعة نقدية بعد.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="540" />
      <source>Not attached</source>
      <translation>لم يُرفق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="621" />
      <source>Not opened</source>
      <translation>لم يُفتح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="290" />
      <source>Not yet sent to %1</source>
      <translation>لم يُرسل بعد إلى %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="86" />
      <source>Nothing here yet.</source>
      <translation>لا يوجد شيء هنا بعد.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="360" />
      <source>On time so far.</source>
      <translation>ضمن الموعد حتى الآن.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="68" />
      <location filename="../../workbench/views/record_window.py" line="515" />
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="550" />
      <source>Opening the file...</source>
      <translation>جارٍ فتح الملف...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="352" />
      <source>Paid %1 of %2; tranches paid: %3.</source>
      <translation>المدفوع %1 من %2؛ الدفعات المدفوعة: %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="366" />
      <source>Paid %1, owed %3; tranches paid: %2, still owed: %4.</source>
      <translation>المدفوع %1، المستحق %3؛ الدفعات المدفوعة: %2، المستحقة: %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="562" />
      <source>Paid in total</source>
      <translation>إجمالي المدفوع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="561" />
      <source>Paid on grants</source>
      <translation>المدفوع على المنح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="561" />
      <source>Paid to households</source>
      <translation>المدفوع للأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="77" />
      <source>Pay the selected tranche: its date, method and reference</source>
      <translation>دفع الدفعة المختارة: تاريخها وطريقة الدفع والمرجع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="114" />
      <source>Pay the tranche</source>
      <translation>دفع الدفعة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="75" />
      <location filename="../../workbench/views/record_window.py" line="372" />
      <source>Pay...</source>
      <translation>دفع...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="571" />
      <source>People registered</source>
      <translation>الأشخاص المسجلون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="573" />
      <source>People supported to leave</source>
      <translation>الأشخاص الذين تم دعمهم للمغادرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="430" />
      <source>Photos and documents</source>
      <translation>الصور والوثائق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="529" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx);;All files (*)</source>
      <translation>الصور والمستندات (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="236" />
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="238" />
      <location filename="../../workbench/views/record_window.py" line="322" />
      <source>Save (Ctrl+S)</source>
      <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="114" />
      <source>Select the tranche to pay first.</source>
      <translation>اختر أولًا الدفعة المراد دفعها.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="565" />
      <source>Share of the budget paid</source>
      <translation>نسبة المدفوع من الميزانية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="411" />
      <source>Sites</source>
      <translation>المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="428" />
      <source>Stock and receipts</source>
      <translation>المخزون والاستلام</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="418" />
      <source>Tranches</source>
      <translation>الدفعات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="419" />
      <location filename="../../workbench/views/record_window.py" line="423" />
      <source>Workflow history</source>
      <translation>سجل مراحل سير العمل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="411" />
      <source>Works</source>
      <translation>الأعمال</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="477" />
      <location filename="../../workbench/views/record_window.py" line="496" />
      <source>You changed this %1 without saving. Discard your changes?</source>
      <translation>أجريت تغييرات على هذا السجل (%1) دون حفظها. هل تريد تجاهل التغييرات؟</translation>
    </message>
  </context>
  <context>
    <name>ReportsScreen</name>
    <message>
      <location filename="../../workbench/views/reports.py" line="338" />
      <source>%1 *</source>
      <translation>%1 *</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="456" />
      <source>%1 — %2 pages</source>
      <translation>%1 — عدد الصفحات: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="458" />
      <source>%1 — 1 page</source>
      <translation>%1 — صفحة واحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="380" />
      <source>%1: %2 is not a date; type it as YYYY-MM-DD</source>
      <translation>%1: القيمة %2 ليست تاريخاً؛ اكتبها بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="188" />
      <location filename="../../workbench/views/reports.py" line="351" />
      <source>(all CRCs)</source>
      <translation>(كل المراكز)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="180" />
      <location filename="../../workbench/views/reports.py" line="347" />
      <source>(all projects)</source>
      <translation>(جميع المشاريع)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="184" />
      <location filename="../../workbench/views/reports.py" line="349" />
      <source>(all sites)</source>
      <translation>(جميع المواقع)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="192" />
      <location filename="../../workbench/views/reports.py" line="345" />
      <source>(choose one)</source>
      <translation>(اختر واحداً)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="62" />
      <source>3W/4W matrix</source>
      <translation>مصفوفة 3W/4W</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="65" />
      <source>A CRC's or every CRC's contacts, sessions and attendance, referrals by service and status, answers, response times, overdue referrals and follow-up; no names.</source>
      <translation>التواصل والجلسات والحضور لمركز موارد أو لكل المراكز، والإحالات حسب الخدمة والحالة، والردود ومدة الرد، والإحالات المتأخرة والمتابعة؛ دون أسماء.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="55" />
      <source>A displacement site: P-code, status history, population, committees, complaints, infrastructure.</source>
      <translation>موقع نزوح واحد: الرمز الجغرافي (P-code) وسجل الحالة والسكان واللجان والشكاوى والبنية التحتية.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="205" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="222" />
      <source>Build the report</source>
      <translation>إعداد التقرير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="427" />
      <location filename="../../workbench/views/reports.py" line="429" />
      <source>Building the %1...</source>
      <translation>جارٍ إعداد %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="210" />
      <location filename="../../workbench/views/reports.py" line="335" />
      <location filename="../../workbench/views/reports.py" line="372" />
      <source>CRC</source>
      <translation>مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="438" />
      <source>Cancelled.</source>
      <translation>أُلغي.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="406" />
      <source>Choose a report first.</source>
      <translation>اختر تقريراً أولاً.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="263" />
      <source>Choose a report on the left and press “Build the report”: it appears here, to read, save as PDF or print.</source>
      <translation>اختر تقريراً من القائمة الجانبية واضغط «إعداد التقرير»: سيظهر هنا لقراءته أو حفظه بصيغة PDF أو طباعته.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="57" />
      <source>Closing and closed sites: departures by destination, return or relocation, cash tranches.</source>
      <translation>المواقع قيد الإغلاق والمغلقة: المغادرة حسب الوجهة، والعودة أو إعادة التوطين، والدفعات النقدية.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="64" />
      <source>Community Resource Centre report</source>
      <translation>تقرير مركز الموارد المجتمعية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="211" />
      <location filename="../../workbench/views/reports.py" line="336" />
      <source>Distribution</source>
      <translation>التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="66" />
      <source>Distribution list</source>
      <translation>قائمة التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="68" />
      <source>Distributions report</source>
      <translation>تقرير التوزيعات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="59" />
      <source>EDF, ILA and cash-for-work grants with totals by programme, status, sex and governorate.</source>
      <translation>منح EDF وILA والنقد مقابل العمل، مع المجاميع حسب البرنامج والحالة والجنس والمحافظة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="249" />
      <source>Fit the page to the width</source>
      <translation>ملاءمة الصفحة لعرض النافذة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="249" />
      <source>Fit width</source>
      <translation>ملاءمة العرض</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="212" />
      <location filename="../../workbench/views/reports.py" line="337" />
      <location filename="../../workbench/views/reports.py" line="375" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="60" />
      <source>Infrastructure works status</source>
      <translation>حالة أعمال البنية التحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="53" />
      <source>Key figures, logframe indicators against targets, sites, grants, works, budget committed and paid.</source>
      <translation>الأرقام الرئيسية، ومؤشرات الإطار المنطقي مقارنة بالمستهدف، والمواقع والمنح والأعمال، والميزانية الملتزم بها والمدفوعة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="69" />
      <source>Kits planned and distributed by kit, site and month, cases not received, stock in the warehouses.</source>
      <translation>الحقائب المخططة والموزعة حسب نوع الحقيبة والموقع والشهر، والحالات غير المستلمة، والمخزون في المستودعات.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="219" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="197" />
      <source>Leave personal names out (codes only)</source>
      <translation>إخفاء الأسماء الشخصية (الرموز فقط)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="58" />
      <source>Livelihood grants register</source>
      <translation>سجل منح سبل العيش</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="511" />
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="220" />
      <source>Paper</source>
      <translation>حجم الورق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="549" />
      <source>Print the report</source>
      <translation>طباعة التقرير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="256" />
      <source>Print...</source>
      <translation>طباعة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="208" />
      <location filename="../../workbench/views/reports.py" line="335" />
      <source>Project</source>
      <translation>المشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="52" />
      <source>Project progress report</source>
      <translation>تقرير تقدم المشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="421" />
      <source>Reading the figures and laying out the pages...</source>
      <translation>جارٍ قراءة الأرقام وتنسيق الصفحات...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="156" />
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="253" />
      <source>Save as...</source>
      <translation>حفظ باسم...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="509" />
      <source>Save the report</source>
      <translation>حفظ التقرير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="535" />
      <source>Saved to %1</source>
      <translation>حُفظ في %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="558" />
      <source>Sent %1 pages to the printer.</source>
      <translation>أُرسلت الصفحات إلى الطابعة (عدد الصفحات: %1).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="209" />
      <location filename="../../workbench/views/reports.py" line="335" />
      <source>Site</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="56" />
      <source>Site closure and returns report</source>
      <translation>تقرير إغلاق المواقع والعودة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="54" />
      <source>Site profile</source>
      <translation>ملف الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="527" />
      <location filename="../../workbench/views/reports.py" line="531" />
      <source>The report could not be saved to %1: %2</source>
      <translation>تعذّر حفظ التقرير في %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="449" />
      <source>The report was built but cannot be shown (%1).</source>
      <translation>أُعدّ التقرير لكن تعذّر عرضه (%1).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="67" />
      <source>The sheet taken to the field: each household's code, head, size and kits, with room to sign.</source>
      <translation>الورقة التي تؤخذ إلى الميدان: رمز كل أسرة ورب الأسرة وحجمها وعددها، مع مكان للتوقيع.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="213" />
      <location filename="../../workbench/views/reports.py" line="337" />
      <location filename="../../workbench/views/reports.py" line="375" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="206" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="63" />
      <source>Who does what, where and when: activities by location, sector and period, for the clusters.</source>
      <translation>من يفعل ماذا وأين ومتى: الأنشطة حسب الموقع والقطاع والفترة، للمجموعات القطاعية.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="61" />
      <source>Works with contractor, contract value, progress, planned and actual dates, delays, people served.</source>
      <translation>الأعمال مع المقاول وقيمة العقد ونسبة الإنجاز والتواريخ المخططة والفعلية والتأخير وعدد المستفيدين.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="248" />
      <source>Zoom in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="247" />
      <source>Zoom out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="374" />
      <source>distribution</source>
      <translation>توزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="368" />
      <source>project</source>
      <translation>مشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="370" />
      <source>site</source>
      <translation>موقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="102" />
      <source>the printer cannot be opened</source>
      <translation>تعذّر فتح الطابعة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="361" />
      <source>there is no %1 %2</source>
      <translation>لا يوجد %1 باسم %2</translation>
    </message>
  </context>
  <context>
    <name>ServerLogin</name>
    <message>
      <location filename="../../workbench/views/server_login.py" line="62" />
      <location filename="../../workbench/views/server_login.py" line="108" />
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="111" />
      <source>Fill in: %1</source>
      <translation>يرجى ملء: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="77" />
      <source>Log in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="41" />
      <source>Log in to the office server</source>
      <translation>تسجيل الدخول إلى خادم المكتب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="64" />
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="61" />
      <source>Port</source>
      <translation>المنفذ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="66" />
      <source>Remember the password in this computer's keyring</source>
      <translation>حفظ كلمة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="60" />
      <location filename="../../workbench/views/server_login.py" line="108" />
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="69" />
      <source>This computer has no system keyring; the password is asked each time.</source>
      <translation>لا توجد سلسلة مفاتيح للنظام على هذا الحاسوب؛ ستُطلب كلمة المرور في كل مرة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="63" />
      <location filename="../../workbench/views/server_login.py" line="109" />
      <source>User name</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="45" />
      <source>Your own user name and password on the office's database server. What you may see and change is what your role allows.</source>
      <translation>اسم المستخدم وكلمة المرور الخاصان بك على خادم قاعدة بيانات المكتب. ما يمكنك رؤيته وتغييره هو ما يسمح به دورك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="51" />
      <source>for example db.office.example or 10.0.0.5</source>
      <translation>مثلاً db.office.example أو 10.0.0.5</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="84" />
      <source>%1 years</source>
      <translation>%1 سنوات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="67" />
      <source>As the system (%1)</source>
      <translation>لغة النظام (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="52" />
      <source>Choose...</source>
      <translation>اختيار...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="62" />
      <source>Data folder</source>
      <translation>مجلد البيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="61" />
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="90" />
      <source>Erase past the retention period...</source>
      <translation>محو ما تجاوز مدة الاحتفاظ...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="125" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="96" />
      <source>Keep personal data of closed sites for</source>
      <translation>الاحتفاظ بالبيانات الشخصية للمواقع المغلقة لمدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="78" />
      <source>Language of the window</source>
      <translation>لغة الواجهة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="63" />
      <source>Log file</source>
      <translation>ملف السجل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="59" />
      <location filename="../../workbench/views/settings_screen.py" line="124" />
      <source>Logo on reports</source>
      <translation>الشعار في التقارير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="115" />
      <source>Not changed</source>
      <translation>لم يتغير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="48" />
      <source>Office name on reports</source>
      <translation>اسم المكتب في التقارير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="35" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="86" />
      <source>The personal data of households of sites closed longer ago is erased when an administrator asks; their figures still count</source>
      <translation>تُمحى البيانات الشخصية للأسر في المواقع المغلقة منذ مدة أطول عندما يطلب ذلك مسؤول النظام؛ وتبقى أرقامها محسوبة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="141" />
      <source>The workbench will speak %1 the next time it starts.</source>
      <translation>ستظهر منصة العمل باللغة %1 عند تشغيلها في المرة القادمة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="54" />
      <source>Use the shipped logo</source>
      <translation>استخدام الشعار المرفق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="41" />
      <source>Written in the history of every record you change</source>
      <translation>يُكتب في سجل تغييرات كل سجل تعدّله</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="43" />
      <source>Your name in the audit log</source>
      <translation>اسمك في سجل التدقيق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="134" />
      <source>the logo shipped with the workbench</source>
      <translation>الشعار المرفق مع منصة العمل</translation>
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="63" />
      <source>A COD-AB workbook, HDX's P-code list or any sheet of P-codes (File &gt; Import)</source>
      <translation>مصنف COD-AB أو قائمة رموز P من HDX أو أي جدول برموز P (ملف &gt; استيراد)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="20" />
      <source>A project names its donor: add the donors first.</source>
      <translation>يذكر كل مشروع الجهة المانحة له: أضف الجهات المانحة أولاً.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="23" />
      <source>A project's logframe: its outcomes, their outputs and the indicators measuring them. They are also on the project's window.</source>
      <translation>الإطار المنطقي للمشروع: نتائجه ومخرجاتها والمؤشرات التي تقيسها. وهي أيضاً في نافذة المشروع.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="26" />
      <source>An indicator measures an outcome or an output; its values by period are on its window.</source>
      <translation>يقيس المؤشر نتيجة أو مخرجاً؛ وقيمه حسب الفترة في نافذته.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="29" />
      <source>Community resource centres: walk-in, hotline or mobile.</source>
      <translation>مراكز الموارد المجتمعية: حضورية أو عبر الخط الساخن أو متنقلة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="25" />
      <source>Each output belongs to an outcome of a project's logframe.</source>
      <translation>ينتمي كل مخرج إلى نتيجة في الإطار المنطقي لمشروع.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="61" />
      <source>Import P-codes...</source>
      <translation>استيراد رموز P...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="45" />
      <source>Office set-up</source>
      <translation>إعداد المكتب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="21" />
      <source>Sites, grants and works are placed by P-code: type the areas, or import OCHA's COD-AB list of P-codes.</source>
      <translation>تُحدَّد المواقع والمنح والأشغال برمز P: اكتب المناطق أو استورد قائمة COD-AB لرموز P من أوتشا.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="72" />
      <source>The people who use the workbench: each has a role and, if limited to some, the projects and sites it works on.</source>
      <translation>الأشخاص الذين يستخدمون منصة العمل: لكل منهم دور، وإن كان مقيدًا ببعضها، المشاريع والمواقع التي يعمل عليها.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="28" />
      <source>The service map: who the CRCs refer people to.</source>
      <translation>خريطة الخدمات: الجهات التي تحيل إليها المراكز الأشخاص.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="77" />
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
  </context>
  <context>
    <name>StockScreen</name>
    <message>
      <location filename="../../workbench/views/stock.py" line="48" />
      <source>In stock</source>
      <translation>في المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="48" />
      <source>Issued</source>
      <translation>الصادر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="47" />
      <source>Kit type</source>
      <translation>نوع الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="57" />
      <source>Kit types</source>
      <translation>أنواع الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="44" />
      <source>Kits in the warehouses</source>
      <translation>الحقائب في المستودعات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="48" />
      <source>Lost or damaged</source>
      <translation>المفقود أو التالف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="47" />
      <source>Received</source>
      <translation>الوارد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="37" />
      <source>Stock</source>
      <translation>المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="56" />
      <source>Stock movements</source>
      <translation>حركات المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="47" />
      <source>Warehouse</source>
      <translation>المستودع</translation>
    </message>
  </context>
  <context>
    <name>SyncScreen</name>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="424" />
      <source>%1 changes applied</source>
      <translation>%1 تعديلات طُبّقت</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="393" />
      <source>%1 changes for %2 in %3: carry the file to it and apply it there.</source>
      <translation>%1 تعديلات لـ %2 في %3: احمل الملف إليه وطبّقه هناك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="425" />
      <source>%1 conflicts to review</source>
      <translation>%1 تعارضات للمراجعة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="258" />
      <source>%1 conflicts to review: keep the value here, take theirs, or merge them.</source>
      <translation>%1 تعارضات للمراجعة: احتفظ بالقيمة هنا، أو خذ قيمة الطرف الآخر، أو ادمجهما.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="294" />
      <source>%1 is another record here</source>
      <translation>%1 سجل آخر هنا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="296" />
      <source>%1, registered here with the same head of household and phone</source>
      <translation>%1، مسجَّلة هنا بنفس رب الأسرة ونفس الهاتف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="305" />
      <source>%1, registered there</source>
      <translation>%1، مسجَّلة هناك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="478" />
      <source>%1: kept %2; %3 gets it with the next package.</source>
      <translation>%1: احتُفظ بـ%2؛ يصل إلى %3 مع الحزمة التالية.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="62" />
      <source>&amp;Make a package...</source>
      <translation>&amp;إعداد حزمة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="265" />
      <source>(empty)</source>
      <translation>(فارغ)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="424" />
      <source>1 change applied</source>
      <translation>1 تعديل طُبّق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="392" />
      <source>1 change for %2 in %3: carry the file to it and apply it there.</source>
      <translation>1 تعديل لـ %2 في %3: احمل الملف إليه وطبّقه هناك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="425" />
      <source>1 conflict to review</source>
      <translation>1 تعارض للمراجعة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="257" />
      <source>1 conflict to review: keep the value here, take theirs, or merge them.</source>
      <translation>1 تعارض للمراجعة: احتفظ بالقيمة هنا، أو خذ قيمة الطرف الآخر، أو ادمجهما.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="64" />
      <source>A signed, encrypted file of this database's changes the selected peer has not acknowledged, to carry to it</source>
      <translation>ملف موقّع ومشفّر بتعديلات قاعدة البيانات هذه التي لم يؤكد الطرف المختار استلامها، لتحمله إليه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="67" />
      <source>A&amp;pply a package...</source>
      <translation>&amp;تطبيق حزمة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="361" />
      <source>Another household: add it</source>
      <translation>أسرة أخرى: أضفها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="401" />
      <source>Apply a package</source>
      <translation>تطبيق حزمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="69" />
      <source>Apply a package made by a peer: all of it or nothing</source>
      <translation>تطبيق حزمة أعدّها طرف آخر: كلها أو لا شيء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="418" />
      <source>Applying the package...</source>
      <translation>جارٍ تطبيق الحزمة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="160" />
      <source>Both started from</source>
      <translation>القيمة المشتركة قبل التعديل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="58" />
      <source>Changes not yet acknowledged</source>
      <translation>تعديلات لم يُؤكَّد استلامها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="470" />
      <source>Conflict not resolved</source>
      <translation>لم يُحل التعارض</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="88" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="426" />
      <source>From %1: %2, %3.</source>
      <translation>من %1: %2، %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="88" />
      <location filename="../../workbench/views/sync_screen.py" line="145" />
      <source>Here</source>
      <translation>هنا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="462" />
      <source>Keep only what is here</source>
      <translation>الاحتفاظ بما هنا فقط</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="147" />
      <location filename="../../workbench/views/sync_screen.py" line="360" />
      <source>Keep this</source>
      <translation>احتفظ بهذه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="169" />
      <source>Keep this value</source>
      <translation>احتفظ بهذه القيمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="58" />
      <source>Last exchange</source>
      <translation>آخر تبادل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="397" />
      <source>Making the package for %1...</source>
      <translation>جارٍ إعداد الحزمة لـ %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="157" />
      <source>Merged</source>
      <translation>مدمجة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="354" />
      <source>New code</source>
      <translation>رمز جديد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="256" />
      <source>No conflict to review.</source>
      <translation>لا تعارض للمراجعة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="173" />
      <source>Open the record</source>
      <translation>فتح السجل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="373" />
      <source>Package for %1</source>
      <translation>حزمة لـ %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>Peer</source>
      <translation>الطرف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="87" />
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="360" />
      <source>Same household: keep this one</source>
      <translation>الأسرة نفسها: احتفظ بهذه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>Scope</source>
      <translation>النطاق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="374" />
      <source>Sync packages (*%1)</source>
      <translation>حزم المزامنة (*%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="402" />
      <source>Sync packages (*%1);;All files (*)</source>
      <translation>حزم المزامنة (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="153" />
      <location filename="../../workbench/views/sync_screen.py" line="361" />
      <source>Take this</source>
      <translation>خذ هذه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="88" />
      <location filename="../../workbench/views/sync_screen.py" line="151" />
      <location filename="../../workbench/views/sync_screen.py" line="335" />
      <source>There</source>
      <translation>هناك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="342" />
      <source>There: %1, %2</source>
      <translation>هناك: %1، %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="216" />
      <source>This database exchanges no packages yet. The office enrols each field laptop from its own database (workbench sync enrol); the laptop's database then exchanges packages with the office here.</source>
      <translation>لا تتبادل قاعدة البيانات هذه أي حزم بعد. يسجّل المكتب كل حاسوب ميداني من قاعدة بياناته (workbench sync enrol)؛ ثم تتبادل قاعدة بيانات الحاسوب الحزم مع المكتب من هنا.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="222" />
      <source>This is the database of the field laptop %1: it exchanges packages with the office.</source>
      <translation>هذه قاعدة بيانات الحاسوب الميداني %1: تتبادل الحزم مع المكتب.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="221" />
      <source>This is the office's database (%1): it exchanges packages with the field laptops below.</source>
      <translation>هذه قاعدة بيانات المكتب (%1): تتبادل الحزم مع الحواسيب الميدانية أدناه.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="422" />
      <source>This package from %1 was applied before: nothing changed.</source>
      <translation>طُبّقت هذه الحزمة من %1 من قبل: لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>User</source>
      <translation>المستخدم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="168" />
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="87" />
      <source>Was</source>
      <translation>كانت</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="87" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="463" />
      <source>What %1 did to %2 is undone there with the next package. Keep only what is here?</source>
      <translation>ما فعله %1 في %2 سيُلغى هناك مع الحزمة التالية. الاحتفاظ بما هنا فقط؟</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="228" />
      <source>Whole office</source>
      <translation>المكتب كله</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="303" />
      <source>a new record with %1: give it a new code</source>
      <translation>سجل جديد بالرمز %1: أعطه رمزاً جديداً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="299" />
      <source>as it was</source>
      <translation>كما كان</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="308" />
      <source>changed</source>
      <translation>عُدّل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="287" />
      <source>changed here, deleted there</source>
      <translation>عُدّل هنا وحُذف هناك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="289" />
      <source>code already used here</source>
      <translation>الرمز مستخدم هنا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="298" />
      <location filename="../../workbench/views/sync_screen.py" line="308" />
      <source>deleted</source>
      <translation>محذوف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="286" />
      <source>deleted here, changed there</source>
      <translation>حُذف هنا وعُدّل هناك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="227" />
      <source>field laptop</source>
      <translation>حاسوب ميداني</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="298" />
      <source>kept, with its changes</source>
      <translation>محتفَظ به مع تعديلاته</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="226" />
      <source>never</source>
      <translation>أبداً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="227" />
      <source>office</source>
      <translation>المكتب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="473" />
      <source>one household, %1, with what %2 knew of it</source>
      <translation>أسرة واحدة، %1، مع ما عرفه %2 عنها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="290" />
      <source>possibly the same household</source>
      <translation>ربما الأسرة نفسها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="288" />
      <source>refused here</source>
      <translation>مرفوض هنا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="476" />
      <source>the merged value</source>
      <translation>القيمة المدمجة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="475" />
      <source>the value from %1</source>
      <translation>القيمة من %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="472" />
      <source>the value here</source>
      <translation>القيمة هنا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="477" />
      <source>their record under the new code %1</source>
      <translation>سجلهم بالرمز الجديد %1</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <location filename="../../workbench/views/tasks.py" line="119" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tasks.py" line="120" />
      <source>Please wait</source>
      <translation>يرجى الانتظار</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="38" />
      <source>Change user %1</source>
      <translation>تعديل المستخدم %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="56" />
      <source>Empty: the whole office</source>
      <translation>فارغ: المكتب كله</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="47" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="44" />
      <source>Login name</source>
      <translation>اسم الدخول</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="38" />
      <source>New user</source>
      <translation>مستخدم جديد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="57" />
      <source>Projects and sites, separated by commas: project:DRC-ECHO-2023-01, site:Kilwa</source>
      <translation>المشاريع والمواقع مفصولة بفواصل: project:DRC-ECHO-2023-01, site:Kilwa</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="53" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="58" />
      <source>Scopes</source>
      <translation>النطاقات</translation>
    </message>
  </context>
  <context>
    <name>UsersScreen</name>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="164" />
      <source>%1 is deactivated.</source>
      <translation>تم تعطيل %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="133" />
      <source>Active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="100" />
      <source>Add...</source>
      <translation>إضافة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="103" />
      <source>Change...</source>
      <translation>تعديل...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="106" />
      <location filename="../../workbench/views/users_screen.py" line="155" />
      <source>Deactivate</source>
      <translation>تعطيل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="155" />
      <source>Deactivate %1? They can no longer use this database; the history keeps their name.</source>
      <translation>تعطيل %1؟ لن يتمكن بعد الآن من استخدام قاعدة البيانات هذه؛ ويحتفظ السجل باسمه.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="133" />
      <source>Deactivated</source>
      <translation>معطَّل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="91" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="91" />
      <source>Login name</source>
      <translation>اسم الدخول</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="91" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="92" />
      <source>Scopes</source>
      <translation>النطاقات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="92" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="133" />
      <source>Whole office</source>
      <translation>المكتب كله</translation>
    </message>
  </context>
  <context>
    <name>ValidationPage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="677" />
      <source>%1 rows are rejected, so nothing can be imported as it is. Correct them in the file and import it again, or choose to import the valid rows only.</source>
      <translation>عدد الصفوف المرفوضة: %1، لذا لا يمكن استيراد أي شيء على هذه الحال. صحّحها في الملف واستورده مجدداً، أو اختر استيراد الصفوف الصالحة فقط.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="618" />
      <source>%1 rows read from %2.</source>
      <translation>عدد الصفوف المقروءة من %2: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="675" />
      <source>1 row is rejected, so nothing can be imported as it is. Correct it in the file and import it again, or choose to import the valid rows only.</source>
      <translation>رُفض صف واحد، لذا لا يمكن استيراد أي شيء على هذه الحال. صحّحه في الملف واستورده مجدداً، أو اختر استيراد الصفوف الصالحة فقط.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="638" />
      <source>After the import</source>
      <translation>بعد الاستيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="525" />
      <source>Browse...</source>
      <translation>استعراض...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="501" />
      <source>Changes</source>
      <translation>التغييرات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="640" />
      <source>Changes (%1)</source>
      <translation>التغييرات (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="471" />
      <source>Check the rows</source>
      <translation>التحقق من الصفوف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="575" />
      <source>Checking every row...</source>
      <translation>جارٍ التحقق من كل صف...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="601" />
      <source>Checking the rows of %1...</source>
      <translation>جارٍ التحقق من صفوف %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="622" />
      <source>Column</source>
      <translation>العمود</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="642" />
      <source>Column in the file</source>
      <translation>العمود في الملف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="504" />
      <source>Columns imported</source>
      <translation>الأعمدة المستوردة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="645" />
      <source>Columns imported (%1)</source>
      <translation>الأعمدة المستوردة (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <source>Done</source>
      <translation>الإجراء المتخذ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="499" />
      <source>Duplicates</source>
      <translation>السجلات المكررة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="632" />
      <source>Duplicates (%1)</source>
      <translation>السجلات المكررة (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="472" />
      <source>Every row is checked against the same rules as a form; nothing is written yet.</source>
      <translation>يُتحقق من كل صف وفق قواعد الاستمارة نفسها؛ لم يُكتب أي شيء بعد.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="655" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="474" />
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="512" />
      <source>Import nothing until every row is right (all or nothing)</source>
      <translation>عدم استيراد أي شيء حتى تصبح كل الصفوف صحيحة (الكل أو لا شيء)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="515" />
      <source>Import the valid rows, and save the rejected rows to correct:</source>
      <translation>استيراد الصفوف الصالحة، وحفظ الصفوف المرفوضة لتصحيحها في:</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="642" />
      <source>Imported as</source>
      <translation>تُستورد باسم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Now</source>
      <translation>القيمة الحالية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="649" />
      <source>Only the first %1 are listed.</source>
      <translation>تُعرض أول %1 فقط.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="622" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="498" />
      <source>Rejected rows</source>
      <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="631" />
      <source>Rejected rows (%1)</source>
      <translation>الصفوف المرفوضة (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="622" />
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Row</source>
      <translation>الصف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="532" />
      <source>Rows naming a record already there</source>
      <translation>الصفوف التي تشير إلى سجل موجود مسبقاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="654" />
      <source>Save the rejected rows</source>
      <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="680" />
      <source>Say where to save the rejected rows.</source>
      <translation>حدّد مكان حفظ الصفوف المرفوضة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="534" />
      <source>Skip them</source>
      <translation>تجاوزها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="598" />
      <source>The rows cannot be checked: %1</source>
      <translation>تعذّر التحقق من الصفوف: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="684" />
      <source>There is nothing to import: no row is new or to update.</source>
      <translation>لا يوجد ما يُستورد: لا يوجد صف جديد أو صف للتحديث.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="536" />
      <source>Update the existing records</source>
      <translation>تحديث السجلات الموجودة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="510" />
      <source>When rows are rejected</source>
      <translation>عند رفض صفوف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <source>Where</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="484" />
      <source>duplicates skipped</source>
      <translation>مكررة متجاوَزة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="485" />
      <source>rejected</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="483" />
      <source>to create</source>
      <translation>للإنشاء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="483" />
      <source>to update</source>
      <translation>للتحديث</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <location filename="../../workbench/views/actions.py" line="311" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="199" />
      <source>%1: %2. On which date?</source>
      <translation>%1: %2. في أي تاريخ؟</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="161" />
      <source>Accepted by the provider</source>
      <translation>قبلها مقدم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="113" />
      <source>Amount (%1)</source>
      <translation>المبلغ (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="148" />
      <source>Approve</source>
      <translation>موافقة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="178" />
      <source>Cancel the distribution</source>
      <translation>إلغاء التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="150" />
      <source>Cancel the grant...</source>
      <translation>إلغاء المنحة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="152" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="174" />
      <source>Close the grant</source>
      <translation>إغلاق المنحة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="174" />
      <source>Close the referral</source>
      <translation>إغلاق الإحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="174" />
      <source>Close the site</source>
      <translation>إغلاق الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="106" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="162" />
      <source>Declined by the provider</source>
      <translation>رفضها مقدم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="59" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="59" />
      <source>Delete the %1 %2? This cannot be undone.</source>
      <translation>هل تريد حذف %1 %2؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="209" />
      <location filename="../../workbench/views/actions.py" line="279" />
      <source>Give the date as YYYY-MM-DD.</source>
      <translation>أدخل التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="159" />
      <source>Hand over</source>
      <translation>تسليم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="157" />
      <source>Mark completed</source>
      <translation>تسجيل كمنجز</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="57" />
      <location filename="../../workbench/views/actions.py" line="70" />
      <source>Not deleted</source>
      <translation>لم يُحذف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="116" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="153" />
      <source>Pay next tranche</source>
      <translation>صرف الدفعة التالية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="260" />
      <source>Pay the tranche</source>
      <translation>دفع الدفعة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="194" />
      <source>Pay tranche %1 of grant %2; %3 remain to be paid.</source>
      <translation>صرف الدفعة %1 من المنحة %2؛ المتبقي للدفع: %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="267" />
      <source>Pay tranche No. %1 of household %2: %3.</source>
      <translation>دفع الدفعة رقم %1 للأسرة %2: %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="252" />
      <source>Payment method</source>
      <translation>طريقة الدفع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="251" />
      <source>Receipt or transaction number</source>
      <translation>رقم الإيصال أو المعاملة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="253" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="149" />
      <source>Reject</source>
      <translation>رفض</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="155" />
      <source>Reopen</source>
      <translation>إعادة الفتح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="160" />
      <source>Send to the provider</source>
      <translation>إرسال إلى مقدم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="147" />
      <source>Send to vetting</source>
      <translation>إحالة إلى التدقيق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="163" />
      <source>Service delivered</source>
      <translation>تم تقديم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="154" />
      <source>Start closing</source>
      <translation>بدء الإغلاق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="151" />
      <source>Start monitoring</source>
      <translation>بدء المتابعة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="176" />
      <source>Start or resume</source>
      <translation>بدء أو استئناف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="165" />
      <source>Start the distribution</source>
      <translation>بدء التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="156" />
      <source>Start the work</source>
      <translation>بدء العمل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="158" />
      <source>Suspend</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="316" />
      <source>The amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="317" />
      <source>The consent to share</source>
      <translation>الموافقة على المشاركة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="316" />
      <source>The date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="317" />
      <source>The date of the consent</source>
      <translation>تاريخ الموافقة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="318" />
      <source>The provider</source>
      <translation>مقدم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="233" />
      <source>The step was not taken.</source>
      <translation>لم تُسجَّل الخطوة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="286" />
      <source>The tranche was not paid.</source>
      <translation>لم تُدفع الدفعة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="167" />
      <source>Verified: not received</source>
      <translation>تم التحقق: غير مستلم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="166" />
      <source>Verified: received</source>
      <translation>تم التحقق: مستلم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="168" />
      <source>Verified: received with issues</source>
      <translation>تم التحقق: مستلم مع مشاكل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="164" />
      <source>Withdraw</source>
      <translation>سحب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="224" />
      <source>is required</source>
      <translation>مطلوب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="221" />
      <source>must be a number</source>
      <translation>يجب أن يكون رقماً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="217" />
      <source>must be a number: %1</source>
      <translation>يجب أن يكون رقماً: %1</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../workbench/views/app.py" line="77" />
      <location filename="../../workbench/views/app.py" line="103" />
      <source>Cannot open the database</source>
      <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="42" />
      <source>Accepts referrals</source>
      <translation>يقبل الإحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="59" />
      <source>Achieved</source>
      <translation>المتحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="18" />
      <source>Active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="59" />
      <source>Actual end</source>
      <translation>الانتهاء الفعلي</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="58" />
      <source>Actual start</source>
      <translation>البدء الفعلي</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="24" />
      <source>Added</source>
      <translation>تاريخ الإضافة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="50" />
      <source>Adds up as</source>
      <translation>طريقة الجمع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="61" />
      <location filename="../../workbench/kinds/referral.py" line="257" />
      <source>Age</source>
      <translation>العمر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="14" />
      <location filename="../../workbench/kinds/cash_tranche.py" line="53" />
      <location filename="../../workbench/kinds/grant.py" line="170" />
      <location filename="../../workbench/kinds/work_payment.py" line="28" />
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="253" />
      <source>Answer due</source>
      <translation>موعد الرد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="255" />
      <source>Answered</source>
      <translation>تاريخ الرد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="171" />
      <source>Applied</source>
      <translation>تاريخ الطلب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="172" />
      <source>Approved</source>
      <translation>تاريخ الموافقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="28" />
      <source>Boys</source>
      <translation>فتيان</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="37" />
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="167" />
      <source>Business</source>
      <translation>المشروع التجاري</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="18" />
      <location filename="../../workbench/views/columns.py" line="22" />
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="23" />
      <source>Bytes</source>
      <translation>الحجم (بايت)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="59" />
      <location filename="../../workbench/kinds/crc_session.py" line="46" />
      <location filename="../../workbench/kinds/referral.py" line="249" />
      <source>CRC</source>
      <translation>مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="249" />
      <source>Case</source>
      <translation>رمز الحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="30" />
      <location filename="../../workbench/kinds/kit_type.py" line="68" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="29" />
      <location filename="../../workbench/kinds/crc_contact.py" line="60" />
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="47" />
      <location filename="../../workbench/kinds/site.py" line="85" />
      <source>Closed</source>
      <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="43" />
      <location filename="../../workbench/kinds/distribution.py" line="93" />
      <location filename="../../workbench/kinds/donor.py" line="26" />
      <location filename="../../workbench/kinds/grant.py" line="165" />
      <location filename="../../workbench/kinds/household.py" line="183" />
      <location filename="../../workbench/kinds/indicator.py" line="49" />
      <location filename="../../workbench/kinds/kit_type.py" line="67" />
      <location filename="../../workbench/kinds/outcome.py" line="15" />
      <location filename="../../workbench/kinds/output.py" line="15" />
      <location filename="../../workbench/kinds/project.py" line="34" />
      <location filename="../../workbench/kinds/referral.py" line="248" />
      <location filename="../../workbench/kinds/service_provider.py" line="39" />
      <location filename="../../workbench/kinds/work.py" line="52" />
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="20" />
      <source>Committee</source>
      <translation>اللجنة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="97" />
      <source>Completed</source>
      <translation>الانتهاء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="23" />
      <source>Condition</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="41" />
      <source>Contact</source>
      <translation>جهة الاتصال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="55" />
      <source>Contract value</source>
      <translation>قيمة العقد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="54" />
      <source>Contractor</source>
      <translation>المقاول</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="26" />
      <source>Counted on</source>
      <translation>تاريخ الإحصاء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="86" />
      <source>DTM site ID</source>
      <translation>معرّف الموقع في DTM</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="16" />
      <location filename="../../workbench/views/columns.py" line="20" />
      <location filename="../../workbench/kinds/crc_contact.py" line="59" />
      <location filename="../../workbench/kinds/crc_session.py" line="46" />
      <location filename="../../workbench/kinds/stock_movement.py" line="152" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="60" />
      <source>Days late</source>
      <translation>أيام التأخير</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="187" />
      <source>Departed</source>
      <translation>تاريخ المغادرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="23" />
      <location filename="../../workbench/kinds/complaint.py" line="32" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="155" />
      <source>Distribution</source>
      <translation>التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="35" />
      <source>Donor</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="36" />
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="48" />
      <source>Facilitator</source>
      <translation>الميسّر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="25" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="22" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="48" />
      <source>Focal point</source>
      <translation>نقطة الاتصال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="20" />
      <source>Formed on</source>
      <translation>تاريخ التشكيل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="17" />
      <location filename="../../workbench/views/columns.py" line="21" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="17" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="27" />
      <source>Girls</source>
      <translation>فتيات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="82" />
      <location filename="../../workbench/kinds/household.py" line="183" />
      <location filename="../../workbench/kinds/receipt.py" line="144" />
      <source>Head of household</source>
      <translation>رب الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="18" />
      <source>Held on</source>
      <translation>عُقدت في</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="51" />
      <source>Host community</source>
      <translation>المجتمع المضيف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="82" />
      <location filename="../../workbench/kinds/receipt.py" line="144" />
      <source>Household</source>
      <translation>الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="26" />
      <source>Households</source>
      <translation>الأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="27" />
      <source>IATI identifier</source>
      <translation>معرّف IATI</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="50" />
      <source>IDPs</source>
      <translation>النازحون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="57" />
      <source>Indicator</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="27" />
      <source>Individuals</source>
      <translation>الأفراد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="84" />
      <source>Individuals (last count)</source>
      <translation>الأفراد (آخر إحصاء)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="63" />
      <source>Information given</source>
      <translation>المعلومات المقدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="186" />
      <source>Intention</source>
      <translation>النية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="37" />
      <source>Item</source>
      <translation>المادة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="44" />
      <location filename="../../workbench/kinds/crc_session.py" line="47" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="22" />
      <source>Kind</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="71" />
      <location filename="../../workbench/kinds/entitlement.py" line="84" />
      <location filename="../../workbench/kinds/stock_movement.py" line="153" />
      <source>Kit type</source>
      <translation>نوع الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="85" />
      <location filename="../../workbench/kinds/stock_movement.py" line="154" />
      <source>Kits</source>
      <translation>الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="43" />
      <source>Last verified</source>
      <translation>آخر تحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="110" />
      <source>Latitude</source>
      <translation>خط العرض</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="109" />
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="109" />
      <source>Local name</source>
      <translation>الاسم المحلي</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="169" />
      <location filename="../../workbench/kinds/site.py" line="81" />
      <location filename="../../workbench/kinds/work.py" line="54" />
      <source>Location</source>
      <translation>الموقع الجغرافي</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="17" />
      <source>Login name</source>
      <translation>اسم الدخول</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="111" />
      <source>Longitude</source>
      <translation>خط الطول</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="82" />
      <source>Managing agency</source>
      <translation>الجهة المديرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="46" />
      <source>Managing organisation</source>
      <translation>المنظمة المديرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="21" />
      <source>Members</source>
      <translation>الأعضاء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="29" />
      <source>Men</source>
      <translation>رجال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="55" />
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="71" />
      <source>Minimum</source>
      <translation>الحد الأدنى</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="95" />
      <source>Modality</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="153" />
      <source>Movement</source>
      <translation>الحركة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="43" />
      <location filename="../../workbench/kinds/donor.py" line="26" />
      <location filename="../../workbench/kinds/kit_type.py" line="67" />
      <location filename="../../workbench/kinds/location.py" line="108" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="27" />
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="52" />
      <source>No.</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="19" />
      <location filename="../../workbench/views/columns.py" line="23" />
      <location filename="../../workbench/kinds/progress_report.py" line="108" />
      <location filename="../../workbench/kinds/stock_movement.py" line="155" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="26" />
      <source>Old value</source>
      <translation>القيمة السابقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="30" />
      <source>Older men</source>
      <translation>رجال ⁦60+⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="29" />
      <source>Older women</source>
      <translation>نساء ⁦60+⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="47" />
      <location filename="../../workbench/kinds/site.py" line="85" />
      <source>Opened</source>
      <translation>تاريخ الافتتاح</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="39" />
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="254" />
      <source>Overdue</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="44" />
      <location filename="../../workbench/kinds/distribution.py" line="94" />
      <location filename="../../workbench/kinds/location.py" line="108" />
      <location filename="../../workbench/kinds/service_provider.py" line="40" />
      <location filename="../../workbench/kinds/site.py" line="81" />
      <source>P-code</source>
      <translation>P-code</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="171" />
      <source>Paid</source>
      <translation>المدفوع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="15" />
      <location filename="../../workbench/kinds/cash_tranche.py" line="54" />
      <location filename="../../workbench/kinds/work_payment.py" line="27" />
      <source>Paid on</source>
      <translation>تاريخ الدفع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="19" />
      <location filename="../../workbench/kinds/crc_session.py" line="49" />
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="70" />
      <source>People per kit</source>
      <translation>أشخاص لكل حقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="61" />
      <source>People served</source>
      <translation>المستفيدون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="69" />
      <source>Per household</source>
      <translation>لكل أسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="58" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="96" />
      <source>Planned</source>
      <translation>المخطط</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="57" />
      <source>Planned end</source>
      <translation>النهاية المخططة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="54" />
      <source>Planned on</source>
      <translation>التاريخ المخطط</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="57" />
      <source>Planned start</source>
      <translation>البداية المخططة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="60" />
      <source>Population group</source>
      <translation>الفئة السكانية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="252" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="165" />
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="108" />
      <location filename="../../workbench/kinds/work.py" line="56" />
      <source>Progress</source>
      <translation>الإنجاز</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="45" />
      <location filename="../../workbench/kinds/distribution.py" line="93" />
      <location filename="../../workbench/kinds/grant.py" line="168" />
      <location filename="../../workbench/kinds/site.py" line="82" />
      <location filename="../../workbench/kinds/work.py" line="53" />
      <source>Project</source>
      <translation>المشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="147" />
      <source>Proof</source>
      <translation>الإثبات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="52" />
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="37" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="22" />
      <source>Quantity</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="29" />
      <location filename="../../workbench/kinds/receipt.py" line="146" />
      <source>Received</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="146" />
      <source>Received by</source>
      <translation>المستلم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="166" />
      <source>Recipient</source>
      <translation>المستفيد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="150" />
      <source>Recorded by</source>
      <translation>سجله</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="23" />
      <source>Recorded on</source>
      <translation>تاريخ الرصد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="56" />
      <location filename="../../workbench/kinds/work_payment.py" line="29" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="248" />
      <source>Referred</source>
      <translation>تاريخ الإحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="251" />
      <source>Referred to</source>
      <translation>محال إلى</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="186" />
      <source>Registered</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="107" />
      <source>Reported on</source>
      <translation>تاريخ التقرير</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="31" />
      <source>Resolved</source>
      <translation>تاريخ المعالجة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="50" />
      <source>Returnees</source>
      <translation>العائدون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="18" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="68" />
      <source>Rule</source>
      <translation>القاعدة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="258" />
      <source>Satisfaction</source>
      <translation>الرضا</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="168" />
      <source>Sector</source>
      <translation>القطاع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="38" />
      <source>Sectors</source>
      <translation>القطاعات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="250" />
      <source>Service</source>
      <translation>الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="40" />
      <source>Services</source>
      <translation>الخدمات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="61" />
      <location filename="../../workbench/kinds/household.py" line="184" />
      <location filename="../../workbench/kinds/referral.py" line="256" />
      <source>Sex</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="94" />
      <location filename="../../workbench/kinds/household.py" line="185" />
      <location filename="../../workbench/kinds/site.py" line="80" />
      <source>Site</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="84" />
      <location filename="../../workbench/kinds/household.py" line="184" />
      <source>Size</source>
      <translation>عدد الأفراد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="36" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="96" />
      <source>Started</source>
      <translation>البدء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="53" />
      <location filename="../../workbench/kinds/complaint.py" line="30" />
      <location filename="../../workbench/kinds/distribution.py" line="95" />
      <location filename="../../workbench/kinds/grant.py" line="169" />
      <location filename="../../workbench/kinds/household.py" line="185" />
      <location filename="../../workbench/kinds/project.py" line="35" />
      <location filename="../../workbench/kinds/referral.py" line="253" />
      <location filename="../../workbench/kinds/site.py" line="83" />
      <location filename="../../workbench/kinds/work.py" line="56" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="59" />
      <source>Target</source>
      <translation>المستهدف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="49" />
      <location filename="../../workbench/kinds/indicator_value.py" line="57" />
      <location filename="../../workbench/kinds/outcome.py" line="15" />
      <location filename="../../workbench/kinds/output.py" line="15" />
      <location filename="../../workbench/kinds/project.py" line="34" />
      <location filename="../../workbench/kinds/work.py" line="52" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="18" />
      <location filename="../../workbench/views/columns.py" line="22" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="18" />
      <location filename="../../workbench/kinds/crc_session.py" line="47" />
      <source>Topic</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="13" />
      <source>Tranche</source>
      <translation>الدفعة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="22" />
      <location filename="../../workbench/kinds/site.py" line="80" />
      <location filename="../../workbench/kinds/work.py" line="53" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="50" />
      <location filename="../../workbench/kinds/indicator_value.py" line="58" />
      <location filename="../../workbench/kinds/kit_item.py" line="38" />
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="148" />
      <source>Verification</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="149" />
      <source>Verified</source>
      <translation>تاريخ التحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="98" />
      <location filename="../../workbench/kinds/stock_movement.py" line="152" />
      <source>Warehouse</source>
      <translation>المستودع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="25" />
      <source>What</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="62" />
      <source>What was asked</source>
      <translation>ما طُلب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="24" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="24" />
      <source>Who</source>
      <translation>المستخدم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="21" />
      <location filename="../../workbench/kinds/population_count.py" line="28" />
      <source>Women</source>
      <translation>نساء</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../workbench/views/errors.py" line="86" />
      <source>Not possible</source>
      <translation>غير ممكن</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../workbench/views/forms.py" line="76" />
      <source>(none)</source>
      <translation>(بدون)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="31" />
      <source>Accepts referrals</source>
      <translation>يقبل الإحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="52" />
      <source>Achieved</source>
      <translation>المتحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="15" />
      <source>Active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="49" />
      <source>Actual end</source>
      <translation>النهاية الفعلية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="48" />
      <source>Actual start</source>
      <translation>البداية الفعلية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="17" />
      <source>Added on</source>
      <translation>تاريخ الإضافة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="43" />
      <location filename="../../workbench/kinds/referral.py" line="198" />
      <source>Age group</source>
      <translation>الفئة العمرية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="34" />
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="216" />
      <source>Answer due by</source>
      <translation>الرد مطلوب قبل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="230" />
      <source>Answered on</source>
      <translation>تاريخ الرد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="142" />
      <source>Applied on</source>
      <translation>تاريخ الطلب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="162" />
      <source>Approved on</source>
      <translation>تاريخ الموافقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="62" />
      <source>At least (kits)</source>
      <translation>على الأقل (حقائب)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="18" />
      <source>Attached to</source>
      <translation>مرفق بـ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="167" />
      <source>Attended a come-and-tell session</source>
      <translation>حضر جلسة «تعال وأخبر»</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="42" />
      <source>Baseline</source>
      <translation>خط الأساس</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="18" />
      <source>Boys (0-17)</source>
      <translation>فتيان ⁦(0-17)⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="27" />
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="147" />
      <source>Business name (EDF)</source>
      <translation>اسم المشروع التجاري (EDF)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="9" />
      <source>By population group</source>
      <translation>حسب الفئة السكانية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="14" />
      <source>By sex and age</source>
      <translation>حسب الجنس والعمر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="24" />
      <location filename="../../workbench/kinds/crc_session.py" line="20" />
      <location filename="../../workbench/kinds/referral.py" line="186" />
      <source>CRC</source>
      <translation>مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="191" />
      <source>Case code</source>
      <translation>رمز الحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="21" />
      <location filename="../../workbench/kinds/kit_type.py" line="45" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="19" />
      <location filename="../../workbench/kinds/crc_contact.py" line="28" />
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="20" />
      <source>Checksum</source>
      <translation>المجموع الاختباري</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="37" />
      <location filename="../../workbench/kinds/referral.py" line="232" />
      <location filename="../../workbench/kinds/site.py" line="66" />
      <source>Closed on</source>
      <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="20" />
      <location filename="../../workbench/kinds/distribution.py" line="73" />
      <location filename="../../workbench/kinds/donor.py" line="15" />
      <location filename="../../workbench/kinds/grant.py" line="125" />
      <location filename="../../workbench/kinds/household.py" line="134" />
      <location filename="../../workbench/kinds/indicator.py" line="35" />
      <location filename="../../workbench/kinds/kit_type.py" line="41" />
      <location filename="../../workbench/kinds/outcome.py" line="12" />
      <location filename="../../workbench/kinds/output.py" line="12" />
      <location filename="../../workbench/kinds/project.py" line="19" />
      <location filename="../../workbench/kinds/referral.py" line="183" />
      <location filename="../../workbench/kinds/service_provider.py" line="20" />
      <location filename="../../workbench/kinds/work.py" line="27" />
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="13" />
      <source>Committee</source>
      <translation>اللجنة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="141" />
      <source>Complaint</source>
      <translation>الشكوى</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="90" />
      <source>Completed on</source>
      <translation>انتهى في</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="18" />
      <source>Condition</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="217" />
      <source>Consent given</source>
      <translation>تم إعطاء الموافقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="221" />
      <source>Consent given by</source>
      <translation>الموافقة مقدمة من</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="219" />
      <source>Consent given on</source>
      <translation>تاريخ الموافقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="21" />
      <source>Consent to share</source>
      <translation>الموافقة على المشاركة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="29" />
      <source>Contact</source>
      <translation>جهة الاتصال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="38" />
      <source>Contract value</source>
      <translation>قيمة العقد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="34" />
      <source>Contractor</source>
      <translation>المقاول</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="17" />
      <source>Counted on</source>
      <translation>تاريخ الإحصاء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="41" />
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="345" />
      <location filename="../../workbench/kinds/common.py" line="30" />
      <source>Currency</source>
      <translation>العملة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="70" />
      <source>DTM site ID</source>
      <translation>معرّف الموقع في DTM</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="157" />
      <source>Daily rate (CfW)</source>
      <translation>الأجر اليومي (CfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="138" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="26" />
      <source>Date of contact</source>
      <translation>تاريخ التواصل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="12" />
      <location filename="../../workbench/kinds/work.py" line="8" />
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="155" />
      <source>Days worked (CfW)</source>
      <translation>أيام العمل (CfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="174" />
      <source>Departure date</source>
      <translation>تاريخ المغادرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="14" />
      <location filename="../../workbench/kinds/complaint.py" line="26" />
      <location filename="../../workbench/kinds/kit_type.py" line="64" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="170" />
      <source>Destination</source>
      <translation>الوجهة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/base.py" line="25" />
      <location filename="../../workbench/kinds/cash_tranche.py" line="35" />
      <location filename="../../workbench/kinds/work_payment.py" line="20" />
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="68" />
      <location filename="../../workbench/kinds/entitlement.py" line="75" />
      <location filename="../../workbench/kinds/receipt.py" line="117" />
      <location filename="../../workbench/kinds/stock_movement.py" line="146" />
      <source>Distribution</source>
      <translation>التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="22" />
      <source>Donor</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="25" />
      <source>Durable solution</source>
      <translation>الحل الدائم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="26" />
      <source>End date</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="41" />
      <source>Exchange rate to the project's currency</source>
      <translation>سعر الصرف إلى عملة المشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="33" />
      <source>Facilitator</source>
      <translation>الميسّر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="13" />
      <source>File name</source>
      <translation>اسم الملف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="39" />
      <source>Focal point</source>
      <translation>نقطة الاتصال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="22" />
      <source>Follow-up</source>
      <translation>المتابعة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="238" />
      <source>Follow-up feedback</source>
      <translation>ملاحظات المتابعة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="236" />
      <source>Followed up on</source>
      <translation>تاريخ المتابعة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="15" />
      <source>Formed on</source>
      <translation>تاريخ التشكيل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="13" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="16" />
      <source>Girls (0-17)</source>
      <translation>فتيات ⁦(0-17)⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="137" />
      <source>Head of household</source>
      <translation>رب الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="15" />
      <location filename="../../workbench/kinds/crc_session.py" line="22" />
      <source>Held on</source>
      <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="42" />
      <source>Host community</source>
      <translation>المجتمع المضيف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="27" />
      <location filename="../../workbench/kinds/crc_contact.py" line="46" />
      <location filename="../../workbench/kinds/entitlement.py" line="76" />
      <location filename="../../workbench/kinds/receipt.py" line="120" />
      <location filename="../../workbench/kinds/referral.py" line="193" />
      <source>Household</source>
      <translation>الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="19" />
      <source>Households</source>
      <translation>الأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="13" />
      <source>How many a household gets</source>
      <translation>الكمية لكل أسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="40" />
      <source>How the reporting periods make one figure: counts add up; a share takes its latest value or the mean of the periods; a figure measured again each period takes its largest</source>
      <translation>كيف تعطي فترات التقرير رقماً واحداً: الأعداد تُجمع؛ والنسبة تأخذ آخر قيمة لها أو متوسط الفترات؛ والرقم الذي يُقاس من جديد في كل فترة يأخذ أعلى قيمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="20" />
      <source>IATI organisation identifier</source>
      <translation>معرّف المنظمة في IATI</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="38" />
      <source>IDPs</source>
      <translation>النازحون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="43" />
      <source>Indicator</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="21" />
      <source>Individuals</source>
      <translation>الأفراد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="55" />
      <source>Information given</source>
      <translation>المعلومات المقدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="160" />
      <source>Intention</source>
      <translation>النية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="32" />
      <source>Item</source>
      <translation>المادة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="149" />
      <source>Jobs created (EDF)</source>
      <translation>فرص العمل التي تم خلقها (EDF)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="151" />
      <source>Jobs retained (EDF)</source>
      <translation>فرص العمل المحافَظ عليها (EDF)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="13" />
      <source>Kind</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="153" />
      <source>Kind of assistance (ILA)</source>
      <translation>نوع المساعدة (ILA)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="24" />
      <source>Kind of centre</source>
      <translation>نوع المركز</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="24" />
      <source>Kind of session</source>
      <translation>نوع الجلسة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="69" />
      <location filename="../../workbench/kinds/entitlement.py" line="77" />
      <location filename="../../workbench/kinds/kit_item.py" line="30" />
      <location filename="../../workbench/kinds/stock_movement.py" line="136" />
      <source>Kit type</source>
      <translation>نوع الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="78" />
      <location filename="../../workbench/kinds/stock_movement.py" line="145" />
      <source>Kits</source>
      <translation>الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="58" />
      <source>Kits per household (fixed)</source>
      <translation>حقائب لكل أسرة (ثابت)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="34" />
      <source>Last verified on</source>
      <translation>تاريخ آخر تحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="176" />
      <location filename="../../workbench/kinds/location.py" line="105" />
      <location filename="../../workbench/kinds/site.py" line="74" />
      <source>Latitude</source>
      <translation>خط العرض</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="78" />
      <source>Left empty: what the kit type's rule gives the household's size</source>
      <translation>إذا تُرك فارغاً: ما تعطيه قاعدة نوع الحقيبة لحجم الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="99" />
      <source>Level</source>
      <translation>المستوى الإداري</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="96" />
      <source>Local name</source>
      <translation>الاسم المحلي</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="44" />
      <source>Locality / village</source>
      <translation>البلدة / القرية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="49" />
      <source>Location</source>
      <translation>الموقع الجغرافي</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="12" />
      <source>Login name</source>
      <translation>اسم الدخول</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="178" />
      <location filename="../../workbench/kinds/location.py" line="106" />
      <location filename="../../workbench/kinds/site.py" line="76" />
      <source>Longitude</source>
      <translation>خط الطول</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="57" />
      <source>Managing agency</source>
      <translation>الجهة المديرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="32" />
      <source>Managing organisation</source>
      <translation>المنظمة المديرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="43" />
      <source>Means of verification</source>
      <translation>وسائل التحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="16" />
      <source>Members</source>
      <translation>الأعضاء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="22" />
      <source>Men (18-59)</source>
      <translation>رجال ⁦(18-59)⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="78" />
      <source>Modality</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/base.py" line="28" />
      <location filename="../../workbench/kinds/work.py" line="38" />
      <source>Money</source>
      <translation>المبالغ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="139" />
      <source>Movement</source>
      <translation>الحركة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="13" />
      <location filename="../../workbench/kinds/crc.py" line="22" />
      <location filename="../../workbench/kinds/donor.py" line="17" />
      <location filename="../../workbench/kinds/kit_type.py" line="43" />
      <location filename="../../workbench/kinds/location.py" line="93" />
      <location filename="../../workbench/kinds/site.py" line="44" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="129" />
      <source>Name of the proxy</source>
      <translation>اسم الوكيل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="194" />
      <source>Never for a protection, GBV, child-protection or MHPSS referral</source>
      <translation>ليس لإحالات الحماية أو العنف القائم على النوع الاجتماعي أو حماية الطفل أو الصحة النفسية والدعم النفسي الاجتماعي</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="87" />
      <location filename="../../workbench/kinds/progress_report.py" line="105" />
      <location filename="../../workbench/kinds/receipt.py" line="138" />
      <location filename="../../workbench/kinds/stock_movement.py" line="149" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="29" />
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="26" />
      <source>Older men (60+)</source>
      <translation>رجال ⁦(60+)⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="24" />
      <source>Older women (60+)</source>
      <translation>نساء ⁦(60+)⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="60" />
      <source>One kit per how many people</source>
      <translation>حقيبة واحدة لكل كم شخص</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="35" />
      <location filename="../../workbench/kinds/site.py" line="59" />
      <source>Opened on</source>
      <translation>تاريخ الافتتاح</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="23" />
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="23" />
      <source>Organisation type</source>
      <translation>نوع المنظمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="46" />
      <location filename="../../workbench/kinds/output.py" line="11" />
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="47" />
      <source>Output</source>
      <translation>المُخرَج</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="90" />
      <source>P-code</source>
      <translation>الرمز الجغرافي (P-code)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="40" />
      <location filename="../../workbench/kinds/work_payment.py" line="18" />
      <source>Paid on</source>
      <translation>تاريخ الدفع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="101" />
      <source>Part of</source>
      <translation>تابع لـ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="16" />
      <location filename="../../workbench/kinds/crc_session.py" line="35" />
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="31" />
      <source>Partners</source>
      <translation>الشركاء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="42" />
      <source>Payment method</source>
      <translation>طريقة الدفع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="47" />
      <source>Payment reference</source>
      <translation>مرجع الدفع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="36" />
      <source>People served</source>
      <translation>المستفيدون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="8" />
      <source>Period and budget</source>
      <translation>الفترة والميزانية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="49" />
      <source>Period end</source>
      <translation>نهاية الفترة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="47" />
      <source>Period start</source>
      <translation>بداية الفترة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="39" />
      <source>Periods add up as</source>
      <translation>طريقة جمع الفترات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="138" />
      <location filename="../../workbench/kinds/household.py" line="143" />
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="83" />
      <source>Pick a date</source>
      <translation>اختيار تاريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="44" />
      <source>Planned end</source>
      <translation>النهاية المخططة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="39" />
      <location filename="../../workbench/kinds/distribution.py" line="83" />
      <source>Planned on</source>
      <translation>التاريخ المخطط</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="42" />
      <source>Planned start</source>
      <translation>البداية المخططة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="34" />
      <source>Population group</source>
      <translation>الفئة السكانية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="211" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="128" />
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="25" />
      <source>Programme details</source>
      <translation>تفاصيل البرنامج</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="102" />
      <source>Progress (%)</source>
      <translation>نسبة الإنجاز (%)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="47" />
      <location filename="../../workbench/kinds/indicator.py" line="34" />
      <location filename="../../workbench/kinds/outcome.py" line="11" />
      <source>Project</source>
      <translation>المشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="131" />
      <source>Proof</source>
      <translation>الإثبات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="42" />
      <source>Province / governorate</source>
      <translation>المحافظة / الإقليم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="31" />
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="34" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="17" />
      <source>Quantity</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="43" />
      <source>Rate date</source>
      <translation>تاريخ سعر الصرف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="124" />
      <source>Received by</source>
      <translation>استلمه</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="17" />
      <location filename="../../workbench/kinds/receipt.py" line="122" />
      <source>Received on</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="132" />
      <source>Recipient</source>
      <translation>المستفيد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="19" />
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="136" />
      <source>Recorded by</source>
      <translation>سجله</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="20" />
      <source>Recorded on</source>
      <translation>تاريخ الرصد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="48" />
      <location filename="../../workbench/kinds/work_payment.py" line="22" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="188" />
      <source>Referred on</source>
      <translation>تاريخ الإحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="208" />
      <source>Referred to</source>
      <translation>محال إلى</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="158" />
      <source>Registered on</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="100" />
      <source>Reported on</source>
      <translation>تاريخ التقرير</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="45" />
      <source>Reporting period</source>
      <translation>فترة التقرير</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="25" />
      <source>Resolved on</source>
      <translation>تاريخ المعالجة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="233" />
      <source>Result of the referral</source>
      <translation>نتيجة الإحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="40" />
      <source>Returnees</source>
      <translation>العائدون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="14" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="53" />
      <source>Rule</source>
      <translation>القاعدة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="240" />
      <source>Satisfaction</source>
      <translation>الرضا</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="141" />
      <source>Sector</source>
      <translation>القطاع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="30" />
      <source>Sectors</source>
      <translation>القطاعات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="229" />
      <source>Sent on</source>
      <translation>تاريخ الإرسال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="231" />
      <source>Service delivered on</source>
      <translation>تاريخ تقديم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="200" />
      <source>Service needed</source>
      <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="26" />
      <source>Services offered</source>
      <translation>الخدمات المقدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="41" />
      <location filename="../../workbench/kinds/referral.py" line="196" />
      <source>Sex</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="140" />
      <source>Sex of the head</source>
      <translation>جنس رب الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="135" />
      <source>Sex of the recipient</source>
      <translation>جنس المستفيد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="12" />
      <location filename="../../workbench/kinds/complaint.py" line="16" />
      <location filename="../../workbench/kinds/distribution.py" line="76" />
      <location filename="../../workbench/kinds/household.py" line="156" />
      <location filename="../../workbench/kinds/population_count.py" line="16" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="12" />
      <source>Site</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="150" />
      <source>Size</source>
      <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="16" />
      <source>Size (bytes)</source>
      <translation>الحجم (بايت)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="24" />
      <source>Start date</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="89" />
      <source>Started on</source>
      <translation>بدأ في</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="37" />
      <location filename="../../workbench/kinds/complaint.py" line="22" />
      <location filename="../../workbench/kinds/distribution.py" line="88" />
      <location filename="../../workbench/kinds/grant.py" line="161" />
      <location filename="../../workbench/kinds/household.py" line="145" />
      <location filename="../../workbench/kinds/project.py" line="23" />
      <location filename="../../workbench/kinds/referral.py" line="228" />
      <location filename="../../workbench/kinds/site.py" line="61" />
      <location filename="../../workbench/kinds/work.py" line="46" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="23" />
      <source>Steps</source>
      <translation>المراحل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="50" />
      <source>Target</source>
      <translation>المستهدف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="43" />
      <source>Territory / district</source>
      <translation>القضاء / المنطقة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="22" />
      <source>The identifier the donor publishes to IATI under, e.g. XI-IATI-EC_ECHO or US-GOV-1</source>
      <translation>المعرّف الذي ينشر به المانح في IATI، مثل XI-IATI-EC_ECHO أو US-GOV-1</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="49" />
      <source>The register's number or the form's id: a file imported twice never doubles the contact</source>
      <translation>رقم السجل أو معرّف الاستمارة: الملف المستورد مرتين لا يكرر جهة الاتصال أبدًا</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="36" />
      <location filename="../../workbench/kinds/outcome.py" line="13" />
      <location filename="../../workbench/kinds/output.py" line="13" />
      <location filename="../../workbench/kinds/project.py" line="21" />
      <location filename="../../workbench/kinds/work.py" line="29" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="14" />
      <location filename="../../workbench/kinds/crc_session.py" line="32" />
      <source>Topic</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="15" />
      <location filename="../../workbench/kinds/site.py" line="46" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="30" />
      <source>Type of work</source>
      <translation>نوع العمل</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="37" />
      <location filename="../../workbench/kinds/kit_item.py" line="35" />
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="15" />
      <location filename="../../workbench/kinds/receipt.py" line="139" />
      <source>Verification</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="140" />
      <source>Verified on</source>
      <translation>تاريخ التحقق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="153" />
      <source>Vulnerabilities</source>
      <translation>أوجه الضعف</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="85" />
      <location filename="../../workbench/kinds/stock_movement.py" line="134" />
      <source>Warehouse</source>
      <translation>المستودع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="165" />
      <source>Went on a go-and-see visit</source>
      <translation>شارك في زيارة «اذهب وشاهد»</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="13" />
      <location filename="../../workbench/kinds/crc_contact.py" line="53" />
      <source>What was asked</source>
      <translation>ما طُلب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="44" />
      <source>Where the values come from: departure lists, a household survey, the engineer's reports</source>
      <translation>مصدر القيم: قوائم المغادرة، مسح الأسر، تقارير المهندس</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="9" />
      <location filename="../../workbench/kinds/referral.py" line="20" />
      <source>Who</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="20" />
      <source>Women (18-59)</source>
      <translation>نساء ⁦(18-59)⁩</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="17" />
      <source>Women members</source>
      <translation>الأعضاء من النساء</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="98" />
      <location filename="../../workbench/kinds/work_payment.py" line="16" />
      <source>Work</source>
      <translation>الأعمال</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="159" />
      <source>Work site (CfW)</source>
      <translation>موقع العمل (CfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="76" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="7" />
      <source>%1 %2 does not exist (it may have been deleted)</source>
      <translation>السجل (%1) رقم %2 غير موجود (ربما حُذف)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="8" />
      <source>%1 %2 is taken here: give their record a new code (--value NEWCODE), or keep ours to drop theirs</source>
      <translation>%1 %2 مستخدم هنا: أعطِ سجلهم رمزاً جديداً (--value NEWCODE)، أو احتفظ بسجلنا لاستبعاد سجلهم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="9" />
      <source>%1 cannot be attached: a file name with '..', a slash, a backslash or a control character is refused; rename the file first</source>
      <translation>لا يمكن إرفاق %1: يُرفض اسم الملف الذي يحتوي على '..' أو شرطة مائلة أو شرطة مائلة عكسية أو حرف تحكم؛ أعد تسمية الملف أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="10" />
      <source>%1 cannot be closed: %2 households are still present. Record their departure first.</source>
      <translation>لا يمكن إغلاق %1: عدد الأسر التي ما زالت في الموقع %2. سجّل مغادرتها أولاً.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="11" />
      <source>%1 does not accept referrals now (the service map says so); refer to another provider</source>
      <translation>%1 لا يقبل الإحالات حالياً (حسب خريطة الخدمات)؛ أحِل إلى مقدم خدمة آخر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="12" />
      <source>%1 exists already; a laptop's database is written to a new file</source>
      <translation>%1 موجود من قبل؛ تُكتب قاعدة بيانات الحاسوب في ملف جديد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="13" />
      <source>%1 exists; add --replace to overwrite it</source>
      <translation>%1 موجود؛ أضف ‎--replace‎ لاستبداله</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="14" />
      <source>%1 has a header row but no data rows</source>
      <translation>يحتوي %1 على صف العناوين ولكن لا يحتوي على أي صف بيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="15" />
      <source>%1 has no field %2</source>
      <translation>لا يحتوي السجل (%1) على الحقل %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="16" />
      <source>%1 has no file %2.csv; its files are: %3</source>
      <translation>لا يحتوي %1 على الملف %2.csv؛ ملفاته هي: %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="17" />
      <source>%1 has no items; a kit with no items cannot be distributed</source>
      <translation>%1 لا يحتوي على أي مادة؛ لا يمكن توزيع حقيبة بلا مواد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="18" />
      <source>%1 has no sheet</source>
      <translation>لا يحتوي %1 على أي ورقة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="19" />
      <source>%1 has no sheet %2; its sheets are: %3</source>
      <translation>لا يحتوي %1 على الورقة %2؛ أوراقه هي: %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="20" />
      <source>%1 has no workbench tables yet; run 'workbench db upgrade' first.</source>
      <translation>لا تحتوي %1 على جداول منصة العمل بعد؛ شغّل 'workbench db upgrade' أولاً.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="21" />
      <source>%1 households are registered in this site; delete or move them first</source>
      <translation>يوجد %1 من الأسر المسجلة في هذا الموقع؛ احذفها أو انقلها أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="22" />
      <source>%1 households received kits on it; cancel it instead</source>
      <translation>استلمت %1 أسرة عدداً فيه؛ ألغه بدلاً من ذلك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="23" />
      <source>%1 is %2 MB; attachments are limited to %3 MB</source>
      <translation>حجم %1 هو %2 ميغابايت؛ والحد الأقصى لحجم المرفقات %3 ميغابايت</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="24" />
      <source>%1 is %2: it can no longer be changed or deleted</source>
      <translation>%1 في حالة «%2»: لم يعد التعديل أو الحذف ممكنًا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="25" />
      <source>%1 is %2: what belongs to it can no longer be added, changed or deleted</source>
      <translation>%1 في حالة «%2»: لم يعد من الممكن إضافة ما يتبعه أو تعديله أو حذفه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="26" />
      <source>%1 is a CSV file: it has no sheets</source>
      <translation>%1 ملف CSV: لا يحتوي على أوراق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="27" />
      <source>%1 is a database; it is never overwritten: choose another file</source>
      <translation>%1 قاعدة بيانات؛ لا يُكتب فوقها أبدًا: اختر ملفًا آخر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="28" />
      <source>%1 is a folder; choose a file</source>
      <translation>%1 مجلد؛ اختر ملفًا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="29" />
      <source>%1 is damaged in the database (its hash does not match)</source>
      <translation>الملف %1 تالف في قاعدة البيانات (قيمة التجزئة الخاصة به غير مطابقة)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="30" />
      <source>%1 is empty</source>
      <translation>الملف %1 فارغ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="31" />
      <source>%1 is no active user of the office's database (workbench user list)</source>
      <translation>%1 ليس مستخدماً نشطاً لقاعدة بيانات المكتب (workbench user list)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="32" />
      <source>%1 is not a database, or an encrypted one whose keys file %2 is missing beside it.</source>
      <translation>%1 ليست قاعدة بيانات، أو هي قاعدة مشفّرة ينقصها ملف المفاتيح %2 بجانبها.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="33" />
      <source>%1 is not a document the workbench opens; save it and check it first</source>
      <translation>%1 ليس مستنداً يفتحه البرنامج؛ احفظه وافحصه أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="34" />
      <source>%1 is not a readable CSV file (%2)</source>
      <translation>%1 ليس ملف CSV قابلاً للقراءة (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="35" />
      <source>%1 is not a readable Excel file (%2)</source>
      <translation>%1 ليس ملف Excel قابلاً للقراءة (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="36" />
      <source>%1 is not a readable Excel file (the file is damaged)</source>
      <translation>%1 ليس ملف Excel قابلاً للقراءة (الملف تالف)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="37" />
      <source>%1 is not a readable XLSForm (an Excel file with sheets survey and choices)</source>
      <translation>%1 ليس نموذج XLSForm مقروءاً (ملف Excel فيه ورقتا survey وchoices)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="38" />
      <source>%1 is not a role; the roles are: %2</source>
      <translation>%1 ليس دورًا؛ الأدوار هي: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="39" />
      <source>%1 is not a user of this database; an administrator adds users (workbench user add)</source>
      <translation>%1 ليس مستخدمًا لقاعدة البيانات هذه؛ يضيف المسؤول المستخدمين (workbench user add)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="40" />
      <source>%1 is not a workbench database.</source>
      <translation>%1 ليست قاعدة بيانات لمنصة العمل.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="41" />
      <source>%1 is not an Excel file (it is damaged, or another kind of file renamed)</source>
      <translation>%1 ليس ملف Excel (إما أنه تالف، أو أنه ملف من نوع آخر غُيّر اسمه)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="42" />
      <source>%1 is not an XLSForm: it has no sheets survey and choices</source>
      <translation>%1 ليس نموذج XLSForm: ليس فيه ورقتا survey وchoices</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="43" />
      <source>%1 is not in the same country as its parent %2</source>
      <translation>%1 ليس في البلد نفسه الذي يقع فيه المستوى الأعلى %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="44" />
      <source>%1 is open; the closure report covers closing and closed sites</source>
      <translation>%1 مفتوح؛ تقرير الإغلاق يشمل المواقع قيد الإغلاق والمغلقة فقط</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="45" />
      <source>%1 is outside your scope (%2)</source>
      <translation>%1 خارج نطاقك (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="46" />
      <source>%1 is the last active administrator; make another user an administrator first</source>
      <translation>%1 هو آخر مسؤول نشط؛ اجعل مستخدمًا آخر مسؤولًا أولًا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="47" />
      <source>%1 is the open database or one of its files; choose another file</source>
      <translation>%1 هو قاعدة البيانات المفتوحة أو أحد ملفاتها؛ اختر ملفًا آخر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="48" />
      <source>%1 may not do this: %2</source>
      <translation>لا يجوز لـ %1 القيام بهذا: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="49" />
      <source>%1 of sheet %2 holds a formula that was never calculated; open %3 in Excel, save it, and import it again</source>
      <translation>في %1 من الورقة %2 صيغة لم تُحسب قيمتها قط؛ افتح %3 في Excel واحفظه، ثم استورده مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="50" />
      <source>%1 records are not picked from a list</source>
      <translation>لا تُختار سجلات %1 من قائمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="51" />
      <source>%1 rows of %2 were rejected, so nothing was imported; correct them, or choose to import the valid rows only</source>
      <translation>عدد الصفوف المرفوضة من %2: %1، لذا لم يُستورد أي شيء؛ صحّحها، أو اختر استيراد الصفوف الصالحة فقط</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="52" />
      <source>%1 works on %2, not %3</source>
      <translation>%1 يعمل على %2، لا على %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="53" />
      <source>%1 would expand to %2 GB or more when opened (%3 is compressed %4 times); it is not a normal spreadsheet and was not read</source>
      <translation>سيتضخم %1 عند فتحه إلى %2 غيغابايت أو أكثر (نسبة ضغط %3 تبلغ %4 إلى 1)؛ هذا ليس جدول بيانات عادياً ولم تتم قراءته</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="54" />
      <source>%1: sheet %2 cannot be read (%3)</source>
      <translation>%1: تعذّرت قراءة الورقة %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="55" />
      <source>%1: the rows of %2.csv belong to %3, which no other file of the archive holds; export the form again with its repeats</source>
      <translation>%1: صفوف %2.csv تتبع %3، ولا يحتويه أي ملف آخر في الأرشيف؛ صدّر النموذج مرة أخرى مع مجموعاته المتكررة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="56" />
      <source>%1: the rows of sheet %2 belong to the table %3, and no sheet is that table; export the form again with every repeat group</source>
      <translation>%1: صفوف الورقة %2 تتبع الجدول %3، ولا توجد ورقة هي ذلك الجدول؛ صدّر النموذج مرة أخرى مع كل مجموعاته المتكررة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="57" />
      <source>%1: the rows of sheet %2 belong to the table %3, whose name KoboToolbox cut to 31 characters, and sheets %4 could both be it; export again with shorter repeat group names (or as XML headers), so each sheet is named whole</source>
      <translation>%1: صفوف الورقة %2 تتبع الجدول %3، الذي قصّ KoboToolbox اسمه إلى 31 حرفاً، ويمكن أن تكون الورقتان %4 كلتاهما هو؛ صدّر مرة أخرى بأسماء أقصر للمجموعات المتكررة (أو بعناوين XML) ليحمل كل ورقة اسمها كاملاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="58" />
      <source>%1: the rows of sheet %2 name several parent tables (%3); a repeat sheet has one</source>
      <translation>%1: صفوف الورقة %2 تذكر عدة جداول أم (%3)؛ لورقة المجموعة المتكررة جدول أم واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="59" />
      <source>%1: the sex of the members in %2 (%3) is typed by codes (%4); give the form's XLSForm (--form) so the codes are read by its choices, or export with labels</source>
      <translation>%1: جنس الأفراد في %2 (%3) مكتوب برموز (%4)؛ أعطِ نموذج XLSForm الخاص بالاستمارة (--form) لتُقرأ الرموز بخياراته، أو صدّر بالتسميات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="60" />
      <source>A %1 that is %2 cannot become %3; next steps: %4.</source>
      <translation>لا يمكن نقل السجل (%1) من الحالة %2 إلى الحالة %3؛ الخطوات التالية الممكنة: %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="61" />
      <source>A grant becomes disbursed when its first tranche is paid; pay a tranche instead.</source>
      <translation>تصبح المنحة «مصروفة» عند صرف دفعتها الأولى؛ اصرف دفعة بدلاً من ذلك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="62" />
      <source>A new database needs the name of its administrator (--user NAME).</source>
      <translation>تحتاج قاعدة البيانات الجديدة إلى اسم مسؤولها (--user الاسم).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="63" />
      <source>An in-memory database cannot be backed up.</source>
      <translation>لا يمكن النسخ الاحتياطي لقاعدة بيانات موجودة في الذاكرة فقط.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="64" />
      <source>An in-memory database cannot be encrypted.</source>
      <translation>لا يمكن تشفير قاعدة بيانات في الذاكرة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="65" />
      <source>CRC</source>
      <translation>مركز الموارد المجتمعية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="66" />
      <source>CRC contact</source>
      <translation>تواصل مع مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="67" />
      <source>CRC session</source>
      <translation>جلسة مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="68" />
      <source>Cannot create the database %1: %2</source>
      <translation>تعذّر إنشاء قاعدة البيانات %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="69" />
      <source>Cannot open the database: %1</source>
      <translation>تعذّر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="70" />
      <source>Cannot read the database %1: %2</source>
      <translation>تعذّرت قراءة قاعدة البيانات %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="71" />
      <source>Cannot use database URL %1: %2</source>
      <translation>تعذّر استخدام عنوان قاعدة البيانات %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="72" />
      <source>Cannot use database URL %1: its driver %2 is not installed; use postgresql+psycopg:// for PostgreSQL</source>
      <translation>تعذّر استخدام عنوان قاعدة البيانات %1: برنامج التشغيل %2 غير مثبّت؛ استخدم postgresql+psycopg:// لقاعدة PostgreSQL</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="73" />
      <source>DTM site ID</source>
      <translation>معرّف الموقع في DTM</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="74" />
      <source>IATI activity files hold projects: use 'workbench export projects'</source>
      <translation>ملفات أنشطة IATI تحتوي على المشاريع: استخدم 'workbench export projects'</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="75" />
      <source>No database at %1</source>
      <translation>لا توجد قاعدة بيانات في %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="76" />
      <source>Not a database URL (its port must be a number): %1</source>
      <translation>ليس عنوان قاعدة بيانات (يجب أن يكون المنفذ رقماً): %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="77" />
      <source>Not a database URL: %1</source>
      <translation>ليس عنوان قاعدة بيانات: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="78" />
      <source>Only a SQLite database file can be encrypted by the workbench.</source>
      <translation>لا يمكن للبرنامج تشفير سوى ملف قاعدة بيانات SQLite.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="79" />
      <source>Only an approved grant can be paid; this grant is %1.</source>
      <translation>لا يمكن الصرف إلا لمنحة موافق عليها؛ وحالة هذه المنحة: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="80" />
      <source>Only the database's owner upgrades its schema, and %1 is not it; ask IT to run 'workbench db upgrade' as the owner.</source>
      <translation>وحده مالك قاعدة البيانات يحدّث مخططها، و%1 ليس المالك؛ اطلب من قسم تقنية المعلومات تشغيل 'workbench db upgrade' بصفة المالك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="81" />
      <source>The backup to %1 failed: %2</source>
      <translation>فشل النسخ الاحتياطي إلى %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="82" />
      <source>The distribution cannot be cancelled: %1 households already received their kits on it.</source>
      <translation>لا يمكن إلغاء التوزيع: استلمت %1 أسرة عددها فيه بالفعل.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="83" />
      <source>The distribution has no kit types; add the kits it hands out first.</source>
      <translation>لا يحتوي التوزيع على أي نوع حقيبة؛ أضف أولاً الحقائب التي يسلمها.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="84" />
      <source>The distribution is %1; its list cannot change.</source>
      <translation>التوزيع %1؛ لا يمكن تغيير قائمته.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="85" />
      <source>The distribution's list has no household; build the list first.</source>
      <translation>لا تضم قائمة التوزيع أي أسرة؛ أعدّ القائمة أولاً.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="86" />
      <source>The grant is not fully paid (%1 of %2 %3); pay the remaining tranches before monitoring.</source>
      <translation>لم تُصرف المنحة بالكامل (%1 من أصل %2 %3)؛ اصرف الدفعات المتبقية قبل بدء المتابعة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="87" />
      <source>The upgrade was undone: row %1 of %2 refers to a missing %3 (%4 such rows); run 'workbench db check'.</source>
      <translation>أُلغيت الترقية: الصف %1 من %2 يشير إلى %3 غير موجود (%4 صفوف من هذا النوع)؛ شغّل ‎'workbench db check'‎.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="88" />
      <source>This %1 cannot be deleted: %2.</source>
      <translation>لا يمكن حذف هذا السجل (%1): %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="89" />
      <source>This database needs an upgrade; the database's owner runs 'workbench db upgrade'.</source>
      <translation>تحتاج قاعدة البيانات هذه إلى تحديث؛ يشغّل مالكها 'workbench db upgrade'.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="90" />
      <source>This database was written by a newer version of the workbench; install that version to open it.</source>
      <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من منصة العمل؛ ثبّت ذلك الإصدار لفتحها.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="91" />
      <source>a %1 has no field %2; fields: %3</source>
      <translation>لا يحتوي السجل (%1) على الحقل %2؛ الحقول المتاحة: %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="92" />
      <source>a country has no parent area</source>
      <translation>لا يكون للبلد مستوى إداري أعلى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="93" />
      <source>a date (YYYY-MM-DD or DD/MM/YYYY)</source>
      <translation>تاريخاً (YYYY-MM-DD أو DD/MM/YYYY)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="94" />
      <source>a laptop named %1 is enrolled already; give this one another name</source>
      <translation>حاسوب باسم %1 مسجَّل من قبل؛ أعطِ هذا اسماً آخر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="95" />
      <source>a number</source>
      <translation>رقماً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="96" />
      <source>a package made before this one has not been applied here: this database holds %1's changes up to #%2, and this package starts after #%3. Apply the earlier package first, or make a new package on %4 (it holds everything not yet acknowledged); nothing was applied</source>
      <translation>لم تُطبَّق هنا حزمة أُعدّت قبل هذه: تحوي قاعدة البيانات هذه تعديلات %1 حتى رقم %2، وتبدأ هذه الحزمة بعد رقم %3. طبّق الحزمة السابقة أولاً، أو أعدّ حزمة جديدة على %4 (تحوي كل ما لم يُؤكَّد استلامه)؛ لم يُطبَّق شيء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="97" />
      <source>a percentage's periods cannot be added up: choose latest, average or maximum</source>
      <translation>لا يمكن جمع فترات نسبة مئوية: اختر آخر قيمة أو المتوسط أو الحد الأقصى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="98" />
      <source>a possible duplicate is the same household (keep ours) or another one (take theirs)</source>
      <translation>التكرار المحتمل إما الأسرة نفسها (احتفظ بأسرتنا) أو أسرة أخرى (خذ أسرتهم)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="99" />
      <source>a scope is project:CODE or site:NAME, not %1</source>
      <translation>النطاق يُكتب project:الرمز أو site:الاسم، وليس %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="100" />
      <source>a step from %1 to %2 of %3, which is %4 here</source>
      <translation>خطوة من %1 إلى %2 لـ %3، وهو %4 هنا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="101" />
      <source>a tranche of grant %1, which is %2 here</source>
      <translation>دفعة من المنحة %1، وحالتها هنا %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="102" />
      <source>a value broken down by sex and age must be a whole number</source>
      <translation>القيمة المصنفة حسب الجنس والعمر يجب أن تكون عدداً صحيحاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="103" />
      <source>a whole number</source>
      <translation>عدداً صحيحاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="104" />
      <source>already in the database</source>
      <translation>موجود مسبقاً في قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="105" />
      <source>already received this distribution's kits on %1; a second receipt is not recorded</source>
      <translation>استلمت حقائب هذا التوزيع بالفعل في %1؛ لا يُسجل استلام ثانٍ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="106" />
      <source>also in row %1</source>
      <translation>مكرر في الصف %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="107" />
      <source>also in row %1 of sheet %2</source>
      <translation>مكرر في الصف %1 من الورقة %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="108" />
      <source>an IATI activity file is published, not encrypted: leave out --encrypt</source>
      <translation>ملف أنشطة IATI يُنشر ولا يُشفّر: احذف ‎--encrypt</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="109" />
      <source>an indicator is named by its code within its project, and no column of the file gives the project (its code, e.g. DRC-ECHO-2023-01): add one, or map it with --map COLUMN=project</source>
      <translation>يُسمّى المؤشر برمزه داخل مشروعه، ولا يوجد عمود في الملف يذكر المشروع (رمزه، مثل DRC-ECHO-2023-01): أضف عموداً، أو اربطه بـ --map COLUMN=project</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="110" />
      <source>an indicator measures an outcome or an output, not both</source>
      <translation>يقيس المؤشر نتيجةً أو مُخرَجاً، وليس كليهما</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="111" />
      <source>another %1 already has %2 %3</source>
      <translation>يوجد سجل آخر (%1) يحمل القيمة %3 في الحقل %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="112" />
      <source>another record here already has %1 %2; choose another</source>
      <translation>لسجل آخر هنا %1 %2 من قبل؛ اختر غيره</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="113" />
      <source>another user is saving; try again in a moment</source>
      <translation>مستخدم آخر يحفظ الآن؛ حاول مرة أخرى بعد لحظة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="114" />
      <source>attachment</source>
      <translation>مرفق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="115" />
      <source>audit entry %1 does not match its hash (it was changed outside the workbench); run 'workbench db check'</source>
      <translation>لا يطابق قيد سجل التدقيق %1 بصمته (عُدِّل خارج برنامج workbench)؛ شغّل 'workbench db check'</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="116" />
      <source>audit entry %1 is an erasure's own record; it is kept</source>
      <translation>قيد سجل التدقيق %1 هو سجل عملية محو؛ يُحتفظ به</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="117" />
      <source>cannot be after %1 (%2)</source>
      <translation>لا يمكن أن يكون بعد %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="118" />
      <source>cannot be after its first receipt (%1)</source>
      <translation>لا يمكن أن يكون بعد أول استلام فيه (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="119" />
      <source>cannot be before %1 (%2)</source>
      <translation>لا يمكن أن يكون قبل %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="120" />
      <source>cannot be before the distribution's date (%1)</source>
      <translation>لا يمكن أن يسبق تاريخ التوزيع (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="121" />
      <source>cannot be before the grant was approved (%1)</source>
      <translation>لا يمكن أن يكون قبل تاريخ الموافقة على المنحة (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="122" />
      <source>cannot be before the last progress report (%1)</source>
      <translation>لا يمكن أن يكون قبل آخر تقرير تقدم (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="123" />
      <source>cannot be before the previous tranche (%1)</source>
      <translation>لا يمكن أن يكون قبل الدفعة السابقة (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="124" />
      <source>cannot be in the future</source>
      <translation>لا يمكن أن يكون في المستقبل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="125" />
      <source>cannot be less than what was already paid (%1)</source>
      <translation>لا يمكن أن يكون أقل من المبلغ المدفوع حتى الآن (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="126" />
      <source>cannot be linked to a protection, GBV, child-protection or MHPSS referral: give the case code only</source>
      <translation>لا يمكن ربطها بإحالة حماية أو عنف قائم على النوع الاجتماعي أو حماية طفل أو صحة نفسية: اكتب رمز الحالة فقط</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="127" />
      <source>cannot be more than %1 (%2)</source>
      <translation>لا يمكن أن يكون أكثر من %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="128" />
      <source>cannot be negative</source>
      <translation>لا يمكن أن يكون سالباً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="129" />
      <source>cannot be taken back once the referral was sent (%1); withdraw the referral instead</source>
      <translation>لا يمكن التراجع عنه بعد إرسال الإحالة (%1)؛ اسحب الإحالة بدلاً من ذلك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="130" />
      <source>cannot erase a %1; erase one of: %2</source>
      <translation>لا يمكن محو %1؛ امحُ أحد ما يلي: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="131" />
      <source>cannot export to %1; use xlsx or csv</source>
      <translation>لا يمكن التصدير بالصيغة %1؛ استخدم xlsx أو csv</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="132" />
      <source>cannot go from %1 to %2</source>
      <translation>لا يمكن الانتقال من %1 إلى %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="133" />
      <source>cannot go from %1 to %2 in a file; take the step in the window</source>
      <translation>لا يمكن الانتقال من %1 إلى %2 عبر ملف؛ نفّذ الخطوة في النافذة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="134" />
      <source>cannot hold / &amp; | or ?: IATI identifiers never do</source>
      <translation>لا يمكن أن يحتوي على / أو &amp; أو | أو ؟: معرّفات IATI لا تحتوي عليها أبداً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="135" />
      <source>cannot import %1; use one of: %2</source>
      <translation>لا يمكن استيراد %1؛ استخدم أحد الأنواع التالية: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="136" />
      <source>cannot open %1: %2</source>
      <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="137" />
      <source>cash tranche</source>
      <translation>دفعة نقدية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="138" />
      <source>cash was paid to this household; it cannot be deleted</source>
      <translation>تم دفع مبالغ نقدية لهذه الأسرة؛ لا يمكن حذفها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="139" />
      <source>choose a project: the progress report is printed for one project</source>
      <translation>اختر مشروعاً: يُطبع تقرير التقدم لمشروع واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="140" />
      <source>choose a site: the site profile is printed for one site</source>
      <translation>اختر موقعاً: يُطبع ملف الموقع لموقع واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="141" />
      <source>choose ours, theirs or a value</source>
      <translation>اختر قيمتنا أو قيمتهم أو قيمة أخرى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="142" />
      <source>column %1 holds codes (%2), not the words of a %3: %4; import it with --form, the XLSForm whose choices say what each code means, or export the file with labels</source>
      <translation>يحتوي العمود %1 على رموز (%2)، لا على كلمات %3: %4؛ استورده مع --form، نموذج XLSForm الذي تقول خياراته ما يعنيه كل رمز، أو صدّر الملف بالتسميات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="143" />
      <source>columns %1 and %2 are both mapped to %3</source>
      <translation>العمودان %1 و%2 مطابَقان كلاهما مع الحقل %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="144" />
      <source>committee</source>
      <translation>لجنة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="145" />
      <source>committee training</source>
      <translation>تدريب لجنة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="146" />
      <source>complaint</source>
      <translation>شكوى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="147" />
      <source>distribution</source>
      <translation>التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="148" />
      <source>does not accept referrals now (the service map says so); choose another provider</source>
      <translation>لا يقبل الإحالات حالياً (حسب خريطة الخدمات)؛ اختر مقدم خدمة آخر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="149" />
      <source>does not offer %1; it offers: %2</source>
      <translation>لا يقدم %1؛ يقدم: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="150" />
      <source>donor</source>
      <translation>جهة مانحة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="151" />
      <source>entitlement</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="152" />
      <source>give the laptop a name (--laptop NYUNZU-1)</source>
      <translation>أعطِ الحاسوب اسماً (--laptop NYUNZU-1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="153" />
      <source>give the site or the village (location) of the distribution</source>
      <translation>حدد موقع التوزيع أو قريته (المكان)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="154" />
      <source>give the site whose households go on the list</source>
      <translation>حدد الموقع الذي تُدرج أسره في القائمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="155" />
      <source>give the user's login name</source>
      <translation>أدخل اسم دخول المستخدم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="156" />
      <source>grant</source>
      <translation>منحة سبل عيش</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="157" />
      <source>has %1 (%2 given)</source>
      <translation>المنازل العشرية المسموح بها: %1 (القيمة المُدخلة %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="158" />
      <source>holds a character that turns text around on screen (a direction control); type it again</source>
      <translation>يحتوي على حرف يقلب اتجاه النص على الشاشة (رمز تحكم في الاتجاه)؛ اكتبه من جديد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="159" />
      <source>household</source>
      <translation>أسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="160" />
      <source>household %1 has the same head of household and phone; a household is registered once</source>
      <translation>للأسرة %1 ربّ الأسرة نفسه ورقم الهاتف نفسه؛ تُسجَّل الأسرة مرة واحدة فقط</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="161" />
      <source>household %1 here still has the same head of household and phone; correct the name or the phone of one of them first (on the laptop, or here), then take theirs</source>
      <translation>لا تزال للأسرة %1 هنا نفس رب الأسرة ونفس الهاتف؛ صحّح أولاً اسم إحداهما أو هاتفها (على الحاسوب الميداني أو هنا)، ثم خذ أسرتهم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="162" />
      <source>indicator</source>
      <translation>مؤشر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="163" />
      <source>indicator value</source>
      <translation>قيمة مؤشر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="164" />
      <source>is after the day it would be sent (%1): consent comes first</source>
      <translation>بعد يوم الإرسال (%1): الموافقة تأتي أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="165" />
      <source>is already handed out by this distribution</source>
      <translation>يسلمه هذا التوزيع بالفعل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="166" />
      <source>is already on the list for this kit type</source>
      <translation>مدرجة بالفعل في القائمة لهذا النوع من الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="167" />
      <source>is changed through the %1's workflow, not edited</source>
      <translation>يتغير عبر مراحل سير عمل السجل (%1)، ولا يُعدَّل مباشرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="168" />
      <source>is less than the %1 % reported on %2; a work's progress does not go down</source>
      <translation>أقل من %1 % المبلّغ عنها في %2؛ تقدّم الأعمال لا يتراجع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="169" />
      <source>is missing: give every group, or none</source>
      <translation>ناقص: أدخل كل الفئات أو لا شيء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="170" />
      <source>is missing: give every sex and age group, or none</source>
      <translation>غير مُدخل: أدخل جميع فئات الجنس والعمر، أو لا تُدخل أياً منها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="171" />
      <source>is more than the %1 % reported later, on %2; a work's progress does not go down</source>
      <translation>أكثر من %1 % المبلّغ عنها لاحقاً في %2؛ تقدّم الأعمال لا يتراجع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="172" />
      <source>is more than what remains of the grant (%1 %2)</source>
      <translation>أكبر من المتبقي من المنحة (%1 %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="173" />
      <source>is not a kit type of this distribution; add it to the distribution's kits first</source>
      <translation>ليس من أنواع حقائب هذا التوزيع؛ أضفه أولاً إلى حقائب التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="174" />
      <source>is not on the list of this distribution</source>
      <translation>ليست مدرجة في قائمة هذا التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="175" />
      <source>is required</source>
      <translation>مطلوب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="176" />
      <source>is required before the referral is sent: record who gave it and when</source>
      <translation>مطلوبة قبل إرسال الإحالة: سجّل من أعطاها ومتى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="177" />
      <source>is required below country level</source>
      <translation>مطلوب لما دون مستوى البلد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="178" />
      <source>is required for a paid tranche</source>
      <translation>مطلوب للدفعة المدفوعة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="179" />
      <source>is required for a referral that is %1</source>
      <translation>مطلوب لإحالة حالتها %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="180" />
      <source>is required for a resolved complaint</source>
      <translation>مطلوب للشكوى التي تمت معالجتها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="181" />
      <source>is required for a site that is %1: the date of its closure</source>
      <translation>مطلوب لموقع حالته %1: تاريخ إغلاقه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="182" />
      <source>is required for an amount in %1 (the project is in %2)</source>
      <translation>مطلوب لمبلغ بعملة %1 (عملة المشروع %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="183" />
      <source>is required for kits issued</source>
      <translation>مطلوب للحقائب الصادرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="184" />
      <source>is required when a proxy received the kits</source>
      <translation>مطلوب عندما يستلم وكيل الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="185" />
      <source>is required when every household gets a fixed number</source>
      <translation>مطلوب عندما تحصل كل أسرة على عدد ثابت</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="186" />
      <source>is required when sex and age groups are given</source>
      <translation>مطلوب عند إدخال فئات الجنس والعمر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="187" />
      <source>is required when the consent to share was given</source>
      <translation>مطلوب عند إعطاء الموافقة على المشاركة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="188" />
      <source>is required when the household has departed</source>
      <translation>مطلوب إذا غادرت الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="189" />
      <source>is required when the number depends on the household's size</source>
      <translation>مطلوب عندما يعتمد العدد على حجم الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="190" />
      <source>is required with an exchange rate</source>
      <translation>مطلوب عند إدخال سعر الصرف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="191" />
      <source>is set from the attached file</source>
      <translation>يُحدَّد من الملف المرفق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="192" />
      <source>is too large: at most %1</source>
      <translation>كبير جداً: الحد الأقصى %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="193" />
      <source>is too long: at most %1 characters (%2 given)</source>
      <translation>طويل جداً: %1 حرفاً على الأكثر (أُدخل %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="194" />
      <source>is too small: at least %1</source>
      <translation>صغير جداً: الحد الأدنى %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="195" />
      <source>it is the kit's last item and %1 is handing the kit out</source>
      <translation>إنها آخر مادة في الحقيبة والتوزيع %1 يسلّم هذه الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="196" />
      <source>it refers to a record this database does not hold (%1 %2)</source>
      <translation>يشير إلى سجل لا تحويه قاعدة البيانات هذه (%1 %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="197" />
      <source>it still has %1 %2; delete or move them first</source>
      <translation>لا يزال لديه %1 %2؛ احذفها أو انقلها أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="198" />
      <source>its last contact</source>
      <translation>آخر تواصل معه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="199" />
      <source>its last referral</source>
      <translation>آخر إحالة له</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="200" />
      <source>its last session</source>
      <translation>آخر جلسة له</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="201" />
      <source>its parent %1 (row %2 of sheet %3) is rejected</source>
      <translation>المستوى الأعلى %1 (الصف %2 من الورقة %3) مرفوض</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="202" />
      <source>its parent %1 (row %2) is rejected</source>
      <translation>المستوى الأعلى %1 (الصف %2) مرفوض</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="203" />
      <source>kit item</source>
      <translation>مادة الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="204" />
      <source>kit of a distribution</source>
      <translation>حقيبة التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="205" />
      <source>kit type</source>
      <translation>نوع الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="206" />
      <source>kits issued later came from it; the stock would go below zero</source>
      <translation>صدرت منها حقائب لاحقاً؛ سينخفض المخزون دون الصفر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="207" />
      <source>line %1 of %2 holds a NUL character: it is not a text file, or it is damaged</source>
      <translation>يحتوي السطر %1 من %2 على حرف NUL: إما أنه ليس ملفاً نصياً، أو أنه تالف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="208" />
      <source>line %1 of %2 is damaged: the file says it is %3 text, but that line is not</source>
      <translation>السطر %1 من %2 تالف: يقول الملف إنه نص %3، لكن هذا السطر ليس كذلك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="209" />
      <source>line %1 of %2 is neither UTF-8 nor Windows-1252 text; save the file as UTF-8 and import it again</source>
      <translation>السطر %1 من %2 ليس نصًا بترميز UTF-8 ولا Windows-1252؛ احفظ الملف بترميز UTF-8 واستورده مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="210" />
      <source>line %1 of %2 is not UTF-8 text like the rest of the file (it was probably copied from a file saved in another encoding); correct that line, save the file as UTF-8 and import it again</source>
      <translation>السطر %1 من %2 ليس نصًا بترميز UTF-8 مثل بقية الملف (ربما نُسخ من ملف محفوظ بترميز آخر)؛ صحّح هذا السطر واحفظ الملف بترميز UTF-8 واستورده مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="211" />
      <source>location</source>
      <translation>موقع جغرافي</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="212" />
      <source>mapping %1 is for %2, not %3</source>
      <translation>المطابقة %1 خاصة بالنوع %2، وليس %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="213" />
      <source>money was paid on this grant; its payments must stay on record</source>
      <translation>تم صرف مبالغ من هذه المنحة؛ يجب أن تبقى دفعاتها مسجلة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="214" />
      <source>must be %1 or %2 (not %3)</source>
      <translation>يجب أن يكون %1 أو %2 (وليس %3)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="215" />
      <source>must be %1, not %2</source>
      <translation>يجب أن يكون %1، وليس %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="216" />
      <source>must be a finite number</source>
      <translation>يجب أن يكون رقماً محدوداً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="217" />
      <source>must be at least %1</source>
      <translation>يجب أن يكون %1 على الأقل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="218" />
      <source>must be at least 1 year</source>
      <translation>يجب أن تكون سنة واحدة على الأقل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="219" />
      <source>must be between %1 and %2</source>
      <translation>يجب أن يكون بين %1 و%2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="220" />
      <source>must be days worked x daily rate = %1</source>
      <translation>يجب أن يساوي أيام العمل × الأجر اليومي = %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="221" />
      <source>must be empty when no consent to share was given</source>
      <translation>يجب أن يبقى فارغاً عند عدم إعطاء الموافقة على المشاركة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="222" />
      <source>must be more than 0</source>
      <translation>يجب أن يكون أكبر من 0</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="223" />
      <source>must be more than zero</source>
      <translation>يجب أن يكون أكبر من صفر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="224" />
      <source>must be on or after %1</source>
      <translation>يجب أن يكون في %1 أو بعده</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="225" />
      <source>must be one level up (level %1); %2 is level %3</source>
      <translation>يجب أن يكون في المستوى الأعلى مباشرة (المستوى %1)؛ و%2 في المستوى %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="226" />
      <source>must be one of: %1</source>
      <translation>يجب أن يكون أحد الخيارات التالية: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="227" />
      <source>must be one of: %1 (not %2)</source>
      <translation>يجب أن يكون أحد الخيارات التالية: %1 (وليس %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="228" />
      <source>must be skip or update</source>
      <translation>يجب أن يكون skip أو update</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="229" />
      <source>must be two capital letters (the country) followed by letters or digits, e.g. CD74</source>
      <translation>يجب أن يتكون من حرفين لاتينيين كبيرين (رمز البلد) تليهما حروف أو أرقام، مثلاً CD74</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="230" />
      <source>no CRC with the code %1; check the code (e.g. IQ-CRC-BAR-01)</source>
      <translation>لا يوجد مركز موارد بالرمز %1؛ تحقق من الرمز (مثلاً IQ-CRC-BAR-01)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="231" />
      <source>no activities%1</source>
      <translation>لا توجد أنشطة%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="232" />
      <source>no audit entry %1</source>
      <translation>لا يوجد قيد %1 في سجل التدقيق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="233" />
      <source>no audit entry to erase</source>
      <translation>لا يوجد قيد في سجل التدقيق لمحوه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="234" />
      <source>no closing or closed site%1</source>
      <translation>لا يوجد موقع قيد الإغلاق أو مغلق%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="235" />
      <source>no column of %1 is mapped to a field of a %2; fields: %3</source>
      <translation>لم يُطابَق أي عمود من %1 مع حقل من حقول السجل (%2)؛ الحقول: %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="236" />
      <source>no column to export</source>
      <translation>لا يوجد عمود للتصدير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="237" />
      <source>no contacts, sessions or referrals%1</source>
      <translation>لا يوجد تواصل أو جلسات أو إحالات%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="238" />
      <source>no departures and no tranches paid in the period %1</source>
      <translation>لا توجد مغادرات ولا دفعات مدفوعة في الفترة %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="239" />
      <source>no distribution with the code %1</source>
      <translation>لا يوجد توزيع بالرمز %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="240" />
      <source>no distributions%1</source>
      <translation>لا توجد توزيعات%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="241" />
      <source>no file at %1</source>
      <translation>لا يوجد ملف في %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="242" />
      <source>no grants%1</source>
      <translation>لا توجد منح%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="243" />
      <source>no infrastructure works%1</source>
      <translation>لا توجد أعمال بنية تحتية%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="244" />
      <source>no open conflict #%1 (workbench sync conflicts lists them)</source>
      <translation>لا تعارض مفتوح رقم %1 (workbench sync conflicts يسردها)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="245" />
      <source>no peer named %1 (peers: %2)</source>
      <translation>لا طرف باسم %1 (الأطراف: %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="246" />
      <source>no project %1</source>
      <translation>المشروع غير موجود: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="247" />
      <source>no project with the code %1; check the code (e.g. DRC-ECHO-2023-01)</source>
      <translation>لا يوجد مشروع بالرمز %1؛ تحقق من الرمز (مثلاً DRC-ECHO-2023-01)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="248" />
      <source>no saved mapping %1 (saved: %2)</source>
      <translation>لا توجد مطابقة محفوظة باسم %1 (المطابقات المحفوظة: %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="249" />
      <source>no site named %1; check the name as it is written in the sites list</source>
      <translation>لا يوجد موقع باسم %1؛ تحقق من الاسم كما هو مكتوب في قائمة المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="250" />
      <source>no site to open the complaint on: neither the distribution nor the household has one</source>
      <translation>لا يوجد موقع لفتح الشكوى فيه: لا التوزيع ولا الأسرة مرتبطان بموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="251" />
      <source>no table %1; use one of: %2</source>
      <translation>لا يوجد جدول باسم %1؛ استخدم أحد الجداول التالية: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="252" />
      <source>no user given: name a user of this database (workbench user list)</source>
      <translation>لم يُحدَّد مستخدم: اذكر مستخدمًا لقاعدة البيانات هذه (workbench user list)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="253" />
      <source>nothing recorded for project %1 in the period %2</source>
      <translation>لا شيء مسجل للمشروع %1 في الفترة %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="254" />
      <source>nothing to report for project %1 in the period %2: the project runs from %3 to %4</source>
      <translation>لا شيء للإبلاغ عنه للمشروع %1 في الفترة %2: يمتد المشروع من %3 إلى %4</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="255" />
      <source>only a resolved complaint has a resolution date</source>
      <translation>لا يكون تاريخ المعالجة إلا للشكوى التي تمت معالجتها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="256" />
      <source>only an administrator erases personal data; %1 is a %2</source>
      <translation>لا يمحو البيانات الشخصية إلا مسؤول النظام؛ %1 دوره %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="257" />
      <source>only an administrator erases personal data; %1 is no active user of this database</source>
      <translation>لا يمحو البيانات الشخصية إلا مسؤول النظام؛ %1 ليس مستخدمًا نشطًا في قاعدة البيانات هذه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="258" />
      <source>only an administrator exchanges packages and resolves conflicts at the office</source>
      <translation>في المكتب، لا يتبادل الحزم ولا يحل التعارضات إلا المسؤول</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="259" />
      <source>only kits issued go to a distribution</source>
      <translation>الحقائب الصادرة فقط تذهب إلى توزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="260" />
      <source>outcome</source>
      <translation>نتيجة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="261" />
      <source>output</source>
      <translation>مُخرَج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="262" />
      <source>payment to a contractor</source>
      <translation>دفعة لمقاول</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="263" />
      <source>pg_dump failed: %1</source>
      <translation>فشل pg_dump: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="264" />
      <source>pg_dump is needed to back up a PostgreSQL database; install the PostgreSQL client.</source>
      <translation>يلزم pg_dump للنسخ الاحتياطي لقاعدة بيانات PostgreSQL؛ ثبّت عميل PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="265" />
      <source>pg_dump wrote an empty file; the backup was not kept.</source>
      <translation>كتب pg_dump ملفًا فارغًا؛ لم يُحتفظ بالنسخة الاحتياطية.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="266" />
      <source>population count</source>
      <translation>إحصاء سكاني</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="267" />
      <source>population groups add up to %1, not %2</source>
      <translation>مجموع الفئات السكانية %1 وليس %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="268" />
      <source>progress report</source>
      <translation>تقرير تقدم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="269" />
      <source>project</source>
      <translation>مشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="270" />
      <source>project %1 has no indicator %2</source>
      <translation>لا يحتوي المشروع %1 على المؤشر %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="271" />
      <source>project %1 has no place: IATI needs the country it works in; add the areas it covers to the project</source>
      <translation>المشروع %1 بلا مكان: يتطلب IATI البلد الذي يعمل فيه؛ أضف إلى المشروع المناطق التي يغطيها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="272" />
      <source>receipt</source>
      <translation>الاستلام</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="273" />
      <source>referral</source>
      <translation>إحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="274" />
      <source>replaced by row %1 of sheet %2</source>
      <translation>استُبدل بالصف %1 من الورقة %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="275" />
      <source>replaced by row %1 of the file</source>
      <translation>استُبدل بالصف %1 من الملف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="276" />
      <source>row %1 of %2 has %3 cells but its header row (row %4) names %5 columns; remove the extra cells or add their header, then import it again</source>
      <translation>الصف %1 من %2 فيه %3 خلايا لكن صف عناوينه (الصف %4) يسمّي %5 أعمدة؛ احذف الخلايا الزائدة أو أضف عنوانها، ثم استورده مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="277" />
      <source>row %1: %2</source>
      <translation>الصف %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="278" />
      <source>say why the entries are erased (the request, who asked)</source>
      <translation>اذكر سبب محو القيود (الطلب ومن قدّمه)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="279" />
      <source>service provider</source>
      <translation>مقدم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="280" />
      <source>sex and age groups add up to %1, not %2</source>
      <translation>مجموع فئات الجنس والعمر %1، وليس %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="281" />
      <source>sheet %1 of %2 fills all %3 rows Excel allows: rows were probably cut off when it was saved; import the original CSV file, or split it into several sheets</source>
      <translation>الورقة %1 من %2 تملأ جميع الصفوف التي يسمح بها Excel وعددها %3: ربما قُطعت صفوف عند حفظها؛ استورد ملف CSV الأصلي، أو قسّمه على عدة أوراق</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="282" />
      <source>sheet %1 of %2 has merged cells (%3); unmerge them and fill in every row, then import it again</source>
      <translation>في الورقة %1 من %2 خلايا مدمجة (%3)؛ ألغِ دمجها واملأ كل الصفوف، ثم استورد الملف مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="283" />
      <source>sheet %1 of %2 is empty</source>
      <translation>الورقة %1 من %2 فارغة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="284" />
      <source>site</source>
      <translation>موقع نزوح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="285" />
      <source>site infrastructure</source>
      <translation>بنية تحتية للموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="286" />
      <source>skipped</source>
      <translation>تم تجاوزه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="287" />
      <source>stock movement</source>
      <translation>حركة المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="288" />
      <source>stock was issued to it (%1 movements)</source>
      <translation>صدر له مخزون (%1 حركة)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="289" />
      <source>the %1 needs %2</source>
      <translation>يتطلب %1 تحديد %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="290" />
      <source>the %1 table cannot be sorted by %2</source>
      <translation>لا يمكن ترتيب الجدول %1 حسب %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="291" />
      <source>the %1 table has no filter %2</source>
      <translation>لا يحتوي الجدول %1 على عامل التصفية %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="292" />
      <source>the %1 was changed since this file was exported (version %2 in the file, %3 now); export it again and make the change there</source>
      <translation>تغيّر السجل (%1) منذ تصدير هذا الملف (الإصدار %2 في الملف، و%3 الآن)؛ صدّره مرة أخرى وأجرِ التعديل فيه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="293" />
      <source>the CRC closed</source>
      <translation>إغلاق مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="294" />
      <source>the CRC opened</source>
      <translation>افتتاح مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="295" />
      <source>the actual start</source>
      <translation>البداية الفعلية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="296" />
      <source>the audit log's chain head is missing, so nothing can be saved; run 'workbench db check'</source>
      <translation>رأس سلسلة سجل التدقيق مفقود، فلا يمكن حفظ شيء؛ شغّل 'workbench db check'</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="297" />
      <source>the copy failed its integrity check: %1</source>
      <translation>لم تنجح النسخة في فحص السلامة: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="298" />
      <source>the database already has data; demo data goes into a new, empty database</source>
      <translation>تحتوي قاعدة البيانات على بيانات مسبقاً؛ تُحمَّل البيانات التجريبية في قاعدة بيانات جديدة فارغة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="299" />
      <source>the database refused this %1: %2</source>
      <translation>رفضت قاعدة البيانات هذا السجل (%1): %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="300" />
      <source>the date received</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="301" />
      <source>the day it was sent</source>
      <translation>يوم إرسالها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="302" />
      <source>the file has no column %1</source>
      <translation>لا يحتوي الملف على العمود %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="303" />
      <source>the household received its kits on %1; delete its receipt first</source>
      <translation>استلمت الأسرة حقائبها في %1؛ احذف إيصال الاستلام أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="304" />
      <source>the household's registration date</source>
      <translation>تاريخ تسجيل الأسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="305" />
      <source>the individuals</source>
      <translation>عدد الأفراد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="306" />
      <source>the list of distribution %1 has no household; build the list first</source>
      <translation>لا تضم قائمة التوزيع %1 أي أسرة؛ أعدّ القائمة أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="307" />
      <source>the members</source>
      <translation>عدد الأعضاء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="308" />
      <source>the office decides about its new records: this one is created here once the office has resolved it (or once what refused it here is corrected)</source>
      <translation>يقرر المكتب بشأن سجلاته الجديدة: يُنشأ هذا السجل هنا حين يحلّه المكتب (أو حين يُصحَّح ما رفضه هنا)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="309" />
      <source>the opening date</source>
      <translation>تاريخ الافتتاح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="310" />
      <source>the passphrase must have at least %1 characters</source>
      <translation>يجب أن تتكون عبارة المرور من %1 حرفًا على الأقل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="311" />
      <source>the period starts (%1) after it ends (%2)</source>
      <translation>تاريخ بداية الفترة (%1) بعد تاريخ نهايتها (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="312" />
      <source>the period's start</source>
      <translation>بداية الفترة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="313" />
      <source>the planned start</source>
      <translation>البداية المخططة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="314" />
      <source>the record is no longer here; its conflict is closed</source>
      <translation>لم يعد السجل هنا؛ أُغلق تعارضه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="315" />
      <source>the referral date</source>
      <translation>تاريخ الإحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="316" />
      <source>the saved mappings in %1 cannot be read (%2); move the file away</source>
      <translation>تعذّرت قراءة المطابقات المحفوظة في %1 (%2)؛ انقل الملف إلى مكان آخر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="317" />
      <source>the site closed</source>
      <translation>إغلاق الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="318" />
      <source>the site opened</source>
      <translation>افتتاح الموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="319" />
      <source>the start date</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="320" />
      <source>the tranche was paid; cancel it instead of deleting it</source>
      <translation>تم دفع هذه الدفعة؛ ألغِها بدلاً من حذفها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="321" />
      <source>the work is %1; suspend it instead</source>
      <translation>حالة العمل «%1»؛ أوقفه مؤقتاً بدلاً من ذلك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="322" />
      <source>the work started</source>
      <translation>بدء العمل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="323" />
      <source>their record cannot be created here: %1</source>
      <translation>لا يمكن إنشاء سجلهم هنا: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="324" />
      <source>there is no file %1</source>
      <translation>الملف %1 غير موجود</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="325" />
      <source>there is no project to export</source>
      <translation>لا يوجد مشروع للتصدير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="326" />
      <source>this change cannot be applied here: %1; keep ours, or change the record and resolve it as ours</source>
      <translation>لا يمكن تطبيق هذا التعديل هنا: %1؛ احتفظ بقيمتنا، أو عدّل السجل وحلّ التعارض بقيمتنا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="327" />
      <source>this database exchanges no packages yet: enrol a laptop from the office's database (workbench sync enrol)</source>
      <translation>لا تتبادل قاعدة البيانات هذه أي حزم بعد: سجّل حاسوباً من قاعدة بيانات المكتب (workbench sync enrol)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="328" />
      <source>this database exchanges no packages: it is neither an office that enrolled laptops nor an enrolled laptop</source>
      <translation>لا تتبادل قاعدة البيانات هذه أي حزم: ليست مكتباً سجّل حواسيب ولا حاسوباً مسجَّلاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="329" />
      <source>this database is the laptop %1; laptops are enrolled from the office's database</source>
      <translation>قاعدة البيانات هذه هي الحاسوب %1؛ تُسجَّل الحواسيب من قاعدة بيانات المكتب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="330" />
      <source>this file is not a workbench sync package</source>
      <translation>هذا الملف ليس حزمة مزامنة للبرنامج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="331" />
      <source>this file is not a workbench sync package (its header cannot be read)</source>
      <translation>هذا الملف ليس حزمة مزامنة للبرنامج (لا يمكن قراءة ترويسته)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="332" />
      <source>this household already has a tranche No. %1</source>
      <translation>لهذه الأسرة دفعة برقم %1 من قبل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="333" />
      <source>this package cannot be opened with this database's key; ask %1 for a new package</source>
      <translation>لا تُفتح هذه الحزمة بمفتاح قاعدة البيانات هذه؛ اطلب حزمة جديدة من %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="334" />
      <source>this package comes from %1, which this database does not know; enrol the laptop from the office's database first</source>
      <translation>تأتي هذه الحزمة من %1 الذي لا تعرفه قاعدة البيانات هذه؛ سجّل الحاسوب من قاعدة بيانات المكتب أولاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="335" />
      <source>this package comes from another office's database (%1); packages are exchanged only between an office's database and the laptops enrolled from it</source>
      <translation>تأتي هذه الحزمة من قاعدة بيانات مكتب آخر (%1)؛ لا تُتبادل الحزم إلا بين قاعدة بيانات المكتب والحواسيب المسجَّلة منها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="336" />
      <source>this package was changed after %1 made it (its signature does not match); nothing was applied: ask %2 for a new package</source>
      <translation>عُدّلت هذه الحزمة بعد أن أعدّها %1 (توقيعها لا يطابق)؛ لم يُطبَّق شيء: اطلب حزمة جديدة من %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="337" />
      <source>this package was made for %1, not for this database (%2); apply it there</source>
      <translation>أُعدّت هذه الحزمة لـ %1 لا لقاعدة البيانات هذه (%2)؛ طبّقها هناك</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="338" />
      <source>this tranche is %1; only a planned tranche is paid</source>
      <translation>هذه الدفعة في حالة «%1»؛ لا تُدفع إلا دفعة مخطط لها</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="339" />
      <source>this work already has a payment with reference %1</source>
      <translation>لهذا العمل دفعة بالمرجع %1 مسبقاً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="340" />
      <source>unknown %1 %2</source>
      <translation>قيمة غير معروفة (%1): %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="341" />
      <source>unknown paper %1; use a4 or letter</source>
      <translation>حجم ورق غير معروف: %1؛ استخدم a4 أو letter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="342" />
      <source>unknown record type %1; use one of: %2</source>
      <translation>نوع سجل غير معروف: %1؛ استخدم أحد الأنواع التالية: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="343" />
      <source>unknown report %1; use one of: %2</source>
      <translation>تقرير غير معروف: %1؛ استخدم أحد التقارير التالية: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="344" />
      <source>unknown service %1; use: %2</source>
      <translation>خدمة غير معروفة %1؛ استخدم: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="345" />
      <source>unknown user %1</source>
      <translation>مستخدم غير معروف %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="346" />
      <source>unknown vulnerability %1; use: %2</source>
      <translation>وجه ضعف غير معروف: %1؛ استخدم: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="347" />
      <source>updated</source>
      <translation>تم تحديثه</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="348" />
      <source>user</source>
      <translation>مستخدم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="349" />
      <source>user %1 is deactivated</source>
      <translation>المستخدم %1 معطَّل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="350" />
      <source>was already verified on %1 (%2)</source>
      <translation>تم التحقق منه بالفعل في %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="351" />
      <source>work</source>
      <translation>عمل بنية تحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="352" />
      <source>yes or no</source>
      <translation>نعم أو لا</translation>
    </message>
  </context>
  <context>
    <name>numbers</name>
    <message>
      <location filename="../../workbench/views/words.py" line="146" />
      <source>the decimals follow “%1” here, and “%2” separates thousands: write %3 or %4</source>
      <translation>الكسور العشرية تأتي بعد «%1» هنا، و«%2» يفصل الآلاف: اكتب %3 أو %4</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="145" />
      <source>write a number such as %1</source>
      <translation>اكتب رقمًا مثل %1</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <location filename="../../workbench/views/privacy.py" line="46" />
      <source>All: every value as stored</source>
      <translation>الكل: كل قيمة كما هي محفوظة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="44" />
      <source>Anonymised: also vulnerabilities, sex, exact dates and sites left out or coarsened</source>
      <translation>مجهّلة: تُحذف أيضًا أوجه الضعف والجنس والتواريخ الدقيقة والمواقع أو تُعمَّم</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="70" />
      <source>Encrypt the file in a .zip archive with a passphrase (AES-256)</source>
      <translation>تشفير الملف في أرشيف ‎.zip بعبارة مرور (AES-256)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="133" />
      <source>Erase</source>
      <translation>محو</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="122" />
      <location filename="../../workbench/views/privacy.py" line="171" />
      <source>Erase personal data</source>
      <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="45" />
      <source>Masked: initials, the last two digits of phones, coordinates to 0.1 degree</source>
      <translation>مقنّعة: الأحرف الأولى، وآخر رقمين من الهاتف، والإحداثيات لأقرب 0.1 درجة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="172" />
      <source>No household of a site closed more than %1 years ago has personal data left.</source>
      <translation>لم تعد لدى أي أسرة في موقع مغلق منذ أكثر من %1 سنوات بيانات شخصية.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="43" />
      <source>None: names, phones, ID numbers and exact coordinates left out</source>
      <translation>بلا: تُحذف الأسماء والهواتف وأرقام الهوية والإحداثيات الدقيقة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="157" />
      <source>Not erased</source>
      <translation>لم يُمحَ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="79" />
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="69" />
      <source>Personal data</source>
      <translation>البيانات الشخصية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="58" />
      <source>Personal data in this export</source>
      <translation>البيانات الشخصية في هذا التصدير</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="176" />
      <source>The names, phone numbers, coordinates and notes of %1 households of sites closed more than %2 years ago (%3) will be replaced by "erased on DATE by you". Their figures still count. This cannot be undone.</source>
      <translation>ستُستبدل الأسماء وأرقام الهواتف والإحداثيات والملاحظات الخاصة بـ %1 أسرة في مواقع مغلقة منذ أكثر من %2 سنوات (%3) بعبارة «مُحي في التاريخ بواسطتك». وتبقى أرقامها محسوبة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="195" />
      <source>The names, phone numbers, coordinates and notes of the %1 %2 will be replaced by "erased on DATE by you", here, in its related records and in the history. Its figures still count. This cannot be undone.</source>
      <translation>ستُستبدل الأسماء وأرقام الهواتف والإحداثيات والملاحظات الخاصة بـ %1 %2 بعبارة «مُحي في التاريخ بواسطتك»، هنا وفي السجلات المرتبطة وفي السجل التاريخي. وتبقى أرقامه محسوبة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="106" />
      <source>The passphrase must have at least %1 characters.</source>
      <translation>يجب أن تتكون عبارة المرور من %1 حرفًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="80" />
      <source>The same again</source>
      <translation>العبارة نفسها مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="110" />
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="60" />
      <source>This table holds personal data. Choose what the file keeps of it.</source>
      <translation>يحتوي هذا الجدول على بيانات شخصية. اختر ما يحتفظ به الملف منها.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="130" />
      <source>Type %1 to confirm</source>
      <translation>اكتب %1 للتأكيد</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="8" />
      <source>Attachment</source>
      <translation>مرفق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="16" />
      <source>CRC contact</source>
      <translation>تواصل مع مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="12" />
      <source>CRC session</source>
      <translation>جلسة مركز الموارد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="16" />
      <source>Cash tranche</source>
      <translation>دفعة نقدية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="16" />
      <source>Cash tranches</source>
      <translation>الدفعات النقدية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="8" />
      <source>Committee</source>
      <translation>لجنة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="8" />
      <source>Committee training</source>
      <translation>تدريب لجنة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="8" />
      <source>Committees</source>
      <translation>اللجان</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="9" />
      <source>Community Resource Centre</source>
      <translation>مركز الموارد المجتمعية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="8" />
      <source>Complaint or feedback</source>
      <translation>شكوى أو ملاحظة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="9" />
      <source>Complaints and feedback</source>
      <translation>الشكاوى والملاحظات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="17" />
      <source>Contacts</source>
      <translation>الاتصالات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="35" />
      <source>Displacement site</source>
      <translation>موقع نزوح</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="65" />
      <source>Distribution</source>
      <translation>التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="9" />
      <source>Donor</source>
      <translation>جهة مانحة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="69" />
      <source>Entitlement</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="70" />
      <source>Entitlements</source>
      <translation>الاستحقاقات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="124" />
      <source>Household</source>
      <translation>أسرة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="28" />
      <source>Indicator</source>
      <translation>مؤشر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="35" />
      <source>Indicator value</source>
      <translation>قيمة مؤشر</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="9" />
      <source>Infrastructure</source>
      <translation>البنية التحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="18" />
      <source>Infrastructure work</source>
      <translation>عمل بنية تحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="26" />
      <source>Items</source>
      <translation>المواد</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="25" />
      <source>Kit item</source>
      <translation>مادة الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="63" />
      <source>Kit of a distribution</source>
      <translation>حقيبة التوزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="29" />
      <source>Kit type</source>
      <translation>نوع الحقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="64" />
      <source>Kits</source>
      <translation>الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="114" />
      <source>Livelihood grant</source>
      <translation>منحة سبل عيش</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="78" />
      <source>Location</source>
      <translation>موقع جغرافي</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/outcome.py" line="7" />
      <source>Outcome</source>
      <translation>نتيجة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/outcome.py" line="7" />
      <source>Outcomes</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/output.py" line="7" />
      <source>Output</source>
      <translation>مُخرَج</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/output.py" line="7" />
      <source>Outputs</source>
      <translation>المخرجات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work_payment.py" line="9" />
      <source>Payment to the contractor</source>
      <translation>دفعة للمقاول</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work_payment.py" line="10" />
      <source>Payments</source>
      <translation>المدفوعات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="9" />
      <source>Population</source>
      <translation>السكان</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="9" />
      <source>Population count</source>
      <translation>إحصاء سكاني</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="90" />
      <source>Progress report</source>
      <translation>تقرير تقدم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="90" />
      <source>Progress reports</source>
      <translation>تقارير التقدم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="11" />
      <source>Project</source>
      <translation>مشروع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="108" />
      <source>Receipt</source>
      <translation>الاستلام</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="109" />
      <source>Receipts</source>
      <translation>الاستلامات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="167" />
      <source>Referral</source>
      <translation>إحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="168" />
      <source>Referrals</source>
      <translation>الإحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="12" />
      <source>Service provider</source>
      <translation>مقدم الخدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="13" />
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="8" />
      <source>Site infrastructure</source>
      <translation>بنية تحتية للموقع</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="124" />
      <source>Stock movement</source>
      <translation>حركة المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="11" />
      <source>Trainings</source>
      <translation>التدريبات</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="8" />
      <source>User</source>
      <translation>مستخدم</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="36" />
      <source>Values by period</source>
      <translation>القيم حسب الفترة</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../workbench/views/roles.py" line="62" />
      <source>This %1 is outside your scope (%2)</source>
      <translation>هذا السجل (%1) خارج نطاقك (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="19" />
      <source>Your role (%1) does not allow adding these records</source>
      <translation>دورك (%1) لا يسمح بإضافة هذه السجلات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="20" />
      <source>Your role (%1) does not allow changing these records</source>
      <translation>دورك (%1) لا يسمح بتعديل هذه السجلات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="21" />
      <source>Your role (%1) does not allow deleting these records</source>
      <translation>دورك (%1) لا يسمح بحذف هذه السجلات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="23" />
      <source>Your role (%1) does not allow exporting these records</source>
      <translation>دورك (%1) لا يسمح بتصدير هذه السجلات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="24" />
      <source>Your role (%1) does not allow printing names</source>
      <translation>دورك (%1) لا يسمح بطباعة الأسماء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="18" />
      <source>Your role (%1) does not allow reading these records</source>
      <translation>دورك (%1) لا يسمح بقراءة هذه السجلات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="22" />
      <source>Your role (%1) does not allow workflow steps on these records</source>
      <translation>دورك (%1) لا يسمح بخطوات سير العمل على هذه السجلات</translation>
    </message>
  </context>
  <context>
    <name>screens</name>
    <message>
      <location filename="../../workbench/views/tables.py" line="388" />
      <source>"To" is before "From": no row can fall in that period.</source>
      <translation>تاريخ «إلى» قبل تاريخ «من»: لا يمكن أن يقع أي سطر في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="70" />
      <source>%1 CRCs</source>
      <translation>%1 مراكز موارد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="80" />
      <source>%1 distributions</source>
      <translation>%1 توزيع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="89" />
      <source>%1 donors</source>
      <translation>%1 جهات مانحة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="64" />
      <source>%1 grants</source>
      <translation>عدد المنح: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="61" />
      <source>%1 households</source>
      <translation>عدد الأسر: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="98" />
      <source>%1 indicators</source>
      <translation>%1 مؤشرات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="87" />
      <source>%1 kit types</source>
      <translation>%1 نوع حقيبة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="92" />
      <source>%1 locations</source>
      <translation>%1 مواقع جغرافية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="94" />
      <source>%1 outcomes</source>
      <translation>%1 نتائج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="96" />
      <source>%1 outputs</source>
      <translation>%1 مخرجات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="55" />
      <source>%1 projects</source>
      <translation>عدد المشاريع: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="72" />
      <source>%1 referrals</source>
      <translation>%1 إحالة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="483" />
      <source>%1 rows exported to %2</source>
      <translation>تم تصدير الصفوف (%1) إلى %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="485" />
      <source>%1 rows exported to %2; this table holds no personal data</source>
      <translation>صُدِّر %1 صفًا إلى %2؛ لا يحتوي هذا الجدول على بيانات شخصية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="76" />
      <source>%1 service providers</source>
      <translation>%1 مقدم خدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="58" />
      <source>%1 sites</source>
      <translation>عدد المواقع: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="84" />
      <source>%1 stock movements</source>
      <translation>%1 حركة مخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="99" />
      <source>%1 users</source>
      <translation>%1 مستخدمين</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="67" />
      <source>%1 works</source>
      <translation>عدد الأعمال: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="248" />
      <location filename="../../workbench/views/tables.py" line="274" />
      <source>A new record (Ctrl+N)</source>
      <translation>سجل جديد (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="106" />
      <source>All CRCs</source>
      <translation>كل المراكز</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="102" />
      <source>All locations</source>
      <translation>جميع المواقع الجغرافية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="102" />
      <source>All projects</source>
      <translation>جميع المشاريع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="103" />
      <source>All sites</source>
      <translation>جميع المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="104" />
      <source>Any intention</source>
      <translation>جميع النوايا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="106" />
      <source>Any kind of centre</source>
      <translation>أي نوع من المراكز</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="109" />
      <source>Any modality</source>
      <translation>أي طريقة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="109" />
      <source>Any movement</source>
      <translation>أي حركة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="107" />
      <source>Any priority</source>
      <translation>أي أولوية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="104" />
      <source>Any programme</source>
      <translation>جميع البرامج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="107" />
      <source>Any service</source>
      <translation>أي خدمة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="103" />
      <source>Any status</source>
      <translation>جميع الحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="105" />
      <source>Any type of site</source>
      <translation>جميع أنواع المواقع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="105" />
      <source>Any type of work</source>
      <translation>جميع أنواع الأعمال</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="444" />
      <source>CSV file (*.csv)</source>
      <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="256" />
      <source>Columns...</source>
      <translation>الأعمدة...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="69" />
      <source>Community Resource Centres</source>
      <translation>مراكز الموارد المجتمعية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="125" />
      <source>Counting...</source>
      <translation>جارٍ العد...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="467" />
      <source>Currency</source>
      <translation>العملة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="254" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="57" />
      <source>Displacement sites</source>
      <translation>مواقع النزوح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="79" />
      <source>Distributions</source>
      <translation>التوزيعات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="89" />
      <source>Donors</source>
      <translation>الجهات المانحة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="448" />
      <source>Encrypted archive (*.zip)</source>
      <translation>أرشيف مشفّر (*.zip)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="444" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="447" />
      <location filename="../../workbench/views/tables.py" line="451" />
      <source>Export this table</source>
      <translation>تصدير هذا الجدول</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="267" />
      <source>Export this table...</source>
      <translation>تصدير هذا الجدول...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="495" />
      <source>Exporting %1...</source>
      <translation>جارٍ تصدير %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="184" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="60" />
      <source>Households</source>
      <translation>الأسر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="97" />
      <source>Indicators</source>
      <translation>المؤشرات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="66" />
      <source>Infrastructure works</source>
      <translation>أعمال البنية التحتية</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="86" />
      <source>Kit types</source>
      <translation>أنواع الحقائب</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="63" />
      <source>Livelihood grants</source>
      <translation>منح سبل العيش</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="281" />
      <source>Loading...</source>
      <translation>جارٍ التحميل...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="91" />
      <source>Locations (P-codes)</source>
      <translation>المواقع (رموز P)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="246" />
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="462" />
      <location filename="../../workbench/views/tables.py" line="491" />
      <source>Not exported</source>
      <translation>لم يُصدَّر</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="114" />
      <source>Not taking referrals</source>
      <translation>لا يقبل الإحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="252" />
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="93" />
      <source>Outcomes</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="95" />
      <source>Outputs</source>
      <translation>المخرجات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="112" />
      <source>Overdue only</source>
      <translation>المتأخرة فقط</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="108" />
      <source>Overdue or not</source>
      <translation>متأخرة أو لا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="54" />
      <source>Projects</source>
      <translation>المشاريع</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="71" />
      <source>Referrals</source>
      <translation>الإحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="211" />
      <source>Reset</source>
      <translation>إعادة تعيين</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="168" />
      <source>Search (code, name...)</source>
      <translation>بحث (الرمز، الاسم...)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="75" />
      <source>Service providers (service map)</source>
      <translation>مقدمو الخدمات (خريطة الخدمات)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="232" />
      <source>Show all rows</source>
      <translation>عرض كل الصفوف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="212" />
      <source>Show every row again</source>
      <translation>إظهار جميع الصفوف مجدداً</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="83" />
      <source>Stock movements</source>
      <translation>حركات المخزون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="113" />
      <source>Taking referrals</source>
      <translation>يقبل الإحالات</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="108" />
      <source>Taking referrals or not</source>
      <translation>يقبل الإحالات أو لا</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="269" />
      <location filename="../../workbench/views/tables.py" line="277" />
      <source>The rows and columns shown, in their order, to Excel (.xlsx) or CSV</source>
      <translation>الصفوف والأعمدة المعروضة، بترتيبها، إلى Excel (.xlsx) أو CSV</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="462" />
      <location filename="../../workbench/views/tables.py" line="491" />
      <source>The table could not be exported: %1</source>
      <translation>تعذّر تصدير الجدول: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="283" />
      <source>The table could not be read: %1</source>
      <translation>تعذّرت قراءة الجدول: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="184" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="99" />
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="188" />
      <source>any date</source>
      <translation>أي تاريخ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="69" />
      <source>one CRC</source>
      <translation>مركز واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="79" />
      <source>one distribution</source>
      <translation>توزيع واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="89" />
      <source>one donor</source>
      <translation>جهة مانحة واحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="63" />
      <source>one grant</source>
      <translation>منحة واحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="60" />
      <source>one household</source>
      <translation>أسرة واحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="97" />
      <source>one indicator</source>
      <translation>مؤشر واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="86" />
      <source>one kit type</source>
      <translation>نوع حقيبة واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="91" />
      <source>one location</source>
      <translation>موقع واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="93" />
      <source>one outcome</source>
      <translation>نتيجة واحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="95" />
      <source>one output</source>
      <translation>مخرج واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="54" />
      <source>one project</source>
      <translation>مشروع واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="71" />
      <source>one referral</source>
      <translation>إحالة واحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="76" />
      <source>one service provider</source>
      <translation>مقدم خدمة واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="57" />
      <source>one site</source>
      <translation>موقع واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="84" />
      <source>one stock movement</source>
      <translation>حركة مخزون واحدة</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="99" />
      <source>one user</source>
      <translation>مستخدم واحد</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="66" />
      <source>one work</source>
      <translation>عمل واحد</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <location filename="../../workbench/views/words.py" line="20" />
      <source>Changed</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="19" />
      <source>Created</source>
      <translation>إنشاء</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="21" />
      <source>Deleted</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="18" />
      <source>Pay next tranche</source>
      <translation>صرف الدفعة التالية</translation>
    </message>
  </context>
</TS>
