-- The totals each week's joint disclosure control hides (overview and weekbeelden), kept so that a trend, which
-- is a table of its own per area, hides the same weeks: otherwise a gemeente's own trend shows the complement the
-- weekbeeld hides, and the region total minus it gives a small count away. disclosure_key identifies the
-- deliveries the week was computed from and the disclosure policy; another key means the week must be computed again.
CREATE TABLE dbo.week_disclosure (
    iso_year        int           NOT NULL,
    iso_week        int           NOT NULL,
    disclosure_key  nvarchar(64)  NOT NULL,
    computed_at     datetime2(3)  NOT NULL,
    CONSTRAINT pk_week_disclosure PRIMARY KEY (iso_year, iso_week)
);

CREATE TABLE dbo.week_hidden_total (
    iso_year        int           NOT NULL,
    iso_week        int           NOT NULL,
    area_code       nvarchar(20)  NOT NULL,
    indicator       nvarchar(60)  NOT NULL,
    CONSTRAINT pk_week_hidden_total PRIMARY KEY (iso_year, iso_week, area_code, indicator)
);
