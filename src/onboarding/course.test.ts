import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadKnowledgeBase, defaultKnowledgeDirectory } from '../knowledge/knowledge-base.js';
import { join } from 'node:path';
import { loadOnboardingCourse, onboardingCourseSchema } from './course.js';
import { sourceLabel } from './source-label.js';

const knowledge = loadKnowledgeBase();
const course = loadOnboardingCourse({ knowledge });
const contradictions = parseYaml(readFileSync(join(defaultKnowledgeDirectory, 'contradictions.yaml'), 'utf8')) as {
  id: string;
  readings: { sectionId: string }[];
}[];

describe('onboarding course', () => {
  it('should resolve every source section id to a section of the knowledge base', () => {
    const ids = course.sourceIds();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(knowledge.getSection(id), id).toBeDefined();
  });

  it('should give the mentor and the zorgcoördinator a course with one or two questions per step', () => {
    for (const role of ['mentor', 'zorgcoordinator'] as const) {
      const roleCourse = course.forRole(role);
      expect(roleCourse.steps.length).toBeGreaterThanOrEqual(8);
      for (const step of roleCourse.steps) expect(step.questions.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('should cover parts, criteria, partners, guide, aanmeldformulier, verzuimcoach and law in every course', () => {
    const required = [
      'bossche-protocol/inleiding/onderdelen',
      'bossche-protocol/bijlage-1/te-laat-komen',
      'bossche-protocol/bijlage-1/ziekteverzuim',
      'bossche-protocol/bijlage-5/jeugdarts',
      'bossche-protocol/bijlage-2',
      'bossche-protocol/bijlage-3',
      'verzuimcoaches-jaarverslag-2023/verantwoording',
      'leerplicht-jaarverslag-2021-2022/wettelijk-kader/relatief-verzuim',
    ];
    for (const roleCourse of course.roles) {
      const cited = new Set(roleCourse.steps.flatMap((step) => step.sources));
      for (const id of required) expect(cited.has(id), `${roleCourse.role} cites ${id}`).toBe(true);
    }
  });

  it('should quote the documents verbatim: every quoted fragment of an explanation is in a cited section', () => {
    const normalize = (text: string) =>
      text.replace(/\*\*/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').toLowerCase();
    let quotes = 0;
    const missing: string[] = [];
    for (const step of new Set(course.roles.flatMap((roleCourse) => roleCourse.steps))) {
      const sources = normalize(step.sources.map((id) => knowledge.getSection(id)!.body).join(' '));
      for (const question of step.questions) {
        for (const match of question.explanation.matchAll(/"([^"]+)"/g)) {
          for (const fragment of match[1]!.split('[...]')) {
            quotes += 1;
            if (!sources.includes(normalize(fragment.trim()))) missing.push(`${question.id}: ${fragment}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(quotes).toBeGreaterThan(10);
  });

  it('should not ask about points the contradictions list marks as ambiguous', () => {
    // Ambiguous thresholds: the spijbel scales and "meer dan 10 schooldagen" vs "één week".
    const asked = course.roles
      .flatMap((roleCourse) =>
        roleCourse.steps.flatMap((step) =>
          step.questions.map((question) => `${question.question} ${question.options.join(' ')}`),
        ),
      )
      .join('\n')
      .toLowerCase();
    for (const word of [
      'spijbel',
      'dagdelen',
      '10 schooldagen',
      'één week',
      'dezelfde dag',
      'drie maanden',
      '16 jaar',
      '12 jaar',
    ])
      expect(asked).not.toContain(word);
    expect(contradictions.map((entry) => entry.id)).toContain('spijbelen-schaal');
  });

  it('should reject a question whose answer is not one of its options', () => {
    const data = parseYaml(readFileSync(join(defaultKnowledgeDirectory, 'onboarding.yaml'), 'utf8'));
    data.steps[0].questions[0].answer = 'Zeven';
    expect(onboardingCourseSchema.safeParse(data).success).toBe(false);
  });

  it('should label a source like "Bossche protocol — Bijlage 1, Te laat komen"', () => {
    expect(sourceLabel(knowledge, knowledge.getSection('bossche-protocol/bijlage-1/te-laat-komen')!)).toBe(
      'Bossche protocol — Bijlage 1, Te laat komen',
    );
    expect(sourceLabel(knowledge, knowledge.getSection('bossche-protocol/deel-4/jeugdarts')!)).toBe(
      'Bossche protocol — Deel 4, Jeugdarts',
    );
    expect(sourceLabel(knowledge, knowledge.getSection('bossche-protocol/bijlage-2')!)).toBe(
      'Bossche protocol — Bijlage 2, Advies gespreksvoering door school (mentor, oco)',
    );
    expect(sourceLabel(knowledge, knowledge.getSection('bossche-protocol/deel-1')!)).toBe(
      'Bossche protocol — Deel 1, Stimuleren van aanwezigheid',
    );
  });
});
