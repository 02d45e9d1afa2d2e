//! Every diagnostic code of the engine, in one place, numbered by stage:
//! E00xx syntax, E01xx names and types, E02xx metadata and years, E03xx rule logic,
//! E04xx examples, E05xx data files, E06xx codebooks, E07xx sources. docs/diagnostics.md lists them all
//! with an example; a test keeps that list and this enum in step.

macro_rules! codes {
    ($($variant:ident = $num:literal, $slug:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }
        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];
            /// `E0101`
            pub fn id(self) -> String {
                match self { $(Code::$variant => format!("E{:04}", $num),)* }
            }
            /// A short name: `unknown-variable`.
            pub fn slug(self) -> &'static str {
                match self { $(Code::$variant => $slug,)* }
            }
        }
    };
}

codes! {
    // syntax
    Syntax = 1, "syntax";
    UnterminatedString = 2, "unterminated-string";
    NestingTooDeep = 3, "nesting-too-deep";
    InvalidDate = 4, "invalid-date";
    FileTooLarge = 5, "file-too-large";
    EmptyFile = 6, "empty-file";
    // names and types
    UnknownVariable = 101, "unknown-variable";
    UnknownName = 102, "unknown-name";
    UnknownLabel = 103, "unknown-label";
    TypeMismatch = 104, "type-mismatch";
    DuplicateIndicator = 105, "duplicate-indicator";
    DuplicateQuestion = 106, "duplicate-question";
    UnknownPlaceholder = 107, "unknown-placeholder";
    ListExpected = 108, "list-expected";
    ListNotAllowed = 109, "list-not-allowed";
    UnusedQuestion = 110, "unused-question";
    TextVariable = 111, "text-variable";
    PreviousOutsideRule = 112, "previous-outside-rule";
    DuplicatePart = 113, "duplicate-part";
    MissingPlaceholder = 114, "missing-placeholder";
    DuplicateReview = 115, "duplicate-review";
    ReviewNotExtended = 116, "review-not-extended";
    // metadata and years
    MissingMetadata = 201, "missing-metadata";
    UnknownMetadata = 202, "unknown-metadata";
    DuplicateMetadata = 203, "duplicate-metadata";
    InvalidMetadata = 204, "invalid-metadata";
    PeriodReversed = 205, "period-reversed";
    PeriodAfterMatdatum = 206, "period-after-matdatum";
    NoYear = 207, "no-year";
    DuplicateYear = 208, "duplicate-year";
    UnknownSetting = 209, "unknown-setting";
    CodebookLoad = 210, "codebook-load";
    IncludeLoop = 211, "inherit-loop";
    IncludeOutside = 212, "inherit-outside";
    UnknownRemoval = 213, "unknown-removal";
    PeriodDiffersFromCodebook = 214, "period-differs-from-codebook";
    CodebookOutside = 215, "codebook-outside";
    YearOutOfRange = 216, "year-out-of-range";
    YearMismatch = 217, "year-mismatch";
    UnknownYear = 218, "unknown-year";
    Placeholder = 219, "unfilled-placeholder";
    FixedPeriodMovingText = 220, "fixed-period-moving-text";
    // rule logic
    NotTotal = 301, "not-total";
    Overlap = 302, "overlap";
    Unreachable = 303, "unreachable-rule";
    NoRules = 304, "no-rules";
    OutcomeInMeasure = 306, "outcome-in-measure";
    MissingMeasureField = 307, "missing-measure-field";
    UnknownScale = 308, "unknown-scale";
    UnknownAggregation = 309, "unknown-aggregation";
    TooManyCombinations = 310, "too-many-combinations";
    RedundantBortfall = 311, "redundant-bortfall";
    AggregationMismatch = 312, "aggregation-mismatch";
    NonlinearCondition = 313, "nonlinear-condition";
    AskedAlways = 314, "asked-always";
    // examples
    ExampleFailed = 401, "example-failed";
    ExampleUnknownName = 402, "example-unknown-name";
    ExampleBadValue = 403, "example-bad-value";
    NoExamples = 404, "no-examples";
    // data files
    DataRead = 501, "data-read";
    DataHeader = 502, "data-header";
    DataRow = 503, "data-row";
    DuplicateUnit = 504, "duplicate-unit";
    UnknownUnit = 505, "unknown-unit";
    EmptyData = 506, "empty-data";
    MissingInput = 507, "missing-input";
    // codebooks
    CodebookInvalid = 601, "codebook-invalid";
    // sources (registers and per-kommun tables)
    SourceInvalid = 701, "source-invalid";
    UnknownSource = 702, "unknown-source";
    SourceField = 703, "source-field";
    UnknownCount = 704, "unknown-count";
}
