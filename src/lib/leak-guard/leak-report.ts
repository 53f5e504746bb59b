import type { Leak } from './find-leaks.ts';
import type { CheckResult } from './incremental-check.ts';

/** The guard's log line when the site is clean: how much of the output it had to read. */
export function describeWork(result: Pick<CheckResult, 'checkedInFull' | 'readAgain' | 'unchanged' | 'parts'>): string {
  const parts = [`${result.checkedInFull} new or changed file(s) checked`];
  if (result.readAgain) parts.push(`${result.readAgain} unchanged file(s) checked again for new withheld texts`);
  if (result.unchanged) parts.push(`${result.unchanged} unchanged file(s) already proven clean`);
  if (result.parts.reused) parts.push(`feeds read as ${result.parts.read} distinct part(s) for ${result.parts.read + result.parts.reused}`);
  return parts.join(', ');
}

/**
 * Why the build was stopped: each leak with its output file, note and text, the hand-written file that
 * holds the same words (`sources`, from traceSources); and the fixes, said after where the output went.
 */
export function describeLeaks(leaks: readonly Leak[], sources: ReadonlyMap<string, string[]>): { message: string; fixes: string } {
  const lines = leaks.slice(0, 20).map((leak) => {
    const { secret } = leak;
    const whole = secret.text.length > 100 ? `${secret.text.slice(0, 100)}…` : secret.text;
    const part = leak.found === secret.words.join(' ') ? '' : ` (found: "${leak.found}")`;
    const writtenIn = sources.get(leak.found);
    const source = writtenIn ? `; the same words are written in ${writtenIn.join(', ')}` : '';
    return `  - ${leak.outputFile} contains text withheld from ${secret.file} (episode ${secret.episode}, ${secret.origin}): "${whole}"${part}${source}`;
  });
  const more = leaks.length > 20 ? `\n  ... and ${leaks.length - 20} more` : '';
  const handWritten = [...new Set([...sources.values()].flat())];
  const untraced = leaks.some((leak) => !sources.has(leak.found));
  const fixes = [
    ...(handWritten.length ? [`Fix: remove the withheld text from ${handWritten.join(', ')} (a page or profile is published as it is written), ` +
      'or, if it is meant to be public, move it into a public section of the note.'] : []),
    ...(untraced ? ['Fix: where no file is named, this is a bug in the archive (internal text must never be rendered); please report it with the note. ' +
      'If the text is meant to be public, move it into a public section of the note.'] : []),
  ];
  return { message: `Leak guard: the built site contains internal text, so the build was stopped.\n${lines.join('\n')}${more}`, fixes: fixes.join('\n') };
}
