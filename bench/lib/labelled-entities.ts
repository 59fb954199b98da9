// Entities on a hand-labelled set (tests/fixtures/labelled-holdout-4 and the like), scored by the entity measure of
// bench/polnear/entities.ts so the figures read the same way as the PolNeAR ones: per article, each system's unique
// typed entities against the labelled ones, linked one-to-one by a shared name or alias (case, "the", possessive,
// periods and a few well-known aliases such as "U.S." = "America" ignored; the same type preferred on a tie).
// Labels carry no mention offsets, so names alone link. The baseline is the PolNeAR one: compromise's people(),
// organizations() and places() per paragraph, clustered like CoreNLP's mentions; it is given the headline as a
// first paragraph, since Lede reads the headline too and the labels cover it.
import type { Block, Extraction } from '../../core/types';
import type { Fixture } from '../../tests/fixtures/labelled/load';
import { canonicalName, normName } from '../polnear/entity-clusters';
import {
  type ArticleEntity,
  baselineEntities,
  type EntityCounts,
  type EntityInput,
  emptyCounts,
  ledeEntities,
  scoreEntities,
} from '../polnear/entities';

export interface LabelledEntityReport {
  articles: number;
  lede: EntityCounts;
  base: EntityCounts;
}

/** Block offsets as if the blocks were one text with a blank line between them (only their order matters here). */
function asInput(title: string, blocks: Block[]): EntityInput {
  const blockStarts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    blockStarts.push(at);
    at += b.text.length + 2;
  }
  return { title, blocks, blockStarts };
}

/** An article's labelled entities in the measure's form (no mentions: the labels name, they do not point). */
export function labelledEntities(fx: Fixture): ArticleEntity[] {
  return (fx.labels?.entities ?? []).map((e) => ({
    name: e.name,
    names: new Set([e.name, ...e.aliases].map((n) => canonicalName(normName(n)))),
    type: e.type,
    spans: [],
  }));
}

/**
 * Lede (through `extract`, by default extractKeyItems via ledeEntities) and the compromise baseline on every
 * fixture with labels. Articles whose labels list no entity are left out: there, an empty list means unlabelled.
 */
export function scoreLabelledEntities(
  fixtures: readonly Fixture[],
  extract?: (fx: Fixture) => Extraction,
): LabelledEntityReport {
  const r: LabelledEntityReport = { articles: 0, lede: emptyCounts(), base: emptyCounts() };
  for (const fx of fixtures) {
    const gold = labelledEntities(fx);
    if (!gold.length) continue;
    r.articles++;
    scoreEntities(fx.slug, ledeEntities(asInput(fx.title, fx.blocks), extract?.(fx)), gold, r.lede);
    const headline: Block = {
      type: 'p',
      text: fx.title,
      selector: { type: 'TextQuoteSelector', exact: fx.title, prefix: '', suffix: '' },
    };
    scoreEntities(fx.slug, baselineEntities(asInput(fx.title, [headline, ...fx.blocks])), gold, r.base);
  }
  return r;
}
