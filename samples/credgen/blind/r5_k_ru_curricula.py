"""Writer K, round 5: the Russian curricula (Russian title | English title | з.е.), used by r5_k_ru.
No layouts here."""

# code letter: D discipline, P practice, G state final attestation, F optional (факультатив);
# a trailing "z" in the code marks a pass/fail (зачет) unit
RU_LAB = """
## 1 Y
D01 | История (история России, всеобщая история) | History (History of Russia, World History) | 4 | O
D02 | Иностранный язык | Foreign Language | 8 | O
D03 | Латинский язык | Latin Language | 2 | O
D04 | Высшая математика | Higher Mathematics | 3 | M
D05 | Физика | Physics | 4 | O
D06 | Общая и неорганическая химия | General and Inorganic Chemistry | 7 | C
D07 | Биология | Biology | 6 | B
D08 | Анатомия человека | Human Anatomy | 8 | B
D09z | Безопасность жизнедеятельности | Life Safety | 3 | O
D10z | Физическая культура и спорт | Physical Education and Sport | 2 | O
D11 | Информатика, медицинская информатика | Informatics, Medical Informatics | 3 | O
P01z | Учебная практика (ознакомительная практика) | Educational Practice (Introductory Practice) | 3 | ?P
## 2 Y
D12 | Философия | Philosophy | 3 | O
D13 | Органическая химия | Organic Chemistry | 7 | C
D14 | Аналитическая химия | Analytical Chemistry | 5 | C
D15 | Биологическая химия | Biological Chemistry | 9 | C
D16 | Нормальная физиология | Normal Physiology | 8 | B
D17 | Гистология, эмбриология, цитология | Histology, Embryology, Cytology | 6 | ?B
D18 | Микробиология, вирусология | Microbiology, Virology | 7 | B
D19 | Медицинская генетика | Medical Genetics | 4 | B
D20 | Статистика и основы доказательной медицины | Statistics and Fundamentals of Evidence-Based Medicine | 3 | M
D22 | Правоведение | Jurisprudence | 2 | O
F01z | Основы педагогики | Fundamentals of Pedagogy | 2 | O
## 3 Y
D23 | Патологическая физиология | Pathological Physiology | 5 | ?B
D24 | Иммунология | Immunology | 4 | B
D25 | Клиническая биохимия | Clinical Biochemistry | 10 | P
D26 | Гематологические исследования | Haematological Investigations | 9 | P
D27 | Клиническая микробиология | Clinical Microbiology | 9 | P
D28 | Медицинская паразитология | Medical Parasitology | 4 | P
D29 | Общеклинические исследования | General Clinical Investigations (Urinalysis) | 5 | P
D30 | Фармакология | Pharmacology | 3 | O
D31 | Экономика и организация здравоохранения | Health Care Economics and Organisation | 3 | O
P02 | Производственная практика (клиническая биохимия, гематология) | Work Placement (Clinical Biochemistry, Haematology) | 6 | P | chemistry,hematology
P03 | Производственная практика (микробиология, иммуногематология) | Work Placement (Microbiology, Immunohaematology) | 6 | P | microbiology,blood_bank
## 4 Y
D32 | Иммуногематология и трансфузиология | Immunohaematology and Transfusiology | 6 | P
D33 | Цитологические и гистологические исследования | Cytological and Histological Investigations | 6 | P
D34 | Молекулярно-биологические методы диагностики | Molecular Biological Diagnostic Methods | 5 | ?P
D35 | Санитарно-гигиенические исследования | Sanitary and Hygienic Investigations | 4 | O
D36 | Управление качеством лабораторных исследований | Quality Management of Laboratory Investigations | 4 | P
D37 | Биоэтика | Bioethics | 2 | O
D38 | Клиническая лабораторная диагностика | Clinical Laboratory Diagnostics | 10 | P
D39 | Общественное здоровье и здравоохранение | Public Health and Health Care | 3 | O
D40 | Токсикологическая химия | Toxicological Chemistry | 4 | ?C
D41 | Дисциплина по выбору: Лабораторная диагностика инфекционных заболеваний | Elective: Laboratory Diagnosis of Infectious Diseases | 4 | ?P
D42 | Дисциплина по выбору: Основы психологии | Elective: Fundamentals of Psychology | 2 | O
D43 | Клиническая иммунология | Clinical Immunology | 4 | ?P
P04 | Преддипломная практика | Pre-graduation Practice | 6 | P | urinalysis,immunology
G01 | Подготовка к сдаче и сдача государственного экзамена | Preparation for and Passing of the State Examination | 3 | O
G02 | Выполнение и защита выпускной квалификационной работы | Preparation and Defence of the Final Qualifying Work | 6 | O
F02z | Медицинская статистика | Medical Statistics | 2 | ?M
"""

RU_BIO = """
## 1 Y
D01 | История (история России, всеобщая история) | History (History of Russia, World History) | 4 | O
D02 | Иностранный язык | Foreign Language | 7 | O
D03 | Математика | Mathematics | 8 | M
D04 | Общая и неорганическая химия | General and Inorganic Chemistry | 8 | C
D05 | Ботаника | Botany | 14 | B
D06 | Зоология | Zoology | 14 | B
D07z | Физическая культура и спорт | Physical Education and Sport | 2 | O
P01z | Учебная практика (полевая) | Educational Practice (Field Practice) | 3 | ?B
## 2 Y
D08 | Органическая химия | Organic Chemistry | 8 | C
D09 | Физика | Physics | 6 | O
D10 | Цитология и гистология | Cytology and Histology | 10 | B
D11 | Микробиология и вирусология | Microbiology and Virology | 12 | B
D12 | Философия | Philosophy | 4 | O
D13 | Биохимия | Biochemistry | 12 | C
D14 | Физиология человека и животных | Human and Animal Physiology | 11 | B
## 3 Y
D15 | Генетика и селекция | Genetics and Breeding | 12 | B
D16 | Молекулярная биология | Molecular Biology | 10 | B
D17 | Экология и рациональное природопользование | Ecology and Environmental Management | 9 | ?B
D18 | Иммунология | Immunology | 8 | B
D19 | Биофизика | Biophysics | 8 | O
D20 | Безопасность жизнедеятельности | Life Safety | 3 | O
## 4 Y
D21 | Теория эволюции | Theory of Evolution | 8 | ?B
D22 | Биотехнология | Biotechnology | 14 | B
D23 | Спецкурс: Клеточная биология | Special Course: Cell Biology | 12 | B
D24 | Спецкурс: Биохимия клетки | Special Course: Cell Biochemistry | 8 | C
D25 | Дисциплина по выбору: Вирусология | Elective: Virology | 4 | ?B
P02 | Производственная практика (научно-исследовательская работа) | Work Placement (Research Work) | 12 | O
G01 | Подготовка к сдаче и сдача государственного экзамена | Preparation for and Passing of the State Examination | 3 | O
G02 | Выполнение и защита выпускной квалификационной работы | Preparation and Defence of the Final Qualifying Work | 6 | O
F01z | Основы педагогики | Fundamentals of Pedagogy | 2 | O
"""

RU_NURS = """
## 1 Y
D01 | Анатомия человека | Human Anatomy | 10 | B
D02 | Теория сестринского дела | Theory of Nursing | 50 | O
## 2 Y
D03 | Сестринское дело в терапии | Nursing in Internal Medicine | 60 | O
## 3 Y
D04 | Сестринское дело в хирургии | Nursing in Surgery | 60 | O
## 4 Y
D05 | Управление сестринской деятельностью | Nursing Management | 45 | O
P01 | Производственная практика (сестринская) | Nursing Work Placement | 6 | O
G01 | Выполнение и защита выпускной квалификационной работы | Preparation and Defence of the Final Qualifying Work | 9 | O
"""
