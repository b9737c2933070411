import {
  AuthenticationConstants,
  ConnectorFactory,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

/** More distinct (app, service URL, audience) combinations than this start the cache afresh. */
const maxClients = 200;

type Cache<T> = Map<string, Promise<T>>;

function cached<T>(cache: Cache<T>, key: string, create: () => Promise<T>): Promise<T> {
  let client = cache.get(key);
  if (!client) {
    if (cache.size >= maxClients) cache.clear();
    client = create();
    cache.set(key, client);
    // A client that could not be made (its credentials, say) is made afresh next time.
    client.catch(() => cache.delete(key));
  }
  return client;
}

/** The app id the connector's credentials are for: the token's audience, or its app id claim (the Emulator's). */
function appOf(claimsIdentity: ClaimsIdentity): string {
  const audience = claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '';
  const appId = claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
  return `${audience}\u0000${appId}`;
}

/** A ConnectorFactory that hands out one ConnectorClient per service URL and audience. */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly app: string,
    private readonly clients: Cache<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return cached(this.clients, `${this.app}\u0000${serviceUrl}\u0000${audience ?? ''}`, () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}

/**
 * botbuilder's CloudAdapter builds a new ConnectorClient and UserTokenClient for every activity it
 * receives: each a ServiceClient with its own HTTP pipeline, which cost about a tenth of an echo turn's
 * CPU and the garbage to go with it. Neither holds anything of the turn (credentials fetch and cache their
 * own tokens), so one per app id, service URL and audience serves every turn, proactive ones included.
 * Changes the authentication object in place; replies still go to each activity's own service URL.
 */
export function reuseConnectorClients(authentication: BotFrameworkAuthentication): void {
  const connectors: Cache<ConnectorClient> = new Map();
  const tokenClients: Cache<UserTokenClient> = new Map();
  const reusing = (factory: ConnectorFactory, claimsIdentity: ClaimsIdentity) =>
    new ReusingConnectorFactory(factory, appOf(claimsIdentity), connectors);

  const authenticateRequest = authentication.authenticateRequest.bind(authentication);
  authentication.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    return result.connectorFactory
      ? { ...result, connectorFactory: reusing(result.connectorFactory, result.claimsIdentity) }
      : result;
  };
  const authenticateStreamingRequest = authentication.authenticateStreamingRequest.bind(authentication);
  authentication.authenticateStreamingRequest = async (authHeader, channelIdHeader) => {
    const result = await authenticateStreamingRequest(authHeader, channelIdHeader);
    return result.connectorFactory
      ? { ...result, connectorFactory: reusing(result.connectorFactory, result.claimsIdentity) }
      : result;
  };
  const createConnectorFactory = authentication.createConnectorFactory.bind(authentication);
  authentication.createConnectorFactory = (claimsIdentity) =>
    reusing(createConnectorFactory(claimsIdentity), claimsIdentity);
  const createUserTokenClient = authentication.createUserTokenClient.bind(authentication);
  authentication.createUserTokenClient = (claimsIdentity) =>
    cached(tokenClients, appOf(claimsIdentity), () => createUserTokenClient(claimsIdentity));
}
