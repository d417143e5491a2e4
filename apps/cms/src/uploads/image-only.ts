import { extname } from 'node:path';
import { errors } from '@strapi/utils';
import { IMAGE_EXTENSIONS } from './image-types';

// Uploads must never be active content on the admin's origin: an HTML, JavaScript or SVG file
// served from the CMS runs with the admin's rights. Strapi's own check (plugin.upload.security)
// falls back to the file's name when its content says nothing (plain text, HTML), so a page
// named photo.png passes it. Here the content alone decides (file-type reads the magic bytes),
// and the stored name gets the extension of what the file really is.

type IncomingFile = { filepath?: string; path?: string; originalFilename?: string | null; name?: string; mimetype?: string | null; type?: string };

export const PICTURES_ONLY = 'Only pictures can be uploaded: JPEG, PNG, WebP, AVIF or GIF (SVG is not accepted). The file’s content is checked, not its name.';

export async function detectImageType(filepath: string): Promise<string | null> {
  const { fileTypeFromFile } = await import('file-type');
  const detected = await fileTypeFromFile(filepath);
  return detected && IMAGE_EXTENSIONS[detected.mime] ? detected.mime : null;
}

/** Throws a plain 400 unless the file is a picture; renames it to its real extension. */
export async function assertImageFile(file: IncomingFile) {
  const filepath = file.filepath ?? file.path;
  const name = file.originalFilename ?? file.name ?? 'the file';
  const mime = filepath ? await detectImageType(filepath) : null;
  if (!mime) throw new errors.ValidationError(`“${name}” was not uploaded. ${PICTURES_ONLY}`);
  const ext = IMAGE_EXTENSIONS[mime];
  const base = name.slice(0, name.length - extname(name).length) || 'image';
  file.originalFilename = `${base}${ext === '.jpg' && /\.jpe?g$/i.test(name) ? extname(name) : ext}`;
  file.mimetype = mime;
}

export async function assertImageFiles(files: IncomingFile | IncomingFile[] | undefined) {
  for (const file of [files ?? []].flat()) await assertImageFile(file);
}
