/**
 * Some staff ask in English ("can you walk me through the talk with Noah's parents?", "who can see the forms I
 * filed?"). The words the understanding step keys on are rewritten into the Dutch it reads, as data; names and
 * numbers stay as typed. Situations have their own table in `src/rules/english-situation.ts`.
 */

/** Distinctly English function words; two of them (or one of them twice) make a message English. */
const englishMarkers = new RegExp(
  String.raw`\b(?:the|what|can|could|would|should|you|your|my|how|does|with|who|which|want|need|please|show|` +
    String.raw`did|already|have|has|i'?m|this|these|there|for|about|and|still|where|do|are|their|our|on|when|` +
    String.raw`it|an|give|get|remind|call|i(?=\s))\b`,
  'gi',
);

/** English phrase → Dutch. Longer phrases first; each applied to the whole message, case-insensitive. */
const phrases: readonly (readonly [RegExp, string])[] = (
  [
    // The possessive after a name: "Noah's parents" → "Noah ouders" (the name stays a name).
    [String.raw`(\p{Lu}\p{Ll}+)['’]s\b`, '$1'],
    // Asking what the bot is and how to use it.
    [String.raw`\bwhat (?:can|could|does) (?:you|this (?:bot|thing|app|tool)|it) do\b`, 'wat kan je'],
    [String.raw`\bhow does (?:this|it|the bot) work\b|\bhow do i use (?:this|you|it)\b`, 'hoe werkt dit'],
    [String.raw`\bwhat (?:should|do|can) i (?:type|ask)\b`, 'wat kan ik vragen'],
    // Being walked through a conversation.
    [
      String.raw`\bwalk (?:me|us|her|him) through\b|\bguide (?:me|us) through\b|\btake (?:me|us) through\b`,
      'loop met mij door',
    ],
    [String.raw`\bstep by step\b`, 'stap voor stap'],
    [String.raw`\bprepare (?:me |us )?(?:for )?`, 'voorbereiden '],
    [String.raw`\b(?:conversation|talk|meeting|chat) with\b`, 'gesprek met'],
    [String.raw`\b(?:conversation|meeting)s?\b`, 'gesprek'],
    // Partners and forms.
    [String.raw`\b(?:school|youth|ggd|jgz) (?:doctor|physician|nurse)\b`, 'jeugdarts'],
    [String.raw`\b(?:attendance|absence|absenteeism|truancy) coach(?:es)?\b`, 'verzuimcoach'],
    [String.raw`\b(?:sign|register|enrol+) (\S+ )?(?:up )?(?:with|for|at)\b`, '$1aanmelden bij'],
    [String.raw`\brefer(?:ral)?s\b`, 'verwijzingen'],
    [String.raw`\brefer(?:ral)?\b`, 'verwijzing'],
    [String.raw`\b(?:registration|sign-up)s?\b`, 'aanmelding'],
    [String.raw`\breports? to\b`, 'aanmeldingen bij'],
    [String.raw`\breports\b`, 'meldingen'],
    [String.raw`\bforms\b`, 'formulieren'],
    [String.raw`\bform\b`, 'formulier'],
    [String.raw`\boverview\b|\blist of (?:all )?`, 'overzicht van '],
    [String.raw`\bshow me\b`, 'laat zien'],
    [String.raw`\b(?:filed|submitted|sent in)\b`, 'ingediend'],
    // Open actions.
    [String.raw`\bto-?do(?:'?s| list)?\b|\bwhat(?:'s| is) on my plate\b`, 'mijn taken'],
    [String.raw`\btasks\b`, 'taken'],
    [String.raw`\bremind me to\b`, 'herinner mij eraan om'],
    [String.raw`\bremind me\b`, 'herinner mij'],
    [String.raw`\b(?:are|is) behind (?:on|with)\b`, 'lopen achter met'],
    [String.raw`\bdid i (?:already )?(?:call|phone|ring|email|mail)(?: back)?\b`, 'heb ik al teruggebeld'],
    [String.raw`\boverdue\b`, 'over de deadline'],
    [String.raw`\bbehind (?:on|with)\b`, 'achter met'],
    // Roles and access.
    [String.raw`\bhow do (?:i|we) give (\S+ \S+ |\S+ )?access\b`, 'hoe geef ik $1toegang'],
    [String.raw`\bwho (?:can|may) see\b`, 'wie mag zien'],
    [String.raw`\b(?:give|grant) (\S+ )?access\b`, '$1toegang geven'],
    [String.raw`\baccess\b`, 'toegang'],
    [String.raw`\b(?:permissions|rights)\b`, 'rechten'],
    [String.raw`\broles\b`, 'rollen'],
    [String.raw`\brole\b`, 'rol'],
    // Learning the protocol.
    [String.raw`\bi'?m new(?: here)?\b|\bi am new(?: here)?\b`, 'ik ben nieuw hier'],
    [String.raw`\bteach me\b|\bhelp me learn\b`, 'leer mij'],
    [String.raw`\blearn\b`, 'leren'],
    // People and absence.
    [String.raw`\bparents\b`, 'ouders'],
    [String.raw`\b(?:mother|mum|mom)\b`, 'moeder'],
    [String.raw`\b(?:father|dad)\b`, 'vader'],
    [String.raw`\b(?:students|pupils|kids)\b`, 'leerlingen'],
    [String.raw`\b(?:student|pupil|kid)\b`, 'leerling'],
    [String.raw`\bmentors\b`, 'mentoren'],
    [String.raw`\bcolleague\b`, 'collega'],
    [String.raw`\babsences?\b|\babsenteeism\b`, 'verzuim'],
    [String.raw`\bskips? school\b|\btruanting\b`, 'spijbelt'],
    // Request and question words, last.
    [String.raw`\bcan (?:you|u)\b|\bcould you\b|\bwould you\b`, 'kun je'],
    [String.raw`\bi(?:\s+want|\s+would\s+like|['’]d\s+like)\s+to\b`, 'ik wil'],
    [String.raw`\b(?:i )?need to\b|\bi have to\b|^have to\b`, 'ik moet'],
    [String.raw`\bhelp me\b`, 'help mij'],
    [String.raw`\bhow do (?:i|we)\b`, 'hoe'],
    [String.raw`\breports? back\b`, 'koppelt terug'],
    [String.raw`\bhow (?:many|much)\b`, 'hoeveel'],
    [String.raw`\bhow long\b`, 'hoe lang'],
    [String.raw`\bhow often\b`, 'hoe vaak'],
    [String.raw`\bwhen\b`, 'wanneer'],
    [String.raw`\bwhy\b`, 'waarom'],
    [String.raw`\bwhere\b`, 'waar'],
    [String.raw`\bwhat\b`, 'wat'],
    [String.raw`\b(?:must|should)\b`, 'moet'],
    [String.raw`\b(?:may|is allowed to|are allowed to)\b`, 'mag'],
    [String.raw`\bwho\b`, 'wie'],
    [String.raw`\bwhich\b`, 'welke'],
    [String.raw`\bplease\b`, 'graag'],
    [String.raw`\bthis year\b`, 'dit jaar'],
    [String.raw`\bthe\b`, 'de'],
    [String.raw`\ba\b`, 'een'],
    [String.raw`\bmy\b`, 'mijn'],
    [String.raw`\bour\b`, 'onze'],
    [String.raw`\btheir\b`, 'hun'],
    [String.raw`\bhis\b`, 'zijn'],
    [String.raw`\ball\b`, 'alle'],
    [String.raw`\bstill\b`, 'nog'],
    [String.raw`\balready\b`, 'al'],
    [String.raw`\bwith\b`, 'met'],
    [String.raw`\babout\b`, 'over'],
    [String.raw`\band\b`, 'en'],
  ] as const
).map(([pattern, dutch]) => [new RegExp(pattern, 'giu'), dutch] as const);

/**
 * The message with its English key words in Dutch, or the message itself when it is not English.
 * @example fromEnglishRequest('can you walk me through the talk with Noah's parents?')
 * // 'kun je loop met mij door the gesprek met Noah ouders?'
 */
export function fromEnglishRequest(text: string): string {
  if ((text.match(englishMarkers) ?? []).length < 2) return text;
  return phrases.reduce((result, [pattern, dutch]) => result.replace(pattern, dutch), text);
}
