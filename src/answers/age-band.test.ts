import { describe, expect, it } from 'vitest';
import { ageBandQuery } from './age-band.js';

describe('ageBandQuery', () => {
  it('should turn a stated age into the protocol band it falls in', () => {
    expect(ageBandQuery('Moet een verzuimgesprek met een leerling van 10 altijd met de ouders erbij?')).toContain(
      'jonger dan 12 jaar',
    );
    expect(ageBandQuery('mijn ll (13) wil alleen praten')).toBe('vanaf 12 jaar');
    expect(ageBandQuery('leerling van 17 wil niet dat de jeugdarts iets aan z’n ouders vertelt')).toBe('vanaf 16 jaar');
    expect(ageBandQuery('een 19-jarige zonder startkwalificatie')).toBe('18 jaar of ouder');
  });

  it('should ignore numbers that are counts, not ages', () => {
    expect(ageBandQuery('leerling van 16 uur ongeoorloofd verzuim')).toBe('');
    expect(ageBandQuery('hoeveel keer te laat voor een preventief gesprek?')).toBe('');
    expect(ageBandQuery('binnen 6 weken')).toBe('');
  });
});
