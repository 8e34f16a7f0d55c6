using System.Text.RegularExpressions;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Sources;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Contract;

/// <summary>
/// Checks a parsed delivery against every rule of contract <c>instroom-aanlevering/1</c> and returns all
/// violations, each in Dutch naming the place (<c>cijfers[17]</c> or <c>regel 12</c>), the values and the rule, so
/// the source can fix everything in one go. An empty list means the delivery may be imported.
/// </summary>
public sealed partial class DeliveryValidator(IClock clock)
{
    private static readonly string MeasureList = string.Join(", ", Measure.All.SkipLast(1)) + " of " + Measure.All[^1];
    private static readonly string ClassList = string.Join(", ", WaitingTimeClass.All.Select(c => c.Code));
    private static readonly string OrganisationWideList =
        string.Join(", ", IndicatorCatalogue.All.Where(i => i.OrganisationWide).Select(i => i.Code));

    public IReadOnlyList<string> Validate(DeliveryDocument document, DeliveryFormat format, DeliveryValidationContext context)
    {
        var reasons = new List<string>();
        ValidateHeader(document, context, reasons);
        if (document.Figures.Count == 0)
        {
            reasons.Add("cijfers: de aanlevering bevat geen cijfers");
        }

        var figures = new Figures(format);
        foreach (var figure in document.Figures)
        {
            figures.Add(figure, reasons);
        }

        foreach (var figure in document.Figures)
        {
            if (ValidateFigure(figure, figures, context, reasons) is { } indicator)
            {
                figures.MarkValid(figure, indicator);
            }
        }

        ValidateHistogramSums(figures, reasons);
        ValidateListsWithinMeasures(figures, reasons);
        ValidateOnTimeWithinTotal(figures, reasons);
        return reasons;
    }

    private void ValidateHeader(DeliveryDocument document, DeliveryValidationContext context, List<string> reasons)
    {
        if (document.Schema != DeliveryContract.SchemaName)
        {
            reasons.Add($"schema: {ReasonText.Quote(document.Schema)} is niet '{DeliveryContract.SchemaName}'");
        }

        if (!Guid.TryParseExact(document.LeveringId, "D", out _))
        {
            reasons.Add($"leveringId: {ReasonText.Quote(document.LeveringId)} is geen UUID (zoals 3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10)");
        }

        if (document.Source != context.SourceCode)
        {
            reasons.Add($"bron: {ReasonText.Quote(document.Source)} is niet de bron die wordt opgehaald ({context.SourceCode})");
        }

        var today = clock.Today();
        var date = document.ReferenceDate;
        if (date > today)
        {
            reasons.Add($"peildatum: {Iso(date)} ligt in de toekomst (vandaag is {Iso(today)})");
        }
        else if (!context.HistoricLoad && date < today.PlusDays(-DeliveryContract.MaxReferenceDateAgeDays))
        {
            reasons.Add($"peildatum: {Iso(date)} is meer dan {DeliveryContract.MaxReferenceDateAgeDays} dagen oud (vandaag is {Iso(today)})");
        }

        if (context.ExpectedReferenceDate is { } expected && date != expected)
        {
            reasons.Add($"peildatum: {Iso(date)} is niet de gevraagde peildatum {Iso(expected)}");
        }

        if ((context.SourceValidFrom is { } from && date < from) || (context.SourceValidTo is { } to && date >= to))
        {
            var period = context.SourceValidTo is { } end ? $"van {Iso(context.SourceValidFrom ?? date)} tot {Iso(end)}" : $"vanaf {Iso(context.SourceValidFrom ?? date)}";
            reasons.Add($"peildatum: bron {context.SourceCode} levert alleen voor peildata {period}, niet voor {Iso(date)}");
        }

        if (!OffsetDateTimePattern.ExtendedIso.Parse(document.CreatedAtText).Success)
        {
            reasons.Add($"aangemaakt: {ReasonText.Quote(document.CreatedAtText)} is geen ISO-tijdstip met tijdzone (zoals 2026-11-23T01:12:09+01:00)");
        }
    }

    /// <summary>
    /// The checks on one figure by itself; returns its indicator when it passed them all. Reason texts are only
    /// composed for a violation: a national delivery has tens of thousands of figures that pass.
    /// </summary>
    private static Indicator? ValidateFigure(DeliveryFigure figure, Figures figures, DeliveryValidationContext context, List<string> reasons)
    {
        var known = IndicatorCatalogue.TryGet(figure.Indicator, out var indicator);
        var valid = ValidateArea(figure, known ? indicator : null, figures, context, reasons);
        if (!known)
        {
            reasons.Add($"{figures.Place(figure)}: indicator {ReasonText.Quote(figure.Indicator)} bestaat niet in contract {DeliveryContract.SchemaName}");
            return null;
        }

        if (indicator.Source != context.SourceKind)
        {
            reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' mag alleen {KindName(indicator.Source)} aanleveren; bron {context.SourceCode} is {KindName(context.SourceKind)}");
            valid = false;
        }

        valid &= ValidateMeasure(figure, indicator, figures, reasons);
        valid &= indicator.Kind == IndicatorKind.Histogram
            ? ValidateDistribution(figure, indicator, figures, reasons)
            : ValidateValue(figure, indicator, figures, reasons);
        return valid ? indicator : null;
    }

    private static bool ValidateArea(DeliveryFigure figure, Indicator? indicator, Figures figures, DeliveryValidationContext context, List<string> reasons)
    {
        if (figure.Area == IndicatorCatalogue.OrganisationArea)
        {
            if (indicator is { OrganisationWide: false })
            {
                reasons.Add($"{figures.Place(figure)}: gebied '{IndicatorCatalogue.OrganisationArea}' is alleen voor organisatiebrede indicatoren ({OrganisationWideList}), niet voor '{indicator.Code}'");
                return false;
            }

            return true;
        }

        if (!context.KnownGemeenten.Contains(figure.Area))
        {
            reasons.Add(GemeenteCode().IsMatch(figure.Area)
                ? $"{figures.Place(figure)}: gebied '{figure.Area}' is geen gemeente die Instroom kent op de peildatum"
                : $"{figures.Place(figure)}: gebied {ReasonText.Quote(figure.Area)} is geen CBS-gemeentecode (GMxxxx) en niet '{IndicatorCatalogue.OrganisationArea}'");
            return false;
        }

        if (indicator is { OrganisationWide: true })
        {
            reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' geldt voor de hele organisatie: gebied moet '{IndicatorCatalogue.OrganisationArea}' zijn, niet '{figure.Area}'");
            return false;
        }

        return true;
    }

    private static bool ValidateMeasure(DeliveryFigure figure, Indicator indicator, Figures figures, List<string> reasons)
    {
        if (indicator.HasMeasure && figure.Measure is null)
        {
            reasons.Add($"{figures.Place(figure)}: maatregel ontbreekt; indicator '{indicator.Code}' voor {figure.Area} vraagt een maatregel ({MeasureList})");
            return false;
        }

        if (indicator.HasMeasure && !Measure.IsKnown(figure.Measure!))
        {
            reasons.Add($"{figures.Place(figure)}: maatregel {ReasonText.Quote(figure.Measure!)} is onbekend ({MeasureList})");
            return false;
        }

        if (!indicator.HasMeasure && figure.Measure is not null)
        {
            reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' heeft geen maatregel, maar maatregel {ReasonText.Quote(figure.Measure)} is opgegeven");
            return false;
        }

        return true;
    }

    private static bool ValidateValue(DeliveryFigure figure, Indicator indicator, Figures figures, List<string> reasons)
    {
        if (figure.Distribution is not null)
        {
            reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' is geen verdeling; geef één waarde, geen aantallen per klasse");
            return false;
        }

        if (figure.Value is not { } value)
        {
            reasons.Add($"{figures.Place(figure)}: waarde ontbreekt voor indicator '{indicator.Code}' voor {Label(figure)}");
            return false;
        }

        var broken = indicator.Unit == IndicatorUnit.Percentage ? PercentageRule(value) : CountRule(value);
        if (broken is null)
        {
            return true;
        }

        reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' voor {Label(figure)} is {PlainNumber.Format(value)}; {broken}");
        return false;
    }

    private static bool ValidateDistribution(DeliveryFigure figure, Indicator indicator, Figures figures, List<string> reasons)
    {
        var valid = true;
        if (figure.Value is { } value)
        {
            reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' is een verdeling over wachtduurklassen; een losse waarde ({PlainNumber.Format(value)}) hoort er niet bij");
            valid = false;
        }

        if (figure.Distribution is not { } classes)
        {
            reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' voor {Label(figure)} is een verdeling, maar de aantallen per klasse ontbreken ({ClassList})");
            return false;
        }

        var present = 0;
        foreach (var (code, count) in classes)
        {
            if (!WaitingTimeClass.IsKnown(code))
            {
                reasons.Add($"{figures.Place(figure)}: verdeling '{indicator.Code}' voor {Label(figure)} heeft onbekende klasse {ReasonText.Quote(code)} (verwacht: {ClassList})");
                valid = false;
                continue;
            }

            present++;
            if (CountRule(count) is { } broken)
            {
                reasons.Add($"{figures.Place(figure)}: klasse '{code}' van verdeling '{indicator.Code}' voor {Label(figure)} is {count}; {broken}");
                valid = false;
            }
        }

        if (present < WaitingTimeClass.All.Count)
        {
            var missing = WaitingTimeClass.All.Select(c => c.Code).Where(code => !classes.ContainsKey(code)).ToList();
            reasons.Add($"{figures.Place(figure)}: verdeling '{indicator.Code}' voor {Label(figure)} mist {(missing.Count == 1 ? "klasse" : "klassen")} {string.Join(", ", missing.Select(m => $"'{m}'"))} (verwacht: {ClassList})");
            valid = false;
        }

        return valid;
    }

    /// <summary>The rule a count breaks, or null: a non-negative whole number up to the contract's maximum.</summary>
    private static string? CountRule(decimal value) =>
        value < 0 ? "een aantal is nooit negatief"
        : decimal.Truncate(value) != value ? "dit moet een geheel getal zijn"
        : value > DeliveryContract.MaxValue ? $"dat is meer dan het maximum {DeliveryContract.MaxValue}"
        : null;

    /// <summary>The rule a percentage breaks, or null: 0 to 100 with at most one decimal.</summary>
    private static string? PercentageRule(decimal value) =>
        value is < 0 or > 100 ? "een percentage ligt tussen 0 en 100"
        : decimal.Round(value, 1) != value ? "een percentage heeft hoogstens één decimaal"
        : null;

    private static void ValidateHistogramSums(Figures figures, List<string> reasons)
    {
        foreach (var (figure, indicator) in figures.Valid.Where(v => v.Indicator.StockCode is not null))
        {
            var sum = figure.Distribution!.Values.Sum();
            var stockCode = indicator.StockCode!;
            if (!figures.Delivered(stockCode, figure))
            {
                reasons.Add($"{figures.Place(figure)}: verdeling '{indicator.Code}' voor {Label(figure)} vraagt ook '{stockCode}' voor {Label(figure)}; die ontbreekt");
            }
            else if (figures.ValidFor(stockCode, figure) is { } stock && stock.Value != sum)
            {
                reasons.Add($"{figures.Place(figure)}: som van verdeling '{indicator.Code}' voor {Label(figure)} is {sum}, niet gelijk aan '{stockCode}' ({PlainNumber.Format(stock.Value!.Value)}, {figures.Place(stock)})");
            }
        }
    }

    private static void ValidateListsWithinMeasures(Figures figures, List<string> reasons)
    {
        var lists = figures.All
            .Where(f => f.Indicator is IndicatorCatalogue.Instroomlijst or IndicatorCatalogue.Doorstroomlijst)
            .GroupBy(f => (f.Area, f.Measure))
            .Select(group => group.First());
        foreach (var anchor in lists)
        {
            var intake = figures.ValidFor(IndicatorCatalogue.Instroomlijst, anchor);
            var transfer = figures.ValidFor(IndicatorCatalogue.Doorstroomlijst, anchor);
            if ((figures.Delivered(IndicatorCatalogue.Instroomlijst, anchor) && intake is null)
                || (figures.Delivered(IndicatorCatalogue.Doorstroomlijst, anchor) && transfer is null))
            {
                continue;
            }

            var place = figures.Place(intake ?? transfer!);
            if (!figures.Delivered(IndicatorCatalogue.LopendeMaatregelen, anchor))
            {
                var named = string.Join(" en ", new[] { intake, transfer }.Where(f => f is not null).Select(f => $"'{f!.Indicator}'"));
                reasons.Add($"{place}: {named} voor {Label(anchor)} vraagt ook '{IndicatorCatalogue.LopendeMaatregelen}' voor {Label(anchor)}; die ontbreekt");
                continue;
            }

            if (figures.ValidFor(IndicatorCatalogue.LopendeMaatregelen, anchor) is not { } running)
            {
                continue;
            }

            var sum = (intake?.Value ?? 0) + (transfer?.Value ?? 0);
            if (sum <= running.Value)
            {
                continue;
            }

            var left = intake is not null && transfer is not null
                ? $"'{IndicatorCatalogue.Instroomlijst}' ({PlainNumber.Format(intake.Value!.Value)}) + '{IndicatorCatalogue.Doorstroomlijst}' ({PlainNumber.Format(transfer.Value!.Value)}) voor {Label(anchor)} is samen"
                : $"indicator '{(intake ?? transfer)!.Indicator}' voor {Label(anchor)} is";
            reasons.Add($"{place}: {left} {PlainNumber.Format(sum)}, groter dan '{IndicatorCatalogue.LopendeMaatregelen}' ({PlainNumber.Format(running.Value!.Value)})");
        }
    }

    private static void ValidateOnTimeWithinTotal(Figures figures, List<string> reasons)
    {
        foreach (var (figure, indicator) in figures.Valid.Where(v => v.Indicator.TotalCode is not null))
        {
            var totalCode = indicator.TotalCode!;
            if (!figures.Delivered(totalCode, figure))
            {
                reasons.Add($"{figures.Place(figure)}: '{indicator.Code}' voor {Label(figure)} vraagt ook '{totalCode}' voor {Label(figure)}; die ontbreekt");
            }
            else if (figures.ValidFor(totalCode, figure) is { } total && figure.Value > total.Value)
            {
                reasons.Add($"{figures.Place(figure)}: indicator '{indicator.Code}' voor {Label(figure)} is {PlainNumber.Format(figure.Value!.Value)}, groter dan '{totalCode}' ({PlainNumber.Format(total.Value!.Value)})");
            }
        }
    }

    private static string Label(DeliveryFigure figure) => figure.Measure is null ? figure.Area : $"{figure.Area}/{figure.Measure}";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.GI => "een gecertificeerde instelling (GI)",
        SourceKind.RAAD => "de Raad voor de Kinderbescherming",
        SourceKind.VT => "een Veilig Thuis-organisatie",
        _ => kind.ToString(),
    };

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GemeenteCode();

    /// <summary>
    /// The figures of one delivery by (indicator, gebied, maatregel): every one delivered, the first of each key,
    /// and which of those passed their own checks — the consistency rules compare only those.
    /// </summary>
    private sealed class Figures(DeliveryFormat format)
    {
        private readonly Dictionary<(string Indicator, string Area, string Measure), DeliveryFigure> _first = [];
        private readonly Dictionary<(string Indicator, string Area, string Measure), DeliveryFigure> _valid = [];
        private readonly List<(DeliveryFigure Figure, Indicator Indicator)> _validInOrder = [];

        public IEnumerable<DeliveryFigure> All => _first.Values;

        public IEnumerable<(DeliveryFigure Figure, Indicator Indicator)> Valid => _validInOrder;

        public string Place(DeliveryFigure figure) => format == DeliveryFormat.Json ? $"cijfers[{figure.Index}]" : $"regel {figure.Index}";

        public void Add(DeliveryFigure figure, List<string> reasons)
        {
            var key = Key(figure.Indicator, figure);
            if (_first.TryGetValue(key, out var earlier))
            {
                reasons.Add($"{Place(figure)}: dubbel cijfer: indicator {ReasonText.Quote(figure.Indicator)} voor {Label(figure)} staat ook in {Place(earlier)}; hoogstens één cijfer per gebied, indicator en maatregel");
                return;
            }

            _first.Add(key, figure);
        }

        public void MarkValid(DeliveryFigure figure, Indicator indicator)
        {
            var key = Key(figure.Indicator, figure);
            if (ReferenceEquals(_first[key], figure))
            {
                _valid.Add(key, figure);
                _validInOrder.Add((figure, indicator));
            }
        }

        /// <summary>Whether the delivery holds <paramref name="indicator"/> for the gebied and maatregel of <paramref name="like"/>.</summary>
        public bool Delivered(string indicator, DeliveryFigure like) => _first.ContainsKey(Key(indicator, like));

        public DeliveryFigure? ValidFor(string indicator, DeliveryFigure like) => _valid.GetValueOrDefault(Key(indicator, like));

        private static (string, string, string) Key(string indicator, DeliveryFigure like) => (indicator, like.Area, like.Measure ?? "");
    }
}
