/**
 * A URL slug from any name: lower case ASCII letters, digits and dashes.
 * Accents are folded ("Sánchez" -> "sanchez") so that URLs stay readable.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'untitled';
}
