using System.Globalization;
using System.Text;

namespace Instroom.Web.Features.Map;

/// <summary>Writes the <c>d</c> attribute of an SVG path, compactly and culture-independently.</summary>
internal static class SvgPathData
{
    public static string Closed(IEnumerable<IReadOnlyList<MapPoint>> rings) => Write(rings, close: true);

    public static string Open(IEnumerable<IReadOnlyList<MapPoint>> lines) => Write(lines, close: false);

    private static string Write(IEnumerable<IReadOnlyList<MapPoint>> parts, bool close)
    {
        var data = new StringBuilder();
        foreach (var part in parts.Where(part => part.Count > 1))
        {
            data.Append('M').Append(Number(part[0].X)).Append(' ').Append(Number(part[0].Y)).Append('L');
            for (var i = 1; i < part.Count; i++)
            {
                data.Append(i > 1 ? " " : "").Append(Number(part[i].X)).Append(' ').Append(Number(part[i].Y));
            }

            if (close)
            {
                data.Append('Z');
            }
        }

        return data.ToString();
    }

    internal static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
