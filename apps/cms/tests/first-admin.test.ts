import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// The local default creates the first Super Admin from ADMIN_EMAIL / ADMIN_PASSWORD, so a new
// developer can log in at /admin straight away.
let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => {
  ctx = await bootCms({ seed: false, env: { ADMIN_EMAIL: 'Owner@Clinic.Local', ADMIN_PASSWORD: 'Owner-password-1', DEMO_PASSWORD: '' } });
});
afterAll(async () => { await ctx?.cms.stop(); });

describe('the first admin account', () => {
  it('is created from ADMIN_EMAIL / ADMIN_PASSWORD as the only Super Admin, and can log in', async () => {
    const res = await ctx.http().post('/admin/login').send({ email: 'owner@clinic.local', password: 'Owner-password-1' }).expect(200);
    expect(res.body.data.token).toBeTruthy();
    const users = await ctx.cms.strapi.db.query('admin::user').findMany({ populate: ['roles'] });
    expect(users).toHaveLength(1);
    expect(users[0].roles.map((r: any) => r.code)).toEqual(['strapi-super-admin']);
  });

  it('a wrong password is refused', async () => {
    const res = await ctx.http().post('/admin/login').send({ email: 'owner@clinic.local', password: 'nope' });
    expect(res.status).toBe(400);
  });

  it('no demo accounts exist when DEMO_PASSWORD is not set', async () => {
    expect(await ctx.cms.strapi.db.query('admin::user').count({ where: { email: 'author@clinic.local' } })).toBe(0);
  });

  it('registering another Super Admin through /admin/register-admin is refused', async () => {
    const res = await ctx.http().post('/admin/register-admin').send({ email: 'intruder@example.com', password: 'Intruder-password-1', firstname: 'I' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await ctx.cms.strapi.db.query('admin::user').count()).toBe(1);
  });
});
