import { focusOnAskedPupil } from './asked-pupil.js';
import { fromEnglish } from './english-situation.js';
import { parseSick, weekdays } from './parse-sickness.js';
import { extractPupilFirstName } from './pupil-name.js';
import type { Period, Situation } from './situation.js';
import { parseEvents } from './situation-events.js';
import { findPeriod, schoolPeriodLabel, statedToday, weeksSince } from './situation-periods.js';
import {
  absentWords,
  first,
  homeWords,
  lateWords,
  missedLessonWords,
  number,
  sickWords,
  truancyWords,
} from './situation-patterns.js';
import { normalizeSituationText } from './situation-text.js';

export type ParseSituationOptions = {
  /** Today, for "sinds 1 oktober". @default () => new Date() */
  readonly now?: () => Date;
};

/** "moet ik dit melden?"", "is dit al een duo melding?", "moet dit naar leerplicht?" */
const asksAboutReporting = new RegExp(
  String.raw`\b(?:moet|moeten|moest|kan|mag|ga)\s+(?:ik|we|wij|jij|je|school|de\s+school|dit|` +
    String.raw`dat|het|hij|zij|ze)\s+(?:\S+\s+){0,3}(?:melden|gemeld|aanmelden|doorgeven)|` +
    String.raw`\bis\s+(?:dit|dat|het)\s+(?:\S+\s+){0,2}(?:een\s+)?(?:duo[\s-]?)?melding|` +
    String.raw`\bmeld(?:en|plicht)\b.{0,20}\?|\bmoet\s+(?:dit|dat|` +
    String.raw`het)\s+(?:al\s+)?naar\s+(?:de\s+)?leerplicht`,
);

function splitSentences(text: string): string[] {
  return text
    .split(/(?<!\d)\.(?!\d)|[;!?\n]+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * "6 lesuren", "2 keer 0.5 dag" → 1, "2 ochtenden en 1 middag" → 3: the amounts before a unit, each times
 * a count of occasions before it, summed. A breakdown in parentheses ("3 dagdelen (2 ochtenden, 1
 * middag)") counts only when nothing outside them does.
 */
function amountOf(unit: string, sentence: string): number | undefined {
  const pattern = new RegExp(
    `(?:${number}\\s*(?:keer|maal)\\s+)?${number}\\s*(?:(?:losse|aparte|verschillende|hele)\\s+)?${unit}\\b`,
    'g',
  );
  const sum = (text: string) => {
    let total: number | undefined;
    for (const match of text.matchAll(pattern))
      total = (total ?? 0) + (match[1] ? Number(match[1]) : 1) * Number(match[2]);
    return total;
  };
  return sum(sentence.replace(/\([^)]*\)/g, ' ')) ?? sum(sentence);
}

const weekdayPlurals = 'maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen';
const monthWords = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

/** Times te laat said without "N keer": listed dates, "nu op 6", "5 maandagen op rij", "9 te laat". */
function lateCountWithoutKeer(sentence: string): number | undefined {
  // "te laat op 4, 11 en 18 november en vanochtend weer", "te laat op: 2/9, 9/9, 16/9".
  const listed = new RegExp(
    `\\bte\\s*laat\\s+op\\s*:?\\s*((?:\\d{1,2}(?:\\/\\d{1,2})?(?:\\s+(?:${monthWords}))?\\s*(?:,|en|\\.)?\\s*)+)`,
  ).exec(sentence);
  if (listed) {
    const dates = listed[1]!.match(/\d{1,2}(?:\/\d{1,2})?/g)?.length ?? 0;
    const today =
      /\b(?:vandaag|vanochtend|vanmorgen)\s+(?:\S+\s+)?weer\b|\bweer\s+(?:vandaag|vanochtend|vanmorgen)\b/.test(
        sentence,
      )
        ? 1
        : 0;
    if (dates >= 2) return dates + today;
  }
  // "kwam op maandag 6, dinsdag 14 en donderdag 23 januari te laat": the dates listed.
  const dated = sentence.match(/\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\s+\d{1,2}\b/g)?.length ?? 0;
  if (dated >= 2) return dated;
  return (
    // "toen stond de teller op 4, nu op 6": the count now.
    first(
      new RegExp(`\\bnu\\s+(?:(?:staat|zit)\\s+(?:\\S+\\s+)?)?op\\s+${number}\\b(?!\\s*(?:min|uur|dagen|weken))`),
      sentence,
    ) ??
    first(new RegExp(`\\bte[\\s-]*laat\\w*\\s*[:=]\\s*${number}(?!\\s*(?:min|uur|dagen|weken))`), sentence) ??
    // "elke maandag te laat, dat zijn er nu 13": the times counted up.
    first(
      new RegExp(
        `\\b(?:dat|het)\\s+(?:zijn|is|waren|was|staat)\\s+(?:er\\s+)?(?:(?:nu|inmiddels|` +
          `intussen|al|dus|op|zo'?n)\\s+)*${number}\\b(?!\\s*(?:min|uur|lesuren|dagen|` +
          `weken|jaar|%))`,
      ),
      sentence,
    ) ??
    first(new RegExp(`(?<!\\bom\\s)\\b${number}\\s+te[\\s-]*laat\\b`), sentence) ??
    first(new RegExp(`\\b${number}\\s+(?:${weekdayPlurals})\\b`), sentence) ??
    first(new RegExp(`\\bstaat\\s+(?:\\S+\\s+){0,2}op\\s+${number}\\b(?!\\s*(?:min|uur))`), sentence)
  );
}

/** "2x per week te laat, 7 weken lang", "3 weken op rij elke dag te laat": a rate times the weeks. */
function lateRateTimesWeeks(sentence: string, period: Period | undefined): number | undefined {
  const perWeek =
    first(new RegExp(`${number}\\s*(?:keer|maal)\\s+(?:per|in\\s+de|elke|iedere)\\s+week\\b`), sentence) ??
    (/\b(?:elke|iedere)\s+(?:school)?dag\b|\bdagelijks\b/.test(sentence) ? 5 : undefined);
  if (perWeek === undefined) return undefined;
  const weeks =
    first(new RegExp(`${number}\\s*(?:schoolweken|weken)\\b`), sentence) ??
    (period && period.label !== schoolPeriodLabel ? Math.round(period.days / 7) : undefined);
  return weeks === undefined ? undefined : perWeek * weeks;
}

function parseLate(sentence: string, situation: Situation, period: Period | undefined): void {
  if (!lateWords.test(sentence)) return;
  situation.mentioned.late = true;
  // "Deze periode 6 keer te laat, vorige periode 7 keer": every count of the sentence.
  const counts = [
    ...sentence.matchAll(new RegExp(`${number}\\s*(?:keer|maal)\\b(?!\\s+(?:per|in\\s+de\\s+week))`, 'g')),
  ].map((match) => Number(match[1]));
  const tied =
    first(
      new RegExp(
        `${number}\\s*(?:keer|maal)\\b(?:(?!ziek|spijbel|afwezig|\\bdag|\\buur|` +
          `\\d).){0,40}?\\b(?:te[\\s-]*laat|niet\\s+op\\s+tijd)`,
      ),
      sentence,
    ) ??
    first(new RegExp(`\\bte[\\s-]*laat\\b[^\\d]{0,60}?${number}\\s*(?:keer|maal)\\b`), sentence) ??
    first(
      new RegExp(`${number}\\s*(?:te[\\s-]*laat[\\s-]*(?:meldingen|komingen|momenten)|laatkomingen|laatkomers)`),
      sentence,
    );
  const stated = lateCountWithoutKeer(sentence);
  const onlyLate = !truancyWords.test(sentence) && !sickWords.test(sentence);
  // "in totaal dus 5 keer" is the total; counts for different periods ("deze periode 6, vorige periode 7") add up.
  const total = first(
    new RegExp(`\\b(?:in\\s+totaal|totaal|dus|samen)\\s+(?:\\S+\\s+){0,2}?${number}\\s*(?:keer|maal)\\b`),
    sentence,
  );
  const periodsNamed = (
    sentence.match(
      new RegExp(
        String.raw`\bperiode\b|\bmaand\b|\bweek\b|januari|februari|maart|april|mei|juni|september|` +
          String.raw`oktober|november|december|vakantie`,
        'g',
      ),
    ) ?? []
  ).length;
  const perPeriod =
    tied !== undefined && onlyLate && counts.length > 1 && periodsNamed >= counts.length - 1 && periodsNamed > 0;
  const count =
    stated !== undefined && /\bnu\s+(?:(?:staat|zit)\s+(?:\S+\s+)?)?op\s+\d|te\s*laat\s+op\s*:?\s*\d/.test(sentence)
      ? stated
      : (total ??
        (perPeriod
          ? counts.reduce((sum, value) => sum + value, 0)
          : (lateRateTimesWeeks(sentence, period) ?? tied ?? stated)));
  if (count !== undefined) {
    situation.lateCount = (situation.lateCount ?? 0) + count;
    // Te laat has no counting period in the protocol; an estimated "deze periode" is left as the user said it.
    if (period && period.label !== schoolPeriodLabel) situation.latePeriod = period;
  }
}

/** "5e en 6e uur" → 2, "3e t/m 6e uur" → 4. */
function listedLessons(list: string): number {
  const numbers = [...list.matchAll(/(\d+)(?:e|de|ste)/g)].map((match) => Number(match[1]));
  if (/t\/m|tot/.test(list) && numbers.length === 2) return Math.max(1, numbers[1]! - numbers[0]! + 1);
  return numbers.length;
}

/** "vanochtend", "vrijdagmiddag", "de middag": one dagdeel said without a number. */
function uncountedDagdeel(text: string): number | undefined {
  return /\b(?:van|(?:maan|dins|woens|donder|vrij)dag|de|die|een)\s*(?:ochtend|middag)\b/.test(text) ? 1 : undefined;
}

/** The truancy a sentence counts, by unit: "6 lesuren", "3x mijn gymles", "2 losse lesuren", "twee middagen", "1,5
 * dag". */
function truancyAmounts(sentence: string): { hours?: number; dagdelen?: number; days?: number } {
  // "een halve dag" is a dagdeel, the unit Bijlage 1 counts in; a blokuur is two lesuren.
  const text = sentence
    .replace(/\b0\.5\s+dag\b/g, '1 dagdeel')
    .replace(
      /\b(\d+)\s+blokuur|\b(\d+)\s+blokuren\b/g,
      (_whole, one?: string, many?: string) => `${Number(one ?? many) * 2} lesuren`,
    );
  // Each lesson missed is a lesuur: "3x mijn gymles", "5 x gespijbeld (losse uren)".
  const hours =
    amountOf('\\w*(?:lesuren|lesuur|uren|uur|lessen|les)', text) ??
    first(
      new RegExp(
        `${number}\\s*(?:keer|maal)\\s+(?:\\S+\\s+){0,3}\\(?(?:losse\\s+)?\\w*(?:les(?:uur|uren|sen)?|uren)\\b`,
      ),
      text,
    );
  // "het 5e en 6e uur": the lessons listed.
  const listed = /\b(?:het\s+)?\d+(?:e|de|ste)(?:\s*(?:,|en|t\/m|tot)\s*\d+(?:e|de|ste))*\s+(?:les)?uur\b/.exec(text);
  const listedHours = listed ? listedLessons(listed[0]) : undefined;
  const dagdelen = amountOf('(?:dagdelen|dagdeel|ochtenden|ochtend|middagen|middag)', text) ?? uncountedDagdeel(text);
  // "op 3 verschillende dagen het 1e uur gemist": the lessons listed, each of those days.
  const onDays = /\bop\s+(\d+)\s+(?:verschillende\s+|losse\s+|aparte\s+)?dagen\b/.exec(text);
  const lessonsEach = /\b(?:het\s+)?\d+(?:e|de|ste)(?:\s*(?:,|en|t\/m|tot)\s*\d+(?:e|de|ste))*\s+(?:les)?uur\b/.exec(
    text,
  );
  if (onDays && lessonsEach) return { hours: Number(onDays[1]) * listedLessons(lessonsEach[0]) };
  // "2 uur per week, nu 3 weken achter elkaar": a rate times the weeks.
  const rate = /(\d+(?:\.\d+)?)\s*(?:les)?uur\s+per\s+week\b.*?\b(\d+(?:\.\d+)?)\s+weken\b/.exec(text);
  if (rate) return { hours: Number(rate[1]) * Number(rate[2]) };
  // "maandag en woensdag de hele dag": each weekday named a day; "3 maandagen op rij de laatste 3 uur": times the
  // hours.
  const weekdayList = new RegExp(
    String.raw`\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:\s*(?:,|en)\s*(?:maandag|` +
      String.raw`dinsdag|woensdag|donderdag|vrijdag))+\s+(?:\S+\s+){0,2}hele\s+dag\b`,
  ).exec(text);
  if (weekdayList) return { days: weekdayList[0].match(/maandag|dinsdag|woensdag|donderdag|vrijdag/g)!.length };
  const repeated =
    /\b(\d+)\s+(?:maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen)\b(?:\s+\S+){0,6}?\s+(\d+)\s*(?:les)?uur\b/.exec(
      text,
    );
  if (repeated) return { hours: Number(repeated[1]) * Number(repeated[2]) };
  // "sinds 3 weken elke maandag de eerste 3 lesuren": the hours each week times the weeks.
  const weekly = /\b(?:elke|iedere)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|week)\b/.test(text)
    ? /\b(\d+(?:\.\d+)?)\s+(?:schoolweken|weken)\b/.exec(text)
    : null;
  const weeklyHours = weekly
    ? amountOf('\\w*(?:lesuren|lesuur|uren|uur|lessen)', text.replace(weekly[0], ' '))
    : undefined;
  if (weekly && weeklyHours !== undefined) return { hours: weeklyHours * Number(weekly[1]) };
  // "maandag, dinsdag en woensdag zonder reden afwezig": each weekday named a day, when no other unit is said.
  const namedDays = new RegExp(
    String.raw`\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:\s*(?:,|en)\s*(?:maandag|` +
      String.raw`dinsdag|woensdag|donderdag|vrijdag))+\b`,
  ).exec(text);
  if (
    namedDays &&
    !new RegExp(
      String.raw`\d\s*(?:\w*uur|\w*uren|lessen|dagdel|ochtend|middag|dag|dagen)\b|\b(?:ochtend|` +
        String.raw`middag|\d+(?:e|de|ste)\s+(?:les)?uur)`,
    ).test(text)
  )
    return { days: namedDays[0].match(/maandag|dinsdag|woensdag|donderdag|vrijdag/g)!.length };
  // "2 weken mee op vakantie zonder toestemming": a week is 5 schooldagen (not "al 3 weken", a duration).
  const weeks = /per\s+week/.test(text)
    ? null
    : new RegExp(
        String.raw`(?<!\b(?:al|sinds|afgelopen|laatste|ruim|bijna|nu|geen|` +
          String.raw`dus)\s+)(?<![(–-]\s*)\b(\d+(?:\.\d+)?)\s*(?:schoolweken|schoolweek|weken|` +
          String.raw`week)\b(?!\s+(?:eerder|later|geleden|voor|na|lang|achter\s+elkaar|op\s+rij)\b)`,
      ).exec(text);
  const days =
    amountOf('(?:hele\\s+)?(?:schooldagen|schooldag|dagen|dag)', text) ??
    (weeks ? Number(weeks[1]) * 5 : undefined) ??
    (/\b(?:de|een)\s+hele\s+dag\b/.test(text) && !/\b(?:elke|iedere|steeds|vaak)\b/.test(text) ? 1 : undefined);
  const allHours = hours ?? listedHours;
  return {
    ...(allHours !== undefined && { hours: allHours }),
    ...(dagdelen !== undefined && { dagdelen }),
    ...(days !== undefined && { days }),
  };
}

function addTruancy(
  situation: Situation,
  { hours, dagdelen, days }: ReturnType<typeof truancyAmounts>,
  period: Period | undefined,
): void {
  if (hours !== undefined) situation.truancyHours = (situation.truancyHours ?? 0) + hours;
  if (dagdelen !== undefined) situation.truancyDagdelen = (situation.truancyDagdelen ?? 0) + dagdelen;
  if (days !== undefined) situation.truancyDays = (situation.truancyDays ?? 0) + days;
  if (period && (hours ?? dagdelen ?? days) !== undefined) situation.truancyPeriod = period;
}

function parseTruancy(sentence: string, situation: Situation, period: Period | undefined): void {
  const truant =
    truancyWords.test(sentence) || (missedLessonWords.test(sentence) && !/jeugdarts|ggd|afspraak/.test(sentence));
  if (!truant || sickWords.test(sentence) || /\bgeoorloofd/.test(sentence.replace(/ongeoorloofd/g, ''))) return;
  situation.mentioned.truancy = true;
  const amounts = truancyAmounts(sentence);
  // "van 3 t/m 7 november ongeoorloofd afwezig": the schooldagen of the range.
  const fromRange =
    Object.keys(amounts).length === 0 && period?.schoolDays !== undefined ? { days: period.schoolDays } : amounts;
  addTruancy(situation, fromRange, period);
}

const hasTruancyAmount = (situation: Situation) =>
  situation.truancyHours !== undefined ||
  situation.truancyDagdelen !== undefined ||
  situation.truancyDays !== undefined;

function parseHome(
  sentence: string,
  situation: Situation,
  period: Period | undefined,
  sinceWeeksCount: number | undefined,
): void {
  if (!homeWords.test(sentence) || sickWords.test(sentence)) return;
  situation.mentioned.home = true;
  const weeks = first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b`), sentence);
  const monthCount = first(new RegExp(`${number}\\s*(?:maanden|maand)\\b`), sentence);
  const dayCount = first(new RegExp(`${number}\\s*(?:schooldagen|dagen|dag)\\b`), sentence);
  // "de hele maand niet op school geweest".
  const whole = /\bhele\s+maand\b/.test(sentence) ? 4.35 : /\bhele\s+week\b/.test(sentence) ? 1 : undefined;
  const value =
    weeks ??
    (monthCount !== undefined ? monthCount * 4.35 : undefined) ??
    (dayCount !== undefined ? dayCount / 5 : undefined) ??
    sinceWeeksCount ??
    (period ? period.days / 7 : undefined) ??
    whole;
  if (value !== undefined) situation.homeWeeks = Math.round(value * 10) / 10;
}

function parseAge(text: string): number | undefined {
  const patterns = [
    /\((\d{1,2})(?:\s*jaar|\s*jr)?\s*[,;)]/,
    /(?:\bis|\bvan|,|\bleeftijd:?)\s*(\d{1,2})\s*(?:jaar|jr)\b/,
    /(\d{1,2})[\s-]*jarige?\b/,
    /leerling\s+van\s+(\d{1,2})\b/,
    /[a-z]\s*,\s*(\d{1,2})\s*(?:jaar|jr)?\s*(?:\)|[.!?]|$)/,
    /\bis\s+(\d{1,2})\s*(?:,|\ben\b)/,
    new RegExp(
      String.raw`(?<!\b(?:in|binnen|al|sinds|afgelopen|over|na|laatste)\s+)\b(\d{1,2})\s*(?:jaar|` +
        String.raw`jr)\b(?!\s+(?:geleden|lang|oud\s+geleden))`,
    ),
  ];
  for (const pattern of patterns) {
    const value = first(pattern, text);
    if (value !== undefined && value >= 4 && value <= 20) return value;
  }
  return undefined;
}

function parseSchoolType(text: string): 'po' | 'vo' | undefined {
  if (/\bgroep\s*[1-8]\b|basisschool|\bpo\b|basisonderwijs|leerkracht|\bib[\s'-]?er\b|intern\s+begeleider/.test(text))
    return 'po';
  if (
    new RegExp(
      String.raw`\bklas\s*[1-6]\b|brugklas|\bvo\b|havo|vwo|vmbo|mavo|gymnasium|atheneum|` +
        String.raw`middelbare|leerjaar\s*[1-6]|\b[1-6](?:e|de|ste)\s+(?:klas|jaar)|` +
        String.raw`\b[1-6]\s*(?:havo|vwo|vmbo|mavo)|\bmbo\b`,
    ).test(text)
  )
    return 'vo';
  return undefined;
}

/**
 * Reads a chat message about a pupil into a {@link Situation}: only what is said, nothing assumed.
 * @example parseSituation('Daan is in 2 maanden 3 keer een dag ziek gemeld') // { sickReports: 3, sickReportDays: 1,
 * sickPeriod: { days: 61, … } }
 */
export function parseSituation(typed: string, { now = () => new Date() }: ParseSituationOptions = {}): Situation {
  const text = focusOnAskedPupil(fromEnglish(typed));
  const normalized = normalizeSituationText(text);
  // "het is nu december": the message's own today wins over the clock.
  const today = statedToday(normalized, now());
  const todayWeekday = weekdays.findIndex((day) =>
    new RegExp(`\\b(?:het\\s+is\\s+nu|nu\\s+is\\s+het|vandaag\\s+is\\s+het|vandaag\\s+\\(?)\\s*${day}\\b`).test(
      normalized,
    ),
  );
  const sentences = splitSentences(normalized);
  const situation: Situation = { mentioned: {}, events: parseEvents(normalized, sentences) };
  const pupilFirstName = extractPupilFirstName(text);
  if (pupilFirstName) situation.pupilFirstName = pupilFirstName;
  const age = parseAge(normalized);
  if (age !== undefined) situation.age = age;
  // Pupils go to the vo from about 12; a younger age means the po.
  const schoolType = parseSchoolType(normalized) ?? (age !== undefined && age <= 11 ? 'po' : undefined);
  if (schoolType) situation.schoolType = schoolType;
  if (asksAboutReporting.test(normalized)) situation.asksAboutReporting = true;
  if (absentWords.test(normalized)) situation.mentioned.absent = true;
  const periods = sentences.map((sentence) => findPeriod(sentence, today));
  const onlyPeriod = periods.filter(Boolean).length === 1 ? periods.find(Boolean)?.period : undefined;
  sentences.forEach((sentence, index) => {
    const found = periods[index];
    const period = found?.period ?? onlyPeriod;
    const withoutPeriod = found ? sentence.replace(found.match, ' ') : sentence;
    const since = weeksSince(sentence, today);
    parseLate(withoutPeriod, situation, period);
    parseTruancy(withoutPeriod, situation, period);
    parseSick(withoutPeriod, situation, period, since, todayWeekday >= 0 ? todayWeekday : today.getUTCDay());
    // The home track reads the whole sentence: "sinds de zomervakantie thuis (ruim 5 weken)".
    parseHome(sentence, situation, found?.period, since);
  });
  // "3 hele dagen weg en nog wat losse uren. Samen ruim 20 uur.": a total said wins over the parts.
  const total = situation.mentioned.truancy
    ? first(
        new RegExp(
          `\\b(?:samen|in\\s+totaal|totaal|alles\\s+bij\\s+elkaar|opgeteld|dat\\s+is|` +
            `dat\\s+zijn)\\s+(?:dus\\s+)?(?:(?:ruim|bijna|zo'?n|ongeveer|al|` +
            `nu)\\s+)*${number}\\s*(?:lesuren|uren|uur)\\b`,
        ),
        normalized,
      )
    : undefined;
  if (total !== undefined && total > (situation.truancyHours ?? 0)) situation.truancyHours = total;
  // "Hoeveel uur spijbelen voor het spreekuur? Ik heb een ll met 10 uur.", "ziekgemeld, weer. Derde keer in 5
  // weken.": when the message names one kind of absence, a sentence that names none still counts for it.
  const { late, truancy, sick, home } = situation.mentioned;
  const kinds = [late, truancy, sick, home].filter(Boolean).length;
  const kindless = (sentence: string) =>
    !truancyWords.test(sentence) && !sickWords.test(sentence) && !lateWords.test(sentence) && !homeWords.test(sentence);
  sentences.forEach((sentence, index) => {
    if (kinds !== 1 || !kindless(sentence)) return;
    const found = periods[index];
    const period = found?.period ?? onlyPeriod;
    const withoutPeriod = found ? sentence.replace(found.match, ' ') : sentence;
    if (truancy && !hasTruancyAmount(situation)) addTruancy(situation, truancyAmounts(withoutPeriod), period);
    if (late && situation.lateCount === undefined) {
      // "Dat is nu drie woensdagen zo gegaan."
      const count =
        first(new RegExp(`${number}\\s*(?:keer|maal)\\b`), withoutPeriod) ??
        first(new RegExp(`\\b${number}\\s+(?:${weekdayPlurals})\\b`), withoutPeriod);
      if (count !== undefined) situation.lateCount = count;
    }
    if (home && situation.homeWeeks === undefined) {
      // "durft niet meer te komen. 8 schooldagen nu."
      const weeks = first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b`), sentence);
      const days = first(new RegExp(`${number}\\s*(?:schooldagen|dagen)\\b`), sentence);
      const value = weeks ?? (days !== undefined ? days / 5 : undefined);
      if (value !== undefined) situation.homeWeeks = Math.round(value * 10) / 10;
    }
    // "Eerst een dag ziek, toen twee dagen, nu weer. Dat is de 3 keer binnen 2 maanden.": the episodes counted.
    const episodes = first(
      /\b(?:dat|het)\s+(?:is|zijn|was)\s+(?:nu\s+|al\s+|dus\s+)*(?:de\s+)?(\d+)\s*keer\b/,
      withoutPeriod,
    );
    if (sick && episodes !== undefined && situation.sickReports === undefined) {
      situation.sickReports = episodes;
      delete situation.sickDays;
      if (period) situation.sickPeriod = period;
    }
    if (
      sick &&
      situation.sickReports === undefined &&
      situation.sickDays === undefined &&
      situation.consecutiveSickDays === undefined
    ) {
      parseSick(
        withoutPeriod,
        situation,
        period,
        weeksSince(sentence, today),
        todayWeekday >= 0 ? todayWeekday : today.getUTCDay(),
        true,
      );
    }
  });
  // "de 3e keer deze week zonder afmelding. Telkens de hele dag.": a count of times and the unit each time.
  if (truancy && !hasTruancyAmount(situation)) {
    // "mist elke vrijdag de hele dag, dat zijn er nu 4", "3 vrijdagen op rij de hele dag".
    const times =
      first(new RegExp(`${number}\\s*(?:keer|maal)\\b`), normalized) ??
      first(
        new RegExp(
          `\\b(?:dat|het)\\s+(?:zijn|is|waren|was)\\s+(?:er\\s+)?(?:(?:nu|inmiddels|` +
            `intussen|al|dus|zo'?n)\\s+)*${number}\\b(?!\\s*(?:min|uur|lesuren|dagen|weken|` +
            `jaar|%))`,
        ),
        normalized,
      ) ??
      first(new RegExp(`\\b${number}\\s+(?:${weekdayPlurals})\\b`), normalized);
    const each = /\b(?:hele\s+)?dag\b|\b(?:ochtend|middag|dagdeel)\b|\b(?:les)?uur\b/.exec(
      normalized.replace(/\d+\s*(?:keer|maal)/g, ''),
    );
    if (times !== undefined && each) {
      const unit = each[0];
      addTruancy(
        situation,
        /dag\b/.test(unit) && !/dagdeel/.test(unit)
          ? { days: times }
          : /uur/.test(unit)
            ? { hours: times }
            : { dagdelen: times },
        onlyPeriod,
      );
    }
  }
  // "twee dagen niet op school geweest, niet afgemeld": a few days away without leave is truancy, not thuiszitten.
  if (
    situation.mentioned.truancy &&
    !situation.mentioned.sick &&
    situation.homeWeeks !== undefined &&
    situation.homeWeeks < 1 &&
    !hasTruancyAmount(situation)
  ) {
    situation.truancyDays = Math.round(situation.homeWeeks * 5);
    delete situation.homeWeeks;
    delete situation.mentioned.home;
  }
  return situation;
}
