// The conferral date: the date near the words of a conferral, on a diploma also a date in prose
// or the latest date printed that no label calls something else; and the day order two documents
// agree on.
#include <algorithm>
#include <string>
#include <vector>

#include "extractors/degree_parts.h"
#include "core/regex.h"
#include "extractors/dates.h"
#include "extractors/text_utils.h"

namespace cc::degree_parts {

// The conferral date: near "conferred", "graduation", "award", "convocation", "given ... day of".
std::optional<Fact> read_conferred(const std::vector<TextRun>& lines, const TextRun& all, bool is_diploma,
                                   const std::string& country) {
  static const Regex& keyword = icase_regex(
      R"(graduat|conferr|conferment|\baward|eligib\w*\s+for\s+the\s+degree|entitle\w*\s+to\s+the\s+degree|\bgranted\b|convocation|given at|\bday of\b|\bon the\b|completed on|date of completion|)"
      R"(final result|result (was )?(published|declared)|\bconclus|\bcola.{2,4}o de grau|\bmezun|)"
      // the examining board's decision the degree was conferred by: "délibération du jury en date du
      // 9 juillet 2018", "procès-verbal de délibération du", "by the decision of ... of 12 June 2022",
      // "решением ... от"
      R"(d(?:é|e)lib(?:é|e)ration|\bjury\b|\bdecision of\b|решени|)"
      // the verbs of a conferral in the diplomas' languages ("otorgado ... en fecha", "conferido em",
      // "décerné le", "conferita il", "verliehen am") and the formal day's formula ("a los once días
      // del mes de julio", as "this 11th day of July")
      R"(\botorgad|\boutorgad|\bconferid|\bconferit|d(?:é|e)cern(?:é|e)|\bverliehen|d(?:í|i)as?\s+del\s+mes\b|)"
      // the completion of the studies in South Slavic ("Datum završetka studija", "završila je"),
      // before the ceremony's date ("Datum promocije") a diploma may print after it
      R"(\bzavr(?:š|s)(?:e|i)|\bzavr(?:š|s)etk|)"
      // the holder "completed" the degree on a day, in Portuguese and Spanish ("concluiu em 12 de julho
      // de 2022 a Licenciatura em ...", "concluyó"): the completion the degree is dated by, before
      // the day the certificate was signed
      R"(\bconcluiu\b|\bconcluy(?:ó|o)\b)");
  static const Regex& other_date = icase_regex(
      R"(birth|\bborn\b|issue|admi|entered|enrol|print|\bdob\b|\bn(?:é|e)e? le\b|\bfait (?:à|a)\b|\bd(?:é|e)livr(?:é|e)|)"
      // born, in the diplomas' languages: "nascida aos 10 de Novembro de 1997", "nacido el", "nata a
      // Massa il", "née à Abidjan le", "geboren am", "urodzony", "născut", "doğum", "родился"
      R"(\bnascid|\bnacid|\bnat[oa]\s+(?:a|il|ad)\b|\bn(?:é|e)e?\s+(?:à|a|en)\b|\bgeboren|\burodzon|\bn(?:ă|a)scut|do(?:ğ|g)um|родил|народж|)"
      // (South Slavic "rođena", Czech and Slovak "narozená", "narodená")
      R"(\bro(?:đ|d)en|\bnaro(?:z|ž|d)en|)"
      // ("né 23/06/1993 à Doba", "née vers 2000 à Doba": born on, born about a year)
      R"(\bn(?:é|e)e?\s+(?:vers\s+)?(?=\d))");
  const DayOrderInfo order = infer_day_order(all.text, country);
  // A notary's or a sworn translator's certification after the document ("I, the undersigned, ...,
  // Notary, ... hereby certify that the foregoing translation is correct ... this 4th day of May
  // 2017") is dated the day of the certification, never the conferral: nothing from its first line on.
  static const Regex& attestation = icase_regex(
      R"(\bnotar(?:y|ial|io|ia|e)\b|\bsworn\s+translator|\b(?:correct|true|faithful|accurate)\s+translation\b|)"
      R"(\btraduction\s+(?:conforme|certifi)|\btraducci(?:ó|o)n\s+(?:fiel|jurada|oficial)|\btradu(?:çã|ca)o\s+juramentada)");
  std::size_t attestation_at = all.text.size();
  std::vector<TextRun> document_lines;
  for (const TextRun& line : lines) {
    std::smatch a;
    if (std::regex_search(line.text, a, attestation)) {
      const std::size_t at = all.text.find(line.text);
      if (at != std::string::npos) attestation_at = at;
      break;
    }
    document_lines.push_back(line);
  }
  // The first date that ends after the keyword begins: it may start before it ("this 15th day of
  // February, 2020", "the fifteenth day of June ..." around "day of").
  // A date labelled as another one ("Date of birth: 26/03/1999") is never the conferral.
  auto labelled_other = [&](const std::string& text, std::size_t begin) {
    const std::size_t from = begin >= 30 ? begin - 30 : 0;
    std::string before = text.substr(from, begin - from);
    const std::size_t stop = before.find_last_of(".;\n");
    if (stop != std::string::npos) before = before.substr(stop + 1);
    return std::regex_search(before, other_date);
  };
  auto from_run = [&](const TextRun& run, std::size_t keyword_at) -> std::optional<Fact> {
    const std::size_t from = keyword_at >= 40 ? keyword_at - 40 : 0;
    for (const DateMatch& m : find_dates(run.text.substr(from), order)) {
      if (!m.date || from + m.end <= keyword_at || labelled_other(run.text, from + m.begin)) continue;
      return fact_of(run, m.date->iso(), m.certainty, from + m.begin, from + m.end);
    }
    return std::nullopt;
  };
  // A date at the very end of its cell may go on on the next line ("... day of November, two
  // thousand" / "and eighteen."): read it again in the joined text of the segment.
  auto whole_date = [&](const TextRun& cell, Fact f) -> Fact {
    static const Regex& open_tail = icase_regex(R"(^[\s,.]*$)");
    if (f.evidence.empty()) return f;
    const std::string& printed = f.evidence.back().text;
    const std::size_t at = cell.text.rfind(printed);
    if (at == std::string::npos || !std::regex_match(cell.text.substr(at + printed.size()), open_tail)) return f;
    const std::size_t in_all = all.text.find(cell.text);
    if (in_all == std::string::npos) return f;
    const std::size_t start = in_all + cell.text.find(f.evidence.front().text);
    for (const DateMatch& m : find_dates(all.text.substr(start), order)) {
      if (!m.date || m.begin != 0) break;
      if (m.date->iso() != f.value) return fact_of(all, m.date->iso(), m.certainty, start, start + m.end);
      break;
    }
    return f;
  };
  auto in_same_sentence = [&](const TextRun& line, std::size_t keyword_at) -> std::optional<Fact> {
    const std::size_t line_at = all.text.find(line.text);
    if (line_at == std::string::npos) return std::nullopt;
    const std::size_t k = line_at + keyword_at;
    const std::string ahead = all.text.substr(k, std::min<std::size_t>(160, all.text.size() - k));
    static const Regex& sentence_end = icase_regex(R"([a-z]{2}\.\s+[A-Z])", false);
    for (const DateMatch& d : find_dates(ahead, order)) {
      if (!d.date) continue;
      if (std::regex_search(ahead.substr(0, d.begin), sentence_end) || labelled_other(all.text, k + d.begin)) return std::nullopt;
      if (ahead.substr(0, d.begin).find_first_of("0123456789") != std::string::npos) return std::nullopt;
      return fact_of(all, d.date->iso(), d.certainty, k + d.begin, k + d.end);
    }
    return std::nullopt;
  };
  for (const TextRun& line : document_lines)
    for (const TextRun& cell : line_cells(line)) {
      std::smatch m;
      if (!std::regex_search(cell.text, m, keyword) || std::regex_search(cell.text, other_date)) continue;
      if (auto f = from_run(cell, static_cast<std::size_t>(m.position(0)))) return whole_date(cell, *f);
      // A label whose value the reader put in a cell of its own ("Date of Graduation :   27 August 2021").
      const std::size_t in_line = line.text.find(cell.text);
      if (in_line == std::string::npos || std::regex_search(line.text.substr(in_line), other_date)) continue;
      if (auto f = from_run(line, in_line + static_cast<std::size_t>(m.position(0)))) return *f;
      // The sentence goes on on the next line ("... otorgado" / "por esta Casa ... en fecha 22 de mayo
      // de 2019"): the first date after the keyword in the same sentence of the joined text.
      if (auto f = in_same_sentence(line, in_line + static_cast<std::size_t>(m.position(0)))) return *f;
    }
  if (!is_diploma) return std::nullopt;
  // Diplomas: a date in a sentence that wraps over lines, or the only date printed.
  std::smatch m;
  if (std::regex_search(all.text, m, keyword) && static_cast<std::size_t>(m.position(0)) < attestation_at)
    if (auto f = from_run(all, static_cast<std::size_t>(m.position(0))); f && !f->evidence.empty() &&
        all.text.find(f->evidence.front().text, static_cast<std::size_t>(m.position(0)) >= 40 ? static_cast<std::size_t>(m.position(0)) - 40 : 0) < attestation_at)
      return f;
  // No date near a keyword: the latest date printed that no label calls something else (a birth
  // date comes before the conferral, in any language's layout).
  std::optional<Fact> latest, issued;
  static const Regex& issue = icase_regex(R"(\bissue)");
  for (const DateMatch& d : find_dates(all.text, order)) {
    if (!d.date || d.begin >= attestation_at) continue;
    if (labelled_other(all.text, d.begin)) {
      // A diploma that prints no other date than its date of issue ("Date of issue 13 June 2022")
      // was conferred then, as far as the document says: kept, less sure.
      const std::size_t from = d.begin >= 30 ? d.begin - 30 : 0;
      if (!issued && std::regex_search(all.text.substr(from, d.begin - from), issue))
        issued = fact_of(all, d.date->iso(), d.certainty * 0.9, d.begin, d.end);
      continue;
    }
    if (!latest || d.date->iso() > latest->value) latest = fact_of(all, d.date->iso(), d.certainty, d.begin, d.end);
  }
  return latest ? latest : issued;
}

std::optional<Fact> read_issue_date(const TextRun& all, const std::string& country) {
  // The words of issuing in the diplomas' languages, just before the date (within the same clause).
  static const Regex& issue = icase_regex(
      // (No "\b" after an accented letter: it is no word character to the regex.)
      R"(\bissued?\b|\bd(?:é|e)livr|\bfait (?:à|a)\s|\bexpedid[oa]\b|\bemitid[oa]\b|\bausgestellt\b|\brilasciat[oa]\b)");
  const DayOrderInfo order = infer_day_order(all.text, country);
  for (const DateMatch& d : find_dates(all.text, order)) {
    if (!d.date) continue;
    const std::size_t from = d.begin >= 60 ? d.begin - 60 : 0;
    std::string before = all.text.substr(from, d.begin - from);
    const std::size_t stop = before.find_last_of(".;\n");
    if (stop != std::string::npos) before = before.substr(stop + 1);
    // "délivre à Mme X, née le 09/10/2001": the date is the holder's birth, not the issue.
    static const Regex& birth = icase_regex(R"(birth|\bborn\b|\bn(?:é|e)e?\s+le\b|\bnacid|\bnascid|\bgeboren|\bnat[oa]\s+il\b)");
    const std::size_t near = before.size() > 30 ? before.size() - 30 : 0;
    if (std::regex_search(before.substr(near), birth)) continue;
    if (std::regex_search(before, issue)) return fact_of(all, d.date->iso(), d.certainty, d.begin, d.end);
  }
  return std::nullopt;
}

// The transcript's numeric conferral date ("06/10/2019") names the same day as the diploma's
// non-numeric one ("10th of June, 2019") only when read month first: the school writes dates the
// United States' way, though neither document names a place.
bool month_first_by_agreement(const std::optional<Fact>& numeric, const std::optional<Fact>& worded) {
  if (!numeric || !worded || numeric->evidence.empty() || worded->evidence.empty()) return false;
  const auto worded_dates = find_dates(worded->evidence.front().text, DayOrderInfo{});
  if (worded_dates.empty() || !worded_dates.front().date || worded_dates.front().numeric) return false;
  const Ymd diploma_date = *worded_dates.front().date;
  for (const DateMatch& m : find_dates(numeric->evidence.front().text, DayOrderInfo{DayOrder::month_first, false})) {
    if (!m.numeric || !m.ambiguous || !m.date) continue;
    return *m.date == diploma_date;
  }
  return false;
}

}  // namespace cc::degree_parts
