import * as teamsAi from '@microsoft/teams-ai';
import { describe, expect, it } from 'vitest';
import { Application, TeamsAdapter } from './teams-ai.js';

describe('teams-ai classes imported from their modules', () => {
  it('should be the very classes the package exports', () => {
    expect(Application).toBe(teamsAi.Application);
    expect(TeamsAdapter).toBe(teamsAi.TeamsAdapter);
  });
});
