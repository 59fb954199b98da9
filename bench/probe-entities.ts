// `npx tsx bench/probe-entities.ts "sentence" …`: each sentence's entities as Lede finds them (one paragraph each),
// for writing rule cases.
import { entitiesOf } from '../tests/core/facts/entity-cases';

for (const t of process.argv.slice(2)) console.log(`${t.slice(0, 80)}\n  => ${JSON.stringify(entitiesOf(t))}`);
