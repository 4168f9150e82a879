/**
 * A zip entry's name as text: UTF-8 when flagged (bit 11) or valid as UTF-8, else GBK, as the zip tool of a
 * Chinese Windows writes names (`市教育局.xlsx`, not `ÊÐ½ÌÓý¾Ö.xlsx`).
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a zip entry name: UTF-8 when the entry says so or when the bytes are valid UTF-8, otherwise GBK.
 * @example decodeZipName(new Uint8Array([0xca, 0xd0]), false) // '市'
 */
export function decodeZipName(raw: Uint8Array, utf8Flag: boolean): string {
  if (raw.every((b) => b < 0x80)) return new TextDecoder().decode(raw);
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    try {
      return new TextDecoder('gbk').decode(raw);
    } catch {
      // A runtime without GBK: Latin-1 keeps every byte visible rather than failing.
      return new TextDecoder('latin1').decode(raw);
    }
  }
}
