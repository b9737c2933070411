import { createRequire } from 'node:module';

/**
 * botframework-connector 4.23 serialises each entity through its `Entity` mapper, which keeps only
 * `type`, `text` and `mentioned`: the `@type`, `citation` and `additionalType` of Teams' AI message
 * entity (teams-ai's SayCommand sends the same) never reach Teams. Letting the mapper pass other
 * properties through fixes that for every message the bot sends.
 */
export function keepEntityProperties(): void {
  const mappers = createRequire(import.meta.url)('botframework-connector/lib/connectorApi/models/mappers.js') as {
    Entity: { type: { additionalProperties?: unknown } };
  };
  mappers.Entity.type.additionalProperties ??= { type: { name: 'Object' } };
}
