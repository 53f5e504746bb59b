/**
 * What src/content.config.ts builds its collections from, in one module that it imports with Node's own
 * import rather than through Vite (./native-import.ts): the loaders and schemas, and the site's config.
 */
export { storedEpisodeSchema } from './episode-schema.ts';
export { episodeNotesLoader } from './loader.ts';
export { guestProfilesLoader } from './guests-loader.ts';
export { transcriptsLoader } from './transcripts-loader.ts';
export { guestProfileSchema } from './guests/profile-schema.ts';
export { buildTime, contentFolders, noteParserOptions } from './parser-options.ts';
export { siteConfig } from '../../site.config.ts';
