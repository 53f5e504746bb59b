import { defineSiteConfig } from '../../src/lib/config/define-site-config.ts';
import type { NoteParserOptions } from '../../src/lib/notes/parse-note.ts';
import { noteParserOptions } from '../../src/lib/collection/parser-options.ts';

/** The parser options of a typical show config, at a fixed "now", for unit tests. */
export function testParserOptions(overrides: Partial<NoteParserOptions> = {}): NoteParserOptions {
  const config = defineSiteConfig({
    showName: 'Grafana Office Hours',
    tagline: 'A test show.',
    site: 'https://example.org',
    seriesPrefix: 'GOH',
    defaultHosts: ['Default Host'],
    youtubeChannel: 'https://www.youtube.com/@grafana',
    topics: [
      { name: 'Pyroscope', aliases: ['Grafana Pyroscope'] },
      { name: 'Loki', aliases: ['Grafana Loki'] },
      { name: 'Tempo', aliases: ['tracing'] },
    ],
  });
  return { ...noteParserOptions(config, new Date('2026-11-24T00:00:00Z')), ...overrides };
}
