// Strapi 5 Blocks (rich text) JSON types and tiny builders for writing seed content by hand.

export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;

export type ParagraphBlock = { type: 'paragraph'; children: InlineNode[] };
export type HeadingBlock = { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] };
export type ListItemBlock = { type: 'list-item'; children: InlineNode[] };
export type ListBlock = {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: Array<ListItemBlock | ListBlock>;
};
export type QuoteBlock = { type: 'quote'; children: InlineNode[] };
export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock;
export type Blocks = Block[];

/** A piece of inline content: a plain string becomes a text node. */
export type Inline = string | InlineNode;
/** One list item: a string, a single inline node, or several inline pieces. */
export type ListItemInput = Inline | Inline[];

export const text = (value: string): TextNode => ({ type: 'text', text: value });
export const bold = (value: string): TextNode => ({ type: 'text', text: value, bold: true });
export const italic = (value: string): TextNode => ({ type: 'text', text: value, italic: true });
export const link = (url: string, label: string): LinkNode => ({ type: 'link', url, children: [text(label)] });

/**
 * Turns strings into text nodes. The admin editor (Slate) expects a text node on both sides of a
 * link, so an empty one is added where a link starts or ends the run.
 */
const inline = (parts: Inline[]): InlineNode[] => {
  const nodes = parts.map((part) => (typeof part === 'string' ? text(part) : part));
  if (nodes.length === 0) return [text('')];
  if (nodes[0]?.type === 'link') nodes.unshift(text(''));
  if (nodes[nodes.length - 1]?.type === 'link') nodes.push(text(''));
  return nodes;
};

export const p = (...parts: Inline[]): ParagraphBlock => ({ type: 'paragraph', children: inline(parts) });

export const h = (level: HeadingBlock['level'], ...parts: Inline[]): HeadingBlock => ({
  type: 'heading',
  level,
  children: inline(parts),
});

export const quote = (...parts: Inline[]): QuoteBlock => ({ type: 'quote', children: inline(parts) });

const listItem = (item: ListItemInput): ListItemBlock => ({
  type: 'list-item',
  children: inline(Array.isArray(item) ? item : [item]),
});

export const ul = (items: ListItemInput[]): ListBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map(listItem),
});

export const ol = (items: ListItemInput[]): ListBlock => ({
  type: 'list',
  format: 'ordered',
  children: items.map(listItem),
});
