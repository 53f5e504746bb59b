/**
 * Text fields (title, guests, hosts, description, tags) are plain text wherever they are shown, and
 * pages escape them; but a pasted `<script>` or `<b onclick=…>` would still show as markup-looking
 * noise in titles and feeds. Tags are removed (script and style with their content), text is kept.
 */
export function plainText(value: string): string {
  return value
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function plainTexts(values: readonly string[]): string[] {
  return values.map(plainText).filter(Boolean);
}
