/**
 * The two teams-ai classes the bot runs on, imported from their own modules. The package's index also
 * loads its AI planner stack (prompt managers, tokenizers with gpt-tokenizer's encodings, moderators),
 * which this bot does not use: that costs about 12 MB of heap and 25 MB of RSS in every instance, and
 * the bot must stay under 250 MB. A test checks that these are the very classes the index exports.
 */
export { Application } from '@microsoft/teams-ai/lib/Application.js';
export { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
