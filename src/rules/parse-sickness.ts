import type { Period, Situation } from './situation.js';
import { illnessWords, vagueComplaints } from './illness-words.js';
import { consecutiveWords, first, monthNames, number, sickWords } from './situation-patterns.js';
import { againSick, daysInARow, listedSpellDays, toldAlsoSick, weekdays } from './sick-spell-days.js';

export { weekdays } from './sick-spell-days.js';

/** A named illness or injury, or a diagnosis, not denied ("geen diagnose"): the reason is known. */
const knownReason = new RegExp(
  `(?<!\\b(?:geen|zonder|niet|` +
    `onduidelijke?)\\s+(?:\\S+\\s+)?)(?:` +
    `${[
      'opgenomen',
      'diagnose',
      'ongeluk',
      'een\\s+val',
      ...illnessWords.filter((word) => !vagueComplaints.includes(word)),
    ].join('|')})`,
);

/** Sickness told as recurring: "meerdere keren ziek gemeld", "vaak ziek". */
const repeated = /\b(?:meerdere|verschillende|diverse|enkele|een\s+paar)\s+(?:keren|keer)\b|\bvaak\b|\bregelmatig\b/;

/**
 * Ziekmeldingen, days ill and their period from a sentence that speaks of sickness (or, with
 * `assumeSick`, from one that names no kind of absence in a message about sickness).
 */
export function parseSick(
  sentence: string,
  situation: Situation,
  period: Period | undefined,
  sinceSpell: number | undefined,
  todayWeekday: number,
  assumeSick = false,
): void {
  if (!assumeSick && !sickWords.test(sentence)) return;
  // "sinds de kerstvakantie ziek" is one spell; "sinds de kerstvakantie meerdere keren ziek gemeld" is none.
  const sinceWeeksCount = repeated.test(sentence) ? undefined : sinceSpell;
  situation.mentioned.sick = true;
  if (
    new RegExp(
      // Often: "vaak", "3 keer" — not once ("1x ziek naar huis").
      String.raw`(?:vaak|regelmatig|steeds|telkens|geregeld|meerdere\s+keren|` +
        String.raw`(?:[2-9]|\d{2,})\s*keer)\s+(?:\S+\s+){0,3}ziek\s+naar\s+huis|` +
        String.raw`ziek\s+naar\s+huis\s+(?:\S+\s+){0,3}(?:vaak|regelmatig|steeds|telkens|geregeld|` +
        String.raw`(?:[2-9]|\d{2,})\s*keer)|opvallend\s+(?:\S+\s+){0,2}ziek|(?:steeds|altijd|vaak|` +
        String.raw`telkens)\s+(?:\S+\s+){0,2}op\s+(?:maandag|vrijdag|woensdag|dinsdag|donderdag)|` +
        String.raw`\bop\s+(?:maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen|toetsdagen|` +
        String.raw`gymdagen)\b|ziek\s+(?:\S+\s+){0,2}opgehaald|naar\s+huis\s+gestuurd`,
    ).test(sentence)
  ) {
    situation.events.sentHomeSickOften = true;
  }
  // "geen idee wat hij heeft, moeder zegt 'griepje'": a guess is no known reason.
  if (
    knownReason.test(sentence) &&
    !/geen\s+idee|onduidelijk|weet\s+(?:\S+\s+)?niet\s+wat|niet\s+duidelijk|vage/.test(sentence)
  )
    situation.events.sicknessReasonKnown = true;
  // "3 keer ziek gemeld, steeds 1 dag": how long each ziekmelding lasted may stand in another clause.
  const eachDaysInSentence = new RegExp(
    String.raw`(?:keer|voor|van|steeds|telkens|(?:elke|iedere|per)\s+keer|elke\s+keer\s+weer|` +
      String.raw`meestal)\s+(\d+(?:\.\d+)?)(?:\s*(?:of|a|tot|-)\s*(\d+(?:\.\d+)?))?\s*(?:dag|` +
      String.raw`dagen|schooldag|schooldagen)\b`,
  ).exec(sentence);
  const parts = sentence.split(/,|\bmaar\b|\ben\b(?!\s+een\s+hal)/);
  const firstSick = parts.findIndex((clause) => sickWords.test(clause));
  // "Meryem is rond elke toets ziek, 3x in 8 weken telkens 1 à 2 dagen": the count goes on after the comma, or stands
  // before it ("tweede keer in 6 weken, de vorige keer was ook hoofdpijn").
  const continues = (clause: string, at: number) =>
    firstSick >= 0 &&
    Math.abs(at - firstSick) === 1 &&
    new RegExp(`${number}\\s*(?:keer|maal)\\b`).test(clause) &&
    !/te\s+laat|spijbel|\buur\b|lesu|ongeoorloofd/.test(clause);
  const clauses = parts.filter(
    (clause, at) =>
      (assumeSick || sickWords.test(clause) || continues(clause, at)) && !/ziek\s+naar\s+huis/.test(clause),
  );
  for (const clause of clauses) {
    const reports = first(new RegExp(`${number}\\s*(?:keer|maal|ziekmeldingen|ziekmelding)\\b`), clause);
    const eachDays = eachDaysInSentence;
    const weekly = /(?:elke|iedere)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|week)\b/.test(clause);
    const weeks =
      // "drie weken geleden twee dagen ziek": when, not how long.
      first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b(?!\\s+(?:geleden|terug)\\b)`), clause) ??
      (clauses.length === 1 ? sinceWeeksCount : undefined);
    const dayCount = first(
      new RegExp(
        // "5 losse ziektedagen": the days ill as one compound.
        `${number}\\s*(?:(?:losse|hele|aparte|verschillende|verspreide)\\s+)?(?:ziekte|ziek)?` +
          `(?:schooldagen|schooldag|dagen|dag)\\b`,
      ),
      clause,
    );
    if (weekly) {
      // "elke maandag ziek, al 4 weken": a pattern (criterion 4), and one ziekmelding a week.
      situation.events.sentHomeSickOften = true;
      // "al 4 maandagen op rij" counts weeks too.
      const weeksInSentence =
        weeks ??
        first(new RegExp(`${number}\\s*(?:weken|week|${weekdays.map((day) => `${day}en`).join('|')})\\b`), sentence);
      if (weeksInSentence !== undefined) {
        const weeks = weeksInSentence;
        situation.sickReports = (situation.sickReports ?? 0) + weeks;
        situation.sickPeriod = { days: weeks * 7, label: `${String(weeks).replace('.', ',')} weken` };
      }
    } else if (reports !== undefined) {
      // "Weer ziek. Vierde keer dit jaar.": the count said replaces the two that "weer" implied.
      situation.sickReports = againOnly.has(situation) ? reports : (situation.sickReports ?? 0) + reports;
      againOnly.delete(situation);
      // "3 dagen ziek (1 ziekmelding)", "na de vakantie 3 dagen ziek, 1 ziekmelding": one ziekmelding of days in a row.
      if (reports === 1 && dayCount !== undefined) situation.consecutiveSickDays = dayCount;
      if (eachDays) situation.sickReportDays = Math.max(Number(eachDays[1]), eachDays[2] ? Number(eachDays[2]) : 0);
    } else if (weeks !== undefined) {
      situation.consecutiveSickDays = Math.round(weeks * 5);
    } else if (dayCount !== undefined) {
      // "deze maand al 5 dagen ziek, op verschillende dagen": spread, not in a row.
      // "drie dagen ziek (niet achter elkaar)": a row denied is spread too.
      const notInARow = /\bniet\s+(?:\S+\s+)?(?:achter\s*elkaar|aaneen\w*|op\s+(?:een\s+)?rij|achtereen\w*)/.test(
        sentence,
      );
      const spread = notInARow || /\b(?:verschillende|losse|verspreide?|aparte)\s+dagen\b|\bverspreid\b/.test(sentence);
      const inARow = consecutiveWords.test(clause) && !notInARow;
      if (!notInARow && ((inARow && !(spread && period)) || !period)) situation.consecutiveSickDays = dayCount;
      else situation.sickDays = (situation.sickDays ?? 0) + dayCount;
    }
  }
  // One ziekmelding, of a spell still going on ("gisteren ziek gemeld, vandaag dag twee"): its days in a row.
  if (situation.sickReports === 1 && situation.consecutiveSickDays === undefined && !period) {
    const spell = daysInARow(sentence, todayWeekday);
    if (spell !== undefined) situation.consecutiveSickDays = spell;
  }
  const counted =
    situation.sickReports !== undefined ||
    situation.sickDays !== undefined ||
    situation.consecutiveSickDays !== undefined;
  if (!counted) {
    // "ligt in het ziekenhuis, al 8 schooldagen weg": the days may stand in a clause that names no kind of absence.
    // "ziek van 3 t/m 14 maart": the schooldagen of the range.
    const inARow =
      daysInARow(sentence, todayWeekday) ??
      (period?.schoolDays !== undefined && situation.sickReports === undefined ? period.schoolDays : undefined);
    const days = first(
      new RegExp(`${number}\\s*(?:schooldagen|dagen)\\s+(?:weg|thuis|afwezig|niet\\s+op\\s+school|er\\s+niet)\\b`),
      sentence,
    );
    const weeks = first(
      new RegExp(`${number}\\s*(?:weken|week)\\s+(?:al\\s+)?(?:weg|thuis|afwezig|niet\\s+op\\s+school|er\\s+niet)\\b`),
      sentence,
    );
    // "ziekgemeld op 3 oktober, 17 oktober en 2 november": each date a ziekmelding, over the span they cover.
    // "op 4, 18 en 25 november": each day with the month after the list.
    const eachDated = sentence.replace(
      new RegExp(
        `(?<!\\b(?:tussen|van|vanaf|sinds)\\s+)\\b(\\d{1,2}(?:\\s*(?:,|` +
          `en)\\s*\\d{1,2})+)\\s+(${monthNames.join('|')})\\b`,
        'g',
      ),
      (_, days: string, month: string) => days.replace(/\d{1,2}/g, (day) => `${day} ${month}`),
    );
    const dates = [...eachDated.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${monthNames.join('|')})\\b`, 'g'))];
    if (dates.length >= 2 && !/\b(?:van|tussen|sinds|vanaf)\s+\d{1,2}\s+\S+\s+(?:tot|en|t\/m)\b/.test(sentence)) {
      const days = dates.map((match) => Date.UTC(2001, monthNames.indexOf(match[2]!), Number(match[1])) / 86_400_000);
      const span = Math.max(...days) - Math.min(...days);
      // "op 4 en 5 november": days in a row are one ziekmelding.
      const sorted = [...days].sort((a, b) => a - b);
      situation.sickReports = sorted.filter((day, index) => index === 0 || day - sorted[index - 1]! > 1).length;
      if (eachDaysInSentence) situation.sickReportDays = Number(eachDaysInSentence[1]);
      situation.sickPeriod = {
        days: (span < 0 ? span + 365 : span) + 1,
        label: `${dates[0]![0]} tot ${dates.at(-1)![0]}`,
      };
      return;
    }
    const since = sinceWeeksCount !== undefined ? Math.round(sinceWeeksCount * 5) : undefined;
    // "verzuimt veel door buikpijn, 5 dagen deze maand": days in a clause that names no kind.
    const looseDays = first(
      new RegExp(`${number}\\s*(?:(?:losse|hele|aparte|verschillende|verspreide)\\s+)?(?:schooldagen|dagen)\\b`),
      sentence,
    );
    // "in 6 weken 3 dagen afwezig": days over a period are spread unless said to be in a row.
    if (
      looseDays !== undefined &&
      period &&
      inARow === undefined &&
      (days === undefined || !consecutiveWords.test(sentence))
    ) {
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
  // "vorige week ziek en vandaag weer", "is weer ziek gemeld": again is at least the second ziekmelding.
  const stillUncounted = [situation.sickReports, situation.sickDays, situation.consecutiveSickDays].every(
    (count) => count === undefined,
  );
  if (stillUncounted && againSick.test(sentence)) {
    situation.sickReports = 2;
    againOnly.add(situation);
  }
  // "vorige week 2 dagen en deze week weer 3", "2 dagen ziek, 1 dag en nog eens 2 dagen": spells listed by their days.
  const spellDays = [...sentence.matchAll(listedSpellDays)].map((match) => Number(match[1]));
  if (
    situation.sickReports === undefined &&
    spellDays.length >= 2 &&
    /,|\b(?:en|weer|nog\s+eens|plus)\b/.test(sentence)
  ) {
    situation.sickReports = spellDays.length;
    situation.sickDays = spellDays.reduce((sum, days) => sum + days, 0);
    delete situation.consecutiveSickDays;
    // "… Dat is de derde keer binnen twee maanden.": a count said elsewhere replaces the spells listed.
    againOnly.add(situation);
  }
  // "vorige week een dag ziek en vandaag weer", "vandaag ziek, vorige week ook een dag": one spell counted and another
  // told as again (or also) are two ziekmeldingen — not a day of a spell still going on: "vandaag weer ziek gemeld, 3e
  // dag al" is one spell.
  const dayOfASpell = /\b(?:[2-9]|\d{2})\s*(?:e|de|ste)?\s+(?:zieke?\s+)?dag\b/.test(sentence);
  const oneSpell =
    !dayOfASpell &&
    (situation.sickReports === 1 ||
      (situation.sickReports === undefined && (situation.sickDays === 1 || situation.consecutiveSickDays === 1)));
  if (oneSpell && (againSick.test(sentence) || toldAlsoSick(sentence))) {
    situation.sickReports = 2;
    delete situation.sickDays;
    delete situation.consecutiveSickDays;
    againOnly.add(situation);
  }
  if (period && !situation.sickPeriod && (situation.sickReports !== undefined || situation.sickDays !== undefined))
    situation.sickPeriod = period;
}

/** Situations whose ziekmeldingen are only the two that "weer ziek" implies, not counted. */
const againOnly = new WeakSet<Situation>();
/** Whether the situation's ziekmeldingen are only implied by "weer ziek", so a count said elsewhere replaces them. */
export const reportsOnlyImplied = (situation: Situation): boolean => againOnly.has(situation);
