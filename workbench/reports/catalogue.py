"""French and Arabic words of the printed reports, keyed by the English sentence: {english: (french, arabic)}.

Acronyms staff use in every language (EDF, ILA, CfW, CCCM, WASH, P-code) are kept; placeholders in braces
are filled after translation, so a translation may move them. The words of stored values (statuses, types) are
not here: they are shared with the window (workbench/kinds/values.py).
"""

CATALOGUE: dict[str, tuple[str, str]] = {
    # --- page, title blocks, periods -----------------------------------------------------------------
    "Page {page} of {pages}": ("Page {page} sur {pages}", "صفحة {page} من {pages}"),
    "Printed on {date}": ("Imprimé le {date}", "طُبع في {date}"),
    "{printed} · database {name}": ("{printed} · base de données {name}", "{printed} · قاعدة البيانات {name}"),
    "{start} to {end}": ("du {start} au {end}", "من {start} إلى {end}"),
    "all dates": ("toutes les dates", "جميع التواريخ"),
    "Project": ("Projet", "المشروع"),
    "Projects": ("Projets", "المشاريع"),
    "Donor": ("Bailleur", "الجهة المانحة"),
    "Period": ("Période", "الفترة"),
    "Date": ("Date", "التاريخ"),
    "Approval": ("Approbation", "الاعتماد"),
    "Name": ("Nom", "الاسم"),
    "Function": ("Fonction", "الوظيفة"),
    "Signature": ("Signature", "التوقيع"),
    "Prepared by": ("Préparé par", "أعده"),
    "Reviewed by": ("Revu par", "راجعه"),
    "Approved by": ("Approuvé par", "اعتمده"),
    "Organisation": ("Organisation", "المنظمة"),
    "All projects of the office": ("Tous les projets du bureau", "جميع مشاريع المكتب"),
    "Project duration": ("Durée du projet", "مدة المشروع"),
    "Reporting period": ("Période de rapport", "فترة التقرير"),
    "Sectors": ("Secteurs", "القطاعات"),
    "Status": ("Statut", "الحالة"),
    "Total": ("Total", "المجموع"),
    "Code": ("Code", "الرمز"),
    "Type": ("Type", "النوع"),
    "Location": ("Localisation", "الموقع الجغرافي"),
    "P-code": ("P-code", "P-code"),
    "Note": ("Note", "ملاحظة"),
    "Share": ("Part", "النسبة"),
    "Amount": ("Montant", "المبلغ"),
    "Paid": ("Payé", "المدفوع"),
    "Item": ("Poste", "البند"),
    # Indicator units (a logframe's "unit" column).
    "people": ("personnes", "أشخاص"),
    "sessions": ("séances", "جلسات"),
    "percent": ("pour cent", "نسبة مئوية"),
    "shelters": ("abris", "مآوٍ"),
    "latrines": ("latrines", "مراحيض"),
    "kits": ("kits", "حقائب"),
    "complaints": ("plaintes", "شكاوى"),
    "jobs": ("emplois", "فرص عمل"),
    "houses": ("maisons", "منازل"),
    "visits": ("visites", "زيارات"),
    "days": ("jours", "أيام"),
    # Project sectors.
    "Cash": ("Espèces", "النقد"),
    "NFI": ("ANA", "المواد غير الغذائية"),
    "Social cohesion": ("Cohésion sociale", "التماسك الاجتماعي"),
    "works": ("travaux", "أعمال"),
    "households": ("ménages", "أسر"),
    "sites": ("sites", "مواقع"),
    # --- project progress report ---------------------------------------------------------------------
    "Project progress report": ("Rapport d'avancement du projet", "تقرير تقدم المشروع"),
    "Project progress report: {code}": ("Rapport d'avancement du projet {code}", "تقرير تقدم المشروع {code}"),
    "{title}; donor {donor}; period {period}": ("{title} ; bailleur {donor} ; période {period}",
                                               "{title}؛ الجهة المانحة {donor}؛ الفترة {period}"),
    "budget": ("budget", "الميزانية"),
    "of the budget committed": ("du budget engagé", "من الميزانية ملتزم بها"),
    "of the budget paid": ("du budget payé", "من الميزانية مدفوعة"),
    "people supported to leave sites": ("personnes aidées à quitter les sites", "شخصاً تم دعمهم لمغادرة المواقع"),
    "jobs created": ("emplois créés", "فرصة عمل تم خلقها"),
    "Logframe indicators": ("Indicateurs du cadre logique", "مؤشرات الإطار المنطقي"),
    # A report for a period: a figure of the period, or as it stood at the period's end ("by 31 Dec 2023").
    "of the budget committed by {date}": ("du budget engagé au {date}", "من الميزانية ملتزم بها حتى {date}"),
    "of the budget paid by {date}": ("du budget payé au {date}", "من الميزانية مدفوعة حتى {date}"),
    "people supported to leave sites in the period": ("personnes aidées à quitter les sites pendant la période",
                                                      "شخصاً تم دعمهم لمغادرة المواقع خلال الفترة"),
    "jobs created by {date}": ("emplois créés au {date}", "فرصة عمل تم خلقها حتى {date}"),
    "Not added up across reporting periods: for {codes}, target and achieved are those of the latest period "
    "reported.": ("Non additionnés d'une période à l'autre : pour {codes}, la cible et le résultat sont ceux de la "
                  "dernière période rapportée.",
                  "لا تُجمع عبر فترات التقرير: بالنسبة إلى {codes}، المستهدف والمتحقق هما قيمتا آخر فترة أُبلغ عنها."),
    "Not added up across reporting periods: for {codes}, target and achieved are the mean of the periods.": (
        "Non additionnés d'une période à l'autre : pour {codes}, la cible et le résultat sont la moyenne des "
        "périodes.",
        "لا تُجمع عبر فترات التقرير: بالنسبة إلى {codes}، المستهدف والمتحقق هما متوسط الفترات."),
    "Not added up across reporting periods: for {codes}, target and achieved are the largest of the periods.": (
        "Non additionnés d'une période à l'autre : pour {codes}, la cible et le résultat sont les plus élevés des "
        "périodes.",
        "لا تُجمع عبر فترات التقرير: بالنسبة إلى {codes}، المستهدف والمتحقق هما أعلى قيمة بين الفترات."),
    "Budget committed and paid by {date}, in {currency}": ("Budget engagé et payé au {date}, en {currency}",
                                                           "الميزانية الملتزم بها والمدفوعة حتى {date} بعملة {currency}"),
    "Budget, committed and paid by {date} ({currency})": ("Budget, engagé et payé au {date} ({currency})",
                                                          "الميزانية والملتزم به والمدفوع حتى {date} ({currency})"),
    "Paid in the period: {amount} ({share} of the budget).": (
        "Payé pendant la période : {amount} ({share} du budget).",
        "المدفوع خلال الفترة: {amount} ({share} من الميزانية)."),
    "Sites on {date}": ("Sites au {date}", "المواقع في {date}"),
    "People departed in the period": ("Personnes parties pendant la période", "الأشخاص المغادرون خلال الفترة"),
    "Livelihood grants on {date}": ("Subventions de moyens de subsistance au {date}", "منح سبل العيش في {date}"),
    "Infrastructure works on {date}": ("Travaux d'infrastructure au {date}", "أعمال البنية التحتية في {date}"),
    "Indicator": ("Indicateur", "المؤشر"),
    "Previous period": ("Période précédente", "الفترة السابقة"),
    "Cumulative to {date}": ("Cumul au {date}", "التراكمي حتى {date}"),
    "Achieved in the period ({period}), in the period of the same length before it ({previous}) and from the "
    "project's start to {date}.": (
        "Atteint pendant la période ({period}), pendant la période de même durée qui la précède ({previous}) et du "
        "début du projet au {date}.",
        "المتحقق خلال الفترة ({period})، وخلال الفترة السابقة لها بالطول نفسه ({previous})، ومنذ بداية المشروع "
        "حتى {date}."),
    "Unit": ("Unité", "الوحدة"),
    "Target": ("Cible", "المستهدف"),
    "Achieved": ("Atteint", "المتحقق"),
    "Paid to contractors by {date}": ("Payé aux entrepreneurs au {date}", "المدفوع للمقاولين حتى {date}"),
    "Paid: the payments to contractors recorded by {date}, in the currency paid; a dash for works without any "
    "payment recorded.": (
        "Payé : les paiements aux entrepreneurs enregistrés au {date}, dans la devise payée ; un tiret pour les "
        "chantiers sans paiement enregistré.",
        "المدفوع: مدفوعات المقاولين المسجلة حتى {date} بالعملة التي دُفعت بها؛ وشرطة للأعمال التي لا دفعة مسجلة لها."),
    "Baseline": ("Référence", "خط الأساس"),
    "Means of verification": ("Moyens de vérification", "وسائل التحقق"),
    "% achieved": ("% atteint", "نسبة الإنجاز"),
    "Indicators: % of the target achieved": ("Indicateurs : % de la cible atteint", "المؤشرات: نسبة تحقيق المستهدف"),
    "Achieved by sex and age": ("Résultats par sexe et âge", "المتحقق حسب الجنس والعمر"),
    "Girls": ("Filles", "فتيات"),
    "Boys": ("Garçons", "فتيان"),
    "Women": ("Femmes", "نساء"),
    "Men": ("Hommes", "رجال"),
    "Women 60+": ("Femmes 60+", "نساء 60+"),
    "Men 60+": ("Hommes 60+", "رجال 60+"),
    "% female": ("% de femmes", "نسبة الإناث"),
    "Children: 0-17 years; women and men: 18-59; 60+: older people.": (
        "Enfants : 0-17 ans ; femmes et hommes : 18-59 ans ; 60+ : personnes âgées.",
        "الأطفال: 0-17 سنة؛ النساء والرجال: 18-59 سنة؛ 60+: كبار السن."),
    "No indicator value was reported in the period.": ("Aucune valeur d'indicateur rapportée pour la période.",
                                                       "لم تُسجَّل أي قيمة للمؤشرات في هذه الفترة."),
    "Budget": ("Budget", "الميزانية"),
    "Committed": ("Engagé", "الملتزم به"),
    "Committed (grants approved, works contracted, cash planned for households)": (
        "Engagé (subventions approuvées, travaux contractés, espèces prévues pour les ménages)",
        "الملتزم به (منح موافق عليها وأعمال متعاقد عليها ونقد مخطط للأسر)"),
    "Paid to grant recipients": ("Payé aux bénéficiaires de subventions", "المدفوع للمستفيدين من المنح"),
    "Paid to households (cash tranches)": ("Payé aux ménages (tranches en espèces)",
                                           "المدفوع للأسر (دفعات نقدية)"),
    "Paid in total": ("Total payé", "إجمالي المدفوع"),
    "Works done by contractors (contract value × progress reported)": (
        "Travaux réalisés par les entrepreneurs (valeur du contrat × avancement rapporté)",
        "الأعمال المنجزة من المقاولين (قيمة العقد × نسبة الإنجاز المبلغ عنها)"),
    "Committed, not yet paid (grants approved, works contracted, cash planned for households)": (
        "Engagé, pas encore payé (subventions approuvées, travaux contractés, espèces prévues pour les ménages)",
        "ملتزم به ولم يُدفع بعد (منح موافق عليها وأعمال متعاقد عليها ونقد مخطط للأسر)"),
    "Not committed": ("Non engagé", "غير ملتزم به"),
    "Burn rate: by {date}, {paid} of the budget was paid and {elapsed} of the project's time ({start} to {end}) "
    "had gone by.": (
        "Consommation : au {date}, {paid} du budget étaient payés et {elapsed} de la durée du projet (du {start} "
        "au {end}) étaient écoulés.",
        "معدل الصرف: حتى {date} دُفع {paid} من الميزانية ومضى {elapsed} من مدة المشروع (من {start} إلى {end})."),
    "These are the programme's records (grants, cash for households, works contracts, their payments and progress), "
    "not the financial report: staff, running and other costs are not in the workbench. Works contractors are "
    "counted by the payments recorded; a work without any, by the value of the work done by the progress reported. "
    "Committed is each contract's whole value.": (
        "Ce sont les données du programme (subventions, espèces pour les ménages, contrats de travaux, leurs "
        "paiements et leur avancement), pas le rapport financier : le personnel, le fonctionnement et les autres "
        "coûts ne sont pas dans l'outil. Les entrepreneurs des travaux sont comptés selon les paiements "
        "enregistrés ; des travaux sans paiement, selon la valeur des travaux réalisés d'après l'avancement "
        "rapporté. L'engagé est la valeur entière de chaque contrat.",
        "هذه سجلات البرنامج (المنح والنقد للأسر وعقود الأعمال ومدفوعاتها ونسب إنجازها) وليست التقرير المالي: "
        "تكاليف الموظفين والتشغيل وغيرها ليست في البرنامج. يُحسب ما دُفع لمقاولي الأعمال من المدفوعات المسجلة، "
        "وللعمل الذي لا دفعة له بقيمة العمل المنجز حسب نسبة الإنجاز المبلغ عنها. والملتزم به هو قيمة كل عقد "
        "كاملة."),
    "These are the programme's records (grants, cash for households, works contracts and their progress), not the "
    "financial report: staff, running and other costs are not in the workbench, and what contractors are paid is "
    "taken as the value of the work done by the progress reported.": (
        "Ce sont les données du programme (subventions, espèces pour les ménages, contrats de travaux et leur "
        "avancement), pas le rapport financier : le personnel, le fonctionnement et les autres coûts ne sont pas "
        "dans l'outil, et ce qui est payé aux entrepreneurs est compté comme la valeur des travaux réalisés selon "
        "l'avancement rapporté.",
        "هذه سجلات البرنامج (المنح والنقد للأسر وعقود الأعمال ونسب إنجازها) وليست التقرير المالي: لا تتضمن "
        "تكاليف الموظفين والتشغيل وغيرها، ويُحتسب ما يُدفع للمقاولين بقيمة العمل المنجز وفق نسبة الإنجاز المبلغ "
        "عنها."),
    "Exchange rates used": ("Taux de change utilisés", "أسعار الصرف المستخدمة"),
    "Currency": ("Devise", "العملة"),
    "Rate": ("Taux", "السعر"),
    "Rates of": ("Taux du", "تاريخ الأسعار"),
    "In {currency}": ("En {currency}", "بعملة {currency}"),
    "1 {currency} = {rate} {project}": ("1 {currency} = {rate} {project}", "1 {currency} = {rate} {project}"),
    "1 {currency} = {low} to {high} {project}": ("1 {currency} = {low} à {high} {project}",
                                                 "1 {currency} = {low} – {high} {project}"),
    "% of budget": ("% du budget", "النسبة من الميزانية"),
    "Budget committed and paid, in {currency}": ("Budget engagé et payé, en {currency}",
                                                 "الميزانية الملتزم بها والمدفوعة بعملة {currency}"),
    "Budget, committed and paid ({currency})": ("Budget, engagé et payé ({currency})",
                                                "الميزانية والملتزم به والمدفوع ({currency})"),
    "Amounts in other currencies are converted at the exchange rate recorded with them.": (
        "Les montants en d'autres devises sont convertis au taux de change enregistré avec eux.",
        "تُحوَّل المبالغ بالعملات الأخرى بسعر الصرف المسجل معها."),
    "Sites": ("Sites", "المواقع"),
    "Site": ("Site", "الموقع"),
    "Households present": ("Ménages présents", "الأسر الموجودة"),
    "People present": ("Personnes présentes", "الأشخاص الموجودون"),
    "People departed": ("Personnes parties", "الأشخاص المغادرون"),
    "Livelihood grants": ("Subventions de moyens de subsistance", "منح سبل العيش"),
    "Programme": ("Programme", "البرنامج"),
    "Grants": ("Subventions", "المنح"),
    "Rejected and cancelled grants are left out.": ("Les subventions rejetées et annulées ne sont pas comptées.",
                                                    "لا تُحتسب المنح المرفوضة والملغاة."),
    "Infrastructure works": ("Travaux d'infrastructure", "أعمال البنية التحتية"),
    "Works": ("Travaux", "الأعمال"),
    "Contract value {value}; average progress {progress}; {people} people served.": (
        "Valeur des contrats {value} ; avancement moyen {progress} ; {people} personnes desservies.",
        "قيمة العقود {value}؛ متوسط نسبة الإنجاز {progress}؛ عدد المستفيدين {people} شخصاً."),
    # --- site profile --------------------------------------------------------------------------------
    "households registered and present on {date}": ("ménages enregistrés et présents au {date}",
                                                    "أسرة مسجلة وموجودة في {date}"),
    "Households present, by intention": ("Ménages présents, par intention", "الأسر الموجودة حسب النية"),
    "Households present on {date}, by intention": ("Ménages présents au {date}, par intention",
                                                   "الأسر الموجودة في {date} حسب النية"),
    "Site profile": ("Profil de site", "ملف الموقع"),
    "Site profile: {name}": ("Profil du site {name}", "ملف موقع {name}"),
    "Displacement site {name}: population, committees, feedback and infrastructure": (
        "Site de déplacés {name} : population, comités, plaintes et infrastructures",
        "موقع النزوح {name}: السكان واللجان والشكاوى والبنية التحتية"),
    "Managing agency": ("Agence gestionnaire", "الجهة المديرة"),
    "{status} (opened on {opened})": ("{status} (ouvert le {opened})", "{status} (افتُتح في {opened})"),
    "closed on {date}": ("fermé le {date}", "أُغلق في {date}"),
    "people at the last count": ("personnes au dernier comptage", "شخصاً في آخر إحصاء"),
    "households registered and present": ("ménages enregistrés et présents", "أسرة مسجلة وموجودة"),
    "committee members, {share} women": ("membres de comités, dont {share} de femmes",
                                         "عضواً في اللجان، {share} منهم نساء"),
    "complaints and feedback received": ("plaintes et retours reçus", "شكوى وملاحظة مستلمة"),
    "Status history": ("Historique du statut", "سجل الحالة"),
    "Population": ("Population", "السكان"),
    "Counted on": ("Compté le", "تاريخ الإحصاء"),
    "Households": ("Ménages", "الأسر"),
    "People": ("Personnes", "الأشخاص"),
    "Girls (0-17)": ("Filles (0-17)", "فتيات (0-17)"),
    "Boys (0-17)": ("Garçons (0-17)", "فتيان (0-17)"),
    "Women (18-59)": ("Femmes (18-59)", "نساء (18-59)"),
    "Men (18-59)": ("Hommes (18-59)", "رجال (18-59)"),
    "Women (60+)": ("Femmes (60+)", "نساء (60+)"),
    "Men (60+)": ("Hommes (60+)", "رجال (60+)"),
    "Women and girls": ("Femmes et filles", "النساء والفتيات"),
    "Population over time": ("Évolution de la population", "تطور عدد السكان"),
    "No population count in the period.": ("Aucun comptage de population pour la période.",
                                           "لا يوجد إحصاء للسكان في هذه الفترة."),
    "Committees": ("Comités", "اللجان"),
    "Committee": ("Comité", "اللجنة"),
    "Formed on": ("Formé le", "تاريخ التشكيل"),
    "Members": ("Membres", "الأعضاء"),
    "Share of women": ("Part de femmes", "نسبة النساء"),
    "Trainings": ("Formations", "التدريبات"),
    "No committee in this site.": ("Aucun comité dans ce site.", "لا توجد لجان في هذا الموقع."),
    "Complaints and feedback": ("Plaintes et retours", "الشكاوى والملاحظات"),
    "Channel": ("Canal", "القناة"),
    "Received": ("Reçues", "المستلمة"),
    "Resolved": ("Résolues", "المعالجة"),
    "Average days to resolve": ("Jours moyens de résolution", "متوسط أيام المعالجة"),
    "No complaint received in the period.": ("Aucune plainte reçue pour la période.",
                                             "لم تُستلم أي شكوى في هذه الفترة."),
    "Infrastructure": ("Infrastructures", "البنية التحتية"),
    "Quantity": ("Quantité", "الكمية"),
    "No infrastructure recorded.": ("Aucune infrastructure enregistrée.", "لا توجد بنية تحتية مسجلة."),
    "No infrastructure recorded by {date}.": ("Aucune infrastructure enregistrée au {date}.",
                                              "لا توجد بنية تحتية مسجلة حتى {date}."),
    "Infrastructure on {date}": ("Infrastructures au {date}", "البنية التحتية في {date}"),
    "Recorded in the period": ("Enregistré pendant la période", "المسجل خلال الفترة"),
    "Households by intention": ("Ménages par intention", "الأسر حسب النية"),
    "Intention": ("Intention", "النية"),
    # --- closure and returns -------------------------------------------------------------------------
    "Site closure and returns report": ("Rapport de fermeture des sites et de retours",
                                        "تقرير إغلاق المواقع والعودة"),
    "Departures from closing and closed sites: {scope}, {period}": (
        "Départs des sites en fermeture et fermés : {scope}, {period}",
        "المغادرة من المواقع قيد الإغلاق والمغلقة: {scope}، {period}"),
    "people returned to their village": ("personnes retournées dans leur village", "شخصاً عادوا إلى قراهم"),
    "people relocated": ("personnes relocalisées", "شخصاً انتقلوا إلى مكان آخر"),
    "Closing since": ("En fermeture depuis", "قيد الإغلاق منذ"),
    "Households departed": ("Ménages partis", "الأسر المغادرة"),
    "Returned (people)": ("Retournés (personnes)", "العائدون (أشخاص)"),
    "Relocated (people)": ("Relocalisés (personnes)", "المنتقلون إلى مكان آخر (أشخاص)"),
    "Still present (households)": ("Encore présents (ménages)", "ما زالوا في الموقع (أسر)"),
    "People departed by site": ("Personnes parties par site", "الأشخاص المغادرون حسب الموقع"),
    "Returned": ("Retournés", "العائدون"),
    "Relocated": ("Relocalisés", "المنتقلون إلى مكان آخر"),
    "Purpose": ("Objet", "الغرض"),
    "Tranches": ("Tranches", "الدفعات"),
    "Cash tranches, all sites": ("Tranches en espèces, tous les sites", "الدفعات النقدية، جميع المواقع"),
    "Still to be paid": ("Reste à payer", "المتبقي للدفع"),
    "Nothing is pending.": ("Rien n'est en attente.", "لا توجد مبالغ معلقة."),
    "Destination locality": ("Localité de destination", "منطقة الوجهة"),
    "Returned (households)": ("Retournés (ménages)", "العائدون (أسر)"),
    "Relocated (households)": ("Relocalisés (ménages)", "المنتقلون إلى مكان آخر (أسر)"),
    "{location}. Status: {status}; closing since {closing}; closed on {closed}. "
    "{present} households ({people} people) are still in the site.": (
        "{location}. Statut : {status} ; en fermeture depuis le {closing} ; fermé le {closed}. "
        "{present} ménages ({people} personnes) sont encore sur le site.",
        "{location}. الحالة: {status}؛ قيد الإغلاق منذ {closing}؛ أُغلق في {closed}. "
        "ما زالت {present} أسر ({people} أشخاص) في الموقع."),
    "Departures by month": ("Départs par mois", "المغادرة حسب الشهر"),
    "Month": ("Mois", "الشهر"),
    "People departed by month": ("Personnes parties par mois", "الأشخاص المغادرون حسب الشهر"),
    "People who left, by sex and age": ("Personnes parties, par sexe et âge", "الأشخاص المغادرون حسب الجنس والعمر"),
    "Of it, owed to households still in a site": ("Dont dû aux ménages encore sur un site",
                                                  "منه: المستحق للأسر التي ما زالت في موقع"),
    "Of it, owed to households that have left": ("Dont dû aux ménages déjà partis",
                                                 "منه: المستحق للأسر التي غادرت"),
    "Departures by destination": ("Départs par destination", "المغادرة حسب الوجهة"),
    "Still to be paid on {date}": ("Reste à payer au {date}", "المتبقي للدفع في {date}"),
    "Destination not recorded": ("Destination non enregistrée", "الوجهة غير مسجلة"),
    "Status, closing date and households still present: as on {date}. Still to be paid: tranches of the "
    "households registered by then that had not been paid by then (cancelled tranches left out).": (
        "Statut, date de fermeture et ménages encore présents : au {date}. Reste à payer : tranches des ménages "
        "enregistrés à cette date qui n'avaient pas encore été payées (tranches annulées non comptées).",
        "الحالة وتاريخ بدء الإغلاق والأسر التي لا تزال في الموقع: كما في {date}. المتبقي للدفع: دفعات الأسر "
        "المسجلة حتى ذلك التاريخ التي لم تكن قد دُفعت بعد (دون الدفعات الملغاة)."),
    "No household left this site in the period.": ("Aucun ménage n'a quitté ce site pendant la période.",
                                                   "لم تغادر أي أسرة هذا الموقع في هذه الفترة."),
    "Cash tranches paid": ("Tranches en espèces payées", "الدفعات النقدية المدفوعة"),
    "No tranche was paid in the period.": ("Aucune tranche payée pendant la période.",
                                           "لم تُدفع أي دفعة في هذه الفترة."),
    "Site: {name}": ("Site : {name}", "الموقع: {name}"),
    # --- grants register -----------------------------------------------------------------------------
    "Livelihood grants register": ("Registre des subventions de moyens de subsistance", "سجل منح سبل العيش"),
    "EDF, ILA and cash-for-work grants: {scope}, {period}": (
        "Subventions EDF, ILA et argent contre travail : {scope}, {period}",
        "منح EDF وILA والنقد مقابل العمل: {scope}، {period}"),
    "jobs created (EDF)": ("emplois créés (EDF)", "فرصة عمل تم خلقها (EDF)"),
    "days worked (cash for work)": ("jours travaillés (argent contre travail)", "يوم عمل (النقد مقابل العمل)"),
    "Amounts of rejected and cancelled grants are not counted in the totals. "
    "Paid: tranches paid up to the end of the period. Status: as it was at the end of the period.": (
        "Les montants des subventions rejetées et annulées ne sont pas comptés dans les totaux. "
        "Payé : tranches payées jusqu'à la fin de la période. Statut : celui de la fin de la période.",
        "لا تُحتسب مبالغ المنح المرفوضة والملغاة في المجاميع. المدفوع: الدفعات المدفوعة حتى نهاية الفترة. "
        "الحالة: كما كانت في نهاية الفترة."),
    "Jobs created": ("Emplois créés", "فرص العمل"),
    "Days worked": ("Jours travaillés", "أيام العمل"),
    "Totals by programme": ("Totaux par programme", "المجاميع حسب البرنامج"),
    "Amount and paid by programme ({currency})": ("Montant et payé par programme ({currency})",
                                                  "المبلغ والمدفوع حسب البرنامج ({currency})"),
    "Totals by status": ("Totaux par statut", "المجاميع حسب الحالة"),
    "Totals by sex of the recipient": ("Totaux par sexe du bénéficiaire", "المجاميع حسب جنس المستفيد"),
    "Sex of the recipient": ("Sexe du bénéficiaire", "جنس المستفيد"),
    "Totals by governorate": ("Totaux par gouvernorat", "المجاميع حسب المحافظة"),
    "Governorate / province": ("Gouvernorat / province", "المحافظة"),
    "Governorate": ("Gouvernorat", "المحافظة"),
    "Recipient": ("Bénéficiaire", "المستفيد"),
    "Sex": ("Sexe", "الجنس"),
    "Sector": ("Secteur", "القطاع"),
    "Applied on": ("Demandé le", "تاريخ الطلب"),
    "F": ("F", "أنثى"),
    "M": ("H", "ذكر"),
    "Jobs created: counted at the monitoring visit, for grants monitored by the end of the period. Days worked: "
    "the days paid by then.": (
        "Emplois créés : comptés à la visite de suivi, pour les subventions suivies avant la fin de la période. "
        "Jours travaillés : les jours payés à cette date.",
        "فرص العمل: تُحتسب عند زيارة المتابعة، للمنح التي تمت متابعتها قبل نهاية الفترة. أيام العمل: الأيام "
        "المدفوعة حتى ذلك التاريخ."),
    "Register of grants": ("Registre des subventions", "سجل المنح"),
    "names left out": ("noms omis", "بدون أسماء"),
    "EDF (enterprise development)": ("EDF (développement d'entreprises)", "EDF (صندوق تنمية المشاريع)"),
    "ILA (individual livelihoods)": ("ILA (moyens de subsistance individuels)", "ILA (سبل العيش الفردية)"),
    "Cash for work": ("Argent contre travail", "النقد مقابل العمل"),
    "EDF": ("EDF", "EDF"),
    "ILA": ("ILA", "ILA"),
    "CfW": ("CfW", "CfW"),
    # --- works ---------------------------------------------------------------------------------------
    "Infrastructure works status": ("État des travaux d'infrastructure", "حالة أعمال البنية التحتية"),
    "Infrastructure works: {scope}, {period}": ("Travaux d'infrastructure : {scope}, {period}",
                                                "أعمال البنية التحتية: {scope}، {period}"),
    "Delays counted to": ("Retards comptés jusqu'au", "احتساب التأخير حتى"),
    "contract value": ("valeur des contrats", "قيمة العقود"),
    "people served": ("personnes desservies", "شخصاً مستفيداً"),
    "Type of work": ("Type de travaux", "نوع العمل"),
    "Contract value": ("Valeur du contrat", "قيمة العقد"),
    "Average progress": ("Avancement moyen", "متوسط الإنجاز"),
    "People served": ("Personnes desservies", "المستفيدون"),
    "Works by type": ("Travaux par type", "الأعمال حسب النوع"),
    "Average progress by type of work (%)": ("Avancement moyen par type de travaux (%)",
                                             "متوسط نسبة الإنجاز حسب نوع العمل (%)"),
    "Work": ("Chantier", "العمل"),
    "Contractor": ("Entrepreneur", "المقاول"),
    "Progress": ("Avancement", "الإنجاز"),
    "Planned": ("Prévu", "المخطط"),
    "Actual": ("Réel", "الفعلي"),
    "Delay (days)": ("Retard (jours)", "التأخير (أيام)"),
    "All works": ("Tous les travaux", "جميع الأعمال"),
    "Status, progress and actual dates as they were on {date}. Delay: days past the planned end, up to the "
    "actual end or, for a work not finished, up to {date}. Works behind schedule (late and not finished) are "
    "printed in red.": (
        "Statut, avancement et dates réelles tels qu'au {date}. Retard : jours après la fin prévue, jusqu'à la "
        "fin réelle ou, pour un chantier non terminé, jusqu'au {date}. Les chantiers en retard (hors délai et non "
        "terminés) sont imprimés en rouge.",
        "الحالة ونسبة الإنجاز والتواريخ الفعلية كما كانت في {date}. التأخير: عدد الأيام بعد تاريخ الانتهاء "
        "المخطط حتى الانتهاء الفعلي، أو حتى {date} للأعمال غير المنتهية. تظهر الأعمال المتأخرة عن الجدول (غير "
        "المنتهية) باللون الأحمر."),
    "No work is behind schedule.": ("Aucun chantier n'est en retard.", "لا يوجد أي عمل متأخر."),
    "Works behind schedule on {date}": ("Travaux en retard au {date}", "الأعمال المتأخرة عن الجدول في {date}"),
    "Planned end": ("Fin prévue", "الانتهاء المخطط"),
    "Finished after their planned end, not counted as behind schedule: {codes}.": (
        "Achevés après leur fin prévue, non comptés en retard : {codes}.",
        "أُنجزت بعد تاريخ انتهائها المخطط، ولا تُحتسب متأخرة: {codes}."),
    # --- 3W/4W ---------------------------------------------------------------------------------------
    "3W/4W: who does what, where and when": ("3W/4W : qui fait quoi, où et quand", "من يفعل ماذا وأين ومتى (3W/4W)"),
    "Activities by location, sector and period: {scope}, {period}": (
        "Activités par lieu, secteur et période : {scope}, {period}",
        "الأنشطة حسب الموقع والقطاع والفترة: {scope}، {period}"),
    "Summary by sector": ("Résumé par secteur", "ملخص حسب القطاع"),
    "Rows": ("Lignes", "الصفوف"),
    "People reached": ("Personnes atteintes", "الأشخاص المستفيدون"),
    "People reached by sector": ("Personnes atteintes par secteur", "الأشخاص المستفيدون حسب القطاع"),
    "Who (organisation)": ("Qui (organisation)", "من (المنظمة)"),
    "Project / donor": ("Projet / bailleur", "المشروع / المانح"),
    "What (activity)": ("Quoi (activité)", "ماذا (النشاط)"),
    "District / territory": ("District / territoire", "القضاء"),
    "How many": ("Combien", "العدد"),
    "For whom (people)": ("Pour qui (personnes)", "لمن (أشخاص)"),
    "When": ("Quand", "متى"),
    "Activities": ("Activités", "الأنشطة"),
    "Infrastructure: {kind}": ("Infrastructure : {kind}", "بنية تحتية: {kind}"),
    "People reached: people in the sites managed, members of the households helped to leave or that received "
    "kits, grant recipients, people served by the works, CRC session participants, and one person per CRC contact "
    "and per referral sent. A person can be counted in more than one activity.": (
        "Personnes atteintes : personnes dans les sites gérés, membres des ménages aidés à partir ou ayant reçu "
        "des kits, bénéficiaires de subventions, personnes desservies par les travaux, participants aux séances "
        "des CRC, et une personne par contact du CRC et par référencement envoyé. Une personne peut être comptée "
        "dans plusieurs activités.",
        "الأشخاص المستفيدون: سكان المواقع المُدارة وأفراد الأسر التي تم دعمها للمغادرة أو التي استلمت حقائب "
        "والمستفيدون من المنح والمستفيدون من الأعمال والمشاركون في جلسات مراكز الموارد، وشخص واحد عن كل اتصال "
        "بمركز الموارد وعن كل إحالة مرسلة. قد يُحتسب الشخص نفسه في أكثر من نشاط."),
    "no project": ("sans projet", "بلا مشروع"),
    # --- closure report: what each household that left received ------------------------------------------
    "What each household that left received": ("Ce que chaque ménage parti a reçu", "ما تلقته كل أسرة غادرت"),
    "Left on": ("Parti le", "غادرت في"),
    "Destination": ("Destination", "الوجهة"),
    "Return package": ("Paquet retour", "حزمة العودة"),
    "Tranches paid": ("Tranches payées", "الدفعات المدفوعة"),
    "Cash paid": ("Montant payé", "المبلغ المدفوع"),
    "Still owed": ("Reste dû", "المتبقي المستحق"),
    "none": ("aucun", "لا شيء"),
    "Return package: the day it was received, unless its verification found it not received. Cash: tranches paid "
    "by the period's end, and those still to be paid then.": (
        "Paquet retour : le jour de sa réception, sauf si la vérification l'a trouvé non reçu. Montants : les tranches "
        "payées à la fin de la période, et celles qui restaient à payer à cette date.",
        "حزمة العودة: يوم استلامها، ما لم يثبت التحقق عدم استلامها. المبالغ: الدفعات المدفوعة حتى نهاية الفترة، "
        "وتلك التي بقيت مستحقة الدفع حينها."),
    "CCCM": ("CCCM", "CCCM"),
    "WASH": ("EHA", "WASH"),
    "Shelter": ("Abris", "المأوى"),
    "Education": ("Éducation", "التعليم"),
    "Health": ("Santé", "الصحة"),
    "Livelihoods": ("Moyens de subsistance", "سبل العيش"),
    "Early recovery": ("Relèvement précoce", "التعافي المبكر"),
    "Durable solutions": ("Solutions durables", "الحلول الدائمة"),
    "Site management": ("Gestion de site", "إدارة المواقع"),
    "Protection": ("Protection", "الحماية"),
    "CRC awareness sessions": ("Séances de sensibilisation du CRC", "جلسات التوعية في مركز الموارد"),
    "CRC information sessions": ("Séances d'information du CRC", "جلسات الإعلام في مركز الموارد"),
    "CRC group legal counselling": ("Conseil juridique en groupe du CRC", "الاستشارات القانونية الجماعية في مركز الموارد"),
    "CRC informal education": ("Éducation informelle du CRC", "التعليم غير النظامي في مركز الموارد"),
    "CRC skills sessions": ("Séances de compétences du CRC", "جلسات المهارات في مركز الموارد"),
    "CRC information and counselling contacts": ("Contacts d'information et de conseil du CRC",
                                                 "اتصالات الإعلام والإرشاد في مركز الموارد"),
    "Referrals to services": ("Référencements vers les services", "الإحالات إلى الخدمات"),
    "Distribution of NFI kits": ("Distribution de kits AME", "توزيع حقائب المواد غير الغذائية"),
    "Distribution of shelter kits": ("Distribution de kits abris", "توزيع حقائب المأوى"),
    "Distribution of hygiene kits": ("Distribution de kits d'hygiène", "توزيع حقائب النظافة"),
    "Distribution of return packages": ("Distribution de paquets retour", "توزيع حزم العودة"),
    "Cash for return and relocation": ("Cash pour le retour et la relocalisation",
                                       "نقد للعودة والانتقال إلى مكان آخر"),
    "Enterprise development fund grants": ("Subventions du fonds de développement des entreprises",
                                           "منح صندوق تنمية المشاريع"),
    "Individual livelihoods assistance": ("Assistance individuelle aux moyens de subsistance",
                                          "مساعدة سبل العيش الفردية"),
    # --- CRC report ------------------------------------------------------------------------------------
    "Community Resource Centre report": ("Rapport du centre de ressources communautaire", "تقرير مركز الموارد المجتمعية"),
    "CRC report: {scope}, {period}": ("Rapport CRC : {scope}, {period}", "تقرير مركز الموارد: {scope}، {period}"),
    "All CRCs of the office": ("Tous les CRC du bureau", "جميع مراكز الموارد في المكتب"),
    "CRC": ("CRC", "مركز الموارد"),
    "Kind of centre": ("Type de centre", "نوع المركز"),
    "Managing organisation": ("Organisation gestionnaire", "الجهة المديرة"),
    "Steps counted to": ("Étapes comptées jusqu'au", "المراحل محسوبة حتى"),
    "contacts": ("contacts", "تواصل"),
    "session participants": ("participants aux sessions", "مشاركاً في الجلسات"),
    "referrals": ("référencements", "إحالة"),
    "of answered referrals accepted": ("des référencements répondus acceptés", "من الإحالات المجاب عليها مقبولة"),
    "median days to response": ("jours médians jusqu'à la réponse", "الوسيط بالأيام حتى الرد"),
    "referrals overdue": ("référencements en retard", "إحالات متأخرة"),
    "of referrals overdue": ("des référencements en retard", "من الإحالات متأخرة"),
    "of referrals with follow-up feedback": ("des référencements avec un retour de suivi",
                                             "من الإحالات لها ملاحظات متابعة"),
    "Contacts": ("Contacts", "التواصل"),
    "Contacts by population group": ("Contacts par groupe de population", "التواصل حسب الفئة السكانية"),
    "Population group": ("Groupe de population", "الفئة السكانية"),
    "Age group": ("Tranche d'âge", "الفئة العمرية"),
    "Contacts by sex and age": ("Contacts par sexe et âge", "التواصل حسب الجنس والعمر"),
    "Kind of session": ("Type de session", "نوع الجلسة"),
    "Sessions": ("Sessions", "الجلسات"),
    "Participants": ("Participants", "المشاركون"),
    "Sessions and attendance": ("Sessions et participation", "الجلسات والحضور"),
    "Attendance by sex and age": ("Participation par sexe et âge", "الحضور حسب الجنس والعمر"),
    "Attendance by population group": ("Participation par groupe de population", "الحضور حسب الفئة السكانية"),
    "Service": ("Service", "الخدمة"),
    "Referrals": ("Référencements", "الإحالات"),
    "Referrals by service and status": ("Référencements par service et statut", "الإحالات حسب الخدمة والحالة"),
    "Accepted": ("Acceptés", "مقبولة"),
    "Declined": ("Refusés", "مرفوضة"),
    "% accepted": ("% acceptés", "% مقبولة"),
    "Overdue": ("En retard", "متأخرة"),
    "Providers' answers by service": ("Réponses des prestataires par service", "ردود مقدمي الخدمات حسب الخدمة"),
    "Priority": ("Priorité", "الأولوية"),
    "Answer due within": ("Réponse attendue sous", "الرد مطلوب خلال"),
    "Answered": ("Répondus", "مجاب عليها"),
    "Median days to response": ("Jours médians jusqu'à la réponse", "الوسيط بالأيام حتى الرد"),
    "Response against the priority's deadline": ("Réponse par rapport au délai de la priorité",
                                                 "الرد مقارنة بموعد الأولوية"),
    "24 hours": ("24 heures", "24 ساعة"),
    "72 hours": ("72 heures", "72 ساعة"),
    "14 days": ("14 jours", "14 يوماً"),
    ("Referrals made in the period, with their steps as they stood on {date}. % accepted: of the referrals the "
     "providers answered, those accepted. Days to response: from the referral date to the provider's answer. "
     "Overdue: answered after the priority's deadline, or not answered by {date} with the deadline past "
     "(unless withdrawn before it). Feedback: a follow-up recorded by {date}. No name or case code is printed."): (
        "Référencements faits pendant la période, avec leurs étapes au {date}. % acceptés : parmi les référencements "
        "auxquels les prestataires ont répondu, ceux acceptés. Jours jusqu'à la réponse : de la date du "
        "référencement à la réponse du prestataire. En retard : répondu après le délai de la priorité, ou sans "
        "réponse au {date} avec le délai passé (sauf retrait avant le délai). Retour : un suivi enregistré au {date}. "
        "Aucun nom ni code de cas n'est imprimé.",
        "الإحالات المنجزة خلال الفترة، بمراحلها كما كانت في {date}. % مقبولة: من الإحالات التي رد عليها مقدمو "
        "الخدمات، تلك المقبولة. الأيام حتى الرد: من تاريخ الإحالة إلى رد مقدم الخدمة. متأخرة: رُدّ عليها بعد موعد "
        "الأولوية، أو لم يُرد عليها حتى {date} وقد فات الموعد (ما لم تُسحب قبله). الملاحظات: متابعة مسجلة حتى {date}. "
        "لا يُطبع أي اسم أو رمز حالة."),
}

from workbench.reports.catalogue_distributions import CATALOGUE as _DISTRIBUTIONS  # noqa: E402

CATALOGUE.update(_DISTRIBUTIONS)

def _ar(one: str, two: str, few: str, many: str, other: str) -> dict[str, str]:
    """Arabic's CLDR plural forms: 1, 2, 3-10 (a plural), 11-99 (an accusative singular), 100 and up
    (a genitive singular); zero is counted as "other"."""
    return {"one": one, "two": two, "few": few, "many": many, "other": other}


def _two(one: str, other: str) -> dict[str, str]:
    """English's or French's forms (French "one" is 0 and 1; its "many", 1,000,000, reads as "other")."""
    return {"one": one, "other": other}


# Counted words: {english other form: {language: {CLDR plural category: text}}}, chosen by
# Formatter.plural from Babel's plural rule of the number ("1 site", "2 sites"; Arabic "موقعان", "5 مواقع",
# "23 موقعاً"). A label printed under a key figure agrees with that figure.
PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "{n} sites": {"en": _two("{n} site", "{n} sites"), "fr": _two("{n} site", "{n} sites"),
                  "ar": _ar("{n} موقع", "{n} موقعان", "{n} مواقع", "{n} موقعاً", "{n} موقع")},
    "{n} households": {"en": _two("{n} household", "{n} households"), "fr": _two("{n} ménage", "{n} ménages"),
                       "ar": _ar("{n} أسرة", "{n} أسرتان", "{n} أسر", "{n} أسرة", "{n} أسرة")},
    "{n} grants": {"en": _two("{n} grant", "{n} grants"), "fr": _two("{n} subvention", "{n} subventions"),
                   "ar": _ar("{n} منحة", "{n} منحتان", "{n} منح", "{n} منحة", "{n} منحة")},
    "{n} works": {"en": _two("{n} work", "{n} works"), "fr": _two("{n} chantier", "{n} chantiers"),
                  "ar": _ar("{n} عمل", "{n} عملان", "{n} أعمال", "{n} عملاً", "{n} عمل")},
    "{n} sessions": {"en": _two("{n} session", "{n} sessions"), "fr": _two("{n} séance", "{n} séances"),
                     "ar": _ar("{n} جلسة", "{n} جلستان", "{n} جلسات", "{n} جلسة", "{n} جلسة")},
    "{n} contacts": {"en": _two("{n} contact", "{n} contacts"), "fr": _two("{n} contact", "{n} contacts"),
                     "ar": _ar("{n} اتصال", "{n} اتصالان", "{n} اتصالات", "{n} اتصالاً", "{n} اتصال")},
    "{n} referrals": {"en": _two("{n} referral", "{n} referrals"),
                      "fr": _two("{n} référencement", "{n} référencements"),
                      "ar": _ar("{n} إحالة", "{n} إحالتان", "{n} إحالات", "{n} إحالة", "{n} إحالة")},
    "Total: {n} grants": {
        "en": _two("Total: {n} grant", "Total: {n} grants"), "fr": _two("Total : {n} subvention", "Total : {n} subventions"),
        "ar": _ar("المجموع: {n} منحة", "المجموع: {n} منحتان", "المجموع: {n} منح", "المجموع: {n} منحة",
                  "المجموع: {n} منحة")},
    "people supported to leave {n} sites": {
        "en": _two("people supported to leave {n} site", "people supported to leave {n} sites"),
        "fr": _two("personnes aidées à quitter {n} site", "personnes aidées à quitter {n} sites"),
        "ar": _ar("شخصاً تم دعمهم لمغادرة {n} موقع", "شخصاً تم دعمهم لمغادرة {n} موقعين",
                  "شخصاً تم دعمهم لمغادرة {n} مواقع", "شخصاً تم دعمهم لمغادرة {n} موقعاً",
                  "شخصاً تم دعمهم لمغادرة {n} موقع")},
    "people served by {n} works": {
        "en": _two("people served by {n} work", "people served by {n} works"),
        "fr": _two("personnes desservies par {n} chantier", "personnes desservies par {n} chantiers"),
        "ar": _ar("شخصاً مستفيداً من {n} عمل", "شخصاً مستفيداً من {n} عملين", "شخصاً مستفيداً من {n} أعمال",
                  "شخصاً مستفيداً من {n} عملاً", "شخصاً مستفيداً من {n} عمل")},
    "Paid to works contractors ({n} works with payments recorded)": {
        "en": _two("Paid to works contractors ({n} work with payments recorded)",
                   "Paid to works contractors ({n} works with payments recorded)"),
        "fr": _two("Payé aux entrepreneurs ({n} chantier avec paiements enregistrés)",
                   "Payé aux entrepreneurs ({n} chantiers avec paiements enregistrés)"),
        "ar": _ar("المدفوع للمقاولين (عمل واحد له مدفوعات مسجلة)", "المدفوع للمقاولين (عملان لهما مدفوعات مسجلة)",
                  "المدفوع للمقاولين ({n} أعمال لها مدفوعات مسجلة)", "المدفوع للمقاولين ({n} عملاً لها مدفوعات مسجلة)",
                  "المدفوع للمقاولين ({n} عمل لها مدفوعات مسجلة)")},
    "Works without payments recorded ({n} works): contract value × progress": {
        "en": _two("Work without payments recorded ({n} work): contract value × progress",
                   "Works without payments recorded ({n} works): contract value × progress"),
        "fr": _two("Chantier sans paiement enregistré ({n} chantier) : valeur du contrat × avancement",
                   "Chantiers sans paiement enregistré ({n} chantiers) : valeur du contrat × avancement"),
        "ar": _ar("عمل بلا مدفوعات مسجلة (عمل واحد): قيمة العقد × نسبة الإنجاز",
                  "أعمال بلا مدفوعات مسجلة (عملان): قيمة العقد × نسبة الإنجاز",
                  "أعمال بلا مدفوعات مسجلة ({n} أعمال): قيمة العقد × نسبة الإنجاز",
                  "أعمال بلا مدفوعات مسجلة ({n} عملاً): قيمة العقد × نسبة الإنجاز",
                  "أعمال بلا مدفوعات مسجلة ({n} عمل): قيمة العقد × نسبة الإنجاز")},
    "people served by {n} works finished by {date}": {
        "en": _two("people served by {n} work finished by {date}", "people served by {n} works finished by {date}"),
        "fr": _two("personnes desservies par {n} chantier achevé au {date}",
                   "personnes desservies par {n} chantiers achevés au {date}"),
        "ar": _ar("شخصاً مستفيداً من {n} عمل منجز حتى {date}", "شخصاً مستفيداً من {n} عملين منجزين حتى {date}",
                  "شخصاً مستفيداً من {n} أعمال منجزة حتى {date}", "شخصاً مستفيداً من {n} عملاً منجزاً حتى {date}",
                  "شخصاً مستفيداً من {n} عمل منجز حتى {date}")},
    "{n} households left without their sex and age recorded; they are not in this table.": {
        "en": _two("{n} household left without its sex and age recorded; it is not in this table.",
                   "{n} households left without their sex and age recorded; they are not in this table."),
        "fr": _two("{n} ménage est parti sans sexe ni âge enregistrés ; il n'est pas dans ce tableau.",
                   "{n} ménages sont partis sans sexe ni âge enregistrés ; ils ne sont pas dans ce tableau."),
        "ar": _ar("{n} أسرة غادرت دون تسجيل الجنس والعمر؛ وهي غير مشمولة في هذا الجدول.",
                  "{n} أسرتان غادرتا دون تسجيل الجنس والعمر؛ وهما غير مشمولتين في هذا الجدول.",
                  "{n} أسر غادرت دون تسجيل الجنس والعمر؛ وهي غير مشمولة في هذا الجدول.",
                  "{n} أسرة غادرت دون تسجيل الجنس والعمر؛ وهي غير مشمولة في هذا الجدول.",
                  "{n} أسرة غادرت دون تسجيل الجنس والعمر؛ وهي غير مشمولة في هذا الجدول.")},
    # Key-figure labels: the figure is printed above them, the label agrees with it.
    "households departed": {"en": _two("household departed", "households departed"),
                            "fr": _two("ménage parti", "ménages partis"),
                            "ar": _ar("أسرة غادرت", "أسرتان غادرتا", "أسر غادرت", "أسرة غادرت", "أسرة غادرت")},
    "livelihood grants": {"en": _two("livelihood grant", "livelihood grants"),
                          "fr": _two("subvention de moyens de subsistance", "subventions de moyens de subsistance"),
                          "ar": _ar("منحة لسبل العيش", "منحتان لسبل العيش", "منح لسبل العيش", "منحة لسبل العيش",
                                    "منحة لسبل العيش")},
    "livelihood grants by {date}": {
        "en": _two("livelihood grant by {date}", "livelihood grants by {date}"),
        "fr": _two("subvention de moyens de subsistance au {date}", "subventions de moyens de subsistance au {date}"),
        "ar": _ar("منحة لسبل العيش حتى {date}", "منحتان لسبل العيش حتى {date}", "منح لسبل العيش حتى {date}",
                  "منحة لسبل العيش حتى {date}", "منحة لسبل العيش حتى {date}")},
    "grants in the register": {"en": _two("grant in the register", "grants in the register"),
                               "fr": _two("subvention au registre", "subventions au registre"),
                               "ar": _ar("منحة في السجل", "منحتان في السجل", "منح في السجل", "منحة في السجل",
                                         "منحة في السجل")},
    "grants approved or in progress": {
        "en": _two("grant approved or in progress", "grants approved or in progress"),
        "fr": _two("subvention approuvée ou en cours", "subventions approuvées ou en cours"),
        "ar": _ar("منحة موافق عليها أو قيد التنفيذ", "منحتان موافق عليهما أو قيد التنفيذ",
                  "منح موافق عليها أو قيد التنفيذ", "منحة موافق عليها أو قيد التنفيذ",
                  "منحة موافق عليها أو قيد التنفيذ")},
    "works": {"en": _two("work", "works"), "fr": _two("chantier", "chantiers"),
              "ar": _ar("عمل", "عملان", "أعمال", "عملاً", "عمل")},
    "works behind schedule": {"en": _two("work behind schedule", "works behind schedule"),
                              "fr": _two("chantier en retard", "chantiers en retard"),
                              "ar": _ar("عمل متأخر", "عملان متأخران", "أعمال متأخرة", "عملاً متأخراً",
                                        "عمل متأخر")},
    "displacement sites": {"en": _two("displacement site", "displacement sites"),
                           "fr": _two("site de déplacés", "sites de déplacés"),
                           "ar": _ar("موقع نزوح", "موقعا نزوح", "مواقع نزوح", "موقعاً للنزوح", "موقع نزوح")},
}
