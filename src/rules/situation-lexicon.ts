/**
 * The words the situation parser keys on, as data: what a typo is corrected towards, what the
 * abbreviations staff use stand for, the ordinal number words and the school holidays.
 */

/**
 * Key words in the spelling the parser's patterns expect, each line the forms of one word. A word of
 * the message that is not a known Dutch word and lies within the edit budget of one word's forms is
 * read as its closest form ("dagdeen" → "dagdeel"); when two different words are equally close
 * ("herstvakantie": herfst or kerst?) it is left as typed.
 */
export const keyWordForms: readonly (readonly string[])[] = [
  // kinds of absence
  ['spijbelen', 'spijbelt', 'spijbelde', 'spijbelden', 'gespijbeld', 'spijbelaar'],
  ['ongeoorloofd', 'ongeoorloofde'],
  ['weggebleven'],
  ['afwezig'],
  ['verzuimd'],
  ['ziekgemeld', 'ziekmelding', 'ziekmeldingen'],
  ['afgemeld'],
  ['thuiszitten', 'thuiszitter', 'thuisgezeten'],
  // units
  ['dagdeel', 'dagdelen'],
  ['lesuur', 'lesuren'],
  ['ochtend', 'ochtenden'],
  ['middag', 'middagen'],
  ['schooldag', 'schooldagen'],
  ['schoolweek', 'schoolweken'],
  ['maanden'],
  ['achtereen'],
  ['achter'],
  ['elkaar'],
  ['aaneengesloten'],
  // periods
  ['afgelopen'],
  ['periode'],
  ['schooljaar'],
  ['herfstvakantie'],
  ['kerstvakantie'],
  ['voorjaarsvakantie'],
  ['carnavalsvakantie'],
  ['meivakantie'],
  ['zomervakantie'],
  ['januari'],
  ['februari'],
  ['augustus'],
  ['september'],
  ['oktober'],
  ['november'],
  ['december'],
  // what happened
  ['preventief', 'preventieve'],
  ['gesprek'],
  ['spreekuur'],
  ['leerplicht'],
  ['leerplichtambtenaar'],
  ['jeugdarts'],
  ['besproken'],
  ['ingeschakeld'],
  ['aangemeld'],
  ['verschenen'],
  ['opgedaagd'],
  ['meewerken'],
  ['medewerking'],
  ['wachtlijst'],
  ['overeenstemming'],
  ['vrijstelling'],
  ['regelmatig'],
  // counts
  ['gisteren'],
  ['vanochtend'],
  ['vanmorgen'],
  ['twaalf'],
  ['dertien'],
  ['veertien'],
  ['vijftien'],
  ['zestien'],
  ['zeventien'],
  ['achttien'],
  ['negentien'],
  ['twintig'],
  ['anderhalf', 'anderhalve'],
  ['twaalfde'],
  ['dertiende'],
  ['veertiende'],
  ['vijftiende'],
  ['zestiende'],
  ['zeventiende'],
  ['achttiende'],
  ['negentiende'],
  ['twintigste'],
];

/** Every form of {@link keyWordForms}. */
export const keyWords: readonly string[] = keyWordForms.flat();

/** Abbreviations and chat spellings, whole words only. */
export const abbreviations: Readonly<Record<string, string>> = {
  ll: 'leerling',
  lln: 'leerlingen',
  llg: 'leerling',
  lpa: 'leerplichtambtenaar',
  lp: 'leerplicht',
  jgz: 'jeugdarts',
  mnd: 'maanden',
  mndn: 'maanden',
  wk: 'weken',
  wkn: 'weken',
  dgn: 'dagen',
  ivm: 'in verband met',
  ff: 'even',
  telaat: 'te laat',
  kr: 'keer',
  ongeoorl: 'ongeoorloofd',
  abs: 'absenties',
  ziekgemeld: 'ziek gemeld',
  ziekgemelt: 'ziek gemeld',
  lesuurtjes: 'lesuren',
  uurtjes: 'uren',
  prev: 'preventief',
  kerst: 'kerstvakantie',
  kerstvak: 'kerstvakantie',
  herfstvak: 'herfstvakantie',
  zomervak: 'zomervakantie',
  meivak: 'meivakantie',
  voorjaarsvak: 'voorjaarsvakantie',
  carnaval: 'voorjaarsvakantie',
  carnavalsvakantie: 'voorjaarsvakantie',
  krokusvakantie: 'voorjaarsvakantie',
  zomer: 'zomervakantie',
  herfst: 'herfstvakantie',
  jan: 'januari',
  feb: 'februari',
  mrt: 'maart',
  apr: 'april',
  jun: 'juni',
  jul: 'juli',
  aug: 'augustus',
  sep: 'september',
  sept: 'september',
  okt: 'oktober',
  nov: 'november',
  dec: 'december',
};

/** Ordinal words, "eerste" to "twintigste"; larger ones are written in digits ("21e"). */
export const ordinalWords: Readonly<Record<string, number>> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
  negende: 9,
  tiende: 10,
  elfde: 11,
  twaalfde: 12,
  dertiende: 13,
  veertiende: 14,
  vijftiende: 15,
  zestiende: 16,
  zeventiende: 17,
  achttiende: 18,
  negentiende: 19,
  twintigste: 20,
};

/**
 * School holidays by the day school starts again afterwards (month 1–12, day), for "sinds de
 * kerstvakantie". Regio zuid, where the Bossche protocol applies; the dates shift a few days a year,
 * which the thresholds (2, 4, 13 weeks) tolerate.
 */
export const schoolHolidays: Readonly<Record<string, { readonly month: number; readonly day: number }>> = {
  herfstvakantie: { month: 10, day: 27 },
  kerstvakantie: { month: 1, day: 5 },
  voorjaarsvakantie: { month: 2, day: 23 },
  meivakantie: { month: 5, day: 4 },
  zomervakantie: { month: 8, day: 31 },
};

/** Day the school year starts (month, day), for "dit schooljaar". */
export const schoolYearStart = { month: 9, day: 1 } as const;

/** Complaints that name no cause: they do not make the reason of the absence known. */
export const vagueComplaints: readonly string[] = [
  'hoofdpijn',
  'buikpijn',
  'migraine',
  'koorts',
  'verkouden',
  'niet\\s+lekker',
  'onwel',
  'misselijk',
  'grieperig',
  'vage\\s+klachten',
];

/** Illnesses and injuries staff name instead of "ziek" ("heeft waterpokken", "been gebroken"). */
export const illnessWords: readonly string[] = [
  'griep',
  'buikgriep',
  'koorts',
  'verkouden',
  'waterpokken',
  'corona',
  'covid',
  'pfeiffer',
  'migraine',
  'hoofdpijn',
  'buikpijn',
  'hersenschudding',
  'gebroken',
  'operatie',
  'ontsteking',
  'antibiotica',
  'niet\\s+lekker',
  'onwel',
  'misselijk',
  'grieperig',
  'vage\\s+klachten',
  'geopereerd',
  'ziekenhuis',
  'blindedarm\\w*',
  'longontsteking',
  'oorontsteking',
];

/**
 * Signs of problems behind the absence (Bijlage 7 sends such a pupil to the ZAT-driehoek, not to the
 * preventief spreekuur): at home, in the family, the pupil's own health of mind.
 */
export const backgroundProblemWords: readonly string[] = [
  'achterliggende\\s+problem',
  'problemen\\s+thuis',
  'thuissituatie',
  'thuis\\s+(?:\\S+\\s+){0,2}speelt',
  'speelt\\s+(?:\\S+\\s+){0,3}thuis',
  'psychisch',
  'angst',
  'depress',
  'autis',
  'zorgen\\s+over\\s+(?:de\\s+)?thuis',
  'schei(?:ding|den)',
  'mantelzorg',
  'zorgt\\s+(?:\\S+\\s+){0,2}voor\\s+(?:zijn|haar)\\s+(?:\\S+\\s+)?(?:moeder|vader|ouders?|broer\\w*|zus\\w*|oma|opa)',
  'somber',
  'adhd',
  'gedragsproblem',
  'gepest',
  'pesten',
  'gaat\\s+thuis\\s+(?:\\S+\\s+)?niet\\s+goed',
  'thuis\\s+(?:gaat|loopt)\\s+(?:het\\s+)?niet\\s+goed',
  'uit\\s+huis\\s+gezet',
  'crisis(?:opvang|plaatsing)',
  '(?:vrouwen|daklozen|nood)opvang',
  'woont\\s+(?:\\S+\\s+){0,2}(?:in\\s+)?(?:een\\s+)?opvang',
  'pleeg(?:gezin|zorg|ouders?)',
  'gezinshuis',
  'woongroep',
  'uithuisplaatsing',
  'uit\\s+huis\\s+geplaatst',
  'dakloos',
  'huiselijk\\s+geweld',
  'mishandel',
  'verslav',
  'overleden',
  'rouw',
  'armoede',
  'schulden',
  'trauma',
  // A parent who cannot care, or a pupil who cares for the family: "moeder is ernstig ziek", "zieke moeder".
  '(?:moeder|vader|ouders?)\\s+(?:is|zijn|was|waren|wordt|werd)\\s+(?:\\S+\\s+)?(?:' +
    'ernstig\\s+)?(?:ziek|depressief|psychisch|opgenomen|verslaafd|overleden)',
  '(?:zieke|depressieve|overleden|psychisch\\s+zieke)\\s+(?:moeder|vader|ouders?)',
  '(?:brengt|zorgt|past)\\s+(?:\\S+\\s+){0,4}(?:broertjes?|zusjes?|broers|zussen)\\b',
  // Health care around the pupil: a diagnosis, a treatment, a sleep disorder.
  'slaap(?:stoornis|problem)',
  'onder\\s+behandeling',
  'psychiater',
  'diagnose',
  'jeugdbescherming',
  'verwaarloos',
];
