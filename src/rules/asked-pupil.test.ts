import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';

describe('focusOnAskedPupil', () => {
  it('should read only the pupil asked about when several are listed', () => {
    const situation = parseSituation('In mijn klas: Ahmed 3x te laat, Sophie 14x te laat. Wat moet ik met Sophie?');
    expect(situation).toMatchObject({ pupilFirstName: 'Sophie', lateCount: 14 });
  });

  it('should give a listed pupil without a kind of absence the kind of the list', () => {
    expect(parseSituation('Jesse 13x te laat en Tom 2x. Wat doe ik met Tom?')).toMatchObject({
      pupilFirstName: 'Tom',
      lateCount: 2,
    });
  });

  it('should leave a message about one pupil as it is', () => {
    expect(parseSituation('Jesse is 9 keer te laat. Wat moet ik met Jesse?')).toMatchObject({
      pupilFirstName: 'Jesse',
      lateCount: 9,
    });
  });
});
