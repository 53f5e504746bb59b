// npm run import -- <vault folder> [--all] [--prune] [--force]
// Copies the episode notes of an Obsidian vault, new or changed, into the notes folder (EPISODES_DIR),
// and keeps a record there (.import-record.json) of which vault note each copy came from.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentFolders } from '../src/lib/collection/parser-options.ts';
import { listNoteFiles } from '../src/lib/collection/note-files.ts';
import { displayPath, expandHome, loadSiteConfig, runCli, terminalStyle } from '../src/lib/workflow/cli.ts';
import { readEpisodeFiles } from '../src/lib/workflow/episode-files.ts';
import { planImport } from '../src/lib/workflow/import-plan.ts';
import { formatImportRecord, IMPORT_RECORD_FILE, parseImportRecord } from '../src/lib/workflow/import-record.ts';
import { formatImportReport } from '../src/lib/workflow/import-report.ts';
import { readVault } from '../src/lib/workflow/vault-files.ts';
import { WorkflowError } from '../src/lib/workflow/workflow-error.ts';

const USAGE = 'npm run import -- <vault folder> [--all] [--prune] [--force]';

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new WorkflowError((error as Error).message, `call it as: ${USAGE}`);
  }
  const [given, ...extra] = parsed.positionals;
  if (!given || extra.length) {
    throw new WorkflowError(given ? `expected one vault folder, got ${parsed.positionals.length}` : 'no vault folder given',
      `call it as: ${USAGE} (quote a path with spaces: npm run import -- "~/Notes/My vault").`);
  }
  // A quoted "~/Notes/My vault" reaches us unexpanded: the shell expands ~ only when it is not quoted.
  const vault = expandHome(given);
  if (!existsSync(vault) || !statSync(vault).isDirectory()) {
    throw new WorkflowError(`the vault folder "${vault}" does not exist or is not a folder`, 'give the folder that holds your Obsidian vault (the one with `.obsidian` in it).');
  }
  return { vault, ...parsed.values };
}

await runCli(async () => {
  const { vault, all, prune, force } = readArguments();
  const config = await loadSiteConfig();
  const notesFolder = contentFolders().episodes;
  const recordPath = join(notesFolder, IMPORT_RECORD_FILE);
  const recordText = existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : undefined;
  const record = recordText === undefined ? undefined : parseImportRecord(recordText, displayPath(recordPath));

  const contents = readVault(vault);
  const paths = existsSync(notesFolder) ? listNoteFiles(notesFolder) : [];
  const episodes = readEpisodeFiles(notesFolder, config);
  const episodePaths = new Set(episodes.map((note) => note.path));
  const otherBytes = new Map(paths.filter((path) => !episodePaths.has(path)).map((path) => [path, readFileSync(join(notesFolder, path))]));
  const plan = planImport(contents.notes, { episodes, paths, otherBytes }, config, { record, prune, force });

  let recordWritten: string | undefined;
  if (!plan.errors.length) {
    // Moves and removals first, so that a file one move leaves can take another's copy.
    for (const copy of plan.copies) if (copy.action === 'move') rmSync(join(notesFolder, copy.from!.path));
    for (const orphan of plan.orphans) if (orphan.action === 'remove') rmSync(join(notesFolder, orphan.file));
    for (const copy of plan.copies) {
      if (copy.action === 'unchanged' || copy.action === 'kept') continue;
      const target = join(notesFolder, copy.target);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, copy.bytes, { flag: copy.action === 'update' ? 'w' : 'wx' });
    }
    const nextText = formatImportRecord(plan.record);
    if (nextText !== recordText && (recordText !== undefined || Object.keys(plan.record).length)) {
      mkdirSync(notesFolder, { recursive: true });
      writeFileSync(recordPath, nextText);
      recordWritten = displayPath(recordPath);
    }
  }
  const report = formatImportReport(plan, contents.skipped, {
    vault: displayPath(vault), notesFolder: displayPath(notesFolder), style: terminalStyle(), limit: all ? Infinity : 30, recordWritten,
  });
  (plan.errors.length ? console.error : console.log)(report);
  return plan.errors.length ? 1 : 0;
});
