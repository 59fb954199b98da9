// The source ledger across annotated articles: quotes by person and organisation, and figures outlets disagree on.
export {
  SourceLedger,
  nameKey,
  ledgerLink,
  type LedgerSource,
  type LedgerPerson,
  type LedgerQuote,
  type LedgerFigure,
  type FigureConflict,
} from './ledger';
