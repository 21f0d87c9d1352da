#include "extractors/tables/table_header.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>

namespace cc {
namespace {

// Levenshtein distance, stopping early once it exceeds 1.
int distance_up_to_one(const std::string& a, const std::string& b) {
  if (a == b) return 0;
  const size_t n = a.size(), m = b.size();
  if (n > m + 1 || m > n + 1) return 2;
  size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  if (n == m) return a.compare(i + 1, std::string::npos, b, i + 1, std::string::npos) == 0 ? 1 : 2;
  if (n > m) return a.compare(i + 1, std::string::npos, b, i, std::string::npos) == 0 ? 1 : 2;
  return b.compare(i + 1, std::string::npos, a, i, std::string::npos) == 0 ? 1 : 2;
}

struct Token {
  const Word* word;
  std::string key;
  int stack = 0;  // tokens of one stack (a multi-line header cell) follow each other whatever their gap
  bool far = false;  // printed further from the token before it than the line's word space allows in a phrase
  bool after_slash = false;  // a slash stands between it and the word before it ("Fan nomi / Subject")
};

// A header word's letters, the numero sign (`№`, no letters) read as `No`: a serial number's heading.
std::string header_key(const std::string& text) {
  if (text == "\u2116" || text == "\u2116.") return "no";
  return letters_lower(text);
}

bool ends_in_slash(const std::string& text) { return !text.empty() && text.back() == '/'; }
bool starts_with_slash(const std::string& text) { return !text.empty() && text.front() == '/'; }

bool same_line(const Word& a, const Word& b) { return a.box.y1 > b.box.y0 && b.box.y1 > a.box.y0; }

// A label's words stand at the line's word space; labels of neighbouring columns stand further
// apart, though maybe closer than the 1.5 word heights a phrase is allowed (`Grade  Points` over
// two columns, `Grade` over letters and `Points` over numbers). The word space is the smallest gap
// under 0.8 of a line between words of the line; a gap of more than three word spaces (and more
// than 0.8 of a line) ends a phrase. A line with no such gap (labels of one word) keeps the 1.5.
void mark_far_tokens(std::vector<Token>& tokens) {
  double space = 1e18;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Word& a = *tokens[i - 1].word;
    const Word& b = *tokens[i].word;
    if (!same_line(a, b)) continue;
    const double gap = b.box.x0 - a.box.x1;
    const double h = std::max(a.box.height(), b.box.height());
    if (gap > 0.1 * h && gap < 0.8 * h) space = std::min(space, gap);
  }
  // No gap of the line at word spacing: no two of its words are a phrase's neighbours unless they
  // stand within a line's height of each other (OCR boxes hug the ink, so two labels over
  // neighbouring columns, "Código   Asignatura" over codes and titles, can stand within the 1.5).
  const bool measured = space < 1e17;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Word& a = *tokens[i - 1].word;
    const Word& b = *tokens[i].word;
    if (!same_line(a, b)) continue;
    const double h = std::max(a.box.height(), b.box.height());
    tokens[i].far = b.box.x0 - a.box.x1 > (measured ? std::max(0.8 * h, 3 * space) : 1.0 * h);
  }
}

// Matches a phrase at tokens[i...]: its words must follow each other at word spacing, or be
// stacked in one header cell.
bool phrase_at(const std::vector<Token>& tokens, size_t i, const HeaderPhrase& p) {
  if (i + p.words.size() > tokens.size()) return false;
  for (size_t k = 0; k < p.words.size(); ++k) {
    const Token& t = tokens[i + k];
    if (!fuzzy_word_match(t.key, p.words[k])) return false;
    if (k == 0) continue;
    const Token& prev = tokens[i + k - 1];
    if (prev.stack == t.stack) continue;
    if (prev.word->box.y1 <= t.word->box.y0 || t.word->box.y1 <= prev.word->box.y0) return false;  // other lines
    const double gap = t.word->box.x0 - prev.word->box.x1;
    if (t.far || gap > 1.5 * std::max(prev.word->box.height(), t.word->box.height())) return false;
  }
  return true;
}

HeaderCell cell_of(const std::vector<Token>& tokens, size_t from, size_t count, ColumnRole role) {
  Box box = tokens[from].word->box;
  std::string text;
  for (size_t k = from; k < from + count; ++k) {
    box = bounding_box(box, tokens[k].word->box);
    text += (text.empty() ? "" : " ") + tokens[k].word->text;
  }
  return {role, box, text};
}

bool is_valid_table(const TableHeader& h) {
  const bool names = h.has(ColumnRole::code) || h.has(ColumnRole::title);
  const bool values = h.has(ColumnRole::grade) || h.has(ColumnRole::credits) || h.has(ColumnRole::marks) ||
                      h.has(ColumnRole::max_marks);
  return names && values && h.cells.size() >= 3;
}

TableHeader table_of(std::vector<HeaderCell> cells) {
  TableHeader t;
  t.cells = std::move(cells);
  if (t.cells.empty()) return t;
  t.x0 = t.cells.front().box.x0;
  t.x1 = t.cells.back().box.x1;
  for (const auto& c : t.cells) t.x1 = std::max(t.x1, c.box.x1);
  return t;
}

// Unknown tokens next to each other (word spacing, or one stack) make one cell of unknown role.
void add_unknown(std::vector<HeaderCell>& cells, const Token& t, bool joins_previous) {
  if (joins_previous && !cells.empty() && cells.back().role == ColumnRole::unknown) {
    cells.back().box = bounding_box(cells.back().box, t.word->box);
    cells.back().text += " " + t.word->text;
    return;
  }
  cells.push_back({ColumnRole::unknown, t.word->box, t.word->text});
}

// The longest phrase at tokens[i...]; of phrases as long, one matched exactly beats one matched
// with an OCR error ("Subjects" is the title's "subjects", not the code's "subject" misread).
const HeaderPhrase* phrase_hit(const std::vector<Token>& tokens, size_t i) {
  const HeaderPhrase* fuzzy = nullptr;
  for (const HeaderPhrase& p : header_vocabulary().phrases) {
    if (fuzzy && p.words.size() < fuzzy->words.size()) break;
    if (!phrase_at(tokens, i, p)) continue;
    bool exact = true;
    for (size_t k = 0; k < p.words.size() && exact; ++k) exact = tokens[i + k].key == p.words[k];
    if (exact) return &p;
    if (!fuzzy) fuzzy = &p;
  }
  return fuzzy;
}

// A phrase of several words read as one: OCR drops the narrow space between capitals of a bold
// header ("COURSENO." for "COURSE NO.", "CREDITHOURS"). The token must spell the whole phrase,
// letter for letter, and be at least 6 letters long, so no ordinary word passes for a phrase.
constexpr size_t kMinJoinedPhraseLetters = 6;

const HeaderPhrase* joined_phrase_hit(const Token& token) {
  if (token.key.size() < kMinJoinedPhraseLetters) return nullptr;
  for (const HeaderPhrase& p : header_vocabulary().phrases) {
    if (p.words.size() < 2) continue;
    std::string joined;
    for (const auto& w : p.words) joined += w;
    if (joined == token.key) return &p;
  }
  return nullptr;
}

// Two labels of neighbouring columns that OCR read as one word because their ink stands closer
// than its word space ("Karakter / GradeStudiepoeng" over `D  10,0`): a word read by OCR whose
// letters turn from small to capital inside it, with three letters or more on each side and
// nothing but letters, is two words, cut at the capital, its box shared out by letters (S153).
// Words that print a capital inside them (`McGill`, `mRNA`, `eLearning`) stand in titles, not in
// the words over columns; a text layer's words are the producer's own and are never cut.
constexpr size_t kMinGluedPartLetters = 3;

std::optional<size_t> case_glue_cut(const Word& w) {
  if (w.confidence >= 1.0f) return std::nullopt;
  const std::string& t = w.text;
  for (char ch : t)
    if (!std::isalpha(static_cast<unsigned char>(ch))) return std::nullopt;
  std::optional<size_t> cut;
  for (size_t k = 1; k < t.size(); ++k)
    if (std::islower(static_cast<unsigned char>(t[k - 1])) && std::isupper(static_cast<unsigned char>(t[k]))) {
      if (cut) return std::nullopt;  // one glue at most: more is a word of mixed case, not two labels
      cut = k;
    }
  if (!cut || *cut < kMinGluedPartLetters || t.size() - *cut < kMinGluedPartLetters) return std::nullopt;
  return cut;
}

// `words` with each glued pair cut in two; the new words live in `store`.
std::vector<const Word*> unglued_words(const std::vector<const Word*>& words, std::deque<Word>& store) {
  std::vector<const Word*> out;
  out.reserve(words.size());
  for (const Word* w : words) {
    const auto cut = case_glue_cut(*w);
    if (!cut) {
      out.push_back(w);
      continue;
    }
    // Where the cut falls is known to a letter's width: each part ends half a letter short of it,
    // so a label of the line below standing under one part is not taken to stand under both.
    const double letter = (w->box.x1 - w->box.x0) / static_cast<double>(w->text.size());
    const double x = w->box.x0 + letter * static_cast<double>(*cut);
    store.push_back(*w);
    store.back().text = w->text.substr(0, *cut);
    store.back().box.x1 = x - 0.5 * letter;
    out.push_back(&store.back());
    store.push_back(*w);
    store.back().text = w->text.substr(*cut);
    store.back().box.x0 = x + 0.5 * letter;
    out.push_back(&store.back());
  }
  return out;
}

// Two labels of neighbouring columns set so tight that the text layer holds them as one word
// ("CÓDIGOCURSO": `CÓDIGO` ends where `CURSO` begins, no space between): a word that is two
// phrases of one word each, of different roles, each of four letters or more and matched letter
// for letter, is two cells, its box shared out by letters. Empty when the word is no such pair.
std::vector<HeaderCell> glued_label_cells(const Token& token) {
  constexpr size_t kMinLetters = 4;
  const std::string& key = token.key;
  if (key.size() < 2 * kMinLetters) return {};
  auto single = [](const std::string& part) -> const HeaderPhrase* {
    for (const HeaderPhrase& p : header_vocabulary().phrases)
      if (p.words.size() == 1 && p.words.front() == part) return &p;
    return nullptr;
  };
  for (size_t cut = kMinLetters; cut + kMinLetters <= key.size(); ++cut) {
    const HeaderPhrase* left = single(key.substr(0, cut));
    const HeaderPhrase* right = left ? single(key.substr(cut)) : nullptr;
    if (!right || left->role == right->role) continue;
    const Box& b = token.word->box;
    const double x = b.x0 + (b.x1 - b.x0) * static_cast<double>(cut) / static_cast<double>(key.size());
    return {{left->role, {b.x0, b.y0, x, b.y1}, key.substr(0, cut)}, {right->role, {x, b.y0, b.x1, b.y1}, key.substr(cut)}};
  }
  return {};
}

// True when token `j` belongs to the same label as token `j - 1`: stacked with it, or on its line
// at word spacing (0.8 of a line at most: a space, even a monospace one; labels of neighbouring
// columns may stand closer than the 1.5 lines a phrase is allowed).
bool same_label_line(const Token& a, const Token& b) {
  if (a.word->box.y1 <= b.word->box.y0 || b.word->box.y1 <= a.word->box.y0) return false;
  return b.word->box.x0 - a.word->box.x1 <= 0.8 * std::max(a.word->box.height(), b.word->box.height());
}

// A phrase of three letters at most (`LP`, `Nr`, `CH`): an abbreviation, which languages share
// with different meanings.
bool is_abbreviation(const HeaderPhrase& phrase) {
  size_t letters = 0;
  for (const auto& w : phrase.words) letters += w.size();
  return letters <= 3;
}

bool same_label(const std::vector<Token>& tokens, size_t j) {
  return tokens[j - 1].stack == tokens[j].stack || same_label_line(tokens[j - 1], tokens[j]);
}

// A stacked header cell naming its column twice, in two languages ("Liczba godzin" over "Hours"):
// the rest of the stack, on lines below the phrase and one label (words at word spacing), is its
// translation and joins its cell. Several labels under one (sub-columns: "Theory  Practical" under
// "Marks") stay cells of their own. Returns how many tokens after the phrase join it.
size_t translation_after(const std::vector<Token>& tokens, size_t from, size_t count) {
  const size_t last = from + count - 1;
  // The lower line may reach a fifth of a line into the phrase's (as `other_language_at` allows):
  // OCR boxes grown to their line's font height touch the line above in a tight header (S154).
  double phrase_bottom = 0, phrase_height = 0;
  for (size_t k = from; k <= last; ++k) {
    phrase_bottom = std::max(phrase_bottom, tokens[k].word->box.y1);
    phrase_height = std::max(phrase_height, tokens[k].word->box.height());
  }
  phrase_bottom -= 0.2 * phrase_height;
  size_t end = last + 1;
  while (end < tokens.size() && tokens[end].stack == tokens[last].stack) ++end;
  if (end == last + 1) return 0;
  for (size_t k = last + 1; k < end; ++k) {
    if (tokens[k].word->box.y0 < phrase_bottom) return 0;
    if (k > last + 1 && !same_label_line(tokens[k - 1], tokens[k])) return 0;
  }
  if (!phrase_hit(tokens, last + 1)) return 0;
  return end - last - 1;
}

// True when token `j` begins the same label's other language: after a slash on its line, close
// (`Fan nomi / Subject`), or on a lower line of the same stack (`Soat /` over `Hours`).
bool other_language_at(const std::vector<Token>& tokens, size_t j) {
  if (j == 0 || j >= tokens.size()) return false;
  const Token &a = tokens[j - 1], &b = tokens[j];
  if (a.stack == b.stack) return b.word->box.y0 >= a.word->box.y1 - 0.2 * a.word->box.height();
  if (!b.after_slash || !same_line(*a.word, *b.word)) return false;
  return b.word->box.x0 - a.word->box.x1 < 2.5 * std::max(a.word->box.height(), b.word->box.height());
}

// A header naming hours and credits in columns of their own ("Hours | Credits", "Soat / Hours |
// Kredit / Credits"): the hours are contact hours, the credits the credits. (A lone "Hours" or
// "Credit Hours" stays the credits.)
void hours_beside_credits(std::vector<HeaderCell>& cells) {
  auto says = [](const HeaderCell& c, const char* what) { return letters_lower(c.text).find(what) != std::string::npos; };
  auto credit_word = [&](const HeaderCell& c) { return says(c, "credit") || says(c, "kredit") || says(c, "ects"); };
  auto hours_only = [&](const HeaderCell& c) { return c.role == ColumnRole::credits && (says(c, "hour") || says(c, "hrs")) && !credit_word(c); };
  const bool credits_named = std::any_of(cells.begin(), cells.end(), [&](const HeaderCell& c) { return c.role == ColumnRole::credits && credit_word(c); });
  if (!credits_named) return;
  for (auto& c : cells)
    if (hours_only(c)) c.role = ColumnRole::contact_hours;
}

// The case of the first letter of `text`: 1 a capital, -1 a small letter, 0 neither (no letter
// first, or one of a script without case here). ASCII, Latin-1 and Latin Extended-A (whose
// capitals and small letters alternate) are told: a label begins with a capital, a word that
// continues it (`module` in `Élément de module`) with a small letter.
int first_letter_case(const std::string& text) {
  if (text.empty()) return 0;
  const auto c0 = static_cast<unsigned char>(text[0]);
  if (c0 < 0x80) return std::isupper(c0) ? 1 : std::islower(c0) ? -1 : 0;
  if ((c0 & 0xE0) != 0xC0 || text.size() < 2) return 0;
  const unsigned cp = ((c0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[1]) & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return 1;
  if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return -1;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0 ? 1 : -1;
  return 0;
}
bool begins_small(const std::string& text) { return first_letter_case(text) < 0; }
bool begins_capital(const std::string& text) { return first_letter_case(text) > 0; }

std::vector<TableHeader> parse_tokens(const std::vector<Token>& tokens, bool course_may_be_title = false, bool names_before_values = false) {
  if (tokens.size() < 3) return {};
  std::vector<HeaderCell> cells;
  size_t unknown = 0;
  bool last_unknown = false;
  for (size_t i = 0; i < tokens.size();) {
    // Words in brackets right after a label qualify it ("Mark (10-point scale)", "Grade (1-5)"):
    // they join its cell, whatever they say.
    if (!cells.empty() && i > 0 && tokens[i].word->text.front() == '(' && same_label(tokens, i)) {
      size_t end = i;
      while (end < tokens.size() && tokens[end].word->text.back() != ')' && end + 1 < tokens.size() && same_label(tokens, end + 1)) ++end;
      for (size_t k = i; k <= end && k < tokens.size(); ++k) {
        cells.back().box = bounding_box(cells.back().box, tokens[k].word->box);
        cells.back().text += " " + tokens[k].word->text;
      }
      i = end + 1;
      continue;
    }
    const HeaderPhrase* hit = phrase_hit(tokens, i);
    // A label names what its last word names ("Course Type" is a type, not a course): a phrase
    // followed in its label by a word the vocabulary does not know is unknown (a word in brackets
    // after it, "Mark (10-point scale)", only qualifies it; a slash ends the phrase's label).
    if (hit) {
      const size_t next = i + hit->words.size();
      if (next < tokens.size() && same_label(tokens, next) && tokens[next].word->text.front() != '(' &&
          !tokens[next].after_slash && !phrase_hit(tokens, next))
        hit = nullptr;
    }
    // A label printed in two languages with a slash between them ("Fan nomi / Subject", "Soat /"
    // over "Hours"): the words before the slash translate the phrase after it and join its cell.
    if (!hit) {
      size_t end = i + 1;
      while (end < tokens.size() && !other_language_at(tokens, end) && same_label(tokens, end)) ++end;
      const HeaderPhrase* translated = end < tokens.size() && other_language_at(tokens, end) ? phrase_hit(tokens, end) : nullptr;
      if (translated) {
        cells.push_back(cell_of(tokens, i, end - i + translated->words.size(), translated->role));
        if (translated->english) cells.back().english_line = 1;  // titles under it: the second line is English
        cells.back().english = translated->english;
        last_unknown = false;
        i = end + translated->words.size();
        continue;
      }
    }
    if (!hit) {
      if (const HeaderPhrase* joined = joined_phrase_hit(tokens[i])) {
        cells.push_back(cell_of(tokens, i, 1, joined->role));
        last_unknown = false;
        ++i;
        continue;
      }
      if (auto glued = glued_label_cells(tokens[i]); !glued.empty()) {
        for (auto& c : glued) cells.push_back(std::move(c));
        last_unknown = false;
        ++i;
        continue;
      }
      const bool joins = last_unknown && i > 0 &&
                         (tokens[i - 1].stack == tokens[i].stack ||
                          tokens[i].word->box.x0 - tokens[i - 1].word->box.x1 < 1.5 * tokens[i].word->box.height());
      add_unknown(cells, tokens[i], joins);
      last_unknown = true;
      ++unknown;
      ++i;
      continue;
    }
    const bool after_unknown = last_unknown;
    last_unknown = false;
    ColumnRole role = hit->role;
    // "No." is the second half of a split code only right after "Dept"; otherwise a serial number.
    if (role == ColumnRole::number && (cells.empty() || cells.back().role != ColumnRole::dept)) role = ColumnRole::serial;
    const size_t translated = translation_after(tokens, i, hit->words.size());
    cells.push_back(cell_of(tokens, i, hit->words.size() + translated, role));
    cells.back().english = hit->english;
    // A label names what its last word names, whatever words lead to it: unknown words right
    // before a title's phrase in its label (at word spacing) are part of the title's label
    // ("Denumirea unităților de curs", the name of the course units).
    if (role == ColumnRole::title && after_unknown && cells.size() >= 2 && cells[cells.size() - 2].role == ColumnRole::unknown &&
        same_label(tokens, i)) {
      HeaderCell& lead = cells[cells.size() - 2];
      const size_t lead_words = static_cast<size_t>(std::count(lead.text.begin(), lead.text.end(), ' ')) + 1;
      unknown -= std::min(unknown, lead_words);
      lead.box = bounding_box(lead.box, cells.back().box);
      lead.text += " " + cells.back().text;
      lead.role = ColumnRole::title;
      lead.english_line = cells.back().english_line;
      cells.pop_back();
    }
    // ... but a code's word ending a longer label is its complement, not the column's name
    // ("Élément de module", "Unité du cours": something of the module, not the module's code): the
    // label is one cell, which the vocabulary does not name, its role from the content. Split at
    // the phrase, the words before it and the phrase made two columns over one column of titles
    // and cut each title at a word space (S185). A label begins with a capital: the phrase
    // continues the words before it when it begins in small letters after a label that begins
    // with a capital (`Classification  Course No.` are two labels at word spacing). The phrase's
    // words are known, so they do not count against the header as unknown words.
    else if (role == ColumnRole::code && after_unknown && translated == 0 && cells.size() >= 2 &&
             begins_small(tokens[i].word->text) && begins_capital(cells[cells.size() - 2].text) &&
             cells[cells.size() - 2].role == ColumnRole::unknown && same_label(tokens, i) &&
             !(i + hit->words.size() < tokens.size() && tokens[i + hit->words.size()].after_slash)) {
      HeaderCell& lead = cells[cells.size() - 2];
      lead.box = bounding_box(lead.box, cells.back().box);
      lead.text += " " + cells.back().text;
      cells.pop_back();
      last_unknown = true;
    }
    if (translated > 0) {
      const HeaderPhrase* other = phrase_hit(tokens, i + hit->words.size());
      if (other && other->english != hit->english) cells.back().english_line = hit->english ? 0 : 1;
      // A label printed in two languages names one column: when the two name different roles and
      // the other language's is an abbreviation, the English one tells (abbreviations are shared
      // across languages: Polish `Lp.` numbers the rows, German `LP` counts credits, over
      // `Credits`) (S100, h1).
      if (other && other->english && !hit->english && other->role != role && is_abbreviation(*hit)) cells.back().role = other->role;
    }
    size_t taken = hit->words.size() + translated;
    // ... and the words after a slash behind a phrase translate it ("Subject / Fan nomi").
    if (i + taken < tokens.size() && tokens[i + taken].after_slash && other_language_at(tokens, i + taken) && !phrase_hit(tokens, i + taken)) {
      size_t end = i + taken + 1;
      while (end < tokens.size() && !other_language_at(tokens, end) && same_label(tokens, end) && !phrase_hit(tokens, end)) ++end;
      cells.back() = cell_of(tokens, i, end - i, role);
      if (hit->english) cells.back().english_line = 0;
      taken = end - i;
    }
    // ... and a phrase of the other language after a slash on the same line names the same column
    // ("Emnenavn / Course title", "Karakter / Grade"): one cell, the English phrase's role where the
    // two differ, not two columns over one column of values.
    if (i + taken < tokens.size() && tokens[i + taken].after_slash && other_language_at(tokens, i + taken) &&
        tokens[i + taken].stack != tokens[i + taken - 1].stack) {
      // Two phrases naming one role joined so (`Cours / Module`, `Course / Module`: a word read as
      // `course` within one letter, then `module`, both a code's label) are one label as well, two
      // names of one column: side by side, a column of codes beside another is no reading (S175).
      const HeaderPhrase* other = phrase_hit(tokens, i + taken);
      const bool languages = other && other->english != hit->english;
      if (other && (languages || other->role == cells.back().role)) {
        const ColumnRole english_role = other->english ? other->role : cells.back().role;
        const bool english = cells.back().english || other->english;
        const int english_line = cells.back().english_line;
        cells.back() = cell_of(tokens, i, taken + other->words.size(), english_role);
        cells.back().english = english;
        cells.back().english_line = languages ? (other->english ? 1 : 0) : english_line;
        taken += other->words.size();
      }
    }
    i += taken;
  }
  hours_beside_credits(cells);
  const size_t known = static_cast<size_t>(std::count_if(cells.begin(), cells.end(), [](const HeaderCell& c) { return c.role != ColumnRole::unknown; }));
  if (known < 3 || unknown * 3 > tokens.size()) return {};

  // "Course" names a code column in most headers ("Course | Title | Credits"), but right after a
  // code column in a header with no title column ("Code | Course | CH | Mark") it names the title.
  const bool has_title = std::any_of(cells.begin(), cells.end(), [](const HeaderCell& c) { return c.role == ColumnRole::title; });
  for (size_t k = 1; k < cells.size() && course_may_be_title && !has_title; ++k)
    if (cells[k].role == ColumnRole::code && cells[k - 1].role == ColumnRole::code && letters_lower(cells[k].text) == "course") {
      cells[k].role = ColumnRole::title;
      break;
    }
  // A role seen again starts the next table printed beside the first.
  const bool names_title = std::any_of(cells.begin(), cells.end(), [](const HeaderCell& c) { return c.role == ColumnRole::title; });
  std::vector<TableHeader> tables;
  std::vector<HeaderCell> current;
  for (auto& c : cells) {
    // A table begins with its names: only a code or title column seen again starts the next one.
    // Values may come more than once in one table (marks on a 10-point and a 4-point scale, parts
    // of the marks, the L, T, P of L-T-P-C).
    const bool names = c.role == ColumnRole::code || c.role == ColumnRole::title;
    // A title column right after a title column is no table beside: the first groups the rows
    // of the second ("Unité d'enseignement | Matière": teaching units made of subjects), a remark.
    if (c.role == ColumnRole::title && !current.empty() && current.back().role == ColumnRole::title) {
      current.back().role = ColumnRole::remark;
      current.push_back(std::move(c));
      continue;
    }
    // A code column right after a code column is no table beside either: one code printed in two
    // columns, the subject's letters and the course's number (`Subject | Course | Title`, `Dept |
    // Catalog No.`); a table of a code alone would have no values. Its rows join the two. Only
    // in a header that names the title besides (`Code | Course` alone is a code and its title).
    if (c.role == ColumnRole::code && !current.empty() && current.back().role == ColumnRole::code && names_title) {
      current.push_back(std::move(c));
      continue;
    }
    const bool repeated = names &&
                          std::any_of(current.begin(), current.end(), [&](const HeaderCell& o) { return o.role == c.role; });
    // A table printed beside another holds values of its own: a name seen again before any value
    // column (asked for when the line reads as no header otherwise) is no second table but a label
    // the vocabulary reads wrongly here (Spanish `Curso`, a
    // course's name in the Americas, the year of study in Spain: `Código | Asignatura | Tipo |
    // Curso | Créd.`); its column's role comes from its content (S99, h1).
    if (repeated && names_before_values && !is_valid_table(table_of(current))) {
      c.role = ColumnRole::unknown;
      current.push_back(std::move(c));
      continue;
    }
    if (repeated) {
      // Cells the first table prints before its names (a serial number) printed again right
      // before the repeated name belong to the next table ("No. Code Title ... No. Code Title").
      const std::vector<HeaderCell>& first = tables.empty() ? current : tables.front().cells;
      size_t lead = 0;
      while (lead < first.size() && first[lead].role != ColumnRole::code && first[lead].role != ColumnRole::title) ++lead;
      std::vector<HeaderCell> carried;
      if (lead > 0 && lead < current.size()) {
        bool same = true;
        for (size_t k = 0; k < lead && same; ++k) same = current[current.size() - lead + k].role == first[k].role;
        if (same) {
          carried.assign(current.end() - static_cast<long>(lead), current.end());
          current.resize(current.size() - lead);
        }
      }
      tables.push_back(table_of(std::move(current)));
      current = std::move(carried);
    }
    current.push_back(std::move(c));
  }
  tables.push_back(table_of(std::move(current)));
  if (!std::all_of(tables.begin(), tables.end(), is_valid_table)) return {};
  return tables;
}

}  // namespace

bool fuzzy_word_match(const std::string& word, const std::string& wanted) {
  if (word == wanted) return true;
  return word.size() >= 4 && wanted.size() >= 4 && distance_up_to_one(word, wanted) <= 1;
}

bool is_vocabulary_word(const std::string& key) {
  for (const auto& p : header_vocabulary().phrases)
    for (const auto& w : p.words)
      if (fuzzy_word_match(key, w)) return true;
  return false;
}

const HeaderCell* TableHeader::find(ColumnRole role) const {
  for (const auto& c : cells)
    if (c.role == role) return &c;
  return nullptr;
}

std::vector<TableHeader> parse_header_row(const TableRow& row, bool course_may_be_title, bool names_before_values) {
  std::vector<Token> tokens;
  int stack = 0;
  bool slash = false;
  std::deque<Word> store;
  for (const Word* w : unglued_words(row.words, store)) {
    std::string key = header_key(w->text);
    const bool before = slash || starts_with_slash(w->text);
    slash = ends_in_slash(w->text) || (key.empty() && w->text.find('/') != std::string::npos);
    if (key.empty()) continue;
    tokens.push_back({w, std::move(key), stack++});
    tokens.back().after_slash = before;
  }
  mark_far_tokens(tokens);
  return parse_tokens(tokens, course_may_be_title, names_before_values);
}

std::vector<TableHeader> parse_header_lines(const std::vector<const TableRow*>& lines, bool vocabulary_only) {
  if (lines.empty()) return {};
  if (lines.size() == 1) return parse_header_row(*lines.front());
  for (size_t l = 1; l < lines.size() && vocabulary_only; ++l) {
    bool any = false;
    for (const Word* w : lines[l]->words) {
      const std::string key = letters_lower(w->text);
      if (key.empty()) continue;
      if (!is_vocabulary_word(key)) return {};
      any = true;
    }
    if (!any) return {};
  }
  // Stacks: words of different lines overlapping horizontally, joined transitively.
  struct Item {
    const Word* word;
    size_t line;
    int stack;
  };
  std::vector<Item> items;
  std::deque<Word> store;
  for (size_t l = 0; l < lines.size(); ++l)
    for (const Word* w : unglued_words(lines[l]->words, store)) items.push_back({w, l, -1});
  int stacks = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].stack >= 0) continue;
    items[i].stack = stacks;
    std::vector<size_t> todo = {i};
    while (!todo.empty()) {
      const Item& a = items[todo.back()];
      todo.pop_back();
      for (size_t j = 0; j < items.size(); ++j) {
        Item& b = items[j];
        if (b.stack >= 0 || b.line == a.line) continue;
        if (std::min(a.word->box.x1, b.word->box.x1) - std::max(a.word->box.x0, b.word->box.x0) <= 0) continue;
        b.stack = stacks;
        todo.push_back(j);
      }
    }
    ++stacks;
  }
  // A mark with no letter (the slash of `Unités d'enseignement /` over `Éléments constitutifs`) ends
  // the words before it on its line: it belongs to their stack, so the words read after it (the
  // stack's next line) are read after the slash.
  for (Item& it : items) {
    if (!header_key(it.word->text).empty()) continue;
    const Item* left = nullptr;
    for (const Item& o : items)
      if (o.line == it.line && &o != &it && o.word->box.x1 <= it.word->box.x0 + 0.1 &&
          (!left || o.word->box.x1 > left->word->box.x1))
        left = &o;
    if (left && it.word->box.x0 - left->word->box.x1 <= 0.8 * it.word->box.height()) it.stack = left->stack;
  }
  // Stacks side by side at a (proportional) word space on every line they share, two lines or more,
  // are one label written on two lines ("Nazwa przedmiotu" over "Course unit title": the words
  // overlap pairwise only).
  for (bool merged = true; merged;) {
    merged = false;
    for (int a = 0; a < stacks && !merged; ++a)
      for (int b = 0; b < stacks && !merged; ++b) {
        if (a == b) continue;
        size_t shared = 0;
        bool near = true;
        for (size_t l = 0; l < lines.size() && near; ++l) {
          const Word *right_a = nullptr, *left_b = nullptr;
          for (const Item& it : items) {
            if (it.line != l) continue;
            if (it.stack == a && (!right_a || it.word->box.x1 > right_a->box.x1)) right_a = it.word;
            if (it.stack == b && (!left_b || it.word->box.x0 < left_b->box.x0)) left_b = it.word;
          }
          if (!right_a || !left_b) continue;
          const double gap = left_b->box.x0 - right_a->box.x1;
          near = gap > 0 && gap <= 0.45 * std::max(right_a->box.height(), left_b->box.height());
          ++shared;
        }
        if (!near || shared < 2) continue;
        for (Item& it : items)
          if (it.stack == b) it.stack = a;
        merged = true;
      }
  }
  std::vector<double> stack_x(static_cast<size_t>(stacks), 1e18);
  for (const Item& it : items) stack_x[static_cast<size_t>(it.stack)] = std::min(stack_x[static_cast<size_t>(it.stack)], it.word->box.x0);
  std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    if (a.stack != b.stack) return stack_x[static_cast<size_t>(a.stack)] < stack_x[static_cast<size_t>(b.stack)];
    if (a.line != b.line) return a.line < b.line;
    return a.word->box.x0 < b.word->box.x0;
  });
  // Within a line, words of one stack that are far apart are separate cells of that stack;
  // that is rare enough to ignore: a stack reads as one phrase.
  std::vector<Token> tokens;
  bool slash = false;
  const Item* previous = nullptr;
  for (const Item& it : items) {
    std::string key = header_key(it.word->text);
    const bool before = slash || starts_with_slash(it.word->text);
    slash = ends_in_slash(it.word->text) || (key.empty() && it.word->text.find('/') != std::string::npos);
    // A word broken at a hyphen over two lines of a narrow header cell ("Califi-" over "cación",
    // "Semes-" over "ter") is one word: its second part completes the key of the first.
    const bool completes = previous && !tokens.empty() && previous->stack == it.stack && previous->line < it.line &&
                           !previous->word->text.empty() && previous->word->text.back() == '-' && tokens.back().word == previous->word;
    const Item* current = &it;
    previous = current;
    if (key.empty()) continue;
    if (completes) {
      tokens.back().key += key;
      continue;
    }
    tokens.push_back({it.word, std::move(key), it.stack});
    tokens.back().after_slash = before;
  }
  mark_far_tokens(tokens);
  return parse_tokens(tokens);
}

std::vector<TableHeader> paired_translation(const std::vector<TableHeader>& upper, const std::vector<TableHeader>& lower) {
  if (upper.empty() || upper.size() != lower.size()) return {};
  std::vector<TableHeader> out;
  for (size_t t = 0; t < upper.size(); ++t) {
    const auto &a = upper[t].cells, &b = lower[t].cells;
    if (a.size() != b.size()) return {};
    std::vector<HeaderCell> cells;
    for (size_t k = 0; k < a.size(); ++k) {
      // Each lower label under its upper one, and under no other.
      auto overlap = [](const Box& x, const Box& y) { return std::min(x.x1, y.x1) - std::max(x.x0, y.x0); };
      if (overlap(a[k].box, b[k].box) <= 0) return {};
      if (k + 1 < a.size() && overlap(a[k + 1].box, b[k].box) > 0) return {};
      if (k > 0 && overlap(a[k - 1].box, b[k].box) > 0) return {};
      HeaderCell c = a[k];
      c.box = bounding_box(a[k].box, b[k].box);
      c.text = a[k].text + " " + b[k].text;
      const bool abbreviated = letters_lower(a[k].text).size() <= 3;
      if (a[k].role == ColumnRole::unknown || (b[k].role != ColumnRole::unknown && b[k].english && !a[k].english && abbreviated)) c.role = b[k].role;
      if (a[k].english != b[k].english) c.english_line = b[k].english ? 1 : 0;
      c.english = a[k].english || b[k].english;
      cells.push_back(std::move(c));
    }
    TableHeader h;
    h.cells = std::move(cells);
    h.x0 = std::min(upper[t].x0, lower[t].x0);
    h.x1 = std::max(upper[t].x1, lower[t].x1);
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace cc
