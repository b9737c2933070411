/**
 * What a question asks for, read from its question words: a number ("hoeveel"), a person or role ("wie",
 * "bij wie"), a time ("wanneer", "hoe snel", "binnen"), a place or contact ("waar", "telefoonnummer"),
 * a list ("welke"). The sentence that holds that kind of fact is preferred for the answer and shown first.
 */
export type QuestionType = 'number' | 'person' | 'time' | 'place' | 'list' | 'definition' | 'reason' | 'other';

/** In order: "binnen hoeveel dagen" asks for a time before a number, "wie … wanneer" for a person. */
const questionPatterns: readonly (readonly [QuestionType, RegExp])[] = [
  [
    'time',
    new RegExp(
      String.raw`\b(wanneer|hoe ?snel|hoe ?lang|binnen (hoeveel|welke)|welke termijn|termijn|` +
        String.raw`op welk moment|tot welke datum|uiterlijk|hoe ?vaak)\b`,
    ),
  ],
  ['number', /\b(hoeveel|hoe ?veel|aantal|percentage|vanaf hoeveel)\b/],
  ['person', /(^|[,.?!]\s*)(bij |met |naar |aan |door |voor |van )?wie\b/],
  [
    'place',
    new RegExp(
      String.raw`\b(waar (kan|moet|vind|staat|meld|bel|haal|zit|ligt)|waar\b.*\b(terecht|vinden)|` +
        String.raw`telefoonnummer|nummer|e ?mail|mailadres|adres|website|link|bereikbaar|` +
        String.raw`contactgegevens)\b`,
    ),
  ],
  ['list', /^\s*(welke|wat zijn|noem|wat moet er .* (in|op))\b/],
  ['reason', /\b(waarom|waarvoor|met welk doel|wat is (het|de) (doel|reden|bedoeling))\b/],
  ['definition', /^\s*(wat (is|betekent|bedoelen|bedoelt|houdt)|wat wordt .* (verstaan|bedoeld))\b/],
];

/**
 * @example questionTypeOf('binnen hoeveel dagen nodigt de jeugdarts uit?') // 'time'
 */
export function questionTypeOf(foldedQuestion: string): QuestionType {
  return questionPatterns.find(([, pattern]) => pattern.test(foldedQuestion))?.[0] ?? 'other';
}

const months = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const roles =
  'mentor|mentoren|oco|ondersteuningscoordinator|zorgcoordinator|leerplichtambtenaa' +
  'r|leerplicht|lpa|jeugdarts|jeugdverpleegkundige|jgz|ggd|ouders|ouder|verzuimcoac' +
  'h|verzuimcoaches|directeur|directie|teamleider|consulent|regisseur|casusverantwo' +
  'ordelijke|schoolmaatschappelijk|intern ' +
  'begeleider|ib|samenwerkingsverband|wijkteam|gemeente|leerling ' +
  'zelf|coordinator|medewerker|mentor/oco';

/** What a passage holding each kind of fact looks like (folded text). */
const factPatterns: Readonly<Record<Exclude<QuestionType, 'other' | 'list'>, RegExp>> = {
  definition: new RegExp(
    String.raw`\b(is een|is de|is het|zijn de|ofwel|verstaan|betekent|houdt in|staat voor|` +
      String.raw`noemen we|wordt bedoeld|gaat het om|is sprake)\b`,
  ),
  reason: /\b(daarom|omdat|zodat|want|waardoor|doel|reden|bedoeld om|om te|belangrijk)\b/,
  number: /\d|\b(meer dan|minder dan|procent|helft|alle|geen)\b/,
  time: new RegExp(
    `\\b(\\d+\\s*(schooldagen|dagen|dag|weken|week|maanden|maand|jaar|uur|minuten|` +
      `lesuren)|binnen|uiterlijk|direct|meteen|dezelfde dag|zo snel mogelijk|z\\.s\\.m|` +
      `wekelijks|maandelijks|jaarlijks|dagelijks|keer per|vanaf|voordat|nadat|zodra|` +
      `na afloop|${months})\\b`,
  ),
  person: new RegExp(`\\b(${roles})\\b`),
  place: new RegExp(
    String.raw`@|\bwww\.|https?:|\.nl\b|\b0\d{2}[- ]?\d{3}|\b(website|telefonisch|bellen|via|` +
      String.raw`loket|mail|adres|locatie|op school|thuis)\b`,
  ),
};

/** Whether a passage (folded) holds the kind of fact the question asks for; lists are chosen elsewhere. */
export function holdsAskedFact(type: QuestionType, foldedPassage: string): boolean {
  if (type === 'other' || type === 'list') return false;
  return factPatterns[type].test(foldedPassage);
}
