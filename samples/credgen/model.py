"""Plain data for one candidate: the person, the studies, the jobs.

Profiles (profiles.py) fill these; layouts turn them into printed pages; truth.py turns them
(plus what each layout reports it printed) into the ground-truth JSON. Grades are decided
here, once, so every layout of the same transcript prints the same results.
"""

import datetime as dt
from dataclasses import dataclass, field

from . import courses as C


@dataclass
class CourseResult:
    spec: C.CourseSpec
    code: str                    # as this school prints it (code style applied)
    ph_grade: float = 0.0        # 1.00 .. 3.00
    score: int = 0               # 0..100 numeric score (NG score, IN marks out of max)
    max_marks: int = 100         # IN
    letter: str = ""             # US / NG letter grade


@dataclass
class Term:
    year: int                    # year of study
    key: str                     # S1 S2 SU / S3.. / FA WI SP / Y
    start_year: int              # first calendar year of the academic year
    results: list = field(default_factory=list)


@dataclass
class Studies:
    curriculum: C.Curriculum
    institution: object
    admitted: dt.date
    conferred: dt.date
    terms: list
    student_no: str
    code_style: str
    dob: dt.date
    honours: str = ""

    @property
    def clinical_areas(self):
        out = []
        for t in self.terms:
            for r in t.results:
                for a in r.spec.areas:
                    if a not in out:
                        out.append(a)
        return out


@dataclass
class Job:
    employer: object
    position: str
    start: dt.date
    end: object                  # date or None (= to present)
    hours: int                   # hours per week worked (truth value)
    hours_style: str             # how the letter states it: hours / fulltime_only / fulltime_hours / parttime_hours / daily
    departments: list            # printed department phrases
    areas: list                  # normalised lab areas for those phrases
    letter_date: dt.date
    signer: str
    signer_title: str
    name_override: str = ""      # printed name if different (married surname)
    surname_override: str = ""
    file: str = ""

    @property
    def full_time_stated(self):
        return self.hours_style in ("fulltime_only", "fulltime_hours", "daily")


US_LETTERS = [("A", 4.0, 93), ("A-", 3.7, 90), ("B+", 3.3, 87), ("B", 3.0, 83), ("B-", 2.7, 80),
              ("C+", 2.3, 77), ("C", 2.0, 73)]
NG_BANDS = [(70, "A", 5), (60, "B", 4), (50, "C", 3), (45, "D", 2), (40, "E", 1)]
PH_GRADES = [1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0]


def ng_grade(score):
    for lo, letter, pts in NG_BANDS:
        if score >= lo:
            return letter, pts
    return "F", 0


def us_points(letter):
    return {l: p for l, p, _ in US_LETTERS}[letter]


def grade_results(rng, curriculum, code_style, ability):
    """Decide every course result once. ability 0..1 shifts grades up."""
    out = []
    for ts in curriculum.terms:
        rs = []
        for spec in ts.courses:
            r = CourseResult(spec, C.style_code(spec.code, code_style))
            # PH: lower is better; keep passing grades only
            idx = min(len(PH_GRADES) - 1, max(0, int(rng.gauss(4.2 - 3.5 * ability, 1.5))))
            r.ph_grade = PH_GRADES[idx]
            r.score = max(45, min(92, int(rng.gauss(55 + 25 * ability, 8))))
            if spec.practical:
                r.max_marks = 50
            i = min(len(US_LETTERS) - 1, max(0, int(rng.gauss(4.5 - 4 * ability, 1.4))))
            r.letter = US_LETTERS[i][0]
            rs.append(r)
        out.append(rs)
    return out


def marks_obtained(r):
    """Indian marks: scale the 0..100 score to the paper's maximum."""
    return int(round(r.score * r.max_marks / 100.0))
