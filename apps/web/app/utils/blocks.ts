// Pure helpers for the Blocks renderer (app/components/blocks/). Kept apart so they can be unit-tested.
import type { BlockNode, ListBlock, ListItemNode } from '@clinic/client'

/**
 * The heading level to render for each block (undefined for non-headings). Staff pick heading
 * levels by look; the page needs a tidy outline under its own <h1>. So the highest heading in the
 * body becomes `base` (h2 by default), and no heading goes more than one level deeper than the
 * one before it.
 */
export function headingLevels(blocks: readonly BlockNode[], base = 2): (number | undefined)[] {
  const authored = blocks.filter((block) => block?.type === 'heading').map((block) => clampLevel((block as { level?: unknown }).level))
  if (authored.length === 0) return blocks.map(() => undefined)
  const shift = base - Math.min(...authored)
  let previous = base - 1
  return blocks.map((block) => {
    if (block?.type !== 'heading') return undefined
    const wanted = clampLevel(block.level) + shift
    const level = Math.min(6, Math.max(base, Math.min(wanted, previous + 1)))
    previous = level
    return level
  })
}

function clampLevel(level: unknown): number {
  const value = Number(level)
  return Number.isInteger(value) ? Math.min(6, Math.max(1, value)) : 2
}

export interface ListEntry {
  item?: ListItemNode
  /** Lists nested under this item (the Blocks editor stores them as siblings after the item). */
  nested: ListBlock[]
}

/** Puts each nested list inside the item before it, as HTML wants (<li>…<ul>…</ul></li>). */
export function groupListChildren(children: readonly (ListItemNode | ListBlock)[] | undefined): ListEntry[] {
  const entries: ListEntry[] = []
  for (const child of children ?? []) {
    if (child?.type === 'list-item') entries.push({ item: child, nested: [] })
    else if (child?.type === 'list') {
      const last = entries.at(-1)
      if (last) last.nested.push(child)
      else entries.push({ nested: [child] })
    }
  }
  return entries
}
