/** The school calendar the situation parser reads "sinds de kerstvakantie" and "dit schooljaar" against. */

/**
 * School holidays by the day school starts again afterwards (month 1–12, day), for "sinds de
 * kerstvakantie". Regio zuid, where the Bossche protocol applies; the dates shift a few days a year,
 * which the thresholds (2, 4, 13 weeks) tolerate.
 */
export const schoolHolidays: Readonly<Record<string, { readonly month: number; readonly day: number }>> = {
  herfstvakantie: { month: 10, day: 27 },
  kerstvakantie: { month: 1, day: 5 },
  voorjaarsvakantie: { month: 2, day: 23 },
  meivakantie: { month: 5, day: 4 },
  zomervakantie: { month: 8, day: 31 },
};

/** Day the school year starts (month, day), for "dit schooljaar". */
export const schoolYearStart = { month: 9, day: 1 } as const;
