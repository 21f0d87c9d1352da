// Lab areas named in a letter's text (experience.h: lab_area_mentions, lab_areas_in): keyword
// patterns at word starts, OCR look-alikes folded, one misread letter in a long word forgiven.
#include <algorithm>
#include <cctype>

#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

std::vector<LabAreaMention> lab_area_mentions(std::string_view text) {
  static const std::vector<std::pair<const char*, const char*>> areas = {
      // (English first, then the same areas as letters in Spanish, Portuguese, French, Indonesian and
      // Turkish name them; the text is accent-folded, so "Bioquímica" is "bioquimica".)
      // (a blood donation unit or service is the hospital's blood bank: "Blood Donation Unit")
      {"blood_bank", R"(blood\s*bank|i(?:mm?|nm)uno-?ha?ematolog|transfusion(?:\s+serolog\w*)?|blood\s+donation\s+(?:unit|service|cent(?:er|re)|department)|)"
                     R"(banco\s+de\s+sang|bank\s+darah|hemoterapia|\bkan\s+bankas|\bkan\s+merkez|banque\s+d[eu]\s+sang|)"
                     // Vietnamese "truyền máu"
                     R"(truy(?:ền|en)\s+m(?:áu|au)|)"
                     // Italian "Medicina Trasfusionale", "Servizio Immunotrasfusionale"
                     R"(trasfusion|)"
                     // Hungarian "Transzfúziológia", "Vérellátó"
                     R"(transzfuzio|\bverellato|)"
                     // Croatian "transfuzijska medicina", Romanian "transfuzie sanguină", Polish
                     // "transfuzjologia", Dutch "bloedbank", "bloedtransfusie", German "Blutbank"
                     R"(transfuz|bloedbank|bloedtransfus|blutbank|)"
                     // German "Blutdepot" (blood store), "Immunhämatologie" (immunohaematology)
                     R"(blutdepot|immunh(?:a|ae)matolog|)"
                     // the blood service: Latvian "Asins kalpošanas nodaļa", Finnish "veripalvelu"
                     R"(asins\s+kalposan|\bveripalvelu|)"
                     // Estonian "vereülekande osakond" (blood transfusion)
                     R"(\bvereulekand|)"
                     // Icelandic "blóðbanki" (blood bank), accents folded
                     R"(\bblodbank)"},
      {"chemistry", R"(chemistry|biochemistry|chemical\s+pathology|\bbiochem\b|)"
                    R"(bioquimica|quimica\s+clinica|biochimie|kimia\s+klini|biokimia|biyokimya|klinik\s+kimya|h(?:óa|oa)\s+sinh|)"
                    // Italian "Biochimica clinica", "Laboratorio Analisi Chimico-Cliniche"
                    R"(biochimica|chimic[oa][\s-]+clinic|)"
                    // Hungarian "Klinikai kémia", "Biokémia"; Czech/Slovak "Klinická biochemie"
                    R"(klinikai\s+kemia|\bbiokemia|biochemie|)"
                    // Croatian "klinička kemija", "biokemija"; Dutch and German "klinische Chemie";
                    // Romanian "chimie clinică"
                    R"(klinicka\s+kemija|\bbiokemij|klinische\s+chemie|chimie\s+clinica|)"
                    // Bosnian and Serbian "biohemija", "klinička hemija"
                    R"(\bbiohemij|klinicka\s+hemij|)"
                    // Latvian "Klīniskās ķīmijas laboratorija", "bioķīmija"; Finnish "kliininen kemia"
                    R"(kliniskas\s+kimij|\bbiokimij|kliininen\s+kemia|)"
                    // French "chimie clinique", Swedish "klinisk kemi", Estonian "kliinilise keemia",
                    // Albanian "Biokimi"
                    R"(chimie\s+clinique|klinisk\s+kemi\b|kliinilise\s+keemia|\bbiokimi\b|)"
                    // Icelandic "(klínísk) lífefnafræði" (biochemistry), folded
                    R"(\blifefnafraed)"},
      {"hematology", R"(\bha?ematolog|\bh(?:a|ae)matolog|\bematolog|\bhaemat|\bhemat|coagulation|huy(?:ết|et)\s+h(?:ọ|o)c|)"
                     // Icelandic "blóðmeinafræði" (haematology: blood diseases), folded
                     R"(\bblodmeinafraed)"},
      // (a tuberculosis smear is read in microbiology: "TB Microscopy", "AFB microscopy")
      // (parasitology: microbiology here; a letter's sentence that names it without microbiology
      // makes it a bench of its own, parasitology_alone_is_other)
      {"microbiology", R"(\btb\s+microscopy|\bafb\s+microscopy|microbiolog|parasitolog|bacteriolog|mycology|virology|mikrobiolog|mikrobioloog|mikrobiyoloj|bakteriolog|\bvi\s+sinh|)"
                       // the South Slavic adjective, accents folded: "Mikrobiološka laboratorija"
                       R"(mikrobiolosk|)"
                       // Icelandic "örverufræði" (microbiology), "sýklafræði" (bacteriology), "veirufræði" (virology), folded
                       R"(\borverufraed|\bsyklafraed|\bveirufraed)"},
      {"immunology", R"(\bimmunology|serology|\bi(?:n|m)munolog|\bimunolog|\bimmunoloog|serolog|mi(?:ễ|e)n\s+d(?:ị|i)ch|)"
                     // Icelandic "ónæmisfræði" (immunology), folded
                     R"(\bonaemisfraed)"},
      {"urinalysis", R"(urinalysis|clinical\s+microscopy|clinical\s+pathology|body\s+fluids|urinalis|uroanalis|\bidrar|)"
                     // French "Analyses urinaires", Spanish "Orina y líquidos"
                     R"(analyses\s+urinaires|\borina\b|)"
                     // Portuguese "Urianálise", Italian "settore urine", French "Cytologie urinaire"
                     R"(urianalis|\burine\b|cytologie\s+urinaire|citologia\s+urinaria|)"
                     // Hungarian "Vizeletvizsgálat" (urine examination)
                     R"(\bvizelet|)"
                     // German "Urindiagnostik", "Urinanalytik", "Urinstatus"
                     R"(\burin(?:diagnostik|analytik|status)|)"
                     // the general clinical analyses of the former Soviet laboratories (urine, stool,
                     // body fluids): Romanian "analize clinice generale" (Russian "общеклинические"
                     // below)
                     R"(analize\s+clinice\s+generale|)"
                     // Czech and Slovak urine ("Laboratoř močového sedimentu", "moč"), Bosnian, Croatian
                     // and Serbian "mokraća" (accents folded)
                     R"(\bmocov|\bmoci\b|\bmokrac|)"
                     // Latvian "Urīna analīžu laboratorija", Finnish "virtsa-analytiikka"
                     R"(\burina\s+anal|\bvirtsa|)"
                     // Bosnian, Croatian, Montenegrin, Serbian "analiza urina" (analysis of urine)
                     R"(\banaliz\w*\s+urin|)"
                     // Swedish "urinanalys", Estonian "uriini ... labor", Albanian "Urinalizë"
                     R"(\burinanalys|\buriini\b|\burinaliz)"},
      {"molecular", R"(molecular|moleculaire|molecolare|\bpcr\b|molekul)"},
      {"phlebotomy", R"(phlebotomy|specimen\s+collection|blood\s+collection|venipuncture|sample\s+collection|)"
                     R"(flebotom|\bsampling\b|toma\s+de\s+muestras|\bcoleta|pengambilan\s+(?:sampel|darah|spesimen)|\bkan\s+alma|)"
                     // where samples are received or taken: "Sample Reception", "Salle de prélèvements"
                     R"((?:sample|specimen)\s+reception|recepcion\s+de\s+muestras|salle\s+de\s+prelevements?|)"
                     // Italian "Centro Prelievi", Portuguese "Sala de Colheitas"
                     R"(\bprelievi\b|\bcolheitas?\b|)"
                     // German "Blutentnahme", "Probenentnahme" (taking blood, samples)
                     R"(blutentnahme|probenentnahme|)"
                     // Hungarian "Vérvétel" (taking blood), "Mintavétel" (taking samples)
                     R"(\bvervetel|\bmintavetel|)"
                     // Romanian "recoltarea probelor", Dutch "bloedafname", German "Blutentnahme",
                     // Croatian "vađenje krvi"
                     R"(\brecoltare|bloedafname|blutentnahme|vadenje\s+krvi|)"
                     // taking blood or samples: "Blood Drawing Unit", French "(secteur des) prélèvements",
                     // Czech "odběrové centrum", "odběr krve", South Slavic "uzimanje uzoraka"
                     R"(blood\s+drawing|\bprelevements?\b|\bodberov|\bodber\w*\s+krv|uzimanj\w*\s+(?:uzor|krv)|)"
                     // Latvian "Asins paraugu ņemšanas kabinets", Finnish "näytteenotto"
                     R"(asins\s+paraugu|\bnaytteenott|)"
                     // German "Blutabnahme", Swedish "provtagning" (taking samples)
                     R"(blutabnahme|\bprovtagning|)"
                     // Icelandic "blóðtaka" / "blóðtöku" (taking blood), folded
                     R"(\bblodtak|\bblodtok)"},
      {"other", R"(histopatholog|cytolog|histolog|cytopatholog|anatomic(al)?\s+pathology|toxicology|)"
                R"(\bcitolog|\bsitolog|anatomia\s+patologica|patologi\s+anatomi|histopatolog|anatomie\s+pathologique|)"
                // Dutch "pathologische anatomie"
                R"(pathologische\s+anatomie|)"
                // an institute of pathology (tissue pathology, apart from the clinical laboratory)
                R"(\bpatholog\w*\s+institut|\binstitut\w*\s+(?:of\s+|de\s+|fur\s+)?(?:l'\s*)?(?:anatomie\s+)?patholog)"},
  };
  // OCR confuses i, l, 1 and o, 0 ("Biood Bank", "Haemato1ogy"): text and patterns are compared
  // with those folded together (same length, so positions hold).
  auto fold = [](std::string t) {
    for (char& c : t) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (c == 'i' || c == '1' || c == '!' || c == '|') c = 'l';
      else if (c == '0') c = 'o';
    }
    return t;
  };
  auto fold_pattern = [](std::string p) {  // letters only: "|" is alternation here
    std::replace(p.begin(), p.end(), 'i', 'l');
    return p;
  };
  // (Accents OCR puts on plain letters, "Phlébotomy", are dropped too, by core's fold_latin;
  // `source` maps positions in the folded text back to `text`.)
  std::vector<std::size_t> source;
  std::string s = fold(fold_latin(text, &source));
  // One letter misread in a long word ("Ghemical Pathology"): the word of the vocabulary with the
  // same length and one letter different stands in for it.
  static const std::vector<std::string> vocabulary = [&] {
    std::vector<std::string> v;
    for (const char* w : {"chemical", "chemistry", "biochemistry", "hematology", "haematology", "microbiology",
                          "bacteriology", "immunology", "serology", "urinalysis", "phlebotomy", "histopathology",
                          "cytology", "molecular", "coagulation", "immunohematology", "immunohaematology",
                          "transfusion", "parasitology", "mycology", "virology", "pathology", "clinical",
                          "microscopy", "specimen", "collection"})
      v.push_back(fold(w));
    return v;
  }();
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    if (j - i >= 6) {
      const std::string word = s.substr(i, j - i);
      for (const std::string& v : vocabulary) {
        if (v.size() != word.size() || v == word) continue;
        int differ = 0;
        for (std::size_t k = 0; k < v.size() && differ <= 1; ++k) differ += v[k] != word[k];
        if (differ == 1) {
          s.replace(i, v.size(), v);
          break;
        }
      }
    }
    i = j == i ? i + 1 : j;
  }
  std::vector<LabAreaMention> out;
  for (const auto& [area, pattern] : areas) {
    const Regex& r = icase_regex(fold_pattern(pattern));
    for (auto it = SRegexIterator(s.begin(), s.end(), r); it != SRegexIterator(); ++it)
      out.push_back({area, source[static_cast<std::size_t>(it->position(0))],
                     source[static_cast<std::size_t>(it->position(0) + it->length(0))]});
  }
  // Cyrillic names (Russian, Ukrainian), which folding to Latin does not keep: searched in the text as
  // printed, the word's first letter left out (its case is not folded outside ASCII).
  static const std::vector<std::pair<const char*, const char*>> cyrillic = {
      {"blood_bank", "ереливани|рансфузиолог"}, {"chemistry", "иохими|іохімі"},
      // (Bulgarian "трансфузионна хематология" is the blood bank; "кръвовземане" taking blood, "урина" urine;
      // a Bulgarian hospital's "Клинична лаборатория" is its clinical chemistry laboratory)
      {"blood_bank", "рансфузионна хематолог"}, {"phlebotomy", "ръвовземане"}, {"urinalysis", "урина"},
      {"urinalysis", "бщеклиническ"},
      {"chemistry", "линична лаборатория"},
      {"hematology", "ематолог"},               {"microbiology", "икробиолог|ікробіолог|актериолог"},
      {"immunology", "ммунолог|муннолог|еролог"}, {"other", "истолог|итолог|істолог|итолог"}};
  const std::string printed(text);
  for (const auto& [area, pattern] : cyrillic) {
    const Regex& r = icase_regex(pattern);
    for (auto it = SRegexIterator(printed.begin(), printed.end(), r); it != SRegexIterator(); ++it)
      out.push_back({area, static_cast<std::size_t>(it->position(0)), static_cast<std::size_t>(it->position(0) + it->length(0))});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  // A word inside a longer name of another area is part of that name: "Transfusion Serology" is the
  // blood bank, not immunology.
  std::vector<LabAreaMention> kept;
  for (const LabAreaMention& m : out) {
    const bool inside = std::any_of(out.begin(), out.end(), [&](const LabAreaMention& o) {
      return o.area != m.area && o.begin <= m.begin && o.end >= m.end && o.end - o.begin > m.end - m.begin;
    });
    if (!inside) kept.push_back(m);
  }
  return kept;
}

void parasitology_alone_is_other(std::string_view text, std::vector<LabAreaMention>& mentions) {
  auto parasitology = [&](const LabAreaMention& m) {
    return lower_ascii(fold_latin(text.substr(m.begin, m.end - m.begin))).rfind("parasit", 0) == 0;
  };
  const bool microbiology_named = std::any_of(mentions.begin(), mentions.end(), [&](const LabAreaMention& m) {
    return m.area == "microbiology" && !parasitology(m);
  });
  if (microbiology_named) return;
  for (LabAreaMention& m : mentions)
    if (m.area == "microbiology" && parasitology(m)) m.area = "other";
}

std::vector<std::string> lab_areas_in(std::string_view text) {
  std::vector<std::string> out;
  for (const LabAreaMention& m : lab_area_mentions(text))
    if (std::find(out.begin(), out.end(), m.area) == out.end()) out.push_back(m.area);
  return out;
}

}  // namespace cc
