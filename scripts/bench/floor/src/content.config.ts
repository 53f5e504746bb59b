import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const notesFolder = process.env.EPISODES_DIR;
if (!notesFolder) throw new Error('The floor site needs EPISODES_DIR: the folder of notes to render (npm run bench sets it).');

/** Every note, as Astro's own loader reads it: front matter as data, the body rendered by Astro's markdown. */
const notes = defineCollection({ loader: glob({ pattern: '**/*.md', base: notesFolder }) });

export const collections = { notes };
