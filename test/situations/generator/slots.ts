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
export type Expected = { step: string; level: number; track: number };
export const track = { noShow: 0, cooperation: 1, home: 3, sick: 4, truancy: 5, late: 6 } as const;
