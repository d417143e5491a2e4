// Links written by staff end up on the public site. Tricks that browsers read as another site
// (`//evil`, `/\evil`, encoded slashes) or as code (`javascript:` in any spelling, `data:`) must
// either be refused by the CMS when an Editor saves or publishes, or reach the page as an external
// link with rel="noopener noreferrer", or as plain text: never as an on-site link, never as code.
import { beforeAll, describe, expect, it } from 'vitest'
import { stack, web } from '../support/http'
import { staff, type Staff } from '../support/staff'

let editor: Staff
beforeAll(async () => {
  editor = await staff('editor')
})

const LINKS: Array<[string, string]> = [
  ['protocol-relative', '//evil.example/login'],
  ['backslash after a slash', '/\\evil.example/login'],
  ['two backslashes', '\\\\evil.example/login'],
  ['slash and tab', '/\t/evil.example/login'],
  ['an encoded slash', '/%2fevil.example/login'],
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript: with a tab inside', 'java\tscript:alert(1)'],
  ['javascript: after spaces', '   javascript:alert(1)'],
  ['javascript: entity-encoded', 'javascript&colon;alert(1)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['an ordinary external link', 'https://evil.example/page'],
]

/** The <a> elements whose text is the probe's label. */
function anchorsLabelled(html: string, label: string): string[] {
  return [...html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)].filter((match) => match[1]!.includes(label)).map((match) => match[0].slice(0, match[0].indexOf('>') + 1))
}

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return match ? match[1]!.replace(/&amp;/g, '&').replace(/&#x2F;|&#47;/gi, '/').replace(/&#92;|&#x5C;/gi, '\\') : undefined
}

describe('links in an Editor\'s article', () => {
  it.each(LINKS)('%s is refused, or rendered safe', async (name, url) => {
    const label = `probe link ${name.replace(/\W+/g, ' ')}`
    const saved = await editor.createArticle({
      title: `Link probe ${name} ${Date.now()}`,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'See ' }, { type: 'link', url, children: [{ type: 'text', text: label }] }, { type: 'text', text: '.' }] }],
    })
    expect(saved.status, saved.text).toBeLessThan(500)
    if (saved.status >= 400) {
      expect(saved.json.error.message).toMatch(/link/i)
      return
    }
    const documentId = saved.json.data.documentId as string
    const published = await editor.publish(documentId)
    expect(published.status, published.text).toBeLessThan(500)
    if (published.status >= 400) {
      expect(published.json.error.message).toMatch(/link/i)
      return
    }
    const { slug } = await editor.readDraft(documentId)
    const page = await web(`/articles/${slug}`, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.text).toContain(label)
    for (const tag of anchorsLabelled(page.text, label)) {
      const href = attribute(tag, 'href') ?? ''
      expect(href.replace(/[\s\x00-\x1f]/g, '').toLowerCase()).not.toMatch(/^(javascript|vbscript|data):|&colon;/)
      const target = new URL(href, stack().webUrl)
      expect(['http:', 'https:', 'mailto:', 'tel:', 'sms:']).toContain(target.protocol)
      if (target.origin !== new URL(stack().webUrl).origin) {
        const rel = (attribute(tag, 'rel') ?? '').split(/\s+/)
        expect(rel, `${tag} leads off-site`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
      } else {
        // On-site links are written as plain paths, never in a form a browser reads as another host.
        expect(href).toMatch(/^\/(?![/\\])/)
      }
    }
  })
})
