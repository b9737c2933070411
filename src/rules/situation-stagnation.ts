import type { SituationEvents } from './situation.js';
import { backgroundProblemWords } from './background-problem-words.js';
import { parentsNotCooperating } from './parent-cooperation.js';

/** The background problems of the lexicon, as one pattern. */
export const backgroundProblems = new RegExp(backgroundProblemWords.join('|'));
const partners =
  '(?:jeugdarts|leerplicht|hulpverlen|jeugdhulp|ggz|wijkteam|partner|maatschappelij' +
  'k\\s+werk|ggd|jeugdzorg|jeugdteam|consulent|gezinscoach|\\bcjg\\b|behandelaar|ps' +
  'ycholoog|zorgaanbieder|samenwerkingsverband|\\bswv\\b|gemeente)';

/** The plan of approach is not carried out: it stalls, or someone does not do what was agreed. */
const planStalls = new RegExp(
  String.raw`(?<!\b(?:ouders|vader|moeder|leerling|hij|zij|ze)\s+(?:\S+\s+){0,2})houd(?:t|` +
    String.raw`en)\s+zich\s+(?:er\s+)?niet\s+aan|stagn|loopt\s+(?:daardoor\s+)?vast|` +
    String.raw`zit(?:ten)?\s+vast|zitten\s+(?:we|wij)\s+vast|\bzou(?:den)?\b.{0,100}?\b(?:niet|` +
    String.raw`niks|niets)\b|stokt|hapert|haperen|waarom\s+het\s+niet\s+loopt|` +
    // "ligt stil", "dat ligt al weken stil bij de directie".
    String.raw`(?:ligt|staat|liggen|staan)\s+(?:\S+\s+){0,3}stil\b|` +
    // "school voert het advies niet uit".
    String.raw`\bvoer(?:t|en)\s+(?:\S+\s+){0,8}niet\s+uit\b|` +
    // "blijft liggen", "loopt het plan vast".
    String.raw`\b(?:blijft|blijven|bleef|bleven)\s+(?:\S+\s+)?liggen\b|loopt\s+(?:\S+\s+){1,3}vast\b|` +
    String.raw`\b(?:geen|niet)\s+(?:enkele?\s+|een\s+)?(?:doel|doelen|doelstellingen?)\s+(?:\S+\s+)?` +
    String.raw`(?:gehaald|bereikt)|\bdoel(?:en|stellingen)?\s+(?:\S+\s+){0,2}niet\s+(?:gehaald|bereikt)|` +
    String.raw`komt\s+niet\s+(?:van\s+de\s+grond|` +
    String.raw`verder)|komt\s+(?:\S+\s+){1,2}niet\s+(?:van\s+de\s+grond|verder)|` +
    String.raw`(?:kunnen|kan)\s+(?:\S+\s+){0,3}niet\s+verder|geen\s+voortgang|` +
    String.raw`loopt\s+niet\s+(?:meer|goed|verder)|loopt\s+niet\s*(?:[,.;:!?]|$)|` +
    // "loopt al een maand niet meer", "weinig van gebeurd", "geen enkele actie uitgevoerd" (not "nog geen": not yet).
    String.raw`\bloopt\s+(?:al\s+)?(?:\S+\s+){0,3}niet\s+meer\b|` +
    String.raw`(?<!\bnog\s)\b(?:weinig|niets|niks)\s+(?:van\s+)?(?:gebeurd|terechtgekomen)\b|` +
    String.raw`(?<!\bnog\s)\bgeen\s+(?:enkele\s+)?(?:actie|acties|stap|stappen)\s+` +
    String.raw`(?:\S+\s+)?(?:uitgevoerd|ondernomen|gezet|gedaan)\b|` +
    // "de terugkeer van Hidde zit sinds zes weken vast": the plan's aim stuck (not "terugkeer lukt niet").
    String.raw`\bterugkeer\b[^.?!]{0,40}\bzit(?:ten)?\s+(?:\S+\s+){0,4}vast\b|` +
    // "bij Noah gaat het pva al 5 weken niet vooruit".
    String.raw`\b(?:gaat|gaan|ging)\s+(?:\S+\s+){0,5}niet\s+(?:meer\s+)?vooruit\b`,
);
/** Something agreed is not done; counts only where a plan, an agreement or a partner is named. */
const agreedNotDone = new RegExp(
  String.raw`gebeurt\s+(?:nog\s+steeds\s+)?(?:niets|niks)|lukt\s+(?:\S+\s+){1,2}niet\b|` +
    String.raw`gaat\s+niet\b|niet\s+(?:eens\s+)?aangevraagd|niet\s+(?:start|begint|op\s+gang)|` +
    String.raw`nog\s+(?:steeds\s+)?geen\s+(?:afspraak|reactie|plek|begeleiding|hulp|` +
    String.raw`terugkoppeling)\b(?!\s+(?:\S+\s+)?betrokken)|nog\s+steeds\s+maar\b|` +
    String.raw`niet\s+uitgevoer[dt]|lukt\s+niet|niet\s+nagekomen|niet\s+nakomen|(?:komt|` +
    String.raw`komen)\s+(?:\S+\s+){0,9}niet\s+na\b|niet\s+gestart|niet\s+gebeurd|` +
    // "het pva loopt al 5 weken niet", "de terugkeer zit sinds zes weken vast".
    String.raw`\bloopt\s+(?:\S+\s+){1,4}niet\s*(?:[,.;:!?]|$)|\bzit(?:ten)?\s+(?:\S+\s+){1,4}vast\b|` +
    String.raw`niet\s+geregeld|niet\s+uitgevoerd|niets\s+meer\s+gehoord|geen\s+terugkoppeling|` +
    // "er verandert niks", "er gebeurt gewoon niks" (of a plan), "nooit geregeld", "stuurt het maar niet".
    String.raw`(?:verandert|gebeurt|beweegt)\s+(?:er\s+)?(?:\S+\s+){0,2}(?:niets|niks|weinig)\b|` +
    String.raw`\bnooit\s+(?:\S+\s+)?(?:geregeld|gedaan|gekomen|gestuurd|gestart|uitgevoerd|opgepakt|nagekomen)\b|` +
    String.raw`\b(?:stuurt|komt|doet|regelt|levert|reageert|belt|maakt)\b[^.,;]*\bmaar\s+niet\b|` +
    String.raw`(?:reageert|reageren)\s+(?:\S+\s+){0,3}niet|(?:doet|doen|` +
    String.raw`onderneemt)\s+(?:\S+\s+){0,2}(?:niets|niks)|nog\s+(?:steeds\s+)?(?:niks|` +
    String.raw`niets)\b|zonder\s+(?:effect|resultaat)|` +
    // "dat gebeurt al drie weken niet", "het rooster is niet aangepast", "de lesstof wordt niet aangeleverd".
    String.raw`\bgebeurt\s+(?:\S+\s+){0,4}niet\b|` +
    // "de mentor doet dat niet", "ze deden het gewoon niet".
    String.raw`\b(?:doet|doen|deed|deden)\s+(?:\S+\s+){0,2}(?:dat|het|dit)\s+(?:\S+\s+)?niet\b|` +
    // Not "nog niet ingeschakeld": what has not happened yet is no agreement broken.
    String.raw`(?<!\bnog\s)\bniet\s+(?:meer\s+)?(?:aange|afge|opge|inge|uitge|ge)\w{3,}(?:d|t)\b`,
);
const planContext = new RegExp(
  `plan|\\bpva\\b|afspra|aanpak|begeleiding|hulp|traject|rooster|opbouw|terugkoppeling|` +
    `arrangement|thuisdocent|aanvraag|rustplek|aanbod|casus|overleg|${partners}|smw|` +
    `schoolmaatschappelijk`,
);
/** A pupil may be stuck in class ("ze loopt vast in de klas"); only a plan, a trajectory or an approach stalls. */
const stuck = /vastgelopen|vastloopt|vastlopen/;
/** A sentence that says the plan stalls or is not carried out. */
export const planFailing = {
  test: (sentence: string) =>
    !nothingAgreedYet.test(sentence) &&
    (planStalls.test(sentence) ||
      ((agreedNotDone.test(sentence) || stuck.test(sentence)) && planContext.test(sentence))),
};
/** No plan yet ("er is nog niets met partners afgesproken", "nog geen plan van aanpak"): nothing to stall. */
const nothingAgreedYet = /\bnog\s+(?:niets|niks|geen)\s+(?:\S+\s+){0,3}(?:afgesproken|plan|pva|afspraken)\b/;

/** No progress, said of what is being done: counts where the message names a plan, a trajectory or a partner. */
const noProgress = /\b(?:zonder|geen)\s+(?:\S+\s+)?(?:voortgang|vooruitgang|verbetering|stap\s+vooruit)\b/;
/** The sentences saying a plan makes no progress ("al weken geen vooruitgang", "loopt zes weken zonder voortgang"). */
function withoutProgress(sentences: readonly string[]): string[] {
  return planContext.test(sentences.join(' ')) ? sentences.filter((sentence) => noProgress.test(sentence)) : [];
}

/** The sentences saying the plan of approach fails: it stalls, what was agreed is not done, or nothing progresses. */
export function failingSentences(sentences: readonly string[]): string[] {
  return [
    // Parents who do not respond or turn up do not cooperate (deel 4); the plan stalls only by school, partners or
    // the problems behind the absence (deel 5).
    ...sentences.filter((sentence) => planFailing.test(sentence) && !parentsNotCooperating([sentence])),
    ...agreedThenNotDone(sentences),
    ...withoutProgress(sentences),
  ];
}

/** What was agreed in one sentence ("de jeugdhulp zou een begeleider regelen") and not done in the next ones ("na 6
 * weken nog steeds niemand"). */
const agreement =
  /\bzou(?:den)?\b|afgesproken|\bafspra|\bbeloofd|\btoegezegd|\bin\s+het\s+(?:pva|plan)\b[^.]*\bstaat\b/;
const stillNotDone = new RegExp(
  String.raw`\b(?:niks|niets)\s+(?:meer\s+)?(?:van\s+\S+\s+)?gehoord\b|\bnog\s+(?:steeds\s+|` +
    String.raw`altijd\s+)?(?:niet|niemand|niets|niks|geen)\b|\bniet\s+(?:gebeurd|nagekomen|` +
    String.raw`gedaan|geregeld|ingezet|gestart|gekomen|opgepakt)\b|\b(?:is|` +
    String.raw`zijn)\s+er\s+(?:\S+\s+){0,3}niet\b|\bniemand\b|\bgebeurt\s+(?:\S+\s+){0,4}niet\b`,
);
/** The sentences that say what was agreed and, later, that it was not done. */
export function agreedThenNotDone(sentences: readonly string[]): string[] {
  return sentences.flatMap((sentence, index) => {
    if (!agreement.test(sentence) || !planContext.test(sentences.slice(index, index + 3).join(' '))) return [];
    // "de afgesproken thuisdocent is er nog steeds niet gekomen": both in one sentence, the not-done after the
    // agreement.
    const after = sentence.slice(agreement.exec(sentence)!.index);
    if (stillNotDone.test(after.replace(agreement, ' '))) return [sentence];
    const later = sentences.slice(index + 1, index + 3).find((next) => stillNotDone.test(next));
    return later ? [sentence, later] : [];
  });
}

/** Who the stagnation lies with (Deel 5): said outright ("ligt bij school"), or the first actor of the sentence that
 * says what is not done. */
/** Nobody knows why: "onduidelijk waarom", "niemand weet precies waarom", "ik weet niet wie wat doet". */
const causeUnknown = new RegExp(
  String.raw`\b(?:weet|weten)\s+(?:\S+\s+){0,3}niet\s+(?:of|waar|aan\s+wie|waarom|wie)|` +
    String.raw`\bgeen\s+(?:flauw\s+)?idee\s+(?:of|waar|aan\s+wie|waarom|wie)\b|` +
    String.raw`niemand\s+(?:\S+\s+){0,3}(?:aanwijzen|zeggen|weet|weten|uitleggen|verklaren)|\bweet\s+niemand\b|` +
    String.raw`(?:onduidelijk|niet\s+duidelijk)\s+(?:\S+\s+){0,2}(?:waarom|of|waar|wie|hoe)|` +
    String.raw`(?:kan|kunnen)\s+(?:\S+\s+)?niet\s+(?:goed\s+)?(?:zeggen|aanwijzen|inschatten)\s+` +
    String.raw`(?:waar|wat|waarom|wie)`,
);

/** Reported speech: "het wijkteam zegt dat …", "de SMW'er klaagt dat …". */
const reportedSpeech = new RegExp(
  String.raw`\b(?:te\s+horen|zegt|zei|zeggen|meldt|meldde|geeft\s+aan|gaf\s+aan|laat\s+weten|klaagt|` +
    String.raw`klaagde|vindt|merkt|signaleert|staat|stond|afgesproken)\s+dat\s+|` +
    // "SMW spreekt mij aan: school komt de afspraak niet na".
    String.raw`\b(?:zegt|zei|meldt|meldde|klaagt|klaagde|(?:spreekt|sprak)\s+(?:mij|me|ons)\s+aan)\s*:\s*`,
);

export function causeOf(sentences: readonly string[], text: string): SituationEvents['stagnationCause'] {
  // "het ligt bij de jeugdhulp"; "ligt niet aan school of partners maar aan de thuissituatie": the one not denied.
  const said = [
    ...text.matchAll(
      new RegExp(
        // "de oorzaak ligt volgens ons in de situatie thuis".
        String.raw`(?:ligt\s+(?:\S+\s+){0,2}?|maar\s+)(?:bij|aan|in)\s+` +
          String.raw`(de\s+leerling|de\s+problematiek|ons|de\s+school|school|de\s+\S+|\S+(?:\s+zelf)?)|` +
          // The other order: "dat het bij Rayan zelf ligt".
          String.raw`(?<!\bof\s)\bhet\s+(?:\S+\s+)?(?:bij|aan)\s+` +
          String.raw`(de\s+leerling|ons|de\s+school|school|de\s+\S+|\S+(?:\s+zelf)?)\s+ligt\b|` +
          // Denied in turn, then named: "niet school, niet de partners, maar haar verslavingsproblematiek".
          String.raw`\bniet\s+(?:de\s+)?school\b[^.?!]*\bmaar\s+(?:\S+\s+){0,2}?(\S*problemati\w*|\S*thuis\w*)`,
        'g',
      ),
    ),
  ].find((match) => match[3] !== undefined || !/\bniet\b/.test(match[0]));
  const who = said && (said[1] ?? said[2] ?? said[3]);
  if (who) {
    // The pupil (named, "zelf"), the home or a background problem of the lexicon ("aan de thuissituatie + adhd").
    if (/leerling|problemati|thuis|gezin|ouders|\bzelf$/.test(who) || backgroundProblems.test(who))
      return 'problematiek';
    if (/ons|school/.test(who)) return 'school';
    if (new RegExp(partners).test(who)) return 'partner';
  }
  if (/\b(?:wij|we)\s+als\s+school\b|\b(?:stagnatie|probleem|het)\s+(?:ligt\s+)?bij\s+ons(?:\s+zelf)?\b/.test(text))
    return 'school';
  // "ik weet niet of het aan school, de jeugdhulp of thuis ligt": the analysis first.
  if (causeUnknown.test(text)) return undefined;
  // A background problem named, or everyone doing their part ("iedereen doet zijn deel"): it lies with the problems.
  if (sentences.some((sentence) => backgroundProblems.test(sentence) || everyoneDoesTheirPart.test(sentence)))
    return 'problematiek';
  // School and partners denied ("ligt niet aan school of partners"): not the actors the words name.
  const undenied = (said: string) => said.replace(deniedActors, ' ').replace(writerIntroduced, ' ');
  const actor = (said: string) => actorIn(undenied(said));
  const inFailing = sentences.map(actor).find((found) => found !== undefined);
  if (inFailing) return inFailing;
  // Said of the whole plan elsewhere: "De partners doen wat ze moeten doen, maar er speelt zoveel thuis".
  const denied = deniedActorsNamed.test(text);
  if (everyoneDoesTheirPart.test(text) || (denied && backgroundProblems.test(undenied(text)))) return 'problematiek';
  return actor(text);
}

/** "de partners doen wat ze moeten doen", "school en partners komen de afspraken na", "iedereen doet zijn deel". */
const everyoneDoesTheirPart = new RegExp(
  String.raw`\b(?:iedereen|alle\s+partners|de\s+partners|partners\s+en\s+(?:de\s+)?school|school\s+en\s+(?:de\s+)?` +
    String.raw`partners)\s+(?:doet|doen|houdt\s+zich\s+aan|houden\s+zich\s+aan|komt|komen)\s+` +
    String.raw`(?:(?:de|zijn|hun|alle)\s+)?(?:deel|afspraken|best)\b|` +
    // "doen wat ze afgesproken hebben", "doen wat afgesproken is", "doen wat ze moeten doen", "voeren uit wat is
    // afgesproken".
    String.raw`\bvoer(?:t|en)\s+uit\s+wat\s+(?:er\s+)?(?:is\s+)?afgesproken\b|` +
    String.raw`\b(?:doet|doen)\s+(?:\S+\s+){0,2}wat\s+(?:er\s+|ze\s+|is\s+)?(?:\S+\s+)?(?:afgesproken|moeten|moet)\b`,
);
/**
 * The writer's own role, said to introduce themselves ("LPA:", "Leerplicht hier:", "Verzuimcoach hier", "ik ben
 * verzuimcoach en …", "als schoolmaatschappelijk werker zie ik …"): who writes, not who holds the plan up.
 */
const writerIntroduced = new RegExp(
  String.raw`^\s*(?:\S+\s+){0,2}?(?:lpa|leerplicht\w*|verzuimcoach|smw\S*|jeugdarts|consulent|wijkteam\w*)\s*` +
    String.raw`(?:hier\b)?\s*[:,!]|^\s*(?:\S+\s+)?(?:lpa|leerplicht\w*|verzuimcoach|smw\S*|jeugdarts)\s+hier\b|` +
    String.raw`\b(?:ik\s+ben|als)\s+(?:de\s+|een\s+)?(?:verzuimcoach|leerplichtambtenaar|lpa|jeugdarts|consulent|` +
    String.raw`schoolmaatschappelijk\s+werker|smw'?er)\b`,
  'g',
);
/** "niet aan school of partners", "niet bij school of de partners", "noch school noch partners". */
const deniedActors = new RegExp(
  String.raw`\b(?:niet|noch)\s+(?:aan\s+|bij\s+|door\s+)?(?:de\s+)?(?:school|partners?)` +
    String.raw`(?:\s*(?:,|of|en|noch)\s*(?:niet\s+)?(?:aan\s+|bij\s+)?(?:de\s+)?(?:school|partners?))*`,
  'g',
);
/** The same, without the global flag, for a test that keeps no state between calls. */
const deniedActorsNamed = new RegExp(deniedActors.source);

/** Partners and others outside school who may act in a plan. */
const partnerActor = new RegExp(
  `${partners}|\\bsmw|schoolmaatschappelijk|zorgaanbieder|aanbieder|begeleider|hulpverlener`,
);
/** School as the one acting, not the place: "niet op school", "vervoer naar de nieuwe school" name no actor. */
const schoolActor = new RegExp(
  String.raw`(?<!\b(?:op|naar|van|uit|in)\s(?:(?:de|een|het|zijn|haar)\s)?(?:\S+\s)?)(?:\b(?:de|onze)\s+)?` +
    String.raw`\bschool\b(?!\s*(?:gaan|` +
    String.raw`komen|geweest))|(?<!\bals\s)\boco\b|\bwij\b|(?<!\bals\s)\bmentor\b|\b\w*docent\w*\b|` +
    String.raw`\bleerkracht\b|\brooster\w+|\bteamleid\w*|\bschoolleiding\b|` +
    String.raw`\bdirectie\b`,
);

/** The first actor named in what was said: a partner or school, whichever comes first. */
function actorIn(said: string): SituationEvents['stagnationCause'] {
  // Reported speech: "het wijkteam zegt dat wij de afspraken niet nakomen" — the actor is in what was said.
  const reported = reportedSpeech.exec(said);
  const sentence = reported ? said.slice(reported.index + reported[0].length) : said;
  const partner = partnerActor.exec(sentence);
  const school = schoolActor.exec(sentence);
  if (partner && (!school || partner.index < school.index)) return 'partner';
  if (school) return 'school';
  return undefined;
}
