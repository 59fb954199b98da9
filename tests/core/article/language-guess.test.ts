// The article's language from its text: real passages of real pages in each language the guess knows, the page
// declared "en" whose text is German (a template's default), and the near misses that must keep the declaration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/article/index';
import { articleLanguage, FUNCTION_WORDS, guessLanguage } from '../../../core/article/language-guess';
import { extractKeyItems } from '../../../core/facts/index';
import type { Article } from '../../../core/types';
import { parseHtml, type ParsedPage } from '../../../scripts/lib/parse-html';

/** Openings of trafilatura evaluation pages (the page each comes from is named beside it). */
const PASSAGES = {
  // mitvergnuegen.com/2022/ausflug-herbst-um-berlin/ (declares lang="en")
  de: 'Zugegeben, wir vermissen den Sommer auch schon wieder, dabei gibt es genügend Dinge, für die wir dem Herbst wirklich dankbar sein können: Zum Beispiel leckere Kürbisgerichte und ungemütliche Tage, die man entspannt in der Sauna verbringen kann oder bunte Wälder für stundenlange Spaziergänge in der Natur. Mit etwas Glück werdet ihr nicht nur mit Sonnenstrahlen, sondern auch noch spontanen Pilzfunden belohnt.',
  // tdg.ch/suisse/berne-interdit-chlorothalonil/story/18348200 (declares nothing)
  fr: "Le chlorothalonil sera interdit dès 2020 en Suisse. L'Office fédéral de l'agriculture (OFAG) retire immédiatement de la circulation ce fongicide et considère la substance comme «probablement» cancérigène. Ce retrait est réalisé dans le cadre du programme de réexamen des anciens produits phytosanitaires. Une centaine de substances ont déjà été réexaminées à ce jour, précise l'OFAG jeudi dans un communiqué.",
  // elpais.com/elpais/2020/02/18/ciencia/1582045946_459487.html
  es: 'Que en la Antártida se registren temperaturas de más de 20 grados y haga tiempo de estar en camiseta no tiene por qué deberse al cambio climático. El continente helado sigue siendo un lugar tan remoto e inaccesible para la inmensa mayoría de personas que se tiende a verlo como un todo y a olvidar que se trata de un descomunal territorio dos veces más grande que Australia, con climas y temperaturas tan diferentes entre la costa y el interior, entre el este y el oeste, que bien podría tratarse de continentes diferentes.',
  // parcoabruzzo.it/dettaglio.php?id=58354
  it: "Sono almeno 9 le femmine di orso marsicano che si sono riprodotte nel 2019 nel Parco Nazionale d'Abruzzo Lazio e Molise e 16 i cuccioli contati. Quelli di quest'anno sono i valori massimi osservati nei 14 anni di monitoraggio delle femmine con i cuccioli, ovvero da quando il Parco ha avviato questa attività di monitoraggio, attuata ogni anno in collaborazione con i Carabinieri Forestali, altre Istituzioni e volontari e realizzata con più sessioni di osservazioni in contemporanea, verifica di segnalazioni occasionali e fototrappolaggio.",
  // campograndenews.com.br/cidades/interior/adolescente-encontrada-morta-em-vala-estava-gravida-de-3-meses-confirma-irma
  pt: 'O mistério em torno da morte da adolescente Luana Yasmin Gonçalves da Silva, de 15 anos, ganhou um elemento ainda mais intrigante. Conforme a irmã da vítima, Luana estava grávida de 3 meses, mas a gestação, supostamente, estava sendo mantida em "segredo". "Eu mesma que comprei o teste de gravidez para ela fazer e deu positivo na minha frente", diz a garota em áudio adquirido pela polícia.',
  // phys.org/news/2019-10-flint-flake-tool-partially-birch.html (declares nothing)
  en: 'A team of researchers affiliated with several institutions in The Netherlands has found evidence in small a cutting tool of Neanderthals using birch tar. In their paper published in Proceedings of the National Academy of Sciences, the group describes the tool and what it revealed about Neanderthal technology. Prior work has turned up evidence of Neanderthals using birch tar to fashion various kinds of tools, most of which involved hafting sharpened stones to wooden handles.',
  // wsieciprawdy.pl/sieci-ipn-czyli-element-infrastruktury-krytycznej-pnews-4715.html: a language the guess does not know
  pl: 'Zadania Instytutu Pamięci Narodowej zawsze wykraczały poza sferę klasycznej działalności naukowej. Opisanie czasów komunizmu z mechanizmami działania systemu, które uznano za istotne przy tworzeniu Ustawy o IPN, wcale nie okazało się najważniejsze. Niezwykle ważne stało się odtworzenie losów wielu mniej znaczących ludzi Solidarności, a także tych, którzy walczyli zbrojnie z komunistami w początkach PRL – czytamy w artykule Piotra Gontarczyka na łamach nowego wydania tygodnika „Sieci”.',
};

/** berkutschi.com/de/front/news/10759-marius-lindvik-gewinnt-in-willingen: German, declared lang="en". */
const SKI_JUMPING = [
  'Der Norweger Marius Lindvik hat den abschließenden Wettkampf des Wochenende in Willingen gewonnen. Lindvik setzte sich auf der HS 147 Meter Mühlenkopfschanze von Willingen vor Karl Geiger (GER) und dem Slowenen Cene Prevc durch. Karl Geiger holte sich mit dem zweiten Platz die Weltcupführung von Ryoyu Kobayashi zurück.',
  'Der Weltcup der Skispringer bleibt extrem spannend. Karl Geiger hat sich mit mit dem zweiten Platz in der Tageswertung von Willingen das Gelbe Trikot zurück erobert, das er am Samstag an den Japaner Ryoyu Kobayashi verloren hatte: „Das war ein absolut cooler Wettkampf heute, ich hatte zwei gute Sprünge. Gestern habe ich mit den Verhältnissen gehadert, aber Skispringen ist ein Outdoor-Sport, das passt schon. Ich bin absolut zufrieden mit meinem zweiten Patz,“ erklärte Geiger der im Gesamtweltcup jetzt 3 Punkte Vorsprung (1189 Geiger, 1186 Kobayashi) vor Kobayashi hat. Kobayashi hatte zwar mit einem fulminanten Finalsprung noch deutlich aufgeholt, den Verlust des Gelben Trikots konnte der Japaner, der auf Platz vier landete aber nicht verhindern.',
  'Tagessieger Lindvik resümierte nach dem Wettkampf: „Das war heute ein richtig schwerer Wettkampf für die Jury, aber ich denke sie haben einen guten Job gemacht. Bei den jetzt beginnenden Olympischen Spielen eine Medaille zu gewinnen wäre ein Traum. Ich werde weiter hart arbeiten und dann werden wir sehen“. Für Lindvik war es der insgesamt sechste Weltcupsieg, der dritte in der laufenden Saison. Mit seinem erfolg gehört Lindvik zu den Top-Favoriten auf Olympisches Gold in Peking.',
];

describe('guessLanguage', () => {
  it.each([
    ['German', PASSAGES.de, 'de'],
    ['French', PASSAGES.fr, 'fr'],
    ['Spanish', PASSAGES.es, 'es'],
    ['Italian', PASSAGES.it, 'it'],
    ['Portuguese', PASSAGES.pt, 'pt'],
    ['English', PASSAGES.en, 'en'],
    ['German news with quotations', SKI_JUMPING.join('\n\n'), 'de'],
  ])('%s', (_name, text, lang) => expect(guessLanguage(text)).toBe(lang));

  it.each([
    ['Polish, a language it does not know (its "na", "do" are no reason to say Portuguese)', PASSAGES.pl],
    ['a single sentence is too short to tell', 'Der Weltcup der Skispringer bleibt extrem spannend.'],
    ['half German, half English: no wide margin', `${PASSAGES.de} ${PASSAGES.en}`],
    ['Korean script', '서울시는 화요일 다리를 폐쇄하기로 결정했다고 시장이 성명에서 밝혔다. '.repeat(10)],
  ])('no guess: %s', (_name, text) => expect(guessLanguage(text)).toBeNull());

  it('counts each listed word for one language only', () => {
    const seen = new Map<string, string>();
    for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
      for (const w of words.split(' ')) {
        expect(seen.get(w), `${w} is listed for ${seen.get(w)} and ${lang}`).toBeUndefined();
        seen.set(w, lang);
      }
    }
  });
});

describe('articleLanguage', () => {
  it.each<[string, string | null, string, string | null]>([
    ['a template default lang="en" on a German page: the text wins', 'en', PASSAGES.de, 'de'],
    ['an undeclared French page: the guess', null, PASSAGES.fr, 'fr'],
    ['the guess agrees: the declared value is kept as written', 'en-GB', PASSAGES.en, 'en-GB'],
    ['a region subtag agrees with its primary language', 'pt_BR', PASSAGES.pt, 'pt_BR'],
    ['short text keeps the declaration', 'de', 'Der Weltcup der Skispringer bleibt extrem spannend.', 'de'],
    ['an unsure guess keeps the declaration', 'pl', PASSAGES.pl, 'pl'],
    ['an unsure guess keeps even a wrong-looking one', 'en', PASSAGES.pl, 'en'],
    ['nothing declared, nothing sure', null, 'Kurz.', null],
  ])('%s', (_name, declared, text, lang) => expect(articleLanguage(declared, text)).toBe(lang));
});

describe('a page declared lang="en" whose text is German', () => {
  let page: ParsedPage;
  let article: Article;
  beforeAll(() => {
    const body = SKI_JUMPING.map((p) => `<p>${p}</p>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Marius Lindvik gewinnt in Willingen</title></head><body><article><h1>Marius Lindvik gewinnt in Willingen</h1>${body}</article></body></html>`;
    page = parseHtml(html, 'https://berkutschi.com/de/front/news/10759-marius-lindvik-gewinnt-in-willingen');
    const result = extractArticle(page.document, { url: 'https://berkutschi.com/de/front/news/10759' });
    if (!result.article) throw new Error(`no article: ${result.reason}`);
    article = result.article;
  });
  afterAll(() => page.close());

  it('is German, and says what the page declared', () => {
    expect(article.lang).toBe('de');
    expect(article.declaredLang).toBe('en');
  });

  it('gets the German speaker rules: the speaker is the name, not "Tagessieger Lindvik"', () => {
    const quotes = extractKeyItems({ title: article.title, blocks: article.blocks, lang: article.lang }).quotes;
    const said = quotes.find((q) => q.text.startsWith('Das war heute ein richtig schwerer Wettkampf'));
    expect(said?.speaker).toBe('Marius Lindvik');
  });
});
