// npm run import -- <vault folder> [--all]
// Copies the episode notes of an Obsidian vault, new or changed, into the notes folder (EPISODES_DIR).
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentFolders } from '../src/lib/parser-options.ts';
import { listNoteFiles } from '../src/lib/note-files.ts';
import { displayPath, loadSiteConfig, runCli, terminalStyle } from '../src/lib/workflow/cli.ts';
import { readEpisodeFiles } from '../src/lib/workflow/episode-files.ts';
import { planImport } from '../src/lib/workflow/import-plan.ts';
import { formatImportReport } from '../src/lib/workflow/import-report.ts';
import { readVault } from '../src/lib/workflow/vault-files.ts';
import { WorkflowError } from '../src/lib/workflow/workflow-error.ts';

const USAGE = 'npm run import -- <vault folder> [--all]';

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new WorkflowError((error as Error).message, `call it as: ${USAGE}`);
  }
  const [vault, ...extra] = parsed.positionals;
  if (!vault || extra.length) {
    throw new WorkflowError(vault ? `expected one vault folder, got ${parsed.positionals.length}` : 'no vault folder given',
      `call it as: ${USAGE} (quote a path with spaces: npm run import -- "~/Notes/My vault").`);
  }
  if (!existsSync(vault) || !statSync(vault).isDirectory()) {
    throw new WorkflowError(`the vault folder "${vault}" does not exist or is not a folder`, 'give the folder that holds your Obsidian vault (the one with `.obsidian` in it).');
  }
  return { vault, all: parsed.values.all };
}

await runCli(async () => {
  const { vault, all } = readArguments();
  const config = await loadSiteConfig();
  const notesFolder = contentFolders().episodes;
  const contents = readVault(vault);
  const paths = existsSync(notesFolder) ? listNoteFiles(notesFolder) : [];
  const plan = planImport(contents.notes, { episodes: readEpisodeFiles(notesFolder, config), paths }, config);

  if (!plan.errors.length) {
    for (const copy of plan.copies) {
      if (copy.action === 'unchanged') continue;
      const target = join(notesFolder, copy.target);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, copy.bytes, { flag: copy.action === 'add' ? 'wx' : 'w' });
    }
  }
  const report = formatImportReport(plan, contents.skipped, {
    vault: displayPath(vault), notesFolder: displayPath(notesFolder), style: terminalStyle(), limit: all ? Infinity : 30,
  });
  (plan.errors.length ? console.error : console.log)(report);
  return plan.errors.length ? 1 : 0;
});
