"""French and Arabic words of the distribution list and the distributions report ({english: (french, arabic)}),
kept beside the others' catalogue (catalogue.py adds them to CATALOGUE)."""

CATALOGUE: dict[str, tuple[str, str]] = {
    # --- the distribution list ------------------------------------------------------------------------
    "Distribution list": ("Liste de distribution", "قائمة التوزيع"),
    "Distribution list {code}": ("Liste de distribution {code}", "قائمة التوزيع {code}"),
    "Site or village": ("Site ou village", "الموقع أو القرية"),
    "Planned on": ("Prévue le", "المخطط في"),
    "Modality": ("Modalité", "الطريقة"),
    "Warehouse": ("Entrepôt", "المستودع"),
    "Kits": ("Kits", "الحقائب"),
    "No.": ("N°", "الرقم"),
    "Household": ("Ménage", "الأسرة"),
    "Head of household": ("Chef de ménage", "رب الأسرة"),
    "Size": ("Taille", "الحجم"),
    "Signature or thumbprint": ("Signature ou empreinte", "التوقيع أو البصمة"),
    "Date received": ("Date de réception", "تاريخ الاستلام"),
    "{place}: {n} households": ("{place} : {n} ménages", "{place}: {n} أسرة"),
    "Kit": ("Kit", "الحقيبة"),
    "Name": ("Nom", "الاسم"),
    "Kits to hand out": ("Kits à remettre", "الحقائب المطلوب تسليمها"),
    "Totals per kit": ("Totaux par kit", "المجاميع حسب الحقيبة"),
    "Distributing officer": ("Agent de distribution", "موظف التوزيع"),
    "Community representative": ("Représentant de la communauté", "ممثل المجتمع"),
    "Name:": ("Nom :", "الاسم:"),
    "Signature:": ("Signature :", "التوقيع:"),
    "Date:": ("Date :", "التاريخ:"),
    "Signatures": ("Signatures", "التواقيع"),
    # --- the distributions report ---------------------------------------------------------------------
    "Distributions report": ("Rapport des distributions", "تقرير التوزيعات"),
    "Distributions: {scope}, {period}": ("Distributions : {scope}, {period}", "التوزيعات: {scope}، {period}"),
    "distributions planned": ("distributions prévues", "توزيعات مخططة"),
    "kits planned": ("kits prévus", "حقائب مخططة"),
    "kits distributed": ("kits distribués", "حقائب موزعة"),
    "cases not received or with issues": ("cas non reçus ou avec problèmes", "حالات غير مستلمة أو مع مشاكل"),
    "Distributed": ("Distribué", "الموزع"),
    "Share distributed": ("Part distribuée", "نسبة الموزع"),
    "Planned and distributed by kit": ("Prévu et distribué par kit", "المخطط والموزع حسب الحقيبة"),
    "Planned and distributed by site": ("Prévu et distribué par site", "المخطط والموزع حسب الموقع"),
    "Planned and distributed by month": ("Prévu et distribué par mois", "المخطط والموزع حسب الشهر"),
    "Month": ("Mois", "الشهر"),
    "Planned: the kits on the lists of the distributions planned in the period (cancelled ones left out). "
    "Distributed: the kits of the households whose receipt is dated in the period, unless its verification "
    "found them not received.": (
        "Prévu : les kits des listes des distributions prévues pendant la période (sauf les distributions "
        "annulées). Distribué : les kits des ménages dont le reçu est daté de la période, sauf si la vérification "
        "les a trouvés non reçus.",
        "المخطط: الحقائب المدرجة في قوائم التوزيعات المخططة خلال الفترة (باستثناء الملغاة). الموزع: حقائب الأسر التي "
        "يقع تاريخ استلامها في الفترة، ما لم يثبت التحقق عدم استلامها."),
    "Distribution": ("Distribution", "التوزيع"),
    "Verification": ("Vérification", "التحقق"),
    "Verified on": ("Vérifié le", "تاريخ التحقق"),
    "Complaint": ("Plainte", "الشكوى"),
    "Not received or received with issues": ("Non reçus ou reçus avec problèmes", "غير مستلمة أو مستلمة مع مشاكل"),
    "No receipt was found not received or received with issues in the period.": (
        "Aucun reçu n'a été trouvé non reçu ou reçu avec problèmes pendant la période.",
        "لم يتبين خلال الفترة أي استلام غير مستلم أو مستلم مع مشاكل."),
    "Issued": ("Sortis", "الصادر"),
    "Lost or damaged": ("Perdus ou endommagés", "المفقود أو التالف"),
    "In stock": ("En stock", "في المخزون"),
    "Stock on {date}": ("Stock au {date}", "المخزون في {date}"),
    "Stock today": ("Stock à ce jour", "المخزون اليوم"),
    # --- the closure report's return packages ----------------------------------------------------------
    "Return packages handed over": ("Paquets retour remis", "حزم العودة المسلّمة"),
    "Return package handed over": ("Paquet retour remis", "سُلّمت حزمة العودة"),
    "Without a return package": ("Sans paquet retour", "بدون حزمة عودة"),
    "No stock movement was recorded.": ("Aucun mouvement de stock n'a été enregistré.",
                                        "لم تُسجل أي حركة مخزون."),
}
