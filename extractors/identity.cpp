#include "extractors/identity.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "extractors/degree.h"
#include "extractors/document_words.h"
#include "extractors/identity_parts.h"
#include "extractors/name_order.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

bool is_honorific(std::string_view word) { return is_honorific_word(word); }
std::vector<std::string> split_spaces(std::string_view s) { return split_words(s); }
std::vector<std::string> folded_words(std::string_view name) { return folded_name_words(name); }

// "This is to certify that Ms. X has ...", "conferred upon X the degree", "Be it known that X".
std::optional<FoundName> name_in_prose(const TextRun& text) {
  static const Regex& trigger = icase_regex(
      std::string(R"(\b(certify|certifies|confirm|confirms|verify|known)[\s-]+that\s+|\bconferred upon\s+|\bconfers upon\s+|)"
      R"(\bawarded to\s+|\bpresented to\s+|\bgranted to\s+|)"
      // A certificate "issued to" its holder, and "certifies that" in Latvian ("Izsniegta Līga
      // Liepiņa (personas kods ...)", "Šis diploms apliecina, ka Līga Liepiņa")
      R"(\bissued to\s+|\bizsniegt[asu]\s+|\bapliecin(?:a|ām|am),?\s+ka\s+|)") +
      // the words of more languages for "certifies that", kept as data (data/document_words.tsv,
      // `certifies_that`: "intygas att", "potrjujemo, da je", "kinnitab, et", "vërtetohet se")
      R"(\b)" + document_words_alternation("certifies_that") + R"(\s+|)"
      // Dutch and German: "(de examencommissie) verklaart dat", "bescheinigt, dass", "erklärt, dass"
      R"(\bverklaart dat\s+|\bverklaren dat\s+|\b(?:bescheinigt|bescheinigen|best(?:ä|a)tigt|best(?:ä|a)tigen),?\s+dass\s+|)"
      // "Le diplôme de LICENCE est décerné à :" / "M. RAHMANI Mohamed Amine"
      R"(\bd(?:é|e)cern(?:é|e)e?\s+(?:à|a)\s*:?\s*|)"
      // "confère le diplôme de Licence en ... à M. Fadi Youssef AOUN": "à" before a French honorific
      R"((?:^|\s)(?:à|À)\s+(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)\s+|)"
      // the same in the languages of the documents: "atteste que Mme ...", "hace constar que la C. ...",
      // "En atención a que el señor ...", "se certifică faptul că doamna ...", "zaświadcza się, że Pani ..."
      R"(\b(atteste|attestons|certifie|certifions|certifica|certifico|certificamos|certifican|atesta|atestamos|)"
      R"(declara|declaramos|hace constar|hacemos constar|faz saber|certifică|confirmă|atestă|en atención a|)"
      // (a few words may come between: "Declaramos para os devidos fins que LETÍCIA ...", "Certifica-se,
      // para os devidos efeitos, que SÉRGIO ...")
      R"(zaświadcza się|zaświadcza|zaświadczamy|potwierdza się|potwierdza)(\s+faptul)?(?:-se)?(?:,?\s+[a-z]+){0,4}?,?\s*(:\s*)?(que|că|,?\s*że),?\s+)"
      // the article, then titles abbreviated before the name: "Que la Lic. T.M. KATHERINE ..."
      // (or spelled out: "Que, el señor RENÉ ...", "que a senhora ...")
      // ("la Sr(a). Lourdes ...": a title for either sex, its ending in brackets)
      R"(((el|la|le|o|a|al)\s+)?((se(?:ñ|n)or|se(?:ñ|n)ora|senhor|senhora|don|doña)\s+)?(C\.\s+)?(?:(?:[A-Z][a-z]{1,3}(?:\([a-z]{1,2}\))?\.|(?:[A-Z]{1,2}\.){2,3})\s+){0,3})");
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), trigger); it != SRegexIterator(); ++it) {
    const std::size_t after = static_cast<std::size_t>(it->position(0) + it->length(0));
    const auto range = read_name_words(text, piece_at(text, after));
    if (!range) continue;
    if (auto f = make_found(text, range->first, range->second, true)) return f;  // prose: natural order
  }
  return std::nullopt;
}

// "Frida Louise Olsson, född 1998-11-04, har avlagt ...", "Urška Zupančič, rojena 26. 12. 1996": a
// name followed by a comma and the word for "born" with a date is the person the document is about
// (a signatory is never given a birth date). The words for "born" are data (`born`); the name is
// the capitalised words right before the comma, at most five, read as a name is read.
std::optional<FoundName> name_before_birth(const TextRun& text) {
  static const Regex& born = icase_regex(R"(,\s*)" + document_words_alternation("born") + R"(\s+(?:den\s+|on\s+|am\s+|the\s+)?\d)");
  auto capitalised = [](const std::string& w) {
    if (w.empty()) return false;
    const auto c0 = static_cast<unsigned char>(w[0]);
    if (c0 < 0x80) return c0 >= 'A' && c0 <= 'Z';
    const std::string first = w.substr(0, c0 >= 0xE0 ? 3 : 2);
    return lower_utf8(first) != first;
  };
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), born); it != SRegexIterator(); ++it) {
    const auto comma = static_cast<std::size_t>(it->position(0));
    if (comma == 0) continue;
    // (on the comma's line: the heading above is no part of the name)
    auto word_at = [&](std::size_t offset) -> const Word* {
      for (const auto& piece : text.pieces)
        if (piece.begin <= offset && offset < piece.end) return piece.word;
      return nullptr;
    };
    const Word* last = word_at(comma - 1);
    auto same_line = [&](std::size_t offset) {
      const Word* w = word_at(offset);
      return !last || !w || w->line == last->line;
    };
    std::size_t start = comma;
    for (int words = 0; words < 5 && start > 0; ++words) {
      const std::size_t space = text.text.rfind(' ', start - 1);
      const std::size_t begin = space == std::string::npos ? 0 : space + 1;
      if (begin >= start || !capitalised(text.text.substr(begin, start - begin)) || !same_line(begin)) break;
      start = begin;
      if (begin == 0) break;
      start = space;  // (the space before the word: the next word back ends there)
    }
    while (start < comma && text.text[start] == ' ') ++start;
    if (start >= comma) continue;
    const auto range = read_name_words(text, piece_at(text, start));
    if (!range) continue;
    if (auto f = make_found(text, range->first, range->second, true)) return f;
  }
  return std::nullopt;
}

// The line a piece of `text` is printed on, as an index into `lines` (lines.size() if none).
std::size_t line_of_piece(const std::vector<TextRun>& lines, const TextRun& text, std::size_t piece) {
  const Word* word = text.pieces[piece].word;
  for (std::size_t l = 0; l < lines.size(); ++l)
    for (const auto& p : lines[l].pieces)
      if (p.word == word) return l;
  return lines.size();
}

// A name that fills a line of its own in the lower part of a letter, below its body, is the
// signatory's ("Yours faithfully," / "Mr. Baraka J. Lyimo" / "For: Medical Officer"): a letter
// speaks of its employee in its sentences, and the one who signs it is never the one it is about.
bool signs_the_letter(const std::vector<TextRun>& lines, const TextRun& text, std::size_t first_piece,
                      std::pair<std::size_t, std::size_t> range) {
  const std::size_t l = line_of_piece(lines, text, first_piece);
  if (l >= lines.size() || l * 5 < lines.size() * 3) return false;  // in the last two fifths
  const std::string name = trim_punct(trim(text.text.substr(range.first, range.second - range.first)));
  // The name alone in its cell (a date may stand at the other end of its line: "Ms. Shalini Prasad
  // ...  Date: 22/08/2022"), or the whole cell the start of a name read on into the signatory's title
  // on the next line ("Ms. Badriya Al Saadi" / "Manager").
  const auto cells = line_cells(lines[l]);
  if (cells.empty()) return false;
  const std::string cell = trim_punct(trim(cells.front().text));
  return cell == name || (cell.size() >= 5 && name.rfind(cell + " ", 0) == 0);
}

// "Mr./Ms. Given Surname" anywhere (letters that name the employee only with an honorific), except
// the signatory's name (`lines` given: a letter).
std::optional<FoundName> name_after_honorific(const TextRun& text, const std::vector<TextRun>* lines = nullptr) {
  for (std::size_t i = 0; i + 1 < text.pieces.size(); ++i) {
    if (!is_honorific(text.word_text(i)) || lower_ascii(text.word_text(i)).rfind("dr", 0) == 0)
      continue;
    const auto range = read_name_words(text, i);
    if (!range) continue;
    if (lines && signs_the_letter(*lines, text, i, *range)) continue;
    // A name in apposition with an officer's title ("D. Francisco Gil, Director de Recursos Humanos
    // ..., CERTIFICA", "Mr. X, Head of Department, confirms") is the one who certifies, not the one
    // certified: the officers' words are data.
    static const Regex& officer_after = icase_regex(
        R"(^\s*,\s*(?:el\s+|la\s+|the\s+|le\s+)?(?:director|directora|directeur|directrice|diretor|diretora|secretari[oa]|)"
        R"(secr(?:é|e)taire|jef[ea]|head|manager|gerente|coordinador[a]?|rector|rectora|recteur|dean|decano|decana|chief|)"
        R"(responsable|leiter|leiterin)\b)");
    if (std::regex_search(text.text.substr(range->second), officer_after)) continue;
    if (auto f = make_found(text, range->first, range->second, true)) return f;
  }
  return std::nullopt;
}

// A letter's subject line names the one it is about at its end, after a dash, a colon or "of"
// ("RE: CONFIRMATION OF EMPLOYMENT - ELIA HASSANI HAULE", "Subject: Experience certificate of Ms.
// Asha Njeri"), and its body says "the above named". The subject's label words are data.
std::optional<FoundName> name_in_subject_line(const std::vector<TextRun>& lines) {
  static const Regex& subject = icase_regex(
      R"(^\s*(re|subject|subj|sub|ref|asunto|assunto|objet|objeto|betreff|oggetto|perihal|konu)\s*[:.]\s*)");
  // (the dashes as UTF-8: "\u2013" in a character class is no byte of the text)
  static const Regex& separator = icase_regex(R"(\s(?:-|–|—)\s|:\s|\s(of|for|de|du)\s)");
  for (const TextRun& line : lines) {
    std::smatch m;
    if (!std::regex_search(line.text, m, subject)) continue;
    std::size_t from = static_cast<std::size_t>(m.length(0));
    for (auto it = SRegexIterator(line.text.begin() + static_cast<long>(from), line.text.end(), separator);
         it != SRegexIterator(); ++it)
      from = static_cast<std::size_t>(m.length(0) + it->position(0) + it->length(0));
    const auto range = read_name_words(line, piece_at(line, from));
    if (!range || trim_punct(trim(line.text.substr(range->second))).size() > 0) continue;
    if (auto f = make_found(line, range->first, range->second, false)) return f;
  }
  return std::nullopt;
}

// A cover note: the writer's name on the first line or under the closing.
std::optional<FoundName> name_on_first_line(const std::vector<TextRun>& lines) {
  for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 2); ++i) {
    const auto range = read_name_words(lines[i], 0);
    if (range && range->second >= lines[i].text.size() - 1)
      if (auto f = make_found(lines[i], range->first, range->second, false)) return f;
  }
  return std::nullopt;
}

// A diploma prints its holder's name on a line of its own ("confiere el título de ... a" / "PAOLA
// FERNANDA QUISHPE TOAPANTA"), whatever words lead to it: the line of name words alone, the tallest
// (a signatory's name is printed small, and beside its title).
std::optional<FoundName> name_standing_alone(const std::vector<TextRun>& lines) {
  static const Regex& office = icase_regex(
      R"(\b(rector|rectora|reitora?|secretar\w*|dean|decan[oa]|director\w*|chancellor|recteur|doyen|registrar|registrador[a]?|president\w*|signature)\b)");
  const TextRun* best = nullptr;
  for (const TextRun& line : lines) {
    if (line_cells(line).size() != 1) continue;
    const auto words = split_spaces(line.text);
    if (words.size() < 2 || words.size() > 5 || std::regex_search(line.text, office)) continue;
    if (!std::all_of(words.begin(), words.end(), [](const std::string& w) { return is_name_word(w) && !is_field_word(w); })) continue;
    if (is_honorific(words.front()) || !plausible_name(line.text)) continue;
    // The title conferred stands alone too, often taller ("LICENCIADO EN BIOANALISIS").
    if (!level_of_title(line.text).empty() || !degree_title_in(line.text).empty()) continue;
    if (!best || line.height() > best->height() * 1.1) best = &line;
  }
  if (!best) return std::nullopt;
  return make_found(*best, 0, best->text.size(), false);
}

// Every word of `part` is in `whole`, and `whole` has more.
bool contains_all_words(const std::string& whole, const std::string& part) {
  const auto w = folded_words(whole), p = folded_words(part);
  if (w.size() <= p.size()) return false;
  for (const std::string& word : p)
    if (std::find(w.begin(), w.end(), word) == w.end()) return false;
  return true;
}

// OCR drops accents now and then ("Jimenez" on the letter, "JIMÉNEZ" on the diploma): each word of
// the name takes the accents another print of the same word kept.
std::string with_accents_kept_elsewhere(const std::string& name, const std::vector<FoundName>& found) {
  std::vector<std::string> words = split_spaces(name);
  for (std::string& w : words) {
    const std::string key = fold_latin(lower_utf8(w));
    for (const FoundName& f : found)
      for (const std::string& v : split_spaces(f.sighting.natural))
        if (non_ascii(v) > non_ascii(w) && fold_latin(lower_utf8(v)) == key) w = v;
  }
  return join(words, " ");
}

std::optional<FoundName> find_in_segment(const SegmentView& segment) {
  const auto lines = segment_lines(segment);
  const TextRun text = segment_text(segment);
  if (segment.type == "employment_letter") {
    if (auto f = name_in_prose(text)) return f;
    if (auto f = name_from_labels(lines)) return f;
    if (auto f = name_before_birth(text)) return f;
    if (auto f = name_in_subject_line(lines)) return f;
    return name_after_honorific(text, &lines);
  }
  if (segment.type == "other") {
    if (auto f = name_in_prose(text)) return f;  // "certify that ...": specific wherever it stands
    if (auto f = name_on_first_line(lines)) return f;
    return name_from_labels(lines);
  }
  // (a diploma's "X, born <date>" names its holder more surely than any label or line alone)
  if (segment.type == "diploma")
    if (auto f = name_before_birth(text)) return f;
  auto labelled = name_from_labels(lines);
  auto split = name_from_split_fields(lines);
  // "Nom : AIT OUHMANE   Prénom : Youssef": a label that names only the surname read alone gives
  // part of the name; the split fields give all of it.
  if (labelled && split && contains_all_words(split->sighting.natural, labelled->sighting.natural)) return split;
  if (labelled) return labelled;
  if (split) return split;
  if (auto f = name_in_prose(text)) return f;
  if (auto f = name_before_birth(text)) return f;
  // A certificate that names its holder only with an honorific ("Pani Joanna Ewa Mazur").
  if (segment.type != "diploma") return std::nullopt;
  if (auto f = name_after_honorific(text)) return f;
  return name_standing_alone(lines);
}

}  // namespace

std::optional<NameSighting> find_name(const SegmentView& segment) {
  auto f = find_in_segment(segment);
  if (!f) return std::nullopt;
  return f->sighting;
}

IdentityFacts extract_identity(const std::vector<SegmentView>& segments) {
  IdentityFacts out;
  std::vector<FoundName> found;
  for (const SegmentView& s : segments) {
    auto f = find_in_segment(s);
    if (!f) continue;
    f->segment_type = s.type;
    if (f->sighting.file.empty()) f->sighting.file = s.file;
    found.push_back(std::move(*f));
  }
  apply_consensus(found);
  // Surnames known for sure (comma forms, split fields, mixed-case prose), academic ones first.
  std::map<std::string, int> surnames;
  for (const FoundName& f : found)
    if (f.order_known) surnames[surname_of(f.sighting.natural)] += f.segment_type == "employment_letter" ? 1 : 3;
  std::string known_surname;
  int best_votes = 0;
  for (const auto& [s, votes] : surnames)
    if (votes > best_votes) known_surname = s, best_votes = votes;
  // A print whose order is not known, in the order of a known print of the same words turned
  // around ("GARCÍA MARTÍNEZ ALEJANDRA" / "ALEJANDRA GARCÍA MARTÍNEZ"); else by the known surname.
  for (FoundName& f : found) {
    if (f.order_known && !f.surname_first) continue;
    const std::string before = f.sighting.natural;
    for (const FoundName& k : found)
      if (k.order_known && !k.surname_first && f.sighting.natural == before)
        f.sighting.natural = order_like(f.sighting.natural, k.sighting.natural);
    if (f.sighting.natural == before && !known_surname.empty() && !f.surname_first)
      f.sighting.natural = reorder_by_surname(f.sighting.natural, known_surname);
  }
  // A print whose label names every word's part (a form's "Nom, post-nom et prénom") tells the
  // order the other prints of the same words only guess from their capitals or their place.
  for (FoundName& f : found)
    for (const FoundName& k : found)
      if (k.roles_known && &k != &f) f.sighting.natural = order_like(f.sighting.natural, k.sighting.natural);

  // A reading no other document shares a word with ("POR CUANTO", a diploma's formula read as its
  // holder) gives way to the best reading others confirm: the candidate's documents name one person.
  auto confirmed = [&](const FoundName& f) {
    const auto words = folded_words(f.sighting.natural);
    for (const FoundName& g : found) {
      if (&g == &f) continue;
      const auto other = folded_words(g.sighting.natural);
      for (const std::string& w : words)
        if (w.size() > 2 && std::find(other.begin(), other.end(), w) != other.end()) return true;
    }
    return false;
  };
  const FoundName* best = nullptr;
  for (const FoundName& f : found)
    if (!best || reading_rank(f) > reading_rank(*best)) best = &f;
  if (best && !confirmed(*best)) {
    const FoundName* best_confirmed = nullptr;
    for (const FoundName& f : found)
      if (confirmed(f) && (!best_confirmed || reading_rank(f) > reading_rank(*best_confirmed))) best_confirmed = &f;
    if (best_confirmed) best = best_confirmed;
  }
  if (best) {
    std::string name = best->sighting.natural;
    // Capitals lose case information ("McDonald"), a print without accents loses them ("Tran Van
    // Tuan" / "Trần Văn Tuấn"): take the mixed-case print of the same words with the most accents.
    int best_accents = -1;
    for (const FoundName& f : found) {
      if (is_all_caps(strip_honorific(f.sighting.as_printed)) || folded_words(f.sighting.natural) != folded_words(name)) continue;
      const int accents = non_ascii(f.sighting.natural);
      if (accents > best_accents) name = f.sighting.natural, best_accents = accents;
    }
    out.name = with_accents_kept_elsewhere(name, found);
  }
  for (const FoundName& f : found) {
    out.sightings.push_back(f.sighting);
    const std::string printed = strip_honorific(f.sighting.as_printed);
    if (out.name && printed == *out.name) continue;
    if (std::find(out.variants.begin(), out.variants.end(), printed) == out.variants.end())
      out.variants.push_back(printed);
  }
  return out;
}

NameMatch match_names(std::string_view a, std::string_view b) {
  const std::string na = natural_name(a), nb = natural_name(b);
  auto wa = folded_words(na), wb = folded_words(nb);
  if (wa.empty() || wb.empty()) return {false, "a name is missing"};
  auto sorted_a = wa, sorted_b = wb;
  std::sort(sorted_a.begin(), sorted_a.end());
  std::sort(sorted_b.begin(), sorted_b.end());
  if (sorted_a == sorted_b) return {};  // same words, other order (surname first without comma)
  const auto sa = folded_words(surname_of(na)), sb = folded_words(surname_of(nb));
  std::string ja, jb;
  for (const auto& w : sa) ja += w;
  for (const auto& w : sb) jb += w;
  if (ja != jb) {
    // Surname first without a comma: the other's surname may lead this one.
    const std::string ra = reorder_by_surname(na, surname_of(nb)), rb = reorder_by_surname(nb, surname_of(na));
    if (ra != na) return match_names(ra, nb);
    if (rb != nb) return match_names(na, rb);
    return {false, "different surname: " + join_words(sa) + " / " + join_words(sb)};
  }
  std::vector<std::string> ga(wa.begin(), wa.end() - static_cast<long>(sa.size()));
  std::vector<std::string> gb(wb.begin(), wb.end() - static_cast<long>(sb.size()));
  if (ga.empty() || gb.empty()) return {};
  const std::size_t n = std::min(ga.size(), gb.size());
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& x = ga[i];
    const std::string& y = gb[i];
    if (x == y) continue;
    const bool initial = (x.size() == 1 && y[0] == x[0]) || (y.size() == 1 && x[0] == y[0]);
    if (initial && i > 0) continue;  // middle initial against the full middle name
    if (initial && i == 0) continue;  // an initial for the given name
    return {false, std::string(i == 0 ? "different given name: " : "different middle name: ") + x + " / " + y};
  }
  return {};
}

}  // namespace cc
