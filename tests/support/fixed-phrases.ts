// Finds the words a page, feed or calendar writes of its own, outside the i18n dictionaries: text in a
// template, a text attribute written out, a string literal that reads as prose. The leak guard takes
// the site's words from the dictionaries alone (src/lib/leak-guard/site-strings.ts), so a phrase
// written anywhere else is one it does not know, and a word a Spanish page would write in English.
import ts from 'typescript';

export interface FixedPhrase { file: string; line: number; text: string }

/** Attributes whose value a visitor reads or hears (meta `content` is left out: its static values are technical). */
const TEXT_ATTRIBUTE = /^(title|alt|placeholder|aria-label|aria-description|label|data-[a-z-]*-text)$/;
/** Two words side by side, as prose has them ("Episodes about", "Watch live:"). */
const TWO_WORDS = /\p{L}{2,}[,.:;!?…]?\s+\p{L}{2,}/u;
/** A literal that is code, not words: markup, a MIME type, an address, an assignment, a list of keywords ("autoplay; web-share"). */
const TECHNICAL = /[<>{}=\\/]|https?:|^[\w-]+(?:; [\w-]+)+$/;

/** The phrases a source file writes itself. `.astro` files are read as TSX (frontmatter, then the template). */
export function fixedPhrases(file: string, source: string): FixedPhrase[] {
  const code = file.endsWith('.astro') ? astroAsTsx(source) : source;
  const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.astro') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  // A template that does not read as TSX would hide its words: say so rather than pass.
  const problems = (tree as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (problems.length) throw new Error(`${file} could not be read (${ts.flattenDiagnosticMessageText(problems[0]!.messageText, ' ')}): fix fixedPhrases in tests/support/fixed-phrases.ts.`);
  const found: FixedPhrase[] = [];
  const add = (node: ts.Node, text: string) => found.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const visit = (node: ts.Node): void => {
    if (ignored(node)) return;
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) add(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (TEXT_ATTRIBUTE.test(node.name.getText()) && /\p{L}/u.test(node.initializer.text)) add(node, node.initializer.text);
      return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (readsAsWords(node)) add(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Prose: two words side by side, a capitalised word ("Topics"), or any word shown by a template expression ('episode'). */
function readsAsWords(node: ts.LiteralLikeNode): boolean {
  const text = node.text;
  if (TECHNICAL.test(text)) return false;
  if (TWO_WORDS.test(text) || /^\s*\p{Lu}\p{Ll}+\s*$/u.test(text)) return true;
  return /^\s*\p{L}{3,}\s*$/u.test(text) && shownByTemplate(node);
}

/** What is not written to a visitor: imports, types, property names, JSON-LD's vocabulary, errors and logs for developers. */
function ignored(node: ts.Node): boolean {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return true;
  const parent = node.parent;
  if (parent && ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (parent && ts.isPropertyAssignment(parent) && /^['"]?@/.test(parent.name.getText())) return true;
  if (parent && ts.isElementAccessExpression(parent)) return true;
  if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText())) return true;
  if (ts.isCallExpression(node) && /^(console\.\w+|log|warn|logger\.\w+)$|\.(querySelector|querySelectorAll|closest|matches|matchMedia)$/.test(node.expression.getText())) return true;
  // A value compared with ('upcoming', 'published') is the data's, not words shown.
  if (ts.isBinaryExpression(node) && /^[!=]==?$/.test(node.operatorToken.getText())) return true;
  if (ts.isCaseClause(node)) return true;
  return false;
}

/**
 * A literal that a template expression shows as it is: `{count === 1 ? 'episode' : 'episodes'}` in the
 * page's text or a text attribute; not an argument of a call, nor a value of another attribute.
 */
function shownByTemplate(node: ts.Node): boolean {
  let at: ts.Node = node;
  while (ts.isConditionalExpression(at.parent) || ts.isParenthesizedExpression(at.parent) || (ts.isBinaryExpression(at.parent) && at.parent.right === at)) at = at.parent;
  const expression = at.parent;
  if (!expression || !ts.isJsxExpression(expression)) return false;
  return !ts.isJsxAttribute(expression.parent) || TEXT_ATTRIBUTE.test(expression.parent.name.getText());
}

/**
 * An Astro component as TSX: its frontmatter as code, its template as one JSX fragment. Scripts and
 * styles are cut (their words run in the browser or style the page); a doctype and HTML comments too.
 */
export function astroAsTsx(source: string): string {
  // Line numbers stay the source's: the fences become the lines that open and close the code.
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  const frontmatter = match?.[1] ?? '';
  const template = source.slice(match?.[0].length ?? 0)
    .replace(/<(script|style)\b(?:[^>]*[^/>])?>[\s\S]*?<\/\1>/g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  return `${match ? `\n${frontmatter}\n` : ''};const __template = <>${template}</>;\n`;
}
