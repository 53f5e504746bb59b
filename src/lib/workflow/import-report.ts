import { plain, type Style } from './cli.ts';
import type { ImportPlan, LeftOut, Orphan, PlannedCopy } from './import-plan.ts';

export interface ImportReportOptions {
  vault: string;
  notesFolder: string;
  style?: Style;
  /** How many unchanged notes to list before summing up the rest; Infinity lists all. */
  limit?: number;
  /** The import record's path as shown, when this import changed it. */
  recordWritten?: string;
  /** Files of the vault outside the shows' folders, by top-level folder. */
  elsewhere?: ReadonlyMap<string, number>;
  /** Show folders the vault does not have. */
  missingFolders?: readonly string[];
  /** Lines about the transcripts copied with the notes. */
  transcripts?: readonly string[];
  /** The import record could not be read: why, and where the unreadable file was kept. */
  unreadableRecord?: { problem: string; path: string; keptAs: string };
  /** Symbolic links in the shows' folders of the vault, which import does not follow. */
  vaultLinks?: readonly string[];
}

const LABELS: Record<PlannedCopy['action'], string> = { add: 'added', update: 'updated', move: 'moved', unchanged: 'unchanged', kept: 'kept' };

/** One line of the report's table: what happened to a note, its path, and why. */
interface ReportRow { label: string; path: string; detail: string; format?: Parameters<Style>[0] }

/**
 * What `npm run import` did, one line per note, aligned; then each note it left out (with its file,
 * line, problem and fix), each note of a show's folder that is not an episode, and each note in the
 * notes folder it did not overwrite or remove, with why and what to do.
 */
export function formatImportReport(plan: ImportPlan, options: ImportReportOptions): string {
  const style = options.style ?? plain;
  const limit = options.limit ?? 30;
  const unchanged = plan.copies.filter((copy) => copy.action === 'unchanged').length;
  const lines = [`Episode notes from the shows' folders of ${options.vault} into ${options.notesFolder}:`, ''];
  lines.push(...alignedRows(reportRows(plan, options, unchanged > limit), style));
  if (unchanged > limit) lines.push(`  ${style('dim', `… and ${unchanged} unchanged notes (--all lists them)`)}`);
  const elsewhere = [...(options.elsewhere ?? new Map()).entries()].sort(([a], [b]) => a.localeCompare(b));
  if (elsewhere.length) {
    const listed = elsewhere.map(([entry, n]) => (n > 1 ? `${entry} (${n} files)` : entry));
    lines.push('', style('dim', `Not read, being outside the shows' folders: ${listed.join(', ')}.`));
  }
  lines.push('', totalsLine(plan), ...(options.transcripts ?? []));
  lines.push(...problemSections(plan, options, style));
  if (options.recordWritten) lines.push('', `Recorded in ${options.recordWritten}: commit it with the notes, so that the next import knows where each note came from.`);
  if (plan.copies.some((copy) => copy.action === 'add' || copy.action === 'update' || copy.action === 'move')) {
    lines.push('Next: `npm run check` shows what the archive makes of them, drafts included.');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** A row per note copied, removed, kept, left out or skipped, per missing folder and symbolic link; unchanged notes only when few. */
function reportRows(plan: ImportPlan, options: ImportReportOptions, foldUnchanged: boolean): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const copy of plan.copies) {
    if (copy.action === 'unchanged' && foldUnchanged) continue;
    const draft = copy.kind === 'draft' ? ' (a draft: no page yet)' : '';
    const detail = copy.action === 'move' ? `(was ${copy.from})${draft}` : copy.action === 'kept' ? 'not overwritten, see below' : draft.trim();
    const format = copy.action === 'unchanged' ? 'dim' : copy.action === 'kept' ? 'yellow' : 'green';
    rows.push({ label: LABELS[copy.action], path: copy.target, detail, format });
  }
  for (const orphan of plan.orphans) {
    rows.push(orphan.action === 'remove'
      ? { label: 'removed', path: orphan.file, detail: `its vault note ${orphan.source} is gone`, format: 'green' }
      : { label: 'kept', path: orphan.file, detail: `its vault note ${orphan.source} is gone (see below)`, format: 'yellow' });
  }
  for (const left of plan.leftOut) rows.push({ label: 'left out', path: left.source, detail: 'see below', format: 'red' });
  for (const path of plan.notEpisodes) rows.push({ label: 'skipped', path, detail: 'not an episode', format: 'dim' });
  for (const folder of options.missingFolders ?? []) rows.push({ label: 'missing', path: `${folder}/`, detail: 'no such folder in the vault (see `folder:` in src/site.config.ts)', format: 'yellow' });
  for (const link of options.vaultLinks ?? []) rows.push({ label: 'skipped', path: link, detail: 'a symbolic link: not followed (see below)', format: 'yellow' });
  return rows;
}

/** The rows as a table: labels and paths padded to the widest of each. */
function alignedRows(rows: readonly ReportRow[], style: Style): string[] {
  const labelWidth = Math.max(0, ...rows.map((row) => row.label.length));
  const pathWidth = Math.max(0, ...rows.map((row) => row.path.length));
  return rows.map((row) => {
    const label = row.label.padEnd(labelWidth);
    return `  ${row.format ? style(row.format, label) : label}  ${row.path.padEnd(pathWidth)}  ${row.detail}`.trimEnd();
  });
}

/** "3 added, 1 updated, 12 unchanged, 0 left out, 2 not an episode; 1 draft among them." */
function totalsLine(plan: ImportPlan): string {
  const tally = (action: PlannedCopy['action']) => plan.copies.filter((copy) => copy.action === action).length;
  const optional = (n: number, what: string) => (n ? `${n} ${what}, ` : '');
  const removed = plan.orphans.filter((orphan) => orphan.action === 'remove').length;
  const kept = tally('kept') + plan.orphans.length - removed;
  const drafts = plan.copies.filter((copy) => copy.kind === 'draft' && copy.action !== 'kept').length;
  return `${tally('add')} added, ${tally('update')} updated, ${optional(tally('move'), 'moved')}${optional(removed, 'removed')}${tally('unchanged')} unchanged, ${optional(kept, 'kept')}`
    + `${plan.leftOut.length} left out, ${plan.notEpisodes.length} not an episode${drafts ? `; ${count(drafts, 'draft')} among them` : ''}.`;
}

/** What needs the team: notes left out, links not followed, an unreadable record, notes not overwritten; each with its fix. */
function problemSections(plan: ImportPlan, options: ImportReportOptions, style: Style): string[] {
  const lines: string[] = [];
  if (plan.leftOut.length) {
    lines.push('', style('red', `${count(plan.leftOut.length, 'note')} left out: ${plan.leftOut.length === 1 ? 'it' : 'they'} would stop the build as ${plan.leftOut.length === 1 ? 'it is' : 'they are'}`), '');
    for (const left of plan.leftOut) lines.push(formatLeftOut(left, options), '');
  }
  if (options.vaultLinks?.length) {
    lines.push('', style('yellow', `${count(options.vaultLinks.length, 'symbolic link')} in the shows' folders and transcripts/ of the vault, not followed: a link may lead anywhere on this computer.`),
      '  Fix: to import a linked note or transcript, put the file itself in its folder of the vault.');
  }
  if (options.unreadableRecord) {
    const { problem, path, keptAs } = options.unreadableRecord;
    lines.push('', style('yellow', `The import record could not be read: ${problem}. It was kept as ${keptAs}, and this import started a new one.`),
      '  Without it, no note that differs from its vault note was overwritten (each is listed below as kept), and notes renamed or deleted in the vault are not followed.',
      `  Fix: if git has a good version of the record, put it back in place of the new one (\`git checkout -- ${path}\`) and import again; otherwise look through each kept note below and run import with --force for those that hold no edit of their own. Delete ${keptAs} when done.`);
  }
  const warnings = [...plan.copies.flatMap((copy) => (copy.action === 'kept' ? [keptCopy(copy, options)] : [])), ...plan.orphans.filter((orphan) => orphan.action === 'keep').map((orphan) => keptOrphan(orphan, options))];
  if (warnings.length) lines.push('', style('yellow', `${count(warnings.length, 'note')} in the notes folder left as ${warnings.length === 1 ? 'it is' : 'they are'}:`), '', ...warnings.flatMap((warning) => [warning, '']));
  return lines;
}

function formatLeftOut(left: LeftOut, options: ImportReportOptions): string {
  const file = inFolder(options.vault, left.source);
  return `${left.line ? `${file}:${left.line}` : file}  ${left.problem}\n  Fix: ${left.fix} Then import again.`;
}

function keptCopy(copy: PlannedCopy, options: ImportReportOptions): string {
  const file = inFolder(options.notesFolder, copy.target);
  const vault = inFolder(options.vault, copy.source);
  switch (copy.conflict) {
    case 'edited here':
      return `${file}  was edited here since the last import, and ${vault} was not: the edit here is kept.\n` +
        `  Fix: make the same edit in the vault note (or the next change there will conflict with it), or run import with --force to replace it with the vault's version.`;
    case 'edited in both':
      return `${file}  was edited here since the last import, and ${vault} changed in the vault too: nothing was copied.\n` +
        `  Fix: bring the edit made here into the vault note, then run import with --force (it replaces this file with the vault's version).`;
    case 'no record':
      return `${file}  differs from ${vault}, and no import record says whether it was edited here: it is kept.\n` +
        `  Fix: if it holds nothing that the vault note lacks, run import with --force to replace it with the vault's version; otherwise bring its edits into the vault note first.`;
    default:
      return `${file}  was not written by an import (e.g. by \`npm run new\`), and ${vault} differs from it.\n` +
        `  Fix: if the vault note is the one to keep, run import with --force; otherwise copy what this file has into the vault note first.`;
  }
}

function keptOrphan(orphan: Orphan, options: ImportReportOptions): string {
  const file = inFolder(options.notesFolder, orphan.file);
  if (orphan.edited) {
    return `${file}  came from ${orphan.source}, which is no longer in the vault, and was edited here since: it is still published.\n` +
      `  Fix: if the episode is gone for good, delete this file, or run import with --prune --force.`;
  }
  return `${file}  came from ${orphan.source}, which is no longer in the vault: it is still published.\n` +
    `  Fix: if the vault note was deleted or renamed, run import with --prune to remove this file.`;
}

function inFolder(folder: string, path: string): string {
  return `${folder.replace(/\/$/, '')}/${path}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
