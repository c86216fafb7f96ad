// IdeaBar in Azure: the Functions app (API, bot endpoint, timers) on Flex Consumption with Node.js 22, its Table
// Storage, the Azure Bot with the Teams channel, the tab on a Static Web App, and Application Insights on a Log
// Analytics workspace. Deployed by the Agents Toolkit's arm/deploy (m365agents.yml) or by `az deployment group
// create` (docs/deploy.md); the outputs are written to env/.env.<env> and read by the later steps.

@minLength(3)
@maxLength(20)
@description('Base of every resource name: letters and digits. The toolkit passes ideabar plus RESOURCE_SUFFIX.')
param resourceBaseName string

@description('Region of the resources; Flex Consumption must be available there.')
param location string = resourceGroup().location

@allowed(['westus2', 'centralus', 'eastus2', 'westeurope', 'eastasia'])
@description('Region of the Static Web App that hosts the tab (its service is offered in these regions only).')
param staticWebAppLocation string = 'westeurope'

@description('Client id of the Entra app registration for SSO (aad.manifest.json); the API accepts its tokens.')
param aadAppClientId string

@description('The Teams app id (appPackage/manifest.json "id"): the bot links to the app with it.')
param teamsAppId string

@description('The id your organisation\'s app catalog gave IdeaBar once published (Teams admin center); empty until then. Deep links use it before teamsAppId.')
param teamsPublishedAppId string = ''

@description('IdeaBar ALLOWED_TENANTS: comma-separated tenant ids that may sign in; empty allows any.')
param allowedTenants string = ''

@description('IdeaBar IT_MEMBERS: comma-separated tenantId:userId pairs, the first IT members of each tenant.')
param itMembers string = ''

// Node.js 22 in Azure: Node 20's upstream support ended in April 2026 and Azure Functions follows Node's lifecycle.
// 20 stays allowed (and supported for local use, package.json "engines"): the bundle targets Node 20 and runs
// unchanged on 22.
@allowed(['20', '22'])
@description('Node.js major version of the Functions worker.')
param nodeVersion string = '22'

@allowed([2048, 4096])
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

var name = toLower(resourceBaseName)
var token = take(uniqueString(resourceGroup().id, name), 8)
var functionAppName = 'func-${name}-${token}'
var storageAccountName = take('st${name}${token}', 24)
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}'

// Built-in role definitions (ids are the same in every tenant).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}-${token}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}-${token}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Everything reaches this account with Entra identities: the Functions host, the deployment package and
    // IdeaBar's tables (STORAGE_TABLE_ENDPOINT, the app's managed identity). No key is needed, so none is accepted.
    allowSharedKeyAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

resource tab 'Microsoft.Web/staticSites@2024-04-01' = {
  name: 'stapp-${name}-${token}'
  location: staticWebAppLocation
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {}
}

var tabDomain = tab.properties.defaultHostname

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}-${token}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

// The bot's identity towards Bot Framework: a user-assigned managed identity, so there is no client secret to store
// or let expire. The Azure Bot names it, and the Function App carries it to get Bot Framework tokens.
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-bot-${name}-${token}'
  location: location
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: { '${botIdentity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      // The tab is served from the Static Web App and calls the API across origins with a bearer token.
      cors: {
        allowedOrigins: ['https://${tabDomain}']
        supportCredentials: false
      }
      appSettings: [
        // The Functions host's own storage (leases, timers): identity-based, no key.
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        // IdeaBar's configuration (api/src/config.ts; README's configuration table).
        { name: 'NODE_ENV', value: 'production' }
        { name: 'AUTH_MODE', value: 'entra' }
        { name: 'ENTRA_CLIENT_ID', value: aadAppClientId }
        { name: 'ENTRA_AUDIENCE', value: 'api://${tabDomain}/${aadAppClientId}' }
        // The tables, reached as the app's system-assigned identity (Storage Table Data Contributor below): no key.
        { name: 'STORAGE_TABLE_ENDPOINT', value: storage.properties.primaryEndpoints.table }
        { name: 'TABLE_PREFIX', value: 'ideabar' }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        { name: 'IT_MEMBERS', value: itMembers }
        // The bot: its user-assigned managed identity towards Bot Framework, and the app and tab it links to.
        { name: 'BOT_APP_ID', value: botIdentity.properties.clientId }
        { name: 'BOT_MANAGED_IDENTITY', value: 'true' }
        { name: 'BOT_APP_TENANT_ID', value: botIdentity.properties.tenantId }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        { name: 'TEAMS_PUBLISHED_APP_ID', value: teamsPublishedAppId }
        { name: 'TAB_URL', value: 'https://${tabDomain}/' }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'node'
        version: nodeVersion
      }
    }
  }
  dependsOn: [deploymentContainer]
}

// The Functions host reads and writes its blobs (and the deployment package) with its identity.
resource hostStorageRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// IdeaBar's tables, which the app reaches with this identity (STORAGE_TABLE_ENDPOINT).
resource tableDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${name}-${token}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'IdeaBar'
    description: 'Technology ideas for IT: submit, vote, and get IT\'s answer in the open.'
    endpoint: 'https://${functionApp.properties.defaultHostName}/api/messages'
    msaAppId: botIdentity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppTenantId: botIdentity.properties.tenantId
    msaAppMSIResourceId: botIdentity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<env> by the toolkit (names as they are) and read by m365agents.yml and the app manifest.
output API_FUNCTION_RESOURCE_ID string = functionApp.id
output API_FUNCTION_ENDPOINT string = 'https://${functionApp.properties.defaultHostName}'
output BOT_DOMAIN string = functionApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${functionApp.properties.defaultHostName}'
output TAB_DOMAIN string = tabDomain
output TAB_ENDPOINT string = 'https://${tabDomain}'
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = tab.id
// The bot's app id is its managed identity's client id: the Teams app manifest names the bot by it.
output BOT_ID string = botIdentity.properties.clientId
output BOT_TENANT_ID string = botIdentity.properties.tenantId
