#include "extractors/classify_cues.h"

#include <vector>

#include "core/regex.h"
#include "core/regex_literals.h"
#include "core/text.h"
#include "extractors/document_words.h"

namespace cc {

namespace {

// `lowered` is the page text in lower case and the cue patterns are written in lower case, so they
// match case-sensitively: libstdc++'s case-insensitive matching looks up the locale for every
// character and made classification half of all extraction time.
// libstdc++ also looks up the "w" character class at every \b it tests; a cue only asks whether it
// occurs, so \b becomes a character test: a word start matches the non-word character before it
// (or the start), a word end looks ahead.
std::string without_word_bounds(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size() && pattern[i + 1] == 'b') {
      const char next = i + 2 < pattern.size() ? pattern[i + 2] : '\0';
      out += next != '\0' && next != '|' && next != ')' ? "(?:^|[^a-z0-9_])" : "(?![a-z0-9_])";
      ++i;
      continue;
    }
    if (pattern[i] == '\\' && i + 1 < pattern.size()) out += pattern[i++];
    out += pattern[i];
  }
  return out;
}

// A cue's pattern is compiled once, when its list is first used, with the literals one of which
// any match must hold (core/regex_literals.h: read from the pattern, so a cue added to a list
// gets its own): a page holding none of them is not searched, most cues being absent from most
// pages. The answer is the same as searching every page (classify_cues_test.cpp compares).
struct Cue {
  Cue(const char* pattern, double w)
      : regex(without_word_bounds(pattern), Regex::ECMAScript), gate(without_word_bounds(pattern)), weight(w) {}
  bool occurs_in(const std::string& text) const { return gate.may_match(text) && std::regex_search(text, regex); }
  Regex regex;
  LiteralGate gate;
  double weight;
};

// A cue counts when it occurs in the page as printed or with its Latin accents folded ("créditos"
// read as "creditos"): a pattern written "cr.ditos" would otherwise miss the two bytes of a UTF-8
// "é", and a word a document spells with or without its accents is the same word. `folded` is empty
// when folding changes nothing.
bool cue_occurs(const Cue& cue, const std::string& lowered, const std::string& folded, bool gated) {
  const auto found = [&](const std::string& text) {
    return gated ? cue.occurs_in(text) : std::regex_search(text, cue.regex);
  };
  return found(lowered) || (!folded.empty() && found(folded));
}

double score(const std::string& lowered, const std::string& folded, const std::vector<Cue>& cues) {
  double total = 0;
  for (const Cue& cue : cues)
    if (cue_occurs(cue, lowered, folded, true)) total += cue.weight;
  return total;
}

// A kind's cues kept as data (data/document_words.tsv: the words of certificates of employment and
// of diplomas in more languages), after the built-in ones.
std::vector<Cue> with_data_words(std::string_view word_class, std::vector<Cue> cues) {
  for (const DocumentWord& w : document_words(word_class)) cues.emplace_back(w.pattern.c_str(), w.weight > 0 ? w.weight : 1.0);
  return cues;
}

const std::vector<Cue>& transcript_cues() {
  static const std::vector<Cue> cues = {
      {R"(transcript)", 5},
      {R"(statement of (marks|grades)|marks? (memorandum|sheet|statement)|marksheet|grade (report|sheet))", 5},
      {R"(academic record|record of academic|scholastic record|permanent record)", 4},
      // The same documents' names in Spanish ("certificación académica personal", Spain's record of
      // studies), Portuguese, French and Polish, and the European
      // diploma supplement, whose section 4 is the transcript (not a diploma's reference to its
      // supplement's number: "Diploma supplement N DS-2025-73091"), in the words the former Soviet
      // systems use for the same document, the list of subjects issued with a diploma: "supplement
      // to the diploma", "приложение к диплому" (Russian), "додаток до диплома" (Ukrainian),
      // "замима ба диплом" (Tajik), "diploma əlavəsi" (Azerbaijani); Cyrillic capitals are listed as
      // printed (their case is not folded).
      {R"(certificado (de|of) (notas|calificaciones)|certificado acad|certificaci.{1,2}n acad|expediente acad|historia acad|)"
       R"(r.{1,2}cord (de calificaciones|de notas|acad.{1,2}mico)|hist.rico escolar|declaracao de notas|certificado de habilitacoes|relev.{1,2} de notes|relev.{1,2} des notes|diploma supplement(?!\s*(n|no|nr|number|#)\.?\s*:?\s*[a-z]{0,4}-?\d)|oklevelmelleklet|suplement do dyplomu|)"
       R"(supplement to (the |a )?((bachelor|master|specialist)'?s )?(diploma|degree)|annexe? au dipl.{1,2}me|suplemento al t.{1,2}tulo|)"
       "\u043f\u0440\u0438\u043b\u043e\u0436\u0435\u043d\u0438\u0435 \u043a \u0434\u0438\u043f\u043b\u043e\u043c|"
       "\u0434\u043e\u0434\u0430\u0442\u043e\u043a \u0434\u043e \u0434\u0438\u043f\u043b\u043e\u043c|"
       "\u0437\u0430\u043c\u0438\u043c\u0430 \u0431\u0430 \u0434\u0438\u043f\u043b\u043e\u043c|"
       "\u0417\u0410\u041c\u0418\u041c\u0410 \u0411\u0410 \u0414\u0418\u041f\u041b\u041e\u041c|"
       "\u041f\u0420\u0418\u041b\u041e\u0416\u0415\u041d\u0418\u0415 \u041a \u0414\u0418\u041f\u041b\u041e\u041c|"
       "diploma (\u0259|e)lav(\u0259|e)si", 5},
      // The record of studies in Hungarian and the Central European languages: "leckekönyv(-kivonat)"
      // (the record book, its extract), "tárgynév" (subject name), "kreditindex"; Czech/Slovak "výpis
      // studijních výsledků", "výpis výsledkov štúdia", Croatian/Serbian "prijepis ocjena", "uverenje o
      // položenim ispitima" (Serbian) or "uvjerenje o ..." (Bosnian, Croatian, Montenegrin: the same
      // certificate of the examinations passed, ijekavian spelling) (matched with accents folded).
      {R"(leckekonyv|\btargynev\b|\bkreditindex\b|vypis (studijnich vysledku|vysledkov studia)|prijepis ocjena|)"
       R"(uvj?erenje o polozenim ispitima|\bfelev\b)", 4},
      // Dutch and German names of the record of study and of its credits: "overzicht
      // studieresultaten", "cijferlijst", "cijferoverzicht" (list of marks), "resultatenoverzicht",
      // "studiepunten"; "Notenspiegel", "Leistungsübersicht", "Notenauszug", "Leistungsnachweis",
      // "Leistungspunkte" (matched with accents folded).
      {R"(studieresultaten|cijferlijst|cijferoverzicht|resultatenoverzicht|\bstudiepunten\b|notenspiegel|)"
       R"(leistungs(u|ue)bersicht|noten(u|ue)bersicht|notenauszug|leistungsnachweis|\bleistungspunkte\b)", 4},
      // Italian: a certificate of the examinations passed, with their university credits (CFU) and marks.
      {R"(certificat[oi] (di laurea )?(con )?esami|esami (sostenuti|superati)|\bcfu\b)", 4},
      {R"(\basignaturas?\b|\bcr.ditos\b|\bcalificaci|\bsemestre\b|\bdisciplinas?\b|\bcr.dits\b)", 1},
      // A French record's columns: subjects, their weights, a mark out of 20, the year's average.
      {R"(mati.{1,2}res|\bcoefficients?\b|note ?/ ?20|moyenne (g.{1,2}n.{1,2}rale|annuelle))", 1},
      {R"(\bsemester\b|\bquarter\b|\bterm\b|\bsession\b|\bexamination\b)", 1},
      {R"(\bunits\b|\bcredits?\b|\bcr\.|\bqtr\b)", 1},
      {R"(\bgrades?\b|\bgr\.|\bmarks\b|\bscore\b)", 1},
      {R"(\b(c?gpa|gwa|grade point)\b)", 1.5},
      {R"(course (code|title|description)|descriptive title|paper (code|title)|subject)", 1.5},
      {R"(\b(fall|autumn|winter|spring|summer|harmattan|rain)\s+(quarter|semester|term\s+)?,?\s*(19|20)\d\d\b)", 1.5},
  };
  return cues;
}

const std::vector<Cue>& diploma_cues() {
  static const std::vector<Cue> cues = with_data_words("diploma", {
      {R"(conferred upon|has conferred|hereby confers?)", 5},
      {R"(admitted to the (said )?(degree|diploma)|hereby (admitted|awarded)|award of the)", 5},
      {R"((degree|diploma) certificate|certificate of graduation|graduation certificate)", 5},
      {R"(be it known|in witness whereof|know all (men|persons)|rights,? (honou?rs|privileges))", 4},
      {R"(has (successfully )?completed the (programme|program|course)|having fulfilled)", 3},
      {R"(date of (conferment|award)|day of (january|february|march|april|may|june|july|august|september|october|november|december))", 2},
      // Certificate language in general: what a degree is granted with, under whose authority, sealed.
      // (Not a transcript's field label: "Degree Conferred:", "Degree Awarded:".)
      {R"(\bconfer(red|s|ment)?\b(?!\s*:)|\bconvocation\b)", 2},
      {R"(\bawarded\b(?!\s*:)|\bhas been (duly )?(admitted|awarded|granted)|\bis hereby\b)", 2},
      {R"(\bthe ((academic|professional|university) )?(degree|diploma|title) of\b)", 2},
      {R"(under (the|our|its) (hands? and )?(the )?(common |corporate |official |great )?seal|\bseal of the\b|)"
       R"(seals? (are|is|have been|has been) (hereunto )?affixed|\bhereunto\b)", 4},
      // ("has satisfactorily completed the requirements for the / Associate Degree in Nursing": the
      // holder has completed what a degree requires, the degree's name a few words on)
      {R"(having (satisfied|completed|fulfilled|passed|met)|requirements\s+(for|of)\s+the\s+(?:[a-z]+\s+){0,3}(degree|diploma)\b|)"
       R"((up)?on the recommendation of|by (virtue of )?the authority)", 3},
      {R"(in the year (of our lord )?(one|two) thousand)", 2},
      // Certificates of a pass (South Asia): "Provisional Certificate", "has passed the ... examination
      // ... and was placed in the First Class".
      {R"(provisional (degree |pass )?certificate|\bpass certificate|certificate of (completion|degree))", 5},
      {R"((placed|passed) in (the )?(first|second|third|pass) (class|division)|has (duly )?passed the\b)", 2},
      {R"(\b(vice[- ]?chancellor|chancellor|rector|provost|board of (trustees|regents|governors)|the senate)\b)", 1.5},
      // The same language in Spanish, Portuguese, French, Romanian and Polish ("." stands for an
      // accented letter, which lower_ascii leaves as it is).
      {R"(t.{1,2}tulo profesional|(confiere|otorga|expide|concede)[^\n]{0,30}t.{1,2}tulo|le confiere|se le otorga|)"
       R"(confere o grau|outorga o grau|(confere|outorga)[^\n]{0,30}t.{1,2}tulo|outorga-lhe|conf.{1,2}re (le|au) (grade|dipl)|i se acord.{1,2}|titlul de|)"
       R"(dipl.{1,2}m.{1,2} de (licen|master|absolvire)|diploma de (licenciatura|grado|bachiller|bacharel)|)"
       R"(dyplom uko.{1,4}czenia|tytu.{1,2} zawodow)", 5},
      {R"(en testimonio de|en fe de lo cual|em testemunho|en foi de quoi|se certific.{1,2} faptul)", 4},
      // Portuguese (matched with accents folded): "este Instituto conferiu-lhe o grau de Licenciado",
      // the decree formula "faz saber que".
      {R"((confere|conferiu|outorgou|atribui|atribuiu)(-lhe)?[^\n]{0,40}\bgrau de\b|\bfaz saber que\b)", 5},
      // A French diploma: "... confère à [name] le grade de ... pour en jouir avec les droits et
      // prérogatives qui y sont attachés", granted "vu les procès-verbaux des examens".
      {R"(\ble grade de\b|droits et pr.{1,2}rogatives|vu (le|les) proc.{1,2}s-verba)", 4},
      // Indonesian (ijazah: the degree certificate), Turkish ("has earned the right to receive the
      // diploma", "who graduated on"), and the name of the credential itself ("Bachelor's Diploma").
      {R"(\bijazah\b|diberikan gelar|kepadanya diberikan|diplomas.{1,2}n.{1,2} almaya|hak kazanm|mezun olan|)"
       R"((bachelor|master|specialist)'?s diploma|obtained an? (bachelor|master)'?s degree)", 5},
      {R"(\b(decano|doyen|dziekan|rektor|rettore|secretario general|secret.{1,2}rio geral)\b)", 1.5},
      // A French diploma is "delivered to" its holder ("délivre à M. ...", matched with accents
      // folded; not a letter's "la présente attestation lui est délivrée"), under the texts it cites,
      // one "Vu ..." clause a line; a national diploma says so.
      {R"(\bdelivree? a\b)", 5},
      {R"(\n\s*vu (le|la|les|l')|\bdiplome national\b)", 2},
      // Hungarian ("oklevél": the diploma, not its supplement "oklevélmelléklet"; "szakképzettséget
      // szerzett": obtained the qualification; "záróvizsgát letette": passed the final examination),
      // Czech/Slovak ("vysokoškolský diplom", "udeluje akademický titul"), Croatian/Serbian ("diploma o
      // završenom", "stekao/stekla ... zvanje"), and Bulgarian ("диплома за висше образование",
      // "образователно-квалификационна степен": the degree's level; Cyrillic in both cases as printed).
      {R"(\boklevel\b|szakkepzettseget szerzett|zarovizsgat (letette|tett)|vysokoskolsky diplom|udeluje (akademicky )?titul|)"
       R"(diploma o zavrsenom|\bstek(ao|la) (akademski |strucni )?(naziv|zvanje)\b)"
       "|\u0434\u0438\u043f\u043b\u043e\u043c\u0430 \u0437\u0430 \u0432\u0438\u0441\u0448\u0435|"
       "\u0414\u0418\u041f\u041b\u041e\u041c\u0410 \u0417\u0410 \u0412\u0418\u0421\u0428\u0415|"
       "\u043e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u043d\u043e-\u043a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u043e\u043d\u043d\u0430 \u0441\u0442\u0435\u043f\u0435\u043d", 5},
      // Dutch and German: the degree "is conferred" ("aan haar de graad Bachelor of Science is
      // verleend", "verleiht ... den akademischen Grad"), the examination "passed with success" ("met
      // goed gevolg het examen afgelegd"), the certificate's name ("getuigschrift", "Urkunde").
      {R"(\bis verleend\b|\bverleent\b[^\n]{0,40}\bgraad\b|met goed gevolg|\bverleiht\b|akademischen grad|)"
       R"(\b(bachelor|master|diplom)urkunde\b)", 5},
      {R"(\bgetuigschrift\b|\bde graad\b|\bden grad\b)", 2},
      // Italian: granted "in the name of the law", the rector "confers" the degree having seen the
      // records ("visti gli atti").
      {R"(in nome della legge|\bconferisc(e|o)\b|\bvisti gli atti\b)", 5},
      // The verb that grants a degree, a class of words in the certificates' languages (matched with
      // accents folded): French "décerne", "décernons", "conférons" (the authority speaking), German
      // "verliehen" (conferred), Albanian "i jepet" / "i akordohet" (is given, is awarded to him or her),
      // Lithuanian "suteiktas / suteikta" (conferred), Latvian "piešķirts / piešķirta"; and the rights that come with it ("droits et privilèges", "derechos
      // y privilegios"). A certificate confers; a letter or a record reports.
      {R"(\bdecern(e|ent|ons)\b|\bconferons\b|\bverliehen\b|\bi (jepet|akordohet)\b|\bsuteikt(as|a|i)\b|)"
       R"(\bpieskirt(s|a)\b|droits et privil|derechos y privilegios|direitos e privil|)"
      // (Spanish "confiere a X el ...": the authority confers; Central European and South Slavic
      // diplomas name the academic title conferred: "stekla je akademsko zvanje", "akademski
      // naziv", Czech "uděluje akademický titul")
       R"(\bconfiere\s+(a|al|el|la)\b|\b(akademsk|strucn)\w*\s+(zvanj|naziv)\w*|\bakademick\w*\s+titul|\budeluje\b)", 4},
      // The certificate's own name as the page's heading, alone on its line or followed by "of/de" and
      // what it certifies: "DIPLÔME DE BACHELIER", Albanian "DIPLOMË", Lithuanian "DIPLOMAS", Polish
      // "DYPLOM", German "URKUNDE", Hungarian "OKLEVÉL" (not "Diploma Supplement", not a record's
      // "Diplomo priedėlis": those words follow the name without "of/de").
      {R"((^|\n)\s*(diplom(a|e|as)?|urkunde|dyplom|oklevel)\s*((de|of|d')\s[^\n]{0,50})?(\n|$))", 3},
      // The degree's kind named as academic ("le grade académique de", "der akademische Grad", "academic
      // degree"): what a certificate confers.
      {R"(\bgrade academique\b|\bakademische[nr]? grad\b)", 2},
  });
  return cues;
}

const std::vector<Cue>& letter_cues() {
  static const std::vector<Cue> cues = with_data_words("letter", {
      {R"(to whom it may concern)", 4},
      {R"(certificate of (employment|service)|experience certificate|service certificate)", 5},
      {R"((employment|experience) verification|verification of (employment|experience)|dates of employment)", 5},
      {R"(confirmation of (work |employment |professional )?(experience|employment|service)|)"
       R"((work|working|employment|experience) (letter|record|history)|relieving letter)", 5},
      {R"(\bemployed\b|\bemployee\b|\bemployment\b|\bemployer\b)", 3},
      {R"(\bworked\b|\bworking\b|\bworks\b)", 1},
      {R"(hours (per|a|each) (week|day)|full[- ]time|part[- ]time|shifts? (per|a|each) week)", 2},
      {R"(job title|designation|\bposition\b)", 1},
      {R"(sections?:|departments? of|rotated through|\brotations?\b|assigned to|posted (to|in|at))", 1},
      {R"(\b(joined|served|serving|tenure|appointed)\b|period of (service|employment)|till date|\bto date\b|up to now)", 1.5},
      {R"(\b(human resources?|personnel (officer|department|manager)|hr (manager|officer|department)|)"
       R"(medical director|laboratory (manager|director|supervisor))\b|)"
       // (the personnel department in other languages, matched with accents folded: "resurse umane",
       // "ressources humaines", "recursos humanos", "risorse umane", "personeelszaken", "afdeling
       // P&O", "Personalabteilung", "kadrovsk[a-z]+ poslov[a-z]*", "отдел кадров")
       R"(resurse umane|ressources humaines|recursos humanos|risorse umane|personeelszaken|afdeling p&o|)"
       R"(personalabteilung|kadrovsk|)"
       "\u043e\u0442\u0434\u0435\u043b(\u0430)? \u043a\u0430\u0434\u0440\u043e\u0432", 1.5},
      {R"(\b(sincerely|faithfully|yours truly)\b)", 1},
      {R"(\bref(erence)?\.?\s*(no\.?|number|#)?\s*:|\bour ref\b)", 1},
      {R"(\b(his|her|their) (services|conduct|performance|duties)\b|we wish (him|her|them))", 2},
      {R"(check all that apply|please (tick|check)|verification form|\bsupervisor\b)", 2},
      {R"(this is to (certify|confirm)|we (hereby )?(certify|confirm) that)", 1.5},
      // Employment letters in Spanish, Portuguese, French, Romanian and Indonesian.
      {R"(constancia (de trabajo|de servicios?|laboral)|certificaci.{1,2}n laboral|certificado (de trabajo|laboral)|)"
       R"(declara.{1,4}o de (trabalho|v.{1,2}nculo)|attestation (de travail|d'emploi)|certificat de travail|)"
       R"(adeverin|surat keterangan (kerja|pengalaman))", 5},
      // A declaration "for all due purposes" that someone is or was on the staff (Portuguese, Spanish).
      {R"(para os devidos fins|para los fines (que|legales)|funcion.{1,2}ri[oa] desta|carga hor.{1,2}ria|)"
       R"(exercendo o cargo|exercido o cargo|se desempe.{1,2}(a|o) como)", 3},
      {R"(a quien (corresponda|interese)|a quem (possa )?interessar|.{1,2} qui de droit)", 4},
      // Portuguese (accents folded): "declara-se que ... exerceu as funções de ... em regime de tempo
      // inteiro, 20 horas semanais".
      {R"(\bdeclara-se que|exerc(e|eu|ia) as funcoes de|regime de tempo (inteiro|parcial)|horas semanais)", 3},
      {R"(\b(labora|labor.{1,2}|trabaja|trabaj.{1,2}|trabalha|trabalhou|a travaill.|est employ.{1,3}|angajat.?|bekerja)\s+)"
       R"((en|em|dans|como|comme|ca|di|sebagai|desde|au|chez)\b|\b(cargo|puesto) de\b|horas semana)", 3},
      // French attestations ("Nous attestons que ... a travaillé ... en qualité de"), Russian ones
      // ("Справка ... работает в ... по настоящее время", "принята на должность", a work record book)
      // and Vietnamese ones ("Giấy xác nhận công tác", "đã công tác tại", "làm việc tại"). (Cyrillic
      // and Vietnamese capitals are not folded: their usual capitalised forms are listed.)
      // Being "in service" at the employer (French, Italian, Portuguese) and the certificates that
      // say so ("attestation de services faits", "certificato di servizio", "declaração de serviço"),
      // hours a week in those languages.
      {R"(attestation de services?|certificato di servizio|declara.{1,2}.{1,2}o de servi.{1,2}o|)"
       R"(\b(a .t.|est|.tait) en service\b|\b(presta|prestava|prestato|prestou|presta) (servizio|servico|servi.{1,2}o)\b)", 4},
      {R"(heures par semaine|ore settimanali|horas (por|a la) semana|rapporti? di lavoro|se declara que)", 2},
      // Hours a week and full or part time in other languages (accents folded): French "à plein
      // temps", "temps partiel"; Romanian "40 ore pe săptămână", "normă întreagă/parțială"; Dutch
      // "uur per week"; German "Stunden pro Woche", "wöchentlich", "Vollzeit", "Teilzeit"; Croatian
      // "40 sati tjedno", "puno/nepuno radno vrijeme"; Russian "часов в неделю", "полную ставку".
      {R"(plein temps|temps (plein|partiel)|\bmi-temps\b|ore pe saptamana|\bnorma (intreaga|partiala)\b|uur per week|)"
       R"(stunden (pro woche|wochentlich)|\b(vollzeit|teilzeit)\b|sati tjedno|(nepunom|punom) radnom vremenu|)"
       // (Bosnian and Serbian "40 sati sedmično / nedeljno", "sa punim / skraćenim radnim vremenom";
       // Czech and Slovak "40 hodin týdně", "úvazek 1,0", "hodín týždenne")
       R"(sati (sedmicno|nedeljno)|(punim|nepunim|skracenim) radnim vremenom|hodin tydne|hodin tyzdenne|\buvazek\b|)"
       "\u0447\u0430\u0441\u043e\u0432 \u0432 \u043d\u0435\u0434\u0435\u043b\u044e|\u043f\u043e\u043b\u043d\u0443\u044e \u0441\u0442\u0430\u0432\u043a", 2},
      // Being at work at the employer, in the post of ... (accents folded): Romanian "activează /
      // a activat / lucrează în cadrul", "în funcția de"; French "a servi dans"; Dutch "in dienst
      // (geweest) bij", "werkzaam als", the employer's statement "werkgeversverklaring", the
      // employment "dienstverband", the employee "werknemer"; German "beschäftigt als/bei/seit",
      // "Arbeitsbescheinigung", "Arbeitsverhältnis"; Croatian "zaposlen(a) u", "na radnom mjestu".
      {R"(\b(activeaza|a activat|lucreaza|a lucrat)\s+(in cadrul|la)\b|\bin functia de\b|\ba servi (dans|au|a|en|comme)\b|)"
       R"(\bin dienst (van|bij|geweest)|werkzaam (als|bij|in|op)\b|werkgeversverklaring|\bdienstverband\b|\bwerknemer\b|)"
       R"(beschaftigt (als|bei|seit)|arbeitsbescheinigung|arbeitszeugnis|arbeitsverhaltnis|)"
       R"(\bzaposlen[aio]? u\b|na radnom mjestu)", 3},
      // A German reference letter names itself ("Arbeitszeugnis", "Zwischenzeugnis": an interim one
      // while still employed, "Dienstzeugnis") and says the holder "is/was ... as X active" ("ist seit
      // dem ... als Biologielaborant ... tätig"; accents folded).
      {R"(\b(arbeits|zwischen|dienst)zeugnis\b)", 5},
      {R"(\bals\s[^.]{0,120}\btatig\b)", 3},
      // Lithuanian (accents folded): "dirba / dirbo ... pareigose" (works / worked ... in the post of),
      // full time "visu etatu", the personnel office "personalo skyrius", "pažymime, kad" (we certify that).
      {R"(\b(dirba|dirbo)\b[^.]{0,160}\bpareigose\b|\bpazymime,? kad\b)", 4},
      {R"(\bvisu etatu\b|\bpuse etato\b|\bpersonalo skyri)", 2},
      {R"(\b(attestons|certifions|atteste|certifie) que\b|en qualit.{1,2} de|a (travaill.|exerc.)|fonctions? de)", 3},
      {"\u0441\u043f\u0440\u0430\u0432\u043a\u0430 \u0441 \u043c\u0435\u0441\u0442\u0430 \u0440\u0430\u0431\u043e\u0442\u044b|"
       "\u0440\u0430\u0431\u043e\u0442\u0430\u0435\u0442 \u0432|\u0440\u0430\u0431\u043e\u0442\u0430\u043b\u0430? \u0432|"
       "\u043f\u0440\u0438\u043d\u044f\u0442\u0430? \u043d\u0430 \u0434\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c|"
       "\u0442\u0440\u0443\u0434\u043e\u0432\u043e\u0439 \u043a\u043d\u0438\u0436\u043a|"
       "\u0422\u0440\u0443\u0434\u043e\u0432\u0430\u044f \u043a\u043d\u0438\u0436\u043a|"
       "\u043f\u043e \u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u0435 \u0432\u0440\u0435\u043c\u044f|"
       // Tajik: a certificate from the workplace ("маълумотнома"), an extract of the work record book
       // ("дафтарчаи меҳнатӣ")
       "\u043c\u0430\u044a\u043b\u0443\u043c\u043e\u0442\u043d\u043e\u043c\u0430|"
       "\u041c\u0410\u042a\u041b\u0423\u041c\u041e\u0422\u041d\u041e\u041c\u0410|"
       "\u0434\u0430\u0444\u0442\u0430\u0440\u0447\u0430\u0438 \u043c\u0435\u04b3\u043d\u0430\u0442", 4},
      // A certificate from the employer in Hungarian ("munkáltatói igazolás", "igazoljuk, hogy", the
      // employment relationship "munkaviszony", the post "munkakör"), Czech/Slovak ("potvrzení o
      // zaměstnání", "pracovní/pracovný pomer"), Polish ("zaświadczenie o zatrudnieniu", "świadectwo
      // pracy", "jest zatrudniona"), Croatian/Serbian ("potvrda o zaposlenju", "radni odnos"),
      // matched with accents folded; and Bulgarian ("удостоверение", "трудов договор" the employment
      // contract, "трудов стаж", "работи като" works as, "служебна бележка"; Cyrillic as printed).
      {R"(munkaltatoi igazolas|igazoljuk,? hogy|munkaviszony|munkakor|potvrzeni o zamestnani|potvrdenie o zamestnani|)"
       R"(pracovn(i|y) pomer|zaswiadczenie o zatrudnieniu|swiadectwo pracy|jest zatrudnion|potvrda o zaposlenju|)"
       // (the employment relationship in any case: "potvrda o radnom odnosu", "u radnom odnosu";
       // Czech "v pracovním poměru")
       R"(\bradn(i|og|om) odnos(u|a)?\b|pracovnim pomeru)"
       "|\u0442\u0440\u0443\u0434\u043e\u0432 \u0434\u043e\u0433\u043e\u0432\u043e\u0440|"
       "\u0442\u0440\u0443\u0434\u043e\u0432 \u0441\u0442\u0430\u0436|"
       "\u0440\u0430\u0431\u043e\u0442\u0438 \u043a\u0430\u0442\u043e|\u0440\u0430\u0431\u043e\u0442\u0438\u043b\u0430? \u043a\u0430\u0442\u043e|"
       "\u0441\u043b\u0443\u0436\u0435\u0431\u043d\u0430 \u0431\u0435\u043b\u0435\u0436\u043a\u0430|"
       "\u0421\u041b\u0423\u0416\u0415\u0411\u041d\u0410 \u0411\u0415\u041b\u0415\u0416\u041a\u0410", 4},
      {"\u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u0435|"
       "\u0423\u0414\u041e\u0421\u0422\u041e\u0412\u0415\u0420\u0415\u041d\u0418\u0415|"
       "\u0423\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u0435", 1},
      // Greek: a certificate of (prior) service, "it is certified that ... serves".
      {"\u0392\u0395\u0392\u0391\u0399\u03a9\u03a3\u0397 \u03a0\u03a1\u039f|\u03c0\u03c1\u03bf\u03cb\u03c0\u03b7\u03c1\u03b5\u03c3\u03af|"
       "\u0392\u03b5\u03b2\u03b1\u03b9\u03ce\u03bd\u03b5\u03c4\u03b1\u03b9 \u03cc\u03c4\u03b9", 4},
      {"x\u00e1c nh\u1eadn c\u00f4ng t\u00e1c|X\u00c1C NH\u1eacN C\u00d4NG T\u00c1C|\u0111\u00e3 c\u00f4ng t\u00e1c|"
       "l\u00e0m vi\u1ec7c t\u1ea1i|ch\u1ee9c v\u1ee5", 4},
      {R"(\b(medical|laboratory|lab) (technologist|scientist|technician|assistant)s?\b)", 1},
      // An open end, "to date" in the letters' languages, and the first person of "I certify" that
      // opens a Spanish certificate ("CERTIFICO: Que ... labora ... hasta la fecha, a tiempo completo").
      {R"(hasta la fecha|hasta el presente|(?:à|a) ce jour|at(?:é|e)\s+(?:a\s+presente\s+data|o\s+momento)|sampai (?:sekarang|saat ini)|)"
       R"(still in (?:our |the )?(?:employ|service)|a tiempo (?:completo|parcial)|de tiempo completo|)"
       // ("pa do danas", "do danas": to this day in Bosnian, Croatian and Serbian; Czech "dosud")
       R"(\bdo danas\b|\bdosud\b)", 2},
      {R"(\bcertific(?:o|amos)\s*:|hace constar que|hacemos constar que)", 2},
      // A period of work: "from 1 March 2018 to present", "from 03/2018 until 05/2021".
      {R"(\bfrom\s+[^\n]{3,25}?\s+(to|until|till|through)\s+(date|present|the present|now|[^\n]{0,20}?(19|20)\d\d))", 2},
  });
  return cues;
}

const std::vector<Cue>& other_cues() {
  static const std::vector<Cue> cues = {
      {R"(\bdear\b)", 2},
      {R"(\benclosed\b|please find|attached (are|is))", 3},
      {R"(my (eligibility|application|documents)|evaluation of my)", 3},
  };
  return cues;
}

const std::vector<Cue>& letter_start_cues() {
  static const std::vector<Cue> cues = with_data_words("letter_start", {
      {R"(to whom it may concern|certificate of (employment|service)|experience certificate|service certificate)", 1},
      {R"((employment|experience) verification|verification of (employment|experience))", 1},
      {R"(confirmation of (work |employment |professional )?(experience|employment|service))", 1},
      {R"(this is to (certify|confirm)|dear (sir|madam))", 1},
      {R"(a quien (corresponda|interese)|constancia (de trabajo|laboral)|certificaci.{1,2}n laboral|hace constar|)"
       R"(certifica que|declara-se que|a quem (possa )?interessar|attestation de|.{1,2} qui de droit|adeverin|declaramos|attestons que|certifions que|)"
       R"(certificat de travail|je soussign|attestation de services?|certificato di servizio|si certifica che|)"
       R"(declara.{1,2}.{1,2}o de servi.{1,2}o|se declara que|)"
       // Romanian "Prin prezentul/prezenta se certifică (faptul) că": by the present it is certified
       R"(prin prezent(ul|a) se (certific|confirm|adeveres))", 1},
      // Hungarian, Czech, Slovak, Polish, Croatian/Serbian and Bulgarian employers' certificates (as in
      // letter_cues).
      {R"(munkaltatoi igazolas|igazoljuk,? hogy|potvrzeni o zamestnani|potvrdenie o zamestnani|zaswiadczenie o zatrudnieniu|)"
       R"(swiadectwo pracy|potvrda o zaposlenju|potvrda o radnom odnosu|)"
       // Dutch and German employers' statements ("Werkgeversverklaring", "Arbeitsbescheinigung")
       R"(werkgeversverklaring|arbeitsbescheinigung|arbeitszeugnis|zwischenzeugnis|dienstzeugnis|pazymime,? kad)"
       "|\u0423\u0414\u041e\u0421\u0422\u041e\u0412\u0415\u0420\u0415\u041d\u0418\u0415|"
       "\u0421\u041b\u0423\u0416\u0415\u0411\u041d\u0410 \u0411\u0415\u041b\u0415\u0416\u041a\u0410", 1},
      // Greek: "ΒΕΒΑΙΩΣΗ ΠΡΟΫΠΗΡΕΣΙΑΣ" (certificate of prior service), "Βεβαιώνεται ότι" (it is certified that).
      {"\u0392\u0395\u0392\u0391\u0399\u03a9\u03a3\u0397|\u0392\u03b5\u03b2\u03b1\u03b9\u03ce\u03bd\u03b5\u03c4\u03b1\u03b9", 1},
      {"x\u00e1c nh\u1eadn|X\u00c1C NH\u1eacN", 1},
      // An employer's certificate in Ukrainian, Russian and Tajik ("Довідка", "Справка", "Маълумотнома"; written in both
      // cases: the case of Cyrillic letters is not folded).
      {"\u0434\u043e\u0432\u0456\u0434\u043a\u0430|\u0414\u041e\u0412\u0406\u0414\u041a\u0410|"
       "\u0441\u043f\u0440\u0430\u0432\u043a\u0430|\u0421\u041f\u0420\u0410\u0412\u041a\u0410|"
       "\u043c\u0430\u044a\u043b\u0443\u043c\u043e\u0442\u043d\u043e\u043c\u0430|\u041c\u0410\u042a\u041b\u0423\u041c\u041e\u0422\u041d\u041e\u041c\u0410", 1},
  });
  return cues;
}

// Names a degree title: "Bachelor of", "B.Sc.", "Diploma in".
const Cue& degree_title() {
  static const Cue cue(R"(\b(bachelor|master|associate) of|\bb\.? ?sc\b|diploma in)", 1);
  return cue;
}

// A diploma supplement names itself ("Diploma Supplement", "Oklevélmelléklet", "Supplement to the
// Diploma", "Приложение к диплому"), the cue transcript_cues() weighs among others.
const Cue& supplement() {
  static const Cue cue(R"(diploma supplement(?!\s*(n|no|nr|number|#)\.?\s*:?\s*[a-z]{0,4}-?\d)|oklevelmelleklet|suplement do dyplomu|)"
                       R"(supplement to (the |a )?((bachelor|master|specialist)'?s )?(diploma|degree)|annexe? au dipl.{1,2}me|suplemento al t.{1,2}tulo)",
                       1);
  return cue;
}

std::string folded_or_empty(const std::string& lowered) {
  std::string folded = fold_latin(lowered);
  if (folded == lowered) folded.clear();
  return folded;
}

}  // namespace

std::string cue_hits(const std::string& lowered, bool gated) {
  const std::string folded = folded_or_empty(lowered);
  std::string out;
  for (const auto* list : {&transcript_cues(), &diploma_cues(), &letter_cues(), &other_cues(), &letter_start_cues()}) {
    for (const Cue& cue : *list) out += cue_occurs(cue, lowered, folded, gated) ? '1' : '0';
    out += ' ';
  }
  out += (gated ? degree_title().occurs_in(lowered) : std::regex_search(lowered, degree_title().regex)) ? '1' : '0';
  return out;
}

CueScores score_cues(const std::string& lowered) {
  CueScores out;
  const std::string folded = folded_or_empty(lowered);
  out.transcript = score(lowered, folded, transcript_cues());
  out.diploma = score(lowered, folded, diploma_cues());
  out.letter = score(lowered, folded, letter_cues());
  out.other = score(lowered, folded, other_cues());
  out.letter_heading = score(lowered, folded, letter_start_cues()) > 0;
  out.names_degree = degree_title().occurs_in(lowered);
  out.names_supplement = cue_occurs(supplement(), lowered, folded, true);
  return out;
}

}  // namespace cc
