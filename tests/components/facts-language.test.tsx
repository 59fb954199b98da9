// The popup says plainly when the fact rules (English) cannot read the article's language, naming the language.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { articleFactsLanguage, unsupportedFactsLanguage } from '../../components/facts-language';
import { articleFromText } from '../../core/article/index';
import { FactsLanguageNote } from '../../components/FactsLanguageNote';
import { useHappyDomDocument } from './happy-dom-document';

const ENGLISH = 'The council voted on Tuesday to close the bridge, the mayor said in a statement.';
const KOREAN = '서울시는 화요일 다리를 폐쇄하기로 결정했다고 시장이 성명에서 밝혔다.';
const JAPANESE = '市議会は火曜日、橋を閉鎖することを決めたと市長が声明で述べた。';
const GERMAN = 'Der Stadtrat hat am Dienstag beschlossen, die Brücke zu schließen, sagte der Bürgermeister.';
const FRENCH_PAGE =
  "Le chlorothalonil sera interdit dès 2020 en Suisse. L'Office fédéral de l'agriculture (OFAG) retire immédiatement de la circulation ce fongicide et considère la substance comme «probablement» cancérigène. Ce retrait est réalisé dans le cadre du programme de réexamen des anciens produits phytosanitaires. Une centaine de substances ont déjà été réexaminées à ce jour, précise l'OFAG jeudi dans un communiqué.";
const RUSSIAN = 'Городской совет во вторник решил закрыть мост, заявил мэр в своём заявлении.';

describe('unsupportedFactsLanguage', () => {
  it.each<[string, string | null, string, ReturnType<typeof unsupportedFactsLanguage>]>([
    ['English declared: facts shown', 'en-US', ENGLISH, null],
    ['English undeclared: Latin text gets the benefit of the doubt', null, ENGLISH, null],
    ['German declared: named', 'de', GERMAN, { name: 'German' }],
    ['Portuguese with a region subtag', 'pt_BR', 'O conselho votou.', { name: 'Portuguese' }],
    ['Korean undeclared: told by its script', null, KOREAN, { name: 'Korean' }],
    ['Japanese undeclared: kana among the Han characters', null, JAPANESE, { name: 'Japanese' }],
    ['a template default lang="en" on a Korean page', 'en', KOREAN, { name: 'Korean' }],
    ['Cyrillic undeclared: the script does not name one language', '', RUSSIAN, { name: null }],
    ['a nonsense lang attribute falls back to the text', 'x-klingon-1', ENGLISH, null],
  ])('%s', (_name, lang, text, expected) => {
    expect(unsupportedFactsLanguage(lang, text)).toEqual(expected);
  });
});

describe('articleFactsLanguage (what the popup and the sidebar ask)', () => {
  it('judges an article by the start of its text: reader comments in Korean after an English story do not count', () => {
    const article = { lang: null, textContent: `${ENGLISH} `.repeat(40) + KOREAN.repeat(60) };
    expect(articleFactsLanguage(article, 'en')).toBeNull();
  });

  it('names French on a French page declared "en": the article’s language comes from its text', () => {
    // tdg.ch/suisse/berne-interdit-chlorothalonil/story/18348200, given the template default lang="en".
    const text = `Berne interdit le chlorothalonil\n\n${FRENCH_PAGE}`;
    const { article } = articleFromText(text, { url: 'https://www.tdg.ch/suisse/', lang: 'en' });
    expect(article && articleFactsLanguage(article, 'en')).toEqual({ name: 'French' });
  });

  it('names an undeclared Korean article in the reader’s language', () => {
    expect(articleFactsLanguage({ lang: null, textContent: KOREAN }, 'en')).toEqual({ name: 'Korean' });
    expect(articleFactsLanguage({ lang: null, textContent: KOREAN }, 'de')).toEqual({ name: 'Koreanisch' });
  });
});

describe('FactsLanguageNote', () => {
  const { mountHost } = useHappyDomDocument();

  it('names the language (the message key stands in for the catalogue outside the extension)', () => {
    const host = mountHost();
    render(<FactsLanguageNote language={{ name: 'Korean' }} />, host);
    const note = host.querySelector('[data-testid="facts-language"]');
    expect(note?.textContent).toBe('factsLanguageUnsupported Korean');
  });

  it('says "this language" when it cannot name it', () => {
    const host = mountHost();
    render(<FactsLanguageNote language={{ name: null }} />, host);
    expect(host.textContent).toBe('factsLanguageUnknown');
  });
});
