// Nobody outside the clinic gets an account, by any transport: a *valid* registration is refused
// over REST and GraphQL, the password-mail routes cannot be used to make the clinic's SMTP mail
// any address, and the Authenticated role is empty, so even a site-user token that somehow
// existed (minted here with the server's JWT_SECRET, as an old one would be) reads nothing extra.
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, expectRefused, graphql, marker, postJson, stack } from '../support/http'
import { nowSeconds, signJwt } from '../support/jwt'
import { staff } from '../support/staff'

const username = marker('newuser')
const email = `${username}@example.test`
const password = 'A-valid-Passw0rd-2026'
const draftTitle = marker('Draft only staff see')

beforeAll(async () => {
  const editor = await staff('editor')
  await editor.draft({ title: draftTitle })
})

const rest = (path: string, body: unknown) => postJson(`${stack().cmsUrl}${path}`, body)

describe('registration and password mail', () => {
  it('REST register with a valid body is refused', async () => {
    const result = await rest('/api/auth/local/register', { username, email, password })
    expectRefused(result)
    expect(result.text).not.toMatch(/"jwt"/)
  })

  it('GraphQL register with a valid body is refused', async () => {
    const result = await graphql('mutation ($input: UsersPermissionsRegisterInput!) { register(input: $input) { jwt user { id } } }', {
      input: { username: `${username}g`, email: `g${email}`, password },
    })
    expect(result.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(result.json.data?.register ?? null).toBeNull()
    expect(result.text).not.toMatch(/"jwt":"/)
  })

  it.each([
    ['REST login', () => rest('/api/auth/local', { identifier: email, password })],
    ['GraphQL login', () => graphql('mutation { login(input: { identifier: "' + email + '", password: "' + password + '" }) { jwt } }')],
  ])('%s as the would-be user finds no account', async (_name, attempt) => {
    const result = await attempt()
    expect(result.text).not.toMatch(/"jwt":"/)
    expect(result.status).toBeLessThan(500)
  })

  it.each([
    ['REST forgot-password', () => rest('/api/auth/forgot-password', { email: 'victim@example.test' })],
    ['REST send-email-confirmation', () => rest('/api/auth/send-email-confirmation', { email: 'victim@example.test' })],
    ['REST reset-password', () => rest('/api/auth/reset-password', { code: 'guess', password, passwordConfirmation: password })],
  ])('%s is refused', async (_name, attempt) => {
    expectRefused(await attempt())
  })

  it.each([
    ['GraphQL forgotPassword', 'mutation { forgotPassword(email: "victim@example.test") { ok } }', 'forgotPassword'],
    ['GraphQL emailConfirmation', 'mutation { emailConfirmation(confirmation: "guess") { jwt } }', 'emailConfirmation'],
    ['GraphQL resetPassword', `mutation { resetPassword(code: "guess", password: "${password}", passwordConfirmation: "${password}") { jwt } }`, 'resetPassword'],
  ])('%s is refused', async (_name, query, field) => {
    const result = await graphql(query)
    expect(result.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(result.json.data?.[field] ?? null).toBeNull()
  })

  it.each([
    ['the user list', '/api/users'],
    ['the current user', '/api/users/me'],
    ['the role list', '/api/users-permissions/roles'],
    ['the permission list', '/api/users-permissions/permissions'],
  ])('a visitor cannot read %s', async (_name, path) => {
    expectRefused(await cms(path))
  })
})

/** A site user's JWT, signed the way users-permissions signs them. */
const siteUserJwt = (id: number, secret: string) => signJwt({ id, iat: nowSeconds(), exp: nowSeconds() + 3600 }, secret)

describe('the Authenticated role holds nothing', () => {
  let jwt: string

  beforeAll(async () => {
    // The clinic's owner creates a site user by hand (the only way one can exist).
    const owner = await staff('owner')
    const roles = await owner.call('GET', '/users-permissions/roles')
    expect(roles.status, roles.text).toBe(200)
    const authenticated = roles.json.roles.find((role: { type: string }) => role.type === 'authenticated')
    const created = await owner.call('POST', '/content-manager/collection-types/plugin::users-permissions.user', {
      username: marker('siteuser'), email: `${marker('siteuser')}@example.test`, password, confirmed: true, blocked: false,
      role: { connect: [{ id: authenticated.id }] },
    })
    expect(created.status, created.text).toBeLessThan(300)
    // The users-permissions user is not draft-and-publish: the content manager answers the entry itself.
    jwt = siteUserJwt((created.json.data ?? created.json).id, stack().jwtSecret)
  })

  const asUser = (path: string) => cms(path, { headers: { authorization: `Bearer ${jwt}` } })

  it.each([
    ['their own profile', '/api/users/me'],
    ['the user list', '/api/users'],
    ['comments', '/api/comments'],
    ['consultation requests', '/api/inquiries'],
  ])('a site-user token cannot read %s', async (_name, path) => {
    expectRefused(await asUser(path))
  })

  it('a site-user token reads no drafts over REST', async () => {
    expectNothingOf(await asUser('/api/articles?status=draft'), draftTitle)
  })

  it('a site-user token reads no drafts over GraphQL', async () => {
    expectNothingOf(await graphql('{ articles(status: DRAFT) { title } }', {}, { authorization: `Bearer ${jwt}` }), draftTitle)
  })

  it('a site-user token cannot write content', async () => {
    const result = await postJson(`${stack().cmsUrl}/api/articles`, { data: { title: 'Written by a site user' } }, { authorization: `Bearer ${jwt}` })
    expectRefused(result)
  })

  it('a forged token (wrong key) is refused', async () => {
    expectRefused(await cms('/api/users/me', { headers: { authorization: `Bearer ${siteUserJwt(1, 'guessed-secret')}` } }), [401, 403])
  })
})
