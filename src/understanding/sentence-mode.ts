/**
 * How a message is put, independent of what it is about: a request to the bot ("zet … klaar", "kun
 * je …", "ik wil …"), a question ("wanneer …?", "moet ik …?"), or a bare fragment ("formulier
 * jeugdarts Jesse"). Works on folded words (see `fuzzy-words.ts`); data-driven word classes, no
 * example sentences.
 */
import { asksTheBotToAct, botActions, finiteBotActions, imperatives, objectImperatives } from './request-verbs.js';
import {
  askedSubjects,
  doneAlready,
  isGeneric,
  pastParticiple,
  people,
  pleaseWords,
  politeModals,
  prepositions,
  pronounsForTheBot,
  questionOpeners,
  questionWords,
  thirdPartySubjects,
  throughTheBot,
  verbSubjects,
  wishVerbs,
  withoutFillers,
  politeRequest,
  explainVerbs,
  explainedWords,
  adverbsBeforeSubject,
  adviceWords,
  announcing,
  pluralSubjects,
  wishedActions,
  askingWords,
  untilRelativeClause,
} from './sentence-words.js';
import {
  askedProperties,
  asksToKnow,
  explainedThings,
  asksToExplainIt,
  perTheDocuments,
  questionsAsAThing,
  timeOrAmountAsked,
  trailingQuestionWords,
  yesNoOpeners,
} from './question-cues.js';

export type SentenceMode = 'request' | 'question' | 'fragment';

/** The clauses of a message: split at sentence ends, question marks, commas before a new clause. */
export function clausesOf(text: string): string[] {
  return text
    .split(/[.!?;:,\n]+/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

/**
 * The mode of one clause's words: `request` when it asks the bot to do something, `question` when it
 * asks about something, `fragment` otherwise.
 */
export function modeOfClause(clauseWords: readonly string[]): SentenceMode {
  const words = withoutFillers(clauseWords);
  const [first, second] = words;
  if (first === undefined) return 'fragment';
  const said = words.join(' ');
  // "ik heb een vraag over het aanmeldformulier" announces a question, whatever follows; so does a doubt (not the
  // questions as a thing: "begin met de vragen voor het gesprek", "de oefenmodule met vragen"):
  // "ik twijfel of we de jeugdarts moeten inschakelen".
  // "ff vraagje:" alone only announces what follows; it asks nothing itself.
  if (words.every((word) => announcing.has(word))) return 'fragment';
  // "mag ik haar alleen spreken, of moet ik ouders inlichten?": the other half of a question asks too.
  if (first === 'of' && words.length > 2 && modeOfClause(words.slice(1)) === 'question') return 'question';
  // "mag ik u vragen het formulier met mij in te vullen?": a polite request, not a question (nor "mag ik je iets
  // vragen", which announces one).
  if (politeRequest.test(said)) return 'request';
  // "wat moet de oco volgens het protocol doen", "geef me de afspraken die je volgens de leidraad kunt maken": what
  // the documents say is asked.
  if (perTheDocuments.test(said)) return 'question';
  // "klopt het dat ik … moet …?" checks an assumption; the need it quotes asks nothing of the bot.
  if (first === 'klopt' && (second === 'het' || second === 'dat')) return 'question';
  // "ik wil graag weten hoe lang …", "zeg eens wanneer …" ("zeg" is a filler too: "zeg, …").
  if (asksToKnow.test(said) || asksToKnow.test(clauseWords.join(' '))) return 'question';
  if (clauseWords.some((word, index) => askingWords.has(word) && !questionsAsAThing.has(clauseWords[index - 1] ?? '')))
    return 'question';
  if (words.some((word) => pleaseWords.has(word))) return 'request';
  // "heb je tips voor het gesprek met ouders?", "een goede openingszin?": advice asked is a question for the
  // documents (the answer offers the capability), unless told as a command ("geef me tips").
  if (words.some((word) => adviceWords.has(word)) && !imperatives.has(first)) return 'question';
  if (asksTheBotToAct(said, words)) return 'request';
  // The bot named as the way or the place, or asked in English ("can you …").
  if (throughTheBot.test(said) || (['can', 'could', 'would', 'will'].includes(first) && second === 'you'))
    return 'request';
  // "heb jij het verwijsformulier?", "hebt u de leidraad?": asking the bot for a thing it has.
  const asksForAThing =
    (first === 'heb' || first === 'hebt') && (second === 'jij' || second === 'je' || second === 'u');
  const asksTheBot =
    asksForAThing ||
    (politeModals.has(first) && second !== undefined && pronounsForTheBot.has(second)) ||
    ((first === 'mag' || first === 'kan' || first === 'kun') && second === 'ik');
  // "kun je dat toelichten?": asked to explain the thing just asked is a question.
  if (asksTheBot && asksToExplainIt(words)) return 'question';
  if (asksTheBot) {
    // "kun je me helpen", "kun je Jesse aanmelden", "mag ik het formulier" — not the generic "kun je een
    // leerling zomaar aanmelden?", which asks about the protocol.
    const rest = words.slice(2);
    // "mag ik het ouders toch vertellen?", "kan ik de leerling verplichten …": asking leave to act towards a
    // person is a question about the protocol, not a request to the bot.
    // So is asking leave about any pupil: "mag ik een ll paracetamol geven?".
    if (
      second === 'ik' &&
      rest.some((word) => people.has(word)) &&
      (isGeneric(rest) || !rest.some((word) => botActions.has(word)))
    )
      return 'question';
    // "heb je de aanmelding al verstuurd?" asks what happened.
    if (asksForAThing && rest.some((word) => doneAlready.test(word))) return 'question';
    if (rest.some((word) => botActions.has(word))) return 'request';
    return isGeneric(rest) ? 'question' : 'request';
  }
  // "leg me even uit hoe een aanmelding loopt", "vertel eens wat de lpa doet": asked to explain is a question.
  if (explainVerbs.has(first) && words.slice(1).some((word) => explainedWords.has(word) || explainedThings.has(word)))
    return 'question';
  // "help me herinneren:" only announces the question that follows.
  if (/^help\s+(?:me|mij)\s+(?:\S+\s+)?(?:herinneren|onthouden)$/.test(said)) return 'fragment';
  if (imperatives.has(first)) return 'request';
  if (objectImperatives.has(first) && second !== undefined && !verbSubjects.has(second)) return 'request';
  // "moet levi aanmelden bij de ggd": a need with the subject left out — not "moet ik …?", "moet de school …?" nor
  // "moet ivy naar de jeugdarts?". An adverb before the subject leaves it a question: "moet altijd de mentor …?".
  const subjectAfterMoet = words.slice(1).find((word) => !adverbsBeforeSubject.has(word));
  const goes = words[words.indexOf(subjectAfterMoet ?? '') + 1] === 'naar';
  if (first === 'moet' && subjectAfterMoet !== undefined && !askedSubjects.has(subjectAfterMoet) && !goes)
    return 'request';
  // "ik heb morgen een gesprek" asks for help; "ik heb al een gesprek gehad" tells what happened.
  if (
    (first === 'ik' || first === 'we' || first === 'wij') &&
    (second === 'heb' || second === 'hebben') &&
    words.some((word) => pastParticiple.test(word))
  )
    return 'fragment';
  // "ik wil niet dat het als een verhoor voelt", "ik wil het niet als controle laten voelen", "we hoeven geen
  // formulier": a wish denied asks for nothing.
  const denied = words.slice(2, 5).some((word) => word === 'niet' || word === 'geen' || word === 'nooit');
  if ((first === 'ik' || first === 'we' || first === 'wij') && second !== undefined && wishVerbs.has(second))
    return denied ? 'fragment' : 'request';
  if (first === 'ik' && (second === 'ben' || second === 'zoek' || second === 'heb') && !denied) return 'request';
  // "zoco zei dat ik de verwijzing moet doen": a need stated anywhere in the clause, not "moet ik …?".
  const subject = words.indexOf('ik');
  const ownPart = untilRelativeClause(words.slice(subject + 1));
  // Not inside a question about something else: "wat is de stap die ik nu moet zetten?".
  const asked = /^(?:wat|wie|welke|welk|waar|wanneer|hoe|waarom|hoeveel)$/.test(first);
  if (subject > 0 && !asked && ownPart.some((word) => word === 'moet' || word === 'wil' || word === 'graag'))
    return 'request';
  // "voor Finn wil ik het formulier invullen", "morgen moet ik Sem aanmelden": a need told with the subject after its
  // verb, behind a phrase that asks nothing (not "voor wie moet ik …").
  if (invertedNeed(words) && !denied) return 'request';
  if (questionOpeners.has(first)) return 'question';
  // A yes/no question starts with the finite verb before its subject: "vraagt het formulier ook …?",
  // "telt een halve dag als …?" (imperatives such as "zet" and "start" were taken above).
  if (/^\p{L}{3,}t$/u.test(first) && second !== undefined && verbSubjects.has(second)) return 'question';
  // "volgen we dan gewoon het protocol?", "krijgen ze een brief?": the plural verb before its subject.
  if (/^\p{L}{2,}en$/u.test(first) && pluralSubjects.has(second ?? '')) return 'question';
  // "waarover …", "waarmee …": a question word joined with its preposition.
  if (/^waar(?:over|mee|in|voor|aan|op|na|door|bij|van|uit|om|tegen)$/.test(first)) return 'question';
  // "in welke maand …", "aan wie …", "tot hoe lang …": a preposition before the question word.
  if (second !== undefined && prepositions.has(first) && questionWords.has(second)) return 'question';
  // "kan een leerling zelf …?", "mag de school …?": a modal about someone other than the user or the bot.
  if (
    politeModals.has(first) &&
    second !== undefined &&
    thirdPartySubjects.has(second) &&
    !words.some((word) => botActions.has(word) || /^(?:klaar|open)?gezet$|^klaargezet$|^geopend$/.test(word))
  )
    return 'question';
  // A search-box query names its subject and then what it asks: "verzuimcoach aanvragen via wie", "pilot
  // exitgesprekken welke scholen".
  if (words.length >= 2 && words.slice(-2).some((word) => trailingQuestionWords.has(word))) return 'question';
  // … or names the property of its subject it asks for: "wachttijd jeugdarts na aanmelding", "criteria verzuimcoach".
  if (words.length >= 2 && words.some((word) => askedProperties.has(word))) return 'question';
  return 'fragment';
}

/**
 * A clause that is a request only because the user tells a wish, a need or a plan of their own ("ik wil haar eerst
 * alleen spreken", "heb geen idee wat ik moet voorstellen", "ik heb morgen een gesprek met ouders"), naming no action
 * for the bot.
 */
function isBareWish(clauseWords: readonly string[]): boolean {
  const words = withoutFillers(clauseWords);
  const [first, second] = words;
  const wish =
    ((first === 'ik' || first === 'we' || first === 'wij') && second !== undefined && wishVerbs.has(second)) ||
    invertedNeed(words) ||
    (words.includes('ik') && words.slice(words.indexOf('ik') + 1).some((word) => word === 'moet' || word === 'wil'));
  return (
    wish &&
    !words.some(
      (word) => botActions.has(word) || finiteBotActions.has(word) || wishedActions.has(word) || pleaseWords.has(word),
    )
  );
}

/**
 * "hoe pak ik dat aan?", "hoe meld ik hem aan?", "hoe?", "wat moet ik doen?": asking how to do what the wish
 * tells, not a question of its own.
 */
const howToDoIt =
  /^hoe(?:\s+(?:dan|dat|zo|precies))?$|^hoe\s+\S+\s+(?:ik|we|wij)\b|^wat\s+(?:moet|kan|doe)\s+ik(?:\s+doen)?$/;

/**
 * The mode of the whole message: any request clause makes it a request; then any question. A question of its own
 * outweighs a wish of the user's that names no action for the bot nor a capability: "ik wil haar eerst alleen
 * spreken. Moet ik ouders inlichten?" asks the protocol, "ik wil Mo aanmelden, hoe doe ik dat?" asks the bot.
 */
export function modeOf(
  clauses: readonly (readonly string[])[],
  namesCapability: (clause: readonly string[]) => boolean = () => false,
): SentenceMode {
  const modes = clauses.map(modeOfClause);
  const requests = clauses.filter((_, index) => modes[index] === 'request');
  const questions = clauses.filter((_, index) => modes[index] === 'question');
  const ownQuestion = questions.some((clause) => !howToDoIt.test(withoutFillers(clause).join(' ')));
  // "ik wil de verwijzing doen, wat moet ik invullen?": a wish for a capability asks for it, unless what is asked is
  // whether something may or must be done ("ik wil haar eerst alleen spreken. Moet ik ouders inlichten?").
  const yesOrNo = questions.some((clause) => yesNoOpeners.has(withoutFillers(clause)[0] ?? ''));
  // Nor when what is asked is a time or an amount: "ik wil hem via de verzuimcoach laten starten. hoe lang is de
  // wachttijd?".
  const timeOrAmount = questions.some((clause) => timeOrAmountAsked.test(withoutFillers(clause).join(' ')));
  // Nor when the question asks what the documents say: "… wil het goed doen. Wat is volgens het protocol het doel?".
  const perDocuments = questions.some((clause) => perTheDocuments.test(clause.join(' ')));
  const bare = (clause: readonly string[]) =>
    isBareWish(clause) && (yesOrNo || timeOrAmount || perDocuments || !namesCapability(clause));
  if (requests.length > 0 && ownQuestion && requests.every(bare)) return 'question';
  if (modes.includes('request')) return 'request';
  if (modes.includes('question')) return 'question';
  return 'fragment';
}

/** The user's need with the subject after its verb, behind a phrase without a question word: "voor Finn wil ik …". */
function invertedNeed(words: readonly string[]): boolean {
  const subject = words.findIndex((word) => word === 'ik' || word === 'we' || word === 'wij');
  return (
    subject >= 2 &&
    ['wil', 'moet', 'willen', 'moeten'].includes(words[subject - 1]!) &&
    // Not behind a verb-first question: "mag dat en moet ik ouders inlichten?".
    !(questionOpeners.has(words[0]!) && !prepositions.has(words[0]!)) &&
    !words.slice(0, subject - 1).some((word) => questionWords.has(word) || word === 'waarom')
  );
}
