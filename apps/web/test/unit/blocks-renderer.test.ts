import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import type { BlockNode } from '@clinic/client'
import BlocksRenderer from '~/components/blocks/BlocksRenderer.vue'

async function render(blocks: unknown[], headingBase?: number): Promise<string> {
  const app = createSSRApp({ render: () => h(BlocksRenderer, { blocks: blocks as BlockNode[], headingBase }) })
  // Drop Vue's SSR fragment markers so the expectations read like HTML.
  return (await renderToString(app)).replace(/<!--\[-->|<!--]-->|<!---->/g, '')
}

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks })

describe('BlocksRenderer', () => {
  it('renders a paragraph with every text mark', async () => {
    const html = await render([
      {
        type: 'paragraph',
        children: [
          text('plain '),
          text('bold', { bold: true }),
          text('italic', { italic: true }),
          text('under', { underline: true }),
          text('struck', { strikethrough: true }),
          text('code', { code: true }),
          text('all', { bold: true, italic: true, code: true }),
        ],
      },
    ])
    expect(html).toBe(
      '<p>plain <strong>bold</strong><em>italic</em><u>under</u><s>struck</s><code>code</code><strong><em><code>all</code></em></strong></p>',
    )
  })

  it('renders headings under the page title, without skipping levels', async () => {
    const html = await render([
      { type: 'heading', level: 1, children: [text('One')] },
      { type: 'heading', level: 4, children: [text('Deep')] },
    ])
    expect(html).toBe('<h2>One</h2><h3>Deep</h3>')
  })

  it.each([1, 2, 3, 4, 5, 6])('renders an authored h%i inside a section at the right level', async (level) => {
    expect(await render([{ type: 'heading', level, children: [text('x')] }], 3)).toBe('<h3>x</h3>')
  })

  it('renders ordered, unordered and nested lists as valid HTML', async () => {
    const html = await render([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('first')] },
          { type: 'list', format: 'unordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('nested')] }] },
          { type: 'list-item', children: [text('second')] },
        ],
      },
    ])
    expect(html).toBe('<ol><li>first<ul><li>nested</li></ul></li><li>second</li></ol>')
  })

  it('renders quotes and code', async () => {
    const html = await render([
      { type: 'quote', children: [text('Breathe.')] },
      { type: 'code', language: 'text', children: [text('<b>not html</b>')] },
    ])
    expect(html).toContain('<blockquote><p>Breathe.</p></blockquote>')
    expect(html).toContain('<pre class="block-code" tabindex="0"><code data-language="text">&lt;b&gt;not html&lt;/b&gt;</code></pre>')
  })

  it('renders links, and drops the link (not the text) when the URL is unsafe', async () => {
    const html = await render([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://988.ca', children: [text('9-8-8', { bold: true })] },
          text(' and '),
          { type: 'link', url: '/get-help', children: [text('help')] },
          text(' and '),
          { type: 'link', url: 'javascript:alert(1)', children: [text('bad')] },
        ],
      },
    ])
    expect(html).toBe('<p><a href="https://988.ca/" rel="noopener noreferrer"><strong>9-8-8</strong></a> and <a href="/get-help">help</a> and bad</p>')
  })

  const linkTo = async (url: string) => render([{ type: 'paragraph', children: [{ type: 'link', url, children: [text('words')] }] }])

  it.each([
    ['//evil.example/x', '<p><a href="https://evil.example/x" rel="noopener noreferrer">words</a></p>'],
    ['/\\evil.example', '<p><a href="https://evil.example/" rel="noopener noreferrer">words</a></p>'],
    ['\\/evil.example', '<p><a href="https://evil.example/" rel="noopener noreferrer">words</a></p>'],
    [' \u0001//evil.example', '<p><a href="https://evil.example/" rel="noopener noreferrer">words</a></p>'],
    ['/%5Cevil.example', '<p>words</p>'],
    ['/%2F%2Fevil.example', '<p>words</p>'],
    ['javascript:alert(1)', '<p>words</p>'],
    ['java\tscript:alert(1)', '<p>words</p>'],
    ['data:text/html,<script>alert(1)</script>', '<p>words</p>'],
    ['vbscript:msgbox(1)', '<p>words</p>'],
    ['http://example.org', '<p><a href="http://example.org/" rel="noopener noreferrer">words</a></p>'],
    ['/articles/winter', '<p><a href="/articles/winter">words</a></p>'],
    ['#help-lines', '<p><a href="#help-lines">words</a></p>'],
    ['mailto:info@example.org', '<p><a href="mailto:info@example.org">words</a></p>'],
  ])('a link to %j renders as %s', async (url, expected) => {
    expect(await linkTo(url)).toBe(expected)
  })

  it('renders an image from the sizes Strapi made, through the site, lazily, with alt text and dimensions', async () => {
    const html = await render([
      {
        type: 'image',
        image: {
          url: '/uploads/lake_abc.jpg',
          alternativeText: 'A calm lake at dawn',
          caption: 'Kirkland Lake',
          width: 1600,
          height: 900,
          formats: {
            small: { url: '/uploads/small_lake_abc.jpg', width: 500, height: 281 },
            medium: { url: '/uploads/medium_lake_abc.jpg', width: 750, height: 422 },
          },
        },
        children: [text('')],
      },
    ])
    expect(html).toContain('src="/uploads/medium_lake_abc.jpg"')
    expect(html).toContain('srcset="/uploads/small_lake_abc.jpg 500w, /uploads/medium_lake_abc.jpg 750w, /uploads/lake_abc.jpg 1600w"')
    expect(html).toContain('alt="A calm lake at dawn"')
    expect(html).toContain('width="750" height="422" loading="lazy"')
    expect(html).toContain('<figcaption>Kirkland Lake</figcaption>')
  })

  it('escapes text: CMS content is never HTML', async () => {
    expect(await render([{ type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] }])).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
    )
  })

  it('turns line breaks into <br>', async () => {
    expect(await render([{ type: 'paragraph', children: [text('one\ntwo')] }])).toBe('<p>one<br>two</p>')
  })

  it('skips unknown, malformed and empty blocks instead of failing', async () => {
    const html = await render([
      { type: 'table', children: [] },
      null,
      'text',
      { type: 'paragraph', children: [text('  ')] },
      { type: 'image', image: { url: 'https://tracker.example/x.gif' }, children: [] },
      { type: 'paragraph', children: [text('kept'), { type: 'mystery' }] },
    ])
    expect(html).toBe('<p>kept</p>')
  })

  it('renders nothing for a missing field', async () => {
    expect(await render(null as never)).toBe('')
  })
})
