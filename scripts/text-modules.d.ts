// esbuild bundles these data files as strings (see scripts/build.mjs), so the core
// reads its bundled policy and lexicons without touching the file system.
declare module "*.tsv" {
  const text: string;
  export default text;
}
declare module "*.yaml" {
  const text: string;
  export default text;
}
