import type { Withheld } from './identifyingColumn';

/**
 * The parsed survey: every source column with its kind and its answers coded for analysis.
 * Built by `parseSurvey` from a table of cells; consumed by the analysis.
 */

export type ColumnKind = 'scale' | 'choice' | 'multi' | 'grid' | 'number' | 'text' | 'timestamp' | 'id';

/** One answer level of an ordinal item: its label as shown and its numeric code (1-based, in scale order). */
export interface Level {
  label: string;
  code: number;
}

/** A non-substantive answer ("Don't know", "N/A", "Prefer not to say") and how often it was given. */
export interface NonSubstantiveCount {
  label: string;
  count: number;
}

/**
 * Answers of an ordinal item (a numeric linear scale, recognised ordinal labels, or an ordinal grid row).
 * `codes[i]` is the code of respondent i's level, or NaN when blank or non-substantive.
 */
export interface OrdinalData {
  type: 'ordinal';
  levels: Level[];
  codes: Float64Array;
  /** Name of the vocabulary recognised ("agreement-5", "numeric 1–5"…) for the record. */
  scaleName: string;
  /**
   * True when the levels were given (a header's "(1–5)", a template, an order, a vocabulary) rather than inferred
   * from the answers: only inferred numeric scales may be widened to match the survey's other scales.
   */
  boundsStated: boolean;
}

/** Answers of a nominal item: `values[i]` indexes `categories`, or -1 when blank or non-substantive. */
export interface CategoricalData {
  type: 'categorical';
  categories: string[];
  values: Int32Array;
}

/** Checkbox answers: `selections[i]` lists option indexes chosen by respondent i; null when blank. */
export interface MultiData {
  type: 'multi';
  options: string[];
  selections: (number[] | null)[];
}

/** Numeric answers; NaN when blank or non-substantive. */
export interface NumericData {
  type: 'numeric';
  values: Float64Array;
}

/** Free-text answers, trimmed; null when blank. */
export interface TextData {
  type: 'text';
  answers: (string | null)[];
}

/** Timestamps as epoch milliseconds (UTC wall time of the source); NaN when blank or unreadable. */
export interface TimestampData {
  type: 'timestamp';
  values: Float64Array;
}

/** Identifiers and e-mail addresses: never analysed, never copied into any output. */
export interface WithheldData {
  type: 'withheld';
}

export type ColumnData = OrdinalData | CategoricalData | MultiData | NumericData | TextData | TimestampData | WithheldData;

export interface SurveyColumn {
  /** 0-based column in the source table. */
  column: number;
  header: string;
  kind: ColumnKind;
  /** For grid rows: the question stem and the row label from "Question [Row]". */
  grid?: { question: string; row: string };
  /** Respondents who left it blank. */
  missing: number;
  /** Non-substantive answers, counted apart and left out of the base. */
  nonSubstantive: NonSubstantiveCount[];
  /** Cells that could not be read as this column's kind (e.g. text in a number column), kept as notes. */
  unreadable: number;
  data: ColumnData;
  /** For identifying columns (kind 'id'): why they are withheld; the names they held never leave the engine. */
  withheld?: Withheld;
}

export interface Survey {
  /** Number of respondents (data rows that are not wholly blank). */
  respondents: number;
  columns: SurveyColumn[];
  /** Plain-English notes from parsing: rows skipped, columns withheld, ragged rows padded. */
  notes: string[];
}
