import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('should default to an anonymous bot on port 3978 with the embedded store and no AI service', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3978,
      bot: undefined,
      cosmos: { endpoint: undefined, database: 'verzuimwijzer' },
      openAI: undefined,
      answerTimeBudgetMs: 8000,
    });
  });

  it('should follow the Bossche protocol unless PROTOCOL_REGION names another region', () => {
    expect(loadConfig({}).protocolRegion).toBe('bossche');
    expect(loadConfig({ PROTOCOL_REGION: '' }).protocolRegion).toBe('bossche');
    expect(loadConfig({ PROTOCOL_REGION: 'mazl' }).protocolRegion).toBe('mazl');
  });

  it('should accept Teams Toolkit BOT_ID and BOT_PASSWORD as aliases', () => {
    const config = loadConfig({ BOT_ID: 'abc', BOT_PASSWORD: 'secret' });
    expect(config.bot).toEqual({ appId: 'abc', appPassword: 'secret', appType: 'MultiTenant' });
  });

  it('should prefer MicrosoftAppId over BOT_ID', () => {
    expect(loadConfig({ MicrosoftAppId: 'one', MicrosoftAppPassword: 'p', BOT_ID: 'two' }).bot?.appId).toBe('one');
  });

  it('should allow a managed identity without a password', () => {
    expect(
      loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }).bot,
    ).toMatchObject({ appType: 'UserAssignedMSI' });
  });

  it('should use a key-less Cosmos connection when only the endpoint is set (managed identity)', () => {
    expect(
      loadConfig({
        MicrosoftAppId: 'abc',
        MicrosoftAppPassword: 'p',
        COSMOS_ENDPOINT: 'https://example.documents.azure.com:443/',
      }).cosmos,
    ).toEqual({ endpoint: 'https://example.documents.azure.com:443/', key: undefined, database: 'verzuimwijzer' });
  });

  it('should pick Azure OpenAI over OpenAI when both are set', () => {
    const config = loadConfig({
      OPENAI_API_KEY: 'k',
      AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com/',
      AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
      AZURE_OPENAI_API_KEY: 'a',
    });
    expect(config.openAI).toMatchObject({ kind: 'azure', deployment: 'gpt-4o-mini' });
  });

  it('should treat empty strings as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '', COSMOS_ENDPOINT: '' })).toMatchObject({
      port: 3978,
      bot: undefined,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ COSMOS_ENDPOINT: 'not a url' }, 'COSMOS_ENDPOINT'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'Other' }, 'MicrosoftAppType'],
    [{ AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com/' }, 'AZURE_OPENAI_DEPLOYMENT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PROTOCOL_REGION: '../bossche' }, 'PROTOCOL_REGION'],
  ])('should refuse %j naming %s', (environment, variable) => {
    let caught: unknown;
    try {
      loadConfig(environment);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).message).toMatch(new RegExp(`^Configuration error: ${variable} `));
  });
});
