import { stopwords as dutchStopwords } from '@orama/stopwords/dutch';
import { stopwords as englishStopwords } from '@orama/stopwords/english';

/** The words around what a question asks, and the words an answer to it uses. */

/** Words of the English list that are Dutch content words too ("been" a leg, "do" for donderdag, "most", "as"). */
const dutchContentWords = new Set(['been', 'do', 'most', 'as']);
/** English function words that are no Dutch ones ("the", "it's", "you"; not "in", "is", "been"). */
export const englishFunctionWords = englishStopwords.filter(
  (word) => !dutchStopwords.includes(word) && !dutchContentWords.has(word),
);

/**
 * Question words and fillers staff type around what they ask ("hoeveel", "eigenlijk", chat's "bv",
 * "ofzo", "zomaar"); the Dutch stop word list does not hold them. They do not count towards what a section must
 * contain.
 */
export const questionWords = (
  'wat wie waar wanneer waarom hoe hoeveel hoelang vaak lang duurt duren voordat ' +
  'nadat zodra welke welk mag mogen moet moeten kan kunnen kun wil willen zou zal ' +
  // The modals' other forms: "waarom zouden we …", "moest ik …", "mocht dat …".
  "zouden zullen kon konden mocht mochten moest moesten wilde wilden hoef hoeft hoeven zo'n " +
  'houdt houden betekent betekenen eigenlijk precies iemand iets doen doet gebeurt ' +
  'staat staan stond noemt heet zit zitten nu dan toch even graag vraag vragen ' +
  'weet weten bellen bel mailen appen contacteren benaderen voer voeren zeg zeggen ' +
  'roepen antwoord antwoorden officieel qua betreft bv bijv bijvoorbeeld ofzo ' +
  'ofzoiets ergens echt gewoon zomaar nou hoor trouwens misschien ongeveer ' +
  // "klopt het dat …", "lijkt me dubbel", "hoeveel x": chat's asides and its "x" for "keer".
  'klopt lijkt eerst x ' +
  // Chat's fillers: "oke dus eh …", "ff", "joh"; "ook alweer" of a fact the asker once knew.
  'oke ok okee eh ehm uh uhm hmm ff effe joh alweer ' +
  // A greeting before, thanks and a sign-off after ("Hoi! …", "… Alvast bedankt, mvg").
  'hoi hoii hallo hey hee hi goedemorgen goedemiddag goedenavond groet groeten groetjes mvg gr alvast bedankt ' +
  'dank dankjewel dankje dankuwel thanks thx svp pls plz aub alsjeblieft alstublieft sorry ' +
  // Asking for a list in chat's words: "zet ze even op een rijtje", "dank je wel".
  'rij rijtje rijtjes wel ' +
  // Thanks in full ("Alvast hartelijk dank").
  'hartelijk hartelijke ' +
  // English as staff mix it in ("quick question: …, feels like it's just a telling-off"): the function words of
  // Orama's English list and chat's openers carry nothing asked about.
  ['quick question just like feels feel btw fyi anyway', ...englishFunctionWords].join(' ')
).split(' ');

export const questionWordSet = new Set(questionWords);

/** English markers: English function words that no Dutch chat uses ("we", "me", "her" and "so" are Dutch too). */
export const englishMarkers: ReadonlySet<string> = new Set(
  englishFunctionWords.filter((word) => !['we', 'me', 'her', 'an', 'on', 'so'].includes(word)),
);

/**
 * What an answer to a kind of question says: "hoe vaak" is answered with "wekelijks" or "maandelijks",
 * "hoe lang" with minutes, weeks or months. Added to the query that picks sentences, not sections.
 */
export const answerCues: readonly (readonly [RegExp, string])[] = [
  [/\bhoe ?vaak\b/, 'wekelijks maandelijks jaarlijks dagelijks keer per'],
  [/\bhoe ?lang\b|\bduur/, 'minuten dagen weken maanden jaar gemiddeld'],
  [/\bwanneer\b|\btermijn\b|\bbinnen\b/, 'dagen weken binnen uiterlijk vanaf'],
  [/\bhoeveel\b/, 'aantal totaal keer'],
  [/^\s*wat (is|zijn|houdt|betekent)\b|\bverstaan\b|\bdefinitie\b|\bofficieel\b/, 'ofwel verstaan betekent definitie'],
  [/\bleeftijd\b|\bhoe oud\b/, 'jaar verjaardag'],
  [/\bwaar staat\b|\bbetekent\b|\bafkorting\b/, 'betekent staat voor'],
];

/**
 * Like {@link answerCues}, but only for choosing sentences within the found sections: "wie" is answered
 * by a sentence naming roles, "welke leeftijd" by one with ages. Too common to help find sections.
 */
export const passageCues: readonly (readonly [RegExp, string])[] = [
  [
    /\bwie\b/,
    'ondersteuningscoordinator mentor leerplichtambtenaar leerplicht jeugdarts ' +
      'schoolmaatschappelijk verzuimcoach ouders school samenwerkingsverband ' +
      'casusverantwoordelijke wijkteam partners',
  ],
];
