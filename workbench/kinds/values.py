"""The words of stored values (statuses, types, channels...) in French and Arabic, once for the window and the
printed reports. A value is stored in English (`in progress`); the window writes it with a capital letter
(views/words.py), the reports as it stands in a sentence (reports/i18n.py). Acronyms staff use in every language
(EDF, ILA, CfW) are kept. A kind's declared choices each need their words here (tests/test_kinds_complete.py)."""

from __future__ import annotations

LANGUAGES = ("en", "fr", "ar")

VALUES: dict[str, tuple[str, str]] = {
    'pipeline': ('en préparation', 'قيد الإعداد'),
    'ongoing': ('en cours', 'جارٍ'),
    'completed': ('terminé', 'منجز'),
    'closed': ('fermé', 'مغلق'),
    'planned camp': ('camp planifié', 'مخيم مخطط'),
    'spontaneous site': ('site spontané', 'موقع عفوي'),
    'collective centre': ('centre collectif', 'مركز جماعي'),
    'open': ('ouvert', 'مفتوح'),
    'closing': ('en fermeture', 'قيد الإغلاق'),
    'suggestion box': ('boîte à suggestions', 'صندوق الاقتراحات'),
    'hotline': ('ligne verte', 'الخط الساخن'),
    'focal point': ('point focal', 'نقطة الاتصال'),
    'in progress': ('en traitement', 'قيد المعالجة'),
    'resolved': ('résolu', 'تمت المعالجة'),
    'emergency latrine': ("latrine d'urgence", 'مرحاض طوارئ'),
    'shower': ('douche', 'حمام'),
    'handwashing station': ('station de lavage des mains', 'محطة غسل اليدين'),
    'water point': ("point d'eau", 'نقطة مياه'),
    'shelter kit': ('kit abri', 'عدة مأوى'),
    'good': ('bon état', 'جيد'),
    'needs repair': ('à réparer', 'بحاجة إلى إصلاح'),
    'out of order': ('hors service', 'معطل'),
    'displaced': ('déplacé', 'نازح'),
    'returnee': ('retourné', 'عائد'),
    'host community': ('communauté hôte', 'مجتمع مضيف'),
    'return': ('retour', 'العودة'),
    'relocate': ('relocalisation', 'إعادة التوطين'),
    'stay': ('rester', 'البقاء'),
    'undecided': ('indécis', 'لم يقرر'),
    'female-headed': ('femme cheffe de ménage', 'تعيلها امرأة'),
    'disability': ('handicap', 'إعاقة'),
    'chronic illness': ('maladie chronique', 'مرض مزمن'),
    'elderly head': ('chef de ménage âgé', 'معيل مسن'),
    'unaccompanied child': ('enfant non accompagné', 'طفل غير مصحوب'),
    'pregnant or lactating': ('femme enceinte ou allaitante', 'حامل أو مرضع'),
    'transport': ('transport', 'النقل'),
    'construction': ('construction', 'البناء'),
    'subsistence': ('subsistance', 'المعيشة'),
    'completion': ('achèvement', 'الإكمال'),
    'planned': ('prévu', 'مخطط'),
    'paid': ('payé', 'مدفوعة'),
    'cancelled': ('annulée', 'ملغاة'),
    'EDF': ('EDF', 'EDF'),
    'ILA': ('ILA', 'ILA'),
    'CfW': ('CfW', 'CfW'),
    'application': ('demande', 'طلب'),
    'vetting': ('vérification', 'تدقيق'),
    'approved': ('approuvée', 'موافق عليها'),
    'disbursed': ('décaissée', 'مصروفة'),
    'monitored': ('suivie', 'قيد المتابعة'),
    'rejected': ('rejetée', 'مرفوضة'),
    'vocational training': ('formation professionnelle', 'تدريب مهني'),
    'business kit': ('kit de démarrage', 'عدة عمل'),
    'micro-enterprise grant': ('subvention de micro-entreprise', 'منحة مشروع متناهي الصغر'),
    'shelter rehabilitation': ("réhabilitation d'abris", 'إعادة تأهيل المساكن'),
    'debris clearing': ('déblaiement des débris', 'إزالة الأنقاض'),
    'water plant': ("station de traitement d'eau", 'محطة مياه'),
    'irrigation': ('irrigation', 'الري'),
    'electrical network': ('réseau électrique', 'الشبكة الكهربائية'),
    'school': ('école', 'مدرسة'),
    'market': ('marché', 'سوق'),
    'hospital/health centre': ('hôpital/centre de santé', 'مستشفى/مركز صحي'),
    'latrine block': ('bloc de latrines', 'مجمع مراحيض'),
    'handed over': ('remis', 'تم التسليم'),
    'suspended': ('suspendu', 'متوقف'),
    'female': ('femme', 'أنثى'),
    'male': ('homme', 'ذكر'),
    'walk-in': ('sur place', 'حضوري'),
    'virtual hotline': ('virtuel (ligne verte)', 'افتراضي (خط ساخن)'),
    'mobile': ('mobile', 'متنقل'),
}


def value_word(value: str, lang: str) -> str:
    """A stored value in `lang` ("approved" -> "approuvée"); a value without words (a code) as it is."""
    if lang == "en" or value not in VALUES:
        return value
    return VALUES[value][LANGUAGES.index(lang) - 1]
