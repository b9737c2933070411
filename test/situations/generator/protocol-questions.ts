// The situation generator: general protocol questions: not situations.
import fc from 'fast-check';
import { closers, openers, withTypo } from './dressing.js';

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
