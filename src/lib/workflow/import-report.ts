import { plain, type Style } from './cli.ts';
import type { ImportPlan, ImportProblem } from './import-plan.ts';
import type { VaultSkip } from './vault-files.ts';

export interface ImportReportOptions {
  vault: string;
  notesFolder: string;
  style?: Style;
  /** How many skipped files to list before summing up the rest; Infinity lists all. */
  limit?: number;
}

/** What `npm run import` did (or, with errors, why it did nothing), one line per file, aligned. */
export function formatImportReport(plan: ImportPlan, vaultSkips: readonly VaultSkip[], options: ImportReportOptions): string {
  const style = options.style ?? plain;
  if (plan.errors.length) {
    const problems = plan.errors.map((error) => formatProblem(error, options));
    return [style('red', `Nothing was imported: ${count(plan.errors.length, 'problem')} to fix first.`), '', ...problems].join('\n');
  }

  const rows: { label: string; path: string; detail: string; format?: Parameters<Style>[0] }[] = [];
  for (const copy of plan.copies) {
    const label = copy.action === 'add' ? 'added' : copy.action === 'update' ? 'updated' : 'unchanged';
    rows.push({ label, path: copy.target, detail: `← ${copy.source}`, format: copy.action === 'unchanged' ? 'dim' : 'green' });
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

  const tally = (action: string) => plan.copies.filter((copy) => copy.action === action).length;
  lines.push('', `${tally('add')} added, ${tally('update')} updated, ${tally('unchanged')} unchanged, ${skipped.length} skipped.`);
  if (tally('add') + tally('update') > 0) lines.push('Next: `npm run check` shows what the archive makes of them.');
  return lines.join('\n');
}

function formatProblem(error: ImportProblem, options: ImportReportOptions): string {
  const folder = error.inNotesFolder ? options.notesFolder : options.vault;
  const file = `${folder.replace(/\/$/, '')}/${error.file}`;
  return `${error.line ? `${file}:${error.line}` : file}  ${error.problem}\n  Fix: ${error.fix}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
