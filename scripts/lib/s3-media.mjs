// The media bucket of a CMS that stores uploads in S3 (S3_BUCKET, apps/cms/config/plugins.ts), for
// `pnpm backup` / `pnpm restore`. Strapi's export cannot carry these: it fetches each non-local
// file at its stored URL, and ours are relative (/uploads/…, served through the proxies), so
// the objects are copied with the AWS SDK the upload provider already brings (@aws-sdk/client-s3).
import { createReadStream, createWriteStream, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

function s3Of(env, cmsDir) {
  const provider = createRequire(join(cmsDir, 'package.json')).resolve('@strapi/provider-upload-aws-s3/package.json');
  const { S3Client, ListObjectsV2Command, GetObjectCommand, PutObjectCommand } = createRequire(provider)('@aws-sdk/client-s3');
  const client = new S3Client({
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
    region: env.S3_REGION ?? 'us-east-1',
    endpoint: env.S3_ENDPOINT || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { client, ListObjectsV2Command, GetObjectCommand, PutObjectCommand, Bucket: env.S3_BUCKET, prefix: env.S3_ROOT_PATH ?? '' };
}

/** Copies every object under the upload prefix into `dir` (key = path); returns { key: content type }. */
export async function downloadMedia(env, cmsDir, dir) {
  const { client, ListObjectsV2Command, GetObjectCommand, Bucket, prefix } = s3Of(env, cmsDir);
  const types = {};
  let ContinuationToken;
  try {
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }));
      for (const { Key } of page.Contents ?? []) {
        if (!Key || Key.endsWith('/') || Key.split('/').includes('..')) continue;
        const target = join(dir, ...Key.split('/'));
        mkdirSync(dirname(target), { recursive: true });
        const object = await client.send(new GetObjectCommand({ Bucket, Key }));
        await pipeline(object.Body, createWriteStream(target));
        types[Key] = object.ContentType ?? 'application/octet-stream';
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  } finally {
    client.destroy();
  }
  return types;
}

/** Puts every file under `dir` back into the bucket under its path (`types`: key → content type); returns how many. */
export async function uploadMedia(env, cmsDir, dir, types = {}) {
  const { client, PutObjectCommand, Bucket } = s3Of(env, cmsDir);
  const files = [];
  const visit = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) visit(full);
      else files.push(full);
    }
  };
  visit(dir);
  try {
    for (const file of files) {
      const Key = relative(dir, file).split(sep).join('/');
      await client.send(new PutObjectCommand({ Bucket, Key, Body: createReadStream(file), ContentLength: statSync(file).size, ContentType: types[Key] }));
    }
  } finally {
    client.destroy();
  }
  return files.length;
}
