// Which country place names point to, from a gazetteer kept as data (data/gazetteer.tsv, embedded
// at build time): for each country its names and short forms, its licensing boards and education
// regulators, regions, cities and calling code, weighted in that order. Text is read as words
// (case, accents and punctuation ignored); at each word the longest listed name is taken, so "New
// York" is not "York" and "Ho Chi Minh City" is not "Ho". A name listed under several countries
// ("Kingston", "Hyderabad", "Punjab") points to none: an explicit country word, a regulator or an
// unambiguous city decides.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace cc {

// Points per country (ISO 3166 alpha-2) for the names in `text`; each name counts at most three
// times.
std::map<std::string, int> gazetteer_scores(std::string_view text);

// The gazetteer's source text (data/gazetteer.tsv), for tests.
std::string_view gazetteer_tsv();

}  // namespace cc
