namespace Instroom.Web.Features.Map;

/// <summary>
/// What the <c>_NationalMap</c> partial draws: a status per jeugdregio. Jeugdregio's missing from
/// <see cref="Regions"/> are drawn without status and without a link. The page that shows the map must also show
/// the same information as a table (<c>_NationalMapTable</c> renders one from this model).
/// </summary>
/// <param name="Title">Accessible name of the map, e.g. "Status per jeugdregio, week 47 2026".</param>
/// <param name="Description">One or two sentences saying what the map shows and where the table is.</param>
/// <param name="Regions">Status per jeugdregio.</param>
/// <param name="Id">Prefix for element ids; must differ when a page shows two maps.</param>
/// <param name="OnlyListed">Draw only the jeugdregio's in <see cref="Regions"/> (a user who may not see the others).</param>
public sealed record NationalMapModel(string Title, string Description, IReadOnlyList<MapRegion> Regions, string Id = "landelijke-kaart",
    bool OnlyListed = false)
{
    // A scan, not a dictionary field: a field would survive `with { Regions = ... }` and go stale; 42 regions.
    public MapRegion? Find(string jeugdregioCode) =>
        Regions.FirstOrDefault(region => string.Equals(region.Code, jeugdregioCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>The region as drawn: the given one, or one without status, link or supervision.</summary>
    public MapRegion RegionFor(RegionShape shape) => Find(shape.Code) ?? new MapRegion(shape.Code, shape.Name, MapStatus.Geen, null);

    /// <summary>Whether the jeugdregio is drawn: always, unless <see cref="OnlyListed"/> and it is not listed.</summary>
    public bool Draws(string jeugdregioCode) => !OnlyListed || Find(jeugdregioCode) is not null;

    /// <summary>The same map with only the jeugdregio's <paramref name="shows"/> admits: the others are not drawn at all.</summary>
    public NationalMapModel Within(Func<string, bool> shows) =>
        this with { Regions = Regions.Where(region => shows(region.Code)).ToList(), OnlyListed = true };

    /// <summary>True when any jeugdregio of the toezichtregio is marked as under verscherpt toezicht.</summary>
    public bool IsUnderIntensifiedSupervision(SupervisionRegionShape supervisionRegion) =>
        supervisionRegion.JeugdregioCodes.Any(code => Find(code)?.UnderIntensifiedSupervision == true);

    /// <summary>Every jeugdregio without a status, each linking to <paramref name="urlOf"/> (a code → URL).</summary>
    public static NationalMapModel WithoutStatus(NationalMapGeometry geometry, string title, string description,
        Func<string, string?> urlOf) =>
        new(title, description, geometry.Regions.Select(shape => new MapRegion(shape.Code, shape.Name, MapStatus.Geen, urlOf(shape.Code))).ToList());
}
