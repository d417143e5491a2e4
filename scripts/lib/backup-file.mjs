// The backup file: one archive (Strapi's export, plus the media when they live in S3), encrypted
// with AES-256-GCM under a key derived from BACKUP_ENCRYPTION_KEY with scrypt (node:crypto).
// GCM also authenticates: a wrong key or a changed byte is refused, never half-restored.
// Layout: MAGIC, 16 bytes of salt, 12 bytes of IV, the ciphertext, the 16-byte tag.
// (Strapi's own `--key` encryption is aes-128-ecb, which shows repeated blocks; the export inside
// is made with --no-encrypt and this layer is the encryption.)
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { createReadStream, createWriteStream, openSync, readSync, closeSync, statSync, writeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const MAGIC = Buffer.from('CLINIC-BACKUP-1\n');
const SALT = 16;
const IV = 12;
const TAG = 16;

const keyFrom = (secret, salt) => scryptSync(secret, salt, 32);

/** True when `file` is in this format (older backups are Strapi's own .tar.gz.enc). */
export function isClinicBackup(file) {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

export async function encryptFile(source, target, secret) {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret, salt), iv);
  const fd = openSync(target, 'w', 0o600);
  writeSync(fd, Buffer.concat([MAGIC, salt, iv]));
  await pipeline(createReadStream(source), cipher, createWriteStream(null, { fd, autoClose: false }));
  writeSync(fd, cipher.getAuthTag());
  closeSync(fd);
}

/** Decrypts `source` into `target`; rejects (and `target` must not be used) on a wrong key. */
export async function decryptFile(source, target, secret) {
  const size = statSync(source).size;
  if (size < MAGIC.length + SALT + IV + TAG) throw new Error('The backup file is cut short.');
  const fd = openSync(source, 'r');
  const header = Buffer.alloc(MAGIC.length + SALT + IV);
  const tag = Buffer.alloc(TAG);
  readSync(fd, header, 0, header.length, 0);
  readSync(fd, tag, 0, TAG, size - TAG);
  closeSync(fd);
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT);
  const iv = header.subarray(MAGIC.length + SALT);
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret, salt), iv);
  decipher.setAuthTag(tag);
  try {
    await pipeline(createReadStream(source, { start: header.length, end: size - TAG - 1 }), decipher, createWriteStream(target, { mode: 0o600 }));
  } catch {
    throw new Error('The backup cannot be opened with this BACKUP_ENCRYPTION_KEY (or the file was changed).');
  }
}
