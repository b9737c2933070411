import { focusOnAskedPupil } from './asked-pupil.js';
import { fromEnglish } from './english-situation.js';
import { withoutFrame } from './message-frame.js';
import { oneCurrentReport } from './one-current-report.js';
import { parseSick, reportsOnlyImplied, weekdays } from './parse-sickness.js';
import { extractPupilFirstName } from './pupil-name.js';
import type { Period, Situation } from './situation.js';
import { parseEvents } from './situation-events.js';
import { findPeriod, statedToday, weeksSince } from './situation-periods.js';
import { absentWords, first, homeWords, lateWords, number, sickWords, truancyWords } from './situation-patterns.js';
import { parseHome } from './parse-home.js';
import { parseLate, weekdayPlurals } from './parse-late.js';
import { addTruancy, hasTruancyAmount, parseTruancy, truancyAmounts } from './parse-truancy.js';
import { normalizeSituationText } from './situation-text.js';
import { mergeMonthCounts } from './month-counts.js';
import { parseAge, parseSchoolType } from './pupil-details.js';

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

/** A running total said without the kind: "totaal staat ze nu op 8", "nu staat de teller op 12", "in totaal 8 keer". */
const runningTotalPattern = new RegExp(
  String.raw`\b(?:totaal|teller|nu)\s+(?:\S+\s+){0,3}?op\s+${number}\b(?!\s*(?:uur|dagen|weken|lesuren))|` +
    String.raw`\b(?:in\s+)?totaal\s+(?:\S+\s+){0,2}?${number}\s*(?:keer|maal)\b`,
);

/**
 * Reads a chat message about a pupil into a {@link Situation}: only what is said, nothing assumed.
 * @example parseSituation('Daan is in 2 maanden 3 keer een dag ziek gemeld') // { sickReports: 3, sickReportDays: 1,
 * sickPeriod: { days: 61, … } }
 */
export function parseSituation(typed: string, { now = () => new Date() }: ParseSituationOptions = {}): Situation {
  const text = focusOnAskedPupil(fromEnglish(withoutFrame(typed)));
  const normalized = mergeMonthCounts(normalizeSituationText(text));
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
  afterThePreventiveTalk(sentences, periods, onlyPeriod, situation);
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
    // "wk 45: 5u / wk 46: 4u / …", a line each: the lines of a list add up (a total line does not).
    const listLine =
      normalized.includes(`\n${sentence}`) &&
      sentence.split(/\s+/).length <= 6 &&
      !/\b(?:totaal|samen)\b/.test(sentence);
    if (truancy && (!hasTruancyAmount(situation) || (listLine && total === undefined)))
      addTruancy(situation, truancyAmounts(withoutPeriod), period);
    // "Sindsdien nog drie keer, totaal staat ze nu op acht", "nu staat de teller op 12": the running total.
    const runningTotal = first(runningTotalPattern, withoutPeriod);
    if (late && runningTotal !== undefined) situation.lateCount = runningTotal;
    else if (late && situation.lateCount === undefined) {
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
    // "Vandaag weer ziek. Tweede keer in 6 weken.": a sentence opening with the count counts the ziekmeldingen too.
    const episodes = first(
      new RegExp(
        String.raw`(?:^\s*(?:al|alweer|nu|inmiddels|weer)?\s*|\b(?:dat|het)\s+(?:is|zijn|was)\s+(?:nu\s+|al\s+|` +
          String.raw`dus\s+)*)(?:de\s+)?(\d+)\s*(?:e\s+)?keer\b`,
      ),
      withoutPeriod,
    );
    if (sick && episodes !== undefined && (situation.sickReports === undefined || reportsOnlyImplied(situation))) {
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
  oneCurrentReport(normalized, situation);
  return situation;
}

/**
 * "Preventief gesprek gehad omdat hij 9 uur spijbelde. Nu weer 3 uur gespijbeld.": after a preventief gesprek only
 * the truancy since counts, not the hours that led to the talk (said in the sentence that names the talk).
 */
function afterThePreventiveTalk(
  sentences: readonly string[],
  periods: readonly (ReturnType<typeof findPeriod> | undefined)[],
  onlyPeriod: Period | undefined,
  situation: Situation,
): void {
  if (!situation.events.preventiveTalkHeld || !situation.events.absenceAgainAfterTalk) return;
  const namesTheTalk = /preventie|spreekuur|leerplicht|\blpa\b/;
  if (!sentences.some((sentence) => namesTheTalk.test(sentence))) return;
  const since: Situation = { mentioned: {}, events: {} };
  sentences.forEach((sentence, index) => {
    if (namesTheTalk.test(sentence)) return;
    const found = periods[index];
    parseTruancy(found ? sentence.replace(found.match, ' ') : sentence, since, found?.period ?? onlyPeriod);
  });
  if (!hasTruancyAmount(since)) return;
  situation.truancyHours = since.truancyHours;
  situation.truancyDagdelen = since.truancyDagdelen;
  situation.truancyDays = since.truancyDays;
}
