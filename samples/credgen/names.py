"""Invented people, schools and employers, and the ways a name gets printed.

Nothing here is real: given names and surnames are common ones combined at random, and the
schools, hospitals and laboratories are made-up names that sound plausible for their country
(addresses use fictional streets; phone numbers and e-mail domains are reserved/example ones).
A person is printed differently on different documents ("DELA CRUZ, MARIA S." on a
transcript, "Ms. Maria S. Dela Cruz" in a letter); `name_form` produces those variants so the
name-matching logic gets exercised, and the truth records every printed form.
"""

import unicodedata
from dataclasses import dataclass, field

GIVEN = {
    "PH": {"F": ["Maria", "Kristine", "Angelica", "Jocelyn", "Rhea", "Mary Grace", "Lovely",
                 "Jennilyn", "Rowena", "Aileen", "Camille", "Patricia", "Niña"],
           "M": ["Mark Anthony", "John Paul", "Jerome", "Rommel", "Christian", "Jayson", "Ramil",
                 "Noel", "Carlo", "Renato"]},
    "IN": {"F": ["Priya", "Anjali", "Kavya", "Sneha", "Deepika", "Lakshmi", "Divya", "Pooja",
                 "Meera"],
           "M": ["Rahul", "Arjun", "Vikram", "Suresh", "Anil", "Karthik", "Nikhil", "Rohan"]},
    "NG": {"F": ["Oluwaseun", "Chiamaka", "Ngozi", "Adaeze", "Funmilayo", "Aisha", "Blessing",
                 "Temitope", "Ifeoma"],
           "M": ["Chinedu", "Emeka", "Oluwatobi", "Ibrahim", "Babatunde", "Ifeanyi", "Segun",
                 "Uchenna"]},
    "US": {"F": ["Jessica", "Ashley", "Megan", "Brittany", "Kayla", "Lauren", "Alyssa"],
           "M": ["Tyler", "Brandon", "Kyle", "Justin", "Cody", "Derek"]},
}
SURNAMES = {
    "PH": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Manalo", "Pascual",
           "Dimaculangan", "Macaraeg", "Peñaflor", "Agbayani", "Sarmiento", "Tolentino", "Ocampo",
           "Salvador", "Dizon", "Magbanua", "Cabrera", "De Guzman", "Soriano", "Lacsamana"],
    "IN": ["Kulkarni", "Deshmukh", "Nair", "Pillai", "Reddy", "Iyer", "Joshi", "Sharma",
           "Verma", "Menon", "Patil", "Gokhale", "Bhattacharya"],
    "NG": ["Adeyemi", "Okafor", "Nwosu", "Balogun", "Eze", "Okonkwo", "Ogunleye", "Abubakar",
           "Nwachukwu", "Adebisi", "Olaniyan", "Chukwuma"],
    "US": ["Hendricks", "Castellano", "Whitfield", "Brennan", "Delgado", "Larsen", "Pruitt",
           "Okoro", "Vasquez", "Lindqvist"],
}
# Middle names: PH uses the mother's maiden surname, IN the father's given name, NG/US a
# second given name.
MIDDLE = {
    "IN": ["Ramesh", "Suresh", "Mohan", "Prakash", "Vijay", "Shankar", "Dattatray"],
    "NG": {"F": ["Grace", "Adunni", "Chioma", "Esther", "Folake"],
           "M": ["Chukwuemeka", "Adebayo", "Olumide", "Daniel", "Kelechi"]},
    "US": {"F": ["Marie", "Lynn", "Ann", "Nicole", "Rose"], "M": ["James", "Michael", "Lee", "Allen"]},
}


@dataclass
class Person:
    given: str
    middle: str
    surname: str
    sex: str                       # F / M
    country: str
    maiden: str = ""               # set when the person later married and changed surname
    married_surname: str = ""

    @property
    def full(self):
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    def pronoun(self, case="subj"):
        return {"subj": {"F": "she", "M": "he"}, "poss": {"F": "her", "M": "his"},
                "obj": {"F": "her", "M": "him"}}[case][self.sex]

    def honorific(self, style="Ms."):
        if self.sex == "M":
            return "Mr."
        return style


def initial(name):
    """Middle initial: 'Santos' -> 'S.', multi-word 'Dela Cruz' -> 'D.' (first letter only)."""
    return name[0] + "." if name else ""


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def name_form(p, form, surname=None, accents=True):
    """One printed form of a person's name.

    forms: natural ("Maria Santos Dela Cruz"), natural_initial ("Maria S. Dela Cruz"),
    caps (natural in capitals), surname_first ("DELA CRUZ, MARIA S."),
    surname_first_full ("DELA CRUZ, MARIA SANTOS"), surname_first_mixed
    ("ADEYEMI, Oluwaseun Grace"), surname_first_nocomma ("KULKARNI PRIYA RAMESH"),
    given_surname ("Priya Kulkarni").
    """
    sn = surname or p.surname
    g, m = p.given, p.middle
    if form == "natural":
        s = " ".join(x for x in (g, m, sn) if x)
    elif form == "natural_initial":
        s = " ".join(x for x in (g, initial(m), sn) if x)
    elif form == "caps":
        s = " ".join(x for x in (g, m, sn) if x).upper()
    elif form == "surname_first":
        s = f"{sn.upper()}, {' '.join(x for x in (g.upper(), initial(m)) if x)}"
    elif form == "surname_first_full":
        s = f"{sn.upper()}, {' '.join(x for x in (g, m) if x).upper()}"
    elif form == "surname_first_mixed":
        s = f"{sn.upper()}, {' '.join(x for x in (g, m) if x)}"
    elif form == "surname_first_nocomma":
        s = " ".join(x for x in (sn, g, m) if x).upper()
    elif form == "given_surname":
        s = f"{g} {sn}"
    else:
        raise ValueError(form)
    if not accents:
        s = strip_accents(s)
    return s


def make_person(rng, country, sex=None):
    sex = sex or rng.choice("FM")
    given = rng.choice(GIVEN[country][sex])
    surname = rng.choice(SURNAMES[country])
    if country == "PH":
        middle = rng.choice([s for s in SURNAMES["PH"] if s != surname])
    elif country == "IN":
        middle = rng.choice(MIDDLE["IN"]) if rng.random() < 0.8 else ""
    else:
        opts = MIDDLE[country][sex]
        middle = rng.choice(opts) if opts else ""
    return Person(given, middle, surname, sex, country)


def marry(rng, p):
    """Give a woman a married surname. PH convention: maiden surname becomes the middle name."""
    new = rng.choice([s for s in SURNAMES[p.country] if s != p.surname])
    p.married_surname = new
    p.maiden = p.surname
    return new


def married_form(p, form):
    """Printed name after marriage ("Maria D. Reyes", PH: maiden surname as middle name)."""
    if p.country == "PH":
        q = Person(p.given, p.surname, p.married_surname, p.sex, p.country)
    else:
        q = Person(p.given, p.middle, p.married_surname, p.sex, p.country)
    return name_form(q, form)


# --- institutions ----------------------------------------------------------------------------

@dataclass
class Institution:
    name: str
    city: str
    region: str
    country: str
    street: str
    programs: tuple          # curriculum ids it may issue
    kind: str = "university"  # university / college / institute
    extra: dict = field(default_factory=dict)

    @property
    def place(self):
        return f"{self.city}, {self.region}"


COUNTRY_NAMES = {"PH": "Philippines", "IN": "India", "NG": "Nigeria", "US": "United States"}

INSTITUTIONS = [
    Institution("Northern Luzon College of Health Sciences", "Laoag City", "Ilocos Norte", "PH",
                "Brgy. 7-A, Rizal Extension", ("ph_bsmt", "ph_bsn")),
    Institution("Pangasinan Riverside University", "Dagupan City", "Pangasinan", "PH",
                "Arellano-Bani Road", ("ph_bsmt", "ph_bsbio", "ph_bsba", "ph_bsn")),
    Institution("Colegio de San Aurelio", "Iloilo City", "Iloilo", "PH",
                "Calle Real, Molo District", ("ph_bsmt", "ph_bsbio", "ph_bsn")),
    Institution("Leyte Gulf College of Allied Medicine", "Tacloban City", "Leyte", "PH",
                "Sampaguita Street, Marasbaras", ("ph_bsmt",)),
    Institution("Batangas Bayview University", "Batangas City", "Batangas", "PH",
                "P. Gomez Avenue, Kumintang Ilaya", ("ph_bsbio", "ph_bsba", "ph_bsn")),
    Institution("Ekiti Highlands University", "Ado-Ekiti", "Ekiti State", "NG",
                "Km 4, Iworoko Road", ("ng_bmls", "ng_bsc_micro", "ng_bnsc")),
    Institution("Benue Valley University", "Makurdi", "Benue State", "NG",
                "PMB 2207, Gboko Road", ("ng_bmls", "ng_bsc_biochem", "ng_bsc_micro")),
    Institution("Lagoon City University", "Lagos", "Lagos State", "NG",
                "14 Akinwale Close, Yaba", ("ng_bmls", "ng_bsc_micro", "ng_bsc_biochem", "ng_bnsc")),
    Institution("Deccan Plateau University", "Pune", "Maharashtra", "IN",
                "Ganeshkhind Link Road", ("in_bsc_micro", "in_bsc_mlt")),
    Institution("Sahyadri Institute of Paramedical Sciences", "Kolhapur", "Maharashtra", "IN",
                "Plot 22, Rankala Ring Road", ("in_dmlt", "in_bsc_mlt"), kind="institute"),
    Institution("Kaveri Delta University", "Thanjavur", "Tamil Nadu", "IN",
                "Vallam Main Road", ("in_bsc_micro", "in_bsc_mlt", "in_dmlt")),
    Institution("Malabar Coast College of Allied Health", "Kozhikode", "Kerala", "IN",
                "Mavoor Road, Near Arayidathupalam", ("in_dmlt", "in_bsc_micro"), kind="college"),
    Institution("Great Prairie State University", "Cedar Bluff", "Iowa", "US",
                "1200 Prairie Commons Drive", ("us_bs_cls", "us_bs_bio")),
    Institution("Cascadia Valley College", "Riverton", "Oregon", "US",
                "4410 Alder Mill Road", ("us_aas_mlt", "us_bs_bio"), kind="college"),
    Institution("Lakeshore Polytechnic Institute", "Port Alden", "Michigan", "US",
                "77 Harbor Light Boulevard", ("us_bs_cls", "us_aas_mlt"), kind="institute"),
]


def pick_institution(rng, country, curriculum_id):
    opts = [i for i in INSTITUTIONS if i.country == country and curriculum_id in i.programs]
    return rng.choice(opts)


# --- employers ----------------------------------------------------------------------------------

@dataclass
class Employer:
    name: str
    city: str
    region: str
    country: str
    street: str
    phone: str
    email: str
    kind: str = "hospital"     # hospital / lab / clinic


EMPLOYERS = [
    Employer("Bayanihan General Hospital", "Laoag City", "Ilocos Norte", "PH",
             "Gen. Segundo Avenue, Brgy. 10", "(077) 600-0142", "hrd@bayanihan-gh.example"),
    Employer("Cordillera Summit Hospital", "Baguio City", "Benguet", "PH",
             "Upper Session Road", "(074) 600-0178", "personnel@cordillera-summit.example"),
    Employer("Ilocos Coast Diagnostic Center", "Vigan City", "Ilocos Sur", "PH",
             "Quezon Avenue corner Bonifacio Street", "(077) 600-0193", "admin@icdc-vigan.example",
             "lab"),
    Employer("St. Aurelio Medical Center", "Iloilo City", "Iloilo", "PH",
             "Luna Street, La Paz", "(033) 600-0121", "hr@staurelio-mc.example"),
    Employer("Tagum Riverside Polyclinic", "Tagum City", "Davao del Norte", "PH",
             "Apokon Road, Visayan Village", "(084) 600-0155", "clinic@tagum-riverside.example",
             "clinic"),
    Employer("Harmattan Specialist Hospital", "Ibadan", "Oyo State", "NG",
             "21 Ring Road, Challenge", "+234 700 000 0142", "hr@harmattan-sh.example"),
    Employer("Ekiti Hills Diagnostic Centre", "Ado-Ekiti", "Ekiti State", "NG",
             "9 Fajuyi Road", "+234 700 000 0188", "info@ekitihills-dx.example", "lab"),
    Employer("Crestview Medical Laboratories Ltd", "Enugu", "Enugu State", "NG",
             "3 Ogui Road", "+234 700 000 0137", "admin@crestview-labs.example", "lab"),
    Employer("Lagoon Mainland General Hospital", "Lagos", "Lagos State", "NG",
             "45 Herbert Macaulay Way, Yaba", "+234 700 000 0119", "hr@lmgh.example"),
    Employer("Sunmitra Multispeciality Hospital", "Pune", "Maharashtra", "IN",
             "Survey No. 118, Baner Road", "+91 20 0000 4412", "hr@sunmitra-hospital.example"),
    Employer("Rankala Pathology Laboratory", "Kolhapur", "Maharashtra", "IN",
             "1034 C Ward, Shivaji Peth", "+91 231 000 0721", "lab@rankala-path.example", "lab"),
    Employer("Kaveri Diagnostics and Research Centre", "Thanjavur", "Tamil Nadu", "IN",
             "12 Medical College Road", "+91 4362 000 118", "hr@kaveri-drc.example", "lab"),
    Employer("Malabar Lifeline Hospital", "Kozhikode", "Kerala", "IN",
             "Bank Road, Kallai", "+91 495 000 3390", "personnel@malabar-lifeline.example"),
    Employer("Prairie Regional Medical Center", "Cedar Bluff", "IA", "US",
             "500 Meadowlark Parkway", "(319) 555-0142", "hr@prairie-rmc.example"),
    Employer("Lakeshore Community Hospital", "Port Alden", "MI", "US",
             "2100 Dune Crest Road", "(231) 555-0175", "verify@lakeshore-ch.example"),
    Employer("Cascadia Reference Laboratories", "Riverton", "OR", "US",
             "88 Foundry Street, Suite 300", "(541) 555-0163", "hr@cascadia-ref.example", "lab"),
]


def pick_employers(rng, country, n):
    opts = [e for e in EMPLOYERS if e.country == country]
    rng.shuffle(opts)
    return opts[:n]


SIGNERS = {
    "PH": ["Rosario M. Alcantara", "Edgardo P. Villareal", "Teresita L. Manansala",
           "Ferdinand C. Bautista", "Lourdes G. Pimentel"],
    "IN": ["Dr. Sunita V. Apte", "Dr. Mahesh K. Rao", "Shri Prakash N. Dhore", "Dr. Revathi S. Iyer"],
    "NG": ["Dr. Adewale O. Fashola", "Mrs. Nkechi A. Obi", "Dr. Musa B. Lawal", "Mr. Tunde F. Ajayi"],
    "US": ["Karen D. Whitlock", "Steven R. Moberly", "Janet L. Oyelaran", "Dana K. Fitzhugh"],
}
