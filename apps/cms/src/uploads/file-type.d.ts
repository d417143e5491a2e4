// file-type is ESM with an `exports` map, which this project's `moduleResolution: Node` cannot
// read; this is the one function the CMS uses (Node >= 22 loads the package with require()).
declare module 'file-type' {
  export function fileTypeFromFile(path: string): Promise<{ ext: string; mime: string } | undefined>;
}
