// npm run new -- "Title" [--guest "Name"]... [--date YYYY-MM-DD]
// Creates the next episode's note from templates/episode.md in the notes folder (EPISODES_DIR).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseNote } from '../src/lib/notes/parse-note.ts';
import { buildTime, contentFolders, noteParserOptions } from '../src/lib/collection/parser-options.ts';
import { displayPath, loadSiteConfig, runCli, terminalStyle } from '../src/lib/workflow/cli.ts';
import { episodeFileName, nextEpisodeNumber, readEpisodeFiles } from '../src/lib/workflow/episode-files.ts';
import { fillEpisodeTemplate, leftToFill, validateNewEpisode } from '../src/lib/workflow/new-episode.ts';
import { WorkflowError } from '../src/lib/workflow/workflow-error.ts';

const USAGE = 'npm run new -- "Title" [--guest "Name"]... [--date YYYY-MM-DD]';
const TEMPLATE = new URL('../templates/episode.md', import.meta.url);

function readArguments() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        guest: { type: 'string', short: 'g', multiple: true, default: [] },
        date: { type: 'string', short: 'd' },
      },
    });
    return { title: positionals.join(' '), guests: values.guest, date: values.date };
  } catch (error) {
    throw new WorkflowError((error as Error).message, `call it as: ${USAGE}`);
  }
}

await runCli(async () => {
  const { title, guests, date } = readArguments();
  validateNewEpisode({ title, guests, date });
  const config = await loadSiteConfig();
  const folder = contentFolders().episodes;
  // Numbered after the highest episode of the primary show (dated shows have no numbers).
  const primary = config.shows[0]!.slug;
  const number = nextEpisodeNumber(readEpisodeFiles(folder, config).filter((file) => file.episode.show === primary).flatMap((file) => file.episode.number ?? []));
  const text = fillEpisodeTemplate(readFileSync(TEMPLATE, 'utf8'), { number, title, guests, date, seriesPrefix: config.seriesPrefix });

  const target = join(folder, episodeFileName(config.seriesPrefix, number));
  const shown = displayPath(target);
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(target, text, { flag: 'wx' }); // never overwrite a note
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new WorkflowError(`${shown} already exists, and it is not an episode note numbered ${number}`,
      `rename or move that file (episode notes start with \`# [[${config.seriesPrefix} <n> - <title>]]\`), then run this again.`);
  }

  const style = terminalStyle();
  const parsed = parseNote(text, shown, noteParserOptions(config, buildTime()));
  console.log(`Created ${style('bold', shown)}: ${config.seriesPrefix} ${number} - ${parsed.episode.title} (${parsed.episode.status})`);
  const items = leftToFill(text, parsed);
  if (items.length) {
    console.log('\nLeft to fill in:');
    const whatWidth = Math.max(...items.map((item) => item.what.length));
    for (const item of items) {
      const where = item.line ? `line ${item.line}` : '';
      console.log(`  ${where.padEnd(8)}  ${item.what.padEnd(whatWidth)}  ${style('dim', item.hint)}`);
    }
  }
  console.log('\nThen `npm run check` shows what the archive makes of it.');
  return 0;
});
