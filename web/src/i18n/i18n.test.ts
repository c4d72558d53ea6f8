import { describe, expect, it } from 'vitest';
import { en } from './en';
import { catalogs, placeholders, storedLang, translate } from './i18n';
import { zhCN } from './zh-CN';

describe('message catalogs', () => {
  it('zh-CN and en have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('every message uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(zhCN).filter(key => {
      const k = key as keyof typeof zhCN;
      return placeholders(zhCN[k]).join() !== placeholders(en[k]).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('no message is empty', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(Object.entries(catalog).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });
});

describe('translate', () => {
  it('fills placeholders from params', () => {
    expect(translate('en', 'queue.positionValue', { position: 3 })).toBe('No. 3');
    expect(translate('zh-CN', 'queue.positionValue', { position: 3 })).toBe('第 3 位');
  });

  it('leaves a placeholder without a param as written', () => {
    expect(translate('en', 'queue.positionValue')).toBe('No. {position}');
  });
});

describe('stored language', () => {
  it('is Simplified Chinese when nothing was chosen', () => {
    expect(storedLang({ getItem: () => null })).toBe('zh-CN');
  });

  it('is the language chosen earlier', () => {
    expect(storedLang({ getItem: () => 'en' })).toBe('en');
  });

  it('ignores an unknown stored value', () => {
    expect(storedLang({ getItem: () => 'fr' })).toBe('zh-CN');
  });
});
