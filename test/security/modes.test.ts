import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { localChatExtension } from '../../bot/local-chat/index.js';
import { createSilentLogger } from '../../src/logging/logger.js';

/** Issue 17, attempt 1: anonymous mode must never run with production settings. */
function refusal(environment: Record<string, string>): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(environment)}`);
}

const credentials = {
  MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
  MicrosoftAppPassword: 'not-a-real-secret',
};

describe('run modes', () => {
  it('should start a fresh machine in local mode on loopback with the demo school and the chat page', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'local', host: '127.0.0.1', bot: undefined });
    expect(localChatExtension({ config, logger: createSilentLogger() }).extend).toBeTypeOf('function');
  });

  it('should let HOST change the local bind address', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(refusal({ HOST: 'not an address' }).variable).toBe('HOST');
  });

  it('should bind Teams mode to every interface and never mount the chat page', () => {
    const config = loadConfig({ ...credentials, NODE_ENV: 'production' });
    expect(config).toMatchObject({ mode: 'teams', host: '0.0.0.0' });
    expect(localChatExtension({ config, logger: createSilentLogger() })).toEqual({});
  });

  it('should refuse NODE_ENV=production without credentials, with one line naming MicrosoftAppId', () => {
    const error = refusal({ NODE_ENV: 'production' });
    expect(error.variable).toBe('MicrosoftAppId');
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('should accept production with a managed identity', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        MicrosoftAppId: 'client-id',
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: 'tenant',
      }).mode,
    ).toBe('teams');
  });

  it.each([
    [{ MicrosoftAppId: '', MicrosoftAppPassword: 'secret' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppPassword: 'secret' }, 'MicrosoftAppPassword'],
    [{ BOT_PASSWORD: 'secret' }, 'BOT_PASSWORD'],
    [{ MicrosoftAppTenantId: 'tenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppType'],
    [{ MicrosoftAppID: 'abc', MicrosoftAppPassword: 'secret' }, 'MicrosoftAppID'],
    [{ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_PASSWORD: 'secret' }, 'MICROSOFT_APP_ID'],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPasword: 'secret' }, 'MicrosoftAppPasword'],
    [{ BOT_APP_ID: 'abc' }, 'BOT_APP_ID'],
    [{ BotPassword: 'secret' }, 'BotPassword'],
  ])('should refuse half-set or misspelt credentials %j naming %s', (environment, variable) => {
    expect(refusal(environment).variable).toBe(variable);
  });

  it('should refuse a Cosmos DB endpoint off this machine in local mode', () => {
    expect(refusal({ COSMOS_ENDPOINT: 'https://school.documents.azure.com:443/' }).variable).toBe('COSMOS_ENDPOINT');
    expect(refusal({ NODE_ENV: 'development', COSMOS_ENDPOINT: 'https://10.0.0.4:8081/' }).variable).toBe(
      'COSMOS_ENDPOINT',
    );
  });

  it('should accept a loopback Cosmos DB–protocol server in local mode', () => {
    expect(loadConfig({ COSMOS_ENDPOINT: 'https://127.0.0.1:8081/' }).mode).toBe('local');
    expect(loadConfig({ COSMOS_ENDPOINT: 'https://localhost:8081/' }).mode).toBe('local');
  });

  it(
    'should refuse a roles file in local mode unless explicitly allowed, and then still never ' + 'mount the chat page',
    () => {
      expect(refusal({ ROLES_FILE: 'config/roles.yaml' }).variable).toBe('ROLES_FILE');
      const config = loadConfig({ ROLES_FILE: 'config/roles.yaml', LOCAL_ALLOW_ROLES_FILE: 'true' });
      expect(config.mode).toBe('local');
      expect(localChatExtension({ config, logger: createSilentLogger() })).toEqual({});
    },
  );

  it('should refuse the production combination of the issue: no app id, a roles file and a real Cosmos DB', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ROLES_FILE: 'config/roles.yaml',
        COSMOS_ENDPOINT: 'https://school.documents.azure.com:443/',
      }),
    ).toThrow(ConfigError);
  });
});
