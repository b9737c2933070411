/** What `loadConfig` returns and throws, and the Bot Framework credential names it knows. */

/** Every Bot Framework credential variable this version reads; others that look like one are a typo. */
export const credentialVariables = [
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

/** Names in the environment that look like a Bot Framework credential variable but are not one we read. */
export function misspeltCredentialVariable(
  environment: Readonly<Record<string, string | undefined>>,
): string | undefined {
  return Object.keys(environment).find(
    (name) => !(credentialVariables as readonly string[]).includes(name) && looksLikeCredentialVariable(name),
  );
}

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** The process configuration. Read once at start by `loadConfig`; no other file reads `process.env`. */
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
  /**
   * Days unfinished work (a gespreksleidraad, open or a finished one's tombstone; a form concept) is kept after its
   * last change. @default 90
   */
  readonly guideRetentionDays: number;
  /** Days an open record (ingediend, in behandeling) or a saved verslag is kept after its last change. @default 365 */
  readonly openRecordRetentionDays: number;
  /** Days an audit line is kept. @default 1825 (five years) */
  readonly auditRetentionDays: number;
  /** Path of the roles file that bootstraps the role directory (local mode: only with LOCAL_ALLOW_ROLES_FILE=true). */
  readonly rolesFile?: string;
  /** The region whose protocol the rules follow: a folder of `knowledge/protocols/`. @default 'bossche' */
  readonly protocolRegion: string;
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
