using Instroom.Data.Areas;

namespace Instroom.Data.Access;

/// <summary>
/// The areas one user may see on a date (<see cref="UserScope.Resolve"/>): the filter every listing applies, and the
/// test a request for one area must pass. Codes compare case-insensitively, as <see cref="AreaDirectory"/> does.
/// </summary>
public sealed class VisibleAreas
{
    private readonly IReadOnlySet<string>? _codes;

    internal VisibleAreas(AreaDirectory directory, IReadOnlySet<string>? codes)
    {
        All = directory;
        _codes = codes;
        Directory = codes is null ? directory : new AreaDirectory(directory.Areas.Where(area => codes.Contains(area.Code)).ToList());
    }

    /// <summary>Every area of the date, visible or not: to tell an existing area from a made-up code.</summary>
    public AreaDirectory All { get; }

    /// <summary>Only the visible areas, in the same order: what pickers and lists offer.</summary>
    public AreaDirectory Directory { get; }

    /// <summary>True for Beheerder and Inspectie.</summary>
    public bool IsEverything => _codes is null;

    internal static VisibleAreas Everything(AreaDirectory directory) => new(directory, null);

    /// <summary>Whether the user may see the area with this code. Unknown codes are not theirs.</summary>
    public bool Allows(string? code) =>
        code is not null && (_codes?.Contains(code) ?? All.TryGet(code, out _));

    /// <summary>Whether <paramref name="code"/> names an area of the date that this user may not see.</summary>
    public bool Forbids(string? code) => All.TryGet(code, out _) && !Allows(code);

    /// <summary>The items whose area code is visible, in their order.</summary>
    public IEnumerable<T> Filter<T>(IEnumerable<T> items, Func<T, string> codeOf) =>
        _codes is null ? items : items.Where(item => _codes.Contains(codeOf(item)));
}
