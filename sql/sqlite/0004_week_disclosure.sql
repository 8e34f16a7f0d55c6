-- The totals each week's joint disclosure control hides (overview and weekbeelden), kept so that a trend, which
-- is a table of its own per area, hides the same weeks: otherwise a gemeente's own trend shows the complement the
-- weekbeeld hides, and the region total minus it gives a small count away. disclosure_key identifies the
-- deliveries the week was computed from and the disclosure policy; another key means the week must be computed again.
CREATE TABLE week_disclosure (
    iso_year        INTEGER NOT NULL,
    iso_week        INTEGER NOT NULL,
    disclosure_key  TEXT    NOT NULL,
    computed_at     TEXT    NOT NULL,
    PRIMARY KEY (iso_year, iso_week)
);

CREATE TABLE week_hidden_total (
    iso_year        INTEGER NOT NULL,
    iso_week        INTEGER NOT NULL,
    area_code       TEXT    NOT NULL,
    indicator       TEXT    NOT NULL,
    PRIMARY KEY (iso_year, iso_week, area_code, indicator)
);
