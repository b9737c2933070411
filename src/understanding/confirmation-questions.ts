import { imperatives } from './request-verbs.js';
import { politeModals, pronounsForTheBot, questionOpeners, withoutFillers } from './sentence-words.js';

/**
 * A statement with "toch" asked with a question mark checks an assumption: "ik moet als mentor toch met een oplossing
 * komen?", "ldos is toch alleen voor vo?", "…, dat is prima toch?". Such a sentence is read as the question it is
 * ("klopt het dat …"), so that a need it states ("ik moet …") asks nothing of the bot.
 */
export function asConfirmationQuestions(typed: string): string {
  return typed.replace(/(^|[.!?]\s*)([^.!?]*\btoch\b[^.!?]*)\?/g, (whole, start: string, sentence: string) => {
    const first = withoutFillers(sentence.trim().split(/\s+/))[0] ?? '';
    const second = sentence.trim().split(/\s+/)[1] ?? '';
    const asksAlready = questionOpeners.has(first) || (politeModals.has(first) && pronounsForTheBot.has(second));
    return asksAlready || imperatives.has(first) ? whole : `${start}klopt het dat ${sentence}?`;
  });
}
