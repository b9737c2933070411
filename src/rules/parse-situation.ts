import { normalizeDutchNumbers } from './dutch-numbers.js';
import { extractPupilFirstName } from './pupil-name.js';
import type { Period, Situation, SituationEvents } from './situation.js';

export type ParseSituationOptions = {
  /** Today, for "sinds 1 oktober". @default () => new Date() */
  readonly now?: () => Date;
};

const number = '(\\d+(?:\\.\\d+)?)';
const daysPerUnit: Record<string, number> = { dag: 1, dagen: 1, schooldag: 1.4, schooldagen: 1.4, week: 7, weken: 7, schoolweek: 7, schoolweken: 7, maand: 30.5, maanden: 30.5 };
const periodUnits = 'schooldagen|schooldag|dagen|dag|schoolweken|schoolweek|weken|week|maanden|maand';
const periodPatterns = [
  new RegExp(`\\b(?:in|binnen|over|gedurende)\\s+(?:de\\s+|een\\s+periode\\s+van\\s+)?(?:afgelopen\\s+|laatste\\s+|voorbije\\s+|eerste\\s+)?${number}\\s+(${periodUnits})\\b`),
  new RegExp(`\\b(?:de\\s+)?(?:afgelopen|laatste|voorbije)\\s+${number}\\s+(${periodUnits})\\b`),
  /\b(?:deze|afgelopen|de afgelopen|vorige|per|in een|binnen een|in de afgelopen|de laatste)\s+(maand|week)\b/,
];
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function findPeriod(sentence: string): { period: Period; match: string } | undefined {
  for (const pattern of periodPatterns) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    if (match.length === 2) {
      const unit = match[1]!;
      return { period: { days: daysPerUnit[unit]!, label: `de afgelopen ${unit}` }, match: match[0] };
    }
    const amount = Number(match[1]);
    const unit = match[2]!;
    return { period: { days: amount * daysPerUnit[unit]!, label: `${String(amount).replace('.', ',')} ${unit}` }, match: match[0] };
  }
  return undefined;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<!\d)\.(?!\d)|[;!?\n]+/).map((sentence) => sentence.trim()).filter(Boolean);
}

const first = (pattern: RegExp, text: string): number | undefined => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
};

/** "6 lesuren", or "2 keer 0.5 dag" → 1: the amount before a unit, times a count of occasions before it. */
function amountOf(unit: string, sentence: string): number | undefined {
  const match = new RegExp(`(?:${number}\\s*(?:keer|maal)\\s+)?${number}\\s*${unit}\\b`).exec(sentence);
  if (!match) return undefined;
  return (match[1] ? Number(match[1]) : 1) * Number(match[2]);
}

const truancyWords = /spijbel|brossen|gebrost|skip|ongeoorloofd|zonder\s+(?:geldige\s+)?(?:reden|afmelding|toestemming|bericht)|weggebleven|afwezig|gemist|verzuimd|verzuim\b/;
const sickWords = /ziek/;
const lateWords = /\bte\s*laat\b|laatkom|te-laat/;
const homeWords = /thuis\s*zit|thuiszit|zit\s+(?:al\s+)?(?:\S+\s+){0,3}thuis\b|(?:niet|nooit)\s+(?:meer\s+)?(?:naar|op)\s+school|thuis\s+(?:sinds|al)/;
const consecutiveWords = /achter\s*elkaar|achtereen|aaneengesloten|aan\s*een\s*stuk|onafgebroken|\bal\s+\d|\bsinds\b|\bnu\s+al\b/;

function parseLate(sentence: string, situation: Situation, period: Period | undefined): void {
  if (!lateWords.test(sentence)) return;
  situation.mentioned.late = true;
  const count =
    first(new RegExp(`${number}\\s*(?:keer|maal)\\b(?:(?!ziek|spijbel|afwezig|\\bdag|\\buur|\\d).){0,40}?\\bte[\\s-]*laat`), sentence) ??
    first(new RegExp(`\\bte[\\s-]*laat\\b[^\\d]{0,30}?${number}\\s*(?:keer|maal)\\b`), sentence) ??
    first(new RegExp(`${number}\\s*(?:te[\\s-]*laat(?:meldingen|komingen)|laatkomingen|telaatmeldingen)`), sentence);
  if (count !== undefined) {
    situation.lateCount = (situation.lateCount ?? 0) + count;
    if (period) situation.latePeriod = period;
  }
}

function parseTruancy(sentence: string, situation: Situation, period: Period | undefined): void {
  if (!truancyWords.test(sentence) || sickWords.test(sentence) || /\bgeoorloofd/.test(sentence.replace(/ongeoorloofd/g, ''))) return;
  situation.mentioned.truancy = true;
  // "een halve dag" is a dagdeel, the unit Bijlage 1 counts in.
  sentence = sentence.replace(/\b0\.5\s+dag\b/g, '1 dagdeel');
  const hours = amountOf('(?:lesuren|lesuur|uren|uur|lessen|les)', sentence);
  const dagdelen = amountOf('(?:dagdelen|dagdeel|ochtenden|ochtend|middagen|middag)', sentence);
  const days = amountOf('(?:hele\\s+)?(?:schooldagen|schooldag|dagen|dag)', sentence);
  if (hours !== undefined) situation.truancyHours = (situation.truancyHours ?? 0) + hours;
  if (dagdelen !== undefined) situation.truancyDagdelen = (situation.truancyDagdelen ?? 0) + dagdelen;
  if (days !== undefined) situation.truancyDays = (situation.truancyDays ?? 0) + days;
  if (period && (hours ?? dagdelen ?? days) !== undefined) situation.truancyPeriod = period;
}

function sinceWeeks(sentence: string, now: Date): number | undefined {
  const match = new RegExp(`\\bsinds\\s+(\\d{1,2})\\s+(${months.join('|')})\\b`).exec(sentence);
  if (!match) return undefined;
  let since = new Date(Date.UTC(now.getUTCFullYear(), months.indexOf(match[2]!), Number(match[1])));
  if (since > now) since = new Date(Date.UTC(now.getUTCFullYear() - 1, months.indexOf(match[2]!), Number(match[1])));
  return Math.floor((now.getTime() - since.getTime()) / (7 * 86_400_000));
}

function parseSick(sentence: string, situation: Situation, period: Period | undefined, now: Date): void {
  if (!sickWords.test(sentence)) return;
  situation.mentioned.sick = true;
  if (/(?:vaak|regelmatig|steeds|telkens|geregeld|meerdere\s+keren|\d+\s*keer)\s+(?:\S+\s+){0,3}ziek\s+naar\s+huis|ziek\s+naar\s+huis\s+(?:\S+\s+){0,3}(?:vaak|regelmatig|steeds|telkens|geregeld|\d+\s*keer)|opvallend\s+ziek|(?:steeds|altijd|vaak|telkens)\s+(?:\S+\s+){0,2}op\s+(?:maandag|vrijdag|woensdag|dinsdag|donderdag)/.test(sentence)) {
    situation.events.sentHomeSickOften = true;
  }
  if (/gebroken|operatie|geopereerd|opgenomen|ziekenhuis|diagnose|ongeluk/.test(sentence)) situation.events.sicknessReasonKnown = true;
  const clauses = sentence.split(/,|\bmaar\b|\ben\b(?!\s+een\s+hal)/).filter((clause) => sickWords.test(clause) && !/ziek\s+naar\s+huis/.test(clause));
  for (const clause of clauses) {
    const reports = first(new RegExp(`${number}\\s*(?:keer|maal|ziekmeldingen)\\b`), clause);
    const eachDays = /(?:keer|voor|van)\s+(\d+(?:\.\d+)?)(?:\s*(?:of|a|tot|-)\s*(\d+(?:\.\d+)?))?\s*(?:dag|dagen)\b/.exec(clause);
    const weekly = /(?:elke|iedere)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|week)\b/.test(clause);
    const weeks = first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b`), clause) ?? sinceWeeks(clause, now);
    const dayCount = first(new RegExp(`${number}\\s*(?:schooldagen|dagen|dag)\\b`), clause);
    if (weekly) {
      // "elke maandag ziek, al 4 weken": a pattern (criterion 4), and one ziekmelding a week.
      situation.events.sentHomeSickOften = true;
      const weeksInSentence = weeks ?? first(new RegExp(`${number}\\s*(?:weken|week)\\b`), sentence);
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
  if (period && !situation.sickPeriod && (situation.sickReports !== undefined || situation.sickDays !== undefined)) situation.sickPeriod = period;
}

function parseHome(sentence: string, situation: Situation, period: Period | undefined, now: Date): void {
  if (!homeWords.test(sentence) || sickWords.test(sentence)) return;
  situation.mentioned.home = true;
  const weeks = first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b`), sentence);
  const monthCount = first(new RegExp(`${number}\\s*(?:maanden|maand)\\b`), sentence);
  const dayCount = first(new RegExp(`${number}\\s*(?:schooldagen|dagen|dag)\\b`), sentence);
  const value = weeks ?? (monthCount !== undefined ? monthCount * 4.35 : undefined) ?? (dayCount !== undefined ? dayCount / 5 : undefined) ?? sinceWeeks(sentence, now) ?? (period ? period.days / 7 : undefined);
  if (value !== undefined) situation.homeWeeks = Math.round(value * 10) / 10;
}

function parseEvents(text: string): SituationEvents {
  const events: SituationEvents = {};
  const preventive = '(?:preventie\\w*\\s+(?:gesprek|spreekuur)|(?:het\\s+)?spreekuur(?:\\s+van\\s+leerplicht)?|gesprek\\s+(?:met|bij)\\s+(?:de\\s+)?leerplicht\\w*)';
  if (new RegExp(`na\\s+(?:het|een|dat|afloop\\s+van\\s+het)\\s+${preventive}|${preventive}\\s+(?:\\S+\\s+){0,4}?(?:gehad|geweest|gevoerd|plaatsgevonden|gedaan|achter\\s+de\\s+rug)|(?:heeft|hebben|hadden|had)\\s+(?:\\S+\\s+){0,3}(?:een|het)\\s+${preventive}|(?:op|bij)\\s+(?:het\\s+)?(?:preventieve\\s+)?spreekuur\\s+(?:\\S+\\s+){0,2}geweest`).test(text)) {
    events.preventiveTalkHeld = true;
    if (/\b(?:weer|opnieuw|nog\s+steeds|sindsdien|daarna|daarna\s+nog|blijft|toch|alsnog)\b/.test(text)) events.absenceAgainAfterTalk = true;
  }
  const sentences = splitSentences(text);
  if (sentences.some((sentence) => /jeugdarts|ggd/.test(sentence) && /niet\s+(?:\S+\s+){0,3}(?:verschenen|gekomen|komen\s+opdagen|opgedaagd|op\s+komen\s+dagen|geweest|gegaan)|no[\s-]?show|afspraak\s+(?:\S+\s+){0,3}gemist|(?:kwam|kwamen|verscheen|verschenen)\s+(?:\S+\s+){0,2}niet/.test(sentence))) {
    events.jeugdartsNoShow = true;
  }
  if (/(?:wil|willen)\s+(?:\S+\s+){0,2}niet\s+(?:mee)?werken|werk(?:t|en)\s+(?:\S+\s+){0,3}niet\s+mee|weiger|niet\s+mee\s+(?:willen|kunnen)\s+werken|geen\s+medewerking|ouders\s+(?:\S+\s+){0,2}(?:reageren|bereikbaar)\s+niet|ouders\s+zijn\s+(?:\S+\s+)?niet\s+bereikbaar/.test(text)) {
    events.notCooperating = true;
  }
  if (/(?:jeugdarts|leerplicht|hulpverlen|jeugdhulp|ggz|wijkteam|partner|maatschappelijk\s+werk)\w*\s+(?:\S+\s+){0,4}(?:komt|komen|reageert|reageren|doet|doen)\s+(?:\S+\s+){0,3}niet|afspraken\s+niet\s+na/.test(text)) {
    events.stagnation = true;
    events.stagnationCause = 'partner';
  } else if (/(?:de\s+)?school\s+(?:\S+\s+){0,3}(?:doet|komt|onderneemt)\s+(?:\S+\s+){0,2}(?:niet|niets|geen)/.test(text)) {
    events.stagnation = true;
    events.stagnationCause = 'school';
  }
  if (/stagn|loopt\s+vast|vastgelopen|zit\s+vast|komt\s+niet\s+(?:van\s+de\s+grond|verder)|geen\s+voortgang|wordt\s+niet\s+uitgevoerd|gebeurt\s+niets|staat\s+stil|lukt\s+niet/.test(text)) events.stagnation = true;
  if (/wachtlijst/.test(text)) events.waitingList = true;
  if (/geen\s+overeenstemming|niet\s+eens\s+(?:over|met)|verschil\s+van\s+mening|oneens/.test(text)) events.noAgreement = true;
  if (/achterliggende\s+problem|problemen\s+thuis|thuissituatie|psychisch|angst|depress|autis|zorgen\s+over\s+(?:de\s+)?thuis/.test(text)) {
    events.backgroundProblems = true;
    if (events.stagnation && !events.stagnationCause) events.stagnationCause = 'problematiek';
  }
  if (/(?:besproken|ingebracht)\s+in\s+(?:het\s+|de\s+)?zat|zat[\s-]?(?:driehoek|overleg|bespreking)\s+(?:\S+\s+){0,2}(?:besproken|geweest)|in\s+(?:het\s+|de\s+)?zat(?:[\s-]driehoek)?\s+(?:\S+\s+){0,2}besproken/.test(text)) {
    events.zatDiscussed = true;
  }
  if (/(?:gemeld|melding\s+gedaan)\s+(?:via|in|bij)\s+duo|duo[\s-]?melding\s+(?:\S+\s+){0,2}(?:gedaan|gemaakt|loopt)/.test(text)) events.duoReported = true;
  if (/vrijstelling/.test(text) && !/geen\s+vrijstelling/.test(text)) events.vrijstelling = true;
  return events;
}

function parseAge(text: string): number | undefined {
  const patterns = [/\((\d{1,2})(?:\s*jaar|\s*jr)?\s*[,;)]/, /(?:\bis|\bvan|,|\bleeftijd:?)\s*(\d{1,2})\s*(?:jaar|jr)\b/, /(\d{1,2})[\s-]*jarige?\b/, /leerling\s+van\s+(\d{1,2})\b/, /\bis\s+(\d{1,2})\s*(?:,|\ben\b)/];
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
  const normalized = normalizeDutchNumbers(text);
  const today = now();
  const situation: Situation = { mentioned: {}, events: parseEvents(normalized) };
  const pupilFirstName = extractPupilFirstName(text);
  if (pupilFirstName) situation.pupilFirstName = pupilFirstName;
  const age = parseAge(normalized);
  if (age !== undefined) situation.age = age;
  const schoolType = parseSchoolType(normalized);
  if (schoolType) situation.schoolType = schoolType;
  const sentences = splitSentences(normalized);
  const periods = sentences.map((sentence) => findPeriod(sentence));
  const onlyPeriod = periods.filter(Boolean).length === 1 ? periods.find(Boolean)?.period : undefined;
  sentences.forEach((sentence, index) => {
    const found = periods[index];
    const period = found?.period ?? onlyPeriod;
    const withoutPeriod = found ? sentence.replace(found.match, ' ') : sentence;
    parseLate(withoutPeriod, situation, period);
    parseTruancy(withoutPeriod, situation, period);
    parseSick(withoutPeriod, situation, found?.period ?? onlyPeriod, today);
    parseHome(withoutPeriod, situation, found?.period, today);
  });
  return situation;
}
