import { type Catalog, mergeCatalogs } from '../catalog-files.ts';

/** Every namespace's messages in this language: one chunk, loaded when the language is chosen. */
const files = import.meta.glob<Catalog>('../catalogs/*/en.json', { eager: true, import: 'default' });
export default mergeCatalogs(files).en ?? {};
