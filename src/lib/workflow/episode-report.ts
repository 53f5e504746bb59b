import type { Episode, MissingPart } from '../notes/parse-note.ts';
import { blockingParts } from '../notes/status.ts';
import type { WithheldText } from '../notes/withheld.ts';
import type { TranscriptDescription } from '../transcripts/publish-transcript.ts';
import type { Style } from './cli.ts';
import { count, formatInstant, shorten } from './report-lines.ts';

// What `npm run check` says of one episode: its label, status, what it lacks, what its transcript gives and what was withheld.

/** What the report needs of a show: its name, and the heading pattern its numbers are written with. */
export interface ReportShow {
  slug: string;
  name: string;
  heading?: string;
}

/** What the report needs of a transcript: what it gives the episode. */
export type ReportTranscript = Pick<TranscriptDescription, 'file' | 'summaryHtml' | 'chapters' | 'source' | 'cut'> & Partial<Pick<TranscriptDescription, 'title' | 'summaryText'>> & { withCaptions?: boolean };

/** Where a note writes each part it lacks, for the report's "missing" line and its list of drafts. */
export const WHERE_TO_WRITE: Record<MissingPart, string> = {
  number: 'number (in the heading or the file name, or `episode:`)',
  title: 'title (in the heading, or `title:`)',
  date: 'date (`date:`)',
  video: 'video (`url:`)',
  guest: 'guest (`Guest::`)',
  chapters: 'chapters (Timestamps)',
};

/** "GOH 26" for a numbered episode (the prefix of its show's heading pattern), its date for a dated one. */
export function episodeLabel(episode: Episode, shows: readonly ReportShow[]): string {
  if (episode.number === null) return episode.date ?? 'undated';
  const show = shows.find((candidate) => candidate.slug === episode.show);
  const written = show?.heading?.includes('<n>') ? show.heading.slice(0, show.heading.indexOf('<n>')).trim() : '';
  // A heading pattern without words before the number ("<n> - <title>") is labelled by its show's name.
  return written ? `${written} ${episode.number}` : `${show?.name ?? ''} #${episode.number}`.trim();
}

/** What an episode's transcript gives it: "transcripts/x.md: summary, 12 chapters (the note has none), cleaned-up text". */
export function formatTranscript(transcript: ReportTranscript, episode: Episode): string {
  const parts: string[] = [];
  if (transcript.summaryHtml) parts.push('summary');
  if (transcript.chapters.length) parts.push(`${count(transcript.chapters.length, 'chapter')}${episode.chapters.length ? ' (the note\'s own are used)' : ' (used: the note has none)'}`);
  parts.push(transcript.source === 'captions' ? 'raw captions' : transcript.withCaptions ? 'cleaned-up text, shorter than the raw captions that follow it' : 'cleaned-up text');
  if (transcript.cut) parts.push('cut (see the warning below)');
  const when = episode.status === 'published' ? '' : '; published with the episode';
  return `${transcript.file}: ${parts.join(', ')}${when}`;
}

export function formatStatus(episode: Episode, style: Style): string {
  if (episode.status === 'published') return `${style('green', 'published')}  ${episode.date ?? ''}`.trimEnd();
  if (episode.status === 'upcoming') {
    return `${style('cyan', 'upcoming')}  ${formatInstant(episode.startsAt ?? '')}; published by the first build after it starts`;
  }
  const blocking = blockingParts(episode.missing);
  const why = blocking.length ? `no page until it has a ${blocking.join(' and a ')}` : 'marked `draft: true`; no page';
  return `${style('yellow', 'draft')}  ${why}`;
}

export function formatWithheld(item: WithheldText): string {
  const where = `(line ${item.line})`;
  switch (item.reason) {
    case 'internal section': return `section "${item.section}" ${where}: internal`;
    case 'section not on the allow-list': return `section "${item.section}" ${where}: not a public section`;
    case 'note preamble': return `text before the first section ${where}`;
    case 'internal link': return `link under "${item.section}" ${where}: ${shorten(item.texts[0] ?? '')}`;
    case 'template instruction': return `template instruction under "${item.section}" ${where}`;
    case 'template placeholder': return `template placeholder under "${item.section}" ${where}`;
    case 'opening line': return `the host's opening line under "${item.section}" ${where}`;
    case 'comment': return `comment ${where}: ${shorten(item.texts.join(' '))}`;
    case 'data field': return `field "${item.section}" ${where}: ${shorten(item.texts[0] ?? '')}`;
    case 'template leftover': return `template leftover under "${item.section}" ${where}: ${shorten(item.texts.join(' '))}`;
    case 'note to colleagues': return `note to colleagues under "${item.section}" ${where}: ${shorten(item.texts.join(' '))}`;
    case 'author marker': return `author marker under "${item.section}" ${where}, removed: ${shorten(item.texts.join(' '))}`;
    case 'struck through': return `struck-through text under "${item.section}" ${where}: ${shorten(item.texts.join(' '))}`;
    case 'note to the hosts': return `note to the hosts under "${item.section}" ${where}: ${shorten(item.texts.join(' '))}`;
  }
}
