// npm run retire -- <URL>: takes a published episode's URL off the URL registry (src/content/episode-urls.json,
// EPISODE_URLS_FILE) for good, once its note is deleted: the build and `npm run check` then stop asking for it.
import { existsSync } from 'node:fs';
import { pinEpisodeKeys } from '../src/lib/archive/url-registry.ts';
import { readUrlRegistry, urlRegistryPath, writeUrlRegistry } from '../src/lib/build/url-registry-file.ts';
import { loadNotesFolder } from '../src/lib/collection/notes-folder.ts';
import { buildTime, contentFolders, noteParserOptions } from '../src/lib/collection/parser-options.ts';
import { loadSiteConfig, runCli } from '../src/lib/workflow/cli.ts';
import { retireUrl } from '../src/lib/workflow/retire-url.ts';
import { WorkflowError } from '../src/lib/workflow/workflow-error.ts';

await runCli(async () => {
  const urls = process.argv.slice(2);
  if (urls.length !== 1) throw new WorkflowError('give one URL to retire', 'call it as: npm run retire -- /episodes/28/ (the URL `npm run check` names).');
  const registryFile = urlRegistryPath();
  const registry = readUrlRegistry(registryFile);
  const folder = contentFolders().episodes;
  const loaded = existsSync(folder) ? loadNotesFolder(folder, noteParserOptions(await loadSiteConfig(), buildTime())) : undefined;
  const withPages = (loaded?.notes ?? []).filter((note) => note.parsed.episode.status !== 'draft').map((note) => ({ ...note.parsed.episode, sourceFile: note.file }));
  const keys = new Set(pinEpisodeKeys(withPages, registry).episodes.map((episode) => episode.key));
  const retired = retireUrl(registry, urls[0]!, keys);
  writeUrlRegistry(registryFile, retired.registry);
  console.log(`Retired /episodes/${retired.key}/ (${retired.file ?? retired.identity}) from ${registryFile}: the build no longer asks for it. Commit ${registryFile}.`);
  return 0;
});
