namespace Instroom.Web.Features.Map;

/// <summary>
/// One jeugdregio on the national map: its status, where its link goes and whether its toezichtregio is under
/// verscherpt toezicht. <paramref name="Label"/> is the region's name as users know it.
/// </summary>
/// <param name="Code">Jeugdregio code, e.g. <c>JZ29</c>.</param>
/// <param name="Label">Name read out and shown in the tooltip, e.g. "Rijnmond".</param>
/// <param name="Status">Status of the region.</param>
/// <param name="Url">Where the region links to; <c>null</c> draws the region without a link.</param>
/// <param name="UnderIntensifiedSupervision">The region is onder verscherpt toezicht of the inspecties.</param>
/// <param name="Detail">Optional short explanation appended to the accessible name, e.g. "2 redenen".</param>
public sealed record MapRegion(
    string Code,
    string Label,
    MapStatus Status,
    string? Url,
    bool UnderIntensifiedSupervision = false,
    string? Detail = null)
{
    /// <summary>"Rijnmond: rood, onder verscherpt toezicht" — what a screen reader says for the region's link.</summary>
    public string AccessibleName
    {
        get
        {
            var name = $"{Label}: {Status.Word()}";
            if (UnderIntensifiedSupervision)
            {
                name += ", onder verscherpt toezicht";
            }

            return string.IsNullOrWhiteSpace(Detail) ? name : $"{name}. {Detail}";
        }
    }
}
