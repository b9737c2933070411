import type { LexiconCapability } from '../understanding/capability-lexicon.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ProtocolAnswer } from './answer.js';
import type { Citation } from './citation.js';

/**
 * The data the answer card template (`cards/answer.json`) binds to: plain data, Dutch text, every answer
 * with its sources. The bot renders it; nothing here knows about Teams.
 */

/** What the answer card shows: a protocol answer or refusal (with the capability it is about), or advice as text. */
export type AnswerViewReply =
  | { readonly kind: 'rule'; readonly answer: string; readonly citations: readonly Citation[] }
  | (ProtocolAnswer & { readonly offer?: LexiconCapability });

/** Buttons offered under an answer, by the sections it cites. */
const followUps: readonly {
  readonly title: string;
  readonly command: string;
  readonly when: (sectionId: string) => boolean;
}[] = [
  {
    title: 'Gespreksleidraad starten',
    command: 'gespreksleidraad',
    when: (id) => id.startsWith('bossche-protocol/bijlage-2') || id === 'bossche-protocol/deel-3/werkafspraken',
  },
  {
    title: 'Aanmeldformulier jeugdarts',
    command: 'aanmeldformulier',
    when: (id) => id.startsWith('bossche-protocol/bijlage-3') || id === 'bossche-protocol/bijlage-1/ziekteverzuim',
  },
  { title: 'Verzuimcoach inschakelen', command: 'verzuimcoach', when: (id) => id.startsWith('verzuimcoaches-') },
];

/** The button that opens the capability a question is about. */
const offerButtons: Readonly<Record<LexiconCapability, { readonly title: string; readonly command: string }>> = {
  aanmeldformulier: { title: 'Aanmeldformulier jeugdarts', command: 'aanmeldformulier' },
  verwijzing: { title: 'Verzuimcoach inschakelen', command: 'verzuimcoach' },
  gespreksleidraad: { title: 'Gespreksleidraad starten', command: 'gespreksleidraad' },
  onboarding: { title: 'Onboarding starten', command: 'onboarding' },
  overzicht: { title: 'Overzicht openen', command: 'overzicht' },
  rollen: { title: 'Rollen beheren', command: 'rollen' },
};

const maxSectionText = 3500;

/**
 * How a card heads an answer, by the documents it comes from: only the Bossche protocol and the NPO
 * praktijkkaart are "het protocol"; the reports and the interview are named as what they are.
 */
const documentPhrases: Readonly<Record<string, string>> = {
  'bossche-protocol': 'het protocol',
  'praktijkkaart-thuiszitters': 'het protocol',
  'leerplicht-jaarverslag-2021-2022': 'het jaarverslag Leerplicht en VSV 2021-2022',
  'verzuimcoaches-jaarverslag-2023': 'het jaarverslag verzuimcoaches 2023',
  'verzuimcoaches-interview': 'het interview met de coördinator Team Verzuim',
};

/** "Uit het protocol", "Uit het jaarverslag verzuimcoaches 2023", "Uit het protocol en het jaarverslag …". */
export function answerSourceTitle(citations: readonly Citation[]): string {
  const phrases = [
    ...new Set(
      citations.map((citation) => documentPhrases[citation.sectionId.split('/')[0] ?? ''] ?? `de bron ${citation.doc}`),
    ),
  ];
  if (phrases.length === 0) return 'Uit het protocol';
  return `Uit ${phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} en ${phrases.at(-1)}`}`;
}

const caveatPrefix = /^Let op: het protocol is hier niet eenduidig:\s*/i;

function sourceLabel(knowledge: KnowledgeBase, citation: Citation): string {
  const parent = knowledge.getSection(citation.sectionId)?.parentTitles.at(-1);
  return `${citation.doc} — ${parent && parent !== citation.section ? `${parent}, ` : ''}${citation.section}`;
}

/** The answer card's data: answer, "Bron: …", the full sections behind a button, follow-up buttons. */
export function answerView(reply: AnswerViewReply, knowledge: KnowledgeBase) {
  const caveat = reply.kind !== 'rule' ? reply.caveat : undefined;
  const answer = caveat ? reply.answer.replace(`\n\n${caveat.text}`, '') : reply.answer;
  const cited = reply.kind === 'none' ? (reply.closest ? [reply.closest] : []) : reply.citations;
  const shown = cited
    .filter((citation, position) => cited.findIndex((other) => other.sectionId === citation.sectionId) === position)
    .slice(0, 3);
  // Two sections can share a heading ("Jeugdarts" in the protocol and the praktijkkaart): name the parent too.
  const buttonName = (citation: Citation) =>
    shown.filter((other) => other.section === citation.section).length > 1
      ? sourceLabel(knowledge, citation).replace(/^[^—]*— /, '')
      : citation.section;
  const sources =
    reply.kind === 'none'
      ? []
      : reply.citations.map((citation, position) => ({
          label: `Bron${reply.citations.length > 1 ? ` [${position + 1}]` : ''}: ${sourceLabel(knowledge, citation)}`,
        }));
  return {
    title: reply.kind === 'none' ? 'Niet gevonden in het protocol' : answerSourceTitle(reply.citations),
    generated: reply.kind !== 'rule' && reply.generated,
    answer,
    // The contradiction sits behind the card's "Let op: het protocol is hier niet eenduidig" toggle.
    caveat: caveat ? caveat.text.replace(caveatPrefix, '') : '',
    sources,
    sections: shown.map((citation) => {
      const section = knowledge.getSection(citation.sectionId);
      const text = section?.body ?? '';
      return {
        buttonTitle:
          shown.length === 1
            ? reply.kind === 'none'
              ? 'Toon de dichtstbijzijnde sectie'
              : 'Toon de hele sectie'
            : `Toon: ${buttonName(citation)}`,
        heading: sourceLabel(knowledge, citation),
        text: text.length > maxSectionText ? `${text.slice(0, maxSectionText)}…` : text,
      };
    }),
    followUps: [
      // The capability the question is about first ("wanneer stuur ik het aanmeldformulier?" → open it).
      ...(reply.kind !== 'rule' && reply.offer ? [offerButtons[reply.offer]] : []),
      ...followUps
        .filter((followUp) => reply.citations.some((citation) => followUp.when(citation.sectionId)))
        .map(({ title, command }) => ({ title, command })),
    ].filter((button, index, all) => all.findIndex((other) => other.command === button.command) === index),
  };
}
