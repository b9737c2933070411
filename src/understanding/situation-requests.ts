import type { AdviceResult } from '../rules/advice.js';
import type { Situation } from '../rules/situation.js';
import { hasQuantifiedAbsence } from '../rules/looks-like-situation.js';
import type { LexiconCapability } from './capability-lexicon.js';
import type { SentenceMode } from './sentence-mode.js';

/**
 * A pupil's situation told with a request to act on it: "… 12 schooldagen ziek zonder duidelijke reden, zet jij het
 * klaar?", "… ligt al weken op zijn kamer, kun je hulp van buitenaf aanvragen?", "… wil vrijdag met zijn moeder
 * praten, kun je me stap voor stap voorbereiden?". The situation says which capability: the rules' own advice (the
 * aanmeldformulier applies), help from outside school (the verzuimcoach), or a conversation to prepare (the
 * gespreksleidraad). Works on the folded, spelling-corrected text (see `understand.ts`).
 */

/** Asking the bot to do the paperwork: "zet jij het klaar?", "kun jij dat in orde maken", "regel het papierwerk". */
const doItForMe = new RegExp(
  String.raw`\bzet\s+(?:\S+\s+){0,4}klaar\b|\bklaar\s*(?:zetten|maken)\b|\bin\s+orde\s+(?:maken|brengen)\b|` +
    String.raw`\bregel(?:en|t)?\b|\baanvragen\b|\bvraag\s+(?:\S+\s+){0,3}aan\b|\baanmelden\b|` +
    String.raw`\bmeld\s+(?:\S+\s+){0,3}aan\b|\binvullen\b|\bvul\s+(?:\S+\s+){0,3}in\b|\bpapierwerk\b|` +
    String.raw`\bformulier\w*\b|\bin\s+gang\s+zetten\b|\bzet\s+(?:\S+\s+){0,3}in\s+gang\b|\bopstarten\b|` +
    // "kunnen we dat nu vastleggen", "ik wil dat het vandaag de deur uit gaat", "can you set that up?"
    String.raw`\bvastleggen\b|\bleg\s+(?:\S+\s+){0,3}vast\b|\bde\s+deur\s+uit\b|` +
    String.raw`\bset\s+(?:that|it|this)\s+up\b`,
);
/** The partner a request to act names, whose capability it is: the jeugdarts's aanmelding, the verzuimcoach's. */
const jeugdartsNamed = /\b(?:jeugdarts\w*|ggd\w*|jgz\w*|schoolarts\w*|jeugdgezondheid\w*)\b/;
const coachNamed = /\b(?:\w*coach(?:es|s)?|team\s+verzuim)\b/;
/** Acting on what was told together: "kunnen we dat nu vastleggen?", "ik wil dat dat vandaag de deur uit gaat". */
const actOnIt = new RegExp(
  String.raw`\b(?:kunnen|kan)\s+(?:we|wij)\s+(?:dat|dit|het|hem|haar)\s+(?:\S+\s+){0,3}?` +
    String.raw`(?:vastleggen|regelen|aanvragen|opstarten|klaarzetten|in\s+gang\s+zetten)\b|` +
    String.raw`\bik\s+wil\s+dat\s+(?:dat|dit|het)\s+(?:\S+\s+){0,4}?de\s+deur\s+uit\b`,
);
/** Help from outside the school, the verzuimcoach's place: "hulp van buitenaf", "iemand neutraals, niet van school". */
const outsideHelp = new RegExp(
  String.raw`\bvan\s+buiten(?:af|\s+(?:de\s+)?school)?\b|\bbuiten\s+(?:de\s+)?school\b|\bextern\w*\b|` +
    String.raw`\bneutra(?:al|le|als)\b|\bthuis\s+langs\w*\b|\blangs\s*(?:komt|komen|gaat)\b|\bhuisbezoek\w*\b`,
);
/**
 * A conversation the user is to hold: "met hem praten", "het gesprek met Omar", "wat ik tegen Fleur moet zeggen",
 * "wat zeg ik eerst?".
 */
const conversation = /\b(?:\w*gesprek\w*|praten|spreken|aanspreken|zeggen|zeg|bespreken|talk|conversation)\b/;
/**
 * Being walked through it: "stap voor stap", "samen doorlopen", "voorbereiden", "oefenen", "hoe begin ik", "begeleid
 * me", "loods me erdoorheen".
 */
const walkThrough = new RegExp(
  String.raw`\bstap\s+voor\s+stap\b|\bdoorlopen\b|\bvoor\s*(?:te\s+)?bereid\w*\b|\bvoorbereiding\b|\boefenen\b|` +
    String.raw`\bcoach(?:en|t)?\b|\bhoe\s+begin\s+ik\b|\bbegin\s+maar\b|\bmee\s*nemen\b|\bhelp(?:en)?\b|` +
    String.raw`\bwalk\s+(?:me|us)\s+through\b|` +
    String.raw`\b(?:begeleid|loods)\s+(?:me|mij|ons)\b|\b(?:me|mij|ons)\s+(?:\S+\s+){0,3}(?:begeleiden|loodsen)\b|` +
    String.raw`\bsamen\s+(?:doen|voeren|voorbereiden|doorlopen|doornemen)\b`,
);

/** First person asking how to do it for this pupil: "hoe regel ik het papierwerk?", "hoe krijg ik hem aangemeld?". */
const howDoI = /\bhoe\s+(?:regel|krijg|doe|meld|vul|zet)\s+ik\b/;

/**
 * The capability a request names by what it wants rather than by name, situation or not: a conversation to be walked
 * through (the gespreksleidraad), help from outside school arranged (the verzuimcoach).
 */
export function capabilityByNeed(folded: string): LexiconCapability | undefined {
  if (conversation.test(folded) && walkThrough.test(folded)) return 'gespreksleidraad';
  if (outsideHelp.test(folded) && (doItForMe.test(folded) || howDoI.test(folded))) return 'verwijzing';
  return undefined;
}

/**
 * The capability a situation's request asks for, or undefined for a situation that only asks what to do: by need (see
 * {@link capabilityByNeed}), or the paperwork asked for where the rules' advice says the aanmeldformulier applies.
 * `advise`: the rules' advice for the parsed situation.
 */
export function capabilityForSituation(
  folded: string,
  situation: Situation,
  advise: (situation: Situation) => AdviceResult,
): LexiconCapability | undefined {
  const byNeed = capabilityByNeed(folded);
  if (byNeed) return byNeed;
  if (!doItForMe.test(folded)) return undefined;
  const advice = advise(situation);
  if (advice.kind === 'advice' && advice.applies.aanmeldformulier) return 'aanmeldformulier';
  // "de ggd moet naar Ilias kijken, kun jij dat in gang zetten?": the partner named says whose form it is.
  const jeugdarts = jeugdartsNamed.test(folded);
  const coach = coachNamed.test(folded);
  if (jeugdarts !== coach) return jeugdarts ? 'aanmeldformulier' : 'verwijzing';
  return undefined;
}

/** Whether a request or "hoe regel ik …?" asks the bot to act on the situation. */
export function asksToAct(folded: string, mode: SentenceMode): boolean {
  return mode === 'request' || howDoI.test(folded) || actOnIt.test(folded);
}

/** Whether the situation holds counted absence or something that happened (a talk, a stalled plan, …). */
export function absenceIn(situation: Situation): boolean {
  const { events } = situation;
  return (
    hasQuantifiedAbsence(situation) ||
    Boolean(
      events.preventiveTalkHeld ||
      events.jeugdartsNoShow ||
      events.notCooperating ||
      events.stagnation ||
      events.waitingList ||
      events.noAgreement ||
      events.zatDiscussed,
    )
  );
}

/** A particular pupil: "hem", "haar", "mijn leerling", "een leerling van mij", "one of my students". */
const particularPupil = new RegExp(
  String.raw`\b(?:hem|haar|hij|zij)\b|\b(?:mijn|onze|mn)\s+(?:\S+\s+)?(?:mentor)?leerling\w*\b|` +
    String.raw`\been\s+(?:\S+\s+)?leerling\s+(?:van\s+mij|uit\s+mijn)\b|` +
    String.raw`\b(?:one\s+of\s+my|my)\s+(?:students?|pupils?)\b`,
);
/** Whether it can be had, or how to get it: "kan er een verzuimcoach op?", "hoe krijg ik hem aangemeld?". */
const getsIt = new RegExp(
  String.raw`\b(?:kan|kunnen|mag)\s+er\s+|\bhoe\s+(?:krijg|meld|regel|vraag)\s+ik\b|\bcan\s+(?:we|i)\s+get\b|` +
    String.raw`\bhow\s+do\s+(?:i|we)\s+get\b|\bwaar\s+kan\s+ik\s+hier\b`,
);

/**
 * A question that names a capability and asks whether, or how, a particular pupil can get it ("Kevin komt gewoon
 * niet. Kan er een verzuimcoach op?", "hoe krijg ik hem daar aangemeld?") asks for it, unlike a question about it
 * in general ("voor welke leerlingen is een verzuimcoach bedoeld?"). `named`: the message names the pupil.
 */
export function asksItForAPupil(folded: string, named: boolean): boolean {
  return (named || particularPupil.test(folded)) && getsIt.test(folded);
}
