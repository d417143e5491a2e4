import { startCmsProcess } from '@clinic/testing';
const cms = await startCmsProcess({ port: 41337, env: { DEMO_PASSWORD: 'Demo-password-1', LOG_LEVEL: 'warn' } });
console.log('READY', cms.url);
process.on('SIGTERM', async () => { await cms.stop(); cms.cleanup(); process.exit(0); });
setInterval(() => {}, 1e6);
