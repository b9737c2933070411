import { z } from 'zod';
import { ConfigError, credentialVariables, misspeltCredentialVariable, type Config } from './config-types.js';

export { ConfigError };
export type { AppType, Config } from './config-types.js';

// The process configuration: read once at start by `loadConfig`; no other file reads `process.env`.
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().url().optional());

const loopbackHostnames = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

const environmentSchema = z
  .object({
    NODE_ENV: optionalString,
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(
      emptyToUndefined,
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    ),
    MicrosoftAppTenantId: optionalString,
    BOT_ID: optionalString,
    BOT_PASSWORD: optionalString,
    BOT_TYPE: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    BOT_TENANT_ID: optionalString,
    COSMOS_ENDPOINT: optionalUrl,
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,255}$/)
        .default('verzuimwijzer'),
    ),
    OPENAI_API_KEY: optionalString,
    OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().default('gpt-4o-mini')),
    OPENAI_BASE_URL: optionalUrl,
    AZURE_OPENAI_ENDPOINT: optionalUrl,
    AZURE_OPENAI_API_KEY: optionalString,
    AZURE_OPENAI_DEPLOYMENT: optionalString,
    AZURE_OPENAI_API_VERSION: z.preprocess(emptyToUndefined, z.string().default('2024-10-21')),
    ANSWER_TIME_BUDGET_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(14000).default(8000)),
    FORM_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(730)),
    GUIDE_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(90)),
    OPEN_RECORD_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(365)),
    AUDIT_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(30).max(3650).default(1825)),
    ROLES_FILE: optionalString,
    HOST: z.preprocess(emptyToUndefined, z.string().ip().or(z.literal('localhost')).optional()),
    LOCAL_ALLOW_ROLES_FILE: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
    PROTOCOL_REGION: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]+$/, 'must be the name of a folder of knowledge/protocols/ (a-z, 0-9, -)')
        .default('bossche'),
    ),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
  })
  .superRefine((env, context) => {
    const appId = env.MicrosoftAppId ?? env.BOT_ID;
    const password = env.MicrosoftAppPassword ?? env.BOT_PASSWORD;
    const appType = env.MicrosoftAppType ?? env.BOT_TYPE ?? 'MultiTenant';
    // Half-set credentials must never fall back to anonymous mode.
    if (!appId) {
      const stray = (
        [
          'MicrosoftAppPassword',
          'BOT_PASSWORD',
          'MicrosoftAppType',
          'BOT_TYPE',
          'MicrosoftAppTenantId',
          'BOT_TENANT_ID',
        ] as const
      ).find((name) => env[name] !== undefined);
      if (stray)
        context.addIssue({
          code: 'custom',
          path: [stray],
          message:
            'is set but MicrosoftAppId (or BOT_ID) is empty or missing: set the app id too, or remove every ' +
            'Bot Framework variable for local mode',
        });
      if (env.NODE_ENV === 'production') {
        context.addIssue({
          code: 'custom',
          path: ['MicrosoftAppId'],
          message:
            'is required when NODE_ENV=production: set MicrosoftAppId and MicrosoftAppPassword (or ' +
            'MicrosoftAppType=UserAssignedMSI with MicrosoftAppTenantId); anonymous local mode is for ' +
            'development only',
        });
      }
      if (
        env.COSMOS_ENDPOINT &&
        URL.canParse(env.COSMOS_ENDPOINT) &&
        !loopbackHostnames.has(new URL(env.COSMOS_ENDPOINT).hostname)
      ) {
        context.addIssue({
          code: 'custom',
          path: ['COSMOS_ENDPOINT'],
          message:
            'is not on this machine, but no MicrosoftAppId is set: anonymous local mode only uses a ' +
            'loopback store (remove COSMOS_ENDPOINT, or set the Bot Framework credentials)',
        });
      }
      if (env.ROLES_FILE && env.LOCAL_ALLOW_ROLES_FILE !== 'true') {
        context.addIssue({
          code: 'custom',
          path: ['ROLES_FILE'],
          message:
            'is set but no MicrosoftAppId is: in anonymous local mode anyone can claim any user id; set ' +
            'LOCAL_ALLOW_ROLES_FILE=true only for tests with made-up users',
        });
      }
    }
    if (appId && appType !== 'UserAssignedMSI' && !password) {
      context.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId (or BOT_ID) is set, unless MicrosoftAppType is UserAssignedMSI',
      });
    }
    if (appId && appType !== 'MultiTenant' && !(env.MicrosoftAppTenantId ?? env.BOT_TENANT_ID)) {
      context.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: `is required when MicrosoftAppType is ${appType}`,
      });
    }
    if (env.AZURE_OPENAI_ENDPOINT && !env.AZURE_OPENAI_DEPLOYMENT) {
      context.addIssue({
        code: 'custom',
        path: ['AZURE_OPENAI_DEPLOYMENT'],
        message: 'is required when AZURE_OPENAI_ENDPOINT is set (the name of the chat model deployment)',
      });
    }
  });

/**
 * Parses the environment once. Throws a {@link ConfigError} naming the first bad variable.
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(environment: Readonly<Record<string, string | undefined>>): Config {
  const misspelt = misspeltCredentialVariable(environment);
  if (misspelt) {
    throw new ConfigError(
      misspelt,
      `is not a variable Verzuimwijzer reads; did you mean one of ${credentialVariables.join(', ')}? ` +
        'Rename it (a misspelt credential would otherwise start the bot without authentication)',
    );
  }
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const received = environment[variable];
    const expectation =
      issue.code === 'custom'
        ? issue.message
        : `is invalid (${issue.message.toLowerCase()}${received === undefined ? '' : `; got "${received}"`})`;
    throw new ConfigError(variable, expectation);
  }
  const env = parsed.data;
  const appId = env.MicrosoftAppId ?? env.BOT_ID;
  const appPassword = env.MicrosoftAppPassword ?? env.BOT_PASSWORD;
  const tenantId = env.MicrosoftAppTenantId ?? env.BOT_TENANT_ID;
  const mode = appId ? 'teams' : 'local';
  return {
    mode,
    port: env.PORT,
    host: env.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0'),
    bot: appId
      ? {
          appId,
          appType: env.MicrosoftAppType ?? env.BOT_TYPE ?? 'MultiTenant',
          ...(appPassword ? { appPassword } : {}),
          ...(tenantId ? { tenantId } : {}),
        }
      : undefined,
    cosmos: { endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY, database: env.COSMOS_DATABASE },
    openAI: env.AZURE_OPENAI_ENDPOINT
      ? {
          kind: 'azure',
          endpoint: env.AZURE_OPENAI_ENDPOINT,
          apiKey: env.AZURE_OPENAI_API_KEY,
          deployment: env.AZURE_OPENAI_DEPLOYMENT!,
          apiVersion: env.AZURE_OPENAI_API_VERSION,
        }
      : env.OPENAI_API_KEY
        ? {
            kind: 'openai',
            apiKey: env.OPENAI_API_KEY,
            model: env.OPENAI_MODEL,
            ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
          }
        : undefined,
    answerTimeBudgetMs: env.ANSWER_TIME_BUDGET_MS,
    formRetentionDays: env.FORM_RETENTION_DAYS,
    guideRetentionDays: env.GUIDE_RETENTION_DAYS,
    openRecordRetentionDays: env.OPEN_RECORD_RETENTION_DAYS,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    ...(env.ROLES_FILE ? { rolesFile: env.ROLES_FILE } : {}),
    protocolRegion: env.PROTOCOL_REGION,
    logLevel: env.LOG_LEVEL,
  };
}
