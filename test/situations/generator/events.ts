// The situation generator: what already happened.
import { type Expected, type ExpectedSlots, type GeneratedSituation, track } from './slots.js';

type Event = { text: (name: string) => string; slots: ExpectedSlots; expected?: Expected; appliesTo?: 'late' };
export const events: readonly Event[] = [
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
export const denials: readonly { text: string; denied: NonNullable<GeneratedSituation['denied']> }[] = [
  { text: 'er is nog geen preventief gesprek geweest', denied: 'preventiveTalkHeld' },
  { text: 'heeft nog geen preventief gesprek gehad', denied: 'preventiveTalkHeld' },
  { text: 'de jeugdarts is nog niet ingeschakeld', denied: 'jeugdartsInvolved' },
  { text: 'jgz nog niet ingeschakeld', denied: 'jeugdartsInvolved' },
  { text: 'nog niet in het zat besproken', denied: 'zatDiscussed' },
  { text: 'we hebben nog geen gesprek gehad', denied: 'schoolTalkHeld' },
  { text: 'er is nog geen duo melding gedaan', denied: 'duoReported' },
];
