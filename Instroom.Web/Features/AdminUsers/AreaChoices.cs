using Instroom.Data.Areas;

namespace Instroom.Web.Features.AdminUsers;

/// <summary>The areas a user can be given: every jeugdregio of today with its gemeenten, for the picker and for checking a choice.</summary>
public sealed class AreaChoices
{
    private readonly Dictionary<string, (string Name, string Kind)> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public AreaChoices(IReadOnlyList<RegionWithGemeenten> jeugdregios)
    {
        Jeugdregios = jeugdregios.OrderBy(region => region.Name, StringComparer.Create(Formats.Dutch, ignoreCase: true)).ToList();
        foreach (var region in Jeugdregios)
        {
            _byCode[region.Code] = (region.Name, AreaKind.Jeugdregio);
            foreach (var gemeente in region.Gemeenten)
            {
                _byCode.TryAdd(gemeente.Code, (gemeente.Name, AreaKind.Gemeente));
            }
        }
    }

    public IReadOnlyList<RegionWithGemeenten> Jeugdregios { get; }

    public bool IsJeugdregio(string code) => _byCode.TryGetValue(code, out var area) && area.Kind == AreaKind.Jeugdregio;

    public bool IsGemeente(string code) => _byCode.TryGetValue(code, out var area) && area.Kind == AreaKind.Gemeente;

    /// <summary>"Rijnmond (JZ29)"; an unknown code as it is.</summary>
    public string Label(string code) => _byCode.TryGetValue(code, out var area) ? $"{area.Name} ({code.ToUpperInvariant()})" : code;
}
