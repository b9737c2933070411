import { z } from 'zod';

/**
 * The process configuration. Read once at start by {@link loadConfig}; no other file reads `process.env`.
 */
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().url().optional());

/** Every Bot Framework credential variable this version reads; others that look like one are a typo. */
const credentialVariables = [
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'BOT_ID',
  'BOT_PASSWORD',
  'BOT_TYPE',
  'BOT_TENANT_ID',
] as const;

/** `microsoftapppasword`, `MICROSOFT_APP_ID`, `Bot_Id`, `BOTPASSWORD`: names meant as a credential variable. */
function looksLikeCredentialVariable(name: string): boolean {
  const folded = name.toLowerCase().replace(/[^a-z]/g, '');
  return (
    /^(microsoft|msft)a?p+/.test(folded) ||
    /^bot(app)?(id|pas+w?o?r?d|passwd|pw|secret|key|type|tenant|tenantid)$/.test(folded)
  );
}

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
            'is set but MicrosoftAppId (or BOT_ID) is empty or missing: set the app id too, or remove every Bot Framework variable for local mode',
        });
      if (env.NODE_ENV === 'production') {
        context.addIssue({
          code: 'custom',
          path: ['MicrosoftAppId'],
          message:
            'is required when NODE_ENV=production: set MicrosoftAppId and MicrosoftAppPassword (or MicrosoftAppType=UserAssignedMSI with MicrosoftAppTenantId); anonymous local mode is for development only',
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
            'is not on this machine, but no MicrosoftAppId is set: anonymous local mode only uses a loopback store (remove COSMOS_ENDPOINT, or set the Bot Framework credentials)',
        });
      }
      if (env.ROLES_FILE && env.LOCAL_ALLOW_ROLES_FILE !== 'true') {
        context.addIssue({
          code: 'custom',
          path: ['ROLES_FILE'],
          message:
            'is set but no MicrosoftAppId is: in anonymous local mode anyone can claim any user id; set LOCAL_ALLOW_ROLES_FILE=true only for tests with made-up users',
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

/** Names in the environment that look like a Bot Framework credential variable but are not one we read. */
function misspeltCredentialVariable(environment: Readonly<Record<string, string | undefined>>): string | undefined {
  return Object.keys(environment).find(
    (name) => !(credentialVariables as readonly string[]).includes(name) && looksLikeCredentialVariable(name),
  );
}

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export type Config = {
  /**
   * `teams`: Bot Framework credentials set, every request authenticated. `local`: anonymous development
   * mode (no credentials, never NODE_ENV=production): loopback only, the demo school, the local chat page.
   */
  readonly mode: 'teams' | 'local';
  readonly port: number;
  /** Address the HTTP server binds to (`HOST`). @default '127.0.0.1' in local mode, '0.0.0.0' in teams mode */
  readonly host: string;
  /** Bot Framework identity; undefined means anonymous local mode (Bot Framework Emulator, tests, local chat page). */
  readonly bot:
    | { readonly appId: string; readonly appPassword?: string; readonly appType: AppType; readonly tenantId?: string }
    | undefined;
  /** Cosmos DB; `endpoint` undefined means the embedded Cosmos DB–protocol server on loopback. */
  readonly cosmos: { readonly endpoint?: string; readonly key?: string; readonly database: string };
  readonly openAI:
    | { readonly kind: 'openai'; readonly apiKey: string; readonly model: string; readonly baseURL?: string }
    | {
        readonly kind: 'azure';
        readonly endpoint: string;
        readonly apiKey?: string;
        readonly deployment: string;
        readonly apiVersion: string;
      }
    | undefined;
  /** How long a generative answer may take before the extractive answer goes out instead. @default 8000 */
  readonly answerTimeBudgetMs: number;
  /** Days a closed (afgerond/ingetrokken) form is kept before Cosmos DB's TTL removes it. @default 730 */
  readonly formRetentionDays: number;
  /** Days unfinished work (a gespreksleidraad, open or a finished one's tombstone; a form concept) is kept after its last change. @default 90 */
  readonly guideRetentionDays: number;
  /** Days an open record (ingediend, in behandeling) or a saved verslag is kept after its last change. @default 365 */
  readonly openRecordRetentionDays: number;
  /** Days an audit line is kept. @default 1825 (five years) */
  readonly auditRetentionDays: number;
  /** Path of the roles file that bootstraps the role directory (local mode: only with LOCAL_ALLOW_ROLES_FILE=true). */
  readonly rolesFile?: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
};

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    readonly expectation: string,
  ) {
    super(`Configuration error: ${variable} ${expectation}`);
  }
}

/**
 * Parses the environment once. Throws a {@link ConfigError} naming the first bad variable.
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(environment: Readonly<Record<string, string | undefined>>): Config {
  const misspelt = misspeltCredentialVariable(environment);
  if (misspelt) {
    throw new ConfigError(
      misspelt,
      `is not a variable Verzuimwijzer reads; did you mean one of ${credentialVariables.join(', ')}? Rename it (a misspelt credential would otherwise start the bot without authentication)`,
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
    logLevel: env.LOG_LEVEL,
  };
}
