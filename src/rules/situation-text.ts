import { withoutOthersSickness } from './others-sickness.js';
import { monthNames } from './situation-patterns.js';
import { foldDutch, normalizeDutchNumbers } from './dutch-numbers.js';
import { abbreviations, ordinalWords } from './situation-lexicon.js';
import { countListedOccasions } from './listed-occasions.js';
import { correctWord } from './situation-spelling.js';
import { editDistance } from './edit-distance.js';
import { summedRunningCounts } from './running-counts.js';
import { correctedCounts, listTotals, restatedAmounts } from './restated-amounts.js';

const abbreviationStop = new RegExp(
  String.raw`\b(${Object.keys(abbreviations).join('|')})\.(?=\s+(?:\p{Ll}|\d))`,
  'gu',
);

const datedDays = new RegExp(
  String.raw`(\b\d{1,2}\s+(?:${monthNames.join('|')}))\s*\(\s*\d+(?:[.,]\d+)?\s*(?:dag|dagen|schooldagen)\s*\)`,
  'g',
);

/** A late slip, each one a time late: "zijn twaalfde te-laatbriefje", "het 9e briefje". */
const lateSlip = String.raw`(?:te[\s-]*)?laat[\s-]*briefje|briefje`;
const sicknessInDoubt = new RegExp(
  String.raw`\b((?:weet|weten)\s+(?:\S+\s+){0,2}niet|geen\s+idee|twijfel)\s+of\s+(?:hij|ze|zij|het)\s+` +
    String.raw`(?:\S+\s+){0,2}?(?:echt\s+)?ziek(?:\s+(?:is|was|gemeld|geweest))?\b`,
  'g',
);
/** "11e keer", "het 9e laatbriefje": a digit ordinal before what it counts. */
const digitOrdinal = new RegExp(
  String.raw`\b(\d+)\s*(?:e|de|ste)\s+(?=keer|maal|ziekmelding|week|dag\b|schooldag\b|${lateSlip})`,
  'g',
);
const ordinalPattern = new RegExp(
  `\\b(${Object.keys(ordinalWords).join('|')})\\s+(?=keer|maal|ziekmelding|week|dag\\b|schooldag\\b|${lateSlip})`,
  'g',
);

const staffTime = new RegExp(
  String.raw`\b(?:mijn\s+)?(?:\d+\s+)?(?:dag|dagen|week|weken|maand|maanden|jaar)\s+(?:als\s+(?:nieuwe\s+)?` +
    String.raw`(?:mentor|docent|leraar|leerkracht|oco|zorgco\w*|teamleider|coordinator)|hier\s+op\s+school|` +
    String.raw`in\s+dienst)\b`,
  'g',
);

/** An article amount after a word of frequency: "soms een middag", "regelmatig een lesuur", "af en toe een (halve)
 * dag" (the half goes too: not a count of 0.5). */
const recursLater =
  /\b(?:dat|dit|het)\s+(?:doet|gebeurt)\s+(?:hij|ze|zij)?\s*(?:wel\s+)?(?:vaker|vaak|regelmatig|steeds)\b/;
const oneAmount = /\b(?:een|1)\s+(?=(?:uur|uurtje|lesuur|les|middag|ochtend)\b)/;
/** "regelmatig afwezig 5e en 6e uur": lesson hours that recur, no total. */
const recurringLessons = new RegExp(
  String.raw`\b(soms|regelmatig|vaak|geregeld|af\s+en\s+toe|steeds)\s+((?:[a-z]+\s+){0,2}?)` +
    String.raw`\d+(?:e|de|ste)\s+(?:(?:en|\+|&)\s+\d+(?:e|de|ste)\s+)?(?:lesuur|uur)\b`,
  'g',
);
const recurringAmount = new RegExp(
  String.raw`\b(soms|regelmatig|vaak|geregeld|af\s+en\s+toe|wel\s+eens|weleens|nogal\s+eens)\s+(?:een|1)\s+` +
    String.raw`(?:hele\s+|halve\s+)?(?=(?:middag|ochtend|dag|uur|uurtje|lesuur|dagdeel|les)\b)`,
  'g',
);

/**
 * The message as the situation parser reads it: folded (lower case, no diacritics), abbreviations
 * written out, typos in key words corrected, ordinals and "x" counts as counts ("voor de 11e keer" →
 * "voor de 11 keer", "de twaalfde keer" → "de 12 keer"), numbers as digits, and a sickness that is
 * denied ("niet ziek") marked so it is not read as one.
 * @example normalizeSituationText('Jesse is voor de 11e keer telaat') // 'jesse is voor de 11 keer te laat'
 */
/** A word after "te" before a form of coming in: "te laag gekomen", "te laar binnen". */
const lateWordSlip = /\bte\s+(\p{L}{3,5})(?=\s+(?:ge)?k[wo]\w*\b|\s+binnen\w*\b)/gu;

export function normalizeSituationText(text: string): string {
  // The accented "één" is always the numeral; folding would make it the article.
  let result = foldDutch(text.normalize('NFC').replace(/(?<![\p{L}])(?:één|eén|éen)(?![\p{L}])/giu, '1'));
  // "prev. gesprek", "gr. 5": an abbreviation's full stop inside a sentence ends nothing.
  result = result.replace(abbreviationStop, '$1');
  result = result.replace(/\p{L}+/gu, (word) => correctWord(word));
  // "soms een middag", "af en toe een uur": an amount that recurs now and then, no total.
  result = result.replace(recurringAmount, '$1 meerdere ').replace(recurringLessons, '$1 $2meerdere uren');
  // "weer eens een uur overgeslagen; dat doet hij vaker": the one amount told recurs, no total.
  if (recursLater.test(result)) result = result.replace(oneAmount, 'meerdere ');
  // "3keer", "2dagen", "4wk": digits glued to their unit; "11e", "3x" stay for the rules below.
  result = result.replace(/(\d)(?!(?:e|de|ste|x)(?![a-z]))([a-z])/g, '$1 $2');
  result = result.replace(digitOrdinal, '$1 ');
  result = result.replace(ordinalPattern, (_, word: string) => `${ordinalWords[word]} `);
  // "eerste week als mentor", "pas 3 weken hier": the user's own time in the job, not the pupil's absence.
  result = result.replace(staffTime, ' ');
  // "ma, wo en vr te laat", "ziekmeldingen 14/11 en 2/12": days listed, counted.
  result = countListedOccasions(result);
  // "ziek gemeld op 4 september (1 dag), 18 september (2 dagen)": each date a ziekmelding, the days beside it.
  result = result.replace(datedDays, '$1');
  result = result.replace(/(\d)\s*u\b(?!\s*ur)/g, '$1 uur');
  // "ik weet niet of ze ziek was of gewoon niet kwam": a sickness in doubt is no kind of absence told.
  result = result.replace(sicknessInDoubt, '$1 soort onbekend');
  result = result.replace(/\b(?:niet|geen|zonder)\s+(?:echt\s+|als\s+)?ziek\w*/g, 'nietziek');
  result = withoutOthersSickness(result);
  // "> 4 wk", ">10 dagen": more than.
  result = result.replace(/>\s*(?=\d)/g, ' meer dan ');
  // "van maandag 3 t/m vrijdag 14 maart": the weekday before a date adds nothing.
  result = result.replace(
    new RegExp(
      String.raw`\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|` +
        String.raw`zondag)\s+(?=\d{1,2}\s*(?:t\/m|tot|-|en|januari|februari|maart|april|mei|juni|` +
        String.raw`juli|augustus|september|oktober|november|december)\b)`,
      'g',
    ),
    '',
  );
  // "8 keer na de bel binnen", "15x tl deze per.": te laat, in the words staff use for it.
  result = result.replace(/\bna\s+de\s+bel(?:\s+binnen(?:gekomen|gelopen|komen)?)?\b/g, 'te laat');
  // "11 keer te lat", "4x te laag gekomen": a word one slip from "laat" after "te" (before coming in) is "laat".
  result = result
    .replace(/\bte\s+lat\b/g, 'te laat')
    .replace(lateWordSlip, (whole, word: string) =>
      word !== 'laat' && editDistance(word, 'laat', 1) <= 1 ? 'te laat' : whole,
    );
  result = result.replace(/(\d\s*(?:x|keer|maal))\s+tl\b/g, '$1 te laat');
  // "zijn 11e TL": the nth time late.
  result = result.replace(/\b(\d+)\s*(?:e|de|ste)\s+tl\b/g, '$1 keer te laat');
  result = result.replace(/\b(deze|vorige|afgelopen)\s+per\b\.?/g, '$1 periode');
  // "9 ongeoorloofde uren", "14 absenties (ongeoorloofd)": an absentie is a lesuur missed.
  result = result.replace(
    new RegExp(
      String.raw`\b(\d+(?:[.,]\d+)?)\s+(ongeoorloofde|gemiste|gespijbelde|onwettige)\s+(uren|` +
        String.raw`lesuren|lessen|dagen|dagdelen|uur|lesuur|dag)\b`,
      'g',
    ),
    '$1 $3 $2',
  );
  result = result.replace(
    /\b(\d+)\s+(?:ongeoorloofde\s+)?(?:absenties|absentie|afwezigheden|absent\s+meldingen|absentmeldingen)\b/g,
    '$1 lesuren afwezig',
  );
  // "mist het begin van de dag", "komt pas om kwart over acht binnen": te laat, told as what happens.
  result = result.replace(
    /\bmist\s+((?:\S+\s+){0,4}?)het\s+begin\s+van\s+de\s+(?:dag|les|eerste\s+les|ochtend)\b/g,
    'komt $1te laat',
  );
  result = result.replace(
    new RegExp(
      String.raw`\b(?:komt|kwam|komen|kwamen)\s+(?:\S+\s+){0,3}?(?:pas\s+|rond\s+|om\s+|` +
        String.raw`tegen\s+)+(?:kwart\s+over\s+\S+|half\s+\S+|\d{1,2}[:.]\d{2}|` +
        String.raw`\S+\s+uur)\s+(?:de\s+klas\s+)?binnen\b`,
      'g',
    ),
    'komt te laat binnen',
  );
  // "gisteren voor het eerst te laat": once.
  result = result.replace(/\bvoor\s+het\s+eerst\b/g, '1 keer');
  // "9x laat in de les": late is te laat.
  result = result.replace(/\b(\d+\s*(?:x|keer|maal)\s+)laat\b/g, '$1te laat');
  // A sick parent is a reason at home (mantelzorg), not the pupil's own sickness.
  result = result.replace(/\bzieke\s+(moeder|vader|ouders?|broer\w*|zus\w*|oma|opa)\b/g, '$1 (mantelzorg)');
  const counted = listTotals(correctedCounts(normalizeDutchNumbers(result)));
  return approximateCounts(restatedAmounts(summedRunningCounts(counted)));
}

const countUnits =
  'keer|maal|uur|uren|lesuur|lesuren|lessen|dag|dagen|schooldagen|dagdeel|dagdelen|ochtenden|middagen|ziekmeldingen';
const durationUnits = 'week|weken|maand|maanden';

/**
 * Counts given as a bound or a range, read on the side the protocol's "meer dan" thresholds need:
 * "meer dan 11 keer" → 12, "meer dan 2 weken" → 2.5, "bijna 3 maanden" → 2.5, "5 a 6 keer" → 6,
 * "een keer of 5" → 5, "een dag of drie" → 3, "2 halve dagen" → 2 dagdelen.
 */
function approximateCounts(text: string): string {
  return (
    text
      // "drie van de vijf dagen": the part, not the whole.
      .replace(
        new RegExp(
          `\\b(\\d+(?:\\.\\d+)?)\\s+(?:van\\s+de|uit\\s+de|` +
            `op)\\s+\\d+\\s+(?=(?:${countUnits}|${durationUnits}|lesdagen|lessen)\\b)`,
          'g',
        ),
        '$1 ',
      )
      // "2 weken en 3 dagen": schooldagen in all.
      .replace(
        /\b(\d+)\s+(?:weken|week)\s+en\s+(\d+)\s+(?:schooldagen|dagen|dag)\b/g,
        (_, weeks: string, days: string) => `${Number(weeks) * 5 + Number(days)} schooldagen`,
      )
      .replace(new RegExp(`\\b1\\s+(${countUnits}|${durationUnits})\\s+of\\s+(\\d+)\\b`, 'g'), '$2 $1')
      .replace(/\b(\d+)\s+0\.5\s+(?:dag|dagen)\b/g, '$1 dagdelen')
      .replace(
        new RegExp(`\\b(\\d+)\\s*(?:-|a|à|tot|of)\\s*(\\d+)\\s+(?=(?:${countUnits}|${durationUnits})\\b)`, 'g'),
        (whole, low: string, high: string) => (Number(high) > Number(low) ? `${high} ` : whole),
      )
      .replace(
        new RegExp(
          `\\b(?:meer\\s+dan|ruim\\s+meer\\s+dan|over\\s+de|boven\\s+de)\\s+(\\d+)\\s+(?=(${countUnits})\\b)`,
          'g',
        ),
        (_, value: string) => `${Number(value) + 1} `,
      )
      .replace(
        new RegExp(`\\b(?:meer\\s+dan|langer\\s+dan|ruim)\\s+(\\d+(?:\\.\\d+)?)\\s+(?=(${durationUnits})\\b)`, 'g'),
        (_, value: string) => `${Number(value) + 0.5} `,
      )
      .replace(
        new RegExp(`\\bbijna\\s+(\\d+(?:\\.\\d+)?)\\s+(?=(${durationUnits})\\b)`, 'g'),
        (_, value: string) => `${Math.max(0.5, Number(value) - 0.5)} `,
      )
  );
}
