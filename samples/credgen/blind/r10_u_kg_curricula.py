"""Writer U, round 10: the Kyrgyz curricula (Russian // English titles, ECTS credits, 30 a semester)
used by r10_u_kg. No layouts here."""

KG_MLS = """
## 1 S1
GH101 | История Кыргызстана // History of Kyrgyzstan | 4 | O
KL101 | Кыргызский язык // Kyrgyz Language | 4 | O
RL101 | Русский язык // Russian Language | 3 | O
EN101 | Английский язык // English Language | 4 | O
MA101 | Высшая математика // Higher Mathematics | 3 | M
PH101 | Философия // Philosophy | 3 | O
BI101 | Общая биология // General Biology | 5 | B
CH101 | Общая и неорганическая химия // General and Inorganic Chemistry | 4 | C
## 1 S2
AN102 | Анатомия человека // Human Anatomy | 6 | B
CH102 | Органическая химия // Organic Chemistry | 5 | C
PH102 | Медицинская физика // Medical Physics | 4 | O
LA102 | Латинский язык и медицинская терминология // Latin Language and Medical Terminology | 3 | O
EN102 | Профессиональный английский язык // Professional English | 3 | O
PE102 | Физическая культура // Physical Education | 2 | O
IN102 | Медицинская информатика // Medical Informatics | 4 | M
MS102 | Манасоведение // Manas Studies | 3 | O
## 2 S1
HI201 | Гистология, цитология и эмбриология // Histology, Cytology and Embryology | 6 | B
PY201 | Нормальная физиология // Normal Physiology | 6 | B
BC201 | Биохимия I // Biochemistry I | 6 | C
BS201 | Биостатистика // Biostatistics | 4 | M
MB201 | Медицинская биология и генетика // Medical Biology and Genetics | 5 | B
PR201 | Ознакомительная практика // Introductory Practice | 3 | P
## 2 S2
BC202 | Биохимия II // Biochemistry II | 5 | C
MI202 | Микробиология, вирусология и иммунология I // Microbiology, Virology and Immunology I | 6 | P
PP202 | Патологическая физиология // Pathophysiology | 5 | B
AC202 | Аналитическая химия // Analytical Chemistry | 5 | C
HY202 | Общая гигиена // General Hygiene | 4 | O
LE202 | Лабораторное оборудование и техника безопасности // Laboratory Equipment and Safety | 5 | P
## 3 S1
MI301 | Микробиология, вирусология и иммунология II // Microbiology, Virology and Immunology II | 6 | P
CL301 | Клиническая лабораторная диагностика I // Clinical Laboratory Diagnostics I | 6 | P
HE301 | Гематология // Haematology | 6 | P
PA301 | Медицинская паразитология // Medical Parasitology | 4 | P
PT301 | Патологическая анатомия // Pathological Anatomy | 4 | B
PC301 | Фармакология // Pharmacology | 4 | O
## 3 S2
CB302 | Клиническая биохимия // Clinical Biochemistry | 6 | P
CL302 | Клиническая лабораторная диагностика II // Clinical Laboratory Diagnostics II | 5 | P
IM302 | Иммунология и аллергология // Immunology and Allergology | 5 | ?P
EP302 | Эпидемиология // Epidemiology | 4 | O
TR302 | Трансфузиология и иммуногематология // Transfusiology and Immunohaematology | 4 | P
PR302 | Клинико-лабораторная практика // Clinical Laboratory Practice | 6 | P | chemistry,hematology,urinalysis
## 4 S1
MD401 | Молекулярная диагностика // Molecular Diagnostics | 5 | P
CY401 | Цитологическая диагностика // Cytological Diagnostics | 5 | P
QM401 | Управление качеством лабораторных исследований // Laboratory Quality Management | 4 | P
SM401 | Санитарная микробиология // Sanitary Microbiology | 4 | P
RM401 | Методология научных исследований // Research Methodology | 3 | ?M
PR401 | Бактериологическая практика // Bacteriological Practice | 9 | P | microbiology
## 4 S2
LM402 | Организация лабораторной службы // Organisation of Laboratory Services | 4 | O
EL402 | Неотложная лабораторная диагностика // Emergency Laboratory Diagnostics | 5 | P
GL402 | Генетические методы диагностики // Genetic Diagnostic Methods | 3 | ?P
LS402 | Безопасность жизнедеятельности // Life Safety | 3 | O
PR402 | Преддипломная практика // Pre-graduation Practice | 15 | P | chemistry,hematology,microbiology,blood_bank
"""

KG_BIO = """
## 1 S1
GH101 | История Кыргызстана // History of Kyrgyzstan | 4 | O
KL101 | Кыргызский язык // Kyrgyz Language | 4 | O
EN101 | Английский язык // English Language | 4 | O
MA101 | Математика // Mathematics | 6 | M
BO101 | Ботаника // Botany | 6 | B
CH101 | Общая химия // General Chemistry | 6 | C
## 1 S2
ZO102 | Зоология беспозвоночных // Invertebrate Zoology | 6 | B
CH102 | Органическая химия // Organic Chemistry | 6 | C
PH102 | Физика // Physics | 6 | O
EN102 | Английский язык II // English Language II | 4 | O
MS102 | Манасоведение // Manas Studies | 4 | O
PE102 | Физическая культура // Physical Education | 4 | O
## 2 S1
ZO201 | Зоология позвоночных // Vertebrate Zoology | 6 | B
CY201 | Цитология // Cytology | 6 | B
BC201 | Биохимия // Biochemistry | 6 | C
ST201 | Биометрия // Biometrics | 6 | M
PR201 | Полевая практика // Field Practice | 6 | B
## 2 S2
GE202 | Генетика // Genetics | 6 | B
MI202 | Микробиология // Microbiology | 6 | B
HP202 | Физиология человека и животных // Human and Animal Physiology | 6 | B
PL202 | Физиология растений // Plant Physiology | 6 | B
EC202 | Экология // Ecology | 6 | B
## 3 S1
MB301 | Молекулярная биология // Molecular Biology | 6 | B
VI301 | Вирусология // Virology | 6 | B
HI301 | Гистология // Histology | 6 | B
BT301 | Биотехнология // Biotechnology | 6 | B
PH301 | Философия // Philosophy | 6 | O
## 3 S2
IM302 | Иммунология // Immunology | 6 | ?B
EV302 | Теория эволюции // Theory of Evolution | 6 | B
BP302 | Биофизика // Biophysics | 6 | O
AN302 | Анатомия человека // Human Anatomy | 6 | B
PR302 | Производственная практика // Industrial Practice | 6 | B
## 4 S1
BG401 | Биогеография // Biogeography | 6 | B
RM401 | Методология научных исследований // Research Methodology | 6 | O
EN401 | Энтомология // Entomology | 6 | B
HY401 | Гидробиология // Hydrobiology | 6 | B
EL401 | Охрана природы // Nature Conservation | 6 | B
## 4 S2
PR402 | Преддипломная практика // Pre-graduation Practice | 18 | B
LS402 | Безопасность жизнедеятельности // Life Safety | 6 | O
BE402 | Биоэтика // Bioethics | 6 | O
"""

KG_NUR = """
## 1 S1
GH101 | История Кыргызстана // History of Kyrgyzstan | 6 | O
NU101 | Основы сестринского дела // Fundamentals of Nursing | 12 | O
AN101 | Анатомия и физиология // Anatomy and Physiology | 12 | B
## 1 S2
NU102 | Сестринский процесс // Nursing Process | 30 | O
## 2 S1
NU201 | Сестринское дело в терапии // Nursing in Internal Medicine | 30 | O
## 2 S2
NU202 | Сестринское дело в хирургии // Nursing in Surgery | 30 | O
## 3 S1
NU301 | Сестринское дело в педиатрии // Nursing in Paediatrics | 30 | O
## 3 S2
NU302 | Сестринское дело в акушерстве // Nursing in Obstetrics | 30 | O
## 4 S1
NU401 | Общественное здравоохранение // Public Health Nursing | 30 | O
## 4 S2
PR402 | Преддипломная практика // Pre-graduation Practice | 30 | O
"""
