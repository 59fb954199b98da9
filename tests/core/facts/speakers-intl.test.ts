// Speakers on German, French and Spanish pages (core/facts/speakers-intl.ts): real sentences from the dev half of
// tests/fixtures/quotes-intl. No speaker rather than a description's capitalised noun or a sentence's first word.
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts';

const speakers = (lang: string, ...paras: string[]): Array<[string, string | null]> =>
  extractKeyItems({ title: 'T', blocks: paras.map((text) => ({ type: 'p', text })), lang } as never).quotes.map((q) => [
    q.text.split(/\s+/).slice(0, 3).join(' '),
    q.speaker,
  ]);

describe('speakers on German pages', () => {
  it('reads "sagt Name" after the quote and "Name weiß:" before it', () => {
    expect(
      speakers(
        'de',
        '«Wenn Ökosysteme zerstört werden, sehen wir häufig eine Einengung auf bestimmte Viren», sagt Jonas Schmidt-Chanasit vom Bernhard-Nocht-Institut für Tropenmedizin in Hamburg. Damit steige die Übertragungswahrscheinlichkeit auf den Menschen.',
        'Eine Gegenstrategie ist, unbekannte Erreger aktiv zu durchleuchten. «Die Dunkelziffer ist enorm, wir sprechen von Millionen von Viren», sagt Schmidt-Chanasit.',
      ),
    ).toEqual([
      ['Wenn Ökosysteme zerstört', 'Jonas Schmidt-Chanasit'],
      ['Die Dunkelziffer ist', 'Jonas Schmidt-Chanasit'],
    ]);
  });

  it('gives a description no speaker: "sagt der Virologe", "Ein langjähriger Freund sagte Ihnen"', () => {
    expect(
      speakers(
        'de',
        'Insbesondere Südostasien sei der Hotspot für solche Ereignisse, sagt der Virologe. «Weil es dort so ein breites Spektrum an Wildtieren gibt, das führt zu einer breiten Prävalenz von Viren.» Zugleich dringe dort der Mensch besonders stark vor.',
        'Ein langjähriger Freund sagte Ihnen einmal: „Sharon, du bist wie ein Ferrari: Du siehst von außen gut aus, gehst aber nach fünf Meilen jedes Mal kaputt.“ Sind Sie heute immer noch ein Ferrari oder eher ein SUV?',
      ),
    ).toEqual([
      ['Weil es dort', null],
      ['Sharon, du bist', null],
    ]);
  });

  it('gives "sagt er" the named subject before it: "Meinhard Schroeder (76) hat …"', () => {
    expect(
      speakers(
        'de',
        'Meinhard Schroeder (76) hat es eher auf die Klosterformsteine abgesehen. „Ich habe schon eine Reihe historischer Steine zu Hause, da würden diese passen“, sagt er.',
      ),
    ).toEqual([['Ich habe schon', 'Meinhard Schroeder']]);
  });
});

describe('speakers on German pages: a description and a second verb', () => {
  it('reads "weiß der amtierende HSV-Präsident, warnt aber:" as Jansen, the one person named in the paragraph', () => {
    expect(
      speakers(
        'de',
        'Was aber würde Trochowski, der seine Karriere im Sommer 2016 beendete, in der fünften Liga erwarten? Jansen weiß: „Das ist keine Pillepalle-Liga, es besteht ein gewisses Grundniveau.“ Dann würde der HSV auf gleich zwei Ex-Nationalspieler zurückgreifen können – denn Marcell Jansen (33) ist bereits fester Bestandteil des Teams.',
        'Den erhofft sich Jansen auch für seine Teamkollegen. „Sollte Troche wirklich bei uns bleiben, wäre das natürlich gerade für unsere jüngeren Mitspieler eine ganz große Sache“, weiß der amtierende HSV-Präsident, warnt aber: „Man darf nie vergessen, dass Troche und ich teilweise 15 Jahre älter sind als unsere Gegenspieler.“',
      ),
    ).toEqual([
      ['Das ist keine', 'Marcell Jansen'],
      ['Sollte Troche wirklich', 'Marcell Jansen'],
      ['Man darf nie', 'Marcell Jansen'],
    ]);
  });
});

describe('speakers on German pages: a team around a person', () => {
  it('reads "schreiben Forscher um Aneta Afelt" and "schreiben die Forscher um Afelt" as Aneta Afelt', () => {
    expect(
      speakers(
        'de',
        '«Das biologische Problem einer Virus-Entstehung hat sich nicht fundamental verändert. Allerdings steigt die Wahrscheinlichkeit, dass dieses Risiko eintritt, infolge von Umweltveränderungen und höherem Druck auf die Umwelt», schreiben Forscher um Aneta Afelt von der Universität Warschau in einer 2018 erschienen Studie in Frontiers in Microbiology.',
        'Damit steigt das Risiko, dass ein Fledermaus-Virus auf den Menschen überspringt und sich rasend schnell weiterverbreitet. «In so einem Fall ist das Risiko einer grossen Epidemie sehr hoch, sowie eine hohe Mortalität», schreiben die Forscher um Afelt.',
      ),
    ).toEqual([
      ['Das biologische Problem', 'Aneta Afelt'],
      ['In so einem', 'Aneta Afelt'],
    ]);
  });
});

describe('speakers on German pages: titles, subordinate clauses', () => {
  it('reads a title\'s period as no sentence end: "Landesbranddirektor Dr. Karsten Homrighausen …:", "fügte Dr. … hinzu"', () => {
    expect(
      speakers(
        'de',
        'Landesbranddirektor Dr. Karsten Homrighausen beglückwünschte die Geehrten: „Sie alle investieren viel Zeit und Energie, um anderen Menschen zu helfen.“',
        '„Ich wünsche Ihnen, liebe Kameradinnen und Kameraden, dass Sie stets gesund von Ihren Einsätzen zurückkehren“, fügte Dr. Karsten Homrighausen hinzu.',
      ),
    ).toEqual([
      ['Sie alle investieren', 'Karsten Homrighausen'],
      ['Ich wünsche Ihnen,', 'Karsten Homrighausen'],
    ]);
  });

  it('gives a name inside a "dass" clause before the verb no voice: "…, dass Trochowski es ihm nachmacht, sagte der MOPO:"', () => {
    expect(
      speakers(
        'de',
        'Dann würde der HSV auf gleich zwei Ex-Nationalspieler zurückgreifen können – denn Marcell Jansen (33) ist bereits fester Bestandteil des Teams. Nun hofft „Cello“, dass Trochowski es ihm nachmacht, sagte der MOPO: „Ich werde sehr stark auf ihn einreden, damit er auch wirklich bei uns bleibt!“',
      ),
    ).toEqual([['Ich werde sehr', null]]);
  });
});

describe("speakers on German pages: the issue's page (fr.de, trafilatura tests/eval/fr.de.nordkorea.html)", () => {
  it('reads "sagte Trump …:" with its subject after the verb, and a heading\'s dash as the clause\'s start', () => {
    expect(
      speakers(
        'de',
        'Kim Jong Un laut Trump am Leben - US-Präsident: „Ich wünsche ihm alles Gute“',
        'Inmitten der Spekulationen über den Verbleib von Nordkoreas Machthaber Kim Jong Un hat US-Präsident Donald Trump indirekt erklärt, dass dieser noch am Leben sei. Auf die Frage, ob er neue Informationen zu Kims Gesundheitszustand habe, sagte Trump am Montag bei einer Pressekonferenz im Weißen Haus: „Ja, ich weiß ziemlich gut Bescheid, aber ich kann jetzt nicht darüber sprechen. Ich wünsche ihm nur alles Gute.“',
      ),
    ).toEqual([
      ['Ich wünsche ihm', null],
      ['Ja, ich weiß', 'Donald Trump'],
    ]);
  });
});

describe('speakers on German pages: affiliations (correctiv.org, trafilatura tests/cache/correctiv.org.zusage.html)', () => {
  it('ends a name before "von" and its organisation: "sagt der Parteispenden-Experte Ulrich Müller von LobbyControl"', () => {
    expect(
      speakers(
        'de',
        '„Wenn AfD-Mitglieder in Absprache oder im Auftrag von der AfD Deutschland-Kuriere verteilt haben, die die Partei kostenlos bekommen hat, dann ist das ganz klar eine Parteispende und dann muss die AfD das verbuchen“, sagt der Parteispenden-Experte Ulrich Müller von LobbyControl.',
      ),
    ).toEqual([['Wenn AfD-Mitglieder in', 'Ulrich Müller']]);
  });
});

describe('speakers on French and Spanish pages: incises and sources', () => {
  it('reads an incise inside the quotation: « …, écrit-elle. … » is the subject named before', () => {
    expect(
      speakers(
        'fr',
        'C’est le moment où il reçoit le mot d’une femme, Cha Soona, qui, enfant, vivait dans le même quartier miséreux que lui.',
        'Soona, elle, n’a pas changé. Arrivée au crépuscule de sa vie, elle écrit ses Mémoires. « Depuis je ne sais quand, chaque fois que je repense à ce quartier, je me sens gagnée par une sensation de douceur et de paix, écrit-elle. Ces scènes de la vie ordinaire me manquent parfois cruellement. »',
      ),
    ).toEqual([['Depuis je ne', 'Cha Soona']]);
  });
});

describe('speakers on French and Spanish pages', () => {
  it('reads a subject named before "a déclaré qu’…" and no other name after the verb', () => {
    expect(
      speakers(
        'fr',
        'Andrej Babiš a également déclaré qu’il cherchait actuellement un remplaçant à Roman Prymula, avec pour objectif que le « nouveau ministre soit présent dès lundi au Conseil des ministres ».',
      ),
    ).toEqual([['nouveau ministre soit', 'Andrej Babiš']]);
  });

  it('reads "declaró Serna", a subject named before "señaló … que", and "afirmó un integrante" as no one', () => {
    expect(
      speakers(
        'es',
        'Menos de un mes después el titular del Ministerio de Educación (Minedu), Rosendo Serna, informó que se ampliaría el aforo en las aulas al 100%.',
        '“Queremos garantizar el 100% de la presencialidad en los colegios”, declaró Serna durante conferencia de prensa del Consejo de Ministros realizada el último 20 de abril.',
        'Ese mismo día, el presidente del sindicato portuario, Álvaro Reinaldo, señaló en rueda de prensa que el conflicto “está en la puerta” y luego cuestionó el acuerdo.',
        '“La empresa cambió las reglas de juego y generó confusión para armar lío”, afirmó un integrante del Poder Ejecutivo a El País.',
      ),
    ).toEqual([
      ['Queremos garantizar el', 'Rosendo Serna'],
      ['está en la', 'Álvaro Reinaldo'],
      ['La empresa cambió', null],
    ]);
  });

  it('gives a dropped subject the last person named: "Al respecto, explicó que “…”"', () => {
    expect(
      speakers(
        'es',
        'La ministra de la Mujer y Equidad de Género, Antonia Orellana, se refirió a la denuncia que recae en contra del sacerdote jesuita Felipe Berríos.',
        'El religioso sonaba para ocupar un cargo de coordinador nacional de campamentos por parte del Gobierno. Orellana había sido una de las que planteó que estaba en contra de esa nominación.',
        'Al respecto, explicó que “conversé con víctimas de abuso sexual infantil eclesiástico, y me pareció que había que escuchar lo que ellos y ellas señalaban”.',
      ),
    ).toEqual([['conversé con víctimas', 'Antonia Orellana']]);
  });

  it('finds spaced French marks and a source after "Pour": « …, » a-t-il réagi is Jan Hamáček', () => {
    expect(
      speakers(
        'fr',
        "Membre de la coalition gouvernementale, le vice-Premier ministre et ministre de l'Intérieur Jan Hamáček (ČSSD) avait estimé plus tôt que le ministre de la Santé avait perdu toute crédibilité. Pour Jan Hamáček, cette attitude est méprisante vis-à-vis des milliers de personnes qui, en première ligne, luttent contre la pandémie et sauvent des vies. « Les règles sont valables pour tout le monde sans exception, (…) il est impossible que le gouvernement et la coalition gouvernementale soit représentés par des personnes qui ne respectent pas les mesures de ce même gouvernement, » a-t-il réagi dès les premières heures pour l'agence de presse tchèque ČTK.",
      ),
    ).toEqual([['Les règles sont', 'Jan Hamáček']]);
  });

  it('leaves English pages (no language) to the English sieve', () => {
    expect(speakers('', '“We are ready to talk now,” the minister said on Tuesday.')).toEqual([
      ['We are ready', 'the minister'],
    ]);
  });
});

describe('speakers given by a description (intl-descriptions.ts)', () => {
  it('reads "dijo el gremialista" as the union leader quoted before, and a name apposed after the description', () => {
    expect(
      speakers(
        'es',
        'Ese mismo día, el presidente del sindicato portuario, Álvaro Reinaldo, señaló en rueda de prensa que el conflicto “está en la puerta” y luego cuestionó el acuerdo alcanzado entre el gobierno y la firma belga Katoen Natie. “Hubiésemos preferido equivocarnos, pero lo venimos anunciando y sistemáticamente se vienen dando los anuncios: este acuerdo no es bueno y va a traer perjuicios en el puerto”, dijo el gremialista en defensa del consorcio.',
        '“Se ha ordenado una investigación prolija para determinar las responsabilidades de cada uno de los involucrados en esta situación muy lamentable”, afirmó el titular de la DRELM, Luis Quintanilla.',
      ),
    ).toEqual([
      ['está en la', 'Álvaro Reinaldo'],
      ['Hubiésemos preferido equivocarnos,', 'Álvaro Reinaldo'],
      ['Se ha ordenado', 'Luis Quintanilla'],
    ]);
  });

  it('carries "la experta", "la consultora" and "Para la experta" to the woman quoted in the paragraph before', () => {
    expect(
      speakers(
        'es',
        'La oficina nunca será el reemplazo del hogar. “Se debe tener en cuenta que los espacios de trabajo deben dejar de ser pensados como espacios físicos”, comentó Ivette Mora, directora de mercadeo de la empresa AEI Spaces.',
        'Para la experta, los aspectos básicos que se deben tomar en cuenta para el bienestar del colaborador radican en la ergonomía. “Se ha evolucionado de un enfoque de bienestar netamente físico a uno mental y psicológico”.',
        'La psicóloga Luz Vásquez explicó que cada vez más las organizaciones se vuelven creativas para mejorar sus espacios físicos, “de tal manera que sus colaboradores se sientan muy bien, porque incidirá en su productividad”.',
        'Vásquez remarcó que las tendencias actuales apuntan a la creación de espacios “amigables” para el bienestar de los colaboradores. “Lo importante es identificar las necesidades propias del personal de cada organización y así cubrirlas de manera específica.”',
        'La experta en psicología organizacional y transgeneracional enfatizó que “muchas veces el colaborador al no estar en un espacio satisfactorio, puede generar emociones de tristeza y molestia”.',
        'Ante esta situación, la consultora recomendó “velar por la salud mental de los colaboradores en todas las organizaciones”.',
      ).map(([, who]) => who),
    ).toEqual(['Ivette Mora', 'Ivette Mora', 'Luz Vásquez', 'Luz Vásquez', 'Luz Vásquez', 'Luz Vásquez']);
  });

  it('reads "a déclaré à cette occasion le ministre de la Santé" as the minister quoted in the paragraph before', () => {
    expect(
      speakers(
        'fr',
        "Alors que dans un entretien pour l'hebdomadaire Respekt, ce vendredi matin, Roman Prymula avait affirmé qu'il était prêt à démissionner « si le public le veut », il a rejeté cette éventualité en début d'après-midi.",
        "« Je n'ai pas l'intention de démissionner. Evidemment, le Premier ministre peut décider de ma révocation, » a déclaré à cette occasion le ministre de la Santé. « Je n'ai enfreint aucune règle, » a-t-il estimé.",
      ),
    ).toEqual([
      ['si le public', 'Roman Prymula'],
      ["Je n'ai pas", 'Roman Prymula'],
      ["Je n'ai enfreint", 'Roman Prymula'],
    ]);
  });

  it('goes on with the previous paragraph\'s speaker when a paragraph names no one: "”, concluyó." is Walber Castillo', () => {
    expect(
      speakers(
        'es',
        'El ingeniero civil Walber Castillo explicó que entre las medidas de seguridad que debe tener una oficina, está la orientación al personal. “Si quienes están en el área no reconocen los riesgos, y no son capacitados para afrontarlos, no sabrán qué hacer”.',
        'También se incluye la reducción del estrés laboral porque en las oficinas se tiende a confundir la productividad y eficiencia con estrés. “Muchas veces no somos conscientes de los daños que el estrés, la mala postura, el mal manejo del tiempo, el uso inadecuado de herramientas, entre otros factores, pueden causar”, concluyó.',
      ),
    ).toEqual([
      ['Si quienes están', 'Walber Castillo'],
      ['Muchas veces no', 'Walber Castillo'],
    ]);
  });

  it('gives a description of someone never quoted no speaker: "resalta el organismo" after "la isla Seymour"', () => {
    expect(
      speakers(
        'es',
        'En un comunicado, la entidad apunta a que probablemente la medición de la base argentina es correcta, pero también advierte de que de la segunda y más alta solo hay referencias por la prensa y habrá que confirmarla con los datos de otras estaciones de medición en la isla Seymour. “Es prematuro decir que la Antártida ha superado los 20 grados por primera vez”, resalta el organismo.',
      ),
    ).toEqual([['Es prematuro decir', null]]);
  });
});
