/**
 * The citation styles' template language: literal text, `{name}` placeholders
 * and `[…]` optional groups that vanish when a placeholder inside them is
 * empty. `\` takes the next character literally (`\[Z\]` is GB/T 7714's
 * document-type mark). A style is data in this language, never code.
 */
export const CITATION_PLACEHOLDERS = ['issuer', 'title', 'number', 'date', 'paragraph', 'heading', 'url', 'origin', 'link'] as const;
export type CitationPlaceholder = (typeof CITATION_PLACEHOLDERS)[number];
export type CitationValues = Record<CitationPlaceholder, string>;

/** A piece of a rendered citation: literal text, or a field's value (so HTML can link a URL, for one). */
export type CitationPart = { kind: 'text'; text: string } | { kind: 'field'; name: CitationPlaceholder; text: string };

type Node = { kind: 'text'; text: string } | { kind: 'field'; name: CitationPlaceholder } | { kind: 'group'; nodes: Node[] };

export class CitationTemplateError extends Error {}

/** Reads a template; an unknown placeholder, an unclosed group or a stray bracket is an error, not text. */
export function parseCitationTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let literal = '';
  const flush = () => {
    if (literal) stack[stack.length - 1].push({ kind: 'text', text: literal });
    literal = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '\\') {
      if (i + 1 >= template.length) throw new CitationTemplateError('A template ends with a lone backslash');
      literal += template[++i];
    } else if (c === '{') {
      const close = template.indexOf('}', i);
      const name = close < 0 ? '' : template.slice(i + 1, close);
      if (!(CITATION_PLACEHOLDERS as readonly string[]).includes(name)) throw new CitationTemplateError(`Unknown placeholder at ${i}: ${template.slice(i, i + 12)}`);
      flush();
      stack[stack.length - 1].push({ kind: 'field', name: name as CitationPlaceholder });
      i = close;
    } else if (c === '[') {
      flush();
      const group: Node = { kind: 'group', nodes: [] };
      stack[stack.length - 1].push(group);
      stack.push(group.nodes);
    } else if (c === ']') {
      if (stack.length === 1) throw new CitationTemplateError(`A group closes at ${i} that was never opened`);
      flush();
      stack.pop();
    } else if (c === '}') {
      throw new CitationTemplateError(`A stray } at ${i}`);
    } else {
      literal += c;
    }
  }
  if (stack.length !== 1) throw new CitationTemplateError('A group is never closed');
  flush();
  return root;
}

/** Fills a template: the parts in order, adjacent literal text joined. */
export function renderCitationTemplate(template: string, values: CitationValues): CitationPart[] {
  const parts: CitationPart[] = [];
  const emit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'group') {
        if (isComplete(node.nodes, values)) emit(node.nodes);
      } else if (node.kind === 'field') {
        if (values[node.name]) parts.push({ kind: 'field', name: node.name, text: values[node.name] });
      } else {
        const last = parts.at(-1);
        if (last?.kind === 'text') last.text += node.text;
        else parts.push({ kind: 'text', text: node.text });
      }
    }
  };
  emit(parseCitationTemplate(template));
  return parts;
}

/** A group shows only when every placeholder directly in it has a value (nested groups decide for themselves). */
function isComplete(nodes: readonly Node[], values: CitationValues): boolean {
  return nodes.every((node) => node.kind !== 'field' || values[node.name] !== '');
}

export const partsText = (parts: readonly CitationPart[]): string => parts.map((p) => p.text).join('');
