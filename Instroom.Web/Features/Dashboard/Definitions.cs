using Instroom.Data.Indicators;

namespace Instroom.Web.Features.Dashboard;

/// <summary>Where the definition of an indicator is explained: every figure's label links there.</summary>
public static class Definitions
{
    public const string PagePath = "/indicatoren";

    /// <summary>"/indicatoren#indicator-instroomlijst"; also for derived figures such as "zonder-vaste-jeugdbeschermer".</summary>
    public static string Url(string indicatorCode) =>
        IndicatorCatalogue.TryGet(indicatorCode, out var indicator)
            ? $"{PagePath}#{indicator.DefinitionAnchor}"
            : $"{PagePath}#indicator-{indicatorCode}";
}
