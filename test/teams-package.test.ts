import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { commands } from '../bot/commands.js';
import { accentColor, drawColorIcon, drawOutlineIcon, type RgbaImage } from '../scripts/make-icons.js';
import { loadConfig } from '../src/config.js';
import { containerDefinitions } from '../src/storage/containers.js';

const root = new URL('../', import.meta.url);
const readText = (path: string) => readFileSync(new URL(path, root), 'utf8');
const readJson = (path: string) => JSON.parse(readText(path)) as Record<string, any>;

const manifest = readJson('appPackage/manifest.json');
const teamsApp = parseYaml(readText('teamsapp.yml')) as {
  version: string;
  provision: Action[];
  deploy: Action[];
  publish: Action[];
};
const bicep = readText('infra/azure.bicep');
const parameters = readJson('infra/azure.parameters.json').parameters as Record<string, { value: unknown }>;
const envTemplate = parseEnvFile(readText('env/.env.dev'));

type Action = {
  uses: string;
  name?: string;
  with?: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
};

function parseEnvFile(text: string): Map<string, string> {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return new Map(entries);
}

function action(stage: Action[], uses: string): Action {
  const found = stage.find((candidate) => candidate.uses === uses);
  if (!found) throw new Error(`teamsapp.yml has no ${uses} action`);
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((match) => match[1]!);

/** Variables the toolkit writes during provision: `writeToEnvironmentFile` targets and the Bicep outputs. */
const writtenByProvision = new Set([
  ...teamsApp.provision.flatMap((step) => Object.values(step.writeToEnvironmentFile ?? {})),
  ...teamsApp.publish.flatMap((step) => Object.values(step.writeToEnvironmentFile ?? {})),
  ...[...bicep.matchAll(/^output (\w+) /gm)].map((match) => match[1]!),
  'RESOURCE_SUFFIX',
]);

/** Substitutes placeholders as the toolkit does after provisioning, with sample values for what provision writes. */
function substitute(text: string): string {
  const samples: Record<string, string> = {
    TEAMS_APP_ID: '3b5e6c2a-6f0e-4a35-9c1d-0d2b7a9f4e11',
    BOT_ID: '8f0c4a7e-2d51-4b9a-a6c3-5e7d1f2b3c44',
    BOT_DOMAIN: 'verzuimab12cd.azurewebsites.net',
  };
  return text.replace(
    /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g,
    (_, name: string) => samples[name] ?? envTemplate.get(name) ?? '',
  );
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (all five row filters). */
function decodePng(bytes: Buffer): RgbaImage & { readonly colorType: number; readonly bitDepth: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG without IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8]!;
  const colorType = header[9]!;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)]!;
    for (let column = 0; column < stride; column += 1) {
      const value = raw[row * (stride + 1) + 1 + column]!;
      const left = column >= 4 ? pixels[row * stride + column - 4]! : 0;
      const up = row > 0 ? pixels[(row - 1) * stride + column]! : 0;
      const upLeft = row > 0 && column >= 4 ? pixels[(row - 1) * stride + column - 4]! : 0;
      const paeth = () => {
        const estimate = left + up - upLeft;
        const [distanceLeft, distanceUp, distanceUpLeft] = [
          Math.abs(estimate - left),
          Math.abs(estimate - up),
          Math.abs(estimate - upLeft),
        ];
        return distanceLeft <= distanceUp && distanceLeft <= distanceUpLeft
          ? left
          : distanceUp <= distanceUpLeft
            ? up
            : upLeft;
      };
      const predictor = [0, left, up, Math.floor((left + up) / 2), paeth()][filter] ?? Number.NaN;
      pixels[row * stride + column] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels, colorType, bitDepth };
}

/** The containers block of infra/azure.bicep as plain data. */
function bicepContainers() {
  const block = /var cosmosContainers = \[([\s\S]*?)\n\]/.exec(bicep)?.[1] ?? '';
  return [...block.matchAll(/\{ name: '([^']+)', partitionKey: '([^']+)', defaultTtl: (-?\d+|null) \}/g)].map(
    ([, id, partitionKey, ttl]) => ({
      id,
      partitionKey,
      defaultTtl: ttl === 'null' ? undefined : Number(ttl),
    }),
  );
}

/** App setting names in infra/azure.bicep (`{ name: 'X', value: ... }`). */
const bicepAppSettings = [...bicep.matchAll(/\{ name: '([A-Za-z_]+)', value: /g)].map((match) => match[1]!);

describe('appPackage/manifest.json', () => {
  it('should validate against the Teams manifest schema of the version it declares', async () => {
    const version = manifest.manifestVersion as string;
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
    const schema = JSON.parse(
      readText(`node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`),
    );
    const resolved = JSON.parse(substitute(readText('appPackage/manifest.json')));
    const broken = { ...resolved, bots: [{ ...resolved.bots[0], scopes: ['groupchat'] }] };

    // Plain ajv: the schema is draft-04, which ajv 8 does not know by name, but it uses no keyword whose
    // meaning changed since (no boolean exclusiveMinimum, `id` only as a property name).
    const { $schema: _draft, ...body } = schema;
    const ajv = new Ajv({ strict: false, allErrors: true });
    // CommonJS default export seen through NodeNext: the plugin is on `.default`.
    ajvFormats.default(ajv);
    const validate = ajv.compile(body);
    expect(validate(resolved), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(broken)).toBe(false);

    // The toolkit's own validator (teamsApp/validateManifest uses the same package, with ajv-draft-04).
    expect(await AppManifestUtils.validateAgainstSchema(resolved, schema)).toEqual([]);
    expect(await AppManifestUtils.validateAgainstSchema(broken, schema)).not.toEqual([]);
  });

  it('should only use placeholders that the env template declares or provision writes', () => {
    for (const [file, text] of [
      ['appPackage/manifest.json', readText('appPackage/manifest.json')],
      ['infra/azure.parameters.json', readText('infra/azure.parameters.json')],
      ['teamsapp.yml', readText('teamsapp.yml')],
    ] as const) {
      for (const name of placeholders(text)) {
        expect(
          envTemplate.has(name) || writtenByProvision.has(name),
          `${file} uses \${{${name}}}, which nothing defines`,
        ).toBe(true);
      }
    }
  });

  it('should put the bot in personal, team and group chats under the BOT_ID the toolkit creates', () => {
    expect(manifest.bots).toHaveLength(1);
    const [bot] = manifest.bots;
    expect(bot.botId).toBe('${{BOT_ID}}');
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(action(teamsApp.provision, 'aadApp/create').writeToEnvironmentFile?.clientId).toBe('BOT_ID');
    expect(parameters.botAadAppClientId?.value).toBe('${{BOT_ID}}');
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(action(teamsApp.provision, 'teamsApp/create').writeToEnvironmentFile?.teamsAppId).toBe('TEAMS_APP_ID');
  });

  it("should list exactly the commands of bot/commands.ts, within Teams' limits, in every scope", () => {
    const [bot] = manifest.bots;
    const listed = bot.commandLists.flatMap((list: { commands: unknown[] }) => list.commands);
    // The title is what Teams puts in the compose box when a command is picked: the text the bot reacts to.
    expect(listed).toEqual(commands.map(({ command, description }) => ({ title: command, description })));
    for (const list of bot.commandLists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(command.title.length, command.title).toBeLessThanOrEqual(32);
        expect(command.description.length, command.title).toBeLessThanOrEqual(128);
      }
    }
    const scopes = new Set(bot.commandLists.flatMap((list: { scopes: string[] }) => list.scopes));
    expect([...scopes].sort()).toEqual([...bot.scopes].sort());
  });

  it('should describe the app in Dutch', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('nl-nl');
    const dutchWords = /\b(de|het|een|en|van|voor|bij|volgens)\b/gi;
    for (const text of [manifest.name.full, manifest.description.short, manifest.description.full]) {
      expect(text.match(dutchWords)?.length ?? 0, text).toBeGreaterThanOrEqual(2);
    }
  });

  it("should trust only the bot's own domain, which the Bicep deployment outputs", () => {
    expect(manifest.validDomains).toEqual(['${{BOT_DOMAIN}}']);
    expect(bicep).toMatch(/^output BOT_DOMAIN string = webApp\.properties\.defaultHostName$/m);
    // No SSO: the bot reads the user's Entra id from the activity, so no webApplicationInfo is needed.
    expect(manifest.webApplicationInfo).toBeUndefined();
  });
});

describe('appPackage icons', () => {
  it("should have a 192×192 colour icon on the manifest's accent colour, as scripts/make-icons.ts draws it", () => {
    const color = decodePng(readFileSync(new URL('appPackage/color.png', root)));
    expect([color.width, color.height, color.bitDepth, color.colorType]).toEqual([192, 192, 8, 6]);
    expect(manifest.icons.color).toBe('color.png');
    expect(manifest.accentColor).toBe(accentColor);
    const background = [...color.pixels.subarray(0, 4)];
    expect(background).toEqual([
      Number.parseInt(accentColor.slice(1, 3), 16),
      Number.parseInt(accentColor.slice(3, 5), 16),
      Number.parseInt(accentColor.slice(5, 7), 16),
      255,
    ]);
    expect(Buffer.from(color.pixels).equals(Buffer.from(drawColorIcon().pixels))).toBe(true);
  });

  it('should have a 32×32 outline icon that is white on transparent only', () => {
    const outline = decodePng(readFileSync(new URL('appPackage/outline.png', root)));
    expect([outline.width, outline.height, outline.bitDepth, outline.colorType]).toEqual([32, 32, 8, 6]);
    expect(manifest.icons.outline).toBe('outline.png');
    let visible = 0;
    for (let offset = 0; offset < outline.pixels.length; offset += 4) {
      const [red, green, blue, alpha] = outline.pixels.subarray(offset, offset + 4);
      if (alpha === 0) continue;
      visible += 1;
      expect([red, green, blue]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(100);
    expect(visible).toBeLessThan(32 * 32 - 100);
    expect(Buffer.from(outline.pixels).equals(Buffer.from(drawOutlineIcon().pixels))).toBe(true);
  });
});

describe('teamsapp.yml', () => {
  it("should provision the Teams app, the bot's Entra app, the Bicep resources and the app package", () => {
    expect(teamsApp.version).toMatch(/^v1\.\d+$/);
    const uses = teamsApp.provision.map((step) => step.uses);
    const order = [
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/update',
    ];
    expect(order.map((name) => uses.indexOf(name))).toEqual(
      [...order.map((name) => uses.indexOf(name))].sort((a, b) => a - b),
    );
    expect(order.every((name) => uses.includes(name))).toBe(true);

    const aadApp = action(teamsApp.provision, 'aadApp/create');
    expect(aadApp.with).toMatchObject({ generateClientSecret: true, signInAudience: 'AzureADMyOrg' });
    expect(aadApp.writeToEnvironmentFile).toMatchObject({
      clientId: 'BOT_ID',
      clientSecret: 'SECRET_BOT_PASSWORD',
      tenantId: 'BOT_TENANT_ID',
    });

    const [template] = action(teamsApp.provision, 'arm/deploy').with?.templates ?? [];
    expect(template).toMatchObject({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' });
    expect(action(teamsApp.provision, 'teamsApp/validateManifest').with?.manifestPath).toBe(
      './appPackage/manifest.json',
    );
    const zip = action(teamsApp.provision, 'teamsApp/zipAppPackage').with;
    expect(zip?.manifestPath).toBe('./appPackage/manifest.json');
    expect(action(teamsApp.provision, 'teamsApp/update').with?.appPackagePath).toBe(zip?.outputZipPath);
  });

  it('should use one app name everywhere: Teams app, Entra app, bot registration and manifest', () => {
    const name = 'Verzuimwijzer${{APP_NAME_SUFFIX}}';
    expect(action(teamsApp.provision, 'teamsApp/create').with?.name).toBe(name);
    expect(action(teamsApp.provision, 'aadApp/create').with?.name).toBe(name);
    expect(parameters.botDisplayName?.value).toBe(name);
    expect(manifest.name.short).toBe(name);
  });

  it('should build with npm and zip-deploy the staged web app to the App Service the Bicep outputs', () => {
    const npmArgs = teamsApp.deploy.filter((step) => step.uses === 'cli/runNpmCommand').map((step) => step.with?.args);
    expect(npmArgs).toEqual(['ci --no-audit --no-fund', 'run build', 'run stage:webapp']);
    const packageJson = readJson('package.json');
    expect(packageJson.scripts.build).toBe('tsc -p tsconfig.build.json && tsx scripts/copy-build-assets.ts');
    expect(packageJson.scripts['stage:webapp']).toBe('tsx scripts/stage-webapp.ts');
    const zipDeploy = action(teamsApp.deploy, 'azureAppService/zipDeploy');
    expect(zipDeploy.with).toMatchObject({
      artifactFolder: './dist/webapp',
      resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}',
    });
    expect(bicep).toMatch(/^output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp\.id$/m);
    // The App Service starts what the build compiles: bot/index.ts → dist/bot/index.js.
    expect(readJson('tsconfig.build.json').include).toContain('bot');
    expect(readJson('tsconfig.json').compilerOptions.outDir).toBe('dist');
    // The App Service runs exactly what `npm run start:built` runs (and the turn benchmark measures).
    expect(packageJson.scripts['start:built']).toMatch(/^node (--[a-z-]+=\d+ )*dist\/bot\/index\.js$/);
    expect(bicep).toContain(`appCommandLine: '${packageJson.scripts['start:built']}'`);
  });

  it('should keep secrets out of committed env files', () => {
    expect([...envTemplate.keys()].filter((name) => name.startsWith('SECRET_'))).toEqual([]);
    expect(readText('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});

describe('infra/azure.bicep', () => {
  it('should create the Cosmos DB containers exactly as src/storage/containers.ts defines them', () => {
    const expected = Object.values(containerDefinitions).map((definition) => ({
      id: definition.id,
      partitionKey: definition.partitionKey.paths[0],
      defaultTtl: 'defaultTtl' in definition ? definition.defaultTtl : undefined,
    }));
    for (const definition of Object.values(containerDefinitions)) expect(definition.partitionKey.paths).toHaveLength(1);
    const byId = (a: { id?: string }, b: { id?: string }) => String(a.id).localeCompare(String(b.id));
    expect(bicepContainers().sort(byId)).toEqual(expected.sort(byId));
  });

  it(
    "should run Cosmos DB serverless with keys disabled and give the web app's identity the " + 'Data Contributor role',
    () => {
      expect(bicep).toContain("name: 'EnableServerless'");
      expect(bicep).toMatch(/^\s+disableLocalAuth: true$/m);
      expect(bicep).toMatch(/identity: \{\s+type: 'SystemAssigned'\s+\}/);
      expect(bicep).toContain("var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'");
      const assignmentPattern = new RegExp(
        String.raw`resource cosmosRoleAssignment 'Microsoft\.DocumentDB\/databaseAccounts\/sqlRoleAssignments` +
          String.raw`@[\d-]+' = \{([\s\S]*?)\n\}`,
      );
      const assignment = assignmentPattern.exec(bicep)?.[1] ?? '';
      expect(assignment).toContain(
        "roleDefinitionId: '${cosmosAccount.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'",
      );
      expect(assignment).toContain('principalId: webApp.identity.principalId');
    },
  );

  it('should host Node 20 on Linux with a Teams-enabled single-tenant Azure Bot pointing at /api/messages', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(bicep).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    expect(readText('bot/server.ts')).toContain("post('/api/messages'");
    expect(bicep).toContain("msaAppType: 'SingleTenant'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("{ name: 'MicrosoftAppType', value: 'SingleTenant' }");
  });

  it('should only set app settings that src/config.ts reads, with no Cosmos or OpenAI keys', () => {
    const configSource = readText('src/config.ts');
    const platformSettings = new Set(['SCM_DO_BUILD_DURING_DEPLOYMENT', 'NODE_ENV']);
    expect(bicepAppSettings).toEqual(
      expect.arrayContaining([
        'MicrosoftAppId',
        'MicrosoftAppPassword',
        'MicrosoftAppType',
        'MicrosoftAppTenantId',
        'COSMOS_ENDPOINT',
        'COSMOS_DATABASE',
        'AZURE_OPENAI_ENDPOINT',
        'AZURE_OPENAI_DEPLOYMENT',
      ]),
    );
    for (const name of bicepAppSettings.filter((setting) => !platformSettings.has(setting))) {
      expect(configSource, `${name} is not read by src/config.ts`).toMatch(new RegExp(`\\b${name}:`));
    }
    expect(bicepAppSettings).not.toContain('COSMOS_KEY');
    expect(bicepAppSettings).not.toContain('AZURE_OPENAI_API_KEY');
    // The database the app opens by default is the one Bicep creates.
    expect(/param cosmosDatabaseName string = '([^']+)'/.exec(bicep)?.[1]).toBe(loadConfig({}).cosmos.database);
    expect(parameters.cosmosDatabaseName?.value).toBe(loadConfig({}).cosmos.database);
    expect(/param formRetentionDays int = (\d+)/.exec(bicep)?.[1]).toBe(String(loadConfig({}).formRetentionDays));
  });

  it('should make Azure OpenAI optional behind a boolean parameter, reached with the managed identity', () => {
    expect(bicep).toMatch(/^param enableAzureOpenAI bool = false$/m);
    expect(bicep).toMatch(/resource openAIAccount '[^']+' = if \(enableAzureOpenAI\)/);
    expect(bicep).toMatch(/resource openAIDeployment '[^']+' = if \(enableAzureOpenAI\)/);
    expect(bicep).toMatch(/resource openAIRoleAssignment '[^']+' = if \(enableAzureOpenAI\)/);
  });

  it('should have a parameters file that sets only declared parameters and every required one', () => {
    const declared = [...bicep.matchAll(/^param (\w+) (\w+)( = .*)?$/gm)].map(([, name, , defaultValue]) => ({
      name: name!,
      required: !defaultValue,
    }));
    for (const name of Object.keys(parameters)) expect(declared.map((parameter) => parameter.name)).toContain(name);
    for (const parameter of declared.filter((candidate) => candidate.required))
      expect(Object.keys(parameters)).toContain(parameter.name);
    expect(bicep).toMatch(/@secure\(\)\n@description\([^\n]*\)\nparam botAadAppClientSecret string/);
    expect(parameters.botAadAppClientSecret?.value).toBe('${{SECRET_BOT_PASSWORD}}');
  });
});
