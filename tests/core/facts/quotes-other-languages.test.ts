// Quotes in other languages' own marks, with their speakers where the reporting clause follows the language's
// usual shape: « … », a déclaré X (French); „…“, sagte X and X sagte: „…“ (German); Xは「…」と述べた (Japanese).
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import type { Block } from '../../../core/types';

const p = (text: string): Block => ({
  type: 'p',
  text,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
});

const cases: Record<string, { paras: string[]; text: string; speaker: string | null }> = {
  'French guillemets, verb then speaker': {
    paras: [
      'Le président Emmanuel Macron a parlé lundi à Paris.',
      '« Nous allons gagner cette bataille ensemble », a déclaré Emmanuel Macron.',
    ],
    text: 'Nous allons gagner cette bataille ensemble',
    speaker: 'Emmanuel Macron',
  },
  'French guillemets, an unnamed official keeps the description': {
    paras: [
      'Les syndicats ont manifesté dans toute la France.',
      '« Nous ne céderons rien du tout », a dit le ministre.',
    ],
    text: 'Nous ne céderons rien du tout',
    speaker: 'le ministre',
  },
  'German low-high marks, verb then speaker': {
    paras: [
      'Bundeskanzlerin Angela Merkel sprach am Montag in Berlin.',
      '„Wir schaffen das auf jeden Fall“, sagte Angela Merkel.',
    ],
    text: 'Wir schaffen das auf jeden Fall',
    speaker: 'Angela Merkel',
  },
  'German speaker then colon, the paragraph closing on “': {
    paras: ['Angela Merkel sagte am Montag in Berlin: „Wir schaffen das auf jeden Fall.“'],
    text: 'Wir schaffen das auf jeden Fall.',
    speaker: 'Angela Merkel',
  },
  'French inverted pronoun: « … », a-t-il déclaré': {
    paras: [
      'Le président Emmanuel Macron a parlé lundi à Paris.',
      'La réforme divise. « Nous irons jusqu’au bout de cette réforme », a-t-il déclaré.',
    ],
    text: 'Nous irons jusqu’au bout de cette réforme',
    speaker: 'Emmanuel Macron',
  },
  'French “selon X” (according to X)': {
    paras: ['Le budget est prêt. « La croissance sera au rendez-vous cette année », selon Bruno Le Maire.'],
    text: 'La croissance sera au rendez-vous cette année',
    speaker: 'Bruno Le Maire',
  },
  'German pronoun after the verb: „…“, sagte sie (not the weekday after it)': {
    paras: [
      'Angela Merkel sprach in Berlin vor der Presse.',
      'Die Lage ist ernst. „Wir werden das gemeinsam schaffen“, sagte sie am Montag.',
    ],
    text: 'Wir werden das gemeinsam schaffen',
    speaker: 'Angela Merkel',
  },
  'German reversed guillemets »…«': {
    paras: ['Der Plan steht. »Wir werden das gemeinsam schaffen«, sagte Olaf Scholz.'],
    text: 'Wir werden das gemeinsam schaffen',
    speaker: 'Olaf Scholz',
  },
  'Spanish «…», dijo X': {
    paras: ['El país espera. «Vamos a ganar estas elecciones generales», dijo Pedro Sánchez.'],
    text: 'Vamos a ganar estas elecciones generales',
    speaker: 'Pedro Sánchez',
  },
  'Italian «…», ha detto X': {
    paras: ['Il voto è vicino. «Il governo durerà cinque anni interi», ha detto Giorgia Meloni.'],
    text: 'Il governo durerà cinque anni interi',
    speaker: 'Giorgia Meloni',
  },
  'near miss: a French pronoun with nobody named before is no speaker': {
    paras: ['La réforme divise. « Nous irons jusqu’au bout de cette réforme », a-t-il déclaré.'],
    text: 'Nous irons jusqu’au bout de cette réforme',
    speaker: null,
  },
  'near miss: » closing a French quote does not open one': {
    paras: ['« Nous verrons bien », dit-elle » à demi-mot.'],
    text: 'Nous verrons bien',
    speaker: null,
  },
  'Japanese corner brackets, subject marked by は': {
    paras: ['安倍晋三首相は「経済の再生に全力で取り組む」と述べた。'],
    text: '経済の再生に全力で取り組む',
    speaker: '安倍晋三首相',
  },
  'Japanese near miss: a bracketed title with no reporting verb has no speaker': {
    paras: ['首相は「未来への投資」という報告書を読んで、会議に出席した。'],
    text: '未来への投資',
    speaker: null,
  },
};

describe('quotes in other languages', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const x = extractKeyItems({ title: 'Story', blocks: c.paras.map(p) });
      const q = x.quotes.find((q) => q.text === c.text);
      expect(q, `quote “${c.text}” found`).toBeDefined();
      expect(q!.speaker).toBe(c.speaker);
    });
  }
});
