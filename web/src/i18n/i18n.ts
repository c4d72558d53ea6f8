import { en } from './en';
import { zhCN } from './zh-CN';

export type Lang = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;
export type Catalog = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

export const languages: readonly Lang[] = ['zh-CN', 'en'];
export const defaultLang: Lang = 'zh-CN';
export const catalogs: Record<Lang, Catalog> = { 'zh-CN': zhCN, en };

const storageKey = 'graduatefair.lang';

/** The language chosen earlier on this browser, or Simplified Chinese. */
export function storedLang(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Lang {
  const value = storage?.getItem(storageKey);
  return value === 'en' || value === 'zh-CN' ? value : defaultLang;
}

export function storeLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(storageKey, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The message for key in lang, with {name} placeholders replaced from params. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogs[lang][key];
  if (!params) {
    return template;
  }

  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole);
}

/** The placeholder names used in a message, sorted: both catalogs must agree on them. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map(match => match[1] ?? '').sort();
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
