/**
 * The Office display language, read through an injectable getter: error messages are English under an English
 * Excel, Chinese otherwise (and when the runtime does not say). Function values never depend on it.
 */

/** The two languages the functions speak. */
export type FunctionLanguage = 'zh' | 'en';

export type DisplayLanguageGetter = () => string | undefined;

/** `Office.context.displayLanguage` where the runtime provides it (e.g. `en-US`, `zh-CN`); undefined elsewhere. */
export function officeDisplayLanguage(): string | undefined {
  try {
    if (typeof Office === 'undefined') return undefined;
    // Office.context is undefined in the JS-only functions runtime on some hosts, despite its type.
    const context = Office.context as Office.Context | undefined;
    const language: unknown = context?.displayLanguage;
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}

let getter: DisplayLanguageGetter = officeDisplayLanguage;

/** Replaces the language getter (tests); pass nothing to restore the Office one. */
export function setDisplayLanguageGetter(next?: DisplayLanguageGetter): void {
  getter = next ?? officeDisplayLanguage;
}

/** `en` for any `en-*` display language, `zh` otherwise (including when it is unknown). */
export function functionLanguage(): FunctionLanguage {
  let tag: string | undefined;
  try {
    tag = getter();
  } catch {
    tag = undefined;
  }
  return typeof tag === 'string' && /^en(?:$|[-_])/i.test(tag.trim()) ? 'en' : 'zh';
}
