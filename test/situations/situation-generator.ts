/**
 * A generator of "wat nu?" messages as staff type them: sentence templates × slot values (names, also
 * in lower case, ages, school types, counts as digits, words, ordinals or "x", units, periods) ×
 * fillers × typos × word order. Each message carries the slots it states and the first step the
 * protocol gives, worked out here from the protocol's numbers in a small table of its own, not by
 * the rules under test.
 */
import fc from 'fast-check';

/** The clock the generated messages are written against ("sinds de kerstvakantie"). */
export const generatorNow = new Date('2026-03-20T09:00:00Z');

export type ExpectedSlots = {
  pupilFirstName?: string;
  age?: number;
  schoolType?: 'po' | 'vo';
  lateCount?: number;
  truancyHours?: number;
  truancyDagdelen?: number;
  truancyDays?: number;
  sickReports?: number;
  sickReportDays?: number;
  consecutiveSickDays?: number;
  homeWeeks?: number;
  events?: Partial<
    Record<
      | 'preventiveTalkHeld'
      | 'jeugdartsNoShow'
      | 'notCooperating'
      | 'zatDiscussed'
      | 'schoolTalkHeld'
      | 'jeugdartsInvolved'
      | 'sentHomeSickOften',
      true
    >
  >;
};

export type GeneratedSituation = {
  readonly text: string;
  readonly slots: ExpectedSlots;
  /** The protocol's first step, or 'needs-info' when a count is missing or vague. */
  readonly firstStep: string;
  /** An event the message explicitly denies; the parser must leave it unset. */
  readonly denied?: 'preventiveTalkHeld' | 'jeugdartsInvolved' | 'zatDiscussed' | 'schoolTalkHeld' | 'duoReported';
};

/** One step and where it ranks: the most severe level first, then the track order of the protocol. */
type Expected = { step: string; level: number; track: number };
const track = { noShow: 0, cooperation: 1, home: 3, sick: 4, truancy: 5, late: 6 } as const;

// ---- numbers as staff write them -------------------------------------------------------------

const numberWords = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
  'twintig',
];
const ordinalWords = [
  '',
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
  'dertiende',
  'veertiende',
  'vijftiende',
  'zestiende',
  'zeventiende',
  'achttiende',
  'negentiende',
  'twintigste',
];

/** "9 keer", "negen keer", "9x", "9 x", "voor de 9e keer", "voor de negende keer". */
function countPhrase(count: number, form: number): string {
  switch (form % 6) {
    case 0:
      return `${count} keer`;
    case 1:
      return `${numberWords[count]} keer`;
    case 2:
      return `${count}x`;
    case 3:
      return `${count} x`;
    case 4:
      return `voor de ${count}${count % 2 === 0 ? 'e' : 'de'} keer`;
    default:
      return `voor de ${ordinalWords[count]} keer`;
  }
}

function amount(value: number, form: number): string {
  if (form % 2 === 1 && Number.isInteger(value) && value <= 20) return numberWords[value]!;
  return String(value).replace('.', ',');
}

// ---- who -------------------------------------------------------------------------------------

const names = [
  'Sanne',
  'Daan',
  'Jesse',
  'Bram',
  'Noor',
  'Lotte',
  'Milan',
  'Sem',
  'Fleur',
  'Ayoub',
  'Yara',
  'Thijs',
  'Lieke',
  'Tess',
  'Finn',
  'Julia',
  'Kevin',
  'Noah',
  'Emma',
  'Luuk',
  'Mila',
  'Lars',
  'Iris',
  'Gijs',
  'Anne-Fleur',
];
type SchoolClass = { text: string; type: 'po' | 'vo' };
const classes: readonly SchoolClass[] = [
  { text: 'uit groep 7', type: 'po' },
  { text: 'uit groep 5', type: 'po' },
  { text: 'uit de brugklas', type: 'vo' },
  { text: 'uit klas 2', type: 'vo' },
  { text: 'uit 3 havo', type: 'vo' },
  { text: 'uit 4 vmbo', type: 'vo' },
];

type Who = { text: string; slots: ExpectedSlots; type?: 'po' | 'vo' };

const whoArbitrary: fc.Arbitrary<Who> = fc
  .record({
    name: fc.constantFrom(...names),
    lower: fc.boolean(),
    form: fc.nat(6),
    age: fc.integer({ min: 8, max: 17 }),
    schoolClass: fc.option(fc.constantFrom(...classes), { nil: undefined }),
  })
  .map(({ name, lower, form, age, schoolClass }) => {
    const typed = lower ? name.toLowerCase() : name;
    const slots: ExpectedSlots = { pupilFirstName: typed };
    let text: string;
    switch (form) {
      case 0:
        text = typed;
        break;
      case 1:
        text = `${typed} (${age})`;
        slots.age = age;
        break;
      case 2:
        text = `${typed}, ${age} jaar,`;
        slots.age = age;
        break;
      case 3:
        text = `mijn leerling ${typed}`;
        break;
      case 4:
        text = `ll ${typed}`;
        break;
      case 5:
        text = `${typed} ${age} jaar`;
        slots.age = age;
        break;
      default:
        text = name;
        slots.pupilFirstName = name;
        break;
    }
    if (schoolClass && form !== 2) {
      text = `${text} ${schoolClass.text}`;
      slots.schoolType = schoolClass.type;
      return { text, slots, type: schoolClass.type };
    }
    // Pupils enter the vo at about 12: a younger pupil is in the po.
    if (slots.age !== undefined && slots.age <= 11) {
      slots.schoolType = 'po';
      return { text, slots, type: 'po' as const };
    }
    return { text, slots };
  });

// ---- periods ---------------------------------------------------------------------------------

type PeriodPhrase = { text: string; days: number };
const periods: readonly PeriodPhrase[] = [
  { text: 'in 6 weken', days: 42 },
  { text: 'in 2 maanden', days: 61 },
  { text: 'de afgelopen 3 weken', days: 21 },
  { text: 'deze maand', days: 31 },
  { text: 'in een maand', days: 31 },
  { text: 'afgelopen maand', days: 31 },
  { text: 'in 3 maanden', days: 91.5 },
  { text: 'van 3 tot 21 februari', days: 19 },
  { text: 'in vier weken', days: 28 },
  { text: 'binnen 5 weken', days: 35 },
  { text: 'sinds de voorjaarsvakantie', days: 25 },
  { text: 'in de afgelopen 8 weken', days: 56 },
  // A school period, a quarter of the school year: about ten weeks.
  { text: 'deze periode', days: 70 },
  { text: 'tussen 1 en 20 februari', days: 20 },
];

/**
 * Weeks (one decimal) from the day school started again after each holiday to {@link generatorNow},
 * counted by hand: 5 January 74 days, 27 October 144 days, 23 February 25 days.
 */
const weeksSinceHoliday: readonly { text: string; weeks: number }[] = [
  { text: 'sinds de kerstvakantie', weeks: 10.6 },
  { text: 'sinds de kerst', weeks: 10.6 },
  { text: 'sinds de herfstvakantie', weeks: 20.6 },
  { text: 'sinds de voorjaarsvakantie', weeks: 3.6 },
  { text: 'sinds carnaval', weeks: 3.6 },
];

// ---- the protocol's first step, by hand from its numbers (Bijlage 1, 3, 7; Deel 4) ---------

function lateStep(count: number): Expected {
  if (count <= 7) return { step: 'te-laat/gesprek-school', level: 1, track: track.late };
  if (count <= 11) return { step: 'te-laat/preventief-gesprek', level: 2, track: track.late };
  return { step: 'te-laat/duo-melding', level: 3, track: track.late };
}

function hoursStep(hours: number, periodDays: number | undefined): Expected {
  if (hours >= 16 && periodDays !== undefined && periodDays <= 28)
    return { step: 'wet/melding-16-uur', level: 3, track: track.truancy };
  if (hours <= 7) return { step: 'spijbelen/gesprek-school', level: 1, track: track.truancy };
  if (hours <= 11) return { step: 'spijbelen/preventief-gesprek', level: 2, track: track.truancy };
  return { step: 'spijbelen/duo-melding', level: 3, track: track.truancy };
}

function daysStep(dagdelen: number, days: number): Expected {
  const total = days + dagdelen / 2;
  if (total >= 2) return { step: 'spijbelen/duo-melding', level: 3, track: track.truancy };
  if (days === 0 && dagdelen <= 2) return { step: 'spijbelen/gesprek-school', level: 1, track: track.truancy };
  if (total < 1) return { step: 'spijbelen/gesprek-school', level: 1, track: track.truancy };
  return { step: 'spijbelen/preventief-gesprek', level: 2, track: track.truancy };
}

function sickReportsStep(reports: number, eachDays: number | undefined, periodDays: number): Expected {
  const criterion1 = reports >= 3 && (eachDays ?? 0) <= 2 && periodDays <= 62;
  const criterion3 = eachDays !== undefined && reports * eachDays > 4 && periodDays <= 31;
  if (criterion1 || criterion3) return { step: 'ziekte/jeugdarts-aanmelden', level: 2, track: track.sick };
  // Close to criterion 1 or 3 (up to twice their period): mentor and oco weigh the jeugdarts together.
  const near1 = reports >= 3 && periodDays <= 124;
  const near3 = eachDays !== undefined && reports * eachDays > 4 && periodDays <= 62;
  if (near1 || near3) return { step: 'ziekte/jeugdarts-overleg-oco', level: 2, track: track.sick };
  return { step: 'ziekte/contact-mentor', level: 1, track: track.sick };
}

function consecutiveStep(schoolDays: number): Expected {
  if (schoolDays > 10) return { step: 'ziekte/jeugdarts-aanmelden', level: 2, track: track.sick };
  if (schoolDays > 5) return { step: 'ziekte/jeugdarts-overleg-oco', level: 2, track: track.sick };
  return { step: 'ziekte/contact-mentor', level: 1, track: track.sick };
}

function homeStep(weeks: number, type: 'po' | 'vo' | undefined): Expected {
  if (weeks > 13) return { step: 'thuiszitten/langer-dan-drie-maanden', level: 4, track: track.home };
  if (type === 'po' && weeks > 4) return { step: 'thuiszitten/breed-overleg-po', level: 3, track: track.home };
  return { step: 'thuiszitten/gesprek-partners', level: 2, track: track.home };
}

function first(expected: readonly Expected[]): string {
  return [...expected].sort((left, right) => right.level - left.level || left.track - right.track)[0]!.step;
}

// ---- facts: one kind of absence each ---------------------------------------------------------

type Fact = { text: string; slots: ExpectedSlots; expected: Expected };

const lateFact = (who: Who) =>
  fc
    .record({
      count: fc.integer({ min: 1, max: 20 }),
      form: fc.nat(5),
      template: fc.nat(3),
      period: fc.option(fc.constantFrom(...periods), { nil: undefined }),
    })
    .map(({ count, form, template, period }): Fact => {
      const phrase = countPhrase(count, form);
      const during = period ? ` ${period.text}` : '';
      const text = [
        `${who.text} is ${phrase} te laat gekomen${during}`,
        `${who.text} is${during} ${phrase} te laat geweest`,
        `${who.text} kwam ${phrase} te laat${during}`,
        `${who.text} ${phrase} telaat gekomt${during}`,
      ][template]!;
      return { text, slots: { ...who.slots, lateCount: count }, expected: lateStep(count) };
    });

const hoursFact = (who: Who) =>
  fc
    .record({
      hours: fc.integer({ min: 1, max: 20 }),
      form: fc.nat(1),
      unit: fc.constantFrom('lesuren', 'uur', 'uren', 'lesuur'),
      template: fc.nat(2),
      period: fc.option(fc.constantFrom(...periods.filter((entry) => !entry.text.startsWith('sinds'))), {
        nil: undefined,
      }),
    })
    .map(({ hours, form, unit, template, period }): Fact => {
      const during = period ? ` ${period.text}` : '';
      const unitWord = hours === 1 && unit === 'lesuren' ? 'lesuur' : unit;
      const text = [
        `${who.text} heeft ${amount(hours, form)} ${unitWord} gespijbeld${during}`,
        `${who.text} heeft${during} ${amount(hours, form)} ${unitWord} ongeoorloofd gemist`,
        `${who.text} heeft ${amount(hours, form)} ${unitWord} gespijbelt${during}`,
      ][template]!;
      return { text, slots: { ...who.slots, truancyHours: hours }, expected: hoursStep(hours, period?.days) };
    });

/** Dagdelen and days: "twee middagen", "een halve dag", "anderhalve dag", "2,5 dag". */
const dayPhrases: readonly { text: string; dagdelen: number; days: number }[] = [
  { text: 'een middag', dagdelen: 1, days: 0 },
  { text: '1 dagdeel', dagdelen: 1, days: 0 },
  { text: 'twee dagdelen', dagdelen: 2, days: 0 },
  { text: '2 ochtenden', dagdelen: 2, days: 0 },
  { text: 'drie middagen', dagdelen: 3, days: 0 },
  { text: '3 dagdelen', dagdelen: 3, days: 0 },
  { text: 'vier ochtenden', dagdelen: 4, days: 0 },
  { text: 'een halve dag', dagdelen: 1, days: 0 },
  { text: '2x een halve dag', dagdelen: 2, days: 0 },
  { text: 'anderhalve dag', dagdelen: 0, days: 1.5 },
  { text: 'een hele dag', dagdelen: 0, days: 1 },
  { text: '1 dag', dagdelen: 0, days: 1 },
  { text: '2 dagen', dagdelen: 0, days: 2 },
  { text: 'twee en een halve dag', dagdelen: 0, days: 2.5 },
  { text: '2,5 dag', dagdelen: 0, days: 2.5 },
  { text: 'drie dagen', dagdelen: 0, days: 3 },
  { text: '1,5 dag', dagdelen: 0, days: 1.5 },
];

const daysFact = (who: Who) =>
  fc.record({ phrase: fc.constantFrom(...dayPhrases), template: fc.nat(2) }).map(({ phrase, template }): Fact => {
    const text = [
      `${who.text} heeft ${phrase.text} gespijbeld`,
      `${who.text} heeft ${phrase.text} gespijbelt`,
      `${who.text} is ${phrase.text} ongeoorloofd afwezig geweest`,
    ][template]!;
    const slots: ExpectedSlots = { ...who.slots };
    if (phrase.dagdelen > 0) slots.truancyDagdelen = phrase.dagdelen;
    if (phrase.days > 0) slots.truancyDays = phrase.days;
    return { text, slots, expected: daysStep(phrase.dagdelen, phrase.days) };
  });

const sickReportsFact = (who: Who) =>
  fc
    .record({
      reports: fc.integer({ min: 1, max: 6 }),
      form: fc.nat(5),
      each: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      template: fc.nat(2),
      period: fc.constantFrom(...periods),
    })
    .map(({ reports, form, each, template, period }): Fact => {
      const count =
        form % 3 === 2 ? `${reports}x` : form % 3 === 1 ? `${numberWords[reports]} keer` : `${reports} keer`;
      const eachText = each === undefined ? '' : each === 1 ? 'een dag' : `${each} dagen`;
      const text = [
        `${who.text} is ${period.text} ${count} ${eachText} ziek gemeld`.replace(/\s+/g, ' '),
        `${who.text} heeft zich ${count} ziekgemeld ${period.text}${each === undefined ? '' : `, steeds ${eachText}`}`,
        `${who.text} is ${count} ziek gemeld ${period.text}${each === undefined ? '' : `, telkens ${eachText}`}`,
      ][template]!;
      const slots: ExpectedSlots = { ...who.slots, sickReports: reports };
      if (each !== undefined) slots.sickReportDays = each;
      return { text, slots, expected: sickReportsStep(reports, each, period.days) };
    });

const consecutiveFact = (who: Who) =>
  fc
    .record({ weeks: fc.constantFrom(1, 1.5, 2, 2.5, 3, 4), days: fc.integer({ min: 2, max: 14 }), form: fc.nat(3) })
    .map(({ weeks, days, form }): Fact => {
      if (form === 3) {
        return {
          text: `${who.text} is ${days} dagen achter elkaar ziek`,
          slots: { ...who.slots, consecutiveSickDays: days },
          expected: consecutiveStep(days),
        };
      }
      const weekText =
        weeks === 1.5 && form === 1
          ? 'anderhalve week'
          : weeks === 2 && form === 1
            ? 'twee weken'
            : `${String(weeks).replace('.', ',')} ${weeks === 1 ? 'week' : 'weken'}`;
      const schoolDays = Math.round(weeks * 5);
      return {
        text: `${who.text} is al ${weekText} ziek`,
        slots: { ...who.slots, consecutiveSickDays: schoolDays },
        expected: consecutiveStep(schoolDays),
      };
    });

const homeFact = (who: Who) =>
  fc
    .record({
      weeks: fc.integer({ min: 1, max: 20 }),
      holiday: fc.constantFrom(...weeksSinceHoliday),
      template: fc.nat(4),
    })
    .map(({ weeks, holiday, template }): Fact => {
      const byHoliday = template >= 3;
      const value = byHoliday ? holiday.weeks : weeks;
      const text = [
        `${who.text} zit al ${weeks} weken thuis, niet ziek`,
        `${who.text} komt al ${weeks} weken niet meer naar school`,
        `${who.text} zit ${weeks} weken thuis zonder dat hij ziek is`.replace(
          'zonder dat hij ziek is',
          'maar is niet ziek',
        ),
        `${who.text} zit ${holiday.text} thuis, niet ziek`,
        `${who.text} komt ${holiday.text} niet meer naar school`,
      ][template]!;
      return { text, slots: { ...who.slots, homeWeeks: value }, expected: homeStep(value, who.type) };
    });

const factArbitrary = (who: Who): fc.Arbitrary<Fact> =>
  fc.oneof(lateFact(who), hoursFact(who), daysFact(who), sickReportsFact(who), consecutiveFact(who), homeFact(who));

// ---- what already happened -------------------------------------------------------------------

type Event = { text: (name: string) => string; slots: ExpectedSlots; expected?: Expected; appliesTo?: 'late' };
const events: readonly Event[] = [
  {
    text: (name) => `${name} is niet verschenen bij de jeugdarts`,
    slots: { events: { jeugdartsNoShow: true } },
    expected: { step: 'jeugdarts/niet-verschenen', level: 3, track: track.noShow },
  },
  {
    text: () => 'ouders komen niet opdagen bij de jgz',
    slots: { events: { jeugdartsNoShow: true } },
    expected: { step: 'jeugdarts/niet-verschenen', level: 3, track: track.noShow },
  },
  {
    text: () => 'de ouders werken niet mee',
    slots: { events: { notCooperating: true } },
    expected: { step: 'medewerking/duo-melding', level: 3, track: track.cooperation },
  },
  {
    text: () => 'ouders willen niet meewerken',
    slots: { events: { notCooperating: true } },
    expected: { step: 'medewerking/duo-melding', level: 3, track: track.cooperation },
  },
  { text: () => 'we hebben al een gesprek gehad met de ouders', slots: { events: { schoolTalkHeld: true } } },
  { text: () => 'de mentor heeft al met ouders gesproken', slots: { events: { schoolTalkHeld: true } } },
];

/** Denials: the event did not happen, so nothing changes and the flag stays unset. */
const denials: readonly { text: string; denied: NonNullable<GeneratedSituation['denied']> }[] = [
  { text: 'er is nog geen preventief gesprek geweest', denied: 'preventiveTalkHeld' },
  { text: 'heeft nog geen preventief gesprek gehad', denied: 'preventiveTalkHeld' },
  { text: 'de jeugdarts is nog niet ingeschakeld', denied: 'jeugdartsInvolved' },
  { text: 'jgz nog niet ingeschakeld', denied: 'jeugdartsInvolved' },
  { text: 'nog niet in het zat besproken', denied: 'zatDiscussed' },
  { text: 'we hebben nog geen gesprek gehad', denied: 'schoolTalkHeld' },
  { text: 'er is nog geen duo melding gedaan', denied: 'duoReported' },
];

// ---- fillers, word order, typos --------------------------------------------------------------

const openers = ['', '', 'hoi, ', 'hoi! ', 'even snel: ', 'help, ', 'vraagje: ', 'Hallo, '];
const asks = [
  'wat nu?',
  'Wat nu?',
  'wat moet ik doen?',
  'moet ik dit melden?',
  'is dit al een duo melding?',
  'wat is de volgende stap?',
  'wat moet er nu gebeuren?',
  '',
];
const closers = ['', '', ' groetjes', ' alvast bedankt!', ' gr'];

/** Words a typo may land in: long enough (≥ 7 letters) that one slip is still readable. */
const typoTargets =
  /\b(gespijbeld|ongeoorloofd|ziekgemeld|dagdelen|ochtenden|middagen|jeugdarts|verschenen|kerstvakantie|herfstvakantie|voorjaarsvakantie|preventief|ingeschakeld|meewerken)\b/;

/** A small seeded generator (mulberry32), so a typo is the same on every run of a seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Edits between two words (insert, delete, substitute, swap neighbours); the generator's own. */
function distance(left: string, right: string): number {
  const rows = Array.from({ length: left.length + 1 }, (_, i) =>
    Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= left.length; i += 1) {
    for (let j = 1; j <= right.length; j += 1) {
      const row = rows[i]!;
      row[j] = Math.min(
        rows[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        rows[i - 1]![j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1])
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[left.length]![right.length]!;
}

const typoWords = typoTargets.source.replace(/^\\b\(|\)\\b$/g, '').split('|');

/**
 * One slip inside a long key word: two letters swapped, one dropped or one doubled (never the first).
 * A slip that lands as close to another key word ("herstvakantie": herfst or kerst?) is not made,
 * since no reader could tell which was meant.
 */
export function withTypo(text: string, seed: number): string {
  const match = typoTargets.exec(text);
  if (!match) return text;
  const random = seeded(seed);
  const word = match[1]!;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  const typed =
    kind === 0
      ? word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2)
      : kind === 1
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + word[at]! + word.slice(at);
  if (typoWords.some((other) => other !== word && distance(typed, other) <= distance(typed, word))) return text;
  return text.slice(0, match.index) + typed + text.slice(match.index + word.length);
}

type Dressing = { opener: string; ask: string; closer: string; askFirst: boolean; typo: boolean; seed: number };
const dressingArbitrary: fc.Arbitrary<Dressing> = fc.record({
  opener: fc.constantFrom(...openers),
  ask: fc.constantFrom(...asks),
  closer: fc.constantFrom(...closers),
  askFirst: fc.boolean(),
  typo: fc.boolean(),
  seed: fc.nat(),
});

function dress(facts: readonly string[], { opener, ask, closer, askFirst, typo, seed }: Dressing): string {
  const body = facts.join('. ');
  const joint = /[.!?)]$/.test(body) ? ' ' : ', ';
  const text =
    askFirst && ask ? `${opener}${ask} ${body}${closer}` : `${opener}${body}${ask ? `${joint}${ask}` : ''}${closer}`;
  return typo ? withTypo(text, seed) : text;
}

function mergeSlots(...all: readonly ExpectedSlots[]): ExpectedSlots {
  const merged: ExpectedSlots = {};
  for (const slots of all) {
    const { events: ownEvents, ...rest } = slots;
    Object.assign(merged, rest);
    if (ownEvents) merged.events = { ...merged.events, ...ownEvents };
  }
  return merged;
}

// ---- the generators --------------------------------------------------------------------------

/** A situation with one kind of absence, sometimes with something that already happened. */
export const situationMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({
      fact: factArbitrary(who),
      event: fc.option(fc.constantFrom(...events), { nil: undefined, freq: 3 }),
      dressing: dressingArbitrary,
    })
    .map(({ fact, event, dressing }) => {
      const name = who.slots.pupilFirstName!;
      const facts = event ? [fact.text, event.text(name)] : [fact.text];
      const expected = event?.expected ? [fact.expected, event.expected] : [fact.expected];
      return {
        text: dress(facts, dressing),
        slots: mergeSlots(fact.slots, event?.slots ?? {}),
        firstStep: first(expected),
      };
    }),
);

/** A late count after a preventief gesprek, or one the ZAT already discussed (Bijlage 7). */
export const lateAfterEventMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({ count: fc.integer({ min: 1, max: 20 }), form: fc.nat(5), which: fc.nat(2), dressing: dressingArbitrary })
    .map(({ count, form, which, dressing }) => {
      const phrase = countPhrase(count, form);
      if (which === 0) {
        return {
          text: dress([`Na het preventief gesprek is ${who.text} weer ${phrase} te laat gekomen`], dressing),
          slots: mergeSlots(who.slots, { lateCount: count, events: { preventiveTalkHeld: true } }),
          firstStep: 'te-laat/duo-na-preventief-gesprek',
        };
      }
      if (which === 1) {
        return {
          text: dress(
            [`${who.text} heeft al een preventief gesprek gehad maar is daarna weer ${phrase} te laat gekomen`],
            dressing,
          ),
          slots: mergeSlots(who.slots, { lateCount: count, events: { preventiveTalkHeld: true } }),
          firstStep: 'te-laat/duo-na-preventief-gesprek',
        };
      }
      const base = lateStep(count).step;
      const firstStep = base === 'te-laat/preventief-gesprek' ? 'te-laat/duo-melding' : base;
      return {
        text: dress([`${who.text} is ${phrase} te laat gekomen`, 'is al besproken in het zat'], dressing),
        slots: mergeSlots(who.slots, { lateCount: count, events: { zatDiscussed: true } }),
        firstStep,
      };
    }),
);

/** A fact with a denial next to it: the flag stays unset and the step is the fact's own. */
export const deniedEventMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({
      fact: fc.oneof(lateFact(who), sickReportsFact(who), consecutiveFact(who)),
      denial: fc.constantFrom(...denials),
      dressing: dressingArbitrary,
    })
    .map(({ fact, denial, dressing }) => {
      const denialText = denial.text.startsWith('heeft') ? `${who.slots.pupilFirstName} ${denial.text}` : denial.text;
      return {
        text: dress([fact.text, denialText], dressing),
        slots: fact.slots,
        firstStep: fact.expected.step,
        denied: denial.denied,
      };
    }),
);

const vagueCounts = [
  'een paar keer',
  'regelmatig',
  'vaak',
  'meerdere keren',
  'af en toe',
  'soms',
  'steeds vaker',
  'nogal eens',
];

/** A kind of absence without a usable count: the rules must ask. */
export const vagueMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({ vague: fc.constantFrom(...vagueCounts), kind: fc.nat(2), dressing: dressingArbitrary })
    .map(({ vague, kind, dressing }) => {
      const fact = [
        `${who.text} is ${vague} te laat gekomen`,
        `${who.text} heeft ${vague} gespijbeld`,
        `${who.text} is ${vague} ziek gemeld`,
      ][kind]!;
      return { text: dress([fact], dressing), slots: who.slots, firstStep: 'needs-info' };
    }),
);

// ---- general protocol questions: not situations ----------------------------------------------

const units = [
  'keer te laat',
  'uur spijbelen',
  'dagen ziek',
  'dagdelen spijbelen',
  'lesuren ongeoorloofd verzuim',
  'ziekmeldingen',
];
const terms = [
  'thuiszitter',
  'duo melding',
  'preventief spreekuur',
  'aanmeldformulier',
  'zat',
  'lpa',
  'verzuimcoach',
  'jgz',
  'doorbraakoverleg',
  'relatief verzuim',
];
const questionTemplates: readonly { slots: readonly string[]; text: (slot: string) => string }[] = [
  { slots: units, text: (unit) => `hoeveel ${unit} mag een leerling hebben?` },
  { slots: units, text: (unit) => `vanaf hoeveel ${unit} moet ik melden bij leerplicht?` },
  { slots: units, text: (unit) => `bij hoeveel ${unit} is het een duo melding?` },
  { slots: terms, text: (term) => `wat is een ${term}?` },
  { slots: terms, text: (term) => `wat betekent ${term}?` },
  { slots: terms, text: (term) => `wie regelt de ${term}?` },
  { slots: terms, text: (term) => `waar vind ik het ${term}?` },
  { slots: [''], text: () => 'hoeveel keer te laat mag een leerling zijn?' },
  { slots: [''], text: () => 'wanneer meld ik bij de jeugdarts aan?' },
  { slots: [''], text: () => 'hoe meld ik een leerling aan bij de jeugdarts?' },
  { slots: [''], text: () => 'hoe lang mag een leerling ziek zijn voordat de jeugdarts ingeschakeld wordt?' },
  { slots: [''], text: () => 'wat zegt het protocol over spijbelen?' },
  { slots: [''], text: () => 'wie nodigt uit voor het preventief spreekuur?' },
  { slots: [''], text: () => 'mag ik informatie delen met de jeugdarts zonder toestemming?' },
  {
    slots: ['Zuid-Holland Zuid', 'Den Bosch', 'Noord-Brabant', 'Oss'],
    text: (place) => `hoeveel thuiszitters telde de regio ${place}?`,
  },
  { slots: [''], text: () => 'wie adviseert school over hoeveel een zieke leerling aankan?' },
  { slots: [''], text: () => 'hoe lang mag een ll max thuiszitten?' },
  {
    slots: ['te laat komt', 'spijbelt', 'vaak ziek is'],
    text: (what) => `wie belt de ouders als een leerling ${what}?`,
  },
];

/** A general question about the protocol, dressed like the situations. */
export const protocolQuestion: fc.Arbitrary<string> = fc
  .record({
    template: fc.constantFrom(...questionTemplates),
    pick: fc.nat(),
    opener: fc.constantFrom(...openers),
    closer: fc.constantFrom(...closers),
    typo: fc.boolean(),
    seed: fc.nat(),
  })
  .map(({ template, pick, opener, closer, typo, seed }) => {
    const text = `${opener}${template.text(template.slots[pick % template.slots.length]!)}${closer}`;
    return typo ? withTypo(text, seed) : text;
  });

// ---- more word orders: the name last, counts as bounds, stagnation by who fails ----------------

/** Facts first and the name after them: "9 keer te laat deze periode, Sanne.", "14 lesuren gespijbeld (Bram, 15)". */
export const nameLastMessage: fc.Arbitrary<GeneratedSituation> = fc
  .record({
    name: fc.constantFrom(...names),
    age: fc.integer({ min: 12, max: 17 }),
    form: fc.nat(2),
    kind: fc.nat(3),
    count: fc.integer({ min: 1, max: 20 }),
    weeks: fc.constantFrom(1, 2, 3, 4),
    dressing: dressingArbitrary,
  })
  .map(({ name, age, form, kind, count, weeks, dressing }) => {
    const fact = [
      { text: `${countPhrase(count, 0)} te laat deze periode`, slots: { lateCount: count }, expected: lateStep(count) },
      { text: `${count} lesuren gespijbeld`, slots: { truancyHours: count }, expected: hoursStep(count, undefined) },
      {
        text: `al ${weeks} ${weeks === 1 ? 'week' : 'weken'} ziek, geen idee waarom`,
        slots: { consecutiveSickDays: weeks * 5 },
        expected: consecutiveStep(weeks * 5),
      },
      {
        text: `zit al ${count} weken thuis, niet ziek`,
        slots: { homeWeeks: count },
        expected: homeStep(count, undefined),
      },
    ][kind]!;
    const named = [`${fact.text}, ${name}.`, `${fact.text} (${name}, ${age})`, `${fact.text}. ${name}.`][form]!;
    const slots: ExpectedSlots = { ...fact.slots, pupilFirstName: name, ...(form === 1 && { age }) };
    return { text: dress([named], { ...dressing, typo: false }), slots, firstStep: fact.expected.step };
  });

/** Counts given as a bound: "meer dan 11 keer" is 12 or more, the side the protocol's thresholds need. */
export const boundedCountMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({ count: fc.integer({ min: 2, max: 19 }), kind: fc.nat(1), dressing: dressingArbitrary })
    .map(({ count, kind, dressing }) => {
      if (kind === 0) {
        return {
          text: dress([`${who.text} is meer dan ${count} keer te laat gekomen`], dressing),
          slots: { ...who.slots, lateCount: count + 1 },
          firstStep: lateStep(count + 1).step,
        };
      }
      return {
        text: dress([`${who.text} heeft meer dan ${count} lesuren gespijbeld`], dressing),
        slots: { ...who.slots, truancyHours: count + 1 },
        firstStep: hoursStep(count + 1, undefined).step,
      };
    }),
);

/** Who fails in a stalled plan of approach, and the step Deel 5 gives for it. */
const stagnationActors: readonly { text: string; step: string }[] = [
  { text: 'de jeugdhulp', step: 'stagnatie/partner-aanspreken' },
  { text: 'de schoolmaatschappelijk werker', step: 'stagnatie/partner-aanspreken' },
  { text: 'de leerplichtambtenaar', step: 'stagnatie/partner-aanspreken' },
  { text: 'het wijkteam', step: 'stagnatie/partner-aanspreken' },
  { text: 'de school', step: 'stagnatie/school-aanspreken' },
  { text: 'wij als school', step: 'stagnatie/school-aanspreken' },
];
const failures: readonly ((actor: string) => string)[] = [
  (actor) => `${actor} komt de afspraken uit het plan niet na`,
  (actor) => `${actor} zou een opbouwschema maken, maar dat is na 4 weken nog steeds niet gebeurd`,
  (actor) => `het plan loopt vast omdat ${actor} de begeleiding niet heeft geregeld`,
  (actor) => `${actor} reageert al weken niet, het plan ligt stil`,
];

/** A stalled plan: the step depends on who does not do what was agreed. */
export const stagnationMessage: fc.Arbitrary<GeneratedSituation> = fc
  .record({
    name: fc.constantFrom(...names),
    actor: fc.constantFrom(...stagnationActors),
    failure: fc.constantFrom(...failures),
    dressing: dressingArbitrary,
  })
  .map(({ name, actor, failure, dressing }) => {
    const text = `Over ${name}: ${failure(actor.text)}`;
    return {
      text: dress([text], { ...dressing, typo: false }),
      slots: { pupilFirstName: name },
      firstStep: actor.step,
    };
  });
