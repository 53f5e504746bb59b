/** Lower-case words without punctuation: how texts are compared, so markup and escaping cannot hide a leak. */
export function normaliseWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a reader (or a feed reader, or a calendar) would see in an output file: tags removed,
 * entities and CDATA decoded, iCalendar lines unfolded and unescaped.
 */
export function readableText(content: string): string {
  return content
    .replace(/\r?\n[ \t]/g, '') // iCalendar line folding
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/gi, ' ')
    .replace(/<!\[CDATA\[|\]\]>/g, ' ')
    // A tag is dropped, but the URLs in its attributes stay: a link to an internal host is a leak too.
    .replace(/<[^>]*>/g, (tag) => ` ${(tag.match(/https?:\/\/[^\s"'<>]+/g) ?? []).join(' ')} `)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
      if (entity[0] === '#') {
        const code = entity[1]?.toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[entity.toLowerCase()] ?? whole;
    })
    // Entities inside CDATA (RSS content:encoded) decode a second time.
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity] ?? '')
    .replace(/<[^>]*>/g, ' ');
}
