// Images from the CMS are served through this site's own /uploads/** proxy
// (server/routes/uploads/[...path].get.ts), so the browser never contacts the CMS and the CSP can
// stay at img-src 'self'.

export interface ImageFormat {
  url: string
  width: number
  height: number
}

export interface ImageLike {
  url: string
  alternativeText?: string | null
  width?: number | null
  height?: number | null
  formats?: Partial<Record<string, ImageFormat>> | null
}

/** The site-relative path of a CMS upload ('/uploads/x.jpg'), or undefined if it is not one. */
export function uploadPath(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  if (url.startsWith('/uploads/')) return url
  // An absolute URL that points at the CMS's uploads folder: keep the path, drop the CMS host.
  const match = /^https?:\/\/[^/]+(\/uploads\/[^?#]+)/.exec(url)
  return match?.[1]
}

/** srcset from the sizes Strapi made (thumbnail is skipped: it is cropped for the admin) plus the original. */
export function imageSrcset(image: ImageLike): string | undefined {
  const candidates: ImageFormat[] = []
  for (const [name, format] of Object.entries(image.formats ?? {})) {
    if (name !== 'thumbnail' && format?.url && format.width) candidates.push(format)
  }
  if (image.width) candidates.push({ url: image.url, width: image.width, height: image.height ?? 0 })
  const entries = candidates
    .map((format) => ({ path: uploadPath(format.url), width: format.width }))
    .filter((entry): entry is { path: string; width: number } => !!entry.path)
    .sort((a, b) => a.width - b.width)
  const unique = entries.filter((entry, index) => index === 0 || entry.width !== entries[index - 1]!.width)
  return unique.length > 1 ? unique.map((entry) => `${entry.path} ${entry.width}w`).join(', ') : undefined
}

/** The smallest Strapi size at least `minWidth` wide, else the original: for cards and og:image. */
export function imageAtLeast(image: ImageLike, minWidth: number): ImageFormat | undefined {
  const sizes = Object.values(image.formats ?? {})
    .filter((format): format is ImageFormat => !!format?.url && !!format.width)
    .sort((a, b) => a.width - b.width)
  const fit = sizes.find((format) => format.width >= minWidth)
  if (fit) return fit
  return image.width ? { url: image.url, width: image.width, height: image.height ?? 0 } : sizes.at(-1)
}
