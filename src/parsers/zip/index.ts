/** The zip guard shared by the Office parsers (DOCX, XLSX): inflate under limits before any library reads the package. */
export { inflateZip, inflateZipEntry, type InflatedZip, type ZipFormat, type ZipLimits } from './guard.js';
