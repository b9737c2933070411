// Verzuimwijzer in Azure: Linux App Service (Node 20) with a system-assigned managed identity, an Azure Bot
// with the Teams channel, Cosmos DB (serverless, Entra-only data access) and, optionally, Azure OpenAI.
// Deployed by `arm/deploy` in teamsapp.yml or by `az deployment group create` (see infra/README.md).

@maxLength(20)
@minLength(4)
@description('Prefix for every resource name; lower-case letters and digits keep it valid for all resource types.')
param resourceBaseName string

@description('Client id of the Entra app registration the bot signs in with (BOT_ID).')
param botAadAppClientId string

@secure()
@description('Client secret of that app registration (SECRET_BOT_PASSWORD); stored only as an app setting of the web app.')
param botAadAppClientSecret string

@description('Tenant of the app registration; the bot is single-tenant (new multi-tenant Azure Bots can no longer be created).')
param botTenantId string = tenant().tenantId

@maxLength(42)
@description('Name of the bot as shown in the Azure portal.')
param botDisplayName string = 'Verzuimwijzer'

@description('App Service plan size; B1 is the smallest with Always On, which keeps the bot answering within Teams\' 15 s.')
param webAppSku string = 'B1'

@description('Name of the Cosmos DB SQL database (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'verzuimwijzer'

@description('Days a closed form is kept before Cosmos DB\'s TTL removes it (FORM_RETENTION_DAYS).')
param formRetentionDays int = 730

@description('Create an Azure OpenAI account and model deployment for generative answers. Off: extractive answers only.')
param enableAzureOpenAI bool = false

@description('Region of the Azure OpenAI account (the model must be offered there).')
param azureOpenAILocation string = location

@description('Chat model deployed when enableAzureOpenAI is true.')
param azureOpenAIModelName string = 'gpt-4o-mini'

param azureOpenAIModelVersion string = '2024-07-18'

@description('Deployment name; the app reads it as AZURE_OPENAI_DEPLOYMENT.')
param azureOpenAIDeploymentName string = 'verzuimwijzer-chat'

@description('Tokens-per-minute capacity of the deployment, in thousands.')
param azureOpenAICapacity int = 30

param location string = resourceGroup().location

// The containers exactly as src/storage/containers.ts defines them (a test compares the two).
// defaultTtl: null = TTL off; -1 = TTL on, only documents with their own `ttl` expire; n = seconds.
var cosmosContainers = [
  { name: 'answers', partitionKey: '/day', defaultTtl: 2592000 }
  { name: 'activities', partitionKey: '/id', defaultTtl: 86400 }
  { name: 'dossier', partitionKey: '/schoolId', defaultTtl: -1 }
  { name: 'audit', partitionKey: '/schoolId', defaultTtl: -1 }
  { name: 'directory', partitionKey: '/schoolId', defaultTtl: -1 }
  { name: 'progress', partitionKey: '/userId', defaultTtl: 31536000 }
  { name: 'cases', partitionKey: '/schoolId', defaultTtl: -1 }
  { name: 'feedback', partitionKey: '/id', defaultTtl: 31536000 }
]

// Built-in "Cosmos DB Built-in Data Contributor": read and write items, no account or key management.
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
// Built-in "Cognitive Services OpenAI User": call deployments, no management.
var openAIUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource cosmosAccount 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: resourceBaseName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    // Keys are switched off: only Entra identities with a data-plane role can read or write.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmosAccount
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
  }
}

// The app's own createIfNotExists only reads these: with Entra data-plane access it cannot create them.
resource cosmosContainerResources 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in cosmosContainers: {
    parent: cosmosDatabase
    name: container.name
    properties: {
      resource: union(
        {
          id: container.name
          partitionKey: {
            paths: [container.partitionKey]
            kind: 'Hash'
            version: 2
          }
        },
        container.defaultTtl == null ? {} : { defaultTtl: container.defaultTtl }
      )
    }
  }
]

resource openAIAccount 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (enableAzureOpenAI) {
  name: '${resourceBaseName}-openai'
  location: azureOpenAILocation
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: '${resourceBaseName}-openai'
    // Keys are switched off here too: the web app calls the model with its managed identity.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource openAIDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = if (enableAzureOpenAI) {
  parent: openAIAccount
  name: azureOpenAIDeploymentName
  sku: {
    name: 'GlobalStandard'
    capacity: azureOpenAICapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: azureOpenAIModelName
      version: azureOpenAIModelVersion
    }
  }
}

var baseAppSettings = [
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' } // teamsapp.yml's deploy builds and ships dist/ and node_modules/
  { name: 'NODE_ENV', value: 'production' }
  { name: 'MicrosoftAppId', value: botAadAppClientId }
  { name: 'MicrosoftAppPassword', value: botAadAppClientSecret }
  { name: 'MicrosoftAppType', value: 'SingleTenant' }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
  // No COSMOS_KEY: without a key the app signs in with DefaultAzureCredential, i.e. the managed identity.
  { name: 'COSMOS_ENDPOINT', value: cosmosAccount.properties.documentEndpoint }
  { name: 'COSMOS_DATABASE', value: cosmosDatabaseName }
  { name: 'FORM_RETENTION_DAYS', value: string(formRetentionDays) }
]

// No AZURE_OPENAI_API_KEY either: the managed identity has the OpenAI User role below.
var openAIAppSettings = enableAzureOpenAI
  ? [
      { name: 'AZURE_OPENAI_ENDPOINT', value: openAIAccount.properties.endpoint }
      { name: 'AZURE_OPENAI_DEPLOYMENT', value: azureOpenAIDeploymentName }
    ]
  : []

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // The compiled bot (npm run build); see "Bringing it into Teams" in README.md. The V8 flag keeps the
      // heap close to what is live (it grows by 30% between full collections instead of up to 4×), which
      // holds the process under 250 MB under load; see "Load and faults" in README.md.
      appCommandLine: 'node --heap-growing-percent=30 dist/bot/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: concat(baseAppSettings, openAIAppSettings)
    }
  }
}

resource cosmosRoleAssignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmosAccount
  name: guid(cosmosAccount.id, webApp.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmosAccount.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: webApp.identity.principalId
    scope: cosmosAccount.id
  }
}

resource openAIRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (enableAzureOpenAI) {
  scope: openAIAccount
  name: guid(resourceGroup().id, webApp.id, openAIUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAIUserRoleId)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Outputs are written to env/.env.<environment> by arm/deploy (upper-case names become variables).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output COSMOS_ENDPOINT string = cosmosAccount.properties.documentEndpoint
output AZURE_OPENAI_ENDPOINT string = enableAzureOpenAI ? openAIAccount.properties.endpoint : ''
