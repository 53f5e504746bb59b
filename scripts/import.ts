// npm run import -- <vault folder> [--all] [--prune] [--force]
// Copies the notes of the shows' folders of an Obsidian vault (`folder:` of each show in src/site.config.ts),
// new or changed, into the notes folder (EPISODES_DIR) at the same paths, and keeps a record there
// (.import-record.json) of which vault note each copy came from. Exit code 1 when a note was left out.
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTime, contentFolders, noteParserOptions } from '../src/lib/collection/parser-options.ts';
import { listNoteFiles } from '../src/lib/collection/note-files.ts';
import { displayPath, expandHome, loadSiteConfig, runCli, terminalStyle } from '../src/lib/workflow/cli.ts';
import { classifyVaultNotes } from '../src/lib/workflow/import-classify.ts';
import { planImport } from '../src/lib/workflow/import-plan.ts';
import { formatImportRecord, IMPORT_RECORD_FILE, noteDigest, parseImportRecord, type ImportRecordFile } from '../src/lib/workflow/import-record.ts';
import { formatImportReport } from '../src/lib/workflow/import-report.ts';
import { planTranscriptCopies, type TranscriptCopyPlan, type TranscriptFile } from '../src/lib/workflow/import-transcripts.ts';
import { linksOnPaths, writeFileAtomically } from '../src/lib/workflow/safe-files.ts';
import { readShowFolders } from '../src/lib/workflow/vault-files.ts';
import { WorkflowError } from '../src/lib/workflow/workflow-error.ts';
import { sameFile } from '../src/lib/archive/url-registry.ts';
import { readUrlRegistry, urlRegistryPath, writeUrlRegistry } from '../src/lib/build/url-registry-file.ts';

/** The vault's folder of transcripts, one file per YouTube video (the team's transcript script writes it). */
const VAULT_TRANSCRIPTS = 'transcripts';

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
  const showFolders = showFoldersOf(config);
  const notesFolder = contentFolders().episodes;
  const transcriptsFolder = contentFolders().transcripts;
  const recordPath = join(notesFolder, IMPORT_RECORD_FILE);
  const recordText = existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : undefined;
  const { recordFile, unreadable } = readRecord(recordText, displayPath(recordPath));
  const contents = readShowFolders(vault, showFolders, [VAULT_TRANSCRIPTS]);
  const { plan, classification } = planNotes(contents.notes, notesFolder, recordFile?.notes, { prune, force, parser: noteParserOptions(config, buildTime()) });
  const transcriptPlan = planTranscripts(vault, transcriptsFolder, classification.videoIds ?? new Map(), { record: recordFile?.transcripts, force });
  // A record that cannot be read is kept beside, for git or for a person to recover from; it is never lost.
  const setAside = unreadable ? freePath(`${recordPath}.unreadable`) : undefined;
  const retired = applyPlans({ notesFolder, transcriptsFolder, recordPath, setAside }, plan, transcriptPlan);
  const nextRecord = formatImportRecord({ notes: plan.record, transcripts: transcriptPlan.record });
  const hasEntries = Object.keys(plan.record).length + Object.keys(transcriptPlan.record).length > 0;
  const recordWritten = writeRecordIfChanged(recordPath, nextRecord, recordText !== undefined && !unreadable ? recordText : undefined, hasEntries);

  const report = formatImportReport(plan, {
    vault: displayPath(vault), notesFolder: displayPath(notesFolder), style: terminalStyle(), limit: all ? Infinity : 30,
    recordWritten, elsewhere: contents.elsewhere, missingFolders: contents.missingFolders, vaultLinks: contents.links,
    transcripts: transcriptLines(transcriptPlan, displayPath(transcriptsFolder)),
    ...(setAside && unreadable ? { unreadableRecord: { problem: unreadable.problem, path: displayPath(recordPath), keptAs: displayPath(setAside) } } : {}),
  });
  (plan.leftOut.length ? console.error : console.log)(retired.length ? `${report}\nRetired from ${urlRegistryPath()} the URLs of the removed notes' episodes: ${retired.map((key) => `/episodes/${key}/`).join(', ')}.` : report);
  return plan.leftOut.length ? 1 : 0;
});

/** The vault folders of the shows: the import reads only these. */
function showFoldersOf(config: Awaited<ReturnType<typeof loadSiteConfig>>): string[] {
  const showFolders = config.shows.flatMap((show) => (show.folder ? [show.folder] : []));
  if (!showFolders.length) {
    throw new WorkflowError('no show has a `folder:` in src/site.config.ts, so the import does not know which notes of the vault are episodes',
      'give each show the vault folder that holds its episode notes, e.g. `folder: \'projects/Grafana Office Hours\'`.');
  }
  return showFolders;
}

/** What to copy, move, keep or leave out, from the vault's notes and the notes folder as it is. */
function planNotes(notes: ReturnType<typeof readShowFolders>['notes'], notesFolder: string, record: ImportRecordFile['notes'] | undefined, options: { prune: boolean; force: boolean; parser: ReturnType<typeof noteParserOptions> }) {
  const paths = existsSync(notesFolder) ? listNoteFiles(notesFolder) : [];
  const bytesAt = (path: string) => (paths.includes(path) ? readFileSync(join(notesFolder, path)) : undefined);
  // Notes of the notes folder that this import does not replace: a vault note may not publish an episode they hold.
  // (Its own path, and the copy of an earlier import of it, found by path or, for a renamed note, by its bytes.)
  const vaultPaths = new Set(notes.map((note) => note.path));
  const vaultDigests = new Set(notes.map((note) => noteDigest(note.bytes)));
  const replaced = new Set([...vaultPaths, ...Object.entries(record ?? {})
    .filter(([source, entry]) => options.prune || vaultPaths.has(source) || vaultDigests.has(entry.sha256)).map(([, entry]) => entry.file)]);
  const resident = paths.filter((path) => !replaced.has(path))
    .map((path) => ({ file: displayPath(join(notesFolder, path)), relativePath: path, text: readFileSync(join(notesFolder, path), 'utf8') }));
  const classification = classifyVaultNotes(notes, resident, options.parser);
  return { classification, plan: planImport(notes, classification, { paths, bytesAt }, { record, prune: options.prune, force: options.force }) };
}

/** Carries out both plans; returns the keys of the episodes whose URLs were retired with their removed notes. */
function applyPlans(at: { notesFolder: string; transcriptsFolder: string; recordPath: string; setAside: string | undefined }, plan: ReturnType<typeof planImport>, transcriptPlan: TranscriptCopyPlan): string[] {
  const { notesFolder, transcriptsFolder } = at;
  // Nothing is written through a symbolic link: it would change a file outside the project.
  refuseLinks(notesFolder, [IMPORT_RECORD_FILE, ...plan.copies.flatMap((copy) => [copy.target, ...(copy.from ? [copy.from] : [])]), ...plan.orphans.map((orphan) => orphan.file)]);
  refuseLinks(transcriptsFolder, transcriptPlan.copies.map((copy) => copy.target));
  if (at.setAside) renameSync(at.recordPath, at.setAside);
  // Moves and removals first, so that a file one move leaves can take another's copy. Each write replaces
  // the file in one rename: an import killed mid-way leaves every note whole.
  for (const copy of plan.copies) if (copy.action === 'move') rmSync(join(notesFolder, copy.from!));
  for (const orphan of plan.orphans) if (orphan.action === 'remove') rmSync(join(notesFolder, orphan.file));
  const retired = retireRemovedNotes(plan.orphans.filter((orphan) => orphan.action === 'remove').map((orphan) => join(notesFolder, orphan.file)));
  for (const copy of plan.copies) {
    if (copy.action === 'unchanged' || copy.action === 'kept') continue;
    writeFileAtomically(join(notesFolder, copy.target), copy.bytes);
  }
  for (const copy of transcriptPlan.copies) {
    if (copy.action === 'add' || copy.action === 'update') writeFileAtomically(join(transcriptsFolder, copy.target), copy.bytes);
  }
  return retired;
}

/** Writes the import record when it changed (or, with none readable before, when it has entries); returns its path as shown. */
function writeRecordIfChanged(recordPath: string, next: string, known: string | undefined, hasEntries: boolean): string | undefined {
  if (known !== undefined ? next === known : !hasEntries) return undefined;
  writeFileAtomically(recordPath, next);
  return displayPath(recordPath);
}

/** The record of earlier imports; a record that cannot be read is treated as none (nothing is overwritten then), and said so. */
function readRecord(text: string | undefined, shownPath: string): { recordFile?: ImportRecordFile; unreadable?: WorkflowError } {
  if (text === undefined) return {};
  try {
    return { recordFile: parseImportRecord(text, shownPath) };
  } catch (error) {
    if (error instanceof WorkflowError) return { unreadable: error };
    throw error;
  }
}

/** `path`, or `path.2`, `path.3`... when it is taken: an earlier unreadable record is never replaced. */
function freePath(path: string): string {
  for (let n = 1; ; n += 1) if (!existsSync(n === 1 ? path : `${path}.${n}`)) return n === 1 ? path : `${path}.${n}`;
}

function refuseLinks(folder: string, paths: readonly string[]): void {
  const links = linksOnPaths(folder, paths);
  if (!links.length) return;
  throw new WorkflowError(`${links.map((link) => displayPath(join(folder, link))).join(', ')} ${links.length === 1 ? 'is a symbolic link' : 'are symbolic links'}: import would write through ${links.length === 1 ? 'it' : 'them'} into files outside the project, so it wrote nothing`,
    'replace each link with the file or folder it points to (or delete it), then import again.');
}

/**
 * With --prune, a note whose vault note was deleted is removed: its episode leaves the site on purpose,
 * so its URL is retired from the URL registry (as `npm run retire` does). Returns the retired keys.
 */
function retireRemovedNotes(removed: readonly string[]): string[] {
  const file = urlRegistryPath();
  if (!removed.length || !existsSync(file)) return [];
  const registry = readUrlRegistry(file);
  const gone = Object.entries(registry.episodes).filter(([, entry]) => removed.some((path) => sameFile(entry.file, path)));
  if (!gone.length) return [];
  const goneIdentities = new Set(gone.map(([identity]) => identity));
  writeUrlRegistry(file, { ...registry, episodes: Object.fromEntries(Object.entries(registry.episodes).filter(([identity]) => !goneIdentities.has(identity))) });
  return gone.map(([, entry]) => entry.key);
}

/**
 * Plans the copies of the transcripts of the imported episodes' videos from the vault's `transcripts/`
 * folder (made by the team's script) into the project's transcripts folder.
 */
function planTranscripts(vault: string, folder: string, videoIds: ReadonlyMap<string, string>, options: Parameters<typeof planTranscriptCopies>[3]): TranscriptCopyPlan {
  const readAll = (root: string): TranscriptFile[] => (existsSync(root)
    ? listNoteFiles(root).map((path) => ({ path, bytes: readFileSync(join(root, path)) }))
    : []);
  return planTranscriptCopies(readAll(join(vault, VAULT_TRANSCRIPTS)), new Set(videoIds.values()), readAll(folder), options);
}

/** The report's lines about the transcripts. */
function transcriptLines(plan: TranscriptCopyPlan, folder: string): string[] {
  const count = (action: string) => plan.copies.filter((copy) => copy.action === action).length;
  const kept = plan.copies.filter((copy) => copy.action === 'kept');
  const lines = plan.copies.length ? [`Transcripts of their videos (from ${VAULT_TRANSCRIPTS}/ into ${folder}): ${count('add')} added, ${count('update')} updated, ${count('unchanged')} unchanged${kept.length ? `, ${kept.length} kept` : ''}.`] : [];
  for (const copy of kept) {
    lines.push(`  ${folder}/${copy.target}: changed here since the last import (or written here by hand), and ${VAULT_TRANSCRIPTS}/${copy.source} differs from it: the file here is kept.`,
      '  Fix: if the vault\'s text is the one to keep, run import with --force; otherwise bring the edit into the vault\'s file first.');
  }
  for (const warning of plan.warnings) lines.push(`  ${warning.file}: ${warning.problem}\n  Fix: ${warning.fix}`);
  return lines;
}
