/**
 * Notes that make a markdown parser slow or deep, as the review found them: written here rather than
 * committed, because they are hundreds of kilobytes each (tests/fixtures/pathological holds the 20 KB
 * one as written). Each is a published note, so a limit that applies must stop it with an error.
 */
const HEAD = (title: string) => `---\nurl: https://youtu.be/PPPPPPPPP02\ndate: 2024-01-02\n---\n# [[GOH 2 - ${title}]]\n\n`;

export const pathologicalNotes: Record<string, { text: string; line: number }> = {
  /** 100,000 nested brackets around one word, in one talking point (line 9). */
  'nested brackets': { text: `${HEAD('Brackets')}## Talking points\n\n- ${'['.repeat(100_000)}a${']'.repeat(100_000)}\n`, line: 9 },
  /** 100,000 emphasis and bracket markers, none closed, in one talking point. */
  'open emphasis and brackets': { text: `${HEAD('Openers')}## Talking points\n\n- ${'*[_'.repeat(33_334)}a\n`, line: 9 },
  /** 100,000 alternating emphasis markers each side of a word. */
  'nested emphasis': { text: `${HEAD('Emphasis')}## Talking points\n\n- ${'*_'.repeat(50_000)}a${'_*'.repeat(50_000)}\n`, line: 9 },
  /** A paragraph of 5,000 lines, each with one link: the brackets add up over the paragraph (from line 9). */
  'a long paragraph of links': { text: `${HEAD('Links')}## Talking points\n\n${'see [a](https://grafana.com/) and\n'.repeat(5_000)}`, line: 9 },
  /** 40 items each just under the paragraph limit, in the parser's slowest shape: the 17th passes the note's budget (line 25). */
  'many items full of markup': { text: `${HEAD('Markup')}## Talking points\n\n${`- ${'*[_'.repeat(163)}a\n`.repeat(40)}`, line: 25 },
  /** A 108 KB title (line 5). */
  'a 108 KB title': { text: `---\nurl: https://youtu.be/PPPPPPPPP03\ndate: 2024-01-03\n---\n# [[GOH 3 - ${'A very long title '.repeat(6_000)}]]\n\n## Talking points\n\n- A point\n`, line: 5 },
  /** 500 guests on the Guest:: line (line 7). */
  '500 guests': { text: `${HEAD('Guests')}Guest:: ${Array.from({ length: 500 }, (_, index) => `Guest Number${index}`).join(', ')}\n\n## Talking points\n\n- A point\n`, line: 7 },
};
