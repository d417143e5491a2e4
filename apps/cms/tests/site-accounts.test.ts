import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// The site has no visitor accounts, by any transport. A real site user exists here (as one
// might after an old setting), so a reset mail or a sign-in would really happen if a door
// were open; the e-mail service is watched (and still runs) to prove nothing is sent.
let ctx: Awaited<ReturnType<typeof bootCms>>;
let mailsSent = 0;
const USER = { username: 'existing', email: 'existing@example.com', password: 'Existing-password-1' };
const NEW_USER = { username: 'newcomer', email: 'newcomer@example.com', password: 'Valid-password-1' };

beforeAll(async () => {
  ctx = await bootCms({ seed: false });
  const strapi = ctx.cms.strapi;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await strapi.plugin('users-permissions').service('user').add({ ...USER, provider: 'local', confirmed: true, blocked: false, role: role.id });
  const email = strapi.plugin('email').service('email');
  const send = email.send.bind(email);
  email.send = async (...args: unknown[]) => { mailsSent += 1; return send(...args); };
});
afterAll(async () => { await ctx?.cms.stop(); });

const users = () => ctx.cms.strapi.db.query('plugin::users-permissions.user').count();

describe('nobody can create an account', () => {
  it('a valid registration over REST is refused and creates no user', async () => {
    const before = await users();
    const res = await ctx.http().post('/api/auth/local/register').send(NEW_USER);
    expect(res.status).toBe(403);
    expect(res.body.jwt).toBeUndefined();
    expect(await users()).toBe(before);
  });

  it('a valid registration over GraphQL is refused with a plain message and creates no user', async () => {
    const before = await users();
    const res = await ctx.graphql(`mutation($input: UsersPermissionsRegisterInput!) { register(input: $input) { jwt user { id } } }`, { input: NEW_USER });
    expect(res.body.data?.register ?? null).toBeNull();
    expect(res.body.errors[0].message).toMatch(/no visitor accounts/);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await users()).toBe(before);
  });

  it('registration is switched off in the users-permissions settings, and every sign-in provider too', async () => {
    const settings = ctx.cms.strapi.store({ type: 'plugin', name: 'users-permissions' });
    expect(await settings.get({ key: 'advanced' })).toMatchObject({ allow_register: false, email_confirmation: false });
    const grant = (await settings.get({ key: 'grant' })) as Record<string, { enabled: boolean }>;
    expect(Object.keys(grant)).toContain('email');
    expect(Object.values(grant).every((provider) => provider.enabled === false)).toBe(true);
  });
});

describe('no password mail and no sign-in', () => {
  it('forgotPassword for an existing user sends no mail, over GraphQL or REST', async () => {
    const graphql = await ctx.graphql('mutation { forgotPassword(email: "existing@example.com") { ok } }');
    expect(graphql.body.data?.forgotPassword ?? null).toBeNull();
    expect(graphql.body.errors[0].message).toMatch(/no visitor accounts/);
    const rest = await ctx.http().post('/api/auth/forgot-password').send({ email: USER.email });
    expect(rest.status).toBe(403);
    const confirmation = await ctx.http().post('/api/auth/send-email-confirmation').send({ email: USER.email });
    expect(confirmation.status).toBe(403);
    expect(mailsSent).toBe(0);
  });

  it.each([
    ['login with the right password', 'mutation { login(input: { identifier: "existing@example.com", password: "Existing-password-1" }) { jwt } }'],
    ['resetPassword', 'mutation { resetPassword(code: "x", password: "Another-password-1", passwordConfirmation: "Another-password-1") { jwt } }'],
    ['changePassword', 'mutation { changePassword(currentPassword: "Existing-password-1", password: "Another-password-1", passwordConfirmation: "Another-password-1") { jwt } }'],
    ['emailConfirmation', 'mutation { emailConfirmation(confirmation: "x") { jwt } }'],
  ])('GraphQL %s is refused', async (_name, mutation) => {
    const res = await ctx.graphql(mutation);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(Object.values(res.body.data ?? {}).every((value) => value === null)).toBe(true);
  });

  it.each([
    ['post', '/api/auth/local'],
    ['post', '/api/auth/reset-password'],
    ['post', '/api/auth/change-password'],
    ['get', '/api/auth/email-confirmation?confirmation=x'],
    ['get', '/api/connect/github'],
    ['get', '/api/connect/email'],
  ] as const)('REST %s %s is refused', async (method, path) => {
    const res = await ctx.http()[method](path).send({ identifier: USER.email, password: USER.password });
    expect([401, 403]).toContain(res.status);
    expect(res.body.jwt).toBeUndefined();
  });

  it('the Authenticated role holds no permission: a signed-in site user could do nothing', async () => {
    const role = await ctx.cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' }, populate: ['permissions'] });
    expect(role.permissions).toEqual([]);
    const user = await ctx.cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: USER.email } });
    const jwt = ctx.cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    for (const path of ['/api/users/me', '/api/users', '/api/upload/files']) {
      const res = await ctx.http().get(path).set('Authorization', `Bearer ${jwt}`);
      expect([401, 403]).toContain(res.status);
    }
    const me = await ctx.graphql('{ me { id email } }', {}, jwt);
    expect(me.body.data?.me ?? null).toBeNull();
  });
});
