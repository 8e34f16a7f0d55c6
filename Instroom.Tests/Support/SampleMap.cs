using Instroom.Web.Features.Map;

namespace Instroom.Tests.Support;

/// <summary>A national map that uses every status, a region without a link and two supervised toezichtregio's.</summary>
public static class SampleMap
{
    /// <summary>Jeugdregio's of Brabant (TR08) and Rijnmond (TR10): both "onder verscherpt toezicht" here.</summary>
    public static readonly string[] SupervisedJeugdregios = ["JZ33", "JZ34", "JZ35", "JZ36", "JZ39", "JZ29"];

    public const string RegionWithoutLink = "JZ22";

    public static NationalMapModel Create(NationalMapGeometry geometry) => new(
        "Status per jeugdregio (voorbeeld)",
        "Voorbeeldkaart met elke status; dezelfde informatie staat in de tabel.",
        geometry.Regions.Select(shape => new MapRegion(
                shape.Code,
                shape.Name,
                StatusOf(shape.Code),
                shape.Code == RegionWithoutLink ? null : $"/regios#{shape.Code}",
                SupervisedJeugdregios.Contains(shape.Code),
                shape.Code == "JZ38" ? "2 van de 3 bronnen hebben aangeleverd" : null))
            .ToList());

    public static MapStatus StatusOf(string code) => code switch
    {
        "JZ29" or "JZ33" or "JZ34" or "JZ35" or "JZ36" or "JZ39" => MapStatus.Rood,
        "JZ02" or "JZ07" or "JZ14" => MapStatus.Groen,
        "JZ01" or "JZ04" or "JZ37" => MapStatus.Oranje,
        "JZ38" => MapStatus.Onvolledig,
        _ => MapStatus.Geen,
    };
}
