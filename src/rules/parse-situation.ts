import { extractPupilFirstName } from './pupil-name.js';
import type { Period, Situation } from './situation.js';
import { parseEvents } from './situation-events.js';
import { illnessWords, vagueComplaints } from './situation-lexicon.js';
import { findPeriod, statedToday, weeksSince } from './situation-periods.js';
import { normalizeSituationText } from './situation-text.js';

export type ParseSituationOptions = {
  /** Today, for "sinds 1 oktober". @default () => new Date() */
  readonly now?: () => Date;
};

const number = '(\\d+(?:\\.\\d+)?)';

/** "moet ik dit melden?", "is dit al een duo melding?", "moet dit naar leerplicht?" */
const asksAboutReporting = /\b(?:moet|moeten|moest|kan|mag|ga)\s+(?:ik|we|wij|jij|je|school|de\s+school|dit|dat|het|hij|zij|ze)\s+(?:\S+\s+){0,3}(?:melden|gemeld|aanmelden|doorgeven)|\bis\s+(?:dit|dat|het)\s+(?:\S+\s+){0,2}(?:een\s+)?(?:duo[\s-]?)?melding|\bmeld(?:en|plicht)\b.{0,20}\?|\bmoet\s+(?:dit|dat|het)\s+(?:al\s+)?naar\s+(?:de\s+)?leerplicht/;

function splitSentences(text: string): string[] {
  return text.split(/(?<!\d)\.(?!\d)|[;!?\n]+/).map((sentence) => sentence.trim()).filter(Boolean);
}

const first = (pattern: RegExp, text: string): number | undefined => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
};

/**
 * "6 lesuren", "2 keer 0.5 dag" → 1, "2 ochtenden en 1 middag" → 3: the amounts before a unit, each times
 * a count of occasions before it, summed. A breakdown in parentheses ("3 dagdelen (2 ochtenden, 1
 * middag)") counts only when nothing outside them does.
 */
function amountOf(unit: string, sentence: string): number | undefined {
  const pattern = new RegExp(`(?:${number}\\s*(?:keer|maal)\\s+)?${number}\\s*(?:(?:losse|aparte|verschillende|hele)\\s+)?${unit}\\b`, 'g');
  const sum = (text: string) => {
    let total: number | undefined;
    for (const match of text.matchAll(pattern)) total = (total ?? 0) + (match[1] ? Number(match[1]) : 1) * Number(match[2]);
    return total;
  };
  return sum(sentence.replace(/\([^)]*\)/g, ' ')) ?? sum(sentence);
}

const truancyWords = /spijbel|brossen|gebrost|skip|ongeoorloofd|zonder\s+(?:geldige\s+)?(?:reden|afmelding|toestemming|bericht)|weggebleven|afwezig|gemist|verzuimd|verzuim\b|overgeslagen|slaat\s+(?:\S+\s+){0,3}over\b|weggelopen|niet\s+bijgewoond|(?:ipv|in\s+plaats\s+van)\s+(?:op\s+|naar\s+)?(?:school|de\s+les)|\bmist\b|niet\s+naar\s+(?:de\s+|zijn\s+|haar\s+)?les/;
/** Not showing up for lessons; in a sentence about the jeugdarts it is the no-show there instead. */
const missedLessonWords = /niet\s+(?:komen\s+|komt\s+)?op\s*(?:komen\s+)?dagen|niet\s+opgedaagd|niet\s+aanwezig|niet\s+(?:\S+\s+){0,3}(?:les|lessen|lesuur|lesuren)\s+(?:verschenen|gekomen|geweest)/;
/** Absent, kind not said: "sanne verzuimt", "hij is nogal eens weg", "hij was er niet". */
const absentWords = /\bverzuim(?:t|de|den)\b|\b(?:is|was|zijn|waren)\s+(?:\S+\s+){0,3}weg\b|\b(?:is|was|zijn|waren)\s+er\s+(?:\S+\s+){0,5}niet\b/;
// "nietziek" is a denied sickness (see normalizeSituationText).
const sickWords = new RegExp(`(?<!niet)ziek|(?:${illnessWords.join('|')})`);
const lateWords = /\bte\s*laat\b|laatkom|te-laat|niet\s+op\s+tijd/;
const homeWords = /(?:sinds|vanaf)\s+(?:\S+\s+){1,4}thuis\b|thuis\s*zit|thuiszit|zit\s+(?:al\s+)?(?:\S+\s+){0,3}thuis\b|(?:niet|nooit)\s+meer\s+(?:naar|op)\s+school|\b(?:al|sinds|vanaf)\s+(?:\S+\s+){0,4}(?:niet|nooit)\s+(?:naar|op)\s+school|(?:niet|nooit)\s+(?:naar|op)\s+school\s+(?:\S+\s+){0,2}(?:sinds|al)\b|\d+(?:\.\d+)?\s+(?:weken|week|maanden|maand)\s+(?:\S+\s+)?(?:niet|nooit)\s+(?:naar|op)\s+school|thuis\s+(?:sinds|al)|\d\s+(?:weken|week|maanden|maand)\s+(?:al\s+)?thuis\b|\bkomt\s+(?:\S+\s+){0,5}niet\s+meer\b(?!\s+(?:te\s+laat|op\s+tijd))|\bwil\s+(?:\S+\s+){0,2}niet\s+(?:meer\s+)?naar\s+school|\bweiger\w*\s+(?:\S+\s+){0,2}(?:naar\s+)?school|\bkomt\s+(?:al\s+)?(?:ruim\s+|bijna\s+)?\d+(?:\.\d+)?\s+(?:weken|week|maanden|maand)\s+niet\b(?!\s+(?:meer\s+)?(?:te\s+laat|op\s+tijd|opdagen))/;
const consecutiveWords = /achter\s*elkaar|achtereen|aaneengesloten|aan\s*een\s*stuk|onafgebroken|\bal\s+\d|\bsinds\b|\bnu\s+al\b/;

function parseLate(sentence: string, situation: Situation, period: Period | undefined): void {
  if (!lateWords.test(sentence)) return;
  situation.mentioned.late = true;
  const count =
    first(new RegExp(`${number}\\s*(?:keer|maal)\\b(?:(?!ziek|spijbel|afwezig|\\bdag|\\buur|\\d).){0,40}?\\b(?:te[\\s-]*laat|niet\\s+op\\s+tijd)`), sentence) ??
    first(new RegExp(`\\bte[\\s-]*laat\\b[^\\d]{0,30}?${number}\\s*(?:keer|maal)\\b`), sentence) ??
    first(new RegExp(`${number}\\s*(?:te[\\s-]*laat[\\s-]*(?:meldingen|komingen|momenten)|laatkomingen|laatkomers)`), sentence);
  if (count !== undefined) {
    situation.lateCount = (situation.lateCount ?? 0) + count;
    if (period) situation.latePeriod = period;
  }
}

/** "5e en 6e uur" → 2, "3e t/m 6e uur" → 4. */
function listedLessons(list: string): number {
  const numbers = [...list.matchAll(/(\d+)(?:e|de|ste)/g)].map((match) => Number(match[1]));
  if (/t\/m|tot/.test(list) && numbers.length === 2) return Math.max(1, numbers[1]! - numbers[0]! + 1);
  return numbers.length;
}

/** The truancy a sentence counts, by unit: "6 lesuren", "3x mijn gymles", "2 losse lesuren", "twee middagen", "1,5 dag". */
function truancyAmounts(sentence: string): { hours?: number; dagdelen?: number; days?: number } {
  // "een halve dag" is a dagdeel, the unit Bijlage 1 counts in.
  const text = sentence.replace(/\b0\.5\s+dag\b/g, '1 dagdeel');
  // Each lesson missed is a lesuur: "3x mijn gymles", "5 x gespijbeld (losse uren)".
  const hours = amountOf('\\w*(?:lesuren|lesuur|uren|uur|lessen|les)', text) ?? first(new RegExp(`${number}\\s*(?:keer|maal)\\s+(?:\\S+\\s+){0,3}\\(?(?:losse\\s+)?\\w*(?:les(?:uur|uren|sen)?|uren)\\b`), text);
  // "het 5e en 6e uur": the lessons listed.
  const listed = /\b(?:het\s+)?\d+(?:e|de|ste)(?:\s*(?:,|en|t\/m|tot)\s*\d+(?:e|de|ste))*\s+(?:les)?uur\b/.exec(text);
  const listedHours = listed ? listedLessons(listed[0]) : undefined;
  const dagdelen = amountOf('(?:dagdelen|dagdeel|ochtenden|ochtend|middagen|middag)', text);
  // "2 weken mee op vakantie zonder toestemming": a week is 5 schooldagen (not "al 3 weken", a duration).
  const weeks = /(?<!\b(?:al|sinds|afgelopen|laatste|ruim|bijna)\s+)\b(\d+(?:\.\d+)?)\s*(?:schoolweken|schoolweek|weken|week)\b(?!\s+(?:eerder|later|geleden|voor|na|lang)\b)/.exec(text);
  const days = amountOf('(?:hele\\s+)?(?:schooldagen|schooldag|dagen|dag)', text) ?? (weeks ? Number(weeks[1]) * 5 : undefined);
  const allHours = hours ?? listedHours;
  return { ...(allHours !== undefined && { hours: allHours }), ...(dagdelen !== undefined && { dagdelen }), ...(days !== undefined && { days }) };
}

function addTruancy(situation: Situation, { hours, dagdelen, days }: ReturnType<typeof truancyAmounts>, period: Period | undefined): void {
  if (hours !== undefined) situation.truancyHours = (situation.truancyHours ?? 0) + hours;
  if (dagdelen !== undefined) situation.truancyDagdelen = (situation.truancyDagdelen ?? 0) + dagdelen;
  if (days !== undefined) situation.truancyDays = (situation.truancyDays ?? 0) + days;
  if (period && (hours ?? dagdelen ?? days) !== undefined) situation.truancyPeriod = period;
}

function parseTruancy(sentence: string, situation: Situation, period: Period | undefined): void {
  const truant = truancyWords.test(sentence) || (missedLessonWords.test(sentence) && !/jeugdarts|ggd|afspraak/.test(sentence));
  if (!truant || sickWords.test(sentence) || /\bgeoorloofd/.test(sentence.replace(/ongeoorloofd/g, ''))) return;
  situation.mentioned.truancy = true;
  addTruancy(situation, truancyAmounts(sentence), period);
}

const hasTruancyAmount = (situation: Situation) => situation.truancyHours !== undefined || situation.truancyDagdelen !== undefined || situation.truancyDays !== undefined;

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** A named illness or injury, or a diagnosis, not denied ("geen diagnose"): the reason is known. */
const knownReason = new RegExp(`(?<!\\b(?:geen|zonder|niet|onduidelijke?)\\s+(?:\\S+\\s+)?)(?:${['opgenomen', 'diagnose', 'ongeluk', 'een\\s+val', ...illnessWords.filter((word) => !vagueComplaints.includes(word))].join('|')})`);

const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** Schooldagen ill in a row said without a number: "de 3e dag", "gisteren en vandaag", "sinds dinsdag". */
function daysInARow(sentence: string, todayWeekday: number): number | undefined {
  const ordinal = /\b(\d+)(?:e|de|ste)\s+(?:zieke?\s+)?dag\b/.exec(sentence);
  if (ordinal) return Number(ordinal[1]);
  if (/\bgisteren\s+en\s+vandaag\b|\bsinds\s+gisteren\b/.test(sentence)) return 2;
  if (/\b(?:vandaag|vanochtend|vanmorgen|vanmiddag)\b/.test(sentence) && !/\bsinds\b/.test(sentence)) return 1;
  const since = new RegExp(`\\bsinds\\s+(?:afgelopen\\s+|vorige\\s+)?(${weekdays.join('|')})\\b`).exec(sentence);
  if (!since) return undefined;
  const from = weekdays.indexOf(since[1]!);
  const span = ((todayWeekday - from + 7) % 7) + 1;
  // Weekend days in between are no schooldagen.
  let weekend = 0;
  for (let offset = 0; offset < span; offset += 1) if ([0, 6].includes((from + offset) % 7)) weekend += 1;
  return span - weekend;
}

function parseSick(sentence: string, situation: Situation, period: Period | undefined, sinceWeeksCount: number | undefined, todayWeekday: number, assumeSick = false): void {
  if (!assumeSick && !sickWords.test(sentence)) return;
  situation.mentioned.sick = true;
  if (/(?:vaak|regelmatig|steeds|telkens|geregeld|meerdere\s+keren|\d+\s*keer)\s+(?:\S+\s+){0,3}ziek\s+naar\s+huis|ziek\s+naar\s+huis\s+(?:\S+\s+){0,3}(?:vaak|regelmatig|steeds|telkens|geregeld|\d+\s*keer)|opvallend\s+ziek|(?:steeds|altijd|vaak|telkens)\s+(?:\S+\s+){0,2}op\s+(?:maandag|vrijdag|woensdag|dinsdag|donderdag)|\bop\s+(?:maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen|toetsdagen|gymdagen)\b|ziek\s+(?:\S+\s+){0,2}opgehaald|naar\s+huis\s+gestuurd/.test(sentence)) {
    situation.events.sentHomeSickOften = true;
  }
  if (knownReason.test(sentence)) situation.events.sicknessReasonKnown = true;
  // "3 keer ziek gemeld, steeds 1 dag": how long each ziekmelding lasted may stand in another clause.
  const eachDaysInSentence = /(?:keer|voor|van|steeds|telkens|(?:elke|iedere|per)\s+keer|elke\s+keer\s+weer|meestal)\s+(\d+(?:\.\d+)?)(?:\s*(?:of|a|tot|-)\s*(\d+(?:\.\d+)?))?\s*(?:dag|dagen|schooldag|schooldagen)\b/.exec(sentence);
  const clauses = sentence.split(/,|\bmaar\b|\ben\b(?!\s+een\s+hal)/).filter((clause) => (assumeSick || sickWords.test(clause)) && !/ziek\s+naar\s+huis/.test(clause));
  for (const clause of clauses) {
    const reports = first(new RegExp(`${number}\\s*(?:keer|maal|ziekmeldingen|ziekmelding)\\b`), clause);
    const eachDays = eachDaysInSentence;
    const weekly = /(?:elke|iedere)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|week)\b/.test(clause);
    const weeks = first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b`), clause) ?? (clauses.length === 1 ? sinceWeeksCount : undefined);
    const dayCount = first(new RegExp(`${number}\\s*(?:(?:losse|hele|aparte|verschillende|verspreide)\\s+)?(?:schooldagen|dagen|dag)\\b`), clause);
    if (weekly) {
      // "elke maandag ziek, al 4 weken": a pattern (criterion 4), and one ziekmelding a week.
      situation.events.sentHomeSickOften = true;
      // "al 4 maandagen op rij" counts weeks too.
      const weeksInSentence = weeks ?? first(new RegExp(`${number}\\s*(?:weken|week|${weekdays.map((day) => `${day}en`).join('|')})\\b`), sentence);
      if (weeksInSentence !== undefined) {
        const weeks = weeksInSentence;
        situation.sickReports = (situation.sickReports ?? 0) + weeks;
        situation.sickPeriod = { days: weeks * 7, label: `${String(weeks).replace('.', ',')} weken` };
      }
    } else if (reports !== undefined) {
      situation.sickReports = (situation.sickReports ?? 0) + reports;
      if (eachDays) situation.sickReportDays = Math.max(Number(eachDays[1]), eachDays[2] ? Number(eachDays[2]) : 0);
    } else if (weeks !== undefined) {
      situation.consecutiveSickDays = Math.round(weeks * 5);
    } else if (dayCount !== undefined) {
      if (consecutiveWords.test(clause) || !period) situation.consecutiveSickDays = dayCount;
      else situation.sickDays = (situation.sickDays ?? 0) + dayCount;
    }
  }
  const counted = situation.sickReports !== undefined || situation.sickDays !== undefined || situation.consecutiveSickDays !== undefined;
  if (!counted) {
    // "ligt in het ziekenhuis, al 8 schooldagen weg": the days may stand in a clause that names no kind of absence.
    const inARow = daysInARow(sentence, todayWeekday);
    const days = first(new RegExp(`${number}\\s*(?:schooldagen|dagen)\\s+(?:weg|thuis|afwezig|niet\\s+op\\s+school|er\\s+niet)\\b`), sentence);
    const weeks = first(new RegExp(`${number}\\s*(?:weken|week)\\s+(?:al\\s+)?(?:weg|thuis|afwezig|niet\\s+op\\s+school|er\\s+niet)\\b`), sentence);
    // "ziekgemeld op 3 oktober, 17 oktober en 2 november": each date a ziekmelding, over the span they cover.
    const dates = [...sentence.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${monthNames.join('|')})\\b`, 'g'))];
    if (dates.length >= 2 && !/\b(?:van|tussen|sinds|vanaf)\s+\d{1,2}\s+\S+\s+(?:tot|en|t\/m)\b/.test(sentence)) {
      const days = dates.map((match) => Date.UTC(2001, monthNames.indexOf(match[2]!), Number(match[1])) / 86_400_000);
      const span = Math.max(...days) - Math.min(...days);
      situation.sickReports = dates.length;
      if (eachDaysInSentence) situation.sickReportDays = Number(eachDaysInSentence[1]);
      situation.sickPeriod = { days: (span < 0 ? span + 365 : span) + 1, label: `${dates[0]![0]} tot ${dates.at(-1)![0]}` };
      return;
    }
    const since = sinceWeeksCount !== undefined ? Math.round(sinceWeeksCount * 5) : undefined;
    // "verzuimt veel door buikpijn, 5 dagen deze maand": days in a clause that names no kind.
    const looseDays = first(new RegExp(`${number}\\s*(?:(?:losse|hele|aparte|verschillende|verspreide)\\s+)?(?:schooldagen|dagen)\\b`), sentence);
    if (looseDays !== undefined && period && inARow === undefined && days === undefined) {
      situation.sickDays = looseDays;
      situation.sickPeriod = period;
      return;
    }
    const value = inARow ?? days ?? (weeks !== undefined ? Math.round(weeks * 5) : undefined) ?? since ?? looseDays;
    // "ziekgemeld door moeder, 1e keer dit schooljaar": the count may stand in a clause of its own.
    const reports = first(new RegExp(`${number}\\s*(?:keer|maal|ziekmeldingen|ziekmelding)\\b`), sentence);
    if (reports !== undefined && value === undefined) {
      situation.sickReports = reports;
      if (eachDaysInSentence) situation.sickReportDays = Number(eachDaysInSentence[1]);
    } else if (value !== undefined) situation.consecutiveSickDays = value;
  }
  if (period && !situation.sickPeriod && (situation.sickReports !== undefined || situation.sickDays !== undefined)) situation.sickPeriod = period;
}

function parseHome(sentence: string, situation: Situation, period: Period | undefined, sinceWeeksCount: number | undefined): void {
  if (!homeWords.test(sentence) || sickWords.test(sentence)) return;
  situation.mentioned.home = true;
  const weeks = first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b`), sentence);
  const monthCount = first(new RegExp(`${number}\\s*(?:maanden|maand)\\b`), sentence);
  const dayCount = first(new RegExp(`${number}\\s*(?:schooldagen|dagen|dag)\\b`), sentence);
  const value = weeks ?? (monthCount !== undefined ? monthCount * 4.35 : undefined) ?? (dayCount !== undefined ? dayCount / 5 : undefined) ?? sinceWeeksCount ?? (period ? period.days / 7 : undefined);
  if (value !== undefined) situation.homeWeeks = Math.round(value * 10) / 10;
}

function parseAge(text: string): number | undefined {
  const patterns = [/\((\d{1,2})(?:\s*jaar|\s*jr)?\s*[,;)]/, /(?:\bis|\bvan|,|\bleeftijd:?)\s*(\d{1,2})\s*(?:jaar|jr)\b/, /(\d{1,2})[\s-]*jarige?\b/, /leerling\s+van\s+(\d{1,2})\b/, /[a-z]\s*,\s*(\d{1,2})\s*(?:jaar|jr)?\s*(?:\)|[.!?]|$)/, /\bis\s+(\d{1,2})\s*(?:,|\ben\b)/, /(?<!\b(?:in|binnen|al|sinds|afgelopen|over|na|laatste)\s+)\b(\d{1,2})\s*(?:jaar|jr)\b(?!\s+(?:geleden|lang|oud\s+geleden))/];
  for (const pattern of patterns) {
    const value = first(pattern, text);
    if (value !== undefined && value >= 4 && value <= 20) return value;
  }
  return undefined;
}

function parseSchoolType(text: string): 'po' | 'vo' | undefined {
  if (/\bgroep\s*[1-8]\b|basisschool|\bpo\b|basisonderwijs|leerkracht|\bib[\s'-]?er\b|intern\s+begeleider/.test(text)) return 'po';
  if (/\bklas\s*[1-6]\b|brugklas|\bvo\b|havo|vwo|vmbo|mavo|gymnasium|atheneum|middelbare|leerjaar\s*[1-6]|\b[1-6](?:e|de|ste)\s+(?:klas|jaar)|\b[1-6]\s*(?:havo|vwo|vmbo|mavo)|\bmbo\b/.test(text)) return 'vo';
  return undefined;
}

/**
 * Reads a chat message about a pupil into a {@link Situation}: only what is said, nothing assumed.
 * @example parseSituation('Daan is in 2 maanden 3 keer een dag ziek gemeld') // { sickReports: 3, sickReportDays: 1, sickPeriod: { days: 61, … } }
 */
export function parseSituation(text: string, { now = () => new Date() }: ParseSituationOptions = {}): Situation {
  const normalized = normalizeSituationText(text);
  // "het is nu december": the message's own today wins over the clock.
  const today = statedToday(normalized, now());
  const todayWeekday = weekdays.findIndex((day) => new RegExp(`\\b(?:het\\s+is\\s+nu|nu\\s+is\\s+het|vandaag\\s+is\\s+het|vandaag\\s+\\(?)\\s*${day}\\b`).test(normalized));
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
  // "Hoeveel uur spijbelen voor het spreekuur? Ik heb een ll met 10 uur.", "ziekgemeld, weer. Derde keer in 5
  // weken.": when the message names one kind of absence, a sentence that names none still counts for it.
  const { late, truancy, sick, home } = situation.mentioned;
  const kinds = [late, truancy, sick, home].filter(Boolean).length;
  const kindless = (sentence: string) => !truancyWords.test(sentence) && !sickWords.test(sentence) && !lateWords.test(sentence) && !homeWords.test(sentence);
  sentences.forEach((sentence, index) => {
    if (kinds !== 1 || !kindless(sentence)) return;
    const found = periods[index];
    const period = found?.period ?? onlyPeriod;
    const withoutPeriod = found ? sentence.replace(found.match, ' ') : sentence;
    if (truancy && !hasTruancyAmount(situation)) addTruancy(situation, truancyAmounts(withoutPeriod), period);
    if (late && situation.lateCount === undefined) {
      const count = first(new RegExp(`${number}\\s*(?:keer|maal)\\b`), withoutPeriod);
      if (count !== undefined) situation.lateCount = count;
    }
    if (sick && situation.sickReports === undefined && situation.sickDays === undefined && situation.consecutiveSickDays === undefined) {
      parseSick(withoutPeriod, situation, period, weeksSince(sentence, today), todayWeekday >= 0 ? todayWeekday : today.getUTCDay(), true);
    }
  });
  return situation;
}
