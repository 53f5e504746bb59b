// npm run check: validates every note of the notes folder (EPISODES_DIR) without building the site,
// and prints the editorial report. Exit code 1 on any error.
import { existsSync } from 'node:fs';
import { loadNotesFolder } from '../src/lib/notes-folder.ts';
import { buildTime, contentFolders, noteParserOptions } from '../src/lib/parser-options.ts';
import { formatCheckReport } from '../src/lib/workflow/check-report.ts';
import { displayPath, loadSiteConfig, runCli, terminalStyle } from '../src/lib/workflow/cli.ts';
import { readGuestProfileSlugs } from '../src/lib/workflow/guest-profiles.ts';
import { WorkflowError } from '../src/lib/workflow/workflow-error.ts';

await runCli(async () => {
  const config = await loadSiteConfig();
  const folders = contentFolders();
  if (!existsSync(folders.episodes)) {
    throw new WorkflowError(`the notes folder ${folders.episodes} does not exist`,
      'create it and put the episode notes in it, or point EPISODES_DIR at the folder that holds them.');
  }
  const now = buildTime();
  // The build's loader runs the same loop: the same errors, each with file, line and fix.
  const { notes, unrecognised, errors } = loadNotesFolder(folders.episodes, noteParserOptions(config, now));
  console.log(formatCheckReport({
    folder: displayPath(folders.episodes),
    now,
    shows: config.shows,
    notes,
    errors,
    unrecognised,
    guestProfiles: readGuestProfileSlugs(folders.guests),
    guestsFolder: displayPath(folders.guests),
  }, terminalStyle()));
  return errors.length ? 1 : 0;
});
