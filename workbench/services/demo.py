"""A realistic, deterministic demo database built from the two seed programmes (Tanganyika sites, Iraq recovery)."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate

from sqlalchemy import Connection, Engine, func, select, text as sql

from workbench import models as m
from workbench.models.base import Base, GlobalId
from workbench.services import demo_distributions
from workbench.services.audit import append_entries
from workbench.services.errors import DomainError

D = dt.date
Progress = Callable[[float, str], None]

# Households written per INSERT batch: big enough for executemany to stream, small enough to report progress.
CHUNK = 25_000

# At scale 1 the ten real sites and ~1,400 Iraqi returnee households make the 10,000 households.
HOUSEHOLDS_PER_SCALE = 10_000
GRANTS_PER_SCALE = 1_000
WORKS_PER_SCALE = 60
EARLIEST_TODAY = D(2024, 1, 1)

# --- reference data: who pays, for what ---------------------------------------------------------

# Code, name, and the identifier and organisation type each publishes to IATI under (the IATI Registry's publishers:
# the European Commission's directorates as other public sector, the governments' agencies, OCHA's fund).
DONORS = [
    ("ECHO", "European Civil Protection and Humanitarian Aid Operations (ECHO)", "XI-IATI-EC_ECHO",
     m.OrganisationType.OTHER_PUBLIC_SECTOR),
    ("BHA", "USAID Bureau for Humanitarian Assistance (BHA)", "US-GOV-1", m.OrganisationType.GOVERNMENT),
    ("GFFO", "German Federal Foreign Office (GFFO)", "XM-DAC-5-7", m.OrganisationType.GOVERNMENT),
    # NDICI - Global Europe in Iraq is managed by DG International Partnerships.
    ("EU", "European Union (NDICI - Global Europe)", "XI-IATI-EC_INTPA", m.OrganisationType.OTHER_PUBLIC_SECTOR),
    ("FCDO", "UK Foreign, Commonwealth and Development Office (FCDO)", "GB-GOV-1", m.OrganisationType.GOVERNMENT),
    ("CERF", "Central Emergency Response Fund (CERF)", "XM-OCHA-CERF", m.OrganisationType.MULTILATERAL),
]


@dataclass(frozen=True)
class ProjectSeed:
    code: str
    donor: str
    title: str
    start: D
    end: D
    budget: int
    currency: str
    sectors: str
    partners: str
    places: tuple[str, ...]  # P-codes of the areas the project covers


PROJECTS = [
    ProjectSeed("DRC-ECHO-2023-01", "ECHO",
                "Durable solutions for displaced populations in Kalemie: site closure, return and relocation",
                D(2023, 1, 1), D(2024, 6, 30), 4_800_000, "USD", "CCCM, Shelter, Cash, Durable solutions",
                "Provincial Government of Tanganyika, Commission Nationale pour les Réfugiés", ("CD7401",)),
    ProjectSeed("DRC-ECHO-2023-02", "ECHO",
                "Multi-sectoral life-saving assistance for newly displaced populations in Nyunzu",
                D(2023, 1, 1), D(2024, 12, 31), 1_950_000, "EUR", "CCCM, WASH, Shelter, NFI",
                "Division provinciale des affaires humanitaires", ("CD7406",)),
    ProjectSeed("DRC-BHA-2022-01", "BHA",
                "Site management and durable solutions in Tanganyika (Kalemie, Moba, Manono, Kongolo)",
                D(2022, 3, 1), D(2025, 2, 28), 6_500_000, "USD", "CCCM, Shelter, WASH, Cash",
                "Provincial Government of Tanganyika",
                ("CD7401", "CD7402", "CD7403", "CD7404", "CD7405", "CD7406")),
    ProjectSeed("IRQ-BHA-2022-03", "BHA",
                "Community stabilization: livelihoods and infrastructure in Ninewa and Salah al-Din",
                D(2022, 7, 1), D(2024, 12, 31), 12_000_000, "USD", "Livelihoods, Infrastructure, Social cohesion",
                "Ninewa Governorate, Salah al-Din Governorate", ("IQG13", "IQG15")),
    ProjectSeed("IRQ-EU-2022-02", "EU",
                "Economic recovery for returnees, IDPs and host communities in Anbar, Kirkuk and Diyala",
                D(2022, 10, 1), D(2025, 3, 31), 9_000_000, "EUR", "Livelihoods, Cash for work",
                "Ministry of Labour and Social Affairs", ("IQG01", "IQG09", "IQG05")),
    ProjectSeed("IRQ-GFFO-2023-01", "GFFO",
                "Rehabilitation of shelters and public infrastructure in areas of return",
                D(2023, 1, 1), D(2025, 6, 30), 7_500_000, "EUR", "Shelter, Infrastructure",
                "Ministry of Planning", ("IQG13", "IQG01", "IQG15", "IQG03")),
    ProjectSeed("IRQ-BHA-2023-04", "BHA",
                "Durable solutions: return assistance, go-and-see visits and community resource centres",
                D(2023, 4, 1), D(2025, 9, 30), 5_200_000, "USD", "Durable solutions, Cash, CCCM",
                "Ministry of Migration and Displacement, Durable Solutions Task Force",
                ("IQG13", "IQG06", "IQG07", "IQG01", "IQG15")),
    ProjectSeed("IRQ-FCDO-2021-01", "FCDO",
                "Cash for work for returnees and host communities in Sinjar and Ba'aj",
                D(2021, 1, 1), D(2022, 12, 31), 3_000_000, "USD", "Livelihoods, Cash for work",
                "Sinjar District Council", ("IQG13",)),
]

# --- reference data: places --------------------------------------------------------------------

# Territory: P-code, name, latitude, longitude, code used in household codes, localities (villages).
DRC_TERRITORIES = [
    ("CD7401", "Kalemie", -5.9475, 29.1947, "KLM", [
        # the five displacement sites of Kalemie town
        "Cinquantenaire", "Kalonda", "Kalunga", "Mukuku", "Kalenge",
        # the fifteen villages households returned or relocated to
        "Kabubili", "Katanika", "Kabimba", "Kalumbi", "Bendera", "Lambo Katenga", "Mulange", "Kataki",
        "Kahinda", "Nyemba", "Kasanga", "Kabeke", "Muhala", "Lubuye", "Kituku",
        # further villages of the territory
        "Fatuma", "Kizike", "Lukwangulo", "Kankomba", "Mwinda"]),
    ("CD7402", "Kabalo", -6.0500, 26.9100, "KBL", [
        "Kabalo-centre", "Lubileo", "Kisengwa", "Mulongo", "Kabeya Mayi", "Sola"]),
    ("CD7403", "Kongolo", -5.3800, 27.0000, "KGL", [
        "Kongolo-centre", "Mbulula", "Nyembo", "Kayanza", "Lubunda", "Kasongo Nyembo"]),
    ("CD7404", "Manono", -7.3000, 27.4200, "MAN", [
        "Manono-centre", "Kiambi", "Kyango", "Mpiana", "Ankoro", "Mukebo", "Lwizi"]),
    ("CD7405", "Moba", -7.0400, 29.7800, "MOB", [
        "Moba-port", "Kirungu", "Pepa", "Kansabala", "Mulunga", "Kapulo", "Kasenga"]),
    ("CD7406", "Nyunzu", -5.9500, 28.0200, "NYZ", [
        "Kilwa", "Kabeya-Mikena", "Kilunga", "Majengo Mapya", "Mwempa",
        "Nyunzu-centre", "Muhuya", "Kisengo", "Mwana Kasongo", "Kabunda", "Lukombe", "Kabeya", "Bulimba"]),
]
KALEMIE_SITES = ["Cinquantenaire", "Kalonda", "Kalunga", "Mukuku", "Kalenge"]
NYUNZU_SITES = ["Kilwa", "Kabeya-Mikena", "Kilunga", "Majengo Mapya", "Mwempa"]
RETURN_VILLAGES = ["Kabubili", "Katanika", "Kabimba", "Kalumbi", "Bendera", "Lambo Katenga", "Mulange", "Kataki"]
RELOCATION_VILLAGES = ["Kahinda", "Nyemba", "Kasanga", "Kabeke", "Muhala", "Lubuye", "Kituku"]

# Governorate: P-code, name, Arabic name, latitude, longitude, districts.
# District: name, Arabic name, latitude, longitude, code used in household codes, localities (name, Arabic).
IRAQ_GOVERNORATES = [
    ("IQG13", "Ninewa", "نينوى", 36.34, 43.13, [
        ("Mosul", "الموصل", 36.34, 43.13, "MOS", [("Mosul Old City", "الموصل القديمة"),
                                                  ("Hammam al-Alil", "حمام العليل"), ("Qayyarah", "القيارة"),
                                                  ("Al-Shura", "الشورة")]),
        ("Sinjar", "سنجار", 36.32, 41.87, "SIN", [("Sinjar", "سنجار"), ("Sinuni", "سنوني"),
                                                  ("Khanasor", "خانصور")]),
        ("Tal Afar", "تلعفر", 36.37, 42.45, "TAF", [("Tal Afar", "تلعفر"), ("Zummar", "زمار"),
                                                    ("Rabia", "ربيعة"), ("Ayadiya", "العياضية")]),
        ("Hamdaniya", "الحمدانية", 36.27, 43.38, "HAM", [("Bakhdida (Qaraqosh)", "بغديدا"),
                                                         ("Bartella", "برطلة"), ("Bashiqa", "بعشيقة"),
                                                         ("Nimrud", "النمرود")]),
        ("Telkaif", "تلكيف", 36.49, 43.12, "TLK", [("Telkaif", "تلكيف"), ("Alqosh", "ألقوش"),
                                                   ("Batnaya", "باطنايا")]),
        ("Ba'aj", "البعاج", 36.04, 41.72, "BAJ", [("Ba'aj", "البعاج"), ("Qahtaniya", "القحطانية")]),
    ]),
    ("IQG01", "Anbar", "الأنبار", 33.42, 43.30, [
        ("Ramadi", "الرمادي", 33.42, 43.30, "RAM", [("Ramadi", "الرمادي"), ("Khalidiya", "الخالدية"),
                                                    ("Habbaniyah", "الحبانية"), ("Husaybah", "الحصيبة")]),
        ("Falluja", "الفلوجة", 33.35, 43.78, "FAL", [("Falluja", "الفلوجة"), ("Karma", "الكرمة"),
                                                     ("Saqlawiyah", "الصقلاوية"),
                                                     ("Amiriyat al-Falluja", "عامرية الفلوجة")]),
        ("Heet", "هيت", 33.64, 42.83, "HEE", [("Heet", "هيت"), ("Kubaisa", "كبيسة"), ("Baghdadi", "البغدادي")]),
        ("Al-Qaim", "القائم", 34.37, 41.09, "QAI", [("Al-Qaim", "القائم"), ("Ubaidi", "العبيدي"),
                                                   ("Rummana", "الرمانة")]),
    ]),
    ("IQG15", "Salah al-Din", "صلاح الدين", 34.61, 43.68, [
        ("Tikrit", "تكريت", 34.61, 43.68, "TIK", [("Tikrit", "تكريت"), ("Al-Alam", "العلم"), ("Al-Dour", "الدور")]),
        ("Baiji", "بيجي", 34.93, 43.49, "BAI", [("Baiji", "بيجي"), ("Siniya", "الصينية"), ("Al-Hajjaj", "الحجاج")]),
        ("Shirqat", "الشرقاط", 35.51, 43.23, "SHI", [("Shirqat", "الشرقاط"), ("Al-Zawiya", "الزاوية")]),
        ("Balad", "بلد", 34.02, 44.15, "BAL", [("Balad", "بلد"), ("Yathrib", "يثرب"), ("Duloiya", "الضلوعية")]),
        ("Samarra", "سامراء", 34.20, 43.87, "SAM", [("Samarra", "سامراء"), ("Mutasim", "المعتصم")]),
    ]),
    ("IQG09", "Kirkuk", "كركوك", 35.47, 44.39, [
        ("Hawiga", "الحويجة", 35.32, 43.76, "HAW", [("Hawiga", "الحويجة"), ("Zab", "الزاب"), ("Riyadh", "الرياض"),
                                                    ("Abbasi", "العباسي")]),
        ("Daquq", "داقوق", 35.14, 44.45, "DAQ", [("Daquq", "داقوق")]),
        ("Kirkuk", "كركوك", 35.47, 44.39, "KIR", [("Kirkuk", "كركوك"), ("Multaqa", "الملتقى")]),
    ]),
    ("IQG05", "Diyala", "ديالى", 33.75, 44.63, [
        ("Khanaqin", "خانقين", 34.35, 45.39, "KHA", [("Jalawla", "جلولاء"), ("Saadiya", "السعدية"),
                                                     ("Qaratapa", "قره تبه")]),
        ("Muqdadiya", "المقدادية", 33.98, 44.94, "MUQ", [("Muqdadiya", "المقدادية"), ("Abu Saida", "أبو صيدا")]),
        ("Baquba", "بعقوبة", 33.75, 44.64, "BAQ", [("Baquba", "بعقوبة"), ("Buhriz", "بهرز")]),
    ]),
    ("IQG03", "Baghdad", "بغداد", 33.31, 44.36, [
        ("Abu Ghraib", "أبو غريب", 33.29, 44.06, "ABG", [("Abu Ghraib", "أبو غريب"),
                                                         ("Nasr wal Salam", "النصر والسلام")]),
        ("Mahmoudiya", "المحمودية", 33.06, 44.37, "MAH", [("Mahmoudiya", "المحمودية"), ("Latifiya", "اللطيفية"),
                                                          ("Yusufiya", "اليوسفية")]),
    ]),
    ("IQG07", "Erbil", "أربيل", 36.19, 44.01, [
        ("Erbil", "أربيل", 36.19, 44.01, "ERB", [("Erbil", "أربيل"), ("Ankawa", "عنكاوا"), ("Baharka", "بحركة"),
                                                 ("Harshm", "هرشم")]),
        ("Makhmur", "مخمور", 35.78, 43.58, "MAK", [("Makhmur", "مخمور"), ("Debaga", "ديبكة"), ("Gwer", "كوير")]),
    ]),
    ("IQG06", "Duhok", "دهوك", 36.87, 42.99, [
        ("Sumel", "سميل", 36.86, 42.85, "SUM", [("Sumel", "سميل"), ("Shariya", "شاريا"), ("Khanke", "خانكي")]),
        ("Zakho", "زاخو", 37.14, 42.68, "ZAK", [("Zakho", "زاخو"), ("Chamishku", "جم مشكو"), ("Darkar", "دركار")]),
        ("Duhok", "دهوك", 36.87, 42.99, "DUH", [("Duhok", "دهوك"), ("Qadiya", "قاديا")]),
    ]),
]

# Camps and collective centres used when the scale asks for more sites than the ten real ones: name, district.
IRAQ_CAMPS = [
    ("Hasansham U2", "Hamdaniya"), ("Hasansham U3", "Hamdaniya"), ("Khazer M1", "Hamdaniya"),
    ("Hammam al-Alil 2", "Mosul"), ("Jeddah 5", "Mosul"), ("Qayyarah Airstrip", "Mosul"), ("Haj Ali", "Mosul"),
    ("Salamiyah 2", "Hamdaniya"), ("Laylan 1", "Kirkuk"), ("Debaga 1", "Makhmur"), ("Debaga Stadium", "Makhmur"),
    ("Amiriyat al-Falluja", "Falluja"), ("Habbaniyah Tourist City", "Ramadi"), ("Kilo 18", "Ramadi"),
    ("Bzebiz", "Falluja"), ("Shariya", "Sumel"), ("Khanke", "Sumel"), ("Kabarto 1", "Sumel"), ("Kabarto 2", "Sumel"),
    ("Bajet Kandala", "Sumel"), ("Essian", "Sumel"), ("Chamishku", "Zakho"), ("Berseve 1", "Zakho"),
    ("Berseve 2", "Zakho"), ("Rwanga Community", "Zakho"), ("Qadiya", "Duhok"), ("Harshm", "Erbil"),
    ("Baharka", "Erbil"), ("Al-Alam 1", "Tikrit"), ("Nimrud", "Hamdaniya"),
]

# --- reference data: people --------------------------------------------------------------------

DRC_WOMEN = ["Marie", "Jeanne", "Furaha", "Neema", "Sifa", "Zawadi", "Mwajuma", "Bahati", "Esther", "Ruth",
             "Aline", "Chantal", "Joséphine", "Mapendo", "Mwamini", "Asha", "Amina", "Francine", "Riziki",
             "Vumilia", "Nyota", "Kahambu", "Solange", "Béatrice", "Agnès", "Odette", "Mwanaisha", "Safi"]
DRC_MEN = ["Jean", "Pierre", "Joseph", "Emmanuel", "Amisi", "Shabani", "Ramazani", "Mussa", "Idi", "Saidi",
           "Patrick", "Dieudonné", "Faustin", "Kabeya", "Mwenze", "Ilunga", "Albert", "Célestin", "Augustin",
           "Bienvenu", "Jacques", "Heritier", "Salumu", "Hamisi", "Kalume", "Bosco", "Didier", "Trésor"]
DRC_FAMILY = ["Kasongo", "Ilunga", "Mwamba", "Kalenga", "Banza", "Ngoy", "Kyungu", "Numbi", "Mutombo", "Kabwe",
              "Mulumba", "Kitenge", "Mbuyu", "Kazadi", "Kalumba", "Monga", "Mujinga", "Kahozi", "Lumbu",
              "Kilolo", "Kibwe", "Mukalay", "Kyalu", "Nday", "Tshibangu", "Mbayo", "Kasele", "Mulunda",
              "Kapenda", "Kiluba", "Nyembo", "Shimba", "Kabila", "Kiyombo", "Mwenda", "Kisimba"]
IRQ_WOMEN = ["Fatima", "Zainab", "Maryam", "Noor", "Huda", "Amal", "Suad", "Layla", "Rana", "Hanan", "Sara",
             "Asmaa", "Shaima", "Iman", "Khawla", "Widad", "Samira", "Bushra", "Nadia", "Shireen", "Jihan",
             "Hala", "Sawsan", "Ruqaya", "Aseel", "Wafaa", "Khalida", "Nisreen"]
IRQ_MEN = ["Ahmed", "Mohammed", "Ali", "Omar", "Khalid", "Hussein", "Hassan", "Mahmoud", "Yousif", "Ibrahim",
           "Abdullah", "Saad", "Faisal", "Mustafa", "Salim", "Jasim", "Karim", "Nawaf", "Qasim", "Waleed",
           "Ziad", "Haider", "Khudeida", "Saleh", "Adnan", "Raad", "Muthanna", "Younis"]
IRQ_FAMILY = ["Al-Jubouri", "Al-Obeidi", "Al-Dulaimi", "Al-Shammari", "Al-Tai", "Al-Hamdani", "Al-Juburi",
              "Al-Ani", "Al-Rawi", "Al-Azzawi", "Al-Khafaji", "Al-Lahibi", "Al-Sabawi", "Al-Bayati",
              "Al-Hadidi", "Al-Mashhadani", "Al-Qaisi", "Al-Tamimi", "Al-Zubaidi", "Al-Fahdawi", "Khalaf",
              "Ezdikhan", "Al-Sinjari", "Al-Issawi", "Al-Karbouli", "Al-Dulaymi", "Al-Naimi", "Al-Ubaidi"]

STAFF = [
    # username, full name, role (services/permissions.py), country
    ("grace.mbuyi", "Grace Mbuyi Ilunga", "admin", "CD"),  # information management: the office's administrator
    ("jp.kasongo", "Jean-Pierre Kasongo", "site_manager", "CD"),
    ("neema.amisi", "Neema Furaha Amisi", "officer", "CD"),  # CCCM
    ("mathieu.banza", "Mathieu Ilunga Banza", "me_officer", "CD"),
    ("sara.jubouri", "Sara Khalid Al-Jubouri", "officer", "IQ"),  # livelihoods
    ("omar.hamdani", "Omar Faisal Al-Hamdani", "officer", "IQ"),  # engineer
    ("rana.shammari", "Rana Yousif Al-Shammari", "me_officer", "IQ"),
    ("ali.hadidi", "Ali Hussein Al-Hadidi", "protection", "IQ"),  # the CRCs' protection focal point
]

# Nyunzu site management, as reported: 28 IDP committees, 110 members, 70 of them women (64%).
# Site -> committees (name, members, women); the same at every scale.
NYUNZU_COMMITTEES = {
    "Kilwa": [("Comité de gestion du site", 5, 3), ("Comité WASH", 4, 2), ("Comité abris et NFI", 4, 2),
              ("Comité de protection", 4, 3), ("Comité des femmes", 4, 4), ("Comité des plaintes", 3, 2)],
    "Kabeya-Mikena": [("Comité de gestion du site", 5, 3), ("Comité WASH", 4, 2), ("Comité de protection", 4, 2),
                      ("Comité des femmes", 4, 4), ("Comité des jeunes", 3, 1), ("Comité des plaintes", 4, 2)],
    "Kilunga": [("Comité de gestion du site", 4, 2), ("Comité WASH", 4, 2), ("Comité abris et NFI", 4, 2),
                ("Comité de protection", 4, 3), ("Comité des femmes", 3, 3), ("Comité des plaintes", 4, 2)],
    "Majengo Mapya": [("Comité de gestion du site", 5, 3), ("Comité WASH", 4, 3), ("Comité de protection", 4, 2),
                      ("Comité des femmes", 4, 4), ("Comité des plaintes", 3, 2)],
    "Mwempa": [("Comité de gestion du site", 4, 2), ("Comité WASH", 4, 3), ("Comité de protection", 4, 2),
               ("Comité des femmes", 3, 3), ("Comité des plaintes", 4, 2)],
}
COMMITTEE_TRAININGS = ["Rôles et responsabilités des comités", "Mécanisme de plaintes et retours",
                       "Protection contre l'exploitation et les abus sexuels (PEAS)",
                       "Promotion de l'hygiène", "Gestion pacifique des conflits"]
IRAQ_COMMITTEES = ["Camp management committee", "Women's committee", "Youth committee", "WASH committee",
                   "Complaints committee", "Elders' committee", "Education committee"]
IRAQ_TRAININGS = ["Roles and responsibilities of camp committees", "Complaints and feedback mechanism",
                  "Protection from sexual exploitation and abuse (PSEA)", "Hygiene promotion",
                  "Community-based planning"]

COMPLAINT_CATEGORIES = [
    # category, weight, what a DRC complaint says, what an Iraqi one says
    ("WASH", 22, ["Les latrines du bloc {b} sont pleines", "Point d'eau en panne depuis trois jours",
                  "Pas assez de savon à la station de lavage des mains"],
     ["Water tank in sector {b} is leaking", "Latrines in sector {b} need desludging"]),
    ("shelter", 18, ["Bâche déchirée après la pluie", "Manque de kits abris pour les nouveaux arrivants"],
     ["Tent damaged by the wind in sector {b}", "Caravan door broken"]),
    ("food distribution", 14, ["Ménage non servi lors de la dernière distribution",
                               "Ration incomplète à la distribution"],
     ["Food basket not received this month"]),
    ("registration", 12, ["Ménage non enregistré lors du dernier recensement", "Erreur sur la taille du ménage"],
     ["Family missing from the camp list", "Wrong household size on the ration card"]),
    ("information request", 12, ["Demande d'information sur la date de la prochaine distribution",
                                 "Demande d'information sur les visites go-and-see"],
     ["Request for information on the return grant", "Asks when go-and-see visits start"]),
    ("protection", 8, ["Conflit entre voisins au sujet des parcelles", "Enfant non accompagné signalé"],
     ["Missing civil documents, referral to legal aid", "Dispute between neighbours"]),
    ("health", 6, ["Manque de médicaments au poste de santé"], ["Mobile clinic did not come this week"]),
    ("security", 5, ["Vol de biens pendant la nuit"], ["Lighting in sector {b} not working at night"]),
    ("site management", 3, ["Demande de réunion avec le comité de gestion"], ["Request to meet the camp manager"]),
]

CONTRACTORS_IQ = ["Al-Rafidain Construction Co.", "Nineveh Builders Co.", "Al-Hadba General Contracting",
                  "Babylon Engineering Group", "Anbar Reconstruction Co.", "Tigris Bridge Contracting",
                  "Zagros Engineering", "Al-Jazeera Water Solutions", "Ashur Electrical Works",
                  "Dijla General Contracting", "Al-Furat Irrigation Services", "Sumer Building Co."]
CONTRACTORS_CD = ["Ets Tanganyika BTP", "Société Lukuga Construction", "Kalemie Bâtisseurs SARL",
                  "Ets Mwangaza Services", "Nyunzu Forage et Eau SARL"]
SCHOOL_NAMES = ["Al-Noor", "Al-Amal", "Al-Farabi", "Ibn Sina", "Al-Mutanabbi", "Al-Zahraa", "Al-Khansaa",
                "Al-Rasheed", "Dijla", "Al-Salam"]

# Work type: Iraqi title, DRC title (or None), contract value range in USD, duration in days, people served.
WORK_TYPES = {
    m.WorkType.SCHOOL: ("Rehabilitation of {school} primary school, {place}",
                        "Réhabilitation de l'école primaire de {place}",
                        (80_000, 350_000), (120, 240), (400, 1_800)),
    m.WorkType.WATER_PLANT: ("Rehabilitation of {place} water treatment plant", None,
                             (150_000, 900_000), (150, 330), (8_000, 60_000)),
    m.WorkType.MARKET: ("Rehabilitation of {place} central market", "Réhabilitation du marché de {place}",
                        (60_000, 300_000), (90, 200), (3_000, 25_000)),
    m.WorkType.IRRIGATION: ("Rehabilitation of {place} irrigation canal", None,
                            (100_000, 600_000), (120, 270), (1_500, 12_000)),
    m.WorkType.ELECTRICAL_NETWORK: ("Rehabilitation of the {place} electrical network (11 kV feeders)", None,
                                    (100_000, 700_000), (90, 240), (5_000, 40_000)),
    m.WorkType.SHELTER_REHABILITATION: ("Rehabilitation of {n} war-damaged houses in {place}", None,
                                        (40_000, 250_000), (90, 180), (150, 900)),
    m.WorkType.DEBRIS_CLEARING: ("Debris clearing in {place}", None, (20_000, 150_000), (45, 120), (2_000, 20_000)),
    m.WorkType.HEALTH_CENTRE: ("Rehabilitation of {place} primary health centre",
                               "Réhabilitation du centre de santé de {place}",
                               (120_000, 800_000), (150, 300), (5_000, 45_000)),
    m.WorkType.LATRINE_BLOCK: ("Construction of a latrine block at {place} school",
                               "Construction d'un bloc de latrines à {place}", (8_000, 40_000), (30, 75), (300, 1_500)),
    m.WorkType.WATER_POINT: ("Construction of a water point in {place}", "Forage d'un point d'eau à {place}",
                             (10_000, 60_000), (30, 90), (500, 3_000)),
}
DRC_WORK_TYPES = [m.WorkType.WATER_POINT, m.WorkType.LATRINE_BLOCK, m.WorkType.SCHOOL, m.WorkType.HEALTH_CENTRE,
                  m.WorkType.MARKET]
SUSPENSION_REASONS = ["security situation in the area", "contractor's cash-flow problems",
                      "access restrictions by the authorities", "design change requested by the directorate"]

# Community Resource Centres of Iraq: code, name, kind, district, locality, managing organisation, opened, closed
# (or None), focal point, project. The first four opened in 2022 with the community stabilisation project's social
# cohesion work and carried on; the others came with the durable solutions project. Sumel's closed with the Duhok
# camp closures.
CRCS = [
    ("IQ-CRC-MOS-01", "Mosul Old City CRC", "walk-in", "Mosul", "Mosul Old City", "IOM Iraq", D(2022, 8, 14), None,
     "Huda Saleh Al-Hadidi", "IRQ-BHA-2022-03"),
    ("IQ-CRC-SIN-01", "Sinjar CRC", "walk-in", "Sinjar", "Sinjar", "IOM Iraq with Harikar", D(2022, 9, 18), None,
     "Khudeida Qasim Ezdikhan", "IRQ-BHA-2022-03"),
    ("IQ-CRC-TAF-01", "Tal Afar CRC", "walk-in", "Tal Afar", "Tal Afar", "IOM Iraq", D(2022, 11, 6), None,
     "Yousif Ali Al-Naimi", "IRQ-BHA-2022-03"),
    ("IQ-CRC-RAM-01", "Ramadi CRC", "walk-in", "Ramadi", "Ramadi", "IOM Iraq with Al-Tahreer Association",
     D(2023, 6, 4), None, "Asmaa Khalid Al-Dulaimi", "IRQ-BHA-2023-04"),
    ("IQ-CRC-TIK-01", "Tikrit CRC", "walk-in", "Tikrit", "Tikrit", "IOM Iraq", D(2023, 1, 15), None,
     "Mustafa Jasim Al-Juburi", "IRQ-BHA-2022-03"),
    ("IQ-CRC-HOT-01", "Durable solutions hotline", "virtual hotline", "Erbil", "Erbil", "IOM Iraq",
     D(2023, 4, 16), None, "Rana Yousif Al-Shammari", "IRQ-BHA-2023-04"),
    ("IQ-CRC-MOB-01", "Ninewa Plains mobile team", "mobile", "Hamdaniya", "Bartella", "IOM Iraq",
     D(2023, 9, 3), None, "Saad Younis Al-Hamdani", "IRQ-BHA-2023-04"),
    ("IQ-CRC-SUM-01", "Sumel camps CRC", "walk-in", "Sumel", "Sumel", "IOM Iraq with Harikar", D(2023, 4, 23),
     D(2023, 12, 14), "Shireen Haider Al-Sinjari", "IRQ-BHA-2023-04"),
]

# The service map around the CRCs: organisation, services, contact line, accepts referrals. Each district with a CRC
# lists those of these that work there (SERVICE_MAP_DISTRICTS).
SERVICE_PROVIDERS = [
    ("Norwegian Refugee Council (ICLA)", "legal aid, civil documentation", "ICLA referral line", True),
    ("Directorate of Nationality and Civil Affairs", "civil documentation", "Civil affairs office, walk-in", True),
    ("Harikar NGO", "protection, legal aid, GBV", "Harikar case management line", True),
    ("Al-Tahreer Association for Development", "protection, livelihoods", "Referral focal point", True),
    ("Terre des Hommes Italy", "child protection, MHPSS, education", "Child protection case worker", True),
    ("Save the Children", "child protection, education", "Referral desk", True),
    ("UNFPA-supported women's centre", "GBV, MHPSS, health", "Women's centre safe line", True),
    ("International Medical Corps", "MHPSS, health", "MHPSS referral focal point", True),
    ("Directorate of Health, primary health centre", "health", "PHC reception", True),
    ("Directorate of Education", "education", "Education supervisor", True),
    ("IOM livelihoods programme", "livelihoods, cash", "EDF and ILA intake desk", True),
    ("Department of Labour and Social Affairs", "livelihoods, cash", "Social protection office", False),
    ("Première Urgence Internationale", "health, MHPSS", "Mobile medical team coordinator", True),
    ("NRC shelter programme", "shelter, cash", "Shelter referral desk", True),
    ("Legal Clinic Network", "legal aid", "Legal aid hotline", True),
]
SERVICE_MAP_DISTRICTS = {
    "Mosul": (0, 1, 4, 6, 7, 8, 9, 10, 14), "Sinjar": (0, 1, 2, 6, 7, 8, 13), "Tal Afar": (0, 1, 5, 8, 10, 12),
    "Ramadi": (1, 3, 5, 8, 9, 10, 11, 14), "Tikrit": (1, 3, 7, 8, 10), "Erbil": (0, 6, 7, 11, 14),
    "Hamdaniya": (0, 1, 4, 8, 13), "Sumel": (1, 2, 4, 6, 12),
}

# What a CRC's group sessions are about, and who runs them, by kind of session.
SESSION_TOPICS = {
    "awareness": ["Civil documentation after return", "Explosive ordnance risk education", "Housing, land and property "
                  "rights", "Preventing gender-based violence", "Child labour and early marriage", "Mental health and "
                  "stress after displacement"],
    "information": ["Return grant: criteria and payment", "Go-and-see visits to areas of origin", "Services available "
                    "in the area of return", "Camp closure and departure registration", "Compensation claims (Law 20)"],
    "legal counselling (group)": ["Replacing lost identity documents", "Property claims and title deeds",
                                  "Birth and marriage registration", "Inheritance and guardianship"],
    "informal education": ["Literacy for adults", "Catch-up classes for out-of-school children", "Arabic and "
                           "mathematics remedial classes"],
    "skills": ["Tailoring", "Mobile phone repair", "Small business planning", "Food processing and hygiene",
               "Computer basics"],
}
SESSION_FACILITATORS = {
    "awareness": ["CRC protection officer", "Community mobilisers", "IOM MHPSS team"],
    "information": ["CRC information officer", "Durable solutions team"],
    "legal counselling (group)": ["ICLA lawyer", "Legal Clinic Network lawyer"],
    "informal education": ["CRC education facilitator", "Volunteer teachers"],
    "skills": ["Vocational trainer", "IOM livelihoods officer"],
}
# What people say when followed up after a service, by satisfaction.
REFERRAL_FEEDBACK = {
    "satisfied": ["Service received as explained; thanked the CRC", "Document issued; no further need",
                  "Attended all sessions; feels better supported"],
    "partly satisfied": ["Service received after a long wait", "Received part of the help; asked about the rest",
                         "Had to travel far for the appointment"],
    "not satisfied": ["Provider asked to come back several times", "Service did not meet the need; to be referred "
                      "again"],
}

# What people ask a CRC (weight, question, information given), as the Iraq CRC teams log it.
CRC_QUESTIONS = [
    (16, "How to replace a lost national ID card and civil status documents",
     "Explained the steps at the Directorate of Nationality and Civil Affairs; referred to the ICLA legal aid team"),
    (14, "When the return grant is paid and who is eligible",
     "Explained the eligibility criteria and the payment schedule for the area of return"),
    (11, "Whether services work in the area of origin (water, electricity, school, health centre)",
     "Shared the latest area-of-return profile and the go-and-see visit schedule"),
    (10, "Jobs, vocational training or a small business grant",
     "Explained EDF, ILA and cash-for-work intake; took the contact for the next registration"),
    (9, "House destroyed or occupied: compensation and property documents",
     "Explained the compensation claim (Law 20) and the property documents needed; referred to legal aid"),
    (8, "Enrolling children in school without documents",
     "Explained the Directorate of Education's enrolment rules; referred for civil documentation"),
    (7, "Psychological support for a family member",
     "Gave the MHPSS provider's contact and opening hours; offered a referral"),
    (7, "Support with shelter rehabilitation",
     "Explained the shelter programme's criteria; house recorded for a technical assessment"),
    (6, "The nearest working primary health centre and mobile clinic days",
     "Gave the PHC's location and the mobile team's schedule"),
    (6, "Camp closure: what support for departure and transport",
     "Explained the departure registration, the transport grant and the return package"),
    (6, "Registering for go-and-see or come-and-tell sessions",
     "Registered the interest; next session date given"),
]

EDF_SECTORS = ["food processing", "agriculture", "construction materials", "retail", "manufacturing",
               "services", "livestock", "textiles"]
EDF_BUSINESSES = ["Bakery", "Dairy", "Blocks Factory", "Sewing Workshop", "Carpentry", "Supermarket",
                  "Poultry Farm", "Pharmacy", "Car Repair", "Restaurant", "Aluminium Workshop", "Printing House",
                  "Ice Factory", "Feed Mill", "Olive Press"]
EDF_NAMES = ["Al-Noor", "Al-Amal", "Al-Salam", "Al-Hadba", "Dijla", "Al-Furat", "Babil", "Al-Khair",
             "Al-Baraka", "Ashur", "Nineveh", "Al-Rafidain", "Sinjar", "Al-Anbar", "Zagros"]
ILA_SECTORS = ["tailoring", "barbering", "mobile phone repair", "beekeeping", "livestock", "carpentry",
               "food vending", "electrical repair", "hairdressing", "poultry", "plumbing", "welding"]
MONITORING_NOTES = {m.Programme.EDF: "Monitoring visit: business operating",
                    m.Programme.ILA: "Follow-up visit: livelihood activity running",
                    m.Programme.CFW: "Work verified on site by the engineer"}
CFW_WORKS = [("public works", "debris clearing, {place}"), ("agriculture", "{place} irrigation canal cleaning"),
             ("environment", "{place} tree planting and park rehabilitation"),
             ("WASH", "{place} drainage and sewage channel cleaning"), ("public works", "{place} market cleaning")]

VULNERABILITY_EXTRAS = [  # (vulnerabilities other than those the head's sex and age imply, weight)
    ((), 66), (("disability",), 7), (("chronic illness",), 9), (("pregnant or lactating",), 12),
    (("disability", "chronic illness"), 3), (("chronic illness", "pregnant or lactating"), 2),
    (("disability", "pregnant or lactating"), 1),
]

# Household sizes 1-12 (weights): larger families in Iraq.
SIZE_WEIGHTS = {"CD": [5, 9, 13, 15, 15, 13, 10, 8, 5, 3, 2, 2], "IQ": [3, 6, 10, 14, 16, 15, 12, 9, 6, 4, 3, 2]}


# --- dates, money and rates --------------------------------------------------------------------

def _month_start(day: D) -> D:
    return day.replace(day=1)


def _month_end(day: D) -> D:
    nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def _adds_up(unit: str) -> str:
    """A demo indicator's declared aggregation: a share stands at its latest quarter; counts add up."""
    return m.Aggregation.LATEST.value if unit in m.PERCENT_UNITS else m.Aggregation.SUM.value


def _add_months(day: D, n: int) -> D:
    y, mo = divmod(day.year * 12 + day.month - 1 + n, 12)
    return D(y, mo + 1, 1)


def _usd_per(currency: str, day: D) -> float:
    """UN operational rate of exchange for the month: US dollars for one unit of currency."""
    if currency == "USD":
        return 1.0
    if currency == "EUR":
        return {2020: 1.14, 2021: 1.18, 2022: 1.05, 2023: 1.08, 2024: 1.08}.get(day.year, 1.08)
    if currency == "IQD":
        # The Central Bank of Iraq moved from 1,460 to 1,310 dinars to the dollar in February 2023.
        return 1 / 1460 if day < D(2023, 2, 8) else 1 / 1310
    if currency == "CDF":
        # The franc slid from about 2,000 to 2,800 to the dollar over 2022-2024.
        months = (day.year - 2022) * 12 + day.month - 1
        return 1 / (2000 + 22 * max(0, min(months, 36)))
    raise ValueError(currency)


def _rate(currency: str, project_currency: str, day: D) -> float:
    """Units of the project's currency for one unit of currency, at the month's rate (8 decimals, as stored)."""
    return round(_usd_per(currency, day) / _usd_per(project_currency, day), 8)


def _split(total: int, shares: Sequence[float]) -> list[int]:
    """Whole numbers in these proportions adding up to total exactly (largest remainder)."""
    raw = [total * s / sum(shares) for s in shares]
    parts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


# --- writing rows ------------------------------------------------------------------------------

_GLOBAL_ID_TABLES = frozenset(mapper.class_.__tablename__ for mapper in Base.registry.mappers
                               if issubclass(mapper.class_, GlobalId))


class _Writer:
    """Inserts rows given as tuples: raw executemany on SQLite, COPY on PostgreSQL (psycopg), Core otherwise.

    Dates arrive as ISO text on SQLite and PostgreSQL (what SQLAlchemy stores on SQLite and what COPY parses),
    as date objects otherwise; money as float (SQLite stores NUMERIC that way too; COPY parses the text).
    """

    def __init__(self, conn: Connection, seed: int = 0):
        self.conn = conn
        self.uids = random.Random(f"uids-{seed}")  # the same seed gives the same database, uids included
        self.dialect = conn.dialect.name
        self.raw = conn.connection.dbapi_connection
        if self.dialect == "sqlite":
            self.mode = "sqlite"
        elif self.dialect == "postgresql" and conn.dialect.driver == "psycopg":
            self.mode = "copy"
        else:
            self.mode = "core"
        self.iso_dates = self.mode != "core"
        self.counts: dict[str, int] = {}
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        if not rows:
            self.counts.setdefault(table, 0)
            return
        columns = tuple(columns)
        if table in _GLOBAL_ID_TABLES and "uid" not in columns:
            # Every record that travels carries its global identifier from the start (models.base.GlobalId).
            columns = (*columns, "uid")
            rows = [(*row, f"{self.uids.getrandbits(128):032x}") for row in rows]
        if self.mode == "sqlite":
            key = (table, columns)
            sql = self._sql.get(key)
            if sql is None:
                sql = self._sql[key] = (f"INSERT INTO {table} ({', '.join(columns)}) "
                                        f"VALUES ({', '.join('?' * len(columns))})")
            self.raw.executemany(sql, rows)
        elif self.mode == "copy":
            with self.raw.cursor() as cursor:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        else:
            self.conn.execute(Base.metadata.tables[table].insert(), [dict(zip(columns, row)) for row in rows])
        self.counts[table] = self.counts.get(table, 0) + len(rows)


# --- the plan of the household registers -------------------------------------------------------

@dataclass
class _Register:
    """Households registered in one site (or, with no site, returnees registered by the Iraq programme)."""

    site_id: int | None
    prefix: str                 # household codes are prefix-000123
    country: str                # CD or IQ
    project_id: int
    project_currency: str
    households: int
    registered_from: D
    registered_until: D
    # Planned departures (site closure): every household leaves between these dates; those after today are
    # still present, with their tranches planned.
    closure_from: D | None = None
    closure_until: D | None = None
    # Open sites: the share of households that left on their own over time (or within `leaving_within` days
    # of registering, planned until then).
    leaving_share: float = 0.0
    leaving_within: int | None = None
    registration_front_loaded: bool = True  # most register when a site opens; returnees register evenly
    return_places: list[int] = field(default_factory=list)
    relocation_places: list[int] = field(default_factory=list)
    return_share: float = 0.6   # of those leaving, the share going back to their village (the rest relocate)
    # Intentions of those who stay for now (weights): return, relocate, stay, undecided.
    staying: tuple[int, int, int, int] = (30, 10, 15, 45)
    package: str | None = None  # "drc" (transport, construction, subsistence, completion) or "iraq"
    latitude: float = 0.0
    longitude: float = 0.0
    spread: float = 0.004       # households' plots around the site (degrees)
    host_share: float = 0.0     # Iraq: host community households registered with the returnees
    foreign_cash_share: float = 0.0  # share of households paid in CDF (DRC) or IQD (Iraq)
    leaving_indicator: int | None = None  # indicator counting the people who left, per quarter


class _Demo:
    """One run of the generator: ids handed out in order, one random stream per part, rows sent in chunks."""

    def __init__(self, conn: Connection, scale: float, seed: int, progress: Progress | None, today: D):
        self.w = _Writer(conn, seed)
        self.conn = conn
        self.scale = scale
        self.seed = seed
        self.today = today
        self.report = progress or (lambda fraction, text: None)
        self.ids: dict[str, int] = {}
        self.n_households = max(1, round(HOUSEHOLDS_PER_SCALE * scale))
        self.n_grants = max(1, round(GRANTS_PER_SCALE * scale))
        self.n_works = max(1, round(WORKS_PER_SCALE * scale))
        # Progress is shared out by the rows each part writes.
        self._work_total = self.n_households * 2.5 + self.n_grants * 6 + self.n_works * 10 + 20_000 \
            + self.n_referrals * 4
        self._work_done = 0.0
        first, last = D(2010, 1, 1), max(today, D(2026, 12, 31)) + dt.timedelta(days=800)
        self.day: dict[int, object] = {}
        for o in range(first.toordinal(), last.toordinal() + 1):
            day = D.fromordinal(o)
            self.day[o] = day.isoformat() if self.w.iso_dates else day
        self.month_of = {o: (D.fromordinal(o).year - 2010) * 12 + D.fromordinal(o).month - 1 for o in self.day}
        self.places: dict[str, dict] = {}     # P-code -> id, name, level, latitude, longitude
        self.projects: dict[str, dict] = {}   # code -> id, currency, seed
        self.sites: list[dict] = []
        self.registers: list[_Register] = []
        self.population: dict[int, list[int]] = {}   # site id -> 8 counters per month (deltas)
        self.leaving: dict[int, dict[int, list[int]]] = {}  # indicator id -> quarter -> people and sex/age

    # --- helpers --------------------------------------------------------------------------------

    def rng(self, part: str) -> random.Random:
        """One random stream per part, so adding a part does not change the others."""
        return random.Random(f"{self.seed}:{part}")

    def next_id(self, table: str) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        return self.ids[table]

    def d(self, day: D | None) -> object:
        """A date as the writer wants it (ISO text or a date)."""
        return None if day is None else self.day[day.toordinal()]

    def step(self, rows: float, text: str) -> None:
        self._work_done += rows
        self.report(min(0.99, self._work_done / self._work_total), text)

    # --- the run --------------------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        self.report(0.0, "reference data")
        self.users()
        self.donors_and_projects()
        self.locations()
        self.project_locations()
        self.plan_sites()
        self.logframes()
        self.site_management()
        self.step(10_000, "sites, committees and complaints")
        self.households()
        self.population_counts()
        self.indicator_values()
        self.grants()
        self.works()
        self.work_payments()
        self.resource_centres()
        self.service_providers()
        self.crc_contacts()
        self.crc_sessions()
        self.referrals()
        demo_distributions.write(self)
        self.audit()
        return dict(self.w.counts)

    # --- staff, donors, projects ----------------------------------------------------------------

    def users(self) -> None:
        # The database's creator (its administrator, db.ensure_administrator) is there already.
        known = dict(self.conn.execute(select(m.User.username, m.User.id)).all())
        self.ids["users"] = max(known.values(), default=0)
        rows = [(self.next_id("users"), u, name, role, True, 1) for u, name, role, _ in STAFF if u not in known]
        self.w.insert("users", ("id", "username", "full_name", "role", "active", "version"), rows)
        self.staff = {c: [u for u, _, _, country in STAFF if country == c] for c in ("CD", "IQ")}

    def donors_and_projects(self) -> None:
        donor_ids = {}
        rows = []
        for code, name, iati_ref, organisation_type in DONORS:
            donor_ids[code] = self.next_id("donors")
            rows.append((donor_ids[code], code, name, iati_ref, str(organisation_type), 1))
        self.w.insert("donors", ("id", "code", "name", "iati_ref", "organisation_type", "version"), rows)
        rows = []
        for p in PROJECTS:
            pid = self.next_id("projects")
            self.projects[p.code] = {"id": pid, "currency": p.currency, "seed": p}
            if p.start > self.today:
                status = m.ProjectStatus.PIPELINE
            elif p.end < self.today - dt.timedelta(days=90):
                status = m.ProjectStatus.CLOSED
            elif p.end < self.today:
                status = m.ProjectStatus.COMPLETED
            else:
                status = m.ProjectStatus.ONGOING
            # A bigger office runs bigger grants: budgets grow with the scale so money committed stays within them.
            budget = float(round(p.budget * max(1.0, self.scale), -3))
            rows.append((pid, p.code, p.title, donor_ids[p.donor], self.d(p.start), self.d(p.end), budget,
                         p.currency, str(status), p.sectors, p.partners, 1))
        self.w.insert("projects", ("id", "code", "title", "donor_id", "start_date", "end_date", "budget", "currency",
                                   "status", "sectors", "partners", "version"), rows)

    # --- places ---------------------------------------------------------------------------------

    def locations(self) -> None:
        # Villages sit where they sit whatever the seed: their offsets come from a fixed stream.
        where = random.Random("places")
        rows: list[tuple] = []

        def add(pcode, name, local, level, parent, lat, lon):
            lid = self.next_id("locations")
            self.places[pcode] = {"id": lid, "name": name, "level": level, "latitude": lat, "longitude": lon,
                                  "parent": parent}
            rows.append((lid, pcode, name, local, level, self.places[parent]["id"] if parent else None,
                         lat, lon, 1))
            return pcode

        add("CD", "République démocratique du Congo", None, 0, None, -4.0383, 21.7587)
        add("CD74", "Tanganyika", None, 1, "CD", -6.5, 27.9)
        self.drc_villages: dict[str, list[str]] = {}   # territory P-code -> locality P-codes
        self.territory_code: dict[str, str] = {}
        for pcode, name, lat, lon, code, villages in DRC_TERRITORIES:
            add(pcode, name, None, 2, "CD74", lat, lon)
            self.territory_code[pcode] = code
            self.drc_villages[pcode] = []
            for i, village in enumerate(villages, start=1):
                near = 0.03 if village in KALEMIE_SITES or village in NYUNZU_SITES else 0.35
                self.drc_villages[pcode].append(add(f"{pcode}{i:03d}", village, None, 3, pcode,
                                                    round(lat + where.uniform(-near, near), 5),
                                                    round(lon + where.uniform(-near, near), 5)))
        add("IQ", "Iraq", "العراق", 0, None, 33.2232, 43.6793)
        self.iraq_districts: dict[str, str] = {}     # district name -> P-code
        self.iraq_localities: dict[str, list[str]] = {}  # district P-code -> locality P-codes
        self.governorate_districts: dict[str, list[str]] = {}
        for gpcode, name, local, lat, lon, districts in IRAQ_GOVERNORATES:
            add(gpcode, name, local, 1, "IQ", lat, lon)
            self.governorate_districts[gpcode] = []
            for i, (dname, dlocal, dlat, dlon, code, localities) in enumerate(districts, start=1):
                dpcode = add(f"{gpcode}Q{i:02d}", dname, dlocal, 2, gpcode, dlat, dlon)
                self.iraq_districts[dname] = dpcode
                self.territory_code[dpcode] = code
                self.governorate_districts[gpcode].append(dpcode)
                self.iraq_localities[dpcode] = [
                    add(f"{dpcode}L{j:03d}", lname, llocal, 3, dpcode, round(dlat + where.uniform(-0.12, 0.12), 5),
                        round(dlon + where.uniform(-0.12, 0.12), 5))
                    for j, (lname, llocal) in enumerate(localities, start=1)]
        self.w.insert("locations", ("id", "pcode", "name", "name_local", "admin_level", "parent_id", "latitude",
                                    "longitude", "version"), rows)
        self.by_name = {(p["parent"], p["name"]): code for code, p in self.places.items()}

    def project_locations(self) -> None:
        rows = [(p["id"], self.places[pcode]["id"]) for p in self.projects.values() for pcode in p["seed"].places]
        self.w.insert("project_locations", ("project_id", "location_id"), rows)

    def localities_of(self, project_code: str) -> list[str]:
        """Localities of a project's areas (governorates or territories)."""
        found = []
        for pcode in self.projects[project_code]["seed"].places:
            if pcode in self.governorate_districts:
                for district in self.governorate_districts[pcode]:
                    found.extend(self.iraq_localities[district])
            elif pcode in self.drc_villages:
                found.extend(self.drc_villages[pcode])
        return found

    # --- sites ----------------------------------------------------------------------------------

    def _site(self, name: str, site_type: str, locality: str, project: str, opened: D, closing: D | None,
              closed: D | None, country: str, code: str, households: int, **register) -> dict:
        """A site, its status history (up to today) and the register of its households."""
        sid = self.next_id("sites")
        steps = []
        if closing is not None and closing <= self.today:
            steps.append(("open", "closing", closing))
            if closed is not None and closed <= self.today:
                steps.append(("closing", "closed", closed))
        status = steps[-1][1] if steps else "open"
        place = self.places[locality]
        project_info = self.projects[project]
        site = {"id": sid, "name": name, "type": site_type, "location": place["id"], "project": project_info["id"],
                "opened": opened, "status": status, "closed_on": closed if status == "closed" else None,
                "steps": steps, "country": country, "households": households, "locality": locality}
        self.sites.append(site)
        territory = place["parent"]
        self.registers.append(_Register(
            site_id=sid, prefix=f"{self.territory_code[territory]}-{code}", country=country,
            project_id=project_info["id"], project_currency=project_info["currency"], households=households,
            registered_from=opened, registered_until=min(closing or self.today, self.today),
            closure_from=closing, closure_until=closed, latitude=place["latitude"], longitude=place["longitude"],
            **register))
        return site

    def plan_sites(self) -> None:
        r = self.rng("sites")
        small = min(self.scale, 1.0)
        kalemie = self.drc_villages["CD7401"]
        village = {self.places[p]["name"]: self.places[p]["id"] for p in kalemie}
        returns = [village[v] for v in RETURN_VILLAGES]
        relocations = [village[v] for v in RELOCATION_VILLAGES]
        indicator = self.leaving_indicator_id = self.next_id("indicators")
        # Kalemie: the planned closure of five sites by the provincial government (ECHO).
        # name, opened, closure announced, closed (Kalenge: planned, still closing), households at scale 1.
        for name, code, opened, closing, closed, n in [
            ("Cinquantenaire", "CIN", D(2017, 9, 12), D(2023, 2, 1), D(2023, 7, 31), 640),
            ("Kalonda", "KLD", D(2017, 8, 21), D(2023, 2, 1), D(2023, 10, 16), 980),
            ("Kalunga", "KLG", D(2018, 1, 10), D(2023, 4, 3), D(2023, 12, 20), 720),
            ("Mukuku", "MUK", D(2018, 3, 5), D(2023, 6, 1), D(2024, 3, 29), 600),
            ("Kalenge", "KLN", D(2018, 5, 14), D(2023, 10, 2), D(2024, 9, 30), 700),
        ]:
            site = self._site(name, m.SiteType.SPONTANEOUS_SITE, self.by_name[("CD7401", name)], "DRC-ECHO-2023-01",
                              opened, closing, closed, "CD", code, max(1, round(n * small)),
                              return_places=returns, relocation_places=relocations, return_share=0.55,
                              staying=(45, 35, 5, 15), package="drc", foreign_cash_share=0.12,
                              leaving_indicator=indicator)
            site["planned_closure"] = closed
        # Nyunzu: newly displaced people in five open sites (ECHO, site management).
        nyunzu = [p for p in self.drc_villages["CD7406"] if self.places[p]["name"] not in NYUNZU_SITES]
        for name, code, opened, n in [("Kilwa", "KLW", D(2022, 11, 7), 1300),
                                      ("Kabeya-Mikena", "KBM", D(2023, 1, 16), 1000),
                                      ("Kilunga", "KLU", D(2023, 2, 13), 900),
                                      ("Majengo Mapya", "MJM", D(2022, 12, 5), 1000),
                                      ("Mwempa", "MWE", D(2023, 3, 20), 800)]:
            self._site(name, m.SiteType.SPONTANEOUS_SITE, self.by_name[("CD7406", name)], "DRC-ECHO-2023-02",
                       opened, None, None, "CD", code, max(1, round(n * small)),
                       leaving_share=0.05, return_places=[self.places[p]["id"] for p in nyunzu],
                       relocation_places=[self.places[p]["id"] for p in nyunzu], return_share=0.9,
                       staying=(30, 8, 17, 45))
        real = sum(s["households"] for s in self.sites)
        iraq_returnees = max(1, round(1_400 * small))
        extra = max(0, self.n_households - real - iraq_returnees)
        if self.scale > 1:
            self._more_drc_sites(r, round(extra * 0.4))
            self._more_iraq_sites(r, round(extra * 0.45))
            iraq_returnees += extra - round(extra * 0.4) - round(extra * 0.45)
        else:
            iraq_returnees = max(1, self.n_households - real)
        self._iraq_returnees(iraq_returnees)

    def _more_drc_sites(self, r: random.Random, households: int) -> None:
        """Further Tanganyika sites (BHA) when the scale asks for more households than the real ten hold."""
        n_sites = max(1, round(households / 2_500))
        sizes = _split(households, [r.uniform(0.3, 1.7) for _ in range(n_sites)])
        territories = ["CD7401", "CD7406", "CD7405", "CD7404", "CD7403", "CD7402"]
        weights = [30, 25, 15, 15, 10, 5]
        used: dict[str, int] = {}
        for i, n in enumerate(sizes, start=1):
            territory = r.choices(territories, weights)[0]
            villages = [v for v in self.drc_villages[territory]
                        if self.places[v]["name"] not in KALEMIE_SITES + NYUNZU_SITES]
            locality = r.choice(villages)
            base = self.places[locality]["name"]
            used[base] = used.get(base, 0) + 1
            name = f"{base} {used[base]}"
            opened = D(2017, 6, 1) + dt.timedelta(days=r.randrange(5 * 365))
            fate = r.random()
            closing = closed = None
            if fate < 0.4:   # closed or closing under a planned closure
                closing = max(opened + dt.timedelta(days=180), D(2022, 6, 1) + dt.timedelta(days=r.randrange(600)))
                closed = closing + dt.timedelta(days=r.randrange(150, 400))
            others = [self.places[v]["id"] for v in villages if v != locality]
            self._site(name, r.choice([m.SiteType.SPONTANEOUS_SITE, m.SiteType.PLANNED_CAMP]), locality,
                       "DRC-BHA-2022-01", opened, closing, closed, "CD", f"S{i:03d}", n,
                       leaving_share=0.05, return_places=others[: len(others) // 2] or others,
                       relocation_places=others[len(others) // 2:] or others, return_share=0.6,
                       staying=(35, 15, 10, 40), package="drc" if closing else None, foreign_cash_share=0.1)

    def _more_iraq_sites(self, r: random.Random, households: int) -> None:
        """Iraqi camps and collective centres (BHA durable solutions) at scales above 1."""
        n_sites = max(1, round(households / 3_000))
        sizes = _split(households, [r.uniform(0.3, 1.7) for _ in range(n_sites)])
        used: dict[str, int] = {}
        districts = list(self.iraq_districts)
        for i, n in enumerate(sizes, start=1):
            if i <= len(IRAQ_CAMPS):
                name, district = IRAQ_CAMPS[i - 1]
                site_type = m.SiteType.PLANNED_CAMP
                locality = self.iraq_localities[self.iraq_districts[district]][0]
                for candidate in self.iraq_localities[self.iraq_districts[district]]:
                    if self.places[candidate]["name"] in name:
                        locality = candidate
            else:
                district = r.choice(districts)
                locality = r.choice(self.iraq_localities[self.iraq_districts[district]])
                base = self.places[locality]["name"]
                used[base] = used.get(base, 0) + 1
                name = f"{base} collective centre {used[base]}"
                site_type = m.SiteType.COLLECTIVE_CENTRE
            opened = D(2014, 8, 1) + dt.timedelta(days=r.randrange(4 * 365))
            closing = closed = None
            if r.random() < 0.4:
                closing = D(2023, 1, 15) + dt.timedelta(days=r.randrange(420))
                closed = closing + dt.timedelta(days=r.randrange(90, 300))
            origins = [self.places[p]["id"] for g in ("IQG13", "IQG01", "IQG15")
                       for dpc in self.governorate_districts[g] for p in self.iraq_localities[dpc]]
            self._site(name, site_type, locality, "IRQ-BHA-2023-04", opened, closing, closed, "IQ", f"C{i:03d}", n,
                       leaving_share=0.08, return_places=origins, relocation_places=origins, return_share=0.85,
                       staying=(30, 5, 25, 40), package="iraq", foreign_cash_share=0.8, spread=0.003)

    def _iraq_returnees(self, households: int) -> None:
        """Returnee and host community households registered for return assistance, without a site."""
        project = self.projects["IRQ-BHA-2023-04"]
        districts = [self.iraq_districts[d] for d in ("Mosul", "Sinjar", "Tal Afar", "Hamdaniya", "Ramadi",
                                                      "Falluja", "Tikrit", "Baiji")]
        shares = _split(households, [5, 3, 2, 2, 2, 2, 1, 1])
        start = project["seed"].start
        for district, n in zip(districts, shares):
            if not n:
                continue
            places = [self.places[p]["id"] for p in self.iraq_localities[district]]
            centre = self.places[district]
            self.registers.append(_Register(
                site_id=None, prefix=f"{self.territory_code[district]}-RET", country="IQ", project_id=project["id"],
                project_currency=project["currency"], households=n, registered_from=start,
                registered_until=min(self.today, project["seed"].end), leaving_share=0.85, leaving_within=75,
                registration_front_loaded=False, return_places=places, relocation_places=places,
                return_share=1.0, staying=(85, 0, 5, 10), package="iraq", latitude=centre["latitude"],
                longitude=centre["longitude"], spread=0.08, host_share=0.2, foreign_cash_share=0.8))

    def site_management(self) -> None:
        """Sites, their status history, committees, trainings, complaints and infrastructure."""
        r = self.rng("site management")
        rows, steps = [], []
        for s in self.sites:
            rows.append((s["id"], s["name"], str(s["type"]), s["location"], s["project"], "IOM", s["status"],
                         self.d(s["opened"]), self.d(s["closed_on"]), 1))
            for before, after, on in s["steps"]:
                note = {"closing": "Planned closure announced by the provincial authorities"
                        if s["country"] == "CD" else "Camp closure announced by the government",
                        "closed": "Last households departed; site handed back"}[after]
                steps.append((self.next_id("site_status_changes"), s["id"], before, after, self.d(on), note,
                              r.choice(self.staff[s["country"]])))
        self.w.insert("sites", ("id", "name", "site_type", "location_id", "project_id", "managing_agency", "status",
                                "opened_on", "closed_on", "version"), rows)
        self.w.insert("site_status_changes", ("id", "site_id", "from_status", "to_status", "changed_on", "note",
                                              "user_name"), steps)
        committees, trainings, complaints, infrastructure = [], [], [], []
        for s in self.sites:
            until = s["closed_on"] or self.today
            if s["name"] in NYUNZU_COMMITTEES:
                plan = NYUNZU_COMMITTEES[s["name"]]
                topics = COMMITTEE_TRAININGS
            elif s["name"] in KALEMIE_SITES:
                plan = []
            else:
                names = IRAQ_COMMITTEES if s["country"] == "IQ" else [n for n, _, _ in NYUNZU_COMMITTEES["Kilwa"]]
                plan = []
                for name in r.sample(names, r.randint(3, min(6, len(names)))):
                    members = r.randint(3, 9)
                    women = members if "femmes" in name or "Women" in name else round(members * r.uniform(0.3, 0.7))
                    plan.append((name, members, women))
                topics = IRAQ_TRAININGS if s["country"] == "IQ" else COMMITTEE_TRAININGS
            for name, members, women in plan:
                cid = self.next_id("committees")
                formed = s["opened"] + dt.timedelta(days=r.randint(20, 60))
                committees.append((cid, s["id"], name, self.d(formed), members, women, 1))
                held = formed + dt.timedelta(days=r.randint(7, 30))
                # Every committee was trained on its roles and responsibilities; some on more.
                for k, topic in enumerate([topics[0]] + r.sample(topics[1:], r.randint(0, 2))):
                    on = held + dt.timedelta(days=45 * k)
                    if on > self.today:
                        break
                    trainings.append((self.next_id("committee_trainings"), cid, topic, self.d(on),
                                      members if k == 0 else r.randint(max(1, members - 2), members), 1))
            if s["name"] not in KALEMIE_SITES:
                french = s["country"] == "CD"
                categories = [c for c in COMPLAINT_CATEGORIES]
                weights = [c[1] for c in categories]
                span = max(1, (until - s["opened"]).days)
                for _ in range(max(2, round(s["households"] * 0.06))):
                    category, _, fr, en = r.choices(categories, weights)[0]
                    received = s["opened"] + dt.timedelta(days=r.randrange(span))
                    resolved = received + dt.timedelta(days=r.randint(1, 30))
                    if resolved <= until and r.random() < 0.9:
                        status, resolved_on = m.ComplaintStatus.RESOLVED, resolved
                    else:
                        status, resolved_on = r.choice([m.ComplaintStatus.OPEN, m.ComplaintStatus.IN_PROGRESS]), None
                    text = r.choice(fr if french else en).format(b=r.choice("ABCDEFG"))
                    complaints.append((self.next_id("complaints"), s["id"],
                                       str(r.choices(list(m.ComplaintChannel), [45, 25, 30])[0]), category,
                                       self.d(received), str(status), self.d(resolved_on), text, 1))
            hh = s["households"]
            recorded = s["opened"] + dt.timedelta(days=r.randint(30, 90))
            kits = [(m.InfrastructureKind.LATRINE, max(1, hh // 20)), (m.InfrastructureKind.SHOWER, max(1, hh // 50)),
                    (m.InfrastructureKind.HANDWASHING, max(1, hh // 40))]
            if s["name"] in ("Kilwa", "Majengo Mapya") or (s["name"] not in NYUNZU_SITES + KALEMIE_SITES
                                                            and r.random() < 0.5):
                kits.append((m.InfrastructureKind.WATER_POINT, max(1, hh // 400)))
            if s["name"] not in KALEMIE_SITES:
                kits.append((m.InfrastructureKind.SHELTER_KIT, max(1, round(hh * 0.6))))
                kits.append((m.InfrastructureKind.SHELTER_KIT, max(1, round(hh * 0.25))))
            for k, (kind, quantity) in enumerate(kits):
                if s["name"] in KALEMIE_SITES:
                    condition = r.choices(list(m.Condition), [30, 45, 25])[0]
                elif kind == m.InfrastructureKind.SHELTER_KIT:
                    condition = m.Condition.GOOD
                else:
                    condition = r.choices(list(m.Condition), [80, 15, 5])[0]
                second_kits = kind == m.InfrastructureKind.SHELTER_KIT and kits[k - 1][0] == kind
                on = min(recorded + dt.timedelta(days=120 if second_kits else 0), self.today)
                infrastructure.append((self.next_id("site_infrastructure"), s["id"], str(kind), quantity,
                                       str(condition), self.d(on), 1))
        self.w.insert("committees", ("id", "site_id", "name", "formed_on", "members", "women_members", "version"),
                      committees)
        self.w.insert("committee_trainings", ("id", "committee_id", "topic", "held_on", "participants", "version"),
                      trainings)
        self.w.insert("complaints", ("id", "site_id", "channel", "category", "received_on", "status", "resolved_on",
                                     "description", "version"), complaints)
        self.w.insert("site_infrastructure", ("id", "site_id", "kind", "quantity", "condition", "recorded_on",
                                              "version"), infrastructure)

    # --- households and their cash -------------------------------------------------------------

    HOUSEHOLD_COLUMNS = ("id", "code", "project_id", "head_name", "head_sex", "phone", "status", "size",
                         "vulnerabilities", "site_id", "registered_on", "intention", "went_go_and_see",
                         "attended_come_and_tell", "destination_id", "departure_date", "latitude", "longitude",
                         "girls", "boys", "women", "men", "older_women", "older_men", "version")
    TRANCHE_COLUMNS = ("id", "household_id", "sequence", "purpose", "status", "planned_on", "paid_on", "amount",
                       "currency", "exchange_rate", "rate_date", "version")

    def _family_pools(self, r: random.Random, country: str) -> dict:
        """Ready-made households by (size, head): sex and age counts and vulnerabilities, drawn once."""
        pools: dict[tuple[int, str], list[tuple]] = {}
        extras, extra_weights = zip(*VULNERABILITY_EXTRAS)
        children = 0.62 if country == "CD" else 0.58
        for size in range(1, 13):
            for head in ("woman", "man", "older woman", "older man", "girl", "boy"):
                variants = []
                for _ in range(48):
                    counts = dict.fromkeys(m.SADD_FIELDS, 0)
                    counts[{"woman": "women", "man": "men", "older woman": "older_women", "older man": "older_men",
                            "girl": "girls", "boy": "boys"}[head]] += 1
                    others = size - 1
                    if others and head == "man" and r.random() < 0.85:
                        counts["women"] += 1
                        others -= 1
                    elif others and head == "woman" and r.random() < 0.15:
                        counts["men"] += 1
                        others -= 1
                    for _ in range(others):
                        x = r.random()
                        female = r.random() < 0.51
                        if head in ("girl", "boy") or x < children:
                            counts["girls" if female else "boys"] += 1
                        elif x < 0.94:
                            counts["women" if female else "men"] += 1
                        else:
                            counts["older_women" if female else "older_men"] += 1
                    tags = []
                    if head in ("woman", "older woman", "girl"):
                        tags.append(m.Vulnerability.FEMALE_HEADED)
                    if head.startswith("older"):
                        tags.append(m.Vulnerability.ELDERLY_HEAD)
                    if head in ("girl", "boy"):
                        tags.append(m.Vulnerability.UNACCOMPANIED_CHILD)
                    for extra in r.choices(extras, extra_weights)[0]:
                        if extra == "pregnant or lactating" and not (counts["women"] or counts["girls"]):
                            continue
                        tags.append(extra)
                    variants.append((tuple(counts[f] for f in m.SADD_FIELDS), ", ".join(str(t) for t in tags)))
                pools[(size, head)] = variants
        return pools

    def _names(self, r: random.Random, country: str) -> dict[str, list[str]]:
        if country == "CD":
            women, men, family = DRC_WOMEN, DRC_MEN, DRC_FAMILY
            return {"female": [f"{r.choice(family)} {r.choice(family)} {r.choice(women)}" for _ in range(8192)],
                    "male": [f"{r.choice(family)} {r.choice(family)} {r.choice(men)}" for _ in range(8192)]}
        women, men, family = IRQ_WOMEN, IRQ_MEN, IRQ_FAMILY
        return {"female": [f"{r.choice(women)} {r.choice(men)} {r.choice(family)}" for _ in range(8192)],
                "male": [f"{r.choice(men)} {r.choice(men)} {r.choice(family)}" for _ in range(8192)]}

    def households(self) -> None:
        r = self.rng("households")
        pools = {c: self._family_pools(r, c) for c in ("CD", "IQ")}
        names = {c: self._names(r, c) for c in ("CD", "IQ")}
        sizes = {c: [s for s, w in enumerate(SIZE_WEIGHTS[c], start=1) for _ in range(w)] for c in ("CD", "IQ")}
        phones = {"CD": ["+243 81", "+243 82", "+243 97", "+243 99", "+243 84", "+243 85", "+243 89"],
                  "IQ": ["+964 770", "+964 771", "+964 780", "+964 781", "+964 750", "+964 751", "+964 790"]}
        self.hh_rows: list[tuple] = []
        self.tranche_rows: list[tuple] = []
        self.hh_done = 0
        for register in self.registers:
            self._register(r, register, pools[register.country], names[register.country], sizes[register.country],
                           phones[register.country])
        self._flush_households()

    def _flush_households(self) -> None:
        self.w.insert("households", self.HOUSEHOLD_COLUMNS, self.hh_rows)
        self.w.insert("cash_tranches", self.TRANCHE_COLUMNS, self.tranche_rows)
        done = len(self.hh_rows)
        self.hh_done += done
        self.step(done * 2.5, f"households {self.hh_done:,} / {self.n_households:,}")
        self.hh_rows = []
        self.tranche_rows = []

    def _register(self, r: random.Random, g: _Register, pools: dict, names: dict, sizes: list[int],
                  phones: list[str]) -> None:
        """The households of one register, their cash tranches, and their counts by month for the site."""
        rand = r.random
        day = self.day
        month_of = self.month_of
        today = self.today.toordinal()
        hh_rows, tranche_rows = self.hh_rows, self.tranche_rows
        n_sizes = len(sizes)
        female_names, male_names = names["female"], names["male"]
        n_names = len(female_names)
        n_phones = len(phones)
        reg_from = g.registered_from.toordinal()
        reg_span = max(1, g.registered_until.toordinal() - reg_from)
        front_loaded = g.registration_front_loaded
        leaving_within = g.leaving_within
        closure_from = g.closure_from.toordinal() if g.closure_from else None
        closure_span = (g.closure_until.toordinal() - closure_from) if g.closure_from else 0
        female_share = 0.47 if g.country == "CD" else 0.27
        departed_status = m.HouseholdStatus.RETURNEE.value
        displaced = m.HouseholdStatus.DISPLACED.value
        host = m.HouseholdStatus.HOST.value
        returns, relocations = g.return_places, g.relocation_places
        stay_weights = list(g.staying)
        intentions = ["return", "relocate", "stay", "undecided"]
        package = g.package
        currency = g.project_currency
        foreign = "CDF" if g.country == "CD" else "IQD"
        base_currency = "USD"
        counts = None
        if g.site_id is not None:
            counts = self.population.setdefault(g.site_id, [0] * 8 * (max(month_of.values()) + 1))
        leaving = self.leaving.setdefault(g.leaving_indicator, {}) if g.leaving_indicator else None
        rates: dict[tuple[int, str], tuple[float, object]] = {}

        def rate(on: int, cur: str) -> tuple[float | None, object]:
            key = (month_of[on], cur)
            found = rates.get(key)
            if found is None:
                first_day = _month_start(D.fromordinal(on))
                found = rates[key] = ((_rate(cur, currency, first_day), day[first_day.toordinal()])
                                      if cur != currency else (None, None))
            return found

        hh_id = self.ids.get("households", 0)
        tr_id = self.ids.get("cash_tranches", 0)
        for k in range(1, g.households + 1):
            hh_id += 1
            x = rand()
            if x < 0.003 and g.country == "CD":
                head, head_sex = ("girl", "female") if rand() < 0.5 else ("boy", "male")
                size = 1 + int(rand() * 3)
            else:
                female = rand() < female_share
                older = rand() < 0.08
                head = ("older woman" if older else "woman") if female else ("older man" if older else "man")
                head_sex = "female" if female else "male"
                size = sizes[int(rand() * n_sizes)]
            sadd, vulnerabilities = pools[(size, head)][int(rand() * 48)]
            name = (female_names if head_sex == "female" else male_names)[int(rand() * n_names)]
            phone = None
            if rand() < (0.62 if g.country == "CD" else 0.88):
                number = 1_000_000 + int(rand() * 9_000_000)
                phone = f"{phones[int(rand() * n_phones)]} {number // 10_000:03d} {number % 10_000:04d}"
            # Most households registered when the site opened or soon after.
            registered = reg_from + int(reg_span * rand() * (rand() if front_loaded else 1.0))
            status = displaced
            departure = None
            destination = None
            planned_departure = None
            go_and_see = come_and_tell = False
            if g.host_share and rand() < g.host_share:
                status, intention = host, "stay"
                destination = None
            else:
                if closure_from is not None:
                    # A planned closure: everybody leaves during it; after today they are still here.
                    leave = max(closure_from + int(rand() * closure_span), registered + 1)
                    leaves = True
                elif rand() < g.leaving_share:
                    if leaving_within:
                        leave = registered + 7 + int(rand() * leaving_within)
                        leaves = True
                    else:
                        leave = registered + 7 + int(rand() * max(1, today - registered - 7))
                        leaves = leave <= today
                else:
                    leaves = False
                if leaves:
                    intention = "return" if rand() < g.return_share else "relocate"
                    if leave <= today:
                        departure = leave
                        status = departed_status if intention == "return" else displaced
                    else:
                        planned_departure = leave
                else:
                    intention = intentions[_pick(rand(), stay_weights)]
                if intention == "return":
                    destination = returns[int(rand() * len(returns))]
                elif intention == "relocate":
                    destination = relocations[int(rand() * len(relocations))]
                if intention in ("return", "relocate"):
                    go_and_see = rand() < (0.35 if intention == "relocate" else 0.15)
                    come_and_tell = rand() < 0.6
            hh_rows.append((hh_id, f"{g.prefix}-{k:06d}", g.project_id, name, head_sex, phone, status, size,
                            vulnerabilities, g.site_id, day[registered], intention, go_and_see, come_and_tell,
                            destination, day[departure] if departure else None,
                            round(g.latitude + (rand() - 0.5) * g.spread, 5),
                            round(g.longitude + (rand() - 0.5) * g.spread, 5), *sadd, 1))
            if counts is not None:
                at = month_of[registered] * 8
                counts[at] += 1
                counts[at + 1] += size
                for i in range(6):
                    counts[at + 2 + i] += sadd[i]
                if departure:
                    at = month_of[departure] * 8
                    counts[at] -= 1
                    counts[at + 1] -= size
                    for i in range(6):
                        counts[at + 2 + i] -= sadd[i]
            if leaving is not None and departure:
                quarter = leaving.setdefault(month_of[departure] // 3, [0] * 7)
                quarter[0] += size
                for i in range(6):
                    quarter[i + 1] += sadd[i]
            when = departure or planned_departure
            if package is None or when is None:
                continue
            # The cash package: paid when the household leaves (or planned for its planned departure).
            cur = foreign if rand() < g.foreign_cash_share else base_currency
            if package == "drc":
                plan = [("transport", when, 2_000 + 400 * size), ("construction", when, 15_000),
                        ("subsistence", when, 1_200 * size), ("completion", when + 45 + int(rand() * 45), 10_000)]
            else:
                plan = [("transport", when, 10_000), ("subsistence", when, 25_000 + 3_500 * size)]
                if rand() < 0.25:
                    plan.append(("construction", when + 30 + int(rand() * 30), 75_000))
            cancelled = rand() < 0.015
            for seq, (purpose, on, usd_cents) in enumerate(plan, start=1):
                tr_id += 1
                if on <= today and departure and not (cancelled and seq == len(plan)):
                    state, paid_on, planned_on = "paid", day[on], None
                    pay_cur = cur
                else:
                    state = "cancelled" if cancelled and seq == len(plan) and on <= today else "planned"
                    paid_on, planned_on = None, day[on]
                    pay_cur = base_currency
                amount = usd_cents / 100 if pay_cur == base_currency else _local_amount(usd_cents, pay_cur, on)
                exchange_rate, rate_date = rate(on, pay_cur)
                tranche_rows.append((tr_id, hh_id, seq, purpose, state, planned_on, paid_on, amount, pay_cur,
                                     exchange_rate, rate_date, 1))
            if len(hh_rows) >= CHUNK:
                self.ids["households"], self.ids["cash_tranches"] = hh_id, tr_id
                self._flush_households()
                hh_rows, tranche_rows = self.hh_rows, self.tranche_rows
        self.ids["households"], self.ids["cash_tranches"] = hh_id, tr_id

    def population_counts(self) -> None:
        """Monthly counts of each site, from its households: who had registered and not yet left at month end."""
        rows = []
        today = self.today
        for s in self.sites:
            deltas = self.population.get(s["id"])
            if deltas is None:
                continue
            month = _month_start(s["opened"])
            last = s["closed_on"] or today
            running = [0] * 8
            index = (month.year - 2010) * 12 + month.month - 1
            while month <= last:
                for i in range(8):
                    running[i] += deltas[index * 8 + i]
                counted = min(_month_end(month), today)
                if s["closed_on"] and counted > s["closed_on"]:
                    counted = s["closed_on"]
                rows.append((self.next_id("population_counts"), s["id"], self.d(counted), running[0], running[1],
                             *running[2:], 1))
                month = _add_months(month, 1)
                index += 1
        self.w.insert("population_counts", ("id", "site_id", "counted_on", "households", "individuals", "girls",
                                            "boys", "women", "men", "older_women", "older_men", "version"), rows)

    # --- logframes ------------------------------------------------------------------------------

    # Each indicator's baseline (before the project) and means of verification, by its title.
    VERIFICATION = {
        "People supported to leave the sites": (0, "Departure lists signed at the site exit; household register"),
        "Households taking part in go-and-see visits": (0, "Visit attendance lists"),
        "Come-and-tell sessions held": (0, "Session reports with attendance"),
        "Households receiving the full cash package": (0, "Cash tranche payment records; mobile money reports"),
        "Share of households that completed their shelter": (12, "Post-distribution monitoring survey, quarterly"),
        "Shelters completed": (0, "Engineer's completion checklists, with photos"),
        "People reached with site management services": (0, "Site population counts; DTM site assessment"),
        "IDP committee members trained": (0, "Training attendance lists"),
        "Emergency latrines constructed": (0, "WASH engineer's handover certificates"),
        "Shelter kits distributed": (0, "Signed distribution lists"),
        "Complaints resolved": (0, "Complaints and feedback register"),
        "Sites with a functioning feedback mechanism": (4, "Monthly site monitoring checklist"),
        "People with improved income": (0, "Income survey six months after the grant"),
        "Jobs created by EDF businesses": (0, "Monitoring visits to the businesses"),
        "Cash for work participants": (0, "Cash for work attendance sheets and payrolls"),
        "Infrastructure projects completed": (0, "Handover certificates signed by the directorate"),
        "People employed six months after assistance": (0, "Follow-up phone survey"),
        "People completing vocational training": (0, "Training certificates"),
        "Business kits distributed": (0, "Signed kit delivery notes"),
        "People with improved access to services": (0, "Service provider records; community survey"),
        "Houses rehabilitated": (0, "Engineer's completion checklists, with photos"),
        "Public facilities rehabilitated": (0, "Handover certificates signed by the directorate"),
        "People assisted to return": (0, "Return movement lists"),
        "Go-and-see visits organised": (0, "Visit reports"),
        "People referred by community resource centres": (0, "CRC referral records"),
        "Workdays created": (0, "Cash for work attendance sheets"),
    }

    LOGFRAMES = {
        "DRC-ECHO-2023-01": [
            ("Displaced households of the Kalemie sites reach durable solutions through return or relocation", [
                ("People supported to leave the sites", "people", 18_500, "leaving"),
            ], [
                ("Households make informed choices through intention surveys, go-and-see visits and come-and-tell "
                 "sessions", [("Households taking part in go-and-see visits", "households", 900, None),
                              ("Come-and-tell sessions held", "sessions", 60, None)]),
                ("Households receive cash for transport, shelter construction and first-month subsistence",
                 [("Households receiving the full cash package", "households", 3_500, None)]),
            ]),
            ("Returnees and relocated households live in adequate shelter in some fifteen villages", [
                ("Share of households that completed their shelter", "percent", 80, None),
            ], [("Shelters built with the completion payment", [("Shelters completed", "shelters", 3_300, None)])]),
        ],
        "DRC-ECHO-2023-02": [
            ("Displaced people in the Nyunzu sites have improved access to essential services", [
                ("People reached with site management services", "people", 26_000, None),
            ], [
                ("IDP committees formed, trained and active", [("IDP committee members trained", "people", 110, None)]),
                ("Emergency WASH and shelter in all sites",
                 [("Emergency latrines constructed", "latrines", 250, None),
                  ("Shelter kits distributed", "kits", 4_000, None)]),
                ("Complaints and feedback handled", [("Complaints resolved", "complaints", 280, None)]),
            ]),
        ],
        "DRC-BHA-2022-01": [
            ("Displaced people in Tanganyika live in safe, dignified sites until durable solutions", [
                ("People reached with site management services", "people", 60_000, None),
            ], [("Sites managed and maintained",
                 [("Sites with a functioning feedback mechanism", "sites", 12, None)])]),
        ],
        "IRQ-BHA-2022-03": [
            ("Conflict-affected communities in Ninewa and Salah al-Din recover their livelihoods", [
                ("People with improved income", "people", 3_000, None),
            ], [
                ("Small and medium enterprises supported through the Enterprise Development Fund",
                 [("Jobs created by EDF businesses", "jobs", 450, None)]),
                ("Short-term employment through cash for work",
                 [("Cash for work participants", "people", 1_400, None)]),
                ("Public infrastructure rehabilitated", [("Infrastructure projects completed", "works", 25, None)]),
            ]),
        ],
        "IRQ-EU-2022-02": [
            ("Returnees, IDPs and host communities in Anbar, Kirkuk and Diyala access sustainable employment", [
                ("People employed six months after assistance", "people", 1_200, None),
            ], [("Individual livelihoods assistance delivered",
                 [("People completing vocational training", "people", 400, None),
                  ("Business kits distributed", "kits", 200, None)])]),
        ],
        "IRQ-GFFO-2023-01": [
            ("Returnees live in rehabilitated homes with restored public services", [
                ("People with improved access to services", "people", 250_000, None),
            ], [("Shelters and public infrastructure rehabilitated",
                 [("Houses rehabilitated", "houses", 1_200, None),
                  ("Public facilities rehabilitated", "works", 20, None)])]),
        ],
        "IRQ-BHA-2023-04": [
            ("Displaced households make informed, voluntary decisions and return in safety and dignity", [
                ("People assisted to return", "people", 6_000, None),
            ], [("Return assistance and information", [("Go-and-see visits organised", "visits", 40, None),
                                                       ("People referred by community resource centres", "people",
                                                        1_200, None)])]),
        ],
        "IRQ-FCDO-2021-01": [
            ("Returnees and host communities in Sinjar and Ba'aj earn an income through cash for work", [
                ("Cash for work participants", "people", 1_000, None),
            ], [("Community assets rehabilitated", [("Workdays created", "days", 40_000, None)])]),
        ],
    }

    def logframes(self) -> None:
        """Outcomes, outputs and indicators of every project; their quarterly values come later."""
        outcomes, outputs, indicators = [], [], []
        self.indicator_plan: list[tuple[int, str, str, int, str | None]] = []
        for code, tree in self.LOGFRAMES.items():
            project = self.projects[code]
            for i, (outcome_title, outcome_indicators, output_list) in enumerate(tree, start=1):
                oid = self.next_id("outcomes")
                outcomes.append((oid, project["id"], f"OC{i}", outcome_title, 1))
                for j, (title, unit, target, source) in enumerate(outcome_indicators, start=1):
                    iid = self.leaving_indicator_id if source == "leaving" else self.next_id("indicators")
                    indicators.append((iid, project["id"], oid, None, f"OC{i}.{j}", title, unit, _adds_up(unit),
                                       *self.VERIFICATION.get(title, (None, "")), 1))
                    self.indicator_plan.append((iid, code, unit, target, source))
                for j, (output_title, output_indicators) in enumerate(output_list, start=1):
                    pid = self.next_id("outputs")
                    outputs.append((pid, oid, f"OP{i}.{j}", output_title, 1))
                    for k, (title, unit, target, source) in enumerate(output_indicators, start=1):
                        iid = self.next_id("indicators")
                        indicators.append((iid, project["id"], None, pid, f"OP{i}.{j}.{k}", title, unit,
                                           _adds_up(unit), *self.VERIFICATION.get(title, (None, "")), 1))
                        self.indicator_plan.append((iid, code, unit, target, source))
        self.w.insert("outcomes", ("id", "project_id", "code", "title", "version"), outcomes)
        self.w.insert("outputs", ("id", "outcome_id", "code", "title", "version"), outputs)
        indicators.sort()
        self.w.insert("indicators", ("id", "project_id", "outcome_id", "output_id", "code", "title", "unit",
                                     "aggregation", "baseline", "means_of_verification", "version"), indicators)

    def indicator_values(self) -> None:
        """Target and achieved per quarter; achieved people broken down by sex and age, adding up exactly."""
        r = self.rng("indicators")
        rows = []
        shares = (0.26, 0.25, 0.2, 0.17, 0.06, 0.06)
        for iid, code, unit, target, source in self.indicator_plan:
            p = self.projects[code]["seed"]
            quarter = D(p.start.year, 3 * ((p.start.month - 1) // 3) + 1, 1)
            periods = []
            while quarter <= p.end:
                periods.append(quarter)
                quarter = _add_months(quarter, 3)
            for start in periods:
                end = _add_months(start, 3) - dt.timedelta(days=1)
                label = f"{start.year} Q{(start.month - 1) // 3 + 1}"
                if unit == "percent":
                    per_period = Decimal(target)
                else:
                    per_period = Decimal(max(1, round(target / len(periods))))
                achieved = sadd = None
                if start <= self.today:
                    if source == "leaving":
                        done = self.leaving.get(iid, {}).get((start.year - 2010) * 12 // 3 + (start.month - 1) // 3,
                                                             [0] * 7)
                        achieved, sadd = Decimal(done[0]), tuple(done[1:])
                    elif unit == "percent":
                        achieved = Decimal(str(round(min(100.0, target * r.uniform(0.7, 1.15)), 1)))
                    else:
                        value = round(int(per_period) * r.uniform(0.6, 1.2))
                        if end > self.today:  # the running quarter: only part of it is reported
                            value = round(value * (self.today - start).days / (end - start).days)
                        achieved = Decimal(value)
                        if unit == "people":
                            sadd = tuple(_split(value, shares))
                rows.append((self.next_id("indicator_values"), iid, label, self.d(start), self.d(end),
                             float(per_period), None if achieved is None else float(achieved),
                             *(sadd or (None,) * 6), 1))
        self.w.insert("indicator_values", ("id", "indicator_id", "period_label", "period_start", "period_end",
                                           "target", "achieved", "girls", "boys", "women", "men", "older_women",
                                           "older_men", "version"), rows)

    # --- livelihood grants ----------------------------------------------------------------------

    GRANT_COLUMNS = ("id", "code", "project_id", "programme", "status", "recipient_name", "recipient_sex",
                     "recipient_phone", "location_id", "sector", "applied_on", "approved_on", "business_name",
                     "jobs_created", "jobs_retained", "ila_kind", "days_worked", "daily_rate", "work_site", "amount",
                     "currency", "exchange_rate", "rate_date", "version")

    def grants(self) -> None:
        """EDF, ILA and cash for work grants, each taken through the workflow up to today."""
        r = self.rng("grants")
        rand = r.random
        names = self._names(r, "IQ")
        projects = [("IRQ-BHA-2022-03", 45), ("IRQ-EU-2022-02", 35), ("IRQ-FCDO-2021-01", 20)]
        split = _split(self.n_grants, [w for _, w in projects])
        numbers = {p: 0 for p in m.Programme}
        width = max(6, len(str(self.n_grants)))
        day = self.day
        today = self.today
        grants, history, tranches = [], [], []
        done = 0
        for (code, _), n in zip(projects, split):
            project = self.projects[code]
            seed = project["seed"]
            currency = project["currency"]
            places = self.localities_of(code)
            place_ids = [self.places[p]["id"] for p in places]
            place_names = [self.places[p]["name"] for p in places]
            last_application = min(seed.end, today) - dt.timedelta(days=10)
            span = max(1, (last_application - seed.start).days)
            mix = [40, 30, 30] if code != "IRQ-FCDO-2021-01" else [0, 10, 90]
            for _ in range(n):
                programme = (m.Programme.EDF, m.Programme.ILA, m.Programme.CFW)[_pick(rand(), mix)]
                numbers[programme] += 1
                gid = self.next_id("livelihood_grants")
                at = int(rand() * len(place_ids))
                sex = "female" if rand() < {m.Programme.EDF: 0.25, m.Programme.ILA: 0.45,
                                            m.Programme.CFW: 0.3}[programme] else "male"
                name = names[sex][int(rand() * len(names[sex]))]
                phone = f"+964 7{int(rand() * 10)}{int(rand() * 10)} {int(rand() * 900) + 100} " \
                        f"{int(rand() * 9000) + 1000}" if rand() < 0.9 else None
                applied = seed.start + dt.timedelta(days=int(rand() * span))
                business = jobs_created = jobs_retained = ila_kind = days_worked = daily_rate = work_site = None
                if programme == m.Programme.EDF:
                    sector = EDF_SECTORS[int(rand() * len(EDF_SECTORS))]
                    business = f"{r.choice(EDF_NAMES)} {r.choice(EDF_BUSINESSES)}"
                    grant_cur = "USD"
                    cents = (8_000 + int(rand() * 32) * 1_000) * 100
                    n_tranches = 2 + (rand() < 0.5)
                elif programme == m.Programme.ILA:
                    sector = ILA_SECTORS[int(rand() * len(ILA_SECTORS))]
                    ila_kind = r.choice(list(m.IlaKind))
                    low, high = {m.IlaKind.VOCATIONAL_TRAINING: (800, 1_200), m.IlaKind.BUSINESS_KIT: (1_500, 2_500),
                                 m.IlaKind.MICRO_ENTERPRISE: (2_000, 5_000)}[ila_kind]
                    usd = low + int(rand() * (high - low) / 50) * 50
                    grant_cur = "IQD" if rand() < 0.3 else "USD"
                    cents = usd * 100 if grant_cur == "USD" else round(usd * 1_310, -3) * 100
                    n_tranches = 1 if ila_kind == m.IlaKind.BUSINESS_KIT else 2
                else:
                    sector, site = CFW_WORKS[int(rand() * len(CFW_WORKS))]
                    work_site = site.format(place=place_names[at])
                    days_worked = 20 + int(rand() * 41)
                    grant_cur = "IQD" if rand() < 0.8 else "USD"
                    rate_cents = (20_000 + int(rand() * 6) * 1_000) * 100 if grant_cur == "IQD" \
                        else (15 + int(rand() * 6)) * 100
                    daily_rate = rate_cents / 100
                    cents = days_worked * rate_cents  # amount = days worked x daily rate, exactly
                    n_tranches = 1 if days_worked <= 30 else 2
                # The workflow, step by step; a step after today has not happened yet.
                status = m.GrantStatus.APPLICATION
                approved = None
                steps: list[tuple[str, str, D, str]] = []
                paid: list[tuple[int, D]] = []
                user = self.staff["IQ"][int(rand() * len(self.staff["IQ"]))]

                def go(to: str, on: D, note: str) -> bool:
                    nonlocal status
                    if on > today:
                        return False
                    steps.append((status, to, on, note))  # noqa: B023
                    status = to
                    return True

                on = applied + dt.timedelta(days=3 + int(rand() * 18))
                x = rand()
                if x < 0.03:
                    go(m.GrantStatus.CANCELLED, on, "Applicant withdrew the application")
                elif go(m.GrantStatus.VETTING, on, "Eligibility and field verification"):
                    on += dt.timedelta(days=7 + int(rand() * 24))
                    if x < 0.15:
                        go(m.GrantStatus.REJECTED, on, "Does not meet the eligibility criteria")
                    elif x < 0.17:
                        go(m.GrantStatus.CANCELLED, on, "Applicant could not be reached")
                    elif go(m.GrantStatus.APPROVED, on, "Approved by the grants committee"):
                        approved = on
                        on += dt.timedelta(days=5 + int(rand() * 26))
                        if x < 0.19:
                            go(m.GrantStatus.CANCELLED, on, "Business premises no longer available")
                        else:
                            # Tranches in whole dollars or thousands of dinars, as cash is handed out.
                            unit = 100 if grant_cur == "USD" else 100_000
                            if cents % unit:
                                unit = 1
                            parts = [u * unit for u in _split(cents // unit, [1] * n_tranches)]
                            for seq, part in enumerate(parts, start=1):
                                if on > today:
                                    break
                                paid.append((part, on))
                                if seq == 1:
                                    go(m.GrantStatus.DISBURSED, on,
                                       f"tranche 1 paid: {Decimal(part) / 100:.2f} {grant_cur}")
                                on += dt.timedelta(days=30 + int(rand() * 45))
                            if len(paid) == len(parts):
                                on = paid[-1][1] + dt.timedelta(days=20 + int(rand() * 40))
                                if go(m.GrantStatus.MONITORED, on, MONITORING_NOTES[programme]):
                                    go(m.GrantStatus.CLOSED, on + dt.timedelta(days=30 + int(rand() * 90)),
                                       "Grant closed")
                if programme == m.Programme.EDF and status in (m.GrantStatus.MONITORED, m.GrantStatus.CLOSED):
                    jobs_created = 1 + int(rand() * 8)
                    jobs_retained = int(rand() * 6)
                exchange_rate = rate_date = None
                if grant_cur != currency:
                    rated_on = _month_start(approved or applied)
                    exchange_rate, rate_date = _rate(grant_cur, currency, rated_on), day[rated_on.toordinal()]
                grants.append((gid, f"IQ-{programme.value.upper()}-{numbers[programme]:0{width}d}", project["id"],
                               programme.value, str(status), name, sex, phone, place_ids[at], sector,
                               day[applied.toordinal()],
                               day[approved.toordinal()] if approved else None, business, jobs_created, jobs_retained,
                               None if ila_kind is None else str(ila_kind), days_worked, daily_rate, work_site,
                               cents / 100, grant_cur, exchange_rate, rate_date, 1))
                for before, after, when, note in steps:
                    history.append((self.next_id("grant_status_changes"), gid, str(before), str(after),
                                    day[when.toordinal()], note, user))
                for seq, (part, when) in enumerate(paid, start=1):
                    tranches.append((self.next_id("grant_tranches"), gid, seq, part / 100, day[when.toordinal()]))
                if len(grants) >= CHUNK:
                    done += len(grants)
                    self._flush_grants(grants, history, tranches, done)
                    grants, history, tranches = [], [], []
        done += len(grants)
        self._flush_grants(grants, history, tranches, done)

    def _flush_grants(self, grants: list, history: list, tranches: list, done: int) -> None:
        self.w.insert("livelihood_grants", self.GRANT_COLUMNS, grants)
        self.w.insert("grant_status_changes", ("id", "grant_id", "from_status", "to_status", "changed_on", "note",
                                               "user_name"), history)
        self.w.insert("grant_tranches", ("id", "grant_id", "sequence", "amount", "paid_on"), tranches)
        self.step(len(grants) * 6, f"grants {done:,} / {self.n_grants:,}")

    # --- infrastructure works -------------------------------------------------------------------

    def works(self) -> None:
        """Schools, water plants, markets... with contracts, dated progress reports and status history."""
        r = self.rng("works")
        today = self.today
        n_drc = max(1, self.n_works // 6) if self.n_works > 1 else 0  # a few in the return villages
        plan = [("CD", "DRC-ECHO-2023-01")] * (n_drc // 2) + [("CD", "DRC-BHA-2022-01")] * (n_drc - n_drc // 2)
        iraq = self.n_works - n_drc
        for code, n in zip(("IRQ-BHA-2022-03", "IRQ-GFFO-2023-01", "IRQ-EU-2022-02"), _split(iraq, [45, 40, 15])):
            plan += [("IQ", code)] * n
        works, reports, changes = [], [], []
        self.work_payment_plan: list[tuple] = []  # what work_payments() pays each contractor from
        numbers = {"CD": 0, "IQ": 0}
        width = max(4, len(str(self.n_works)))
        iraq_types = list(WORK_TYPES)
        for country, code in plan:
            project = self.projects[code]
            seed = project["seed"]
            places = self.localities_of(code)
            if code == "DRC-ECHO-2023-01":  # the villages households returned or relocated to
                places = [p for p in places if self.places[p]["name"] in RETURN_VILLAGES + RELOCATION_VILLAGES]
            place = r.choice(places)
            work_type = r.choice(DRC_WORK_TYPES if country == "CD" else iraq_types)
            title_iq, title_cd, (low, high), (short, long), (few, many) = WORK_TYPES[work_type]
            template = title_cd if country == "CD" else title_iq
            title = template.format(place=self.places[place]["name"], school=r.choice(SCHOOL_NAMES),
                                    n=r.randrange(20, 120, 5))
            numbers[country] += 1
            wid = self.next_id("infrastructure_works")
            usd = round(r.uniform(low, high), -2)
            if country == "IQ" and r.random() < 0.25:
                contract_cur = "IQD"
                value = round(usd * 1_310, -3)
            else:
                contract_cur = "USD"
                value = usd
            planned_start = seed.start + dt.timedelta(days=r.randrange(max(1, (seed.end - seed.start).days - 200)))
            duration = r.randint(short, long)
            planned_end = planned_start + dt.timedelta(days=duration)
            exchange_rate = rate_date = None
            if contract_cur != project["currency"]:
                rated_on = _month_start(planned_start)
                exchange_rate, rate_date = _rate(contract_cur, project["currency"], rated_on), self.d(rated_on)
            status = m.WorkStatus.PLANNED
            actual_start = actual_end = None
            user = r.choice(self.staff[country])
            steps: list[tuple[str, str, D, str]] = []
            progress: list[tuple[D, float, str]] = []

            def go(to: str, on: D, note: str = "") -> bool:
                nonlocal status
                if on > today:
                    return False
                steps.append((status, to, on, note))  # noqa: B023
                status = to
                return True

            start = planned_start + dt.timedelta(days=r.randint(0, 45))
            if go(m.WorkStatus.ONGOING, start, "Site handed to the contractor"):
                actual_start = start
                real_duration = round(duration * r.uniform(0.85, 1.35))
                pause = None
                if r.random() < 0.1:  # suspended some way in; half of those resumed later
                    stop = start + dt.timedelta(days=r.randint(20, max(21, real_duration - 10)))
                    resume = stop + dt.timedelta(days=r.randint(30, 120)) if r.random() < 0.5 else None
                    pause = (stop, resume)
                stopped_days = (pause[1] - pause[0]).days if pause and pause[1] else 0
                finish = start + dt.timedelta(days=real_duration + stopped_days)
                on, done, resumed = start, 0.0, None
                while True:
                    on += dt.timedelta(days=r.randint(25, 35))
                    if pause and status == m.WorkStatus.ONGOING and pause[0] <= min(on, today):
                        go(m.WorkStatus.SUSPENDED, pause[0], f"Suspended: {r.choice(SUSPENSION_REASONS)}")
                        if pause[1] is None or not go(m.WorkStatus.ONGOING, pause[1], "Works resumed"):
                            break
                        on = pause[1] + dt.timedelta(days=r.randint(25, 35))
                        resumed = pause[1]
                        pause = None
                    if on >= finish or on > today:
                        break
                    worked = (on - start).days - (stopped_days if resumed else 0)
                    done = max(done, min(95.0, round(100 * worked / real_duration * r.uniform(0.85, 1.05), 1)))
                    progress.append((on, done, "Monthly site visit by the engineer" if country == "IQ"
                                     else "Visite mensuelle de l'ingénieur"))
                if status == m.WorkStatus.ONGOING and go(m.WorkStatus.COMPLETED, finish, "Works completed"):
                    actual_end = finish
                    progress.append((finish, 100.0, "completed"))
                    go(m.WorkStatus.HANDED_OVER, finish + dt.timedelta(days=r.randint(15, 60)),
                       "Handed over to the directorate" if country == "IQ" else "Remis aux autorités locales")
            works.append((wid, f"{country}-WRK-{numbers[country]:0{width}d}", project["id"], title, str(work_type),
                          self.places[place]["id"], r.choice(CONTRACTORS_CD if country == "CD" else CONTRACTORS_IQ),
                          float(value), contract_cur, exchange_rate, rate_date, self.d(planned_start),
                          self.d(planned_end), self.d(actual_start), self.d(actual_end), str(status),
                          round(r.randint(few, many), -1) or few, 1))
            handed_over = next((on for _, after, on, _ in steps if after == m.WorkStatus.HANDED_OVER), None)
            self.work_payment_plan.append((wid, works[-1][1], value, contract_cur, project["currency"], actual_start,
                                           progress, actual_end, handed_over))
            for on, percent, note in progress:
                reports.append((self.next_id("work_progress_reports"), wid, self.d(on), percent, note, 1))
            for before, after, on, note in steps:
                changes.append((self.next_id("work_status_changes"), wid, str(before), str(after), self.d(on), note,
                                user))
        self.w.insert("infrastructure_works", ("id", "code", "project_id", "title", "work_type", "location_id",
                                               "contractor", "contract_value", "currency", "exchange_rate",
                                               "rate_date", "planned_start", "planned_end", "actual_start",
                                               "actual_end", "status", "people_served", "version"), works)
        self.w.insert("work_progress_reports", ("id", "work_id", "reported_on", "progress_percent", "note",
                                                "version"), reports)
        self.w.insert("work_status_changes", ("id", "work_id", "from_status", "to_status", "changed_on", "note",
                                              "user_name"), changes)
        self.step(len(works) * 10, f"works {len(works):,}")

    def work_payments(self) -> None:
        """What the contractors were paid, as a works contract pays: a 20 % advance when the site is handed over,
        an interim payment certificate every second monthly visit (the progress certified, less the advance
        recovered and a 5 % retention), the balance a month or so after completion and the retention a year after
        the hand-over. One work in seven has its payments kept by the finance unit only (none recorded here), so the
        project report shows its estimate beside the payments."""
        r = self.rng("work payments")
        today = self.today
        rows = []
        for wid, code, value, currency, project_currency, started, progress, finished, handed_over in \
                self.work_payment_plan:
            if started is None or r.random() < 1 / 7:
                continue
            step = 1000 if currency == "IQD" else 1  # dinars are paid in thousands
            paid = 0.2 * value
            payments = [(started + dt.timedelta(days=r.randint(3, 20)), paid, f"{code}-ADV")]
            certificates = [(on, percent) for on, percent, note in progress if note != "completed"][1::2]
            for n, (on, percent) in enumerate(certificates, start=1):
                # The work certified less 5 % retention and the advance recovered pro rata: 0.95 - 0.2 of it.
                due = 0.2 * value + 0.75 * value * percent / 100 - paid
                if due > 0:
                    payments.append((on + dt.timedelta(days=r.randint(15, 40)), due, f"{code}-IPC-{n:02d}"))
                    paid += due
            if finished is not None:
                payments.append((finished + dt.timedelta(days=r.randint(20, 50)), 0.95 * value - paid, f"{code}-FIN"))
                if handed_over is not None:
                    payments.append((handed_over + dt.timedelta(days=365 + r.randint(0, 30)), 0.05 * value,
                                     f"{code}-RET"))
            for on, amount, reference in payments:
                amount = round(amount / step) * step
                if on > today or amount <= 0:
                    continue
                rate = rate_date = None
                if currency != project_currency:
                    rate, rate_date = _rate(currency, project_currency, _month_start(on)), self.d(_month_start(on))
                rows.append((self.next_id("work_payments"), wid, self.d(on), float(amount), currency, rate,
                             rate_date, reference, 1))
        self.w.insert("work_payments", ("id", "work_id", "paid_on", "amount", "currency", "exchange_rate",
                                        "rate_date", "reference", "version"), rows)

    # --- Community Resource Centres (Iraq) -------------------------------------------------------

    def resource_centres(self) -> None:
        """The Iraq CRCs, from 2022: walk-in centres, the hotline and a mobile team."""
        self.crcs: list[dict] = []
        rows = []
        for code, name, kind, district, locality, organisation, opened, closed, focal, project_code in CRCS:
            project = self.projects[project_code]["id"]
            cid = self.next_id("resource_centres")
            place = self.places[self.by_name[(self.iraq_districts[district], locality)]]
            self.crcs.append({"id": cid, "code": code, "kind": kind, "opened": opened, "closed": closed,
                              "location": place["id"]})
            rows.append((cid, code, name, place["id"], kind, project, organisation, self.d(opened), self.d(closed),
                         focal, 1))
        self.w.insert("resource_centres", ("id", "code", "name", "location_id", "centre_type", "project_id",
                                           "managing_organisation", "opened_on", "closed_on", "focal_point",
                                           "version"), rows)

    def crc_contacts(self) -> None:
        """A few hundred contacts per 10,000 households: walk-ins at the centres, calls to the hotline, outreach by
        the mobile team; some linked to an Iraqi household already registered."""
        r = self.rng("crc contacts")
        n = max(80, round(400 * self.scale))
        linked = self.conn.execute(sql(
            "SELECT h.id, h.registered_on, h.status FROM households h JOIN projects p ON p.id = h.project_id "
            "WHERE p.code LIKE 'IRQ-%' ORDER BY h.id")).all()[:5000]
        groups = {"displaced": "IDP", "returnee": "returnee", "host community": "host community"}
        weights, questions, answers = zip(*CRC_QUESTIONS)
        channels = {"walk-in": [70, 20, 10], "virtual hotline": [0, 100, 0], "mobile": [20, 0, 80]}
        people = [("female", "18-59", 38), ("male", "18-59", 34), ("female", "60+", 6), ("male", "60+", 7),
                  ("female", "0-17", 8), ("male", "0-17", 7)]
        rows = []
        for _ in range(n):
            crc = r.choices(self.crcs, [{"walk-in": 45, "virtual hotline": 60}.get(c["kind"], 30) for c in self.crcs])[0]
            until = min(crc["closed"] or self.today, self.today)
            on = crc["opened"] + dt.timedelta(days=r.randrange(max(1, (until - crc["opened"]).days + 1)))
            channel = r.choices(list(m.ContactChannel), channels[crc["kind"]])[0]
            sex, age, _ = r.choices(people, [w for _, _, w in people])[0]
            camp = crc["code"] == "IQ-CRC-SUM-01"
            group = r.choices(list(m.PopulationGroup), [85, 10, 5] if camp else [35, 45, 20])[0]
            household = None
            if linked and not camp and r.random() < 0.15:
                hid, registered, status = r.choice(linked)
                registered = D.fromisoformat(registered) if isinstance(registered, str) else registered
                if registered <= on:
                    household, group = hid, groups.get(status, group)
            k = r.choices(range(len(questions)), weights)[0]
            rows.append((self.next_id("crc_contacts"), crc["id"], self.d(on), str(channel), str(group), sex, age,
                         questions[k], answers[k], household, 1))
        self.w.insert("crc_contacts", ("id", "crc_id", "contacted_on", "channel", "population_group", "sex",
                                       "age_group", "question", "information_given", "household_id", "version"),
                      rows)

    def service_providers(self) -> None:
        """The service map: the providers working in each district with a CRC, verified in the second half of 2023."""
        r = self.rng("service providers")
        rows = []
        self.providers: list[dict] = []
        for district, chosen in SERVICE_MAP_DISTRICTS.items():
            dpcode = self.iraq_districts[district]
            code = self.territory_code[dpcode]
            for n, i in enumerate(chosen, start=1):
                organisation, services, contact, accepts = SERVICE_PROVIDERS[i]
                pid = self.next_id("service_providers")
                place = self.places[r.choice(self.iraq_localities[dpcode])]
                verified = D(2023, 6, 1) + dt.timedelta(days=r.randrange(200))
                phone = f"+964 75{r.randint(0, 1)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
                self.providers.append({"id": pid, "district": district, "services": services, "accepts": accepts})
                rows.append((pid, f"IQ-SP-{code}-{n:02d}", organisation, services, place["id"], f"{contact}: {phone}",
                             accepts, self.d(verified), 1))
        self.w.insert("service_providers", ("id", "code", "organisation", "services", "location_id", "contact",
                                            "accepts_referrals", "last_verified_on", "version"), rows)

    def crc_sessions(self) -> None:
        """Group sessions at the walk-in centres and by the mobile team (the hotline holds none), a few a week per
        centre: awareness and information sessions most, then skills, group legal counselling, informal
        education; attendance by sex and age and by population group adding up to the participants."""
        r = self.rng("crc sessions")
        n = max(40, round(150 * self.scale))
        centres = [c for c in self.crcs if c["kind"] != "virtual hotline"]
        kinds = list(m.SessionKind)
        weights = [35, 25, 15, 10, 15]
        women = {"skills": 0.7, "informal education": 0.45}
        rows = []
        for _ in range(n):
            crc = r.choice(centres)
            until = min(crc["closed"] or self.today, self.today)
            on = crc["opened"] + dt.timedelta(days=r.randrange(max(1, (until - crc["opened"]).days + 1)))
            kind = r.choices(kinds, weights)[0]
            topic = r.choice(SESSION_TOPICS[str(kind)])
            participants = r.randint(8, 35)
            children = round(participants * (0.6 if kind == m.SessionKind.INFORMAL_EDUCATION else r.random() * 0.15))
            older = round((participants - children) * r.random() * 0.12)
            adults = participants - children - older
            share = women.get(str(kind), 0.55)
            girls = round(children * r.uniform(0.4, 0.6))
            women_n = round(adults * r.uniform(share - 0.1, share + 0.1))
            older_women = round(older * r.uniform(0.4, 0.6))
            camp = crc["code"] == "IQ-CRC-SUM-01"
            idps = round(participants * (r.uniform(0.75, 0.95) if camp else r.uniform(0.2, 0.45)))
            returnees = round((participants - idps) * (0.7 if not camp else 0.5))
            rows.append((self.next_id("crc_sessions"), crc["id"], self.d(on), str(kind), topic,
                         r.choice(SESSION_FACILITATORS[str(kind)]), participants, idps, returnees,
                         participants - idps - returnees, girls, children - girls, women_n, adults - women_n,
                         older_women, older - older_women, 1))
        self.w.insert("crc_sessions", ("id", "crc_id", "held_on", "session_kind", "topic", "facilitator",
                                       "participants", "idps", "returnees", "host_community", "girls", "boys",
                                       "women", "men", "older_women", "older_men", "version"), rows)

    @property
    def n_referrals(self) -> int:
        return max(100, round(1000 * self.scale))

    def referrals(self) -> None:
        """About 1,000 referrals per 10,000 households (100,000 at scale 100), to the providers of the service map
        in the CRC's district: civil documentation and legal aid most, then MHPSS, health, protection and
        livelihoods. Most are sent the day they are made; providers answer emergencies within a day or two,
        normal referrals within about two weeks, some late; most accept; delivered services are closed after
        a follow-up call. Steps after the demo's today have not happened yet. A household is linked to a few
        referrals that are not sensitive, never to a protection, GBV, child-protection or MHPSS one."""
        r = self.rng("referrals")
        n = self.n_referrals
        today = self.today
        R, P = m.ReferralStatus, m.ReferralPriority
        S = m.Service
        services = [S.CIVIL_DOCUMENTATION, S.LEGAL_AID, S.MHPSS, S.HEALTH, S.PROTECTION, S.LIVELIHOODS,
                    S.CHILD_PROTECTION, S.EDUCATION, S.GBV, S.SHELTER, S.CASH]
        shares = [26, 16, 12, 10, 8, 8, 5, 5, 4, 4, 2]
        sensitive = {str(x) for x in m.SENSITIVE_SERVICES}
        declines = {"shelter": 0.35, "cash": 0.4, "livelihoods": 0.3, "education": 0.15}
        by_district: dict[tuple[str, str], list[int]] = {}
        anywhere: dict[str, list[int]] = {}
        for p in self.providers:
            if not p["accepts"]:
                continue
            for service in (x.strip() for x in p["services"].split(",")):
                by_district.setdefault((p["district"], service), []).append(p["id"])
                anywhere.setdefault(service, []).append(p["id"])
        district_of = {c["code"]: next(d for code, _, _, d, *_ in CRCS if code == c["code"]) for c in self.crcs}
        linked = self.conn.execute(sql(
            "SELECT h.id, h.registered_on FROM households h JOIN projects p ON p.id = h.project_id "
            "WHERE p.code LIKE 'IRQ-%' ORDER BY h.id")).all()[:5000]
        linked = [(hid, D.fromisoformat(on) if isinstance(on, str) else on) for hid, on in linked]
        people = [("female", "18-59", 40), ("male", "18-59", 30), ("female", "60+", 6), ("male", "60+", 6),
                  ("female", "0-17", 9), ("male", "0-17", 9)]
        # Cumulative weights, worked out once: random.choices would add the weights up again on every call.
        people_cum = list(accumulate(w for _, _, w in people))
        centre_cum = list(accumulate({"walk-in": 40, "virtual hotline": 25, "mobile": 20}[c["kind"]]
                                     for c in self.crcs))
        service_cum = list(accumulate(shares))
        priority_cum = {True: list(accumulate((20, 40, 40))), False: list(accumulate((4, 18, 78)))}
        sent_cum = list(accumulate((85, 10, 5)))
        satisfaction_cum = list(accumulate((65, 25, 10)))
        satisfactions = list(m.Satisfaction)
        priorities = (P.EMERGENCY, P.URGENT, P.NORMAL)
        # Each centre's days open up to today, and the providers of each service in its district.
        open_days = {c["id"]: max(1, (min(c["closed"] or today, today) - c["opened"]).days + 1) for c in self.crcs}
        chosen = {(c["id"], str(x)): by_district.get((district_of[c["code"]], str(x))) or anywhere[str(x)]
                  for c in self.crcs for x in services}
        service_names = [str(x) for x in services]
        users = self.staff["IQ"]
        rows, steps = [], []
        for number in range(1, n + 1):
            crc = r.choices(self.crcs, cum_weights=centre_cum)[0]
            on = crc["opened"] + dt.timedelta(days=r.randrange(open_days[crc["id"]]))
            service = r.choices(service_names, cum_weights=service_cum)[0]
            provider = r.choice(chosen[(crc["id"], service)])
            secret = service in sensitive
            priority = r.choices(priorities, cum_weights=priority_cum[secret])[0]
            due = on + dt.timedelta(days=m.RESPONSE_DAYS[priority])
            sex, age, _ = r.choices(people, cum_weights=people_cum)[0]
            consent = r.random() < 0.97
            consent_by = (("parent or caregiver" if age == "0-17" else "the person") if consent else None)
            household = None
            if linked and not secret and r.random() < 0.12:
                hid, registered = r.choice(linked)
                if registered <= on:
                    household = hid
            # The steps, each on or after the one before; those after today have not happened.
            path: list[tuple[str, D]] = []
            if consent and r.random() > 0.01:
                day = on + dt.timedelta(days=r.choices((0, 1, 2), cum_weights=sent_cum)[0])
                path.append((R.SENT, day))
                if r.random() < 0.03:
                    path.append((R.WITHDRAWN, day + dt.timedelta(days=r.randint(1, 10))))
                else:
                    allowed = m.RESPONSE_DAYS[priority]
                    # Most answers come within the deadline; about one in six later (a long tail for normal ones).
                    if r.random() < 0.84:
                        waited = r.randint(0, allowed)
                    else:
                        waited = allowed + max(1, round(r.expovariate(1 / (2 if allowed < 14 else 7))))
                    answer = on + dt.timedelta(days=waited)
                    answer = max(answer, day)
                    if r.random() < declines.get(service, 0.08):
                        path.append((R.DECLINED, answer))
                        if r.random() < 0.9:
                            path.append((R.CLOSED, answer + dt.timedelta(days=r.randint(1, 7))))
                    else:
                        path.append((R.ACCEPTED, answer))
                        roll = r.random()
                        if roll < 0.9:
                            delivered = answer + dt.timedelta(days=r.randint(2, 40))
                            path.append((R.DELIVERED, delivered))
                            if r.random() < 0.8:
                                path.append((R.CLOSED, delivered + dt.timedelta(days=r.randint(7, 30))))
                        elif roll < 0.95:
                            path.append((R.WITHDRAWN, answer + dt.timedelta(days=r.randint(1, 20))))
            path = [(status, day) for status, day in path if day <= today]
            status = path[-1][0] if path else R.DRAFT
            dates = {s_: d_ for s_, d_ in path}
            responded = dates.get(R.ACCEPTED) or dates.get(R.DECLINED)
            ended = dates.get(R.CLOSED) or dates.get(R.WITHDRAWN)
            feedback_on = feedback = satisfaction = None
            if R.DELIVERED in dates and r.random() < 0.65:
                when = dates[R.DELIVERED] + dt.timedelta(days=r.randint(3, 21))
                if when <= today:
                    feedback_on = when
                    satisfaction = r.choices(satisfactions, cum_weights=satisfaction_cum)[0]
                    feedback = REFERRAL_FEEDBACK[str(satisfaction)][number % len(REFERRAL_FEEDBACK[str(satisfaction)])]
            outcome = ""
            if R.DELIVERED in dates:
                outcome = "Service received" if not secret else "Case management opened by the provider"
            elif R.DECLINED in dates:
                outcome = "Provider had no capacity; to be referred elsewhere"
            rid = self.next_id("referrals")
            rows.append((rid, f"IQ-REF-{number:06d}", crc["id"], self.d(on), f"{crc['code'][7:]}-C-{number:06d}",
                         household, sex, age, service, provider, str(priority), self.d(due), consent,
                         self.d(on) if consent else None, consent_by, str(status), self.d(dates.get(R.SENT)),
                         self.d(responded), self.d(dates.get(R.DELIVERED)), self.d(ended), outcome, feedback or "",
                         self.d(feedback_on), None if satisfaction is None else str(satisfaction), 1))
            before = R.DRAFT
            user = users[number % len(users)]
            for after, day in path:
                steps.append((self.next_id("referral_status_changes"), rid, str(before), str(after), self.d(day), "",
                               user))
                before = after
        self.w.insert("referrals", ("id", "code", "crc_id", "referred_on", "case_code", "household_id", "sex",
                                    "age_group", "service", "provider_id", "priority", "due_on", "consent_given",
                                    "consent_on", "consent_by", "status", "sent_on", "responded_on", "delivered_on",
                                    "closed_on", "outcome", "feedback", "feedback_on", "satisfaction", "version"),
                      rows)
        self.w.insert("referral_status_changes", ("id", "referral_id", "from_status", "to_status", "changed_on",
                                                  "note", "user_name"), steps)
        self.step(n * 4, f"referrals {n:,}")

    def audit(self) -> None:
        """One entry saying where the data came from, instead of one per row."""
        about = {"generator": "workbench.services.demo", "scale": self.scale, "seed": self.seed,
                 "today": self.today.isoformat(), "households": self.w.counts.get("households", 0)}
        append_entries(self.conn, [("demo", "demo", 0, "create", None, None, json.dumps(about, sort_keys=True),
                                    "workbench demo")])
        self.w.counts["audit_log"] = 1


def _pick(x: float, weights: Sequence[int]) -> int:
    """The index a uniform draw x in [0, 1) falls on, with these weights."""
    target = x * sum(weights)
    for i, w in enumerate(weights):
        target -= w
        if target < 0:
            return i
    return len(weights) - 1


def _local_amount(usd_cents: int, currency: str, on: int) -> float:
    """A dollar amount paid in francs or dinars, at the month's rate, rounded as cash is counted (100s)."""
    per_usd = 1 / _usd_per(currency, _month_start(D.fromordinal(on)))
    return float(round(usd_cents / 100 * per_usd, -2))


def generate(engine: Engine, scale: float = 1, *, seed: int = 2023, progress: Progress | None = None,
             today: D = D(2024, 6, 30)) -> dict[str, int]:  # noqa: B008
    """Fill an empty workbench database with demo records; returns the rows written per table.

    Scale 1 is a country office of ~10,000 households, 1,000 grants and 60 works; scale 100 about a million
    households. The same seed and scale give the same records. Everything is written in one transaction.
    """
    if not scale > 0:
        raise DomainError("must be more than 0", "scale")
    if today < EARLIEST_TODAY:
        # The real programmes' timeline (closures of 2023, projects up to 2024) must have happened by then.
        raise DomainError(f"must be on or after {EARLIEST_TODAY.isoformat()}", "today")
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        for model in (m.Project, m.Household):
            if conn.execute(select(func.count()).select_from(model)).scalar():
                raise DomainError("the database already has data; demo data goes into a new, empty database")
        conn.commit()  # the checks above began a transaction; the demo gets its own
        raw = conn.connection.dbapi_connection
        if sqlite:
            # Foreign keys are checked once at the end instead of on each of millions of rows. The pragma
            # cannot change inside a transaction, and every statement through SQLAlchemy begins one (db.py):
            # so on the driver's connection, between transactions.
            raw.execute("PRAGMA foreign_keys=OFF")
            cache = raw.execute("PRAGMA cache_size").fetchone()[0]
            raw.execute("PRAGMA cache_size=-262144")
        try:
            with conn.begin():
                counts = _Demo(conn, scale, seed, progress, today).run()
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"demo data breaks foreign keys: {broken[:5]}")
                else:
                    _restart_sequences(conn)
        finally:
            if sqlite:  # the pooled connection goes back as the others are
                raw.execute("PRAGMA foreign_keys=ON")
                raw.execute(f"PRAGMA cache_size={int(cache)}")
    if progress:
        progress(1.0, "done")
    return counts


def _restart_sequences(conn: Connection) -> None:
    """PostgreSQL: ids were given explicitly, so the next record a user creates must start after them."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)")
