import type { EpisodeGuests } from './episode-guests.ts';
import { collectGuests } from './episode-guests.ts';
import type { InlineField } from './fields.ts';
import type { FrontmatterReader } from './frontmatter-values.ts';
import { guestsInTitle, type GuestLines } from './guest-lines.ts';
import { parseGuestList, parseGuests, parseNameList } from './guests.ts';
import { splitInlineTags } from './inline-syntax.ts';
import { plainTexts } from './plain-text.ts';
import type { ShowRule } from './shows.ts';

/** Where a note can name its people. */
export interface PeopleSources {
  frontmatter: FrontmatterReader;
  /** The note's Dataview fields, by lower-case key (`Guest::`). */
  fields: ReadonlyMap<string, InlineField>;
  /** The guest and host lines before the first section. */
  guestLines: GuestLines;
  show: ShowRule;
  /** The episode's real title, for a show whose titles name the guest; undefined when the note has none. */
  title: string | undefined;
  file: string;
}

/** An episode's hosts and guests, and the tags written on its `Guest::` line. */
export interface NotePeople extends EpisodeGuests {
  hosts: string[];
  guestFieldTags: string[];
}

/**
 * The people of an episode. Hosts: `hosts:`, else a freehand `Hosts - …` line, else the show's. Guests:
 * `guests:` wins; else `Guest::` and the guest lines before the first section (`Invitado(s):`,
 * `Loki Engineer - …`); else, for a show whose titles name the guest, the title's "with <guest>".
 */
export function readNotePeople({ frontmatter, fields, guestLines, show, title, file }: PeopleSources): NotePeople {
  const guestFieldLine = fields.get('guest') ?? fields.get('guests');
  const guestField = splitInlineTags(guestFieldLine?.value ?? '');
  const guestList = frontmatter.list('guests');
  const hostList = frontmatter.list('hosts');
  const hosts = plainTexts(hostList ? parseNameList(hostList, show.language) : guestLines.hosts?.names ?? [...show.defaultHosts]);
  const written = guestList
    ? parseGuestList(guestList, show.language).map((guest) => ({ guest, source: `\`guests:\` line ${frontmatter.line('guests') ?? 1}` }))
    : [
      ...parseGuests(guestField.text, show.language).map((guest) => ({ guest, source: `\`${guestFieldLine?.key ?? 'Guest'}::\` line ${guestFieldLine?.line ?? 0}` })),
      ...guestLines.guests,
    ];
  const fromTitle = written.length === 0 && show.titleNamesGuest && title !== undefined
    ? guestsInTitle(title, show.language).map((guest) => ({ guest, source: 'the title ("… with <guest>", as the show declares its titles)' }))
    : [];
  return { ...collectGuests([...written, ...fromTitle], hosts, file), hosts, guestFieldTags: guestField.tags };
}
