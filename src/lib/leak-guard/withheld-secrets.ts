import type { NotesRecord } from '../build/guard-record.ts';
import { deniedLinkSecrets } from './denied-links.ts';
import { collectSecrets, type Secret } from './secrets.ts';
import type { SiteMaterial } from './site-material.ts';
import { recordedTranscriptsEvidence, type RecordedTranscript } from './transcript-evidence.ts';

/**
 * Every secret the output must not hold, from the loaders' records alone: what each note withholds,
 * unless public material explains it (the notes' public parts and facts, the transcripts of their
 * videos, the site's texts and words), and every deny-listed link written in a note.
 */
export function withheldSecrets(notes: NotesRecord, transcripts: Iterable<RecordedTranscript>, site: Pick<SiteMaterial, 'publicTexts' | 'siteStrings'>): Secret[] {
  return [
    ...collectSecrets([...notes.notes, ...recordedTranscriptsEvidence(transcripts, notes.notes)],
      { sectionNames: notes.sectionNames, publicTexts: site.publicTexts, siteStrings: site.siteStrings }),
    ...deniedLinkSecrets(notes.notes, notes.deniedLinkHosts),
  ];
}
