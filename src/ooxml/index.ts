/** Reading Office Open XML packages bounded: the zip checked by structure first, then only the parts needed. */
export { decodeZipName } from './decodeZipName';
export { inflateEntry, type InflateResult } from './inflateEntry';
export { normaliseZipName, scanZip, type ScanZipOptions, type ZipRecord, type ZipScan } from './scanZip';
export { zipAltered, type ZipAlteration, type ZipRefusal } from './zipRefusal';
export { countStartTags, type XmlShape, type XmlShapeLimits } from './countStartTags';
