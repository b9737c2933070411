import { normalizeDutchNumbers } from './dutch-numbers.js';
import { fromEnglish } from './english-situation.js';
import { parseSituation } from './parse-situation.js';
import { withoutFrame } from './message-frame.js';
import type { Situation } from './situation.js';
import { knownDutchWords } from './known-words.js';
import { correctWord } from './situation-spelling.js';
import { pupilNounForms } from './situation-lexicon.js';
import { dutchWords } from '../understanding/dutch-words.js';

const pupilNouns = new Set(pupilNounForms.flat());

const askingNextStep = new RegExp(
  String.raw`\bwat\s+nu\b|wat\s+(?:moet|kan|ga|moeten|kunnen)\s+(?:ik|we|wij|school|` +
    String.raw`de\s+school|de\s+mentor|er)\b|wat\s+(?:ik|we|wij)\s+(?:moet|moeten|kan|` +
    String.raw`kunnen)\s+doen|volgende\s+stap|wat\s+te\s+doen|hoe\s+(?:nu\s+)?verder|` +
    String.raw`welke\s+stap|wat\s+is\s+(?:nu\s+)?de\s+(?:\S+\s+)?(?:stap|route)|\b(?:stap|route)\s*\?|` +
    String.raw`wat\s+(?:adviseert|zegt)\s+het\s+protocol|hoe\s+pak\s+(?:ik|we)\b|` +
    String.raw`\bmoet(?:en)?\s+(?:ik|we|wij)\s+(?:al\s+|nu\s+|nog\s+)?iets\b|` +
    String.raw`wat\s+(?:zou|zouden)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:moeten|kunnen)\s+doen|` +
    String.raw`\b(?:ik|we|wij)\s+iets\s+(?:moet|moeten)\b|` +
    // "is het nu tijd voor leerplicht?": whether the next step has come.
    String.raw`\b(?:is|wordt)\s+het\s+(?:nu\s+|al\s+)?tijd\s+(?:voor|om)\b|` +
    String.raw`wat\s+(?:adviseer|raad)\s+(?:je|jij|u)|hoe\s+(?:moet|` +
    String.raw`kan)\s+ik\s+(?:handelen|hiermee|dit\s+aanpakken)|welke\s+actie|` +
    String.raw`wat\s+is\s+de\s+procedure|\bactie\s*\?|(?:kun|kan)\s+(?:je|jij|u|` +
    String.raw`iemand)\s+(?:me|mij|ons)\s+helpen|(?<!waarom\s)moet\s+(?:hij|zij|ze|` +
    String.raw`die)\s+(?:al\s+|nu\s+)?naar|vraag\s+over\s+(?:een|mijn|onze)\s+leerling|` +
    String.raw`wie\s+moet\s+(?:hier\s+|daar\s+)?(?:wat|iets)|welke\s+stappen|\badvies\s*\?|` +
    // "wat zijn onze opties?", "wat is het protocol hier?"
    String.raw`wat\s+zijn\s+(?:nu\s+)?(?:onze|de|mijn)\s+(?:opties|mogelijkheden|stappen)|` +
    String.raw`wat\s+(?:is|zegt)\s+het\s+protocol\s+(?:hier|hierover|in\s+dit\s+geval)|` +
    // "waar kan ik nog heen?", "bij wie kan ik nog terecht?": where to turn next.
    String.raw`\b(?:waar|bij\s+wie)\s+(?:kan|moet)\s+ik\s+nog\s+(?:heen|terecht)\b|` +
    // "wie moet ik inschakelen?", "wie schakel ik in?": whom to involve next.
    String.raw`\bwie\s+(?:moet|kan|moeten)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:inschakelen|erbij\s+halen)\b|` +
    String.raw`\bwie\s+schakel\s+ik\s+in\b|` +
    // "moet ik hier nu iets mee?", "moet iemand daar iets mee?", "moet ik actie ondernemen?", "wat wordt er van mij
    // verwacht?": whether anything is to be done.
    String.raw`\b(?:moet|moeten|moest)\s+(?:ik|we|wij|iemand|school|de\s+mentor)\s+(?:\S+\s+){0,3}?(?:iets|wat)\s+` +
    String.raw`(?:mee|aan|mee\s+doen)\b|\b(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:nu\s+|al\s+)?(?:iets\s+)?` +
    String.raw`(?:in\s+gang\s+zetten|actie\s+ondernemen|ondernemen|stappen\s+zetten)\b|` +
    String.raw`\bwat\s+wordt\s+er\s+(?:nu\s+)?van\s+(?:mij|ons)\s+verwacht\b`,
);
const definitional = new RegExp(
  String.raw`^\s*(?:wat|wie)\s+(?:is|zijn|betekent|betekenen|houdt|doet|doen|zegt)\b|` +
    String.raw`^\s*(?:waarom|hoe\s+werkt|wat\s+staat|leg\s+uit|uitleg|wanneer\s+is|` +
    String.raw`wanneer\s+spreek|hoe\s+vaak\s+mag|hoeveel)\b`,
);
const aboutAPupil = new RegExp(
  String.raw`\b(?:mijn|onze|een|die|deze)\s+(?:\S+\s+)?leerling(?:e)?\b|^\s*leerling(?:e)?\b|` +
    String.raw`\bleerling\s+uit\b|\b(?:zijn|haar)\s+plan\b|` +
    String.raw`\bhet\s+plan(?:\s+van\s+aanpak)?\s+(?:voor|van)\s+(?!aanpak)|\b(?:hij|zij|` +
    String.raw`ze)\s+(?:is|heeft|komt|zit|kwam|was|spijbelt|wil|zijn|waren)\b|\bhem\b|\b(?:hij|zij)\s+(?:mist|miste|` +
    String.raw`blijft|bleef|gaat|ging|slaat|sloeg|verzuimt|meldt|belt|loopt|liep)\b|` +
    String.raw`\b(?:zijn|haar|de)\s+ouders\s+melden\b|\b(?:zijn|haar)\s+(?:vader|moeder|ouders)\b|` +
    // "de casus van fien", "casusverantwoordelijke voor nina": one pupil's case.
    String.raw`\bcasus\s+van\b|\bcasusverantwoordelijke\s+(?:voor|van)\b`,
);

/** One particular pupil, not "een leerling" in a general question: "mijn leerling", "een leerling uit 2b". */
const particularPupil = new RegExp(
  String.raw`\b(?:mijn|onze|deze)\s+(?:\S+\s+)?leerling(?:e)?\b|\b(?:ik\s+heb|heb|` +
    String.raw`we\s+hebben|hebben\s+we)\s+een\s+(?:\S+\s+)?leerling(?:e)?\s+(?:die|met|uit|` +
    String.raw`van)\b|\been\s+(?:\S+\s+)?leerling(?:e)?\s+(?:van\s+(?:mij|ons)|uit\s+(?:mijn|` +
    String.raw`onze|de|groep|klas|\d))|^\s*(?:\S+\s+){0,3}?leerling(?:e)?\s*(?:uit|:|,|\()|` +
    String.raw`\bleerling\s+uit\b|\bleerling(?:e)?\s+van\s+(?:mij|ons)\b|` +
    // A child of a class: "een kind uit groep 5", "kind komt niet naar school".
    String.raw`\bkind\s+(?:uit|in)\s+(?:groep|klas|de\s+klas|mijn|onze|\d)|` +
    String.raw`(?:^|[.!?]\s*)kind\s+(?:komt|is|heeft|zit|wil|was)\b|` +
    // A pupil by class, the preposition left out or the age put before it: "kind groep 4", "leerling 3b", "een
    // leerling van 12 uit de brugklas".
    String.raw`\b(?:leerling|kind)\s+(?:groep\s*[1-8]|klas\s*[1-6]|` +
    String.raw`[1-6]\s?(?:[a-h]|havo|vwo|vmbo|mavo|kader|basis|gt|tl)\b)|` +
    String.raw`\b(?:leerling|kind)\s+van\s+\d{1,2}\s+(?:jaar\s+)?(?:uit|in)\s+(?:de\s+|groep\s|klas\s|\d)`,
);
/** How often, said only vaguely: "een paar keer", "af en toe", "steeds vaker". */
const vagueCount = new RegExp(
  String.raw`\b(?:een\s+paar\s+(?:keer|x|dagen|uur|uren|lessen|lesuren|ochtenden|middagen|keertjes)|af\s+en\s+toe|` +
    String.raw`(?:een\s+paar|wat|enkele)\s+(?:uurtjes|lesuurtjes|dagjes|lesjes|keertjes)|` +
    String.raw`(?:steeds|wat|erg|heel|best|nogal|te|zo)\s+vaak|vaker|regelmatig|geregeld|meerdere\s+keren|soms|` +
    String.raw`(?:best|heel|erg|nogal|vrij|zo)\s+veel|` +
    String.raw`herhaaldelijk|structureel|nogal\s+eens|wel\s+eens|vaak)\b`,
);
/** A message that opens with the absence, its subject (the pupil) left out: "weer afwezig", "alweer te laat". */
const droppedSubject = new RegExp(
  String.raw`^\s*(?:(?:weer|alweer|opnieuw|vandaag|gisteren|nu)\s+)*(?:afwezig|absent|ziek(?:gemeld)?|te\s+laat|` +
    String.raw`niet\s+(?:op\s+school|gekomen|verschenen)|gespijbeld|weggebleven)\b`,
);
/** A question about something other than the next step: "welke straf …", "mag ik …", "hoe zet ik …". */
const otherQuestion = /^\s*(?:welke|welk|mag|mogen|hoe|hoeveel|vanaf|wanneer|waar)\b/;
/** A question sentence that opens with a verb or question word other than the next step's ("mag ik hem …?", "telt dat
 * ook als …?", "kan afstandsonderwijs een optie zijn?"). */
function asksSomethingElse(text: string): boolean {
  return (text.match(/[^.!?\n]*\?/g) ?? []).some(
    (question) =>
      /^\s*(?:mag|mogen|kan|kun|kunnen|telt|tellen|geldt|gelden|hoort|hoeveel|hoe\s+lang|hoe\s+heet|wat\s+kost)\b/.test(
        question,
      ) || aboutATopic.test(question),
  );
}
/**
 * A question about a topic of the documents after a case told: "wat zegt de leidraad over het bespreken van …?",
 * "valt zoiets ook onder de criteria …?", "hoe maak ik in het gesprek duidelijk …?" — not "wat zegt het protocol
 * hierover?", which asks the next step.
 */
const aboutATopic = new RegExp(
  String.raw`^\s*wat\s+zegt\s+(?:de|het)\s+(?:\S+\s+){1,4}?over\s+` +
    String.raw`(?!dit|deze|die|dat|hem|haar|zo'?n\s+(?:geval|leerling))\S|` +
    String.raw`^\s*(?:valt|vallen)\s+(?:zoiets|dat|dit|het)\s+(?:ook\s+)?onder\b|` +
    String.raw`^\s*hoe\s+(?:maak|leg|breng|bespreek|vertel)\s+ik\b`,
);
/** One pupil, however unnamed: "eentje", "iemand", "een leerling die", "een kind dat". */
const someOne = /\b(?:eentje|iemand|een\s+(?:\S+\s+)?(?:leerling|kind)\s+(?:die|dat|met|uit|van|in|op))\b|\bleerling\b/;
/** "als een leerling …", "wanneer de leerling …": a question about the protocol, whatever else it says. */
const conditional = /\b(?:als|wanneer|indien|stel\s+dat)\s+(?:een|de|je|jouw)\s+(?:\S+\s+)?(?:leerling|kind)\b/;

/**
 * A capitalised word that is a first name and no everyday word: "Hugo", "Fleur", "Elif"; in a message without
 * capitals, any such word.
 */
function capitalisedFirstName(text: string): boolean {
  const { isFirstName, isCommonWord } = dutchWords();
  // A message typed without any capital ("het gaat om sil, 1x te laat") writes its names in lower case too; there, only
  // a name that is no everyday word at all counts ("max", "enzo" and "can" are words as often).
  if (!/\p{Lu}/u.test(text))
    return (text.match(/(?<![\p{L}\d])\p{Ll}{3,}(?![\p{L}])/gu) ?? []).some(
      (word) => isFirstName(word) && !isCommonWord(word),
    );
  return (text.match(/(?<![\p{L}\d])\p{Lu}[\p{Ll}]{2,}(?![\p{L}])/gu) ?? []).some((word) => {
    const folded = word.toLowerCase();
    // A name frequent in film subtitles ("Hugo", "Liv", "Jesse") is still a name; a frequent word ("Ben") is not.
    return isFirstName(folded) && (!isCommonWord(folded) || rareEnough(folded));
  });
}

/** Below the 1000 most frequent everyday words and not a word of the documents (situations tuning: vague ones 114 ->
 * 117 of 130; frozen 962 -> 965 of 1182, vague 104 -> 105 of 131). */
function rareEnough(folded: string): boolean {
  return !dutchWords().isFrequentWord(folded) && !knownDutchWords().has(folded);
}

/** Every count of the situation is one (an article, "een ziekmelding", as often as a number). */
function justOne(situation: Situation): boolean {
  const counts = [situation.lateCount, situation.sickReports, situation.truancyDays, situation.truancyDagdelen];
  const others = [situation.truancyHours, situation.sickDays, situation.consecutiveSickDays, situation.homeWeeks];
  return counts.every((count) => count === undefined || count === 1) && others.every((value) => value === undefined);
}

/** Whether the situation holds a number about the pupil's absence. */
export function hasQuantifiedAbsence(situation: Situation): boolean {
  return [
    situation.lateCount,
    situation.truancyHours,
    situation.truancyDagdelen,
    situation.truancyDays,
    situation.sickReports,
    situation.sickDays,
    situation.consecutiveSickDays,
    situation.homeWeeks,
  ].some((value) => value !== undefined);
}

function hasEventFact({ events }: Situation): boolean {
  return Boolean(
    events.preventiveTalkHeld ||
    events.jeugdartsNoShow ||
    events.notCooperating ||
    events.stagnation ||
    events.waitingList ||
    events.noAgreement ||
    events.sentHomeSickOften ||
    events.escalated,
  );
}

/**
 * Whether a message describes a pupil's situation (→ the rules) rather than asking about the protocol
 * in general (→ the Q&A engine). "Sanne is 9 keer te laat gekomen, wat nu?" is a situation;
 * "wat is een thuiszitter?" is not. `parsed`: the text's situation when the caller has parsed it already.
 */
export function looksLikeSituation(typed: string, parsed?: Situation): boolean {
  // "… Groetjes, Anne": the name signed is the writer's, no pupil's.
  const text = withoutFrame(typed);
  const situation = parsed ?? parseSituation(text);
  // Staff write "ll" or "llg" for leerling ("ll 2c veel gemist, wat nu?"), or "jongen uit mijn mentorklas"; an mbo
  // pupil is a "student".
  const normalized = normalizeDutchNumbers(fromEnglish(text))
    // "een lerling die …", "een meije uit mijn klas": a slip in the pupil's noun.
    .replace(/\p{L}{5,}/gu, (word) => {
      const meant = correctWord(word.toLowerCase());
      return pupilNouns.has(meant) ? meant : word;
    })
    .replace(
      /\b(?:ll|llg|lln|jongen|meisje|meid|knul|scholier|student|studente|mentorleerling|kleuter|brugklasser)\b/gi,
      'leerling',
    );
  // A known first name, capitalised, is a pupil even where the parser does not take it ("Hugo weer niet
  // op school vandaag", "Fleur 'heel vaak' te laat").
  const named = Boolean(situation.pupilFirstName) || capitalisedFirstName(text);
  const mentionsPupil = named || aboutAPupil.test(normalized);
  const asks = askingNextStep.test(normalized);
  const particular = named || (particularPupil.test(normalized) && !conditional.test(normalized));
  // "welke schoolstraf hoort bij 3x te laat?", "hoe zet ik in Somtoday een ll 1x op ziek?": a count in a question about
  // something else than the next step, for no particular pupil, is the general case.
  if (!asks && !particular && otherQuestion.test(normalized.toLowerCase())) return false;
  // "moet ik een ziekmelding per mail accepteren?": one of something, about no pupil, is the general case
  // (protocol questions tuning 584 -> 586 of 759, false answers 11 -> 9; frozen 631 -> 633, 21 -> 19).
  if (hasQuantifiedAbsence(situation) && (mentionsPupil || !justOne(situation))) return true;
  // "wat is de volgende stap bij een kind uit groep 7 dat vaker ziek is?": one pupil's next step is no definition.
  if (definitional.test(normalized) && !situation.pupilFirstName && !(asks && particular)) return false;
  if (hasEventFact(situation) && (mentionsPupil || asks)) return true;
  const mentioned = situation.mentioned;
  if (hasEventFact(situation) && particular) return true;
  // "heb er eentje die het vaak doet", "een ll die een paar keer heeft gespijbeld": a pupil's absence counted only
  // vaguely, asking what to do, is a situation whose count the rules ask for.
  const absence = Boolean(mentioned.late || mentioned.truancy || mentioned.sick || mentioned.home || mentioned.absent);
  if (vagueCount.test(normalized) && someOne.test(normalized) && (asks || situation.asksAboutReporting) && absence)
    return true;
  // "weer afwezig, de 4e keer. volgende stap?": the pupil left out, as chat does, the absence said first.
  if (absence && asks && droppedSubject.test(normalized.toLowerCase())) return true;
  // "Moeten we Jaimy (5 havo) melden?": whether to report a named pupil is about that pupil's absence.
  if (named && situation.asksAboutReporting) return true;
  // A named (or otherwise particular) pupil with a kind of absence is a situation, even without "wat nu?": the rules
  // ask for what is missing.
  // "ll uit groep 7 is 11. mag ik hem alleen spreken over zijn verzuim?", "… telt dat ook als ziekteverzuim?": a pupil
  // told of without a count, with a question about something else than the next step, asks the protocol.
  if (!asks && !situation.asksAboutReporting && asksSomethingElse(normalized.toLowerCase())) return false;
  return absence && (particular || (asks && mentionsPupil) || Boolean(situation.asksAboutReporting && mentionsPupil));
}
