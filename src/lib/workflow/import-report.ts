import { plain, type Style } from './cli.ts';
import type { ImportPlan, ImportProblem, Orphan, PlannedCopy } from './import-plan.ts';
import type { VaultSkip } from './vault-files.ts';

export interface ImportReportOptions {
  vault: string;
  notesFolder: string;
  style?: Style;
  /** How many skipped files to list before summing up the rest; Infinity lists all. */
  limit?: number;
  /** The import record's path as shown, when this import changed it. */
  recordWritten?: string;
}

const LABELS: Record<PlannedCopy['action'], string> = { add: 'added', update: 'updated', move: 'moved', unchanged: 'unchanged', kept: 'kept' };

/**
 * What `npm run import` did (or, with errors, why it did nothing), one line per file, aligned;
 * then each note it did not overwrite or remove, with why and what to do.
 */
export function formatImportReport(plan: ImportPlan, vaultSkips: readonly VaultSkip[], options: ImportReportOptions): string {
  const style = options.style ?? plain;
  if (plan.errors.length) {
    const problems = plan.errors.map((error) => formatProblem(error, options));
    return [style('red', `Nothing was imported: ${count(plan.errors.length, 'problem')} to fix first.`), '', ...problems].join('\n');
  }

  const rows: { label: string; path: string; detail: string; format?: Parameters<Style>[0] }[] = [];
  for (const copy of plan.copies) {
    const detail = copy.action === 'move'
      ? `← ${copy.source} (was ${copy.from!.path}${copy.from!.label ? `, ${copy.from!.label}` : ''})`
      : copy.action === 'kept' ? `← ${copy.source} (not overwritten, see below)` : `← ${copy.source}`;
    const format = copy.action === 'unchanged' ? 'dim' : copy.action === 'kept' ? 'yellow' : 'green';
    rows.push({ label: LABELS[copy.action], path: copy.target, detail, format });
  }
  for (const orphan of plan.orphans) {
    rows.push(orphan.action === 'remove'
      ? { label: 'removed', path: orphan.file, detail: `its vault note ${orphan.source} is gone`, format: 'green' }
      : { label: 'kept', path: orphan.file, detail: `its vault note ${orphan.source} is gone (see below)`, format: 'yellow' });
  }
  const skipped = [...plan.skips.map((skip) => ({ path: skip.source, reason: skip.reason })), ...vaultSkips]
    .sort((a, b) => a.path.localeCompare(b.path));
  const limit = options.limit ?? 30;
  for (const skip of skipped.slice(0, limit)) rows.push({ label: 'skipped', path: skip.path, detail: skip.reason, format: 'dim' });

  const labelWidth = Math.max(0, ...rows.map((row) => row.label.length));
  const pathWidth = Math.max(0, ...rows.map((row) => row.path.length));
  const lines = [`Episode notes from ${options.vault} into ${options.notesFolder}:`, ''];
  for (const row of rows) {
    const label = row.label.padEnd(labelWidth);
    lines.push(`  ${row.format ? style(row.format, label) : label}  ${row.path.padEnd(pathWidth)}  ${row.detail}`);
  }
  if (skipped.length > limit) lines.push(`  … and ${skipped.length - limit} more skipped (--all lists them)`);

  const tally = (action: PlannedCopy['action']) => plan.copies.filter((copy) => copy.action === action).length;
  const optional = (n: number, what: string) => (n ? `${n} ${what}, ` : '');
  const removed = plan.orphans.filter((orphan) => orphan.action === 'remove').length;
  const kept = tally('kept') + plan.orphans.length - removed;
  lines.push('', `${tally('add')} added, ${tally('update')} updated, ${optional(tally('move'), 'moved')}${optional(removed, 'removed')}${tally('unchanged')} unchanged, ${optional(kept, 'kept')}${skipped.length} skipped.`);

  const warnings = [...plan.copies.flatMap((copy) => (copy.action === 'kept' ? [keptCopy(copy, options)] : [])), ...plan.orphans.filter((orphan) => orphan.action === 'keep').map((orphan) => keptOrphan(orphan, options))];
  if (warnings.length) lines.push('', style('yellow', `${count(warnings.length, 'note')} in the notes folder left as ${warnings.length === 1 ? 'it is' : 'they are'}:`), '', ...warnings.flatMap((warning) => [warning, '']));
  if (options.recordWritten) lines.push(`${warnings.length ? '' : '\n'}Recorded in ${options.recordWritten}: commit it with the notes, so that the next import knows where each note came from.`);
  if (tally('add') + tally('update') + tally('move') > 0) lines.push('Next: `npm run check` shows what the archive makes of them.');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
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
    default:
      return `${file}  holds ${copy.label} but was not imported (it was written here, e.g. by \`npm run new\`), and ${vault} differs from it.\n` +
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
    `  Fix: if the vault note was deleted, or now names another episode (a new date or number), run import with --prune to remove this file.`;
}

function formatProblem(error: ImportProblem, options: ImportReportOptions): string {
  const file = inFolder(error.inNotesFolder ? options.notesFolder : options.vault, error.file);
  return `${error.line ? `${file}:${error.line}` : file}  ${error.problem}\n  Fix: ${error.fix}`;
}

function inFolder(folder: string, path: string): string {
  return `${folder.replace(/\/$/, '')}/${path}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
