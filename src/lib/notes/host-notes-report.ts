import type { NoteWarning } from './errors.ts';
import type { HostNotes } from './host-notes.ts';
import type { WithheldText } from './withheld.ts';

/** What `npm run check` lists for what the conventions found in one block, and what the leak guard checks. */
export function reportHostNotes(found: HostNotes, section: string, file: string, line: number): { withheld: WithheldText[]; warnings: NoteWarning[] } {
  const withheld: WithheldText[] = [];
  const warnings: NoteWarning[] = [];
  const quote = (texts: readonly string[]) => texts.map((text) => `"${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`).join(', ');
  if (found.markers.length) {
    withheld.push({ reason: 'author marker', section, line, texts: found.markers });
    warnings.push({ file, line, problem: `removed the author marker ${found.markers.join(', ')} from a point under "${section}"`, fix: 'nothing to do; delete it from the note once the point is final.' });
  }
  if (found.struck.length) {
    withheld.push({ reason: 'struck through', section, line, texts: found.struck });
    warnings.push({ file, line, problem: `withheld struck-through text under "${section}": ${quote(found.struck)}`, fix: 'nothing to do if it was dropped; remove the ~ marks to publish it.' });
  }
  if (found.notes.length) {
    withheld.push({ reason: 'note to the hosts', section, line, texts: found.notes });
    warnings.push({ file, line, problem: `withheld a note to the hosts under "${section}": ${quote(found.notes)}`, fix: 'nothing to do if it is for the hosts; rewrite it as a talking point to publish it.' });
  }
  if (found.suspect) {
    warnings.push({ file, line, problem: `looks like a note to the hosts, published under "${section}": ${quote([found.suspect])}`, fix: 'if it is for the hosts, move it to the Checklist or write it as <<…>>; if it is a talking point, nothing to do.' });
  }
  return { withheld, warnings };
}
