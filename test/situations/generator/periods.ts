// The situation generator: periods.
type PeriodPhrase = { text: string; days: number };
export const periods: readonly PeriodPhrase[] = [
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
export const weeksSinceHoliday: readonly { text: string; weeks: number }[] = [
  { text: 'sinds de kerstvakantie', weeks: 10.6 },
  { text: 'sinds de kerst', weeks: 10.6 },
  { text: 'sinds de herfstvakantie', weeks: 20.6 },
  { text: 'sinds de voorjaarsvakantie', weeks: 3.6 },
  { text: 'sinds carnaval', weeks: 3.6 },
];
