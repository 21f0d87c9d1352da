"""Candidate profiles: who the synthetic applicant is and what they send.

Each profile builds a person, their studies (curriculum, school, dates, grades) and their
jobs, aimed at one situation of criteria.md:

  mls_recent           BS Med Tech / BMLS / BS CLS graduated within 5 years, internship in
                       the four core areas (ASCPi MLS-1, AMT MLS-EDU)
  mls_experienced      MLS-field bachelor's, graduated 7-11 years ago, 40-84 months of work
                       covering the four core areas, often partly outside the 5-year window
                       (MLS-2)
  science_experienced  biology/chemistry/microbiology bachelor's with 6-66 months of lab work
                       (MLS-4 / AMT MLS-EXP depend on the months and on 16/16 SH)
  non_qualifying       nursing or business degree, sometimes a lab-aide or nurse job
  three_year_bachelor  Indian 3-year B.Sc. (Microbiology or MLT) with lab work
  mlt_diploma          2-year Indian DMLT or US associate degree in MLT
  part_time            MLS graduate whose work is part-time (20-24 h/week)
  overlapping_jobs     MLS graduate with a full-time job and an overlapping part-time job
  name_variant         woman who married after graduating: letters carry a new surname
  missing_documents    no diploma, or no employment letter, or (rarely) no transcript
  bachelor_plus_mlt_diploma
                       (opt-in, not in the default cycle) a 4-year bachelor's in biology,
                       chemistry or business plus a later 2-year Diploma in Medical Laboratory
                       Technology, each with its own diploma (ASCPi MLS-3: two credentials)

Dates are all relative to the evaluation's as-of date, so the same seed keeps its meaning
for a different --as-of.
"""

import datetime as dt
from dataclasses import dataclass, field

from . import courses as C
from . import dates as D
from .layouts_letter import department_phrase
from .model import Job, Studies, Term, grade_results
from .names import SIGNERS, make_person, marry, pick_employers, pick_institution

CORE = ["blood_bank", "chemistry", "hematology", "microbiology"]
EXTRA_AREAS = ["immunology", "urinalysis", "molecular", "phlebotomy", "other"]

PROFILES = {
    "mls_recent": ("PH", "NG", "US"),
    "mls_experienced": ("PH", "NG", "US"),
    "science_experienced": ("PH", "NG", "US"),
    "non_qualifying": ("PH", "NG"),
    "three_year_bachelor": ("IN",),
    "mlt_diploma": ("IN", "US"),
    "part_time": ("PH", "NG", "US"),
    "overlapping_jobs": ("PH", "US", "NG"),
    "name_variant": ("PH", "NG", "US"),
    "missing_documents": ("PH", "NG", "US", "IN"),
    "bachelor_plus_mlt_diploma": ("PH", "NG"),
}
# Profiles generated only when asked for (--profiles): the default cycle stays the ten above, so
# every existing seed gives the same candidates as before they were added.
OPT_IN_PROFILES = ("bachelor_plus_mlt_diploma",)
PROFILE_ORDER = [p for p in PROFILES if p not in OPT_IN_PROFILES]

MLS_CURRICULUM = {"PH": "ph_bsmt", "NG": "ng_bmls", "US": "us_bs_cls"}
SCIENCE_CURRICULA = {"PH": ["ph_bsbio"], "NG": ["ng_bsc_micro", "ng_bsc_biochem"], "US": ["us_bs_bio"],
                     "IN": ["in_bsc_micro"]}
POSITIONS = {
    "mls": {"PH": ["Medical Technologist", "Medical Technologist I", "Senior Medical Technologist"],
            "NG": ["Medical Laboratory Scientist", "Medical Laboratory Scientist II"],
            "US": ["Medical Laboratory Scientist", "Clinical Laboratory Scientist", "Medical Technologist"],
            "IN": ["Laboratory Technologist"]},
    "science": {"PH": ["Laboratory Technician", "Laboratory Analyst"],
                "NG": ["Laboratory Technologist", "Laboratory Scientist (Trainee)"],
                "US": ["Laboratory Technician", "Medical Laboratory Technician"],
                "IN": ["Laboratory Technician", "Lab Technician"]},
    "mlt": {"IN": ["Laboratory Technician", "Junior Lab Technician"],
            "US": ["Medical Laboratory Technician", "MLT"]},
}
SIGNER_TITLES = ["Human Resource Manager", "Chief Medical Technologist", "Laboratory Manager",
                 "Pathologist-in-Charge", "Medical Director", "HR Officer"]
WARDS = ["Medical-Surgical Ward", "Emergency Room", "Pediatric Ward", "Operating Room"]


@dataclass
class Candidate:
    id: str
    profile: str
    country: str
    as_of: dt.date
    person: object
    studies: object
    jobs: list
    traits: list = field(default_factory=list)
    include_diploma: bool = True
    include_transcript: bool = True
    include_letters: bool = True
    withheld_jobs: list = field(default_factory=list)
    # Credentials besides `studies` (bachelor_plus_mlt_diploma), each with its own documents.
    extra_credentials: list = field(default_factory=list)


@dataclass
class ExtraCredential:
    studies: object
    include_diploma: bool = True
    include_transcript: bool = True


# --- studies ---------------------------------------------------------------------------------

def _pack(country):
    from .countries import pack_of     # countries.py imports this module: import when called
    return pack_of(country)


def make_studies(rng, cur_id, grad_year, person):
    cur = C.CURRICULA[cur_id]
    inst = pick_institution(rng, cur.country, cur_id)
    start_year = grad_year - cur.years
    conferred = dt.date(grad_year, cur.grad_month, rng.randint(8, 28))
    admitted = dt.date(start_year, cur.start_month, rng.randint(1, 15))
    pack = _pack(cur.country)
    if pack:
        style = pack.code_style
    else:
        style = {"PH": rng.choice(["space", "space", "nospace", "dash"]), "NG": "space",
                 "IN": "keep", "US": "space"}[cur.country]
    results = grade_results(rng, cur, style, rng.uniform(0.3, 0.95))
    terms = []
    for ts, rs in zip(cur.terms, results):
        terms.append(Term(ts.year, ts.key, start_year + ts.year - 1, rs))
    sn = pack.student_no(rng, start_year, inst) if pack and pack.student_no else None
    sn = sn or {"PH": f"{start_year}-{rng.randint(10000, 99999)}",
          "NG": f"{inst.name.split()[0][:3].upper()}/{start_year}/{rng.randint(100, 999)}",
          "IN": f"{start_year}{rng.randint(10 ** 8, 10 ** 9 - 1)}",
          "US": f"9{rng.randint(10 ** 7, 10 ** 8 - 1)}"}.get(cur.country) or \
        f"{start_year % 100:02d}{rng.randint(10 ** 5, 10 ** 6 - 1)}"
    dob = dt.date(start_year - 18 + rng.randint(-1, 1), rng.randint(1, 12), rng.randint(1, 28))
    honours = {"IN": rng.choice(["First Class", "First Class with Distinction", "Second Class"]),
               "NG": rng.choice(["Second Class (Upper Division)", "Second Class (Lower Division)",
                                 "First Class"]),
               }.get(cur.country, "")
    if pack and pack.honours:
        honours = rng.choice(pack.honours)
    return Studies(cur, inst, admitted, conferred, terms, sn, style, dob, honours)


# --- jobs ------------------------------------------------------------------------------------

def make_job(rng, person, employer, position, start, end, as_of, areas, hours=40,
             hours_style=None, ward_job=False):
    if hours_style is None:
        if hours >= 35:
            hours_style = rng.choice(["hours", "fulltime_only", "fulltime_hours", "fulltime_hours"])
            if employer.country == "IN" and rng.random() < 0.5:
                hours, hours_style = 48, "daily"
        else:
            hours_style = "parttime_hours"
    if hours_style == "fulltime_only":
        hours = 40
    if ward_job:
        phrases = rng.sample(WARDS, 2)
        areas = []
    else:
        phrases = []
        for a in areas:
            ph = department_phrase(rng, a, employer.country)
            if ph not in phrases:
                phrases.append(ph)
    if end is None:
        ld = as_of - dt.timedelta(days=rng.randint(7, 120))
        ld = max(ld, start + dt.timedelta(days=30))
    else:
        ld = min(as_of, end + dt.timedelta(days=rng.randint(3, 60)))
    return Job(employer, position, start, end, hours, hours_style, phrases, list(areas), ld,
               rng.choice(SIGNERS[employer.country]), rng.choice(SIGNER_TITLES))


def areas_mix(rng, need_core=True, n_extra=(0, 2)):
    a = list(CORE) if need_core else rng.sample(CORE, rng.randint(1, 3))
    a += rng.sample(EXTRA_AREAS, rng.randint(*n_extra))
    rng.shuffle(a)
    return a


def split_core(rng, n_jobs):
    """Spread the four core areas over n jobs (each job gets at least two areas)."""
    jobs = [[] for _ in range(n_jobs)]
    core = list(CORE)
    rng.shuffle(core)
    for i, a in enumerate(core):
        jobs[i % n_jobs].append(a)
    for j in jobs:
        while len(j) < 2:
            j.append(rng.choice([c for c in CORE + EXTRA_AREAS if c not in j]))
        if rng.random() < 0.5:
            extra = rng.choice([c for c in EXTRA_AREAS if c not in j])
            j.append(extra)
    return jobs


def date_between(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


def first_of_month(d):
    return d.replace(day=1)


def career(rng, person, country, as_of, start_from, months_total, kind, n_jobs=1,
           need_core=True, hours=40, to_present=True):
    """Sequential jobs totalling about months_total, ending at present (or some months ago)."""
    emps = pick_employers(rng, country, n_jobs)
    n_jobs = len(emps)
    end_all = None if to_present else D.add_months(as_of, -rng.randint(2, 10))
    last_day = as_of if to_present else end_all
    start_all = max(start_from, D.add_months(last_day, -months_total))
    start_all = first_of_month(start_all) if rng.random() < 0.6 else start_all
    # split the span into n_jobs pieces with small gaps
    span = (last_day - start_all).days
    cuts = sorted(rng.sample(range(60, max(61, span - 60)), n_jobs - 1)) if n_jobs > 1 else []
    bounds = [0] + cuts + [span]
    area_sets = split_core(rng, n_jobs) if need_core else [areas_mix(rng, False) for _ in range(n_jobs)]
    jobs = []
    for i, emp in enumerate(emps):
        s = start_all + dt.timedelta(days=bounds[i] + (rng.randint(0, 20) if i else 0))
        e = start_all + dt.timedelta(days=bounds[i + 1] - (rng.randint(1, 20) if i < n_jobs - 1 else 0))
        end = e if (i < n_jobs - 1 or not to_present) else None
        pos = rng.choice(POSITIONS[kind].get(country) or POSITIONS[kind]["US"])
        jobs.append(make_job(rng, person, emp, pos, s, end, as_of, area_sets[i], hours=hours))
    return jobs


# --- profiles --------------------------------------------------------------------------------

def build(rng, profile, country, as_of, cid):
    A = as_of
    person = make_person(rng, country, "F" if profile == "name_variant" else None)
    traits = []
    jobs = []
    cand = Candidate(cid, profile, country, A, person, None, jobs, traits)

    def grad(lo, hi):
        # graduation year such that the conferral is before as_of
        y = A.year - rng.randint(lo, hi)
        return y

    if profile == "mls_recent":
        st = make_studies(rng, MLS_CURRICULUM[country], grad(1, 3), person)
        if st.conferred > A - dt.timedelta(days=90):
            st = make_studies(rng, MLS_CURRICULUM[country], A.year - 2, person)
        cand.studies = st
        if rng.random() < 0.5:
            s = D.add_months(st.conferred, rng.randint(3, 8))
            if s < A - dt.timedelta(days=60):
                emp = pick_employers(rng, country, 1)[0]
                jobs.append(make_job(rng, person, emp, rng.choice(POSITIONS["mls"][country]),
                                     s, None, A, areas_mix(rng, rng.random() < 0.5)))
    elif profile == "mls_experienced":
        st = make_studies(rng, MLS_CURRICULUM[country], grad(7, 11), person)
        cand.studies = st
        months = rng.randint(40, 84)
        jobs += career(rng, person, country, A, D.add_months(st.conferred, 4), months, "mls",
                       n_jobs=rng.randint(2, 3))
    elif profile == "science_experienced":
        cur_id = rng.choice(SCIENCE_CURRICULA[country])
        st = make_studies(rng, cur_id, grad(4, 9), person)
        cand.studies = st
        months = rng.choice([8, 14, 30, 64])
        traits.append(f"target_months_{months}")
        jobs += career(rng, person, country, A, D.add_months(st.conferred, 3), months, "science",
                       n_jobs=1 if months < 30 else rng.randint(1, 2), need_core=months >= 30,
                       to_present=rng.random() < 0.7)
        if months < 30 and rng.random() < 0.4:
            # a letter that names no lab areas (departments_not_stated)
            jobs[-1].departments, jobs[-1].areas = [], []
            traits.append("departments_not_stated")
    elif profile == "non_qualifying":
        pack = _pack(country)
        if pack:
            cur_id = rng.choice(pack.nonqualifying_curricula)
        else:
            cur_id = {"PH": rng.choice(["ph_bsn", "ph_bsba"]), "NG": "ng_bnsc"}[country]
        st = make_studies(rng, cur_id, grad(3, 8), person)
        cand.studies = st
        emp = pick_employers(rng, country, 1)[0]
        s = D.add_months(st.conferred, rng.randint(3, 12))
        if st.curriculum.field == "nursing" and rng.random() < 0.6:
            jobs.append(make_job(rng, person, emp, "Staff Nurse", s, None, A, [], ward_job=True))
            traits.append("ward_departments_only")
        else:
            jobs.append(make_job(rng, person, emp, "Laboratory Aide", s, None, A,
                                 ["phlebotomy", rng.choice(["urinalysis", "hematology"])]))
    elif profile == "three_year_bachelor":
        st = make_studies(rng, rng.choice(["in_bsc_micro", "in_bsc_mlt"]), grad(2, 7), person)
        cand.studies = st
        months = rng.randint(12, 54)
        jobs += career(rng, person, "IN", A, D.add_months(st.conferred, 2), months, "science",
                       n_jobs=rng.randint(1, 2), need_core=rng.random() < 0.7)
    elif profile == "mlt_diploma":
        st = make_studies(rng, "in_dmlt" if country == "IN" else "us_aas_mlt", grad(1, 8), person)
        cand.studies = st
        if rng.random() < 0.7:
            months = rng.randint(6, 40)
            jobs += career(rng, person, country, A, D.add_months(st.conferred, 2), months, "mlt",
                           n_jobs=1, need_core=rng.random() < 0.6)
    elif profile == "part_time":
        st = make_studies(rng, MLS_CURRICULUM[country], grad(4, 8), person)
        cand.studies = st
        emps = pick_employers(rng, country, 2)
        s1 = D.add_months(st.conferred, rng.randint(2, 6))
        e1 = D.add_months(s1, rng.randint(12, 30))
        h1 = rng.choice([20, 24, 16])
        jobs.append(make_job(rng, person, emps[0], rng.choice(POSITIONS["mls"][country]), s1, e1, A,
                             split_core(rng, 1)[0], hours=h1))
        s2 = e1 + dt.timedelta(days=rng.randint(20, 90))
        if s2 < A - dt.timedelta(days=60):
            h2 = rng.choice([20, 40])
            jobs.append(make_job(rng, person, emps[1], rng.choice(POSITIONS["mls"][country]), s2,
                                 None, A, areas_mix(rng, True), hours=h2))
    elif profile == "overlapping_jobs":
        st = make_studies(rng, MLS_CURRICULUM[country], grad(5, 9), person)
        cand.studies = st
        emps = pick_employers(rng, country, 2)
        s1 = D.add_months(st.conferred, rng.randint(2, 6))
        jobs.append(make_job(rng, person, emps[0], rng.choice(POSITIONS["mls"][country]), s1, None,
                             A, areas_mix(rng, True), hours=40))
        s2 = D.add_months(s1, rng.randint(8, 24))
        e2 = D.add_months(s2, rng.randint(10, 30))
        if e2 >= A:
            e2 = None
        jobs.append(make_job(rng, person, emps[1], rng.choice(POSITIONS["mls"][country]), s2, e2, A,
                             rng.sample(CORE, 2), hours=rng.choice([16, 20, 24])))
        traits.append("overlap")
    elif profile == "name_variant":
        kind = rng.choice(["mls", "science"])
        cur_id = MLS_CURRICULUM[country] if kind == "mls" else rng.choice(SCIENCE_CURRICULA[country])
        st = make_studies(rng, cur_id, grad(4, 9), person)
        cand.studies = st
        jobs += career(rng, person, country, A, D.add_months(st.conferred, 3), rng.randint(24, 70),
                       kind, n_jobs=rng.randint(1, 2))
        marry(rng, person)
        traits.append("married_surname_on_letters")
        # the most recent letter(s) carry the married name; an earlier one may keep the maiden name
        for j in jobs[-1:] if len(jobs) > 1 and rng.random() < 0.5 else jobs:
            j.surname_override = person.married_surname
    elif profile == "missing_documents":
        base = rng.choice(["mls_recent", "mls_experienced", "science"]) if country != "IN" else "in"
        if base == "in":
            st = make_studies(rng, rng.choice(["in_bsc_micro", "in_dmlt"]), grad(2, 6), person)
            cand.studies = st
            jobs += career(rng, person, "IN", A, D.add_months(st.conferred, 2), rng.randint(12, 36),
                           "science", n_jobs=1)
        elif base == "mls_recent":
            st = make_studies(rng, MLS_CURRICULUM[country], grad(1, 3), person)
            cand.studies = st
        elif base == "mls_experienced":
            st = make_studies(rng, MLS_CURRICULUM[country], grad(6, 10), person)
            cand.studies = st
            jobs += career(rng, person, country, A, D.add_months(st.conferred, 4), rng.randint(40, 70),
                           "mls", n_jobs=2)
        else:
            st = make_studies(rng, rng.choice(SCIENCE_CURRICULA[country]), grad(3, 8), person)
            cand.studies = st
            jobs += career(rng, person, country, A, D.add_months(st.conferred, 3), rng.randint(20, 66),
                           "science", n_jobs=1)
        r = rng.random()
        if r < 0.45 or not jobs:
            cand.include_diploma = False
            traits.append("no_diploma")
        elif r < 0.85:
            cand.include_letters = False
            cand.withheld_jobs = list(jobs)
            traits.append("no_letter")
        else:
            cand.include_transcript = False
            traits.append("no_transcript")
    elif profile == "bachelor_plus_mlt_diploma":
        # A 4-year bachelor's outside the MLS field at home, then a 2-year DMLT in India; both
        # diplomas are sent, the bachelor's transcript always, the DMLT's mark sheet half the time.
        cur_id = rng.choice({"PH": ["ph_bsbio", "ph_bsba"], "NG": ["ng_bsc_micro", "ng_bsc_biochem"]}[country])
        st = make_studies(rng, cur_id, grad(7, 11), person)
        cand.studies = st
        dmlt = make_studies(rng, "in_dmlt", st.conferred.year + rng.randint(3, 4), person)
        dmlt.dob = st.dob
        with_transcript = rng.random() < 0.5
        cand.extra_credentials.append(ExtraCredential(dmlt, True, with_transcript))
        traits.append("two_credentials")
        if with_transcript:
            traits.append("mlt_diploma_transcript")
        if rng.random() < 0.6:
            jobs += career(rng, person, country, A, D.add_months(dmlt.conferred, 2), rng.randint(12, 48),
                           "science", n_jobs=1)
    else:
        raise ValueError(profile)

    if any(j.start < D.add_years(A, -5) for j in jobs):
        traits.append("experience_partly_outside_5y")
    # married name helper for printing
    for j in jobs:
        if j.surname_override:
            from .names import married_form
            j.name_override = married_form(person, "natural_initial")
    return cand
