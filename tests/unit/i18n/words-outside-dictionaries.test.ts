// Every word a page, feed or calendar writes around its facts comes from the i18n dictionaries
// (src/lib/i18n): the leak guard knows the site's own words from them alone (siteStrings), and a
// Spanish page or feed then writes none in English. A phrase written in a template, a text attribute
// or a string literal fails here, with the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedPhrases } from '../../support/fixed-phrases.ts';

/** The code that writes what visitors and feed readers read. */
const WRITERS = ['src/pages', 'src/components', 'src/layouts', 'src/lib/feeds', 'src/lib/seo', 'src/lib/archive', 'src/scripts'];

/** Not site text, each for a reason (file: the phrases it may write). */
const NOT_SITE_TEXT: Record<string, string[]> = {
  // The font's family name: not text of a page or feed.
  'src/lib/seo/card-painter.ts': ['Inter'],
  // Messages to authors (npm run check and a stopped build), not text of the site.
  'src/lib/archive/assemble-archive.ts': ['*'],
};

function sourceFiles(): string[] {
  return WRITERS.flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file)).map((file) => `${root}/${file}`)).sort();
}

describe('the words the site writes around its facts', () => {
  it('all come from the dictionaries: no page, component, feed or calendar writes a phrase of its own', () => {
    const found = sourceFiles().flatMap((file) => fixedPhrases(file, readFileSync(file, 'utf8')))
      .filter((phrase) => !NOT_SITE_TEXT[phrase.file]?.some((allowed) => allowed === '*' || allowed === phrase.text));
    expect(found.map((phrase) => `${phrase.file}:${phrase.line}: "${phrase.text}"`)).toEqual([]);
  });

  it('are looked for in every place a page can write them: its text, its text attributes, its code', () => {
    const page = [
      '---',
      "const title = total > 1 ? `All episodes, page ${current}` : 'All episodes';",
      "const crumbs = [{ name: 'Topics', url }];",
      "if (episode.status === 'upcoming') throw new Error('Not a page: a message to a developer.');",
      '---',
      '<BaseLayout title="Search" description={description}>',
      '  <h1>Episodes about {name}</h1>',
      "  <p>{count} {count === 1 ? 'episode' : 'episodes'} · <a href={feed} class=\"feed-link\">{t.topic.feed}</a></p>",
      '  <time data-local-time={upcoming ? \'date\' : undefined} aria-label="Air date">{formatDate(date, \'UTC\')}</time>',
      '  <script>button.textContent = `Show all ${count}`;</script>',
      '</BaseLayout>',
    ].join('\n');
    expect(fixedPhrases('page.astro', page).map(({ line, text }) => `${line}: ${text}`)).toEqual([
      '2: All episodes, page', '2: All episodes', '3: Topics', '6: Search', '7: Episodes about', '8: episode', '8: episodes', '9: Air date',
    ]);
    const calendar = "const text = `${guests}${episode.description}\\n\\nWatch live: ${live}`;\nconst type = { 'Content-Type': 'text/calendar; charset=utf-8' };";
    expect(fixedPhrases('calendar.ts', calendar).map(({ text }) => text)).toEqual(['Watch live:']);
  });
});
