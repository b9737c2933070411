import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { buildQuestionNeighbours } from './question-neighbours.js';

describe('question neighbours', () => {
  const knowledge = loadKnowledgeBase();
  const sectionIds = [...knowledge.sections.keys()].filter((id) => knowledge.questionsOf(id).length > 0);
  const neighbours = buildQuestionNeighbours(knowledge, sectionIds);

  it('should find the section whose own staff question is asked again in other words', () => {
    const [section] = sectionIds;
    const question = knowledge.questionsOf(section!)[0]!;
    const near = neighbours.sectionsNear(question.toLowerCase(), 8);
    const best = [...near].sort((left, right) => right[1] - left[1])[0];
    expect(best?.[0]).toBe(section);
  });

  it('should score each section by its best question, at most as many sections as neighbours asked', () => {
    const near = neighbours.sectionsNear('wanneer nodigt de jeugdarts de leerling uit', 8);
    expect(near.size).toBeGreaterThan(0);
    expect(near.size).toBeLessThanOrEqual(8);
    for (const score of near.values()) expect(score).toBeGreaterThan(0);
  });

  it('should find nothing for words no question uses', () => {
    expect(neighbours.sectionsNear('xyzzy qwerty', 8).size).toBe(0);
  });
});
