import { describe, expect, it } from 'vitest';
import { createRulesEngine } from './rules-engine.js';
import { parseSituation } from './parse-situation.js';
import { looksLikeSituation } from './looks-like-situation.js';

const rules = createRulesEngine();
const stepOf = (text: string) => {
  const advice = rules.advise(text);
  return advice.kind === 'advice' ? advice.steps[0]?.id : advice.kind;
};

describe('a situation told in English', () => {
  it('should read the pupil, sickness off or out, school days, separate days and the day of a spell', () => {
    expect(parseSituation('Student off sick for 6 school days in a row now. Next step?').consecutiveSickDays).toBe(6);
    expect(parseSituation('Lucas has been off sick on 6 separate days in the last month.').sickDays).toBe(6);
    expect(parseSituation("Mila's mum called her in sick this morning. Day two now.").consecutiveSickDays).toBe(2);
  });

  it('should take a vaguely told absence for a situation and ask what it needs', () => {
    expect(looksLikeSituation('Kid in my class keeps turning up late after lunch. Is there a next step?')).toBe(true);
    expect(
      looksLikeSituation("Student in 2c has been absent on and off since the autumn break. What's the step?"),
    ).toBe(true);
    expect(stepOf('Kid in my class keeps turning up late after lunch. Is there a next step?')).toBe('needs-info');
    expect(stepOf("Student in 2c has been absent on and off since the autumn break. What's the step?")).toBe(
      'needs-info',
    );
  });

  it('should take "anything we should do?" as asking the next step', () => {
    expect(looksLikeSituation('A student had 3 sick days in the last month. Anything we should do?')).toBe(true);
    expect(stepOf('Bilal has had 3 sick days in the last month, spread out. Anything we should do?')).toBe(
      'ziekte/contact-mentor',
    );
  });

  it('should read an illness named in English and "anything else I should do?" as asking the next step', () => {
    const text = 'Tessa has the flu, off since Wednesday. I called her mother on Wednesday. Anything else I should do?';
    expect(parseSituation(text).mentioned.sick).toBe(true);
    expect(looksLikeSituation(text)).toBe(true);
  });
});
