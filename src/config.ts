import { z } from 'zod';

/**
 * The process configuration. Read once at start by {@link loadConfig}; no other file reads `process.env`.
 */
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().url().optional());

const environmentSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    MicrosoftAppTenantId: optionalString,
    BOT_ID: optionalString,
    BOT_PASSWORD: optionalString,
    BOT_TYPE: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    BOT_TENANT_ID: optionalString,
    COSMOS_ENDPOINT: optionalUrl,
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9_-]{1,255}$/).default('verzuimwijzer')),
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
    ROLES_FILE: optionalString,
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  })
  .superRefine((env, context) => {
    const appId = env.MicrosoftAppId ?? env.BOT_ID;
    const password = env.MicrosoftAppPassword ?? env.BOT_PASSWORD;
    const appType = env.MicrosoftAppType ?? env.BOT_TYPE ?? 'MultiTenant';
    if (appId && appType !== 'UserAssignedMSI' && !password) {
      context.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId (or BOT_ID) is set, unless MicrosoftAppType is UserAssignedMSI' });
    }
    if (appId && appType !== 'MultiTenant' && !(env.MicrosoftAppTenantId ?? env.BOT_TENANT_ID)) {
      context.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${appType}` });
    }
    if (env.AZURE_OPENAI_ENDPOINT && !env.AZURE_OPENAI_DEPLOYMENT) {
      context.addIssue({ code: 'custom', path: ['AZURE_OPENAI_DEPLOYMENT'], message: 'is required when AZURE_OPENAI_ENDPOINT is set (the name of the chat model deployment)' });
    }
  });

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export type Config = {
  readonly port: number;
  /** Bot Framework identity; undefined means anonymous local mode (Bot Framework Emulator, tests, local chat page). */
  readonly bot: { readonly appId: string; readonly appPassword?: string; readonly appType: AppType; readonly tenantId?: string } | undefined;
  /** Cosmos DB; `endpoint` undefined means the embedded Cosmos DB–protocol server on loopback. */
  readonly cosmos: { readonly endpoint?: string; readonly key?: string; readonly database: string };
  readonly openAI:
    | { readonly kind: 'openai'; readonly apiKey: string; readonly model: string; readonly baseURL?: string }
    | { readonly kind: 'azure'; readonly endpoint: string; readonly apiKey?: string; readonly deployment: string; readonly apiVersion: string }
    | undefined;
  /** How long a generative answer may take before the extractive answer goes out instead. @default 8000 */
  readonly answerTimeBudgetMs: number;
  /** Days a closed (afgerond/ingetrokken) form is kept before Cosmos DB's TTL removes it. @default 730 */
  readonly formRetentionDays: number;
  /** Days unfinished work (a gespreksleidraad, open or a finished one's tombstone; a form concept) is kept after its last change. @default 90 */
  readonly guideRetentionDays: number;
  /** Path of the roles file that bootstraps the role directory. */
  readonly rolesFile?: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
};

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly variable: string, readonly expectation: string) {
    super(`Configuration error: ${variable} ${expectation}`);
  }
}

/**
 * Parses the environment once. Throws a {@link ConfigError} naming the first bad variable.
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(environment: Readonly<Record<string, string | undefined>>): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const received = environment[variable];
    const expectation = issue.code === 'custom' ? issue.message : `is invalid (${issue.message.toLowerCase()}${received === undefined ? '' : `; got "${received}"`})`;
    throw new ConfigError(variable, expectation);
  }
  const env = parsed.data;
  const appId = env.MicrosoftAppId ?? env.BOT_ID;
  const appPassword = env.MicrosoftAppPassword ?? env.BOT_PASSWORD;
  const tenantId = env.MicrosoftAppTenantId ?? env.BOT_TENANT_ID;
  return {
    port: env.PORT,
    bot: appId
      ? { appId, appType: env.MicrosoftAppType ?? env.BOT_TYPE ?? 'MultiTenant', ...(appPassword ? { appPassword } : {}), ...(tenantId ? { tenantId } : {}) }
      : undefined,
    cosmos: { endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY, database: env.COSMOS_DATABASE },
    openAI: env.AZURE_OPENAI_ENDPOINT
      ? { kind: 'azure', endpoint: env.AZURE_OPENAI_ENDPOINT, apiKey: env.AZURE_OPENAI_API_KEY, deployment: env.AZURE_OPENAI_DEPLOYMENT!, apiVersion: env.AZURE_OPENAI_API_VERSION }
      : env.OPENAI_API_KEY
        ? { kind: 'openai', apiKey: env.OPENAI_API_KEY, model: env.OPENAI_MODEL, ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}) }
        : undefined,
    answerTimeBudgetMs: env.ANSWER_TIME_BUDGET_MS,
    formRetentionDays: env.FORM_RETENTION_DAYS,
    guideRetentionDays: env.GUIDE_RETENTION_DAYS,
    ...(env.ROLES_FILE ? { rolesFile: env.ROLES_FILE } : {}),
    logLevel: env.LOG_LEVEL,
  };
}
