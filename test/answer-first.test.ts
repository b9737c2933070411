import { describe, expect, it } from 'vitest';
import { renderCard } from '../cards/render-card.js';
import { answerView, type AnswerViewReply } from '../src/answers/answer-view.js';
import { createAnswerService } from '../src/answers/index.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { adviseSituation, parseSituation, type Advice } from '../src/rules/index.js';
import { situationAdviceView } from '../src/rules/situation-view.js';
import { visibleCardText } from './helpers/card-visible-text.js';

/** About one phone screen of card text; what goes beyond it sits behind a toggle. */
const firstScreen = 1400;
const now = () => new Date('2026-03-02T09:00:00Z');
const knowledge = loadKnowledgeBase();
const renderAnswerCard = (reply: AnswerViewReply, base: typeof knowledge) =>
  renderCard('answer', answerView(reply, base));
const renderSituationAdviceCard = (advice: Advice) => renderCard('situation-advice', situationAdviceView(advice));

type Node = { [key: string]: unknown };
const findAll = (node: unknown, match: (element: Node) => boolean): Node[] =>
  Array.isArray(node)
    ? node.flatMap((item) => findAll(item, match))
    : typeof node === 'object' && node !== null
      ? [
          ...(match(node as Node) ? [node as Node] : []),
          ...Object.values(node).flatMap((value) => findAll(value, match)),
        ]
      : [];

describe('advice cards: the step first', () => {
  it.each([
    'Daan (14) is deze maand al 10x te laat, wat moet ik doen?',
    'Sanne (14) is deze periode 9 keer te laat gekomen, wat nu?',
    'Jesse zit al 6 weken thuis en het plan van aanpak stagneert door een wachtlijst',
    'Lotte, 13, 3 ziekmeldingen in 6 weken',
    'Tim heeft 14 lesuren gespijbeld',
    'Daan is 12 schooldagen achter elkaar ziek',
  ])('should show the step, who, when and source before any toggle for "%s"', (text) => {
    const advice = adviseSituation(parseSituation(text, { now })) as Advice;
    expect(advice.kind).toBe('advice');
    const card = renderSituationAdviceCard(advice);
    const visible = visibleCardText(card);
    expect(visible.length).toBeLessThanOrEqual(firstScreen);
    const [step] = advice.steps;
    expect(visible).toContain(`1. ${step!.title}`);
    expect(visible).toContain(step!.what);
    expect(visible).toMatch(/^\*\*Wie:\*\* /m);
    if (step!.deadline) expect(visible).toContain(`**Wanneer:** ${step!.deadline}`);
    expect(visible).toContain(`Bron: ${step!.sources[0]!.label}`);
    // The contradictions are still there, behind the toggle with the agreed title.
    if (advice.contradictions.length > 0) {
      const json = JSON.stringify(card);
      for (const entry of advice.contradictions) expect(json).toContain(JSON.stringify(entry.summary).slice(1, -1));
      const toggle = findAll(
        card,
        (element) =>
          element.type === 'Action.ToggleVisibility' && element.title === 'Let op: het protocol is hier niet eenduidig',
      );
      expect(toggle).toHaveLength(1);
      expect(visible).not.toContain(advice.contradictions[0]!.summary);
    }
    // Every toggle target exists.
    const ids = new Set(findAll(card, (element) => typeof element.id === 'string').map((element) => element.id));
    for (const toggle of findAll(card, (element) => element.type === 'Action.ToggleVisibility'))
      for (const target of toggle.targetElements as string[]) expect(ids).toContain(target);
  });
});

describe('answer cards: the answer first', () => {
  const answers = createAnswerService({ knowledge });
  it.each([
    'Wie nodigt uit voor het preventief gesprek?',
    'Wat is het doorbraakoverleg?',
    'Wanneer meld ik ziekteverzuim bij de jeugdarts?',
    'Wat doet een verzuimcoach?',
    'Wat is een thuiszitter?',
    'Hoe vaak mag een leerling te laat komen?',
  ])(
    'should show the answer and its source within the first screen for "%s", the contradiction behind a toggle',
    async (question) => {
      const reply = await answers.answer(question);
      const card = renderAnswerCard(reply, knowledge);
      const visible = visibleCardText(card);
      expect(visible.length).toBeLessThanOrEqual(firstScreen);
      if (reply.kind !== 'none') expect(visible).toMatch(/Bron( \[1\])?: /);
      expect(visible).not.toMatch(/Let op: het protocol is hier niet eenduidig/);
      if (reply.caveat) {
        expect(
          findAll(
            card,
            (element) =>
              element.type === 'Action.ToggleVisibility' &&
              element.title === 'Let op: het protocol is hier niet eenduidig',
          ),
        ).toHaveLength(1);
        expect(JSON.stringify(card)).toContain('answer-caveat');
      }
      const showTitles = findAll(card.actions, (element) => element.type === 'Action.ShowCard').map(
        (element) => element.title,
      );
      expect(new Set(showTitles).size).toBe(showTitles.length);
    },
  );
});
