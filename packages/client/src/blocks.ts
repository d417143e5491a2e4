// Strapi 5 "Blocks" rich text, as stored in JSON fields (article body, therapist bio, ...).
// The GraphQL schema only says `JSON`; these types describe what Strapi's Blocks editor writes.

export interface TextNode {
  type: 'text'
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strikethrough?: boolean
  code?: boolean
}

export interface LinkNode {
  type: 'link'
  url: string
  children: TextNode[]
}

export type InlineNode = TextNode | LinkNode

export interface ParagraphBlock {
  type: 'paragraph'
  children: InlineNode[]
}

export interface HeadingBlock {
  type: 'heading'
  level: 1 | 2 | 3 | 4 | 5 | 6
  children: InlineNode[]
}

export interface ListItemNode {
  type: 'list-item'
  children: InlineNode[]
}

export interface ListBlock {
  type: 'list'
  format: 'ordered' | 'unordered'
  indentLevel?: number
  /** Nested lists sit next to the items, as the Blocks editor writes them. */
  children: (ListItemNode | ListBlock)[]
}

export interface QuoteBlock {
  type: 'quote'
  children: InlineNode[]
}

export interface CodeBlock {
  type: 'code'
  language?: string
  children: InlineNode[]
}

export interface BlockImageFormat {
  url: string
  width: number
  height: number
}

export interface ImageBlock {
  type: 'image'
  image: {
    url: string
    alternativeText?: string | null
    caption?: string | null
    width?: number | null
    height?: number | null
    formats?: Partial<Record<'thumbnail' | 'small' | 'medium' | 'large', BlockImageFormat>> | null
  }
  children: TextNode[]
}

export type BlockNode = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CodeBlock | ImageBlock

/** A Blocks field: the top-level blocks in order. */
export type Blocks = BlockNode[]

type AnyNode = BlockNode | ListItemNode | InlineNode

function nodeText(node: AnyNode): string {
  switch (node.type) {
    case 'text':
      return node.text
    case 'image':
      return '' // an image's alt text is not part of the prose
    case 'list':
      return node.children.map(nodeText).join('\n')
    default:
      return node.children.map(nodeText).join('')
  }
}

/** The text of a Blocks field: one paragraph per block, list items on their own lines. For excerpts, feeds and search. */
export function blocksToPlainText(blocks: Blocks | null | undefined): string {
  if (!Array.isArray(blocks)) return ''
  return blocks
    .map(nodeText)
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n\n')
}

/** Minutes it takes to read a Blocks field: 0 when empty, otherwise at least 1. */
export function readingMinutes(blocks: Blocks | null | undefined, wordsPerMinute = 200): number {
  const words = blocksToPlainText(blocks).split(/\s+/).filter(Boolean).length
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute))
}

/** Alt text given for a picture of a Blocks field in one language (the article's "Body image alt text"). */
export interface ImageAlt {
  alt: string
  image: { url: string } | null
}

/**
 * A Blocks field whose pictures carry the alt text given in this language, where there is one
 * (matched by the file's URL). An image block keeps the Media Library text it was inserted with,
 * which is in English, and the Blocks editor has no field to change it per language.
 */
export function withImageAlts(blocks: Blocks, alts: readonly (ImageAlt | null)[] | null | undefined): Blocks {
  const byUrl = new Map((alts ?? []).filter((entry) => entry?.image?.url && entry.alt.trim()).map((entry) => [entry!.image!.url, entry!.alt.trim()]))
  if (!byUrl.size || !Array.isArray(blocks)) return blocks
  return blocks.map((block) => {
    if (block?.type !== 'image' || !block.image?.url) return block
    const alt = byUrl.get(block.image.url)
    return alt ? { ...block, image: { ...block.image, alternativeText: alt } } : block
  })
}
