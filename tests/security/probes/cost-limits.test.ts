// A small request must not buy a large amount of CMS work or a huge answer: GraphQL aliases,
// field counts, depth through fragments, batches and REST populate depth are each refused up
// front with a 400 that names the limit (never a 500, never a stack trace, never the data).
import { describe, expect, it } from 'vitest'
import { cms, expectNoInternals, graphql, postJson, stack, type Answer } from '../support/http'

const aliases = (count: number, selection: string) => `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${selection}`).join(' ')} }`

/** A 400 (or 413 for bytes) whose message names the limit, with none of the content. */
function expectLimit(result: Answer, name: RegExp) {
  expect([400, 413], `status ${result.status}: ${result.text.slice(0, 300)}`).toContain(result.status)
  expect(result.text).toMatch(name)
  expect(result.json?.data ?? null, 'no content comes back with the refusal').toBeNull()
  expectNoInternals(result)
}

const deepPopulate = (levels: number) => {
  const relations = ['articles', 'author']
  let query = 'populate'
  for (let level = 0; level < levels; level += 1) query += `[${relations[level % 2]}][populate]`
  return `${query}=*`
}

describe('GraphQL cost', () => {
  it('300 aliased article lists', async () => {
    expectLimit(await graphql(aliases(300, 'articles { title body }')), /alias|cost|complex|limit/i)
  })

  it('1000 aliased cheap fields', async () => {
    expectLimit(await graphql(aliases(1000, '__typename')), /alias|cost|complex|field|limit/i)
  })

  it('aliases spread across fragments', async () => {
    const fragment = `fragment Many on Query { ${Array.from({ length: 150 }, (_, n) => `f${n}: therapists { name }`).join(' ')} }`
    expectLimit(await graphql(`query { ...Many ...Again } ${fragment} fragment Again on Query { ${Array.from({ length: 150 }, (_, n) => `g${n}: topics { name }`).join(' ')} }`), /alias|cost|complex|field|limit/i)
  })

  it('depth hidden in nested fragments', async () => {
    const query = `{ therapists { ...T1 } }
      fragment T1 on Therapist { articles { ...A1 } }
      fragment A1 on Article { author { ...T2 } }
      fragment T2 on Therapist { articles { ...A2 } }
      fragment A2 on Article { author { ...T3 } }
      fragment T3 on Therapist { articles { ...A3 } }
      fragment A3 on Article { author { articles { author { name } } } }`
    expectLimit(await graphql(query), /depth|cost|complex|limit/i)
  })

  it('a fragment cycle', async () => {
    const result = await graphql('{ therapists { ...A } } fragment A on Therapist { articles { author { ...A } } }')
    expect(result.status).toBe(400)
    expectNoInternals(result)
  })

  it('a variable of the wrong type is a 400, not a 500', async () => {
    const result = await graphql('query ($n: Int) { articles(pagination: { limit: $n }) { title } }', { n: 'many' })
    expect(result.status).toBe(400)
    expectNoInternals(result)
  })

  it('a batch of 100 operations in one request', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ articles { title body } }' }))
    const result = await postJson(`${stack().cmsUrl}/graphql`, batch)
    expect(result.status).toBe(400)
    expect(result.text).not.toContain('"title":"')
  })

  it('a body over the size limit', async () => {
    const result = await graphql(`{ articles { title } } # ${'x'.repeat(300 * 1024)}`)
    expectLimit(result, /large|size|KB|limit/i)
  })

  it('a page size above the maximum', async () => {
    expectLimit(await graphql('{ articles(pagination: { pageSize: 1000 }) { title } }'), /page size|maxPageSize|maximum/i)
  })
})

describe('REST cost', () => {
  it('a nested populate through relations, 170 bytes long', async () => {
    expectLimit(await cms(`/api/therapists?${deepPopulate(6)}`), /populate|depth|limit/i)
  })

  it('a nested populate written as a dotted path', async () => {
    expectLimit(await cms('/api/therapists?populate=articles.author.articles.author.articles.author'), /populate|depth|limit/i)
  })

  it('a page size above the maximum', async () => {
    expectLimit(await cms('/api/articles?pagination[pageSize]=1000'), /page size|maximum/i)
  })

  it('an allowed populate stays within a bounded answer', async () => {
    const result = await cms('/api/therapists?populate=*&pagination[pageSize]=100')
    expect(result.status).toBe(200)
    expect(result.text.length).toBeLessThan(512 * 1024)
  })
})
