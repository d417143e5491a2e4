// The only files the media library accepts and serves inline: pictures a browser shows and
// never runs. SVG is left out on purpose (it can carry scripts).
export const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/gif': '.gif',
};
export const IMAGE_TYPES = Object.keys(IMAGE_EXTENSIONS);
