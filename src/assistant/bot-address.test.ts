import { describe, expect, it } from 'vitest';
import { withoutBotAddress } from './respond.js';

describe('the bot addressed by name, typed as text', () => {
  it('should leave the address out of what is asked', () => {
    expect(withoutBotAddress('@Verzuimwijzer wie is de lpa?')).toBe('wie is de lpa?');
    expect(withoutBotAddress('Verzuimwijzer, open het aanmeldformulier')).toBe('open het aanmeldformulier');
    expect(withoutBotAddress('wat kan Verzuimwijzer?')).toBe('wat kan Verzuimwijzer?');
  });
});
