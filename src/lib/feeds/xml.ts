/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** An XML element with escaped attributes and text (or already-built child XML). */
export function xmlElement(name: string, attributes: Record<string, string | number | undefined>, content?: { text: string } | { xml: string }): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`).join('');
  if (!content) return `<${name}${attrs}/>`;
  const inner = 'text' in content ? escapeXml(content.text) : content.xml;
  return `<${name}${attrs}>${inner}</${name}>`;
}
