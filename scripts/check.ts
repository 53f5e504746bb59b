// npm run check: validates every note of the notes folder (EPISODES_DIR) without building the site,
// and the guest profiles (GUESTS_DIR) with the build's schema, and prints the editorial report.
// Exit code 1 on any error.
import { existsSync } from 'node:fs';
import { loadNotesFolder } from '../src/lib/collection/notes-folder.ts';
import { assembleFolder } from '../src/lib/collection/note-states.ts';
import { buildTime, contentFolders, noteParserOptions } from '../src/lib/collection/parser-options.ts';
import { formatCheckReport } from '../src/lib/workflow/check-report.ts';
import { displayPath, loadSiteConfig, runCli, terminalStyle } from '../src/lib/workflow/cli.ts';
import { guestProfileSlugs, readGuestProfiles } from '../src/lib/collection/guests/profiles-folder.ts';
import { readTranscriptsFolder } from '../src/lib/collection/transcripts-folder.ts';
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
  const loaded = loadNotesFolder(folders.episodes, noteParserOptions(config, now));
  const { notes, unrecognised, draftProblems, warnings } = loaded;
  // And the archive's assembly, as the build's loader runs it: two episodes at one URL, a published episode gone.
  const withPages = notes.filter((note) => note.parsed.episode.status !== 'draft').map((note) => ({ ...note.parsed.episode, sourceFile: note.file }));
  const errors = [...loaded.errors, ...assembleFolder(loaded, withPages).errors];
  const guests = readGuestProfiles(folders.guests, displayPath(folders.guests));
  console.log(formatCheckReport({
    folder: displayPath(folders.episodes),
    now,
    shows: config.shows,
    notes,
    errors,
    unrecognised,
    draftProblems,
    folderWarnings: warnings,
    guestProfiles: guestProfileSlugs(guests),
    guestsFolder: displayPath(folders.guests),
    guestProfileCount: guests.ids.length,
    guestErrors: guests.errors,
    transcripts: { folder: displayPath(folders.transcripts), ...readTranscriptsFolder(folders.transcripts) },
    topics: config.topics,
  }, terminalStyle()));
  return errors.length || guests.errors.length ? 1 : 0;
});
